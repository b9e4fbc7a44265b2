"""Step 2 承诺: fix the secret and announce the commitment before any witness gives digits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.draw_view import DrawView
from desktop.ui.draw.hex_format import group_hex


class CommitStep(QWidget):
    """`primary` commits; the commitment is shown upper-case, grouped by four, large enough to read out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(self.tr("系统用操作系统的安全随机数生成一个保密的密钥，并公布它与冻结文件共同计算出的承诺值。"
                               "承诺值公布（并打印）之后，才请见证人写下数字；揭示密钥后任何人都可核对承诺值。"))
        intro.setWordWrap(True)
        self.primary = QPushButton(self.tr("生成并公布承诺值(&C)"))
        self.primary.setMinimumHeight(36)
        caption = QLabel(self.tr("承诺值（SHA-256）"))
        caption.setStyleSheet("font-size: 14pt; color: #444;")
        self.commit_label = QLabel(self.tr("尚未生成"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(26)
        font.setBold(True)
        self.commit_label.setFont(font)
        self.commit_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.commit_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.commit_label.setStyleSheet("background: #f4f6fa; border: 1px solid #c8d0dc; padding: 18px;")
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.primary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addStretch(1)
        layout.addWidget(caption, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.commit_label)
        layout.addStretch(2)

    def show_view(self, view: DrawView | None) -> None:
        """Show the commitment once there is one."""
        committed = view is not None and bool(view.commit_hex)
        self.primary.setEnabled(view is not None and view.state == "frozen")
        self.commit_label.setText(group_hex(view.commit_hex, 8) if view is not None and committed
                                  else self.tr("尚未生成"))
