#!/usr/bin/env python3
"""Generate the held-out "hard-long" redaction corpus: long (2-6 KB), realistic decisions with
complex narratives from many enforcement sectors. Each names a party, several other people
(employees, customers, witnesses, drivers, relatives, informants, agents) mentioned many times in
different ways, and carries the party's statement and the agency's reply, hearings, evidence
lists, discretion, payment, remedies and signatures.

Deterministic (fixed seed). Every person, place detail, number and company is fictional; every ID
number, bank card and credit code carries a valid check character. Labels follow DESIGN.md §4
(policy spc-2016) and the conventions of ../shared/corpus/redaction-dev.

    python3 tests/redaction/hard-long/make_corpus.py      # rewrites docs/ and labels.json

Self-checks: every label occurs verbatim; no sensitive text lies inside a keep text; an ideal
redaction (exactly the sensitive spans blanked) leaks nothing under the scorer's rules and keeps
every keep label.
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
    render,
    self_check,
    split_labels,
    uscc,
    uscc_ok,
    write_labels,
)

HERE = Path(__file__).resolve().parent
SEED = 20261126
PUBLICATION = dt.date(2026, 11, 25)


# ---------------------------------------------------------------- markup
def D(d: dt.date) -> str:
    return K("date", cn(d))


CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def cn_amount(n: int) -> str:
    """Upper-case Chinese amount for whole yuan below 10^8 (e.g. 壹万伍仟元整)."""
    units = ["", "拾", "佰", "仟"]

    def four(x: int) -> str:
        out, zero = "", False
        for i in range(3, -1, -1):
            d = x // 10**i % 10
            if d:
                if zero and out:
                    out += "零"
                out += CN_DIGITS[d] + units[i]
                zero = False
            else:
                zero = True
        return out

    hi, lo = divmod(n, 10000)
    s = (four(hi) + "万") if hi else ""
    if lo:
        if hi and lo < 1000:
            s += "零"
        s += four(lo)
    return "人民币" + s + "元整"


def money(n: int, style: int = 0) -> str:
    """An amount as the agency writes it; both forms are keep labels."""
    if style == 0:
        return f"{K('amount', cn_amount(n))}（{K('amount', f'¥{n}.00')}）"
    if style == 1:
        return f"{K('amount', cn_amount(n))}（{K('amount', f'{n:,}元')}）"
    return K("amount", f"{n}元")


# ---------------------------------------------------------------- fictional data
SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万覃武钱戴严莫孔向常汤"
) + ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫"]
GIVEN = list(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞斌辉宇浩凯健俊帆帅旭宁彬龙琳晨蕾雯倩婷璐瑶欣怡嘉悦梓涵子轩思远志诚建国海燕春梅冬松柏林森振东晓光立新永福德胜长青淑珍慧娴"
)
MINORITY = [
    "阿依古丽·买买提",
    "热依拉·艾买提",
    "努尔兰·吐尔逊",
    "古丽娜尔·赛买提",
    "艾力·阿不都",
    "迪丽拜尔·卡德尔",
]
FOREIGN = [
    ("约翰·威廉姆斯", "美国", "E"),
    ("玛丽亚·加西亚", "西班牙", "P"),
    ("阮文雄", "越南", "C"),
    ("金敏俊", "韩国", "M"),
    ("安德烈·彼得罗夫", "俄罗斯", "7"),
]
ROADS = [
    "建设路",
    "人民路",
    "解放路",
    "中山路",
    "五一路",
    "新华路",
    "和平路",
    "长江路",
    "青年路",
    "文化路",
    "工业大道",
    "滨江路",
    "迎宾大道",
    "紫薇路",
    "桂花路",
    "银杏路",
    "枫林路",
    "白沙路",
    "金穗路",
    "东风路",
]
ESTATES = [
    "阳光花园",
    "锦绣华庭",
    "翡翠湾",
    "金色家园",
    "书香苑",
    "清水湾",
    "碧桂苑",
    "御景城",
    "桃源居",
    "幸福里",
    "水岸名都",
    "香樟园",
]
VILLAGES = [
    "桃花村",
    "石桥村",
    "柳塘村",
    "新屋村",
    "黄泥村",
    "马家村",
    "杉木村",
    "竹山村",
    "板桥村",
    "龙井村",
]
TOWNS = [
    "城关镇",
    "白石镇",
    "青山镇",
    "黄龙镇",
    "高桥镇",
    "新塘镇",
    "东湖街道",
    "南湖街道",
    "河西街道",
    "金盆街道",
]

# province, city, district, id region, area code, plate prefix, short, agency street
REGIONS = [
    ("湖南省", "长沙市", "雨花区", "430111", "0731", "湘A", "雨", "韶山中路"),
    ("湖北省", "襄阳市", "樊城区", "420606", "0710", "鄂F", "樊", "长征路"),
    ("江西省", "赣州市", "章贡区", "360702", "0797", "赣B", "章", "章江北大道"),
    ("浙江省", "台州市", "黄岩区", "331003", "0576", "浙J", "黄", "劳动北路"),
    ("安徽省", "芜湖市", "镜湖区", "340202", "0553", "皖B", "镜", "北京东路"),
    ("四川省", "绵阳市", "涪城区", "510703", "0816", "川B", "涪", "临园路"),
    ("河南省", "洛阳市", "涧西区", "410305", "0379", "豫C", "涧", "南昌路"),
    ("广西壮族自治区", "柳州市", "鱼峰区", "450203", "0772", "桂B", "鱼", "柳石路"),
    ("福建省", "泉州市", "丰泽区", "350503", "0595", "闽C", "丰", "田安路"),
    ("山东省", "潍坊市", "奎文区", "370705", "0536", "鲁G", "奎", "胜利东街"),
    ("贵州省", "遵义市", "汇川区", "520303", "0851", "贵C", "汇", "上海路"),
    ("湖南省", "郴州市", "宜章县", "431022", "0735", "湘L", "宜", "城南路"),
    ("江苏省", "常州市", "武进区", "320412", "0519", "苏D", "武", "延政中大道"),
]
BANKS = [
    "中国工商银行",
    "中国农业银行",
    "中国建设银行",
    "中国银行",
    "交通银行",
    "中国邮政储蓄银行",
    "农村商业银行",
]
CARD_PREFIX = {
    "中国工商银行": "622202",
    "中国农业银行": "622848",
    "中国建设银行": "621700",
    "中国银行": "621661",
    "交通银行": "622262",
    "中国邮政储蓄银行": "621799",
    "农村商业银行": "623066",
}
FIRMS = [
    "湖南弘正律师事务所",
    "湖北明理律师事务所",
    "江西章江律师事务所",
    "浙江东衡律师事务所",
    "安徽江城律师事务所",
    "四川蜀信律师事务所",
    "河南洛神律师事务所",
    "广西柳江律师事务所",
    "福建刺桐律师事务所",
    "山东鸢都律师事务所",
]


class Person:
    def __init__(self, name, gender, born, idn, phone, addr_region, addr_tail):
        self.name, self.gender, self.born, self.id = name, gender, born, idn
        self.phone, self.addr_region, self.addr_tail = phone, addr_region, addr_tail


class Gen:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: list[str] = []

    def reset(self):
        self.used = []

    def _free(self, name: str) -> bool:
        return all(name not in u and u not in name for u in self.used)

    def name(self, surname: str | None = None) -> str:
        r = self.rng
        while True:
            sn = surname or r.choice(SURNAMES)
            n = sn + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2, 2))))
            if self._free(n):
                self.used.append(n)
                return n

    def take(self, name: str) -> str:
        self.used.append(name)
        return name

    def mobile(self) -> str:
        r = self.rng
        return (
            r.choice(["13", "15", "18", "17", "19"])
            + str(r.randint(0, 9))
            + "".join(r.choice("0123456789") for _ in range(8))
        )

    def landline(self, area: str) -> str:
        return f"{area}-{self.rng.randint(2, 8)}{self.rng.randint(1000000, 9999999)}"

    def card(self, bank: str, length: int = 19) -> str:
        pre = CARD_PREFIX[bank]
        return luhn(
            pre + "".join(self.rng.choice("0123456789") for _ in range(length - len(pre) - 1))
        )

    def corp_account(self) -> str:
        return "".join(
            self.rng.choice("0123456789") for _ in range(self.rng.choice((17, 18, 19, 20)))
        )

    def plate(self, prefix: str) -> str:
        r = self.rng
        k = r.random()
        digits = [r.choice("0123456789") for _ in range(5)]
        if k < 0.5:
            for pos in r.sample(range(5), r.choice((1, 2))):
                digits[pos] = r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
            return prefix + "".join(digits)
        if k < 0.75:
            return prefix + r.choice("DF") + "".join(digits)
        return prefix + "".join(digits)

    def addr_tail(self, urban: bool | None = None) -> str:
        r = self.rng
        urban = r.random() < 0.65 if urban is None else urban
        if urban:
            pre = r.choice(TOWNS[6:]) if r.random() < 0.3 else ""
            return f"{pre}{r.choice(ROADS)}{r.randint(1, 899)}号{r.choice(ESTATES)}{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(1, 32)}0{r.randint(1, 6)}室"
        return f"{r.choice(TOWNS[:6])}{r.choice(VILLAGES)}{r.randint(1, 12)}组{r.randint(1, 99)}号"

    def born(self, lo: int = 1960, hi: int = 2000) -> dt.date:
        return dt.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def person(self, reg, surname=None, lo=1960, hi=2000, name=None) -> Person:
        r = self.rng
        nm = self.take(name) if name else self.name(surname)
        born = self.born(lo, hi)
        home = r.choice(REGIONS) if r.random() < 0.35 else reg
        idn = id18(home[3], born, r.randint(100, 999))
        return Person(
            nm,
            r.choice("男女"),
            born,
            idn,
            self.mobile(),
            home[0] + home[1] + home[2],
            self.addr_tail(),
        )

    def email(self) -> str:
        r = self.rng
        local = "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(5, 8))) + str(
            r.randint(10, 9999)
        )
        return f"{local}@{r.choice(['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com'])}"

    def officer_cert(self, reg) -> str:
        r = self.rng
        k = r.random()
        if k < 0.4:
            return reg[3] + str(r.randint(2015, 2024)) + f"{r.randint(0, 9999):04d}"
        if k < 0.7:
            return reg[5][0] + str(r.randint(10000000, 99999999))
        return str(r.randint(10000000000, 99999999999))

    def prop_cert(self, reg) -> str:
        r = self.rng
        return (
            f"{reg[5][0]}（{r.randint(2012, 2023)}）{reg[1]}不动产权第{r.randint(0, 9999999):07d}号"
        )

    def passport(self, letter: str) -> str:
        return letter + "".join(self.rng.choice("0123456789") for _ in range(8))

    def lawyer_license(self, reg) -> str:
        return reg[3][:2] + "".join(self.rng.choice("0123456789") for _ in range(15))


# ---------------------------------------------------------------- context of one document
class Ctx:
    def __init__(self, g: Gen, agency_kind: str, party: str, year: int):
        self.g, self.r = g, g.rng
        self.reg = self.r.choice(REGIONS)
        prov, city, dist, _code, area, _plate, short, street = self.reg
        self.year = year
        self.party_type = party
        self.area = area
        spec = AGENCIES[agency_kind]
        self.agency = spec[0].format(city=city, dist=dist)
        self.dec_prefix = short + spec[1]
        self.gov = f"{city}{dist}人民政府" if "{dist}" in spec[0] else f"{city}人民政府"
        if agency_kind == "tax":
            self.gov = f"国家税务总局{city}税务局"
        self.court = f"{city}{dist}人民法院" if not dist.endswith("县") else f"{dist}人民法院"
        self.agency_addr = f"{prov}{city}{dist}{street}{self.r.randint(1, 999)}号"
        self.agency_phone = f"{area}-{self.r.randint(2, 8)}{self.r.randint(1000000, 9999999)}"
        self.officers = [(g.name(), g.officer_cert(self.reg)) for _ in range(3)]
        self.d0 = dt.date(year, self.r.randint(1, 6), self.r.randint(1, 25))

    def day(self, delta: int) -> dt.date:
        return self.d0 + dt.timedelta(days=delta)

    def dec_no(self, mid: str = "罚决") -> str:
        return K(
            "decision_number", f"{self.dec_prefix}{mid}〔{self.year}〕{self.r.randint(10, 2999)}号"
        )

    def off(self, i: int) -> str:
        return K("officer", self.officers[i][0])

    def off_cert(self, i: int) -> str:
        return f"{self.off(i)}（执法证号：{K('officer_cert', self.officers[i][1])}）"

    def home(self, p: Person) -> str:
        return f"{p.addr_region}{S('address', p.addr_tail)}"


AGENCIES = {
    "market": ("{city}{dist}市场监督管理局", "市监"),
    "city": ("{city}{dist}城市管理和综合执法局", "城管"),
    "eco": ("{city}生态环境局{dist}分局", "环"),
    "safety": ("{city}{dist}应急管理局", "应急"),
    "transport": ("{city}交通运输综合行政执法支队", "交执"),
    "culture": ("{city}文化市场综合行政执法支队", "文执"),
    "fire": ("{city}{dist}消防救援大队", "消"),
    "land": ("{city}自然资源和规划局{dist}分局", "自然资"),
    "water": ("{city}{dist}水利局", "水"),
    "forest": ("{city}{dist}林业局", "林"),
    "tax": ("国家税务总局{city}{dist}税务局", "税"),
}

SECTOR_AGENCY = {
    "food": "market",
    "drug": "market",
    "equipment": "market",
    "price": "market",
    "ad": "market",
    "trademark": "market",
    "online": "market",
    "city": "city",
    "eco": "eco",
    "safety": "safety",
    "transport": "transport",
    "culture": "culture",
    "fire": "fire",
    "land": "land",
    "water": "water",
    "forest": "forest",
    "tax": "tax",
}

# company name stems; some contain a surname or a full name of the legal representative
STEMS = {
    "food": ["老{sur}记餐饮管理", "{sur}氏食品", "味之源餐饮", "{rep}餐饮管理"],
    "drug": ["康泰大药房连锁", "{sur}氏仁和医药", "百草堂药业"],
    "equipment": ["{sur}家湾物流", "恒力起重设备", "鑫达商贸"],
    "price": ["{sur}记百货", "惠民超市", "{rep}商贸"],
    "ad": ["美颜{sur}氏生物科技", "新视界文化传媒", "{sur}记健康咨询"],
    "trademark": ["{sur}氏服饰", "锦程鞋业", "{rep}五金机电"],
    "online": ["{sur}小厨电子商务", "云购网络科技", "优品汇电子商务"],
    "city": ["{sur}记装饰工程", "宏图建筑工程", "城建渣土运输"],
    "eco": ["{sur}氏电镀", "华瑞化工", "金沙印染"],
    "safety": ["{sur}家冶金机械", "安达化工", "顺通仓储"],
    "transport": ["{sur}运物流", "捷达货运", "通衢运输"],
    "culture": ["{sur}记网络会所", "星空娱乐", "逸风文化传播"],
    "fire": ["{sur}记酒店管理", "福满楼餐饮", "锦江商业管理"],
    "land": ["{sur}氏农业开发", "青山石材", "兴旺建材"],
    "water": ["{sur}家砂石", "河源水电开发", "绿洲养殖"],
    "forest": ["{sur}氏木业", "森海林产品", "长青苗木"],
    "tax": ["{sur}记建材贸易", "恒信商贸", "{rep}实业"],
}
SHOPS = {
    "food": "{sur}记土菜馆",
    "drug": "{sur}氏草药铺",
    "price": "{sur}记停车场",
    "online": "{sur}家小店",
    "city": "{sur}记烧烤店",
    "culture": "{sur}记网吧",
    "fire": "{sur}记家庭旅馆",
    "trademark": "{sur}记鞋店",
    "ad": "{sur}记养生馆",
    "forest": "{sur}记木材加工厂",
    "water": "{sur}记农家乐",
}


# ---------------------------------------------------------------- document assembly
def party_block(c: Ctx, sector: str) -> dict:
    """The party lines and how the narrative refers to the party."""
    g, r, reg = c.g, c.r, c.reg
    prov, city, dist = reg[0], reg[1], reg[2]
    out: dict = {}
    if c.party_type == "legal":
        rep = g.name()
        stem = r.choice(STEMS[sector]).format(
            sur=rep[0] if rep[:2] not in SURNAMES else rep[:2], rep=rep
        )
        suffix = r.choice(["有限公司", "有限责任公司"])
        full = f"{city}{stem}{suffix}"
        short = f"{stem}公司"
        code = uscc(r, reg[3])
        assert uscc_ok(code)
        addr = f"{prov}{city}{dist}{r.choice(ROADS)}{r.randint(1, 999)}号"
        if r.random() < 0.4:
            addr += f"{r.randint(1, 20)}栋{r.randint(1, 3)}0{r.randint(1, 9)}室"
        title = r.choice(["执行董事", "总经理", "执行董事兼总经理", "董事长"])
        rp = g.person(reg, name=rep)
        lines = [
            f"当事人：{K('company', full)}",
            f"统一社会信用代码：{K('uscc', code)}",
            f"住所：{K('org_address', addr)}",
        ]
        rl = f"法定代表人：{K('legal_rep', rep)}，职务：{K('legal_rep_title', title)}"
        if r.random() < 0.6:
            rl += f"，身份证号码：{S('id_number', rp.id)}"
        if r.random() < 0.5:
            rl += f"，联系电话：{S('phone', rp.phone)}"
        if r.random() < 0.3:
            rl += f"，住址：{c.home(rp)}"
        lines.append(rl + "。")
        out.update(
            lines=lines,
            who=K("company", short),
            rep=K("legal_rep", rep),
            rep_p=rp,
            natural=None,
            title=K("legal_rep_title", title),
            sur=rep[0],
        )
    else:
        born = g.born(1958, 2001)
        p = g.person(reg, lo=born.year, hi=born.year)
        out["natural"] = p
        if c.party_type == "individual" and sector in SHOPS:
            shop = f"{dist}{SHOPS[sector].format(sur=p.name[0] if p.name[:2] not in SURNAMES else p.name[:2])}"
            code = uscc(r, reg[3], "92")
            lines = [
                f"当事人：{K('company', shop)}（个体工商户）",
                f"统一社会信用代码：{K('uscc', code)}",
                f"经营场所：{K('org_address', f'{prov}{city}{dist}{r.choice(ROADS)}{r.randint(1, 999)}号')}",
                f"经营者：{N(p.name)}，性别：{p.gender}，{S('birth_date', cn(p.born))}出生，公民身份号码：{S('id_number', p.id)}",
                f"住址：{c.home(p)}",
                f"联系电话：{S('phone', p.phone)}",
            ]
        else:
            c.party_type = "natural"
            lines = [
                f"当事人：{N(p.name)}，性别：{p.gender}，民族：{r.choice(['汉族', '汉族', '土家族', '壮族', '回族'])}，出生日期：{S('birth_date', cn(p.born))}",
                f"身份证号码：{S('id_number', p.id)}",
                f"住址：{c.home(p)}",
                f"联系电话：{S('phone', p.phone)}"
                + (f"，电子邮箱：{S('email', g.email())}" if r.random() < 0.4 else ""),
            ]
        out.update(lines=lines, who=N(p.name), rep=None, rep_p=None, sur=p.name[0])
    return out


def agents(c: Ctx, pb: dict) -> tuple[list[str], dict]:
    g, r = c.g, c.r
    lines, info = [], {}
    k = r.random()
    if k < 0.45:
        law = g.name()
        firm = r.choice(FIRMS)
        lines.append(
            f"委托代理人：{K('lawyer', law)}，{K('law_firm', firm)}律师，执业证号：{K('lawyer_license', g.lawyer_license(c.reg))}。"
        )
        info["lawyer"] = law
    if k > 0.3:
        rel = g.person(c.reg, surname=pb["sur"] if r.random() < 0.6 else None)
        if pb["natural"] is not None:
            relation = r.choice(["系当事人之子", "系当事人之女", "系当事人配偶", "系当事人之兄"])
        else:
            relation = r.choice(["系该公司员工", "系该公司行政主管", "系该公司财务人员"])
        lines.append(
            f"委托代理人：{N(rel.name)}，{relation}，身份证号码：{S('id_number', rel.id)}，联系电话：{S('phone', rel.phone)}。"
        )
        info["rel"] = rel.name
    return lines, info


def sign(c: Ctx, issued: dt.date, doc_kind: str) -> str:
    r = c.r
    o = f"执法人员：{c.off_cert(0)}、{c.off_cert(1)}"
    tail = [
        "",
        "",
        o,
        f"本机关地址：{K('agency_address', c.agency_addr)}　联系电话：{K('agency_phone', c.agency_phone)}　监督电话：{K('agency_phone', '12345')}",
        "",
        K("agency", c.agency) + ("（印章）" if r.random() < 0.5 else ""),
        D(issued),
    ]
    return "\n".join(tail)


def payment(c: Ctx) -> str:
    r = c.r
    bank = r.choice(BANKS)
    acct = c.g.corp_account()
    city = c.reg[1]
    if r.random() < 0.75:
        return (
            f"    当事人应当自收到本决定书之日起十五日内，将罚没款缴至指定账户（收款单位：{city}财政局非税收入汇缴结算户，开户银行：{bank}{city}分行营业部，账号：{S('bank_account', acct)}），"
            f"或通过{c.reg[0]}非税收入缴款平台扫码缴纳。逾期不缴纳罚款的，本机关将依据{K('statute', '《中华人民共和国行政处罚法》第七十二条第一款第（一）项')}的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款的数额。"
        )
    return f"    当事人应当自收到本决定书之日起十五日内，持本决定书到{bank}任一网点缴纳罚款。逾期不缴纳罚款的，本机关将依据{K('statute', '《中华人民共和国行政处罚法》第七十二条第一款第（一）项')}的规定，每日按罚款数额的百分之三加处罚款。"


def remedy(c: Ctx) -> str:
    return (
        f"    当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向{c.gov}申请行政复议，也可以在六个月内依法向{c.court}提起行政诉讼。"
        "行政复议或者行政诉讼期间，本处罚决定不停止执行，法律另有规定的除外。逾期不申请行政复议，不提起行政诉讼，又不履行本处罚决定的，本机关将依法申请人民法院强制执行。"
    )


# ---------------------------------------------------------------- sector narratives
def people(c: Ctx, n: int, surname_like: str | None = None) -> list[Person]:
    out = []
    for i in range(n):
        sur = surname_like if (surname_like and i == 0) else None
        if i == 1 and c.r.random() < 0.2:
            out.append(c.g.person(c.reg, lo=1962, hi=2004, name=c.r.choice(MINORITY)))
        else:
            out.append(c.g.person(c.reg, surname=sur, lo=1962, hi=2004))
    return out


def sector_story(c: Ctx, sector: str, pb: dict) -> dict:
    """Facts, evidence, statutes and penalties of one case."""
    g, r = c.g, c.r
    who = pb["who"]
    nat = pb["natural"]
    self_ = N(nat.name) if nat else pb["rep"]
    e = people(c, 4, pb["sur"] if r.random() < 0.5 else None)
    a, b, w, x = e
    d = c.day
    loc_road = f"{c.reg[2]}{r.choice(ROADS)}{r.randint(1, 600)}号"
    s = {}
    if sector == "food":
        batch = f"{c.year}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        s["case"] = "经营超过保质期的食品及未按规定查验供货者许可证"
        s["facts"] = [
            f"{D(d(-9))}，本机关接到消费者{N(w.name)}（联系电话：{S('phone', w.phone)}）通过全国12315平台的投诉，称其于{D(d(-11))}在{who}位于{K('location', loc_road)}的经营场所就餐时，食用的卤味拼盘有明显异味，其同桌友人“{N(x.name)}”随后出现不适。{N(w.name)}提供了消费小票及照片。",
            f"{D(d(-8))}，本机关执法人员{c.off(0)}、{c.off(1)}出示执法证件后对该场所进行现场检查，当事人的厨师长{N(a.name)}、收银员（{N(b.name)}）在场。检查发现后厨冷藏柜内存放标注生产日期为{batch}、保质期为7天的真空包装卤制鸭脖12袋，已超过保质期；另有散装熟食原料若干，当事人不能提供供货者的许可证和产品合格证明文件。执法人员当场对上述食品予以扣押，并制作了《现场检查笔录》和《实施行政强制措施决定书》。",
            f"经调查，上述卤制品系{N(a.name)}于{D(d(-20))}通过微信向个人“{N(x.name)}”以外的供货人购进，货款以厨师长{N(a.name)}名下{r.choice(BANKS)}借记卡（卡号：{S('bank_account', g.card('中国农业银行'))}）支付，共计{money(1860, 2)}。{N(a.name)}在询问中称“店里进货一直是我负责，老板{self_}知道这个情况”。收银员{N(b.name)}证实，涉案卤味拼盘自{D(d(-25))}起对外销售，每份售价{money(38, 2)}，共售出47份，销售金额{money(1786, 2)}。",
        ]
        s["evidence"] = [
            f"{N(w.name)}的投诉记录及消费小票",
            "现场检查笔录及现场照片21张",
            f"{N(a.name)}的询问笔录",
            f"收银员{N(b.name)}的询问笔录",
            "实施行政强制措施决定书及扣押物品清单",
            "销售流水打印件",
            f"{N(a.name)}的银行交易明细",
        ]
        s["law"] = (
            "《中华人民共和国食品安全法》第三十四条第（十）项",
            "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项",
        )
        s["fine"] = 50000
        s["confiscate"] = 1786
        s["defense"] = (
            f"当事人称涉案卤制品系厨师长{N(a.name)}私自采购，当事人并不知情，且已主动向消费者{N(w.name)}赔偿，请求减轻处罚"
        )
        s["reply"] = (
            f"食品经营者对其从业人员的采购行为负有管理责任，{N(a.name)}的采购行为系职务行为，其后果由当事人承担；当事人主动赔偿消费者、积极整改，可作为从轻处罚的情节予以考虑"
        )
    elif sector == "drug":
        s["case"] = "销售劣药及未凭处方销售处方药"
        s["facts"] = [
            f"{D(d(-14))}，本机关根据药品抽检结果通报，对{who}开展检查。经查，当事人于{D(d(-60))}从{K('company', '湘中医药物流有限公司')}购进批号为{K('serial', 'B2401037')}的复方甘草片300盒，经{K('company', '长沙市食品药品检验所')}检验，含量测定项不符合规定，为劣药。",
            f"当事人的驻店药师{N(a.name)}（执业药师注册证号：{K('license_no', 'ZY0043012' + str(r.randint(100, 999)))}）陈述，该批次药品已售出211盒，剩余89盒已主动下架。执法人员调取销售记录发现，{D(d(-30))}至{D(d(-20))}期间，营业员{N(b.name)}在无处方情况下向顾客{N(w.name)}等人销售头孢克肟分散片等处方药共计17盒。顾客{N(w.name)}（身份证号码：{S('id_number', w.id)}）证实其购药时未出示处方，营业员{N(b.name)}也未询问。",
            f"另查明，当事人的质量负责人“{N(x.name)}”于案发期间长期不在岗，药品验收记录均由{N(b.name)}代签。{N(x.name)}的联系电话为{S('phone', x.phone)}，执法人员多次联系未果，后经当事人通知于{D(d(-5))}到本机关接受询问。",
        ]
        s["evidence"] = [
            f"检验报告（报告编号：{K('serial', 'WT' + str(c.year) + '-0' + str(r.randint(1000, 9999)))}）",
            f"{N(a.name)}的询问笔录",
            f"{N(b.name)}的询问笔录",
            f"{N(w.name)}的证人证言",
            f"质量负责人{N(x.name)}的询问笔录",
            "购销凭证及随货同行单",
            "药品验收记录复印件",
        ]
        s["law"] = (
            "《中华人民共和国药品管理法》第九十八条第一款",
            "《中华人民共和国药品管理法》第一百一十七条第一款",
        )
        s["fine"] = 100000
        s["confiscate"] = 2532
        s["defense"] = "当事人称其不知道所售药品为劣药，且进货渠道合法，请求免予没收违法所得"
        s["reply"] = (
            "当事人能够提供合法进货来源，但其未严格执行药品验收制度，质量负责人长期不在岗，不符合《药品经营质量管理规范》的要求，不能免除其法律责任"
        )
    elif sector == "equipment":
        reg_no = K("license_no", f"起17{c.reg[3]}{r.randint(2015, 2022)}{r.randint(10000, 99999)}")
        s["case"] = "使用未经定期检验的特种设备及特种设备作业人员未持证上岗"
        s["facts"] = [
            f"{D(d(-10))}，本机关执法人员对{who}位于{K('location', loc_road)}的仓储场所进行特种设备安全监督检查，发现当事人使用的一台桥式起重机（使用登记证编号：{reg_no}）定期检验有效期至{D(d(-120))}，已超期未检；现场操作该起重机的员工{N(a.name)}未能出示特种设备作业人员证。",
            f"{N(a.name)}（男，身份证号码：{S('id_number', a.id)}）称，其由车间主任{N(b.name)}临时安排操作起重机，此前只跟随老师傅{N(x.name)}学习过两周。车间主任{N(b.name)}在询问中承认，因原持证司机{N(x.name)}于{D(d(-40))}离职，为赶工期安排{N(a.name)}顶岗。",
            f"当事人的安全管理员“{N(w.name)}”表示曾于{D(d(-130))}向法定代表人{pb['rep'] or self_}书面提出报检申请，但未获批准。执法人员当场下达《特种设备安全监察指令书》，责令当事人立即停止使用该起重机。{D(d(-2))}，经复查，当事人已委托检验机构完成定期检验，检验结论为合格，{N(a.name)}已报名参加作业人员培训。",
        ]
        s["evidence"] = [
            "现场检查笔录及现场照片9张",
            "特种设备使用登记证复印件",
            f"{N(a.name)}的询问笔录",
            f"车间主任{N(b.name)}的询问笔录",
            f"{N(w.name)}提交的报检申请书复印件",
            "特种设备安全监察指令书",
            "定期检验报告",
        ]
        s["law"] = (
            "《中华人民共和国特种设备安全法》第四十条第三款",
            "《中华人民共和国特种设备安全法》第八十四条第（一）项",
        )
        s["fine"] = 30000
        s["defense"] = "当事人称起重机运行状态良好，未发生事故，且已在复查前完成整改，请求从轻处罚"
        s["reply"] = (
            "特种设备超期未检本身即存在重大安全隐患，是否发生事故不影响违法行为的成立；当事人在复查前完成整改，本机关在裁量时已予考虑"
        )
    elif sector == "price":
        s["case"] = "不执行政府指导价及价格欺诈"
        s["facts"] = [
            f"{D(d(-21))}，本机关接到市民{N(w.name)}的举报（举报人电子邮箱：{S('email', g.email())}），称{who}经营的停车场超标准收费。{D(d(-18))}，执法人员{c.off(0)}、{c.off(2)}以普通车主身份驾驶车辆（车牌号：{S('license_plate', g.plate(c.reg[5]))}）进入该停车场停放2小时15分，离场时被收取停车费{money(20, 2)}，而按照政府指导价标准应收取{money(8, 2)}。",
            f"经查，当事人自{D(d(-150))}起擅自将小型车首小时收费由{money(4, 2)}提高至{money(10, 2)}，并在收费公示牌上标示“优惠价”。停车场管理员{N(a.name)}（电话：{S('phone', a.phone)}）证实，调价系当事人的经理{N(b.name)}口头通知。车主{N(x.name)}（车牌号：{S('license_plate', g.plate(c.reg[5]))}）、{N(w.name)}等人均反映曾被多收费用。",
            f"经对收费系统数据进行核算，{D(d(-150))}至{D(d(-18))}期间，当事人多收停车费共计{money(38460, 1)}。当事人已于立案后通过原支付渠道向可以联系到的车主退还多收价款{money(12300, 2)}，其余部分无法退还。",
        ]
        s["evidence"] = [
            f"举报人{N(w.name)}的举报材料",
            "执法人员暗访停车票据",
            "停车场收费系统导出数据",
            f"管理员{N(a.name)}、经理{N(b.name)}的询问笔录",
            f"车主{N(x.name)}的证言",
            "退款凭证",
        ]
        s["law"] = (
            "《中华人民共和国价格法》第十二条",
            "《价格违法行为行政处罚规定》第九条第（一）项",
        )
        s["fine"] = 60000
        s["confiscate"] = 26160
        s["defense"] = (
            f"当事人称调价系经理{N(b.name)}个人行为，且已退还部分价款，请求不予没收违法所得"
        )
        s["reply"] = (
            "经营者对其工作人员的经营行为承担责任；已退还消费者的价款已从违法所得中扣除，其余无法退还部分依法予以没收"
        )
    elif sector == "ad":
        s["case"] = "发布虚假广告及在广告中使用医疗用语"
        s["facts"] = [
            f"{D(d(-30))}，本机关在网络广告监测中发现，{who}在其微信公众号及抖音账号发布“七天祛斑、根除黄褐斑、无效退款”等内容的广告，并使用“患者{N(x.name)}治疗前后对比图”作为证明。",
            f"经调查，图中所称“患者”{N(x.name)}系当事人员工{N(a.name)}的表姐，其本人在询问中称从未在当事人处接受过祛斑服务，照片系{N(a.name)}从网上下载后冒用其姓名。广告文案由当事人的运营人员{N(b.name)}撰写，并由{pb['rep'] or self_}审核同意后发布。",
            f"涉案广告自{D(d(-80))}发布至{D(d(-29))}被责令删除，累计阅读量约4.7万次，当事人为此支付推广费用{money(6800, 2)}，系由{N(b.name)}使用其个人账户（{r.choice(BANKS)}，卡号：{S('bank_account', g.card('中国建设银行', 16))}）垫付后向公司报销。消费者{N(w.name)}（身份证号码：{S('id_number', w.id)}）因看到广告而购买了价值{money(2980, 2)}的疗程卡，后向本机关投诉。",
        ]
        s["evidence"] = [
            "网络广告监测截图及电子数据取证记录",
            f"{N(x.name)}的询问笔录",
            f"员工{N(a.name)}、{N(b.name)}的询问笔录",
            f"消费者{N(w.name)}的投诉材料",
            "推广费用支付凭证",
        ]
        s["law"] = (
            "《中华人民共和国广告法》第二十八条第二款第（二）项",
            "《中华人民共和国广告法》第五十五条第一款",
        )
        s["fine"] = 34000
        s["defense"] = (
            "当事人称广告由员工自行发布，当事人已及时删除，广告费用较低，请求按广告费用的一倍处罚"
        )
        s["reply"] = (
            "经查，涉案广告由当事人审核同意后发布，不属于员工个人行为；当事人冒用他人姓名及照片作证明，情节较重，不符合减轻处罚的条件，本机关按广告费用五倍处以罚款"
        )
    elif sector == "trademark":
        s["case"] = "销售侵犯注册商标专用权的商品"
        s["facts"] = [
            f"{D(d(-16))}，{K('company', '福建闽雄体育用品有限公司')}委托代理人{N(w.name)}向本机关投诉，称{who}销售假冒其“闽雄”注册商标（注册号：{K('license_no', '第' + str(r.randint(10000000, 39999999)) + '号')}）的运动鞋。执法人员于{D(d(-15))}对当事人位于{K('location', loc_road)}的门店及仓库进行检查，现场查获标注“闽雄”商标的运动鞋326双。",
            f"经商标权利人鉴定，上述运动鞋均为侵权商品。当事人的店员{N(a.name)}、{N(b.name)}称，该批运动鞋系{self_}于{D(d(-45))}从广东省一名叫“{N(x.name)}”的供货商处购进，进价每双{money(45, 2)}，售价每双{money(168, 2)}；货款通过{self_}的个人银行卡（卡号：{S('bank_account', g.card('中国工商银行'))}）转入{N(x.name)}指定账户（户名：{N(x.name)}，账号：{S('bank_account', g.card('农村商业银行'))}）。",
            f"经核查进货单据及微信聊天记录，当事人共购进侵权运动鞋500双，已售出174双，销售金额{money(29232, 1)}，现场查获的326双货值金额{money(54768, 1)}，违法经营额合计{money(84000, 1)}。供货商{N(x.name)}（联系电话：{S('phone', x.phone)}）的违法线索已移送其所在地市场监督管理部门。",
        ]
        s["evidence"] = [
            f"商标权利人委托代理人{N(w.name)}的投诉材料及授权委托书",
            "商标注册证复印件",
            "现场检查笔录及扣押物品清单",
            f"1.{N(a.name)}的询问笔录；2.{N(b.name)}的询问笔录",
            "侵权商品鉴定意见书",
            "进货单据及微信聊天记录截图",
            "银行转账凭证",
        ]
        s["law"] = (
            "《中华人民共和国商标法》第五十七条第（三）项",
            "《中华人民共和国商标法》第六十条第二款",
        )
        s["fine"] = 168000
        s["defense"] = (
            f"当事人称其不知道所售商品系侵权商品，能够说明提供者为{N(x.name)}，请求不予处罚"
        )
        s["reply"] = (
            "当事人以明显低于市场价格购进涉案商品，进货时未索取任何授权文件，不能证明其尽到合理注意义务，不符合商标法第六十条第二款规定的“不知道”的情形"
        )
    elif sector == "online":
        s["case"] = "网络经营中未依法公示营业执照信息并虚构交易、编造用户评价"
        s["facts"] = [
            f"{D(d(-35))}，本机关接到消费者{N(w.name)}（收货地址：{w.addr_region}{S('address', w.addr_tail)}，收货电话：{S('phone', w.phone)}）的举报，称{who}在某电商平台开设的网店存在刷单行为。",
            f"经调取平台数据，当事人于{D(d(-120))}至{D(d(-40))}期间，通过其客服主管{N(a.name)}组织的“刷单群”，安排{N(b.name)}、{N(x.name)}等人以虚假购买的方式为店铺增加订单1,286笔、编造好评1,103条，并以{N(a.name)}名下支付宝账户（绑定手机号：{S('phone', a.phone)}）向刷单人员返还货款及佣金。刷单人员{N(x.name)}在询问中称，其每单获得佣金{money(5, 2)}，通过其{r.choice(BANKS)}账户（卡号：{S('bank_account', g.card('中国邮政储蓄银行'))}）收取。",
            f"另查明，当事人网店首页未公示营业执照信息。客服主管{N(a.name)}称，上述刷单行为经公司负责人{pb['rep'] or self_}同意，刷单费用共计{money(15430, 1)}在公司账目中以“推广费”列支。",
        ]
        s["evidence"] = [
            f"举报人{N(w.name)}的举报材料",
            "电商平台调取的交易数据及电子数据提取笔录",
            f"{N(a.name)}的询问笔录",
            f"刷单人员{N(x.name)}的询问笔录及银行流水",
            f"“{N(b.name)}”的微信聊天记录截图",
            "网店页面截图",
        ]
        s["law"] = (
            "《中华人民共和国电子商务法》第十七条",
            "《中华人民共和国电子商务法》第八十五条",
        )
        s["fine"] = 80000
        s["defense"] = "当事人称刷单系行业普遍做法，且刷单数量占店铺总订单比例较低，请求从轻处罚"
        s["reply"] = (
            "“行业普遍做法”不是法定从轻情节；当事人有组织地虚构交易、编造评价，欺骗、误导消费者，依法应予处罚"
        )
    elif sector == "city":
        s["case"] = "未经批准擅自设置户外广告设施及违规运输建筑垃圾"
        plate = g.plate(c.reg[5])
        s["facts"] = [
            f"{D(d(-12))}凌晨1时许，本机关执法队员{c.off(1)}、{c.off(2)}在{K('location', c.reg[2] + '芙蓉大道与劳动路交叉口')}巡查时发现，一辆重型自卸货车（车牌号：{S('license_plate', plate)}）沿途抛撒建筑垃圾约300米。驾驶员{N(a.name)}（驾驶证号：{S('id_number', a.id)}）称，该车辆挂靠在{who}名下，当晚受当事人调度员{N(b.name)}指派运输工地渣土，车辆未办理建筑垃圾运输核准手续。",
            f"执法队员随后在{K('location', loc_road)}发现当事人未经批准设置的大型立柱式广告牌一座，面积约48平方米。附近居民{N(w.name)}（住{w.addr_region}{S('address', w.addr_tail)}）反映该广告牌已设置半年以上，曾多次被大风吹落面板。",
            f"调度员{N(b.name)}称，当晚共安排包括{S('license_plate', plate)}在内的3台车辆运输渣土，另两台车辆的驾驶员为{N(x.name)}和驾驶员“{N(a.name)}”的表弟。执法队员已将抛撒路段清理情况告知当事人，当事人于次日组织人员清扫完毕，并支付路面清洗费用{money(3500, 2)}。",
        ]
        s["evidence"] = [
            "现场检查笔录、现场照片及执法记录仪视频",
            f"驾驶员{N(a.name)}的询问笔录及驾驶证复印件",
            f"调度员{N(b.name)}的询问笔录",
            f"居民{N(w.name)}的证人证言",
            "广告牌测量记录",
            "车辆挂靠协议复印件",
        ]
        s["law"] = ("《城市建筑垃圾管理规定》第十四条", "《城市建筑垃圾管理规定》第二十三条")
        s["fine"] = 20000
        s["defense"] = (
            f"当事人称车辆系驾驶员{N(a.name)}个人所有，仅挂靠在当事人名下，当事人不应承担责任"
        )
        s["reply"] = (
            "车辆挂靠在当事人名下，运输任务由当事人调度员指派，当事人系运输建筑垃圾的实际经营者，应承担相应法律责任"
        )
    elif sector == "eco":
        rep_no = "HJJC-" + str(c.year) + "-" + str(r.randint(100, 999))
        s["case"] = "通过暗管排放水污染物及超标排放"
        s["facts"] = [
            f"{D(d(-25))}，本机关接到群众{N(w.name)}（联系电话：{S('phone', w.phone)}）举报，反映{who}夜间向厂区东侧的{K('location', '白沙河支流')}排放黄色废水。执法人员于当晚22时40分赶到现场，发现当事人电镀车间南侧有一根直径约110毫米的PVC管道通往厂区围墙外，正在排放废水。",
            f"执法人员当场委托{K('company', '华测环境监测有限公司')}采样监测，监测报告（编号：{K('serial', rep_no)}）显示：排放口废水中总铬浓度为4.82mg/L、六价铬浓度为1.37mg/L、化学需氧量为286mg/L、pH值为3.2，分别超过《电镀污染物排放标准》（GB 21900-2008）表2限值（总铬0.5mg/L、六价铬0.1mg/L、化学需氧量80mg/L）的8.64倍、12.7倍和2.58倍。",
            f"当事人的车间主任{N(a.name)}称，暗管系前任设备主管{N(x.name)}于{c.year - 1}年安装，当晚系污水处理站操作工{N(b.name)}按其指示打开阀门，目的是在污水处理设施检修期间临时排放。{N(b.name)}证实了上述情况，并称此前已按{N(a.name)}的安排排放过3次。前任设备主管{N(x.name)}现住{x.addr_region}{S('address', x.addr_tail)}，经电话（{S('phone', x.phone)}）联系，其否认安装暗管。",
        ]
        s["evidence"] = [
            "现场检查（勘察）笔录及现场照片、视频",
            f"监测报告（{K('serial', rep_no)}）",
            f"车间主任{N(a.name)}、操作工{N(b.name)}的调查询问笔录",
            f"举报人{N(w.name)}的举报记录",
            f"{N(x.name)}的电话询问记录",
            "排污许可证副本复印件",
            "在线监测数据",
        ]
        s["law"] = (
            "《中华人民共和国水污染防治法》第三十九条",
            "《中华人民共和国水污染防治法》第八十三条第（三）项",
        )
        s["fine"] = 450000
        s["defense"] = (
            "当事人称暗管排放系临时应急措施，排放时间短、水量小，未造成严重后果，且已拆除暗管，请求按下限处罚"
        )
        s["reply"] = (
            "以逃避监管的方式排放含重金属的废水属于情节严重的违法行为，依据本省生态环境行政处罚裁量基准应在中档以上处罚；当事人拆除暗管、配合调查，已在裁量中予以考虑"
        )
    elif sector == "safety":
        s["case"] = "未按规定对从业人员进行安全生产教育和培训及未采取措施消除事故隐患"
        s["facts"] = [
            f"{D(d(-30))}14时20分许，{who}位于{K('location', loc_road)}的热处理车间发生一起淬火油槽火灾事故，过火面积约60平方米，未造成人员伤亡，直接经济损失{money(186000, 1)}。",
            f"经事故调查组调查，事故当班操作工{N(a.name)}（身份证号码：{S('id_number', a.id)}）于事故前一周入职，未经安全生产教育和培训即上岗作业；淬火油槽温控报警装置已损坏两个月，设备员{N(b.name)}曾于{D(d(-80))}向生产副总{N(x.name)}报告，但未安排维修。当班班长{N(w.name)}称事故发生时其在隔壁车间，发现冒烟后立即组织{N(a.name)}等4人用灭火器扑救并拨打119。",
            f"生产副总{N(x.name)}（联系电话：{S('phone', x.phone)}）承认收到过{N(b.name)}的报告，因等待配件未及时处理。当事人的主要负责人{pb['rep'] or self_}未组织制定本单位安全生产教育和培训计划，{c.year}年度培训记录中{N(a.name)}、{N(b.name)}的签名均系他人代签。",
        ]
        s["evidence"] = [
            "事故调查报告",
            f"操作工{N(a.name)}的询问笔录",
            f"设备员{N(b.name)}的询问笔录",
            f"1.{N(x.name)}的询问笔录；2.班长{N(w.name)}的询问笔录",
            "安全生产教育和培训档案复印件",
            "现场勘验笔录及照片",
            "设备维修申请单",
        ]
        s["law"] = (
            "《中华人民共和国安全生产法》第二十八条第一款",
            "《中华人民共和国安全生产法》第九十七条第（三）项",
        )
        s["fine"] = 45000
        s["defense"] = (
            "当事人称事故未造成人员伤亡，且事后已更换温控报警装置、组织全员培训，请求免予处罚"
        )
        s["reply"] = (
            "当事人的违法行为客观上导致了火灾事故的发生，不属于违法行为轻微并及时改正、没有造成危害后果的情形，不能免予处罚"
        )
    elif sector == "transport":
        plate = g.plate(c.reg[5])
        trailer = c.reg[5] + str(r.randint(1000, 9999)) + "挂"
        s["case"] = "车辆超限运输及道路运输经营者未采取必要措施防止超载"
        s["facts"] = [
            f"{D(d(-6))}10时15分，本支队执法人员在{K('location', 'G107国道K1563+200处超限检测站')}对一辆重型半挂牵引车（车牌号：{S('license_plate', plate)}，挂车号牌：{S('license_plate', trailer)}）进行检测，该车为六轴车辆，车货总质量为71.36吨，超过规定限值49吨22.36吨，超限率45.6%。",
            f"驾驶员{N(a.name)}（男，身份证号码：{S('id_number', a.id)}，联系电话：{S('phone', a.phone)}）持有从业资格证（证号：{S('id_number', a.id)}），称车辆所有人为{who}，道路运输证号为{K('license_no', c.reg[5][0] + '交运管' + c.reg[1][:2] + '字' + c.reg[3] + str(r.randint(100000, 999999)) + '号')}，当日受车队长{N(b.name)}安排从{K('location', '宜章县梅田镇')}装载石料运往工地。押车员{N(x.name)}称，装货时曾向货主提出超载问题，货主方现场负责人“{N(w.name)}”表示“多装一点，运费照算”。",
            f"经查，该车辆在近一年内因超限运输被查处3次，驾驶员{N(a.name)}曾于{D(d(-90))}因超限被处罚。车队长{N(b.name)}承认当事人未建立车辆装载登记制度，对驾驶员{N(a.name)}、押车员{N(x.name)}也未进行过防超载培训。车辆已卸载至合法装载状态后放行。",
        ]
        s["evidence"] = [
            "超限检测单及称重数据",
            "现场笔录及照片",
            f"驾驶员{N(a.name)}的询问笔录",
            f"车队长{N(b.name)}（电话{S('phone', b.phone)}）的询问笔录",
            f"押车员{N(x.name)}的询问笔录",
            "卸载记录",
            "车辆行驶证、道路运输证复印件",
        ]
        s["law"] = ("《公路安全保护条例》第三十三条第一款", "《公路安全保护条例》第六十四条")
        s["fine"] = 30000
        s["defense"] = (
            f"当事人称超载系货主{N(w.name)}强行要求，驾驶员{N(a.name)}未向公司报告，请求减轻处罚"
        )
        s["reply"] = (
            "车辆所有人应当对其车辆的装载负责，货主的要求不能免除当事人的法定义务；当事人近一年内多次被查处，不具有从轻或减轻处罚的情节"
        )
    elif sector == "culture":
        s["case"] = "互联网上网服务营业场所接纳未成年人进入及未核对登记上网消费者身份信息"
        s["facts"] = [
            f"{D(d(-4))}23时10分，本支队执法人员对{who}位于{K('location', loc_road)}的营业场所进行检查，发现当事人未按规定核对、登记上网消费者的有效身份证件，有一名上网消费者使用成年人{N(x.name)}（身份证号码：{S('id_number', x.id)}）的身份证登记上网。",
            f"经现场询问，当班网管{N(a.name)}称，该消费者系熟客，平时都用{N(x.name)}的身份证开机，其未当面核对持证人与身份证照片是否一致。收银员（{N(b.name)}）证实，当晚共有5名消费者使用他人身份证开机，由{N(a.name)}统一办理。{N(x.name)}在接受电话询问时称其身份证于数月前遗失，不清楚被他人使用。",
            f"执法人员调取监控录像及上网登记系统数据，发现{D(d(-30))}至案发当日，当事人共有37人次未按规定核对身份证件。当事人经营者{self_}称，网管{N(a.name)}、收银员{N(b.name)}均系其亲戚介绍入职，上岗前未进行法律法规培训。",
        ]
        s["evidence"] = [
            "现场检查笔录及执法记录仪视频",
            f"网管{N(a.name)}、收银员{N(b.name)}的询问笔录",
            f"{N(x.name)}的电话询问记录",
            "上网登记系统数据及监控录像截图",
            "网络文化经营许可证复印件",
        ]
        s["law"] = (
            "《互联网上网服务营业场所管理条例》第二十三条",
            "《互联网上网服务营业场所管理条例》第三十一条第（三）项",
        )
        s["fine"] = 12000
        s["defense"] = "当事人称系员工失职，经营者本人当晚不在场，且此前未受过处罚"
        s["reply"] = (
            "经营者应对其场所的经营活动承担管理责任；当事人系初次违法，本机关已在裁量时予以考虑"
        )
    elif sector == "fire":
        s["case"] = "占用、堵塞疏散通道、安全出口及消防设施未保持完好有效"
        s["facts"] = [
            f"{D(d(-9))}，本大队监督员{c.off(0)}、{c.off(1)}根据群众{N(w.name)}通过12345热线转办的投诉，对{who}位于{K('location', loc_road)}的经营场所进行消防监督检查，发现该场所二楼东侧安全出口被杂物堵塞，三楼疏散通道被上锁铁门封闭，室内消火栓箱内无水带、水枪，火灾自动报警系统处于故障状态。",
            f"当事人的值班经理{N(a.name)}称，安全出口外堆放的桌椅系厨师长{N(b.name)}为方便装修而临时放置；铁门系为防止住店客人逃单而加装，钥匙由前台员工{N(x.name)}保管。消防控制室值班人员由前台员工{N(x.name)}兼任，{N(x.name)}未取得消防设施操作员证书。",
            f"执法人员当场下发《责令立即改正通知书》。当日16时复查时，当事人已清理安全出口杂物、打开铁门；消火栓和火灾自动报警系统于{D(d(-3))}维修完毕，经维保单位{K('company', '安消消防技术服务有限公司')}检测合格。投诉人{N(w.name)}（电话：{S('phone', w.phone)}）对处理结果表示满意。",
        ]
        s["evidence"] = [
            "消防监督检查记录及现场照片",
            "责令立即改正通知书及复查记录",
            f"{N(a.name)}的询问笔录",
            f"厨师长{N(b.name)}的询问笔录",
            f"前台员工{N(x.name)}的询问笔录",
            "维保单位检测报告",
        ]
        s["law"] = (
            "《中华人民共和国消防法》第二十八条",
            "《中华人民共和国消防法》第六十条第一款第（一）项、第（三）项",
        )
        s["fine"] = 25000
        s["defense"] = "当事人称已当场改正，未造成危害后果，请求从轻处罚"
        s["reply"] = (
            "当事人虽当场改正，但堵塞安全出口与封闭疏散通道并存，场所属人员密集场所，危害较大，本机关对两项违法行为分别裁量、合并处罚"
        )
    elif sector == "land":
        cert = g.prop_cert(c.reg)
        s["case"] = "未经批准非法占用土地建设住宅"
        s["facts"] = [
            f"{D(d(-40))}，本机关在卫片执法检查中发现{K('location', c.reg[2] + '白石镇石桥村六组')}有一处新增建设用地。经实地核查，该建筑系{who}未经批准占用集体土地所建，占地面积412.6平方米，其中耕地186.3平方米，建筑为三层砖混结构住宅，建筑面积约690平方米。",
            f"经调查，{self_}已在本村拥有宅基地一处（不动产权证号：{S('property_cert', cert)}），系其父亲{N(a.name)}名下。{self_}称新建住宅系为其子{N(b.name)}结婚所用，曾于{D(d(-300))}向村民委员会口头申请，村委会主任{N(x.name)}答复“先建起来再说”。{N(x.name)}在询问中否认作过上述答复。",
            f"施工方负责人{N(w.name)}（联系电话：{S('phone', w.phone)}）称，其与{self_}于{D(d(-280))}签订施工合同，工程款{money(460000, 1)}已由{self_}通过{r.choice(BANKS)}账户（账号：{S('bank_account', g.card('中国建设银行'))}）分四次支付。经{K('company', '国土测绘院')}测绘，占用土地符合土地利用总体规划，但不符合一户一宅的规定。",
        ]
        s["evidence"] = [
            "卫片图斑核查记录及勘测定界图",
            f"{self_}的询问笔录及身份证复印件",
            f"{N(x.name)}、{N(w.name)}的询问笔录",
            "不动产登记信息查询结果",
            "施工合同及付款凭证",
            "土地利用现状图",
        ]
        s["law"] = (
            "《中华人民共和国土地管理法》第六十二条第一款",
            "《中华人民共和国土地管理法》第七十八条第一款",
        )
        s["fine"] = 0
        s["penalty"] = [
            "责令退还非法占用的土地",
            "限期十五日内拆除在非法占用的土地上新建的房屋，恢复土地原状",
        ]
        s["defense"] = (
            f"当事人称已向村委会申请，系村委会主任{N(x.name)}同意后建设，且房屋已建成，拆除损失较大，请求补办手续"
        )
        s["reply"] = (
            "村民委员会无权批准宅基地用地；当事人已有宅基地，新建住宅不符合一户一宅规定，无法补办用地手续，依法应予拆除"
        )
    elif sector == "water":
        boat = c.reg[5][0] + "渔" + str(r.randint(10000, 99999))
        s["case"] = "未经许可在河道管理范围内采砂"
        s["facts"] = [
            f"{D(d(-11))}凌晨3时许，本局执法人员会同公安、海事部门在{K('location', '资江黄泥村段')}巡查时，发现一艘采砂船（船名“{K('serial', '顺发号')}”，船舶登记号：{K('license_no', boat)}）正在河道内抽采河砂，船上有作业人员{N(a.name)}、{N(b.name)}二人，另有一辆自卸货车（车牌号：{S('license_plate', g.plate(c.reg[5]))}）在岸边等候装运，驾驶员为{N(x.name)}。",
            f"经询问，{N(a.name)}、{N(b.name)}均称受雇于{who}，每晚工资{money(300, 2)}，由{self_}通过微信转账支付。{N(a.name)}（身份证号码：{S('id_number', a.id)}）称当晚已抽采河砂约40立方米。驾驶员{N(x.name)}（联系电话：{S('phone', x.phone)}）称其每车按{money(600, 2)}向当事人购买河砂，付款至当事人名下银行账户（账号：{S('bank_account', g.card('农村商业银行'))}）。",
            f"经测量，采砂区域形成长约60米、宽约25米、平均深度约2.1米的采坑，非法采砂约3150立方米。村民{N(w.name)}反映，当事人自{D(d(-60))}起多次夜间采砂，其本人曾向镇政府反映。",
        ]
        s["evidence"] = [
            "现场勘验笔录、照片及视频",
            f"1.{N(a.name)}的询问笔录；2.{N(b.name)}的询问笔录；3.{N(x.name)}的询问笔录",
            f"村民{N(w.name)}的证人证言",
            "采砂区域测量报告",
            "微信转账记录截图及银行流水",
        ]
        s["law"] = (
            "《中华人民共和国水法》第三十九条第一款",
            "《中华人民共和国长江保护法》第九十一条",
        )
        s["fine"] = 150000
        s["confiscate"] = 58000
        s["defense"] = "当事人称采砂系用于本村道路建设，不以营利为目的，请求减轻处罚"
        s["reply"] = (
            f"驾驶员{N(x.name)}的证言、银行流水证明当事人对外销售河砂，当事人所称与事实不符，本机关不予采纳"
        )
    elif sector == "forest":
        wife = g.person(c.reg)
        s["case"] = "滥伐林木及无证运输木材"
        s["facts"] = [
            f"{D(d(-33))}，本局接到护林员{N(w.name)}（联系电话：{S('phone', w.phone)}）报告，称{K('location', '青山镇竹山村杉树坳')}有人砍伐林木。经调查，{who}持有林木采伐许可证（证号：{K('license_no', c.reg[3] + str(c.year) + str(r.randint(10000, 99999)))}），核准采伐杉木蓄积量28立方米，但实际采伐杉木412株，经{K('company', '林业调查规划设计院')}鉴定，采伐蓄积量为71.6立方米，超出许可采伐量43.6立方米。",
            f"采伐作业由当事人雇请的{N(a.name)}、{N(b.name)}等5人完成，{N(a.name)}系带班负责人，其称是按照{self_}现场划定的范围采伐。{D(d(-31))}，执法人员在{K('location', 'S214省道竹山检查点')}查获一辆满载杉木的货车（车牌号：{S('license_plate', g.plate(c.reg[5]))}），驾驶员{N(x.name)}无法出示木材运输证明，称木材系从{self_}处装运。",
            f"当事人的妻子{N(wife.name)}（联系电话：{S('phone', wife.phone)}）称，超采部分是为了补偿前期修路成本，并非有意违法；{N(wife.name)}同时承认，木材销售款由其收取。",
        ]
        s["evidence"] = [
            "林木采伐许可证复印件",
            "伐区调查报告及鉴定意见",
            f"带班负责人{N(a.name)}的询问笔录",
            f"驾驶员{N(x.name)}的询问笔录",
            f"护林员{N(w.name)}的报告记录",
            "扣押木材清单",
        ]
        s["law"] = (
            "《中华人民共和国森林法》第五十六条第一款",
            "《中华人民共和国森林法》第七十六条第二款",
        )
        s["fine"] = 0
        s["penalty"] = [
            "责令在原地或者异地补种滥伐株数五倍的树木，共计2060株",
            f"处滥伐林木价值三倍的罚款{money(93600, 0)}",
        ]
        s["defense"] = "当事人称超伐系因采伐界线不清所致，属过失行为"
        s["reply"] = (
            "林木采伐许可证已附伐区示意图，采伐界线清楚，且当事人现场划定采伐范围，其主张不能成立"
        )
    elif sector == "tax":
        s["case"] = "虚开增值税普通发票及少缴税款"
        s["facts"] = [
            f"本局第二稽查局于{D(d(-120))}起对{who}{c.year - 2}年1月1日至{c.year - 1}年12月31日的纳税情况进行检查。经查，当事人在没有真实货物交易的情况下，为{K('company', '鸿达建设工程有限公司')}开具增值税普通发票23份（发票号码：{K('serial', str(r.randint(10000000, 99999999)))}至{K('serial', str(r.randint(10000000, 99999999)))}），价税合计{money(2276000, 1)}。",
            f"当事人的财务负责人{N(a.name)}（身份证号码：{S('id_number', a.id)}）称，开票系受公司实际控制人{N(b.name)}指使，按开票金额的6%收取“开票费”，款项转入{N(b.name)}个人账户（{r.choice(BANKS)}，账号：{S('bank_account', g.card('中国银行'))}）。出纳{N(x.name)}证实，{N(b.name)}曾多次要求其将收取的开票费从公司基本存款账户（账号：{S('bank_account', g.corp_account())}）转出。",
            f"另查明，当事人{c.year - 1}年度取得的房屋租金收入{money(360000, 1)}未申报纳税，少缴增值税{money(17143, 1)}、城市维护建设税及附加{money(2057, 1)}。{N(b.name)}现住{b.addr_region}{S('address', b.addr_tail)}，其在询问中对上述事实予以承认。",
        ]
        s["evidence"] = [
            "税务检查通知书及调取账簿资料清单",
            f"财务负责人{N(a.name)}的询问笔录",
            f"{N(b.name)}的询问笔录",
            f"出纳{N(x.name)}的询问笔录",
            "发票开具明细及资金流水",
            "租赁合同复印件",
        ]
        s["law"] = (
            "《中华人民共和国发票管理办法》第二十一条第二款",
            "《中华人民共和国发票管理办法》第三十五条",
        )
        s["fine"] = 300000
        s["defense"] = f"当事人称虚开发票系实际控制人{N(b.name)}个人行为，公司未获利"
        s["reply"] = "开票行为以当事人名义实施，开票费用于当事人经营，当事人应对此承担责任"
    else:
        raise ValueError(sector)
    s["people"] = e
    return s


def hearing_block(c: Ctx, pb: dict, ag: dict, st: dict, d: dt.date) -> str:
    r = c.r
    who_agent = ""
    if "lawyer" in ag:
        who_agent = f"委托代理人{K('lawyer', ag['lawyer'])}律师"
    if "rel" in ag:
        who_agent += ("、" if who_agent else "委托代理人") + N(ag["rel"])
    if not who_agent:
        who_agent = pb["rep"] if pb["rep"] else N(pb["natural"].name)
    witness = st["people"][2]
    return (
        f"    当事人于{D(d)}提出听证申请。本机关于{D(d + dt.timedelta(days=r.randint(7, 12)))}依法举行听证，听证主持人{c.off(2)}，记录员为{K('officer', c.officers[1][0])}。"
        f"当事人的{who_agent}参加听证，证人{N(witness.name)}出庭作证。听证中，案件调查人员{c.off(0)}出示了证据，当事人对证据的真实性无异议，但对违法情节提出异议。"
    )


def build(c: Ctx, sector: str, kind: str, flags: dict) -> tuple[str, dict]:
    r = c.r
    pb = party_block(c, sector)
    ag_lines, ag = agents(c, pb)
    st = sector_story(c, sector, pb)
    who = pb["who"]
    d = c.day
    lines = [K("agency", c.agency)]
    if flags.get("secret"):
        lines.insert(0, "秘密★1年")
    if flags.get("nopub"):
        lines.insert(0, "此件不公开")
    title = {
        "decision": "行政处罚决定书",
        "notice": "行政处罚事先告知书",
        "order": "责令限期改正通知书",
        "record": "询问笔录",
    }[kind]
    if sector == "tax" and kind == "decision":
        title = "税务行政处罚决定书"
    lines.append(title)
    mid = {"decision": "罚决", "notice": "罚告", "order": "责改", "record": "询"}[kind]
    lines.append(c.dec_no(mid))
    lines.append("")
    if kind == "record":
        return record_doc(c, pb, st, lines)
    lines += pb["lines"] + ag_lines
    lines.append("")
    case = st["case"]
    party_ref = who
    p = [
        f"    {party_ref}{case}一案，本机关于{D(d(0))}立案调查。"
        + ("本案经依法听证、集体讨论，" if kind == "decision" and flags.get("hearing") else "")
        + "现已调查终结。"
    ]
    p.append("    经查：" + st["facts"][0])
    p += ["    " + f for f in st["facts"][1:]]
    if r.random() < 0.35:
        fname, nation, letter = r.choice(FOREIGN)
        c.g.take(fname)
        p.append(
            f"    另查明，{nation}籍人员{N(fname)}（护照号码：{S('passport', c.g.passport(letter))}）曾于案发期间向当事人反映相关问题，{N(fname)}在书面证言中对上述事实予以证实，本机关已通过其提供的电子邮箱（{S('email', c.g.email())}）核实了相关材料。"
        )
    items = [re.sub(r"^\d\.", "", y) for x in st["evidence"] for y in re.split(r"；(?=\d\.)", x)]
    if r.random() < 0.5:
        ev = "；".join(f"{i}.{x}" for i, x in enumerate(items, 1))
        p.append(
            f"    以上事实有以下证据证明：{ev}。上述证据经执法人员依法收集，内容真实，相互印证，足以认定。"
        )
    else:
        p.append("    以上事实有下列证据证明：")
        p += [f"    {i}.{x}；" for i, x in enumerate(items, 1)]
        p[-1] = p[-1][:-1] + "。"
    law_v, law_p = st["law"]
    p.append(
        f"    本机关认为：{party_ref}的上述行为，违反了{K('statute', law_v)}的规定，构成{case.split('及')[0]}的违法行为。依据{K('statute', law_p)}的规定，应当予以处罚。"
    )
    a, b, w, x = st["people"]
    fine = st.get("fine", 0)
    if kind == "notice":
        p.append(
            f"    依据{K('statute', law_p)}及本机关行政处罚裁量基准，本机关拟对你（单位）作出如下行政处罚："
            + penalty_text(st, fine)
            + ""
        )
        p.append(
            f"    根据{K('statute', '《中华人民共和国行政处罚法》第四十四条')}、{K('statute', '第六十三条')}的规定，你（单位）享有陈述、申辩和要求听证的权利。你（单位）对上述拟作出的行政处罚如有异议，可在收到本告知书之日起五个工作日内向本机关提出陈述、申辩或书面提出听证要求，逾期视为放弃上述权利。"
        )
        p.append(
            f"    联系人：{c.off(0)}，联系电话：{K('agency_phone', c.agency_phone)}；联系地址：{K('agency_address', c.agency_addr)}。"
        )
        body = "\n".join(lines + p)
        tail = f"\n\n{K('agency', c.agency)}\n{D(d(40))}"
        return body + tail, pb
    if kind == "order":
        p.append(
            f"    根据{K('statute', law_p)}的规定，现责令你（单位）于{D(d(45))}前改正上述违法行为：1.立即停止违法行为；2.对{N(a.name)}、{N(b.name)}等相关人员开展法律法规和岗位培训；3.将整改情况书面报告本机关。"
        )
        p.append(
            f"    逾期不改正的，本机关将依法予以处罚。整改期间如有疑问，请与本机关执法人员{c.off(1)}联系（电话：{K('agency_phone', c.agency_phone)}）。当事人如不服本通知，可以在收到本通知书之日起六十日内向{c.gov}申请行政复议，或者在六个月内向{c.court}提起行政诉讼。"
        )
        body = "\n".join(lines + p)
        return body + sign(c, d(35), kind), pb
    # decision
    p.append(
        f"    {D(d(38))}，本机关向当事人送达了《行政处罚事先告知书》（{c.dec_no('罚告')}），告知其拟作出行政处罚的事实、理由、依据及依法享有的陈述、申辩和听证权利。"
    )
    if flags.get("hearing"):
        p.append(hearing_block(c, pb, ag, st, d(41)))
    p.append(
        f"    当事人在陈述申辩中提出：{st['defense']}。"
        + (
            f"其委托代理人{K('lawyer', ag['lawyer'])}律师另提出，本案调查程序中对{N(a.name)}的询问未告知其权利义务，该笔录不应作为定案依据。"
            if "lawyer" in ag
            else ""
        )
    )
    p.append(
        f"    本机关复核认为：{st['reply']}。"
        + (
            "关于询问程序的意见，经查阅询问笔录首页，执法人员已告知被询问人的权利义务，被询问人签名确认，该意见不予采纳。"
            if "lawyer" in ag
            else ""
        )
    )
    disc = r.choice(
        [
            f"综合考虑当事人违法行为的事实、性质、情节、社会危害程度，以及当事人在调查中如实陈述、积极配合并主动整改等情况，依据《{c.reg[0]}行政处罚裁量权基准》，本案适用从轻处罚档次。",
            "当事人不具有《中华人民共和国行政处罚法》第三十二条规定的从轻或者减轻处罚情节，亦不符合第三十三条规定的不予处罚情形，本机关在法定幅度内按一般档次予以处罚。",
            f"鉴于当事人系初次违法、违法持续时间较短，并已对{N(w.name)}等受影响人员作出补偿，本机关依据裁量基准对其从轻处罚。",
        ]
    )
    p.append("    关于裁量：" + disc)
    p.append(
        f"    依据{K('statute', law_p)}、{K('statute', '《中华人民共和国行政处罚法》第二十八条')}的规定，本机关决定对当事人作出如下行政处罚："
        + penalty_text(st, fine)
    )
    if fine or st.get("confiscate") or "罚款" in "".join(st.get("penalty", [])):
        p.append(payment(c))
    p.append(remedy(c))
    if flags.get("negation"):
        p.append("    本决定书不涉及国家秘密、商业秘密和个人隐私，依法予以公开。")
    if flags.get("trade_secret"):
        p.append("    本决定书第三段所列工艺参数涉及当事人的商业秘密，公开前应当作删除处理。")
    body = "\n".join(lines + p)
    return body + sign(c, d(r.randint(60, 80)), kind), pb


def penalty_text(st: dict, fine: int) -> str:
    items = []
    if st.get("penalty"):
        items += st["penalty"]
    if st.get("confiscate"):
        items.append(f"没收违法所得{money(st['confiscate'], 0)}")
    if fine:
        items.append(f"罚款{money(fine, st.get('fine_style', 0))}")
    return "".join(f"{i}.{x}；" for i, x in enumerate(items, 1)).rstrip("；") + "。"


def record_doc(c: Ctx, pb: dict, st: dict, lines: list[str]) -> tuple[str, dict]:
    """An internal process document (询问笔录): held."""
    a = st["people"][0]
    lines += [
        f"时间：{D(c.day(-3))}9时30分至10时45分",
        f"地点：{K('agency_address', c.agency_addr)}询问室",
        f"询问人：{c.off_cert(0)}、{c.off_cert(1)}",
        f"记录人：{c.off(1)}",
        f"被询问人：{N(a.name)}，性别：{a.gender}，出生日期：{S('birth_date', cn(a.born))}，身份证号码：{S('id_number', a.id)}",
        f"住址：{c.home(a)}，联系电话：{S('phone', a.phone)}",
        "",
        f"问：我们是{K('agency', c.agency)}的执法人员，这是我们的执法证件，请你过目。你有陈述和申辩的权利，对与本案无关的问题有拒绝回答的权利，你听清楚了吗？",
        "答：听清楚了。",
        f"问：你在{pb['who']}担任什么职务？",
        "答：我是后厨负责人，负责采购和出品。",
        "问：请你讲一下涉案货物的进货情况。",
        f"答：{st['facts'][1]}",
        "问：你还有什么要补充的吗？",
        "答：没有了，以上说的都是事实。",
        "",
        f"被询问人签名：{N(a.name)}　　{D(c.day(-3))}",
        f"询问人签名：{c.off(0)}、{c.off(1)}",
    ]
    return "\n".join(lines), pb


# ---------------------------------------------------------------- plan
# (sector, party type, kind, flags)
PLAN = [
    ("food", "individual", "decision", {"hearing": True}),
    ("food", "legal", "decision", {"negation": True}),
    ("drug", "legal", "decision", {"hearing": True}),
    ("drug", "individual", "decision", {}),
    ("equipment", "legal", "decision", {"negation": True}),
    ("equipment", "legal", "order", {}),
    ("price", "legal", "decision", {}),
    ("price", "individual", "decision", {"hearing": True}),
    ("ad", "legal", "decision", {"hearing": True}),
    ("ad", "individual", "notice", {}),
    ("trademark", "individual", "decision", {}),
    ("trademark", "legal", "decision", {"hearing": True, "negation": True}),
    ("online", "legal", "decision", {}),
    ("online", "individual", "decision", {"hearing": True}),
    ("city", "legal", "decision", {}),
    ("city", "legal", "notice", {}),
    ("eco", "legal", "decision", {"hearing": True}),
    ("eco", "legal", "decision", {"negation": True}),
    ("safety", "legal", "decision", {"hearing": True}),
    ("safety", "legal", "order", {}),
    ("transport", "legal", "decision", {}),
    ("transport", "legal", "decision", {"hearing": True}),
    ("culture", "individual", "decision", {}),
    ("culture", "legal", "decision", {"negation": True}),
    ("fire", "legal", "decision", {"hearing": True}),
    ("fire", "individual", "decision", {}),
    ("land", "natural", "decision", {"hearing": True}),
    ("land", "natural", "decision", {"negation": True, "adult18": True}),
    ("water", "individual", "decision", {}),
    ("water", "natural", "decision", {"hearing": True}),
    ("forest", "natural", "decision", {}),
    ("forest", "legal", "decision", {}),
    ("tax", "legal", "decision", {"hearing": True}),
    ("tax", "legal", "decision", {}),
    # held
    ("eco", "legal", "decision", {"secret": True, "hold": True}),
    ("food", "legal", "record", {"hold": True}),
    ("land", "natural", "decision", {"minor": True, "hold": True}),
    ("trademark", "legal", "decision", {"trade_secret": True, "hold": True}),
    ("water", "natural", "decision", {"nopub": True, "hold": True}),
]


# ---------------------------------------------------------------- one document
def make_doc(g: Gen, i: int, plan) -> tuple[str, dict]:
    sector, ptype, kind, flags = plan
    agency_kind = SECTOR_AGENCY[sector]
    year = g.rng.choice([2024, 2025, 2026]) if not flags.get("minor") else 2026
    c = Ctx(g, agency_kind, ptype, year)
    if flags.get("minor") or flags.get("adult18"):
        # party born so that they are 17 (held) or just 18 (published) on 2026-11-25
        y = 2009 if flags.get("minor") else 2008
        c.year = 2026
        c.d0 = dt.date(2026, 3, 10)
        orig = g.born
        g.born = lambda lo=0, hi=0: dt.date(y, 6 if flags.get("minor") else 9, 14)  # type: ignore[method-assign]
        try:
            markup, pb = build(c, sector, kind, flags)
        finally:
            g.born = orig  # type: ignore[method-assign]
        born = pb["natural"].born
        age = (
            PUBLICATION.year
            - born.year
            - ((PUBLICATION.month, PUBLICATION.day) < (born.month, born.day))
        )
        assert (age < 18) == bool(flags.get("minor")), age
    else:
        markup, pb = build(c, sector, kind, flags)
    return markup, {
        "party_type": "legal" if c.party_type == "legal" else "natural",
        "doc_kind": markup.split("\n")[2 if flags.get("secret") or flags.get("nopub") else 1],
    }


def main() -> None:
    scorer = load_scorer()
    rng = random.Random(SEED)
    g = Gen(rng)
    fresh_docs_dir(HERE)
    order = list(range(len(PLAN)))
    rng.shuffle(order)
    out = []
    for i, pi in enumerate(order, 1):
        plan = PLAN[pi]
        fname = f"docs/{i:04d}.txt"
        for attempt in range(50):
            rng.seed(SEED * 100 + i * 1000 + attempt)
            g.reset()
            markup, meta = make_doc(g, i, plan)
            text, spans = render(markup)
            sens, keep = split_labels(spans)
            labels = {
                "file": fname,
                "family": f"long/{plan[0]}/{plan[2]}",
                "doc_kind": re.sub(r"[⟦⟧]|K\|\w+\|", "", meta["doc_kind"]),
                "hold": bool(plan[3].get("hold")),
                "party_type": meta["party_type"],
                "sensitive": sens,
                "keep": keep,
            }
            try:
                self_check(scorer, text, spans, labels, fname)
            except AssertionError:
                if attempt == 49:
                    raise
                continue
            break
        assert 2000 <= len(text.encode("utf-8")) <= 6 * 1024 + 2048 or labels["hold"], (
            fname,
            len(text.encode()),
        )
        (HERE / fname).write_text(text, encoding="utf-8")
        out.append(labels)
    write_labels(HERE, out)
    sizes = [len((HERE / d["file"]).read_bytes()) for d in out]
    print(
        f"{len(out)} documents ({min(sizes)}-{max(sizes)} bytes), {sum(d['hold'] for d in out)} held, "
        f"{sum(len(d['sensitive']) for d in out)} sensitive and {sum(len(d['keep']) for d in out)} keep labels"
    )


if __name__ == "__main__":
    main()
