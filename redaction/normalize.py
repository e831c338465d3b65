"""Undo the damage conversion and OCR leave in a text before the detectors read it.

Decisions reach us pasted from web pages, Word and scanned PDFs: HTML tags and entities
(<span>杜菊</span>, &nbsp;, &#65306;), invisible characters inside names and numbers
(zero-width and no-break spaces, soft hyphens), letters that OCR reads for digits
(4406O6199611O9S6S6) and the multiplication sign typed for an ID number's check character X.
A detector that reads the raw text misses all of these, and a name or number it misses is
published.

``clean(text)`` gives the text the detectors read and, for every character of it, the span of
the source it stands for, so findings are mapped back to the source: the source is what is
masked, published and shown to the clerk (offsets in report.json point into it).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from redaction.roles import OTHERS, PARTY, PUBLIC
from redaction.text import is_cjk, trie_regex

#: characters that are never visible: removed
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
#: spaces of other widths: read as a plain space
SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f"
_TRIGGERS = INVISIBLE + SPACES + "&<×【_"
#: Markdown's bold (not an escaped star): removed, so that a label bold in part reads whole
#: (**住**所：…, **出生日期：**1993年…, **法定代表**人：…)
BOLD_RE = re.compile(r"(?<!\\)\*\*")
_OCR_LETTERS = "OoIlSBZ"
#: an HTML tag; the ones that end a line or a cell become a line break, the others go
TAG_RE = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>")
_BREAKING_TAGS = frozenset(("br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "table"))


def _in_table_row(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a row of a Markdown table: its line starts with a bar and
    goes on with one."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return (
        text[start:pos].lstrip(" \u3000").startswith("|")
        and "|" in text[pos : end if end >= 0 else None]
    )


ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,9});")
#: a run of digits with letters OCR reads for digits in it (O for 0, l and I for 1, S for 5,
#: B for 8, Z for 2): long enough to be an identifier, and mostly digits (the first character
#: before the look-behind: the regex engine then skips to the characters a run starts with)
OCR_RUN_RE = re.compile(r"[0-9OoIlSBZ](?<![A-Za-z0-9].)[0-9OoIlSBZ]{7,}(?![A-Za-z0-9])")
_OCR_HINT = re.compile(r"[0-9][OoIlSBZ]|[OoIlSBZ][0-9]|[A-Z][·•.\- ]?[OI]")
#: whether _OCR_HINT is in a text, found ~10x faster: each of its matches has one of the
#: letters, and the regex engine skips to those when a regex starts with them (the
#: look-behinds read what stands before the letter)
_OCR_HINT_AT_LETTER = re.compile(
    r"[OoIlSBZ](?:(?<=[0-9].)|[0-9]|(?<=[A-Z][OI])|(?<=[A-Z][·•.\- ][OI]))"
)
OCR_DIGITS = str.maketrans("OoIlSBZ", "0011582")
#: a plate's serial after its province and city (粤X·O6266): plates never use I or O, so
#: there they are OCR's 1 and 0
PLATE_RE = re.compile(
    "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•.\\- ]?"
    "([0-9A-Z]{5,6})(?![0-9A-Za-z])"
)
#: the labels of a printed form's fields: a line that holds one of them alone is followed by
#: its value on the next line (当事人 / 王五)
FIELD_LABELS = (
    PARTY
    + OTHERS
    + PUBLIC
    + (
        "姓名",
        "性别",
        "民族",
        "年龄",
        "出生日期",
        "出生年月",
        "出生年月日",
        "身份证号",
        "身份证号码",
        "公民身份号码",
        "居民身份证号码",
        "证件号码",
        "驾驶证号",
        "住址",
        "现住址",
        "家庭住址",
        "户籍地址",
        "户籍地",
        "住所",
        "居住地",
        "联系电话",
        "电话",
        "手机",
        "手机号码",
        "联系方式",
        "工作单位",
        "职业",
        "紧急联系人",
        "房屋坐落",
        "车主（所有人）",
        "机动车号牌号码",
        "号牌号码",
        "车牌号码",
        "车牌号",
    )
)
_LABEL_ALONE_RE = re.compile(
    f"(?m)^[ \u3000\t]*(?:{trie_regex(FIELD_LABELS)})"
    "([ \u3000\t]*[：:]?[ \u3000\t]*\r?\n[ \u3000\t]*)(?=[^\\s：:])"
)
#: a label in 【】 followed by its value on the line (【被处罚人】丁娜): read as 被处罚人：丁娜
BRACKET_LABEL_RE = re.compile("(【)([^【】\n]{1,12})(】)[ \u3000]*(?=[^\\s【])")
#: a blank line ____ filled in by hand (出生日期__1971年6月8日__): after a label it is the
#: label's colon, elsewhere a space
BLANK_RE = re.compile("_{2,}")
#: a number read out in Chinese digits (手机号码是一八八三一一三五七四八): seven or more of them
#: are a phone or an account, not a date or an amount (those use 十, 百 or 壹贰叁)
CN_DIGITS_RE = re.compile("[〇○零一二三四五六七八九]{7,}")
CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "00012345678" + "9")
#: the check character of an ID number typed as a multiplication sign
TIMES_CHECK_RE = re.compile(r"(?<=[0-9０-９]{17})×(?![0-9０-９])")


_ODD_SPACE = re.compile(f"[{INVISIBLE}{SPACES}]")


@dataclass(frozen=True)
class Cleaned:
    """The text the detectors read, and where each of its characters came from."""

    text: str
    #: for each character of ``text``: the start and the end of its source span
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the source that ``text[start:end]`` stands for."""
        return self.starts[start], self.ends[end - 1]


def needs_cleaning(text: str) -> bool:
    """Whether ``clean`` may change the text (most texts: no, and that is cheap to tell: one
    fast search per character, the regexes only for texts that may need them)."""
    return (
        # one search for each character: ~35% fewer instructions than one search for their
        # class (the regex engine tests each character against it), about as fast
        any(c in text for c in _TRIGGERS)
        or "**" in text  # Markdown's bold
        or (any(c in text for c in _OCR_LETTERS) and _OCR_HINT_AT_LETTER.search(text) is not None)
        or _label_lines(text)
        or _spoken_mobile(text)
    )


_FIELD_LABEL_SET = frozenset(FIELD_LABELS)
#: the longest line that can hold a label alone (its colon and spaces included)
_LABEL_LINE = max(map(len, FIELD_LABELS)) + 4


def _label_lines(text: str) -> bool:
    """Whether a line holds a field label alone (当事人 / 王五 on the next line). Only lines
    that end in a Chinese character or a colon are read: scanning every character of every
    text with _LABEL_ALONE_RE costs 30x more."""
    for m in _LABEL_END_RE.finditer(text):
        end = m.start()
        start = text.rfind("\n", 0, end) + 1
        if end - start <= _LABEL_LINE and text[start:end].strip(_LABEL_NOISE) in _FIELD_LABEL_SET:
            return True
    return False


#: a line break after a Chinese character, a bracket, a colon or spaces
_LABEL_END_RE = re.compile("\n(?<=[\u4e00-\u9fff）)：:\r \u3000\t]\n)")
_LABEL_NOISE = " \u3000\t：:\r"


def _spoken_mobile(text: str) -> bool:
    return _SPOKEN_MOBILE_RE.search(text) is not None


#: a mobile number read out (一八八…): starts with 一, a literal the regex engine skips to
_SPOKEN_MOBILE_RE = re.compile("一[三四五六七八九][一二三四五六七八九〇○零]{5}")


def _ocr_runs(text: str) -> list[tuple[int, int, str]]:
    """Each run of digits with OCR letters in it, and the run as digits."""
    runs = []
    for m in OCR_RUN_RE.finditer(text):
        run = m.group()
        digits = sum(c.isdigit() for c in run)
        if digits < len(run) and digits >= max(6, len(run) * 3 // 4):
            runs.append((m.start(), m.end(), run.translate(OCR_DIGITS)))
    return runs


def _form_edits(text: str) -> list[tuple[int, int, str]]:
    """A printed form's layouts as ``label：value``: 【label】value, label__value__, and a
    label alone on its line above its value."""
    edits = []
    if "【" in text:
        for m in BRACKET_LABEL_RE.finditer(text):
            edits += [(m.start(1), m.end(1), ""), (m.start(3), m.end(), "：")]
    if "__" in text:
        line, opened = -1, False
        for m in BLANK_RE.finditer(text):
            here = text.rfind("\n", 0, m.start())
            if here != line:
                line, opened = here, False
            before = text[m.start() - 1 : m.start()]
            # the first blank after a label opens its value (：), the next one closes it
            opens = not opened and bool(before) and (is_cjk(before) or before in "）)")
            edits.append((m.start(), m.end(), "：" if opens else " "))
            opened = opens
    for m in _LABEL_ALONE_RE.finditer(text) if _label_lines(text) else ():
        edits.append((m.start(1), m.end(1), "："))
    return edits


def clean(text: str) -> Cleaned | None:
    """The text with markup, invisible characters and OCR damage undone; None when there is
    nothing to undo (the text is read as it is)."""
    if not needs_cleaning(text):
        return None
    # replacements: (start, end, new text) in the source, not overlapping
    edits: list[tuple[int, int, str]] = []
    if "<" in text:
        for m in TAG_RE.finditer(text):
            breaking = m.group(1).lower() in _BREAKING_TAGS
            if breaking and _in_table_row(text, m.start()):
                edits.append((m.start(), m.end(), " "))  # | 住址 | 喀什市<br>浩罕乡… |: one cell
            else:
                edits.append((m.start(), m.end(), "\n" if breaking else ""))
    if "**" in text:
        edits += [(m.start(), m.end(), "") for m in BOLD_RE.finditer(text)]
    if "&" in text:
        for m in ENTITY_RE.finditer(text):
            value = html.unescape(m.group())
            if value != m.group():
                edits.append((m.start(), m.end(), value))
    edits += _ocr_runs(text)
    edits += _form_edits(text)
    if _spoken_mobile(text):
        edits += [
            (m.start(), m.end(), m.group().translate(CN_DIGITS))
            for m in CN_DIGITS_RE.finditer(text)
        ]
    for m in PLATE_RE.finditer(text) if "O" in text or "I" in text else ():
        serial = m.group(1)
        if "O" in serial or "I" in serial:
            edits.append((m.start(1), m.end(1), serial.replace("O", "0").replace("I", "1")))
    if "×" in text:
        edits += [(m.start(), m.end(), "X") for m in TIMES_CHECK_RE.finditer(text)]
    if not edits and _ODD_SPACE.search(text) is None:
        return None  # 粤B12345 looked like OCR damage, but is not
    edits.sort()
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0

    def copy(until: int) -> None:
        if _ODD_SPACE.search(text, pos, until) is None:
            out.append(text[pos:until])
            starts.extend(range(pos, until))
            ends.extend(range(pos + 1, until + 1))
            return
        for i in range(pos, until):
            c = text[i]
            if c in INVISIBLE:
                continue
            out.append(" " if c in SPACES else c)
            starts.append(i)
            ends.append(i + 1)

    for start, end, new in edits:
        if start < pos:
            continue  # overlaps an earlier edit (an entity inside a tag's attributes)
        copy(start)
        if len(new) == end - start:  # OCR digits: one for one
            for k, c in enumerate(new):
                out.append(c)
                starts.append(start + k)
                ends.append(start + k + 1)
        else:
            for c in new:
                if c in INVISIBLE:
                    continue
                out.append(" " if c in SPACES else c)
                starts.append(start)
                ends.append(end)
        pos = end
    copy(len(text))
    cleaned = "".join(out)
    if cleaned == text:
        return None
    return Cleaned(cleaned, tuple(starts), tuple(ends))
