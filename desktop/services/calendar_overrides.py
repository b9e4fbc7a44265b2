"""The bureau's holiday overrides (节假日/调休): list, add and remove days, each change audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import HolidayOverride
from desktop.core import roles
from desktop.core.errors import DomainError
from desktop.services import audit
from desktop.services.context import Actor

NOTE_MAX_LENGTH = 200


@dataclass(frozen=True)
class OverrideRow:
    """One overridden day as the UI shows it."""

    day: date
    is_workday: bool
    note: str
    source: str


def list_overrides(session: Session, year: int | None = None) -> list[OverrideRow]:
    """All overrides in date order, optionally only those of one year."""
    stmt = select(HolidayOverride).order_by(HolidayOverride.day)
    if year is not None:
        stmt = stmt.where(HolidayOverride.day >= date(year, 1, 1), HolidayOverride.day <= date(year, 12, 31))
    return [OverrideRow(o.day, o.is_workday, o.note, o.source) for o in session.scalars(stmt)]


def add_override(session: Session, actor: Actor, day: date, is_workday: bool, note: str = "",
                 source: str = "local") -> OverrideRow:
    """Declare one day a working day or a day off; a day can carry only one override."""
    roles.require(actor.roles, "settings.edit")
    note = note.strip()
    if len(note) > NOTE_MAX_LENGTH:
        raise DomainError("holiday_note_too_long", max=NOTE_MAX_LENGTH)
    if session.get(HolidayOverride, day) is not None:
        raise DomainError("holiday_override_exists", date=day.isoformat())
    if source not in ("local", "official"):
        raise DomainError("holiday_source_invalid", source=source)
    if source == "official" and session.scalar(select(HolidayOverride.day).where(
            HolidayOverride.source == "official", HolidayOverride.day >= date(day.year, 1, 1),
            HolidayOverride.day <= date(day.year, 12, 31)).limit(1)) is None:
        # One official day would make the year look known; a year's schedule is entered whole.
        raise DomainError("calendar_year_not_entered", year=day.year)
    session.add(HolidayOverride(day=day, is_workday=is_workday, note=note, source=source))
    session.flush()
    audit.record(session, actor, "holiday.add", "holiday_override", day.isoformat(),
                 {"is_workday": is_workday, "note": note, "source": source})
    return OverrideRow(day, is_workday, note, source)


def remove_override(session: Session, actor: Actor, day: date) -> None:
    """Remove the override of one day; the day falls back to the official calendar."""
    roles.require(actor.roles, "settings.edit")
    row = session.get(HolidayOverride, day)
    if row is None:
        raise DomainError("holiday_override_missing", date=day.isoformat())
    old = {"is_workday": row.is_workday, "note": row.note, "source": row.source}
    session.delete(row)
    session.flush()
    audit.record(session, actor, "holiday.remove", "holiday_override", day.isoformat(), {"old": old})
