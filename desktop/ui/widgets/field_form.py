"""A form built from roster field definitions: one editor per field, the values and what the user changed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.core.roster_edit import display_value
from desktop.core.roster_fields import FieldDef
from desktop.ui.i18n import tr

Editor = QLineEdit | QPlainTextEdit | QCheckBox | QComboBox
# Field kinds chosen from a list; the combo box carries the stored value as item data.
_CHOICE_KINDS = frozenset({"risk", "gender", "item_kind", "id"})
_MULTILINE_HEIGHT = 64


class FieldForm(QWidget):
    """`set_values()` remembers the stored values; `changes()` returns only the fields edited since.

    Text fields give their text (the service parses it with the import rules), check boxes a bool,
    choice fields their stored code (risk class, 男/女, key/general, a department id or None).
    """

    def __init__(self, kind: str, fields: Sequence[FieldDef], *, risk_labels: Sequence[tuple[str, str]] = (),
                 departments: Sequence[tuple[int, str]] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.fields = list(fields)
        self._risk_labels = list(risk_labels)
        self._departments = list(departments)
        self.editors: dict[str, Editor] = {}
        self.labels: dict[str, QLabel] = {}
        self._original: dict[str, object] = {}
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in self.fields:
            editor = self._editor(f)
            label = QLabel(self.tr("{label}：").format(label=tr("labels", f.header)))
            label.setBuddy(editor)
            self.editors[f.key], self.labels[f.key] = editor, label
            self.form.addRow(label, editor)

    # -- building ------------------------------------------------------------------------

    def _editor(self, f: FieldDef) -> Editor:
        if f.kind == "bool":
            return QCheckBox()
        if f.kind == "multiline":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(_MULTILINE_HEIGHT)
            return text
        if f.kind in _CHOICE_KINDS:
            return self._choices(f)
        line = QLineEdit()
        line.setMaxLength(f.max_len)
        if f.kind == "date":
            line.setPlaceholderText(self.tr("如 2026-01-05；留空或“长期”表示无期限"))
        elif f.kind == "quals":
            line.setPlaceholderText(self.tr("多个资格用顿号分隔"))
        elif f.kind == "target_code":
            line.setPlaceholderText(self.tr("18位统一社会信用代码，或其他唯一编码"))
        return line

    def _choices(self, f: FieldDef) -> QComboBox:
        box = QComboBox()
        if f.kind == "risk":
            for code, label in self._risk_labels:
                box.addItem(self.tr("{code} {label}").format(code=code, label=tr("labels", label)), code)
        elif f.kind == "gender":
            for text, value in ((self.tr("（未填）"), ""), (self.tr("男"), "男"), (self.tr("女"), "女")):
                box.addItem(text, value)
        elif f.kind == "item_kind":
            box.addItem(self.tr("一般"), "general")
            box.addItem(self.tr("重点"), "key")
        else:  # a department
            box.addItem(self.tr("（无）"), None)
            for dept_id, name in self._departments:
                box.addItem(name, dept_id)
        return box

    def attach(self, key: str, widget: QWidget) -> None:
        """Put `widget` (a button) to the right of a field's editor, in the same row."""
        editor = self.editors[key]
        row = [f.key for f in self.fields].index(key)  # rows are never removed, only replaced in place
        self.form.takeRow(row)
        box = QWidget()
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(editor, 1)
        line.addWidget(widget)
        self.form.insertRow(row, self.labels[key], box)

    # -- values --------------------------------------------------------------------------

    def set_values(self, data: Mapping[str, object]) -> None:
        """Show stored values (and remember them, so `changes()` knows what was edited)."""
        labels = dict(self._risk_labels)
        for f in self.fields:
            value = data.get(f.key)
            editor = self.editors[f.key]
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QComboBox):
                index = editor.findData(value)
                if index < 0 and value not in (None, ""):
                    # A value the list does not offer (a department made inactive) stays selectable.
                    editor.addItem(str(value), value)
                    index = editor.count() - 1
                editor.setCurrentIndex(max(index, 0))
            else:
                text = display_value(self.kind, f.key, value, labels)
                if f.kind == "quals":
                    text = "、".join(p for p in str(value or "").split(",") if p)
                if isinstance(editor, QPlainTextEdit):
                    editor.setPlainText(text)
                else:
                    editor.setText(text)
                    editor.setCursorPosition(0)
        self._original = self.values()

    def value(self, key: str) -> object:
        """The current value of one field as the service takes it."""
        editor = self.editors[key]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        return editor.text()

    def set_value(self, key: str, value: object) -> None:
        """Put a value into one editor (tests, defaults); the remembered originals stay."""
        editor = self.editors[key]
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(value))
        else:
            editor.setText(str(value))

    def values(self) -> dict[str, object]:
        return {f.key: self.value(f.key) for f in self.fields}

    def changes(self) -> dict[str, object]:
        """The fields whose value differs from the one last set (text compared without outer spaces)."""
        out: dict[str, object] = {}
        for key, value in self.values().items():
            old = self._original.get(key)
            if isinstance(value, str) and isinstance(old, str):
                if value.strip() != old.strip():
                    out[key] = value
            elif value != old:
                out[key] = value
        return out

    def set_read_only(self, read_only: bool) -> None:
        """Lock every editor (a user who may only read, or a deactivated row)."""
        for editor in self.editors.values():
            if isinstance(editor, QLineEdit | QPlainTextEdit):
                editor.setReadOnly(read_only)
            else:
                editor.setEnabled(not read_only)
