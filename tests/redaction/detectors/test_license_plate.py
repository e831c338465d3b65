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
    ],
)
def test_found(text: str, expected: str) -> None:
    assert found("license_plate", text) == [expected]


@pytest.mark.parametrize("text", ["京ABCDEF", "湘AB", "豫QDGABC8"])
def test_not_found(text: str) -> None:
    assert found("license_plate", text) == []
