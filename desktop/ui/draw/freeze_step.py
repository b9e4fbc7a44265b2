"""Step 1 冻结与预演: freeze the rosters, run the dry-run, show the pool table and the four file hashes."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.sr1 import FILE_NAMES
from desktop.services.draw_view import DrawView
from desktop.ui.draw.hex_format import group_hex
from desktop.ui.widgets.simple_table import SimpleTable


class FreezeStep(QWidget):
    """`primary` freezes; `show_view` fills the tables; `show_message` explains a refusal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(self.tr("冻结检查对象名录、执法检查人员名录、回避关系和抽取规则，并用至少200组临时随机数预演，"
                               "确认每个检查对象都能配齐检查组。冻结后名录的任何改动都不影响本次摇号。"))
        intro.setWordWrap(True)
        self.primary = QPushButton(self.tr("冻结名录并预演(&F)"))
        self.primary.setMinimumHeight(36)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message.hide()
        self.strata = SimpleTable([self.tr("风险等级"), self.tr("名录数"), self.tr("可抽数"), self.tr("比例"),
                                   self.tr("应抽数")], stretch_all=True)
        self.strata.fit_height(4)
        self.order: list[str] = []  # stratum labels in risk-class order (A … D)
        self.hashes = SimpleTable([self.tr("文件"), self.tr("SHA-256")], stretch=1)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.hashes.setFont(mono)
        pool_box = QGroupBox(self.tr("抽取范围"))
        QVBoxLayout(pool_box).addWidget(self.strata)
        hash_box = QGroupBox(self.tr("冻结文件的 SHA-256"))
        QVBoxLayout(hash_box).addWidget(self.hashes)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.primary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(pool_box)
        layout.addWidget(hash_box)
        layout.addStretch(1)

    def show_message(self, text: str) -> None:
        """A refusal or failure, shown in red above the tables."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_view(self, view: DrawView | None, summary: str = "") -> None:
        """Fill the pool table and the hashes of a frozen draw."""
        self.primary.setEnabled(view is None)
        if view is None:
            return
        self.show_message("")
        if summary:
            self.summary.setText(summary)
        rank = {label: n for n, label in enumerate(self.order)}
        rows = sorted(view.strata, key=lambda s: (rank.get(s.stratum, len(rank)), s.stratum))
        self.strata.set_rows([(s.stratum, f"{s.base:,}", f"{s.eligible:,}", s.rule_text, f"{s.quota:,}")
                              for s in rows], align_right=(1, 2, 4))
        self.strata.fit_height(4)
        self.hashes.set_rows([(name, group_hex(view.file_sha256.get(name, ""))) for name in FILE_NAMES])
        self.hashes.fit_height(4)
