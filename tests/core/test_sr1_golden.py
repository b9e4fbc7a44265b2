"""SR1 golden vectors: the engine and the stand-alone verifier reproduce them exactly."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from desktop.core.sr1 import Package, read_package_files, run_draw, verify_package

HERE = Path(__file__).parent
GOLDEN = [HERE / "golden" / "sr1-golden", HERE / "golden" / "sr1-golden-rounding"]
ROOT = HERE.parent.parent
VERIFIER = ROOT / "resources" / "verifier" / "sr1_verify.py"
SR1_SOURCES = sorted((ROOT / "desktop" / "core" / "sr1").glob("*.py"))


def _load(folder: Path) -> tuple[Package, dict[str, Any], str]:
    files = read_package_files(folder)
    record = json.loads(files["draw.json"])
    return Package.from_files(files), record, files["result.txt"].decode("utf-8")


@pytest.mark.parametrize("folder", GOLDEN, ids=lambda p: p.name)
def test_engine_reproduces_golden(folder: Path) -> None:
    package, record, expected_text = _load(folder)
    result = run_draw(package, record["witnesses"], record["events"], secret=bytes.fromhex(record["secret"]))
    assert package.file_hashes == record["file_sha256"]
    assert package.rules.task_id == record["task_id"]
    assert result.commit == record["commit"]
    assert result.seed == record["seed"]
    assert result.result_text == expected_text
    assert result.result_hash == record["result_hash"]


@pytest.mark.parametrize("folder", GOLDEN, ids=lambda p: p.name)
def test_verify_package_accepts_golden(folder: Path) -> None:
    report = verify_package(folder)
    assert report.differences == ()
    assert report.verified


def _run_verifier(target: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-I", str(VERIFIER), str(target)],
        capture_output=True, text=True, encoding="utf-8", check=False, cwd=target.parent,
    )


@pytest.mark.parametrize("folder", GOLDEN, ids=lambda p: p.name)
def test_standalone_verifier_on_golden_dir(folder: Path) -> None:
    done = _run_verifier(folder)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "VERIFIED"
    record = json.loads((folder / "draw.json").read_text("utf-8"))
    assert record["result_hash"] in done.stdout


@pytest.mark.parametrize("nested", [False, True])
def test_standalone_verifier_and_engine_on_zip(tmp_path: Path, nested: bool) -> None:
    archive = tmp_path / "package.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for file in sorted(GOLDEN[1].iterdir()):
            zf.write(file, f"pkg/{file.name}" if nested else file.name)
    done = _run_verifier(archive)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "VERIFIED"
    assert verify_package(archive).verified


def test_standalone_verifier_usage_error() -> None:
    done = subprocess.run([sys.executable, "-I", str(VERIFIER)], capture_output=True, text=True,
                          encoding="utf-8", check=False)
    assert done.returncode == 2


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_verifier_is_standalone_and_old_python_compatible() -> None:
    imports = _imports(VERIFIER)
    assert "desktop" not in imports
    assert imports <= set(sys.stdlib_module_names) | {"__future__"}
    # The public may run an older Python (Windows 7 stops at 3.8): the grammar must parse there.
    ast.parse(VERIFIER.read_text("utf-8"), feature_version=(3, 8))


@pytest.mark.parametrize("path", [*SR1_SOURCES, VERIFIER], ids=lambda p: p.name)
def test_never_imports_random(path: Path) -> None:
    imports = _imports(path)
    assert "random" not in imports
    assert imports <= set(sys.stdlib_module_names) | {"__future__", "desktop"}
