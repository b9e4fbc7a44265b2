"""Tests for the working-day calendar against the official 2025 and 2026 holiday schedules."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.errors import DomainError
from desktop.core.workdays import Calendar, YearSchedule, library_years, parse_year_schedule


def span(start: date, end: date) -> set[date]:
    return {start + timedelta(days=i) for i in range((end - start).days + 1)}


def d(text: str) -> date:
    return date.fromisoformat(text)


# 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号)
OFFICIAL_2025_HOLIDAYS = (
    span(d("2025-01-01"), d("2025-01-01"))
    | span(d("2025-01-28"), d("2025-02-04"))
    | span(d("2025-04-04"), d("2025-04-06"))
    | span(d("2025-05-01"), d("2025-05-05"))
    | span(d("2025-05-31"), d("2025-06-02"))
    | span(d("2025-10-01"), d("2025-10-08"))
)
OFFICIAL_2025_MAKEUP = {d("2025-01-26"), d("2025-02-08"), d("2025-04-27"), d("2025-09-28"), d("2025-10-11")}

# 国务院办公厅关于2026年部分节假日安排的通知
OFFICIAL_2026_HOLIDAYS = (
    span(d("2026-01-01"), d("2026-01-03"))
    | span(d("2026-02-15"), d("2026-02-23"))
    | span(d("2026-04-04"), d("2026-04-06"))
    | span(d("2026-05-01"), d("2026-05-05"))
    | span(d("2026-06-19"), d("2026-06-21"))
    | span(d("2026-09-25"), d("2026-09-27"))
    | span(d("2026-10-01"), d("2026-10-07"))
)
OFFICIAL_2026_MAKEUP = {
    d("2026-01-04"),
    d("2026-02-14"),
    d("2026-02-28"),
    d("2026-05-09"),
    d("2026-09-20"),
    d("2026-10-10"),
}


def official_is_workday(day: date, holidays: set[date], makeup: set[date]) -> bool:
    if day in makeup:
        return True
    return day.weekday() < 5 and day not in holidays


@pytest.mark.parametrize(
    ("year", "holidays", "makeup"),
    [
        (2025, OFFICIAL_2025_HOLIDAYS, OFFICIAL_2025_MAKEUP),
        (2026, OFFICIAL_2026_HOLIDAYS, OFFICIAL_2026_MAKEUP),
    ],
)
def test_every_day_matches_official_schedule(year: int, holidays: set[date], makeup: set[date]) -> None:
    cal = Calendar()
    disagreements = [
        day
        for day in span(date(year, 1, 1), date(year, 12, 31))
        if cal.is_workday(day) != official_is_workday(day, holidays, makeup)
    ]
    assert disagreements == []


def test_make_up_days_are_weekends_that_work() -> None:
    cal = Calendar()
    for day in OFFICIAL_2025_MAKEUP | OFFICIAL_2026_MAKEUP:
        assert day.weekday() >= 5
        assert cal.is_workday(day)


def test_known_years_and_unknown_2027() -> None:
    cal = Calendar()
    assert {2025, 2026} <= set(cal.known_years())
    assert 2027 not in cal.known_years()
    with pytest.raises(DomainError) as info:
        cal.is_workday(date(2027, 3, 1))
    assert info.value.code == "calendar_year_unknown"
    assert info.value.params == {"year": 2027}


def test_weekends_only_never_guessed() -> None:
    # A plain Monday in an unknown year must still raise, not fall back to the week.
    with pytest.raises(DomainError):
        Calendar().is_workday(date(2027, 1, 4))
    with pytest.raises(DomainError):
        Calendar().is_workday(date(1999, 6, 1))


SCHEDULE_2027 = YearSchedule(
    2027,
    holidays=frozenset(span(d("2027-01-01"), d("2027-01-03")) | span(d("2027-02-06"), d("2027-02-12"))),
    workdays=frozenset({d("2027-02-14")}),
)


def test_2027_with_user_schedule() -> None:
    cal = Calendar(extra_years={2027: SCHEDULE_2027})
    assert 2027 in cal.known_years()
    assert not cal.is_workday(d("2027-01-01"))
    assert not cal.is_workday(d("2027-02-08"))  # a Monday in the holiday
    assert cal.is_workday(d("2027-02-14"))  # Sunday make-up day
    assert cal.is_workday(d("2027-03-01"))
    assert not cal.is_workday(d("2027-03-06"))  # ordinary Saturday


def test_user_schedule_replaces_library_for_its_year() -> None:
    mine = YearSchedule(2026, holidays=frozenset({d("2026-03-02")}))
    cal = Calendar(extra_years={2026: mine})
    assert not cal.is_workday(d("2026-03-02"))
    assert cal.is_workday(d("2026-10-08"))  # the library's holiday no longer applies


def test_overrides_win() -> None:
    cal = Calendar(overrides={d("2026-10-01"): True, d("2026-03-02"): False, d("2027-05-06"): False})
    assert cal.is_workday(d("2026-10-01"))
    assert not cal.is_workday(d("2026-03-02"))
    assert not cal.is_workday(d("2027-05-06"))  # even in an unknown year


def test_add_workdays_over_national_day_2025() -> None:
    cal = Calendar()
    # Tue 2025-09-30 + 1 working day skips the 8-day holiday and lands on Thursday 10-09.
    assert cal.add_workdays(d("2025-09-30"), 1) == d("2025-10-09")
    assert cal.add_workdays(d("2025-09-30"), 3) == d("2025-10-11")  # Saturday make-up day
    assert cal.add_workdays(d("2025-09-30"), 0) == d("2025-09-30")
    assert cal.add_workdays(d("2025-10-09"), -1) == d("2025-09-30")


def test_add_workdays_twenty_days_over_spring_festival_2026() -> None:
    cal = Calendar()
    # Task ends Fri 2026-02-06; 20 working days, skipping 2-15..2-23 and working 2-14 and 2-28.
    due = cal.add_workdays(d("2026-02-06"), 20)
    assert due == d("2026-03-12")
    assert cal.workdays_between(d("2026-02-06"), due) == 20


def test_workdays_between_rules() -> None:
    cal = Calendar()
    assert cal.workdays_between(d("2026-03-02"), d("2026-03-02")) == 0
    assert cal.workdays_between(d("2026-03-02"), d("2026-03-03")) == 1  # (a, b]: b counted
    assert cal.workdays_between(d("2026-03-06"), d("2026-03-09")) == 1  # Fri → Mon
    assert cal.workdays_between(d("2026-03-09"), d("2026-03-06")) == -1
    assert cal.workdays_between(d("2025-12-31"), d("2026-01-05")) == 2  # 01-04 make-up, 01-05


def test_add_workdays_into_unknown_year_raises() -> None:
    with pytest.raises(DomainError) as info:
        Calendar().add_workdays(d("2026-12-20"), 20)
    assert info.value.params["year"] == 2027
    assert Calendar(extra_years={2027: SCHEDULE_2027}).add_workdays(d("2026-12-30"), 2) == d("2027-01-04")


@given(
    st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 10, 31)),
    st.integers(min_value=0, max_value=40),
)
def test_add_then_count_round_trip(start: date, n: int) -> None:
    cal = Calendar()
    end = cal.add_workdays(start, n)
    assert cal.workdays_between(start, end) == n
    if n:
        assert cal.is_workday(end)
        assert cal.add_workdays(end, -n) <= start


def test_years_needed() -> None:
    cal = Calendar()
    assert cal.years_needed([]) == []
    assert cal.years_needed([d("2026-05-01")]) == []
    assert cal.years_needed([d("2026-05-01"), d("2028-01-01")]) == [2027, 2028]
    assert Calendar(extra_years={2027: SCHEDULE_2027}).years_needed([d("2026-05-01"), d("2027-02-01")]) == []


def test_library_years() -> None:
    years = library_years()
    assert 2025 in years and 2026 in years
    assert Calendar().known_years() == list(years)


def test_schedule_for_library_year_matches() -> None:
    cal = Calendar()
    schedule = cal.schedule_for(2026)
    assert schedule.holidays == frozenset(OFFICIAL_2026_HOLIDAYS)
    assert schedule.workdays == frozenset(OFFICIAL_2026_MAKEUP)
    names = dict(schedule.names)
    assert names[d("2026-02-17")] == "春节"
    assert names[d("2026-09-25")] == "中秋节"
    with pytest.raises(DomainError):
        cal.schedule_for(2027)


def test_year_schedule_validation() -> None:
    with pytest.raises(DomainError) as info:
        YearSchedule(2027, holidays=frozenset({d("2026-12-31")}))
    assert info.value.code == "calendar_schedule_year"
    with pytest.raises(DomainError) as info:
        YearSchedule(2027, holidays=frozenset({d("2027-01-02")}), workdays=frozenset({d("2027-01-02")}))
    assert info.value.code == "calendar_schedule_conflict"
    with pytest.raises(DomainError):
        Calendar(extra_years={2028: SCHEDULE_2027})


# --- import -------------------------------------------------------------------------------


def test_parse_year_schedule() -> None:
    text = (
        "\ufeffdate,kind,name\n"
        "# 2027 example\n"
        "2027-01-01,holiday,元旦\n"
        "\n"
        "2027-02-06,休,春节\n"
        "２０２７－０２－０７，放假\n"
        "2027-2-14,workday,春节调休\n"
        "2027-02-20 , 班 \n"
    )
    schedule = parse_year_schedule(text)
    assert schedule.year == 2027
    assert schedule.holidays == {d("2027-01-01"), d("2027-02-06"), d("2027-02-07")}
    assert schedule.workdays == {d("2027-02-14"), d("2027-02-20")}
    assert dict(schedule.names)[d("2027-02-14")] == "春节调休"


def test_parse_year_schedule_reports_every_bad_row() -> None:
    text = "\n".join(
        [
            "2027-01-01,holiday",
            "2027-13-01,holiday",
            "2027-01-02",
            "2027-01-03,rest",
            "2028-01-01,holiday",
            "2027-01-01,workday",
            "01/05/2027,holiday",
            "2027-01-06,holiday,a,b",
        ]
    )
    with pytest.raises(DomainError) as info:
        parse_year_schedule(text)
    assert info.value.code == "calendar_import_invalid"
    assert info.value.params["errors"] == (
        (2, "calendar_row_date"),
        (3, "calendar_row_fields"),
        (4, "calendar_row_kind"),
        (5, "calendar_row_year"),
        (6, "calendar_row_duplicate"),
        (7, "calendar_row_date"),
        (8, "calendar_row_fields"),
    )


def test_parse_year_schedule_empty() -> None:
    with pytest.raises(DomainError) as info:
        parse_year_schedule("# nothing\n\ndate,kind\n")
    assert info.value.code == "calendar_import_empty"


def test_parsed_schedule_round_trip_from_library() -> None:
    lib = Calendar().schedule_for(2025)
    lines = [f"{day.isoformat()},holiday" for day in sorted(lib.holidays)]
    lines += [f"{day.isoformat()},workday" for day in sorted(lib.workdays)]
    parsed = parse_year_schedule("\n".join(lines))
    cal = Calendar(extra_years={2025: parsed})
    for day in span(date(2025, 1, 1), date(2025, 12, 31)):
        assert cal.is_workday(day) == Calendar().is_workday(day)


def test_library_answers_are_cached_consistently() -> None:
    cal = Calendar()
    year = sorted(span(date(2026, 1, 1), date(2026, 12, 31)))
    first = [cal.is_workday(day) for day in year]
    second = [cal.is_workday(day) for day in year]
    assert first == second
    assert sum(first) == 365 - 104 - 19 + 6  # weekend days, holidays on weekdays, make-up days
