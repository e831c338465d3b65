"""Synthetic identifiers for tests: every check character is computed here, none is real."""

from __future__ import annotations

import datetime as dt

import pytest

from core.checksums import gb11643_check_char, luhn_check_digit
from redaction.policy import Policy, load_policy


def make_id(region: str = "430102", born: dt.date = dt.date(1980, 5, 17), seq: str = "123") -> str:
    """An 18-character ID number with a correct GB 11643 check character."""
    body = f"{region}{born:%Y%m%d}{seq}"
    return body + gb11643_check_char(body)


def bad_id(number: str) -> str:
    """The same ID number with a wrong check character."""
    wrong = "0" if number[-1] != "0" else "1"
    return number[:-1] + wrong


def make_card(prefix: str = "622202", length: int = 19, fill: str = "4") -> str:
    """A bank card number that passes the Luhn check."""
    body = (prefix + fill * length)[: length - 1]
    return body + luhn_check_digit(body)


@pytest.fixture(scope="session")
def policy() -> Policy:
    return load_policy()
