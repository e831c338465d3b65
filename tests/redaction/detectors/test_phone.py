import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redaction.detectors.phone import _international_starts, _plus86_starts
from redaction.engine import analyze
from tests.redaction.detectors.helpers import found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("联系电话：13807312345。", "13807312345"),
        ("手机 138 0731 2345，", "138 0731 2345"),
        ("电话：138-0731-2345", "138-0731-2345"),
        ("电话：+86 13807312345", "13807312345"),
        ("电话：(+86)13807312345", "13807312345"),
        ("电话：１３８０７３１２３４５", "１３８０７３１２３４５"),
        ("电话：(0731)84561234", "(0731)84561234"),
        ("电话：（0731）84561234", "（0731）84561234"),
        ("联系电话：0731-84561234", "0731-84561234"),
        ("联系电话：0731 - 8456 1234", "0731 - 8456 1234"),
        ("电话：028-38889169转123", "028-38889169转123"),
        # a PDF wrap inside, the next line maybe indented
        ("联系电话：138073\n 12345。", "138073\n 12345"),
        ("联系电话：1380731\r\n　　2345。", "1380731\r\n　　2345"),
        ("联系电话：0731-\n84561234", "0731-\n84561234"),
        ("联系电话：0731-845\n 61234", "0731-845\n 61234"),
        ("代收人电话：133\n－9150－5592", "133\n－9150－5592"),  # a wrap, then a hyphen
        # abroad, Hong Kong, Macao, Taiwan
        ("联系电话：+886-9-0148-8775", "+886-9-0148-8775"),
        ("手机：(852) 9326-5816", "(852) 9326-5816"),
        ("电话：+7 701 023 07 09", "+7 701 023 07 09"),
        ("电话：0044-7700-900812", "0044-7700-900812"),
        ("电话：（853）63315391", "（853）63315391"),
        # a landline after +86 without its area code's 0 (Beijing's is 10)
        ("联系电话：+86-512-71433138；", "+86-512-71433138"),
        ("电话：+86-10-62345678", "+86-10-62345678"),
    ],
)
def test_found(text: str, expected: str) -> None:
    assert found("phone", text) == [expected]


def test_a_second_number_after_the_first() -> None:
    # 联系电话 is read over the first number
    assert found("phone", "联系电话：13807312345、（0797）35932281") == [
        "13807312345",
        "（0797）35932281",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "本机关地址：长沙市芙蓉区五一大道1号　联系电话：0731-84561234",  # the agency's own phone
        "本机关地址：长沙市芙蓉区五一大道1号\n　联系电话：0731-84561234　监督电话：12345",
        "本机关地址：长沙市芙蓉区五一大道1号　联\n系电话：0731-84561234",
        "本机关地址：长沙市芙蓉区五一大道1号　联系电话\n：0731-84561234",
        "本机关地址：长沙市芙蓉区五一大道1号　联系电话：0731-84561234\n　监督电话：12345",
        "**地址**：长沙市芙蓉区五一大道1号　**电话**：0731-84561234，12345",
        "监督电话：0731-12345678",
        "监督电话：12345",
        "执法证号：13807312345",
        "金额12807312345元",  # 12… is not a mobile prefix
        "编号0731845612",  # a number without phone context
        "账号：13807312345678901",
        # officers' certificate numbers: after 证号, or on the line naming the officers
        "执法人员：郭俊峰（证号：17697036271）、段文博（证号：苏76161879）",
        "执法人员：顾凤婉、段秀英；执法证件号：12391386653、14245087849",
        "执法人员：郭俊峰（17697036271）、段文博（19959937415）",
        "| 执法人员 | 执法证号 |\n| --- | --- |\n| 谢柔超 | 13886990394 |",
    ],
)
def test_not_found(text: str) -> None:
    assert found("phone", text) == []


def test_a_paragraph_that_starts_with_the_agency_still_hides_a_witness_phone() -> None:
    text = "本机关接到举报人陶颖丽（联系电话：13891586666）举报。本机关地址：某路1号"
    assert found("phone", text) == ["13891586666"]


def test_the_agency_phone_in_running_text_is_public() -> None:
    assert found("phone", "如有疑问，可拨打本机关电话0731-84561234咨询。") == []


@pytest.mark.parametrize(
    "text, phones",
    [
        # the contact the notice gives: an officer (on the officers' line), or a private person
        (
            "执法人员：汪蓉晗　湘43105551　　倪娅倩　湘43564950\n"
            "如有疑问，请与倪娅倩联系，电话0731-52247166（工作日8:30-17:00）",
            [],
        ),
        ("当事人：王五，男。如有疑问，请与王五联系，电话0731-52247166", ["0731-52247166"]),
        # a phone line under the agency's address line, below the seal's date
        ("某市市场监督管理局\n2026年5月1日\n地址：长沙市人民路59号\n电话：020-54353588", []),
        ("当事人：王五\n电话：0731-84561234", ["0731-84561234"]),
        ("电话：0731-84561234", ["0731-84561234"]),
    ],
)
def test_the_agency_contact_phone(text: str, phones: list[str]) -> None:
    assert [f.text for f in analyze(text).findings if f.kind == "phone"] == phones


@pytest.mark.parametrize(
    "text",
    [
        "本机关地址：长沙市芙蓉区五一大道1号\n当事人：王五，联系电话：13807312345",
        "本机关地址：长沙市芙蓉区五一大道1号　投诉人：王五　联系电话：13807312345",
        "**当事人**：王五　**电话**：13807312345",
        # 地址： or 联系人： starts a person's line too, in a party's or witness's block
        "当事人：王五，男\n地址：长沙市芙蓉区五一大道1号，电话：13807312345",
        "见证人：王五\n联系人：李四，电话：13807312345",
    ],
)
def test_a_person_on_a_line_after_the_agency_address_is_not_public(text: str) -> None:
    assert found("phone", text) == ["13807312345"]


@pytest.mark.parametrize(
    "text",
    [
        "执法人员：郭俊峰，手机：13807312345",  # labelled a phone: not a certificate
        "执法人员：郭俊峰、段文博，见证人江思伊（13807312345）",
        "当日，执法人员郭俊峰、段文博到场，投诉人（13807312345）",
    ],
)
def test_a_phone_near_the_officers_is_still_a_phone(text: str) -> None:
    assert found("phone", text) == ["13807312345"]


def _starts_by_scan(text: str, literals: tuple[str, ...]) -> list[int]:
    """Every place one of ``literals`` starts at, found by the plainest search."""
    return sorted(i for lit in literals for i in range(len(text)) if text.startswith(lit, i))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["00", "0", "+", "＋", "86", "(8", "（8", "8", "中", "1", "０"])))
def test_the_places_a_number_abroad_is_tried_at(pieces: list[str]) -> None:
    text = "".join(pieces)
    zeros = [i for i in _starts_by_scan(text, ("00",)) if not text[i - 1 : i].isdigit()]
    others = _starts_by_scan(text, ("+", "＋", "(8", "（8"))
    assert _international_starts(text) == sorted(zeros + others)
    assert _plus86_starts(text) == _starts_by_scan(text, ("+86", "＋86"))
