"""Real-estate certificates: 不动产权证号, old 房屋所有权证 and land-use certificates."""

from __future__ import annotations

import re

from redaction.detectors.base import Pattern, PatternDetector, register
from redaction.detectors.license_plate import PROVINCES
from redaction.text import WRAP, wrappable, wrapped_digits

_N = "[0-9０-９]"
_CJK = "[\u4e00-\u9fff]"
# a PDF wrap may fall anywhere in a certificate number (苏（2016）苏州市不动产权第84\n62288号)
CERT_RE = (
    f"[{PROVINCES}]{WRAP}[（(]{WRAP}{wrapped_digits(4, 4)}{WRAP}[）)]"
    f"(?:{WRAP}{_CJK}){{0,12}}?{WRAP}{wrappable('不动产权')}{WRAP}第?\\s*"
    f"{wrapped_digits(4, 10)}\\s*号?"
)
OLD_HOUSE_RE = (
    f"{wrappable('房权证')}(?:{WRAP}{_CJK}){{0,8}}?{WRAP}字?{WRAP}第?\\s*"
    f"{wrapped_digits(4, 12)}\\s*号?"
)
LAND_RE = (
    f"(?:{wrappable('国用')}|{wrappable('集用')}){WRAP}[（(]{WRAP}{wrapped_digits(4, 4)}{WRAP}"
    f"[）)]{WRAP}第?\\s*{wrapped_digits(3, 10)}\\s*号?"
)
#: the 国 or 集 a land certificate starts with, before 用 or a wrap's first character: one regex
#: for each, as a regex that starts with a literal skips ahead to it (LAND_RE starts with either
#: of two, and the regex engine tests every character for them)
_LAND_FIRST = tuple(re.compile(f"{first}(?=[用 \u3000\t\r\n])") for first in "国集")


def _land_starts(text: str) -> list[int]:
    """Where a land certificate can start."""
    return sorted(m.start() for first in _LAND_FIRST for m in first.finditer(text))


LABELED_RE = (
    f"(?:不动产权证书?号|房产证号|房屋所有权证号|产权证号)[：:]\\s*"
    f"([^\\s，。；;,、）)]{{0,20}}{_N}{{5,12}}号?)"
)


@register
class PropertyCertDetector(PatternDetector):
    kind = "property_cert"
    patterns = [
        # the triggers are halves of the words, so that a wrap inside one still lets it be tried
        Pattern("不动产权", CERT_RE, 0.9, triggers=("不动产", "产权")),
        Pattern("房权证", OLD_HOUSE_RE, 0.8, triggers=("房权", "权证")),
        Pattern("土地证", LAND_RE, 0.8, starts=_land_starts),
        Pattern("labeled", LABELED_RE, 0.8, triggers=("产权证", "房产证", "所有权证")),
    ]
