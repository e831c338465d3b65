#!/usr/bin/env python3
"""Generate the held-out "hard-keep" redaction corpus (docs/ + labels.json).

What must NOT be masked. Written as an independent examiner: documents of many kinds
(行政处罚决定书, 不予行政处罚决定书, 查封/扣押决定书, 责令改正通知书, 听证告知书, 当场行政处罚决定书)
full of public facts that look like personal data, beside real private data:
- companies, shops and co-operatives whose names hold a person-like name or a surname with
  given-name-like characters (陈氏兄弟食品有限公司, 张秀英餐饮管理有限公司, 王家庄农业专业合作社);
  brands and trade marks in running text (left unlabelled: no keep kind for them);
- roads, villages and towns named like people (建国路, 逸仙路, 向阳街, 王家庄村, 李家湾, 高峰村,
  张家港市, 江山市) as violation places, registered addresses and the agency's address; a
  party's home on such a road is still private;
- officers and certificate numbers in many layouts (a pipe table, two on a line, in the
  narrative, 承办人/联系人 lines), the agency's contact block in varied forms, legal
  representatives and their titles, a branch's 负责人 (its legal_rep), lawyers, firms and
  practice numbers;
- statutes, decision and case numbers, credit codes (valid check characters), licence numbers
  (JY…, 许可证号), batch, invoice and order numbers (serial), amounts with many digits, dates,
  12315/12345;
- words that look like names in running text (高峰期, 金额, 方面, 常年, 向前, 周边, 黄金, 石油,
  白酒, 钟表, 田间, 陆续, 程序, 韦氏 …), unlabelled;
- every document also has a private person (party, operator of a 个体工商户, witness,
  complainant, 见证人) with name, ID number, phone or home address (sensitive).
Holds: a confidentiality marking, 内部资料 marking, 此件不公开, a statement that the text holds
trade secrets, a party under 18 on 2026-11-25. Not held though they look alike: 不涉及国家秘密,
依法主动公开, 内部资料性出版物 as the object of the offence, a shop called 秘密花园, 侵犯商业秘密
as the offence, a minor who is not the party.

Deterministic (fixed seed); every person is fictional.

    cd tests/redaction/hard-keep && python3 make_corpus.py
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
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
SEED = 4242026
TODAY = dt.date(2026, 11, 25)

# (province, city, county/district, ID region, area code, short form, court)
REGIONS = [
    ("浙江省", "杭州市", "上城区", "330102", "0571", "杭上", "杭州铁路运输法院"),
    ("江苏省", "苏州市", "张家港市", "320582", "0512", "张", "张家港市人民法院"),
    ("广东省", "广州市", "越秀区", "440104", "020", "穗越", "广州铁路运输法院"),
    ("湖北省", "武汉市", "江汉区", "420103", "027", "汉江", "武汉铁路运输法院"),
    ("山东省", "青岛市", "市南区", "370202", "0532", "青南", "青岛市市南区人民法院"),
    ("四川省", "成都市", "武侯区", "510107", "028", "武", "成都市武侯区人民法院"),
    ("河南省", "郑州市", "金水区", "410105", "0371", "郑金", "郑州市金水区人民法院"),
    ("福建省", "厦门市", "思明区", "350203", "0592", "厦思", "厦门市思明区人民法院"),
    ("浙江省", "衢州市", "江山市", "330881", "0570", "江", "江山市人民法院"),
    ("湖南省", "长沙市", "岳麓区", "430104", "0731", "岳", "长沙市岳麓区人民法院"),
    ("上海市", "上海市", "虹口区", "310109", "021", "虹", "上海市虹口区人民法院"),
    ("广东省", "中山市", "石岐街道", "442000", "0760", "中", "中山市第一人民法院"),
]

SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁沈任姚卢傅钟崔谭陆汪范廖石金贾夏韦付方邹熊孟秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
GIVEN = list(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉玲斌宇浩凯健俊帆帅旭宁琳颖倩婷彬亮志红梅莉飞鑫晨欣雪怡佳悦蕾媛岚晶慧巧美淑惠珠翠雅芝荣丹蓉眉君琴蕊薇菁梦璐娅琦晗妍茜秋珊莎锦黛青倩婉瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇"
)
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容"]

# homes (private): street pools include streets named like people
HOME_STREETS = [
    "建国路",
    "和平路",
    "向阳街",
    "中山路",
    "逸仙路",
    "文明路",
    "常青路",
    "金星路",
    "振华路",
    "海峰路",
    "立新街",
    "红旗路",
    "光明巷",
    "解放东路",
    "朝阳北路",
]
VILLAGES = [
    "王家庄村",
    "李家湾村",
    "高峰村",
    "张家湾村",
    "刘家岙村",
    "陈家坝村",
    "向阳村",
    "红星村",
    "新民村",
]
TOWNS = ["杨舍镇", "塘桥镇", "凤凰镇", "锦丰镇", "乐余镇", "南丰镇"]
ESTATES = [
    "春晖小区",
    "锦绣花园",
    "阳光新村",
    "翠苑一区",
    "金色家园",
    "和平里小区",
    "建国新村",
    "福康苑",
]


def cap_amount(n: int) -> str:
    """人民币…元整 for an integer amount below 100 million."""
    dig = "零壹贰叁肆伍陆柒捌玖"

    def four(x: int) -> str:
        s, pending, started = "", False, False
        for d, u in zip(f"{x:04d}", ["仟", "佰", "拾", ""], strict=True):
            if d == "0":
                pending = started
            else:
                if pending:
                    s += "零"
                    pending = False
                s += dig[int(d)] + u
                started = True
        return s

    wan, rest = divmod(n, 10000)
    s = four(wan) + "万" if wan else ""
    if rest:
        if wan and rest < 1000:
            s += "零"
        s += four(rest)
    return f"人民币{s}元整"


def money(n: int, style: int) -> str:
    if style == 0:
        return f"{n}元"
    if style == 1:
        return f"{n:,}.00元"
    if style == 2:
        return f"¥{n:,.2f}"
    return f"{n / 10000:g}万元"


ABBR = {
    "浙江省": "浙",
    "江苏省": "苏",
    "广东省": "粤",
    "湖北省": "鄂",
    "山东省": "鲁",
    "四川省": "川",
    "河南省": "豫",
    "福建省": "闽",
    "湖南省": "湘",
    "上海市": "沪",
}


class Gen:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def reset(self):
        self.used = set()

    def pick(self, seq):
        return self.rng.choice(seq)

    def num(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def name(self, compound: bool = False) -> str:
        r = self.rng
        for _ in range(1000):
            head = r.choice(COMPOUND) if compound else r.choice(SURNAMES)
            n = head + "".join(r.choice(GIVEN) for _ in range(r.choice([1, 2, 2, 2])))
            if len(set(n)) == len(n) and not any(n in u or u in n for u in self.used):
                self.used.add(n)
                return n
        raise RuntimeError("no fresh name")

    def born(self, lo: int = 1958, hi: int = 2000) -> dt.date:
        return dt.date(self.num(lo, hi), self.num(1, 12), self.num(1, 28))

    def pid(self, reg, born: dt.date | None = None) -> str:
        return id18(reg[3], born or self.born(), self.num(1, 999))

    def mobile(self) -> str:
        return self.pick(["13", "15", "17", "18", "19"]) + "".join(
            str(self.num(0, 9)) for _ in range(9)
        )

    def landline(self, reg) -> str:
        return f"{reg[4]}-{self.num(2, 8)}{self.num(1000000, 9999999)}"

    def home(self) -> str:
        """A home address below the county (private)."""
        k = self.num(0, 2)
        if k == 0:
            return f"{self.pick(HOME_STREETS)}{self.num(2, 399)}号{self.num(1, 30)}幢{self.num(1, 3)}单元{self.num(1, 28)}0{self.num(1, 4)}室"
        if k == 1:
            return f"{self.pick(TOWNS)}{self.pick(VILLAGES)}{self.num(1, 15)}组{self.num(1, 90)}号"
        return f"{self.pick(HOME_STREETS)}{self.pick(ESTATES)}{self.num(1, 40)}栋{self.num(1, 30)}0{self.num(1, 6)}室"

    def cert(self, reg) -> str:
        k = self.num(0, 4)
        if k == 0:
            return f"{reg[3]}{self.num(2015, 2025)}{self.num(1000, 9999)}"
        if k == 1:
            return f"{reg[3][:2]}{self.num(100000000, 999999999)}"
        if k == 2:
            return f"{ABBR[reg[0]]}{reg[3][:2]}{self.num(100000, 999999)}"
        if k == 3:
            return f"{ABBR[reg[0]]}-{reg[3][:4]}-{self.num(2015, 2025)}{self.num(1000, 9999)}"
        return f"{reg[3][:2]}{self.num(10000000, 99999999)}"

    def officers(self, reg, n: int = 2) -> list[tuple[str, str]]:
        return [(self.name(), self.cert(reg)) for _ in range(n)]

    def day(self, year: int, m0: int = 1, m1: int = 10) -> dt.date:
        return dt.date(year, self.num(m0, m1), self.num(1, 28))

    def later(self, d: dt.date, a: int, b: int) -> dt.date:
        return d + dt.timedelta(days=self.num(a, b))

    def seq(self, k: int) -> str:
        return "".join(str(self.num(0, 9)) for _ in range(k))


# ---------------------------------------------------------------- blocks
def agency_of(reg, kind: str) -> str:
    base = reg[1] + reg[2] if reg[1] != reg[0] else reg[0] + reg[2]
    if reg[2].endswith("街道"):
        base = reg[1]
    return base + kind


def agency_addr(g: Gen, reg) -> str:
    street = g.pick(
        [
            "建国路",
            "人民路",
            "中山路",
            "逸仙路",
            "文明路",
            "和平路",
            "解放路",
            "金星路",
            "向阳路",
            "常青路",
            "振兴大道",
        ]
    )
    return f"{reg[0] if reg[0] != reg[1] else ''}{reg[1]}{reg[2] if not reg[2].endswith('街道') else ''}{street}{g.num(1, 400)}号"


def officers_line(g: Gen, offs, style: int) -> str:
    (a, ca), (b, cb) = offs[0], offs[1]
    if style == 0:
        return f"执法人员：{K('officer', a)}（执法证号：{K('officer_cert', ca)}）、{K('officer', b)}（执法证号：{K('officer_cert', cb)}）\n"
    if style == 1:
        return (
            "| 执法人员 | 执法证号 |\n| --- | --- |\n"
            f"| {K('officer', a)} | {K('officer_cert', ca)} |\n| {K('officer', b)} | {K('officer_cert', cb)} |\n"
        )
    if style == 2:
        return f"执法人员：{K('officer', a)}　{K('officer_cert', ca)}　　{K('officer', b)}　{K('officer_cert', cb)}\n"
    if style == 3:
        return f"承办人：{K('officer', a)}（证号{K('officer_cert', ca)}）\n协办人：{K('officer', b)}（证号{K('officer_cert', cb)}）\n"
    return f"执法人员（签名）：{K('officer', a)}　执法证件号码：{K('officer_cert', ca)}\n执法人员（签名）：{K('officer', b)}　执法证件号码：{K('officer_cert', cb)}\n"


def contact_block(g: Gen, reg, agency: str, offs, style: int) -> tuple[str, str]:
    """(a contact paragraph, the part printed under the seal)."""
    addr = agency_addr(g, reg)
    tel = g.landline(reg)
    pc = f"{reg[3][:3]}0{g.num(0, 9)}{g.num(0, 9)}"
    if style == 0:
        return (
            f"联系人：{K('officer', offs[0][0])}　联系电话：{K('agency_phone', tel)}\n"
            f"本机关地址：{K('agency_address', addr)}　邮政编码：{pc}\n",
            "",
        )
    if style == 1:
        return (
            f"本机关地址：{K('agency_address', addr)}，联系电话：{K('agency_phone', tel)}，监督投诉电话：{K('agency_phone', '12345')}。\n",
            "",
        )
    if style == 2:
        return (
            "",
            f"地址：{K('agency_address', addr)}\n电话：{K('agency_phone', tel)}\n邮编：{pc}\n",
        )
    if style == 3:
        return (
            f"（本局地址：{K('agency_address', addr)}；咨询电话：{K('agency_phone', tel)}；投诉举报电话：{K('agency_phone', '12315')}）\n",
            "",
        )
    return (
        f"如有疑问，请与{K('officer', offs[1][0])}联系，电话{K('agency_phone', tel)}（工作日8:30-17:00），地址{K('agency_address', addr)}。\n",
        "",
    )


def remedy(reg, days: int = 60) -> str:
    gov = (reg[1] if reg[2].endswith("街道") else reg[1] + reg[2]) + "人民政府"
    return (
        f"    如不服本决定，可以在收到本决定书之日起{days}日内向{gov}申请行政复议，"
        f"也可以在六个月内依法向{reg[6]}提起行政诉讼。行政复议和行政诉讼期间，本决定不停止执行。\n"
    )


def pay_para(g: Gen, reg) -> str:
    acct = luhn("62" + g.seq(16))
    return (
        f"    当事人应当自收到本决定书之日起十五日内，到指定银行缴纳罚没款（户名：{reg[1]}财政局非税收入专户，"
        f"账号：{S('bank_account', acct)}），或通过“非税缴费”平台缴纳。逾期不缴纳的，每日按罚款数额的百分之三加处罚款，"
        f"加处罚款的数额不超过罚款的数额。\n"
    )


def person(
    g: Gen,
    reg,
    role: str,
    *,
    born=None,
    name=None,
    show_birth=False,
    phone=True,
    home=True,
    minor_ok=False,
) -> tuple[str, str]:
    """(a party block of a natural person, the name)."""
    nm = name or g.name()
    b = born or g.born()
    pid = g.pid(reg, b)
    sex = "男" if int(pid[16]) % 2 else "女"
    out = f"{role}：{N(nm)}\n性别：{sex}\n"
    if show_birth:
        out += f"出生日期：{S('birth_date', cn(b))}\n"
    out += f"公民身份号码：{S('id_number', pid)}\n"
    if home:
        out += (
            f"住址：{reg[0] if reg[0] != reg[1] else ''}{reg[1]}{reg[2]}{S('address', g.home())}\n"
        )
    if phone:
        out += f"联系电话：{S('phone', g.mobile())}\n"
    return out, nm


def company(
    g: Gen,
    reg,
    cname: str,
    *,
    rep_role: str = "法定代表人",
    title: str | None = None,
    head: str = "91",
    reg_addr: str | None = None,
) -> tuple[str, str]:
    """(a party block of a company, the legal representative's name)."""
    rep = g.name()
    code = uscc(g.rng, reg[3], head)
    addr = (
        reg_addr
        or f"{reg[1]}{reg[2] if not reg[2].endswith('街道') else ''}{g.pick(['建国路', '中山路', '逸仙路', '向阳街', '常青路', '金星路', '高峰路', '和平大道'])}{g.num(1, 600)}号"
    )
    t = title or g.pick(["执行董事", "总经理", "执行董事兼总经理", "董事长", "经理"])
    layout = g.num(0, 2)
    if layout == 0:
        s = (
            f"当事人：{K('company', cname)}\n统一社会信用代码：{K('uscc', code)}\n"
            f"住所：{K('org_address', addr)}\n{rep_role}：{K('legal_rep', rep)}，职务：{K('legal_rep_title', t)}\n"
        )
    elif layout == 1:
        s = (
            f"当事人名称：{K('company', cname)}\n主体资格证照名称：营业执照\n统一社会信用代码：{K('uscc', code)}\n"
            f"注册地址：{K('org_address', addr)}\n{rep_role if rep_role != '法定代表人' else '法定代表人（负责人）'}：{K('legal_rep', rep)}（{K('legal_rep_title', t)}）\n"
        )
    else:
        s = (
            f"当事人：{K('company', cname)}（统一社会信用代码：{K('uscc', code)}），住所{K('org_address', addr)}，"
            f"{rep_role}{K('legal_rep', rep)}，{K('legal_rep_title', t)}。\n"
        )
    return s, rep


def inline(g: Gen, reg, *, home: bool | None = None) -> tuple[str, str]:
    """("（公民身份号码：…，住址：…，联系电话：…）", the name) of a person named in the narrative."""
    nm = g.name()
    parts = [f"公民身份号码：{S('id_number', g.pid(reg))}"]
    if home if home is not None else g.num(0, 1):
        parts.append(f"住址：{reg[1]}{reg[2]}{S('address', g.home())}")
    parts.append(f"联系电话：{S('phone', g.mobile())}")
    return "（" + "，".join(parts) + "）", nm


def lawyer(g: Gen, reg, role: str = "委托代理人") -> str:
    nm = g.name()
    firm = g.pick(
        ["建国", "中山", "和平", "向阳", "常青", "金星", "陈黄林", "王李张联合", "周刘"]
    ) + g.pick(["律师事务所", "（特殊普通合伙）律师事务所"])
    firm = reg[0].rstrip("省市") + firm if g.num(0, 1) else reg[1] + firm
    lic = f"1{reg[3][:4]}{g.num(2005, 2022)}1{g.num(1000000, 9999999)}"
    return f"{role}：{K('lawyer', nm)}，{K('law_firm', firm)}律师，执业证号：{K('lawyer_license', lic)}\n"


def doc(markup: str, kind: str, *, hold: bool = False, party: str = "legal", family: str) -> dict:
    return {"markup": markup, "doc_kind": kind, "hold": hold, "party_type": party, "family": family}


# ---------------------------------------------------------------- templates
def head(agency: str, title: str, dno: str, marking: str = "") -> str:
    return f"{marking}{K('agency', agency)}\n{title}\n{K('decision_number', dno)}\n\n"


def foot(
    g: Gen, reg, agency: str, offs, d: dt.date, *, ostyle: int, cstyle: int, note: str = ""
) -> str:
    para, under = contact_block(g, reg, agency, offs, cstyle)
    return f"\n{officers_line(g, offs, ostyle)}{para}\n{agency}\n{K('date', cn(d))}\n{under}{note}"


def food_company(
    g: Gen,
    reg,
    year: int,
    *,
    cname: str,
    brand: str,
    ostyle: int,
    cstyle: int,
    counsel: bool,
    note: str = "",
) -> dict:
    agency = agency_of(reg, "市场监督管理局")
    dno = f"{reg[5]}市监罚〔{year}〕{g.num(10, 999)}号"
    case = f"{reg[5]}市监立〔{year}〕{g.num(10, 999)}号"
    d0 = g.day(year, 1, 6)
    d1, d2 = g.later(d0, 2, 20), g.later(d0, 40, 70)
    d3 = g.later(d2, 12, 30)
    party, rep = company(g, reg, cname)
    offs = g.officers(reg)
    wit, wname = inline(g, reg)
    street = g.pick(["建国路", "逸仙路", "向阳街", "文明路", "中山路", "金星路", "常青路"])
    place = f"{reg[2] if not reg[2].endswith('街道') else reg[1]}{street}{g.num(1, 500)}号{g.pick(['一楼门店', '沿街商铺', '农贸市场B区12号摊位', '超市二楼食品区'])}"
    jy = f"JY{g.num(1, 3)}{reg[3]}{g.seq(7)}"
    batch = f"{year}{d0.month:02d}{g.num(1, 28):02d}{g.pick(['A', 'B', 'C'])}{g.num(1, 9):02d}"
    qty, price = g.num(120, 980), g.num(8, 68)
    sales = qty * price
    fine = g.pick([50000, 80000, 100000, 150000, 126400])
    confisc = sales
    body = (
        f"    当事人{K('company', cname)}（以下简称当事人）销售超范围使用食品添加剂的食品一案，本局于{K('date', cn(d1))}立案调查（立案编号：{K('case_number', case)}），现已调查终结。\n"
        f"    经查：当事人持有《食品经营许可证》（许可证编号：{K('license_no', jy)}），在{K('location', place)}经营预包装食品。{K('date', cn(d0))}，消费者{N(wname)}{wit}投诉其在该店购买的“{brand}”牌辣椒酱口感异常。本局执法人员{K('officer', offs[0][0])}、{K('officer', offs[1][0])}当日到场检查，"
        f"在货架上查见同批次（生产批号：{K('serial', batch)}）辣椒酱{qty}瓶。经抽样送检，该批次产品中检出苯甲酸，不符合{K('statute', '《食品安全国家标准 食品添加剂使用标准》（GB 2760-2014）')}的规定。"
        f"当事人常年在周边社区销售该品牌产品，每逢节假日销售高峰期陆续补货，共购进该批次产品{qty + g.num(20, 200)}瓶，已售出部分，货值金额{K('amount', money(confisc, 1))}，违法所得{K('amount', money(sales // 7, 0))}。"
        f"另一方面，当事人能够提供供货商{g.pick(['黄山', '江山', '高峰', '金星'])}调味品有限公司的营业执照和进货票据（发票号码：{K('serial', g.seq(8))}），履行了部分进货查验义务。\n"
        f"    以上事实，有现场检查笔录、检验报告、询问笔录、进货票据及证人{N(wname)}的证言等证据证实。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国食品安全法》第三十四条第（四）项')}的规定，依据{K('statute', '《中华人民共和国食品安全法》第一百二十四条第一款第（三）项')}的规定，决定：\n"
        f"    一、没收违法所得{K('amount', money(sales // 7, 0))}及涉案辣椒酱{g.num(10, 90)}瓶；\n"
        f"    二、罚款{K('amount', cap_amount(fine))}（{K('amount', money(fine, 2))}）。\n"
    )
    rep_line = ""
    if counsel:
        rep_line = lawyer(g, reg)
    m = (
        head(agency, "行政处罚决定书", dno)
        + party
        + rep_line
        + "\n"
        + body
        + f"    本局于{K('date', cn(d2))}向当事人送达了行政处罚告知书，当事人在法定期限内提出陈述、申辩，经复核，其理由不能成立，不予采纳。\n"
        + pay_para(g, reg)
        + remedy(reg)
        + foot(g, reg, agency, offs, d3, ostyle=ostyle, cstyle=cstyle, note=note)
    )
    return doc(m, "行政处罚决定书", family="food")


def onspot_vendor(
    g: Gen, reg, year: int, *, ostyle: int, minor: bool = False, marking: str = "", note: str = ""
) -> dict:
    agency = agency_of(reg, "城市管理和综合执法局")
    dno = f"{reg[5]}综执简罚〔{year}〕{g.num(1000, 9999)}号"
    d0 = g.day(year)
    born = g.born(2009, 2010) if minor else None
    party, nm = person(g, reg, "当事人", born=born, show_birth=minor or g.num(0, 2) == 0)
    offs = g.officers(reg)
    street = g.pick(
        ["向阳街", "和平路", "建国路", "文明路", "逸仙路", "立新街", "王家庄村农贸市场"]
    )
    place = f"{reg[2] if not reg[2].endswith('街道') else reg[1]}{street}{g.num(1, 300)}号{g.pick(['门前人行道', '东侧绿化带旁', '公交站台西侧', '第7号临时摊位'])}"
    fine = g.pick([50, 100, 200])
    t = f"{g.num(7, 21)}时{g.num(10, 59)}分"
    m = (
        head(agency, "当场行政处罚决定书", dno, marking)
        + party
        + f"\n    违法事实：{K('date', cn(d0))}{t}，当事人在{K('location', place)}占道摆摊销售{g.pick(['黄金糕、白酒', '钟表配件', '田间采摘的草莓', '石油制品（打火机燃料）'])}，正值早晚高峰期，影响行人通行。执法人员当场劝导其向前方规定的疏导点搬离，当事人未予配合。\n"
        + f"    违反了{K('statute', f'《{reg[1]}市容和环境卫生管理条例》第二十二条')}的规定，依据{K('statute', f'《{reg[1]}市容和环境卫生管理条例》第四十八条第一款')}，按照{K('statute', '《中华人民共和国行政处罚法》第五十一条')}规定的简易程序，决定给予：\n"
        + "    证据：现场照片3张、视频资料1段、现场检查笔录1份。当事人陈述申辩情况：当事人称其家庭困难，周边居民也有购买需求，希望从轻处理；执法人员已告知其依法享有陈述、申辩的权利，并向其说明了相关程序。\n"
        + f"    ☑罚款：{K('amount', cap_amount(fine))}（{K('amount', money(fine, 0))}）　□警告\n"
        + "    罚款的履行方式和期限：☑当场缴纳　□自收到本决定书之日起十五日内缴至指定银行\n"
        + remedy(reg)
        + f"\n当事人签名：{N(nm)}　　{K('date', cn(d0))}\n"
        + foot(g, reg, agency, offs, d0, ostyle=ostyle, cstyle=g.pick([0, 1, 2]), note=note)
    )
    return doc(
        m, "当场行政处罚决定书", hold=minor or bool(marking), party="natural", family="onspot"
    )


def tobacco_shop(
    g: Gen, reg, year: int, *, shop: str, ostyle: int, minor_buyer: bool, note: str = ""
) -> dict:
    agency = reg[1] + ("" if reg[2].endswith("街道") else reg[2]) + "烟草专卖局"
    dno = f"{reg[5]}烟罚〔{year}〕第{g.num(10, 300)}号"
    d0 = g.day(year)
    d1 = g.later(d0, 20, 50)
    offs = g.officers(reg)
    code = uscc(g.rng, reg[3], "92")
    op, nm = person(g, reg, "经营者", show_birth=False)
    lic = f"{reg[3]}{g.seq(6)}"
    place = f"{reg[2] if not reg[2].endswith('街道') else reg[1]}{g.pick(['金星路', '振华路', '常青路', '中山路', '高峰村'])}{g.num(1, 200)}号"
    n1, n2 = g.num(5, 60), g.num(3, 40)
    val = n1 * 230 + n2 * 450
    minor = (
        "执法人员在检查时发现一名身着校服的未成年人在店内购买卷烟，当事人未要求其出示身份证件，经劝导该未成年人已离开，其身份信息本局依法不予记载。"
        if minor_buyer
        else ""
    )
    m = (
        head(agency, "行政处罚决定书", dno)
        + f"当事人：{K('company', shop)}（个体工商户）\n统一社会信用代码：{K('uscc', code)}\n烟草专卖零售许可证号：{K('license_no', lic)}\n"
        + op
        + f"经营场所：{K('location', place)}\n\n"
        + f"    {K('date', cn(d0))}，本局执法人员{K('officer', offs[0][0])}（执法证号：{K('officer_cert', offs[0][1])}）、{K('officer', offs[1][0])}（执法证号：{K('officer_cert', offs[1][1])}）依法对当事人的经营场所进行检查，"
        + f"在柜台下方纸箱内查获非指定烟草专卖批发企业购进的“利群（新版）”{n1}条、“中华（硬）”{n2}条，另有“黄山（红方印）”若干。{minor}"
        + f"经鉴别检验，上述卷烟均为真品，案值{K('amount', money(val, 1))}。当事人供述系常年从一名外地流动商贩处陆续购进，未能提供进货票据。\n"
        + f"    当事人的行为违反了{K('statute', '《中华人民共和国烟草专卖法实施条例》第二十三条第二款')}的规定，依据{K('statute', '《中华人民共和国烟草专卖法实施条例》第五十六条')}的规定，本局决定：处以上述卷烟价值金额百分之十的罚款，计{K('amount', money(val // 10, 0))}。\n"
        + pay_para(g, reg)
        + remedy(reg)
        + foot(g, reg, agency, offs, d1, ostyle=ostyle, cstyle=g.pick([1, 3, 4]), note=note)
    )
    return doc(m, "行政处罚决定书", party="natural", family="tobacco")


def seal_detain(
    g: Gen,
    reg,
    year: int,
    *,
    cname: str,
    ostyle: int,
    village: str,
    note: str = "",
    marking: str = "",
) -> dict:
    agency = agency_of(reg, "市场监督管理局")
    dno = f"{reg[5]}市监强制〔{year}〕{g.num(1, 200)}号"
    d0 = g.day(year)
    party, rep = company(g, reg, cname)
    offs = g.officers(reg)
    wit, wname = inline(g, reg, home=True)
    place = f"{reg[2] if not reg[2].endswith('街道') else reg[1]}{g.pick(TOWNS)}{village}{g.num(1, 9)}组工业区{g.num(1, 30)}号仓库"
    rows = ""
    for i in range(g.num(3, 5)):
        item = g.pick(
            [
                "“向阳红”牌纯棉毛巾",
                "“金凤凰”石英钟",
                "“李大妈”牌剁辣椒",
                "“周记”牌鸭脖",
                "“王二小”牌白酒（500ml）",
                "“江山如画”牌茶叶",
                "“高峰”牌润滑油（石油基）",
            ]
        )
        rows += f"| {i + 1} | {item} | {K('serial', f'{year}{g.num(1, 12):02d}{g.num(10, 99)}{g.seq(3)}')} | {g.num(10, 900)}{g.pick(['箱', '件', '千克', '瓶'])} |\n"
    m = (
        head(agency, "实施行政强制措施决定书", dno, marking)
        + party
        + f"\n    本局在检查中发现，当事人存放于{K('location', place)}的下列物品涉嫌侵犯注册商标专用权（涉及商标注册证第{g.num(1000000, 9999999)}号），"
        + f"依据{K('statute', '《中华人民共和国商标法》第六十二条第一款第（四）项')}和{K('statute', '《中华人民共和国行政强制法》第十八条')}的规定，本局决定自{K('date', cn(d0))}起对下列物品实施{g.pick(['查封', '扣押'])}，期限为三十日：\n\n"
        + "| 序号 | 物品名称 | 批号 | 数量 |\n| --- | --- | --- | --- |\n"
        + rows
        + f"\n    {g.pick(['查封', '扣押'])}物品存放地点：{K('location', f'{agency}涉案物品仓库')}。现场检查时当事人的法定代表人{K('legal_rep', rep)}在场，见证人{N(wname)}{wit}见证了实施过程。涉案物品货值金额约{K('amount', money(g.num(100000, 2000000), 1))}。\n"
        + f"    当事人如不服本决定，可以在收到本决定书之日起六十日内向{reg[1]}人民政府申请行政复议，或者在六个月内向{reg[6]}提起行政诉讼。\n"
        + foot(g, reg, agency, offs, d0, ostyle=ostyle, cstyle=g.pick([0, 2, 4]), note=note)
    )
    return doc(m, "查封扣押决定书", hold=bool(marking), family="seal")


def order_fix(
    g: Gen,
    reg,
    year: int,
    *,
    cname: str,
    branch: bool,
    ostyle: int,
    note: str = "",
    marking: str = "",
) -> dict:
    agency = reg[1] + ("" if reg[2].endswith("街道") else reg[2]) + "消防救援大队"
    dno = f"{reg[5]}消限字〔{year}〕第{g.num(100, 999)}号"
    d0 = g.day(year)
    d1 = g.later(d0, 10, 30)
    party, rep = company(
        g,
        reg,
        cname,
        rep_role="负责人" if branch else "法定代表人",
        title=g.pick(["经理", "店长", "分公司经理"]) if branch else None,
    )
    offs = g.officers(reg)
    wit, wname = inline(g, reg, home=False)
    place = f"{reg[2] if not reg[2].endswith('街道') else reg[1]}{g.pick(['逸仙路', '中山路', '建国路', '文明路', '和平路'])}{g.num(1, 600)}号{g.pick(['一至三层', '地下一层', '2号楼'])}"
    m = (
        head(agency, "责令限期改正通知书", dno, marking)
        + party
        + f"\n    根据{K('statute', '《中华人民共和国消防法》')}的规定，本大队于{K('date', cn(d0))}对你单位位于{K('location', place)}的经营场所进行消防监督检查，发现你单位存在下列违法行为：\n"
        + "    1．疏散通道堆放杂物，晚间客流高峰期影响安全疏散；\n"
        + "    2．部分应急照明灯具损坏，共计十二处；\n"
        + "    3．自动喷水灭火系统末端试水装置压力不足，钟表式压力表显示0.03MPa。\n"
        + f"    检查时，你单位值班员工{N(wname)}{wit}在场并签字确认。\n"
        + f"    根据{K('statute', '《中华人民共和国消防法》第六十条第一款第（三）项、第（五）项')}的规定，责令你单位于{K('date', cn(d1))}前改正。改正期间应当采取措施，确保消防安全。整改完毕后，请向本大队书面申请复查。\n"
        + "    整改要求：一、立即清理疏散通道内堆放的纸箱、钟表展柜等杂物，保持畅通；二、更换损坏的应急照明灯具和疏散指示标志；三、委托具有资质的消防技术服务机构对自动消防设施进行全面检测，并在人员密集的高峰期安排专人巡查。\n"
        + "    逾期不改正的，本大队将依法予以处罚。你单位对本通知不服的，可以依法申请行政复议或者提起行政诉讼。\n"
        + foot(g, reg, agency, offs, d0, ostyle=ostyle, cstyle=g.pick([0, 1, 3, 4]), note=note)
        + f"\n被检查单位签收：{K('legal_rep', rep)}　{K('date', cn(d0))}\n"
    )
    return doc(m, "责令改正通知书", hold=bool(marking), family="order")


def hearing(
    g: Gen, reg, year: int, *, cname: str, ostyle: int, note: str = "", marking: str = ""
) -> dict:
    agency = agency_of(reg, g.pick(["市场监督管理局", "生态环境局", "应急管理局"]))
    dno = f"{reg[5]}听告〔{year}〕{g.num(1, 99)}号"
    d0 = g.day(year)
    d1 = g.later(d0, 1, 3)
    party, rep = company(g, reg, cname)
    offs = g.officers(reg)
    wit, wname = inline(g, reg, home=True)
    fine = g.pick([1286400, 3051720, 750000, 2004300])
    illegal = g.num(1000000, 9999999)
    m = (
        head(agency, "行政处罚听证告知书", dno, marking)
        + party
        + lawyer(g, reg)
        + f"\n    经查，当事人自{K('date', cn(dt.date(year - 1, g.num(1, 12), g.num(1, 28))))}起在{K('location', f'{reg[1]}{g.pick(VILLAGES)}东侧地块')}从事{g.pick(['成品油（石油制品）仓储', '黄金饰品加工', '白酒灌装', '钟表零件电镀'])}经营，未依法办理相关许可。经核算，涉案金额{K('amount', money(illegal, 1))}，违法所得{K('amount', money(illegal // 9, 1))}。前员工{N(wname)}{wit}向本机关举报并提供了部分线索。\n"
        + f"    当事人的上述行为违反了{K('statute', '《中华人民共和国安全生产法》第二十条')}的规定，依据{K('statute', '《中华人民共和国安全生产法》第九十九条')}，本机关拟作出如下行政处罚：罚款{K('amount', cap_amount(fine))}（{K('amount', money(fine, 1))}）。\n"
        + f"    根据{K('statute', '《中华人民共和国行政处罚法》第六十三条、第六十四条')}的规定，你单位有要求举行听证的权利。如要求听证，应当在收到本告知书之日起五日内向本机关提出，逾期视为放弃听证权利。本机关将在举行听证的七日前通知你单位听证的时间、地点，你单位可以亲自参加听证，也可以委托一至二人代理。\n"
        + "    你单位在听证中可以就案件事实、证据、适用法律、处罚金额等各方面问题进行申辩和质证。如你单位放弃听证权利，本机关将依法作出行政处罚决定。\n"
        + foot(g, reg, agency, offs, d1, ostyle=ostyle, cstyle=g.pick([0, 1, 2, 3]), note=note)
    )
    return doc(m, "听证告知书", hold=bool(marking), family="hearing")


def nopenalty(
    g: Gen, reg, year: int, *, shop: str | None, ostyle: int, note: str = "", marking: str = ""
) -> dict:
    agency = agency_of(reg, "市场监督管理局")
    dno = f"{reg[5]}市监不罚〔{year}〕{g.num(1, 99)}号"
    d0 = g.day(year)
    d1 = g.later(d0, 10, 40)
    offs = g.officers(reg)
    party, nm = person(g, reg, "当事人", show_birth=g.num(0, 1) == 1)
    place = f"{reg[2] if not reg[2].endswith('街道') else reg[1]}{g.pick(['常青路', '金星路', '向阳街', '建国路', '高峰村'])}{g.num(1, 200)}号"
    shopline = ""
    if shop:
        shopline = f"经营场所名称：{K('company', shop)}\n统一社会信用代码：{K('uscc', uscc(g.rng, reg[3], '92'))}\n"
    m = (
        head(agency, "不予行政处罚决定书", dno, marking)
        + party
        + shopline
        + f"\n    {K('date', cn(d0))}，本局执法人员{K('officer', offs[0][0])}、{K('officer', offs[1][0])}对当事人位于{K('location', place)}的经营场所进行检查，发现当事人销售的鲜切花、绿植等商品未按规定明码标价，涉及商品{g.num(10, 40)}种。"
        + f"经查，当事人系初次违法，违法行为持续时间短、涉案金额{K('amount', money(g.num(300, 2000), 0))}较小，检查当日即按程序改正，未造成危害后果。\n"
        + f"    当事人的行为违反了{K('statute', '《明码标价和禁止价格欺诈规定》第五条')}的规定。鉴于上述情形，依据{K('statute', '《中华人民共和国行政处罚法》第三十三条第一款')}的规定，本局决定对当事人不予行政处罚。\n"
        + "    上述事实有现场检查笔录、现场照片、当事人的询问笔录、营业执照复印件及当事人的身份证复印件等证据证实。\n"
        + "    本局已对当事人进行了教育，当事人表示今后将依法经营，向前看，把各方面工作做好。\n"
        + remedy(reg)
        + foot(g, reg, agency, offs, d1, ostyle=ostyle, cstyle=g.pick([1, 2, 3]), note=note)
    )
    return doc(m, "不予处罚决定书", hold=bool(marking), party="natural", family="nopenalty")


def ecommerce(
    g: Gen, reg, year: int, *, cname: str, ostyle: int, note: str = "", marking: str = ""
) -> dict:
    agency = agency_of(reg, "市场监督管理局")
    dno = f"{reg[5]}市监罚字〔{year}〕第{g.num(100, 999)}号"
    d0 = g.day(year)
    d1 = g.later(d0, 60, 90)
    party, rep = company(g, reg, cname)
    offs = g.officers(reg)
    nm = g.name()
    mail = f"{g.pick(['sunny', 'xiaoyu', 'happy', 'lemon', 'tiger'])}{g.num(1970, 2005)}@{g.pick(['163.com', 'qq.com', '126.com'])}"
    orders = [f"{year}{g.num(1, 12):02d}{g.num(10, 28)}{g.seq(12)}" for _ in range(2)]
    inv = g.seq(8)
    orig, sale = g.num(3000, 9000), g.num(1000, 2900)
    m = (
        head(agency, "行政处罚决定书", dno, marking)
        + party
        + f"网店名称：{K('company', g.pick(['韦氏钟表旗舰店', '江山好物专营店', '黄金时代官方旗舰店', '周边生活馆']))}\n\n"
        + f"    {K('date', cn(d0))}，本局接到消费者{N(nm)}（联系电话：{S('phone', g.mobile())}，电子邮箱：{S('email', mail)}，收货地址：{reg[1]}{reg[2]}{S('address', g.home())}）投诉，称当事人在网络平台开展“双十一”促销时虚构原价。"
        + f"经查，订单号{K('serial', orders[0])}、{K('serial', orders[1])}所涉商品页面标示“原价{orig}元，现价{sale}元”，但当事人在促销前七日内从未以{orig}元的价格成交，所标原价系虚构。当事人开具的电子发票（发票号码：{K('serial', inv)}）载明实际成交金额{K('amount', money(sale, 1))}。"
        + f"当事人在促销高峰期共销售涉案商品{g.num(300, 2000)}件，销售金额{K('amount', money(sale * g.num(300, 2000), 1))}。\n"
        + f"    当事人的行为违反了{K('statute', '《中华人民共和国价格法》第十四条第（四）项')}和{K('statute', '《明码标价和禁止价格欺诈规定》第十九条第（一）项')}的规定，依据{K('statute', '《中华人民共和国价格法》第四十条第一款')}和{K('statute', '《价格违法行为行政处罚规定》第七条')}的规定，本局决定：罚款{K('amount', cap_amount(200000))}。\n"
        + pay_para(g, reg)
        + remedy(reg)
        + foot(g, reg, agency, offs, d1, ostyle=ostyle, cstyle=g.pick([0, 1, 3]), note=note)
    )
    return doc(m, "行政处罚决定书", hold=bool(marking), family="ecommerce")


def construction(
    g: Gen, reg, year: int, *, cname: str, site: str, ostyle: int, kind: str, note: str = ""
) -> dict:
    agency = agency_of(reg, "城市管理和综合执法局" if kind == "penalty" else "住房和城乡建设局")
    dno = f"{reg[5]}{'综执罚' if kind == 'penalty' else '建改'}〔{year}〕{g.num(1, 500)}号"
    d0 = g.day(year)
    d1 = g.later(d0, 30, 60)
    party, rep = company(g, reg, cname)
    offs = g.officers(reg)
    wit, wname = inline(g, reg, home=True)
    loc = f"{reg[2] if not reg[2].endswith('街道') else reg[1]}{site}"
    area = g.num(800, 9000)
    permit = f"{reg[3]}{year - 1}{g.seq(4)}0101"
    if kind == "penalty":
        fine = g.pick([20000, 35000, 48000])
        tail = (
            f"    依据{K('statute', '《中华人民共和国大气污染防治法》第一百一十五条第一款第（一）项')}的规定，本局决定对当事人罚款{K('amount', cap_amount(fine))}（{K('amount', money(fine, 3))}）。\n"
            + pay_para(g, reg)
            + remedy(reg)
        )
        title, dk = "行政处罚决定书", "行政处罚决定书"
    else:
        tail = f"    依据{K('statute', '《建设工程安全生产管理条例》第五十七条')}的规定，现责令你单位于{K('date', cn(d1))}前改正上述违法行为，并将整改情况书面报送本局。\n"
        title, dk = "责令改正通知书", "责令改正通知书"
    m = (
        head(agency, title, dno)
        + party
        + f"\n    {K('date', cn(d0))}，本机关执法人员{K('officer', offs[0][0])}、{K('officer', offs[1][0])}（执法证号分别为{K('officer_cert', offs[0][1])}、{K('officer_cert', offs[1][1])}）对当事人承建的位于{K('location', loc)}的项目（施工许可证号：{K('license_no', permit)}）进行检查，"
        + f"发现施工现场裸露土方约{area}平方米未覆盖，田间道路因渣土车陆续进出而泥泞不堪，周边村民反映强烈。附近居民{N(wname)}{wit}向执法人员反映了扬尘情况。\n"
        + "    以上事实有现场检查笔录、现场照片12张、无人机航拍视频、询问笔录及施工合同等证据证实。当事人对上述事实无异议，表示将在田间道路两侧增设围挡并冲洗车辆。\n"
        + f"    当事人的行为违反了{K('statute', '《中华人民共和国大气污染防治法》第六十九条第三款')}的规定。\n"
        + tail
        + foot(
            g,
            reg,
            agency,
            offs,
            d0 if kind != "penalty" else d1,
            ostyle=ostyle,
            cstyle=g.pick([0, 1, 2, 4]),
            note=note,
        )
    )
    return doc(m, dk, family="construction")


def trade_secret(g: Gen, reg, year: int, *, ostyle: int, statement: bool) -> dict:
    agency = agency_of(reg, "市场监督管理局")
    dno = f"{reg[5]}市监罚〔{year}〕{g.num(1, 99)}号"
    d0 = g.day(year)
    d1 = g.later(d0, 90, 120)
    party, rep = company(g, reg, f"{reg[1]}程序猿网络科技有限公司")
    offs = g.officers(reg)
    emp, ename = inline(g, reg, home=True)
    victim = f"{reg[1]}陈氏兄弟软件有限公司"
    stm = (
        "    本决定书附件载有权利人的商业秘密（技术信息），依法不予公开。\n"
        if statement
        else "    涉案技术信息的具体内容已在案卷中另行封存，本决定书不予载明。\n"
    )
    fine = g.pick([300000, 500000])
    m = (
        head(agency, "行政处罚决定书", dno)
        + party
        + f"\n    经查，当事人于{K('date', cn(d0))}招用权利人{K('company', victim)}的前技术人员{N(ename)}{emp}，并通过其获取、使用权利人的客户名单和源代码等商业秘密，开发同类产品对外销售，销售金额{K('amount', money(g.num(1000000, 5000000), 1))}。\n"
        + stm
        + f"    当事人的行为违反了{K('statute', '《中华人民共和国反不正当竞争法》第九条第一款第（一）项、第（三）项')}的规定，构成侵犯商业秘密的行为。依据{K('statute', '《中华人民共和国反不正当竞争法》第二十一条')}的规定，本局决定：责令停止违法行为，没收违法所得，并处罚款{K('amount', cap_amount(fine))}。\n"
        + pay_para(g, reg)
        + remedy(reg)
        + foot(g, reg, agency, offs, d1, ostyle=ostyle, cstyle=1)
    )
    return doc(m, "行政处罚决定书", hold=statement, family="special")


def internal_pub(g: Gen, reg, year: int, *, ostyle: int) -> dict:
    agency = reg[1] + "文化市场综合行政执法队"
    dno = f"{reg[5]}文执罚〔{year}〕{g.num(1, 99)}号"
    d0 = g.day(year)
    d1 = g.later(d0, 40, 80)
    party, rep = company(g, reg, f"{reg[1]}向阳红印务有限公司")
    offs = g.officers(reg)
    cli, cname = inline(g, reg, home=False)
    lic = f"（{ABBR[reg[0]]}）印证字{g.num(100000000, 999999999)}号"
    m = (
        head(agency, "行政处罚决定书", dno)
        + party
        + f"印刷经营许可证号：{K('license_no', lic)}\n\n"
        + f"    经查，当事人于{K('date', cn(d0))}接受{N(cname)}{cli}委托，在未查验《准印证》的情况下印刷内部资料性出版物《江山书画》（每册封面标注“内部资料　免费交流”）共计{g.num(1000, 5000)}册，收取印刷费{K('amount', money(g.num(5000, 30000), 1))}。\n"
        + f"    当事人的行为违反了{K('statute', '《印刷业管理条例》第十九条')}和{K('statute', '《内部资料性出版物管理办法》第十二条')}的规定，依据{K('statute', '《印刷业管理条例》第三十七条')}的规定，本队决定：没收违法所得，并处罚款{K('amount', cap_amount(20000))}。\n"
        + "    本决定书不涉及国家秘密，依法主动公开。\n"
        + pay_para(g, reg)
        + remedy(reg)
        + foot(g, reg, agency, offs, d1, ostyle=ostyle, cstyle=0)
    )
    return doc(m, "行政处罚决定书", family="special")


# ---------------------------------------------------------------- plan
PUBLIC = "\n本决定书不涉及国家秘密，依法主动公开。\n"
OPEN = "\n（本文书依据《政府信息公开条例》依法主动公开）\n"
SECRET = "秘密★1年\n"
INTERNAL = "内部资料　注意保存\n"
NOT_PUBLIC = "\n此件不公开\n"


def plan():
    R = REGIONS

    def c(reg, tail):
        return reg[1] + tail

    return [
        # 行政处罚决定书, food, companies named like people
        lambda g: food_company(
            g,
            R[0],
            2026,
            cname=c(R[0], "陈氏兄弟食品有限公司"),
            brand="黄山",
            ostyle=0,
            cstyle=0,
            counsel=True,
        ),
        lambda g: food_company(
            g,
            R[1],
            2025,
            cname=c(R[1], "张秀英餐饮管理有限公司"),
            brand="李大妈",
            ostyle=1,
            cstyle=1,
            counsel=False,
            note=PUBLIC,
        ),
        lambda g: food_company(
            g,
            R[2],
            2026,
            cname=c(R[2], "马大姐食品有限公司"),
            brand="王二小",
            ostyle=2,
            cstyle=2,
            counsel=True,
        ),
        lambda g: food_company(
            g,
            R[3],
            2026,
            cname=c(R[3], "周记老字号食品有限公司"),
            brand="娃乐乐",
            ostyle=3,
            cstyle=3,
            counsel=False,
        ),
        lambda g: food_company(
            g,
            R[4],
            2025,
            cname=c(R[4], "刘一手餐饮管理有限公司"),
            brand="老干妈妈",
            ostyle=4,
            cstyle=4,
            counsel=True,
            note=OPEN,
        ),
        lambda g: food_company(
            g,
            R[8],
            2026,
            cname=c(R[8], "孙二娘酒业有限公司"),
            brand="江山",
            ostyle=1,
            cstyle=0,
            counsel=False,
        ),
        # 当场行政处罚决定书, natural persons at streets named like people
        lambda g: onspot_vendor(g, R[5], 2026, ostyle=0),
        lambda g: onspot_vendor(g, R[6], 2026, ostyle=1),
        lambda g: onspot_vendor(g, R[7], 2025, ostyle=2, note=PUBLIC),
        lambda g: onspot_vendor(g, R[9], 2026, ostyle=3),
        lambda g: onspot_vendor(g, R[10], 2026, ostyle=4),
        lambda g: onspot_vendor(g, R[11], 2026, ostyle=0),
        # tobacco, 个体工商户 shops (shop name public, operator private)
        lambda g: tobacco_shop(g, R[0], 2026, shop="上城区高峰便利店", ostyle=2, minor_buyer=True),
        lambda g: tobacco_shop(
            g, R[1], 2026, shop="张家港市金星烟酒商行", ostyle=0, minor_buyer=False, note=PUBLIC
        ),
        lambda g: tobacco_shop(
            g, R[8], 2025, shop="江山市向前副食品店", ostyle=1, minor_buyer=True
        ),
        lambda g: tobacco_shop(g, R[3], 2026, shop="江汉区常青烟酒店", ostyle=3, minor_buyer=False),
        # 查封扣押决定书
        lambda g: seal_detain(
            g, R[1], 2026, cname=c(R[1], "欧阳明远建材有限公司"), ostyle=1, village="王家庄村"
        ),
        lambda g: seal_detain(
            g,
            R[2],
            2026,
            cname=c(R[2], "赵家铺子商贸有限公司"),
            ostyle=0,
            village="李家湾村",
            note=PUBLIC,
        ),
        lambda g: seal_detain(
            g, R[5], 2025, cname=c(R[5], "金凤凰钟表有限公司"), ostyle=3, village="高峰村"
        ),
        lambda g: seal_detain(
            g, R[6], 2026, cname=c(R[6], "向阳红纺织有限公司"), ostyle=4, village="张家湾村"
        ),
        lambda g: seal_detain(
            g, R[9], 2026, cname=c(R[9], "黄金叶贸易有限公司"), ostyle=2, village="刘家岙村"
        ),
        # 责令改正通知书 (fire), branches with a 负责人
        lambda g: order_fix(
            g, R[0], 2026, cname=c(R[0], "韦氏眼镜有限公司建国路分公司"), branch=True, ostyle=0
        ),
        lambda g: order_fix(
            g, R[4], 2026, cname=c(R[4], "常青藤教育咨询有限公司"), branch=False, ostyle=1
        ),
        lambda g: order_fix(
            g,
            R[7],
            2025,
            cname=c(R[7], "王老五火锅餐饮有限公司中山路分店"),
            branch=True,
            ostyle=2,
            note=PUBLIC,
        ),
        lambda g: order_fix(
            g, R[10], 2026, cname="上海钱多多电子商务有限公司", branch=False, ostyle=3
        ),
        lambda g: order_fix(
            g, R[11], 2026, cname="中山市逸仙酒店管理有限公司", branch=False, ostyle=4
        ),
        # 听证告知书
        lambda g: hearing(g, R[1], 2026, cname=c(R[1], "胜利石油化工设备有限公司"), ostyle=0),
        lambda g: hearing(g, R[3], 2026, cname=c(R[3], "李建华科技有限公司"), ostyle=1),
        lambda g: hearing(g, R[6], 2025, cname=c(R[6], "田间好农资有限公司"), ostyle=2, note=OPEN),
        lambda g: hearing(g, R[9], 2026, cname=c(R[9], "江山如画文化传媒有限公司"), ostyle=3),
        # 不予行政处罚决定书, one with a shop called 秘密花园
        lambda g: nopenalty(g, R[0], 2026, shop="上城区秘密花园花艺店", ostyle=0),
        lambda g: nopenalty(g, R[2], 2026, shop="越秀区向阳花店", ostyle=1),
        lambda g: nopenalty(g, R[5], 2026, shop=None, ostyle=2, note=PUBLIC),
        lambda g: nopenalty(g, R[7], 2025, shop="思明区秘密花园鲜花工作室", ostyle=3),
        # e-commerce: order, invoice numbers
        lambda g: ecommerce(g, R[0], 2026, cname=c(R[0], "钱多多电子商务有限公司"), ostyle=1),
        lambda g: ecommerce(g, R[4], 2026, cname=c(R[4], "高峰贸易有限公司"), ostyle=3),
        lambda g: ecommerce(
            g, R[8], 2025, cname=c(R[8], "王家庄农业专业合作社"), ostyle=0, note=PUBLIC
        ),
        lambda g: ecommerce(g, R[11], 2026, cname="中山市孙中山纪念品有限公司", ostyle=2),
        # construction sites at places named like people
        lambda g: construction(
            g,
            R[1],
            2026,
            cname=c(R[1], "高峰建筑工程有限公司"),
            site="杨舍镇李家湾安置房项目工地",
            ostyle=0,
            kind="penalty",
        ),
        lambda g: construction(
            g,
            R[3],
            2026,
            cname=c(R[3], "建国建设集团有限公司"),
            site="建国路与和平路交叉口东北角工地",
            ostyle=1,
            kind="order",
        ),
        lambda g: construction(
            g,
            R[6],
            2025,
            cname=c(R[6], "林海峰建筑劳务有限公司"),
            site="高峰村村委会西侧厂房工地",
            ostyle=2,
            kind="penalty",
        ),
        lambda g: construction(
            g,
            R[9],
            2026,
            cname=c(R[9], "中建和平路桥工程有限公司"),
            site="麓谷街道向阳村文明路改造工程",
            ostyle=4,
            kind="order",
            note=PUBLIC,
        ),
        # special look-alikes that are not held
        lambda g: trade_secret(g, R[2], 2026, ostyle=0, statement=False),
        lambda g: internal_pub(g, R[8], 2026, ostyle=1),
        # held
        lambda g: onspot_vendor(g, R[3], 2026, ostyle=0, minor=True),
        lambda g: seal_detain(
            g,
            R[4],
            2026,
            cname=c(R[4], "陈立新眼镜有限公司"),
            ostyle=0,
            village="王家庄村",
            marking=SECRET,
        ),
        lambda g: hearing(
            g, R[5], 2026, cname=c(R[5], "周大发珠宝有限公司"), ostyle=4, marking=INTERNAL
        ),
        lambda g: ecommerce(
            g, R[6], 2026, cname=c(R[6], "马上来餐饮管理有限公司"), ostyle=4, note=NOT_PUBLIC
        ),
        lambda g: trade_secret(g, R[7], 2026, ostyle=2, statement=True),
        lambda g: order_fix(
            g,
            R[9],
            2026,
            cname=c(R[9], "李家湾酒店管理有限公司"),
            branch=False,
            ostyle=1,
            marking="机密★5年\n",
        ),
    ]


def main() -> None:
    scorer = load_scorer()
    rng = random.Random(SEED)
    g = Gen(rng)
    fresh_docs_dir(HERE)
    out = []
    for i, make in enumerate(plan(), 1):
        fname = f"docs/{i:04d}.txt"
        for _attempt in range(30):  # a draw whose name collides with other text is drawn again
            g.reset()
            d = make(g)
            d["hold"] = d["hold"] or "此件不公开" in d["markup"]
            text, spans = render_segments(parse_segments(d["markup"]))
            sens, keep = split_labels(spans)
            labels = {
                "file": fname,
                "family": d["family"],
                "doc_kind": d["doc_kind"],
                "hold": d["hold"],
                "party_type": d["party_type"],
                "sensitive": sens,
                "keep": keep,
            }
            try:
                self_check(scorer, text, spans, labels, fname)
                check_unlabelled_numbers(scorer, text, spans, fname)
                names = [s["text"] for s in sens if s["kind"] == "person_name"]
                for k in keep:  # a kept text holds no private name
                    assert not any(n in k["text"] for n in names), (fname, k)
            except AssertionError as e:
                print(f"{fname}: redraw ({str(e)[:120]})")
                continue
            break
        else:
            raise SystemExit(f"{fname}: no clean draw")
        if not 700 <= len(text) <= 2500:
            print(f"{fname}: {len(text)} characters ({d['family']})")
        (HERE / fname).write_bytes(text.encode("utf-8"))
        out.append(labels)
    write_labels(HERE, out)
    print_summary(out)


if __name__ == "__main__":
    main()
