"""The date in China (UTC+8), whatever the machine's time zone: deadlines, publication days
and the ages of parties are counted in it."""

from __future__ import annotations

import datetime as dt

CHINA = dt.timezone(dt.timedelta(hours=8))


def today_in_china() -> dt.date:
    return dt.datetime.now(CHINA).date()
