#!/usr/bin/env python3
"""Generate the held-out "hard-red" (red-team) redaction corpus.

Realistic decisions, notices and forms built around ways real agencies write that earlier
corpora may not cover: people first named deep in the narrative with no role word; names that
are common words (江山, 石磊, 方圆, 高峰 …) or collide with place names (黄山, 常德); names followed
by unusual verbs and particles (遂, 亦, 二人, 一家); relatives introduced by relation and named
later; 个体工商户 whose shop name contains the operator's name; 港澳台 residents in Traditional
characters with their romanised names; phone numbers read out in Chinese numerals; 送达地址 and
village addresses; bank details with 开户行/户名/账号 on separate lines; e-mail with Chinese
domain names; minors given only by an age; unusual confidentiality markings and negations;
agency phones with 转 extensions.

Labelling conventions (DESIGN.md §4, policy spc-2016, as in ../shared/corpus/redaction-dev):
- 个体工商户 named after the operator (e.g. 张建国水果店): the operator's name is a person_name and
  is masked everywhere, also inside the shop name (张某水果店). The shop name is therefore NOT a
  keep label (a keep label may not contain sensitive text); its credit code and business
  premises are kept as for any business.
- A romanised name of a natural person (CHAN TAI MAN) is a person_name like its Chinese form.
- WeChat IDs, QQ numbers and Alipay accounts are not §4 kinds: they are left unlabelled.
- Ages (现年35岁, 时年15周岁) are not birth dates and are not labelled; an age alone still makes a
  party a minor when it implies the party is under 18 on 2026-11-25 (publication day).
- 告知书 / 通知书 addressed to a party are published like decisions; 笔录, 审批表, 送达回证 and
  other internal process documents are held.

Deterministic (fixed seed). Everything is fictional; ID numbers, bank cards and credit codes
carry valid check characters.

    python3 tests/redaction/hard-red/make_corpus.py      # rewrites docs/ and labels.json

Self-checks: every label occurs verbatim; no sensitive text sits inside a keep text; an ideal
redaction (exactly the labelled spans blanked) leaks nothing under the scorer's rules and keeps
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
SEED = 20261125
PUBLICATION = dt.date(2026, 11, 25)

# ---------------------------------------------------------------- Chinese numerals
CN_DIGITS = "〇一二三四五六七八九"


def cn_digits(s: str) -> str:
    return "".join(CN_DIGITS[int(c)] for c in s)


CN_NUM = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def cn_day(n: int) -> str:
    if n <= 10:
        return "十" if n == 10 else CN_NUM[n]
    if n < 20:
        return "十" + CN_NUM[n - 10]
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


def cn_date_words(d: dt.date) -> str:
    return f"{cn_digits(str(d.year))}年{CN_NUM[d.month]}月{cn_day(d.day)}日"


def age_on(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


# ---------------------------------------------------------------- fictional data
# province, city, district, region code, area code, plate prefix, short agency prefix
REGIONS = [
    ("安徽省", "合肥市", "蜀山区", "340104", "0551", "皖A", "蜀"),
    ("湖南省", "常德市", "武陵区", "430702", "0736", "湘J", "武"),
    ("广东省", "深圳市", "福田区", "440304", "0755", "粤B", "深福"),
    ("浙江省", "温州市", "鹿城区", "330302", "0577", "浙C", "鹿"),
    ("四川省", "绵阳市", "涪城区", "510703", "0816", "川B", "涪"),
    ("江西省", "九江市", "濂溪区", "360402", "0792", "赣G", "濂"),
    ("山东省", "烟台市", "芝罘区", "370602", "0535", "鲁F", "芝"),
    ("河北省", "保定市", "竞秀区", "130602", "0312", "冀F", "竞"),
]
# two-character names that are ordinary words (and one or two place names)
WORD_NAMES = [
    "江山",
    "万里",
    "白云",
    "金鑫",
    "石磊",
    "马力",
    "方圆",
    "高峰",
    "夏雨",
    "胡杨",
    "杨柳",
    "田野",
    "林海",
    "叶青",
    "向阳",
    "文静",
    "高山",
    "常青",
    "黄山",
    "常德",
]
SURNAMES = list(
    "王李张刘陈杨赵周吴徐孙朱胡郭何罗郑梁谢宋唐许韩冯邓曹彭曾田董潘袁蔡蒋余杜叶程魏苏吕丁任卢姚沈钟"
)
GIVEN = list(
    "建国志强秀英桂芳明华丽敏静伟军洪涛海燕红梅德福永俊杰晓雯佳怡宇航子涵浩然欣悦思远嘉豪立新雪莲春生秋菊振宇文博雅琴玉兰"
)
OFFICER_NAMES = [
    "谌泽宏",
    "闵书瑶",
    "阙国栋",
    "蔺小川",
    "隗文涛",
    "逯佳敏",
    "厍云飞",
    "妫晓光",
    "笪红霞",
    "郦志宏",
    "甘雨辰",
    "柏晨阳",
    "粟建林",
    "宓晓东",
    "覃丽萍",
    "庹明亮",
]
HK = [
    ("陳大文", "CHAN TAI MAN"),
    ("黃美玲", "WONG MEI LING"),
    ("張志偉", "CHEUNG CHI WAI"),
    ("李嘉欣", "LEE KA YAN"),
]
TW = [("林志明", "LIN CHIH-MING"), ("蔡淑芬", "TSAI SHU-FEN")]
STREETS = [
    "长江西路",
    "望江路",
    "荷花路",
    "解放东路",
    "人民北路",
    "朝阳街",
    "金桥路",
    "滨河大道",
    "建设路",
    "文化巷",
]
ESTATES = [
    "绿地小区",
    "阳光花园",
    "翠湖苑",
    "锦绣家园",
    "幸福里小区",
    "金色港湾",
    "东方明珠城",
    "和平新村",
]
TOWNS = ["井岗镇", "南岗镇", "小庙镇", "三十头镇", "柏堰镇"]
VILLAGES = ["王村", "李庄", "大圩村", "枣林村", "新塘村"]
SHOPS = ["水果店", "百货商店", "烟酒商行", "小吃店", "五金店", "粮油店", "理发店"]


class Gen:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def reset(self):
        self.used = set()

    def _fresh(self, make):
        for _ in range(200):
            n = make()
            if n not in self.used and not any(n in u or u in n for u in self.used):
                self.used.add(n)
                return n
        raise RuntimeError("no fresh name")

    def name(self, n: int | None = None) -> str:
        r = self.rng
        n = n or r.choice([2, 3, 3, 3])
        return self._fresh(
            lambda: r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(n - 1))
        )

    def word_name(self) -> str:
        return self._fresh(lambda: self.rng.choice(WORD_NAMES))

    def officers(self) -> list[str]:
        return [self._fresh(lambda: self.rng.choice(OFFICER_NAMES)) for _ in range(2)]

    def cert(self, reg) -> str:
        return f"{reg[3]}{self.rng.randint(2015, 2024)}{self.rng.randint(0, 9999):04d}"

    def born(self, lo=1960, hi=1998) -> dt.date:
        return dt.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def id_for(self, reg, born: dt.date, male: bool | None = None) -> str:
        seq = self.rng.randint(100, 998)
        if male is not None and seq % 2 != male:
            seq += 1
        return id18(reg[3], born, seq)

    def mobile(self) -> str:
        r = self.rng
        return r.choice(
            ["138", "139", "137", "159", "186", "188", "177", "150", "135", "180"]
        ) + "".join(r.choice("0123456789") for _ in range(8))

    def card(self) -> str:
        r = self.rng
        return luhn(
            r.choice(["622848", "621700", "622202", "623058"])
            + "".join(r.choice("0123456789") for _ in range(12))
        )

    def home(self) -> str:
        r = self.rng
        return f"{r.choice(STREETS)}{r.randint(10, 399)}号{r.choice(ESTATES)}{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(1, 28)}0{r.randint(1, 4)}室"

    def home_short(self) -> str:
        r = self.rng
        return f"{r.choice(ESTATES)}{r.randint(1, 30)}幢{r.randint(1, 4)}单元{r.randint(1, 28)}0{r.randint(1, 4)}"

    def village(self) -> str:
        r = self.rng
        return f"{r.choice(TOWNS)}{r.choice(VILLAGES)}{r.randint(1, 9)}组{r.randint(1, 60)}号"

    def plate(self, reg, ev=False) -> str:
        r = self.rng
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if ev:
            return reg[5] + r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
        return (
            reg[5]
            + "".join(r.choice("0123456789" + letters) for _ in range(2))
            + "".join(r.choice("0123456789") for _ in range(3))
        )

    def date(self, year: int, lo=1, hi=11) -> dt.date:
        return dt.date(year, self.rng.randint(lo, hi), self.rng.randint(1, 26))

    def landline(self, reg) -> str:
        return f"{reg[4]}-{self.rng.randint(2, 8)}{self.rng.randint(0, 9999999):07d}"

    def amount(self) -> tuple[str, str]:
        n = self.rng.choice([2000, 3000, 5000, 8000, 10000, 20000, 30000, 50000])
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


class Ctx:
    """One agency and one decision number and the stock paragraphs around a document."""

    def __init__(self, g: Gen, reg, agency_kind: str, code: str, year: int):
        self.g, self.reg, self.year = g, reg, year
        prov, city, dist = reg[0], reg[1], reg[2]
        self.agency = f"{city}{dist}{agency_kind}"
        self.num = f"{reg[6]}{code}〔{year}〕{g.rng.randint(10, 999)}号"
        self.d_open = g.date(year, 1, 4)
        self.d_found = self.d_open - dt.timedelta(days=g.rng.randint(1, 6))
        self.d_notice = self.d_open + dt.timedelta(days=g.rng.randint(20, 40))
        self.d_sign = self.d_notice + dt.timedelta(days=g.rng.randint(8, 20))
        self.officers = g.officers()
        self.certs = [g.cert(reg), g.cert(reg)]
        self.addr = f"{prov}{city}{dist}{g.rng.choice(['潜山路', '政务路', '天鹅湖路', '中心大道'])}{g.rng.randint(1, 300)}号"
        self.phone = g.landline(reg)
        self.dist = dist

    def head(self, title="行政处罚决定书") -> str:
        return f"{K('agency', self.agency)}\n{title}\n{K('decision_number', self.num)}\n\n"

    def remedy(self) -> str:
        return (
            f"    当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向{self.reg[1]}{self.dist}人民政府申请行政复议，"
            "也可以在六个月内依法向人民法院提起行政诉讼。行政复议或者行政诉讼期间，本处罚决定不停止执行，法律另有规定的除外。\n"
        )

    def pay(self) -> str:
        return (
            "    当事人应当自收到本决定书之日起十五日内，通过非税收入缴款平台缴纳罚款。逾期不缴纳罚款的，本机关将依据"
            f"{K('statute', '《中华人民共和国行政处罚法》第七十二条第一款第（一）项')}的规定，每日按罚款数额的百分之三加处罚款。\n"
        )

    def sign(self, phone_ext=False) -> str:
        o, c = self.officers, self.certs
        ph = K(
            "agency_phone", self.phone + (f"转{self.g.rng.randint(800, 899)}" if phone_ext else "")
        )
        return (
            f"\n执法人员：{K('officer', o[0])}（执法证号：{K('officer_cert', c[0])}）、{K('officer', o[1])}（执法证号：{K('officer_cert', c[1])}）\n"
            f"本机关地址：{K('agency_address', self.addr)}　联系电话：{ph}　监督电话：{K('agency_phone', '12345')}\n\n"
            f"{K('agency', self.agency)}\n{K('date', cn(self.d_sign))}\n"
        )

    def told(self) -> str:
        return (
            f"    {K('date', cn(self.d_notice))}，本机关向当事人送达了《行政处罚事先告知书》，告知其拟作出行政处罚的事实、理由、依据"
            "及依法享有的陈述、申辩权利。当事人在法定期限内未提出陈述、申辩。\n"
        )


def person_block(
    g: Gen,
    reg,
    name: str,
    born: dt.date,
    *,
    role="当事人",
    addr_label="住址",
    home=None,
    phone=None,
    extra="",
) -> str:
    home = home or g.home()
    phone = phone or g.mobile()
    male = g.rng.random() < 0.6
    return (
        f"{role}：{N(name)}，性别：{'男' if male else '女'}，{S('birth_date', cn(born))}出生，"
        f"公民身份号码：{S('id_number', g.id_for(reg, born, male))}，{addr_label}：{reg[1]}{reg[2]}{S('address', home)}，"
        f"联系电话：{S('phone', phone)}。{extra}\n"
    )


def doc(markup, hold=False, party="natural", kind="行政处罚决定书", family="") -> dict:
    return {"markup": markup, "hold": hold, "party_type": party, "doc_kind": kind, "family": family}


# ---------------------------------------------------------------- document families
def gen_traffic(g: Gen, reg, year: int) -> dict:
    """Traffic decision: the other driver and a passenger first named deep in the narrative."""
    c = Ctx(g, reg, "公安分局交通警察大队", "公交罚决字", year)
    party, other, passenger = g.word_name(), g.name(3), g.name(3)
    born = g.born()
    p1, p2 = g.plate(reg), g.plate(reg, ev=True)
    road = f"{g.rng.choice(STREETS)}与{g.rng.choice(['创新大道', '明珠大道', '黄河路'])}交叉口"
    t = c.head() + person_block(g, reg, party, born, role="被处罚人")
    t += (
        f"    经调查，{K('date', cn(c.d_found))}15时许，{N(party)}驾驶{S('license_plate', p1)}号小型轿车行至{K('location', road)}时，"
        f"未按规定让行，与{N(other)}驾驶的{S('license_plate', p2)}号小型新能源汽车发生碰撞，致{N(passenger)}轻微受伤。"
        f"{N(other)}遂报警。{N(passenger)}亦证实{N(party)}在事故发生前使用手机。{N(party)}对上述事实无异议。\n"
        f"    以上事实有{N(party)}的陈述和申辩、{N(other)}的证人证言、{N(passenger)}的询问笔录、现场图及视频资料等证据证实。\n"
        f"    根据{K('statute', '《中华人民共和国道路交通安全法》第九十条')}之规定，决定对{N(party)}处以罚款{K('amount', '200元')}。\n"
    )
    t += c.pay() + c.remedy() + c.sign()
    return doc(t, family="traffic/narrative-names")


def gen_shop(g: Gen, reg, year: int) -> dict:
    """个体工商户 named after the operator; supplier named with no role; spoken phone; bank lines."""
    c = Ctx(g, reg, "市场监督管理局", "市监罚决", year)
    op = g.name(3)
    supplier, buyer = g.word_name(), g.name(3)
    shop = g.rng.choice(SHOPS)
    born = g.born()
    mob = g.mobile()
    card = g.card()
    words, num = g.amount()
    prem = f"{reg[1]}{reg[2]}{g.rng.choice(STREETS)}{g.rng.randint(1, 300)}号门面"
    t = c.head()
    t += (
        f"当事人：{reg[1]}{reg[2]}{N(op)}{shop}（个体工商户）\n"
        f"统一社会信用代码：{K('uscc', uscc(g.rng, reg[3], '92'))}\n"
        f"经营场所：{K('org_address', prem)}\n"
        f"经营者：{N(op)}，{S('birth_date', cn(born))}出生，身份证号：{S('id_number', g.id_for(reg, born))}\n\n"
        f"    {K('date', cn(c.d_found))}，本机关执法人员对{N(op)}{shop}进行检查，发现其店内销售的散装白酒无标签。"
        f"经询问，上述白酒系{K('date', cn(c.d_found - dt.timedelta(days=30)))}从{N(supplier)}处购进，{N(supplier)}称系自家酿造。"
        f"{N(op)}在询问中称：“我的手机号码是{S('phone', cn_digits(mob))}，货款都是微信转给{N(supplier)}的。”"
        f"消费者{N(buyer)}于同日购买两斤，{N(buyer)}随后向本机关投诉。\n"
        f"    经查，当事人收取货款的账户信息如下：\n"
        f"    开户行：中国农业银行{reg[1]}{reg[2]}支行\n"
        f"    户名：{N(op)}\n"
        f"    账号：{S('bank_account', card)}\n"
        f"    本机关认为，当事人的行为违反了{K('statute', '《中华人民共和国食品安全法》第六十八条')}的规定，依据"
        f"{K('statute', '《中华人民共和国食品安全法》第一百二十五条第二款')}，决定对当事人罚款{K('amount', words)}（{K('amount', num)}）。\n"
    )
    t += c.pay() + c.remedy() + c.sign(phone_ext=True)
    return doc(t, family="shop/operator-in-shop-name")


def gen_hk(g: Gen, reg, year: int) -> dict:
    """港澳台 resident in Traditional characters with the romanised name and a permit number."""
    c = Ctx(g, reg, "市场监督管理局", "市监罚决", year)
    (hk, hk_en) = g.rng.choice(HK)
    (tw, tw_en) = g.rng.choice(TW)
    g.used.update({hk, tw})
    permit = "H" + "".join(g.rng.choice("0123456789") for _ in range(8))
    twp = "".join(g.rng.choice("0123456789") for _ in range(8))
    stay = g.home()
    words, num = g.amount()
    mob = g.mobile()
    t = c.head()
    t += (
        f"当事人：{N(hk)}（{N(hk_en)}），香港居民\n"
        f"港澳居民来往内地通行证号码：{S('passport', permit)}\n"
        f"内地暂住地址：{reg[1]}{reg[2]}{S('address', stay)}\n"
        f"联系电话：{S('phone', mob)}\n\n"
        f"    {K('date', cn(c.d_found))}，本机关根据投诉对{K('location', reg[2] + '国际商贸城三楼A区')}进行检查，发现{N(hk)}未经登记擅自从事化妆品零售。"
        f"现场另有台湾居民{N(tw)}（{N(tw_en)}，台湾居民来往大陆通行证号码：{S('passport', twp)}）协助收银。"
        f"{N(hk)}辩称其仅为{N(tw)}代为看管柜台，{N(tw)}予以否认。\n"
        f"    本机关认为，{N(hk)}的行为违反了{K('statute', '《无证无照经营查处办法》第二条')}的规定，依据"
        f"{K('statute', '《无证无照经营查处办法》第十三条')}，决定对当事人罚款{K('amount', words)}（{K('amount', num)}）。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, family="hk-tw/traditional-romanised")


def gen_minor(g: Gen, reg, year: int, age: int | None, born: dt.date | None, month=6) -> dict:
    """Public security decision on a young party: given by age only, or by ID number only."""
    c = Ctx(g, reg, "公安分局", "公（治）行罚决字", year)
    c.d_found = dt.date(year, month, g.rng.randint(1, 20))
    c.d_open = c.d_found + dt.timedelta(days=1)
    c.d_sign = c.d_found + dt.timedelta(days=g.rng.randint(5, 9))
    party, victim, mother = g.name(3), g.name(3), g.name(3)
    if age is not None:
        who = f"违法行为人：{N(party)}，男，时年{age}周岁，汉族，{g.rng.choice(['学生', '无业'])}，户籍所在地：{reg[1]}{reg[2]}{S('address', g.village())}。\n"
        # born between (act - age - 1 years, act - age years]: both ends must agree
        earliest = dt.date(c.d_found.year - age - 1, c.d_found.month, c.d_found.day) + dt.timedelta(
            days=1
        )
        latest = dt.date(c.d_found.year - age, c.d_found.month, c.d_found.day)
        minor = age_on(earliest, PUBLICATION) < 18
        assert minor == (age_on(latest, PUBLICATION) < 18), "age does not decide minority"
    else:
        who = (
            f"违法行为人：{N(party)}，男，公民身份号码：{S('id_number', g.id_for(reg, born, True))}，"
            f"现住{reg[1]}{reg[2]}{S('address', g.home())}。\n"
        )
        minor = age_on(born, PUBLICATION) < 18
    t = c.head() + who
    t += (
        f"    现查明：{K('date', cn(c.d_found))}21时许，{N(party)}在{K('location', reg[2] + '某网吧门口')}因琐事与{N(victim)}发生口角，"
        f"随后踢踹{N(victim)}停放的电动自行车，致该车外壳损坏。{N(party)}之母{N(mother)}到案后代为赔偿。\n"
        f"    以上事实有{N(party)}的陈述和申辩、被侵害人{N(victim)}的陈述、证人证言、价格认定意见等证据证实。\n"
        f"    根据{K('statute', '《中华人民共和国治安管理处罚法》第四十九条')}之规定，现决定对{N(party)}处罚款{K('amount', '500元')}。\n"
    )
    t += c.remedy() + c.sign()
    return doc(t, hold=minor, family="minor/" + ("age" if age is not None else "id-boundary"))


def gen_marked(g: Gen, reg, year: int, marking: str, where: str, hold: bool) -> dict:
    """A legal-person decision with an unusual confidentiality marking or negation."""
    c = Ctx(g, reg, "市场监督管理局", "市监罚决", year)
    rep, emp, informant = g.name(3), g.word_name(), g.name(3)
    comp = f"{reg[1]}{g.rng.choice(['恒瑞', '鼎盛', '华泰', '博远', '嘉诚'])}{g.rng.choice(['精密机械', '新材料', '电子科技'])}有限公司"
    words, num = g.amount()
    top = marking + "\n" if where == "top" else ""
    bottom = "    " + marking + "\n" if where == "bottom" else ""
    t = top + c.head()
    t += (
        f"当事人：{K('company', comp)}\n统一社会信用代码：{K('uscc', uscc(g.rng, reg[3]))}\n"
        f"住所：{K('org_address', reg[0] + reg[1] + reg[2] + g.rng.choice(STREETS) + str(g.rng.randint(1, 300)) + '号')}\n"
        f"法定代表人：{K('legal_rep', rep)}\n\n"
        f"    {K('date', cn(c.d_found))}，本机关接群众举报，反映当事人生产的产品不符合强制性国家标准。"
        f"经调查，当事人车间主任{N(emp)}承认部分批次未经检验即出厂，举报人{N(informant)}提供了购买凭证。\n"
        f"    本机关认为，当事人的行为违反了{K('statute', '《中华人民共和国产品质量法》第十三条')}的规定，依据"
        f"{K('statute', '《中华人民共和国产品质量法》第四十九条')}，决定对当事人罚款{K('amount', words)}（{K('amount', num)}）。\n"
    )
    t += c.told() + c.pay() + c.remedy() + bottom + c.sign()
    return doc(t, hold=hold, party="legal", family="marking/" + ("held" if hold else "negation"))


def gen_trade_secret_case(g: Gen, reg, year: int) -> dict:
    """A company fined for infringing trade secrets: the text names the violation, holds none."""
    c = Ctx(g, reg, "市场监督管理局", "市监罚决", year)
    rep, ex = g.name(3), g.name(3)
    comp = f"{reg[1]}{g.rng.choice(['远航', '星辰', '汇通'])}智能装备有限公司"
    victim = f"{reg[1]}{g.rng.choice(['启明', '宏图', '天工'])}自动化股份有限公司"
    words, num = g.amount()
    t = c.head()
    t += (
        f"当事人：{K('company', comp)}\n统一社会信用代码：{K('uscc', uscc(g.rng, reg[3]))}\n法定代表人：{K('legal_rep', rep)}\n\n"
        f"    经查，{K('date', cn(c.d_found))}，当事人招用{K('company', victim)}原技术员{N(ex)}后，利用{N(ex)}带走的图纸生产同类设备。"
        f"{N(ex)}系经{K('legal_rep', rep)}介绍入职。\n"
        f"    本机关认为，当事人的行为构成{K('statute', '《中华人民共和国反不正当竞争法》第九条')}所称侵犯商业秘密的行为，依据"
        f"{K('statute', '《中华人民共和国反不正当竞争法》第二十一条')}，决定责令停止违法行为，罚款{K('amount', words)}（{K('amount', num)}）。\n"
        "    本决定书已删除权利人技术信息的具体内容，不涉及商业秘密，依法予以公开。\n"
    )
    t += c.pay() + c.remedy() + c.sign()
    return doc(t, party="legal", family="marking/trade-secret-violation")


def gen_notice(g: Gen, reg, year: int, title: str) -> dict:
    """告知书/通知书 addressed to a natural person: published like a decision; 送达地址 trap."""
    c = Ctx(g, reg, "城市管理和综合执法局", "城管告字", year)
    party = g.word_name()
    wife = g.name(3)
    addr = g.home_short()
    vil = g.village()
    mob = g.mobile()
    t = c.head(title)
    t += (
        f"{N(party)}：\n"
        f"    经查，你于{K('date', cn(c.d_found))}在{K('location', reg[2] + g.rng.choice(STREETS) + '北侧绿化带')}擅自搭建彩钢棚一处，面积约24平方米。"
        f"调查期间，你的妻子到场说明情况，其后{N(wife)}提交了书面材料。\n"
        f"    你的上述行为违反了{K('statute', '《城市市容和环境卫生管理条例》第十五条')}的规定。"
    )
    if "告知" in title:
        t += (
            f"依据{K('statute', '《城市市容和环境卫生管理条例》第三十六条')}，本机关拟对你作出罚款{K('amount', '1000元')}的行政处罚。"
            "你可在收到本告知书之日起五日内提出陈述、申辩。\n"
        )
    else:
        t += f"现责令你于{K('date', cn(c.d_sign + dt.timedelta(days=10)))}前自行拆除。\n"
    t += (
        f"    送达地址：{reg[0]}{reg[1]}{reg[2]}{S('address', addr)}\n"
        f"    户籍地址：{reg[1]}{reg[2]}{S('address', vil)}\n"
        f"    联系人：{N(party)}　手机：{S('phone', mob)}\n"
    )
    t += c.sign(phone_ext=True)
    return doc(t, kind=title, family="notice/service-address")


def gen_process(g: Gen, reg, year: int, title: str) -> dict:
    """Internal process documents: held."""
    c = Ctx(g, reg, "市场监督管理局", "市监立", year)
    party = g.word_name()
    born = g.born()
    t = f"{K('agency', c.agency)}\n{title}\n\n"
    if "笔录" in title:
        t += (
            f"时间：{K('date', cn(c.d_found))}9时30分至10时15分\n地点：{K('location', reg[2] + '市场监督管理所询问室')}\n"
            f"询问人：{K('officer', c.officers[0])}、{K('officer', c.officers[1])}　记录人：{K('officer', c.officers[1])}\n"
            + person_block(g, reg, party, born, role="被询问人")
            + f"问：我们是{K('agency', c.agency)}的执法人员，现依法向你调查，你听清楚了吗？\n答：听清楚了。\n"
            f"问：你的手机号码是多少？\n答：{S('phone', cn_digits(g.mobile()))}。\n"
            f"问：店里的货是谁进的？\n答：是我表哥{N(g.name(3))}帮我进的。\n"
            f"被询问人签名：{N(party)}\n"
        )
    elif "审批" in title:
        t += (
            f"案由：{N(party)}涉嫌销售不合格商品案\n当事人：{N(party)}　身份证号：{S('id_number', g.id_for(reg, born))}\n"
            f"承办人意见：建议罚款{K('amount', '5000元')}。　承办人：{K('officer', c.officers[0])}\n"
            "法制审核意见：同意。\n负责人审批意见：同意。\n"
            f"{K('date', cn(c.d_sign))}\n"
        )
    else:  # 送达回证
        t += (
            f"送达文书：行政处罚决定书（{K('decision_number', c.num)}）\n受送达人：{N(party)}\n"
            f"送达地点：{reg[1]}{reg[2]}{S('address', g.home())}\n"
            f"代收人：{N(g.name(3))}（与受送达人关系：母子）\n送达人：{K('officer', c.officers[0])}、{K('officer', c.officers[1])}\n"
            f"{K('date', cn(c.d_sign))}\n"
        )
    return doc(t, hold=True, kind=title, family="process")


def gen_env(g: Gen, reg, year: int) -> dict:
    """Environment decision on a natural person: emails with Chinese domains, QQ/WeChat (unlabelled)."""
    c = Ctx(g, reg, "生态环境局", "环罚", year)
    party, driver = g.name(3), g.word_name()
    born = g.born()
    local = "".join(
        g.rng.choice("abcdefghjkmnpqrstwxyz") for _ in range(g.rng.randint(5, 8))
    ) + str(born.year)
    mail = f"{local}@{g.rng.choice(['邮件.中国', '网易.中国', '公司.中国'])}"
    qq = str(g.rng.randint(10000000, 999999999))
    wx = "wxid_" + "".join(g.rng.choice("abcdefghjkmnpqrstwxyz0123456789") for _ in range(10))
    plate = g.plate(reg)
    words, num = g.amount()
    t = c.head()
    t += person_block(
        g, reg, party, born, extra=f"电子邮箱：{S('email', mail)}，QQ：{qq}，微信号：{wx}。"
    )
    t += (
        f"\n    {K('date', cn(c.d_found))}，本机关执法人员在{K('location', reg[2] + g.rng.choice(TOWNS) + '河道东岸')}发现一辆重型自卸货车正在倾倒建筑垃圾，"
        f"驾驶员{N(driver)}称车辆号牌为{S('license_plate', plate)}，系受{N(party)}雇请运输。{N(party)}承认此前已倾倒六车。"
        f"经{N(driver)}辨认，{N(party)}通过微信（{wx}）向其支付运费。\n"
        f"    本机关认为，{N(party)}的行为违反了{K('statute', '《中华人民共和国固体废物污染环境防治法》第二十条')}的规定，依据"
        f"{K('statute', '《中华人民共和国固体废物污染环境防治法》第一百一十一条')}，决定罚款{K('amount', words)}（{K('amount', num)}）。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, family="env/email-chinese-domain")


def gen_land(g: Gen, reg, year: int) -> dict:
    """Rural land case: village addresses, 房屋坐落 in a village, relatives named later, property cert."""
    c = Ctx(g, reg, "自然资源和规划局", "自然资罚", year)
    party = g.word_name()
    son, brother = g.name(3), g.name(3)
    born = g.born(1955, 1975)
    vil = g.village()
    words, num = g.amount()
    cert = f"{reg[5][0]}（{year - 6}）{reg[1]}不动产权第{g.rng.randint(1000000, 9999999)}号"
    t = c.head()
    t += (
        f"当事人：{N(party)}，男，现年{age_on(born, c.d_sign)}岁，身份证号码{S('id_number', g.id_for(reg, born))}，"
        f"家住{reg[2]}{S('address', vil)}。\n\n"
        f"    经查，{K('date', cn(c.d_found))}，当事人未经批准在{K('location', reg[2] + '某村集体耕地')}上建设住房一栋，占地约180平方米。"
        f"当事人原有宅基地一处（不动产权证书号：{S('property_cert', cert)}）。调查中当事人的儿子代为陈述，称建房系为其结婚所用，"
        f"后经核实，其子{N(son)}已在城区购房。{N(party)}的弟弟{N(brother)}证实施工队系{N(brother)}联系。\n"
        f"    本机关认为，当事人的行为违反了{K('statute', '《中华人民共和国土地管理法》第六十二条')}的规定，依据"
        f"{K('statute', '《中华人民共和国土地管理法》第七十八条')}，决定责令退还非法占用的土地，限期拆除新建住房，并处罚款{K('amount', words)}（{K('amount', num)}）。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, family="land/village-relatives")


def gen_company_staff(g: Gen, reg, year: int) -> dict:
    """Work-safety decision on a company: many staff named mid-sentence with particles, no role."""
    c = Ctx(g, reg, "应急管理局", "应急罚", year)
    rep = g.name(3)
    a, b, d, e = g.word_name(), g.word_name(), g.name(3), g.name(2)
    complainant = g.name(3)
    comp = f"{reg[1]}{g.rng.choice(['顺达', '兴业', '金源', '宏发'])}{g.rng.choice(['物流', '建材', '化工'])}有限公司"
    words, num = g.amount()
    lawyer = g.name(3)
    t = c.head()
    t += (
        f"当事人：{K('company', comp)}\n统一社会信用代码：{K('uscc', uscc(g.rng, reg[3]))}\n法定代表人：{K('legal_rep', rep)}，职务：{K('legal_rep_title', '执行董事')}\n"
        f"委托代理人：{K('lawyer', lawyer)}，{K('law_firm', reg[1] + '正衡律师事务所')}律师\n\n"
        f"    {K('date', cn(c.d_found))}，本机关接到{N(complainant)}的投诉电话后对当事人进行检查，发现：{N(a)}、{N(b)}二人无证从事电焊作业；"
        f"{N(d)}等人未佩戴安全带进行高处作业；叉车由{N(e)}驾驶，{N(e)}亦无特种作业操作证。{N(a)}称系{K('legal_rep', rep)}安排。"
        f"经询问，{N(b)}一家三口均在该公司上班。\n"
        f"    本机关认为，当事人的行为违反了{K('statute', '《中华人民共和国安全生产法》第三十条第一款')}的规定，依据"
        f"{K('statute', '《中华人民共和国安全生产法》第九十七条第（七）项')}，决定罚款{K('amount', words)}（{K('amount', num)}）。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign(phone_ext=True)
    return doc(t, party="legal", family="company/staff-particles")


def gen_onspot(g: Gen, reg, year: int) -> dict:
    """On-the-spot decision form (简易程序) with label-less ID and a plate in narrative."""
    c = Ctx(g, reg, "城市管理和综合执法局", "城管当罚", year)
    party = g.name(3)
    born = g.born()
    pid = g.id_for(reg, born)
    plate = g.plate(reg)
    t = c.head("当场行政处罚决定书")
    t += (
        f"被处罚人：{N(party)}（{S('id_number', pid)}）\n"
        f"    {K('date', cn(c.d_found))}10时20分，{N(party)}将其{S('license_plate', plate)}小型普通客车停放在{K('location', reg[2] + g.rng.choice(STREETS) + '人行道')}上，"
        "妨碍行人通行。\n"
        f"    依据{K('statute', '《城市道路管理条例》第四十二条')}，当场决定罚款{K('amount', '200元')}。\n"
        f"    被处罚人签名：{N(party)}\n"
    )
    t += c.sign()
    return doc(t, kind="当场行政处罚决定书", family="onspot/unlabelled-id")


def gen_tourism(g: Gen, reg, year: int) -> dict:
    """Tourism decision: a tour guide as party, tourists named, birth date in Chinese words."""
    c = Ctx(g, reg, "文化和旅游局", "文旅罚", year)
    guide = g.name(3)
    t1, t2 = g.word_name(), g.name(3)
    born = g.born(1980, 1996)
    mob = g.mobile()
    t = c.head()
    t += (
        f"当事人：{N(guide)}，女，{S('birth_date', cn_date_words(born))}生，导游证号：{K('license_no', 'D-' + reg[3] + '-' + str(g.rng.randint(100000, 999999)))}，"
        f"手机：{S('phone', mob[:3] + ' ' + mob[3:7] + ' ' + mob[7:])}，暂住{reg[1]}{reg[2]}{S('address', g.home())}。\n\n"
        f"    {K('date', cn(c.d_found))}，游客{N(t1)}投诉称，其参加的一日游团队被导游强制安排进入购物店。经查，当日{N(guide)}带团途中"
        f"以“不购物不发车”为由要求游客消费，{N(t2)}等四名游客被迫购买玉器。{N(t1)}与{N(t2)}系同事关系。\n"
        f"    本机关认为，当事人的行为违反了{K('statute', '《中华人民共和国旅游法》第四十一条第二款')}的规定，依据"
        f"{K('statute', '《中华人民共和国旅游法》第一百条')}，决定罚款{K('amount', '人民币伍仟元整')}（{K('amount', '5000元')}）。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, family="tourism/birth-words")


# ---------------------------------------------------------------- plan
def plan() -> list:
    R = REGIONS
    out = []
    for i in range(4):
        out.append(lambda g, i=i: gen_traffic(g, R[i], 2023 + i % 3))
    for i in range(4):
        out.append(lambda g, i=i: gen_shop(g, R[i + 2], 2022 + i))
    for i in range(3):
        out.append(lambda g, i=i: gen_hk(g, R[(i * 3) % 8], 2024 + i % 2))
    # minors: age only in 2025 (still a minor on 2026-11-25: held), age only in 2015 (adult now),
    # 现年16岁 in late 2026 (held); ID birth dates on both sides of the publication day
    out.append(lambda g: gen_minor(g, R[0], 2025, 15, None))
    out.append(lambda g: gen_minor(g, R[1], 2015, 16, None))
    out.append(lambda g: gen_minor(g, R[2], 2026, 16, None, month=9))
    out.append(
        lambda g: gen_minor(g, R[3], 2026, None, dt.date(2008, 11, 20), month=5)
    )  # 18 on publication
    out.append(
        lambda g: gen_minor(g, R[4], 2024, None, dt.date(2008, 12, 10), month=4)
    )  # 17 on publication
    out.append(
        lambda g: gen_minor(g, R[5], 2016, None, dt.date(1999, 3, 2), month=7)
    )  # a minor then, adult now
    markings = [
        ("密级：秘密　保密期限：五年", "top", True),
        ("秘密★一年", "top", True),
        ("本决定书内容涉及国家秘密，不予公开。", "bottom", True),
        ("（内部资料　注意保存）", "top", True),
        ("本件依申请公开", "top", True),
        ("经审查，本案不涉及国家秘密、商业秘密和个人隐私。", "bottom", False),
        ("本决定书经保密审查，无涉密内容，依法主动公开。", "bottom", False),
        ("公开属性：主动公开（不含国家秘密及商业秘密）", "top", False),
    ]
    for j, (m, w, h) in enumerate(markings):
        out.append(lambda g, j=j, m=m, w=w, h=h: gen_marked(g, R[j % 8], 2024, m, w, h))
    out.append(lambda g: gen_trade_secret_case(g, R[6], 2025))
    out.append(lambda g: gen_notice(g, R[0], 2025, "行政处罚事先告知书"))
    out.append(lambda g: gen_notice(g, R[7], 2024, "责令限期改正通知书"))
    out.append(lambda g: gen_notice(g, R[5], 2026, "行政处罚听证告知书"))
    out.append(lambda g: gen_process(g, R[1], 2025, "询问笔录"))
    out.append(lambda g: gen_process(g, R[2], 2024, "行政处罚案件审批表"))
    out.append(lambda g: gen_process(g, R[3], 2025, "送达回证"))
    for i in range(2):
        out.append(lambda g, i=i: gen_env(g, R[i + 4], 2024 + i))
    for i in range(2):
        out.append(lambda g, i=i: gen_land(g, R[i + 1], 2023 + i))
    for i in range(2):
        out.append(lambda g, i=i: gen_company_staff(g, R[i + 5], 2025))
    out.append(lambda g: gen_onspot(g, R[7], 2025))
    out.append(lambda g: gen_tourism(g, R[4], 2024))
    return out


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
