"""The clerk's workflow commands (DESIGN §3): ingest, review, approve, reject, hold, withdraw,
correct, audit verify. Thin: each one opens the ledger and calls one method."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.errors import GongshiError
from core.settings import Settings

if TYPE_CHECKING:
    from redaction.ledger import Ledger

# The ledger, the database and the redaction engine are imported by the commands that use them:
# every `gongshi` command builds this parser, and they took 0.26 s to import.

CLERK_ROLES = ("clerk", "admin")


def open_ledger(settings: Settings) -> Ledger:
    from core.db import open_database
    from core.working_days import WorkingDays
    from redaction.ledger import Ledger
    from redaction.roster import load_officer_names

    db = open_database(settings, "gongshi")
    return Ledger(
        db,
        settings.content_dir,
        WorkingDays(settings.content_dir / "holidays.yaml"),
        allow_names=load_officer_names(settings.content_dir / "officers.yaml"),
    )


def _actor(ledger: Ledger, name: str, roles: tuple[str, ...] = CLERK_ROLES) -> str:
    from core.accounts import Accounts

    account = next((a for a in Accounts(ledger.db).all() if a.name == name), None)
    if account is None or not account.active:
        raise GongshiError(f"no active user {name!r}", hint="create it with `gongshi user add`")
    if account.role not in roles:
        raise GongshiError(f"user {name!r} is a {account.role}; this needs: {', '.join(roles)}")
    return account.name


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (use YYYY-MM-DD)") from None


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from redaction.ledger import read_side_meta
    from redaction.readers import UnreadableDocument, read_document

    ledger = open_ledger(settings)
    body = args.body or _main_agency(settings)
    for name in args.files:
        path = Path(name)
        try:
            text = read_document(path)
            meta = read_side_meta(path)
        except (UnreadableDocument, OSError) as exc:
            entry = ledger.record_error(
                path.name,
                str(exc),
                kind=args.type,
                decision_no=args.number,
                date=args.date,
                body=body,
            )
        else:
            entry = ledger.ingest(
                text,
                source_name=path.name,
                kind=args.type,
                decision_no=args.number,
                date=args.date,
                body=body,
                meta=meta,
            )
        print(f"{entry.id}\t{entry.status}")
    return 0


def _main_agency(settings: Settings) -> str:
    import yaml

    portal = settings.content_dir / "portal.yaml"
    data = yaml.safe_load(portal.read_text(encoding="utf-8")) if portal.exists() else None
    if not isinstance(data, dict) or not data.get("agency"):
        raise GongshiError("no main agency", file=str(portal), hint="pass --body AGENCY_ID")
    return str(data["agency"])


def cmd_review(args: argparse.Namespace, settings: Settings) -> int:
    entries = open_ledger(settings).queue()
    if args.json:
        json.dump([e.to_json() for e in entries], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for e in entries:
        flag = "OVERDUE " if e.overdue else ""
        known = "" if e.deadline_known else " (schedule unknown: weekends only)"
        print(
            f"{e.id}\t{e.status}\t{e.decision_no}\t{flag}due {e.deadline}{known}"
            + (f"\t{'；'.join(e.reasons)}" if e.reasons else "")
        )
    return 0


def cmd_approve(args: argparse.Namespace, settings: Settings) -> int:
    ledger = open_ledger(settings)
    entry = ledger.approve(args.id, _actor(ledger, args.as_user), args.hold_decision or "")
    print(f"{entry.id}\t{entry.status}\tcontent/decisions/{entry.slug}.md")
    return 0


def _with_reason(method: str) -> Any:
    """A command that calls ``Ledger.<method>(id, reason, actor)`` (reject, hold, remove,
    mark-major) and prints the decision's new status."""

    def command(args: argparse.Namespace, settings: Settings) -> int:
        ledger = open_ledger(settings)
        entry = getattr(ledger, method)(args.id, args.reason, _actor(ledger, args.as_user))
        print(f"{entry.id}\t{entry.status}" + ("\tmajor" if method == "mark_major" else ""))
        return 0

    return command


cmd_reject = _with_reason("reject")
cmd_hold = _with_reason("hold")
cmd_remove = _with_reason("remove")
cmd_mark_major = _with_reason("mark_major")


def cmd_withdraw(args: argparse.Namespace, settings: Settings) -> int:
    ledger = open_ledger(settings)
    entry = ledger.withdraw(args.id, args.reason, _actor(ledger, args.as_user), args.changed_on)
    print(f"{entry.id}\t{entry.status}\tdue {entry.withdraw_due}")
    return 0


def cmd_correct(args: argparse.Namespace, settings: Settings) -> int:
    from redaction.readers import UnreadableDocument, read_document

    ledger = open_ledger(settings)
    actor = _actor(ledger, args.as_user)
    path = Path(args.file)
    try:
        text = read_document(path)
    except (UnreadableDocument, OSError) as exc:
        raise GongshiError(str(exc), file=str(path)) from None
    entry = ledger.correct(args.id, text, path.name, actor)
    print(f"{entry.id}\t{entry.status}")
    return 0


def cmd_legal_review(args: argparse.Namespace, settings: Settings) -> int:
    ledger = open_ledger(settings)
    entry = ledger.legal_review(
        args.id, args.opinion, _actor(ledger, args.as_user, ("legal",)), args.note or ""
    )
    print(f"{entry.id}\t{entry.status}\t{args.opinion}")
    return 0


def cmd_audit_verify(args: argparse.Namespace, settings: Settings) -> int:
    from core.audit import AuditLog
    from core.db import open_database

    ok, message = AuditLog(open_database(settings, "gongshi")).verify()
    print(message, file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from core.deadlines import DECISION_TYPES

    p = sub.add_parser("ingest", help="redact decisions and queue them for review")
    p.add_argument("files", nargs="+")
    p.add_argument("--type", required=True, choices=list(DECISION_TYPES))
    p.add_argument("--number", required=True, help="decision number (文号)")
    p.add_argument("--date", required=True, type=_date, help="decision date YYYY-MM-DD")
    p.add_argument("--body", help="deciding agency id (default: the main agency)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("review", help="the review queue, overdue first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_review)

    for name, func, needs_reason in (
        ("approve", cmd_approve, False),
        ("reject", cmd_reject, True),
        ("hold", cmd_hold, True),
        ("withdraw", cmd_withdraw, True),
        ("remove", cmd_remove, True),
    ):
        p = sub.add_parser(name, help=f"{name} a decision")
        p.add_argument("id", type=int)
        p.add_argument("--as", dest="as_user", required=True, help="the clerk's user name")
        if needs_reason:
            p.add_argument("--reason", required=True)
        if name == "withdraw":
            p.add_argument(
                "--changed-on",
                type=_date,
                help="when the decision was changed or revoked (default: today)",
            )
        if name == "approve":
            p.add_argument("--hold-decision", help="why a held decision may be published")
        p.set_defaults(func=func)

    p = sub.add_parser("correct", help="queue a corrected version of a published decision")
    p.add_argument("id", type=int)
    p.add_argument("file")
    p.add_argument("--as", dest="as_user", required=True)
    p.set_defaults(func=cmd_correct)

    p = sub.add_parser("legal-review", help="record a legal review (法制审核) of a decision")
    p.add_argument("id", type=int)
    p.add_argument("--opinion", required=True, choices=["同意", "不同意", "修改后同意"])
    p.add_argument("--note", help="what must change (required for 修改后同意)")
    p.add_argument("--as", dest="as_user", required=True, help="a user with the legal role")
    p.set_defaults(func=cmd_legal_review)

    p = sub.add_parser("mark-major", help="mark a decision major: it needs a legal review")
    p.add_argument("id", type=int)
    p.add_argument("--reason", required=True)
    p.add_argument("--as", dest="as_user", required=True)
    p.set_defaults(func=cmd_mark_major)

    p = sub.add_parser("audit", help="the audit log")
    audit = p.add_subparsers(dest="audit_command", required=True)
    v = audit.add_parser("verify", help="exit 0 when the hash chain is intact")
    v.set_defaults(func=cmd_audit_verify)
