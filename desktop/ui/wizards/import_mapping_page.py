"""Import wizard, column mapping: which field each heading of the file feeds (pre-filled, remembered after import)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from desktop.core import roster_fields as rf
from desktop.services.settings import get_profile

if TYPE_CHECKING:
    from desktop.ui.wizards.import_wizard import ImportWizard

_SKIP = ""  # the 不导入 choice


class ImportMappingPage(QWizardPage):
    """One row per heading: the file's heading, a sample value and a field box (or 不导入)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("对应表头"))
        self.setSubTitle(self.tr("文件的表头与模板不完全一致。请为每一列选择对应的字段；不需要的列选“不导入”。"
                                 "导入成功后会记住这一对应关系，下次同样表头的文件无需再选。"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("文件中的列"), self.tr("第一行数据"), self.tr("对应字段")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, 240)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.missing_label)
        self.boxes: list[QComboBox] = []
        self._required: frozenset[str] = frozenset()
        self._auto: dict[int, str] = {}

    def initializePage(self) -> None:
        checked = self._wizard.checked
        assert checked is not None
        kind = checked.kind
        headers = checked.headers
        sample = checked.cells[checked.header_index + 1] if len(checked.cells) > checked.header_index + 1 else []
        remembered = dict(checked.mapping)
        with self._wizard.ctx.database.read() as session:
            self._required = rf.required_keys(kind, get_profile(session).required_target_fields)
        # What the headings match by themselves (template names and aliases).
        auto = {index: key for key, index in rf.match_headers(kind, headers, frozenset()).columns.items()}
        self._auto = auto
        self.table.setRowCount(len(headers))
        self.boxes = []
        for row, heading in enumerate(headers):
            self.table.setItem(row, 0, QTableWidgetItem(heading))
            self.table.setItem(row, 1, QTableWidgetItem(str(sample[row]) if row < len(sample) else ""))
            box = QComboBox()
            box.addItem(self.tr("（不导入）"), _SKIP)
            for f in rf.FIELDS[kind]:
                if f.kind != "info":
                    box.addItem(f.header, f.key)
            wanted = self._key(kind, remembered.get(heading, "")) or auto.get(row, _SKIP)
            box.setCurrentIndex(max(0, box.findData(wanted)))
            box.currentIndexChanged.connect(lambda _i: self._show_missing())
            self.table.setCellWidget(row, 2, box)
            self.boxes.append(box)
        self._show_missing()

    @staticmethod
    def _key(kind: str, target: str) -> str:
        """A remembered mapping names a field by heading or key: the key."""
        for f in rf.FIELDS[kind]:
            if target in (f.header, f.key):
                return f.key
        return ""

    def assignments(self) -> dict[str, str]:
        """Heading → field key of every column the user chose a field for."""
        checked = self._wizard.checked
        headers = checked.headers if checked else []
        return {headers[row]: str(box.currentData()) for row, box in enumerate(self.boxes)
                if box.currentData() != _SKIP and row < len(headers) and headers[row].strip()}

    def set_field(self, heading: str, key: str) -> None:
        """Assign a field to the column with this heading (tests, keyboard-free use)."""
        checked = self._wizard.checked
        row = checked.headers.index(heading) if checked else -1
        self.boxes[row].setCurrentIndex(max(0, self.boxes[row].findData(key or _SKIP)))

    def _missing(self) -> list[str]:
        checked = self._wizard.checked
        if checked is None:
            return []
        chosen = set(self.assignments().values())
        return [f.header for f in rf.FIELDS[checked.kind] if f.key in self._required and f.key not in chosen]

    def _show_missing(self) -> None:
        missing = self._missing()
        if missing:
            self.missing_label.setText(self.tr("尚未对应的必填字段：{fields}").format(fields="、".join(missing)))
            self.missing_label.setStyleSheet("color: #b00020;")
        else:
            self.missing_label.setText(self.tr("必填字段都已对应。"))
            self.missing_label.setStyleSheet("color: #1b5e20;")

    def validatePage(self) -> bool:
        checked = self._wizard.checked
        assert checked is not None
        chosen = self.assignments()
        seen: dict[str, str] = {}
        for heading, key in chosen.items():
            if key in seen:
                QMessageBox.warning(self, self.tr("对应表头"), self.tr("“{a}”和“{b}”都对应到了“{field}”，每个字段只能对应一列。").format(
                    a=seen[key], b=heading, field=rf.field_label(checked.kind, key)))
                return False
            seen[key] = heading
        # A heading named like a template field is read as that field even when set to 不导入.
        kept = [checked.headers[row] for row, box in enumerate(self.boxes)
                if box.currentData() == _SKIP and row in self._auto]
        if kept and QMessageBox.question(self, self.tr("对应表头"), self.tr(
                "以下列的列名与模板字段相同，仍会按模板导入：{columns}\n如不需要，请在文件中删除这些列。是否继续？").format(
                columns="、".join(kept))) != QMessageBox.StandardButton.Yes:
            return False
        wizard = self._wizard
        wizard.mapping = {heading: rf.field_label(checked.kind, key) for heading, key in chosen.items()}
        return wizard.run_check()
