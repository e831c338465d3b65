"""The catalogue of major decisions: which criteria a decision meets (core/major.py)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from core.major import CatalogueError, load_catalogue, major_criteria
from core.settings import PROJECT_ROOT
from plugins.loader import load_items
from plugins.major_catalogue import MajorCriterion, matches

CATALOGUE = PROJECT_ROOT / "content" / "major_catalogue.yaml"

# (penalty, fine, party type, field, ids of the criteria met)
CASES = [
    ("警告", None, "person", None, []),
    ("罚款人民币5000元", Decimal("5000"), "person", None, ["large-fine-sanitation"]),
    ("罚款人民币5000元", Decimal("5000"), "person", "市容环境卫生", ["large-fine-sanitation"]),
    ("罚款人民币5000元", Decimal("5000"), "person", "城乡规划", []),
    ("罚款", Decimal("4999.99"), "person", None, []),
    ("罚款", Decimal("9999.99"), "person", "城乡规划", []),
    ("罚款", Decimal("10000"), "person", "城乡规划", ["large-fine", "confiscation"]),
    ("罚款", Decimal("10000"), "individual_business", "城乡规划", ["large-fine", "confiscation"]),
    ("罚款", Decimal("99999"), "organization", "城乡规划", []),
    ("罚款", Decimal("100000"), "organization", "城乡规划", ["large-fine", "confiscation"]),
    ("罚款", Decimal("50000"), "organization", None, ["large-fine-sanitation"]),
    # A party type the criterion does not name gets its lowest threshold (fail closed).
    ("罚款", Decimal("5000"), "other", "市容环境卫生", ["large-fine-sanitation"]),
    ("吊销城市建筑垃圾处置核准文件", None, "organization", None, ["revocation"]),
    ("责令停产停业三个月", None, "organization", None, ["suspension"]),
    ("限期自行拆除；逾期不拆除的，依法强制拆除", None, "person", None, ["demolition"]),
    ("没收实物", None, "organization", "城乡规划", ["confiscation"]),
    (
        "吊销许可证，并处罚款人民币20万元",
        Decimal("200000"),
        "organization",
        "城乡规划",
        ["large-fine", "confiscation", "revocation"],
    ),
    ("", None, "person", None, []),
    (
        None,
        Decimal("20000"),
        "person",
        None,
        ["large-fine", "large-fine-sanitation", "confiscation"],
    ),
]


@pytest.mark.parametrize(("penalty", "fine", "party", "field", "expected"), CASES)
def test_major_criteria_of_the_demo_catalogue(penalty, fine, party, field, expected):
    criteria = load_catalogue(CATALOGUE)
    assert [c.id for c in major_criteria(criteria, penalty, fine, party, field)] == expected


@pytest.mark.parametrize(("penalty", "fine", "party", "field", "expected"), CASES)
def test_the_site_model_matches_the_same(penalty, fine, party, field, expected):
    items = load_items(MajorCriterion, CATALOGUE, CATALOGUE.parent)
    assert [c.id for c in matches(items, penalty, fine, party, field)] == expected


def test_core_and_site_read_the_file_alike():
    items = load_items(MajorCriterion, CATALOGUE, CATALOGUE.parent)
    assert [i.to_criterion() for i in items] == load_catalogue(CATALOGUE)


def test_criteria_without_words_or_amounts_are_for_the_clerk():
    manual = [c.id for c in load_catalogue(CATALOGUE) if not c.automatic]
    assert manual == ["after-hearing", "public-interest"]


@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        ("- id: a\n  category: 大额罚款\n", "0.criterion", "missing"),
        ("- id: a\n  category: 罚款\n  criterion: x\n", "0.category", "unknown category"),
        (
            "- id: a\n  category: 大额罚款\n  criterion: x\n  min_fine: {person: lots}\n",
            "0.min_fine",
            "",
        ),
        ("id: a\n", None, "expected a list"),
    ],
)
def test_a_malformed_catalogue_is_named(tmp_path: Path, text, field, words):
    path = tmp_path / "major_catalogue.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError) as info:
        load_catalogue(path)
    assert info.value.file == str(path)
    assert info.value.field == field
    assert words in info.value.message


def test_a_missing_catalogue_is_named(tmp_path: Path):
    with pytest.raises(CatalogueError, match="file not found"):
        load_catalogue(tmp_path / "none.yaml")
