"""What the post-lock replacement screen reads: the current teams of a locked draw and the assignable inspectors."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import DrawSelection, Inspector
from desktop.core.errors import DomainError
from desktop.core.sr1 import verify_package
from desktop.services import draw_export, draws, replacements, teams
from tests.services.builders import APPROVER, OPERATOR, make_bureau
from tests.services.record_builders import full_draw


def _team_codes(db, draw_id: int, target: str) -> list[str]:
    with db.read() as s:
        found = next(t for t in replacements.replaceable_teams(s, draw_id) if t.target_code == target)
    return [m.inspector_code for m in found.members]


def test_teams_are_refused_before_the_lock(db) -> None:
    task_id = make_bureau(db)
    with db.write() as s:
        draw_id, _ = draws.freeze(s, OPERATOR, task_id)
    with pytest.raises(DomainError) as e, db.read() as s:
        replacements.replaceable_teams(s, draw_id)
    assert e.value.code == "draw_not_locked"
    with pytest.raises(DomainError) as e, db.read() as s:
        replacements.replaceable_teams(s, 9999)
    assert e.value.code == "draw_not_locked"


def test_locked_draw_lists_every_drawn_target_with_its_team(db) -> None:
    task_id = make_bureau(db)
    draw_id = full_draw(db, task_id)
    with db.read() as s:
        found = replacements.replaceable_teams(s, draw_id)
        drawn = list(s.execute(select(DrawSelection.target_code, DrawSelection.target_id).where(
            DrawSelection.draw_id == draw_id, DrawSelection.status == "drawn").order_by(DrawSelection.position)))
        effective = teams.effective_teams(s, task_id)
    assert [t.target_code for t in found] == [code for code, _ in drawn]
    assert [t.position for t in found] == list(range(1, len(drawn) + 1))
    assert all(t.target_name.startswith("咸安区第") for t in found)
    for team, (_code, target_id) in zip(found, drawn, strict=True):
        assert len(team.members) == 2
        assert team.members[0].role_label == "组长" and team.members[1].role_label == "组员"
        assert [(m.inspector_code, m.name) for m in team.members] == \
            [(m.staff_no, m.name) for m in effective[target_id]]


def test_teams_follow_earlier_post_lock_replacements(db, tmp_path: Path) -> None:
    task_id = make_bureau(db)
    draw_id = full_draw(db, task_id)
    with db.read() as s:
        first = replacements.replaceable_teams(s, draw_id)[0]
    leader, member = first.members
    with db.write() as s:
        row = replacements.replace_after_lock(s, APPROVER, draw_id, first.target_code, member.inspector_code,
                                              "岗位调整", approved_by="副局长", entropy="20261122")
    codes = _team_codes(db, draw_id, first.target_code)
    assert codes == [leader.inspector_code, row.joined] and member.inspector_code not in codes
    # A second change on the same team replays on top of the first.
    with db.write() as s:
        second = replacements.replace_after_lock(s, APPROVER, draw_id, first.target_code, row.joined,
                                                 "健康原因", approved_by="副局长", entropy="7777")
    assert _team_codes(db, draw_id, first.target_code) == [leader.inspector_code, second.joined]
    with db.read() as s:
        out = draw_export.export_package(s, draw_id, tmp_path / "pkg")
    assert verify_package(out).verified


def test_eligible_replacements_are_exactly_what_the_engine_accepts(db) -> None:
    task_id = make_bureau(db)
    draw_id = full_draw(db, task_id)
    with db.read() as s:
        target = replacements.replaceable_teams(s, draw_id)[0]
        leader, member = target.members
        offered = replacements.eligible_replacements(s, draw_id, target.target_code, leader.inspector_code)
        leader_capable = set(s.scalars(select(Inspector.staff_no).where(Inspector.leader_capable.is_(True))))
    codes = [c.staff_no for c in offered]
    assert codes and set(codes) <= leader_capable
    assert leader.inspector_code not in codes and member.inspector_code not in codes
    assert all(c.name.startswith("民警") for c in offered)
    # Someone already on the team is refused by the engine; an offered inspector is accepted.
    with pytest.raises(DomainError) as e, db.write() as s:
        replacements.replace_after_lock(s, APPROVER, draw_id, target.target_code, leader.inspector_code,
                                        "回避", approved_by="副局长", replacement=member.inspector_code)
    assert e.value.code == "sr1_bad_event"
    with db.write() as s:
        row = replacements.replace_after_lock(s, APPROVER, draw_id, target.target_code, leader.inspector_code,
                                              "回避", approved_by="副局长", replacement=codes[-1])
    assert row.joined == codes[-1] and row.role == "leader" and row.entropy == ""
    assert _team_codes(db, draw_id, target.target_code) == [codes[-1], member.inspector_code]
    with db.read() as s:
        again = replacements.eligible_replacements(s, draw_id, target.target_code, member.inspector_code)
    assert codes[-1] not in {c.staff_no for c in again}


def test_eligible_replacements_refuse_someone_not_on_the_team(db) -> None:
    draw_id = full_draw(db, make_bureau(db))
    with db.read() as s:
        target = replacements.replaceable_teams(s, draw_id)[0].target_code
    with pytest.raises(DomainError) as e, db.read() as s:
        replacements.eligible_replacements(s, draw_id, target, "no-such-inspector")
    assert e.value.code == "replacement_not_on_team"


def test_a_member_already_replaced_is_refused_in_plain_words(db) -> None:
    task_id = make_bureau(db)
    draw_id = full_draw(db, task_id)
    with db.read() as s:
        target = replacements.replaceable_teams(s, draw_id)[0]
    leaving = target.members[-1].inspector_code
    with db.write() as s:
        replacements.replace_after_lock(s, APPROVER, draw_id, target.target_code, leaving, "健康原因",
                                        approved_by="副局长", entropy="1234")
    # A second approver working from the old list: nothing is stored, the reason names the member.
    with pytest.raises(DomainError) as e, db.write() as s:
        replacements.replace_after_lock(s, APPROVER, draw_id, target.target_code, leaving, "健康原因",
                                        approved_by="副局长", entropy="5678")
    assert e.value.code == "replacement_not_on_team" and e.value.params["inspector"] == leaving
    with db.read() as s:
        assert len(replacements.post_lock_events(s, draw_id)) == 1
