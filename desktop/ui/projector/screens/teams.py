"""匹配检查人员: per target the leader's badge first, then the members; joint departments as chips."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from desktop.services.draw_view import DrawnTarget, DrawView, TeamSeat
from desktop.ui.i18n import tr
from desktop.ui.projector.screens.base import Screen
from desktop.ui.projector.theme import Theme, chip_colour, label, set_tone
from desktop.ui.projector.tile_grid import Entry, TileGrid

_CTX = "Projector"
ANIMATED_TEAMS = 10
SEAT_MS = 650
FILL_TICK_MS = 150
FILL_MAX_TICKS = 40


def seat_role(seat: TeamSeat) -> str:
    """Shape and word of a seat, so the role never depends on colour alone."""
    if seat.role == "leader":
        return tr(_CTX, "★ 组长")
    if seat.role.startswith("dept:"):
        return tr(_CTX, "◆ 联合成员")
    return tr(_CTX, "● 组员")


def team_entry(target: DrawnTarget) -> Entry:
    """A finished team as a tile: target on top, leader and members below."""
    leader = [s.name for s in target.team if s.role == "leader"]
    members = [s.name for s in target.team if s.role != "leader"]
    sub = tr(_CTX, "组长 {leader}").format(leader="、".join(leader) or "—")
    if members:
        sub += tr(_CTX, " · 组员 {members}").format(members="、".join(members))
    return (f"{target.position} · {target.name}", sub)


class _SeatRow(QFrame):
    """One seat: role badge, name, staff number, department chip."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("panel", "true")
        self.role = label("", "strong", "badge")
        self.name = label("", "heading")
        self.staff = label("", "body", "muted")
        self.chip = label("", "body")
        self.box = QHBoxLayout(self)
        self.box.addWidget(self.role)
        self.box.addWidget(self.name)
        self.box.addWidget(self.staff)
        self.box.addStretch(1)
        self.box.addWidget(self.chip)

    def show_seat(self, seat: TeamSeat, theme: Theme) -> None:
        """Fill the row from a seat."""
        self.role.setText(seat_role(seat))
        set_tone(self.role, "badge" if seat.role == "leader" else "accent")
        self.name.setText(seat.name)
        self.staff.setText(tr(_CTX, "编号 {no}").format(no=seat.staff_no))
        self.chip.setText(seat.department)
        self.chip.setVisible(bool(seat.department))
        pad = theme.space(14)
        self.chip.setStyleSheet(f"background-color: {chip_colour(seat.department)}; color: #FFFFFF;"
                                f" border-radius: {pad // 2}px; padding: 2px {pad}px;")


class TeamsScreen(Screen):
    """Each advance shows the next target's team; after ten the rest fill in as tiles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue: list[DrawnTarget] = []
        self.shown = 0  # teams revealed so far; the last one is the big card
        self.seats_visible = 0
        self.phase = ""  # "", "seats", "fill"
        self._fill_batch = 1
        self.progress = label("", "heading", "accent")
        self.stratum = label("", "body", "muted", align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.target = label("", "name", wrap=True)
        self.seats_box = QVBoxLayout()
        self.rows: list[_SeatRow] = []
        # Inspectors who could not be sent to this target, greyed with the reason (text, not colour).
        self.blocked = label("", "body", "muted", wrap=True)
        self.earlier_title = label(tr(_CTX, "已匹配的检查组"), "body", "muted")
        self.grid = TileGrid(min_chars=15)
        self._seat_timer = QTimer(self)
        self._seat_timer.setInterval(SEAT_MS)
        self._seat_timer.timeout.connect(self._next_seat)
        self._fill = QTimer(self)
        self._fill.setInterval(FILL_TICK_MS)
        self._fill.timeout.connect(self._fill_tick)
        top = self.top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.stratum)
        self.outer = QVBoxLayout(self)
        self.outer.addLayout(top)
        self.outer.addWidget(self.target)
        self.outer.addLayout(self.seats_box)
        self.outer.addWidget(self.blocked)
        self.outer.addWidget(self.earlier_title)
        self.outer.addWidget(self.grid, 1)

    def update_view(self, view: DrawView, previous: DrawView | None) -> None:
        super().update_view(view, previous)
        queue = sorted(view.drawn, key=lambda t: t.position)
        if queue != self.queue:
            self.finish()
            self.queue = queue
            self.shown = min(self.shown, len(queue))
            self.seats_visible = len(queue[self.shown - 1].team) if self.shown else 0
        self._render()

    def reset(self) -> None:
        self.finish()
        self.shown = 0
        self.seats_visible = 0
        self._render()

    def current(self) -> DrawnTarget | None:
        """The target whose team is on the big card."""
        return self.queue[self.shown - 1] if self.shown else None

    def seat_texts(self) -> list[tuple[str, str, str, str]]:
        """The visible seats of the big card: (role, name, staff number text, department)."""
        return [(r.role.text(), r.name.text(), r.staff.text(), r.chip.text())
                for r in self.rows[:self.seats_visible] if not r.isHidden()]

    def pending(self) -> bool:
        return self.shown < len(self.queue)

    def busy(self) -> bool:
        return self.phase != ""

    def play_next(self) -> bool:
        if not self.pending():
            return False
        if self.shown >= ANIMATED_TEAMS:
            self.phase = "fill"
            self._fill_batch = max(1, -(-(len(self.queue) - self.shown) // FILL_MAX_TICKS))
            self._fill.start()
            return True
        self.shown += 1
        self.seats_visible = 1
        self.phase = "seats"
        self._seat_timer.start()
        self._render()
        return True

    def _next_seat(self) -> None:
        target = self.current()
        size = len(target.team) if target else 0
        if self.seats_visible >= size:
            self._seat_timer.stop()
            self.phase = ""
            self._render()
            self.step_done()
            return
        self.seats_visible += 1
        self._render()

    def _fill_tick(self) -> None:
        self.shown = min(len(self.queue), self.shown + self._fill_batch)
        current = self.current()
        self.seats_visible = len(current.team) if current else 0
        if self.shown >= len(self.queue):
            self._fill.stop()
            self.phase = ""
            self.step_done()
        self._render()

    def finish(self) -> None:
        self._seat_timer.stop()
        if self.phase == "fill":
            self._fill.stop()
            self.shown = len(self.queue)
        current = self.current()
        self.seats_visible = len(current.team) if current else 0
        self.phase = ""
        self._render()

    def _render(self) -> None:
        current = self.current()
        if current is None:
            waiting = self.view is not None and not self.view.drawn
            self.progress.setText(tr(_CTX, "等待计算结果…") if waiting else tr(_CTX, "按翻页键开始匹配检查人员"))
            self.stratum.setText("")
            self.target.setText("")
            for row in self.rows:
                row.hide()
            self.grid.set_entries([])
            self.earlier_title.hide()
            self.blocked.hide()
            return
        self.progress.setText(tr(_CTX, "检查组 {n} / {total}").format(n=self.shown, total=len(self.queue)))
        self.stratum.setText(current.stratum)
        self.target.setText(current.name)
        while len(self.rows) < len(current.team):
            row = _SeatRow()
            self.rows.append(row)
            self.seats_box.addWidget(row)
            self.theme.apply(row)
            self._space_row(row)
        for i, row in enumerate(self.rows):
            if i < len(current.team) and i < self.seats_visible:
                row.show_seat(current.team[i], self.theme)
                row.show()
            else:
                row.hide()
        self._show_blocked(current)
        earlier = self.queue[:self.shown - 1]
        self.earlier_title.setVisible(bool(earlier))
        self.grid.set_items(earlier, team_entry, highlight_last=False)

    def _show_blocked(self, target: DrawnTarget) -> None:
        reasons = {"回避": tr(_CTX, "回避"), "超量": tr(_CTX, "超量")}
        parts = [tr(_CTX, "{name}（{reason}）").format(name=name, reason=reasons.get(reason, reason))
                 for name, reason in target.unavailable[:6]]
        if len(target.unavailable) > 6:
            parts.append(tr(_CTX, "等{n}人").format(n=len(target.unavailable)))
        if target.unqualified:
            parts.append(tr(_CTX, "{n}人无资格").format(n=target.unqualified))
        self.blocked.setText(tr(_CTX, "不可派：") + "　".join(parts) if parts else "")
        self.blocked.setVisible(bool(parts))

    def rescale(self, theme: Theme) -> None:
        super().rescale(theme)
        self.grid.rescale(theme)
        self.outer.setContentsMargins(theme.space(48), theme.space(20), theme.space(48), theme.space(20))
        self.outer.setSpacing(theme.space(14))
        self.seats_box.setSpacing(theme.space(10))
        self.top.setSpacing(theme.space(24))
        for row in self.rows:
            self._space_row(row)
        self._render()

    def _space_row(self, row: _SeatRow) -> None:
        pad = self.theme.space(12)
        row.box.setContentsMargins(pad, pad // 2, pad, pad // 2)
        row.box.setSpacing(self.theme.space(24))
