"""The publication ledger: the life of a decision from ingest to the public site (DESIGN §3).

``received → in_review → approved`` (exported to content/decisions/, published by the next
build), with ``held`` (a confidentiality marking: a person must decide), ``rejected``,
``withdrawn`` (a public notice replaces the text) and ``corrected`` (a new approved version
replaces the old one, with a note). Every transition is an audit event in the same transaction.
An approval binds the exact redacted text by its SHA-256; the site build checks it
(plugins/approval.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from core.amounts import fine_amount
from core.audit import AuditLog, sha256_text
from core.db import Database, Migration
from core.deadlines import DECISION_TYPES, publication_deadline, withdrawal_deadline
from core.working_days import WorkingDays
from redaction.detectors import Finding
from redaction.engine import analyze
from redaction.errors import RedactionError
from redaction.legal import LegalReviews, major_reasons
from redaction.masking import apply, assign_replacements
from redaction.policy import Policy, load_policy

STATUSES = (
    "in_review",
    "held",
    "approved",
    "rejected",
    "withdrawn",
    "removed",
    "corrected",
    "error",
)
META_FIELDS = (
    "title",
    "party",
    "party_type",
    "credit_code",
    "legal_rep",
    "violation",
    "penalty",
    "fine",
    "basis",
    "field",
)

MIGRATIONS = [
    Migration(
        1,
        """
        CREATE TABLE IF NOT EXISTS ledger_decisions (
            id {id}, decision_no TEXT NOT NULL, type TEXT NOT NULL, date TEXT NOT NULL,
            body TEXT NOT NULL, source_name TEXT NOT NULL, original_text TEXT NOT NULL,
            findings TEXT NOT NULL, redacted_text TEXT NOT NULL, reasons TEXT NOT NULL,
            meta TEXT NOT NULL, status TEXT NOT NULL, received_at TEXT NOT NULL,
            deadline TEXT NOT NULL, deadline_known INTEGER NOT NULL,
            approved_by TEXT, approved_at TEXT, approved_sha256 TEXT, slug TEXT,
            withdrawn_at TEXT, withdraw_reason TEXT, status_reason TEXT,
            replaces INTEGER, version INTEGER NOT NULL DEFAULT 1);
        CREATE INDEX IF NOT EXISTS ledger_decisions_status ON ledger_decisions (status)
        """,
    ),
    Migration(2, "ALTER TABLE ledger_decisions ADD COLUMN withdraw_due TEXT"),
    Migration(4, "ALTER TABLE ledger_decisions ADD COLUMN published_at TEXT"),
    Migration(
        3,
        """
        ALTER TABLE ledger_decisions ADD COLUMN major INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE ledger_decisions ADD COLUMN major_reasons TEXT NOT NULL DEFAULT '[]';
        CREATE TABLE IF NOT EXISTS legal_reviews (
            id {id}, decision_id INTEGER NOT NULL, reviewer TEXT NOT NULL, at TEXT NOT NULL,
            opinion TEXT NOT NULL, text_sha256 TEXT NOT NULL, note TEXT NOT NULL)
        """,
    ),
]


class LedgerError(RedactionError):
    """A workflow step was refused (wrong state, missing reason, unknown decision)."""


@dataclass
class Entry:
    id: int
    decision_no: str
    type: str
    date: dt.date
    body: str
    source_name: str
    original_text: str
    findings: list[dict[str, Any]]
    redacted_text: str
    reasons: list[str]
    meta: dict[str, Any]
    status: str
    received_at: str
    deadline: dt.date
    deadline_known: bool
    approved_by: str | None
    approved_at: str | None
    approved_sha256: str | None
    slug: str | None
    withdrawn_at: str | None
    withdraw_reason: str | None
    status_reason: str | None
    replaces: int | None
    version: int
    withdraw_due: str | None = None
    """For a withdrawal: the last day it was due (3 working days after the change)."""
    major: bool = False
    """A major decision (重大执法决定): it needs a legal review before approval."""
    major_reasons: list[str] = dataclasses.field(default_factory=list)
    published_at: str | None = None
    """When a build first put the approved version on the site."""

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Entry:
        row = dict(row)
        for key in ("findings", "reasons", "meta", "major_reasons"):
            row[key] = json.loads(row[key])
        row["date"] = dt.date.fromisoformat(row["date"])
        row["deadline"] = dt.date.fromisoformat(row["deadline"])
        row["deadline_known"] = bool(row["deadline_known"])
        row["major"] = bool(row.get("major"))
        return cls(**row)

    @property
    def overdue(self) -> bool:
        return self.status in ("in_review", "held") and dt.date.today() > self.deadline

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "decision_no": self.decision_no,
            "type": self.type,
            "date": self.date.isoformat(),
            "status": self.status,
            "reasons": self.reasons,
            "deadline": self.deadline.isoformat(),
            "deadline_known": self.deadline_known,
            "overdue": self.overdue,
            "approved_by": self.approved_by,
            "slug": self.slug,
        }


def _finding_dict(f: Finding, source: str) -> dict[str, Any]:
    data = dataclasses.asdict(f)
    data.update(source=source, undone=False, reason="")
    return data


def _active(findings: Iterable[dict[str, Any]]) -> list[Finding]:
    names = {f.name for f in dataclasses.fields(Finding)}
    return [
        Finding(**{k: v for k, v in f.items() if k in names}) for f in findings if not f["undone"]
    ]


class Ledger:
    """The decisions awaiting or past publication, in the deployment's database."""

    def __init__(
        self,
        db: Database,
        content_dir: Path,
        calendar: WorkingDays,
        policy: Policy | None = None,
        allow_names: frozenset[str] = frozenset(),
    ) -> None:
        self.db = db
        self.content_dir = content_dir
        self.calendar = calendar
        self.policy = policy or load_policy()
        self.allow_names = allow_names
        self.audit = AuditLog(db)
        self.legal = LegalReviews(db, self.audit)
        self.catalogue = content_dir / "major_catalogue.yaml"
        db.migrate("ledger", MIGRATIONS)

    # -- reading ---------------------------------------------------------------------------
    def get(self, entry_id: int) -> Entry:
        with self.db.read() as tx:
            row = tx.one("SELECT * FROM ledger_decisions WHERE id = ?", (entry_id,))
        if row is None:
            raise LedgerError(f"no decision with id {entry_id}", hint="see `gongshi review`")
        return Entry.from_row(row)

    def queue(self, statuses: Iterable[str] = ("in_review", "held")) -> list[Entry]:
        """The clerk's queue: overdue first, then by deadline."""
        wanted = tuple(statuses)
        marks = ",".join("?" * len(wanted))
        with self.db.read() as tx:
            rows = tx.all(f"SELECT * FROM ledger_decisions WHERE status IN ({marks})", wanted)
        entries = [Entry.from_row(r) for r in rows]
        return sorted(entries, key=lambda e: (not e.overdue, e.deadline, e.id))

    def by_slug(self, slug: str) -> Entry | None:
        with self.db.read() as tx:
            row = tx.one(
                "SELECT * FROM ledger_decisions WHERE slug = ? ORDER BY version DESC LIMIT 1",
                (slug,),
            )
        return Entry.from_row(row) if row else None

    # -- transitions -----------------------------------------------------------------------
    def ingest(
        self,
        text: str,
        *,
        source_name: str,
        kind: str,
        decision_no: str,
        date: dt.date,
        body: str,
        meta: dict[str, Any] | None = None,
        actor: str = "system",
        replaces: int | None = None,
    ) -> Entry:
        """Redact a decision's text and queue it (``in_review``, or ``held`` with reasons)."""
        if kind not in DECISION_TYPES:
            raise LedgerError(
                f"unknown decision type {kind!r}",
                field="type",
                hint="one of " + "、".join(DECISION_TYPES),
            )
        if not decision_no.strip():
            raise LedgerError("the decision number (文号) is empty", field="number")
        analysis = analyze(text, self.policy, self.allow_names)
        findings = [_finding_dict(f, "engine") for f in analysis.findings]
        status = "held" if analysis.held else "in_review"
        deadline = publication_deadline(self.calendar, kind, date)
        meta = {k: v for k, v in (meta or {}).items() if k in META_FIELDS and v not in (None, "")}
        if "fine" not in meta and kind == "行政处罚":
            amount = fine_amount(text)
            if amount is not None:
                meta["fine"] = str(amount)
        majors = major_reasons(
            text,
            str(meta.get("penalty", "")),
            Decimal(str(meta["fine"])) if "fine" in meta else None,
            str(meta.get("party_type", "person")),
            self.catalogue,
            meta.get("field"),
        )
        now = _now()
        with self.db.transaction() as tx:
            version = 1
            if replaces is not None:
                version = (
                    tx.value("SELECT version FROM ledger_decisions WHERE id = ?", (replaces,)) or 0
                ) + 1
            new_id = tx.value(
                "INSERT INTO ledger_decisions (decision_no, type, date, body, source_name, "
                "original_text, findings, redacted_text, reasons, meta, status, received_at, "
                "deadline, deadline_known, replaces, version, major, major_reasons) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (
                    decision_no.strip(),
                    kind,
                    date.isoformat(),
                    body,
                    source_name,
                    text,
                    json.dumps(findings, ensure_ascii=False),
                    analysis.redacted,
                    json.dumps(analysis.reasons, ensure_ascii=False),
                    json.dumps(meta, ensure_ascii=False),
                    status,
                    now,
                    deadline.date.isoformat(),
                    int(deadline.schedule_known),
                    replaces,
                    version,
                    int(bool(majors)),
                    json.dumps(majors, ensure_ascii=False),
                ),
            )
            self.audit.append(
                tx,
                actor=actor,
                action="ingest",
                subject=f"decision:{new_id}",
                text_sha256=sha256_text(text),
                details={"decision_no": decision_no, "source": source_name},
            )
            self.audit.append(
                tx,
                actor="engine",
                action="redact",
                subject=f"decision:{new_id}",
                text_sha256=sha256_text(analysis.redacted),
                details={"findings": len(findings), "status": status, "reasons": analysis.reasons},
            )
        return self.get(int(new_id))

    def record_error(
        self,
        source_name: str,
        reason: str,
        *,
        kind: str,
        decision_no: str,
        date: dt.date,
        body: str,
        actor: str = "system",
    ) -> Entry:
        """A file that could not be read still gets an id and a reason (nothing is lost)."""
        deadline = publication_deadline(self.calendar, kind, date)
        with self.db.transaction() as tx:
            new_id = tx.value(
                "INSERT INTO ledger_decisions (decision_no, type, date, body, source_name, "
                "original_text, findings, redacted_text, reasons, meta, status, received_at, "
                "deadline, deadline_known) VALUES (?, ?, ?, ?, ?, '', '[]', '', ?, '{}', "
                "'error', ?, ?, ?) RETURNING id",
                (
                    decision_no,
                    kind,
                    date.isoformat(),
                    body,
                    source_name,
                    json.dumps([reason], ensure_ascii=False),
                    _now(),
                    deadline.date.isoformat(),
                    int(deadline.schedule_known),
                ),
            )
            self.audit.append(
                tx,
                actor=actor,
                action="ingest_error",
                subject=f"decision:{new_id}",
                details={"source": source_name, "reason": reason},
            )
        return self.get(int(new_id))

    def record_published(self, slugs_on_site: set[str], actor: str = "build") -> int:
        """Record (once) that approved decisions reached the site; returns how many."""
        with self.db.transaction() as tx:
            rows = tx.all(
                "SELECT id, slug, approved_sha256 FROM ledger_decisions "
                "WHERE status = 'approved' AND published_at IS NULL AND slug IS NOT NULL"
            )
            fresh = [r for r in rows if r["slug"] in slugs_on_site]
            now = _now()
            for r in fresh:
                tx.execute(
                    "UPDATE ledger_decisions SET published_at = ? WHERE id = ?", (now, r["id"])
                )
                self.audit.append(
                    tx,
                    actor=actor,
                    action="publish",
                    subject=f"decision:{r['id']}",
                    text_sha256=r["approved_sha256"],
                    details={"slug": r["slug"]},
                )
        return len(fresh)

    def mark_major(self, entry_id: int, reason: str, actor: str) -> Entry:
        """A clerk marks a decision major (it then needs a legal review before approval)."""
        entry = self._editable(entry_id)
        if not reason.strip():
            raise LedgerError("marking a decision major needs a reason", field="reason")
        reasons = [*entry.major_reasons, f"人工标记：{reason.strip()}"]
        with self.db.transaction() as tx:
            tx.execute(
                "UPDATE ledger_decisions SET major = 1, major_reasons = ? WHERE id = ?",
                (json.dumps(reasons, ensure_ascii=False), entry_id),
            )
            self.audit.append(
                tx,
                actor=actor,
                action="mark_major",
                subject=f"decision:{entry_id}",
                details={"reason": reason.strip()},
            )
        return self.get(entry_id)

    def legal_review(self, entry_id: int, opinion: str, actor: str, note: str = "") -> Entry:
        """Record a legal reviewer's opinion on the decision's current text."""
        entry = self._editable(entry_id)
        with self.db.transaction() as tx:
            self.legal.record(tx, entry_id, entry.original_text, opinion, actor, note)
        return self.get(entry_id)

    def add_redaction(self, entry_id: int, start: int, end: int, kind: str, actor: str) -> Entry:
        """The clerk masks a span of the original text the engine missed."""
        entry = self._editable(entry_id)
        if not (0 <= start < end <= len(entry.original_text)):
            raise LedgerError(f"the span {start}-{end} lies outside the text", field="start")
        found = Finding(
            kind=kind,
            start=start,
            end=end,
            text=entry.original_text[start:end],
            score=1.0,
            detector="clerk",
            certain=True,
        )
        findings = [
            f for f in entry.findings if f["undone"] or not (f["start"] < end and start < f["end"])
        ]
        findings.append(_finding_dict(found, "clerk"))
        return self._save_findings(
            entry, findings, actor, "add_redaction", {"kind": kind, "start": start, "end": end}
        )

    def undo_finding(self, entry_id: int, index: int, reason: str, actor: str) -> Entry:
        """The clerk keeps a span the engine masked; a reason is required."""
        entry = self._editable(entry_id)
        if not reason.strip():
            raise LedgerError("undoing a finding needs a reason", field="reason")
        if not 0 <= index < len(entry.findings) or entry.findings[index]["undone"]:
            raise LedgerError(f"no active finding number {index}", field="finding")
        findings = [dict(f) for f in entry.findings]
        findings[index].update(undone=True, reason=reason.strip())
        return self._save_findings(
            entry,
            findings,
            actor,
            "undo_finding",
            {"index": index, "kind": findings[index]["kind"], "reason": reason.strip()},
        )

    def _save_findings(
        self,
        entry: Entry,
        findings: list[dict[str, Any]],
        actor: str,
        action: str,
        details: dict[str, Any],
    ) -> Entry:
        active = assign_replacements(_active(findings), self.policy)
        by_span = {(f.start, f.end): f.replacement for f in active}
        for f in findings:
            if not f["undone"]:
                f["replacement"] = by_span.get((f["start"], f["end"]), f.get("replacement"))
        redacted = apply(entry.original_text, active)
        with self.db.transaction() as tx:
            tx.execute(
                "UPDATE ledger_decisions SET findings = ?, redacted_text = ? WHERE id = ?",
                (json.dumps(findings, ensure_ascii=False), redacted, entry.id),
            )
            self.audit.append(
                tx,
                actor=actor,
                action=action,
                subject=f"decision:{entry.id}",
                text_sha256=sha256_text(redacted),
                details=details,
            )
        return self.get(entry.id)

    def approve(self, entry_id: int, actor: str, hold_decision: str = "") -> Entry:
        """Bind the redacted text by its hash and export it to content/decisions/."""
        entry = self.get(entry_id)
        if entry.status == "held" and not hold_decision.strip():
            raise LedgerError(
                f"decision {entry_id} is held ({'；'.join(entry.reasons)})",
                hint="record why it may be published despite the hold (--hold-decision), "
                "or reject it",
            )
        if entry.status not in ("in_review", "held"):
            raise LedgerError(f"decision {entry_id} is {entry.status}, not awaiting review")
        if entry.major:
            blocked = self.legal.blocking(entry.id, entry.original_text)
            if blocked:
                raise LedgerError(
                    f"decision {entry_id} cannot be approved: {blocked}",
                    hint="a reviewer with the legal role records it with "
                    f"`gongshi legal-review {entry_id} --opinion 同意 --as USER`",
                )
        digest = sha256_text(entry.redacted_text.strip())
        slug = entry.slug or f"{entry.date.year}-{DECISION_TYPES[entry.type]}-{entry.id:05d}"
        now = _now()
        with self.db.transaction() as tx:
            tx.execute(
                "UPDATE ledger_decisions SET status = 'approved', approved_by = ?, "
                "approved_at = ?, approved_sha256 = ?, slug = ?, status_reason = ? WHERE id = ?",
                (actor, now, digest, slug, hold_decision.strip() or None, entry.id),
            )
            if entry.replaces:
                tx.execute(
                    "UPDATE ledger_decisions SET status = 'corrected' WHERE id = ?",
                    (entry.replaces,),
                )
            self.audit.append(
                tx,
                actor=actor,
                action="approve",
                subject=f"decision:{entry.id}",
                text_sha256=digest,
                details={"slug": slug, "hold_decision": hold_decision.strip()},
            )
        approved = self.get(entry.id)
        self.export(approved)
        return approved

    def reject(self, entry_id: int, reason: str, actor: str) -> Entry:
        return self._close(entry_id, "rejected", reason, actor, ("in_review", "held"))

    def hold(self, entry_id: int, reason: str, actor: str) -> Entry:
        return self._close(entry_id, "held", reason, actor, ("in_review",))

    def _close(
        self, entry_id: int, status: str, reason: str, actor: str, allowed: tuple[str, ...]
    ) -> Entry:
        entry = self.get(entry_id)
        if not reason.strip():
            raise LedgerError(f"a reason is required to mark a decision {status}", field="reason")
        if entry.status not in allowed:
            raise LedgerError(f"decision {entry_id} is {entry.status}: cannot be {status}")
        with self.db.transaction() as tx:
            tx.execute(
                "UPDATE ledger_decisions SET status = ?, status_reason = ? WHERE id = ?",
                (status, reason.strip(), entry_id),
            )
            self.audit.append(
                tx,
                actor=actor,
                action=status,
                subject=f"decision:{entry_id}",
                text_sha256=sha256_text(entry.redacted_text),
                details={"reason": reason.strip()},
            )
        return self.get(entry_id)

    def withdraw(
        self, entry_id: int, reason: str, actor: str, changed_on: dt.date | None = None
    ) -> Entry:
        """Take a published decision down (it was changed, revoked, found unlawful or void):
        its page becomes a notice with the reason. ``changed_on`` starts the 3-working-day
        limit (default: today)."""
        return self._take_down(entry_id, "withdrawn", reason, actor, changed_on)

    def remove(self, entry_id: int, reason: str, actor: str) -> Entry:
        """Early removal after an approved credit repair (信用修复): the decision leaves the
        site on the next build; its file and this record stay as the archive."""
        return self._take_down(entry_id, "removed", reason, actor, None)

    def _take_down(
        self, entry_id: int, status: str, reason: str, actor: str, changed_on: dt.date | None
    ) -> Entry:
        entry = self.get(entry_id)
        if not reason.strip():
            what = "a withdrawal" if status == "withdrawn" else "a removal"
            raise LedgerError(
                f"{what} needs a reason (shown in the public notice or the archive)", field="reason"
            )
        if entry.status != "approved":
            raise LedgerError(f"decision {entry_id} is {entry.status}, not published")
        due = withdrawal_deadline(self.calendar, changed_on or dt.date.today()).date.isoformat()
        now = _now()
        with self.db.transaction() as tx:
            tx.execute(
                "UPDATE ledger_decisions SET status = ?, withdrawn_at = ?, withdraw_reason = ?, "
                "withdraw_due = ? WHERE id = ?",
                (status, now, reason.strip(), due if status == "withdrawn" else None, entry_id),
            )
            self.audit.append(
                tx,
                actor=actor,
                action="withdraw" if status == "withdrawn" else "remove",
                subject=f"decision:{entry_id}",
                text_sha256="",
                details={"reason": reason.strip(), "due": due if status == "withdrawn" else ""},
            )
        withdrawn = self.get(entry_id)
        self.export(withdrawn)
        return withdrawn

    def correct(self, entry_id: int, text: str, source_name: str, actor: str) -> Entry:
        """Queue a corrected version of a published decision; its approval replaces the old."""
        entry = self.get(entry_id)
        if entry.status != "approved":
            raise LedgerError(
                f"decision {entry_id} is {entry.status}: only a published decision can be corrected"
            )
        new = self.ingest(
            text,
            source_name=source_name,
            kind=entry.type,
            decision_no=entry.decision_no,
            date=entry.date,
            body=entry.body,
            meta=entry.meta,
            actor=actor,
            replaces=entry.id,
        )
        with self.db.transaction() as tx:
            tx.execute("UPDATE ledger_decisions SET slug = ? WHERE id = ?", (entry.slug, new.id))
        return self.get(new.id)

    def _editable(self, entry_id: int) -> Entry:
        entry = self.get(entry_id)
        if entry.status not in ("in_review", "held"):
            raise LedgerError(
                f"decision {entry_id} is {entry.status}: its redaction can no longer change"
            )
        return entry

    # -- export ----------------------------------------------------------------------------
    def export(self, entry: Entry) -> Path:
        """Write the decision file the site build reads (and checks against this ledger)."""
        target = self.content_dir / "decisions" / f"{entry.slug}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        review = self.legal.current(entry.id, entry.original_text) if entry.major else None
        target.write_text(render_export(entry, self.history(entry), review), encoding="utf-8")
        return target

    def history(self, entry: Entry) -> list[Entry]:
        """Earlier approved versions of a corrected decision, oldest first."""
        versions = []
        current = entry
        while current.replaces:
            current = self.get(current.replaces)
            versions.append(current)
        return list(reversed(versions))


def render_export(entry: Entry, history: list[Entry], legal_review: Any = None) -> str:
    meta = dict(entry.meta)
    header: dict[str, Any] = {
        "Title": meta.pop("title", f"{entry.type}决定书（{entry.decision_no}）"),
        "Slug": entry.slug,
        "Decision_no": entry.decision_no,
        "Type": entry.type,
        "Date": entry.date.isoformat(),
        "Body": entry.body,
        "Party": meta.pop("party", "见决定书"),
        "Party_type": meta.pop("party_type", "person"),
        "Violation": meta.pop("violation", "见决定书全文"),
    }
    header.update({k.capitalize(): v for k, v in meta.items()})
    header.update(
        {
            "Approved_by": entry.approved_by,
            "Approved_at": entry.approved_at,
            "Published": (entry.approved_at or _now())[:10],
            "Text_sha256": entry.approved_sha256,
            "Deadline": entry.deadline.isoformat(),
        }
    )
    if legal_review is not None:
        header["Legal_review"] = f"{legal_review.at[:10]} {legal_review.opinion}"
    if history:
        header["Corrected"] = "；".join(
            f"{h.approved_at[:10] if h.approved_at else ''}更正（第{h.version}版）" for h in history
        )
    if entry.status == "withdrawn":
        header.update(
            {
                "Status": "withdrawn",
                "Withdrawn_at": entry.withdrawn_at,
                "Withdraw_reason": entry.withdraw_reason,
                "Withdraw_due": entry.withdraw_due,
            }
        )
        return _header(header) + "\n本决定已撤回，原文不再公示。\n"
    if entry.status == "removed":  # kept whole as the archive; the build leaves it out
        header.update(
            {
                "Status": "removed",
                "Removed_at": entry.withdrawn_at,
                "Removed_reason": entry.withdraw_reason,
            }
        )
    return _header(header) + "\n" + entry.redacted_text.strip() + "\n"


def _header(fields: dict[str, Any]) -> str:
    return "".join(
        f"{k}: {str(v).replace(chr(10), ' ')}\n" for k, v in fields.items() if v not in (None, "")
    )


def read_side_meta(path: Path) -> dict[str, Any]:
    """Metadata from ``<file>.yaml`` beside a decision file, when there is one."""
    side = path.with_suffix(".yaml")
    if not side.exists():
        return {}
    try:
        data = yaml.safe_load(side.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise LedgerError(f"invalid YAML: {exc}", file=str(side)) from None
    if not isinstance(data, dict):
        raise LedgerError("expected field: value lines", file=str(side))
    return {str(k).lower(): v for k, v in data.items()}


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def approved_hash_lookup(db: Database) -> Callable[[str], str | None]:
    """slug → the hash of its current approved (or withdrawn) version, for the build's gate."""
    db.migrate("ledger", MIGRATIONS)
    with db.read() as tx:
        rows = tx.all(
            "SELECT slug, approved_sha256 FROM ledger_decisions "
            "WHERE status IN ('approved', 'withdrawn', 'removed') AND slug IS NOT NULL"
        )
    table = {r["slug"]: r["approved_sha256"] for r in rows}
    return table.get
