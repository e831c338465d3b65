#!/usr/bin/env python3
"""Generate the held-out "hard-domains" redaction corpus (docs/ + labels.json).

Documents from enforcement domains the other corpora cover little, each with its own vocabulary
of roles: 应急管理 (主要负责人, 安全管理人员, 特种作业人员, 现场作业人员), 生态环境 (排污单位,
运维人员), 卫生健康 (医师, 护士, 患者家属, 就诊人), 校外培训 (学员家长, 举办者, 授课教师),
文化旅游 (导游, 领队, 游客, 演出经纪人, 演员), 交通运输 (网约车驾驶员, 出租车司机, 乘客,
承运人, 托运人), 自然资源/农业农村 (承包户, 养殖户, 渔船船主, 船员), 住建 (业主, 租户,
物业服务人员, 项目经理, 施工员), 城管 (流动摊贩, 门前责任人), 市场监管 (网店经营者,
直播带货主播, 外卖骑手, 快递员, 消费者), 消防 (房屋产权人, 实际使用人), 水务, 烟草, 人社
(劳动者, 包工头). Kinds: 行政处罚决定书 (some with 送达 details), 不予行政处罚决定书,
查封/扣押 and 解除 decisions, 责令改正通知书, 听证告知书, 陈述申辩告知书, 当场处罚决定书 with
☑/□ boxes, and held documents (询问笔录, 案件审批表, a marking, a minor party, health data).
Formats: plain, narrative-heavy, label：value forms with aligned labels, Markdown (.md) with
headings and tables, and text copied from a PDF (hard line breaks mid-sentence, page numbers,
stray spaces).

Labelling conventions (DESIGN.md §4, policy spc-2016, and the earlier hard corpora):
- person_name (sensitive): every natural person not acting for the agency, a company (as its
  legal representative) or as a lawyer: parties, 个体工商户 operators, workers, 运维人员, 医师
  and 护士 of a private clinic, 项目经理 and 施工员 of a builder, guides, drivers, passengers,
  tourists, performers, parents, students, tenants, owners, witnesses, relatives, contractors
  (包工头). A 主要负责人 who is not the legal representative is a natural person like any other.
- Forms of address built on a surname only (李师傅, 王老板, 老周) and online nicknames are not
  labelled: only real names are. The full name they stand for is labelled where it occurs.
- A 个体工商户 or private clinic named after its operator (…张桂芳诊所) is not a keep label (it
  contains the operator's name); its credit code and business premises are kept.
- address: the part of a natural person's home, 户籍 or 送达 address below the district or
  county (village addresses: 镇/乡 + 村 + 组 + 号). Business premises and places where a business
  violation happened are kept as location/org_address. A home renovated in breach of the rules
  is the owner's home: sensitive.
- Numbers that §4 does not list (导游证号, 从业资格证号, 渔船编号, EMS 单号, 罚没收据号, 建造师
  注册号, vehicle VINs) are left unlabelled; the generator checks that none of them shares an
  8-digit run with a sensitive number (the scorer would then see a leak where there is none).
- Ages (现年16岁) are not birth dates. A party is a minor when under 18 on 2026-11-25; minors
  who are not the party (students, a tourist's child) are masked but do not hold the document.
- Held: a confidentiality marking, a statement of a named person's illness (health data), a
  minor party, and process documents (询问笔录, 案件审批表). 告知书 and 通知书 addressed to a party
  are published like decisions. Negations ("不涉及国家秘密", "密级：无", "公开属性：主动公开")
  do not hold a document.

Deterministic (fixed seed). Everything is fictional; ID numbers, bank cards and credit codes
carry valid check characters.

    python3 tests/redaction/hard-domains/make_corpus.py      # rewrites docs/ and labels.json

Self-checks: every label occurs verbatim; no sensitive text sits inside a keep text; an ideal
redaction (exactly the labelled spans blanked) leaks nothing under the scorer's rules and keeps
every keep label; no unlabelled number shares an 8-digit run with a sensitive one.
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
SEED = 20261207
PUBLICATION = dt.date(2026, 11, 25)

# ---------------------------------------------------------------- fictional data
# province, city, district/county, region code, area code, plate prefix, short agency prefix
REGIONS = [
    ("浙江省", "宁波市", "象山县", "330225", "0574", "浙B", "象"),
    ("江苏省", "盐城市", "东台市", "320981", "0515", "苏J", "东"),
    ("山东省", "潍坊市", "寿光市", "370783", "0536", "鲁V", "寿"),
    ("湖北省", "宜昌市", "夷陵区", "420506", "0717", "鄂E", "夷"),
    ("广西壮族自治区", "桂林市", "阳朔县", "450321", "0773", "桂C", "阳"),
    ("四川省", "乐山市", "峨眉山市", "511181", "0833", "川L", "峨"),
    ("福建省", "泉州市", "晋江市", "350582", "0595", "闽C", "晋"),
    ("河南省", "洛阳市", "洛龙区", "410311", "0379", "豫C", "洛龙"),
    ("新疆维吾尔自治区", "伊犁哈萨克自治州", "伊宁市", "654002", "0999", "新F", "伊"),
    ("辽宁省", "大连市", "甘井子区", "210211", "0411", "辽B", "甘"),
    ("云南省", "大理白族自治州", "大理市", "532901", "0872", "云L", "大"),
    ("广东省", "佛山市", "顺德区", "440606", "0757", "粤X", "顺"),
]
SURNAMES = list(
    "王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁沈任卢姚钟汪范陆金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史黎贺顾毛郝龚邵万覃武戴莫孔向常"
)
COMPOUND = [
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "皇甫",
    "令狐",
    "慕容",
    "东方",
    "尉迟",
    "公孙",
    "夏侯",
    "端木",
]
GIVEN = list(
    "建国志强秀英桂芳明华丽敏静伟军洪涛海燕红梅德福永俊杰晓雯佳怡宇航子涵浩然欣悦思远嘉豪立新雪莲春生秋菊振宇文博雅琴玉兰小凤金根水生兴旺翠花长林有才"
)
MINORITY = [
    "阿依努尔·吐尔逊",
    "买买提·艾力",
    "古丽娜尔·阿不都",
    "热合曼·司马义",
    "努尔兰·哈力克",
    "阿卜杜热依木·喀迪尔",
    "扎西顿珠",
    "巴特尔",
]
OFFICER_NAMES = [
    "谌泽宏",
    "闵书瑶",
    "阙国栋",
    "蔺小川",
    "隗文涛",
    "逯佳敏",
    "厍云飞",
    "笪红霞",
    "郦志宏",
    "甘雨辰",
    "柏晨阳",
    "粟建林",
    "宓晓东",
    "庹明亮",
    "仉海波",
    "禚立群",
    "亓凤鸣",
    "佘俊逸",
    "昝文轩",
    "鄢秋实",
]
STREETS = [
    "新华路",
    "人民中路",
    "滨海大道",
    "解放西路",
    "朝阳街",
    "天童北路",
    "府前路",
    "环城南路",
    "建设巷",
    "凤凰大道",
]
ESTATES = [
    "金色水岸",
    "锦绣华庭",
    "翠屏苑",
    "阳光新城",
    "南湖小区",
    "丽景花园",
    "东城名苑",
    "桂花园",
]
TOWNS = ["新桥镇", "黄泥岗镇", "白沙镇", "柳塘乡", "东岙乡", "长坑镇", "石门镇", "高桥镇"]
VILLAGES = ["前湾村", "后垟村", "大塘村", "石门坎村", "沙岗村", "枫树湾村", "上庄村", "河头村"]
CO_WORDS = [
    "恒通",
    "鑫源",
    "海晟",
    "永盛",
    "瑞丰",
    "众联",
    "天禾",
    "汇达",
    "博创",
    "富华",
    "新航",
    "金穗",
]


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

    def name(self, n: int | None = None) -> str:
        r = self.rng
        n = n or r.choice([2, 3, 3, 3, 3])
        return self._fresh(
            lambda: r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(n - 1))
        )

    def compound(self) -> str:
        r = self.rng
        return self._fresh(
            lambda: r.choice(COMPOUND) + "".join(r.choice(GIVEN) for _ in range(r.choice([1, 2])))
        )

    def minority(self) -> str:
        return self._fresh(lambda: self.rng.choice(MINORITY))

    def officers(self) -> list[str]:
        return [self._fresh(lambda: self.rng.choice(OFFICER_NAMES)) for _ in range(2)]

    def company(self, reg, trade: str) -> str:
        return f"{reg[1]}{self.pick(CO_WORDS)}{trade}有限公司"

    def born(self, lo=1962, hi=1999) -> dt.date:
        return dt.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def id_for(self, reg, born: dt.date, male: bool = True) -> str:
        seq = self.rng.randint(100, 998)
        if seq % 2 != male:
            seq += 1
        return id18(reg[3], born, seq)

    def id15(self, reg, born: dt.date) -> str:
        return f"{reg[3]}{born:%y%m%d}{self.rng.randint(100, 999)}"

    def mobile(self) -> str:
        r = self.rng
        return r.choice(
            ["138", "139", "137", "159", "186", "188", "177", "150", "135", "199", "155"]
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
        return f"{r.choice(STREETS)}{r.randint(10, 399)}号{r.choice(ESTATES)}{r.randint(1, 30)}幢{r.randint(1, 4)}单元{r.randint(1, 28)}0{r.randint(1, 4)}室"

    def estate_room(self) -> str:
        r = self.rng
        return f"{r.choice(ESTATES)}{r.randint(1, 30)}栋{r.randint(1, 33)}0{r.randint(1, 4)}室"

    def village(self) -> str:
        r = self.rng
        return f"{r.choice(TOWNS)}{r.choice(VILLAGES)}{r.randint(1, 12)}组{r.randint(1, 88)}号"

    def plate(self, reg) -> str:
        r = self.rng
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        return (
            reg[5]
            + r.choice(letters)
            + "".join(r.choice("0123456789" + letters) for _ in range(1))
            + "".join(r.choice("0123456789") for _ in range(3))
        )

    def plate_ev(self, reg, big=False) -> str:
        r = self.rng
        digits = "".join(r.choice("0123456789") for _ in range(5))
        return reg[5] + (digits + r.choice("DF") if big else r.choice("DF") + digits)

    def date(self, year: int, lo=1, hi=11) -> dt.date:
        return dt.date(year, self.rng.randint(lo, hi), self.rng.randint(1, 26))

    def cert(self, reg) -> str:
        r = self.rng
        return r.choice(
            [
                lambda: f"{reg[3][:2]}{r.randint(100000, 999999)}{r.randint(100, 999)}",
                lambda: f"{reg[5][0]}{reg[3][:4]}{r.randint(1000, 9999)}",
                lambda: f"ZF{reg[3][:4]}{r.randint(10000, 99999)}",
            ]
        )()

    def property_cert(self, reg, year: int) -> str:
        return f"{reg[5][0]}（{year}）{reg[2]}不动产权第{self.rng.randint(1000000, 9999999):07d}号"

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


# ---------------------------------------------------------------- phone writings
def phone_fmt(mob: str, style: str) -> str:
    if style == "space":
        return f"{mob[:3]} {mob[3:7]} {mob[7:]}"
    if style == "dash":
        return f"{mob[:3]}-{mob[3:7]}-{mob[7:]}"
    if style == "plus86":
        return f"+86 {mob}"
    if style == "wide":
        return mob.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return mob


def landline_fmt(reg, rng: random.Random, style: str) -> str:
    num = f"{rng.randint(2, 8)}{rng.randint(0, 9999999):07d}"
    if style == "paren":
        return f"（{reg[4]}）{num}"
    if style == "space":
        return f"{reg[4]} {num[:4]} {num[4:]}"
    return f"{reg[4]}－{num}"


def age_on(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


# ---------------------------------------------------------------- document context
class Ctx:
    """One agency, one decision number, officers and the stock paragraphs around a document."""

    def __init__(
        self,
        g: Gen,
        reg,
        agency: str,
        code: str,
        year: int,
        *,
        review: str | None = None,
        court: str | None = None,
    ):
        self.g, self.reg, self.year = g, reg, year
        self.agency = agency
        self.num = f"{reg[6]}{code}〔{year}〕{g.rng.randint(3, 399)}号"
        self.d_found = g.date(year, 1, 8)
        self.d_open = self.d_found + dt.timedelta(days=g.rng.randint(0, 3))
        self.d_notice = self.d_open + dt.timedelta(days=g.rng.randint(15, 40))
        self.d_sign = self.d_notice + dt.timedelta(days=g.rng.randint(8, 20))
        self.officers = g.officers()
        self.certs = [g.cert(reg), g.cert(reg)]
        self.addr = f"{reg[1]}{reg[2]}{g.pick(['政通路', '行政中心大道', '府前街', '市民广场'])}{g.rng.randint(1, 200)}号"
        self.phone = g.landline(reg)
        self.review = review or f"{reg[1]}{reg[2]}人民政府"
        self.court = court or f"{reg[2]}人民法院"

    def head(self, title: str, top: str = "") -> str:
        return f"{top}{K('agency', self.agency)}\n{title}\n{K('decision_number', self.num)}\n\n"

    def remedy(self, indent="    ") -> str:
        return (
            f"{indent}如不服本决定，可以在收到本决定书之日起六十日内向{self.review}申请行政复议，或者在六个月内依法向"
            f"{self.court}提起行政诉讼。行政复议或者行政诉讼期间，本决定不停止执行，法律另有规定的除外。\n"
        )

    def pay(self, indent="    ") -> str:
        return (
            f"{indent}当事人应当自收到本决定书之日起十五日内，到指定银行或通过电子支付系统缴纳罚款。逾期不缴纳罚款的，本机关将依据"
            f"{K('statute', '《中华人民共和国行政处罚法》第七十二条第一款第（一）项')}的规定，每日按罚款数额的百分之三加处罚款。\n"
        )

    def told(self, indent="    ", said: str = "") -> str:
        return (
            f"{indent}{K('date', cn(self.d_notice))}，本机关向当事人送达了《行政处罚事先告知书》，告知其拟作出行政处罚的事实、理由、依据"
            f"及依法享有的陈述、申辩权利。{said or '当事人在法定期限内未提出陈述、申辩。'}\n"
        )

    def officers_line(self) -> str:
        o, c = self.officers, self.certs
        return f"执法人员：{K('officer', o[0])}（执法证号：{K('officer_cert', c[0])}）、{K('officer', o[1])}（执法证号：{K('officer_cert', c[1])}）\n"

    def sign(self, with_officers=True) -> str:
        t = "\n"
        if with_officers:
            t += self.officers_line()
        t += f"联系地址：{K('agency_address', self.addr)}　联系电话：{K('agency_phone', self.phone)}\n\n"
        t += f"{K('agency', self.agency)}\n{K('date', cn(self.d_sign))}\n"
        return t


def doc(
    markup, hold=False, party="natural", kind="行政处罚决定书", family="", fmt="plain", ext=".txt"
) -> dict:
    return {
        "markup": markup,
        "hold": hold,
        "party_type": party,
        "doc_kind": kind,
        "family": family,
        "fmt": fmt,
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
    addr=None,
    phone=None,
    id15=False,
    sep="，",
) -> str:
    addr = addr or f"{reg[1]}{reg[2]}{S('address', g.home())}"
    pid = g.id15(reg, born) if id15 else g.id_for(reg, born, male)
    ph = phone or S("phone", g.mobile())
    return (
        f"{role}：{N(name)}{sep}{'男' if male else '女'}{sep}{S('birth_date', cn(born))}出生{sep}"
        f"居民身份证号码：{S('id_number', pid)}{sep}住址：{addr}{sep}联系电话：{ph}。\n"
    )


def served(
    c: Ctx, receiver: str, addr: str, signer: str | None, how="直接送达", track: str | None = None
) -> str:
    """送达 details appended to a decision (how it reached the party, where, who signed)."""
    d = c.d_sign + dt.timedelta(days=c.g.rng.randint(1, 4))
    t = "\n送达情况：\n"
    t += f"    送达方式：{'☑' if how == '直接送达' else '□'}直接送达　{'☑' if how == '留置送达' else '□'}留置送达　{'☑' if how == '邮寄送达' else '□'}邮寄送达\n"
    t += f"    受送达人：{receiver}\n    送达地址：{addr}\n"
    if track:
        t += f"    邮件号码：{track}（中国邮政EMS）\n"
    if signer:
        t += f"    签收人：{signer}\n"
    t += f"    送达日期：{K('date', cn(d))}\n"
    return t


# ---------------------------------------------------------------- 应急管理
def gen_ems_company(g: Gen, reg, year: int) -> dict:
    """Work-safety decision on a company: 安全管理人员, 特种作业人员, 现场作业人员, a witness."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}应急管理局", "应急罚", year)
    comp = g.company(reg, "金属制品")
    rep, safety, electrician, worker, welder = (
        g.name(3),
        g.name(3),
        g.name(2),
        g.name(3),
        g.compound(),
    )
    amt_w, amt_n = g.amount()
    code = uscc(g.rng, reg[3])
    t = c.head("行政处罚决定书")
    t += (
        f"当事人：{K('company', comp)}\n统一社会信用代码：{K('uscc', code)}\n"
        f"住所：{K('org_address', reg[0] + reg[1] + reg[2] + g.pick(TOWNS) + '工业功能区' + g.pick(['纬三路', '经二路']) + str(g.rng.randint(1, 99)) + '号')}\n"
        f"法定代表人：{K('legal_rep', rep)}　职务：{K('legal_rep_title', '总经理')}\n\n"
        f"    {K('date', cn(c.d_found))}，本局执法人员对当事人进行执法检查，发现：一、当事人抛丸车间配电箱检修作业由{N(electrician)}进行，"
        f"{N(electrician)}未取得特种作业操作证（电工作业）；二、当事人安全管理人员{N(safety)}未组织对新入职的现场作业人员{N(worker)}、{N(welder)}"
        f"进行岗前安全生产教育和培训，{N(worker)}称其入职第二天即上岗操作行车；三、现场未见动火作业审批记录，{N(welder)}承认当天的焊接作业系口头请示后进行。\n"
        f"    以上事实有现场检查记录、{N(safety)}、{N(electrician)}的询问笔录、员工花名册、培训档案、现场照片等证据证实。\n"
        f"    本局认为，当事人的上述行为违反了{K('statute', '《中华人民共和国安全生产法》第二十八条第一款')}、{K('statute', '《中华人民共和国安全生产法》第三十条第一款')}的规定，"
        f"依据{K('statute', '《中华人民共和国安全生产法》第九十七条第（三）项、第（七）项')}的规定，决定对当事人处以罚款{K('amount', amt_w)}（{K('amount', amt_n)}）。\n"
    )
    t += c.told(
        said=f"当事人委托{N(safety)}提交了书面陈述材料，称已组织补训，请求从轻处罚。本局经复核，对其已整改的情节予以采纳。"
    )
    t += c.pay() + c.remedy() + c.sign()
    t += "\n本决定书经保密审查，不涉及国家秘密、商业秘密和个人隐私。\n"
    return doc(t, party="legal", family="ems/company-roles", fmt="wrap")


def gen_ems_principal(g: Gen, reg, year: int) -> dict:
    """主要负责人 (not the legal representative) fined personally after an accident; relatives."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}应急管理局", "应急罚", year)
    comp = g.company(reg, "建材")
    rep, boss, wife, foreman, w1 = g.name(3), g.name(3), g.name(3), g.name(3), g.name(2)
    born = g.born(1968, 1982)
    t = c.head("行政处罚决定书")
    t += person(g, reg, boss, born, role="当事人", addr=f"{reg[2]}{S('address', g.village())}")
    t += f"工作单位及职务：{K('company', comp)}（法定代表人：{K('legal_rep', rep)}）常务副总经理，系该公司实际负责生产经营的主要负责人。\n\n"
    t += (
        f"    {K('date', cn(c.d_found))}14时许，{K('company', comp)}原料仓库发生一起物体打击事故，造成一名作业人员死亡，直接经济损失约一百三十万元。"
        f"经事故调查组调查认定，该起事故为一般生产安全责任事故。\n"
        f"    经查，当事人{N(boss)}作为公司主要负责人，未督促、检查本单位的安全生产工作，未及时消除仓库堆垛超高的事故隐患。"
        f"班组长{N(foreman)}于事故前三天曾向{N(boss)}口头报告堆垛问题，{N(boss)}回复“等这批货出完再说”。"
        f"仓库装卸工{N(w1)}证实，事发前一日{N(foreman)}曾要求停止在该区域作业，但未获同意。"
        f"事故发生后，{N(boss)}之妻{N(wife)}代其向死者家属支付了赔偿款。{N(wife)}在调查中提供了转账凭证。\n"
        f"    以上事实有事故调查报告、{N(foreman)}和{N(w1)}的证人证言、当事人的陈述、现场勘验资料等证据证实。\n"
        f"    本局认为，当事人未履行{K('statute', '《中华人民共和国安全生产法》第二十一条')}规定的安全生产管理职责，导致发生一般生产安全事故，"
        f"依据{K('statute', '《中华人民共和国安全生产法》第九十五条第（一）项')}的规定，决定对当事人处上一年年收入百分之四十的罚款，计{K('amount', '人民币肆万贰仟元整')}。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, family="ems/principal-relatives")


def gen_ems_seizure(g: Gen, reg, year: int) -> dict:
    """查封扣押 (Markdown): a self-employed warehouse keeper storing hazardous chemicals."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}应急管理局", "应急强措", year)
    keeper, helper = g.name(3), g.name(2)
    born = g.born(1975, 1990)
    mob = g.mobile()
    landlord = g.name(3)
    loc = f"{reg[2]}{g.pick(TOWNS)}{g.pick(['工业园区', '物流园'])}{g.rng.randint(1, 40)}号仓库"
    t = f"# {K('agency', c.agency)}\n\n## 查封扣押决定书\n\n{K('decision_number', c.num)}\n\n"
    t += "| 项目 | 内容 |\n| --- | --- |\n"
    t += f"| 当事人 | {N(keeper)} |\n| 性别 | 男 |\n| 公民身份号码 | {S('id_number', g.id_for(reg, born))} |\n"
    t += f"| 住址 | {reg[1]}{reg[2]}{S('address', g.home())} |\n| 联系电话 | {S('phone', phone_fmt(mob, 'dash'))} |\n"
    t += f"| 存放地点 | {K('location', loc)} |\n\n"
    t += (
        f"{K('date', cn(c.d_found))}，本局执法人员在{K('location', loc)}检查时发现，当事人未取得危险化学品经营许可证，在该仓库内储存甲醇、丙酮等危险化学品。"
        f"仓库系当事人向{N(landlord)}租用，现场搬运人员{N(helper)}称货物由当事人联系车辆运入。"
        f"依据{K('statute', '《危险化学品安全管理条例》第七条第一款第（五）项')}的规定，本局决定对下列物品予以查封（扣押）：\n\n"
    )
    t += "| 序号 | 名称 | 规格 | 数量 | 存放位置 |\n| --- | --- | --- | --- | --- |\n"
    t += "| 1 | 甲醇 | 200L/桶 | 36桶 | 仓库东侧 |\n| 2 | 丙酮 | 160kg/桶 | 12桶 | 仓库东侧 |\n| 3 | 乙酸乙酯 | 180kg/桶 | 8桶 | 仓库西侧 |\n\n"
    d_end = c.d_found + dt.timedelta(days=30)
    t += (
        f"查封（扣押）期限为三十日，自{K('date', cn(c.d_found))}至{K('date', cn(d_end))}。查封期间，当事人不得擅自启封、转移、损毁查封物品。\n\n"
        "当事人如不服本决定，可以在收到本决定书之日起六十日内申请行政复议，或者在六个月内依法提起行政诉讼。\n\n"
        f"**执法人员**：{K('officer', c.officers[0])}（{K('officer_cert', c.certs[0])}）、{K('officer', c.officers[1])}（{K('officer_cert', c.certs[1])}）\n\n"
        f"**当事人签字**：{N(keeper)}\n\n{K('agency', c.agency)}\n\n{K('date', cn(c.d_found))}\n"
    )
    return doc(t, kind="查封扣押决定书", family="ems/seizure-md", ext=".md")


def gen_ems_onspot(g: Gen, reg, year: int) -> dict:
    """当场处罚 (简易程序) form with ☑/□ for a fireworks retailer (个体工商户)."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}应急管理局", "应急当罚", year)
    op = g.name(3)
    born = g.born(1970, 1988)
    shop_addr = f"{reg[2]}{g.pick(TOWNS)}{g.pick(STREETS)}{g.rng.randint(1, 120)}号"
    t = c.head("当场行政处罚决定书")
    t += (
        f"当事人类型：☑个人　□单位\n"
        f"姓　　名：{N(op)}　　性别：□男 ☑女　　出生年月：{S('birth_date', f'{born.year}年{born.month:02d}月{born.day:02d}日')}\n"
        f"证件类型：☑居民身份证 □其他　证件号码：{S('id_number', g.id_for(reg, born, False))}\n"
        f"联系电话：{S('phone', phone_fmt(g.mobile(), 'space'))}\n"
        f"住　　址：{reg[2]}{S('address', g.village())}\n"
        f"经营场所：{K('location', shop_addr)}（烟花爆竹零售点）\n"
        f"违法事实：{K('date', cn(c.d_found))}10时许，当事人在经营场所内超许可范围存放烟花爆竹，并将部分组合烟花摆放在店外通道。\n"
        f"处罚依据：{K('statute', '《烟花爆竹安全管理条例》第三十八条第一款')}\n"
        f"处罚种类：☑警告　☑罚款　罚款金额：{K('amount', '伍佰元')}（{K('amount', '¥500')}）\n"
        f"罚款缴纳方式：□当场缴纳　☑自收到本决定书之日起十五日内到指定银行缴纳\n"
        f"    当事人对本决定不服的，可以在收到本决定书之日起六十日内向{c.review}申请行政复议，或者在六个月内向{c.court}提起行政诉讼。\n"
        f"当事人签名：{N(op)}　　　{K('date', cn(c.d_found))}\n"
        f"执法人员签名：{K('officer', c.officers[0])}　证号：{K('officer_cert', c.certs[0])}\n"
        f"　　　　　　　{K('officer', c.officers[1])}　证号：{K('officer_cert', c.certs[1])}\n"
        f"{K('agency', c.agency)}（印章）\n"
    )
    return doc(t, kind="当场行政处罚决定书", family="ems/onspot-checkbox", fmt="form")


def gen_ems_record(g: Gen, reg, year: int) -> dict:
    """询问笔录 of a 特种作业人员: an internal process document, held."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}应急管理局", "应急", year)
    w = g.name(3)
    born = g.born(1980, 1995)
    boss = g.name(3)
    comp = g.company(reg, "化工")
    t = f"{K('agency', c.agency)}\n询 问 笔 录\n\n"
    t += (
        f"时间：{K('date', cn(c.d_found))}14时05分至14时50分　　第1次询问\n"
        f"地点：{K('location', comp + '办公楼二楼会议室')}\n"
        f"询问人：{K('officer', c.officers[0])}、{K('officer', c.officers[1])}　　记录人：{K('officer', c.officers[1])}\n"
        f"被询问人：{N(w)}　性别：男　年龄：{age_on(born, c.d_found)}岁\n"
        f"身份证号：{S('id_number', g.id_for(reg, born))}　　联系电话：{S('phone', g.mobile())}\n"
        f"工作单位：{K('company', comp)}　　职务：焊工\n"
        f"问：我们是{K('agency', c.agency)}执法人员（出示执法证件），现就你单位安全生产有关情况向你了解，你要如实回答，听清楚了吗？\n"
        f"答：听清楚了。\n问：你的特种作业操作证在哪里？\n答：还没考下来，去年报了名没去考。\n"
        f"问：谁安排你进行动火作业的？\n答：车间主任{N(boss)}，他说先干着。\n"
        f"问：以上所说是否属实？\n答：属实。\n"
        f"被询问人签名：{N(w)}　　{K('date', cn(c.d_found))}\n"
    )
    return doc(t, hold=True, kind="询问笔录", family="held/process-record", fmt="form")


def gen_ems_marked(g: Gen, reg, year: int) -> dict:
    """A decision on a blasting company carrying a confidentiality marking: held."""
    c = Ctx(
        g,
        reg,
        f"{reg[1]}应急管理局",
        "应急罚",
        year,
        review=f"{reg[0]}应急管理厅",
        court=f"{reg[1]}中级人民法院",
    )
    comp = g.company(reg, "爆破工程")
    rep, blaster = g.name(3), g.name(3)
    top = "秘密★6个月\n"
    t = c.head("行政处罚决定书", top=top)
    t += (
        f"当事人：{K('company', comp)}\n统一社会信用代码：{K('uscc', uscc(g.rng, reg[3]))}\n法定代表人：{K('legal_rep', rep)}\n\n"
        f"    经查，当事人在为某重点工程实施爆破作业时，爆破员{N(blaster)}未按设计方案装药，当事人未按规定设置警戒。"
        f"依据{K('statute', '《民用爆炸物品安全管理条例》第四十八条')}，决定罚款{K('amount', '人民币伍万元整')}。\n"
    )
    t += c.remedy() + c.sign()
    return doc(t, hold=True, party="legal", family="held/marking")


# ---------------------------------------------------------------- 生态环境
def gen_eco_company(g: Gen, reg, year: int) -> dict:
    """排污单位 fined for falsified monitoring data; third-party 运维人员 named, form headings."""
    c = Ctx(g, reg, f"{reg[1]}生态环境局", "环罚", year, review=f"{reg[1]}人民政府")
    c.agency = f"{reg[1]}生态环境局"
    comp = g.company(reg, "印染")
    om_comp = g.company(reg, "环保科技")
    rep, om_rep = g.name(3), g.name(3)
    op1, op2, env_mgr = g.name(3), g.minority(), g.name(3)
    mob1 = g.mobile()
    t = c.head("行政处罚决定书")
    t += (
        f"当事人名称：{K('company', comp)}\n"
        f"统一社会信用代码：{K('uscc', uscc(g.rng, reg[3]))}\n"
        f"法定代表人：{K('legal_rep', rep)}\n"
        f"地　　址：{K('org_address', reg[1] + reg[2] + g.pick(['滨海工业园', '经济开发区']) + g.pick(['纬五路', '兴业路']) + str(g.rng.randint(1, 99)) + '号')}\n\n"
        "一、环境违法事实和证据\n"
        f"    {K('date', cn(c.d_found))}，我局执法人员对当事人废水总排口自动监测设备进行现场检查，发现COD分析仪的量程校准参数被人为修改，"
        f"导致上传数据明显偏低。该套设备由{K('company', om_comp)}（统一社会信用代码：{K('uscc', uscc(g.rng, reg[3]))}，法定代表人：{K('legal_rep', om_rep)}）负责运维。"
        f"运维人员{N(op1)}（联系电话：{S('phone', mob1)}）承认系应当事人环保专员{N(env_mgr)}要求修改参数，另一名运维人员{N(op2)}对修改过程进行了录屏。"
        f"{N(env_mgr)}在询问中否认提出过要求，但{N(op2)}提供的微信聊天记录显示，{N(env_mgr)}曾发送“数据压一压”等内容。\n"
        "    以上事实有现场检查（勘察）笔录、自动监测数据、运维记录、询问笔录、微信聊天记录截图等证据为证。\n"
        "二、行政处罚的依据、种类\n"
        f"    当事人的上述行为违反了{K('statute', '《中华人民共和国水污染防治法》第三十九条')}的规定。依据{K('statute', '《中华人民共和国水污染防治法》第八十三条第（三）项')}的规定，"
        f"我局决定对当事人处以罚款{K('amount', '人民币贰拾伍万元')}。\n"
        "三、行政处罚决定的履行方式和期限\n"
    )
    t += c.pay()
    t += "四、申请行政复议或者提起行政诉讼的途径和期限\n" + c.remedy()
    t += c.sign()
    return doc(t, party="legal", family="eco/operator-staff")


def gen_eco_nopenalty(g: Gen, reg, year: int) -> dict:
    """不予行政处罚 (首违不罚) on a car-wash 个体工商户; PDF copy."""
    c = Ctx(g, reg, f"{reg[1]}生态环境局{reg[2]}分局", "环不罚", year, review=f"{reg[1]}生态环境局")
    op, nb = g.name(3), g.name(3)
    born = g.born(1978, 1994)
    prem = f"{reg[2]}{g.pick(STREETS)}{g.rng.randint(1, 300)}号"
    t = c.head("不予行政处罚决定书")
    t += (
        f"当事人：{reg[2]}{g.pick(['洁亮', '车之美', '速净'])}洗车店（个体工商户）\n"
        f"统一社会信用代码：{K('uscc', uscc(g.rng, reg[3], '92'))}\n"
        f"经营者：{N(op)}，公民身份号码{S('id_number', g.id_for(reg, born))}\n"
        f"经营场所：{K('org_address', prem)}\n"
        f"联系电话：{S('phone', phone_fmt(g.mobile(), 'plus86'))}\n\n"
        f"    {K('date', cn(c.d_found))}，我分局根据群众来电反映，对当事人进行了现场检查。经查，当事人洗车废水未经隔油沉淀直接排入市政雨水管网。"
        f"来电反映人{N(nb)}系当事人隔壁商铺经营者，{N(nb)}称排水时间多在晚上。"
        f"当事人在检查当日即停止排放，并于三日内自行加装了隔油沉淀池，经复查已整改到位。\n"
        f"    当事人的行为违反了{K('statute', '《城镇排水与污水处理条例》第二十一条')}的规定。鉴于当事人系初次违法，危害后果轻微并及时改正，"
        f"根据{K('statute', '《中华人民共和国行政处罚法》第三十三条第一款')}的规定，我分局决定对当事人不予行政处罚。\n"
    )
    t += c.remedy() + c.sign()
    t += "\n（此件公开发布，不涉及国家秘密）\n"
    return doc(t, kind="不予行政处罚决定书", family="eco/no-penalty-negation", fmt="wrap")


def gen_eco_release(g: Gen, reg, year: int) -> dict:
    """解除查封决定书 to a pig farmer (养殖户), 15-digit ID, village address, aligned labels."""
    c = Ctx(g, reg, f"{reg[1]}生态环境局{reg[2]}分局", "环解封", year, review=f"{reg[1]}生态环境局")
    farmer, son = g.name(3), g.name(2)
    born = g.born(1958, 1968)
    farm = f"{reg[2]}{g.pick(TOWNS)}{g.pick(VILLAGES)}东侧山坳养殖场"
    prev = f"{reg[6]}环封〔{year}〕{g.rng.randint(3, 99)}号"
    t = c.head("解除查封决定书")
    t += (
        f"当 事 人：{N(farmer)}\n"
        f"身份证号：{S('id_number', g.id15(reg, born))}\n"
        f"住　　址：{reg[2]}{S('address', g.village())}\n"
        f"联系电话：{S('phone', landline_fmt(reg, g.rng, 'paren'))}\n\n"
        f"    本分局于{K('date', cn(c.d_found))}以{K('decision_number', prev)}《查封决定书》，对你位于{K('location', farm)}的生猪养殖场粪污收集池排污阀门及配套抽排泵予以查封。"
        f"查封期间，你委托儿子{N(son)}对粪污收集池进行了防渗改造，并配套建设了干湿分离设施，经现场核查，已不存在继续违法排放的可能。\n"
        f"    依据{K('statute', '《中华人民共和国行政强制法》第二十八条第一款第（四）项')}的规定，本分局决定自{K('date', cn(c.d_sign))}起解除上述查封。\n"
    )
    t += c.sign()
    return doc(t, kind="解除查封决定书", family="eco/release-15id", fmt="form")


# ---------------------------------------------------------------- 卫生健康
def gen_health_doctor(g: Gen, reg, year: int) -> dict:
    """A 医师 fined for practising outside the registered place; 就诊人 and a 护士 named."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}卫生健康局", "卫医罚", year)
    doc_name, nurse, p1, p2, hosp_rep = g.compound(), g.name(3), g.name(3), g.name(2), g.name(3)
    born = g.born(1965, 1985)
    hosp = f"{reg[1]}第{g.pick(['二', '三', '四'])}人民医院"
    place = (
        f"{reg[2]}{g.pick(STREETS)}{g.rng.randint(1, 300)}号{g.pick(['康复理疗馆', '养生会所'])}"
    )
    t = c.head("行政处罚决定书")
    t += (
        f"当事人：{N(doc_name)}　性别：男　出生日期：{S('birth_date', f'{born:%Y-%m-%d}')}\n"
        f"身份证号码：{S('id_number', g.id_for(reg, born))}\n"
        f"医师执业证书编码：{g.rng.randint(100, 999)}{reg[3]}{g.rng.randint(100000, 999999)}　执业地点：{K('company', hosp)}\n"
        f"住址：{reg[1]}{reg[2]}{S('address', g.home())}\n\n"
        f"    {K('date', cn(c.d_found))}，本局卫生监督员在对{K('location', place)}进行监督检查时，发现当事人正在为就诊人{N(p1)}进行针刺治疗。"
        f"经查，当事人系{K('company', hosp)}注册执业的中医类别医师，未经备案在上述场所多点执业，每周六、日坐诊，自{K('date', cn(c.d_found - dt.timedelta(days=75)))}起共接诊就诊人约六十人次。"
        f"该场所的护士{N(nurse)}负责收费登记，{N(nurse)}提供的登记本显示就诊人{N(p2)}等人曾多次就诊。{N(p1)}陈述其经朋友介绍前来，每次支付诊金二百元。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国医师法》第十四条第一款')}的规定。依据{K('statute', '《中华人民共和国医师法》第五十七条')}的规定，"
        f"决定给予当事人警告，并处罚款{K('amount', '人民币壹万元整')}。\n"
    )
    t += c.told(
        said=f"当事人在陈述中称其所在医院法定代表人{K('legal_rep', hosp_rep)}知晓其外出坐诊，本局经复核，该陈述不影响违法事实的认定，不予采纳。"
    )
    t += c.pay() + c.remedy() + c.sign()
    return doc(t, family="health/doctor-patients")


def gen_health_clinic_notice(g: Gen, reg, year: int) -> dict:
    """责令改正通知书 to a private clinic named after its operator; nurse, patient's relative."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}卫生健康局", "卫责改", year)
    op, nurse, relative, patient = g.name(3), g.name(3), g.name(3), g.name(2)
    clinic_addr = f"{reg[2]}{g.pick(TOWNS)}{g.pick(STREETS)}{g.rng.randint(1, 99)}号"
    t = c.head("责令改正通知书")
    t += (
        f"{N(op)}诊所：\n"
        f"（统一社会信用代码：{K('uscc', uscc(g.rng, reg[3], '52'))}；地址：{K('org_address', clinic_addr)}；负责人：{N(op)}）\n"
        f"    {K('date', cn(c.d_found))}，本局接到{N(relative)}（系就诊人{N(patient)}之子，联系电话{S('phone', phone_fmt(g.mobile(), 'dash'))}）投诉，"
        f"反映你诊所收费未明码标价。经现场检查，发现：1.你诊所护士{N(nurse)}未取得护士执业证书，独立从事静脉输液操作；2.诊疗科目公示内容与执业许可证不一致。\n"
        f"    上述行为违反了{K('statute', '《护士条例》第二十一条')}和{K('statute', '《医疗机构管理条例》第二十四条')}的规定。"
        f"依据{K('statute', '《中华人民共和国行政处罚法》第二十八条第一款')}的规定，现责令你诊所于{K('date', cn(c.d_sign + dt.timedelta(days=15)))}前改正，"
        f"停止安排未取得执业证书的人员从事护理活动，并将整改情况书面报告本局。逾期不改正的，本局将依法处理。\n"
    )
    t += c.sign()
    return doc(t, kind="责令改正通知书", family="health/clinic-operator-name", fmt="form")


def gen_health_held(g: Gen, reg, year: int) -> dict:
    """A clinic decision naming a patient's diagnosis (health data): held."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}卫生健康局", "卫医罚", year)
    comp = f"{reg[1]}{g.pick(CO_WORDS)}医疗门诊部有限公司"
    rep, patient, mother = g.name(3), g.name(3), g.name(3)
    t = c.head("行政处罚决定书")
    t += (
        f"当事人：{K('company', comp)}\n统一社会信用代码：{K('uscc', uscc(g.rng, reg[3]))}\n法定代表人：{K('legal_rep', rep)}\n\n"
        f"    经查，当事人在未取得相应资质的情况下开展性病诊疗，患者{N(patient)}经当事人检测被诊断为梅毒后，当事人未按规定进行传染病疫情报告。"
        f"{N(patient)}的母亲{N(mother)}于{K('date', cn(c.d_found))}向本局投诉。\n"
        f"    依据{K('statute', '《中华人民共和国传染病防治法》第六十九条')}，决定给予警告并罚款{K('amount', '人民币叁万元整')}。\n"
    )
    t += c.remedy() + c.sign()
    return doc(t, hold=True, party="legal", family="held/health-data")


# ---------------------------------------------------------------- 教育 / 校外培训
def gen_edu_organizer(g: Gen, reg, year: int) -> dict:
    """培训机构举办者 fined for unlicensed tutoring; 家长, 授课教师 and students named; PDF copy."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}教育局", "教罚决", year)
    org, teacher, par1, par2, stu = g.name(3), g.name(3), g.name(3), g.compound(), g.name(3)
    born = g.born(1982, 1992)
    card = g.card()
    t = c.head("行政处罚决定书")
    t += person(g, reg, org, born, male=False, addr=f"{reg[1]}{reg[2]}{S('address', g.home())}")
    t += (
        f"\n    {K('date', cn(c.d_found))}，本局联合{reg[2]}市场监督管理局根据学员家长{N(par1)}的举报，对位于{K('location', reg[2] + g.pick(ESTATES) + '小区')}内的一处出租住宅进行检查，"
        f"发现当事人以“托管”名义组织义务教育阶段学生开展数学、英语学科类培训。现场有学员十一名，授课教师{N(teacher)}未取得教师资格证。"
        f"\n"
        f"    经查，当事人自{K('date', cn(c.d_found - dt.timedelta(days=120)))}起举办培训，按每人每学期三千八百元收取费用，学费均转入当事人名下银行卡（卡号{S('bank_account', card)}）。"
        f"家长{N(par2)}陈述，其子{N(stu)}（九岁）在此参加培训已一学期，曾索要收据未果。{N(par1)}、{N(par2)}分别提供了转账记录。\n"
        f"    本局认为，当事人未经审批擅自举办校外培训机构，违反了{K('statute', '《中华人民共和国民办教育促进法》第十二条')}的规定，依据"
        f"{K('statute', '《校外培训行政处罚暂行办法》第十四条')}的规定，决定：1.责令停止举办；2.退还所收费用；3.罚款{K('amount', '人民币叁万元整')}。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, family="edu/organizer-parents", fmt="wrap")


def gen_edu_company_notice(g: Gen, reg, year: int) -> dict:
    """责令改正通知书 (Markdown) to a training company: teachers without certificates, refunds."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}教育局", "教责改", year)
    comp = g.company(reg, "教育咨询")
    rep = g.name(3)
    teachers = [g.name(3), g.name(2), g.minority()]
    parents = [(g.name(3), g.card()), (g.name(3), g.card())]
    t = f"# {K('agency', c.agency)}\n\n# 责令改正通知书\n\n{K('decision_number', c.num)}\n\n"
    t += f"**{K('company', comp)}**：\n\n"
    t += (
        f"统一社会信用代码：{K('uscc', uscc(g.rng, reg[3]))}　法定代表人：{K('legal_rep', rep)}\n\n"
    )
    t += (
        f"{K('date', cn(c.d_found))}，本局在对你单位开展校外培训专项检查时发现下列问题：\n\n"
        "## 一、授课人员未取得相应教师资格\n\n| 姓名 | 授课科目 | 资格情况 |\n| --- | --- | --- |\n"
    )
    for tn, subj in zip(teachers, ["初中物理", "小学英语", "初中数学"], strict=True):
        t += f"| {N(tn)} | {subj} | 未取得 |\n"
    t += "\n## 二、未按规定退还预收费用\n\n部分学员家长已申请退费，你单位逾期未退。家长提供的收款账户如下：\n\n| 家长 | 退费账户 | 应退金额 |\n| --- | --- | --- |\n"
    for pn, card in parents:
        t += f"| {N(pn)} | {S('bank_account', card[:4] + ' ' + card[4:8] + ' ' + card[8:12] + ' ' + card[12:16] + ' ' + card[16:])} | {K('amount', str(g.rng.choice([2600, 3800, 4500])) + '元')} |\n"
    t += (
        f"\n上述行为违反了{K('statute', '《校外培训行政处罚暂行办法》第十九条')}的规定。现责令你单位于{K('date', cn(c.d_sign + dt.timedelta(days=20)))}前改正："
        "停止安排无资格人员授课，并向上述家长退还费用。\n\n"
        f"执法人员：{K('officer', c.officers[0])}（{K('officer_cert', c.certs[0])}）　{K('officer', c.officers[1])}（{K('officer_cert', c.certs[1])}）\n\n"
        f"{K('agency', c.agency)}\n\n{K('date', cn(c.d_sign))}\n"
    )
    return doc(t, kind="责令改正通知书", party="legal", family="edu/company-md", ext=".md")


# ---------------------------------------------------------------- 文化旅游
def gen_tour_guide(g: Gen, reg, year: int) -> dict:
    """导游 fined for forced shopping; tourists named repeatedly without a role word."""
    c = Ctx(g, reg, f"{reg[1]}文化广电和旅游局", "文旅罚", year, review=f"{reg[1]}人民政府")
    guide, t1, t2, t3, driver = g.name(3), g.name(3), g.name(2), g.name(3), g.name(3)
    agency_co = f"{reg[1]}{g.pick(CO_WORDS)}国际旅行社有限公司"
    born = g.born(1985, 1998)
    t = c.head("行政处罚决定书")
    t += (
        f"当事人：{N(guide)}，女，{S('birth_date', cn(born))}生，身份证号{S('id_number', g.id_for(reg, born, False))}，"
        f"导游证号：D-{reg[3][:4]}-{g.rng.randint(100000, 999999)}，手机{S('phone', phone_fmt(g.mobile(), 'space'))}，"
        f"住{reg[1]}{reg[2]}{S('address', g.home())}。\n"
        f"委派单位：{K('company', agency_co)}\n\n"
        f"    {K('date', cn(c.d_found))}，本局接到{N(t1)}的投诉，称其参加{K('company', agency_co)}组织的“{reg[2]}两日游”期间，被导游安排进入非合同约定的购物店。"
        f"经调查，当日下午当事人以“不进店就不发车”为由，要求全团游客进入{K('location', reg[2] + g.pick(STREETS) + '某玉器店')}，并停留两小时。"
        f"{N(t1)}及其妻子{N(t2)}、同团的{N(t3)}均证实了上述情况，{N(t3)}还提供了录音。"
        f"旅游大巴驾驶员{N(driver)}（游客称其“老周”）陈述，其系按照当事人要求停车等候。\n"
        f"    以上事实有{N(t1)}、{N(t2)}、{N(t3)}的陈述，{N(driver)}的询问笔录，录音资料及购物店收银记录等证据证实。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国旅游法》第四十一条第一款')}的规定，依据"
        f"{K('statute', '《中华人民共和国旅游法》第一百零一条')}的规定，决定对当事人罚款{K('amount', '人民币壹万元')}，并暂扣导游证三个月。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, family="tourism/guide-tourists")


def gen_tour_outbound(g: Gen, reg, year: int) -> dict:
    """Travel agency (legal) sending an unlicensed 领队 abroad; tourists' passports in a table."""
    c = Ctx(g, reg, f"{reg[1]}文化广电和旅游局", "文旅罚", year, review=f"{reg[1]}人民政府")
    comp = f"{reg[1]}{g.pick(CO_WORDS)}旅行社有限公司"
    rep, leader = g.name(3), g.name(3)
    tourists = [g.name(3), g.compound(), g.name(2)]
    t = f"## {K('agency', c.agency)}\n\n## 行政处罚决定书\n\n{K('decision_number', c.num)}\n\n"
    t += (
        f"当事人：{K('company', comp)}  \n统一社会信用代码：{K('uscc', uscc(g.rng, reg[3]))}  \n"
        f"法定代表人：{K('legal_rep', rep)}  \n经营场所：{K('org_address', reg[1] + reg[2] + g.pick(STREETS) + str(g.rng.randint(1, 300)) + '号二楼')}\n\n"
        f"{K('date', cn(c.d_found))}，当事人组织“泰国六日游”出境旅游团，委派未取得领队资格的{N(leader)}担任领队。"
        f"{N(leader)}系当事人门店销售人员，出团前未与当事人订立劳动合同。团员名单如下：\n\n"
        "| 序号 | 姓名 | 护照号码 | 联系电话 |\n|---|---|---|---|\n"
    )
    for i, tn in enumerate(tourists, 1):
        pp = g.pick("EG") + "".join(g.pick("0123456789") for _ in range(8))
        t += f"| {i} | {N(tn)} | {S('passport', pp)} | {S('phone', g.mobile())} |\n"
    t += (
        f"\n上述事实有出团计划、游客名单、{N(leader)}的询问笔录等证据证实。当事人的行为违反了{K('statute', '《旅行社条例》第三十条')}的规定，"
        f"依据{K('statute', '《中华人民共和国旅游法》第九十六条第（一）项')}，决定：责令改正，没收违法所得{K('amount', '人民币肆仟贰佰元')}，"
        f"并处罚款{K('amount', '人民币壹万伍仟元')}；对直接负责的主管人员{K('legal_rep', rep)}处罚款{K('amount', '人民币贰仟元')}。\n\n"
    )
    t += (
        c.pay(indent="").replace("当事人应当", "当事人及相关人员应当")
        + "\n"
        + c.remedy(indent="")
        + "\n"
    )
    t += f"执法人员：{K('officer', c.officers[0])}（{K('officer_cert', c.certs[0])}）、{K('officer', c.officers[1])}（{K('officer_cert', c.certs[1])}）  \n"
    t += f"公开属性：主动公开  \n\n{K('agency', c.agency)}  \n{K('date', cn(c.d_sign))}\n"
    return doc(t, party="legal", family="tourism/outbound-passports-md", ext=".md")


def gen_tour_broker(g: Gen, reg, year: int) -> dict:
    """听证告知书 to a 演出经纪人 (natural person); performers named; company kept."""
    c = Ctx(
        g,
        reg,
        f"{reg[1]}文化市场综合行政执法支队",
        "文执听告",
        year,
        review=f"{reg[1]}文化广电和旅游局",
    )
    broker, singer, dancer = g.name(3), g.name(2), g.minority()
    born = g.born(1986, 1996)
    venue_co = f"{reg[1]}{g.pick(CO_WORDS)}文化传播有限公司"
    t = c.head("行政处罚听证告知书")
    t += (
        f"{N(broker)}（身份证号码：{S('id_number', g.id_for(reg, born))}）：\n"
        f"    经查，你在未取得演出经纪人员资格证书的情况下，于{K('date', cn(c.d_found))}为{K('company', venue_co)}联系、组织营业性演出一场，"
        f"安排演员{N(singer)}、{N(dancer)}在{K('location', reg[2] + g.pick(STREETS) + '某酒吧')}演出，收取经纪费用一万二千元。{N(singer)}称演出报酬由你以现金支付。\n"
        f"    你的上述行为违反了{K('statute', '《营业性演出管理条例实施细则》第十三条')}的规定。依据{K('statute', '《营业性演出管理条例》第四十三条')}的规定，"
        f"本支队拟对你作出没收违法所得{K('amount', '12000元')}并处罚款{K('amount', '60000元')}的行政处罚。\n"
        f"    根据{K('statute', '《中华人民共和国行政处罚法》第六十三条')}的规定，你有权要求举行听证。如要求听证，应当在收到本告知书之日起五个工作日内提出；"
        "逾期视为放弃听证权利。\n"
        f"    联系人：{K('officer', c.officers[0])}　联系电话：{K('agency_phone', c.phone)}\n"
        f"    送达地址确认：{reg[1]}{reg[2]}{S('address', g.home())}（收件人：{N(broker)}，电话{S('phone', phone_fmt(g.mobile(), 'dash'))}）\n\n"
        f"{K('agency', c.agency)}\n{K('date', cn(c.d_notice))}\n"
    )
    return doc(t, kind="行政处罚听证告知书", family="tourism/broker-hearing")


# ---------------------------------------------------------------- 交通运输
def gen_ridehail_onspot(g: Gen, reg, year: int) -> dict:
    """网约车驾驶员 on-the-spot form with ☑/□; new-energy 8-character plate; passenger named."""
    c = Ctx(
        g, reg, f"{reg[1]}交通运输综合行政执法支队", "交执当罚", year, review=f"{reg[1]}交通运输局"
    )
    drv, pax = g.name(3), g.name(2)
    born = g.born(1975, 1995)
    plate = g.plate_ev(reg)
    t = c.head("当场行政处罚决定书（简易程序）")
    t += (
        f"被处罚人：{N(drv)}　　□单位 ☑个人\n"
        f"身份证件号码：{S('id_number', g.id_for(reg, born))}\n"
        f"联系电话：{S('phone', g.mobile())}　　车牌号码：{S('license_plate', plate)}\n"
        f"从业资格证号：□有 ☑无\n"
        f"违法事实：{K('date', cn(c.d_found))}22时15分，在{K('location', reg[2] + '高铁站东广场网约车上客区')}，被处罚人驾驶{S('license_plate', plate)}号小型新能源轿车，"
        f"未取得网络预约出租汽车驾驶员证从事网约车经营，车上乘客{N(pax)}证实通过平台下单，车费约三十八元。\n"
        f"违反规定：{K('statute', '《网络预约出租汽车经营服务管理暂行办法》第三十四条第（二）项')}\n"
        f"处罚依据：{K('statute', '《网络预约出租汽车经营服务管理暂行办法》第三十五条')}\n"
        f"处罚决定：□警告　☑罚款　金额：{K('amount', '贰佰元')}\n"
        f"履行方式：☑当场缴纳（收据号：{g.rng.randint(1000000, 9999999)}）　□十五日内缴至指定银行\n"
        f"被处罚人签名：{N(drv)}　　执法人员：{K('officer', c.officers[0])}（{K('officer_cert', c.certs[0])}） {K('officer', c.officers[1])}（{K('officer_cert', c.certs[1])}）\n"
        f"{K('agency', c.agency)}　{K('date', cn(c.d_found))}\n"
    )
    return doc(t, kind="当场行政处罚决定书", family="transport/ridehail-onspot", fmt="form")


def gen_taxi(g: Gen, reg, year: int) -> dict:
    """出租车司机 detouring; the passenger's complaint; 李师傅-style address; 送达 details."""
    c = Ctx(g, reg, f"{reg[1]}交通运输局", "交罚", year, review=f"{reg[1]}人民政府")
    drv, pax, wife = g.name(3), g.name(3), g.name(3)
    born = g.born(1968, 1985)
    taxi_co = g.company(reg, "出租汽车")
    plate = g.plate(reg)
    home = g.home()
    mob = g.mobile()
    t = c.head("行政处罚决定书")
    t += (
        f"当事人：{N(drv)}，男，{S('birth_date', cn(born))}出生，居民身份证号码{S('id_number', g.id_for(reg, born))}，"
        f"系{K('company', taxi_co)}出租汽车驾驶员，住{reg[1]}{reg[2]}{S('address', home)}，联系电话{S('phone', mob)}。\n\n"
        f"    {K('date', cn(c.d_found))}晚，乘客{N(pax)}在火车站乘坐当事人驾驶的{S('license_plate', plate)}号出租汽车前往{reg[2]}某小区。"
        f"{N(pax)}投诉称，“{drv[0]}师傅”未按导航路线行驶，绕行约九公里，车费较平常多出四十余元。"
        f"经调取车载卫星定位记录及计价器数据，当事人当晚确未按合理路线行驶。当事人辩称系为避开拥堵，但未能提供相应证据。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《巡游出租汽车经营服务管理规定》第三十条第（五）项')}的规定，依据"
        f"{K('statute', '《巡游出租汽车经营服务管理规定》第四十九条第（二）项')}的规定，决定对当事人罚款{K('amount', '人民币伍佰元')}。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    t += served(
        c,
        N(drv),
        f"{reg[1]}{reg[2]}{S('address', home)}",
        f"{N(wife)}（受送达人之妻，同住成年家属）",
        how="留置送达",
    )
    return doc(t, family="transport/taxi-served")


def gen_trans_seizure(g: Gen, reg, year: int) -> dict:
    """扣押车辆 (行政强制措施) on an illegal 承运人; 托运人 named; truck and trailer plates."""
    c = Ctx(
        g, reg, f"{reg[1]}交通运输综合行政执法支队", "交执扣", year, review=f"{reg[1]}交通运输局"
    )
    carrier, shipper, helper = g.name(3), g.name(3), g.name(2)
    born = g.born(1972, 1990)
    tractor = g.plate(reg)
    trailer = reg[5] + "".join(g.pick("0123456789") for _ in range(4)) + "挂"
    t = c.head("行政强制措施决定书")
    t += (
        f"当 事 人　{N(carrier)}\n"
        f"身份证号　{S('id_number', g.id_for(reg, born))}\n"
        f"联系方式　{S('phone', phone_fmt(g.mobile(), 'wide'))}\n"
        f"住　　址　{reg[2]}{S('address', g.village())}\n\n"
        f"    {K('date', cn(c.d_found))}，本支队执法人员在{K('location', 'G228国道' + reg[2] + '段治超站')}检查时发现，当事人驾驶{S('license_plate', tractor)}重型半挂牵引车"
        f"（牵引{S('license_plate', trailer)}号挂车）运输钢材，不能提供道路运输经营许可证和车辆营运证。经询问，该批货物系托运人{N(shipper)}通过电话联系当事人承运，"
        f"约定运费三千六百元，随车押运的{N(helper)}是当事人的外甥。\n"
        f"    当事人涉嫌未取得道路运输经营许可擅自从事道路货物运输经营，依据{K('statute', '《中华人民共和国道路运输条例》第六十三条')}和"
        f"{K('statute', '《中华人民共和国行政强制法》第十八条')}的规定，本支队决定对{S('license_plate', tractor)}车辆予以扣押，扣押期限为三十日。\n"
        f"    扣押场所：{K('location', reg[2] + '公路超限检测站停车场')}\n"
    )
    t += c.remedy() + c.sign()
    return doc(t, kind="行政强制措施决定书", family="transport/seizure-aligned", fmt="form")


def gen_trans_release(g: Gen, reg, year: int) -> dict:
    """解除扣押决定书 for a 道路运输经营者 (natural person, owner of a coach)."""
    c = Ctx(
        g, reg, f"{reg[1]}交通运输综合行政执法支队", "交执解扣", year, review=f"{reg[1]}交通运输局"
    )
    owner, agent = g.name(3), g.name(3)
    born = g.born(1966, 1980)
    plate = g.plate_ev(reg, big=True)
    prev = f"{reg[6]}交执扣〔{year}〕{g.rng.randint(3, 99)}号"
    t = c.head("解除扣押决定书")
    t += (
        f"{N(owner)}：\n"
        f"    本支队于{K('date', cn(c.d_found))}作出{K('decision_number', prev)}《扣押决定书》，对你所有的{S('license_plate', plate)}号大型新能源客车予以扣押。"
        f"现该案已调查终结，依据{K('statute', '《中华人民共和国行政强制法》第二十八条第一款第（五）项')}的规定，决定自即日起解除扣押。"
        f"请你或你委托的人持本决定书及身份证件到{K('location', reg[2] + '公路超限检测站停车场')}领取车辆。\n"
        f"    你于{K('date', cn(c.d_found + dt.timedelta(days=3)))}出具委托书，委托{N(agent)}（身份证号码：{S('id_number', g.id_for(reg, g.born()))}）代为办理领取手续。\n"
        f"    你的户籍地址：{reg[2]}{S('address', g.village())}；身份证号码：{S('id_number', g.id15(reg, born))}。\n"
    )
    t += c.sign()
    return doc(t, kind="解除扣押决定书", family="transport/release")


def gen_trans_company(g: Gen, reg, year: int) -> dict:
    """道路运输经营者 (company) fined for overloading; 驾驶员 named; 托运人 a company; PDF copy."""
    c = Ctx(
        g, reg, f"{reg[1]}交通运输综合行政执法支队", "交执罚", year, review=f"{reg[1]}交通运输局"
    )
    comp = g.company(reg, "物流")
    shipper = g.company(reg, "建材贸易")
    rep, drv, co_drv = g.name(3), g.name(3), g.name(3)
    lawyer = g.name(3)
    plate = g.plate(reg)
    t = c.head("行政处罚决定书")
    t += (
        f"当事人：{K('company', comp)}\n统一社会信用代码：{K('uscc', uscc(g.rng, reg[3]))}\n"
        f"法定代表人：{K('legal_rep', rep)}\n道路运输经营许可证号：{reg[3]}{g.rng.randint(100000, 999999)}\n"
        f"委托代理人：{K('lawyer', lawyer)}，{K('law_firm', reg[1] + g.pick(['明正', '衡平', '致远']) + '律师事务所')}律师\n\n"
        f"    {K('date', cn(c.d_found))}，当事人所属{S('license_plate', plate)}号重型厢式货车由驾驶员{N(drv)}驾驶，在{K('location', 'G15高速' + reg[2] + '收费站')}入口经检测，车货总重"
        f"六十二点四吨，超过规定限值十三点四吨。该批货物由托运人{K('company', shipper)}委托当事人承运。副驾驶{N(co_drv)}陈述，装货时{N(drv)}曾提出超重，但调度员坚持发车。"
        f"{N(drv)}的陈述与{N(co_drv)}一致。\n"
        f"    以上事实有称重检测单、{N(drv)}和{N(co_drv)}的询问笔录、运单、车辆行驶证复印件等证据证实。\n"
        f"    本支队认为，当事人的行为违反了{K('statute', '《公路安全保护条例》第三十三条')}的规定。依据{K('statute', '《公路安全保护条例》第六十六条')}的规定，"
        f"决定对当事人罚款{K('amount', '人民币叁万元整')}。\n"
    )
    t += (
        c.told(said=f"当事人委托律师{K('lawyer', lawyer)}提出书面申辩，本支队经复核不予采纳。")
        + c.pay()
        + c.remedy()
        + c.sign()
    )
    return doc(t, party="legal", family="transport/company-driver", fmt="wrap")


def gen_trans_approval(g: Gen, reg, year: int) -> dict:
    """行政处罚案件审批表: an internal process document, held."""
    c = Ctx(g, reg, f"{reg[1]}交通运输综合行政执法支队", "交执", year)
    party = g.name(3)
    born = g.born()
    plate = g.plate(reg)
    t = f"{K('agency', c.agency)}\n行政处罚案件审批表\n\n"
    t += (
        f"案件名称：{N(party)}未取得道路运输经营许可擅自从事旅客运输案\n"
        f"当事人：{N(party)}　身份证号：{S('id_number', g.id_for(reg, born))}　车辆：{S('license_plate', plate)}\n"
        f"案件来源：☑检查发现 □投诉举报 □上级交办\n"
        f"承办人意见：建议罚款{K('amount', '人民币叁万元')}。　承办人：{K('officer', c.officers[0])}、{K('officer', c.officers[1])}\n"
        "法制审核意见：事实清楚，证据确凿，程序合法，同意。\n"
        "负责人审批意见：同意。\n"
        f"{K('date', cn(c.d_sign))}\n"
    )
    return doc(t, hold=True, kind="行政处罚案件审批表", family="held/process-approval", fmt="form")


# ---------------------------------------------------------------- 自然资源 / 农业农村 / 水务
def gen_land_farmer(g: Gen, reg, year: int) -> dict:
    """陈述申辩告知书 to a 承包户 who built on farmland; relatives, property cert, 之妻."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}自然资源和规划局", "自然资告", year)
    farmer, wife, nb, cadre = g.name(3), g.name(3), g.name(2), g.name(3)
    born = g.born(1962, 1976)
    vil = g.village()
    t = c.head("行政处罚陈述申辩告知书")
    t += (
        f"{N(farmer)}（承包户，身份证号：{S('id_number', g.id_for(reg, born))}，住{reg[2]}{S('address', vil)}）：\n"
        f"    经查，{K('date', cn(c.d_found))}，你未经批准，在本村承包地上"
        f"建设钢结构厂房一栋，占地面积约四百二十平方米，其中永久基本农田二百八十平方米。你原有的宅基地房屋已登记（{S('property_cert', g.property_cert(reg, year - 7))}），"
        f"建设用途为出租给他人堆放农资。{N(farmer)}之妻{N(wife)}在调查中称，厂房系邻居{N(nb)}出资，双方约定共同使用；村委会委员{N(cadre)}证实曾劝阻施工。\n"
        f"    你的上述行为违反了{K('statute', '《中华人民共和国土地管理法》第四十四条第一款')}的规定。依据{K('statute', '《中华人民共和国土地管理法》第七十七条第一款')}"
        f"和{K('statute', '《中华人民共和国土地管理法实施条例》第五十二条')}的规定，本局拟作出如下行政处罚：1.责令退还非法占用的土地；"
        f"2.限期拆除在非法占用的土地上新建的建筑物和其他设施，恢复土地原状；3.按每平方米{K('amount', '五十元')}处以罚款，共计{K('amount', '人民币贰万壹仟元')}。\n"
        "    根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你有权进行陈述和申辩。你可在收到本告知书之日起三日内向本局提出陈述、申辩，逾期视为放弃。\n"
    )
    t += c.sign()
    return doc(t, kind="行政处罚陈述申辩告知书", family="land/farmer-notice")


def gen_fish_boat(g: Gen, reg, year: int) -> dict:
    """渔船船主 fined for fishing in the closed season; crew named; 渔船编号 unlabelled; PDF copy."""
    c = Ctx(g, reg, f"{reg[2]}农业农村局", "农（渔）罚", year, review=f"{reg[2]}人民政府")
    c.agency = f"{reg[1]}{reg[2]}农业农村局"
    owner = g.name(3)
    crew = [g.name(3), g.name(2), g.minority()]
    born = g.born(1960, 1975)
    boat = f"{reg[5][0]}{reg[6]}渔{g.rng.randint(10000, 99999)}"
    t = c.head("行政处罚决定书")
    t += (
        f"当事人：{N(owner)}，男，{S('birth_date', cn(born))}出生，公民身份号码{S('id_number', g.id15(reg, born))}，"
        f"住{reg[2]}{S('address', g.village())}，系“{boat}”号渔船船主（船舶所有人），联系电话{S('phone', g.mobile())}。\n\n"
        f"    {K('date', cn(c.d_found))}凌晨，本局渔政执法人员在{K('location', reg[2] + '东部海域（北纬29°12′、东经122°08′附近）')}巡查时，发现“{boat}”号渔船在伏季休渔期间进行拖网作业，"
        f"现场查获渔获物约一千二百公斤。船上船员{N(crew[0])}、{N(crew[1])}、{N(crew[2])}三人，船长由{N(crew[0])}担任。{N(crew[0])}陈述系接船主{N(owner)}电话通知出海，"
        f"{N(crew[2])}称出海前曾提醒{N(owner)}尚在休渔期。\n"
        f"    以上事实有现场检查笔录、渔获物清点记录、船员询问笔录、执法记录仪视频等证据证实。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国渔业法》第三十条第一款')}的规定，依据{K('statute', '《中华人民共和国渔业法》第三十八条第一款')}的规定，"
        f"决定：1.没收渔获物；2.罚款{K('amount', '人民币伍万元整')}；3.没收违规网具。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, family="agri/fishing-crew", fmt="wrap")


def gen_agri_breeder(g: Gen, reg, year: int) -> dict:
    """不予处罚: a 养殖户 who used a banned veterinary drug unknowingly; supplier named; form."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}农业农村局", "农不罚", year)
    breeder, seller = g.name(3), g.name(3)
    born = g.born(1970, 1990)
    vil = g.village()
    t = c.head("不予行政处罚决定书")
    t += (
        f"当事人　　{N(breeder)}\n"
        f"性　　别　女\n"
        f"出生日期　{S('birth_date', f'{born.year}.{born.month:02d}.{born.day:02d}')}\n"
        f"身份证号　{S('id_number', g.id_for(reg, born, False))}\n"
        f"住　　所　{reg[2]}{S('address', vil)}\n"
        f"电　　话　{S('phone', phone_fmt(g.mobile(), 'dash'))}\n\n"
        f"    {K('date', cn(c.d_found))}，本局执法人员对当事人的蛋鸡养殖场进行检查，发现其使用的一批兽药系未取得兽药批准文号的产品。"
        f"经查，该批兽药系当事人从流动商贩{N(seller)}处购买，当事人能够提供{N(seller)}出具的收款凭证，且已全部停用、封存。"
        f"当事人有证据足以证明其没有主观过错。\n"
        f"    依据{K('statute', '《中华人民共和国行政处罚法》第三十三条第二款')}的规定，本局决定对当事人不予行政处罚。"
        f"本局已将{N(seller)}的违法线索移送{reg[2]}市场监督管理局处理。\n"
    )
    t += c.remedy() + c.sign()
    return doc(t, kind="不予行政处罚决定书", family="agri/breeder-no-penalty", fmt="form")


def gen_water(g: Gen, reg, year: int) -> dict:
    """水务: a farmer drilling a well without a permit; 送达 by post; PDF copy with 页码."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}水利局", "水罚", year)
    farmer, driller, son = g.name(3), g.name(3), g.name(2)
    born = g.born(1958, 1972)
    vil = g.village()
    t = c.head("行政处罚决定书")
    t += person(
        g,
        reg,
        farmer,
        born,
        addr=f"{reg[2]}{S('address', vil)}",
        phone=S("phone", landline_fmt(reg, g.rng, "space")),
    )
    t += (
        f"\n    {K('date', cn(c.d_found))}，本局执法人员巡查发现，当事人在其承包的大棚蔬菜地内新打机井一眼，井深约一百二十米，已安装水泵取水灌溉。"
        f"经查，该井由打井队负责人{N(driller)}承揽施工，当事人未办理取水许可，也未安装计量设施。当事人之子{N(son)}到场配合调查，并代为签收了现场检查笔录。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国水法》第四十八条第一款')}的规定，依据{K('statute', '《中华人民共和国水法》第六十九条第（一）项')}的规定，"
        f"决定：1.责令停止违法行为，限期封填机井；2.罚款{K('amount', '人民币贰万元')}。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    track = "11" + "".join(g.pick("0123456789") for _ in range(11))
    t += served(c, N(farmer), f"{reg[2]}{S('address', vil)}", None, how="邮寄送达", track=track)
    return doc(t, family="water/farmer-post", fmt="wrap")


# ---------------------------------------------------------------- 住建 / 物业
def gen_housing_owner(g: Gen, reg, year: int) -> dict:
    """责令改正通知书 (Markdown) to a 业主 who removed a load-bearing wall; 租户, 物业服务人员."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}住房和城乡建设局", "建责改", year)
    owner, tenant, pm_staff, foreman = g.name(3), g.name(3), g.name(3), g.name(3)
    prop_co = g.company(reg, "物业服务")
    room = g.home()
    t = f"# {K('agency', c.agency)}\n\n## 责令改正通知书\n\n{K('decision_number', c.num)}\n\n"
    t += (
        f"**{N(owner)}**（业主，不动产权证号：{S('property_cert', g.property_cert(reg, year - 4))}）：\n\n"
        f"{K('date', cn(c.d_found))}，本局接{K('company', prop_co)}报告，你所有的位于{reg[1]}{reg[2]}{S('address', room)}的住宅在装修过程中拆除室内承重墙。"
        f"经现场核查，该住宅目前由租户{N(tenant)}承租并委托装修，施工人员{N(foreman)}称系按租户要求施工。物业服务人员{N(pm_staff)}曾两次上门劝阻并发出整改通知，"
        f"{N(tenant)}未予理睬。\n\n"
        "### 违反的规定\n\n"
        f"- {K('statute', '《住宅室内装饰装修管理办法》第五条第一款第（一）项')}\n\n"
        "### 改正要求\n\n"
        f"1. 立即停止拆改承重结构的施工；\n2. 于{K('date', cn(c.d_sign + dt.timedelta(days=30)))}前委托原设计单位或具有相应资质的设计单位提出加固方案并实施加固；\n"
        "3. 整改完成后书面报告本局。\n\n"
        f"逾期不改正的，本局将依据{K('statute', '《住宅室内装饰装修管理办法》第三十八条')}的规定依法处理。\n\n"
        f"执法人员：{K('officer', c.officers[0])}（执法证号：{K('officer_cert', c.certs[0])}）、{K('officer', c.officers[1])}（执法证号：{K('officer_cert', c.certs[1])}）\n\n"
        f"{K('agency', c.agency)}  \n{K('date', cn(c.d_sign))}\n"
    )
    return doc(t, kind="责令改正通知书", family="housing/owner-tenant-md", ext=".md")


def gen_housing_builder(g: Gen, reg, year: int) -> dict:
    """A builder fined for unsafe scaffolding; 项目经理, 施工员, 包工头 named; 送达 to the company."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}住房和城乡建设局", "建罚", year)
    comp = g.company(reg, "建设工程")
    owner_co = f"{reg[1]}{g.pick(CO_WORDS)}置业有限公司"
    rep, pm, tech, crew_boss, clerk = g.name(3), g.name(3), g.name(2), g.name(3), g.name(3)
    site = (
        f"{reg[2]}{g.pick(STREETS)}与{g.pick(STREETS)}交叉口东南侧“{g.pick(ESTATES)}”二期项目工地"
    )
    reg_addr = f"{reg[1]}{reg[2]}{g.pick(STREETS)}{g.rng.randint(1, 300)}号{g.rng.randint(5, 20)}楼"
    t = c.head("行政处罚决定书")
    t += (
        f"当事人：{K('company', comp)}\n统一社会信用代码：{K('uscc', uscc(g.rng, reg[3]))}\n"
        f"住所：{K('org_address', reg_addr)}\n法定代表人：{K('legal_rep', rep)}\n\n"
        f"    {K('date', cn(c.d_found))}，本局对{K('location', site)}进行安全生产检查。该项目建设单位为{K('company', owner_co)}，施工总承包单位为当事人，"
        f"项目经理{N(pm)}（注册建造师，注册编号{reg[5][0]}{g.rng.randint(1000000, 9999999)}），施工员{N(tech)}。检查发现，7#楼外脚手架连墙件缺失，"
        f"部分作业人员未系安全带作业。劳务班组负责人（包工头）{N(crew_boss)}称，连墙件系为方便外墙施工被拆除，事先告知过{N(tech)}。"
        f"{N(pm)}当日不在岗，{N(tech)}称已向{N(pm)}电话汇报。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《建设工程安全生产管理条例》第二十八条第一款')}的规定，依据"
        f"{K('statute', '《建设工程安全生产管理条例》第六十五条第（四）项')}的规定，决定对当事人罚款{K('amount', '人民币拾伍万元')}。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    t += served(
        c, K("company", comp), K("org_address", reg_addr), f"{N(clerk)}（当事人办公室文员）"
    )
    return doc(t, party="legal", family="housing/builder-staff-served")


# ---------------------------------------------------------------- 城管
def gen_cg_vendor(g: Gen, reg, year: int) -> dict:
    """流动摊贩 on-the-spot form; minority name; tricycle without plate; compact."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}城市管理局", "城管当罚", year)
    vendor = g.minority()
    born = g.born(1975, 1995)
    t = c.head("当场处罚决定书")
    t += (
        f"被处罚人　{N(vendor)}　☑男 □女　民族：维吾尔族\n"
        f"身份证号　{S('id_number', g.id_for(reg, born))}\n"
        f"现 住 址　{reg[2]}{S('address', g.home())}\n"
        f"联系电话　{S('phone', g.mobile())}\n"
        f"违法时间　{K('date', cn(c.d_found))}19时40分\n"
        f"违法地点　{K('location', reg[2] + g.pick(STREETS) + '夜市入口人行道')}\n"
        f"违法行为　☑占道经营　□店外经营　□乱堆乱放\n"
        f"处罚依据　{K('statute', '《城市市容和环境卫生管理条例》第三十六条第（二）项')}\n"
        f"处罚决定　□警告　☑罚款（{K('amount', '50元')}）\n"
        f"缴纳方式　☑当场收缴　□银行缴纳\n"
        f"被处罚人签名：{N(vendor)}　　执法人员：{K('officer', c.officers[0])} {K('officer_cert', c.certs[0])}　{K('officer', c.officers[1])} {K('officer_cert', c.certs[1])}\n"
        f"{K('agency', c.agency)}\n"
    )
    return doc(t, kind="当场处罚决定书", family="cg/vendor-onspot-minority", fmt="form")


def gen_cg_shopfront(g: Gen, reg, year: int) -> dict:
    """责令改正通知书 to a 门前责任人: a shop named after its owner, addressed as 王老板."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}城市管理局", "城管责改", year)
    op, wife, clerk = g.name(3), g.name(3), g.name(2)
    shop = f"{N(op)}{g.pick(['五金店', '副食店', '汽修店'])}"
    prem = f"{reg[2]}{g.pick(STREETS)}{g.rng.randint(1, 300)}号"
    t = c.head("责令限期改正通知书")
    t += (
        f"{reg[2]}{shop}（门前责任人：{N(op)}）：\n"
        f"    {K('date', cn(c.d_found))}，本局执法队员巡查发现，你店（经营场所：{K('org_address', prem)}）在门前责任区内堆放废旧轮胎、铁架等物品，"
        f"占用人行道约十五平方米，且门前责任区内有油污未清理。现场店员{N(clerk)}称“{op[0]}老板”不在店内，随后{N(op)}之妻{N(wife)}到场并在现场检查笔录上签字。\n"
        f"    上述行为违反了{K('statute', '《城市市容和环境卫生管理条例》第十七条')}的规定，现责令你店于{K('date', cn(c.d_found + dt.timedelta(days=3)))}前清除门前堆放物品、清理油污。"
        "逾期不改正的，本局将依法予以处罚。\n"
    )
    t += c.sign()
    return doc(t, kind="责令限期改正通知书", family="cg/shopfront-title")


def gen_cg_minor(g: Gen, reg, year: int) -> dict:
    """A 17-year-old 流动摊贩 is the party (ID birth date): held; the mother is named."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}城市管理局", "城管罚决", year)
    born = dt.date(2009, g.rng.randint(1, 10), g.rng.randint(1, 28))
    party, mother = g.name(3), g.name(3)
    t = c.head("行政处罚决定书")
    t += person(g, reg, party, born, male=False, addr=f"{reg[2]}{S('address', g.village())}")
    t += f"法定代理人：{N(mother)}（系当事人之母），联系电话：{S('phone', g.mobile())}。\n\n"
    t += (
        f"    {K('date', cn(c.d_found))}，当事人在{K('location', reg[2] + g.pick(STREETS) + '学校门口')}设摊销售烧烤食品，经劝导后仍多次占道经营。"
        f"依据{K('statute', '《城市市容和环境卫生管理条例》第三十六条第（二）项')}，决定对当事人处以警告。\n"
    )
    assert age_on(born, PUBLICATION) < 18
    t += c.remedy() + c.sign()
    return doc(t, hold=True, family="held/minor-party")


# ---------------------------------------------------------------- 市场监管
def gen_mkt_livestream(g: Gen, reg, year: int) -> dict:
    """直播带货主播 (natural person) fined for false advertising; Markdown; consumers in a table."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}市场监督管理局", "市监罚", year)
    host, asst = g.name(3), g.name(2)
    cons = [g.name(3), g.compound(), g.name(3)]
    born = g.born(1994, 2002)
    shop_co = g.company(reg, "电子商务")
    nick = g.pick(["小鹿姐姐", "阿乐好物", "甜甜的店"])
    t = f"# {K('agency', c.agency)}\n\n# 行政处罚决定书\n\n{K('decision_number', c.num)}\n\n## 当事人基本情况\n\n"
    t += "| 项目 | 内容 |\n| :--- | :--- |\n"
    t += (
        f"| 姓名 | {N(host)} |\n| 网络昵称 | {nick} |\n| 出生日期 | {S('birth_date', f'{born:%Y年%m月%d日}')} |\n"
        f"| 身份证号码 | {S('id_number', g.id_for(reg, born, False))} |\n| 住址 | {reg[1]}{reg[2]}{S('address', g.home())} |\n"
        f"| 电子邮箱 | {S('email', ''.join(g.pick('abcdefghjkmnpqrstuvwxyz') for _ in range(6)) + str(born.year)[2:] + '@163.com')} |\n\n"
    )
    t += (
        "## 违法事实\n\n"
        f"{K('date', cn(c.d_found))}至{K('date', cn(c.d_found + dt.timedelta(days=20)))}，当事人在某短视频平台以“{nick}”账号直播销售{K('company', shop_co)}经销的“祛斑精华液”，"
        f"宣称“七天淡斑”“无效退款”。助播{N(asst)}负责上架链接和回复评论。经查，该产品为普通化妆品，不具有祛斑功效。共成交一千二百八十六单，以下消费者提出投诉：\n\n"
        "| 投诉人 | 联系电话 | 收货地址 |\n| --- | --- | --- |\n"
    )
    for cname in cons:
        r2 = g.pick(REGIONS)
        t += f"| {N(cname)} | {S('phone', g.mobile())} | {r2[1]}{r2[2]}{S('address', g.home())} |\n"
    t += (
        f"\n## 处罚依据和决定\n\n当事人的行为违反了{K('statute', '《中华人民共和国广告法》第二十八条第二款第（二）项')}的规定。"
        f"依据{K('statute', '《中华人民共和国广告法》第五十五条第一款')}的规定，决定：责令停止发布违法广告，罚款{K('amount', '人民币捌万元整')}。\n\n"
        "## 权利告知\n\n"
    )
    t += c.pay(indent="") + "\n" + c.remedy(indent="") + "\n"
    t += f"执法人员：{K('officer', c.officers[0])}（{K('officer_cert', c.certs[0])}）、{K('officer', c.officers[1])}（{K('officer_cert', c.certs[1])}）\n\n"
    t += f"{K('agency', c.agency)}  \n{K('date', cn(c.d_sign))}\n"
    return doc(t, family="market/livestream-md", ext=".md")


def gen_mkt_netshop(g: Gen, reg, year: int) -> dict:
    """网店经营者 selling fake goods; 快递员 and consumers; bank card; negation 密级：无; PDF copy."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}市场监督管理局", "市监罚", year)
    op, courier, cons, cousin = g.name(3), g.name(3), g.name(3), g.name(3)
    born = g.born(1988, 1999)
    card = g.card()
    t = "密级：无\n" + c.head("行政处罚决定书")
    t += person(
        g,
        reg,
        op,
        born,
        addr=f"{reg[1]}{reg[2]}{S('address', g.home())}",
        phone=S("phone", phone_fmt(g.mobile(), "dash")),
    )
    t += (
        f"网店名称：某电商平台“{g.pick(['潮牌小仓', '正品折扣屋', '名品汇'])}”店铺\n\n"
        f"    {K('date', cn(c.d_found))}，本局接到消费者{N(cons)}举报，称其在当事人网店购买的运动鞋疑似假冒注册商标商品。"
        f"经查，当事人在其租住的住宅内存放运动鞋二百余双，经商标权利人鉴定均为假冒。"
        f"快递员{N(courier)}证实，当事人每天通过其揽收发货三十单左右，寄件人姓名填写为其表弟{N(cousin)}。"
        f"当事人销售货款通过平台结算至其本人银行账户（{S('bank_account', card)}），违法经营额共计{K('amount', '人民币陆万叁仟肆佰元')}。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国商标法》第五十七条第（三）项')}的规定，依据{K('statute', '《中华人民共和国商标法》第六十条第二款')}，"
        f"决定：1.没收、销毁侵权商品；2.罚款{K('amount', '人民币壹拾玖万元')}。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, family="market/netshop-negation", fmt="wrap")


def gen_mkt_takeout(g: Gen, reg, year: int) -> dict:
    """A restaurant (个体工商户) fined; 外卖骑手 and a consumer witness; narrative, many mentions."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}市场监督管理局", "市监罚", year)
    op, rider, cons, cook = g.name(3), g.name(3), g.name(2), g.name(3)
    born = g.born(1980, 1993)
    prem = f"{reg[1]}{reg[2]}{g.pick(STREETS)}{g.rng.randint(1, 300)}号一层"
    rider_plate = g.plate_ev(reg)
    t = c.head("行政处罚决定书")
    t += (
        f"当事人：{reg[2]}{g.pick(['湘味', '川香', '老灶台'])}小馆（个体工商户）\n"
        f"经营者：{N(op)}　身份证号：{S('id_number', g.id_for(reg, born))}\n"
        f"统一社会信用代码：{K('uscc', uscc(g.rng, reg[3], '92'))}　经营场所：{K('org_address', prem)}\n\n"
        f"    {K('date', cn(c.d_found))}，消费者{N(cons)}通过外卖平台订餐后，发现餐食中有一只死蟑螂，遂投诉。"
        f"经调查，送餐的外卖骑手{N(rider)}陈述，其到店取餐时餐盒已封口，送餐途中未打开过，{N(rider)}驾驶的电动车（号牌{S('license_plate', rider_plate)}）行驶轨迹显示全程未停留。"
        f"本局执法人员随即对当事人后厨检查，发现后厨有蟑螂活动痕迹，防蝇防鼠设施缺失。厨师{N(cook)}承认已一个多月未做虫害消杀。"
        f"{N(op)}辩称蟑螂可能来自骑手保温箱，但{N(rider)}的保温箱经检查干净整洁，{N(cons)}亦提供了开箱视频。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国食品安全法》第三十三条第一款第（一）项')}的规定，依据"
        f"{K('statute', '《中华人民共和国食品安全法》第一百二十六条第一款第（五）项')}，决定给予警告，并处罚款{K('amount', '人民币伍仟元')}。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, family="market/takeout-rider")


# ---------------------------------------------------------------- 消防 / 烟草 / 人社
def gen_fire(g: Gen, reg, year: int) -> dict:
    """消防: a Hong Kong 房屋产权人 and the 实际使用人 of a shop; property cert; 送达."""
    c = Ctx(
        g,
        reg,
        f"{reg[1]}{reg[2]}消防救援大队",
        "消行罚决字",
        year,
        review=f"{reg[1]}消防救援支队",
        court=f"{reg[2]}人民法院",
    )
    user, owner, worker = g.name(3), g.pick(["陳志強", "黃婉婷", "梁家輝"]), g.name(2)
    g.used.add(owner)
    born = g.born(1978, 1992)
    shop = f"{reg[1]}{reg[2]}{g.pick(STREETS)}{g.rng.randint(1, 300)}号一至二层商铺"
    permit = "C" + "".join(g.pick("0123456789") for _ in range(8))
    home = g.home()
    t = c.head("行政处罚决定书")
    t += (
        f"被处罚人：{N(user)}，男，{S('birth_date', cn(born))}出生，公民身份号码：{S('id_number', g.id_for(reg, born))}，"
        f"住址：{reg[1]}{reg[2]}{S('address', home)}，系{K('location', shop)}的实际使用人。\n\n"
        f"    经查，{K('date', cn(c.d_found))}，我大队监督员对{K('location', shop)}进行消防监督检查，发现该场所二层被改作员工宿舍，与一层餐饮经营区域未进行防火分隔，"
        f"且一层安全出口被杂物封堵。该商铺产权人为香港居民{N(owner)}（港澳居民来往内地通行证号码：{S('passport', permit)}，"
        f"不动产权证号：{S('property_cert', g.property_cert(reg, year - 9))}），已将商铺整体出租给被处罚人。住在二层的员工{N(worker)}称宿舍系被处罚人安排。\n"
        f"    被处罚人的行为违反了{K('statute', '《中华人民共和国消防法》第二十八条')}的规定，依据{K('statute', '《中华人民共和国消防法》第六十条第一款第（三）项')}，"
        f"决定给予被处罚人罚款{K('amount', '人民币伍仟元整')}的处罚。同时已书面告知产权人{N(owner)}履行出租房屋消防安全管理责任。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    t += served(c, N(user), f"{reg[1]}{reg[2]}{S('address', home)}", N(user))
    return doc(t, family="fire/owner-user-served")


def gen_tobacco_seizure(g: Gen, reg, year: int) -> dict:
    """烟草: 先行登记保存 of cigarettes in a shop without a licence (Markdown inventory)."""
    c = Ctx(g, reg, f"{reg[2]}烟草专卖局", "烟存", year, review=f"{reg[1]}烟草专卖局")
    c.agency = f"{reg[1]}{reg[2]}烟草专卖局"
    op, witness = g.name(3), g.name(3)
    born = g.born(1965, 1985)
    prem = f"{reg[2]}{g.pick(TOWNS)}{g.pick(STREETS)}{g.rng.randint(1, 99)}号"
    t = f"## {K('agency', c.agency)}\n\n### 证据先行登记保存通知书\n\n{K('decision_number', c.num)}\n\n"
    t += (
        f"当事人：{N(op)}（{reg[2]}某便利店经营者）  \n身份证号：{S('id_number', g.id_for(reg, born))}  \n"
        f"经营地址：{K('location', prem)}  \n联系电话：{S('phone', landline_fmt(reg, g.rng, 'dash'))}\n\n"
        f"{K('date', cn(c.d_found))}，本局专卖管理人员在你处检查时发现你未取得烟草专卖零售许可证经营卷烟。"
        f"依据{K('statute', '《中华人民共和国行政处罚法》第五十六条')}的规定，对下列物品先行登记保存：\n\n"
        "| 品名 | 规格 | 数量（条） |\n| --- | --- | --- |\n| 中华（硬） | 84mm | 12 |\n| 利群（新版） | 84mm | 20 |\n| 云烟（紫） | 84mm | 15 |\n\n"
        f"在场见证人：{N(witness)}（邻近商户）  \n当事人签名：{N(op)}  \n"
        f"专卖管理人员：{K('officer', c.officers[0])}（{K('officer_cert', c.certs[0])}）、{K('officer', c.officers[1])}（{K('officer_cert', c.certs[1])}）\n\n"
        f"{K('agency', c.agency)}  \n{K('date', cn(c.d_found))}\n"
    )
    return doc(t, kind="证据先行登记保存通知书", family="tobacco/register-md", ext=".md")


def gen_tobacco_decision(g: Gen, reg, year: int) -> dict:
    """烟草 decision on a shop owner (王老板-style), supplier with no role word, bank account."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}烟草专卖局", "烟罚", year, review=f"{reg[1]}烟草专卖局")
    op, supplier, driver = g.name(3), g.name(3), g.name(3)
    born = g.born(1970, 1988)
    plate = g.plate(reg)
    card = g.card()
    t = c.head("行政处罚决定书")
    t += person(
        g,
        reg,
        op,
        born,
        addr=f"{reg[2]}{S('address', g.village())}",
        phone=S("phone", phone_fmt(g.mobile(), "space")),
    )
    t += (
        f"\n    {K('date', cn(c.d_found))}，本局在{K('location', reg[2] + g.pick(TOWNS) + '农贸市场' + str(g.rng.randint(1, 60)) + '号摊位')}查获当事人无烟草专卖零售许可证销售卷烟，"
        f"现场周边摊主均称其为“{op[0]}老板”。经查，涉案卷烟系当事人从{N(supplier)}处购进，由{N(driver)}驾驶{S('license_plate', plate)}号小型面包车送货，"
        f"货款通过当事人名下账户{S('bank_account', card)}转账支付。{N(supplier)}另案处理。\n"
        f"    当事人的行为违反了{K('statute', '《中华人民共和国烟草专卖法实施条例》第二十三条第二款')}的规定，依据"
        f"{K('statute', '《中华人民共和国烟草专卖法实施条例》第五十七条')}，决定：没收违法所得{K('amount', '人民币壹仟贰佰元')}，处罚款{K('amount', '人民币捌仟元')}。\n"
    )
    t += c.told() + c.pay() + c.remedy() + c.sign()
    return doc(t, family="tobacco/shop-supplier")


def gen_hrss(g: Gen, reg, year: int) -> dict:
    """人社: 用人单位 owing wages; 包工头 and 劳动者 with IDs and bank cards in a table (Markdown)."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}人力资源和社会保障局", "人社监罚", year)
    comp = g.company(reg, "建筑劳务")
    rep, boss = g.name(3), g.name(3)
    workers = [g.name(3), g.name(3), g.name(2), g.minority()]
    t = f"# {K('agency', c.agency)}\n\n# 劳动保障监察行政处罚决定书\n\n{K('decision_number', c.num)}\n\n"
    t += (
        f"**用人单位**：{K('company', comp)}  \n**统一社会信用代码**：{K('uscc', uscc(g.rng, reg[3]))}  \n"
        f"**法定代表人**：{K('legal_rep', rep)}  \n**住所**：{K('org_address', reg[1] + reg[2] + g.pick(STREETS) + str(g.rng.randint(1, 300)) + '号')}\n\n"
        "## 一、违法事实\n\n"
        f"经查，用人单位承接{K('location', reg[2] + '城南安置房项目')}劳务分包后，将木工作业交由不具备用工主体资格的包工头{N(boss)}组织施工。"
        f"至{K('date', cn(c.d_found))}，拖欠{N(boss)}班组劳动者工资共计{K('amount', '人民币叁拾肆万陆仟元')}。部分劳动者情况如下：\n\n"
        "| 姓名 | 身份证号 | 工资卡号 | 欠薪金额 |\n| --- | --- | --- | --- |\n"
    )
    for w in workers:
        b = g.born(1965, 1995)
        t += f"| {N(w)} | {S('id_number', g.id_for(reg, b))} | {S('bank_account', g.card())} | {K('amount', str(g.rng.randint(18, 46)) + '600元')} |\n"
    t += (
        f"\n{N(workers[0])}代表班组劳动者投诉，{N(boss)}称工程款未结清故无力支付。本局于{K('date', cn(c.d_found + dt.timedelta(days=5)))}向用人单位下达"
        f"《劳动保障监察限期改正指令书》，用人单位逾期未支付。\n\n"
        "## 二、处罚依据和决定\n\n"
        f"用人单位的行为违反了{K('statute', '《保障农民工工资支付条例》第三十条第一款')}的规定，依据{K('statute', '《保障农民工工资支付条例》第五十七条')}，"
        f"决定：对用人单位处以罚款{K('amount', '人民币伍万元')}。\n\n"
    )
    t += c.pay(indent="") + "\n" + c.remedy(indent="") + "\n"
    t += f"劳动保障监察员：{K('officer', c.officers[0])}（{K('officer_cert', c.certs[0])}）、{K('officer', c.officers[1])}（{K('officer_cert', c.certs[1])}）\n\n"
    t += f"{K('agency', c.agency)}  \n{K('date', cn(c.d_sign))}\n"
    return doc(t, party="legal", family="hrss/workers-md", ext=".md")


def gen_hrss_contractor(g: Gen, reg, year: int) -> dict:
    """人社 责令改正 to an employer (个体 restaurant) for not signing contracts; 劳动者 narrative."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}人力资源和社会保障局", "人社监改", year)
    op, w1, w2, mother = g.name(3), g.name(3), g.name(3), g.name(3)
    prem = f"{reg[2]}{g.pick(STREETS)}{g.rng.randint(1, 300)}号"
    t = c.head("劳动保障监察限期改正指令书")
    t += (
        f"{reg[2]}{g.pick(['好再来', '一品香', '聚福'])}酒楼（个体工商户，经营者{N(op)}，统一社会信用代码{K('uscc', uscc(g.rng, reg[3], '92'))}，经营场所{K('org_address', prem)}）：\n"
        f"    经查，你单位招用劳动者{N(w1)}、{N(w2)}等九人，均未订立书面劳动合同。{N(w1)}于{K('date', cn(c.d_found))}投诉，称其在你单位担任厨师已满十四个月。"
        f"{N(w2)}的母亲{N(mother)}（联系电话{S('phone', g.mobile())}）反映，{N(w2)}入职时仅十七周岁，现已成年。\n"
        f"    上述行为违反了{K('statute', '《中华人民共和国劳动合同法》第十条')}的规定。依据{K('statute', '《劳动保障监察条例》第十八条')}的规定，"
        f"现责令你单位于{K('date', cn(c.d_sign + dt.timedelta(days=15)))}前与上述劳动者补签书面劳动合同，并将改正情况报送本局。\n"
    )
    t += c.sign()
    return doc(t, kind="劳动保障监察限期改正指令书", family="hrss/rectify-narrative")


def gen_edu_hearing(g: Gen, reg, year: int) -> dict:
    """听证告知书 to a training company: students are minors but not the party (not held)."""
    c = Ctx(g, reg, f"{reg[1]}{reg[2]}教育局", "教听告", year)
    comp = g.company(reg, "文化艺术培训")
    rep, parent, student = g.name(3), g.name(3), g.name(3)
    sb = dt.date(2015, g.rng.randint(1, 12), g.rng.randint(1, 28))
    t = c.head("行政处罚听证告知书")
    t += (
        f"{K('company', comp)}（统一社会信用代码：{K('uscc', uscc(g.rng, reg[3]))}，法定代表人：{K('legal_rep', rep)}）：\n"
        f"    经查，你单位以“艺术素养”课程名义，在学期内组织义务教育阶段学生开展语文、数学学科类培训。学员家长{N(parent)}"
        f"（联系电话：{S('phone', phone_fmt(g.mobile(), 'plus86'))}）举报，其子{N(student)}（{S('birth_date', cn(sb))}出生）在该课程中使用的是小学数学教材。"
        f"你单位违规收费共计{K('amount', '人民币贰拾叁万元')}。\n"
        f"    依据{K('statute', '《校外培训行政处罚暂行办法》第十五条')}的规定，本局拟对你单位作出责令改正、退还所收费用并处罚款{K('amount', '人民币拾万元')}的行政处罚。"
        "你单位有权要求举行听证，应在收到本告知书之日起五日内提出。\n"
    )
    t += c.sign()
    t += "\n本告知书不涉及国家秘密、商业秘密，依法予以公开。\n"
    return doc(t, kind="行政处罚听证告知书", party="legal", family="edu/hearing-minor-not-party")


# ---------------------------------------------------------------- noisy formats
FOOTERS = ["- {p} -", "— {p} —", "第 {p} 页 共 {n} 页"]
SPLITTABLE = {"address", "id_number", "phone", "bank_account", "property_cert"}
STRAY_WORDS = ["当事人", "经查", "本局认为", "依据", "的规定", "决定"]


def wrap(segs, rng: random.Random, lo: int, hi: int):
    """Hard line breaks every lo..hi characters as in text copied from a PDF, inside sensitive
    numbers and addresses too but never inside a name or a keep span; page numbers between
    lines; a few stray spaces inside unlabelled words."""
    out = []
    state = {"col": 0, "width": rng.randint(lo, hi), "lines": 0, "page": 1}
    footer_every = rng.randint(7, 11)
    footer = rng.choice(FOOTERS)

    def brk(plain: bool) -> str:
        state["col"], state["width"] = 0, rng.randint(lo, hi)
        state["lines"] += 1
        if plain and state["lines"] >= footer_every:
            state["lines"] = 0
            state["page"] += 1
            return "\n\n" + footer.format(p=state["page"] - 1, n=4) + "\n\n"
        return "\n"

    pending = False
    for text, role, kind in segs:
        if role is None:
            for w in STRAY_WORDS:
                if w in text and rng.random() < 0.3:
                    text = text.replace(w, " ".join(w) if len(w) <= 3 else w[:2] + " " + w[2:], 1)
        if pending:
            pending = False
            if not text.startswith("\n"):
                out.append([brk(True), None, None])
        can_split = role is None or (role == "S" and kind in SPLITTABLE)
        buf = ""
        for i, ch in enumerate(text):
            buf += ch
            if ch == "\n":
                state["col"], state["width"] = 0, rng.randint(lo, hi)
                continue
            state["col"] += 1
            if state["col"] < state["width"]:
                continue
            if i == len(text) - 1:
                pending = True
            elif text[i + 1] == "\n":
                continue
            elif can_split:
                buf += brk(role is None)
        out.append([buf, role, kind])
    return out


# ---------------------------------------------------------------- plan
def plan() -> list:
    R = REGIONS
    return [
        lambda g: gen_ems_company(g, R[0], 2025),
        lambda g: gen_ems_principal(g, R[1], 2024),
        lambda g: gen_ems_seizure(g, R[11], 2025),
        lambda g: gen_ems_onspot(g, R[2], 2026),
        lambda g: gen_ems_record(g, R[3], 2025),
        lambda g: gen_ems_marked(g, R[4], 2024),
        lambda g: gen_eco_company(g, R[6], 2025),
        lambda g: gen_eco_nopenalty(g, R[7], 2024),
        lambda g: gen_eco_release(g, R[2], 2025),
        lambda g: gen_health_doctor(g, R[9], 2025),
        lambda g: gen_health_clinic_notice(g, R[10], 2024),
        lambda g: gen_health_held(g, R[5], 2025),
        lambda g: gen_edu_organizer(g, R[3], 2024),
        lambda g: gen_edu_company_notice(g, R[7], 2025),
        lambda g: gen_edu_hearing(g, R[11], 2026),
        lambda g: gen_tour_guide(g, R[4], 2025),
        lambda g: gen_tour_outbound(g, R[10], 2024),
        lambda g: gen_tour_broker(g, R[5], 2026),
        lambda g: gen_ridehail_onspot(g, R[6], 2025),
        lambda g: gen_taxi(g, R[9], 2024),
        lambda g: gen_trans_seizure(g, R[1], 2025),
        lambda g: gen_trans_release(g, R[2], 2025),
        lambda g: gen_trans_company(g, R[8], 2024),
        lambda g: gen_trans_approval(g, R[0], 2026),
        lambda g: gen_land_farmer(g, R[5], 2025),
        lambda g: gen_fish_boat(g, R[0], 2024),
        lambda g: gen_agri_breeder(g, R[3], 2025),
        lambda g: gen_water(g, R[2], 2024),
        lambda g: gen_housing_owner(g, R[9], 2025),
        lambda g: gen_housing_builder(g, R[7], 2025),
        lambda g: gen_cg_vendor(g, R[8], 2025),
        lambda g: gen_cg_shopfront(g, R[6], 2024),
        lambda g: gen_cg_minor(g, R[4], 2026),
        lambda g: gen_mkt_livestream(g, R[11], 2025),
        lambda g: gen_mkt_netshop(g, R[1], 2025),
        lambda g: gen_mkt_takeout(g, R[3], 2026),
        lambda g: gen_fire(g, R[6], 2025),
        lambda g: gen_tobacco_seizure(g, R[4], 2025),
        lambda g: gen_tobacco_decision(g, R[10], 2024),
        lambda g: gen_hrss(g, R[1], 2025),
        lambda g: gen_hrss_contractor(g, R[8], 2026),
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
        segs = parse_segments(d["markup"])
        if d["fmt"] == "wrap":
            segs = wrap(segs, rng, 26, 38)
        text, spans = render_segments(segs)
        sens, keep, seen = [], [], set()
        for _s, _e, role, kind, t in sorted(spans, key=lambda x: "\n" in x[4]):
            # one label per name or number: the scorer already reads names without whitespace
            # and numbers without separators, so a wrapped copy adds nothing
            if kind in NUMERIC:
                key = (
                    role,
                    kind,
                    scorer.digits_view(t),
                    re.sub(r"[\d\s\-]", "", t.translate(scorer.WIDE)),
                )
            else:
                key = (role, kind, re.sub(r"\s+", "", t) if kind == "person_name" else t)
            if key in seen:
                continue
            seen.add(key)
            (sens if role == "S" else keep).append({"kind": kind, "text": t})
        fname = f"docs/{i:04d}{d['ext']}"
        labels = {
            "file": fname,
            "family": d["family"] + ("/pdf-wrap" if d["fmt"] == "wrap" else ""),
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
