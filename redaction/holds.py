"""Reasons to hold a document back for a person to decide (DESIGN §4): a confidentiality
marking, a party who is a minor, a process document rather than a decision."""

from __future__ import annotations

import datetime as dt
import re

from core.checksums import id_birth_date
from core.clock import today_in_china
from redaction.detectors.base import Finding
from redaction.policy import HoldRules
from redaction.roles import PARTY
from redaction.text import contains_any, normalize

_SP = "[ \u3000]*"
_LEVEL = f"(?:绝{_SP}密|机{_SP}密|秘{_SP}密)"
_PERIOD = f"(?:[0-9０-９一二三四五六七八九十]+{_SP}(?:年|个月|月)|长期)"
#: a classification mark (GB/T 9704: 秘密★1年; also ★秘密, 机 密★, 密级：…); an ASCII * only
#: with a period after it (a Markdown **秘密** is emphasis)
MARKING_RE = re.compile(
    f"{_LEVEL}{_SP}[★☆]{_SP}(?:{_PERIOD})?"
    f"|{_LEVEL}{_SP}[*＊]{_SP}{_PERIOD}"
    f"|[★☆]{_SP}{_LEVEL}(?:{_SP}{_PERIOD})?"
    f"|密{_SP}级{_SP}[：:]{_SP}(?!无|公开|非密|普通|一般)[^\\s，。；、|]{{1,6}}"
)
#: 不公开 only about this document (本决定书…不予公开), not a rule quoted in passing
LABEL_RE = re.compile(
    # (not 内部资料性出版物, a kind of publication an offence may be about)
    r"内部资料(?!性出版物|性出版)|内部文件|内部使用|此件不公开|本件不公开|依申请公开|不对外公开|"
    r"公开(?:方式|属性|类型|选项)[：:]\s*(?:不予公开|不公开|免予公开|暂不公开)|"
    r"(?:本决定书?|本文书|本文件|本案|此件|本件|全文)[^。；\n]{0,16}"
    r"(?:不予|不宜|不得|不能|不应|免予|暂不|不)公开(?!举行|听证|审理|进行)|"
    r"(?m:^[ \u3000]*[【\[〔（(]?[ \u3000]*(?:不予公开|不公开|免予公开|暂不公开)"
    r"[ \u3000]*[】\]〕）)]?[ \u3000]*$)"
)
SECRET_RE = re.compile(
    r"(涉及|含有|包含|载有|记载有|附有|属于|构成|系|为|涉)([^，。；,;\n]{0,10}?)"
    r"(国家秘密|商业秘密)"
)
#: a claim of secrets the agency rejects (…称属于商业秘密，经审查，不构成商业秘密。)
REJECTED_RE = re.compile(
    r"(?:不构成|不属于|并非|不是|不能认定为|不予认定为?|未被认定为|不涉及|未涉及)[^，。；]{0,12}"
    r"(?:国家秘密|商业秘密)"
)
#: what is done to a secret in an offence (侵犯商业秘密, 泄露国家秘密)
_OFFENCE = re.compile("侵犯|侵害|泄露|披露|窃取|获取|盗窃|刺探|收买|买卖|非法")
#: a secrets statement is about this document when its sentence names it
_ABOUT_THIS = (
    "本案",
    "本决定",
    "本文书",
    "本文件",
    "此件",
    "本件",
    "该案",
    "案件",
    "当事人",
    "内容",
)
NEGATION = ("不", "未", "无", "没有", "非", "否")
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}
DATE_RE = re.compile(r"([0-9０-９]{4})\s*年\s*([0-9０-９]{1,2})\s*月\s*([0-9０-９]{1,2})\s*日")
CN_DATE_RE = re.compile(
    r"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月"
    r"([一二三四五六七八九十]{1,3})日"
)


def _cn_number(s: str) -> int:
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
    return int("".join(str(_CN_DIGITS[c]) for c in s))


def _dates(
    text: str, pos: int, skip: list[tuple[int, int]]
) -> tuple[bool, list[tuple[int, dt.date]]]:
    """Whether ``text[pos:]`` has a full date written out outside the ``skip`` spans, and each
    such date that is a real one."""
    found: list[tuple[int, dt.date]] = []
    written = False
    for m in DATE_RE.finditer(text, pos):
        if any(a <= m.start() < b for a, b in skip):
            continue
        written = True
        y, mo, d = (int(g) for g in m.groups())  # int() reads full-width digits too
        try:
            found.append((m.start(), dt.date(y, mo, d)))
        except ValueError:
            continue
    for m in CN_DATE_RE.finditer(text, pos):
        if any(a <= m.start() < b for a, b in skip):
            continue
        written = True
        try:
            found.append(
                (
                    m.start(),
                    dt.date(_cn_number(m.group(1)), _cn_number(m.group(2)), _cn_number(m.group(3))),
                )
            )
        except (ValueError, KeyError):
            continue
    return written, found


def document_date(text: str, skip: list[tuple[int, int]] | None = None) -> dt.date | None:
    """The document's own date: the last full date in it (the date under the signature),
    looked for in the last 300 characters first; dates in the ``skip`` spans (birth dates)
    are not the document's."""
    skip = skip or []
    written, found = _dates(text, max(0, len(text) - 300), skip)
    if len(text) > 300 and not written:
        written, found = _dates(text, 0, skip)
    return max(found)[1] if found else None


def _first_marking(text: str) -> re.Match[str] | None:
    """``MARKING_RE.search(text)``, started where its first match can start at the earliest:
    each marking has a 密 or a star within its first 7 characters."""
    first = min((i for c in "密★☆" if (i := text.find(c)) >= 0), default=-1)
    return MARKING_RE.search(text, max(0, first - 6)) if first >= 0 else None


#: a match of LABEL_RE starts at 内部 or at most this far before 公开 (本决定书…不予公开)
_LABEL_REACH = 20


def _first_label(text: str) -> re.Match[str] | None:
    """``LABEL_RE.search(text)``, started where its first match can start at the earliest;
    a label quoted as what a publication carries (封面标注“内部资料　免费交流”) is none."""
    inner, public = text.find("内部"), text.find("公开")
    starts = ([inner] if inner >= 0 else []) + ([public - _LABEL_REACH] if public >= 0 else [])
    if not starts:
        return None
    for m in LABEL_RE.finditer(text, max(0, min(starts))):
        quote = text.rfind("“", max(0, m.start() - 12), m.start())
        if quote < 0 or text.find("”", quote, m.start()) >= 0:
            return m
    return None


def marking_reasons(text: str) -> list[str]:
    reasons: list[str] = []
    if not contains_any(text, ("密", "公开", "内部", "★")):
        return reasons
    if m := _first_marking(text):
        reasons.append(f"密级标志：{m.group().strip()}")
    if m := _first_label(text):
        reasons.append(f"不公开标注：{m.group()}")
    for m in SECRET_RE.finditer(text) if "秘密" in text else ():
        if _OFFENCE.search(m.group(2)):
            continue  # 构成侵犯商业秘密的行为: the offence, not a statement about the text
        before = text[max(0, m.start() - 3) : m.start()] + m.group(2)
        sentence_start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        if any(n in before for n in NEGATION) or not any(
            w in text[sentence_start : m.end() + 12] for w in _ABOUT_THIS
        ):
            continue
        # the rest of its sentence and the next one: the agency may reject the claim there
        stop = text.find("。", m.end())
        stop = text.find("。", stop + 1) if stop >= 0 else -1
        if REJECTED_RE.search(text, m.end(), stop if stop >= 0 else len(text)):
            continue
        reasons.append(f"涉密声明：{m.group()}")
        break
    return reasons


#: a statement of a person's health (DESIGN §4: held for a person to check): a diagnosis, an
#: illness the person has, a disability, an injury's grade, a pregnancy. Mentions of health
#: certificates (健康证明), medical records listed as evidence (病历资料) or a statute's
#: generic wording (患有…疾病的人员不得…) are not statements about someone.
HEALTH_RE = re.compile(
    r"(?:诊断|确诊)(?:为|患有|出)[^，。；\n]{0,20}"
    r"|精神(?:疾病|障碍|分裂)|精神病(?:患者|史)|系精神病人"
    r"|(?:肢体|视力|听力|言语|智力|精神|多重)残疾|残疾人证|伤残等级|[一二三四五六七八九十]级伤残"
    r"|轻微伤|(?:轻伤|重伤)[一二]级|鉴定为(?:轻伤|重伤)"
    # an injury named, a stay in hospital (左小腿开放性骨折…住院…天)
    r"|骨折|截肢|脑震荡|颅脑损伤|[一二三四Ⅰ]度烧伤|住院(?:治疗)?[0-9０-９一二三四五六七八九十]+天"
    r"|系孕妇|已怀孕|怀孕(?:[0-9０-９一二三四五六七八九十]|期间|期)|处于(?:妊娠|孕|哺乳)期|正在哺乳"
    r"|(?:HIV|艾滋病病毒|梅毒|乙肝|乙型肝炎)(?:阳性|携带|感染)|艾滋病(?:患者|病人|感染者)"
)
#: a person who has an illness (患有高血压, 患有糖尿病); a statute's generic wording (患有有碍
#:食品安全疾病的人员不得…, 患有传染病者) is not about someone
ILLNESS_RE = re.compile(
    r"(?:患有|罹患|患上)[^，。；,;\n]{1,20}"
    # 患 with its illness (（86岁，患阿尔茨海默病）), not 患者
    r"|患(?![者有上])[^，。；,;、）)\n]{1,12}?(?:病|症|炎|癌|瘤|综合征)"
)
GENERIC_ILLNESS = re.compile(r"的?人员|者|不得|禁止|应当|[的之]人|疾病的|等疾病")
#: generic wording after a health word (精神疾病的人不得驾驶…)
GENERIC_AFTER = re.compile(r"[^，。；,;\n]{0,4}?(?:的人员|的人|的从业人员|者不得|人员不得)")
_HEALTH_TRIGGERS = (
    "骨折",
    "截肢",
    "脑",
    "烧伤",
    "住院",
    "患者",
    "病人",
    "就诊人",
    "诊断",
    "确诊",
    "患",
    "精神",
    "残疾",
    "伤",
    "孕",
    "哺乳",
    "HIV",
    "艾滋",
    "梅毒",
    "乙",
)


#: a negation right before a health word (致其轻微擦伤（未构成轻微伤）)
_HEALTH_NEGATED = re.compile("(?:未构成|不构成|未达到|不属于|尚未|并非|排除)$")
#: a named patient's illness (患者苗壮…因2型糖尿病合并肾功能不全…就诊)
PATIENT_RE = re.compile(
    r"(?:患者|病人|就诊人)[^。；\n]{0,60}?(?<![原])(因[^，。；\n]{2,24}?"
    r"(?:就诊|住院|入院|治疗|手术|抢救))"
)


def health_reasons(text: str) -> list[str]:
    """A statement of a person's health in the text (the first one)."""
    if not contains_any(text, _HEALTH_TRIGGERS):
        return []
    for m in HEALTH_RE.finditer(text):
        if _HEALTH_NEGATED.search(text, max(0, m.start() - 4), m.start()):
            continue
        if not GENERIC_AFTER.match(text, m.end()):
            return [f"健康信息：{m.group()}"]
    for m in PATIENT_RE.finditer(text) if "因" in text else ():
        return [f"健康信息：患者{m.group(1)}"]  # (not the patient's name or numbers)
    for m in ILLNESS_RE.finditer(text) if "患" in text else ():
        if not GENERIC_ILLNESS.search(m.group()):
            return [f"健康信息：{m.group()}"]
    return []


_OTHER_LABELS = (
    "委托代理人",
    "法定代表人",
    "证人",
    "投诉人",
    "举报人",
    "代理人",
    "监护人",
    "负责人",
)
#: (also a table's row: | 被处罚人 | 苗振香 |)
_LINE_LABEL = (
    r"[ \u3000\t|]*(" + "|".join(PARTY + _OTHER_LABELS) + r")(?:姓名|名称)?[ \u3000]*[：:|]"
)
#: a line's label: the text's first line, or one after a line break (two regexes rather than
#: one that starts with (?:^|\n): a literal first character is scanned ~10x faster)
_FIRST_LINE_LABEL_RE = re.compile(_LINE_LABEL)
_LINE_LABEL_RE = re.compile("\n" + _LINE_LABEL)


def _age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


_NUMBER_RE = re.compile(r"[0-9０-９]+|[〇○零一二三四五六七八九十]+")


def _birth(f: Finding) -> dt.date | None:
    """The birth date an ID number or a birth-date finding gives; a month without its day
    gives the month's last day (the youngest the person can be)."""
    if f.kind == "id_number":
        return id_birth_date(normalize(f.text).upper())
    if f.kind != "birth_date":
        return None
    parts = _NUMBER_RE.findall(f.text)
    if len(parts) == 1 and len(parts[0]) == 8 and parts[0].isdigit():  # 19700122
        parts = [parts[0][:4], parts[0][4:6], parts[0][6:]]
    if len(parts) < 2:
        return None
    try:
        y, m, *d = (int(p) if p[0].isdigit() else _cn_number(p) for p in parts[:3])
        if d:
            return dt.date(y, m, d[0])
        next_month = dt.date(y + m // 12, m % 12 + 1, 1)
        return next_month - dt.timedelta(days=1)
    except (ValueError, KeyError):
        return None


def _party_births(text: str, findings: list[Finding]) -> list[dt.date]:
    """The birth dates written in the party's header block (ID numbers, birth dates)."""
    return [
        born for f in findings if (born := _birth(f)) is not None and _party_field(text, f.start)
    ]


def _decision_date(text: str, findings: list[Finding]) -> dt.date | None:
    return document_date(text, [(f.start, f.end) for f in findings if f.kind == "birth_date"])


def minor_party_reasons(text: str, findings: list[Finding], today: dt.date) -> list[str]:
    """A party (当事人, 经营者 …) whose ID number or birth date says they are under 18 on
    ``today``, the day the document would be published (DESIGN §4: "a party who is a minor").

    A party who was a minor on the decision's date but is an adult now does not hold the
    document: their name and numbers are masked like anyone's, and ``was_minor_party`` keeps
    their name masked even under a policy that publishes the party's name."""
    for born in _party_births(text, findings):
        age = _age(born, today)
        if 0 <= age < 18:
            return [f"当事人为未成年人（{age}岁）"]
    return []


def was_minor_party(text: str, findings: list[Finding]) -> bool:
    """Whether the party was under 18 on the document's date (or says so in its header)."""
    on = _decision_date(text, findings)
    if on is not None and any(0 <= _age(b, on) < 18 for b in _party_births(text, findings)):
        return True
    return _stated_age(text) is not None


def _party_field(text: str, pos: int) -> bool:
    """Whether ``pos`` is in the party's header block: the last line label before it is a
    party's (当事人：…) and no sentence has ended since."""
    # no label has a line break inside it: the first line's label and those after a line
    # break are the matches of one search with (?:^|\n), in this order
    label = _FIRST_LINE_LABEL_RE.match(text, 0, pos)
    for m in _LINE_LABEL_RE.finditer(text, 0, pos):
        label = m
    return label is not None and label.group(1) in PARTY and text.find("。", label.end(), pos) < 0


#: the party said to be a minor (王五（未成年人）, 系未成年人), not a minor mentioned in the
#: party's line (…涉嫌接纳未成年人)
MINOR_WORD_RE = re.compile(r"(?:[（(，,、]|系|为|是)[ \u3000]*未成年人?(?:[）)，,、。；\s]|$)")
AGE_RE = re.compile(r"(?:年龄|时年|现年)[：:\s]*([0-9０-９]{1,2})|[（(，,]([0-9０-９]{1,2})周?岁")
_PARTY_LINE = re.compile(
    r"(?:^|\n)[ \u3000\t|]*(?:" + "|".join(PARTY) + r")[ \u3000]*(?:姓名)?[：:|\t]"
)


#: where a party's header block ends: a full stop, a blank line, an indented paragraph (the body)
_BLOCK_END = re.compile("。|\n[ \u3000\t]*\r?\n|\n[ \u3000\t]")
_ORGANISATION = re.compile("公司|有限|合作社|集团|统一社会信用代码")


def _stated_age(text: str) -> int | None:
    """The age under 18 a party header states (年龄：16, （16岁）); 0 for 未成年人 without one."""
    if "岁" not in text and "年龄" not in text and "未成年" not in text:
        return None  # none of the statements below can be there (saves scanning the header)
    for m in _PARTY_LINE.finditer(text, 0, 4000):  # the party's header block
        block = _BLOCK_END.split(text[m.end() : m.end() + 200], 1)[0]
        if _ORGANISATION.search(block.split("\n", 1)[0]):
            continue  # the party is a company: the ages below are other people's
        for a in AGE_RE.finditer(block):
            age = int(a.group(1) or a.group(2))
            if age < 18:
                return age
        if "未成年" in block and MINOR_WORD_RE.search(block):
            return 0
    return None


def stated_age_reasons(text: str, findings: list[Finding], today: dt.date) -> list[str]:
    """A party header that states an age under 18 (年龄：16, （16岁）, 未成年人) on the
    document's date, unless the years since that date make the party an adult for certain."""
    stated = _stated_age(text)
    if stated is None:
        return []
    on = _decision_date(text, findings) or today
    least_now = stated + max(0, _age(on, today))  # full years since the document's date
    if least_now >= 18:
        return []
    return [f"当事人为未成年人（{stated}岁）" if stated else "当事人为未成年人"]


#: characters OCR and old fonts give for the ones titles use (笔彔 for 笔录)
_TITLE_VARIANTS = str.maketrans({"彔": "录", "錄": "录", "書": "书", "決": "决", "筆": "笔"})
_VARIANT_RE = re.compile("[彔錄書決筆]")
_TITLE_END_RE = re.compile(r"(书|表|录|单|函|回证|报告|通知|记录)$")


def title_of(text: str) -> str:
    """The document's title: the first short line among the first few that names a document."""
    for line in text[:1000].strip().splitlines()[:8]:
        line = line.strip().strip("#").strip().replace(" ", "").replace("\u3000", "")
        if not 2 <= len(line) <= 30:
            continue  # (translating keeps the length)
        if _VARIANT_RE.search(line):
            line = line.translate(_TITLE_VARIANTS)
        if _TITLE_END_RE.search(line):
            return line
    return ""


def process_reasons(text: str, rules: HoldRules) -> list[str]:
    title = title_of(text)
    if not title or title.endswith(tuple(rules.decision_titles)):
        return []
    if any(t in title for t in rules.process_titles):
        return [f"过程性文书：{title}"]
    return []


def hold_reasons(
    text: str, findings: list[Finding], rules: HoldRules, today: dt.date | None = None
) -> list[str]:
    """Why the document is held; ``today`` (the day it would be published) decides ages."""
    today = today or today_in_china()
    reasons = []
    if rules.confidentiality_markings:
        reasons += marking_reasons(text)
    if rules.minor_party:
        reasons += minor_party_reasons(text, findings, today) or stated_age_reasons(
            text, findings, today
        )
    if rules.health:
        reasons += health_reasons(text)
    reasons += process_reasons(text, rules)
    return reasons
