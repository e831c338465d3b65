"""Jinja filters the theme uses: Chinese dates, money, page URLs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any


def date_cn(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    return f"{value.year}年{value.month}月{value.day}日"


def money(value: Decimal | int | float | None) -> str:
    if value is None:
        return "—"
    amount = Decimal(value)
    text = f"{amount:,.2f}".rstrip("0").rstrip(".")
    return f"{text}元"


def install(pelican: Any) -> None:
    filters = pelican.settings.setdefault("JINJA_FILTERS", {})
    filters.update({"date_cn": date_cn, "money": money})
