#!/usr/bin/env python3
"""Generate the held-out "hard-crossborder" redaction corpus (docs/ + labels.json).

Written as an independent examiner would, without looking at the engine: decisions on people
from outside the mainland and on minority citizens. Customs (海关) decisions on travellers,
parcels and cross-border e-commerce buyers; entry-exit police decisions on foreigners (非法就业,
非法居留, 未办理住宿登记, 非法聘用); market supervision and culture/tourism decisions with Hong
Kong, Macao and Taiwan residents, foreign teachers, performers and tourists; minority operators.

The people: foreign names in Latin letters (all caps, mixed case, hyphens, apostrophes, particles),
their Chinese transliterations with and without a middle dot, Japanese and Korean names in Chinese
characters, Hong Kong / Macao / Taiwan names in Traditional characters and their romanisations,
Uyghur and Kazakh names with ·, •, ・ or no dot (some very long), Tibetan and Mongolian names
without a surname, Yi names, Dai names (岩X, 玉X), Hui and Korean-Chinese names with Han surnames.
Their data: passports of many countries, 港澳居民来往内地通行证 (H/M + 8 or 10 digits),
台湾居民来往大陆通行证 (8 digits), 港澳台居民居住证 (18 digits, 81/82/83, GB 11643 check),
外国人永久居留身份证 (new 18 characters starting with 9, old 15 with three letters), foreign
phone numbers in many spellings, home addresses in Hong Kong, Macao, Taiwan and abroad, mainland
homes of foreigners (住宿登记), emails, a cross-border two-plate vehicle, a refund account.

Labelling conventions (DESIGN.md §4, policy spc-2016, as in the dev corpus):
- person_name (sensitive): every natural person who is not an officer, a legal representative of
  a legal person or a lawyer: parties, travellers, recipients and senders of parcels, workers,
  performers, tourists, guarantors (担保人), landlords, co-residents, private translators. Every
  spelling of the name is a label (Latin, transliteration, Traditional). An officer who
  interprets (民警翻译) is an officer (kept), and so is a minority officer; a foreign legal
  representative of a company is kept (legal_rep).
- passport (sensitive): passports and the 港澳/台湾 travel permits (as the dev corpus labels
  them); id_number (sensitive): mainland ID numbers, 港澳台居民居住证 and 外国人永久居留身份证.
- address (sensitive): a natural person's home, cut below the district/county (Hong Kong,
  Macao, Taiwan and foreign homes too, and a foreigner's mainland lodging, which is a home).
  Kept: ports, shops, hotels, business premises, registered addresses, the agency's address.
- Held: a confidentiality marking, 内部资料, 此件不公开, 依申请公开, a statement that the text
  holds trade secrets of this case, a party who is a minor on 2026-11-25, a process document
  (询问笔录, 查验记录). Not held: 不涉及国家秘密、商业秘密, a party exactly 18 on 2026-11-25,
  a product called 机密 / 秘密花园, 公开属性：主动公开, an evidence list naming 询问笔录, a sale to
  未成年人 with no minor named.

Deterministic (fixed seed); everything is fictional; ID numbers, permits' check characters, bank
cards and credit codes are synthetic with valid check characters.

    cd tests/redaction/hard-crossborder && python3 make_corpus.py
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
    parse_segments,
    print_summary,
    render_segments,
    self_check,
    split_labels,
    uscc,
    write_labels,
)

HERE = Path(__file__).resolve().parent
SEED = 20261126
TODAY = dt.date(2026, 11, 25)

CAPS = {
    500: "伍佰",
    1000: "壹仟",
    2000: "贰仟",
    3000: "叁仟",
    5000: "伍仟",
    6000: "陆仟",
    8000: "捌仟",
    10000: "壹万",
    15000: "壹万伍仟",
    20000: "贰万",
    30000: "叁万",
    50000: "伍万",
    100000: "壹拾万",
}

OFFICER_SURNAMES = (
    "王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
)
OFFICER_GIVEN = [
    "建军",
    "志刚",
    "海燕",
    "立新",
    "晓东",
    "文静",
    "国庆",
    "春梅",
    "永红",
    "宏伟",
    "丽华",
    "振宇",
    "雪峰",
    "晨光",
    "思远",
    "亚楠",
    "卫东",
    "佳琪",
    "俊杰",
    "秀英",
]

# ---------------------------------------------------------------- people
# (label spellings …, nationality/region, sex)
FOREIGN = {
    "us": [
        ("SMITH John Michael", "约翰·迈克尔·史密斯"),
        ("WILLIAMS-JONES Kate", "凯特·威廉姆斯-琼斯"),
    ],
    "uk": [
        ("O'BRIEN Patrick Sean", "帕特里克·肖恩·奥布莱恩"),
        ("Emily Rose HARGREAVES", "艾米莉·哈格里夫斯"),
    ],
    "es": [("Maria GARCIA LOPEZ", "玛丽亚·加西亚·洛佩斯")],
    "fr": [("Jean-Luc MOREAU", "让-吕克·莫罗")],
    "it": [("D'ANGELO Marco", "马可·德安杰洛")],
    "ru": [
        ("PETROVA-IVANOVA Olga", "奥尔加·彼得罗娃-伊万诺娃"),
        ("Sergei V. KUZNETSOV", "谢尔盖·库兹涅佐夫"),
    ],
    "vn": [("NGUYEN VAN AN", "阮文安"), ("TRAN THI HOA", "陈氏花")],
    "kr": [("KIM MIN-SEO", "金敏瑞"), ("LEE Ji-hoon", "李智勋")],
    "jp": [("Tanaka Hiroshi", "田中浩"), ("SATO Yukiko", "佐藤由纪子")],
    "ng": [("OKAFOR Chinedu Emmanuel", "奇内杜·奥卡福")],
    "mm": [("MAUNG AYE", "貌埃"), ("NAN SU MYAT", "南苏敏")],
    "kz": [("NURLANOV Daulet", "道列特·努尔兰诺夫")],
    "my": [("Ahmad Faizal bin ABDULLAH", "艾哈迈德·费萨尔")],
    "de": [("Müller-Schmidt Anna", "安娜·米勒-施密特")],
}
COUNTRY = {
    "us": "美国",
    "uk": "英国",
    "es": "西班牙",
    "fr": "法国",
    "it": "意大利",
    "ru": "俄罗斯",
    "vn": "越南",
    "kr": "韩国",
    "jp": "日本",
    "ng": "尼日利亚",
    "mm": "缅甸",
    "kz": "哈萨克斯坦",
    "my": "马来西亚",
    "de": "德国",
}
ISO3 = {"us": "USA", "uk": "GBR", "es": "ESP", "fr": "FRA", "ru": "RUS", "de": "DEU", "it": "ITA"}
ISO_NUM = {
    "us": "840",
    "uk": "826",
    "es": "724",
    "fr": "250",
    "ru": "643",
    "de": "276",
    "it": "380",
}

# Hong Kong, Macao, Taiwan: (Traditional name, romanisation)
HK = [("陳大文", "CHAN Tai Man"), ("區志強", "AU Chi Keung"), ("黃美玲", "WONG Mei Ling")]
MO = [("何嘉欣", "HO Ka Yan"), ("鄭國樑", "CHEANG Kuok Leong")]
TW = [("林怡君", "LIN Yi-Chun"), ("張志豪", "CHANG Chih-Hao"), ("蔡淑芬", "TSAI Shu-Fen")]

# minority citizens: (name, ethnicity, region code, region prefix kept, sensitive street)
MINORITY = [
    ("买买提江·艾合买提", "维吾尔族", "650102", "新疆维吾尔自治区乌鲁木齐市天山区"),
    ("阿依古丽•吐尔逊", "维吾尔族", "653101", "新疆维吾尔自治区喀什市"),
    ("阿卜杜热合曼·艾买提江·吐尔逊江", "维吾尔族", "650104", "新疆维吾尔自治区乌鲁木齐市新市区"),
    ("努尔兰・哈布都拉", "哈萨克族", "654004", "新疆维吾尔自治区霍尔果斯市"),
    ("阿依达娜叶尔兰", "哈萨克族", "654002", "新疆维吾尔自治区伊宁市"),
    ("扎西次仁", "藏族", "540102", "西藏自治区拉萨市城关区"),
    ("格桑卓玛", "藏族", "540102", "西藏自治区拉萨市城关区"),
    ("巴特尔", "蒙古族", "150102", "内蒙古自治区呼和浩特市新城区"),
    ("乌云其木格", "蒙古族", "150102", "内蒙古自治区呼和浩特市新城区"),
    ("吉克阿依", "彝族", "513401", "四川省凉山彝族自治州西昌市"),
    ("阿苏木呷", "彝族", "513401", "四川省凉山彝族自治州西昌市"),
    ("岩温", "傣族", "532801", "云南省西双版纳傣族自治州景洪市"),
    ("玉香", "傣族", "532801", "云南省西双版纳傣族自治州景洪市"),
    ("马福海", "回族", "622901", "甘肃省临夏回族自治州临夏市"),
    ("朴成浩", "朝鲜族", "222401", "吉林省延边朝鲜族自治州延吉市"),
    ("金顺姬", "朝鲜族", "222401", "吉林省延边朝鲜族自治州延吉市"),
]
MAINLAND_STREETS = {
    "650102": ["解放南路", "新华北路", "大湾北路"],
    "653101": ["人民东路", "色满路", "解放北路"],
    "650104": ["北京南路", "喀什东路"],
    "654004": ["亚欧路", "友谊西路"],
    "654002": ["斯大林街", "解放西路"],
    "540102": ["北京中路", "江苏路", "金珠西路"],
    "150102": ["新华大街", "兴安北路"],
    "513401": ["航天大道", "胜利路"],
    "532801": ["宣慰大道", "勐泐大道"],
    "622901": ["团结路", "红园路"],
    "222401": ["光明街", "进学街"],
}


class Gen:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used_officers: set[str] = set()

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def pick(self, seq):
        return self.rng.choice(seq)

    def officer(self) -> str:
        while True:
            name = self.pick(OFFICER_SURNAMES) + self.pick(OFFICER_GIVEN)
            if name not in self.used_officers:
                self.used_officers.add(name)
                return name

    def cn_phone(self) -> str:
        return "1" + self.pick("3589") + self.digits(9)

    def date_in(self, year: int, lo: int = 1, hi: int = 9) -> dt.date:
        d = dt.date(year, self.rng.randint(lo, hi), self.rng.randint(1, 28))
        return min(d, dt.date(2026, 10, 30))

    def born(self, lo=1960, hi=2000) -> dt.date:
        return dt.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))

    # ------------------------------------------------ identity documents
    def hk_permit(self, long: bool) -> str:
        return "H" + self.digits(10 if long else 8)

    def mo_permit(self, long: bool) -> str:
        return "M" + self.digits(10 if long else 8)

    def tw_permit(self) -> str:
        return self.pick("0123456789") + self.digits(7)

    def residence(self, area: str, born: dt.date) -> str:
        """港澳台居民居住证: 810000 / 820000 / 830000 + birth date + sequence + check."""
        return id18(area, born, self.rng.randint(1, 999))

    def pr_new(self, cc: str, born: dt.date) -> str:
        """New 外国人永久居留身份证: 9 + province + country code + birth date + seq + check."""
        body = "9" + self.pick(["11", "31", "44"]) + ISO_NUM[cc] + f"{born:%Y%m%d}" + self.digits(3)
        return body + gb11643_check_char(body)

    def pr_old(self, cc: str) -> str:
        return ISO3[cc] + self.pick(["11", "31", "44"]) + self.digits(10)

    def passport(self, cc: str) -> str:
        r, d = self.rng, self.digits
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if cc in ("us", "uk"):
            return r.choice("5678") + d(8)
        if cc == "jp":
            return r.choice(["TK", "TR", "MZ"]) + d(7)
        if cc == "kr":
            return "M" + d(8)
        if cc == "vn":
            return "C" + d(7)
        if cc == "ru":
            return "7" + d(1) + " " + d(7)
        if cc == "kz":
            return "N" + d(8)
        if cc == "ng":
            return "A" + d(8)
        if cc == "fr":
            return d(2) + r.choice(letters) + r.choice(letters) + d(5)
        if cc == "es":
            return "PA" + r.choice(letters) + d(6)
        if cc == "de":
            return "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        if cc == "mm":
            return "MA" + d(6)
        if cc == "my":
            return "A" + d(8)
        if cc == "it":
            return "Y" + r.choice(letters) + d(7)
        raise KeyError(cc)

    # ------------------------------------------------ phones
    def foreign_phone(self, cc: str) -> str:
        d, r = self.digits, self.rng
        forms = {
            "hk": [
                lambda: f"+852 {r.choice('569')}{d(3)} {d(4)}",
                lambda: f"(852) {r.choice('569')}{d(3)}-{d(4)}",
                lambda: f"00852-{r.choice('569')}{d(7)}",
            ],
            "mo": [lambda: f"+853 6{d(3)} {d(4)}", lambda: f"（853）6{d(7)}"],
            "tw": [
                lambda: f"+886 9{d(2)} {d(3)} {d(3)}",
                lambda: f"+886-9-{d(4)}-{d(4)}",
                lambda: f"09{d(2)}-{d(3)}-{d(3)}",
            ],
            "us": [
                lambda: f"+1 {r.choice('4567')}{d(2)} 555 01{d(2)}",
                lambda: f"+1 ({d(3)}) 555-01{d(2)}",
            ],
            "uk": [lambda: f"+44 7700 900{d(3)}", lambda: f"0044-7700-900{d(3)}"],
            "jp": [lambda: f"+81 90-{d(4)}-{d(4)}", lambda: f"+81-80-{d(4)}-{d(4)}"],
            "kr": [lambda: f"+82 10-{d(4)}-{d(4)}", lambda: f"+82-10-{d(8)}"],
            "vn": [lambda: f"+84 9{d(2)} {d(3)} {d(3)}", lambda: f"+84-{d(9)}"],
            "kz": [lambda: f"+7 701 {d(3)} {d(2)} {d(2)}", lambda: f"+7(727)-{d(3)}-{d(4)}"],
        }
        return r.choice(forms[cc])()

    # ------------------------------------------------ homes (kept head, sensitive tail)
    def home(self, where: str) -> tuple[str, str, str]:
        r, n = self.rng, self.rng.randint
        if where == "hk":
            return r.choice(
                [
                    (
                        "香港九龙油尖旺区",
                        f"弥敦道{n(100, 799)}号恒丰大厦{n(2, 28)}楼{r.choice('ABCD')}室",
                        "",
                    ),
                    ("香港新界沙田區", f"禾輋邨豐和樓{n(2, 30)}樓{n(1, 30):02d}室", ""),
                    (
                        "香港港岛东区",
                        f"英皇道{n(200, 999)}号海景台{n(2, 40)}楼{r.choice('ABCDEF')}座",
                        "",
                    ),
                ]
            )
        if where == "mo":
            return (
                "澳门花地玛堂区",
                f"黑沙环新街{n(10, 90)}号海富花园{n(1, 5)}座{n(2, 30)}楼F",
                "",
            )
        if where == "tw":
            return r.choice(
                [
                    ("台湾省台北市大安区", f"复兴南路二段{n(10, 300)}号{n(2, 15)}楼", ""),
                    ("臺灣高雄市苓雅區", f"四維三路{n(10, 200)}號{n(2, 20)}樓之{n(1, 5)}", ""),
                    ("台湾省台中市西屯区", f"福科路{n(10, 600)}巷{n(1, 40)}号", ""),
                ]
            )
        if where == "us":
            return ("", f"{n(100, 9999)} Maple Avenue, Apt {n(1, 9)}B", ", Portland, OR 97205, USA")
        if where == "uk":
            return (
                "",
                f"Flat {n(1, 20)}, {n(10, 300)} Camden Road",
                ", London NW1 9LS, United Kingdom",
            )
        if where == "jp":
            return ("日本国大阪府大阪市北区", f"梅田{n(1, 3)}丁目{n(1, 20)}番{n(1, 30)}号", "")
        if where == "kr":
            return ("韩国首尔特别市麻浦区", f"西桥洞{n(300, 480)}-{n(1, 60)}号{n(2, 9)}01室", "")
        if where == "vn":
            return ("越南河内市巴亭郡", f"玉河坊{n(10, 300)}巷{n(2, 90)}号", "")
        if where == "ru":
            return ("俄罗斯联邦新西伯利亚市", f"列宁大街{n(10, 200)}号{n(1, 150)}室", "")
        if where == "es":
            return ("", f"Calle de Alcalá {n(10, 400)}, 3º B", ", 28009 Madrid, España")
        if where == "ng":
            return ("尼日利亚拉各斯州伊凯贾区", f"阿沃洛沃路{n(10, 300)}号", "")
        if where == "mm":
            return ("缅甸掸邦木姐镇", f"第{n(1, 9)}区{n(10, 99)}号", "")
        if where == "kz":
            return ("哈萨克斯坦阿拉木图市", f"阿拜大街{n(10, 200)}号{n(1, 90)}室", "")
        raise KeyError(where)

    def mainland_home(self, prefix: str) -> tuple[str, str, str]:
        r, n = self.rng, self.rng.randint
        streets = {
            "北京市朝阳区": ["望京街道花家地西里三区", "望京西园四区", "麦子店街道枣营北里"],
            "上海市长宁区": ["古北路", "虹桥街道仙霞路", "天山路"],
            "深圳市南山区": ["蛇口街道荔枝苑", "桂园路", "南头街道南新路"],
            "深圳市福田区": ["香蜜湖街道侨香路", "莲花街道景田北路"],
            "景洪市": ["嘎兰中路", "曼听路"],
            "吉林省延吉市": ["河南街道光明街", "建工街道长白路"],
        }[prefix]
        street = r.choice(streets)
        return (
            prefix,
            f"{street}{n(1, 30)}号楼{n(1, 4)}单元{n(2, 25)}{n(1, 4):02d}室",
            "",
        )

    def minority_home(self, code: str, prefix: str) -> tuple[str, str, str]:
        r, n = self.rng, self.rng.randint
        street = r.choice(MAINLAND_STREETS[code])
        form = r.randint(0, 2)
        if form == 0:
            tail = f"{street}{n(10, 600)}号{n(1, 20)}栋{n(1, 4)}单元{n(1, 18)}0{n(1, 4)}室"
        elif form == 1:
            tail = f"{street}{n(10, 600)}号院{n(1, 12)}号楼{n(101, 602)}室"
        else:
            tail = f"{r.choice(['团结', '幸福', '胜利'])}村{n(1, 9)}组{n(1, 90)}号"
        return (prefix, tail, "")

    def bank(self) -> str:
        return luhn("62" + self.pick(["2202", "1700", "2848", "1799"]) + self.digits(12))


# ---------------------------------------------------------------- markup pieces
def addr(h: tuple[str, str, str]) -> str:
    return h[0] + S("address", h[1]) + h[2]


def amount(v: int) -> str:
    return "人民币" + K("amount", f"{CAPS[v]}元整") + "（" + K("amount", f"{v}.00元") + "）"


def officers_line(g: Gen, kind: str, minority: str = "") -> str:
    a, b = g.officer(), g.officer()
    if minority:  # a minority officer: kept like any officer
        a = minority
    if kind == "police":
        return (
            f"办案民警：{K('officer', a)}（警号：{K('officer_cert', g.digits(6))}）、"
            f"{K('officer', b)}（警号：{K('officer_cert', g.digits(6))}）\n"
        )
    if kind == "customs":
        return (
            f"承办人员：{K('officer', a)}（海关执法证号：{K('officer_cert', g.digits(8))}）、"
            f"{K('officer', b)}（海关执法证号：{K('officer_cert', g.digits(8))}）\n"
        )
    pre = g.pick(["粤", "沪", "京", "新", "闽"])
    return (
        f"执法人员：{K('officer', a)}（执法证号：{K('officer_cert', pre + g.digits(8))}）、"
        f"{K('officer', b)}（执法证号：{K('officer_cert', g.digits(11))}）\n"
    )


AGENCIES = {
    "gongbei": (
        "中华人民共和国拱北海关",
        "拱关缉违字",
        "珠海市香洲区海关路18号",
        "0756-8131000",
        "customs",
    ),
    "huanggang": (
        "中华人民共和国皇岗海关",
        "皇关缉违字",
        "深圳市福田区福强路1018号",
        "0755-83983000",
        "customs",
    ),
    "pudong": (
        "中华人民共和国浦东国际机场海关",
        "浦机关缉违字",
        "上海市浦东新区启航路900号",
        "021-68341000",
        "customs",
    ),
    "post": (
        "中华人民共和国上海邮局海关",
        "沪邮关缉违字",
        "上海市虹口区天潼路395号",
        "021-63931000",
        "customs",
    ),
    "horgos": (
        "中华人民共和国霍尔果斯海关",
        "霍关缉违字",
        "霍尔果斯市亚欧南路66号",
        "0999-8791000",
        "customs",
    ),
    "capital": (
        "中华人民共和国首都机场海关",
        "首机关缉违字",
        "北京市顺义区机场南路12号",
        "010-64591000",
        "customs",
    ),
    "chaoyang": (
        "北京市公安局朝阳分局",
        "京公朝行罚决字",
        "北京市朝阳区朝阳公园南路6号",
        "010-85951100",
        "police",
    ),
    "shexit": (
        "上海市公安局出入境管理局",
        "沪公出行罚决字",
        "上海市浦东新区民生路1500号",
        "021-28951900",
        "police",
    ),
    "nanshan": (
        "深圳市公安局南山分局",
        "深公南行罚决字",
        "深圳市南山区南山大道2300号",
        "0755-26611100",
        "police",
    ),
    "jinghong": ("景洪市公安局", "景公行罚决字", "景洪市勐泐大道88号", "0691-2121100", "police"),
    "yanji": ("延吉市公安局", "延市公行罚决字", "延吉市友谊路366号", "0433-2511100", "police"),
    "futian": (
        "深圳市福田区市场监督管理局",
        "深福市监罚",
        "深圳市福田区福民路123号",
        "0755-83071234",
        "market",
    ),
    "siming": (
        "厦门市思明区市场监督管理局",
        "厦思市监罚",
        "厦门市思明区湖滨北路61号",
        "0592-2106315",
        "market",
    ),
    "xiangzhou": (
        "珠海市香洲区市场监督管理局",
        "珠香市监罚",
        "珠海市香洲区凤凰北路1110号",
        "0756-2225312",
        "market",
    ),
    "tianshan": (
        "乌鲁木齐市天山区市场监督管理局",
        "天市监罚",
        "乌鲁木齐市天山区新华南路85号",
        "0991-2826315",
        "market",
    ),
    "lhasa": (
        "拉萨市城关区市场监督管理局",
        "城市监罚",
        "拉萨市城关区林廓北路22号",
        "0891-6321315",
        "market",
    ),
    "hohhot": (
        "呼和浩特市新城区市场监督管理局",
        "新市监罚",
        "呼和浩特市新城区东风路12号",
        "0471-6961315",
        "market",
    ),
    "xichang": (
        "西昌市市场监督管理局",
        "西市监罚",
        "西昌市三岔口南路102号",
        "0834-3221315",
        "market",
    ),
    "linxia": ("临夏市市场监督管理局", "临市监罚", "临夏市团结路208号", "0930-6211315", "market"),
    "xuhui": (
        "上海市徐汇区文化和旅游局",
        "徐文旅罚",
        "上海市徐汇区漕溪北路336号",
        "021-64872222",
        "culture",
    ),
    "lijiang": (
        "丽江市古城区文化和旅游局",
        "古文旅罚",
        "丽江市古城区福慧路9号",
        "0888-5121122",
        "culture",
    ),
    "sanya": (
        "三亚市旅游和文化广电体育局",
        "三旅文罚",
        "三亚市吉阳区迎宾路301号",
        "0898-88291234",
        "culture",
    ),
}


class Doc:
    """One decision being written: agency, numbers, signature block."""

    def __init__(self, g: Gen, agency: str, year: int):
        self.g = g
        self.key = agency
        self.name, self.abbr, self.addr, self.phone, self.sector = AGENCIES[agency]
        self.year = year
        self.date = g.date_in(year, 8, 11)
        self.number = f"{self.abbr}〔{year}〕{g.rng.randint(10, 2999):04d}号"

    def head(self, title="行政处罚决定书", mark="") -> str:
        return (
            (mark + "\n" if mark else "")
            + K("agency", self.name)
            + f"\n{title}\n"
            + K("decision_number", self.number)
            + "\n\n"
        )

    def procedure(self) -> str:
        g = self.g
        tell = {"customs": "告字", "police": "告字"}.get(self.sector, "罚告")
        tell_no = f"{self.abbr.replace('罚决字', '').replace('缉违字', '').replace('罚', '')}{tell}"
        tell_no += f"〔{self.year}〕{g.rng.randint(10, 2999)}号"
        answer = g.pick(
            [
                "当事人在法定期限内未提出陈述、申辩，亦未要求听证。",
                "当事人提出陈述、申辩，称其不了解内地相关规定，系初次违法，请求从轻处罚。"
                "经复核，本机关认为当事人提出的理由不足以免除处罚，不予采纳。",
                "当事人当场表示放弃陈述、申辩和听证的权利，并在告知笔录上签名确认。",
            ]
        )
        return (
            f"    本机关于{self.d(7, 7)}立案调查，并于{self.d(8, 8)}向当事人送达了"
            f"《行政处罚告知书》（{K('decision_number', tell_no)}），告知其拟作出行政处罚的事实、"
            f"理由、依据及其依法享有的陈述、申辩、听证权利。{answer}\n"
        )

    def remedy(self) -> str:
        return self.procedure() + self._remedy()

    def _remedy(self) -> str:
        if self.sector == "customs":
            return (
                "    当事人应当自本处罚决定书送达之日起十五日内，根据《中华人民共和国海关行政处罚实施条例》"
                "第五十七条的规定，将罚款交至指定银行。如不服本处罚决定，可以自收到本决定书之日起"
                "六十日内向海关总署申请行政复议，或者自收到本决定书之日起六个月内依法向人民法院提起"
                "行政诉讼。\n"
            )
        return (
            "    如不服本决定，可以在收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法"
            "向人民法院提起行政诉讼。复议、诉讼期间，本决定不停止执行。\n"
        )

    def sign(self) -> str:
        hot = {"customs": "12360", "police": "12367"}.get(self.sector, "12345")
        return (
            "\n"
            + officers_line(
                self.g,
                self.sector,
                {"tianshan": "艾尔肯·吐尔洪", "horgos": "古丽娜尔•艾山", "lhasa": "次仁顿珠"}.get(
                    self.key, ""
                ),
            )
            + f"本机关地址：{K('agency_address', self.addr)}　联系电话：{K('agency_phone', self.phone)}"
            + f"　服务热线：{K('agency_phone', hot)}\n\n"
            + K("agency", self.name)
            + "\n"
            + K("date", cn(self.date))
            + "\n"
        )

    def d(self, lo=1, hi=7) -> str:
        return K("date", cn(self.g.date_in(self.year, lo, hi)))


def stat(t: str) -> str:
    return K("statute", t)


def result(markup: str, family: str, *, hold=False, party="natural") -> dict:
    return {
        "markup": markup,
        "family": family,
        "hold": hold,
        "party": party,
        "kind": "行政处罚决定书",
    }


# ---------------------------------------------------------------- customs
def d_customs_hkmotw(g: Gen, v: int, *, mark="", tail="", hold=False, family=None):
    """A Hong Kong / Macao / Taiwan traveller who did not declare goods."""
    where = ["hk", "mo", "tw"][v % 3]
    ag = Doc(g, ["huanggang", "gongbei", "pudong"][v % 3], 2026)
    trad, roman = g.pick({"hk": HK, "mo": MO, "tw": TW}[where])
    born = g.born(1965, 1995)
    if where == "hk":
        cert_t, cert = "港澳居民来往内地通行证", g.hk_permit(v % 2 == 0)
        port = "皇岗口岸旅检大楼入境无申报通道"
    elif where == "mo":
        cert_t, cert = "港澳居民来往内地通行证", g.mo_permit(True)
        port = "拱北口岸旅检大厅入境通道"
    else:
        cert_t, cert = "台湾居民来往大陆通行证", g.tw_permit()
        port = "浦东国际机场T2航站楼入境无申报通道"
    home = g.home(where)
    phone = g.foreign_phone(where)
    goods_val = str(g.pick([38000, 52600, 71300, 96500])) + "元"
    fine = g.pick([5000, 8000, 10000, 15000])
    recv = g.pick(["梁晓彤", "邝志坚", "冼玉珍"])
    head = ag.head(mark=mark)
    party = (
        f"当事人：{N(trad)}（{N(roman)}），性别：{g.pick(['男', '女'])}，"
        f"出生日期：{S('birth_date', cn(born))}，{cert_t}号码：{S('passport', cert)}，"
        f"住址：{addr(home)}，联系电话：{S('phone', phone)}。\n\n"
    )
    body = (
        f"    {ag.d(3, 5)}，当事人{N(trad)}经{K('location', port)}入境，未向海关申报，"
        f"海关关员在其随身携带的行李箱内查获名牌手表3只、手提包2个，经海关估价，"
        f"上述物品完税价格共计人民币{K('amount', goods_val)}。"
        f"经查，上述物品系{N(roman)}受内地居民{N(recv)}委托代为购买，不属于合理自用范围。"
        f"当事人对上述事实供认不讳。\n"
        f"    以上事实有海关查验记录、当事人{N(trad)}的询问笔录、物品估价资料等证据为证。\n"
        f"    当事人携带超出合理数量的物品进境未向海关申报的行为，违反了"
        f"{stat('《中华人民共和国海关法》第四十七条')}的规定，已构成违反海关监管规定的行为。"
        f"根据{stat('《中华人民共和国海关行政处罚实施条例》第十九条第（四）项')}的规定，"
        f"本关决定对当事人{N(trad)}处以罚款{amount(fine)}，并责令补缴税款。\n"
    )
    return result(
        head + party + body + ag.remedy() + tail + ag.sign(),
        family or f"customs/traveller-{where}",
        hold=hold,
    )


def d_customs_foreign(g: Gen, v: int):
    """A foreign traveller carrying undeclared currency; a private interpreter."""
    cc = ["us", "jp", "kz"][v % 3]
    ag = Doc(g, ["capital", "pudong", "horgos"][v % 3], 2025 + v % 2)
    latin, chinese = g.pick(FOREIGN[cc])
    pp = g.passport(cc)
    born = g.born()
    home = g.home(cc if cc != "kz" else "kz")
    interp = g.pick(
        [("Natalia KIM", "娜塔莉亚·金"), ("阿斯卡尔·别克", None), ("CHOI Soo-jin", "崔秀珍")]
    )
    cur = {"us": ("18,600美元", "131,800元"), "jp": ("320万日元", "151,360元")}.get(
        cc, ("92,000元人民币及7,300美元", "143,900元")
    )
    fine = g.pick([5000, 10000, 20000])
    port = {
        "us": "首都国际机场T3航站楼出境旅检通道",
        "jp": "浦东国际机场T1航站楼出境旅检通道",
        "kz": "霍尔果斯公路口岸出境旅检通道",
    }[cc]
    party = (
        f"当事人：{N(chinese)}（英文姓名：{N(latin)}）\n国籍：{COUNTRY[cc]}\n"
        f"出生日期：{S('birth_date', cn(born))}\n护照号码：{S('passport', pp)}\n"
        f"境外住址：{addr(home)}\n"
    )
    if cc == "us":
        party += f"电子邮箱：{S('email', 'jm.smith' + g.digits(2) + '@mailbox.example.com')}\n"
    else:
        party += f"联系电话：{S('phone', g.foreign_phone(cc))}\n"
    interp_txt = N(interp[0]) + (f"（{N(interp[1])}）" if interp[1] else "")
    body = (
        f"\n    {ag.d(2, 6)}，当事人{N(chinese)}经{K('location', port)}出境，选择无申报通道通关，"
        f"海关关员在其随身行李中查获未申报的外币现钞，经清点为{K('amount', cur[0])}，"
        f"折合人民币{K('amount', cur[1])}，超出规定限额。询问时由当事人自行联系的翻译人员"
        f"{interp_txt}担任翻译。{N(latin)}对上述事实无异议。\n"
        f"    当事人携带超过规定限额的外币现钞出境未向海关申报，违反了"
        f"{stat('《中华人民共和国海关法》第二十四条')}的规定。根据"
        f"{stat('《中华人民共和国海关行政处罚实施条例》第十五条第（四）项')}的规定，本关决定"
        f"对当事人{N(chinese)}处以罚款{amount(fine)}，超出限额部分的外币现钞予以退运。\n"
    )
    return result(ag.head() + party + body + ag.remedy() + ag.sign(), f"customs/traveller-{cc}")


def d_customs_parcel(g: Gen, v: int):
    """A parcel from abroad: the recipient is the party, the sender abroad is private."""
    ag = Doc(g, "post", 2026)
    if v == 0:
        rname, eth, code, prefix = MINORITY[14]  # 朴成浩, Korean-Chinese
        sender = ("KIM MIN-SEO", "金敏瑞")
        s_home = g.home("kr")
        goods = "化妆品47件"
    elif v == 1:
        rname, eth, code, prefix = MINORITY[1]  # 阿依古丽•吐尔逊
        sender = ("NURLANOV Daulet", "道列特·努尔兰诺夫")
        s_home = g.home("kz")
        goods = "羊毛挂毯6张、银饰品20件"
    else:
        rname, eth, code, prefix = MINORITY[13]  # 马福海, Hui
        sender = ("Ahmad Faizal bin ABDULLAH", "艾哈迈德·费萨尔")
        s_home = ("马来西亚吉隆坡", f"蕉赖路{g.rng.randint(10, 99)}号{g.rng.randint(1, 20)}楼", "")
        goods = "燕窝制品3.2千克"
    born = g.born(1970, 1998)
    pid = id18(code, born, g.rng.randint(1, 999))
    home = g.minority_home(code, prefix)
    waybill = "EA" + g.digits(9) + "KR"
    fine = g.pick([2000, 3000, 5000])
    markup = (
        ag.head() + f"当事人：{N(rname)}，{eth}，公民身份号码：{S('id_number', pid)}，"
        f"住址：{addr(home)}，联系电话：{S('phone', g.cn_phone())}。\n\n"
        f"    {ag.d(1, 5)}，本关在对进境邮件进行查验时，发现邮件号为{waybill}的进境包裹"
        f"（寄件人：{N(sender[0])}，寄件人地址：{addr(s_home)}；收件人：{N(rname)}）内装{goods}，"
        f"申报品名为“礼品”，申报价值与实际不符。经查，寄件人{N(sender[1])}系收件人的亲属，"
        f"上述物品由收件人{N(rname)}在境内转售牟利。\n"
        f"    以上事实有邮件查验记录、{N(rname)}的询问笔录、聊天记录截图等证据证明。\n"
        f"    当事人邮寄进境物品超出自用合理数量且申报不实，违反了"
        f"{stat('《中华人民共和国海关法》第四十六条')}的规定。依据"
        f"{stat('《中华人民共和国海关行政处罚实施条例》第十九条第（四）项')}的规定，本关决定"
        f"对当事人处以罚款{amount(fine)}。\n" + ag.remedy() + ag.sign()
    )
    return result(markup, f"customs/parcel-{eth}")


def d_customs_ecom(g: Gen, v: int, *, secret=False):
    """Cross-border e-commerce: buyers whose identities were used; the platform company."""
    ag = Doc(g, ["huanggang", "pudong"][v % 2], 2026)
    co = ["深圳市前海优选跨境贸易有限公司", "上海环球优购供应链管理有限公司"][v % 2]
    code = uscc(g.rng, ["440300", "310115"][v % 2])
    rep_latin = ["WONG Kwok Wing", "PARK Jun-young"][v % 2]
    buyer1 = MINORITY[0][0] if v == 0 else "乌云其木格"
    b1code = MINORITY[0][2] if v == 0 else "150102"
    buyer2 = "玉香" if v == 0 else "吉克阿依"
    b2code = "532801" if v == 0 else "513401"
    id1 = id18(b1code, g.born(1980, 2000), g.rng.randint(1, 999))
    id2 = id18(b2code, g.born(1980, 2000), g.rng.randint(1, 999))
    fine = g.pick([50000, 100000])
    secret_txt = (
        "    本决定书第二部分所列当事人的进口渠道、采购价格及供应商名单属于当事人的商业秘密，"
        "已按当事人申请作保密处理。\n"
        if secret
        else "    本决定书不涉及国家秘密、商业秘密，依法予以公开。\n"
    )
    markup = (
        ag.head() + f"当事人：{K('company', co)}\n统一社会信用代码：{K('uscc', code)}\n"
        f"住所：{K('org_address', ['深圳市前海深港合作区前湾一路1号A栋201室', '上海市浦东新区自由贸易试验区富特北路211号'][v % 2])}\n"
        f"法定代表人：{K('legal_rep', rep_latin)}，{K('legal_rep_title', '执行董事')}\n\n"
        f"    经查，{ag.d(1, 4)}至{ag.d(5, 7)}，当事人在跨境电子商务零售进口业务中，"
        f"冒用消费者身份信息申报进口商品。其中以{N(buyer1)}（身份证号：{S('id_number', id1)}）"
        f"名义申报订单37票，以{N(buyer2)}（身份证号：{S('id_number', id2)}）名义申报订单29票，"
        f"上述订单的实际购买人并非{N(buyer1)}、{N(buyer2)}本人，货物被集中转售，"
        f"涉案货物价值人民币{K('amount', '1,284,600元')}。\n"
        f"    当事人的行为违反了{stat('《中华人民共和国海关法》第二十四条')}的规定，依据"
        f"{stat('《中华人民共和国海关行政处罚实施条例》第十五条第（五）项')}的规定，"
        f"本关决定对当事人处以罚款{amount(fine)}。\n" + secret_txt + ag.remedy() + ag.sign()
    )
    return result(
        markup,
        "hold/trade-secret" if secret else "customs/ecommerce",
        hold=secret,
        party="legal",
    )


# ---------------------------------------------------------------- entry-exit police
def d_illegal_work(g: Gen, v: int, *, mark="", hold=False, family=None):
    """A foreigner working without a permit; a private guarantor or an officer interpreter."""
    cc = ["vn", "mm", "ng"][v % 3]
    ag = Doc(g, ["jinghong", "jinghong", "nanshan"][v % 3], 2026)
    latin, chinese = FOREIGN[cc][0]
    pp = g.passport(cc)
    born = g.born(1985, 2003)
    employer = [
        "景洪市勐泐香茶叶加工有限公司",
        "景洪市澜沧江果蔬种植专业合作社",
        "深圳市南山区鸿运外贸服饰商行",
    ][v % 3]
    emp_code = uscc(g.rng, ["532801", "532801", "440305"][v % 3], head=["91", "93", "92"][v % 3])
    lodging = g.mainland_home(["景洪市", "景洪市", "深圳市南山区"][v % 3])
    guarantor = ["岩温", "玉香", "区海棠"][v % 3]
    gphone = g.cn_phone()
    interp_officer = g.officer()
    fine = g.pick([5000, 10000, 20000])
    home = g.home(cc)
    markup = (
        ag.head(mark=mark)
        + f"违法行为人：{N(latin)}（中文译名：{N(chinese)}），性别：{g.pick(['男', '女'])}，"
        f"国籍：{COUNTRY[cc]}，出生日期：{S('birth_date', cn(born))}，"
        f"护照号码：{S('passport', pp)}，国内住址：{addr(home)}，"
        f"在华住址：{addr(lodging)}。\n\n"
        f"    现查明，{N(chinese)}于{ag.d(1, 2)}持旅游签证入境，自{ag.d(3, 4)}起在"
        f"{K('company', employer)}（统一社会信用代码：{K('uscc', emp_code)}）从事采摘、包装工作，"
        f"月工资人民币{K('amount', '3500元')}，未取得工作许可和工作类居留证件。"
        f"其入境时的担保人{N(guarantor)}（联系电话：{S('phone', gphone)}）对其在该单位工作知情。"
        f"询问时由本局民警{K('officer', interp_officer)}担任翻译。\n"
        f"    以上事实有{N(chinese)}的陈述和申辩、证人证言、工资发放记录等证据证实。\n"
        f"    根据{stat('《中华人民共和国出境入境管理法》第八十条第一款')}之规定，现决定对"
        f"{N(latin)}处以罚款{amount(fine)}。\n"
        "    执行方式和期限：被处罚人持本决定书自收到之日起十五日内到指定银行缴纳罚款。\n"
        + ag.remedy()
        + ag.sign()
    )
    return result(markup, family or f"police/illegal-work-{cc}", hold=hold)


def d_overstay(g: Gen, v: int):
    """Illegal stay; a co-resident; a mainland lodging that is a home."""
    cc = ["ru", "es"][v % 2]
    ag = Doc(g, ["shexit", "chaoyang"][v % 2], 2025)
    latin, chinese = FOREIGN[cc][v % len(FOREIGN[cc])]
    mate = [("KUZMINA Irina", "伊琳娜·库兹米娜"), ("Lucía FERNÁNDEZ RUIZ", "露西亚·费尔南德斯")][
        v % 2
    ]
    pp = g.passport(cc)
    lodging = g.mainland_home(["上海市长宁区", "北京市朝阳区"][v % 2])
    days = g.pick([23, 41, 67])
    fine = {23: 10000, 41: 10000, 67: 10000}[days]
    markup = (
        ag.head() + f"违法行为人：{N(chinese)}，外文姓名：{N(latin)}，国籍：{COUNTRY[cc]}，"
        f"护照号码：{S('passport', pp)}，现住{addr(lodging)}，"
        f"手机：{S('phone', g.cn_phone())}。\n\n"
        f"    现查明：{N(latin)}所持签证的停留期限至{ag.d(1, 3)}届满，其未申请延期，"
        f"逾期非法居留{days}日，至{ag.d(4, 6)}被民警查获。与其同住的{N(mate[1])}"
        f"（{N(mate[0])}）证实其长期居住于上述住所。\n"
        f"    以上事实有{N(chinese)}的陈述、同住人证言、出入境记录等证据证实。\n"
        f"    根据{stat('《中华人民共和国出境入境管理法》第七十八条第一款')}之规定，"
        f"现决定对{N(chinese)}处罚款{amount(fine)}。\n" + ag.remedy() + ag.sign()
    )
    return result(markup, f"police/overstay-{cc}")


def d_registration(g: Gen, v: int):
    """未办理住宿登记: the landlord (留宿人) or the foreigner is the party."""
    ag = Doc(g, ["chaoyang", "yanji", "nanshan"][v % 3], 2026)
    tenant = [FOREIGN["jp"][0], FOREIGN["kr"][1], FOREIGN["uk"][1]][v % 3]
    landlord = ["马玉兰", "金顺姬", "TSAI Shu-Fen"][v % 3]
    ll_id = (
        id18("110105", g.born(1960, 1985), g.rng.randint(1, 999))
        if v == 0
        else id18("222401", g.born(1960, 1985), g.rng.randint(1, 999))
        if v == 1
        else g.residence("830000", g.born(1960, 1985))
    )
    prefix = ["北京市朝阳区", "吉林省延吉市", "深圳市南山区"][v % 3]
    room = g.mainland_home(prefix)
    cert_no = f"{['京', '吉', '粤'][v % 3]}（20{g.rng.randint(15, 23)}）" + (
        f"{['北京市朝阳区', '延吉市', '深圳市'][v % 3]}不动产权第{g.digits(7)}号"
    )
    fine = g.pick([500, 1000, 2000])
    ll_label = "证件号码（台湾居民居住证）" if v == 2 else "公民身份号码"
    markup = (
        ag.head() + f"违法行为人（房东）：{N(landlord)}，{ll_label}：{S('id_number', ll_id)}，"
        f"联系电话：{S('phone', g.cn_phone())}。\n\n"
        f"    现查明：{N(landlord)}将其所有的位于{addr(room)}的住房"
        f"（不动产权证号：{S('property_cert', cert_no)}）出租给{COUNTRY[['jp', 'kr', 'uk'][v % 3]]}籍人员"
        f"{N(tenant[0])}（{N(tenant[1])}）居住，自{ag.d(2, 3)}入住至{ag.d(4, 6)}，"
        f"{N(landlord)}作为留宿人未在二十四小时内向居住地公安机关办理住宿登记。"
        f"{N(tenant[1])}的护照号码为{S('passport', g.passport(['jp', 'kr', 'uk'][v % 3]))}。\n"
        f"    以上事实有{N(landlord)}的陈述、租赁合同、{N(tenant[0])}的证言、"
        "出入境记录查询结果、现场照片等证据证实。经查，本局曾于当年初通过社区宣传"
        "告知辖区出租房屋业主外国人住宿登记的有关规定。\n"
        f"    根据{stat('《中华人民共和国出境入境管理法》第七十六条第一款第（六）项')}之规定，"
        f"现决定对{N(landlord)}处警告并处罚款{amount(fine)}。\n" + ag.remedy() + ag.sign()
    )
    return result(markup, "police/registration")


def d_employer(g: Gen, v: int):
    """非法聘用外国人: the company is the party; its foreign legal representative is kept."""
    ag = Doc(g, "nanshan", 2026)
    co = "深圳市蓝海国际语言培训有限公司"
    code = uscc(g.rng, "440305")
    rep = "MOREAU Philippe"
    workers = [FOREIGN["us"][0], FOREIGN["uk"][0], FOREIGN["it"][0]]
    lines = "".join(
        f"    {i}. {N(w[0])}（{N(w[1])}），{c}籍，护照号码{S('passport', g.passport(k))}；\n"
        for i, (w, c, k) in enumerate(
            zip(workers, ["美国", "英国", "意大利"], ["us", "uk", "it"], strict=True), 1
        )
    )
    markup = (
        ag.head() + f"被处罚单位：{K('company', co)}\n统一社会信用代码：{K('uscc', code)}\n"
        f"住所：{K('org_address', '深圳市南山区粤海街道科技南十路6号')}\n"
        f"法定代表人：{K('legal_rep', rep)}（法国籍），{K('legal_rep_title', '董事长')}\n"
        f"委托代理人：{K('lawyer', '郑雅文')}，{K('law_firm', '广东前海国际律师事务所')}律师，"
        f"执业证号：{K('lawyer_license', '14403' + g.digits(12))}\n\n"
        f"    现查明：{ag.d(1, 3)}至{ag.d(5, 7)}，该单位聘用下列未取得工作许可和工作类居留证件的"
        f"外国人担任外籍教师：\n" + lines + f"    其中{N(workers[0][1])}的工资经其个人银行账户"
        f"{S('bank_account', g.bank())}发放。\n"
        f"    根据{stat('《中华人民共和国出境入境管理法》第八十条第三款')}之规定，"
        f"现决定对该单位处罚款{amount(30000)}。\n" + ag.remedy() + ag.sign()
    )
    return result(markup, "police/employer", party="legal")


# ---------------------------------------------------------------- culture and tourism
def d_performer(g: Gen, v: int):
    """An unapproved commercial performance by foreign / Hong Kong performers."""
    ag = Doc(g, ["xuhui", "lijiang"][v % 2], 2026)
    co = ["上海星河演艺经纪有限公司", "丽江古城雪山音乐文化传播有限公司"][v % 2]
    code = uscc(g.rng, ["310104", "530702"][v % 2])
    rep = ["黃志明", "和志强"][v % 2]
    p1 = FOREIGN["es"][0] if v == 0 else FOREIGN["fr"][0]
    p2 = ("WONG Mei Ling", "黃美玲") if v == 0 else ("Sergei V. KUZNETSOV", "谢尔盖·库兹涅佐夫")
    venue = ["上海市徐汇区衡山路8号“蓝调”酒吧", "丽江市古城区五一街文治巷32号“雪山”音乐餐吧"][v % 2]
    pp1 = g.passport("es" if v == 0 else "fr")
    p2doc = g.hk_permit(True) if v == 0 else g.passport("ru")
    markup = (
        ag.head() + f"当事人：{K('company', co)}\n统一社会信用代码：{K('uscc', code)}\n"
        f"法定代表人：{K('legal_rep', rep)}\n\n"
        f"    经查，当事人未经文化和旅游主管部门批准，于{ag.d(3, 5)}至{ag.d(6, 7)}期间在"
        f"{K('location', venue)}组织营业性演出12场，演员为{COUNTRY['es' if v == 0 else 'fr']}籍"
        f"{N(p1[0])}（{N(p1[1])}，护照号码：{S('passport', pp1)}）"
        f"和{N(p2[1])}（{N(p2[0])}，证件号码：{S('passport', p2doc)}），"
        f"门票收入共计人民币{K('amount', '86,400元')}。演员{N(p1[1])}的经纪联络人"
        f"{N('Pablo RUIZ')}（电话：{S('phone', g.foreign_phone('uk'))}）负责安排其行程。\n"
        f"    当事人的行为违反了{stat('《营业性演出管理条例》第十三条')}的规定。依据"
        f"{stat('《营业性演出管理条例》第四十四条第一款')}的规定，本局决定："
        f"没收违法所得人民币{K('amount', '86,400元')}，并处罚款{amount(100000)}。\n"
        + ag.remedy()
        + ag.sign()
    )
    return result(markup, "culture/performer", party="legal")


def d_guide(g: Gen, v: int):
    """A Taiwan resident acting as an unlicensed tour guide for foreign tourists."""
    ag = Doc(g, "sanya", 2025)
    trad, roman = TW[1]
    born = g.born(1975, 1992)
    rid = g.residence("830000", born)
    tourists = [
        ("PETROVA-IVANOVA Olga", "奥尔加·彼得罗娃-伊万诺娃"),
        ("Emily Rose HARGREAVES", None),
    ]
    markup = (
        ag.head()
        + f"当事人：{N(trad)}（{N(roman)}），性别：男，台湾居民居住证号码：{S('id_number', rid)}，"
        f"台湾地区住址：{addr(g.home('tw'))}，大陆联系电话：{S('phone', g.cn_phone())}，"
        f"台湾地区联系电话：{S('phone', g.foreign_phone('tw'))}。\n\n"
        f"    经查，{ag.d(1, 2)}至{ag.d(3, 4)}，当事人在未取得导游证的情况下，"
        f"为外国游客团提供导游服务，收取服务费人民币{K('amount', '6,800元')}。"
        f"游客{N(tourists[0][0])}（{N(tourists[0][1])}）、{N(tourists[1][0])}的投诉及证言证实，"
        f"当事人带领游客前往{K('location', '三亚市吉阳区榆亚路88号珍珠展销中心')}购物。\n"
        f"    当事人的行为违反了{stat('《中华人民共和国旅游法》第三十七条')}的规定，依据"
        f"{stat('《中华人民共和国旅游法》第一百零二条第一款')}的规定，本局决定："
        f"责令改正，没收违法所得人民币{K('amount', '6,800元')}，并处罚款{amount(2000)}。\n"
        + ag.remedy()
        + ag.sign()
    )
    return result(markup, "culture/guide")


# ---------------------------------------------------------------- market supervision
def d_operator(g: Gen, v: int, *, born=None, family=None, hold=False, mark="", extra=""):
    """An individual operator: HK / Macao / Taiwan resident, permanent resident, or minority."""
    kinds = ["hk81", "mo82", "tw83", "prnew", "prold", "uyghur", "tibet", "mongol", "yi", "hui"]
    k = kinds[v % len(kinds)]
    ag_key = {
        "hk81": "futian",
        "mo82": "xiangzhou",
        "tw83": "siming",
        "prnew": "futian",
        "prold": "futian",
        "uyghur": "tianshan",
        "tibet": "lhasa",
        "mongol": "hohhot",
        "yi": "xichang",
        "hui": "linxia",
    }[k]
    ag = Doc(g, ag_key, 2026 if v % 2 else 2025)
    born = born or g.born(1965, 1998)
    names2 = []
    if k in ("hk81", "mo82", "tw83"):
        trad, roman = {"hk81": HK[2], "mo82": MO[1], "tw83": TW[0]}[k]
        area = {"hk81": "810000", "mo82": "820000", "tw83": "830000"}[k]
        idn = g.residence(area, born)
        label = {"hk81": "港澳居民居住证", "mo82": "港澳居民居住证", "tw83": "台湾居民居住证"}[k]
        names = [trad, roman]
        where = {"hk81": "hk", "mo82": "mo", "tw83": "tw"}[k]
        home = g.home(where)
        id_line = f"{label}号码：{S('id_number', idn)}，原籍住址：{addr(home)}，"
        phone = g.foreign_phone(where)
        shop_city = {"hk81": "深圳市福田区", "mo82": "珠海市香洲区", "tw83": "厦门市思明区"}[k]
    elif k in ("prnew", "prold"):
        cc = "de" if k == "prnew" else "ru"
        latin, chinese = FOREIGN[cc][0]
        names = [chinese, latin]
        idn = g.pr_new(cc, born) if k == "prnew" else g.pr_old(cc)
        id_line = (
            f"国籍：{COUNTRY[cc]}，外国人永久居留身份证号码：{S('id_number', idn)}，"
            f"住址：{addr(g.mainland_home('深圳市福田区'))}，"
        )
        phone = g.cn_phone()
        shop_city = "深圳市福田区"
    else:
        idx = {"uyghur": 2, "tibet": 6, "mongol": 7, "yi": 10, "hui": 13}[k]
        name, eth, code, prefix = MINORITY[idx]
        names = [name]
        idn = id18(code, born, g.rng.randint(1, 999))
        id_line = f"民族：{eth}，公民身份号码：{S('id_number', idn)}，住址：{addr(g.minority_home(code, prefix))}，"
        phone = g.cn_phone()
        shop_city = {
            "uyghur": "乌鲁木齐市天山区",
            "tibet": "拉萨市城关区",
            "mongol": "呼和浩特市新城区",
            "yi": "西昌市",
            "hui": "临夏市",
        }[k]
        if k == "tibet":
            names2 = ["次仁央宗"]
        if k == "mongol":
            names2 = ["斯琴高娃"]
    shop = g.pick(["百味", "鸿福", "丝路", "高原", "海风"]) + g.pick(["便利店", "特产店", "小吃店"])
    shop_full = f"{shop_city}{shop}"
    region = {
        "futian": "440304",
        "xiangzhou": "440402",
        "siming": "350203",
        "tianshan": "650102",
        "lhasa": "540102",
        "hohhot": "150102",
        "xichang": "513401",
        "linxia": "622901",
    }[ag_key]
    code92 = uscc(g.rng, region, head="92")
    street = g.pick(["人民路", "团结路", "文化路", "滨海路"]) + f"{g.rng.randint(1, 300)}号"
    fine = g.pick([2000, 3000, 5000, 10000])
    helper = names2[0] if names2 else None
    main = names[0]
    markup = (
        ag.head(mark=mark)
        + f"当事人：{K('company', shop_full)}（个体工商户）\n统一社会信用代码：{K('uscc', code92)}\n"
        f"经营场所：{K('location', shop_city + street)}\n"
        f"经营者：{N(main)}"
        + (f"（{N(names[1])}）" if len(names) > 1 else "")
        + f"，出生日期：{S('birth_date', cn(born))}，{id_line}联系电话：{S('phone', phone)}。\n\n"
        f"    {ag.d(2, 5)}，本局执法人员对当事人的经营场所进行检查，发现其销售的预包装食品中有"
        f"{g.pick(['牛肉干', '奶茶粉', '坚果礼盒', '饮料'])}12件已超过保质期，货值人民币"
        f"{K('amount', str(g.rng.randint(300, 1900)) + '元')}。经营者{N(main)}称上述食品系从其亲属处进货，"
        + (f"由店员{N(helper)}负责上架。" if helper else "未建立进货查验记录。")
        + f"\n    以上事实有现场笔录、{N(main)}的询问笔录、扣押物品清单等证据为证。\n"
        f"    当事人的行为违反了{stat('《中华人民共和国食品安全法》第三十四条第（十）项')}的规定，依据"
        f"{stat('《中华人民共和国食品安全法》第一百二十四条第一款')}的规定，本局决定："
        f"没收超过保质期的食品，并处罚款{amount(fine)}。\n" + extra + ag.remedy() + ag.sign()
    )
    return result(markup, family or f"market/operator-{k}", hold=hold)


def d_teacher(g: Gen, v: int):
    """A training school advertising a foreign teacher: the teacher is a private person."""
    ag = Doc(g, "futian", 2026)
    co = "深圳市福田区启明星教育咨询有限公司"
    code = uscc(g.rng, "440304")
    teacher = FOREIGN["uk"][0]
    sub = FOREIGN["kr"][0]
    markup = (
        ag.head() + f"当事人：{K('company', co)}\n统一社会信用代码：{K('uscc', code)}\n"
        f"住所：{K('org_address', '深圳市福田区福华三路168号国际商会中心1208室')}\n"
        f"法定代表人：{K('legal_rep', '陈嘉仪')}，{K('legal_rep_title', '总经理')}\n\n"
        f"    经查，当事人自{ag.d(1, 3)}起在其微信公众号发布招生广告，宣称“纯正英伦外教”"
        f"“剑桥大学硕士”，广告中使用了外籍教师{N(teacher[0])}（{N(teacher[1])}）的照片及履历。"
        f"经核实，{N(teacher[1])}并无上述学历，且已于{ag.d(4, 5)}离职，"
        f"其课程实际由韩国籍人员{N(sub[1])}（{N(sub[0])}，电子邮箱："
        f"{S('email', 'minseo.kim' + g.digits(3) + '@naver.com')}）代课。"
        f"{N(teacher[0])}在英国的联系电话为{S('phone', g.foreign_phone('uk'))}。\n"
        f"    当事人的行为违反了{stat('《中华人民共和国广告法》第二十八条第二款第（二）项')}的规定，依据"
        f"{stat('《中华人民共和国广告法》第五十五条第一款')}的规定，本局决定：责令停止发布广告，"
        f"在相应范围内消除影响，并处罚款{amount(50000)}。\n" + ag.remedy() + ag.sign()
    )
    return result(markup, "market/teacher-ad", party="legal")


def d_plate(g: Gen, v: int):
    """A Hong Kong driver of a two-plate cross-border vehicle (粤Z…港)."""
    ag = Doc(g, "huanggang", 2026)
    trad, roman = HK[1]
    plate = f"粤Z·{g.pick('ABCDEFGH')}{g.rng.randint(100, 999)}港"
    hk_plate = f"{g.pick(['KT', 'PL', 'JX'])} {g.rng.randint(1000, 9999)}"
    markup = (
        ag.head() + f"当事人：{N(trad)}（英文姓名：{N(roman)}），港澳居民来往内地通行证号码："
        f"{S('passport', g.hk_permit(True))}，住址：{addr(g.home('hk'))}，"
        f"联系电话：{S('phone', g.foreign_phone('hk'))}、{S('phone', g.cn_phone())}。\n\n"
        f"    {ag.d(3, 6)}，当事人驾驶粤港两地牌照车辆（内地号牌：{S('license_plate', plate)}，"
        f"香港号牌：{S('license_plate', hk_plate)}）经{K('location', '皇岗口岸货检通道')}入境，"
        f"海关关员在车辆后备箱暗格内查获未申报的电子烟烟弹1,200盒，价值人民币"
        f"{K('amount', '48,000元')}。当事人称货物系香港居民{N('李柏熙')}交其带入内地。\n"
        f"    当事人的行为违反了{stat('《中华人民共和国海关法》第四十七条')}的规定，依据"
        f"{stat('《中华人民共和国海关行政处罚实施条例》第七条第（二）项')}及"
        f"{stat('《中华人民共和国海关行政处罚实施条例》第九条第一款第（三）项')}的规定，"
        f"本关决定没收涉案货物，并对当事人处以罚款{amount(20000)}。\n" + ag.remedy() + ag.sign()
    )
    return result(markup, "customs/two-plate")


# ---------------------------------------------------------------- holds
def d_minor_foreign(g: Gen, v: int):
    """A party who is a minor on 2026-11-25 (passport + birth date, or an 81 residence card)."""
    if v == 0:
        ag = Doc(g, "chaoyang", 2026)
        latin, chinese = FOREIGN["kr"][1]
        born = dt.date(2009, 6, 14)
        party = (
            f"违法行为人：{N(chinese)}（{N(latin)}），男，韩国籍，出生日期："
            f"{S('birth_date', cn(born))}（17周岁），护照号码：{S('passport', g.passport('kr'))}，"
            f"在华住址：{addr(g.mainland_home('北京市朝阳区'))}。\n"
            f"监护人：{N('LEE Sang-woo')}（父亲），联系电话：{S('phone', g.foreign_phone('kr'))}。\n\n"
        )
    else:
        ag = Doc(g, "futian", 2026)
        trad, roman = HK[0]
        born = dt.date(2008, 11, 26)  # 18 only tomorrow
        latin, chinese = roman, trad
        party = (
            f"当事人：{N(trad)}（{N(roman)}），港澳居民居住证号码："
            f"{S('id_number', g.residence('810000', born))}，住址：{addr(g.home('hk'))}，"
            f"联系电话：{S('phone', g.foreign_phone('hk'))}。\n"
            f"监护人：{N('陳志偉')}（父亲），联系电话：{S('phone', g.foreign_phone('hk'))}。\n\n"
        )
    markup = (
        ag.head() + party + f"    经查，{ag.d(6, 8)}，当事人{N(chinese)}在"
        f"{K('location', '北京市朝阳区三里屯路19号商业街' if v == 0 else '深圳市福田区华强北路1015号电子市场')}"
        f"{'与他人发生纠纷并故意损毁店铺玻璃门' if v == 0 else '无照摆卖二手电子产品'}，"
        f"涉及财物价值人民币{K('amount', '2,400元')}。{N(latin)}对上述事实无异议。\n"
        f"    依据{stat('《中华人民共和国治安管理处罚法》第四十九条' if v == 0 else '《无证无照经营查处办法》第十三条')}"
        f"的规定，决定对当事人处以罚款{amount(500)}。\n"
        "    以上事实有当事人的陈述和申辩、证人证言、视频资料、现场照片等证据证实。"
        "鉴于当事人系初次违法且积极赔偿损失，依法从轻处罚。\n" + ag.remedy() + ag.sign()
    )
    return result(markup, "hold/minor", hold=True)


def d_record(g: Gen, v: int):
    """Process documents: an interview record of a foreign worker; a customs inspection record."""
    if v == 0:
        ag = Doc(g, "nanshan", 2026)
        latin, chinese = FOREIGN["vn"][1]
        t = g.date_in(2026, 3, 9)
        interp = ("TRAN VAN MINH", "陈文明")
        o1, o2 = g.officer(), g.officer()
        markup = (
            K("agency", ag.name)
            + "\n询问笔录\n\n"
            + f"时间：{K('date', cn(t))}14时10分至15时25分\n"
            f"地点：{K('location', '深圳市公安局南山分局蛇口派出所询问室')}\n"
            f"询问人：{K('officer', o1)}　记录人：{K('officer', o2)}\n"
            f"被询问人：{N(chinese)}（{N(latin)}），女，越南籍，护照号码：{S('passport', g.passport('vn'))}，"
            f"越南住址：{addr(g.home('vn'))}，联系电话：{S('phone', g.foreign_phone('vn'))}\n"
            f"翻译人员：{N(interp[1])}（{N(interp[0])}），联系电话：{S('phone', g.cn_phone())}\n\n"
            "问：我们是深圳市公安局南山分局的民警，现依法向你询问，你要如实回答，"
            "对与本案无关的问题，你有拒绝回答的权利。你听清楚了吗？\n"
            "答：听清楚了。\n"
            "问：你现在在哪里工作？\n"
            "答：我在蛇口一家服装厂做缝纫工，每个月工资四千元左右，老板没有给我办工作证。\n"
            "问：你是怎么来到深圳的？\n"
            f"答：我是{K('date', cn(g.date_in(2026, 1, 2)))}从东兴口岸入境的，拿的是旅游签证，"
            f"是同乡{N('阮氏兰')}介绍我来这里工作的。\n"
            "问：你工作的服装厂叫什么名字？老板是谁？\n"
            f"答：厂名我不知道，大家都叫它“蛇口制衣厂”。老板叫{N('黄国栋')}，是他每个月用现金给我发工资。\n"
            "问：你现在住在哪里？\n"
            f"答：我住在{addr(g.mainland_home('深圳市南山区'))}，和另外两个越南老乡一起住，"
            f"房子是{N('黄国栋')}帮忙租的。\n"
            "问：你的签证是什么时候到期的？\n"
            f"答：签证停留期到{K('date', cn(g.date_in(2026, 3, 3)))}，我知道已经过期了。\n"
            "问：你知道外国人在中国工作需要办理工作许可吗？\n"
            "答：我以前不知道，介绍人说不用办手续，在这里做几个月就可以回去。\n"
            "问：你还有什么需要补充的吗？\n"
            "答：没有了。\n"
            "问：以上笔录你看一下，是否与你所说的一致？\n"
            "答：翻译给我听过了，和我说的一样。\n\n"
            f"被询问人签名：{N(chinese)}　翻译人签名：{N(interp[1])}\n"
            f"询问人签名：{K('officer', o1)}、{K('officer', o2)}\n"
        )
    else:
        ag = Doc(g, "horgos", 2026)
        name = MINORITY[3][0]  # 努尔兰・哈布都拉
        t = g.date_in(2026, 3, 9)
        o1, o2 = g.officer(), g.officer()
        markup = (
            K("agency", ag.name) + "\n海关查验记录\n\n" + f"查验时间：{K('date', cn(t))}10时30分\n"
            f"查验地点：{K('location', '霍尔果斯公路口岸入境旅检通道')}\n"
            f"查验关员：{K('officer', o1)}、{K('officer', o2)}\n"
            f"旅客姓名：{N(name)}　民族：哈萨克族　公民身份号码："
            f"{S('id_number', id18('654004', g.born(1975, 1995), g.rng.randint(1, 999)))}\n"
            f"住址：{addr(g.minority_home('654004', '新疆维吾尔自治区霍尔果斯市'))}　联系电话："
            f"{S('phone', g.cn_phone())}\n"
            f"同行人：{N('加娜尔古丽')}（其妻）\n"
            "入境方式：乘坐国际道路旅客运输班车（阿拉木图—霍尔果斯）\n\n"
            "查验情况：旅客选择无申报通道入境，经X光机检查发现行李异常，开箱查验发现下列物品：\n"
            "    1. 哈萨克斯坦产马奶酒20瓶，每瓶1升；\n"
            "    2. 蜂蜜15千克，分装于塑料桶内；\n"
            "    3. 坚果制品8箱，每箱10千克；\n"
            "    4. 马肉肠12千克，无检疫证明。\n"
            f"旅客陈述：上述物品系在阿拉木图购买，准备带给在伊宁市居住的亲友食用，"
            f"其中马肉肠是其表兄{N('叶尔江·木拉提')}托其带回。旅客{N(name)}表示不清楚"
            "肉制品禁止携带入境的规定。\n"
            f"同行人{N('加娜尔古丽')}持哈萨克斯坦护照，护照号码：{S('passport', g.passport('kz'))}，"
            f"境外住址：{addr(g.home('kz'))}。\n"
            "处理意见：肉制品依法截留销毁，其余物品暂予扣留，移交缉私部门处理。\n"
            "告知事项：根据《中华人民共和国海关法》及《中华人民共和国进出境动植物检疫法》"
            "的有关规定，旅客携带物品进境，应当以自用、合理数量为限，并接受海关监管；"
            "禁止携带肉及其制品进境。旅客对本记录所载查验情况如有异议，可以当场提出，"
            "由查验关员如实记录。本记录一式两份，一份交旅客收执。\n"
            "旅客意见：对查验情况无异议，同意海关的处理。\n\n"
            f"旅客签名：{N(name)}　查验关员签名：{K('officer', o1)}\n"
        )
    return result(markup, "hold/process-document", hold=True)


def d_marked(g: Gen, v: int):
    marks = ["机密★5年", "秘密★1年", "内部资料　注意保存"]
    if v == 0:
        return d_customs_hkmotw(g, 2, mark=marks[0], hold=True, family="hold/marking")
    if v == 1:
        return d_illegal_work(g, 1, mark=marks[1], hold=True, family="hold/marking")
    return d_operator(g, 6, mark=marks[2], hold=True, family="hold/marking")


def d_notpublic(g: Gen, v: int):
    if v == 0:
        tail = "    此件不公开。\n"
        return d_customs_hkmotw(g, 0, tail=tail, hold=True, family="hold/not-public")
    extra = "    公开方式：依申请公开\n"
    return d_operator(g, 9, extra=extra, hold=True, family="hold/not-public")


def d_lookalike(g: Gen, v: int):
    if v == 0:
        # a party who turns 18 exactly on 2026-11-25: an adult, not held
        return d_operator(
            g,
            0,
            born=dt.date(2008, 11, 25),
            extra="    本决定书不涉及国家秘密、商业秘密和个人隐私。\n",
            family="lookalike/eighteen-today",
        )
    if v == 1:
        extra = (
            "    另查明，当事人店内陈列的“秘密花园”牌香薰及“机密”牌保险柜均附有中文标签，"
            "不属于本案违法商品。当事人不存在向未成年人销售烟酒的行为。\n"
            "    公开属性：主动公开\n"
        )
        return d_operator(g, 8, extra=extra, family="lookalike/words")
    extra = "    本案证据包括询问笔录、现场笔录、查验记录，均已经当事人签字确认。\n"
    return d_operator(g, 4, extra=extra, family="lookalike/evidence-list")


def plan():
    items = []
    items += [(d_customs_hkmotw, v) for v in range(4)]
    items += [(d_customs_foreign, v) for v in range(3)]
    items += [(d_customs_parcel, v) for v in range(3)]
    items += [(d_customs_ecom, v) for v in range(2)]
    items += [(d_illegal_work, v) for v in range(3)]
    items += [(d_overstay, v) for v in range(2)]
    items += [(d_registration, v) for v in range(3)]
    items += [(d_employer, 0), (d_teacher, 0), (d_plate, 0), (d_guide, 0)]
    items += [(d_performer, v) for v in range(2)]
    items += [(d_operator, v) for v in range(10)]
    items += [(d_marked, v) for v in range(3)]
    items += [(d_notpublic, v) for v in range(2)]
    items += [(d_minor_foreign, v) for v in range(2)]
    items += [(d_record, v) for v in range(2)]
    items += [(lambda g, v: d_customs_ecom(g, v, secret=True), 1)]
    items += [(d_lookalike, v) for v in range(3)]
    rng = random.Random(SEED + 1)
    rng.shuffle(items)
    return items


def main() -> None:
    scorer = load_scorer()
    rng = random.Random(SEED)
    g = Gen(rng)
    fresh_docs_dir(HERE)
    out = []
    for i, (make, v) in enumerate(plan(), 1):
        fname = f"docs/{i:04d}.txt"
        last = None
        for attempt in range(60):
            g.used_officers.clear()
            d = make(g, v)
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
        if not 700 <= len(text) <= 3000:
            print("LENGTH", fname, len(text), d["family"])
        (HERE / fname).write_bytes(text.encode("utf-8"))
        out.append(labels)
    write_labels(HERE, out)
    print_summary(out)


if __name__ == "__main__":
    main()
