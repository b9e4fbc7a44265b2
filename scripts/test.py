"""Install the app with its test extra into .venv and run every check (ruff, layering, mypy, pytest)."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bin(name: str) -> str:
    sub = "Scripts" if os.name == "nt" else "bin"
    exe = name + (".exe" if os.name == "nt" else "")
    return str(ROOT / ".venv" / sub / exe)


def run(*cmd: str) -> None:
    """Run one step; stop at the first failure with its exit code."""
    print("==", " ".join(Path(c).name if i == 0 else c for i, c in enumerate(cmd)), flush=True)
    code = subprocess.call(cmd, cwd=ROOT)
    if code != 0:
        sys.exit(code)


def main() -> None:
    """Create .venv if needed, install, then lint, check layering and types, and test."""
    if not Path(_bin("python")).exists():
        venv.create(ROOT / ".venv", with_pip=True)
    py = _bin("python")
    run(py, "-m", "pip", "install", "-q", "--upgrade", "pip")
    run(py, "-m", "pip", "install", "-q", "-e", ".[test]")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    run(_bin("ruff"), "check", ".")
    run(_bin("lint-imports"))
    run(_bin("mypy"))
    run(py, "-m", "pytest", "-q", *sys.argv[1:])


if __name__ == "__main__":
    main()
