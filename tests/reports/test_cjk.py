"""Chinese line breaking (避头尾), Latin runs kept whole, font fallback, and the rendered lines themselves."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.reports.blocks import Kit
from desktop.reports.cjk import NO_END, NO_START, break_points, covers, markup
from desktop.reports.fonts import FontSet

PUNCT = "，。、；：？！）〕》”（〔《“"
ALPHABET = "抽查检查对象名录随机执法人员公示结果" + PUNCT + "0123456789AB"


def _lines(text: str, width: float, w: float = 10.0) -> list[str]:
    widths = [w / 2 if c.isascii() else w for c in text]
    return [text[a:b] for a, b, _spare in break_points(text, widths, [width])]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=300), st.integers(min_value=3, max_value=40))
def test_rules_hold_and_nothing_is_lost(text: str, per_line: int) -> None:
    lines = _lines(text, per_line * 10.0)
    assert "".join(lines) == text
    for n, line in enumerate(lines):
        assert line
        assert sum(5 if c.isascii() else 10 for c in line) <= per_line * 10 or len(line) == 1
        if n and len(lines[n - 1]) > 1:
            # The rules give way only when a line would otherwise be empty.
            assert line[0] not in NO_START or all(c in NO_START | NO_END for c in lines[n - 1])
        if n < len(lines) - 1 and len(line) > 1:
            assert line[-1] not in NO_END or all(c in NO_START | NO_END for c in line)


def test_closing_marks_pull_the_previous_character_down() -> None:
    lines = _lines("检查对象名录库。", 70.0)  # seven characters fit; the 。 may not start line two
    assert lines == ["检查对象名录", "库。"]
    assert _lines("执法人员（组长", 50.0) == ["执法人员", "（组长"]


def test_numbers_and_codes_stay_whole() -> None:
    lines = _lines("任务编号：咸公抽查〔2026〕1号，电话0715-8123456。", 120.0)
    joined = "|".join(lines)
    assert "2026" in joined.replace("|", "") and not any(ln.startswith(("026", "26", "6")) for ln in lines)
    assert any("0715-8123456" in ln for ln in lines)


def test_choices_break_between_options() -> None:
    text = "\u3000".join(f"□选项{k}很长的名称" for k in range(8))
    for line in _lines(text, 200.0)[1:]:
        assert line.startswith("□")


def test_random_paragraphs_render_inside_the_measure(fonts: FontSet) -> None:
    kit = Kit(fonts)
    rnd = random.Random(7)
    for _ in range(30):
        text = "".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(20, 200)))
        para = kit.para(text, "body")
        width, _height = para.wrap(300, 10_000)
        for line in para.blPara.lines:
            spare = line[0] if isinstance(line, tuple) else line.extraSpace
            assert spare >= -0.01


def test_missing_glyphs_fall_back_to_the_hei_font(fonts: FontSet) -> None:
    rare = "堃"  # not in GB 2312, so not in AR PL SungtiL GB
    if covers(fonts.song, rare):
        return  # the machine has a font that covers it (e.g. SimSun): nothing to fall back from
    marked = markup(f"张{rare}&李", fonts.song, fonts.hei)
    assert f'<font name="{fonts.hei}">{rare}</font>' in marked and "&amp;" in marked
    para = Kit(fonts).para(f"负责人：张{rare}", "body")
    assert any(getattr(f, "fontName", "") == fonts.hei for f in para.frags)
