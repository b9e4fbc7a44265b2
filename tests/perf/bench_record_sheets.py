"""Record-sheet batch benchmark (not collected by pytest): python tests/perf/bench_record_sheets.py [sheets] [completed].

A task's batch of pre-filled 抽查情况记录表 (one per drawn target, two items with nine check points
between them) into one PDF; DESIGN §7 wants a 500-page bundle in at most 10 s. With `completed`
every sheet carries its own findings, so nothing is shared between sheets (the archive print).
"""

from __future__ import annotations

import io
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.core.profiles import DISPOSALS, POLICE_RESULT_CATEGORIES  # noqa: E402
from desktop.reports import data as d  # noqa: E402
from desktop.reports.doc_record import render_record_sheets  # noqa: E402
from desktop.reports.fonts import load_fonts  # noqa: E402

POINTS = (
    ("是否取得特种行业许可证并在有效期内", "查验许可证原件"),
    ("是否落实旅客住宿登记制度，如实登记旅客身份信息", "查阅登记簿，抽查近一个月记录，与系统比对"),
    ("是否按规定上传旅客住宿信息", "登录治安管理信息系统核对"),
    ("是否落实访客登记制度", "查阅访客登记簿"),
    ("是否安装并正常使用视频监控设备，录像保存不少于三十日", "实地查看，调取录像"),
    ("从业人员是否经过治安管理培训", "查阅培训记录"),
)
FIRE = (
    ("疏散通道、安全出口是否畅通", "实地查看"),
    ("消防设施、器材是否完好有效", "实地查看，抽查灭火器压力"),
    ("是否建立消防安全巡查制度", "查阅巡查记录"),
)


def sheets(n: int, completed: bool = False) -> list[d.RecordSheet]:
    head = d.Letterhead("咸宁市公安局", date(2026, 12, 1))
    task = d.TaskInfo("咸公抽查〔2026〕1号", "2026年旅馆业治安管理抽查", "《旅馆业治安管理办法》",
                      date(2026, 12, 1), date(2026, 12, 20))
    items = (d.RecordItem("旅馆业治安管理检查", tuple(d.CheckLine(c, g) for c, g in POINTS)),
             d.RecordItem("消防安全检查（配合）", tuple(d.CheckLine(c, g) for c, g in FIRE)))
    methods = ("实地核查", "书面检查", "网络监测", "查阅资料", "委托第三方", "检验检测")
    out = []
    for k in range(n):
        if completed:
            items = tuple(d.RecordItem(i.name, tuple(d.CheckLine(ln.content, ln.guidance, (k + j) % 5 != 0,
                                                                 f"第{k}户问题{j}" if (k + j) % 5 == 0 else "")
                                                     for j, ln in enumerate(i.lines))) for i in items)
        target = d.TargetInfo(f"咸安区温泉街道第{k + 1}号宾馆有限公司", f"91421200{k:010d}",
                              f"湖北省咸宁市咸安区温泉路{k + 1}号", "王法人", "0715-8123456", "B 一般风险")
        team = (d.InspectorInfo(f"民警{k % 40}", f"1{k % 40:05d}", "组长", licence_no=f"鄂公执字第{k % 40:05d}号"),
                d.InspectorInfo(f"民警{k % 40 + 40}", f"2{k % 40:05d}", "组员"))
        out.append(d.RecordSheet(head, task, target, items, team, "completed" if completed else "prefilled",
                                 date(2026, 12, 3), methods, ("实地核查",), POLICE_RESULT_CATEGORIES, ("未发现问题",),
                                 DISPOSALS, ("无需后续处置",)))
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    completed = "completed" in sys.argv[2:]
    fonts = load_fonts()
    batch = sheets(n, completed)
    render_record_sheets(batch[:2], fonts, io.BytesIO())  # warm-up: font files parsed once per process
    wall, cpu = time.perf_counter(), time.process_time()
    buf = io.BytesIO()
    pages = render_record_sheets(batch, fonts, buf)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{n} {'completed' if completed else 'pre-filled'} record sheets → {pages} pages, {len(buf.getvalue()) / 1e6:.1f} MB")
    print(f"{wall:.2f} s wall, {cpu:.2f} s cpu ({cpu / pages * 1000:.1f} ms cpu per page); target ≤ 10 s")


if __name__ == "__main__":
    main()
