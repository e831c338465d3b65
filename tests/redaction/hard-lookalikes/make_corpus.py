#!/usr/bin/env python3
"""Generate the held-out "hard-lookalikes" redaction corpus (docs/ + labels.json).

Precision as much as recall: realistic decisions, notices and forms dense with PUBLIC text that
looks like personal data or like a person's name, next to real personal data.
- Public look-alikes of names: company and shop names that begin with a surname character or
  read like a name (金华市高新科技有限公司, 方正物业, 安居房产, 张记面馆, 老王烧烤, 华联超市);
  brands and product names (利群, 红塔山, 芙蓉王, 白沙, 王老吉, 周黑鸭, 老干妈, 杨国福麻辣烫,
  周大福, 张小泉, 郑单958); place names and streets (王家庄村, 李村大集, 张家港市, 石家庄市,
  周口市, 马鞍山市, 高新区, 建国路, 文明路, 胜利街, 国贸大厦, 白沙洲); institutions named after
  people (鲁迅中学, 雷锋小学, 周恩来纪念馆, 逸夫楼); statutes and titles of publications
  (《王家庄村志》); organisation names (卫生健康委员会).
- Public people: officers (with and without 执法证号, in narrative: 执法人员王强、李军对…, with
  posts: 中队长, 大队长, 局长), officers named by surname and post only (王队长), the agency's
  contact person, legal representatives and the registered 负责人 of a branch (分公司), lawyers
  (with a firm, and with only a practice number), courts named in the remedy paragraph. Officers
  here carry ordinary names (王强, 李军 …) like the private people around them.
- Numbers that look personal but are public: case numbers, credit codes, 烟草专卖零售许可证号,
  食品经营许可证编号, 检测报告编号, 进货单号, 缴款码, agency phones and hotlines (12345, 12313,
  12315, 12369, 12328, 12320), amounts in words, dates, court case numbers.
- Private people and data mixed in: parties, operators, witnesses, complainants, relatives,
  employees, a non-lawyer agent, named with or without a role word, some only once; ID numbers,
  phones, home addresses (some on the same street or estate as a public business), plates, bank
  cards, birth dates, a property certificate.
- Holds: a confidentiality marking, "此件不公开", a minor party, a process document (询问笔录).
  Look-alikes that must NOT hold: a brand "秘密花园", a case about an unlicensed
  内部资料性出版物, "密级：无", "不涉及国家秘密", staff without a 健康证明 (no statement of
  anyone's illness), a named minor who is a buyer and not the party.

Labelling conventions (DESIGN.md §4, policy spc-2016, and the earlier hard corpora, see
../hard-domains/make_corpus.py and ../hard-red/make_corpus.py):
- person_name (sensitive): every natural person not acting for the agency, a company (as its
  legal representative or a branch's registered 负责人) or as a lawyer.
- Forms of address built on a surname only (老王, 王师傅, 张记) are not personal names: a shop
  whose 字号 holds only its operator's surname (张记面馆, 老王烧烤) is a public business name and
  a keep label (company); the operator's full name is sensitive wherever it occurs. A 个体工商户
  named after the operator's full name (李秀英水果店) is not a keep label (it contains the name).
- An officer of the agency named by surname and post (王队长) is an officer: keep.
- Brand, product and plant variety names are keep labels of kind brand, even when they are or
  contain a (founder's) name (杨国福麻辣烫, 王老吉); an institution or place named after a
  historical person (鲁迅中学, 周恩来纪念馆) is a location.
- address: the part of a natural person's home, 户籍 or 送达 address below the district or
  county. Business premises and places where a violation happened are kept (org_address,
  location).
- Numbers that §4 does not list (licence, report, order and receipt numbers) are keep labels here;
  the generator checks that no unlabelled or keep number shares an 8-digit run with a sensitive
  one.
- Ages (现年16岁) are not birth dates. A party is a minor when under 18 on 2026-11-25; a minor
  who is not the party is masked but does not hold the document.
- 告知书 and 通知书 addressed to a party are published like decisions; 询问笔录 is held.

Deterministic (fixed seed). Everything is fictional; ID numbers, bank cards and credit codes
carry valid check characters.

    python3 tests/redaction/hard-lookalikes/make_corpus.py      # rewrites docs/ and labels.json

Self-checks: every label occurs verbatim; no sensitive text sits inside a keep text; an ideal
redaction (exactly the labelled spans blanked) leaks nothing under the scorer's rules and keeps
every keep label; no number outside the sensitive spans shares an 8-digit run with a sensitive one.
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
    print_summary,
    render,
    self_check,
    split_labels,
    uscc,
    write_labels,
)

HERE = Path(__file__).resolve().parent
SEED = 20261213
PUBLICATION = dt.date(2026, 11, 25)

# ---------------------------------------------------------------- fictional data
# province, city, district/county, region code, area code, plate prefix, short agency prefix
REGIONS = [
    ("浙江省", "金华市", "婺城区", "330702", "0579", "浙G", "婺"),
    ("江苏省", "苏州市", "张家港市", "320582", "0512", "苏E", "张"),
    ("河北省", "石家庄市", "裕华区", "130108", "0311", "冀A", "石裕"),
    ("山东省", "青岛市", "李沧区", "370213", "0532", "鲁B", "青李"),
    ("湖北省", "武汉市", "洪山区", "420111", "027", "鄂A", "洪"),
    ("河南省", "周口市", "川汇区", "411602", "0394", "豫P", "周川"),
    ("安徽省", "马鞍山市", "花山区", "340503", "0555", "皖E", "马花"),
    ("江苏省", "常州市", "钟楼区", "320404", "0519", "苏D", "常钟"),
    ("浙江省", "杭州市", "上城区", "330102", "0571", "浙A", "杭上"),
    ("湖南省", "长沙市", "雨花区", "430111", "0731", "湘A", "长雨"),
    ("江苏省", "淮安市", "淮安区", "320803", "0517", "苏H", "淮"),
]
SURNAMES = list(
    "王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾田董潘袁蔡蒋余杜叶程魏苏吕丁沈任卢姚钟汪范陆金石方白"
)
GIVEN = list(
    "秀英桂芳丽敏静伟红梅德福永俊杰晓雯佳怡宇航子涵浩然欣悦思远嘉豪雪莲春生秋菊振文博雅琴玉兰凤根兴旺翠花有才素珍"
)
# ordinary officer names: nothing but their role tells them from the private people around them
OFFICER_NAMES = [
    "王强",
    "李军",
    "张伟",
    "刘洋",
    "陈静",
    "杨帆",
    "赵磊",
    "黄勇",
    "吴涛",
    "徐斌",
    "孙丽",
    "马超",
    "朱敏",
    "郭鹏",
    "何平",
    "高翔",
    "林峰",
    "罗成",
    "汪建军",
    "钱国庆",
    "邹志刚",
    "蒋卫东",
]
ESTATES = ["阳光花园", "锦绣家园", "翠湖苑", "幸福里小区", "金色港湾", "和平新村", "丽景华庭"]
HOME_STREETS = ["人民路", "解放路", "新华街", "中山路", "和平路", "红旗路", "长征路"]
TOWNS = ["柳塘镇", "白沙镇", "高桥镇", "石门镇", "新桥镇"]
CO_WORDS = ["恒通", "鑫源", "永盛", "瑞丰", "众联", "汇达", "博创", "富华", "金穗", "天禾"]


class Gen:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def reset(self):
        self.used = set()

    def pick(self, seq):
        return self.rng.choice(seq)

    def _fresh(self, make):
        for _ in range(500):
            n = make()
            if n not in self.used and not any(n in u or u in n for u in self.used):
                self.used.add(n)
                return n
        raise RuntimeError("no fresh name")

    def name(self, n: int | None = None, surname: str | None = None) -> str:
        r = self.rng
        n = n or r.choice([3, 3, 3, 2])
        return self._fresh(
            lambda: (surname or r.choice(SURNAMES)) + "".join(r.choice(GIVEN) for _ in range(n - 1))
        )

    def officers(self, k: int = 2) -> list[str]:
        return [self._fresh(lambda: self.rng.choice(OFFICER_NAMES)) for _ in range(k)]

    def born(self, lo=1962, hi=1999) -> dt.date:
        return dt.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def id_for(self, reg, born: dt.date, male: bool = True) -> str:
        seq = self.rng.randint(100, 998)
        if seq % 2 != male:
            seq += 1
        return id18(reg[3], born, seq)

    def mobile(self) -> str:
        r = self.rng
        return r.choice(
            ["138", "139", "137", "159", "186", "188", "177", "150", "135", "199"]
        ) + "".join(r.choice("0123456789") for _ in range(8))

    def landline(self, reg) -> str:
        return f"{reg[4]}-{self.rng.randint(2, 8)}{self.rng.randint(0, 9999999):07d}"

    def card(self) -> str:
        return luhn(
            self.pick(["622848", "621700", "622202", "623058", "621226"])
            + "".join(self.pick("0123456789") for _ in range(12))
        )

    def home(self) -> str:
        r = self.rng
        return f"{r.choice(HOME_STREETS)}{r.randint(10, 399)}号{r.choice(ESTATES)}{r.randint(1, 30)}幢{r.randint(1, 4)}单元{r.randint(1, 28)}0{r.randint(1, 4)}室"

    def room(self, estate: str) -> str:
        r = self.rng
        return f"{estate}{r.randint(1, 30)}栋{r.randint(1, 3)}单元{r.randint(2, 28)}0{r.randint(1, 4)}室"

    def village(self, village: str | None = None) -> str:
        r = self.rng
        return f"{r.choice(TOWNS)}{village or r.choice(['前湾村', '大塘村', '河头村'])}{r.randint(1, 12)}组{r.randint(1, 88)}号"

    def plate(self, reg) -> str:
        r = self.rng
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        return (
            reg[5]
            + r.choice(letters)
            + r.choice("0123456789" + letters)
            + "".join(r.choice("0123456789") for _ in range(3))
        )

    def plate_ev(self, reg) -> str:
        return reg[5] + self.pick("DF") + "".join(self.pick("0123456789") for _ in range(5))

    def date(self, year: int, lo=1, hi=10) -> dt.date:
        return dt.date(year, self.rng.randint(lo, hi), self.rng.randint(1, 26))

    def cert(self, reg) -> str:
        r = self.rng
        return r.choice(
            [
                lambda: f"{reg[3][:2]}{r.randint(100000, 999999)}{r.randint(100, 999)}",
                lambda: f"ZF{reg[3][:4]}{r.randint(10000, 99999)}",
            ]
        )()

    def company(self, reg, trade: str) -> str:
        return f"{reg[1]}{self.pick(CO_WORDS)}{trade}有限公司"

    def digits(self, n: int) -> str:
        return "".join(self.pick("0123456789") for _ in range(n))

    def amount(self) -> tuple[str, str]:
        n = self.pick([2000, 3000, 5000, 8000, 10000, 20000, 30000, 50000])
        words = {
            2000: "贰仟",
            3000: "叁仟",
            5000: "伍仟",
            8000: "捌仟",
            10000: "壹万",
            20000: "贰万",
            30000: "叁万",
            50000: "伍万",
        }[n]
        return f"人民币{words}元整", f"{n}元"


def age_on(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def loc(reg) -> str:
    """The city and district as an agency of a county-level city (张家港市) writes them."""
    return reg[2] if reg[2].endswith("市") else reg[1] + reg[2]


def gov_of(reg) -> str:
    return f"{reg[2]}人民政府" if reg[2].endswith("市") else f"{reg[1]}{reg[2]}人民政府"


def court_of(reg) -> str:
    return f"{reg[2]}人民法院" if reg[2].endswith("市") else f"{reg[1]}{reg[2]}人民法院"


# ---------------------------------------------------------------- document context
class Ctx:
    """One agency, one decision number, officers and the stock paragraphs around a document."""

    def __init__(self, g: Gen, reg, agency_kind: str, code: str, year: int, hotline: str = "12345"):
        self.g, self.reg, self.year = g, reg, year
        self.agency = agency_kind if agency_kind.startswith(reg[1]) else loc(reg) + agency_kind
        self.num = f"{reg[6]}{code}〔{year}〕{g.rng.randint(3, 399)}号"
        self.d_found = g.date(year, 1, 8)
        self.d_open = self.d_found + dt.timedelta(days=g.rng.randint(0, 3))
        self.d_notice = self.d_open + dt.timedelta(days=g.rng.randint(15, 40))
        self.d_sign = self.d_notice + dt.timedelta(days=g.rng.randint(8, 20))
        self.officers = g.officers()
        self.certs = [g.cert(reg), g.cert(reg)]
        self.addr = f"{loc(reg)}{g.pick(['政通路', '行政中心大道', '府前街', '市民广场'])}{g.rng.randint(1, 200)}号"
        self.phone = g.landline(reg)
        self.hotline = hotline
        self.court = court_of(reg)

    def head(self, title: str = "行政处罚决定书", top: str = "") -> str:
        return f"{top}{K('agency', self.agency)}\n{title}\n{K('decision_number', self.num)}\n\n"

    def remedy(self) -> str:
        return (
            f"    如不服本决定，可以在收到本决定书之日起六十日内向{K('agency', gov_of(self.reg))}申请行政复议，"
            f"或者在六个月内依法向{K('court', self.court)}提起行政诉讼。行政复议或者行政诉讼期间，本决定不停止执行，法律另有规定的除外。\n"
        )

    def pay(self) -> str:
        return (
            "    当事人应当自收到本决定书之日起十五日内，持本决定书和《非税收入一般缴款书》"
            f"（缴款码：{K('receipt_no', self.reg[3][:2] + self.g.digits(6) + 'K' + self.g.digits(5))}）到代收银行缴纳罚款。逾期不缴纳罚款的，本机关将依据"
            f"{K('statute', '《中华人民共和国行政处罚法》第七十二条第一款第（一）项')}的规定，每日按罚款数额的百分之三加处罚款。\n"
        )

    def told(self, said: str = "") -> str:
        return (
            f"    {K('date', cn(self.d_notice))}，本机关向当事人送达了《行政处罚事先告知书》，告知其拟作出行政处罚的事实、理由、依据"
            f"及依法享有的陈述、申辩、要求听证的权利。{said or '当事人在法定期限内未提出陈述、申辩，也未要求听证。'}\n"
        )

    def inspected(self) -> str:
        """Officers named in the narrative, without their certificate numbers."""
        o = self.officers
        return f"本机关执法人员{K('officer', o[0])}、{K('officer', o[1])}"

    def sign(self, certs=True, contact=False) -> str:
        o, c = self.officers, self.certs
        t = "\n"
        if certs:
            t += f"执法人员：{K('officer', o[0])}（执法证号：{K('officer_cert', c[0])}）、{K('officer', o[1])}（执法证号：{K('officer_cert', c[1])}）\n"
        if contact:
            t += f"联系人：{K('officer', o[1])}　联系电话：{K('agency_phone', self.phone)}\n"
            t += f"本机关地址：{K('agency_address', self.addr)}　投诉举报电话：{K('agency_phone', self.hotline)}\n\n"
        else:
            t += f"本机关地址：{K('agency_address', self.addr)}　联系电话：{K('agency_phone', self.phone)}　监督电话：{K('agency_phone', self.hotline)}\n\n"
        t += f"{K('agency', self.agency)}\n{K('date', cn(self.d_sign))}\n"
        return t


def doc(markup, hold=False, party="natural", kind="行政处罚决定书", family="", ext=".txt") -> dict:
    if ext == ".md":  # Markdown paragraphs: a blank line, no indent (an indent would make code)
        markup = markup.replace("\n    ", "\n\n")
    return {
        "markup": markup,
        "hold": hold,
        "party_type": party,
        "doc_kind": kind,
        "family": family,
        "ext": ext,
    }


def person(
    g: Gen,
    reg,
    name: str,
    born: dt.date,
    *,
    role="当事人",
    male=True,
    id_label="公民身份号码",
    addr_label="住址",
    home=None,
    extra="",
) -> str:
    home = home or g.home()
    return (
        f"{role}：{N(name)}，{'男' if male else '女'}，{S('birth_date', cn(born))}出生，"
        f"{id_label}：{S('id_number', g.id_for(reg, born, male))}，{addr_label}：{reg[0]}{reg[1]}{reg[2]}{S('address', home)}，"
        f"联系电话：{S('phone', g.mobile())}。{extra}\n"
    )


def company_block(
    g: Gen, reg, comp: str, rep: str, seat: str, rep_label="法定代表人", title=""
) -> str:
    t = f"当事人：{K('company', comp)}\n统一社会信用代码：{K('uscc', uscc(g.rng, reg[3]))}\n住所：{K('org_address', seat)}\n"
    t += f"{rep_label}：{K('legal_rep', rep)}"
    if title:
        t += f"　职务：{K('legal_rep_title', title)}"
    return t + "\n\n"


# ---------------------------------------------------------------- document families
TOBACCO_BRANDS = [
    ("利群", "（新版）"),
    ("红塔山", "（经典1956）"),
    ("芙蓉王", "（硬）"),
    ("白沙", "（精品）"),
    ("黄鹤楼", "（软蓝）"),
    ("中华", "（硬）"),
    ("玉溪", "（软）"),
]


def gen_tobacco(g: Gen, reg, year: int, shop_word: str, street: str, md: bool = False) -> dict:
    """Tobacco monopoly decision on a 个体工商户 selling fakes: brands, licence number, officers."""
    c = Ctx(g, reg, "烟草专卖局", "烟罚", year, hotline="12313")
    op, supplier, driver = g.name(3), g.name(3), g.name(3)
    born = g.born()
    brands = g.rng.sample(TOBACCO_BRANDS, 3)
    shop = f"{reg[1]}{reg[2]}{shop_word}便利店"
    lic = reg[3] + g.digits(6)
    prem = f"{reg[2]}{street}{g.rng.randint(20, 300)}号"
    plate = g.plate(reg)
    words, num = g.amount()
    t = c.head()
    t += (
        f"当事人：{K('company', shop)}（个体工商户）\n经营场所：{K('org_address', prem)}\n"
        f"烟草专卖零售许可证号：{K('license_no', lic)}\n"
        + person(g, reg, op, born, role="经营者", id_label="居民身份证号码")
        + "\n"
    )
    t += (
        f"    {K('date', cn(c.d_found))}，{c.inspected()}会同{K('agency', reg[1] + reg[2] + '公安分局')}民警，依法对当事人经营场所进行检查，"
        f"在柜台及仓库内发现涉嫌假冒的{K('brand', brands[0][0])}、{K('brand', brands[1][0])}、{K('brand', brands[2][0])}等品牌卷烟。"
        f"经{K('agency', reg[1] + '烟草质量监督检测站')}鉴别检验（检验报告编号：{K('serial', 'YJ' + str(year) + g.digits(5))}），上述卷烟均为假冒注册商标的卷烟。\n"
        f"    经查，上述卷烟系当事人从{N(supplier)}处购进，由{N(driver)}驾驶{S('license_plate', plate)}号面包车送至店内，货款通过当事人之妻名下的银行卡"
        f"（卡号：{S('bank_account', g.card())}）支付。{N(op)}对上述事实供认不讳。\n"
    )
    if md:
        t += "\n| 品牌规格 | 数量（条） | 鉴别结论 |\n| --- | --- | --- |\n"
        for b, spec in brands:
            t += f"| {K('brand', b)}{spec} | {g.rng.randint(3, 60)} | 假冒 |\n"
        t += "\n"
    t += (
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国商标法》第五十七条第（三）项')}、"
        f"{K('statute', '《中华人民共和国烟草专卖法实施条例》第二十三条第二款')}的规定。鉴于当事人积极配合调查，经本局案件审理委员会讨论，"
        f"依据{K('statute', '《中华人民共和国烟草专卖法实施条例》第五十六条')}，决定没收假冒卷烟，并处罚款{K('amount', words)}（{K('amount', num)}）。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(
        t, family="tobacco/brands-shop-name" + ("-md" if md else ""), ext=".md" if md else ".txt"
    )


FOOD_BRANDS = [
    ("王老吉", "广州王老吉大健康产业有限公司", "凉茶"),
    ("周黑鸭", "周黑鸭食品股份有限公司", "卤鸭脖"),
    ("老干妈", "贵阳南明老干妈风味食品有限责任公司", "风味豆豉"),
    ("张小泉", "杭州张小泉集团有限公司", "剪刀"),
    ("王守义", "驻马店市王守义十三香调味品集团有限公司", "十三香调味料"),
]


def gen_trademark(g: Gen, reg, year: int, which: list[int], street: str) -> dict:
    """A trading company selling counterfeits of name-like brands; the rights holders verify."""
    c = Ctx(g, reg, "市场监督管理局", "市监处罚", year, hotline="12315")
    rep, clerk, buyer, keeper = g.name(3), g.name(3), g.name(3), g.name(2)
    comp = g.company(reg, "商贸")
    seat = f"{reg[1]}{reg[2]}{street}{g.rng.randint(1, 200)}号{g.pick(['国贸大厦', '金茂大厦', '华联商厦'])}{g.rng.randint(5, 20)}楼"
    words, num = g.amount()
    t = c.head() + company_block(g, reg, comp, rep, seat, title="执行董事兼总经理")
    t += f"    {K('date', cn(c.d_found))}，本局接到消费者{N(buyer)}（联系电话：{S('phone', g.mobile())}）投诉，称其在当事人处购买的商品疑似假冒。"
    t += f"当日，{c.inspected()}对当事人位于{K('location', reg[2] + street + '农贸批发市场B区')}的仓库进行检查，发现："
    parts = []
    for i in which:
        b, owner, prod = FOOD_BRANDS[i]
        parts.append(
            f"标注“{K('brand', b)}”注册商标的{prod}{g.rng.randint(20, 400)}件，经商标权利人{K('company', owner)}出具鉴定意见，确认非其生产"
        )
    t += "；".join(parts) + "。\n"
    t += (
        f"    经查，当事人于{K('date', cn(c.d_found - dt.timedelta(days=40)))}起购进上述商品（进货单号：{K('serial', 'JH' + g.digits(12))}），"
        f"由业务员{N(clerk)}负责销售，仓库由{N(keeper)}看管。当事人法定代表人{K('legal_rep', rep)}称不知道是假货，但无法提供合法来源证明。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国商标法》第五十七条第（三）项')}的规定。依据"
        f"{K('statute', '《中华人民共和国商标法》第六十条第二款')}，决定没收侵权商品，并处罚款{K('amount', words)}（{K('amount', num)}）。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign(contact=True)
    return doc(t, party="legal", family="trademark/name-like-brands")


def gen_noodle(g: Gen, reg, year: int, shop_word: str, street: str) -> dict:
    """个体工商户 with a surname-only 字号 (张记, 老王): the shop name is public, the operator not;
    staff without a 健康证明 (a health certificate is not health data)."""
    c = Ctx(g, reg, "市场监督管理局", "市监处罚", year, hotline="12315")
    surname = shop_word[-2] if shop_word.endswith("记") else shop_word[-1]
    op = g.name(3, surname=surname)
    w1, w2 = g.name(3), g.name(2)
    born = g.born(1970, 1992)
    kind = g.pick(["面馆", "烧烤店", "小吃店"])
    shop = f"{reg[1]}{reg[2]}{shop_word}{kind}"
    prem = f"{reg[2]}{street}{g.rng.randint(2, 200)}号"
    lic = f"JY2{reg[3]}{g.digits(7)}"
    t = c.head()
    t += (
        f"当事人：{K('company', shop)}\n主体类型：个体工商户\n统一社会信用代码：{K('uscc', uscc(g.rng, reg[3], '92'))}\n"
        f"食品经营许可证编号：{K('license_no', lic)}\n经营场所：{K('org_address', prem)}\n"
        f"经营者：{N(op)}，{S('birth_date', cn(born))}生，身份证号码：{S('id_number', g.id_for(reg, born))}，"
        f"联系电话：{S('phone', g.mobile())}\n\n"
        f"    {K('date', cn(c.d_found))}，{c.inspected()}对当事人的经营场所进行监督检查，发现后厨从业人员{N(w1)}、{N(w2)}"
        f"未能出示有效的健康证明，从事接触直接入口食品的工作。现场负责人{N(op)}称二人系{K('date', cn(c.d_found - dt.timedelta(days=20)))}新招，"
        f"尚未安排体检。当日，执法人员已责令当事人立即改正，{N(w1)}、{N(w2)}于三日后取得健康证明。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国食品安全法》第四十五条第一款')}的规定。依据"
        f"{K('statute', '《中华人民共和国食品安全法》第一百二十六条第一款第（六）项')}，决定给予当事人警告，并处罚款{K('amount', '人民币伍仟元整')}。\n"
    )
    t += c.pay() + c.remedy() + c.sign()
    return doc(t, family="food/surname-only-shop-health-cert")


def gen_named_shop(g: Gen, reg, year: int) -> dict:
    """个体工商户 named after the operator's full name: masked inside the shop name too."""
    c = Ctx(g, reg, "市场监督管理局", "市监处罚", year, hotline="12315")
    op, son = g.name(3), g.name(3)
    born = g.born(1958, 1975)
    prem = f"{reg[2]}胜利街{g.rng.randint(2, 200)}号"
    t = c.head()
    t += (
        f"当事人：{reg[1]}{reg[2]}{N(op)}水果店\n统一社会信用代码：{K('uscc', uscc(g.rng, reg[3], '92'))}\n"
        f"经营场所：{K('org_address', prem)}\n"
        + person(g, reg, op, born, role="经营者", male=False)
        + f"委托代理人：{N(son)}（系经营者之子）\n\n"
        f"    {K('date', cn(c.d_found))}，本局执法人员在{K('location', reg[2] + '胜利街')}开展价格检查时发现，当事人在售的"
        f"“{K('brand', '褚橙')}”“{K('brand', '佳沛')}奇异果”未按规定明码标价。{N(op)}在询问时表示价格每天变动，来不及更换标签。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《明码标价和禁止价格欺诈规定》第四条')}的规定。鉴于当事人系初次违法且危害后果轻微，"
        f"依据{K('statute', '《中华人民共和国价格法》第四十二条')}，决定责令改正，并处罚款{K('amount', '人民币贰佰元整')}。\n"
    )
    t += c.remedy() + c.sign()
    return doc(t, family="price/operator-full-name-shop")


def gen_franchise(g: Gen, reg, year: int) -> dict:
    """A company running a franchise of a founder-named brand: brand kept, staff masked."""
    c = Ctx(g, reg, "市场监督管理局", "市监处罚", year, hotline="12315")
    rep, mgr, cook, diner = g.name(3), g.name(3), g.name(3), g.name(3)
    brand = g.pick(["杨国福麻辣烫", "张亮麻辣烫", "刘一手火锅"])
    comp = g.company(reg, "餐饮管理")
    street = "建华南大街" if reg[1] == "石家庄市" else "建国路"
    seat = f"{reg[1]}{reg[2]}{street}{g.rng.randint(10, 300)}号"
    lic = f"JY1{reg[3]}{g.digits(7)}"
    words, num = g.amount()
    t = c.head() + company_block(g, reg, comp, rep, seat)
    t += (
        f"经营门店：{K('brand', brand)}（{K('location', street + '店')}）\n食品经营许可证编号：{K('license_no', lic)}\n\n"
        f"    {K('date', cn(c.d_found))}，本局接{K('agency_phone', '12345')}政务服务便民热线转办件，反映当事人经营的“{K('brand', brand)}”门店使用过期食材。"
        f"经查，当事人门店冷库内存放超过保质期的牛肉丸6.5千克。门店店长{N(mgr)}称，过期食材系厨师{N(cook)}未及时清理所致；"
        f"投诉人{N(diner)}提供了就餐小票。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国食品安全法》第三十四条第（十）项')}的规定。依据"
        f"{K('statute', '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项')}，决定没收过期食材，并处罚款{K('amount', words)}（{K('amount', num)}）。\n"
    )
    t += (
        c.told(
            "当事人法定代表人" + K("legal_rep", rep) + "到本局进行了陈述，未提出新的事实和理由。"
        )
        + c.pay()
        + c.remedy()
        + c.sign()
    )
    return doc(t, party="legal", family="food/founder-brand-franchise")


def gen_property(g: Gen, reg, year: int) -> dict:
    """方正物业 fined; the complaining owner lives in the estate the company manages."""
    c = Ctx(g, reg, "住房和城乡建设局", "建罚", year, hotline="12319")
    rep, owner, neighbour = g.name(3), g.name(3), g.name(3)
    comp = f"{reg[1]}方正物业服务有限公司"
    estate = g.pick(["国贸花园", "华府名邸", "金地世家"])
    seat = f"{reg[1]}{reg[2]}文明路{g.rng.randint(10, 200)}号"
    words, num = g.amount()
    t = c.head() + company_block(g, reg, comp, rep, seat)
    t += (
        f"    {K('date', cn(c.d_found))}，本局接到{K('location', estate)}业主{N(owner)}投诉（住址：{reg[2]}{S('address', g.room(estate))}，"
        f"联系电话：{S('phone', g.mobile())}），反映当事人擅自占用小区共用部位设置收费停车位。经查，当事人在{K('location', estate)}"
        f"地面共用部位划设停车位42个并对外收费，未经业主大会同意。同住该小区的{N(neighbour)}亦提交了书面证言。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《物业管理条例》第五十条第一款')}的规定。依据"
        f"{K('statute', '《物业管理条例》第六十三条第一款第（二）项')}，决定责令限期改正，并处罚款{K('amount', words)}（{K('amount', num)}）。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, party="legal", family="housing/property-company-owner-home")


def gen_realestate(g: Gen, reg, year: int) -> dict:
    """安居房产 brokerage: listing of a landlord's flat (property certificate, home), agents named."""
    c = Ctx(g, reg, "住房和城乡建设局", "建罚", year, hotline="12345")
    rep, landlord, agent, agent2 = g.name(3), g.name(3), g.name(3), g.name(2)
    comp = f"{reg[1]}安居房地产经纪有限公司"
    seat = f"{reg[1]}{reg[2]}胜利街{g.rng.randint(10, 200)}号"
    cert = f"{reg[5][0]}（{year - 5}）{reg[1]}不动产权第{g.rng.randint(1000000, 9999999)}号"
    words, num = g.amount()
    t = c.head() + company_block(g, reg, comp, rep, seat)
    t += (
        f"    经查，当事人以“{K('brand', '安居房产')}”名义在网络平台发布房源信息，其中位于{reg[2]}{S('address', g.home())}的住宅（不动产权证书号："
        f"{S('property_cert', cert)}）系{N(landlord)}所有，{N(landlord)}于{K('date', cn(c.d_found - dt.timedelta(days=30)))}已明确表示不再出售，"
        f"当事人经纪人员{N(agent)}仍以低于实际成交意向的价格发布该房源招揽客户。另查明，经纪人员{N(agent2)}未取得从业登记即从事经纪业务。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《房地产经纪管理办法》第二十五条第（一）项')}的规定。依据"
        f"{K('statute', '《房地产经纪管理办法》第三十七条')}，决定对当事人罚款{K('amount', words)}（{K('amount', num)}）。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, party="legal", family="housing/brokerage-landlord-cert")


def gen_ridehail(g: Gen, reg, year: int) -> dict:
    """网约车 driver fined at 白沙洲; the platform company is public; 12328."""
    c = Ctx(g, reg, "交通运输局", "交罚", year, hotline="12328")
    driver, passenger = g.name(3), g.name(2)
    born = g.born(1975, 1995)
    plate = g.plate_ev(reg)
    t = c.head()
    t += person(g, reg, driver, born, id_label="身份证号") + "\n"
    t += (
        f"    {K('date', cn(c.d_found))}16时许，{c.inspected()}在{K('location', '白沙洲大市场东门')}检查时发现，当事人驾驶{S('license_plate', plate)}"
        f"小型新能源汽车，通过“{K('brand', '滴滴出行')}”平台接单，搭载乘客{N(passenger)}从{K('location', '洪山区白沙洲')}前往{K('location', '光谷广场')}，"
        f"该车未取得网络预约出租汽车运输证，当事人未取得网络预约出租汽车驾驶员证。当事人对违法事实无异议。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《网络预约出租汽车经营服务管理暂行办法》第十三条')}的规定。依据"
        f"{K('statute', '《网络预约出租汽车经营服务管理暂行办法》第三十四条')}，决定罚款{K('amount', '人民币伍仟元整')}。\n"
    )
    t += c.pay() + c.remedy() + c.sign()
    return doc(t, family="transport/ridehail-place-names")


def gen_onspot_police(g: Gen, reg, year: int) -> dict:
    """On-the-spot police decision at 李村大集 (a market named like a village and a surname)."""
    c = Ctx(g, reg, "公安分局", "公当罚", year, hotline="110")
    c.num = f"青公李（李村）当罚决字〔{year}〕{g.rng.randint(100, 999)}号"
    party, witness = g.name(3), g.name(3)
    born = g.born(1965, 1990)
    t = c.head("当场处罚决定书")
    t += (
        f"被处罚人：{N(party)}　性别：男　出生日期：{S('birth_date', cn(born))}\n"
        f"身份证件种类及号码：居民身份证　{S('id_number', g.id_for(reg, born))}\n"
        f"现住址：{reg[1]}{reg[2]}{S('address', g.home())}\n"
        f"    违法事实：{K('date', cn(c.d_found))}10时许，被处罚人在{K('location', '李沧区李村大集（李村河南岸）')}摆摊时与他人争执，"
        f"将摊位上的{K('brand', '青岛啤酒')}空瓶摔碎在通道上，扰乱市场秩序。证人{N(witness)}证实。\n"
        f"    依据{K('statute', '《中华人民共和国治安管理处罚法》第二十三条第一款第（二）项')}之规定，当场决定给予警告。\n"
        f"    被处罚人签名：{N(party)}\n"
        f"    处罚地点：{K('location', '李村大集治安岗亭')}\n"
        f"    执法民警：{K('officer', c.officers[0])}（警号{K('officer_cert', g.digits(6))}）\n"
        f"    值班领导：{K('officer', c.officers[1][0] + '所长')}\n\n"
        f"{K('agency', c.agency + '李村派出所')}\n{K('date', cn(c.d_found))}\n"
    )
    return doc(t, kind="当场处罚决定书", family="police/onspot-lici-market")


def gen_env(g: Gen, reg, year: int, co_word: str, md: bool = False) -> dict:
    """A 高新 company in the 高新区: lab report numbers, 12369, an operator of its equipment."""
    c = Ctx(g, reg, "生态环境局", "环罚", year, hotline="12369")
    rep, op, mgr = g.name(3), g.name(3), g.name(3)
    comp = f"{reg[1]}{co_word}科技有限公司"
    zone = f"{reg[1]}高新技术产业开发区"
    seat = f"{zone}{g.pick(['创新大道', '科技路', '高新大道'])}{g.rng.randint(1, 300)}号"
    lab = f"{reg[0][:2]}华测检测技术有限公司"
    words, num = g.amount()
    t = c.head() + company_block(g, reg, comp, rep, seat, title="董事长")
    t += (
        f"    {K('date', cn(c.d_found))}，{c.inspected()}对当事人位于{K('location', reg[1] + '高新区')}的生产车间进行现场检查，"
        f"发现当事人喷涂工序的活性炭吸附装置未正常运行。当班操作工{N(op)}称，设备自上周起停用；环保专员{N(mgr)}未能提供活性炭更换记录。"
        f"本局委托{K('company', lab)}对排气筒进行采样，监测报告（编号：{K('serial', 'HC' + str(year) + g.digits(6))}）显示非甲烷总烃排放浓度超过"
        f"{K('statute', '《大气污染物综合排放标准》（GB 16297-1996）')}规定的限值。\n"
    )
    if md:
        t += (
            "\n| 监测点位 | 监测项目 | 实测浓度（mg/m³） | 标准限值（mg/m³） |\n| --- | --- | --- | --- |\n"
            f"| 1#排气筒 | 非甲烷总烃 | {g.rng.randint(130, 190)} | 120 |\n"
            f"| 2#排气筒 | 非甲烷总烃 | {g.rng.randint(121, 150)} | 120 |\n\n"
        )
    t += (
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国大气污染防治法》第十八条')}的规定。依据"
        f"{K('statute', '《中华人民共和国大气污染防治法》第九十九条第（二）项')}，决定责令当事人改正违法行为，并处罚款{K('amount', words)}（{K('amount', num)}）。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign(contact=True)
    return doc(
        t,
        party="legal",
        family="env/hightech-company" + ("-md" if md else ""),
        ext=".md" if md else ".txt",
    )


def gen_cg_notice(g: Gen, reg, year: int, street: str, brand: str) -> dict:
    """城管 责令改正通知书 to a company about a shop sign on a street named like a person."""
    c = Ctx(g, reg, "城市管理和综合执法局", "城管责改", year, hotline="12319")
    rep, clerk = g.name(3), g.name(3)
    comp = g.company(reg, "商业连锁")
    seat = f"{reg[1]}{reg[2]}{street}{g.rng.randint(10, 300)}号"
    t = c.head("责令限期改正通知书")
    t += f"{K('company', comp)}（住所：{K('org_address', seat)}；法定代表人：{K('legal_rep', rep)}）：\n"
    chief = c.officers[0]
    t += (
        f"    {K('date', cn(c.d_found))}，本局{K('agency', reg[2] + '城市管理执法大队')}{K('officer', chief[0] + '队长')}带队巡查发现，"
        f"你单位在{K('location', reg[2] + street + '与胜利街交叉口')}的“{K('brand', brand)}”门店擅自设置户外广告灯箱，面积约6平方米。"
        f"门店店员{N(clerk)}在现场签收了《现场检查笔录》。\n"
        f"    你单位的上述行为违反了{K('statute', '《城市市容和环境卫生管理条例》第十一条')}的规定。现依据"
        f"{K('statute', '《中华人民共和国行政处罚法》第二十八条第一款')}，责令你单位于{K('date', cn(c.d_found + dt.timedelta(days=7)))}前自行拆除。"
        f"逾期不改正的，本局将依法处理。\n"
        f"    带队中队长：{K('officer', chief)}\n"
    )
    t += c.sign(contact=True)
    return doc(t, kind="责令限期改正通知书", party="legal", family="cg/notice-shop-sign-street")


def gen_hearing(g: Gen, reg, year: int, lawyer_firm: bool, md: bool = False) -> dict:
    """听证告知书 to a natural person: a lawyer (with a firm or with a practice number) or a
    relative as agent; a home on 胜利街 next to a business address there."""
    c = Ctx(g, reg, "市场监督管理局", "市监听告", year, hotline="12315")
    party = g.name(3)
    relative, lawyer = g.name(3, surname=party[0]), g.name(3)
    words, num = g.amount()
    if md:
        t = f"# {K('agency', c.agency)}\n\n## 行政处罚听证告知书\n\n{K('decision_number', c.num)}\n\n"
        t += f"**{N(party)}**：\n\n"
    else:
        t = c.head("行政处罚听证告知书") + f"{N(party)}：\n"
    prem = f"{reg[2]}胜利街{g.rng.randint(100, 300)}号国贸大厦一层"
    t += (
        f"    经查，你于{K('date', cn(c.d_found))}起在{K('location', prem)}经营“{K('brand', '周大福')}”“{K('brand', '老凤祥')}”品牌黄金饰品柜台，"
        f"销售的足金饰品经{K('agency', reg[1] + '产品质量检验所')}检验，含金量不符合标称。经核实，你的户籍地址为{reg[1]}{reg[2]}"
        f"{S('address', '胜利街' + str(g.rng.randint(2, 99)) + '号' + g.pick(ESTATES) + str(g.rng.randint(1, 20)) + '幢' + str(g.rng.randint(101, 1802)) + '室')}，"
        f"柜台由你与你的姐姐{N(relative)}共同经营。\n"
        f"    你的上述行为违反了{K('statute', '《中华人民共和国产品质量法》第三十九条')}的规定。依据"
        f"{K('statute', '《中华人民共和国产品质量法》第五十条')}，本局拟对你作出没收违法所得并处罚款{K('amount', words)}的行政处罚。\n"
        "    根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你有要求举行听证的权利。"
        "如要求听证，应当在收到本告知书之日起五日内向本局提出；逾期视为放弃此权利。\n"
    )
    if lawyer_firm:
        firm = f"{reg[0][:2]}{g.pick(['金鼎', '方正', '高新', '王府'])}律师事务所"
        t += f"    你已委托{K('law_firm', firm)}{K('lawyer', lawyer)}律师为代理人，听证时可由其出席。\n"
    else:
        lic = f"1{reg[3][:4]}{year - 8}{g.rng.randint(1, 2)}{g.digits(7)}"
        t += f"    你已委托律师{K('lawyer', lawyer)}（执业证号：{K('lawyer_license', lic)}）及你的姐姐{N(relative)}为代理人。\n"
    t += (
        f"    联系人：{K('officer', c.officers[0])}、{K('officer', c.officers[1])}　联系电话：{K('agency_phone', c.phone)}\n"
        f"    本局地址：{K('agency_address', c.addr)}\n\n"
        f"{K('agency', c.agency)}\n{K('date', cn(c.d_notice))}\n"
    )
    fam = (
        "hearing/"
        + ("lawyer-firm" if lawyer_firm else "lawyer-licence-relative")
        + ("-md" if md else "")
    )
    return doc(t, kind="行政处罚听证告知书", family=fam, ext=".md" if md else ".txt")


def gen_nopenalty(g: Gen, reg, year: int, shop: str, legal: bool) -> dict:
    """不予行政处罚决定书 (首违不罚) to a 华联 supermarket: brand names on the shelf."""
    c = Ctx(g, reg, "市场监督管理局", "市监不罚", year, hotline="12315")
    rep, staff, buyer = g.name(3), g.name(2), g.name(3)
    t = c.head("不予行政处罚决定书")
    if legal:
        comp = f"{reg[1]}{shop}超市有限公司"
        seat = f"{reg[1]}{reg[2]}建国路{g.rng.randint(1, 300)}号"
        t += company_block(g, reg, comp, rep, seat)
        party = "当事人"
    else:
        op = g.name(3)
        born = g.born()
        comp = f"{reg[1]}{reg[2]}{shop}超市"
        t += (
            f"当事人：{K('company', comp)}（个体工商户）\n经营场所：{K('org_address', reg[2] + '建国路' + str(g.rng.randint(1, 300)) + '号')}\n"
            + person(g, reg, op, born, role="经营者", male=False)
            + "\n"
        )
        party = N(op)
    t += (
        f"    {K('date', cn(c.d_found))}，本局接到{N(buyer)}举报，称当事人销售的“{K('brand', '康师傅')}”红烧牛肉面、“{K('brand', '娃哈哈')}”纯净水"
        f"未按规定明码标价。经查，{party}在货架上使用的价签已褪色，收银员{N(staff)}按系统价格收款，未多收价款。"
        f"当事人系首次违法，违法行为持续时间短，已于当日更换价签。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《明码标价和禁止价格欺诈规定》第六条')}的规定，但符合"
        f"{K('statute', '《中华人民共和国行政处罚法》第三十三条第一款')}规定的情形。经审查，本案不涉及国家秘密、商业秘密和个人隐私。"
        f"依据{K('statute', '《市场监管领域轻微违法行为不予行政处罚清单》第五项')}，决定不予行政处罚。\n"
    )
    t += c.remedy() + c.sign()
    return doc(
        t,
        kind="不予行政处罚决定书",
        party="legal" if legal else "natural",
        family="nopenalty/supermarket-negation",
    )


def gen_health(g: Gen, reg, year: int) -> dict:
    """卫生健康委员会 on a swimming venue in 国贸大厦: staff without 健康证明, no illness named."""
    c = Ctx(g, reg, f"{reg[1]}卫生健康委员会", "卫公罚", year, hotline="12320")
    c.num = c.num.replace(reg[6], reg[6][0], 1)
    rep, coach, lifeguard = g.name(3), g.name(3), g.name(2)
    comp = g.company(reg, "体育文化发展")
    seat = f"{reg[1]}{reg[2]}文明路{g.rng.randint(1, 300)}号国贸大厦{g.rng.randint(3, 6)}楼"
    t = c.head() + company_block(g, reg, comp, rep, seat)
    t += (
        f"    {K('date', cn(c.d_found))}，{K('agency', reg[1] + '卫生健康综合监督执法支队')}执法人员{K('officer', c.officers[0])}、"
        f"{K('officer', c.officers[1])}对当事人经营的游泳馆进行检查，发现：游泳教练{N(coach)}、救生员{N(lifeguard)}未取得有效健康合格证明"
        f"即从事直接为顾客服务的工作；池水游离性余氯检测结果不符合{K('statute', '《游泳场所卫生规范》')}要求。\n"
        f"    本委认为，当事人的行为违反了{K('statute', '《公共场所卫生管理条例实施细则》第十条')}的规定。依据"
        f"{K('statute', '《公共场所卫生管理条例实施细则》第三十八条')}，决定给予警告，并处罚款{K('amount', '人民币叁仟元整')}（{K('amount', '3000元')}）。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, party="legal", family="health/venue-health-cert-negation")


def gen_edu(g: Gen, reg, year: int) -> dict:
    """校外培训 near 鲁迅中学 and 雷锋小学: the organiser, a teacher and parents are private."""
    c = Ctx(g, reg, "教育局", "教罚", year, hotline="12345")
    org, teacher, parent1, parent2 = g.name(3), g.name(3), g.name(3), g.name(2)
    born = g.born(1975, 1992)
    t = c.head()
    t += person(g, reg, org, born, male=False) + "\n"
    t += (
        f"    经查，当事人自{K('date', cn(c.d_found - dt.timedelta(days=90)))}起，未经审批在{K('location', reg[2] + '鲁迅中学西门对面商铺二楼')}"
        f"举办面向中小学生的学科类培训班，招收{K('location', '雷锋小学')}、{K('location', '逸夫中学')}等学校学生共计37人，聘请{N(teacher)}讲授数学课程，按每课时120元收费。"
        f"学生家长{N(parent1)}、{N(parent2)}向本局反映了上述情况，并提供了微信转账记录。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国民办教育促进法》第十二条')}的规定。依据"
        f"{K('statute', '《中华人民共和国民办教育促进法》第六十四条')}，决定责令停止办学、退还所收费用，并处罚款{K('amount', '人民币贰万元整')}（{K('amount', '20000元')}）。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, family="edu/schools-named-after-people")


def gen_publication(g: Gen, reg, year: int) -> dict:
    """An unlicensed 内部资料性出版物 (《王家庄村志》): the words 内部资料 must not hold it."""
    c = Ctx(g, reg, "文化广电旅游体育局", "文罚", year, hotline="12318")
    rep, editor, cadre = g.name(3), g.name(3), g.name(3)
    comp = g.company(reg, "印务")
    seat = f"{reg[1]}{reg[2]}{g.pick(['胜利街', '文明路'])}{g.rng.randint(1, 300)}号"
    t = c.head() + company_block(g, reg, comp, rep, seat)
    t += (
        f"    经查，{K('date', cn(c.d_found - dt.timedelta(days=60)))}，当事人受{K('company', reg[2] + '王家庄村股份经济合作社')}委托，"
        f"印制{K('title', '《王家庄村志》')}1200册，该书系内部资料性出版物，委印单位未取得《内部资料性出版物准印证》，当事人未核验准印证即承接印制。"
        f"该书主编{N(editor)}、村民{N(cadre)}分别到本局接受询问。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《内部资料性出版物管理办法》第十六条')}的规定。依据"
        f"{K('statute', '《印刷业管理条例》第四十一条')}，决定给予警告，没收违法所得{K('amount', '3600元')}，并处罚款{K('amount', '人民币壹万元整')}。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, party="legal", family="negation/internal-publication")


def gen_seed(g: Gen, reg, year: int) -> dict:
    """Seed shop: variety names that read like names (郑单958, 登海605), farmers buying them."""
    c = Ctx(g, reg, "农业农村局", "农罚", year, hotline="12316")
    op, farmer, farmer2 = g.name(3), g.name(3), g.name(2)
    born = g.born(1960, 1985)
    t = c.head()
    t += (
        f"当事人：{N(op)}，男，{S('birth_date', cn(born))}生，身份证号：{S('id_number', g.id_for(reg, born))}，"
        f"住{reg[2]}{S('address', g.village('王家庄村'))}，系{K('company', reg[2] + '丰收种子门市部')}经营者，"
        f"联系电话：{S('phone', g.mobile())}。\n\n"
        f"    {K('date', cn(c.d_found))}，本局接{K('location', '王家庄村')}村民{N(farmer)}举报，称在当事人处购买的玉米种子出苗率低。"
        f"经查，当事人销售的标称“{K('brand', '郑单958')}”“{K('brand', '登海605')}”玉米种子，经{K('agency', reg[0] + '种子质量监督检验站')}检验，"
        f"发芽率分别为71%和68%，低于{K('statute', '《粮食作物种子 第1部分：禾谷类》（GB 4404.1-2008）')}规定的85%。同村村民{N(farmer2)}亦购买了该批种子。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国种子法》第四十九条第一款')}的规定。依据"
        f"{K('statute', '《中华人民共和国种子法》第七十五条第一款')}，决定没收违法所得{K('amount', '4280元')}，并处罚款{K('amount', '人民币贰万元整')}。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, family="agri/seed-varieties-village")


def gen_branch(g: Gen, reg, year: int) -> dict:
    """A 分公司 whose registered 负责人 stands where a legal representative would (public)."""
    c = Ctx(g, reg, "应急管理局", "应急罚", year, hotline="12350")
    boss, safety, worker = g.name(3), g.name(3), g.name(3)
    comp = f"{reg[0][:2]}{g.pick(['万家乐', '方正', '高新'])}烟花爆竹有限公司{reg[1][:-1]}{reg[2][:-1]}分公司"
    seat = f"{reg[1]}{reg[2]}{g.pick(['王家庄村', '李村', '何家湾'])}工业园{g.rng.randint(1, 30)}号"
    words, num = g.amount()
    t = c.head()
    t += (
        f"当事人：{K('company', comp)}\n统一社会信用代码：{K('uscc', uscc(g.rng, reg[3]))}\n营业场所：{K('org_address', seat)}\n"
        f"负责人：{K('legal_rep', boss)}\n\n"
        f"    {K('date', cn(c.d_found))}，{c.inspected()}对当事人仓库进行检查，发现当事人在1号库房超量存放{K('brand', '满天星')}、{K('brand', '加特林')}等烟花爆竹，"
        f"安全员{N(safety)}未能提供出入库台账；搬运工{N(worker)}未经安全培训即上岗作业。当事人负责人{K('legal_rep', boss)}在现场检查笔录上签字。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《烟花爆竹经营许可实施办法》第二十二条')}的规定。依据"
        f"{K('statute', '《烟花爆竹经营许可实施办法》第三十三条')}，决定罚款{K('amount', words)}（{K('amount', num)}）。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, party="legal", family="ems/branch-responsible-person")


def gen_minor_buyer(g: Gen, reg, year: int) -> dict:
    """Cigarettes sold to a named minor who is not the party: masked, not held."""
    c = Ctx(g, reg, "烟草专卖局", "烟罚", year, hotline="12313")
    op, kid, mother = g.name(3), g.name(3), g.name(3)
    born = g.born(1970, 1988)
    shop = f"{reg[1]}{reg[2]}{g.pick(['高新', '金鑫', '文明'])}便民店"
    t = c.head()
    t += (
        f"当事人：{K('company', shop)}（个体工商户）\n经营场所：{K('org_address', reg[2] + '文明路' + str(g.rng.randint(1, 200)) + '号')}\n"
        f"烟草专卖零售许可证号：{K('license_no', reg[3] + g.digits(6))}\n"
        + person(g, reg, op, born, role="经营者")
        + "\n"
        f"    {K('date', cn(c.d_found))}，本局接到{N(mother)}举报，称其子{N(kid)}（时年15周岁）在当事人处购买香烟。经查，当事人于当日向{N(kid)}"
        f"销售{K('brand', '利群')}（休闲）卷烟一包，未要求其出示身份证件。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国未成年人保护法》第五十九条第一款')}的规定。依据"
        f"{K('statute', '《中华人民共和国未成年人保护法》第一百二十三条')}，决定给予警告，没收违法所得{K('amount', '23元')}，并处罚款{K('amount', '人民币叁仟元整')}。\n"
    )
    t += c.pay() + c.remedy() + c.sign()
    return doc(t, family="negation/minor-buyer-not-party")


def gen_lawyers(g: Gen, reg, year: int) -> dict:
    """A company with two lawyers (one with a firm and number, one without a firm) and a
    court case number; an employee and a complainant are private."""
    c = Ctx(g, reg, "市场监督管理局", "市监处罚", year, hotline="12315")
    rep, law1, law2, emp, comp_person = g.name(3), g.name(3), g.name(2), g.name(3), g.name(3)
    comp = f"{reg[1]}高新科技有限公司"
    seat = f"{reg[1]}{reg[2]}高新区{g.pick(['胜利街', '文明路'])}{g.rng.randint(1, 300)}号"
    firm = f"{reg[0][:2]}{g.pick(['金华', '钱塘', '方正'])}律师事务所"
    words, num = g.amount()
    t = c.head() + company_block(g, reg, comp, rep, seat, title="总经理")
    t += (
        f"委托代理人：{K('lawyer', law1)}，{K('law_firm', firm)}律师（执业证号：{K('lawyer_license', '1' + reg[3][:4] + str(year - 10) + '1' + g.digits(7))}）\n"
        f"委托代理人：{K('lawyer', law2)}，律师\n\n"
        f"    {K('date', cn(c.d_found))}，本局根据{N(comp_person)}的举报，对当事人在电商平台开设的“{K('brand', '高新数码旗舰店')}”进行检查，"
        f"发现当事人在商品详情页宣传其销售的移动电源“经中国科学院检测认证”，无任何证明材料。当事人运营专员{N(emp)}称上述内容系其从同类商品页面复制。"
        f"另查明，当事人因同类行为曾被{K('court', c.court)}以{K('case_number', '（' + str(year - 1) + '）' + reg[5][0] + reg[3][2:6] + '民初' + str(g.rng.randint(100, 9999)) + '号')}民事判决书判决赔偿。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国反不正当竞争法》第八条第一款')}的规定。依据"
        f"{K('statute', '《中华人民共和国反不正当竞争法》第二十条第一款')}，决定责令停止违法行为，并处罚款{K('amount', words)}（{K('amount', num)}）。\n"
    )
    t += (
        c.told(f"当事人委托代理人{K('lawyer', law1)}提交了书面陈述意见，本局经复核不予采纳。")
        + c.pay()
        + c.remedy()
        + c.sign()
    )
    return doc(t, party="legal", family="lawyers/firm-and-no-firm")


def gen_price_chain(g: Gen, reg, year: int) -> dict:
    """A 华润万家 store fined: a branch of a chain, a store manager (private), 12315."""
    c = Ctx(g, reg, "市场监督管理局", "市监处罚", year, hotline="12315")
    boss, mgr, buyer = g.name(3), g.name(3), g.name(3)
    comp = (
        f"华润万家生活超市（{reg[1][:-1]}）有限公司{reg[2]}白沙洲店"
        if reg[1] == "武汉市"
        else f"{reg[1]}华联超市有限公司{reg[2]}胜利街店"
    )
    words, num = g.amount()
    t = c.head()
    t += (
        f"当事人：{K('company', comp)}\n统一社会信用代码：{K('uscc', uscc(g.rng, reg[3]))}\n"
        f"营业场所：{K('org_address', reg[1] + reg[2] + g.pick(['胜利街', '文明路']) + str(g.rng.randint(1, 300)) + '号')}\n负责人：{K('legal_rep', boss)}\n\n"
        f"    {K('date', cn(c.d_found))}，消费者{N(buyer)}通过{K('agency_phone', '12315')}热线投诉，称其购买的{K('brand', '金龙鱼')}食用调和油结算价格高于标示价格。"
        f"经查，当事人店内价签标示49.9元/桶，收银系统结算价格为59.9元/桶，共结算132笔。门店店长{N(mgr)}称系促销结束后未及时更换价签。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国价格法》第十四条第（四）项')}的规定。依据"
        f"{K('statute', '《价格违法行为行政处罚规定》第七条')}，决定责令改正，没收违法所得{K('amount', '1320元')}，并处罚款{K('amount', words)}（{K('amount', num)}）。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, party="legal", family="price/chain-branch")


def gen_traffic(g: Gen, reg, year: int) -> dict:
    """Traffic police: roads named like people (建国路, 向阳路, 志强路), a party and a passenger."""
    c = Ctx(g, reg, f"{reg[1]}公安局交通警察支队", "公交罚", year, hotline="12123")
    party, passenger = g.name(3), g.name(3)
    born = g.born()
    plate = g.plate(reg)
    road = f"{reg[2]}{g.pick(['建国路', '志强路', '向阳路'])}与{g.pick(['国庆路', '胜利街', '文明路'])}交叉口"
    t = c.head("公安交通管理行政处罚决定书")
    t += (
        f"被处罚人：{N(party)}　驾驶证号：{S('id_number', g.id_for(reg, born))}　准驾车型：C1\n"
        f"车辆牌号：{S('license_plate', plate)}　联系方式：{S('phone', g.mobile())}\n\n"
        f"    {K('date', cn(c.d_found))}8时12分，被处罚人驾驶{S('license_plate', plate)}小型轿车，在{K('location', road)}实施机动车行经人行横道时"
        f"未按规定减速让行的违法行为，经电子警察设备（设备编号：{K('serial', 'DJ' + reg[3] + g.digits(4))}）记录。"
        f"车内乘客{N(passenger)}证实当时由被处罚人驾驶。\n"
        f"    依据{K('statute', '《中华人民共和国道路交通安全法》第九十条')}、{K('statute', '《中华人民共和国道路交通安全法实施条例》第四十七条')}，"
        f"决定处以罚款{K('amount', '200元')}，记3分。\n"
        f"    处罚机关：{K('agency', c.agency)}{K('agency', reg[2] + '大队')}　大队长：{K('officer', c.officers[0])}\n"
    )
    t += c.pay() + c.remedy() + c.sign()
    return doc(t, kind="公安交通管理行政处罚决定书", family="traffic/roads-named-like-people")


def gen_land(g: Gen, reg, year: int) -> dict:
    """Village land case: the violation site and the home are both in 王家庄村."""
    c = Ctx(g, reg, "自然资源和规划局", "自然资罚", year, hotline="12336")
    party, son, cadre = g.name(3, surname="王"), g.name(3), g.name(3)
    born = g.born(1955, 1972)
    words, num = g.amount()
    t = c.head()
    t += person(g, reg, party, born, home=g.village("王家庄村"))
    t += (
        f"\n    经查，{K('date', cn(c.d_found))}，当事人未经批准，在{K('location', reg[2] + '王家庄村村委会南侧')}集体耕地上建设仓库一处，"
        f"占地面积约260平方米。该地块位于{K('location', '王家庄村')}第三村民小组，经{K('agency', reg[1] + '自然资源和规划局' + reg[2] + '分局')}比对"
        f"{K('statute', '《' + reg[1] + '国土空间总体规划（2021—2035年）》')}，属永久基本农田。工程由当事人之子{N(son)}组织施工，"
        f"村民委员会主任{N(cadre)}曾两次制止。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国土地管理法》第四十四条第一款')}的规定。依据"
        f"{K('statute', '《中华人民共和国土地管理法》第七十七条第一款')}，决定责令退还非法占用的土地，限期拆除新建建筑物，并处罚款{K('amount', words)}（{K('amount', num)}）。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, family="land/village-same-name")


def gen_memorial(g: Gen, reg, year: int) -> dict:
    """Culture market: an unlicensed performance at 周恩来纪念馆 square; a performer and a broker."""
    c = Ctx(g, reg, "文化广电和旅游局", "文旅罚", year, hotline="12318")
    rep, singer, broker = g.name(3), g.name(3), g.name(3)
    comp = g.company(reg, "文化传媒")
    seat = f"{reg[1]}{reg[2]}{g.pick(['胜利街', '建国路'])}{g.rng.randint(1, 300)}号"
    words, num = g.amount()
    t = c.head() + company_block(g, reg, comp, rep, seat)
    t += (
        f"    经查，{K('date', cn(c.d_found))}晚，当事人未经批准在{K('location', '周恩来纪念馆东侧文化广场')}举办营业性演出“{K('title', '红色经典歌会')}”，"
        f"售票{g.rng.randint(200, 600)}张。演员{N(singer)}由演出经纪人{N(broker)}联系参演，演出中演唱了{K('title', '《东方红》')}{K('title', '《我的祖国》')}等曲目。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《营业性演出管理条例》第十三条')}的规定。依据"
        f"{K('statute', '《营业性演出管理条例》第四十四条第一款')}，决定没收违法所得，并处罚款{K('amount', words)}（{K('amount', num)}）。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, party="legal", family="culture/place-named-after-person")


# ---------------------------------------------------------------- holds and their look-alikes
def gen_marked(g: Gen, reg, year: int, marking: str, where: str, hold: bool, family: str) -> dict:
    """A company decision with a marking at the top or bottom (held) or a negation (not held)."""
    c = Ctx(g, reg, "市场监督管理局", "市监处罚", year, hotline="12315")
    rep, emp = g.name(3), g.name(3)
    comp = f"{reg[1]}{g.pick(['方正', '金鼎', '高新'])}{g.pick(['保密设备', '电子科技', '精密机械'])}有限公司"
    seat = f"{reg[1]}{reg[2]}{g.pick(['胜利街', '文明路', '建国路'])}{g.rng.randint(1, 300)}号"
    words, num = g.amount()
    top = marking + "\n" if where == "top" else ""
    bottom = "    " + marking + "\n" if where == "bottom" else ""
    t = c.head(top=top) + company_block(g, reg, comp, rep, seat)
    t += (
        f"    {K('date', cn(c.d_found))}，{c.inspected()}对当事人进行检查，发现当事人销售的“{K('brand', '秘密花园')}”系列香薰产品未标注生产日期和保质期。"
        f"仓库保管员{N(emp)}称该批产品系从展会购入。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国产品质量法》第二十七条第一款第（四）项')}的规定。依据"
        f"{K('statute', '《中华人民共和国产品质量法》第五十四条')}，决定责令改正，并处罚款{K('amount', words)}（{K('amount', num)}）。\n"
    )
    t += c.told() + c.pay() + c.remedy() + bottom + c.sign()
    return doc(t, hold=hold, party="legal", family=family)


def gen_minor_party(g: Gen, reg, year: int, born: dt.date) -> dict:
    """Police decision on a party whose ID gives the birth date (held when a minor on 2026-11-25)."""
    c = Ctx(g, reg, "公安分局", "公（治）行罚决字", year, hotline="110")
    party, victim = g.name(3), g.name(3)
    father = g.name(3, surname=party[0])
    t = c.head()
    t += (
        f"违法行为人：{N(party)}，男，公民身份号码：{S('id_number', g.id_for(reg, born, True))}，"
        f"现住{reg[1]}{reg[2]}{S('address', g.home())}。\n"
        f"    现查明：{K('date', cn(c.d_found))}20时许，{N(party)}在{K('location', reg[2] + '万达广场' + g.pick(['周记', '老王']) + '奶茶店')}门口"
        f"因琐事与{N(victim)}发生争执，推搡致{N(victim)}手机屏幕损坏。{N(party)}之父{N(father)}已代为赔偿。\n"
        f"    以上事实有{N(party)}的陈述和申辩、被侵害人{N(victim)}的陈述、视频监控等证据证实。\n"
        f"    根据{K('statute', '《中华人民共和国治安管理处罚法》第四十九条')}之规定，决定对{N(party)}处罚款{K('amount', '200元')}。\n"
    )
    t += c.remedy() + c.sign()
    minor = age_on(born, PUBLICATION) < 18
    return doc(t, hold=minor, family="minor/" + ("held" if minor else "adult-now"))


def gen_record(g: Gen, reg, year: int) -> dict:
    """询问笔录: a process document, held."""
    c = Ctx(g, reg, "市场监督管理局", "市监立", year, hotline="12315")
    party = g.name(3)
    cousin = g.name(3)
    born = g.born()
    t = f"{K('agency', c.agency)}\n询问笔录\n\n"
    t += (
        f"时间：{K('date', cn(c.d_found))}9时30分至10时40分\n地点：{K('location', reg[2] + '市场监督管理局胜利街市场监管所')}\n"
        f"询问人：{K('officer', c.officers[0])}、{K('officer', c.officers[1])}　记录人：{K('officer', c.officers[1])}\n"
        + person(g, reg, party, born, role="被询问人")
        + f"问：我们是{K('agency', c.agency)}的执法人员{K('officer', c.officers[0])}、{K('officer', c.officers[1])}，这是我们的执法证件，你看清楚了吗？\n答：看清楚了。\n"
        f"问：你店里的“{K('brand', '周黑鸭')}”卤味是从哪里进的？\n答：是我表哥{N(cousin)}从{K('location', '白沙洲大市场')}拿的货，没有票据。\n"
        f"问：你还有什么补充？\n答：没有了。\n"
        f"被询问人签名：{N(party)}\n"
    )
    return doc(t, hold=True, kind="询问笔录", family="held/process-record")


# ---------------------------------------------------------------- plan
def plan() -> list:
    R = REGIONS
    return [
        lambda g: gen_tobacco(g, R[0], 2025, "万家福", "文明路"),
        lambda g: gen_tobacco(g, R[4], 2024, "高新", "胜利街", md=True),
        lambda g: gen_tobacco(g, R[8], 2026, "方正", "建国路"),
        lambda g: gen_trademark(g, R[4], 2025, [1, 0], "白沙洲"),
        lambda g: gen_trademark(g, R[5], 2024, [2, 4], "文明路"),
        lambda g: gen_trademark(g, R[8], 2025, [3, 0], "胜利街"),
        lambda g: gen_noodle(g, R[0], 2025, "张记", "文明路"),
        lambda g: gen_noodle(g, R[3], 2024, "老王", "胜利街"),
        lambda g: gen_noodle(g, R[6], 2026, "周记", "建国路"),
        lambda g: gen_named_shop(g, R[1], 2025),
        lambda g: gen_franchise(g, R[2], 2025),
        lambda g: gen_franchise(g, R[9], 2024),
        lambda g: gen_property(g, R[0], 2024),
        lambda g: gen_property(g, R[7], 2025),
        lambda g: gen_realestate(g, R[2], 2025),
        lambda g: gen_ridehail(g, R[4], 2025),
        lambda g: gen_onspot_police(g, R[3], 2025),
        lambda g: gen_env(g, R[0], 2025, "高新"),
        lambda g: gen_env(g, R[6], 2024, "金鹰", md=True),
        lambda g: gen_cg_notice(g, R[1], 2025, "建国路", "王府井百货"),
        lambda g: gen_cg_notice(g, R[9], 2026, "文明路", "周大福"),
        lambda g: gen_hearing(g, R[7], 2025, lawyer_firm=True),
        lambda g: gen_hearing(g, R[5], 2024, lawyer_firm=False, md=True),
        lambda g: gen_nopenalty(g, R[3], 2025, "华联", legal=True),
        lambda g: gen_nopenalty(g, R[1], 2024, "金鑫", legal=False),
        lambda g: gen_health(g, R[2], 2025),
        lambda g: gen_edu(g, R[0], 2025),
        lambda g: gen_publication(g, R[5], 2025),
        lambda g: gen_seed(g, R[5], 2024),
        lambda g: gen_branch(g, R[6], 2025),
        lambda g: gen_minor_buyer(g, R[8], 2025),
        lambda g: gen_lawyers(g, R[0], 2025),
        lambda g: gen_price_chain(g, R[4], 2025),
        lambda g: gen_price_chain(g, R[7], 2024),
        lambda g: gen_traffic(g, R[2], 2025),
        lambda g: gen_land(g, R[3], 2024),
        lambda g: gen_memorial(g, R[10], 2025),
        lambda g: gen_marked(g, R[1], 2025, "秘密★一年", "top", True, "held/marking"),
        lambda g: gen_marked(g, R[9], 2025, "此件不公开", "top", True, "held/not-public"),
        lambda g: gen_marked(
            g, R[2], 2025, "密级：无　公开属性：主动公开", "top", False, "negation/marking-none"
        ),
        lambda g: gen_minor_party(g, R[4], 2025, dt.date(2010, 3, 14)),
        lambda g: gen_minor_party(g, R[6], 2024, dt.date(2007, 10, 2)),
        lambda g: gen_record(g, R[9], 2025),
    ]


# ---------------------------------------------------------------- output


def main() -> None:
    scorer = load_scorer()
    rng = random.Random(SEED)
    g = Gen(rng)
    fresh_docs_dir(HERE)
    out = []
    for i, make in enumerate(plan(), 1):
        g.reset()
        d = make(g)
        text, spans = render(d["markup"])
        sens, keep = split_labels(spans)
        fname = f"docs/{i:04d}{d['ext']}"
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
        check_unlabelled_numbers(scorer, text, spans, fname)
        for s in sens:
            if s["kind"] == "id_number" and len(s["text"]) == 18:
                assert gb11643_check_char(s["text"][:17]) == s["text"][17], (fname, s)
        (HERE / fname).write_text(text, encoding="utf-8")
        out.append(labels)
    write_labels(HERE, out)
    print_summary(out)


if __name__ == "__main__":
    main()
