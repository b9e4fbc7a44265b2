"""Read-only browsing of the rosters and the item list: ordered id lists and row chunks, all in SQL."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from db.models import Department, InspectionItem, Inspector, Target
from desktop.core.errors import DomainError
from desktop.core.identifiers import mask_id_number, mask_phone

KINDS = ("targets", "inspectors", "items")


@dataclass(frozen=True)
class ColumnSpec:
    """One column of a browse view: key, Chinese source title and how to render the value.

    `render` is one of text, bool, date, risk, item_kind; the UI formats and translates.
    """

    key: str
    title: str
    render: str = "text"
    sortable: bool = True


_TARGET_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("code", "统一社会信用代码"),
    ColumnSpec("name", "名称"),
    ColumnSpec("jurisdiction", "管辖机关"),
    ColumnSpec("risk_class", "风险等级", "risk"),
    ColumnSpec("industry", "行业类别"),
    ColumnSpec("address", "地址"),
    ColumnSpec("legal_rep", "法定代表人"),
    ColumnSpec("abnormal_list", "经营异常", "bool"),
    ColumnSpec("serious_dishonest", "严重违法失信", "bool"),
    ColumnSpec("active", "在册", "bool"),
)

_INSPECTOR_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("staff_no", "警号/工号"),
    ColumnSpec("name", "姓名"),
    ColumnSpec("gender", "性别"),
    ColumnSpec("department", "所属部门"),
    ColumnSpec("position", "职位"),
    ColumnSpec("id_number", "身份证号", sortable=False),
    ColumnSpec("phone", "联系电话", sortable=False),
    ColumnSpec("licence_no", "执法证号"),
    ColumnSpec("licence_expiry", "执法证有效期", "date"),
    ColumnSpec("leader_capable", "可任组长", "bool"),
    ColumnSpec("active", "在岗", "bool"),
)

_ITEM_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("code", "编号"),
    ColumnSpec("category", "抽查类别"),
    ColumnSpec("name", "事项名称"),
    ColumnSpec("sub_item", "子项"),
    ColumnSpec("kind", "事项类型", "item_kind"),
    ColumnSpec("method", "检查方式"),
    ColumnSpec("ratio_text", "抽查比例"),
    ColumnSpec("frequency_text", "抽查频次"),
    ColumnSpec("subject", "检查主体"),
    ColumnSpec("active", "在用", "bool"),
)

_COLUMNS: dict[str, tuple[ColumnSpec, ...]] = {
    "targets": _TARGET_COLUMNS,
    "inspectors": _INSPECTOR_COLUMNS,
    "items": _ITEM_COLUMNS,
}
_MODELS: dict[str, type[Target] | type[Inspector] | type[InspectionItem]] = {
    "targets": Target,
    "inspectors": Inspector,
    "items": InspectionItem,
}
# The columns the search box matches: name and code of each kind.
_SEARCH_KEYS: dict[str, tuple[str, ...]] = {
    "targets": ("name", "code"),
    "inspectors": ("name", "staff_no"),
    "items": ("name", "code"),
}


LICENCE_STATES = ("valid", "expiring", "expired", "missing")
LICENCE_WARNING_DAYS = 30  # the same horizon as rosters.roster_warnings


@dataclass(frozen=True)
class LicenceFilter:
    """A filter value for the inspectors' `licence_state`: valid, expiring (≤ 30 days), expired, missing.

    `today` comes from the caller, so a test clock and the warnings panel agree.
    """

    state: str
    today: date


def _licence_condition(value: object) -> ColumnElement[bool]:
    if not isinstance(value, LicenceFilter) or value.state not in LICENCE_STATES:
        raise DomainError("browse_column_unknown", kind="inspectors", column="licence_state")
    expiry, today = Inspector.licence_expiry, value.today
    horizon = today + timedelta(days=LICENCE_WARNING_DAYS)
    return {
        "valid": expiry > horizon,
        "expiring": expiry.between(today, horizon),
        "expired": expiry < today,
        "missing": expiry.is_(None),
    }[value.state]


def columns(kind: str) -> list[ColumnSpec]:
    """The columns of a browse view, in display order."""
    return list(_columns(kind))


def _columns(kind: str) -> tuple[ColumnSpec, ...]:
    try:
        return _COLUMNS[kind]
    except KeyError:
        raise DomainError("browse_kind_unknown", kind=kind) from None


def _attr(kind: str, key: str) -> InstrumentedAttribute[Any]:
    """The SQL expression behind a column key (department → the joined department name)."""
    if kind == "inspectors" and key == "department":
        return Department.name
    attr = getattr(_MODELS[kind], key, None)
    if not isinstance(attr, InstrumentedAttribute):
        raise DomainError("browse_column_unknown", kind=kind, column=key)
    return attr


def _like_pattern(search: str) -> str:
    escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _with_joins(kind: str, stmt: Select[Any]) -> Select[Any]:
    if kind == "inspectors":
        return stmt.outerjoin(Department, Inspector.department_id == Department.id)
    return stmt


def list_ids(session: Session, kind: str, search: str = "", sort_column: str | None = None,
             descending: bool = False, filters: Mapping[str, Any] | None = None) -> list[int]:
    """The ids of the matching rows in display order; searching and sorting happen in SQL.

    `search` matches name or code (case-insensitive substring); `filters` maps column keys to
    required values (equality); for inspectors `licence_state` takes a LicenceFilter.
    """
    specs = {c.key: c for c in _columns(kind)}
    model = _MODELS[kind]
    stmt = _with_joins(kind, select(model.id))
    text = search.strip()
    sqlite = session.get_bind().dialect.name == "sqlite"
    if text:
        pattern = _like_pattern(text)
        # SQLite's LIKE already ignores ASCII case (and its lower() knows nothing else): ILIKE would
        # only add a lower() call per row, which doubles the time of a search over 100,000 names.
        cols = [_attr(kind, k) for k in _SEARCH_KEYS[kind]]
        stmt = stmt.where(or_(*(c.like(pattern, escape="\\") if sqlite else c.ilike(pattern, escape="\\")
                                for c in cols)))
    for key, value in (filters or {}).items():
        if kind == "inspectors" and key == "licence_state":
            stmt = stmt.where(_licence_condition(value))
        else:
            stmt = stmt.where(_attr(kind, key) == value)
    order: list[ColumnElement[Any]] = []
    if sort_column is not None:
        spec = specs.get(sort_column)
        if spec is None or not spec.sortable:
            raise DomainError("browse_column_unknown", kind=kind, column=sort_column)
        expr = _attr(kind, sort_column)
        order.append(expr.desc() if descending else expr.asc())
    # A stable tie-break so equal keys keep the same order between fetches.
    order.append(model.id.desc() if descending and sort_column is not None else model.id.asc())
    return _first_column(session, stmt.order_by(*order), sqlite)


def _first_column(session: Session, stmt: Select[Any], sqlite: bool) -> list[int]:
    """The ids straight from the driver's cursor.

    SQLAlchemy's row processing costs twice the query itself for 100,000 ids, and the roster screen
    must paint within 0.5 s (DESIGN §7). The statement is still built and compiled by SQLAlchemy;
    only dates need the conversion its SQLite dialect would make.
    """
    conn = session.connection()
    compiled = stmt.compile(dialect=conn.dialect)
    params = compiled.construct_params()
    if sqlite:
        params = {k: v.isoformat() if isinstance(v, date) else v for k, v in params.items()}
    args: Any = tuple(params[n] for n in compiled.positiontup) if compiled.positiontup is not None else params
    cursor = conn.exec_driver_sql(compiled.string, args).cursor
    assert cursor is not None
    return [row[0] for row in cursor.fetchall()]


def _row_values(kind: str, obj: Any, department: str | None) -> tuple[Any, ...]:
    values: list[Any] = []
    for spec in _columns(kind):
        if spec.key == "department":
            values.append(department or "")
        elif kind == "inspectors" and spec.key == "id_number":
            values.append(mask_id_number(obj.id_number) if obj.id_number else "")
        elif kind == "inspectors" and spec.key == "phone":
            values.append(mask_phone(obj.phone) if obj.phone else "")
        else:
            values.append(getattr(obj, spec.key))
    return tuple(values)


def fetch_rows(session: Session, kind: str, ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """Rows for `ids` as (id, value per column…), in the order of `ids`; vanished ids are skipped.

    Personal data is masked here (身份证号, phone), so full values never reach the view.
    """
    _columns(kind)
    if not ids:
        return []
    model: Any = _MODELS[kind]
    found: dict[int, tuple[Any, ...]] = {}
    if kind == "inspectors":
        result = session.execute(
            select(Inspector, Department.name)
            .outerjoin(Department, Inspector.department_id == Department.id)
            .where(Inspector.id.in_(ids))
        ).all()
        for inspector, dept in result:
            found[inspector.id] = (inspector.id, *_row_values(kind, inspector, dept))
    else:
        for obj in session.scalars(select(model).where(model.id.in_(ids))):
            found[obj.id] = (obj.id, *_row_values(kind, obj, None))
    return [found[i] for i in ids if i in found]
