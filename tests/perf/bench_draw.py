"""Draw benchmark on the demo's large bureau through the services (a script, not collected by pytest).

python tests/perf/bench_draw.py — loads 100,000 targets and 2,000 inspectors into a temporary SQLite
file, creates a task over every item at 5 % per risk class, then times: the pool snapshot and
freezing into the four SR1 files, the 200-seed feasibility dry-run, the draw itself (run_draw),
storing the result, verifying the exported package, and the hashing floor (100,000 SHA-256 of
seed‖id) measured in the same run.
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from db.engine import open_database  # noqa: E402
from db.models import InspectionItem  # noqa: E402
from desktop.core.sr1 import feasibility, run_draw, verify_package  # noqa: E402
from desktop.services import demo, draw_export, draws, pool, tasks  # noqa: E402
from desktop.services.context import SYSTEM, Actor  # noqa: E402

T = TypeVar("T")
OPERATOR = Actor("bench", "基准", frozenset({"operator", "admin"}))
WITNESSES = ["31415926", "27182818", "16180339"]


def timed(label: str, action: Callable[[], T]) -> T:
    """Wall and CPU time: CPU time is the steadier figure on a shared machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    value = action()
    print(f"{label:<46}{time.perf_counter() - wall:8.3f} s wall {time.process_time() - cpu:8.3f} s cpu",
          flush=True)
    return value


def main() -> None:
    """Run the benchmark and print one line per step."""
    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(str(Path(tmp) / "large.sqlite3"))
        with database.write() as s:
            timed("load demo (large)", lambda: demo.load_demo(s, SYSTEM, size="large"))
        with database.write() as s:
            item_ids = tuple(s.scalars(select(InspectionItem.id).where(InspectionItem.active.is_(True))))
            year = date.today().year
            task = tasks.create_task(s, OPERATOR, tasks.TaskDraft(
                name="基准：全部事项 5%", year=year, item_ids=item_ids,
                window_start=date(year, 12, 1), window_end=date(year, 12, 31),
                quotas={rc: {"ratio": "1/20"} for rc in "ABCD"}, team_size=2))
        with database.read() as s:
            snap = timed("pool snapshot + freeze (4 canonical files)", lambda: pool.snapshot(s, task.id))
        package = snap.package
        print(f"  targets in package: {len(package.targets)}, inspectors: {len(package.inspectors)}, "
              f"quota: {sum(x.quota for x in snap.strata)}")
        report = timed("feasibility (exact check, else 200 seeds)", lambda: feasibility(package, trials=200))
        print(f"  method: {report.method}, targets checked: {report.checked}, "
              f"sampled failures: {report.failures}/{report.trials}")
        secret = bytes(range(32))
        result = timed("draw (run_draw: seed, ranking, teams)", lambda: run_draw(package, WITNESSES, secret=secret))
        seed = bytes.fromhex(result.seed)
        ids = [t.id.encode() for t in package.targets]

        def floor() -> None:
            for i in ids:
                hashlib.sha256(b"SR1/target\0" + seed + i).digest()

        timed("hashing floor (SHA-256 of seed‖id per target)", floor)
        with database.write() as s:
            draw_id, _ = timed("service freeze incl. dry-run", lambda: draws.freeze(s, OPERATOR, task.id))
        for step in (lambda s: draws.commit(s, OPERATOR, draw_id),
                     lambda s: draws.set_witnesses(s, OPERATOR, draw_id,
                                                   [draws.WitnessEntry(f"见证人{n}", "", w)
                                                    for n, w in enumerate(WITNESSES, 1)]),
                     lambda s: draws.reveal(s, OPERATOR, draw_id)):
            with database.write() as s:
                step(s)
        with database.write() as s:
            timed("service compute (draw + store teams)", lambda: draws.compute(s, OPERATOR, draw_id))
        with database.write() as s:
            timed("service lock (cap re-check, draw.json)", lambda: draws.lock(s, OPERATOR, draw_id))
        out = Path(tmp) / "pkg"
        with database.read() as s:
            draw_export.export_package(s, draw_id, out)
        verified = timed("verify exported package", lambda: verify_package(out))
        print(f"  verified: {verified.verified}")
        database.dispose()


if __name__ == "__main__":
    main()
