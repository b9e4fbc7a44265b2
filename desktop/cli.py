"""Headless commands of `shuangsuiji` (the GUI starts from desktop.main when no command is given)."""

from __future__ import annotations

import argparse
import sys

from desktop import __version__
from desktop.commands import (
    archive_cmd,
    audit_cmd,
    backup_cmd,
    demo_cmd,
    draw_cmd,
    import_cmd,
    print_cmd,
    screenshots_cmd,
    workdays_cmd,
)
from desktop.commands.common import DatabaseLocationError, fail
from desktop.core.i18n import tr

# Each module registers its own sub-commands; later features append theirs here.
COMMAND_MODULES = [demo_cmd, import_cmd, draw_cmd, workdays_cmd, print_cmd, archive_cmd, backup_cmd,
                   audit_cmd, screenshots_cmd]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command that exists."""
    common = argparse.ArgumentParser(add_help=False)
    db_help = tr("cli", "数据库：SQLite 文件路径或 SQLAlchemy URL（默认：用户数据目录中的 SQLite 文件）")
    # SUPPRESS so a sub-command's absent --db does not overwrite one given before the command; the
    # top-level option is a separate action (parents share actions, and defaults would leak).
    common.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
    parser = argparse.ArgumentParser(
        prog="shuangsuiji",
        description=tr("cli", "双随机抽查工作台。不带参数运行时启动图形界面。"),
    )
    parser.add_argument("--db", default=None, help=db_help)
    parser.add_argument("--version", action="version", version=f"shuangsuiji {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and run one command."""
    parser = build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return int(handler(args))
    except DatabaseLocationError as err:
        return fail(str(err), 3)
    except KeyboardInterrupt:
        return fail(tr("cli", "已取消。"), 130)
