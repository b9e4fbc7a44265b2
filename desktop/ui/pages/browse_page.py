"""Read-only browsing of 检查对象, 执法检查人员 or 抽查事项 with search, SQL sorting and a row count."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import settings
from desktop.ui.context import UiContext
from desktop.ui.i18n import tr
from desktop.ui.models.lazy_table_model import LazyTableModel

_CTX = "BrowsePage"
SEARCH_DEBOUNCE_MS = 300
MIN_COLUMN_WIDTH = 60
MAX_COLUMN_WIDTH = 320
MEASURED_ROWS = 60  # rows read to size the columns (a screenful, within the first chunk)


class BrowsePage(QWidget):
    """A searchable, sortable table of one roster or the item list."""

    def __init__(self, ctx: UiContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        with ctx.database.read() as session:
            risk_labels = dict(settings.get_profile(session).risk_labels)
        self.model = LazyTableModel(ctx.database, kind, risk_labels, self)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self._placeholder(kind))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaximumWidth(360)
        search_label = QLabel(tr(_CTX, "搜索(&S)："))
        search_label.setBuddy(self.search_edit)
        self.active_only = QCheckBox(self._active_caption(kind))
        self.count_label = QLabel()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(self._debounce.start)
        self.search_edit.returnPressed.connect(self.apply_search)
        self.active_only.toggled.connect(self._apply_filters)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(120)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # unsorted until a header is clicked
        header.setSectionsClickable(True)
        # Sorting is driven by hand, so the header never asks the model to sort an unsortable column.
        header.sectionClicked.connect(self._on_header_clicked)
        self._widen_columns()

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.active_only)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self.setTabOrder(self.search_edit, self.active_only)
        self.setTabOrder(self.active_only, self.view)
        self.model.modelReset.connect(self._update_count)
        self._update_count()

    @staticmethod
    def _placeholder(kind: str) -> str:
        return {
            "targets": tr(_CTX, "按名称或统一社会信用代码搜索"),
            "inspectors": tr(_CTX, "按姓名或警号/工号搜索"),
            "items": tr(_CTX, "按事项名称或编号搜索"),
        }.get(kind, tr(_CTX, "按名称或编码搜索"))

    @staticmethod
    def _active_caption(kind: str) -> str:
        return {
            "targets": tr(_CTX, "仅显示在册对象"),
            "inspectors": tr(_CTX, "仅显示在岗人员"),
            "items": tr(_CTX, "仅显示在用事项"),
        }.get(kind, tr(_CTX, "仅显示有效记录"))

    def _widen_columns(self) -> None:
        # Measure only about a screenful of rows (within the first chunk): a lazy model must not be
        # read in full to size its columns, and every measured cell costs several data() calls.
        self.view.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)
        self.view.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            width = self.view.columnWidth(col) + 12
            self.view.setColumnWidth(col, max(MIN_COLUMN_WIDTH, min(width, MAX_COLUMN_WIDTH)))

    def refresh(self) -> None:
        """Re-read the ids (rows changed elsewhere)."""
        self.model.reload()

    def apply_search(self) -> None:
        """Run the search now (the debounce timer calls this after typing stops)."""
        self._debounce.stop()
        self.model.set_search(self.search_edit.text().strip())

    def _apply_filters(self, checked: bool) -> None:
        self.model.set_filters({"active": True} if checked else {})

    def _on_header_clicked(self, column: int) -> None:
        if self.model.sort_column == column:
            order = (Qt.SortOrder.AscendingOrder if self.model.sort_order == Qt.SortOrder.DescendingOrder
                     else Qt.SortOrder.DescendingOrder)
        else:
            order = Qt.SortOrder.AscendingOrder
        self.model.sort(column, order)
        current = self.model.sort_column
        header = self.view.horizontalHeader()
        if current is None:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            header.setSortIndicator(current, self.model.sort_order)

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _update_count(self) -> None:
        self.count_label.setText(tr(_CTX, "共 {n} 条").format(n=f"{self.model.rowCount():,}"))

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Escape in the table clears the search, so the full list comes back without the mouse.
        if event.key() == Qt.Key.Key_Escape and self.search_edit.text():
            self.search_edit.clear()
            self.apply_search()
            return
        super().keyPressEvent(event)
