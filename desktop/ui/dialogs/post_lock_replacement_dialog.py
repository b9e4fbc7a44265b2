"""锁定后更换检查人员: an approver replaces one member of a locked draw's team; the draw itself stays verifiable."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import roles
from desktop.core.errors import DomainError
from desktop.core.sr1 import normalize_witness
from desktop.services import replacements, settings
from desktop.services.draw_support import Candidate
from desktop.services.replacements import ReplacementRow, TeamToChange
from desktop.ui.context import UiContext
from desktop.ui.i18n import exception_text
from desktop.ui.widgets.form_bits import buddy_form
from desktop.ui.widgets.screen_fit import fit_size

WITNESS, SYSTEM, MANUAL = "witness", "system", "manual"


class PostLockReplacementDialog(QDialog):
    """After a successful change `result_row` holds what was done and the dialog is accepted."""

    def __init__(self, ctx: UiContext, draw_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("锁定后更换检查人员"))
        self._ctx = ctx
        self._draw_id = draw_id
        self._teams: list[TeamToChange] = []
        self._manual = False
        self._candidates_for: tuple[str, str] | None = None
        self._busy = False
        self._load_error = ""
        self.result_row: ReplacementRow | None = None
        self.is_approver = roles.APPROVER in ctx.actor.roles

        explanation = QLabel(self.tr(
            "摇号结果已经锁定，不会被改动，公示数据包仍可独立验证。本次更换作为锁定后事件，连同更换原因、"
            "审批人和所用随机数字记入数据包的 post_lock_events.json，任何人都可以复核。更换一经确认不可撤销。"))
        explanation.setWordWrap(True)
        self.role_notice = QLabel(self.tr("只有审批人可以办理锁定后的人员更换。请由具有审批人角色的用户登录后办理。"))
        self.role_notice.setWordWrap(True)
        self.role_notice.setStyleSheet("color: #b00020; font-weight: bold;")
        self.role_notice.setVisible(not self.is_approver)

        self.target = QComboBox()
        self.member = QComboBox()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("例如：岗位调整、健康原因、回避"))
        self.approver = QLineEdit(ctx.actor.display_name)
        form = buddy_form(((self.tr("检查对象(&T)："), self.target), (self.tr("更换人员(&M)："), self.member),
                           (self.tr("更换原因(&R)："), self.reason), (self.tr("审批人(&A)："), self.approver)))

        self.from_witness = QRadioButton(self.tr("见证人给出数字(&W)"))
        self.from_system = QRadioButton(self.tr("无见证人：由系统随机生成(&S)"))
        self.by_approver = QRadioButton(self.tr("由审批人指定(&P)"))
        self.digits = QLineEdit()
        self.digits.setPlaceholderText(self.tr("4–64 位数字，由见证人当场给出"))
        self.replacement = QComboBox()
        self.source = QButtonGroup(self)
        grid = QGridLayout()
        grid.addWidget(self.from_witness, 0, 0)
        grid.addWidget(self.digits, 0, 1)
        grid.addWidget(self.from_system, 1, 0, 1, 2)
        grid.addWidget(self.by_approver, 2, 0)
        grid.addWidget(self.replacement, 2, 1)
        grid.setColumnStretch(1, 1)
        for n, button in enumerate((self.from_witness, self.from_system, self.by_approver)):
            self.source.addButton(button, n)
        self.source_box = QGroupBox(self.tr("新人员如何产生"))
        self.source_box.setLayout(grid)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button().setText(self.tr("确认更换(&O)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.role_notice)
        layout.addLayout(form)
        layout.addWidget(self.source_box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.target.currentIndexChanged.connect(self._fill_members)
        self.member.currentIndexChanged.connect(lambda _i: self._sync())
        for edit in (self.reason, self.approver, self.digits):
            edit.textChanged.connect(lambda _t: self._sync())
        self.replacement.currentIndexChanged.connect(lambda _i: self._sync())
        self.source.idToggled.connect(lambda _id, _on: self._sync())
        self._load()
        fit_size(self, 640, 400)

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # -- data ------------------------------------------------------------------------------------

    def _load(self) -> None:
        """Read the bureau's replacement mode and the current teams (quick reads, no replay)."""
        with self._ctx.database.read() as session:
            self._manual = settings.get_profile(session).replacement_mode == "manual"
        self._read_teams()
        self.by_approver.setVisible(self._manual)
        self.replacement.setVisible(self._manual)
        (self.by_approver if self._manual else self.from_witness).setChecked(True)
        self._fill_targets()

    def _read_teams(self) -> None:
        try:
            with self._ctx.database.read() as session:
                self._teams = replacements.replaceable_teams(session, self._draw_id)
            self._load_error = ""
        except DomainError as exc:
            self._teams = []
            self._load_error = exception_text(exc)

    def _fill_targets(self, keep_target: str | None = None, keep_member: str | None = None) -> None:
        self.target.blockSignals(True)
        self.target.clear()
        for team in self._teams:
            self.target.addItem(self.tr("{n} · {name}").format(n=team.position, name=team.target_name),
                                team.target_code)
        if keep_target is not None:
            self.target.setCurrentIndex(max(0, self.target.findData(keep_target)))
        self.target.blockSignals(False)
        self._fill_members(keep_member=keep_member)

    def _current_team(self) -> TeamToChange | None:
        code = self.target.currentData()
        return next((t for t in self._teams if t.target_code == code), None)

    def _fill_members(self, _index: int = 0, keep_member: str | None = None) -> None:
        team = self._current_team()
        self.member.blockSignals(True)
        self.member.clear()
        for m in team.members if team is not None else ():
            self.member.addItem(self.tr("{role} {name}（{code}）").format(
                role=m.role_label, name=m.name, code=m.inspector_code), m.inspector_code)
        if keep_member is not None:
            self.member.setCurrentIndex(max(0, self.member.findData(keep_member)))
        self.member.blockSignals(False)
        self._sync()

    def _load_candidates(self) -> None:
        """In manual mode, ask the service (off the GUI thread) whom the approver may assign."""
        target, member = self.target.currentData(), self.member.currentData()
        key = (str(target), str(member))
        if not self._manual or target is None or member is None or key == self._candidates_for:
            return
        self._candidates_for = key
        self.replacement.clear()
        database, draw_id = self._ctx.database, self._draw_id

        def job(_progress: Any) -> tuple[Candidate, ...]:
            with database.read() as session:
                return replacements.eligible_replacements(session, draw_id, key[0], key[1])

        def done(found: tuple[Candidate, ...]) -> None:
            if key != self._candidates_for:
                return
            self.replacement.clear()
            for c in found:
                self.replacement.addItem(self.tr("{name}（{code}，{dept}）").format(
                    name=c.name, code=c.staff_no, dept=c.department), c.staff_no)
            self._sync()

        def failed(exc: BaseException) -> None:
            if key == self._candidates_for:
                self.message.setText(exception_text(exc))

        self._ctx.runner.run(job, done, failed)

    # -- state -----------------------------------------------------------------------------------

    def mode(self) -> str:
        """witness / system / manual: where the new member comes from."""
        if self._manual and self.by_approver.isChecked():
            return MANUAL
        return SYSTEM if self.from_system.isChecked() else WITNESS

    def problem(self) -> str:
        """What still keeps the change from being applied ('' when everything required is valid)."""
        if not self.is_approver:
            return self.role_notice.text()
        if self._load_error:
            return self._load_error
        if self.target.currentData() is None or self.member.currentData() is None:
            return self.tr("请选择检查对象和要更换的人员")
        if not self.reason.text().strip():
            return self.tr("请填写更换原因")
        if not self.approver.text().strip():
            return self.tr("请填写审批人")
        if self.mode() == WITNESS:
            try:
                normalize_witness(self.digits.text())
            except DomainError as exc:
                return exception_text(exc) if self.digits.text().strip() else self.tr("请填写见证人给出的数字")
        if self.mode() == MANUAL and self.replacement.currentData() is None:
            return self.tr("请选择替换人员（正在查找符合条件的人员，或没有符合条件的人员）")
        return ""

    def _sync(self) -> None:
        mode = self.mode()
        self.digits.setEnabled(mode == WITNESS)
        self.replacement.setEnabled(mode == MANUAL)
        if mode == MANUAL:
            self._load_candidates()
        problem = self.problem()
        if self.is_approver:
            self.message.setText(problem)
        self.ok_button().setEnabled(self.is_approver and not problem and not self._busy)

    # -- apply -----------------------------------------------------------------------------------

    def _how_text(self) -> str:
        mode = self.mode()
        if mode == MANUAL:
            return self.tr("由审批人指定：{who}").format(who=self.replacement.currentText())
        if mode == SYSTEM:
            return self.tr("由系统随机生成数字重新抽取")
        return self.tr("以见证人数字 {digits} 重新抽取").format(digits=normalize_witness(self.digits.text()))

    def apply(self) -> None:
        """Check, confirm (irreversible), then run the service through the task runner."""
        problem = self.problem()
        if problem:
            QMessageBox.warning(self, self.tr("无法更换"), problem)
            return
        team = self._current_team()
        assert team is not None
        answer = QMessageBox.question(self, self.tr("确认更换检查人员"), self.tr(
            "检查对象：{target}\n退出人员：{member}\n新人员：{how}\n更换原因：{reason}\n审批人：{approver}\n\n"
            "更换将记入摇号记录和公示数据包，不可撤销。确定更换吗？").format(
            target=team.target_name, member=self.member.currentText(), how=self._how_text(),
            reason=self.reason.text().strip(), approver=self.approver.text().strip()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        mode = self.mode()
        database, actor, draw_id = self._ctx.database, self._ctx.actor, self._draw_id
        target, leaving = team.target_code, str(self.member.currentData())
        reason, approved_by = self.reason.text().strip(), self.approver.text().strip()
        entropy = normalize_witness(self.digits.text()) if mode == WITNESS else None
        chosen = str(self.replacement.currentData()) if mode == MANUAL else None

        def job(_progress: Any) -> tuple[ReplacementRow, str]:
            with database.write() as session:
                row = replacements.replace_after_lock(session, actor, draw_id, target, leaving, reason,
                                                      approved_by=approved_by, entropy=entropy,
                                                      replacement=chosen)
                after = next(t for t in replacements.replaceable_teams(session, draw_id)
                             if t.target_code == target)
                joined = next((m.name for m in after.members if m.inspector_code == row.joined), row.joined)
                return row, joined

        self._busy = True
        self._sync()
        self._ctx.runner.run(job, lambda result: self._applied(team, result), self._failed)

    def _applied(self, team: TeamToChange, result: tuple[ReplacementRow, str]) -> None:
        row, joined_name = result
        self._busy = False
        self.result_row = row
        left = next((m for m in team.members if m.inspector_code == row.left), None)
        how = (self.tr("所用随机数字：{digits}").format(digits=row.entropy) if row.entropy
               else self.tr("由审批人指定，未使用随机数字。"))
        QMessageBox.information(self, self.tr("已更换检查人员"), self.tr(
            "{target}检查组：\n退出：{left_role} {left_name}（{left}）\n加入：{joined_name}（{joined}）\n{how}\n\n"
            "已记入公示数据包的 post_lock_events.json。").format(
            target=team.target_name, left_role=left.role_label if left else "", left_name=left.name if left else "",
            left=row.left, joined_name=joined_name, joined=row.joined, how=how))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        QMessageBox.warning(self, self.tr("更换未完成"), exception_text(exc))
        # Nothing was stored; re-read the teams in case someone else changed them meanwhile.
        target, member = self.target.currentData(), self.member.currentData()
        self._candidates_for = None
        self._read_teams()
        self._fill_targets(keep_target=target, keep_member=member)
