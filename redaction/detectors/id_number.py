"""Resident ID numbers: 18 characters with a GB 11643 check character, or old 15 digits."""

from __future__ import annotations

from core.checksums import gb11643_plausible, gb11643_valid
from redaction.detectors.base import Pattern, PatternDetector, register
from redaction.text import NOT_ALNUM_AFTER, digits_re, normalize

ID18_RE = digits_re(18, last="[0-9０-９XxＸｘ]") + NOT_ALNUM_AFTER
ID15_RE = digits_re(15) + NOT_ALNUM_AFTER
PERMANENT_RE = "[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]{2}[0-9]{12}" + NOT_ALNUM_AFTER  # (a class first)
NUMBER_DENY = (
    "执法证号",
    "执法证件号",
    "执法证件号码",
    "执法证编号",
    "执法证",
    "编号",
    "案号",
    "文号",
    "信用代码",
    "注册号",
    "登记号",
    "许可证号",
    "执业证号",
    "执业证",
    "证书编号",
    "批准号",
    "订单号",
    "流水号",
)


@register
class IdNumberDetector(PatternDetector):
    kind = "id_number"
    patterns = [
        Pattern(
            "18 digits",
            ID18_RE,
            0.4,
            min_digits=17,
            at_leads=True,
            digit_counts=frozenset((17, 18)),  # 17 and a check character X
        ),
        Pattern(
            "15 digits", ID15_RE, 0.2, min_digits=15, at_leads=True, digit_counts=frozenset((15,))
        ),
        # a foreigner's permanent residence card before 2023: a country's three letters and
        # twelve digits (RUS115752671001)
        Pattern("permanent residence", PERMANENT_RE, 0.3, min_digits=12),
    ]
    context = ("身份证", "公民身份", "身份号码", "证件号码", "证号", "证件号", "居留")
    deny_context = NUMBER_DENY
    context_window = 20

    def validate(self, text: str) -> bool | None:
        if text[:3].isalpha():
            return None  # a permanent residence card (no check digit)
        number = normalize(text).upper()
        if gb11643_valid(number):
            return True
        return None if gb11643_plausible(number) else False
