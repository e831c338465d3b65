"""Working days: the package's schedule, the holiday file for later years, unknown years flagged."""

from __future__ import annotations

import datetime as dt

import pytest

from core.working_days import CalendarError, WorkingDays

D = dt.date


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2026, 10, 1), False),  # National Day
        (D(2026, 3, 2), True),  # a Monday
        (D(2026, 3, 7), False),  # a Saturday
        (D(2027, 1, 4), True),  # unknown year: Monday-Friday
        (D(2027, 1, 9), False),
    ],
)
def test_is_working_day(day, working):
    assert WorkingDays().is_working_day(day) is working


def test_add_skips_weekends_and_holidays_and_says_when_the_schedule_is_known():
    wd = WorkingDays()
    due = wd.add(D(2026, 9, 30), 1)  # 10-01..10-07 off (10-10 a make-up Saturday is not reached)
    assert due.date > D(2026, 10, 7) and due.schedule_known
    late = wd.add(D(2026, 12, 28), 7)
    assert late.date.year == 2027 and late.schedule_known is False


def test_holiday_file_covers_a_new_year(tmp_path):
    path = tmp_path / "holidays.yaml"
    path.write_text("2027:\n  holidays: [2027-01-01]\n  workdays: [2027-01-09]\n", "utf-8")
    wd = WorkingDays(path)
    assert not wd.is_working_day(D(2027, 1, 1)) and wd.is_working_day(D(2027, 1, 9))
    assert wd.add(D(2026, 12, 30), 3).schedule_known


@pytest.mark.parametrize(
    "text", ["2027:\n  holidays: [not-a-date]\n", "2027:\n  holidays: [2028-01-01]\n", "- a list\n"]
)
def test_bad_holiday_file_is_an_error(tmp_path, text):
    path = tmp_path / "holidays.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(CalendarError):
        WorkingDays(path)
