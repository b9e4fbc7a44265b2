"""Roster import, second half: compare validated rows with the database and write the difference."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session, selectinload

from db.models import (
    Conflict,
    Department,
    InspectionItem,
    Inspector,
    InspectorChange,
    Target,
    TargetChange,
)
from desktop.core.errors import DomainError
from desktop.core.identifiers import mask_id_number, mask_phone
from desktop.core.progress import Progress, check_cancel
from desktop.core.roster_edit import display_value
from desktop.services.bulk_sql import bulk_insert, bulk_update, chunks
from desktop.services.context import Actor
from desktop.services.items import record_version, replace_check_points

# kind → (model, key column, history model, history foreign key)
_ROSTERS: dict[str, tuple[type[Target] | type[Inspector], str, type[TargetChange] | type[InspectorChange], str]] = {
    "targets": (Target, "code", TargetChange, "target_id"),
    "inspectors": (Inspector, "staff_no", InspectorChange, "inspector_id"),
}
_MASKERS = {"id_number": mask_id_number, "phone": mask_phone}


@dataclass
class RowChange:
    """An existing row whose fields differ from the file: field key → (old, new)."""

    entity_id: int
    key: str
    label: str
    fields: dict[str, tuple[object, object]]


@dataclass
class Plan:
    """What applying the file would do; `missing` rows are only deactivated when the user asks."""

    kind: str
    new: list[dict[str, object]] = field(default_factory=list)
    new_labels: list[tuple[str, str]] = field(default_factory=list)  # (key, label) per new row
    changed: list[RowChange] = field(default_factory=list)
    missing: list[tuple[int, str, str]] = field(default_factory=list)  # (id, key, label)
    new_departments: list[str] = field(default_factory=list)


def history_text(kind: str, key: str, value: object) -> str | None:
    """A value as kept in the change history; 身份证号 and phone numbers only masked."""
    if value is None:
        return None
    text = display_value(kind, key, value)
    if kind == "inspectors" and key in _MASKERS:
        return _MASKERS[key](text)
    return text


def department_ids(session: Session) -> dict[str, int]:
    """Department name → id (all departments, active or not)."""
    return {name: id_ for id_, name in session.execute(select(Department.id, Department.name))}


def resolve_ids(session: Session, model: type[Target] | type[Inspector], column: str,
                keys: Sequence[str]) -> dict[str, tuple[int, str]]:
    """Key → (id, name) for the keys that exist, looked up in chunks."""
    col = getattr(model, column)
    out: dict[str, tuple[int, str]] = {}
    unique = sorted(set(keys))
    for part in chunks(unique, 500):
        for key, id_, name in session.execute(select(col, model.id, model.name).where(col.in_(part))):
            out[key] = (id_, name)
    return out


# ---------------------------------------------------------------- planning


def plan(session: Session, kind: str, rows: Sequence[dict[str, object]], columns: Sequence[str],
         create_departments: bool = False) -> Plan:
    """The difference between the file's rows and the database (inside the caller's transaction)."""
    if kind in _ROSTERS:
        return _plan_roster(session, kind, rows, columns, create_departments)
    if kind == "items":
        return _plan_items(session, rows, columns)
    return _plan_conflicts(session, rows, columns)


def _plan_roster(session: Session, kind: str, rows: Sequence[dict[str, object]], columns: Sequence[str],
                 create_departments: bool) -> Plan:
    model, key, _, _ = _ROSTERS[kind]
    table: Table = model.__table__  # type: ignore[assignment]
    fields = [c for c in columns if c != key and c != "department"]
    cols = [table.c.id, table.c.active, table.c[key], table.c.name, *(table.c[c] for c in fields)]
    with_dept = kind == "inspectors" and "department" in columns
    dept_names = {v: k for k, v in department_ids(session).items()} if with_dept else {}
    if with_dept:
        cols.append(table.c.department_id)
        fields.append("department")
    # Plain tuples: building a mapping per row costs seconds at 100,000 rows.
    existing: dict[str, tuple[Any, ...]] = {}
    for rec in session.execute(select(*cols)).all():
        values = tuple(rec)
        if with_dept:
            values = (*values[:-1], dept_names.get(values[-1], ""))
        existing[values[2]] = values
    positions = [(f, 4 + i) for i, f in enumerate(fields)]
    same = _same_values(fields)
    result = Plan(kind)
    known_depts = set(dept_names.values())
    check_masks = kind == "inspectors"
    pairs = [(cast(str, row[key]), row) for row in rows]  # keys and names are str after validation
    if not with_dept and not check_masks:  # new rows need no checks: sort them out in quick passes
        fresh = [(code, row) for code, row in pairs if code not in existing]
        result.new = [row for _, row in fresh]
        result.new_labels = [(code, cast(str, row.get("name", ""))) for code, row in fresh]
        pairs = [(code, row) for code, row in pairs if code in existing] if existing else []
    for code, row in pairs:
        old = existing.get(code)
        if with_dept:
            _check_department(result, row, known_depts, create_departments)
        if old is None:
            if check_masks and any("*" in str(row.get(f, "")) for f in _MASKERS):
                raise DomainError("import_masked_value", key=code)
            result.new.append(row)
            result.new_labels.append((code, str(row.get("name", ""))))
            continue
        if old[1] and same(row, old):
            continue
        diff: dict[str, tuple[object, object]] = {}
        for f, pos in positions:
            if f not in row:
                continue
            new, was = row[f], old[pos]
            if was != new:
                if check_masks and f in _MASKERS and "*" in str(new):
                    if _MASKERS[f](str(was or "")) != new:
                        raise DomainError("import_masked_value", field=f, key=code)
                    continue
                diff[f] = (was, new)
        if not old[1]:
            diff["active"] = (False, True)
        if diff:
            result.changed.append(RowChange(old[0], code, str(old[3]), diff))
    seen = {str(row[key]) for row in rows} if existing else set()
    result.missing = [(v[0], k, str(v[3])) for k, v in existing.items() if v[1] and k not in seen]
    return result


def _same_values(fields: Sequence[str]) -> Callable[[dict[str, object], tuple[Any, ...]], bool]:
    """A quick test that a file row equals the stored values (most rows of a re-import do)."""
    if not fields:
        return lambda row, old: True
    get = itemgetter(*fields)

    def same(row: dict[str, object], old: tuple[Any, ...]) -> bool:
        try:
            values = get(row)
        except KeyError:  # a row that leaves a value out (an empty risk class): compare field by field
            return False
        return bool(old[4:] == (values if len(fields) > 1 else (values,)))

    return same


def _check_department(result: Plan, row: dict[str, object], known: set[str], create: bool) -> None:
    name = row.get("department")
    if name and name not in known:
        if not create:
            raise DomainError("import_unknown_department", name=name)
        known.add(str(name))
        result.new_departments.append(str(name))


def _plan_items(session: Session, rows: Sequence[dict[str, object]], columns: Sequence[str]) -> Plan:
    items = {i.code: i for i in session.scalars(select(InspectionItem).options(
        selectinload(InspectionItem.check_points)))}
    fields = [c for c in columns if c != "code"]
    result = Plan("items")
    for row in rows:
        item = items.get(str(row["code"]))
        if item is None:
            result.new.append(row)
            result.new_labels.append((str(row["code"]), str(row.get("name", ""))))
            continue
        diff: dict[str, tuple[object, object]] = {}
        for f in fields:
            if f == "check_points":
                old: object = tuple(p.content for p in sorted(item.check_points, key=lambda p: p.seq) if p.active)
            else:
                old = getattr(item, f)
            if f in row and old != row[f]:
                diff[f] = (old, row[f])
        if not item.active:
            diff["active"] = (False, True)
        if diff:
            result.changed.append(RowChange(item.id, item.code, item.name, diff))
    codes = {str(r["code"]) for r in rows}
    result.missing = [(i.id, c, i.name) for c, i in items.items() if i.active and c not in codes]
    return result


def _plan_conflicts(session: Session, rows: Sequence[dict[str, object]], columns: Sequence[str]) -> Plan:
    staff = resolve_ids(session, Inspector, "staff_no", [str(r["staff_no"]) for r in rows])
    targets = resolve_ids(session, Target, "code", [str(r["target_code"]) for r in rows])
    existing = {(c.inspector_id, c.target_id): c for c in session.scalars(select(Conflict))}
    fields = [c for c in ("reason", "end_date") if c in columns]
    result = Plan("conflicts")
    seen: set[tuple[int, int]] = set()
    for row in rows:
        who, what = staff.get(str(row["staff_no"])), targets.get(str(row["target_code"]))
        if who is None or what is None:
            raise DomainError("import_unknown_reference", staff_no=row["staff_no"], target=row["target_code"])
        pair = (who[0], what[0])
        seen.add(pair)
        label = f"{row['staff_no']} / {row['target_code']}"
        old = existing.get(pair)
        if old is None:
            result.new.append({"inspector_id": pair[0], "target_id": pair[1], "active": True,
                               **{f: row[f] for f in fields}})
            result.new_labels.append((label, f"{who[1]} — {what[1]}"))
            continue
        diff = {f: (getattr(old, f), row[f]) for f in fields if getattr(old, f) != row[f]}
        if not old.active:
            diff["active"] = (False, True)
        if diff:
            result.changed.append(RowChange(old.id, label, f"{who[1]} — {what[1]}", diff))
    gone = sorted(c.id for c in existing.values() if c.active and (c.inspector_id, c.target_id) not in seen)
    for part in chunks(gone, 500):
        result.missing.extend(
            (cid, f"{staff_no} / {code}", f"{who} — {what}")
            for cid, staff_no, who, code, what in session.execute(
                select(Conflict.id, Inspector.staff_no, Inspector.name, Target.code, Target.name)
                .join(Inspector, Conflict.inspector_id == Inspector.id)
                .join(Target, Conflict.target_id == Target.id)
                .where(Conflict.id.in_(part)).order_by(Conflict.id)))
    return result


# ---------------------------------------------------------------- writing


class _Writer:
    """Counts written rows for progress and stops between chunks when the user cancels."""

    def __init__(self, progress: Progress, total: int) -> None:
        self.progress, self.total, self.done = progress, max(total, 1), 0

    def step(self, n: int, text: str) -> None:
        check_cancel(self.progress)
        self.done += n
        self.progress.report(self.done, self.total, text)


def write(session: Session, actor: Actor, p: Plan, reason: str, deactivate_missing: bool,
          progress: Progress) -> int:
    """Write the plan; returns the number of deactivated rows. Raises Cancelled between chunks."""
    missing = p.missing if deactivate_missing else []
    writer = _Writer(progress, len(p.new) + len(p.changed) + len(missing))
    check_cancel(progress)
    if p.kind in _ROSTERS:
        _write_roster(session, actor, p, missing, reason, writer)
    elif p.kind == "items":
        _write_items(session, actor, p, missing, reason, writer)
    else:
        _write_conflicts(session, p, missing, writer)
    check_cancel(progress)
    return len(missing)


def _department_ids(session: Session, p: Plan) -> dict[str, int]:
    for name in p.new_departments:
        session.add(Department(name=name))
    session.flush()
    return department_ids(session)


def _db_row(row: Mapping[str, object], depts: dict[str, int]) -> dict[str, object]:
    out = dict(row)
    if "department" in out:
        name = out.pop("department")
        out["department_id"] = depts[str(name)] if name else None
    return out


def _write_roster(session: Session, actor: Actor, p: Plan, missing: Sequence[tuple[int, str, str]],
                  reason: str, w: _Writer) -> None:
    model, _, change_model, fk = _ROSTERS[p.kind]
    table: Table = model.__table__  # type: ignore[assignment]
    history: Table = change_model.__table__  # type: ignore[assignment]
    depts = _department_ids(session, p) if p.kind == "inspectors" else {}
    # A value a row leaves out (only an empty 风险分类等级 is) gets the column default (B, 一般).
    key = _ROSTERS[p.kind][1]
    p.new.sort(key=itemgetter(key))  # the unique index fills fastest in key order
    for new_rows in chunks(p.new):
        w.step(0, "写入新增记录")
        bulk_insert(session, table, [_db_row(r, depts) for r in new_rows] if p.kind == "inspectors" else new_rows)
        w.step(len(new_rows), "写入新增记录")
    changes = [*p.changed, *(RowChange(i, k, lbl, {"active": (True, False)}) for i, k, lbl in missing)]
    groups: dict[tuple[str, ...], list[RowChange]] = defaultdict(list)
    for ch in changes:
        groups[tuple(sorted(ch.fields))].append(ch)
    for names, group in groups.items():
        db_names = ["department_id" if n == "department" else n for n in names]
        for part in chunks(group):
            w.step(0, "更新已有记录")
            params = []
            for ch in part:
                values = _db_row({n: ch.fields[n][1] for n in names}, depts)
                params.append({"b_id": ch.entity_id, **{"b_" + k: v for k, v in values.items()}})
            bulk_update(session, table, db_names, params)
            bulk_insert(session, history, [
                {fk: ch.entity_id, "changed_by": actor.username, "field": n, "reason": reason,
                 "old_value": history_text(p.kind, n, ch.fields[n][0]),
                 "new_value": history_text(p.kind, n, ch.fields[n][1])}
                for ch in part for n in names])
            w.step(len(part), "更新已有记录")


def _write_items(session: Session, actor: Actor, p: Plan, missing: Sequence[tuple[int, str, str]],
                 reason: str, w: _Writer) -> None:
    for row in p.new:
        values = {k: v for k, v in row.items() if k != "check_points"}
        item = InspectionItem(**values)
        session.add(item)
        session.flush()
        replace_check_points(session, item, list(cast(Sequence[str], row.get("check_points", ()))))
        record_version(session, actor, item, reason)
        w.step(1, "写入新增事项")
    for ch in p.changed:
        item = session.get_one(InspectionItem, ch.entity_id)
        for key, (_, new) in ch.fields.items():
            if key == "check_points":
                replace_check_points(session, item, list(cast(Sequence[str], new)))
            else:
                setattr(item, key, new)
        item.version += 1
        record_version(session, actor, item, reason)
        w.step(1, "更新已有事项")
    for item_id, _, _ in missing:
        session.get_one(InspectionItem, item_id).active = False
        w.step(1, "停用事项")
    session.flush()


def _write_conflicts(session: Session, p: Plan, missing: Sequence[tuple[int, str, str]], w: _Writer) -> None:
    table: Table = Conflict.__table__  # type: ignore[assignment]
    if p.new:
        bulk_insert(session, table, p.new)
        w.step(len(p.new), "写入回避关系")
    for ch in [*p.changed, *(RowChange(i, k, lbl, {"active": (True, False)}) for i, k, lbl in missing)]:
        session.execute(update(table).where(table.c.id == ch.entity_id).values(
            {k: new for k, (_, new) in ch.fields.items()}))
        w.step(1, "更新回避关系")
