"""Working-day calendar: bureau overrides, user-entered schedules, then chinese_calendar's official data."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from types import MappingProxyType

import chinese_calendar

from desktop.core.errors import DomainError

__all__ = ["Calendar", "YearSchedule", "library_years", "parse_year_schedule"]

_ONE_DAY = timedelta(days=1)
_HOLIDAY_WORDS = frozenset({"holiday", "休", "假", "放假", "休息"})
_WORKDAY_WORDS = frozenset({"workday", "班", "上班", "补班"})
_DATE_RE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
# chinese_calendar names its holidays in English; the UI shows the Chinese names.
_HOLIDAY_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}


@dataclass(frozen=True)
class YearSchedule:
    """One year's official holidays and 调休 make-up working days, as entered by the user.

    Every other date follows the week: Monday–Friday work, Saturday–Sunday rest.
    `names` optionally labels dates (e.g. 春节) for display.
    """

    year: int
    holidays: frozenset[date]
    workdays: frozenset[date] = frozenset()
    names: tuple[tuple[date, str], ...] = ()

    def __post_init__(self) -> None:
        for d in self.holidays | self.workdays:
            if d.year != self.year:
                raise DomainError("calendar_schedule_year", year=self.year, date=d.isoformat())
        both = self.holidays & self.workdays
        if both:
            raise DomainError("calendar_schedule_conflict", date=min(both).isoformat())

    def is_workday(self, d: date) -> bool:
        """Whether `d` (a date of this year) is a working day under this schedule."""
        if d in self.workdays:
            return True
        return d.weekday() < 5 and d not in self.holidays


def library_years() -> range:
    """The years for which the installed chinese_calendar has official data."""
    keys = chinese_calendar.constants.holidays.keys()
    return range(min(keys).year, max(keys).year + 1)


class Calendar:
    """Decides working days: bureau overrides, then a user-entered schedule, then chinese_calendar.

    A year that neither a schedule nor chinese_calendar knows raises
    ``DomainError("calendar_year_unknown", year=Y)``; weekends-only is never guessed, since a
    deadline computed without the 春节/国庆 holidays would be days too early.
    """

    def __init__(
        self,
        overrides: Mapping[date, bool] | None = None,
        extra_years: Mapping[int, YearSchedule] | None = None,
    ) -> None:
        self._overrides: Mapping[date, bool] = MappingProxyType(dict(overrides or {}))
        schedules = dict(extra_years or {})
        for year, schedule in schedules.items():
            if schedule.year != year:
                raise DomainError("calendar_schedule_year", year=year, date=str(schedule.year))
        self._schedules: Mapping[int, YearSchedule] = MappingProxyType(schedules)
        self._library = library_years()
        self._cache: dict[date, bool] = {}

    @property
    def overrides(self) -> Mapping[date, bool]:
        return self._overrides

    @property
    def schedules(self) -> Mapping[int, YearSchedule]:
        return self._schedules

    def is_workday(self, d: date) -> bool:
        """Whether `d` is a working day (True in overrides means 上班, False means 休息)."""
        override = self._overrides.get(d)
        if override is not None:
            return override
        schedule = self._schedules.get(d.year)
        if schedule is not None:
            return schedule.is_workday(d)
        cached = self._cache.get(d)
        if cached is not None:
            return cached
        if d.year not in self._library:
            raise DomainError("calendar_year_unknown", year=d.year)
        try:
            answer = bool(chinese_calendar.is_workday(d))
        except NotImplementedError as exc:  # defensive: the library's own range check
            raise DomainError("calendar_year_unknown", year=d.year) from exc
        # The library scans its whole table on every call; dashboards ask about many dates.
        self._cache[d] = answer
        return answer

    def known_years(self) -> list[int]:
        """All years this calendar can answer for, ascending."""
        return sorted(set(self._library) | set(self._schedules))

    def years_needed(self, dates: Iterable[date]) -> list[int]:
        """Years spanned by `dates` (from the earliest to the latest) that this calendar lacks.

        The UI asks the user to enter these years' schedules before computing deadlines.
        """
        years = [d.year for d in dates]
        if not years:
            return []
        known = set(self.known_years())
        return [y for y in range(min(years), max(years) + 1) if y not in known]

    def add_workdays(self, d: date, n: int) -> date:
        """The n-th working day after `d` (`d` itself not counted); n = 0 returns `d`.

        A negative n counts backwards: the |n|-th working day before `d`.
        """
        step = _ONE_DAY if n >= 0 else -_ONE_DAY
        remaining = abs(n)
        current = d
        while remaining:
            current += step
            if self.is_workday(current):
                remaining -= 1
        return current

    def workdays_between(self, a: date, b: date) -> int:
        """Number of working days in the half-open interval (a, b]: `a` excluded, `b` included.

        So `workdays_between(d, add_workdays(d, n)) == n`; if b < a the result is the negative
        of `workdays_between(b, a)` (how many working days a deadline is overdue).
        """
        if b < a:
            return -self.workdays_between(b, a)
        count = 0
        current = a
        while current < b:
            current += _ONE_DAY
            if self.is_workday(current):
                count += 1
        return count

    def schedule_for(self, year: int) -> YearSchedule:
        """The effective schedule of a known year (overrides not applied), e.g. for display or export."""
        if year in self._schedules:
            return self._schedules[year]
        if year not in self._library:
            raise DomainError("calendar_year_unknown", year=year)
        holidays = {d for d in chinese_calendar.constants.holidays if d.year == year}
        workdays = {d for d in chinese_calendar.constants.workdays if d.year == year}
        names = [
            (d, _HOLIDAY_NAMES.get(str(name), str(name)))
            for table in (chinese_calendar.constants.holidays, chinese_calendar.constants.workdays)
            for d, name in table.items()
            if d.year == year
        ]
        return YearSchedule(year, frozenset(holidays), frozenset(workdays), tuple(sorted(names)))


def _parse_row(line: str) -> tuple[date, bool, str] | str:
    """Parse one data row into (date, is_workday, name), or return an error code."""
    fields = [f.strip() for f in line.split(",")]
    if len(fields) not in (2, 3):
        return "calendar_row_fields"
    match = _DATE_RE.fullmatch(fields[0])
    if not match:
        return "calendar_row_date"
    try:
        d = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return "calendar_row_date"
    kind = fields[1].lower()
    if kind in _HOLIDAY_WORDS:
        working = False
    elif kind in _WORKDAY_WORDS:
        working = True
    else:
        return "calendar_row_kind"
    return d, working, fields[2] if len(fields) == 3 else ""


def parse_year_schedule(text: str) -> YearSchedule:
    """Parse one year's schedule from lines ``YYYY-MM-DD,holiday|workday[,name]``.

    Full-width characters are normalized (NFKC); blank lines, ``#`` comments and a header line
    starting with ``date`` or ``日期`` are skipped; 休/放假 and 班/上班 are accepted as kinds. All
    rows must be in the same year. Raises ``DomainError("calendar_import_invalid",
    errors=((row, code), ...))`` listing every bad row (rows are 1-based line numbers), or
    ``calendar_import_empty`` when there is no data row.
    """
    errors: list[tuple[int, str]] = []
    seen: dict[date, int] = {}
    holidays: set[date] = set()
    workdays: set[date] = set()
    names: list[tuple[date, str]] = []
    year: int | None = None
    for row, raw in enumerate(text.splitlines(), start=1):
        line = unicodedata.normalize("NFKC", raw).lstrip("\ufeff").strip()
        if not line or line.startswith("#"):
            continue
        if row == 1 or not seen and not errors:
            head = line.split(",")[0].strip().lower()
            if head in ("date", "日期"):
                continue
        parsed = _parse_row(line)
        if isinstance(parsed, str):
            errors.append((row, parsed))
            continue
        d, working, name = parsed
        if year is None:
            year = d.year
        if d.year != year:
            errors.append((row, "calendar_row_year"))
            continue
        if d in seen:
            errors.append((row, "calendar_row_duplicate"))
            continue
        seen[d] = row
        (workdays if working else holidays).add(d)
        if name:
            names.append((d, name))
    if errors:
        raise DomainError("calendar_import_invalid", errors=tuple(errors))
    if year is None:
        raise DomainError("calendar_import_empty")
    return YearSchedule(year, frozenset(holidays), frozenset(workdays), tuple(sorted(names)))
