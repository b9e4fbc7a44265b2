"""`shuangsuiji tasks`, `draw` and `verify`: list tasks, run a whole draw headless, verify a package."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop import __version__
from desktop.commands.common import domain_error_text, fail, open_db
from desktop.core.errors import DomainError
from desktop.core.i18n import tr
from desktop.core.sr1 import verify_package
from desktop.services import draw_export, draws, tasks
from desktop.services.context import Actor

# Headless draws run as this operator; the audit log names it.
CLI_OPERATOR = Actor("cli", "命令行", frozenset({"operator"}))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    """Add `tasks`, `draw` and `verify`."""
    t = sub.add_parser("tasks", parents=[common], help=tr("cli", "列出抽查任务"))
    t.add_argument("--ready", action="store_true", help=tr("cli", "只列出待抽取任务的编号，每行一个"))
    t.set_defaults(handler=run_tasks)
    d = sub.add_parser("draw", parents=[common], help=tr("cli", "无界面完成一次摇号抽取并导出抽取包"))
    d.add_argument("--task", required=True, help=tr("cli", "任务编号，如 咸公抽查〔2026〕1号"))
    d.add_argument("--witness", action="append", required=True, metavar="DIGITS",
                   help=tr("cli", "见证人数字（按座次，可重复）"))
    d.add_argument("--rehearsal", action="store_true", help=tr("cli", "演练：不计入年度抽取次数"))
    d.add_argument("--package", required=True, type=Path, help=tr("cli", "抽取包输出目录或 .zip 文件"))
    d.set_defaults(handler=run_draw)
    v = sub.add_parser("verify", help=tr("cli", "复核抽取包（目录或 .zip）"))
    v.add_argument("package", type=Path)
    v.set_defaults(handler=run_verify)


def run_tasks(args: argparse.Namespace) -> int:
    """Print tasks (number, name, state), or only the numbers of tasks ready to draw."""
    database = open_db(args.db)
    try:
        with database.read() as s:
            rows = tasks.list_tasks(s, ready_only=args.ready)
    finally:
        database.dispose()
    for row in rows:
        print(row.number if args.ready else f"{row.number}\t{row.name}\t{row.state_label}")
    return 0


def run_draw(args: argparse.Namespace) -> int:
    """Freeze, commit, witnesses, reveal, compute, lock, export — each step its own transaction."""
    database = open_db(args.db)
    try:
        with database.read() as s:
            task = tasks.find_task(s, args.task)
        with database.write() as s:
            draw_id, report = draws.freeze(s, CLI_OPERATOR, task.id, rehearsal=args.rehearsal)
        if report.method == "exact":
            print(tr("cli", "已冻结名录：逐一核验全部 {0} 个可抽对象，任何种子下都能配齐检查组").format(report.checked))
        else:
            print(tr("cli", "已冻结名录：可行性预演 {0} 次全部成功").format(report.trials))
        with database.write() as s:
            commit = draws.commit(s, CLI_OPERATOR, draw_id)
        print(tr("cli", "承诺值：") + commit)
        entries = [draws.WitnessEntry(tr("cli", "见证人{0}").format(n), "", digits)
                   for n, digits in enumerate(args.witness, start=1)]
        with database.write() as s:
            draws.set_witnesses(s, CLI_OPERATOR, draw_id, entries)
        with database.write() as s:
            secret, seed = draws.reveal(s, CLI_OPERATOR, draw_id)
        print(tr("cli", "密钥：") + secret)
        print(tr("cli", "种子：") + seed)
        with database.write() as s:
            result = draws.compute(s, CLI_OPERATOR, draw_id)
        with database.write() as s:
            draws.lock(s, CLI_OPERATOR, draw_id, app_version=__version__)
        with database.read() as s:
            out = draw_export.export_package(s, draw_id, args.package)
    except DomainError as err:
        return fail(domain_error_text(err), 2)
    finally:
        database.dispose()
    print(tr("cli", "抽取检查对象 {0} 户；结果哈希：{1}").format(len(result.teams), result.result_hash))
    print(tr("cli", "抽取包已写入：") + str(out))
    return 0


def run_verify(args: argparse.Namespace) -> int:
    """Re-run the draw from the package; print VERIFIED or what differs."""
    if not args.package.exists():
        return fail(tr("cli", "找不到抽取包：") + str(args.package), 2)
    report = verify_package(args.package)
    if report.verified:
        print("VERIFIED")
        return 0
    for diff in report.differences:
        print(str(diff))
    print("NOT VERIFIED")
    return 1
