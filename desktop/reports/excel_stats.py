"""Excel export of a year's statistics: a summary sheet, one sheet per grouping, tasks and workload."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core.stats import DIMENSIONS, GroupStats, YearStats, rate

__all__ = ["GROUP_HEADERS", "group_row", "write_statistics_xlsx"]

GROUP_HEADERS = ("应检查数", "未录入", "录入中", "已检查", "已公示", "完成率")
RECTIFY_HEADERS = ("责令整改数", "完结数", "完结率")
_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="E6E6E6")
_TOTAL_FILL = PatternFill("solid", fgColor="F5F5F5")
_PERCENT = "0.0%"


def group_row(g: GroupStats, results: Sequence[str], disposals: Sequence[str]) -> list[object]:
    """One statistics line: counts, rates as fractions (formatted as % in Excel), then the tallies."""
    return [g.label, g.due, g.not_entered, g.entering, g.checked, g.published, g.completion_rate,
            *(g.result(r) for r in results), *(g.disposal(d) for d in disposals),
            g.rectifications, g.rectified, g.closure_rate]


def _sheet(wb: Workbook, title: str, headers: Sequence[str], rows: Sequence[Sequence[object]],
           widths: Sequence[int], percent_columns: Sequence[int] = (), total_last: bool = False) -> Worksheet:
    """A sheet with a bold shaded header, borders and frozen first row/column; None prints as '—'."""
    ws = wb.create_sheet(title[:31])
    ws.append(list(headers))
    for row in rows:
        ws.append(["—" if v is None else v for v in row])
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    wrap = Alignment(wrap_text=True, vertical="center")
    for cells in ws.iter_rows(min_row=1, max_row=len(rows) + 1, max_col=len(headers)):
        for cell in cells:
            cell.border = _BORDER
            cell.alignment = wrap
            if cell.row == 1:
                cell.font = Font(bold=True)
                cell.fill = _HEAD_FILL
            elif total_last and cell.row == len(rows) + 1:
                cell.font = Font(bold=True)
                cell.fill = _TOTAL_FILL
            if cell.row > 1 and cell.column in percent_columns and isinstance(cell.value, float):
                cell.number_format = _PERCENT
    ws.freeze_panes = "B2"
    return ws


def _summary(wb: Workbook, stats: YearStats) -> None:
    t = stats.total
    rows: list[tuple[str, object]] = [
        ("检查机关", stats.org_name), ("年度", stats.year), ("年度抽查计划", stats.plan_title or "（未制定）"),
        ("计划条目数", stats.plan_entries), ("抽查任务数", len(stats.tasks)), ("其中联合抽查任务数", stats.joint_tasks),
        ("应检查数（抽取户数）", t.due), ("已检查", t.checked), ("已公示", t.published),
        ("完成率（已公示/应检查数）", t.completion_rate), ("责令整改通知书", t.rectifications), ("完结数", t.rectified),
        ("完结率（完结数/责令整改数）", t.closure_rate), ("更正公示结果", stats.corrections), ("收到异议", stats.objections),
        ("清单事项数（有效）", stats.items_active), ("本年度已抽查事项数", stats.items_covered),
        ("事项覆盖率", stats.coverage_rate), ("参与检查人员数", len(stats.workload)),
    ]
    _sheet(wb, "汇总", ("项目", "数值"), rows, (30, 50), (2,))


def write_statistics_xlsx(stats: YearStats, out: Path | BinaryIO) -> int:
    """The workbook of `stats`; returns the number of sheets written."""
    wb = Workbook()
    default = wb.active
    if default is not None:
        wb.remove(default)
    _summary(wb, stats)
    results = [r for r in stats.result_labels if stats.total.result(r)] or list(stats.result_labels[:1])
    disposals = [d for d in stats.disposal_labels if stats.total.disposal(d)]
    headers = [*GROUP_HEADERS, *(f"结果：{r}" for r in results), *(f"处置：{d}" for d in disposals), *RECTIFY_HEADERS]
    width = len(headers) + 1
    percent = (7, width)
    for dim, heading in DIMENSIONS.items():
        rows = [group_row(g, results, disposals) for g in stats.groups(dim)]
        rows.append(group_row(stats.total, results, disposals))
        _sheet(wb, f"按{heading}", [heading, *headers], rows, [28, *([10] * (width - 1))], percent, True)
    task_rows = [(t.number, t.name, t.state_label, "是" if t.joint else "否", t.due, t.checked, t.published,
                  rate(t.published, t.due), t.published_on.isoformat() if t.published_on else "")
                 for t in stats.tasks]
    _sheet(wb, "抽查任务", ("任务编号", "任务名称", "状态", "联合抽查", "应检查数", "已检查", "已公示", "完成率", "公示日期"),
           task_rows, (22, 36, 8, 8, 10, 8, 8, 8, 12), (8,))
    work_rows = [(w.staff_no, w.name, w.department, w.teams, w.leader) for w in stats.workload]
    _sheet(wb, "人员工作量", ("警号/工号", "姓名", "部门", "参加检查组数", "其中任组长"), work_rows, (12, 10, 24, 14, 12))
    wb.save(str(out) if isinstance(out, Path) else out)
    return len(wb.sheetnames)

