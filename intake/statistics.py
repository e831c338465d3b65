"""Public statistics of complaints: aggregates only (counts, median answer time, satisfaction).

A pure function over (kind, created_at, answered_at, satisfaction) rows: no name, phone, text
or case number enters it, so none can leave it.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable
from typing import Any

from intake.store import KINDS

POSITIVE = ("satisfied", "basically_satisfied")


def summarize(rows: Iterable[dict[str, Any]], year: int | None = None) -> dict[str, Any]:
    per_month: dict[str, dict[str, int]] = {}
    per_kind = {k: 0 for k in KINDS}
    answer_days: list[float] = []
    followed = satisfied = 0
    for r in rows:
        if year and not r["created_at"].startswith(str(year)):
            continue
        per_month.setdefault(r["created_at"][:7], {k: 0 for k in KINDS})[r["kind"]] += 1
        per_kind[r["kind"]] += 1
        if r["answered_at"]:
            delta = dt.datetime.fromisoformat(r["answered_at"]) - dt.datetime.fromisoformat(
                r["created_at"]
            )
            answer_days.append(delta.total_seconds() / 86400)
        if r["satisfaction"]:
            followed += 1
            satisfied += r["satisfaction"] in POSITIVE
    return {
        "year": year,
        "total": sum(per_kind.values()),
        "per_kind": per_kind,
        "per_month": [{"month": m, "counts": per_month[m]} for m in sorted(per_month)],
        "answered": len(answer_days),
        "median_days_to_answer": round(statistics.median(answer_days), 1) if answer_days else None,
        "followed_up": followed,
        "satisfaction_rate": round(satisfied / followed, 3) if followed else None,
    }
