"""Post-lock replacement of a drawn inspector (岗位调整, 健康, 回避 …), signed off by an approver."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Draw, DrawEvent, Replacement
from desktop.core import roles as role_names
from desktop.core.errors import DomainError
from desktop.core.sr1 import normalize_witness, run_draw
from desktop.services import audit, pool
from desktop.services.context import Actor
from desktop.services.draw_data import package_of, sr1_events, witness_digits

POST_LOCK_KIND = "post_lock_recuse"


@dataclass(frozen=True)
class ReplacementRow:
    """What a replacement did."""

    target_code: str
    left: str
    joined: str
    role: str
    entropy: str


def post_lock_events(session: Session, draw_id: int) -> list[dict[str, Any]]:
    """Recusals approved after the lock, in order: replaying them after the SR1 events gives the teams."""
    rows = session.scalars(select(DrawEvent).where(DrawEvent.draw_id == draw_id,
                                                   DrawEvent.kind == POST_LOCK_KIND).order_by(DrawEvent.seq))
    return [dict(r.payload) for r in rows]


def replace_after_lock(session: Session, actor: Actor, draw_id: int, target_code: str, inspector_code: str,
                       reason: str, *, approved_by: str, entropy: str | None = None,
                       replacement: str | None = None) -> ReplacementRow:
    """Replace one member of a locked draw's team; the result itself stays locked and verifiable.

    The change is an SR1 recusal applied after the draw's own events, drawn from fresh digits
    (given by a witness, or from the OS CSPRNG when none is present — recorded either way) or, where
    the profile says the approver chooses, assigned; it is stored as an event with its entropy.
    """
    actor.require_any(role_names.APPROVER)
    if not reason.strip() or not approved_by.strip():
        raise DomainError("replacement_fields_required")
    draw = session.get(Draw, draw_id)
    if draw is None or draw.state != "locked":
        raise DomainError("draw_not_locked", draw=draw_id)
    if entropy is not None and replacement is not None:
        raise DomainError("replacement_entropy_or_choice")
    if entropy is None and replacement is None:  # no witness present: the OS CSPRNG gives the digits
        entropy = "".join(str(secrets.randbelow(10)) for _ in range(8))
    event: dict[str, Any] = {"type": "recuse", "target": target_code, "inspector": inspector_code}
    if replacement is not None:
        event["replacement"] = replacement
    else:
        assert entropy is not None
        normalize_witness(entropy)  # raises on bad digits before anything is stored
        event["entropy"] = entropy
    earlier = sr1_events(session, draw_id) + post_lock_events(session, draw_id)
    assert draw.secret_hex is not None
    result = run_draw(package_of(draw), witness_digits(draw), [*earlier, event],
                      secret=bytes.fromhex(draw.secret_hex))
    record = result.events[-1]
    if not record.left or not record.joined:
        raise DomainError("replacement_failed", target=target_code)
    left, joined = record.left[0], record.joined[0]
    seq = (session.scalar(select(func.max(DrawEvent.seq)).where(DrawEvent.draw_id == draw_id)) or 0) + 1
    payload = {**event, "reason": reason.strip(), "approved_by": approved_by.strip()}
    session.add(DrawEvent(draw_id=draw_id, seq=seq, kind=POST_LOCK_KIND, payload=payload, in_sr1=False,
                          approved_by=approved_by.strip()))
    ids = pool.inspector_ids_for(session, [left.inspector, joined.inspector])
    session.add(Replacement(draw_id=draw_id, target_code=target_code, old_inspector_id=ids[left.inspector],
                            new_inspector_id=ids[joined.inspector], role=joined.role, reason=reason.strip(),
                            entropy=event.get("entropy", ""), requested_by=actor.username,
                            approved_by=approved_by.strip()))
    session.flush()
    audit.record(session, actor, "draw.replace", "draw", draw_id,
                 {"event": payload, "left": left.inspector, "joined": joined.inspector})
    return ReplacementRow(target_code, left.inspector, joined.inspector, joined.role, event.get("entropy", ""))


def post_lock_file(session: Session, draw_id: int) -> bytes | None:
    """`post_lock_events.json` for the publication package, or None when nothing changed after lock."""
    events = post_lock_events(session, draw_id)
    if not events:
        return None
    return (json.dumps({"note": "锁定后经审批的人员更换：在 draw.json 的 events 之后依次应用",
                        "events": events}, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
