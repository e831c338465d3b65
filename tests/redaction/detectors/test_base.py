"""The digit-run prefilter: trying a numeric pattern only around runs of digits finds exactly
what scanning the whole text finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redaction.detectors import REGISTRY, DocumentContext
from redaction.detectors.base import DIGIT_RUN_RE, digit_runs, digit_windows, pattern_matches

NUMERIC = [
    (kind, p)
    for kind, cls in sorted(REGISTRY.items())
    for p in getattr(cls, "patterns", [])
    if p.min_digits
]
PIECES = st.sampled_from(
    list("0123456789０１２３４５６７８９")
    + [" ", "  ", "\u3000", "\t", "-", "－", "—", "\n", "\r\n", "(", ")", "（", "）", "+86 "]
    + ["X", "x", "E", "G", "Ｅ", "ab", "转", "号", "电话", "身份证", "，", "。", "王五"]
    + ["12345678", "4301021980051712", "\u2010", "\u2014", "中文"]
    + ["00", "852）", "886)", "+", "＋", "1"]
)


def _whole(pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.compiled.finditer(text)]


def _windowed(pattern, text: str) -> list[tuple[int, int]]:
    windows = digit_windows(digit_runs(text), pattern.min_digits)
    return [m.span() for a, b in windows for m in pattern.compiled.finditer(text, a, b)]


def _tried(pattern, text: str) -> list[tuple[int, int]]:
    """What the detectors find: windows, leads of runs, letters before runs."""
    return [m.span() for m in pattern_matches(pattern, text, DocumentContext())]


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=80).map("".join))
def test_digit_runs_are_those_of_the_regex(text: str) -> None:
    expected = [
        (m.start(), m.end(), sum(c in "0123456789０１２３４５６７８９" for c in m.group()))
        for m in DIGIT_RUN_RE.finditer(text)
    ]
    assert digit_runs(text) == expected


def test_numeric_patterns_are_marked() -> None:
    assert {kind for kind, _ in NUMERIC} >= {"id_number", "bank_account", "phone", "passport"}
    at_leads = {p.name for _, p in NUMERIC if p.at_leads}
    assert at_leads >= {"18 digits", "15 digits", "mobile"}


@pytest.mark.parametrize(
    "text",
    [
        "联系电话：（0731） 8456 1234转123，",
        "护照号码：E12345678；台胞证：1234567890",
        "身份证号：43010219800517 123X。",
        "卡号 6222 0212 3456 7890 128",
        "7" * 40,
        "身份证号：430102198005171234，手机13807312345，台胞证12345678，卡号6222021234567890128",
        "43010219800517123X 430102800517123 1380731234 123456789",
        "1234567",
    ],
)
@pytest.mark.parametrize("kind, pattern", NUMERIC, ids=lambda v: getattr(v, "name", v))
def test_windows_find_what_the_whole_text_scan_finds(kind: str, pattern, text: str) -> None:
    assert _windowed(pattern, text) == _whole(pattern, text)
    assert _tried(pattern, text) == _whole(pattern, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=80).map("".join))
def test_windows_equal_whole_scan_on_random_text(text: str) -> None:
    for _, pattern in NUMERIC:
        assert _windowed(pattern, text) == _whole(pattern, text)
        assert _tried(pattern, text) == _whole(pattern, text)


STARTED = [p for cls in REGISTRY.values() for p in getattr(cls, "patterns", []) if p.starts]
PLACED = [p for cls in REGISTRY.values() for p in getattr(cls, "patterns", []) if p.places]


def test_patterns_with_places_are_marked() -> None:
    assert {p.name for p in PLACED} >= {"landline"}


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, max_size=80).map("".join))
def test_places_equal_whole_scan_on_random_text(text: str) -> None:
    for pattern in PLACED:
        assert _tried(pattern, text) == _whole(pattern, text)


@pytest.mark.parametrize(
    "text",
    [
        "联系电话：（0731） 8456 1234转123，(０２０)12345678",
        "电话0731-84561234，传真 0731 8456 1235；07318456123",
        "（0731）8456123-0731234567 12 0731-1234567",
    ],
)
def test_places_find_what_the_whole_text_scan_finds(text: str) -> None:
    for pattern in PLACED:
        assert _tried(pattern, text) == _whole(pattern, text)
        assert _whole(pattern, text)


def test_windows_are_found_once_per_document() -> None:
    doc = DocumentContext()
    text = "电话13807312345。" + "另有一句不含数字的话，" * 10 + "编号1234567"
    assert doc.digit_windows(text, 11) is doc.digit_windows(text, 11)
    assert len(doc.digit_windows(text, 7)) == 2 and len(doc.digit_windows(text, 11)) == 1
    assert doc.digit_windows("另一份" + text, 11) != doc.digit_windows(text, 11)


LABEL_PIECES = st.sampled_from(
    ["出", "生", "出生", "日期", "年月", "于", "日", "时间", " ", "\u3000", "：", "为", "\n", "，"]
    + ["1990年1月2日", "1990-01-02", "19900102", "二〇〇一年三月五日", "2001.2", "王五"]
    + ["LSVAU2180N2183294", "A", "h", "7", "I", "q", "Ｂ", "ab12", "-"]
    + ["国用", "集", "国", "用", "（2015）", "(2014)", "第01234号", "123", " \n  ", "\t"]
)


def test_patterns_with_starts_are_marked() -> None:
    assert {p.name for p in STARTED} >= {"date after 出生日期", "17 characters", "土地证"}


@settings(max_examples=300, deadline=None)
@given(st.lists(LABEL_PIECES, max_size=60).map("".join))
def test_starts_equal_whole_scan_on_random_text(text: str) -> None:
    for pattern in STARTED:
        assert _tried(pattern, text) == _whole(pattern, text)
