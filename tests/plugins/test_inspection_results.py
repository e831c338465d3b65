"""Random-inspection results and the catalogue of major decisions: schema, pages, open data,
the 20-working-day publication deadline and the yearly counts for the annual statistics."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import Counter
from pathlib import Path
from typing import Any

import chinese_calendar
import pytest
import yaml

from plugins.loader import ContentError
from tests.conftest import DEMO_CONTENT, FIXTURE_SITE
from tests.plugins.test_pages import soup, text

PLAN = "inspection_results/2026-q1-ads.yaml"
CATALOGUE = "major_catalogue.yaml"

# (file, text to replace, replacement, expected line, expected field, words in the message)
CASES = [
    (PLAN, "item: TS-SC-001", "item: TS-SC-999", 2, "item", "unknown inspection item"),
    (PLAN, "body: bureau", "body: nowhere", 4, "body", "unknown body"),
    (PLAN, "drawn: 3", "drawn: 4", 7, "drawn", "3 results listed"),
    (PLAN, "TS43012021002]", "TS00000000000]", 8, "inspectors.1", "unknown officer"),
    (PLAN, "published: 2026-03-20", "published: 2026-02-30", 10, "published", "YYYY-MM-DD"),
    (PLAN, "published: 2026-03-20", "published: 2026-03-01", 10, "published", "before"),
    (PLAN, "result: 未发现问题", "result: 合格", 14, "results.0.result", "use one of"),
    (PLAN, "name: 王某", "name: 王建国", 15, "results.1.name", "must be masked"),
    (PLAN, "name: 王某", "name: 王小某某", 15, "results.1.name", "must be masked"),
    (
        PLAN,
        "91430502MAAY4CL12E",
        "91430502MAAY4CL12F",
        13,
        "results.0.credit_code",
        "GB 32100",
    ),
    (
        PLAN,
        "    party_type: person\n",
        "    party_type: person\n    credit_code: 91430502MATH3BJ1X9\n",
        17,
        "results.1.credit_code",
        "no credit code",
    ),
    (PLAN, "    party_type: person", "    party_type: human", 16, "results.1.party_type", "one of"),
    (CATALOGUE, "category: 吊销许可证照", "category: 吊销执照", 11, "1.category", "use one of"),
    (CATALOGUE, "    person: 10000", "    people: 10000", 5, "0.min_fine.people", "unknown field"),
    (
        CATALOGUE,
        "    organization: 100000",
        "    organization: -5",
        6,
        "0.min_fine.organization",
        "greater than 0",
    ),
    (
        CATALOGUE,
        "  penalty_words: [吊销]",
        "  penalty_word: [吊销]",
        13,
        "1.penalty_word",
        "unknown",
    ),
]


@pytest.mark.parametrize(
    ("file", "old", "new", "line", "field", "words"), CASES, ids=[f"{c[0]}:{c[4]}" for c in CASES]
)
def test_broken_file_stops_the_build(site_copy: Path, build, file, old, new, line, field, words):
    path = site_copy / file
    content = path.read_text(encoding="utf-8")
    assert old in content, f"fixture changed: {old!r} not in {file}"
    path.write_text(content.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ContentError) as info:
        build(site_copy)
    error = info.value
    assert (error.file, error.line, error.field) == (file, line, field)
    assert error.hint
    assert words in f"{error.message} {error.hint}"
    assert "王建国" not in str(error), "the error does not repeat an unmasked name"
    assert not (site_copy.parent / "output" / "index.html").exists()


@pytest.mark.parametrize("name", ["王某", "欧阳某", "张某2", "阿某"])
def test_masked_names_pass(site_copy: Path, build, name: str):
    path = site_copy / PLAN
    path.write_text(
        path.read_text(encoding="utf-8").replace("name: 王某", f"name: {name}"), encoding="utf-8"
    )
    output = build(site_copy)
    assert name in text(soup(output, "inspections/results/2026-q1-ads"))


# (page, texts it must show)
PAGES = [
    (
        "inspections/results",
        [
            "双随机抽查结果公示",
            "户外广告设施设置情况检查",
            "2026年第一季度",
            "测试区综合行政执法局",
            "3 户",
            "未发现问题 1",
            "责令整改 1",
            "2026年3月10日",
            "2026年3月20日",
            "年度抽查情况",
        ],
    ),
    ("inspections/results/item/ts-sc-001", ["户外广告设施设置情况检查", "2026年第一季度"]),
    ("inspections/results/year/2026", ["户外广告设施设置情况检查"]),
    (
        "inspections/results/2026-q1-ads",
        [
            "户外广告设施设置情况检查抽查结果（2026年第一季度）",
            "TS-SC-001",
            "测试区综合行政执法局",
            "从户外广告设置单位名录库中随机抽取",
            "40 户",
            "3 户",
            "李明（执法证号 TS43012021001）",
            "欧阳华",
            "2026年3月10日",
            "2026年4月8日",
            "2026年3月20日",
            "按期公示",
            "测试广告传媒有限公司",
            "91430502MAAY4CL12E",
            "王某",
            "个人",
            "广告牌面破损，已责令限期修复",
            "东风路灯箱制作部",
            "个体工商户",
            "未找到检查对象",
        ],
    ),
    ("inspections", ["抽查结果（1）"]),
    (
        "legal-review",
        [
            "重大执法决定法制审核目录清单",
            "大额罚款",
            "对公民处以1万元以上罚款，对法人或者其他组织处以10万元以上罚款的",
            "公民1万元",
            "法人或者其他组织10万元",
            "吊销许可证照",
            "处罚内容含：吊销",
            "经听证作出",
            "由承办机构认定",
            "城乡规划",
            "全部领域",
            "《中华人民共和国行政处罚法》第六十五条",
        ],
    ),
    ("", ["双随机抽查结果", "1 次抽查", "法制审核目录", "3 类重大执法决定"]),
]


@pytest.mark.parametrize(("path", "expected"), PAGES, ids=[p or "home" for p, _ in PAGES])
def test_page_shows_its_fields(fixture_output: Path, path: str, expected: list[str]):
    page = soup(fixture_output, path)
    shown = text(page) + " " + "".join(page.get_text().split())
    missing = [e for e in expected if e not in shown]
    assert not missing, f"/{path} lacks {missing}"
    assert len(page.find_all("h1")) == 1


def test_inspection_item_links_to_its_results(fixture_output: Path):
    row = soup(fixture_output, "inspections").find("tr", id="inspection-TS-SC-001")
    link = row.find("a", string=lambda s: s and s.startswith("抽查结果"))
    assert link["href"] == "/inspections/results/item/ts-sc-001/"
    assert (fixture_output / "inspections/results/item/ts-sc-001/index.html").exists()
    plan = soup(fixture_output, "inspections/results/item/ts-sc-001").find(
        "a", href="/inspections/results/2026-q1-ads/"
    )
    assert plan is not None


def read_csv(output: Path, key: str) -> list[dict[str, str]]:
    raw = (output / "data" / f"{key}.csv").read_text(encoding="utf-8")
    assert raw.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(raw[1:])))


def read_json(output: Path, key: str) -> dict[str, Any]:
    return json.loads((output / "data" / f"{key}.json").read_text(encoding="utf-8"))


def test_results_open_data(fixture_output: Path):
    rows = read_csv(fixture_output, "inspection_results")
    document = read_json(fixture_output, "inspection_results")
    assert document["count"] == len(rows) == 3
    assert list(rows[0]) == list(document["columns"])
    assert [r["name"] for r in rows] == ["测试广告传媒有限公司", "王某", "东风路灯箱制作部"]
    assert [r["result"] for r in rows] == ["未发现问题", "责令整改", "未找到检查对象"]
    assert [r["credit_code"] for r in rows] == ["91430502MAAY4CL12E", "", ""]
    assert {r["deadline"] for r in rows} == {"2026-04-08"}
    assert {r["late"] for r in rows} == {"否"}
    assert rows[0]["inspectors"] == "李明（TS43012021001）；欧阳华（TS43012021002）"
    assert document["items"][1]["party_type"] == "个人"


def test_catalogue_open_data(fixture_output: Path):
    rows = read_csv(fixture_output, "major_catalogue")
    document = read_json(fixture_output, "major_catalogue")
    assert document["count"] == len(rows) == 3
    first = rows[0]
    assert (first["id"], first["min_fine_person"], first["min_fine_organization"]) == (
        "large-fine",
        "10000",
        "100000",
    )
    assert first["min_fine_individual_business"] == ""
    assert rows[1]["penalty_words"] == "吊销"
    assert rows[2]["field"] == "城乡规划"


@pytest.mark.parametrize(
    ("published", "late"),
    [("2026-04-08", False), ("2026-04-09", True), ("2026-05-06", True), ("2026-03-10", False)],
)
def test_results_published_after_20_working_days_are_late(
    site_copy: Path, build, published: str, late: bool
):
    """2026-03-10 + 20 working days is 2026-04-08 (清明 4-6 April are not working days)."""
    path = site_copy / PLAN
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "published: 2026-03-20", f"published: {published}"
        ),
        encoding="utf-8",
    )
    output = build(site_copy)
    plan = text(soup(output, "inspections/results/2026-q1-ads"))
    listing = soup(output, "inspections/results").find("tr", id="plan-2026-q1-ads")
    assert ("逾期" in plan) is late
    assert ("逾期" in text(listing)) is late
    assert ("按期公示" in plan) is not late
    assert {r["late"] for r in read_csv(output, "inspection_results")} == {"是" if late else "否"}


def test_unknown_holiday_schedule_is_said(site_copy: Path, build):
    path = site_copy / PLAN
    content = path.read_text(encoding="utf-8")
    content = content.replace("result_date: 2026-03-10", "result_date: 2031-03-10")
    content = content.replace("published: 2026-03-20", "published: 2031-03-20")
    path.write_text(content, encoding="utf-8")
    output = build(site_copy)
    assert "仅按周末计算" in text(soup(output, "inspections/results/2026-q1-ads"))


# -- yearly counts, against counts made here from the YAML files -------------------------------
def load_site(content: Path) -> Any:
    """Load and check every content type as the build does, without writing pages."""
    from plugins.loader import load_items, load_one
    from plugins.registry import ordered
    from plugins.site import Site, register

    register_once(register)
    site = Site(content, {})
    for ctype in ordered():
        loader = load_items if ctype.many else load_one
        site.data[ctype.key] = loader(ctype.model, content / ctype.source, content)
    for ctype in ordered():
        if ctype.check:
            ctype.check(site)
    return site


def register_once(register: Any) -> None:
    from plugins.registry import CONTENT_TYPES

    if "inspection_results" not in CONTENT_TYPES:
        register()


def counted_by_hand(content: Path) -> dict[int, dict[str, int]]:
    years: dict[int, Counter[str]] = {}
    for file in sorted((content / "inspection_results").glob("*.yaml")):
        plan = yaml.safe_load(file.read_text(encoding="utf-8"))
        result_date, published = plan["result_date"], plan["published"]
        row = years.setdefault(result_date.year, Counter())
        row["plans"] += 1
        row["objects"] += len(plan["results"])
        row.update(r["result"] for r in plan["results"])
        workdays = chinese_calendar.get_workdays(result_date + dt.timedelta(days=1), published)
        row["late"] += len(workdays) > 20
    return {y: {k: v for k, v in c.items() if v} for y, c in years.items()}


@pytest.mark.parametrize("content", [DEMO_CONTENT, FIXTURE_SITE], ids=["demo", "fixture"])
def test_yearly_counts(content: Path):
    from plugins.inspection_results import yearly_counts

    counts = yearly_counts(load_site(content).inspection_results)
    expected = counted_by_hand(content)
    assert sorted(counts) == sorted(expected)
    for year, row in counts.items():
        assert {k: v for k, v in row.items() if v} == expected[year], year
        assert row["objects"] == sum(
            row[k] for k in ("未发现问题", "责令整改", "立案查处", "未找到检查对象", "其他")
        )


def test_demo_content_spans_two_years_and_several_items():
    plans = load_site(DEMO_CONTENT).inspection_results
    assert len(plans) >= 6
    assert {p.year for p in plans} >= {2025, 2026}
    assert len({p.item for p in plans}) == len(plans)
    assert all(5 <= len(p.results) <= 15 for p in plans)
    assert any(p.late for p in plans), "the demo shows what a late publication looks like"


def test_search_indexes_plans_and_criteria():
    from plugins.search_index import documents

    docs = {d.url: d for d in documents(load_site(FIXTURE_SITE))}
    plan = docs["/inspections/results/2026-q1-ads/"]
    assert plan.type == "inspection_result" and plan.type_label == "抽查结果"
    assert plan.title == "户外广告设施设置情况检查抽查结果（2026年第一季度）"
    assert plan.body == "bureau" and plan.date == "2026-03-10"
    assert "测试广告传媒有限公司" in plan.text and "王某" in plan.text
    criterion = docs["/legal-review/#criterion-revocation"]
    assert criterion.type == "major_criterion" and criterion.category == "吊销许可证照"
    assert "吊销许可证件的" in criterion.title
