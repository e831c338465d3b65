#!/usr/bin/env python3
"""Generate the held-out "hard-wording" redaction corpus (docs/ + labels.json).

Written as an independent examiner would, without looking at the engine: the documents vary the
WORDING and STRUCTURE by which people and their data are introduced, not the noise. A person
comes in as 当事人XXX, 当事人：XXX, 当事人（姓名）：XXX, 姓名：XXX, a form row 被处罚人姓名<TAB>XXX,
户名/账户名 of a bank account, 经营者姓名, 负责人（经营者）, 申请人, 收件人/签收人/代收人 of a
service block, a party's own 联系人, 被询问人, 车主XXX, XXX（男，…）, XXX，男，汉族，…, 经营者为XXX,
系XXX之妻, 与XXX系夫妻关系, 由XXX负责, 委托XXX（其子）办理, 受XXX委托, 实际经营者系XXX,
交由XXX保管, 证人证言：XXX称, 据XXX交代, XXX（另案处理）, XXX（已死亡）, and numbered lists of
parties. Names come from a large pool: common, rare and compound surnames, 2/3/4-character
names, names that are ordinary words, minority names with and without a middle dot, foreign
names transliterated and in Latin letters, names padded with a full-width space in forms.
The data around them: ID numbers under many captions, full-width, grouped by spaces or hyphens,
old 15-digit numbers; phones as 手机/电话/联系方式/TEL/Tel./微信同号; a natural person's bank
account with 开户行; WeChat/Alipay accounts; licence plates (粤B·12345, spaced, new-energy,
trailer 挂, temporary, learner 学); home addresses under 住/住址/家住/户籍地/现住/暂住/居住地/
经常居住地/户籍所在地/住所地 including rural 村组号 forms; birth dates in four spellings.

Labelling conventions (DESIGN.md §4, policy spc-2016, as in the dev corpus):
- person_name (sensitive): every natural person who is not an officer, a legal representative
  of a legal person or a lawyer. A party's own contact person (联系人) is private; the agency's
  contact who is one of its officers is kept (officer). 询问人/记录人 are officers.
- address (sensitive): the part of a natural person's home address below the district/county
  (the county itself stays). Kept: business premises (location), registered addresses
  (org_address), violation places (location), the agency's address.
- Held: a confidentiality marking, 此件不公开, a statement that the text holds trade secrets of
  this case, a party who is a minor on 2026-11-25, a process document (询问笔录, 现场笔录).
  Not held: 不涉及国家秘密、商业秘密, a party exactly 18 on 2026-11-25, 向未成年人销售 with no
  minor named, a product called 绝密配方, 公开属性：主动公开, evidence lists naming 询问笔录.

Deterministic (fixed seed); everything is fictional; ID numbers, bank cards and credit codes
carry valid check characters.

    cd tests/redaction/hard-wording && python3 make_corpus.py
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

# province, city, county, region code, area code, plate prefix, abbreviation, towns, villages
REGIONS = [
    (
        "广东省",
        "深圳市",
        "龙岗区",
        "440307",
        "0755",
        "粤B",
        "深龙",
        ["布吉街道", "坂田街道", "横岗街道"],
        ["大芬社区", "岗头社区", "西坑社区"],
    ),
    (
        "湖南省",
        "长沙市",
        "望城区",
        "430112",
        "0731",
        "湘A",
        "望",
        ["乔口镇", "靖港镇", "铜官街道"],
        ["团头湖村", "格塘村", "新华村"],
    ),
    (
        "四川省",
        "绵阳市",
        "涪城区",
        "510703",
        "0816",
        "川B",
        "涪",
        ["青义镇", "丰谷镇", "杨家镇"],
        ["渔江村", "玉皇村", "天星村"],
    ),
    (
        "山东省",
        "潍坊市",
        "寿光市",
        "370783",
        "0536",
        "鲁G",
        "寿",
        ["圣城街道", "稻田镇", "侯镇"],
        ["崔家庄村", "王家岭村", "北洛村"],
    ),
    (
        "新疆维吾尔自治区",
        "乌鲁木齐市",
        "天山区",
        "650102",
        "0991",
        "新A",
        "天",
        ["幸福路街道", "碱泉街街道", "延安路街道"],
        ["团结社区", "和平社区", "红旗社区"],
    ),
    (
        "浙江省",
        "温州市",
        "瑞安市",
        "330381",
        "0577",
        "浙C",
        "瑞",
        ["塘下镇", "飞云街道", "马屿镇"],
        ["韩田村", "鲍田村", "下村村"],
    ),
    (
        "河南省",
        "周口市",
        "鹿邑县",
        "411628",
        "0394",
        "豫P",
        "鹿",
        ["真源街道", "玄武镇", "太清宫镇"],
        ["郑庄村", "李楼村", "大周庄村"],
    ),
    (
        "云南省",
        "西双版纳傣族自治州",
        "景洪市",
        "532801",
        "0691",
        "云K",
        "景",
        ["允景洪街道", "嘎洒镇", "勐罕镇"],
        ["曼景兰村", "曼沙村", "曼听村"],
    ),
    (
        "黑龙江省",
        "齐齐哈尔市",
        "龙沙区",
        "230202",
        "0452",
        "黑B",
        "龙",
        ["五龙街道", "湖滨街道", "大民街道"],
        ["江安社区", "永安社区", "站前社区"],
    ),
]

STREETS = [
    "建设路",
    "人民南路",
    "解放西路",
    "青年路",
    "工农街",
    "环城北路",
    "育才路",
    "迎宾大道",
    "滨江路",
    "文化路",
    "光华街",
    "新民路",
    "振兴大道",
    "东风路",
    "和平街",
    "朝阳北路",
    "胜利街",
    "民主路",
    "健康路",
    "中山东路",
]
ESTATES = [
    "锦绣家园",
    "翠苑小区",
    "金色港湾",
    "香樟园",
    "御景华庭",
    "丽都花园",
    "学府佳苑",
    "紫荆名都",
    "枫林绿洲",
    "怡景新村",
    "阳光100城市广场",
    "世纪花城",
    "水韵江南",
]

COMMON = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万覃武钱戴严莫孔向常汤"
)
RARE = list("仉亓乜禚逯郜昝谯笪佴隗邴訾酆眭缑蒯揭冼粟庹冉郇晏蔺谌阚郏琚")
COMPOUND = [
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "令狐",
    "慕容",
    "端木",
    "澹台",
    "宇文",
    "长孙",
    "夏侯",
    "百里",
    "呼延",
    "万俟",
    "申屠",
    "闻人",
]
GIVEN1 = list("伟芳娜敏静强磊军洋勇艳杰涛超霞平刚桂英华红玲斌丹萍鹏辉宁琳倩浩凯")
GIVEN2 = [
    "建华",
    "秀英",
    "志强",
    "桂芳",
    "晓东",
    "海燕",
    "国庆",
    "玉梅",
    "春生",
    "德胜",
    "凤英",
    "金花",
    "子轩",
    "梓涵",
    "雨桐",
    "浩然",
    "一诺",
    "思远",
    "欣怡",
    "宇航",
    "嘉怡",
    "俊杰",
    "丽娟",
    "永福",
    "来福",
    "根生",
    "二妹",
    "水生",
    "大勇",
    "小燕",
    "学文",
    "玉兰",
    "红霞",
    "振华",
    "淑芬",
    "继承",
    "爱民",
    "秋菊",
    "兴旺",
    "长顺",
    "天佑",
    "若曦",
    "沐阳",
    "芷若",
]
# full names that are ordinary words or places
WORDNAMES = [
    "高峰",
    "常青",
    "江山",
    "金星",
    "白云",
    "文明",
    "方圆",
    "夏天",
    "石磊",
    "田园",
    "向阳",
    "万里",
    "海洋",
    "林海",
    "钟声",
    "路遥",
    "安宁",
    "甘露",
    "严明",
    "乐天",
    "柏林",
    "江南",
    "武功",
    "秦川",
    "黎明",
    "司南",
    "时雨",
    "何必",
    "于洋",
    "牛犇",
    "叶子",
    "包容",
    "龙飞",
    "温暖",
    "花蕾",
    "宫殿",
    "车轮",
]
FOUR = [
    "欧阳晓燕",
    "司马文博",
    "上官婉清",
    "诸葛明亮",
    "张王丽萍",
    "陈李一鸣",
    "端木蓉蓉",
    "慕容雪莹",
    "东方既白",
    "皇甫嘉树",
    "夏侯思齐",
    "范徐子墨",
]
MINORITY_DOT = [
    "阿依古丽·买买提",
    "买买提江·吐尔逊",
    "热合曼·阿不都拉",
    "古丽米拉·艾山",
    "努尔买买提·阿西木",
    "迪丽努尔·阿布力克木",
    "叶尔兰·努尔别克",
    "阿迪力·吾守尔",
    "帕尔哈提·依明",
    "祖丽皮亚·肉孜",
    "阿卜杜外力·卡德尔",
    "巴哈古丽·哈斯木",
]
MINORITY_PLAIN = [
    "扎西顿珠",
    "次仁央宗",
    "巴桑次仁",
    "格桑卓玛",
    "乌兰图雅",
    "巴特尔",
    "其其格",
    "岩温",
    "玉香",
    "岩罕扁",
    "玉应叫",
    "吉克阿依",
    "阿苏拉则",
    "斯琴高娃",
]
# (Chinese transliteration, Latin spelling, nationality)
FOREIGN = [
    ("阮文雄", "NGUYEN VAN HUNG", "越南"),
    ("金敏俊", "KIM MINJUN", "韩国"),
    ("约翰·史密斯", "John SMITH", "英国"),
    ("伊万·彼得罗夫", "Ivan PETROV", "俄罗斯"),
    ("玛丽亚·冈萨雷斯", "Maria GONZALEZ", "西班牙"),
    ("佐藤健一", "SATO KENICHI", "日本"),
    ("穆罕默德·阿里·汗", "Muhammad Ali KHAN", "巴基斯坦"),
    ("安娜·科瓦尔斯卡", "Anna KOWALSKA", "波兰"),
    ("颂猜·帕农", "Somchai PHANON", "泰国"),
]
ETHNIC = ["汉族", "汉族", "汉族", "回族", "壮族", "土家族", "满族", "苗族", "彝族", "蒙古族"]

CN_DIGITS = "〇一二三四五六七八九"
WIDE_T = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
AMOUNTS = [
    (500, "伍佰"),
    (1000, "壹仟"),
    (2000, "贰仟"),
    (3000, "叁仟"),
    (5000, "伍仟"),
    (8000, "捌仟"),
    (10000, "壹万"),
    (20000, "贰万"),
    (30000, "叁万"),
    (50000, "伍万"),
]
BANKS = [
    "中国农业银行",
    "中国工商银行",
    "中国建设银行",
    "中国邮政储蓄银行",
    "农村商业银行",
    "中国银行",
    "招商银行",
]


def cn_num(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def cn_date(d: dt.date) -> str:
    """一九八五年六月十二日"""
    return (
        "".join(CN_DIGITS[int(c)] for c in str(d.year)) + f"年{cn_num(d.month)}月{cn_num(d.day)}日"
    )


def wide(s: str) -> str:
    return s.translate(WIDE_T)


def fmt_id(pid: str, style: int) -> str:
    if style == 1:
        return wide(pid)
    if style == 2:
        return " ".join(pid[i : i + 4] for i in range(0, 18, 4))
    if style == 3:
        return f"{pid[:6]}-{pid[6:14]}-{pid[14:]}"
    if style == 4:
        return f"{pid[:6]} {pid[6:14]} {pid[14:]}"
    return pid


def age_on(born: dt.date, day: dt.date = TODAY) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


class Gen:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def pick(self, seq):
        return self.rng.choice(seq)

    def born(self, lo=1956, hi=2000) -> dt.date:
        return dt.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def pid(self, reg, born: dt.date, male=True) -> str:
        seq = self.rng.randint(10, 499) * 2 + (1 if male else 0)
        return id18(reg[3], born, seq)

    def pid15(self, reg, born: dt.date, male=True) -> str:
        seq = self.rng.randint(10, 499) * 2 + (1 if male else 0)
        return f"{reg[3]}{born:%y%m%d}{seq:03d}"

    def mobile(self) -> str:
        return (
            self.pick(["13", "15", "18", "17", "19"])
            + str(self.rng.randint(0, 9))
            + "".join(str(self.rng.randint(0, 9)) for _ in range(8))
        )

    def landline(self, reg) -> str:
        return f"{reg[4]}-{self.rng.randint(2, 8)}{self.rng.randint(1000000, 9999999)}"

    def card(self) -> str:
        body = self.pick(["622848", "621700", "622202", "621799", "623668", "620522"]) + "".join(
            str(self.rng.randint(0, 9)) for _ in range(self.pick([9, 12]))
        )
        return luhn(body)

    def cert(self, reg) -> str:
        if self.rng.random() < 0.5:
            return reg[3] + str(self.rng.randint(2015, 2024)) + f"{self.rng.randint(0, 9999):04d}"
        return reg[3][:2] + f"{self.rng.randint(100000000, 999999999)}"

    def day(self, year: int, lo=1, hi=9) -> dt.date:
        return dt.date(year, self.rng.randint(lo, hi), self.rng.randint(1, 28))

    def urban(self, reg) -> str:
        r = self.rng
        forms = [
            f"{self.pick(reg[7])}{self.pick(STREETS)}{r.randint(1, 899)}号{self.pick(ESTATES)}{r.randint(1, 30)}栋{r.randint(1, 6)}单元{r.randint(1, 32)}0{r.randint(1, 4)}室",
            f"{self.pick(STREETS)}{r.randint(1, 899)}号{r.randint(1, 20)}幢{r.randint(1, 28)}0{r.randint(1, 6)}室",
            f"{self.pick(reg[7])}{self.pick(STREETS)}{r.randint(1, 99)}弄{r.randint(1, 60)}号{r.randint(1, 6)}0{r.randint(1, 4)}室",
            f"{self.pick(ESTATES)}{r.randint(1, 30)}栋{r.randint(1, 3)}单元{r.randint(1, 18)}0{r.randint(1, 4)}室",
        ]
        return self.pick(forms)

    def rural(self, reg) -> str:
        r = self.rng
        forms = [
            f"{self.pick(reg[7])}{self.pick(reg[8])}{r.randint(1, 12)}组{r.randint(1, 99)}号",
            f"{self.pick(reg[8])}{r.randint(1, 12)}组{r.randint(1, 99)}号",
            f"{self.pick(reg[7])}{self.pick(reg[8])}{cn_num(r.randint(1, 9))}组{r.randint(1, 80)}号",
            f"{self.pick(reg[7])}{self.pick(reg[8])}{r.randint(1, 300)}号",
        ]
        return self.pick(forms)

    def home(self, reg, rural=None, lead=None) -> str:
        """A home address: a public head (province/city/county, or part of it) and the
        labelled detail below the county."""
        if rural is None:
            rural = self.rng.random() < 0.4
        detail = self.rural(reg) if rural else self.urban(reg)
        if lead is None:
            lead = self.rng.randint(0, 3)
        head = [f"{reg[0]}{reg[1]}{reg[2]}", f"{reg[1]}{reg[2]}", reg[2], f"{reg[0]}{reg[2]}"][lead]
        return head + S("address", detail)

    def plate(self, reg, style: int) -> str:
        r = self.rng
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        five = "".join(r.choice("0123456789" + letters[:6]) for _ in range(2)) + str(
            r.randint(100, 999)
        )
        if style == 0:
            return f"{reg[5]}·{r.randint(10000, 99999)}"
        if style == 1:
            return f"{reg[5]} {five}"
        if style == 2:
            return f"{reg[5]}{r.choice('DF')}{r.randint(10000, 99999)}"
        if style == 3:
            return f"{reg[5]}{r.randint(1000, 9999)}挂"
        if style == 4:
            return f"{reg[5]}{r.randint(1000, 9999)}学"
        if style == 5:
            return f"{reg[5]}-{five}"
        return f"{reg[5]}{five}"

    def amount(self, lo=0, hi=9):
        n, big = AMOUNTS[self.rng.randint(lo, hi)]
        return n, big

    def passport(self) -> str:
        return self.pick("EGCBKMP") + "".join(str(self.rng.randint(0, 9)) for _ in range(8))


class Names:
    """Names of one document: distinct, none inside another."""

    def __init__(self, g: Gen):
        self.g = g
        self.taken: list[str] = []

    def _ok(self, n: str) -> bool:
        return all(n not in t and t not in n for t in self.taken)

    def new(self, style="han", surname=None) -> str:
        g = self.g
        for _ in range(200):
            if style == "han":
                s = surname or g.pick(COMMON)
                n = s + (g.pick(GIVEN1) if g.rng.random() < 0.35 else g.pick(GIVEN2))
            elif style == "rare":
                n = (surname or g.pick(RARE)) + (
                    g.pick(GIVEN1) if g.rng.random() < 0.4 else g.pick(GIVEN2)
                )
            elif style == "compound":
                n = g.pick(COMPOUND) + (g.pick(GIVEN1) if g.rng.random() < 0.5 else g.pick(GIVEN2))
            elif style == "word":
                n = g.pick(WORDNAMES)
            elif style == "four":
                n = g.pick(FOUR)
            elif style == "dot":
                n = g.pick(MINORITY_DOT)
            elif style == "plain":
                n = g.pick(MINORITY_PLAIN)
            elif style == "any":
                return self.new(g.pick(["han", "han", "han", "rare", "compound", "word", "four"]))
            else:
                raise ValueError(style)
            if self._ok(n):
                self.taken.append(n)
                return n
        raise RuntimeError("name pool exhausted")

    def add(self, n: str) -> str:
        self.taken.append(n)
        return n


class Ctx:
    """One agency and its decision: header, officers, remedy, signature."""

    def __init__(self, g: Gen, reg, bureau: str, code: str, year: int, names: Names):
        self.g, self.reg, self.year = g, reg, year
        county = reg[2]
        self.agency = f"{county}{bureau}" if county.endswith("市") else f"{reg[1]}{county}{bureau}"
        self.addr = f"{reg[0]}{reg[1]}{county}{g.pick(STREETS)}{g.rng.randint(1, 400)}号"
        self.phone = g.landline(reg)
        self.num = f"{reg[6]}{code}罚决〔{year}〕{g.rng.randint(10, 3999)}号"
        self.told_num = f"{reg[6]}{code}罚告〔{year}〕{g.rng.randint(10, 3999)}号"
        self.off = [(names.new("han"), g.cert(reg)) for _ in range(2)]
        self.found = g.day(year, 1, 6)
        self.filed = self.found + dt.timedelta(days=g.rng.randint(1, 9))
        self.told = self.filed + dt.timedelta(days=g.rng.randint(20, 50))
        self.decided = self.told + dt.timedelta(days=g.rng.randint(8, 30))
        self.county = county

    def head(self, title="行政处罚决定书") -> str:
        return f"{K('agency', self.agency)}\n{title}\n{K('decision_number', self.num)}\n\n"

    def officers(self, lead="执法人员") -> str:
        (a, ca), (b, cb) = self.off
        return (
            f"{lead}：{K('officer', a)}（执法证号：{K('officer_cert', ca)}）、"
            f"{K('officer', b)}（执法证号：{K('officer_cert', cb)}）"
        )

    def told_text(self, who="当事人") -> str:
        return (
            f"    {K('date', cn(self.told))}，本机关向{who}送达了《行政处罚事先告知书》（{K('decision_number', self.told_num)}），"
            f"告知其拟作出行政处罚的事实、理由、依据以及依法享有的陈述、申辩、听证权利。{who}在法定期限内未提出陈述、申辩。\n"
        )

    def penalty(self, base_statute: str, amount=None) -> str:
        n, big = amount or self.g.amount()
        return (
            f"    依据{K('statute', base_statute)}的规定，本机关决定作出如下行政处罚：罚款{K('amount', f'人民币{big}元整')}"
            f"（{K('amount', f'{n}元')}）。\n"
        )

    def remedy(self) -> str:
        return (
            f"    当事人应当自收到本决定书之日起十五日内将罚款缴至指定银行（收款人：{self.reg[2]}财政局非税收入专户）。"
            f"逾期不缴纳的，依据{K('statute', '《中华人民共和国行政处罚法》第七十二条第一款第（一）项')}的规定，每日按罚款数额的百分之三加处罚款。\n"
            f"    如不服本决定，可以在收到本决定书之日起六十日内向{self.reg[2]}人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。\n\n"
        )

    def sign(self, officers=True, contact=None) -> str:
        out = (self.officers() + "\n") if officers else ""
        if contact:
            out += f"本机关联系人：{K('officer', contact)}\n"
        out += (
            f"本机关地址：{K('agency_address', self.addr)}　联系电话：{K('agency_phone', self.phone)}　"
            f"监督电话：{K('agency_phone', '12345')}\n\n{K('agency', self.agency)}\n{K('date', cn(self.decided))}\n"
        )
        return out


def company(g: Gen, reg, kind="有限公司") -> tuple[str, str, str]:
    words = [
        "恒达",
        "瑞丰",
        "鑫源",
        "华晟",
        "宏图",
        "佳禾",
        "腾跃",
        "联创",
        "润泽",
        "博远",
        "安泰",
        "永利",
    ]
    trade = ["商贸", "建材", "食品", "物流", "餐饮管理", "电子科技", "再生资源", "农业开发", "机械"]
    name = f"{reg[1]}{g.pick(words)}{g.pick(trade)}{kind}"
    code = uscc(g.rng, reg[3])
    addr = f"{reg[1]}{reg[2]}{g.pick(STREETS)}{g.rng.randint(1, 600)}号{g.pick(['', '一楼', '3楼', 'A座1208室'])}"
    return name, code, addr


def shop(g: Gen, reg) -> tuple[str, str, str]:
    words = [
        "好再来",
        "福满多",
        "老街坊",
        "顺心",
        "惠民",
        "乐购",
        "金三角",
        "新天地",
        "聚丰",
        "康乐",
    ]
    trade = [
        "便利店",
        "小吃店",
        "五金店",
        "农资店",
        "烟酒商行",
        "副食店",
        "汽车维修部",
        "网吧",
        "药店",
    ]
    name = f"{reg[2]}{g.pick(words)}{g.pick(trade)}"
    code = (
        "92"
        + reg[3]
        + "MA"
        + "".join(g.rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))
    )
    from tests.redaction.hard_corpus import uscc_check_char

    code += uscc_check_char(code)
    loc = f"{reg[2]}{g.pick(reg[7])}{g.pick(STREETS)}{g.rng.randint(1, 500)}号{g.pick(['门面', '一楼商铺', '临街铺面', ''])}"
    return name, code, loc


def doc(markup, hold=False, party="natural", kind="行政处罚决定书", family=""):
    return dict(markup=markup, hold=hold, party=party, kind=kind, family=family)


def sex_of(name_male: bool) -> str:
    return "男" if name_male else "女"


def birth_text(d: dt.date, style: int) -> str:
    """the birth date as written and labelled"""
    return [cn(d), f"{d:%Y.%m.%d}", cn_date(d), f"{d.year}年{d.month}月", f"{d:%Y-%m-%d}"][style]


SHOP_STATUTES = [
    (
        "《中华人民共和国食品安全法》第三十四条第（十）项",
        "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项",
        "超过保质期的食品",
    ),
    (
        "《中华人民共和国价格法》第十三条第一款",
        "《明码标价和禁止价格欺诈规定》第二十条",
        "未按规定明码标价的商品",
    ),
    (
        "《中华人民共和国产品质量法》第三十九条",
        "《中华人民共和国产品质量法》第五十条",
        "以不合格产品冒充合格产品的电热水壶",
    ),
]


def d_shop(g: Gen, reg, y, v=0):
    """A 个体工商户 introduced by 经营者姓名 / 负责人（经营者） / 经营者为 / 实际经营者系."""
    nm = Names(g)
    c = Ctx(g, reg, "市场监督管理局", "市监", y, nm)
    shop_name, code, loc = shop(g, reg)
    a = nm.new(["han", "rare", "word", "compound"][v % 4])
    b = nm.new("han")
    clerk = nm.new("any")
    male = g.rng.random() < 0.5
    born = g.born()
    pid = g.pid(reg, born, male)
    phone = g.mobile()
    law, base, goods = SHOP_STATUTES[v % 3]
    if v == 0:
        party = (
            f"当事人：{K('company', shop_name)}\n统一社会信用代码：{K('uscc', code)}\n经营场所：{K('location', loc)}\n"
            f"经营者姓名：{N(a)}\n公民身份号码：{S('id_number', fmt_id(pid, 1))}\n住所：{g.home(reg)}\n"
            f"联系电话：{S('phone', phone)}（微信同号）\n"
        )
        run = f"该店日常经营由店员{N(clerk)}负责"
    elif v == 1:
        party = (
            f"当事人名称：{K('company', shop_name)}\n负责人（经营者）：{N(a)}　性别：{sex_of(male)}\n"
            f"身份证件号：{S('id_number', fmt_id(pid, 2))}\n经营场所：{K('location', loc)}\n"
            f"居住地：{g.home(reg)}\nTEL：{S('phone', phone)}\n"
        )
        run = f"店内收银及进货由{N(clerk)}负责"
    elif v == 2:
        party = (
            f"当事人：{K('company', shop_name)}（个体工商户）\n统一社会信用代码：{K('uscc', code)}\n"
            f"经营场所：{K('location', loc)}\n"
        )
        run = (
            f"经查，该店登记的经营者为{N(a)}（身份证号码：{S('id_number', pid)}），实际经营者系{N(b)}，"
            f"{N(b)}系{N(a)}之妻，现住{g.home(reg)}，联系方式：{S('phone', phone)}。店内事务由{N(b)}负责"
        )
    else:
        party = (
            f"当事人：{N(a)}\n经营者姓名：{N(a)}\n字号名称：{K('company', shop_name)}\n证件号码：{S('id_number', fmt_id(pid, 3))}\n"
            f"经营场所：{K('location', loc)}\n家住{g.home(reg, rural=True)}\n手机：{S('phone', phone)}\n"
        )
        run = f"该店销售的“绝密配方”牌辣椒酱由{N(clerk)}负责进货"
    held_goods = f"本局依法对上述商品实施先行登记保存，交由{N(clerk)}保管"
    body = (
        f"    {K('date', cn(c.found))}，本局执法人员对当事人经营场所进行检查，发现其货架上陈列{goods}共{g.rng.randint(3, 40)}件。{run}。"
        f"{held_goods}。{K('date', cn(c.filed))}，本局予以立案调查。\n"
        f"    以上事实有现场检查笔录、对{N(clerk)}的询问笔录、营业执照复印件、进货单据等证据为证。\n"
        f"    本局认为，当事人的上述行为违反了{K('statute', law)}的规定。\n"
        + c.told_text()
        + c.penalty(base, g.amount(0, 5))
        + c.remedy()
    )
    if v == 3:
        body += "    本决定书不涉及国家秘密、商业秘密和个人隐私，依法予以公开。\n\n"
    return doc(c.head() + party + "\n" + body + c.sign(), family=f"shop/v{v}")


def d_cab(g: Gen, reg, y, v=0):
    """Illegal passenger transport: 车主XXX, plates in many forms, passengers' statements, WeChat."""
    nm = Names(g)
    c = Ctx(g, reg, "交通运输局", "交", y, nm)
    drv = nm.new(["han", "rare", "word", "four"][v % 4])
    owner = nm.new("han")
    p1, p2 = nm.new("any"), nm.new("han")
    born = g.born(1965, 1999)
    pid = g.pid(reg, born)
    ph = g.mobile()
    pl = g.plate(reg, [0, 1, 2, 6][v % 4])
    bstyle = [0, 1, 2, 0][v % 4]
    intro = [
        f"当事人{N(drv)}（男，{S('birth_date', birth_text(born, bstyle))}生，身份证号码{S('id_number', pid)}），户籍地：{g.home(reg, rural=True)}，现住{g.home(reg, rural=False)}，电话{S('phone', ph)}。\n",
        f"当事人：{N(drv)}，男，{S('birth_date', birth_text(born, bstyle))}出生，居民身份证：{S('id_number', fmt_id(pid, 4))}，暂住{g.home(reg, rural=False)}，Tel.{S('phone', ph)}。\n",
        f"姓名：{N(drv)}　性别：男　出生日期：{S('birth_date', birth_text(born, bstyle))}\n证件号码：{S('id_number', pid)}\n经常居住地：{g.home(reg)}\n联系电话：{S('phone', ph)}\n",
        f"当事人基本情况：{N(drv)}，男，汉族，{S('birth_date', birth_text(born, bstyle))}出生，初中文化，无业，户籍所在地{g.home(reg, rural=True)}，公民身份号码{S('id_number', pid)}，手机{S('phone', ph)}。\n",
    ][v % 4]
    pay_ph = g.mobile()
    fare = g.rng.randint(30, 120)
    if v % 2 == 0:
        pay = f"乘客通过微信扫码向当事人个人微信账户（微信号绑定手机{S('phone', pay_ph)}）支付车费{K('amount', f'{fare}元')}"
    else:
        card = g.card()
        pay = (
            f"车费由乘客转入当事人个人银行账户（户名：{N(drv)}，开户行：{g.pick(BANKS)}{reg[2]}支行，"
            f"账号：{S('bank_account', card)}），共计{K('amount', f'{fare}元')}"
        )
    extra = ""
    if v == 1:
        tp = f"{reg[5]}{g.rng.randint(100000, 999999)}"
        extra = f"该车此前曾悬挂临时号牌{S('license_plate', tp)}上路行驶。"
    if v == 2:
        extra = f"当事人另驾驶的教练车{S('license_plate', g.plate(reg, 4))}亦曾搭载乘客。"
    body = (
        f"    {K('date', cn(c.found))}，本局执法人员在{K('location', reg[2] + '高铁站南广场出租车候客区')}检查时发现，当事人驾驶号牌为{S('license_plate', pl)}的小型轿车，"
        f"未取得道路运输经营许可，擅自从事道路旅客运输经营。经查，该车登记车主{N(owner)}，系当事人之兄。{extra}"
        f"当日乘客{N(p1)}、{N(p2)}两人从该处乘车前往{reg[7][1]}，{pay}。\n"
        f"    证人证言：{N(p1)}称，其在候客区被当事人招揽上车，约定车费{fare}元；{N(p2)}的陈述与之一致。\n"
        f"    上述事实有现场笔录、车辆照片、{N(p1)}和{N(p2)}的询问笔录、支付记录截图等证据证实。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国道路运输条例》第十条')}的规定。\n"
        + c.told_text()
        + c.penalty("《中华人民共和国道路运输条例》第六十三条", g.amount(4, 8))
        + c.remedy()
    )
    return doc(c.head() + intro + "\n" + body + c.sign(), family=f"cab/v{v}")


def d_police(g: Gen, reg, y, v=0):
    """治安: XXX，男，汉族，… ; 据XXX交代 ; XXX（另案处理）; v1 minor party (held); v2 party
    exactly 18 on 2026-11-25 (not held); v3 old 15-digit ID."""
    nm = Names(g)
    if v == 1:
        born = dt.date(2010, g.rng.randint(1, 12), g.rng.randint(1, 28))
        y = 2026
    elif v == 2:
        born = dt.date(2008, 6, 15)  # 18 at the offence and on 2026-11-25
        y = 2026
    else:
        born = g.born(1960, 1995)
    c = Ctx(g, reg, "公安局", "公（治）", y, nm)
    c.agency = f"{reg[1]}公安局{reg[2]}分局" if not reg[2].endswith("市") else f"{reg[2]}公安局"
    c.decided = dt.date(y, g.rng.randint(9, 10), g.rng.randint(1, 28))
    c.found = c.decided - dt.timedelta(days=g.rng.randint(2, 9))
    a = nm.new(["han", "compound", "han", "rare"][v])
    b, w, guardian = nm.new("han"), nm.new("word"), nm.new("han")
    if v == 3:
        pid = g.pid15(reg, born)
        idt = f"身份证号码{S('id_number', pid)}（十五位旧证）"
    else:
        pid = g.pid(reg, born)
        idt = f"公民身份号码{S('id_number', pid)}"
    bt = S("birth_date", birth_text(born, [0, 2, 0, 1][v]))
    intro = (
        f"违法行为人：\n    {N(a)}，男，汉族，{bt}出生，{idt}，户籍地{g.home(reg, lead=0)}，"
        f"现住{g.home(reg, lead=2)}，联系方式{S('phone', g.mobile())}。\n"
    )
    if v == 1:
        intro += f"    监护人：{N(guardian)}（系{N(a)}之父），电话{S('phone', g.mobile())}。\n"
    thing = ["电动车电瓶", "手机", "自行车", "电缆线"][v]
    body = (
        f"    现查明：{K('date', cn(c.found))}凌晨，{N(a)}伙同{N(b)}（另案处理）在{K('location', reg[2] + reg[7][0] + g.pick(STREETS) + '农贸市场')}附近盗窃{thing}一个，"
        f"价值{K('amount', f'{g.rng.randint(300, 900)}元')}。据{N(b)}交代，所盗物品销赃给收购人员{N(w)}。\n"
        f"    以上事实有{N(a)}的陈述和申辩、{N(b)}的证言、被侵害人的陈述、视频监控截图、辨认笔录、涉案物品估价意见书等证据证实。{N(a)}对违法事实供认不讳。\n"
        f"    本局认为，{N(a)}以非法占有为目的，秘密窃取他人财物，其行为已构成盗窃，依法应予治安管理处罚。{N(a)}到案后如实陈述违法事实，依法可以从轻处罚。\n"
        f"    根据{K('statute', '《中华人民共和国治安管理处罚法》第四十九条')}之规定，现决定对{N(a)}处行政拘留{g.rng.randint(5, 10)}日。\n"
        f"    执行方式和期限：送{reg[1]}拘留所执行。\n"
        f"    如不服本决定，可以在收到本决定书之日起六十日内向{reg[1]}公安局申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。\n\n"
    )
    fam = ["police", "hold/minor", "lookalike/adult-born-2008", "police/id15"][v]
    return doc(c.head("行政处罚决定书") + intro + "\n" + body + c.sign(), hold=v == 1, family=fam)


def d_land(g: Gen, reg, y, v=0):
    """Rural land: 与XXX系夫妻关系, XXX（已死亡）, 委托XXX（其子）办理, 受XXX委托, 村组 addresses."""
    nm = Names(g)
    c = Ctx(g, reg, "自然资源局", "自然资", y, nm)
    a = nm.new(["han", "word", "rare", "compound"][v % 4])
    wife = nm.new("han")
    father = nm.new("han", surname=a[:2] if a[:2] in COMPOUND else a[0])
    son = nm.new("han")
    clerk = nm.new("any")
    male = True
    born = g.born(1950, 1972)
    town, village = reg[7][1], reg[8][0]
    site = K(
        "location",
        f"{reg[2]}{town}{village}{g.rng.randint(1, 9)}组（土名“{g.pick(['塘坎上', '老屋场', '大湾里', '松树坡'])}”）",
    )
    if v == 0:
        intro = (
            f"当事人：{N(a)}，{sex_of(male)}，{S('birth_date', cn_date(born))}出生，身份证号码：{S('id_number', g.pid15(reg, born))}，"
            f"户籍所在地：{g.home(reg, rural=True, lead=1)}。\n"
        )
    elif v == 1:
        intro = (
            f"当事人（姓名）：{N(a)}\n性别：男\n出生年月：{S('birth_date', birth_text(born, 3))}\n"
            f"公民身份号码：{S('id_number', g.pid(reg, born))}\n住址：{g.home(reg, rural=True, lead=3)}\n联系电话：{S('phone', g.landline(reg))}\n"
        )
    elif v == 2:
        intro = (
            f"当事人：{N(a)}（男，{S('birth_date', birth_text(born, 1))}出生，证件号码{S('id_number', fmt_id(g.pid(reg, born), 2))}），"
            f"家住{reg[2]}{S('address', f'{town}{village}{g.rng.randint(1, 9)}组{g.rng.randint(1, 60)}号')}，手机：{S('phone', g.mobile())}。\n"
        )
    else:
        intro = (
            f"当事人{N(a)}，男，汉族，{S('birth_date', cn(born))}出生，住{g.home(reg, rural=True, lead=2)}，"
            f"身份证件号{S('id_number', fmt_id(g.pid(reg, born), 1))}。\n"
        )
    proxy = [
        f"调查期间，当事人委托{N(son)}（其子）办理相关手续",
        f"{N(son)}受{N(a)}委托，代为接受调查并提交材料",
        f"当事人年老体弱，委托{N(son)}（其子）办理，{N(son)}住{g.home(reg, rural=True, lead=2)}",
        f"{N(son)}受{N(a)}委托到本局接受询问",
    ][v % 4]
    area = g.rng.randint(60, 400)
    body = (
        f"    经查，当事人与{N(wife)}系夫妻关系。{K('date', cn(c.found))}，当事人未经批准，在{site}擅自占用集体土地建设住房，占地面积{area}平方米。"
        f"该地块原为其父{N(father)}（已死亡）承包经营的耕地。{proxy}。村委会工作人员{N(clerk)}证实了上述情况。\n"
        f"    上述事实有现场勘测图、询问笔录、{N(clerk)}的证言、村委会证明等证据为证。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国土地管理法》第四十四条第一款')}的规定。\n"
        + c.told_text()
        + f"    依据{K('statute', '《中华人民共和国土地管理法》第七十八条第一款')}的规定，本局决定：责令当事人退还非法占用的土地，限期拆除在非法占用的土地上新建的房屋。\n"
        + c.remedy()
    )
    return doc(c.head() + intro + "\n" + body + c.sign(), family=f"land/v{v}")


def d_bank(g: Gen, reg, y, v=0):
    """Fees and illegal income through personal accounts: 户名, 账户名, 开户行+账号, 支付宝."""
    nm = Names(g)
    c = Ctx(g, reg, "人力资源和社会保障局", "人社", y, nm)
    a = nm.new(["han", "four", "rare"][v])
    b = nm.new("han")
    born = g.born(1962, 1996)
    card = g.card()
    card2 = g.card()
    cardt = [card, " ".join(card[i : i + 4] for i in range(0, len(card), 4)), wide(card)][v]
    alipay = g.mobile()
    mail = f"{g.pick(['lily', 'hxm', 'qiaoqiao', 'dawei', 'sunny'])}{g.rng.randint(1970, 2005)}@{g.pick(['163.com', 'qq.com', 'sina.com'])}"
    intro = [
        f"当事人：{N(a)}，女，{S('birth_date', cn(born))}出生，公民身份号码：{S('id_number', g.pid(reg, born, False))}，住{g.home(reg)}，联系电话：{S('phone', g.mobile())}。\n",
        f"姓名：{N(a)}\n性别：女\n身份证号码：{S('id_number', fmt_id(g.pid(reg, born, False), 4))}\n现住：{g.home(reg)}\n联系方式：{S('phone', g.mobile())}\n",
        f"当事人{N(a)}（女，{S('birth_date', birth_text(born, 4))}出生），证件号码：{S('id_number', g.pid(reg, born, False))}，现住{g.home(reg, lead=0)}。\n",
    ][v]
    acct = [
        f"收取的中介费均转入其个人银行账户（户名：{N(a)}，开户行：{g.pick(BANKS)}{reg[2]}支行，账号：{S('bank_account', cardt)}）",
        f"收取的费用通过支付宝转入账户名为{N(b)}的个人账户（支付宝账号：{S('phone', alipay)}），{N(b)}系当事人之夫",
        f"费用分别汇入账户名：{N(a)}（卡号{S('bank_account', cardt)}）和账户名：{N(b)}（账号{S('bank_account', card2)}）两个个人账户，另有部分款项转入其邮箱{S('email', mail)}绑定的支付宝账户",
    ][v]
    n = g.rng.randint(5, 30)
    body = (
        f"    经查，当事人未经许可，自{K('date', cn(c.found))}起以“{reg[2]}务工之家”名义从事职业中介活动，先后为{n}名求职人员介绍工作，"
        f"每人收取介绍费{K('amount', f'{g.pick([200, 300, 500])}元')}，{acct}，违法所得共计{K('amount', f'{n * 300}元')}。\n"
        f"    上述事实有当事人的陈述、求职人员的证言、银行交易明细、转账记录截图等证据为证。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国就业促进法》第四十条第一款')}的规定。\n"
        + c.told_text()
        + c.penalty("《中华人民共和国就业促进法》第六十四条", g.amount(6, 9))
        + c.remedy()
    )
    return doc(c.head() + intro + "\n" + body + c.sign(), family=f"bank/v{v}")


def d_company(g: Gen, reg, y, v=0):
    """A legal person: its legal representative stays; its contact person (联系人), employees,
    由XXX负责, 交由XXX保管, 询问人/记录人 (officers) in the evidence."""
    nm = Names(g)
    c = Ctx(
        g, reg, ["生态环境局", "应急管理局", "市场监督管理局"][v], ["环", "应急", "市监"][v], y, nm
    )
    name, code, addr = company(g, reg)
    rep = nm.new("han")
    contact = nm.new(["han", "word", "compound"][v])
    mgr, keeper = nm.new("any"), nm.new("han")
    ph = g.mobile()
    title = g.pick(["执行董事兼总经理", "总经理", "董事长"])
    intro = (
        f"当事人：{K('company', name)}\n统一社会信用代码：{K('uscc', code)}\n住所：{K('org_address', addr)}\n"
        f"法定代表人：{K('legal_rep', rep)}（{K('legal_rep_title', title)}）\n"
    )
    intro += [
        f"联系人：{N(contact)}　联系电话：{S('phone', ph)}\n",
        f"联系人：{N(contact)}（当事人行政部职员），手机{S('phone', ph)}，家住{g.home(reg)}\n",
        f"联系人及电话：{N(contact)} {S('phone', ph)}\n",
    ][v]
    fact = [
        f"当事人车间的废气处理设施由设备主管{N(mgr)}负责，检查时该设施未运行",
        f"当事人仓库的安全管理由仓库主管{N(mgr)}负责，现场发现消防通道被货物堵塞",
        f"当事人门店的进货查验由店长{N(mgr)}负责，现场发现未索取供货商资质的商品一批",
    ][v]
    stat = [
        (
            "《中华人民共和国大气污染防治法》第四十五条",
            "《中华人民共和国大气污染防治法》第一百零八条第（一）项",
        ),
        (
            "《中华人民共和国安全生产法》第四十二条第一款",
            "《中华人民共和国安全生产法》第一百零五条第（二）项",
        ),
        (
            "《中华人民共和国食品安全法》第五十三条第一款",
            "《中华人民共和国食品安全法》第一百二十六条第一款第（三）项",
        ),
    ][v]
    (o1, _), (o2, _) = c.off
    body = (
        f"    {K('date', cn(c.found))}，本局执法人员对当事人位于{K('location', reg[2] + reg[7][2] + g.pick(STREETS) + str(g.rng.randint(1, 300)) + '号')}的生产经营场所进行检查。{fact}。"
        f"现场查扣的相关物品已交由当事人员工{N(keeper)}保管。\n"
        f"    以上事实有下列证据证明：1.现场检查笔录；2.对{N(mgr)}的询问笔录（询问人：{K('officer', o1)}，记录人：{K('officer', o2)}）；"
        f"3.{N(keeper)}签字确认的物品清单；4.营业执照复印件及法定代表人身份证明。\n"
        f"    本局认为，当事人的行为违反了{K('statute', stat[0])}的规定。\n"
        + c.told_text()
        + c.penalty(stat[1], g.amount(5, 9))
        + c.remedy()
    )
    return doc(
        c.head() + intro + "\n" + body + c.sign(contact=o1), party="legal", family=f"company/v{v}"
    )


def d_onspot(g: Gen, reg, y, v=0):
    """当场处罚决定书 as a form: 被处罚人姓名 with tabs or spaces, names padded with U+3000."""
    nm = Names(g)
    c = Ctx(g, reg, "公安局交通警察大队", "公交", y, nm)
    c.agency = f"{reg[1]}公安局交通警察支队{reg[2]}大队"
    a = nm.new("han") if v != 1 else nm.new("four")
    while v != 1 and len(a) != 2:
        nm.taken.remove(a)
        a = nm.new("han")
    padded = a[0] + "\u3000" + a[1] if len(a) == 2 else a
    born = g.born(1970, 2001)
    pid = g.pid(reg, born, False)
    pl = g.plate(reg, [5, 3, 1][v])
    sep = ["\t", "    ", "："][v]
    lic = f"{reg[3]}{g.rng.randint(10, 99)}{born:%Y%m%d}"  # licence file numbers are not IDs
    n, big = g.amount(0, 1)
    form = (
        f"被处罚人姓名{sep}{N(padded)}{sep}性别{sep}女\n"
        f"居民身份证{sep}{S('id_number', fmt_id(pid, [0, 3, 1][v]))}\n"
        f"现住址{sep}{g.home(reg, lead=1)}\n"
        f"联系电话{sep}{S('phone', g.mobile())}\n"
        f"机动车号牌{sep}{S('license_plate', pl)}{sep}车辆类型{sep}{['小型轿车', '重型半挂牵引车', '小型普通客车'][v]}\n"
        f"违法时间{sep}{K('date', cn(c.found))}\n"
        f"违法地点{sep}{K('location', reg[2] + g.pick(STREETS) + '与' + g.pick(STREETS) + '交叉口')}\n"
    )
    del lic
    body = (
        f"    被处罚人{N(a)}驾驶机动车违反道路交通信号灯通行，违反了{K('statute', '《中华人民共和国道路交通安全法》第三十八条')}的规定，"
        f"依据{K('statute', '《中华人民共和国道路交通安全法》第九十条')}的规定，决定予以罚款{K('amount', f'{n}元')}。\n"
        f"    持本决定书在十五日内到{reg[2]}辖区银行网点缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。\n"
        f"    被处罚人如不服本决定，可以在收到本决定书之日起六十日内向{reg[1]}公安局申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。\n\n"
        f"    交通警察已告知被处罚人作出行政处罚决定的事实、理由及依据，并告知其依法享有陈述和申辩的权利，被处罚人未提出陈述和申辩。"
        f"本决定书当场交付被处罚人。对机动车驾驶人的交通违法行为，依照有关规定记分。\n"
        f"    缴款方式：可通过交通安全综合服务管理平台、网上银行或者指定银行柜面缴纳罚款，缴款时请携带本决定书。\n\n"
        f"被处罚人签名：{N(a)}\n"
        f"交通警察：{K('officer', c.off[0][0])}　警号：{K('officer_cert', c.off[0][1])}\n"
        f"处罚机关：{K('agency', c.agency)}\n{K('date', cn(c.found))}\n"
    )
    return doc(
        f"{K('agency', c.agency)}\n公安交通管理简易程序处罚决定书\n编号：{K('decision_number', c.num)}\n\n"
        + form
        + "\n"
        + body,
        kind="当场行政处罚决定书",
        family=f"onspot/v{v}",
    )


def d_multi(g: Gen, reg, y, v=0):
    """Several parties listed 一、当事人… 二、当事人… each introduced differently."""
    nm = Names(g)
    c = Ctx(g, reg, "农业农村局", "农", y, nm)
    ps = [
        nm.new(s)
        for s in (["han", "rare", "word"], ["compound", "han", "plain"], ["four", "han", "rare"])[v]
    ]
    rows = []
    for i, p in enumerate(ps):
        born = g.born(1958, 1998)
        pid = g.pid(reg, born)
        k = (i + v) % 3
        if k == 0:
            rows.append(
                f"{'一二三'[i]}、当事人：{N(p)}，男，{S('birth_date', cn(born))}出生，公民身份号码：{S('id_number', pid)}，住{g.home(reg, rural=True)}，电话：{S('phone', g.mobile())}。"
            )
        elif k == 1:
            rows.append(
                f"{'一二三'[i]}、当事人{N(p)}（男，身份证号{S('id_number', fmt_id(pid, 2))}），住址：{g.home(reg)}，联系方式：{S('phone', g.mobile())}。"
            )
        else:
            rows.append(
                f"{'一二三'[i]}、当事人（姓名）：{N(p)}；出生日期：{S('birth_date', birth_text(born, 1))}；证件号码：{S('id_number', fmt_id(pid, 3))}；户籍地：{g.home(reg, rural=True)}。"
            )
    boat = f"{reg[0][0:2]}{g.pick(['渔', '农'])}{g.rng.randint(10000, 99999)}"
    a, b, cc = ps
    body = (
        f"    经查：{K('date', cn(c.found))}夜间，{N(a)}、{N(b)}、{N(cc)}三人在{K('location', reg[2] + '境内' + g.pick(['青衣江', '资水', '弥河', '飞云江', '涡河']) + '禁渔区水域')}使用电鱼器具捕捞，"
        f"捕获渔获物{g.rng.randint(5, 40)}千克。作业船只“{boat}”由{N(b)}负责驾驶，电鱼器具由{N(cc)}提供。\n"
        f"    上述事实有现场笔录、三名当事人的询问笔录、渔获物照片及称重记录等证据为证。\n"
        f"    本局认为，三名当事人的行为违反了{K('statute', '《中华人民共和国渔业法》第三十条第一款')}的规定。\n"
        + c.told_text("三名当事人")
        + f"    依据{K('statute', '《中华人民共和国渔业法》第三十八条第一款')}的规定，本局决定对三名当事人分别罚款{K('amount', '人民币贰仟元整')}（{K('amount', '2000元')}），没收渔获物和电鱼器具。\n"
        + c.remedy()
    )
    return doc(c.head() + "\n".join(rows) + "\n\n" + body + c.sign(), family=f"multi/v{v}")


def d_hearing(g: Gen, reg, y, v=0):
    """申请人：XXX (hearing), a lawyer (kept) and a non-lawyer agent (private)."""
    nm = Names(g)
    c = Ctx(g, reg, "城市管理和综合执法局", "城管", y, nm)
    a = nm.new(["han", "word", "compound"][v])
    agent = nm.new("han")
    lawyer = nm.new("han")
    firm = f"{reg[0][:2]}{g.pick(['明正', '中和', '同心', '德衡', '君泽'])}律师事务所"
    llic = f"1{reg[3][:4]}20{g.rng.randint(10, 22)}1{g.rng.randint(1000000, 9999999)}"
    born = g.born()
    pid = g.pid(reg, born)
    intro = (
        f"申请人：{N(a)}，男，{S('birth_date', birth_text(born, [0, 1, 2][v]))}出生，公民身份号码{S('id_number', pid)}，"
        f"住所地{g.home(reg)}，电话{S('phone', g.mobile())}。\n"
    )
    if v == 0:
        intro += f"委托代理人：{K('lawyer', lawyer)}，{K('law_firm', firm)}律师，执业证号：{K('lawyer_license', llic)}。\n"
    else:
        intro += (
            f"委托代理人：{N(agent)}，系申请人之女婿，住{g.home(reg)}。\n"
            f"委托代理人：{K('lawyer', lawyer)}，{K('law_firm', firm)}律师。\n"
        )
    loc = K("location", f"{reg[2]}{g.pick(STREETS)}{g.rng.randint(1, 300)}号楼顶")
    body = (
        f"    申请人于{K('date', cn(c.found))}在{loc}擅自搭建彩钢板房一处，本局于{K('date', cn(c.filed))}立案调查。"
        f"{K('date', cn(c.told))}，本局向申请人送达《行政处罚事先告知书》（{K('decision_number', c.told_num)}），申请人{N(a)}在法定期限内提出听证申请。"
        f"本局依法举行听证，{'申请人委托的律师' if v == 0 else f'{N(agent)}受{N(a)}委托'}到场参加听证，提出该建筑系临时搭建、已自行拆除部分的意见。\n"
        f"    经复核，申请人提出的部分拆除情况属实，本局予以采纳。\n"
        f"    本局认为，申请人的行为违反了{K('statute', '《中华人民共和国城乡规划法》第四十条第一款')}的规定。\n"
        + c.penalty("《中华人民共和国城乡规划法》第六十四条", g.amount(1, 4))
        + c.remedy()
    )
    return doc(c.head() + intro + "\n" + body + c.sign(), family=f"hearing/v{v}")


def d_service(g: Gen, reg, y, v=0):
    """A decision with a service block: 收件人, 签收人, 代收人 and the addresses they were served at."""
    nm = Names(g)
    c = Ctx(g, reg, "卫生健康委员会", "卫", y, nm)
    a = nm.new(["han", "rare", "dot" if reg[0].startswith("新疆") else "word"][v])
    mother, neigh = nm.new("han"), nm.new("any")
    born = g.born(1966, 1996)
    pid = g.pid(reg, born)
    intro = (
        f"当事人：{N(a)}\n性别：男\n身份证号码：{S('id_number', fmt_id(pid, [0, 4, 1][v]))}\n"
        f"执业地点：{K('location', reg[2] + reg[7][0] + g.pick(STREETS) + str(g.rng.randint(1, 300)) + '号诊所')}\n"
        f"家庭住址：{g.home(reg)}\n"
    )
    ems = f"1{g.rng.randint(100000000000, 999999999999)}"
    block = [
        f"本决定书以邮寄方式送达。收件人：{N(a)}；收件地址：{g.home(reg, lead=0)}；收件人电话：{S('phone', g.mobile())}；EMS单号：{ems}。",
        f"本决定书于{K('date', cn(c.decided))}送达，当事人外出，由其母亲{N(mother)}代为签收。签收人：{N(mother)}（与受送达人关系：母子），联系电话：{S('phone', g.mobile())}。",
        f"本决定书留置送达于当事人住处，见证人{N(neigh)}（邻居）在场。代收人：{N(mother)}，联系方式：{S('phone', g.mobile())}，住址：{g.home(reg, lead=1)}。",
    ][v]
    body = (
        f"    经查，当事人未取得《医疗机构执业许可证》，于{K('date', cn(c.found))}起在上述地点擅自开展诊疗活动，为患者输液、开具处方药。\n"
        f"    以上事实有现场笔录、询问笔录、处方笺、药品清单等证据为证。\n"
        f"    本委认为，当事人的行为违反了{K('statute', '《医疗机构管理条例》第十四条第一款')}的规定。\n"
        + c.told_text()
        + c.penalty("《医疗机构管理条例》第四十三条", g.amount(6, 9))
        + c.remedy()
        + f"送达情况：{block}\n\n"
    )
    return doc(c.head() + intro + "\n" + body + c.sign(), family=f"service/v{v}")


def d_foreign(g: Gen, reg, y, v=0):
    """A foreign party: Latin name, Chinese transliteration, passport; a Chinese employer."""
    nm = Names(g)
    c = Ctx(g, reg, "公安局出入境管理大队", "公（出）", y, nm)
    c.agency = f"{reg[1]}公安局出入境管理支队" if v != 2 else f"{reg[1]}公安局{reg[2]}分局"
    cnm, latin, nation = FOREIGN[[0, 2, 5, 6, 8, 1, 3, 4, 7][(v * 3 + g.rng.randint(0, 2)) % 9]]
    nm.add(cnm)
    boss = nm.new("han")
    cname, code, addr = company(g, reg)
    rep = nm.new("han")
    born = g.born(1975, 1999)
    pp = g.passport()
    intro = [
        f"当事人：{N(latin)}（中文译名：{N(cnm)}），男，{S('birth_date', cn(born))}出生，国籍：{nation}，护照号码：{S('passport', pp)}，暂住{g.home(reg, rural=False)}，Tel.{S('phone', g.mobile())}。\n",
        f"姓名：{N(cnm)}（{N(latin)}）\n性别：男\n国籍：{nation}\n出生日期：{S('birth_date', birth_text(born, 1))}\n证件种类及号码：普通护照 {S('passport', pp)}\n居住地：{g.home(reg)}\n",
        f"被处罚人{N(cnm)}，英文名{N(latin)}，{nation}籍，护照号{S('passport', pp)}，现住{g.home(reg, lead=2)}，手机{S('phone', g.mobile())}（微信同号）。\n",
    ][v]
    body = (
        f"    经查，当事人持旅游签证入境后，自{K('date', cn(c.found))}起受雇于{K('company', cname)}（统一社会信用代码：{K('uscc', code)}，住所：{K('org_address', addr)}，"
        f"法定代表人：{K('legal_rep', rep)}）从事仓储搬运工作，日常工作由该公司员工{N(boss)}安排。当事人未取得工作许可和工作类居留证件。\n"
        f"    上述事实有{N(cnm)}的陈述、{N(boss)}的证言、考勤记录等证据证实。\n"
        f"    根据{K('statute', '《中华人民共和国出境入境管理法》第八十条第一款')}的规定，决定对{N(cnm)}处罚款{K('amount', '人民币伍仟元整')}（{K('amount', '5000元')}）。\n"
        f"    当事人在陈述和申辩中表示对违法事实无异议，称其不了解中国有关外国人就业的规定，并表示今后将遵守中国法律。"
        f"本局依法向当事人告知了拟作出行政处罚的事实、理由、依据及其依法享有的权利，并为其提供了翻译。\n"
        f"    如不服本决定，可以在收到本决定书之日起六十日内向{reg[1]}公安局申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。\n\n"
    )
    return doc(c.head() + intro + "\n" + body + c.sign(), family=f"foreign/v{v}")


def d_minority(g: Gen, reg, y, v=0):
    """Minority names with and without the middle dot, later called by the personal name alone."""
    nm = Names(g)
    c = Ctx(g, reg, "市场监督管理局", "市监", y, nm)
    a = nm.new("dot")
    given = a.split("·")[0]
    dot = ["·", "•", "・"][v]
    shown = a.replace("·", dot)
    b = nm.new("plain")
    wit = nm.new("han")
    shop_name, code, loc = shop(g, reg)
    born = g.born(1970, 1998)
    pid = g.pid(reg, born, False)
    intro = [
        f"当事人：{K('company', shop_name)}\n统一社会信用代码：{K('uscc', code)}\n经营场所：{K('location', loc)}\n经营者：{N(shown)}，女，维吾尔族，公民身份号码{S('id_number', pid)}，经常居住地：{g.home(reg)}，联系电话：{S('phone', g.mobile())}\n",
        f"当事人：{N(shown)}\n性别：女\n民族：维吾尔族\n出生日期：{S('birth_date', cn(born))}\n身份证号码：{S('id_number', fmt_id(pid, 2))}\n居住地：{g.home(reg)}\n经营场所：{K('location', loc)}\n",
        f"{N(shown)}（女，{S('birth_date', birth_text(born, 2))}出生，身份证号{S('id_number', pid)}），系{K('company', shop_name)}经营者，户籍地：{g.home(reg, rural=True)}，经营场所：{K('location', loc)}。\n",
    ][v]
    body = (
        f"    {K('date', cn(c.found))}，本局接到{N(wit)}投诉，称其在当事人处购买的羊肉串缺斤短两。经查，当事人使用的电子计价秤未经检定。"
        f"{N(given)}称该秤系其丈夫{N(b)}从外地购回，平时由{N(b)}负责称重收款。\n"
        f"    以上事实有投诉记录、现场检查笔录、{N(given)}和{N(b)}的询问笔录、计价秤照片等证据为证。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国计量法》第九条第一款')}的规定。\n"
        + c.told_text()
        + c.penalty("《中华人民共和国计量法实施细则》第四十三条", g.amount(0, 2))
        + c.remedy()
    )
    return doc(c.head() + intro + "\n" + body + c.sign(), family=f"minority/v{v}")


def d_urban(g: Gen, reg, y, v=0):
    """城管/住建: a home under 住所地/暂住, a landlord, a property certificate, trailer plates."""
    nm = Names(g)
    c = Ctx(g, reg, "住房和城乡建设局", "住建", y, nm)
    a = nm.new(["han", "rare", "four"][v])
    landlord, driver = nm.new("han"), nm.new("any")
    born = g.born()
    pid = g.pid(reg, born)
    cert = f"{reg[5][0]}（{y - g.rng.randint(2, 9)}）{reg[1]}不动产权第{g.rng.randint(1000000, 9999999)}号"
    intro = [
        f"当事人：{N(a)}，男，汉族，公民身份号码：{S('id_number', pid)}，住所地：{g.home(reg)}，电话：{S('phone', g.mobile())}。\n",
        f"当事人：{N(a)}　身份证件号：{S('id_number', fmt_id(pid, 1))}\n暂住：{g.home(reg, lead=1)}\n户籍地：{g.home(reg, rural=True, lead=0)}\n联系方式：{S('phone', g.mobile())}\n",
        f"当事人{N(a)}，男，{S('birth_date', birth_text(born, 1))}生，居民身份证号码{S('id_number', fmt_id(pid, 3))}，现住{g.home(reg, lead=2)}，TEL:{S('phone', g.landline(reg))}。\n",
    ][v]
    tractor, trailer = g.plate(reg, 6), g.plate(reg, 3)
    body = (
        f"    经查，当事人在其租住的房屋（房屋所有权人{N(landlord)}，不动产权证号：{S('property_cert', cert)}）内擅自拆改承重墙，"
        f"产生的建筑垃圾由{N(driver)}驾驶的重型半挂牵引车{S('license_plate', tractor)}（挂车号牌{S('license_plate', trailer)}）运至{K('location', reg[2] + reg[7][1] + '某空地')}倾倒。\n"
        f"    以上事实有现场勘查笔录、{N(landlord)}的陈述、{N(driver)}的询问笔录、照片等证据为证。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《住宅室内装饰装修管理办法》第五条第一款第（一）项')}的规定。\n"
        + c.told_text()
        + c.penalty("《住宅室内装饰装修管理办法》第三十八条第（一）项", g.amount(1, 4))
        + c.remedy()
    )
    return doc(c.head() + intro + "\n" + body + c.sign(), family=f"urban/v{v}")


def d_record(g: Gen, reg, y, v=0):
    """Process documents (held): 询问笔录 with 被询问人/询问人/记录人, 现场笔录."""
    nm = Names(g)
    c = Ctx(g, reg, ["市场监督管理局", "城市管理和综合执法局", "交通运输局"][v], "x", y, nm)
    a = nm.new(["han", "word", "compound"][v])
    other = nm.new("han")
    born = g.born()
    pid = g.pid(reg, born)
    (o1, c1), (o2, c2) = c.off
    t0 = f"{K('date', cn(c.found))}{g.rng.randint(8, 16)}时{g.rng.randint(10, 59)}分"
    if v < 2:
        t = (
            f"{K('agency', c.agency)}\n询问笔录\n\n"
            f"询问时间：{t0}至{g.rng.randint(17, 18)}时05分\n询问地点：本局{g.rng.randint(2, 6)}楼询问室\n"
            f"询问人：{K('officer', o1)}　执法证号：{K('officer_cert', c1)}\n记录人：{K('officer', o2)}　执法证号：{K('officer_cert', c2)}\n"
            f"被询问人：{N(a)}　性别：男　年龄：{age_on(born, c.found)}岁\n身份证号码：{S('id_number', pid)}\n"
            f"住址：{g.home(reg)}　联系电话：{S('phone', g.mobile())}\n\n"
            f"问：我们是{K('agency', c.agency)}的执法人员，这是我们的执法证件，请你过目。你是否看清楚？\n答：看清楚了。\n"
            f"问：你有权进行陈述和申辩，对与案件无关的问题有权拒绝回答。你是否明白？\n答：明白。\n"
            f"问：请介绍一下你的基本情况。\n答：我叫{N(a)}，在{K('location', reg[2] + g.pick(STREETS) + '菜市场')}摆摊，店里还有我老婆{N(other)}帮忙。\n"
            f"问：今天检查时发现的那批货是从哪里进的？\n答：是从外地一个批发商那里进的，没有票据，钱是用微信转给他的。\n"
            f"问：这批货你一共进了多少，卖了多少？\n答：一共进了二十箱，卖了差不多一半，剩下的都在店里，你们今天都看到了。\n"
            f"问：你是否知道销售这类商品需要查验供货者的许可证和产品合格证明？\n答：以前不知道，现在知道了，以后一定改正。\n"
            f"问：你还有什么需要补充的吗？\n答：没有了。\n"
            f"问：以上笔录请你核对，如记录有误可以更正。\n答：以上笔录我看过，和我说的一样。\n\n"
            f"被询问人签名：{N(a)}　　{K('date', cn(c.found))}\n询问人签名：{K('officer', o1)}　记录人签名：{K('officer', o2)}\n"
        )
        kind = "询问笔录"
    else:
        pl = g.plate(reg, 2)
        t = (
            f"{K('agency', c.agency)}\n现场笔录\n\n"
            f"检查时间：{t0}\n检查地点：{K('location', reg[2] + g.pick(STREETS) + '与' + g.pick(STREETS) + '交叉口')}\n"
            f"执法人员：{K('officer', o1)}（{K('officer_cert', c1)}）、{K('officer', o2)}（{K('officer_cert', c2)}）\n"
            f"当事人：{N(a)}　身份证号：{S('id_number', pid)}　电话：{S('phone', g.mobile())}\n"
            f"现场情况：执法人员依法对号牌为{S('license_plate', pl)}的新能源小型客车进行检查，驾驶员{N(a)}无法提供网络预约出租汽车运输证。"
            f"车上乘客{N(other)}称其通过手机软件叫车，车费由平台结算。执法人员现场拍摄照片{g.rng.randint(4, 12)}张，并告知当事人依法享有的权利。\n"
            f"执法人员当场调取了车载软件订单页面截图，显示该订单起点为{reg[2]}火车站，终点为{reg[7][2]}，预估车费{g.rng.randint(20, 60)}元。"
            f"当事人称其车辆登记为非营运性质，尚未办理网络预约出租汽车运输证和驾驶员证，系在下班后利用空闲时间接单。执法人员告知当事人将依法对其车辆实施暂扣，并开具了暂扣凭证。\n"
            f"当事人意见：情况属实。\n当事人签名：{N(a)}\n执法人员签名：{K('officer', o1)}、{K('officer', o2)}\n"
        )
        kind = "现场笔录"
    if v == 2:
        t += (
            f"见证人：{N(other)}，住{g.home(reg)}，联系电话：{S('phone', g.mobile())}\n"
            "当事人陈述：车辆系本人所有，平时用于上下班代步，今天是第一次接单。\n"
            "告知事项：执法人员已向当事人出示执法证件，告知其有权进行陈述和申辩，有权申请执法人员回避；当事人表示不申请回避。\n"
            "备注：当事人对暂扣车辆无异议，车辆停放于本局指定停车场，车内物品已由当事人自行取走，现场照片附后。\n"
        )
    t += "\n（以下空白）\n"
    return doc(t, hold=True, kind=kind, family="hold/process-document")


MARKINGS = ["机密★5年", "秘密★1年", "此件不公开", "秘密★6个月"]


def d_marked(g: Gen, reg, y, v=0):
    """A decision carrying a marking (held)."""
    base = [d_shop, d_bank, d_land, d_company][v]
    d = base(g, reg, y, [1, 0, 2, 0][v])
    mark = MARKINGS[v]
    if mark == "此件不公开":
        d["markup"] = d["markup"].replace("\n\n", f"\n（{mark}）\n\n", 1)
    else:
        d["markup"] = mark + "\n" + d["markup"]
    d["hold"], d["family"] = True, "hold/marking"
    return d


def d_secret(g: Gen, reg, y, v=0):
    """A decision stating that its text holds the party's trade secrets (held)."""
    d = d_company(g, reg, y, 2 - v)
    d["markup"] = d["markup"].replace(
        "    本局认为",
        "    因本案部分证据涉及当事人的商业秘密（产品配方及供应商名单），依法不予公开，相关内容仅供当事人查阅。\n    本局认为",
        1,
    )
    d["hold"], d["family"] = True, "hold/trade-secret"
    return d


def d_lookalike(g: Gen, reg, y, v=0):
    """Not held: 公开属性：主动公开; selling tobacco to an unnamed minor; a negated secrets clause."""
    nm = Names(g)
    c = Ctx(g, reg, "烟草专卖局", "烟", y, nm)
    c.agency = f"{reg[1]}{reg[2]}烟草专卖局" if not reg[2].endswith("市") else f"{reg[2]}烟草专卖局"
    a = nm.new(["word", "han"][v])
    shop_name, code, loc = shop(g, reg)
    born = g.born(1960, 1990)
    pid = g.pid(reg, born)
    lic = f"{reg[3]}{g.rng.randint(100000, 999999)}"
    head = "公开属性：主动公开\n" if v == 0 else ""
    intro = (
        f"当事人：{K('company', shop_name)}\n经营者：{N(a)}\n公民身份号码：{S('id_number', fmt_id(pid, v * 2))}\n"
        f"经营场所：{K('location', loc)}\n烟草专卖零售许可证号：{K('license_no', lic)}\n住址：{g.home(reg)}\n"
    )
    body = (
        f"    {K('date', cn(c.found))}，本局执法人员接群众举报后对当事人经营场所进行检查，发现当事人向未成年人销售卷烟，现场查获待售卷烟{g.rng.randint(5, 30)}条。"
        f"经询问，当事人承认未核验购烟者年龄。\n"
        f"    以上事实有现场检查笔录、询问笔录、视频截图等证据为证。\n"
        f"    本局认为，当事人的行为违反了{K('statute', '《中华人民共和国未成年人保护法》第五十九条第一款')}的规定。\n"
        + c.told_text()
        + c.penalty("《中华人民共和国未成年人保护法》第一百二十三条", g.amount(0, 2))
        + c.remedy()
        + ("    本决定书不涉及国家秘密、商业秘密和个人隐私。\n\n" if v == 1 else "")
    )
    return doc(head + c.head() + intro + "\n" + body + c.sign(), family=f"lookalike/v{v}")


def plan():
    items = []
    items += [(d_shop, v) for v in range(4)]
    items += [(d_cab, v) for v in range(4)]
    items += [(d_police, v) for v in range(4)]
    items += [(d_land, v) for v in range(4)]
    items += [(d_bank, v) for v in range(3)]
    items += [(d_company, v) for v in range(3)]
    items += [(d_onspot, v) for v in range(3)]
    items += [(d_multi, v) for v in range(3)]
    items += [(d_hearing, v) for v in range(3)]
    items += [(d_service, v) for v in range(3)]
    items += [(d_foreign, v) for v in range(3)]
    items += [(d_minority, v) for v in range(3)]
    items += [(d_urban, v) for v in range(3)]
    items += [(d_record, v) for v in range(3)]
    items += [(d_marked, v) for v in range(4)]
    items += [(d_secret, 0)]
    items += [(d_lookalike, v) for v in range(2)]
    rng = random.Random(SEED + 1)
    rng.shuffle(items)
    out = []
    for i, (f, v) in enumerate(items):
        reg = REGIONS[i % len(REGIONS)]
        if f is d_minority:
            reg = REGIONS[4]
        out.append((f, reg, 2024 + i % 3, v))
    return out


def main() -> None:
    scorer = load_scorer()
    rng = random.Random(SEED)
    g = Gen(rng)
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
        if not 600 <= len(text) <= 3000:
            print("LENGTH", fname, len(text), d["family"])
        (HERE / fname).write_bytes(text.encode("utf-8"))
        out.append(labels)
    write_labels(HERE, out)
    print_summary(out)


if __name__ == "__main__":
    main()
