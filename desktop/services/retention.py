"""保存期限: records are kept for the profile's retention years; the one guarded way to remove an attachment.

Nothing else in services deletes records or attachments (tests/services/test_archive.py checks the sources).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Attachment, InspectionRecord, PublishedResult, Task
from desktop.core import roles
from desktop.core.errors import DomainError
from desktop.services import audit, settings
from desktop.services.context import Actor

__all__ = ["Retention", "add_years", "remove_attachment", "retention_of"]


@dataclass(frozen=True)
class Retention:
    """Whether a record's attachments may be removed on `today`, and why not."""

    removable: bool
    code: str  # "" / retention_published / retention_unlimited / retention_locked
    until: date | None


def add_years(day: date, years: int) -> date:
    """The same calendar day `years` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def retention_of(session: Session, record_id: int, today: date | None = None) -> Retention:
    """The retention state of a record: published results are kept for good, others until end + N years."""
    record = session.get(InspectionRecord, record_id)
    if record is None:
        raise DomainError("record_not_found", record=record_id)
    published = record.state == "published" or session.scalar(
        select(PublishedResult.id).where(PublishedResult.record_id == record_id).limit(1)) is not None
    if published:
        return Retention(False, "retention_published", None)
    years = settings.get_profile(session).retention_years
    if years is None:
        return Retention(False, "retention_unlimited", None)
    task = session.get(Task, record.task_id)
    assert task is not None
    until = add_years(task.window_end, years)
    if (today or date.today()) < until:
        return Retention(False, "retention_locked", until)
    return Retention(True, "", until)


def remove_attachment(session: Session, actor: Actor, attachment_id: int, reason: str, *,
                      today: date | None = None) -> None:
    """Remove an attachment once its record's retention period is over (never after publication)."""
    roles.require(actor.roles, "record.enter")
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise DomainError("attachment_not_found", attachment=attachment_id)
    if not reason.strip():
        raise DomainError("reason_required")
    state = retention_of(session, row.record_id, today)
    if state.code == "retention_published":
        raise DomainError("retention_published", attachment=attachment_id)
    if state.code == "retention_unlimited":
        raise DomainError("retention_unlimited", attachment=attachment_id)
    if not state.removable:
        raise DomainError("retention_locked", attachment=attachment_id,
                          until=state.until.isoformat() if state.until else "")
    details = {"attachment": row.id, "filename": row.filename, "size": row.size, "sha256": row.sha256,
               "reason": reason.strip(), "retention_until": state.until.isoformat() if state.until else None}
    session.delete(row)
    session.flush()
    audit.record(session, actor, "record.attachment_remove", "record", row.record_id, details)
