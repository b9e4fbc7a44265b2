"""The composition root: font choice, translators, database errors and the start-up sequence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import app as app_module
from desktop.ui.main_window import MainWindow


def test_font_choice_prefers_the_platform_font() -> None:
    families = ["Arial", "WenQuanYi Micro Hei", "Microsoft YaHei"]
    assert app_module.choose_font_family(families, "win32") == "Microsoft YaHei"
    assert app_module.choose_font_family(families, "linux") == "WenQuanYi Micro Hei"
    assert app_module.choose_font_family(["Arial"], "linux") is None


def test_setup_font_uses_an_installed_cjk_family(qapp) -> None:
    family = app_module.setup_font(qapp)
    assert family in QFontDatabase.families()
    assert QApplication.font().family() == family


def test_qt_strings_are_translated(qapp) -> None:
    installed = app_module.install_translators(qapp, "zh_CN")
    try:
        assert installed, "qtbase_zh_CN.qm ships with PySide6"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_unusable_database_location_is_explained(qapp, tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    shown: list[str] = []

    def fake_exec(box):
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert app_module.open_database_interactive(str(blocker / "db.sqlite3")) is None
    assert shown and shown[0].startswith("无法创建数据库目录")


def test_main_opens_database_authenticates_and_shows_the_window(qapp, tmp_path, monkeypatch, admin, db) -> None:
    windows: list[MainWindow] = []
    monkeypatch.setattr(app_module, "authenticate", lambda database, runner: admin)
    monkeypatch.setattr(MainWindow, "show", lambda self: windows.append(self))
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app_module.main(["shuangsuiji", "--db", str(db.sqlite_path)]) == 0
    assert windows and windows[0].ctx.actor == admin
    assert windows[0].nav_keys()[0] == "home"


def test_main_returns_when_the_user_quits_at_login(qapp, monkeypatch, db) -> None:
    monkeypatch.setattr(app_module, "authenticate", lambda database, runner: None)
    assert app_module.main(["shuangsuiji"], db=str(db.sqlite_path)) == 0
