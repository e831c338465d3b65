#!/usr/bin/env python3
"""Generate the held-out "hard-realistic" redaction corpus (docs/ + labels.json).

Written as an independent examiner would: documents as agencies publish them on 公示 pages and
as they come out of Word/PDF conversion, with long 经查明 narratives in which private people
recur by bare name, by kinship word (其妻, 其子, 岳母, 外甥), by nickname or 小名; names that
are also words or places (江山, 金星, 常青, 向阳, 万里, 华山 …), rare and compound surnames;
officers and private people with overlapping names (李明 / 李明华); home addresses written many
ways next to business premises that stay; phones and IDs in parentheses, lists joined by 、,
Markdown and tab-separated tables of persons, 送达 blocks, signature blocks, 抄送 lists; and
conversion noise (PDF wraps inside names and numbers, page footers, stray running headers, CRLF,
full-width digits, NBSP, zero-width spaces, spaced headings, bullets).

Labelling conventions (DESIGN.md §4, policy spc-2016, as in the dev corpus):
- person_name (sensitive): every natural person who is not an officer, a legal representative
  (of a legal person) or a lawyer: parties, 个体工商户 operators, relatives, witnesses,
  complainants, employees, passengers, non-lawyer agents; a 小名 written as a full name too.
  Forms of address built on a surname only (王经理, 李师傅, 张会计, 老周) are not labelled: they
  reveal no more than the 王某 form; the full name they stand for is labelled where it occurs.
- address (sensitive): a natural person's home / 户籍 / 暂住 / 送达 address below the district
  or county. Kept: business premises (location), registered addresses (org_address), the
  places of the offence (location), the agency's address.
- A name written with a PDF wrap or a zero-width space inside it is its own label (the scorer
  reads names without whitespace); such a name also occurs plainly in the same document.
- Held: a confidentiality marking (机密★5年, 秘密★1年), 内部资料, 此件不公开, 依申请公开, a
  statement that the text holds trade secrets, a minor party (age from the ID's birth date on
  2026-11-25), a process document (询问笔录, 集体讨论记录, 立案审批表). Not held: negations
  (不涉及国家秘密、商业秘密), 密级：无, a party aged exactly 18 on 2026-11-25, a decision that
  penalises the infringement of someone's trade secret without disclosing it, a shop named
  秘密花园, a decision listing 询问笔录 among its evidence.

Deterministic (fixed seed); everything is fictional; ID numbers, bank cards and credit codes
carry valid check characters.

    cd tests/redaction/hard-realistic && python3 make_corpus.py
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
SEED = 7113
TODAY = dt.date(2026, 11, 25)

# province, city, county, region code, area code, plate prefix, short prefix, towns, villages
REGIONS = [
    (
        "湖北省",
        "宜昌市",
        "夷陵区",
        "420506",
        "0717",
        "鄂E",
        "夷",
        ["小溪塔街道", "龙泉镇", "鸦鹊岭镇"],
        ["双堰村", "许家冲村", "青岗坪村"],
    ),
    (
        "河南省",
        "洛阳市",
        "栾川县",
        "410324",
        "0379",
        "豫C",
        "栾",
        ["赤土店镇", "潭头镇", "合峪镇"],
        ["马超营村", "纸房村", "庙湾村"],
    ),
    (
        "安徽省",
        "阜阳市",
        "临泉县",
        "341221",
        "0558",
        "皖K",
        "临",
        ["迎仙镇", "杨桥镇", "韦寨镇"],
        ["前营村", "大王庄村", "后湖村"],
    ),
    (
        "江西省",
        "赣州市",
        "于都县",
        "360731",
        "0797",
        "赣B",
        "于",
        ["贡江镇", "银坑镇", "岭背镇"],
        ["水头村", "上欧村", "孟口村"],
    ),
    (
        "贵州省",
        "遵义市",
        "湄潭县",
        "520328",
        "0851",
        "贵C",
        "湄",
        ["永兴镇", "复兴镇", "抄乐镇"],
        ["核桃坝村", "落花屯村", "茅坝村"],
    ),
    (
        "陕西省",
        "汉中市",
        "城固县",
        "610722",
        "0916",
        "陕F",
        "城",
        ["博望街道", "原公镇", "沙河营镇"],
        ["柳家寨村", "韩家营村", "宝山村"],
    ),
    (
        "辽宁省",
        "大连市",
        "金州区",
        "210213",
        "0411",
        "辽B",
        "金",
        ["友谊街道", "大魏家街道", "向应街道"],
        ["东沟村", "石河村", "土门子村"],
    ),
    (
        "广东省",
        "佛山市",
        "顺德区",
        "440606",
        "0757",
        "粤X",
        "顺",
        ["容桂街道", "勒流街道", "均安镇"],
        ["扶闾村", "龙眼村", "沙头村"],
    ),
    (
        "浙江省",
        "台州市",
        "温岭市",
        "331081",
        "0576",
        "浙J",
        "温",
        ["城东街道", "箬横镇", "松门镇"],
        ["礁山村", "南浜村", "上马村"],
    ),
    (
        "山西省",
        "晋中市",
        "太谷区",
        "140703",
        "0354",
        "晋K",
        "太",
        ["明星镇", "胡村镇", "范村镇"],
        ["北洸村", "东里村", "阳邑村"],
    ),
]

OFFICERS = [
    "郇立新",
    "亓振宇",
    "戚晓岚",
    "蒲志勇",
    "卢婧",
    "晏子骞",
    "柯文辉",
    "庞雪梅",
    "廉清",
    "揭东海",
    "甘露",
    "阮国梁",
    "祁红",
    "鲍一鸣",
    "查海涛",
    "仲秋菊",
    "尚飞",
    "官学军",
]
STREETS = [
    "光明路",
    "建设大道",
    "民主街",
    "新华路",
    "胜利街",
    "东风路",
    "工农路",
    "前进路",
    "和顺街",
]
ESTATES = [
    "丽景苑",
    "锦绣家园",
    "御景湾",
    "桂花园小区",
    "滨河花园",
    "碧水蓝庭",
    "怡和新村",
    "金色家园",
]
ABBR = {
    "湖北省": "鄂",
    "河南省": "豫",
    "安徽省": "皖",
    "江西省": "赣",
    "贵州省": "黔",
    "陕西省": "陕",
    "辽宁省": "辽",
    "广东省": "粤",
    "浙江省": "浙",
    "山西省": "晋",
}
COMMON = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢崔钟谭陆汪范石廖贾夏韦邹孟熊秦邱尹薛段雷侯史陶黎贺顾毛郝龚邵严覃武戴莫孔汤"
RARE = "仝亓訾逄眭竺禤冼晏郇"
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "皇甫", "令狐", "慕容", "夏侯", "端木", "公孙"]
GIVEN2 = [
    "秋生",
    "晓燕",
    "建华",
    "德胜",
    "玉兰",
    "桂芳",
    "志强",
    "淑珍",
    "春梅",
    "永福",
    "爱民",
    "红霞",
    "卫东",
    "丽娟",
    "小军",
    "金凤",
    "德旺",
    "秀英",
    "家豪",
    "梓涵",
    "浩然",
    "子墨",
    "俊熙",
    "满仓",
    "福顺",
    "根生",
    "月娥",
    "新民",
    "振华",
    "亚楠",
    "思彤",
    "婉婷",
    "嘉怡",
    "长顺",
    "冬梅",
    "来喜",
    "三妹",
    "铁柱",
    "素芬",
    "耀祖",
    "宝珠",
    "赟杰",
    "玥彤",
    "喆轩",
    "堃明",
    "昕悦",
    "犇犇",
    "淼淼",
    "翀远",
    "頔婷",
    "燚鑫",
    "彧辰",
]
GIVEN1 = [
    "磊",
    "娟",
    "勇",
    "静",
    "敏",
    "涛",
    "斌",
    "芳",
    "丹",
    "燕",
    "鹏",
    "霞",
    "萍",
    "珺",
    "旻",
    "堃",
]
WORD_FULL = ["江山", "金星", "常青", "向阳", "万里", "华山", "高原", "方圆", "白云", "安宁"]
WORD_GIVEN = ["文静", "海燕", "建国", "国庆", "和平", "建军", "胜利", "红旗", "跃进", "卫国"]
NICKS = ["二娃", "三毛", "小胖", "狗蛋", "幺妹", "铁蛋", "黑娃", "小六"]


class Gen:
    def __init__(self, rng: random.Random):
        self.rng = rng

    def pick(self, seq):
        return self.rng.choice(seq)

    def born(self, lo=1958, hi=1999) -> dt.date:
        return dt.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def pid(self, reg, born: dt.date, male=True) -> str:
        seq = self.rng.randint(100, 998)
        if seq % 2 != male:
            seq += 1
        return id18(reg[3], born, seq)

    def mobile(self) -> str:
        return self.pick(["139", "136", "150", "157", "183", "189", "173", "166", "198"]) + "".join(
            self.pick("0123456789") for _ in range(8)
        )

    def landline(self, reg) -> str:
        return f"{reg[4]}-{self.rng.randint(3, 8)}{self.rng.randint(0, 9999999):07d}"

    def card(self) -> str:
        return luhn(
            self.pick(["622588", "621661", "622700", "623668", "621483"])
            + "".join(self.pick("0123456789") for _ in range(12))
        )

    def urban(self) -> str:
        r = self.rng
        return f"{r.choice(STREETS)}{r.randint(5, 399)}号{r.choice(ESTATES)}{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(1, 28)}0{r.randint(1, 4)}室"

    def rural(self, reg) -> str:
        r = self.rng
        return f"{r.choice(reg[7])}{r.choice(reg[8])}{r.randint(1, 15)}组{r.randint(1, 88)}号"

    def plate(self, reg) -> str:
        r = self.rng
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        return reg[5] + r.choice(letters) + "".join(r.choice("0123456789") for _ in range(4))

    def cert(self, reg) -> str:
        r = self.rng
        return r.choice(
            [
                lambda: f"{reg[3][:2]}{r.randint(1000000, 9999999)}{r.randint(100, 999)}",
                lambda: f"{ABBR[reg[0]]}{reg[3][:4]}{r.randint(1000, 9999)}",
                lambda: f"ZF{reg[3]}{r.randint(100, 999)}",
            ]
        )()

    def day(self, year: int, lo=1, hi=8) -> dt.date:
        return dt.date(year, self.rng.randint(lo, hi), self.rng.randint(1, 27))


class People:
    """Distinct fictional names for one document; no name contains another unless asked."""

    def __init__(self, g: Gen, taken=()):
        self.g, self.used = g, list(taken)

    def _ok(self, n):
        return all(n not in u and u not in n for u in self.used)

    def new(self, style="any", surname=None) -> str:
        g = self.g
        for _ in range(500):
            st = (
                style
                if style != "any"
                else g.pick(["c2", "c2", "c2", "c1", "rare", "comp", "wordg", "rareg"])
            )
            sur = surname or {"rare": g.pick(RARE), "comp": g.pick(COMPOUND)}.get(
                st, g.pick(COMMON)
            )
            if st == "word":
                n = g.pick(WORD_FULL)
            elif st == "wordg":
                n = sur + g.pick(WORD_GIVEN)
            elif st == "c1":
                n = sur + g.pick(GIVEN1)
            elif st == "rareg":
                n = sur + g.pick(GIVEN2[-10:])
            else:
                n = sur + g.pick(GIVEN2)
            if self._ok(n):
                self.used.append(n)
                return n
        raise RuntimeError("no name")


class Ctx:
    def __init__(self, g: Gen, reg, kind: str, code: str, year: int):
        self.g, self.reg, self.year = g, reg, year
        self.county = reg[2]
        self.agency = f"{reg[1]}{reg[2]}{kind}"
        self.num = f"{reg[6]}{code}〔{year}〕{g.rng.randint(3, 899)}号"
        self.found = g.day(year, 1, 6)
        self.filed = self.found + dt.timedelta(days=g.rng.randint(1, 4))
        self.notice = self.found + dt.timedelta(days=g.rng.randint(20, 45))
        self.sign_day = self.notice + dt.timedelta(days=g.rng.randint(9, 25))
        self.off = g.rng.sample(OFFICERS, 2)
        self.certs = [g.cert(reg), g.cert(reg)]
        self.addr = f"{reg[1]}{reg[2]}{g.pick(['政务服务中心路', '府前街', '行政中心东路', '育才路'])}{g.rng.randint(1, 199)}号"
        self.phone = g.landline(reg)

    def head(self, title="行政处罚决定书", spaced=False):
        t = " ".join(title) if spaced else title
        return f"{K('agency', self.agency)}\n{t}\n{K('decision_number', self.num)}\n\n"

    def told(self, said="当事人在法定期限内未提出陈述、申辩。"):
        return (
            f"    {K('date', cn(self.notice))}，本机关依法向当事人送达了《行政处罚告知书》，告知其拟作出行政处罚的事实、理由、依据"
            f"及其依法享有的权利。{said}\n"
        )

    def remedy(self):
        return (
            f"    当事人应自收到本决定书之日起十五日内缴纳罚款。逾期不缴纳的，依据{K('statute', '《中华人民共和国行政处罚法》第七十二条第一款第（一）项')}"
            f"的规定，每日按罚款数额的百分之三加处罚款。如不服本决定，可在收到本决定书之日起六十日内向{self.reg[1]}{self.reg[2]}人民政府申请行政复议，"
            f"或者在六个月内向{self.reg[2]}人民法院提起行政诉讼。\n"
        )

    def officers(self, label="执法人员"):
        o, c = self.off, self.certs
        return f"{label}：{K('officer', o[0])}（执法证号：{K('officer_cert', c[0])}）、{K('officer', o[1])}（执法证号：{K('officer_cert', c[1])}）\n"

    def sign(self, officers=True):
        t = "\n" + (self.officers() if officers else "")
        t += f"地址：{K('agency_address', self.addr)}　联系电话：{K('agency_phone', self.phone)}　投诉监督：{K('agency_phone', '12345')}\n\n"
        return t + f"{K('agency', self.agency)}\n{K('date', cn(self.sign_day))}\n"


def doc(markup, hold=False, party="natural", kind="行政处罚决定书", family="", fmt="plain"):
    return dict(markup=markup, hold=hold, party=party, kind=kind, family=family, fmt=fmt)


def home(g, reg, rural=False, prov=True):
    tail = g.rural(reg) if rural else g.urban()
    pre = f"{reg[0]}{reg[1]}{reg[2]}" if prov else reg[2]
    return f"{pre}{S('address', tail)}"


def wide(s: str) -> str:
    return s.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def zw(name: str) -> str:
    return name[0] + "\u200b" + name[1:]


def spaced(name: str) -> str:
    return " ".join(name)


# ---------------------------------------------------------------- documents
def d_blackcab(g, reg, y, v=0):
    """非法营运: driver, owner-wife, passengers by bare name, plate, phones in parentheses."""
    c = Ctx(g, reg, "交通运输局", "交执罚", y)
    p = People(g, c.off)
    drv, wife, pa, pb, pc, nick = (
        p.new("c2"),
        p.new("wordg"),
        p.new("word"),
        p.new("rare"),
        p.new("c1"),
        None,
    )
    nick = drv[0] + g.pick(NICKS)
    if not p._ok(nick):
        nick = None
    else:
        p.used.append(nick)
    b = g.born(1970, 1992)
    plate = g.plate(reg)
    loc = f"{reg[2]}{g.pick(reg[7])}客运站东侧出口"
    ph = g.mobile()
    t = c.head("行政处罚决定书", spaced=v == 1)
    t += (
        f"当事人：{N(drv)}{'（小名' + N(nick) + '）' if nick else ''}　性别：男　{S('birth_date', cn(b))}出生\n"
        f"身份证号：{S('id_number', g.pid(reg, b))}　联系方式：{S('phone', ph if v != 2 else wide(ph))}\n"
        f"现住：{home(g, reg, False, prov=False)}\n"
        f"户籍地：{home(g, reg, True)}\n\n"
    )
    t += (
        f"    经查明：{K('date', cn(c.found))}8时40分许，本局执法人员在{K('location', loc)}开展巡查，发现车牌号为{S('license_plate', plate)}的白色小型轿车"
        f"停靠路边揽客。执法人员上前检查时，车上载有乘客{N(pa)}、{N(pb)}、{N(pc)}三人。经询问，{N(pa)}称其在客运站门口经人介绍乘坐该车前往"
        f"{reg[1]}，与驾驶员约定每人车费50元，已通过微信向驾驶员支付；{N(pb)}、{N(pc)}的陈述与{N(pa)}一致。\n"
        f"    经与车主{N(wife)}（电话：{S('phone', g.mobile())}）核实，该车登记在{N(wife)}名下，系{N(drv)}之妻，车辆平时由其夫使用，"
        f"未取得道路运输经营许可证及道路运输证。随后，{N(drv)}驾驶该车离开检查现场，在本局执法人员劝阻下返回配合调查。"
        f"{N(drv)}在询问笔录中承认，自{K('date', cn(c.found - dt.timedelta(days=40)))}起在该处揽客，{'人称“' + N(nick) + '”，' if nick else ''}"
        f"其中约有半数乘客通过其妻{wife[0]}女士的手机号预约。{N(pb)}事后补充提供了转账截图。\n"
        f"    以上事实有现场检查笔录、询问笔录（{N(drv)}、{N(pa)}、{N(pb)}）、车辆行驶证复印件、微信转账截图、现场照片等证据为证。\n"
        f"    本局认为，当事人未取得道路运输经营许可，擅自从事道路旅客运输经营，违反了{K('statute', '《中华人民共和国道路运输条例》第十条')}的规定。"
        f"依据{K('statute', '《中华人民共和国道路运输条例》第六十三条')}的规定，决定给予如下处罚：罚款{K('amount', '人民币壹万元')}（{K('amount', '10000元')}）。\n"
    )
    t += c.told(
        f"当事人于{K('date', cn(c.notice + dt.timedelta(days=2)))}提出陈述，称其妻{N(wife)}对营运一事并不知情，本局予以采纳。"
    )
    t += c.remedy() + c.sign()
    return doc(t, family="narrative/blackcab", fmt=["plain", "spaced", "wrap"][v % 3])


def d_foodshop(g, reg, y, v=0):
    """个体 food shop: operator, husband, employees by surname+title, table of staff."""
    c = Ctx(g, reg, "市场监督管理局", "市监罚", y)
    p = People(g, c.off)
    op, hus, cook, cash, comp = (
        p.new("wordg"),
        p.new("c2"),
        p.new("comp"),
        p.new("c1"),
        p.new("word"),
    )
    b = g.born(1975, 1990)
    shop = f"{reg[2]}{g.pick(STREETS)}{g.rng.randint(10, 300)}号一楼门面"
    code = uscc(g.rng, reg[3], "92")
    brand = g.pick(["好味道", "老街坊", "一品香", "家常"]) + g.pick(["餐馆", "小吃店", "快餐店"])
    t = c.head()
    t += (
        f"当事人：{reg[2]}{brand}（个体工商户）\n"
        f"统一社会信用代码：{K('uscc', code)}\n"
        f"经营者：{N(op)}　公民身份号码：{S('id_number', g.pid(reg, b, male=False))}\n"
        f"经营场所：{K('location', shop)}\n"
        f"家庭住址：{home(g, reg)}\n"
        f"联系电话：{S('phone', g.mobile())}\n\n"
    )
    t += (
        f"    {K('date', cn(c.found))}，本局接到{N(comp)}（联系电话{S('phone', g.mobile())}）投诉，称其在当事人店内就餐时发现菜品中有异物。"
        f"本局执法人员于当日对{K('location', shop)}进行检查。经查明：检查时{N(op)}不在店内，由其丈夫{N(hus)}负责现场管理，{N(hus)}联系{N(op)}后，"
        f"{op[0]}女士于半小时后赶到现场。厨房操作间内，厨师{N(cook)}（人称{cook[:2]}师傅）未佩戴工作帽，生熟食品混放于同一冷柜。"
        f"收银员{N(cash)}称，店内进货由{cook[:2]}师傅负责，账目由{N(op)}本人记录。经与{N(cook)}、{N(cash)}核实，店内共有从业人员4名，其中2名未办理健康证明。"
        f"{N(hus)}称当日客流较大，未及时清理操作间。\n"
    )
    if v == 1:
        t += (
            "    从业人员情况如下：\n\n| 姓名 | 岗位 | 联系电话 |\n| --- | --- | --- |\n"
            f"| {N(cook)} | 厨师 | {S('phone', g.mobile())} |\n| {N(cash)} | 收银 | {S('phone', g.mobile())} |\n"
            f"| {N(hus)} | 帮工 | {S('phone', g.mobile())} |\n\n"
        )
    elif v == 2:
        t += (
            "    从业人员情况如下：\n姓名\t岗位\t身份证号\n"
            f"{N(cook)}\t厨师\t{S('id_number', g.pid(reg, g.born()))}\n{N(cash)}\t收银\t{S('id_number', g.pid(reg, g.born(), False))}\n"
        )
    t += (
        f"    上述事实有现场检查笔录、{N(op)}的询问笔录、{N(hus)}的陈述、投诉人{N(comp)}提供的照片等证据证实。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国食品安全法》第三十三条第一款')}的规定。依据{K('statute', '《中华人民共和国食品安全法》第一百二十六条第一款')}，"
        f"决定：警告，并处罚款{K('amount', '人民币伍仟元')}。\n"
    )
    t += c.told() + c.remedy() + c.sign()
    return doc(t, family="narrative/foodshop", fmt=["nbsp", "plain", "crlf"][v % 3])


def d_building(g, reg, y, v=0):
    """违法建设 in a village: party, 岳母, 外甥, neighbours by bare name, rural addresses, cert."""
    c = Ctx(g, reg, "自然资源和规划局", "自然资罚", y)
    p = People(g, c.off)
    party, mil, nep, na, nb, mason = (
        p.new("rare"),
        p.new("c2"),
        p.new("c1"),
        p.new("wordg"),
        p.new("c2"),
        p.new("c2"),
    )
    b = g.born(1960, 1980)
    town, vil = g.pick(reg[7]), g.pick(reg[8])
    site = f"{reg[2]}{town}{vil}村委会西侧耕地"
    cert = f"{ABBR[reg[0]]}（{y - 6}）{reg[2]}不动产权第{g.rng.randint(1000000, 9999999):07d}号"
    t = c.head()
    addr = ["住址", "住所", "户籍所在地", "家住", "居住于"][g.rng.randint(0, 4)]
    t += (
        f"当事人：{N(party)}，男，{y - b.year}岁，汉族，{addr}{reg[2]}{S('address', town + vil + str(g.rng.randint(1, 12)) + '组' + str(g.rng.randint(1, 60)) + '号附' + str(g.rng.randint(1, 5)) + '号')}，"
        f"身份证号{S('id_number', g.pid(reg, b))}，手机{S('phone', g.mobile())}。\n\n"
    )
    t += (
        f"    本局于{K('date', cn(c.filed))}对{N(party)}涉嫌未经批准非法占用土地建住宅一案立案调查。\n"
        f"    经查明：{N(party)}原有宅基地一处，房屋产权证号为{S('property_cert', cert)}。{y - 1}年冬，{N(party)}以岳母{N(mil)}年老需人照料为由，"
        f"在{K('location', site)}开挖地基，由其外甥{N(nep)}组织施工，泥瓦匠{N(mason)}带工3人参与建设。邻居{N(na)}、{N(nb)}反映，"
        f"施工期间{N(party)}曾称已取得审批手续。经与{N(na)}、{N(nb)}核实，二人均未见到任何审批文件。{N(mil)}（{S('address', town + vil + '上湾' + str(g.rng.randint(1, 40)) + '号')}）在询问中称，"
        f"该房屋系{party[0]}家为其养老所建，建成后由其本人及外甥{N(nep)}居住。经测量，该建筑占用耕地面积{g.rng.randint(120, 260)}平方米，"
        f"不符合{reg[2]}国土空间总体规划。\n"
        f"    证据：1.现场勘测笔录；2.{N(party)}、{N(mil)}、{N(nep)}的询问笔录；3.证人{N(na)}、{N(nb)}的证言；4.勘测定界图。\n"
        f"    本局认为，{N(party)}的行为违反了{K('statute', '《中华人民共和国土地管理法》第四十四条')}的规定，依据{K('statute', '《中华人民共和国土地管理法》第七十七条第一款')}，"
        f"决定：责令退还非法占用的土地，限期拆除在非法占用的土地上新建的建筑物和其他设施，恢复土地原状，并处罚款{K('amount', '人民币叁万陆仟元')}。\n"
    )
    t += (
        c.told(f"当事人委托其外甥{N(nep)}提交了书面陈述，本局经复核不予采纳。")
        + c.remedy()
        + c.sign()
    )
    return doc(t, family="narrative/village-building", fmt=["plain", "wrap", "zwsp"][v % 3])


def d_company(g, reg, y, v=0):
    """Legal person: legal rep kept, employees private, officer 李明 vs witness 李明华, lawyer."""
    c = Ctx(g, reg, "应急管理局", "应急罚", y)
    base = g.pick(["李明", "王芳", "陈刚", "张伟"])
    c.off[0] = base
    p = People(g, c.off)
    witness = base + g.pick(["华", "辉", "珠", "远"])
    p.used.append(witness)
    rep, agent, w2, clerk = p.new("c2"), p.new("c2"), p.new("rare"), p.new("wordg")
    comp = f"{reg[1]}{g.pick(['恒通', '鑫源', '华宇', '瑞丰'])}{g.pick(['化工', '机械制造', '建材'])}有限公司"
    code = uscc(g.rng, reg[3])
    reg_addr = f"{reg[1]}{reg[2]}{g.pick(['工业园区', '经济开发区'])}{g.pick(['纬三路', '经二路', '创业大道'])}{g.rng.randint(1, 99)}号"
    law = f"{g.pick(['湖北楚天', '中原鼎立', '江淮正信', '赣南明理', '秦汉'])}律师事务所"
    lawyer = g.pick(["聂文博", "葛倩", "窦立群", "房思远"])
    p.used.append(lawyer)
    lic = f"1{reg[3][:4]}{g.rng.randint(2008, 2020)}1{g.rng.randint(1000000, 9999999)}"
    t = c.head()
    t += (
        f"当事人：{K('company', comp)}\n统一社会信用代码：{K('uscc', code)}\n注册地址：{K('org_address', reg_addr)}\n"
        f"法定代表人：{K('legal_rep', rep)}　职务：{K('legal_rep_title', '执行董事')}　联系电话：{S('phone', g.mobile())}\n"
        f"委托代理人：{K('lawyer', lawyer)}，{K('law_firm', law)}律师，执业证号{K('lawyer_license', lic)}\n"
        f"委托代理人：{N(agent)}，该公司安全主管，身份证号码{S('id_number', g.pid(reg, g.born()))}\n\n"
    )
    t += (
        f"    经查明：{K('date', cn(c.found))}，本局执法人员{K('officer', base)}、{K('officer', c.off[1])}对当事人位于{K('location', reg_addr)}的生产车间进行检查，"
        f"发现当事人未对从业人员进行安全生产教育和培训。车间主任{N(witness)}当场陈述，今年新招的{g.rng.randint(5, 12)}名操作工均未参加岗前培训，"
        f"培训台账系由办公室文员{N(clerk)}事后补记。操作工{N(w2)}称其入职后直接上岗，由{witness[0]}主任带班。经与{N(witness)}、{N(w2)}、{N(clerk)}分别核实，"
        f"三人陈述相互印证。法定代表人{K('legal_rep', rep)}在接受询问时承认公司未组织培训，并表示已责成安全主管{N(agent)}整改。"
        f"检查人员{K('officer', base)}制作了现场检查记录，{N(witness)}签字确认。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国安全生产法》第二十八条第一款')}的规定，依据{K('statute', '《中华人民共和国安全生产法》第九十七条第（三）项')}，"
        f"决定对{K('company', comp)}罚款{K('amount', '人民币叁万元')}，对其直接负责的主管人员{N(agent)}罚款{K('amount', '人民币贰仟元')}。\n"
    )
    t += (
        c.told(
            f"当事人委托{K('law_firm', law)}{K('lawyer', lawyer)}律师提交了陈述申辩意见，本局经复核后不予采纳。"
        )
        + c.remedy()
        + c.sign()
    )
    if v == 1:
        t += f"\n抄送：{K('company', comp)}，{reg[1]}{reg[2]}总工会，{N(agent)}（受处罚人）\n"
    return doc(
        t,
        party="legal",
        family="narrative/company-similar-names",
        fmt=["plain", "plain", "crlf"][v % 3],
    )


def d_wages(g, reg, y, v=0):
    """劳动保障监察: unpaid workers listed by 、, in a pipe table or tab table, bank cards."""
    c = Ctx(g, reg, "人力资源和社会保障局", "人社监罚", y)
    p = People(g, c.off)
    boss = p.new("c2")
    workers = [p.new() for _ in range(5)]
    b = g.born(1972, 1985)
    site = f"{reg[2]}{g.pick(reg[7])}{g.pick(['学校', '卫生院', '安置小区'])}建设工地"
    t = c.head()
    t += (
        f"当事人：{N(boss)}（包工头），男，{S('birth_date', cn(b))}生，身份证号码：{S('id_number', g.pid(reg, b))}\n"
        f"暂住地：{reg[1]}{reg[2]}{S('address', g.pick(ESTATES) + str(g.rng.randint(1, 20)) + '栋' + str(g.rng.randint(101, 2604)) + '室')}\n"
        f"经常居住地：{home(g, reg, True)}\n\n"
    )
    t += (
        f"    经查明：{y - 1}年5月至10月，当事人{N(boss)}承包{K('location', site)}的木工劳务，招用{'、'.join(N(w) for w in workers)}等5名劳动者，"
        f"至今拖欠上述人员工资共计{K('amount', '人民币拾贰万叁仟元')}。{K('date', cn(c.found))}，{N(workers[0])}、{N(workers[1])}代表工友到本局投诉。"
        f"经与{N(workers[2])}、{N(workers[3])}核实，{N(boss)}曾于春节前承诺结清，后更换手机号码（原号码{S('phone', g.mobile())}）不再接听。"
        f"{N(workers[4])}称其工资由{boss[0]}老板的妻弟代发过两次。\n    拖欠工资明细如下：\n"
    )
    rows = [
        (w, g.pid(reg, g.born(1965, 1998)), g.card(), g.rng.randint(15, 32) * 1000) for w in workers
    ]
    if v == 0:
        t += "\n| 序号 | 姓名 | 身份证号 | 工资卡号 | 欠薪（元） |\n|---|---|---|---|---|\n"
        for i, (w, pid, card, amt) in enumerate(rows, 1):
            t += f"| {i} | {N(w)} | {S('id_number', pid)} | {S('bank_account', card)} | {amt} |\n"
    elif v == 1:
        t += "序号\t姓名\t身份证号\t银行卡号\t金额\n"
        for i, (w, pid, card, amt) in enumerate(rows, 1):
            t += f"{i}\t{N(w)}\t{S('id_number', pid)}\t{S('bank_account', card)}\t{amt}\n"
    else:
        for w, pid, card, amt in rows:
            t += f"    • {N(w)}（{S('id_number', pid)}），工资卡{S('bank_account', card[:4] + ' ' + card[4:8] + ' ' + card[8:12] + ' ' + card[12:])}，欠薪{amt}元；\n"
    t += (
        f"    本局于{K('date', cn(c.filed))}向当事人下达了《劳动保障监察限期改正指令书》，当事人逾期未改正。上述行为违反了"
        f"{K('statute', '《保障农民工工资支付条例》第十五条')}，依据{K('statute', '《劳动保障监察条例》第二十六条')}，决定责令当事人支付拖欠的工资，"
        f"并按应付金额50%的标准加付赔偿金{K('amount', '人民币陆万壹仟伍佰元')}。\n"
    )
    t += c.told() + c.remedy() + c.sign()
    return doc(t, family="lists/wages-table", fmt=["plain", "plain", "nbsp"][v % 3])


def d_onspot(g, reg, y, v=0):
    """当场处罚决定书: form, spaced letters, signature block, names in the signature."""
    c = Ctx(g, reg, "城市管理和综合执法局", "城管当罚", y)
    p = People(g, c.off)
    party = p.new(["word", "comp", "c1"][v])
    wit = p.new("rareg")
    b = g.born(1965, 1995)
    loc = f"{reg[2]}{g.pick(STREETS)}与{g.pick(['人民路', '解放路', '中山路'])}交叉口东北角"
    t = f"{K('agency', c.agency)}\n当 场 行 政 处 罚 决 定 书\n{K('decision_number', c.num)}\n\n"
    t += (
        f"■ 当 事 人：{N(spaced(party)) if v != 1 else N(party)}\n"
        f"■ 身份证件号码：{S('id_number', g.pid(reg, b))}\n"
        f"■ 住　　址：{home(g, reg, False, prov=v == 0)}\n"
        f"■ 联系电话：{S('phone', g.mobile()) if v != 2 else S('phone', '(' + reg[4] + ')' + str(g.rng.randint(3000000, 8999999)))}\n\n"
        f"    违法事实：{K('date', cn(c.found))}10时15分，当事人{N(party)}在{K('location', loc)}占用人行道摆摊设点销售水果，经执法人员劝导拒不自行撤离。\n"
        f"    处罚依据：{K('statute', '《城市市容和环境卫生管理条例》第三十六条')}\n"
        f"    处罚内容：罚款{K('amount', '人民币贰佰元')}\n"
        f"    当事人陈述申辩：{N(party)}称其家住附近，因{g.pick(['老伴', '儿子', '女儿'])}住院急需用钱才出摊，请求从轻处理。执法人员当场复核，认为当事人"
        f"经劝导拒不改正，陈述理由不足以免除处罚。现场见证人：{N(wit)}（{S('phone', g.mobile())}），系附近商户店员。\n"
        f"    当事人必须在收到本决定书之日起十五日内，到指定银行缴纳罚款（收款账户：{S('bank_account', g.card())}），或通过电子缴款平台缴纳。"
        f"逾期不缴纳的，每日按罚款数额的百分之三加处罚款。当事人对本决定不服的，可以依法申请行政复议或者提起行政诉讼。\n"
        f"    ● 已告知当事人陈述、申辩的权利　● 已当场交付本决定书\n\n"
        f"当事人签名：{N(party)}　　　　{K('date', cn(c.found))}\n"
        f"{c.officers('执法人员签名')}"
        f"（本决定书一式两份，一份交当事人，一份存档）\n\n{K('agency', c.agency)}\n"
    )
    return doc(
        t,
        kind="当场行政处罚决定书",
        family="form/onspot-signature",
        fmt=["plain", "crlf", "plain"][v % 3],
    )


def d_seizure(g, reg, y, v=0):
    """查封扣押决定书: goods owner, witness, 送达 block, CC list."""
    c = Ctx(g, reg, "市场监督管理局", "市监强", y)
    p = People(g, c.off)
    owner, witness, recv = p.new("c2"), p.new("rareg"), p.new("wordg")
    b = g.born(1970, 1990)
    wh = f"{reg[2]}{g.pick(reg[7])}{g.pick(['物流园', '仓储中心'])}{g.rng.randint(1, 30)}号仓库"
    t = c.head("实施行政强制措施决定书")
    t += (
        f"当事人：{N(owner)}，女，身份证号{S('id_number', g.pid(reg, b, male=False))}，住所地{home(g, reg)}，"
        f"电子邮箱{S('email', 'qx' + str(g.rng.randint(10000, 99999)) + '@163.com')}\n\n"
        f"    经查，当事人在{K('location', wh)}存放涉嫌侵犯注册商标专用权的运动鞋{g.rng.randint(200, 900)}双。本局执法人员于{K('date', cn(c.found))}依法检查时，"
        f"当事人{N(owner)}未到场，仓库管理员{N(witness)}在场见证并签字。{N(witness)}称货物系{owner[0]}姐于上月运入，提货时通常由其表弟{N(recv)}开车来取。\n"
        f"    依据{K('statute', '《中华人民共和国商标法》第六十二条第一款')}、{K('statute', '《中华人民共和国行政强制法》第二十四条')}的规定，本局决定对上述物品予以扣押，"
        f"期限为三十日，自{K('date', cn(c.found))}起至{K('date', cn(c.found + dt.timedelta(days=29)))}止。\n"
        f"    当事人如不服本决定，可以依法申请行政复议或者提起行政诉讼。\n\n"
        f"附：扣押物品清单1份\n\n"
    )
    t += c.sign()
    t += (
        f"\n送达情况：\n受送达人：{N(owner)}　　送达地址：{reg[1]}{reg[2]}{S('address', g.urban())}\n"
        f"代收人：{N(recv)}（与受送达人关系：表姐弟）　代收人电话：{S('phone', g.mobile())}\n"
        f"见证人：{N(witness)}（{S('phone', g.mobile())}）\n"
    )
    if v != 1:
        t += f"\n抄送：{reg[1]}市场监督管理局，{reg[1]}{reg[2]}公安局经侦大队\n"
    return doc(
        t,
        kind="行政强制措施决定书",
        family="form/seizure-service",
        fmt=["plain", "wrap", "crlf"][v % 3],
    )


def d_sand(g, reg, y, v=0):
    """非法采砂: gang of people, nicknames, 其父/其子, boat, plates, property in a list."""
    c = Ctx(g, reg, "水利局", "水罚", y)
    p = People(g, c.off)
    party = p.new("c2")
    father, son, mate, buyer, driver = (
        p.new("c2", surname=party[0]),
        p.new("c1", surname=party[0]),
        p.new("word"),
        p.new("comp"),
        p.new("rare"),
    )
    nick = mate[0] + "老" + g.pick("二三四五")
    b = g.born(1968, 1985)
    river = f"{reg[2]}{g.pick(reg[7])}{g.pick(['清江', '伊河', '贡水', '湄江', '湑水河'])}河段"
    plate1, plate2 = g.plate(reg), g.plate(reg)
    t = c.head()
    t += (
        f"当事人：{N(party)}，男，公民身份号码：{S('id_number', g.pid(reg, b))}，户籍地：{home(g, reg, True)}，"
        f"现住{reg[1]}{reg[2]}{S('address', g.pick(ESTATES) + str(g.rng.randint(1, 25)) + '幢' + str(g.rng.randint(1, 3)) + '单元' + str(g.rng.randint(101, 1804)) + '室')}，"
        f"联系电话：{S('phone', g.mobile())}。\n\n"
    )
    t += (
        f"    经查明：{K('date', cn(c.found))}凌晨，本局联合执法人员在{K('location', river)}巡查，发现一艘无名采砂船正在作业。船上人员{N(mate)}"
        f"（绰号“{nick}”）见执法人员靠近后驾驶小艇逃离，后经电话通知到案。经调查，采砂船系{N(party)}与其父{N(father)}合伙购置，"
        f"由{N(party)}负责经营，{N(mate)}受雇操作抽砂设备，{N(party)}之子{N(son)}负责记账。砂石由{N(buyer)}收购，"
        f"{N(buyer)}安排{N(driver)}驾驶车牌号为{S('license_plate', plate1)}、{S('license_plate', plate2[:2] + '·' + plate2[2:])}的自卸货车运输。"
        f"据{N(son)}记录的账本显示，{y - 1}年9月至案发共采砂约{g.rng.randint(900, 3000)}立方米。{N(father)}称其仅出资，不参与经营；"
        f"{N(driver)}称每车运费由{buyer[:2]}老板现金结算。经与{N(mate)}、{N(driver)}核实，{N(party)}对上述事实无异议。\n"
        f"    证据：现场检查笔录、{N(party)}、{N(father)}、{N(son)}、{N(mate)}、{N(buyer)}、{N(driver)}的询问笔录、账本复印件、现场影像资料。\n"
        f"    本局认为，当事人未经许可在河道管理范围内采砂，违反了{K('statute', '《中华人民共和国水法》第三十九条第一款')}，依据{K('statute', '《中华人民共和国水法》第七十二条')}，"
        f"决定：责令停止违法行为，没收违法所得，并处罚款{K('amount', '人民币捌万元')}。\n"
    )
    t += (
        c.told("当事人及其父在规定期限内提出了陈述申辩，本局经复核不予采纳。")
        + c.remedy()
        + c.sign()
    )
    return doc(t, family="narrative/sand-gang", fmt=["plain", "wrap", "footer"][v % 3])


def d_hearing(g, reg, y, v=0):
    """Hearing after a large fine: lawyer, son as agent, 经常居住地, 其父, 外甥女."""
    c = Ctx(g, reg, "生态环境局", "环罚", y)
    p = People(g, c.off)
    party, sonag, niece, wit = p.new("comp"), None, p.new("c1"), p.new("word")
    sonag = p.new("c2", surname=party[:2])
    b = g.born(1955, 1968)
    plant = f"{reg[2]}{g.pick(reg[7])}{g.pick(reg[8])}养殖场"
    law = f"{reg[1]}{g.pick(['正源', '公衡', '信达'])}律师事务所"
    lawyer = g.pick(["凌云飞", "鄢晓东", "滕若溪"])
    p.used.append(lawyer)
    lic = f"1{reg[3][:4]}{g.rng.randint(2008, 2020)}1{g.rng.randint(1000000, 9999999)}"
    code = uscc(g.rng, reg[3], "92")
    t = c.head()
    farm = reg[2] + g.pick(["兴旺", "丰收", "绿源"]) + "养殖场"
    t += (
        f"当事人：{N(party)}（{farm}经营者）\n"
        f"统一社会信用代码：{K('uscc', code)}\n经营场所：{K('location', plant)}\n"
        f"经常居住地：{home(g, reg, False)}\n身份证号：{S('id_number', g.pid(reg, b))}\n"
        f"委托代理人：{N(sonag)}，系当事人之子，联系电话：{S('phone', g.mobile())}\n"
        f"委托代理人：{K('lawyer', lawyer)}，{K('law_firm', law)}律师（执业证号：{K('lawyer_license', lic)}）\n\n"
    )
    t += (
        f"    经查明：{K('date', cn(c.found))}，本局接群众举报，执法人员对{K('location', plant)}进行检查，发现该场养殖废水未经处理通过暗管直排入场外沟渠。"
        f"现场负责人为当事人外甥女{N(niece)}，{N(niece)}称暗管系其舅父{N(party)}于去年安装。附近村民{N(wit)}反映，沟渠异味已持续数月。"
        f"经监测，外排废水化学需氧量浓度为{g.rng.randint(800, 2000)}mg/L。\n"
        f"    本局于{K('date', cn(c.notice))}向当事人告知拟作出罚款{K('amount', '人民币贰拾万元')}的处罚及听证权利。当事人申请听证，本局于"
        f"{K('date', cn(c.notice + dt.timedelta(days=10)))}举行听证。听证会上，{N(sonag)}称其父年事已高，对环保要求不了解；{K('lawyer', lawyer)}律师认为应从轻处罚。"
        f"本局经复核认为，当事人私设暗管的行为情节严重，申辩理由不能成立。\n"
        f"    依据{K('statute', '《中华人民共和国水污染防治法》第八十三条第（三）项')}，决定对当事人罚款{K('amount', '人民币贰拾万元')}。\n"
    )
    t += c.remedy() + c.sign()
    return doc(t, family="narrative/hearing-agents", fmt=["plain", "crlf", "wrap"][v % 3])


def d_foreign(g, reg, y, v=0):
    """Foreign and HK residents: passport and 港澳通行证, landlord, interpreter."""
    c = Ctx(g, reg, "文化和旅游局", "文旅罚", y)
    p = People(g, c.off)
    landlord, interp, hk = p.new("c2"), p.new("wordg"), p.new("comp")
    if v == 0:
        fn, fcn, pp = "NGUYEN VAN HUNG", "阮文雄", f"C{g.rng.randint(1000000, 9999999)}"
        p.used.append(fcn)
        lead = (
            f"当事人：{N(fn)}（中文译名：{N(fcn)}），男，越南国籍，护照号码：{S('passport', pp)}\n"
        )
        who = fcn
    elif v == 2:
        who = hk
        lead = (
            f"当事人：{N(hk)}，男，台湾居民，台湾居民来往大陆通行证号码：{S('passport', str(g.rng.randint(10000000, 99999999)))}，"
            f"台湾居民居住证号码：{S('id_number', id18('830000', g.born(1970, 1990), g.rng.randint(100, 998)))}\n"
        )
    else:
        who = hk
        lead = f"当事人：{N(hk)}，女，香港特别行政区居民，港澳居民来往内地通行证号码：{S('passport', 'H' + str(g.rng.randint(10000000, 99999999)))}\n"
    venue = f"{reg[2]}{g.pick(STREETS)}{g.rng.randint(10, 200)}号二楼"
    t = c.head()
    t += lead + (
        f"境内住址：{reg[1]}{reg[2]}{S('address', g.pick(ESTATES) + str(g.rng.randint(1, 22)) + '栋' + str(g.rng.randint(201, 2802)) + '室')}\n"
        f"联系电话：{S('phone', g.mobile())}\n\n"
    )
    t += (
        f"    经查明：当事人{N(who)}租用{K('location', venue)}房屋，未经许可擅自开办营业性演出场所。房东{N(landlord)}（{S('phone', g.mobile())}）称，"
        f"租房时{N(who)}表示用于办公。{K('date', cn(c.found))}晚，本局执法人员检查时，现场有观众约40人，由翻译{N(interp)}协助询问。"
        f"{N(interp)}证实演出门票每张80元。{N(landlord)}于次日向本局提供了租赁合同。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《营业性演出管理条例》第十三条')}，依据{K('statute', '《营业性演出管理条例》第四十三条第一款')}，"
        f"决定：没收违法所得{K('amount', '3200元')}，并处罚款{K('amount', '人民币伍万元')}。\n"
    )
    t += c.told() + c.remedy() + c.sign()
    return doc(t, family="people/foreign-hk", fmt="plain")


def d_netshop(g, reg, y, v=0):
    """网店: email, QQ, bank card, buyers by bare name, property cert, look-alikes."""
    c = Ctx(g, reg, "市场监督管理局", "市监罚", y)
    p = People(g, c.off)
    party, wife, b1, b2, b3 = (
        p.new("rareg"),
        p.new("wordg"),
        p.new("word"),
        p.new("c1"),
        p.new("c2"),
    )
    b = g.born(1985, 1998)
    card = g.card()
    code = uscc(g.rng, reg[3], "92")
    shop = f"{reg[2]}{g.pick(reg[7])}电商产业园{g.rng.randint(1, 9)}号楼{g.rng.randint(201, 520)}室"
    name_shop = "秘密花园手作坊" if v == 1 else g.pick(["悦享", "优品", "乐淘"]) + "日用品店"
    t = c.head()
    if v == 0:
        t = "密级：无　　公开方式：主动公开\n\n" + t
    t += (
        f"当事人：{reg[2]}{name_shop}（个体工商户）\n统一社会信用代码：{K('uscc', code)}\n经营场所：{K('location', shop)}\n"
        f"经营者：{N(party)}，{S('birth_date', f'{b.year}年{b.month:02d}月{b.day:02d}日')}出生，身份证号：{S('id_number', g.pid(reg, b))}，"
        f"住{reg[1]}{reg[2]}{S('address', g.urban())}，联系电话：{S('phone', g.mobile())}，电子邮箱：{S('email', 'shop' + str(g.rng.randint(100000, 999999)) + '@qq.com')}\n\n"
    )
    t += (
        f"    经查明：当事人通过网络店铺销售标注虚假产地的茶叶。消费者{N(b1)}、{N(b2)}、{N(b3)}先后于{K('date', cn(c.found))}前后购买，"
        f"{N(b1)}发现包装标示产地与实际不符后向本局举报。当事人货款收款账户为其妻{N(wife)}名下银行卡（卡号{S('bank_account', card)}）。"
        f"{N(wife)}称店铺日常客服由其负责，{N(party)}负责进货。{N(b2)}、{N(b3)}提供了聊天记录。\n"
    )
    if v == 2:
        t += "    本决定不涉及国家秘密、商业秘密和个人隐私，依法予以公开。\n"
    t += (
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国产品质量法》第三十条')}，依据{K('statute', '《中华人民共和国产品质量法》第五十三条')}，"
        f"决定：责令改正，没收违法所得{K('amount', '4860元')}，并处罚款{K('amount', '人民币壹万伍仟元')}。\n"
    )
    t += c.told() + c.remedy() + c.sign()
    return doc(t, family="lookalike/netshop", fmt=["plain", "plain", "fullwidth"][v % 3])


# ---------------------------------------------------------------- held documents
def d_marked(g, reg, y, v=0):
    """A decision carrying a hold marker (marking, 内部资料, 此件不公开, 依申请公开, trade secret)."""
    makers = [d_blackcab, d_foodshop, d_building, d_sand, d_company]
    d = makers[v % len(makers)](g, reg, y, 0)
    m = d["markup"]
    if v == 0:
        m = "机密★5年\n" + m
    elif v == 1:
        m = "\u00a0\u00a0秘密★1年\u00a0\n\n" + m
    elif v == 2:
        m = "内部资料　注意保存\n" + m
    elif v == 3:
        m = m + "\n（此件不公开）\n"
    elif v == 4:
        m = m.replace(
            "    本局认为",
            "    因本案证据材料涉及当事人的商业秘密，相关技术参数及客户名单不予载明。\n    本局认为",
            1,
        )
    else:
        m = "依申请公开\n" + m
    d["markup"], d["hold"], d["family"] = (
        m,
        True,
        "hold/"
        + ["marking-5y", "marking-nbsp", "internal", "not-public", "trade-secret", "on-request"][v],
    )
    return d


def d_minor(g, reg, y, v=0):
    """Party a minor on 2026-11-25 (v=0 clearly, v=1 turns 18 tomorrow); v=2: exactly 18, not held."""
    c = Ctx(g, reg, "公安局", "公（治）行罚决字", y)
    p = People(g, c.off)
    party, mum, dad, victim = p.new("c2"), p.new("wordg"), None, p.new("word")
    dad = p.new("c1", surname=party[0])
    mate = p.new("rareg")
    b = [dt.date(2010, 4, 9), dt.date(2008, 11, 26), dt.date(2008, 11, 25)][v]
    t = c.head()
    t += (
        f"违法行为人：{N(party)}，男，{S('birth_date', cn(b))}出生，公民身份号码{S('id_number', g.pid(reg, b))}，"
        f"住址：{home(g, reg)}，{reg[1]}{g.pick(['第三中学', '职业技术学校'])}学生。\n"
        f"监护人：{N(dad)}（系其父），联系电话{S('phone', g.mobile())}；{N(mum)}（系其母）。\n\n"
    )
    t += (
        f"    现查明：{K('date', cn(c.found))}21时许，{N(party)}在{K('location', reg[2] + g.pick(STREETS) + '网吧门口')}因琐事与{N(victim)}发生争执，"
        f"用手推搡{N(victim)}致其摔倒，造成{N(victim)}手肘擦伤。{N(victim)}当即报警。{N(party)}到案后如实陈述，其父{N(dad)}代为赔偿并取得{N(victim)}谅解。\n"
        f"    经调查，{N(victim)}系{reg[2]}{g.pick(reg[7])}居民，案发时与同学{N(mate)}在网吧门口等候，{N(mate)}证实系{N(party)}先动手。"
        f"{N(party)}称当晚与{N(mate)}在网吧上网时发生口角，出门后{N(victim)}先出言挑衅。其母{N(mum)}到派出所后表示愿意承担医疗费用"
        f"{K('amount', '人民币捌佰元')}。本所民警调取了网吧门口的监控录像，录像显示的经过与{N(mate)}的陈述一致。\n"
        f"    以上事实有{N(party)}的陈述和申辩、被侵害人{N(victim)}的陈述、现场视频等证据证实。\n"
        f"    根据{K('statute', '《中华人民共和国治安管理处罚法》第四十三条第一款')}之规定，决定给予{N(party)}罚款{K('amount', '人民币贰佰元')}的处罚。\n"
        f"    如不服本决定，可以在收到本决定书之日起六十日内向{reg[1]}{reg[2]}人民政府申请行政复议或者在六个月内依法向{reg[2]}人民法院提起行政诉讼。\n"
    )
    t += c.sign(officers=False)
    return doc(
        t, hold=v < 2, family=["hold/minor", "hold/minor-edge", "lookalike/adult-exactly-18"][v]
    )


def d_record(g, reg, y, v=0):
    """Process documents: 询问笔录, 集体讨论记录, 立案审批表 (held)."""
    c = Ctx(g, reg, "市场监督管理局", "市监立", y)
    p = People(g, c.off)
    party, wit, wife, neph = p.new("c2"), p.new("wordg"), p.new("word"), p.new("rare")
    b = g.born(1970, 1995)
    if v == 0:
        t = (
            f"{K('agency', c.agency)}\n询 问 笔 录\n\n时间：{K('date', cn(c.found))}9时10分至10时05分\n地点：本局执法一队办公室\n"
            f"询问人：{K('officer', c.off[0])}、{K('officer', c.off[1])}　记录人：{K('officer', c.off[1])}\n"
            f"被询问人：{N(party)}　性别：男　年龄：{y - b.year}岁\n身份证号码：{S('id_number', g.pid(reg, b))}\n"
            f"住址：{home(g, reg)}　联系电话：{S('phone', g.mobile())}\n\n"
            f"问：我们是{K('agency', c.agency)}的执法人员，现依法向你进行询问，你应当如实回答。听清楚了吗？\n答：听清楚了。\n"
            f"问：你店里销售的散装白酒从哪里进的货？\n答：是从我表哥{N(wit)}那里拿的，他在乡下自己酿的，没有标签。\n"
            f"问：{N(wit)}的联系方式？\n答：{S('phone', g.mobile())}。\n"
            f"问：你进了多少、卖了多少？\n答：今年三月进了两百斤，十块钱一斤，卖掉了一百二十斤左右，剩下的都在店里。钱是转到我老婆{N(wife)}的卡上，"
            f"卡号我记不清，后面四位是{g.rng.randint(1000, 9999)}。\n"
            f"问：店里还有谁帮忙？\n答：我老婆{N(wife)}和我侄子{N(neph)}，侄子周末过来看店。\n"
            f"问：你知道销售无标签散装白酒是违法的吗？\n答：知道一点，但是觉得都是熟人买，没想那么多。\n"
            f"问：你还有什么要补充的？\n答：没有了，以后不卖了。\n问：以上所说是否属实？\n答：属实。\n\n"
            f"被询问人签名：{N(party)}　　{K('date', cn(c.found))}\n询问人签名：{K('officer', c.off[0])}　{K('officer', c.off[1])}\n"
        )
        kind = "询问笔录"
    elif v == 1:
        t = (
            f"{K('agency', c.agency)}\n案件集体讨论记录\n\n案由：{N(party)}涉嫌销售不符合食品安全标准的食品案\n讨论时间：{K('date', cn(c.notice))}\n"
            f"主持人：{K('officer', c.off[0])}　记录人：{K('officer', c.off[1])}\n\n"
            f"案件承办人汇报：当事人{N(party)}（身份证号{S('id_number', g.pid(reg, b))}）在其经营的小卖部销售过期饮料，货源系其妹{N(wit)}代购。\n"
            f"当事人住{home(g, reg)}，联系电话{S('phone', g.mobile())}。执法人员于{K('date', cn(c.found))}检查时查获过期饮料{g.rng.randint(20, 90)}瓶，"
            f"{N(party)}称饮料系{N(wit)}从批发市场代购，店内平时由其丈夫{N(wife)}和{N(neph)}轮流看管。\n"
            f"参加人员发言：\n{K('officer', c.off[0])}：事实清楚，证据确凿，当事人系初次违法，建议在法定幅度内从轻处罚。\n"
            f"{K('officer', c.off[1])}：同意。另建议责令当事人建立进货查验记录，并对{N(wit)}的代购渠道另行核查。\n"
            f"法制审核意见：程序合法，适用法律正确。\n"
            f"讨论意见：一致同意按照一般程序作出罚款{K('amount', '人民币伍仟元')}的处罚。\n结论：报局长审批。\n"
            f"记录人签名：{K('officer', c.off[1])}\n"
        )
        kind = "案件集体讨论记录"
    else:
        t = (
            f"{K('agency', c.agency)}\n立案审批表\n\n案件来源：投诉举报\n当事人：{N(party)}　联系电话：{S('phone', g.mobile())}\n"
            f"住所：{home(g, reg, True)}\n举报人：{N(wit)}（{S('phone', g.mobile())}）\n"
            f"简要案情：举报人{N(wit)}反映，当事人{N(party)}在其位于{reg[2]}{S('address', g.rural(reg))}的自建房内无证加工辣椒酱，"
            f"由其妻{N(wife)}通过网络销售，收款账户为{N(wife)}名下银行卡{S('bank_account', g.card())}。{N(wit)}称曾多次看到{N(neph)}"
            f"驾驶{S('license_plate', g.plate(reg))}面包车从该处运出成品。执法人员于{K('date', cn(c.found))}进行了初步核查，现场可见加工设备及成品约三百瓶。\n"
            f"涉嫌违反：{K('statute', '《中华人民共和国食品安全法》第三十五条第一款')}\n受案时间：{K('date', cn(c.found))}　受案人：{K('officer', c.off[0])}\n"
            f"初查情况：举报人所述地址与当事人户籍登记地址不一致，当事人实际居住于该自建房，经{N(neph)}确认，当事人近三个月每周加工两次。\n"
            f"立案依据：{K('statute', '《市场监督管理行政处罚程序规定》第二十条')}\n承办人意见：建议立案。承办人：{K('officer', c.off[0])}、{K('officer', c.off[1])}　{K('date', cn(c.filed))}\n"
            f"负责人审批意见：同意立案。\n"
        )
        kind = "立案审批表"
    t = t.replace("\n", f"\n文书编号：{K('decision_number', c.num)}\n", 1)
    t += (
        f"\n附：相关材料目录\n1. 投诉举报登记表（编号{K('case_number', 'TS-' + str(y) + '-' + str(g.rng.randint(100, 999)).zfill(6))}）1份；\n"
        f"2. {N(party)}的身份证复印件1份；\n3. 现场照片{g.rng.randint(4, 12)}张；\n4. {N(wit)}提供的聊天记录截图{g.rng.randint(2, 6)}张；\n"
        f"5. 执法人员{K('officer', c.off[0])}、{K('officer', c.off[1])}制作的现场笔录1份；\n6. 其他相关材料。\n"
        f"备注：无。\n"
        f"经办机构：{K('agency', c.agency)}执法稽查科　地址：{K('agency_address', c.addr)}　电话：{K('agency_phone', c.phone)}\n"
    )
    return doc(t, hold=True, kind=kind, family="hold/process-document")


def d_lookalike(g, reg, y, v=0):
    """Not held: a trade-secret infringement penalty; a decision whose evidence lists 询问笔录."""
    c = Ctx(g, reg, "市场监督管理局", "市监罚", y)
    p = People(g, c.off)
    rep, ex, wit = p.new("c2"), p.new("rare"), p.new("wordg")
    comp = f"{reg[1]}{g.pick(['博远', '精工', '启航'])}电子科技有限公司"
    victim = f"{reg[1]}{g.pick(['联创', '盛达', '天工'])}仪器有限公司"
    code = uscc(g.rng, reg[3])
    ra = f"{reg[1]}{reg[2]}{g.pick(['科技园', '创新港'])}{g.rng.randint(1, 40)}号"
    t = c.head()
    t += f"当事人：{K('company', comp)}\n统一社会信用代码：{K('uscc', code)}\n住所：{K('org_address', ra)}\n法定代表人：{K('legal_rep', rep)}\n\n"
    if v == 0:
        t += (
            f"    经查明：当事人于{y - 1}年聘用{K('company', victim)}原技术员{N(ex)}，{N(ex)}离职时违反保密约定带走该公司产品图纸，当事人明知而使用。"
            f"{N(ex)}的前同事{N(wit)}证实了图纸来源。\n    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国反不正当竞争法》第九条第三款')}关于侵犯商业秘密的规定，"
            f"依据{K('statute', '《中华人民共和国反不正当竞争法》第二十一条')}，决定：责令停止违法行为，罚款{K('amount', '人民币贰拾万元')}。\n"
        )
    else:
        t += (
            f"    经查明：当事人生产销售的电子体温计未标注生产日期。员工{N(ex)}、{N(wit)}证实该批产品由当事人自行组装。\n"
            f"    以上事实有现场检查笔录、询问笔录3份、{N(ex)}的询问笔录、产品照片等证据证实，本案调查终结。\n"
            f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国产品质量法》第二十七条')}，依据{K('statute', '《中华人民共和国产品质量法》第五十四条')}，"
            f"决定：责令改正，罚款{K('amount', '人民币捌仟元')}。\n"
        )
    t += c.told() + c.remedy() + c.sign()
    return doc(
        t,
        party="legal",
        family="lookalike/" + ["trade-secret-infringement", "evidence-lists-record"][v],
    )


# ---------------------------------------------------------------- noise
FOOTER = ["- {p} -", "— {p} —", "第{p}页 共{n}页", "-{p}-"]


def wrap(segs, rng, lo=26, hi=36, every=18):
    """Hard line breaks every lo..hi characters, also inside names and numbers (never inside a keep
    label, an address, a plate or an email), and a page footer plus a running header every ``every`` lines."""
    out, col, width, lines, page = [], 0, rng.randint(lo, hi), 0, 1
    foot = rng.choice(FOOTER)
    breakable = (None, "person_name", "phone", "id_number", "bank_account")
    for text, role, kind in segs:
        if role == "K" or (role == "S" and kind not in breakable):
            out.append([text, role, kind])
            col += len(text)
            continue
        buf = ""
        for i, ch in enumerate(text):
            buf += ch
            if ch == "\n":
                col, width = 0, rng.randint(lo, hi)
                continue
            col += 1
            if col >= width and i + 1 < len(text) and text[i + 1] != "\n":
                col, width = 0, rng.randint(lo, hi)
                buf += "\n"
                lines += 1
                if role is None and lines >= every:
                    lines, page = 0, page + 1
                    buf += (
                        "\n"
                        + foot.format(p=page - 1, n=3)
                        + "\n\f行政执法公示　　　行政处罚决定书（公示版）\n"
                    )
        out.append([buf, role, kind])
    return out


def noise(segs, fmt, rng):
    if fmt in ("wrap", "footer"):
        return wrap(segs, rng, every=14 if fmt == "footer" else 18)
    if fmt == "nbsp":
        out = []
        for t, role, kind in segs:
            if role is None:
                t = t.replace("：", "：\u00a0").replace("    ", "\u00a0\u00a0\u3000")
            elif role == "S" and kind == "phone" and len(t) == 11:
                t = t[:3] + "\u00a0" + t[3:7] + "\u00a0" + t[7:]
            out.append([t, role, kind])
        return out
    if fmt == "zwsp":
        out, seen = [], set()
        for t, role, kind in segs:
            if (
                role == "S"
                and kind == "person_name"
                and t in seen
                and len(t) >= 2
                and rng.random() < 0.4
            ):
                t = zw(t)
            elif role == "S" and kind == "person_name":
                seen.add(t)
            out.append([t, role, kind])
        return out
    if fmt == "fullwidth":
        out = []
        for t, role, kind in segs:
            if role == "S" and kind in ("phone", "id_number"):
                t = wide(t)
            out.append([t, role, kind])
        return out
    return segs


# ---------------------------------------------------------------- plan
def plan():
    R = REGIONS
    items = []
    for v in range(3):
        items += [
            (d_blackcab, v),
            (d_foodshop, v),
            (d_building, v),
            (d_company, v),
            (d_wages, v),
            (d_onspot, v),
            (d_seizure, v),
            (d_sand, v),
            (d_hearing, v),
            (d_netshop, v),
        ]
    items += [(d_foreign, 0), (d_foreign, 1), (d_foreign, 2)]
    items += [(d_company, 3), (d_sand, 3), (d_building, 3)]
    items += [(d_marked, v) for v in range(6)]
    items += [(d_minor, v) for v in range(3)]
    items += [(d_record, v) for v in range(3)]
    items += [(d_lookalike, 0), (d_lookalike, 1)]
    rng = random.Random(SEED + 1)
    rng.shuffle(items)
    return [(f, R[i % len(R)], 2024 + i % 3, v) for i, (f, v) in enumerate(items)]


def check_names(text, spans, name):
    """Every occurrence of a sensitive name (or of it without its ZWSP / wrap) lies inside a
    sensitive span: a name that is also a word never stands as a bare word."""
    covered = [(s, e) for s, e, role, _k, _t in spans if role == "S"]
    for _s, _e, role, kind, t in spans:
        if role != "S" or kind != "person_name":
            continue
        i = text.find(t)
        while i >= 0:
            assert any(s <= i and i + len(t) <= e for s, e in covered), (name, "bare name", t)
            i = text.find(t, i + 1)
    for _s, _e, role, _kind, t in spans:
        if role == "K":
            for _s2, _e2, r2, k2, t2 in spans:
                if r2 == "S" and k2 == "person_name":
                    plain = "".join(t2.split()).replace("\u200b", "")
                    assert plain not in t, (name, "private name inside keep", t2, t)


def main() -> None:
    scorer = load_scorer()
    rng = random.Random(SEED)
    g = Gen(rng)
    fresh_docs_dir(HERE)
    out = []
    for i, (make, reg, year, v) in enumerate(plan(), 1):
        fname = f"docs/{i:04d}.txt"
        for attempt in range(50):
            d = make(g, reg, year, v)
            segs = noise(parse_segments(d["markup"]), d["fmt"], rng)
            text, spans = render_segments(segs, crlf=d["fmt"] == "crlf")
            sens, keep = split_labels(spans)
            labels = {
                "file": fname,
                "family": d["family"] + ("/" + d["fmt"] if d["fmt"] != "plain" else ""),
                "doc_kind": d["kind"],
                "hold": d["hold"],
                "party_type": d["party"],
                "sensitive": sens,
                "keep": keep,
            }
            try:
                self_check(scorer, text, spans, labels, fname)
                check_unlabelled_numbers(scorer, text, spans, fname)
                check_names(text, spans, fname)
            except AssertionError:
                if attempt == 49:
                    raise
                continue
            break
        assert 600 <= len(text) <= 4000, (fname, len(text), d["family"])
        (HERE / fname).write_bytes(text.encode("utf-8"))
        out.append(labels)
    write_labels(HERE, out)
    print_summary(out)


if __name__ == "__main__":
    main()
