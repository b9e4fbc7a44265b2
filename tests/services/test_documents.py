"""Printing services: data from the database, 文号 once per document, Document rows, audit, refusals, CLI."""

from __future__ import annotations

import argparse
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from db.models import (
    AnnualPlan,
    AuditEvent,
    CheckPoint,
    Correction,
    Document,
    DrawSelection,
    InspectionItem,
    InspectionRecord,
    Objection,
    PlanEntry,
    Publication,
    PublishedResult,
    RecordFinding,
    RectificationNotice,
    Target,
    Task,
)
from desktop.commands import print_cmd
from desktop.core.errors import DomainError
from desktop.core.identifiers import id_check_char
from desktop.services import audit, draws
from desktop.services import documents_lists as lists
from desktop.services import documents_records as recs
from desktop.services import documents_results as results
from tests.services.builders import OPERATOR, make_bureau

ID_NUMBER = "42120119850312123" + id_check_char("42120119850312123")
WITNESSES = [draws.WitnessEntry("王见证", "人大代表", "31415926"), draws.WitnessEntry("李见证", "纪检", "27182818")]


def _flat(text: str) -> str:
    """Text without whitespace: table cells wrap wherever the column ends."""
    return re.sub(r"\s+", "", text)


def _text(path: Path) -> str:
    return _flat("".join(page.extract_text() or "" for page in PdfReader(path).pages))


def _pages(path: Path) -> int:
    return len(PdfReader(path).pages)


def _drawn_task(db) -> tuple[int, int]:
    """A bureau whose item has three check points, and its task drawn and locked."""
    task_id = make_bureau(db)
    with db.write() as s:
        item = s.scalar(select(InspectionItem))
        s.add_all([CheckPoint(item_id=item.id, seq=k, content=f"检查内容{k}：是否落实住宿登记制度",
                              guidance="查阅登记簿") for k in (1, 2, 3)])
    with db.write() as s:
        draw_id, _ = draws.freeze(s, OPERATOR, task_id)
    for step in (draws.commit, lambda s, a, d: draws.set_witnesses(s, a, d, WITNESSES), draws.reveal,
                 draws.compute, draws.lock):
        with db.write() as s:
            step(s, OPERATOR, draw_id)
    return task_id, draw_id


def _drawn_ids(db, draw_id: int) -> list[int]:
    with db.read() as s:
        return list(s.scalars(select(DrawSelection.target_id).where(
            DrawSelection.draw_id == draw_id, DrawSelection.status == "drawn").order_by(DrawSelection.position)))


def _record(db, task_id: int, target_id: int, state: str = "approved") -> int:
    """A filled record (first check point not compliant) straight into the tables."""
    with db.write() as s:
        rec = InspectionRecord(task_id=task_id, target_id=target_id, state=state, inspection_date=date(2026, 12, 3),
                               methods=["实地核查"], result_categories=["发现问题经责令已改正"], disposals=["责令改正"],
                               follow_up="限期整改", target_signed=True, review_opinion="同意", reviewed_by="boss")
        s.add(rec)
        s.flush()
        for k, cp in enumerate(s.scalars(select(CheckPoint).order_by(CheckPoint.seq)), start=1):
            s.add(RecordFinding(record_id=rec.id, check_point_id=cp.id, seq=k, compliant=k != 1,
                                finding="未登记访客信息" if k == 1 else "", disposal="当场责令改正" if k == 1 else ""))
        return rec.id


def _publish(db, task_id: int, record_ids: list[int]) -> list[int]:
    with db.write() as s:
        pub = Publication(task_id=task_id, published_on=date(2026, 12, 28), published_by="boss")
        s.add(pub)
        s.flush()
        ids = []
        for rid in record_ids:
            rec = s.get(InspectionRecord, rid)
            target = s.get(Target, rec.target_id)
            rec.state = "published"
            row = PublishedResult(publication_id=pub.id, record_id=rid, version=1, target_name=target.name,
                                  target_code=target.code, completed_on=date(2026, 12, 3),
                                  result_text="发现问题经责令已改正", remarks=f"负责人身份证号{ID_NUMBER}")
            s.add(row)
            s.flush()
            ids.append(row.id)
        return ids


def test_items_plan_and_draw_record(db, tmp_path: Path) -> None:
    task_id, draw_id = _drawn_task(db)
    with db.write() as s:
        plan = AnnualPlan(year=2026, title="咸宁市公安局2026年度抽查计划", state="published",
                          uncovered_reasons={"XN-009": "列入下年度"})
        s.add(plan)
        s.flush()
        entry = PlanEntry(plan_id=plan.id, seq=1, name="旅馆业抽查", window_start=date(2026, 3, 1),
                          window_end=date(2026, 5, 31), quotas={"A": {"ratio": "1/20"}, "C": {"count": "2"}})
        entry.items = [s.scalar(select(InspectionItem))]
        s.add(entry)
    with db.write() as s:
        items = lists.print_items(s, OPERATOR, tmp_path / "items.pdf", excel_out=tmp_path / "items.xlsx")
        plan_res = lists.print_plan(s, OPERATOR, 2026, tmp_path / "plan.pdf")
        record = lists.print_draw_record(s, OPERATOR, draw_id, tmp_path / "draw.pdf")
        task = s.get(Task, task_id)
        result_hash = s.scalar(select(func.max(AuditEvent.id))) and task.number
    assert items.pages >= 1 and "旅馆业治安管理检查" in _text(items.path) and (tmp_path / "items.xlsx").exists()
    text = _text(plan_res.path)
    assert "旅馆业抽查" in text and "A类1/20" in text and "列入下年度" in text
    text = _text(record.path)
    with db.read() as s:
        from db.models import Draw
        rh = s.get(Draw, draw_id).result_hash
    fp = rh[:16]
    assert result_hash in text and "王见证" in text and "31415926" in text
    for n, page in enumerate(PdfReader(record.path).pages, start=1):
        page_text = _flat(page.extract_text())
        assert fp in page_text and f"第{n}页共{record.pages}页" in page_text


def test_announcement_gets_one_number_and_reprints_identically(db, tmp_path: Path) -> None:
    task_id, draw_id = _drawn_task(db)
    with db.write() as s:
        first = lists.print_announcement(s, OPERATOR, task_id, tmp_path / "a1.pdf")
    with db.write() as s:
        again = lists.print_announcement(s, OPERATOR, task_id, tmp_path / "a2.pdf")
        docs_rows = list(s.scalars(select(Document).where(Document.kind == "announcement")))
        names = [s.get(Target, t).name for t in _drawn_ids(db, draw_id)]
        assert audit.verify_chain(s).ok
        prints = s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "document.print"))
    assert first.doc_number == again.doc_number == "咸公抽告字〔2026〕1号"
    assert first.sha256 == again.sha256 == docs_rows[0].sha256 and len(docs_rows) == 1
    assert prints == 2
    text = _text(first.path)
    assert "咸公抽告字〔2026〕1号" in text and all(n in text for n in names)


def test_notice_record_sheets_and_report(db, tmp_path: Path) -> None:
    task_id, draw_id = _drawn_task(db)
    drawn = _drawn_ids(db, draw_id)
    with db.write() as s:
        notice = recs.print_notice(s, OPERATOR, task_id, drawn[0], tmp_path / "notice.pdf")
        second = recs.print_notice(s, OPERATOR, task_id, drawn[1], tmp_path / "notice2.pdf")
    assert notice.doc_number == "咸公告字〔2026〕1号" and second.doc_number == "咸公告字〔2026〕2号"
    with db.write() as s:
        batch = recs.print_record_sheets(s, OPERATOR, task_id, tmp_path / "sheets.pdf")
        names = [s.get(Target, t).name for t in drawn]
    text = _text(batch.path)
    assert batch.pages >= len(drawn) and all(n in text for n in names)
    assert "检查内容3：是否落实住宿登记制度" in text and "未登记访客信息" not in text
    with pytest.raises(DomainError) as err, db.write() as s:
        recs.print_record_sheets(s, OPERATOR, task_id, tmp_path / "x.pdf", target_id=drawn[0], mode="completed")
    assert err.value.code == "record_not_entered"
    with pytest.raises(DomainError) as err, db.write() as s:
        recs.print_report(s, OPERATOR, task_id, drawn[0], tmp_path / "x.pdf")
    assert err.value.code == "record_not_submitted"
    _record(db, task_id, drawn[0])
    with db.write() as s:
        done = recs.print_record_sheets(s, OPERATOR, task_id, tmp_path / "one.pdf", target_id=drawn[0])
        report = recs.print_report(s, OPERATOR, task_id, drawn[0], tmp_path / "report.pdf")
        blank = recs.print_record_sheets(s, OPERATOR, None, tmp_path / "blank.pdf", mode="blank")
    assert "未登记访客信息" in _text(done.path) and "当场责令改正" in _text(report.path)
    assert "空白表" in _text(blank.path)


def test_rectification_correction_and_feedback(db, tmp_path: Path) -> None:
    task_id, draw_id = _drawn_task(db)
    drawn = _drawn_ids(db, draw_id)
    rec_id = _record(db, task_id, drawn[0])
    other = _record(db, task_id, drawn[1])
    with db.write() as s:
        s.add(RectificationNotice(record_id=rec_id, issued_on=date(2026, 12, 5), deadline=date(2026, 12, 20),
                                  facts="未如实登记旅客身份信息", basis="《旅馆业治安管理办法》第六条",
                                  requirement="立即补录"))
    with db.write() as s:
        nid = recs.latest_rectification(s, task_id, drawn[0])
        rect = recs.print_rectification(s, OPERATOR, nid, tmp_path / "rect.pdf")
        assert s.get(RectificationNotice, nid).doc_number == rect.doc_number == "咸公责改字〔2026〕1号"
    assert rect.pages >= 2 and "送达回执" in PdfReader(rect.path).pages[-1].extract_text()
    result_ids = _publish(db, task_id, [rec_id, other])
    with db.write() as s:
        old = s.get(PublishedResult, result_ids[0])
        new = PublishedResult(publication_id=old.publication_id, record_id=rec_id, version=2,
                              target_name=old.target_name, target_code=old.target_code,
                              completed_on=old.completed_on, result_text="未发现问题")
        s.add(new)
        s.flush()
        obj = Objection(result_id=old.id, received_on=date(2027, 1, 2), content="对结果有异议",
                        reviewed_on=date(2027, 1, 8), outcome="corrected", review_note="经复核予以更正")
        s.add(obj)
        s.flush()
        corr = Correction(old_result_id=old.id, new_result_id=new.id, reason="录入错误", requested_by="op",
                          approved_by="局长甲", approved_on=date(2027, 1, 9), objection_id=obj.id)
        s.add(corr)
        s.flush()
        ids = corr.id, obj.id
    with db.write() as s:
        pub = results.print_publication(s, OPERATOR, task_id, tmp_path / "pub.pdf", excel_out=tmp_path / "pub.xlsx")
        c1 = results.print_correction(s, OPERATOR, ids[0], tmp_path / "corr.pdf")
        c2 = results.print_correction(s, OPERATOR, ids[0], tmp_path / "corr2.pdf")
        fb = results.print_review_feedback(s, OPERATOR, ids[1], tmp_path / "fb.pdf")
        assert s.get(Objection, ids[1]).feedback_doc_number == fb.doc_number
    assert c1.doc_number == c2.doc_number == "咸公更正字〔2027〕1号" and fb.doc_number == "咸公复核字〔2027〕1号"
    pub_text = _text(pub.path)
    assert "未发现问题" in pub_text and "发现问题经责令已改正" in pub_text  # latest versions of both
    for path in (pub.path, c1.path, fb.path):
        assert ID_NUMBER not in _text(path)
    assert "421***********" in pub_text
    from openpyxl import load_workbook
    ws = load_workbook(tmp_path / "pub.xlsx").active
    assert [c.value for c in ws[1]] == ["抽查任务编号", "名称", "检查机关", "对象名称", "统一社会信用代码",
                                        "检查完成日期", "检查结果", "备注"]
    assert ws.max_row == 3 and all(ID_NUMBER not in str(c.value) for row in ws.iter_rows() for c in row)


def test_refusals_are_domain_errors(db, tmp_path: Path) -> None:
    task_id = make_bureau(db)
    out = tmp_path / "x.pdf"
    cases = [
        (lambda s: results.print_publication(s, OPERATOR, task_id, out), "publication_not_found"),
        (lambda s: recs.print_record_sheets(s, OPERATOR, task_id, out), "task_not_drawn"),
        (lambda s: recs.print_notice(s, OPERATOR, task_id, 1, out), "task_not_drawn"),
        (lambda s: lists.print_plan(s, OPERATOR, 2031, out), "plan_not_found"),
        (lambda s: lists.latest_draw(s, task_id), "draw_not_found"),
        (lambda s: results.print_review_feedback(s, OPERATOR, 99, out), "objection_not_found"),
    ]
    for call, code in cases:
        with pytest.raises(DomainError) as err, db.write() as s:
            call(s)
        assert err.value.code == code


def test_annual_report(db, tmp_path: Path) -> None:
    task_id, draw_id = _drawn_task(db)
    drawn = _drawn_ids(db, draw_id)
    _publish(db, task_id, [_record(db, task_id, t) for t in drawn[:3]])
    with db.write() as s:
        res = results.print_annual_report(s, OPERATOR, 2026, tmp_path / "annual.pdf", on=date(2027, 2, 20))
    text = _text(res.path)
    assert "2026年度" in text and f"随机抽取检查对象{len(drawn)}户" in text and "已完成检查并公示3户" in text
    assert "图1" in text and "图2" in text


def test_cli_print(db, tmp_path: Path, capsys) -> None:
    task_id, _draw = _drawn_task(db)
    with db.read() as s:
        number = s.get(Task, task_id).number
    parser = argparse.ArgumentParser()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db")
    print_cmd.register(parser.add_subparsers(), common)
    out = tmp_path / "draw.pdf"
    args = parser.parse_args(["print", "draw-record", "--task", number, "--out", str(out), "--db", db.url])
    assert print_cmd.run(args) == 0
    assert "共" in capsys.readouterr().out and _pages(out) >= 1
    args = parser.parse_args(["print", "report", "--task", number, "--target", "nope", "--out", str(out),
                              "--db", db.url])
    assert print_cmd.run(args) == 2
    assert "target_not_found" in capsys.readouterr().err


def test_reprint_of_changed_data_is_flagged(db, tmp_path: Path) -> None:
    task_id, draw_id = _drawn_task(db)
    target_id = _drawn_ids(db, draw_id)[0]
    with db.write() as s:
        recs.print_notice(s, OPERATOR, task_id, target_id, tmp_path / "n1.pdf")
    with db.write() as s:
        s.get(Target, target_id).name = "改名后的宾馆"
    with db.write() as s:
        again = recs.print_notice(s, OPERATOR, task_id, target_id, tmp_path / "n2.pdf")
        last = s.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1))
    assert again.doc_number == "咸公告字〔2026〕1号" and "reprint_differs_from" in last.details
    assert re.search("改名后的宾馆", _text(again.path))
