"""/search and /api/search over the built fixture site, through the app the roof assembles."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient

from core.settings import Settings
from gongshi.app import create_app
from tests.conftest import FIXTURE_SITE, make_settings


@pytest.fixture(scope="module")
def settings(fixture_output: Path) -> Settings:
    # fixture_output was built with make_settings(its parent folder): the index is there.
    return make_settings(fixture_output.parent, FIXTURE_SITE)


@pytest.fixture(scope="module")
def client(settings: Settings) -> TestClient:
    return TestClient(create_app(settings), raise_server_exceptions=False)


def main(html: str) -> str:
    return html[html.index('<main id="main"') : html.index("</main>")]


def test_results_page_in_the_theme(client: TestClient):
    response = client.get("/search", params={"q": "露天烧烤"})
    assert response.status_code == 200
    assert '<html lang="zh-CN">' in response.text and response.text.count("<h1>") == 1
    body = main(response.text)
    assert "找到 1 条结果" in body
    assert 'href="/news/bbq-campaign/"' in body
    assert "<mark>露天烧烤</mark>" in body


def test_json_api(client: TestClient):
    data = client.get("/api/search", params={"q": "罚款"}).json()
    assert set(data) >= {"total", "page", "results", "facets"}
    assert data["total"] == len(data["results"]) > 0
    for result in data["results"]:
        assert set(result) >= {"url", "title", "type", "date", "snippet"}
        assert client.get(result["url"].split("#")[0]).status_code == 200
    assert {"type", "body", "year", "category"} <= set(data["facets"])


def test_type_filter_narrows(client: TestClient):
    everything = client.get("/api/search", params={"q": "罚款"}).json()
    decisions = client.get("/api/search", params={"q": "罚款", "type": "decision"}).json()
    assert 0 < decisions["total"] < everything["total"]
    assert {r["type"] for r in decisions["results"]} == {"decision"}
    page = client.get("/search", params={"q": "罚款"}).text
    assert "/search?q=%E7%BD%9A%E6%AC%BE&amp;type=decision" in page


@pytest.mark.parametrize("field", ["decision_no", "title", "violation", "number part"])
def test_decision_found_by_its_number_and_words(client: TestClient, fixture_output: Path, field):
    import json

    data = json.loads((fixture_output / "data" / "decisions.json").read_text("utf-8"))
    decision = data["items"][0]
    q = decision["decision_no"][-6:] if field == "number part" else decision[field]
    results = client.get("/api/search", params={"q": q}).json()["results"]
    assert results and results[0]["url"] == "/" + decision["url"]


@pytest.mark.parametrize("q", ["占道经营", "占道", "0001号", "1号"])
def test_street_vendor_decision_of_the_fixture_site(client: TestClient, q: str):
    urls = [r["url"] for r in client.get("/api/search", params={"q": q}).json()["results"]]
    assert "/decisions/2026-cf-0001/" in urls


def test_script_in_the_query_comes_back_escaped(client: TestClient):
    q = '<script>alert("x")</script>'
    for path in ("/search", "/api/search"):
        response = client.get(path, params={"q": q})
        assert response.status_code == 200
        assert "<script>alert" not in response.text
    assert "&lt;script&gt;" in main(client.get("/search", params={"q": q}).text)


def test_page_past_the_end_is_a_clear_empty_page(client: TestClient):
    response = client.get("/search", params={"q": "罚款", "page": "10000"})
    assert response.status_code == 200
    assert "第 10000 页没有结果" in response.text and "回到第 1 页" in response.text
    data = client.get("/api/search", params={"q": "罚款", "page": "10000"}).json()
    assert data["results"] == [] and data["total"] > 0


def test_no_results_page_helps(client: TestClient):
    body = main(client.get("/search", params={"q": "宇宙飞船"}).text)
    assert "没有找到" in body and "可以试试" in body


@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        ({"q": ""}, 200, "请输入要搜索的词"),
        ({"q": "占" * 101}, 400, "搜索词太长"),
        ({"q": '"行政复议'}, 400, "引号不成对"),
        ({"q": "？？！！"}, 400, "没有可以搜索的文字"),
        ({"q": "罚款", "page": "abc"}, 400, "页码"),
        ({"q": "罚款", "sort": "popular"}, 400, "排序方式"),
        ({"q": "罚款", "year": "20x6"}, 400, "筛选条件"),
    ],
)
def test_bad_queries_get_a_clear_message(client: TestClient, params, status, message):
    response = client.get("/search", params=params)
    assert response.status_code == status and message in main(response.text)
    api = client.get("/api/search", params=params)
    assert api.status_code == 400 and message in api.json()["error"]


def test_without_an_index_search_says_so(tmp_path: Path, fixture_output: Path):
    settings = make_settings(tmp_path, FIXTURE_SITE)
    client = TestClient(create_app(settings, site_dir=fixture_output))
    response = client.get("/search", params={"q": "罚款"})
    assert response.status_code == 503 and "搜索暂不可用" in response.text


def test_openapi_documents_search(client: TestClient):
    doc = client.get("/api/openapi.json").json()
    operation = doc["paths"]["/api/search"]["get"]
    assert {p["name"] for p in operation["parameters"]} >= {
        "q",
        "type",
        "body",
        "year",
        "sort",
        "page",
    }
    assert "SearchResults" in doc["components"]["schemas"]
