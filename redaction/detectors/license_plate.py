"""Vehicle plates, 7 characters or 8 for new-energy vehicles, with or without a separator."""

from __future__ import annotations

import re

from redaction.detectors.base import Pattern, PatternDetector, register
from redaction.text import WRAP, normalize

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
# letters without I and O, ASCII or full-width (noisy documents mix them)
_L = "A-HJ-NP-ZＡ-ＨＪ-ＮＰ-Ｚ"
_C = f"{_L}0-9０-９"
_TAIL_LAST = f"[{_C}挂学警港澳领]"


def _tail(count: int, last: str) -> str:
    """``count`` plate characters, the last one from ``last``, a PDF wrap allowed between."""
    return f"[{_C}](?:{WRAP}[{_C}]){{{count - 2}}}{WRAP}{last}"


# a PDF wrap may fall anywhere in a plate (浙A\n 67318), or stand for its separator
PLATE_RE = (
    f"[{PROVINCES}]{WRAP}[{_L}](?:[·•・ \\-－]|{WRAP})"
    f"(?:{_tail(6, f'[{_C}]')}|{_tail(5, _TAIL_LAST)})(?![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])"
)
_DOTS = re.compile("[·•・]")
LABELLED_RE = (
    "(?:号牌|车牌|牌照)(?:号码|号)?[：:][ \u3000]*"
    "(?P<plate>[A-Z]{1,2}[ ]?[0-9]{1,4})(?![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])"
)


@register
class LicensePlateDetector(PatternDetector):
    kind = "license_plate"
    patterns = [
        Pattern("plate", PLATE_RE, 0.7),
        # a Hong Kong or Macao plate after its label (香港号牌：KT 6020)
        Pattern("labelled abroad", LABELLED_RE, 0.8, triggers=("号牌", "车牌", "牌照")),
    ]
    context = ("车牌", "号牌", "车辆", "机动车", "轿车", "货车")

    def validate(self, text: str) -> bool | None:
        tail = normalize(_DOTS.sub("", text))[2:]
        return None if sum(c.isdigit() for c in tail) >= 2 else False
