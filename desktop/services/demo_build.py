"""Demo generator, roster part: the item list, targets, inspectors and 回避 conflicts."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from db.models import CheckPoint, Conflict, InspectionItem, Inspector, Target
from desktop.core.demo_data import (
    Dice,
    IdNumbers,
    Weighted,
    at,
    chance,
    enterprise_name,
    make_uscc,
    mobile,
    positions,
)
from desktop.core.progress import Progress, check_cancel
from desktop.services.demo_specs import BureauSpec, DeptSpec, NameSpec

CHUNK = 10_000
RISK_WEIGHTS = (("A", 30), ("B", 40), ("C", 20), ("D", 10))
# Differentiated ratios per risk class (咸宁细则 第十六条: low risk less, high risk more often).
KEY_QUOTAS = {"A": "5/100", "B": "10/100", "C": "20/100", "D": "30/100"}
GENERAL_QUOTAS = {"A": "3/100", "B": "5/100", "C": "10/100", "D": "20/100"}
BIRTH_FIRST, BIRTH_LAST = date(1965, 1, 1), date(1998, 12, 31)
# Department heads and deputies: always leader-capable, active, licensed and fully qualified,
# so every department can lead the tasks of its own items.
CORE_STAFF = 2

# report(units done, label to translate, untranslated detail such as "600/600")
Report = Callable[[int, str, str], None]


def _table(model: type[object]) -> Table:
    """The Core table of a model: a Core insert skips the ORM's per-row bulk bookkeeping (~30 %)."""
    table = getattr(model, "__table__")  # noqa: B009 - typed as FromClause on the model
    assert isinstance(table, Table)
    return table


def quotas_for(kind: str) -> dict[str, dict[str, str]]:
    """The plan/task quota of an item kind, as stored: {"A": {"ratio": "3/100"}, …}."""
    table = KEY_QUOTAS if kind == "key" else GENERAL_QUOTAS
    return {rc: {"ratio": ratio} for rc, ratio in table.items()}


def _ratio_text(kind: str, labels: dict[str, str]) -> str:
    table = KEY_QUOTAS if kind == "key" else GENERAL_QUOTAS
    parts = "、".join(f"{rc}类（{labels.get(rc, rc)}）{int(r.split('/')[0])}%" for rc, r in table.items())
    return ("重点检查事项，抽查比例不设上限；" if kind == "key" else "") + "按风险分类差异化抽取：" + parts


def add_items(session: Session, bureau: BureauSpec, org_name: str, dept_ids: dict[str, int],
              risk_labels: dict[str, str]) -> list[InspectionItem]:
    """The bureau's 随机抽查事项清单 with check points; items whose code exists are kept as they are."""
    codes = [bureau.item_code(s.number) for s in bureau.items]
    query = select(InspectionItem).where(InspectionItem.code.in_(codes))
    existing = {i.code: i for i in session.scalars(query)}
    items: list[InspectionItem] = []
    for spec in bureau.items:
        code = bureau.item_code(spec.number)
        if code in existing:
            items.append(existing[code])
            continue
        owner = bureau.owner_of(spec)
        subject = f"{org_name}{owner.name}" + ("及各派出所" if spec.station else "")
        item = InspectionItem(
            code=code, category=spec.category, name=spec.name, sub_item=spec.sub_item, basis=spec.basis,
            subject=subject, object_type=spec.object_type, kind=spec.kind, method=spec.method,
            ratio_text=_ratio_text(spec.kind, risk_labels),
            frequency_text="每年不少于2次" if spec.kind == "key" else "每年1次",
            inspector_requirement=spec.inspector_requirement,
            remarks=spec.remarks or "检查结果按规定录入监管平台并向社会公示",
            qualification=spec.qualification, notice_required=spec.notice_required,
            department_id=dept_ids[owner.name], active=True, version=1,
        )
        item.check_points = [CheckPoint(seq=n, content=c, guidance=g)
                             for n, (c, g) in enumerate(spec.check_points, start=1)]
        session.add(item)
        items.append(item)
    session.flush()
    return items


def _chunks(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _target_rows(bureau: BureauSpec, names: NameSpec, count: int, today: date, year: int,
                 other_unit: str) -> Iterator[dict[str, Any]]:
    """`count` target rows; unique codes by construction, unique names by retrying."""
    dice = Dice(f"{bureau.key}/targets")
    industries = Weighted([(s, s.weight) for s in bureau.items if s.weight > 0 and s.suffixes])
    districts = Weighted([(d, d.weight) for d in bureau.districts])
    risks = Weighted(RISK_WEIGHTS)
    book = names.book
    seen: set[str] = set()
    year_start = date(year, 1, 1)
    days_so_far = (min(today, date(year, 12, 31)) - year_start).days + 1
    for serial in range(count):
        # One batch of 16-bit units per row: 100,000 rows need millions of choices.
        u = dice.units(18)
        spec = industries.at(u[0])
        district = districts.at(u[1])
        town, jurisdiction = at(district.towns, u[2])
        road = at(district.roads, u[3])
        suffix, entity = at(spec.suffixes, u[4])
        name = ""
        for _ in range(8):
            name = enterprise_name(dice, city=bureau.city, district=district.name_prefix, town=town,
                                   road=road, trade=book.trade(dice, bureau.local_words), suffix=suffix)
            if name not in seen:
                break
        else:  # rare: an address-style name (…55号汽修店) keeps names unique
            stem, n = name[: -len(suffix)], serial % 97
            while name in seen:
                n += 1
                name = f"{stem}{n}号{suffix}"
        seen.add(name)
        abnormal, dishonest = chance(u[6], 3), chance(u[7], 1)
        risk = risks.at(u[5])
        if abnormal or dishonest:
            risk = "D" if chance(u[14], 60) else "C"  # credit problems raise the risk class
        row: dict[str, Any] = {
            "code": make_uscc(entity, district.code, serial, bureau.ma_char, chance(u[12], 75)),
            "name": name,
            "jurisdiction": jurisdiction,
            "risk_class": risk,
            "industry": spec.qualification,
            "address": f"{bureau.province}{bureau.city}{district.address_name}{town}{road}{u[15] % 398 + 1}号",
            "legal_rep": book.person(dice, female=chance(u[13], 30)),
            "phone": mobile(dice),
            "abnormal_list": abnormal,
            "serious_dishonest": dishonest,
            "complaint": chance(u[8], 4),
            "key_supervision": chance(u[9], 20 if risk == "D" else 3),
            "key_area": spec.key_area,
            "penalised": chance(u[10], 2),
            "other_unit_name": "",
            "other_unit_inspected_on": None,
            "active": not chance(u[11], 2),
        }
        if other_unit and today >= year_start and chance(u[16], 1.5):
            # 漯河 §16: targets another unit already inspected this year are excluded from draws.
            row["other_unit_name"] = other_unit
            row["other_unit_inspected_on"] = year_start + timedelta(days=u[17] * days_so_far >> 16)
        yield row


def insert_targets(session: Session, bureau: BureauSpec, names: NameSpec, count: int, today: date,
                   year: int, other_unit: str, progress: Progress, report: Report) -> int:
    """Insert the target roster in chunks (Core inserts: 100,000 rows take seconds, not minutes)."""
    done = 0
    for chunk in _chunks(_target_rows(bureau, names, count, today, year, other_unit), CHUNK):
        check_cancel(progress)
        session.execute(insert(_table(Target)), chunk)
        done += len(chunk)
        report(len(chunk), "检查对象", f" {done}/{count}")
    return done


def _allocate(total: int, depts: Sequence[DeptSpec]) -> list[int]:
    """Split `total` by weight (largest remainder), at least CORE_STAFF + 2 per department."""
    weight = sum(d.weight for d in depts)
    exact = [total * d.weight / weight for d in depts]
    counts = [int(x) for x in exact]
    by_rest = sorted(range(len(depts)), key=lambda k: counts[k] - exact[k])
    for k in by_rest[: total - sum(counts)]:
        counts[k] += 1
    return [max(c, CORE_STAFF + 2) for c in counts]


def _licence_expiry(dice: Dice, today: date, core: bool, forced: int | None) -> date:
    k = dice.below(100) if forced is None else forced
    if not core and k < 4:
        return today - timedelta(days=1 + dice.below(180))  # expired: the roster warns
    if not core and k < 9:
        return today + timedelta(days=dice.below(30))  # expiring within 30 days: the roster warns
    # Core staff stay licensed past any task window of this or next year's plan.
    return today + timedelta(days=(800 if core else 60) + dice.below(1400))


def _inspector_rows(bureau: BureauSpec, names: NameSpec, count: int, today: date,
                    dept_ids: dict[str, int]) -> Iterator[dict[str, Any]]:
    dice = Dice(f"{bureau.key}/inspectors")
    ids = IdNumbers(bureau.id_areas, today)
    depts = [*bureau.departments, bureau.external]
    serial = 0
    for d, (dept, n) in enumerate(zip(depts, _allocate(count, depts), strict=True)):
        quals = bureau.quals_of(dept)
        head, deputy, member = positions(dept.name, external=dept.external, police=bureau.police)
        for j in range(n):
            serial += 1
            core = j < CORE_STAFF
            female = dice.percent(22 if bureau.police else 45)
            birth = dice.day(BIRTH_FIRST, BIRTH_LAST)
            held = quals if core else dice.sample(quals, 1 + dice.below(min(3, len(quals))))
            if dept.external:
                staff_no = f"{dept.code}{serial:05d}"  # partner's 执法证号, not a police number
            else:
                staff_no = f"{(serial * 7919 + 104_729) % 900_000 + 100_000}"  # 6-digit 警号/工号
            yield {
                "staff_no": staff_no,
                "name": names.book.person(dice, female),
                "id_number": ids.make(dice, birth, male=not female),
                "gender": "女" if female else "男",
                "department_id": dept_ids[dept.name],
                "position": head if j == 0 else deputy if j == 1 else member,
                "phone": mobile(dice),
                "licence_no": f"{bureau.province_abbr}{bureau.districts[0].code[:4]}{serial:06d}",
                # The first two departments' first members always show the roster's licence
                # warnings (one expired, one expiring), whatever the dice say.
                "licence_expiry": _licence_expiry(dice, today, core,
                                                  (0, 5)[d] if j == CORE_STAFF and d < 2 else None),
                "qualifications": ",".join(sorted(held)),
                "leader_capable": core or dice.percent(22),
                "active": core or not dice.percent(3),
            }


def insert_inspectors(session: Session, bureau: BureauSpec, names: NameSpec, count: int, today: date,
                      dept_ids: dict[str, int], progress: Progress, report: Report) -> int:
    """Insert the inspector roster across the departments and the partner department."""
    rows = list(_inspector_rows(bureau, names, count, today, dept_ids))
    for start in range(0, len(rows), CHUNK):
        check_cancel(progress)
        session.execute(insert(_table(Inspector)), rows[start:start + CHUNK])
    report(len(rows), "执法检查人员", f" {len(rows)}")
    return len(rows)


def add_conflicts(session: Session, bureau: BureauSpec, names: NameSpec, count: int,
                  external_id: int) -> int:
    """回避 relations between bureau staff and targets of industries they are qualified for."""
    dice = Dice(f"{bureau.key}/conflicts")
    by_industry: dict[str, list[int]] = {}
    for tid, industry in session.execute(select(Target.id, Target.industry).where(Target.active.is_(True))
                                         .order_by(Target.id)):
        by_industry.setdefault(industry, []).append(tid)
    staff = session.execute(select(Inspector.id, Inspector.qualifications)
                            .where(Inspector.active.is_(True), Inspector.department_id != external_id)
                            .order_by(Inspector.id)).all()
    pairs: dict[tuple[int, int], str] = {}
    for _ in range(count * 20):
        if len(pairs) == count or not staff:
            break
        inspector_id, quals = dice.pick(staff)
        pool = by_industry.get(dice.pick(quals.split(",")), [])
        if pool:
            pairs.setdefault((inspector_id, dice.pick(pool)), dice.pick(names.conflict_reasons))
    if pairs:
        session.execute(insert(_table(Conflict)), [
            {"inspector_id": i, "target_id": t, "reason": reason, "end_date": None, "active": True}
            for (i, t), reason in sorted(pairs.items())
        ])
    return len(pairs)
