"""Birth dates: a date next to 出生 (a bare date is an ordinary, public date)."""

from __future__ import annotations

from redaction.detectors.base import Pattern, PatternDetector, register

_N = "[0-9０-９]"
_C = "[〇○零一二三四五六七八九]"
DATE_RE = f"{_N}{{4}}\\s*年\\s*{_N}{{1,2}}\\s*月(?:\\s*{_N}{{1,2}}\\s*日)?"
ISO_RE = f"(?<![0-9]){_N}{{4}}[-./]{_N}{{1,2}}[-./]{_N}{{1,2}}(?![0-9])"
CN_RE = f"{_C}{{4}}年[一二三四五六七八九十]{{1,2}}月(?:[一二三四五六七八九十]{{1,3}}日)?"


_BEFORE = "(?:出生日期|出生年月日?|出生时间|出生于|生于|生日)[：:为是\\s]*"
_AFTER = "(?=\\s*(?:出生|生人|生，|生）|生\\)))"
#: a date is only a birth date next to 出生: matching that here saves scoring every date
_DATES = f"(?:{DATE_RE}|{ISO_RE}|{CN_RE})"
CONTEXT_RE = f"{_BEFORE}({_DATES})|({_DATES}){_AFTER}"


@register
class BirthDateDetector(PatternDetector):
    kind = "birth_date"
    patterns = [Pattern("date next to 出生", CONTEXT_RE, 0.9, triggers=("生",))]
    context = ("出生日期", "出生年月", "出生于", "生于", "生日", "出生时间", "出生")
    context_after = ("出生", "生人", "生，", "生)", "生）")
    context_window = 8
    context_boost = 0.6
