"""Markup, invisible characters and OCR damage are undone before the detectors read a text,
and what they find is mapped back onto the source."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from redaction.engine import analyze
from redaction.normalize import clean
from tests.redaction.conftest import make_id

ID = make_id()
OCR_ID = ID.replace("0", "O", 3)  # 43O1O2198O05…: OCR read three zeros as O


@pytest.mark.parametrize(
    "source, cleaned",
    [
        (f"身份证号：{OCR_ID}，", f"身份证号：{ID}，"),  # O for 0
        ("电话：1B6O6741374", "电话：18606741374"),
        ("电话：186\u00a09574\u00a05601", "电话：186 9574 5601"),
        ("当事人：<span style='color:red'>杜菊</span>，男", "当事人：杜菊，男"),
        ("当事人：王五<br/>住址：略", "当事人：王五\n住址：略"),
        ("出生日期&#65306;1999年2月27日", "出生日期：1999年2月27日"),
        ("440606&nbsp;19780410&nbsp;787X", "440606 19780410 787X"),
        ("36070219880528977×", "36070219880528977X"),
        ("汪\u200b生", "汪生"),
        ("188142781\u00ad82", "18814278182"),
        ("机密&#9733;3年", "机密★3年"),
        ("身份证号：220Z041976012B6o0B", "身份证号：220204197601286008"),  # four letters of 18
        ("驾驶粤X·O6266号车", "驾驶粤X·06266号车"),  # plates have no O or I
        # printed forms: 【label】value, label__value__, a label alone above its value
        ("【被处罚人】丁娜  【性别】女", "被处罚人：丁娜  性别：女"),
        ("出生日期__1971年6月8日__  现住址__某市__", "出生日期：1971年6月8日   现住址：某市 "),
        ("经营者\n冯岚娜\n住址\n某市某路1号", "经营者：冯岚娜\n住址：某市某路1号"),
        ("手机号码是一八八三一一三五七四八", "手机号码是18831135748"),  # read out in words
    ],
)
def test_damage_is_undone(source: str, cleaned: str) -> None:
    result = clean(source)
    assert result is not None and result.text == cleaned


@pytest.mark.parametrize(
    "text",
    [
        "当事人：王五，车牌号：粤B12345",  # B next to digits in a plate is no OCR damage
        "护照号码：E12345678",
        "罚款人民币5000元",
        "BOSS直聘",
        "【不予公开】\n",  # a bracketed line alone is no label with a value
        "行政处罚决定书\n当事人：王五",
    ],
)
def test_clean_text_is_read_as_it_is(text: str) -> None:
    assert clean(text) is None


def test_spans_map_back_to_the_source() -> None:
    source = f"当事人：<b>杜&nbsp;菊</b>，身份证号：{OCR_ID}"
    result = clean(source)
    assert result is not None
    name = result.text.index("杜")
    a, b = result.source_span(name, name + 3)
    assert source[a:b] == "杜&nbsp;菊"


@pytest.mark.parametrize(
    "source, secret, kept",
    [
        ("当事人：<span>杜菊</span>，女。经查，杜菊在店内销售", "杜菊", "<span>杜某</span>"),
        ("当事人：周\u00a0华，男。经查，周华称", "周华", "经查，周某称"),
        (f"当事人：王五，身份证号：{OCR_ID}。", OCR_ID, "王某"),
        ("当事人：王五，联系电话：1B6O6741374。", "1B6O6741374", "联系电话："),
        ("当事人：王五，出生日期&#65306;1999年2月27日。", "1999年2月27日", "&#65306;"),
        ("当事人：王五，身份证号：36070219880528977×。", "36070219880528977×", "王某"),
    ],
)
def test_the_source_is_masked(source: str, secret: str, kept: str) -> None:
    analysis = analyze(source)
    assert secret not in analysis.redacted
    assert kept in analysis.redacted
    for f in analysis.findings:
        assert source[f.start : f.end] == f.text  # offsets point into the source


def test_a_damaged_marking_holds() -> None:
    assert analyze("行政处罚决定书\n机密&#9733;3年\n当事人：王五").held
    assert analyze("询&nbsp;问&nbsp;笔&nbsp;录\n当事人：王五").held
    assert analyze("询 问 笔 彔\n当事人：王五").held  # 彔, an OCR variant of 录


@given(st.text(alphabet="当事人王五：，0123456789OlIS&;#<>/b nbsp\u00a0\u200b×", max_size=60))
def test_every_span_maps_inside_the_source(source: str) -> None:
    result = clean(source)
    if result is None:
        return
    assert len(result.starts) == len(result.ends) == len(result.text)
    for i in range(len(result.text)):
        a, b = result.source_span(i, i + 1)
        assert 0 <= a < b <= len(source)
        assert list(result.starts) == sorted(result.starts)


def test_markdown_bold_and_table_breaks() -> None:
    from redaction.engine import analyze

    text = (
        "当事人：王五\n**住**所：陕西省宝鸡市渭滨区马营镇经二路68号\n**出生日期：**1993年5月14日\n"
        "| 住址 | 喀什地区喀什市<br>浩罕乡解放北路425号 |\n"
    )
    kinds = {(f.kind, f.text) for f in analyze(text).findings}
    assert ("birth_date", "1993年5月14日") in kinds
    assert ("address", "陕西省宝鸡市渭滨区马营镇经二路68号") in kinds
    assert ("address", "喀什地区喀什市<br>浩罕乡解放北路425号") in kinds


def test_a_label_bold_in_part_alone() -> None:
    from redaction.engine import analyze

    text = "当事人：王五\n**住**所：陕西省宝鸡市渭滨区马营镇经二路68号"
    assert [f.text for f in analyze(text).findings if f.kind == "address"] == [
        "陕西省宝鸡市渭滨区马营镇经二路68号"
    ]
