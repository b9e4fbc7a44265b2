"""A synthetic draw at stress size for the projector: 100,000 eligible names, 5,000 drawn targets."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from desktop.services.draw_view import DrawnTarget, DrawView, EventLine, StratumRow, TeamSeat, WitnessCard

CLASSES = ("A类（高风险）", "B类（较高风险）", "C类（一般风险）", "D类（低风险）")


def stress_views(names: int, drawn: int) -> list[DrawView]:
    """The views the console sends in one ceremony: committed, witnessed, revealed, computed, recusal, locked."""
    per_class = names // len(CLASSES)
    quota = drawn // len(CLASSES)
    strata = tuple(StratumRow(cls, per_class + 50, per_class, "5/100", quota,
                              tuple(f"{cls[0]}类检查对象有限公司第{i:06d}号门店" for i in range(per_class)))
                   for cls in CLASSES)
    depts = ("治安大队", "消防大队", "交警大队")
    targets = []
    for n in range(drawn):
        cls = CLASSES[n % len(CLASSES)]
        team = (TeamSeat("leader", "组长", f"J{n % 2000:05d}", f"组长{n % 2000}", depts[0]),
                TeamSeat("member", "组员", f"J{(n + 7) % 2000:05d}", f"组员{(n + 7) % 2000}", depts[1]),
                TeamSeat("dept:消防", "联合成员（消防）", f"X{n % 300:05d}", f"消防{n % 300}", depts[2]))
        targets.append(DrawnTarget(n + 1, f"91420100MA{n:08d}", f"{cls[0]}类检查对象有限公司第{n * 4:06d}号门店",
                                   cls, f"{(n * 2654435761) % (1 << 256):064x}", team,
                                   tuple((f"回避人{k}", "回避") for k in range(n % 3)), n % 5))
    now = datetime(2026, 11, 22, 9, 30)
    witnesses = (WitnessCard(1, "张三", "县人大代表", "482913"), WitnessCard(2, "李四", "企业代表", "730155"))
    base = DrawView(
        draw_id=1, state="committed", rehearsal=False, attempt=1, bureau="某某县公安局",
        task_number="某公抽查〔2026〕12号", task_name="2026年度旅馆业治安管理双随机抽查",
        legal_basis="《旅馆业治安管理办法》第十六条", strata=strata,
        file_sha256={n: "ab" * 32 for n in ("targets.tsv", "inspectors.tsv", "conflicts.tsv", "rules.tsv")},
        commit_hex="cd" * 32, witnesses=tuple(dataclasses.replace(w, digits="") for w in witnesses),
        secret_hex="", seed_hex="", drawn=(), events=(), result_hash="", rules={})
    witnessed = dataclasses.replace(base, state="witnessed", witnesses=witnesses)
    revealed = dataclasses.replace(witnessed, state="revealed", secret_hex="ef" * 32, seed_hex="12" * 32)
    computed = dataclasses.replace(revealed, state="computed", drawn=tuple(targets), result_hash="9a" * 32)
    # A recusal: the view is read again from the database, so every object is new; one seat changes.
    moved = [dataclasses.replace(t, team=tuple(dataclasses.replace(s) for s in t.team)) for t in targets]
    old = moved[3]
    moved[3] = dataclasses.replace(old, team=(old.team[0], TeamSeat("member", "组员", "J09999", "替换人", depts[1]),
                                              old.team[2]))
    event = EventLine(1, "recuse", "回避：组员10 退出 检查组，见证人数字 5521 重新抽取", now)
    recused = dataclasses.replace(computed, drawn=tuple(moved), events=(event,), result_hash="9b" * 32)
    locked = dataclasses.replace(recused, state="locked")
    return [base, witnessed, revealed, computed, recused, locked]
