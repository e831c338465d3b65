"""The connection factory: SQLite durability settings, migrations applied once, placeholders."""

from __future__ import annotations

import pytest

from core.db import Database, DatabaseError, Migration

STEPS = [
    Migration(1, "CREATE TABLE t (id {id}, v TEXT)"),
    Migration(2, "ALTER TABLE t ADD COLUMN w TEXT; CREATE INDEX t_v ON t (v)"),
]


def test_sqlite_is_wal_and_synchronous_full(tmp_path):
    db = Database(path=tmp_path / "x.sqlite3")
    with db.read() as tx:
        assert tx.value("PRAGMA journal_mode") == "wal"
        assert tx.value("PRAGMA synchronous") == 2  # FULL


def test_migrations_apply_once_in_order(tmp_path):
    db = Database(path=tmp_path / "x.sqlite3")
    assert db.migrate("pkg", STEPS) == 2
    assert db.migrate("pkg", STEPS) == 2
    with db.transaction() as tx:
        new_id = tx.value("INSERT INTO t (v, w) VALUES (?, ?) RETURNING id", ("a", "b"))
    assert new_id == 1


def test_failed_transaction_leaves_nothing(tmp_path):
    db = Database(path=tmp_path / "x.sqlite3")
    db.migrate("pkg", STEPS)
    with pytest.raises(RuntimeError), db.transaction() as tx:
        tx.execute("INSERT INTO t (v) VALUES ('x')")
        raise RuntimeError
    with db.read() as tx:
        assert tx.value("SELECT count(*) FROM t") == 0


def test_unknown_url_scheme_is_an_error():
    with pytest.raises(DatabaseError, match="unsupported"):
        Database(url="mysql://x")


def test_group_commit_returns_each_result_and_isolates_failures(tmp_path):
    import threading

    db = Database(path=tmp_path / "x.sqlite3")
    db.migrate("pkg", STEPS)
    results: list[object] = []

    def work(n: int):
        def insert(tx):
            if n % 7 == 0:
                raise ValueError(n)
            return tx.value("INSERT INTO t (v) VALUES (?) RETURNING id", (str(n),))

        try:
            results.append(db.write_grouped(insert))
        except ValueError as exc:
            results.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(1, 50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ids = [r for r in results if isinstance(r, int)]
    assert len(ids) == 42 and len(set(ids)) == 42
    assert sum(isinstance(r, ValueError) for r in results) == 7
    with db.read() as tx:
        assert tx.value("SELECT count(*) FROM t") == 42


def test_group_commit_from_coroutines_admits_and_answers_after_the_commit(tmp_path):
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from core.db import Admit

    db = Database(path=tmp_path / "x.sqlite3")
    db.migrate("pkg", STEPS)
    decided: list[list[int]] = []

    def decide(keys: list[int]) -> list[bool]:  # every fifth caller is refused (a rate limit)
        decided.append(keys)
        return [n % 5 != 0 for n in keys]

    async def submit(n: int):
        def insert(tx):
            if n % 7 == 0:
                raise ValueError(n)
            return tx.value("INSERT INTO t (v) VALUES (?) RETURNING id", (str(n),))

        try:
            new_id = await db.write_grouped_async(insert, Admit(decide, n))
        except ValueError as exc:
            return exc
        if new_id is not None:
            # Answered only after the commit: another connection already sees the row.
            other = Database(path=tmp_path / "x.sqlite3")
            with other.read() as tx:
                assert tx.value("SELECT v FROM t WHERE id = ?", (new_id,)) == str(n)
            other.close()
        return new_id

    async def main():
        return await asyncio.gather(*(submit(n) for n in range(1, 71)))

    # a loop of its own in a thread of its own: the browser tests' Playwright keeps a loop
    # running in the main thread for the whole session
    with ThreadPoolExecutor(1) as pool:
        results = pool.submit(asyncio.run, main()).result()
    assert sorted(n for keys in decided for n in keys) == list(range(1, 71))
    assert len(decided) < 70  # decided a batch at a time
    refused = [n for n, r in zip(range(1, 71), results, strict=True) if r is None]
    failed = [n for n, r in zip(range(1, 71), results, strict=True) if isinstance(r, ValueError)]
    assert refused == [n for n in range(1, 71) if n % 5 == 0]
    assert failed == [n for n in range(1, 71) if n % 7 == 0 and n % 5 != 0]
    with db.read() as tx:
        assert tx.value("SELECT count(*) FROM t") == 70 - len(refused) - len(failed)
    db.close()


def test_closing_commits_what_is_queued_and_a_later_write_starts_a_new_writer(tmp_path):
    db = Database(path=tmp_path / "x.sqlite3")
    db.migrate("pkg", STEPS)
    first = db.write_grouped(lambda tx: tx.value("INSERT INTO t (v) VALUES ('a') RETURNING id"))
    db.close()
    second = db.write_grouped(lambda tx: tx.value("INSERT INTO t (v) VALUES ('b') RETURNING id"))
    assert (first, second) == (1, 2)
    db.close()
