"""Pick one active inspector or target by typing part of its name or code (searched in SQL, first 50 shown)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from db.engine import Database
from desktop.services import browse

MAX_SHOWN = 50
_DEBOUNCE_MS = 250


class RosterPicker(QWidget):
    """`chosen(id)` when the selection changes; `selected_id()` is None until a row is chosen."""

    chosen = Signal(object)

    def __init__(self, database: Database, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.kind = kind
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("输入姓名或警号搜索") if kind == "inspectors"
                                            else self.tr("输入名称或统一社会信用代码搜索"))
        self.list = QListWidget()
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #666;")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_DEBOUNCE_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(self._timer.start)
        self.search_edit.returnPressed.connect(self._search_and_focus)
        self.list.currentItemChanged.connect(lambda _c, _p: self.chosen.emit(self.selected_id()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.search_edit)
        self.search()

    def search(self) -> None:
        """Show the first matches of the typed text among the active rows."""
        self._timer.stop()
        text = self.search_edit.text().strip()
        with self._database.read() as session:
            ids = browse.list_ids(session, self.kind, text, "name" if text else None, filters={"active": True})
            rows = browse.fetch_rows(session, self.kind, ids[:MAX_SHOWN])
        keys = [c.key for c in browse.columns(self.kind)]
        self.list.clear()
        for row in rows:
            values = dict(zip(keys, row[1:], strict=True))
            if self.kind == "inspectors":
                label = self.tr("{name}　警号 {staff_no}　{dept}").format(
                    name=values["name"], staff_no=values["staff_no"], dept=values.get("department") or "")
            else:
                label = self.tr("{name}　{code}").format(name=values["name"], code=values["code"])
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, row[0])
            self.list.addItem(item)
        if len(ids) > MAX_SHOWN:
            self.hint.setText(self.tr("共{n}条匹配，只列出前{m}条，请输入更多文字缩小范围").format(n=len(ids), m=MAX_SHOWN))
        else:
            self.hint.setText(self.tr("共{n}条匹配").format(n=len(ids)))
        if self.list.count() == 1:
            self.list.setCurrentRow(0)

    def _search_and_focus(self) -> None:
        self.search()
        if self.list.count():
            self.list.setFocus()
            if self.list.currentRow() < 0:
                self.list.setCurrentRow(0)

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))
