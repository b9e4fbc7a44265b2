"""揭示: the secret appears, the commitment is recomputed on screen and matched group by group."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from desktop.core.sr1.crypto import FILE_NAMES
from desktop.services.draw_view import DrawView
from desktop.ui.i18n import tr
from desktop.ui.projector.hex_groups import HexBlock, groups
from desktop.ui.projector.screens.base import Screen
from desktop.ui.projector.theme import Theme, label, set_tone

_CTX = "Projector"
COMMIT_TAG = b"SR1/commit\0"
GROUP_STEP_MS = 160
_CENTER = Qt.AlignmentFlag.AlignCenter


def recompute_commitment(file_sha256: dict[str, str], secret_hex: str) -> str:
    """SR1 §2: SHA256("SR1/commit\\0" ‖ FH ‖ secret), computed here from the shown values."""
    try:
        fh = b"".join(bytes.fromhex(file_sha256[name]) for name in FILE_NAMES)
        secret = bytes.fromhex(secret_hex)
    except (KeyError, ValueError):
        return ""
    return hashlib.sha256(COMMIT_TAG + fh + secret).hexdigest()


class _Cell(QFrame):
    """One group: published, recomputed, verdict."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("panel", "true")
        self.committed = label("", "hex", "muted", align=_CENTER)
        self.recomputed = label("", "hex_strong", align=_CENTER)
        self.verdict = label("", "small", "ok", align=_CENTER)
        self.box = QVBoxLayout(self)
        self.box.setSpacing(0)
        for widget in (self.committed, self.recomputed, self.verdict):
            self.box.addWidget(widget)


class RevealScreen(Screen):
    """The 16 groups of the commitment: published value over recomputed value, each with 一致 ✔."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recomputed = ""
        self.checked = 0
        self._secret = ""
        self._timer = QTimer(self)
        self._timer.setInterval(GROUP_STEP_MS)
        self._timer.timeout.connect(self._check_next)
        self.secret_title = label(tr(_CTX, "密钥（开场前已生成并封存，现在公开）"), "strong", "accent")
        self.secret = HexBlock("hex")
        self.formula = label(tr(_CTX, "现场重新计算 SHA-256（“SR1/commit”‖ 四个文件的指纹 ‖ 密钥），"
                                      "逐组核对：上行为开场公布的承诺值，下行为重新计算的值"),
                             "small", "muted", wrap=True)
        self.grid = QGridLayout()
        self.cells = [_Cell() for _ in range(16)]
        for i, cell in enumerate(self.cells):
            self.grid.addWidget(cell, i // 8, i % 8)
        self.summary = label("", "heading", "ok", wrap=True)
        self.seed_title = label(tr(_CTX, "随机种子（由文件指纹、密钥和见证人数字计算）"), "strong", "accent",
                                wrap=True)
        self.seed_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.seed = HexBlock("hex")
        self.outer = QVBoxLayout(self)
        for widget in (self.secret_title, self.secret, self.formula):
            self.outer.addWidget(widget)
        self.outer.addLayout(self.grid)
        self.outer.addWidget(self.summary)
        self.outer.addWidget(self.seed_title)
        self.outer.addWidget(self.seed)
        self.outer.addStretch(1)

    def update_view(self, view: DrawView, previous: DrawView | None) -> None:
        super().update_view(view, previous)
        if view.secret_hex != self._secret:
            self._secret = view.secret_hex
            self.recomputed = recompute_commitment(view.file_sha256, view.secret_hex) if view.secret_hex else ""
            self.checked = 0
            self._timer.stop()
            if self.recomputed and self.isVisible():
                self._timer.start()
        self._render()

    def reset(self) -> None:
        self._timer.stop()
        self._secret = ""
        self.recomputed = ""
        self.checked = 0
        self._render()

    def matches(self) -> list[bool]:
        """Per group: does the recomputed commitment equal the published one?"""
        shown = groups(self.view.commit_hex) if self.view else []
        again = groups(self.recomputed)
        return [i < len(again) and again[i] == g for i, g in enumerate(shown)]

    def enter(self) -> None:
        if self.recomputed and self.checked < len(self.cells):
            self._timer.start()

    def busy(self) -> bool:
        return self._timer.isActive()

    def finish(self) -> None:
        self._timer.stop()
        if self.recomputed:
            self.checked = len(self.cells)
        self._render()

    def seek(self, groups_checked: int) -> None:
        """Show the check stopped after a number of groups (screenshots)."""
        self._timer.stop()
        self.checked = max(0, min(groups_checked, len(self.cells))) if self.recomputed else 0
        self._render()

    def _check_next(self) -> None:
        self.checked = min(self.checked + 1, len(self.cells))
        if self.checked >= len(self.cells):
            self._timer.stop()
            self.step_done()
        self._render()

    def _render(self) -> None:
        view = self.view
        if view is None:
            return
        self.secret.set_hex(view.secret_hex, tr(_CTX, "等待公开密钥…"))
        published = groups(view.commit_hex)
        again = groups(self.recomputed)
        verdicts = self.matches()
        for i, cell in enumerate(self.cells):
            cell.committed.setText(published[i] if i < len(published) else "")
            done = i < self.checked and i < len(again)
            cell.recomputed.setText(again[i] if done else "····")
            set_tone(cell.recomputed, "text" if done else "muted")
            if done:
                ok = i < len(verdicts) and verdicts[i]
                cell.verdict.setText(tr(_CTX, "一致✔") if ok else tr(_CTX, "不符✘"))
                set_tone(cell.verdict, "ok" if ok else "bad")
            else:
                cell.verdict.setText(" ")
        complete = bool(self.recomputed) and self.checked >= len(self.cells)
        if complete and all(verdicts) and verdicts:
            self.summary.setText(tr(_CTX, "✔ 16组全部一致：公开的密钥与开场公布的承诺值相符"))
            set_tone(self.summary, "ok")
        elif complete:
            bad = [str(i + 1) for i, ok in enumerate(verdicts) if not ok]
            self.summary.setText(tr(_CTX, "✘ 第{groups}组不一致：请停止摇号并记录").format(groups="、".join(bad)))
            set_tone(self.summary, "bad")
        elif self.recomputed:
            self.summary.setText(tr(_CTX, "正在逐组核对… {n} / 16").format(n=self.checked))
            set_tone(self.summary, "muted")
        else:
            self.summary.setText("")
        self.seed.set_hex(view.seed_hex if complete else "", "")
        self.seed_title.setVisible(complete and bool(view.seed_hex))
        self.seed.setVisible(complete and bool(view.seed_hex))

    def rescale(self, theme: Theme) -> None:
        super().rescale(theme)
        self.outer.setContentsMargins(theme.space(48), theme.space(20), theme.space(48), theme.space(20))
        self.outer.setSpacing(theme.space(10))
        self.grid.setSpacing(theme.space(10))
        for cell in self.cells:
            pad = theme.space(6)
            cell.box.setContentsMargins(pad, pad, pad, pad)
