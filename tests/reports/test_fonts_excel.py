"""Font discovery (configured, system, CID fallback) and the Excel exports."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from openpyxl import load_workbook

from desktop.reports import excel
from desktop.reports.fonts import CID_FALLBACK, FontSet, load_fonts
from tests.reports import samples as s

SONG = Path("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf")


def test_system_fonts_are_truetype_and_distinct(fonts: FontSet) -> None:
    assert fonts.embedded
    assert fonts.song != CID_FALLBACK and fonts.hei != fonts.song
    assert fonts.title_font == (fonts.title or fonts.hei)


def test_configured_font_wins_and_bad_ones_are_reported(tmp_path: Path) -> None:
    copy = tmp_path / "bureau-song.ttf"
    shutil.copy(SONG, copy)
    otf = tmp_path / "NotoSerifCJK.otf"
    otf.write_bytes(b"OTTO" + b"\0" * 64)
    got = load_fonts({"song": copy, "hei": otf, "kai": tmp_path / "missing.ttf"})
    system = load_fonts()
    assert got.song != system.song  # registered from the configured file
    assert any("黑体" in w and "NotoSerifCJK.otf" in w for w in got.warnings)
    assert any("楷体" in w and "missing.ttf" in w for w in got.warnings)
    assert got.hei == system.hei  # fell back to the system's 黑体


def test_no_fonts_at_all_falls_back_to_cid_with_a_warning(tmp_path: Path) -> None:
    got = load_fonts({}, search_dirs=[tmp_path])
    assert not got.embedded and got.song == got.hei == CID_FALLBACK
    assert any("不嵌入" in w for w in got.warnings)


def test_linux_fang_stand_in_is_named(tmp_path: Path) -> None:
    got = load_fonts({}, search_dirs=[Path("/usr/share/fonts")])
    assert got.fang == got.kai and any("仿宋" in w and "楷体" in w for w in got.warnings)


def test_publication_excel_layout() -> None:
    buf = io.BytesIO()
    assert excel.write_publication_xlsx(s.publication_doc(), buf) == 12
    ws = load_workbook(io.BytesIO(buf.getvalue())).active
    assert [c.value for c in ws[1]] == list(excel.PUBLICATION_HEADERS)
    second = [c.value for c in ws[3]]
    assert second[:5] == [s.TASK_NO, s.TASK.name, s.ORG, s.LONG_NAME, s.uscc(2)] and second[5] == "2026-12-10"
    assert all(s.ID_NUMBER not in str(c.value) for row in ws.iter_rows() for c in row)


def test_item_and_plan_excel() -> None:
    buf = io.BytesIO()
    assert excel.write_items_xlsx(s.items_doc(), buf) == 6
    ws = load_workbook(io.BytesIO(buf.getvalue())).active
    assert [c.value for c in ws[1]] == list(excel.ITEM_HEADERS)
    assert "1. 检查要点1" in ws["N2"].value and s.MOBILE not in str(ws["O2"].value)
    buf = io.BytesIO()
    assert excel.write_plan_xlsx(s.plan_doc(), buf) == 4
    ws = load_workbook(io.BytesIO(buf.getvalue())).active
    assert ws.title == "2026年度抽查计划" and ws["E2"].value == "2026-03-01"
