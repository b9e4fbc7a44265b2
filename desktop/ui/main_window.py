"""The main window: cycle navigation on the left, pages in a stack, menus and the status bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

import desktop
from desktop.core import roles
from desktop.services import audit
from desktop.ui.context import UiContext
from desktop.ui.dialogs.backup_dialog import BackupDialog
from desktop.ui.dialogs.help_dialog import HelpDialog
from desktop.ui.dialogs.progress_dialog import ProgressDialog
from desktop.ui.dialogs.settings_dialog import SettingsDialog
from desktop.ui.i18n import exception_text, tr
from desktop.ui.pages import PAGE_REGISTRY, TITLE_CONTEXT, PageSpec
from desktop.ui.widgets.screen_fit import fit_size

_CTX = "MainWindow"

# The navigation follows the supervision cycle (DESIGN §1); entries without a registered page are hidden.
NAV_ORDER: tuple[tuple[str, str], ...] = (
    ("home", str(QT_TRANSLATE_NOOP("Navigation", "首页"))),
    ("items", str(QT_TRANSLATE_NOOP("Navigation", "抽查事项清单"))),
    ("targets", str(QT_TRANSLATE_NOOP("Navigation", "检查对象名录库"))),
    ("inspectors", str(QT_TRANSLATE_NOOP("Navigation", "执法检查人员名录库"))),
    ("conflicts", str(QT_TRANSLATE_NOOP("Navigation", "回避关系"))),
    ("plans", str(QT_TRANSLATE_NOOP("Navigation", "年度抽查计划"))),
    ("tasks", str(QT_TRANSLATE_NOOP("Navigation", "抽查任务"))),
    ("draw", str(QT_TRANSLATE_NOOP("Navigation", "摇号抽取"))),
    ("records", str(QT_TRANSLATE_NOOP("Navigation", "检查实施"))),
    ("publication", str(QT_TRANSLATE_NOOP("Navigation", "结果审核与公示"))),
    ("reports", str(QT_TRANSLATE_NOOP("Navigation", "报告与归档"))),
    ("system", str(QT_TRANSLATE_NOOP("Navigation", "系统设置"))),
)


def _visible_specs() -> list[PageSpec]:
    """Registered pages in cycle order; pages unknown to NAV_ORDER follow at the end."""
    registered = {spec.key: spec for spec in PAGE_REGISTRY}
    ordered = [registered[key] for key, _ in NAV_ORDER if key in registered]
    known = {key for key, _ in NAV_ORDER}
    return ordered + [spec for spec in PAGE_REGISTRY if spec.key not in known]


class MainWindow(QMainWindow):
    """Pages are built on first visit; `restart_requested` tells app.main to reopen the database."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.restart_requested = False
        self._specs = _visible_specs()
        self._pages: dict[str, QWidget] = {}
        self._stale: set[str] = set()  # pages built in the previous language, rebuilt when idle
        self._help: dict[str, HelpDialog] = {}
        # A language switch sends several LanguageChange events; one re-translation follows them all.
        self._retranslate_timer = QTimer(self)
        self._retranslate_timer.setSingleShot(True)
        self._retranslate_timer.setInterval(0)
        self._retranslate_timer.timeout.connect(self.retranslate_ui)
        self._stale_timer = QTimer(self)
        self._stale_timer.setInterval(1000)
        self._stale_timer.timeout.connect(self._rebuild_stale_pages)
        self.setWindowTitle(tr(_CTX, "双随机抽查工作台"))
        fit_size(self, 1280, 800)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(200)
        self.nav.setIconSize(QSize(16, 16))
        self.nav.setSpacing(2)
        for spec in self._specs:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(180, 34))
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._on_nav_row)

        self._build_menus()
        self._build_status_bar()
        self._retranslate_texts()
        if self._specs:
            self.nav.setCurrentRow(0)
        self.nav.setFocus()

    # -- navigation ----------------------------------------------------------------------

    def nav_keys(self) -> list[str]:
        """The keys of the visible navigation entries, top to bottom."""
        return [spec.key for spec in self._specs]

    def current_key(self) -> str | None:
        row = self.nav.currentRow()
        return self._specs[row].key if 0 <= row < len(self._specs) else None

    def page(self, key: str) -> QWidget | None:
        """The page widget for `key`, if it was built already."""
        return self._pages.get(key)

    def show_page(self, key: str) -> QWidget:
        """Select a navigation entry and return its page."""
        self.nav.setCurrentRow(self.nav_keys().index(key))
        return self._pages[key]

    def _on_nav_row(self, row: int) -> None:
        if not 0 <= row < len(self._specs):
            return
        spec = self._specs[row]
        if spec.key in self._stale and not self._busy(self._pages.get(spec.key)):
            self._drop_page(spec.key)
        page = self._pages.get(spec.key)
        if page is None:
            page = spec.factory(self.ctx)
            page.setObjectName(f"page_{spec.key}")
            self._pages[spec.key] = page
            self.stack.addWidget(page)
        elif hasattr(page, "refresh"):
            page.refresh()
        self.stack.setCurrentWidget(page)

    # -- menus and status bar --------------------------------------------------------------

    def _action(self, slot: Any, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        """Menus and actions; their texts are set in _retranslate_texts."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.switch_db_action = self._action(self.switch_database, "Ctrl+Shift+D")
        self.quit_action = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        self.file_menu.addAction(self.switch_db_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.system_menu = bar.addMenu("")
        self.settings_action = self._action(self.open_settings, "Ctrl+,")
        self.verify_action = self._action(self.verify_audit_log, "Ctrl+Shift+V")
        self.verify_action.setEnabled(roles.allowed(self.ctx.actor.roles, "audit.verify"))
        self.backup_action = self._action(self.open_backups)
        self.system_menu.addAction(self.settings_action)
        self.system_menu.addAction(self.backup_action)
        self.system_menu.addAction(self.verify_action)

        self.help_menu = bar.addMenu("")
        self.guide_action = self._action(lambda: self.show_help("guide"), QKeySequence.StandardKey.HelpContents)
        self.guide_action.setShortcuts([QKeySequence("F1")])
        self.ceremony_action = self._action(lambda: self.show_help("ceremony"))
        self.about_action = self._action(self.show_about)
        for action in (self.guide_action, self.ceremony_action):
            self.help_menu.addAction(action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

        # Ctrl+1 … Ctrl+9 jump to the first nine navigation entries.
        for i in range(min(9, len(self._specs))):
            jump = QAction(self)
            jump.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            jump.triggered.connect(lambda _checked=False, row=i: self.nav.setCurrentRow(row))
            self.addAction(jump)

    def _build_status_bar(self) -> None:
        self.db_label = QLabel(self.ctx.database.describe())
        self.user_label = QLabel()
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

    # -- language -------------------------------------------------------------------------------

    def _retranslate_texts(self) -> None:
        """Window title, navigation, menus and status bar in the current language."""
        self.setWindowTitle(tr(_CTX, "双随机抽查工作台"))
        for row, spec in enumerate(self._specs):
            self.nav.item(row).setText(tr(TITLE_CONTEXT, spec.title))
        self.file_menu.setTitle(tr(_CTX, "文件(&F)"))
        self.switch_db_action.setText(tr(_CTX, "切换数据库(&D)…"))
        self.quit_action.setText(tr(_CTX, "退出(&X)"))
        self.system_menu.setTitle(tr(_CTX, "系统(&S)"))
        self.settings_action.setText(tr(_CTX, "设置(&S)…"))
        self.verify_action.setText(tr(_CTX, "审计日志校验(&V)"))
        self.backup_action.setText(tr(_CTX, "数据备份与恢复(&B)…"))
        self.help_menu.setTitle(tr(_CTX, "帮助(&H)"))
        self.guide_action.setText(tr(_CTX, "用户指南(&G)"))
        self.ceremony_action.setText(tr(_CTX, "摇号主持词(&C)"))
        self.about_action.setText(tr(_CTX, "关于(&A)"))
        actor = self.ctx.actor
        role_text = "、".join(tr("roles", roles.ROLE_LABELS.get(r, r)) for r in sorted(actor.roles)) or "—"
        self.user_label.setText(tr(_CTX, "当前用户：{name}（{roles}）").format(name=actor.display_name, roles=role_text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # A closed window (e.g. one whose database is gone) re-translates when shown again.
            if self.isVisible():
                self._retranslate_timer.start()
            else:
                self._retranslate_pending = True
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if getattr(self, "_retranslate_pending", False):
            self._retranslate_pending = False
            self._retranslate_timer.start()
        super().showEvent(event)

    def retranslate_ui(self) -> None:
        """Show everything in the current language: own texts at once, pages rebuilt (the current one kept)."""
        app = QApplication.instance()
        if isinstance(app, QApplication) and app.applicationDisplayName():
            app.setApplicationDisplayName(tr(_CTX, "双随机抽查工作台"))
        self._retranslate_texts()
        self._stale.update(self._pages)
        self._rebuild_stale_pages()

    def _busy(self, page: QWidget | None) -> bool:
        """A page that has an open window (a draw console, an editor) or a running job must stay."""
        if page is None:
            return False
        if self.ctx.runner.is_busy():
            return True
        return any(child.isWindow() and child.isVisible() for child in page.findChildren(QWidget))

    def _drop_page(self, key: str) -> None:
        self._stale.discard(key)
        page = self._pages.pop(key, None)
        if page is not None:
            self.stack.removeWidget(page)
            page.deleteLater()

    def _rebuild_stale_pages(self) -> None:
        """Drop the idle stale pages (each is rebuilt on its next visit), the current one rebuilt now."""
        current = self.current_key()
        for key in list(self._stale):
            if not self._busy(self._pages.get(key)):
                self._drop_page(key)
        if current is not None and current not in self._pages:
            self._on_nav_row(self.nav.currentRow())
        if self._stale and not self._stale_timer.isActive():
            self._stale_timer.start()
        elif not self._stale:
            self._stale_timer.stop()

    # -- actions ------------------------------------------------------------------------------

    def open_settings(self, tab: str | None = None) -> SettingsDialog:
        dialog = SettingsDialog(self.ctx, self, initial_tab=tab if isinstance(tab, str) else None)
        dialog.exec()
        if dialog.database_changed:
            self._offer_restart()
        return dialog

    def open_backups(self) -> BackupDialog:
        """系统 → 数据备份与恢复; after a restore the database is reopened (as after a switch)."""
        dialog = BackupDialog(self.ctx, self)
        dialog.exec()
        if dialog.restart_required:
            self.restart_requested = True
            self.close()
        return dialog

    def switch_database(self) -> None:
        self.open_settings("database")

    def _offer_restart(self) -> None:
        answer = QMessageBox.question(
            self, tr(_CTX, "切换数据库"),
            tr(_CTX, "新的数据库设置将在重新启动后生效。现在重新启动吗？"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.restart_requested = True
            self.close()

    def verify_audit_log(self) -> None:
        database = self.ctx.database

        def job(_progress: Any) -> audit.ChainReport:
            with database.read() as session:
                return audit.verify_chain(session)

        dialog = ProgressDialog(self.ctx.runner, tr(_CTX, "审计日志校验"), self, tr(_CTX, "正在校验审计日志…"))
        dialog.show()
        self.ctx.runner.run(job, self._audit_verified, self._show_failure)

    def _audit_verified(self, report: audit.ChainReport) -> None:
        if report.ok:
            QMessageBox.information(self, tr(_CTX, "审计日志校验"),
                                    tr(_CTX, "审计日志完整，共 {n} 条记录，未发现改动。").format(n=report.count))
        else:
            QMessageBox.critical(self, tr(_CTX, "审计日志校验"),
                                 tr(_CTX, "审计日志在第 {seq} 条记录处不一致（{reason}），可能被改动或删除。").format(
                                     seq=report.broken_seq, reason=report.reason))

    def _show_failure(self, exc: BaseException) -> None:
        QMessageBox.warning(self, tr(_CTX, "操作失败"), exception_text(exc))

    def show_help(self, document: str) -> HelpDialog:
        """帮助 → 用户指南 (F1) or 摇号主持词: a non-modal window, raised if already open."""
        dialog = self._help.get(document)
        if dialog is None:
            dialog = HelpDialog(document, self)
            self._help[document] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(self, tr(_CTX, "关于"), tr(_CTX, "<h3>双随机抽查工作台</h3><p>版本 {v}</p>"
                                                       "<p>“双随机、一公开”监管工作的桌面工具。</p>").format(
            v=desktop.__version__))

    def closeEvent(self, event: QCloseEvent) -> None:
        runner = self.ctx.runner
        if runner.is_busy():
            answer = QMessageBox.question(
                self, tr(_CTX, "退出"), tr(_CTX, "后台任务仍在进行，退出将取消该任务。确定退出吗？"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            runner.cancel()
        event.accept()
