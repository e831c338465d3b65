import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redaction.detectors import Finding
from redaction.engine import ORDER, _resolve_overlaps, analyze
from tests.redaction.conftest import make_card, make_id

# Chinese text with no digits or Latin letters, so a generated identifier stands on its own
CHARS = "的一是在了不和有大这主中人上为们地个用工时要动国产以我到，。"
CHINESE = st.text(alphabet=st.sampled_from(list(CHARS)), max_size=40)
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


@settings(max_examples=60, deadline=None)
@given(CHINESE, CHINESE, st.dates(dt.date(1930, 1, 1), dt.date(2005, 12, 31)), st.integers(0, 999))
def test_a_valid_id_in_random_text_is_always_found(before, after, born, seq) -> None:
    number = make_id("430102", born, f"{seq:03d}")
    a = analyze(before + number + after)
    assert number not in a.redacted
    assert any(f.kind == "id_number" and f.text == number for f in a.findings)


@settings(max_examples=60, deadline=None)
@given(
    CHINESE,
    CHINESE,
    st.sampled_from(["622202", "622848", "621700", "436742"]),
    st.integers(16, 19),
    st.text(alphabet="0123456789", min_size=1, max_size=1),
)
def test_a_valid_card_in_random_text_is_always_found(before, after, prefix, length, fill) -> None:
    card = make_card(prefix, length, fill)
    assert card not in analyze(before + card + after).redacted


@settings(max_examples=60, deadline=None)
@given(
    CHINESE,
    CHINESE,
    st.sampled_from(PROVINCES),
    st.sampled_from(PLATE_LETTERS),
    st.text(alphabet="0123456789" + PLATE_LETTERS, min_size=5, max_size=6).filter(
        lambda s: sum(c.isdigit() for c in s) >= 3
    ),
)
def test_a_plate_in_random_text_is_always_found(before, after, province, letter, tail) -> None:
    plate = province + letter + tail
    assert plate not in analyze(before + plate + after).redacted


@settings(max_examples=40, deadline=None)
@given(CHINESE, CHINESE, st.integers(0, 999))
def test_every_offset_points_at_its_text(before, after, seq) -> None:
    number = make_id(seq=f"{seq:03d}")
    text = (
        f"{before}当事人：欧阳明，身份证号码：{number}，住址：湖南省长沙市芙蓉区"
        f"五一大道1号，联系电话：138 0731 2345。{after}证人李四（男）证实，欧阳明无异议。"
    )
    for f in analyze(text).findings:
        assert text[f.start : f.end] == f.text
        assert f.replacement is not None


def test_overlapping_findings_keep_the_longest() -> None:
    text = "住址：湖南省长沙市芙蓉区王家村5组8号，当事人：王家"
    a = analyze(text)
    spans = sorted((f.start, f.end) for f in a.findings)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False))


@pytest.mark.parametrize(
    "header, hidden",
    [
        ("联系电话", True),  # a landline has no context of its own: its column gives it
        ("电　话", True),
        ("**联系方式**", True),
        ("监督电话", False),  # a public column
        ("备注", False),
    ],
)
def test_a_table_cell_is_read_by_its_column_header(header: str, hidden: bool) -> None:
    text = f"| 单位 | {header} |\n| --- | --- |\n| 某区某局 | (027) 4491-4902 |\n"
    assert ("(027) 4491-4902" not in analyze(text).redacted) is hidden


def test_the_foot_keeps_officers_certificates_and_the_agency_address() -> None:
    text = (
        "    执法人员邀请见证人江思伊（联系电话：135-9820-2745）到场见证。\n"
        "被处罚人签名：尉迟眉　　见证人：顾荔\n"
        "执法人员：郭俊峰（证号：17697036271）、段文博（证号：苏76161879）；"
        "执法证件号：藏70739139、13886990394\n"
        "地址：南京市鼓楼区桃源街73号\n"
        "联系电话：025-54162474（工作日）；投诉举报请拨打12345政务服务便民热线\n"
    )
    redacted = analyze(text).redacted
    assert "135-9820-2745" not in redacted
    for public in ("17697036271", "苏76161879", "藏70739139", "13886990394"):
        assert public in redacted
    assert "地址：南京市鼓楼区桃源街73号\n" in redacted
    assert "025-54162474" in redacted


def _taken_by_rank(findings: list[Finding]) -> list[Finding]:
    """The overlap rule written plainly: by rank, each finding that overlaps none taken."""
    taken: list[Finding] = []
    rank = {k: i for i, k in enumerate(ORDER)}
    for f in sorted(
        findings, key=lambda f: (not f.certain, f.start - f.end, -f.score, rank[f.kind], f.start)
    ):
        if not any(f.overlaps(t) for t in taken):
            taken.append(f)
    return sorted(taken, key=lambda f: f.start)


SPANS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 12), st.sampled_from(ORDER), st.booleans()),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(SPANS)
def test_overlaps_are_resolved_by_rank(spans) -> None:
    findings = [
        Finding(kind, start, start + length, "x" * length, 0.5, certain=certain)
        for start, length, kind, certain in spans
    ]
    assert _resolve_overlaps(list(findings)) == _taken_by_rank(findings)
