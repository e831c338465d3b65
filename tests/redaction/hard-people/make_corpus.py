#!/usr/bin/env python3
"""Generate the held-out "hard-people" redaction corpus: documents that name MANY people
(worker rosters, tenants, village-group members, consumers, buyers, passengers, students,
tourists, victims and witnesses) and UNUSUAL NAMES (compound and rare surnames, surnames that
are also common words or prepositions, two- and four-character names, minority names with
· • ‧ or without a dot, Korean/Japanese/Vietnamese names in Chinese, Latin-letter names with
passports, Hong Kong/Macau/Taiwan residents with their permits).

Deterministic (fixed seed). Every person, number and company is fictional; every ID number,
bank card and credit code carries a valid check character. Labels follow DESIGN.md §4
(policy spc-2016) and the conventions of ../shared/corpus/redaction-dev.

Labelling decisions (kept consistent across the corpus):
- person_name (sensitive): every natural person who is not acting in a public or professional
  capacity: parties, operators of 个体工商户, workers, tenants, owners, village-group members
  (the 村民小组长 too: a villager, not an officer), consumers, buyers, passengers, car owners,
  patients, students, parents, tourists, victims, witnesses, relatives, non-lawyer agents,
  payees. Doctors and nurses of a hospital or clinic are private persons too (they are not
  officers of the agency), so their names are sensitive.
- kept: officers and their certificate numbers, legal representatives of companies and their
  titles, lawyers with their firms, company names (also when they contain a surname-like word),
  credit codes, registered addresses, statutes, amounts, dates, decision numbers, violation
  locations, the agency's address/phone and 12345. A licensed appraisal institution is kept as
  a company; its individual appraisers are not named at all (SPC 2016 art. 8 masks 鉴定人 in
  some cases, so the corpus avoids the disputed case).
- nicknames (老张, 网名) are not labelled; only real names are.
- hold: a confidentiality marking, "此件不公开", a statement of a named person's illness
  (health data), and a party who is a minor. Minors who are NOT the party (students) are
  masked but do not hold the document. 听证告知书 is published like a decision.
- address: the part of a natural person's home or 户籍 address below the district/county.

    python3 tests/redaction/hard-people/make_corpus.py      # rewrites docs/ and labels.json

Self-checks: every label occurs verbatim; no sensitive text sits inside a keep text; an ideal
redaction (every sensitive span blanked) leaks nothing under the scorer's rules and keeps
every keep label.
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
    cn,
    fresh_docs_dir,
    id18,
    load_scorer,
    luhn,
    print_summary,
    render,
    self_check,
    split_labels,
    uscc,
    write_labels,
)

HERE = Path(__file__).resolve().parent
SEED = 20260317

# ---------------------------------------------------------------- amounts
CN_NUM = "零壹贰叁肆伍陆柒捌玖"


def big(n: int) -> str:
    """Capital amount for round numbers below 100000 (enough for fines)."""
    out = ""
    for unit, v in (("万", 10000), ("仟", 1000), ("佰", 100)):
        q, n = divmod(n, v)
        if q:
            out += CN_NUM[q] + unit
    return "人民币" + out + "元整"


# ---------------------------------------------------------------- fictional data
REGIONS = [  # province, city, district, code, area code, plate prefix
    ("湖南省", "长沙市", "雨花区", "430111", "0731", "湘A"),
    ("广东省", "佛山市", "南海区", "440605", "0757", "粤E"),
    ("江苏省", "无锡市", "梁溪区", "320213", "0510", "苏B"),
    ("浙江省", "宁波市", "鄞州区", "330212", "0574", "浙B"),
    ("四川省", "绵阳市", "涪城区", "510703", "0816", "川B"),
    ("湖北省", "宜昌市", "西陵区", "420502", "0717", "鄂E"),
    ("山东省", "济南市", "历下区", "370102", "0531", "鲁A"),
    ("福建省", "泉州市", "丰泽区", "350503", "0595", "闽C"),
    ("广西壮族自治区", "柳州市", "城中区", "450202", "0772", "桂B"),
    ("贵州省", "贵阳市", "云岩区", "520103", "0851", "贵A"),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", "0991", "新A"),
    ("海南省", "海口市", "龙华区", "460106", "0898", "琼A"),
    ("上海市", "上海市", "闵行区", "310112", "021", "沪A"),
]
# 户籍地 of workers and villagers: province, city, county, code, town, villages
HOMES = [
    ("湖南省", "邵阳市", "隆回县", "430524", "桃洪镇", ["大坪村", "石门村", "金龙村"]),
    ("广西壮族自治区", "百色市", "田阳区", "451003", "那坡镇", ["那赖村", "坡塘村", "百峰村"]),
    (
        "新疆维吾尔自治区",
        "喀什地区",
        "疏附县",
        "653121",
        "托克扎克镇",
        ["阿亚格曼干村", "布拉克贝希村"],
    ),
    ("西藏自治区", "日喀则市", "桑珠孜区", "540202", "江当乡", ["帕当村", "曲美村"]),
    ("四川省", "凉山彝族自治州", "昭觉县", "513431", "四开乡", ["好谷村", "洒拉地坡村"]),
    ("贵州省", "黔东南苗族侗族自治州", "榕江县", "522632", "古州镇", ["车江村", "月寨村"]),
    ("河南省", "周口市", "郸城县", "411625", "汲冢镇", ["南丰村", "刘楼村"]),
    ("安徽省", "阜阳市", "临泉县", "341221", "迎仙镇", ["东王庄村", "李寨村"]),
    (
        "内蒙古自治区",
        "锡林郭勒盟",
        "锡林浩特市",
        "152502",
        "朝克乌拉苏木",
        ["白音锡勒嘎查", "巴彦宝拉格嘎查"],
    ),
    ("广东省", "湛江市", "雷州市", "440882", "客路镇", ["塘仔村", "北家村"]),
    ("云南省", "文山壮族苗族自治州", "广南县", "532627", "莲城镇", ["木期村", "小广南村"]),
    ("吉林省", "延边朝鲜族自治州", "延吉市", "222401", "依兰镇", ["春兴村", "光东村"]),
]
STREETS = [
    "韶山南路",
    "桂花路",
    "建设北路",
    "新民街",
    "凤凰路",
    "花园巷",
    "环城西路",
    "龙腾路",
    "滨湖路",
    "望江路",
    "青年路",
    "朝阳街",
    "友谊路",
    "兴业大道",
]
ESTATES = [
    "和园小区",
    "东方名苑",
    "金色年华",
    "晴川花园",
    "映山湖苑",
    "盛世家园",
    "绿城公寓",
    "香樟苑",
]

COMMON = list("王李张刘陈杨黄赵周吴徐孙马朱胡郭何罗郑梁谢宋唐许韩冯邓曹彭曾袁蔡蒋")
COMPOUND = [
    "欧阳",
    "上官",
    "司徒",
    "慕容",
    "皇甫",
    "公孙",
    "东方",
    "司马",
    "诸葛",
    "令狐",
    "夏侯",
    "尉迟",
]
RARE = list("禚亓逄冼佘岑麦覃蒙韦农")
WORDLIKE = list("向于和万高金时常师晏计")
GIVEN = list(
    "晓燕国强春花大力秀兰建军桂英志明雪梅海波丽娟文华雨涵子轩一鸣红霞德胜玉珍永福淑芬佳豪俊峰美玲"
    "思源嘉怡小东秋月振华宏伟婷婷娜娜云飞立平"
)
MINORITY = [
    "买买提·艾力",
    "古丽娜尔•吐尔逊",
    "阿不都热合曼‧吐尔逊",
    "次仁多吉",
    "格桑卓玛",
    "巴特尔",
    "乌兰其其格",
    "热依拉·阿布都克力木",
    "努尔兰·吐尔洪",
    "阿依努尔·卡德尔",
    "扎西顿珠",
    "央金拉姆",
    "吾买尔江·艾买提",
    "玉苏甫•麦麦提",
    "阿西木‧阿卜杜拉",
    "其其格",
    "阿苏日火",
    "吉克阿依",
    "帕提古丽·依明",
    "斯琴高娃",
]
EAST_ASIAN = [
    "金敏浩",
    "朴智妍",
    "崔允熙",
    "佐藤健一",
    "山本美咲",
    "渡边浩二",
    "阮氏红",
    "阮文雄",
    "黎氏梅",
]
# (name, nationality, passport)
LATIN = [
    ("JOHN SMITH", "美国", "548923017"),
    ("Nguyen Thi Hong", "越南", "C4827391"),
    ("KIM MIN HO", "韩国", "M72839104"),
    ("Maria Garcia Lopez", "西班牙", "PAB402817"),
    ("TANAKA YUKI", "日本", "TZ1184602"),
    ("Ahmed Hassan", "埃及", "A27719354"),
    ("Olga Petrova", "俄罗斯", "751839264"),
    ("Somchai Boonmee", "泰国", "AA8830412"),
]
# Hong Kong / Macau / Taiwan residents: (name, place, permit kind, permit prefix or None)
HKMT = [
    ("陈嘉欣", "香港", "港澳居民来往内地通行证", "H"),
    ("梁志伟", "香港", "港澳居民来往内地通行证", "H"),
    ("何慧玲", "澳门", "港澳居民来往内地通行证", "M"),
    ("林怡君", "台湾", "台湾居民来往大陆通行证", None),
    ("郑凯文", "台湾", "台湾居民来往大陆通行证", None),
    ("黄子晴", "香港", "港澳居民来往内地通行证", "H"),
]
OFFICERS = [
    "欧阳建华",
    "司徒静",
    "韦国平",
    "覃海燕",
    "于洋",
    "金一凡",
    "常胜利",
    "上官明",
    "蒙晓东",
    "龙泽宇",
    "谭卫东",
    "肖丽萍",
    "宁志刚",
    "段文静",
    "罗永红",
    "邹凯",
    "阎小青",
    "钱立伟",
]
LAWYERS = [
    ("皇甫思远", "湖南金州律师事务所"),
    ("亓美华", "广东正德律师事务所"),
    ("岑伟", "浙江天衡律师事务所"),
    ("晏子墨", "北京大成（上海）律师事务所"),
    ("东方雪", "四川蜀鼎律师事务所"),
    ("麦家豪", "福建泉诚律师事务所"),
]
LEGAL_REPS = [
    "司徒国栋",
    "慕容海",
    "韦德昌",
    "时秀琴",
    "农振邦",
    "逄立新",
    "禚红梅",
    "计建平",
    "欧阳明亮",
    "师永刚",
]


class Gen:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def pick(self, seq):
        return self.rng.choice(seq)

    def reset(self):
        self.used = set(OFFICERS) | {x[0] for x in LAWYERS} | set(LEGAL_REPS)

    def _ok(self, full: str) -> bool:
        # unique in the document, and never a substring of (or containing) another name in it
        return not any(full in u or u in full for u in self.used)

    def name(self, style: str | None = None, surname: str | None = None) -> str:
        r = self.rng
        for _ in range(500):
            st = style or r.choice(["common", "common", "compound", "rare", "word", "two", "four"])
            if surname:
                full = surname + "".join(r.sample(GIVEN, r.choice([1, 2])))
            elif st == "common":
                full = r.choice(COMMON) + "".join(r.sample(GIVEN, 2))
            elif st == "compound":
                full = r.choice(COMPOUND) + "".join(r.sample(GIVEN, r.choice([1, 2])))
            elif st == "four":
                full = r.choice(COMPOUND) + "".join(r.sample(GIVEN, 2))
            elif st == "rare":
                full = r.choice(RARE) + "".join(r.sample(GIVEN, r.choice([1, 2])))
            elif st == "word":
                full = r.choice(WORDLIKE) + "".join(r.sample(GIVEN, r.choice([1, 2])))
            elif st == "two":
                full = r.choice(COMMON + RARE + WORDLIKE) + r.choice(GIVEN)
            elif st == "minority":
                full = r.choice(MINORITY)
            elif st == "east":
                full = r.choice(EAST_ASIAN)
            else:
                raise ValueError(st)
            if self._ok(full):
                self.used.add(full)
                return full
        raise RuntimeError("no name")

    def names(self, n: int, styles=None) -> list[str]:
        styles = styles or [
            "common",
            "compound",
            "rare",
            "word",
            "two",
            "four",
            "minority",
            "east",
            "common",
        ]
        return [self.name(self.rng.choice(styles)) for _ in range(n)]

    def latin(self):
        for _ in range(100):
            x = self.pick(LATIN)
            if self._ok(x[0]):
                self.used.add(x[0])
                return x
        raise RuntimeError

    def hkmt(self):
        for _ in range(100):
            x = self.pick(HKMT)
            if self._ok(x[0]):
                self.used.add(x[0])
                num = (
                    (x[3] + "".join(self.pick("0123456789") for _ in range(8)))
                    if x[3]
                    else "".join(self.pick("0123456789") for _ in range(8))
                )
                return x[0], x[1], x[2], num
        raise RuntimeError

    def born(self, lo=1962, hi=2001) -> dt.date:
        return dt.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def idn(self, code: str, born: dt.date | None = None) -> str:
        return id18(code, born or self.born(), self.rng.randint(100, 999))

    def mobile(self) -> str:
        return self.pick(
            ["138", "139", "135", "136", "150", "151", "158", "177", "186", "187", "189", "199"]
        ) + "".join(self.pick("0123456789") for _ in range(8))

    def card(self) -> str:
        n = self.pick([16, 19, 19])
        prefix = self.pick(["6222", "6217", "6228", "6214", "6230"])
        return luhn(prefix + "".join(self.pick("0123456789") for _ in range(n - len(prefix) - 1)))

    def street_addr(self) -> str:
        r = self.rng
        return (
            f"{self.pick(STREETS)}{r.randint(2, 399)}号{self.pick(ESTATES)}{r.randint(1, 30)}栋"
            f"{r.randint(1, 3)}单元{r.randint(1, 28)}0{r.randint(1, 6)}室"
        )

    def village_addr(self, home) -> tuple[str, str]:
        """(prefix kept, sensitive part below the county)."""
        prov, city, county, code, town, villages = home
        r = self.rng
        return (
            f"{prov}{city}{county}",
            f"{town}{self.pick(villages)}{r.randint(1, 12)}组{r.randint(1, 80)}号",
        )

    def home(self):
        return self.pick(HOMES)

    def date(self, year: int, lo=1, hi=12) -> dt.date:
        return dt.date(year, self.rng.randint(lo, hi), self.rng.randint(1, 28))

    def cert(self) -> str:
        r = self.rng
        return "".join(r.choice("0123456789") for _ in range(r.choice([8, 11, 14])))


class Ctx:
    def __init__(self, g: Gen, atype: str, abbr: str, region=None, year=None):
        self.g = g
        self.prov, self.city, self.dist, self.code, self.area, self.plate = region or g.pick(
            REGIONS
        )
        self.atype = atype
        self.pfx = self.city if self.prov == self.city else self.prov + self.city
        self.agency = f"{self.city}{self.dist}{atype}"
        self.short = self.dist[0]
        self.year = year or g.rng.randint(2021, 2025)
        self.abbr = abbr
        self.num = f"{self.short}{abbr}〔{self.year}〕{g.rng.randint(10, 2999)}号"
        self.d_open = g.date(self.year, 1, 5)
        self.d_find = self.d_open - dt.timedelta(days=g.rng.randint(1, 6))
        self.d_notice = self.d_open + dt.timedelta(days=g.rng.randint(20, 50))
        self.d_dec = self.d_notice + dt.timedelta(days=g.rng.randint(10, 25))
        o = g.rng.sample(OFFICERS, 2)
        self.officers = [(o[0], g.cert()), (o[1], g.cert())]
        self.aaddr = f"{self.pfx}{self.dist}{g.pick(STREETS)}{g.rng.randint(1, 600)}号"
        self.aphone = f"{self.area}-{g.rng.randint(2, 8)}{g.rng.randint(1000000, 9999999)}"

    def head(self, title: str, top: str = "") -> str:
        return f"{top}{K('agency', self.agency)}\n{title}\n{K('decision_number', self.num)}\n\n"

    def sign(self) -> str:
        o = self.officers
        return (
            f"\n执法人员：{K('officer', o[0][0])}（执法证号：{K('officer_cert', o[0][1])}）、"
            f"{K('officer', o[1][0])}（执法证号：{K('officer_cert', o[1][1])}）\n"
            f"本机关地址：{K('agency_address', self.aaddr)}　联系电话：{K('agency_phone', self.aphone)}"
            f"　监督电话：{K('agency_phone', '12345')}\n\n{K('agency', self.agency)}\n{K('date', cn(self.d_dec))}\n"
        )

    def remedy(self) -> str:
        return (
            f"    当事人如不服本决定，可以在收到本决定书之日起六十日内向{self.city}{self.dist}人民政府申请行政复议，"
            f"也可以在六个月内依法向人民法院提起行政诉讼。\n"
        )

    def pay(self) -> str:
        return (
            f"    当事人应当自收到本决定书之日起十五日内缴纳罚款。逾期不缴纳罚款的，本机关将依据"
            f"{K('statute', '《中华人民共和国行政处罚法》第七十二条第一款第（一）项')}的规定，每日按罚款数额的百分之三加处罚款。\n"
        )

    def loc(self) -> str:
        return f"{self.dist}{self.g.pick(STREETS)}{self.g.rng.randint(1, 500)}号"

    def home_addr(self) -> tuple[str, str]:
        return f"{self.pfx}{self.dist}", self.g.street_addr()


def fine(g: Gen, lo=1, hi=9, unit=1000) -> tuple[str, str]:
    n = g.rng.randint(lo, hi) * unit
    return big(n), g.pick([f"{n}元", f"{n}.00元"])


def join_names(g: Gen, names: list[str], total: int | None = None, lead: str = "") -> str:
    """'A、B和C' / 'A，B及C' / 'A、B、C等N人' with every name labelled."""
    r = g.rng
    parts = [N(x) for x in names]
    style = r.choice(["dun_he", "comma_ji", "deng", "dun_yu"])
    if total or style == "deng":
        s = "、".join(parts) + f"等{total or len(names) + r.randint(2, 9)}人"
    elif style == "dun_he":
        s = "、".join(parts[:-1]) + "和" + parts[-1]
    elif style == "comma_ji":
        s = "，".join(parts[:-1]) + "及" + parts[-1]
    else:
        s = "、".join(parts[:-1]) + "与" + parts[-1]
    return lead + s


# ---------------------------------------------------------------- document generators
# Each returns dict(markup, doc_kind, party_type, hold, family)


def company(g: Gen, c: Ctx, kind: str) -> tuple[str, str, str, str]:
    """A company whose name may hold a surname-like word; (name, uscc, address, legal rep)."""
    word = g.pick(["欧阳", "王记", "老李", "金家", "和家", "司徒", "阿杰", "向阳", "常青", "时代"])
    corp = f"{c.city}{word}{kind}有限公司"
    return (
        corp,
        uscc(g.rng, c.code),
        f"{c.pfx}{c.dist}{g.pick(STREETS)}{g.rng.randint(1, 600)}号",
        g.pick(LEGAL_REPS),
    )


def worker_rows(g: Gen, c: Ctx, n: int, same: str | None) -> list[dict]:
    rows = []
    for i in range(n):
        st = g.pick(
            ["common", "compound", "rare", "word", "two", "four", "minority", "east", "common"]
        )
        nm = g.name(surname=same) if same and i % 3 == 0 else g.name(st)
        home = g.home()
        rows.append(
            dict(
                name=nm,
                id=g.idn(home[3]),
                card=g.card(),
                owed=g.rng.randint(30, 260) * 100,
                phone=g.mobile(),
                home=home,
            )
        )
    return rows


def gen_hrss_decision(g: Gen) -> dict:
    """劳动保障监察 行政处罚决定书 against a company: a list with 、和等, a Markdown table of workers
    (ID, bank card, amount owed), a 代收人 relative, a lawyer, and a worker paid through 由于海-style text."""
    c = Ctx(g, "人力资源和社会保障局", "人社监罚决")
    corp, code, raddr, rep = company(g, c, g.pick(["建筑劳务", "餐饮管理", "服装制造", "物业服务"]))
    law, firm = g.pick(LAWYERS)
    same = g.pick(COMMON)
    rows = worker_rows(g, c, g.rng.randint(5, 8), same)
    total = sum(r["owed"] for r in rows)
    wt = g.name(surname="于")
    rel = g.name(g.pick(["common", "rare"]))
    extra = g.rng.randint(3, 12)
    amt = fine(g, 2, 9, 10000)
    m = c.head("行政处罚决定书")
    m += (
        f"当事人：{K('company', corp)}\n统一社会信用代码：{K('uscc', code)}\n住所：{K('org_address', raddr)}\n"
        f"法定代表人：{K('legal_rep', rep)}，{K('legal_rep_title', '执行董事')}\n"
        f"委托代理人：{K('lawyer', law)}，{K('law_firm', firm)}律师\n\n"
    )
    m += (
        f"    {K('date', cn(c.d_find))}，本机关接到劳动者{join_names(g, [r['name'] for r in rows[:3]], len(rows) + extra)}"
        f"投诉，反映当事人拖欠其工资。本机关于{K('date', cn(c.d_open))}立案调查。\n"
        f"    经查：当事人在{K('location', c.loc())}承接的项目中，拖欠员工{N(rows[3]['name'])}等{len(rows)}名劳动者"
        f"工资共计{K('amount', f'{total}元')}，明细如下：\n\n"
        "| 序号 | 姓名 | 身份证号 | 银行卡号 | 欠薪金额（元） |\n| --- | --- | --- | --- | --- |\n"
    )
    for i, r in enumerate(rows, 1):
        m += f"| {i} | {N(r['name'])} | {S('id_number', r['id'])} | {S('bank_account', r['card'])} | {r['owed']} |\n"
    r0, r1 = rows[0], rows[1]
    m += (
        f"\n    其中，工人{N(r1['name'])}的工资经其书面委托由其妻{N(rel)}代收（收款账户名：{N(rel)}，"
        f"账号：{S('bank_account', g.card())}）；另有零工{N(wt)}未提供银行卡，其工资{g.rng.randint(20, 90) * 100}元"
        f"由于{N(wt)}本人到场以现金领取。{N(r0['name'])}（联系电话：{S('phone', r0['phone'])}，"
        f"户籍地：{r0['home'][0]}{r0['home'][1]}{r0['home'][2]}{S('address', g.village_addr(r0['home'])[1])}）"
        f"作为劳动者代表参与了调查。\n"
        f"    本机关于{K('date', cn(c.d_notice))}向当事人下达{K('decision_number', f'{c.short}人社监令〔{c.year}〕{g.rng.randint(10, 999)}号')}"
        f"责令改正指令书，当事人逾期未支付。\n"
        f"    本机关认为，当事人的行为违反了{K('statute', '《保障农民工工资支付条例》第十五条')}的规定，依据"
        f"{K('statute', '《保障农民工工资支付条例》第五十七条')}的规定，决定处以罚款{K('amount', amt[0])}"
        f"（{K('amount', amt[1])}）。\n"
    )
    m += c.pay() + c.remedy() + c.sign()
    return dict(
        markup=m, doc_kind="行政处罚决定书", party_type="legal", hold=False, family="hrss-table"
    )


def gen_hrss_rectify(g: Gen) -> dict:
    """责令改正通知书 to a labour contractor (natural person): numbered lines of workers."""
    c = Ctx(g, "人力资源和社会保障局", "人社监改")
    boss = g.name(g.pick(["compound", "rare", "word"]))
    bhome = g.home()
    pre, addr = g.village_addr(bhome)
    rows = worker_rows(
        g,
        c,
        g.rng.randint(4, 7),
        boss[0] if len(boss) == 3 and boss[0] in COMMON + RARE + WORDLIKE else None,
    )
    sur = boss[:2] if boss[:2] in COMPOUND else boss[0]
    nick = boss[-1] + "哥" if sur in WORDLIKE else "老" + sur  # a nickname, not labelled
    m = c.head("责令改正通知书")
    m += (
        f"{N(boss)}（公民身份号码：{S('id_number', g.idn(bhome[3]))}，户籍地：{pre}{S('address', addr)}，"
        f"联系电话：{S('phone', g.mobile())}）：\n\n"
        f"    经查，你（工友称“{nick}”）自{K('date', cn(c.d_find - dt.timedelta(days=200)))}起在{K('location', c.loc())}"
        f"工地招用下列劳动者从事木工、钢筋工作业，至今拖欠工资：\n"
    )
    for i, r in enumerate(rows, 1):
        sex = g.pick(["男", "女"])
        sep = g.pick([". ", "、", "．", "）"])
        lead = f"（{i}）" if sep == "）" else f"{i}{sep}"
        m += (
            f"{lead}{N(r['name'])}，{sex}，身份证号{S('id_number', r['id'])}，工资卡{S('bank_account', r['card'])}，"
            f"欠薪{r['owed']}元；\n"
        )
    m += (
        f"    以上人员工资由你统一发放，但{nick}以发包方未结算为由拒不支付。上述行为违反了"
        f"{K('statute', '《保障农民工工资支付条例》第十一条')}的规定。依据{K('statute', '《劳动保障监察条例》第二十六条')}，"
        f"责令你于{K('date', cn(c.d_dec + dt.timedelta(days=15)))}前向上述劳动者足额支付所欠工资。逾期不改正的，本机关将依法处理。\n"
    )
    m += c.sign()
    return dict(
        markup=m,
        doc_kind="责令改正通知书",
        party_type="natural",
        hold=False,
        family="hrss-numbered",
    )


def gen_hrss_hearing(g: Gen) -> dict:
    """听证告知书 to a company: worker names after 员工/债权人/收款人, with 和 as surname after 和."""
    c = Ctx(g, "人力资源和社会保障局", "人社监听告")
    corp, code, raddr, rep = company(g, c, "电子科技")
    he = g.name(surname="和")
    a, b, d, e = g.names(4)
    mino = g.name("minority")
    amt = fine(g, 2, 5, 10000)
    m = c.head("行政处罚听证告知书")
    m += (
        f"{K('company', corp)}（统一社会信用代码：{K('uscc', code)}，法定代表人：{K('legal_rep', rep)}）：\n\n"
        f"    经查，你单位未依法为员工{N(a)}和{N(he)}缴纳社会保险费，并克扣员工{N(b)}、{N(mino)}及{N(d)}加班工资；"
        f"离职员工{N(e)}作为债权人申请支付令后，你单位仍未将{K('amount', f'{g.rng.randint(3, 30) * 1000}元')}"
        f"支付至收款人{N(e)}账户（{S('bank_account', g.card())}）。\n"
        f"    你单位的行为违反了{K('statute', '《劳动保障监察条例》第二十六条')}的规定，本机关拟对你单位处以罚款"
        f"{K('amount', amt[0])}（{K('amount', amt[1])}）。根据{K('statute', '《中华人民共和国行政处罚法》第六十三条')}的规定，"
        f"你单位有权要求举行听证，应当在收到本告知书之日起五日内提出。\n"
    )
    m += c.sign()
    return dict(
        markup=m, doc_kind="听证告知书", party_type="legal", hold=False, family="hrss-hearing"
    )


def gen_cg_rental(g: Gen) -> dict:
    """城管 群租房: owner (party), tenants (租户/住户), the owner's relatives."""
    c = Ctx(g, "城市管理和综合执法局", "城管罚决")
    owner = g.name(g.pick(["compound", "four", "rare", "word"]))
    pre, addr = c.home_addr()
    tenants = g.names(g.rng.randint(4, 7))
    son = g.name(surname=owner[:2] if owner[:2] in COMPOUND else owner[0])
    mother = g.name("common")
    loc = f"{c.dist}{g.pick(STREETS)}{g.rng.randint(1, 400)}号{g.pick(ESTATES)}{g.rng.randint(1, 20)}栋{g.rng.randint(2, 28)}0{g.rng.randint(1, 4)}室"
    kind = g.pick(["行政处罚决定书", "责令改正通知书"])
    amt = fine(g, 1, 5)
    hk = g.hkmt()
    m = c.head(kind)
    ob = g.born()
    m += (
        f"当事人：{N(owner)}，{g.pick(['男', '女'])}，出生日期：{S('birth_date', cn(ob))}，"
        f"身份证号：{S('id_number', g.idn(c.code, ob))}，住址：{pre}{S('address', addr)}，手机：{S('phone', g.mobile())}\n\n"
    )
    m += (
        f"    经查，{K('date', cn(c.d_find))}，本机关会同街道对{K('location', loc)}进行检查，发现该房屋被分隔为"
        f"{len(tenants) + 1}个单间出租，租户{join_names(g, tenants[:3])}分别居住，住户{N(tenants[3])}"
        f"（联系电话：{S('phone', g.mobile())}）称其每月向{N(owner)}之子{N(son)}支付租金。"
    )
    for t in tenants[4:]:
        m += f"租客{N(t)}（身份证号：{S('id_number', g.idn(g.home()[3]))}）亦在现场。"
    m += (
        f"另一租户{N(hk[0])}系{hk[1]}居民（{hk[2]}号码：{S('passport', hk[3])}），其租赁合同由{N(owner)}的母亲"
        f"{N(mother)}签订。\n"
        f"    上述行为违反了{K('statute', '《商品房屋租赁管理办法》第八条')}的规定。"
    )
    if kind == "行政处罚决定书":
        m += (
            f"依据{K('statute', '《商品房屋租赁管理办法》第二十二条')}，决定对{N(owner)}处以罚款{K('amount', amt[0])}"
            f"（{K('amount', amt[1])}）。\n" + c.pay() + c.remedy()
        )
    else:
        m += f"现责令你于{K('date', cn(c.d_dec + dt.timedelta(days=10)))}前改正。\n"
    m += c.sign()
    return dict(markup=m, doc_kind=kind, party_type="natural", hold=False, family="cg-rental")


def gen_cg_village(g: Gen) -> dict:
    """城管/自然资源 违建 in a 村民小组: several villagers with the same surname and 户籍 addresses."""
    c = Ctx(g, "城市管理和综合执法局", "城管强决")
    sur = g.pick(["覃", "韦", "蒙", "农", "欧阳", "上官", "向", "师"])
    party = g.name(surname=sur)
    others = [g.name(surname=sur) for _ in range(3)]
    leader = g.name("common")
    home = g.pick(HOMES)
    code = home[3]
    pre, addr = g.village_addr(home)
    group = f"{home[4]}{g.pick(home[5])}第{g.rng.randint(1, 9)}村民小组"
    loc = f"{home[2]}{home[4]}{g.pick(home[5])}{g.pick(['东侧', '北侧', '村口'])}集体土地上"
    kind = g.pick(["行政强制措施决定书", "行政处罚决定书"])
    m = c.head(kind)
    m += (
        f"当事人：{N(party)}，身份证号码：{S('id_number', g.idn(code))}，户籍地：{pre}{S('address', addr)}，"
        f"联系电话：{S('phone', g.mobile())}\n\n"
        f"    {K('date', cn(c.d_find))}，{group}组长{N(leader)}向本机关举报，称{N(party)}在{K('location', loc)}"
        f"未经批准建设三层砖混结构房屋。经查，该房屋由{N(party)}与其兄{N(others[0])}、其弟{N(others[1])}共同出资，"
        f"村民{N(others[2])}（户籍地：{pre}{S('address', g.village_addr(home)[1])}）证实施工队由{N(party)}雇请。\n"
    )
    if kind == "行政强制措施决定书":
        m += (
            f"    为制止违法建设继续进行，依据{K('statute', '《中华人民共和国城乡规划法》第六十八条')}及"
            f"{K('statute', '《中华人民共和国行政强制法》第十八条')}的规定，本机关决定自{K('date', cn(c.d_dec))}起"
            f"查封上述施工现场，查封期限三十日。\n"
        )
    else:
        a = fine(g, 1, 9, 10000)
        m += (
            f"    上述行为违反了{K('statute', '《中华人民共和国城乡规划法》第六十五条')}的规定，决定责令限期拆除，并处罚款"
            f"{K('amount', a[0])}（{K('amount', a[1])}）。\n" + c.pay()
        )
    m += c.remedy() + c.sign()
    return dict(markup=m, doc_kind=kind, party_type="natural", hold=False, family="cg-village")


def gen_mkt_prepaid(g: Gen) -> dict:
    """市场监管 预付卡: a company, a table or list of 消费者 with phones and refunds owed."""
    c = Ctx(g, "市场监督管理局", "市监罚处")
    corp, code, raddr, rep = company(g, c, g.pick(["健身服务", "美容美发", "教育咨询"]))
    cons = g.names(g.rng.randint(5, 8))
    kind = g.pick(["行政处罚决定书", "不予行政处罚决定书"])
    m = c.head(kind)
    m += (
        f"当事人：{K('company', corp)}\n统一社会信用代码：{K('uscc', code)}\n住所：{K('org_address', raddr)}\n"
        f"法定代表人：{K('legal_rep', rep)}\n\n"
        f"    本机关陆续接到消费者{join_names(g, cons[:3], len(cons) + g.rng.randint(10, 40))}投诉，反映当事人门店停业后"
        f"拒不退还预付卡余额。经查，部分消费者的余额情况如下：\n"
    )
    if g.rng.random() < 0.5:
        m += "\n| 消费者 | 联系电话 | 卡内余额 |\n|---|---|---|\n"
        for x in cons[3:]:
            m += f"| {N(x)} | {S('phone', g.mobile())} | {g.rng.randint(5, 90) * 100}元 |\n"
        m += "\n"
    else:
        for i, x in enumerate(cons[3:], 1):
            m += f"    {i}.消费者{N(x)}，手机号{S('phone', g.mobile())}，余额{g.rng.randint(5, 90) * 100}元；\n"
    m += f"    当事人员工{N(g.name())}证实门店已于{K('date', cn(c.d_find))}停止营业。"
    if kind == "行政处罚决定书":
        a = fine(g, 1, 9, 10000)
        m += (
            f"当事人的行为违反了{K('statute', '《中华人民共和国消费者权益保护法》第五十三条')}的规定，依据"
            f"{K('statute', '《中华人民共和国消费者权益保护法》第五十六条第一款第（八）项')}，决定罚款{K('amount', a[0])}"
            f"（{K('amount', a[1])}）。\n" + c.pay()
        )
    else:
        m += (
            f"鉴于当事人已于{K('date', cn(c.d_notice))}前向全部消费者退还余额，依据"
            f"{K('statute', '《中华人民共和国行政处罚法》第三十三条第一款')}，决定不予行政处罚。\n"
        )
    m += c.remedy() + c.sign()
    return dict(markup=m, doc_kind=kind, party_type="legal", hold=False, family="mkt-prepaid")


def gen_mkt_online(g: Gen) -> dict:
    """网络交易 by a 个体工商户 operator: 买家 with nicknames and phones, a 卖家, a 代收人."""
    c = Ctx(g, "市场监督管理局", "市监罚决")
    op = g.name(g.pick(["compound", "rare", "east", "minority", "four"]))
    shop = f"{c.dist}{g.pick(['优品', '星辰', '禾木', '晨曦'])}电子商务商行"
    pre, addr = c.home_addr()
    buyers = g.names(g.rng.randint(3, 5))
    nicks = ["小鱼儿2019", "快乐星球", "momo酱", "晓燕妈妈", "江南烟雨", "不吃香菜"]
    seller = g.name("word")
    agent = g.name(g.pick(["two", "common"]))
    lat = g.latin()
    a = fine(g, 1, 9)
    m = c.head("行政处罚决定书")
    m += (
        f"当事人：{K('company', shop)}（个体工商户）\n统一社会信用代码：{K('uscc', uscc(g.rng, c.code, '92'))}\n"
        f"经营者：{N(op)}，身份证号：{S('id_number', g.idn(c.code))}，住所：{pre}{S('address', addr)}\n\n"
        f"    经查，当事人在某电商平台开设网店，销售标注虚假产地的商品。平台数据显示："
    )
    for i, b in enumerate(buyers):
        m += f"买家“{nicks[i]}”（真实姓名{N(b)}，手机号码{S('phone', g.mobile())}）" + (
            "；" if i < len(buyers) - 1 else "。"
        )
    m += (
        f"商品系从卖家{N(seller)}处进货，货款由{N(op)}的朋友{N(agent)}代收（代收人账户名：{N(agent)}，"
        f"账号：{S('bank_account', g.card())}）。外籍买家{N(lat[0])}（{lat[1]}籍，护照号码：{S('passport', lat[2])}）"
        f"亦投诉收到的商品与描述不符。\n"
        f"    当事人的行为违反了{K('statute', '《中华人民共和国电子商务法》第十七条')}的规定，依据"
        f"{K('statute', '《中华人民共和国反不正当竞争法》第二十条')}，决定罚款{K('amount', a[0])}（{K('amount', a[1])}）。\n"
    )
    m += c.pay() + c.remedy() + c.sign()
    return dict(
        markup=m, doc_kind="行政处罚决定书", party_type="natural", hold=False, family="mkt-online"
    )


def plate(g: Gen, c: Ctx) -> str:
    """Ordinary blue plate (5 characters, at most 2 letters) or a new-energy plate (D/F + 5)."""
    if g.rng.random() < 0.25:
        return c.plate + g.pick("DF") + "".join(g.pick("0123456789") for _ in range(5))
    chars = [g.pick("0123456789") for _ in range(5)]
    for i in g.rng.sample(range(5), g.rng.randint(0, 2)):
        chars[i] = g.pick("ABCDEFGHJKLMNPQRSTUVWXYZ")
    return c.plate + "".join(chars)


def gen_transport(g: Gen) -> dict:
    """交通运输 非法营运: driver (party), passengers, the car owner (a relative)."""
    c = Ctx(g, "交通运输局", "交执罚")
    drv = g.name(g.pick(["compound", "rare", "word", "minority", "two"]))
    pre, addr = c.home_addr()
    pax = g.names(g.rng.randint(2, 4))
    owner = g.name("common")
    pl = plate(g, c)
    kind = g.pick(["当场行政处罚决定书", "行政强制措施决定书", "行政处罚决定书"])
    loc = f"{c.dist}{g.pick(STREETS)}与{g.pick(STREETS)}交叉口"
    m = c.head(kind)
    m += (
        f"当事人：{N(drv)}　身份证号：{S('id_number', g.idn(g.home()[3]))}　住址：{pre}{S('address', addr)}　"
        f"电话：{S('phone', g.mobile())}\n\n"
        f"    {K('date', cn(c.d_find))}，执法人员在{K('location', loc)}检查时发现，{N(drv)}驾驶车牌号为{S('license_plate', pl)}"
        f"的小型轿车（车主：{N(owner)}，系{N(drv)}的{g.pick(['岳父', '姐夫', '表哥'])}）未取得道路运输经营许可，搭载乘客"
        f"{join_names(g, pax)}前往高铁站，每人收取车费{g.rng.randint(20, 80)}元。乘客{N(pax[0])}"
        f"（电话：{S('phone', g.mobile())}）提供了微信转账记录，收款人为{N(drv)}。\n"
    )
    if kind == "行政强制措施决定书":
        m += (
            f"    依据{K('statute', '《中华人民共和国道路运输条例》第六十八条')}的规定，本机关决定暂扣上述车辆，"
            f"期限自{K('date', cn(c.d_dec))}起三十日。\n"
        )
    elif kind == "当场行政处罚决定书":
        m += f"    依据{K('statute', '《中华人民共和国道路运输条例》第六十三条')}，当场处以罚款{K('amount', '200元')}。\n"
    else:
        a = fine(g, 3, 9, 1000)
        m += (
            f"    依据{K('statute', '《中华人民共和国道路运输条例》第六十三条')}，决定罚款{K('amount', a[0])}"
            f"（{K('amount', a[1])}）。\n" + c.pay()
        )
    m += c.remedy() + c.sign()
    return dict(markup=m, doc_kind=kind, party_type="natural", hold=False, family="transport")


def gen_clinic(g: Gen, held: bool) -> dict:
    """卫生健康 非法行医 by a natural person. Held: a named patient's illness is stated.
    Published: people are named only as reporters, landlord and buyers, no one's health is stated."""
    c = Ctx(g, "卫生健康局", "卫医罚")
    party = g.name(g.pick(["compound", "rare", "minority", "east"]))
    pre, addr = c.home_addr()
    loc = f"{c.dist}{g.pick(STREETS)}{g.rng.randint(1, 300)}号一楼门面"
    a = fine(g, 1, 5, 10000)
    m = c.head("行政处罚决定书")
    m += (
        f"当事人：{N(party)}，性别：{g.pick(['男', '女'])}，身份证号：{S('id_number', g.idn(g.home()[3]))}，"
        f"住址：{pre}{S('address', addr)}\n\n"
    )
    if held:
        pats = g.names(3)
        doc = g.name("common")
        m += (
            f"    经查，{N(party)}未取得《医疗机构执业许可证》，在{K('location', loc)}开展诊疗活动。就诊人员"
            f"{join_names(g, pats)}均证实曾在该处输液。其中患者{N(pats[0])}被诊断为{g.pick(['2型糖尿病', '慢性乙型肝炎', '抑郁症'])}，"
            f"后转至{c.city}第一人民医院治疗，接诊医生{N(doc)}出具的病历载明其病情。{N(pats[1])}之女"
            f"{N(g.name())}（电话：{S('phone', g.mobile())}）对此投诉。\n"
        )
    else:
        rep_, landlord = g.names(2)
        buyers = g.names(2)
        m += (
            f"    经查，{N(party)}未取得《医疗机构执业许可证》，在{K('location', loc)}擅自执业。举报人{N(rep_)}"
            f"（联系电话：{S('phone', g.mobile())}）提供了现场照片；房东{N(landlord)}证实门面由{N(party)}租用；"
            f"购药人{N(buyers[0])}、{N(buyers[1])}提供了付款凭证，收款账户名为{N(party)}。\n"
        )
    m += (
        f"    上述行为违反了{K('statute', '《中华人民共和国基本医疗卫生与健康促进法》第三十八条')}的规定，依据"
        f"{K('statute', '《中华人民共和国基本医疗卫生与健康促进法》第九十九条第一款')}，决定没收违法所得并处罚款"
        f"{K('amount', a[0])}（{K('amount', a[1])}）。\n"
    )
    m += c.pay() + c.remedy() + c.sign()
    return dict(
        markup=m,
        doc_kind="行政处罚决定书",
        party_type="natural",
        hold=held,
        family="clinic-health-held" if held else "clinic-public",
    )


PUBLISHED = dt.date(2026, 11, 25)


def gen_police(g: Gen, minor: bool = False) -> dict:
    """公安 治安: 违法行为人 (party), 受害人, 证人 with 户籍地 addresses; several share a surname.
    minor=True: the party is 16 on the day of publication (2026-11-25) -> held."""
    c = Ctx(g, "公安分局", "公（治）行罚决字")
    c.agency = f"{c.city}公安局{c.dist}分局"
    sur = g.pick(COMMON)
    party = g.name(surname=sur) if not minor else g.name(g.pick(["rare", "compound"]))
    victim = g.name(surname=sur)
    wits = [g.name(surname=sur), g.name(g.pick(["minority", "east", "word"]))]
    home = g.home()
    pre, addr = g.village_addr(home)
    # a minor is one on the day of publication (DESIGN §4: "a party who is a minor"; the dev
    # corpus publishes parties who were minors at the decision but are adults now)
    born = (
        dt.date(PUBLISHED.year - 16, g.rng.randint(1, 12), g.rng.randint(1, 28))
        if minor
        else g.born()
    )
    days = g.rng.randint(3, 10)
    m = c.head("行政处罚决定书")
    m += (
        f"违法行为人：{N(party)}，性别：男，出生日期：{S('birth_date', cn(born))}，身份证号：{S('id_number', id18(home[3], born, g.rng.randint(100, 999)))}，"
        f"户籍地：{pre}{S('address', addr)}，现住址：{c.pfx}{c.dist}{S('address', g.street_addr())}\n"
    )
    if minor:
        guard = g.name(surname=party[:2] if party[:2] in COMPOUND else party[0])
        m += f"监护人：{N(guard)}（系{N(party)}之父），联系电话：{S('phone', g.mobile())}\n"
    vh = g.home()
    vpre, vaddr = g.village_addr(vh)
    m += (
        f"\n    现查明，{K('date', cn(c.d_find))}，{N(party)}在{K('location', c.loc())}的烧烤店内与受害人{N(victim)}"
        f"（户籍地：{vpre}{S('address', vaddr)}）因琐事发生争执，{N(party)}用拳头殴打{N(victim)}面部。证人{N(wits[0])}、"
        f"{N(wits[1])}（联系电话：{S('phone', g.mobile())}）证实了上述事实。{N(victim)}与{N(wits[0])}系同村村民，"
        f"{N(party)}与二人无亲属关系。\n"
        f"    以上事实有{N(party)}的陈述和申辩、受害人{N(victim)}的陈述、证人证言、视频监控等证据证实。\n"
        f"    根据{K('statute', '《中华人民共和国治安管理处罚法》第四十三条第一款')}之规定，现决定对{N(party)}行政拘留"
        f"{days}日。\n" + c.remedy() + c.sign()
    )
    return dict(
        markup=m,
        doc_kind="行政处罚决定书",
        party_type="natural",
        hold=minor,
        family="police-minor-held" if minor else "police",
    )


def gen_edu(g: Gen) -> dict:
    """教育 校外培训: a company party, 学员 lists with minors (not the party: masked, not held),
    their parents (其母亲/之父), one minor student with an ID number."""
    c = Ctx(g, "教育局", "教罚")
    corp, code, raddr, rep = company(g, c, "培训学校")
    studs = g.names(g.rng.randint(4, 6), ["common", "compound", "word", "two", "minority", "rare"])
    moms = [g.name("common") for _ in range(2)]
    teacher = g.name(g.pick(["four", "east", "rare"]))
    kind = g.pick(["行政处罚决定书", "不予行政处罚决定书", "责令改正通知书"])
    kb = dt.date(c.year - 11, g.rng.randint(1, 12), g.rng.randint(1, 28))
    m = c.head(kind)
    m += (
        f"当事人：{K('company', corp)}\n统一社会信用代码：{K('uscc', code)}\n法定代表人：{K('legal_rep', rep)}\n\n"
        f"    经查，当事人未经审批，于{K('date', cn(c.d_find))}在{K('location', c.loc())}面向中小学生开展学科类培训。"
        f"在读学员包括{join_names(g, studs[:3])}（均为初中一年级学生），学员{N(studs[3])}（{g.rng.randint(9, 14)}岁）的母亲"
        f"{N(moms[0])}缴纳了学费{g.rng.randint(20, 90) * 100}元。"
    )
    for s in studs[4:]:
        m += f"学员{N(s)}（身份证号：{S('id_number', id18(c.code, kb, g.rng.randint(100, 999)))}）之父{N(moms[1])}提交了退费申请。"
    m += f"授课人员{N(teacher)}未取得教师资格证。\n"
    if kind == "行政处罚决定书":
        a = fine(g, 1, 5, 10000)
        m += (
            f"    依据{K('statute', '《中华人民共和国民办教育促进法》第六十四条')}，决定责令停止办学、退还所收费用，并处罚款"
            f"{K('amount', a[0])}（{K('amount', a[1])}）。\n" + c.pay() + c.remedy()
        )
    elif kind == "不予行政处罚决定书":
        m += (
            f"    鉴于当事人违法行为轻微并及时改正，没有造成危害后果，依据"
            f"{K('statute', '《中华人民共和国行政处罚法》第三十三条第一款')}，决定不予行政处罚。\n"
            + c.remedy()
        )
    else:
        m += f"    依据{K('statute', '《中华人民共和国民办教育促进法》第六十四条')}，责令你单位立即停止违法办学行为。\n"
    m += c.sign()
    return dict(markup=m, doc_kind=kind, party_type="legal", hold=False, family="edu-students")


def gen_tourism(g: Gen) -> dict:
    """文化旅游: a 导游 (natural party) or a travel agency (legal party) and tourists:
    foreigners in Latin letters with passports, HK/Macau/Taiwan residents with permits."""
    c = Ctx(g, "文化广电和旅游局", "文旅罚")
    legal = g.rng.random() < 0.5
    guide = g.name(g.pick(["minority", "compound", "four", "word"]))
    tourists = g.names(3, ["common", "east", "minority", "rare", "two"])
    lat = g.latin()
    hk = g.hkmt()
    kind = g.pick(["听证告知书", "行政处罚决定书"])
    a = fine(g, 1, 3, 10000)
    m = c.head("行政处罚听证告知书" if kind == "听证告知书" else kind)
    if legal:
        corp, code, raddr, rep = company(g, c, "国际旅行社")
        m += (
            f"当事人：{K('company', corp)}，统一社会信用代码：{K('uscc', code)}，法定代表人：{K('legal_rep', rep)}\n\n"
            f"    经查，当事人委派导游{N(guide)}（电话：{S('phone', g.mobile())}）"
        )
    else:
        pre, addr = c.home_addr()
        m += (
            f"当事人：{N(guide)}，身份证号：{S('id_number', g.idn(g.home()[3]))}，住址：{pre}{S('address', addr)}\n\n"
            f"    经查，当事人"
        )
    m += (
        f"于{K('date', cn(c.d_find))}带领旅游团期间，擅自变更行程，强迫游客{join_names(g, tourists)}在"
        f"{K('location', c.loc())}购物。游客{N(lat[0])}（{lat[1]}籍，护照号：{S('passport', lat[2])}）及"
        f"{hk[1]}居民{N(hk[0])}（{hk[2]}：{S('passport', hk[3])}）投诉，领队{N(g.name())}证实了上述情况。\n"
        f"    上述行为违反了{K('statute', '《中华人民共和国旅游法》第四十一条第二款')}的规定，依据"
        f"{K('statute', '《中华人民共和国旅游法》第一百条')}，"
    )
    if kind == "听证告知书":
        m += f"本机关拟处以罚款{K('amount', a[0])}（{K('amount', a[1])}）。你有权在收到本告知书之日起五日内要求举行听证。\n"
    else:
        m += f"决定处以罚款{K('amount', a[0])}（{K('amount', a[1])}）。\n" + c.pay() + c.remedy()
    m += c.sign()
    return dict(
        markup=m,
        doc_kind=kind,
        party_type="legal" if legal else "natural",
        hold=False,
        family="tourism",
    )


def gen_marked(g: Gen, which: str) -> dict:
    """A roster-heavy document that is held: a confidentiality marking or 此件不公开."""
    d = gen_hrss_decision(g) if which == "secret" else gen_cg_rental(g)
    m = d["markup"]
    m = "机密★1年\n" + m if which == "secret" else m.replace("\n\n", "\n（此件不公开）\n\n", 1)
    d.update(markup=m, hold=True, family="held-marking")
    return d


PLAN = (
    ["hrss_decision"] * 5
    + ["hrss_rectify"] * 4
    + ["hrss_hearing"] * 2
    + ["cg_rental"] * 4
    + ["cg_village"] * 4
    + ["mkt_prepaid"] * 4
    + ["mkt_online"] * 4
    + ["transport"] * 5
    + ["clinic_public"] * 2
    + ["clinic_held"] * 2
    + ["police"] * 4
    + ["police_minor"] * 2
    + ["edu"] * 4
    + ["tourism"] * 4
    + ["marked_secret", "marked_notpublic"]
)

GENS = {
    "hrss_decision": gen_hrss_decision,
    "hrss_rectify": gen_hrss_rectify,
    "hrss_hearing": gen_hrss_hearing,
    "cg_rental": gen_cg_rental,
    "cg_village": gen_cg_village,
    "mkt_prepaid": gen_mkt_prepaid,
    "mkt_online": gen_mkt_online,
    "transport": gen_transport,
    "clinic_public": lambda g: gen_clinic(g, False),
    "clinic_held": lambda g: gen_clinic(g, True),
    "police": gen_police,
    "police_minor": lambda g: gen_police(g, True),
    "edu": gen_edu,
    "tourism": gen_tourism,
    "marked_secret": lambda g: gen_marked(g, "secret"),
    "marked_notpublic": lambda g: gen_marked(g, "notpublic"),
}


# ---------------------------------------------------------------- assembly
def main() -> None:
    scorer = load_scorer()
    rng = random.Random(SEED)
    g = Gen(rng)
    fresh_docs_dir(HERE)
    out = []
    order = PLAN[:]
    rng.shuffle(order)
    for i, gen in enumerate(order, 1):
        g.reset()
        d = GENS[gen](g)
        text, spans = render(d["markup"])
        sens, keep = split_labels(spans)
        fname = f"docs/{i:04d}.txt"
        labels = {
            "file": fname,
            "family": d["family"],
            "doc_kind": d["doc_kind"],
            "hold": d["hold"],
            "party_type": d["party_type"],
            "sensitive": sens,
            "keep": keep,
        }
        self_check(scorer, text, spans, labels, fname)
        (HERE / fname).write_text(text, encoding="utf-8")
        out.append(labels)
    write_labels(HERE, out)
    print_summary(out)


if __name__ == "__main__":
    main()
