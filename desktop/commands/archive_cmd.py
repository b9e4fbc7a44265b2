"""`shuangsuiji archive create|verify`: write a task's archive package, check one against its manifest."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands.common import domain_error_text, fail, open_db
from desktop.core.errors import DomainError
from desktop.core.i18n import tr
from desktop.services.context import Actor

# Headless archiving runs as this user; the audit log names it.
CLI_ARCHIVER = Actor("cli", "命令行", frozenset({"operator"}))


class _PrintProgress:
    """One line per file, so a long archive shows it is alive."""

    def report(self, done: int, total: int, text: str = "") -> None:
        if text and done < total:
            print(f"  [{done + 1}/{total}] {text}")

    def cancelled(self) -> bool:
        return False


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    """Add `archive create` and `archive verify`."""
    p = sub.add_parser("archive", parents=[common], help=tr("cli", "归档包：生成或校验"))
    actions = p.add_subparsers(dest="archive_action", metavar="ACTION", required=True)
    create = actions.add_parser("create", parents=[common], help=tr("cli", "生成抽查任务的归档包"))
    create.add_argument("--task", required=True, help=tr("cli", "任务编号，如 咸公抽查〔2026〕1号"))
    create.add_argument("--out", required=True, type=Path,
                        help=tr("cli", "输出位置：文件夹（须不存在或为空），或以 .zip 结尾的压缩文件"))
    create.set_defaults(handler=run_create)
    verify = actions.add_parser("verify", help=tr("cli", "按清单（manifest.json）校验归档包"))
    verify.add_argument("path", type=Path, help=tr("cli", "归档包文件夹或 .zip 文件"))
    verify.set_defaults(handler=run_verify)


def run_create(args: argparse.Namespace) -> int:
    """Write the archive in one transaction (its audit event and the documents' print events)."""
    from desktop.services import archive, tasks  # printing pulls in reportlab only when used

    database = open_db(getattr(args, "db", None))
    try:
        with database.write() as s:
            task_id = tasks.find_task(s, args.task).id
            result = archive.create_archive(s, CLI_ARCHIVER, task_id, args.out, progress=_PrintProgress())
    except DomainError as err:
        return fail(domain_error_text(err), 2)
    finally:
        database.dispose()
    for warning in result.warnings:
        print(tr("cli", "字体提示：") + warning, file=sys.stderr)
    print(tr("cli", "已生成归档包：{0}（{1}个文件，{2}字节）").format(result.path, result.files, result.size))
    print("manifest SHA-256: " + result.manifest_sha256)
    return 0


def run_verify(args: argparse.Namespace) -> int:
    """Exit 0 when the archive matches its manifest, 1 naming every difference, 2 when it cannot be read."""
    from desktop.services import archive

    try:
        report = archive.verify_archive(args.path)
    except DomainError as err:
        return fail(domain_error_text(err), 2)
    if report.error:
        return fail(tr("cli", "归档包无法校验：") + {"manifest_missing": tr("cli", "缺少 manifest.json"),
                                                  "manifest_invalid": tr("cli", "manifest.json 格式错误")}
                    .get(report.error, report.error), 1)
    if report.ok:
        print(tr("cli", "校验通过：{0}（任务 {1}，{2}个文件，生成于 {3}）").format(
            report.path, report.task_number, report.files, report.created_at))
        return 0
    for label, names in ((tr("cli", "缺失"), report.missing), (tr("cli", "多出"), report.extra),
                         (tr("cli", "已改动"), report.changed)):
        for name in names:
            print(f"{label}：{name}", file=sys.stderr)
    return fail(tr("cli", "校验未通过：缺失{0}个，多出{1}个，改动{2}个文件").format(
        len(report.missing), len(report.extra), len(report.changed)), 1)
