"""Home addresses of natural persons (住址, 住所, 户籍地 …); a company's seat is public.

Whose address it is comes from the nearest marker before the address word: a person's field
(性别, 民族, 身份证, a name found as private) or an organisation's (统一社会信用代码, 公司 …).
"""

from __future__ import annotations

import re

from redaction.detectors.base import Detector, DocumentContext, Finding, register
from redaction.roles import PUBLIC_LINE_STARTS
from redaction.tables import in_header, tables
from redaction.text import is_cjk, on_public_line

#: what follows where a home lies, to its flat (…3单元502室的住宅, …1903室房屋)
_HOME_AHEAD = (
    "[^，,。；;\n]{6,60}?[0-9０-９](?:[室号户]的(?:住宅|住房|自建房|民房|家中)"
    "|[室户]的?(?:出租)?(?:房屋|住宅|住房|家中))"
)
ADDRESS_RE = re.compile(
    r"(?P<cue>住(?<=[，,（(\s]住)(?=[\u4e00-\u9fff]{2,12}?[省市区县州盟旗])|家住|住在|居住于|"
    r"居住在|租住于|租住在|暂住于|暂住在|借住于|借住在|寄住于|寄住在|住于|"
    r"暂住(?=[：:]|[\u4e00-\u9fff]{2,12}?[省市区县州盟旗])|"
    r"现居住于|现居于|现居|住所地|家庭住址|家庭地址|现住址|现住|居住地址|居住地|户籍地址|"
    r"户籍所在地|户籍地|经常居住地|暂住地址|暂住地|住址|住所|住处|房屋坐落|地址|住[ \u3000]+[址所]|"
    # a home named by where it lies, to its flat (你所有的位于…3单元502室的住宅, 你在…2单元
    # 1903室房屋顶层搭建…; not 位于…168号附近的一处民房, where an inspection took place)
    # (在 only after a person: 你在, 其在, 当事人在; 在 is too common to try everywhere. Each
    # branch starts with its own literal: a group of alternatives first (?:位于|在) makes the
    # regex engine try every position of the text, ~9x slower)
    f"位于(?={_HOME_AHEAD})|在(?<=[你其人]在)(?={_HOME_AHEAD})|"
    # a flat (…2单元502室) that a home or a let flat lies at (涉案房屋位于…502室，房东…)
    r"位于(?<=房屋位于|住房位于|住宅位于|租屋位于|租房位于)(?=[^，,。；;\n]{6,60}?[0-9０-９]室))"
    # (a bracket after 收货地址 and the like: …及收货地址（宜昌市…48号）)
    r"(?:确认|信息)?\*{0,2}(?:[：:]{1,2}|[为是在]|位于|[ \u3000]*[|｜\t]|[（(])?[ \u3000]*"
    r"(?:所有的|名下的|自有的|承租的|租住的)?"  # 你在所有的…室房屋: whose it is
    # (or one or two characters before a PDF's wrap: 现住汉⏎中市城固县…)
    r"(?P<addr>[^\s，,。；;）)、（(“”\"：:|]{3,80}|[^\s，,。；;）)、（(“”\"：:|]{1,2}(?=\r?\n))"
)
PERSON_MARK = re.compile(
    r"性别|民族|出生|身份证|公民身份|[，,\n][男女][，,\n]|护照|通行证|个人"
    r"|你(?!单位|公司|店|厂|社|部|司|中心|企业)"  # a notice to a person (你于…, 你的…)
)
ORG_MARK = re.compile(
    r"统一社会信用代码|信用代码|营业执照|注册号|有限公司|有限责任公司|股份|公司|"
    r"合作社|经营场所|单位|集团|医院|学校|协会|中心：|机构"
)
#: people whose own field line may carry their home address
PERSON_ROLES_ON_LINE = ("法定代表人", "负责人", "委托代理人", "代理人", "经营者", "监护人", "股东")
PUBLIC_BEFORE = (
    "机关",
    "单位",
    "办公",
    "本局",
    "公司",
    "企业",
    "注册",
    "经营",
    "营业",
    "执法",
    "机构",
)
#: (not any line that starts with 本局: 本局于…接到投诉，经核查，你在…的房屋 is a paragraph)
_AGENCY_LINE_STARTS = PUBLIC_LINE_STARTS + ("本机关住所", "本局住所", "本机关办公", "本局办公")
#: address words only a person's home has (a company's seat is its 住所 or 地址)
PERSONAL_CUES = frozenset(
    ("住", "家住", "住在", "住址", "家庭住址", "家庭地址", "现住址", "现住", "现居住于", "现居")
    + ("户籍地", "户籍地址", "户籍所在地", "居住地", "居住地址", "经常居住地", "位于", "在")
)
#: an organisation's mark that says where a person works (…公司出租汽车驾驶员，住…)
_WORKPLACE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:员|工|师|司机|经理|主管|职工)[，,；;]")
#: a flat in a block (…9幢4单元2502室): someone's home
_RESIDENTIAL = re.compile(r"[0-9０-９]+单元[0-9０-９]+室")
#: the words after a home named by where it lies (位于…的住宅)
_HOME_AFTER = re.compile(
    "的(?:住宅|住房|自建房|民房|家中)|(?<=[室户])的?(?:出租)?(?:房屋|住宅|住房|家中)"
)
#: the address words a bracket may follow (收货地址（…）), and the words of a buyer's address
_BRACKET_CUES = frozenset(("地址", "住址", "家庭住址", "现住址", "住所"))
_BUYER_ADDRESS = ("收货", "收件")
#: the words before 位于 that say a home or a let flat lies there
_HOME_BEFORE = ("房屋", "住房", "住宅", "租屋", "租房")
#: a bracket's whole content that is an address: CJK characters and digits to a unit
_BRACKETED_HOME = re.compile(
    r"[\u4e00-\u9fff][\u4e00-\u9fff0-9０-９\-－]{3,40}[号室组户](?:附[0-9０-９]+号)?(?=[）)])"
)
_DIGIT = re.compile("[0-9０-９]")
#: what an address has somewhere: an administrative unit, a street, a number
_PLACE_PART = re.compile("[省市区县州旗盟镇乡村路街道巷弄里屯组号室栋幢0-9０-９區縣鄉鎮]")
#: an address after 住 right after a name (…郑来福住景洪市勐罕镇曼沙村32号。)
_LIVES_AT = re.compile(
    r"(?:在|于)?(?=[\u4e00-\u9fff]{2,12}?[省市区县州盟旗镇乡村])"
    r"[^\s，,。；;）)、（(“”\"：:|]{3,80}?[0-9０-９]+[号室组户](?:附[0-9０-９]+号)?"
)
#: the parts of an address a home has (a village, a street, a block)
_HOME_PARTS = re.compile(r"[村镇乡路街巷弄里屯]|小区|社区|[栋幢]|单元")
_NUMBERED = re.compile(r"[0-9０-９一二三四五六七八九十]+\s*[号栋幢组单元室楼弄巷排户层]")


@register
class AddressDetector(Detector):
    kind = "address"
    look_back = 160

    def analyze(self, text: str, doc: DocumentContext) -> list[Finding]:
        names = [f.end for f in doc.findings if f.kind == "person_name"]
        found = self._table_cells(text)
        for m in ADDRESS_RE.finditer(text):
            cue, start = m.group("cue"), m.start()
            if cue == "地址" and not _NUMBERED.search(m.group("addr")):
                continue  # (the cheapest test first)
            if not _PLACE_PART.search(text, m.start("addr"), max(m.end("addr"), m.start() + 12)):
                continue  # 向居住地公安机关办理…, 居住于上述住所: no place is named
            if text[m.end("cue") : m.end("cue") + 1] in "（(" and (
                cue not in _BRACKET_CUES or not _NUMBERED.search(m.group("addr"))
            ):
                continue  # 住所（经营场所）：…: a bracket after an address word is a note
            if in_header(text, start):
                continue  # | 住址 | 联系电话 |: labels of a table's columns
            if text[max(0, start - 4) : start].endswith(PUBLIC_BEFORE):
                continue
            if on_public_line(text, m.start("addr"), _AGENCY_LINE_STARTS):
                continue
            window_start = max(0, start - self.look_back)
            window = text[window_start:start]
            person = max(
                [p.end() for p in PERSON_MARK.finditer(window)]
                + [n - window_start for n in names if window_start <= n <= start]
                + [-1]
            )
            line_start = text.rfind("\n", 0, start) + 1
            org = max(
                [
                    o.end()
                    for o in ORG_MARK.finditer(window)
                    if not (
                        cue in PERSONAL_CUES
                        and (
                            window_start + o.start() < line_start
                            or _WORKPLACE.match(window, o.end())
                        )
                    )
                ]
                + [-1]
            )
            line = text[line_start:start]
            if any(role in line for role in PERSON_ROLES_ON_LINE):
                person = len(window)  # 法定代表人：张三，住所：… is a person's home
            if (
                cue == "地址"
                and person < 0
                and text[max(0, start - 2) : start] in ("送达", "邮寄", "收件", "收货")
                and (
                    _RESIDENTIAL.search(m.group("addr"))
                    or text.startswith(_BUYER_ADDRESS, start - 2)
                )
            ):
                person = len(window)  # 送达地址：…3单元502室: where the party lives; a buyer's
            if org > person or (cue == "地址" and person < 0):
                continue
            if cue in ("位于", "在") and not text.startswith(_HOME_BEFORE, start - 2):
                home = _HOME_AFTER.search(text, m.start("addr"), m.start("addr") + 70)
                if home is None:
                    continue
                found.append(
                    Finding(
                        self.kind,
                        m.start("addr"),
                        home.start(),
                        text[m.start("addr") : home.start()],
                        0.8 if person >= 0 else 0.6,
                        self.name,
                    )
                )
                continue
            score = 0.8 if person >= 0 else 0.6
            end = _continued(text, m.end("addr"), m.start("addr") + 100)
            if run_on := _RUN_ON_LABEL.search(text, m.start("addr") + 3, end):
                end = run_on.start()  # …205室联系电话158…: fields run together
                while text[end - 1] in " \u3000":
                    end -= 1
            addr = text[m.start("addr") : end]
            if len(addr) - sum(c.isspace() for c in addr) < 3:
                continue  # a wrap that no address went on after
            found.append(Finding(self.kind, m.start("addr"), end, addr, score, self.name))
        found += self._after_names(text, doc)
        return found

    def _after_names(self, text: str, doc: DocumentContext) -> list[Finding]:
        """A home in brackets right after a private person's name, with no address word
        (彭新民（贡江镇上欧村上湾17号）在询问中称…), or after 住 (郑来福住景洪市…32号)."""
        found = []
        for f in doc.findings:
            if f.kind != "person_name":
                continue
            if text[f.end : f.end + 1] == "住" and (home := _LIVES_AT.match(text, f.end + 1)):
                end = _continued(text, home.end(), home.start() + 100)
                found.append(
                    Finding(self.kind, home.start(), end, text[home.start() : end], 0.8, self.name)
                )
                continue
            if text[f.end : f.end + 1] not in "（(":
                continue
            m = _BRACKETED_HOME.match(text, f.end + 1)
            if (
                m
                and _HOME_PARTS.search(m.group())
                and _DIGIT.search(m.group())  # (同单元住户: no address)
                and not ADDRESS_RE.match(text, f.end + 1)  # （住…）: read by its word
            ):
                found.append(Finding(self.kind, m.start(), m.end(), m.group(), 0.7, self.name))
        return found

    def _table_cells(self, text: str) -> list[Finding]:
        """Values under a home-address column of a table of people (| 姓名 | … | 住址 |)."""
        found = []
        for cell in tables(text).cells:
            if cell.label in HOME_COLUMNS and PERSON_COLUMNS.intersection(cell.columns):
                value = text[cell.start : cell.end]
                found.append(Finding(self.kind, cell.start, cell.end, value, 0.8, self.name))
        return found


#: a table's column of home addresses, and the columns that make its rows people
HOME_COLUMNS = frozenset(
    ("住址", "现住址", "家庭住址", "家庭地址", "户籍地址", "户籍地", "户籍所在地", "居住地")
    + ("居住地址", "现居住地", "现居住地址", "住所", "住所地", "经常居住地", "暂住地")
    + ("暂住地址", "地址", "联系地址", "通讯地址", "现住地址", "家庭住所")
    + ("收货地址", "收件地址", "送达地址", "邮寄地址")
)
PERSON_COLUMNS = frozenset(
    ("姓名", "性别", "身份证号", "身份证号码", "公民身份号码", "身份证", "证件号码", "出生日期")
    + ("年龄", "民族", "出生年月", "当事人", "被处罚人", "经营者", "联系人姓名")
    + ("投诉人", "举报人", "消费者", "收件人", "收货人", "买家", "顾客", "患者", "就诊人")
    + ("学员", "乘客", "游客", "业主", "租户", "户主", "承包户", "养殖户", "劳动者", "工人")
)


#: the label of the next field where a text runs its fields together without punctuation
_RUN_ON_LABEL = re.compile(
    "(?:联系电话|联系方式|电话|手机|邮编|邮政编码|身份证号码?|公民身份号码)[：: \u3000]*"
    "(?=[0-9０-９(（+])|性别[：: \u3000]*[男女]|民族[：: \u3000]*[\u4e00-\u9fff]{1,4}族"
    "|(?:职业|工作单位|电子邮箱)[：:]"
)
#: what an address is made of after a space or a line break (ADDRESS_RE's addr group)
_MORE = re.compile(r"[^\s，,。；;）)、（(“”\"：:|]+")
#: the label of the next field (联系电话：, 经营场所：): the address has ended
_LABEL_AT = re.compile(r"[^\s，,。；;：:|]{1,8}[ \u3000]*[：:]")
#: an address that ends here is whole: its last unit (…号, …室, …3组) is written
_WHOLE = re.compile(r"[号室组户楼层幢栋弄座院]$")
#: the next line goes on with a unit of the same address (2栋 / 301室)
_UNIT_AT = re.compile(r"[0-9０-９]+[ \u3000]*[号室栋幢单元楼层组户]")


#: a line this long or shorter ended by itself; a longer one may have been wrapped
_WRAPPED_LINE = 16
#: a next line that starts a sentence of its own (a date, the agency, the party)
_NOT_ADDRESS = re.compile(r"[0-9０-９]{4}年|当事人|经查|本机关|本局|[于在]20")


def _continued(text: str, end: int, limit: int) -> int:
    """Where an address that the regex read up to ``end`` really ends: text extracted from a
    PDF or typed to align splits it with spaces (芙蓉区 五一大道 123 号) or breaks its line
    (五一大 / 道123号2栋 / 301室). A space goes on to more address unless a field label
    follows; a line break only where the address is not whole yet, or a unit follows."""
    while end < min(limit, len(text)):
        j = end
        while j < len(text) and j - end < 3 and text[j] in " \u3000":
            j += 1
        spaces = j > end
        if text.startswith("\r\n", j):
            j += 2
        elif text.startswith("\n", j):
            j += 1
        if j == end or j >= len(text):
            return end
        broken = text[j - 1] == "\n"
        # (the address's last character: it is no line break, so $ can only match at end)
        if broken and _WHOLE.match(text, end - 1, end) and not _UNIT_AT.match(text, j):
            return end
        if broken and (
            text[j] in " \u3000\n"  # an indented new paragraph, or an empty line
            or end - text.rfind("\n", 0, end) <= _WRAPPED_LINE  # a short line ends a field
        ):
            return end
        if not spaces and not broken:
            return end
        if _LABEL_AT.match(text, j):
            return end
        more = _MORE.match(text, j)
        if not more or not (is_cjk(text[j]) or text[j].isdigit()):
            return end
        if broken and _NOT_ADDRESS.search(more.group()):
            return end
        end = more.end()
    return end
