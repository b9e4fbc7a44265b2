"""Roster editing, one function per user action: targets, inspectors, 回避 conflicts, warnings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from db.models import Conflict, Department, Inspector, InspectorChange, Target, TargetChange
from desktop.core import roles
from desktop.core import roster_fields as rf
from desktop.core import roster_rows as rr
from desktop.core.errors import DomainError
from desktop.core.identifiers import mask_id_number, mask_phone
from desktop.core.roster_edit import coerce_field
from desktop.core.roster_values import risk_lookup
from desktop.services import audit
from desktop.services.context import Actor
from desktop.services.roster_apply import history_text
from desktop.services.settings import get_profile

EXPIRY_WARNING_DAYS = 30
MIN_LEADERS_PER_DEPARTMENT = 2
_EDITORS = (roles.OPERATOR, roles.ADMIN)
# Not editable through update_*: identity, state (set_*_active) and bookkeeping columns.
_LOCKED = frozenset({"id", "active", "created_at", "updated_at"})
_MASKABLE = frozenset({"id_number", "phone"})  # an exported (masked) number cannot create a row
_CREATE_REASON = "手工新增"


@dataclass(frozen=True)
class ChangeRow:
    """One line of a row's change history (身份证号 and phone numbers masked)."""

    changed_at: datetime
    changed_by: str
    field: str
    label: str
    old: str | None
    new: str | None
    reason: str


@dataclass(frozen=True)
class RosterWarning:
    """A roster problem for the home page: kind is licence_expired, licence_expiring or few_leaders."""

    kind: str
    subject: str
    message: str
    due: date | None = None


@dataclass(frozen=True)
class ConflictRow:
    """A 回避 relation as the conflicts screen lists it."""

    id: int
    staff_no: str
    inspector_name: str
    target_code: str
    target_name: str
    reason: str
    end_date: date | None
    active: bool


def _get(session: Session, model: type[Target] | type[Inspector], entity_id: int) -> Any:
    obj = session.get(model, entity_id)
    if obj is None:
        raise DomainError("roster_not_found", kind=model.__tablename__, id=entity_id)
    return obj


def _context(session: Session, kind: str) -> rr.CheckContext:
    profile = get_profile(session)
    return rr.CheckContext(today=date.today(), required=rf.required_keys(kind, profile.required_target_fields),
                           risk=risk_lookup(profile.risk_labels))


def _department_id(session: Session, value: object) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        if session.get(Department, value) is None:
            raise DomainError("roster_unknown_department", name=value)
        return value
    found = session.scalar(select(Department.id).where(Department.name == str(value).strip()))
    if found is None:
        raise DomainError("roster_unknown_department", name=value)
    return found


def _update(session: Session, actor: Actor, kind: str, entity_id: int, changes: Mapping[str, Any],
            reason: str) -> list[str]:
    actor.require_any(*_EDITORS)
    if not reason.strip():
        raise DomainError("reason_required")
    model: type[Target] | type[Inspector] = Target if kind == "targets" else Inspector
    obj = _get(session, model, entity_id)
    ctx = _context(session, kind)
    key_field = rf.KEY_FIELDS[kind][0]
    changed: dict[str, tuple[object, object]] = {}
    for key, value in changes.items():
        if key in _LOCKED:
            raise DomainError("roster_unknown_field", field=key)
        if kind == "inspectors" and key in ("department", "department_id"):
            new_id = _department_id(session, value)
            if new_id != obj.department_id:
                old_name = obj.department.name if obj.department else ""
                new_dept = session.get(Department, new_id) if new_id is not None else None
                changed["department"] = (old_name, new_dept.name if new_dept else "")
                obj.department_id = new_id
            continue
        new = coerce_field(kind, key, value, ctx)
        old = getattr(obj, key)
        if new == old:
            continue
        if key == key_field and session.scalar(select(func.count()).select_from(model).where(
                getattr(model, key) == new, model.id != obj.id)):
            raise DomainError("roster_duplicate", field=rf.field_label(kind, key), value=new)
        changed[key] = (old, new)
        setattr(obj, key, new)
    if not changed:
        return []
    _record(session, actor, kind, obj.id, changed, reason.strip())
    audit.record(session, actor, f"{kind[:-1]}.update", kind[:-1], obj.id,
                 {"key": getattr(obj, key_field), "fields": sorted(changed), "reason": reason.strip()})
    return sorted(changed)


def _create(session: Session, actor: Actor, kind: str, values: Mapping[str, Any]) -> int:
    """Validate a hand-entered row with the import's rules, insert it, record history and audit."""
    actor.require_any(*_EDITORS)
    model: type[Target] | type[Inspector] = Target if kind == "targets" else Inspector
    ctx = _context(session, kind)
    key_field = rf.KEY_FIELDS[kind][0]
    row: dict[str, object] = {}
    recorded: dict[str, object] = {}  # what the history records (the department by name)
    for key, value in values.items():
        if key in _LOCKED:
            raise DomainError("roster_unknown_field", field=key)
        if kind == "inspectors" and key in ("department", "department_id"):
            dept_id = _department_id(session, value)
            row["department_id"] = dept_id
            recorded["department"] = session.get_one(Department, dept_id).name if dept_id is not None else None
            continue
        if key == "risk_class" and (value is None or (isinstance(value, str) and not value.strip())):
            continue  # as in the import: an empty risk class gives a new row the default (B)
        new = coerce_field(kind, key, value, ctx)
        if kind == "inspectors" and key in _MASKABLE and "*" in str(new):
            raise DomainError("roster_invalid", field=rf.field_label(kind, key), message="已打码，新增人员须填写完整号码")
        row[key] = recorded[key] = new
    for key in sorted(ctx.required | {key_field}):  # the key identifies the row whatever the profile says
        if row.get(key) in (None, "", ()):
            raise DomainError("roster_required", field=rf.field_label(kind, key))
    key_value = row[key_field]
    existing = session.scalar(select(model.active).where(getattr(model, key_field) == key_value))
    if existing is not None:
        code = "roster_duplicate" if existing else "roster_duplicate_inactive"
        raise DomainError(code, field=rf.field_label(kind, key_field), value=key_value)
    obj = model(**row)
    session.add(obj)
    session.flush()
    filled = {k: (None, v) for k, v in recorded.items() if v not in (None, "", False, ())}
    _record(session, actor, kind, obj.id, filled, _CREATE_REASON)
    audit.record(session, actor, f"{kind[:-1]}.create", kind[:-1], obj.id,
                 {"key": key_value, "fields": sorted(filled), "reason": _CREATE_REASON})
    return int(obj.id)


def _record(session: Session, actor: Actor, kind: str, entity_id: int,
            changed: Mapping[str, tuple[object, object]], reason: str) -> None:
    for key, (old, new) in changed.items():
        common = {"changed_by": actor.username, "field": key, "reason": reason,
                  "old_value": history_text(kind, key, old), "new_value": history_text(kind, key, new)}
        if kind == "targets":
            session.add(TargetChange(target_id=entity_id, **common))
        else:
            session.add(InspectorChange(inspector_id=entity_id, **common))
    session.flush()


def _set_active(session: Session, actor: Actor, kind: str, entity_id: int, active: bool, reason: str) -> None:
    actor.require_any(*_EDITORS)
    if not reason.strip():
        raise DomainError("reason_required")
    obj = _get(session, Target if kind == "targets" else Inspector, entity_id)
    if obj.active == active:
        return
    _record(session, actor, kind, obj.id, {"active": (obj.active, active)}, reason.strip())
    obj.active = active
    session.flush()
    action = "activate" if active else "deactivate"
    audit.record(session, actor, f"{kind[:-1]}.{action}", kind[:-1], obj.id,
                 {"key": getattr(obj, rf.KEY_FIELDS[kind][0]), "reason": reason.strip()})


def update_target(session: Session, actor: Actor, target_id: int, changes: Mapping[str, Any],
                  reason: str) -> list[str]:
    """Change a target's fields (keys as in roster_fields, strings parsed like the import).

    Each changed field gets a TargetChange row; returns the changed keys ([] when nothing changed).
    """
    return _update(session, actor, "targets", target_id, changes, reason)


def create_target(session: Session, actor: Actor, values: Mapping[str, Any]) -> int:
    """Add one target by hand (same checks as an imported row); returns its id."""
    return _create(session, actor, "targets", values)


def set_target_active(session: Session, actor: Actor, target_id: int, active: bool, reason: str) -> None:
    """Deactivate (or reactivate) a target; nothing is ever deleted."""
    _set_active(session, actor, "targets", target_id, active, reason)


def update_inspector(session: Session, actor: Actor, inspector_id: int, changes: Mapping[str, Any],
                     reason: str) -> list[str]:
    """Change an inspector's fields; `department` takes a name or a Department id."""
    return _update(session, actor, "inspectors", inspector_id, changes, reason)


def create_inspector(session: Session, actor: Actor, values: Mapping[str, Any]) -> int:
    """Add one inspector by hand; `department` takes a name or a Department id."""
    return _create(session, actor, "inspectors", values)


def set_inspector_active(session: Session, actor: Actor, inspector_id: int, active: bool, reason: str) -> None:
    """Deactivate (or reactivate) an inspector."""
    _set_active(session, actor, "inspectors", inspector_id, active, reason)


def target_details(session: Session, target_id: int) -> dict[str, object]:
    """Every editable field of a target, for the edit dialog."""
    t = _get(session, Target, target_id)
    keys = [f.key for f in rf.FIELDS["targets"]] + ["other_unit_name", "other_unit_inspected_on", "active"]
    return {"id": t.id, **{k: getattr(t, k) for k in keys}}


def inspector_details(session: Session, inspector_id: int) -> dict[str, object]:
    """An inspector's fields with 身份证号 and phone masked (see reveal_id_number, reveal_phone)."""
    p = _get(session, Inspector, inspector_id)
    keys = [f.key for f in rf.FIELDS["inspectors"] if f.key != "department"]
    data: dict[str, object] = {"id": p.id, **{k: getattr(p, k) for k in keys}}
    data["id_number"] = mask_id_number(p.id_number) if p.id_number else ""
    data["phone"] = mask_phone(p.phone) if p.phone else ""
    data["department_id"], data["department"] = p.department_id, p.department.name if p.department else ""
    data["active"] = p.active
    return data


def reveal_id_number(session: Session, actor: Actor, inspector_id: int) -> str:
    """The full 身份证号 — the only way to see it — recorded as an audit event."""
    actor.require_any(*_EDITORS)
    p = _get(session, Inspector, inspector_id)
    audit.record(session, actor, "inspector.reveal_id", "inspector", p.id, {"staff_no": p.staff_no})
    return str(p.id_number)


def reveal_phone(session: Session, actor: Actor, inspector_id: int) -> str:
    """The full phone number, recorded as an audit event."""
    actor.require_any(*_EDITORS)
    p = _get(session, Inspector, inspector_id)
    audit.record(session, actor, "inspector.reveal_phone", "inspector", p.id, {"staff_no": p.staff_no})
    return str(p.phone)


def history(session: Session, kind: str, entity_id: int) -> list[ChangeRow]:
    """The change history of a target or inspector, oldest first."""
    if kind == "targets":
        rows: list[TargetChange | InspectorChange] = list(session.scalars(
            select(TargetChange).where(TargetChange.target_id == entity_id)
            .order_by(TargetChange.changed_at, TargetChange.id)))
    elif kind == "inspectors":
        rows = list(session.scalars(select(InspectorChange).where(InspectorChange.inspector_id == entity_id)
                                    .order_by(InspectorChange.changed_at, InspectorChange.id)))
    else:
        raise DomainError("roster_unknown_kind", kind=kind)
    return [ChangeRow(r.changed_at, r.changed_by, r.field, rf.field_label(kind, r.field), r.old_value,
                      r.new_value, r.reason) for r in rows]


def add_conflict(session: Session, actor: Actor, inspector_id: int, target_id: int, reason: str,
                 end_date: date | None = None) -> int:
    """Declare that an inspector must not inspect a target (until `end_date`, if given)."""
    actor.require_any(*_EDITORS)
    if not reason.strip():
        raise DomainError("reason_required")
    person, target = _get(session, Inspector, inspector_id), _get(session, Target, target_id)
    row = session.scalar(select(Conflict).where(Conflict.inspector_id == inspector_id,
                                                Conflict.target_id == target_id))
    if row is None:
        row = Conflict(inspector_id=inspector_id, target_id=target_id)
        session.add(row)
    row.reason, row.end_date, row.active = reason.strip(), end_date, True
    session.flush()
    audit.record(session, actor, "conflict.add", "conflict", row.id, {
        "staff_no": person.staff_no, "target": target.code, "reason": row.reason,
        "end_date": end_date.isoformat() if end_date else None})
    return row.id


def end_conflict(session: Session, actor: Actor, conflict_id: int, reason: str) -> None:
    """End a 回避 relation (kept on record, no longer applied to draws)."""
    actor.require_any(*_EDITORS)
    row = session.get(Conflict, conflict_id)
    if row is None:
        raise DomainError("roster_not_found", kind="conflicts", id=conflict_id)
    if not row.active:
        return
    row.active = False
    session.flush()
    audit.record(session, actor, "conflict.end", "conflict", row.id, {"reason": reason.strip()})


def list_conflicts(session: Session, active_only: bool = True) -> list[ConflictRow]:
    """Declared conflicts with the names on both sides, by staff number."""
    stmt = (select(Conflict, Inspector.staff_no, Inspector.name, Target.code, Target.name)
            .join(Inspector, Conflict.inspector_id == Inspector.id).join(Target, Conflict.target_id == Target.id)
            .order_by(Inspector.staff_no, Target.code))
    if active_only:
        stmt = stmt.where(Conflict.active.is_(True))
    return [ConflictRow(c.id, staff_no, who, code, what, c.reason, c.end_date, c.active)
            for c, staff_no, who, code, what in session.execute(stmt)]


def roster_warnings(session: Session, today: date) -> list[RosterWarning]:
    """Licences expired or expiring within 30 days; departments with fewer than 2 active leaders."""
    horizon = today + timedelta(days=EXPIRY_WARNING_DAYS)
    out: list[RosterWarning] = []
    for staff_no, name, expiry in session.execute(
            select(Inspector.staff_no, Inspector.name, Inspector.licence_expiry)
            .where(Inspector.active.is_(True), Inspector.licence_expiry.is_not(None),
                   Inspector.licence_expiry <= horizon)
            .order_by(Inspector.licence_expiry, Inspector.staff_no)):
        if expiry is None:
            continue
        if expiry < today:
            out.append(RosterWarning("licence_expired", staff_no,
                                     f"{name}（{staff_no}）的执法证已于{expiry.isoformat()}过期", expiry))
        else:
            out.append(RosterWarning("licence_expiring", staff_no,
                                     f"{name}（{staff_no}）的执法证将于{expiry.isoformat()}到期", expiry))
    leaders = func.count(Inspector.id)
    for dept, count in session.execute(
            select(Department.name, leaders)
            .outerjoin(Inspector, and_(Inspector.department_id == Department.id, Inspector.active.is_(True),
                                       Inspector.leader_capable.is_(True)))
            .where(Department.active.is_(True), Department.external.is_(False))
            .group_by(Department.id, Department.name).having(leaders < MIN_LEADERS_PER_DEPARTMENT)
            .order_by(Department.name)):
        out.append(RosterWarning("few_leaders", dept, f"{dept}只有{count}名在岗的可任组长人员（至少需要"
                                                      f"{MIN_LEADERS_PER_DEPARTMENT}名）"))
    return out
