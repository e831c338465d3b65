import pytest

from tests.redaction.detectors.helpers import found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("车牌号为豫QDG8638的小型轿车", "豫QDG8638"),
        ("湘A·12345", "湘A·12345"),
        ("湘A 12345号车", "湘A 12345"),
        ("浙GD08581（新能源）", "浙GD08581"),  # 8 characters, new energy
        ("浙G91118F的渣土车", "浙G91118F"),
        ("粤B1234学", "粤B1234学"),
        ("车牌号湘Ａ１２３４５的车辆", "湘Ａ１２３４５"),
        # a PDF line wrap inside the plate
        ("号牌为浙A\n 67318的车辆", "浙A\n 67318"),
        ("号牌为浙\nA67318的车辆", "浙\nA67318"),
        ("号牌为浙A·D53\r\n315的车辆", "浙A·D53\r\n315"),
        ("号牌为浙A67\n318的车辆", "浙A67\n318"),
    ],
)
def test_found(text: str, expected: str) -> None:
    assert found("license_plate", text) == [expected]


@pytest.mark.parametrize("text", ["京ABCDEF", "湘AB", "豫QDGABC8", "湘A\n\n12345", "苏A\n1234\n"])
def test_not_found(text: str) -> None:
    assert found("license_plate", text) == []
