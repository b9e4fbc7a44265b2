"""Post-lock replacement of a drawn inspector (岗位调整, 健康, 回避 …), signed off by an approver."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Draw, DrawEvent, DrawSelection, Inspector, Replacement, Target
from desktop.core import roles as role_names
from desktop.core.errors import DomainError
from desktop.core.sr1 import normalize_witness, run_draw
from desktop.services import audit, draw_support, pool, teams
from desktop.services.context import Actor
from desktop.services.draw_data import package_of, sr1_events, witness_digits
from desktop.services.draw_support import Candidate
from desktop.services.draw_view import role_label

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
    # Someone may have replaced this member already (two approvers at once): say so plainly.
    current = next((t for t in replaceable_teams(session, draw_id) if t.target_code == target_code), None)
    if current is None or inspector_code not in {m.inspector_code for m in current.members}:
        raise DomainError("replacement_not_on_team", target=target_code, inspector=inspector_code)
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


@dataclass(frozen=True)
class CurrentMember:
    """One member of a team as it stands now (after every post-lock replacement)."""

    inspector_code: str
    name: str
    role: str
    role_label: str


@dataclass(frozen=True)
class TeamToChange:
    """A drawn target of a locked draw with its current team, leader first."""

    target_code: str
    target_name: str
    position: int
    members: tuple[CurrentMember, ...]


def _locked(session: Session, draw_id: int) -> Draw:
    draw = session.get(Draw, draw_id)
    if draw is None or draw.state != "locked":
        raise DomainError("draw_not_locked", draw=draw_id)
    return draw


def replaceable_teams(session: Session, draw_id: int) -> list[TeamToChange]:
    """Each drawn target of a locked draw in staffing order, with its team as changed after the lock."""
    _locked(session, draw_id)
    selections = session.execute(
        select(DrawSelection.target_code, DrawSelection.position, Target.name)
        .join(Target, Target.id == DrawSelection.target_id)
        .where(DrawSelection.draw_id == draw_id, DrawSelection.status == "drawn")
        .order_by(DrawSelection.position)).all()
    seats = teams.current_seats(session, draw_id)
    ids = {i for team in seats.values() for i, _ in team}
    people = {p.id: (p.staff_no, p.name) for p in session.scalars(select(Inspector).where(Inspector.id.in_(ids)))}
    out: list[TeamToChange] = []
    for code, position, name in selections:
        members = tuple(CurrentMember(people[i][0], people[i][1], role, role_label(role))
                        for i, role in seats.get(code, []))
        out.append(TeamToChange(code, name, position, members))
    return out


def eligible_replacements(session: Session, draw_id: int, target_code: str,
                          inspector_code: str) -> tuple[Candidate, ...]:
    """Whom the approver may assign in place of `inspector_code` on `target_code` of a locked draw.

    The draw is replayed with its SR1 events and the earlier post-lock changes, so role, team,
    conflicts and loads are exactly those `replace_after_lock` will check for an assigned successor.
    """
    draw = _locked(session, draw_id)
    events = sr1_events(session, draw_id) + post_lock_events(session, draw_id)
    not_on_team = DomainError("replacement_not_on_team", target=target_code, inspector=inspector_code)
    return draw_support.successors(draw, events, target_code, inspector_code, not_on_team)
