"""Real-estate certificates: 不动产权证号, old 房屋所有权证 and land-use certificates."""

from __future__ import annotations

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
_LAND_TRIGGERS = tuple(first + then for first in "国集" for then in "用 \u3000\t\r\n")
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
        # every match starts with 国 or 集 and then 用 or the first character of a wrap (a
        # space, an ideographic space, a tab, a line break): rarer than 国 alone (speed)
        Pattern("土地证", LAND_RE, 0.8, triggers=_LAND_TRIGGERS),
        Pattern("labeled", LABELED_RE, 0.8, triggers=("产权证", "房产证", "所有权证")),
    ]
