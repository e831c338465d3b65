import pytest

from tests.redaction.conftest import make_card
from tests.redaction.detectors.helpers import found

CARD = make_card()
CARD16 = make_card("622848", 16, "7")
BAD = CARD[:-1] + str((int(CARD[-1]) + 1) % 10)


@pytest.mark.parametrize(
    "text, expected",
    [
        (f"银行卡（卡号：{CARD}）", CARD),
        (f"转入{CARD}。", CARD),  # Luhn-valid card, no context
        (
            f"卡号 {CARD16[:4]} {CARD16[4:8]} {CARD16[8:12]} {CARD16[12:]}",
            f"{CARD16[:4]} {CARD16[4:8]} {CARD16[8:12]} {CARD16[12:]}",
        ),
        ("收款单位：某区财政局，账号：4300636070482891", "4300636070482891"),  # any account
        (f"账号：{BAD}", BAD),  # no Luhn: context suffices
        ("银行账户（账号：120294225345269147）", "120294225345269147"),
        (f"卡号：{CARD[:8]}\n　{CARD[8:]}", f"{CARD[:8]}\n　{CARD[8:]}"),  # a PDF wrap inside
    ],
)
def test_found(text: str, expected: str) -> None:
    assert found("bank_account", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        f"数量{BAD}件",  # no Luhn, no context
        f"案件编号：{CARD}",  # a case number is public
        "执法证号：51010420190444",
        "出厂编号：2014051568",
        # a lawyer's practice number is public, its label broken by a PDF wrap
        "郭某律师（执业\n证号54941387560951295）",
        "郭某律师（执业\r\n　证号：54941387560951295）",
        "郭某律师（执业\n第 1 页 共 5 页\n证号54941387560951295）",
        "郭某律师（执业证\n- 2 -\n号：54941387560951295）",
    ],
)
def test_not_found(text: str) -> None:
    assert found("bank_account", text) == []
