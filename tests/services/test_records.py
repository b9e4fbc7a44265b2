"""检查实施: opening records, entry validation, confirmations, submission, review, attachments, rectification."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from sqlalchemy import select

from db.models import AuditEvent, Document, InspectionRecord, Inspector, Task
from desktop.core.errors import DomainError
from desktop.services import audit, records, records_review, records_view, settings, teams
from desktop.services.context import SYSTEM, Actor
from tests.services.builders import APPROVER, OPERATOR
from tests.services.record_builders import AUDITOR, confirm_all, draft, drawn_task, enter_and_submit


def _code(excinfo: pytest.ExceptionInfo[DomainError]) -> str:
    return excinfo.value.code


def test_open_records_is_idempotent_and_dispatches(db) -> None:
    d = drawn_task(db)
    assert len(d.record_ids) == 2 and len(d.points) == 2
    with db.write() as s:
        assert records.open_records(s, OPERATOR, d.task_id) == list(d.record_ids)
        task = s.get(Task, d.task_id)
        assert task is not None and task.state == "inspecting"
        opens = s.scalars(select(AuditEvent).where(AuditEvent.action == "records.open")).all()
        assert len(opens) == 1
        rows = records_view.work_list(s, d.task_id)
    assert [r.state_label for r in rows] == ["未录入", "未录入"]
    assert all(r.leader and r.team_size == 2 and r.team[0] == r.leader for r in rows)
    # A team member sees only their own targets.
    with db.read() as s:
        team = teams.team_of(s, d.task_id, rows[0].target_id)
        mine = records_view.work_list(s, d.task_id, inspector_id=team[1].inspector_id)
    assert rows[0].record_id in [r.record_id for r in mine]


def test_roles_operator_enters_auditor_and_approver_cannot(db) -> None:
    d = drawn_task(db)
    for who in (AUDITOR, APPROVER, SYSTEM):
        with pytest.raises(DomainError) as e, db.write() as s:
            records.save_record(s, who, d.record_ids[0], draft(d.points))
        assert _code(e) == "forbidden"


@pytest.mark.parametrize(("changes", "code"), [
    ({"result_categories": ("合格",)}, "result_category_invalid"),
    ({"result_categories": ("未发现问题", "违反公安部门相关规定")}, "result_categories_conflict"),
    ({"disposals": ("罚款",)}, "disposal_invalid"),
    ({"methods": ("电话询问",)}, "record_method_invalid"),
    ({"target_signed": True, "target_refused": True, "refusal_note": "x"}, "signature_conflict"),
    ({"target_signed": False, "target_refused": True, "refusal_note": "  "}, "refusal_note_required"),
    ({"disposals": ("移送",)}, "transfer_authority_required"),
    ({"day": date(2026, 8, 1)}, "inspection_before_window"),
])
def test_entry_validation(db, changes, code) -> None:
    d = drawn_task(db)
    with pytest.raises(DomainError) as e, db.write() as s:
        records.save_record(s, OPERATOR, d.record_ids[0], draft(d.points, **changes))
    assert _code(e) == code


def test_unknown_check_point_is_refused(db) -> None:
    d = drawn_task(db)
    bad = records.RecordDraft(date(2026, 9, 20), findings=(records.FindingDraft(99999, True),))
    with pytest.raises(DomainError) as e, db.write() as s:
        records.save_record(s, OPERATOR, d.record_ids[0], bad)
    assert _code(e) == "check_point_invalid"


def test_submit_lists_what_is_missing_then_succeeds(db) -> None:
    d = drawn_task(db)
    rid = d.record_ids[0]
    with db.write() as s:
        assert records.save_record(s, OPERATOR, rid, records.RecordDraft(None)) == "entering"
    with pytest.raises(DomainError) as e, db.write() as s:
        records.submit(s, OPERATOR, rid)
    assert _code(e) == "inspection_date_required"
    with db.read() as s:
        detail = records_view.record_detail(s, rid)
    assert detail.problems == ("inspection_date_required", "result_category_required", "check_point_unanswered",
                               "check_point_unanswered", "signature_required", "confirmations_missing")
    partial = draft(d.points[:1], categories=("违反公安部门相关规定",), disposals=("责令改正",),
                    findings=(records.FindingDraft(d.points[0], False, "", ""),))
    with db.write() as s:
        records.save_record(s, OPERATOR, rid, partial)
        problems = [c for c, _ in records.submission_problems(s, s.get(InspectionRecord, rid))]
    assert problems == ["finding_text_required", "check_point_unanswered", "confirmations_missing"]
    full = draft(d.points, categories=("违反公安部门相关规定",), disposals=("责令改正",), follow_up="限期整改",
                 findings=(records.FindingDraft(d.points[0], False, "登记簿缺3日记录", "当场责令补登"),
                           records.FindingDraft(d.points[1], True)))
    with db.write() as s:
        records.save_record(s, OPERATOR, rid, full)
    confirm_all(db, rid)
    with db.write() as s:
        records.submit(s, OPERATOR, rid)
        record = s.get(InspectionRecord, rid)
        assert record is not None and record.state == "submitted" and record.submitted_at is not None
        detail = records_view.record_detail(s, rid)
    assert [p.compliant for p in detail.points] == [False, True]
    assert detail.points[0].finding == "登记簿缺3日记录" and all(t.confirmed_at for t in detail.team)


def test_changing_the_record_voids_confirmations(db) -> None:
    d = drawn_task(db)
    rid = d.record_ids[0]
    with db.write() as s:
        records.save_record(s, OPERATOR, rid, draft(d.points))
    confirm_all(db, rid)
    with db.write() as s:  # same content: confirmations stay
        records.save_record(s, OPERATOR, rid, draft(d.points))
        assert records.submission_problems(s, s.get(InspectionRecord, rid)) == []
        records.save_record(s, OPERATOR, rid, draft(d.points, target_opinion="无异议"))
        codes = [c for c, _ in records.submission_problems(s, s.get(InspectionRecord, rid))]
    assert codes == ["confirmations_missing"]


def test_confirm_only_by_team_members(db) -> None:
    d = drawn_task(db)
    with db.write() as s:
        records.save_record(s, OPERATOR, d.record_ids[0], draft(d.points))
        mine = {m.inspector_id for m in teams.team_of(s, d.task_id, s.get(InspectionRecord, d.record_ids[0]).target_id)}
        # Any inspector of the bureau off this team (two drawn teams can be the same people in a small bureau).
        outsider = next(i for i in s.scalars(select(Inspector.id).order_by(Inspector.id)) if i not in mine)
    with pytest.raises(DomainError) as e, db.write() as s:
        records.confirm(s, OPERATOR, d.record_ids[0], outsider)
    assert _code(e) == "not_team_member"


def test_refused_signature_needs_a_note_and_still_submits(db) -> None:
    d = drawn_task(db)
    rid = d.record_ids[0]
    with pytest.raises(DomainError) as e, db.write() as s:
        records.save_record(s, OPERATOR, rid, draft(d.points, target_signed=False, target_refused=True))
    assert _code(e) == "refusal_note_required"
    enter_and_submit(db, d, rid, target_signed=False, target_refused=True,
                     refusal_note="负责人拒绝签字，由检查人员王某、李某签字说明", categories=("不配合检查情节严重",))
    with db.read() as s:
        record = s.get(InspectionRecord, rid)
        assert record is not None and record.state == "submitted" and record.target_refused
        assert record.credit_flag  # non-cooperation goes to the credit platform


def test_review_return_with_opinion_then_approve(db) -> None:
    d = drawn_task(db)
    rid = d.record_ids[0]
    enter_and_submit(db, d, rid)
    with pytest.raises(DomainError) as e, db.write() as s:
        records_review.review(s, APPROVER, rid, False, "  ")
    assert _code(e) == "return_opinion_required"
    with pytest.raises(DomainError) as e, db.write() as s:
        records_review.review(s, OPERATOR, rid, True)  # entered it, and not the leader
    assert _code(e) == "review_own_record"
    with db.write() as s:
        assert records_review.review(s, APPROVER, rid, False, "检查方式未勾选书面检查") == "returned"
    with db.read() as s:
        row = records_view.work_list(s, d.task_id)[0]
        assert row.state_label == "退回"
        assert records_view.record_detail(s, rid).review_opinion == "检查方式未勾选书面检查"
    with db.write() as s:
        records.save_record(s, OPERATOR, rid, draft(d.points, methods=("实地核查", "书面检查")))
    confirm_all(db, rid)
    with db.write() as s:
        records.submit(s, OPERATOR, rid)
    # The team leader (logged in with the 警号 as user name) may review too; another operator may not.
    with db.read() as s:
        leader = teams.leader_of(teams.team_of(s, d.task_id, s.get(InspectionRecord, rid).target_id))
    assert leader is not None
    with pytest.raises(DomainError) as e, db.write() as s:
        records_review.review(s, Actor("someone", "某人", frozenset({"operator"})), rid, True)
    assert _code(e) == "forbidden"
    with db.write() as s:
        assert records_review.review(s, Actor(leader.staff_no, leader.name, frozenset({"operator"})), rid, True,
                                     "同意") == "approved"
        actions = [a for (a,) in s.execute(select(AuditEvent.action).order_by(AuditEvent.seq))]
        assert actions.count("record.return") == 1 and actions.count("record.approve") == 1
        assert audit.verify_chain(s).ok
    with pytest.raises(DomainError) as e, db.write() as s:
        records.save_record(s, OPERATOR, rid, draft(d.points))
    assert _code(e) == "record_wrong_state"


def test_task_goes_to_review_when_every_record_is_submitted(db) -> None:
    d = drawn_task(db)
    enter_and_submit(db, d, d.record_ids[0])
    with db.read() as s:
        assert s.get(Task, d.task_id).state == "inspecting"
    enter_and_submit(db, d, d.record_ids[1])
    with db.read() as s:
        assert s.get(Task, d.task_id).state == "reviewing"
    with db.write() as s:
        records_review.review(s, APPROVER, d.record_ids[1], False, "补充照片")
        assert s.get(Task, d.task_id).state == "inspecting"


def test_notice_not_given_needs_a_reason(db) -> None:
    d = drawn_task(db)
    with pytest.raises(DomainError) as e, db.write() as s:
        records.set_notice(s, OPERATOR, d.record_ids[0], False)
    assert _code(e) == "notice_reason_required"
    with db.write() as s:
        records.set_notice(s, OPERATOR, d.record_ids[0], False, "检查事项不宜事先告知")
        records.set_notice(s, OPERATOR, d.record_ids[1], True)
        rows = records_view.work_list(s, d.task_id)
    assert [r.notice_given for r in rows] == [False, True]


def test_attachment_hash_size_and_cap(db) -> None:
    d = drawn_task(db)
    data = b"\xff\xd8\xff\xe0 photo bytes"
    with db.write() as s:
        row = records_review.add_attachment(s, OPERATOR, d.record_ids[0], "C:\\现场\\门口.jpg", data, "image/jpeg")
    assert row.filename == "门口.jpg" and row.size == len(data)
    assert row.sha256 == hashlib.sha256(data).hexdigest()
    with db.read() as s:
        assert records_review.attachment_data(s, row.id) == ("门口.jpg", "image/jpeg", data)
        assert records_view.record_detail(s, d.record_ids[0]).attachments == (row,)
    too_big = bytes(50 * 1024 * 1024 + 1)
    with pytest.raises(DomainError) as e, db.write() as s:
        records_review.add_attachment(s, OPERATOR, d.record_ids[0], "录像.mp4", too_big, "video/mp4")
    assert _code(e) == "attachment_too_large" and e.value.params["limit_mb"] == 50
    with db.write() as s:  # the cap is a setting
        settings.set_value(s, SYSTEM, records_review.ATTACHMENT_LIMIT_KEY, 60)
        records_review.add_attachment(s, OPERATOR, d.record_ids[0], "录像.mp4", too_big, "video/mp4")
        settings.set_value(s, SYSTEM, records_review.ATTACHMENT_LIMIT_KEY, 1)
    with pytest.raises(DomainError) as e, db.write() as s:
        records_review.add_attachment(s, OPERATOR, d.record_ids[0], "a.wav", bytes(1024 * 1024 + 1), "audio/wav")
    assert e.value.params["limit_mb"] == 1
    with pytest.raises(DomainError) as e, db.write() as s:
        records_review.add_attachment(s, AUDITOR, d.record_ids[0], "a.jpg", b"x", "image/jpeg")
    assert _code(e) == "forbidden"


def test_rectification_notice_numbered_and_completed(db) -> None:
    d = drawn_task(db)
    rid = d.record_ids[0]
    with db.write() as s:
        records.save_record(s, OPERATOR, rid, draft(d.points, categories=("发现问题待后续处理",),
                                                     disposals=("责令改正",)))
    with pytest.raises(DomainError) as e, db.write() as s:
        records_review.issue_rectification(s, OPERATOR, rid, date(2026, 9, 20), "x", "y", "z",
                                           issued_on=date(2026, 9, 21))
    assert _code(e) == "rectification_deadline_invalid"
    with db.write() as s:
        n1 = records_review.issue_rectification(
            s, OPERATOR, rid, date(2026, 10, 20), "未落实住宿登记", "《旅馆业治安管理办法》第六条", "补齐登记",
            issued_on=date(2026, 9, 21))
        n2 = records_review.issue_rectification(
            s, OPERATOR, rid, date(2026, 10, 30), "监控未存储", "同上", "修复监控", issued_on=date(2026, 9, 22))
        assert s.scalar(select(Document.title).where(Document.doc_number == n1.doc_number)) == "责令限期整改通知书"
    assert (n1.doc_number, n2.doc_number) == ("咸公责改字〔2026〕1号", "咸公责改字〔2026〕2号")
    with pytest.raises(DomainError) as e, db.write() as s:
        records_review.complete_rectification(s, OPERATOR, n1.id, date(2026, 10, 15), " ")
    assert _code(e) == "rectification_verification_required"
    with db.write() as s:
        done = records_review.complete_rectification(s, OPERATOR, n1.id, date(2026, 10, 15), "复查，已补登")
        assert [n.id for n in records_review.open_rectifications(s, d.task_id)] == [n2.id]
    assert done.completed_on == date(2026, 10, 15)
    with pytest.raises(DomainError) as e, db.write() as s:
        records_review.complete_rectification(s, OPERATOR, n1.id, date(2026, 10, 16), "again")
    assert _code(e) == "rectification_already_completed"
