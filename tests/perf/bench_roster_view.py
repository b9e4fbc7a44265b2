"""Benchmark: the 检查对象名录库 screen on 100,000 targets (DESIGN §7: first paint ≤ 0.5 s, filter ≤ 0.2 s).

Run: .venv/bin/python tests/perf/bench_roster_view.py [--keep DIR] [--repeat N]
Loads the demo's large size (100,000 targets, 2,000 inspectors) into a temp SQLite file once, then
times, offscreen at 1280×800:
- first paint: construct TargetsPage + show + process events until the table has painted its first rows;
- each filter: set the search text (or a filter box) and wait for the model reset and the next paint.
Each figure is the median of --repeat runs (the first page build is reported separately: cold caches).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from db.engine import open_database  # noqa: E402
from desktop.services import demo, setup  # noqa: E402
from desktop.ui.context import UiContext  # noqa: E402
from desktop.ui.pages.inspectors_page import InspectorsPage  # noqa: E402
from desktop.ui.pages.targets_page import TargetsPage  # noqa: E402
from desktop.ui.task_runner import SyncTaskRunner  # noqa: E402

FIRST_PAINT_BAR = 0.5
FILTER_BAR = 0.2


class _PaintWatch(QObject):
    """Counts paint events of the table's viewport."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def _wait_paint(app: QApplication, watch: _PaintWatch, since: int, limit: float = 10.0) -> None:
    deadline = time.perf_counter() + limit
    while watch.paints <= since and time.perf_counter() < deadline:
        app.processEvents()


def load(folder: Path):  # type: ignore[no-untyped-def]
    db = open_database(str(folder / "bench.sqlite3"))
    start = time.perf_counter()
    with db.write() as s:
        admin = setup.first_start(s, setup.FirstStartDraft(
            "咸宁市公安局", "咸公", ("治安管理支队", "禁毒支队"), "admin", "管理员", "password-1", "xianning"))
    with db.write() as s:
        summary = demo.load_demo(s, admin, profile="xianning", size="large")
    print(f"demo loaded: {summary.targets:,} targets, {summary.inspectors:,} inspectors "
          f"in {time.perf_counter() - start:.1f} s")
    return db, admin


def first_paint(app: QApplication, ctx: UiContext, cls: type) -> tuple[float, object, _PaintWatch]:
    start = time.perf_counter()
    page = cls(ctx)
    page.resize(1280, 800)
    watch = _PaintWatch()
    page.view.viewport().installEventFilter(watch)
    page.show()
    _wait_paint(app, watch, 0)
    elapsed = time.perf_counter() - start
    assert page.model.fetch_count >= 1 and page.model.rowCount() > 0
    return elapsed, page, watch


def timed_filter(app: QApplication, page, watch: _PaintWatch, action: Callable[[], None]) -> float:  # type: ignore[no-untyped-def]
    resets: list[int] = []

    def count() -> None:
        resets.append(1)

    page.model.modelReset.connect(count)
    since = watch.paints
    start = time.perf_counter()
    action()
    _wait_paint(app, watch, since)
    elapsed = time.perf_counter() - start
    page.model.modelReset.disconnect(count)
    assert resets, "the model was not reset"
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, help="folder for the database (default: a temp folder)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench_roster_view_"))
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_avg = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, load {load_avg:.1f}, "
          f"Python {platform.python_version()}, SQLite file in {folder}")
    db, admin = load(folder)
    ctx = UiContext(db, admin, SyncTaskRunner())
    try:
        cold, page, _watch = first_paint(app, ctx, TargetsPage)
        page.close()
        runs = []
        for _ in range(args.repeat):
            elapsed, page, watch = first_paint(app, ctx, TargetsPage)
            runs.append(elapsed)
            page.close()
        warm = statistics.median(runs)
        print(f"targets page, first paint   cold {cold:6.3f} s   median {warm:6.3f} s   "
              f"(bar ≤ {FIRST_PAINT_BAR} s) {'OK' if warm <= FIRST_PAINT_BAR else 'SLOW'}")
        _elapsed, page, watch = first_paint(app, ctx, TargetsPage)
        rows = page.model.rowCount()
        deadline = time.perf_counter() + 5
        while page.jurisdiction_box.count() < 2 and time.perf_counter() < deadline:
            app.processEvents()  # the 管辖机关 / 行业 choices are read after the first paint

        def search(text: str) -> Callable[[], None]:
            return lambda: (page.search_edit.setText(text), page.apply_search())

        def box(combo, value) -> Callable[[], None]:  # type: ignore[no-untyped-def]
            return lambda: combo.setCurrentIndex(combo.findData(value))

        def second(combo) -> Callable[[], None]:  # type: ignore[no-untyped-def]
            return lambda: combo.setCurrentIndex(1)

        cases: list[tuple[str, Callable[[], None], Callable[[], None]]] = [
            ("search name “宾馆”", search("宾馆"), search("")),
            ("search code “91421202”", search("91421202"), search("")),
            ("search, no match", search("不存在的名称"), search("")),
            ("filter risk class D", box(page.risk_box, "D"), page.clear_filters),
            ("filter jurisdiction", second(page.jurisdiction_box), page.clear_filters),
            ("filter 已停用", box(page.status_box, False), page.clear_filters),
            ("clear filters (all rows)", page.clear_filters, box(page.risk_box, "A")),
        ]
        print(f"filters on {rows:,} rows (median of {args.repeat}, bar ≤ {FILTER_BAR} s):")
        for label, action, undo in cases:
            times = []
            for _ in range(args.repeat):
                times.append(timed_filter(app, page, watch, action))
                undo()
                app.processEvents()
            median = statistics.median(times)
            print(f"  {label:<28} {median:6.3f} s   {'OK' if median <= FILTER_BAR else 'SLOW'}   "
                  f"({page.model.rowCount():,} rows after undo)")
        page.close()
        inspectors = [first_paint(app, ctx, InspectorsPage)[0] for _ in range(args.repeat)]
        print(f"inspectors page (2,000), first paint median {statistics.median(inspectors):6.3f} s")
    finally:
        db.dispose()


if __name__ == "__main__":
    main()
