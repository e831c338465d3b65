"""A personal identifier anywhere in the output fails the build and its file is removed."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.checksums import gb11643_check_char
from plugins.leak_scan import LeakError
from tests.conftest import reapprove

ID = "43010219850312123" + gb11643_check_char("43010219850312123")


@pytest.mark.parametrize(
    ("file", "addition", "leaked", "kind"),
    [
        (
            "decisions/2026-cf-0001.md",
            f"\n当事人身份证号码{ID}。\n",
            "decisions/2026-cf-0001/index.html",
            "id_number",
        ),
        (
            "news/notice-1.md",
            "\n联系人电话13807312345。\n",
            "news/bbq-campaign/index.html",
            "mobile",
        ),
        (
            "decisions/2025-qz-0002.md",
            "\n车辆湘A12345已扣押。\n",
            "decisions/2025-qz-0002/index.html",
            "license_plate",
        ),
    ],
)
def test_leak_fails_the_build(site_copy: Path, build, file, addition, leaked, kind):
    path = site_copy / file
    path.write_text(path.read_text(encoding="utf-8") + addition, encoding="utf-8")
    if file.startswith("decisions/"):
        reapprove(path)  # a clerk approved a text in which the engine missed the number
    with pytest.raises(LeakError) as info:
        build(site_copy)
    message = str(info.value)
    assert f"{leaked}:" in message and kind in message
    assert ID not in message and "13807312345" not in message and "湘A12345" not in message
    output = site_copy.parent / "output"
    assert not (output / leaked).exists(), "the leaking page is removed"


def test_the_agencys_own_numbers_are_allowed(site_copy: Path, build):
    channels = site_copy / "channels.yaml"
    channels.write_text(
        channels.read_text(encoding="utf-8")
        + "- id: mobile-duty\n  name: 值班手机\n  kind: phone\n"
        + "  contact: 139-0739-0000\n  scope: 夜间举报\n",
        encoding="utf-8",
    )
    output = build(site_copy)
    assert "139-0739-0000" in (output / "channels" / "index.html").read_text(encoding="utf-8")


def test_a_leaking_build_leaves_the_search_index_as_it_was(site_copy: Path, build, tmp_path):
    """The index is staged beside the build; a failed leak scan discards the staged copy."""
    from search.engine import SearchRequest
    from search.engines import open_engine
    from search.query import parse

    build(site_copy)
    index_dir = tmp_path / "var" / "search-index"
    before = {p.name: p.stat().st_mtime_ns for p in index_dir.iterdir()}
    path = site_copy / "decisions/2026-cf-0001.md"
    path.write_text(
        path.read_text(encoding="utf-8") + f"\n当事人身份证号码{ID}，另查明泄漏测试。\n",
        encoding="utf-8",
    )
    reapprove(path)
    with pytest.raises(LeakError):
        build(site_copy)
    after = {p.name: p.stat().st_mtime_ns for p in index_dir.iterdir()}
    assert after == before, "no staged file left, the index untouched"
    engine = open_engine("fts5", index_dir, readonly=True)
    assert engine.query(SearchRequest(parse("泄漏测试"))).total == 0


def test_a_file_changed_since_the_last_scan_is_read_again(tmp_path: Path):
    from plugins.leak_scan import scan

    output, cache = tmp_path / "output", tmp_path / "cache" / "leak-scan.json"
    (output / "decisions" / "a").mkdir(parents=True)
    page = output / "decisions" / "a" / "index.html"
    page.write_text("<p>编号" + "x" * 18 + "</p>", encoding="utf-8")
    (output / "theme").mkdir()
    (output / "theme" / "x.js").write_text(f"// {ID}", encoding="utf-8")  # not scanned
    assert scan(output, set(), cache) == []
    assert "decisions/a/index.html" in cache.read_text(encoding="utf-8")

    page.write_text("<p>编号" + ID + "</p>", encoding="utf-8")  # same size, new content
    hits = scan(output, set(), cache)
    assert [(p.name, h.kind) for p, h in hits] == [("index.html", "id_number")]

    page.write_text("<p>电话13807312345</p>", encoding="utf-8")
    assert scan(output, {"13807312345"}, cache) == []  # published on purpose
    assert scan(output, set(), cache) != [], "other allowed numbers: every file read again"


def test_only_our_own_qr_drawing_is_skipped(tmp_path: Path):
    from plugins.leak_scan import _QR, scan
    from plugins.qrcode import encode

    qr = encode("https://zfgs.example.gov.cn/decisions/2026-cf-0001/")
    assert _QR.fullmatch(qr)
    pages = {
        "plain.html": f"<main>{qr}<p>无号码</p></main>",
        "text.html": f"<main>{qr}<p>身份证{ID}</p></main>",
        "forged.html": f'<svg class="qr"><text>{ID}</text></svg>',
    }
    for name, html in pages.items():
        (tmp_path / name).write_text(html, encoding="utf-8")
    assert sorted(p.name for p, _ in scan(tmp_path, set())) == ["forged.html", "text.html"]
