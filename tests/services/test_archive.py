"""归档: the package verifies, tampering is named, cancel and errors leave nothing; retention refuses deletion."""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from db.engine import Database
from db.models import Attachment, AuditEvent, Inspector, Task
from desktop.commands import archive_cmd
from desktop.core.errors import DomainError
from desktop.core.progress import Cancelled
from desktop.services import archive, demo, publications, records, records_review, retention
from desktop.services.context import SYSTEM, Actor
from tests.services.builders import APPROVER, OPERATOR
from tests.services.record_builders import approve_all, draft, drawn_task

ROOT = Path(__file__).resolve().parents[2]
ADMIN = Actor("admin", "管理员", frozenset({"admin"}))


def _demo(db: Database) -> tuple[int, str]:
    with db.write() as s:
        number = demo.load_demo(s, SYSTEM, profile="xianning").history_task_number
        task = s.scalar(select(Task).where(Task.number == number))
        assert task is not None
        return task.id, number


def _create(db: Database, task_id: int, dest: Path, **kw: object) -> archive.ArchiveResult:
    with db.write() as s:
        return archive.create_archive(s, ADMIN, task_id, dest, **kw)  # type: ignore[arg-type]


def _cli() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS)
    archive_cmd.register(parser.add_subparsers(), common)
    return parser


def test_folder_archive_verifies_and_names_what_differs(db: Database, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    task_id, number = _demo(db)
    dest = tmp_path / "out" / "archive"
    result = _create(db, task_id, dest)
    assert result.path == dest and result.task_number == number
    manifest = json.loads((dest / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["task"] == number and manifest["app_version"] and manifest["created_at"]
    paths = {f["path"] for f in manifest["files"]}
    assert len(paths) == result.files
    for f in manifest["files"]:
        data = (dest / f["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == f["sha256"] and len(data) == f["size"]
    for expected in ("01_抽查任务公告.pdf", "02_摇号抽取记录_第1次.pdf", "03_摇号公开包/draw.json",
                     "03_摇号公开包/sr1_verify.py", "08_检查结果公示表.pdf", "08_检查结果公示表.xlsx", "records.json"):
        assert expected in paths
    for folder, count in (("04_检查告知书", 8), ("05_抽查情况记录表", 8), ("06_责令整改通知书", 1), ("07_检查报告", 8),
                          ("09_更正说明", 1), ("10_复核结果反馈", 1), ("11_附件", 2)):
        assert sum(p.startswith(folder + "/") for p in paths) == count, folder
    with db.read() as s:
        stored = {a.sha256 for a in s.scalars(select(Attachment))}
        id_numbers = set(s.scalars(select(Inspector.id_number)))
        events = s.scalars(select(AuditEvent.details).where(AuditEvent.action == "archive.create")).all()
    assert {f["sha256"] for f in manifest["files"] if f["path"].startswith("11_附件/")} == stored
    records_json = (dest / "records.json").read_text(encoding="utf-8")
    assert len(json.loads(records_json)["records"]) == 8 and not any(n in records_json for n in id_numbers)
    assert len(events) == 1 and result.manifest_sha256 in events[0]
    assert not [p for p in dest.parent.iterdir() if p.name.startswith(".")]  # no staging left

    report = archive.verify_archive(dest)
    assert report.ok and report.task_number == number and report.files == result.files
    sheet = sorted(p for p in paths if p.startswith("05_"))[0]
    raw = bytearray((dest / sheet).read_bytes())
    raw[len(raw) // 2] ^= 0x01
    (dest / sheet).write_bytes(bytes(raw))
    (dest / "01_抽查任务公告.pdf").unlink()
    (dest / "notes.txt").write_text("extra", encoding="utf-8")
    report = archive.verify_archive(dest)
    assert not report.ok
    assert (report.changed, report.missing, report.extra) == ((sheet,), ("01_抽查任务公告.pdf",), ("notes.txt",))
    assert archive_cmd.run_verify(_cli().parse_args(["archive", "verify", str(dest)])) == 1
    err = capsys.readouterr().err
    assert sheet in err and "01_抽查任务公告.pdf" in err and "notes.txt" in err
    (dest / "manifest.json").unlink()
    assert archive.verify_archive(dest).error == "manifest_missing"


def test_zip_through_the_cli(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _task_id, number = _demo(db)
    out = tmp_path / "a.zip"
    parser = _cli()
    args = parser.parse_args(["archive", "create", "--task", number, "--out", str(out), "--db", db.url])
    assert args.handler(args) == 0
    assert "已生成归档包" in capsys.readouterr().out
    assert args.handler(args) == 2  # the zip exists now
    assert "archive_exists" in capsys.readouterr().err
    verify = parser.parse_args(["archive", "verify", str(out)])
    assert verify.handler(verify) == 0
    with zipfile.ZipFile(out) as z:
        entries = {i.filename: z.read(i.filename) for i in z.infolist()}
    changed = next(name for name in entries if name.startswith("07_检查报告/"))
    entries[changed] = entries[changed] + b"%"
    tampered = tmp_path / "b.zip"
    with zipfile.ZipFile(tampered, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    assert verify.handler(parser.parse_args(["archive", "verify", str(tampered)])) == 1
    assert changed in capsys.readouterr().err
    missing = parser.parse_args(["archive", "verify", str(tmp_path / "none.zip")])
    assert missing.handler(missing) == 2


class _CancelAfter:
    def __init__(self, reports: int) -> None:
        self.left = reports

    def report(self, done: int, total: int, text: str = "") -> None:
        self.left -= 1

    def cancelled(self) -> bool:
        return self.left <= 0


def test_cancel_corruption_and_existing_destination_leave_nothing(db: Database, tmp_path: Path) -> None:
    task_id, _number = _demo(db)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        _create(db, task_id, out / "a.zip", progress=_CancelAfter(5))
    with db.write() as s:  # the stored bytes no longer match their SHA-256
        s.execute(update(Attachment).where(Attachment.id == s.scalar(select(func.min(Attachment.id))))
                  .values(data=b"tampered"))
    with pytest.raises(DomainError) as err:
        _create(db, task_id, out / "b")
    assert err.value.code == "attachment_corrupt"
    assert list(out.iterdir()) == []
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "archive.create")) == 0
    (out / "full").mkdir()
    (out / "full" / "x.txt").write_text("x", encoding="utf-8")
    with pytest.raises(DomainError) as err:
        _create(db, task_id, out / "full")
    assert err.value.code == "archive_exists"
    with pytest.raises(DomainError) as err, db.write() as s:
        archive.create_archive(s, Actor("audit", "监督", frozenset({"auditor"})), task_id, out / "c")
    assert err.value.code == "forbidden"


def _attachment(db: Database, profile: str, publish: bool = False) -> int:
    d = drawn_task(db, profile=profile, drawn=1)
    if publish:
        approve_all(db, d)
        with db.write() as s:
            publications.publish(s, APPROVER, d.task_id, date(2026, 9, 30))
    else:
        with db.write() as s:
            records.save_record(s, OPERATOR, d.record_ids[0], draft(d.points))
    with db.write() as s:
        return records_review.add_attachment(s, OPERATOR, d.record_ids[0], "照片.jpg", b"\xff\xd8photo", "image/jpeg").id


def _remove(db: Database, attachment_id: int, today: date, reason: str = "误传的照片") -> None:
    with db.write() as s:
        retention.remove_attachment(s, OPERATOR, attachment_id, reason, today=today)


def test_retention_refuses_until_the_period_is_over(db: Database) -> None:
    attachment_id = _attachment(db, "quzhou")  # 衢州: at least two years; the task ended 2026-09-28
    with pytest.raises(DomainError) as err:
        _remove(db, attachment_id, date(2028, 9, 27))
    assert err.value.code == "retention_locked" and err.value.params["until"] == "2028-09-28"
    with pytest.raises(DomainError) as err:
        _remove(db, attachment_id, date(2028, 9, 28), reason=" ")
    assert err.value.code == "reason_required"
    _remove(db, attachment_id, date(2028, 9, 28))
    with db.read() as s:
        assert s.get(Attachment, attachment_id) is None
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "record.attachment_remove"))
        assert event is not None and "误传的照片" in event.details and "照片.jpg" in event.details


def test_retention_published_and_unlimited(db: Database, tmp_path: Path) -> None:
    from db.engine import open_database

    published = _attachment(db, "quzhou", publish=True)
    with pytest.raises(DomainError) as err:
        _remove(db, published, date(2040, 1, 1))
    assert err.value.code == "retention_published"
    other = open_database(str(tmp_path / "xianning.sqlite3"))
    try:
        kept = _attachment(other, "xianning")  # 咸宁: per the archive rules, never deleted here
        with pytest.raises(DomainError) as err:
            _remove(other, kept, date(2040, 1, 1))
        assert err.value.code == "retention_unlimited"
    finally:
        other.dispose()


_PROTECTED = {"InspectionRecord", "Attachment", "RecordFinding", "RectificationNotice", "Publication",
              "PublishedResult", "Correction", "Objection"}
_TABLES = re.compile(r"(DELETE\s+FROM|TRUNCATE)\s+\"?(inspection_records|attachments|record_findings|"
                     r"rectification_notices|publications|published_results|corrections|objections)\b", re.I)


def test_no_other_service_deletes_records_or_attachments() -> None:
    offenders: list[str] = []
    for path in sorted((ROOT / "desktop" / "services").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        imported = {a.asname or a.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                    and node.module == "db.models" for a in node.names} & _PROTECTED
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            fn = node.func
            if isinstance(fn, ast.Name) and fn.id == "delete" and node.args and \
                    isinstance(node.args[0], ast.Name) and node.args[0].id in _PROTECTED:
                offenders.append(f"{path.name}:{node.lineno} delete({node.args[0].id})")
            elif isinstance(fn, ast.Attribute) and fn.attr == "delete" and imported and path.name != "retention.py":
                offenders.append(f"{path.name}:{node.lineno} .delete() beside {sorted(imported)}")
        offenders += [f"{path.name}: {m.group(0)}" for m in _TABLES.finditer(text)]
    assert offenders == []
