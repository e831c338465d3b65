"""How long decisions stay public, and how many were published on time (DESIGN §2).

``content/publication.yaml`` (optional) sets the publication period per decision type, e.g.
three months for warnings and small fines and three years for other penalties. An expired
decision is left out of the site, its feeds, open data and the search index on the next build;
its file stays in content/ (and the ledger) as the archive. The share of decisions published
within their deadline is computed per year for the timeliness page.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from typing import Annotated, Any

from pydantic import Field

from core.clock import today_in_china
from core.deadlines import publication_deadline
from core.working_days import WorkingDays
from plugins.loader import load_one
from plugins.schema import Record, Text

SOURCE = "publication.yaml"


class Period(Record):
    name: Text
    types: Annotated[list[str], Field(min_length=1)]
    months: Annotated[int, Field(ge=1, le=600)]
    max_fine: dict[str, Decimal] = {}
    """Only decisions whose fine is at most this, per party type (person, organization …)."""
    excludes: list[str] = []
    """Only decisions whose penalty names none of these (没收, 吊销 …)."""
    bodies: list[str] = []
    """Only decisions of these agencies (ids in agencies.yaml); empty: every agency."""

    def matches(self, decision: Any) -> bool:
        if decision.type not in self.types:
            return False
        if self.bodies and decision.body not in self.bodies:
            return False
        if self.max_fine:
            limit = self.max_fine.get(decision.party_type)
            if limit is None or (decision.fine is not None and decision.fine > limit):
                return False
        return not any(word in (decision.penalty or "") for word in self.excludes)


class PublicationRules(Record):
    periods: list[Period] = []


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def expires(rules: PublicationRules, decision: Any) -> dt.date | None:
    period = next((p for p in rules.periods if p.matches(decision)), None)
    if period is None:
        return None
    return add_months(decision.published or decision.date, period.months)


def timeliness(decisions: list[Any], calendar: WorkingDays) -> list[dict[str, Any]]:
    """Per year of decision: how many were published, how many within their deadline."""
    years: dict[int, dict[str, Any]] = defaultdict(lambda: {"total": 0, "on_time": 0, "late": []})
    for d in decisions:
        if d.published is None:
            continue
        deadline = d.deadline or publication_deadline(calendar, d.type, d.date).date
        row = years[d.date.year]
        row["total"] += 1
        if d.published <= deadline:
            row["on_time"] += 1
        else:
            row["late"].append(d)
    return [
        {"year": y, **r, "share": r["on_time"] / r["total"] if r["total"] else None}
        for y, r in sorted(years.items(), reverse=True)
    ]


def apply_rules(site: Any) -> None:
    """Signal receiver (content_loaded): drop expired decisions, compute timeliness."""
    path = site.content_dir / SOURCE
    rules = load_one(PublicationRules, path, site.content_dir) if path.exists() else None
    calendar = WorkingDays(site.content_dir / "holidays.yaml")
    site.timeliness = timeliness(site.decisions, calendar)
    site.removed = [d for d in site.decisions if d.status == "removed"]
    site.decisions = [d for d in site.decisions if d.status != "removed"]
    if rules is None:
        site.expired = []
        return
    today = today_in_china()
    kept, expired = [], []
    for d in site.decisions:
        end = expires(rules, d)
        (expired if end is not None and today > end else kept).append(d)
    site.decisions = kept
    site.expired = expired


def write(site: Any, pages: Any) -> None:
    pages.page(
        "decisions/timeliness/index.html",
        "timeliness.html",
        "执法决定公示及时率",
        [("执法决定公示", "decisions/"), ("公示及时率", "decisions/timeliness/")],
        years=site.timeliness,
    )
