"""Intake fixtures: the intake routes over a fresh store in a temporary folder, and helpers
that read a form's CSRF token, log staff in and build test images."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.testclient import TestClient

from core.accounts import Accounts
from core.settings import load_settings
from gongshi.app import SecurityHeaders
from gongshi.theme import ThemeRenderer
from intake.web import intake_routes
from tests.conftest import FIXTURE_SITE

TOKEN_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
PASSWORD = "correct horse battery"


def make_intake_settings(tmp: Path, **overrides):
    return load_settings(
        environ={},
        toml_path=tmp / "none.toml",
        data_dir=tmp / "var",
        content_dir=FIXTURE_SITE,
        output_dir=tmp / "output",
        secret_key="test-secret-" + "x" * 20,
        **overrides,
    )


def make_app(settings) -> Starlette:
    routes = intake_routes(settings, ThemeRenderer(settings))
    return Starlette(routes=routes, middleware=[Middleware(SecurityHeaders)])


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch):
    """argon2 at its production cost takes 0.2-2 s per hash on a busy 2-core machine."""
    from argon2 import PasswordHasher

    import core.accounts

    monkeypatch.setattr(
        core.accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


@pytest.fixture
def settings(tmp_path: Path):
    return make_intake_settings(tmp_path)


@pytest.fixture
def app(settings) -> Starlette:
    return make_app(settings)


@pytest.fixture
def client(app) -> TestClient:
    return TestClient(app, follow_redirects=False)


def token(client: TestClient, url: str) -> str:
    page = client.get(url)
    assert page.status_code == 200, page.text
    match = TOKEN_RE.search(page.text)
    assert match, f"no CSRF token on {url}"
    return match.group(1)


def file_complaint(client: TestClient, files=None, **fields) -> tuple[str, str]:
    """Submit the complaint form; returns (case number, receipt code) from the receipt page."""
    data = {
        "kind": "violation",
        "what": "路边占道经营，影响通行。",
        "place": "人民路 1 号",
        "occurred_on": "2026-03-01",
        "consent": "1",
        "csrf_token": token(client, "/complaints/new"),
    }
    data.update(fields)
    response = client.post("/complaints/new", data=data, files=files)
    assert response.status_code == 200, response.text
    case_no = re.search(r'class="case-no">(TS-\d{4}-\d{6})<', response.text).group(1)
    code = re.search(r'class="receipt-code">([0-9A-Z-]+)<', response.text).group(1)
    return case_no, code


@pytest.fixture
def accounts(settings) -> Accounts:
    from core.db import open_database

    return Accounts(open_database(settings, "gongshi"))


def login_staff(client: TestClient, name: str = "handler1") -> TestClient:
    response = client.post(
        "/admin/intake/login",
        data={
            "name": name,
            "password": PASSWORD,
            "csrf_token": token(client, "/admin/intake/login"),
        },
    )
    assert response.status_code == 303, response.text
    return client


@pytest.fixture
def staff(app, accounts) -> TestClient:
    """A second browser, logged in as a handler."""
    accounts.add("handler1", "handler", PASSWORD)
    return login_staff(TestClient(app, follow_redirects=False))


def jpeg_with_gps() -> bytes:
    img = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"
    gps = {1: "N", 2: (31.0, 14.0, 5.0), 3: "E", 4: (121.0, 28.0, 9.0)}
    exif[0x8825] = gps
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def png_bytes() -> bytes:
    out = io.BytesIO()
    img = Image.new("RGB", (20, 20), (0, 90, 200))
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "secret location 31.2N 121.4E")
    img.save(out, "PNG", pnginfo=info)
    return out.getvalue()


PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


PG_BASE = "postgresql://postgres@127.0.0.1:5432/test"
_pg_state: dict[str, str | None] = {}


def _pg_unreachable() -> str | None:
    """Why PostgreSQL cannot be used (tried once per test session), or None."""
    if "reason" not in _pg_state:
        try:
            import psycopg

            with psycopg.connect(PG_BASE, connect_timeout=3) as conn:
                conn.execute("SELECT 1")
            _pg_state["reason"] = None
        except Exception as exc:  # noqa: BLE001 - any failure means: skip, saying why
            _pg_state["reason"] = f"no PostgreSQL at {PG_BASE}: {str(exc).strip()[:200]}"
    return _pg_state["reason"]


@pytest.fixture
def pg_url():
    """A database URL whose search_path is a fresh schema, dropped after the test."""
    reason = _pg_unreachable()
    if reason:
        pytest.skip(reason)
    import secrets

    import psycopg

    schema = "t_" + secrets.token_hex(6)
    with psycopg.connect(PG_BASE, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    yield f"{PG_BASE}?options=-csearch_path%3D{schema}"
    with psycopg.connect(PG_BASE, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")
