"""Hashes as people read them aloud: upper-case hex in groups of four; the commitment re-checked after reveal."""

from __future__ import annotations

from desktop.core.errors import DomainError
from desktop.core.sr1 import FILE_NAMES, commitment
from desktop.services.draw_view import DrawView

GROUP = 4


def group_hex(hex_text: str, groups_per_line: int = 0) -> str:
    """'ab12cd34…' → 'AB12 CD34 …'; with `groups_per_line`, a line break after that many groups."""
    text = hex_text.strip().upper()
    groups = [text[i:i + GROUP] for i in range(0, len(text), GROUP)]
    if groups_per_line <= 0:
        return " ".join(groups)
    lines = [" ".join(groups[i:i + groups_per_line]) for i in range(0, len(groups), groups_per_line)]
    return "\n".join(lines)


def recomputed_commitment(view: DrawView) -> str:
    """SHA256("SR1/commit\\0" ‖ FH ‖ secret) from the shown file hashes and the revealed secret ('' before reveal).

    Anyone in the room can redo this with the printed values; the console shows it beside the
    commitment announced before the witnesses spoke.
    """
    if not view.secret_hex:
        return ""
    try:
        fh = b"".join(bytes.fromhex(view.file_sha256[name]) for name in FILE_NAMES)
        return commitment(fh, bytes.fromhex(view.secret_hex)).hex()
    except (KeyError, ValueError, DomainError):
        return ""
