"""Every page type, on a phone and on a desktop: loads cleanly, is well-formed and accessible."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

PAGES = {
    "home": "/",
    "power item": "/powers/ts-cf-001/",
    "flowchart": "/flows/general-procedure/",
    "service guide": "/guides/waste-permit/",
    "decision": "/decisions/2026-cf-0001/",
    "decisions list": "/decisions/",
    "officers": "/officers/",
    "powers": "/powers/",
    "risks": "/risks/",
    "inspections": "/inspections/",
    "channels": "/channels/",
    "agencies": "/agencies/",
    "agency": "/agencies/east/",
    "news list": "/news/",
    "news item": "/news/bbq-campaign/",
    "flows list": "/flows/",
    "guides list": "/guides/",
    "open data": "/data/",
}
BLOCKING_IMPACTS = {"serious", "critical"}

axe = Axe()


@pytest.fixture(params=list(PAGES.values()), ids=list(PAGES))
def path(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def loaded(new_page, fixture_url: str, path: str, viewport: str):  # noqa: ANN001, ANN201
    page, problems = new_page(fixture_url, viewport)
    response = page.goto(path)
    assert response is not None
    assert response.status == 200, f"{path}: HTTP {response.status}"
    problems.settle(page)
    return page, problems


def test_page_loads_cleanly_and_is_well_formed(loaded) -> None:  # noqa: ANN001
    page, problems = loaded
    assert problems.all() == []
    assert page.locator("html").get_attribute("lang") == "zh-CN"
    assert page.locator("h1").count() == 1
    assert page.locator("main").count() == 1
    assert page.locator("main").is_visible()
    search = page.locator("form[role=search]")
    assert search.count() == 1
    assert search.get_attribute("action") == "/search"


def test_no_serious_accessibility_violations(loaded) -> None:  # noqa: ANN001
    page, _ = loaded
    violations = axe.run(page).response["violations"]
    blocking = [
        f"{v['id']} ({v['impact']}, {v['help']}): {[n['target'] for n in v['nodes']]}"
        for v in violations
        if v["impact"] in BLOCKING_IMPACTS
    ]
    assert blocking == [], "\n".join(blocking)


@pytest.mark.parametrize("viewport", ["phone"])
def test_no_horizontal_overflow_on_phone(loaded, path: str) -> None:  # noqa: ANN001
    page, _ = loaded
    scroll_width, inner_width = page.evaluate(
        "() => [document.documentElement.scrollWidth, window.innerWidth]"
    )
    assert scroll_width <= inner_width + 1, (
        f"{path} is {scroll_width}px wide on a {inner_width}px phone"
    )
