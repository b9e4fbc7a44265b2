"""Identical parts of a batch laid out and drawn once, then placed again as a PDF form XObject."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

__all__ = ["Reused"]

# Room around the form's box for line caps and cell borders drawn on the box edge.
_BLEED = 3.0


class Reused(Flowable):  # type: ignore[misc]
    """Wraps a flowable shared by many sheets of one PDF (the item table of every pre-filled sheet).

    Layout (wrap/split) is memoised per available size and drawing happens once per distinct
    piece: later sheets reference the same form XObject, so a 500-sheet batch draws the check
    points once instead of 500 times. `memo` is shared by all wrappers of one build; each sheet
    gets its own wrapper around the shared `inner` (wrappers carry per-placement state).
    """

    def __init__(self, inner: Flowable, memo: dict[Any, Any], key: str) -> None:
        super().__init__()
        self.inner = inner
        self.memo = memo
        self.key = key
        self.width = self.height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        k = ("wrap", self.key, avail_width, avail_height)
        if k not in self.memo:
            self.memo[k] = self.inner.wrapOn(self.canv, avail_width, avail_height)
        self.width, self.height = self.memo[k]
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        k = ("split", self.key, avail_width, avail_height)
        if k not in self.memo:
            self.memo[k] = self.inner.splitOn(self.canv, avail_width, avail_height)
        # Fresh wrappers every time: platypus marks flowables it postpones, and a mark left on
        # a piece shared with an earlier sheet would make it refuse the piece on a later one.
        return [Reused(p, self.memo, f"{self.key}/{avail_height:.3f}/{n}") for n, p in enumerate(self.memo[k])]

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's method name
        return float(self.inner.getSpaceBefore())

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's method name
        return float(self.inner.getSpaceAfter())

    def draw(self) -> None:
        canv = self.canv
        name = "ssj" + "".join(c if c.isalnum() else "_" for c in f"{self.key}_{self.width:.2f}_{self.height:.2f}")
        done: set[str] = self.memo.setdefault("forms", set())
        if name not in done:
            canv.beginForm(name, lowerx=-_BLEED, lowery=-_BLEED, upperx=self.width + _BLEED,
                           uppery=self.height + _BLEED)
            self.inner.drawOn(canv, 0, 0)
            canv.endForm()
            done.add(name)
        canv.doForm(name)
