"""Vehicle plates, 7 characters or 8 for new-energy vehicles, with or without a separator."""

from __future__ import annotations

from redaction.detectors.base import Pattern, PatternDetector, register
from redaction.text import normalize

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
# letters without I and O, ASCII or full-width (noisy documents mix them)
_L = "A-HJ-NP-ZＡ-ＨＪ-ＮＰ-Ｚ"
_C = f"{_L}0-9０-９"
PLATE_RE = (
    f"[{PROVINCES}][{_L}][·•・ \\-－]?"
    f"(?:[{_C}]{{6}}|[{_C}]{{4}}[{_C}挂学警港澳领])(?![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])"
)


@register
class LicensePlateDetector(PatternDetector):
    kind = "license_plate"
    patterns = [Pattern("plate", PLATE_RE, 0.7)]
    context = ("车牌", "号牌", "车辆", "机动车", "轿车", "货车")

    def validate(self, text: str) -> bool | None:
        tail = normalize(text[2:].lstrip("·•・ -－"))
        return None if sum(c.isdigit() for c in tail) >= 2 else False
