"""A citizen files a complaint with a photo, keeps the receipt, opens the status page; a
handler answers; the citizen reads the answer. Real Chromium, forms without JavaScript."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import expect

from core.accounts import Accounts
from core.db import open_database
from tests.browser.conftest import LiveServer, NewPage
from tests.conftest import FIXTURE_SITE, make_settings

pytestmark = pytest.mark.browser
PASSWORD = "handler password 1"


@pytest.fixture(scope="module")
def intake_tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The live server's data folder: tests add accounts and cases to its database."""
    return tmp_path_factory.mktemp("intake-live")


@pytest.fixture(scope="module")
def intake_url(fixture_output: Path, intake_tmp: Path) -> Iterator[str]:
    """Our own live server, so the test knows its data folder and can add a handler account."""
    tmp = intake_tmp
    accounts = Accounts(open_database(make_settings(tmp, FIXTURE_SITE), "gongshi"))
    accounts.add("handler1", "handler", PASSWORD)
    server = LiveServer(fixture_output, tmp).start()
    yield server.url
    server.stop()


def photo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 90), (30, 120, 60)).save(out, "JPEG")
    return out.getvalue()


def test_complaint_answered_and_read_by_the_citizen(new_page: NewPage, intake_url: str) -> None:
    citizen, problems = new_page(intake_url, "phone")
    citizen.goto("/complaints/new")
    citizen.get_by_label("举报违法行为").check()
    citizen.get_by_label("事情经过（必填）").fill("夜间有商户占道经营，堵塞消防通道。")
    citizen.get_by_label("地点").fill("人民路 18 号")
    citizen.locator("#attachments").set_input_files(
        [{"name": "现场.jpg", "mimeType": "image/jpeg", "buffer": photo()}]
    )
    citizen.locator("#consent").check()
    citizen.get_by_role("button", name="提交").click()
    expect(citizen.get_by_role("heading", level=1)).to_have_text("提交成功")
    case_no = citizen.locator(".case-no").inner_text()
    code = citizen.locator(".receipt-code").inner_text()
    assert re.fullmatch(r"TS-\d{4}-\d{6}", case_no) and len(code) >= 20

    citizen.get_by_role("link", name="查询办理进度").click()
    citizen.get_by_label("回执码").fill(code)
    citizen.get_by_role("button", name="查询").click()
    expect(citizen.locator(".case-status")).to_have_text("已收到")
    expect(citizen.locator("main")).to_contain_text("现场.jpg")

    handler, handler_problems = new_page(intake_url, "desktop")
    handler.goto("/admin/intake/")
    expect(handler).to_have_url(re.compile(r"/admin/intake/login$"))
    handler.get_by_label("用户名").fill("handler1")
    handler.get_by_label("密码").fill(PASSWORD)
    handler.get_by_role("button", name="登录").click()
    handler.get_by_role("link", name=case_no).click()
    handler.get_by_label("转为").select_option("accepted")
    handler.get_by_role("button", name="保存", exact=True).click()
    handler.get_by_label("转为").select_option("answered")
    handler.locator("#move-text").fill("经现场核查，已责令商户立即清理通道。")
    handler.get_by_role("button", name="保存", exact=True).click()
    expect(handler.locator(".case-status")).to_have_text("已答复")

    citizen.goto("/complaints/status")
    citizen.get_by_label("回执码").fill(code.lower().replace("-", ""))
    citizen.get_by_role("button", name="查询").click()
    expect(citizen.locator(".case-status")).to_have_text("已答复")
    expect(citizen.locator("main")).to_contain_text("经现场核查，已责令商户立即清理通道。")
    problems.settle(citizen)
    handler_problems.settle(handler)
    assert problems.all() == [] and handler_problems.all() == []


def test_wrong_code_is_refused_in_the_browser(new_page: NewPage, intake_url: str) -> None:
    page, problems = new_page(intake_url, "phone")
    page.goto("/complaints/status")
    page.get_by_label("回执码").fill("AAAA-BBBB-CCCC-DDDD-EEEE")
    page.get_by_role("button", name="查询").click()
    expect(page.get_by_role("alert")).to_contain_text("回执码不正确")
    problems.settle(page)
    # The refusal is a 404 page on purpose; nothing else may go wrong.
    assert [p for p in problems.all() if "404" not in p] == []


def test_queue_next_page_link_keeps_the_filter(
    new_page: NewPage, intake_url: str, intake_tmp: Path
) -> None:
    db = open_database(make_settings(intake_tmp, FIXTURE_SITE), "gongshi")
    with db.transaction() as tx:
        for i in range(1, 61):
            tx.execute(
                "INSERT INTO cases (case_no, kind, what, receipt_hash, status, created_at, "
                "updated_at) VALUES (?, 'violation', '占道经营', ?, 'received', ?, ?)",
                (
                    f"TS-2020-{i:06d}",
                    f"paged-{i}",
                    "2026-03-02T09:00:00+08:00",
                    "2026-03-02T09:00:00+08:00",
                ),
            )
    db.close()
    handler, problems = new_page(intake_url, "desktop")
    handler.goto("/admin/intake/login")
    handler.get_by_label("用户名").fill("handler1")
    handler.get_by_label("密码").fill(PASSWORD)
    handler.get_by_role("button", name="登录").click()
    handler.get_by_label("类别").select_option("violation")
    handler.get_by_role("button", name="筛选").click()
    expect(handler.locator(".queue-total")).to_contain_text("第 1/2 页")
    handler.get_by_role("navigation", name="分页").get_by_role("link", name="下一页").click()
    expect(handler).to_have_url(re.compile(r"kind=violation.*page=2"))
    expect(handler.locator(".queue-total")).to_contain_text("第 2/2 页")
    expect(handler.locator('.pager [aria-current="page"]')).to_have_text("2")
    problems.settle(handler)
    assert problems.all() == []
