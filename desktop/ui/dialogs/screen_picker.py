"""Choose the screen for the projector window; the choice is remembered per user."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import tr
from desktop.ui.widgets.screen_fit import fit_size

_CTX = "ScreenPicker"
KEY_SCREEN = "projector/screen"
KEY_GEOMETRY = "projector/screen_geometry"
IDENTIFY_MS = 2500


def _settings() -> QSettings:
    return QSettings("shuangsuiji", "shuangsuiji")


def _geometry_text(screen: QScreen) -> str:
    g = screen.geometry()
    return f"{g.x()},{g.y()},{g.width()},{g.height()}"


def remember_screen(screen: QScreen) -> None:
    """Store the operator's choice (name, and the position to tell equal names apart)."""
    store = _settings()
    store.setValue(KEY_SCREEN, screen.name())
    store.setValue(KEY_GEOMETRY, _geometry_text(screen))
    store.sync()


def remembered_screen() -> QScreen | None:
    """The remembered screen if it is connected now."""
    store = _settings()
    if not store.contains(KEY_SCREEN):
        return None
    name = str(store.value(KEY_SCREEN, "") or "")
    geometry = str(store.value(KEY_GEOMETRY, "") or "")
    named = [s for s in QGuiApplication.screens() if s.name() == name]
    exact = [s for s in named if _geometry_text(s) == geometry]
    found = exact or named
    return found[0] if found else None


def default_screen(console: QScreen | None = None) -> QScreen | None:
    """The remembered screen, else the first one that is not the console's, else the console's."""
    found = remembered_screen()
    if found is not None:
        return found
    console = console or QGuiApplication.primaryScreen()
    others = [s for s in QGuiApplication.screens() if s is not console]
    return others[0] if others else console


def describe(screen: QScreen, index: int, console: QScreen | None) -> str:
    """'显示屏 2：DELL U2419H（1920×1080）', marking the console's screen."""
    size = screen.geometry()
    name = " ".join(p for p in (screen.manufacturer(), screen.model()) if p) or screen.name() or tr(_CTX, "未命名")
    text = tr(_CTX, "显示屏 {n}：{name}（{w}×{h}）").format(n=index, name=name, w=size.width(), h=size.height())
    if screen is console:
        text += tr(_CTX, " · 操作台所在屏幕")
    return text


class ScreenPickerDialog(QDialog):
    """Lists the connected screens; 识别屏幕 shows each screen's number on it for a moment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(_CTX, "选择投影屏幕"))
        self._console = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        self._flashes: list[QLabel] = []
        # Owned by the dialog, so it never fires after the dialog is gone.
        self._identify_timer = QTimer(self)
        self._identify_timer.setSingleShot(True)
        self._identify_timer.setInterval(IDENTIFY_MS)
        self._identify_timer.timeout.connect(self._end_identify)
        self.hint = QLabel(tr(_CTX, "请选择会议室投影仪或大屏所在的显示屏。摇号过程中屏幕断开不会影响摇号，"
                                    "重新接上后可再次显示。"))
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.screens = list(QGuiApplication.screens())
        preferred = default_screen(self._console)
        for i, screen in enumerate(self.screens, start=1):
            item = QListWidgetItem(describe(screen, i, self._console))
            item.setData(Qt.ItemDataRole.UserRole, i - 1)
            self.list.addItem(item)
            if screen is preferred:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.identify_button = QPushButton(tr(_CTX, "识别屏幕"))
        self.identify_button.clicked.connect(self.identify)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr(_CTX, "在此屏幕上投影"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr(_CTX, "取消"))
        buttons.addButton(self.identify_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        fit_size(self, 560, 320)

    def chosen_screen(self) -> QScreen | None:
        """The selected screen, if it is still connected."""
        item = self.list.currentItem()
        if item is None:
            return None
        screen = self.screens[int(item.data(Qt.ItemDataRole.UserRole))]
        return screen if screen in QGuiApplication.screens() else None

    def accept(self) -> None:
        screen = self.chosen_screen()
        if screen is not None:
            remember_screen(screen)
        super().accept()

    def identify(self) -> None:
        """Show a large number on every screen for a moment."""
        for i, screen in enumerate(self.screens, start=1):
            flash = QLabel(str(i), self)  # owned by the dialog: gone with it
            flash.setWindowFlags(Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
                                 | Qt.WindowType.WindowStaysOnTopHint)
            flash.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
            flash.setAlignment(Qt.AlignmentFlag.AlignCenter)
            font = QFont(flash.font())
            font.setPixelSize(200)
            font.setBold(True)
            flash.setFont(font)
            flash.setStyleSheet("background-color: #0A1B33; color: #FFD54A;")
            area = screen.geometry()
            flash.setGeometry(area.x() + (area.width() - 320) // 2, area.y() + (area.height() - 320) // 2,
                              320, 320)
            flash.show()
            self._flashes.append(flash)
        self._identify_timer.start()

    def _end_identify(self) -> None:
        for flash in self._flashes:
            flash.close()
            flash.deleteLater()
        self._flashes = []
