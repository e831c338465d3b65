"""Legal review of major decisions (法制审核, issue 7).

A decision is major when it meets a criterion of the agency's catalogue
(``content/major_catalogue.yaml``: the penalty's kind or its fine amount), or when a clerk
marks it so. A major decision cannot be approved for publication until a reviewer with the
``legal`` role records an opinion on the exact text (its SHA-256): 同意 or 修改后同意 let it
through, 不同意 stops it, and a review of another text does not count.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from core.amounts import fine_amount
from core.audit import AuditLog, sha256_text
from core.db import Database
from redaction.errors import RedactionError

OPINIONS = ("同意", "不同意", "修改后同意")
PASSING = ("同意", "修改后同意")


class LegalReviewError(RedactionError):
    """A legal review was refused, or is missing where one is required."""


@dataclass(frozen=True)
class LegalReview:
    id: int
    decision_id: int
    reviewer: str
    at: str
    opinion: str
    text_sha256: str
    note: str


def major_reasons(
    text: str,
    penalty: str,
    fine: Decimal | None,
    party_type: str,
    catalogue: Path | None,
    field: str | None = None,
) -> list[str]:
    """Why a decision is major under the catalogue (empty when it is not, or there is none)."""
    if catalogue is None or not catalogue.exists():
        return []
    from core.major import load_catalogue, major_criteria

    amount = fine if fine is not None else fine_amount(text)
    hits = major_criteria(load_catalogue(catalogue), penalty or text, amount, party_type, field)
    return [f"{c.category}：{c.criterion}" for c in hits]


class LegalReviews:
    def __init__(self, db: Database, audit: AuditLog) -> None:
        self.db = db
        self.audit = audit

    def of(self, decision_id: int) -> list[LegalReview]:
        with self.db.read() as tx:
            rows = tx.all(
                "SELECT * FROM legal_reviews WHERE decision_id = ? ORDER BY id", (decision_id,)
            )
        return [LegalReview(**r) for r in rows]

    def current(self, decision_id: int, text: str) -> LegalReview | None:
        """The latest review of exactly this text, if any."""
        digest = sha256_text(text)
        matching = [r for r in self.of(decision_id) if r.text_sha256 == digest]
        return matching[-1] if matching else None

    def blocking(self, decision_id: int, text: str) -> str | None:
        """Why a major decision may not be approved yet, or None."""
        review = self.current(decision_id, text)
        if review is None:
            earlier = self.of(decision_id)
            if earlier:
                return "its legal review was of another version of the text: review it again"
            return "it is a major decision and has no legal review (法制审核) yet"
        if review.opinion not in PASSING:
            return f"its legal review says {review.opinion}"
        return None

    def record(
        self, tx: Any, decision_id: int, text: str, opinion: str, reviewer: str, note: str = ""
    ) -> str:
        if opinion not in OPINIONS:
            raise LegalReviewError(
                f"unknown opinion {opinion!r}",
                field="opinion",
                hint="one of " + "、".join(OPINIONS),
            )
        if opinion == "修改后同意" and not note.strip():
            raise LegalReviewError("修改后同意 needs a note saying what must change", field="note")
        digest = sha256_text(text)
        at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        tx.execute(
            "INSERT INTO legal_reviews (decision_id, reviewer, at, opinion, text_sha256, note) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (decision_id, reviewer, at, opinion, digest, note.strip()),
        )
        return self.audit.append(
            tx,
            actor=reviewer,
            action="legal_review",
            subject=f"decision:{decision_id}",
            text_sha256=digest,
            details={"opinion": opinion, "note": note.strip()},
        )

    def counts(self, year: int) -> dict[str, Any]:
        """For the annual statistics: major decisions reviewed and the opinions given."""
        with self.db.read() as tx:
            rows = tx.all("SELECT opinion, at FROM legal_reviews")
            majors = tx.value(
                "SELECT COUNT(*) FROM ledger_decisions WHERE major = 1 AND date LIKE ?",
                (f"{year}-%",),
            )
        opinions = {o: 0 for o in OPINIONS}
        for r in rows:
            if r["at"].startswith(str(year)):
                opinions[r["opinion"]] += 1
        return {
            "major_decisions": int(majors or 0),
            "reviews": sum(opinions.values()),
            "opinions": opinions,
        }
