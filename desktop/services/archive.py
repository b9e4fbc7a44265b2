"""归档: a task's archive package (documents printed fresh, draw package, attachments, records, manifest) and its check."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Attachment, InspectionRecord, Target, Task
from desktop import __version__
from desktop.core import roles
from desktop.core.errors import DomainError
from desktop.core.progress import NullProgress, Progress, check_cancel
from desktop.services import audit, draw_export, records_review, settings, teams
from desktop.services.archive_records import task_json
from desktop.services.context import Actor
from desktop.services.documents import PrintResult
from desktop.services.task_documents import print_task_document, safe_name, task_documents

__all__ = ["MANIFEST_NAME", "ArchiveReport", "ArchiveResult", "create_archive", "suggested_name", "verify_archive"]

MANIFEST_NAME = "manifest.json"
RECORDS_NAME = "records.json"
FORMAT = "shuangsuiji-archive"
FORMAT_VERSION = 1

Writer = Callable[[Path], object]


@dataclass(frozen=True)
class ArchiveResult:
    """A written archive: where, how many files (manifest excluded), their size, font warnings of the PDFs."""

    path: Path
    task_number: str
    files: int
    size: int
    manifest_sha256: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArchiveReport:
    """The check of an archive against its manifest; `ok` when nothing is missing, extra or changed."""

    path: Path
    ok: bool
    task_number: str = ""
    created_at: str = ""
    app_version: str = ""
    files: int = 0
    missing: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    error: str = ""  # manifest_missing / manifest_invalid


def suggested_name(task_number: str) -> str:
    """The archive's default folder / zip name for a task."""
    return safe_name(f"{task_number}归档")


def _jobs(session: Session, actor: Actor, task: Task) -> list[tuple[str, Writer]]:
    """Every document of the task printed fresh, and the draw's publication package beside them."""
    jobs: list[tuple[str, Writer]] = [
        (d.path, partial(print_task_document, session, actor, task.id, d, with_excel=True))
        for d in task_documents(session, task.id)]
    locked = teams.locked_draw(session, task.id)
    if locked is not None:
        package: tuple[str, Writer] = ("03_摇号公开包", partial(draw_export.export_package, session, locked.id))
        jobs.insert(sum(1 for rel, _w in jobs if rel < "03"), package)
    return jobs


def _attachment_jobs(session: Session, task: Task, paths: dict[int, str]) -> list[tuple[str, Writer]]:
    """Each attachment, re-checked against its stored SHA-256 as it is written (a mismatch stops the archive)."""
    jobs: list[tuple[str, Writer]] = []
    rows = session.execute(select(Attachment.id, Attachment.filename, Target.code)
                           .join(InspectionRecord, InspectionRecord.id == Attachment.record_id)
                           .join(Target, Target.id == InspectionRecord.target_id)
                           .where(InspectionRecord.task_id == task.id).order_by(Attachment.id))
    for attachment_id, filename, code in rows:
        rel = f"11_附件/{safe_name(code)}/{attachment_id}_{safe_name(filename)}"
        paths[attachment_id] = rel
        jobs.append((rel, partial(_write_attachment, session, attachment_id)))
    return jobs


def _write_attachment(session: Session, attachment_id: int, out: Path) -> None:
    _name, _mime, data = records_review.attachment_data(session, attachment_id)
    out.write_bytes(data)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _manifest(root: Path, task: Task, org: str, actor: Actor, app_version: str) -> dict[str, Any]:
    files = sorted(p for p in root.rglob("*") if p.is_file())
    return {"format": FORMAT, "version": FORMAT_VERSION, "task": task.number, "task_name": task.name, "org": org,
            "created_at": datetime.now().isoformat(timespec="seconds"), "created_by": actor.username,
            "app_version": app_version,
            "files": [{"path": p.relative_to(root).as_posix(), "sha256": _sha256(p), "size": p.stat().st_size}
                      for p in files]}


def _place(staging: Path, dest: Path) -> None:
    """Move the finished package into place: a folder by rename, a .zip written beside and renamed."""
    if dest.suffix.lower() == ".zip":
        partial = dest.with_name(f".{dest.name}.partial")
        try:
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as z:
                for p in sorted(staging.rglob("*")):
                    if p.is_file():
                        z.write(p, p.relative_to(staging).as_posix())
            os.replace(partial, dest)
        finally:
            partial.unlink(missing_ok=True)
        return
    staging.chmod(0o755)  # mkdtemp makes it private; the archive folder is an ordinary one
    if dest.exists():
        dest.rmdir()  # checked empty before anything was written
    os.replace(staging, dest)


def _check_dest(dest: Path) -> None:
    if dest.suffix.lower() == ".zip" and dest.exists():
        raise DomainError("archive_exists", path=str(dest))
    if dest.suffix.lower() != ".zip" and dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise DomainError("archive_exists", path=str(dest))


def create_archive(session: Session, actor: Actor, task_id: int, dest: Path, *, progress: Progress | None = None,
                   app_version: str = __version__) -> ArchiveResult:
    """Write the archive package of a task to folder `dest` (or a zip when it ends in .zip), all or nothing."""
    roles.require(actor.roles, "archive.build")
    progress = progress or NullProgress()
    task = teams.task_or_error(session, task_id)
    dest = dest.expanduser().absolute()
    _check_dest(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    org = settings.get_org(session)
    paths: dict[int, str] = {}
    jobs = _jobs(session, actor, task) + _attachment_jobs(session, task, paths)
    total = len(jobs) + 2
    warnings: dict[str, None] = {}
    # The staging folder sits beside the destination, so the final rename never crosses file systems.
    staging = Path(tempfile.mkdtemp(prefix=f".{safe_name(dest.stem, 40)}.", dir=dest.parent))
    try:
        for done, (rel, write) in enumerate(jobs):
            check_cancel(progress)
            progress.report(done, total, rel)
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            outcome = write(target)
            if isinstance(outcome, PrintResult):
                warnings.update(dict.fromkeys(outcome.warnings))
        check_cancel(progress)
        progress.report(len(jobs), total, RECORDS_NAME)
        records = task_json(session, task, paths)
        (staging / RECORDS_NAME).write_text(json.dumps(records, ensure_ascii=False, indent=2, default=str),
                                            encoding="utf-8")
        manifest = _manifest(staging, task, org.name if org else "", actor, app_version)
        data = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
        (staging / MANIFEST_NAME).write_bytes(data)
        check_cancel(progress)
        progress.report(len(jobs) + 1, total, dest.name)
        digest = hashlib.sha256(data).hexdigest()
        size = sum(int(f["size"]) for f in manifest["files"])
        audit.record(session, actor, "archive.create", "task", task.number, {
            "path": str(dest), "files": len(manifest["files"]), "size": size, "manifest_sha256": digest})
        _place(staging, dest)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    progress.report(total, total, dest.name)
    return ArchiveResult(dest, task.number, len(manifest["files"]), size, digest, tuple(warnings))


def _digest(chunks: Callable[[], Any]) -> tuple[str, int]:
    h, size = hashlib.sha256(), 0
    with chunks() as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
            size += len(block)
    return h.hexdigest(), size


def _contents(path: Path) -> tuple[bytes | None, dict[str, tuple[str, int]]]:
    """(manifest bytes, path → (SHA-256, size)) of a folder or a zip (at its root or inside one top folder)."""
    if path.is_dir():
        files = {p.relative_to(path).as_posix(): p for p in path.rglob("*") if p.is_file()}
        listed = files.pop(MANIFEST_NAME, None)
        return (listed.read_bytes() if listed else None,
                {rel: _digest(partial(p.open, "rb")) for rel, p in files.items()})
    if not zipfile.is_zipfile(path):
        raise DomainError("archive_not_found", path=str(path))
    with zipfile.ZipFile(path) as z:
        names = [i.filename for i in z.infolist() if not i.is_dir()]
        prefix = ""
        if MANIFEST_NAME not in names:
            tops = {n.split("/", 1)[0] for n in names}
            if len(tops) == 1 and f"{next(iter(tops))}/{MANIFEST_NAME}" in names:
                prefix = next(iter(tops)) + "/"
        manifest = z.read(prefix + MANIFEST_NAME) if prefix + MANIFEST_NAME in names else None
        digests = {n[len(prefix):]: _digest(partial(z.open, n)) for n in names if n.startswith(prefix)}
    digests.pop(MANIFEST_NAME, None)
    return manifest, digests


def verify_archive(path: Path) -> ArchiveReport:
    """Compare an archive with its manifest: files missing, extra, or changed (SHA-256 or size)."""
    path = Path(path)
    if not path.exists():
        raise DomainError("archive_not_found", path=str(path))
    raw, found = _contents(path)
    if raw is None:
        return ArchiveReport(path, False, extra=tuple(sorted(found)), error="manifest_missing")
    try:
        manifest = json.loads(raw.decode("utf-8"))
        listed = {str(f["path"]): (str(f["sha256"]), int(f["size"])) for f in manifest["files"]}
    except (ValueError, KeyError, TypeError):
        return ArchiveReport(path, False, error="manifest_invalid")
    missing = tuple(sorted(set(listed) - set(found)))
    extra = tuple(sorted(set(found) - set(listed)))
    changed = [rel for rel in sorted(set(listed) & set(found)) if found[rel] != listed[rel]]
    return ArchiveReport(path, not (missing or extra or changed), str(manifest.get("task", "")),
                         str(manifest.get("created_at", "")), str(manifest.get("app_version", "")), len(listed),
                         missing, extra, tuple(changed))
