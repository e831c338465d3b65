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
    ],
)
def test_not_found(text: str) -> None:
    assert found("passport", text) == []
