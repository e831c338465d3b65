"""Names in running text with no role word before them (护士田旺宇负责…, 交由包工头郑然莲组织…,
从流动商贩顾金芳处购买): a surname, one or two common given-name characters, and a boundary
after them (a punctuation mark, a particle or a verb), where a dictionary of Chinese words
does not join the first character to the word before or read the whole as a word.

The dictionary is jieba's (the search index segments with it too): its words of two and three
characters used at least ``MIN_FREQ`` times. It tells a surname that ends a word (提高, 方便) or
starts one (高速, 金额) from one that starts a name; names that are words themselves (江山,
高峰) are left to the role words, which find them in fields and after cues.

Every name found here is a weak seed: a public name (an officer, a legal representative, the
roster) of the same spelling wins over it.
"""

from __future__ import annotations

import importlib.util
import os
import re
from functools import lru_cache
from typing import Final

from redaction.errors import RedactionError
from redaction.roles import VERBS
from redaction.surnames import COMPOUND, GIVEN, MINORITY_HEADS, SINGLE, minority_name
from redaction.text import is_cjk, on_officers_line, trie_regex

#: how often a word must occur in jieba's dictionary to count as one (rarer entries are
#: mostly names and rare compounds)
MIN_FREQ: Final = 20
#: given-name characters that are also function words and end a name only when it ends there
_NOT_GIVEN: Final = frozenset(
    "的了着过对在从未于将已等向因被称系与和及或是为也并所某把让给到由自经即曾都就还"
)
_GIVEN: Final = GIVEN - _NOT_GIVEN
#: characters that are a given name's first of two only (蒋有才, 高有子, 王有福): 有 ends no name
#: (张三有…), and the character after it must be a given-name one
_MIDDLE: Final = frozenset("有")
#: words a name is followed by in a narrative: particles, verbs a person does (roles.VERBS)
AFTER: Final[tuple[str, ...]] = (
    "等",
    "系",
    "是",
    "在",
    "未",
    "于",
    "将",
    "已",
    "均",
    "也",
    "亦",
    "曾",
    "处",
    "与",
    "和",
    "及",
    "的",
    "因",
    "向",
    "对",
    "被",
    "把",
    "从",
    "到",
    "不",
    "没",
    "又",
    "还",
    "都",
    "就",
    "遂",
    "即",
    "组织",
    "发现",
    "受伤",
    "死亡",
    "操作",
    "作业",
    "施工",
    "上门",
    "两次",
    "多次",
    "一家",
    "二人",
    "夫妇",
    "按",
    "替",
    "帮",
    "请",
    *VERBS,
)
_PUNCT: Final = "，。、；：:,;（(）)！？!?《》 \u3000\t\r\n"
#: places, not people, end with these (…区胜利, …县向阳): a "surname" right after them starts
#: a place name
_PLACE_END: Final = frozenset("省市区县镇乡村路街道巷州旗盟")
#: brands read like names (tobacco enforcement names them in every decision)
BRANDS: Final = frozenset(
    ("利群", "白沙", "黄山", "泰山", "贵烟", "钻石", "娇子", "真龙", "黄金叶", "金圣")
    + ("门头",)  # (a shop's front: 擅自在门头…使用)
)
#: countries, whose names have surnames in them (尼日利亚, 马来西亚): no names read inside
_COUNTRIES_TEXT: Final = (
    "尼日利亚 利比亚 叙利亚 马来西亚 印度尼西亚 澳大利亚 奥地利 意大利 保加利亚 罗马尼亚 阿尔及利亚"
    " 哥伦比亚 玻利维亚 肯尼亚 坦桑尼亚 埃塞俄比亚 沙特阿拉伯 格鲁吉亚 塞尔维亚 克罗地亚 斯洛文尼亚"
    " 爱沙尼亚 拉脱维亚 亚美尼亚 阿尔巴尼亚 毛里求斯 毛里塔尼亚 索马里 乌干达 加纳 安哥拉 赞比亚"
    " 津巴布韦 纳米比亚 博茨瓦纳 冈比亚 利比里亚 塞拉利昂 几内亚 新西兰 智利 秘鲁 巴西 古巴 海地"
    " 牙买加 巴拿马 墨西哥 俄罗斯 柬埔寨 菲律宾 新加坡 文莱 蒙古 哈萨克斯坦 吉尔吉斯斯坦"
    " 塔吉克斯坦 乌兹别克斯坦 土库曼斯坦 阿富汗 巴基斯坦 孟加拉国 尼泊尔 斯里兰卡 马尔代夫 伊朗"
    " 伊拉克 约旦 黎巴嫩 以色列 土耳其 埃及 摩洛哥 突尼斯 西班牙 葡萄牙 荷兰 比利时 瑞士 瑞典"
    " 挪威 芬兰 丹麦 冰岛 爱尔兰 波兰 捷克 斯洛伐克 匈牙利 乌克兰 白俄罗斯 摩尔多瓦 希腊"
    " 塞浦路斯 加拿大 阿根廷 乌拉圭 巴拉圭 委内瑞拉 厄瓜多尔 南非 尼日尔 马里 乍得 喀麦隆 刚果"
    " 加蓬 卢旺达 布隆迪 马达加斯加 莫桑比克 马拉维 斐济 越南 老挝 缅甸 泰国 朝鲜 韩国 日本"
)
COUNTRIES: Final = tuple(_COUNTRIES_TEXT.split())
#: words after a place's or an organisation's name
_PLACE_NEXT: Final = (
    "小区",
    "社区",
    "花园",
    "公寓",
    "大厦",
    "广场",
    "市场",
    "商场",
    "超市",
    "酒店",
    "饭店",
    "宾馆",
    "公园",
    "大道",
    "大街",
    "新村",
    "家园",
    "中心",
    "医院",
    "诊所",
    "学校",
    "小学",
    "中学",
    "大学",
    "幼儿园",
    "银行",
    "集团",
    "有限",
    "商行",
    "商店",
    "门市",
    "工作室",
    "经营部",
    "派出所",
    "法院",
    "检察院",
    "政府",
    "委员会",
    "村委会",
    "居委会",
    "工业园",
    "开发区",
    "民族",
    "自治",
    # shops and brands (杨国福麻辣烫, 利群（新版）卷烟): the operator, where a shop is named
    # after them, is named by a role word elsewhere
    "麻辣烫",
    "火锅",
    "面馆",
    "餐厅",
    "便利店",
    "药房",
    "药店",
    "烟酒",
    "商贸",
    "贸易",
    "科技",
    "食品",
    "水果",
    "五金",
    "建材",
    "服饰",
    "门诊",
    "汽修",
    "旅馆",
    "烧烤",
    "卤味",
    "小吃",
    "快餐",
    "卷烟",
    "香烟",
    "牌",
    "（新版）",
    "（休闲）",
    "（硬",
    "（软",
    "（细支",
)
#: characters that start a phrase far more often than a name (prepositions, time words)
_NOT_FIRST: Final = frozenset("向由于从对把被给让经自在与和及同跟叫将为是年时日月上下中内外第")
_NUMERALS: Final = frozenset("零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟")


#: words after an officer's name on their line (严艳咏　执法证号：…, 邓霞茜　警号：…)
_OFFICER_WORDS: Final = re.compile(
    "^(?:证号|律师|法官|检察官|公证员)|执法证|执业证|警号|工作证|检查证|事务所|公司"
)
#: a number in brackets right after a name: an officer's certificate as often as a person's
#: phone, so such a name is left to the detector's other rules
_BRACKETED_NUMBER: Final = re.compile(r"[（(][A-Za-z\u4e00-\u9fff]{0,3}\d{6,}")
#: an officer's title before a colon on the line (海关关员：…, 劳动保障监察员：…, 交通警察：…)
_OFFICER_TITLE: Final = re.compile(
    "(?:[执监稽检督]|关)[^\n：:，。]{0,4}员[：:]|警察[：:]|民警[：:]"
)
_SPACES: Final = re.compile("[ \u3000\t\r\n]+")


#: the surnames a name in running text may start with (a compound one's first character too,
#: where it is one of them: 欧 of 欧阳)
_FIRSTS: Final = SINGLE - _NOT_FIRST - _PLACE_END
#: the compound surnames whose first character is no such surname (第五, 司马, 上官, 东方 …):
#: read by a scan of their own, so that 第, 中, 长 … are not tried at each of their places
_OTHER_COMPOUNDS: Final = frozenset(c for c in COMPOUND if c[0] not in _FIRSTS)


def _name_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    # loose patterns (which reading is a name is decided in Python): a pattern that starts
    # with one character class and has no alternation of compound surnames is scanned ~3x
    # faster, and this scan is most of the time names in running text cost
    firsts = "".join(sorted(_FIRSTS))
    rest = "".join(sorted(_GIVEN | _MIDDLE | {c[1] for c in COMPOUND}))
    tail = f"(?=[{re.escape(_PUNCT)}]|{trie_regex(set(AFTER))}|[\u4e00-\u9fff]{{2}})"
    single = re.compile(f"[{firsts}][{rest}]{{1,3}}{tail}")
    # (the surname, then its given name read at its end: a literal first is scanned fast)
    compound = re.compile(f"{trie_regex(set(_OTHER_COMPOUNDS))}(?=[{rest}]{{1,2}}{tail})")
    return single, compound


_GIVEN_AFTER_COMPOUND: Final = re.compile(
    f"[{''.join(sorted(_GIVEN | _MIDDLE | {c[1] for c in COMPOUND}))}]{{1,2}}"
    f"(?=[{re.escape(_PUNCT)}]|{trie_regex(set(AFTER))}|[\u4e00-\u9fff]{{2}})"
)


NAME_RE, _COMPOUND_NAME_RE = _name_regexes()
#: a name of a list, after 、: any surname (霍敏东、路丹华等…)
LISTED_RE: Final = re.compile(
    f"[{''.join(sorted(SINGLE | {c[0] for c in COMPOUND}))}]"
    f"[{''.join(sorted(_GIVEN | _MIDDLE | {c[1] for c in COMPOUND}))}]{{1,3}}"
)
_COUNTRY_RE: Final = re.compile(trie_regex(set(COUNTRIES)))
_LONGEST_COUNTRY: Final = max(map(len, COUNTRIES))
#: one or two characters and a place's last character (贝尔市, 巴尔虎旗)
_PLACE_TAIL_RE: Final = re.compile("[\u4e00-\u9fff]{1,2}[市县旗区州盟]")
#: AFTER and _PLACE_NEXT as tries: str.startswith with a tuple tries every word in turn
_AFTER_RE: Final = re.compile(trie_regex(set(AFTER)))
_PLACE_NEXT_RE: Final = re.compile(trie_regex(set(_PLACE_NEXT)))
#: where a Tibetan, Mongolian or Yi name may start (the first two characters of a part:
#: two classes are scanned ~4x faster than the alternation of the parts)
MINORITY_START: Final = re.compile(
    f"[{''.join(sorted({h[0] for h in MINORITY_HEADS}))}]"
    f"[{''.join(sorted({h[1] for h in MINORITY_HEADS}))}]"
)


def _dictionary_text() -> str:
    """jieba's dictionary file (lines "word frequency tag")."""
    # only jieba's dictionary file: finding the package is ~75 ms cheaper than importing it
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise RedactionError("jieba is not installed", hint="run make install")
    folder = spec.submodule_search_locations[0]
    with open(os.path.join(folder, "dict.txt"), encoding="utf-8") as f:
        return f.read()


@lru_cache(maxsize=1)
def words() -> frozenset[str]:
    """The two- and three-character words of jieba's dictionary used ``MIN_FREQ`` times."""
    # one regex over the file, ~4x faster than splitting each of its 350,000 lines in Python
    return frozenset(_ENTRY_RE.findall(_dictionary_text()))


@lru_cache(maxsize=1)
def _tags() -> dict[str, str]:
    return dict(_TAGGED_RE.findall(_dictionary_text()))


def word_class(word: str) -> str:
    """The part of speech jieba's dictionary gives a word of :func:`words` (n, nr, v, a …), or
    "" for another word."""
    return _tags().get(word, "") if word in words() else ""


#: a dictionary line of a two- or three-character word used at least 20 times (MIN_FREQ:
#: tests/redaction/test_narrative.py checks the two agree). Entries tagged as people's names
#: stay words: the tag is too often wrong (查明, 农家乐, 满天星, 维生素 are tagged nr), so a
#: person who shares a famous name (蔡文静) is left to the role words
_ENTRY_RE: Final = re.compile(r"^(\S{2,3}) (?:[2-9]\d|[1-9]\d{2,}) ", re.M)
_TAGGED_RE: Final = re.compile(r"^(\S{2,3}) (?:[2-9]\d|[1-9]\d{2,}) (\S+)", re.M)


def narrative_names(text: str) -> list[tuple[str, int, int]]:
    """Each name read from running text without a role word: (name, start, end)."""
    dictionary = words()
    found = []
    taken: set[str] = set()
    pos = 0
    compounds = [
        (m.start(), given.end())
        for m in _COMPOUND_NAME_RE.finditer(text)
        if (given := _GIVEN_AFTER_COMPOUND.match(text, m.end()))
    ]
    c = 0  # the next of them
    m = NAME_RE.search(text)
    while True:
        # the next match of either pattern at pos or after: (start, end)
        if m is not None and m.start() < pos:
            m = NAME_RE.search(text, pos)
        while c < len(compounds) and compounds[c][0] < pos:
            c += 1
        if c < len(compounds) and (m is None or compounds[c][0] < m.start()):
            start, match_end = compounds[c]
        elif m is not None:
            start, match_end = m.span()
        else:
            break
        pos = start + 1  # a name may start inside a reading that was not one
        if match_end - start == 2 and text[start:match_end] in dictionary:
            continue  # 管理, 权利: a word (the only reading; ~40% of matches end here)
        if taken and (again := next((t for t in taken if text.startswith(t, start)), None)):
            pos = start + len(again)
            continue  # a name found before, mentioned again (~half of the readings)
        name = _reading(text, start, match_end, dictionary)
        if name is None:
            continue
        end = start + len(name)
        if name in taken:
            pos = end
            continue  # a seed is a name, not a mention: once is enough
        after = _SPACES.sub("", text[end : end + 16])
        if "〔" in after[:14] or "[" in after[:14]:
            continue  # 洛龙环不罚〔2024〕186号: a decision's number
        if _OFFICER_WORDS.search(after) or _BRACKETED_NUMBER.match(text, end):
            continue  # an officer, named with their certificate's number; a firm (律师事务所)
        line = text[text.rfind("\n", 0, start) + 1 : start]
        if _OFFICER_TITLE.search(line) or on_officers_line(text, start):
            continue
        # (read around the name only: a scan of the whole text costs ~4 ms/MB, and countries
        # are rare)
        reach = _LONGEST_COUNTRY - 1
        around = _COUNTRY_RE.finditer(text, max(0, start - reach), end + reach)
        if any(m.start() < end and start < m.end() for m in around):
            continue  # 国籍：尼日利亚
        found.append((name, start, end))
        taken.add(name)
        pos = end
        # the next names of a list (蔡文博、蔡文静（…）): a name even where it is a word too
        while text[pos : pos + 1] == "、" and (listed := LISTED_RE.match(text, pos + 1)):
            name = _reading(text, listed.start(), listed.end(), frozenset(), listed=True)
            if name is None or name in taken:
                break
            found.append((name, pos + 1, pos + 1 + len(name)))
            taken.add(name)
            pos += 1 + len(name)
    for m in MINORITY_START.finditer(text):
        start = m.start()
        length = minority_name(text[start : start + 8])
        if length < 4:
            continue  # two parts (扎西顿珠), not one (扎西)
        name, end = text[start : start + length], start + length
        nxt = text[end : end + 1]
        if name not in taken and (not nxt or nxt in _PUNCT or _AFTER_RE.match(text, end)):
            found.append((name, start, end))
            taken.add(name)
    return found


def _reading(
    text: str, start: int, match_end: int, dictionary: frozenset[str], listed: bool = False
) -> str | None:
    """The name a match of NAME_RE (``text[start:match_end]``) is, the longest reading first,
    or None; ``listed``: the match follows a name and 、 (any surname then: 霍敏东、路丹华等…,
    高某、时艳向…)."""
    prev = text[start - 1 : start]
    if prev in _NUMERALS:
        return None  # 人民币伍万元
    first = text[start]
    if prev == "\n":  # a PDF's wrap (巡\n查中): the word before is on the line before
        prev = text[start - 2 : start - 1]
    if prev in _PLACE_END:
        return None  # …市胜利…: a place's name
    if prev and is_cjk(prev) and prev + first in dictionary:
        return None  # 提高…: the first character ends the word before
    surname = 2 if text[start : start + 2] in COMPOUND else 1
    if surname == 1 and (
        first not in SINGLE or not listed and (first in _NOT_FIRST or first in _PLACE_END)
    ):
        return None  # 司 of 司马 alone, 上 without 官
    longest = start + surname + 2
    for end in range(min(match_end, longest), start + surname, -1):
        name = text[start:end]
        given = name[surname:]
        if not _GIVEN.issuperset(given) and not (
            len(given) == 2 and given[0] in _MIDDLE and given[1] in _GIVEN
        ):
            continue
        if name in dictionary or name in BRANDS:
            continue  # 高峰, 方面: a word (王国 in 王国强 is one too, so a word may start a name)
        if name[-1] in _PLACE_END:
            continue  # 枫林路与…
        nxt = text[end : end + 1]
        if nxt in _PLACE_END or _PLACE_NEXT_RE.match(text, end):
            continue  # 幸福里小区, 王家庄村: a place's name
        if _PLACE_TAIL_RE.match(text, end) and not _AFTER_RE.match(text, end):
            continue  # 呼伦|贝尔市: the first characters of a place's name
        if not nxt or nxt in _PUNCT:
            return name
        if name[-1] + nxt not in dictionary and (
            _AFTER_RE.match(text, end) or text[end : end + 2] in dictionary
        ):
            return name  # the name ends where a word starts (租用, 负责)
    return None
