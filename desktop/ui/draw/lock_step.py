"""Step 6 锁定: lock the result (nothing in the draw changes afterwards), then export the publication package."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.draw_view import DrawView
from desktop.ui.draw.hex_format import group_hex


class LockStep(QWidget):
    """`primary` locks; `export_folder_button` / `export_zip_button` write the package once locked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.primary = QPushButton(self.tr("锁定并派发(&L)…"))
        self.primary.setMinimumHeight(36)
        self.task_label = QLabel()
        self.count_label = QLabel()
        self.hash_label = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(14)
        self.hash_label.setFont(mono)
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = QLabel()
        self.state_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        form = QFormLayout()
        form.addRow(self.tr("抽查任务："), self.task_label)
        form.addRow(self.tr("抽取结果："), self.count_label)
        form.addRow(self.tr("结果哈希："), self.hash_label)
        self.export_folder_button = QPushButton(self.tr("导出抽取包到文件夹(&E)…"))
        self.export_zip_button = QPushButton(self.tr("导出为 ZIP 文件(&Z)…"))
        # The 摇号抽取记录 that the host, operator, witnesses and supervisor sign after the lock.
        self.print_button = QPushButton(self.tr("打印摇号抽取记录(&P)…"))
        self.export_label = QLabel()
        self.export_label.setWordWrap(True)
        self.export_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        exports = QHBoxLayout()
        exports.addWidget(self.export_folder_button)
        exports.addWidget(self.export_zip_button)
        exports.addWidget(self.print_button)
        exports.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.primary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self.state_label)
        layout.addLayout(exports)
        layout.addWidget(self.export_label)
        layout.addStretch(1)

    def show_view(self, view: DrawView | None) -> None:
        """Summary of the result to be locked; exports once it is."""
        locked = view is not None and view.state == "locked"
        self.primary.setEnabled(view is not None and view.state == "computed")
        self.export_folder_button.setEnabled(locked)
        self.export_zip_button.setEnabled(locked)
        self.print_button.setEnabled(locked)
        rehearsal = view is not None and view.rehearsal
        self.intro.setText(self.tr("锁定后，演练结果不可更改；演练不派发任务，也不计入抽取次数。") if rehearsal else self.tr(
            "锁定后，抽取结果、检查组和现场事件均不可更改，任务随即派发。"
            "随后导出抽取包（冻结文件、draw.json、结果、独立校验程序），供公示和归档。"))
        self.primary.setText(self.tr("锁定演练结果(&L)…") if rehearsal else self.tr("锁定并派发(&L)…"))
        if view is None:
            return
        self.task_label.setText(self.tr("{number}　{name}").format(number=view.task_number, name=view.task_name))
        self.count_label.setText(self.tr("{n} 个检查对象，{e} 条现场事件").format(n=len(view.drawn), e=len(view.events)))
        self.hash_label.setText(group_hex(view.result_hash, 8) if view.result_hash else "")
        if locked:
            self.state_label.setText(self.tr("✔ 已锁定") if not view.rehearsal else self.tr("✔ 演练结果已锁定（不派发）"))
            self.state_label.setStyleSheet("font-size: 16pt; font-weight: bold; color: #1d6b34;")
        else:
            self.state_label.setText(self.tr("尚未锁定"))
            self.state_label.setStyleSheet("font-size: 16pt; font-weight: bold; color: #777;")

    def show_export(self, text: str) -> None:
        """Where the package was written (or why not)."""
        self.export_label.setText(text)
