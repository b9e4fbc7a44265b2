"""抽查事项清单 editing: create, adjust (a new version with a snapshot), activate or deactivate items."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import CheckPoint, InspectionItem, ItemVersion
from desktop.core import roles
from desktop.core.errors import DomainError
from desktop.core.roster_edit import coerce_field
from desktop.core.roster_fields import FIELDS
from desktop.services import audit
from desktop.services.context import Actor

# Item attributes a user edits (the template columns except the check points, plus a few extras).
ITEM_FIELDS: tuple[str, ...] = (
    *(f.key for f in FIELDS["items"] if f.key != "check_points"), "notice_required", "department_id",
)
PointSpec = str | tuple[str, str]  # a check point: its content, or (content, guidance)


def item_snapshot(item: InspectionItem, points: Sequence[CheckPoint] | None = None) -> dict[str, object]:
    """The item's fields and active check points as stored in ItemVersion.snapshot (JSON-safe)."""
    data: dict[str, object] = {name: getattr(item, name) for name in ITEM_FIELDS}
    data["code"], data["active"], data["version"] = item.code, item.active, item.version
    active = [p for p in (item.check_points if points is None else points) if p.active]
    data["check_points"] = [{"seq": p.seq, "content": p.content, "guidance": p.guidance}
                            for p in sorted(active, key=lambda p: p.seq)]
    return data


def _points(specs: Sequence[PointSpec]) -> list[tuple[str, str]]:
    out = []
    for spec in specs:
        content, guidance = (spec, "") if isinstance(spec, str) else spec
        content = content.strip()
        if content:
            out.append((content, guidance.strip()))
    return out


def replace_check_points(session: Session, item: InspectionItem, specs: Sequence[PointSpec]) -> bool:
    """Make `specs` the item's active check points; old ones are deactivated, never deleted.

    Returns False (and changes nothing) when the list is unchanged. A point whose content was
    already there keeps its guidance when the new spec gives none.
    """
    wanted = _points(specs)
    current = [p for p in sorted(item.check_points, key=lambda p: p.seq) if p.active]
    if [(p.content, p.guidance) for p in current] == wanted or (
        [p.content for p in current] == [c for c, _ in wanted] and not any(g for _, g in wanted)
    ):
        return False
    old_guidance = {p.content: p.guidance for p in current}
    for p in current:
        p.active = False
    next_seq = max((p.seq for p in item.check_points), default=0) + 1
    for offset, (content, guidance) in enumerate(wanted):
        item.check_points.append(CheckPoint(seq=next_seq + offset, content=content,
                                            guidance=guidance or old_guidance.get(content, "")))
    session.flush()
    return True


def record_version(session: Session, actor: Actor, item: InspectionItem, reason: str) -> None:
    """Store the snapshot of the item's current version (one ItemVersion per version)."""
    session.flush()
    session.add(ItemVersion(item_id=item.id, version=item.version, changed_by=actor.username,
                            reason=reason, snapshot=item_snapshot(item)))
    session.flush()


def _get(session: Session, item_id: int) -> InspectionItem:
    item = session.get(InspectionItem, item_id)
    if item is None:
        raise DomainError("item_not_found", item_id=item_id)
    return item


def create_item(session: Session, actor: Actor, fields: Mapping[str, Any], check_points: Sequence[PointSpec],
                reason: str = "新建事项") -> int:
    """Add an item (version 1 with its snapshot); `fields` uses the ITEM_FIELDS keys plus `code`."""
    actor.require_any(roles.OPERATOR, roles.ADMIN)
    values = {k: coerce_field("items", k, v) for k, v in fields.items()}
    unknown = set(values) - set(ITEM_FIELDS) - {"code"}
    if unknown:
        raise DomainError("roster_unknown_field", field=sorted(unknown)[0])
    if not values.get("code") or not values.get("name"):
        raise DomainError("roster_required", field="编号" if not values.get("code") else "事项名称")
    if session.scalar(select(func.count()).where(InspectionItem.code == values["code"])):
        raise DomainError("roster_duplicate", field="编号", value=values["code"])
    item = InspectionItem(**values)
    session.add(item)
    session.flush()
    replace_check_points(session, item, check_points)
    record_version(session, actor, item, reason)
    audit.record(session, actor, "item.create", "item", item.id, {"code": item.code, "name": item.name})
    return item.id


def update_item(session: Session, actor: Actor, item_id: int, changes: Mapping[str, Any],
                check_points: Sequence[PointSpec] | None, reason: str) -> int:
    """Adjust an item: a new version number and an ItemVersion snapshot with date and reason.

    `check_points` None leaves them as they are. Returns the new version (the old one when
    nothing changed, in which case nothing is recorded).
    """
    actor.require_any(roles.OPERATOR, roles.ADMIN)
    if not reason.strip():
        raise DomainError("reason_required")
    item = _get(session, item_id)
    values = {k: coerce_field("items", k, v) for k, v in changes.items()}
    unknown = set(values) - set(ITEM_FIELDS) - {"code"}
    if unknown:
        raise DomainError("roster_unknown_field", field=sorted(unknown)[0])
    if "code" in values and values["code"] != item.code and session.scalar(
            select(func.count()).where(InspectionItem.code == values["code"])):
        raise DomainError("roster_duplicate", field="编号", value=values["code"])
    changed = {k: (getattr(item, k), v) for k, v in values.items() if getattr(item, k) != v}
    for key, (_, new) in changed.items():
        setattr(item, key, new)
    points_changed = check_points is not None and replace_check_points(session, item, check_points)
    if not changed and not points_changed:
        return item.version
    item.version += 1
    record_version(session, actor, item, reason.strip())
    audit.record(session, actor, "item.update", "item", item.id,
                 {"code": item.code, "version": item.version, "fields": sorted(changed),
                  "check_points": points_changed, "reason": reason.strip()})
    return item.version


def set_item_active(session: Session, actor: Actor, item_id: int, active: bool, reason: str) -> None:
    """Take an item out of the list (or back in); nothing is deleted."""
    actor.require_any(roles.OPERATOR, roles.ADMIN)
    item = _get(session, item_id)
    if item.active == active:
        return
    item.active = active
    session.flush()
    audit.record(session, actor, "item.activate" if active else "item.deactivate", "item", item.id,
                 {"code": item.code, "reason": reason})


@dataclass(frozen=True)
class VersionRow:
    """One version of an item: when, by whom, why, and the snapshot stored then."""

    version: int
    changed_at: datetime
    changed_by: str
    reason: str
    snapshot: dict[str, object]


def item_details(session: Session, item_id: int) -> dict[str, object]:
    """The item's editable fields plus its active check points as (content, guidance) pairs."""
    item = _get(session, item_id)
    data = item_snapshot(item)
    data["id"] = item.id
    data["check_points"] = [(p.content, p.guidance) for p in sorted(item.check_points, key=lambda p: p.seq)
                            if p.active]
    return data


def item_versions(session: Session, item_id: int) -> list[VersionRow]:
    """Every stored version of an item, oldest first (动态调整 history)."""
    rows = session.scalars(select(ItemVersion).where(ItemVersion.item_id == item_id).order_by(ItemVersion.version))
    return [VersionRow(v.version, v.changed_at, v.changed_by, v.reason, dict(v.snapshot)) for v in rows]
