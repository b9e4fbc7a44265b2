"""Roster import robustness: cancel and crash leave nothing, random files never crash or half-apply, PostgreSQL."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import select

from db.models import Department, Inspector
from desktop.core.errors import DomainError
from desktop.core.progress import Cancelled
from desktop.core.roster_fields import FIELDS, required_keys
from desktop.services import roster_export, roster_import
from tests.services.roster_files import (
    HEAD,
    OP,
    do_import,
    id_no,
    snapshot,
    target_row,
    uscc,
    write_csv,
    write_xlsx,
)


class CancelAfter:
    def __init__(self, reports: int) -> None:
        self.left = reports

    def report(self, done: int, total: int, text: str = "") -> None:
        self.left -= 1

    def cancelled(self) -> bool:
        return self.left <= 0


def test_cancel_midway_leaves_the_roster_unchanged(db, tmp_path: Path, monkeypatch) -> None:
    from desktop.services import bulk_sql

    monkeypatch.setattr(bulk_sql, "CHUNK", 10)
    do_import(db, "targets", write_csv(tmp_path / "a.csv", [HEAD, *(target_row(n) for n in range(30))], "utf-8"))
    before = snapshot(db)
    rows = [HEAD, *(target_row(n, "D") for n in range(15)), *(target_row(n) for n in range(100, 160))]
    path = write_csv(tmp_path / "b.csv", rows, "utf-8")
    with pytest.raises(Cancelled), db.write() as s:
        checked = roster_import.check_file(s, "targets", path)
        roster_import.apply(s, OP, checked, deactivate_missing=True, progress=CancelAfter(4))
    assert snapshot(db) == before


def test_a_crash_at_the_end_leaves_the_roster_unchanged(db, tmp_path: Path, monkeypatch) -> None:
    do_import(db, "targets", write_csv(tmp_path / "a.csv", [HEAD, target_row(1)], "utf-8"))
    before = snapshot(db)

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(roster_import.audit, "record", crash)
    path = write_csv(tmp_path / "b.csv", [HEAD, target_row(1, "D"), target_row(2)], "utf-8")
    with pytest.raises(OSError), db.write() as s:
        roster_import.apply(s, OP, roster_import.check_file(s, "targets", path), deactivate_missing=True)
    assert snapshot(db) == before


_HEADERS = st.sampled_from(sorted({f.header for fields in FIELDS.values() for f in fields} | {"企业名称", "无关列", ""}))
_CELLS = st.one_of(
    st.sampled_from(["", " ", "A", "高风险", "咸宁市公安局", "是", "00123", "长期", "2026-01-05"]),
    st.builds(uscc, st.integers(0, 50)),
    st.sampled_from(["00123", "张三", "重点", "男", "治安大队", "查一；查二"]),
    st.text(max_size=30),
    st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=10),
    st.just("界" * 5000),
)
# Plausible values per field kind, so that many generated files are clean and really get applied.
_PLAUSIBLE = {
    "text": ["咸宁市公安局", "张三", " 某路１号 ", "旅馆业", "甲\u3000乙"], "multiline": ["依据\n第二行", ""],
    "phone": ["13800001111", ""], "code": ["A1", "００７"], "risk": ["A", "低风险", "较高", "Ｄ"],
    "bool": ["是", "否", ""], "gender": ["男", "女", ""], "date": ["2026-01-05", "长期", "", "20260105"],
    "item_kind": ["重点", "一般", ""], "quals": ["治安、消防", ""], "points": ["查一；查二", "查一\n查二", ""],
    "id_number": [""], "info": ["任意"], "target_code": [uscc(1), uscc(2)],
}  # fmt: skip
_KEYS = {"targets": ("code", uscc), "inspectors": ("staff_no", lambda i: f"S{i:03d}"),
         "items": ("code", lambda i: f"I{i}")}


@st.composite
def fuzz_files(draw) -> tuple[str, list[list[str]]]:
    kind = draw(st.sampled_from(["targets", "targets", "inspectors", "items", "conflicts"]))
    if draw(st.booleans()):  # anything at all
        return kind, [draw(st.lists(_HEADERS, max_size=9)), *draw(st.lists(st.lists(_CELLS, max_size=10), max_size=8))]
    fields = [f for f in FIELDS[kind] if f.key in rf_required(kind) or draw(st.booleans())]
    rows = []
    for i in range(draw(st.integers(0, 6))):
        row = [draw(st.sampled_from(_PLAUSIBLE[f.kind] if f.key not in rf_required(kind) else
                                    [v for v in _PLAUSIBLE[f.kind] if v.strip()] or ["x"])) for f in fields]
        if kind in _KEYS:
            key, make = _KEYS[kind]
            row[[f.key for f in fields].index(key)] = make(i + draw(st.integers(0, 3)) * 100)
        elif "staff_no" in [f.key for f in fields]:
            row[[f.key for f in fields].index("staff_no")] = "00123"
        rows.append(row)
    return kind, [[f.header for f in fields], *rows]


def rf_required(kind: str) -> frozenset[str]:
    return required_keys(kind, ("管辖机关", "名称", "唯一编码", "风险分类等级"))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=fuzz_files(), as_xlsx=st.booleans())
def test_no_file_crashes_the_importer_or_half_applies(db, tmp_path_factory, case, as_xlsx) -> None:
    kind, table = case
    if not hasattr(db, "_seeded"):
        seed = tmp_path_factory.mktemp("seed")
        do_import(db, "targets", write_csv(seed / "s.csv", [HEAD, target_row(1), target_row(2)], "utf-8"))
        do_import(db, "inspectors", write_csv(seed / "i.csv", [["姓名", "警号"], ["张三", "00123"]], "utf-8"))
        db._seeded = True
    before = snapshot(db)
    folder = tmp_path_factory.mktemp("fuzz")
    if as_xlsx:
        path = write_xlsx(folder / "f.xlsx", [[ILLEGAL_CHARACTERS_RE.sub("", c) for c in r] for r in table])
    else:
        buf = io.StringIO()
        csv.writer(buf).writerows(table)
        path = folder / "f.csv"
        path.write_bytes(buf.getvalue().encode("utf-8", "surrogatepass"))
    with pytest.raises(RuntimeError), db.write() as s:
        checked = roster_import.check_file(s, kind, path, create_departments=True)
        event(f"{kind}: {'clean' if checked.ok else 'errors'}")
        if checked.ok:
            roster_import.preview(s, checked, create_departments=True)
            roster_import.apply(s, OP, checked, deactivate_missing=True, create_departments=True)
        else:
            with pytest.raises(DomainError):
                roster_import.apply(s, OP, checked)
            roster_import.write_error_report(checked, folder / "r.xlsx")
        raise RuntimeError("roll back")  # every example starts from the same roster
    assert snapshot(db) == before


def test_import_export_on_postgresql(pg_db, tmp_path: Path) -> None:
    with pg_db.write() as s:
        s.add(Department(name="治安大队"))
    do_import(pg_db, "targets", write_xlsx(tmp_path / "t.xlsx", [HEAD, target_row(1), ["咸宁市公安局", "乙", "00123456", "D"]]))
    people = [["姓名", "警号", "身份证号", "所属业务所队", "执法证有效期至", "可任组长"],
              ["张三", "001", id_no(), "治安大队", "2030-01-01", "是"], ["李四", "002", "", "网安大队", "长期", "否"]]
    result = do_import(pg_db, "inspectors", write_csv(tmp_path / "i.csv", people, "gbk"), create_departments=True)
    assert (result.new, result.departments_created) == (2, ("网安大队",))
    do_import(pg_db, "conflicts", write_csv(tmp_path / "c.csv", [["警号", "统一社会信用代码", "截止日期"],
                                                                 ["001", "00123456", "2030-6-1"]], "utf-8"))
    with pg_db.read() as s:
        assert s.scalar(select(Inspector.licence_expiry).where(Inspector.staff_no == "001")) == date(2030, 1, 1)
    for kind in ("targets", "inspectors", "conflicts"):
        out = tmp_path / f"{kind}.xlsx"
        with pg_db.write() as s:
            roster_export.export_file(s, OP, kind, out)
        with pg_db.read() as s:
            preview = roster_import.preview(s, roster_import.check_file(s, kind, out))
        assert (preview.new, preview.changed, preview.missing) == ((), (), ()), kind
    changed = [people[0], ["张三", "001", id_no(), "网安大队", "2031-02-03", "否"]]
    result = do_import(pg_db, "inspectors", write_csv(tmp_path / "i2.csv", changed, "utf-8"), deactivate_missing=True)
    assert (result.changed, result.deactivated) == (1, 1)
    with pg_db.read() as s:
        person = s.scalar(select(Inspector).where(Inspector.staff_no == "001"))
        assert (person.licence_expiry, person.department.name, person.leader_capable) == (date(2031, 2, 3), "网安大队", False)
