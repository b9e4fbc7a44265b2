"""The draw of a task, one user action per function: freeze, commit, witnesses, reveal, compute, lock."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from db.models import Draw, DrawEvent, DrawSelection, DrawTeamMember, DrawWitness, Task
from desktop.core import roles as role_names
from desktop.core.errors import DomainError
from desktop.core.progress import NullProgress, Progress
from desktop.core.sr1 import DrawResult, FeasibilityReport, feasibility, normalize_witness, run_draw
from desktop.services import audit, draw_caps, pool
from desktop.services.context import Actor
from desktop.services.draw_data import package_of, sr1_events, witness_digits

FEASIBILITY_TRIALS = 200
STANDBY_KEPT = 20  # standby targets stored per stratum (候补 shown to the operator)
# States in which an attempt is still open; a task has at most one open attempt.
OPEN_STATES = ("frozen", "committed", "witnessed", "revealed", "computed")


@dataclass(frozen=True)
class WitnessEntry:
    """A witness as entered on the console, in seat order."""

    name: str
    affiliation: str
    digits: str


def _draw(session: Session, draw_id: int, *states: str) -> Draw:
    draw = session.get(Draw, draw_id)
    if draw is None:
        raise DomainError("draw_not_found", draw=draw_id)
    if states and draw.state not in states:
        raise DomainError("draw_wrong_state", state=draw.state, expected=",".join(states))
    return draw


def freeze(session: Session, actor: Actor, task_id: int, *, rehearsal: bool = False,
           progress: Progress | None = None) -> tuple[int, FeasibilityReport]:
    """Freeze the task's pool into the four SR1 files and refuse if a team could not be staffed."""
    actor.require_any(role_names.OPERATOR)
    task = session.get(Task, task_id)
    if task is None:
        raise DomainError("task_not_found", task=task_id)
    if not rehearsal and task.state not in ("ready",):
        raise DomainError("task_not_ready", task=task.number, state=task.state)
    open_attempt = session.scalar(select(Draw.id).where(Draw.task_id == task_id, Draw.state.in_(OPEN_STATES)))
    if open_attempt is not None:
        raise DomainError("draw_attempt_open", draw=open_attempt)
    snap = pool.snapshot(session, task_id)
    if not any(s.quota for s in snap.strata):
        raise DomainError("draw_empty_pool", task=task.number)
    report = feasibility(snap.package, trials=FEASIBILITY_TRIALS, progress=progress or NullProgress())
    if not report.ok:
        target, role = (report.could_fail[0] if report.could_fail else
                        ((report.shortages[0].target, report.shortages[0].role) if report.shortages else ("", "")))
        raise DomainError("draw_infeasible", task=task.number, target=target, role=role,
                          count=len(report.could_fail) or report.failures)
    attempt = (session.scalar(select(func.max(Draw.attempt)).where(Draw.task_id == task_id)) or 0) + 1
    files = snap.package.files
    draw = Draw(task_id=task_id, attempt=attempt, rehearsal=rehearsal, state="frozen",
                operator=actor.username, targets_tsv=files["targets.tsv"],
                inspectors_tsv=files["inspectors.tsv"], conflicts_tsv=files["conflicts.tsv"],
                rules_tsv=files["rules.tsv"], file_sha256=snap.package.file_hashes)
    session.add(draw)
    session.flush()
    audit.record(session, actor, "draw.freeze", "draw", draw.id,
                 {"task": task.number, "attempt": attempt, "rehearsal": rehearsal,
                  "files": snap.package.file_hashes, "dry_run": report.method,
                  "dry_run_trials": report.trials, "checked_targets": report.checked})
    return draw.id, report


def commit(session: Session, actor: Actor, draw_id: int) -> str:
    """Generate the secret with the OS CSPRNG and fix the commitment shown before witnesses speak."""
    actor.require_any(role_names.OPERATOR)
    draw = _draw(session, draw_id, "frozen")
    secret = secrets.token_bytes(32)
    draw.secret_hex = secret.hex()
    draw.commit_hex = package_of(draw).commit(secret)
    draw.state = "committed"
    draw.committed_at = datetime.now()
    session.flush()
    audit.record(session, actor, "draw.commit", "draw", draw.id, {"commit": draw.commit_hex})
    return draw.commit_hex


def set_witnesses(session: Session, actor: Actor, draw_id: int, witnesses: list[WitnessEntry]) -> None:
    """Record the witnesses' names, seats and digits (only after the commitment was shown)."""
    actor.require_any(role_names.OPERATOR)
    draw = _draw(session, draw_id, "committed")
    if not witnesses:
        raise DomainError("witnesses_required")
    for seat, w in enumerate(witnesses, start=1):
        if not w.name.strip():
            raise DomainError("witness_name_required", seat=seat)
        try:
            normalize_witness(w.digits)
        except DomainError as err:
            raise DomainError("witness_digits_invalid", seat=seat) from err
    for seat, w in enumerate(witnesses, start=1):
        session.add(DrawWitness(draw_id=draw.id, seat=seat, name=w.name.strip(),
                                affiliation=w.affiliation.strip(), digits=w.digits))
    draw.state = "witnessed"
    session.flush()
    audit.record(session, actor, "draw.witnesses", "draw", draw.id,
                 {"witnesses": [[w.name, w.affiliation, w.digits] for w in witnesses]})


def reveal(session: Session, actor: Actor, draw_id: int) -> tuple[str, str]:
    """Reveal the secret at once after the digits; returns (secret hex, seed hex)."""
    actor.require_any(role_names.OPERATOR)
    draw = _draw(session, draw_id, "witnessed")
    session.refresh(draw)
    result = _run(session, draw)
    draw.seed_hex = result.seed
    draw.state = "revealed"
    draw.revealed_at = datetime.now()
    session.flush()
    audit.record(session, actor, "draw.reveal", "draw", draw.id, {"secret": draw.secret_hex, "seed": draw.seed_hex})
    return str(draw.secret_hex), result.seed


def _run(session: Session, draw: Draw, extra_events: list[dict[str, Any]] | None = None) -> DrawResult:
    assert draw.secret_hex is not None
    events = sr1_events(session, draw.id) + list(extra_events or [])
    return run_draw(package_of(draw), witness_digits(draw), events, secret=bytes.fromhex(draw.secret_hex))


def compute(session: Session, actor: Actor, draw_id: int) -> DrawResult:
    """Compute the result (targets, teams, result hash); the animation only replays it."""
    actor.require_any(role_names.OPERATOR)
    draw = _draw(session, draw_id, "revealed", "computed")
    try:
        result = _run(session, draw)
    except DomainError as err:
        # The dry run makes this unreachable in practice; if it happens the attempt must stay on
        # record as abandoned, so commit that before raising (the caller's transaction rolls back).
        abandon(session, actor, draw_id, f"计算失败：{err.code}")
        session.commit()
        raise
    _store_result(session, draw, result)
    draw.state = "computed"
    session.flush()
    audit.record(session, actor, "draw.compute", "draw", draw.id, {"result_hash": result.result_hash})
    return result


def _store_result(session: Session, draw: Draw, result: DrawResult) -> None:
    """Replace the stored selections and teams by `result` (allowed until the draw is locked)."""
    session.execute(delete(DrawTeamMember).where(DrawTeamMember.draw_id == draw.id))
    session.execute(delete(DrawSelection).where(DrawSelection.draw_id == draw.id))
    package = package_of(draw)
    final = {t.target: pos for pos, t in enumerate(result.teams, start=1)}
    removed = {e.target for e in result.events if e.type == "target_unavailable"}
    # Drawn and unavailable targets, plus the head of each standby list (what a replacement can
    # reach in practice); the full ranking stays reproducible from the package.
    keep: list[tuple[str, str, str]] = []
    for stratum in result.strata:
        for code in stratum.drawn:
            keep.append((code, stratum.stratum, stratum.keys[code]))
        unused = [c for c in stratum.standby if c not in final and c not in removed][:STANDBY_KEPT]
        for code in (*[c for c in stratum.standby if c in final or c in removed], *unused):
            keep.append((code, stratum.stratum, stratum.keys[code]))
    ids = pool.target_ids_for(session, [code for code, _, _ in keep])
    insp = pool.inspector_ids_for(session, [i.id for i in package.inspectors])
    rows: list[dict[str, Any]] = []
    for code, stratum_name, key_hex in keep:
        if code in final:
            status, pos = "drawn", final[code]
        elif code in removed:
            status, pos = "unavailable", 0
        else:
            status, pos = "standby", 0
        rows.append({"draw_id": draw.id, "target_id": ids[code], "target_code": code,
                     "stratum": stratum_name, "position": pos, "key_hex": key_hex, "status": status})
    if rows:
        session.execute(insert(DrawSelection), rows)
    members = [{"draw_id": draw.id, "target_code": team.target, "inspector_id": insp[m.inspector],
                "inspector_code": m.inspector, "role": m.role, "position": n}
               for team in result.teams for n, m in enumerate(team.members, start=1)]
    if members:
        session.execute(insert(DrawTeamMember), members)
    draw.result_text = result.result_text
    draw.result_hash = result.result_hash


def record_event(session: Session, actor: Actor, draw_id: int, event: dict[str, Any],
                 approved_by: str = "") -> DrawResult:
    """Apply a live recusal or unavailable target before lock and recompute the result."""
    actor.require_any(role_names.OPERATOR)
    draw = _draw(session, draw_id, "computed")
    result = _run(session, draw, [event])  # raises on an invalid event; nothing is stored then
    seq = (session.scalar(select(func.max(DrawEvent.seq)).where(DrawEvent.draw_id == draw_id)) or 0) + 1
    session.add(DrawEvent(draw_id=draw_id, seq=seq, kind=str(event["type"]), payload=event,
                          in_sr1=True, approved_by=approved_by))
    _store_result(session, draw, result)
    session.flush()
    audit.record(session, actor, "draw.event", "draw", draw.id, {"event": event, "result_hash": result.result_hash})
    return result


def lock(session: Session, actor: Actor, draw_id: int, app_version: str = "", *,
         locked_at: datetime | None = None) -> str:
    """Lock the result (database-enforced afterwards) and dispatch the task; returns draw.json.

    `locked_at` is for the demo's history only (a lock time in the past); the console never passes it.
    """
    actor.require_any(role_names.OPERATOR)
    draw = _draw(session, draw_id, "computed")
    task = session.get(Task, draw.task_id)
    assert task is not None
    if not draw.rehearsal:
        draw_caps.check_caps(session, draw, task.year)
    draw.draw_json = draw_caps.render_record(session, draw, app_version)
    draw.state = "locked"
    draw.locked_at = locked_at or datetime.now()
    if not draw.rehearsal:
        task.state = "drawn"
    session.flush()
    audit.record(session, actor, "draw.lock", "draw", draw.id,
                 {"task": task.number, "result_hash": draw.result_hash, "rehearsal": draw.rehearsal})
    return draw.draw_json


def abandon(session: Session, actor: Actor, draw_id: int, reason: str) -> None:
    """Stop an attempt; it stays on record with its commitment and reason."""
    actor.require_any(role_names.OPERATOR)
    if not reason.strip():
        raise DomainError("reason_required")
    draw = _draw(session, draw_id, *OPEN_STATES)
    draw.state = "abandoned"
    draw.abandon_reason = reason.strip()
    session.flush()
    audit.record(session, actor, "draw.abandon", "draw", draw.id, {"reason": reason, "commit": draw.commit_hex})
