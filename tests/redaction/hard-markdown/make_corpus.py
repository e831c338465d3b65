#!/usr/bin/env python3
"""Generate the held-out "hard-markdown" redaction corpus (docs/ + labels.json).

Written as an independent examiner would, without looking at the engine: agencies that keep
their decisions as Markdown converted from Word for their web pages. Most documents are .md,
some .txt (plain, or Markdown saved under .txt). The styles such conversions produce:
- ``#``/``##`` headings (the agency, the title, 一、当事人基本情况 …), centred ``<div>`` titles;
- bold labels (``**当事人**：``, ``**姓名：**``, bold on part of a label ``**当事**人：``), bold
  values, labels and values separated by ``&nbsp;``/``&emsp;``, two trailing spaces as breaks;
- bullet lists (``-``/``*``), numbered lists (``1.``; ``1\\.`` where a converter escaped them);
- pipe tables with alignment rows (parties, witnesses, seized goods, officers, a form laid out
  as 项目|内容), with empty cells, ``<br>`` inside cells and two-character names padded with a
  full-width space (``王　伟``);
- block quotes (statements of the party), horizontal rules, footnotes, links to the agency's
  site, ``mailto:``/``tel:`` links, escaped ``\\_`` in e-mail addresses and ``\\*`` notes;
- a web page's metadata table (索引号, 发布机构, 公开方式 …) above the decision.

Labelling conventions (DESIGN.md §4, policy spc-2016, as in the dev corpus):
- person_name (sensitive): parties, operators of 个体工商户, agents who are not lawyers,
  witnesses, relatives, drivers, owners. Kept: officers (and their 执法证号), legal
  representatives with their titles, lawyers with firm and practice number.
- address (sensitive): the home address below the district/county (the prefix stays). Kept:
  registered addresses of companies (org_address), the agency's address, violation places.
- phone/email of natural persons (a legal representative's mobile included); the agency's
  phones and 12345 are kept (agency_phone). bank_account, license_plate, property_cert,
  birth_date, passport are sensitive wherever they appear.
- Not labelled: web addresses, the agency's e-mail, 索引号, goods' specifications.
- Held: a confidentiality marking (秘密★/机密★ with a period), 内部资料 as a marking, 此件不公开,
  公开方式 依申请公开, a statement that the text holds trade secrets, a party who is a minor on
  2026-11-25, a process document (询问笔录). Not held: 主动公开, 不涉及国家秘密、商业秘密和个人
  隐私, a party who turns 18 exactly on 2026-11-25, 询问笔录 listed as evidence, star ratings
  (★★★★), a case about an unlicensed 内部资料性出版物 (the document itself is not marked),
  notices (听证告知书, 责令改正通知书: acts addressed to the party, not process records).

Deterministic (fixed seed); everything is fictional; ID numbers, bank cards and credit codes
carry valid check characters.

    cd tests/redaction/hard-markdown && python3 make_corpus.py
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
SEED = 20261125
TODAY = dt.date(2026, 11, 25)

# province, city, county, region code, area code, plate prefix, short, host, towns, villages, roads
REGIONS = [
    (
        "浙江省",
        "温州市",
        "鹿城区",
        "330302",
        "0577",
        "浙C",
        "鹿",
        "lucheng",
        ["五马街道", "南郊街道", "藤桥镇"],
        ["岙底村", "潘岙村"],
        ["人民西路", "府前街", "锦绣路"],
    ),
    (
        "山东省",
        "潍坊市",
        "奎文区",
        "370705",
        "0536",
        "鲁G",
        "奎",
        "kuiwen",
        ["大虞街道", "廿里堡街道"],
        ["东上虞村", "北宫村"],
        ["胜利东街", "东风东街", "健康东街"],
    ),
    (
        "四川省",
        "绵阳市",
        "涪城区",
        "510703",
        "0816",
        "川B",
        "涪",
        "fucheng",
        ["城厢街道", "青义镇"],
        ["龙门村", "石洞村"],
        ["临园路", "剑南路", "跃进路"],
    ),
    (
        "湖北省",
        "宜昌市",
        "西陵区",
        "420502",
        "0717",
        "鄂E",
        "西",
        "xiling",
        ["云集街道", "窑湾街道"],
        ["黄河村", "前坪村"],
        ["东山大道", "夷陵大道", "云集路"],
    ),
    (
        "安徽省",
        "芜湖市",
        "镜湖区",
        "340202",
        "0553",
        "皖B",
        "镜",
        "jinghu",
        ["范罗山街道", "方村街道"],
        ["胡杨村", "大阳垾村"],
        ["北京西路", "赭山中路", "长江路"],
    ),
    (
        "辽宁省",
        "大连市",
        "甘井子区",
        "210211",
        "0411",
        "辽B",
        "甘",
        "ganjingzi",
        ["泡崖街道", "营城子街道"],
        ["沙岗村", "后牧村"],
        ["华北路", "明珠路", "西南路"],
    ),
    (
        "云南省",
        "曲靖市",
        "麒麟区",
        "530302",
        "0874",
        "云D",
        "麒",
        "qilin",
        ["南宁街道", "越州镇"],
        ["潇湘村", "小坡村"],
        ["麒麟南路", "寥廓路", "文昌街"],
    ),
    (
        "陕西省",
        "宝鸡市",
        "渭滨区",
        "610302",
        "0917",
        "陕C",
        "渭",
        "weibin",
        ["清姜街道", "马营镇"],
        ["益门村", "旭光村"],
        ["经二路", "清姜路", "红旗路"],
    ),
    (
        "新疆维吾尔自治区",
        "喀什地区",
        "喀什市",
        "653101",
        "0998",
        "新Q",
        "喀",
        "kashi",
        ["恰萨街道", "浩罕乡"],
        ["阿亚格曼干村", "色满村"],
        ["人民东路", "解放北路", "色满路"],
    ),
]

SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金廖贾夏韦付方邹孟熊秦邱尹薛闫段雷侯史黎贺顾毛郝龚邵"
    "钱覃戴孔汤庞樊殷施陶洪翟颜倪严温季俞葛伍聂柴焦邢岳梅莫庄祝涂谷祁舒耿卜詹苗凌费纪靳"
    "童欧甄项裴席卫屈鲍霍翁隋甘景包司柏宁柯阮桂闵解强佘滕"
) + ["欧阳", "司徒", "上官", "诸葛", "夏侯", "东方", "慕容", "尉迟"]
GIVEN = list(
    "伟芳娜敏静强磊军洋勇艳杰娟涛明超秀霞刚桂英华兰萍鹏飞鑫宇浩凯佳欣怡雪琳晨曦涵轩睿泽昊"
    "思源嘉馨诺桐铭瑞宸俊熙妍婉振德福春秋菊梅燕志远博立卫淑芬银凤香根宝亮翠娣满仓喜旺财"
    "琴平庆跃向阳爱兴润昌盛彬蕾婷薇茜颖莉倩璐珊蓉"
)
DOTTED = [
    ("艾合买提", "阿不来提"),
    ("古再丽努尔", "吐尔洪"),
    ("阿卜杜热合曼", "买买提明"),
    ("热娜古丽", "艾则孜"),
    ("迪丽拜尔", "肉孜"),
    ("巴哈尔古丽", "吾斯曼"),
]
ESTATES = [
    "江南华府",
    "锦绣花园",
    "滨江一号",
    "金色家园",
    "世纪城",
    "翡翠湾",
    "桃源居",
    "东方明珠苑",
]
SHOP = ["副食店", "烟酒商行", "小吃店", "五金店", "农资店", "水果店", "便利店", "茶叶店", "烧烤店"]
CO_WORDS = [
    "恒泰",
    "瑞祥",
    "鼎新",
    "嘉盛",
    "华亿",
    "博远",
    "天成",
    "德润",
    "中晟",
    "聚鑫",
    "明辉",
    "久安",
]
CO_KINDS = [
    "贸易有限公司",
    "食品有限公司",
    "建材有限公司",
    "餐饮管理有限公司",
    "物流有限公司",
    "科技有限公司",
    "农业开发有限公司",
    "装饰工程有限公司",
]
DIGITS = "0123456789"
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
FW = "\u3000"


def age_on(born: dt.date, day: dt.date = TODAY) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def cn_upper(n: int) -> str:
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
        self.used: set[str] = set()
        self.ids: set[str] = set()

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(DIGITS) for _ in range(n))

    def name(self, style: str = "han", two: bool = False) -> str:
        for _ in range(1000):
            if style == "dot":
                a, b = self.pick(DOTTED)
                n = f"{a}·{b}"
            else:
                sn = self.pick(SURNAMES[:-8] if two else SURNAMES)
                k = 1 if two else (self.pick([1, 2, 2, 2]) if len(sn) == 1 else self.pick([1, 2]))
                n = sn + "".join(self.pick(GIVEN) for _ in range(k))
                if len(set(n)) < len(n):
                    continue
            if n not in self.used and not any(n in u or u in n for u in self.used):
                self.used.add(n)
                return n
        raise RuntimeError("names exhausted")

    def born(self, lo=1960, hi=2000) -> dt.date:
        return dt.date(self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28))

    def pid(self, reg, born: dt.date, male: bool) -> str:
        for _ in range(3000):
            seq = self.r.randint(0, 999)
            if (seq % 2 == 1) != male:
                continue
            p = id18(reg[3], born, seq)
            if p not in self.ids:
                self.ids.add(p)
                return p
        raise RuntimeError("no id")

    def mobile(self) -> str:
        return self.pick(["139", "135", "152", "158", "186", "177", "199", "130"]) + self.digits(8)

    def card(self) -> str:
        n = self.pick([16, 19, 19])
        return luhn(
            self.pick(["622848", "621700", "622202", "623668", "621483"]) + self.digits(n - 7)
        )

    def plate(self, reg) -> str:
        if self.chance(0.3):
            return reg[5] + self.pick("DF") + self.pick(LETTERS) + self.digits(4)
        return (
            reg[5]
            + self.pick(LETTERS)
            + (self.digits(4) if self.chance(0.5) else self.pick(LETTERS) + self.digits(3))
        )

    def cert(self) -> str:
        return self.pick([reg[3] for reg in REGIONS]) + self.digits(self.pick([5, 6]))

    def money(self, lo: int, hi: int, step: int = 100) -> int:
        return self.r.randint(lo // step, hi // step) * step

    def day(self, year: int) -> dt.date:
        d = dt.date(year, self.r.randint(1, 12), self.r.randint(1, 28))
        return min(d, TODAY - dt.timedelta(days=self.r.randint(3, 40)))


class Person:
    def __init__(self, g: Gen, reg, *, male=None, born=None, style="han", two=False):
        self.g, self.reg = g, reg
        self.male = g.chance(0.6) if male is None else male
        self.name = g.name(style, two)
        self.born = born or g.born()
        self.pid = g.pid(reg, self.born, self.male)
        self.tel = g.mobile()
        r = g.r
        if g.chance(0.4):
            self.detail = (
                f"{g.pick(reg[8])}{g.pick(reg[9])}{r.randint(1, 11)}组{r.randint(2, 88)}号"
            )
        else:
            self.detail = (
                f"{g.pick(reg[8])}{g.pick(reg[10])}{r.randint(3, 460)}号{g.pick(ESTATES)}"
                f"{r.randint(1, 28)}栋{r.randint(1, 4)}单元{r.randint(1, 26)}0{r.randint(1, 4)}室"
            )

    @property
    def n(self) -> str:
        return N(self.name)

    @property
    def padded(self) -> str:
        """A two-character name padded with a full-width space, as in Word tables."""
        return N(self.name[0] + FW + self.name[1:]) if len(self.name) == 2 else self.n

    @property
    def sex(self) -> str:
        return "男" if self.male else "女"

    @property
    def id_s(self) -> str:
        return S("id_number", self.pid)

    @property
    def tel_s(self) -> str:
        return S("phone", self.tel)

    @property
    def birth_s(self) -> str:
        return S("birth_date", cn(self.born))

    def home(self, split: str = "") -> str:
        pre = self.g.pick(
            [f"{self.reg[0]}{self.reg[1]}{self.reg[2]}", f"{self.reg[1]}{self.reg[2]}"]
        )
        return f"{pre}{split}{S('address', self.detail)}"


class Agency:
    def __init__(self, g: Gen, reg, kind: str, short: str, year: int):
        self.g, self.reg = g, reg
        self.name = f"{reg[1]}{reg[2]}{kind}"
        self.short = short
        self.day = g.day(year)
        self.year = year
        self.addr = f"{reg[1]}{reg[2]}{g.pick(reg[10])}{g.r.randint(1, 300)}号"
        self.tel = f"{reg[4]}-{g.pick('2345678')}{g.digits(7)}"
        self.officers = [(g.name(two=g.chance(0.3)), g.cert()) for _ in range(2)]
        self.host = reg[7]

    @property
    def a(self) -> str:
        return K("agency", self.name)

    def no(self, kind: str = "罚决") -> str:
        return K(
            "decision_number", f"{self.short}{kind}〔{self.year}〕{self.g.r.randint(11, 998)}号"
        )

    @property
    def date(self) -> str:
        return K("date", cn(self.day))

    def off(self, i: int, pad: bool = False) -> str:
        n = self.officers[i][0]
        if pad and len(n) == 2:
            n = n[0] + FW + n[1]
        return K("officer", n)

    def cert(self, i: int) -> str:
        return K("officer_cert", self.officers[i][1])

    def officers_block(self, style: str) -> str:
        if style == "table":
            head = self.g.pick(
                ["| 执法人员 | 执法证号 |\n|:---:|:---:|\n", "| 姓名 | 执法证件号 |\n|---|---:|\n"]
            )
            return (
                head
                + "".join(f"| {self.off(i, True)} | {self.cert(i)} |\n" for i in range(2))
                + "\n"
            )
        if style == "list":
            return (
                "**执法人员：**\n\n"
                + "".join(f"- {self.off(i)}（执法证号：{self.cert(i)}）\n" for i in range(2))
                + "\n"
            )
        return (
            f"执法人员：{self.off(0)}&emsp;执法证号：{self.cert(0)}  \n"
            f"执法人员：{self.off(1)}&emsp;执法证号：{self.cert(1)}\n\n"
        )

    def contact(self, style: str) -> str:
        site = f"http://www.{self.host}.gov.cn/zfxxgk"
        if style == "list":
            return (
                "**联系方式**\n\n"
                f"- 机关地址：{K('agency_address', self.addr)}\n"
                f"- 联系电话：{K('agency_phone', self.tel)}\n"
                f"- 监督电话：{K('agency_phone', '12345')}\n"
                f"- 网站：[{self.name}]({site})\n\n"
            )
        if style == "links":
            return (
                f"地址：{K('agency_address', self.addr)}  \n"
                f"电话：[{K('agency_phone', self.tel)}](tel:{self.tel.replace('-', '')})  \n"
                f"政务服务便民热线：{K('agency_phone', '12345')}  \n"
                f"电子邮箱：[{self.host}\\_zf@{self.host}.gov.cn](mailto:{self.host}_zf@{self.host}.gov.cn)\n\n"
            )
        return (
            f"本机关地址：{K('agency_address', self.addr)}&nbsp;&nbsp;联系电话：{K('agency_phone', self.tel)}"
            f"&nbsp;&nbsp;监督电话：{K('agency_phone', '12345')}\n\n"
        )

    def process(self, who: str = "当事人", hearing: bool = False) -> str:
        g = self.g
        opened = self.day - dt.timedelta(days=g.r.randint(40, 70))
        told = self.day - dt.timedelta(days=g.r.randint(12, 25))
        notice = K("decision_number", f"{self.short}罚告〔{self.year}〕{g.r.randint(11, 998)}号")
        right = "陈述、申辩和要求听证" if hearing else "陈述、申辩"
        reply = g.pick(
            [
                f"{who}在法定期限内未提出陈述、申辩。",
                f"{who}在法定期限内提出了书面陈述，称其系初次违法且已整改，请求从轻处理。本机关经复核，对其已整改的主张予以采纳。",
                f"{who}明确表示放弃陈述、申辩权利。",
            ]
        )
        return (
            f"本机关于{K('date', cn(opened))}立案调查。{K('date', cn(told))}，本机关向{who}送达了"
            f"《行政处罚事先告知书》（{notice}），告知其拟作出行政处罚的事实、理由、依据及依法享有的{right}权利。"
            f"{reply}\n\n"
        )

    def discretion(self) -> str:
        return (
            "本机关综合考虑当事人违法行为的事实、性质、情节和社会危害程度，以及当事人积极配合调查、"
            f"主动消除违法后果等情节，依照{statute(self.reg[0] + '行政处罚裁量权基准')}的规定，决定从轻处罚。\n\n"
        )

    def remedy(self) -> str:
        court = f"{self.reg[1]}{self.reg[2]}人民法院"
        return (
            f"如不服本决定，可以在收到本决定书之日起六十日内向{self.reg[1]}{self.reg[2]}人民政府申请行政复议，"
            f"或者在六个月内直接向{court}提起行政诉讼。复议或者诉讼期间，本决定不停止执行。\n\n"
        )

    def pay(self, g: Gen) -> str:
        return (
            "当事人应当自收到本决定书之日起十五日内，通过"
            + g.pick(["“非税缴款”小程序", "指定代收银行", "统一公共支付平台"])
            + "缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。\n\n"
        )

    def sign(self, hr: bool = True, center: bool = False) -> str:
        s = "\n---\n\n" if hr else "\n"
        if center:
            return s + f'<div align="right">\n\n{self.a}<br>\n{self.date}\n\n</div>\n'
        return s + f"{self.a}  \n{self.date}\n"


def tips(a: Agency, plain: bool = False) -> str:
    lines = [
        "本文书一式两份，一份交当事人，一份由本机关存档",
        f"咨询时间为工作日上午8:30至12:00、下午14:30至17:30，咨询电话{K('agency_phone', a.tel)}",
        "当事人可以通过本机关门户网站的“执法公示”栏目查询办理进度",
        "请妥善保管本文书，遗失的可以向本机关申请补发",
    ]
    if plain:
        return "温馨提示：\n" + "".join(f"（{i}）{t}；\n" for i, t in enumerate(lines, 1)) + "\n"
    return "**温馨提示：**\n\n" + "".join(f"* {t}；\n" for t in lines) + "\n"


def head(g: Gen, a: Agency, title: str, no: str, style: int) -> str:
    if style == 0:
        return f"# {a.a}\n\n## {title}\n\n{no}\n\n"
    if style == 1:
        return f"# {title}\n\n**{no}**\n\n"
    if style == 2:
        return f'<div align="center">\n\n**{a.a}**\n\n# {title}\n\n{no}\n\n</div>\n\n'
    return f"{a.a}\n\n**{title}**\n\n{no}\n\n"


def fields(g: Gen, items: list[tuple[str, str]], style: str) -> str:
    if style == "b1":
        return "".join(f"**{k}**：{v}  \n" for k, v in items) + "\n"
    if style == "b2":
        return "".join(f"**{k}：**{v}\n\n" for k, v in items)
    if style == "part":  # Word artefact: bold on part of the label
        return "".join(f"**{k[:-1]}**{k[-1]}：{v}  \n" for k, v in items) + "\n"
    if style == "ul":
        b = g.pick(["-", "*"])
        return "".join(f"{b} {k}：{v}\n" for k, v in items) + "\n"
    if style == "bv":
        return "".join(f"{k}：**{v}**  \n" for k, v in items) + "\n"
    if style == "nbsp":
        return "".join(f"{k}：&nbsp;{v}  \n" for k, v in items) + "\n"
    if style == "table":
        return (
            "| 项目 | 内容 |\n|:---|:---|\n" + "".join(f"| {k} | {v} |\n" for k, v in items) + "\n"
        )
    if style == "emsp":
        return "&emsp;&emsp;".join(f"{k}：{v}" for k, v in items) + "\n\n"
    return "".join(f"{k}：{v}\n" for k, v in items) + "\n"


FIELD_STYLES = ["b1", "b2", "part", "ul", "bv", "nbsp", "table", "emsp"]


def party_items(
    g: Gen, p: Person, role: str = "当事人", more: bool = True
) -> list[tuple[str, str]]:
    it = [(role, p.n), ("性别", p.sex)]
    if g.chance(0.5):
        it.append(("出生日期", p.birth_s))
    it.append((g.pick(["身份证号码", "公民身份号码", "身份证件号码"]), p.id_s))
    it.append((g.pick(["住址", "住所", "户籍地址"]), p.home()))
    it.append((g.pick(["联系电话", "手机号码"]), p.tel_s))
    if more and g.chance(0.35):
        local = g.pick(["li", "zh", "wang", "chen", "hu"]) + g.pick(["_", "."]) + g.digits(4)
        it.append(
            (
                "电子邮箱",
                S(
                    "email",
                    f"{local.replace('_', chr(92) + '_')}@"
                    + g.pick(["163.com", "qq.com", "126.com"]),
                ),
            )
        )
    return it


def company(g: Gen, reg):
    name = f"{reg[1]}{g.pick(CO_WORDS)}{g.pick(CO_WORDS)}{g.pick(CO_KINDS)}"
    code = uscc(g.r, reg[3])
    addr = f"{reg[0]}{reg[1]}{reg[2]}{g.pick(reg[10])}{g.r.randint(1, 500)}号{g.pick(['', '1幢', 'A座'])}"
    return name, code, addr


def statute(t: str) -> str:
    return K("statute", t)


def amt(n: int, g: Gen) -> str:
    if g.chance(0.5):
        return f"罚款{K('amount', cn_upper(n))}（{K('amount', f'{n}元')}）"
    return f"罚款{K('amount', f'{n}元')}"


# violation cases: (agency kind, short suffix, fact, violated statute, penalty statute)
CASES = [
    (
        "市场监督管理局",
        "市监",
        "销售超过保质期的食品{x}",
        "《中华人民共和国食品安全法》第三十四条第（十）项",
        "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项",
    ),
    (
        "市场监督管理局",
        "市监",
        "未取得食品经营许可从事食品经营活动{x}",
        "《中华人民共和国食品安全法》第三十五条第一款",
        "《中华人民共和国食品安全法》第一百二十二条第一款",
    ),
    (
        "城市管理和综合执法局",
        "城管",
        "擅自占用城市道路摆摊经营{x}",
        "《城市市容和环境卫生管理条例》第十四条",
        "《城市市容和环境卫生管理条例》第三十六条第（二）项",
    ),
    (
        "农业农村局",
        "农",
        "经营未取得登记证的农药{x}",
        "《农药管理条例》第二十九条",
        "《农药管理条例》第五十五条第一款第（一）项",
    ),
    (
        "应急管理局",
        "应急",
        "未经许可经营烟花爆竹{x}",
        "《烟花爆竹安全管理条例》第三条",
        "《烟花爆竹安全管理条例》第三十六条第一款",
    ),
    (
        "交通运输局",
        "交",
        "未取得道路运输经营许可擅自从事道路旅客运输经营{x}",
        "《中华人民共和国道路运输条例》第十条",
        "《中华人民共和国道路运输条例》第六十三条",
    ),
    (
        "生态环境局",
        "环",
        "露天焚烧废旧电缆外皮{x}",
        "《中华人民共和国大气污染防治法》第七十七条",
        "《中华人民共和国大气污染防治法》第一百一十九条第二款",
    ),
    (
        "自然资源和规划局",
        "自然资源",
        "未经批准非法占用集体土地建设住房{x}",
        "《中华人民共和国土地管理法》第四十四条",
        "《中华人民共和国土地管理法》第七十八条",
    ),
]


def evidence(g: Gen, names: list[str], esc: bool = False) -> str:
    items = ["现场检查笔录1份", "现场照片" + str(g.r.randint(3, 12)) + "张"]
    items += [f"对{n}的询问笔录1份" for n in names]
    items += [g.pick(["营业执照复印件1份", "身份证复印件1份", "视频资料1份", "抽样检验报告1份"])]
    dot = "\\." if esc else "."
    return "".join(f"{i}{dot} {t}；\n" for i, t in enumerate(items, 1)) + "\n"


def place(g: Gen, reg) -> str:
    return K(
        "location",
        f"{reg[2]}{g.pick(reg[10])}{g.r.randint(1, 500)}号{g.pick(['门前', '商铺内', '东侧空地', '一楼门面'])}",
    )


def doc(markup, kind, hold=False, party="natural", ext="md"):
    return {"markup": markup, "kind": kind, "hold": hold, "party": party, "ext": ext}


# ------------------------------------------------------------------ documents
def d_natural(g: Gen, reg, y, v, marking=None, lookalike=None, born=None):
    """行政处罚决定书 of a natural person (个体工商户 or not), in several Markdown styles."""
    case = CASES[v % len(CASES)]
    a = Agency(g, reg, case[0], reg[6] + case[1], y)
    p = Person(g, reg, born=born)
    wit = Person(g, reg, two=g.chance(0.3))
    rel = Person(g, reg, style="dot") if reg[3].startswith("65") else Person(g, reg)
    no = a.no()
    m = ""
    if marking:
        m += marking
    m += head(g, a, "行政处罚决定书", no, v % 4)
    m += "## 一、当事人基本情况\n\n" if g.chance(0.7) else ""
    items = party_items(g, p)
    if g.chance(0.5):
        shop = f"{reg[2]}{g.pick(['兴旺', '老街', '便民', '顺心', '惠民'])}{g.pick(SHOP)}"
        items.insert(1, ("经营者名称", K("company", shop)))
    m += fields(g, items, FIELD_STYLES[v % len(FIELD_STYLES)])
    loc = place(g, reg)
    m += "## 二、违法事实及证据\n\n" if g.chance(0.7) else ""
    x = ""
    plate = ""
    if case[0] == "交通运输局":
        plate = S("license_plate", g.plate(reg))
        x = f"，使用车牌号为{plate}的小型普通客车搭载乘客{wit.n}"
    m += (
        f"{K('date', cn(a.day - dt.timedelta(days=30)))}，本机关执法人员在{loc}检查时发现，当事人{p.n}"
        + case[2].format(x=x)
        + "。经查，当事人"
        + g.pick(["自称系初次经营", "对上述事实供认不讳", "对违法事实无异议"])
        + f"，违法所得{K('amount', str(g.money(200, 3000, 10)) + '元')}"
        + (
            f"，货款通过其本人银行卡（卡号：{S('bank_account', g.card())}）收取"
            if g.chance(0.5)
            else ""
        )
        + "。\n\n"
    )
    if g.chance(0.5):
        m += (
            f"> 当事人在询问中陈述：“店是我和我{g.pick(['爱人', '妻子', '表弟'])}{rel.n}一起开的，"
            + (
                f"有事可以打她的电话{S('phone', rel.tel)}。”\n\n"
                if g.chance(0.6)
                else "进货都是我自己负责。”\n\n"
            )
        )
    else:
        m += f"当事人的{g.pick(['店员', '配偶', '合伙人'])}{rel.n}（联系电话：{S('phone', rel.tel)}）在现场协助提供了进货记录。\n\n"
    fn = g.chance(0.4)
    m += f"证人{wit.n}{'[^1]' if fn else '（身份证号码：' + wit.id_s + '）'}证实了上述事实。\n\n"
    m += "上述事实有以下证据证明：\n\n" + evidence(g, [p.n, wit.n], esc=g.chance(0.3))
    m += a.process()
    if lookalike:
        m += lookalike
    m += "## 三、处罚依据及决定\n\n" if g.chance(0.7) else ""
    fine = g.money(500, 20000, 500)
    m += (
        f"本机关认为，当事人的上述行为违反了{statute(case[3])}的规定。依据{statute(case[4])}的规定，"
        f"本机关决定对当事人作出如下行政处罚：\n\n1. 没收违法所得；\n2. {amt(fine, g)}。\n\n"
    )
    m += a.pay(g) + a.remedy()
    m += a.officers_block(g.pick(["table", "list", "inline"]))
    m += a.contact(g.pick(["list", "links", "inline"]))
    m += a.sign(center=g.chance(0.3))
    if fn:
        m += f"\n[^1]: 证人{wit.n}，{wit.sex}，住{wit.home()}，联系电话{wit.tel_s}。\n"
    return doc(m, "行政处罚决定书")


def d_legal(g: Gen, reg, y, v, marking=None, lookalike=None):
    """行政处罚决定书 of a company: legal representative kept, agent and witnesses masked."""
    case = CASES[(v + 3) % len(CASES)]
    a = Agency(g, reg, case[0], reg[6] + case[1], y)
    name, code, addr = company(g, reg)
    rep = g.name()
    rep_tel = g.mobile()
    agent = Person(g, reg)
    wits = [Person(g, reg, two=g.chance(0.4)) for _ in range(2)]
    no = a.no()
    m = marking or ""
    m += head(g, a, "行政处罚决定书", no, v % 4)
    m += "## 一、当事人基本情况\n\n"
    items = [
        ("当事人", K("company", name)),
        ("统一社会信用代码", K("uscc", code)),
        ("住所", K("org_address", addr)),
        (
            "法定代表人",
            f"{K('legal_rep', rep)}（{K('legal_rep_title', g.pick(['执行董事', '总经理', '董事长']))}）",
        ),
        ("联系电话", S("phone", rep_tel)),
    ]
    m += fields(g, items, g.pick(["b1", "b2", "ul", "table", "part"]))
    if v % 3 == 0:
        lawyer = g.name()
        firm = f"{reg[0][:2]}{g.pick(CO_WORDS)}律师事务所"
        m += (
            f"**委托代理人**：{K('lawyer', lawyer)}，{K('law_firm', firm)}律师，执业证号"
            f"{K('lawyer_license', reg[3][:2] + g.digits(15))}。  \n"
            f"**委托代理人**：{agent.n}，该公司员工，身份证号码{agent.id_s}，联系电话{agent.tel_s}。\n\n"
        )
    else:
        m += (
            f"- 委托代理人：{agent.n}（系公司{g.pick(['行政主管', '销售经理', '仓库管理员'])}）\n"
            f"- 身份证号：{agent.id_s}\n- 联系电话：{agent.tel_s}\n\n"
        )
    m += "## 二、违法事实\n\n"
    loc = place(g, reg)
    m += (
        f"{K('date', cn(a.day - dt.timedelta(days=45)))}，本机关依法对当事人位于{loc}的经营场所进行检查，发现当事人"
        + case[2].format(x="")
        + "。现场询问了以下人员：\n\n"
    )
    m += "| 序号 | 姓名 | 身份证号码 | 联系电话 | 备注 |\n|:---:|:---|:---|:---|:---|\n"
    for i, w in enumerate(wits, 1):
        tel = w.tel_s if i == 1 or g.chance(0.5) else ""
        note = g.pick(["现场负责人", f"住{w.home('<br>')}", "", "员工"])
        m += f"| {i} | {w.padded} | {w.id_s} | {tel} | {note} |\n"
    m += "\n"
    if g.chance(0.5):
        plate = S("license_plate", g.plate(reg))
        m += f"当事人员工{wits[0].n}驾驶车牌号为**{plate}**的厢式货车负责送货。\n\n"
    m += "上述事实，有以下证据证实：\n\n" + evidence(
        g, [K("legal_rep", rep), wits[0].n], esc=g.chance(0.4)
    )
    m += a.process(hearing=True)
    if lookalike:
        m += lookalike
    m += "## 三、处罚决定\n\n" + a.discretion()
    fine = g.money(5000, 100000, 1000)
    m += (
        f"当事人的行为违反了{statute(case[3])}的规定，依据{statute(case[4])}，本机关决定："
        f"**{amt(fine, g)}**。\n\n"
    )
    m += a.pay(g) + a.remedy()
    m += a.officers_block(g.pick(["table", "list"]))
    m += a.contact(g.pick(["list", "links", "inline"]))
    m += a.sign(center=g.chance(0.3))
    return doc(m, "行政处罚决定书", party="legal")


def d_nopenalty(g: Gen, reg, y, v):
    """不予行政处罚决定书 (首违不罚) of a natural person."""
    case = CASES[(v * 3 + 2) % len(CASES)]
    a = Agency(g, reg, case[0], reg[6] + case[1], y)
    p = Person(g, reg, style="dot" if reg[3].startswith("65") else "han")
    no = a.no("不罚")
    m = head(g, a, "不予行政处罚决定书", no, (v + 1) % 4)
    m += fields(g, party_items(g, p), g.pick(["b2", "ul", "nbsp", "emsp", "bv"]))
    loc = place(g, reg)
    m += "---\n\n" if g.chance(0.5) else ""
    m += (
        f"经查，{K('date', cn(a.day - dt.timedelta(days=20)))}，当事人{p.n}在{loc}"
        + case[2].format(x="")
        + f"，货值金额{K('amount', str(g.money(50, 500, 10)) + '元')}。当事人系初次违法，危害后果轻微并及时改正。\n\n"
    )
    if g.chance(0.6):
        m += f"> {p.n}表示：“我不知道需要办证，以后不会再犯。我的电话{p.tel_s}一直开着。”\n\n"
    m += (
        f"本机关认为，当事人的行为违反了{statute(case[3])}的规定，但符合{statute('《中华人民共和国行政处罚法》第三十三条第一款')}"
        "规定的情形。依据该规定，本机关决定对当事人**不予行政处罚**，并对其进行批评教育。\n\n"
    )
    m += a.process()
    m += (
        "当事人应当引以为戒，严格遵守相关法律法规，依法诚信经营。本机关将在三个月内对当事人的整改情况进行回访，"
        "如发现当事人再次实施同类违法行为，将依法从重处理。\n\n"
    )
    m += a.remedy()
    m += a.officers_block(g.pick(["table", "inline"]))
    m += a.contact(g.pick(["list", "inline"]))
    m += a.sign(hr=g.chance(0.6))
    return doc(m, "不予行政处罚决定书")


def d_seizure(g: Gen, reg, y, v):
    """查封（扣押）决定书: goods table, vehicles, owners."""
    case = CASES[[0, 4, 5, 3][v % 4]]
    a = Agency(g, reg, case[0], reg[6] + case[1], y)
    p = Person(g, reg)
    owner = Person(g, reg)
    no = a.no("强扣")
    m = head(g, a, "实施行政强制措施决定书", no, v % 4)
    m += fields(g, party_items(g, p, more=False), g.pick(["b1", "table", "ul"]))
    loc = place(g, reg)
    m += (
        f"本机关于{K('date', cn(a.day))}在{loc}检查时发现，你涉嫌"
        + case[2].format(x="")
        + f"。依据{statute('《中华人民共和国行政强制法》第十八条')}及{statute(case[4].split('》')[0] + '》')}的有关规定，"
        "本机关决定对下列物品（车辆）实施扣押，期限为三十日：\n\n"
    )
    plate = g.plate(reg)
    m += "| 序号 | 名称 | 规格 | 数量 | 备注 |\n|:---:|:---|:---:|---:|:---|\n"
    goods = [
        ("礼花弹", "6英寸", "12箱"),
        ("组合烟花", "49发", "30箱"),
        ("散装饮料", "500ml", "40瓶"),
        ("农药（标称杀虫剂）", "200g", "25袋"),
        ("电子秤", "", "1台"),
    ]
    g.r.shuffle(goods)
    for i, (n_, spec, qty) in enumerate(goods[:3], 1):
        m += f"| {i} | {n_} | {spec} | {qty} |  |\n"
    m += (
        f"| 4 | 小型{g.pick(['面包车', '轿车', '厢式货车'])} | {S('license_plate', plate)} | 1辆 | "
        f"登记所有人：{owner.n}<br>联系电话：{owner.tel_s} |\n\n"
    )
    m += (
        f"扣押物品存放于{K('location', reg[2] + g.pick(['物证保管室', '暂扣物品仓库', '停车场']))}。"
        f"车辆钥匙及行驶证由{owner.n}的{g.pick(['丈夫', '妻子', '父亲'])}交由执法人员保管。\n\n"
    )
    m += "当事人对本决定不服的，可以在收到本决定书之日起六十日内申请行政复议，或者在六个月内依法提起行政诉讼。\n\n"
    m += a.officers_block("table")
    m += a.contact("list")
    m += a.sign()
    return doc(m, "实施行政强制措施决定书")


def d_order(g: Gen, reg, y, v):
    """责令改正通知书, short; some as plain .txt."""
    case = CASES[(v * 5 + 1) % len(CASES)]
    a = Agency(g, reg, case[0], reg[6] + case[1], y)
    p = Person(g, reg)
    no = a.no("责改")
    plain = v % 2 == 1
    if plain:
        m = f"{a.a}\n责令改正通知书\n{no}\n\n"
        m += f"{p.n}（身份证号码：{p.id_s}，住址：{p.home()}，联系电话：{p.tel_s}）：\n"
    else:
        m = head(g, a, "责令改正通知书", no, 1)
        m += f"**{p.n}**（身份证号码：{p.id_s}）：  \n住址：{p.home()}  \n电话：[{p.tel_s}](tel:{p.tel_s})\n\n"
    loc = place(g, reg)
    m += (
        f"    经查，你于{K('date', cn(a.day - dt.timedelta(days=5)))}在{loc}"
        + case[2].format(x="")
        + f"，违反了{statute(case[3])}的规定。现责令你于{K('date', cn(a.day + dt.timedelta(days=7)))}前改正上述违法行为。"
        "逾期不改正的，本机关将依法处理。\n\n"
    )
    m += "具体改正要求如下：\n\n" if not plain else "    具体改正要求如下：\n"
    reqs = [
        "立即停止违法行为",
        "清理现场，恢复原状",
        "将整改情况书面报告本机关",
        "整改期间接受执法人员复查",
    ]
    m += "".join(f"{'    ' if plain else ''}{i}. {t}；\n" for i, t in enumerate(reqs, 1)) + "\n"
    m += (
        f"{'    ' if plain else ''}你应当在整改完成后及时联系承办人员，承办人员将于期限届满后进行复查。"
        f"本通知书送达后，由{p.n}本人或者其同住成年家属签收，拒绝签收的，执法人员可以采用留置送达等方式送达。\n\n"
    )
    m += (
        f"{'    ' if plain else ''}你如对本通知不服，可以在收到本通知书之日起六十日内依法申请行政复议，"
        f"或者在六个月内依法提起行政诉讼。复议、诉讼期间，不停止本通知的执行。依据{statute(case[4])}，"
        "逾期拒不改正的，本机关将依法予以行政处罚。\n\n"
    )
    m += tips(a, plain)
    if plain:
        m += (
            f"执法人员：{a.off(0)}（{a.cert(0)}）、{a.off(1)}（{a.cert(1)}）\n"
            f"联系电话：{K('agency_phone', a.tel)}\n\n{a.a}\n{a.date}\n"
        )
        return doc(m, "责令改正通知书", ext="txt")
    m += a.officers_block("inline") + a.contact("inline") + a.sign()
    return doc(m, "责令改正通知书")


def d_hearing(g: Gen, reg, y, v):
    """行政处罚听证告知书."""
    case = CASES[(v * 2 + 5) % len(CASES)]
    a = Agency(g, reg, case[0], reg[6] + case[1], y)
    p = Person(g, reg)
    no = a.no("听告")
    m = head(g, a, "行政处罚听证告知书", no, (v + 2) % 4)
    m += f"**{p.n}**：\n\n"
    fine = g.money(20000, 80000, 1000)
    loc = place(g, reg)
    m += (
        f"&emsp;&emsp;你（身份证号码：{p.id_s}）于{K('date', cn(a.day - dt.timedelta(days=60)))}在{loc}"
        + case[2].format(x="")
        + f"，违反了{statute(case[3])}的规定。依据{statute(case[4])}，本机关拟对你作出如下行政处罚：\n\n"
        f"- {amt(fine, g)}；\n- 没收违法所得。\n\n"
        f"上述事实有现场检查笔录、现场照片、对你的询问笔录及证人{Person(g, reg).n}的证言等证据证实。"
        "本机关在拟定处罚幅度时，已综合考虑了违法行为的持续时间、涉及范围和违法所得数额等情节。\n\n"
        "根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你有权要求听证。如要求听证，"
        "应当在收到本告知书之日起五日内向本机关提出。逾期视为放弃听证权利。\n\n"
    )
    if g.chance(0.6):
        m += f"\\* 注：本告知书送达地址为{p.home()}，收件人{p.n}，收件电话{p.tel_s}。\n\n"
    m += (
        "听证由本机关法制机构组织，你可以亲自参加，也可以委托一至二人代理。委托代理人参加听证的，"
        "应当提交授权委托书。你也可以在收到本告知书之日起五日内提出陈述、申辩意见。\n\n"
    )
    m += tips(a) + a.contact("list")
    m += a.sign(center=g.chance(0.5))
    return doc(m, "行政处罚听证告知书")


def d_onspot(g: Gen, reg, y, v, born=None):
    """当场行政处罚决定书 (简易程序) laid out as a form table."""
    kinds = [
        (
            "公安局交通警察大队",
            "公交",
            "驾驶机动车违反禁止标线指示",
            "《中华人民共和国道路交通安全法》第三十八条",
            "《中华人民共和国道路交通安全法》第九十条",
        ),
        (
            "城市管理和综合执法局",
            "城管",
            "在城市道路上乱堆物料",
            "《城市市容和环境卫生管理条例》第十七条",
            "《城市市容和环境卫生管理条例》第三十四条第（五）项",
        ),
    ]
    case = kinds[v % 2]
    a = Agency(g, reg, case[0], reg[6] + case[1], y)
    p = Person(g, reg, born=born)
    no = a.no("简罚")
    m = head(g, a, "当场行政处罚决定书", no, v % 4)
    fine = g.pick([50, 100, 150, 200])
    plate = S("license_plate", g.plate(reg))
    rows = [
        ("被处罚人", p.padded if g.chance(0.5) else p.n),
        ("性别", p.sex),
        ("出生日期", p.birth_s),
        ("身份证号码" if v % 2 else "驾驶证号", p.id_s),
        ("住址", p.home("<br>")),
        ("联系电话", p.tel_s),
    ]
    if v % 2 == 0:
        rows += [("机动车号牌", plate), ("准驾车型", "C1")]
    rows += [
        ("违法时间", K("date", cn(a.day))),
        ("违法地点", place(g, reg)),
        ("违法行为", case[2]),
        ("处罚依据", f"{statute(case[3])}<br>{statute(case[4])}"),
        ("处罚决定", amt(fine, g)),
        ("执法人员", f"{a.off(0)}（{a.cert(0)}）<br>{a.off(1)}（{a.cert(1)}）"),
        ("备注", ""),
    ]
    m += "| 项目 | 内容 |\n|:---|:---|\n" + "".join(f"| {k} | {val} |\n" for k, val in rows) + "\n"
    wit = Person(g, reg, two=g.chance(0.5))
    m += (
        "**违法事实**：执法人员在日常巡查中发现被处罚人"
        + case[2]
        + "，经当场检查，违法事实清楚，证据确凿。"
        f"现场见证人{wit.n}（联系电话：{wit.tel_s}）在场见证。执法人员当场告知被处罚人拟作出行政处罚决定的事实、理由和依据，"
        "并告知其依法享有陈述、申辩的权利。被处罚人"
        + g.pick(["未提出陈述、申辩", "称系临时停放，经核实不予采纳", "表示认可并当场签字"])
        + "。\n\n"
    )
    if g.chance(0.5):
        m += (
            "> 依据《中华人民共和国行政处罚法》第五十一条，违法事实确凿并有法定依据，"
            "对公民处以二百元以下罚款的，可以当场作出行政处罚决定。\n\n"
        )
    m += (
        "被处罚人应当自收到本决定书之日起十五日内到指定银行缴纳罚款。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。"
        "如不服本决定，可以依法申请行政复议或者提起行政诉讼。\n\n"
    )
    m += f"被处罚人签名：{p.n}  \n"
    m += a.contact("inline") + a.sign(hr=False)
    return doc(m, "当场行政处罚决定书")


def web_meta(g: Gen, a: Agency, no: str, attr: str) -> str:
    idx = f"{a.reg[3][:4]}{g.digits(3)}/{a.year}-{g.digits(5)}"
    return (
        "| 索引号 | 发布机构 | 文号 |\n|:---|:---|:---|\n"
        f"| {idx} | {a.a} | {no} |\n"
        f"| **公开方式** | {attr} | 生成日期：{a.date} |\n\n"
        f"[首页](http://www.{a.host}.gov.cn/) > [政府信息公开](http://www.{a.host}.gov.cn/zfxxgk/) > 行政处罚\n\n---\n\n"
    )


def d_web(g: Gen, reg, y, v, attr="主动公开", hold=False):
    """A decision published as a web page, with the page's metadata table."""
    case = CASES[(v * 7 + 4) % len(CASES)]
    a = Agency(g, reg, case[0], reg[6] + case[1], y)
    p = Person(g, reg)
    kin = Person(g, reg, two=True)
    no = a.no()
    m = web_meta(g, a, no, attr)
    m += f"# {a.a}行政处罚决定书（{no}）\n\n"
    m += fields(g, party_items(g, p), g.pick(["ul", "b2", "nbsp"]))
    loc = place(g, reg)
    m += (
        "### 违法事实\n\n"
        f"{K('date', cn(a.day - dt.timedelta(days=25)))}，当事人{p.n}在{loc}"
        + case[2].format(x="")
        + f"。当事人之{g.pick(['配偶', '雇员', '合伙人'])}{kin.n}（手机：{S('phone', kin.tel)}，住址：{kin.home()}）参与了经营。\n\n"
    )
    if g.chance(0.5):
        m += (
            f"当事人名下房屋（不动产权证号：{S('property_cert', reg[0][:1] + '（' + str(y - g.r.randint(2, 8)) + '）' + reg[1] + '不动产权第' + g.digits(7) + '号')}）"
            "被用作经营场所。\n\n"
        )
    m += (
        "### 处罚依据及结果\n\n"
        f"违反了{statute(case[3])}，依据{statute(case[4])}，决定{amt(g.money(1000, 30000, 500), g)}。\n\n"
    )
    m += a.remedy()
    m += a.officers_block("table")
    m += a.contact("links")
    m += a.sign()
    m += f"\n附件：[{p.name[0]}某行政处罚决定书.pdf](http://www.{a.host}.gov.cn/files/{g.digits(6)}.pdf)\n"
    return doc(m, "行政处罚决定书", hold=hold)


def d_record(g: Gen, reg, y, v):
    """询问笔录 (a process document) converted to Markdown: held."""
    case = CASES[(v + 1) % len(CASES)]
    a = Agency(g, reg, case[0], reg[6] + case[1], y)
    p = Person(g, reg)
    wife = Person(g, reg, male=False)
    m = f"# 询问笔录\n\n**时间**：{K('date', cn(a.day))}9时10分至10时05分  \n**地点**：{place(g, reg)}  \n"
    m += f"**询问人**：{a.off(0)}、{a.off(1)}&emsp;**记录人**：{a.off(1)}  \n"
    m += f"**被询问人**：{p.n}&emsp;**性别**：{p.sex}&emsp;**身份证号**：{p.id_s}  \n"
    m += f"**住址**：{p.home()}&emsp;**电话**：{p.tel_s}\n\n---\n\n"
    m += (
        f"**问**：我们是{a.a}的执法人员（出示执法证件），现依法向你询问，你应当如实回答，听清楚了吗？\n\n"
        "**答**：听清楚了。\n\n**问**：你店里的货是谁负责？\n\n"
        f"**答**：平时是我和我老婆{wife.n}一起负责，她电话是{S('phone', wife.tel)}。\n\n"
        f"**问**：货款怎么支付？\n\n**答**：用我自己的卡{S('bank_account', g.card())}转账。\n\n"
        f"**问**：你的店铺开业多久了？有没有办理营业执照？\n\n**答**：开了两年多，执照办了，登记在我名下。\n\n"
        f"**问**：今天检查发现的问题你是否认可？\n\n**答**：认可，是我没注意，以后会改正。\n\n"
        f"**问**：你平时开什么车进货？\n\n**答**：开我家的面包车，车牌号{S('license_plate', g.plate(reg))}。\n\n"
        "**问**：检查发现的商品是从哪里进的货？有没有进货票据？\n\n"
        f"**答**：是从{reg[1]}一个批发部进的，老板姓{g.pick(SURNAMES[:30])}，票据没有保存，只有微信聊天记录。\n\n"
        "**问**：这批货你卖了多少，赚了多少钱？\n\n**答**：进了三箱，卖了大概一箱多，赚了两三百块钱。\n\n"
        "**问**：还有什么补充？\n\n**答**：没有了，以上属实。\n\n"
        "（以下无正文）\n\n"
        f"被询问人：{p.n}&emsp;{K('date', cn(a.day))}\n"
    )
    return doc(m, "询问笔录", hold=True)


def d_star(g: Gen, reg, y, v):
    """Tourism: a homestay falsely shows a star rating (★★★★): not a confidentiality mark."""
    a = Agency(g, reg, "文化广电旅游体育局", reg[6] + "文旅", y)
    p = Person(g, reg)
    mgr = Person(g, reg)
    no = a.no()
    m = head(g, a, "行政处罚决定书", no, v % 4)
    m += fields(
        g,
        party_items(g, p)
        + [("经营场所", K("location", f"{reg[2]}{g.pick(reg[10])}{g.r.randint(1, 300)}号民宿"))],
        g.pick(["b1", "ul"]),
    )
    m += (
        f"经查，当事人{p.n}经营的民宿未经评定，擅自在门头及网络平台使用“**★★★★**”星级标志对外宣传。"
        f"民宿管理人{mgr.n}（电话：{mgr.tel_s}）称标志系前任经营者所留。\n\n"
        f"本机关认为，当事人的行为违反了{statute('《旅游饭店星级的划分与评定》实施办法第十条')}的规定，依据"
        f"{statute('《中华人民共和国旅游法》第九十五条')}，决定给予警告并{amt(g.money(2000, 10000, 1000), g)}。\n\n"
    )
    m += "以上事实有下列证据证明：\n\n" + evidence(g, [p.n, mgr.n]) + a.process()
    m += a.remedy() + a.officers_block("list") + a.contact("list") + a.sign()
    return doc(m, "行政处罚决定书")


def d_publication(g: Gen, reg, y, v):
    """An unlicensed 内部资料性出版物 (the case, not a marking): not held."""
    a = Agency(g, reg, "文化市场综合行政执法大队", reg[6] + "文执", y)
    p = Person(g, reg)
    printer = Person(g, reg)
    no = a.no()
    m = head(g, a, "行政处罚决定书", no, 0)
    m += fields(g, party_items(g, p), "b2")
    m += (
        "## 违法事实\n\n"
        f"当事人{p.n}未经批准，委托{printer.n}（电话{printer.tel_s}）印制《社区生活》"
        f"内部资料性出版物{g.r.randint(300, 900)}册，封面标注“内部资料&nbsp;免费交流”字样，在小区内散发。\n\n"
        f"上述行为违反了{statute('《内部资料性出版物管理办法》第五条')}的规定，依据"
        f"{statute('《内部资料性出版物管理办法》第二十二条')}，决定{amt(g.money(1000, 5000, 500), g)}。\n\n"
        "本决定书不涉及国家秘密、商业秘密和个人隐私，依法主动公开。\n\n"
    )
    m += "以上事实有下列证据证明：\n\n" + evidence(g, [p.n, printer.n], esc=True) + a.process()
    m += a.remedy() + a.officers_block("inline") + a.contact("inline") + a.sign()
    return doc(m, "行政处罚决定书")


# ------------------------------------------------------------------ plan
def mk(f, *args, year=None, **kw):
    return lambda g, reg, y, v: f(g, reg, year or y, v, *args, **kw)


HOLD_MARKINGS = [
    "**秘密★1年**\n\n",
    '<p align="right">机密★5年</p>\n\n',
    "> 内部资料&emsp;注意保存\n\n",
    "**此件不公开**\n\n",
]
SECRET_NOTE = "> 本决定书第二部分涉及当事人的商业秘密（产品配方及供货渠道），已依法作技术处理。\n\n"
NOT_SECRET = "本决定书不涉及国家秘密、商业秘密和个人隐私，依法予以公开。\n\n"


def plan():
    items = []
    items += [(d_natural, v, False, "") for v in range(8)]
    items += [(d_legal, v, False, "") for v in range(6)]
    items += [(d_nopenalty, v, False, "") for v in range(4)]
    items += [(d_seizure, v, False, "") for v in range(4)]
    items += [(d_order, v, False, "") for v in range(3)]
    items += [(d_hearing, v, False, "") for v in range(3)]
    items += [(d_onspot, v, False, "") for v in range(3)]
    items += [(d_web, v, False, "") for v in range(2)]
    items += [(d_star, 0, False, ""), (d_publication, 0, False, "")]
    items += [(mk(d_natural, lookalike=NOT_SECRET), 11, False, "")]
    # a party of 18 (at the violation and on 2026-11-25): not held; parties who are minors on
    # both days (16, and one who turns 18 on 2026-11-26): held
    items += [(mk(d_onspot, born=dt.date(2007, 12, 20), year=2026), 0, False, "adult18")]
    items += [(mk(d_onspot, born=dt.date(2010, 6, 14)), 1, True, "minor")]
    items += [(mk(d_natural, born=dt.date(2008, 11, 26), year=2026), 4, True, "minor")]
    # held documents
    for i, mark in enumerate(HOLD_MARKINGS):
        f = d_natural if i % 2 == 0 else d_legal
        items.append((mk(f, marking=mark), i + 2, True, "marking"))
    items += [(mk(d_legal, lookalike=SECRET_NOTE), 5, True, "secret")]
    items += [(mk(d_web, attr="依申请公开", hold=True), 3, True, "onapply")]
    items += [(d_record, 0, True, "record")]
    rng = random.Random(SEED + 1)
    rng.shuffle(items)
    out = []
    for i, (f, v, hold, tag) in enumerate(items):
        reg = REGIONS[i % len(REGIONS)]
        out.append((f, reg, 2025 + i % 2, v, hold, tag))
    return out


TXT_SOME = {3, 9, 17, 26, 34, 41}


def main() -> None:
    scorer = load_scorer()
    g = Gen(random.Random(SEED))
    fresh_docs_dir(HERE)
    out = []
    for i, (make, reg, year, v, hold, tag) in enumerate(plan(), 1):
        last = None
        for attempt in range(60):
            d = make(g, reg, year, v)
            ext = "txt" if i in TXT_SOME else d["ext"]
            fname = f"docs/{i:04d}.{ext}"
            text, spans = render_segments(parse_segments(d["markup"]))
            sens, keep = split_labels(spans)
            labels = {
                "file": fname,
                "family": tag or d["kind"],
                "doc_kind": d["kind"],
                "hold": hold or d["hold"],
                "party_type": d["party"],
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
            print(fname, "retried", attempt, "times; last:", str(last)[:160])
        if not 700 <= len(text) <= 3000:
            print("LENGTH", fname, len(text), d["kind"])
        (HERE / fname).write_bytes(text.encode("utf-8"))
        out.append(labels)
    write_labels(HERE, out)
    print_summary(out)


if __name__ == "__main__":
    main()
