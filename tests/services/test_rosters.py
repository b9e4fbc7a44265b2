"""Roster editing services: field changes with history, (de)activation, reveal, conflicts, items, warnings."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from db.models import AuditEvent, Department, InspectionItem, Inspector, ItemVersion, Target
from desktop.core.errors import DomainError
from desktop.core.identifiers import id_check_char, uscc_check_char
from desktop.services import items, rosters
from desktop.services.context import Actor

OP = Actor("op", "经办人", frozenset({"operator"}))
AUDITOR = Actor("au", "监督", frozenset({"auditor"}))
ID = "11010119900101123" + id_check_char("11010119900101123")


def uscc(n: int) -> str:
    first = f"91421200{n:09d}"
    return first + uscc_check_char(first)


@pytest.fixture
def ids(db) -> dict[str, int]:
    with db.write() as s:
        dept = Department(name="治安大队")
        s.add(dept)
        s.flush()
        t1 = Target(code=uscc(1), name="甲公司", risk_class="B")
        t2 = Target(code=uscc(2), name="乙公司", risk_class="A")
        p = Inspector(staff_no="001", name="张三", id_number=ID, phone="13800001111", department_id=dept.id,
                      leader_capable=True, licence_expiry=date(2026, 3, 10))
        s.add_all([t1, t2, p])
        s.flush()
        return {"t1": t1.id, "t2": t2.id, "p": p.id, "dept": dept.id}


def actions(db) -> list[tuple[str, dict]]:
    with db.read() as s:
        return [(e.action, json.loads(e.details)) for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq))]


def test_update_target_records_each_field(db, ids) -> None:
    with db.write() as s:
        changed = rosters.update_target(s, OP, ids["t1"], {"risk_class": "高风险", "name": " 甲公司（新） ",
                                                            "address": "某路1号", "key_area": True}, "年度复核")
        assert changed == ["address", "key_area", "name", "risk_class"]
        assert rosters.update_target(s, OP, ids["t1"], {"risk_class": "D"}, "再次") == []
    with db.read() as s:
        hist = rosters.history(s, "targets", ids["t1"])
        assert {(h.field, h.label, h.old, h.new) for h in hist} == {
            ("risk_class", "风险分类等级", "B", "D"), ("name", "检查对象名称", "甲公司", "甲公司（新）"),
            ("address", "住所", "", "某路1号"), ("key_area", "重点领域", "否", "是")}
        assert all(h.reason == "年度复核" and h.changed_by == "op" for h in hist)
        assert s.get(Target, ids["t1"]).risk_class == "D"
    assert [a for a, _ in actions(db)] == ["target.update"]


def test_update_target_rejects_bad_values(db, ids) -> None:
    with db.write() as s:
        for changes, code in [({"code": uscc(2)}, "roster_duplicate"), ({"code": "12"}, "roster_invalid"),
                              ({"name": ""}, "roster_required"), ({"active": False}, "roster_unknown_field"),
                              ({"risk_class": "Z"}, "roster_invalid")]:
            with pytest.raises(DomainError) as exc:
                rosters.update_target(s, OP, ids["t1"], changes, "x")
            assert exc.value.code == code
        with pytest.raises(DomainError, match="reason_required"):
            rosters.update_target(s, OP, ids["t1"], {"name": "丙"}, " ")
        with pytest.raises(DomainError, match="forbidden"):
            rosters.update_target(s, AUDITOR, ids["t1"], {"name": "丙"}, "x")


def test_set_active_and_history(db, ids) -> None:
    with db.write() as s:
        rosters.set_target_active(s, OP, ids["t2"], False, "已注销")
        rosters.set_target_active(s, OP, ids["t2"], False, "重复")  # no-op
        rosters.set_inspector_active(s, OP, ids["p"], False, "调离")
    with db.read() as s:
        assert not s.get(Target, ids["t2"]).active and not s.get(Inspector, ids["p"]).active
        assert [(h.field, h.old, h.new) for h in rosters.history(s, "targets", ids["t2"])] == [("active", "在用", "停用")]
    assert [a for a, _ in actions(db)] == ["target.deactivate", "inspector.deactivate"]


def test_inspector_update_masks_history_and_moves_department(db, ids) -> None:
    with db.write() as s:
        s.add(Department(name="网安大队"))
        s.flush()
        new_id = "11010119850202456" + id_check_char("11010119850202456")
        changed = rosters.update_inspector(s, OP, ids["p"], {"id_number": new_id, "department": "网安大队",
                                                             "licence_expiry": "长期"}, "更正")
        assert changed == ["department", "id_number", "licence_expiry"]
    with db.read() as s:
        hist = {h.field: h for h in rosters.history(s, "inspectors", ids["p"])}
        assert hist["id_number"].old == "110***********" + ID[-4:] and "*" in (hist["id_number"].new or "")
        assert (hist["department"].old, hist["department"].new) == ("治安大队", "网安大队")
        details = rosters.inspector_details(s, ids["p"])
        assert details["id_number"] == "110***********" + new_id[-4:] and details["phone"] == "138****1111"
        assert details["department"] == "网安大队"
    with db.write() as s, pytest.raises(DomainError, match="roster_unknown_department"):
        rosters.update_inspector(s, OP, ids["p"], {"department": "不存在"}, "x")
    assert ID not in json.dumps(actions(db), ensure_ascii=False)


def test_reveal_is_audited(db, ids) -> None:
    with db.write() as s:
        assert rosters.reveal_id_number(s, OP, ids["p"]) == ID
        assert rosters.reveal_phone(s, OP, ids["p"]) == "13800001111"
        with pytest.raises(DomainError):
            rosters.reveal_id_number(s, AUDITOR, ids["p"])
    assert actions(db) == [("inspector.reveal_id", {"staff_no": "001"}), ("inspector.reveal_phone", {"staff_no": "001"})]


def test_conflicts(db, ids) -> None:
    with db.write() as s:
        cid = rosters.add_conflict(s, OP, ids["p"], ids["t1"], "亲属经营", date(2027, 1, 1))
        assert rosters.add_conflict(s, OP, ids["p"], ids["t1"], "仍是亲属") == cid  # same pair: updated
        rows = rosters.list_conflicts(s)
        assert [(r.staff_no, r.target_code, r.reason, r.end_date) for r in rows] == [("001", uscc(1), "仍是亲属", None)]
        rosters.end_conflict(s, OP, cid, "已离职")
        assert rosters.list_conflicts(s) == [] and len(rosters.list_conflicts(s, active_only=False)) == 1
        with pytest.raises(DomainError, match="reason_required"):
            rosters.add_conflict(s, OP, ids["p"], ids["t2"], "")
    assert [a for a, _ in actions(db)] == ["conflict.add", "conflict.add", "conflict.end"]


def test_roster_warnings(db, ids) -> None:
    today = date(2026, 3, 1)
    with db.read() as s:
        warnings = rosters.roster_warnings(s, today)
    assert [(w.kind, w.subject) for w in warnings] == [("licence_expiring", "001"), ("few_leaders", "治安大队")]
    assert "2026-03-10" in warnings[0].message and "只有1名" in warnings[1].message
    with db.read() as s:
        assert rosters.roster_warnings(s, today + timedelta(days=30))[0].kind == "licence_expired"


def test_items_create_update_deactivate(db) -> None:
    with db.write() as s:
        item_id = items.create_item(s, OP, {"code": "01", "name": "旅馆业治安检查", "kind": "重点"},
                                    ["查登记", ("查消防", "看灭火器")])
        assert items.update_item(s, OP, item_id, {"method": "现场检查"}, None, "方法调整") == 2
        assert items.update_item(s, OP, item_id, {}, ["查登记", "查消防"], "无变化") == 2
        assert items.update_item(s, OP, item_id, {}, ["查登记", "查监控"], "要点调整") == 3
        items.set_item_active(s, OP, item_id, False, "取消")
        with pytest.raises(DomainError, match="roster_duplicate"):
            items.create_item(s, OP, {"code": "01", "name": "重复"}, [])
    with db.read() as s:
        item = s.get(InspectionItem, item_id)
        assert (item.kind, item.method, item.version, item.active) == ("key", "现场检查", 3, False)
        versions = s.scalars(select(ItemVersion).where(ItemVersion.item_id == item_id).order_by(ItemVersion.version)).all()
        assert [(v.version, v.reason) for v in versions] == [(1, "新建事项"), (2, "方法调整"), (3, "要点调整")]
        assert versions[0].snapshot["check_points"][1] == {"seq": 2, "content": "查消防", "guidance": "看灭火器"}
        assert [p["content"] for p in versions[2].snapshot["check_points"]] == ["查登记", "查监控"]
        assert items.item_details(s, item_id)["check_points"] == [("查登记", ""), ("查监控", "")]
        assert [v.reason for v in items.item_versions(s, item_id)] == ["新建事项", "方法调整", "要点调整"]
    assert [a for a, _ in actions(db)] == ["item.create", "item.update", "item.update", "item.deactivate"]
