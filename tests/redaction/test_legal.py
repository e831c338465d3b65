"""Legal review of major decisions: marked at ingest from the catalogue, approval refused
without a passing review of the same text, the published page says it passed."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from core.accounts import Accounts
from core.settings import PROJECT_ROOT
from gongshi.cli import main
from gongshi.workflow_cli import open_ledger
from redaction.ledger import LedgerError
from tests.conftest import make_settings

BIG = """青溪市临江区综合行政执法局
行政处罚决定书

当事人：青溪某某建材有限公司，法定代表人：孙大成。

经查，当事人未取得建设工程规划许可证擅自建设。

本局决定：对当事人罚款人民币贰拾万元整。
"""
SMALL = BIG.replace("贰拾万元整", "伍仟元整")


@pytest.fixture
def ledger(site_copy: Path, tmp_path: Path):
    shutil.copy(PROJECT_ROOT / "content" / "major_catalogue.yaml", site_copy)
    settings = make_settings(tmp_path, site_copy)
    ledger = open_ledger(settings)
    accounts = Accounts(ledger.db)
    accounts.add("clerk1", "clerk", "a long enough password")
    accounts.add("legal1", "legal", "a long enough password")
    return ledger


def ingest(ledger, text: str, party_type: str = "organization"):
    return ledger.ingest(
        text,
        source_name="x.txt",
        kind="行政处罚",
        decision_no="临综执罚决字〔2026〕第0300号",
        date=dt.date(2026, 3, 5),
        body="bureau",
        meta={"party_type": party_type, "title": "建材公司违法建设案"},
    )


def test_amount_over_the_threshold_is_major(ledger):
    big, small = ingest(ledger, BIG), ingest(ledger, SMALL)
    assert big.major and "大额罚款" in big.major_reasons[0]
    assert big.meta["fine"] == "200000"
    assert not small.major


def test_approval_needs_a_passing_review_of_the_same_text(ledger, build):
    entry = ingest(ledger, BIG)
    with pytest.raises(LedgerError, match="has no legal review"):
        ledger.approve(entry.id, "clerk1")
    ledger.legal_review(entry.id, "不同意", "legal1")
    with pytest.raises(LedgerError, match="says 不同意"):
        ledger.approve(entry.id, "clerk1")
    with pytest.raises(Exception, match="needs a note"):
        ledger.legal_review(entry.id, "修改后同意", "legal1")
    ledger.legal_review(entry.id, "同意", "legal1")
    approved = ledger.approve(entry.id, "clerk1")
    output = build(ledger.content_dir)
    page = (output / "decisions" / approved.slug / "index.html").read_text(encoding="utf-8")
    assert "经法制审核" in page and "同意" in page
    actions = [e.action for e in ledger.audit.events(f"decision:{entry.id}")]
    assert actions.count("legal_review") == 2 and actions[-2:] == ["approve", "publish"]


def test_a_review_of_another_text_does_not_count(ledger):
    entry = ingest(ledger, BIG)
    ledger.legal_review(entry.id, "同意", "legal1")
    with ledger.db.transaction() as tx:
        tx.execute(
            "UPDATE legal_reviews SET text_sha256 = ? WHERE decision_id = ?", ("0" * 64, entry.id)
        )
    with pytest.raises(LedgerError, match="another version"):
        ledger.approve(entry.id, "clerk1")


def test_clerk_marks_a_decision_major(ledger):
    entry = ingest(ledger, SMALL)
    marked = ledger.mark_major(entry.id, "经听证作出", "clerk1")
    assert marked.major and marked.major_reasons == ["人工标记：经听证作出"]
    with pytest.raises(LedgerError):
        ledger.approve(entry.id, "clerk1")


def test_cli_refuses_approval_and_needs_the_legal_role(ledger, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("GONGSHI_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("GONGSHI_CONTENT_DIR", str(ledger.content_dir))
    entry = ingest(ledger, BIG)
    assert main(["approve", str(entry.id), "--as", "clerk1"]) == 1
    assert "法制审核" in capsys.readouterr().err
    assert main(["legal-review", str(entry.id), "--opinion", "同意", "--as", "clerk1"]) == 1
    assert "needs: legal" in capsys.readouterr().err
    assert main(["legal-review", str(entry.id), "--opinion", "同意", "--as", "legal1"]) == 0
    assert main(["approve", str(entry.id), "--as", "clerk1"]) == 0


def test_counts_for_the_annual_report(ledger):
    entry = ingest(ledger, BIG)
    ledger.legal_review(entry.id, "同意", "legal1")
    counts = ledger.legal.counts(dt.date.today().year)
    assert counts["reviews"] == 1 and counts["opinions"]["同意"] == 1
    assert ledger.legal.counts(2026)["major_decisions"] == 1
