"""The clerk's review in the browser, through TestClient: every refusal, then the happy path."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.testclient import TestClient

from core.accounts import Accounts
from core.settings import load_settings
from gongshi.app import SecurityHeaders
from gongshi.theme import ThemeRenderer
from gongshi.workflow_cli import open_ledger
from redaction.web import review_routes
from tests.gongshi.test_workflow_cli import DECISION

TOKEN_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
PASSWORD = "a long enough password"


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch):
    from argon2 import PasswordHasher

    import core.accounts

    monkeypatch.setattr(
        core.accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


@pytest.fixture
def setup(site_copy: Path, tmp_path: Path):
    settings = load_settings(
        environ={},
        toml_path=tmp_path / "none.toml",
        data_dir=tmp_path / "var",
        content_dir=site_copy,
        output_dir=tmp_path / "output",
        secret_key="test-secret-" + "y" * 20,
    )
    ledger = open_ledger(settings)
    accounts = Accounts(ledger.db)
    accounts.add("clerk1", "clerk", PASSWORD)
    accounts.add("handler1", "handler", PASSWORD)
    entry = ledger.ingest(
        DECISION,
        source_name="0099.txt",
        kind="行政处罚",
        decision_no="临综执罚决字〔2026〕第0099号",
        date=dt.date(2026, 3, 5),
        body="bureau",
        meta={"title": "赵某占道经营案"},
    )
    held = ledger.ingest(
        "机密★1年\n" + DECISION,
        source_name="0100.txt",
        kind="行政处罚",
        decision_no="临综执罚决字〔2026〕第0100号",
        date=dt.date(2026, 3, 5),
        body="bureau",
    )
    app = Starlette(
        routes=review_routes(settings, ThemeRenderer(settings), ledger),
        middleware=[Middleware(SecurityHeaders)],
    )
    return settings, ledger, app, entry, held


def token(client: TestClient, url: str) -> str:
    page = client.get(url)
    assert page.status_code == 200, page.text
    return TOKEN_RE.search(page.text).group(1)


def login(app, name: str = "clerk1") -> TestClient:
    client = TestClient(app, follow_redirects=False)
    response = client.post(
        "/admin/decisions/login",
        data={
            "name": name,
            "password": PASSWORD,
            "csrf_token": token(client, "/admin/decisions/login"),
        },
    )
    assert response.status_code == 303, response.text
    return client


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/admin/decisions/"),
        ("GET", "/admin/decisions/1"),
        ("GET", "/admin/decisions/audit"),
        ("POST", "/admin/decisions/1/approve"),
        ("POST", "/admin/decisions/1/undo"),
        ("POST", "/admin/decisions/1/add"),
        ("POST", "/admin/decisions/1/withdraw"),
    ],
)
def test_anonymous_is_sent_to_login(setup, method: str, path: str):
    client = TestClient(setup[2], follow_redirects=False)
    response = client.request(method, path)
    assert response.status_code == 303 and response.headers["location"] == "/admin/decisions/login"
    assert setup[1].get(1).status == "in_review"


def test_handler_cannot_log_in_as_clerk(setup):
    client = TestClient(setup[2], follow_redirects=False)
    response = client.post(
        "/admin/decisions/login",
        data={
            "name": "handler1",
            "password": PASSWORD,
            "csrf_token": token(client, "/admin/decisions/login"),
        },
    )
    assert response.status_code == 401 and "无权审核公示" in response.text


def test_post_without_csrf_is_refused(setup):
    _, ledger, app, entry, _ = setup
    client = login(app)
    response = client.post(f"/admin/decisions/{entry.id}/approve", data={})
    assert response.status_code == 403
    assert ledger.get(entry.id).status == "in_review"


def test_review_page_shows_both_texts_escaped(setup):
    _, _, app, entry, _ = setup
    page = login(app).get(f"/admin/decisions/{entry.id}")
    assert page.status_code == 200
    assert "赵建国" in page.text and "赵某" in page.text  # original left, redacted right
    assert page.headers["cache-control"] == "no-store"
    assert "<script>" not in page.text.replace(
        '<script src="/theme/js/review.js" defer></script>', ""
    )


def test_clerk_fixes_a_finding_and_approves(setup):
    settings, ledger, app, entry, _ = setup
    client = login(app)
    url = f"/admin/decisions/{entry.id}"
    party = next(i for i, f in enumerate(ledger.get(entry.id).findings) if f["text"] == "赵建国")
    # Undo needs a reason.
    response = client.post(
        f"{url}/undo", data={"finding": str(party), "reason": "", "csrf_token": token(client, url)}
    )
    assert response.status_code == 400 and "needs a reason" in response.text
    # Add a redaction by typing the text: every occurrence is masked.
    response = client.post(
        f"{url}/add", data={"text": "迎宾路", "kind": "address", "csrf_token": token(client, url)}
    )
    assert response.status_code == 303
    assert "迎宾路" not in ledger.get(entry.id).redacted_text
    response = client.post(f"{url}/approve", data={"csrf_token": token(client, url)})
    assert response.status_code == 303
    approved = ledger.get(entry.id)
    assert approved.status == "approved" and approved.approved_by == "clerk1"
    exported = settings.content_dir / "decisions" / f"{approved.slug}.md"
    assert "迎宾路" not in exported.read_text(encoding="utf-8")
    actions = [e.action for e in ledger.audit.events(f"decision:{entry.id}")]
    assert actions == ["ingest", "redact", "add_redaction", "approve"]


def test_held_decision_needs_the_recorded_decision(setup):
    _, ledger, app, _, held = setup
    client = login(app)
    url = f"/admin/decisions/{held.id}"
    page = client.get(url)
    assert "暂缓公开" in page.text and "hold_decision" in page.text
    response = client.post(
        f"{url}/approve", data={"hold_decision": "", "csrf_token": token(client, url)}
    )
    assert response.status_code == 400 and ledger.get(held.id).status == "held"


def test_queue_lists_and_marks_overdue(setup):
    _, _, app, entry, held = setup
    page = login(app).get("/admin/decisions/")
    assert page.status_code == 200
    assert "临综执罚决字〔2026〕第0099号" in page.text and "已逾期" in page.text
    audit = login(app).get("/admin/decisions/audit")
    assert "完整" in audit.text and "login" in audit.text


def test_citizens_reports_about_published_pages_are_listed(site_copy: Path, tmp_path: Path):
    settings = load_settings(
        environ={},
        toml_path=tmp_path / "none.toml",
        data_dir=tmp_path / "var",
        content_dir=site_copy,
        output_dir=tmp_path / "output",
        secret_key="test-secret-" + "z" * 20,
    )
    ledger = open_ledger(settings)
    Accounts(ledger.db).add("clerk1", "clerk", PASSWORD)
    report = {
        "case_no": "TS-2026-000007",
        "kind": "exposure",
        "status": "received",
        "page_url": "/decisions/2026-cf-0001/",
        "what": "页面上有我的手机号",
        "created_at": "2026-03-09",
    }
    app = Starlette(
        routes=review_routes(settings, ThemeRenderer(settings), ledger, reports=lambda: [report])
    )
    page = login(app).get("/admin/decisions/")
    assert "TS-2026-000007" in page.text and "/decisions/2026-cf-0001/" in page.text


def test_legal_reviewer_records_an_opinion_but_cannot_approve(setup):
    settings, ledger, app, entry, _ = setup
    Accounts(ledger.db).add("legal1", "legal", PASSWORD)
    ledger.mark_major(entry.id, "经听证作出", "clerk1")
    legal = login(app, "legal1")
    url = f"/admin/decisions/{entry.id}"
    page = legal.get(url)
    assert "重大执法决定" in page.text and "提交审核意见" in page.text
    assert ">批准公示</button>" not in page.text
    response = legal.post(f"{url}/approve", data={"csrf_token": token(legal, url)})
    assert response.status_code == 403 and ledger.get(entry.id).status == "in_review"
    clerk = login(app)
    response = clerk.post(f"{url}/approve", data={"csrf_token": token(clerk, url)})
    assert response.status_code == 400 and "法制审核" in response.text
    response = clerk.post(
        f"{url}/legal-review", data={"opinion": "同意", "csrf_token": token(clerk, url)}
    )
    assert response.status_code == 403
    response = legal.post(
        f"{url}/legal-review", data={"opinion": "同意", "note": "", "csrf_token": token(legal, url)}
    )
    assert response.status_code == 303
    response = clerk.post(f"{url}/approve", data={"csrf_token": token(clerk, url)})
    assert response.status_code == 303 and ledger.get(entry.id).status == "approved"
