"""Codes, keyed hashes, signed tokens, database rate limits and sessions."""

from __future__ import annotations

import pytest

from core.db import Database
from core.security import (
    MIGRATIONS,
    Limit,
    RateLimiter,
    Sessions,
    Signer,
    keyed_hash,
    new_code,
    normalize_code,
)


def test_codes_have_enough_entropy_and_survive_retyping():
    code = new_code(100)
    assert len(normalize_code(code)) * 5 >= 100
    assert normalize_code(code.lower().replace("-", " ")) == normalize_code(code)
    assert len({new_code() for _ in range(1000)}) == 1000


def test_keyed_hash_depends_on_the_secret_and_purpose():
    assert keyed_hash("a", "receipt", "X") != keyed_hash("b", "receipt", "X")
    assert keyed_hash("a", "receipt", "X") != keyed_hash("a", "session", "X")


def test_signer_rejects_forged_and_expired_tokens():
    signer = Signer("secret", "purpose")
    token = signer.dumps({"id": 1})
    assert signer.loads(token, 60) == {"id": 1}
    assert signer.loads(token + "x", 60) is None
    assert Signer("other", "purpose").loads(token, 60) is None
    assert signer.loads(token, -1) is None


@pytest.fixture
def db(tmp_path):
    database = Database(path=tmp_path / "s.sqlite3", durable=False)
    database.migrate("security", MIGRATIONS)
    yield database
    database.close()


def test_rate_limit_counts_per_client_and_window(db):
    limiter = RateLimiter(db)
    limit = Limit("login", 2, 60)
    assert [limiter.hit(limit, "1.2.3.4", now=1000) for _ in range(3)] == [True, True, False]
    assert limiter.hit(limit, "5.6.7.8", now=1000)
    assert limiter.hit(limit, "1.2.3.4", now=1061)


def test_counting_a_batch_is_counting_one_after_another(db):
    limiter = RateLimiter(db)
    login, submit = Limit("login", 2, 60), Limit("submit", 3, 60)
    batch = [(login, "a"), (submit, "a"), (login, "b"), (login, "a"), (login, "a"), (submit, "a")]
    assert limiter.hit_all(batch, now=1000) == [True, True, True, True, False, True]
    assert limiter.hit_all([(submit, "a")] * 2, now=1000) == [True, False]
    assert limiter.hit(login, "b", now=1000) and not limiter.hit(login, "b", now=1000)
    assert limiter.admit(login, "c")() and limiter.admit(login, "c")()
    assert not limiter.admit(login, "c")()


def test_rate_limit_is_shared_by_two_instances(tmp_path):
    a = Database(path=tmp_path / "s.sqlite3", durable=False)
    b = Database(path=tmp_path / "s.sqlite3", durable=False)
    a.migrate("security", MIGRATIONS)
    b.migrate("security", MIGRATIONS)
    limit = Limit("submit", 2, 3600)
    assert RateLimiter(a).hit(limit, "c", now=10) and RateLimiter(b).hit(limit, "c", now=10)
    assert not RateLimiter(a).hit(limit, "c", now=10)


def test_sessions_live_in_the_database(db):
    sessions = Sessions(db, "secret")
    token = sessions.create("staff", 7)
    assert sessions.get(token, "staff") == 7
    assert sessions.get(token, "supervisor") is None
    assert sessions.get(token + "x", "staff") is None
    assert Sessions(db, "secret").get(token, "staff") == 7  # another instance
    sessions.end(token)
    assert sessions.get(token, "staff") is None
    expired = sessions.create("staff", 8, max_age=-1)
    assert sessions.get(expired, "staff") is None


def test_local_secret_is_created_once_private_and_shared(tmp_path):
    import threading

    from core.security import local_secret

    results: list[tuple[str, bool]] = []
    threads = [
        threading.Thread(target=lambda: results.append(local_secret(tmp_path))) for _ in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({key for key, _ in results}) == 1 and sum(c for _, c in results) == 1
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600
