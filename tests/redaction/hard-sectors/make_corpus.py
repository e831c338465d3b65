#!/usr/bin/env python3
"""Generate the held-out "hard-sectors" redaction corpus (docs/ + labels.json).

Written as an independent examiner would, without looking at the engine: decisions from the
sectors whose texts carry the most personal data, in the way those agencies write them.
- 公安 治安管理处罚决定书: 违法行为人, 被侵害人, 证人, fights and injuries, gambling rings.
- 交通 (公安交管): 驾驶人, 机动车所有人, 驾驶证号 (= the ID number), 档案编号, 行驶证, plates
  of every form (blue, new-energy 8-character, 挂, 学, 警), 酒精含量 results.
- 劳动保障监察: worker tables (name, ID, card, amount), 包工头, 实际施工人, 等N人 lists.
- 卫生健康: private clinics, their 医师/护士, patients; 民政/殡葬; 教育/培训 with pupils who are
  minors but not the party, 监护人, teachers; 市场监管 with 个体工商户; 文旅 (导游, 游客);
  应急管理 (injured workers, 工友); 住建 (业主, 租户, 不动产权证).

Labelling conventions (DESIGN.md §4, policy spc-2016, as in the dev corpus):
- person_name (sensitive): every natural person who is not an officer of the agency, a legal
  representative of a legal person or a lawyer: clinic doctors and nurses, teachers, tour
  guides, foremen, workers, patients, pupils, guardians, relatives, witnesses, victims.
- address (sensitive): the part of a home address below the district/county. Business
  premises and the places of a violation are kept (location).
- bank_account and license_plate (anyone's, a police car's plate included) are sensitive.
- Not labelled (no kind in the dev labels or the scorer): 驾驶证档案编号, 医师/护士执业证书编码,
  导游证号, 酒精含量, 工号; the flat of a 群租 case (a violation place that is also a tenant's
  home) is left unlabelled either way.
- Held: a confidentiality marking (★), 内部资料, 此件不公开, 依申请公开 as the disclosure
  attribute, a statement that the text holds trade secrets, a party who is a minor on
  2026-11-25, a process document (询问笔录, 现场检查笔录). Not held: 不涉及国家秘密、商业秘密,
  公开方式：主动公开, a party exactly 18 on 2026-11-25, minors who are not the party, evidence
  lists naming 询问笔录.
- Health: DESIGN's table of kinds says health data is "removed; document held for a person
  to check" (fail closed). These labels follow it: a document that states a named person's
  medical condition (a diagnosis or disease, an injury with its nature or a 轻微伤 assessment,
  a hospital stay) is held and carries "health": true in labels.json. Look-alikes not held:
  a patient receiving an infusion with no condition named, 病历/门诊日志 as evidence items,
  a near miss with nobody hurt, a fight that hurt nobody, 酒精含量 (a test result of an
  offence, not a condition), a person's death with no cause, a pupil's age. (DESIGN's list of
  what holds a document names no health trigger and the dev corpus publishes one bare "左手受伤"
  without a hold: the other reading is scored by clearing hold where only "health" set it.)

Deterministic (fixed seed); everything is fictional; ID numbers, bank cards and credit codes
carry valid check characters.

    cd tests/redaction/hard-sectors && python3 make_corpus.py
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
SEED = 7712026
TODAY = dt.date(2026, 11, 25)

# province, city, county, region code, area code, plate prefix, short, towns, villages, roads
REGIONS = [
    (
        "湖南省",
        "株洲市",
        "芦淞区",
        "430203",
        "0731",
        "湘B",
        "芦",
        ["建宁街道", "白关镇"],
        ["丁家垅村", "长塘村"],
        ["车站路", "建设中路", "董家塅大道"],
    ),
    (
        "江西省",
        "赣州市",
        "章贡区",
        "360702",
        "0797",
        "赣B",
        "章",
        ["解放街道", "水西镇"],
        ["杨梅村", "涌金村"],
        ["文清路", "红旗大道", "章江北大道"],
    ),
    (
        "广西壮族自治区",
        "柳州市",
        "鱼峰区",
        "450203",
        "0772",
        "桂B",
        "鱼",
        ["天马街道", "白沙镇"],
        ["龙潭村", "里雍村"],
        ["屏山大道", "箭盘路", "柳石路"],
    ),
    (
        "河北省",
        "保定市",
        "竞秀区",
        "130602",
        "0312",
        "冀F",
        "竞",
        ["先锋街道", "江城乡"],
        ["大激店村", "东金庄村"],
        ["朝阳北大街", "七一中路", "乐凯大街"],
    ),
    (
        "江苏省",
        "徐州市",
        "铜山区",
        "320312",
        "0516",
        "苏C",
        "铜",
        ["利国镇", "柳泉镇"],
        ["北村", "张谷山村"],
        ["北京南路", "银山路", "汉王路"],
    ),
    (
        "贵州省",
        "遵义市",
        "汇川区",
        "520303",
        "0851",
        "贵C",
        "汇",
        ["上海路街道", "高坪镇"],
        ["长沟村", "团泽村"],
        ["大连路", "珠海路", "人民路"],
    ),
    (
        "甘肃省",
        "天水市",
        "秦州区",
        "620502",
        "0938",
        "甘E",
        "秦",
        ["大城街道", "玉泉镇"],
        ["烟铺村", "暖和湾村"],
        ["民主路", "岷山路", "藉河南路"],
    ),
    (
        "福建省",
        "泉州市",
        "晋江市",
        "350582",
        "0595",
        "闽C",
        "晋",
        ["青阳街道", "安海镇"],
        ["型厝村", "前蔡村"],
        ["世纪大道", "青华路", "泉安中路"],
    ),
    (
        "新疆维吾尔自治区",
        "伊犁哈萨克自治州",
        "伊宁市",
        "654002",
        "0999",
        "新F",
        "伊",
        ["解放路街道", "潘津镇"],
        ["英买里村", "苏拉宫村"],
        ["斯大林街", "新华西路", "飞机场路"],
    ),
]

SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚"
    "邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐沿梅莫庄"
    "辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景"
    "薄单包司柏宁柯阮桂闵解强丛佘笪蒯禚阙滕訾逯亢冼揭"
) + ["欧阳", "司马", "上官", "诸葛", "皇甫", "令狐", "东方", "慕容", "端木", "公孙", "尉迟"]
GIVEN = list(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞鑫宇浩凯佳欣怡雪琳晨曦子涵梓"
    "轩睿泽昊然思源嘉怡可馨一诺雨桐若汐铭瑞宸俊熙欣妍语嫣婉清振国建军德福春生秋菊冬梅海燕"
    "志远文博立新卫东红梅玉珍淑芬永福金凤银花桂香水生根宝三妹小燕晓东丹丹莉莉斌斌亮亮"
    "翠兰招娣满仓来喜旺财进宝秀云素琴建平国庆跃进向阳卫红爱民兴旺润发昌盛"
)
MINORITY = [
    ("买买提", "吐尔逊"),
    ("热依拉", "艾力"),
    ("阿依努尔", "卡德尔"),
    ("艾尔肯", "司马义"),
    ("古丽米热", "阿不都"),
    ("努尔兰", "哈斯木"),
    ("帕提古丽", "吾守尔"),
    ("依明江", "托乎提"),
]
UNDOTTED = ["扎西次仁", "阿苏拉则", "格桑卓玛", "阿牛木呷", "达瓦央宗", "吉克阿依"]
COMPANY_WORDS = [
    "鼎盛",
    "恒昌",
    "瑞丰",
    "华茂",
    "兴隆",
    "金帆",
    "万和",
    "宏远",
    "众诚",
    "新宇",
    "通达",
    "嘉禾",
    "锦程",
    "安泰",
    "永固",
    "盛景",
    "优学",
    "博雅",
    "启航",
    "康宁",
]
DIGITS = "0123456789"
WIDE_T = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def wide(s: str) -> str:
    return s.translate(WIDE_T)


def age_on(born: dt.date, day: dt.date = TODAY) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def cn_upper(n: int) -> str:
    """An amount in 大写 (integer yuan, below 10 million)."""
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]

    def four(x: int) -> str:
        out, zero = "", False
        for i in range(3, -1, -1):
            d = x // 10**i % 10
            if d:
                if zero and out:
                    out += "零"
                out += digits[d] + units[i]
                zero = False
            else:
                zero = True
        return out

    hi, lo = divmod(n, 10000)
    s = (four(hi) + "万" if hi else "") + (("零" if hi and lo < 1000 and lo else "") + four(lo))
    return "人民币" + s + "元整"


class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng
        self.used_names: set[str] = set()
        self.used_ids: set[str] = set()

    def pick(self, seq):
        return self.r.choice(seq)

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(DIGITS) for _ in range(n))

    def name(self, style: str = "han") -> str:
        for _ in range(500):
            if style == "dot":
                a, b = self.pick(MINORITY)
                n = f"{a}·{b}"
            elif style == "undotted":
                n = self.pick(UNDOTTED)
            else:
                sn = self.pick(SURNAMES)
                k = self.r.choice([1, 2, 2, 2]) if len(sn) == 1 else self.r.choice([1, 2])
                n = sn + "".join(self.pick(GIVEN) for _ in range(k))
                if len(set(n)) < len(n):
                    continue
            if n not in self.used_names and not any(n in u or u in n for u in self.used_names):
                self.used_names.add(n)
                return n
        raise RuntimeError("name pool exhausted")

    def born(self, lo=1958, hi=2001) -> dt.date:
        return dt.date(self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28))

    def pid(self, reg, born: dt.date, male=True, want_x=False) -> str:
        for _ in range(2000):
            seq = self.r.randint(1, 499) * 2 + (1 if male else 0)
            seq = seq % 1000
            if (seq % 2 == 1) != male:
                continue
            p = id18(reg[3], born, seq)
            if want_x and not p.endswith("X"):
                continue
            if p not in self.used_ids:
                self.used_ids.add(p)
                return p
        raise RuntimeError("no id")

    def pid15(self, reg, born: dt.date, male=True) -> str:
        seq = self.r.randint(1, 499) * 2 + (1 if male else 0)
        return f"{reg[3]}{born:%y%m%d}{seq % 1000:03d}"

    def mobile(self, style: int = 0) -> str:
        m = self.pick(["13", "15", "18", "17", "19"]) + self.digits(9)
        if style == 1:
            return f"+86 {m[:3]} {m[3:7]} {m[7:]}"
        if style == 2:
            return f"{m[:3]}-{m[3:7]}-{m[7:]}"
        if style == 3:
            return f"+86-{m}"
        return m

    def landline(self, reg, style: int = 0) -> str:
        local = self.pick("2345678") + self.digits(7)
        return f"（{reg[4]}）{local}" if style else f"{reg[4]}-{local}"

    def card(self, style: int = 0) -> str:
        n = self.pick([16, 19, 19, 17, 18])
        c = luhn(self.pick(["622202", "621700", "623058", "622848", "621226"]) + self.digits(n - 7))
        if style == 1:
            return " ".join(c[i : i + 4] for i in range(0, len(c), 4))
        return c

    def urban(self, reg) -> str:
        road = self.pick(reg[9])
        return (
            f"{self.pick(reg[7])}{road}{self.r.randint(2, 399)}号"
            f"{self.pick(['阳光', '翠苑', '书香', '金域', '滨江', '锦绣'])}"
            f"{self.pick(['小区', '花园', '家园', '名城'])}"
            f"{self.r.randint(1, 30)}栋{self.r.randint(1, 4)}单元{self.r.randint(1, 28)}0{self.r.randint(1, 6)}室"
        )

    def rural(self, reg) -> str:
        return f"{self.pick(reg[7])}{self.pick(reg[8])}{self.r.randint(1, 12)}组{self.r.randint(1, 99)}号"

    def home(self, reg, rural=None) -> tuple[str, str]:
        """(visible prefix, sensitive detail) of a home address in ``reg``."""
        rural = self.r.random() < 0.4 if rural is None else rural
        detail = self.rural(reg) if rural else self.urban(reg)
        pre = self.pick([f"{reg[0]}{reg[1]}{reg[2]}", f"{reg[1]}{reg[2]}", reg[2]])
        return pre, detail

    def plate(self, reg, style: int = 0) -> str:
        p = reg[5]
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if style == 1:  # new energy small car: 8 characters
            return p + self.pick("DF") + self.pick(letters) + self.digits(4)
        if style == 2:
            return p + self.digits(4) + "挂"
        if style == 3:
            return p + self.digits(4) + "学"
        if style == 4:
            return p + self.digits(4) + "警"
        if style == 5:
            return p + "·" + self.pick(letters) + self.digits(4)
        body = self.digits(5) if self.r.random() < 0.5 else self.pick(letters) + self.digits(4)
        return p + body

    def officer_cert(self) -> str:
        return self.pick(["", "", "A"]) + self.digits(self.pick([8, 11]))

    def money(self, lo: int, hi: int, step: int = 100) -> int:
        return self.r.randint(lo // step, hi // step) * step


class Person:
    """A private person with data; ``ref`` renders a labelled mention of the name."""

    def __init__(self, g: Gen, reg, *, male=None, born=None, style="han", lo=1958, hi=2001):
        self.g, self.reg = g, reg
        self.male = g.r.random() < 0.6 if male is None else male
        self.name = g.name(style)
        self.born = born or g.born(lo, hi)
        self._pid = None
        self._phone = None

    @property
    def n(self) -> str:
        return N(self.name)

    @property
    def sex(self) -> str:
        return "男" if self.male else "女"

    def pid(self, want_x=False) -> str:
        if self._pid is None:
            self._pid = self.g.pid(self.reg, self.born, self.male, want_x)
        return self._pid

    def phone(self, style=0) -> str:
        if self._phone is None:
            self._phone = self.g.mobile(style)
        return self._phone

    def id_s(self, style=0) -> str:
        p = self.pid()
        if style == 1:
            return S("id_number", wide(p))
        if style == 2:
            return S("id_number", f"{p[:6]} {p[6:14]} {p[14:]}")
        return S("id_number", p)

    def home_s(self, rural=None) -> str:
        pre, detail = self.g.home(self.reg, rural)
        return pre + S("address", detail)


class Agency:
    def __init__(self, g: Gen, reg, name: str, short: str, year: int, *, police=False):
        self.g, self.reg, self.name, self.short, self.year = g, reg, name, short, year
        self.police = police
        self.officers = [
            (g.name(), g.officer_cert() if not police else g.digits(6)) for _ in range(2)
        ]
        self.addr = f"{reg[0]}{reg[1]}{reg[2]}{g.pick(reg[9])}{g.r.randint(1, 300)}号"
        self.phone = f"{reg[4]}-{g.pick('2345678')}{g.digits(7)}"
        self.number = f"{short}〔{year}〕{g.r.randint(10, 2999)}号"
        self.day = dt.date(year, g.r.randint(3, 11), g.r.randint(1, 28))

    def d(self, back: int) -> str:
        return K("date", cn(self.day - dt.timedelta(days=back)))

    def head(self, title="行政处罚决定书", marking="") -> str:
        top = marking + "\n" if marking else ""
        return f"{top}{K('agency', self.name)}\n{title}\n{K('decision_number', self.number)}\n\n"

    def officer_line(self, lead="执法人员", cert="执法证号") -> str:
        parts = [f"{K('officer', n)}（{cert}：{K('officer_cert', c)}）" for n, c in self.officers]
        return f"{lead}：" + "、".join(parts) + "\n"

    def remedy(self, court: str) -> str:
        return (
            f"    如不服本决定，可以在收到本决定书之日起六十日内向{self.reg[1]}{self.reg[2]}人民政府"
            f"申请行政复议，或者在六个月内依法向{court}提起行政诉讼。\n"
        )

    def process(self, who: str, heard: bool = False) -> str:
        """The procedure paragraph: 立案, 告知书 with its number, 陈述申辩 or a hearing."""
        g = self.g
        notice = f"{self.short.replace('罚', '告')}〔{self.year}〕{g.r.randint(10, 2999)}号"
        if notice == self.number:
            notice = notice.replace("号", "-1号")
        said = (
            f"{who}于{self.d(g.r.randint(8, 12))}提出陈述、申辩，称其系初次违法且已积极整改，"
            f"请求从轻处罚。本机关经复核认为，{who}提出的部分理由成立，予以采纳"
            if not heard
            else f"{who}要求举行听证，本机关于{self.d(g.r.randint(8, 12))}依法举行了听证，"
            f"听证主持人由本机关法制审核机构人员担任"
        )
        return (
            f"    本机关于{self.d(g.r.randint(40, 80))}依法立案调查，{self.d(g.r.randint(20, 30))}"
            f"向{who}送达了{K('decision_number', notice)}《行政处罚事先告知书》，告知其拟作出行政处罚"
            f"的事实、理由、依据以及依法享有的陈述、申辩和要求听证的权利。{said}。本案经本机关"
            f"负责人集体讨论，并经法制审核，认为事实清楚、证据确凿、程序合法。\n"
            f"    本机关认为，综合考虑违法行为的事实、性质、情节、社会危害程度以及{who}的"
            f"配合调查、整改情况，依照{K('statute', '《中华人民共和国行政处罚法》第三十二条')}"
            f"及本机关行政处罚裁量基准的规定，在法定幅度内作出如下处理。\n"
        )

    def evidence(self, items: list[str]) -> str:
        rows = "".join(f"    {i}.{t}；\n" for i, t in enumerate(items, 1))
        return "    上述事实，有下列证据证明：\n" + rows

    def pay(self, amount: int, collect=True) -> str:
        acct = ""
        if collect:
            acct = (
                f"（收款单位：{self.reg[1]}{self.reg[2]}财政局非税收入专户，账号："
                f"{S('bank_account', self.g.card())}）"
            )
        return (
            f"    当事人应当自收到本决定书之日起十五日内将罚款缴至指定银行{acct}。逾期不缴纳的，"
            f"每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款本数。\n"
        )

    def sign(self, officers=True, note="") -> str:
        o = self.officer_line() if officers else ""
        return (
            f"\n{o}{note}地址：{K('agency_address', self.addr)}　联系电话：{K('agency_phone', self.phone)}"
            f"　监督电话：{K('agency_phone', '12345')}\n\n{K('agency', self.name)}\n"
            f"{K('date', cn(self.day))}\n"
        )


def company(g: Gen, reg, suffix="有限公司", head="91") -> dict:
    w = g.pick(COMPANY_WORDS) + g.pick(COMPANY_WORDS)
    name = f"{reg[1][:-1]}{w}{suffix}"
    return dict(
        name=name,
        code=uscc(g.r, reg[3], head),
        addr=f"{reg[0]}{reg[1]}{reg[2]}{g.pick(reg[9])}{g.r.randint(1, 500)}号",
        rep=g.name(),
        title=g.pick(["执行董事兼总经理", "总经理", "董事长", "执行董事", "经理"]),
    )


def company_block(c: dict, lead="当事人") -> str:
    return (
        f"{lead}：{K('company', c['name'])}\n统一社会信用代码：{K('uscc', c['code'])}\n"
        f"住所：{K('org_address', c['addr'])}\n"
        f"法定代表人：{K('legal_rep', c['rep'])}（{K('legal_rep_title', c['title'])}）\n"
    )


def lawyer_line(g: Gen, reg, agent=False) -> str:
    """A lawyer (public) as the agent; ``agent``: also a non-lawyer employee agent (private)."""
    firm = f"{reg[0][:2]}{g.pick(COMPANY_WORDS)}律师事务所"
    lic = f"1{reg[3][:4]}{g.r.randint(2005, 2022)}1{g.digits(6)}"
    out = (
        f"委托代理人：{K('lawyer', g.name())}，{K('law_firm', firm)}律师，"
        f"执业证号：{K('lawyer_license', lic)}\n"
    )
    if agent:
        emp = Person(g, reg)
        out += (
            f"委托代理人：{emp.n}，该公司员工，身份证号：{emp.id_s()}，"
            f"联系电话：{S('phone', emp.phone(2))}\n"
        )
    return out


def doc(markup, family, hold=False, party="natural", kind="行政处罚决定书", health=False):
    return dict(markup=markup, family=family, hold=hold, party=party, kind=kind, health=health)


def statute(t: str) -> str:
    return K("statute", t)


def amt(n: int) -> str:
    return K("amount", f"{n}元")


# ================================================================ 公安 治安
def d_fight(g: Gen, reg, y, v=0):
    a = Agency(g, reg, f"{reg[1]}公安局{reg[2]}分局", f"{reg[6]}公（治）决字", y, police=True)
    party_born = g.born(1970, 1999)
    if v == 1:  # the party is 16: held
        party_born = dt.date(2010, g.r.randint(1, 12), g.r.randint(1, 28))
    if v == 2:  # exactly 18 on the publication day: not held
        party_born = dt.date(2008, 11, 25)
    p = Person(g, reg, male=True, born=party_born)
    son = Person(g, reg, male=True, born=g.born(1996, 2004))
    victim = Person(g, reg, male=g.r.random() < 0.5)
    wife = Person(g, reg, male=False)
    w1, w2 = Person(g, reg), Person(g, reg, style="dot" if v == 3 else "han")
    boss = Person(g, reg)
    place_shop = f"{reg[2]}{g.pick(reg[9])}{g.r.randint(1, 300)}号“{g.pick(['老街', '夜宵', '串串'])}烧烤”店内"
    id_text = S("id_number", g.pid15(reg, p.born)) if v == 3 else p.id_s(g.r.randint(0, 2))
    guardian = ""
    if v == 1:
        father = Person(g, reg, male=True, lo=1975, hi=1988)
        guardian = f"监护人：{father.n}（系{p.n}之父），联系电话：{S('phone', father.phone(2))}\n"
    m = a.head()
    m += (
        f"违法行为人：{p.n}，性别：男，出生日期：{S('birth_date', cn(p.born))}，"
        f"身份证件种类及号码：居民身份证 {id_text}，"
        f"现住址：{p.home_s()}，联系方式：{S('phone', p.phone(1))}。\n{guardian}\n"
    )
    inj = g.pick(["左侧鼻骨骨折", "右眼眶挫伤、头皮裂伤", "左前臂软组织挫伤", "右手第五掌骨骨折"])
    hurt = v != 2  # v2: nobody hurt, no health statement (not held: the party is exactly 18)
    injury = (
        f"致{victim.n}受伤。经{reg[1]}公安局物证鉴定所鉴定，被侵害人{victim.n}的损伤为{inj}，"
        f"损伤程度属轻微伤。"
        if hurt
        else "因民警及时赶到制止，未造成人员受伤。"
    )
    m += (
        f"    现查明：{a.d(40)}22时许，违法行为人{p.n}与其子{son.n}在{K('location', place_shop)}"
        f"就餐时，因琐事与邻桌的{victim.n}发生口角，后{p.n}持啤酒瓶击打{victim.n}头部，{son.n}"
        f"上前推搡{victim.n}，{injury}{victim.n}之妻{wife.n}随即拨打110报警。"
        f"烧烤店老板{boss.n}及在场食客{w1.n}、{w2.n}等人出面劝阻。\n"
        f"    以上事实有违法行为人{p.n}的陈述和申辩，被侵害人{victim.n}（身份证号码："
        f"{victim.id_s()}，住{victim.home_s()}，电话：{S('phone', victim.phone())}）的陈述，"
        f"证人{w1.n}、{w2.n}、{boss.n}的证人证言，{'鉴定意见通知书，' if hurt else ''}现场监控视频截图等证据证实。"
        f"{son.n}的违法行为另案处理。\n"
    )
    fine = g.pick([500, 800, 1000])
    days = g.pick([5, 7, 10])
    m += (
        f"{a.process('违法行为人')}    根据{statute('《中华人民共和国治安管理处罚法》第四十三条第二款第（二）项')}之规定，"
        f"现决定对违法行为人{p.n}行政拘留{days}日，并处罚款{amt(fine)}。\n"
        f"    执行方式和期限：送{reg[1]}{reg[2]}拘留所执行，罚款于收到本决定书之日起十五日内缴纳。"
        f"被侵害人{victim.n}的{'医疗费用' if hurt else '手机维修费用'}"
        f"{K('amount', str(g.money(3000, 20000)) + '元')}由双方另行协商或通过民事诉讼解决。\n"
    )
    m += a.remedy(f"{reg[1]}{reg[2]}人民法院")
    m += a.sign(
        officers=False,
        note=f"办案民警：{K('officer', a.officers[0][0])}（警号"
        f"{K('officer_cert', a.officers[0][1])}）\n",
    )
    return doc(m, f"fight/v{v}", hold=hurt or v == 1, health=hurt)


def d_gamble(g: Gen, reg, y, v=0):
    a = Agency(g, reg, f"{reg[1]}公安局{reg[2]}分局", f"{reg[6]}公（治）决字", y, police=True)
    host = Person(g, reg, male=v == 0)
    players = [Person(g, reg) for _ in range(6)]
    wife = Person(g, reg, male=False)
    place = f"{g.pick(reg[7])}{g.pick(reg[8])}"
    m = a.head()
    m += (
        f"违法行为人：{host.n}，{host.sex}，{g.pick(['汉族', '壮族', '苗族', '土家族'])}，"
        f"{S('birth_date', f'{host.born.year}年{host.born.month:02d}月{host.born.day:02d}日')}出生，"
        f"公民身份号码{host.id_s()}，户籍所在地{host.home_s(rural=True)}，"
        f"手机{S('phone', host.phone(2))}，无业。\n\n"
    )
    names = "、".join(x.n for x in players[:4])
    stake = g.money(20000, 90000)
    card = g.card(1)
    m += (
        f"    现查明：{a.d(30)}至{a.d(20)}期间，{host.n}在其位于{place}的自建房内"
        f"（该房屋登记在其妻{wife.n}名下），提供麻将机二台，组织{names}等{len(players)}人以"
        f"“推筒子”方式进行赌博，从中抽头渔利。{a.d(20)}21时许，民警在现场查获{host.n}、"
        f"{players[0].n}、{players[4].n}、{players[5].n}，当场收缴赌资{amt(stake)}。经查，"
        f"{host.n}通过其本人在中国农业银行开立的账户（卡号{S('bank_account', card)}）收取"
        f"参赌人员转账，{players[2].n}系驾驶{S('license_plate', g.plate(reg, 5))}号小型轿车"
        f"前往赌博现场。\n"
        f"    上述事实有{host.n}的陈述和申辩，{players[1].n}、{players[3].n}的证言，"
        f"现场检查笔录、辨认笔录、银行交易明细等证据证实。\n"
        f"{a.process('违法行为人')}    根据{statute('《中华人民共和国治安管理处罚法》第七十条')}之规定，现决定对{host.n}"
        f"行政拘留十日，并处罚款{amt(2000)}，收缴赌资{amt(stake)}、赌具麻将机二台。\n"
    )
    m += a.remedy(f"{reg[1]}{reg[2]}人民法院")
    m += a.sign(officers=False)
    return doc(m, f"gamble/v{v}")


# ================================================================ 交通
def d_drunk(g: Gen, reg, y, v=0):
    a = Agency(
        g, reg, f"{reg[1]}公安局交通警察支队{reg[2]}大队", f"{reg[6]}公交决字", y, police=True
    )
    born = g.born(1965, 2000)
    if v == 2:  # a 17-year-old rider without a licence: held
        born = dt.date(2009, g.r.randint(1, 10), g.r.randint(1, 28))
    drv = Person(g, reg, male=True, born=born)
    owner = Person(g, reg, male=False)
    pas = Person(g, reg)
    st = [0, 1, 5, 0, 3][v % 5]
    plate = g.plate(reg, st)
    file_no = reg[3][:4] + g.digits(8)
    pid = drv.pid(want_x=v == 1)
    alc = f"{g.r.randint(21, 79)}.{g.r.randint(0, 9)}"
    m = a.head("公安交通管理行政处罚决定书")
    if v == 2:
        m += (
            f"被处罚人：{drv.n}　性别：男　出生日期：{S('birth_date', cn(drv.born))}\n"
            f"身份证明号码：{S('id_number', pid)}　准驾车型：无\n"
            f"住址：{drv.home_s()}　联系电话：{S('phone', drv.phone())}\n"
            f"监护人：{owner.n}（系其母）　联系电话：{S('phone', owner.phone(2))}\n\n"
            f"    被处罚人于{a.d(12)}19时30分，在{K('location', reg[2] + g.pick(reg[9]) + '与' + g.pick(reg[9]) + '交叉路口')}"
            f"驾驶{S('license_plate', g.plate(reg, 0))}号普通二轮摩托车，实施未取得机动车驾驶证驾驶"
            f"机动车的违法行为，后座搭载同学{pas.n}（15岁），二人均未佩戴安全头盔。\n"
            f"{a.process('被处罚人')}    根据{statute('《中华人民共和国道路交通安全法》第九十九条第一款第（一）项')}，"
            f"决定处以罚款{amt(1000)}。\n"
        )
    else:
        m += (
            f"被处罚人：{drv.n}　性别：男\n驾驶证号：{S('id_number', pid)}　档案编号：{file_no}　"
            f"准驾车型：C1\n身份证明号码：{S('id_number', pid)}\n"
            f"联系电话：{S('phone', drv.phone(g.r.randint(0, 3)))}\n"
            f"住址：{drv.home_s()}\n"
            f"车辆牌号：{S('license_plate', plate)}　车辆类型：小型轿车\n"
            f"机动车所有人：{owner.n}（系被处罚人之妻），行驶证登记住址：{owner.home_s()}\n\n"
            f"    被处罚人于{a.d(35)}23时10分，在{K('location', reg[2] + g.pick(reg[9]) + str(g.r.randint(1, 300)) + '号路段')}"
            f"饮酒后驾驶{S('license_plate', plate)}号小型轿车，被执勤民警{K('officer', a.officers[1][0])}"
            f"当场查获。经呼气酒精含量检测为{alc}mg/100ml，经抽取血样送{reg[1]}司法鉴定中心检验，"
            f"血液中乙醇含量为{alc}mg/100ml，达到饮酒后驾驶机动车标准。同车乘坐人{pas.n}"
            f"（电话{S('phone', pas.phone())}）证实{drv.n}当晚在朋友{Person(g, reg).n}家中饮用白酒。\n"
            f"{a.process('当事人')}    根据{statute('《中华人民共和国道路交通安全法》第九十一条第一款')}，决定对被处罚人"
            f"处以暂扣机动车驾驶证六个月，并处罚款{amt(1500)}。驾驶证档案编号{file_no}记12分。\n"
        )
        if v == 4:
            m += (
                f"    另查明，事发时{drv.n}驾驶的车辆系借用{owner.n}的同事的{S('license_plate', g.plate(reg, 1))}"
                f"号新能源小型轿车，车辆停放于现场后由拖车{S('license_plate', g.plate(reg, 2))}拖离。\n"
            )
        if v == 3:
            m += (
                f"    处理过程中，执勤警车{S('license_plate', g.plate(reg, 4))}在现场设置警示。"
                f"因{drv.n}曾驾驶教练车{S('license_plate', g.plate(reg, 3))}参加科目二考试，"
                f"其教练员{Person(g, reg).n}到场说明情况。\n"
            )
    m += (
        f"    被处罚人持本决定书在十五日内到{K('location', reg[1] + '各工商银行网点')}缴纳罚款。"
        f"逾期不缴纳的，每日按罚款数额的3%加处罚款。\n"
    )
    m += a.remedy(f"{reg[1]}铁路运输法院")
    m += a.sign(officers=True)
    return doc(m, f"drunk/v{v}", hold=v == 2)


def d_transport(g: Gen, reg, y, v=0):
    """交通运输 综合执法: an unlicensed coach hire run by a family, tractor-trailer overload."""
    a = Agency(g, reg, f"{reg[1]}{reg[2]}交通运输局", f"{reg[6]}交执罚", y)
    drv = Person(g, reg, male=True)
    bro = Person(g, reg, male=True)
    pax = [Person(g, reg) for _ in range(4)]
    head_plate, trailer = g.plate(reg, 0), g.plate(reg, 2)
    m = a.head()
    m += (
        f"当事人：{drv.n}　公民身份号码：{drv.id_s(2)}\n"
        f"住址：{drv.home_s(rural=True)}　联系电话：{S('phone', drv.phone())}、"
        f"{S('phone', g.landline(reg, 1))}\n\n"
    )
    if v == 0:
        m += (
            f"    {a.d(50)}，执法人员在{K('location', 'G' + str(g.r.randint(100, 400)) + '国道' + reg[2] + '超限检测站')}"
            f"对牵引车{S('license_plate', head_plate)}、挂车{S('license_plate', trailer)}进行检测，"
            f"车货总质量{g.r.randint(60, 80)}.{g.r.randint(1, 9)}吨，超过限定标准。驾驶人{drv.n}"
            f"称车辆实际所有人为其兄{bro.n}（电话{S('phone', bro.phone(1))}），运费由货主"
            f"{pax[0].n}通过微信转账支付至{bro.n}的银行卡（{S('bank_account', g.card(1))}）。\n"
            f"{a.process('当事人')}    根据{statute('《公路安全保护条例》第六十四条')}，决定罚款{amt(g.money(3000, 20000))}。\n"
        )
    else:
        names = "、".join(x.n for x in pax[:3])
        m += (
            f"    {a.d(20)}，执法人员在{K('location', reg[2] + '汽车站出站口')}查获{drv.n}驾驶"
            f"{S('license_plate', g.plate(reg, 5))}号七座小型普通客车，未取得道路运输经营许可，"
            f"搭载乘客{names}等{len(pax)}人前往{reg[1]}，每人收取车费{amt(g.r.randint(40, 90))}。"
            f"乘客{pax[3].n}（联系电话{S('phone', pax[3].phone(2))}）证实通过“拼车群”联系{drv.n}，"
            f"群主系{drv.n}之兄{bro.n}。\n"
            f"{a.process('当事人')}    根据{statute('《中华人民共和国道路运输条例》第六十三条')}，决定罚款"
            f"{amt(g.money(5000, 20000))}。\n"
        )
    m += a.remedy(f"{reg[1]}{reg[2]}人民法院")
    m += a.sign()
    return doc(m, f"transport/v{v}")


# ================================================================ 劳动保障监察
def d_wages(g: Gen, reg, y, v=0):
    a = Agency(g, reg, f"{reg[1]}{reg[2]}人力资源和社会保障局", f"{reg[6]}人社监罚", y)
    c = company(g, reg, "建筑工程有限公司")
    foreman = Person(g, reg, male=True)
    builder = Person(g, reg, male=True)
    nephew = Person(g, reg, male=True)
    workers = [
        Person(g, reg, male=g.r.random() < 0.8, style="undotted" if i == 5 and v == 2 else "han")
        for i in range(g.r.randint(6, 9))
    ]
    site = f"{reg[2]}{g.pick(reg[9])}“{g.pick(COMPANY_WORDS)}府”二期项目"
    m = a.head("劳动保障监察行政处理决定书" if v == 1 else "劳动保障监察行政处罚决定书")
    m += company_block(c, "用人单位")
    if v != 1:
        m += lawyer_line(g, reg)
    m += (
        f"    {a.d(60)}，本局接到{workers[0].n}等{len(workers)}名农民工投诉，反映在"
        f"{K('location', site)}务工期间被拖欠工资。经查：{K('company', c['name'])}承建该项目后，"
        f"将木工劳务分包给不具备用工主体资格的实际施工人{builder.n}（身份证号{builder.id_s()}），"
        f"{builder.n}又委托包工头{foreman.n}（手机{S('phone', foreman.phone(v % 4))}）招用工人，"
        f"考勤由{foreman.n}的侄子{nephew.n}负责记录。截至{a.d(45)}，拖欠下列工人工资：\n"
    )
    total = 0
    if v == 0:
        m += "序号\t姓名\t身份证号码\t工资卡号\t拖欠金额（元）\n"
        for i, w in enumerate(workers, 1):
            owed = g.money(4000, 30000)
            total += owed
            m += (
                f"{i}\t{w.n}\t{w.id_s()}\t{S('bank_account', g.card())}\t"
                f"{K('amount', f'{owed:.2f}')}\n"
            )
    elif v == 1:
        for i, w in enumerate(workers, 1):
            owed = g.money(4000, 30000)
            total += owed
            m += (
                f"{i}. {w.n}，{w.sex}，身份证号{w.id_s(1 if i == 2 else 0)}，"
                f"农民工工资专用账户代发卡号{S('bank_account', g.card(1))}，"
                f"拖欠工资{K('amount', f'{owed}元')}；\n"
            )
    else:
        m += "│姓名│身份证号│开户行及卡号│金额│\n"
        for w in workers:
            owed = g.money(4000, 30000)
            total += owed
            m += (
                f"│{w.n}│{w.id_s()}│中国建设银行{reg[1][:-1]}分行 {S('bank_account', g.card(1))}│"
                f"{K('amount', f'{owed}元')}│\n"
            )
    others = "、".join(w.n for w in workers[1:4])
    m += (
        f"    合计拖欠工资{K('amount', f'{total}元')}。其中{others}系{workers[0].n}的同乡工友，"
        f"{workers[-1].n}系{foreman.n}之妻弟。{builder.n}已于{a.d(40)}携款离开，"
        f"{K('company', c['name'])}作为总承包单位应当承担清偿责任。\n"
        f"    本局于{a.d(30)}向该单位送达《劳动保障监察责令改正决定书》，该单位逾期未改正。"
        f"{a.process('该单位')}    根据{statute('《保障农民工工资支付条例》第五十四条第一款')}，决定如下：\n"
        f"    1.责令{K('company', c['name'])}于十日内支付拖欠工资{K('amount', f'{total}元')}；\n"
        f"    2.处罚款{amt(g.money(20000, 50000, 1000))}。\n"
    )
    if v == 2:
        m += (
            f"    工人{workers[5].n}（{S('phone', workers[5].phone(3))}）因在{foreman.n}处借支"
            f"{K('amount', '2000元')}，其实际应付金额由双方另行结算。\n"
        )
    m += a.remedy(f"{reg[1]}{reg[2]}人民法院")
    m += a.sign()
    return doc(m, f"wages/v{v}", party="legal")


def d_wages_person(g: Gen, reg, y, v=0):
    """A natural-person contractor (包工头) penalised; the workers listed with 等N人."""
    a = Agency(g, reg, f"{reg[1]}{reg[2]}人力资源和社会保障局", f"{reg[6]}人社监罚", y)
    boss = Person(g, reg, male=True)
    wife = Person(g, reg, male=False)
    ws = [Person(g, reg) for _ in range(7)]
    m = a.head(marking="公开方式：主动公开" if v == 1 else "")
    m += (
        f"当事人：{boss.n}（个人承包经营者）　性别：男\n"
        f"出生年月：{S('birth_date', f'{boss.born.year}年{boss.born.month}月')}\n"
        f"身份证号码：{S('id_number', boss.pid())}\n住所：{boss.home_s()}\n"
        f"电话：{S('phone', boss.phone(1))}；电子邮箱：{S('email', g.pick(['zz', 'lgb', 'hbz', 'wxm']) + g.digits(6) + '@163.com')}\n\n"
        f"    经查，{boss.n}于{y}年承接{K('location', reg[2] + g.pick(reg[7]) + '安置小区外墙涂料工程')}，"
        f"招用{'、'.join(x.n for x in ws[:3])}等{len(ws)}人施工，工程结束后以发包方未结算为由拒不支付"
        f"工资共计{amt(g.money(60000, 200000))}。工人{ws[3].n}、{ws[4].n}称，工资一直由{boss.n}"
        f"之妻{wife.n}通过其个人账户{S('bank_account', g.card())}发放，{wife.n}的联系电话为"
        f"{S('phone', wife.phone(2))}。{ws[5].n}、{ws[6].n}系父子，二人合计被欠"
        f"{amt(g.money(20000, 40000))}。\n"
        f"    以上事实有投诉登记表、{ws[3].n}等人的询问笔录、考勤表、微信聊天记录等证据证明。"
        f"\n{a.process('当事人')}    根据{statute('《劳动保障监察条例》第二十六条')}，决定责令{boss.n}支付拖欠工资，"
        f"并按应付金额百分之五十的标准加付赔偿金。\n"
    )
    m += a.remedy(f"{reg[1]}{reg[2]}人民法院")
    m += a.sign()
    return doc(m, f"wagesp/v{v}")


# ================================================================ 卫生健康
def d_clinic(g: Gen, reg, y, v=0):
    a = Agency(g, reg, f"{reg[1]}{reg[2]}卫生健康局", f"{reg[6]}卫医罚", y)
    doc_ = Person(g, reg, male=True)
    nurse = Person(g, reg, male=False)
    nurse2 = Person(g, reg, male=False)
    pats = [Person(g, reg) for _ in range(3)]
    mom = Person(g, reg, male=False)
    cert_no = "1" + g.digits(14)
    m = a.head()
    party = "legal"
    if v in (0, 2):
        c = company(g, reg, "门诊部有限公司" if v == 0 else "医疗美容诊所有限公司")
        m += company_block(c)
        m += f"医疗机构执业许可证登记号：{K('license_no', 'PDY' + g.digits(5) + '-' + reg[3] + '17D1' + g.digits(3))}\n"
        m += f"执业地址：{K('location', reg[2] + g.pick(reg[9]) + str(g.r.randint(1, 300)) + '号')}\n\n"
        who = K("company", c["name"])
    else:
        party = "natural"
        m += (
            f"当事人：{doc_.n}（{K('company', reg[2] + doc_.name[0] + '氏中医诊所')}经营者）\n"
            f"统一社会信用代码：{K('uscc', uscc(g.r, reg[3], '92'))}\n"
            f"经营场所：{K('location', reg[2] + g.pick(reg[9]) + str(g.r.randint(1, 300)) + '号')}\n"
            f"经营者身份证号：{doc_.id_s()}　手机：{S('phone', doc_.phone())}\n\n"
        )
        who = doc_.n
    ill = v in (0, 2)  # a diagnosis or symptom named: held for health; v1, v3 name none
    diag = g.pick(["2型糖尿病", "急性化脓性扁桃体炎", "早孕（孕8周）", "腰椎间盘突出症"])
    m += (
        f"    {a.d(40)}，本局卫生监督员对{who}进行监督检查，发现医师{doc_.n}（医师执业证书编码"
        f"{cert_no}）的执业地点未变更注册至该机构，护士{nurse.n}未取得护士执业证书即从事静脉输液等"
        f"护理活动，另一名护士{nurse2.n}的执业证书已过有效期。现场查见患者{pats[0].n}"
        f"（{S('phone', pats[0].phone(2))}）正在接受输液{'，门诊日志记载其诊断为“' + diag + '”' if ill else ''}。"
        f"调取{a.d(60)}至{a.d(41)}的处方笺，显示{nurse.n}独立为患者{pats[1].n}、{pats[2].n}"
        f"开具处方{g.r.randint(6, 30)}张。患者{pats[2].n}之母{mom.n}陈述，其女儿"
        f"{'因输液后出现皮疹，曾向该诊所投诉' if ill else '在该诊所就诊时未见医师在场'}。\n"
        f"    以上事实有现场笔录、{doc_.n}和{nurse.n}的询问笔录、门诊日志、处方笺复印件、照片等证据为证。\n"
        f"{a.process('当事人', heard=v == 0)}    本局认为，当事人的行为违反了{statute('《医疗机构管理条例》第二十七条')}和"
        f"{statute('《护士条例》第二十一条')}的规定。依据{statute('《医疗机构管理条例》第四十七条')}，"
        f"决定给予警告，并处罚款{amt(g.money(5000, 30000, 1000))}。\n"
    )
    if v == 2:
        m += (
            f"    本决定书不涉及国家秘密、商业秘密，当事人申请对求美者{pats[1].n}的病历资料予以保护，"
            f"本局已在公开时隐去。\n"
        )
    m += a.pay(10000)
    m += a.remedy(f"{reg[1]}{reg[2]}人民法院")
    m += a.sign()
    return doc(m, f"clinic/v{v}", party=party, hold=ill, health=ill)


def d_illegal_med(g: Gen, reg, y, v=0):
    """非法行医 by a private person at home; patients and a death in the family."""
    a = Agency(g, reg, f"{reg[1]}{reg[2]}卫生健康局", f"{reg[6]}卫医罚", y)
    p = Person(g, reg, male=False, style="dot" if v == 1 else "han")
    husband = Person(g, reg, male=True)
    pats = [Person(g, reg) for _ in range(4)]
    m = a.head()
    m += (
        f"当事人：{p.n}，{p.sex}，民族：{'维吾尔族' if v == 1 else '汉族'}，"
        f"出生日期：{S('birth_date', cn(p.born))}\n身份证号：{p.id_s()}\n"
        f"现住址：{p.home_s(rural=True)}\n联系电话：{S('phone', p.phone())}\n\n"
        f"    {a.d(30)}，本局接到{pats[0].n}（电话{S('phone', pats[0].phone(1))}）举报，称其父"
        f"{pats[1].n}{'在' + p.n + '处打针后高烧不退' if v == 0 else '常年在' + p.n + '处打针'}。经查，{p.n}未取得《医疗机构执业许可证》和医师资格，"
        f"自{y - 1}年起在其家中为村民{'、'.join(x.n for x in pats[1:])}等人注射青霉素、"
        f"头孢类药品，{p.n}的丈夫{husband.n}负责收费，收款二维码绑定{husband.n}的银行卡"
        f"{S('bank_account', g.card(1))}。"
        f"{pats[1].n + '现经' + reg[1] + '第一人民医院诊断为“药物过敏性休克（已好转）”。' if v == 0 else ''}违法所得{amt(g.money(1000, 9000))}。\n"
        f"{a.process('当事人')}    依据{statute('《中华人民共和国基本医疗卫生与健康促进法》第九十九条第一款')}，决定没收违法所得"
        f"及药品器械，并处罚款{amt(g.money(30000, 90000, 1000))}。\n"
    )
    m += a.remedy(f"{reg[1]}{reg[2]}人民法院")
    m += a.sign()
    return doc(m, f"illegalmed/v{v}", hold=v == 0, health=v == 0)


# ================================================================ 教育 / 培训
def d_training(g: Gen, reg, y, v=0):
    a = Agency(g, reg, f"{reg[1]}{reg[2]}教育局", f"{reg[6]}教罚", y)
    kids = [
        Person(
            g, reg, born=dt.date(g.r.randint(2011, 2016), g.r.randint(1, 12), g.r.randint(1, 28))
        )
        for _ in range(4)
    ]
    parents = [Person(g, reg, lo=1978, hi=1990) for _ in range(2)]
    teachers = [Person(g, reg, lo=1990, hi=2002) for _ in range(2)]
    m = a.head()
    party = "legal"
    if v == 0:
        c = company(g, reg, "教育咨询有限公司")
        m += company_block(c)
        who = K("company", c["name"])
    else:
        party = "natural"
        op = Person(g, reg, male=False, lo=1980, hi=1995)
        m += (
            f"当事人：{op.n}，女，{S('birth_date', cn(op.born))}生，身份证号{op.id_s()}，"
            f"住{op.home_s()}，联系电话{S('phone', op.phone(2))}，电子邮箱"
            f"{S('email', 'teacher_' + g.digits(5) + '@qq.com')}。\n\n"
        )
        who = op.n
    place = f"{reg[2]}{g.pick(reg[9])}{g.r.randint(1, 300)}号{g.r.randint(2, 9)}楼"
    m += (
        f"    {a.d(25)}，本局接到家长{parents[0].n}（学生{kids[0].n}的母亲，电话"
        f"{S('phone', parents[0].phone())}）投诉，反映{who}在{K('location', place)}未经审批面向"
        f"中小学生开展学科类校外培训。经查，当事人招收{'、'.join(k.n for k in kids)}等"
        f"{g.r.randint(18, 40)}名中小学生参加数学、英语培训，其中{kids[1].n}"
        f"（{age_on(kids[1].born, a.day)}岁）、{kids[2].n}系{reg[2]}实验小学学生。授课教师{teachers[0].n}、"
        f"{teachers[1].n}系{reg[2]}某中学在职教师。学费由家长转入{teachers[0].n}的个人账户"
        f"{S('bank_account', g.card(1))}，监护人{parents[1].n}（{kids[3].n}之父，"
        f"身份证号{parents[1].id_s()}）提供了转账记录。\n"
        f"{a.process('当事人')}    依据{statute('《中华人民共和国民办教育促进法》第六十四条')}，决定责令停止违法行为，"
        f"退还所收费用，没收违法所得{amt(g.money(10000, 60000))}，并处罚款{amt(g.money(20000, 80000, 1000))}。\n"
    )
    m += a.remedy(f"{reg[1]}{reg[2]}人民法院")
    m += a.sign()
    return doc(m, f"training/v{v}", party=party)


def d_school_minor_party(g: Gen, reg, y, v=0):
    """公安: a 15-year-old pupil in a school fight as the party: held."""
    a = Agency(g, reg, f"{reg[1]}公安局{reg[2]}分局", f"{reg[6]}公（治）决字", y, police=True)
    kid = Person(g, reg, male=True, born=dt.date(2011, g.r.randint(1, 12), g.r.randint(1, 28)))
    mom = Person(g, reg, male=False, lo=1980, hi=1990)
    vic = Person(g, reg, male=True, born=dt.date(2011, g.r.randint(1, 12), g.r.randint(1, 28)))
    teacher = Person(g, reg, male=False, lo=1985, hi=1998)
    m = a.head()
    m += (
        f"违法行为人：{kid.n}，男，{S('birth_date', cn(kid.born))}出生，身份证号码{kid.id_s()}，"
        f"系{reg[2]}第二中学初三学生，住{kid.home_s()}。\n"
        f"监护人：{mom.n}（系{kid.n}之母），电话{S('phone', mom.phone(1))}。\n\n"
        f"    现查明：{a.d(15)}，{kid.n}在校门外殴打同学{vic.n}，致其面部软组织挫伤。"
        f"班主任{teacher.n}到场制止。\n"
        f"{a.process('违法行为人及其监护人')}    根据{statute('《中华人民共和国治安管理处罚法》第四十三条第一款')}、"
        f"{statute('《中华人民共和国治安管理处罚法》第十二条')}，决定对{kid.n}处以警告。\n"
    )
    m += a.remedy(f"{reg[1]}{reg[2]}人民法院")
    m += a.sign(officers=False)
    return doc(m, f"minorparty/v{v}", hold=True, health=True)


# ================================================================ 民政 / 殡葬
def d_funeral(g: Gen, reg, y, v=0):
    a = Agency(g, reg, f"{reg[1]}{reg[2]}民政局", f"{reg[6]}民罚", y)
    son = Person(g, reg, male=True)
    dead = Person(g, reg, male=True, lo=1935, hi=1950)
    daughter = Person(g, reg, male=False)
    master = Person(g, reg, male=True)
    m = a.head()
    if v == 0:
        m += (
            f"当事人：{son.n}，男，身份证号码：{son.id_s()}，住{son.home_s(rural=True)}，"
            f"联系电话：{S('phone', son.phone())}。\n\n"
            f"    经查，当事人之父{dead.n}（身份证号{S('id_number', g.pid15(reg, dead.born))}）于"
            f"{a.d(60)}在家中去世。当事人与其妹{daughter.n}未按规定将遗体火化，委托"
            f"“道士先生”{master.n}操办，在{K('location', reg[2] + g.pick(reg[7]) + g.pick(reg[8]) + '后山林地')}"
            f"修建坟墓一座并土葬。{daughter.n}（电话{S('phone', daughter.phone(2))}）承认"
            f"丧葬费用由其本人支付。\n"
            f"{a.process('当事人')}    依据{statute('《殡葬管理条例》第二十条')}，决定责令当事人限期改正。\n"
        )
        party, fam = "natural", "funeral"
    else:
        c = company(g, reg, "养老服务有限公司")
        olds = [Person(g, reg, lo=1930, hi=1948) for _ in range(3)]
        worker = Person(g, reg, male=False)
        m += company_block(c)
        m += (
            f"\n    {a.d(20)}，本局对{K('company', c['name'])}开办的养老院检查发现：护理员{worker.n}"
            f"未经培训上岗；入住老人{olds[0].n}（{a.day.year - olds[0].born.year}岁{'，患阿尔茨海默病' if v == 1 else ''}）"
            f"夜间走失，由其子{son.n}（电话{S('phone', son.phone(1))}）寻回；老人{olds[1].n}、"
            f"{olds[2].n}的床位费由其女{daughter.n}通过银行卡{S('bank_account', g.card(1))}缴纳。\n"
            f"{a.process('当事人')}    依据{statute('《养老机构管理办法》第四十六条')}，决定给予警告，并处罚款"
            f"{amt(g.money(5000, 30000, 1000))}。\n"
        )
        party, fam = "legal", "eldercare"
    m += a.remedy(f"{reg[1]}{reg[2]}人民法院")
    m += a.sign()
    return doc(m, f"{fam}/v{v}", party=party, hold=v == 1, health=v == 1)


# ================================================================ 市场监管 个体工商户
def d_market(g: Gen, reg, y, v=0):
    a = Agency(g, reg, f"{reg[1]}{reg[2]}市场监督管理局", f"{reg[6]}市监罚", y)
    op = Person(g, reg, male=g.r.random() < 0.5, style="dot" if v == 3 else "han")
    spouse = Person(g, reg, male=not op.male)
    clerk = Person(g, reg)
    cons = [Person(g, reg) for _ in range(3)]
    shopname = f"{reg[2]}{g.pick(['老', '鑫', '惠民'])}{g.pick(['粮油', '副食', '生鲜', '五金'])}店"
    place = f"{reg[2]}{g.pick(reg[9])}{g.r.randint(1, 300)}号"
    marking = ""
    hold = False
    if v == 1:
        marking = "秘密★1年"
        hold = True
    elif v == 2:
        marking = "内部资料　注意保存"
        hold = True
    m = a.head(marking=marking)
    m += (
        f"当事人：{K('company', shopname)}（个体工商户）\n"
        f"统一社会信用代码：{K('uscc', uscc(g.r, reg[3], '92'))}\n"
        f"经营场所：{K('location', place)}\n"
        f"食品经营许可证编号：{K('license_no', 'JY' + g.pick('12') + reg[3] + g.digits(7))}\n经营者：{op.n}　性别：{op.sex}\n"
        f"身份证号码：{op.id_s(g.r.randint(0, 2))}\n"
        f"住所：{op.home_s()}\n联系电话：{S('phone', op.phone(g.r.randint(0, 3)))}\n\n"
    )
    prod = g.pick(
        ["过期食用植物油", "“三无”电热水壶", "标签不符合规定的预包装食品", "未经检验的电线"]
    )
    m += (
        f"    {a.d(45)}，本局接消费者{cons[0].n}（{S('phone', cons[0].phone(1))}）投诉，反映其在"
        f"当事人处购买到{prod}。执法人员对当事人经营场所检查时，{op.n}不在场，由其"
        f"{'妻子' if op.male else '丈夫'}{spouse.n}及店员{clerk.n}配合检查。现场查获{prod}"
        f"{g.r.randint(10, 90)}件。经查，当事人自{a.d(200)}起购进涉案商品，货款通过{op.n}的"
        f"个人银行账户（{S('bank_account', g.card(g.r.randint(0, 1)))}）支付给供货人"
        f"{cons[1].n}，送货车辆为{S('license_plate', g.plate(reg, 1 if v % 2 else 0))}。"
        f"消费者{cons[2].n}亦在该店购买同类商品。违法所得{amt(g.money(300, 5000, 10))}。\n"
        f"    以上事实有现场笔录、{op.n}的询问笔录、{spouse.n}的证言、进货单据等证据证实。\n"
        f"{a.process('当事人')}    依据{statute('《中华人民共和国食品安全法》第一百二十四条第一款')}，决定没收违法所得"
        f"及涉案商品，并处罚款{amt(g.money(5000, 50000, 1000))}。\n"
    )
    if v == 4:
        m += (
            "    当事人提出其进货渠道及价格属于商业秘密，本局经审查认为本决定书不涉及国家秘密、"
            "商业秘密和个人隐私，依法予以公开。\n"
        )
    m += a.pay(10000, collect=v == 0)
    m += a.remedy(f"{reg[1]}{reg[2]}人民法院")
    m += a.sign()
    return doc(m, f"market/v{v}", hold=hold)


def d_market_secret(g: Gen, reg, y, v=0):
    """A company case whose text states it holds trade secrets: held."""
    a = Agency(g, reg, f"{reg[1]}{reg[2]}市场监督管理局", f"{reg[6]}市监罚", y)
    c = company(g, reg, "食品科技有限公司")
    emp = Person(g, reg)
    rival = company(g, reg, "生物科技有限公司")
    m = a.head()
    m += company_block(c)
    m += (
        f"\n    经查，当事人通过其员工{emp.n}（原系{K('company', rival['name'])}研发部工程师，"
        f"电话{S('phone', emp.phone())}）获取该公司的发酵工艺参数，并用于生产。"
        f"本决定书第三部分载有权利人的商业秘密（工艺参数及客户名单），公开前应作处理。\n"
        f"{a.process('当事人')}    依据{statute('《中华人民共和国反不正当竞争法》第二十一条')}，决定责令停止违法行为，"
        f"罚款{amt(g.money(100000, 400000, 10000))}。\n"
    )
    m += a.remedy(f"{reg[1]}{reg[2]}人民法院")
    m += a.sign()
    return doc(m, "secret/v0", hold=True, party="legal")


# ================================================================ 文旅
def d_tourism(g: Gen, reg, y, v=0):
    a = Agency(g, reg, f"{reg[1]}{reg[2]}文化和旅游局", f"{reg[6]}文旅罚", y)
    guide = Person(g, reg, male=g.r.random() < 0.5)
    driver = Person(g, reg, male=True)
    tourists = [Person(g, reg) for _ in range(5)]
    shop_owner = Person(g, reg)
    c = company(g, reg, "国际旅行社有限公司")
    gcert = f"D-{reg[3][:4]}-{g.digits(6)}"
    m = a.head()
    if v == 0:
        m += (
            f"当事人：{guide.n}，{guide.sex}，导游证号：{gcert}，身份证号：{guide.id_s()}，"
            f"住址：{guide.home_s()}，联系电话：{S('phone', guide.phone(2))}。\n\n"
        )
        party = "natural"
        subj = guide.n
    else:
        m += company_block(c)
        party = "legal"
        subj = K("company", c["name"])
    m += (
        f"    经查，{a.d(30)}，{K('company', c['name'])}委派导游{guide.n}带领由游客"
        f"{'、'.join(t.n for t in tourists[:4])}等{g.r.randint(20, 38)}人组成的旅游团，"
        f"乘坐{driver.n}驾驶的{S('license_plate', g.plate(reg, 0))}号大型客车，前往"
        f"{K('location', reg[2] + g.pick(['古城', '翡翠', '玉器']) + '购物中心')}购物，"
        f"该购物场所未在旅游合同中约定。游客{tourists[4].n}（手机{S('phone', tourists[4].phone(1))}，"
        f"电子邮箱{S('email', 'trip' + g.digits(6) + '@126.com')}）因拒绝购物被{guide.n}言语辱骂，"
        f"事后向本局投诉。购物中心负责人{shop_owner.n}承认按消费额的30%向{guide.n}支付“人头费”，"
        f"款项转入{guide.n}的银行卡{S('bank_account', g.card(1))}。游客{tourists[1].n}的护照号码"
        f"{S('passport', g.pick('EG') + g.digits(8))}记载于团队名单。\n"
        f"{a.process('当事人')}    依据{statute('《中华人民共和国旅游法》第九十八条')}，决定对{subj}没收违法所得"
        f"{amt(g.money(2000, 9000))}，并处罚款{amt(g.money(10000, 50000, 1000))}。\n"
    )
    m += a.remedy(f"{reg[1]}{reg[2]}人民法院")
    m += a.sign()
    return doc(m, f"tourism/v{v}", party=party)


# ================================================================ 应急管理
def d_safety(g: Gen, reg, y, v=0):
    a = Agency(g, reg, f"{reg[1]}{reg[2]}应急管理局", f"（{reg[6]}）应急罚", y)
    c = company(g, reg, "机械制造有限公司")
    injured = Person(g, reg, male=True)
    mates = [Person(g, reg) for _ in range(3)]
    foreman = Person(g, reg)
    widow = Person(g, reg, male=False)
    m = a.head(marking="此件不公开" if v == 2 else "")
    m += company_block(c)
    m += lawyer_line(g, reg, agent=v == 3)
    inj = g.pick(["右手食指、中指离断", "左小腿开放性骨折", "腰椎压缩性骨折"])
    hurt = v in (0, 2)  # v1, v3: a near miss, nobody hurt
    what = (
        f"{inj}，被工友{mates[0].n}、{mates[1].n}送往{reg[1]}第二人民医院救治，"
        f"住院{g.r.randint(10, 40)}天，现已出院"
        if hurt
        else f"冲床滑块意外下行，险些压到其手部，工友{mates[0].n}、{mates[1].n}及时拉闸停机，"
        f"未造成人员伤亡"
    )
    m += (
        f"\n    {a.d(70)}14时20分许，当事人车间操作工{injured.n}（身份证号{injured.id_s()}）在"
        f"{K('location', c['addr'] + '三号车间')}操作冲床时，{what}。班组长"
        f"{foreman.n}证实，冲床双手按钮已被拆除，{mates[2].n}等人曾多次反映。{injured.n}之妻"
        f"{widow.n}（电话{S('phone', widow.phone(2))}）{'称工伤赔偿款尚未到位' if hurt else '向本局反映了该车间的隐患'}。\n"
        f"    经查，{mates[0].n}、{injured.n}未经安全生产教育和培训即上岗作业，违反了"
        f"{statute('《中华人民共和国安全生产法》第二十八条第一款')}的规定。\n"
        f"{a.process('当事人', heard=True)}    依据{statute('《中华人民共和国安全生产法》第九十七条第（三）项')}，决定罚款"
        f"{amt(g.money(20000, 90000, 1000))}。\n"
    )
    if v == 1:
        m += (
            f"    另查明，{foreman.n}的工号为{g.digits(6)}，住{foreman.home_s()}，"
            f"手机{S('phone', foreman.phone(3))}。\n"
        )
    m += a.remedy(f"{reg[1]}{reg[2]}人民法院")
    m += a.sign()
    return doc(m, f"safety/v{v}", party="legal", hold=hurt, health=hurt)


# ================================================================ 住建
def d_housing(g: Gen, reg, y, v=0):
    a = Agency(g, reg, f"{reg[1]}{reg[2]}住房和城乡建设局", f"{reg[6]}住建罚", y)
    owner = Person(g, reg)
    co_owner = Person(g, reg, male=not owner.male)
    tenants = [Person(g, reg, lo=1990, hi=2004) for _ in range(5)]
    agent = Person(g, reg)
    pc = f"{reg[5][0]}（{y - g.r.randint(2, 9)}）{reg[1]}不动产权第{g.digits(7)}号"
    flat = f"{reg[2]}{g.urban(reg)}"
    m = a.head()
    m += (
        f"当事人：{owner.n}　身份证号：{owner.id_s(1 if v else 0)}\n"
        f"住址：{owner.home_s(rural=False)}　电话：{S('phone', owner.phone(1))}\n\n"
    )
    if v == 0:
        m += (
            f"    经查，当事人与其配偶{co_owner.n}共有的房屋（不动产权证书号{S('property_cert', pc)}）"
            f"位于{flat}，当事人将客厅分隔为{g.r.randint(4, 6)}间出租，租户"
            f"{'、'.join(t.n for t in tenants[:4])}等人均在此居住，租金由中介{agent.n}"
            f"（电话{S('phone', agent.phone(2))}）代收后转入当事人银行卡{S('bank_account', g.card(1))}。"
            f"租户{tenants[4].n}称其居住的隔间无窗。\n"
            f"{a.process('当事人')}    依据{statute('《商品房屋租赁管理办法》第二十三条')}，决定责令限期改正，并处罚款"
            f"{amt(g.money(1000, 9000))}。\n"
        )
    else:
        c = company(g, reg, "物业服务有限公司")
        m += (
            f"    经查，当事人在其所有的房屋（{S('property_cert', pc)}）装修中擅自拆除承重墙。"
            f"{K('company', c['name'])}（法定代表人{K('legal_rep', c['rep'])}）的物业管理员发现后报告本局。"
            f"楼下业主{tenants[0].n}、{tenants[1].n}反映墙体开裂，装修工长{agent.n}承认系受"
            f"{owner.n}指使施工，施工车辆{S('license_plate', g.plate(reg, 1))}停放于小区内。\n"
            f"{a.process('当事人')}    依据{statute('《住宅室内装饰装修管理办法》第三十八条第（一）项')}，决定责令改正，并处罚款"
            f"{amt(g.money(5000, 10000))}。\n"
        )
    m += a.remedy(f"{reg[1]}{reg[2]}人民法院")
    m += a.sign()
    return doc(m, f"housing/v{v}")


# ================================================================ process documents (held)
def d_record(g: Gen, reg, y, v=0):
    a = Agency(
        g,
        reg,
        f"{reg[1]}{reg[2]}市场监督管理局" if v == 0 else f"{reg[1]}公安局{reg[2]}分局",
        f"{reg[6]}市监询" if v == 0 else f"{reg[6]}公询",
        y,
    )
    p = Person(g, reg)
    wife = Person(g, reg, male=False)
    title = "询问笔录" if v == 0 else "现场检查笔录"
    m = f"{K('agency', a.name)}\n{title}\n\n"
    m += (
        f"时间：{K('date', cn(a.day))}9时10分至10时05分\n"
        f"地点：{K('location', reg[2] + g.pick(reg[9]) + str(g.r.randint(1, 300)) + '号')}\n"
        f"询问（检查）人：{K('officer', a.officers[0][0])}、{K('officer', a.officers[1][0])}　"
        f"记录人：{K('officer', a.officers[1][0])}\n"
        f"被询问（检查）人：{p.n}　性别：{p.sex}　身份证号：{p.id_s()}\n"
        f"住址：{p.home_s()}　电话：{S('phone', p.phone())}\n\n"
        f"问：我们是{K('agency', a.name)}的执法人员，现依法向你调查，你有陈述和申辩的权利，听清楚了吗？\n"
        f"答：听清楚了。\n问：请介绍一下你的基本情况。\n答：我叫{p.n}，今年{age_on(p.born, a.day)}岁，"
        f"初中文化，户籍在{reg[2]}，平时就住在上面说的地址，手机号码就是刚才报的那个，"
        f"另外还有一个备用号码{S('phone', g.mobile(2))}。\n问：店里的货是谁进的？\n答：是我老婆{wife.n}进的，她的电话是"
        f"{S('phone', wife.phone(2))}。\n问：你经营的店铺叫什么名字？营业执照登记的经营者是谁？\n"
        f"答：店名叫{K('company', reg[2] + p.name[0] + '记便利店')}，执照登记在我名下，平时我和我老婆一起看店，"
        f"我儿子{Person(g, reg, male=True, lo=1998, hi=2004).n}放假时也来帮忙。\n"
        f"问：今天执法人员在你店里货架上查到的这些商品，是从哪里进的货？有没有进货票据？\n"
        f"答：是从{reg[1]}批发市场一个姓{g.pick(SURNAMES[:40])}的老板那里进的，没有票据，"
        f"货款是用我的银行卡{S('bank_account', g.card(1))}转过去的。\n"
        f"问：这些商品你进了多少，卖了多少？\n答：进了两箱，卖了大概十几件，一件赚三四块钱。\n"
        f"问：你平时开什么车去进货？\n答：开我自己的面包车，车牌是{S('license_plate', g.plate(reg, 0))}。\n"
        f"问：以上所说是否属实？还有什么补充？\n答：属实，没有补充，我愿意配合调查处理。\n"
        f"以上笔录我已看过，与我说的相符。\n"
        f"被询问人签名：{p.n}　{K('date', cn(a.day))}\n"
        "（以下无正文）\n"
    )
    return doc(m, f"record/v{v}", hold=True, kind=title)


def d_onapply(g: Gen, reg, y, v=0):
    """Disclosure attribute 依申请公开: held."""
    a = Agency(g, reg, f"{reg[1]}{reg[2]}人力资源和社会保障局", f"{reg[6]}人社监罚", y)
    c = company(g, reg, "劳务派遣有限公司")
    w = [Person(g, reg) for _ in range(3)]
    m = f"公开属性：依申请公开\n{a.head()}"
    m += company_block(c)
    m += (
        f"\n    经查，当事人未依法为派遣员工{w[0].n}、{w[1].n}、{w[2].n}缴纳社会保险费，"
        f"{w[0].n}的联系电话为{S('phone', w[0].phone())}。\n{a.process('当事人')}    依据"
        f"{statute('《劳务派遣暂行规定》第二十条')}，决定罚款{amt(g.money(10000, 50000, 1000))}。\n"
    )
    m += a.remedy(f"{reg[1]}{reg[2]}人民法院")
    m += a.sign()
    return doc(m, "onapply/v0", hold=True, party="legal")


def plan():
    items = []
    items += [(d_fight, v) for v in range(5)]
    items += [(d_gamble, v) for v in range(2)]
    items += [(d_drunk, v) for v in range(6)]
    items += [(d_transport, v) for v in range(2)]
    items += [(d_wages, v) for v in range(4)]
    items += [(d_wages_person, v) for v in range(2)]
    items += [(d_clinic, v) for v in range(4)]
    items += [(d_illegal_med, v) for v in range(2)]
    items += [(d_training, v) for v in range(3)]
    items += [(d_school_minor_party, 0)]
    items += [(d_funeral, v) for v in range(3)]
    items += [(d_market, v) for v in range(6)]
    items += [(d_market_secret, 0)]
    items += [(d_tourism, v) for v in range(3)]
    items += [(d_safety, v) for v in range(4)]
    items += [(d_housing, v) for v in range(3)]
    items += [(d_record, v) for v in range(2)]
    items += [(d_onapply, 0)]
    rng = random.Random(SEED + 1)
    rng.shuffle(items)
    out = []
    for i, (f, v) in enumerate(items):
        reg = REGIONS[i % len(REGIONS)]
        if v == 1 and f in (d_illegal_med,) or (f is d_market and v == 3):
            reg = REGIONS[8]
        out.append((f, reg, 2024 + i % 3, v))
    return out


def main() -> None:
    scorer = load_scorer()
    g = Gen(random.Random(SEED))
    fresh_docs_dir(HERE)
    out = []
    for i, (make, reg, year, v) in enumerate(plan(), 1):
        fname = f"docs/{i:04d}.txt"
        last = None
        for attempt in range(60):
            d = make(g, reg, year, v)
            text, spans = render_segments(parse_segments(d["markup"]))
            sens, keep = split_labels(spans)
            labels = {
                "file": fname,
                "family": d["family"],
                "doc_kind": d["kind"],
                "hold": d["hold"],
                "party_type": d["party"],
                "health": d["health"],
                "sensitive": sens,
                "keep": keep,
            }
            try:
                self_check(scorer, text, spans, labels, fname)
                check_unlabelled_numbers(scorer, text, spans, fname)
            except AssertionError as e:
                if attempt == 59:
                    raise
                last = e
                continue
            break
        if attempt:
            print(fname, "retried", attempt, "times; last:", str(last)[:120])
        if not 700 <= len(text) <= 3500:
            print("LENGTH", fname, len(text), d["family"])
        (HERE / fname).write_bytes(text.encode("utf-8"))
        out.append(labels)
    write_labels(HERE, out)
    print_summary(out)


if __name__ == "__main__":
    main()
