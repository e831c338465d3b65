import datetime as dt

import pytest

from tests.redaction.conftest import bad_id, make_id
from tests.redaction.detectors.helpers import found

ID = make_id()
WIDE = ID.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
SPACED = f"{ID[:6]} {ID[6:14]} {ID[14:]}"
HYPHENED = f"{ID[:6]}-{ID[6:14]}-{ID[14:]}"


@pytest.mark.parametrize(
    "text, expected",
    [
        (f"身份证号码：{ID}。", ID),
        (f"公民身份号码{ID}", ID),
        (f"其号码为{ID}，", ID),  # valid check digit: found without context
        (f"身份证号：{WIDE}", WIDE),  # full-width digits
        (f"身份证号：{SPACED}", SPACED),
        (f"身份证号：{HYPHENED}", HYPHENED),
        (f"身份证号码：{bad_id(ID)}", bad_id(ID)),  # typo in the check digit: context keeps it
        ("居民身份证号码：430102800517123", "430102800517123"),  # old 15 digits
        (f"身份证号码：{ID[:10]}\n{ID[10:]}", f"{ID[:10]}\n{ID[10:]}"),  # broken across lines
        (f"身份\n证号码：{bad_id(ID)}", bad_id(ID)),  # its label broken across lines
        (f"身份证号码：{ID[:8]}\n　{ID[8:]}", f"{ID[:8]}\n　{ID[8:]}"),  # next line indented
        (f"身份\n第2页/共5页\n证号码：{bad_id(ID)}", bad_id(ID)),  # and a page number between
    ],
)
def test_found(text: str, expected: str) -> None:
    assert found("id_number", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        f"编号：{bad_id(ID)}",  # no context, bad check digit
        f"案件编号：{ID}",  # a case number that happens to validate
        f"执法证号：{ID}",
        f"执法\n证号：{ID}",
        f"执法\n— 2 —\n证号：{ID}",
        "统一社会信用代码：924104020804658439",
        "出厂编号：430102800517123",
        f"金额{ID}0元",  # part of a longer number
        "430102801317123",  # 15 digits without context
        f"身份证号码：{ID[:6]}19801332{ID[14:]}",  # no such date
    ],
)
def test_not_found(text: str) -> None:
    assert found("id_number", text) == []


def test_born_in_the_nineteenth_century_is_still_an_id() -> None:
    old = make_id(born=dt.date(1899, 12, 31))
    assert found("id_number", f"身份证号码：{old}") == [old]


def test_foreigners_permanent_residence_cards() -> None:
    from redaction.engine import analyze

    for number in ("RUS115752671001", "94427619680527210X"):
        text = f"外国人永久居留身份证号码：{number}，住址：略"
        assert [f.text for f in analyze(text).findings if f.kind == "id_number"] == [number]
