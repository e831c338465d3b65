"""The leak scan's detector: valid identifiers are found, look-alikes and public numbers are not."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.checksums import gb11643_check_char, luhn_check_digit, vin_check_char
from core.identifiers import find_identifiers


def make_id(body17: str) -> str:
    return body17 + gb11643_check_char(body17)


def make_card(body: str) -> str:
    return body + luhn_check_digit(body)


ID = make_id("43010219850312123")
VIN = "LSVAU218" + vin_check_char("LSVAU2180N2183294") + "N2183294"
BAD_VIN = VIN[:8] + ("1" if VIN[8] != "1" else "2") + VIN[9:]
CARD = make_card("621700123456789012")
BAD_ID = ID[:-1] + ("0" if ID[-1] != "0" else "1")
BAD_CARD = CARD[:-1] + str((int(CARD[-1]) + 1) % 10)

CASES = [
    (f"身份证号码：{ID}。", ["id_number"]),
    (f"号码 {ID[:6]} {ID[6:14]} {ID[14:]} 已核验", ["id_number"]),
    (f"全角：{ID.translate(str.maketrans('0123456789', '０１２３４５６７８９'))}", ["id_number"]),
    (f"校验位错误：{BAD_ID}", []),
    ("电话：13807312345", ["mobile"]),
    ("电话：+86 138-0731-2345", ["mobile"]),
    ("电话：138 0731 2345。", ["mobile"]),
    ("座机：0739-86001234", []),
    ("热线：12345", []),
    (f"卡号：{CARD}", ["bank_card"]),
    (f"卡号：{CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:16]} {CARD[16:]}", ["bank_card"]),
    (f"卡号：{BAD_CARD}", []),
    ("车牌湘A12345的车辆", ["license_plate"]),
    ("新能源车牌湘AD12345", ["license_plate"]),
    ("文号：临综执罚决字〔2026〕第0012号", []),
    ("统一社会信用代码：91430100MA4L7X0Y3K", []),
    ("金额：人民币20000元，日期2026年3月2日", []),
    ("身份证号：430102850312123", ["id_number"]),
    (f"车架号：{VIN}，已扣押", ["vin"]),
    (f"车辆识别代号（VIN）{VIN.lower()}", ["vin"]),
    (f"编号{VIN}", []),  # unlabelled: left to the redaction engine
    (f"车架号：{BAD_VIN}", []),
]


@pytest.mark.parametrize(("text", "kinds"), CASES)
def test_finds_what_it_should(text: str, kinds: list[str]):
    assert [h.kind for h in find_identifiers(text)] == kinds


def test_public_numbers_are_allowed():
    assert not list(find_identifiers("举报电话：13907310000", allowed=["139-0731-0000"]))


def test_line_numbers_and_masking():
    hits = list(find_identifiers(f"第一行\n第二行 {ID}\n"))
    assert hits[0].line == 2
    masked = hits[0].masked()
    assert ID not in masked and masked.startswith(ID[:4]) and masked.endswith(ID[-4:])


@given(st.integers(min_value=0, max_value=10**9))
def test_any_valid_id_is_found_in_prose(seed: int):
    rng = random.Random(seed)
    region, year = rng.randint(110000, 659000), rng.randint(1950, 2010)
    body = (
        f"{region}{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    )
    number = make_id(body)
    assert [h.kind for h in find_identifiers(f"当事人身份证{number}，")] == ["id_number"]
