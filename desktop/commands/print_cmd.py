"""`shuangsuiji print KIND`: print one document (or a task's batch of record sheets) to a PDF file."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.commands.common import domain_error_text, fail, open_db
from desktop.core.errors import DomainError
from desktop.core.i18n import tr
from desktop.services import documents_lists as lists
from desktop.services import documents_records as recs
from desktop.services import documents_results as results
from desktop.services import tasks
from desktop.services.context import Actor
from desktop.services.documents import PrintResult

# Headless printing runs as this user; the audit log names it.
CLI_PRINTER = Actor("cli", "命令行", frozenset({"operator"}))
KINDS = ("items", "plan", "announcement", "draw-record", "notice", "record-sheet", "rectification", "report",
         "publication", "correction", "review-feedback", "annual-report")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    """Add the `print` command."""
    p = sub.add_parser("print", parents=[common], help=tr("cli", "打印文书（PDF）"))
    p.add_argument("kind", choices=KINDS, metavar="KIND", help=tr("cli", "文书种类：") + "、".join(KINDS))
    p.add_argument("--task", help=tr("cli", "任务编号，如 咸公抽查〔2026〕1号"))
    p.add_argument("--target", help=tr("cli", "检查对象的统一社会信用代码（或唯一编码）"))
    p.add_argument("--year", type=int, help=tr("cli", "年度（计划、年度报告；默认为 --task 任务的年度或今年）"))
    p.add_argument("--mode", choices=recs.SHEET_MODES, default="auto",
                   help=tr("cli", "记录表：auto 自动、blank 空白、prefilled 预填、completed 已填"))
    p.add_argument("--excel", type=Path, help=tr("cli", "同时导出 Excel（事项清单、计划、公示表）"))
    p.add_argument("--out", required=True, type=Path, help=tr("cli", "输出 PDF 文件"))
    p.set_defaults(handler=run)


def _task_id(s: Session, args: argparse.Namespace) -> int:
    if not args.task:
        raise DomainError("task_required")
    return tasks.find_task(s, args.task).id


def _target_id(s: Session, args: argparse.Namespace) -> int:
    from db.models import Target  # the CLI looks a code up; documents take ids

    if not args.target:
        raise DomainError("target_required")
    found = s.scalar(select(Target.id).where(Target.code == args.target.strip()))
    if found is None:
        raise DomainError("target_not_found", target=args.target)
    return found


def _latest_correction(s: Session, task_id: int, target_id: int) -> int:
    from db.models import Correction, InspectionRecord, PublishedResult

    found = s.scalar(select(Correction.id).join(PublishedResult, PublishedResult.id == Correction.new_result_id)
                     .join(InspectionRecord, InspectionRecord.id == PublishedResult.record_id)
                     .where(InspectionRecord.task_id == task_id, InspectionRecord.target_id == target_id)
                     .order_by(Correction.id.desc()).limit(1))
    if found is None:
        raise DomainError("correction_not_found", task=task_id, target=target_id)
    return found


def _latest_objection(s: Session, task_id: int, target_id: int) -> int:
    from db.models import InspectionRecord, Objection, PublishedResult

    found = s.scalar(select(Objection.id).join(PublishedResult, PublishedResult.id == Objection.result_id)
                     .join(InspectionRecord, InspectionRecord.id == PublishedResult.record_id)
                     .where(InspectionRecord.task_id == task_id, InspectionRecord.target_id == target_id,
                            Objection.outcome != "")
                     .order_by(Objection.id.desc()).limit(1))
    if found is None:
        raise DomainError("objection_not_decided", task=task_id, target=target_id)
    return found


def _task_year(s: Session, args: argparse.Namespace) -> int:
    from db.models import Task

    task = s.get(Task, _task_id(s, args))
    assert task is not None
    return task.year


def _dispatch(s: Session, args: argparse.Namespace) -> PrintResult:
    out: Path = args.out
    # The plan and the annual report of a task's year when --task names one and --year does not.
    year = args.year or (_task_year(s, args) if args.task else date.today().year)
    jobs: dict[str, Callable[[], PrintResult]] = {
        "items": lambda: lists.print_items(s, CLI_PRINTER, out, excel_out=args.excel),
        "plan": lambda: lists.print_plan(s, CLI_PRINTER, year, out, excel_out=args.excel),
        "announcement": lambda: lists.print_announcement(s, CLI_PRINTER, _task_id(s, args), out),
        "draw-record": lambda: lists.print_draw_record(s, CLI_PRINTER, lists.latest_draw(s, _task_id(s, args)), out),
        "notice": lambda: recs.print_notice(s, CLI_PRINTER, _task_id(s, args), _target_id(s, args), out),
        "record-sheet": lambda: recs.print_record_sheets(
            s, CLI_PRINTER, _task_id(s, args) if args.task else None, out,
            target_id=_target_id(s, args) if args.target else None, mode=args.mode),
        "rectification": lambda: recs.print_rectification(
            s, CLI_PRINTER, recs.latest_rectification(s, _task_id(s, args), _target_id(s, args)), out),
        "report": lambda: recs.print_report(s, CLI_PRINTER, _task_id(s, args), _target_id(s, args), out),
        "publication": lambda: results.print_publication(s, CLI_PRINTER, _task_id(s, args), out,
                                                         excel_out=args.excel),
        "correction": lambda: results.print_correction(
            s, CLI_PRINTER, _latest_correction(s, _task_id(s, args), _target_id(s, args)), out),
        "review-feedback": lambda: results.print_review_feedback(
            s, CLI_PRINTER, _latest_objection(s, _task_id(s, args), _target_id(s, args)), out),
        "annual-report": lambda: results.print_annual_report(s, CLI_PRINTER, year, out),
    }
    return jobs[args.kind]()


def run(args: argparse.Namespace) -> int:
    """Print one document; the 文号 (if any) is allocated in the same transaction as the audit event."""
    database = open_db(args.db)
    try:
        with database.write() as s:
            result = _dispatch(s, args)
    except DomainError as err:
        return fail(domain_error_text(err), 2)
    finally:
        database.dispose()
    for warning in result.warnings:
        print(tr("cli", "字体提示：") + warning, file=sys.stderr)
    number = f"（{result.doc_number}）" if result.doc_number else ""
    print(tr("cli", "已生成{0}：{1}，共{2}页").format(number, result.path, result.pages))
    print("SHA-256: " + result.sha256)
    return 0
