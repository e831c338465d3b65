import pytest

from tests.redaction.detectors.helpers import found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("出生日期：1970年8月12日，", "1970年8月12日"),
        ("男，汉族，1988年3月17日出生，", "1988年3月17日"),
        ("生于1990-01-21，", "1990-01-21"),
        ("一九八八年三月十七日出生", "一九八八年三月十七日"),
        ("出生年月：1988年3月", "1988年3月"),
        ("出生年月：1988.03，", "1988.03"),
    ],
)
def test_found(text: str, expected: str) -> None:
    assert found("birth_date", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "本机关于2019年1月23日立案调查",
        "2019年3月28日",
        "1988年3月17日生产的",
    ],
)
def test_not_found(text: str) -> None:
    assert found("birth_date", text) == []
