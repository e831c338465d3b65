"""Web security shared by every service: CSRF tokens, sessions, rate limits, secret codes.

Everything that must hold across several service instances (sessions, rate-limit counters)
lives in the database, not in process memory; tokens are signed with the deployment's secret
key (itsdangerous), so any instance can check what another issued.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from itsdangerous import BadSignature, SignatureExpired, TimestampSigner, URLSafeTimedSerializer
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from core.db import Admit, Database, Migration

CSRF_COOKIE = "gs_csrf"
SESSION_COOKIE = "gs_session"
CSRF_MAX_AGE = 4 * 3600
SESSION_MAX_AGE = 8 * 3600

MIGRATIONS = [
    Migration(
        1,
        """
        CREATE {unlogged} TABLE IF NOT EXISTS rate_limits (
            bucket TEXT NOT NULL, window_start BIGINT NOT NULL, hits INTEGER NOT NULL,
            PRIMARY KEY (bucket, window_start));
        CREATE TABLE IF NOT EXISTS sessions (
            token_hash TEXT PRIMARY KEY, subject_kind TEXT NOT NULL, subject_id BIGINT NOT NULL,
            created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)
        """,
    )
]

# Crockford's base32 without I, L, O, U: codes read aloud or copied by hand survive.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def local_secret(data_dir: Path) -> tuple[str, bool]:
    """The key in ``data_dir/secret_key`` (mode 0600), created if missing; True if created.

    For the local demo and embedded uses only: a deployment sets GONGSHI_SECRET_KEY. Several
    processes starting at once agree on one key (the file is created exclusively).
    """
    path = data_dir / "secret_key"
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for _ in range(50):  # another process may be writing it right now
            existing = path.read_text(encoding="utf-8").strip()
            if existing:
                return existing, False
            time.sleep(0.01)
        raise
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(key + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    return key, True


def new_code(bits: int = 100) -> str:
    """A random code of at least ``bits`` bits (5 bits per character), grouped by 4 for reading."""
    n = -(-bits // 5)
    # One read of the system CSPRNG, cut into 5-bit groups: each is uniform over the 32 symbols
    # (a secrets.choice per character costs a system call each, ~30 µs a code).
    value = int.from_bytes(secrets.token_bytes(-(-n * 5 // 8)), "big")
    raw = "".join(CODE_ALPHABET[(value >> (5 * i)) & 31] for i in range(n))
    return "-".join(raw[i : i + 4] for i in range(0, n, 4))


def normalize_code(text: str) -> str:
    """What a person typed back: case, spaces and dashes ignored, O/I/L read as 0/1/1."""
    table = str.maketrans({"O": "0", "I": "1", "L": "1"})
    return "".join(ch for ch in text.upper().translate(table) if ch in CODE_ALPHABET)


def keyed_hash(secret: str, purpose: str, value: str) -> str:
    """HMAC-SHA256 of ``value`` under the deployment secret, for high-entropy secrets only.

    A receipt code carries ≥ 80 random bits, so a slow password hash adds nothing against
    guessing; the key means a stolen database alone cannot even test guesses offline. Equality
    on the stored hash leaks nothing useful, and callers confirm with ``hmac.compare_digest``.
    """
    mac = hmac.new(secret.encode(), f"{purpose}\x00{value}".encode(), hashlib.sha256)
    return mac.hexdigest()


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


class Signer:
    """Signed, expiring tokens (CSRF, password-set links) under one secret with a purpose salt."""

    def __init__(self, secret: str, salt: str) -> None:
        self._s = URLSafeTimedSerializer(secret, salt=salt)

    def dumps(self, value: Any) -> str:
        return self._s.dumps(value)

    def loads(self, token: str, max_age: int) -> Any | None:
        """The signed value, or None when the token is forged, altered or too old."""
        try:
            return self._s.loads(token, max_age=max_age)
        except (BadSignature, SignatureExpired):
            return None


class CsrfCookie:
    """ASGI middleware giving each browser a random CSRF id cookie (double-submit pattern).

    Forms carry ``csrf_token(request)``, a signed, time-limited copy of that id; a POST is
    accepted only when the token is genuine, fresh and matches the browser's cookie.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        existing = request.cookies.get(CSRF_COOKIE, "")
        fresh = not (16 <= len(existing) <= 64 and existing.isalnum())
        csrf_id = secrets.token_hex(16) if fresh else existing
        scope.setdefault("state", {})["csrf_id"] = csrf_id
        secure = scope.get("scheme") == "https"

        async def send_cookie(message: Message) -> None:
            if fresh and message["type"] == "http.response.start":
                cookie = f"{CSRF_COOKIE}={csrf_id}; Path=/; HttpOnly; SameSite=Lax"
                if secure:
                    cookie += "; Secure"
                message["headers"] = [*message.get("headers", []), (b"set-cookie", cookie.encode())]
            await send(message)

        await self.app(scope, receive, send_cookie)


class Csrf:
    """CSRF tokens: the browser's CSRF id, timestamped and signed (no JSON, no compression)."""

    def __init__(self, secret: str) -> None:
        self.signer = TimestampSigner(secret, salt="csrf")

    def token(self, request: Request) -> str:
        return self.signer.sign(request.state.csrf_id).decode()

    def valid(self, request: Request, token: object) -> bool:
        if not isinstance(token, str) or not token or len(token) > 200:
            return False
        try:
            value = self.signer.unsign(token, max_age=CSRF_MAX_AGE).decode()
        except (BadSignature, SignatureExpired, UnicodeDecodeError):
            return False
        cookie = request.cookies.get(CSRF_COOKIE, "")
        return bool(cookie) and same(value, cookie)


@dataclass(frozen=True)
class Limit:
    """At most ``hits`` per ``seconds`` for one bucket (action + client)."""

    action: str
    hits: int
    seconds: int


class RateLimiter:
    """Fixed-window counters in the database, so every instance sees the same counts.

    With SQLite the counters live in their own non-durable file (a lost counter after a crash
    only forgives a few requests); with PostgreSQL in an UNLOGGED table.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    def hit(self, limit: Limit, client: str, now: float | None = None) -> bool:
        """Count one request; False when the client is over the limit (the request is refused)."""
        return self.hit_all([(limit, client)], now)[0]

    def hit_all(
        self, requests: Sequence[tuple[Limit, str]], now: float | None = None
    ) -> list[bool]:
        """Count several requests, in order, in one transaction (the submissions of one group
        commit); for each, False when its client is over the limit. The same as one
        :meth:`hit` after another, for one upsert per client."""
        now = time.time() if now is None else now
        counts: dict[tuple[str, int], int] = {}
        for limit, client in requests:
            key = (f"{limit.action}:{client}", int(now // limit.seconds) * limit.seconds)
            counts[key] = counts.get(key, 0) + 1
        totals: dict[tuple[str, int], int] = {}
        with self.db.transaction() as tx:
            for (bucket, window), n in counts.items():
                totals[bucket, window] = int(
                    tx.value(
                        "INSERT INTO rate_limits (bucket, window_start, hits) VALUES (?, ?, ?) "
                        "ON CONFLICT (bucket, window_start) "
                        "DO UPDATE SET hits = rate_limits.hits + excluded.hits RETURNING hits",
                        (bucket, window, n),
                    )
                )
            if secrets.randbelow(200) == 0:
                tx.execute("DELETE FROM rate_limits WHERE window_start < ?", (now - 86400,))
        verdicts = []
        for limit, client in requests:  # the k-th request of a bucket saw its count before + k
            key = (f"{limit.action}:{client}", int(now // limit.seconds) * limit.seconds)
            before = totals[key] - counts[key]
            counts[key] -= 1
            verdicts.append(before + 1 <= limit.hits)
        return verdicts

    def admit(self, limit: Limit, client: str) -> Admit:
        """This request's admission for a grouped write, counted with the rest of its batch."""
        return Admit(self.hit_all, (limit, client))


class Sessions:
    """Server-side sessions: the cookie holds a random token, the database its hash and owner.

    Logging out, or disabling an account, ends the session on every instance at once.
    """

    def __init__(self, db: Database, secret: str) -> None:
        self.db = db
        self.secret = secret

    def _hash(self, token: str) -> str:
        return keyed_hash(self.secret, "session", token)

    def create(self, kind: str, subject_id: int, max_age: int = SESSION_MAX_AGE) -> str:
        token = secrets.token_urlsafe(32)
        now = int(time.time())
        with self.db.transaction() as tx:
            tx.execute(
                "INSERT INTO sessions (token_hash, subject_kind, subject_id, created_at, "
                "expires_at) VALUES (?, ?, ?, ?, ?)",
                (self._hash(token), kind, subject_id, now, now + max_age),
            )
            tx.execute("DELETE FROM sessions WHERE expires_at < ?", (now,))
        return token

    def get(self, token: str | None, kind: str) -> int | None:
        """The subject id of a live session of ``kind``, or None."""
        if not token or len(token) > 100:
            return None
        with self.db.read() as tx:
            row = tx.one(
                "SELECT subject_kind, subject_id, expires_at FROM sessions WHERE token_hash = ?",
                (self._hash(token),),
            )
        if row is None or row["subject_kind"] != kind or row["expires_at"] < time.time():
            return None
        return int(row["subject_id"])

    def end(self, token: str | None) -> None:
        if token:
            with self.db.transaction() as tx:
                tx.execute("DELETE FROM sessions WHERE token_hash = ?", (self._hash(token),))

    def end_all(self, kind: str, subject_id: int) -> None:
        with self.db.transaction() as tx:
            tx.execute(
                "DELETE FROM sessions WHERE subject_kind = ? AND subject_id = ?", (kind, subject_id)
            )


def signed_in(
    sessions: Sessions, accounts: Any, token: str | None, kind: str, roles: Sequence[str]
) -> Any:
    """The active account of a live session of ``kind`` whose role is one of ``roles``, or
    None: the one check every staff page makes (intake handlers, the clerk's review)."""
    account_id = sessions.get(token, kind)
    if account_id is None:
        return None
    account = accounts.get(account_id)
    if account is None or not account.active or account.role not in roles:
        return None
    return account


def session_cookie(
    token: str, request: Request, name: str = SESSION_COOKIE, max_age: int = SESSION_MAX_AGE
) -> dict:
    """Keyword arguments for ``Response.set_cookie``: HttpOnly, SameSite=Lax, Secure on TLS."""
    return {
        "key": name,
        "value": token,
        "max_age": max_age,
        "httponly": True,
        "samesite": "lax",
        "secure": request.url.scheme == "https",
        "path": "/",
    }


class BodyLimit:
    """ASGI middleware refusing request bodies over ``max_bytes`` (413), declared or streamed."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await _too_large(send)
            return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge
            return message

        async def watch_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, watch_send)
        except _TooLarge:
            if not started:
                await _too_large(send)


class _TooLarge(Exception):
    pass


async def _too_large(send: Send) -> None:
    body = "提交的内容过大，请减少或压缩附件后重试。".encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
