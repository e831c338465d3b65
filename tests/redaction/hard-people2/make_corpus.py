#!/usr/bin/env python3
"""Generate the held-out "hard-people2" redaction corpus (docs/ + labels.json).

Decisions and notices about natural persons and small businesses, dense with people written
many ways: parties, relatives (配偶, 其子, 之女, 胞弟, 岳父 …), witnesses, complainants,
employees, neighbours, drivers and passengers, buyers, guarantors, interpreters; older rural
names (张有福, 李二狗, 王秀兰), names that are also words (高峰, 石磊, 江山, 方圆, 金鑫, 常青,
安宁, 白雪), single-character given names (王芳, 李静), compound surnames (欧阳, 司马, 诸葛,
上官), minority names with and without a middle dot, foreign nationals with passports (Latin
name and Chinese transliteration), 港澳台 residents with their permits; people named later by
surname + title (张师傅, 李老板, 老刘) and first named deep in a narrative without a role word,
in a table or in a list of evidence. Kinds: 行政处罚决定书, 不予行政处罚决定书, 当场行政处罚决定书,
责令改正通知书, 听证告知书, 陈述申辩告知书, 查封/扣押 and 解除 decisions; held: a marking, a
minor party, a process document (集体讨论记录). Formats: aligned label forms, ☑/□ forms,
paragraphs copied from a PDF (hard wraps, page footers), Markdown with tables.

Labelling conventions (DESIGN.md §4, policy spc-2016; as in ../hard-domains/make_corpus.py):
- person_name (sensitive): every natural person not acting for the agency, a company (as its
  legal representative) or as a lawyer: parties, 个体工商户 operators, relatives, witnesses,
  complainants, employees, drivers, passengers, buyers, guarantors, interpreters, non-lawyer
  agents, minors. Latin-letter names and their Chinese transliterations are both labelled.
- Forms of address built on a surname only (张师傅, 李老板, 老刘, 王某某 as already written by the
  agency) are not labelled; the full name they stand for is labelled where it occurs.
- A 个体工商户 named after its operator is not a keep label; its credit code and premises are.
- address: the part of a natural person's home/户籍/送达 address below the district or county.
  Business premises and places of the offence are kept (location / org_address).
- passport: passports and 港澳/台湾 travel permits. 港澳台居民居住证 numbers are id_number.
- Kept: officers and their certificate numbers, legal representatives and titles, lawyers with
  their firms and practice numbers, companies, credit codes, statutes, amounts, dates, decision
  numbers, agency address and phone.
- Held: a confidentiality marking, a minor party (age from the ID's birth date on 2026-11-25),
  a process document. Negations ("不涉及国家秘密、商业秘密", "密级：无", "是否涉密：否",
  "公开方式：主动公开") do not hold a document. Minors who are not the party do not hold it.
- Names that are also words never occur as words elsewhere in their document (the scorer
  would count the word as a leak).

Deterministic (fixed seed). Everything is fictional; ID numbers, bank cards and credit codes
carry valid check characters.

    python3 tests/redaction/hard-people2/make_corpus.py      # rewrites docs/ and labels.json

Self-checks: every label occurs verbatim; no sensitive text sits inside a keep text; an ideal
redaction leaks nothing under the scorer's rules and keeps every keep label; no unlabelled
number shares an 8-digit run with a sensitive one.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from core.checksums import gb11643_check_char  # noqa: E402
from tests.redaction.hard_corpus import (  # noqa: E402
    K,
    N,
    S,
    check_unlabelled_numbers,
    cn,
    fresh_docs_dir,
    id18,
    load_scorer,
    luhn,
    parse_segments,
    print_summary,
    render_segments,
    self_check,
    split_labels,
    uscc,
    write_labels,
)

HERE = Path(__file__).resolve().parent
SEED = 20261125
TODAY = dt.date(2026, 11, 25)

# province, city, district/county, region code, area code, plate prefix, short agency prefix
REGIONS = {
    "hn": ("湖南省", "常德市", "桃源县", "430725", "0736", "湘J", "桃"),
    "js": ("江苏省", "徐州市", "沛县", "320322", "0516", "苏C", "沛"),
    "sc": ("四川省", "南充市", "仪陇县", "511324", "0817", "川R", "仪"),
    "gd": ("广东省", "东莞市", "东莞市", "441900", "0769", "粤S", "东"),
    "zj": ("浙江省", "金华市", "义乌市", "330782", "0579", "浙G", "义"),
    "xj": ("新疆维吾尔自治区", "喀什地区", "喀什市", "653101", "0998", "新Q", "喀"),
    "nm": ("内蒙古自治区", "呼伦贝尔市", "陈巴尔虎旗", "150725", "0470", "蒙E", "陈"),
    "fj": ("福建省", "厦门市", "思明区", "350203", "0592", "闽D", "思"),
    "yn": ("云南省", "西双版纳傣族自治州", "勐腊县", "532823", "0691", "云K", "勐"),
    "hb": ("河北省", "保定市", "清苑区", "130608", "0312", "冀F", "清"),
    "sd": ("山东省", "临沂市", "兰陵县", "371324", "0539", "鲁Q", "兰"),
    "gx": ("广西壮族自治区", "北海市", "银海区", "450503", "0779", "桂E", "银"),
}
OFFICERS = [
    "覃泽宇",
    "蒯文静",
    "冉承志",
    "阚晓东",
    "仇立新",
    "隋海鹏",
    "揭明辉",
    "奚若兰",
    "卜家宁",
    "眭志远",
    "訾红英",
    "寇振华",
    "帅俊杰",
    "冼国栋",
    "竺晓雯",
    "糜建新",
    "闻人达",
    "钭丽萍",
]
STREETS = ["建设路", "人民路", "解放街", "朝阳路", "文化路", "滨江路", "迎宾大道", "五一路"]
ESTATES = ["幸福里小区", "金桂园", "阳光花园", "锦江华府", "书香苑", "东湖小区", "翠竹苑"]
TOWNS = ["城关镇", "陬市镇", "漳江镇", "太平乡", "双溪镇", "龙潭镇", "黄石乡", "新兴镇"]
VILLAGES = ["枫林村", "白石村", "大坪村", "桃花村", "河湾村", "青山村", "杨柳村", "石桥村"]


class Gen:
    def __init__(self, rng: random.Random):
        self.rng = rng

    def pick(self, seq):
        return self.rng.choice(seq)

    def born(self, lo=1958, hi=1998) -> dt.date:
        return dt.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def pid(self, reg, born: dt.date, male=True, region: str | None = None) -> str:
        seq = self.rng.randint(100, 998)
        if seq % 2 != male:
            seq += 1
        return id18(region or reg[3], born, seq)

    def mobile(self) -> str:
        return self.pick(["138", "139", "135", "158", "186", "187", "152", "199", "177"]) + "".join(
            self.pick("0123456789") for _ in range(8)
        )

    def landline(self, reg) -> str:
        return f"{reg[4]}-{self.rng.randint(2, 8)}{self.rng.randint(0, 9999999):07d}"

    def card(self) -> str:
        return luhn(
            self.pick(["622848", "621700", "622202", "623058", "621799"])
            + "".join(self.pick("0123456789") for _ in range(12))
        )

    def home(self) -> str:
        r = self.rng
        return f"{r.choice(STREETS)}{r.randint(3, 288)}号{r.choice(ESTATES)}{r.randint(1, 24)}栋{r.randint(1, 3)}单元{r.randint(1, 26)}0{r.randint(1, 4)}室"

    def village(self) -> str:
        r = self.rng
        return f"{r.choice(TOWNS)}{r.choice(VILLAGES)}{r.randint(1, 12)}组{r.randint(1, 66)}号"

    def plate(self, reg) -> str:
        r = self.rng
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        return (
            reg[5]
            + r.choice(letters)
            + r.choice(letters + "0123456789")
            + "".join(r.choice("0123456789") for _ in range(3))
        )

    def cert(self, reg) -> str:
        r = self.rng
        return r.choice(
            [
                lambda: f"{reg[3][:2]}{r.randint(100000, 999999)}{r.randint(100, 999)}",
                lambda: f"{reg[5][0]}{reg[3][:4]}{r.randint(1000, 9999)}",
                lambda: f"ZF{reg[3][:4]}{r.randint(10000, 99999)}",
            ]
        )()

    def day(self, year: int, lo=1, hi=9) -> dt.date:
        return dt.date(year, self.rng.randint(lo, hi), self.rng.randint(1, 27))

    def lawyer_no(self, reg) -> str:
        return f"1{reg[3][:4]}{self.rng.randint(2008, 2020)}1{self.rng.randint(1000000, 9999999)}"


class Ctx:
    """One agency, a decision number, officers, dates and the stock paragraphs of a document."""

    def __init__(self, g: Gen, reg, agency: str, code: str, year: int, review: str | None = None):
        self.g, self.reg, self.year = g, reg, year
        self.agency = agency
        self.num = f"{reg[6]}{code}〔{year}〕{g.rng.randint(5, 480)}号"
        self.found = g.day(year, 1, 7)
        self.notice = self.found + dt.timedelta(days=g.rng.randint(18, 40))
        self.sign_day = self.notice + dt.timedelta(days=g.rng.randint(8, 20))
        self.off = g.rng.sample(OFFICERS, 2)
        self.certs = [g.cert(reg), g.cert(reg)]
        self.addr = f"{reg[1]}{reg[2]}{g.pick(['政务中心大道', '府前路', '行政中心西路'])}{g.rng.randint(1, 199)}号"
        self.phone = g.landline(reg)
        self.review = review or f"{reg[1]}{reg[2]}人民政府"
        self.court = f"{reg[2]}人民法院"

    def head(self, title: str, top: str = "") -> str:
        return f"{top}{K('agency', self.agency)}\n{title}\n{K('decision_number', self.num)}\n\n"

    def remedy(self, ind="    ") -> str:
        return (
            f"{ind}如不服本决定，可以在收到本决定书之日起六十日内向{self.review}申请行政复议，也可以在六个月内直接向"
            f"{self.court}提起行政诉讼。复议或诉讼期间，本决定不停止执行。\n"
        )

    def pay(self, ind="    ") -> str:
        return (
            f"{ind}当事人应自收到本决定书之日起十五日内将罚款缴至指定银行。到期不缴纳的，依据"
            f"{K('statute', '《中华人民共和国行政处罚法》第七十二条第一款')}的规定，每日按罚款数额的百分之三加处罚款。\n"
        )

    def told(self, said="当事人在规定期限内未提出陈述、申辩意见。", ind="    ") -> str:
        return (
            f"{ind}{K('date', cn(self.notice))}，本机关向当事人送达《行政处罚告知书》，告知拟作出行政处罚的事实、理由、依据及其依法享有的权利。"
            f"{said}\n"
        )

    def officers(self, label="执法人员") -> str:
        o, c = self.off, self.certs
        return f"{label}：{K('officer', o[0])}（执法证号：{K('officer_cert', c[0])}）、{K('officer', o[1])}（执法证号：{K('officer_cert', c[1])}）\n"

    def sign(self, officers=True) -> str:
        t = "\n" + (self.officers() if officers else "")
        t += (
            f"地址：{K('agency_address', self.addr)}　联系电话：{K('agency_phone', self.phone)}\n\n"
        )
        return t + f"{K('agency', self.agency)}\n{K('date', cn(self.sign_day))}\n"


def doc(
    markup, hold=False, party="natural", kind="行政处罚决定书", family="", fmt="plain", ext=".txt"
):
    return dict(markup=markup, hold=hold, party=party, kind=kind, family=family, fmt=fmt, ext=ext)


def home_of(g: Gen, reg, rural=False) -> str:
    tail = g.village() if rural else g.home()
    return f"{reg[0]}{reg[1]}{reg[2]}{S('address', tail)}"


# ---------------------------------------------------------------- documents
def d_food_shop(g, reg, y):
    """个体 food shop: rural names, 配偶, 其子, complainant with a word name, evidence list."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}市场监督管理局", "市监罚", y)
    b = g.born(1961, 1970)
    prem = f"{reg[2]}{g.pick(TOWNS)}{g.pick(STREETS)}{g.rng.randint(1, 90)}号"
    code = uscc(g.rng, reg[3], "92")
    t = c.head("行政处罚决定书")
    t += (
        f"当 事 人：{reg[2]}有福土菜馆（个体工商户）\n"
        f"经 营 者：{N('张有福')}\n"
        f"统一社会信用代码：{K('uscc', code)}\n"
        f"经营场所：{K('location', prem)}\n"
        f"身份证号：{S('id_number', g.pid(reg, b))}\n"
        f"住　　所：{home_of(g, reg, True)}\n"
        f"联系电话：{S('phone', g.mobile())}\n\n"
        f"    {K('date', cn(c.found))}，本局接到消费者{N('高峰')}投诉，称其在当事人处就餐后出现腹泻。本局执法人员当日对当事人经营场所进行检查，"
        f"发现后厨冰柜内存放超过保质期的冷冻鸭掌6袋，当事人未能提供从业人员健康证明。现场负责收银的系经营者之妻{N('王秀兰')}，"
        f"其称冻品由其子{N('张小毛')}从批发市场购进。厨师刘师傅称自己只负责炒菜。\n"
        f"    上述事实有以下证据证明：\n"
        f"    1. 现场检查笔录、现场照片；\n"
        f"    2. {N('张有福')}、{N('王秀兰')}的询问笔录；\n"
        f"    3. {N('张小毛')}提供的进货单据；\n"
        f"    4. 厨师{N('刘德顺')}的陈述；\n"
        f"    5. 投诉人{N('高峰')}提供的就餐小票及微信支付记录。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国食品安全法》第三十四条第（十）项')}的规定。依据"
        f"{K('statute', '《中华人民共和国食品安全法》第一百二十四条第一款')}，决定：1.没收超过保质期的冷冻鸭掌6袋；2.罚款{K('amount', '人民币伍万元')}。\n"
    )
    t += c.told(
        said=f"当事人委托其子{N('张小毛')}到本局进行了陈述，称系初次违法，本局经复核不予采纳。"
    )
    t += c.pay() + c.remedy() + c.sign()
    return doc(t, family="food/rural-names-evidence-list", fmt="form")


def d_straw(g, reg, y):
    """不予处罚: 露天焚烧秸秆, 胞弟, village witness, 密级：无 negation."""
    c = Ctx(g, reg, f"{reg[1]}生态环境局{reg[2]}分局", "环不罚", y, review=f"{reg[1]}生态环境局")
    b = g.born(1958, 1966)
    field = f"{reg[2]}{g.pick(TOWNS)}{g.pick(VILLAGES)}北侧农田"
    t = "密级：无\n公开方式：主动公开\n\n" + c.head("不予行政处罚决定书")
    t += (
        f"当事人：{N('李二狗')}，男，汉族，{S('birth_date', cn(b))}生，公民身份号码{S('id_number', g.pid(reg, b))}，"
        f"户籍地{home_of(g, reg, True)}。\n\n"
        f"    {K('date', cn(c.found))}17时许，本分局接群众举报，称{K('location', field)}有人露天焚烧秸秆。执法人员赶到现场时火已被扑灭，"
        f"过火面积约三亩。经调查，该地块由当事人与其胞弟{N('李三娃')}共同耕种，当日由当事人点火焚烧玉米秸秆。"
        f"村民小组长{N('赵小毛')}证实，当事人点火后发现风大即与{N('李三娃')}一起用水扑救。"
        f"邻近地块承包户{N('刘三妹')}称火势未蔓延至其田内。\n"
        f"    当事人的行为违反了{K('statute', '《中华人民共和国大气污染防治法》第七十七条')}的规定。鉴于当事人系初次违法且危害后果轻微，"
        f"并已及时改正，依据{K('statute', '《中华人民共和国行政处罚法》第三十三条第一款')}的规定，本分局决定不予行政处罚，并对当事人进行了批评教育。\n"
    )
    t += c.remedy() + c.sign()
    t += "\n本决定书不涉及国家秘密、商业秘密，依法公开。\n"
    return doc(t, kind="不予行政处罚决定书", family="eco/no-penalty-negations")


def d_taxi_onspot(g, reg, y):
    """当场处罚 form: taxi driver with a word name, two passengers, plate."""
    c = Ctx(
        g, reg, f"{reg[1]}交通运输综合行政执法支队", "交执当罚", y, review=f"{reg[1]}交通运输局"
    )
    b = g.born(1975, 1990)
    plate = g.plate(reg)
    t = c.head("当场行政处罚决定书")
    t += (
        "当事人类型：☑个人　□单位\n"
        f"姓　　名：{N('石磊')}　　　　性　　别：☑男 □女\n"
        f"身份证号：{S('id_number', g.pid(reg, b))}\n"
        f"联系方式：{S('phone', g.mobile())}\n"
        f"住　　址：{home_of(g, reg)}\n"
        f"车辆号牌：{S('license_plate', plate)}　　车辆类型：巡游出租汽车\n"
        f"违法事实：{K('date', cn(c.found))}21时10分，当事人驾驶出租汽车在{K('location', reg[1] + '火车站北广场出租车待客区')}"
        f"拒载乘客{N('方圆')}（联系电话：{S('phone', g.mobile())}），后又不按规定使用计价器，与乘客{N('刘桂英')}议价收费60元。\n"
        f"处罚依据：{K('statute', '《巡游出租汽车经营服务管理规定》第四十九条')}\n"
        f"处罚决定：☑警告　☑罚款 罚款金额：{K('amount', '贰佰元')}（{K('amount', '¥200')}）\n"
        "履行方式：□当场缴纳　☑十五日内到指定银行缴纳\n"
        f"    当事人如不服本决定，可以在收到本决定书之日起六十日内向{c.review}申请行政复议，或者在六个月内向{c.court}提起行政诉讼。\n"
        f"当事人签名：{N('石磊')}　　{K('date', cn(c.found))}\n"
        f"执法人员：{K('officer', c.off[0])}　证号：{K('officer_cert', c.certs[0])}\n"
        f"　　　　　{K('officer', c.off[1])}　证号：{K('officer_cert', c.certs[1])}\n"
        f"{K('agency', c.agency)}（印章）\n"
    )
    return doc(t, kind="当场行政处罚决定书", family="transport/taxi-onspot", fmt="form")


def d_roof_rectify(g, reg, y):
    """责令改正: rooftop structure; owner, complainant neighbour, 物业 staff, 包工头 named once."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}综合行政执法局", "综执责改", y)
    room = g.home()
    t = c.head("责令限期改正通知书")
    t += (
        f"{N('江山')}：\n"
        f"    经查，你在{reg[1]}{reg[2]}{S('address', room)}房屋顶层露台未经规划许可擅自搭建彩钢板房约二十八平方米。"
        f"该情况系同单元住户{N('金鑫')}向本局投诉，物业服务中心客服{N('常青')}于{K('date', cn(c.found))}向本局报告并提供了照片。"
        f"现场施工人员称其受雇于老刘，经核实即{N('刘建军')}（联系电话{S('phone', g.mobile())}），"
        f"其承认系受你委托施工。你的配偶{N('何平')}在现场表示搭建系为晾晒衣物。\n"
        f"    上述行为违反了{K('statute', '《中华人民共和国城乡规划法》第四十条第一款')}的规定。依据"
        f"{K('statute', '《中华人民共和国城乡规划法》第六十四条')}的规定，现责令你于{K('date', cn(c.found + dt.timedelta(days=15)))}前自行拆除上述违法建筑，"
        "逾期不改正的，本局将依法处理。\n"
    )
    t += c.sign()
    return doc(t, kind="责令限期改正通知书", family="chengguan/roof-rectify")


def d_hearing_lawyer(g, reg, y):
    """听证告知书 to a compound-surname party; lawyer kept; wife is a guarantor; single-char names."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}市场监督管理局", "市监听告", y)
    b = g.born(1980, 1990)
    lawyer, firm = "钟明远", f"{reg[1]}正衡律师事务所"
    t = c.head("行政处罚听证告知书")
    t += (
        f"{N('欧阳晓峰')}（公民身份号码：{S('id_number', g.pid(reg, b))}）：\n"
        f"    本局于{K('date', cn(c.found))}对你在{K('location', reg[2] + '国际商贸城二区' + str(g.rng.randint(10, 99)) + '街' + str(g.rng.randint(1000, 9999)) + '号商位')}"
        f"销售侵犯注册商标专用权的运动鞋一案进行了调查。经查，涉案运动鞋共计412双，系你从{N('王芳')}处购进，货款{K('amount', '人民币三万四千元')}"
        f"通过你的配偶{N('李静')}名下账户（{S('bank_account', g.card())}）支付。商位雇员{N('张伟')}称你每周补货两次。\n"
        f"    依据{K('statute', '《中华人民共和国商标法》第六十条第二款')}的规定，本局拟对你作出没收侵权商品并处罚款{K('amount', '人民币拾伍万元')}的行政处罚。"
        "根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你有权在收到本告知书之日起五日内要求举行听证。逾期视为放弃。\n"
        f"    你已委托{K('lawyer', lawyer)}（{K('law_firm', firm)}律师，执业证号{K('lawyer_license', g.lawyer_no(reg))}）为代理人。"
        f"你申请分期缴纳罚款的，应提供担保，你提出由{N('李静')}之父{N('李长庚')}担任担保人，本局将一并审查。\n"
    )
    t += c.sign()
    return doc(t, kind="行政处罚听证告知书", family="market/hearing-lawyer-guarantor")


def d_netbar(g, reg, y):
    """陈述申辩告知书 to an internet-cafe operator; minors are not the party (not held)."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}文化和旅游局", "文旅告", y)
    g.born(1978, 1988)  # drawn for a stable sequence
    kid1 = dt.date(2011, g.rng.randint(1, 12), g.rng.randint(1, 28))
    prem = f"{reg[2]}{g.pick(STREETS)}{g.rng.randint(1, 200)}号二楼"
    t = c.head("行政处罚陈述申辩告知书")
    t += (
        f"{reg[2]}极速网吧（个体工商户，经营者：{N('司马南')}，统一社会信用代码：{K('uscc', uscc(g.rng, reg[3], '92'))}，"
        f"经营场所：{K('location', prem)}）：\n"
        f"    {K('date', cn(c.found))}22时30分，本局执法人员检查时发现，你场所内有两名未成年人正在上网。经询问，"
        f"其中一人为{N('陈晨')}（{S('birth_date', cn(kid1))}出生），另一人自称小宇，由其母{N('安宁')}到场后确认其真实姓名为{N('周子轩')}。"
        f"当班网管{N('杨帆')}称两人使用的是其表哥{N('陈国栋')}的身份证开卡。你本人当晚不在场，由你的弟弟{N('司马北')}代为管理。\n"
        f"    你的行为违反了{K('statute', '《互联网上网服务营业场所管理条例》第二十一条')}的规定。依据"
        f"{K('statute', '《互联网上网服务营业场所管理条例》第三十一条第（二）项')}，本局拟对你处以警告并罚款{K('amount', '人民币壹万元')}。"
        "你有权在收到本告知书之日起三日内进行陈述和申辩，逾期视为放弃。\n"
    )
    t += c.sign()
    return doc(t, kind="行政处罚陈述申辩告知书", family="culture/netbar-minors-not-party")


def d_seize_md(g, reg, y):
    """扣押决定书 (Markdown): counterfeit liquor; witness, warehouse landlord, driver + plate."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}市场监督管理局", "市监强制", y)
    b = g.born(1976, 1992)
    wh = f"{reg[2]}{g.pick(TOWNS)}物流园{g.rng.randint(1, 30)}号仓库"
    t = f"# {K('agency', c.agency)}\n\n## 实施行政强制措施决定书\n\n{K('decision_number', c.num)}\n\n"
    t += "| 项目 | 内容 |\n| --- | --- |\n"
    t += f"| 当事人 | {N('诸葛明亮')} |\n| 证件号码 | {S('id_number', g.pid(reg, b))} |\n"
    t += f"| 住址 | {home_of(g, reg)} |\n| 联系电话 | {S('phone', g.mobile())} |\n| 物品存放地点 | {K('location', wh)} |\n\n"
    t += (
        f"{K('date', cn(c.found))}，本局在{K('location', wh)}查获标注“五粮液”字样的白酒120箱，当事人不能提供合法来源。"
        f"仓库系当事人向{N('周铁柱')}租用；送货司机{N('吴大勇')}驾驶{S('license_plate', g.plate(reg))}号厢式货车将货物运入，"
        f"其称受“诸葛老板”电话指派。依据{K('statute', '《中华人民共和国商标法》第六十二条第一款')}的规定，本局决定对下列物品实施扣押：\n\n"
        "| 序号 | 物品名称 | 规格 | 数量 |\n| --- | --- | --- | --- |\n"
        "| 1 | 白酒（标注“五粮液”） | 500ml×6瓶/箱 | 120箱 |\n| 2 | 空白包装盒 | — | 300个 |\n\n"
        f"扣押期限为三十日，自{K('date', cn(c.found))}起算。\n\n"
        f"**见证人**：{N('杨秀兰')}（物流园管理处工作人员）  \n**当事人签名**：{N('诸葛明亮')}  \n"
        f"**执法人员**：{K('officer', c.off[0])}（{K('officer_cert', c.certs[0])}）、{K('officer', c.off[1])}（{K('officer_cert', c.certs[1])}）\n\n"
        f"{K('agency', c.agency)}  \n{K('date', cn(c.found))}\n"
    )
    return doc(t, kind="实施行政强制措施决定书", family="market/seizure-md", ext=".md")


def d_foreigner(g, reg, y):
    """Foreign national working illegally: Latin name + transliteration, passport, interpreter."""
    c = Ctx(g, reg, f"{reg[1]}公安局出入境管理支队", "公出罚决字", y, review=f"{reg[1]}公安局")
    c.court = f"{reg[1]}中级人民法院"
    comp = f"{reg[1]}蓝海国际语言培训有限公司"
    pp = "5" + "".join(g.pick("0123456789") for _ in range(8))
    born = g.born(1986, 1994)
    t = c.head("行政处罚决定书")
    t += (
        f"违法行为人：{N('John Michael SMITH')}（中文译名：{N('约翰·迈克尔·史密斯')}），男，{S('birth_date', cn(born))}出生，英国籍，"
        f"护照号码：{S('passport', pp)}，境内住址：{reg[1]}{reg[2]}{S('address', g.home())}。\n\n"
        f"    现查明，{K('date', cn(c.found))}，违法行为人持学习类居留许可在{K('company', comp)}（统一社会信用代码：{K('uscc', uscc(g.rng, reg[3]))}，"
        f"法定代表人：{K('legal_rep', '孔德胜')}）担任英语外教，按课时领取报酬。该公司前台工作人员{N('白雪')}证实，SMITH每周授课约二十课时；"
        f"其同事、加拿大籍人员{N('Emily CHEN')}（{N('陈艾米')}，护照号码：{S('passport', 'AB' + str(g.rng.randint(1000000, 9999999)))}）亦证实上述情况。"
        f"询问时由翻译人员{N('韩雨桐')}担任翻译。\n"
        f"    以上事实有违法行为人的陈述和申辩、证人证言、劳务报酬转账记录等证据证实。\n"
        f"    根据{K('statute', '《中华人民共和国出境入境管理法》第八十条第一款')}之规定，决定对{N('John Michael SMITH')}处罚款{K('amount', '人民币壹万元')}。\n"
    )
    t += c.remedy() + c.sign()
    return doc(t, family="entry-exit/foreigner-passport")


def d_taiwan_bnb(g, reg, y):
    """Taiwan resident running an unlicensed 民宿: 台胞证, 居住证 number, mainland spouse, guests."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}文化和旅游局", "文旅罚", y)
    tb = g.born(1970, 1980)
    permit = f"{g.rng.randint(10000000, 99999999)}"
    rid = g.pid(reg, tb, region="830000")
    wb = g.born(1982, 1990)
    loc = f"{reg[1]}{reg[2]}鼓浪屿{g.pick(['龙头路', '福建路', '安海路'])}{g.rng.randint(1, 90)}号"
    t = c.head("行政处罚决定书")
    t += (
        f"当事人：{N('林志明')}，男，台湾居民，台湾居民来往大陆通行证号码：{S('passport', permit)}，"
        f"港澳台居民居住证号码：{S('id_number', rid)}，现住{home_of(g, reg)}。\n\n"
        f"    经查，当事人与其妻{N('黄美玲')}（大陆居民，公民身份号码：{S('id_number', g.pid(reg, wb, False))}）自{K('date', cn(c.found - dt.timedelta(days=60)))}起，"
        f"在{K('location', loc)}未经许可从事旅馆经营活动，通过网络平台接待住客。住客{N('郑浩然')}、{N('上官婉清')}的住宿订单及付款记录显示，"
        f"房费均转入{N('黄美玲')}的手机账户。负责打扫的阿姨姓吴，自称“吴姐”，经核实为{N('吴桂香')}。\n"
        f"    当事人的行为违反了{K('statute', '《旅馆业治安管理办法》第四条')}的规定，依据相关规定，决定对当事人罚款{K('amount', '人民币伍仟元')}，并责令停止经营。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, family="culture/taiwan-resident-permit")


def d_hk_daigou(g, reg, y):
    """Hong Kong resident selling imported milk powder without labels (PDF wrap); buyers listed."""
    c = Ctx(g, reg, f"{reg[1]}市场监督管理局", "东市监罚", y, review=f"{reg[1]}人民政府")
    g.born(1983, 1993)  # drawn for a stable sequence
    hk = "H" + "".join(g.pick("0123456789") for _ in range(8))
    mo = "M" + "".join(g.pick("0123456789") for _ in range(8))
    t = c.head("行政处罚决定书")
    t += (
        f"当事人：{N('黄家豪')}，香港居民，港澳居民来往内地通行证号码{S('passport', hk)}，联系电话{S('phone', '+852 ' + str(g.rng.randint(51000000, 69999999)))}，"
        f"内地暂住地址{reg[1]}{S('address', g.pick(['塘厦镇', '长安镇', '虎门镇']) + g.home())}。\n"
        f"    {K('date', cn(c.found))}，本局接到消费者{N('梁晓彤')}举报，称其通过社交软件向当事人购买的婴幼儿配方奶粉无中文标签。"
        f"经查，当事人自香港携带奶粉入境后在内地加价销售，共售出142罐，违法所得{K('amount', '人民币八千五百二十元')}。"
        f"购买人{N('龚雪梅')}、{N('覃丽')}分别提供了转账记录；与当事人合伙采购的澳门居民{N('何嘉欣')}（通行证号码{S('passport', mo)}）另案处理。"
        f"当事人的表姐{N('黄淑仪')}负责在内地收货。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国食品安全法》第九十七条')}的规定，依据{K('statute', '《中华人民共和国食品安全法》第一百二十五条第一款')}，"
        f"决定没收违法所得{K('amount', '人民币八千五百二十元')}，并处罚款{K('amount', '人民币伍万元')}。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, family="market/hk-macau-permits", fmt="wrap")


def d_uyghur_restaurant(g, reg, y):
    """Uyghur names with and without a middle dot: operator, husband, employee, customer."""
    c = Ctx(g, reg, f"{reg[2]}市场监督管理局", "喀市监罚", y, review=f"{reg[2]}人民政府")
    b = g.born(1979, 1989)
    prem = f"{reg[2]}{g.pick(['人民东路', '解放北路', '艾提尕尔路'])}{g.rng.randint(1, 200)}号"
    t = c.head("行政处罚决定书")
    t += (
        f"当事人：{reg[2]}丝路风味餐厅（个体工商户）\n"
        f"经营者：{N('阿依古丽·买买提')}，女，维吾尔族，{S('birth_date', cn(b))}出生\n"
        f"身份证件号码：{S('id_number', g.pid(reg, b, False))}\n"
        f"统一社会信用代码：{K('uscc', uscc(g.rng, reg[3], '92'))}\n"
        f"经营场所：{K('location', prem)}\n\n"
        f"    {K('date', cn(c.found))}，本局执法人员检查发现，当事人店内使用的餐具未经消毒即重复使用，消毒柜处于断电状态。"
        f"店内帮工{N('买买提江')}称消毒柜坏了一个多月；当事人丈夫{N('艾尔肯·吐尔洪')}称已联系维修。"
        f"就餐顾客{N('努尔古丽艾买提')}在现场向执法人员反映餐具上有油污。另查明，当事人店招与其登记名称不一致。\n"
        f"    以上事实有现场笔录、{N('阿依古丽·买买提')}的询问笔录、{N('买买提江')}的证言、现场照片为证。\n"
        f"    依据{K('statute', '《中华人民共和国食品安全法》第一百二十六条第一款第（五）项')}的规定，决定对当事人给予警告，并处罚款{K('amount', '人民币伍仟元')}。\n"
    )
    t += (
        c.told(said="当事人提出申辩，称已购置新消毒柜。本局认为其申辩不影响违法事实的认定。")
        + c.pay()
        + c.remedy()
        + c.sign()
    )
    return doc(t, family="food/minority-names", fmt="form")


def d_grassland(g, reg, y):
    """Mongolian/Tibetan names without a dot; herders; 责令改正 with rural address."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}林业和草原局", "林草罚", y)
    b = g.born(1965, 1980)
    t = c.head("行政处罚决定书")
    t += (
        f"当事人：{N('巴特尔')}，男，蒙古族，身份证号{S('id_number', g.pid(reg, b))}，住{reg[1]}{reg[2]}{S('address', '巴彦库仁镇' + g.pick(['东乌珠尔嘎查', '哈日干图嘎查']) + str(g.rng.randint(1, 9)) + '组' + str(g.rng.randint(1, 60)) + '号')}。\n\n"
        f"    经查，{K('date', cn(c.found))}，当事人在{K('location', reg[2] + '鄂温克民族苏木西侧天然草原')}擅自开垦草原种植饲草料，面积约"
        "四十二亩。嘎查长证实该片草原未经审批。当事人称开垦系与其女婿"
        + N("朝鲁门")
        + "商量后进行，机械由牧户"
        f"{N('乌兰图雅')}提供。藏族务工人员{N('扎西次仁')}驾驶拖拉机实施了翻耕作业。\n"
        f"    当事人的行为违反了{K('statute', '《中华人民共和国草原法》第四十六条')}的规定，依据{K('statute', '《中华人民共和国草原法》第六十六条')}，"
        f"决定：责令停止违法行为、限期恢复植被，并处罚款{K('amount', '人民币捌仟元')}。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, family="grassland/mongolian-tibetan-names")


def d_land_wrap(g, reg, y):
    """Illegal land use by a villager (PDF wrap): son, village cadre, surveyor, neighbour."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}自然资源局", "自然资罚", y)
    b = g.born(1956, 1964)
    plot = f"{reg[2]}{g.pick(TOWNS)}{g.pick(VILLAGES)}{g.rng.randint(2, 9)}组"
    t = c.head("行政处罚决定书")
    t += (
        f"当事人：{N('孙来福')}，男，{S('birth_date', cn(b))}出生，公民身份号码{S('id_number', g.pid(reg, b))}，住址{home_of(g, reg, True)}，"
        f"联系电话{S('phone', g.mobile())}。\n"
        f"    经查，{K('date', cn(c.found))}，当事人未经批准，在{K('location', plot + '村道东侧')}占用集体耕地建设住宅一栋，占地面积236.5平方米。"
        f"该房屋由当事人之子{N('孙小龙')}出资，由{N('周德旺')}组织施工。{N('周德旺')}称其只管干活，图纸是{N('孙小龙')}找人画的。"
        f"{K('company', reg[1] + '天衡测绘有限公司')}出具的勘测定界报告证实，所占土地为一般耕地。村委会主任{N('郑大牛')}证实当事人未提出宅基地申请；"
        f"相邻户{N('钱秀英')}证实当事人原有宅基地一处，面积约一百二十平方米，未拆除。\n"
        f"    当事人的行为违反了{K('statute', '《中华人民共和国土地管理法》第六十二条第一款')}的规定，依据{K('statute', '《中华人民共和国土地管理法》第七十八条第一款')}"
        f"的规定，决定：责令当事人退还非法占用的土地，限期拆除在非法占用的土地上新建的房屋。\n"
    )
    t += (
        c.told(
            said=f"当事人之子{N('孙小龙')}代为提出申辩，称家中人口增加。本局经复核，申辩理由不能成立。"
        )
        + c.remedy()
        + c.sign()
    )
    return doc(t, family="land/villager-relatives", fmt="wrap")


def d_wages_wrap(g, reg, y):
    """人社 decision on a 个体 employer (PDF wrap): workers named only deep in the narrative."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}人力资源和社会保障局", "人社监罚", y)
    prem = f"{reg[2]}{g.pick(STREETS)}{g.rng.randint(1, 200)}号"
    t = c.head("劳动保障监察行政处罚决定书")
    t += (
        f"被处罚人：{reg[2]}鸿运服装加工厂（个体工商户）\n经营者：{N('冯金宝')}\n统一社会信用代码：{K('uscc', uscc(g.rng, reg[3], '92'))}\n"
        f"经营场所：{K('org_address', prem)}\n\n"
        f"    本局于{K('date', cn(c.found))}接到投诉后立案调查。经查，被处罚人自上年十月起拖欠车间工人工资。被处罚人称资金被客户占用，"
        f"但其账簿显示同期向{N('冯金凤')}转账二十余万元，{N('冯金凤')}系其胞姐。车工{N('谢春花')}、{N('蒋有才')}、{N('潘秀梅')}的工资条与考勤记录相互印证；"
        f"{N('谢春花')}于三月份离职时仅领取了一半工资。被处罚人未按{K('statute', '《劳动保障监察条例》')}规定期限提供工资支付台账，"
        f"本局于{K('date', cn(c.found + dt.timedelta(days=7)))}再次调取时，由其会计{N('戴丽娟')}签收了调取通知。袁老板（被处罚人的合伙人）在询问中拒绝回答，"
        f"经核实该人系{N('袁振东')}。\n"
        f"    依据{K('statute', '《劳动保障监察条例》第三十条第一款第（二）项')}的规定，决定对被处罚人处以罚款{K('amount', '人民币贰仟元')}。\n"
    )
    t += c.pay() + c.remedy() + c.sign()
    return doc(t, kind="劳动保障监察行政处罚决定书", family="hrss/deep-names", fmt="wrap")


def d_fishers_md(g, reg, y):
    """Three fishermen jointly fined (Markdown table of parties); boat owner relative."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}农业农村局", "农渔罚", y)
    rows = []
    for name, male in (("韦海生", True), ("莫小燕", False), ("黎阿弟", True)):
        b = g.born(1968, 1995)
        rows.append(
            f"| {N(name)} | {'男' if male else '女'} | {S('id_number', g.pid(reg, b, male))} | {home_of(g, reg, True)} | {S('phone', g.mobile())} |"
        )
    t = f"# {K('agency', c.agency)}\n\n## 行政处罚决定书\n\n{K('decision_number', c.num)}\n\n### 当事人基本情况\n\n"
    t += (
        "| 姓名 | 性别 | 身份证号 | 住址 | 电话 |\n| --- | --- | --- | --- | --- |\n"
        + "\n".join(rows)
        + "\n\n"
    )
    t += (
        "### 违法事实\n\n"
        f"{K('date', cn(c.found))}，本局渔政执法人员在{K('location', '银海区侨港镇东南约3海里海域')}检查时发现，上述三名当事人在禁渔期内使用"
        f"“桂北渔{g.rng.randint(10000, 99999)}”号渔船进行拖网作业。渔船登记所有人为{N('韦海生')}的父亲{N('韦德胜')}。"
        f"{N('莫小燕')}系{N('韦海生')}的妻子，负责分拣渔获；{N('黎阿弟')}为雇用船员。现场查获渔获物约320公斤。\n\n"
        "### 证据\n\n"
        f"1. 现场检查（勘验）笔录；\n2. {N('韦海生')}、{N('莫小燕')}、{N('黎阿弟')}的询问笔录；\n3. 渔船登记证书复印件（所有人：{N('韦德胜')}）；\n4. 现场照片及视频。\n\n"
        "### 处罚决定\n\n"
        f"依据{K('statute', '《中华人民共和国渔业法》第三十八条第一款')}的规定，决定：没收渔获物，对{N('韦海生')}罚款{K('amount', '人民币叁万元')}，"
        f"对{N('莫小燕')}、{N('黎阿弟')}各罚款{K('amount', '人民币伍仟元')}。\n\n"
    )
    t += c.pay(ind="") + "\n" + c.remedy(ind="") + "\n"
    t += f"执法人员：{K('officer', c.off[0])}（{K('officer_cert', c.certs[0])}）  \n执法人员：{K('officer', c.off[1])}（{K('officer_cert', c.certs[1])}）\n\n"
    t += f"{K('agency', c.agency)}  \n{K('date', cn(c.sign_day))}\n"
    return doc(t, family="fishery/joint-parties-md", ext=".md")


def d_traffic_onspot(g, reg, y):
    """公安交管 simplified-procedure decision: driver, passenger, owner (岳父), plates."""
    c = Ctx(
        g, reg, f"{reg[1]}公安局交通警察支队{reg[2]}大队", "公交决字", y, review=f"{reg[1]}公安局"
    )
    b = g.born(1985, 1998)
    t = c.head("公安交通管理简易程序处罚决定书")
    t += (
        f"被处罚人：{N('刘洋')}　　驾驶证号：{S('id_number', g.pid(reg, b))}　　准驾车型：C1\n"
        f"联系方式：{S('phone', g.mobile())}\n"
        f"车辆牌号：{S('license_plate', g.plate(reg))}　　车辆所有人：{N('孟长贵')}（系被处罚人岳父）\n"
        f"    被处罚人于{K('date', cn(c.found))}08时12分，在{K('location', '国道205线' + str(g.rng.randint(100, 999)) + '公里处')}实施驾驶时未按规定使用安全带、"
        f"副驾驶座乘车人{N('孟晓丽')}未系安全带的违法行为。后排乘车人为其子{N('刘子墨')}（6岁），未使用儿童安全座椅。\n"
        f"    根据{K('statute', '《中华人民共和国道路交通安全法》第九十条')}、{K('statute', '《中华人民共和国道路交通安全法》第五十一条')}，"
        f"决定处以罚款{K('amount', '50元')}。\n"
        "    持本决定书在十五日内到指定银行缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。\n"
        f"    如不服本决定，可以在收到本决定书之日起六十日内向{c.review}申请行政复议，或者在六个月内向{c.court}提起行政诉讼。\n"
        f"处罚地点：{K('location', reg[2] + '国道205线卡口')}\n"
        f"交通警察：{K('officer', c.off[0])}　警号：{K('officer_cert', str(g.rng.randint(100000, 999999)))}\n"
        f"被处罚人签名：{N('刘洋')}\n{K('agency', c.agency)}\n{K('date', cn(c.found))}\n"
    )
    return doc(t, kind="简易程序处罚决定书", family="traffic/onspot-family", fmt="form")


def d_tenants_fire(g, reg, y):
    """消防 责令改正 to a landlord of a crowded rental: tenants named in a list."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}消防救援大队", "消责改", y, review=f"{reg[1]}消防救援支队")
    bld = f"{reg[2]}{g.pick(TOWNS)}{g.pick(STREETS)}{g.rng.randint(1, 300)}号出租楼"
    t = c.head("责令限期改正通知书")
    t += (
        f"{N('郑秋生')}：\n"
        f"    根据{K('statute', '《中华人民共和国消防法》')}之规定，我大队于{K('date', cn(c.found))}对你出租的{K('location', bld)}进行了消防监督检查，发现下列问题：\n"
        "    1. 一层架空层停放电动自行车并私拉电线充电；\n"
        "    2. 三层、四层以木板分隔出租，形成“群租房”，居住人员共计十一人；\n"
        "    3. 楼梯间堆放杂物，影响疏散。\n"
        "    现场登记的部分租住人员如下：\n"
        f"    {N('欧阳小军')}（301室），{N('曹翠兰')}（302室，系{N('欧阳小军')}之母），{N('夏侯杰')}（401室），"
        f"{N('马丽')}（402室，联系电话{S('phone', g.mobile())}）。\n"
        f"    你的代理人、二房东{N('郑冬梅')}（系你的胞妹）在检查记录上签字确认。\n"
        f"    依据{K('statute', '《中华人民共和国消防法》第六十条第一款')}的规定，责令你于{K('date', cn(c.found + dt.timedelta(days=10)))}前改正。\n"
    )
    t += c.sign()
    return doc(t, kind="责令限期改正通知书", family="fire/tenants-list")


def d_vendor_onspot(g, reg, y):
    """城管当场处罚 of a street vendor helped by his mother (form, 15-digit old ID)."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}综合行政执法局", "综执当罚", y)
    b = g.born(1962, 1966)
    old_id = f"{reg[3]}{b:%y%m%d}{g.rng.randint(100, 999)}"
    t = c.head("当场行政处罚决定书")
    t += (
        f"当 事 人：{N('杜铁柱')}　　性别：男　　身份证号：{S('id_number', old_id)}\n"
        f"住　　址：{home_of(g, reg, True)}\n"
        f"违法时间：{K('date', cn(c.found))}18时40分\n"
        f"违法地点：{K('location', reg[2] + '人民路与建设路交叉口西北角人行道')}\n"
        f"违法事实：当事人占用人行道摆摊销售水果，经劝导后仍不撤离。其母{N('吕桂花')}在旁协助收款。\n"
        f"处罚依据：{K('statute', '《城市市容和环境卫生管理条例》第三十六条第（二）项')}\n"
        f"处罚内容：罚款{K('amount', '人民币壹佰元')}\n"
        f"当事人签名：{N('杜铁柱')}\n"
        f"执法人员：{K('officer', c.off[0])}（{K('officer_cert', c.certs[0])}）　{K('officer', c.off[1])}（{K('officer_cert', c.certs[1])}）\n"
        f"{K('agency', c.agency)}\n"
    )
    return doc(t, kind="当场行政处罚决定书", family="chengguan/vendor-15id", fmt="form")


def d_fireworks(g, reg, y):
    """应急 查封 of fireworks stored at home: compound surname, 胞弟, neighbour complainant."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}应急管理局", "应急查封", y)
    b = g.born(1972, 1985)
    home = g.village()
    t = c.head("查封决定书")
    t += (
        f"当事人：{N('上官秀娟')}，女，公民身份号码{S('id_number', g.pid(reg, b, False))}，住址{reg[0]}{reg[1]}{reg[2]}{S('address', home)}。\n\n"
        f"    {K('date', cn(c.found))}，本局根据邻居{N('段春生')}的举报，对当事人住宅一楼进行检查，发现储存烟花爆竹约一百二十箱。"
        f"当事人称烟花系其胞弟{N('上官建华')}春节前未售完寄存于此。{N('上官建华')}持有的烟花爆竹零售许可证已于上年过期。\n"
        f"    依据{K('statute', '《中华人民共和国安全生产法》第六十五条第一款第（四）项')}的规定，本局决定对上述烟花爆竹予以查封，查封期限三十日。"
        "查封期间，当事人不得擅自启封、转移、损毁。\n"
    )
    t += c.remedy() + c.sign()
    return doc(t, kind="查封决定书", family="ems/fireworks-home-address")


def d_netshop_nopenalty(g, reg, y):
    """不予处罚: online-shop operator with a word name; courier; consumers in the evidence list."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}市场监督管理局", "市监不罚", y)
    b = g.born(1993, 2001)
    t = c.head("不予行政处罚决定书")
    t += (
        f"当事人：{N('白雪')}\n性别：女\n公民身份号码：{S('id_number', g.pid(reg, b, False))}\n"
        f"经营场所：{K('location', reg[2] + '电商产业园' + str(g.rng.randint(1, 9)) + '号楼' + str(g.rng.randint(101, 520)) + '室')}\n"
        f"网店名称：雪儿家居小铺\n\n"
        f"    经查，当事人在其网店页面宣传所售枕头“零甲醛、国家级认证”，但不能提供证明材料。消费者{N('金秋')}投诉后，当事人已于当日修改宣传内容。"
        f"当事人丈夫{N('齐国强')}负责网店客服，快递揽收员{N('尹小东')}证实该款枕头累计发货仅37件。\n"
        f"    证据：1.{N('金秋')}的投诉材料；2.{N('白雪')}、{N('齐国强')}的询问笔录；3.网店页面截图；4.{N('尹小东')}提供的揽件记录。\n"
        f"    鉴于当事人初次违法、危害后果轻微并及时改正，依据{K('statute', '《中华人民共和国行政处罚法》第三十三条第一款')}的规定，决定不予行政处罚。\n"
    )
    t += c.remedy() + c.sign()
    t += "\n是否涉密：否　　公开方式：主动公开\n"
    return doc(t, kind="不予行政处罚决定书", family="market/netshop-no-penalty")


def d_blackcab_hearing(g, reg, y):
    """听证告知书 on illegal ride service: passengers named in a witness list, owner, guarantor."""
    c = Ctx(
        g, reg, f"{reg[1]}交通运输综合行政执法支队", "交执听告", y, review=f"{reg[1]}交通运输局"
    )
    g.born(1980, 1992)  # drawn for a stable sequence
    plate = g.plate(reg)
    t = c.head("行政处罚听证告知书")
    t += (
        f"{N('陶春雷')}：\n"
        f"    {K('date', cn(c.found))}，本支队执法人员在{K('location', reg[1] + '高铁站东出口')}查获你驾驶{S('license_plate', plate)}小型轿车，"
        f"未取得道路运输经营许可，擅自从事道路旅客运输经营。车上乘客四人，分别为{N('蔡文博')}、{N('蔡文静')}（二人系兄妹）、"
        f"{N('龙海燕')}及{N('龙海燕')}之女{N('贺思琪')}，每人收费80元。该车登记在{N('陶春雷')}的母亲{N('熊菊英')}名下。\n"
        f"    依据{K('statute', '《中华人民共和国道路运输条例》第六十三条')}的规定，本支队拟对你作出罚款{K('amount', '人民币叁万元')}的行政处罚。"
        "你有权要求举行听证，如要求听证，应当在收到本告知书之日起五日内提出。\n"
        f"    该车辆已于{K('date', cn(c.found))}依法暂扣，车辆扣押期间，由{N('熊菊英')}提出以其存款提供担保。\n"
    )
    t += c.sign()
    return doc(t, kind="行政处罚听证告知书", family="transport/blackcab-hearing")


def d_pigs_wrap(g, reg, y):
    """农业 decision on sale of dead pigs (PDF wrap): breeder, buyer, helper, vet."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}农业农村局", "农罚", y)
    b = g.born(1966, 1978)
    t = c.head("行政处罚决定书")
    t += (
        f"当事人：{N('马德胜')}，男，回族，公民身份号码：{S('id_number', g.pid(reg, b))}，住所：{home_of(g, reg, True)}。\n"
        f"    经查，当事人系生猪养殖户，{K('date', cn(c.found))}将病死生猪三头以每头四百元的价格出售给{N('常青山')}。"
        f"{N('常青山')}将其运至屠宰点途中被查获，运输车辆为{S('license_plate', g.plate(reg))}号农用车，由其雇用的{N('邱石头')}驾驶。"
        f"当事人的帮工{N('马小花')}证实，三头猪于前一日夜间死亡。乡畜牧兽医站出具了检疫情况说明。"
        f"当事人的银行账户{S('bank_account', g.card())}收到{N('常青山')}转账一千二百元。\n"
        f"    依据{K('statute', '《中华人民共和国动物防疫法》第九十八条第（三）项')}的规定，决定：没收违法所得{K('amount', '人民币壹仟贰佰元')}，并处罚款{K('amount', '人民币贰万元')}。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, family="agri/dead-pigs", fmt="wrap")


def d_korean_perf(g, reg, y):
    """陈述申辩告知书 on an unlicensed 演出经纪 person; Korean performer with passport."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}文化和旅游局", "文旅告", y)
    b = g.born(1988, 1996)
    pp = "M" + "".join(g.pick("0123456789") for _ in range(8))
    venue = f"{reg[1]}{reg[2]}{g.pick(STREETS)}{g.rng.randint(1, 200)}号星光酒吧"
    t = c.head("行政处罚陈述申辩告知书")
    t += (
        f"{N('闫宇航')}（身份证号{S('id_number', g.pid(reg, b))}）：\n"
        f"    经查，你未取得营业性演出经营资格，于{K('date', cn(c.found))}在{K('location', venue)}组织韩国籍演员{N('KIM MIN JUN')}"
        f"（{N('金敏俊')}，护照号码{S('passport', pp)}）进行营业性演出，收取演出费用{K('amount', '人民币一万二千元')}。酒吧经营者{K('company', reg[1] + '星光餐饮管理有限公司')}"
        f"（法定代表人：{K('legal_rep', '严立群')}）提供了付款记录；演出现场音响师{N('石小磊')}证实演出持续约九十分钟。\n"
        f"    依据{K('statute', '《营业性演出管理条例》第四十三条第一款')}，本局拟对你作出没收违法所得并罚款{K('amount', '人民币陆万元')}的行政处罚。"
        "你可以在收到本告知书之日起三日内提出陈述和申辩。\n"
    )
    t += c.sign()
    return doc(t, kind="行政处罚陈述申辩告知书", family="culture/korean-performer")


def d_marked(g, reg, y):
    """Held: a confidentiality marking on a decision about drone mapping near a restricted area."""
    c = Ctx(g, reg, f"{reg[1]}自然资源和规划局", "自然资规罚", y, review=f"{reg[1]}人民政府")
    b = g.born(1990, 1998)
    t = c.head("行政处罚决定书", top="机密★5年\n\n")
    t += (
        f"当事人：{N('诸葛文轩')}，男，身份证号{S('id_number', g.pid(reg, b))}。\n"
        f"    经查，当事人与{N('蒋春燕')}未取得测绘资质，使用无人机对{K('location', reg[2] + '某区域')}进行航空摄影测量，所获成果已提供给{N('邓海波')}。\n"
        f"    依据{K('statute', '《中华人民共和国测绘法》第五十五条')}，决定没收测绘成果和测绘工具，并处罚款{K('amount', '人民币拾万元')}。\n"
    )
    t += c.remedy() + c.sign()
    return doc(t, hold=True, family="held/marking")


def d_minor_party(g, reg, y):
    """Held: the party is 16 (ID birth date); father named; motorcycle without licence."""
    c = Ctx(
        g, reg, f"{reg[1]}公安局交通警察支队{reg[2]}大队", "公交决字", y, review=f"{reg[1]}公安局"
    )
    b = dt.date(2010, g.rng.randint(1, 10), g.rng.randint(1, 28))
    t = c.head("公安交通管理行政处罚决定书")
    t += (
        f"被处罚人：{N('戚浩宇')}，男，公民身份号码{S('id_number', g.pid(reg, b))}，住址{home_of(g, reg, True)}。\n"
        f"法定监护人：{N('戚永华')}（系被处罚人父亲），联系电话{S('phone', g.mobile())}。\n"
        f"    被处罚人于{K('date', cn(c.found))}在{K('location', reg[2] + '县道X021线')}未取得机动车驾驶证驾驶{S('license_plate', g.plate(reg))}号普通二轮摩托车，"
        f"后座搭载同学{N('贺俊杰')}。\n"
        f"    依据{K('statute', '《中华人民共和国道路交通安全法》第九十九条第一款第（一）项')}，决定处罚款{K('amount', '人民币贰佰元')}。\n"
    )
    t += c.remedy() + c.sign()
    return doc(t, hold=True, family="held/minor-party")


def d_discussion(g, reg, y):
    """Held: 集体讨论记录, a process document (participants, the party and witnesses named)."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}市场监督管理局", "市监", y)
    t = f"{K('agency', c.agency)}\n行政处罚案件集体讨论记录\n\n"
    t += (
        f"时间：{K('date', cn(c.notice))}9时30分\n地点：本局三楼会议室\n"
        f"主持人：{K('officer', '易国华')}（副局长）\n"
        f"参加人员：{K('officer', c.off[0])}、{K('officer', c.off[1])}、{K('officer', '葛晓燕')}（法制科）\n"
        f"记录人：{K('officer', c.off[1])}\n"
        f"讨论案件：{N('方卫东')}销售不合格电动自行车充电器案\n"
        f"案情介绍：承办人{K('officer', c.off[0])}汇报，当事人{N('方卫东')}经营的车行销售的充电器经抽检不合格，购买人{N('柯雨欣')}使用后起火。"
        f"当事人的妻子{N('郝丽君')}称进货来源为{N('柯建平')}。\n"
        "讨论意见：建议罚款叁万元，没收违法所得。\n"
        "结论：同意承办人意见。\n"
        f"参会人员签名：{K('officer', '易国华')} {K('officer', c.off[0])} {K('officer', c.off[1])} {K('officer', '葛晓燕')}\n"
    )
    return doc(t, hold=True, kind="集体讨论记录", family="held/process-discussion", fmt="form")


def d_release_car(g, reg, y):
    """解除扣押: the vehicle of a driver (老刘 nickname), his wife collects it; aligned labels."""
    c = Ctx(
        g, reg, f"{reg[1]}交通运输综合行政执法支队", "交执解扣", y, review=f"{reg[1]}交通运输局"
    )
    b = g.born(1970, 1982)
    prev = f"{reg[6]}交执扣〔{y}〕{g.rng.randint(5, 99)}号"
    plate = g.plate(reg)
    t = c.head("解除行政强制措施决定书")
    t += (
        f"当 事 人：{N('刘富贵')}\n"
        f"身份证号：{S('id_number', g.pid(reg, b))}\n"
        f"联系电话：{S('phone', g.mobile()[:3] + ' ' + g.mobile()[3:7] + ' ' + g.mobile()[7:])}\n"
        f"送达地址：{home_of(g, reg)}\n\n"
        f"    本支队于{K('date', cn(c.found))}以{K('decision_number', prev)}《扣押决定书》对你的{S('license_plate', plate)}号小型普通客车予以扣押。"
        f"鉴于你已接受处理，依据{K('statute', '《中华人民共和国行政强制法》第二十八条第一款第（四）项')}的规定，本支队决定解除扣押。\n"
        f"    你的妻子{N('尹翠萍')}持你出具的委托书于{K('date', cn(c.sign_day))}到停车场领取车辆。\n"
    )
    t += c.sign()
    return doc(t, kind="解除行政强制措施决定书", family="transport/release-car", fmt="form")


def d_installment_md(g, reg, y):
    """Markdown decision with installment payment and a guarantor (胞兄); lawyer kept."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}生态环境局", "环罚", y, review=f"{reg[1]}生态环境局")
    b = g.born(1975, 1985)
    gb = g.born(1968, 1974)
    yard = f"{reg[2]}{g.pick(TOWNS)}{g.pick(VILLAGES)}废旧塑料回收场"
    t = f"# {K('agency', c.agency)}\n\n## 行政处罚决定书\n\n{K('decision_number', c.num)}\n\n"
    t += (
        f"- **当事人**：{N('安宁')}（曾用名：{N('安小宁')}）\n"
        f"- **公民身份号码**：{S('id_number', g.pid(reg, b, False))}\n"
        f"- **住址**：{home_of(g, reg, True)}\n"
        f"- **委托代理人**：{K('lawyer', '谭文博')}，{K('law_firm', reg[1] + '鲁南律师事务所')}律师\n\n"
        "### 一、违法事实\n\n"
        f"当事人在{K('location', yard)}从事废旧塑料清洗，清洗废水未经处理直排沟渠。{K('date', cn(c.found))}检查时，工人{N('鲍金根')}正在操作清洗机；"
        f"场地出租方{N('谷满仓')}称当事人承租时承诺不产生废水。\n\n"
        "### 二、处罚决定\n\n"
        f"依据{K('statute', '《中华人民共和国水污染防治法》第八十三条第（二）项')}，决定处罚款{K('amount', '人民币拾万元')}。\n\n"
        "### 三、分期缴纳\n\n"
        f"当事人申请分期缴纳罚款，由其胞兄{N('安建军')}（公民身份号码{S('id_number', g.pid(reg, gb))}）提供担保。本局同意分三期缴纳。\n\n"
    )
    t += c.remedy(ind="") + "\n"
    t += c.officers() + f"\n{K('agency', c.agency)}  \n{K('date', cn(c.sign_day))}\n"
    return doc(t, family="eco/installment-guarantor-md", ext=".md")


def d_tobacco_list(g, reg, y):
    """烟草: seller, buyers listed with 之女/岳父; nicknames only in quotes; agency roles."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}烟草专卖局", "烟罚", y, review=f"{reg[1]}烟草专卖局")
    b = g.born(1968, 1980)
    t = c.head("行政处罚决定书")
    t += (
        f"当事人：{N('赖长生')}，男，{S('birth_date', cn(b))}出生，身份证号：{S('id_number', g.pid(reg, b))}，"
        f"住址：{home_of(g, reg, True)}，联系电话：{S('phone', g.landline(reg))}。\n"
        f"    经查，当事人无烟草专卖零售许可证，通过微信向熟人销售卷烟。经比对其微信转账记录，购买人包括：{N('邝志成')}、"
        f"{N('邝志成')}的岳父{N('骆国华')}、{N('骆国华')}之女{N('骆晓敏')}，以及化名“大头”的{N('祁大勇')}。"
        f"当事人称卷烟来源于一名叫“阿彪”的人，无法提供其真实身份。\n"
        f"    依据{K('statute', '《中华人民共和国烟草专卖法实施条例》第五十七条')}，决定没收违法经营的卷烟，并处罚款{K('amount', '人民币叁仟元')}。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, family="tobacco/buyers-relatives")


def d_vietnam_worker(g, reg, y):
    """Vietnamese bride-worker case: 责令改正 to a family workshop; passport, husband, interpreter."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}人力资源和社会保障局", "人社监改", y)
    pp = "C" + "".join(g.pick("0123456789") for _ in range(7))
    t = c.head("劳动保障监察责令改正决定书")
    t += (
        f"{reg[2]}顺达竹制品加工坊（个体工商户，经营者{N('农光明')}）：\n"
        f"    经查，你处招用越南籍人员{N('NGUYEN THI LAN')}（{N('阮氏兰')}，护照号码{S('passport', pp)}）从事竹编加工，未依法办理外国人工作许可。"
        f"{N('阮氏兰')}系本地村民{N('黄文强')}的妻子，由你处工人{N('农秀芬')}介绍入职。询问时由{N('陆春兰')}担任翻译。\n"
        f"    依据{K('statute', '《外国人在中国就业管理规定》第八条')}，现责令你处于十五日内改正。\n"
    )
    t += c.sign()
    return doc(t, kind="劳动保障监察责令改正决定书", family="hrss/vietnamese-worker")


# ---------------------------------------------------------------- PDF wrap
FOOTERS = ["- {p} -", "第 {p} 页 共 3 页", "—{p}—"]


def wrap(segs, rng: random.Random, lo: int = 28, hi: int = 40):
    """Hard line breaks every lo..hi characters in unlabelled text (never inside a labelled
    span), a page footer every few lines, as in text copied from a PDF."""
    out, col, width, lines, page = [], 0, rng.randint(lo, hi), 0, 1
    every = rng.randint(8, 12)
    footer = rng.choice(FOOTERS)
    for text, role, kind in segs:
        if role:
            out.append([text, role, kind])
            col += len(text)
            continue
        buf = ""
        for i, ch in enumerate(text):
            buf += ch
            if ch == "\n":
                col, width = 0, rng.randint(lo, hi)
                continue
            col += 1
            if col >= width and i + 1 < len(text) and text[i + 1] != "\n":
                col, width = 0, rng.randint(lo, hi)
                lines += 1
                buf += "\n"
                if lines >= every:
                    lines, page = 0, page + 1
                    buf += "\n" + footer.format(p=page - 1) + "\n\n"
        out.append([buf, None, None])
    return out


# ---------------------------------------------------------------- plan
def plan():
    R = REGIONS
    return [
        (d_food_shop, R["hn"], 2025),
        (d_straw, R["sd"], 2025),
        (d_taxi_onspot, R["js"], 2026),
        (d_roof_rectify, R["sc"], 2025),
        (d_hearing_lawyer, R["zj"], 2026),
        (d_netbar, R["hb"], 2025),
        (d_seize_md, R["sc"], 2026),
        (d_foreigner, R["fj"], 2025),
        (d_taiwan_bnb, R["fj"], 2026),
        (d_hk_daigou, R["gd"], 2025),
        (d_uyghur_restaurant, R["xj"], 2025),
        (d_grassland, R["nm"], 2026),
        (d_land_wrap, R["hn"], 2024),
        (d_wages_wrap, R["zj"], 2026),
        (d_fishers_md, R["gx"], 2025),
        (d_traffic_onspot, R["hb"], 2026),
        (d_tenants_fire, R["js"], 2025),
        (d_vendor_onspot, R["sc"], 2026),
        (d_fireworks, R["hn"], 2026),
        (d_netshop_nopenalty, R["zj"], 2025),
        (d_blackcab_hearing, R["hn"], 2026),
        (d_pigs_wrap, R["sd"], 2025),
        (d_korean_perf, R["js"], 2025),
        (d_marked, R["hb"], 2025),
        (d_minor_party, R["sc"], 2026),
        (d_discussion, R["zj"], 2026),
        (d_release_car, R["hb"], 2025),
        (d_installment_md, R["sd"], 2026),
        (d_tobacco_list, R["fj"], 2025),
        (d_vietnam_worker, R["yn"], 2026),
    ]


# ---------------------------------------------------------------- output


def check_names(text: str, spans, name: str) -> None:
    """Every occurrence of a sensitive name in the text lies inside a sensitive span (so a name
    that is also a word never appears as a bare word)."""
    covered = [(s, e) for s, e, role, _k, _t in spans if role == "S"]
    for _s, _e, role, kind, t in spans:
        if role != "S" or kind != "person_name":
            continue
        i = text.find(t)
        while i >= 0:
            assert any(s <= i and i + len(t) <= e for s, e in covered), (name, "bare name", t)
            i = text.find(t, i + 1)


def main() -> None:
    scorer = load_scorer()
    rng = random.Random(SEED)
    g = Gen(rng)
    fresh_docs_dir(HERE)
    out = []
    for i, (make, reg, year) in enumerate(plan(), 1):
        d = make(g, reg, year)
        segs = parse_segments(d["markup"])
        if d["fmt"] == "wrap":
            segs = wrap(segs, rng)
        text, spans = render_segments(segs)
        sens, keep = split_labels(spans)
        fname = f"docs/{i:04d}{d['ext']}"
        labels = {
            "file": fname,
            "family": d["family"] + ("/pdf-wrap" if d["fmt"] == "wrap" else ""),
            "doc_kind": d["kind"],
            "hold": d["hold"],
            "party_type": d["party"],
            "sensitive": sens,
            "keep": keep,
        }
        self_check(scorer, text, spans, labels, fname)
        check_unlabelled_numbers(scorer, text, spans, fname)
        check_names(text, spans, fname)
        for s in sens:
            if s["kind"] == "id_number" and len(s["text"]) == 18:
                assert gb11643_check_char(s["text"][:17]) == s["text"][17], (fname, s)
        (HERE / fname).write_text(text, encoding="utf-8")
        out.append(labels)
    write_labels(HERE, out)
    print_summary(out)


if __name__ == "__main__":
    main()
