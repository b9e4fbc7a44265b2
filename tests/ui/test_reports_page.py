"""报告与归档 page: statistics with charts, Excel, annual report, per-task printing, archive with cancel, verify."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from db.models import AuditEvent
from desktop.services import archive, documents
from desktop.ui.pages.reports_page import ReportsPage

LAST_YEAR = date.today().year - 1


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Files and folders the page asked the desktop to open."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url.toLocalFile()) or True))
    return urls


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def _page(qtbot, ctx) -> ReportsPage:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    return page


def test_statistics_tables_and_charts(qtbot, demo_ctx, demo) -> None:
    page = _page(qtbot, demo_ctx)
    assert page.year() == date.today().year
    assert page.stats is not None and len(page.stats.tasks) == 3 and page.stats.total.due == 0
    assert page.select_year(LAST_YEAR)
    stats = page.stats
    assert stats is not None and stats.year == LAST_YEAR and stats.total.published == 8
    risk = page.view.tables["risk"]
    assert risk.rowCount() == 5 and risk.item(4, 0).text() == "合计" and risk.item(4, 1).text() == "8"
    assert risk.item(4, 6).text() == "100.0%"
    headers = [risk.horizontalHeaderItem(c).text() for c in range(risk.columnCount())]
    assert "未发现问题" in headers and "发现问题待后续处理" in headers and "注销" not in headers
    assert [values for _label, values in page.view.charts["risk"].rows()] == [(2, 2), (3, 3), (2, 2), (1, 1)]
    assert page.view.charts["department"].rows() == [(stats.by_department[0].label, (8, 8))]
    assert page.view.tables["workload"].rowCount() == len(stats.workload) > 0
    assert "完成率100.0%" in page.summary.text() and "联合抽查1个" in page.summary.text()
    assert page.tasks.table.rowCount() == 1 and page.tasks.task() is not None
    assert page.tasks.task().number == demo.history_task_number
    page.grab()  # the charts paint without error


def test_excel_and_annual_report(qtbot, demo_ctx, monkeypatch, tmp_path, message_boxes, opened) -> None:
    page = _page(qtbot, demo_ctx)
    page.select_year(LAST_YEAR)
    _save_to(monkeypatch, tmp_path / "stats.xlsx")
    assert page.export_excel()
    wb = openpyxl.load_workbook(tmp_path / "stats.xlsx")
    assert "按风险等级" in wb.sheetnames and wb["汇总"]["B3"].value == LAST_YEAR
    _save_to(monkeypatch, tmp_path / "annual.pdf")
    assert page.print_annual_report()
    text = "".join(p.extract_text() or "" for p in PdfReader(tmp_path / "annual.pdf").pages)
    assert f"{LAST_YEAR}年度" in text
    assert opened == [str(tmp_path / "stats.xlsx"), str(tmp_path / "annual.pdf")]
    with demo_ctx.database.read() as s:
        warnings = documents.fonts_for(s).warnings
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "statistics.export")) == 1
    # Font warnings of the document engine reach the user.
    assert all(any(w in t for t in message_boxes.texts("information")) for w in warnings)


def test_print_menu_lists_every_document(qtbot, demo_ctx, monkeypatch, tmp_path, opened) -> None:
    page = _page(qtbot, demo_ctx)
    page.select_year(LAST_YEAR)
    page.tasks.fill_print_menu()
    menu = page.tasks.print_menu
    top = [a.text() for a in menu.actions()]
    assert top[:2] == ["抽查任务公告", "摇号抽取记录（第1次）"]
    for title in ("检查告知书", "抽查情况记录表", "责令（限期）整改通知书", "检查报告", "更正说明（第2版）", "复核结果反馈",
                  "检查结果公示表"):
        assert title in top
    sub = next(a.menu() for a in menu.actions() if a.text() == "责令（限期）整改通知书")
    assert sub is not None and len(sub.actions()) == 1
    _save_to(monkeypatch, tmp_path / "rect.pdf")
    sub.actions()[0].trigger()
    text = "".join(p.extract_text() or "" for p in PdfReader(tmp_path / "rect.pdf").pages)
    assert "送达回执" in text.replace(" ", "") and opened == [str(tmp_path / "rect.pdf")]


def test_archive_verify_and_cancel(qtbot, demo_ctx, monkeypatch, tmp_path, message_boxes, opened) -> None:
    page = _page(qtbot, demo_ctx)
    page.select_year(LAST_YEAR)
    number = page.tasks.task().number
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(out)))
    page.tasks.ask_archive(zip_file=False)
    dest = out / archive.suggested_name(number)
    assert (dest / "manifest.json").is_file() and opened == [str(dest)]
    assert any("已生成归档包" in t for t in message_boxes.texts("information"))
    page.tasks.ask_verify(zip_file=False)  # the folder dialog answers `out`: not an archive itself
    assert page.tasks.last_report is not None and page.tasks.last_report.error == "manifest_missing"
    page.tasks.verify(dest)
    assert page.tasks.last_report.ok
    (next((dest / "07_检查报告").iterdir())).write_bytes(b"changed")
    page.tasks.verify(dest)
    assert not page.tasks.last_report.ok
    assert "07_检查报告/" in message_boxes.texts("warning")[-1] and "已改动" in message_boxes.texts("warning")[-1]

    zip_path = out / "b.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(zip_path), "")))
    runner = demo_ctx.runner
    runner.progress.connect(lambda done, total, text: runner.cancel() if done >= 3 else None)
    page.tasks.ask_archive(zip_file=True)
    assert not zip_path.exists() and "已取消" in page.tasks.status.text()
    assert sorted(p.name for p in out.iterdir()) == [dest.name]  # nothing left behind
