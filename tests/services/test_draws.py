"""The draw service end to end: freeze, commit, witnesses, reveal, compute, events, lock, export, verify."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from db.models import Draw, DrawSelection, Task
from desktop.cli import main as cli_main
from desktop.core.errors import DomainError
from desktop.core.sr1 import verify_package
from desktop.services import audit, draw_export, draws, pool, tasks
from tests.services.builders import OPERATOR, make_bureau

WITNESSES = [draws.WitnessEntry("王见证", "人大代表", "31415926"),
             draws.WitnessEntry("李见证", "纪检", "２７１８２８１８")]


def _full_draw(db, task_id: int, *, rehearsal: bool = False, events=()) -> int:
    with db.write() as s:
        draw_id, report = draws.freeze(s, OPERATOR, task_id, rehearsal=rehearsal)
    assert report.ok and (report.method == "exact" and report.checked > 0 or report.trials >= 200)
    with db.write() as s:
        commit = draws.commit(s, OPERATOR, draw_id)
    assert len(commit) == 64
    with db.write() as s:
        draws.set_witnesses(s, OPERATOR, draw_id, WITNESSES)
    with db.write() as s:
        draws.reveal(s, OPERATOR, draw_id)
    with db.write() as s:
        draws.compute(s, OPERATOR, draw_id)
    for ev in events:
        with db.write() as s:
            draws.record_event(s, OPERATOR, draw_id, ev(s, draw_id))
    with db.write() as s:
        draws.lock(s, OPERATOR, draw_id)
    return draw_id


def test_pool_preview_matches_quota_rules(db) -> None:
    task_id = make_bureau(db, targets=40)
    with db.read() as s:
        snap = pool.snapshot(s, task_id)
    table = {p.risk_class: (p.in_scope, p.eligible, p.rule_text, p.quota) for p in snap.strata}
    assert table == {"A": (10, 10, "1/10", 1), "B": (10, 10, "1/5", 2), "C": (10, 10, "2", 2),
                     "D": (10, 10, "1/2", 5)}
    assert len(snap.package.inspectors) == 13  # the partner department is not in a non-joint task


def test_full_draw_locks_and_the_package_verifies(db, tmp_path: Path) -> None:
    task_id = make_bureau(db)
    draw_id = _full_draw(db, task_id)
    with db.read() as s:
        out = draw_export.export_package(s, draw_id, tmp_path / "pkg")
        task = s.get(Task, task_id)
        assert task is not None and task.state == "drawn"
        assert audit.verify_chain(s).ok
    assert verify_package(out).verified
    # The stand-alone verifier shipped inside the package agrees.
    run = subprocess.run([sys.executable, str(out / "sr1_verify.py"), str(out)], capture_output=True, text=True)
    assert run.returncode == 0 and "VERIFIED" in run.stdout
    record = json.loads((out / "draw.json").read_text("utf-8"))
    assert record["witnesses"] == ["31415926", "２７１８２８１８"]
    assert [w["name"] for w in record["witness_details"]] == ["王见证", "李见证"]


def test_locked_draw_is_immutable_in_the_database(db) -> None:
    draw_id = _full_draw(db, make_bureau(db))
    with pytest.raises(Exception, match="draw_locked"), db.write() as s:
        s.execute(text("UPDATE draws SET result_hash = 'x' WHERE id = :i"), {"i": draw_id})
    with pytest.raises(Exception, match="draw_locked"), db.write() as s:
        s.execute(text("DELETE FROM draw_selections WHERE draw_id = :i"), {"i": draw_id})


def test_recusal_and_unavailable_target_are_replayed_by_the_verifier(db, tmp_path: Path) -> None:
    task_id = make_bureau(db)

    def recuse(s, draw_id):
        d = s.get(Draw, draw_id)
        first = d.result_text.splitlines()
        target, member = first[0].split("\t")[2], first[1].split("\t")[3]
        return {"type": "recuse", "target": target, "inspector": member, "entropy": "5772156"}

    def unavailable(s, draw_id):
        code = s.scalar(select(DrawSelection.target_code).where(
            DrawSelection.draw_id == draw_id, DrawSelection.status == "drawn").order_by(DrawSelection.position))
        return {"type": "target_unavailable", "target": code, "reason": "已注销"}

    draw_id = _full_draw(db, task_id, events=(recuse, unavailable))
    with db.read() as s:
        out = draw_export.export_package(s, draw_id, tmp_path / "pkg.zip")
        statuses = set(s.scalars(select(DrawSelection.status).where(DrawSelection.draw_id == draw_id)))
    assert "unavailable" in statuses
    assert verify_package(out).verified


def test_abandoned_attempt_stays_and_new_attempt_needs_new_commitment(db) -> None:
    task_id = make_bureau(db)
    with db.write() as s:
        first, _ = draws.freeze(s, OPERATOR, task_id)
    with db.write() as s:
        c1 = draws.commit(s, OPERATOR, first)
    with pytest.raises(DomainError) as e, db.write() as s:
        draws.freeze(s, OPERATOR, task_id)
    assert e.value.code == "draw_attempt_open"
    with db.write() as s:
        draws.abandon(s, OPERATOR, first, "见证人未到场")
    second = _full_draw(db, task_id)
    with db.read() as s:
        a, b = s.get(Draw, first), s.get(Draw, second)
        assert a.state == "abandoned" and a.commit_hex == c1 and a.abandon_reason == "见证人未到场"
        assert b.attempt == 2 and b.commit_hex != c1


def test_rehearsal_never_counts_toward_caps(db) -> None:
    task_id = make_bureau(db, targets=8)
    for _ in range(3):
        _full_draw(db, task_id, rehearsal=True)
    with db.read() as s:
        snap = pool.snapshot(s, task_id)
        assert all(t.draws == 0 for t in snap.package.targets)
        assert tasks.find_task(s, "咸公抽查〔2026〕1号").state == "ready"


def test_yearly_cap_excludes_and_lock_rechecks(db) -> None:
    task_id = make_bureau(db, targets=8)  # two per class: D draws 1 of 2 at 1/2
    with db.write() as s:
        t = s.get(Task, task_id)
        t.quotas = {"D": {"count": "2"}}
    _full_draw(db, task_id)
    for _ in range(1):
        with db.write() as s:
            row = tasks.create_task(s, OPERATOR, tasks.TaskDraft(
                name="第二次", year=2026, item_ids=tuple(i.id for i in s.get(Task, task_id).items),
                window_start=s.get(Task, task_id).window_start, window_end=s.get(Task, task_id).window_end,
                quotas={"D": {"count": "2"}}))
        _full_draw(db, row.id)
    with db.write() as s:
        row = tasks.create_task(s, OPERATOR, tasks.TaskDraft(
            name="第三次", year=2026, item_ids=tuple(i.id for i in s.get(Task, task_id).items),
            window_start=s.get(Task, task_id).window_start, window_end=s.get(Task, task_id).window_end,
            quotas={"D": {"count": "2"}}))
    with db.read() as s:
        snap = pool.snapshot(s, row.id)
    d = {p.risk_class: p for p in snap.strata}["D"]
    assert d.in_scope == 2 and d.eligible == 0
    assert {x.reason for x in snap.excluded_targets} == {"本年度已被抽取2次（上限2次）"}


def test_infeasible_task_is_refused_before_commitment(db) -> None:
    task_id = make_bureau(db, leaders=0)
    with pytest.raises(DomainError) as e, db.write() as s:
        draws.freeze(s, OPERATOR, task_id)
    assert e.value.code == "draw_infeasible"
    with db.read() as s:
        assert s.scalar(select(Draw.id)) is None


def test_cli_tasks_draw_verify(db, tmp_path: Path, capsys) -> None:
    make_bureau(db)
    assert cli_main(["tasks", "--ready", "--db", db.url]) == 0
    assert capsys.readouterr().out.strip() == "咸公抽查〔2026〕1号"
    pkg = tmp_path / "pkg"
    assert cli_main(["draw", "--db", db.url, "--task", "咸公抽查〔2026〕1号", "--witness", "1234",
                     "--witness", "5678", "--package", str(pkg)]) == 0
    capsys.readouterr()
    assert cli_main(["verify", str(pkg)]) == 0
    assert capsys.readouterr().out.strip().endswith("VERIFIED")
    # One byte of a roster changed: verification fails.
    data = (pkg / "targets.tsv").read_bytes()
    (pkg / "targets.tsv").write_bytes(data.replace("宾馆".encode(), "旅馆".encode(), 1))
    assert cli_main(["verify", str(pkg)]) == 1
    assert "NOT VERIFIED" in capsys.readouterr().out
    # Still at most one locked real draw per ready task.
    assert cli_main(["tasks", "--ready", "--db", db.url]) == 0
    assert capsys.readouterr().out.strip() == ""


def test_draw_view_hides_the_secret_until_reveal_and_matches_the_result(db) -> None:
    from desktop.services.draw_view import draw_view

    task_id = make_bureau(db, joint=True)
    with db.write() as s:
        draw_id, _ = draws.freeze(s, OPERATOR, task_id)
    with db.write() as s:
        draws.commit(s, OPERATOR, draw_id)
        view = draw_view(s, draw_id)
    assert view.commit_hex and view.secret_hex == "" and view.bureau == "咸宁市公安局"
    # The bureau's own risk order (profile A … D), not the engine's file order.
    assert [(r.stratum, r.quota) for r in view.strata] == [("低风险", 1), ("一般风险", 2), ("较高风险", 2), ("高风险", 5)]
    with db.write() as s:
        draws.set_witnesses(s, OPERATOR, draw_id, WITNESSES)
    with db.write() as s:
        draws.reveal(s, OPERATOR, draw_id)
    with db.write() as s:
        result = draws.compute(s, OPERATOR, draw_id)
        view = draw_view(s, draw_id)
    assert view.secret_hex and view.seed_hex == result.seed
    assert [d.code for d in view.drawn] == [t.target for t in result.teams]
    for shown, team in zip(view.drawn, result.teams, strict=True):
        assert [(m.staff_no, m.role) for m in shown.team] == [(m.inspector, m.role) for m in team.members]
        assert shown.team[0].role_label == "组长"
        assert any(m.role_label == "联合成员（市场监督管理局）" for m in shown.team)


def test_a_failed_compute_stays_on_record_as_abandoned(db, monkeypatch) -> None:
    task_id = make_bureau(db)
    with db.write() as s:
        draw_id, _ = draws.freeze(s, OPERATOR, task_id)
    with db.write() as s:
        draws.commit(s, OPERATOR, draw_id)
    with db.write() as s:
        draws.set_witnesses(s, OPERATOR, draw_id, WITNESSES)
    with db.write() as s:
        draws.reveal(s, OPERATOR, draw_id)

    def broken(*_a, **_k):
        raise DomainError("sr1_no_inspector", target="X", role="leader")

    monkeypatch.setattr(draws, "run_draw", broken)
    with pytest.raises(DomainError), db.write() as s:
        draws.compute(s, OPERATOR, draw_id)
    with db.read() as s:
        d = s.get(Draw, draw_id)
        assert d.state == "abandoned" and "sr1_no_inspector" in d.abandon_reason


def test_post_lock_replacement_needs_an_approver_and_keeps_the_package_verifiable(db, tmp_path: Path) -> None:
    from desktop.services import replacements, teams
    from tests.services.builders import APPROVER

    task_id = make_bureau(db)
    draw_id = _full_draw(db, task_id)
    with db.read() as s:
        first = s.get(Draw, draw_id).result_text.splitlines()
    target, leaving = first[0].split("\t")[2], first[2].split("\t")[3]
    with pytest.raises(DomainError) as e, db.write() as s:
        replacements.replace_after_lock(s, OPERATOR, draw_id, target, leaving, "健康原因", approved_by="副局长")
    assert e.value.code == "forbidden"
    with db.write() as s:
        row = replacements.replace_after_lock(s, APPROVER, draw_id, target, leaving, "健康原因",
                                              approved_by="副局长", entropy="20261122")
    assert row.left == leaving and row.joined != leaving and row.entropy == "20261122"
    with db.read() as s:
        target_id = s.scalar(select(DrawSelection.target_id).where(DrawSelection.target_code == target))
        team = [m.staff_no for m in teams.team_of(s, task_id, target_id)]
        out = draw_export.export_package(s, draw_id, tmp_path / "pkg")
    assert row.joined in team and leaving not in team
    assert verify_package(out).verified  # the locked result is untouched
    assert json.loads((out / "post_lock_events.json").read_text("utf-8"))["events"][0]["entropy"] == "20261122"


def test_draw_view_lists_who_could_not_be_sent_and_why(db) -> None:
    from desktop.services.draw_view import draw_view
    from tests.services.builders import uscc

    task_id = make_bureau(db)
    with db.write() as s:
        s.get(Task, task_id).quotas = {"A": {"count": "10"}}  # every A target, uscc(0) among them
        s.get(Task, task_id).max_load = 5
    draw_id = _full_draw(db, task_id)
    with db.read() as s:
        view = draw_view(s, draw_id)
    by_code = {d.code: d for d in view.drawn}
    assert ("民警1", "回避") in by_code[uscc(0)].unavailable  # the declared conflict
    assert all(("民警1", "回避") not in d.unavailable for c, d in by_code.items() if c != uscc(0))
    loads: dict[str, int] = {}
    for target in sorted(view.drawn, key=lambda d: d.position):
        over = {name for name, why in target.unavailable if why == "超量"}
        assert over == {s.name for s in _seats(view) if loads.get(s.staff_no, 0) >= 5}
        for seat in target.team:
            loads[seat.staff_no] = loads.get(seat.staff_no, 0) + 1
    assert all(d.unqualified == 0 for d in view.drawn)  # everyone holds 旅馆业


def _seats(view):
    seen = {}
    for d in view.drawn:
        for seat in d.team:
            seen[seat.staff_no] = seat
    return seen.values()
