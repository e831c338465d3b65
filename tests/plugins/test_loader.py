"""Every content type: a broken file stops the build with its file, line, field and a fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from plugins.loader import ContentError

# (file, text to replace, replacement, expected line, expected field, words in the message)
CASES = [
    ("portal.yaml", 'postcode: "410000"', 'postcode: "41"', 8, "postcode", "expected form"),
    ("portal.yaml", "agency: bureau", "agency: nowhere", None, "agency", "unknown agency"),
    ("agencies.yaml", "  kind: squad", "  kind: team", 10, "1.kind", "use one of"),
    ("agencies.yaml", "  parent: bureau", "  parent: ghost", None, "parent", "unknown parent"),
    ("officers.yaml", "  status: suspended", "  status: retired", 11, "1.status", "use one of"),
    (
        "officers.yaml",
        "  valid_until: 2028-06-30",
        "  valid_until: 2028-13-45",
        6,
        "0.valid_until",
        "YYYY-MM-DD",
    ),
    ("officers.yaml", "  unit: east", "  unit: west", None, "unit", "unknown unit"),
    ("officers.yaml", "- name: 李明\n", "- nmae: 李明\n", 1, "0.nmae", "unknown field 'nmae'"),
    (
        "power_items/penalty.yaml",
        "  category: penalty",
        "  category: fine",
        3,
        "0.category",
        "use one of",
    ),
    (
        "power_items/penalty.yaml",
        "《城市市容和环境卫生管理条例》\n      article: 第三十六条",
        "城市市容和环境卫生管理条例\n      article: 第三十六条",
        6,
        "0.basis.0.statute",
        "expected form",
    ),
    ("power_items/penalty.yaml", "  body: bureau", "  body: nobody", None, "body", "unknown body"),
    (
        "flows/general.yaml",
        "    next: [close]",
        "    next: [finish]",
        None,
        "steps.2.next.0.to",
        "unknown step",
    ),
    ("flows/general.yaml", "    kind: end", "    kind: stop", 27, "steps.3.kind", "use one of"),
    (
        "guides/demolition.yaml",
        "time_limit: 20个工作日\n",
        "",
        1,
        "time_limit",
        "required field is missing",
    ),
    ("guides/demolition.yaml", "squad: bureau", "squad: north", None, "squad", "unknown squad"),
    ("inspection_items.yaml", "  ratio: 不低于5%", "  ratio:", 9, "0.ratio", "has no value"),
    ("risk_items.yaml", "  level: high", "  level: extreme", 4, "0.level", "use one of"),
    ("channels.yaml", "  kind: phone", "  kind: pigeon", 3, "0.kind", "use one of"),
    ("decisions/2026-cf-0001.md", "Type: 行政处罚", "Type: 罚款", 4, "type", "use one of"),
    ("decisions/2026-cf-0001.md", "Date: 2026-03-02", "Date: 2026-02-30", 5, "date", ""),
    ("decisions/2026-cf-0001.md", "Party: 张某\n", "", 1, "party", "add a line"),
    ("decisions/2026-cf-0001.md", "Body: bureau", "Body: court", 6, "body", "unknown body"),
    (
        "decisions/2026-cf-0001.md",
        "Slug: 2026-cf-0001",
        "Slug: 2025-qz-0002",
        2,
        "slug",
        "already used",
    ),
]


@pytest.mark.parametrize(
    ("file", "old", "new", "line", "field", "words"), CASES, ids=[f"{c[0]}:{c[4]}" for c in CASES]
)
def test_broken_file_stops_the_build(site_copy: Path, build, file, old, new, line, field, words):
    path = site_copy / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {file}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ContentError) as info:
        build(site_copy)
    error = info.value
    assert error.file == file
    if line is not None:
        assert error.line == line
    else:
        assert error.line is not None
    assert error.field is not None and error.field.endswith(field)
    assert error.hint, "every content error says how to fix it"
    assert words in f"{error.message} {error.hint}"
    assert not (site_copy.parent / "output" / "index.html").exists(), "nothing is written"


def test_invalid_yaml_names_the_line(site_copy: Path, build):
    (site_copy / "risk_items.yaml").write_text("- id: a\n  level: [high\n", encoding="utf-8")
    with pytest.raises(ContentError) as info:
        build(site_copy)
    assert info.value.file == "risk_items.yaml"
    assert "invalid YAML" in info.value.message
    assert info.value.line in (2, 3)


def test_missing_file_is_named(site_copy: Path, build):
    (site_copy / "channels.yaml").unlink()
    with pytest.raises(ContentError, match="file not found") as info:
        build(site_copy)
    assert info.value.file == "channels.yaml"


def test_not_utf8_is_named(site_copy: Path, build):
    (site_copy / "risk_items.yaml").write_bytes("- id: 风险".encode("gbk"))
    with pytest.raises(ContentError, match="UTF-8"):
        build(site_copy)


def test_duplicate_ids_name_both_places(site_copy: Path, build):
    path = site_copy / "risk_items.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("risk-002", "risk-001"), encoding="utf-8"
    )
    with pytest.raises(ContentError, match=r"duplicate id 'risk-001'.*risk_items.yaml:1"):
        build(site_copy)


def test_unreachable_flow_step(site_copy: Path, build):
    path = site_copy / "flows" / "general.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("    next: [close]\n", "", 1), encoding="utf-8"
    )
    path.write_text(
        path.read_text(encoding="utf-8").replace("      - {to: close, label: 不予立案}\n", ""),
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match="cannot be reached"):
        build(site_copy)


def test_steps_pointing_only_at_each_other_are_unreachable(site_copy: Path, build):
    path = site_copy / "flows" / "general.yaml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "  - id: loop-a\n    action: 甲\n    next: [loop-b]\n"
        + "  - id: loop-b\n    action: 乙\n    next: [loop-a]\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match="loop-a, loop-b cannot be reached"):
        build(site_copy)
