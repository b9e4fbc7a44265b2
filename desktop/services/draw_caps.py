"""Lock-time checks and records: the yearly cap under concurrency, and the draw.json ledger entry."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.models import Draw, DrawSelection, Task
from desktop.core.errors import DomainError
from desktop.core.sr1 import draw_record, render_draw_json
from desktop.services import pool
from desktop.services.draw_data import package_of, sr1_events, witness_digits

# Every locker of any task takes this lock: the cap is bureau-wide, so locks must serialise.
_PG_CAP_LOCK = 0x5353_4A43_4150_0001


def _serialise(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_CAP_LOCK})
    # SQLite: the write transaction began with BEGIN IMMEDIATE, so lockers already run one at a time.


def check_caps(session: Session, draw: Draw, year: int) -> None:
    """Refuse to lock when a drawn, non-exempt target would pass the yearly cap (re-counted now)."""
    _serialise(session)
    package = package_of(draw)
    cap = package.rules.max_draws_per_year
    exempt = {t.id for t in package.targets if t.exempt}
    drawn = [code for code in session.scalars(
        select(DrawSelection.target_code).where(DrawSelection.draw_id == draw.id,
                                                DrawSelection.status == "drawn"))
             if code not in exempt]
    if not drawn:
        return
    query = pool.yearly_draws(DrawSelection.target_code, year).where(DrawSelection.target_code.in_(drawn))
    counts: dict[str, int] = {code: n for code, n in session.execute(query)}
    over = sorted(code for code in drawn if counts.get(code, 0) + 1 > cap)
    if over:
        raise DomainError("draw_cap_exceeded", targets="、".join(over[:5]), count=len(over), cap=cap)


def previous_ledger_hash(session: Session, draw: Draw) -> str:
    """The result hash of the bureau's previous locked draw: draw records form a ledger."""
    prev = session.scalar(select(Draw.result_hash).where(Draw.state == "locked", Draw.id != draw.id)
                          .order_by(Draw.locked_at.desc(), Draw.id.desc()).limit(1))
    return prev or ""


def render_record(session: Session, draw: Draw, app_version: str) -> str:
    """draw.json of a computed draw, with witness names, times and the ledger link as extras."""
    task = session.get(Task, draw.task_id)
    assert task is not None and draw.secret_hex and draw.seed_hex and draw.result_hash
    extra: dict[str, Any] = {
        "task_name": task.name,
        "rehearsal": draw.rehearsal,
        "attempt": draw.attempt,
        "witness_details": [{"seat": w.seat, "name": w.name, "affiliation": w.affiliation}
                            for w in sorted(draw.witnesses, key=lambda w: w.seat)],
        "committed_at": draw.committed_at.isoformat() if draw.committed_at else "",
        "revealed_at": draw.revealed_at.isoformat() if draw.revealed_at else "",
        "app_version": app_version,
        "previous_result_hash": previous_ledger_hash(session, draw),
    }
    record = draw_record(package_of(draw), bytes.fromhex(draw.secret_hex), witness_digits(draw),
                         sr1_events(session, draw.id), draw.seed_hex, draw.result_hash,
                         draw.result_text or "", extra)
    return render_draw_json(record).decode("utf-8")


def parse_record(draw_json: str) -> dict[str, Any]:
    """draw.json back as a dict."""
    data = json.loads(draw_json)
    assert isinstance(data, dict)
    return data
