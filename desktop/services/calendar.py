"""The working-day calendar in force: bureau overrides plus user-entered official year schedules."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.models import HolidayOverride
from desktop.core import roles
from desktop.core.errors import DomainError
from desktop.core.workdays import Calendar, YearSchedule, parse_year_schedule
from desktop.services import audit
from desktop.services.context import Actor

OFFICIAL = "official"
LOCAL = "local"
UNKNOWN_YEAR = "calendar_year_unknown"


@dataclass(frozen=True)
class ImportedSchedule:
    """What `import_year_schedule` stored: the year, its counts, and days a local override keeps."""

    year: int
    holidays: int
    workdays: int
    replaced: int  # official rows of the year that were there before
    kept_local: tuple[date, ...]  # days with a bureau override, which keeps precedence


def unknown_year_note(year: int) -> str:
    """The message shown instead of a date the calendar cannot compute."""
    return f"{year}年节假日安排未录入，无法计算"


def load_calendar(session: Session) -> Calendar:
    """The calendar: local overrides first, then entered official years, then chinese_calendar."""
    overrides: dict[date, bool] = {}
    official: dict[int, dict[date, tuple[bool, str]]] = {}
    for row in session.scalars(select(HolidayOverride).order_by(HolidayOverride.day)):
        if row.source == OFFICIAL:
            official.setdefault(row.day.year, {})[row.day] = (row.is_workday, row.note)
        else:
            overrides[row.day] = row.is_workday
    schedules = {
        year: YearSchedule(
            year,
            frozenset(d for d, (work, _) in days.items() if not work),
            frozenset(d for d, (work, _) in days.items() if work),
            tuple(sorted((d, note) for d, (_, note) in days.items() if note)),
        )
        for year, days in official.items()
    }
    return Calendar(overrides, schedules)


def official_years(session: Session) -> list[int]:
    """Years whose official schedule was entered by a user (not taken from chinese_calendar)."""
    days = session.scalars(select(HolidayOverride.day).where(HolidayOverride.source == OFFICIAL))
    return sorted({d.year for d in days})


def import_year_schedule(session: Session, actor: Actor, text: str) -> ImportedSchedule:
    """Store one year's official schedule (``YYYY-MM-DD,休|班[,名称]`` lines), replacing an earlier entry.

    A day the bureau has overridden locally keeps its override (one row per day); those days are
    returned in `kept_local` so the screen can say so.
    """
    roles.require(actor.roles, "settings.edit")
    schedule = parse_year_schedule(text)
    year = schedule.year
    start, end = date(year, 1, 1), date(year, 12, 31)
    in_year = (HolidayOverride.day >= start, HolidayOverride.day <= end)
    replaced = len(session.scalars(select(HolidayOverride.day).where(
        HolidayOverride.source == OFFICIAL, *in_year)).all())
    session.execute(delete(HolidayOverride).where(HolidayOverride.source == OFFICIAL, *in_year))
    local = set(session.scalars(select(HolidayOverride.day).where(*in_year)))
    names = dict(schedule.names)
    kept: list[date] = []
    for day in sorted(schedule.holidays | schedule.workdays):
        if day in local:
            kept.append(day)
            continue
        session.add(HolidayOverride(day=day, is_workday=day in schedule.workdays,
                                    note=names.get(day, "")[:200], source=OFFICIAL))
    session.flush()
    result = ImportedSchedule(year, len(schedule.holidays), len(schedule.workdays), replaced, tuple(kept))
    audit.record(session, actor, "calendar.import_year", "calendar", year, {
        "holidays": sorted(d.isoformat() for d in schedule.holidays),
        "workdays": sorted(d.isoformat() for d in schedule.workdays),
        "replaced": replaced, "kept_local": [d.isoformat() for d in kept]})
    return result


def missing_years(session: Session, dates: Iterable[date]) -> list[int]:
    """Years spanned by `dates` that the calendar does not know (enter them before computing)."""
    return load_calendar(session).years_needed(dates)


def try_add_workdays(cal: Calendar, start: date, n: int) -> tuple[date | None, str]:
    """`cal.add_workdays` or (None, note) when a year on the way is unknown; never guesses."""
    try:
        return cal.add_workdays(start, n), ""
    except DomainError as err:
        if err.code != UNKNOWN_YEAR:
            raise
        return None, unknown_year_note(int(err.params["year"]))


def try_workdays_between(cal: Calendar, a: date, b: date) -> tuple[int | None, str]:
    """`cal.workdays_between` or (None, note) when a year in between is unknown."""
    try:
        return cal.workdays_between(a, b), ""
    except DomainError as err:
        if err.code != UNKNOWN_YEAR:
            raise
        return None, unknown_year_note(int(err.params["year"]))
