"""Publication deadlines across national holidays and make-up days (调休)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from core.deadlines import publication_deadline, withdrawal_deadline
from core.working_days import WorkingDays

D = dt.date


@pytest.mark.parametrize(
    ("kind", "decided", "due"),
    [
        # National Day 2025: 1-8 Oct off, Sat 11 Oct is a make-up working day.
        ("行政处罚", D(2025, 9, 30), D(2025, 10, 16)),
        ("行政许可", D(2025, 9, 26), D(2025, 10, 13)),  # Sun 28 Sep and Sat 11 Oct work
        # Spring Festival 2026: 15-23 Feb off; Sat 14 and Sat 28 Feb are make-up days.
        ("行政处罚", D(2026, 2, 12), D(2026, 2, 28)),
        ("行政强制", D(2026, 3, 2), D(2026, 3, 30)),  # 20 working days
        ("行政检查", D(2025, 12, 31), D(2026, 1, 29)),  # New Year 1-3 Jan 2026; Sun 4 Jan works
    ],
)
def test_publication_deadline(kind: str, decided: dt.date, due: dt.date):
    deadline = publication_deadline(WorkingDays(), kind, decided)
    assert deadline.date == due and deadline.schedule_known


def test_unknown_year_is_marked_not_silent():
    deadline = publication_deadline(WorkingDays(), "行政处罚", D(2026, 12, 28))
    assert deadline.date == D(2027, 1, 6)  # weekends only
    assert not deadline.schedule_known


def test_holiday_file_makes_the_year_known(tmp_path: Path):
    holidays = tmp_path / "holidays.yaml"
    holidays.write_text("2027:\n  holidays: [2027-01-01]\n  workdays: []\n", encoding="utf-8")
    deadline = publication_deadline(WorkingDays(holidays), "行政处罚", D(2026, 12, 28))
    assert deadline.date == D(2027, 1, 7) and deadline.schedule_known


def test_withdrawal_within_three_working_days():
    assert withdrawal_deadline(WorkingDays(), D(2025, 9, 30)).date == D(2025, 10, 11)
