"""PyInstaller runtime hook: tell the app where its bundled files are and keep stdio usable when windowed."""

from __future__ import annotations

import os
import sys


def _bundle_dir() -> str:
    """The folder PyInstaller unpacked the data files to (`_internal` beside the program in 6.x)."""
    return str(getattr(sys, "_MEIPASS", os.path.dirname(os.path.abspath(sys.executable))))


def _install() -> None:
    base = _bundle_dir()
    # For code (and the user guide) that wants a plain path instead of importlib.resources.
    os.environ.setdefault("SHUANGSUIJI_BUNDLE_DIR", base)
    os.environ.setdefault("SHUANGSUIJI_RESOURCES", os.path.join(base, "resources"))
    os.environ.setdefault("SHUANGSUIJI_MIGRATIONS", os.path.join(base, "db", "migrations"))
    # importlib.resources.files("resources") and Path(resources.__file__) resolve under `base`;
    # keep it importable first, ahead of any stray "resources" package on PYTHONPATH.
    if base not in sys.path:
        sys.path.insert(0, base)
    # A windowed program (Windows, console=False) has no stdout/stderr: print() and logging would
    # raise. Send them to the null device; the GUI reports errors in message boxes.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    if sys.stdin is None:
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115
    # Output piped to a file or another program (scripts, the smoke test) is UTF-8 on every platform;
    # a Windows code page such as cp1252 cannot encode the Chinese messages. Consoles are left alone.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and not stream.isatty():
            reconfigure(encoding="utf-8", errors="replace")


_install()
