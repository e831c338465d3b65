"""The annual report page in a real browser on a phone: charts load as images under the content
security policy, every chart has its table, nothing overflows, axe-core finds nothing serious."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe  # type: ignore[import-untyped]

from tests.browser.conftest import NewPage
from tests.conftest import FIXTURE_SITE, make_settings
from tests.plugins.test_annual_report import CASES, INTAKE, YEAR, write_decision

pytestmark = pytest.mark.browser
BLOCKING_IMPACTS = ("serious", "critical")


@pytest.fixture(scope="module")
def report_url(tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]) -> str:
    from gongshi.build import build_site

    tmp = tmp_path_factory.mktemp("report-browser")
    content = tmp / "content"
    shutil.copytree(FIXTURE_SITE, content)
    for n, case in enumerate(CASES, start=100):
        write_decision(content, n, case)
    (content / "statistics").mkdir()
    (content / "statistics" / f"intake-{YEAR}.json").write_text(
        json.dumps(INTAKE, ensure_ascii=False), encoding="utf-8"
    )
    return serve(build_site(make_settings(tmp, content), progress=False))


def axe_findings(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        f"axe {v['id']} ({v['impact']}, {v['help']}): {[n['target'] for n in v['nodes']]}"
        for v in Axe().run(page).response["violations"]
        if v["impact"] in BLOCKING_IMPACTS
    ]


@pytest.mark.parametrize("path", [f"/statistics/{YEAR}/", "/statistics/"])
def test_report_page_on_a_phone(new_page: NewPage, report_url: str, path: str) -> None:
    page, problems = new_page(report_url, "phone")
    response = page.goto(path)
    assert response is not None and response.status == 200
    problems.settle(page)
    findings = problems.all()
    width = page.evaluate("() => document.documentElement.scrollWidth")
    if width > 391:
        findings.append(f"the document is {width}px wide on a 390px screen")
    findings += axe_findings(page)
    assert findings == [], "\n".join(findings)
    if path == "/statistics/":
        page.get_by_role("link", name=f"{YEAR}年度行政执法统计年报").click()
        assert page.url.endswith(f"/statistics/{YEAR}/")
        return
    charts = page.locator("figure.report-chart img")
    assert charts.count() == 4
    for i in range(charts.count()):
        img = charts.nth(i)
        assert img.evaluate("i => i.complete && i.naturalWidth > 0"), img.get_attribute("src")
        box = img.bounding_box()
        assert box is not None and box["width"] <= 390
        # Each chart's data table follows it in the same section.
        section = img.locator("xpath=ancestor::section[1]")
        assert section.locator("table.data-table").count() == 1
    assert page.evaluate("() => document.scripts.length") == 0 or page.evaluate(
        "() => [...document.scripts].every(s => s.src)"
    )
    # A figure leads to the list it counts.
    page.locator('table[data-section="by_type"] tr[data-key="行政处罚"] a').click()
    assert page.url.endswith("/decisions/type/penalty/")
