"""SR1 benchmark (a script, not collected by pytest): python tests/perf/bench_sr1.py [targets] [inspectors]."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.core.sr1 import (  # noqa: E402
    InspectorRow,
    Package,
    TargetRow,
    draw_record,
    feasibility,
    render_draw_json,
    run_draw,
    verify_files,
    write_package,
)

T = TypeVar("T")
CATEGORIES = ("食品销售", "餐饮服务", "特种设备", "工业产品", "药品经营")
STRATA = ("高", "较高", "一般", "低")
SECRET = bytes(range(32))
WITNESSES = ["31415926", "27182818", "16180339"]


def timed(label: str, action: Callable[[], T]) -> T:
    """Wall and CPU time: CPU time is the steadier figure on a shared machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    value = action()
    print(f"{label:<44}{time.perf_counter() - wall:8.3f} s wall {time.process_time() - cpu:8.3f} s cpu")
    return value


def rows(n_targets: int, n_inspectors: int) -> tuple[list[TargetRow], list[InspectorRow], dict[str, str]]:
    targets = [
        TargetRow(f"91330106MA{i:08d}", f"杭州某某商贸有限公司{i}", STRATA[i % 4], CATEGORIES[i % 5],
                  i % 3, i % 97 == 0, i % 89 == 0)
        for i in range(n_targets)
    ]
    inspectors = [
        InspectorRow(f"ZF{j:06d}", f"执法人员{j}", f"部门{j % 10:02d}",
                     (CATEGORIES[j // 10 % 5], CATEGORIES[(j // 10 + 1) % 5], CATEGORIES[(j // 10 + 3) % 5]),
                     j % 5 < 2)
        for j in range(n_inspectors)
    ]
    rules = {"task_id": "基准〔2026〕1号", "categories": "*", "initiating_dept": "部门00", "joint_depts": "*",
             "team_size": "3", "max_draws_per_year": "2", "max_load": "0", "quota_base": "all",
             **{f"ratio.{s}": "1/20" for s in STRATA}}
    return targets, inspectors, rules


def load_standalone() -> Callable[[str], tuple[list[str], dict[str, object]]]:
    spec = importlib.util.spec_from_file_location("sr1_verify", ROOT / "resources" / "verifier" / "sr1_verify.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.verify  # type: ignore[no-any-return]


def main() -> None:
    n_targets = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    n_inspectors = int(sys.argv[2]) if len(sys.argv) > 2 else 2_000
    print(f"SR1 benchmark: {n_targets} targets (4 strata, 1/20), {n_inspectors} inspectors in 10 departments")
    targets, inspectors, rules = rows(n_targets, n_inspectors)
    package = timed("freeze: render + parse + hash", lambda: Package.build(targets, [*inspectors], [], rules))
    timed("  of which hashing the four files", lambda: package.file_hashes)
    seed_bytes = hashlib.sha256(b"bench").digest()
    ids = [t.id.encode() for t in targets]
    timed("hashing floor: SHA-256(seed‖id) per target", lambda: [hashlib.sha256(seed_bytes + i).digest() for i in ids])
    result = timed("run_draw", lambda: run_draw(package, WITNESSES, secret=SECRET))
    print(f"{'  teams drawn':<44}{len(result.teams):8d}")
    record = draw_record(package, SECRET, WITNESSES, [], result.seed, result.result_hash, result.result_text)
    files = {**package.files, "draw.json": render_draw_json(record), "result.txt": result.result_text.encode()}
    report = timed("verify_files (engine)", lambda: verify_files(files))
    assert report.verified, report.differences[:3]
    with tempfile.TemporaryDirectory() as folder:
        write_package(Path(folder), package, files["draw.json"], result.result_text)
        verify = load_standalone()
        diffs, _ = timed("stand-alone sr1_verify.py", lambda: verify(folder))
        assert not diffs, diffs[:3]
    trials = 5
    dry = timed(f"feasibility, {trials} trials", lambda: feasibility(package, trials=trials, seed_source=b"bench"))
    assert dry.ok, dry.shortages[:3]


if __name__ == "__main__":
    main()
