"""Console helpers: the open attempt to resume, and replacement candidates that record_event accepts."""

from __future__ import annotations

from db.models import Draw
from desktop.core.errors import DomainError
from desktop.services import draw_support, draws
from desktop.services.draw_data import package_of
from desktop.services.draw_view import draw_view
from tests.services.builders import OPERATOR, make_bureau


def test_open_attempt_and_candidates_are_exactly_the_acceptable_inspectors(db) -> None:
    task_id = make_bureau(db)
    with db.read() as s:
        assert draw_support.open_attempt(s, task_id) is None
    with db.write() as s:
        draw_id, _ = draws.freeze(s, OPERATOR, task_id)
    with db.read() as s:
        found = draw_support.open_attempt(s, task_id)
    assert found is not None and (found.draw_id, found.state, found.rehearsal) == (draw_id, "frozen", False)
    with db.write() as s:
        draws.commit(s, OPERATOR, draw_id)
        draws.set_witnesses(s, OPERATOR, draw_id, [draws.WitnessEntry("王见证", "人大代表", "31415926")])
        draws.reveal(s, OPERATOR, draw_id)
        draws.compute(s, OPERATOR, draw_id)
        view = draw_view(s, draw_id)
    target = view.drawn[0]
    leader = target.team[0]
    with db.read() as s:
        offered = draw_support.replacement_candidates(s, draw_id, target.code, leader.staff_no)
    codes = {c.staff_no for c in offered}
    assert codes and leader.staff_no not in codes and not codes & {m.staff_no for m in target.team}
    # Exactly those the engine accepts: try every inspector of the frozen package as the replacement.
    accepted = set()
    with db.read() as s:
        draw = s.get(Draw, draw_id)
        for inspector in package_of(draw).inspectors:
            event = {"type": "recuse", "target": target.code, "inspector": leader.staff_no,
                     "replacement": inspector.id}
            try:
                draws._run(s, draw, [event])
            except DomainError:
                continue
            accepted.add(inspector.id)
    assert codes == accepted
