"""Decision types and their publication time limits (DESIGN §2), in working days."""

from __future__ import annotations

import datetime as dt

from core.working_days import Deadline, WorkingDays

DECISION_TYPES: dict[str, str] = {  # type name → code used in URLs
    "行政处罚": "penalty",
    "行政许可": "licensing",
    "行政强制": "coercion",
    "行政检查": "inspection",
    "行政征收征用": "expropriation",
    "行政确认": "confirmation",
    "行政给付": "payment",
    "行政裁决": "adjudication",
    "行政奖励": "award",
    "其他": "other",
}

SHORT_LIMIT_TYPES = ("行政处罚", "行政许可")
SHORT_LIMIT = 7
LONG_LIMIT = 20
WITHDRAW_LIMIT = 3
"""A decision changed, revoked or found void is taken down within 3 working days."""


def publication_deadline(calendar: WorkingDays, kind: str, decided: dt.date) -> Deadline:
    """The last day a decision of ``kind`` made on ``decided`` may be published on time
    (行政处罚 and 行政许可: 7 working days, every other type: 20; the decision day not counted)."""
    return calendar.add(decided, SHORT_LIMIT if kind in SHORT_LIMIT_TYPES else LONG_LIMIT)


def withdrawal_deadline(calendar: WorkingDays, changed: dt.date) -> Deadline:
    return calendar.add(changed, WITHDRAW_LIMIT)
