"""The PyInstaller bundle: build it with installer/build.py and smoke-test the built program (slow, opt-in)."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_ENV = "SHUANGSUIJI_BUILD_BUNDLE"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get(BUILD_ENV) != "1",
        reason=f"building the bundle takes minutes; set {BUILD_ENV}=1 to build and smoke-test it",
    ),
]


def test_bundle_builds_and_passes_its_smoke_test() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "installer" / "build.py")], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", errors="replace",
                          timeout=45 * 60, check=False)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-5000:]
    assert "SMOKE TEST PASSED" in done.stdout
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    bundle = ROOT / "dist" / "shuangsuiji"
    # What Alembic loads by path and the data the app reads through importlib.resources.
    internal = bundle / "_internal"
    assert (internal / "db" / "migrations" / "env.py").is_file()
    assert list((internal / "db" / "migrations" / "versions").glob("0001_*.py"))
    assert (internal / "resources" / "verifier" / "sr1_verify.py").is_file()
    assert (internal / "resources" / "demo" / "bureaus.json").is_file()
    # Qt's own translations: Chinese and English only.
    qms = {p.name for p in internal.rglob("qtbase_*.qm")}
    assert qms and qms <= {"qtbase_zh_CN.qm", "qtbase_en.qm"}
    assert not list(internal.rglob("*WebEngine*")) and not list(internal.rglob("libQt6Qml*"))
    if sys.platform.startswith("linux"):
        assert list((ROOT / "dist").glob(f"shuangsuiji-{version}-linux-*.tar.gz"))
