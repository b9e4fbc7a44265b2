"""见证人输入: one card per witness; digits stay masked until all are in, then all appear together."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from desktop.services.draw_view import DrawView
from desktop.ui.i18n import tr
from desktop.ui.projector.screens.base import Screen
from desktop.ui.projector.theme import Theme, label, set_tone

_CTX = "Projector"
MASK = "●●●●●●"
_CENTER = Qt.AlignmentFlag.AlignCenter


def spaced_digits(digits: str) -> str:
    """Witness digits in groups of four, as they are read out."""
    text = "".join(digits.split())
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4))


class _Card(QFrame):
    """One witness card."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("panel", "true")
        self.seat = label("", "strong", "accent")
        self.name = label("", "heading")
        self.affiliation = label("", "small", "muted", wrap=True)
        self.digits = label("", "digits", align=_CENTER, wrap=True)
        top = QHBoxLayout()
        top.addWidget(self.seat)
        top.addWidget(self.name, 1)
        self.box = QVBoxLayout(self)
        self.box.addLayout(top)
        self.box.addWidget(self.affiliation)
        self.box.addStretch(1)
        self.box.addWidget(self.digits)


class WitnessScreen(Screen):
    """Cards show name, seat and affiliation; typed digits appear as ●●●●●● until all are confirmed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress: tuple[bool, ...] = ()
        self.hint = label(tr(_CTX, "见证人各写4至64位数字，操作员录入；全部录入后同时公开"), "body", "muted",
                          wrap=True)
        self.grid = QGridLayout()
        self.cards: list[_Card] = []
        self.summary = label("", "heading", "accent", align=_CENTER, wrap=True)
        self.outer = QVBoxLayout(self)
        self.outer.addWidget(self.hint)
        self.outer.addLayout(self.grid, 1)
        self.outer.addWidget(self.summary)

    def set_progress(self, entered: tuple[bool, ...]) -> None:
        """Which witnesses' digits are in."""
        self.progress = tuple(entered)
        self._render()

    def update_view(self, view: DrawView, previous: DrawView | None) -> None:
        super().update_view(view, previous)
        self._render()

    def reset(self) -> None:
        self.progress = ()
        self._render()

    def revealed(self) -> bool:
        """Digits are shown: all witnesses are in and the digits were confirmed (stored with the draw)."""
        return self.view is not None and bool(self.view.witnesses) and all(self.progress)

    def digit_texts(self) -> list[str]:
        """What each card shows in its digits line."""
        return [card.digits.text() for card in self.cards]

    def _ensure_cards(self, count: int) -> None:
        while len(self.cards) < count:
            card = _Card()
            self.cards.append(card)
        for card in self.cards:
            self.grid.removeWidget(card)
            card.hide()
        columns = 2 if count in (2, 4) else min(max(count, 1), 3)
        for i, card in enumerate(self.cards[:count]):
            self.grid.addWidget(card, i // columns, i % columns)
            card.show()
        self.theme.apply(self)

    def _render(self) -> None:
        view = self.view
        witnesses = view.witnesses if view is not None else ()
        count = max(len(self.progress), len(witnesses))
        self._ensure_cards(count)
        shown = self.revealed()
        entered = self.progress if self.progress else tuple(True for _ in witnesses)
        for i, card in enumerate(self.cards[:count]):
            w = witnesses[i] if i < len(witnesses) else None
            card.seat.setText(tr(_CTX, "第{n}位").format(n=i + 1))
            card.name.setText(w.name if w else tr(_CTX, "见证人{n}").format(n=i + 1))
            card.affiliation.setText(w.affiliation if w else "")
            card.affiliation.setVisible(bool(w and w.affiliation))
            is_in = i < len(entered) and entered[i]
            if shown and w is not None:
                card.digits.setText(spaced_digits(w.digits))
                set_tone(card.digits, "accent")
            elif is_in:
                card.digits.setText(MASK)
                set_tone(card.digits, "text")
            else:
                card.digits.setText(tr(_CTX, "○ 等待录入"))
                set_tone(card.digits, "muted")
        done = sum(1 for e in entered if e)
        if count == 0:
            self.summary.setText(tr(_CTX, "等待登记见证人"))
        elif shown:
            self.summary.setText(tr(_CTX, "✔ {n}位见证人的数字已全部确认并同时公开").format(n=count))
        else:
            self.summary.setText(tr(_CTX, "已录入 {done} / {total}（● 已录入，暂不公开）").format(
                done=done, total=count))

    def rescale(self, theme: Theme) -> None:
        super().rescale(theme)
        self.outer.setContentsMargins(theme.space(48), theme.space(24), theme.space(48), theme.space(24))
        self.outer.setSpacing(theme.space(20))
        self.grid.setSpacing(theme.space(28))
        for card in self.cards:
            margin = theme.space(24)
            card.box.setContentsMargins(margin, margin, margin, margin)
            card.box.setSpacing(theme.space(8))
