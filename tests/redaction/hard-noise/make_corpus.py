#!/usr/bin/env python3
"""Generate the held-out "hard-noise" redaction corpus: noisy formats (PDF/scan extraction with
hard line breaks and page furniture, letter spacing, full-width/half-width mixes, CRLF, tabs,
markdown tables, one-line on-the-spot forms) and unusual role wording.

Deterministic (fixed seed). Every person, number and company is fictional; every ID number,
bank card and credit code carries a valid check character. Labels follow DESIGN.md §4
(policy spc-2016) and the conventions of ../shared/corpus/redaction-dev.

    python3 tests/redaction/hard-noise/make_corpus.py      # rewrites docs/ and labels.json

Self-checks: every label occurs verbatim; an ideal redaction (every sensitive span blanked)
leaks nothing under the scorer's rules and keeps every keep label.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from tests.redaction.hard_corpus import (  # noqa: E402
    K,
    N,
    S,
    cn,
    fresh_docs_dir,
    id18,
    load_scorer,
    luhn,
    parse_segments,
    print_summary,
    render_segments,
    self_check,
    uscc,
    write_labels,
)

HERE = Path(__file__).resolve().parent
SEED = 20261125


# ---------------------------------------------------------------- check characters
def id15(region: str, born: dt.date, seq: int) -> str:
    return f"{region}{born:%y%m%d}{seq:03d}"


def id_with_x(region: str, born: dt.date, rng: random.Random) -> str:
    while True:
        n = id18(region, born, rng.randrange(100, 999))
        if n.endswith("X"):
            return n


def card(rng: random.Random, length: int = 19, prefix: str = "6228") -> str:
    return luhn(prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1)))


def mobile(rng: random.Random) -> str:
    return rng.choice(
        ["138", "139", "137", "159", "186", "188", "177", "199", "150", "135"]
    ) + "".join(rng.choice("0123456789") for _ in range(8))


FW = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")


def fw(s: str) -> str:
    return s.translate(FW)


def spaced(s: str) -> str:
    return " ".join(s)


# ---------------------------------------------------------------- fictional data
REGIONS = [
    # province, city, district, code, area code, plate, court city
    ("湖南省", "长沙市", "芙蓉区", "430102", "0731", "湘A"),
    ("广东省", "深圳市", "南山区", "440305", "0755", "粤B"),
    ("江苏省", "苏州市", "吴中区", "320506", "0512", "苏E"),
    ("浙江省", "杭州市", "西湖区", "330106", "0571", "浙A"),
    ("四川省", "成都市", "武侯区", "510107", "028", "川A"),
    ("湖北省", "武汉市", "洪山区", "420111", "027", "鄂A"),
    ("山东省", "青岛市", "市南区", "370202", "0532", "鲁B"),
    ("河南省", "郑州市", "金水区", "410105", "0371", "豫A"),
    ("福建省", "厦门市", "思明区", "350203", "0592", "闽D"),
    ("云南省", "昆明市", "盘龙区", "530103", "0871", "云A"),
    ("广西壮族自治区", "南宁市", "青秀区", "450103", "0771", "桂A"),
    ("陕西省", "西安市", "雁塔区", "610113", "029", "陕A"),
    ("江西省", "南昌市", "东湖区", "360102", "0791", "赣A"),
    ("安徽省", "合肥市", "蜀山区", "340104", "0551", "皖A"),
]
ABBR = {
    "湖南省": "湘",
    "广东省": "粤",
    "江苏省": "苏",
    "浙江省": "浙",
    "四川省": "川",
    "湖北省": "鄂",
    "山东省": "鲁",
    "河南省": "豫",
    "福建省": "闽",
    "云南省": "云",
    "广西壮族自治区": "桂",
    "陕西省": "陕",
    "江西省": "赣",
    "安徽省": "皖",
}
SURNAMES = list(
    "王李张刘陈杨黄赵周吴徐孙马朱胡郭何罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤"
)
GIVEN = list(
    "建国志强秀英桂芳明华丽敏静伟军洪涛海燕红梅丹凤德福永刚俊杰晓雯佳怡宇航子涵梓萱浩然欣悦思远嘉豪立新雪莲春生秋菊冬梅振宇文博雅琴玉兰"
)
STREETS = [
    "荷花路",
    "人民北路",
    "解放西路",
    "文昌街",
    "学府路",
    "梧桐巷",
    "金桥路",
    "丰收大道",
    "枫林路",
    "东风路",
    "紫荆街",
    "湘江中路",
    "滨河东路",
    "青石巷",
    "育才路",
    "长虹路",
]
ESTATES = [
    "锦绣家园",
    "阳光花园",
    "翠湖苑",
    "御景湾",
    "金色家园",
    "书香苑",
    "碧桂园",
    "滨江名苑",
    "和美小区",
]
TOWNS = ["城郊街道", "桃花岭街道", "东塘街道", "新桥镇", "白沙街道", "双河镇"]
STATUTES_PENALTY = "《中华人民共和国行政处罚法》第五十七条第一款第（一）项"
USED_NAMES: set[str] = set()
OFFICER_NAMES = [
    "肖文斌",
    "彭丽君",
    "段国庆",
    "龚小川",
    "邵明远",
    "严秋实",
    "万佳琪",
    "覃志勇",
    "钱一鸣",
    "戴雨桐",
    "莫海峰",
    "孔令仪",
    "常青松",
    "汤若兰",
    "邹德海",
    "熊晓峰",
    "孟凡超",
    "秦玉洁",
]


class Gen:
    def __init__(self, rng: random.Random):
        self.rng = rng

    def pick(self, seq):
        return self.rng.choice(seq)

    def name(self, surname: str | None = None, n: int | None = None) -> str:
        while True:
            s = surname or self.pick(SURNAMES)
            g = "".join(self.rng.sample(GIVEN, n or self.rng.choice([1, 2, 2, 2])))
            full = s + g
            if full not in USED_NAMES and full not in OFFICER_NAMES:
                USED_NAMES.add(full)
                return full

    def born(self, lo=1958, hi=2000) -> dt.date:
        return dt.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def street_addr(self, town=True) -> str:
        r = self.rng
        parts = (self.pick(TOWNS) if town and r.random() < 0.5 else "") + self.pick(STREETS)
        return (
            parts
            + f"{r.randint(2, 399)}号{self.pick(ESTATES)}{r.randint(1, 30)}栋{r.randint(1, 3)}单元{r.randint(1, 28)}{r.randint(0, 1)}{r.randint(1, 6)}室"
        )

    def shop_addr(self) -> str:
        return f"{self.pick(STREETS)}{self.rng.randint(1, 500)}号"

    def date(self, year: int, lo=1, hi=12) -> dt.date:
        return dt.date(year, self.rng.randint(lo, hi), self.rng.randint(1, 28))

    def officers(self):
        a, b = self.rng.sample(OFFICER_NAMES, 2)
        return [(a, self.cert()), (b, self.cert())]

    def cert(self) -> str:
        r = self.rng
        return r.choice(["", "", "湘", "粤"]) + "".join(
            r.choice("0123456789") for _ in range(r.choice([8, 11, 14]))
        )

    def landline(self, area: str) -> str:
        return f"{area}-{self.rng.randint(2, 8)}{self.rng.randint(1000000, 9999999)}"


# ---------------------------------------------------------------- common blocks
AGENCY_TYPES = [
    ("城市管理和综合执法局", "城管罚决"),
    ("市场监督管理局", "市监罚决"),
    ("交通运输局", "交执罚决"),
    ("自然资源和规划局", "自然资罚决"),
    ("生态环境局", "环罚决"),
    ("应急管理局", "应急罚决"),
    ("农业农村局", "农罚决"),
    ("文化旅游体育局", "文旅罚决"),
    ("卫生健康局", "卫健罚决"),
]


class Ctx:
    def __init__(self, g: Gen, region=None, atype=None, year=None):
        self.g = g
        self.reg = region or g.pick(REGIONS)
        self.prov, self.city, self.dist, self.code, self.area, self.plate = self.reg
        t = atype or g.pick(AGENCY_TYPES)
        self.atype, self.abbr = t
        self.agency = f"{self.city}{self.dist}{self.atype}"
        self.short = self.dist[0]
        self.year = year or g.rng.randint(2020, 2026)
        self.num = f"{self.short}{self.abbr}〔{self.year}〕{g.rng.randint(10, 2999)}号"
        self.d_open = g.date(self.year, 1, 5)
        self.d_find = self.d_open - dt.timedelta(days=g.rng.randint(1, 5))
        self.d_notice = self.d_open + dt.timedelta(days=g.rng.randint(20, 60))
        self.d_dec = self.d_notice + dt.timedelta(days=g.rng.randint(10, 25))
        self.officers = g.officers()
        self.aaddr = f"{self.prov}{self.city}{self.dist}{g.pick(STREETS)}{g.rng.randint(1, 600)}号"
        self.aphone = g.landline(self.area)

    def head(self, title: str, extra_top: str = "") -> str:
        return (
            f"{extra_top}{K('agency', self.agency)}\n{title}\n{K('decision_number', self.num)}\n\n"
        )

    def sign(self, sep="、") -> str:
        o = self.officers
        return (
            f"执法人员：{K('officer', o[0][0])}（执法证号：{K('officer_cert', o[0][1])}）{sep}"
            f"{K('officer', o[1][0])}（执法证号：{K('officer_cert', o[1][1])}）\n"
            f"本机关地址：{K('agency_address', self.aaddr)}　联系电话：{K('agency_phone', self.aphone)}"
            f"　监督电话：{K('agency_phone', '12345')}\n\n{K('agency', self.agency)}\n{K('date', cn(self.d_dec))}\n"
        )

    def remedy(self) -> str:
        return (
            f"    当事人如不服本决定，可以在收到本决定书之日起六十日内向{self.city}{self.dist}人民政府申请行政复议，"
            f"也可以在六个月内依法向{self.city}{self.dist}人民法院提起行政诉讼。\n"
        )

    def pay(self, with_account=True) -> str:
        acct = ""
        if with_account:
            a = card(self.g.rng, self.g.pick([16, 19]), self.g.pick(["6222", "6217", "6228"]))
            acct = f"（收款单位：{self.city}{self.dist}财政局，账号：{S('bank_account', a)}）"
        return (
            f"    当事人应当自收到本决定书之日起十五日内缴纳罚款{acct}。逾期不缴纳罚款的，本机关将依据"
            f"{K('statute', '《中华人民共和国行政处罚法》第七十二条第一款第（一）项')}的规定，每日按罚款数额的百分之三加处罚款。\n"
        )


AMOUNTS = [
    ("人民币伍佰元整", "500元"),
    ("人民币贰仟元整", "2000元"),
    ("人民币伍仟元整", "5000.00元"),
    ("人民币壹万元整", "10000元"),
    ("人民币叁万元整", "30000.00元"),
    ("人民币捌仟元整", "8000元"),
]

NEGATIONS = [
    "本决定书不涉及国家秘密、商业秘密和个人隐私，依法予以公开。",
    "经审查，本决定书不含国家秘密，亦不涉及商业秘密，公开方式：主动公开。",
    "密级：无　　公开属性：主动公开",
    "当事人称其进货渠道属于商业秘密，经审查，该渠道信息已在其网店公开，不构成商业秘密。",
    "本文书非涉密文件，无需保密审查。",
]

ID_STYLES = ["plain", "spaces", "hyphen", "fullwidth", "lower_x", "old15"]


def id_form(g: Gen, region: str, born: dt.date, style: str) -> str:
    r = g.rng
    if style == "old15":
        return id15(region, born, r.randint(100, 999))
    if style == "lower_x":
        return id_with_x(region, born, r).lower()
    n = id18(region, born, r.randint(100, 999))
    if style == "spaces":
        return f"{n[:6]} {n[6:14]} {n[14:]}"
    if style == "hyphen":
        return f"{n[:6]}-{n[6:14]}-{n[14:]}"
    if style == "fullwidth":
        return fw(n)
    return n


def phone_form(g: Gen, style: str, area: str) -> str:
    m = mobile(g.rng)
    if style == "plus86":
        return f"+86 {m[:3]} {m[3:7]} {m[7:]}"
    if style == "plus86b":
        return f"+86-{m}"
    if style == "dash":
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if style == "spaced":
        return spaced(m)
    if style == "fullwidth":
        return fw(m)
    if style == "landline":
        return (
            f"({area}) {g.rng.randint(2, 8)}{g.rng.randint(100, 999)}-{g.rng.randint(1000, 9999)}"
        )
    if style == "landline_cn":
        return f"（{area}）{g.rng.randint(2, 8)}{g.rng.randint(1000000, 9999999)}"
    return m


def card_grouped(c: str) -> str:
    return " ".join(c[i : i + 4] for i in range(0, len(c), 4))


def email(g: Gen) -> str:
    r = g.rng
    local = r.choice(
        ["wjg", "lxw", "zhanghua", "chenmin", "liuyang", "sunny", "hx", "tianlan"]
    ) + str(r.randint(1970, 2005))
    return local + "@" + r.choice(["163.com", "qq.com", "126.com", "sina.com"])


# ---------------------------------------------------------------- document generators
# Each returns dict(markup, doc_kind, party_type, hold, family, ext)


def lab(text: str, style: dict) -> str:
    """A field label, letter-spaced and with a half- or full-width colon."""
    t = spaced(text) if style.get("spaced_labels") else text
    return t + (":" if style.get("half_colon") and g_rng.random() < 0.5 else "：")


g_rng = random.Random(SEED + 1)


def gen_decision_natural(g: Gen, st: dict) -> dict:
    """PDF-like 行政处罚决定书 of a natural person, relatives and a witness, city management."""
    c = Ctx(g, atype=("城市管理和综合执法局", "城管罚决"))
    name = g.name()
    shown = spaced(name) if st.get("spaced_names") else name
    born = g.born()
    idn = id_form(g, c.code, born, st.get("id", "plain"))
    wife = g.name()
    daughter = g.name(surname=name[0])
    witness = g.name()
    wid = id_form(g, c.code, g.born(), "plain")
    amt = g.pick(AMOUNTS)
    loc = f"{c.dist}{g.shop_addr()}"
    prop = f"{ABBR[c.prov]}（20{g.rng.randint(10, 23)}）{c.city}不动产权第{g.rng.randint(1000000, 9999999):07d}号"
    ph = phone_form(g, st.get("phone", "plain"), c.area)
    neg = g.pick(NEGATIONS[:3])
    m = c.head("行 政 处 罚 决 定 书" if st.get("spaced_labels") else "行政处罚决定书")
    m += (
        f"{lab('当事人', st)}{N(shown)}\n{lab('性别', st)}男　{lab('民族', st)}汉族\n"
        f"{lab('出生日期', st)}{S('birth_date', cn(born))}\n"
        f"{lab('身份证号', st)}{S('id_number', idn)}\n"
        f"{lab('住址', st)}{c.prov}{c.city}{c.dist}{S('address', g.street_addr())}\n"
        f"{lab('联系电话', st)}{S('phone', ph)}\n\n"
    )
    m += (
        f"    {N(name)}未取得建设工程规划许可证进行建设一案，本机关于{K('date', cn(c.d_open))}立案调查，现已调查终结。\n"
        f"    经查：{K('date', cn(c.d_find))}，本机关执法人员在巡查中发现，{N(name)}在其所有的位于{K('location', loc)}"
        f"的房屋（不动产权证书号：{S('property_cert', prop)}）楼顶擅自搭建钢结构建筑物一处，建筑面积约{g.rng.randint(20, 200)}平方米。"
        f"检查时{N(name)}不在现场，其妻{N(wife)}（身份证号：{S('id_number', id_form(g, c.code, g.born(), 'plain'))}）"
        f"陪同检查，《责令停止违法行为通知书》由其女儿{N(daughter)}代为签收。证人{N(witness)}（身份证号码：{S('id_number', wid)}）"
        f"证实了上述事实。\n"
        f"    本机关认为：{N(name)}的行为违反了{K('statute', '《中华人民共和国城乡规划法》第四十条第一款')}的规定，"
        f"依据{K('statute', '《中华人民共和国城乡规划法》第六十四条')}的规定，决定处以罚款{K('amount', amt[0])}（{K('amount', amt[1])}）。\n"
    )
    m += c.pay() + c.remedy() + f"    {neg}\n\n" + c.sign()
    return dict(
        markup=m, doc_kind="行政处罚决定书", party_type="natural", hold=False, family="pdf-natural"
    )


def gen_decision_legal(g: Gen, st: dict) -> dict:
    """行政处罚决定书 of a company whose name holds a person-like name; legal rep kept; lawyer;
    a site manager introduced without a role label; a consumer complainant; a 400 number."""
    c = Ctx(g, atype=("市场监督管理局", "市监罚决"))
    rep = g.name()
    corp = (
        f"{c.city}{rep}食品有限公司"
        if g.rng.random() < 0.5
        else f"{c.city}{g.pick(['张三丰', '李时珍', '王老五', '陈阿婆'])}食品有限公司"
    )
    short_corp = corp.replace(c.city, "").replace("有限公司", "公司")
    code = uscc(g.rng, c.code)
    caddr = f"{c.prov}{c.city}{c.dist}{g.shop_addr()}"
    rep_id = id_form(g, c.code, g.born(), st.get("id", "plain"))
    site = g.name()
    consumer = g.name()
    lawyer = g.name()
    firm = f"{g.pick(['湖南天平', '广东正和', '江苏金石', '浙江明德', '四川蜀信'])}律师事务所"
    lic = "".join(g.rng.choice("0123456789") for _ in range(17))
    hot = f"400-{g.rng.randint(100, 999)}-{g.rng.randint(1000, 9999)}"
    em = email(g)
    ph = phone_form(g, st.get("phone", "plus86"), c.area)
    amt = g.pick(AMOUNTS)
    m = c.head("行政处罚决定书")
    m += (
        f"{lab('当事人', st)}{K('company', corp)}\n{lab('统一社会信用代码', st)}{K('uscc', code)}\n"
        f"{lab('住所', st)}{K('org_address', caddr)}\n"
        f"{lab('法定代表人', st)}{K('legal_rep', rep)}，职务：{K('legal_rep_title', '执行董事')}，身份证号码：{S('id_number', rep_id)}\n"
        f"客服电话：{K('org_phone', hot)}\n"
        f"{lab('委托代理人', st)}{K('lawyer', lawyer)}，{K('law_firm', firm)}律师，执业证号：{K('lawyer_license', lic)}\n\n"
    )
    m += (
        f"    经查：{K('date', cn(c.d_find))}，本机关接到消费者{N(consumer)}（电话：{S('phone', ph)}，邮箱：{S('email', em)}）投诉，"
        f"反映{K('company', short_corp)}销售超过保质期的食品。同日，本机关执法人员对当事人位于{K('location', c.dist + g.shop_addr() + '的门店')}进行检查。"
        f"经询问，现场负责人{N(site)}称上述食品系{K('date', cn(c.d_find - dt.timedelta(days=3)))}购进，"
        f"{N(site)}在《现场笔录》上签字确认。\n"
        f"    本机关认为：当事人的行为违反了{K('statute', '《中华人民共和国食品安全法》第三十四条第（十）项')}的规定，"
        f"依据{K('statute', '《中华人民共和国食品安全法》第一百二十四条第一款')}的规定，决定处以罚款{K('amount', amt[0])}（{K('amount', amt[1])}）。\n"
    )
    m += c.pay(with_account=False) + c.remedy() + f"    {g.pick(NEGATIONS)}\n\n" + c.sign()
    return dict(
        markup=m, doc_kind="行政处罚决定书", party_type="legal", hold=False, family="legal-person"
    )


def gen_onspot(g: Gen, st: dict) -> dict:
    """当场行政处罚决定书: every field on one or two lines, spaces or tabs between fields."""
    c = Ctx(
        g,
        atype=g.pick(
            [
                ("交通运输局", "交执罚当"),
                ("城市管理和综合执法局", "城管当罚"),
                ("市场监督管理局", "市监当罚"),
            ]
        ),
    )
    name = g.name()
    born = g.born(1970, 2003)
    sep = "\t" if st.get("tabs") else g.pick(["  ", " ", "　"])
    colon = ":" if st.get("half_colon") else "："
    idn = id_form(g, c.code, born, st.get("id", "plain"))
    ph = phone_form(g, st.get("phone", "plain"), c.area)
    addr = g.street_addr()
    amt = g.pick(AMOUNTS[:3])
    loc = f"{c.dist}{g.pick(STREETS)}与{g.pick(STREETS)}交叉口"
    bd = f"{born.year}年{born.month}月"
    f1 = sep.join(
        [
            f"被处罚人{colon}{N(name)}",
            f"性别{colon}男",
            f"出生年月{colon}{S('birth_date', bd)}",
            f"身份证号{colon}{S('id_number', idn)}",
        ]
    )
    f2 = sep.join(
        [f"联系电话{colon}{S('phone', ph)}", f"现住址{colon}{c.city}{c.dist}{S('address', addr)}"]
    )
    fields = f1 + sep + f2 + "\n" if st.get("one_line") else f1 + "\n" + f2 + "\n"
    plate_style = g.pick(["ev", "space", "xue", "dot"])
    digits = f"{g.rng.randint(10000, 99999)}"
    plate = {
        "ev": f"{c.plate[0]}{c.plate[1]}·D{digits}",
        "space": f"{c.plate} {digits}",
        "xue": f"{c.plate}{digits[:4]}学",
        "dot": f"{c.plate}·{digits}",
    }[plate_style]
    owner = g.name()
    m = c.head("当场行政处罚决定书")
    m += fields
    m += (
        f"车辆号牌{colon}{S('license_plate', plate)}{sep}车辆所有人{colon}{N(owner)}\n"
        f"违法事实{colon}{K('date', cn(c.d_dec))}，驾驶人{N(name)}驾驶上述车辆在{K('location', loc)}"
        f"未按规定停放，妨碍交通。\n"
        f"处罚依据{colon}{K('statute', '《中华人民共和国道路交通安全法》第九十三条第二款')}\n"
        f"处罚决定{colon}罚款{K('amount', amt[1])}{sep}缴款方式：当场收缴\n"
        f"被处罚人签名{colon}{N(name)}{K('date', cn(c.d_dec))}\n" + c.sign(sep=sep)
    )
    return dict(
        markup=m,
        doc_kind="当场行政处罚决定书",
        party_type="natural",
        hold=False,
        family="onspot-form",
    )


def gen_markdown(g: Gen, st: dict) -> dict:
    """Markdown decision: heading, table of party fields, bold labels, lists; a 个体户 whose shop
    name holds the operator's surname (shop kept, operator masked), an employee (雇工)."""
    c = Ctx(g, atype=("市场监督管理局", "市监罚决"))
    sur = g.pick(SURNAMES)
    op = g.name(surname=sur)
    shop = f"{c.dist}{sur}记{g.pick(['牛肉面', '烧烤', '米粉店', '卤味', '麻辣烫'])}"
    code = uscc(g.rng, c.code, "92")
    saddr = f"{c.prov}{c.city}{c.dist}{g.shop_addr()}"
    worker = g.name()
    worker2 = g.name(surname=op[0])  # shares the operator's surname
    born = g.born()
    idn = id_form(g, c.code, born, st.get("id", "plain"))
    ph = phone_form(g, st.get("phone", "plain"), c.area)
    addr = g.street_addr()
    amt = g.pick(AMOUNTS)
    c_bank = card(g.rng, 19)
    m = f"# {K('agency', c.agency)}\n\n## 行政处罚决定书\n\n**文号**：{K('decision_number', c.num)}\n\n"
    m += (
        f"**当事人**：{K('company', shop)}（个体工商户）\n\n**统一社会信用代码**：{K('uscc', code)}\n\n"
        f"**经营场所**：{K('org_address', saddr)}\n\n"
        "| 姓名 | 性别 | 身份证号 | 住址 | 联系电话 |\n| --- | --- | --- | --- | --- |\n"
        f"| {N(op)} | 男 | {S('id_number', idn)} | {c.city}{c.dist}{S('address', addr)} | {S('phone', ph)} |\n\n"
    )
    m += (
        f"### 一、违法事实\n\n{K('date', cn(c.d_find))}，本机关执法人员对{K('company', shop)}进行检查，发现经营者本人{N(op)}"
        f"及雇工{N(worker)}、{N(worker2)}均未取得健康证明即从事接触直接入口食品的工作。{N(worker)}的工资经由其本人银行卡"
        f"（{S('bank_account', card_grouped(c_bank))}）按月发放。\n\n"
        f"### 二、证据\n\n1. 现场检查笔录1份；\n2. 对{N(op)}的询问笔录1份；\n- 雇工{N(worker2)}的陈述1份；\n\n"
        f"### 三、处罚决定\n\n依据{K('statute', '《中华人民共和国食品安全法》第一百二十六条第一款第（六）项')}，决定：\n\n"
        f"* 警告；\n* 罚款**{K('amount', amt[0])}**（{K('amount', amt[1])}）。\n\n"
    )
    m += c.pay(with_account=False).strip() + "\n\n" + c.remedy().strip() + "\n\n"
    o = c.officers
    m += (
        f"---\n\n**执法人员**：{K('officer', o[0][0])}（{K('officer_cert', o[0][1])}）、{K('officer', o[1][0])}（{K('officer_cert', o[1][1])}）  \n"
        f"**地址**：{K('agency_address', c.aaddr)}　**电话**：{K('agency_phone', c.aphone)}，{K('agency_phone', '12345')}\n\n"
        f"{K('agency', c.agency)}  \n{K('date', cn(c.d_dec))}\n"
    )
    return dict(
        markup=m,
        doc_kind="行政处罚决定书",
        party_type="natural",
        hold=False,
        family="markdown",
        ext=".md",
    )


def gen_no_penalty(g: Gen, st: dict) -> dict:
    """不予行政处罚决定书: 行为人 / 相对人名称 wording, 其父, a common-word name."""
    c = Ctx(
        g,
        atype=g.pick(
            [
                ("城市管理和综合执法局", "城管不罚"),
                ("市场监督管理局", "市监不罚"),
                ("生态环境局", "环不罚"),
            ]
        ),
    )
    c.num = c.num.replace("罚决", "不罚")
    name = g.pick(["高山", "金星", "江河", "向阳", "林立", "钟情", "白雪", "夏雨"])
    if name in USED_NAMES:
        name = g.name()
    USED_NAMES.add(name)
    father = g.name(surname=name[0])
    born = g.born(1975, 2002)
    idn = id_form(g, c.code, born, st.get("id", "plain"))
    ph = phone_form(g, st.get("phone", "plain"), c.area)
    label = g.pick(["行为人", "相对人名称", "姓名/名称", "负责人"])
    loc = f"{c.dist}{g.shop_addr()}门前"
    m = c.head("不予行政处罚决定书")
    intro = ""
    if label == "负责人":
        intro = f"{lab('相对人名称', st)}{c.dist}夜市无名烧烤摊（未办理营业执照）\n"
    m += (
        intro
        + f"{lab(label, st)}{N(name)}，男，{S('birth_date', cn(born))}出生，公民身份号码{S('id_number', idn)}，"
        f"住{c.city}{c.dist}{S('address', g.street_addr())}，电话{S('phone', ph)}。\n\n"
    )
    m += (
        f"    {K('date', cn(c.d_find))}，本机关执法人员在{K('location', loc)}发现{N(name)}占道经营。"
        f"{N(name)}当场将摊位撤离，其父{N(father)}到场说明情况并代为签收相关文书。\n"
        f"    本机关认为，{N(name)}系初次违法且危害后果轻微并及时改正，依据"
        f"{K('statute', '《中华人民共和国行政处罚法》第三十三条第一款')}的规定，决定不予行政处罚。\n"
        + c.remedy()
        + f"    {g.pick(NEGATIONS)}\n\n"
        + c.sign()
    )
    return dict(
        markup=m,
        doc_kind="不予行政处罚决定书",
        party_type="natural",
        hold=False,
        family="unusual-roles",
    )


def gen_rectify(g: Gen, st: dict) -> dict:
    """责令改正通知书 to a 户主/房主; a 承包人 (contractor) and a neighbour who reported."""
    c = Ctx(
        g, atype=g.pick([("自然资源和规划局", "自然资责改"), ("城市管理和综合执法局", "城管责改")])
    )
    c.num = c.num.replace("罚决", "责改")
    owner = g.name()
    contractor = g.name()
    reporter = g.name()
    role = g.pick(["户主", "房主"])
    born = g.born()
    idn = id_form(g, c.code, born, st.get("id", "plain"))
    ph = phone_form(g, st.get("phone", "landline"), c.area)
    village = f"{g.pick(TOWNS)}{g.pick(['龙井', '石门', '桃源', '上湾'])}村{g.rng.randint(1, 12)}组{g.rng.randint(1, 99)}号"
    prop = f"{ABBR[c.prov]}（{c.year - 3}）{c.city}不动产权第{g.rng.randint(100000, 999999):07d}号"
    m = c.head("责令改正通知书")
    m += (
        f"{role}{':' if st.get('half_colon') else '：'}{N(owner)}　身份证号：{S('id_number', idn)}\n"
        f"联系方式：{S('phone', ph)}　家庭住址：{c.dist}{S('address', village)}\n"
        f"不动产权证号：{S('property_cert', prop)}\n\n"
        f"    经查，你户在{K('location', c.dist + village.split('村')[0] + '村集体土地上')}未经批准擅自加盖第三层，"
        f"由承包人{N(contractor)}（手机{S('phone', mobile(g.rng))}）组织施工。邻居{N(reporter)}于{K('date', cn(c.d_find))}举报。\n"
        f"    上述行为违反了{K('statute', '《中华人民共和国土地管理法》第七十七条')}的规定。现责令你户于"
        f"{K('date', cn(c.d_dec + dt.timedelta(days=15)))}前自行拆除，逾期不改正的，本机关将依法处理。\n\n"
        + c.sign()
    )
    return dict(
        markup=m,
        doc_kind="责令改正通知书",
        party_type="natural",
        hold=False,
        family="unusual-roles",
    )


def gen_hearing(g: Gen, st: dict) -> dict:
    """听证告知书: 15-digit old ID, a minority name with a middle dot, 港澳通行证, passport, lawyer."""
    c = Ctx(g, atype=g.pick([("文化旅游体育局", "文旅听告"), ("市场监督管理局", "市监听告")]))
    c.num = c.num.replace("罚决", "听告")
    party = g.pick(
        ["阿依古丽·买买提", "热合曼·吐尔逊", "扎西·多吉", "迪丽拜尔·艾则孜", "帕尔哈提·买合木提"]
    )
    born = g.born(1960, 1985)
    oid = id15(c.code, born, g.rng.randint(100, 999))
    hk = f"{g.pick(['C', 'H', 'K'])}{g.rng.randint(10000000, 99999999)}"
    pp = f"E{g.rng.randint(10000000, 99999999)}"
    partner = g.name()
    lawyer = g.name()
    firm = f"{g.pick(['北京君泰', '上海锦天', '广东华商'])}（{c.city[:-1]}）律师事务所"
    lic = "".join(g.rng.choice("0123456789") for _ in range(17))
    amt = g.pick(AMOUNTS[3:])
    first = party.split("·")[0]
    m = c.head("行政处罚听证告知书")
    m += (
        f"{lab('姓名/名称', st)}{N(party)}\n{lab('证件号码', st)}{S('id_number', oid)}（旧版居民身份证）\n"
        f"港澳居民来往内地通行证：{S('passport', hk)}\n\n"
        f"    {N(party)}：本机关于{K('date', cn(c.d_find))}查明，你与合伙人{N(partner)}（护照号码：{S('passport', pp)}）"
        f"在{K('location', c.dist + g.shop_addr() + '二楼')}未经许可经营营业性演出。{N(first)}当场承认上述事实。"
        f"拟依据{K('statute', '《营业性演出管理条例》第四十三条第一款')}对你处以罚款{K('amount', amt[0])}。\n"
        f"    根据{K('statute', '《中华人民共和国行政处罚法》第六十三条')}的规定，你有权在收到本告知书之日起五日内要求听证。"
        f"你已委托{K('law_firm', firm)}{K('lawyer', lawyer)}律师（执业证号{K('lawyer_license', lic)}）为代理人。\n\n"
        + c.sign()
    )
    return dict(
        markup=m, doc_kind="听证告知书", party_type="natural", hold=False, family="ids-permits"
    )


def gen_seizure(g: Gen, st: dict) -> dict:
    """查封扣押决定书 on vehicles: 车辆所有人, 驾驶人, plates in several forms, a driver's email."""
    c = Ctx(g, atype=("交通运输局", "交扣"))
    c.num = c.num.replace("罚决", "扣")
    owner = g.name()
    driver = g.name()
    d1 = f"{g.rng.randint(10000, 99999)}"
    d2 = f"{g.rng.randint(10000, 99999)}"
    plates = [f"{c.plate[0]}{c.plate[1]}·D{d1}", f"{c.plate} {d2}"]
    if g.rng.random() < 0.5:
        plates[1] = f"{c.plate}{d2[:4]}学"
    idn = id_form(g, c.code, g.born(), st.get("id", "plain"))
    did = id_form(g, c.code, g.born(), "plain")
    ph = phone_form(g, st.get("phone", "plus86b"), c.area)
    em = email(g)
    lot = f"{c.dist}{g.pick(STREETS)}{g.rng.randint(1, 300)}号停车场"
    m = c.head("查封（扣押）决定书")
    m += (
        f"{lab('车辆所有人', st)}{N(owner)}，身份证号{S('id_number', idn)}，联系电话{S('phone', ph)}\n"
        f"{lab('驾驶人', st)}{N(driver)}，身份证号{S('id_number', did)}，电子邮箱{S('email', em)}\n\n"
        f"    {K('date', cn(c.d_find))}，本机关执法人员在{K('location', c.dist + g.pick(STREETS) + '公交站')}检查时发现，"
        f"{N(driver)}驾驶号牌为{S('license_plate', plates[0])}的小型新能源汽车未取得经营许可从事网约车经营；"
        f"同车队号牌为{S('license_plate', plates[1])}的车辆亦涉嫌相同违法行为。依据"
        f"{K('statute', '《中华人民共和国行政强制法》第二十三条')}和{K('statute', '《网络预约出租汽车经营服务管理暂行办法》第三十四条')}"
        f"的规定，决定对上述车辆予以扣押，扣押期限为{K('amount', '三十日')}，存放于{K('location', lot)}。\n\n"
        + c.sign()
    )
    return dict(
        markup=m,
        doc_kind="查封扣押决定书",
        party_type="natural",
        hold=False,
        family="plates-vehicles",
    )


def gen_police(g: Gen, st: dict, minor: bool = False) -> dict:
    """公安 治安 decision: 违法嫌疑人, victim, 其母/其子, 户籍地 and 现住址, common-word names."""
    c = Ctx(g, atype=("公安分局", "公（治）决字"))
    c.agency = f"{c.city}公安局{c.dist}分局"
    c.num = f"{c.short}公（治）决字〔{c.year}〕{g.rng.randint(100, 9999)}号"
    name = g.pick(["向阳", "林立", "高山", "金星", "江河", "齐心", "石磊"])
    if name in USED_NAMES or g.rng.random() < 0.4:
        name = g.name()
    USED_NAMES.add(name)
    born = (
        dt.date(2011, g.rng.randint(1, 10), g.rng.randint(1, 28)) if minor else g.born(1980, 2000)
    )
    idn = id_form(g, c.code, born, st.get("id", "plain"))
    victim = g.name()
    mother = g.name()
    son = g.name(surname=name[0]) if not minor else None
    hj = g.street_addr()
    xz = g.street_addr()
    m = (
        f"{K('agency', c.agency)}\n公安行政处罚决定书\n{K('decision_number', c.num)}\n\n"
        f"{lab('违法嫌疑人', st)}{N(name)}，性别男，{S('birth_date', cn(born))}出生，身份证件种类及号码：居民身份证 {S('id_number', idn)}，"
        f"户籍所在地：{c.prov}{c.city}{c.dist}{S('address', hj)}，现住址：{c.city}{c.dist}{S('address', xz)}，"
        f"工作单位：无。\n\n"
    )
    kin = f"其母{N(mother)}" if minor else f"其子{N(son)}"
    m += (
        f"    现查明：{K('date', cn(c.d_find))}21时许，在{K('location', c.dist + g.shop_addr() + '某烧烤店')}内，{N(name)}"
        f"因琐事与被侵害人{N(victim)}发生争执，并故意损毁{N(victim)}的电动自行车一辆。{kin}到场。"
        f"以上事实有{N(name)}的陈述和申辩、被侵害人{N(victim)}的陈述、证人证言等证据证实。\n"
        f"    根据{K('statute', '《中华人民共和国治安管理处罚法》第四十九条')}之规定，现决定对{N(name)}"
        f"行政拘留{K('amount', '五日')}并处罚款{K('amount', '人民币贰佰元')}。\n"
        f"    被处罚人如不服本决定，可以在收到本决定书之日起六十日内向{c.city}公安局申请行政复议。\n\n"
        f"{K('agency', c.agency)}\n{K('date', cn(c.d_dec))}\n"
    )
    return dict(
        markup=m,
        doc_kind="行政处罚决定书",
        party_type="natural",
        hold=minor,
        family="minor-party" if minor else "police-roles",
    )


def gen_clinic(g: Gen, st: dict) -> dict:
    """卫生健康 decision against a clinic: a 患者 with a diagnosis (health data) and 家属 -> held."""
    c = Ctx(g, atype=("卫生健康局", "卫健罚决"))
    corp = f"{c.city}{c.dist}{g.pick(['康宁', '仁和', '惠民'])}诊所有限公司"
    rep = g.name()
    code = uscc(g.rng, c.code)
    patient = g.name()
    relative = g.name()
    doctor = g.name()
    amt = g.pick(AMOUNTS[3:])
    m = c.head("行政处罚决定书")
    m += (
        f"当事人：{K('company', corp)}\n统一社会信用代码：{K('uscc', code)}\n法定代表人：{K('legal_rep', rep)}\n\n"
        f"    经查，{K('date', cn(c.d_find))}，当事人聘用未取得医师资格的{N(doctor)}为患者{N(patient)}"
        f"（{S('phone', mobile(g.rng))}）诊治，{N(patient)}被诊断为{g.pick(['乙型病毒性肝炎', '抑郁症', '2型糖尿病'])}，"
        f"其家属{N(relative)}对此投诉。\n"
        f"    依据{K('statute', '《医疗机构管理条例》第四十七条')}，决定罚款{K('amount', amt[0])}。\n\n"
        + c.sign()
    )
    return dict(
        markup=m, doc_kind="行政处罚决定书", party_type="legal", hold=True, family="held-health"
    )


def gen_record(g: Gen, st: dict) -> dict:
    """A process document (询问笔录 / 现场检查笔录): held."""
    c = Ctx(g, atype=("市场监督管理局", "市监"))
    kind = g.pick(["询问笔录", "现场检查笔录"])
    name = g.name()
    idn = id_form(g, c.code, g.born(), st.get("id", "plain"))
    o = c.officers
    loc = f"{c.dist}{g.shop_addr()}"
    if kind == "询问笔录":
        m = (
            f"{K('agency', c.agency)}\n询 问 笔 录\n\n时间：{K('date', cn(c.d_find))}\n地点：{K('location', loc)}\n"
            f"询问人：{K('officer', o[0][0])}、{K('officer', o[1][0])}　记录人：{K('officer', o[1][0])}\n"
            f"被询问人：{N(name)}　身份证号：{S('id_number', idn)}　电话：{S('phone', mobile(g.rng))}\n"
            f"问：我们是{K('agency', c.agency)}执法人员，这是我们的执法证件，你看清楚了吗？\n答：看清楚了。\n"
            f"问：你店里的散装白酒从哪里进的？\n答：从一个老乡那里进的，没有票据。\n"
            f"被询问人签名：{N(name)}\n"
        )
    else:
        m = (
            f"{K('agency', c.agency)}\n现场检查笔录\n\n检查时间：{K('date', cn(c.d_find))}\n检查地点：{K('location', loc)}\n"
            f"当事人：{N(name)}　身份证号：{S('id_number', idn)}\n"
            f"检查情况：现场有经营者{N(name)}在场，货架上摆放无中文标签的进口食品{g.rng.randint(3, 40)}件。\n"
            f"执法人员：{K('officer', o[0][0])}（{K('officer_cert', o[0][1])}）\n当事人签名：{N(name)}\n"
        )
    return dict(markup=m, doc_kind=kind, party_type="natural", hold=True, family="held-process")


MARKINGS = [
    ("top_right", " " * 36 + "秘密★1年\n"),
    ("top_right_tab", "\t\t\t\t\t机密★3年\n"),
    ("internal_bottom", None),  # 内部资料 注意保存 at the bottom
    ("not_public", None),  # 此件不公开 next to the number
]


def gen_marked(g: Gen, st: dict, which: str) -> dict:
    d = (
        gen_decision_natural(g, st)
        if which in ("top_right", "internal_bottom")
        else gen_decision_legal(g, st)
    )
    m = d["markup"]
    if which == "top_right":
        m = " " * 40 + "秘密★1年\n" + m
    elif which == "top_right_tab":
        m = "\t\t\t\t\t\t机密★3年\n" + m
    elif which == "internal_bottom":
        m = m + "\n（内部资料　注意保存）\n"
    elif which == "not_public":
        lines = m.split("\n")
        lines[2] = lines[2] + "　　　　此件不公开"
        m = "\n".join(lines)
    d.update(markup=m, hold=True, family="held-marking")
    return d


# ---------------------------------------------------------------- markup -> segments, noise
SPLIT_LF = {
    "person_name",
    "id_number",
    "phone",
    "bank_account",
    "license_plate",
    "property_cert",
    "passport",
    "address",
    "birth_date",
}
SPLIT_CRLF = {
    "person_name",
    "id_number",
    "phone",
    "bank_account",
    "license_plate",
    "property_cert",
    "passport",
}
FOOTERS = ["— {p} —", "第 {p} 页 共 {n} 页", "- {p} -", "第{p}页/共{n}页"]


def wrap(
    segs,
    rng: random.Random,
    lo: int,
    hi: int,
    splittable: set,
    footer_every: int,
    header: str | None,
):
    """Hard line breaks every lo..hi characters (as text extracted from a PDF), inside sensitive
    spans of splittable kinds too, never inside a keep span; page furniture between some lines."""
    out = []
    state = {"col": 0, "width": rng.randint(lo, hi), "lines": 0, "page": 1}
    footer, total = rng.choice(FOOTERS), rng.randint(3, 5)

    def brk(plain: bool) -> str:
        state["col"], state["width"] = 0, rng.randint(lo, hi)
        state["lines"] += 1
        if plain and state["lines"] >= footer_every:
            state["lines"] = 0
            state["page"] += 1
            furn = footer.format(p=state["page"] - 1, n=max(total, state["page"]))
            return "\n" + furn + ("\n" + header if header else "") + "\n"
        return "\n"

    pending = False
    for text, role, kind in segs:
        if pending:
            pending = False
            if not text.startswith("\n"):
                out.append([brk(True), None, None])
        can_split = role is None or (role == "S" and kind in splittable and "·" not in text)
        buf = ""
        for i, ch in enumerate(text):
            buf += ch
            if ch == "\n":
                state["col"], state["width"] = 0, rng.randint(lo, hi)
                state["lines"] += 1
                continue
            state["col"] += 1
            if state["col"] < state["width"]:
                continue
            last = i == len(text) - 1
            if last:
                pending = True
            elif text[i + 1] == "\n":
                continue
            elif can_split:
                buf += brk(role is None)
        out.append([buf, role, kind])
    return out


# ---------------------------------------------------------------- the plan
PROFILES = {
    "wrap": dict(wrap=(20, 35), crlf=False),
    "wrap_crlf": dict(wrap=(22, 34), crlf=True),
    "wrap_spaced": dict(wrap=(24, 35), crlf=False, spaced_labels=True),
    "spaced": dict(spaced_labels=True, spaced_names=True, phone="spaced"),
    "fullwidth": dict(id="fullwidth", phone="fullwidth", half_colon=True),
    "crlf_tabs": dict(crlf=True, tabs=True, half_colon=True),
    "plain": dict(),
}

PLAN = [
    # generator, profile, overrides
    ("natural", "wrap", {}),
    ("natural", "wrap_crlf", {"id": "spaces"}),
    ("natural", "wrap_spaced", {"id": "lower_x"}),
    ("natural", "spaced", {}),
    ("natural", "fullwidth", {}),
    ("natural", "wrap", {"id": "hyphen", "phone": "plus86"}),
    ("natural", "crlf_tabs", {"id": "old15", "phone": "landline"}),
    ("natural", "wrap", {"phone": "dash"}),
    ("legal", "wrap", {}),
    ("legal", "wrap_crlf", {}),
    ("legal", "spaced", {}),
    ("legal", "fullwidth", {}),
    ("legal", "plain", {"phone": "landline_cn"}),
    ("legal", "wrap_spaced", {"id": "hyphen"}),
    ("onspot", "plain", {"one_line": True}),
    ("onspot", "crlf_tabs", {}),
    ("onspot", "fullwidth", {"one_line": True}),
    ("onspot", "plain", {"id": "lower_x", "phone": "plus86"}),
    ("onspot", "wrap", {}),
    ("onspot", "crlf_tabs", {"one_line": True, "id": "old15"}),
    ("onspot", "spaced", {}),
    ("onspot", "plain", {"id": "spaces", "phone": "dash", "half_colon": True}),
    ("markdown", "plain", {}),
    ("markdown", "plain", {"id": "lower_x", "phone": "plus86"}),
    ("markdown", "fullwidth", {}),
    ("markdown", "plain", {"id": "hyphen", "phone": "landline"}),
    ("markdown", "crlf_tabs", {}),
    ("markdown", "spaced", {}),
    ("nopenalty", "plain", {}),
    ("nopenalty", "wrap", {}),
    ("nopenalty", "spaced", {}),
    ("nopenalty", "fullwidth", {}),
    ("nopenalty", "wrap_crlf", {"phone": "plus86"}),
    ("nopenalty", "plain", {"id": "old15"}),
    ("rectify", "plain", {}),
    ("rectify", "wrap", {}),
    ("rectify", "crlf_tabs", {"id": "lower_x"}),
    ("rectify", "fullwidth", {"phone": "landline_cn"}),
    ("rectify", "wrap_spaced", {}),
    ("hearing", "plain", {}),
    ("hearing", "wrap", {}),
    ("hearing", "spaced", {}),
    ("hearing", "crlf_tabs", {}),
    ("seizure", "plain", {}),
    ("seizure", "wrap", {}),
    ("seizure", "fullwidth", {"phone": "landline"}),
    ("seizure", "wrap_crlf", {"id": "hyphen"}),
    ("seizure", "spaced", {}),
    ("police", "plain", {}),
    ("police", "wrap", {"id": "spaces"}),
    ("police", "fullwidth", {}),
    ("police", "wrap_spaced", {}),
    ("minor", "plain", {}),
    ("clinic", "wrap", {}),
    ("record", "plain", {}),
    ("record", "wrap", {}),
    ("marked:top_right", "wrap", {}),
    ("marked:top_right_tab", "plain", {}),
    ("marked:internal_bottom", "wrap_crlf", {}),
    ("marked:not_public", "plain", {}),
]

GENS = {
    "natural": gen_decision_natural,
    "legal": gen_decision_legal,
    "onspot": gen_onspot,
    "markdown": gen_markdown,
    "nopenalty": gen_no_penalty,
    "rectify": gen_rectify,
    "hearing": gen_hearing,
    "seizure": gen_seizure,
    "police": gen_police,
    "minor": lambda g, st: gen_police(g, st, minor=True),
    "clinic": gen_clinic,
    "record": gen_record,
}


def main() -> None:
    scorer = load_scorer()
    rng = random.Random(SEED)
    g = Gen(rng)
    fresh_docs_dir(HERE)
    out = []
    for i, (gen, prof, over) in enumerate(PLAN, 1):
        st = dict(PROFILES[prof])
        st.update(over)
        g_rng.seed(SEED + i)
        d = gen_marked(g, st, gen.split(":")[1]) if gen.startswith("marked:") else GENS[gen](g, st)
        segs = parse_segments(d["markup"])
        if st.get("wrap"):
            lo, hi = st["wrap"]
            header = None
            if rng.random() < 0.4:
                header = segs[0][0] if segs[0][1] == "K" else None
            segs = wrap(
                segs,
                rng,
                lo,
                hi,
                SPLIT_CRLF if st.get("crlf") else SPLIT_LF,
                rng.randint(12, 20),
                header,
            )
        text, spans = render_segments(segs, st.get("crlf", False))
        sens, keep, seen = [], [], set()
        for _s, _e, role, kind, t in sorted(spans, key=lambda x: "\n" in x[4]):
            # one label per person or number: the scorer already reads names without
            # whitespace and numbers without separators, so a wrapped copy adds nothing
            if kind == "person_name":
                key = (role, kind, re.sub(r"\s+", "", t))
            elif kind in ("id_number", "phone", "bank_account", "passport", "property_cert"):
                key = (
                    role,
                    kind,
                    scorer.digits_view(t),
                    re.sub(r"[\d\s\-]", "", t.translate(scorer.WIDE)),
                )
            else:
                key = (role, kind, t)
            if key in seen:
                continue
            seen.add(key)
            (sens if role == "S" else keep).append({"kind": kind, "text": t})
        fname = f"docs/{i:04d}{d.get('ext', '.txt')}"
        labels = {
            "file": fname,
            "family": d["family"] + ("" if prof == "plain" else "/" + prof),
            "doc_kind": d["doc_kind"],
            "hold": d["hold"],
            "party_type": d["party_type"],
            "sensitive": sens,
            "keep": keep,
        }
        self_check(scorer, text, spans, labels, fname, nesting=False, crlf_as_lf=True)
        (HERE / fname).write_bytes(text.encode("utf-8"))
        out.append(labels)
    write_labels(HERE, out)
    print_summary(out)


if __name__ == "__main__":
    main()
