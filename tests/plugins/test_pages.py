"""Every page type renders its fields (read back from the built HTML)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import reapprove


def soup(output: Path, path: str) -> BeautifulSoup:
    file = output / path / "index.html" if not path.endswith(".html") else output / path
    assert file.exists(), f"{path} was not written"
    return BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")


def text(page: BeautifulSoup) -> str:
    return " ".join(page.get_text(" ").split())


# (page, texts the page must show)
PAGES = [
    (
        "",
        [
            "测试区综合行政执法局",
            "查处违法建设行为",
            "张某占道经营案行政处罚决定书",
            "关于开展夏季露天烧烤专项整治的通告",
            "12345政务服务便民热线",
            "权力清单",
        ],
    ),
    ("agencies", ["测试区综合行政执法局", "城东执法中队", "城东街道"]),
    (
        "agencies/east",
        [
            "城东执法中队",
            "执法中队",
            "测试区东风路8号",
            "0739-86000001",
            "负责城东片区巡查执法",
            "测试区综合行政执法局",
        ],
    ),
    (
        "officers",
        [
            "李明",
            "TS43012021001",
            "城东执法中队",
            "市容环境",
            "有效",
            "2028年6月30日",
            "欧阳华",
            "暂扣",
        ],
    ),
    ("officers/unit/east", ["李明"]),
    ("powers", ["TS-CF-001", "对擅自占用城市道路从事经营活动的处罚", "行政处罚", "行政检查"]),
    ("powers/category/inspection", ["对建筑垃圾处置情况的行政检查"]),
    ("powers/body/east", ["对擅自占用城市道路从事经营活动的处罚"]),
    (
        "powers/ts-cf-001",
        [
            "TS-CF-001",
            "《城市市容和环境卫生管理条例》第三十六条",
            "裁量基准",
            "轻微",
            "处200元以上500元以下罚款",
            "立案责任",
            "调查责任",
            "因不履行或不正确履行行政职责",
            "城东执法中队",
        ],
    ),
    ("flows", ["行政处罚一般程序流程图", "一般程序"]),
    (
        "flows/general-procedure",
        [
            "发现违法线索",
            "立案审批",
            "执法人员",
            "发现线索之日起15个工作日内",
            "符合立案条件",
            "不予立案",
            "结案归档",
            "《中华人民共和国行政处罚法》第五十四条",
        ],
    ),
    ("guides", ["城市建筑垃圾处置核准", "20个工作日"]),
    (
        "guides/waste-permit",
        [
            "城市建筑垃圾处置核准",
            "《城市建筑垃圾管理规定》第七条",
            "测试区综合行政执法局",
            "申请书",
            "受理",
            "20个工作日",
            "不收费",
            "0739-86000000",
            "依法追究责任",
            "工作日 8:30-17:30",
            "测试区政务服务中心",
            "0739-86000002",
        ],
    ),
    (
        "inspections",
        [
            "TS-SC-001",
            "户外广告设施设置情况检查",
            "户外广告设置单位",
            "现场检查",
            "不低于5%",
            "每年1次",
        ],
    ),
    ("risks", ["占道经营", "高", "乱张贴小广告", "低", "在划定的区域内经营", "责令改正，处以罚款"]),
    ("risks/level/high", ["占道经营"]),
    ("channels", ["12345政务服务便民热线", "全天24小时", "网上投诉举报", "六十日内"]),
    (
        "decisions",
        [
            "张某占道经营案行政处罚决定书",
            "测综执罚决字〔2026〕第0001号",
            "张某",
            "测试建材有限公司违法建设案行政强制决定书",
            "行政强制",
        ],
    ),
    ("decisions/type/coercion", ["测试建材有限公司"]),
    ("decisions/year/2026", ["张某占道经营案"]),
    ("decisions/body/bureau", ["张某占道经营案"]),
    (
        "decisions/2026-cf-0001",
        [
            "测综执罚决字〔2026〕第0001号",
            "行政处罚",
            "张某",
            "在东风路占用城市道路摆摊经营水果",
            "罚款人民币200元",
            "200元",
            "2026年3月2日",
            "经查，当事人于2026年2月20日在东风路占道经营",
        ],
    ),
    ("decisions/2025-qz-0002", ["91430100MA4L000000", "王建国", "限期自行拆除"]),
    ("news", ["关于开展夏季露天烧烤专项整治的通告"]),
    ("news/bbq-campaign", ["为改善空气质量"]),
    ("pages/remedies", ["复议与诉讼", "申请行政复议"]),
    ("data", ["执法人员", "officers.csv", "decisions.json"]),
]


@pytest.mark.parametrize(("path", "expected"), PAGES, ids=[p or "home" for p, _ in PAGES])
def test_page_shows_its_fields(fixture_output: Path, path: str, expected: list[str]):
    page = soup(fixture_output, path)
    shown = text(page) + " " + "".join(page.get_text().split())
    missing = [e for e in expected if e not in shown]
    assert not missing, f"/{path} lacks {missing}"
    assert page.html["lang"] == "zh-CN"
    assert len(page.find_all("h1")) == 1
    assert page.find("main", id="main")
    form = page.find("form", attrs={"role": "search"})
    assert form["action"] == "/search" and form["method"] == "get"
    assert page.find("svg", class_="qr"), "every page has its QR code"
    footer = text(page.find("footer"))
    assert "12345" in footer and "测试区政务大道1号" in footer


def test_current_filter_is_marked(fixture_output: Path):
    page = soup(fixture_output, "risks/level/high")
    current = page.select('.filter-links a[aria-current="page"]')
    assert [a.get_text() for a in current] == ["高风险（1）"]
    assert "乱张贴小广告" not in text(page)


def test_organisation_decision_shows_credit_code_person_does_not(fixture_output: Path):
    person = text(soup(fixture_output, "decisions/2026-cf-0001"))
    assert "统一社会信用代码" not in person


def test_decision_text_is_sanitised(site_copy: Path, build):
    path = site_copy / "decisions" / "2026-cf-0001.md"
    path.write_text(
        path.read_text(encoding="utf-8")
        + '\n<script>alert(1)</script>\n<a href="javascript:x">链接</a>\n',
        encoding="utf-8",
    )
    reapprove(path)
    output = build(site_copy)
    html = (output / "decisions" / "2026-cf-0001" / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "javascript:" not in html
