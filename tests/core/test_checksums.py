import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.checksums import (
    gb11643_check_char,
    gb11643_plausible,
    gb11643_valid,
    id_birth_date,
    luhn_check_digit,
    luhn_valid,
    uscc_valid,
)
from tests.redaction.conftest import bad_id, make_id


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        (make_id(), True),
        (make_id().lower(), True),
        (bad_id(make_id()), False),
        (make_id(born=dt.date(2000, 2, 29)), True),  # leap day
        ("430102" + "19800230" + "1234", False),  # 30 February
        (make_id()[:17], False),
        ("930102198005171234", False),  # region code starting with 9
    ],
)
def test_gb11643(number: str, valid: bool) -> None:
    assert gb11643_valid(number) is valid


def test_check_character_x_is_reachable() -> None:
    # some body has the check character X (value 10): find one and validate it
    for seq in range(1000):
        number = make_id(seq=f"{seq:03d}")
        if number.endswith("X"):
            assert gb11643_valid(number)
            assert gb11643_valid(number[:-1] + "x")
            break
    else:
        pytest.fail("no X check character in 1000 sequence numbers")


def test_fifteen_digit_numbers_are_plausible_with_a_date() -> None:
    assert gb11643_plausible("430102800517123")
    assert id_birth_date("430102800517123") == dt.date(1980, 5, 17)
    assert not gb11643_plausible("430102801317123")


@settings(deadline=None)
@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.integers(0, 999),
    st.sampled_from(["110101", "430102", "510104", "650102"]),
)
def test_generated_ids_validate_and_keep_their_birth_date(born, seq, region) -> None:
    number = make_id(region, born, f"{seq:03d}")
    assert gb11643_valid(number)
    assert id_birth_date(number) == born
    assert not gb11643_valid(bad_id(number))


@settings(deadline=None)
@given(st.text(alphabet="0123456789", min_size=11, max_size=18))
def test_luhn_check_digit_makes_a_valid_number(body: str) -> None:
    assert luhn_valid(body + luhn_check_digit(body))


@settings(deadline=None)
@given(st.text(alphabet="0123456789", min_size=15, max_size=18), st.integers(1, 9))
def test_luhn_detects_a_changed_last_digit(body: str, delta: int) -> None:
    good = luhn_check_digit(body)
    assert not luhn_valid(body + str((int(good) + delta) % 10))


@pytest.mark.parametrize(
    ("code", "valid"),
    [
        ("91350100M000100Y43", True),
        ("91350100M000100Y44", False),
        ("123", False),
    ],
)
def test_uscc(code: str, valid: bool) -> None:
    assert uscc_valid(code) is valid


def test_gb11643_check_char_of_known_body() -> None:
    assert gb11643_check_char("11010519491231002") == "X"
