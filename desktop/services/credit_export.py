"""信用平台导出: a year's 失信 / 不配合检查 results as an Excel sheet for the credit platform."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from desktop.core import roles
from desktop.reports.privacy import scrub
from desktop.services import audit
from desktop.services.context import Actor
from desktop.services.publications import credit_export_rows

__all__ = ["CREDIT_HEADERS", "export_credit_xlsx"]

CREDIT_HEADERS = ("序号", "抽查任务编号", "检查机关", "对象名称", "统一社会信用代码", "检查日期", "检查结果",
                  "列入原因", "公示日期")
_WIDTHS = (6, 24, 22, 36, 22, 12, 34, 34, 12)
_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def _iso(d: date | None) -> str:
    # Text, not an Excel date: the platform reads the cell as typed, whatever the locale.
    return d.isoformat() if d else ""


def export_credit_xlsx(session: Session, actor: Actor, year: int, out: Path) -> int:
    """Write `year`'s credit-relevant published results to `out` (xlsx); returns the row count."""
    roles.require(actor.roles, "report.export")
    rows = credit_export_rows(session, year)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = f"{year}年信用信息"
    ws.append(list(CREDIT_HEADERS))
    for n, r in enumerate(rows, start=1):
        ws.append([n, r.task_number, r.authority, r.target_name, r.target_code, _iso(r.inspection_date),
                   scrub(r.result_text), scrub("；".join(r.reasons)), _iso(r.published_on)])
    for c, width in enumerate(_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    wrap, bold, fill = Alignment(wrap_text=True, vertical="center"), Font(bold=True), PatternFill("solid",
                                                                                                  fgColor="E6E6E6")
    for cells in ws.iter_rows(min_row=1, max_row=len(rows) + 1, max_col=len(CREDIT_HEADERS)):
        for cell in cells:
            cell.border, cell.alignment = _BORDER, wrap
            if cell.row == 1:
                cell.font, cell.fill = bold, fill
    ws.freeze_panes = "A2"
    wb.save(str(out))
    audit.record(session, actor, "credit.export", "year", year, {"rows": len(rows), "file": out.name})
    return len(rows)
