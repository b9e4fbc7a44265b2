"""Benchmark: import a 100,000-row targets xlsx into a fresh SQLite database (DESIGN §7: ≤ 5 s).

Run: .venv/bin/python tests/perf/bench_import.py [--rows N] [--keep DIR]
Prints the wall-clock and CPU time of each step: read, validate, preview, apply (+ commit), then a
re-import with every risk class changed (100,000 updates with history rows). On a busy machine the
CPU column is the better estimate of the wall time on an idle one (the work is CPU-bound).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402

from db.engine import open_database  # noqa: E402
from desktop.core.identifiers import uscc_check_char  # noqa: E402
from desktop.services import roster_import, roster_io  # noqa: E402
from desktop.services.context import SYSTEM  # noqa: E402

HEAD = ["管辖机关", "检查对象名称", "统一社会信用代码", "风险分类等级", "法定代表人", "住所", "联系电话", "行业类别"]


def make_file(path: Path, rows: int, shift: int = 0) -> Path:
    """A targets file with valid 统一社会信用代码, written with openpyxl's write-only mode."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("检查对象")
    ws.append(HEAD)
    for i in range(rows):
        first = f"91421200{i:09d}"
        ws.append(["咸宁市公安局", f"咸宁市测试商贸有限公司{i}", first + uscc_check_char(first), "ABCD"[(i + shift) % 4],
                   "张三", f"咸宁市咸安区温泉路{i}号", "0715-8123456", "旅馆业"])
    wb.save(path)
    return path


def _now() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(start: tuple[float, float]) -> tuple[float, float]:
    wall, cpu = _now()
    return wall - start[0], cpu - start[1]


def timed(label: str, results: dict[str, tuple[float, float]], fn, *args, **kw):  # type: ignore[no-untyped-def]
    start = _now()
    value = fn(*args, **kw)
    results[label] = _since(start)
    return value


def run_import(db, path: Path) -> tuple[dict[str, tuple[float, float]], int, int]:  # type: ignore[no-untyped-def]
    """Seconds (wall, cpu) per step, and the new and changed counts of the preview."""
    t: dict[str, tuple[float, float]] = {}
    timed("read (calamine)", t, roster_io.read_cells, path)  # shown apart; check_file reads it again
    start = _now()
    with db.write() as s:
        checked = timed("read + validate", t, roster_import.check_file, s, "targets", path)
        assert checked.ok, checked.error_texts()[:5]
        preview = timed("preview", t, roster_import.preview, s, checked)
        timed("apply", t, roster_import.apply, s, SYSTEM, checked)
        commit = _now()
    t["commit"] = _since(commit)
    t["TOTAL read→commit"] = _since(start)
    return t, len(preview.new), len(preview.changed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="folder for the generated files (default: a temp folder)")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench_import_"))
    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    first = make_file(folder / "targets.xlsx", args.rows)
    second = make_file(folder / "targets_changed.xlsx", args.rows, shift=1)
    print(f"generated 2 files of {args.rows} rows in {time.perf_counter() - start:.1f} s ({folder})")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, load {load:.1f}, Python {platform.python_version()}")
    db = open_database(str(folder / "bench.sqlite3"))
    try:
        for title, path in (("fresh import", first), ("re-import, every risk class changed", second)):
            figures, new, changed = run_import(db, path)
            print(f"{title}: new {new}, changed {changed}          wall      cpu")
            for label, (wall, cpu) in figures.items():
                print(f"  {label:<22} {wall:8.2f} s {cpu:8.2f} s")
    finally:
        db.dispose()


if __name__ == "__main__":
    main()
