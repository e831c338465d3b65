"""Passports and travel permits: 护照, 港澳/台湾 通行证, 回乡证, 台胞证."""

from __future__ import annotations

from redaction.detectors.base import Pattern, PatternDetector, register
from redaction.detectors.id_number import NUMBER_DENY
from redaction.text import DIGIT, LINE_WRAP, NOT_ALNUM_AFTER, WRAP, lead, then

_A = NOT_ALNUM_AFTER
_L, _D = "[A-Za-zＡ-Ｚａ-ｚ]", DIGIT
_W = WRAP  # a PDF may wrap the line between two digits
#: a digit with a wrap allowed before it (the faster form of f"{_W}{_D}", text.then)
_WD = then(LINE_WRAP, _D)
PASSPORT_RE = lead("[EGDSPegdspＥＧＤＳＰ]") + f"{_L}?{_D}{_WD}{{6,7}}" + _A
PERMIT_RE = lead(_L) + f"{_L}?{_D}{_WD}{{6,9}}" + _A
TAIWAN_RE = lead(_D) + f"{_WD}{{7}}(?:{_WD}{{2}})?" + _A
#: after a passport label (护照号码：, 护照号, 证件类型：护照，证件号码：) any passport's form: 6 to
#: 12 letters and digits, 4 of them digits at least (PAB402817, 751839264, C01X00T47)
_TOKEN = f"(?:{_L}|{_D})(?:(?:[ \u3000]|{_W})(?:{_L}|{_D})){{5,11}}"  # (71 3457214: a space)
LABELLED_RE = (
    # (证件号码：… too, not an officer's 执法证件号码)
    "(?:护照|证件(?<!执法证件))(?:[^\\n。；;]{0,10}?(?:号码|编号|号)|(?=[：:为是]))"
    "(?:[：:为是]|[ \u3000]|\\*\\*)*"
    f"(?=(?:[A-Za-zＡ-Ｚａ-ｚ\\s]*{_D}){{4}})(?P<number>{_TOKEN}){_A}"
)


@register
class PassportDetector(PatternDetector):
    kind = "passport"
    patterns = [
        # a letter stands right before the first digit of these two
        Pattern("passport", PASSPORT_RE, 0.5, min_digits=7, run_after=_L),
        Pattern("permit", PERMIT_RE, 0.2, min_digits=7, run_after=_L),
        Pattern(
            "taiwan compatriot",
            TAIWAN_RE,
            0.1,
            min_digits=8,
            at_leads=True,
            digit_counts=frozenset((8, 10)),
        ),
        Pattern("after a passport label", LABELLED_RE, 0.9, triggers=("护照", "证件")),
    ]
    context = ("护照", "通行证", "回乡证", "台胞证", "旅行证", "证件号码", "证件号")
    deny_context = NUMBER_DENY + ("许可证",)
    context_window = 30
    context_boost = 0.45
