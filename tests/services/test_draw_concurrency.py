"""Two operators locking draws at once on PostgreSQL can never push a target past the yearly cap."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from db.models import Draw, DrawSelection, Task
from desktop.services import draws, tasks
from tests.services.builders import OPERATOR, make_bureau
from tests.services.record_builders import computed_draw

# Each child locks one draw. check_caps is wrapped to linger after its count, so that without the
# bureau-wide lock both children would count "1 of 2" and both would lock.
_LOCKER = """
import sys, time
from db.engine import open_database
from desktop.core.errors import DomainError
from desktop.services import draw_caps, draws
from tests.services.builders import OPERATOR
original = draw_caps.check_caps
def slow(*a, **k):
    original(*a, **k)
    time.sleep(1.5)
draw_caps.check_caps = slow
db = open_database(sys.argv[1], migrate=False)
start = float(sys.argv[3])
time.sleep(max(0.0, start - time.time()))
try:
    with db.write() as s:
        draws.lock(s, OPERATOR, int(sys.argv[2]))
    print("locked")
except DomainError as e:
    print(e.code)
db.dispose()
"""


def _task_like(db, task_id: int, name: str) -> int:
    with db.write() as s:
        t = s.get(Task, task_id)
        row = tasks.create_task(s, OPERATOR, tasks.TaskDraft(
            name=name, year=t.year, item_ids=tuple(i.id for i in t.items), window_start=t.window_start,
            window_end=t.window_end, quotas={"D": {"count": "1"}}))
    return row.id


def test_two_processes_locking_at_once_respect_the_cap(pg_db, tmp_path: Path) -> None:
    first = make_bureau(pg_db, targets=4)  # one target per risk class; D holds exactly one
    with pg_db.write() as s:
        s.get(Task, first).quotas = {"D": {"count": "1"}}
    draw_id = computed_draw(pg_db, first)
    with pg_db.write() as s:
        draws.lock(s, OPERATOR, draw_id)
    # The D target has been drawn once (cap 2): both new tasks draw it again.
    a = computed_draw(pg_db, _task_like(pg_db, first, "第二次"))
    b = computed_draw(pg_db, _task_like(pg_db, first, "第三次"))
    script = tmp_path / "locker.py"
    script.write_text(_LOCKER, encoding="utf-8")
    start = str(time.time() + 3.0)
    root = str(Path(__file__).resolve().parents[2])
    procs = [subprocess.Popen([sys.executable, str(script), pg_db.url, str(d), start],
                              stdout=subprocess.PIPE, text=True, cwd=root,
                              env={**os.environ, "PYTHONPATH": root})
             for d in (a, b)]
    outcomes = sorted(p.communicate(timeout=120)[0].strip() for p in procs)
    assert outcomes == ["draw_cap_exceeded", "locked"]
    with pg_db.read() as s:
        code = s.scalar(select(DrawSelection.target_code).where(DrawSelection.draw_id == draw_id,
                                                                DrawSelection.status == "drawn"))
        times = s.scalar(select(func.count()).select_from(DrawSelection).join(Draw).where(
            Draw.state == "locked", DrawSelection.target_code == code, DrawSelection.status == "drawn"))
    assert times == 2
