"""Birth dates: a date next to 出生 (a bare date is an ordinary, public date)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.detectors.base import DocumentContext, Finding, Pattern, PatternDetector, register

_N = "[0-9０-９]"
_C = "[〇○零一二三四五六七八九]"
DATE_RE = f"{_N}{{4}}\\s*年\\s*{_N}{{1,2}}\\s*月(?:\\s*{_N}{{1,2}}\\s*日)?"
ISO_RE = f"(?<![0-9]){_N}{{4}}[-./]{_N}{{1,2}}[-./]{_N}{{1,2}}(?![0-9])"
CN_RE = f"{_C}{{4}}年[一二三四五六七八九十]{{1,2}}月(?:[一二三四五六七八九十]{{1,3}}日)?"


def _spaced(word: str) -> str:
    """A label that may be spaced out to align a form (出 生 日 期)."""
    return "[ \u3000]*".join(word)


_LABELS = ("出生日期", "出生年月日", "出生年月", "出生时间", "出生于", "生于", "生日")
_BEFORE = f"(?:{'|'.join(map(_spaced, _LABELS))})[：:为是\\s|｜]*"
#: a date written as 8 digits (19700122), only after a label
COMPACT_RE = "(?<![0-9])(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?![0-9])"
#: a date is only a birth date next to 出生: matching that here saves scoring every date
_DATES = f"(?:{DATE_RE}|{ISO_RE}|{CN_RE})"
BEFORE_RE = f"{_BEFORE}({_DATES}|{COMPACT_RE}|{_N}{{4}}[-./]{_N}{{1,2}}(?![0-9]))"


def _label_starts(text: str) -> Iterator[int]:
    """Where a label of _LABELS can start: every one has a 生, after its 出 (spaces between) or
    first (生于, 生日); so at each 生, and at the 出 before it."""
    i = text.find("生")
    while i >= 0:
        j = i
        while j and text[j - 1] in " \u3000":
            j -= 1
        if j and text[j - 1] == "出":
            yield j - 1
        yield i
        i = text.find("生", i + 1)


#: a date that ends right before 生 (1988年3月17日出生, …生人, …生，)
DATE_BEFORE_SHENG = re.compile(f"({_DATES})\\s*$")


@register
class BirthDateDetector(PatternDetector):
    kind = "birth_date"
    patterns = [Pattern("date after 出生日期", BEFORE_RE, 0.9, starts=_label_starts)]
    context = ("出生日期", "出生年月", "出生于", "生于", "生日", "出生时间", "出生")
    context_window = 8
    context_boost = 0.6

    def analyze(self, text: str, doc: DocumentContext) -> list[Finding]:
        found = super().analyze(text, doc)
        seen = {(f.start, f.end) for f in found}
        for word in _SHENG_WORDS:
            for w in word.finditer(text):
                i = w.start()
                if not _date_may_end_before(text, i):
                    continue
                m = DATE_BEFORE_SHENG.search(text, max(0, i - 20), i)
                if m and m.span(1) not in seen:
                    seen.add(m.span(1))
                    found.append(
                        Finding(self.kind, m.start(1), m.end(1), m.group(1), 0.9, self.name)
                    )
        return found


#: 出生, 生人, and a 生 that ends a phrase (…生，), in this order
_SHENG_WORDS = (
    re.compile("出生"),
    re.compile("生人"),
    re.compile("生(?=[，,）)、；。\\s|｜]|\\Z)"),
)
#: the last character of a date (DATE_BEFORE_SHENG): 日, 月 or a digit
_DATE_LAST = frozenset("日月0123456789０１２３４５６７８９")


def _date_may_end_before(text: str, i: int) -> bool:
    """Whether a date can end right before ``i`` (spaces between allowed): saves a search."""
    j = i - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j >= 0 and text[j] in _DATE_LAST
