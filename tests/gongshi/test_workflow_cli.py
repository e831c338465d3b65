"""The clerk's workflow through the gongshi command: ingest → approve → build → withdraw."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.accounts import Accounts
from core.audit import AuditLog
from core.checksums import gb11643_check_char
from core.db import open_database
from gongshi.cli import main
from gongshi.workflow_cli import open_ledger
from plugins.approval import ApprovalError
from tests.conftest import make_settings

ID = "43010219900101123" + gb11643_check_char("43010219900101123")
DECISION = f"""青溪市临江区综合行政执法局
行政处罚决定书
临综执罚决字〔2026〕第0099号

当事人：赵建国，男，身份证号码：{ID}，住址：湖南省长沙市芙蓉区五一大道123号2栋301室，联系电话：13807312345。

经查，当事人赵建国于2026年3月1日在迎宾路占道经营。本局执法人员李明（执法证号：LJ43012021001）现场检查。

本局决定：对当事人赵建国罚款人民币200元。
"""


@pytest.fixture
def env(site_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("GONGSHI_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("GONGSHI_CONTENT_DIR", str(site_copy))
    monkeypatch.setenv("GONGSHI_OUTPUT_DIR", str(tmp_path / "output"))
    settings = make_settings(tmp_path, site_copy)
    accounts = Accounts(open_database(settings, "gongshi"))
    accounts.add("clerk1", "clerk", "a long enough password")
    accounts.add("handler1", "handler", "a long enough password")
    source = tmp_path / "in" / "0099.txt"
    source.parent.mkdir()
    source.write_text(DECISION, encoding="utf-8")
    (tmp_path / "in" / "0099.yaml").write_text(
        "title: 赵某占道经营案行政处罚决定书\nviolation: 占道经营\n"
        "penalty: 罚款人民币200元\nfine: 200\n",
        encoding="utf-8",
    )
    return settings, source


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def ingest(capsys, source: Path) -> int:
    code, out, _ = run(
        capsys,
        "ingest",
        str(source),
        "--type",
        "行政处罚",
        "--number",
        "临综执罚决字〔2026〕第0099号",
        "--date",
        "2026-03-05",
    )
    assert code == 0
    entry_id, status = out.strip().split("\t")
    assert status == "in_review"
    return int(entry_id)


def test_ingest_approve_build_withdraw(env, capsys, build):
    settings, source = env
    entry_id = ingest(capsys, source)

    code, out, _ = run(capsys, "review", "--json")
    queue = json.loads(out)
    assert [q["id"] for q in queue] == [entry_id]
    assert queue[0]["deadline"] == "2026-03-16"  # 7 working days, decision day not counted

    code, _, err = run(capsys, "approve", str(entry_id), "--as", "handler1")
    assert code == 1 and "is a handler" in err

    code, out, _ = run(capsys, "approve", str(entry_id), "--as", "clerk1")
    assert code == 0
    exported = settings.content_dir / "decisions" / f"2026-penalty-{entry_id:05d}.md"
    text = exported.read_text(encoding="utf-8")
    assert "赵建国" not in text and ID not in text and "13807312345" not in text
    assert "赵某" in text and "李明" in text and "Approved_by: clerk1" in text

    output = build(settings.content_dir)
    page = (output / "decisions" / f"2026-penalty-{entry_id:05d}" / "index.html").read_text("utf-8")
    assert "赵某占道经营案行政处罚决定书" in page and "赵建国" not in page

    # An edit after approval: the build refuses and names the file.
    exported.write_text(text.replace("罚款人民币200元。", "罚款人民币2000元。"), encoding="utf-8")
    with pytest.raises(ApprovalError, match=f"2026-penalty-{entry_id:05d}.md"):
        build(settings.content_dir)
    exported.write_text(text, encoding="utf-8")

    code, _, err = run(capsys, "withdraw", str(entry_id), "--as", "clerk1", "--reason", "")
    assert code == 1 and "needs a reason" in err
    code, _, _ = run(
        capsys, "withdraw", str(entry_id), "--as", "clerk1", "--reason", "经复议决定撤销"
    )
    assert code == 0
    output = build(settings.content_dir)
    page = (output / "decisions" / f"2026-penalty-{entry_id:05d}" / "index.html").read_text("utf-8")
    assert "已撤回" in page and "经复议决定撤销" in page and "占道经营。本局执法人员" not in page

    code, out, _ = run(capsys, "audit", "verify")
    assert code == 0 and "chain intact" in out
    db = open_database(settings, "gongshi")
    with db.transaction() as tx:
        tx.execute("UPDATE audit_events SET actor = 'mallory' WHERE action = 'approve'")
    code, _, err = run(capsys, "audit", "verify")
    assert code == 1 and "was altered" in err
    actions = [e.action for e in AuditLog(db).events(f"decision:{entry_id}")]
    assert actions == ["ingest", "redact", "approve", "publish", "withdraw"]


def test_held_decision_needs_a_recorded_decision(env, capsys, tmp_path: Path):
    settings, source = env
    source.write_text("机密★1年\n" + DECISION, encoding="utf-8")
    code, out, _ = run(
        capsys,
        "ingest",
        str(source),
        "--type",
        "行政处罚",
        "--number",
        "临综执罚决字〔2026〕第0100号",
        "--date",
        "2026-03-05",
    )
    entry_id, status = out.strip().split("\t")
    assert status == "held"
    code, _, err = run(capsys, "approve", entry_id, "--as", "clerk1")
    assert code == 1 and "is held" in err and "--hold-decision" in err
    assert not list((settings.content_dir / "decisions").glob("2026-penalty-*.md"))


def test_unreadable_file_is_an_error_with_an_id(env, capsys, tmp_path: Path):
    bad = tmp_path / "in" / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00broken")
    code, out, _ = run(
        capsys,
        "ingest",
        str(bad),
        "--type",
        "行政检查",
        "--number",
        "临综执检字〔2026〕第0001号",
        "--date",
        "2026-03-05",
    )
    assert code == 0
    entry_id, status = out.strip().split("\t")
    assert status == "error"
    settings = env[0]
    assert open_ledger(settings).get(int(entry_id)).reasons


def test_correction_replaces_and_keeps_history(env, capsys, build):
    settings, source = env
    entry_id = ingest(capsys, source)
    run(capsys, "approve", str(entry_id), "--as", "clerk1")
    source.write_text(DECISION.replace("罚款人民币200元", "罚款人民币100元"), encoding="utf-8")
    code, out, _ = run(capsys, "correct", str(entry_id), str(source), "--as", "clerk1")
    new_id = int(out.split("\t")[0])
    run(capsys, "approve", str(new_id), "--as", "clerk1")
    ledger = open_ledger(settings)
    assert ledger.get(entry_id).status == "corrected"
    exported = settings.content_dir / "decisions" / f"2026-penalty-{entry_id:05d}.md"
    text = exported.read_text(encoding="utf-8")
    assert "罚款人民币100元" in text and "Corrected:" in text
    output = build(settings.content_dir)
    page = (output / "decisions" / f"2026-penalty-{entry_id:05d}" / "index.html").read_text("utf-8")
    assert "更正" in page


def test_credit_repair_removes_early_and_keeps_the_archive(env, capsys, build):
    settings, source = env
    entry_id = ingest(capsys, source)
    run(capsys, "approve", str(entry_id), "--as", "clerk1")
    code, _, err = run(capsys, "remove", str(entry_id), "--as", "clerk1", "--reason", "")
    assert code == 1
    code, out, _ = run(
        capsys, "remove", str(entry_id), "--as", "clerk1", "--reason", "信用修复申请已批准"
    )
    assert code == 0 and out.split("\t")[1].strip() == "removed"
    slug = f"2026-penalty-{entry_id:05d}"
    archived = settings.content_dir / "decisions" / f"{slug}.md"
    assert "罚款人民币200元" in archived.read_text(encoding="utf-8")
    output = build(settings.content_dir)
    assert not (output / "decisions" / slug).exists()
    assert slug not in (output / "data" / "decisions.json").read_text(encoding="utf-8")
    assert slug not in (output / "feeds" / "decisions.atom.xml").read_text(encoding="utf-8")


def test_withdrawal_deadline_is_tracked(env, capsys, build):
    settings, source = env
    entry_id = ingest(capsys, source)
    run(capsys, "approve", str(entry_id), "--as", "clerk1")
    code, out, _ = run(
        capsys,
        "withdraw",
        str(entry_id),
        "--as",
        "clerk1",
        "--reason",
        "行政复议撤销",
        "--changed-on",
        "2025-09-30",
    )
    assert code == 0 and "due 2025-10-11" in out  # National Day: 3 working days end on a Saturday
    output = build(settings.content_dir)
    page = (output / "decisions" / f"2026-penalty-{entry_id:05d}" / "index.html").read_text("utf-8")
    assert "应于2025年10月11日前撤回" in page
