"""Roster import: read and validate a file, preview the difference, apply it all-or-nothing."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ImportMapping, Inspector, Target
from desktop.core import roles
from desktop.core import roster_fields as rf
from desktop.core import roster_rows as rr
from desktop.core.errors import DomainError
from desktop.core.identifiers import mask_id_number, mask_phone
from desktop.core.progress import NullProgress, Progress
from desktop.core.roster_edit import display_value
from desktop.core.roster_values import risk_lookup, shown
from desktop.services import audit, roster_apply, roster_io
from desktop.services.bulk_sql import gc_paused
from desktop.services.context import Actor
from desktop.services.settings import get_profile

Problem = rf.Problem
_FILE_ERRORS = {
    "import_unsupported_type": "不支持的文件类型「{suffix}」，请使用 .xlsx、.xls 或 .csv 文件",
    "import_unreadable": "无法读取文件「{file}」：{reason}",
    "import_encoding": "无法识别 CSV 文件的编码（支持 UTF-8 和 GBK/GB18030）",
}


@dataclass(frozen=True)
class CheckedFile:
    """A read and validated file: rows ready to apply, or errors that block the import."""

    kind: str
    path: Path
    sha256: str
    cells: list[list[str]]
    header_index: int
    match: rf.HeaderMatch | None
    rows: list[dict[str, object]]
    row_numbers: list[int]
    errors: list[Problem]
    warnings: list[Problem]
    mapping: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when nothing blocks the import (warnings do not)."""
        return not self.errors

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def headers(self) -> list[str]:
        """The heading row as read (empty when the file could not be read)."""
        return [str(h) for h in self.cells[self.header_index]] if self.cells else []

    @property
    def columns(self) -> list[str]:
        """Field keys the file supplies."""
        return [] if self.match is None else [k for k in self.match.columns if rf.field_by_key(self.kind, k).kind != "info"]

    def error_texts(self) -> list[str]:
        return [p.text() for p in self.errors]


def header_key(headers: Sequence[str]) -> str:
    """SHA-256 of the sorted set of non-empty headings: the key of a remembered mapping."""
    names = sorted({str(h).strip() for h in headers if str(h).strip()})
    return hashlib.sha256("\n".join(names).encode("utf-8")).hexdigest()


def saved_mapping(session: Session, kind: str, headers: Sequence[str]) -> dict[str, str] | None:
    """The mapping remembered for this kind and heading set, if any."""
    row = session.scalar(select(ImportMapping).where(
        ImportMapping.kind == kind, ImportMapping.header_key == header_key(headers)))
    return None if row is None else dict(json.loads(row.mapping))


def save_mapping(session: Session, kind: str, headers: Sequence[str], mapping: Mapping[str, str]) -> None:
    """Remember a hand-made heading → field mapping for files with the same headings."""
    key = header_key(headers)
    text = json.dumps(dict(mapping), ensure_ascii=False, sort_keys=True)
    row = session.scalar(select(ImportMapping).where(ImportMapping.kind == kind, ImportMapping.header_key == key))
    if row is None:
        session.add(ImportMapping(kind=kind, header_key=key, mapping=text))
    else:
        row.mapping = text
    session.flush()


def _file_problem(err: DomainError) -> Problem:
    template = _FILE_ERRORS.get(err.code)
    return Problem(0, "", template.format(**err.params) if template else f"无法读取文件：{err.code}")


def check_file(session: Session, kind: str, path: Path, *, mapping: Mapping[str, str] | None = None,
               create_departments: bool = False, today: date | None = None) -> CheckedFile:
    """Read and validate a roster file; nothing is written. Errors carry row and column.

    Without `mapping`, a mapping remembered for the same headings is used.
    """
    with gc_paused():
        return _check_file(session, kind, path, mapping, create_departments, today)


def _check_file(session: Session, kind: str, path: Path, mapping: Mapping[str, str] | None,
                create_departments: bool, today: date | None) -> CheckedFile:
    if kind not in rf.KINDS:
        raise DomainError("import_unknown_kind", kind=kind)
    today = today or date.today()
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        cells = roster_io.read_cells(path)
    except OSError as exc:
        problem = Problem(0, "", f"无法打开文件「{path.name}」：{exc.strerror or exc}")
        return CheckedFile(kind, path, "", [], 0, None, [], [], [problem], [])
    except DomainError as err:
        return CheckedFile(kind, path, digest, [], 0, None, [], [], [_file_problem(err)], [])
    if not any(str(c).strip() for row in cells for c in row):
        return CheckedFile(kind, path, digest, cells, 0, None, [], [], [Problem(0, "", "文件中没有数据")], [])
    header_index = rf.find_header_row(kind, cells, mapping)
    if mapping is None:
        mapping = saved_mapping(session, kind, cells[header_index])
        if mapping:
            header_index = rf.find_header_row(kind, cells, mapping)
    profile = get_profile(session)
    required = rf.required_keys(kind, profile.required_target_fields)
    match = rf.match_headers(kind, cells[header_index], required, mapping, header_index + 1)
    ctx = rr.CheckContext(today=today, required=required, risk=risk_lookup(profile.risk_labels))
    checked = rr.check_rows(kind, cells, header_index, match, ctx)
    errors = [*match.problems, *checked.errors]
    if kind == "inspectors":
        errors += _inspector_problems(session, checked, match, create_departments)
    elif kind == "conflicts":
        errors += _conflict_problems(session, checked, match)
    if not checked.rows and not errors:
        errors.append(Problem(header_index + 1, "", "表头下面没有数据行"))
    return CheckedFile(kind, path, digest, cells, header_index, match, checked.rows, checked.row_numbers,
                       rf.sort_problems(errors, match), checked.warnings, dict(mapping or {}))


def _inspector_problems(session: Session, checked: rr.RowCheck, match: rf.HeaderMatch,
                        create_departments: bool) -> list[Problem]:
    problems: list[Problem] = []
    if "department" in match.columns and not create_departments:
        known = set(roster_apply.department_ids(session))
        names = sorted(known)
        listing = "、".join(names[:20]) + ("等" if len(names) > 20 else "") if names else "无"
        for row, number in zip(checked.rows, checked.row_numbers, strict=True):
            name = row.get("department")
            if name and name not in known:
                problems.append(Problem(number, match.column_names["department"],
                                        f"未知的业务所队「{shown(str(name))}」（已有：{listing}；也可选择导入时自动新建）"))
    masked = [(r, n) for r, n in zip(checked.rows, checked.row_numbers, strict=True)
              if "*" in str(r.get("id_number", "")) + str(r.get("phone", ""))]
    if masked:
        stored = {s: (i, p) for s, i, p in session.execute(select(Inspector.staff_no, Inspector.id_number, Inspector.phone))}
        for row, number in masked:
            old = stored.get(str(row.get("staff_no")))
            for key, mask, index in (("id_number", mask_id_number, 0), ("phone", mask_phone, 1)):
                value = str(row.get(key, ""))
                if "*" not in value:
                    continue
                if old is None:
                    problems.append(Problem(number, match.column_names[key], "已打码，新增人员须填写完整号码"))
                elif mask(old[index]) != value:
                    problems.append(Problem(number, match.column_names[key], "打码的号码与库中记录不一致，请填写完整号码"))
    return problems


def _conflict_problems(session: Session, checked: rr.RowCheck, match: rf.HeaderMatch) -> list[Problem]:
    rows = [(r, n) for r, n in zip(checked.rows, checked.row_numbers, strict=True)
            if r.get("staff_no") and r.get("target_code")]
    staff = roster_apply.resolve_ids(session, Inspector, "staff_no", [str(r["staff_no"]) for r, _ in rows])
    codes = roster_apply.resolve_ids(session, Target, "code", [str(r["target_code"]) for r, _ in rows])
    problems: list[Problem] = []
    for row, number in rows:
        if row["staff_no"] not in staff:
            problems.append(Problem(number, match.column_names["staff_no"],
                                    f"警号「{shown(str(row['staff_no']))}」不在执法检查人员名录中"))
        if row["target_code"] not in codes:
            problems.append(Problem(number, match.column_names["target_code"],
                                    f"「{row['target_code']}」不在检查对象名录中"))
    return problems


# ---------------------------------------------------------------- preview and apply


class FieldChange(NamedTuple):
    """One changed cell as the preview shows it (身份证号 and phone numbers masked)."""

    column: str
    old: str
    new: str


# A row named by its key (代码, 警号, 编号) and a readable label (名称, 姓名): a plain pair, because a
# first import previews 100,000 of them.
RowRef = tuple[str, str]


class ChangedRow(NamedTuple):
    """An existing row the file changes."""

    key: str
    label: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class ImportPreview:
    """What applying the file would do; `missing` rows are offered for deactivation.

    `new` and `missing` hold (key, label) pairs; `changed` rows list each field's old → new text.
    """

    kind: str
    file_name: str
    rows: int
    new: tuple[RowRef, ...]
    changed: tuple[ChangedRow, ...]
    missing: tuple[RowRef, ...]
    new_departments: tuple[str, ...]
    ignored_columns: tuple[str, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class ImportResult:
    """What an applied import did (also written to the audit log)."""

    kind: str
    file_name: str
    sha256: str
    rows: int
    new: int
    changed: int
    deactivated: int
    departments_created: tuple[str, ...]


def _require_ok(checked: CheckedFile) -> None:
    if not checked.ok:
        raise DomainError("import_has_errors", count=len(checked.errors), file=checked.file_name)


def _changes(kind: str, changed: Sequence[roster_apply.RowChange], labels: Mapping[str, str]) -> tuple[ChangedRow, ...]:
    """Preview rows: values as text, 身份证号 and phone numbers of inspectors masked."""
    names: dict[str, str] = {}

    def text(key: str, value: object) -> str:
        if kind == "inspectors":
            return roster_apply.history_text(kind, key, value) or ""
        return display_value(kind, key, value, labels)

    out = []
    for c in changed:
        fields = []
        for key, (old, new) in c.fields.items():
            label = names.get(key) or names.setdefault(key, rf.field_label(kind, key))
            fields.append(FieldChange(label, text(key, old), text(key, new)))
        out.append(ChangedRow(c.key, c.label, tuple(fields)))
    return tuple(out)


def preview(session: Session, checked: CheckedFile, *, create_departments: bool = False) -> ImportPreview:
    """Compare a clean file with the database: new rows, changed fields (old → new), missing rows."""
    _require_ok(checked)
    with gc_paused():
        p = roster_apply.plan(session, checked.kind, checked.rows, checked.columns, create_departments)
        return _preview(checked, p, dict(get_profile(session).risk_labels))


def _preview(checked: CheckedFile, p: roster_apply.Plan, labels: Mapping[str, str]) -> ImportPreview:
    new = tuple(p.new_labels)
    return ImportPreview(
        kind=checked.kind, file_name=checked.file_name, rows=len(checked.rows), new=new,
        changed=_changes(checked.kind, p.changed, labels),
        missing=tuple((k, lbl) for _, k, lbl in p.missing),
        new_departments=tuple(p.new_departments),
        ignored_columns=checked.match.ignored if checked.match else (),
        warnings=tuple(w.text() for w in checked.warnings),
    )


def apply(session: Session, actor: Actor, checked: CheckedFile, *, deactivate_missing: bool = False,
          create_departments: bool = False, progress: Progress | None = None) -> ImportResult:
    """Write a clean file in the caller's transaction; raises Cancelled when the user stops it.

    The difference is computed again here, so rows changed by someone else since the preview
    are taken into account. The caller's rollback on any exception leaves the roster as it was.
    """
    actor.require_any(roles.OPERATOR, roles.ADMIN)
    _require_ok(checked)
    progress = progress or NullProgress()
    with gc_paused():
        p = roster_apply.plan(session, checked.kind, checked.rows, checked.columns, create_departments)
        deactivated = roster_apply.write(session, actor, p, f"导入：{checked.file_name}", deactivate_missing,
                                         progress)
    if checked.mapping:
        save_mapping(session, checked.kind, checked.headers, checked.mapping)
    result = ImportResult(checked.kind, checked.file_name, checked.sha256, len(checked.rows), len(p.new),
                          len(p.changed), deactivated, tuple(p.new_departments))
    audit.record(session, actor, "roster.import", checked.kind, "", {
        "file": checked.file_name, "sha256": checked.sha256, "rows": result.rows, "new": result.new,
        "changed": result.changed, "deactivated": deactivated, "warnings": len(checked.warnings),
        "departments_created": list(result.departments_created)})
    return result


def write_error_report(checked: CheckedFile, out: Path) -> Path:
    """The original rows with an added 错误 column (and a 错误列表 sheet), as .xlsx."""
    by_row: dict[int, list[str]] = {}
    for p in checked.errors:
        if p.row > 0:
            by_row.setdefault(p.row, []).append(f"「{p.column}」{p.message}" if p.column else p.message)
    listing = [(p.row, p.column, p.message) for p in checked.errors]
    listing += [(p.row, p.column, "（提示）" + p.message) for p in checked.warnings]
    return roster_io.write_error_report(out, checked.cells, checked.header_index, by_row, listing)
