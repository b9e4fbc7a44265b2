"""Load a demo bureau: organization, departments, accounts, item list, rosters, plan, ready tasks."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    AnnualPlan,
    Department,
    InspectionItem,
    Inspector,
    PlanEntry,
    Target,
    Task,
    User,
)
from desktop.core import profiles
from desktop.core import roles as role_names
from desktop.core.demo_data import Dice
from desktop.core.errors import DomainError
from desktop.core.i18n import tr
from desktop.core.progress import NullProgress, Progress, check_cancel
from desktop.services import audit, auth, demo_build, demo_history, demo_specs, settings, tasks
from desktop.services.context import Actor
from desktop.services.demo_specs import BureauSpec

__all__ = ["DEMO_PASSWORD", "SIZES", "DemoSummary", "load_demo"]

# (targets, inspectors); "large" is the benchmark size of DESIGN §7.
SIZES: dict[str, tuple[int, int]] = {"small": (600, 60), "large": (100_000, 2_000)}
DEMO_PASSWORD = "demo1234"
_ACCOUNTS = (
    ("admin", role_names.ADMIN),
    ("jingban", role_names.OPERATOR),
    ("shenpi", role_names.APPROVER),
    ("jiandu", role_names.AUDITOR),
)
_FIXED_STEPS = 6  # organization, items, conflicts, plan, tasks, last year's finished task
_TASK_DAYS = 45


@dataclass(frozen=True)
class DemoSummary:
    """What the database holds after loading; `accounts` are the demo logins created now."""

    org_name: str
    departments: int
    users: int
    items: int
    targets: int
    inspectors: int
    conflicts: int
    plans: int
    tasks: int
    ready_task_numbers: tuple[str, ...]
    accounts: tuple[tuple[str, str, str], ...]  # (username, password, role label)
    history_task_number: str = ""  # last year's finished task ("" when that year already held data)


def _count(session: Session, model: type[object]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _ensure_org(session: Session, actor: Actor, bureau: BureauSpec, profile: str) -> settings.OrgInfo:
    """Create the organization and store the profile on an empty database; keep what first start set."""
    if settings.get_org(session) is None:
        settings.update_org(session, actor, bureau.org_name, bureau.org_code, bureau.address)
    if settings.get_value(session, settings.PROFILE_KEY) is None:
        settings.save_profile(session, actor, profiles.PRESETS[profile])
    org = settings.get_org(session)
    assert org is not None  # created just above
    return org


def _ensure_departments(session: Session, bureau: BureauSpec) -> dict[str, int]:
    """Add the demo departments missing by name; existing ones (from first start) are kept."""
    existing = {d.name: d for d in session.scalars(select(Department))}
    for spec in (*bureau.departments, bureau.external):
        if spec.name not in existing:
            dept = Department(name=spec.name, code=spec.code, external=spec.external, active=True)
            session.add(dept)
            existing[spec.name] = dept
    session.flush()
    return {name: d.id for name, d in existing.items()}


def _ensure_users(session: Session, actor: Actor, bureau: BureauSpec, dept_ids: dict[str, int]
                  ) -> tuple[tuple[str, str, str], ...]:
    """One demo account per role; a username that already exists is left alone and not reported."""
    dice = Dice(f"{bureau.key}/users")
    book = demo_specs.load_names().book
    taken = set(session.scalars(select(User.username).where(User.username.in_([u for u, _ in _ACCOUNTS]))))
    home = dept_ids[bureau.departments[0].name]
    created: list[tuple[str, str, str]] = []
    # Argon2 takes ~0.3 s per hash; the demo accounts share one published password, so they
    # share one (salted) hash too instead of going through auth.create_user four times.
    password_hash = ""
    for username, role in _ACCOUNTS:
        name = book.person(dice, female=dice.percent(40))
        if username in taken:
            continue
        password_hash = password_hash or auth.hash_password(DEMO_PASSWORD)
        dept = home if role in (role_names.OPERATOR, role_names.APPROVER) else None
        session.add(User(username=username, display_name=name, password_hash=password_hash, roles=role,
                         department_id=dept, active=True))
        session.flush()
        audit.record(session, actor, "user.create", "user", username, {"roles": [role]})
        created.append((username, DEMO_PASSWORD, role_names.ROLE_LABELS[role]))
    return tuple(created)


def _task_start(today: date, year: int) -> date:
    """First task window start: two weeks ahead this year, spring for a later year."""
    if year > today.year:
        return date(year, 3, 2)
    if year < today.year:
        return date(year, 9, 1)
    # Late in December the window cannot lie in the future and still in `year`.
    return min(today + timedelta(days=14), date(year, 12, 1))


def _task_windows(bureau: BureauSpec, today: date, year: int) -> dict[int, tuple[date, date]]:
    """Window per task item number, a week apart."""
    first = _task_start(today, year)
    out: dict[int, tuple[date, date]] = {}
    for k, spec in enumerate(bureau.ready_tasks):
        start = first + timedelta(days=7 * k)
        out[spec.item] = (start, min(start + timedelta(days=_TASK_DAYS), date(year, 12, 31)))
    return out


def _quarter(year: int, k: int) -> tuple[date, date]:
    q = k % 4
    last = 3 * q + 3
    return date(year, 3 * q + 1, 1), date(year, last, calendar.monthrange(year, last)[1])


def _add_plan(session: Session, bureau: BureauSpec, org_name: str, items: list[InspectionItem],
              year: int, external_id: int, windows: dict[int, tuple[date, date]],
              rounding: str) -> dict[str, PlanEntry]:
    """A published annual plan with one entry per item; the partner's item is planned jointly."""
    plan = session.scalar(select(AnnualPlan).where(AnnualPlan.year == year))
    if plan is None:
        plan = AnnualPlan(year=year, title=f"{org_name}{year}年度“双随机、一公开”抽查工作计划",
                          state="published", published_at=datetime.now(), uncovered_reasons={})
        session.add(plan)
        session.flush()
    seq = int(session.scalar(select(func.max(PlanEntry.seq)).where(PlanEntry.plan_id == plan.id)) or 0)
    entries: dict[str, PlanEntry] = {}
    for k, (spec, item) in enumerate(zip(bureau.items, items, strict=True)):
        start, end = _quarter(year, k)
        if spec.number in windows:  # the entry's window must hold the task drawn from it
            start, end = min(start, windows[spec.number][0]), max(end, windows[spec.number][1])
        seq += 1
        entry = PlanEntry(
            plan_id=plan.id, seq=seq, name=item.name, jurisdictions=[], industries=[item.qualification],
            window_start=start, window_end=end, quotas=demo_build.quotas_for(item.kind),
            frequency=2 if item.kind == "key" else 1, rounding=rounding, directed=False,
            joint=spec.joint, initiating_department_id=item.department_id,
            joint_department_ids=[external_id] if spec.joint else [],
        )
        entry.items = [item]
        session.add(entry)
        entries[item.code] = entry
    session.flush()
    return entries


def _add_tasks(session: Session, actor: Actor, bureau: BureauSpec, items: list[InspectionItem],
               entries: dict[str, PlanEntry], windows: dict[int, tuple[date, date]], year: int,
               external_id: int, profile: profiles.RuleProfile) -> tuple[str, ...]:
    """Ready-to-draw tasks through the task service, so numbering and checks are the real ones."""
    # Loading the demo is an administrator's bulk action; the task service asks for the operator
    # role, which the loader holds for these tasks only (the audit log still names the actor).
    operator = Actor(actor.username, actor.display_name, actor.roles | {role_names.OPERATOR})
    numbers: list[str] = []
    for spec in bureau.ready_tasks:
        item = items[spec.item - 1]
        entry = entries[item.code]
        start, end = windows[spec.item]
        name = f"{year}年度{item.name}" + ("部门联合双随机抽查" if spec.joint else "双随机抽查")
        draft = tasks.TaskDraft(
            name=name, year=year, item_ids=(item.id,), window_start=start, window_end=end,
            quotas=entry.quotas, team_size=max(profile.min_team_size, 2), rounding=profile.rounding,
            industries=(item.qualification,), joint=spec.joint,
            initiating_department_id=item.department_id,
            joint_department_ids=(external_id,) if spec.joint else (),
            legal_basis=item.basis, plan_entry_id=entry.id, ready=True,
        )
        numbers.append(tasks.create_task(session, operator, draft).number)
    return tuple(numbers)


def load_demo(session: Session, actor: Actor, *, profile: str = "xianning", size: str = "small",
              year: int | None = None, progress: Progress | None = None) -> DemoSummary:
    """Fill the database with a realistic demo bureau in the caller's transaction.

    Works on an empty database and after first start (the organization, its departments and
    users are kept); refuses with ``demo_not_empty`` once a roster holds data.
    """
    actor.require_any(role_names.ADMIN)
    progress = progress or NullProgress()
    if size not in SIZES:
        raise DomainError("demo_size_unknown", size=size)
    if profile not in profiles.PRESETS:
        raise DomainError("profile_unknown", key=profile)
    if session.scalar(select(Target.id).limit(1)) is not None or \
            session.scalar(select(Inspector.id).limit(1)) is not None:
        raise DomainError("demo_not_empty")
    bureau = demo_specs.load_bureau(profile)
    names = demo_specs.load_names()
    n_targets, n_inspectors = SIZES[size]
    today = date.today()
    year = year or today.year
    total = n_targets + n_inspectors + _FIXED_STEPS
    done = 0

    def report(units: int, label: str, detail: str = "") -> None:
        nonlocal done
        done = min(done + units, total)
        progress.report(done, total, tr("demo", label) + detail)
        check_cancel(progress)

    org = _ensure_org(session, actor, bureau, profile)
    rule_profile = settings.get_profile(session)
    dept_ids = _ensure_departments(session, bureau)
    external_id = dept_ids[bureau.external.name]
    accounts = _ensure_users(session, actor, bureau, dept_ids)
    report(1, "组织机构与账号")
    items = demo_build.add_items(session, bureau, org.name, dept_ids, dict(rule_profile.risk_labels))
    report(1, "抽查事项清单")
    other_unit = bureau.external.name if rule_profile.other_unit_policy != "none" else ""
    targets = demo_build.insert_targets(session, bureau, names, n_targets, today, year, other_unit,
                                        progress, report)
    inspectors = demo_build.insert_inspectors(session, bureau, names, n_inspectors, today, dept_ids,
                                              progress, report)
    conflicts = demo_build.add_conflicts(session, bureau, names, max(10, n_inspectors // 20), external_id)
    report(1, "回避关系")
    windows = _task_windows(bureau, today, year)
    entries = _add_plan(session, bureau, org.name, items, year, external_id, windows, rule_profile.rounding)
    report(1, "年度抽查计划")
    numbers = _add_tasks(session, actor, bureau, items, entries, windows, year, external_id, rule_profile)
    report(1, "抽查任务")
    history = demo_history.add_history(session, actor, bureau, names, items, external_id, year - 1)
    report(1, "上一年度已办结任务")
    summary = DemoSummary(
        org_name=org.name, departments=_count(session, Department), users=_count(session, User),
        items=len(items), targets=targets, inspectors=inspectors, conflicts=conflicts,
        plans=_count(session, AnnualPlan), tasks=_count(session, Task), ready_task_numbers=numbers,
        accounts=accounts, history_task_number=history.task_number if history else "",
    )
    audit.record(session, actor, "demo.load", "organization", org.code, {
        "profile": profile, "size": size, "year": year, "items": summary.items, "targets": targets,
        "inspectors": inspectors, "conflicts": conflicts, "tasks": list(numbers),
        "accounts": [a[0] for a in accounts], "history_task": history.task_number if history else "",
    })
    return summary
