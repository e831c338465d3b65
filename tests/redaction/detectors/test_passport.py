import pytest

from tests.redaction.detectors.helpers import found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("证件类型：护照，证件号码：E12345678，", "E12345678"),
        ("护照号EA1234567。", "EA1234567"),
        ("港澳居民来往内地通行证，证件号码：M1234567890", "M1234567890"),
        ("往来港澳通行证C12345678", "C12345678"),
        ("台湾居民来往大陆通行证，证件号码：12345678，", "12345678"),
        ("持有护照G87654321", "G87654321"),
        ("港澳通行证号码：Ｍ５０７２９３３００３", "Ｍ５０７２９３３００３"),
        ("护照号码：E1234\n5678，", "E1234\n5678"),  # a PDF wrap inside
        ("台湾居民来往大陆通行证，证件号码：1234\n　5678，", "1234\n　5678"),
        # after a passport label, any country's form: letters and digits, 6 to 12
        ("外籍买家（西班牙籍，护照号码：PAB402817）", "PAB402817"),
        ("游客（俄罗斯籍，护照号：751839264）及", "751839264"),
        ("其他证件：护照，号码：X8204731", "X8204731"),
        ("护照号码为 C01X00T47。", "C01X00T47"),
        ("证件类型：护照　证件号码：**TZ1184\n602**", "TZ1184\n602"),
    ],
)
def test_found(text: str, expected: str) -> None:
    assert found("passport", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "许可证编号：JY14117238998358",
        "数量12345678件",  # 8 digits without a permit word
        "批次号AB1234567",
        "执法人员：顾凤婉、段秀英；执法证件号：藏70739139、99608979684",  # officers'
        "执法人员：秦子涵（陕21430851）、谭文博（陕84952810）",
        "护照：Maria Garcia",  # a name, not a number
        "护照号码：ABC123",  # too few digits
        "护照和身份证号码：430102198001011234",  # too long for a passport
        "当事人：王五\n执法人员（签名）：喻莎平　执法证件号码：鲁37842286",  # an officer's
    ],
)
def test_not_found(text: str) -> None:
    assert found("passport", text) == []
