"""现场回避/替换: a ticker of every event; a new one shows the recusal, the call for digits, the replacement."""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from desktop.services.draw_view import DrawView, EventLine, TeamSeat
from desktop.ui.i18n import tr
from desktop.ui.projector.event_diff import Change, diff_results
from desktop.ui.projector.screens.base import Screen
from desktop.ui.projector.screens.witnesses import spaced_digits
from desktop.ui.projector.theme import Theme, label, set_tone
from desktop.ui.projector.tile_grid import TileGrid

_CTX = "Projector"
PHASE_MS = 2600
_DIGITS = re.compile(r"见证人数字\s*([0-9０-９]+)")


def kind_label(kind: str) -> str:
    """Chinese name of an event kind."""
    return {"recuse": tr(_CTX, "回避"), "target_unavailable": tr(_CTX, "检查对象无法检查")}.get(kind, kind)


def _ticker_entry(event: EventLine) -> tuple[str, str]:
    return f"#{event.seq}　{event.at:%H:%M:%S}　{kind_label(event.kind)}", event.text


def _seat(seat: TeamSeat) -> str:
    return tr(_CTX, "{name}（{dept}）").format(name=seat.name, dept=seat.department) if seat.department \
        else seat.name


class EventsScreen(Screen):
    """Phases per new event: 1 recusal, 2 请见证人给出新的数字 (or how it is replaced), 3 replacement."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events: tuple[EventLine, ...] = ()
        self.changes: dict[int, Change] = {}
        self.presented = 0  # highest seq whose presentation has started
        self.phase = 0  # 0 idle, 1–3 while presenting self.presented
        self._timer = QTimer(self)
        self._timer.setInterval(PHASE_MS)
        self._timer.timeout.connect(self._next_phase)
        self.panel = QFrame()
        self.panel.setProperty("panel", "hot")
        self.kind = label("", "heading", "accent")
        self.leaving = label("", "heading", "bad", wrap=True)
        self.prompt = label("", "title", "accent", wrap=True)
        self.digits = label("", "digits", "accent", wrap=True)
        self.arriving = label("", "heading", "ok", wrap=True)
        self.team = label("", "body", "muted", wrap=True)
        inner = self.panel_box = QVBoxLayout(self.panel)
        for widget in (self.kind, self.leaving, self.prompt, self.digits, self.arriving, self.team):
            inner.addWidget(widget)
        inner.addStretch(1)
        self.ticker_title = label("", "body", "muted")
        self.ticker = TileGrid(min_chars=40)
        self.outer = QVBoxLayout(self)
        self.outer.addWidget(self.panel, 3)
        self.outer.addWidget(self.ticker_title)
        self.outer.addWidget(self.ticker, 2)

    def update_view(self, view: DrawView, previous: DrawView | None) -> None:
        super().update_view(view, previous)
        known = {e.seq for e in self.events}
        fresh = [e for e in view.events if e.seq not in known]
        if fresh and previous is not None and previous.draw_id == view.draw_id and previous.drawn:
            self.changes[fresh[-1].seq] = diff_results(previous.drawn, view.drawn)
        self.events = view.events
        if fresh and self.isVisible() and not self.busy():
            self.play_next()
        self._render()

    def reset(self) -> None:
        self._timer.stop()
        self.events = ()
        self.changes = {}
        self.presented = 0
        self.phase = 0
        self._render()

    def current(self) -> EventLine | None:
        """The event on the big panel (the last one presented)."""
        return next((e for e in self.events if e.seq == self.presented), None)

    def pending(self) -> bool:
        return any(e.seq > self.presented for e in self.events)

    def busy(self) -> bool:
        return 0 < self.phase < 3

    def enter(self) -> None:
        if self.pending() and not self.busy():
            self.play_next()

    def play_next(self) -> bool:
        nxt = next((e for e in self.events if e.seq > self.presented), None)
        if nxt is None:
            return False
        self.presented = nxt.seq
        self.phase = 1
        self._timer.start()
        self._render()
        return True

    def show_phase(self, phase: int) -> None:
        """Hold the current event at phase 1–3 (screenshots)."""
        if self.current() is None:
            return
        self._timer.stop()
        self.phase = max(1, min(3, phase))
        self._render()

    def _next_phase(self) -> None:
        self.phase = min(3, self.phase + 1)
        if self.phase >= 3:
            self._timer.stop()
            self.step_done()
        self._render()

    def finish(self) -> None:
        self._timer.stop()
        if self.phase:
            self.phase = 3
        self._render()

    def _render(self) -> None:
        count = len(self.events)
        self.ticker_title.setText(tr(_CTX, "事件记录（共{n}条）").format(n=count))
        self.ticker.set_items(self.events, _ticker_entry, highlight_last=False)
        event = self.current()
        for widget in (self.leaving, self.prompt, self.digits, self.arriving, self.team):
            widget.setText("")
        if event is None:
            self.kind.setText(tr(_CTX, "暂无现场回避或替换"))
            self.leaving.setText(tr(_CTX, "如有检查人员须回避，由操作员登记；见证人给出新的数字后重新抽取。"))
            set_tone(self.leaving, "muted")
            self._show_only()
            return
        set_tone(self.leaving, "bad")
        change = self.changes.get(event.seq, Change())
        self.kind.setText(tr(_CTX, "事件 #{seq}　{kind}").format(seq=event.seq, kind=kind_label(event.kind)))
        if change.seats_out:
            self.leaving.setText("\n".join(tr(_CTX, "✘ {who} 退出“{target}”检查组").format(
                who=_seat(s), target=t) for t, s in change.seats_out))
        elif change.targets_out:
            self.leaving.setText("\n".join(tr(_CTX, "✘ 检查对象“{name}”无法检查").format(name=t.name)
                                           for t in change.targets_out))
        else:
            self.leaving.setText("✘ " + event.text)
        if self.phase >= 2:
            digits = _DIGITS.search(event.text)
            if event.kind == "recuse" and digits:
                self.prompt.setText(tr(_CTX, "请见证人给出新的数字"))
                self.digits.setText(tr(_CTX, "见证人数字：{d}").format(d=spaced_digits(digits.group(1))))
            elif event.kind == "recuse":
                self.prompt.setText(tr(_CTX, "由审批人指定替换人员"))
            else:
                self.prompt.setText(tr(_CTX, "按抽签号顺序由候补对象递补"))
        if self.phase >= 3:
            self._show_arrivals(event, change)
        self._show_only()

    def _show_arrivals(self, event: EventLine, change: Change) -> None:
        if change.seats_in:
            self.arriving.setText("\n".join(tr(_CTX, "✔ 替换为 {who}，加入“{target}”检查组").format(
                who=_seat(s), target=t) for t, s in change.seats_in))
            target_name = change.seats_in[0][0]
            team = next((t.team for t in self.view.drawn if t.name == target_name), ()) if self.view else ()
            self.team.setText(tr(_CTX, "现检查组：{team}").format(team="、".join(
                f"{s.role_label} {s.name}" for s in team)))
        elif change.targets_in:
            self.arriving.setText("\n".join(tr(_CTX, "✔ 递补：{name}（抽签号 {key}…）").format(
                name=t.name, key=t.key_hex[:8].upper()) for t in change.targets_in))
            self.team.setText("\n".join(tr(_CTX, "检查组：{team}").format(team="、".join(
                f"{s.role_label} {s.name}" for s in t.team)) for t in change.targets_in))
        else:
            self.arriving.setText(tr(_CTX, "✔ 已重新计算，结果见事件记录"))
        del event

    def _show_only(self) -> None:
        for widget in (self.leaving, self.prompt, self.digits, self.arriving, self.team):
            widget.setVisible(bool(widget.text()))

    def rescale(self, theme: Theme) -> None:
        super().rescale(theme)
        self.ticker.rescale(theme)
        self.outer.setContentsMargins(theme.space(48), theme.space(20), theme.space(48), theme.space(20))
        self.outer.setSpacing(theme.space(14))
        pad = theme.space(28)
        self.panel_box.setContentsMargins(pad, pad, pad, pad)
        self.panel_box.setSpacing(theme.space(12))
