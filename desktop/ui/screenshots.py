"""`shuangsuiji screenshots DIR`: every projector screen and the main screens, with demo data, as PNG files."""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from db.engine import Database, open_database
from desktop.core import roles as role_names
from desktop.services import demo, setup
from desktop.services.context import Actor
from desktop.services.draw_view import DrawView
from desktop.ui.context import UiContext
from desktop.ui.i18n import tr
from desktop.ui.projector.api import Stage
from desktop.ui.projector.demo_ceremony import CeremonyViews, pick_task, run_ceremony
from desktop.ui.projector.screens.events import EventsScreen
from desktop.ui.projector.screens.reveal import RevealScreen
from desktop.ui.projector.screens.targets import TargetsScreen, targets_by_class
from desktop.ui.projector.theme import cjk_family
from desktop.ui.projector.window import ProjectorWindow

_CTX = "Screenshots"
SIZES = ((1920, 1080), (1024, 768))
# Screens also shot with the rehearsal look (演练 watermark and background).
REHEARSAL_SHOTS = frozenset({"01_opening", "05_witnesses_revealed", "07_reveal_done", "10_targets_grid",
                             "12_teams", "15_events_replacement", "16_result"})
_ACTOR = Actor("screenshots", "截图", frozenset(role_names.ROLES))


def _ensure_app() -> QApplication:
    """The running QApplication, or a new one (offscreen on a Linux machine without a display)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("shuangsuiji")
    app.setApplicationName("shuangsuiji")
    font = QFont(app.font())
    font.setFamily(cjk_family())
    font.setPointSizeF(max(10.0, font.pointSizeF()))
    app.setFont(font)
    return app


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()
        app.sendPostedEvents(None, 0)


def _grab(app: QApplication, widget: QWidget, path: Path) -> Path:
    _settle(app)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(tr(_CTX, "无法写入截图：{path}").format(path=path))
    return path


def _prepare_database(database: Database) -> Actor:
    """First start and the small demo bureau on an empty database; otherwise the data as it is."""
    with database.read() as s:
        empty = setup.needs_first_start(s)
    if not empty:
        return _ACTOR
    with database.write() as s:
        admin = setup.first_start(s, setup.FirstStartDraft(
            "咸宁市公安局", "咸公", ("治安管理支队", "禁毒支队"), "admin", tr(_CTX, "管理员"), "demo-admin-1",
            "xianning"))
    with database.write() as s:
        demo.load_demo(s, admin, profile="xianning", size="small")
    return Actor(admin.username, admin.display_name, frozenset(role_names.ROLES))


def _scenes(window: ProjectorWindow, views: CeremonyViews, look: Callable[[DrawView], DrawView]
            ) -> list[tuple[str, Callable[[], None]]]:
    """Named steps that drive the window like the console and the operator's clicker would."""
    seats = len(views.witnessed.witnesses)
    targets = window.screens[Stage.TARGETS]
    reveal = window.screens[Stage.REVEAL]
    events = window.screens[Stage.EVENTS]
    assert isinstance(targets, TargetsScreen) and isinstance(reveal, RevealScreen)
    assert isinstance(events, EventsScreen)

    def opening() -> None:
        window.set_view(look(views.committed))
        window.set_stage(Stage.OPENING)

    def progress(done: int) -> Callable[[], None]:
        def step() -> None:
            window.set_stage(Stage.WITNESSES)
            window.set_witness_progress(tuple(i < done for i in range(seats)))
        return step

    def witnessed() -> None:
        window.set_view(look(views.witnessed))
        window.set_witness_progress(tuple(True for _ in range(seats)))

    def revealing() -> None:
        window.set_view(look(views.revealed))
        window.set_stage(Stage.REVEAL)
        reveal.seek(7)

    def spin() -> None:
        window.set_view(look(views.computed))
        window.set_stage(Stage.TARGETS)
        window.advance()
        targets.reel.seek(0.55)

    def zoom() -> None:
        targets.reel.finish()
        targets.settle_zoom()

    def grid() -> None:
        classes = targets_by_class(views.computed)
        first = len(classes[0][1]) if classes else 0
        while targets.placed < first + 3 and window.stage() == Stage.TARGETS:
            window.advance()
            targets.finish()

    def all_targets() -> None:
        while targets.pending():
            window.advance()
            targets.finish()

    def teams() -> None:
        window.set_stage(Stage.TEAMS)
        for _ in range(3):
            window.advance()
            window.current_screen().finish()

    def event(phase: int) -> Callable[[], None]:
        def step() -> None:
            if phase == 1:
                window.set_stage(Stage.EVENTS)
                window.set_view(look(views.after_event))
            events.show_phase(phase)
        return step

    def result() -> None:
        window.set_view(look(views.locked))
        window.set_stage(Stage.RESULT)

    return [
        ("01_opening", opening), ("02_witnesses_waiting", progress(1)), ("03_witnesses_masked", progress(seats - 1)),
        ("04_witnesses_all_in", progress(seats)), ("05_witnesses_revealed", witnessed),
        ("06_reveal_checking", revealing), ("07_reveal_done", reveal.finish), ("08_targets_reel", spin),
        ("09_targets_zoom", zoom), ("10_targets_grid", grid), ("11_targets_done", all_targets),
        ("12_teams", teams), ("13_events_recusal", event(1)), ("14_events_new_digits", event(2)),
        ("15_events_replacement", event(3)), ("16_result", result),
    ]


def _projector_shots(app: QApplication, views: CeremonyViews, out_dir: Path) -> list[Path]:
    paths: list[Path] = []
    for width, height in SIZES:
        for rehearsal in (False, True):
            window = ProjectorWindow()
            window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            window.resize(width, height)
            window.show()

            def look(view: DrawView, on: bool = rehearsal) -> DrawView:
                return dataclasses.replace(view, rehearsal=on)

            for name, step in _scenes(window, views, look):
                step()
                if rehearsal and name not in REHEARSAL_SHOTS:
                    continue
                suffix = "_rehearsal" if rehearsal else ""
                paths.append(_grab(app, window, out_dir / f"{name}{suffix}_{width}x{height}.png"))
            window.close_display()
            window.deleteLater()
            _settle(app)
    return paths


def _app_shots(app: QApplication, database: Database, actor: Actor, out_dir: Path) -> list[Path]:
    from desktop.ui.dialogs.screen_picker import ScreenPickerDialog
    from desktop.ui.main_window import MainWindow
    from desktop.ui.task_runner import SyncTaskRunner

    paths: list[Path] = []
    for width, height in SIZES:
        window = MainWindow(UiContext(database, actor, SyncTaskRunner()))
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        window.resize(width, height)
        window.show()
        for key in window.nav_keys():
            window.show_page(key)
            paths.append(_grab(app, window, out_dir / f"{key}_{width}x{height}.png"))
        window.close()
        window.deleteLater()
    picker = ScreenPickerDialog()
    picker.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    picker.show()
    paths.append(_grab(app, picker, out_dir / "screen_picker.png"))
    picker.close()
    picker.deleteLater()
    _settle(app)
    return paths


def render_all(out_dir: Path, db_url: str | None = None) -> list[Path]:
    """Render every projector screen and the main pages at 1920×1080 and 1024×768; returns the PNG files."""
    # Files go to out_dir/projector (real and rehearsal look) and out_dir/app. Without db_url the demo
    # bureau is loaded into a temporary SQLite database and a real draw runs. With db_url an empty
    # database gets first start and the demo; otherwise a rehearsal draw (which never counts toward a
    # cap and changes no task) runs on one of its tasks.
    app = _ensure_app()
    out_dir = Path(out_dir)
    with tempfile.TemporaryDirectory(prefix="shuangsuiji-shots-") as tmp:
        database = open_database(db_url or str(Path(tmp) / "demo.sqlite3"))
        try:
            with database.read() as s:
                fresh = setup.needs_first_start(s)
            actor = _prepare_database(database)
            task_id = pick_task(database)
            views = run_ceremony(database, actor, task_id, rehearsal=db_url is not None and not fresh)
            paths = _projector_shots(app, views, out_dir / "projector")
            paths += _app_shots(app, database, actor, out_dir / "app")
        finally:
            database.dispose()
    return paths
