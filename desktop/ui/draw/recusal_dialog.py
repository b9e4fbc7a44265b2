"""现场回避: a drawn member leaves a team; the same role is drawn again with fresh digits, or assigned by the approver."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.sr1 import normalize_witness
from desktop.services.draw_support import Candidate
from desktop.services.draw_view import DrawView
from desktop.ui.widgets.form_bits import dialog_buttons
from desktop.ui.widgets.screen_fit import fit_size

SYSTEM_DIGITS = 12
# (target code, inspector staff no, callback receiving the acceptable candidates)
CandidateLoader = Callable[[str, str, Callable[[tuple[Candidate, ...]], None]], None]


class RecusalDialog(QDialog):
    """`manual` = the profile's replacement_mode is "manual": the approver picks from acceptable inspectors."""

    def __init__(self, view: DrawView, *, manual: bool, needs_approval: bool,
                 load_candidates: CandidateLoader | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("现场回避"))
        self._view = view
        self._manual = manual
        self._needs_approval = needs_approval
        self._load_candidates = load_candidates
        self.target = QComboBox()
        for t in view.drawn:
            self.target.addItem(self.tr("{n}. {name}（{code}）").format(n=t.position, name=t.name, code=t.code),
                                t.code)
        self.member = QComboBox()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("例如：与检查对象负责人系近亲属"))
        self.approver = QLineEdit()
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("检查对象(&T)："), self.target)
        form.addRow(self.tr("回避人员(&M)："), self.member)
        form.addRow(self.tr("回避原因(&R)："), self.reason)
        # Drawn replacement: fresh digits from a witness, or from the OS CSPRNG when none is present.
        self.from_witness = QRadioButton(self.tr("见证人给出数字(&W)"))
        self.from_system = QRadioButton(self.tr("由系统生成(&S)"))
        self.source = QButtonGroup(self)
        self.source.addButton(self.from_witness)
        self.source.addButton(self.from_system)
        self.witness = QComboBox()
        for card in view.witnesses:
            self.witness.addItem(self.tr("{seat}号 {name}").format(seat=card.seat, name=card.name), card.name)
        self.digits = QLineEdit()
        self.digits.setPlaceholderText(self.tr("4–64 位数字"))
        self.generate = QPushButton(self.tr("生成(&G)"))
        self.generate.clicked.connect(self._generate)
        self.replacement = QComboBox()
        if manual:
            form.addRow(self.tr("替换人员(&P)："), self.replacement)
        else:
            source_row = QHBoxLayout()
            source_row.addWidget(self.from_witness)
            source_row.addWidget(self.witness)
            source_row.addWidget(self.from_system)
            source_row.addStretch(1)
            digits_row = QHBoxLayout()
            digits_row.addWidget(self.digits, 1)
            digits_row.addWidget(self.generate)
            form.addRow(self.tr("随机数字来源："), source_row)
            digits_label = QLabel(self.tr("数字(&D)："))
            digits_label.setBuddy(self.digits)
            form.addRow(digits_label, digits_row)
        if needs_approval:
            form.addRow(self.tr("审批人(&A)："), self.approver)
        self.from_witness.setChecked(bool(view.witnesses))
        self.from_system.setChecked(not view.witnesses)
        self.from_witness.setEnabled(bool(view.witnesses))
        self.source.buttonToggled.connect(lambda *_: self._sync_source())
        buttons = dialog_buttons(self, self.tr("记录回避"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.target.currentIndexChanged.connect(self._fill_members)
        self.member.currentIndexChanged.connect(self._fill_candidates)
        self._fill_members()
        self._sync_source()
        fit_size(self, 620, 300)

    def _fill_members(self) -> None:
        code = self.target.currentData()
        team = next((t.team for t in self._view.drawn if t.code == code), ())
        self.member.blockSignals(True)
        self.member.clear()
        for seat in team:
            self.member.addItem(self.tr("{role} {name}（{staff}，{dept}）").format(
                role=seat.role_label, name=seat.name, staff=seat.staff_no, dept=seat.department), seat.staff_no)
        self.member.blockSignals(False)
        self._fill_candidates()

    def _fill_candidates(self) -> None:
        self.replacement.clear()
        target, member = self.target.currentData(), self.member.currentData()
        if not self._manual or self._load_candidates is None or target is None or member is None:
            return
        self._load_candidates(str(target), str(member), self.show_candidates)

    def show_candidates(self, found: tuple[Candidate, ...]) -> None:
        """The acceptable inspectors for the selected member's role (computed by the service)."""
        self.replacement.clear()
        for c in found:
            self.replacement.addItem(self.tr("{name}（{staff}，{dept}）").format(
                name=c.name, staff=c.staff_no, dept=c.department), c.staff_no)
        if not found:
            self.message.setText(self.tr("没有符合条件的替换人员"))

    def _sync_source(self) -> None:
        system = self.from_system.isChecked()
        self.witness.setEnabled(not system)
        self.generate.setEnabled(system)
        self.digits.setReadOnly(system)
        if system and not self.digits.text():
            self._generate()
        elif not system:
            self.digits.clear()

    def _generate(self) -> None:
        self.digits.setText(f"{secrets.randbelow(10 ** SYSTEM_DIGITS):0{SYSTEM_DIGITS}d}")

    def event_payload(self) -> dict[str, Any]:
        """The SR1 recusal event (plus the reason and where the digits came from, for the record)."""
        payload: dict[str, Any] = {"type": "recuse", "target": str(self.target.currentData()),
                                   "inspector": str(self.member.currentData())}
        if self._manual:
            payload["replacement"] = str(self.replacement.currentData())
        else:
            payload["entropy"] = self.digits.text().strip()
            payload["entropy_by"] = ("system" if self.from_system.isChecked()
                                     else f"witness:{self.witness.currentData()}")
        payload["reason"] = self.reason.text().strip()
        return payload

    def approved_by(self) -> str:
        """The approver's name ('' when the profile needs no approval)."""
        return self.approver.text().strip() if self._needs_approval else ""

    def _problem(self) -> str:
        if self.target.currentData() is None or self.member.currentData() is None:
            return self.tr("请选择检查对象和回避人员")
        if not self.reason.text().strip():
            return self.tr("请填写回避原因")
        if self._manual and self.replacement.currentData() is None:
            return self.tr("请选择替换人员")
        if not self._manual:
            try:
                normalize_witness(self.digits.text())
            except DomainError:
                return self.tr("请填写 4–64 位数字")
        if self._needs_approval and not self.approver.text().strip():
            return self.tr("请填写审批人")
        return ""

    def accept(self) -> None:
        problem = self._problem()
        if problem:
            self.message.setText(problem)
            return
        super().accept()
