"""Working days (工作日): weekends and statutory holidays off, make-up days (调休) on.

``chinese-calendar`` knows the State Council's schedule for 2004-2026 and raises for a later
year. A clerk extends ``content/holidays.yaml`` each year when the schedule is published::

    2027:
      holidays: [2027-01-01, 2027-02-16]   # days off that are not weekends
      workdays: [2027-02-20]               # weekend days that are working days

A year known to neither counts weekends only, and every deadline computed through such a year
says so (:attr:`Deadline.schedule_known` is False): DESIGN §2, never silently.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path

import chinese_calendar  # type: ignore[import-untyped]
import yaml

from core.errors import GongshiError


class CalendarError(GongshiError):
    """The holiday file is malformed."""


@dataclass(frozen=True)
class Deadline:
    date: dt.date
    schedule_known: bool


@functools.cache
def _package_knows(year: int) -> bool:
    try:
        chinese_calendar.is_workday(dt.date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


class WorkingDays:
    def __init__(self, holiday_file: Path | None = None) -> None:
        self.extra: dict[int, tuple[set[dt.date], set[dt.date]]] = {}
        if holiday_file is not None and holiday_file.exists():
            self._load(holiday_file)

    def _load(self, path: Path) -> None:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise CalendarError(f"invalid YAML: {exc}", file=str(path)) from None
        if not isinstance(data, dict):
            raise CalendarError("expected years as keys", file=str(path))
        for year, entry in data.items():
            entry = entry or {}
            try:
                holidays = {dt.date.fromisoformat(str(d)) for d in entry.get("holidays") or []}
                workdays = {dt.date.fromisoformat(str(d)) for d in entry.get("workdays") or []}
            except (ValueError, AttributeError) as exc:
                raise CalendarError(f"bad date: {exc}", file=str(path), field=str(year)) from None
            if any(d.year != int(year) for d in holidays | workdays):
                raise CalendarError("a date lies outside its year", file=str(path), field=str(year))
            self.extra[int(year)] = (holidays, workdays)

    def known(self, year: int) -> bool:
        """Whether the holiday schedule of ``year`` is known (package or holiday file)."""
        return year in self.extra or _package_knows(year)

    def is_working_day(self, day: dt.date) -> bool:
        """Whether ``day`` is a working day; an unknown year counts Monday-Friday."""
        if day.year in self.extra:
            holidays, workdays = self.extra[day.year]
            if day in workdays:
                return True
            return day.weekday() < 5 and day not in holidays
        try:
            return bool(chinese_calendar.is_workday(day))
        except NotImplementedError:
            return day.weekday() < 5

    def add(self, start: dt.date, days: int) -> Deadline:
        """The date ``days`` working days after ``start`` (the start day itself not counted)."""
        day, left, known = start, days, True
        while left > 0:
            day += dt.timedelta(days=1)
            known = known and self.known(day.year)
            if self.is_working_day(day):
                left -= 1
        return Deadline(day, known)

    def between(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to and including ``end``."""
        count, day = 0, start
        while day < end:
            day += dt.timedelta(days=1)
            count += self.is_working_day(day)
        return count
