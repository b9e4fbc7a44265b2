"""The demo's finished task of the previous year: every step through the services, dates in that year."""

from __future__ import annotations

import argparse
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.engine import Database
from db.models import (
    AnnualPlan,
    Attachment,
    AuditEvent,
    Correction,
    Document,
    Draw,
    DrawWitness,
    InspectionRecord,
    Inspector,
    Objection,
    Publication,
    PublishedResult,
    RecordConfirmation,
    RectificationNotice,
    Target,
    Task,
)
from desktop.commands import print_cmd
from desktop.core import profiles
from desktop.services import audit, demo, settings
from desktop.services.calendar import load_calendar
from desktop.services.context import SYSTEM

THIS_YEAR = date.today().year
LAST_YEAR = THIS_YEAR - 1


def _load(db: Database, profile: str = "xianning") -> demo.DemoSummary:
    with db.write() as s:
        return demo.load_demo(s, SYSTEM, profile=profile)


def _cn(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _text(path: Path) -> str:
    return _flat("".join(page.extract_text() or "" for page in PdfReader(path).pages))


@pytest.mark.parametrize("profile", sorted(profiles.PRESETS))
def test_each_profile_holds_a_finished_task_of_last_year(db: Database, profile: str) -> None:
    summary = _load(db, profile)
    code = summary.ready_task_numbers[0].split("抽查")[0]
    assert summary.history_task_number == f"{code}抽查〔{LAST_YEAR}〕1号"
    with db.read() as s:
        cal = load_calendar(s)
        task = s.scalar(select(Task).where(Task.number == summary.history_task_number))
        assert task is not None and task.state == "published" and task.joint and task.year == LAST_YEAR
        plan = s.scalar(select(AnnualPlan).where(AnnualPlan.year == LAST_YEAR))
        assert plan is not None and plan.state == "published" and task.plan_entry_id is not None
        recs = list(s.scalars(select(InspectionRecord).where(InspectionRecord.task_id == task.id)))
        assert len(recs) == 8 and {r.state for r in recs} == {"published"}
        cats = [c for r in recs for c in r.result_categories]
        assert cats.count("未发现问题") == 6 and len(set(cats)) == 3
        assert set(cats) <= set(settings.get_profile(s).result_categories)
        refused = [r for r in recs if r.target_refused]
        assert len(refused) == 1 and refused[0].refusal_note and not refused[0].target_signed
        assert all(r.notice_given and r.entered_by == "jingban" and r.reviewed_by == "shenpi" for r in recs)
        notice = s.scalar(select(RectificationNotice))
        assert notice is not None and notice.completed_on is not None and notice.doc_number
        correction = s.scalar(select(Correction))
        assert correction is not None and correction.approved_by and correction.doc_number
        objection = s.scalar(select(Objection))
        assert objection is not None and objection.outcome == "upheld" and objection.feedback_doc_number
        pub = s.scalar(select(Publication).where(Publication.task_id == task.id))
        assert pub is not None
        draw = s.scalar(select(Draw).where(Draw.task_id == task.id))
        assert draw is not None and draw.state == "locked" and not draw.rehearsal
        assert [w.digits for w in s.scalars(select(DrawWitness).where(DrawWitness.draw_id == draw.id)
                                            .order_by(DrawWitness.seat))] == ["31415926", "27182818", "16180339"]
        days: list[date] = [task.window_start, task.window_end, pub.published_on, notice.issued_on,
                            notice.completed_on, correction.approved_on, objection.received_on]
        days += [r.inspection_date for r in recs if r.inspection_date] + [r.report_date for r in recs if r.report_date]
        assert objection.reviewed_on and objection.feedback_on
        days += [objection.reviewed_on, objection.feedback_on]
        stamps: list[datetime | None] = [draw.frozen_at, draw.committed_at, draw.revealed_at, draw.locked_at,
                                         plan.published_at]
        stamps += [r.submitted_at for r in recs] + [r.reviewed_at for r in recs]
        stamps += list(s.scalars(select(Document.issued_at).where(Document.task_id == task.id)))
        stamps += list(s.scalars(select(RecordConfirmation.confirmed_at)))
        stamps += list(s.scalars(select(Attachment.added_at)))
        assert all(t is not None for t in stamps)
        days += [t.date() for t in stamps if t is not None]
        assert all(d.year == LAST_YEAR for d in days), sorted(days)
        assert all(cal.is_workday(d) for d in days), [d for d in days if not cal.is_workday(d)]
        assert pub.deadline is None or pub.published_on <= pub.deadline
        assert objection.review_deadline is None or objection.reviewed_on <= objection.review_deadline
        actions = set(s.scalars(select(AuditEvent.action)))
        assert {"plan.publish", "draw.freeze", "draw.commit", "draw.witnesses", "draw.reveal", "draw.compute",
                "draw.lock", "records.open", "record.notice", "record.save", "record.confirm", "record.submit",
                "record.approve", "record.attachment", "rectification.issue", "rectification.complete",
                "publication.publish", "publication.correct", "objection.receive", "objection.decide",
                "objection.feedback", "document.issue"} <= actions
        assert audit.verify_chain(s).ok


def test_print_every_kind_through_the_cli(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    summary = _load(db)
    number = summary.history_task_number
    with db.read() as s:
        task = s.scalar(select(Task).where(Task.number == number))
        notice = s.scalar(select(RectificationNotice))
        correction = s.scalar(select(Correction))
        objection = s.scalar(select(Objection))
        assert task and notice and correction and objection
        rect = s.get(Target, s.scalar(select(InspectionRecord.target_id).where(InspectionRecord.id == notice.record_id)))
        corrected = s.get(PublishedResult, correction.new_result_id)
        disputed = s.get(PublishedResult, objection.result_id)
        pub = s.scalar(select(Publication).where(Publication.task_id == task.id))
        draw = s.scalar(select(Draw).where(Draw.task_id == task.id))
        assert rect and corrected and disputed and pub and draw and draw.locked_at and draw.result_hash
        docs = {d.kind + str(d.target_id or ""): d.doc_number
                for d in s.scalars(select(Document).where(Document.task_id == task.id))}
        codes = list(s.scalars(select(Target.code).join(InspectionRecord, InspectionRecord.target_id == Target.id)
                               .where(InspectionRecord.task_id == task.id)))
        witnesses = list(s.scalars(select(DrawWitness.name).where(DrawWitness.draw_id == draw.id)))
        id_numbers = set(s.scalars(select(Inspector.id_number)))
        plan_title = s.scalar(select(AnnualPlan.title).where(AnnualPlan.year == LAST_YEAR)) or ""
        rect_code, rect_name = rect.code, rect.name
        expected: dict[str, tuple[list[str], list[str]]] = {
            "items": ([], ["随机抽查事项清单", summary.org_name]),
            "plan": ([], [plan_title]),  # the task's year by default
            "announcement": ([], [docs["announcement"], number, rect_name]),
            "draw-record": ([], [number, _cn(draw.locked_at.date()), draw.result_hash[:4], *witnesses]),
            "notice": (["--target", rect_code], [docs[f"notice{rect.id}"], rect_name, rect_code]),
            "record-sheet": (["--target", rect_code], [rect_name, rect_code, _cn(notice.issued_on)]),
            "rectification": (["--target", rect_code], [notice.doc_number, "送达回执", _cn(notice.deadline)]),
            "report": (["--target", rect_code], [rect_name, _cn(notice.issued_on), notice.doc_number]),
            "publication": ([], [number, _cn(pub.published_on), *codes]),
            "correction": (["--target", corrected.target_code],
                           [correction.doc_number, correction.approved_by, corrected.result_text,
                            _cn(correction.approved_on)]),
            "review-feedback": (["--target", disputed.target_code],
                                [objection.feedback_doc_number, "维持", disputed.target_name]),
            "annual-report": (["--year", str(LAST_YEAR)], [f"{LAST_YEAR}年度", "图1", "图2", number]),
        }
    assert set(expected) == set(print_cmd.KINDS) and len(codes) == 8
    parser = argparse.ArgumentParser()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db")
    print_cmd.register(parser.add_subparsers(), common)
    for kind, (extra, needles) in expected.items():
        out = tmp_path / f"{kind}.pdf"
        args = parser.parse_args(["print", kind, "--task", number, *extra, "--out", str(out), "--db", db.url])
        assert print_cmd.run(args) == 0, (kind, capsys.readouterr().err)
        text = _text(out)
        for needle in needles:
            assert _flat(needle) in text, (kind, needle)
        assert not any(n in text for n in id_numbers), kind
    assert "共" in capsys.readouterr().out
