"""Step 5 结果: drawn targets per risk class with their 抽签号 and teams, live events, the result hash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.draw_view import DrawnTarget, DrawView
from desktop.ui.draw.hex_format import group_hex
from desktop.ui.draw.result_model import ResultModel

KEY_PREFIX = 12  # hex digits of the 抽签号 shown; the full number is in the tooltip and the record


class ResultStep(QWidget):
    """`primary` computes; `recuse_button` and `unavailable_button` open the event dialogs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(self.tr("结果先计算、后展示：每个风险等级中抽签号最小的检查对象中签，再为每个检查对象匹配检查组。"))
        intro.setWordWrap(True)
        self.primary = QPushButton(self.tr("计算结果(&J)"))
        self.primary.setMinimumHeight(36)
        self.stage_label = QLabel()
        self.stage_label.setStyleSheet("color: #1f4e8c; font-weight: bold;")
        self.hash_label = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(12)
        self.hash_label.setFont(mono)
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = ResultModel(
            [self.tr("序号 · 抽签号"), self.tr("检查对象"), self.tr("统一社会信用代码"), self.tr("检查组")],
            self._class_text, self._target_texts, self._key_tip)
        self.tree = QTableView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setShowGrid(False)
        self.tree.setWordWrap(False)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.verticalHeader().hide()
        # Fixed row heights and column widths: a result of thousands of targets shows without measuring each.
        self.tree.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.tree.verticalHeader().setDefaultSectionSize(self.tree.fontMetrics().height() + 8)
        header = self.tree.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.tree.fontMetrics()
        for column, sample in enumerate(("0000. 0000 0000 0000…", "检" * 16, "0" * 20)):
            self.tree.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        self._shown: object = object()  # the view on display (nothing yet: not even None)
        self.events = QListWidget()
        self.recuse_button = QPushButton(self.tr("现场回避(&H)…"))
        self.unavailable_button = QPushButton(self.tr("检查对象无法检查(&U)…"))
        events_box = QGroupBox(self.tr("现场事件"))
        events_layout = QVBoxLayout(events_box)
        events_layout.addWidget(self.events, 1)
        events_buttons = QHBoxLayout()
        events_buttons.addWidget(self.recuse_button)
        events_buttons.addWidget(self.unavailable_button)
        events_buttons.addStretch(1)
        events_layout.addLayout(events_buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(events_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.primary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stage_label)
        layout.addWidget(self.hash_label)
        layout.addWidget(splitter, 1)
        self.order: list[str] = []  # stratum labels in risk-class order (A … D)

    def set_stage_text(self, text: str) -> None:
        """Which screen the display shows now."""
        self.stage_label.setText(text)

    def _team_text(self, target: DrawnTarget) -> str:
        return self.tr("；").join(self.tr("{role}：{name}（{staff}）").format(
            role=seat.role_label, name=seat.name, staff=seat.staff_no) for seat in target.team)

    def _class_text(self, stratum: str, quota: int, drawn: int) -> str:
        return self.tr("{stratum}（应抽 {quota}，已抽 {n}）").format(stratum=stratum, quota=quota, n=drawn)

    def _target_texts(self, target: DrawnTarget) -> tuple[str, str, str, str]:
        return (self.tr("{n}. {key}…").format(n=target.position, key=group_hex(target.key_hex[:KEY_PREFIX])),
                target.name, target.code, self._team_text(target))

    def _key_tip(self, target: DrawnTarget) -> str:
        return self.tr("抽签号：{key}").format(key=group_hex(target.key_hex))

    def show_view(self, view: DrawView | None) -> None:
        """Show the computed result (nothing before compute)."""
        computed = view is not None and view.state in ("computed", "locked")
        self.primary.setEnabled(view is not None and view.state == "revealed")
        self.recuse_button.setEnabled(view is not None and view.state == "computed")
        self.unavailable_button.setEnabled(view is not None and view.state == "computed")
        if view is self._shown:
            return  # the console refreshes on every key press; the same view needs no new rows
        self._shown = view
        if self.model.set_view(view, self.order):
            self.tree.clearSpans()
            for row in self.model.heading_rows():
                self.tree.setSpan(row, 0, 1, self.model.columnCount())
        self.events.clear()
        if view is None or not computed:
            self.hash_label.setText(self.tr("结果尚未计算"))
            return
        self.hash_label.setText(self.tr("结果哈希：{hash}").format(hash=group_hex(view.result_hash)))
        for line in view.events:
            self.events.addItem(self.tr("{seq}. {text}").format(seq=line.seq, text=line.text))
