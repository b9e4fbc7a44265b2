"""The hash-chained audit log: append an event, verify the chain."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.models import AuditEvent
from desktop.services.context import Actor

GENESIS = "0" * 64
# Any constant works; it only has to be the same for every writer of the chain.
_PG_CHAIN_LOCK = 0x5353_4A41_5544_4954


def _canonical(seq: int, at: str, actor: str, action: str, entity: str, entity_id: str,
               details: str, prev_hash: str) -> bytes:
    """The exact bytes hashed for one event; any edit of a stored field changes them."""
    body = [seq, at, actor, action, entity, entity_id, details, prev_hash]
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def event_hash(ev: AuditEvent) -> str:
    """Recompute the SHA-256 of a stored event from its fields."""
    data = _canonical(ev.seq, ev.at, ev.actor, ev.action, ev.entity, ev.entity_id, ev.details,
                      ev.prev_hash)
    return hashlib.sha256(data).hexdigest()


def _lock_chain(session: Session) -> None:
    """Serialise appenders so two writers never fork the chain."""
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_CHAIN_LOCK})
    # SQLite write transactions start with BEGIN IMMEDIATE, which already serialises writers.


def record(session: Session, actor: Actor, action: str, entity: str = "", entity_id: object = "",
           details: dict[str, Any] | None = None) -> AuditEvent:
    """Append one audit event to the chain inside the caller's transaction."""
    _lock_chain(session)
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq = 1 if last is None else last.seq + 1
    prev = GENESIS if last is None else last.hash
    at = datetime.now().isoformat(timespec="microseconds")
    det = json.dumps(details or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                     default=str)
    ev = AuditEvent(seq=seq, at=at, actor=actor.username, action=action, entity=entity,
                    entity_id=str(entity_id), details=det, prev_hash=prev, hash="")
    ev.hash = event_hash(ev)
    session.add(ev)
    session.flush()
    return ev


@dataclass(frozen=True)
class ChainReport:
    """The outcome of verifying the chain; `broken_seq` names the first bad event."""

    ok: bool
    count: int
    broken_seq: int | None = None
    reason: str = ""


def verify_chain(session: Session) -> ChainReport:
    """Walk the chain in order; report the first event edited, inserted or deleted out of band."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).yield_per(2000):
        count += 1
        if ev.seq != expected_seq:
            return ChainReport(False, count, ev.seq, f"missing event before seq {ev.seq}")
        if ev.prev_hash != prev:
            return ChainReport(False, count, ev.seq, "prev_hash does not match the previous event")
        if event_hash(ev) != ev.hash:
            return ChainReport(False, count, ev.seq, "content does not match its hash")
        prev = ev.hash
        expected_seq += 1
    return ChainReport(True, count)
