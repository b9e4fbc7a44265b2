"""The draw console's display factory: the projector when a second screen exists, else none."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop.ui.projector.api import CeremonyDisplay, NullDisplay
from desktop.ui.projector.launcher import ProjectorLauncher


def projector_display(console: QWidget) -> CeremonyDisplay:
    """A full-screen projector window on the remembered or second screen; NullDisplay on one screen.

    With a single (or mirrored) screen the console itself is what the room sees, so no second
    window is opened over it.
    """
    if len(QGuiApplication.screens()) < 2:
        return NullDisplay()
    launcher = ProjectorLauncher(console)  # parented to the console: lives as long as the ceremony
    return launcher.open()
