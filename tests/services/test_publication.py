"""结果公示: publish once (also under concurrency), the list, corrections with versions, objections, credit export."""

from __future__ import annotations

import json
import threading
from datetime import date

import pytest
from sqlalchemy import select, text

from db.models import AuditEvent, Correction, InspectionRecord, Publication, PublishedResult, Task
from desktop.core.errors import DomainError
from desktop.core.profiles import with_changes
from desktop.services import objections, publications, records_review, settings
from desktop.services.context import SYSTEM
from tests.services.builders import APPROVER, OPERATOR
from tests.services.record_builders import APPROVER2, approve_all, drawn_task, enter_and_submit


def _published(db, **kw):
    d = drawn_task(db, end=date(2026, 9, 28))
    approve_all(db, d, day=date(2026, 9, 20), **kw)
    with db.write() as s:
        out = publications.publish(s, APPROVER, d.task_id, date(2026, 10, 20))
    return d, out


def test_publish_needs_the_approver_and_every_record_approved(db) -> None:
    d = drawn_task(db, end=date(2026, 9, 28))
    enter_and_submit(db, d, d.record_ids[0])
    with pytest.raises(DomainError) as e, db.write() as s:
        publications.publish(s, OPERATOR, d.task_id, date(2026, 10, 20))
    assert e.value.code == "forbidden"
    with pytest.raises(DomainError) as e, db.write() as s:
        publications.publish(s, APPROVER, d.task_id, date(2026, 10, 20))
    assert e.value.code == "records_not_approved" and e.value.params["count"] == 2
    with db.read() as s:
        preview = publications.preview_rows(s, d.task_id)
        assert publications.publication_rows(s, d.task_id) == []
    assert [(p.result_text, p.version) for p in preview] == [("未发现问题", 0), ("", 0)]


def test_publish_once_with_one_version_per_record(db) -> None:
    d, out = _published(db)
    assert (out.results, out.deadline, out.late) == (2, date(2026, 10, 30), False)
    with db.read() as s:
        assert s.get(Task, d.task_id).state == "published"
        assert {r.state for r in s.scalars(select(InspectionRecord))} == {"published"}
        assert [r.version for r in s.scalars(select(PublishedResult))] == [1, 1]
        pub = s.scalar(select(Publication))
        assert pub.deadline == date(2026, 10, 30) and pub.published_by == "boss" and pub.approved_by == "审批人"
        rows = publications.publication_rows(s, d.task_id)
    assert [(r.task_number, r.task_name, r.authority, r.completed_on, r.result_text, r.remarks, r.version)
            for r in rows] == [("咸公抽查〔2026〕1号", "2026年旅馆业治安管理抽查", "咸宁市公安局", date(2026, 9, 20),
                                "未发现问题", "", 1)] * 2
    assert all(r.target_name.startswith("咸安区第") and len(r.target_code) == 18 for r in rows)
    with pytest.raises(DomainError) as e, db.write() as s:
        publications.publish(s, APPROVER2, d.task_id, date(2026, 10, 21))
    assert e.value.code == "already_published"


def test_unique_constraint_is_the_backstop(db, monkeypatch) -> None:
    d, _ = _published(db)
    with db.write() as s:  # make the task publishable again, as a racing second approver would see it
        s.execute(text("UPDATE inspection_records SET state = 'approved'"))
    monkeypatch.setattr(publications, "is_published", lambda session, task_id: False)
    with pytest.raises(DomainError) as e, db.write() as s:
        publications.publish(s, APPROVER2, d.task_id, date(2026, 10, 21))
    assert e.value.code == "already_published"
    with db.read() as s:
        assert len(s.scalars(select(Publication)).all()) == 1


def test_late_publication_is_allowed_and_flagged(db) -> None:
    d = drawn_task(db, end=date(2026, 9, 28))
    approve_all(db, d, day=date(2026, 9, 20))
    with db.write() as s:
        out = publications.publish(s, APPROVER, d.task_id, date(2026, 11, 2))
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "publication.publish"))
    assert out.late and out.deadline == date(2026, 10, 30) and len(out.late_targets) == 2
    details = json.loads(event.details)
    assert details["late"] is True and details["deadline"] == "2026-10-30"


@pytest.mark.parametrize("table", ["publications", "published_results", "corrections"])
def test_published_rows_are_immutable(db, table) -> None:
    d, _ = _published(db)
    with db.write() as s:
        result = publications.publication_rows(s, d.task_id)[0]
        publications.correct(s, APPROVER, result.result_id, "违反公安部门相关规定", "录入错误", "张局长",
                             date(2026, 10, 22))
    column = {"publications": "published_by", "published_results": "result_text", "corrections": "reason"}[table]
    with pytest.raises(Exception, match="published_immutable"), db.write() as s:
        s.execute(text(f"UPDATE {table} SET {column} = 'x'"))
    with pytest.raises(Exception, match="published_immutable"), db.write() as s:
        s.execute(text(f"DELETE FROM {table}"))


def test_correction_needs_the_principal_and_keeps_every_version(db) -> None:
    d, _ = _published(db)
    with db.read() as s:
        first = publications.publication_rows(s, d.task_id)[0]
    args = (first.result_id, "发现问题已责令改正", "现场记录与录入不一致")
    with pytest.raises(DomainError) as e, db.write() as s:
        publications.correct(s, OPERATOR, *args, "张局长", date(2026, 10, 22))
    assert e.value.code == "forbidden"
    with pytest.raises(DomainError) as e, db.write() as s:
        publications.correct(s, APPROVER, *args, " ", date(2026, 10, 22))
    assert e.value.code == "principal_signoff_required"
    with pytest.raises(DomainError) as e, db.write() as s:
        publications.correct(s, APPROVER, *args, "张局长", date(2026, 10, 19))
    assert e.value.code == "correction_before_publication"
    with db.write() as s:
        v2 = publications.correct(s, APPROVER, *args[:1], "违反公安部门相关规定", args[2], "张局长", date(2026, 10, 22))
    assert (v2.version, v2.principal, v2.doc_number) == (2, "张局长", "咸公更正字〔2026〕1号")
    with pytest.raises(DomainError) as e, db.write() as s:
        publications.correct(s, APPROVER, *args, "张局长", date(2026, 10, 23))
    assert e.value.code == "result_not_latest"
    # Without the principal rule a correction is signed off by the approver alone.
    with db.write() as s:
        settings.save_profile(s, SYSTEM, with_changes(settings.get_profile(s), correction_needs_principal=False))
        v3 = publications.correct(s, APPROVER, v2.result_id, "发现问题已责令改正", "已整改", "", date(2026, 10, 23))
        versions = publications.versions(s, first.record_id)
        rows = publications.publication_rows(s, d.task_id)
        assert len(s.scalars(select(Correction)).all()) == 2
    assert v3.principal == "审批人"
    assert [(v.version, v.result_text) for v in versions] == [
        (1, "未发现问题"), (2, "违反公安部门相关规定"), (3, "发现问题已责令改正")]
    assert versions[0].reason == "" and versions[1].reason == "现场记录与录入不一致"
    assert rows[0].version == 3 and rows[0].result_text == "发现问题已责令改正"
    assert rows[0].remarks == "2026-10-23更正（咸公更正字〔2026〕2号）" and rows[1].version == 1


def test_objection_upheld_end_to_end(db) -> None:
    d, _ = _published(db)
    with db.read() as s:
        result = publications.publication_rows(s, d.task_id)[0]
    with pytest.raises(DomainError) as e, db.write() as s:
        objections.receive_objection(s, OPERATOR, result.result_id, date(2026, 10, 19), "有误")
    assert e.value.code == "objection_before_publication"
    with db.write() as s:
        obj = objections.receive_objection(s, OPERATOR, result.result_id, date(2026, 10, 21), "我单位已整改，结果有误")
    assert obj.review_deadline == date(2026, 11, 18) and obj.outcome_label == "待复核"
    with pytest.raises(DomainError) as e, db.write() as s:
        objections.decide_objection(s, OPERATOR, obj.id, "upheld", "维持", date(2026, 11, 2))
    assert e.value.code == "forbidden"
    with pytest.raises(DomainError) as e, db.write() as s:
        objections.record_feedback(s, OPERATOR, obj.id, date(2026, 11, 2))
    assert e.value.code == "objection_not_decided"
    with db.write() as s:
        decided = objections.decide_objection(s, APPROVER, obj.id, "upheld", "经复核，检查结果无误", date(2026, 11, 20))
    assert decided.late_review and decided.outcome_label == "维持" and decided.feedback_deadline == date(2026, 12, 11)
    with db.write() as s:
        fed = objections.record_feedback(s, OPERATOR, obj.id, date(2026, 11, 25))
        assert publications.versions(s, result.record_id)[-1].version == 1  # upheld: no new version
        assert objections.list_objections(s, d.task_id, open_only=True) == []
    assert fed.feedback_doc_number == "咸公复核字〔2026〕1号" and not fed.late_feedback


def test_objection_corrected_creates_the_correction(db) -> None:
    d, _ = _published(db)
    with db.write() as s:
        result = publications.publication_rows(s, d.task_id)[1]
        obj = objections.receive_objection(s, OPERATOR, result.result_id, date(2026, 10, 21), "结果有误")
    with pytest.raises(DomainError) as e, db.write() as s:
        objections.decide_objection(s, APPROVER, obj.id, "corrected", "确有错误", date(2026, 10, 28))
    assert e.value.code == "correction_text_required"
    with pytest.raises(DomainError) as e, db.write() as s:
        objections.decide_objection(s, APPROVER, obj.id, "corrected", "确有错误", date(2026, 10, 28),
                                    "发现问题已责令改正")
    assert e.value.code == "principal_signoff_required"
    with db.write() as s:
        decided = objections.decide_objection(s, APPROVER, obj.id, "corrected", "确有错误", date(2026, 10, 28),
                                              "发现问题经责令已改正", principal_name="张局长")
        versions = publications.versions(s, result.record_id)
    assert decided.outcome_label == "更正" and decided.correction_result_id == versions[-1].result_id
    assert versions[-1].objection_id == obj.id and versions[-1].reason == "异议复核更正：确有错误"
    assert [v.result_text for v in versions] == ["未发现问题", "发现问题经责令已改正"]
    with pytest.raises(DomainError) as e, db.write() as s:
        objections.receive_objection(s, OPERATOR, result.result_id, date(2026, 10, 29), "again")
    assert e.value.code == "result_not_latest"
    with pytest.raises(DomainError) as e, db.write() as s:
        objections.decide_objection(s, APPROVER, obj.id, "upheld", "x", date(2026, 10, 29))
    assert e.value.code == "objection_already_decided"


def test_non_cooperation_goes_to_the_credit_export(db) -> None:
    d = drawn_task(db, end=date(2026, 9, 28))
    enter_and_submit(db, d, d.record_ids[0], categories=("不配合检查情节严重",), target_signed=False,
                     target_refused=True, refusal_note="拒绝签字，检查人员签字说明")
    enter_and_submit(db, d, d.record_ids[1])
    with db.write() as s:
        for rid in d.record_ids:
            records_review.review(s, APPROVER, rid, True, "同意")
    with db.write() as s:
        assert publications.credit_export_rows(s, 2026) == []  # not public yet
        publications.publish(s, APPROVER, d.task_id, date(2026, 10, 20))
        rows = publications.credit_export_rows(s, 2026)
        assert publications.credit_export_rows(s, 2025) == []
    assert [(r.record_id, r.reasons, r.result_text) for r in rows] == [
        (d.record_ids[0], ("不配合检查情节严重",), "不配合检查情节严重")]
    with db.write() as s:  # corrected to a normal result: no longer exported
        publications.correct(s, APPROVER, publications.latest_result(s, d.record_ids[0]).id, "未发现问题",
                             "复核后确认已配合", "张局长", date(2026, 10, 25))
        assert publications.credit_export_rows(s, 2026) == []


def test_two_approvers_publishing_at_once_on_postgresql_publish_once(pg_db) -> None:
    d = drawn_task(pg_db, end=date(2026, 9, 28))
    approve_all(pg_db, d, day=date(2026, 9, 20))
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def approver(actor) -> None:
        try:
            with pg_db.write() as s:
                s.execute(text("SELECT 1"))  # both transactions are open before either publishes
                barrier.wait(timeout=30)
                publications.publish(s, actor, d.task_id, date(2026, 10, 20))
            outcomes.append("published")
        except DomainError as err:
            outcomes.append(err.code)

    threads = [threading.Thread(target=approver, args=(a,)) for a in (APPROVER, APPROVER2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(outcomes) == ["already_published", "published"]
    with pg_db.read() as s:
        assert len(s.scalars(select(Publication)).all()) == 1
        assert [r.version for r in s.scalars(select(PublishedResult))] == [1, 1]
        assert len(s.scalars(select(AuditEvent).where(AuditEvent.action == "publication.publish")).all()) == 1
    with pytest.raises(Exception, match="published_immutable"), pg_db.write() as s:
        s.execute(text("UPDATE published_results SET result_text = 'x'"))
