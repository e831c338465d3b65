"""The audit chain: intact when untouched; an edit or a deletion is found and named."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.audit import AuditLog, sha256_text
from core.db import Database


@pytest.fixture
def log(tmp_path: Path) -> AuditLog:
    log = AuditLog(Database(path=tmp_path / "audit.sqlite3"))
    for i in range(5):
        with log.db.transaction() as tx:
            log.append(
                tx,
                actor="clerk1",
                action="approve",
                subject=f"D{i}",
                text_sha256=sha256_text(f"text {i}"),
                details={"n": i},
            )
    return log


def test_intact_chain_verifies(log: AuditLog):
    ok, message = log.verify()
    assert ok and "5 events" in message
    assert [e.subject for e in log.events()] == ["D0", "D1", "D2", "D3", "D4"]
    assert log.events("D2")[0].details == {"n": 2}


@pytest.mark.parametrize(
    ("sql", "words"),
    [
        (
            "UPDATE audit_events SET actor = 'mallory' WHERE id = 3",
            "event 3 (approve D2) was altered",
        ),
        (
            "UPDATE audit_events SET details = '{\"n\": 9}' WHERE id = 2",
            "event 2 (approve D1) was altered",
        ),
        ("DELETE FROM audit_events WHERE id = 2", "event 3 (approve D2): its predecessor"),
    ],
)
def test_tampering_is_named(log: AuditLog, sql: str, words: str):
    with log.db.transaction() as tx:
        tx.execute(sql)
    ok, message = log.verify()
    assert not ok and words in message


def test_event_and_change_commit_together(log: AuditLog):
    with pytest.raises(RuntimeError), log.db.transaction() as tx:
        log.append(tx, actor="clerk1", action="withdraw", subject="D9")
        raise RuntimeError("the change failed")
    assert not log.events("D9")
    assert log.verify()[0]
