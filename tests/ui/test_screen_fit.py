"""Windows open no larger than the screen they open on (1366×768 laptops are common in bureaus)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from desktop.ui.widgets.screen_fit import FRAME_ALLOWANCE, fit_size


def test_a_large_preferred_size_shrinks_to_the_screen_and_a_small_one_stays(qtbot) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    big = QDialog()
    qtbot.addWidget(big)
    fit_size(big, area.width() + 500, area.height() + 500)
    assert big.width() == area.width() - FRAME_ALLOWANCE[0]
    assert big.height() == area.height() - FRAME_ALLOWANCE[1]
    small = QDialog()
    qtbot.addWidget(small)
    fit_size(small, 400, 300)
    assert (small.width(), small.height()) == (400, 300)


def test_a_child_window_fits_its_parent_screen(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    child = QDialog(parent)
    fit_size(child, 100_000, 100_000)
    area = parent.screen().availableGeometry()
    assert child.width() <= area.width() and child.height() <= area.height()
