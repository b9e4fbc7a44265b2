"""Document numbers stay gapless and unique when several users print at once on PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

from db.models import DocCounter

_ALLOCATOR = """
import sys, time
from db.engine import open_database
from desktop.services import numbering
db = open_database(sys.argv[1], migrate=False)
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
for _ in range(25):
    with db.write() as s:
        print(numbering.next_number(s, "notice", 2026), flush=True)
db.dispose()
"""


def test_three_processes_allocating_numbers_never_collide_or_skip(pg_db, tmp_path: Path) -> None:
    script = tmp_path / "allocate.py"
    script.write_text(_ALLOCATOR, encoding="utf-8")
    root = str(Path(__file__).resolve().parents[2])
    start = str(time.time() + 2.0)
    procs = [subprocess.Popen([sys.executable, str(script), pg_db.url, start], stdout=subprocess.PIPE, text=True,
                              cwd=root, env={**os.environ, "PYTHONPATH": root}) for _ in range(3)]
    numbers = [int(line) for p in procs for line in p.communicate(timeout=120)[0].split()]
    assert all(p.returncode == 0 for p in procs)
    assert sorted(numbers) == list(range(1, 76))
    with pg_db.read() as s:
        assert s.scalar(select(DocCounter.last_number).where(DocCounter.kind == "notice")) == 75
