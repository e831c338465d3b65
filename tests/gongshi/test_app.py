"""The service serves the built site with the security headers of DESIGN §6."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient

from core.settings import load_settings
from gongshi.app import create_app


@pytest.fixture
def client(fixture_output: Path) -> TestClient:
    settings = load_settings(environ={}, output_dir=fixture_output)
    return TestClient(create_app(settings))


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/powers/",
        "/powers/ts-cf-001/",
        "/decisions/2026-cf-0001/",
        "/data/officers.csv",
        "/feeds/decisions.atom.xml",
        "/sitemap.xml",
    ],
)
def test_serves_built_pages(client: TestClient, path: str):
    response = client.get(path)
    assert response.status_code == 200
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert "'unsafe-inline'" not in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_unknown_page_is_a_chinese_404(client: TestClient):
    response = client.get("/decisions/no-such-decision/")
    assert response.status_code == 404
    assert "页面不存在" in response.text


def test_pages_have_no_inline_script_or_style(fixture_output: Path):
    """The CSP forbids inline scripts and styles, so the theme must not rely on them."""
    for page in fixture_output.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script" not in html and "<style" not in html and " style=" not in html, page


def test_start_up_objects_are_frozen_out_of_the_collector(fixture_output: Path):
    """Full collections walking them made ~30 ms pauses twice a second (intake p99)."""
    import gc

    from search import analysis

    settings = load_settings(environ={}, output_dir=fixture_output)
    gc.unfreeze()
    with TestClient(create_app(settings)):  # start-up done: warm and frozen
        assert analysis.SEGMENTER.ready
        assert gc.get_freeze_count() > 10_000
    gc.unfreeze()
