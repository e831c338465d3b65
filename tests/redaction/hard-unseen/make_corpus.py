#!/usr/bin/env python3
"""Generate the held-out "hard-unseen" redaction corpus (docs/ + labels.json).

Written as an independent examiner would: document kinds the development corpus does not hold
(不予行政处罚决定书, 查封/扣押 强制措施决定书, 责令(限期)改正通知书, 听证告知书 and 行政处罚事先
告知书, 当场行政处罚决定书 of the 简易程序), across many enforcement fields (市场监管, 综合执法,
交通运输, 生态环境, 消防救援, 卫生健康, 文化旅游, 应急管理, 农业农村, 自然资源, 住房建设, 税务,
医保, 烟草专卖, 公安治安), with role labels other than 当事人 (被检查人, 违法嫌疑人, 行政相对人,
驾驶人, 车主, 承租人, 房东, 业主, 实际控制人, 经营户, 摊主, 店主, 雇员, 证人, 见证人, 在场人, 陪同人,
监护人, 法定代理人, 委托代理人, 投诉人, 举报人, 受害人, 患者, 家属 …) and people named only in the
narrative. Formats: plain, spaced labels (当 事 人：), full-width digits, hard line breaks as
from a PDF, page headers and footers, a Markdown pipe table inside a .txt, CRLF line endings.

Labelling (DESIGN.md §4, policy spc-2016, conventions of the development corpus):
- person_name: every natural person who does not act for the agency, as a company's legal
  representative or as a lawyer (lawyers, their firms and practice numbers are kept).
- address: a natural person's home or 户籍 address below the district or county; business
  premises and the place of a business violation are kept (location / org_address).
- bank_account: any account number, the fine-collection account included (as the dev corpus).
- Numbers §4 does not list (导游证号, 车架号, 罚没票据号 …) are left unlabelled and checked not to
  share an 8-digit run with a sensitive number.
- hold: a confidentiality marking, 内部资料, 此件不公开, a statement that the document holds
  trade secrets, health data of a named person, a party under 18 on 2026-11-25 (by ID number or
  by birth date), and process documents (询问笔录, 现场检查笔录). Look-alikes that are not held:
  "不涉及国家秘密", "依法主动公开", a minor who is not the party, a party who was 17 on the
  decision day but is an adult on 2026-11-25.

Deterministic (fixed seed); every person is fictional; ID numbers, cards and credit codes carry
valid check characters.

    cd tests/redaction/hard-unseen && python3 make_corpus.py
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from core.checksums import gb11643_check_char  # noqa: E402
from tests.redaction.hard_corpus import (  # noqa: E402
    NUMERIC,
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
    uscc,
    write_labels,
)

HERE = Path(__file__).resolve().parent
SEED = 20261125
TODAY = dt.date(2026, 11, 25)

# ---------------------------------------------------------------- pools
# (province, city, district/county, ID region, plate prefix, area code, short, province char)
REGIONS = [
    ("浙江省", "宁波市", "鄞州区", "330212", "浙B", "0574", "甬鄞", "浙"),
    ("江苏省", "苏州市", "吴中区", "320506", "苏E", "0512", "苏吴", "苏"),
    ("广东省", "佛山市", "顺德区", "440606", "粤X", "0757", "佛顺", "粤"),
    ("四川省", "绵阳市", "涪城区", "510703", "川B", "0816", "绵涪", "川"),
    ("湖北省", "宜昌市", "西陵区", "420502", "鄂E", "0717", "宜西", "鄂"),
    ("山东省", "潍坊市", "奎文区", "370705", "鲁G", "0536", "潍奎", "鲁"),
    ("河南省", "洛阳市", "涧西区", "410305", "豫C", "0379", "洛涧", "豫"),
    ("湖南省", "株洲市", "芦淞区", "430203", "湘B", "0731", "株芦", "湘"),
    ("福建省", "泉州市", "丰泽区", "350503", "闽C", "0595", "泉丰", "闽"),
    ("陕西省", "宝鸡市", "渭滨区", "610302", "陕C", "0917", "宝渭", "陕"),
    ("云南省", "大理白族自治州", "大理市", "532901", "云L", "0872", "大理", "云"),
    ("新疆维吾尔自治区", "伊犁哈萨克自治州", "伊宁市", "654002", "新F", "0999", "伊宁", "新"),
    ("安徽省", "芜湖市", "镜湖区", "340202", "皖B", "0553", "芜镜", "皖"),
    ("江西省", "上饶市", "婺源县", "361130", "赣E", "0793", "婺", "赣"),
    ("河北省", "保定市", "莲池区", "130606", "冀F", "0312", "保莲", "冀"),
    ("浙江省", "台州市", "温岭市", "331081", "浙J", "0576", "温岭", "浙"),
    ("广西壮族自治区", "柳州市", "鱼峰区", "450203", "桂B", "0772", "柳鱼", "桂"),
    ("贵州省", "遵义市", "汇川区", "520303", "贵C", "0851", "遵汇", "贵"),
]

SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范廖贾夏韦邹孟熊秦邱尹薛段雷侯龙陶黎贺顾郝龚邵严覃戴莫孔汤"
)
RARE = list("禚亓訾晏蒯逯佘栾冼敖郇昝笪仉厍璩暴寇邝植郦鄢揭殳")
COMPOUND = [
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "慕容",
    "令狐",
    "公孙",
    "司徒",
    "端木",
    "夏侯",
    "宇文",
    "南宫",
    "长孙",
    "澹台",
]
GIVEN = list(
    "建国明华丽芳伟强军敏静磊洋勇艳杰娟涛超秀霞平刚桂英玉兰志红海燕鹏辉晨宇浩思雨欣梓涵轩博文佳琪嘉怡俊峰婷斌亮成林慧颖蕾瑶振德福春秋永宝荣鑫淼焱垚琳璐"
)
# whole names whose characters are also ordinary words
WORD_NAMES = [
    "高明",
    "文静",
    "万里",
    "金山",
    "白雪",
    "方正",
    "常青",
    "田野",
    "石磊",
    "林立",
    "马力",
    "李安全",
    "王文化",
    "张卫生",
    "刘建设",
    "陈国庆",
    "赵有财",
    "钱多多",
    "任重远",
    "江海洋",
    "孔雀",
    "宋词",
    "苗壮",
    "牛奔",
    "高山青",
    "向前进",
    "黄金凤",
    "朱红梅",
    "余庆",
    "武装",
]
MINORITY = [
    "阿依古丽·买买提",
    "热合曼·艾力",
    "古丽娜尔·吐尔逊",
    "麦麦提·依明",
    "迪丽努尔·阿不都热依木",
    "艾力·库尔班",
    "努尔兰·哈斯木",
    "扎西顿珠",
    "次仁卓玛",
    "格桑央金",
    "巴特尔",
    "乌云其木格",
    "阿卜杜拉·买买提明",
    "帕提古丽·吾守尔",
    "加娜尔·努尔兰别克",
    "木合塔尔·艾买提",
]
FOREIGN = [
    ("约翰·史密斯", "John SMITH"),
    ("玛丽亚·冈萨雷斯", "Maria GONZALEZ"),
    ("阮氏兰", "NGUYEN THI LAN"),
    ("金敏浩", "KIM MINHO"),
    ("安德烈·彼得罗夫", "Andrei PETROV"),
    ("佐藤健一", "SATO KENICHI"),
    ("穆罕默德·阿里", "Mohamed ALI"),
    ("索菲·马丁", "Sophie MARTIN"),
]
STREETS = [
    "南塘路",
    "天童南路",
    "梧桐巷",
    "文昌街",
    "建设二路",
    "育才路",
    "柳营街",
    "兴隆大道",
    "桂花弄",
    "东升路",
    "学府路",
    "新华南路",
    "青年街",
    "朝晖路",
    "枫林路",
    "滨江东路",
    "红星路",
    "鼓楼巷",
]
ESTATES = [
    "锦绣花园",
    "书香苑",
    "阳光城",
    "金色家园",
    "水岸名都",
    "翠湖山庄",
    "和谐小区",
    "鸿福里",
    "丽景湾",
    "东方明珠苑",
    "紫荆公寓",
    "云栖小区",
]
TOWNS = [
    ("石碶", "联丰"),
    ("横街", "大雷"),
    ("姜山", "走马塘"),
    ("古林", "茂新"),
    ("龙观", "李岙"),
    ("塘下", "前村"),
]
BIZ_STREETS = [
    "商业街",
    "工业路",
    "开发大道",
    "物流园路",
    "农贸市场路",
    "科创路",
    "环城北路",
    "站前路",
    "解放西路",
]
TRADES = [
    "荣昌",
    "盛达",
    "汇通",
    "瑞丰",
    "永兴",
    "宏泰",
    "鑫源",
    "嘉禾",
    "恒远",
    "博睿",
    "华茂",
    "利民",
    "天成",
    "隆基",
]
LAW_FIRMS = [
    "浙江天册律师事务所",
    "北京市中伦（深圳）律师事务所",
    "上海市锦天城（苏州）律师事务所",
    "湖北得伟君尚律师事务所",
    "福建联合信实律师事务所",
    "山东德衡律师事务所",
    "广东广和律师事务所",
]
FOOTERS = ["第{p}页 共{n}页", "- {p} -", "第 {p} 页／共 {n} 页", "—{p}—"]
WIDE = str.maketrans("0123456789-()", "０１２３４５６７８９－（）")


def fw(s: str) -> str:
    return s.translate(WIDE)


def cap_amount(n: int) -> str:
    """1234 -> 壹仟贰佰叁拾肆元整 (n < 1 000 000)."""
    digits = "零壹贰叁肆伍陆柒捌玖"

    def four(x: int) -> str:
        out, zero = "", False
        for u, name in ((1000, "仟"), (100, "佰"), (10, "拾"), (1, "")):
            q = x // u % 10
            if q:
                out += ("零" if zero and out else "") + digits[q] + name
                zero = False
            else:
                zero = True
        return out

    hi, lo = divmod(n, 10000)
    t = (four(hi) + "万" if hi else "") + (
        ("零" if hi and lo < 1000 and lo else "") + four(lo) if lo else ""
    )
    return t + "元整"


class Gen:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def reset(self):
        self.used = set()

    def pick(self, seq):
        return self.rng.choice(seq)

    def _fresh(self, make):
        for _ in range(1000):
            n = make()
            if n not in self.used and not any(n in u or u in n for u in self.used):
                self.used.add(n)
                return n
        raise RuntimeError("no fresh name")

    def name(self, style: str | None = None) -> str:
        r = self.rng
        style = style or r.choice(["common"] * 6 + ["one", "rare", "compound", "word"])
        given = lambda k: "".join(r.choice(GIVEN) for _ in range(k))  # noqa: E731
        if style == "common":
            return self._fresh(lambda: r.choice(SURNAMES) + given(2))
        if style == "one":
            return self._fresh(lambda: r.choice(SURNAMES) + given(1))
        if style == "rare":
            return self._fresh(lambda: r.choice(RARE) + given(r.choice([1, 2])))
        if style == "compound":
            return self._fresh(lambda: r.choice(COMPOUND) + given(r.choice([1, 2])))
        if style == "word":
            return self._fresh(lambda: r.choice(WORD_NAMES))
        if style == "minority":
            return self._fresh(lambda: r.choice(MINORITY))
        raise ValueError(style)

    def foreign(self) -> tuple[str, str]:
        while True:
            zh, lat = self.rng.choice(FOREIGN)
            if zh not in self.used:
                self.used.add(zh)
                return zh, lat

    def officers(self, reg) -> list[tuple[str, str]]:
        out = []
        for _ in range(2):
            nm = self.name(self.pick(["common", "common", "one"]))
            style = self.rng.randint(0, 2)
            if style == 0:
                cert = f"{reg[7]}{self.rng.randint(10000000, 99999999)}"
            elif style == 1:
                cert = f"{reg[3]}{self.rng.randint(10000000, 99999999)}"
            else:
                cert = f"{reg[3][:4]}{self.rng.randint(1000000000, 9999999999)}"
            out.append((nm, cert))
        return out

    def born(self, lo=1958, hi=2001) -> dt.date:
        return dt.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def idn(self, reg, born: dt.date, male=True, want_x=False) -> str:
        for _ in range(2000):
            seq = self.rng.randint(10, 998)
            if seq % 2 != male:
                continue
            v = id18(reg[3], born, seq)
            if want_x == v.endswith("X"):
                return v
        raise RuntimeError("no id")

    def id15(self, reg, born: dt.date, male=True) -> str:
        seq = self.rng.randint(100, 998)
        if seq % 2 != male:
            seq += 1
        return f"{reg[3]}{born:%y%m%d}{seq:03d}"

    def mobile(self) -> str:
        return self.pick(
            ["138", "139", "136", "158", "187", "189", "176", "152", "133", "198", "181"]
        ) + "".join(self.pick("0123456789") for _ in range(8))

    def land(self, reg) -> str:
        return f"{reg[5]}-{self.rng.randint(2, 8)}{self.rng.randint(0, 9999999):07d}"

    def card(self, n=19) -> str:
        return luhn(
            self.pick(["622848", "621700", "622202", "623058", "621226", "622588", "621483"])
            + "".join(self.pick("0123456789") for _ in range(n - 7))
        )

    def home(self) -> str:
        r = self.rng
        if r.random() < 0.3:
            t, v = r.choice(TOWNS)
            return f"{t}镇{v}村{r.randint(1, 12)}组{r.randint(1, 99)}号"
        return (
            f"{r.choice(STREETS)}{r.randint(3, 488)}号{r.choice(ESTATES)}{r.randint(1, 32)}"
            f"{r.choice(['幢', '栋', '号楼'])}{r.randint(1, 4)}单元{r.randint(1, 26)}0{r.randint(1, 4)}室"
        )

    def plate(self, reg, ev=False) -> str:
        r = self.rng
        if ev:
            return (
                reg[4]
                + r.choice("DF")
                + r.choice("ABCDEFGHJK0123456789")
                + f"{r.randint(0, 9999):04d}"
            )
        return (
            reg[4]
            + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
            + "".join(r.choice("0123456789ABCDEFGHJK") for _ in range(2))
            + f"{r.randint(0, 999):03d}"
        )

    def pcert(self, reg, year) -> str:
        return f"{reg[7]}（{year}）{reg[1]}不动产权第{self.rng.randint(0, 9999999):07d}号"

    def biz(self, reg) -> str:
        return f"{reg[2]}{self.pick(BIZ_STREETS)}{self.rng.randint(1, 399)}号"

    def company(self, reg, trade) -> str:
        return f"{reg[1]}{self.pick(TRADES)}{trade}有限公司"

    def amount(self, lo, hi, step=100) -> tuple[str, str]:
        n = self.rng.randrange(lo, hi + 1, step)
        return f"人民币{cap_amount(n)}", f"{n}元"

    def lawyer(self, reg) -> str:
        nm = self.name("common")
        firm = self.pick(LAW_FIRMS)
        lic = f"1{reg[3][:4]}20{self.rng.randint(10, 23)}1{self.rng.randint(1000000, 9999999)}"
        return f"{K('lawyer', nm)}，{K('law_firm', firm)}律师，执业证号：{K('lawyer_license', lic)}"


def mob_fmt(m: str, style: int) -> str:
    return [
        m,
        f"{m[:3]}-{m[3:7]}-{m[7:]}",
        f"+86 {m[:3]} {m[3:7]} {m[7:]}",
        fw(m),
        f"{m[:3]} {m[3:7]} {m[7:]}",
        f"(+86){m}",
        f"{m[:3]}－{m[3:7]}－{m[7:]}",
    ][style]


def land_fmt(num: str, style: int) -> str:
    a, b = num.split("-")
    return [num, f"({a}){b}", f"（{a}）{b[:4]} {b[4:]}", f"+86-{a[1:]}-{b}", fw(num), f"{a} {b}"][
        style
    ]


def age_on(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


# ---------------------------------------------------------------- agency context
AGENCY = {
    "mkt": ("{c}{d}市场监督管理局", "市监"),
    "cg": ("{c}{d}综合行政执法局", "综执"),
    "trans": ("{c}交通运输综合行政执法支队", "交执"),
    "eco": ("{c}生态环境局{d}分局", "环"),
    "fire": ("{c}{d}消防救援大队", "消"),
    "health": ("{c}{d}卫生健康局", "卫"),
    "culture": ("{c}{d}文化和旅游局", "文旅"),
    "ems": ("{c}{d}应急管理局", "应急"),
    "agri": ("{c}{d}农业农村局", "农"),
    "land": ("{c}自然资源和规划局{d}分局", "自然资源"),
    "housing": ("{c}{d}住房和城乡建设局", "建"),
    "tax": ("国家税务总局{c}{d}税务局", "税"),
    "medins": ("{c}{d}医疗保障局", "医保"),
    "tobacco": ("{c}烟草专卖局", "烟"),
    "police": ("{c}公安局{d}分局", "公"),
}


class Ctx:
    def __init__(self, g: Gen, reg, field: str, year: int, code: str, spaced=False):
        self.g, self.reg, self.year = g, reg, year
        tmpl, short = AGENCY[field]
        self.agency = tmpl.format(c=reg[1], d=reg[2])
        self.ag = K("agency", self.agency)
        self.number = K(
            "decision_number", f"{reg[6]}{short}{code}〔{year}〕{g.rng.randint(1, 480)}号"
        )
        self.offs = g.officers(reg)
        self.addr = K(
            "agency_address",
            f"{reg[0]}{reg[1]}{reg[2]}{g.pick(['政通路', '行政中心路', '人民路', '府前街'])}{g.rng.randint(1, 300)}号",
        )
        self.phone = K("agency_phone", g.land(reg))
        self.spaced = spaced
        m = g.rng.randint(2, 10)
        self.d0 = dt.date(year, m, g.rng.randint(1, 20))
        self.d1 = self.d0 + dt.timedelta(days=g.rng.randint(1, 6))
        self.d2 = self.d1 + dt.timedelta(days=g.rng.randint(15, 40))
        self.d3 = self.d2 + dt.timedelta(days=g.rng.randint(10, 25))

    def D(self, d: dt.date) -> str:
        return K("date", cn(d))

    def L(self, label: str) -> str:
        """A field label, spaced out as in some forms (当 事 人：)."""
        if self.spaced and len(label) <= 5:
            return " ".join(label)
        return label

    def officers_line(self, sep="、") -> str:
        return "执法人员：" + sep.join(
            f"{K('officer', n)}（执法证号：{K('officer_cert', c)}）" for n, c in self.offs
        )

    def officer_names(self) -> str:
        return "、".join(K("officer", n) for n, _ in self.offs)

    def head(self, title: str, top: str = "") -> str:
        self.title = title
        return f"{top}{self.ag}\n{title}\n{self.number}\n\n"

    def remedy(self, gov: str | None = None) -> str:
        gov = gov or f"{self.reg[1]}{self.reg[2]}人民政府"
        court = (
            f"{self.reg[2]}人民法院"
            if self.reg[2][-1] in "县市"
            else f"{self.reg[1]}{self.reg[2]}人民法院"
        )
        return (
            f"    如不服本决定，可以在收到本决定书之日起六十日内向{gov}申请行政复议，"
            f"或者在六个月内直接向{court}提起行政诉讼。\n"
        )

    def contact(self) -> str:
        return f"联系地址：{self.addr}　邮编：{self.g.rng.randint(1, 9)}{self.reg[3][1:4]}00　联系电话：{self.phone}\n"

    def notes(self) -> str:
        """The procedural paragraph agencies print under the body, by kind of document."""
        t = self.title
        if any(w in t for w in ("强制", "查封", "扣押", "登记保存")):
            return (
                "\n告知事项：\n    1.对查封、扣押的场所、设施或者财物，本机关将妥善保管，不得使用或者损毁；"
                "因保管不善造成损失的，依法承担赔偿责任。\n    2.查封、扣押期间，当事人不得擅自启封、转移、变卖、毁损被查封、扣押的财物，"
                "否则将依法追究责任。\n    3.当事人有权进行陈述和申辩，可于收到本决定书之日起三日内向本机关提出，本机关将依法复核。\n"
                "    4.本决定书一式两份，一份交当事人，一份存档。\n"
            )
        if any(w in t for w in ("改正", "意见书")):
            return (
                "\n整改要求：\n    你（单位）应当在规定期限内完成整改，整改完成后三个工作日内向本机关书面报告整改情况，并附整改前后照片等证明材料。"
                "本机关将在期限届满之日起三个工作日内进行复查。逾期不改正或者整改不到位的，本机关将依法予以处理。\n"
                "    本通知书一式两份，一份交被通知人，一份存档。\n"
            )
        if "告知" in t:
            return (
                "\n    陈述、申辩和听证的方式：可以书面形式提出，也可以到本机关口头提出，由本机关制作笔录。"
                "书面材料可邮寄至本机关地址，信封上注明“陈述申辩材料”。本机关对当事人提出的事实、理由和证据将进行复核；"
                "当事人提出的事实、理由或者证据成立的，本机关将予以采纳，不因当事人陈述、申辩而给予更重的处罚。\n"
            )
        if "当场" in t or "简易" in t:
            bank = self.g.pick(["中国农业银行", "中国工商银行", "中国建设银行", "农村商业银行"])
            return (
                f"\n    当事人陈述申辩情况：{box(False)}无 {box(True)}有（当事人表示认错，无异议）。\n"
                f"    被处罚人逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。罚款缴至{bank}{self.reg[2]}支行，"
                f"户名：{self.reg[1]}{self.reg[2]}财政局非税收入汇缴结算户，账号：{S('bank_account', self.g.card(self.g.pick([16, 19])))}。\n"
                "    本决定书一式两份，一份交被处罚人，一份存档。\n"
            )
        return (
            "\n    本决定书送达后即发生法律效力。当事人应当引以为戒，严格遵守相关法律法规，依法诚信经营；"
            "再次发生同类违法行为的，本机关将依法从重处理。本决定书一式两份，一份交当事人，一份存档。\n"
        )

    def receipt(self, d: dt.date) -> str:
        g = self.g
        rel = g.pick(["配偶", "儿子", "女儿", "同住亲属", "店员"])
        how = g.rng.randint(0, 2)
        who = g.name()
        t = (
            f"\n送达回证\n送达文书：{self.title}（{self.number}）\n"
            f"送达方式：{box(how == 0)}直接送达　{box(how == 1)}留置送达　{box(how == 2)}邮寄送达\n"
        )
        if how == 2:
            t += f"邮件号码：1{g.rng.randint(100000000, 999999999)}{g.rng.randint(100, 999)}（EMS）\n"
        t += f"代收人：{N(who)}（系受送达人之{rel}）　代收人电话：{S('phone', mob_fmt(g.mobile(), g.rng.randint(0, 6)))}\n"
        t += f"送达人：{self.officer_names()}　　送达日期：{self.D(d + dt.timedelta(days=g.rng.randint(0, 3)))}\n"
        return t

    def sign(self, d: dt.date, seal=True) -> str:
        return (
            self.notes()
            + f"\n{' ' * 24}{self.ag}{'（印章）' if seal else ''}\n{' ' * 26}{self.D(d)}\n"
            + self.receipt(d)
        )


def doc(
    markup,
    *,
    hold=False,
    party="natural",
    kind="行政处罚决定书",
    family="",
    fmt="plain",
    crlf=False,
) -> dict:
    return {
        "markup": markup,
        "hold": hold,
        "party_type": party,
        "doc_kind": kind,
        "family": family,
        "fmt": fmt,
        "crlf": crlf,
    }


def person_block(
    c: Ctx,
    role: str,
    name_markup: str,
    born: dt.date,
    male=True,
    *,
    id15=False,
    want_x=False,
    phone_style=0,
    wide=False,
    inline=False,
    id_label="公民身份号码",
    email=None,
) -> str:
    g = c.g
    pid = g.id15(c.reg, born, male) if id15 else g.idn(c.reg, born, male, want_x)
    if wide:
        pid = fw(pid)
    ph = mob_fmt(g.mobile(), phone_style)
    home = f"{c.reg[1]}{c.reg[2]}{S('address', g.home())}"
    bd = g.pick(
        [
            cn(born),
            f"{born:%Y.%m.%d}",
            f"{born:%Y-%m-%d}",
            f"{born.year}年{born.month:02d}月{born.day:02d}日",
        ]
    )
    sex = "男" if male else "女"
    fields = [
        (c.L(role), name_markup),
        (c.L("性别"), sex),
        (c.L("出生日期"), S("birth_date", bd)),
        (c.L(id_label), S("id_number", pid)),
        (c.L("住址"), home),
        (c.L("联系电话"), S("phone", ph)),
    ]
    if email:
        fields.append(("电子邮箱", S("email", email)))
    if inline:
        return "，".join(f"{k}：{v}" for k, v in fields) + "。\n"
    return "".join(f"{k}：{v}\n" for k, v in fields)


def company_block(
    c: Ctx, role: str, trade: str, *, lawyer=False, agent_private=False
) -> tuple[str, str, str]:
    g = c.g
    co = g.company(c.reg, trade)
    rep = g.name(g.pick(["common", "compound", "one"]))
    title = g.pick(["执行董事兼总经理", "董事长", "总经理", "执行董事"])
    t = (
        f"{c.L(role)}：{K('company', co)}\n{c.L('统一社会信用代码')}：{K('uscc', uscc(g.rng, c.reg[3]))}\n"
        f"住所：{K('org_address', c.reg[0] + c.reg[1] + g.biz(c.reg))}\n"
        f"{c.L('法定代表人')}：{K('legal_rep', rep)}（职务：{K('legal_rep_title', title)}）\n"
    )
    if lawyer:
        t += f"委托代理人：{g.lawyer(c.reg)}\n"
    if agent_private:
        ag = g.name()
        t += f"委托代理人：{N(ag)}，系该公司员工，联系电话：{S('phone', mob_fmt(g.mobile(), g.rng.randint(0, 6)))}\n"
    return t, co, rep


# ================================================================ 不予行政处罚决定书
def nopen_mkt_shop(g: Gen, reg, year: int, *, spaced=False, crlf=False) -> dict:
    c = Ctx(g, reg, "mkt", year, "不罚", spaced=spaced)
    op, wife, compl = g.name(), g.name(), g.name("word")
    shop = f"{reg[2]}{g.pick(TRADES)}副食店"
    prem = g.biz(reg)
    born = g.born(1970, 1995)
    t = c.head("不予行政处罚决定书")
    t += f"{c.L('当事人')}：{K('company', shop)}（个体工商户）\n"
    t += f"{c.L('统一社会信用代码')}：{K('uscc', uscc(g.rng, reg[3], '92'))}\n"
    t += f"{c.L('经营场所')}：{K('location', prem)}\n"
    t += person_block(
        c, "经营者", N(op), born, g.rng.random() < 0.5, phone_style=g.rng.randint(0, 6)
    )
    t += (
        f"\n    {c.D(c.d0)}，本局接到投诉人{N(compl)}（联系电话：{S('phone', mob_fmt(g.mobile(), 1))}）投诉，称其在当事人处购买的"
        f"预包装饼干已超过保质期。本局执法人员{c.officer_names()}于{c.D(c.d1)}对当事人位于{K('location', prem)}的经营场所进行了检查。\n"
    )
    t += (
        f"    经查，当事人系{N(op)}与其妻子{N(wife)}共同经营的个体工商户，日常由{N(wife)}负责进货、理货。检查时货架上存放"
        f"超过保质期的饼干3袋，标价每袋6.5元，货值金额共计19.5元，尚未售出的3袋已当场下架。{N(op)}称系盘点疏漏所致，"
        f"此前未因同类违法行为受过行政处罚。当事人已于当日对全部在售食品进行了自查，并向投诉人退还了货款。\n"
    )
    t += "    以上事实，有现场检查笔录、现场照片、当事人提供的进货票据及投诉登记材料等证据证实。\n"
    t += (
        f"    本局认为，当事人经营超过保质期食品的行为违反了{K('statute', '《中华人民共和国食品安全法》第三十四条第（十）项')}的规定。"
        f"鉴于当事人系初次违法，涉案食品货值金额较小，且已及时改正，危害后果轻微，依据"
        f"{K('statute', '《中华人民共和国行政处罚法》第三十三条第一款')}的规定，本局决定对当事人不予行政处罚。\n"
    )
    t += (
        "    同时，本局已对当事人进行了批评教育，责令其立即改正违法行为，并建立食品定期检查制度。\n"
    )
    t += c.remedy()
    t += "\n" + c.officers_line() + "\n" + c.contact() + c.sign(c.d2)
    return doc(
        t,
        kind="不予行政处罚决定书",
        family="市场监管",
        crlf=crlf,
        fmt="spaced" if spaced else "plain",
    )


def nopen_police_child(g: Gen, reg, year: int) -> dict:
    """A 13-year-old party (不满十四周岁): held as a minor party."""
    c = Ctx(g, reg, "police", year, "不罚决字")
    kid, father, victim = g.name(), g.name(), g.name("one")
    kb = dt.date(year - 13, g.rng.randint(1, 12), g.rng.randint(1, 28))
    fb = g.born(1978, 1988)
    t = c.head("不予行政处罚决定书")
    t += (
        f"违法嫌疑人：{N(kid)}，性别：男，{S('birth_date', cn(kb))}出生，公民身份号码：{S('id_number', g.idn(reg, kb, True))}，"
        f"户籍所在地：{reg[1]}{reg[2]}{S('address', g.home())}，{reg[2]}某中学初一学生。\n"
    )
    t += (
        f"监护人：{N(father)}（系违法嫌疑人之父），公民身份号码：{S('id_number', g.idn(reg, fb, True))}，"
        f"联系电话：{S('phone', mob_fmt(g.mobile(), 2))}。\n\n"
    )
    t += (
        f"    {c.D(c.d0)}16时许，{N(kid)}在{K('location', g.biz(reg) + '文具店')}内，趁店员不备，窃取店内售价128元的"
        f"智能手表一块，后被店主{N(victim)}发现并报警。涉案手表已追回并发还受害人。\n"
    )
    t += f"    以上事实有{N(kid)}的陈述和申辩、受害人{N(victim)}的陈述、视频监控截图、发还清单等证据证实。\n"
    t += (
        f"    根据{K('statute', '《中华人民共和国治安管理处罚法》第十二条')}、{K('statute', '《中华人民共和国行政处罚法》第三十条')}之规定，"
        f"鉴于违法嫌疑人{N(kid)}违法时不满十四周岁，现决定不予行政处罚，责令其监护人{N(father)}严加管教。\n"
    )
    t += c.remedy(f"{reg[1]}公安局")
    t += c.sign(c.d2)
    return doc(t, hold=True, kind="不予行政处罚决定书", family="公安治安/minor-party")


def nopen_eco_company(g: Gen, reg, year: int, *, lookalike=False) -> dict:
    c = Ctx(g, reg, "eco", year, "不罚")
    blk, co, rep = company_block(c, "当事人", "塑胶制品", lawyer=True)
    boss = g.name()
    site = g.biz(reg)
    top = "公开方式：主动公开\n" if lookalike else ""
    t = c.head("不予行政处罚决定书", top)
    t += blk
    t += (
        f"\n    {c.D(c.d0)}，本局执法人员对当事人位于{K('location', site)}的生产厂区进行现场检查，现场负责人{N(boss)}"
        f"（车间主任，联系电话：{S('phone', mob_fmt(g.mobile(), 0))}）陪同检查。检查发现，当事人注塑车间废气收集装置的"
        f"活性炭未按规定周期更换，废气处理设施运行记录缺失10日。现场负责人{N(boss)}称，负责记录的员工离职后未及时交接。\n"
    )
    t += (
        f"    经本局委托监测，当事人废气排放口非甲烷总烃排放浓度符合排放标准。当事人于{c.D(c.d1)}完成活性炭更换并补建运行台账，"
        f"经复查已改正。\n"
    )
    t += (
        f"    本局认为，当事人的上述行为违反了{K('statute', '《中华人民共和国大气污染防治法》第二十条第二款')}的规定。"
        f"鉴于当事人违法行为轻微并及时改正，没有造成危害后果，根据{K('statute', '《中华人民共和国行政处罚法》第三十三条第一款')}"
        f"及{K('statute', '《生态环境行政处罚办法》第四十六条')}的规定，决定对{K('company', co)}不予行政处罚。\n"
    )
    if lookalike:
        t += "    本决定书不涉及国家秘密、商业秘密和个人隐私，依法予以公开。\n"
    t += c.remedy(f"{reg[1]}人民政府")
    t += "\n" + c.officers_line("；") + "\n" + c.contact() + c.sign(c.d2)
    return doc(
        t,
        party="legal",
        kind="不予行政处罚决定书",
        family="生态环境" + ("/lookalike" if lookalike else ""),
    )


def nopen_tax_person(g: Gen, reg, year: int, *, pdf=False) -> dict:
    c = Ctx(g, reg, "tax", year, "税不罚")
    who = g.name(g.pick(["compound", "rare", "common"]))
    helper = g.name()
    born = g.born(1965, 1990)
    t = c.head("税务行政处罚决定书（不予处罚）")
    t += (
        f"{c.L('纳税人')}：{N(who)}\n纳税人识别号：{S('id_number', g.idn(reg, born, g.rng.random() < 0.5, want_x=True))}\n"
        f"{c.L('地址')}：{reg[0]}{reg[1]}{reg[2]}{S('address', g.home())}\n"
        f"联系电话：{S('phone', land_fmt(g.land(reg), g.rng.randint(0, 5)))}；手机：{S('phone', mob_fmt(g.mobile(), 4))}\n\n"
    )
    rent = g.rng.randint(3, 9) * 1000
    t += (
        f"    经我局调查，你于{K('date', f'{year - 1}年7月')}至{K('date', f'{year - 1}年12月')}将位于{reg[2]}的住房一套出租，"
        f"房屋不动产权证号为{S('property_cert', g.pcert(reg, year - 5))}，月租金{K('amount', f'{rent}元')}，"
        f"未按照规定期限办理纳税申报。上述房屋由你委托亲属{N(helper)}代为管理，租金汇入你名下中国建设银行账户"
        f"（账号：{S('bank_account', g.card())}）。你已于{c.D(c.d1)}补办申报并缴纳税款及滞纳金。\n"
    )
    t += (
        f"    你的上述行为违反了{K('statute', '《中华人民共和国税收征收管理法》第二十五条第一款')}的规定。鉴于你系首次发生该类违法行为，"
        f"危害后果轻微，且在税务机关发现前主动改正，根据{K('statute', '《中华人民共和国行政处罚法》第三十三条第一款')}及"
        f"{K('statute', '《税务行政处罚“首违不罚”事项清单》第1项')}的规定，决定不予行政处罚。\n"
    )
    t += c.remedy(f"国家税务总局{reg[1]}税务局")
    t += c.sign(c.d2)
    return doc(t, kind="不予行政处罚决定书", family="税务", fmt="pdf" if pdf else "plain")


def nopen_trans_driver(g: Gen, reg, year: int) -> dict:
    c = Ctx(g, reg, "trans", year, "不罚")
    drv, owner = g.name(), g.name(g.pick(["word", "one"]))
    born = g.born(1975, 1998)
    plate = g.plate(reg, ev=True)
    t = c.head("不予行政处罚决定书")
    t += (
        f"{c.L('行政相对人')}：{N(drv)}　性别：女　出生日期：{S('birth_date', cn(born))}\n"
        f"身份证件号码：{S('id_number', g.idn(reg, born, False))}\n"
        f"联系方式：{S('phone', mob_fmt(g.mobile(), 2))}\n"
        f"车辆号牌：{S('license_plate', plate)}（新能源小型普通客车）　车辆所有人：{N(owner)}\n\n"
    )
    t += (
        f"    {c.D(c.d0)}，本支队执法人员在{K('location', reg[2] + '高铁站南广场出租车蓄车场')}检查时发现，"
        f"驾驶人{N(drv)}驾驶{S('license_plate', plate)}号小型客车，通过网络预约出租汽车平台承揽客运业务，"
        f"经查该车已取得《网络预约出租汽车运输证》，但驾驶人未随车携带《网络预约出租汽车驾驶员证》。"
        f"经核实，{N(drv)}已依法取得驾驶员证，系忘带。车主{N(owner)}当日将证件送至现场。\n"
    )
    t += (
        f"    本支队认为，当事人的行为违反了{K('statute', '《网络预约出租汽车经营服务管理暂行办法》第十六条')}的规定，"
        f"但属于初次违法且危害后果轻微并及时改正，依据{K('statute', '《中华人民共和国行政处罚法》第三十三条第一款')}，"
        f"决定不予行政处罚，并对当事人进行了教育。\n"
    )
    t += c.remedy(f"{reg[1]}交通运输局")
    t += "\n" + c.officers_line() + "\n" + c.contact() + c.sign(c.d2, seal=False)
    return doc(t, kind="不予行政处罚决定书", family="交通运输")


# ================================================================ 行政强制措施决定书
def seal_mkt_premises(g: Gen, reg, year: int, *, pdf=False) -> dict:
    c = Ctx(g, reg, "mkt", year, "强封")
    op, landlord, wit1, wit2 = (
        g.name(g.pick(["minority", "common"])),
        g.name(),
        g.name(),
        g.name("rare"),
    )
    born = g.born(1972, 1996)
    prem = g.biz(reg)
    t = c.head("实施行政强制措施决定书")
    t += person_block(c, "经营户", N(op), born, True, phone_style=g.rng.randint(0, 6))
    t += f"经营场所：{K('location', prem)}（承租）\n\n"
    t += (
        f"    {c.D(c.d0)}，本局根据举报对{K('location', prem)}进行检查，发现该场所内存放标注“茅台”等注册商标的白酒"
        f"共计86瓶，经营户{N(op)}无法提供合法来源证明，经商标权利人鉴定均为侵犯注册商标专用权的商品。"
        f"该场所系{N(op)}向房东{N(landlord)}承租，房屋不动产权证号：{S('property_cert', g.pcert(reg, year - 8))}，"
        f"房东联系电话：{S('phone', land_fmt(g.land(reg), 1))}。\n"
    )
    t += (
        f"    依据{K('statute', '《中华人民共和国商标法》第六十二条第一款第（四）项')}和{K('statute', '《中华人民共和国行政强制法》第九条')}"
        f"的规定，本局决定对下列场所、物品实施查封：\n"
    )
    t += f"    1.{K('location', prem)}仓储间一间（东侧）；\n    2.涉嫌侵权白酒86瓶（详见《场所/设施/财物清单》）。\n"
    t += (
        f"    查封期限为三十日，自{c.D(c.d1)}起至{c.D(c.d1 + dt.timedelta(days=29))}止。情况复杂的，经本局负责人批准，可以延长，"
        f"但延长期限不超过三十日。查封期间，任何人不得擅自启封、转移、毁损被查封的场所和物品。\n"
    )
    t += (
        f"    实施查封时，经营户{N(op)}在场，见证人{N(wit1)}（身份证号：{S('id_number', g.idn(reg, g.born(), True))}）、"
        f"{N(wit2)}（相邻商户，电话{S('phone', mob_fmt(g.mobile(), 0))}）在场见证。\n"
    )
    t += c.remedy()
    t += "\n附件：场所/设施/财物清单\n" + c.officers_line() + "\n" + c.contact() + c.sign(c.d1)
    return doc(t, kind="行政强制措施决定书", family="市场监管", fmt="pdf" if pdf else "plain")


def detain_trans_vehicle(g: Gen, reg, year: int, *, table=False, crlf=False) -> dict:
    c = Ctx(g, reg, "trans", year, "强扣")
    drv, owner, bystander = g.name(), g.name(g.pick(["compound", "common"])), g.name("one")
    born = g.born(1962, 1975)
    plate = g.plate(reg)
    pid15 = g.id15(reg, born, True)
    vin = (
        "LGB"
        + "".join(g.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        + "".join(g.pick("0123456789") for _ in range(11))
    )
    t = c.head("行政强制措施决定书（扣押车辆）")
    if table:
        t += (
            "| 项目 | 内容 |\n| --- | --- |\n"
            f"| 驾驶人 | {N(drv)} |\n| 身份证号 | {S('id_number', pid15)} |\n"
            f"| 联系电话 | {S('phone', mob_fmt(g.mobile(), 5))} |\n"
            f"| 车辆号牌 | {S('license_plate', plate[:2] + '·' + plate[2:])} |\n"
            f"| 车辆所有人 | {N(owner)} |\n| 所有人住址 | {reg[1]}{reg[2]}{S('address', g.home())} |\n"
            f"| 车架号 | {vin} |\n\n"
        )
    else:
        t += (
            f"驾驶人：{N(drv)}，男，身份证号：{S('id_number', pid15)}（一代证），联系电话：{S('phone', mob_fmt(g.mobile(), 5))}\n"
            f"车辆号牌：{S('license_plate', plate[:2] + ' ' + plate[2:])}　车辆所有人：{N(owner)}　车架号：{vin}\n"
            f"车辆所有人住址：{reg[1]}{reg[2]}{S('address', g.home())}\n\n"
        )
    t += (
        f"    {c.D(c.d0)}9时30分，本支队执法人员在{K('location', reg[2] + 'G25长深高速出口治超站')}依法检查时发现，"
        f"驾驶人{N(drv)}驾驶{S('license_plate', plate)}号重型半挂牵引车从事道路货物运输，未能当场出示《道路运输证》，"
        f"经查询该车未取得道路运输证。车上另有随车人员{N(bystander)}（自称系车主雇请的押车员）。\n"
    )
    t += (
        f"    依据{K('statute', '《中华人民共和国道路运输条例》第六十八条')}、{K('statute', '《中华人民共和国行政强制法》第十八条')}的规定，"
        f"本支队决定扣押该车辆，扣押期限三十日（自{c.D(c.d0)}起）。扣押车辆存放于{K('location', reg[1] + '交通运输执法停车场')}。"
        f"请车辆所有人或其委托人持相关证明材料于期限内到本支队接受调查处理。\n"
    )
    t += c.remedy(f"{reg[1]}人民政府")
    t += "\n" + c.officers_line() + "\n" + c.contact() + c.sign(c.d0)
    return doc(
        t, kind="行政强制措施决定书", family="交通运输" + ("/table" if table else ""), crlf=crlf
    )


def seal_land_controller(g: Gen, reg, year: int) -> dict:
    c = Ctx(g, reg, "land", year, "查封")
    blk, co, rep = company_block(c, "当事人", "建材")
    ctrl, village, operator = g.name(g.pick(["common", "word"])), g.name(), g.name()
    town, vil = g.pick(TOWNS)
    t = c.head("查封决定书")
    t += blk
    t += (
        f"实际控制人：{N(ctrl)}，公民身份号码：{S('id_number', g.idn(reg, g.born(1966, 1985), True, want_x=True))}，"
        f"住{reg[2]}{S('address', g.home())}\n\n"
    )
    t += (
        f"    经查，当事人未经批准，自{K('date', f'{year - 1}年10月')}起擅自占用{K('location', reg[2] + town + '镇' + vil + '村北侧集体土地')}"
        f"建设砂石料堆场，占地面积约4.6亩。据村民委员会主任{N(village)}证实，该地块系由{N(ctrl)}出面向村民流转后交由当事人使用，"
        f"现场由挖掘机操作手{N(operator)}（电话：{S('phone', mob_fmt(g.mobile(), 1))}）作业。本局于{c.D(c.d0)}送达《责令停止违法行为通知书》后，"
        f"当事人仍继续施工。\n"
    )
    t += (
        f"    为制止违法行为、防止证据损毁，依据{K('statute', '《中华人民共和国土地管理法实施条例》第六十一条')}、"
        f"{K('statute', '《中华人民共和国行政强制法》第二十二条')}的规定，本局决定自{c.D(c.d1)}起对当事人在上述地块的"
        f"施工设备（挖掘机1台、装载机2台）及施工场所予以查封，期限三十日。\n"
    )
    t += c.remedy(f"{reg[1]}人民政府")
    t += "\n" + c.officers_line() + "\n" + c.contact() + c.sign(c.d1)
    return doc(t, party="legal", kind="行政强制措施决定书", family="自然资源")


def detain_tobacco(g: Gen, reg, year: int) -> dict:
    c = Ctx(g, reg, "tobacco", year, "扣")
    sus, present, shop = g.name(), g.name(), g.name("one")
    born = g.born(1980, 1996)
    permit = "H" + "".join(g.pick("0123456789") for _ in range(8))
    t = c.head("先行登记保存及扣押决定书")
    t += (
        f"违法嫌疑人：{N(sus)}（香港居民）\n港澳居民来往内地通行证号码：{S('passport', permit)}\n"
        f"出生日期：{S('birth_date', f'{born:%Y年%m月%d日}')}\n内地联系电话：{S('phone', mob_fmt(g.mobile(), 2))}\n"
        f"内地暂住地址：{reg[1]}{reg[2]}{S('address', g.home())}\n\n"
    )
    t += (
        f"    {c.D(c.d0)}，本局专卖执法人员在{K('location', reg[2] + '客运中心物流寄存点')}检查时，发现违法嫌疑人{N(sus)}"
        f"寄存的纸箱内存放无烟草专卖品准运证的卷烟，数量如下：\n\n"
        "| 序号 | 品名规格 | 数量（条） | 备注 |\n|---|---|---|---|\n"
        "| 1 | 中华（硬） | 30 | 无防伪标识 |\n| 2 | 芙蓉王（硬） | 24 | 无 |\n| 3 | 万宝路（外文包装） | 50 | 无中文警示 |\n\n"
    )
    t += (
        f"    上述卷烟由在场人{N(present)}（寄存点店主{N(shop)}的雇员）开箱，{N(sus)}对数量无异议并签字确认。"
        f"依据{K('statute', '《中华人民共和国烟草专卖法实施条例》第五十二条')}和{K('statute', '《烟草专卖行政处罚程序规定》第二十六条')}，"
        f"本局决定对上述卷烟予以扣押，扣押期限自{c.D(c.d0)}起三十日。\n"
    )
    t += c.remedy(f"{reg[0][:2]}省烟草专卖局" if reg[0].endswith("省") else None)
    t += "\n" + c.officers_line() + "\n" + c.contact() + c.sign(c.d0)
    return doc(t, kind="行政强制措施决定书", family="烟草专卖/table")


def seal_ems_site(g: Gen, reg, year: int) -> dict:
    c = Ctx(g, reg, "ems", year, "封")
    blk, co, rep = company_block(c, "被检查单位", "化工", agent_private=True)
    lead, worker = g.name(), g.name(g.pick(["minority", "common"]))
    site = g.biz(reg)
    t = c.head("查封扣押决定书")
    t += blk
    t += f"检查场所：{K('location', site + '2号仓库')}\n\n"
    t += (
        f"    {c.D(c.d0)}，本局执法人员对{K('company', co)}进行执法检查，现场负责人{N(lead)}（安全管理员）称，仓库内存放的"
        f"甲苯、丙酮等危险化学品系公司代客户暂存。检查发现：1.2号仓库未设置可燃气体报警装置；2.危险化学品与普通货物混存；"
        f"3.仓库门口由雇员{N(worker)}使用明火焊接铁门。上述情况存在重大事故隐患，可能导致事故发生。\n"
    )
    t += (
        f"    依据{K('statute', '《中华人民共和国安全生产法》第六十五条第一款第（四）项')}、"
        f"{K('statute', '《安全生产违法行为行政处罚办法》第十四条')}的规定，本局决定对上述2号仓库及库存危险化学品予以查封，"
        f"查封期限自{c.D(c.d1)}起至{c.D(c.d1 + dt.timedelta(days=29))}止。查封期间，你单位应当妥善保管，不得擅自启封或转移。\n"
    )
    t += c.remedy()
    t += "\n" + c.officers_line() + "\n" + c.contact() + c.sign(c.d1)
    return doc(t, party="legal", kind="行政强制措施决定书", family="应急管理")


def detain_agri_stall(g: Gen, reg, year: int) -> dict:
    c = Ctx(g, reg, "agri", year, "扣")
    vendor, reporter, wit = g.name(g.pick(["word", "common"])), g.name(), g.name("compound")
    born = g.born(1960, 1980)
    email = f"{g.pick(['nongmin', 'jubao', 'xyz', 'happy', 'sunny'])}{g.rng.randint(100, 9999)}@{g.pick(['163.com', 'qq.com', '126.com', 'sina.com'])}"
    market = K(
        "location",
        f"{reg[2]}{g.pick(['城北', '东关', '河西'])}农资市场{g.rng.randint(1, 60)}号摊位",
    )
    t = c.head("扣押决定书")
    t += (
        f"{c.L('摊主')}：{N(vendor)}，男，{S('birth_date', cn(born))}生，身份证号码{S('id_number', g.idn(reg, born, True))}，"
        f"家住{reg[2]}{S('address', g.home())}，手机{S('phone', mob_fmt(g.mobile(), 0))}。\n"
        f"经营地点：{market}\n\n"
    )
    t += (
        f"    本局于{c.D(c.d0)}收到举报人{N(reporter)}的电子邮件举报（邮箱：{S('email', email)}），反映{market}销售假农药。"
        f"经现场检查，摊主{N(vendor)}摊位上摆放的“草甘膦”水剂18瓶，标签标注的农药登记证号经中国农药信息网查询不存在，"
        f"涉嫌为假农药。{N(vendor)}称该批农药系从一名流动推销人员处购进，未索取票据。\n"
    )
    t += (
        f"    依据{K('statute', '《农药管理条例》第五十一条')}、{K('statute', '《中华人民共和国行政强制法》第二十三条')}的规定，"
        f"本局决定对上述涉嫌假农药18瓶予以扣押，期限三十日。扣押时，见证人{N(wit)}在场。\n"
    )
    t += c.remedy()
    t += "\n" + c.officers_line() + "\n" + c.contact() + c.sign(c.d0)
    return doc(t, kind="行政强制措施决定书", family="农业农村")


def detain_police_marked(g: Gen, reg, year: int) -> dict:
    c = Ctx(g, reg, "police", year, "扣字")
    sus = g.name()
    born = g.born(1970, 1995)
    t = c.head("扣押决定书", "秘密★1年\n")
    t += person_block(c, "违法嫌疑人", N(sus), born, True, inline=True)
    t += (
        f"\n    {c.D(c.d0)}，我局在{K('location', g.biz(reg) + '一棋牌室')}查获{N(sus)}等人涉嫌以营利为目的聚众赌博，"
        f"依据{K('statute', '《中华人民共和国治安管理处罚法》第八十九条')}的规定，决定扣押现金{K('amount', '12600元')}、"
        f"手机2部、麻将机1台。\n"
    )
    t += (
        f"    扣押物品由我局涉案财物管理中心保管。{N(sus)}对扣押物品清单无异议并签名捺印。"
        f"被扣押财物经调查与案件无关的，将在查清后三日内解除扣押，退还当事人。\n"
    )
    t += c.remedy(f"{reg[1]}公安局")
    t += c.sign(c.d0)
    t += "\n（此页无正文）\n"
    return doc(t, hold=True, kind="行政强制措施决定书", family="公安治安/marking")


def seal_cg_unpublic(g: Gen, reg, year: int) -> dict:
    c = Ctx(g, reg, "cg", year, "封")
    blk, co, rep = company_block(c, "当事人", "广告")
    t = c.head("查封决定书", "此件不公开\n")
    t += blk
    t += (
        f"\n    经查，当事人在{K('location', g.biz(reg))}楼顶设置的大型户外广告牌未经批准，且经鉴定存在结构安全隐患。"
        f"依据{K('statute', '《城市市容和环境卫生管理条例》第十一条')}，本局决定对该广告设施予以查封，期限三十日。\n"
    )
    t += c.remedy()
    t += "\n" + c.officers_line() + "\n" + c.contact() + c.sign(c.d1)
    return doc(t, hold=True, party="legal", kind="行政强制措施决定书", family="城市管理/不公开")


# ================================================================ 责令（限期）改正通知书
def order_fire_shop(g: Gen, reg, year: int, *, wide=False) -> dict:
    c = Ctx(g, reg, "fire", year, "责改字")
    owner, escort, landlord = g.name(g.pick(["common", "word", "compound"])), g.name(), g.name()
    born = g.born(1968, 1994)
    shop = K("location", g.biz(reg) + g.pick(["一楼沿街商铺", "底商", "门面房"]))
    t = c.head("责令限期改正通知书")
    t += (
        f"{c.L('被检查人')}：{N(owner)}（{g.pick(['小吃店', '五金店', '电动车维修店'])}店主）\n"
        f"身份证号：{S('id_number', fw(g.idn(reg, born, True)) if wide else g.idn(reg, born, True))}\n"
        f"联系电话：{S('phone', fw(g.mobile()) if wide else mob_fmt(g.mobile(), 3))}\n"
        f"检查地点：{shop}\n\n"
    )
    t += (
        f"    根据《中华人民共和国消防法》的规定，我大队于{c.D(c.d0)}对你店进行了消防监督检查，店主{N(owner)}的妻弟{N(escort)}"
        f"作为陪同人在场。发现你店存在下列消防安全违法行为：\n"
        f"    1.店内电动自行车蓄电池在经营场所内集中充电，充电区域未与其他区域进行防火分隔；\n"
        f"    2.二层住宿部位与一层经营部位未进行防火分隔（“三合一”场所）；\n"
        f"    3.灭火器压力不足，共3具。\n"
    )
    t += (
        f"    依据{K('statute', '《中华人民共和国消防法》第十六条第一款')}、{K('statute', '《消防监督检查规定》第二十五条')}之规定，"
        f"责令你于{c.D(c.d1 + dt.timedelta(days=15))}前改正第1、2项，当日改正第3项。"
        f"该商铺产权人{N(landlord)}（房东，不动产权证号{S('property_cert', g.pcert(reg, year - 11))}）应当配合整改。\n"
    )
    t += "    改正期间，你应当采取措施，确保消防安全。对逾期不改正的，将依法予以处罚。\n"
    t += (
        f"\n消防监督检查员：{c.officer_names()}\n被检查人签收：________\n"
        + c.contact()
        + c.sign(c.d0)
    )
    return doc(t, kind="责令限期改正通知书", family="消防救援" + ("/fullwidth" if wide else ""))


def order_cg_home(g: Gen, reg, year: int, *, crlf=False) -> dict:
    c = Ctx(g, reg, "cg", year, "责改")
    owner, tenant, compl = g.name(), g.name("one"), g.name("rare")
    born = g.born(1960, 1990)
    home = g.home()
    t = c.head("责令限期改正通知书")
    t += (
        f"{c.L('当事人')}：{N(owner)}（业主）\n{c.L('公民身份号码')}：{S('id_number', g.idn(reg, born, False))}\n"
        f"住址：{reg[0]}{reg[1]}{reg[2]}{S('address', home)}\n联系电话：{S('phone', mob_fmt(g.mobile(), 6))}\n\n"
    )
    t += (
        f"    本局于{c.D(c.d0)}接到投诉人{N(compl)}（同单元住户）投诉，经现场核查，你在所有的{reg[2]}{S('address', home)}房屋"
        f"（不动产权证号：{S('property_cert', g.pcert(reg, year - 3))}）装修过程中，擅自拆除室内承重墙体约6平方米。"
        f"该房屋现由承租人{N(tenant)}居住，装修工程由其雇请的施工人员实施。\n"
    )
    t += (
        f"    上述行为违反了{K('statute', '《住宅室内装饰装修管理办法》第五条第一款第（一）项')}的规定。"
        f"依据{K('statute', '《中华人民共和国行政处罚法》第二十八条第一款')}，现责令你于{c.D(c.d1 + dt.timedelta(days=10))}前"
        f"停止违法行为，委托原设计单位或具有相应资质的设计单位提出加固方案并恢复原状。逾期未改正的，本局将依法处理。\n"
    )
    t += "\n" + c.officers_line() + "\n" + c.contact() + c.sign(c.d1)
    return doc(t, kind="责令限期改正通知书", family="城市管理", crlf=crlf)


def order_culture_netbar(g: Gen, reg, year: int) -> dict:
    """Minors who are not the party are named: masked, not held."""
    c = Ctx(g, reg, "culture", year, "责改")
    blk, co, rep = company_block(c, "当事人", "网络科技")
    kid1, kid2, staff, mom = g.name(), g.name("one"), g.name(), g.name()
    kb = dt.date(TODAY.year - 15, g.rng.randint(1, 12), g.rng.randint(1, 28))
    t = c.head("责令改正通知书")
    t += blk
    t += f"经营场所：{K('location', g.biz(reg) + '二楼')}（网吧）\n\n"
    t += (
        f"    {c.D(c.d0)}21时40分，本局执法人员对当事人经营的网吧进行检查，发现未成年人{N(kid1)}（{S('birth_date', cn(kb))}出生，"
        f"身份证号{S('id_number', g.idn(reg, kb, True))}）、{N(kid2)}（现年14岁）在场内上网。收银员{N(staff)}称系使用成年人身份证"
        f"开卡，未核对本人。随后，{N(kid1)}之母{N(mom)}（电话{S('phone', mob_fmt(g.mobile(), 0))}）到场将二人带离。\n"
    )
    t += (
        f"    你单位的上述行为违反了{K('statute', '《互联网上网服务营业场所管理条例》第二十一条')}的规定。依据"
        f"{K('statute', '《中华人民共和国行政处罚法》第二十八条第一款')}，责令你单位立即改正，在入口处显著位置悬挂未成年人禁入标志，"
        f"并落实上网人员身份核对制度。本局将另案依法处理。\n"
    )
    t += "\n" + c.officers_line() + "\n" + c.contact() + c.sign(c.d0)
    return doc(t, party="legal", kind="责令改正通知书", family="文化旅游/minor-not-party")


def order_health_clinic_patient(g: Gen, reg, year: int) -> dict:
    """A named patient's diagnosis: health data, held."""
    c = Ctx(g, reg, "health", year, "责改")
    blk, co, rep = company_block(c, "当事人", "医疗管理")
    pat, relative, doctor = g.name(), g.name(), g.name()
    pb = g.born(1950, 1970)
    t = c.head("卫生监督意见书（责令改正）")
    t += blk
    t += (
        f"\n    {c.D(c.d0)}，本局接患者家属{N(relative)}（联系电话：{S('phone', mob_fmt(g.mobile(), 4))}）投诉，称患者{N(pat)}"
        f"（{S('birth_date', cn(pb))}出生，身份证号{S('id_number', g.idn(reg, pb, True))}）因2型糖尿病合并肾功能不全在当事人下设"
        f"门诊部就诊时，接诊医师{N(doctor)}未按规定书写门诊病历。经查属实。\n"
    )
    t += (
        f"    上述行为违反了{K('statute', '《医疗机构管理条例》第二十四条')}、{K('statute', '《医疗纠纷预防和处理条例》第十五条')}的规定，"
        f"现责令你单位于{c.D(c.d1 + dt.timedelta(days=7))}前改正，完善病历书写及质控制度。\n"
    )
    t += (
        "\n卫生监督员："
        + "、".join(f"{K('officer', n)}（{K('officer_cert', cc)}）" for n, cc in c.offs)
        + "\n"
        + c.contact()
        + c.sign(c.d1)
    )
    return doc(t, hold=True, party="legal", kind="责令改正通知书", family="卫生健康/health")


def order_eco_garage(g: Gen, reg, year: int, *, pdf=False) -> dict:
    c = Ctx(g, reg, "eco", year, "责改")
    op, emp = g.name(g.pick(["compound", "minority", "common"])), g.name("word")
    born = g.born(1975, 1995)
    shopname = f"{reg[2]}{g.pick(TRADES)}汽车维修部"
    prem = g.biz(reg)
    t = c.head("责令改正违法行为决定书")
    t += (
        f"{c.L('当事人')}：{K('company', shopname)}（个体工商户）　统一社会信用代码：{K('uscc', uscc(g.rng, reg[3], '92'))}\n"
        f"经营者：{N(op)}　公民身份号码：{S('id_number', g.idn(reg, born, True, want_x=g.rng.random() < 0.5))}\n"
        f"经营场所：{K('location', prem)}　联系电话：{S('phone', land_fmt(g.land(reg), 2))}\n\n"
    )
    t += (
        f"    {c.D(c.d0)}，我局执法人员对你单位进行检查，发现你单位在{K('location', prem)}露天从事汽车喷漆作业，未建设废气收集处理设施，"
        f"喷漆作业由雇员{N(emp)}操作。废机油约200升装于敞口塑料桶内存放在院内，未设置危险废物识别标志。\n"
    )
    t += (
        f"    你单位的上述行为违反了{K('statute', '《中华人民共和国大气污染防治法》第四十六条')}和"
        f"{K('statute', '《中华人民共和国固体废物污染环境防治法》第七十七条')}的规定。依据"
        f"{K('statute', '《环境行政处罚办法》第九条')}，现责令你单位：\n    1.立即停止露天喷漆作业；\n"
        f"    2.于{c.D(c.d1 + dt.timedelta(days=20))}前规范设置危险废物贮存场所及标识。\n"
    )
    t += "    对本决定不服的，可以依法申请行政复议或者提起行政诉讼。\n"
    t += "\n" + c.officers_line() + "\n" + c.contact() + c.sign(c.d1)
    return doc(t, kind="责令改正通知书", family="生态环境", fmt="pdf" if pdf else "plain")


def order_housing_agency(g: Gen, reg, year: int) -> dict:
    c = Ctx(g, reg, "housing", year, "责改")
    blk, co, rep = company_block(c, "当事人", "房地产经纪", lawyer=False)
    tenant, broker, landlord = g.name(g.pick(["minority", "common"])), g.name(), g.name("one")
    fz, fl = g.foreign()
    t = c.head("责令限期改正通知书")
    t += blk
    t += (
        f"\n    本局于{c.D(c.d0)}收到承租人{N(tenant)}（联系电话：{S('phone', mob_fmt(g.mobile(), 1))}）的投诉，反映你公司经纪人{N(broker)}"
        f"在为其提供租赁居间服务时，未书面告知房屋存在抵押，并收取“看房费”800元。经查，涉案房屋位于{reg[2]}{S('address', g.home())}，"
        f"房东{N(landlord)}通过你公司挂牌出租；同期你公司还为外籍人员{N(fz)}（{N(fl)}，护照号码：{S('passport', g.pick('EGPK') + str(g.rng.randint(10000000, 99999999)))}）"
        f"办理了租赁手续，但未按规定进行网签备案。\n"
    )
    t += (
        f"    上述行为违反了{K('statute', '《房地产经纪管理办法》第二十一条')}、{K('statute', '《商品房屋租赁管理办法》第十四条')}的规定，"
        f"现责令你公司于{c.D(c.d1 + dt.timedelta(days=15))}前改正，退还违规收取的费用，并将整改情况书面报送本局。\n"
    )
    t += "\n" + c.officers_line() + "\n" + c.contact() + c.sign(c.d1)
    return doc(t, party="legal", kind="责令限期改正通知书", family="住房建设")


def order_internal(g: Gen, reg, year: int) -> dict:
    c = Ctx(g, reg, "agri", year, "责改")
    farmer = g.name()
    born = g.born(1965, 1985)
    t = c.head("责令改正通知书", "内部资料　注意保存\n")
    t += person_block(c, "养殖户", N(farmer), born, True)
    t += (
        f"\n    {c.D(c.d0)}，本局执法人员检查发现，你在{K('location', reg[2] + '生猪养殖场')}饲养的生猪未按规定佩戴畜禽标识，"
        f"违反了{K('statute', '《中华人民共和国畜牧法》第六十七条')}的规定，责令你于{c.D(c.d1 + dt.timedelta(days=10))}前改正。\n"
    )
    t += "\n" + c.officers_line() + "\n" + c.contact() + c.sign(c.d1)
    return doc(t, hold=True, kind="责令改正通知书", family="农业农村/内部资料")


# ================================================================ 听证告知书 / 行政处罚事先告知书
def hearing_mkt_company(g: Gen, reg, year: int, *, lawyer=True) -> dict:
    c = Ctx(g, reg, "mkt", year, "听告")
    blk, co, rep = company_block(c, "当事人", "食品", lawyer=lawyer, agent_private=not lawyer)
    buyer = g.name()
    amt = g.amount(50000, 150000, 5000)
    t = c.head("行政处罚听证告知书")
    t += blk
    t += (
        f"\n{K('company', co)}：\n    经查，你公司于{K('date', f'{year - 1}年11月')}至{K('date', f'{year}年1月')}期间，在其网店销售的“有机”"
        f"大米未取得有机产品认证，标注虚假认证标志，违法所得{K('amount', '23640元')}。消费者{N(buyer)}购买后向本局举报，"
        f"并提供了订单截图及收货地址（{reg[1]}{reg[2]}{S('address', g.home())}）。\n"
    )
    t += (
        f"    你公司的上述行为违反了{K('statute', '《认证认可条例》第二十八条')}的规定，依据{K('statute', '《认证认可条例》第六十六条')}，"
        f"本局拟对你公司作出如下行政处罚：\n    1.没收违法所得{K('amount', '23640元')}；\n    2.罚款{K('amount', amt[0])}（{K('amount', amt[1])}）。\n"
    )
    t += (
        f"    根据{K('statute', '《中华人民共和国行政处罚法》第六十三条')}、{K('statute', '《中华人民共和国行政处罚法》第六十四条')}的规定，"
        f"你公司有要求听证的权利。如要求听证，应当在收到本告知书之日起五个工作日内向本局提出，逾期视为放弃听证权利。"
        f"听证申请人可以亲自参加听证，也可以委托一至二人代理。\n"
    )
    t += "\n" + c.contact() + c.sign(c.d2)
    return doc(t, party="legal", kind="听证告知书", family="市场监管")


def hearing_land_farmer(g: Gen, reg, year: int, *, pdf=False) -> dict:
    c = Ctx(g, reg, "land", year, "听告")
    farmer, son, cadre = g.name(g.pick(["word", "common"])), g.name(), g.name("one")
    born = g.born(1955, 1970)
    town, vil = g.pick(TOWNS)
    t = c.head("行政处罚听证告知书")
    t += (
        f"{c.L('当事人')}：{N(farmer)}\n{c.L('身份证号码')}：{S('id_number', g.id15(reg, born, True))}\n"
        f"住址：{reg[1]}{reg[2]}{S('address', town + '镇' + vil + '村' + str(g.rng.randint(1, 9)) + '组' + str(g.rng.randint(1, 80)) + '号')}\n"
        f"联系人：{N(son)}（系当事人之子）　联系电话：{S('phone', mob_fmt(g.mobile(), 2))}\n\n"
    )
    t += (
        f"    经查，你于{K('date', f'{year - 1}年3月')}未经批准，在{K('location', reg[2] + town + '镇' + vil + '村村道东侧')}占用耕地"
        f"建设住宅以外的仓储用房，占地面积{K('amount', '312平方米')}。村民委员会委员{N(cadre)}于当年即向你送达了停工通知。"
        f"依据{K('statute', '《中华人民共和国土地管理法》第七十七条第一款')}、{K('statute', '《中华人民共和国土地管理法实施条例》第五十七条')}，"
        f"本局拟责令你退还非法占用的土地，限期拆除在非法占用土地上新建的建筑物和其他设施，恢复土地原状，"
        f"并处罚款{K('amount', '人民币柒仟捌佰元整')}。\n"
    )
    t += (
        f"    根据{K('statute', '《中华人民共和国行政处罚法》第六十三条')}，你有权要求听证。如要求听证，请于收到本告知书之日起"
        f"五日内向本局法规科提出。\n"
    )
    t += "\n" + c.contact() + c.sign(c.d2)
    return doc(t, kind="听证告知书", family="自然资源", fmt="pdf" if pdf else "plain")


def prior_medins_pharmacy(g: Gen, reg, year: int, *, spaced=False) -> dict:
    c = Ctx(g, reg, "medins", year, "先告", spaced=spaced)
    blk, co, rep = company_block(c, "当事人", "大药房")
    p1, p2, clerk = g.name(), g.name(g.pick(["compound", "common"])), g.name()
    b1, b2 = g.born(1940, 1960), g.born(1950, 1975)
    store = g.biz(reg)
    t = c.head("行政处罚事先告知书")
    t += blk
    t += f"{c.L('定点机构编码')}：P{reg[3]}{g.rng.randint(10000, 99999)}　经营地址：{K('location', store)}\n\n"
    t += (
        f"    经查，你单位在{K('date', f'{year - 1}年')}医保飞行检查期间，存在以下违法行为：营业员{N(clerk)}为参保人{N(p1)}"
        f"（社会保障号码{S('id_number', g.idn(reg, b1, False))}）、{N(p2)}（社会保障号码{S('id_number', g.idn(reg, b2, True, want_x=True))}）"
        f"使用其医保个人账户刷卡结算日用品、保健食品，以药品名义上传结算数据，涉及医保基金{K('amount', '4865.20元')}。\n"
    )
    t += (
        f"    上述行为违反了{K('statute', '《医疗保障基金使用监督管理条例》第十五条')}的规定，依据"
        f"{K('statute', '《医疗保障基金使用监督管理条例》第三十八条')}，本局拟责令你单位改正，责令退回医保基金"
        f"{K('amount', '4865.20元')}，并处造成损失金额二倍的罚款{K('amount', '9730.40元')}。\n"
    )
    t += (
        f"    依据{K('statute', '《中华人民共和国行政处罚法》第四十四条')}，你单位可在收到本告知书之日起五个工作日内向本局提出陈述、申辩。"
        f"逾期未提出的，视为放弃上述权利。\n"
    )
    t += "\n" + c.contact() + c.sign(c.d2)
    return doc(
        t, party="legal", kind="行政处罚事先告知书", family="医保" + ("/spaced" if spaced else "")
    )


def prior_police_foreigner(g: Gen, reg, year: int) -> dict:
    c = Ctx(g, reg, "police", year, "先告")
    landlord = g.name()
    fz, fl = g.foreign()
    born = g.born(1958, 1985)
    home = g.home()
    pp = g.pick("ABCDEGK") + "".join(g.pick("0123456789") for _ in range(8))
    t = c.head("行政处罚告知笔录（书面）")
    t += (
        f"被告知人：{N(landlord)}（房东）　性别：女\n身份证号：{S('id_number', g.idn(reg, born, False))}\n"
        f"现住址：{reg[0]}{reg[1]}{reg[2]}{S('address', g.home())}\n联系电话：{S('phone', land_fmt(g.land(reg), 3))}\n\n"
    )
    t += (
        f"    经查，{c.D(c.d0)}至{c.D(c.d1)}，你将位于{reg[2]}{S('address', home)}的出租房屋出租给外国人{N(fz)}（{N(fl)}，"
        f"护照号码：{S('passport', pp)}）居住，未在规定时间内向公安机关报送承租人的住宿登记信息。承租人{N(fz)}自称系"
        f"{reg[1]}某外贸公司职员。\n"
    )
    t += (
        f"    你的行为违反了{K('statute', '《中华人民共和国出境入境管理法》第三十九条第一款')}的规定，依据"
        f"{K('statute', '《中华人民共和国出境入境管理法》第七十六条第一款第（五）项')}，我局拟对你处以警告并罚款{K('amount', '500元')}。\n"
    )
    t += (
        f"    根据{K('statute', '《中华人民共和国行政处罚法》第四十四条')}、第四十五条的规定，你有权进行陈述和申辩。\n"
        f"    陈述申辩人意见：{N(landlord)}称承租人系其女儿{N(g.name())}介绍，不知需要登记，请求从轻处理。\n"
    )
    t += "\n" + c.officers_line() + "\n" + c.sign(c.d2)
    return doc(t, kind="行政处罚事先告知书", family="公安治安/foreigner")


def prior_tax_person(g: Gen, reg, year: int) -> dict:
    c = Ctx(g, reg, "tax", year, "税罚告")
    who, acct = g.name(g.pick(["minority", "common", "one"])), g.name()
    born = g.born(1970, 1990)
    email = f"{g.pick(['lxw', 'design', 'studio', 'photo', 'wangluo'])}{g.rng.randint(10, 99)}@{g.pick(['163.com', 'foxmail.com', 'outlook.com'])}"
    t = c.head("税务行政处罚事项告知书")
    t += (
        f"{N(who)}（纳税人识别号：{S('id_number', g.idn(reg, born, False))}）：\n"
        f"    对你（单位）{K('date', f'{year - 2}年1月1日')}至{K('date', f'{year - 2}年12月31日')}取得劳务报酬所得未依法办理个人所得税"
        f"综合所得汇算清缴的税收违法行为，拟于{c.D(c.d2 + dt.timedelta(days=5))}之前作出处罚决定：\n"
    )
    t += (
        f"    根据{K('statute', '《中华人民共和国税收征收管理法》第六十四条第二款')}的规定，拟处以不缴或者少缴税款百分之五十的罚款，"
        f"计{K('amount', '12380.00元')}。\n"
    )
    t += (
        "    你有陈述、申辩的权利。请在我局（所）作出税务行政处罚决定之前，到我局（所）进行陈述、申辩或自行提供陈述、申辩材料；"
        "逾期不进行陈述、申辩的，视同放弃权利。\n    若拟对你罚款2000元（含2000元）以上，你有要求听证的权利。\n"
    )
    t += (
        f"    经办过程中，你委托的代账人员{N(acct)}（联系电话：{S('phone', mob_fmt(g.mobile(), 0))}，电子邮箱：{S('email', email)}）"
        f"提交了补充申报资料。\n"
    )
    t += c.sign(c.d2) + f"\n经办人：{c.officer_names()}　联系电话：{c.phone}\n"
    return doc(t, kind="行政处罚事先告知书", family="税务")


def prior_trade_secret(g: Gen, reg, year: int) -> dict:
    c = Ctx(g, reg, "mkt", year, "先告")
    blk, co, rep = company_block(c, "当事人", "电子科技", lawyer=True)
    ex = g.name()
    t = c.head("行政处罚事先告知书")
    t += blk
    t += (
        f"\n    经查，你公司前员工{N(ex)}离职后，你公司以不正当手段获取其原任职单位的电路设计图纸及客户报价清单。"
        f"本案证据材料涉及权利人的商业秘密，本告知书所附清单载有权利人商业秘密，不予公开。\n"
    )
    t += (
        f"    你公司的上述行为违反了{K('statute', '《中华人民共和国反不正当竞争法》第九条第一款')}的规定，依据"
        f"{K('statute', '《中华人民共和国反不正当竞争法》第二十一条')}，本局拟处罚款{K('amount', '人民币叁拾万元整')}。"
        f"你公司可在收到本告知书之日起五个工作日内提出陈述、申辩，或要求听证。\n"
    )
    t += "\n" + c.contact() + c.sign(c.d2)
    return doc(
        t, hold=True, party="legal", kind="行政处罚事先告知书", family="市场监管/trade-secret"
    )


# ================================================================ 当场行政处罚决定书（简易程序）
def box(on: bool) -> str:
    return "☑" if on else "□"


def onspot_traffic(
    g: Gen,
    reg,
    year: int,
    *,
    table=False,
    born: dt.date | None = None,
    hold=False,
    family="交通运输",
) -> dict:
    c = Ctx(g, reg, "trans", year, "简罚")
    drv = g.name(g.pick(["common", "rare", "word", "compound"]))
    male = g.rng.random() < 0.6
    born = born or g.born(1970, 2000)
    plate = g.plate(reg, ev=g.rng.random() < 0.5)
    amt = g.amount(100, 200, 50)
    t = c.head("当场行政处罚决定书（简易程序）")
    if table:
        t += (
            "| 被处罚人 | " + N(drv) + " | 性别 | " + ("男" if male else "女") + " |\n"
            "|---|---|---|---|\n"
            f"| 出生日期 | {S('birth_date', f'{born:%Y-%m-%d}')} | 身份证号 | {S('id_number', g.idn(reg, born, male))} |\n"
            f"| 车牌号码 | {S('license_plate', plate)} | 联系电话 | {S('phone', mob_fmt(g.mobile(), 4))} |\n"
            f"| 住址 | {reg[1]}{reg[2]}{S('address', g.home())} | 驾驶证档案号 | {g.rng.randint(10, 99)}0{g.rng.randint(1000000, 9999999)} |\n\n"
        )
    else:
        t += (
            f"{c.L('驾驶人')}：{N(drv)}　{box(male)}男 {box(not male)}女　出生日期：{S('birth_date', cn(born))}\n"
            f"机动车驾驶证号：{S('id_number', g.idn(reg, born, male))}\n"
            f"车辆号牌：{S('license_plate', plate)}　联系电话：{S('phone', mob_fmt(g.mobile(), g.rng.randint(0, 6)))}\n\n"
        )
    t += (
        f"    被处罚人于{c.D(c.d0)}10时15分，在{K('location', reg[2] + '客运站出站口')}驾驶{S('license_plate', plate)}号小型客车"
        f"未经许可从事道路旅客运输经营（招揽乘客2名），违反了{K('statute', '《中华人民共和国道路运输条例》第八条')}的规定，"
        f"依据{K('statute', '《中华人民共和国行政处罚法》第五十一条')}，决定给予：{box(False)}警告 {box(True)}罚款"
        f"{K('amount', amt[0])}（{K('amount', amt[1])}）。\n"
    )
    t += f"    罚款缴纳方式：{box(True)}当场缴纳 {box(False)}自收到本决定书之日起十五日内到指定银行缴纳。\n"
    t += c.remedy(f"{reg[1]}交通运输局")
    t += (
        f"\n被处罚人签名：{N(drv)}　　　执法人员：{c.offs[0][0] and K('officer', c.offs[0][0])}（{K('officer_cert', c.offs[0][1])}）、"
        f"{K('officer', c.offs[1][0])}（{K('officer_cert', c.offs[1][1])}）\n"
    )
    t += c.sign(c.d0)
    return doc(t, hold=hold, kind="当场行政处罚决定书", family=family + ("/table" if table else ""))


def onspot_cg_vendor(
    g: Gen,
    reg,
    year: int,
    *,
    minority=False,
    crlf=False,
    born: dt.date | None = None,
    family="城市管理",
) -> dict:
    c = Ctx(g, reg, "cg", year, "当罚")
    vendor = g.name("minority" if minority else g.pick(["common", "word", "one"]))
    helper = g.name()
    male = g.rng.random() < 0.5
    if born is not None:
        assert age_on(born, c.d0) == 17 and age_on(born, TODAY) >= 18, (born, c.d0)
    born = born or g.born(1960, 1995)
    t = c.head("当场处罚决定书")
    t += person_block(
        c, "摊主", N(vendor), born, male, phone_style=g.rng.randint(0, 6), id_label="身份证号"
    )
    t += (
        f"\n    {c.D(c.d0)}18时20分，你在{K('location', reg[2] + g.pick(['人民广场东侧人行道', '火车站站前广场', '夜市步行街北口']))}"
        f"擅自占道设摊经营{g.pick(['烧烤', '水果', '炒饭'])}，与你一同摆摊的{N(helper)}（你的{g.pick(['丈夫', '妻子', '表弟'])}）经劝阻后仍未撤离。"
        f"以上事实有现场照片2张为证。\n"
    )
    t += (
        f"    你的行为违反了{K('statute', '《城市市容和环境卫生管理条例》第十四条')}的规定，依据"
        f"{K('statute', '《城市市容和环境卫生管理条例》第三十六条第（二）项')}、{K('statute', '《中华人民共和国行政处罚法》第五十一条')}，"
        f"决定给予罚款{K('amount', '人民币伍拾元整')}的处罚。罚款于当场收缴，罚没收据编号：{reg[3][:2]}{g.rng.randint(1000000, 9999999)}。\n"
    )
    t += c.remedy()
    t += "\n" + c.officers_line() + "\n" + c.sign(c.d0, seal=False)
    return doc(
        t, kind="当场行政处罚决定书", family=family + ("/minority" if minority else ""), crlf=crlf
    )


def onspot_mkt_shop(g: Gen, reg, year: int, *, spaced=False) -> dict:
    c = Ctx(g, reg, "mkt", year, "简罚", spaced=spaced)
    owner, wit = g.name(g.pick(["compound", "common"])), g.name()
    born = g.born(1975, 1998)
    shop = f"{reg[2]}{g.pick(TRADES)}便利店"
    t = c.head("当场行政处罚决定书")
    t += (
        f"{c.L('当事人')}：{K('company', shop)}　{c.L('店主')}：{N(owner)}\n"
        f"{c.L('统一社会信用代码')}：{K('uscc', uscc(g.rng, reg[3], '92'))}\n"
        f"{c.L('身份证号')}：{S('id_number', g.idn(reg, born, False))}　{c.L('电话')}：{S('phone', mob_fmt(g.mobile(), g.rng.randint(0, 6)))}\n"
        f"{c.L('经营地址')}：{K('location', g.biz(reg))}\n\n"
    )
    t += (
        f"    违法事实：{c.D(c.d0)}，执法人员检查发现当事人未将营业执照置于经营场所的醒目位置，在场人{N(wit)}（店员）称"
        f"营业执照收在抽屉内。\n    违反条款：{K('statute', '《中华人民共和国市场主体登记管理条例》第三十六条')}\n"
        f"    处罚依据：{K('statute', '《中华人民共和国市场主体登记管理条例》第四十八条')}\n"
        f"    处罚种类及数额：{box(True)}警告　{box(False)}罚款\n"
    )
    t += c.remedy()
    t += "\n" + c.officers_line() + "\n当事人签名：________　　日期：____\n" + c.sign(c.d0)
    return doc(t, kind="当场行政处罚决定书", family="市场监管" + ("/spaced" if spaced else ""))


def onspot_guide(g: Gen, reg, year: int) -> dict:
    c = Ctx(g, reg, "culture", year, "简罚")
    guide, tourist = g.name(g.pick(["common", "minority"])), g.name()
    born = g.born(1985, 2000)
    t = c.head("当场行政处罚决定书")
    t += (
        f"{c.L('当事人')}：{N(guide)}（导游）　导游证号：D-{reg[3][:4]}-{g.rng.randint(100000, 999999)}\n"
        f"身份证号：{S('id_number', g.idn(reg, born, False, want_x=True))}　联系电话：{S('phone', mob_fmt(g.mobile(), 1))}\n"
        f"所属旅行社：{K('company', g.company(reg, '国际旅行社'))}\n\n"
    )
    t += (
        f"    {c.D(c.d0)}，游客{N(tourist)}（电话{S('phone', mob_fmt(g.mobile(), 0))}）投诉，当事人带团途中擅自增加购物点"
        f"{K('location', reg[2] + '玉石文化城')}，并以言语要挟游客购物。经现场核实属实。\n"
    )
    t += (
        f"    上述行为违反了{K('statute', '《导游管理办法》第二十三条第（四）项')}，依据{K('statute', '《导游管理办法》第三十三条')}"
        f"及{K('statute', '《中华人民共和国行政处罚法》第五十一条')}，决定给予警告。\n"
    )
    t += c.remedy()
    t += "\n" + c.officers_line() + "\n" + c.contact() + c.sign(c.d0)
    return doc(t, kind="当场行政处罚决定书", family="文化旅游")


def onspot_police_visitor(g: Gen, reg, year: int) -> dict:
    c = Ctx(g, reg, "police", year, "当罚决字")
    who, victim = g.name(), g.name(g.pick(["word", "compound"]))
    born = g.born(1975, 1995)
    tw = "".join(g.pick("0123456789") for _ in range(8))
    t = c.head("当场处罚决定书")
    t += (
        f"违法行为人：{N(who)}　性别：男　出生日期：{S('birth_date', cn(born))}\n"
        f"证件种类：台湾居民来往大陆通行证　证件号码：{S('passport', tw)}\n"
        f"现住址：{reg[1]}{reg[2]}{S('address', g.home())}　联系方式：{S('phone', mob_fmt(g.mobile(), 2))}\n\n"
    )
    t += (
        f"    现查明{c.D(c.d0)}22时许，违法行为人在{K('location', g.biz(reg) + '某KTV门口')}因停车纠纷与受害人{N(victim)}发生争执，"
        f"并推搡{N(victim)}，致其轻微擦伤（未构成轻微伤）。\n"
        f"    以上事实有违法行为人陈述、受害人陈述、证人证言等证据证实。\n"
    )
    t += (
        f"    根据{K('statute', '《中华人民共和国治安管理处罚法》第四十三条第一款')}之规定，决定给予违法行为人罚款{K('amount', '200元')}的处罚。\n"
        f"    执行方式：{box(False)}当场训诫 {box(True)}被处罚人持本决定书在十五日内到银行缴纳罚款。\n"
    )
    t += c.remedy(f"{reg[1]}公安局")
    t += (
        "\n办案民警："
        + "、".join(f"{K('officer', n)}（警号{K('officer_cert', cc)}）" for n, cc in c.offs)
        + "\n"
        + c.sign(c.d0)
    )
    return doc(t, kind="当场行政处罚决定书", family="公安治安")


def onspot_minor_by_birth(g: Gen, reg, year: int) -> dict:
    """Party's age only from the birth date (no ID number): 16 on 2026-11-25, held."""
    c = Ctx(g, reg, "police", year, "当罚决字")
    kid, mother = g.name(), g.name()
    kb = dt.date(TODAY.year - 16, g.rng.randint(1, 10), g.rng.randint(1, 28))
    t = c.head("当场处罚决定书")
    t += (
        f"违法行为人：{N(kid)}　性别：女　出生日期：{S('birth_date', cn(kb))}\n"
        f"住址：{reg[1]}{reg[2]}{S('address', g.home())}\n法定代理人：{N(mother)}（母亲）　联系电话：{S('phone', mob_fmt(g.mobile(), 0))}\n\n"
    )
    t += (
        f"    现查明{c.D(c.d0)}，违法行为人在{K('location', reg[2] + '体育场看台')}燃放烟花，扰乱大型群众性活动秩序。"
        f"依据{K('statute', '《中华人民共和国治安管理处罚法》第二十四条第一款')}，决定给予警告。\n"
    )
    t += c.remedy(f"{reg[1]}公安局")
    t += (
        "\n办案民警："
        + "、".join(f"{K('officer', n)}（警号{K('officer_cert', cc)}）" for n, cc in c.offs)
        + "\n"
        + c.sign(c.d0)
    )
    return doc(t, hold=True, kind="当场行政处罚决定书", family="公安治安/minor-party")


# ================================================================ process documents (held)
def record_inquiry(g: Gen, reg, year: int) -> dict:
    c = Ctx(g, reg, "mkt", year, "询")
    who = g.name()
    born = g.born(1970, 1995)
    t = f"{c.ag}\n询问笔录\n\n第1页 共2页\n"
    t += (
        f"询问时间：{c.D(c.d0)}14时10分至15时05分\n询问地点：{c.addr}\n"
        f"询问人：{c.officer_names()}　记录人：{K('officer', c.offs[1][0])}\n"
    )
    t += person_block(c, "被询问人", N(who), born, True, phone_style=1)
    t += (
        f"问：我们是{c.ag}的执法人员（出示执法证件），现依法向你询问，你应当如实回答，你听清楚了吗？\n答：听清楚了。\n"
        f"问：你在店里卖的电子烟是从哪里进的货？\n答：从网上一个叫“阿明”的人那里进的，微信转账付的钱。\n"
        f"问：店铺是你一个人经营吗？\n答：是我和我表哥{N(g.name())}合伙开的，营业执照登记在我名下，平时他看店比较多。\n"
        f"问：你的电子烟放在店里什么位置？\n答：收银台下面的柜子里，有人来问才拿出来，不摆在货架上。\n"
        f"问：有没有卖给未成年人？\n答：没有，一般都是附近工地上的人来买。\n"
        f"问：你是否知道销售电子烟需要取得烟草专卖零售许可证？\n答：以前不知道，现在知道了。\n"
        f"问：一共卖出去多少？\n答：大概二十多盒，记不清了，每盒卖八十元，进价五十元。\n"
        f"问：你还有什么要补充的吗？\n答：没有了，我愿意配合调查，以后不卖了。\n问：以上笔录你看一下，是否属实？\n答：看过了，和我说的一样，属实。\n"
        f"被询问人签名：{N(who)}　　{c.D(c.d0)}\n第2页 共2页\n"
    )
    return doc(t, hold=True, kind="询问笔录", family="process")


def record_site_check(g: Gen, reg, year: int) -> dict:
    c = Ctx(g, reg, "ems", year, "检")
    blk, co, rep = company_block(c, "被检查单位", "机械制造")
    lead = g.name()
    t = f"{c.ag}\n现场检查笔录\n\n"
    t += blk
    t += (
        f"检查时间：{c.D(c.d0)}9时00分至11时30分\n检查场所：{K('location', g.biz(reg) + '厂区')}\n"
        f"检查人员：{c.officer_names()}\n现场负责人：{N(lead)}　职务：生产副总　电话：{S('phone', mob_fmt(g.mobile(), 1))}\n"
    )
    t += (
        f"检查人员出示执法证件，告知被检查单位依法享有的权利和应当履行的义务，被检查单位无申请回避要求。\n"
        "检查情况：1.冲压车间2台冲床光电保护装置失效，操作人员徒手送料；2.特种作业人员台账缺失，现场电焊作业人员未能出示特种作业操作证；"
        "3.应急演练记录不全，本年度未开展综合应急预案演练；4.喷涂车间防爆电气设施有1处接线盒盖板缺失；"
        "5.安全生产教育培训档案中3名新进员工无岗前培训记录。\n"
        f"现场检查时，安全员{N(g.name())}（电话：{S('phone', mob_fmt(g.mobile(), 0))}）提供了设备台账和培训档案。"
        "检查过程中拍摄现场照片12张，调取设备维护记录1份。\n"
        f"以上情况属实。现场负责人签字：{N(lead)}\n检查人员签字：{c.officer_names()}\n"
    )
    return doc(t, hold=True, party="legal", kind="现场检查笔录", family="process")


# ================================================================ look-alikes (published)
def onspot_adult_now(g: Gen, reg, year: int) -> dict:
    """17 on the decision day, 18 on 2026-11-25: not held."""
    b = dt.date(2008, 1, g.rng.randint(1, 28))
    return onspot_cg_vendor(g, reg, year, born=b, family="城市管理/adult-now")


# ================================================================ noise and output
def wrap(segs, rng: random.Random, lo: int, hi: int, split_names: bool):
    """Hard line breaks every lo..hi characters as in text extracted from a PDF (inside sensitive
    numbers and addresses, and names when ``split_names``, never inside a keep span), with a page
    footer every few lines."""
    out, col, width, lines, page = [], 0, rng.randint(lo, hi), 0, 1
    footer = rng.choice(FOOTERS)
    every = rng.randint(12, 18)
    for text, role, kind in segs:
        can = role is None or (role == "S" and (kind != "person_name" or split_names))
        buf = ""
        for ch in text:
            if ch == "\n":
                col = 0
                buf += ch
                continue
            if col >= width and can and ch not in "，。；：、）】」":
                buf += "\n"
                col, width = 0, rng.randint(lo, hi)
                lines += 1
                if role is None and lines >= every:
                    lines = 0
                    page += 1
                    buf += footer.format(p=page - 1, n=3) + "\n"
            buf += ch
            col += 1
        out.append([buf, role, kind])
    return out


def plan():
    R = REGIONS
    return [
        # 不予行政处罚决定书
        lambda g: nopen_mkt_shop(g, R[0], 2026),
        lambda g: nopen_mkt_shop(g, R[8], 2025, spaced=True),
        lambda g: nopen_mkt_shop(g, R[13], 2026, crlf=True),
        lambda g: nopen_police_child(g, R[4], 2026),
        lambda g: nopen_eco_company(g, R[5], 2025),
        lambda g: nopen_eco_company(g, R[16], 2026, lookalike=True),
        lambda g: nopen_tax_person(g, R[1], 2026),
        lambda g: nopen_tax_person(g, R[9], 2025, pdf=True),
        lambda g: nopen_trans_driver(g, R[2], 2026),
        lambda g: nopen_trans_driver(g, R[14], 2025),
        # 行政强制措施决定书
        lambda g: seal_mkt_premises(g, R[11], 2026),
        lambda g: seal_mkt_premises(g, R[3], 2025, pdf=True),
        lambda g: detain_trans_vehicle(g, R[6], 2026),
        lambda g: detain_trans_vehicle(g, R[15], 2025, table=True),
        lambda g: detain_trans_vehicle(g, R[17], 2026, crlf=True),
        lambda g: seal_land_controller(g, R[7], 2026),
        lambda g: detain_tobacco(g, R[2], 2025),
        lambda g: seal_ems_site(g, R[12], 2026),
        lambda g: detain_agri_stall(g, R[10], 2026),
        lambda g: detain_agri_stall(g, R[13], 2025),
        lambda g: detain_police_marked(g, R[0], 2026),
        lambda g: seal_cg_unpublic(g, R[5], 2026),
        # 责令（限期）改正通知书
        lambda g: order_fire_shop(g, R[1], 2026),
        lambda g: order_fire_shop(g, R[7], 2026, wide=True),
        lambda g: order_cg_home(g, R[3], 2026),
        lambda g: order_cg_home(g, R[12], 2025, crlf=True),
        lambda g: order_culture_netbar(g, R[9], 2026),
        lambda g: order_health_clinic_patient(g, R[6], 2026),
        lambda g: order_eco_garage(g, R[8], 2026),
        lambda g: order_eco_garage(g, R[11], 2025, pdf=True),
        lambda g: order_housing_agency(g, R[14], 2026),
        lambda g: order_internal(g, R[16], 2026),
        # 听证告知书 / 行政处罚事先告知书
        lambda g: hearing_mkt_company(g, R[4], 2026),
        lambda g: hearing_mkt_company(g, R[17], 2025, lawyer=False),
        lambda g: hearing_land_farmer(g, R[10], 2026),
        lambda g: hearing_land_farmer(g, R[0], 2025, pdf=True),
        lambda g: prior_medins_pharmacy(g, R[15], 2026),
        lambda g: prior_medins_pharmacy(g, R[7], 2026, spaced=True),
        lambda g: prior_police_foreigner(g, R[1], 2026),
        lambda g: prior_police_foreigner(g, R[8], 2025),
        lambda g: prior_tax_person(g, R[11], 2026),
        lambda g: prior_tax_person(g, R[5], 2026),
        lambda g: prior_trade_secret(g, R[2], 2026),
        # 当场行政处罚决定书
        lambda g: onspot_traffic(g, R[6], 2026),
        lambda g: onspot_traffic(g, R[13], 2025, table=True),
        lambda g: onspot_cg_vendor(g, R[11], 2026, minority=True),
        lambda g: onspot_cg_vendor(g, R[3], 2026, crlf=True),
        lambda g: onspot_mkt_shop(g, R[9], 2026),
        lambda g: onspot_mkt_shop(g, R[16], 2025, spaced=True),
        lambda g: onspot_guide(g, R[10], 2026),
        lambda g: onspot_police_visitor(g, R[8], 2026),
        lambda g: onspot_minor_by_birth(g, R[4], 2026),
        lambda g: onspot_adult_now(g, R[12], 2025),
        # process documents
        lambda g: record_inquiry(g, R[2], 2026),
        lambda g: record_site_check(g, R[15], 2026),
    ]


def main() -> None:
    scorer = load_scorer()
    rng = random.Random(SEED)
    g = Gen(rng)
    fresh_docs_dir(HERE)
    out = []
    for i, make in enumerate(plan(), 1):
        fname = f"docs/{i:04d}.txt"
        for _attempt in range(20):  # a draw whose name collides with other text is drawn again
            g.reset()
            d = make(g)
            segs = parse_segments(d["markup"])
            if d["fmt"] == "pdf":
                segs = wrap(segs, rng, 24, 40, split_names=rng.random() < 0.5)
            text, spans = render_segments(segs, crlf=d["crlf"])
            sens, keep, seen = [], [], set()
            for _s, _e, role, kind, t in sorted(spans, key=lambda x: "\n" in x[4]):
                if kind in NUMERIC:
                    key = (
                        role,
                        kind,
                        scorer.digits_view(t),
                        re.sub(r"[\d\s\-－]", "", t.translate(scorer.WIDE)),
                    )
                else:
                    key = (role, kind, re.sub(r"\s+", "", t) if kind == "person_name" else t)
                if key in seen:
                    continue
                seen.add(key)
                (sens if role == "S" else keep).append({"kind": kind, "text": t})
            labels = {
                "file": fname,
                "family": d["family"]
                + ("/pdf" if d["fmt"] == "pdf" else "")
                + ("/crlf" if d["crlf"] else ""),
                "doc_kind": d["doc_kind"],
                "hold": d["hold"],
                "party_type": d["party_type"],
                "sensitive": sens,
                "keep": keep,
            }
            try:
                self_check(scorer, text, spans, labels, fname)
                check_unlabelled_numbers(scorer, text, spans, fname)
            except AssertionError as e:
                print(f"{fname}: redraw ({str(e)[:120]})")
                continue
            break
        else:
            raise SystemExit(f"{fname}: no clean draw")
        for s in sens:
            if s["kind"] == "id_number" and len(scorer.digits_view(s["text"])) == 18:
                v = scorer.digits_view(s["text"])
                assert gb11643_check_char(v[:17]) == v[17], (fname, s)
        if not 800 <= len(text) <= 3000:
            print(f"{fname}: {len(text)} characters ({d['family']})")
        (HERE / fname).write_bytes(text.encode("utf-8"))
        out.append(labels)
    write_labels(HERE, out)
    print_summary(out)


if __name__ == "__main__":
    main()
