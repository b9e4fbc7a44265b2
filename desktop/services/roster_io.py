"""Roster files on disk: read .xlsx/.xls/.csv into rows of text cells; write styled .xlsx sheets."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import chain
from pathlib import Path
from typing import cast

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from python_calamine import CalamineWorkbook

from desktop.core.errors import DomainError

EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls"})
SUPPORTED_SUFFIXES = EXCEL_SUFFIXES | {".csv"}
# Tried in order: UTF-8 (a BOM is skipped), then GB18030, the superset of GBK and GB2312.
CSV_ENCODINGS = ("utf-8-sig", "gb18030")
TEXT_FORMAT = "@"
_STR_ONLY = frozenset({str})
_BOLD = Font(bold=True)
_ERROR_FILL = PatternFill("solid", fgColor="FFF2CC")


@dataclass(frozen=True)
class Column:
    """A column of a written sheet: heading, width in characters, whether Excel keeps it as text."""

    header: str
    width: int = 16
    as_text: bool = False


def read_cells(path: Path) -> list[list[str]]:
    """Every row of the first sheet (or the CSV) as text cells; codes stay text ("00123")."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DomainError("import_unsupported_type", suffix=suffix or "（无扩展名）")
    try:
        if suffix == ".csv":
            return _read_csv(path.read_bytes())
        # calamine reads .xls too (xlrd is not shipped). Read directly rather than through
        # pd.read_excel(engine="calamine", dtype=str): the same engine and the same text, but building
        # and unpacking a DataFrame costs another second for 100,000 rows.
        sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
        raw = sheet.to_python(skip_empty_area=False)
    except DomainError:
        raise
    except Exception as exc:  # any reader failure means "this file cannot be read"
        raise DomainError("import_unreadable", file=path.name, reason=str(exc)[:200]) from exc
    # One C-level pass over the types; only rows holding numbers or dates are converted.
    if set(map(type, chain.from_iterable(raw))) <= _STR_ONLY:
        return cast(list[list[str]], raw)
    return [cast(list[str], row) if set(map(type, row)) <= _STR_ONLY else [cell_text(v) for v in row]
            for row in raw]


def cell_text(value: object) -> str:
    """An Excel cell as text, the way pandas' dtype=str reads it: 123.0 → "123", a date → ISO."""
    if type(value) is str:
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return "" if value is None else str(value)


def decode_csv(data: bytes) -> str:
    """The text of a CSV file in UTF-8 (with or without BOM) or GBK/GB18030."""
    for encoding in CSV_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DomainError("import_encoding", encodings="、".join(CSV_ENCODINGS))


def _read_csv(data: bytes) -> list[list[str]]:
    text = decode_csv(data)
    first = text.split("\n", 1)[0]
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    try:
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        raise DomainError("import_unreadable", file="CSV", reason=str(exc)) from exc


def safe_text(value: object) -> str:
    """A cell value openpyxl can write: characters XML forbids are removed."""
    text: str = ILLEGAL_CHARACTERS_RE.sub("", value if isinstance(value, str) else str(value))
    return text


def text_cell(ws: WriteOnlyWorksheet, value: object, as_text: bool = False) -> WriteOnlyCell:
    """A string cell that Excel never evaluates ("=…" stays text) and, if asked, formatted as text."""
    cell = WriteOnlyCell(ws, value=safe_text(value))
    cell.data_type = "s"
    if as_text:
        cell.number_format = TEXT_FORMAT
    return cell


def new_workbook() -> Workbook:
    """A write-only workbook (fast for 100,000 rows)."""
    return Workbook(write_only=True)


def add_sheet(wb: Workbook, title: str, columns: Sequence[Column], rows: Iterable[Sequence[object]],
              wrap: bool = False) -> WriteOnlyWorksheet:
    """Append a sheet: bold heading row, column widths, text format where a column asks for it."""
    ws: WriteOnlyWorksheet = wb.create_sheet(title)
    for index, col in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = col.width
    ws.freeze_panes = "A2"
    header = []
    for col in columns:
        cell = text_cell(ws, col.header)
        cell.font = _BOLD
        header.append(cell)
    ws.append(header)
    flags = [c.as_text for c in columns]
    alignment = Alignment(wrap_text=True, vertical="top") if wrap else None
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            cell = text_cell(ws, "" if value is None else value, i < len(flags) and flags[i])
            if alignment is not None:
                cell.alignment = alignment
            cells.append(cell)
        ws.append(cells)
    return ws


def write_error_report(out: Path, cells: Sequence[Sequence[str]], header_index: int,
                       by_row: dict[int, list[str]], listing: Sequence[tuple[int, str, str]]) -> Path:
    """The original sheet plus an 错误 column (row messages), and a 错误列表 sheet of every finding."""
    wb = new_workbook()
    width = max((len(r) for r in cells), default=0)
    ws: WriteOnlyWorksheet = wb.create_sheet("导入数据")
    ws.column_dimensions[get_column_letter(width + 1)].width = 60
    for index, row in enumerate(cells):
        number = index + 1
        padded = [*row, *[""] * (width - len(row))]
        out_row = [text_cell(ws, v) for v in padded]
        note = "错误" if index == header_index else "；".join(by_row.get(number, []))
        marker = text_cell(ws, note)
        if index == header_index:
            marker.font = _BOLD
            for cell in out_row:
                cell.font = _BOLD
        elif note:
            marker.fill = _ERROR_FILL
        ws.append([*out_row, marker])
    add_sheet(wb, "错误列表", [Column("行", 8), Column("列", 20), Column("说明", 80)],
              ([row if row > 0 else "", column, message] for row, column, message in listing))
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out
