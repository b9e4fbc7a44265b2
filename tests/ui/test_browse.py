"""Browsing: SQL search and sort in the service, the lazy model (qtmodeltester), the page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.core.errors import DomainError
from desktop.services import browse
from desktop.ui.models import lazy_table_model
from desktop.ui.models.lazy_table_model import LazyTableModel
from desktop.ui.pages.browse_page import BrowsePage


def test_service_search_sort_and_filters(seeded) -> None:
    with seeded.read() as s:
        ids = browse.list_ids(s, "targets", "第01", "name", False)
        rows = browse.fetch_rows(s, "targets", ids)
        names = [r[2] for r in rows]
        assert names == sorted(names) and len(names) == 10  # 第010 … 第019
        desc = browse.list_ids(s, "targets", "", "code", True)
        codes = [r[1] for r in browse.fetch_rows(s, "targets", desc[:5])]
        assert codes == sorted(codes, reverse=True)
        assert len(browse.list_ids(s, "targets", filters={"active": True})) == 405
        # LIKE wildcards in the search text are literal.
        assert browse.list_ids(s, "targets", "%") == []
        assert len(browse.list_ids(s, "items", "XN-00")) == 2
        with pytest.raises(DomainError):
            browse.list_ids(s, "inspectors", sort_column="id_number")


def test_inspector_rows_are_masked(seeded) -> None:
    with seeded.read() as s:
        ids = browse.list_ids(s, "inspectors", sort_column="department")
        row = browse.fetch_rows(s, "inspectors", ids[:1])[0]
    keys = [c.key for c in browse.columns("inspectors")]
    values = dict(zip(keys, row[1:], strict=True))
    assert values["id_number"] == "421***********123X"
    assert values["phone"] == "138****5678"
    assert values["department"] == "治安管理大队"


def test_lazy_model_passes_qtmodeltester(qtmodeltester, seeded) -> None:
    model = LazyTableModel(seeded, "targets", {"A": "低风险"})
    qtmodeltester.check(model, force_py=False)
    inspectors = LazyTableModel(seeded, "inspectors")
    qtmodeltester.check(inspectors)
    qtmodeltester.check(LazyTableModel(seeded, "items"))


def test_lazy_model_fetches_in_chunks(seeded) -> None:
    model = LazyTableModel(seeded, "targets", {"A": "低风险", "B": "一般风险"})
    assert model.rowCount() == 450
    assert model.fetch_count == 0
    assert model.data(model.index(0, 1)) == "咸安区第000号宾馆"
    assert model.data(model.index(0, 3)) == "A 低风险"
    assert model.data(model.index(199, 1)) == "咸安区第199号宾馆"
    assert model.fetch_count == 1
    assert model.data(model.index(449, 1)) == "咸安区第449号宾馆"
    assert model.fetch_count == 2
    assert model.data(model.index(9, 9)) == "否"
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 1)) == "咸安区第449号宾馆"
    model.set_search("第12")
    assert [model.data(model.index(r, 1)) for r in range(model.rowCount())] == [
        f"咸安区第{n}号宾馆" for n in range(129, 119, -1)]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "名称"
    assert lazy_table_model.CHUNK_SIZE == 200


def test_browse_page_search_sort_and_count(qtbot, ctx, seeded) -> None:
    page = BrowsePage(ctx, "targets")
    qtbot.addWidget(page)
    page.show()
    assert page.count_label.text() == "共 450 条"
    qtbot.keyClicks(page.search_edit, "0449")  # ASCII typing goes through the debounce timer
    assert page.count_label.text() == "共 450 条"  # not yet: debounced
    qtbot.waitUntil(lambda: page.count_label.text() == "共 1 条", timeout=3000)
    assert page.model.data(page.model.index(0, 1)) == "咸安区第449号宾馆"
    page.search_edit.setText("宾馆")
    page.apply_search()
    assert page.count_label.text() == "共 450 条"
    page.active_only.setChecked(True)
    assert page.count_label.text() == "共 405 条"

    name_col = 1
    header = page.view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + _section_center(header, name_col))
    assert page.model.sort_column == name_col
    first = page.model.data(page.model.index(0, name_col))
    page._on_header_clicked(name_col)  # second click: descending
    assert page.model.sort_order == Qt.SortOrder.DescendingOrder
    assert page.model.data(page.model.index(0, name_col)) != first
    assert header.sortIndicatorSection() == name_col


def test_inspector_page_ignores_sorting_masked_columns(qtbot, ctx, seeded) -> None:
    page = BrowsePage(ctx, "inspectors")
    qtbot.addWidget(page)
    keys = [page.model.column_key(c) for c in range(page.model.columnCount())]
    page._on_header_clicked(keys.index("id_number"))
    assert page.model.sort_column is None
    assert page.view.horizontalHeader().sortIndicatorSection() == -1 or page.model.sort_column is None
    assert page.model.data(page.model.index(0, keys.index("id_number"))) == "421***********123X"


def _section_center(header, section):
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)
