"""`shuangsuiji backup` and `shuangsuiji restore`: back the database up, restore a verified backup."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from db.engine import Database, open_database
from desktop.commands.common import domain_error_text, fail, open_db
from desktop.core.errors import DomainError
from desktop.core.i18n import tr
from desktop.services import backup, backup_pg
from desktop.services.context import Actor

# Headless backups run as this administrator; the audit log names it.
CLI_ADMIN = Actor("cli", "命令行", frozenset({"admin"}))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    """Add `backup` and `restore`."""
    b = sub.add_parser("backup", parents=[common], help=tr("cli", "备份数据库（SQLite 文件或 pg_dump）"))
    b.add_argument("--dir", type=Path, help=tr("cli", "备份目录（默认：备份策略中的目录）"))
    b.add_argument("--keep", type=int, help=tr("cli", "保留最新的份数（默认：备份策略中的份数）"))
    b.set_defaults(handler=run_backup)
    r = sub.add_parser("restore", parents=[common], help=tr("cli", "用备份文件恢复 SQLite 数据库"))
    r.add_argument("file", type=Path, metavar="FILE", help=tr("cli", "备份文件（shuangsuiji-日期-时间.sqlite3）"))
    r.add_argument("--yes", action="store_true", help=tr("cli", "不再询问，直接恢复"))
    r.set_defaults(handler=run_restore)


def _print_made(path: Path) -> None:
    size_mb = path.stat().st_size / 1_048_576
    print(tr("cli", "已备份：{0}（{1:.1f} MB）").format(path, size_mb))


def run_backup(args: argparse.Namespace) -> int:
    """Back up by the stored policy (or --dir / --keep); verify the copy; prune old copies."""
    database = open_db(args.db)
    try:
        policy = backup.read_policy(database)
        directory = args.dir.expanduser() if args.dir else policy.directory
        keep = args.keep if args.keep is not None else policy.keep
        if keep < 1:
            return fail(tr("cli", "--keep 必须至少为 1。"), 2)
        if database.dialect == "postgresql":
            if backup_pg.pg_dump_available() is None:
                print(backup_pg.pg_restore_instructions(database.url), file=sys.stderr)
                return fail(tr("cli", "未找到 pg_dump 程序，请安装 PostgreSQL 客户端工具。"), 2)
            made = backup_pg.backup_postgresql(database, directory, keep, actor=CLI_ADMIN)
        else:
            made = backup.backup_sqlite(database, directory, keep, actor=CLI_ADMIN)
    except DomainError as err:
        return fail(domain_error_text(err))
    finally:
        database.dispose()
    _print_made(made)
    return 0


def _confirmed(path: Path) -> bool | None:
    """The user's answer on the terminal; None when there is no terminal to ask."""
    if not sys.stdin.isatty():
        return None
    print(tr("cli", "将用备份文件恢复数据库：") + str(path))
    try:
        answer = input(tr("cli", "确认恢复？当前数据将被替换（已自动备份）[y/N] "))
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes", "是")


def _open_for_restore(url: str | None) -> Database:
    # Not migrated first: the data being replaced may be damaged or from another version.
    return open_database(url, migrate=False)


def run_restore(args: argparse.Namespace) -> int:
    """Verify the backup, back the current state up, then replace it; exit 0 only when restored."""
    path: Path = args.file.expanduser()
    if not path.is_file():
        return fail(tr("cli", "找不到备份文件：") + str(path), 2)
    database = _open_for_restore(args.db)
    try:
        if database.sqlite_path is None:
            print(backup_pg.pg_restore_instructions(database.url), file=sys.stderr)
            return fail(tr("cli", "PostgreSQL 数据库请用 pg_restore 恢复（见上面的说明）。"), 2)
        try:
            check = backup.verify_backup(path)
        except DomainError as err:
            return fail(domain_error_text(err))
        print(tr("cli", "备份文件校验通过：结构版本 {0}，审计日志 {1} 条。").format(check.revision, check.audit_events))
        if not args.yes:
            answer = _confirmed(path)
            if answer is None:
                return fail(tr("cli", "没有终端可供确认；确认无误后请加 --yes 重新运行。"), 2)
            if not answer:
                return fail(tr("cli", "已取消，数据库未改动。"), 1)
        try:
            auto_dir = backup.read_policy(database).directory
        except SQLAlchemyError:  # a damaged database still gets its automatic backup, in the default folder
            auto_dir = backup.default_backup_dir(database)
        try:
            auto = backup.restore_sqlite(database, path, auto_dir, actor=CLI_ADMIN)
        except DomainError as err:
            return fail(domain_error_text(err))
    finally:
        database.dispose()
    print(tr("cli", "恢复前的数据已自动备份到：") + str(auto))
    print(tr("cli", "已恢复：") + str(path))
    return 0
