"""Every source string has an English translation, and the language switches at run time."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from desktop.core import i18n as core_i18n
from desktop.ui import translator
from desktop.ui.context import UiContext
from desktop.ui.dialogs.help_dialog import HelpDialog, document_path, document_title
from desktop.ui.dialogs.settings_dialog import KEY_LANGUAGE, SettingsDialog, app_settings
from desktop.ui.i18n import tr
from desktop.ui.main_window import MainWindow
from desktop.ui.task_runner import SyncTaskRunner
from tests.services.builders import OPERATOR, make_bureau

ROOT = Path(__file__).resolve().parents[2]
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return _script()


@pytest.fixture(scope="module")
def extraction(script: ModuleType):
    return script.extract_all()


@pytest.fixture(autouse=True)
def restore_language(qapp) -> Iterator[None]:
    """Other tests expect the untranslated Chinese source and the default locale: put both back."""
    locale = QLocale()
    yield
    translator.remove_translators(qapp)
    QLocale.setDefault(locale)


@pytest.fixture
def english(qapp) -> None:
    translator.apply_language(qapp, "en")


def test_every_source_string_is_translated(script: ModuleType, extraction, tmp_path: Path) -> None:
    fresh = tmp_path / "extracted.ts"
    fresh.write_text(script.render_ts(extraction.catalog, {}, "en"), encoding="utf-8")
    assert len(script.read_ts(fresh)) == len(extraction.keys()) > 1000
    assert not extraction.unresolved, "tr() needs literal text (use a template and .format()):\n" + \
        "\n".join(extraction.unresolved)
    missing = script.missing_translations(extraction, "en")
    listing = "\n".join(f"  [{ctx}] {src!r}" for ctx, src in missing[:50])
    assert not missing, (f"{len(missing)} strings have no English translation in resources/i18n/"
                         f"shuangsuiji_en.ts (run `python scripts/i18n.py update`, then translate):\n{listing}")


def test_placeholders_survive_translation(script: ModuleType) -> None:
    wrong = [(ctx, src, text) for (ctx, src), (text, done) in script.read_ts(script.ts_path("en")).items()
             if done and sorted(_PLACEHOLDER.findall(src)) != sorted(_PLACEHOLDER.findall(text))]
    assert not wrong, "\n".join(f"[{c}] {s!r} -> {t!r}" for c, s, t in wrong)


def test_headless_text_follows_the_language(qapp, english) -> None:
    assert core_i18n.tr("cli", "已取消。") == "Cancelled."
    assert core_i18n.tr("columns", "统一社会信用代码") == "Unified social credit code"
    assert tr("labels", "检查对象") == "Target"  # a service's label table, shown through tr("labels", …)
    translator.apply_language(qapp, translator.DEFAULT_LANGUAGE)
    assert core_i18n.tr("cli", "已取消。") == "已取消。"


def test_qm_is_built_from_the_ts_when_missing(tmp_path: Path, script: ModuleType) -> None:
    folder = tmp_path / "i18n"
    folder.mkdir()
    ts = folder / "shuangsuiji_en.ts"
    ts.write_bytes(script.ts_path("en").read_bytes())
    qm = translator.qm_file("en", folder=folder, cache=tmp_path / "cache")
    assert qm == folder / "shuangsuiji_en.qm" and qm.stat().st_size > 10_000


@pytest.fixture
def bureau_ctx(db) -> UiContext:
    make_bureau(db)
    return UiContext(db, OPERATOR, SyncTaskRunner())


def _nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_language_switch_rebuilds_the_main_window(qtbot, qapp, bureau_ctx) -> None:
    window = MainWindow(bureau_ctx)
    qtbot.addWidget(window)
    window.show()
    tasks_page = window.show_page("tasks")
    assert _nav_texts(window)[0] == "首页"
    try:
        dialog = SettingsDialog(bureau_ctx, window, initial_tab="language")
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
        dialog.save_language()
        dialog.close()
        assert app_settings().value(KEY_LANGUAGE) == "en"
        qtbot.waitUntil(lambda: _nav_texts(window)[0] == "Home")
        assert "Inspection tasks" in _nav_texts(window)
        assert window.current_key() == "tasks"
        assert window.page("tasks") is not tasks_page and window.stack.currentWidget() is window.page("tasks")
        assert window.help_menu.title() == "&Help" and window.guide_action.text() == "User &guide"
        assert window.page("tasks").new_button.text() == "&New task…"
    finally:
        translator.apply_language(qapp, translator.DEFAULT_LANGUAGE)
    qtbot.waitUntil(lambda: _nav_texts(window)[0] == "首页")
    assert window.current_key() == "tasks" and window.page("tasks").new_button.text() == "新建任务(&N)…"
    assert window.file_menu.title() == "文件(&F)"


@pytest.mark.parametrize(("language", "next_text", "cancel_text"),
                         [("zh_CN", "下一步", "取消"), ("en", "Next", "Cancel")])
def test_qt_strings_follow_the_language(qapp, language: str, next_text: str, cancel_text: str) -> None:
    translator.apply_language(qapp, language)
    try:
        wizard = QWizard()
        wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        assert next_text in wizard.buttonText(QWizard.WizardButton.NextButton)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel_text
        wizard.deleteLater()
        box.deleteLater()
    finally:
        translator.apply_language(qapp, translator.DEFAULT_LANGUAGE)


def test_help_dialog_renders_the_guide(qtbot) -> None:
    dialog = HelpDialog("guide")
    qtbot.addWidget(dialog)
    dialog.show()
    title = document_title(document_path("guide"))
    assert title and dialog.title() == title and dialog.windowTitle() == title
    assert "摇号" in dialog.browser.toPlainText()
    dialog.open_document("ceremony")
    qtbot.waitUntil(lambda: dialog.title() == document_title(document_path("ceremony")))


def test_help_menu_opens_the_guide_on_f1(qtbot, bureau_ctx) -> None:
    window = MainWindow(bureau_ctx)
    qtbot.addWidget(window)
    assert "F1" in [s.toString() for s in window.guide_action.shortcuts()]
    window.guide_action.trigger()
    dialog = window.show_help("guide")
    assert dialog.isVisible() and dialog.title()
    window.ceremony_action.trigger()
    assert window.show_help("ceremony").title() != dialog.title()
