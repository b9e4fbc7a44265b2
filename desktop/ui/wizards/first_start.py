"""First-start wizard: organization, departments, administrator, rule profile and optional demo data."""

from __future__ import annotations

import html
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from db.engine import Database
from desktop.core import profiles
from desktop.core.errors import DomainError
from desktop.services import auth, setup
from desktop.services.context import Actor
from desktop.ui.dialogs.progress_dialog import ProgressDialog
from desktop.ui.i18n import error_text, tr
from desktop.ui.profile_text import profile_summary_html

_CTX = "FirstStartWizard"
DEMO_SIZE = "small"


class PageId(IntEnum):
    """The wizard's pages in order."""

    WELCOME = 0
    ORG = 1
    DEPARTMENTS = 2
    ADMIN = 3
    PROFILE = 4
    DEMO = 5
    FINISH = 6


# Which validator error codes each page is responsible for (later pages' codes are ignored).
_PAGE_CODES: dict[PageId, frozenset[str]] = {
    PageId.ORG: frozenset({"org_fields_required"}),
    PageId.DEPARTMENTS: frozenset({"departments_required", "department_duplicate"}),
    PageId.ADMIN: frozenset({"password_too_short", "user_fields_required"}),
    PageId.PROFILE: frozenset({"profile_unknown"}),
}


def _yes_no(value: bool) -> str:
    return tr(_CTX, "是") if value else tr(_CTX, "否")


class _Page(QWizardPage):
    """A page whose validatePage runs the service validator on the draft built so far."""

    page_id: PageId

    def validatePage(self) -> bool:
        wizard: Any = self.wizard()
        try:
            setup.validate_draft(wizard.build_draft())
        except DomainError as err:
            earlier = [codes for pid, codes in _PAGE_CODES.items() if pid <= self.page_id]
            if any(err.code in codes for codes in earlier):
                QMessageBox.warning(self, tr(_CTX, "请检查输入"), error_text(err))
                return False
        return True


class _WelcomePage(QWizardPage):
    def __init__(self, database: Database) -> None:
        super().__init__()
        self.setTitle(tr(_CTX, "欢迎使用双随机抽查工作台"))
        text = QLabel(tr(_CTX, "这是第一次启动。向导将依次设置：本机关信息、业务部门、系统管理员账户、"
                               "适用的规则配置，并可载入一套演示数据。\n\n"
                               "完成前不会保存任何内容；以后可在“系统设置”中修改这些设置。"))
        text.setWordWrap(True)
        where = QLabel(tr(_CTX, "数据库：{where}").format(where=database.describe()))
        where.setWordWrap(True)
        where.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.addWidget(where)


class _OrgPage(_Page):
    page_id = PageId.ORG

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr(_CTX, "机关信息"))
        self.setSubTitle(tr(_CTX, "机关代字用于任务编号和文书文号，例如“咸公”→ 咸公抽查〔2026〕3号。"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(40)
        form = QFormLayout(self)
        form.addRow(tr(_CTX, "机关名称(&N)："), self.name_edit)
        form.addRow(tr(_CTX, "机关代字(&C)："), self.code_edit)
        self.registerField("org_name*", self.name_edit)
        self.registerField("org_code*", self.code_edit)


class _DepartmentsPage(_Page):
    page_id = PageId.DEPARTMENTS

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr(_CTX, "业务部门"))
        self.setSubTitle(tr(_CTX, "录入本机关承担抽查工作的所队、科室，至少一个。"))
        self.list = QListWidget()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(tr(_CTX, "部门名称，按回车添加"))
        self.add_button = QPushButton(tr(_CTX, "添加(&A)"))
        self.remove_button = QPushButton(tr(_CTX, "删除(&D)"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.add_button.clicked.connect(self.add_department)
        self.name_edit.returnPressed.connect(self.add_department)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)

    def departments(self) -> tuple[str, ...]:
        return tuple(self.list.item(i).text() for i in range(self.list.count()))

    def add_department(self, name: str | None = None) -> bool:
        """Add a department (the typed one when `name` is not given); duplicates are refused."""
        text = (name if isinstance(name, str) else self.name_edit.text()).strip()
        if not text:
            return False
        if text in self.departments():
            self.message.setText(error_text(DomainError("department_duplicate")))
            return False
        self.message.clear()
        self.list.addItem(text)
        self.name_edit.clear()
        self.completeChanged.emit()
        return True

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.completeChanged.emit()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Delete and self.list.hasFocus():
            self.remove_selected()
            return
        super().keyPressEvent(event)

    def isComplete(self) -> bool:
        return self.list.count() > 0


class _AdminPage(_Page):
    page_id = PageId.ADMIN

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr(_CTX, "系统管理员"))
        self.setSubTitle(tr(_CTX, "管理员负责用户、规则配置和备份。密码至少{n}位。").format(
            n=auth.MIN_PASSWORD_LENGTH))
        self.username_edit = QLineEdit("admin")
        self.username_edit.setMaxLength(80)
        self.display_edit = QLineEdit()
        self.display_edit.setMaxLength(80)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(tr(_CTX, "用户名(&U)："), self.username_edit)
        form.addRow(tr(_CTX, "姓名(&M)："), self.display_edit)
        form.addRow(tr(_CTX, "密码(&P)："), self.password_edit)
        form.addRow(tr(_CTX, "确认密码(&R)："), self.confirm_edit)
        self.registerField("admin_username*", self.username_edit)
        self.registerField("admin_display_name*", self.display_edit)
        self.registerField("admin_password*", self.password_edit)
        self.registerField("admin_confirm*", self.confirm_edit)

    def isComplete(self) -> bool:
        # Qt treats a mandatory field still at its initial value as empty; the preset "admin" is a value.
        return all(edit.text().strip() for edit in (self.username_edit, self.display_edit,
                                                    self.password_edit, self.confirm_edit))

    def validatePage(self) -> bool:
        if self.password_edit.text() != self.confirm_edit.text():
            QMessageBox.warning(self, tr(_CTX, "请检查输入"), error_text(DomainError("passwords_differ")))
            return False
        try:
            auth.check_password_rule(self.password_edit.text())
        except DomainError as err:
            QMessageBox.warning(self, tr(_CTX, "请检查输入"), error_text(err))
            return False
        return super().validatePage()


class _ProfilePage(_Page):
    page_id = PageId.PROFILE

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr(_CTX, "规则配置"))
        self.setSubTitle(tr(_CTX, "选择与本机关制度最接近的预设；每一项以后都可在“系统设置—规则配置”中修改。"))
        self.combo = QComboBox()
        for key, preset in profiles.PRESETS.items():
            self.combo.addItem(preset.name, key)
        self.summary = QTextBrowser()
        self.summary.setOpenLinks(False)
        self.combo.currentIndexChanged.connect(self._show_summary)
        form = QFormLayout()
        form.addRow(tr(_CTX, "规则预设(&S)："), self.combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary, 1)
        self.registerField("profile_index", self.combo)
        self._show_summary()

    def profile_key(self) -> str:
        return str(self.combo.currentData())

    def _show_summary(self) -> None:
        self.summary.setHtml(profile_summary_html(profiles.PRESETS[self.profile_key()]))


class _DemoPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr(_CTX, "演示数据"))
        self.checkbox = QCheckBox(tr(_CTX, "载入演示单位数据(&L)"))
        note = QLabel(tr(_CTX, "演示数据包括一份抽查事项清单、少量检查对象和执法检查人员，"
                               "便于熟悉操作。正式使用前请勿载入，或改用新的数据库。"))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.checkbox)
        layout.addWidget(note)
        layout.addStretch(1)
        self.registerField("load_demo", self.checkbox)


class _FinishPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr(_CTX, "完成"))
        self.setSubTitle(tr(_CTX, "请核对以下设置，点击“完成”后写入数据库。"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard: Any = self.wizard()
        d = wizard.build_draft()
        rows = [
            (tr(_CTX, "机关"), f"{d.org_name}（{d.org_code}）"),
            (tr(_CTX, "部门"), "、".join(d.departments)),
            (tr(_CTX, "管理员"), f"{d.admin_display_name}（{d.admin_username}）"),
            (tr(_CTX, "规则配置"), profiles.PRESETS[d.profile_key].name),
            (tr(_CTX, "演示数据"), _yes_no(bool(self.field("load_demo")))),
        ]
        self.summary.setText("<table cellspacing='6'>" + "".join(
            f"<tr><td>{html.escape(k)}：</td><td><b>{html.escape(v)}</b></td></tr>" for k, v in rows)
            + "</table>")


class FirstStartWizard(QWizard):
    """Collects one FirstStartDraft, submits it once on Finish and optionally loads the demo.

    After a successful Finish `result_actor` is the administrator, logged in.
    """

    def __init__(self, database: Database, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._runner = runner
        self.result_actor: Actor | None = None
        self.demo_summary: object | None = None
        self.demo_error: BaseException | None = None
        self.setWindowTitle(tr(_CTX, "首次启动向导 — 双随机抽查工作台"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(720, 520)
        for button, text in ((QWizard.WizardButton.BackButton, tr(_CTX, "< 上一步(&B)")),
                             (QWizard.WizardButton.NextButton, tr(_CTX, "下一步(&N) >")),
                             (QWizard.WizardButton.FinishButton, tr(_CTX, "完成(&F)")),
                             (QWizard.WizardButton.CancelButton, tr(_CTX, "取消"))):
            self.setButtonText(button, text)
        self.departments_page = _DepartmentsPage()
        self.profile_page = _ProfilePage()
        for page_id, page in ((PageId.WELCOME, _WelcomePage(database)), (PageId.ORG, _OrgPage()),
                              (PageId.DEPARTMENTS, self.departments_page), (PageId.ADMIN, _AdminPage()),
                              (PageId.PROFILE, self.profile_page), (PageId.DEMO, _DemoPage()),
                              (PageId.FINISH, _FinishPage())):
            self.setPage(page_id, page)

    def build_draft(self) -> setup.FirstStartDraft:
        """The frozen draft from the fields entered so far."""
        return setup.FirstStartDraft(
            org_name=str(self.field("org_name") or "").strip(),
            org_code=str(self.field("org_code") or "").strip(),
            departments=self.departments_page.departments(),
            admin_username=str(self.field("admin_username") or "").strip(),
            admin_display_name=str(self.field("admin_display_name") or "").strip(),
            admin_password=str(self.field("admin_password") or ""),
            profile_key=self.profile_page.profile_key(),
        )

    def accept(self) -> None:
        """Finish: write everything in one transaction, then load the demo if asked."""
        draft = self.build_draft()
        try:
            setup.validate_draft(draft)
            with self._database.write() as session:
                actor = setup.first_start(session, draft)
        except DomainError as err:
            QMessageBox.warning(self, tr(_CTX, "无法完成初始化"), error_text(err))
            return
        self.result_actor = actor
        if self.field("load_demo"):
            self._load_demo(actor, draft.profile_key)
        else:
            super().accept()

    def _load_demo(self, actor: Actor, profile_key: str) -> None:
        from desktop.services import demo  # imported late: only needed when the box is ticked

        database = self._database

        def job(progress: Any) -> object:
            with database.write() as session:
                return demo.load_demo(session, actor, profile=profile_key, size=DEMO_SIZE, progress=progress)

        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        dialog = ProgressDialog(self._runner, tr(_CTX, "载入演示数据"), self,
                                tr(_CTX, "正在载入演示单位数据…"))
        dialog.show()
        self._runner.run(job, self._demo_loaded, self._demo_failed)

    def _demo_loaded(self, summary: Any) -> None:
        self.demo_summary = summary
        accounts = getattr(summary, "accounts", ())
        if accounts:
            lines = "\n".join(tr(_CTX, "{role}：{user} / {password}").format(role=role, user=user, password=pw)
                              for user, pw, role in accounts)
            QMessageBox.information(self, tr(_CTX, "演示数据已载入"),
                                    tr(_CTX, "已载入演示数据。另建了以下演示账户（用户名 / 密码）：\n{lines}").format(
                                        lines=lines))
        QWizard.accept(self)

    def _demo_failed(self, exc: BaseException) -> None:
        self.demo_error = exc
        text = error_text(exc) if isinstance(exc, DomainError) else str(exc)
        QMessageBox.warning(self, tr(_CTX, "演示数据未载入"),
                            tr(_CTX, "初始化已完成，但演示数据未能载入：{reason}").format(reason=text))
        QWizard.accept(self)

    def reject(self) -> None:
        """Cancel only after confirmation; nothing has been written yet."""
        if self.result_actor is None:
            answer = QMessageBox.question(
                self, tr(_CTX, "退出向导"), tr(_CTX, "尚未完成初始化，确定要退出吗？已填写的内容不会保存。"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()
