"""Chinese paragraphs: line breaking by the 避头尾 rules, markup escaping and per-character font fallback."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine
from reportlab.platypus.paraparser import ParaFrag, ParaParser

__all__ = ["NO_END", "NO_START", "CJKParagraph", "break_points", "covers", "markup", "plain_paragraph"]

# GB/T 15834 and the common 避头尾 tables: marks that may not start a line …
NO_START = frozenset(
    "，。、；：？！）〕］｝》〉」』】”’…—·%％‰℃°,.;:?!)]}>"
    "々〆ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー"
)
# … and marks that may not end one.
NO_END = frozenset("（〔［｛《〈「『【“‘([{<￥$＄£")
_FUZZ = 1e-6
# How far back a line may be shortened to keep a Latin word or number in one piece.
_WORD_BACKOFF = 0.5

_widths: dict[tuple[str, float], dict[str, float]] = {}
_cmaps: dict[str, frozenset[int] | None] = {}


def _width_table(font: str, size: float) -> dict[str, float]:
    return _widths.setdefault((font, size), {})


def char_width(ch: str, font: str, size: float) -> float:
    """The advance width of one character, cached per font and size (wrapping calls this per glyph)."""
    table = _width_table(font, size)
    w = table.get(ch)
    if w is None:
        w = table[ch] = pdfmetrics.stringWidth(ch, font, size)
    return w


def _text_widths(text: str, font: str, size: float) -> list[float]:
    table = _width_table(font, size)
    return [table[c] if c in table else char_width(c, font, size) for c in text]


def _cmap(font: str) -> frozenset[int] | None:
    """The code points a TrueType font covers; None for CID fonts (they cover all of GB 18030)."""
    if font not in _cmaps:
        f = pdfmetrics.getFont(font)
        _cmaps[font] = frozenset(f.face.charToGlyph) if isinstance(f, TTFont) else None
    return _cmaps[font]


def covers(font: str, text: str) -> bool:
    """Whether `font` has a glyph for every character of `text`."""
    cover = _cmap(font)
    return cover is None or cover.issuperset(map(ord, text))


def markup(text: str, font: str, fallback: str = "") -> str:
    """Escape `text` for a Paragraph; characters the font lacks are set in `fallback` (no tofu boxes).

    AR PL SungtiL GB covers GB 2312 only, so a name with 堃 or 玥 would print as an empty box;
    WenQuanYi Micro Hei (the usual fallback) covers the CJK Unified Ideographs.
    """
    cover = _cmap(font)
    if cover is None or not fallback or fallback == font:
        return escape(text).replace("\n", "<br/>")
    alt = _cmap(fallback)
    out: list[str] = []
    run: list[str] = []
    for ch in text:
        missing = ord(ch) not in cover and ch != "\n" and (alt is None or ord(ch) in alt)
        if missing:
            run.append(ch)
            continue
        if run:
            out.append(f'<font name="{fallback}">{escape("".join(run))}</font>')
            run = []
        out.append("<br/>" if ch == "\n" else escape(ch))
    if run:
        out.append(f'<font name="{fallback}">{escape("".join(run))}</font>')
    return "".join(out)


def _latin(ch: str) -> bool:
    # ASCII letters, digits and their punctuation (0715-8123456, 2026, abcd) form unbreakable runs.
    return ch.isascii() and not ch.isspace()


def break_points(chars: str, widths: Sequence[float], max_widths: Sequence[float],
                 forced: frozenset[int] = frozenset()) -> list[tuple[int, int, float]]:
    """Split `chars` into lines: (start, end, spare width) per line.

    Greedy fill, then the 避头尾 rules by pushing characters down (推出): a line never starts
    with a mark from NO_START nor ends with one from NO_END; a Latin word or number is kept
    whole when that costs at most half the line. Every glyph stays inside the measure (no
    hanging punctuation), so table cells and the text block are never overrun. `forced`
    holds the indices of explicit line breaks (<br/>), which end a line after that index.
    """
    lines: list[tuple[int, int, float]] = []
    n = len(chars)
    cum = list(accumulate(widths, initial=0.0))  # cum[i]: width of chars[:i]
    breaks = sorted(forced)
    start = 0
    while start < n:
        limit = max_widths[min(len(lines), len(max_widths) - 1)]
        end = max(start + 1, bisect_right(cum, cum[start] + limit + _FUZZ) - 1)
        k = bisect_right(breaks, start - 1)
        hard = k < len(breaks) and breaks[k] < end
        if hard:
            end = breaks[k] + 1
        elif end < n:
            end = _adjust(chars, start, end)
        lines.append((start, end, limit - (cum[end] - cum[start])))
        start = end
        # A space at the start of a continued line is not printed.
        while start < n and chars[start] == " " and not hard:
            start += 1
    return lines


def _adjust(chars: str, start: int, end: int) -> int:
    """Move the break at `end` back until it obeys the rules; never below one character per line."""
    floor = start + int((end - start) * (1 - _WORD_BACKOFF))
    e = end
    # An ideographic space separates choices (□实地核查　□书面检查): break there rather than inside one.
    gap = chars.rfind("\u3000", start + 1, end)
    if gap >= start + (end - start) * 0.6 and chars[end] != "\u3000":
        e = gap + 1
    while True:
        before = e
        while e > start + 1 and (chars[e] in NO_START or chars[e - 1] in NO_END):
            e -= 1
        if _latin(chars[e]) and _latin(chars[e - 1]):
            j = e - 1
            while j > floor and _latin(chars[j - 1]):
                j -= 1
            if j > floor:
                e = j
        if e == before:
            break
    return e if e > start else end


class CJKParagraph(Paragraph):  # type: ignore[misc]
    """A Paragraph whose CJK wrapping follows the Chinese 避头尾 rules (reportlab's only hangs one mark)."""

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802 - reportlab's method name
        if not isinstance(maxWidths, list | tuple):
            maxWidths = [maxWidths]
        # Tables wrap every cell several times at the same width; the lines do not change.
        key = tuple(maxWidths)
        cached = getattr(self, "_ssj_lines", None)
        if cached is not None and cached[0] == key:
            self.height = 0
            return cached[1]
        lines = self._break(maxWidths)
        self._ssj_lines = (key, lines)
        return lines

    def _break(self, maxWidths: Sequence[float]) -> Any:  # noqa: N803 - mirrors reportlab
        style = self.style
        self.height = 0
        frags = self.frags
        split_part = hasattr(self, "blPara") and bool(getattr(self, "_splitpara", False))
        if not frags:
            return ParaLines(kind=0, fontSize=style.fontSize, fontName=style.fontName,
                             textColor=style.textColor, lines=[], ascent=style.fontSize,
                             descent=-0.2 * style.fontSize)
        if len(frags) == 1 and not hasattr(frags[0], "cbDefn") and not style.endDots:
            f = frags[0]
            if split_part:
                # The first half of a split keeps its lines; reportlab stored them with kind=1.
                return f.clone(kind=0, lines=self.blPara.lines)
            text = f.text if hasattr(f, "text") else "".join(getattr(f, "words", []))
            cut = break_points(text, _text_widths(text, f.fontName, f.fontSize), maxWidths)
            lines = [(spare, [text[a:b].rstrip()]) for a, b, spare in cut]
            return f.clone(kind=0, lines=lines, ascent=f.fontSize, descent=-0.2 * f.fontSize)
        if split_part:
            return self.blPara
        units: list[Any] = []
        forced: set[int] = set()
        for f in frags:
            text = f.text.decode("utf8") if isinstance(f.text, bytes) else f.text
            if text:
                units.extend(cjkU(t, f, "utf8") for t in text)
            else:
                units.append(cjkU(text, f, "utf8"))
            if hasattr(f, "lineBreak"):
                forced.add(len(units) - 1)
        chars = "".join(u if len(u) == 1 else "\ufffc" for u in units)
        cut = break_points(chars, [u.width for u in units], maxWidths, frozenset(forced))
        autoleading = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        calc = autoleading not in ("", "off")
        out = []
        for n, (a, b, spare) in enumerate(cut):
            limit = maxWidths[min(n, len(maxWidths) - 1)]
            line_break = (b - 1) in forced
            out.append(makeCJKParaLine(units[a:b], limit, limit - spare, spare, line_break, calc))
        return ParaLines(kind=1, lines=out)



_templates: dict[tuple[str, str, float, float], ParaFrag] = {}
_ASCII_WS = re.compile(r"[ \t\r\n\f\v]+")


def plain_paragraph(text: str, style: ParagraphStyle) -> CJKParagraph:
    """A paragraph of plain text without running reportlab's XML parser (the batch print's hot path).

    Only for text the style's font covers entirely and without line breaks; whitespace runs are
    collapsed as the parser would.
    """
    key = (style.name, style.fontName, style.fontSize, style.leading)
    tpl = _templates.get(key)
    if tpl is None:
        _style, frags, _bullet = ParaParser().parse("x", style)
        tpl = _templates[key] = frags[0]
    clean = _ASCII_WS.sub(" ", text).strip(" ")  # str.split() would also eat the ideographic space
    return CJKParagraph(clean, style, frags=[tpl.clone(text=clean)])
