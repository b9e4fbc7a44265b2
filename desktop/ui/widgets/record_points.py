"""The check-point table of the 抽查情况记录表: content | 是否符合 | 发现问题 | 处置, one row per point."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QLabel, QLineEdit, QWidget

from desktop.services.records import FindingDraft
from desktop.services.records_view import PointRow

# The record keeps 是否符合 as yes / no / not answered. 不适用 is stored as 符合 with the finding
# text starting "不适用", which is also how it reads on the printed sheet.
NOT_APPLICABLE = "不适用"
_NA_SEPARATOR = "："
_CHOICES = (None, "yes", "no", "na")


class RecordPoints(QFrame):
    """Widgets per row are kept in `compliance`, `finding_edits` and `disposal_edits` (row order)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._grid = QGridLayout(self)
        self._grid.setHorizontalSpacing(8)
        self._grid.setColumnStretch(1, 3)
        self._grid.setColumnStretch(3, 3)
        self._grid.setColumnStretch(4, 2)
        self._points: list[PointRow] = []
        self.compliance: list[QComboBox] = []
        self.finding_edits: list[QLineEdit] = []
        self.disposal_edits: list[QLineEdit] = []
        self._headers()

    def _headers(self) -> None:
        for c, text in enumerate((self.tr("序号"), self.tr("检查内容"), self.tr("是否符合"), self.tr("发现问题"),
                                  self.tr("处置"))):
            label = QLabel(text)
            label.setStyleSheet("font-weight: bold;")
            self._grid.addWidget(label, 0, c)

    def _clear(self) -> None:
        while self._grid.count() > 5:
            item = self._grid.takeAt(5)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Detach at once: a deleteLater()'d widget would still paint until the event loop runs.
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.compliance.clear()
        self.finding_edits.clear()
        self.disposal_edits.clear()

    def set_points(self, points: Sequence[PointRow]) -> None:
        """Show the task's check points with the answers recorded so far."""
        self.blockSignals(True)
        self._clear()
        self._points = list(points)
        for r, p in enumerate(self._points, start=1):
            seq = QLabel(str(p.seq))
            seq.setAlignment(Qt.AlignmentFlag.AlignCenter)
            content = QLabel(escape(p.content) if not p.guidance else
                             self.tr("{content}<br><span style='color:#666'>检查方法：{guidance}</span>").format(
                                 content=escape(p.content), guidance=escape(p.guidance)))
            content.setTextFormat(Qt.TextFormat.RichText)
            content.setWordWrap(True)
            combo = QComboBox()
            for label, value in zip((self.tr("未填写"), self.tr("符合"), self.tr("不符合"), self.tr("不适用")),
                                    _CHOICES, strict=True):
                combo.addItem(label, value)
            finding, disposal = QLineEdit(), QLineEdit()
            finding.setPlaceholderText(self.tr("不符合时必填"))
            disposal.setPlaceholderText(self.tr("如：当场责令改正"))
            choice, text = self._split(p)
            combo.setCurrentIndex(_CHOICES.index(choice))
            finding.setText(text)
            disposal.setText(p.disposal)
            content.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _i, row=r - 1: self._on_choice(row))
            finding.textChanged.connect(lambda _t: self.changed.emit())
            disposal.textChanged.connect(lambda _t: self.changed.emit())
            self._grid.addWidget(seq, r, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(content, r, 1, Qt.AlignmentFlag.AlignTop)
            for c, widget in enumerate((combo, finding, disposal), start=2):
                self._grid.addWidget(widget, r, c)
            self.compliance.append(combo)
            self.finding_edits.append(finding)
            self.disposal_edits.append(disposal)
            self._mark(r - 1)
        if not self._points:
            empty = QLabel(self.tr("本任务的抽查事项没有登记检查内容。"))
            self._grid.addWidget(empty, 1, 0, 1, 5)
        self.blockSignals(False)

    @staticmethod
    def _split(p: PointRow) -> tuple[str | None, str]:
        if p.compliant is None:
            return None, p.finding
        if p.compliant and p.finding.startswith(NOT_APPLICABLE):
            return "na", p.finding[len(NOT_APPLICABLE):].lstrip(_NA_SEPARATOR)
        return ("yes" if p.compliant else "no"), p.finding

    def _on_choice(self, row: int) -> None:
        self._mark(row)
        self.changed.emit()

    def _mark(self, row: int) -> None:
        # A 不符合 answer without a finding is what blocks submission: make that visible at once.
        needs_text = self.compliance[row].currentData() == "no"
        self.finding_edits[row].setPlaceholderText(
            self.tr("请填写发现的问题") if needs_text else self.tr("不符合时必填"))

    def set_editable(self, editable: bool) -> None:
        """Lock the answers of a record that can no longer change."""
        for widgets in (self.compliance, self.finding_edits, self.disposal_edits):
            for w in widgets:
                w.setEnabled(editable)

    def set_answer(self, row: int, choice: str | None, finding: str = "", disposal: str = "") -> None:
        """Fill one row: choice is None, "yes", "no" or "na"."""
        self.compliance[row].setCurrentIndex(_CHOICES.index(choice))
        self.finding_edits[row].setText(finding)
        self.disposal_edits[row].setText(disposal)

    def findings(self) -> tuple[FindingDraft, ...]:
        """The answers as drafts; unanswered rows are sent as not answered (compliant None)."""
        out = []
        for p, combo, finding, disposal in zip(self._points, self.compliance, self.finding_edits,
                                               self.disposal_edits, strict=True):
            choice, text = combo.currentData(), finding.text().strip()
            if choice == "na":
                compliant: bool | None = True
                text = NOT_APPLICABLE + (_NA_SEPARATOR + text if text else "")
            else:
                compliant = {None: None, "yes": True, "no": False}[choice]
            out.append(FindingDraft(p.check_point_id, compliant, text, disposal.text().strip()))
        return tuple(out)
