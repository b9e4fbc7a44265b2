"""开场/承诺: the task, the pool per risk class, the file fingerprints, the commitment and its QR code."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from desktop.core.sr1.crypto import FILE_NAMES
from desktop.services.draw_view import DrawView
from desktop.ui.i18n import tr
from desktop.ui.projector.hex_groups import HexBlock
from desktop.ui.projector.pool_table import PoolTable
from desktop.ui.projector.qr import QrCode
from desktop.ui.projector.screens.base import Screen
from desktop.ui.projector.theme import Theme, label

_CTX = "Projector"


def file_label(name: str) -> str:
    """The Chinese name of one of the four SR1 files."""
    return {
        "targets.tsv": tr(_CTX, "对象名录"),
        "inspectors.tsv": tr(_CTX, "人员名录"),
        "conflicts.tsv": tr(_CTX, "回避关系"),
        "rules.tsv": tr(_CTX, "抽取规则"),
    }.get(name, name)


def rule_display(rule_text: str) -> str:
    """'10/100' → '10%', '1/5' stays, a fixed count '2' → '2个'."""
    if "/" in rule_text:
        num, _, den = rule_text.partition("/")
        return f"{num}%" if den.strip() == "100" else rule_text
    return tr(_CTX, "{n}个").format(n=rule_text) if rule_text else "—"


def pre_draw_record(view: DrawView) -> str:
    """The text of the pre-draw QR code: task number, the four file hashes and the commitment."""
    # File names and hex are upper case so the QR code can hold them in its compact alphanumeric mode.
    lines = [tr(_CTX, "SR1 摇号承诺 {number}").format(number=view.task_number)]
    lines += [f"{name.upper()}:{view.file_sha256.get(name, '').upper()}" for name in FILE_NAMES]
    lines.append(f"COMMIT:{view.commit_hex.upper()}")
    return "\n".join(lines)


class OpeningScreen(Screen):
    """Shown before any witness speaks: what is drawn, from which frozen data, under which commitment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bureau = label("", "title", "accent")
        self.task = label("", "heading", wrap=True)
        self.basis = label("", "body", "muted", wrap=True)
        self.pool = PoolTable()
        self.files_title = label(tr(_CTX, "数据文件指纹（SHA-256 前16位）"), "strong", "accent")
        self.files = QGridLayout()
        self.fingerprints: dict[str, HexBlock] = {}
        for row, name in enumerate(FILE_NAMES):
            block = HexBlock("hex", per_line=4)
            self.fingerprints[name] = block
            self.files.addWidget(label(file_label(name), "small", "muted"), row, 0)
            self.files.addWidget(block, row, 1)
        self.files.setColumnStretch(2, 1)
        self.commit_title = label(tr(_CTX, "承诺值（摇号前公布）"), "strong", "accent", wrap=True)
        self.commit = HexBlock("hex_large", per_line=4)
        self.commit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.qr = QrCode()
        self.qr_caption = label(tr(_CTX, "扫码留存承诺信息"), "small", "muted", wrap=True)

        left = self.left = QVBoxLayout()
        left.addWidget(self.pool)
        left.addSpacing(16)
        left.addWidget(self.files_title)
        left.addLayout(self.files)
        left.addStretch(1)
        right = self.right = QVBoxLayout()
        right.addWidget(self.commit_title)
        right.addWidget(self.commit)
        right.addWidget(self.qr, 1)
        right.addWidget(self.qr_caption)
        self.columns = QHBoxLayout()
        self.columns.addLayout(left, 3)
        self.columns.addLayout(right, 2)
        self.outer = QVBoxLayout(self)
        self.outer.addWidget(self.bureau)
        self.outer.addWidget(self.task)
        self.outer.addWidget(self.basis)
        self.outer.addLayout(self.columns, 1)

    def update_view(self, view: DrawView, previous: DrawView | None) -> None:
        super().update_view(view, previous)
        self.bureau.setText(view.bureau)
        attempt = tr(_CTX, "（第{n}次摇号）").format(n=view.attempt) if view.attempt > 1 else ""
        self.task.setText(f"{view.task_name}{attempt}")
        self.basis.setText(tr(_CTX, "依据：{basis}").format(basis=view.legal_basis) if view.legal_basis else "")
        self.basis.setVisible(bool(view.legal_basis))
        self._fill_pool(view)
        for name, block in self.fingerprints.items():
            block.set_hex(view.file_sha256.get(name, "")[:16], tr(_CTX, "—"))
        self.commit.set_hex(view.commit_hex, tr(_CTX, "承诺值生成中…"))
        self.qr.set_text(pre_draw_record(view) if view.commit_hex else "")
        self.qr_caption.setVisible(bool(view.commit_hex))

    def _fill_pool(self, view: DrawView) -> None:
        rows: list[tuple[str, ...]] = [(tr(_CTX, "风险等级"), tr(_CTX, "名录数"), tr(_CTX, "可抽数"), tr(_CTX, "比例"),
                                        tr(_CTX, "应抽数"))]
        rows += [(s.stratum, str(s.base), str(s.eligible), rule_display(s.rule_text), str(s.quota))
                 for s in view.strata]
        rows.append((tr(_CTX, "合计"), str(sum(s.base for s in view.strata)),
                     str(sum(s.eligible for s in view.strata)), "", str(sum(s.quota for s in view.strata))))
        self.pool.set_rows(rows)

    def pool_rows(self) -> list[list[str]]:
        """The pool table as shown (header row first), for tests and checks."""
        return [list(row) for row in self.pool.rows()]

    def rescale(self, theme: Theme) -> None:
        super().rescale(theme)
        gap = theme.space(16)
        self.outer.setContentsMargins(theme.space(48), theme.space(20), theme.space(48), theme.space(24))
        self.outer.setSpacing(gap)
        self.columns.setSpacing(theme.space(40))
        self.left.setSpacing(theme.space(8))
        self.right.setSpacing(theme.space(10))
        self.pool.rescale(theme)
        self.files.setHorizontalSpacing(theme.space(28))
        self.files.setVerticalSpacing(theme.space(4))
