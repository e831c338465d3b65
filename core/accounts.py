"""Staff accounts (clerk, handler, legal, admin): created with ``gongshi user add``.

Passwords are hashed with argon2id (argon2-cffi's defaults). The intake service and the
clerk's review both sign staff in through :func:`authenticate`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from core.db import Database, Migration
from core.errors import GongshiError

ROLES = ("clerk", "handler", "legal", "admin")
MIN_PASSWORD = 10
_hasher = PasswordHasher()
_dummy: dict[int, str] = {}

MIGRATIONS = [
    Migration(
        1,
        """
        CREATE TABLE IF NOT EXISTS accounts (
            id {id}, name TEXT NOT NULL UNIQUE, role TEXT NOT NULL,
            password_hash TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL)
        """,
    )
]


class AccountError(GongshiError):
    """An account cannot be created or changed as asked."""


@dataclass(frozen=True)
class Account:
    id: int
    name: str
    role: str
    active: bool


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise AccountError(
            f"the password is too short ({len(password)} characters)",
            field="password",
            hint=f"use at least {MIN_PASSWORD} characters",
        )
    return _hasher.hash(password)


def _dummy_hash() -> str:
    """Verified against when the name is unknown: a wrong name costs as long as a wrong password."""
    key = id(_hasher)
    if key not in _dummy:
        _dummy[key] = _hasher.hash("not a real password, only for timing")
    return _dummy[key]


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _dummy_hash(), password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _row(row: dict) -> Account:
    return Account(row["id"], row["name"], row["role"], bool(row["active"]))


class Accounts:
    def __init__(self, db: Database) -> None:
        self.db = db
        db.migrate("accounts", MIGRATIONS)

    def add(self, name: str, role: str, password: str) -> Account:
        name = name.strip()
        if role not in ROLES:
            raise AccountError(
                f"unknown role {role!r}", field="role", hint="one of " + ", ".join(ROLES)
            )
        if not name or len(name) > 64 or any(ch.isspace() for ch in name):
            raise AccountError(f"invalid user name {name!r}", hint="1-64 characters, no spaces")
        hashed = hash_password(password)
        with self.db.transaction() as tx:
            if tx.one("SELECT id FROM accounts WHERE name = ?", (name,)):
                raise AccountError(f"user {name!r} already exists")
            new_id = tx.value(
                "INSERT INTO accounts (name, role, password_hash, active, created_at) "
                "VALUES (?, ?, ?, 1, ?) RETURNING id",
                (name, role, hashed, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        return Account(int(new_id), name, role, True)

    def get(self, account_id: int) -> Account | None:
        with self.db.read() as tx:
            row = tx.one("SELECT * FROM accounts WHERE id = ?", (account_id,))
        return _row(row) if row else None

    def all(self) -> list[Account]:
        with self.db.read() as tx:
            return [_row(r) for r in tx.all("SELECT * FROM accounts ORDER BY name")]

    def authenticate(self, name: str, password: str) -> Account | None:
        """The active account with this name and password, or None (same cost either way)."""
        with self.db.read() as tx:
            row = tx.one("SELECT * FROM accounts WHERE name = ?", (name.strip(),))
        ok = verify_password(row["password_hash"] if row else None, password)
        if not ok or row is None or not row["active"]:
            return None
        return _row(row)
