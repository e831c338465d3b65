"""Passports and travel permits: 护照, 港澳/台湾 通行证, 回乡证, 台胞证."""

from __future__ import annotations

from redaction.detectors.base import Pattern, PatternDetector, register
from redaction.detectors.id_number import NUMBER_DENY
from redaction.text import NOT_ALNUM_AFTER, lead

_A = NOT_ALNUM_AFTER
PASSPORT_RE = lead("[EGDSPegdsp]") + r"[A-Za-z]?[0-9]{7,8}" + _A
PERMIT_RE = lead("[A-Za-z]") + r"[A-Za-z]?[0-9]{7,10}" + _A
TAIWAN_RE = lead("[0-9]") + r"[0-9]{7}(?:[0-9]{2})?" + _A


@register
class PassportDetector(PatternDetector):
    kind = "passport"
    patterns = [Pattern("passport", PASSPORT_RE, 0.5), Pattern("permit", PERMIT_RE, 0.2),
                Pattern("taiwan compatriot", TAIWAN_RE, 0.1)]
    context = ("护照", "通行证", "回乡证", "台胞证", "旅行证", "证件号码", "证件号")
    deny_context = NUMBER_DENY + ("许可证",)
    context_window = 30
    context_boost = 0.45
