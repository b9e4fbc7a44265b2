"""首页 figures: roster and plan counts, tasks by state, and roster warnings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from db.base import Base
from db.models import AnnualPlan, Conflict, Department, InspectionItem, Inspector, Target, Task

EXPIRY_WARNING_DAYS = 30
MIN_LEADERS_PER_DEPARTMENT = 2


@dataclass(frozen=True)
class LicenceWarning:
    """An active inspector whose 执法证 has expired or expires soon."""

    staff_no: str
    name: str
    department: str
    expiry: date
    expired: bool


@dataclass(frozen=True)
class LeaderShortage:
    """A department with too few active, leader-capable inspectors to form teams."""

    department: str
    leaders: int


@dataclass(frozen=True)
class DashboardSummary:
    """Everything the home page shows, computed in one read transaction."""

    items: int
    targets: int
    inspectors: int
    conflicts: int
    plans: int
    tasks_by_state: tuple[tuple[str, int], ...]
    licence_warnings: tuple[LicenceWarning, ...]
    leader_shortages: tuple[LeaderShortage, ...]

    @property
    def tasks(self) -> int:
        """All tasks, whatever their state."""
        return sum(n for _, n in self.tasks_by_state)


def _count(session: Session, model: type[Base], *where: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _licence_warnings(session: Session, today: date) -> tuple[LicenceWarning, ...]:
    horizon = today + timedelta(days=EXPIRY_WARNING_DAYS)
    rows = session.execute(
        select(Inspector.staff_no, Inspector.name, Department.name, Inspector.licence_expiry)
        .outerjoin(Department, Inspector.department_id == Department.id)
        .where(Inspector.active.is_(True), Inspector.licence_expiry.is_not(None),
               Inspector.licence_expiry <= horizon)
        .order_by(Inspector.licence_expiry, Inspector.staff_no)
    ).all()
    return tuple(LicenceWarning(staff_no, name, dept or "", expiry, expiry < today)
                 for staff_no, name, dept, expiry in rows if expiry is not None)


def _leader_shortages(session: Session) -> tuple[LeaderShortage, ...]:
    leaders = func.count(Inspector.id)
    rows = session.execute(
        select(Department.name, leaders)
        .outerjoin(Inspector, and_(Inspector.department_id == Department.id,
                                   Inspector.active.is_(True), Inspector.leader_capable.is_(True)))
        .where(Department.active.is_(True), Department.external.is_(False))
        .group_by(Department.id, Department.name)
        .having(leaders < MIN_LEADERS_PER_DEPARTMENT)
        .order_by(Department.name)
    ).all()
    return tuple(LeaderShortage(name, int(n)) for name, n in rows)


def summary(session: Session, today: date) -> DashboardSummary:
    """Counts of the active rosters and plans, tasks per state, and roster warnings."""
    states = session.execute(
        select(Task.state, func.count()).group_by(Task.state).order_by(Task.state)
    ).all()
    return DashboardSummary(
        items=_count(session, InspectionItem, InspectionItem.active.is_(True)),
        targets=_count(session, Target, Target.active.is_(True)),
        inspectors=_count(session, Inspector, Inspector.active.is_(True)),
        conflicts=_count(session, Conflict, Conflict.active.is_(True)),
        plans=_count(session, AnnualPlan),
        tasks_by_state=tuple((state, int(n)) for state, n in states),
        licence_warnings=_licence_warnings(session, today),
        leader_shortages=_leader_shortages(session),
    )
