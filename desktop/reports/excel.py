"""Excel exports: the platform's publication layout, the item list and the annual plan."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desktop.reports.data import ItemListDoc, PlanDoc, PublicationDoc
from desktop.reports.privacy import scrub

__all__ = ["ITEM_HEADERS", "PLAN_HEADERS", "PUBLICATION_HEADERS", "write_items_xlsx", "write_plan_xlsx",
           "write_publication_xlsx"]

# The provincial platform's import layout for 检查结果 (one row per inspected target).
PUBLICATION_HEADERS = ("抽查任务编号", "名称", "检查机关", "对象名称", "统一社会信用代码", "检查完成日期", "检查结果",
                       "备注")
ITEM_HEADERS = ("序号", "编号", "抽查类别", "抽查事项", "抽查子项", "事项类别", "检查依据", "检查主体", "检查对象",
                "检查方式", "抽查比例", "抽查频次", "检查人员要求", "检查内容", "备注")
PLAN_HEADERS = ("序号", "计划名称", "抽查事项", "抽查范围", "开始日期", "结束日期", "抽查比例/数量", "抽查频次",
                "抽查类型", "联合抽查部门")
_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="E6E6E6")


def _iso(d: date | None) -> str:
    # Text, not an Excel date: the platform's importer reads the cell as typed, whatever the locale.
    return d.isoformat() if d else ""


def _write(out: Path | BinaryIO, title: str, headers: Sequence[str], rows: Sequence[Sequence[object]],
           widths: Sequence[int]) -> int:
    """One sheet: bold shaded header, frozen, thin borders, wrapped text; returns the data row count."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title[:31]
    ws.append(list(headers))
    for row in rows:
        ws.append(list(row))
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    head_font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    for cells in ws.iter_rows(min_row=1, max_row=len(rows) + 1, max_col=len(headers)):
        for cell in cells:
            cell.border = _BORDER
            cell.alignment = wrap
            if cell.row == 1:
                cell.font = head_font
                cell.fill = _HEAD_FILL
    ws.freeze_panes = "A2"
    wb.save(str(out) if isinstance(out, Path) else out)
    return len(rows)


def write_publication_xlsx(doc: PublicationDoc, out: Path | BinaryIO) -> int:
    """The results in the platform's upload layout; returns the row count."""
    org = doc.head.org_name
    rows = [(doc.task.number, doc.task.name, org, r.target_name, r.target_code, _iso(r.completed_on),
             scrub(r.result), scrub(r.remarks)) for r in doc.rows]
    return _write(out, "检查结果", PUBLICATION_HEADERS, rows, (22, 30, 20, 40, 22, 14, 30, 30))


def write_items_xlsx(doc: ItemListDoc, out: Path | BinaryIO) -> int:
    """The 随机抽查事项清单 as a sheet (check points one per line in their cell)."""
    rows = [(n, it.code, it.category, it.name, it.sub_item, it.kind, it.basis, it.subject, it.object_type, it.method,
             it.ratio, it.frequency, it.inspector_requirement,
             "\n".join(f"{k}. {p}" for k, p in enumerate(it.check_points, start=1)), scrub(it.remarks))
            for n, it in enumerate(doc.items, start=1)]
    return _write(out, "抽查事项清单", ITEM_HEADERS, rows, (6, 12, 14, 28, 16, 8, 40, 16, 18, 12, 12, 12, 18, 50, 20))


def write_plan_xlsx(doc: PlanDoc, out: Path | BinaryIO) -> int:
    """The 年度抽查计划 as a sheet."""
    rows = [(line.seq, line.name, "\n".join(line.items), line.scope, _iso(line.window_start), _iso(line.window_end),
             line.quota, line.frequency, "定向" if line.directed else "不定向", line.joint)
            for line in doc.lines]
    return _write(out, f"{doc.year}年度抽查计划", PLAN_HEADERS, rows, (6, 30, 30, 24, 12, 12, 24, 10, 10, 30))
