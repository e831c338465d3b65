"""What a person does with the site: clicks through it, tabs into it, prints it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import NewPage

pytestmark = pytest.mark.browser


def test_phone_user_finds_the_basis_of_a_power_item(new_page: NewPage, fixture_url: str) -> None:
    page, problems = new_page(fixture_url, "phone")
    page.goto("/")
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="权力清单").click()
    expect(page).to_have_url(re.compile(r"/powers/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("权力清单")
    page.locator("main table tbody a").first.click()
    expect(page).to_have_url(re.compile(r"/powers/[\w-]+/$"))
    expect(page.get_by_role("heading", name="设定依据")).to_be_visible()
    assert problems.all() == []


def test_flowchart_shows_every_step_of_the_list(new_page: NewPage, fixture_url: str) -> None:
    page, problems = new_page(fixture_url, "phone")
    page.goto("/flows/")
    page.locator("main a[href^='/flows/']").first.click()
    svg = page.locator("figure.flowchart svg")
    expect(svg).to_be_visible()
    box = svg.bounding_box()
    assert box is not None and box["width"] > 100 and box["height"] > 100
    svg_text = re.sub(r"\s+", "", svg.text_content() or "")
    steps = page.locator("ol.flow-steps > li > strong").all_text_contents()
    assert steps, "the flow page lists no steps"
    missing = [s for s in steps if re.sub(r"\s+", "", s) not in svg_text]
    assert missing == [], f"steps missing from the flowchart: {missing}"
    assert problems.all() == []


def test_decisions_list_pages_to_a_decision(new_page: NewPage, paged_url: str) -> None:
    page, problems = new_page(paged_url, "phone")
    page.goto("/decisions/")
    pager = page.get_by_role("navigation", name="分页")
    if pager.count():
        pager.get_by_role("link", name="2", exact=True).click()
        expect(page).to_have_url(re.compile(r"/decisions/page/2/$"))
        expect(pager.locator("[aria-current=page]")).to_have_text("2")
    first = page.locator("ol.decision-list h2 a").first
    title = first.text_content()
    first.click()
    expect(page).to_have_url(re.compile(r"/decisions/[\w-]+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(title or "")
    expect(page.get_by_role("heading", name="决定书全文")).to_be_visible()
    assert problems.all() == []


def test_paged_site_has_a_second_page(paged_output: Path) -> None:
    """Guards the journey above: its fixture must really have a second page to follow."""
    assert (paged_output / "decisions" / "page" / "2" / "index.html").exists()


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_first_tab_reaches_the_visible_skip_link(
    new_page: NewPage,
    fixture_url: str,
    viewport: str,
) -> None:
    page, _ = new_page(fixture_url, viewport)
    page.goto("/decisions/")
    skip = page.get_by_role("link", name="跳到主要内容")
    expect(skip).not_to_be_in_viewport()
    page.keyboard.press("Tab")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()


def test_printed_guide_hides_navigation_and_search(new_page: NewPage, fixture_url: str) -> None:
    page, _ = new_page(fixture_url, "desktop")
    page.goto("/guides/waste-permit/")
    nav = page.get_by_role("navigation", name="主导航")
    search = page.locator("form[role=search]")
    expect(nav).to_be_visible()
    expect(search).to_be_visible()
    page.emulate_media(media="print")
    expect(nav).to_be_hidden()
    expect(search).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator(".print-only")).to_be_visible()
