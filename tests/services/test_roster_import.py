"""Roster import and export: encodings, validation, preview, apply with history, round trip, CLI."""

from __future__ import annotations

import argparse
import hashlib
import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from db.models import (
    AuditEvent,
    CheckPoint,
    Conflict,
    Department,
    ImportMapping,
    InspectionItem,
    Inspector,
    ItemVersion,
    Target,
    TargetChange,
)
from desktop.commands import import_cmd
from desktop.core.errors import DomainError
from desktop.core.roster_fields import FIELDS
from desktop.services import roster_export, roster_import
from tests.services.roster_files import (
    HEAD,
    OP,
    check,
    do_import,
    id_no,
    snapshot,
    target_row,
    uscc,
    write_csv,
    write_xlsx,
)

# --- reading ---------------------------------------------------------------------------------


def test_xlsx_codes_stay_text_and_full_width_is_normalised(db, tmp_path: Path) -> None:
    rows = [HEAD, ["咸宁市公安局", "甲", "00123456", "Ａ"], ["咸宁市公安局", "乙", "００１２３４５７", "高风险"],
            ["咸宁市公安局", "丙", 12345678, "较高"]]
    result = do_import(db, "targets", write_xlsx(tmp_path / "t.xlsx", rows))
    assert result.new == 3
    with db.read() as s:
        got = dict(s.execute(select(Target.code, Target.risk_class)).all())
    assert got == {"00123456": "A", "00123457": "D", "12345678": "C"}


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig", "utf-8"])
def test_csv_encodings(db, tmp_path: Path, encoding: str) -> None:
    path = write_csv(tmp_path / "t.csv", [HEAD, target_row(1), target_row(2, "高风险")], encoding)
    checked = check(db, "targets", path)
    assert checked.ok, checked.error_texts()
    assert [r["name"] for r in checked.rows] == ["企业1", "企业2"]
    assert checked.rows[1]["risk_class"] == "D"


def test_unreadable_and_unsupported_files(db, tmp_path: Path) -> None:
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"not a zip")
    assert check(db, "targets", bad).errors[0].message.startswith("无法读取文件")
    other = tmp_path / "x.txt"
    other.write_text("a")
    assert "不支持的文件类型" in check(db, "targets", other).errors[0].message
    empty = write_csv(tmp_path / "e.csv", [[""]], "utf-8")
    assert check(db, "targets", empty).error_texts() == ["文件中没有数据"]
    assert "没有数据行" in check(db, "targets", write_csv(tmp_path / "h.csv", [HEAD], "utf-8")).error_texts()[-1]


# --- validation ------------------------------------------------------------------------------


def test_errors_change_nothing_and_name_row_and_column(db, tmp_path: Path) -> None:
    do_import(db, "targets", write_csv(tmp_path / "a.csv", [HEAD, target_row(1)], "utf-8"))
    before = snapshot(db)
    bad_code = uscc(3)[:17] + ("0" if uscc(3)[17] != "0" else "1")
    rows = [HEAD, target_row(2), target_row(2), [*target_row(3)[:2], bad_code, "X", *target_row(3)[4:]],
            ["", "无管辖", uscc(4), "A", "", "", "", ""]]
    path = write_csv(tmp_path / "b.csv", rows, "utf-8")
    checked = check(db, "targets", path)
    texts = checked.error_texts()
    assert "第3行「统一社会信用代码」：与第2行重复" in texts
    assert any(t.startswith("第4行「统一社会信用代码」：校验位错误（第18位应为「") for t in texts)
    assert any(t.startswith("第4行「风险分类等级」：无法识别") for t in texts)
    assert "第5行「管辖机关」：必填项为空" in texts
    with db.write() as s, pytest.raises(DomainError) as exc:
        roster_import.apply(s, OP, checked)
    assert exc.value.code == "import_has_errors"
    assert snapshot(db) == before
    report = roster_import.write_error_report(checked, tmp_path / "report.xlsx")
    sheet = openpyxl.load_workbook(report)["导入数据"]
    assert sheet.cell(1, 9).value == "错误"
    assert "与第2行重复" in sheet.cell(3, 9).value and sheet.cell(2, 9).value is None
    assert sheet.cell(4, 3).value == bad_code


def test_missing_columns_follow_the_rule_profile(db, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", [["检查对象名称", "统一社会信用代码"], ["甲", uscc(1)]], "utf-8")
    texts = check(db, "targets", path).error_texts()
    assert "第1行「管辖机关」：缺少此必填列（可在导入时手工指定对应列）" in texts


def test_unknown_area_code_is_only_a_warning(db, tmp_path: Path) -> None:
    with db.write() as s:
        s.add(Department(name="治安大队"))
    rows = [["姓名", "警号", "身份证号", "所属业务所队"], ["张三", "001", id_no("99000019900101123"), "治安大队"]]
    path = write_csv(tmp_path / "i.csv", rows, "utf-8")
    checked = check(db, "inspectors", path)
    assert checked.ok and "地区码 990000" in checked.warnings[0].text()
    assert do_import(db, "inspectors", path).new == 1


def test_unknown_department_is_an_error_unless_created(db, tmp_path: Path) -> None:
    with db.write() as s:
        s.add_all([Department(name="治安大队"), Department(name="指挥中心")])
    path = write_csv(tmp_path / "i.csv", [["姓名", "警号", "所属业务所队"], ["张三", "001", "网安大队"]], "utf-8")
    texts = check(db, "inspectors", path).error_texts()
    assert texts == ["第2行「所属业务所队」：未知的业务所队「网安大队」（已有：指挥中心、治安大队；也可选择导入时自动新建）"]
    result = do_import(db, "inspectors", path, create_departments=True)
    assert result.departments_created == ("网安大队",)
    with db.read() as s:
        person = s.scalar(select(Inspector))
        assert person.department.name == "网安大队"


def test_conflicts_need_known_staff_and_targets(db, tmp_path: Path) -> None:
    do_import(db, "targets", write_csv(tmp_path / "t.csv", [HEAD, target_row(1)], "utf-8"))
    do_import(db, "inspectors", write_csv(tmp_path / "i.csv", [["姓名", "警号"], ["张三", "001"]], "utf-8"))
    rows = [["警号", "统一社会信用代码", "回避原因", "截止日期"], ["001", uscc(1), "亲属", "2099-12-31"],
            ["002", uscc(2), "", ""]]
    texts = check(db, "conflicts", write_csv(tmp_path / "c.csv", rows, "utf-8")).error_texts()
    assert texts == ["第3行「警号」：警号「002」不在执法检查人员名录中", f"第3行「统一社会信用代码」：「{uscc(2)}」不在检查对象名录中"]
    assert do_import(db, "conflicts", write_csv(tmp_path / "c2.csv", rows[:2], "utf-8")).new == 1
    with db.read() as s:
        c = s.scalar(select(Conflict))
        assert (c.reason, c.end_date, c.active) == ("亲属", date(2099, 12, 31), True)


# --- preview and apply -----------------------------------------------------------------------


def test_preview_counts_and_apply_history(db, tmp_path: Path) -> None:
    do_import(db, "targets", write_csv(tmp_path / "a.csv", [HEAD, *(target_row(n) for n in range(1, 5))], "utf-8"))
    rows = [HEAD, target_row(1), target_row(2, "高风险"), target_row(3, name="新名称"), target_row(9)]
    path = write_csv(tmp_path / "b.csv", rows, "utf-8")
    with db.read() as s:
        preview = roster_import.preview(s, roster_import.check_file(s, "targets", path))
    assert (len(preview.new), len(preview.changed), len(preview.missing)) == (1, 2, 1)
    assert preview.new[0] == (uscc(9), "企业9") and preview.missing[0][0] == uscc(4)
    changes = {row.key: row.changes for row in preview.changed}
    assert [(c.column, c.old, c.new) for c in changes[uscc(2)]] == [("风险分类等级", "一般风险", "高风险")]
    result = do_import(db, "targets", path, deactivate_missing=True)
    assert (result.new, result.changed, result.deactivated) == (1, 2, 1)
    with db.read() as s:
        hist = s.execute(select(TargetChange.field, TargetChange.old_value, TargetChange.new_value,
                                TargetChange.reason, TargetChange.changed_by).order_by(TargetChange.id)).all()
        assert set(hist) == {("risk_class", "B", "D", "导入：b.csv", "op"), ("name", "企业3", "新名称", "导入：b.csv", "op"),
                             ("active", "在用", "停用", "导入：b.csv", "op")}
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "roster.import")).all()
        details = json.loads(events[-1].details)
        assert len(events) == 2 and details["new"] == 1 and details["changed"] == 2 and details["deactivated"] == 1
        assert details["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest() and details["file"] == "b.csv"
        assert not s.scalar(select(Target.active).where(Target.code == uscc(4)))
    again = do_import(db, "targets", write_csv(tmp_path / "c.csv", [HEAD, target_row(4)], "utf-8"))
    assert again.changed == 1  # a row back in the file is reactivated


def test_mapping_is_remembered(db, tmp_path: Path) -> None:
    rows = [["单位名称", "单位代码"], ["甲", uscc(1)]]
    path = write_csv(tmp_path / "m.csv", rows, "utf-8")
    with db.write() as s:
        s.add(_xianning_off())
    with db.write() as s:
        checked = roster_import.check_file(s, "targets", path, mapping={"单位名称": "检查对象名称", "单位代码": "统一社会信用代码"})
        assert checked.ok, checked.error_texts()
        roster_import.apply(s, OP, checked)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ImportMapping)) == 1
        again = roster_import.check_file(s, "targets", write_csv(tmp_path / "n.csv", [*rows, ["乙", uscc(2)]], "utf-8"))
    assert again.ok and again.columns == ["name", "code"]


def _xianning_off():
    """A rule profile that only requires name and code (the Quzhou preset)."""
    from db.models import Setting
    from desktop.core.profiles import PRESETS, profile_to_dict

    return Setting(key="rule_profile", value=profile_to_dict(PRESETS["quzhou"]))


def test_items_import_versions_and_check_points(db, tmp_path: Path) -> None:
    head = ["编号", "事项名称", "事项类别", "检查要点", "检查依据"]
    do_import(db, "items", write_xlsx(tmp_path / "a.xlsx", [head, ["001", "旅馆业", "重点", "查登记\n查消防", "《条例》"]]))
    result = do_import(db, "items", write_xlsx(tmp_path / "b.xlsx", [head, ["001", "旅馆业", "重点", "查登记；查监控", "《条例》"]]))
    assert result.changed == 1
    with db.read() as s:
        item = s.scalar(select(InspectionItem))
        assert item.version == 2
        points = s.scalars(select(CheckPoint).order_by(CheckPoint.seq)).all()
        assert [(p.content, p.active) for p in points] == [("查登记", False), ("查消防", False), ("查登记", True),
                                                          ("查监控", True)]
        versions = s.scalars(select(ItemVersion).order_by(ItemVersion.version)).all()
        assert [v.version for v in versions] == [1, 2] and versions[1].reason == "导入：b.xlsx"
        assert [p["content"] for p in versions[1].snapshot["check_points"]] == ["查登记", "查监控"]


# --- export, round trip, templates, CLI ------------------------------------------------------


def test_export_import_round_trip_changes_nothing(db, tmp_path: Path) -> None:
    with db.write() as s:
        s.add(Department(name="治安大队"))
    do_import(db, "targets", write_csv(tmp_path / "t.csv", [HEAD, target_row(1, "A"), target_row(2, "D")], "utf-8"))
    people = [["姓名", "警号", "身份证号", "性别", "所属业务所队", "联系方式", "执法证有效期至", "执法资格", "可任组长"],
              ["张三", "001", id_no(), "男", "治安大队", "13800001111", "2030-01-01", "治安、消防", "是"],
              ["李四", "002", "", "", "", "", "长期", "", "否"]]
    do_import(db, "inspectors", write_csv(tmp_path / "i.csv", people, "utf-8"))
    do_import(db, "items", write_xlsx(tmp_path / "it.xlsx", [["编号", "事项名称", "检查要点"], ["01", "甲", "查一；查二"],
                                                              ["02", "乙", "一条；含分号"]]))
    with db.write() as s:
        roster_import.apply(s, OP, roster_import.check_file(s, "items", write_xlsx(
            tmp_path / "it2.xlsx", [["编号", "事项名称", "检查要点"], ["01", "甲", "查一；查二"], ["02", "乙", "一条；含分号\n"]])))
    do_import(db, "conflicts", write_csv(tmp_path / "c.csv", [["警号", "统一社会信用代码", "回避原因"], ["001", uscc(1), "亲属"]], "utf-8"))
    for kind in ("targets", "inspectors", "items", "conflicts"):
        out = tmp_path / f"{kind}.xlsx"
        with db.write() as s:
            roster_export.export_file(s, OP, kind, out)
        with db.read() as s:
            preview = roster_import.preview(s, roster_import.check_file(s, kind, out))
        assert (preview.new, preview.changed, preview.missing) == ((), (), ()), kind
    sheet = openpyxl.load_workbook(tmp_path / "inspectors.xlsx").active
    assert sheet.cell(2, 2).value == "110***********" + id_no()[-4:]


def test_templates_are_up_to_date(tmp_path: Path) -> None:
    for kind, name in roster_export.TEMPLATE_NAMES.items():
        fresh = roster_export.write_template(kind, tmp_path / name)
        bundled = roster_export.template_path(kind)
        assert fresh.read_bytes() == bundled.read_bytes(), f"run scripts/make_templates.py ({name})"
        sheet = openpyxl.load_workbook(fresh).worksheets[0]
        assert [c.value for c in sheet[1]] == [f.header for f in FIELDS[kind]]
        assert sheet.cell(1, 1).font.b


def _cli(db, capsys, *argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=db.url)
    import_cmd.register(parser.add_subparsers(), common)
    args = parser.parse_args(list(argv))
    code = args.handler(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_import_errors_dry_run_and_export(db, tmp_path: Path, capsys) -> None:
    bad = write_csv(tmp_path / "bad.csv", [HEAD, target_row(1), target_row(1)], "gbk")
    code, _, err = _cli(db, capsys, "import", "targets", str(bad), "--error-report", str(tmp_path / "r.xlsx"))
    assert code == 2 and "第3行「统一社会信用代码」：与第2行重复" in err and (tmp_path / "r.xlsx").exists()
    good = write_csv(tmp_path / "good.csv", [HEAD, target_row(1)], "gbk")
    code, out, _ = _cli(db, capsys, "import", "targets", str(good), "--dry-run")
    assert code == 0 and "新增 1" in out and snapshot(db)[0] == (0, 0, 0, 0, 0)
    code, out, _ = _cli(db, capsys, "import", "targets", str(good))
    assert code == 0 and "导入完成：新增 1" in out
    code, out, _ = _cli(db, capsys, "export", "targets", str(tmp_path / "out.xlsx"))
    assert code == 0 and "已导出 1 行" in out


# --- robustness ------------------------------------------------------------------------------

