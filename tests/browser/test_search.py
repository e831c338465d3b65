"""A person searches from the box on the home page, reads the results and follows one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import LiveServer, NewPage

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def search_url(fixture_output: Path) -> Iterator[str]:
    """The fixture site served with the settings it was built with, so its index is found."""
    server = LiveServer(fixture_output, fixture_output.parent).start()
    yield server.url
    server.stop()


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_search_from_the_home_page_and_follow_a_result(
    new_page: NewPage, search_url: str, device: str
) -> None:
    page, problems = new_page(search_url, device)
    page.goto("/")
    box = page.get_by_role("searchbox", name="搜索全站")
    box.fill("占道经营")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/search\?q="))
    expect(page.get_by_role("heading", level=1)).to_have_text("搜索“占道经营”")
    expect(page.get_by_role("status").first).to_contain_text("找到")
    results = page.locator("ol.search-results > li")
    expect(results.first.locator("mark").first).to_have_text("占道经营")
    decision = results.filter(has=page.locator(".tag", has_text="执法决定")).first
    link = decision.get_by_role("link")
    title = link.inner_text()
    link.click()
    expect(page).to_have_url(re.compile(r"/decisions/[\w-]+/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(title[:4])
    assert problems.all() == []


def test_filter_link_and_no_result_help(new_page: NewPage, search_url: str) -> None:
    page, problems = new_page(search_url, "phone")
    page.goto("/search?q=罚款")
    page.get_by_role("link", name=re.compile(r"^执法决定（\d+）$")).click()
    expect(page).to_have_url(re.compile(r"type=decision"))
    for tag in page.locator("ol.search-results .tag").all_text_contents():
        assert tag == "执法决定"
    page.get_by_role("searchbox", name="搜索词").fill("宇宙飞船")
    page.get_by_role("button", name="搜索").last.click()
    expect(page.get_by_role("heading", name="可以试试")).to_be_visible()
    assert problems.all() == []
