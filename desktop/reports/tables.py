"""Tables: repeated header rows, CJK-wrapped cells, column widths that add up to the text block."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TypeAlias

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from desktop.reports.blocks import Kit
from desktop.reports.cjk import covers
from desktop.reports.page import string_width

__all__ = ["Cell", "form_table", "grid", "scale"]

Cell: TypeAlias = str | Flowable | list[Flowable] | None
HEAD_BG = Color(0.9, 0.9, 0.9)
LABEL_BG = Color(0.95, 0.95, 0.95)
ITEM_BG = Color(0.93, 0.93, 0.93)  # the spanning row that names an item above its check points
PAD = 3.0
# A row taller than this share of the text block is cut into continuation rows, so a page break
# can fall inside it (reportlab's own splitInRow mis-draws repeated headers).
MAX_ROW_SHARE = 0.33


def scale(weights: Sequence[float], total: float) -> list[float]:
    """Column widths proportional to `weights`, summing exactly to `total` (the last absorbs rounding)."""
    s = float(sum(weights))
    widths = [total * w / s for w in weights]
    widths[-1] = total - sum(widths[:-1])
    return widths


def _cell(kit: Kit, value: Cell, style: str, width: float) -> Flowable | str | list[Flowable]:
    """Plain strings that fit on their lines stay strings (drawn directly, far cheaper than a Paragraph)."""
    if value is None:
        return ""
    if isinstance(value, str):
        if not value:
            return ""
        text = kit.clean(value)
        st = kit.styles[style]
        room = width - 2 * PAD - 1
        if covers(st.fontName, text) and all(
                string_width(line, st.fontName, st.fontSize) <= room for line in text.split("\n")):
            return text
        return kit.para(value, style)
    return value


def _column_commands(kit: Kit, styles: Sequence[str], first: int, last: int = -1) -> list[tuple[object, ...]]:
    """Font, size, leading and alignment per column (rows first..last), for cells kept as plain strings."""
    out: list[tuple[object, ...]] = []
    for c, name in enumerate(styles):
        st = kit.styles[name]
        align = {TA_CENTER: "CENTER", TA_RIGHT: "RIGHT"}.get(st.alignment, "LEFT")
        a, b = (c, first), (c, last)
        out += [("FONTNAME", a, b, st.fontName), ("FONTSIZE", a, b, st.fontSize),
                ("LEADING", a, b, st.leading), ("ALIGN", a, b, align)]
    return out


def _base(kit: Kit) -> list[tuple[object, ...]]:
    return [
        ("GRID", (0, 0), (-1, -1), 0.6, black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD + 1),
    ]


def grid(kit: Kit, header: Sequence[str], rows: Sequence[Sequence[Cell]], weights: Sequence[float], *,
         styles: Sequence[str] | None = None, extra: Sequence[tuple[object, ...]] = (),
         width: float | None = None, header_style: str = "head") -> Table:
    """A ruled table with a header row repeated on every page.

    `styles` names the kit paragraph style per column (default 'cell'); a very tall row (a long
    check-point list, a long legal basis) continues in further rows, so no cell can push the
    table off the page.
    """
    col_styles = list(styles or ["cell"] * len(weights))
    widths = scale(weights, width or kit.width)
    data: list[list[Flowable | str | list[Flowable]]] = []
    if header:
        data.append([_cell(kit, h, header_style, widths[i]) for i, h in enumerate(header)])
    for row in rows:
        data.append([_cell(kit, v, col_styles[i], widths[i]) for i, v in enumerate(row)])
    data, cut_rows = _split_tall_rows(data, widths, kit.height * MAX_ROW_SHARE, first=1 if header else 0)
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0, spaceAfter=PAD * 2)
    first = 1 if header else 0
    commands = _base(kit) + _column_commands(kit, col_styles, first)
    commands += [("VALIGN", (0, r), (-1, r), "TOP") for r in cut_rows]
    if header:
        commands += _column_commands(kit, [header_style] * len(widths), 0, 0)
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_BG))
    commands.extend(extra)
    table.setStyle(TableStyle(commands))
    return table


def form_table(kit: Kit, rows: Sequence[Sequence[Cell]], weights: Sequence[float], *,
               labels: Sequence[int] = (0,), spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
               heights: Sequence[float | None] | None = None, style: str = "form",
               label_style: str = "formh", extra: Sequence[tuple[object, ...]] = ()) -> Table:
    """A label/value form grid (record-sheet header, receipts): label columns shaded and in 黑体."""
    widths = scale(weights, kit.width)
    col_styles = [label_style if i in labels else style for i in range(len(widths))]
    data: list[list[Flowable | str | list[Flowable]]] = []
    for row in rows:
        data.append([_cell(kit, v, col_styles[i], widths[i] * _span_factor(spans, i, len(data), widths))
                     for i, v in enumerate(row)])
    if heights is None:
        data, _cut_rows = _split_tall_rows(data, widths, kit.height * MAX_ROW_SHARE)
    table = Table(data, colWidths=widths, rowHeights=heights)
    commands = _base(kit)
    commands += [("LEFTPADDING", (0, 0), (-1, -1), PAD + 1), ("RIGHTPADDING", (0, 0), (-1, -1), PAD + 1)]
    commands += _column_commands(kit, col_styles, 0)
    # Shade label cells, but not where a spanning value cell runs over a label column.
    covered = {(c, r) for (c0, r0), (c1, r1) in spans for c in range(c0, c1 + 1) for r in range(r0, r1 + 1)
               if (c, r) != (c0, r0)}
    for col in labels:
        for r in range(len(data)):
            if (col, r) not in covered:
                commands.append(("BACKGROUND", (col, r), (col, r), LABEL_BG))
    for a, b in spans:
        commands.append(("SPAN", a, b))
    commands.extend(extra)
    table.setStyle(TableStyle(commands))
    return table


def _span_factor(spans: Sequence[tuple[tuple[int, int], tuple[int, int]]], col: int, row: int,
                 widths: Sequence[float]) -> float:
    """How much wider than its column a spanning cell is (so its text may stay a plain string)."""
    for (c0, r0), (c1, r1) in spans:
        if c0 == col and r0 <= row <= r1:
            return sum(widths[c0:c1 + 1]) / widths[col]
    return 1.0


def _split_tall_rows(data: list[list[Flowable | str | list[Flowable]]], widths: Sequence[float], limit: float,
                     first: int = 0) -> tuple[list[list[Flowable | str | list[Flowable]]], list[int]]:
    """Cut rows taller than `limit` into continuation rows, splitting their paragraphs where they break.

    The tallest cell sets the number of pieces, and every tall cell is cut into that many pieces
    of even height (no piece holding just the last character). Returns the rows and the indices
    of the rows that came out of a cut (their text is top-aligned so it reads on).
    """
    out = data[:first]
    cut_rows: list[int] = []
    for row in data[first:]:
        heights = {c: cell.wrap(widths[c] - 2 * PAD, 1e6)[1] for c, cell in enumerate(row)
                   if isinstance(cell, Paragraph)}
        tall = {c: h for c, h in heights.items() if h + 2 * PAD > limit}
        if not tall:
            out.append(row)
            continue
        count = max(math.ceil((h + 2 * PAD) / limit) for h in tall.values())
        pieces: dict[int, list[Flowable]] = {c: _cut(row[c], widths[c] - 2 * PAD, h, count)
                                             for c, h in tall.items()}
        for k in range(max(len(p) for p in pieces.values())):
            cut_rows.append(len(out))
            if k == 0:
                out.append([pieces[c][0] if c in pieces else v for c, v in enumerate(row)])
            else:
                out.append([pieces[c][k] if c in pieces and k < len(pieces[c]) else "" for c in range(len(row))])
    return out, cut_rows


def _cut(cell: Paragraph, width: float, height: float, count: int) -> list[Flowable]:
    """A paragraph in about `count` pieces of even height."""
    leading = float(cell.style.leading)
    step = max(leading, math.ceil(height / count / leading) * leading) + 0.5
    chunks: list[Flowable] = []
    rest: Flowable = cell
    while True:
        _w, h = rest.wrap(width, 1e6)
        parts = rest.split(width, step) if h > step else []
        if len(parts) < 2:
            chunks.append(rest)
            return chunks
        chunks.append(parts[0])
        rest = parts[1]
