"""The catalogue of major decisions and a random-inspection results page, on a phone."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe  # type: ignore[import-untyped]
from playwright.sync_api import Page

from tests.browser.conftest import NewPage, PageProblems

pytestmark = pytest.mark.browser

BLOCKING_IMPACTS = {"serious", "critical"}
axe = Axe()


def phone_findings(page: Page, problems: PageProblems, path: str) -> list[str]:
    """Console errors and failed requests, a page wider than the phone, axe-core findings."""
    findings = problems.all()
    width = page.evaluate("() => document.documentElement.scrollWidth")
    if width > 391:
        findings.append(f"{path} is {width}px wide on a 390px screen")
    findings += [
        f"axe {v['id']} ({v['impact']}, {v['help']}): {[n['target'] for n in v['nodes']]}"
        for v in axe.run(page).response["violations"]
        if v["impact"] in BLOCKING_IMPACTS
    ]
    return findings


# (path, a heading the page shows, a text the page shows)
PAGES = [
    ("/legal-review/", "重大执法决定法制审核目录清单", "吊销许可证件的"),
    ("/inspections/results/", "双随机抽查结果公示", "户外广告设施设置情况检查"),
    (
        "/inspections/results/2026-q1-ads/",
        "户外广告设施设置情况检查抽查结果（2026年第一季度）",
        "测试广告传媒有限公司",
    ),
]


@pytest.mark.parametrize(("path", "heading", "shown"), PAGES, ids=[p[0] for p in PAGES])
def test_page_on_a_phone_is_clean_and_accessible(
    new_page: NewPage, fixture_url: str, path: str, heading: str, shown: str
) -> None:
    page, problems = new_page(fixture_url, "phone")
    response = page.goto(path)
    assert response is not None and response.status == 200
    problems.settle(page)
    assert page.locator("h1").inner_text() == heading
    assert page.get_by_text(shown).first.is_visible()
    assert phone_findings(page, problems, path) == []


def test_from_the_inspection_item_to_its_results(new_page: NewPage, fixture_url: str) -> None:
    page, problems = new_page(fixture_url, "phone")
    page.goto("/inspections/")
    page.locator("#inspection-TS-SC-001").get_by_role("link", name="抽查结果（1）").click()
    page.wait_for_url("**/inspections/results/item/ts-sc-001/")
    page.locator("#plan-2026-q1-ads").get_by_role("link").click()
    page.wait_for_url("**/inspections/results/2026-q1-ads/")
    assert "王某" in page.locator("main").inner_text()
    problems.settle(page)
    assert problems.all() == []


@pytest.mark.parametrize(
    "path",
    [
        "/legal-review/",
        "/inspections/results/",
        "/inspections/results/2025-q3-frontage-sanitation/",
        "/inspections/",
        "/",
    ],
)
def test_demo_pages_on_a_phone(new_page: NewPage, serve, demo_output, path: str) -> None:
    """The demo's real lengths (long criteria, twelve results) still fit a phone and pass axe."""
    page, problems = new_page(serve(demo_output), "phone")
    response = page.goto(path)
    assert response is not None and response.status == 200
    problems.settle(page)
    assert phone_findings(page, problems, path) == []
