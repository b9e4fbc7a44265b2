"""Opens the projector window on the remembered or chosen screen: the console's display factory."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.dialogs.screen_picker import ScreenPickerDialog, default_screen, describe, remember_screen
from desktop.ui.i18n import tr
from desktop.ui.projector.window import ProjectorWindow

_CTX = "Projector"


class ProjectorLauncher(QObject):
    """Owns at most one ProjectorWindow for a console and puts it on the right screen."""

    # `open()` returns the window (a CeremonyDisplay) on the remembered screen; `choose()` asks the
    # operator first; `put_back()` shows a window that lost its screen again. When a screen is plugged
    # in while the window waits, the console is offered to show it there (a non-modal question).

    status = Signal(str)  # a line for the console's status bar

    def __init__(self, console: QWidget | None = None) -> None:
        super().__init__(console)
        self.console = console
        self._window: ProjectorWindow | None = None
        self.offer_box: QMessageBox | None = None

    def window(self) -> ProjectorWindow | None:
        """The open projector window, if any."""
        return self._window

    def _console_screen(self) -> QScreen | None:
        return self.console.screen() if self.console is not None else QGuiApplication.primaryScreen()

    def open(self, screen: QScreen | None = None) -> ProjectorWindow:
        """Create (once) and show the window on `screen`, the remembered screen, or the best guess."""
        if self._window is None:
            self._window = ProjectorWindow(self.console)
            self._window.screen_lost.connect(self._on_lost)
            self._window.screen_offered.connect(self._on_offered)
        target = screen or default_screen(self._console_screen())
        if target is not None:
            self._show(target)
        return self._window

    def __call__(self) -> ProjectorWindow:
        """Display factory: the console calls launcher() to get its CeremonyDisplay."""
        return self.open()

    def choose(self) -> ProjectorWindow | None:
        """Ask which screen to use (remembered), then show the window there; None if cancelled."""
        dialog = ScreenPickerDialog(self.console)
        if not dialog.exec():
            return None
        screen = dialog.chosen_screen()
        return self.open(screen) if screen is not None else None

    def put_back(self, screen: QScreen | None = None) -> None:
        """Show the window again (after its screen was unplugged) on `screen` or the best one now."""
        if self._window is None:
            self.open(screen)
            return
        target = screen or default_screen(self._console_screen())
        if target is not None:
            self._show(target)

    def close(self) -> None:
        """End the display (the console calls this when the ceremony is over)."""
        if self._window is not None:
            self._window.close_display()
            self._window.deleteLater()
            self._window = None
        if self.offer_box is not None:
            self.offer_box.close()
            self.offer_box = None

    def _show(self, screen: QScreen) -> None:
        assert self._window is not None
        # On the console's own screen (a laptop without projector) it is a normal window, not full screen.
        self._window.show_on(screen, full_screen=screen is not self._console_screen())

    def _on_lost(self) -> None:
        self.status.emit(tr(_CTX, "投影屏幕已断开，摇号不受影响；接回屏幕后可重新显示投影。"))

    def _on_offered(self, screen: QScreen) -> None:
        window = self._window
        if window is None or not (window.waiting_for_screen or window.target_screen is self._console_screen()):
            return
        if self.offer_box is not None:
            self.offer_box.close()
        index = QGuiApplication.screens().index(screen) + 1 if screen in QGuiApplication.screens() else 0
        box = QMessageBox(QMessageBox.Icon.Question, tr(_CTX, "投影屏幕"),
                          tr(_CTX, "检测到新的显示屏：{name}。\n在该屏幕上显示投影吗？").format(
                              name=describe(screen, index, self._console_screen())),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.console)
        box.setModal(False)
        box.buttonClicked.connect(lambda button: self._answer(box, button, screen))
        self.offer_box = box
        box.show()  # not modal: the console keeps going while the question is up

    def _answer(self, box: QMessageBox, button: object, screen: QScreen) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Yes:  # type: ignore[arg-type]
            self._accept_offer(screen)

    def _accept_offer(self, screen: QScreen) -> None:
        if self._window is not None and screen in QGuiApplication.screens():
            remember_screen(screen)
            self._show(screen)
