"""The opening screen's pool table (名录数 / 可抽数 / 比例 / 应抽数) as one rich-text label."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop.ui.projector.theme import Theme

Row = tuple[str, ...]


class PoolTable(QLabel):
    """Header row muted, the 应抽数 column in the accent colour, class names and the total row bold.

    One label instead of a grid of thirty: every label shown on the projector is styled by the
    window's style sheet (~1 ms each), and the table appears at the first view of a large draw.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("fontRole", "body")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.theme = Theme()
        self._rows: list[Row] = []

    def rows(self) -> list[Row]:
        """The rows as shown, header first."""
        return list(self._rows)

    def set_rows(self, rows: list[Row]) -> None:
        """Show a header row, one row per class and a total row."""
        if rows != self._rows:
            self._rows = list(rows)
            self._render()

    def rescale(self, theme: Theme) -> None:
        """Follow the window's size and colours."""
        self.theme = theme
        self._render()

    def _render(self) -> None:
        c = self.theme.colours
        gap = self.theme.space(18)
        pad = self.theme.space(2)
        last = len(self._rows) - 1
        lines = [f'<table cellspacing="0" cellpadding="{pad}">']
        for r, cells in enumerate(self._rows):
            tds = []
            for col, text in enumerate(cells):
                colour = c.muted if r == 0 else c.accent if col == 4 else c.text
                bold = r > 0 and (col in (0, 4) or r == last)
                align = "right" if col else "left"
                body = f"<b>{escape(text)}</b>" if bold else escape(text)
                tds.append(f'<td align="{align}" style="color:{colour}; padding-right:{gap}px;">{body}</td>')
            lines.append("<tr>" + "".join(tds) + "</tr>")
        lines.append("</table>")
        self.setText("".join(lines) if self._rows else "")
