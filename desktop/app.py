"""Composition root: Qt application, fonts, translators, database, first start or login, main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox
from sqlalchemy.exc import SQLAlchemyError

from db.engine import Database, DatabaseLocationError, open_database
from db.migrate import MigrationError
from desktop.services import setup
from desktop.services.context import Actor
from desktop.ui.backup_scheduler import BackupScheduler
from desktop.ui.context import UiContext
from desktop.ui.dialogs.login_dialog import LoginDialog
from desktop.ui.dialogs.settings_dialog import KEY_DATABASE_URL, KEY_LANGUAGE, app_settings
from desktop.ui.i18n import tr
from desktop.ui.main_window import MainWindow
from desktop.ui.task_runner import TaskRunner
from desktop.ui.translator import DEFAULT_LANGUAGE, apply_language
from desktop.ui.wizards.first_start import FirstStartWizard

log = logging.getLogger(__name__)
_CTX = "App"

# Preferred UI fonts with Chinese glyphs, per platform, best first.
FONT_CANDIDATES = {
    "win32": ("Microsoft YaHei UI", "Microsoft YaHei", "SimHei", "SimSun"),
    "darwin": ("PingFang SC", "Hiragino Sans GB", "Heiti SC"),
    "linux": ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Droid Sans Fallback",
              "AR PL SungtiL GB", "AR PL UMing CN"),
}


def choose_font_family(available: list[str], platform: str = sys.platform) -> str | None:
    """The first preferred CJK family that is installed (any platform's list as a fallback)."""
    own = FONT_CANDIDATES.get(platform if platform in FONT_CANDIDATES else "linux", ())
    others = [f for key, fams in FONT_CANDIDATES.items() if key != platform for f in fams]
    installed = set(available)
    return next((f for f in (*own, *others) if f in installed), None)


def setup_font(app: QApplication) -> str | None:
    """Use a font that has Chinese glyphs, so no text renders as boxes."""
    family = choose_font_family(QFontDatabase.families())
    if family is not None:
        font = QFont(app.font())
        font.setFamily(family)
        if font.pointSizeF() < 10:
            font.setPointSizeF(10)
        app.setFont(font)
    else:
        log.warning("no CJK font found; Chinese text may not render")
    return family


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own strings (qtbase), the app's catalog for other languages than Chinese, the headless lookup."""
    return apply_language(app, language)


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Show unexpected errors instead of losing them in a console nobody sees."""
    log.error("unhandled exception", exc_info=(kind, exc, tb))
    if QApplication.instance() is not None:
        QMessageBox.critical(None, tr(_CTX, "程序错误"),
                             tr(_CTX, "发生意外错误：{error}\n\n详细信息已写入日志。").format(error=exc))
    else:
        traceback.print_exception(kind, exc, tb)


def _ask_database(current: str) -> str | None:
    """Let the user enter another database after a failure; None = quit."""
    text, ok = QInputDialog.getText(
        None, tr(_CTX, "数据库设置"),
        tr(_CTX, "SQLite 文件路径，或 PostgreSQL 地址（postgresql://用户@服务器/库名）；留空使用默认位置："),
        QLineEdit.EchoMode.Normal, current)
    return text.strip() if ok else None


def open_database_interactive(db: str | None) -> Database | None:
    """Open (and migrate) the database; on failure explain in Chinese and offer to change the setting."""
    store = app_settings()
    while True:
        target = db if db is not None else (str(store.value(KEY_DATABASE_URL, "") or "") or None)
        try:
            return open_database(target)
        except DatabaseLocationError as exc:
            reason = exc.message_zh
        except MigrationError as exc:
            reason = tr(_CTX, "数据库升级失败：{e}").format(e=exc)
        except (SQLAlchemyError, OSError) as exc:
            log.exception("cannot open database %r", target)
            reason = tr(_CTX, "无法连接数据库：{e}").format(e=getattr(exc, "orig", None) or exc)
        box = QMessageBox(QMessageBox.Icon.Critical, tr(_CTX, "无法打开数据库"),
                          tr(_CTX, "{reason}\n\n可以修改数据库设置后重试，或退出程序。").format(reason=reason))
        change = box.addButton(tr(_CTX, "修改数据库设置…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr(_CTX, "退出"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not change:
            return None
        new = _ask_database(target or "")
        if new is None:
            return None
        store.setValue(KEY_DATABASE_URL, new)
        store.sync()
        db = None  # from now on the stored setting counts, not --db


def authenticate(database: Database, runner: TaskRunner) -> Actor | None:
    """First-start wizard on an empty database, otherwise the login dialog; None = the user quit."""
    with database.read() as session:
        first = setup.needs_first_start(session)
    if first:
        wizard = FirstStartWizard(database, runner)
        if not wizard.exec() or wizard.result_actor is None:
            return None
        return wizard.result_actor
    dialog = LoginDialog(database)
    return dialog.actor if dialog.exec() else None


def _parse(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="shuangsuiji", add_help=False)
    parser.add_argument("--db", default=None)
    return parser.parse_known_args(argv[1:])


def main(argv: list[str] | None = None, db: str | None = None) -> int:
    """Run the desktop application; returns the exit code."""
    argv = list(sys.argv if argv is None else argv)
    options, _rest = _parse(argv)
    db = db if db is not None else options.db
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("shuangsuiji")
    app.setApplicationName("shuangsuiji")
    setup_font(app)
    install_translators(app, str(app_settings().value(KEY_LANGUAGE, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE))
    app.setApplicationDisplayName(tr(_CTX, "双随机抽查工作台"))
    sys.excepthook = _excepthook
    if os.environ.get("SHUANGSUIJI_SMOKE_EXIT"):  # installer smoke test: quit once the first window is up
        QTimer.singleShot(0, lambda: (print("SHUANGSUIJI_SMOKE_FIRST_WINDOW", flush=True), QApplication.exit(0)))
    while True:
        database = open_database_interactive(db)
        if database is None:
            return 1
        runner = TaskRunner()
        scheduler: BackupScheduler | None = None
        try:
            actor = authenticate(database, runner)
            if actor is None:
                return 0
            window = MainWindow(UiContext(database, actor, runner))
            window.show()
            # Scheduled SQLite backups per the policy in settings (checked at start and hourly).
            scheduler = BackupScheduler(database, runner, window.statusBar().showMessage, window)
            scheduler.start()
            app.exec()
            if not window.restart_requested:
                return 0
            db = None  # restart with the database chosen in the settings
        finally:
            if scheduler is not None:
                scheduler.stop()  # before the runner goes: a pending check must not queue a backup
            runner.shutdown()
            database.dispose()


def screenshots_main(argv: list[str]) -> int:
    """`python -m desktop.app --screenshots DIR [--db URL]`: render every screen to PNG files."""
    from desktop.ui.screenshots import render_all

    parser = argparse.ArgumentParser(prog="shuangsuiji screenshots")
    parser.add_argument("--screenshots", required=True, type=Path)
    parser.add_argument("--db", default=None)
    options = parser.parse_args(argv)
    for path in render_all(options.screenshots, options.db):
        print(path)
    return 0


if __name__ == "__main__":
    if "--screenshots" in sys.argv:
        raise SystemExit(screenshots_main(sys.argv[1:]))
    raise SystemExit(main())
