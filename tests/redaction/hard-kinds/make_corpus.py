#!/usr/bin/env python3
"""Generate the held-out "hard kinds" redaction corpus (docs/NNNN.txt + labels.json).

Document kinds that the dev corpus (行政处罚决定书 only) does not have: 不予行政处罚决定书,
行政强制措施 / 查封（扣押） / 解除查封扣押决定书, 责令（限期）改正 / 停止违法行为通知书,
行政处罚事先告知书 / 听证告知书 (process documents: held per DESIGN §4), 当场行政处罚决定书
(简易程序, form-like and table layouts), with noisy formatting (CRLF, full-width alignment
spaces, markdown tables, hard line breaks, OCR-like stray spaces, page headers/footers, mixed
half/full-width punctuation).

Every person, number, company and street is fictional; ID numbers, credit codes and card numbers
carry valid check characters computed here. Deterministic: `python3 make_corpus.py` rewrites the
same files. Labels follow DESIGN §4 (policy spc-2016): natural persons other than officers, legal
representatives and lawyers are sensitive; the part of a natural person's home address below the
district/county is sensitive; every plate, bank account, ID-like number, birth date is sensitive.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from core.checksums import gb11643_check_char, luhn_check_digit, luhn_valid  # noqa: E402
from tests.redaction.hard_corpus import cn as cn_date  # noqa: E402
from tests.redaction.hard_corpus import uscc_check_char, write_labels  # noqa: E402

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 25)  # publication day used for the minor-party hold

# --------------------------------------------------------------------------- data

# (province, city, district, region code, area code, plate prefix, short, court)
REGIONS = [
    ("湖南省", "长沙市", "岳麓区", "430104", "0731", "湘A", "岳", "长沙市岳麓区人民法院"),
    ("广东省", "深圳市", "南山区", "440305", "0755", "粤B", "深南", "深圳市南山区人民法院"),
    ("四川省", "成都市", "武侯区", "510107", "028", "川A", "武", "成都市武侯区人民法院"),
    ("浙江省", "杭州市", "西湖区", "330106", "0571", "浙A", "西", "杭州市西湖区人民法院"),
    ("江苏省", "南京市", "鼓楼区", "320106", "025", "苏A", "宁鼓", "南京市鼓楼区人民法院"),
    ("山东省", "青岛市", "黄岛区", "370211", "0532", "鲁B", "青黄", "青岛市黄岛区人民法院"),
    ("河北省", "石家庄市", "裕华区", "130108", "0311", "冀A", "石裕", "石家庄市裕华区人民法院"),
    ("湖北省", "武汉市", "洪山区", "420111", "027", "鄂A", "洪", "武汉市洪山区人民法院"),
    ("云南省", "昆明市", "官渡区", "530111", "0871", "云A", "官", "昆明市官渡区人民法院"),
    (
        "新疆维吾尔自治区",
        "乌鲁木齐市",
        "天山区",
        "650102",
        "0991",
        "新A",
        "乌天",
        "乌鲁木齐市天山区人民法院",
    ),
    ("西藏自治区", "拉萨市", "城关区", "540102", "0891", "藏A", "拉城", "拉萨市城关区人民法院"),
    ("陕西省", "西安市", "雁塔区", "610113", "029", "陕A", "雁", "西安市雁塔区人民法院"),
    ("福建省", "厦门市", "思明区", "350203", "0592", "闽D", "厦思", "厦门市思明区人民法院"),
    ("广西壮族自治区", "南宁市", "青秀区", "450103", "0771", "桂A", "青秀", "南宁市青秀区人民法院"),
    ("贵州省", "遵义市", "汇川区", "520303", "0851", "贵C", "汇", "遵义市汇川区人民法院"),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103", "0451", "黑A", "哈南", "哈尔滨市南岗区人民法院"),
    ("河南省", "郑州市", "金水区", "410105", "0371", "豫A", "金", "郑州市金水区人民法院"),
    ("安徽省", "合肥市", "蜀山区", "340104", "0551", "皖A", "蜀", "合肥市蜀山区人民法院"),
    ("江西省", "赣州市", "章贡区", "360702", "0797", "赣B", "章", "赣州市章贡区人民法院"),
    ("", "重庆市", "渝北区", "500112", "023", "渝A", "渝北", "重庆市渝北区人民法院"),
    ("", "上海市", "浦东新区", "310115", "021", "沪A", "浦", "上海市浦东新区人民法院"),
    ("浙江省", "金华市", "浦江县", "330726", "0579", "浙G", "浦江", "浦江县人民法院"),
    ("湖南省", "湘西土家族苗族自治州", "吉首市", "433101", "0743", "湘U", "吉", "吉首市人民法院"),
    ("四川省", "甘孜藏族自治州", "康定市", "513301", "0836", "川V", "康", "康定市人民法院"),
    (
        "内蒙古自治区",
        "呼和浩特市",
        "赛罕区",
        "150105",
        "0471",
        "蒙A",
        "赛",
        "呼和浩特市赛罕区人民法院",
    ),
    ("吉林省", "长春市", "朝阳区", "220104", "0431", "吉A", "长朝", "长春市朝阳区人民法院"),
]

SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万覃武钱严莫孔"
)
COMPOUND = [
    "欧阳",
    "司马",
    "诸葛",
    "上官",
    "端木",
    "皇甫",
    "慕容",
    "尉迟",
    "令狐",
    "东方",
    "公孙",
    "夏侯",
]
GIVEN1 = list(
    "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华慧巧美娟红玉萍兰凤洁梅琳素云莲真环雪荣爱妹香月莺媛瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽"
)
GIVEN2 = list(
    "建国志宏俊峰文博子涵浩然宇轩晨阳家豪雨萱梓琪立新德胜永康海波春生秋实振华学军红梅秀英桂兰国栋"
)
MINORITY = [
    ("阿依古丽·买买提", "女"),
    ("次仁·多吉", "男"),
    ("艾力·吐尔逊", "男"),
    ("古丽娜尔·阿不都", "女"),
    ("扎西·顿珠", "男"),
    ("巴特尔·那顺", "男"),
    ("热依拉·艾尔肯", "女"),
    ("央金·卓玛", "女"),
    ("买买提江·吾斯曼", "男"),
    ("米热古丽·阿卜杜拉", "女"),
]
STREETS = [
    "枫林路",
    "望江路",
    "桃源街",
    "青石巷",
    "丰泽路",
    "安康路",
    "云台街",
    "松柏路",
    "锦绣大道",
    "福田路",
    "紫荆路",
    "同心街",
    "兴华路",
    "梧桐路",
    "长青路",
    "新民街",
    "育才路",
    "建设路",
    "文化路",
    "人民路",
    "团结街",
    "金桂路",
    "银杏路",
    "海棠路",
    "和平街",
    "光华路",
    "东风路",
    "花园路",
    "朝阳路",
    "迎宾路",
]
SUBDIST = [
    "望月湖街道",
    "粤海街道",
    "浆洗街街道",
    "北山街道",
    "宁海路街道",
    "薛家岛街道",
    "槐底街道",
    "关山街道",
    "关上街道",
    "燕儿窝街道",
    "八廓街道",
    "小寨路街道",
    "鹭江街道",
    "新竹街道",
    "高桥街道",
    "花园街道",
    "丰产路街道",
    "南七街道",
    "解放街道",
    "龙溪街道",
    "花木街道",
    "仙华街道",
    "峒河街道",
    "炉城街道",
    "大学西路街道",
    "南湖街道",
]
TOWNS = ["白沙镇", "黄田镇", "石门乡", "青山镇", "龙潭镇", "柳溪乡", "杨柳镇", "马桥镇"]
VILLAGES = ["双河村", "新塘村", "石桥村", "长岭村", "桂花村", "团山村", "清水村", "杨家湾村"]
ESTATES = [
    "阳光花园",
    "翠湖苑",
    "金色家园",
    "万家丽景",
    "锦江名都",
    "书香门第",
    "和谐家园",
    "滨江一号",
    "怡景新城",
    "芙蓉小区",
    "星河湾",
    "华府世家",
    "东方明珠苑",
    "幸福里",
]
BANKS = [
    "中国工商银行",
    "中国建设银行",
    "中国农业银行",
    "中国银行",
    "交通银行",
    "招商银行",
    "中国邮政储蓄银行",
]
LAW_FIRMS = [
    "{p}明德律师事务所",
    "{p}正衡律师事务所",
    "{p}天平律师事务所",
    "{p}金诚律师事务所",
    "{p}弘信律师事务所",
]
COMPANY_WORDS = [
    "恒泰",
    "鑫源",
    "华瑞",
    "宏达",
    "佳禾",
    "众诚",
    "万通",
    "博远",
    "盛世",
    "嘉信",
    "瑞丰",
    "天成",
    "润华",
    "永晟",
    "锦程",
    "卓越",
    "金鼎",
    "汇丰源",
    "协力",
    "昌隆",
]
SHOP_WORDS = [
    "老王",
    "福满",
    "好又多",
    "惠民",
    "香满园",
    "顺心",
    "鲜之源",
    "小林",
    "阿香",
    "旺角",
    "一品",
    "兴隆",
]

AMOUNT_CN = {
    50: "伍拾元",
    100: "壹佰元",
    200: "贰佰元",
    500: "伍佰元",
    1000: "壹仟元",
    2000: "贰仟元",
    3000: "叁仟元",
    5000: "伍仟元",
    10000: "壹万元",
    20000: "贰万元",
    30000: "叁万元",
    50000: "伍万元",
}

FW_DIGITS = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.used_names: set[str] = set()

    # ---- people
    def name(self, style: str = "han", sex: str | None = None) -> tuple[str, str]:
        r = self.r
        sex = sex or r.choice("男女")
        for _ in range(1000):
            if style == "minority":
                cands = [
                    n
                    for n in MINORITY
                    if n[0] not in self.used_names and (n[1] == sex or sex is None)
                ]
                if not cands:
                    cands = [n for n in MINORITY if n[0] not in self.used_names]
                n, sex = r.choice(cands)
            elif style == "compound":
                n = r.choice(COMPOUND) + "".join(r.choice(GIVEN1) for _ in range(r.choice([1, 2])))
            elif style == "two":
                n = r.choice(SURNAMES) + r.choice(GIVEN1)
            else:
                n = r.choice(SURNAMES) + (
                    r.choice(GIVEN1) + r.choice(GIVEN1)
                    if r.random() < 0.6
                    else (lambda i: "".join(GIVEN2[i : i + 2]))(2 * r.randrange(len(GIVEN2) // 2))
                )
            if n not in self.used_names and (style == "minority" or len(set(n)) == len(n)):
                self.used_names.add(n)
                return n, sex
        raise RuntimeError("names exhausted")

    def birth(self, lo: int = 1955, hi: int = 2000) -> dt.date:
        return dt.date(self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28))

    def id18(self, region: str, born: dt.date, sex: str, want_x: bool = False) -> str:
        for _ in range(500):
            seq = self.r.randint(0, 99)
            last = self.r.choice([1, 3, 5, 7, 9] if sex == "男" else [0, 2, 4, 6, 8])
            body = f"{region}{born:%Y%m%d}{seq:02d}{last}"
            c = gb11643_check_char(body)
            if (c == "X") == want_x:
                return body + c
        raise RuntimeError

    def id15(self, region: str, born: dt.date, sex: str) -> str:
        last = self.r.choice([1, 3, 5, 7, 9] if sex == "男" else [0, 2, 4, 6, 8])
        return f"{region}{born:%y%m%d}{self.r.randint(0, 99):02d}{last}"

    def mobile(self) -> str:
        return (
            self.r.choice(
                [
                    "138",
                    "139",
                    "135",
                    "136",
                    "150",
                    "152",
                    "158",
                    "187",
                    "188",
                    "177",
                    "181",
                    "199",
                    "166",
                    "133",
                    "153",
                    "189",
                ]
            )
            + f"{self.r.randint(0, 99999999):08d}"
        )

    def fmt_mobile(self, m: str, style: str) -> str:
        if style == "plus":
            return "+86 " + m
        if style == "plus_dash":
            return "+86-" + m
        if style == "space":
            return f"{m[:3]} {m[3:7]} {m[7:]}"
        if style == "dash":
            return f"{m[:3]}-{m[3:7]}-{m[7:]}"
        return m

    def landline(self, area: str, style: str = "dash") -> str:
        n = (
            f"{self.r.randint(2, 8)}{self.r.randint(0, 9999999):07d}"
            if len(area) == 4
            else f"{self.r.randint(2, 8)}{self.r.randint(0, 9999999):07d}"
        )
        if style == "paren":
            return f"({area}){n}"
        if style == "fwparen":
            return f"（{area}）{n}"
        return f"{area}-{n}"

    def home(self, reg, rural: bool | None = None) -> tuple[str, str]:
        """(full address, sensitive part below the district/county)."""
        r = self.r
        prov, city, dist = reg[0], reg[1], reg[2]
        if rural is None:
            rural = r.random() < 0.3
        if rural:
            below = f"{r.choice(TOWNS)}{r.choice(VILLAGES)}{r.randint(1, 12)}组{r.randint(1, 99)}号"
        else:
            below = (
                f"{r.choice(SUBDIST)}{r.choice(STREETS)}{r.randint(1, 399)}号{r.choice(ESTATES)}"
                f"{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(1, 32)}0{r.randint(1, 6)}室"
            )
        prefix = r.choice([prov + city + dist, city + dist]) if prov else city + dist
        return prefix + below, below

    def card(self) -> str:
        prefix = self.r.choice(
            ["622202", "621700", "622848", "621661", "622588", "621799", "623668"]
        )
        length = self.r.choice([16, 19])
        body = prefix + "".join(str(self.r.randint(0, 9)) for _ in range(length - 7))
        return body + luhn_check_digit(body)

    def uscc(self, region: str, kind: str = "91") -> str:
        alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        body = (
            kind
            + region
            + "".join(self.r.choice(alphabet[:10] if kind == "92" else alphabet) for _ in range(9))
        )
        if kind == "91":
            body = body[:8] + "MA" + body[10:]
        return body + uscc_check_char(body)

    def plate(self, reg, style: str) -> str:
        r = self.r
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        p = reg[5]
        if style == "ev":  # new-energy, 8 characters
            return p + r.choice("DF") + f"{r.randint(0, 99999):05d}"
        if style == "trailer":
            return p + f"{r.randint(1000, 9999)}挂"
        tail = [str(r.randint(0, 9)) for _ in range(5)]
        for pos in r.sample(range(5), r.choice([0, 1, 1, 2])):  # at most two letters, as issued
            tail[pos] = r.choice(letters)
        return p + "".join(tail)

    def prop_cert(self, reg) -> str:
        prov_abbr = reg[5][0]
        city = reg[1] if len(reg[1]) <= 4 else reg[2]
        return f"{prov_abbr}（{self.r.randint(2015, 2023)}）{city}不动产权第{self.r.randint(0, 9999999):07d}号"

    def officers(self, n: int = 2, prov: str = "") -> list[tuple[str, str]]:
        out = []
        for _ in range(n):
            nm, _ = self.name("han")
            cert = self.r.choice(
                [
                    lambda: f"{self.r.randint(10000000000000, 99999999999999)}",
                    lambda: f"{self.r.randint(10000000000, 99999999999)}",
                    lambda: (prov or "湘") + f"{self.r.randint(10000000, 99999999)}",
                ]
            )()
            out.append((nm, cert))
        return out


# --------------------------------------------------------------------------- document builder


class Doc:
    def __init__(self, family: str, doc_kind: str, party_type: str) -> None:
        self.family, self.doc_kind, self.party_type = family, doc_kind, party_type
        self.hold = False
        self.sens: list[tuple[str, str]] = []
        self.keep: list[tuple[str, str]] = []
        self.text = ""
        self.crlf = False

    def s(self, kind: str, text: str) -> str:
        if (kind, text) not in self.sens:
            self.sens.append((kind, text))
        return text

    def k(self, kind: str, text: str) -> str:
        if (kind, text) not in self.keep:
            self.keep.append((kind, text))
        return text

    def spans(self) -> list[tuple[int, int]]:
        out = []
        for _, t in self.sens + self.keep:
            for m in re.finditer(re.escape(t), self.text):
                out.append((m.start(), m.end()))
        return out


def amount(doc: Doc, n: int, style: int) -> str:
    cn = AMOUNT_CN[n]
    if style == 0:
        return f"罚款{doc.k('amount', '人民币' + cn + '整')}（{doc.k('amount', f'{n}元')}）"
    if style == 1:
        return f"罚款{doc.k('amount', f'{n}元')}"
    if style == 2:
        return f"罚款人民币{doc.k('amount', cn)}（{doc.k('amount', f'¥{n}.00')}）"
    return f"罚款{doc.k('amount', cn + '整')}（小写：{doc.k('amount', f'{n:,}.00元')}）"


def officer_block(doc: Doc, g: Gen, offs, style: int) -> str:
    names = [doc.k("officer", n) for n, _ in offs]
    certs = [doc.k("officer_cert", c) for _, c in offs]
    if style == 0:
        return "执法人员：" + "、".join(
            f"{n}（证号：{c}）" for n, c in zip(names, certs, strict=False)
        )
    if style == 1:
        return f"执法人员：{'、'.join(names)}；执法证件号：{'、'.join(certs)}"
    if style == 2:
        return "\n".join(
            f"执法人员：{n}　　执法证号：{c}" if i == 0 else f"　　　　　{n}　　执法证号：{c}"
            for i, (n, c) in enumerate(zip(names, certs, strict=False))
        )
    if style == 3:
        rows = ["| 执法人员 | 执法证号 |", "| --- | --- |"] + [
            f"| {n} | {c} |" for n, c in zip(names, certs, strict=False)
        ]
        return "\n".join(rows)
    return "承办人：" + "，".join(f"{n}，执法证号{c}" for n, c in zip(names, certs, strict=False))


def agency_footer(doc: Doc, g: Gen, reg, style: int) -> str:
    addr = doc.k(
        "agency_address",
        f"{reg[1]}{reg[2]}{g.r.choice(STREETS).replace('路', '大道')}{g.r.randint(1, 500)}号",
    )
    tel = doc.k("agency_phone", g.landline(reg[4]))
    doc.k("agency_phone", "12345")
    if style == 0:
        return f"本机关地址：{addr}　联系电话：{tel}　监督电话：12345"
    if style == 1:
        return f"地址：{addr}\n联系电话：{tel}（工作日）；投诉举报请拨打12345政务服务便民热线"
    return f"机关地址：{addr}，邮编：{g.r.randint(100000, 860000)}，电话：{tel}，12345热线"


AGENCY_TYPES = {
    "市场监管": lambda reg: (
        f"{reg[1]}{reg[2]}市场监督管理局" if reg[0] else f"{reg[1]}{reg[2]}市场监督管理局",
        "市监",
    ),
    "城管": lambda reg: (f"{reg[1]}{reg[2]}城市管理和综合执法局", "城管"),
    "生态环境": lambda reg: (f"{reg[1]}生态环境局{reg[2]}分局", "环"),
    "交通运输": lambda reg: (f"{reg[1]}交通运输综合行政执法支队", "交执"),
    "应急管理": lambda reg: (f"{reg[1]}{reg[2]}应急管理局", "应急"),
    "卫生健康": lambda reg: (f"{reg[1]}{reg[2]}卫生健康局", "卫"),
    "文化市场": lambda reg: (f"{reg[1]}文化市场综合行政执法支队", "文执"),
    "农业农村": lambda reg: (f"{reg[1]}{reg[2]}农业农村局", "农"),
    "自然资源": lambda reg: (f"{reg[1]}自然资源和规划局{reg[2]}分局", "自然资"),
    "消防救援": lambda reg: (f"{reg[1]}{reg[2]}消防救援大队", "消"),
    "公安交管": lambda reg: (f"{reg[1]}公安局交通警察支队{reg[2]}大队", "公交"),
}

# violation scenarios per sector: (violation phrase, fact phrase, 违反 statute, 依据 statute)
SCENARIOS = {
    "市场监管": [
        (
            "销售超过保质期的食品",
            "货架上摆放的4袋某品牌饼干已超过标注的保质期",
            "《中华人民共和国食品安全法》第三十四条第（十）项",
            "《中华人民共和国食品安全法》第一百二十四条第一款",
        ),
        (
            "未按规定明码标价",
            "其销售的12种商品未按规定标明价格",
            "《中华人民共和国价格法》第十三条第一款",
            "《明码标价和禁止价格欺诈规定》第二十一条",
        ),
        (
            "未亮照经营",
            "未在经营场所醒目位置悬挂营业执照",
            "《中华人民共和国市场主体登记管理条例》第三十六条",
            "《中华人民共和国市场主体登记管理条例》第四十八条",
        ),
    ],
    "城管": [
        (
            "占道经营",
            "在店门外人行道上摆放货架、桌椅占道经营",
            "《城市市容和环境卫生管理条例》第十四条",
            "《城市市容和环境卫生管理条例》第三十六条第（二）项",
        ),
        (
            "擅自设置户外广告",
            "擅自在建筑物外立面设置广告牌一块",
            "《城市市容和环境卫生管理条例》第十一条",
            "《城市市容和环境卫生管理条例》第三十六条第（四）项",
        ),
    ],
    "生态环境": [
        (
            "未配套建设油烟净化设施",
            "经营的餐饮店厨房未安装油烟净化设施，油烟直接排放",
            "《中华人民共和国大气污染防治法》第八十一条第一款",
            "《中华人民共和国大气污染防治法》第一百一十八条第一款",
        ),
        (
            "夜间施工噪声扰民",
            "22时后仍使用切割机进行施工作业",
            "《中华人民共和国噪声污染防治法》第四十三条第一款",
            "《中华人民共和国噪声污染防治法》第七十七条第一款",
        ),
    ],
    "交通运输": [
        (
            "未取得道路运输经营许可擅自从事道路旅客运输经营",
            "驾驶车辆搭载乘客3人并收取费用",
            "《中华人民共和国道路运输条例》第十条",
            "《中华人民共和国道路运输条例》第六十三条",
        ),
        (
            "货运车辆超限运输",
            "驾驶的货车车货总重超过限定标准",
            "《公路安全保护条例》第三十三条第一款",
            "《公路安全保护条例》第六十四条",
        ),
    ],
    "应急管理": [
        (
            "未经许可经营烟花爆竹制品",
            "在店内销售烟花爆竹，现场查见各类烟花爆竹18箱",
            "《烟花爆竹安全管理条例》第十九条",
            "《烟花爆竹安全管理条例》第三十六条第二款",
        ),
    ],
    "卫生健康": [
        (
            "未取得医疗机构执业许可证擅自执业",
            "在其居住的出租屋内为他人提供输液服务",
            "《医疗机构管理条例》第十四条",
            "《医疗机构管理条例》第四十三条",
        ),
        (
            "公共场所从业人员未取得健康合格证明",
            "店内2名从业人员未取得有效健康合格证明",
            "《公共场所卫生管理条例实施细则》第十条",
            "《公共场所卫生管理条例实施细则》第三十八条",
        ),
    ],
    "文化市场": [
        (
            "网吧接纳未成年人",
            "经营的网吧内有一名未成年人上网",
            "《互联网上网服务营业场所管理条例》第二十一条",
            "《互联网上网服务营业场所管理条例》第三十一条第（一）项",
        ),
        (
            "擅自从事营业性演出",
            "未经批准在酒吧内组织营业性演出",
            "《营业性演出管理条例》第十一条",
            "《营业性演出管理条例》第四十三条第一款",
        ),
    ],
    "农业农村": [
        (
            "经营假农药",
            "销售的某品牌杀虫剂经检验有效成分含量不合格",
            "《农药管理条例》第四十四条",
            "《农药管理条例》第五十五条第一款",
        ),
        (
            "在禁渔期内捕捞",
            "在禁渔期内使用地笼网捕捞",
            "《中华人民共和国渔业法》第三十条",
            "《中华人民共和国渔业法》第三十八条第一款",
        ),
    ],
    "自然资源": [
        (
            "非法占用土地建房",
            "未经批准占用集体土地建设住房一栋，占地面积约120平方米",
            "《中华人民共和国土地管理法》第四十四条第一款",
            "《中华人民共和国土地管理法》第七十七条第一款",
        ),
    ],
    "消防救援": [
        (
            "占用、堵塞、封闭疏散通道",
            "在经营场所的疏散通道内堆放杂物",
            "《中华人民共和国消防法》第二十八条",
            "《中华人民共和国消防法》第六十条第一款第（三）项",
        ),
        (
            "电动自行车在楼道内充电",
            "在住宅楼一楼楼道内为电动自行车充电",
            "《中华人民共和国消防法》第二十八条",
            "《中华人民共和国消防法》第六十条第一款第（三）项",
        ),
    ],
}


def decision_no(
    doc: Doc, g: Gen, reg, short: str, word: str, year: int, style: int | None = None
) -> str:
    style = g.r.randrange(5) if style is None else style
    n = g.r.randint(1, 999)
    base = reg[6] + short + word
    if style == 0:
        t = f"{base}〔{year}〕{n}号"
    elif style == 1:
        t = f"{base}[{year}]{n}号"
    elif style == 2:
        t = f"{base}（{year}）第{n:04d}号"
    elif style == 3:
        t = f"{base}字〔{year}〕第{n}号"
    else:
        t = f"{base}〔{year}〕{reg[3][2:4]}-{n:03d}号"
    return doc.k("decision_number", t)


def review_clause(reg, court_style: int = 0) -> str:
    gov = f"{reg[1]}{reg[2]}人民政府" if reg[0] else f"{reg[1]}{reg[2]}人民政府"
    return (
        f"如不服本决定，可以在收到本决定书之日起六十日内向{gov}申请行政复议，"
        f"也可以在六个月内依法向{reg[7]}提起行政诉讼。"
    )


# --------------------------------------------------------------------------- noise


def noise_hard_breaks(doc: Doc, g: Gen, every: int = 34) -> None:
    """Hard line breaks inside long paragraphs, never inside a labelled span."""
    spans = doc.spans()
    covered = set()
    for a, b in spans:
        covered.update(range(a + 1, b))
    out = []
    col = 0
    for i, ch in enumerate(doc.text):
        if ch == "\n":
            col = 0
            out.append(ch)
            continue
        if (
            col >= every
            and i not in covered
            and ch not in "，。；：、）》"
            and doc.text[i - 1] not in "（《"
        ):
            out.append("\n")
            col = 0
        out.append(ch)
        col += 1
    doc.text = "".join(out)


def noise_pages(doc: Doc, agency: str) -> None:
    lines = doc.text.split("\n")
    mid = len(lines) // 2
    while mid < len(lines) and lines[mid].strip() == "":
        mid += 1
    header = f"{agency}　行政执法文书"
    lines = (
        lines[:mid]
        + ["", "—— 第 1 页 共 2 页 ——", "", header]
        + lines[mid:]
        + ["", "—— 第 2 页 共 2 页 ——"]
    )
    doc.text = header + "\n" + "\n".join(lines)


def noise_halfwidth(doc: Doc, frac: float, g: Gen) -> None:
    lines = doc.text.split("\n")
    for i, ln in enumerate(lines):
        if g.r.random() < frac:
            lines[i] = ln.replace("：", ":").replace("，", ",").replace("；", ";")
    doc.text = "\n".join(lines)


# --------------------------------------------------------------------------- person blocks


class Person:
    def __init__(self, g: Gen, reg, style="han", born=None, sex=None, want_x=False, rural=None):
        self.name, self.sex = g.name(style, sex)
        self.born = born or g.birth()
        self.id = g.id18(reg[3], self.born, self.sex, want_x)
        self.mobile = g.mobile()
        self.home, self.home_below = g.home(reg, rural)
        self.ethnic = "汉族" if style != "minority" else g.r.choice(["维吾尔族", "藏族", "蒙古族"])
        if style == "minority":
            self.ethnic = {"次仁": "藏族", "扎西": "藏族", "央金": "藏族", "巴特尔": "蒙古族"}.get(
                self.name.split("·")[0], "维吾尔族"
            )


def birth_text(doc: Doc, born: dt.date, style: int) -> str:
    if style == 0:
        return doc.s("birth_date", cn_date(born)) + "出生"
    if style == 1:
        return "出生日期：" + doc.s("birth_date", f"{born:%Y-%m-%d}")
    if style == 2:
        return doc.s("birth_date", f"{born.year}.{born.month}.{born.day}") + "生"
    if style == 3:
        return "出生年月：" + doc.s("birth_date", f"{born.year}年{born.month}月")
    return "出生日期：" + doc.s("birth_date", f"{born:%Y%m%d}")


def id_text(doc: Doc, pid: str, style: int) -> str:
    if style == 1:  # spaced in groups
        t = f"{pid[:6]} {pid[6:14]} {pid[14:]}"
    elif style == 2:
        t = pid.translate(FW_DIGITS)
    elif style == 3:
        t = f"{pid[:4]} {pid[4:8]} {pid[8:12]} {pid[12:16]} {pid[16:]}"
    else:
        t = pid
    return doc.s("id_number", t)


def phone_text(doc: Doc, g: Gen, p: Person, style: str) -> str:
    return doc.s("phone", g.fmt_mobile(p.mobile, style))


def party_lines(
    doc: Doc,
    g: Gen,
    reg,
    p: Person,
    role: str,
    layout: str,
    idstyle=0,
    bstyle=0,
    pstyle="plain",
    addr_label="住址",
    extra="",
    shown=None,
) -> str:
    name = doc.s("person_name", shown or p.name)
    idt = id_text(doc, p.id, idstyle)
    bt = birth_text(doc, p.born, bstyle)
    ph = phone_text(doc, g, p, pstyle)
    doc.s("address", p.home_below)
    if layout == "lines":
        return "\n".join(
            [
                f"{role}：{name}",
                f"性别：{p.sex}",
                f"民族：{p.ethnic}",
                bt,
                f"公民身份号码：{idt}",
                f"{addr_label}：{p.home}",
                f"联系电话：{ph}",
            ]
            + ([extra] if extra else [])
        )
    if layout == "inline":
        return (
            f"{role}：{name}，性别：{p.sex}，民族：{p.ethnic}，{bt}，身份证号码：{idt}，{addr_label}：{p.home}，联系电话：{ph}。"
            + extra
        )
    if layout == "spaced":  # full-width alignment spaces in labels
        lab = "　".join(role) if len(role) <= 3 else role
        return "\n".join(
            [
                f"{lab}：{name}",
                f"性　　别：{p.sex}",
                f"身份证号：{idt}",
                f"{bt}",
                f"住　　址：{p.home}",
                f"联系方式：{ph}",
            ]
            + ([extra] if extra else [])
        )
    if layout == "table":
        return "\n".join(
            [
                "| 项目 | 内容 |",
                "| --- | --- |",
                f"| {role} | {name} |",
                f"| 性别 | {p.sex} |",
                f"| 出生 | {bt} |",
                f"| 身份证号 | {idt} |",
                f"| {addr_label} | {p.home} |",
                f"| 联系电话 | {ph} |",
            ]
        )
    if layout == "oneline":
        age = TODAY.year - p.born.year
        return (
            f"{role}姓名：{name}  性别：{p.sex}  年龄：{age}  身份证号：{idt}  {bt}  "
            f"{addr_label}：{p.home}  电话：{ph}"
        )
    raise ValueError(layout)


# --------------------------------------------------------------------------- kinds


def pick_reg(g: Gen, i: int):
    return REGIONS[(i * 7 + 3) % len(REGIONS)]


def kind_buyu(g: Gen, i: int, spec: dict) -> Doc:
    """不予行政处罚决定书 (首违不罚 / 轻微 / 未满十四周岁)."""
    reg = pick_reg(g, i)
    sector = spec.get("sector") or g.r.choice(
        ["市场监管", "城管", "生态环境", "文化市场", "卫生健康", "消防救援"]
    )
    agency, short = AGENCY_TYPES[sector](reg)
    viol, fact, st1, st2 = g.r.choice(SCENARIOS[sector])
    if spec.get("minor"):
        viol, fact, st1, st2 = (
            "在公共设施上乱涂乱画",
            "在公交站台广告灯箱上用喷漆乱涂乱画",
            "《城市市容和环境卫生管理条例》第十七条第一款",
            "《城市市容和环境卫生管理条例》第三十四条第（二）项",
        )
    doc = Doc("NP", "不予行政处罚决定书", spec.get("party_type", "natural"))
    year = spec.get("year", g.r.randint(2021, 2025))
    d0 = dt.date(year, g.r.randint(1, 8), g.r.randint(1, 20))
    d1, d2, d3 = d0 + dt.timedelta(days=2), d0 + dt.timedelta(days=9), d0 + dt.timedelta(days=30)
    L = []
    if spec.get("marking_top"):
        L.append(spec["marking_top"])
    L.append(doc.k("agency", agency))
    L.append("不予行政处罚决定书")
    L.append(decision_no(doc, g, reg, short, "不罚", year))
    L.append("")
    offs = g.officers(2, reg[5][0])
    loc = doc.k("location", f"{reg[2]}{g.r.choice(STREETS)}{g.r.randint(1, 300)}号")
    minor = spec.get("minor")  # "child" (<14), "teen_then" (minor then, adult now), "teen_now"
    if doc.party_type == "legal":
        comp = doc.k(
            "company",
            f"{reg[1]}{g.r.choice(COMPANY_WORDS)}{g.r.choice(['餐饮管理', '商贸', '物业服务', '文化传播'])}有限公司",
        )
        rep, _ = g.name("compound" if i % 3 == 0 else "han")
        emp = Person(g, reg)
        L += [
            f"当事人：{comp}",
            f"统一社会信用代码：{doc.k('uscc', g.uscc(reg[3]))}",
            f"住所：{doc.k('org_address', reg[0] + reg[1] + reg[2] + g.r.choice(STREETS) + str(g.r.randint(1, 300)) + '号')}",
            f"法定代表人：{doc.k('legal_rep', rep)}（{doc.k('legal_rep_title', '总经理')}），"
            f"联系电话：{doc.s('phone', g.fmt_mobile(g.mobile(), 'dash'))}",
        ]
        L.append(
            f"委托代理人：{doc.k('lawyer', g.name('compound')[0])}，{doc.k('law_firm', g.r.choice(LAW_FIRMS).format(p=reg[0] or reg[1]))}律师"
            f"（执业证号：{doc.k('lawyer_license', '1' + reg[3][:4] + str(g.r.randint(2005, 2022)) + str(g.r.randint(1000000, 9999999)))}）"
        )
        if g.r.random() < 0.7:
            L.append(
                f"企业服务热线：{doc.k('org_phone', '400-' + str(g.r.randint(100, 999)) + '-' + str(g.r.randint(1000, 9999)))}"
            )
        who = "当事人"
        narrative = (
            f"现场负责人{doc.s('person_name', emp.name)}（该公司店长，身份证号码：{id_text(doc, emp.id, 0)}）"
            f"陪同检查，{emp.name}称店长助理{doc.s('person_name', g.name('two')[0])}当日休假。"
        )
    else:
        if minor == "child":
            born = dt.date(2012 + g.r.randint(0, 1), g.r.randint(1, 12), g.r.randint(1, 28))
        elif minor == "teen_then" or minor == "teen_now":
            born = spec["born"]
        else:
            born = None
        p = Person(
            g, reg, style=spec.get("name_style", "han"), born=born, want_x=spec.get("want_x", False)
        )
        role = spec.get("role", "当事人")
        who = p.name
        if minor:
            guardian = Person(g, reg, sex="男", born=g.birth(1972, 1985))
            while True:
                gn = p.name[0] + g.r.choice(GIVEN1) + g.r.choice(GIVEN1)
                if gn not in g.used_names and len(set(gn)) == 3:
                    break
            g.used_names.add(gn)
            guardian.name = gn
            L.append(
                party_lines(
                    doc,
                    g,
                    reg,
                    p,
                    role,
                    spec.get("layout", "inline"),
                    spec.get("idstyle", 0),
                    spec.get("bstyle", 0),
                    "plain",
                )
            )
            L.append(
                f"{spec.get('guardian_role', '法定代理人')}：{doc.s('person_name', guardian.name)}（系{p.name}之父），身份证号码："
                f"{id_text(doc, guardian.id, 0)}，联系电话：{phone_text(doc, g, guardian, 'space')}。"
            )
        else:
            if spec.get("shop"):
                shop = doc.k(
                    "company",
                    f"{reg[2]}{g.r.choice(SHOP_WORDS)}{g.r.choice(['便利店', '小吃店', '五金店', '理发店'])}",
                )
                L += [
                    f"当事人：{shop}（个体工商户）",
                    f"统一社会信用代码：{doc.k('uscc', g.uscc(reg[3], '92'))}",
                    f"经营场所：{doc.k('location', reg[1] + reg[2] + g.r.choice(STREETS) + str(g.r.randint(1, 300)) + '号')}",
                ]
                role = spec.get("role", "经营者")
            L.append(
                party_lines(
                    doc,
                    g,
                    reg,
                    p,
                    role,
                    spec.get("layout", "lines"),
                    spec.get("idstyle", 0),
                    spec.get("bstyle", 0),
                    spec.get("pstyle", "plain"),
                    addr_label=spec.get("addr_label", "住址"),
                )
            )
        wife = Person(g, reg)
        if not minor:
            narrative = (
                f"检查时{doc.s('person_name', p.name)}不在现场，其{'妻子' if p.sex == '男' else '丈夫'}"
                f"{doc.s('person_name', wife.name)}到场配合调查，{wife.name}称{p.name}已外出进货。"
            )
        else:
            narrative = (
                f"{p.name}于当日由其法定代理人陪同接受询问。{p.name}称系受同学"
                f"{doc.s('person_name', g.name('han')[0])}邀请。"
            )
    L.append("")
    body = []
    tip = Person(g, reg)
    tip_phone = doc.s("phone", g.landline(reg[4], "paren"))
    body.append(
        f"    {who}{viol}一案，本机关于{doc.k('date', cn_date(d1))}立案调查，现已调查终结。"
    )
    body.append(
        f"    经查：{doc.k('date', cn_date(d0))}，本机关接到投诉人{doc.s('person_name', tip.name)}"
        f"（联系电话：{tip_phone}）投诉，反映{loc}存在违法行为。当日，执法人员"
        f"{offs[0][0]}、{offs[1][0]}到场检查，发现{who}{fact}。{narrative}"
    )
    if minor == "child":
        d0.year - p.born.year - ((d0.month, d0.day) < (p.born.month, p.born.day))
        body.append(f"    经核实，{p.name}出生于{cn_date(p.born)}，违法行为发生时未满十四周岁。")
        doc.s("birth_date", cn_date(p.born))
        basis = "《中华人民共和国行政处罚法》第三十条"
        reason = "鉴于违法行为人不满十四周岁，"
        doc.hold = True
    elif minor in ("teen_then", "teen_now"):
        body.append(
            f"    经核实，{p.name}违法行为发生时已满十四周岁不满十八周岁，违法情节轻微并已及时改正。"
        )
        basis = "《中华人民共和国行政处罚法》第三十三条第一款"
        reason = "鉴于当事人系未成年人，违法行为轻微并及时改正，没有造成危害后果，"
        if minor == "teen_now":
            doc.hold = True
    else:
        if doc.party_type == "natural":
            card = g.card()
            body.append(
                f"    另查明，{who}通过其本人名下{g.r.choice(BANKS)}借记卡（卡号：{doc.s('bank_account', card)}）"
                f"收取相关款项共计{doc.k('amount', str(g.r.randint(100, 900)) + '元')}。"
            )
        body.append(
            f"    {who}于{doc.k('date', cn_date(d2))}前已全部改正，未造成危害后果，且系初次违法。"
        )
        basis = "《中华人民共和国行政处罚法》第三十三条第一款"
        reason = "鉴于当事人初次违法且危害后果轻微并及时改正，"
    body.append(
        f"    本机关认为：{who}的上述行为违反了{doc.k('statute', st1)}的规定，依据{doc.k('statute', st2)}的规定，"
        f"本应予以处罚。{reason}依据{doc.k('statute', basis)}的规定，本机关决定不予行政处罚。"
    )
    body.append(f"    当事人{review_clause(reg)}")
    if spec.get("negation"):
        body.append("    " + spec["negation"])
    if spec.get("statement"):
        body.append("    " + spec["statement"])
    L += body + [
        "",
        officer_block(doc, g, offs, spec.get("ostyle", i % 5)),
        agency_footer(doc, g, reg, i % 3),
        "",
        agency,
        doc.k("date", cn_date(d3)),
    ]
    if spec.get("marking_bottom"):
        L.append(spec["marking_bottom"])
    doc.text = "\n".join(L) + "\n"
    return doc


def kind_qiangzhi(g: Gen, i: int, spec: dict) -> Doc:
    """行政强制措施决定书 / 查封（扣押）决定书 / 解除查封（扣押）决定书."""
    reg = pick_reg(g, i)
    sector = spec.get("sector") or g.r.choice(
        ["市场监管", "交通运输", "农业农村", "生态环境", "应急管理", "文化市场"]
    )
    agency, short = AGENCY_TYPES[sector](reg)
    viol, fact, st1, st2 = g.r.choice(SCENARIOS[sector])
    release = spec.get("release", False)
    title = spec.get("title") or (
        "解除查封（扣押）决定书"
        if release
        else g.r.choice(["查封（扣押）决定书", "行政强制措施决定书", "扣押决定书"])
    )
    doc = Doc("CM", title, spec.get("party_type", "natural"))
    year = g.r.randint(2022, 2025)
    d0 = dt.date(year, g.r.randint(1, 9), g.r.randint(1, 20))
    L = []
    if spec.get("marking_top"):
        L.append(spec["marking_top"])
    L += [
        doc.k("agency", agency),
        title,
        decision_no(doc, g, reg, short, "解扣" if release else "强扣", year),
        "",
    ]
    offs = g.officers(2, reg[5][0])
    owner = None
    if doc.party_type == "legal":
        comp = doc.k(
            "company",
            f"{reg[1]}{g.r.choice(COMPANY_WORDS)}{g.r.choice(['物流', '农资', '建材', '运输'])}有限公司",
        )
        rep, _ = g.name("han")
        rep_home = g.home(reg)
        L += [
            f"当事人：{comp}",
            f"统一社会信用代码：{doc.k('uscc', g.uscc(reg[3]))}",
            f"法定代表人：{doc.k('legal_rep', rep)}",
            f"法定代表人身份证号码：{id_text(doc, g.id18(reg[3], g.birth(), '男'), spec.get('idstyle', 0))}",
            f"法定代表人住址：{rep_home[0]}",
        ]
        doc.s("address", rep_home[1])
        L.append(
            f"委托代理人：{doc.k('lawyer', g.name('han')[0])}，{doc.k('law_firm', g.r.choice(LAW_FIRMS).format(p=reg[0] or reg[1]))}律师，"
            f"执业证号：{doc.k('lawyer_license', '1' + reg[3][:4] + str(g.r.randint(2005, 2022)) + str(g.r.randint(1000000, 9999999)))}"
        )
        who = "当事人"
        driver = Person(g, reg, style=spec.get("name_style", "han"))
    else:
        p = Person(g, reg, style=spec.get("name_style", "han"), want_x=spec.get("want_x", False))
        L.append(
            party_lines(
                doc,
                g,
                reg,
                p,
                spec.get("role", "当事人"),
                spec.get("layout", "lines"),
                spec.get("idstyle", 0),
                spec.get("bstyle", 1),
                spec.get("pstyle", "plus"),
                addr_label=spec.get("addr_label", "户籍地址"),
            )
        )
        if spec.get("passport"):
            L.append(
                f"其他证件：{spec['passport'][0]}，号码：{doc.s('passport', spec['passport'][1])}"
            )
        if spec.get("email"):
            L.append(f"电子邮箱：{doc.s('email', spec['email'])}")
        who = p.name
        driver = p
    L.append("")
    plate = g.plate(reg, spec.get("plate_style", "normal"))
    plate_shown = plate
    if spec.get("plate_sep") == "dot":
        plate_shown = plate[:2] + "·" + plate[2:]
    elif spec.get("plate_sep") == "space":
        plate_shown = plate[:2] + " " + plate[2:]
    doc.s("license_plate", plate_shown)
    body = []
    if not release:
        loc = doc.k("location", f"{reg[2]}{g.r.choice(STREETS)}与{g.r.choice(STREETS)}交叉口")
        body.append(
            f"    {doc.k('date', cn_date(d0))}，本机关执法人员{doc.k('officer', offs[0][0])}、{doc.k('officer', offs[1][0])}"
            f"在{loc}检查时发现，{who}涉嫌{viol}。"
        )
        if doc.party_type == "legal":
            body.append(
                f"    当事人所属车辆（号牌：{plate_shown}，车辆类型：{doc.k('vehicle_type', '重型半挂牵引车')}）"
                f"由驾驶员{doc.s('person_name', driver.name)}（驾驶证号：{id_text(doc, driver.id, 0)}）驾驶。"
                f"{driver.name}称车辆系公司调度员{doc.s('person_name', g.name('two')[0])}安排出车。"
            )
        else:
            body.append(
                f"    {who}{fact}，现场涉案车辆号牌为{plate_shown}，车主为{doc.s('person_name', g.name('han')[0])}。"
            )
        wit = Person(g, reg)
        wit2 = Person(g, reg, style="compound")
        body.append(
            f"    因当事人拒绝签字，执法人员邀请见证人{doc.s('person_name', wit.name)}（身份证号码："
            f"{id_text(doc, wit.id, spec.get('wit_idstyle', 0))}，联系电话：{phone_text(doc, g, wit, 'dash')}）"
            f"到场见证，在场人员{doc.s('person_name', wit2.name)}于现场签字确认。"
        )
        body.append(
            f"    为防止证据损毁、便于查清事实，依据{doc.k('statute', spec.get('basis', '《中华人民共和国行政强制法》第二十四条'))}"
            f"和{doc.k('statute', st2)}的规定，本机关决定对下列财物实施扣押，期限为三十日"
            f"（自{doc.k('date', cn_date(d0))}至{doc.k('date', cn_date(d0 + dt.timedelta(days=29)))}）："
        )
        body.append("    1.涉案车辆一辆；2.车辆行驶证一本；3.涉案物品若干（详见财物清单）。")
        body.append(
            f"    扣押地点：{doc.k('location', reg[2] + g.r.choice(STREETS) + '车辆停放场')}。"
        )
        if spec.get("property"):
            owner = Person(g, reg)
            cert = doc.s("property_cert", g.prop_cert(reg))
            body.append(
                f"    查封场所位于{doc.k('location', reg[2] + g.r.choice(STREETS) + str(g.r.randint(1, 300)) + '号一楼门面')}，"
                f"房屋所有权人{doc.s('person_name', owner.name)}（不动产权证号：{cert}），承租人即{who}。"
            )
    else:
        d_orig = d0 - dt.timedelta(days=20)
        body.append(
            f"    本机关于{doc.k('date', cn_date(d_orig))}对{who}作出{decision_no(doc, g, reg, short, '强扣', year)}"
            f"《扣押决定书》，扣押了号牌为{plate_shown}的车辆一辆。"
        )
        card = g.card()
        bank = g.r.choice(BANKS)
        body.append(
            f"    经调查，{who}的违法事实已查清，扣押财物已无需继续扣押。依据"
            f"{doc.k('statute', '《中华人民共和国行政强制法》第二十八条第一款第（三）项')}的规定，本机关决定自"
            f"{doc.k('date', cn_date(d0))}起解除扣押。"
        )
        body.append(
            f"    已扣押的保证金{doc.k('amount', '人民币伍仟元')}退还至当事人指定账户（开户行：{bank}{reg[1]}分行，"
            f"户名：{doc.s('person_name', driver.name) if doc.party_type == 'natural' else '当事人'}，账号："
            f"{doc.s('bank_account', card if spec.get('card_style', 0) == 0 else ' '.join(card[j : j + 4] for j in range(0, len(card), 4)))}）。"
        )
        body.append(
            f"    请{who}于{doc.k('date', cn_date(d0 + dt.timedelta(days=5)))}前持本决定书到"
            f"{doc.k('location', reg[2] + g.r.choice(STREETS) + '车辆停放场')}领取车辆。"
            f"委托他人领取的，应出具委托书，受托人为其{'兄长' if i % 2 else '姐姐'}"
            f"{doc.s('person_name', g.name('han')[0])}的，须携带身份证原件。"
        )
    body.append(f"    当事人{review_clause(reg)}")
    if spec.get("negation"):
        body.append("    " + spec["negation"])
    L += body + [
        "",
        officer_block(doc, g, offs, spec.get("ostyle", i % 5)),
        agency_footer(doc, g, reg, (i + 1) % 3),
        "",
        agency + "（印章）",
        doc.k("date", cn_date(d0)),
    ]
    if spec.get("marking_bottom"):
        L.append(spec["marking_bottom"])
    doc.text = "\n".join(L) + "\n"
    return doc


def kind_zeling(g: Gen, i: int, spec: dict) -> Doc:
    """责令改正通知书 / 责令限期改正通知书 / 责令停止违法行为通知书."""
    reg = pick_reg(g, i)
    sector = spec.get("sector") or g.r.choice(
        ["消防救援", "城管", "自然资源", "生态环境", "卫生健康", "市场监管"]
    )
    agency, short = AGENCY_TYPES[sector](reg)
    viol, fact, st1, st2 = g.r.choice(SCENARIOS[sector])
    title = spec.get("title") or g.r.choice(
        ["责令改正通知书", "责令限期改正通知书", "责令停止违法行为通知书"]
    )
    doc = Doc("ZL", title, spec.get("party_type", "natural"))
    year = g.r.randint(2022, 2025)
    d0 = dt.date(year, g.r.randint(1, 10), g.r.randint(1, 20))
    L = []
    if spec.get("marking_top"):
        L.append(spec["marking_top"])
    L += [doc.k("agency", agency), title, decision_no(doc, g, reg, short, "责改", year), ""]
    offs = g.officers(2, reg[5][0])
    p = Person(g, reg, style=spec.get("name_style", "han"), want_x=spec.get("want_x", False))
    role = spec.get("role", g.r.choice(["行政相对人", "相对人", "违法行为人", "当事人"]))
    salutation = doc.s("person_name", p.name)
    if spec.get("ocr_name"):
        spaced = p.name[0] + " " + p.name[1:]
        salutation = doc.s("person_name", spaced)
    L.append(f"{salutation}：")
    L.append("")
    body = []
    loc = doc.k("location", f"{reg[2]}{g.r.choice(STREETS)}{g.r.randint(1, 300)}号")
    body.append(
        f"    经查，你（单位）于{doc.k('date', cn_date(d0))}在{loc}{fact}，"
        f"违反了{doc.k('statute', st1)}的规定。"
    )
    extra_people = []
    if spec.get("landlord"):
        ll = Person(g, reg)
        cert = doc.s("property_cert", g.prop_cert(reg))
        extra_people.append(
            f"该房屋的房屋所有权人为{doc.s('person_name', ll.name)}（不动产权证号：{cert}，联系电话："
            f"{doc.s('phone', g.landline(reg[4], 'fwparen'))}），承租人为{p.name}。"
        )
    if spec.get("owners"):
        ow = Person(g, reg)
        extra_people.append(
            f"业主{doc.s('person_name', ow.name)}于检查当日到场，称其已将房屋出租给{p.name}使用；"
            f"户主{doc.s('person_name', g.name('compound')[0])}亦在场。"
        )
    if spec.get("complainant"):
        c = Person(g, reg)
        extra_people.append(
            f"此前，投诉人{doc.s('person_name', c.name)}（住{c.home}，电子邮箱："
            f"{doc.s('email', spec['complainant'])}）多次向本机关反映该问题。"
        )
        doc.s("address", c.home_below)
    if extra_people:
        body.append("    " + "".join(extra_people))
    limit = g.r.choice([3, 7, 10, 15])
    if title == "责令停止违法行为通知书":
        body.append(f"    根据{doc.k('statute', st2)}的规定，现责令你立即停止上述违法行为。")
    else:
        body.append(
            f"    根据{doc.k('statute', st2)}的规定，现责令你（单位）于"
            f"{doc.k('date', cn_date(d0 + dt.timedelta(days=limit)))}前改正上述违法行为。"
        )
    body.append("    改正期间应当采取必要措施确保安全；逾期不改正的，本机关将依法予以处理。")
    body.append(f"    {review_clause(reg)}")
    if spec.get("negation"):
        body.append("    " + spec["negation"])
    L += body
    L.append("")
    # receipt part with the party's details, form-like
    L.append("送达回执")
    L.append(
        party_lines(
            doc,
            g,
            reg,
            p,
            role,
            spec.get("layout", "spaced"),
            spec.get("idstyle", 0),
            spec.get("bstyle", 2),
            spec.get("pstyle", "space"),
            addr_label=spec.get("addr_label", "现住址"),
        )
    )
    if spec.get("agent_relative"):
        a = Person(g, reg)
        L.append(
            f"签收人：{doc.s('person_name', a.name)}（系{p.name}的{'儿子' if i % 2 else '女儿'}，委托代理人），"
            f"联系电话：{phone_text(doc, g, a, 'plain')}"
        )
    L += [
        "",
        officer_block(doc, g, offs, spec.get("ostyle", i % 5)),
        agency_footer(doc, g, reg, i % 3),
        "",
        agency,
        doc.k("date", cn_date(d0 + dt.timedelta(days=1))),
    ]
    if spec.get("marking_bottom"):
        L.append(spec["marking_bottom"])
    doc.text = "\n".join(L) + "\n"
    return doc


def kind_gaozhi(g: Gen, i: int, spec: dict) -> Doc:
    """行政处罚事先告知书 / 行政处罚听证告知书: notices sent to the party, redacted and published
    like decisions (the issue lists 听证告知书 among the kinds the engine redacts; only internal
    process documents such as 笔录 and 审批表 are held)."""
    reg = pick_reg(g, i)
    sector = spec.get("sector") or g.r.choice(
        ["市场监管", "农业农村", "文化市场", "应急管理", "交通运输"]
    )
    agency, short = AGENCY_TYPES[sector](reg)
    viol, fact, st1, st2 = g.r.choice(SCENARIOS[sector])
    title = spec.get("title") or g.r.choice(["行政处罚事先告知书", "行政处罚听证告知书"])
    doc = Doc("GZ", title, "natural")
    year = g.r.randint(2022, 2025)
    d0 = dt.date(year, g.r.randint(1, 10), g.r.randint(1, 20))
    p = Person(g, reg, style=spec.get("name_style", "han"))
    L = [
        doc.k("agency", agency),
        title,
        decision_no(doc, g, reg, short, "罚告" if "事先" in title else "听告", year),
        "",
    ]
    L.append(
        party_lines(
            doc, g, reg, p, spec.get("role", "当事人"), spec.get("layout", "inline"), 0, 0, "plain"
        )
    )
    L.append("")
    offs = g.officers(2, reg[5][0])
    n = g.r.choice([2000, 5000, 10000, 20000])
    L.append(
        f"    经查，你于{doc.k('date', cn_date(d0))}{fact}，违反了{doc.k('statute', st1)}的规定。"
        f"依据{doc.k('statute', st2)}的规定，本机关拟对你作出如下行政处罚：{amount(doc, n, 0)}。"
    )
    if "听证" in title:
        L.append(
            "    根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你有权在收到本告知书之日起五日内"
            "提出听证要求。听证除涉及国家秘密、商业秘密或者个人隐私依法予以保密外，公开举行。"
        )
    else:
        L.append(
            "    根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你可在收到本告知书之日起五日内"
            "向本机关提出陈述、申辩。逾期视为放弃上述权利。"
        )
    L += [
        "",
        officer_block(doc, g, offs, i % 5),
        agency_footer(doc, g, reg, i % 3),
        "",
        agency,
        doc.k("date", cn_date(d0 + dt.timedelta(days=20))),
    ]
    doc.text = "\n".join(L) + "\n"
    return doc


def kind_dangchang(g: Gen, i: int, spec: dict) -> Doc:
    """当场行政处罚决定书 (简易程序), form-like."""
    reg = pick_reg(g, i)
    sector = spec.get("sector") or g.r.choice(
        ["公安交管", "城管", "市场监管", "交通运输", "消防救援", "农业农村"]
    )
    agency, short = AGENCY_TYPES[sector](reg)
    doc = Doc("DC", "当场行政处罚决定书", "natural")
    year = spec.get("year", g.r.randint(2021, 2025))
    d0 = dt.date(year, g.r.randint(1, 12), g.r.randint(1, 28))
    hh, mm = g.r.randint(7, 22), g.r.randint(0, 59)
    p = Person(
        g,
        reg,
        style=spec.get("name_style", "han"),
        want_x=spec.get("want_x", False),
        born=spec.get("born"),
    )
    L = []
    if spec.get("marking_top"):
        L.append(spec["marking_top"])
    offs = g.officers(1 if sector == "公安交管" else 2, reg[5][0])
    if sector == "公安交管":
        title = "公安交通管理简易程序处罚决定书"
        L += [doc.k("agency", agency), title]
        no = doc.k("decision_number", f"{reg[3]}{g.r.randint(1000000000, 9999999999)}")
        L.append(f"编号：{no}")
        L.append("")
        role = spec.get("role", "被处罚人")
        plate = g.plate(reg, spec.get("plate_style", "normal"))
        pshown = plate
        if spec.get("plate_sep") == "dot":
            pshown = plate[:2] + "·" + plate[2:]
        elif spec.get("plate_sep") == "space":
            pshown = plate[:2] + " " + plate[2:]
        doc.s("license_plate", pshown)
        vt = doc.k(
            "vehicle_type",
            g.r.choice(
                ["小型普通客车", "小型轿车", "轻型厢式货车", "重型半挂牵引车", "普通二轮摩托车"]
            ),
        )
        idt = id_text(doc, p.id, spec.get("idstyle", 0))
        if spec.get("layout") == "table":
            L += [
                "| 被处罚人 | " + doc.s("person_name", p.name) + " | 驾驶证号 | " + idt + " |",
                "| --- | --- | --- | --- |",
                f"| 准驾车型 | C1 | 联系电话 | {phone_text(doc, g, p, spec.get('pstyle', 'plain'))} |",
                f"| 车辆牌号 | {pshown} | 车辆类型 | {vt} |",
                f"| 住址 | {p.home} | 发证机关 | {reg[1]}公安局交通警察支队 |",
            ]
        else:
            L.append(
                f"{role}：{doc.s('person_name', p.name)}　驾驶证/居民身份证号码：{idt}　准驾车型：C1"
            )
            L.append(
                f"联系方式：{phone_text(doc, g, p, spec.get('pstyle', 'plain'))}　住址：{p.home}"
            )
            L.append(f"车辆牌号：{pshown}　车辆类型：{vt}")
        doc.s("address", p.home_below)
        loc = doc.k(
            "location",
            f"{reg[2]}{g.r.choice(STREETS)}{g.r.choice(['与', '和'])}{g.r.choice(STREETS)}路口",
        )
        viol = g.r.choice(
            [
                (
                    "驾驶机动车违反道路交通信号灯通行",
                    "《中华人民共和国道路交通安全法》第三十八条",
                    200,
                ),
                (
                    "机动车驾驶人驾车时有拨打、接听手持电话等妨碍安全驾驶的行为",
                    "《中华人民共和国道路交通安全法实施条例》第六十二条第（三）项",
                    50,
                ),
                (
                    "驾驶中型以上载客载货汽车、危险物品运输车辆以外的其他机动车行驶超过规定时速未达20%的",
                    "《中华人民共和国道路交通安全法》第四十二条第一款",
                    200,
                ),
            ]
        )
        L.append(
            f"    {role}{p.name}于{doc.k('date', cn_date(d0))}{hh}时{mm:02d}分，在{loc}实施{viol[0]}的违法行为（代码1625），"
            f"违反了{doc.k('statute', viol[1])}的规定。"
        )
        if spec.get("owner"):
            ow = Person(g, reg, style="compound")
            L.append(
                f"    该车登记车主为{doc.s('person_name', ow.name)}（身份证号码：{id_text(doc, ow.id, 0)}），"
                f"系{p.name}的表哥。"
            )
        if spec.get("victim"):
            v = Person(g, reg)
            L.append(
                f"    事故造成受害人{doc.s('person_name', v.name)}车辆受损，{v.name}称其车辆（号牌"
                f"{doc.s('license_plate', g.plate(reg, 'ev'))}）停放于路边。"
            )
        L.append(
            f"    依据{doc.k('statute', '《中华人民共和国道路交通安全法》第九十条')}的规定，决定予以"
            f"{amount(doc, viol[2], g.r.choice([0, 1]))}的处罚。"
        )
        L.append(
            f"    持本决定书在十五日内到{g.r.choice(BANKS)}各网点缴纳罚款，或通过交管12123手机应用缴纳。"
            f"逾期不缴纳的，每日按罚款数额的百分之三加处罚款。"
        )
        L.append(f"    {role}{review_clause(reg)}")
        L.append("")
        L.append(f"处罚地点：{doc.k('location', reg[2] + g.r.choice(STREETS) + '交警岗亭')}")
        L.append(
            f"交通警察：{doc.k('officer', offs[0][0])}　警号：{doc.k('officer_cert', str(g.r.randint(100000, 999999)))}"
        )
        L.append(f"{role}签名：{p.name}　　{doc.k('date', cn_date(d0))}")
    else:
        title = "当场行政处罚决定书"
        viol, fact, st1, st2 = g.r.choice(SCENARIOS[sector])
        L += [
            doc.k("agency", agency),
            title + "（简易程序）",
            decision_no(doc, g, reg, short, "当罚", year),
            "",
        ]
        role = spec.get("role", "被处罚人")
        layout = spec.get("layout", "oneline")
        L.append(
            party_lines(
                doc,
                g,
                reg,
                p,
                role,
                layout,
                spec.get("idstyle", 0),
                spec.get("bstyle", 0),
                spec.get("pstyle", "plain"),
                addr_label=spec.get("addr_label", "住址"),
                shown=(p.name[0] + " " + p.name[1:]) if spec.get("ocr_name") else None,
            )
        )
        if spec.get("ocr_name"):
            doc.s("person_name", p.name)
        if spec.get("passport"):
            L.append(
                f"证件类型：{spec['passport'][0]}　证件号码：{doc.s('passport', spec['passport'][1])}"
            )
        if spec.get("translator"):
            tr = Person(g, reg)
            L.append(
                f"翻译人员：{doc.s('person_name', tr.name)}（联系电话：{phone_text(doc, g, tr, 'plus_dash')}）"
            )
        if spec.get("shop_operator"):
            shop = doc.k(
                "company",
                f"{reg[2]}{g.r.choice(SHOP_WORDS)}{g.r.choice(['烧烤店', '水果店', '粉面馆'])}",
            )
            op = Person(g, reg)
            L.append(
                f"经营场所名称：{shop}（个体工商户）　实际经营者：{doc.s('person_name', op.name)}"
                f"　负责人：{p.name}"
            )
        L.append("")
        loc = doc.k("location", f"{reg[2]}{g.r.choice(STREETS)}{g.r.randint(1, 300)}号门前")
        n = g.r.choice([50, 100, 200, 500])
        sent = (
            f"    {role}{p.name}于{doc.k('date', cn_date(d0))}{hh}时{mm:02d}分在{loc}{fact}，"
            f"违反了{doc.k('statute', st1)}的规定。"
        )
        if spec.get("name_particles"):
            sent += (
                f"{p.name}称其不知道相关规定，{p.name}系初次被查处，{p.name}的摊位当场已清理，现场由其邻居"
                f"{doc.s('person_name', g.name('two')[0])}、证人{doc.s('person_name', g.name('han')[0])}"
                f"作证。"
            )
        L.append(sent)
        if spec.get("reporter"):
            rp = Person(g, reg)
            L.append(
                f"    本案系举报人{doc.s('person_name', rp.name)}（电话{phone_text(doc, g, rp, 'dash')}，"
                f"邮箱{doc.s('email', spec['reporter'])}）举报查实。"
            )
        if spec.get("appellant"):
            ap = Person(g, reg)
            L.append(
                f"    申诉人{doc.s('person_name', ap.name)}称{p.name}占用其门面，被侵权人"
                f"{doc.s('person_name', g.name('two')[0])}亦提出同样意见。"
            )
        L.append(
            f"    依据{doc.k('statute', st2)}及{doc.k('statute', '《中华人民共和国行政处罚法》第五十一条')}的规定，"
            f"决定给予{role}{amount(doc, n, g.r.choice([0, 1, 2, 3]))}的行政处罚。"
        )
        pay = g.r.choice(["当场收缴", "到指定银行缴纳"])
        if pay == "当场收缴":
            L.append(
                f"    罚款当场收缴，出具财政部门统一制发的罚款收据（票据号：{doc.k('serial', str(g.r.randint(10000000, 99999999)))}）。"
            )
        else:
            acct = g.r.choice([str(g.r.randint(10**17, 10**18 - 1)), g.card()])
            L.append(
                f"    请于十五日内缴至{reg[1]}{reg[2]}财政局（账号：{doc.s('bank_account', acct)}）。"
            )
        L.append(f"    {role}{review_clause(reg)}")
        if spec.get("negation"):
            L.append("    " + spec["negation"])
        L.append("")
        L.append(f"{role}签名：{p.name}　　见证人：{doc.s('person_name', g.name('two')[0])}")
        L.append(officer_block(doc, g, offs, spec.get("ostyle", i % 5)))
        L.append(agency_footer(doc, g, reg, i % 3))
        L += ["", agency, doc.k("date", cn_date(d0))]
    if spec.get("marking_bottom"):
        L.append(spec["marking_bottom"])
    if spec.get("minor_now"):
        doc.hold = True
    doc.text = "\n".join(L) + "\n"
    return doc


# --------------------------------------------------------------------------- specs

NEG = [
    "本决定不涉及国家秘密、商业秘密和个人隐私，依法予以公开。",
    "经审查，本文书不含国家秘密、商业秘密，公开方式：主动公开。",
    "本决定书内容不属于国家秘密或者工作秘密，不涉及个人隐私。",
]


def specs() -> list[tuple]:
    S = []
    # ---- 不予行政处罚决定书 (12)
    S += [
        (kind_buyu, dict(shop=True, role="经营者", layout="lines", bstyle=0, negation=NEG[0])),
        (
            kind_buyu,
            dict(
                shop=True,
                role="负责人",
                layout="spaced",
                idstyle=1,
                bstyle=1,
                pstyle="plus",
                crlf=True,
            ),
        ),
        (kind_buyu, dict(party_type="legal", sector="市场监管", negation=NEG[1], ostyle=1)),
        (kind_buyu, dict(name_style="compound", layout="inline", bstyle=2, idstyle=2, hb=True)),
        (
            kind_buyu,
            dict(
                name_style="minority", layout="lines", want_x=True, role="违法行为人", sector="城管"
            ),
        ),
        (
            kind_buyu,
            dict(minor="child", layout="inline", role="违法行为人", sector="文化市场"),
        ),  # held
        (
            kind_buyu,
            dict(
                minor="teen_then",
                born=dt.date(2006, 9, 12),
                year=2023,
                layout="lines",
                role="违法行为人",
            ),
        ),
        (
            kind_buyu,
            dict(
                minor="teen_then",
                born=dt.date(2007, 4, 2),
                year=2024,
                layout="inline",
                role="当事人",
                crlf=True,
                guardian_role="监护人",
            ),
        ),
        (
            kind_buyu,
            dict(
                minor="teen_then",
                born=dt.date(2008, 5, 20),
                year=2025,
                layout="spaced",
                role="行政相对人",
            ),
        ),
        (
            kind_buyu,
            dict(
                minor="teen_now",
                born=dt.date(2008, 12, 3),
                year=2025,
                layout="lines",
                role="违法行为人",
            ),
        ),  # held
        (
            kind_buyu,
            dict(shop=True, role="实际经营者", marking_top="密级：秘密", sector="卫生健康"),
        ),  # held
        (
            kind_buyu,
            dict(
                party_type="legal",
                sector="生态环境",
                pages=True,
                statement="因本案涉及当事人生产工艺参数等商业秘密，本决定书不予公开。",
            ),
        ),  # held
    ]
    # ---- 强制措施 (10)
    S += [
        (
            kind_qiangzhi,
            dict(
                sector="交通运输",
                party_type="legal",
                plate_style="trailer",
                title="行政强制措施决定书",
            ),
        ),
        (
            kind_qiangzhi,
            dict(
                sector="交通运输",
                role="当事人",
                plate_style="ev",
                plate_sep="space",
                layout="inline",
                pstyle="plus",
                idstyle=3,
            ),
        ),
        (
            kind_qiangzhi,
            dict(
                sector="市场监管",
                role="经营者",
                property=True,
                layout="table",
                title="查封（扣押）决定书",
            ),
        ),
        (
            kind_qiangzhi,
            dict(
                sector="农业农村",
                role="当事人",
                name_style="compound",
                plate_sep="dot",
                crlf=True,
                passport=("护照", "E82047316"),
            ),
        ),
        (
            kind_qiangzhi,
            dict(
                sector="应急管理",
                role="当事人",
                layout="lines",
                email="liuxm_1987@163.com",
                hb=True,
                negation=NEG[2],
            ),
        ),
        (kind_qiangzhi, dict(sector="文化市场", role="当事人", name_style="minority", pages=True)),
        (
            kind_qiangzhi,
            dict(release=True, sector="交通运输", role="当事人", layout="inline", card_style=1),
        ),
        (
            kind_qiangzhi,
            dict(release=True, sector="市场监管", role="当事人", layout="spaced", halfwidth=True),
        ),
        (
            kind_qiangzhi,
            dict(release=True, sector="农业农村", party_type="legal", marking_top="秘密★6个月"),
        ),  # held
        (
            kind_qiangzhi,
            dict(
                sector="生态环境",
                role="当事人",
                layout="lines",
                want_x=True,
                marking_bottom="（此件不公开）",
            ),
        ),  # held
    ]
    # ---- 责令改正 (12)
    S += [
        (
            kind_zeling,
            dict(sector="消防救援", title="责令限期改正通知书", role="行政相对人", landlord=True),
        ),
        (
            kind_zeling,
            dict(sector="消防救援", title="责令改正通知书", owners=True, layout="table", crlf=True),
        ),
        (
            kind_zeling,
            dict(
                sector="城管", title="责令停止违法行为通知书", role="相对人", ocr_name=True, hb=True
            ),
        ),
        (
            kind_zeling,
            dict(
                sector="自然资源",
                title="责令停止违法行为通知书",
                name_style="minority",
                role="违法行为人",
                layout="inline",
                pstyle="plus_dash",
            ),
        ),
        (
            kind_zeling,
            dict(
                sector="生态环境",
                title="责令改正通知书",
                complainant="wangfang.home@qq.com",
                agent_relative=True,
                halfwidth=True,
            ),
        ),
        (
            kind_zeling,
            dict(
                sector="卫生健康",
                title="责令限期改正通知书",
                name_style="compound",
                idstyle=2,
                pages=True,
            ),
        ),
        (
            kind_zeling,
            dict(
                sector="市场监管",
                title="责令改正通知书",
                role="经营者",
                layout="oneline",
                bstyle=4,
                negation=NEG[0],
            ),
        ),
        (
            kind_zeling,
            dict(
                sector="城管",
                title="责令限期改正通知书",
                role="业主",
                landlord=True,
                layout="lines",
                bstyle=3,
                addr_label="居住地",
            ),
        ),
        (
            kind_zeling,
            dict(
                sector="自然资源",
                title="责令限期改正通知书",
                role="户主",
                layout="spaced",
                idstyle=1,
                marking_bottom="本件依申请公开",
            ),
        ),  # held
        (
            kind_zeling,
            dict(
                sector="生态环境",
                title="责令停止违法行为通知书",
                role="当事人",
                layout="lines",
                marking_top="　　　　　　　　　　　　　　　　机密★10年",
            ),
        ),  # held
        (
            kind_zeling,
            dict(
                sector="消防救援",
                title="责令改正通知书",
                role="承租人",
                landlord=True,
                agent_relative=True,
                crlf=True,
                hb=True,
            ),
        ),
        (
            kind_zeling,
            dict(
                sector="城管",
                title="责令改正通知书",
                role="当事人",
                name_style="two",
                layout="inline",
                addr_label="联系地址",
                pstyle="dash",
            ),
        ),
    ]
    # ---- 告知书 (6, held: process documents)
    S += [
        (kind_gaozhi, dict(title="行政处罚事先告知书")),
        (kind_gaozhi, dict(title="行政处罚事先告知书", layout="lines", name_style="compound")),
        (kind_gaozhi, dict(title="行政处罚事先告知书", layout="spaced", crlf=True)),
        (kind_gaozhi, dict(title="行政处罚听证告知书")),
        (kind_gaozhi, dict(title="行政处罚听证告知书", layout="table")),
        (kind_gaozhi, dict(title="行政处罚听证告知书", layout="inline", name_style="minority")),
    ]
    # ---- 当场处罚 (20)
    S += [
        (kind_dangchang, dict(sector="公安交管", plate_sep="dot", owner=True)),
        (
            kind_dangchang,
            dict(
                sector="公安交管",
                plate_style="ev",
                plate_sep="space",
                layout="table",
                pstyle="plus",
            ),
        ),
        (kind_dangchang, dict(sector="公安交管", role="驾驶人", idstyle=1, crlf=True, victim=True)),
        (kind_dangchang, dict(sector="公安交管", role="驾驶员", want_x=True, hb=True, pages=True)),
        (
            kind_dangchang,
            dict(sector="公安交管", role="违法行为人", name_style="minority", halfwidth=True),
        ),
        (kind_dangchang, dict(sector="公安交管", plate_style="trailer", role="驾驶人", idstyle=2)),
        (
            kind_dangchang,
            dict(sector="城管", layout="oneline", name_particles=True, negation=NEG[1]),
        ),
        (kind_dangchang, dict(sector="城管", layout="table", appellant=True, crlf=True)),
        (kind_dangchang, dict(sector="市场监管", layout="oneline", shop_operator=True, bstyle=1)),
        (
            kind_dangchang,
            dict(
                sector="市场监管",
                layout="lines",
                passport=("往来港澳通行证", "C68302917"),
                translator=False,
                reporter="chen_report2023@126.com",
            ),
        ),
        (
            kind_dangchang,
            dict(
                sector="交通运输",
                layout="oneline",
                name_style="compound",
                pstyle="space",
                idstyle=3,
            ),
        ),
        (
            kind_dangchang,
            dict(
                sector="交通运输",
                layout="spaced",
                passport=("台湾居民来往大陆通行证", "08316524"),
                hb=True,
            ),
        ),
        (
            kind_dangchang,
            dict(sector="消防救援", layout="oneline", name_style="two", bstyle=2, halfwidth=True),
        ),
        (
            kind_dangchang,
            dict(
                sector="消防救援",
                layout="inline",
                translator=True,
                name_style="minority",
                passport=("港澳居民来往内地通行证", "H60218754"),
            ),
        ),
        (
            kind_dangchang,
            dict(sector="农业农村", layout="lines", role="违法行为人", pages=True, bstyle=3),
        ),
        (
            kind_dangchang,
            dict(
                sector="农业农村",
                layout="oneline",
                role="当事人",
                marking_bottom="内部资料　注意保存",
            ),
        ),  # held
        (
            kind_dangchang,
            dict(
                sector="城管",
                layout="oneline",
                born=dt.date(2010, 6, 18),
                minor_now=True,
                year=2025,
                role="违法行为人",
            ),
        ),  # held (minor party)
        (
            kind_dangchang,
            dict(
                sector="市场监管", layout="table", passport=("护照", "EA5829163"), negation=NEG[2]
            ),
        ),
        (
            kind_dangchang,
            dict(
                sector="交通运输",
                layout="lines",
                role="驾驶员",
                reporter="13975128460@139.com",
                crlf=True,
                addr_label="户籍地址",
            ),
        ),
        (
            kind_dangchang,
            dict(sector="城管", layout="inline", role="被处罚人", hb=True, pstyle="plus_dash"),
        ),
        (
            kind_dangchang,
            dict(sector="城管", layout="oneline", role="当事人", ocr_name=True, idstyle=1),
        ),
    ]
    return S


def main() -> None:
    g = Gen(20261125)
    out_docs = HERE / "docs"
    out_docs.mkdir(exist_ok=True)
    for f in out_docs.glob("*.txt"):
        f.unlink()
    records = []
    for i, (fn, spec) in enumerate(specs(), start=1):
        doc = fn(g, i, spec)
        reg = pick_reg(g, i)
        # a 15-digit old ID and an 18-digit-looking case number in some documents
        if i % 6 == 2 and "\n\n" in doc.text:
            rel = Person(g, reg, born=g.birth(1940, 1960))
            old = g.id15(reg[3], rel.born, rel.sex)
            line = (
                f"    调查中，{doc.s('person_name', rel.name)}（系当事人的母亲，身份证号码：{doc.s('id_number', old)}）"
                f"到场作了陈述。"
            )
            parts = doc.text.split("\n\n", 2)
            if len(parts) == 3:
                doc.text = parts[0] + "\n\n" + parts[1] + "\n" + line + "\n\n" + parts[2]
        if i % 9 == 4:
            cn = f"{reg[3]}{2024}{g.r.randint(1, 12):02d}{g.r.randint(1, 28):02d}{g.r.randint(0, 999):03d}"
            cn = cn + gb11643_check_char(cn)  # a case number that happens to pass the ID check
            lines = doc.text.split("\n")
            k = next(j for j, ln in enumerate(lines) if "号" in ln and j < 6)
            lines.insert(k + 1, "案件编号：" + doc.k("case_number", cn))
            doc.text = "\n".join(lines)
        if spec.get("hb"):
            noise_hard_breaks(doc, g)
        if spec.get("pages"):
            noise_pages(doc, doc.keep[0][1])
        if spec.get("halfwidth"):
            noise_halfwidth(doc, 0.6, g)
        if spec.get("marking_top") or spec.get("marking_bottom") or spec.get("statement"):
            doc.hold = True
        if spec.get("minor") == "child" or spec.get("minor_now") or spec.get("minor") == "teen_now":
            assert doc.hold
        finalize(doc, i)
        name = f"docs/{i:04d}.txt"
        text = doc.text.replace("\n", "\r\n") if spec.get("crlf") else doc.text
        (HERE / name).write_bytes(text.encode("utf-8"))
        records.append(
            {
                "file": name,
                "family": doc.family,
                "doc_kind": doc.doc_kind,
                "hold": doc.hold,
                "party_type": doc.party_type,
                "sensitive": [{"kind": k, "text": t} for k, t in doc.sens],
                "keep": [{"kind": k, "text": t} for k, t in doc.keep],
            }
        )
    write_labels(HERE, records)
    print(f"{len(records)} documents, {sum(r['hold'] for r in records)} held")


def finalize(doc: Doc, i: int) -> None:
    """Consistency checks: every label occurs verbatim; no sensitive text inside a keep text or vice versa;
    markings exist on held documents; check characters are valid."""
    for kind, t in doc.sens + doc.keep:
        assert t and t in doc.text, (i, kind, t)
    for _, s in doc.sens:
        for _, k in doc.keep:
            assert s not in k and k not in s, (i, s, k)
    for kind, t in doc.sens:
        digits = t.translate(str.maketrans("０１２３４５６７８９Ｘ", "0123456789X")).replace(
            " ", ""
        )
        if kind == "id_number" and len(digits) == 18:
            assert gb11643_check_char(digits[:17]) == digits[17], (i, t)
        if kind == "bank_account" and len(digits) in (16, 19) and digits.startswith("62"):
            assert luhn_valid(digits), (i, t)
    for kind, t in doc.keep:
        if kind == "uscc":
            assert uscc_check_char(t[:17]) == t[17], (i, t)


if __name__ == "__main__":
    main()
