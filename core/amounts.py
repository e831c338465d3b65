"""Money amounts of fines and confiscations read from a decision's text.

Chinese numerals (人民币贰拾万元整, 一万五千元) are turned into digits by ``cn2an``; then an
amount is read where it follows 罚款 or 没收 (so a statute's range such as "处一万元以上十万元
以下罚款" quoted in the reasoning is not taken for the penalty).
"""

from __future__ import annotations

import re
import warnings
from decimal import Decimal, InvalidOperation

import cn2an

_AMOUNT = r"(\d[\d,，]*(?:\.\d+)?)\s*(万|亿)?\s*元"
_FINE = re.compile(r"(?:罚款|罚金)(?:人民币|共计|合计|计|为|：|:|\s)*" + _AMOUNT)
_CONFISCATION = re.compile(
    r"没收(?:违法所得|非法财物|违法收入)?(?:人民币|共计|合计|计|为|：|:|\s)*" + _AMOUNT
)
_UNITS = {None: Decimal(1), "": Decimal(1), "万": Decimal(10_000), "亿": Decimal(100_000_000)}


def _digits(text: str) -> str:
    with warnings.catch_warnings():  # cn2an warns about each fragment it leaves alone
        warnings.simplefilter("ignore")
        return cn2an.transform(text, "cn2an")


def _value(number: str, unit: str | None) -> Decimal | None:
    try:
        return Decimal(number.replace(",", "").replace("，", "")) * _UNITS[unit]
    except InvalidOperation:
        return None


def amounts(text: str, kind: str = "fine") -> list[Decimal]:
    """Every fine (``kind="fine"``) or confiscated sum (``"confiscation"``) stated in ``text``."""
    pattern = _FINE if kind == "fine" else _CONFISCATION
    found = []
    for match in pattern.finditer(_digits(text)):
        value = _value(match.group(1), match.group(2))
        if value is not None:
            found.append(value)
    return found


def fine_amount(text: str) -> Decimal | None:
    """The largest fine the text imposes, or None when it states none."""
    found = amounts(text, "fine")
    return max(found) if found else None
