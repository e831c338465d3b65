"""Publication periods and the timeliness page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from plugins import publication
from plugins.loader import ContentError

RULES = """periods:
  - name: 警告和较低数额罚款
    types: [行政处罚]
    months: 3
    max_fine: {person: 10000, individual_business: 10000, organization: 100000}
    excludes: [没收, 吊销, 责令停产停业]
  - name: 其他行政处罚和行政强制
    types: [行政处罚, 行政强制]
    months: 36
"""


@pytest.mark.parametrize(
    ("today", "present", "absent"),
    [
        (dt.date(2026, 6, 2), ["2026-cf-0001", "2025-qz-0002"], []),
        # The 200-yuan fine of 2026-03-03 (published) expires after 3 months.
        (dt.date(2026, 6, 4), ["2025-qz-0002"], ["2026-cf-0001"]),
        # The coercion decision (published 2026-03-03) stays 36 months.
        (dt.date(2029, 3, 2), ["2025-qz-0002"], ["2026-cf-0001"]),
        (dt.date(2029, 3, 4), [], ["2026-cf-0001", "2025-qz-0002"]),
    ],
)
def test_expired_decisions_leave_the_site(
    site_copy: Path, build, monkeypatch, today, present, absent
):
    (site_copy / "publication.yaml").write_text(RULES, encoding="utf-8")
    monkeypatch.setattr(publication, "today_in_china", lambda: today)
    output = build(site_copy)
    listing = (output / "decisions" / "index.html").read_text(encoding="utf-8")
    data = (output / "data" / "decisions.json").read_text(encoding="utf-8")
    feed = (output / "feeds" / "decisions.atom.xml").read_text(encoding="utf-8")
    for slug in present:
        assert (output / "decisions" / slug / "index.html").exists()
        assert slug in listing and slug in data
    for slug in absent:
        assert slug not in listing and slug not in data and slug not in feed
    assert (site_copy / "decisions" / "2026-cf-0001.md").exists(), "the archive keeps the file"


def test_bad_rules_are_named(site_copy: Path, build):
    (site_copy / "publication.yaml").write_text(
        RULES.replace("months: 3\n", "months: three\n"), encoding="utf-8"
    )
    with pytest.raises(ContentError) as info:
        build(site_copy)
    assert info.value.file == "publication.yaml" and info.value.line == 4


def test_timeliness_page(fixture_output: Path):
    html = (fixture_output / "decisions" / "timeliness" / "index.html").read_text(encoding="utf-8")
    assert "2026年" in html and "100.0%" in html


def test_add_months_clamps_to_month_end():
    assert publication.add_months(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)


def test_a_rule_can_be_limited_to_an_agency(site_copy: Path, build, monkeypatch):
    rules = (
        "periods:\n  - name: 城东中队的决定\n    types: [行政处罚, 行政强制]\n"
        "    months: 1\n    bodies: [east]\n"
    )
    (site_copy / "publication.yaml").write_text(rules, encoding="utf-8")
    monkeypatch.setattr(publication, "today_in_china", lambda: dt.date(2030, 1, 1))
    output = build(site_copy)
    assert (output / "decisions" / "2026-cf-0001" / "index.html").exists()  # decided by bureau
