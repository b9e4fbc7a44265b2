"""系统设置: database location, language, rule profile and holiday overrides."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.engine import (
    DatabaseLocationError,
    check_not_network_share,
    make_engine,
    resolve_url,
    sqlite_file_path,
)
from desktop.core import profiles, roles
from desktop.core.errors import DomainError
from desktop.services import settings
from desktop.ui.context import UiContext
from desktop.ui.i18n import error_text, exception_text, tr
from desktop.ui.task_runner import TaskRunner
from desktop.ui.translator import DEFAULT_LANGUAGE, apply_language, current_language
from desktop.ui.widgets.holiday_editor import HolidayEditor
from desktop.ui.widgets.profile_form import ProfileForm
from desktop.ui.widgets.screen_fit import fit_size

_CTX = "SettingsDialog"
SETTINGS_ORG = "shuangsuiji"
SETTINGS_APP = "shuangsuiji"
KEY_DATABASE_URL = "database/url"
KEY_LANGUAGE = "ui/language"
LANGUAGES = (("zh_CN", "简体中文"), ("en", "English"))
TABS = ("database", "language", "profile", "holidays")


def app_settings() -> QSettings:
    """The per-user QSettings store of the application."""
    return QSettings(SETTINGS_ORG, SETTINGS_APP)


def probe_database(text: str) -> str:
    """Try to reach the database named by `text` (path or URL); returns a Chinese report.

    Runs in a worker thread. A SQLite file that does not exist yet is not created here.
    """
    url = resolve_url(text or None)
    path = sqlite_file_path(url)
    if path is not None:
        check_not_network_share(path)
        if not path.exists():
            if path.parent.is_dir():
                return tr(_CTX, "文件尚不存在，启动时将新建：{path}").format(path=path)
            return tr(_CTX, "目录不存在，启动时将尝试创建：{path}").format(path=path.parent)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            version = conn.dialect.server_version_info
    finally:
        engine.dispose()
    detail = ".".join(str(v) for v in version or ())
    return tr(_CTX, "连接成功（{dialect} {version}）").format(dialect=engine.dialect.name, version=detail)


class SettingsDialog(QDialog):
    """Tabs 数据库 / 语言 / 规则配置 / 节假日; `database_changed` tells the caller to offer a restart."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, initial_tab: str | None = None,
                 probe_runner: Any = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.database_changed = False
        self._probe_runner = probe_runner if probe_runner is not None else TaskRunner(self)
        self._can_edit = roles.allowed(ctx.actor.roles, "settings.edit")
        self.setWindowTitle(tr(_CTX, "系统设置"))
        fit_size(self, 760, 600)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._database_tab(), tr(_CTX, "数据库"))
        self.tabs.addTab(self._language_tab(), tr(_CTX, "语言"))
        self.tabs.addTab(self._profile_tab(), tr(_CTX, "规则配置"))
        self.holidays = HolidayEditor(ctx, self._can_edit)
        self.tabs.addTab(self.holidays, tr(_CTX, "节假日"))
        if initial_tab in TABS:
            self.tabs.setCurrentIndex(TABS.index(initial_tab))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr(_CTX, "关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    # -- 数据库 --------------------------------------------------------------------------------

    def _database_tab(self) -> QWidget:
        tab = QWidget()
        stored = str(app_settings().value(KEY_DATABASE_URL, "") or "")
        self.db_edit = QLineEdit(stored)
        self.db_edit.setPlaceholderText(tr(_CTX, "留空使用默认位置；或填写 SQLite 文件路径、postgresql://用户@服务器/库名"))
        browse = QPushButton(tr(_CTX, "浏览(&B)…"))
        browse.clicked.connect(self._browse_sqlite)
        self.test_button = QPushButton(tr(_CTX, "测试连接(&T)"))
        self.test_button.clicked.connect(self.test_connection)
        self.db_save_button = QPushButton(tr(_CTX, "保存(&S)"))
        self.db_save_button.clicked.connect(self.save_database)
        self.db_result = QLabel()
        self.db_result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.db_edit, 1)
        row.addWidget(browse)
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addWidget(self.db_save_button)
        actions.addStretch(1)
        current = QLabel(tr(_CTX, "当前使用：{where}").format(where=self._ctx.database.describe()))
        current.setWordWrap(True)
        note = QLabel(tr(_CTX, "修改后在下次启动时生效。多台电脑共用数据时请使用 PostgreSQL 服务器；"
                               "SQLite 文件不能放在网络共享目录中。"))
        note.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addWidget(current)
        layout.addLayout(row)
        layout.addLayout(actions)
        layout.addWidget(self.db_result)
        layout.addWidget(note)
        layout.addStretch(1)
        return tab

    def _browse_sqlite(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, tr(_CTX, "选择数据库文件"), self.db_edit.text(), tr(_CTX, "SQLite 数据库 (*.sqlite3 *.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.db_edit.setText(path)

    def test_connection(self) -> None:
        """Probe the entered database off the GUI thread and report the outcome below."""
        text = self.db_edit.text().strip()
        self.test_button.setEnabled(False)
        self.db_result.setText(tr(_CTX, "正在连接…"))
        self._probe_runner.run(lambda _progress: probe_database(text), self._probe_ok, self._probe_failed)

    def _probe_ok(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.db_result.setStyleSheet("color: #1b5e20;")
        self.db_result.setText(message)

    def _probe_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.db_result.setStyleSheet("color: #b00020;")
        if isinstance(exc, DatabaseLocationError):
            self.db_result.setText(exc.message_zh)
        elif isinstance(exc, DomainError):
            self.db_result.setText(error_text(exc))
        else:
            self.db_result.setText(tr(_CTX, "连接失败：{reason}").format(reason=exception_text(exc)))

    def save_database(self) -> None:
        text = self.db_edit.text().strip()
        store = app_settings()
        if text == str(store.value(KEY_DATABASE_URL, "") or ""):
            return
        store.setValue(KEY_DATABASE_URL, text)
        store.sync()
        self.database_changed = True
        self.db_result.setStyleSheet("")
        self.db_result.setText(tr(_CTX, "已保存，将在下次启动时生效。"))

    # -- 语言 ----------------------------------------------------------------------------------

    def _language_tab(self) -> QWidget:
        tab = QWidget()
        self.language_combo = QComboBox()
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        current = str(app_settings().value(KEY_LANGUAGE, "") or current_language() or DEFAULT_LANGUAGE)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current)))
        save = QPushButton(tr(_CTX, "保存(&S)"))
        save.clicked.connect(self.save_language)
        self.language_result = QLabel()
        form = QFormLayout(tab)
        form.addRow(tr(_CTX, "界面语言(&L)："), self.language_combo)
        form.addRow("", save)
        form.addRow(self.language_result)
        note = QLabel(tr(_CTX, "保存后界面立即切换语言；已打开的对话框在重新打开后使用新语言。"))
        note.setWordWrap(True)
        form.addRow(note)
        return tab

    def save_language(self) -> None:
        """Store the language and switch to it at once (the main window re-translates itself)."""
        language = str(self.language_combo.currentData())
        store = app_settings()
        store.setValue(KEY_LANGUAGE, language)
        store.sync()
        app = QCoreApplication.instance()
        if app is not None and language != current_language():
            apply_language(app, language)
        self.language_result.setText(tr(_CTX, "已切换界面语言。"))

    # -- 规则配置 ------------------------------------------------------------------------------

    def _profile_tab(self) -> QWidget:
        tab = QWidget()
        with self._ctx.database.read() as session:
            self.profile = settings.get_profile(session)
        self.profile_form = ProfileForm(self.profile, self._can_edit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.profile_form)
        self.preset_combo = QComboBox()
        for key, preset in profiles.PRESETS.items():
            self.preset_combo.addItem(preset.name, key)
        self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(self.profile.preset)))
        reset = QPushButton(tr(_CTX, "载入预设值(&P)"))
        reset.clicked.connect(self.load_preset)
        self.profile_save_button = QPushButton(tr(_CTX, "保存规则配置(&S)"))
        self.profile_save_button.clicked.connect(self.save_profile)
        for widget in (self.preset_combo, reset, self.profile_save_button):
            widget.setEnabled(self._can_edit)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr(_CTX, "预设：")))
        row.addWidget(self.preset_combo, 1)
        row.addWidget(reset)
        row.addWidget(self.profile_save_button)
        layout = QVBoxLayout(tab)
        if not self._can_edit:
            layout.addWidget(QLabel(tr(_CTX, "只有管理员可以修改规则配置。")))
        layout.addLayout(row)
        layout.addWidget(scroll, 1)
        self._base_profile = self.profile
        return tab

    def load_preset(self) -> None:
        """Show a preset's values in the form (saved only with 保存规则配置)."""
        self._base_profile = profiles.PRESETS[str(self.preset_combo.currentData())]
        self.profile_form.set_profile(self._base_profile)

    def save_profile(self, confirm: bool = True) -> bool:
        """Validate and store the edited profile; every saved draw record prints these values."""
        try:
            new = profiles.with_changes(self._base_profile, **self.profile_form.changes_from(self._base_profile))
        except DomainError as err:
            QMessageBox.warning(self, tr(_CTX, "规则配置"), error_text(err))
            return False
        if confirm:
            answer = QMessageBox.question(
                self, tr(_CTX, "保存规则配置"), tr(_CTX, "新的规则将用于此后的抽取、时限和文书。确定保存吗？"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            with self._ctx.database.write() as session:
                settings.save_profile(session, self._ctx.actor, new)
        except DomainError as err:
            QMessageBox.warning(self, tr(_CTX, "规则配置"), error_text(err))
            return False
        self.profile = self._base_profile = new
        self.profile_form.set_profile(new)
        return True

    def done(self, result: int) -> None:
        if isinstance(self._probe_runner, TaskRunner) and self._probe_runner.parent() is self:
            # A slow connection test must not outlive the dialog's widgets.
            self._probe_runner.cancel()
            self._probe_runner.shutdown()
        super().done(result)
