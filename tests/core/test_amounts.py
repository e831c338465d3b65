"""Fine amounts in Chinese and Arabic numerals, with 万/亿 and 元整."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.amounts import amounts, fine_amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本局决定：对当事人罚款人民币贰拾万元整。", Decimal(200000)),
        ("决定罚款200,000元。", Decimal(200000)),
        ("处以罚款人民币20万元。", Decimal(200000)),
        ("罚款人民币2.5万元", Decimal(25000)),
        ("罚款一万五千元", Decimal(15000)),
        ("罚款人民币壹亿元整", Decimal(100000000)),
        ("罚款人民币1亿元", Decimal(100000000)),
        ("罚款伍佰元整，没收作案工具", Decimal(500)),
        ("罚款：3000元", Decimal(3000)),
        # A statute's range quoted in the reasoning is not the penalty.
        ("依据该条“处一万元以上十万元以下的罚款”的规定，决定给予警告。", None),
        ("责令改正，给予警告。", None),
    ],
)
def test_fine_amount(text: str, expected: Decimal | None):
    assert fine_amount(text) == expected


def test_largest_fine_and_confiscations():
    text = "罚款人民币伍仟元，没收违法所得人民币叁仟伍佰元，并处罚款2万元。"
    assert fine_amount(text) == Decimal(20000)
    assert amounts(text, "confiscation") == [Decimal(3500)]
