"""The annual report (统计年报): figures from known decisions and intake aggregates, the page,
its CSV and JSON, and the charts."""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from plugins import annual_report
from plugins.approval import split_header
from tests.conftest import reapprove

YEAR = 2025
FIELDS = ("市容环境卫生", "城乡规划", "大气污染防治", "")
HEARING = "当事人在法定期限内提出听证申请，本局于2025年5月9日依法公开举行了听证。"
NO_HEARING = "告知其依法享有的陈述、申辩和要求听证的权利。当事人未要求听证。"

# (type, fine, penalty, field index, status, corrected, hearing): 2025's decisions.
CASES = [
    ("行政处罚", "200", "罚款人民币200元", 0, "", "", False),
    ("行政处罚", "5000", "没收违法所得，罚款5000元", 1, "", "", True),
    ("行政处罚", "1000.50", "罚款1000.50元", 2, "withdrawn", "", False),
    ("行政处罚", "", "警告", 0, "", "2025-06-01 更正了违法事实", True),
    ("行政处罚", "30000", "没收烧烤炉具1个，罚款30000元", 2, "", "", False),
    ("行政许可", "", "准予许可", 3, "", "", False),
    ("行政许可", "", "准予许可", 1, "", "", False),
    ("行政检查", "", "责令改正", 0, "", "", False),
    ("行政确认", "", "确认", 3, "", "", False),
]

INTAKE = {
    "year": YEAR,
    "exported_at": "2026-01-05T10:00:00+08:00",
    "complaints": {
        "total": 6,
        "per_kind": {"violation": 3, "conduct": 2, "suggestion": 1},
        "per_status": {"closed": 4, "in_progress": 1, "not_accepted": 1},
        "answered": 4,
        "median_days_to_answer": 6.5,
        "followed_up": 3,
        "satisfaction_rate": 0.667,
    },
    "kinds": {
        "violation": "举报违法行为",
        "conduct": "投诉执法人员行为",
        "correction": "申请更正已公示信息",
        "personal_data": "公示页面泄露个人信息",
        "suggestion": "意见建议",
    },
    "statuses": {
        "received": "已收到",
        "accepted": "已受理",
        "not_accepted": "不予受理",
        "in_progress": "办理中",
        "answered": "已答复",
        "followed_up": "已回访",
        "closed": "已办结",
    },
    "observations": {"total": 3, "replied": 2, "per_status": {"received": 1, "closed": 2}},
    "observation_statuses": {"received": "已收到", "answered": "已答复", "closed": "已办结"},
}


def write_decision(content: Path, n: int, case: tuple) -> Path:
    kind, fine, penalty, field, status, corrected, hearing = case
    code = "qt" if kind != "行政处罚" else "cf"
    lines = [
        f"Title: 测试{kind}决定书{n}",
        f"Slug: {YEAR}-{code}-{n:04d}",
        f"Decision_no: 测综执字〔{YEAR}〕第{n:04d}号",
        f"Type: {kind}",
        f"Date: {YEAR}-{(n % 12) + 1:02d}-10",
        "Body: bureau",
        "Party: 测试商贸有限公司",
        "Party_type: organization",
        "Violation: 测试违法事实",
        f"Penalty: {penalty}",
    ]
    if fine:
        lines.append(f"Fine: {fine}")
    if FIELDS[field]:
        lines.append(f"Field: {FIELDS[field]}")
    if status:
        lines += [f"Status: {status}", "Withdrawn_at: 2025-12-01", "Withdraw_reason: 复议撤销"]
    if corrected:
        lines.append(f"Corrected: {corrected}")
    lines += [
        "Approved_by: fixture-clerk",
        "Approved_at: 2025-12-20T09:00:00+08:00",
        f"Published: {YEAR}-12-20",
        "Text_sha256: " + "0" * 64,
    ]
    body = f"本局决定：{penalty}。\n\n{HEARING if hearing else NO_HEARING}\n"
    path = content / "decisions" / f"{YEAR}-{code}-{n:04d}.md"
    path.write_text("\n".join(lines) + "\n\n" + body, encoding="utf-8")
    reapprove(path)
    return path


@pytest.fixture(scope="module")
def report_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The fixture site, the decisions of CASES and 2025's intake aggregates, built."""
    import shutil

    from gongshi.build import build_site
    from tests.conftest import FIXTURE_SITE, make_settings

    tmp = tmp_path_factory.mktemp("report-site")
    content = tmp / "content"
    shutil.copytree(FIXTURE_SITE, content)
    for n, case in enumerate(CASES, start=100):
        write_decision(content, n, case)
    (content / "statistics").mkdir()
    (content / "statistics" / f"intake-{YEAR}.json").write_text(
        json.dumps(INTAKE, ensure_ascii=False), encoding="utf-8"
    )
    return content, build_site(make_settings(tmp, content), progress=False)


def independent_counts(content: Path) -> dict[str, object]:
    """The year's figures counted straight from the decision files' headers and texts."""
    by_type: dict[str, int] = {}
    by_field: dict[str, int] = {}
    total, fines, fined, confiscations, hearings, withdrawn, corrected = (
        0,
        Decimal(0),
        0,
        0,
        0,
        0,
        0,
    )
    for path in sorted((content / "decisions").glob("*.md")):
        header, body = split_header(path.read_text(encoding="utf-8"))
        if not header["date"].startswith(str(YEAR)):
            continue
        total += 1
        by_type[header["type"]] = by_type.get(header["type"], 0) + 1
        name = header.get("field") or "未注明"
        by_field[name] = by_field.get(name, 0) + 1
        if header.get("fine"):
            fines += Decimal(header["fine"])
            fined += 1
        confiscations += "没收" in header.get("penalty", "")
        hearings += "举行了听证" in body
        withdrawn += header.get("status") == "withdrawn"
        corrected += bool(header.get("corrected"))
    return {
        "decisions": total,
        "fines_total": f"{fines:.2f}",
        "fined": fined,
        "confiscations": confiscations,
        "hearings": hearings,
        "withdrawn": withdrawn,
        "corrected": corrected,
        "by_type": by_type,
        "by_field": by_field,
    }


def csv_rows(output: Path) -> list[dict[str, str]]:
    text = (output / "statistics" / f"{YEAR}.csv").read_text(encoding="utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def page(output: Path) -> BeautifulSoup:
    html = (output / "statistics" / str(YEAR) / "index.html").read_text(encoding="utf-8")
    return BeautifulSoup(html, "html.parser")


def test_figures_match_counts_made_from_the_files(report_site):
    content, output = report_site
    expected = independent_counts(content)
    rows = csv_rows(output)
    summary = {r["key"]: r["value"] for r in rows if r["section"] == "summary"}
    for key in ("decisions", "fined", "confiscations", "hearings", "withdrawn", "corrected"):
        assert int(summary[key]) == expected[key], key
    assert summary["fines_total"] == expected["fines_total"] == "36200.50"
    by_type = {r["key"]: int(r["value"]) for r in rows if r["section"] == "by_type"}
    assert {k: v for k, v in by_type.items() if v} == expected["by_type"]
    assert set(annual_report.HEADLINE_TYPES) <= set(by_type)  # shown even when 0
    by_field = {r["key"]: int(r["value"]) for r in rows if r["section"] == "by_field"}
    assert by_field == expected["by_field"]
    # Known by construction too, so a shared mistake in both counts would show.
    assert (expected["hearings"], expected["withdrawn"], expected["corrected"]) == (2, 1, 1)
    assert by_type["行政确认"] == 1 and by_type["行政强制"] == 1  # the fixture's 2025-qz-0002


def test_intake_and_timeliness_figures(report_site):
    _, output = report_site
    rows = {(r["section"], r["key"]): r for r in csv_rows(output)}
    assert rows[("complaints", "total")]["value"] == "6"
    assert rows[("complaints", "median_days_to_answer")]["value"] == "6.5"
    assert rows[("complaints", "satisfaction_rate")]["value"] == "0.667"
    assert rows[("complaints_by_kind", "conduct")]["value"] == "2"
    assert rows[("complaints_by_kind", "correction")]["value"] == "0"
    assert rows[("complaints_by_status", "not_accepted")]["value"] == "1"
    assert rows[("observations", "replied")]["value"] == "2"
    assert rows[("observations", "status_closed")]["value"] == "2"
    # The fixture's 2025 coercion decision was published in March 2026: late.
    published = int(rows[("summary", "published")]["value"])
    on_time = int(rows[("summary", "on_time")]["value"])
    assert published == len(CASES) + 1
    assert float(rows[("summary", "on_time_share")]["value"]) == round(on_time / published, 4)


def test_page_and_csv_agree(report_site):
    _, output = report_site
    soup = page(output)
    shown = {}
    for table in soup.select("table[data-section]"):
        for tr in table.select("tbody tr[data-key]"):
            shown[(table["data-section"], tr["data-key"])] = (
                tr.th.get_text(strip=True),
                tr.td.get_text(strip=True),
            )
    rows = csv_rows(output)
    assert len(shown) == len(rows)
    for r in rows:
        label, value = shown[(r["section"], r["key"])]
        assert label == r["label"]
        number = value.replace(",", "").removesuffix("元").removesuffix("天")
        if r["unit"] == "share":
            assert number == f"{float(r['value']) * 100:.1f}%"
        elif r["unit"] == "yuan":
            assert Decimal(number) == Decimal(r["value"])
        else:
            assert number == (r["value"] or "—")
    document = json.loads((output / "statistics" / f"{YEAR}.json").read_text(encoding="utf-8"))
    from_json = [f for s in document["sections"] for f in s["figures"]]
    assert [(f["section"], f["key"], str(f["value"])) for f in from_json] == [
        (r["section"], r["key"], r["value"]) for r in rows
    ]


def test_every_figure_links_to_an_existing_list(report_site):
    _, output = report_site
    soup = page(output)
    rows = csv_rows(output)
    linked = [r for r in rows if r["url"]]
    assert {r["key"] for r in linked if r["section"] == "by_type"} == {
        "行政处罚",
        "行政许可",
        "行政检查",
        "行政确认",
        "行政强制",  # the fixture's 2025-qz-0002 makes the coercion list exist
    }
    for r in linked:
        anchor = soup.select_one(
            f'table[data-section="{r["section"]}"] tr[data-key="{r["key"]}"] a'
        )
        assert anchor is not None and anchor["href"] == f"/{r['url']}"
        if not r["url"].startswith("complaints/"):  # a route of the service, not a file
            assert (output / r["url"] / "index.html").exists(), r["url"]
    unlinked = {r["key"] for r in rows if r["section"] == "by_type" and not r["url"]}
    assert unlinked == {"其他"}  # no list exists for a type without published decisions


def test_charts_hold_every_category_and_no_script(report_site):
    _, output = report_site
    soup = page(output)
    rows = csv_rows(output)
    charts = soup.select("figure.report-chart img")
    sections = {r["section"] for r in rows}
    assert len(charts) == len({"by_type", "by_field", "complaints_by_kind", "complaints_by_status"})
    for img in charts:
        svg_path = output / img["src"].lstrip("/")
        svg = svg_path.read_text(encoding="utf-8")
        section = svg_path.stem.replace("-", "_")
        assert section in sections
        assert "<script" not in svg and "javascript" not in svg.lower()
        labels = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
        values = re.findall(r'<text[^>]*class="value"[^>]*>([^<]*)</text>', svg)
        expected = [r for r in rows if r["section"] == section]
        for r in expected:
            assert r["label"] in labels, (section, r["label"])
        assert sorted(values) == sorted(r["value"] for r in expected)
        table = soup.select_one(f'table[data-section="{section}"]')
        assert table is not None, "each chart has its data table"


def test_index_lists_the_published_years(report_site, fixture_output):
    _, output = report_site
    index = (output / "statistics" / "index.html").read_text(encoding="utf-8")
    assert f'href="/statistics/{YEAR}/"' in index and f"/statistics/{YEAR}.csv" in index
    # Without an exported intake file no year is published: the index says so.
    empty = (fixture_output / "statistics" / "index.html").read_text(encoding="utf-8")
    assert "暂无已发布的统计年报" in empty
    assert not (fixture_output / "statistics" / str(YEAR)).exists()


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("本局于2024年11月9日依法公开举行了听证。", True),
        ("本局于2025年3月1日召开听证会，当事人到场。", True),
        ("听证会于2025年3月1日在本局举行。", True),
        ("告知其依法享有的陈述、申辩和要求听证的权利。", False),
        ("当事人在法定期限内未提出陈述、申辩，也未要求听证。", False),
        ("当事人放弃听证，本局未举行听证。", False),
        ("**三、陈述、申辩和听证情况**", False),
    ],
)
def test_hearing_cues(text: str, held: bool):
    class D:
        html = f"<p>{text}</p>"

    assert annual_report.hearing_held(D()) is held


def test_a_wrong_intake_file_stops_the_build(site_copy: Path, build):
    from plugins.loader import ContentError

    (site_copy / "statistics").mkdir()
    bad = {**INTAKE, "year": 2024}
    (site_copy / "statistics" / "intake-2025.json").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(ContentError) as info:
        build(site_copy)
    assert info.value.file == "statistics/intake-2025.json"
