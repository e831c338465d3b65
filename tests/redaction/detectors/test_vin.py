import pytest

from core.checksums import vin_check_char, vin_valid
from redaction.engine import analyze
from tests.redaction.detectors.helpers import found


def make_vin(body: str = "LSVAM4187C2184847") -> str:
    """A VIN with a correct check character in the ninth place (none of these is a real car)."""
    return body[:8] + vin_check_char(body[:8] + "0" + body[9:]) + body[9:]


VIN = make_vin()
BAD = VIN[:8] + ("1" if VIN[8] != "1" else "2") + VIN[9:]


@pytest.mark.parametrize(
    "vin, valid",
    [
        ("1M8GDM9AXKP042788", True),  # the textbook example (check character X)
        ("1HGCM82633A004352", True),
        ("1M8GDM9A1KP042788", False),
        ("1M8GDM9AXKP04278", False),  # 16 characters
        ("IM8GDM9AXKP042788", False),  # I is never used
        (VIN, True),
        (BAD, False),
    ],
)
def test_check_character(vin: str, valid: bool) -> None:
    assert vin_valid(vin) is valid


@pytest.mark.parametrize(
    "text, expected",
    [
        (f"车架号：{VIN}，", VIN),
        (f"车辆识别代号（VIN）：{VIN}", VIN),
        (f"该车（{VIN}）已扣押", VIN),  # a valid check character: found without a label
        (f"车架号：{BAD}", BAD),  # a typo in the check character: the label keeps it
        (f"车架号:{VIN.lower()}", VIN.lower()),
        (f"车架号：{VIN[:11]}\n{VIN[11:]}，", f"{VIN[:11]}\n{VIN[11:]}"),  # a PDF wrap inside
        (f"车辆识别代号（{VIN[:5]}\r\n　{VIN[5:]}）", f"{VIN[:5]}\r\n　{VIN[5:]}"),
    ],
)
def test_found(text: str, expected: str) -> None:
    assert found("vin", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        f"编号：{BAD}",  # no label, bad check character
        f"订单号：{VIN}",  # a number of something else
        "统一社会信用代码：91430102MA4L12345X",  # 18 characters
        "车架号：12345678901234567",  # digits only: an ID number's shape, not a VIN
        "3501029731204656X",  # an ID number missing a digit (its check digit happens to fit)
        f"车架号：{VIN}8",  # part of a longer code
        f"车架号：{VIN[:11]}\n\n{VIN[11:]}",  # a blank line is not a wrap
    ],
)
def test_not_found(text: str) -> None:
    assert found("vin", text) == []


def test_masked_in_a_seizure_decision() -> None:
    text = f"查封（扣押）决定书\n当事人：王五\n扣押车辆：湘A12345（车架号：{VIN}）。\n2024年5月6日"
    analysis = analyze(text)
    assert VIN not in analysis.redacted and "×" * 17 in analysis.redacted
    assert [f.kind for f in analysis.findings if f.text == VIN] == ["vin"]
