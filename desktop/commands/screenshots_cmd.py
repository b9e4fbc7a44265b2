"""`shuangsuiji screenshots DIR`: render every projector screen and main page to PNG (runs Qt in a child)."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from desktop.core.i18n import tr


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    """Add `screenshots`."""
    p = sub.add_parser("screenshots", parents=[common],
                       help=tr("cli", "以演示数据渲染所有投影画面和主要界面（1920×1080 与 1024×768）"))
    p.add_argument("dir", type=Path)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """The CLI stays free of Qt: the rendering happens in `python -m desktop.app --screenshots`."""
    cmd = [sys.executable, "-m", "desktop.app", "--screenshots", str(args.dir)]
    if args.db:
        cmd += ["--db", args.db]
    return subprocess.call(cmd)
