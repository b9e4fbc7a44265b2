"""Styles and building blocks shared by the documents: title, 文号, body text, issuer and seal, signatures."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.reports.cjk import CJKParagraph, covers, markup, plain_paragraph
from desktop.reports.fonts import FontSet
from desktop.reports.page import string_width, text_block
from desktop.reports.privacy import scrub

__all__ = ["CHECKED", "UNCHECKED", "IssuerBlock", "Kit", "checkboxes", "cn_date", "cn_datetime", "group4"]

BODY = 16.0  # 3号
BODY_LEADING = 28.8  # GB/T 9704: 22 lines in the 225 mm block
TITLE = 22.0  # 2号
CELL = 10.5  # 五号, for tables
SMALL = 12.0  # 小四, for forms
CHECKED, UNCHECKED = "■", "□"  # ☑/☐ are missing from GB 2312 fonts
_SEAL_GREY = Color(0.55, 0.55, 0.55)


def cn_date(d: date | None, blank: str = "      年    月    日") -> str:
    """A date in Arabic numerals as GB/T 9704 wants it (2026年3月5日); blanks to fill in by hand."""
    return blank if d is None else f"{d.year}年{d.month}月{d.day}日"


def cn_datetime(t: datetime | None) -> str:
    """Date and time to the second, for the draw record."""
    return "" if t is None else f"{t.year}年{t.month}月{t.day}日 {t:%H:%M:%S}"


def group4(hex_text: str, per_line: int = 0) -> str:
    """Hashes grouped by four (as on the projector); `per_line` groups per line, joined by newlines."""
    groups = [hex_text[i:i + 4] for i in range(0, len(hex_text), 4)]
    if not per_line:
        return " ".join(groups)
    return "\n".join(" ".join(groups[i:i + per_line]) for i in range(0, len(groups), per_line))


def checkboxes(options: Sequence[str], chosen: Sequence[str]) -> str:
    """'■实地核查  □书面检查 …' — chosen options marked; choices outside the options are added marked."""
    picked = set(chosen)
    extra = [c for c in chosen if c not in options]
    parts = [f"{CHECKED if o in picked else UNCHECKED}{o}" for o in options]
    parts += [f"{CHECKED}{o}" for o in extra]
    return "\u3000".join(parts)


def _style(name: str, font: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK",
                          textColor=black, **kw)


class Kit:
    """The styles of one document, bound to its fonts; `public` scrubs ID and mobile numbers from all text."""

    def __init__(self, fonts: FontSet, *, wide: bool = False, public: bool = False) -> None:
        self.fonts = fonts
        self.public = public
        _x, _y, self.width, self.height = text_block(wide)
        f = fonts
        self.styles = {
            "title": _style("title", f.title_font, TITLE, 32, alignment=TA_CENTER, spaceAfter=4),
            "docno": _style("docno", f.fang, BODY, BODY_LEADING, alignment=TA_CENTER),
            "body": _style("body", f.fang, BODY, BODY_LEADING, firstLineIndent=2 * BODY),
            "flush": _style("flush", f.fang, BODY, BODY_LEADING),
            "right": _style("right", f.fang, BODY, BODY_LEADING, alignment=TA_RIGHT),
            "h1": _style("h1", f.hei, BODY, BODY_LEADING, firstLineIndent=2 * BODY),
            "h2": _style("h2", f.kai, BODY, BODY_LEADING, firstLineIndent=2 * BODY),
            "form": _style("form", f.song, SMALL, 18),
            "formh": _style("formh", f.hei, SMALL, 18),
            "formr": _style("formr", f.song, SMALL, 18, alignment=TA_RIGHT, rightIndent=SMALL),
            "cell": _style("cell", f.song, CELL, 14),
            "cellh": _style("cellh", f.hei, CELL, 14),
            "cellr": _style("cellr", f.song, CELL, 14, alignment=TA_RIGHT, rightIndent=CELL),
            "cellc": _style("cellc", f.song, CELL, 14, alignment=TA_CENTER),
            "head": _style("head", f.hei, CELL, 14, alignment=TA_CENTER),
            "small": _style("small", f.song, 9, 12),
            "smallc": _style("smallc", f.song, 9, 12, alignment=TA_CENTER),
            "smallh": _style("smallh", f.hei, 9, 12, alignment=TA_CENTER),
            "mono": _style("mono", f.song, 9.5, 12.5),
            "note": _style("note", f.song, SMALL, 18, alignment=TA_LEFT),
            "subtitle": _style("subtitle", f.kai, BODY, 24, alignment=TA_CENTER),
        }

    def clean(self, text: str) -> str:
        """Text as it may be printed: scrubbed of ID and mobile numbers in public documents."""
        return scrub(text) if self.public else text

    def para(self, text: str, style: str = "body") -> CJKParagraph:
        """A paragraph in one of the kit's styles; text is plain (escaped here), newlines break lines."""
        st = self.styles[style]
        if self.public:
            text = scrub(text)
        if "\n" not in text and covers(st.fontName, text):
            return plain_paragraph(text, st)
        fallback = self.fonts.hei if st.fontName != self.fonts.hei else self.fonts.song
        return CJKParagraph(markup(text, st.fontName, fallback), st)

    def rich(self, parts: Sequence[tuple[str, str]], style: str = "body") -> CJKParagraph:
        """A paragraph mixing fonts: (text, role) pairs, role one of song/fang/hei/kai."""
        st = self.styles[style]
        chunks = []
        for text, role in parts:
            font = getattr(self.fonts, role)
            fallback = self.fonts.hei if font != self.fonts.hei else self.fonts.song
            body = markup(scrub(text) if self.public else text, font, fallback)
            chunks.append(f'<font name="{font}">{body}</font>')
        return CJKParagraph("".join(chunks), st)

    def heading(self, text: str, style: str = "h1") -> list[Flowable]:
        """A heading that never ends a page: it moves on when fewer than three lines follow it.

        (keepWithNext would drag a whole table along with the heading and leave half pages empty.)
        """
        st = self.styles[style]
        return [CondPageBreak(st.leading * 3.5), self.para(text, style)]

    def title(self, text: str, number: str = "") -> list[Flowable]:
        """Title (2号小标宋) and, centred under it, the 文号."""
        out: list[Flowable] = [self.para(text, "title")]
        if number:
            out += [Spacer(1, 4), self.para(number, "docno")]
        out.append(Spacer(1, BODY_LEADING * 0.6))
        return out

    def gap(self, lines: float = 1.0) -> Spacer:
        """Vertical space in body lines."""
        return Spacer(1, BODY_LEADING * lines)

    def issuer(self, org: str, on: date | None, seal: bool = True) -> Flowable:
        """发文机关署名 and 成文日期 (右空四字), with a dashed 印章 placeholder over them."""
        # Drawn directly, not as a paragraph: a name with a rare character is set wholly in 黑体.
        font = self.fonts.fang if covers(self.fonts.fang, org) else self.fonts.hei
        return IssuerBlock(org, on, font, seal)

    def sign_off(self, story: list[Flowable], org: str, on: date | None, seal: bool = True,
                 gap: float = 1.0) -> None:
        """End `story` with the issuer block, kept on one page with the last paragraph before it.

        GB/T 9704 §7.3.5: the 署名 and 日期 never stand alone on a page without text.
        """
        tail: list[Flowable] = []
        if story:
            last = story.pop()
            tail = list(last._content) if isinstance(last, KeepTogether) else [last]
        # A heading right before the last paragraph goes along with it.
        if len(story) >= 2 and isinstance(story[-1], Paragraph) and story[-1].style.name in ("h1", "h2") \
                and isinstance(story[-2], CondPageBreak):
            tail = [story.pop(), *tail]
            story.pop()
        story.append(KeepTogether([*tail, self.gap(gap), self.issuer(org, on, seal)]))

    def sign_lines(self, rows: Sequence[tuple[str, str]], date_column: bool = True) -> Table:
        """Signature lines: (role, printed name) → '主持人：name ______ 日期：______'."""
        data = []
        for role, name in rows:
            row: list[object] = [self.para(f"{role}：", "formh"), self.para(name, "form"), ""]
            if date_column:
                row += [self.para("日期：", "formh"), ""]
            data.append(row)
        widths = [0.21, 0.19, 0.28, 0.12, 0.2] if date_column else [0.21, 0.3, 0.49]
        table = Table(data, colWidths=[self.width * w for w in widths], rowHeights=[11 * mm] * len(data))
        style = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LINEBELOW", (2, 0), (2, -1), 0.6, black),
                 ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                 # Empty cells still select a font: never reportlab's unembedded Helvetica.
                 ("FONTNAME", (0, 0), (-1, -1), self.fonts.song)]
        if date_column:
            style.append(("LINEBELOW", (4, 0), (4, -1), 0.6, black))
        table.setStyle(TableStyle(style))
        return table


class IssuerBlock(Flowable):  # type: ignore[misc]
    """The organ's name centred over the date, date 右空四字, and a dashed circle standing in for the seal."""

    SEAL_R = 21 * mm  # 公章 are 42 mm across

    def __init__(self, org: str, on: date | None, font: str, seal: bool = True) -> None:
        super().__init__()
        self.org, self.on, self.font, self.seal = org, on, font, seal

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        # The seal rises above the name by about half its height, into the space left before it.
        self.height = BODY_LEADING * 2 + (12 * mm if self.seal else 0)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        date_text = cn_date(self.on, "    年  月  日")
        dw = string_width(date_text, self.font, BODY)
        right = self.width - 4 * BODY  # 右空四字
        x_date = right - dw
        centre = x_date + dw / 2
        ow = string_width(self.org, self.font, BODY)
        x_org = min(centre - ow / 2, self.width - ow)
        x_org = max(0.0, x_org)
        y_date = 4.0
        y_org = y_date + BODY_LEADING
        canv.setFillColor(black)
        canv.setFont(self.font, BODY)
        canv.drawString(x_org, y_org, self.org)
        canv.drawString(x_date, y_date, date_text)
        if self.seal:
            cy = y_org + 4 * mm  # 署名和日期居印章中心偏下
            canv.saveState()
            canv.setStrokeColor(_SEAL_GREY)
            canv.setFillColor(_SEAL_GREY)
            canv.setDash(4, 3)
            canv.setLineWidth(0.8)
            canv.circle(centre, cy, self.SEAL_R, stroke=1, fill=0)
            canv.setFont(self.font, 10.5)
            canv.drawCentredString(centre, cy + self.SEAL_R - 9 * mm, "（印章）")
            canv.restoreState()
