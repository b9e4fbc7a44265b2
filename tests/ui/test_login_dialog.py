"""The login dialog: wrong password shows the error, the right one accepts, five failures lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.ui.dialogs.login_dialog import LoginDialog
from tests.ui.conftest import ADMIN_PASSWORD


def _dialog(qtbot, db) -> LoginDialog:
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_password_shows_error_then_right_password_accepts(qtbot, db, admin) -> None:
    dialog = _dialog(qtbot, db)
    assert dialog.heading.text() == "咸宁市公安局"
    qtbot.keyClicks(dialog.username_edit, "admin")
    qtbot.keyClicks(dialog.password_edit, "wrong-password")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "用户名或密码错误"
    assert dialog.password_edit.text() == ""

    qtbot.keyClicks(dialog.password_edit, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "admin"


def test_empty_fields_are_refused_without_touching_the_database(qtbot, db, admin) -> None:
    dialog = _dialog(qtbot, db)
    dialog.login_button.click()
    assert dialog.error_label.text() == "请输入用户名和密码"


def test_five_failures_lock_the_account(qtbot, db, admin) -> None:
    dialog = _dialog(qtbot, db)
    dialog.username_edit.setText("admin")
    for _ in range(5):
        dialog.password_edit.setText("wrong-password")
        dialog.login_button.click()
        assert dialog.error_label.text() == "用户名或密码错误"
    dialog.password_edit.setText(ADMIN_PASSWORD)
    dialog.login_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text().startswith("账户已锁定，请于")
    assert dialog.actor is None


def test_quit_rejects(qtbot, db, admin) -> None:
    dialog = _dialog(qtbot, db)
    dialog.quit_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected
