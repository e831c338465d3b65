"""Small text helpers shared by detectors: full-width digits, separators, CJK tests."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Final

from redaction.roles import OTHERS, PARTY

WIDE: Final = str.maketrans(
    "０１２３４５６７８９ＸｘＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＹＺ",
    "0123456789XxABCDEFGHIJKLMNOPQRSTUVWYZ",
)
DIGIT: Final = "[0-9０-９]"
#: what may stand between two digits of a number: a hyphen, a space or two, a line wrap (the
#: next line may be indented), or a hyphen at the end of a line; not a tab, which parts the
#: columns of a table (…身份证号⇥卡号⇥金额: 4301…⇥6212…⇥14100.00)
SEP: Final = (
    "(?:[ \u3000]{0,2}[\\-－‐‑–—][ \u3000]{0,2}(?:\r?\n[ \u3000\t]{0,4})?"
    "|[ \u3000]{1,2}|[ \u3000]{0,2}\r?\n[ \u3000\t]{0,4}(?:[\\-－‐‑–—][ \u3000]{0,2})?)"
)
#: every character SEP may consist of (for a character class)
SEP_CHARS: Final = " \u3000\t\\-－‐‑–—\r\n"
#: a PDF line wrap between two characters of a number or label (the next line may be indented)
LINE_WRAP: Final = "(?:[ \u3000\t]*\r?\n[ \u3000\t]*)"
#: an optional one
WRAP: Final = LINE_WRAP + "?"
ALNUM: Final = "[0-9０-９A-Za-zＡ-Ｚａ-ｚ]"
#: the characters of ALNUM (a set look-up costs less than a regex call)
ALNUM_CHARS: Final = frozenset(
    chr(c) for a, b in ("09", "０９", "AZ", "az", "ＡＺ", "ａｚ") for c in range(ord(a), ord(b) + 1)
)
NOT_ALNUM_AFTER: Final = r"(?![0-9０-９A-Za-zＡ-Ｚａ-ｚ])"
_SEPARATORS: Final = re.compile(SEP + "|\\s")


def lead(first: str) -> str:
    """``first`` (a character class) not preceded by a letter or digit.

    The class comes before the look-behind so that the regex engine can skip ahead to it:
    a pattern that starts with a look-behind is scanned ~3x slower.
    """
    return f"{first}(?<!{ALNUM}.)"


def then(sep: str, item: str) -> str:
    """``(?:{sep})?{item}``: an item with an optional separator before it, for a ``sep`` that
    never matches the empty string and never starts with a character ``item`` can start with
    (SEP, LINE_WRAP before a digit). The same matches, tried in the same order (at any place
    only one of the two branches can go on), but ~2x faster to scan: the item, the common case,
    is tried first instead of each of the separator's branches."""
    return f"(?:{item}|{sep}{item})"


def digits_re(count: int, last: str = DIGIT) -> str:
    """A regex for ``count`` digits (the last one from ``last``), not inside a longer number,
    with single separators (spaces, hyphens) between them."""
    return f"{lead(DIGIT)}{then(SEP, DIGIT)}{{{count - 2}}}{then(SEP, last)}"


#: a page-number line a PDF leaves inside a wrapped sentence: 第 1 页 共 5 页, 第2页/共5页, - 3 -
PAGE_NUMBER_LINE: Final = re.compile(
    "\r?\n[ \u3000\t]*"
    "(?:第 ?\\d+ ?页 ?[/／,，]? ?共 ?\\d+ ?页|[-—－–] ?\\d+ ?[-—－–]|\\d+ ?/ ?\\d+)"
    "[ \u3000\t]*(?=\r?\n)"
)
#: a page break in a PDF's text: the page-number line and the next page's running header (a
#: short line without punctuation), if there is one
PAGE_BREAK: Final = re.compile(
    PAGE_NUMBER_LINE.pattern
    + r"(?:\r?\n[ \u3000\t]*[^\s：:，,。；;（(]{2,30}[ \u3000\t]*(?=\r?\n))?"
)
_LAYOUT_SPACE: Final = re.compile("[ \u3000\t\r\n]+")


def unwrapped(text: str) -> str:
    """``text`` as one line, the way a label reads across a PDF wrap (执业\n第 1 页 共 5 页\n证号
    is 执业证号): page-number lines, spaces and line breaks removed."""
    if "\n" in text:
        text = PAGE_NUMBER_LINE.sub("", text)
    return _LAYOUT_SPACE.sub("", text)


def wrappable(literal: str) -> str:
    """A regex for ``literal`` with a line wrap allowed between any two of its characters."""
    return WRAP.join(re.escape(ch) for ch in literal)


def wrapped_digits(low: int, high: int) -> str:
    """A regex for ``low`` to ``high`` digits with a line wrap allowed between any two."""
    return f"{DIGIT}{then(LINE_WRAP, DIGIT)}{{{low - 1},{high - 1}}}"


def normalize(text: str) -> str:
    """ASCII digits and letters, separators removed: the form validators read."""
    if text.isascii() and text.isalnum():
        return text  # already that form (most numbers are)
    return _SEPARATORS.sub("", text.translate(WIDE))


def contains_any(text: str, words: Iterable[str]) -> bool:
    """``any(w in text for w in words)``, faster: a search for one character costs ~10x less
    than one for a longer string, so a word is searched for only where each of its characters
    is in the text (most words are not there, and one of their characters is not either)."""
    for word in words:
        for ch in word:
            if ch not in text:
                break
        else:
            if word in text:
                return True
    return False


def find_all(text: str, literal: str) -> list[int]:
    """Every place ``literal`` starts at in ``text`` (overlapping ones too)."""
    places, i = [], text.find(literal)
    while i >= 0:
        places.append(i)
        i = text.find(literal, i + 1)
    return places


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def trie_regex(words: Iterable[str]) -> str:
    """An alternation of words as a prefix tree, longest match first: ~1.5x faster to scan
    than a flat ``a|b|c`` of a few hundred words."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + build(trie) + ")"


#: how many physical lines back a wrapped contact line may have started (a PDF wraps the
#: agency's line, and page furniture such as "- 3 -" may sit inside it)
WRAPPED_LINES: Final = 3
#: labels that may follow the first one on the agency's contact line (地址：…　联系电话：…;
#: its 联系人 is an officer); any other label (当事人：, 举报人：) means the line is not only
#: the agency's
_CONTACT_LABELS: Final = (
    "电话",
    "传真",
    "热线",
    "邮编",
    "邮政编码",
    "网址",
    "邮箱",
    "信箱",
    "地址",
    "联系方式",
    "联系人",
    "经办人",
)
#: the short labels above are taken only alone (**电话**：); a longer run must end in one of
#: these (…402号　联系电话：, where the run of Chinese characters starts inside the address)
_LONG_CONTACT_LABELS: Final = (
    "联系电话",
    "监督电话",
    "办公电话",
    "咨询电话",
    "投诉电话",
    "举报电话",
    "值班电话",
    "服务电话",
    "服务热线",
    "邮政编码",
    "电子邮箱",
    "电子信箱",
    "联系方式",
    "联系地址",
    "办公地址",
    "通讯地址",
    "机关地址",
    "单位地址",
)
_LINE_NOISE: Final = " \u3000\t*#>-+•"  # (spaces, Markdown marks, bullets)
_STRETCH_NOISE: Final = re.compile(r"[\s*]+")
_BLANK: Final = re.compile(r"\s*")


def _label_before(text: str, colon: int) -> str:
    """The run of Chinese characters before the colon at ``colon`` (spaces and emphasis
    between them skipped, a line break inside the run allowed: 联\n系电话：)."""
    i = colon
    while i > 0 and text[i - 1] in " \u3000\t\r\n*":
        i -= 1
    chars: list[str] = []
    while i > 0:
        if is_cjk(text[i - 1]):
            chars.append(text[i - 1])
            i -= 1
            continue
        j = i
        while j > 0 and text[j - 1] in "\r\n":
            j -= 1
        if j in (i, 0) or not is_cjk(text[j - 1]):
            break
        i = j
    return "".join(reversed(chars))


_COLON: Final = re.compile("[：:]")


def _only_contact_labels(line: str) -> bool:
    """Whether every label on ``line``, but its own first one (地址：) near its start, is a
    contact label. A page break inside the line (its page number and the next page's running
    header) is skipped: its header line is not a label."""
    if "\n" in line:
        line = PAGE_BREAK.sub("", line)
    first = True
    for m in _COLON.finditer(line):
        colon = m.start()
        if first and colon <= 8:
            first = False
            continue
        first = False
        label = _label_before(line, colon)
        if label and label not in _CONTACT_LABELS and not label.endswith(_LONG_CONTACT_LABELS):
            return False
    return True


def on_public_line(text: str, pos: int, starts: tuple[str, ...]) -> bool:
    """Whether ``pos`` is on the agency's own contact line (本机关地址：…，联系电话：…): a
    line that starts like one, with no full stop before ``pos`` (so it is not a paragraph) and
    no label but contact ones (电话, 传真, …) after its first. The line may be wrapped: it may
    start up to WRAPPED_LINES physical lines back, with no blank line in between. A line that
    starts with a label a person's block uses too (地址：, 联系人：) is the agency's only
    where it does not follow a person's lines (see :func:`_agency_block`)."""
    return _on_public_line(text, pos, starts, WRAPPED_LINES)


def _on_public_line(text: str, pos: int, starts: tuple[str, ...], depth: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    for _ in range(WRAPPED_LINES + 1):
        if text.find("。", line_start, pos) >= 0:
            return False
        head = line_start
        while head < pos and text[head] in _LINE_NOISE:
            head += 1
        label = ""
        if text.startswith(starts, head, pos):
            label = text[head:pos]
        elif text.find("*", head, head + 20) >= 0:
            label = _STRETCH_NOISE.sub("", text[head : head + 40])
        if label.startswith(starts):
            if label.startswith(_SHARED_STARTS) and not _agency_block(
                text, line_start, starts, depth, label.startswith(_PHONE_STARTS)
            ):
                return False
            return _only_contact_labels(text[head:pos])
        if line_start == 0:
            return False
        previous = text.rfind("\n", 0, line_start - 1) + 1
        if previous == line_start - 1 or (
            text[previous].isspace() and _BLANK.fullmatch(text, previous, line_start - 1)
        ):
            return False  # a blank line: a new paragraph
        line_start = previous
    return False


#: labels that start a line of the agency's contact block but also of a person's block
#: (当事人：王五 / 地址：…): such a line is the agency's only below the agency's lines
_SHARED_STARTS: Final = tuple(
    w + colon
    for w in ("地址", "联系地址", "通讯地址", "联系人", "经办人", "电话", "联系电话")
    for colon in "：:"
)
#: of those, the labels a phone line starts with: the agency's only where a line of the
#: agency's is read above it (not at the text's start, as a person's block may be)
_PHONE_STARTS: Final = ("电话：", "电话:", "联系电话：", "联系电话:")
#: a line of the decision's foot, above the agency's contact lines: the officers (执法人员：…,
#: …执法证号…), the agency's name or seal, the date
_FOOT_LINE: Final = re.compile(
    r"^(?:执法人员|执法员|执法队员|办案人员|办案人|承办人|主办人|协办人|检查人员|调查人员|"
    r"稽查人员|监督员|执法人|送达人)[：:（( \u3000\t，,、]|执法证|[（(]证号"
    # an officer's title (消防监督检查员：…); a signature left blank (被检查人签收：____)
    r"|^[\u4e00-\u9fff]{0,6}(?:检查员|监督员|稽查员|监察员)[：:]"
    r"|签(?:收|名|字)(?:[（(][^）)\n]{0,8}[）)])?[：:]?[ _＿\u3000]*$"
    r"|^(?:[0-9０-９]{4}|[〇○零一二三四五六七八九Ｏ]{4}) ?年.{1,3}月.{1,3}日$"
    r"|^[^：:]{2,40}(?:局|委员会|政府|大队|支队|中队|执法队|办公室)(?:[（(][^）)]{0,4}章[)）])?$"
    r"|^[（(][^）)]{0,4}章[)）]$"
)
#: a table row of the officers' table (| 执法人员 | 执法证号 |)
_OFFICERS_HEADER: Final = re.compile(r"执法证|执法人员|承办人|办案人员|证号")
#: how many lines above the contact line are read for whose block it is in
_BLOCK_LINES: Final = 4


_PERSONAL_FIELDS: Final = (
    "性别",
    "民族",
    "出生",
    "身份证",
    "公民身份",
    "年龄",
    "护照",
    "户籍",
    "住址",
)
_MALE_FEMALE: Final = "|[，,\\s][男女](?:[，,\\s]|$)"


@cache
def person_words() -> re.Pattern[str]:
    """A role (当事人, 见证人 …) or a personal field (性别, 身份证 …): a person's text."""
    return re.compile(trie_regex(PARTY + OTHERS + _PERSONAL_FIELDS) + _MALE_FEMALE)


#: a personal field (a person's header written as a sentence: 当事人王五，男，住…。)
_PERSONAL_FIELD_RE: Final = re.compile(trie_regex(_PERSONAL_FIELDS) + _MALE_FEMALE)
#: a label near a line's start (当事人：…, 委托代理人：…): a field, not a sentence of the body
_EARLY_LABEL: Final = re.compile("[^：:。]{0,12}[：:]")


def _body_sentence(line: str) -> bool:
    """Whether ``line`` is a paragraph of the body (你已委托…为代理人，…。): sentences, no field
    label at its start and no personal field; what follows the body is the agency's foot."""
    return (
        len(line) >= 25
        and line.endswith("。")
        and not _EARLY_LABEL.match(line)
        and not _PERSONAL_FIELD_RE.search(line)
        and not _MOBILE.search(line)
    )


_MOBILE: Final = re.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])")


def _person_line(line: str) -> bool:
    """Whether ``line`` is one of a person's block: a role, a personal field, a mobile."""
    return bool(person_words().search(line) or _MOBILE.search(line))


def _agency_block(
    text: str, line_start: int, starts: tuple[str, ...], depth: int, strict: bool = False
) -> bool:
    """Whether the line at ``line_start`` follows the agency's lines rather than a person's:
    reading up (blank lines skipped), a foot line (the officers, the agency, the date) or a
    contact line of the agency comes before any line of a person's block. ``strict``: only
    where such a line is found (not at the text's start, nor above neutral lines only)."""
    end = line_start - 1
    for _ in range(_BLOCK_LINES):
        if end < 0:
            return not strict
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip(_LINE_NOISE + "\r|")
        if line:
            if _FOOT_LINE.search(line) or (
                text.startswith("|", start) and _in_officers_table(text, start)
            ):
                return True
            if depth and _on_public_line(text, end, starts, depth - 1):
                return True
            if _body_sentence(line):
                return True
            if _person_line(line):
                return False
        end = start - 1
    return not strict


def _in_officers_table(text: str, row: int) -> bool:
    """Whether the table row at ``row`` is in a table whose header names officers."""
    while row > 0 and text.startswith("|", text.rfind("\n", 0, row - 1) + 1):
        row = text.rfind("\n", 0, row - 1) + 1
    end = text.find("\n", row)
    return bool(_OFFICERS_HEADER.search(text, row, len(text) if end < 0 else end))


#: the label of the line that names the officers (执法人员：, 执法人员（签名）：, 执法证件号：)
OFFICERS_AT: Final = re.compile(
    "[ \u3000\t*#>]*(?:执法人员|执法员|执法队员|办案人员|办案人|承办人|主办人|协办人|检查人员|"
    "调查人员|稽查人员|执法人|执法证件号|执法证号|执法证)(?:[（(]?(?:签名|签字|姓名)[）)]?)?"
    "[ \u3000*]*[：:]"
)


def on_officers_line(text: str, pos: int) -> bool:
    """Whether ``pos`` is on the line naming the decision's officers, before any full stop or
    word of a person's (见证人, 当事人, 身份证 …): a number there is an officer's certificate."""
    line_start = text.rfind("\n", 0, pos) + 1
    label = OFFICERS_AT.match(text, line_start)
    if label is None or label.end() > pos:
        return False
    names = text[label.end() : pos]
    return "。" not in names and not person_words().search(names)
