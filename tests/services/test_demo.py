"""The demo bureau generator: counts, valid identifiers, a published plan and drawable tasks."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.engine import Database
from db.models import (
    AnnualPlan,
    AuditEvent,
    CheckPoint,
    Conflict,
    Department,
    InspectionItem,
    Inspector,
    PlanEntry,
    Target,
    Task,
    User,
)
from desktop.core import profiles
from desktop.core.errors import DomainError
from desktop.core.identifiers import check_id_number, check_uscc
from desktop.core.progress import Cancelled
from desktop.core.sr1.feasibility import feasibility
from desktop.services import audit, auth, demo, pool, settings, setup
from desktop.services.context import SYSTEM, Actor

NEXT_YEAR = date.today().year + 1


def _load(db: Database, profile: str = "xianning", year: int | None = NEXT_YEAR) -> demo.DemoSummary:
    with db.write() as s:
        return demo.load_demo(s, SYSTEM, profile=profile, year=year)


def _assert_drawable(db: Database, year: int) -> list[Task]:
    """Every ready task has a non-empty pool and the SR1 dry run staffs every team."""
    with db.read() as s:
        query = select(Task).where(Task.year == year, Task.state == "ready").order_by(Task.seq)
        ready = list(s.scalars(query))
        assert len(ready) >= 2
        assert any(t.joint for t in ready)
        for task in ready:
            snap = pool.snapshot(s, task.id)
            assert sum(st.quota for st in snap.strata) > 0, task.number
            report = feasibility(snap.package, trials=30, seed_source=b"demo-test")
            assert report.ok, (task.number, report.shortages[:3])
        s.expunge_all()
    return ready


def test_small_demo_counts_and_accounts(db: Database) -> None:
    summary = _load(db)
    assert summary.org_name == "咸宁市公安局"
    assert summary.targets == 600
    assert 55 <= summary.inspectors <= 70
    assert 8 <= summary.items <= 12
    assert summary.conflicts == 10
    assert summary.plans == 2  # this year's and last year's (with its finished task)
    assert summary.tasks == len(summary.ready_task_numbers) + 1 == 4
    assert summary.history_task_number == f"咸公抽查〔{NEXT_YEAR - 1}〕1号"
    assert summary.departments == 7  # six 支队/派出所 and the external partner
    assert {role for _, _, role in summary.accounts} == {"管理员", "经办人", "审批人", "监督"}
    assert all(len(password) >= 8 for _, password, _ in summary.accounts)
    with db.write() as s:
        for username, password, _ in summary.accounts:
            assert auth.login(s, username, password).username == username


def test_identifiers_are_valid_and_unique(db: Database) -> None:
    _load(db)
    today = date.today()
    with db.read() as s:
        codes = list(s.scalars(select(Target.code)))
        assert len(codes) == len(set(codes)) == 600
        assert [c for c in codes if check_uscc(c) is not None] == []
        people = s.execute(select(Inspector.staff_no, Inspector.id_number, Inspector.gender)).all()
        assert len({p.staff_no for p in people}) == len(people)
        assert len({p.id_number for p in people}) == len(people)
        for staff_no, id_number, gender in people:
            result = check_id_number(id_number, today)
            assert result.error is None, id_number
            assert result.birth_date is not None and 1965 <= result.birth_date.year <= 1998
            assert result.sex == ("F" if gender == "女" else "M")
            assert staff_no.isascii()
        item_codes = list(s.scalars(select(InspectionItem.code)))
        assert len(item_codes) == len(set(item_codes))
        assert all(re.fullmatch(r"XNGA-\d{3}", c) for c in item_codes)


def test_rosters_look_realistic(db: Database) -> None:
    _load(db)
    today = date.today()
    with db.read() as s:
        targets = s.scalars(select(Target)).all()
        risk = Counter(t.risk_class for t in targets)
        for rc, share in (("A", 0.30), ("B", 0.40), ("C", 0.20), ("D", 0.10)):
            assert abs(risk[rc] / 600 - share) < 0.07, risk
        inactive = sum(not t.active for t in targets)
        assert 1 <= inactive <= 30
        assert any(t.abnormal_list for t in targets) and any(t.complaint for t in targets)
        assert all(t.name and t.address and t.legal_rep for t in targets)
        assert all(re.fullmatch(r"1\d{10}", t.phone) for t in targets)
        assert len({t.name for t in targets}) == 600
        item_quals = set(s.scalars(select(InspectionItem.qualification)))
        assert {t.industry for t in targets} <= item_quals
        inspectors = s.scalars(select(Inspector)).all()
        assert all("辅警" not in i.position for i in inspectors)
        assert any(i.licence_expiry is not None and i.licence_expiry < today for i in inspectors)
        assert any(i.licence_expiry is not None and today <= i.licence_expiry <= today + timedelta(days=30)
                   for i in inspectors)
        for i in inspectors:
            quals = i.qualifications.split(",")
            assert quals == sorted(set(quals)) and set(quals) <= item_quals
        leaders = sum(i.leader_capable for i in inspectors) / len(inspectors)
        assert 0.2 <= leaders <= 0.5
        external = s.scalar(select(Department).where(Department.external.is_(True)))
        assert external is not None and external.name == "咸宁市市场监督管理局"
        reasons = list(s.scalars(select(Conflict.reason)))
        assert len(reasons) == 10 and all(reasons)


def test_items_are_complete(db: Database) -> None:
    _load(db)
    with db.read() as s:
        for item in s.scalars(select(InspectionItem)):
            for field in ("code", "category", "name", "sub_item", "basis", "subject", "object_type",
                          "method", "ratio_text", "frequency_text", "inspector_requirement", "remarks",
                          "qualification"):
                assert getattr(item, field), (item.code, field)
            assert item.kind in ("key", "general")
            assert "《" in item.basis
            assert item.department_id is not None
            points = s.scalar(select(func.count()).select_from(CheckPoint)
                              .where(CheckPoint.item_id == item.id))
            assert 4 <= (points or 0) <= 8


def test_plan_and_ready_tasks(db: Database) -> None:
    summary = _load(db)
    with db.read() as s:
        plan = s.scalar(select(AnnualPlan).where(AnnualPlan.year == NEXT_YEAR))
        assert plan is not None and plan.state == "published"
        entries = s.scalars(select(PlanEntry).where(PlanEntry.plan_id == plan.id)).all()
        planned = {i.id for e in entries for i in e.items}
        assert planned == set(s.scalars(select(InspectionItem.id).where(InspectionItem.active.is_(True))))
        joint = [e for e in entries if e.joint]
        assert joint and all(e.joint_department_ids for e in joint)
        for e in entries:
            assert set(e.quotas) == {"A", "B", "C", "D"}
            assert all(re.fullmatch(r"\d+/\d+", q["ratio"]) for q in e.quotas.values())
        tasks = s.scalars(select(Task).where(Task.year == NEXT_YEAR).order_by(Task.seq)).all()
        assert [t.seq for t in tasks] == [1, 2, 3]
        assert tuple(t.number for t in tasks) == summary.ready_task_numbers
        assert summary.ready_task_numbers[0] == f"咸公抽查〔{NEXT_YEAR}〕1号"
        for t in tasks:
            assert t.items and t.legal_basis and t.plan_entry_id is not None
            assert t.window_start > date.today() and t.window_end.year == NEXT_YEAR
            assert t.team_size >= 2
    _assert_drawable(db, NEXT_YEAR)


def test_default_year_is_this_year(db: Database) -> None:
    summary = _load(db, year=None)
    assert f"〔{date.today().year}〕" in summary.ready_task_numbers[0]


def test_loading_twice_is_refused(db: Database) -> None:
    _load(db)
    with pytest.raises(DomainError) as err, db.write() as s:
        demo.load_demo(s, SYSTEM, year=NEXT_YEAR)
    assert err.value.code == "demo_not_empty"


def test_after_first_start_keeps_org_departments_and_admin(db: Database) -> None:
    with db.write() as s:
        setup.first_start(s, setup.FirstStartDraft(
            "咸宁市公安局咸安区分局", "咸安公", ("治安管理支队", "办公室"), "admin", "管理员",
            "own-password", "xianning"))
    summary = _load(db)
    assert summary.org_name == "咸宁市公安局咸安区分局"
    assert "admin" not in {u for u, _, _ in summary.accounts}
    assert summary.ready_task_numbers[0] == f"咸安公抽查〔{NEXT_YEAR}〕1号"
    with db.write() as s:
        names = set(s.scalars(select(Department.name)))
        assert {"办公室", "治安管理支队", "禁毒支队", "咸宁市市场监督管理局"} <= names
        assert s.scalar(select(func.count()).select_from(Department).where(Department.name == "治安管理支队")) == 1
        assert auth.login(s, "admin", "own-password").username == "admin"
        assert s.scalar(select(func.count()).select_from(User)) == 4


@pytest.mark.parametrize("profile", sorted(profiles.PRESETS))
def test_each_profile_loads_a_drawable_bureau(db: Database, profile: str) -> None:
    summary = _load(db, profile)
    assert summary.org_name == profiles.PRESETS[profile].name
    assert 8 <= summary.items <= 12 and summary.targets == 600
    with db.read() as s:
        assert settings.get_profile(s).preset == profile
        assert all(check_uscc(c) is None for c in s.scalars(select(Target.code)))
    _assert_drawable(db, NEXT_YEAR)


def test_generation_is_deterministic(db: Database, tmp_path: Path) -> None:
    from db.engine import open_database

    _load(db, "luohe")
    other = open_database(str(tmp_path / "other.sqlite3"))
    try:
        _load(other, "luohe")
        query = select(Target.code, Target.name, Target.risk_class).order_by(Target.id)
        with db.read() as a, other.read() as b:
            assert a.execute(query).all() == b.execute(query).all()
    finally:
        other.dispose()


def test_audit_event_and_chain(db: Database) -> None:
    summary = _load(db)
    with db.read() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "demo.load"))
        assert event is not None and '"targets":600' in event.details
        assert summary.ready_task_numbers[0] in event.details
        assert audit.verify_chain(s).ok


def test_bad_arguments_and_permissions(db: Database) -> None:
    with db.write() as s:
        with pytest.raises(DomainError) as err:
            demo.load_demo(s, SYSTEM, profile="nowhere")
        assert err.value.code == "profile_unknown"
        with pytest.raises(DomainError) as err:
            demo.load_demo(s, SYSTEM, size="huge")
        assert err.value.code == "demo_size_unknown"
        with pytest.raises(DomainError) as err:
            demo.load_demo(s, Actor("op", "经办人", frozenset({"operator"})))
        assert err.value.code == "forbidden"


class _CancelAfter:
    def __init__(self, reports: int) -> None:
        self.left = reports
        self.seen: list[tuple[int, int, str]] = []

    def report(self, done: int, total: int, text: str = "") -> None:
        self.seen.append((done, total, text))
        self.left -= 1

    def cancelled(self) -> bool:
        return self.left <= 0


def test_progress_and_cancel_roll_back(db: Database) -> None:
    progress = _CancelAfter(2)
    with pytest.raises(Cancelled), db.write() as s:
        demo.load_demo(s, SYSTEM, year=NEXT_YEAR, progress=progress)
    assert [text for _, _, text in progress.seen][:2] == ["组织机构与账号", "抽查事项清单"]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Target)) == 0
        assert s.scalar(select(func.count()).select_from(User)) == 0
    full = _CancelAfter(10_000)
    with db.write() as s:
        demo.load_demo(s, SYSTEM, year=NEXT_YEAR, progress=full)
    done, total, _ = full.seen[-1]
    assert done == total and [d for d, _, _ in full.seen] == sorted(d for d, _, _ in full.seen)


@pytest.mark.slow
def test_large_demo(db: Database) -> None:
    with db.write() as s:
        summary = demo.load_demo(s, SYSTEM, size="large", year=NEXT_YEAR)
    assert summary.targets == 100_000 and 1_990 <= summary.inspectors <= 2_030
    with db.read() as s:
        assert s.scalar(select(func.count(func.distinct(Target.code)))) == 100_000
        assert s.scalar(select(func.count(func.distinct(Target.name)))) == 100_000


def test_loads_on_postgresql(pg_db: Database) -> None:
    summary = _load(pg_db, "yangcheng")
    assert summary.targets == 600 and summary.ready_task_numbers[0] == f"阳公抽查〔{NEXT_YEAR}〕1号"
    with pg_db.read() as s:
        assert all(check_uscc(c) is None for c in s.scalars(select(Target.code)))
    _assert_drawable(pg_db, NEXT_YEAR)
