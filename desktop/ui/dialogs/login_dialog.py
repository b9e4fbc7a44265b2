"""The login dialog: 用户名 and 密码, an error line, 登录 / 退出."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.engine import Database
from desktop.core.errors import DomainError
from desktop.services import auth, settings
from desktop.services.context import Actor
from desktop.ui.i18n import error_text, tr

_CTX = "LoginDialog"


class LoginDialog(QDialog):
    """Checks the password through auth.login in one write transaction; `actor` is set on success."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.actor: Actor | None = None
        with database.read() as session:
            org = settings.get_org(session)
        self.setWindowTitle(tr(_CTX, "登录 — 双随机抽查工作台"))
        self.setMinimumWidth(380)

        self.heading = heading = QLabel(org.name if org else tr(_CTX, "双随机抽查工作台"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)

        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(80)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        where = QLabel(tr(_CTX, "数据库：{where}").format(where=database.describe()))
        where.setStyleSheet("color: #666;")
        where.setWordWrap(True)

        form = QFormLayout()
        form.addRow(tr(_CTX, "用户名(&U)："), self.username_edit)
        form.addRow(tr(_CTX, "密码(&P)："), self.password_edit)

        buttons = QDialogButtonBox()
        self.login_button = buttons.addButton(tr(_CTX, "登录"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(tr(_CTX, "退出"), QDialogButtonBox.ButtonRole.RejectRole)
        self.login_button.setDefault(True)
        self.login_button.setAutoDefault(True)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(where)
        layout.addWidget(buttons)
        self.setTabOrder(self.username_edit, self.password_edit)
        self.setTabOrder(self.password_edit, self.login_button)
        self.setTabOrder(self.login_button, self.quit_button)
        self.username_edit.setFocus()

    def try_login(self) -> None:
        """Check the credentials; accept on success, otherwise show why and keep the dialog open."""
        username = self.username_edit.text().strip()
        if not username or not self.password_edit.text():
            self._show_error(tr(_CTX, "请输入用户名和密码"))
            return
        failure: DomainError | None = None
        # The failed-attempt counter must be committed, so the error is caught inside the transaction.
        with self._database.write() as session:
            try:
                self.actor = auth.login(session, username, self.password_edit.text())
            except DomainError as err:
                failure = err
        if failure is not None:
            self._show_error(error_text(failure))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
