"""A grid of two-line result tiles that keeps the newest rows in view (no scrolling on a projector)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.ui.projector.theme import Theme, fitted_font, label, prop

Entry = tuple[str, str]


def _same(entry: Any) -> Entry:
    return entry  # type: ignore[no-any-return]


class _Tile(QFrame):
    """One tile: a title line and a muted second line."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setProperty("panel", "true")
        self.title = label("", "strong")
        self.sub = label("", "small", "muted")
        self.full: Entry = ("", "")
        self.box = QVBoxLayout(self)
        self.box.setSpacing(0)
        self.box.addWidget(self.title)
        self.box.addWidget(self.sub)


class TileGrid(QWidget):
    """Holds every entry; shows as many of the latest as fit, the newest one framed in the accent colour."""

    # Only the visible tiles are widgets, so a class of 5,000 drawn targets costs as little as one of 5.

    def __init__(self, min_chars: int = 13, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = Theme()
        self.min_chars = min_chars
        self.highlight_last = True
        self._items: Sequence[Any] = ()
        self._to_entry: Callable[[Any], Entry] = _same
        self._tiles: list[_Tile] = []
        self._first = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def rescale(self, theme: Theme) -> None:
        """Follow the window's size and colours."""
        self.theme = theme
        for tile in self._tiles:
            theme.apply(tile)
        self._relayout()

    def entries(self) -> list[Entry]:
        """Everything placed so far, oldest first."""
        return [self._to_entry(item) for item in self._items]

    def count(self) -> int:
        """How many entries the grid holds."""
        return len(self._items)

    def visible_entries(self) -> list[Entry]:
        """The entries on screen (not elided)."""
        return [tile.full for tile in self._tiles if tile.isVisible()]

    def visible_labels(self) -> list[QLabel]:
        """The label widgets of the visible tiles (title, sub)."""
        return [w for tile in self._tiles if tile.isVisible() for w in (tile.title, tile.sub)]

    def set_entries(self, entries: Sequence[Entry], highlight_last: bool = True) -> None:
        """Replace all entries."""
        self.set_items(entries, _same, highlight_last)

    def set_items(self, items: Sequence[Any], to_entry: Callable[[Any], Entry], highlight_last: bool = True) -> None:
        """Replace all entries by items made into entries only when they come into view (large draws)."""
        self._items = items
        self._to_entry = to_entry
        self.highlight_last = highlight_last
        self._relayout()

    def _geometry(self) -> tuple[int, int, int, int, int]:
        """(columns, rows, tile width, tile height, gap) for the current size."""
        theme = self.theme
        gap = theme.space(14)
        pad = theme.space(10)
        title_h = QFontMetrics(theme.font("strong")).height()
        sub_h = QFontMetrics(theme.font("small")).height()
        tile_h = title_h + sub_h + 2 * pad + 10  # borders: up to 4 px each side (the newest tile)
        min_w = theme.px("strong") * self.min_chars
        cols = max(1, (self.width() + gap) // (min_w + gap))
        rows = max(1, (self.height() + gap) // (tile_h + gap))
        tile_w = max(1, (self.width() - (cols - 1) * gap) // cols)
        return cols, rows, tile_w, tile_h, gap

    def _relayout(self) -> None:
        cols, rows, tile_w, tile_h, gap = self._geometry()
        capacity = cols * rows
        count = len(self._items)
        extra_rows = max(0, -(-(count - capacity) // cols))
        self._first = extra_rows * cols
        shown = [self._to_entry(item) for item in self._items[self._first:self._first + capacity]]
        while len(self._tiles) < len(shown):
            tile = _Tile(self)
            self.theme.apply(tile)
            self._tiles.append(tile)
        pad = self.theme.space(10)
        for i, tile in enumerate(self._tiles):
            if i >= len(shown):
                tile.hide()
                continue
            tile.full = shown[i]
            tile.box.setContentsMargins(pad + 2, pad, pad + 2, pad)
            width = tile_w - 2 * pad - 8
            title_font = fitted_font(self.theme.font("strong"), shown[i][0], width)
            tile.title.setFont(title_font)
            tile.title.setText(QFontMetrics(title_font).elidedText(shown[i][0], Qt.TextElideMode.ElideRight, width))
            tile.sub.setText(QFontMetrics(tile.sub.font()).elidedText(
                shown[i][1], Qt.TextElideMode.ElideRight, width))
            hot = self.highlight_last and self._first + i == count - 1
            if prop(tile, "panel") != ("hot" if hot else "true"):
                tile.setProperty("panel", "hot" if hot else "true")
                tile.style().unpolish(tile)
                tile.style().polish(tile)
            tile.setGeometry((i % cols) * (tile_w + gap), (i // cols) * (tile_h + gap), tile_w, tile_h)
            tile.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()
