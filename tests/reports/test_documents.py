"""Every document renders from plain data: its text, embedded fonts, stable pages, nothing outside the text block."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.reports import (
    doc_annual,
    doc_draw,
    doc_letters,
    doc_lists,
    doc_notices,
    doc_public,
    doc_record,
    doc_report,
)
from desktop.reports.fonts import FontSet
from desktop.reports.page import text_block
from tests.reports import samples as s
from tests.reports.conftest import flat, page_texts, pdf_text, pdffonts, text_runs

Renderer = Callable[[FontSet, Path], int]

# kind → (render, landscape, public, texts that must appear)
DOCS: dict[str, tuple[Renderer, bool, bool, tuple[str, ...]]] = {
    "items": (lambda f, p: doc_lists.render_items(s.items_doc(), f, p), True, True,
              ("随机抽查事项清单", "XN-001", "检查要点4", "2026年1月15日")),
    "plan": (lambda f, p: doc_lists.render_plan(s.plan_doc(), f, p), True, True,
             ("2026年度抽查工作计划", "第3批旅馆业治安管理抽查", "市场监督管理局", "列入下年度计划", "2026年1月20日")),
    "announcement": (lambda f, p: doc_public.render_announcement(s.announcement_doc(), f, p), False, True,
                     ("抽查任务公告", "咸公抽告〔2026〕1号", s.TASK_NO, s.LONG_NAME, s.uscc(10), "2026年11月25日")),
    "draw-record": (lambda f, p: doc_draw.render_draw_record(s.draw_doc(), f, p), False, True,
                    ("摇号抽取记录", s.TASK_NO, "王见证", "31415926", s.LONG_NAME, "赵主持", "纪委监督员")),
    "notice": (lambda f, p: doc_notices.render_notice(s.notice_doc(), f, p), False, False,
               ("检查告知书", "咸公告〔2026〕3号", s.LONG_NAME, "鄂公执字第12345号", "2026年12月1日")),
    "record-sheet": (lambda f, p: doc_record.render_record_sheets(
        [s.record_sheet(1), s.record_sheet(2, "completed"), s.record_sheet(0, "blank")], f, p), False, False,
        ("抽查情况记录表", "咸安区第1号宾馆", s.uscc(2), "未登记访客信息", "空白表", "结果公示审批意见")),
    "rectification": (lambda f, p: doc_notices.render_rectification(s.rectification_doc(), f, p), False, False,
                      ("责令（限期）整改通知书", "咸公责改〔2026〕1号", "2026年12月20日前", "送达回执")),
    "report": (lambda f, p: doc_report.render_report(s.report_doc(), f, p), False, False,
               ("检查报告", "咸安区第1号宾馆", "未登记访客信息", "发现问题经责令已改正", "组长甲")),
    "publication": (lambda f, p: doc_public.render_publication(s.publication_doc(), f, p), True, True,
                    ("检查结果公告", s.LONG_NAME, s.uscc(12), "2026年12月10日", "发现问题经责令已改正")),
    "correction": (lambda f, p: doc_letters.render_correction(s.correction_doc(), f, p), False, True,
                   ("检查结果更正说明", "咸公更〔2027〕1号", "未发现问题", "局长甲", "2027年1月9日")),
    "review-feedback": (lambda f, p: doc_letters.render_review_feedback(s.feedback_doc("更正"), f, p), False, True,
                        ("异议复核结果反馈书", "咸公复〔2027〕1号", "2027年1月2日", "予以更正", "未发现问题")),
    "annual-report": (lambda f, p: doc_annual.render_annual_report(s.annual_doc(), f, p), False, True,
                      ("执行情况报告", "随机抽取检查对象20户", "图1", "图2", "咸公抽查〔2026〕2号")),
}


@pytest.fixture(scope="module")
def rendered(fonts: FontSet, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, int]]:
    out = tmp_path_factory.mktemp("docs")
    return {kind: (out / f"{kind}.pdf", render(fonts, out / f"{kind}.pdf")) for kind, (render, *_r) in DOCS.items()}


@pytest.mark.parametrize("kind", sorted(DOCS))
def test_text_fonts_and_page_count(kind: str, rendered: dict[str, tuple[Path, int]]) -> None:
    path, pages = rendered[kind]
    assert pages == len(PdfReader(path).pages) >= 1
    text = pdf_text(path)
    for needle in DOCS[kind][3]:
        assert flat(needle) in text, needle
    fonts = pdffonts(path)
    assert fonts and all(emb == "yes" for _name, emb in fonts), fonts
    assert not any(name.startswith(("Helvetica", "Times", "Courier")) for name, _emb in fonts)


@pytest.mark.parametrize("kind", sorted(k for k, v in DOCS.items() if v[2]))
def test_public_documents_never_show_an_id_number_or_mobile(kind: str, rendered: dict[str, tuple[Path, int]]) -> None:
    text = pdf_text(rendered[kind][0])
    assert s.ID_NUMBER not in text and s.MOBILE not in text


def test_public_documents_show_masked_values(rendered: dict[str, tuple[Path, int]]) -> None:
    assert "421***********1238"[:6] in pdf_text(rendered["publication"][0])
    assert "138****5678" in pdf_text(rendered["announcement"][0])


@pytest.mark.parametrize("kind", sorted(DOCS))
def test_output_is_reproducible(kind: str, fonts: FontSet, rendered: dict[str, tuple[Path, int]]) -> None:
    path, pages = rendered[kind]
    buf = io.BytesIO()
    assert DOCS[kind][0](fonts, buf) == pages  # type: ignore[arg-type]
    assert buf.getvalue() == path.read_bytes()


@pytest.mark.parametrize("kind", sorted(DOCS))
def test_no_text_outside_the_text_block(kind: str, rendered: dict[str, tuple[Path, int]]) -> None:
    x, y, w, h = text_block(DOCS[kind][1])
    runs = text_runs(rendered[kind][0])
    inside = [r for r in runs if r.top > y]
    assert inside
    for r in inside:
        assert r.x >= x - 0.5 and r.end <= x + w + 0.5 and r.top <= y + h + 0.5, (r.page, r.text, r.x, r.end)
    # Footers and page numbers sit under the block.
    assert all(r.top <= y for r in runs if r not in inside)


def test_long_names_and_check_points_wrap_inside_their_cells(fonts: FontSet, tmp_path: Path) -> None:
    long_item = s.d.RecordItem("旅馆业治安管理检查" * 3, s.check_points(40, long=True))
    path = tmp_path / "long.pdf"
    pages = doc_record.render_record_sheets([s.record_sheet(1, "prefilled", (long_item,))], fonts, path)
    assert pages > 3
    x, y, w, h = text_block(False)
    runs = [r for r in text_runs(path) if r.top > y]
    assert max(r.end for r in runs) > x + w - 40  # the long texts do reach the right edge
    assert all(r.x >= x - 0.5 and r.end <= x + w + 0.5 for r in runs)
    assert "第40条" in pdf_text(path)
    items = tmp_path / "items.pdf"
    doc_lists.render_items(s.items_doc(long_points=60), fonts, items)
    xw, yw, ww, hw = text_block(True)
    assert all(r.x >= xw - 0.5 and r.end <= xw + ww + 0.5 for r in text_runs(items) if r.top > yw)
    assert "检查要点60" in pdf_text(items)


def test_record_sheet_batch_numbers_pages_per_sheet(fonts: FontSet, tmp_path: Path) -> None:
    path = tmp_path / "batch.pdf"
    sheets = [s.record_sheet(n) for n in range(1, 4)]
    pages = doc_record.render_record_sheets(sheets, fonts, path)
    texts = page_texts(path)
    per_sheet = pages // 3
    assert pages == 3 * per_sheet
    for n, t in enumerate(texts):
        k = n % per_sheet + 1
        assert f"第{k}页共{per_sheet}页" in t and s.uscc(n // per_sheet + 1) in t


def test_draw_record_footer_and_rehearsal_mark(fonts: FontSet, tmp_path: Path) -> None:
    path = tmp_path / "rehearsal.pdf"
    doc = s.draw_doc(rehearsal=True, drawn=60)
    pages = doc_draw.render_draw_record(doc, fonts, path)
    fingerprint = flat(doc_draw.fingerprint(doc.result_hash))
    for n, t in enumerate(page_texts(path), start=1):
        assert fingerprint in t and f"第{n}页共{pages}页" in t and "演练" in t
    assert "摇号抽取记录（演练）" in pdf_text(path)


def test_page_numbers_alternate_sides(rendered: dict[str, tuple[Path, int]]) -> None:
    path, pages = rendered["items"]
    assert pages >= 2
    x, _y, w, _h = text_block(True)
    numbers = [r for r in text_runs(path) if r.text.strip().startswith("—")]
    odd = [r for r in numbers if r.page % 2]
    even = [r for r in numbers if not r.page % 2]
    assert odd and even
    assert all(r.x > x + w / 2 for r in odd) and all(r.x < x + w / 2 for r in even)
