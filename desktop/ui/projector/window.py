"""The full-screen ceremony window the witnesses watch; it renders what the console gives it, nothing more."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QScreen,
    QWheelEvent,
)
from PySide6.QtWidgets import QLayout, QStackedWidget, QVBoxLayout, QWidget

from desktop.services.draw_view import DrawView
from desktop.ui.i18n import tr
from desktop.ui.projector.api import Stage
from desktop.ui.projector.header import HeaderBar
from desktop.ui.projector.keep_awake import KeepAwake
from desktop.ui.projector.screens.base import Screen
from desktop.ui.projector.screens.events import EventsScreen
from desktop.ui.projector.screens.opening import OpeningScreen
from desktop.ui.projector.screens.result import ResultScreen
from desktop.ui.projector.screens.reveal import RevealScreen
from desktop.ui.projector.screens.targets import TargetsScreen
from desktop.ui.projector.screens.teams import TeamsScreen
from desktop.ui.projector.screens.witnesses import WitnessScreen
from desktop.ui.projector.theme import Theme
from desktop.ui.projector.watermark import Watermark

_CTX = "Projector"
ADVANCE_KEYS = frozenset({Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Right})
BACK_KEYS = frozenset({Qt.Key.Key_Backspace, Qt.Key.Key_PageUp, Qt.Key.Key_Left})
# The furthest stage the draw's data allows (the console decides within that).
_STATE_LIMIT = {
    "frozen": Stage.OPENING, "committed": Stage.WITNESSES, "witnessed": Stage.WITNESSES,
    "revealed": Stage.REVEAL, "computed": Stage.RESULT, "locked": Stage.RESULT,
}


def stage_limit(view: DrawView | None) -> Stage:
    """The last stage that has data to show for this view."""
    if view is None:
        return Stage.OPENING
    if view.state in _STATE_LIMIT:
        return _STATE_LIMIT[view.state]
    if view.result_hash:
        return Stage.RESULT
    if view.secret_hex:
        return Stage.REVEAL
    return Stage.WITNESSES if view.commit_hex else Stage.OPENING


class ProjectorWindow(QWidget):
    """The CeremonyDisplay on the projector: renders the console's data, advances only on the operator's keys."""

    # Space / PgDn / → advance, Backspace / PgUp / ← re-show the previous screen; every other key, click
    # or wheel does nothing. Losing its screen never loses the draw: it waits hidden until put back.

    stage_changed = Signal(int)  # the operator moved on with a key on the projector itself
    screen_lost = Signal()  # its screen went away and no other screen could take it: it waits hidden
    screen_offered = Signal(QScreen)  # a screen was plugged in: the console may put the window there

    def __init__(self, console: QWidget | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("projector")
        self.setWindowTitle(tr(_CTX, "摇号抽取 · 投影"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.console = console
        self.view: DrawView | None = None
        self.entered: tuple[bool, ...] = ()
        self.target_screen: QScreen | None = None
        self.waiting_for_screen = False
        self.autoplay = False
        self.keep_awake = KeepAwake()
        self._stage = Stage.OPENING
        self._closed = False
        self._theme = Theme(1920, 1080)
        self._sheet = ""
        self._stale: set[Stage] = set()  # screens whose size or look changed while hidden
        self._behind: set[Stage] = set()  # screens that have not seen the latest view yet
        self._catch_up = QTimer(self)
        self._catch_up.setSingleShot(True)
        self._catch_up.setInterval(0)
        self._catch_up.timeout.connect(self._catch_up_one)

        self.header = HeaderBar()
        self.stack = QStackedWidget()
        self.screens: dict[Stage, Screen] = {
            Stage.OPENING: OpeningScreen(), Stage.WITNESSES: WitnessScreen(), Stage.REVEAL: RevealScreen(),
            Stage.TARGETS: TargetsScreen(), Stage.TEAMS: TeamsScreen(), Stage.EVENTS: EventsScreen(),
            Stage.RESULT: ResultScreen(),
        }
        for stage in Stage:
            self.stack.addWidget(self.screens[stage])
        layout = QVBoxLayout(self)
        # The window takes the screen's size; the screens fit themselves into it, never the reverse.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        self.watermark = Watermark(self)
        self.watermark.hide()
        self.header.show_stage(self._stage)
        self._apply_theme()

        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._on_screen_added)
            app.screenRemoved.connect(self._on_screen_removed)
        core = QCoreApplication.instance()
        if core is not None:
            core.aboutToQuit.connect(self.keep_awake.stop)

    # -- CeremonyDisplay ------------------------------------------------------------------------

    def set_view(self, view: DrawView) -> None:
        """Show this draw's current data (a new attempt starts every screen afresh)."""
        previous = self.view
        if previous is not None and previous.draw_id != view.draw_id:
            for screen in self.screens.values():
                screen.reset()
                screen.view = None
            previous = None
        restyle = previous is None or previous.rehearsal != view.rehearsal
        self.view = view
        self.header.show_view(view)
        # Only the screen on display takes the new data now; the others catch up one per event-loop
        # turn (or when shown), so a large draw never holds the GUI thread for all seven at once.
        self._behind = set(Stage) - {self._stage}
        self._bring_up_to_date(self._stage)
        self._catch_up.start()
        if restyle:
            self._apply_theme()

    def _bring_up_to_date(self, stage: Stage) -> None:
        self._behind.discard(stage)
        screen = self.screens[stage]
        if self.view is not None and screen.view is not self.view:
            screen.update_view(self.view, screen.view)

    def _catch_up_one(self) -> None:
        if self._behind:
            self._bring_up_to_date(min(self._behind))
        if self._behind:
            self._catch_up.start()

    def sync(self) -> None:
        """Bring every screen up to date at once (tests and screenshots read screens not on display)."""
        for stage in sorted(self._behind):
            self._bring_up_to_date(stage)

    def set_stage(self, stage: Stage) -> None:
        """Move to a screen (the console's decision)."""
        self._go(Stage(stage))

    def set_witness_progress(self, entered: tuple[bool, ...]) -> None:
        """Which witnesses' digits are in; digits stay masked until all are in and confirmed."""
        self.entered = tuple(entered)
        screen = self.screens[Stage.WITNESSES]
        assert isinstance(screen, WitnessScreen)
        screen.set_progress(self.entered)

    def close_display(self) -> None:
        """The ceremony is over or was stopped: stop animations, let the display sleep, close."""
        self._closed = True
        self._catch_up.stop()
        for screen in self.screens.values():
            screen.set_autoplay(False)
            screen.leave()
        self.keep_awake.stop()
        self.close()

    # -- operator ---------------------------------------------------------------------------------

    def stage(self) -> Stage:
        """The stage on screen."""
        return self._stage

    def current_screen(self) -> Screen:
        """The screen widget on display."""
        return self.screens[self._stage]

    def advance(self) -> bool:
        """Play the next step of this screen, else move to the next stage the data allows."""
        if self.current_screen().advance():
            return True
        if self._stage < stage_limit(self.view):
            self._go(Stage(self._stage + 1))
            self.stage_changed.emit(int(self._stage))
            return True
        return False

    def back(self) -> bool:
        """Re-show the previous screen as it was; nothing is replayed or changed."""
        if self._stage == Stage.OPENING:
            return False
        self._go(Stage(self._stage - 1))
        self.stage_changed.emit(int(self._stage))
        return True

    def set_autoplay(self, on: bool) -> None:
        """Let the current screen play its steps one after another (targets, teams, events)."""
        self.autoplay = on
        for stage, screen in self.screens.items():
            screen.set_autoplay(on and stage == self._stage)

    def handle_key(self, key: int) -> bool:
        """The console forwards a presenter clicker's keys here; True when the key is a projector key."""
        if key in ADVANCE_KEYS:
            self.advance()
            return True
        if key in BACK_KEYS:
            self.back()
            return True
        return False

    def _go(self, stage: Stage) -> None:
        if stage == self._stage:
            return
        old = self.current_screen()
        old.set_autoplay(False)
        old.leave()
        self._stage = stage
        new = self.current_screen()
        self._bring_up_to_date(stage)
        if stage in self._stale:
            self._stale.discard(stage)
            self._restyle(new)
        self.stack.setCurrentWidget(new)
        self.header.show_stage(stage)
        new.enter()
        new.set_autoplay(self.autoplay)

    # -- screens ----------------------------------------------------------------------------------

    def show_on(self, screen: QScreen, full_screen: bool = True) -> None:
        """Put the window on `screen` (full screen unless it is the console's own screen)."""
        self._place(screen, full_screen)

    def _place(self, screen: QScreen, full_screen: bool) -> None:
        if self._closed:
            return
        self.target_screen = screen
        self.waiting_for_screen = False
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        if full_screen:
            self.setGeometry(screen.geometry())
            self.setCursor(Qt.CursorShape.BlankCursor)
            self.showFullScreen()
        else:
            area = screen.availableGeometry()
            self.unsetCursor()
            self.setGeometry(area.x() + area.width() // 8, area.y() + area.height() // 8,
                             area.width() * 3 // 4, area.height() * 3 // 4)
            self.showNormal()
        self.keep_awake.start(int(self.winId()))

    def _console_screen(self) -> QScreen | None:
        if self.console is not None:
            return self.console.screen()
        return QGuiApplication.primaryScreen()

    def _on_screen_removed(self, screen: QScreen) -> None:
        """Its screen was unplugged: move to another free screen, or hide and wait; the draw goes on."""
        if self._closed or screen is not self.target_screen:
            return
        console = self._console_screen()
        others = [s for s in QGuiApplication.screens() if s is not screen and s is not console]
        self.target_screen = None
        if others:
            self._place(others[0], True)
            return
        self.hide()
        self.waiting_for_screen = True
        self.screen_lost.emit()

    def _on_screen_added(self, screen: QScreen) -> None:
        if not self._closed:
            self.screen_offered.emit(screen)

    # -- events -----------------------------------------------------------------------------------

    def _apply_theme(self) -> None:
        theme = Theme(max(1, self.width()), max(1, self.height()), bool(self.view and self.view.rehearsal))
        self._theme = theme
        sheet = theme.style_sheet()
        if sheet != self._sheet:
            self._sheet = sheet
            self.setStyleSheet(sheet)
        for widget in (self, self.stack, self.watermark):
            widget.setFont(theme.font("body"))
        theme.apply(self.header)
        self.header.rescale(theme)
        # Only the screen on display is resized now (a resize stays well under one frame); the others
        # follow when they are shown.
        self._stale = set(Stage) - {self._stage}
        self._restyle(self.current_screen())
        self.watermark.rescale(theme)
        self.watermark.setGeometry(self.rect())
        self.watermark.setVisible(theme.rehearsal)
        self.watermark.raise_()

    def _restyle(self, screen: Screen) -> None:
        self._theme.apply(screen)
        screen.rescale(self._theme)

    def theme(self) -> Theme:
        """The look in force (size and rehearsal)."""
        return self._theme

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_theme()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not event.isAutoRepeat():
            self.handle_key(event.key())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Only close_display() closes it: a stray Alt+F4 must not end the witnesses' view."""
        if self._closed:
            self.keep_awake.stop()
            event.accept()
        else:
            event.ignore()
