"""Read-only choices the task and plan forms offer: active items, departments, roster values, profile rules."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from db.models import Department, InspectionItem, Target
from desktop.services import settings


@dataclass(frozen=True)
class ItemChoice:
    """An active 抽查事项 as a form lists it."""

    id: int
    code: str
    name: str
    kind: str  # key 重点 / general 一般
    basis: str


@dataclass(frozen=True)
class DeptChoice:
    """A department that can initiate or join a task."""

    id: int
    name: str
    external: bool


@dataclass(frozen=True)
class FormChoices:
    """Everything the task form and the plan wizard offer, read in one session."""

    items: tuple[ItemChoice, ...]
    departments: tuple[DeptChoice, ...]
    jurisdictions: tuple[str, ...]
    industries: tuple[str, ...]
    risk_labels: tuple[tuple[str, str], ...]
    min_team_size: int
    rounding: str
    max_load: int
    replacement_mode: str
    replacement_needs_approval: bool


def _distinct(session: Session, column: InstrumentedAttribute[str]) -> tuple[str, ...]:
    rows = session.scalars(select(column).where(Target.active.is_(True)).distinct())
    return tuple(sorted({str(v) for v in rows if v}))


def form_choices(session: Session) -> FormChoices:
    """Active items (by code), active departments (by name), the targets' distinct scopes, profile values."""
    profile = settings.get_profile(session)
    items = tuple(ItemChoice(i.id, i.code, i.name, i.kind, i.basis) for i in session.scalars(
        select(InspectionItem).where(InspectionItem.active.is_(True)).order_by(InspectionItem.code)))
    depts = tuple(DeptChoice(d.id, d.name, d.external) for d in session.scalars(
        select(Department).where(Department.active.is_(True)).order_by(Department.external, Department.id)))
    return FormChoices(items, depts, _distinct(session, Target.jurisdiction), _distinct(session, Target.industry),
                       tuple(profile.risk_labels), profile.min_team_size, profile.rounding, profile.max_load,
                       profile.replacement_mode, profile.replacement_needs_approval)
