"""A4 page templates per GB/T 9704-2012: text block, page numbers, footer line, 演练 watermark, build."""

from __future__ import annotations

import calendar
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop.reports.fonts import FontSet

__all__ = ["BLOCK_H", "BLOCK_W", "BOTTOM", "LEFT", "TOP", "GroupMark", "PageSpec", "build_pdf", "text_block"]

# GB/T 9704-2012 §5.2: 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm (so 35 mm below, 26 mm right).
TOP = 37 * mm
LEFT = 28 * mm
BLOCK_W = 156 * mm
BLOCK_H = 225 * mm
BOTTOM = A4[1] - TOP - BLOCK_H
PAGE_NO_SIZE = 14.0  # 4号
PAGE_NO_GAP = 7 * mm  # 页码 7 mm below the text block
FOOTER_SIZE = 9.0
_GREY = Color(0.35, 0.35, 0.35)
_WATERMARK = Color(0.8, 0.1, 0.1, alpha=0.13)
_REHEARSAL_RED = Color(0.75, 0.05, 0.05)
# Binary (Flate only) streams: ASCII85 on top makes files 25 % larger and costs a third of the
# save time in pure Python; every PDF reader of the last twenty years reads binary streams.
rl_config.useA85 = 0


@dataclass(frozen=True)
class PageSpec:
    """How the pages of one document are dressed."""

    title: str  # PDF metadata
    author: str = ""
    landscape: bool = False  # wide tables (清单, 计划, 公示表) are printed across the page
    page_numbers: bool = True  # "— N —", odd pages right, even pages left
    footer: str = ""  # left part of a footer line under the page number (e.g. the result-hash fingerprint)
    page_of: bool = False  # "第x页 共y页" on the footer line, counted per GroupMark group
    rehearsal: bool = False  # diagonal 演练 watermark and a red note in the top margin
    created: date | None = None  # the PDF's creation date: the document's date, so reprints stay identical


def text_block(wide: bool) -> tuple[float, float, float, float]:
    """(x, y, width, height) of the text block; a landscape page keeps the 156 × 225 mm block turned."""
    if not wide:
        return LEFT, BOTTOM, BLOCK_W, BLOCK_H
    width, height = landscape(A4)
    # Turned, the block is 225 wide and 156 high; centred across, 28 mm from the top edge.
    return (width - BLOCK_H) / 2, height - 28 * mm - BLOCK_W, BLOCK_H, BLOCK_W


class GroupMark(Flowable):  # type: ignore[misc]
    """Zero-size marker: the pages from here on form a group with its own 第x页 共y页 and footer text."""

    def __init__(self, key: str, footer: str | None = None) -> None:
        super().__init__()
        self.key = key
        self.footer = footer
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canv = self.canv
        footer = canv._ssj_group[1] if self.footer is None else self.footer
        canv._ssj_group = (self.key, footer)


def _page_number(canv: Canvas, fonts: FontSet, spec: PageSpec, n: int) -> None:
    x, y, w, _h = text_block(spec.landscape)
    text = f"— {n} —"
    base = y - PAGE_NO_GAP - PAGE_NO_SIZE * 0.85
    canv.setFont(fonts.song, PAGE_NO_SIZE)
    canv.setFillColor(black)
    # GB/T 9704 §7.5: 单页码居右空一字，双页码居左空一字.
    if n % 2:
        canv.drawRightString(x + w - PAGE_NO_SIZE, base, text)
    else:
        canv.drawString(x + PAGE_NO_SIZE, base, text)


def _footer(canv: Canvas, fonts: FontSet, spec: PageSpec, left: str, k: int, total: int) -> None:
    x, y, w, _h = text_block(spec.landscape)
    base = (y - PAGE_NO_GAP - PAGE_NO_SIZE - 6 * mm) if spec.page_numbers else (y - PAGE_NO_GAP - FOOTER_SIZE)
    canv.setStrokeColor(_GREY)
    canv.setLineWidth(0.4)
    canv.line(x, base + FOOTER_SIZE + 2.5, x + w, base + FOOTER_SIZE + 2.5)
    canv.setFillColor(_GREY)
    canv.setFont(fonts.song, FOOTER_SIZE)
    if left:
        canv.drawString(x, base, left)
    if spec.page_of:
        canv.drawRightString(x + w, base, f"第{k}页 共{total}页")


def _watermark(canv: Canvas, fonts: FontSet, wide: bool) -> None:
    page_w, page_h = landscape(A4) if wide else A4
    canv.saveState()
    canv.setFillColor(_WATERMARK)
    canv.setFont(fonts.hei, 150)
    canv.translate(page_w / 2, page_h / 2)
    canv.rotate(35)
    canv.drawCentredString(0, -50, "演 练")
    canv.restoreState()
    canv.saveState()
    canv.setFillColor(_REHEARSAL_RED)
    canv.setFont(fonts.hei, 10.5)
    x, y, w, h = text_block(wide)
    canv.drawCentredString(x + w / 2, y + h + 12 * mm, "演练文书 · 仅供演练，不产生法律效力")
    canv.restoreState()


def _canvas_class(spec: PageSpec, fonts: FontSet) -> type[Canvas]:
    """A canvas that holds every page until the end, so totals (共y页) are known when footers are drawn."""

    class _TwoPassCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._ssj_pages: list[dict[str, Any]] = []
            self._ssj_group: tuple[str, str] = ("", spec.footer)
            if spec.created is not None:
                # Invariant mode stamps 2000-01-01; the document's own date is as reproducible.
                stamp = TimeStamp(1)
                stamp.t = calendar.timegm(spec.created.timetuple())
                stamp.lt = time.gmtime(stamp.t)
                stamp.YMDhms = tuple(stamp.lt)[:6]
                self._doc._timeStamp = stamp

        def showPage(self) -> None:  # noqa: N802 - reportlab's method name
            self._ssj_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            totals = Counter(state["_ssj_group"][0] for state in self._ssj_pages)
            seen: Counter[str] = Counter()
            for n, state in enumerate(self._ssj_pages, start=1):
                self.__dict__.update(state)
                key, left = state["_ssj_group"]
                seen[key] += 1
                if spec.page_numbers:
                    _page_number(self, fonts, spec, n)
                if left or spec.page_of:
                    _footer(self, fonts, spec, left, seen[key], totals[key])
                Canvas.showPage(self)
            Canvas.save(self)

    return _TwoPassCanvas


def build_pdf(story: list[Flowable], fonts: FontSet, out: Path | BinaryIO, spec: PageSpec) -> int:
    """Lay out `story` on A4 pages dressed per `spec`; write the PDF to `out`; return the page count.

    The output is byte-for-byte reproducible (reportlab's invariant mode: no creation time,
    fixed document id), so a reprint of unchanged data has the same SHA-256 as the original.
    """
    page_size = landscape(A4) if spec.landscape else A4
    x, y, w, h = text_block(spec.landscape)
    target: str | BinaryIO = str(out) if isinstance(out, Path) else out
    doc = BaseDocTemplate(
        target, pagesize=page_size, leftMargin=x, bottomMargin=y, rightMargin=page_size[0] - x - w,
        topMargin=page_size[1] - y - h, title=spec.title, author=spec.author, subject=spec.title,
        creator="双随机抽查工作台", producer="双随机抽查工作台", invariant=1,
        initialFontName=fonts.song, initialFontSize=12, initialLeading=14.4, lang="zh-CN",
    )
    frame = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="block")

    def on_page(canv: Canvas, _doc: BaseDocTemplate) -> None:
        if spec.rehearsal:
            _watermark(canv, fonts, spec.landscape)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page, pagesize=page_size)])
    doc.build(story, canvasmaker=_canvas_class(spec, fonts))
    return int(doc.page)


def string_width(text: str, font: str, size: float) -> float:
    """Width of a single-line string (for hand-placed text such as the issuer block)."""
    return float(stringWidth(text, font, size))
