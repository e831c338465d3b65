"""Every page type, on a phone and on a desktop: loads cleanly, is well-formed and accessible."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe  # type: ignore[import-untyped]
from playwright.sync_api import Page

from tests.browser.conftest import NewPage

pytestmark = pytest.mark.browser

# Page types; "section/*" is the first detail page found in that section of the built site.
PAGES = {
    "home": "/",
    "power item": "powers/*",
    "flowchart": "flows/*",
    "service guide": "guides/*",
    "decision": "decisions/*",
    "agency": "agencies/*",
    "news item": "news/*",
    "decisions list": "/decisions/",
    "officers": "/officers/",
    "powers": "/powers/",
    "risks": "/risks/",
    "inspections": "/inspections/",
    "channels": "/channels/",
    "agencies": "/agencies/",
    "news list": "/news/",
    "timeliness": "/decisions/timeliness/",
    "open data": "/data/",
}
# Sub-folders of a section that hold filtered or paged lists, not detail pages.
LIST_FOLDERS = {
    "body",
    "category",
    "level",
    "page",
    "results",
    "timeliness",
    "type",
    "unit",
    "year",
}
# The small fixture site, and the demo site of content/ whose real lengths find wide content.
SITES = ["fixture", "demo"]
BLOCKING_IMPACTS = {"serious", "critical"}

axe = Axe()


def resolve(site_dir: Path, pattern: str) -> str:
    if not pattern.endswith("/*"):
        return pattern
    section = pattern.removesuffix("/*")
    slugs = sorted(
        p.parent.name
        for p in (site_dir / section).glob("*/index.html")
        if p.parent.name not in LIST_FOLDERS
    )
    assert slugs, f"the built site {site_dir} has no page under /{section}/"
    return f"/{section}/{slugs[0]}/"


@pytest.fixture(params=SITES)
def site(request: pytest.FixtureRequest, serve: Callable[[Path], str]) -> tuple[str, Path]:
    """(base URL, output folder) of a built site served by our app."""
    output: Path = request.getfixturevalue(f"{request.param}_output")
    return serve(output), output


@pytest.fixture(params=list(PAGES.values()), ids=list(PAGES))
def path(request: pytest.FixtureRequest, site: tuple[str, Path]) -> str:
    return resolve(site[1], request.param)


def structure_findings(page: Page) -> list[str]:
    findings = []
    if (lang := page.locator("html").get_attribute("lang")) != "zh-CN":
        findings.append(f"html lang is {lang!r}, not 'zh-CN'")
    if (n := page.locator("h1").count()) != 1:
        findings.append(f"{n} h1 headings instead of one")
    if not (page.locator("main").count() == 1 and page.locator("main").is_visible()):
        findings.append("no single visible main landmark")
    actions = page.locator("form[role=search]").evaluate_all(
        "forms => forms.map(f => f.getAttribute('action'))"
    )
    if actions != ["/search"]:
        findings.append(f"search forms with actions {actions} instead of one to /search")
    return findings


def overflow_findings(page: Page) -> list[str]:
    """Compared with the device width: a mobile browser widens innerWidth to fit wide content."""
    assert page.viewport_size is not None
    width = page.viewport_size["width"]
    scroll_width = page.evaluate("() => document.documentElement.scrollWidth")
    if scroll_width <= width + 1:
        return []
    return [f"the document is {scroll_width}px wide on a {width}px screen"]


def axe_findings(page: Page) -> list[str]:
    return [
        f"axe {v['id']} ({v['impact']}, {v['help']}): {[n['target'] for n in v['nodes']]}"
        for v in axe.run(page).response["violations"]
        if v["impact"] in BLOCKING_IMPACTS
    ]


def test_page_is_clean_well_formed_and_accessible(
    new_page: NewPage, site: tuple[str, Path], path: str, viewport: str
) -> None:
    """One load per page and screen: errors, landmarks, width on a phone, then axe-core."""
    page, problems = new_page(site[0], viewport)
    response = page.goto(path)
    assert response is not None
    assert response.status == 200, f"{path}: HTTP {response.status}"
    problems.settle(page)
    findings = problems.all() + structure_findings(page)
    if viewport == "phone":
        findings += overflow_findings(page)
    findings += axe_findings(page)
    assert findings == [], f"{path} on a {viewport}:\n" + "\n".join(findings)


def test_site_is_served_under_the_content_security_policy(
    new_page: NewPage, fixture_url: str
) -> None:
    page, _ = new_page(fixture_url, "desktop")
    response = page.goto("/")
    assert response is not None
    assert "default-src 'self'" in response.headers["content-security-policy"]
    blocked = page.evaluate(
        """() => { const s = document.createElement('script');
                   s.textContent = 'window.__ran = true'; document.head.append(s);
                   return window.__ran !== true; }"""
    )
    assert blocked, "an inline script ran: the policy is not enforced"
