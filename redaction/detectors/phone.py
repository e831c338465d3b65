"""Telephone numbers of people: mobiles (with +86, spaces, hyphens) and landlines."""

from __future__ import annotations

import re

from redaction.detectors.base import DocumentContext, Finding, Pattern, PatternDetector, register
from redaction.roles import PUBLIC_LINE_STARTS
from redaction.text import DIGIT, NOT_ALNUM_AFTER, SEP, WIDE, find_all, lead, normalize, then

# A +86 country prefix is left in place: it says nothing about the person.
MOBILE_RE = lead("[1１]") + then(SEP, "[3-9３-９]") + f"{then(SEP, DIGIT)}{{9}}" + NOT_ALNUM_AFTER
_AREA = f"{DIGIT}{{2,3}}"
LANDLINE_RE = (
    f"(?:{lead('[(（]')}[0０]{_AREA}[)）]|{lead('[0０]')}{_AREA})"
    + then(SEP, "[1-9１-９]")
    + f"{then(SEP, DIGIT)}{{6,7}}(?:(?:转|-|－){DIGIT}{{1,5}})?"
    + NOT_ALNUM_AFTER
)
#: the brackets an area code in brackets starts with, before its 0
_BRACKETED_ZEROS = ("（0", "（０", "(0", "(０")


def _landline_places(text: str, doc: DocumentContext) -> list[tuple[int, int]]:
    """Where a match of LANDLINE_RE can start, each with the end of the text it may read: at a
    bracket before a 0, or at a 0 that leads a run of digits (base.run_leads) with 10 digits
    at least (a match's area code, number and the separators between are one run). Tried
    there only: the regex starts with either of two branches, so the regex engine tests every
    character of the runs' windows (~5x the cost, speed)."""
    places = [(at, end) for at, end in doc.digit_leads(text, 10) if text[at] in "0０"]
    for bracket in _BRACKETED_ZEROS:
        if bracket[0] in text and bracket[1] in text:  # (a search for one character is cheap)
            places += ((at, len(text)) for at in find_all(text, bracket))
    return sorted(places)


#: a landline after the country code, the area code's 0 dropped (+86-512-71433138)
LANDLINE_86_RE = (
    # (an area code starts with 2 to 9, or is Beijing's 10: 1 and 3 to 9 start a mobile)
    "[+＋]86"
    + then(SEP, f"(?:[2-9２-９]{DIGIT}{{1,2}}|[1１][0０])")
    + then(SEP, "[1-9１-９]")
    + f"{then(SEP, DIGIT)}{{6,7}}"
    + NOT_ALNUM_AFTER
)


#: a number abroad or in Hong Kong, Macao or Taiwan: a country code (not China's 86) after +
#: or 00, or in brackets, then 6 to 13 digits in groups (+852 9585 0603, (852) 9326-5816,
#: +886-9-0148-8775, 0044-7700-900812, +7 701 023 07 09)
INTERNATIONAL_RE = (
    "(?:[+＋]|0(?<![0-9]0)0|[(（](?=8(?:52|53|86)[)）]))(?!86)[1-9１-９]"
    + f"{DIGIT}{{0,2}}[)）]?"
    + then(SEP, DIGIT)
    + f"{then(SEP, DIGIT)}{{5,12}}"
    + NOT_ALNUM_AFTER
)
_INTERNATIONAL = re.compile("(?:[+＋]|00|[(（])(?!86)[1-9]")
#: where such a number can start: a + or 00 (not inside a number: 2007), a bracket before the
#: code of Hong Kong, Macao or Taiwan ((852) 9326-5816)
_INTERNATIONAL_LEADS = ("+", "＋", "(8", "（8")


def _international_starts(text: str) -> list[int]:
    """Where a match of INTERNATIONAL_RE can start (found by str.find: a regex for them
    costs ~10x more, it tries each bracket and each 0). A literal is looked for only where
    its first character is in the text: a search for one character costs a few times less
    than one for two (~1.5 M instructions a pass over the dev corpus each)."""
    places = [i for i in find_all(text, "00") if not text[i - 1 : i].isdigit()]
    for literal in _INTERNATIONAL_LEADS:
        if literal[0] in text:
            places += find_all(text, literal)
    return sorted(places)


def _plus86_starts(text: str) -> list[int]:
    """Where a match of LANDLINE_86_RE can start: at +86 (looked for where + is)."""
    places = find_all(text, "+86") if "+" in text else []
    return sorted(places + find_all(text, "＋86")) if "＋" in text else places


@register
class PhoneDetector(PatternDetector):
    kind = "phone"
    patterns = [
        Pattern(
            "mobile", MOBILE_RE, 0.6, min_digits=11, at_leads=True, digit_counts=frozenset((11,))
        ),
        Pattern("landline", LANDLINE_RE, 0.3, places=_landline_places),
        Pattern("landline after +86", LANDLINE_86_RE, 0.5, starts=_plus86_starts),
        Pattern("abroad", INTERNATIONAL_RE, 0.45, starts=_international_starts),
    ]
    context = ("电话", "手机", "联系方式", "座机", "固话", "号码", "微信", "tel", "Tel", "TEL")
    deny_context = (
        "本机关电话",
        "本局电话",
        "机关电话",
        "本机关联系电话",
        "本局联系电话",
        "监督电话",
        "咨询电话",
        "举报电话",
        "投诉电话",
        "办公电话",
        "服务热线",
        "热线",
        "传真",
        "执法证号",
        "执法证件号",
        "证号",
        "编号",
        "账号",
        "卡号",
        "身份证",
    )
    public_line_starts = PUBLIC_LINE_STARTS
    #: (wide enough to reach 联系电话： over a mobile before a second number: 联系电话：
    #: 13807312345、（0797）35932281)
    context_window = 22

    def analyze(self, text: str, doc: DocumentContext) -> list[Finding]:
        found = super().analyze(text, doc)
        if "联系" not in text:
            return found
        return [f for f in found if not _agency_contact(text, f, doc)]

    def validate(self, text: str) -> bool | None:
        if _INTERNATIONAL.match(text.translate(WIDE)):
            return None  # a number abroad: its length is its country's
        number = normalize(text).lstrip("+＋(（").replace(")", "").replace("）", "")
        number = number.replace("(", "").replace("（", "")
        if number.startswith(("0086", "86")) and len(number) > 11:
            number = number[4:] if number.startswith("0086") else number[2:]
        if number.startswith("10") and len(number) == 10:
            return None  # +86-10-62345678: Beijing's area code without its 0
        if number.startswith("1"):
            return len(number) == 11 and number[1] in "3456789"
        return None if 10 <= len(number.split("转")[0]) <= 13 else False


#: a contact the notice gives, right before a phone (如有疑问，请与倪娅倩联系，电话…)
_CONTACT_BEFORE = re.compile(
    "(?:请|可|应|须|或)与([^，。；\n]{1,12}?)联系"
    "[，,：:]?(?:联系)?(?:电话|方式)[：:为是]?[ \u3000]*$"
)


def _agency_contact(text: str, phone: Finding, doc: DocumentContext) -> bool:
    """Whether a landline is the one the notice tells its reader to call, with a contact who
    is no private person of the document (the agency's officer, 本局): the agency's phone."""
    if normalize(phone.text).lstrip("+＋(（").startswith("1"):
        return False  # a mobile is a person's
    before = _CONTACT_BEFORE.search(text, max(0, phone.start - 30), phone.start)
    if before is None:
        return False
    start, end = before.span(1)
    return not any(
        f.kind == "person_name" and f.start < end and start < f.end for f in doc.findings
    )
