"""Adding one target or inspector by hand: import rules, duplicates, roles, history and audit."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest
from sqlalchemy import func, select

from db.models import AuditEvent, Department, Inspector, InspectorChange, Target, TargetChange
from desktop.core.error_messages import error_text
from desktop.core.errors import DomainError
from desktop.core.identifiers import id_check_char, uscc_check_char
from desktop.services import rosters, settings
from desktop.services.context import Actor

OP = Actor("op", "经办人", frozenset({"operator"}))
AUDITOR = Actor("au", "监督", frozenset({"auditor"}))
ADMIN = Actor("admin", "管理员", frozenset({"admin"}))
ID = "42120119900101123" + id_check_char("42120119900101123")
FULL_WIDTH = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")


def uscc(n: int) -> str:
    first = f"91421200{n:09d}"
    return first + uscc_check_char(first)


def target(**values: object) -> dict[str, object]:
    """A target as the default profile requires it (管辖机关 and 风险分类等级 included)."""
    return {"jurisdiction": "温泉派出所", "name": "戊公司", "code": uscc(9), "risk_class": "B", **values}


@pytest.fixture
def dept(db) -> int:
    with db.write() as s:
        d = Department(name="治安大队")
        s.add(d)
        s.add(Target(code=uscc(1), name="甲公司"))
        s.add(Target(code=uscc(2), name="乙公司", active=False))
        s.add(Inspector(staff_no="001", name="张三"))
        s.flush()
        return d.id


def counts(db) -> tuple[int, int, int, int, int]:
    with db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(m))  # type: ignore[return-value]
                     for m in (Target, Inspector, TargetChange, InspectorChange, AuditEvent))


def test_create_target_normalises_and_records(db, dept) -> None:
    code = uscc(7)
    with db.write() as s:
        new_id = rosters.create_target(s, OP, {
            "jurisdiction": "温泉派出所", "name": " 丙公司 ", "code": code.translate(FULL_WIDTH),
            "risk_class": "较高风险", "phone": "０７１５-８８８８", "key_area": True, "abnormal_list": "否"})
    with db.read() as s:
        t = s.get_one(Target, new_id)
        assert (t.code, t.name, t.risk_class, t.phone, t.key_area, t.abnormal_list, t.active) == (
            code, "丙公司", "C", "0715-8888", True, False, True)
        hist = rosters.history(s, "targets", new_id)
        assert {(h.field, h.old, h.new) for h in hist} == {
            ("jurisdiction", None, "温泉派出所"), ("name", None, "丙公司"), ("code", None, code), ("risk_class", None, "C"),
            ("phone", None, "0715-8888"), ("key_area", None, "是")}
        assert {h.reason for h in hist} == {"手工新增"} and {h.changed_by for h in hist} == {"op"}
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert event is not None and (event.action, event.entity_id) == ("target.create", str(new_id))
        assert json.loads(event.details)["key"] == code


def test_create_target_empty_risk_follows_the_profile(db, dept) -> None:
    with pytest.raises(DomainError, match="roster_required"), db.write() as s:
        rosters.create_target(s, OP, target(risk_class=""))  # the profile requires it, as the import does
    with db.write() as s:
        profile = dataclasses.replace(settings.get_profile(s), required_target_fields=("名称", "唯一编码"))
        settings.save_profile(s, ADMIN, profile)
        new_id = rosters.create_target(s, OP, {"name": "丁公司", "code": uscc(8), "risk_class": ""})
    with db.read() as s:
        assert s.get_one(Target, new_id).risk_class == "B"


def test_create_target_rejects_bad_values_and_stores_nothing(db, dept) -> None:
    before = counts(db)
    bad_check = uscc(9)[:-1] + ("0" if uscc(9)[-1] != "0" else "1")
    cases = [
        (target(code=bad_check), "roster_invalid"),
        (target(code=uscc(1)), "roster_duplicate"),
        (target(code=uscc(2)), "roster_duplicate_inactive"),
        (target(name=""), "roster_required"),
        ({"code": uscc(9)}, "roster_required"),
        (target(risk_class="Z"), "roster_invalid"),
        (target(active=False), "roster_unknown_field"),
    ]
    for values, code in cases:
        with pytest.raises(DomainError) as exc, db.write() as s:
            rosters.create_target(s, OP, values)
        assert exc.value.code == code, values
        assert "{" not in error_text(exc.value)
    assert counts(db) == before


def test_create_requires_the_edit_role(db, dept) -> None:
    before = counts(db)
    with pytest.raises(DomainError, match="forbidden"), db.write() as s:
        rosters.create_target(s, AUDITOR, target())
    with pytest.raises(DomainError, match="forbidden"), db.write() as s:
        rosters.create_inspector(s, AUDITOR, {"name": "李四", "staff_no": "002"})
    assert counts(db) == before


def test_create_inspector_normalises_and_masks_history(db, dept) -> None:
    with db.write() as s:
        new_id = rosters.create_inspector(s, OP, {
            "name": "李四", "staff_no": "００２", "id_number": ID.translate(FULL_WIDTH), "gender": "男",
            "department": dept, "phone": "13800001111", "licence_expiry": "2030年1月5日",
            "qualifications": "治安，消防", "leader_capable": True})
    with db.read() as s:
        p = s.get_one(Inspector, new_id)
        assert (p.staff_no, p.id_number, p.department_id, p.licence_expiry, p.leader_capable) == (
            "002", ID, dept, date(2030, 1, 5), True)
        hist = {h.field: h.new for h in rosters.history(s, "inspectors", new_id)}
        assert hist["department"] == "治安大队" and hist["staff_no"] == "002"
        assert ID not in hist["id_number"] and "*" in hist["id_number"]
        assert "13800001111" not in hist["phone"]
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert event is not None and event.action == "inspector.create" and ID not in event.details


def test_create_inspector_rejects_bad_values(db, dept) -> None:
    before = counts(db)
    bad_id = ID[:-1] + ("0" if ID[-1] != "0" else "1")
    cases = [
        ({"name": "李四", "staff_no": "001"}, "roster_duplicate"),
        ({"name": "李四", "staff_no": "002", "id_number": bad_id}, "roster_invalid"),
        ({"name": "李四", "staff_no": "002", "id_number": "421201********1234"}, "roster_invalid"),
        ({"name": "李四", "staff_no": "002", "phone": "138****1111"}, "roster_invalid"),
        ({"name": "李四", "staff_no": "002", "department": "不存在的大队"}, "roster_unknown_department"),
        ({"name": "李四"}, "roster_required"),
    ]
    for values, code in cases:
        with pytest.raises(DomainError) as exc, db.write() as s:
            rosters.create_inspector(s, OP, values)
        assert exc.value.code == code, values
    assert counts(db) == before
