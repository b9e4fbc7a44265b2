"""`shuangsuiji workdays add|between|import` and `shuangsuiji deadlines`: working days and due items."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop.commands.common import domain_error_text, fail, open_db
from desktop.core.errors import DomainError
from desktop.core.i18n import tr
from desktop.services import calendar, deadlines
from desktop.services.context import SYSTEM

_WEEKDAYS = "一二三四五六日"


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(tr("cli", "日期格式应为 YYYY-MM-DD：{0}").format(text)) from exc


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    """Add `workdays add|between|import` and `deadlines`."""
    w = sub.add_parser("workdays", help=tr("cli", "工作日计算（法定节假日与调休）"))
    wsub = w.add_subparsers(dest="workdays_command", required=True)
    a = wsub.add_parser("add", parents=[common], help=tr("cli", "某日之后第 N 个工作日（不含当日）"))
    a.add_argument("date", type=_date)
    a.add_argument("n", type=int)
    a.set_defaults(handler=run_add)
    b = wsub.add_parser("between", parents=[common], help=tr("cli", "两个日期之间的工作日数（不含起始日，含结束日）"))
    b.add_argument("start", type=_date)
    b.add_argument("end", type=_date)
    b.set_defaults(handler=run_between)
    i = wsub.add_parser("import", parents=[common], help=tr("cli", "录入某年的节假日安排（每行：日期,休|班[,名称]）"))
    i.add_argument("file", type=Path)
    i.set_defaults(handler=run_import)
    d = sub.add_parser("deadlines", parents=[common], help=tr("cli", "列出到期和逾期事项（同首页）"))
    d.add_argument("--today", type=_date, default=None, help=tr("cli", "按此日期计算（默认：今天）"))
    d.set_defaults(handler=run_deadlines)


def _weekday(d: date) -> str:
    return tr("cli", "星期") + _WEEKDAYS[d.weekday()]


def run_add(args: argparse.Namespace) -> int:
    """Print the n-th working day after the date and the counting rule."""
    database = open_db(args.db)
    try:
        with database.read() as s:
            cal = calendar.load_calendar(s)
    finally:
        database.dispose()
    due, note = calendar.try_add_workdays(cal, args.date, args.n)
    if due is None:
        return fail(note)
    direction = tr("cli", "之后") if args.n >= 0 else tr("cli", "之前")
    print(f"{due.isoformat()}（{_weekday(due)}）")
    print(tr("cli", "规则：{0}{1}第{2}个工作日，不含当日；法定节假日不计，调休上班日计入。").format(
        args.date.isoformat(), direction, abs(args.n)))
    return 0


def run_between(args: argparse.Namespace) -> int:
    """Print the number of working days after `start` up to and including `end`."""
    database = open_db(args.db)
    try:
        with database.read() as s:
            cal = calendar.load_calendar(s)
    finally:
        database.dispose()
    n, note = calendar.try_workdays_between(cal, args.start, args.end)
    if n is None:
        return fail(note)
    print(tr("cli", "{0} 个工作日").format(n))
    print(tr("cli", "规则：自{0}（不含）至{1}（含）；法定节假日不计，调休上班日计入。").format(
        args.start.isoformat(), args.end.isoformat()))
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Store one year's official schedule from a text file (as the system administrator)."""
    try:
        text = args.file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return fail(tr("cli", "无法读取文件：{0}").format(exc))
    database = open_db(args.db)
    try:
        with database.write() as s:
            done = calendar.import_year_schedule(s, SYSTEM, text)
    except DomainError as err:
        return fail(domain_error_text(err))
    finally:
        database.dispose()
    print(tr("cli", "已录入{0}年节假日安排：放假 {1} 天，调休上班 {2} 天。").format(
        done.year, done.holidays, done.workdays))
    if done.kept_local:
        print(tr("cli", "以下日期保留本单位设置：") + "、".join(d.isoformat() for d in done.kept_local))
    return 0


def run_deadlines(args: argparse.Namespace) -> int:
    """Print the due and overdue items grouped by task and responsible person, as on the 首页."""
    today = args.today or date.today()
    database = open_db(args.db)
    try:
        with database.read() as s:
            items = deadlines.due_items(s, today)
    finally:
        database.dispose()
    if not items:
        print(tr("cli", "{0}：没有待办期限。").format(today.isoformat()))
        return 0
    counts = {k: sum(1 for i in items if i.status == k) for k in deadlines.STATUS_LABELS}
    print(tr("cli", "{0}：已逾期 {1} 项，即将到期 {2} 项，未到期 {3} 项，无法计算 {4} 项").format(
        today.isoformat(), counts["overdue"], counts["soon"], counts["due"], counts["unknown"]))
    for group in deadlines.group_due_items(items):
        print()
        print(f"{group.task_number} {group.task_name}")
        for person in group.people:
            print(f"  {person.person}")
            for item in person.items:
                print(f"    {deadlines.describe(item)}")
    return 0
