"""Annual plan: coverage of every item, the joint-task warning, publish, adjust with a reason, tasks."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from db.models import Department, InspectionItem, PlanAdjustment, PlanEntry
from desktop.core.errors import DomainError
from desktop.services import plans
from tests.services.builders import OPERATOR, make_bureau


def _entry(item_id: int, joint: bool = False, dept_ids: tuple[int, int] | None = None) -> plans.EntryDraft:
    return plans.EntryDraft(
        name="旅馆业治安管理抽查", item_ids=(item_id,), window_start=date(2026, 3, 1),
        window_end=date(2026, 11, 30), quotas={"A": {"ratio": "1/20"}, "D": {"ratio": "1/5"}},
        industries=("旅馆业",), joint=joint,
        initiating_department_id=dept_ids[0] if dept_ids else None,
        joint_department_ids=(dept_ids[1],) if dept_ids else ())


def test_plan_must_cover_items_and_warns_without_joint_task(db) -> None:
    make_bureau(db)
    with db.read() as s:
        item_id = s.scalar(select(InspectionItem.id))
    with db.write() as s:
        plans.save_plan(s, OPERATOR, plans.PlanDraft(2026, "", ()))
    with pytest.raises(DomainError) as e, db.write() as s:
        plans.publish_plan(s, OPERATOR, 2026, today=date(2026, 1, 10))
    assert e.value.code == "plan_uncovered_items" and e.value.params["items"] == "XN-001"
    with db.write() as s:
        plans.save_plan(s, OPERATOR, plans.PlanDraft(2026, "2026年度计划", (_entry(item_id),)))
    with db.write() as s:
        check = plans.publish_plan(s, OPERATOR, 2026, today=date(2026, 1, 10))
    assert check.uncovered == () and check.joint_entries == 0
    assert any("联合抽查" in w for w in check.warnings)


def test_uncovered_item_with_reason_publishes(db) -> None:
    make_bureau(db)
    with db.write() as s:
        plans.save_plan(s, OPERATOR, plans.PlanDraft(2026, "", (), {"XN-001": "本年度无此类经营单位"}))
    with db.write() as s:
        assert plans.publish_plan(s, OPERATOR, 2026).uncovered == ()


def test_adjust_needs_reason_and_is_recorded_and_tasks_come_from_entries(db) -> None:
    make_bureau(db)
    with db.read() as s:
        item_id = s.scalar(select(InspectionItem.id))
        depts = {d.name: d.id for d in s.scalars(select(Department))}
    joint = (depts["治安管理大队"], depts["市场监督管理局"])
    with db.write() as s:
        plans.save_plan(s, OPERATOR, plans.PlanDraft(2026, "", (_entry(item_id),)))
    with db.write() as s:
        plans.publish_plan(s, OPERATOR, 2026)
    with pytest.raises(DomainError) as e, db.write() as s:
        plans.save_plan(s, OPERATOR, plans.PlanDraft(2026, "", ()))
    assert e.value.code == "plan_published"
    with pytest.raises(DomainError) as e, db.write() as s:
        plans.adjust_plan(s, OPERATOR, 2026, " ", (_entry(item_id, True, joint),))
    assert e.value.code == "reason_required"
    with db.write() as s:
        plans.adjust_plan(s, OPERATOR, 2026, "增加联合抽查", (_entry(item_id, True, joint),))
    with db.write() as s:
        adj = s.scalar(select(PlanAdjustment))
        assert adj.reason == "增加联合抽查" and adj.details["before"][0]["items"] == ["XN-001"]
        entry_id = s.scalar(select(PlanEntry.id))
        row = plans.task_from_entry(s, OPERATOR, entry_id)
    assert row.number == "咸公抽查〔2026〕2号" and row.joint
