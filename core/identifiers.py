"""Find personal identifiers that must never be published: the leak scan's pure core.

Stricter and simpler than the redaction detectors: it needs no context, only shapes and check
digits, so it can read every generated file (HTML, CSV, JSON, feeds) after a build.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from core.checksums import gb11643_plausible, gb11643_valid, luhn_valid, vin_valid

_WIDE = str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789Xx")
_ANY_WIDE = re.compile("[０-９Ｘｘ]")
_SEP = r"[ \-\u3000]?"
_NOT_BEFORE = r"(?<![0-9A-Za-z])"
_NOT_AFTER = r"(?![0-9A-Za-z])"
_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"

_PATTERNS = {
    "id_number": re.compile(
        _NOT_BEFORE + r"[0-9]{6}" + _SEP + r"[0-9]{8}" + _SEP + r"[0-9]{3}[0-9Xx]" + _NOT_AFTER
    ),
    "old_id_number": re.compile(
        r"(?:身份证|证件)[^0-9]{0,12}" + _NOT_BEFORE + r"([0-9]{15})" + _NOT_AFTER
    ),
    "mobile": re.compile(
        r"(?<![0-9A-Za-z])(?:\+?86[ \-]?)?(1[3-9][0-9]"
        + _SEP
        + r"[0-9]{4}"
        + _SEP
        + r"[0-9]{4})"
        + _NOT_AFTER
    ),
    "bank_card": re.compile(_NOT_BEFORE + r"(?:[0-9]{4}[ \-]?){3,4}[0-9]{1,4}" + _NOT_AFTER),
    "license_plate": re.compile(
        f"[{_PROVINCES}][A-HJ-NP-Z][·• \\-]?(?:[A-HJ-NP-Z0-9]{{6}}|[A-HJ-NP-Z0-9]{{5}})"
        r"(?![A-Za-z0-9])"
    ),
}


_VIN_LABELLED = re.compile(
    r"(?:车架号|车辆识别代号|车辆识别号|车辆识别代码|识别代号|底盘号|VIN|vin)[^0-9A-Za-z]{0,6}"
    r"([A-HJ-NPR-Za-hj-npr-z0-9]{17})(?![0-9A-Za-z])"
)
"""A vehicle identification number after its label. Unlabelled 17-character codes are left to
the redaction engine: in a whole site's output one with a valid check character by chance
would fail the build."""


@dataclass(frozen=True)
class Hit:
    kind: str
    value: str
    """The identifier as normalised digits (never print it: use :meth:`masked`)."""
    line: int

    def masked(self) -> str:
        v = self.value
        keep = 3 if len(v) <= 11 else 4
        return (
            v[:keep] + "*" * (len(v) - 2 * keep) + v[-keep:] if len(v) > 2 * keep else "*" * len(v)
        )


_NON_DIGITS = re.compile(r"[^0-9Xx]")


def _digits(text: str) -> str:
    if _ANY_WIDE.search(text):
        text = text.translate(_WIDE)
    return _NON_DIGITS.sub("", text).upper()


_DIGIT_RUN = re.compile(r"[0-9][0-9 \-\u3000]{9,}[0-9Xx]")
_PLATE_TAIL = re.compile(r"[A-HJ-NP-Z][·• \-]?[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])")
"""Where an identifier could be: a long run of digits, or a plate's letters and digits after a
province. Only these windows are searched with the exact patterns (two plain scans are several
times faster than one alternation), so a build's whole output scans in seconds."""


def _windows(text: str, allow: set[str]) -> Iterator[tuple[int, int]]:
    for run in _DIGIT_RUN.finditer(text):
        if _digits(run.group()) not in allow:
            yield max(0, run.start() - 20), run.end() + 8
    for tail in _PLATE_TAIL.finditer(text):
        if tail.start() and text[tail.start() - 1] in _PROVINCES:
            yield tail.start() - 1, tail.end()


def find_identifiers(text: str, allowed: Iterable[str] = ()) -> Iterator[Hit]:
    """Every ID number with a valid check digit, mobile number, Luhn-valid card number, vehicle
    plate and labelled vehicle identification number in ``text``, except those in ``allowed``
    (normalised public numbers)."""
    allow = {_digits(a) or a for a in allowed}
    if _ANY_WIDE.search(text):  # str.translate is slow on large text: only when needed
        text = text.translate(_WIDE)
    taken: list[range] = []
    for lo, hi in _windows(text, allow):
        window = text[lo:hi]
        for kind, pattern in _PATTERNS.items():
            for match in pattern.finditer(window):
                index = match.lastindex or 0
                group = match.group(index)
                span = range(lo + match.start(index), lo + match.end(index))
                if any(span.start in t or t.start in span for t in taken):
                    continue
                value = group if kind == "license_plate" else _digits(group)
                if value in allow or group in allow:
                    continue
                if kind == "id_number" and not gb11643_valid(value):
                    continue
                if kind == "old_id_number" and not gb11643_plausible(value):
                    continue
                if kind == "bank_card" and not (16 <= len(value) <= 19 and luhn_valid(value)):
                    continue
                if kind == "license_plate" and sum(c.isdigit() for c in value[2:]) < 2:
                    continue
                taken.append(span)
                line = text.count("\n", 0, span.start) + 1  # hits are rare: count on demand
                yield Hit("id_number" if kind == "old_id_number" else kind, value, line)
    for match in _VIN_LABELLED.finditer(text):
        value = match.group(1).upper()
        if value in allow or not vin_valid(value) or sum(c.isalpha() for c in value[:11]) < 2:
            continue
        yield Hit("vin", value, text.count("\n", 0, match.start(1)) + 1)
