"""Real-estate certificates: 不动产权证号, old 房屋所有权证 and land-use certificates."""

from __future__ import annotations

from redaction.detectors.base import Pattern, PatternDetector, register
from redaction.detectors.license_plate import PROVINCES

_N = "[0-9０-９]"
CERT_RE = (
    f"[{PROVINCES}][（(]{_N}{{4}}[）)][\u4e00-\u9fff]{{0,12}}?不动产权第?\\s*{_N}{{4,10}}\\s*号?"
)
OLD_HOUSE_RE = f"房权证[\u4e00-\u9fff]{{0,8}}?字?第?\\s*{_N}{{4,12}}\\s*号?"
LAND_RE = f"(?:国用|集用)[（(]{_N}{{4}}[）)]第?\\s*{_N}{{3,10}}\\s*号?"
LABELED_RE = (
    f"(?:不动产权证书?号|房产证号|房屋所有权证号|产权证号)[：:]\\s*"
    f"([^\\s，。；;,、）)]{{0,20}}{_N}{{5,12}}号?)"
)


@register
class PropertyCertDetector(PatternDetector):
    kind = "property_cert"
    patterns = [
        Pattern("不动产权", CERT_RE, 0.9, triggers=("不动产权",)),
        Pattern("房权证", OLD_HOUSE_RE, 0.8, triggers=("房权证",)),
        Pattern("土地证", LAND_RE, 0.8, triggers=("国用", "集用")),
        Pattern("labeled", LABELED_RE, 0.8, triggers=("产权证", "房产证", "所有权证")),
    ]
