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
        ("身份证号：略\n1999.3.5生\n住址：略", "1999.3.5"),  # 生 at the end of a line
        ("| 出生 | 1972.10.8生 |", "1972.10.8"),
        ("身份证号:略  1994.7.7生  住址:略", "1994.7.7"),
        ("出生日期：19700122", "19700122"),  # eight digits after a label
        ("出 生 日 期：1969年11月15日", "1969年11月15日"),  # a spaced-out label
        ("出\u3000生\u3000日\u3000期：1995年6月6日", "1995年6月6日"),
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
        "2019年5月6日生效",
        "案件编号：20190122",  # eight digits without a birth label
        "被处罚人签名：孙春生　　2025年9月17日",
    ],
)
def test_not_found(text: str) -> None:
    assert found("birth_date", text) == []
