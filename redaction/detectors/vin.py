"""Vehicle identification numbers (车架号, 车辆识别代号): 17 letters and digits without I, O and
Q, the ninth a check character (GB 16735, ISO 3779). Like a plate, a VIN points at the car's
owner: seizure decisions (扣押决定书) and traffic cases list them."""

from __future__ import annotations

from collections.abc import Iterator

from core.checksums import vin_valid
from redaction.detectors.base import Pattern, PatternDetector, register
from redaction.detectors.id_number import NUMBER_DENY
from redaction.text import NOT_ALNUM_AFTER, WRAP, lead, normalize

_C = "[A-HJ-NPR-Za-hj-npr-z0-9]"  # both cases spelled out: faster than re.IGNORECASE
VIN_RE = lead(_C) + f"{_C}{{16}}" + NOT_ALNUM_AFTER
#: a byte table: the characters of _C to "a", every other one to a space
_MARKS = bytes(
    ord("a") if chr(b).isascii() and chr(b).isalnum() and chr(b) not in "IOQioq" else ord(" ")
    for b in range(256)
)
_RUN = b"a" * 17


def _starts(text: str) -> Iterator[int]:
    """Where a VIN can start: at each run of exactly 17 characters of _C (a match is one, with
    no letter or digit, so no character of _C, on either side). They are found in the text as
    bytes, one a character (non-ASCII ones as "?"), with the characters of _C marked: a search
    for 17 marks skips ahead in steps, where the regex reads every character (speed)."""
    marks = text.encode("ascii", "replace").translate(_MARKS)
    i = marks.find(_RUN)
    while i >= 0:  # i starts a run: the search starts after the last one
        end = marks.find(b" ", i + 17)
        if end < 0:
            end = len(marks)
        if end - i == 17:
            yield i
        i = marks.find(_RUN, end)


#: one a PDF wrapped: tried only in documents with a VIN's label (2x slower to scan)
WRAPPED_VIN_RE = lead(_C) + f"(?:{WRAP}{_C}){{16}}" + NOT_ALNUM_AFTER


@register
class VinDetector(PatternDetector):
    kind = "vin"
    patterns = [
        Pattern("17 characters", VIN_RE, 0.3, starts=_starts),
        Pattern("wrapped", WRAPPED_VIN_RE, 0.3, triggers=("车架", "识别代", "底盘", "VIN", "vin")),
    ]
    context = (
        "车架号",
        "车辆识别代号",
        "车辆识别号",
        "车辆识别代码",
        "识别代号",
        "底盘号",
        "VIN",
        "vin",
    )
    deny_context = NUMBER_DENY
    context_window = 20

    def validate(self, text: str) -> bool | None:
        text = normalize(text)
        letters = sum(c.isalpha() for c in text[:11])
        if not letters or text.isalpha():
            return False  # a VIN has both: letters in its maker's and model's codes, digits after
        # one letter only (D1234597603196640) is rarer in a VIN than in other codes: a label
        # must say it is one
        return True if letters > 1 and vin_valid(text) else None
