"""The built site as a whole: links resolve; CSV, JSON, Atom and sitemap are valid; the
flowchart SVG holds every step."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from urllib.parse import urlparse

import pytest
from bs4 import BeautifulSoup
from lxml import etree

from plugins.opendata import exported_types


def internal_links(output: Path):
    for page in output.rglob("*.html"):
        html = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for tag, attr in (("a", "href"), ("link", "href"), ("img", "src"), ("script", "src")):
            for element in html.find_all(tag):
                url = element.get(attr)
                if not url or url.startswith(("#", "mailto:", "tel:")):
                    continue
                parsed = urlparse(url)
                if parsed.scheme or parsed.netloc:
                    continue
                yield page, parsed.path


# Served by the service, not by the static site.
SERVICE_PATHS = ("/search", "/complaints/", "/supervisors/", "/api/")


def resolves(output: Path, path: str) -> bool:
    target = output / path.lstrip("/")
    return target.is_file() or (target / "index.html").is_file()


@pytest.mark.parametrize("which", ["fixture_output", "demo_output"])
def test_every_internal_link_resolves(which: str, request: pytest.FixtureRequest):
    output: Path = request.getfixturevalue(which)
    broken = sorted(
        {
            f"{page.relative_to(output)} → {path}"
            for page, path in internal_links(output)
            if not path.startswith(SERVICE_PATHS) and not resolves(output, path)
        }
    )
    assert not broken, f"{len(broken)} broken links, e.g. {broken[:10]}"


def test_open_data_csv_and_json_agree(fixture_output: Path):
    for ctype in exported_types():
        raw = (fixture_output / "data" / f"{ctype.key}.csv").read_bytes()
        assert raw.startswith("\ufeff".encode()), "CSV carries a BOM for spreadsheet programs"
        rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
        document = json.loads((fixture_output / "data" / f"{ctype.key}.json").read_text("utf-8"))
        assert document["count"] == len(rows) == len(document["items"]) > 0, ctype.key
        assert list(document["columns"]) == list(rows[0]) == list(ctype.columns)
        assert rows == [{k: str(v) for k, v in item.items()} for item in document["items"]]


def test_open_data_counts_match_pages(fixture_output: Path):
    officers = json.loads((fixture_output / "data" / "officers.json").read_text("utf-8"))
    assert {o["certificate_no"] for o in officers["items"]} == {"TS43012021001", "TS43012021002"}
    decisions = json.loads((fixture_output / "data" / "decisions.json").read_text("utf-8"))
    for item in decisions["items"]:
        assert resolves(fixture_output, item["url"])


ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize(
    ("feed", "titles"),
    [
        ("decisions.atom.xml", ["测综执罚决字〔2026〕第0001号 张某占道经营案行政处罚决定书"]),
        ("news.atom.xml", ["关于开展夏季露天烧烤专项整治的通告"]),
    ],
)
def test_atom_feeds_are_valid(fixture_output: Path, feed: str, titles: list[str]):
    root = etree.parse(str(fixture_output / "feeds" / feed)).getroot()
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    assert entries
    for entry in entries:
        for child in ("title", "id", "updated", "link"):
            assert entry.find(f"{ATOM}{child}") is not None, child
        link = entry.find(f"{ATOM}link").get("href")
        assert link.startswith("https://zfj.test.example.gov.cn/")
        assert resolves(fixture_output, urlparse(link).path)
    shown = [e.findtext(f"{ATOM}title") for e in entries]
    for title in titles:
        assert title in shown


def test_sitemap_lists_every_page(fixture_output: Path):
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    root = etree.parse(str(fixture_output / "sitemap.xml")).getroot()
    locs = {urlparse(loc.text).path for loc in root.iter(f"{ns}loc")}
    pages = {
        "/" + str(p.relative_to(fixture_output)).removesuffix("index.html")
        for p in fixture_output.rglob("*.html")
        if p.name != "404.html"
    }
    assert locs == pages
    assert all(loc.text.startswith("https://") for loc in root.iter(f"{ns}loc"))


def test_flowchart_svg_holds_every_step(fixture_output: Path):
    html = BeautifulSoup(
        (fixture_output / "flows/general-procedure/index.html").read_text("utf-8"), "html.parser"
    )
    svg = html.find("svg", class_="flowchart-svg")
    assert svg is not None and svg.get("role") == "img"
    svg_text = "".join(t.get_text() for t in svg.find_all("text"))
    steps = [li.find("strong").get_text() for li in html.select("ol.flow-steps > li")]
    assert steps == ["发现违法线索", "立案审批", "调查取证", "结案归档"]
    for step in steps:
        assert step in svg_text
    for label in ("符合立案条件", "不予立案"):
        assert label in svg_text
    assert len(svg.select("g.node")) == 4 and len(svg.select("g.edge")) == 4


@pytest.mark.parametrize("which", ["fixture_output", "demo_output"])
def test_flowchart_labels_fit_their_boxes(which: str, request: pytest.FixtureRequest):
    """Graphviz sized each box for its label: every text line lies inside its node's shape."""
    output: Path = request.getfixturevalue(which)
    for page in (output / "flows").glob("*/index.html"):
        svg = etree.fromstring(
            BeautifulSoup(page.read_text("utf-8"), "html.parser").find("svg").encode()
        )
        ns = {"s": "http://www.w3.org/2000/svg"}
        for node in svg.iterfind(".//s:g[@class='node']", ns):
            shape = node.find("s:polygon", ns)
            if shape is None:
                shape = node.find("s:path", ns)
            if shape is None:
                shape = node.find("s:ellipse", ns)
            xs = _xs(shape)
            for t in node.iterfind("s:text", ns):
                width = _text_width(t.text or "", float(t.get("font-size", "12")))
                x = float(t.get("x"))
                assert min(xs) - 1 <= x - width / 2 and x + width / 2 <= max(xs) + 1, (
                    f"{page.parent.name}: '{t.text}' ({width:.0f}pt) overflows its box"
                )


def _xs(shape) -> list[float]:
    if shape.tag.endswith("ellipse"):
        cx, rx = float(shape.get("cx")), float(shape.get("rx"))
        return [cx - rx, cx + rx]
    raw = shape.get("points") or shape.get("d")
    numbers = [
        float(n)
        for n in raw.replace("M", " ").replace("C", " ").replace("Z", " ").replace(",", " ").split()
    ]
    return numbers[0::2]


def _text_width(text: str, size: float) -> float:
    """Width of a label in the CJK font: full-width characters are one em, others half."""
    return sum(size if ord(ch) > 0x2E80 else size * 0.55 for ch in text)
