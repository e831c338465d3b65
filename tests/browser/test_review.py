"""A clerk reviews a decision in a real browser: logs in, selects a missed name in the
original to mask it, approves; the next build publishes it without the name."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from core.accounts import Accounts
from gongshi.build import build_site
from gongshi.workflow_cli import open_ledger
from tests.browser.conftest import LiveServer, NewPage
from tests.conftest import make_settings

pytestmark = pytest.mark.browser

TEXT = """青溪市临江区综合行政执法局
行政处罚决定书

当事人：赵建国，男，住址：湖南省长沙市芙蓉区五一大道123号2栋301室。

经查，当事人于2026年3月1日在迎宾路占道经营，其邻居钱大嘴在场。

本局决定：对当事人罚款人民币200元。
"""
PASSWORD = "a long enough password"


@pytest.fixture
def clerk_site(site_copy: Path, tmp_path: Path):
    settings = make_settings(tmp_path, site_copy)
    settings = type(settings)(**{**settings.__dict__, "secret_key": "browser-secret-" + "k" * 20})
    ledger = open_ledger(settings)
    Accounts(ledger.db).add("clerk1", "clerk", PASSWORD)
    entry = ledger.ingest(
        TEXT,
        source_name="0200.txt",
        kind="行政处罚",
        decision_no="临综执罚决字〔2026〕第0200号",
        date=dt.date(2026, 3, 5),
        body="bureau",
        meta={"title": "赵某占道经营案行政处罚决定书"},
    )
    output = build_site(settings, progress=False)
    server = LiveServer(output, tmp_path, settings=settings).start()
    yield settings, ledger, entry, server.url
    server.stop()


def test_clerk_masks_a_selection_and_approves(new_page: NewPage, clerk_site) -> None:
    settings, ledger, entry, url = clerk_site
    assert "钱大嘴" in ledger.get(entry.id).redacted_text, "the test needs a name the engine missed"
    page, problems = new_page(url, "desktop")
    page.goto("/admin/decisions/")
    expect(page).to_have_url(re.compile(r"/admin/decisions/login$"))
    page.get_by_label("用户名").fill("clerk1")
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()
    page.get_by_role("link", name="临综执罚决字〔2026〕第0200号").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("第0200号")
    # Select the missed name in the original text: the script fills the form's offsets.
    page.evaluate(
        """() => {
            const pre = document.getElementById('original-text');
            const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode())) {
                const at = node.data.indexOf('钱大嘴');
                if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(node, at); range.setEnd(node, at + 3);
                    const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
                    return;
                }
            }
        }"""
    )
    expect(page.locator("#add-text")).to_have_value("钱大嘴")
    page.get_by_label("类别").select_option("person_name")
    page.get_by_role("button", name="遮蔽").click()
    expect(page.locator(".review-text ins.replacement", has_text="钱某")).to_be_visible()
    page.get_by_role("button", name="批准公示").click()
    expect(page.get_by_text("已批准公示").first).to_be_visible()
    assert problems.all() == []

    approved = ledger.get(entry.id)
    output = build_site(settings, progress=False)
    html = (output / "decisions" / approved.slug / "index.html").read_text(encoding="utf-8")
    assert "钱某" in html and "钱大嘴" not in html and "赵建国" not in html
