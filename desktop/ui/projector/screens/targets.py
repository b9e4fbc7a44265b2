"""抽取检查对象: per risk class a reel lands on each drawn target, the name zooms, a tile drops into the grid."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QEasingCurve, QRect, Qt, QTimer, QVariantAnimation
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from desktop.services.draw_view import DrawnTarget, DrawView
from desktop.ui.i18n import tr
from desktop.ui.projector.reel import NameReel, reel_names
from desktop.ui.projector.screens.base import Screen
from desktop.ui.projector.theme import Theme, label
from desktop.ui.projector.tile_grid import Entry, TileGrid

_CTX = "Projector"
ANIMATED_PER_CLASS = 10
ZOOM_MS = 320
HOLD_MS = 1500
FILL_TICK_MS = 120
FILL_MAX_TICKS = 40
_CENTER = Qt.AlignmentFlag.AlignCenter
# The last grouping (the targets and the result screen ask for the same view's groups).
_GROUPED: dict[int, tuple[tuple[DrawnTarget, ...], list[tuple[str, list[DrawnTarget]]]]] = {}


def targets_by_class(view: DrawView) -> list[tuple[str, list[DrawnTarget]]]:
    """Drawn targets grouped by risk class (pool-table order), each class in position order."""
    cached = _GROUPED.get(id(view.drawn))
    if cached is not None and cached[0] is view.drawn:
        return cached[1]
    grouped = _group(view)
    _GROUPED.clear()
    _GROUPED[id(view.drawn)] = (view.drawn, grouped)
    return grouped


def _group(view: DrawView) -> list[tuple[str, list[DrawnTarget]]]:
    order = [s.stratum for s in view.strata]
    groups: dict[str, list[DrawnTarget]] = {name: [] for name in order}
    for target in sorted(view.drawn, key=lambda t: t.position):
        groups.setdefault(target.stratum, []).append(target)
    return [(name, items) for name, items in groups.items() if items]


def tile_entry(target: DrawnTarget) -> Entry:
    """A result tile: 序号 · 名称 on top, the 抽签号 prefix below."""
    return (f"{target.position} · {target.name}",
            tr(_CTX, "抽签号 {key}…").format(key=target.key_hex[:8].upper()))


class TargetsScreen(Screen):
    """Each advance plays the next target; after ten in a class the rest of it fills in quickly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue: list[DrawnTarget] = []
        self._keys: list[tuple[int, str]] = []
        self.placed = 0
        self.phase = ""  # "", "spin", "zoom", "fill"
        self._classes: list[tuple[str, list[DrawnTarget]]] = []
        self._starts: list[int] = []  # queue index where each class begins
        self._reel_class = ""
        self.progress = label("", "heading", "accent")
        self.overall = label("", "body", "muted",
                             align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.reel = NameReel()
        self.grid = TileGrid()
        self.done_line = label("", "body", "muted", wrap=True)
        self.zoom = QFrame(self)
        self.zoom.setProperty("panel", "hot")
        self.zoom_name = label("", "reveal", align=_CENTER, wrap=True)
        self.zoom_sub = label("", "heading", "accent", align=_CENTER, wrap=True)
        zoom_layout = self.zoom_box = QVBoxLayout(self.zoom)
        zoom_layout.addStretch(1)
        zoom_layout.addWidget(self.zoom_name)
        zoom_layout.addWidget(self.zoom_sub)
        zoom_layout.addStretch(1)
        self.zoom.hide()
        self._zoom_anim = QVariantAnimation(self)
        self._zoom_anim.setDuration(ZOOM_MS)
        self._zoom_anim.setEasingCurve(QEasingCurve.Type.OutBack)
        self._zoom_anim.valueChanged.connect(self._on_zoom_rect)
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(HOLD_MS)
        self._hold.timeout.connect(self._drop)
        self._fill = QTimer(self)
        self._fill.setInterval(FILL_TICK_MS)
        self._fill.timeout.connect(self._fill_tick)
        self._fill_end = 0
        self._fill_batch = 1
        self.reel.landed.connect(self._on_landed)

        top = self.top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.overall)
        self.middle = QHBoxLayout()
        self.middle.addWidget(self.reel, 1)
        self.middle.addWidget(self.grid, 2)
        self.outer = QVBoxLayout(self)
        self.outer.addLayout(top)
        self.outer.addLayout(self.middle, 1)
        self.outer.addWidget(self.done_line)

    # -- data -------------------------------------------------------------------------------

    def update_view(self, view: DrawView, previous: DrawView | None) -> None:
        super().update_view(view, previous)
        self._classes = targets_by_class(view)
        self._starts = []
        queue: list[DrawnTarget] = []
        for _name, items in self._classes:
            self._starts.append(len(queue))
            queue.extend(items)
        # This screen shows position, name, class and 抽签号, all fixed by the code within a draw: comparing
        # codes (not whole targets with their teams) keeps a recusal among 5,000 targets cheap.
        keys = [(t.position, t.code) for t in queue]
        if keys != self._keys:
            self.finish()
            self.placed = min(self.placed, len(queue))
            self._reel_class = ""
        self._keys = keys
        self.queue = queue
        self._render()

    def reset(self) -> None:
        self.finish()
        self.placed = 0
        self._reel_class = ""
        self._render()

    def placed_targets(self) -> list[DrawnTarget]:
        """The targets already dropped into the grid, in the order they were shown."""
        return self.queue[:self.placed]

    def _class_of(self, index: int) -> tuple[str, list[DrawnTarget], int]:
        """(class name, its targets, position within the class) of queue[index]."""
        k = bisect_right(self._starts, index) - 1
        if k < 0 or not self._classes:
            return "", [], 0
        name, items = self._classes[k]
        return name, items, index - self._starts[k]

    # -- steps ------------------------------------------------------------------------------

    def pending(self) -> bool:
        return self.placed < len(self.queue)

    def busy(self) -> bool:
        return self.phase != ""

    def play_next(self) -> bool:
        if not self.pending():
            return False
        name, items, within = self._class_of(self.placed)
        if within >= ANIMATED_PER_CLASS:
            self.phase = "fill"
            self._fill_end = self.placed + (len(items) - within)
            self._fill_batch = max(1, -(-(len(items) - within) // FILL_MAX_TICKS))
            self._fill.start()
            self._render()
            return True
        target = self.queue[self.placed]
        if self._reel_class != name:
            eligible = next((s.eligible_names for s in self.view.strata if s.stratum == name), ()) \
                if self.view else ()
            self.reel.set_names(reel_names(eligible, [t.name for t in items[:ANIMATED_PER_CLASS]]))
            self._reel_class = name
        self.phase = "spin"
        self._render()
        self.reel.spin_to(target.name)
        return True

    def _on_landed(self) -> None:
        if self.phase != "spin":
            return
        self.phase = "zoom"
        target = self.queue[self.placed]
        self.zoom_name.setText(target.name)
        self.zoom_sub.setText(tr(_CTX, "{cls} · 序号 {n} · 抽签号 {key}…").format(
            cls=target.stratum, n=target.position, key=target.key_hex[:8].upper()))
        reel = self.reel.geometry()
        start = reel.adjusted(reel.width() // 8, reel.height() // 4, -reel.width() // 8, -reel.height() // 4)
        self._zoom_anim.setStartValue(start)
        self._zoom_anim.setEndValue(self._zoom_target())
        self.zoom.setGeometry(start)
        self.zoom.show()
        self.zoom.raise_()
        self._zoom_anim.start()
        self._hold.start()

    def settle_zoom(self) -> None:
        """Jump the zoom to its full size; the name stays up until the hold ends (screenshots)."""
        if self.phase == "zoom":
            self._zoom_anim.setCurrentTime(self._zoom_anim.duration())

    def _zoom_target(self) -> QRect:
        return self.reel.geometry().united(self.grid.geometry())

    def _on_zoom_rect(self, rect: object) -> None:
        if isinstance(rect, QRect):
            self.zoom.setGeometry(rect)

    def _drop(self) -> None:
        if self.phase != "zoom":
            return
        self._zoom_anim.stop()
        self.zoom.hide()
        self.placed += 1
        self.phase = ""
        self._render()
        self.step_done()

    def _fill_tick(self) -> None:
        self.placed = min(self._fill_end, self.placed + self._fill_batch)
        if self.placed >= self._fill_end:
            self._fill.stop()
            self.phase = ""
            self._render()
            self.step_done()
            return
        self._render()

    def finish(self) -> None:
        if self.phase in ("spin", "zoom"):
            self.phase = ""  # the reel's landing must not start a zoom now
            self.reel.finish()
            self._zoom_anim.stop()
            self._hold.stop()
            self.zoom.hide()
            self.placed = min(len(self.queue), self.placed + 1)
        elif self.phase == "fill":
            self._fill.stop()
            self.placed = self._fill_end
        self.phase = ""
        self._render()

    # -- painting ---------------------------------------------------------------------------

    def _render(self) -> None:
        if not self.queue:
            waiting = self.view is not None and not self.view.drawn
            self.progress.setText(tr(_CTX, "等待计算结果…") if waiting else "")
            self.overall.setText("")
            self.grid.set_entries([])
            self.done_line.setText("")
            return
        index = min(self.placed, len(self.queue) - 1) if self.phase else max(0, self.placed - 1)
        name, items, within = self._class_of(index)
        start = index - within
        done = max(0, min(len(items), self.placed - start))
        self.progress.setText(tr(_CTX, "{cls}　{done} / {total}").format(cls=name, done=done, total=len(items)))
        self.overall.setText(tr(_CTX, "已抽出 {done} / 共 {total} 个").format(
            done=self.placed, total=len(self.queue)))
        self.grid.set_items(items[:done], tile_entry, highlight_last=self.phase != "fill")
        finished = [tr(_CTX, "{cls} {n}个 ✔").format(cls=cls, n=len(members))
                    for (cls, members), begin in zip(self._classes, self._starts, strict=True)
                    if cls != name and begin + len(members) <= self.placed]
        self.done_line.setText(tr(_CTX, "已完成：{list}").format(list="　".join(finished)) if finished else "")

    def rescale(self, theme: Theme) -> None:
        super().rescale(theme)
        self.reel.rescale(theme)
        self.grid.rescale(theme)
        self.outer.setContentsMargins(theme.space(48), theme.space(20), theme.space(48), theme.space(20))
        self.outer.setSpacing(theme.space(16))
        self.middle.setSpacing(theme.space(32))
        # Wide screens give the result tiles two columns; on 4:3 the reel keeps room for its names.
        wide = theme.width >= theme.height * 1.5
        self.middle.setStretch(0, 1 if wide else 2)
        self.middle.setStretch(1, 2 if wide else 3)
        self.top.setSpacing(theme.space(24))
        pad = theme.space(24)
        self.zoom_box.setContentsMargins(pad, pad, pad, pad)
        if self.zoom.isVisible():
            self.zoom.setGeometry(self._zoom_target())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.zoom.isVisible() and self._zoom_anim.state() != QVariantAnimation.State.Running:
            self.zoom.setGeometry(self._zoom_target())
