"""Step 4 揭示: the secret, the seed, and the commitment recomputed from them beside the announced one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.draw_view import DrawView
from desktop.ui.draw.hex_format import group_hex, recomputed_commitment


class RevealStep(QWidget):
    """`primary` reveals; `matched` tells whether the recomputed commitment equals the announced one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(self.tr("揭示摇号前生成的密钥。种子由冻结文件、密钥和各位见证人的数字共同计算得出；"
                               "用揭示的密钥重新计算承诺值，应与摇号前公布的承诺值完全一致。"))
        intro.setWordWrap(True)
        self.primary = QPushButton(self.tr("揭示密钥(&R)"))
        self.primary.setMinimumHeight(36)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(15)
        self.secret = QLabel()
        self.seed = QLabel()
        self.announced = QLabel()
        self.recomputed = QLabel()
        for label in (self.secret, self.seed, self.announced, self.recomputed):
            label.setFont(mono)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict = QLabel()
        self.verdict.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        form = QFormLayout()
        form.addRow(self.tr("密钥："), self.secret)
        form.addRow(self.tr("种子："), self.seed)
        form.addRow(self.tr("公布的承诺值："), self.announced)
        form.addRow(self.tr("重新计算的承诺值："), self.recomputed)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.primary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self.verdict)
        layout.addStretch(1)
        self.matched = False

    def show_view(self, view: DrawView | None) -> None:
        """Fill in what the view reveals (the secret is empty before reveal)."""
        self.primary.setEnabled(view is not None and view.state == "witnessed")
        revealed = view is not None and bool(view.secret_hex)
        dash = self.tr("（揭示后显示）")
        self.announced.setText(group_hex(view.commit_hex, 8) if view is not None and view.commit_hex else dash)
        if view is None or not revealed:
            self.matched = False
            for label in (self.secret, self.seed, self.recomputed):
                label.setText(dash)
            self.verdict.setText("")
            return
        again = recomputed_commitment(view)
        self.matched = bool(again) and again == view.commit_hex
        self.secret.setText(group_hex(view.secret_hex, 8))
        self.seed.setText(group_hex(view.seed_hex, 8))
        self.recomputed.setText(group_hex(again, 8) if again else dash)
        if self.matched:
            self.verdict.setText(self.tr("✔ 承诺值一致：密钥在见证人给出数字之前已经确定"))
            self.verdict.setStyleSheet("font-size: 18pt; font-weight: bold; color: #1d6b34;")
        else:
            self.verdict.setText(self.tr("✘ 承诺值不一致，请立即中止本次摇号"))
            self.verdict.setStyleSheet("font-size: 18pt; font-weight: bold; color: #b00020;")
