"""Names of natural persons: seeded from role words and person cues, then every mention.

A name is found where a role word (当事人, 证人, 的儿子 …) stands right before a word that starts
with a surname, or where a person cue (（身份证号码, ，性别 …) follows one. Officers, legal
representatives and lawyers are found the same way from their public role words and are never
masked. Every later (or earlier) mention of a masked person is then masked too, also when it is
spelled with spaces.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Final, NamedTuple

from redaction.detectors.base import Detector, DocumentContext, Finding, register
from redaction.narrative import COUNTRIES, narrative_names, word_class, words
from redaction.roles import (
    EVIDENCE_AFTER,
    OTHERS,
    PARTY,
    PRIVATE_AFTER,
    PUBLIC,
    PUBLIC_AFTER,
    PUBLIC_LINE_STARTS,
    RELATIONS,
    VERBS,
)
from redaction.surnames import (
    COMPOUND,
    GIVEN,
    MINORITY_HEADS,
    MINORITY_PARTS,
    SINGLE,
    minority_name,
)
from redaction.tables import in_header, tables
from redaction.text import (
    _LINE_NOISE,
    OFFICERS_AT,
    WRAPPED_LINES,
    contains_any,
    find_all,
    is_cjk,
    on_public_line,
    person_words,
    trie_regex,
    unwrapped,
)

#: characters that do not occur in given names but do follow names in running text
NOT_GIVEN: Final = frozenset(
    "的了着过对在从未于将已等向因被称持驾系与和及或现说是证代为均也仍并所某×把让给到由自经即曾"
    "又都就还拒私无不有上下共担任负出签收涉存销使停操当之其该此本各每这那年月日时分号室层楼路街"
    "村镇区县市省先后再亦均即作称到至去来于以及或而且但却只只要称已经曾经在此等人员者处"
)
#: a name does not start with these even where they are surnames (对王某…, 向李某…)
NOT_FIRST: Final = frozenset(
    "的了在对与和及或向于把被将给由从同跟让叫经时上下中内外为是有无不也都就又并且而其该此本"
)
#: a "name" followed by one of these is the start of a place name (武义县, 王村)
PLACE_SUFFIXES: Final = frozenset("县市区省路街镇村乡州旗巷弄道")
ADMIN_SUFFIXES: Final = frozenset("省市县区州旗")
DELIMITERS: Final = frozenset("，,。；;：:、（()）\n\r\t 　“”\"'《》<>[]【】.．!！?？")
#: what may stand between the characters of a name's mention: a space, or a line break (with
#: the next line's indent) where a PDF wrapped the line
_GAP: Final = "(?:[ \u3000]|\r?\n[ \u3000]*)?"
#: words that look like names but are titles or placeholders (职务：董事长，…)
NOT_NAMES: Final = frozenset(
    (
        "权益",  # 消费者权益
        "权利",
        "董事长",
        "董事",
        "监事",
        "经理",
        "总经理",
        "厂长",
        "店长",
        "院长",
        "所长",
        "站长",
        "队长",
        "组长",
        "科长",
        "部长",
        "会长",
        "社长",
        "校长",
        "主任",
        "总监",
        "法人",
        "股东",
        "员工",
        "个人",
        "本人",
        "无业",
        "农民",
        "居民",
        "工人",
        "职工",
        "司机",
        "个体",
        "个体户",
        "经营户",
        "户主",
        "同上",
        "不详",
        "未知",
        "其他",
        "汉族",
        "男性",
        "女性",
        "执行董事",
        "法定代表人",
        "负责人",
        "当事人",
        "公司",
        "项目经理",
        "副总经理",
        "副经理",
        "出纳",
        "会计",
        "文员",
        "职员",
        "业务员",
        "合伙人",
        "投资人",
        "单位",
        "本机关",
        "本局",
        "申请人",
        "被申请人",
        "委托人",
        "同志",
        "先生",
        "女士",
    )
)


class _Seed(NamedTuple):
    name: str
    role: str  # "party", "other" or "public"
    #: read from a field (当事人：…), a form or a person's details (…（身份证号…): private even
    #: where an officer of the agency's roster has the same name
    strong: bool = False
    #: the name this one is another name of (王五（曾用名：王小五）): masked as one person
    alias_of: str = ""


def _cue_regex(words: tuple[str, ...]) -> str:
    return trie_regex(set(words))


_PRIVATE_CUES: Final = {w: "party" for w in PARTY} | {w: "other" for w in OTHERS + RELATIONS}
_ALL_CUES: Final = _PRIVATE_CUES | {w: "public" for w in PUBLIC}
_NAME_START: Final = "".join(
    sorted(SINGLE | {c[0] for c in COMPOUND} | {p[0] for p in MINORITY_PARTS} | {"姓"})
)
#: a field label between a role word and the name: 姓名, （姓名）, 姓名/名称 …
_NAME_LABEL: Final = (
    "[（(]?(?:姓名|名称)(?:[/／](?:姓名|名称))?[）)]?"
    # a form's note on whom the field names: 车主（所有人）：, 被处罚人（单位）：
    "|[（(](?:所有人|单位|个人|自然人|签名|签字|负责人|法定代表人|经营者|业户|车主)[）)]"
)
_CUE_PARTS: Final = (
    f"({_cue_regex(tuple(_ALL_CUES))})"
    f"(?:(?:[为是]|包括|分别为|分别是)(?=[{_NAME_START}]))?",  # 车主为叶桂兰, 学员包括…
    f"(?=[{_NAME_START}名：:\t|｜ \u3000*＊_A-Z（(“]{{}})",  # skip 当事人对…, 当事人的…
    f"((?:[ \u3000*＊_]*(?:[：:\t|｜]|{_NAME_LABEL}[：:]?))*)[ \u3000|｜*＊_“]*",
)
CUE_RE: Final = re.compile(_CUE_PARTS[0] + _CUE_PARTS[1].format("") + _CUE_PARTS[2])
#: the same, also before a dotted name that starts without a surname (游客帕提古丽·依明):
#: used for texts with a middle dot only, the extra look-ahead costs time at every role word
CUE_DOTTED_RE: Final = re.compile(
    _CUE_PARTS[0] + _CUE_PARTS[1].format("|[\u4e00-\u9fff]{1,8}[·•・‧]") + _CUE_PARTS[2]
)
#: the role words spelled backwards: the reversed text is scanned for them ~4x faster than the
#: text for CUE_RE (the last characters of role words, 人员者…, are rarer than their first)
_REVERSED_CUES_RE: Final = re.compile(trie_regex({w[::-1] for w in _ALL_CUES}))
_LONGEST_CUE: Final = max(map(len, _ALL_CUES))
#: every character the part of CUE_RE after its role word consists of
_CUE_TAIL: Final = frozenset(" \u3000*＊_：:\t|｜姓名称（()）/／")


def _overlap_offsets(words: set[str]) -> dict[str, tuple[int, ...]]:
    """For each role word, where (relative to its start) a role word that overlaps it in a
    text can start: another role word ``w`` can start ``d`` characters before it where a
    suffix ``w[d:]`` and the word agree on their common length, or ``d`` characters into it
    where the word's suffix and ``w`` agree on theirs (always 0: the word itself)."""
    prefixes = {w[:k] for w in words for k in range(1, len(w) + 1)}
    # a proper suffix of a role word -> how many characters before it the role word starts
    suffixes: dict[str, set[int]] = {}
    for w in words:
        for d in range(1, len(w)):
            suffixes.setdefault(w[d:], set()).add(d)
    starts: dict[str, set[int]] = {w: set() for w in words}
    for w in words:
        for d in range(len(w)):
            tail = w[d:]
            if tail in prefixes or any(tail[:k] in words for k in range(1, len(tail))):
                starts[w].add(d)  # a role word starts with w[d:], or w[d:] with one
        for k in range(1, len(w) + 1):
            starts[w].update(-d for d in suffixes.get(w[:k], ()))  # a suffix is w's prefix
    for suffix, ds in suffixes.items():
        for k in range(1, len(suffix)):
            if suffix[:k] in words:
                starts[suffix[:k]].update(-d for d in ds)  # w is a suffix's prefix
    return {w: tuple(sorted(ds)) for w, ds in starts.items()}


#: where a role word that overlaps a role word in a text can start, relative to it
_OVERLAP_STARTS: Final = _overlap_offsets(set(_ALL_CUES))
#: where a role word that starts inside a role word can start, relative to it
_INNER_STARTS: Final = {w: tuple(d for d in ds if d > 0) for w, ds in _OVERLAP_STARTS.items()}


def cue_matches(text: str) -> list[re.Match[str]]:
    """``CUE_RE.finditer(text)``, tried only around the role words a scan of the reversed text
    found: each role word in the text overlaps one found there, so every match of CUE_RE lies
    in a window from a role word's length before one found to the end of the field labels
    (_CUE_TAIL) that follow it, and starts where a role word overlapping one found can start
    (_OVERLAP_STARTS). Trying CUE_RE at those places only, leftmost first and each after the
    end of the last match, finds what ``finditer`` over each window finds."""
    n = len(text)
    found = [(n - r.end(), n - r.start()) for r in _REVERSED_CUES_RE.finditer(text[::-1])]
    # windows: [start, end, where a match may start, whether the starts need sorting]
    windows: list[list] = []
    for start, end in reversed(found):
        a = start - _LONGEST_CUE + 1
        if a < 0:
            a = 0
        b = end + _LONGEST_CUE
        while b < n and text[b] in _CUE_TAIL:
            b += 1
        offsets = _OVERLAP_STARTS[text[start:end]]
        starts = [start] if offsets == (0,) else [start + d for d in offsets]
        if windows and a <= windows[-1][1]:
            last = windows[-1]
            if b > last[1]:
                last[1] = b
            last[2] += starts
            last[3] = True
        else:
            windows.append([a, b, starts, False])
    cue_re = CUE_DOTTED_RE if any(dot in text for dot in _DOTS) else CUE_RE
    matches = []
    for a, b, starts, merged in windows:
        pos = a
        for p in sorted(starts) if merged else starts:
            if p >= pos and (m := cue_re.match(text, p, b)):
                matches.append(m)
                pos = m.end()
    return matches


#: the last character of a role noun we do not list (目击者, 值守人员, 输液人 …): a name after
#: it is taken when its given name is made of common given-name characters
GENERIC_CUE_RE: Final = re.compile(f"[人者员管客主工属友](?=[{_NAME_START}])")
#: form labels spread out to align (姓　　名：, 当 事 人：, 负　责　人：, 姓 名 / 名 称：)
SPACED_LABEL_RE: Final = re.compile(
    r"(?m)^[ \u3000|*]*((?:[\u4e00-\u9fff][ \u3000]+){1,7}[\u4e00-\u9fff]"
    r"(?:[ \u3000]*[/／][ \u3000]*(?:[\u4e00-\u9fff][ \u3000]*){1,4})?)"
    r"[ \u3000]*[：:|｜\t][ \u3000|｜]*"
)
#: what a spaced label's line has: a space between two CJK characters
SPACED_LABEL_HINTS: Final = tuple(
    re.compile(f"{space}(?<=[\u4e00-\u9fff]{space})[ \u3000]*(?=[\u4e00-\u9fff])")
    for space in (" ", "\u3000")
)
_NAME_FIELD_TAIL: Final = re.compile(r"(?:姓名|名称|[/／（）()])+$")
#: a line that is only a name and a colon: the addressee of a notice (王建国：)
SALUTATION_RE: Final = re.compile(
    r"(?m)^[ \u3000#*]*([\u4e00-\u9fff·](?:[ \u3000]?[\u4e00-\u9fff·]){1,11})"
    # Markdown's bold around the name; details in brackets, brackets in them (辽（2021）…)
    r"[ \u3000*]*(?:[（(](?:[^（()）\n]|[（(][^（()）\n]{0,20}[）)]){0,60}[）)])?"
    r"[ \u3000]*[：:][ \u3000]*$"
)
#: what a line needs for SALUTATION_RE to match it: scanning for these and
#: trying the line-anchored pattern on those lines only is much faster than letting the
#: pattern try every character, and finds the same matches (each hint starts with a literal
#: character, which the regex engine finds fastest)
SALUTATION_HINTS: Final = (re.compile(r"：[ \u3000]*$", re.M), re.compile(r":[ \u3000]*$", re.M))
#: the addressee of a notice on a line of its own after 致 (致：王建国), or at the start of a
#: line that goes on addressing them (王建国：本机关拟对你…, 王建国先生：); a courtesy title
#: after the name is left out
ADDRESSEE_RE: Final = re.compile(
    r"(?m)^[ \u3000#*]*(?:致[ \u3000]*[：:]?[ \u3000]*([\u4e00-\u9fff]{2,4}?)"
    r"[ \u3000]*(?:先生|女士)?[ \u3000]*[：:]?[ \u3000]*$"
    r"|([\u4e00-\u9fff]{2,4}?)[ \u3000]*(?:先生|女士)?[ \u3000]*[：:](?=[^\n]{0,80}你)"
    r"|([\u4e00-\u9fff]{2,4}?)[ \u3000]*(?:先生|女士)[ \u3000]*[：:][ \u3000]*$)"
)
_ADDRESSEE_WORDS: Final = ("致", "你", "先生", "女士")
ADDRESSEE_HINTS: Final = tuple(re.compile(w) for w in _ADDRESSEE_WORDS)
#: up to four CJK characters (text.is_cjk), single spaces between them allowed
_CJK: Final = "[\u4e00-\u9fff\u3400-\u4dbf]"
CJK_RUN_RE: Final = re.compile(f"{_CJK}(?:[ \u3000]?{_CJK}){{0,3}}")
_CJK_WORD_RE: Final = re.compile(f"{_CJK}*")


def _all_cjk(word: str) -> bool:
    """Whether every character of ``word`` is CJK (text.is_cjk); True for ""."""
    return _CJK_WORD_RE.fullmatch(word) is not None


#: a name in Latin letters: two to four parts, accents, apostrophes and hyphens in them, an
#: initial with a dot (Maria GARCIA LOPEZ, O'BRIEN Patrick, Jean-Luc MOREAU, Sergei V.
#: KUZNETSOV, Lucía FERNÁNDEZ; not ×, U+00D7, the mask's character)
_LATIN_UPPER: Final = "A-ZÀ-ÖØ-Þ"
_LATIN_LETTER: Final = "A-Za-zÀ-ÖØ-öø-ÿ"
LATIN_NAME_RE: Final = re.compile(
    f"[{_LATIN_UPPER}][{_LATIN_LETTER}'’-]+"
    f"(?:(?:\\.?[ ]|[.·])[{_LATIN_UPPER}](?:[{_LATIN_LETTER}'’-]+|\\.)?){{1,3}}"
)
AFTER_RE: Final = re.compile(_cue_regex(PRIVATE_AFTER + PUBLIC_AFTER + EVIDENCE_AFTER))
_PUBLIC_AFTER: Final = tuple(PUBLIC_AFTER)
_WEAK_AFTER: Final = ("，系", "，联系电话", "(联系电话", *EVIDENCE_AFTER)
_INTERVIEWED: Final = ("的询问笔录", "的询问（调查）笔录", "的调查笔录")
_EVIDENCE: Final = frozenset(EVIDENCE_AFTER)
DOTTED_END_RE: Final = re.compile(
    r"([\u4e00-\u9fff]{1,8}(?:[-－][\u4e00-\u9fff]{1,8})?"
    r"(?:[·•・‧][\u4e00-\u9fff]{1,10}(?:[-－][\u4e00-\u9fff]{1,10})?){1,3})$"
)
_DOTS: Final = "·•・‧"
_DOT_RE: Final = re.compile(f"[{_DOTS}]")
DOTTED_RE: Final = re.compile(
    r"[\u4e00-\u9fff]{1,8}(?:[-－][\u4e00-\u9fff]{1,8})?"
    r"(?:[·•・‧][\u4e00-\u9fff]{1,10}(?:[-－][\u4e00-\u9fff]{1,10})?){1,3}"
)


def line_matches(
    pattern: re.Pattern[str], hints: tuple[re.Pattern[str], ...], text: str
) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches start at a line start, stay on
    their line and contain a match of one of ``hints``: tried only on the lines with one."""
    lines = sorted(
        {text.rfind("\n", 0, h.start()) + 1 for hint in hints for h in hint.finditer(text)}
    )
    return [m for line in lines if (m := pattern.match(text, line))]


def _ascii_alnum(char: str) -> bool:
    """Whether ``char`` is a Latin letter or a digit (CJK characters are alphanumeric too)."""
    return char.isascii() and char.isalnum()


def _one_dot(name: str) -> str:
    """Minority and foreign names with one kind of middle dot: 买买提•艾力 -> 买买提·艾力."""
    return name.replace("•", "·").replace("・", "·").replace("‧", "·")


def name_like(name: str) -> bool:
    """A name read from running text must have a given name of common given-name characters
    (安排, 花名册, 苗族 start with surnames too); dotted and Latin names pass."""
    if name in _ALL_CUES or name in NOT_NAMES or name.endswith("族"):
        return False  # 妻子, 儿子 (kinship words), 苗族
    if "·" in name or not is_cjk(name[0]):
        return True
    if name[:2] in MINORITY_HEADS and minority_name(name) == len(name):
        return True
    given = name[2:] if name[:2] in COMPOUND and len(name) > 2 else name[1:]
    return bool(given) and GIVEN.issuperset(given)


#: given-name characters that are also function characters (月, 年): they end a name in
#: running text (王五月底) unless a delimiter follows the name (上官月（, 尉迟月胜，)
_GIVEN_AND_NOT: Final = GIVEN & NOT_GIVEN


def _given_length(text: str, word: str, ends: list[int], surname: int) -> int:
    """How many characters of ``word`` after its surname are its given name (0 to 2)."""
    given = 0
    for c in word[surname : surname + 2]:
        if c in NOT_GIVEN:
            break
        given += 1
    for length in (2, 1):
        if length <= given or len(word) < surname + length:
            continue
        chars = word[surname : surname + length]
        after = ends[surname + length - 1]
        if (
            all(c not in NOT_GIVEN or c in _GIVEN_AND_NOT for c in chars)
            and _ends_name(text, after)
            # 张三来到…: 来 starts a word with what follows (舒来华系…, 邓芬来等… end there)
            and not (chars[-1] in _GIVEN_AND_NOT and chars[-1] + text[after : after + 1] in words())
        ):
            return length
    if given == 2 and len(word) >= surname + 2:
        # 欧阳芳发生争执: 发 starts the next word (发生) rather than ending the name, when what
        # follows it is no word by itself (生争; but 李建国家中: 家中 is)
        after = ends[surname + 1]
        dictionary = words()
        if (
            # a function character ends a name (夏冬宇称, 端木卿勇于现场, 袁慧美的证言: 宇称,
            # 勇于, 美的 are words too) unless it ends a verb that follows names (尹霞通过…)
            (
                text[after : after + 1] not in NOT_GIVEN
                or word[surname + 1] + text[after : after + 1] in _VERBS_ENDING_NOT_GIVEN
            )
            and word[surname + 1] + text[after : after + 1] in dictionary
            and text[after : after + 2] not in dictionary
            and word[surname : surname + 2] not in dictionary
            and word[: surname + 1] not in dictionary  # 当事人安全管理人员: 安全 is no name
        ):
            return 1
    return given


#: verbs that follow names and end with a function character (NOT_GIVEN)
_VERBS_ENDING_NOT_GIVEN: Final = frozenset(
    ("通过", "超过", "路过", "收到", "看到", "来到", "找到", "达到", "遇到", "接到", "听到")
    + ("提到", "受到", "得到", "做到", "赶到", "回到", "拿到", "见到", "转过", "跑到")
)


def _ends_name(text: str, end: int) -> bool:
    """Whether a name can end at ``end``: a delimiter, a function character or a verb
    follows."""
    nxt = text[end : end + 1]
    return not nxt or not is_cjk(nxt) or nxt in NOT_GIVEN or text.startswith(VERBS, end)


def _given_ok(chars: str) -> bool:
    return _all_cjk(chars) and NOT_GIVEN.isdisjoint(chars)


#: the label of a person's next field on a form line, after a space (…刘强 性别：男)
FIELD_LABEL_RE: Final = re.compile(
    "[ \u3000]+(?:性别|民族|年龄|出生|身份|公民|证件|现?住|户籍|地址|联系|电话|手机|职业|职务|"
    "工作|国籍|籍贯|文化|学历|驾驶|准驾|车牌|号牌|档案|邮|政治面貌|婚姻)"
    "[\u4e00-\u9fff]{0,5}(?:[ \u3000]*[：:]|[ \u3000]+)"  # 性别：男, or 性别 男
)


def _field_name_ok(word: str, surname: int) -> bool:
    """Whether a field value (当事人：张有才) has a name's length and form."""
    return (
        2 <= len(word) <= (4 if surname == 2 else 3)
        and word not in NOT_NAMES
        and "某" not in word
        and bool(surname or _given_ok(word))
    )


def parse_name_at(
    text: str, pos: int, delimited: bool, listed: bool = False
) -> tuple[str, int] | None:
    """The name starting at ``pos`` and where it ends, or None.

    ``delimited``: a field value (当事人：…) that must end at a delimiter, so a company
    name that happens to start with a surname is not cut into a name.
    """
    if (latin := LATIN_NAME_RE.match(text, pos)) and (
        delimited or not _ascii_alnum(text[latin.end() : latin.end() + 1])
    ):
        return latin.group(), latin.end()  # Maria Garcia Lopez（西班牙籍…
    m = DOTTED_RE.match(text, pos)
    if m and text[pos] not in NOT_FIRST and text[pos] not in _NOT_IN_DOTTED:
        end = m.end()
        # the last part ends before a function character or a verb (道列特·努尔兰诺夫经霍尔
        # 果斯…, 约翰·史密斯担任翻译…: 经, 担 start the rest of the sentence)
        last = max(text.rfind(d, pos, end) for d in _DOTS) + 2  # (one character at least)
        while last < end and text[last] not in NOT_GIVEN and not text.startswith(VERBS, last):
            last += 1
        end = min(end, last)
        while text[end - 1] in _DOTTED_TAIL and text[end - 2] not in "·•・‧":
            end -= 1  # 阿依古丽·买买提等5人: the name ends before 等
        return _one_dot(text[pos:end]), end
    if text[pos : pos + 2] in MINORITY_HEADS:
        length = minority_name(text[pos : pos + 8])
        if length > 4 and _ends_name(text, pos + length):
            return text[pos : pos + length], pos + length  # 努尔古丽艾买提: longer than a run
    run = CJK_RUN_RE.match(text, pos)
    if not run:
        return None
    parsed = _parse_run(text, pos, delimited, run.group(), listed)
    end = run.end()
    if (
        end < len(text)
        and text[end] in "\r\n"
        and (parsed is None or parsed[1] == end)
        and end - text.rfind("\n", 0, end) > WRAPPED_LINE
    ):
        # a PDF wrapped the line inside the name (陈\n佳豪): read on past the break
        joined = WRAPPED_RUN_RE.match(text, pos)
        if joined and joined.end() > end:
            longer = _parse_run(text, pos, delimited, joined.group(), listed)
            if longer and longer[1] > end:
                return longer
    return parsed


#: a line longer than this that ends inside a name was wrapped, not ended by the writer
WRAPPED_LINE: Final = 16
WRAPPED_RUN_RE: Final = re.compile(f"{_CJK}(?:(?:[ \u3000]|\r?\n[ \u3000]*)?{_CJK}){{0,3}}")
_GAPS: Final = " \u3000\r\n"


def _parse_run(
    text: str, pos: int, delimited: bool, word: str, listed: bool = False
) -> tuple[str, int] | None:
    """parse_name_at for the run of CJK characters ``word`` (spaces or a line break between
    them) found at ``pos``; ``listed``: the name follows another in a list (、于娜), where a
    surname that is also a preposition (于, 和, 向) starts a name."""
    if not word.isalpha():  # CJK characters are letters; spaces and line breaks are not
        ends = [pos + k + 1 for k, c in enumerate(word) if c not in _GAPS]
        word = "".join(c for c in word if c not in _GAPS)
    else:
        ends = list(range(pos + 1, pos + len(word) + 1))
    surname = 2 if word[:2] in COMPOUND else (1 if word[0] in SINGLE else 0)
    if (
        word[:2] in MINORITY_HEADS
        and (length := minority_name(word))
        and _ends_name(text, ends[length - 1])
    ):
        return word[:length], ends[length - 1]  # 次仁多吉, 斯琴高娃: no surname
    if len(ends) > 1 and ends[-1] - pos > len(word):
        # a form line with one space between fields (被处罚人：刘强 性别：男): the name ends
        # at the space before the next field's label
        for k in range(len(word) - 1, 1, -1):
            end = ends[k - 1]
            if text[end] in " \u3000" and FIELD_LABEL_RE.match(text, end):
                if _field_name_ok(word[:k], surname):
                    return word[:k], end
                break
    following = ends[-1] < len(text) and text[ends[-1]] or ""
    if delimited:
        # a field value (当事人：张有才，) is a name when it has a name's length: no need to
        # guess where it ends, and given names may use any character (有, 和, 为 …)
        if not is_cjk(following) and _field_name_ok(word, surname):
            return word, ends[-1]
        if not surname or len(word) <= (4 if surname == 2 else 3):
            return None
    if not surname or (surname == 1 and word[0] in NOT_FIRST and not listed):
        return None
    given = _given_length(text, word, ends, surname)
    if given == 0:
        return None
    if given == 2 and not delimited and text.startswith(VERBS, ends[surname]):
        given = 1  # 调度员范咏安排出车: 范咏, then 安排
    length = surname + given
    end = ends[length - 1]
    following = text[end] if end < len(text) else ""
    if word[:length] in NOT_NAMES or word in NOT_NAMES:
        return None
    if following in PLACE_SUFFIXES or (delimited and is_cjk(following)):
        return None
    return word[:length], end


def _names_after_cue(text: str, pos: int, delimited: bool) -> list[tuple[str, int, int]]:
    """Names at ``pos`` and the ones listed after it (…人员甲、乙和丙等3人, 游客甲，乙及丙):
    after 、和及与 any name, after a comma one that goes on with the list."""
    out: list[tuple[str, int, int]] = []
    listed = False
    while True:
        if listed and text[pos - 1] in "，," and text[pos : pos + 1] not in _LIST_ITEM_START:
            return out  # 张三，男，…: no name after the comma (checked first: it is common)
        parsed = parse_name_at(text, pos, delimited, listed)
        if not parsed and not listed and not delimited and text[pos : pos + 1] in _PREPOSITIONS:
            # right after a role word 于, 和, 向 … may be a surname (零工于玉未提供…)
            parsed = parse_name_at(text, pos, delimited, listed=True)
            if parsed and not (name_like(parsed[0]) and _ends_name(text, parsed[1])):
                parsed = None
        if (
            not parsed
            and _MASK_MARKS.intersection(text[pos + 1 : pos + 3])
            and (masked := _MASKED_RE.match(text, pos))
        ):
            parsed = None  # a person the text names by a masked form already (蒋某3、其其格)
            if sep := _LIST_SEPARATOR.match(text, masked.end()):
                pos, listed = sep.end(), True
                continue
        if not parsed:
            return out
        name, end = parsed
        if listed and text[pos - 1] in "，," and not text.startswith(_LIST_GOES_ON, end):
            return out  # 证人张三，周一到店: a comma ends the list unless it goes on
        out.append((name, pos, end))
        if text[end : end + 1] not in _LIST_FIRST:
            return out
        sep = _LIST_SEPARATOR.match(text, end)
        if not sep:
            return out
        pos, listed = sep.end(), True


#: surnames that are also prepositions or conjunctions (NOT_FIRST)
_PREPOSITIONS: Final = frozenset(NOT_FIRST & SINGLE)
#: a name masked already (张某, 欧阳某2, 李××)
_MASKED_RE: Final = re.compile("[\u4e00-\u9fff]{1,2}(?:某|××?)[0-9]?")
_MASK_MARKS: Final = frozenset("某×")
#: what a name in a list can start with (a surname, a minority name's part, a Latin letter)
_LIST_ITEM_START: Final = (
    frozenset(_NAME_START)
    | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    | {p[0] for p in MINORITY_PARTS}
)
#: what stands between the names of a list, and what shows a list goes on after a name
_LIST_FIRST: Final = frozenset("、，,和及与以")
_LIST_SEPARATOR: Final = re.compile("[、，,和及与]|以及")
_LIST_GOES_ON: Final = ("、", "和", "及", "与", "以及", "等", "（", "(")


#: words that follow a two-character name whose first character a three-character reading
#: took (其子侯涵结婚, 其父亲常霞名下)
_AFTER_TWO: Final = (*VERBS, "名下", "结婚", "所有", "家中", "名义", "本人", "父亲", "母亲")
_NOT_IN_DOTTED: Final = "人员者籍的是为在与和及、，以由从被将对向其中经并且"
#: characters that end the words after a dotted name, not the name (…买买提等, …艾力称)
_DOTTED_TAIL: Final = frozenset("等的称在与和及于将已为是系")


def _name_before(text: str, q: int) -> str | None:
    """The name that ends at ``q`` (right before a person cue)."""
    if q and text[q - 1].isascii() and text[q - 1].isalpha():
        latin = _LATIN_NAME_END_RE.search(text, max(0, q - 60), q)
        return latin.group() if latin else None  # 1. SMITH John Michael，男，…
    window = max(0, q - 30)
    m = DOTTED_END_RE.search(text, window, q) if _DOT_RE.search(text, window, q) else None
    if m:
        name = _one_dot(m.group(1))
        first = name.split("·")[0]
        cues = list(_ANY_CUE_RE.finditer(first))
        cut = max([cues[-1].end()] if cues else [0])
        # …籍人员约翰·威廉姆斯: a personal name has none of these before its dot
        cut = max(cut, *(first.rfind(c) + 1 for c in _NOT_IN_DOTTED))
        return name[cut:]  # 驾驶员买买提·艾力 -> 买买提·艾力
    for length in (4, 3, 2):
        start = q - length
        if start < 0:
            continue
        word = text[start:q]
        if not _all_cjk(word):
            continue
        if (
            word[:2] in MINORITY_HEADS
            and minority_name(word) == length
            and _boundary_before(text, start)
        ):
            return word  # 2、吉克阿依，女，
        surname = 2 if word[:2] in COMPOUND else (1 if word[0] in SINGLE else 0)
        if not surname:
            continue
        if (
            surname == 1
            and word[0] in NOT_FIRST
            and not _cue_ends_at(text, start - 8, start)
            and not _ITEM_START_RE.search(text, max(0, start - 6), start)
        ):
            # 对王五（身份证…: 对 is not the surname; 承包人向欣凤（手机…, 5. 时润根，男: it is
            continue
        given = word[surname:]
        if not 1 <= length - surname <= 2 or not _all_cjk(given):
            continue
        if not NOT_GIVEN.isdisjoint(given[:-1]) or (
            given[-1] in NOT_GIVEN and given[-1] not in _GIVEN_AND_NOT
        ):
            continue  # the name ends here, so 月 may end it (万强月，女)
        if length == 4 and surname == 1:
            continue
        if word in NOT_NAMES or text[max(0, start - 3) : start] in ("职务：", "职务:"):
            continue
        if _boundary_before(text, start):
            return word
    for length in (3, 2):  # a surname missing from the list, right after a role word
        word = text[q - length : q]
        if (
            len(word) == length
            and _given_ok(word)
            and word not in NOT_NAMES
            and _cue_ends_at(text, q - length - 8, q - length)
            and text[max(0, q - length - 1) : q - length] not in "：:"
        ):
            return word
    return None


_PUBLIC_END_RE: Final = re.compile(f"(?:{_cue_regex(PUBLIC)})$")
_COUNTRY_END_RE: Final = re.compile(f"(?:{trie_regex(set(COUNTRIES))})$")
#: the start of a list's item or a line right before a name (5. 时润根，…; （三）于娜，…)
_ITEM_START_RE: Final = re.compile(
    r"(?:^|\n|[0-9０-９]+[.．、]|[（(][0-9一二三四五六七八九十]+[）)])[ \u3000]*$"
)
_ANY_CUE_RE: Final = re.compile(_cue_regex(tuple(_ALL_CUES)))
_CUE_END_RE: Final = re.compile(f"(?:{_cue_regex(tuple(_ALL_CUES))}|[：:])[ \u3000]*$")
#: the same, read backwards from where it ends (one match instead of a search)
_CUE_END_REVERSED_RE: Final = re.compile(
    f"[ \u3000]*(?:{trie_regex({w[::-1] for w in _ALL_CUES})}|[：:])"
)


def _cue_ends_at(text: str, start: int, end: int) -> bool:
    """Whether a role word or a colon (and spaces) inside ``text[start:end]`` ends at ``end``:
    ``_CUE_END_RE.search(text, start, end)``."""
    return _CUE_END_REVERSED_RE.match(text[max(0, start) : end][::-1]) is not None


def _boundary_before(text: str, start: int) -> bool:
    """A name starts after a delimiter, a role word or a function character (…对王五（…)."""
    if start == 0:
        return True
    prev = text[start - 1]
    if prev in DELIMITERS or not is_cjk(prev) or prev in NOT_FIRST or prev in NOT_GIVEN:
        return True
    return _cue_ends_at(text, start - 8, start)


#: what a person's name is followed by where the text goes on about them
_CONFIRMING: Final = re.compile(
    r"[（(，,]?(?:称|说|表示|陈述|承认|确认|证实|签字|签收|（身份证|，男|，女|（男|（女)"
)


def _confirmed(text: str, name: str, end: int) -> bool:
    """Whether a three-character name read after a role word (受害人石秋实车辆…), whose
    given name has rarer characters, is a name: another mention of it is followed by what
    follows names (石秋实称…, 石秋实（身份证…)."""
    if len(name) != 3 or name[:2] in COMPOUND:
        return False
    i = text.find(name)
    while i >= 0:
        if i + 3 != end and _CONFIRMING.match(text, i + 3) and _boundary_before(text, i):
            return True
        i = text.find(name, i + 1)
    return False


def _field_role(text: str, cue: str, pos: int) -> str:
    """The role a role word gives the name in its field: the 负责人 of a sole trader
    (个体工商户) is the natural person who runs it, not an organisation's public officer."""
    role = _ALL_CUES[cue]
    if cue == "负责人" and _SOLE_TRADER_RE.search(text, max(0, pos - 600), pos + 200):
        return "other"
    return role


_SOLE_TRADER_RE: Final = re.compile(
    "个体工商户|个体户|个体经营|(?<!有限)(?<!公司)(?:商行|经营部|门市部|小卖部)(?![\u4e00-\u9fff])"
)
#: a form's note that the 负责人 is the operator (负责人（经营者）：)
_OPERATOR_NOTE: Final = re.compile("经营者|业户|个人|自然人")
#: what follows a person's name where a business is named after them (吕怡永诊所, 王五商行)
_NAMED_AFTER_RE: Final = re.compile(
    "(?:诊所|门诊部|卫生室|商行|商店|经营部|门市部|小卖部|便利店|超市|饭店|餐馆|餐厅|食堂|"
    "工作室|维修部|修理厂|加工厂|养殖场|种植场|农场|家庭农场|服装店|理发店|药店)"
)


def _business_named_after(text: str, name: str) -> bool:
    """Whether a business in ``text`` is named after the person ``name`` (吕怡永诊所)."""
    return any(_NAMED_AFTER_RE.match(text, i + len(name)) for i in find_all(text, name))


#: a line that starts (after what on_public_line skips at a line's start) with a label of the
#: agency's contact line: on_public_line can be true only on such a line or up to
#: WRAPPED_LINES lines below it (or where a label is stretched with stars)
_PUBLIC_LINE_HEAD: Final = f"[{re.escape(_LINE_NOISE)}]*{trie_regex(PUBLIC_LINE_STARTS)}"
_PUBLIC_LINE_RE: Final = re.compile("\n" + _PUBLIC_LINE_HEAD)  # a literal first: scanned fast
_PUBLIC_LINE_AT_0_RE: Final = re.compile(_PUBLIC_LINE_HEAD)


def public_line_starts(text: str) -> list[int] | None:
    """Where the lines start that begin with a label of the agency's contact line, in order;
    None where the text has a star (on_public_line also reads labels stretched with stars)."""
    if "*" in text:
        return None
    starts = [0] if _PUBLIC_LINE_AT_0_RE.match(text) else []
    starts += [m.start() + 1 for m in _PUBLIC_LINE_RE.finditer(text)]
    return starts


def _maybe_public_line(text: str, pos: int, starts: list[int] | None) -> bool:
    """``on_public_line(text, pos, PUBLIC_LINE_STARTS)``, not called where no line that
    starts with a contact label (``starts``, from :func:`public_line_starts`) is ``pos``'s
    line or one of the WRAPPED_LINES lines above it. This follows how on_public_line reads
    lines (text.py): a change there needs one here."""
    if starts is not None:
        i = bisect_right(starts, pos)
        if not i or text.count("\n", starts[i - 1], pos) > WRAPPED_LINES:
            return False
    return on_public_line(text, pos, PUBLIC_LINE_STARTS)


def _cue_seeds(
    text: str, m: re.Match[str], read_at: set[int], public_lines: list[int] | None = None
) -> list[_Seed]:
    """The names a match of CUE_RE points at, with their roles; where a name was read right
    after the role word goes into ``read_at``. ``public_lines``: what
    :func:`public_line_starts` gives for ``text``, if known."""
    seeds = []
    role = _ALL_CUES[m.group(1)]
    delimited = bool(m.group(2).strip())
    if m.end() == m.end(1):
        read_at.add(m.end())
    if role != "public" and _maybe_public_line(text, m.start(), public_lines):
        role = "public"
    elif m.group(1) == "负责人" and not delimited:
        role = "other"  # an organisation's 负责人： is public; a shop's 负责人王五 is not
    elif m.group(1) == "负责人":
        role = _field_role(text, m.group(1), m.start())
        if _OPERATOR_NOTE.search(m.group(2)):
            role = "other"  # 负责人（经营者）：…: the natural person who runs it
    elif m.group(1) in _CONTACTS and m.start() < _header_end(text):
        role = "other"  # 联系人：… in the party's header: the party's own contact, a person
    elif (
        role == "party"
        and not delimited
        and m.group(1) not in _NARRATIVE_PARTY
        and m.start() > _header_end(text)
        and text[text.rfind("\n", 0, m.start(1)) + 1 : m.start(1)].strip(_LINE_NOISE)
    ):
        # 邻店店主欧阳小红 in the body: a shop's owner, not the penalised party (the header's
        # …个体工商户，经营者林生花, and 经营者 王五 at a line's start, a form's field, are)
        role = "other"
    named = _names_after_cue(text, m.end(), delimited)
    bounded = None
    if (
        not delimited
        and role != "public"
        and (not named or named[0][1] != m.end() or not name_like(named[0][0]))
    ):
        bounded = _bounded_name(text, m.end())  # (only where the rules above read no name)
    if bounded and not any(start == m.end() for _, start, _ in named):
        named = [(bounded, m.end(), m.end() + len(bounded))]
    for name, start, end in named:
        in_list = start > m.end() and text.startswith(_LIST_GOES_ON, end)
        if bounded and start == m.end() and not name_like(name):
            name, end = bounded, start + len(bounded)  # 消费者宋词购买…: a word, then a verb
        elif not (delimited or in_list or name_like(name) or _confirmed(text, name, end)):
            if not (
                len(name) == 3
                and name[:2] not in COMPOUND
                and text.startswith(_AFTER_TWO, end - 1)
                and name_like(name[:2])
            ):
                continue  # 当事人安排…, 从业人员花名册: words, not names
            name, end = name[:2], end - 1  # 其子侯涵结婚: 侯涵, then 结婚
        if not delimited and _not_a_name_word(name):
            continue  # 当事人常年在…: an adverb the dictionary knows
        if (
            m.group(1) == "负责人"
            and role == "other"
            and not delimited
            and _TITLE_AFTER_RE.match(text, end)
            and _ORG_PARTY_RE.search(text, 0, m.start())
        ):
            role = "public"  # 负责人简亮眉，经理: a company branch's registered head
        if role == "public" and m.group(1) == "负责人" and _business_named_after(text, name):
            role = "other"  # 吕怡永诊所 … 负责人：吕怡永: a business named after who runs it
        # a private role word right before a name (游客万里投诉…) says who the person is, as a
        # field does: private even where an officer of the roster has the same name
        seeds.append(_field_seed(text, m.group(1), name, end, role, True))
    return seeds


#: a position after a name and a comma (…负责人简亮眉，经理。)
_TITLE_AFTER_RE: Final = re.compile(
    "[，,](?:总经理|副总经理|经理|店长|厂长|主任|执行董事|董事长|负责人)[。，,；;）)]"
)
#: a company named before (a branch, a limited company): its 负责人 is a public officer
_ORG_PARTY_RE: Final = re.compile("有限公司|分公司|有限责任公司|股份公司|集团")


def _not_a_name_word(word: str, classes: str = "dcpurf") -> bool:
    """Whether ``word`` is a word of the dictionary of a part of speech no name is (by default
    an adverb, a conjunction, a preposition …: 常年; names may be nouns, numerals, verbs or
    adjectives: 宋词, 万里, 立新, 严明)."""
    kind = word_class(word)
    return bool(kind) and kind[0] in classes


#: words that start the body of a decision (the facts found): the party's header is above
_BODY_WORDS: tuple[str, ...] = (
    "经查",
    "查明",
    "本机关",
    "本局",
    "执法人员",
    "检查",
    "调查",
    "举报",
    "投诉",
)
_BODY_WORDS += ("\n    ", "\n\u3000\u3000", "\n\t", "你", "如下")  # (an indented paragraph)


@lru_cache(maxsize=4)
def _header_end(text: str) -> int:
    """Where the body of ``text`` starts at the earliest (the first of _BODY_WORDS)."""
    return min((i for w in _BODY_WORDS if (i := text.find(w)) >= 0), default=len(text))


#: role words that name the penalised party in running text too (当事人王五于…); the other
#: party words (店主, 经营者, 所有人 …) do so only in a field (经营者：王五)
_NARRATIVE_PARTY: Final = frozenset(("当事人", "被处罚人", "违法行为人", "受处罚人", "行政相对人"))


#: what follows a person's name for certain: a verb a person does, or (where the name is no
#: word of the dictionary: 权益（ is not a name) a bracket or a comma
_NAME_VERBS: tuple[str, ...] = (
    *VERBS,
    "操作",
    "作业",
    "施工",
    "未按",
    "未经",
    "未取得",
    "未办理",
    "未持",
)
_NAME_VERBS += ("未如实", "未佩戴", "见执法", "在现场", "到店", "自称")
_NAME_PUNCT: Final = ("（", "(", "，", ",")
#: what ends the name of a group or a place, not a person's (村民小组（, 消费者协会，)
_NOT_NAME_END: Final = frozenset("组会部处所队站区科室厂店司局院")


def _followed_by(text: str, pos: int, words: tuple[str, ...]) -> bool:
    """``text.startswith(words, pos)``, also across a PDF's line wrap (反\n映)."""
    if text.startswith(words, pos):
        return True
    ahead = text[pos : pos + 12]
    return "\n" in ahead and unwrapped(ahead).startswith(words)


def _bounded_name(text: str, pos: int) -> str | None:
    """A name right after a private role word that the rules of parse_name_at do not read (its
    given name is a word, or has a function character: 消费者宋词购买…, 车主唐和平（…, 医师
    田野未按…): a surname and one or two characters, then a bracket, a comma or a verb."""
    surname = 2 if text[pos : pos + 2] in COMPOUND else 1
    if surname == 1 and (text[pos : pos + 1] not in SINGLE or text[pos] in _NOT_BOUNDED_FIRST):
        return None
    for given in (2, 1):
        word = text[pos : pos + surname + given]
        if len(word) < surname + given or not _all_cjk(word):
            continue
        after = pos + len(word)
        kind = word_class(word)
        if kind and kind not in _NAME_LIKE_CLASSES:
            continue  # 当事人能够提供…, 当事人车间操作工…: a verb, a common noun, not a name
        if not (
            _followed_by(text, after, _NAME_VERBS)
            or (text.startswith(_NAME_PUNCT, after) and not kind)
        ):
            continue
        if (
            word[-1] not in _NOT_NAME_END
            and not _STOP_GIVEN.intersection(word[surname:])
            and word not in NOT_NAMES
            and word not in _ALL_CUES
            and word not in _NAME_VERBS  # 当事人安排未取得…: a verb
            and not word.endswith(_TITLES)  # 厨师刘师傅称: a form of address
        ):
            return word
    return None


#: the parts of speech of the dictionary's words that may be a person's name after a role word
#: (宋词, 田野, 白云 are tagged names, 和平 nz, 建国 ns; 车间 n, 能够 v are no names)
_NAME_LIKE_CLASSES: Final = frozenset(("nr", "nrfg", "nrt", "nz", "ns"))
#: what does not start a name right after a role word: a preposition, 方 (货主方现场…: the
#: cargo owner's side)
_NOT_BOUNDED_FIRST: Final = NOT_FIRST | {"方"}
#: a surname and one of these is a form of address (刘师傅, 王老板), not a name
_TITLES: Final = ("师傅", "老板", "经理", "主任", "老师", "大姐", "大哥", "阿姨", "老", "总")
#: function characters no given name has (和 has: 唐和平)
_STOP_GIVEN: Final = frozenset(
    "的了着过在从于将已等向因被与及或是为也并所把让给到由自经即曾都就还称系某"
)


def _field_seed(text: str, cue: str, name: str, end: int, role: str, strong: bool) -> _Seed:
    """The seed for a name read after a role word: public when an officer's certificate or
    a lawyer's firm follows it (委托代理人：李明，某某律师事务所律师); a contact (联系人,
    经办人) is public unless the text names them as a private person elsewhere."""
    lawyer = cue in ("委托代理人", "代理人") and "律师" in text[end : end + 30].split("\n")[0]
    if role != "public" and (text.startswith(_PUBLIC_AFTER, end) or lawyer):
        return _Seed(name, "public")
    if role == "public" and cue in _CONTACTS:
        return _Seed(name, CONTACT)  # (a party's own contact is read by _cue_seeds)
    return _Seed(name, role, strong and role != "public")


#: role words for the person to contact: the agency's officer, or the party themselves
_CONTACTS: Final = frozenset(("联系人", "经办人"))
CONTACT: Final = "contact"


#: a table column of people's names (other than one headed by a role word)
_NAME_COLUMNS: Final = frozenset(("姓名", "姓名/名称", "名称/姓名", "姓名（名称）", "名字"))


@lru_cache(maxsize=4)
def wraps(text: str) -> tuple[tuple[int, int], ...]:
    """Where a PDF wrapped a long line between two CJK characters: the end of the line (its
    \r or \n) and the start of the next line's text."""
    if "\n" not in text:
        return ()
    found = []
    for m in BROKEN_CJK_RE.finditer(text):
        cut = m.start() - (text[m.start() - 1] == "\r")
        if cut - text.rfind("\n", 0, cut) > WRAPPED_LINE:  # a short line ended by the writer
            found.append((cut, m.end()))
    return tuple(found)


def _in_title(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a title in 《》 (a statute, a document)."""
    opened = text.rfind("《", max(0, pos - 40), pos)
    return opened >= 0 and text.find("》", opened, pos) < 0


#: who acts for whom: 汪建华受金星委托…, 委托郑来福（其子）办理…
_MANDATED_BY_RE: Final = re.compile("受([^，。；、\n]{2,6}?)委托")
_MANDATES_RE: Final = re.compile(
    "委托([^，。；、\n（(]{2,5}?)(?:[（(][^）)\n]{1,10}[）)])?(?:代为|代理|办理|处理|签收|到场|领取|前来)"
)


def _mandates(text: str) -> list[_Seed]:
    """The people of a mandate (an agent and whom they act for), where no role word names
    them: private (the agency's officers act for no one)."""
    seeds = []
    for m in _MANDATED_BY_RE.finditer(text):
        for name in (_name_before(text, m.start()), _whole_name(text, *m.span(1))):
            if name and name not in NOT_NAMES and name not in _ALL_CUES:
                seeds.append(_Seed(name, "other"))
    for m in _MANDATES_RE.finditer(text):
        name = _whole_name(text, *m.span(1))
        if name and name not in NOT_NAMES and name not in _ALL_CUES:
            seeds.append(_Seed(name, "other"))
    return seeds


#: a foreign person's name in two scripts, one in brackets after the other: Natalia KIM（娜塔
#: 莉亚·金）, 伊琳娜·库兹米娜（KUZMINA Irina，…）
_BRACKET_RE: Final = re.compile("[（(]")
_BRACKET_END: Final = frozenset("）)，,")


def _bilingual(text: str) -> list[_Seed]:
    """Both names of a foreign person named in Latin letters and in Chinese: a person (read
    at each bracket: a scan for the names themselves would try every character)."""
    seeds = []
    for m in _BRACKET_RE.finditer(text):
        inside = m.end()
        if (latin := LATIN_NAME_RE.match(text, inside)) and text[
            latin.end() : latin.end() + 1
        ] in _BRACKET_END:
            # 伊琳娜·库兹米娜（KUZMINA Irina，…: the dotted name cut as _name_before does
            name = _name_before(text, m.start())
            if name and "·" in name:
                seeds += [_Seed(name, "other"), _Seed(latin.group(), "other")]
        elif is_cjk(text[inside : inside + 1] or "a") and (
            parsed := parse_name_at(text, inside, delimited=True)
        ):
            name, end = parsed
            if "·" in name and text[end : end + 1] in _BRACKET_END:
                # Natalia KIM（娜塔莉亚·金）
                before = _LATIN_NAME_END_RE.search(text, max(0, m.start() - 60), m.start())
                if before:
                    seeds += [_Seed(name, "other"), _Seed(before.group(), "other")]
    return seeds


#: a name masked already, then a list goes on (招收景某、高某、时艳向、舒某一等…)
_MASKED_THEN_RE: Final = re.compile("某[0-9]?(?:[（(][^（()）\n]{0,12}[）)])?、")
_ITEM_ENDS: Final = frozenset("、，,等（(")


def _listed_after_masked(text: str) -> list[_Seed]:
    """Names in a list among names masked already: the list names people."""
    seeds = []
    for m in _MASKED_THEN_RE.finditer(text):
        if not _MASKED_RE.match(text, max(0, m.start() - 2)) and not _MASKED_RE.match(
            text, max(0, m.start() - 1)
        ):
            continue
        # an item up to the next 、 (时艳向、), or a name that ends before 等 or a bracket
        for delimited in (True, False):
            parsed = parse_name_at(text, m.end(), delimited=delimited, listed=True)
            if parsed and text[parsed[1] : parsed[1] + 1] in _ITEM_ENDS:
                name = parsed[0]
                if name not in NOT_NAMES and name not in _ALL_CUES and "某" not in name:
                    seeds.append(_Seed(name, "other"))
                break
    return seeds


def _whole_name(text: str, start: int, end: int) -> str | None:
    """The name ``text[start:end]`` is, when all of it is one."""
    word = text[start:end]
    surname = 2 if word[:2] in COMPOUND else (1 if word[:1] in SINGLE else 0)
    if surname and _all_cjk(word) and _field_name_ok(word, surname):
        return word  # 受金星委托: a name, even where it is a word
    parsed = parse_name_at(text, start, delimited=True)
    return parsed[0] if parsed and parsed[1] == end else None


#: a line that names the officers (text.on_officers_line's label at a line's start)
_OFFICERS_LINE_RE: Final = re.compile("\n" + OFFICERS_AT.pattern)  # (a literal first: fast)
#: a run of CJK characters that stands alone (between spaces, numbers or punctuation)
_TOKEN_RE: Final = re.compile("(?<![\u4e00-\u9fff·])[\u4e00-\u9fff·]{2,5}(?![\u4e00-\u9fff·])")


def _officers_on_their_line(text: str) -> list[_Seed]:
    """Every name on the line naming the officers, also where numbers and spaces part them
    (执法人员：汪蓉晗　湘43105551　　倪娅倩　湘43564950): public."""
    if "执法" not in text and "办案" not in text and "承办" not in text:
        return []
    seeds = []
    first = OFFICERS_AT.match(text)
    for m in ([first] if first else []) + list(_OFFICERS_LINE_RE.finditer(text)):
        end = text.find("\n", m.end())
        line = text[m.end() : end if end >= 0 else len(text)].split("。")[0]
        if " " not in line and "\u3000" not in line and "\t" not in line:
            continue  # names listed with 、 or brackets: the role word's rules read them all
        if person := person_words().search(line):
            line = line[: person.start()]
        for token in _TOKEN_RE.finditer(line):
            parsed = parse_name_at(text, m.end() + token.start(), delimited=True)
            if parsed and parsed[1] == m.end() + token.end():
                seeds.append(_Seed(parsed[0], "public"))
    return seeds


def _seeds_across_wraps(text: str) -> list[_Seed]:
    """Names after a role word that a PDF's line wrap cut (其\n子严宇, 消费者\n陈佳豪): the
    two sides of each wrap of a long line are read as one."""
    seeds: list[_Seed] = []
    for cut, after in wraps(text):
        before = text[max(text.rfind("\n", 0, cut) + 1, cut - _LONGEST_CUE) : cut]
        joined = before + text[after : after + 20].split("\n")[0]
        for cue in CUE_RE.finditer(joined):
            if cue.start(1) < len(before) <= cue.end():
                seeds += _cue_seeds(joined, cue, set())
    return seeds


def find_seeds(text: str, allow: frozenset[str]) -> list[_Seed]:
    """Every name the role words and person cues point at, with its role."""
    seeds: list[_Seed] = [_Seed(n, "public") for n in allow]
    # where a listed role word was read right before a name: a generic one (below) ending
    # there would read the same name again and add nothing
    read_at: set[int] = set()
    # where listed role words start and end, in order (车间主任: its 主 is no generic cue)
    cue_starts: list[int] = []
    cue_ends: list[int] = []
    public_lines = public_line_starts(text)
    for m in cue_matches(text):
        cue_starts.append(m.start(1))
        cue_ends.append(m.end(1))
        if "|" in text[m.start() : m.end()] and in_header(text, m.start()):
            continue  # | 姓名 | 性别 |: the labels of a table's columns
        if _in_title(text, m.start()):
            continue  # 《消费者权益保护法》: a statute's title, not a person
        found = _cue_seeds(text, m, read_at, public_lines)
        # a longer role word can hide a shorter one that overlaps it: 当事人之|子胡某,
        # 其妻|子李某 (当事人之, 其妻 are role words too, and 子 can start a name); only
        # where a role word can start inside it (_INNER_STARTS) can CUE_RE match
        for d in _INNER_STARTS[m.group(1)] if not found else ():
            shorter = CUE_RE.match(text, m.start() + d)
            if shorter and (found := _cue_seeds(text, shorter, read_at, public_lines)):
                break
        seeds += found
    seeds += _seeds_across_wraps(text)
    seeds += _officers_on_their_line(text)
    seeds += _mandates(text) if "委托" in text else []
    seeds += _listed_after_masked(text) if "某" in text else []
    seeds += _bilingual(text) if any(dot in text for dot in _DOTS) else []
    for m in GENERIC_CUE_RE.finditer(text):
        i = bisect_right(cue_starts, m.start())
        if i and m.start() < cue_ends[i - 1]:
            continue  # inside a listed role word
        if m.end() in read_at or _in_title(text, m.start()):
            continue
        if text[m.start() - 1 : m.start()] in PLACE_SUFFIXES:
            continue  # 温岭市工农路: 工 ends no role word after a place's name
        if _not_a_name_word(text[m.start() - 1 : m.end()], "vad"):
            continue  # 施工许可证, 监管…: 工, 管 end a verb here, not a role noun
        parsed = parse_name_at(text, m.end(), delimited=False)
        if parsed:
            name, end = parsed
            following = text[end : end + 1]
            if (
                name_like(name)
                and name[-1] not in PLACE_SUFFIXES
                and (
                    not following
                    or not is_cjk(following)
                    or following in NOT_GIVEN
                    or text.startswith(VERBS, end)
                )
                and not text.startswith(_PUBLIC_AFTER, end)
                and not _PUBLIC_END_RE.search(text, max(0, m.start() - 6), m.end())
            ):
                seeds.append(_Seed(name, "other"))
    for cell in tables(text).cells:  # | 姓名 | … | over | 王五 | … |
        column = _ALL_CUES.get(cell.label) or ("other" if cell.label in _NAME_COLUMNS else "")
        if column and any("执法" in label for label in cell.columns):
            column = "public"  # | 姓名 | 执法证件号 |: the officers
        parsed = parse_name_at(text, cell.start, delimited=True) if column else None
        if parsed and parsed[1] == cell.end:
            seeds.append(_Seed(parsed[0], column, True))
    for m in line_matches(SPACED_LABEL_RE, SPACED_LABEL_HINTS, text):
        label = re.sub(r"[ \u3000]", "", m.group(1))
        role = "other" if label.startswith("姓") else None
        cue = _NAME_FIELD_TAIL.sub("", label) or label
        if cue in _ALL_CUES:
            role = _field_role(text, cue, m.start())
        if role is None:
            continue
        for name, _, end in _names_after_cue(text, m.end(), delimited=True):
            seeds.append(_field_seed(text, cue, name, end, role, True))
    for m in line_matches(SALUTATION_RE, SALUTATION_HINTS, text):
        parsed = parse_name_at(text, m.start(1), delimited=True)
        if (
            parsed
            and parsed[1] == m.end(1)
            and parsed[0] not in _ALL_CUES
            and parsed[0] not in NOT_NAMES
        ):
            seeds.append(_Seed(parsed[0], "party", True))
    addressed = any(word in text for word in _ADDRESSEE_WORDS)
    for m in line_matches(ADDRESSEE_RE, ADDRESSEE_HINTS, text) if addressed else ():
        name = next(g for g in m.groups() if g)
        if m.group(2) and len(name) < 3:
            continue  # 权利：你有… (a two-character word before 你 is too often not a name)
        if (name[:2] in COMPOUND or name[0] in SINGLE) and name_like(name):
            seeds.append(_Seed(name, "party", True))
    for m in AFTER_RE.finditer(text):
        q = m.start() - (text[m.start() - 1 : m.start()] == "”")  # “徐明诚”的聊天记录
        if (
            m.group() in _EVIDENCE
            and text[q - 1 : q] not in GIVEN
            and not _ascii_alnum(text[q - 1 : q])
        ):
            continue  # 当事人的陈述: no name ends here (a name's last character is a given one)
        before = _name_before(text, q)
        if before and _COUNTRY_END_RE.search(text, max(0, q - 8), q):
            continue  # 国籍：尼日利亚，护照…: a country
        # after （身份证…, ，性别… any name is taken; after ，系 / ，联系电话 it must look like one
        strong = not text.startswith(_WEAK_AFTER, m.start())
        if before and (
            name_like(before)
            or strong
            and before not in NOT_NAMES
            and before not in _ALL_CUES
            and not before.endswith("族")
        ):
            public = text.startswith(_PUBLIC_AFTER, m.start())
            # a person interviewed (对万里的询问笔录) is no officer, whatever the roster says
            private = strong or text.startswith(_INTERVIEWED, m.start())
            seeds.append(_Seed(before, "public" if public else "other", private))
    # names in running text without a role word: weak, and never a part of a name the rules
    # above read (王小明代为…: the dictionary reads 明代, a dynasty, and offers 王小)
    known = {s.name for s in seeds}
    for name, start, _ in narrative_names(text):
        if (
            name not in known
            and name not in NOT_NAMES
            and name not in _ALL_CUES
            and not any(name in k for k in known)
            and not _in_title(text, start)
        ):
            seeds.append(_Seed(name, "other"))
    seeds += _aliases(text, seeds)
    return seeds + _romanised(text, seeds)


#: another name of the person named right before it, in brackets (John SMITH（中文译名：约翰·
#: 史密斯）, 王五（曾用名：王小五）)
_ALIAS_WORDS: Final = [
    "中文译名",
    "中文姓名",
    "中文名",
    "汉文名",
    "译名",
    "英文名",
    "外文名",
    "曾用名",
    "又名",
    "别名",
    "化名",
    "绰号",
    "外号",
    "小名",
]
ALIAS_RE: Final = re.compile(f"[（(，,](?:{'|'.join(_ALIAS_WORDS)})[ \u3000]*[：:]?[ \u3000]*")
#: an alias that parse_name_at does not read (a nickname): up to the bracket's end or a comma
_ALIAS_TEXT_RE: Final = re.compile(r"[“\"']?([^，,；;）)\s“”\"']{2,12})[”\"']?(?=[，,；;）)])")


def _aliases(text: str, seeds: list[_Seed]) -> list[_Seed]:
    """The other names (ALIAS_RE) of the private people among ``seeds``: the same person."""
    if not contains_any(text, _ALIAS_WORDS):
        return []
    private = {s.name: s for s in seeds if s.role not in ("public", CONTACT)}
    out = []
    for m in ALIAS_RE.finditer(text):
        seed = next((private[n] for n in private if text.endswith(n, 0, m.start())), None)
        if seed is None:
            continue
        parsed = parse_name_at(text, m.end(), delimited=True)
        alias = parsed[0] if parsed else None
        if alias is None and (nick := _ALIAS_TEXT_RE.match(text, m.end())):
            alias = nick.group(1)
        if alias and alias not in NOT_NAMES:
            out.append(_Seed(alias, seed.role, seed.strong, seed.name))
    return out


#: a bracket that a Latin name (LATIN_NAME_RE) follows (one literal character first: fast)
_LATIN_AFTER_BRACKET: Final = (re.compile("（[A-Z]"), re.compile(r"\([A-Z]"))


def _romanised(text: str, seeds: list[_Seed]) -> list[_Seed]:
    """A private person's name in Latin letters in brackets after it (陈大文（CHAN TAI MAN）,
    蔡淑芬（TSAI SHU-FEN，…), or before it (KIM MIN JUN（金敏俊，护照…): the same person."""
    after = any(r.search(text) for r in _LATIN_AFTER_BRACKET)
    before = ")" in text or "）" in text
    if not after and not before:
        return []  # no Latin name in brackets anywhere
    out = []
    for seed in {s for s in seeds if s.role not in ("public", CONTACT)}:
        for bracket in ("（", "("):
            i = text.find(seed.name + bracket) if after else -1
            while i >= 0:
                latin = LATIN_NAME_RE.match(text, i + len(seed.name) + 1)
                if latin:
                    out.append(_Seed(latin.group(), seed.role, seed.strong))
                i = text.find(seed.name + bracket, i + 1)
            i = text.find(bracket + seed.name)
            while i >= 0:
                latin = _LATIN_NAME_END_RE.search(text, max(0, i - 60), i)
                if latin:
                    out.append(_Seed(latin.group(), seed.role, seed.strong))
                i = text.find(bracket + seed.name, i + 1)
    return out


#: a name in Latin letters right before a bracket (KIM MIN JUN（…)
_LATIN_NAME_END_RE: Final = re.compile(f"(?:{LATIN_NAME_RE.pattern})$")


def _stands_alone(text: str, prefix: str, third: str) -> bool:
    """Whether the two characters ``prefix`` occur somewhere not followed by ``third`` (a
    line break and the next line's indent between them do not part them)."""
    i = text.find(prefix)
    while i >= 0:
        nxt = text[i + 2 : i + 3]
        if nxt in ("\r", "\n") and (gap := BROKEN_CJK_RE.match(text, text.find("\n", i + 2))):
            nxt = text[gap.end() : gap.end() + 1]
        if nxt != third and (not nxt or not is_cjk(nxt) or nxt in NOT_GIVEN):
            return True
        i = text.find(prefix, i + 1)
    return False


#: a space between two CJK characters (the space first: spaces are rarer than CJK characters,
#: so the regex engine skips to them)
SPACED_CJK_RE: Final = re.compile("[ \u3000](?<=[\u4e00-\u9fff][ \u3000])(?=[\u4e00-\u9fff])")
#: the same, one pattern for each space: a pattern that starts with one literal character is
#: scanned ~3x faster than one that starts with a class (the union of their matches is equal)
SPACED_CJK_RES: Final = tuple(
    re.compile(f"{space}(?<=[\u4e00-\u9fff][ \u3000])(?=[\u4e00-\u9fff])")
    for space in (" ", "\u3000")
)
#: a line break between two CJK characters (the next line's indent after it)
BROKEN_CJK_RE: Final = re.compile("\n(?<=[\u4e00-\u9fff\r]\n)[ \u3000]*(?=[\u4e00-\u9fff])")


def _mentions(text: str, name: str, spaced: set[tuple[str, str]]) -> list[tuple[int, int]]:
    """Spans of a name's mentions; the regex (spaces, other dots) only when the text needs it.

    ``spaced``: the pairs of CJK characters that stand around a space somewhere in the text.
    """
    variants = "·" in name and any(d in text for d in "•・‧.．")
    if spaced and not variants:
        variants = any((a, b) in spaced for a, b in zip(name, name[1:], strict=False))
    if variants:
        return [m.span() for m in re.finditer(mention_regex(name), text)]
    spans, i = [], text.find(name)
    while i >= 0:
        spans.append((i, i + len(name)))
        i = text.find(name, i + len(name))
    return spans


def mention_regex(name: str) -> str:
    """A name's mentions, also with spaces or a line break between characters or another
    middle dot."""
    parts = []
    for c in name:
        parts.append("[·•・‧.．]" if c == "·" else re.escape(c))
    return _GAP.join(parts)


@register
class PersonNameDetector(Detector):
    kind = "person_name"

    def analyze(self, text: str, doc: DocumentContext) -> list[Finding]:
        seeds = find_seeds(text, frozenset())
        # the roster of officers is public, unless the document names a private person of the
        # same name in a field or with their details (当事人：…, …（身份证号…)
        named = {s.name for s in seeds if s.strong and s.role not in ("public", CONTACT)}
        public = (
            (doc.allow_names - named)
            | {s.name for s in seeds if s.role == "public"}
            | ({s.name for s in seeds if s.role == CONTACT} - named)
        )
        private: dict[str, str] = {}
        for s in seeds:
            if s.role != "public" and s.name not in public and private.get(s.name) != "party":
                private[s.name] = s.role
        # a given-name-only first part of a dotted name is masked with its full name
        aliases: dict[str, str] = {n: n for n in private}
        for n in list(private):
            # 患者刘洋进行… reads as 刘洋进: when 刘洋 also stands alone, it is the same person
            # (masking every 刘洋 then covers 刘洋进 too: 刘某进行)
            short = n[:2]
            if (
                len(n) == 3
                and short not in COMPOUND
                and "·" not in n
                and short not in public
                and (short in private or _stands_alone(text, short, n[2]))
            ):
                del aliases[n]
                aliases[short] = short
                private.setdefault(short, private[n])
        for n in list(private):
            first = n.split("·")[0]
            if "·" in n and len(first) >= 2 and first not in public:
                aliases.setdefault(first, n)
        for seed in seeds:
            if seed.alias_of in aliases and seed.name in aliases and seed.name != seed.alias_of:
                # one person, one masked form: the Chinese name's (阮某, not N某)
                entity = aliases[seed.alias_of]
                if not is_cjk(entity[0]) and is_cjk(seed.name[0]):
                    for alias, target in list(aliases.items()):
                        if target == entity:
                            aliases[alias] = seed.name
                    entity = seed.name
                aliases[seed.name] = entity
        if not aliases:
            return []
        spaced = {
            (text[m.start() - 1], text[m.end()]) for r in SPACED_CJK_RES for m in r.finditer(text)
        }
        spaced |= {(text[cut - 1], text[after]) for cut, after in wraps(text)}
        # only a public name that contains a private one can hide it (李松 in 李松林)
        relevant = [p for p in public if any(a in p and a != p for a in aliases)]
        public_spans = [span for n in relevant for span in _mentions(text, n, spaced)]
        found = []
        # spans taken so far, sorted (they never overlap: a new one can only overlap a neighbour)
        starts: list[int] = []
        ends: list[int] = []
        for alias in sorted(aliases, key=len, reverse=True):
            entity = aliases[alias]
            for start, end in _mentions(text, alias, spaced):
                if text[end : end + 1] in ADMIN_SUFFIXES and text[end : end + 2] != "市场":
                    continue  # 金华市 is a place even where a person is called 金华
                i = bisect_right(starts, start)
                if (i and ends[i - 1] > start) or (i < len(starts) and starts[i] < end):
                    continue  # inside a longer name found before
                if any(s < end and start < e and (e - s) > (end - start) for s, e in public_spans):
                    continue  # part of a longer public name (李松 in 李松林)
                starts.insert(i, start)
                ends.insert(i, end)
                found.append(
                    Finding(
                        self.kind,
                        start,
                        end,
                        text[start:end],
                        0.85,
                        self.name,
                        role=private[entity],
                        entity=entity,
                    )
                )
        found.sort(key=lambda f: f.start)
        return found
