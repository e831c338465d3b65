"""The audit log (全过程记录): every transition is an event chained to the one before it.

Each event stores the SHA-256 of its own canonical content plus the previous event's hash, so
an edit to any stored event, or the deletion of one, breaks the chain at that point and
:meth:`AuditLog.verify` names it (DESIGN §3).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from core.db import Database, Migration
from core.errors import GongshiError

GENESIS = "0" * 64

MIGRATIONS = [
    Migration(
        1,
        """
        CREATE TABLE IF NOT EXISTS audit_events (
            id {id}, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
            subject TEXT NOT NULL, text_sha256 TEXT NOT NULL, details TEXT NOT NULL,
            prev_hash TEXT NOT NULL, hash TEXT NOT NULL UNIQUE)
        """,
    )
]


class AuditError(GongshiError):
    """The audit chain is broken."""


@dataclass(frozen=True)
class Event:
    id: int
    at: str
    actor: str
    action: str
    subject: str
    text_sha256: str
    details: dict[str, Any]
    prev_hash: str
    hash: str


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _event_hash(
    prev_hash: str, at: str, actor: str, action: str, subject: str, text_sha256: str, details: str
) -> str:
    canonical = json.dumps(
        [prev_hash, at, actor, action, subject, text_sha256, details], ensure_ascii=False
    )
    return sha256_text(canonical)


class AuditLog:
    def __init__(self, db: Database) -> None:
        self.db = db
        db.migrate("audit", MIGRATIONS)

    def append(
        self,
        tx: Any,
        *,
        actor: str,
        action: str,
        subject: str,
        text_sha256: str = "",
        details: dict[str, Any] | None = None,
    ) -> str:
        """Record an event inside the caller's transaction (so the change and its event commit
        together); returns the event's hash."""
        if tx.postgres:  # one writer at a time, or two events could claim the same predecessor
            tx.execute("SELECT pg_advisory_xact_lock(hashtext('audit_events'))")
        prev = tx.value("SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1") or GENESIS
        at = datetime.now(UTC).isoformat(timespec="microseconds")
        body = json.dumps(details or {}, ensure_ascii=False, sort_keys=True)
        digest = _event_hash(prev, at, actor, action, subject, text_sha256, body)
        tx.execute(
            "INSERT INTO audit_events (at, actor, action, subject, text_sha256, details, "
            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (at, actor, action, subject, text_sha256, body, prev, digest),
        )
        return digest

    def events(self, subject: str | None = None) -> list[Event]:
        with self.db.read() as tx:
            if subject is None:
                rows = tx.all("SELECT * FROM audit_events ORDER BY id")
            else:
                rows = tx.all(
                    "SELECT * FROM audit_events WHERE subject = ? ORDER BY id", (subject,)
                )
        return [
            Event(**{**r, "details": json.loads(r["details"])})  # type: ignore[arg-type]
            for r in rows
        ]

    def verify(self) -> tuple[bool, str]:
        """(True, summary) when the chain is intact, else (False, the first broken event)."""
        prev = GENESIS
        count = 0
        with self.db.read() as tx:
            rows = tx.all("SELECT * FROM audit_events ORDER BY id")
        for row in rows:
            if row["prev_hash"] != prev:
                return False, (
                    f"event {row['id']} ({row['action']} {row['subject']}): its predecessor is "
                    "missing or was changed"
                )
            expected = _event_hash(
                prev,
                row["at"],
                row["actor"],
                row["action"],
                row["subject"],
                row["text_sha256"],
                row["details"],
            )
            if expected != row["hash"]:
                return False, f"event {row['id']} ({row['action']} {row['subject']}) was altered"
            prev = row["hash"]
            count += 1
        return True, f"{count} events, chain intact"
