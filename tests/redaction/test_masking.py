import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redaction.detectors import Finding
from redaction.engine import redact_text
from redaction.masking import apply, cut_to_county, masked_name, name_forms
from tests.redaction.conftest import make_card, make_id


@pytest.mark.parametrize(
    "address, kept",
    [
        ("湖南省长沙市芙蓉区五一大道123号2栋301室", "湖南省长沙市芙蓉区"),
        ("湖南省长沙市长沙县星沙街道双井村6组35号", "湖南省长沙市长沙县"),
        ("金华市义乌市荷花路18号橡树湾10栋2204室", "金华市义乌市"),
        ("重庆市长寿区建设路146号", "重庆市长寿区"),
        ("新疆维吾尔自治区乌鲁木齐市天山区某路1号", "新疆维吾尔自治区乌鲁木齐市天山区"),
        ("荷花路18号橡树湾10栋2204室", ""),
        ("星沙街道书院小区5栋", ""),
        ("长沙市芙蓉路12号", "长沙市"),
        ("汉\n中市城固县桂花园小区24幢3单元885室", "汉\n中市城固县"),  # a PDF's wrap
        ("芙蓉区 五一大道 123 号", "芙蓉区"),
    ],
)
def test_cut_to_county(address: str, kept: str) -> None:
    assert cut_to_county(address) == kept


@pytest.mark.parametrize(
    "name, form",
    [
        ("王建国", "王某"),
        ("欧阳明", "欧阳某"),
        ("阿依古丽·买买提", "阿某"),
        ("李四", "李某"),
        ("欧阳", "欧某"),  # a two-character name whose surname is 欧
    ],
)
def test_masked_name(name: str, form: str) -> None:
    assert masked_name(name) == form


def test_people_sharing_a_masked_form_are_numbered_by_first_appearance() -> None:
    assert name_forms(["张三", "李四", "张伟", "张三"]) == {
        "张三": "张某1",
        "李四": "李某",
        "张伟": "张某2",
    }


def test_apply_replaces_from_the_source_offsets() -> None:
    text = "甲乙丙丁"
    findings = [
        Finding("x", 1, 2, "乙", 1.0, replacement="××"),
        Finding("x", 3, 4, "丁", 1.0, replacement=""),
    ]
    assert apply(text, findings) == "甲××丙"


CHARS = "的一是在了不和有大这主中人上为们地个用工时要动国产以我到"
CHINESE = st.text(alphabet=st.sampled_from(list(CHARS)), max_size=30)


@settings(deadline=None, max_examples=50)
@given(CHINESE, CHINESE, st.integers(0, 999))
def test_masking_twice_changes_nothing(before: str, after: str, seq: int) -> None:
    number = make_id(seq=f"{seq:03d}")
    text = (
        f"当事人：王建国，身份证号码：{number}，住址：湖南省长沙市芙蓉区五一大道"
        f"123号。{before}王建国{after}，卡号：{make_card()}，电话：13807312345。"
    )
    once = redact_text(text)
    assert redact_text(once) == once
    assert "王建国" not in once
