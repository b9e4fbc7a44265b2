"""Interface language: Qt's and the app's translators, the headless catalog, and switching at run time."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QStandardPaths, QTranslator

from desktop.core import i18n as core_i18n

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "zh_CN"  # the source language: no app catalog needed
BASENAME = "shuangsuiji"
_installed: list[QTranslator] = []
_current: list[str] = [DEFAULT_LANGUAGE]


def translations_dir() -> Path:
    """resources/i18n: the .ts sources, and the .qm files built from them."""
    import resources

    return Path(resources.__file__ or "").resolve().parent / "i18n"


def _cache_dir() -> Path:
    """Where a .qm goes when the package folder is read-only (an installed wheel)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base or Path.home() / ".cache" / BASENAME) / "i18n"


def _lrelease_command() -> list[str] | None:
    if getattr(sys, "frozen", False):
        return None  # a bundle ships pre-built .qm files and no Qt tools
    import PySide6

    exe = Path(PySide6.__file__ or "").parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    return [found] if found else None


def compile_ts(ts: Path, qm: Path) -> bool:
    """Build `qm` from `ts` with lrelease; False when the tool is missing or fails."""
    command = _lrelease_command()
    if command is None:
        return False
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)],
                              capture_output=True, timeout=120, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease failed for %s: %s", ts, exc)
        return False
    if done.returncode != 0:
        log.warning("lrelease failed for %s: %s", ts, done.stderr.decode(errors="replace"))
    return done.returncode == 0 and qm.exists()


def qm_file(language: str, folder: Path | None = None, cache: Path | None = None) -> Path | None:
    """The compiled catalog of `language`: pre-built, or built from the .ts on first use or when older."""
    ts = (folder or translations_dir()) / f"{BASENAME}_{language}.ts"
    candidates = [ts.with_suffix(".qm"), (cache or _cache_dir()) / ts.with_suffix(".qm").name]
    if not ts.exists():
        return next((qm for qm in candidates if qm.exists()), None)
    newest = ts.stat().st_mtime
    fresh = next((qm for qm in candidates if qm.exists() and qm.stat().st_mtime >= newest), None)
    if fresh is not None:
        return fresh
    built = next((qm for qm in candidates if compile_ts(ts, qm)), None)
    return built or next((qm for qm in candidates if qm.exists()), None)  # a stale file beats none


def _qt_lookup(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def current_language() -> str:
    """The language last applied with apply_language()."""
    return _current[0]


def remove_translators(app: QCoreApplication) -> None:
    """Uninstall what apply_language() installed: Chinese source text everywhere (tests, shutdown)."""
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    core_i18n.install_lookup(None)
    _current[0] = DEFAULT_LANGUAGE


def apply_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Swap in the translators of `language` (Qt's qtbase and the app's catalog) and the headless lookup.

    Installing and removing translators sends QEvent.LanguageChange to every widget, so open windows
    can re-translate themselves; returns the translators now installed.
    """
    remove_translators(app)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if language != DEFAULT_LANGUAGE:
        qm = qm_file(language)
        own = QTranslator(app)
        if qm is not None and own.load(str(qm)):
            app.installTranslator(own)
            _installed.append(own)
        else:
            log.warning("no translation catalog for %s; the interface stays in Chinese", language)
        # The .qm also holds the headless contexts (cli, columns, demo …): one catalog serves both sides.
        core_i18n.install_lookup(_qt_lookup)
    else:
        core_i18n.install_lookup(None)
    QLocale.setDefault(QLocale(language))
    _current[0] = language
    # Parented to the application, the translators live as long as it does.
    return list(_installed)
