"""A draw as the operator console and the projector show it: plain frozen data, no ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Draw, DrawEvent, DrawSelection, DrawTeamMember, Inspector, Target, Task
from desktop.core.errors import DomainError
from desktop.services import settings
from desktop.services.draw_data import package_of


@dataclass(frozen=True)
class StratumRow:
    """One line of the pool table (名录数 / 可抽数 / 比例 / 应抽数) and the names drawn in it."""

    stratum: str
    base: int
    eligible: int
    rule_text: str
    quota: int
    eligible_names: tuple[str, ...]  # for the projector's reel


@dataclass(frozen=True)
class DrawnTarget:
    """A drawn target in staffing order with its 抽签号 and team."""

    position: int
    code: str
    name: str
    stratum: str
    key_hex: str
    team: tuple[TeamSeat, ...]
    # Who could not be sent to this target when it was staffed: (name, 回避 | 超量), and how many
    # inspectors of the task's departments lack the qualification (无资格) — shown greyed.
    unavailable: tuple[tuple[str, str], ...] = ()
    unqualified: int = 0


@dataclass(frozen=True)
class TeamSeat:
    """One member of a team as shown: role label, name, staff number, department."""

    role: str
    role_label: str
    staff_no: str
    name: str
    department: str


@dataclass(frozen=True)
class EventLine:
    """One entry of the event ticker."""

    seq: int
    kind: str
    text: str
    at: datetime


@dataclass(frozen=True)
class WitnessCard:
    """A witness card on the projector."""

    seat: int
    name: str
    affiliation: str
    digits: str


@dataclass(frozen=True)
class DrawView:
    """Everything visible about one draw attempt at its current state."""

    draw_id: int
    state: str
    rehearsal: bool
    attempt: int
    bureau: str
    task_number: str
    task_name: str
    legal_basis: str
    strata: tuple[StratumRow, ...]
    file_sha256: dict[str, str]
    commit_hex: str
    witnesses: tuple[WitnessCard, ...]
    secret_hex: str  # empty until revealed
    seed_hex: str
    drawn: tuple[DrawnTarget, ...]
    events: tuple[EventLine, ...]
    result_hash: str
    rules: dict[str, str]


def role_label(role: str) -> str:
    """Chinese label of an SR1 role."""
    if role == "leader":
        return "组长"
    if role.startswith("dept:"):
        return f"联合成员（{role[5:]}）"
    return "组员"


def _event_text(kind: str, payload: dict[str, object], names: dict[str, str]) -> str:
    target = str(payload.get("target", ""))
    tname = names.get(target, target)
    if kind == "recuse":
        who = str(payload.get("inspector", ""))
        how = f"由审批人指定 {payload['replacement']}" if "replacement" in payload else \
            f"见证人数字 {payload.get('entropy', '')} 重新抽取"
        return f"回避：{who} 退出 {tname} 检查组，{how}"
    if kind == "target_unavailable":
        return f"检查对象无法检查：{tname}（{payload.get('reason', '')}），由候补递补"
    return f"{kind}：{tname}"


def draw_view(session: Session, draw_id: int) -> DrawView:
    """Read a draw into a DrawView (the secret only once it has been revealed)."""
    draw = session.get(Draw, draw_id)
    if draw is None:
        raise DomainError("draw_not_found", draw=draw_id)
    task = session.get(Task, draw.task_id)
    assert task is not None
    org = settings.get_org(session)
    package = package_of(draw)
    names = {t.id: t.name for t in package.targets}
    rules = package.rules
    # The engine's own per-stratum scope (computed once per cached package): same eligibility rule.
    strata = [StratumRow(item.stratum, item.base, len(item.eligible), item.quota_text, item.quota,
                         tuple(names[tid] for tid in item.eligible))
              for item in package.scope]
    # Risk classes in the bureau's own order (A … D), as the console, the record and the rosters show them.
    rank = {label: n for n, (_code, label) in enumerate(settings.get_profile(session).risk_labels)}
    strata.sort(key=lambda row: (rank.get(row.stratum, len(rank)), row.stratum))
    revealed = draw.state in ("revealed", "computed", "locked") or (
        draw.state == "abandoned" and draw.revealed_at is not None)
    drawn = _drawn(session, draw) if draw.state in ("computed", "locked") else ()
    events = tuple(
        EventLine(e.seq, e.kind, _event_text(e.kind, dict(e.payload), names), e.created_at)
        for e in session.scalars(select(DrawEvent).where(DrawEvent.draw_id == draw_id).order_by(DrawEvent.seq)))
    return DrawView(
        draw_id=draw.id, state=draw.state, rehearsal=draw.rehearsal, attempt=draw.attempt,
        bureau=org.name if org else "", task_number=task.number, task_name=task.name,
        legal_basis=task.legal_basis, strata=tuple(strata), file_sha256=dict(draw.file_sha256),
        commit_hex=draw.commit_hex or "",
        witnesses=tuple(WitnessCard(w.seat, w.name, w.affiliation, w.digits)
                        for w in sorted(draw.witnesses, key=lambda w: w.seat)),
        secret_hex=(draw.secret_hex or "") if revealed else "", seed_hex=draw.seed_hex or "",
        drawn=drawn, events=events, result_hash=draw.result_hash or "", rules=dict(rules.raw))


def _drawn(session: Session, draw: Draw) -> tuple[DrawnTarget, ...]:
    sels = list(session.scalars(select(DrawSelection).where(
        DrawSelection.draw_id == draw.id, DrawSelection.status == "drawn").order_by(DrawSelection.position)))
    names = dict(session.execute(select(Target.id, Target.name).where(
        Target.id.in_([s.target_id for s in sels]))).all())
    members = list(session.scalars(select(DrawTeamMember).where(DrawTeamMember.draw_id == draw.id)
                                   .order_by(DrawTeamMember.target_code, DrawTeamMember.position)))
    people = {i.id: (i.name, i.department.name if i.department else "")
              for i in session.scalars(select(Inspector).where(
                  Inspector.id.in_({m.inspector_id for m in members})))}
    by_target: dict[str, list[TeamSeat]] = {}
    for m in members:
        name, dept = people.get(m.inspector_id, ("", ""))
        by_target.setdefault(m.target_code, []).append(
            TeamSeat(m.role, role_label(m.role), m.inspector_code, name, dept))
    blocked = _unavailable(draw, [s.target_code for s in sels], by_target)
    return tuple(DrawnTarget(s.position, s.target_code, names.get(s.target_id, ""), s.stratum, s.key_hex,
                             tuple(by_target.get(s.target_code, ())), *blocked.get(s.target_code, ((), 0)))
                 for s in sels)


def _unavailable(draw: Draw, order: list[str], teams: dict[str, list[TeamSeat]]
                 ) -> dict[str, tuple[tuple[tuple[str, str], ...], int]]:
    """Per drawn target, in staffing order: conflicted and over-cap inspectors, and the unqualified count."""
    package = package_of(draw)
    rules = package.rules
    in_task = [i for i in package.inspectors if rules.joint_depts is None or i.dept in rules.joint_depts]
    name_of = {i.id: i.name for i in package.inspectors}
    conflicts: dict[str, set[str]] = {}
    for c in package.conflicts:
        conflicts.setdefault(c.target_id, set()).add(c.inspector_id)
    category_of = package.category_of
    load: dict[str, int] = {}
    out: dict[str, tuple[tuple[tuple[str, str], ...], int]] = {}
    for code in order:
        category = category_of.get(code, "")
        qualified = [i for i in in_task if i.quals == ("*",) or category in i.quals]
        blocked = [(name_of[i], "回避") for i in sorted(conflicts.get(code, ())) if i in name_of]
        if rules.max_load:
            blocked += [(i.name, "超量") for i in qualified if load.get(i.id, 0) >= rules.max_load]
        out[code] = (tuple(blocked), len(in_task) - len(qualified))
        for seat in teams.get(code, ()):
            load[seat.staff_no] = load.get(seat.staff_no, 0) + 1
    return out
