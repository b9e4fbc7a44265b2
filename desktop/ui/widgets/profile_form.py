"""A form for the rule profile's numbers, switches and choices, built from the RuleProfile fields."""

from __future__ import annotations

import types
import typing
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QSpinBox, QWidget

from desktop.core import profiles
from desktop.ui.i18n import tr
from desktop.ui.profile_text import choice_labels, field_labels, optional_none_text

_CTX = "ProfileForm"
_SPIN_MAX = 10_000


def _kind(annotation: Any) -> tuple[str, tuple[Any, ...]]:
    """Classify a field type: int, int_opt, bool or choice (with its values); other kinds are skipped."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if annotation is bool:
        return "bool", ()
    if annotation is int:
        return "int", ()
    if origin is typing.Literal:
        return "choice", args
    if origin in (types.UnionType, typing.Union) and set(args) == {int, type(None)}:
        return "int_opt", ()
    return "other", ()


class ProfileForm(QWidget):
    """Editors for every labelled rule field; `values()` returns the edited values by field name."""

    def __init__(self, profile: profiles.RuleProfile, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: dict[str, QWidget] = {}
        self._kinds: dict[str, str] = {}
        hints = typing.get_type_hints(profiles.RuleProfile)
        labels = field_labels()
        choices = choice_labels()
        form = QFormLayout(self)
        self._preset_label = QLabel()
        self._preset_label.setWordWrap(True)
        form.addRow(self._preset_label)
        for name in profiles.RULE_FIELDS:
            kind, args = _kind(hints[name])
            if kind == "other" or name not in labels:
                continue
            editor: QWidget
            if kind == "bool":
                editor = QCheckBox()
            elif kind == "choice":
                combo = QComboBox()
                for value in args:
                    combo.addItem(choices.get(value, value), value)
                editor = combo
            else:
                spin = QSpinBox()
                spin.setRange(0, _SPIN_MAX)
                if kind == "int_opt":
                    # 0 stands for "not set" (None): every optional rule's valid values start at 1.
                    spin.setSpecialValueText(optional_none_text(name))
                editor = spin
            editor.setObjectName(name)
            editor.setEnabled(editable)
            form.addRow(labels[name] + tr(_CTX, "："), editor)
            self.editors[name] = editor
            self._kinds[name] = kind
        self.set_profile(profile)

    def set_profile(self, profile: profiles.RuleProfile) -> None:
        """Show the values of `profile`."""
        self._preset_label.setText(tr(_CTX, "当前依据：{name} — {source}").format(
            name=profile.name, source=profile.source))
        for name, editor in self.editors.items():
            value = getattr(profile, name)
            kind = self._kinds[name]
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, QSpinBox):
                editor.setValue(0 if value is None and kind == "int_opt" else int(value))

    def values(self) -> dict[str, Any]:
        """The edited values, typed like the RuleProfile fields."""
        out: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                out[name] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                out[name] = editor.currentData()
            elif isinstance(editor, QSpinBox):
                value = editor.value()
                out[name] = None if self._kinds[name] == "int_opt" and value == 0 else value
        return out

    def changes_from(self, profile: profiles.RuleProfile) -> dict[str, Any]:
        """Only the values that differ from `profile`."""
        return {k: v for k, v in self.values().items() if getattr(profile, k) != v}
