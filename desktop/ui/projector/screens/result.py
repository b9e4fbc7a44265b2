"""结果: targets per risk class, teams, the result-hash fingerprint, its QR code, 抽取记录已生成."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.services.draw_view import DrawView
from desktop.ui.i18n import tr
from desktop.ui.projector.hex_groups import HexBlock, fingerprint
from desktop.ui.projector.qr import QrCode
from desktop.ui.projector.screens.base import Screen
from desktop.ui.projector.screens.targets import targets_by_class
from desktop.ui.projector.theme import Theme, label, set_tone

_CTX = "Projector"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def summary_rows(view: DrawView) -> list[tuple[str, str]]:
    """(label, value) lines of the result summary."""
    rows = [(name, tr(_CTX, "{n}个").format(n=len(items))) for name, items in targets_by_class(view)]
    people = {seat.staff_no for t in view.drawn for seat in t.team}
    rows.append((tr(_CTX, "检查对象合计"), tr(_CTX, "{n}个").format(n=len(view.drawn))))
    rows.append((tr(_CTX, "检查组"), tr(_CTX, "{n}个").format(n=sum(1 for t in view.drawn if t.team))))
    rows.append((tr(_CTX, "检查人员"), tr(_CTX, "{n}人").format(n=len(people))))
    return rows


class ResultScreen(Screen):
    """The end of the ceremony: what was drawn and the hash the record and the package carry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hash_title = label(tr(_CTX, "结果哈希（指纹）"), "strong", "accent")
        self.fingerprint = label("", "hex_huge", "accent")
        self.full_hash = HexBlock("hex")
        self.summary = QGridLayout()
        self._rows: list[tuple[str, str]] = []
        self._cells: list[tuple[QLabel, QLabel]] = []
        self.qr = QrCode()
        self.qr_caption = label(tr(_CTX, "扫码核对结果哈希"), "small", "muted",
                                align=Qt.AlignmentFlag.AlignCenter, wrap=True)
        self.status = label("", "title", "ok", wrap=True)
        left = self.left = QVBoxLayout()
        left.addLayout(self.summary)
        left.addStretch(1)
        right = self.right = QVBoxLayout()
        right.addWidget(self.qr, 1)
        right.addWidget(self.qr_caption)
        self.columns = QHBoxLayout()
        self.columns.addLayout(left, 3)
        self.columns.addLayout(right, 2)
        self.outer = QVBoxLayout(self)
        self.outer.addWidget(self.hash_title)
        self.outer.addWidget(self.fingerprint)
        self.outer.addWidget(self.full_hash)
        self.outer.addLayout(self.columns, 1)
        self.outer.addWidget(self.status)

    def update_view(self, view: DrawView, previous: DrawView | None) -> None:
        super().update_view(view, previous)
        self.fingerprint.setText(fingerprint(view.result_hash) if view.result_hash else tr(_CTX, "等待计算结果…"))
        self.full_hash.set_hex(view.result_hash, "")
        self.qr.set_text(view.result_hash)
        self.qr_caption.setVisible(bool(view.result_hash))
        self._rows = summary_rows(view) if view.result_hash else []
        if len(self._rows) != len(self._cells):
            # Rebuilt only when the number of lines changes; later views of the draw just set texts.
            self._build_summary(len(self._rows))
        for (name_cell, value_cell), (name, value) in zip(self._cells, self._rows, strict=True):
            name_cell.setText(name)
            value_cell.setText(value)
        if view.state == "locked":
            self.status.setText(tr(_CTX, "✔ 抽取记录已生成"))
            set_tone(self.status, "ok")
        elif view.state == "abandoned":
            self.status.setText(tr(_CTX, "✘ 本次摇号已中止，记录留存"))
            set_tone(self.status, "bad")
        else:
            self.status.setText(tr(_CTX, "结果已计算，锁定后生成抽取记录") if view.result_hash else "")
            set_tone(self.status, "muted")

    def _build_summary(self, count: int) -> None:
        while self.summary.count():
            item = self.summary.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._cells = []
        for row in range(count):
            cells = (label("", "heading", "muted"), label("", "heading", align=_RIGHT))
            self.summary.addWidget(cells[0], row, 0)
            self.summary.addWidget(cells[1], row, 1)
            self._cells.append(cells)
        self.summary.setColumnStretch(2, 1)
        self.theme.apply(self)

    def summary_texts(self) -> list[tuple[str, str]]:
        """The summary as shown."""
        return list(self._rows)

    def rescale(self, theme: Theme) -> None:
        super().rescale(theme)
        self.outer.setContentsMargins(theme.space(48), theme.space(20), theme.space(48), theme.space(24))
        self.outer.setSpacing(theme.space(12))
        self.columns.setSpacing(theme.space(48))
        self.left.setSpacing(theme.space(8))
        self.right.setSpacing(theme.space(8))
        self.summary.setHorizontalSpacing(theme.space(40))
        self.summary.setVerticalSpacing(theme.space(6))
