"""Backups of a PostgreSQL database with pg_dump (custom format), and how to restore them with pg_restore."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from db.engine import Database
from desktop.core import roles as role_names
from desktop.core.errors import DomainError
from desktop.services import audit
from desktop.services.backup import file_sha256, new_backup_path, prune_backups
from desktop.services.context import Actor

DUMP_EXT = "dump"
PG_DUMP_TIMEOUT_S = 6 * 3600


def pg_dump_available() -> str | None:
    """The path of `pg_dump` on PATH, or None."""
    return shutil.which("pg_dump")


def pg_restore_available() -> str | None:
    """The path of `pg_restore` on PATH, or None."""
    return shutil.which("pg_restore")


def _connection_args(url: URL) -> list[str]:
    """Host, port, user and database as options; the password never goes on the command line."""
    args = []
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    return args


def _environment(url: URL) -> dict[str, str]:
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return env


def pg_dump(database_url: str, dest_file: Path, *, executable: str | None = None,
            timeout: float = PG_DUMP_TIMEOUT_S) -> Path:
    """Run `pg_dump --format=custom` into `dest_file` (password through PGPASSWORD); returns the file."""
    program = executable or pg_dump_available()
    if program is None:
        raise DomainError("pg_dump_missing")
    url = make_url(database_url)
    if url.get_backend_name() != "postgresql" or not url.database:
        raise DomainError("backup_postgresql_only")
    dest_file.parent.mkdir(parents=True, exist_ok=True)
    partial = dest_file.with_name(dest_file.name + ".partial")
    command = [program, "--format=custom", "--no-password", *_connection_args(url),
               "--file", str(partial), "--dbname", url.database]
    try:
        done = subprocess.run(command, env=_environment(url), capture_output=True, text=True,
                              timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        partial.unlink(missing_ok=True)
        raise DomainError("pg_dump_failed", detail=str(exc)) from exc
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        detail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise DomainError("pg_dump_failed", detail=" ".join(detail) or f"exit {done.returncode}")
    partial.replace(dest_file)
    return dest_file


def check_dump(dump_file: Path) -> int | None:
    """Entries in the archive's table of contents (`pg_restore --list`); None when pg_restore is absent."""
    program = pg_restore_available()
    if program is None:
        return None
    done = subprocess.run([program, "--list", str(dump_file)], capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise DomainError("backup_corrupt", file=dump_file.name, detail=done.stderr.strip()[:200])
    return sum(1 for line in done.stdout.splitlines() if line and not line.startswith(";"))


def backup_postgresql(database: Database, dest_dir: Path, keep: int, *, actor: Actor,
                      now: datetime | None = None) -> Path:
    """pg_dump the shared database into `dest_dir`, check the archive, record it, keep the newest `keep`."""
    actor.require_any(role_names.ADMIN)
    if database.dialect != "postgresql":
        raise DomainError("backup_postgresql_only")
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = new_backup_path(dest_dir, now or datetime.now(), DUMP_EXT)
    pg_dump(database.url, target)
    entries = check_dump(target)
    sha256 = file_sha256(target)
    with database.write() as session:
        audit.record(session, actor, "backup.create", "backup", target.name,
                     {"path": str(target), "size": target.stat().st_size, "sha256": sha256,
                      "format": "pg_dump custom", "entries": entries})
    prune_backups(dest_dir, keep)
    return target


def pg_restore_instructions(url: str) -> str:
    """How a PostgreSQL database is backed up and restored, for the settings (Chinese)."""
    parsed = make_url(url)
    host = parsed.host or "localhost"
    port = parsed.port or 5432
    user = parsed.username or "postgres"
    name = parsed.database or "shuangsuiji"
    conn = f"--host={host} --port={port} --username={user}"
    return (
        f"当前数据库位于 PostgreSQL 服务器 {host}:{port} 上的数据库“{name}”。"
        "共用服务器的数据由服务器统一备份，程序不能直接替换服务器上的数据。\n\n"
        "一、备份（建议服务器管理员用计划任务每天执行一次，并把备份文件另存到其他电脑或移动硬盘）：\n"
        f"    pg_dump --format=custom {conn} --file=shuangsuiji-日期.dump {name}\n"
        "    密码请通过环境变量 PGPASSWORD 或 pgpass 文件提供，不要写在命令行中。\n\n"
        "二、恢复（会替换库中的全部数据；恢复前请让所有电脑退出本程序，并先备份当前数据）：\n"
        f"    pg_restore --clean --if-exists --no-owner {conn} --dbname={name} shuangsuiji-日期.dump\n"
        "    恢复到一个新建的空数据库更稳妥：\n"
        f"    createdb {conn} {name}_restored\n"
        f"    pg_restore --no-owner {conn} --dbname={name}_restored shuangsuiji-日期.dump\n"
        "    然后在“系统设置—数据库”中改用新数据库，确认无误后再删除旧库。\n\n"
        "三、恢复后请在“系统—审计日志校验”中确认审计日志完整。"
    )
