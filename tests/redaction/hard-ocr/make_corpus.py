#!/usr/bin/env python3
"""Generate the held-out "hard-ocr" redaction corpus: text damaged by OCR and by Word/PDF/HTML
conversion, and tricky numbers (personal numbers with letters read for digits, public numbers
that look personal).

Deterministic (fixed seed). Every person, number and company is fictional. Undamaged ID numbers,
bank cards and credit codes carry valid check characters; a damaged one is labelled as it appears
in the text (it is still a person's number and must not survive).

    python3 tests/redaction/hard-ocr/make_corpus.py      # rewrites docs/ and labels.json

Damage simulated (1-3 kinds per document): OCR confusions inside numbers (O/o for 0, l/I for 1,
S for 5, B for 8, Z for 2), the ID check character typed as ×, x, Ｘ or split off by a space, IDs
split across a line break, 15-digit IDs, HTML leftovers (&nbsp; &emsp; <br> <p> <span>, numeric
entities for punctuation), Word/PDF artefacts (bullets, ①②③, tabs, soft hyphens, zero-width
spaces, BOMs, no-break spaces inside names and numbers, full-width letters in plates and
passports, Roman numerals), stray characters (footnote digits after names, a space inside a
name, doubled colons, missing colons, fields run together without separators).

Labelling decisions (DESIGN.md §4, policy spc-2016, and the conventions of the dev corpus):
- The agency's own collection account for fines (收款账号 of a 财政局 / 非税专户) is labelled
  sensitive bank_account: §4 removes "bank_account (anyone's)", and the dev corpus labels the
  收款单位 account the same way.
- The 非税收入 payment code (缴款码 / 缴款识别码) and the receipt number (票据号) are left
  unlabelled: §4 neither lists them as a person's data nor among the public items kept, so an
  engine may keep or remove them. The generator checks they share no 8-digit run with a label.
- VINs and IMEIs in seizure lists are left unlabelled for the same reason (§4 lists plates,
  not VINs or IMEIs).
- Kept: unified social credit codes (some all-digit, which look like ID numbers), case numbers
  of 18 digits, long amounts, decision numbers with compact dates, officers' certificate numbers
  (some OCR-damaged: they are kept as they appear), the agency's phones, 12345 and 12315.
- Held: confidentiality markings damaged by conversion (letter-spaced, ★ as an HTML entity or
  an asterisk, wrapped in HTML) and process documents (询问笔录 / 现场检查笔录) with damaged titles.
  Negations ("不涉及国家秘密" with a zero-width space inside, "密 级：无") are not holds.

Self-checks: every label occurs verbatim; no sensitive text occurs inside a keep text; no 8-digit
run of a sensitive number is shared with a keep label (the scorer would excuse it); every credit
code is valid (core/checksums.py uscc_valid); an ideal redaction (every labelled sensitive span
blanked) leaks nothing under the scorer's rules and keeps every keep label.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from core.checksums import gb11643_valid, uscc_valid  # noqa: E402
from tests.redaction.hard_corpus import (  # noqa: E402
    USCC_CHARS,
    cn,
    fresh_docs_dir,
    id18,
    keep_windows,
    load_scorer,
    luhn,
    parse_segments,
    print_summary,
    render_segments,
    self_check,
    split_labels,
    uscc_check_char,
    write_labels,
)

HERE = Path(__file__).resolve().parent
SEED = 20260317

NBSP, ZWSP, SHY, BOM = "\u00a0", "\u200b", "\u00ad", "\ufeff"

# ---------------------------------------------------------------- fictional data
REGIONS = [
    # province, city, district, code, area code, plate prefix
    ("湖南省", "株洲市", "天元区", "430211", "0731", "湘B"),
    ("广东省", "佛山市", "顺德区", "440606", "0757", "粤X"),
    ("江苏省", "无锡市", "梁溪区", "320213", "0510", "苏B"),
    ("浙江省", "宁波市", "鄞州区", "330212", "0574", "浙B"),
    ("四川省", "绵阳市", "涪城区", "510703", "0816", "川B"),
    ("湖北省", "宜昌市", "西陵区", "420502", "0717", "鄂E"),
    ("山东省", "烟台市", "芝罘区", "370602", "0535", "鲁F"),
    ("河南省", "洛阳市", "涧西区", "410305", "0379", "豫C"),
    ("福建省", "泉州市", "丰泽区", "350503", "0595", "闽C"),
    ("贵州省", "遵义市", "汇川区", "520303", "0851", "贵C"),
    ("江西省", "赣州市", "章贡区", "360702", "0797", "赣B"),
    ("河北省", "保定市", "竞秀区", "130602", "0312", "冀F"),
    ("山西省", "大同市", "平城区", "140213", "0352", "晋B"),
    ("吉林省", "吉林市", "船营区", "220204", "0432", "吉B"),
]
ABBR = {
    "湖南省": "湘",
    "广东省": "粤",
    "江苏省": "苏",
    "浙江省": "浙",
    "四川省": "川",
    "湖北省": "鄂",
    "山东省": "鲁",
    "河南省": "豫",
    "福建省": "闽",
    "贵州省": "贵",
    "江西省": "赣",
    "河北省": "冀",
    "山西省": "晋",
    "吉林省": "吉",
}
SURNAMES = list(
    "王李张刘陈杨黄赵周吴徐孙马朱胡郭何罗郑梁谢宋唐许韩冯邓曹彭曾田董潘袁蔡蒋余杜叶程魏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾夏方邹熊白孟秦邱侯尹薛闫段雷史陶贺毛郝顾邵万钱严孔向常汤"
)
GIVEN = list(
    "建国志强秀英桂芳明华丽敏静伟军洪涛海燕红梅丹凤德福永刚俊杰晓雯佳怡宇航子涵梓萱浩然欣悦思远嘉豪立新雪莲春生秋菊冬振文博雅琴玉兰淑珍荣庆"
)
OFFICERS = [
    "卜文彬",
    "聂丽萍",
    "甘国栋",
    "柴小川",
    "蓝明远",
    "柯秋实",
    "宁佳琪",
    "池志勇",
    "鲍一鸣",
    "阮雨桐",
    "左海峰",
    "詹令仪",
    "苗青松",
    "翁若兰",
    "屈德海",
    "应晓峰",
    "欧凡超",
    "施玉洁",
]
STREETS = [
    "建设路",
    "人民南路",
    "解放东路",
    "文化街",
    "学院路",
    "梧桐巷",
    "新华路",
    "光明大道",
    "枫林路",
    "朝阳路",
    "紫荆街",
    "滨江中路",
    "河西大道",
    "青石巷",
    "育英路",
    "长虹路",
    "桂花街",
    "迎宾大道",
]
ESTATES = [
    "锦绣家园",
    "阳光花园",
    "翠湖苑",
    "御景湾",
    "金色家园",
    "书香苑",
    "滨江名苑",
    "和美小区",
    "幸福里",
]
TOWNS = ["城南街道", "桃花岭街道", "东塘街道", "新桥镇", "白沙街道", "双河镇", "马家河街道"]
BANKS = [
    "中国工商银行",
    "中国农业银行",
    "中国建设银行",
    "交通银行",
    "中国邮政储蓄银行",
    "农村商业银行",
]
USED: set[str] = set(OFFICERS)

AGENCY_TYPES = [
    ("城市管理和综合执法局", "城管罚决", "urban"),
    ("市场监督管理局", "市监罚", "market"),
    ("交通运输局", "交执罚", "transport"),
    ("生态环境局", "环罚", "env"),
    ("应急管理局", "应急罚", "safety"),
    ("文化广电旅游局", "文旅罚", "culture"),
    ("自然资源和规划局", "自然资罚", "land"),
    ("农业农村局", "农罚", "agri"),
]
VIOLATIONS = {
    "urban": (
        "未经批准擅自占用城市道路堆放建筑材料",
        "《城市道路管理条例》第二十七条第（六）项",
        "《城市道路管理条例》第四十二条第（二）项",
    ),
    "market": (
        "销售超过保质期的预包装食品",
        "《中华人民共和国食品安全法》第三十四条第（十）项",
        "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项",
    ),
    "transport": (
        "未取得道路运输经营许可擅自从事道路运输经营",
        "《中华人民共和国道路运输条例》第十条",
        "《中华人民共和国道路运输条例》第六十三条",
    ),
    "env": (
        "露天焚烧废旧电线电缆产生有毒有害烟尘",
        "《中华人民共和国大气污染防治法》第八十二条第一款",
        "《中华人民共和国大气污染防治法》第一百一十九条第一款",
    ),
    "safety": (
        "未取得危险化学品经营许可证经营危险化学品",
        "《危险化学品安全管理条例》第三十三条第一款",
        "《危险化学品安全管理条例》第七十七条第三款",
    ),
    "culture": (
        "擅自从事营业性演出经营活动",
        "《营业性演出管理条例》第六条",
        "《营业性演出管理条例》第四十三条第一款",
    ),
    "land": (
        "未经批准非法占用集体土地建设住宅",
        "《中华人民共和国土地管理法》第四十四条第一款",
        "《中华人民共和国土地管理法》第七十七条第一款",
    ),
    "agri": (
        "使用禁用的渔具在禁渔区内捕捞",
        "《中华人民共和国渔业法》第三十条第一款",
        "《中华人民共和国渔业法》第三十八条第一款",
    ),
}
PAY_LAW = "《中华人民共和国行政处罚法》第七十二条第一款第（一）项"
AMOUNTS = [
    ("人民币伍佰元整", "500元"),
    ("人民币贰仟元整", "2000.00元"),
    ("人民币伍仟元整", "5000元"),
    ("人民币壹万贰仟元整", "12000元"),
    ("人民币叁万元整", "30000.00元"),
    ("人民币捌仟伍佰元整", "8500元"),
]
BIG_AMOUNTS = [
    "1234567.89元",
    "¥2,345,678.90",
    "人民币10,086,420.50元",
    "12345678.00元",
    "3456789.01元",
    "人民币987654.32元",
]


# ---------------------------------------------------------------- markup helpers
def S(kind: str, text: str) -> str:
    assert "⟦" not in text and "⟧" not in text and "|" not in text
    return f"⟦S|{kind}|{text}⟧"


def K(kind: str, text: str) -> str:
    assert "⟦" not in text and "⟧" not in text and "|" not in text
    return f"⟦K|{kind}|{text}⟧"


OCR_MAP = {"0": "Oo", "1": "lI", "5": "S", "8": "B", "2": "Z"}


def longest_run(s: str) -> int:
    return max((len(r) for r in re.findall(r"\d+", s)), default=0)


class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    def pick(self, seq):
        return self.r.choice(seq)

    def name(self, surname: str | None = None) -> str:
        while True:
            full = (surname or self.pick(SURNAMES)) + "".join(
                self.r.sample(GIVEN, self.r.choice([1, 2, 2, 2]))
            )
            if full not in USED and not any(full in u or u in full for u in USED):
                USED.add(full)
                return full

    def born(self, lo=1958, hi=1999) -> dt.date:
        return dt.date(self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28))

    def date(self, year: int, lo=1, hi=12) -> dt.date:
        return dt.date(year, self.r.randint(lo, hi), self.r.randint(1, 28))

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def mobile(self) -> str:
        return self.pick(
            ["138", "139", "158", "159", "186", "188", "177", "199", "150", "135", "152"]
        ) + self.digits(8)

    def card(self) -> str:
        n = self.pick([16, 19])
        pre = self.pick(["6222", "6217", "6228", "6230", "6212"])
        return luhn(pre + self.digits(n - len(pre) - 1))

    def uscc(self, region: str, head: str = "91", all_digits: bool = False) -> str:
        while True:
            if all_digits:
                body = head + region + self.digits(9)
            else:
                body = head + region + "MA" + "".join(self.r.choice(USCC_CHARS) for _ in range(7))
            code = body + uscc_check_char(body)
            if (all_digits and not code.isdigit()) or gb11643_valid(code):
                continue
            assert uscc_valid(code)
            return code

    def street_addr(self) -> str:
        r = self.r
        return (
            (self.pick(TOWNS) if r.random() < 0.4 else "")
            + self.pick(STREETS)
            + (
                f"{r.randint(2, 399)}号{self.pick(ESTATES)}{r.randint(1, 30)}栋{r.randint(1, 3)}单元{r.randint(1, 28)}0{r.randint(1, 6)}室"
            )
        )

    def shop(self) -> str:
        return f"{self.pick(STREETS)}{self.r.randint(1, 500)}号"

    # ------------------------------------------------------------ damage to values
    def ocr(self, s: str, n: int = 2, min_run: int = 8) -> str:
        """Replace n OCR-confusable digits by letters, keeping a run of min_run digits when asked."""
        pos = [i for i, c in enumerate(s) if c in OCR_MAP]
        for _ in range(200):
            chosen = self.r.sample(pos, min(n, len(pos)))
            out = "".join(self.pick(OCR_MAP[c]) if i in chosen else c for i, c in enumerate(s))
            if longest_run(out) >= min_run:
                return out
        raise AssertionError(("ocr", s))

    def nbsp_in(self, s: str, n: int = 1, ch: str = NBSP) -> str:
        pos = sorted(self.r.sample(range(1, len(s)), n))
        out, last = "", 0
        for p in pos:
            out += s[last:p] + ch
            last = p
        return out + s[last:]


def id_form(g: Gen, region: str, born: dt.date, style: str) -> str:
    """An ID number as it appears after damage."""
    if style == "id15":
        return f"{region}{born:%y%m%d}{g.r.randint(100, 999)}"
    n = id18(region, born, g.r.randint(100, 999))
    if style in ("x_times", "x_lower", "x_fw", "x_space"):
        while not n.endswith("X"):
            n = id18(region, born, g.r.randint(100, 999))
        return n[:17] + {"x_times": "×", "x_lower": "x", "x_fw": "Ｘ", "x_space": " X"}[style]
    if style == "space_check":
        return n[:17] + " " + n[17]
    if style == "ocr":
        return g.ocr(n, g.r.choice([1, 2, 3]))
    if style == "ocr_hard":  # several confusions: only the exact text can be matched
        return g.ocr(n, 4, min_run=4)
    if style == "nbsp":
        return g.nbsp_in(n, 2)
    if style == "zwsp":
        return n[:3] + ZWSP + n[3:]
    if style == "split":
        k = g.r.randint(6, 12)
        return n[:k] + "\n" + n[k:]
    if style == "fullwidth":
        return n.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))
    if style == "entity_space":
        return f"{n[:6]}&nbsp;{n[6:14]}&nbsp;{n[14:]}"
    return n


def phone_form(g: Gen, style: str) -> str:
    m = g.mobile()
    if style == "ocr":
        return g.ocr(m, 1)
    if style == "ocr_hard":
        return g.ocr(m, 2, min_run=3)
    if style == "nbsp":
        return f"{m[:3]}{NBSP}{m[3:7]}{NBSP}{m[7:]}"
    if style == "zwsp":
        return m[:2] + ZWSP + m[2:]
    if style == "shy":
        return m[:9] + SHY + m[9:]
    if style == "fullwidth":
        return m.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if style == "entity":
        return f"{m[:3]}&nbsp;{m[3:]}"
    return m


def card_form(g: Gen, style: str, c: str | None = None) -> str:
    c = c or g.card()
    if style == "ocr":
        return g.ocr(c, 2)
    if style == "grouped_nbsp":
        return NBSP.join(c[i : i + 4] for i in range(0, len(c), 4))
    if style == "grouped":
        return " ".join(c[i : i + 4] for i in range(0, len(c), 4))
    return c


def name_form(name: str, style: str | None) -> str:
    if style == "space":
        return name[0] + " " + name[1:]
    if style == "nbsp":
        return name[0] + NBSP + name[1:]
    if style == "zwsp":
        return name[:1] + ZWSP + name[1:]
    if style == "ideo_space":
        return name[0] + "　" + name[1:]
    return name


# ---------------------------------------------------------------- document context
class Ctx:
    def __init__(self, g: Gen, atype=None, num_style=None, title_abbr=None):
        self.g = g
        self.prov, self.city, self.dist, self.code, self.area, self.plate = g.pick(REGIONS)
        self.atype, self.abbr, self.field = atype or g.pick(AGENCY_TYPES)
        if title_abbr:
            self.abbr = title_abbr
        self.agency = f"{self.city}{self.dist}{self.atype}"
        self.year = g.r.randint(2021, 2026)
        self.d_find = g.date(self.year, 1, 6)
        self.d_open = self.d_find + dt.timedelta(days=g.r.randint(1, 4))
        self.d_notice = self.d_open + dt.timedelta(days=g.r.randint(20, 50))
        self.d_dec = self.d_notice + dt.timedelta(days=g.r.randint(8, 25))
        s = self.dist[0]
        style = num_style or g.pick(["compact", "plain", "di", "long"])
        mmdd = f"{self.d_dec:%m%d}"
        self.num = {
            "compact": f"{s}{self.abbr}〔{self.year}〕{mmdd}号",
            "plain": f"{s}{self.abbr}〔{self.year}〕{g.r.randint(10, 2999)}号",
            "di": f"{s}{self.abbr}字〔{self.year}〕第{g.r.randint(100, 9999)}号",
            "long": f"{s}{self.abbr}〔{self.year}〕{self.d_dec:%Y%m%d}{g.r.randint(1, 99):03d}号",
        }[style]
        self.notice_num = f"{s}{self.abbr.replace('罚决', '罚').replace('罚', '罚告')}〔{self.year}〕{g.r.randint(10, 999)}号"
        self.case_no = f"{self.code}{self.d_open:%Y%m%d}{g.r.randint(1000, 9999)}"
        self.officers = [(a, self.cert()) for a in g.r.sample(OFFICERS, 2)]
        self.aaddr = f"{self.prov}{self.city}{self.dist}{g.pick(STREETS)}{g.r.randint(1, 600)}号"
        self.aphone = g.pick(
            [
                f"{self.area}-{g.r.randint(2, 8)}{g.digits(7)}",
                f"（{self.area}）{g.r.randint(2, 8)}{g.digits(7)}",
            ]
        )

    def cert(self) -> str:
        g = self.g
        return g.pick(["", "", "执法证", ABBR[self.prov]]) + self.code + g.digits(g.pick([2, 5, 8]))

    def head(self, title: str) -> str:
        return f"{K('agency', self.agency)}\n{title}\n{K('decision_number', self.num)}\n"

    def sign(self, dm: set, sep: str = "、") -> str:
        o = self.officers
        certs = [o[0][1], o[1][1]]
        if (
            "ocr_cert" in dm
        ):  # an officer's certificate number read with a letter: still kept as it appears
            certs[0] = self.g.ocr(certs[0], 1, min_run=4)
        phone2 = "12315" if self.field == "market" else "12345"
        return (
            f"执法人员：{K('officer', o[0][0])}（执法证号：{K('officer_cert', certs[0])}）{sep}"
            f"{K('officer', o[1][0])}（执法证号：{K('officer_cert', certs[1])}）\n"
            f"本机关地址：{K('agency_address', self.aaddr)}　联系电话：{K('agency_phone', self.aphone)}"
            f"　投诉举报电话：{K('agency_phone', phone2)}\n\n{K('agency', self.agency)}\n{K('date', cn(self.d_dec))}\n"
        )

    def remedy(self) -> str:
        return (
            f"    如不服本决定，可以在收到本决定书之日起六十日内向{self.city}{self.dist}人民政府申请行政复议，"
            f"或者在六个月内依法向人民法院提起行政诉讼。\n"
        )

    def pay(self, dm: set, account: bool = True) -> str:
        g = self.g
        txt = "    当事人应当自收到本决定书之日起十五日内缴纳罚款"
        if account:
            # §4: bank_account (anyone's) is removed, the agency's collection account included
            acct = card_form(
                g,
                "ocr" if "ocr_card" in dm else g.pick(["plain", "grouped"]),
                luhn(g.pick(["1902", "4300", "3301"]) + g.digits(g.pick([14, 15]))),
            )
            txt += f"（收款单位：{self.city}{self.dist}财政局非税收入专户，开户行：{g.pick(BANKS)}，账号：{S('bank_account', acct)}）"
        # the 缴款码 is left unlabelled (see the module docstring)
        txt += f"，或凭缴款码{self.code[:4]}{self.year}{g.digits(12)}通过非税收入缴款平台缴纳"
        return txt + (
            f"。逾期不缴纳罚款的，依据{K('statute', PAY_LAW)}的规定，每日按罚款数额的百分之三加处罚款。\n"
        )


def fields(items: list[tuple[str, str]], layout: str) -> str:
    """Party fields in one of several damaged layouts."""
    if layout == "run":  # run together without any separator
        return "".join(f"{a}{b}" for a, b in items) + "\n"
    if layout == "nocolon":
        return " ".join(f"{a} {b}" for a, b in items) + "\n"
    if layout == "tabs":
        return "\t".join(f"{a}\t{b}" for a, b in items) + "\n"
    if layout == "double":
        return "".join(f"{a}：：{b}\n" for a, b in items)
    if layout == "bullets":
        return "".join(f"● {a}：{b}\n" for a, b in items)
    if layout == "inline":
        return "，".join(f"{a}：{b}" for a, b in items) + "。\n"
    return "".join(f"{a}：{b}\n" for a, b in items)


BULLETS = {
    "num": lambda i: f"{i}.",
    "circled": lambda i: "①②③④⑤⑥⑦⑧⑨"[i - 1],
    "dot": lambda i: "•",
    "square": lambda i: "■",
    "roman": lambda i: "ⅠⅡⅢⅣⅤⅥⅦⅧⅨ"[i - 1] + ".",
    "paren": lambda i: f"（{i}）",
    "tab": lambda i: f"{i}.\t",
}


def evidence(items: list[str], style: str) -> str:
    return "    以上事实有下列证据证明：\n" + "".join(
        f"    {BULLETS[style](i)}{x}；\n" for i, x in enumerate(items, 1)
    )


def N(name: str, style: str | None = None) -> str:
    return S("person_name", name_form(name, style))


# ---------------------------------------------------------------- document generators
def party_natural(g: Gen, c: Ctx, dm: set, role="当事人"):
    name = g.name()
    born = g.born()
    idstyle = next((d[3:] for d in dm if d.startswith("id_")), "plain")
    idn = id_form(g, c.code, born, idstyle)
    phstyle = next((d[3:] for d in dm if d.startswith("ph_")), "plain")
    ph = phone_form(g, phstyle)
    nstyle = next((d[3:] for d in dm if d.startswith("nm_")), None)
    bd = g.pick(
        [cn(born), f"{born:%Y%m%d}", f"{born:%Y.%m.%d}", f"{born.year}-{born.month}-{born.day}"]
    )
    addr = g.street_addr()
    if "ocr_addr" in dm:
        addr = re.sub(
            r"\d+",
            lambda m: g.ocr(m.group(), 1, 0) if re.search("[01258]", m.group()) else m.group(),
            addr,
            count=1,
        )
    if "span" in dm:
        shown = f'<span style="font-family:仿宋_GB2312">{N(name, nstyle)}</span>'
    else:
        shown = N(name, nstyle)
    items = [
        (role, shown),
        ("性别", "男" if g.r.random() < 0.6 else "女"),
        ("民族", g.pick(["汉族", "汉", "土家族", "回族"])),
        ("出生日期", S("birth_date", bd)),
        ("身份证号", S("id_number", idn)),
        ("住址", f"{c.prov}{c.city}{c.dist}{S('address', addr)}"),
        ("联系电话", S("phone", ph)),
    ]
    return name, nstyle, items


def mention(name: str, dm: set, k: int, nstyle) -> str:
    """A later mention of the party, sometimes with a footnote digit or the first-mention damage."""
    if "foot" in dm and k == 1:
        return N(name) + str(g_rng.randint(1, 3))
    if nstyle and k == 2:
        return N(name, nstyle)
    return N(name)


g_rng = random.Random(SEED + 7)


def gen_penalty_natural(g: Gen, dm: set) -> dict:
    c = Ctx(
        g,
        atype=g.pick(
            [a for a in AGENCY_TYPES if a[2] in ("urban", "market", "env", "safety", "agri")]
        ),
    )
    name, nstyle, items = party_natural(g, c, dm)
    viol, law1, law2 = VIOLATIONS[c.field]
    witness, wph = g.name(), phone_form(g, g.pick(["plain", "ocr", "nbsp"]))
    relative = g.name(surname=name[0])
    amt = g.pick(AMOUNTS)
    loc = f"{c.dist}{g.shop()}"
    m = c.head(g.pick(["行政处罚决定书", "行 政 处 罚 决 定 书"]))
    if "caseno" in dm:
        m += f"案件编号：{K('case_number', c.case_no)}\n"
    m += "\n" + fields(
        items,
        dm_layout(dm)
        if any(d.startswith("lay_") for d in dm)
        else g.pick(["plain", "double", "bullets"]),
    )
    ev = [
        "现场检查笔录1份",
        f"对{N(name)}的询问笔录1份",
        f"现场照片{g.r.randint(2, 9)}张",
        f"证人{N(witness)}的证言1份",
        f"{N(name)}的身份证复印件1份",
    ]
    m += (
        f"\n    {mention(name, dm, 1, nstyle)}{viol}一案，本机关于{K('date', cn(c.d_open))}立案调查，现已调查终结。\n"
        f"    经查：{K('date', cn(c.d_find))}，本机关执法人员在{K('location', loc)}检查时发现，{mention(name, dm, 2, nstyle)}{viol}。"
        f"证人{N(witness)}（电话：{S('phone', wph)}）证实了上述事实。调查期间，{N(name)}之{g.pick(['子', '女', '兄', '妹'])}"
        f"{N(relative)}代为提供了相关材料。\n"
    )
    m += evidence(ev, dm_bullets(dm, g))
    m += (
        f"    本机关于{K('date', cn(c.d_notice))}向当事人送达了《行政处罚事先告知书》（{K('decision_number', c.notice_num)}），"
        f"当事人在法定期限内未提出陈述、申辩。\n"
        f"    本机关认为：{N(name)}的行为违反了{K('statute', law1)}的规定。依据{K('statute', law2)}的规定，"
        f"决定处以罚款{K('amount', amt[0])}（{K('amount', amt[1])}）。\n"
    )
    m += c.pay(dm) + c.remedy() + negation(g, dm) + "\n" + c.sign(dm)
    return dict(
        markup=m,
        doc_kind="行政处罚决定书",
        party_type="natural",
        hold=False,
        family="penalty-natural",
    )


def dm_layout(dm: set) -> str:
    return next(d[4:] for d in dm if d.startswith("lay_"))


def dm_bullets(dm: set, g: Gen) -> str:
    b = next((d[4:] for d in dm if d.startswith("bul_")), None)
    return b or g.pick(["num", "paren"])


def negation(g: Gen, dm: set) -> str:
    if "negation" not in dm:
        return ""
    return g.pick(
        [
            f"    本决定书不涉及国家{ZWSP}秘密、商业秘密和个人隐私，依法主动公开。\n",
            "    密 级：无　　公开方式：主动公开\n",
            "    经保密审查，本文书不属于国家秘密，公开属性：主动公开。\n",
        ]
    )


def gen_penalty_legal(g: Gen, dm: set) -> dict:
    c = Ctx(
        g,
        atype=g.pick(
            [a for a in AGENCY_TYPES if a[2] in ("market", "env", "safety", "transport", "culture")]
        ),
    )
    rep = g.name()
    corp = f"{c.city}{g.pick(['恒达', '鑫源', '华盛', '万通', '锦程', '宏远', '中联'])}{g.pick(['商贸', '科技', '物流', '化工', '文化传媒'])}有限公司"
    code = g.uscc(c.code, all_digits="uscc_digits" in dm)
    caddr = f"{c.prov}{c.city}{c.dist}{g.shop()}"
    agent, agent_id = (
        g.name(),
        id_form(g, c.code, g.born(), next((d[3:] for d in dm if d.startswith("id_")), "plain")),
    )
    complainant = g.name()
    cph = phone_form(g, next((d[3:] for d in dm if d.startswith("ph_")), "ocr"))
    lawyer = g.name()
    firm = f"{g.pick(['湖南金州', '广东卓信', '江苏苏南', '浙江甬联', '四川英济'])}律师事务所"
    lic = f"1{c.code[:4]}{c.year - g.r.randint(3, 15)}1{g.digits(6)}"
    big = g.pick(BIG_AMOUNTS)
    fine = g.pick(AMOUNTS[3:])
    viol, law1, law2 = VIOLATIONS[c.field]
    rep_shown = f"<span>{K('legal_rep', rep)}</span>" if "span" in dm else K("legal_rep", rep)
    items = [
        ("当事人", K("company", corp)),
        ("统一社会信用代码", K("uscc", code)),
        ("住所", K("org_address", caddr)),
        (
            "法定代表人",
            rep_shown + f"（{K('legal_rep_title', g.pick(['总经理', '执行董事', '董事长']))}）",
        ),
    ]
    m = c.head("行政处罚决定书")
    m += f"案件编号：{K('case_number', c.case_no)}\n\n" + fields(
        items, dm_layout(dm) if any(d.startswith("lay_") for d in dm) else "plain"
    )
    nstyle = next((d[3:] for d in dm if d.startswith("nm_")), None)
    m += (
        f"委托代理人：{N(agent, nstyle)}，系当事人员工，身份证号码：{S('id_number', agent_id)}\n"
        f"委托代理人：{K('lawyer', lawyer)}，{K('law_firm', firm)}律师，执业证号：{K('lawyer_license', lic)}\n\n"
    )
    m += (
        f"    本机关接消费者{N(complainant)}（联系电话：{S('phone', cph)}）投诉，于{K('date', cn(c.d_open))}对当事人立案调查。\n"
        f"    经查，当事人自{K('date', cn(c.d_find - dt.timedelta(days=200)))}起{viol}，涉案货值金额{K('amount', big)}，"
        f"违法所得{K('amount', f'{g.r.randint(10000, 99999)}.{g.digits(2)}元')}。{N(agent, nstyle)}在询问中对上述事实予以确认。\n"
    )
    m += evidence(
        [
            "营业执照复印件1份",
            f"{N(agent)}的询问笔录1份",
            f"投诉人{N(complainant)}的投诉材料1份",
            "销售单据37张",
        ],
        dm_bullets(dm, g),
    )
    m += (
        f"    当事人的行为违反了{K('statute', law1)}的规定，依据{K('statute', law2)}的规定，本机关决定：\n"
        f"    一、没收违法所得；\n    二、罚款{K('amount', fine[0])}（{K('amount', fine[1])}）。\n"
    )
    m += c.pay(dm, account=g.r.random() < 0.7) + c.remedy() + negation(g, dm) + "\n" + c.sign(dm)
    return dict(
        markup=m, doc_kind="行政处罚决定书", party_type="legal", hold=False, family="penalty-legal"
    )


def gen_no_penalty(g: Gen, dm: set) -> dict:
    c = Ctx(g, title_abbr="不罚")
    name, nstyle, items = party_natural(g, c, dm, role=g.pick(["当事人", "行为人", "相对人"]))
    viol, law1, _ = VIOLATIONS[c.field]
    m = (
        c.head("不予行政处罚决定书")
        + "\n"
        + fields(items, dm_layout(dm) if any(d.startswith("lay_") for d in dm) else "inline")
    )
    m += (
        f"\n    {K('date', cn(c.d_find))}，本机关执法人员在{K('location', c.dist + g.shop() + '门前')}发现{mention(name, dm, 1, nstyle)}{viol}。"
        f"经查，{mention(name, dm, 2, nstyle)}系首次违法，违法行为轻微并已及时改正，没有造成危害后果。\n"
        f"    上述行为违反了{K('statute', law1)}的规定，依据{K('statute', '《中华人民共和国行政处罚法》第三十三条第一款')}"
        f"的规定，本机关决定对{N(name)}不予行政处罚。\n"
        + c.remedy()
        + negation(g, dm)
        + "\n"
        + c.sign(dm)
    )
    return dict(
        markup=m,
        doc_kind="不予行政处罚决定书",
        party_type="natural",
        hold=False,
        family="no-penalty",
    )


def gen_onspot(g: Gen, dm: set) -> dict:
    c = Ctx(
        g,
        atype=g.pick(
            [("交通运输局", "交当罚", "transport"), ("城市管理和综合执法局", "城管当罚", "urban")]
        ),
    )
    name = g.name()
    born = g.born(1965, 2000)
    idn = id_form(g, c.code, born, next((d[3:] for d in dm if d.startswith("id_")), "plain"))
    ph = phone_form(g, next((d[3:] for d in dm if d.startswith("ph_")), "plain"))
    digits = g.digits(5)
    p0, p1 = c.plate[0], c.plate[1]
    if "fw_plate" in dm:
        plate = g.pick(
            [
                f"{p0}{chr(ord(p1) + 0xFEE0)}·Ｄ"
                + digits.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
                f"{p0}{chr(ord(p1) + 0xFEE0)}"
                + digits.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
            ]
        )
    elif "ocr_plate" in dm:
        plate = f"{c.plate}·{g.ocr('0' + digits[1:], 1, 0)}"
    else:
        plate = f"{c.plate}{NBSP}{digits}" if "nbsp_num" in dm else f"{c.plate}·{digits}"
    nstyle = next((d[3:] for d in dm if d.startswith("nm_")), None)
    items = [
        ("被处罚人", N(name, nstyle)),
        ("身份证号", S("id_number", idn)),
        ("联系电话", S("phone", ph)),
        ("车牌号", S("license_plate", plate)),
    ]
    lay = dm_layout(dm) if any(d.startswith("lay_") for d in dm) else "tabs"
    viol = (
        "驾驶无道路运输证的车辆从事货物运输"
        if c.field == "transport"
        else "在人行道上违法停放机动车"
    )
    amt = g.pick(AMOUNTS[:3])
    m = c.head(g.pick(["当场行政处罚决定书", "当场行政处罚决定书（简易程序）"])) + fields(
        items, lay
    )
    m += (
        f"违法事实：{K('date', cn(c.d_dec))}，{N(name)}驾驶{S('license_plate', plate)}在{K('location', c.dist + g.pick(STREETS) + '与' + g.pick(STREETS) + '交叉口')}{viol}。\n"
        f"处罚依据：{K('statute', VIOLATIONS['transport'][2] if c.field == 'transport' else '《城市道路管理条例》第四十二条第（二）项')}\n"
        f"处罚决定：罚款{K('amount', amt[1])}\n"
        f"缴款方式：当场收缴，票据号码：{g.digits(10)}\n"  # unlabelled (see docstring)
        f"被处罚人签名：{N(name)}　{K('date', cn(c.d_dec))}\n" + c.sign(dm, sep="\t")
    )
    return dict(
        markup=m, doc_kind="当场行政处罚决定书", party_type="natural", hold=False, family="onspot"
    )


def table(rows: list[list[str]], style: str) -> str:
    if style == "html":
        return (
            "<table>\n"
            + "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>\n" for r in rows)
            + "</table>\n"
        )
    if style == "pipes":
        return "".join("| " + " | ".join(r) + " |\n" for r in rows)
    if style == "box":
        return "".join("│" + "│".join(r) + "│\n" for r in rows)
    return "".join("\t".join(r) + "\n" for r in rows)


def gen_seizure(g: Gen, dm: set) -> dict:
    c = Ctx(
        g,
        atype=g.pick(
            [
                ("市场监督管理局", "市监强", "market"),
                ("交通运输局", "交强", "transport"),
                ("应急管理局", "应急强", "safety"),
            ]
        ),
    )
    op = g.name()
    shop = f"{c.dist}{g.pick(['鸿运', '兴旺', '诚信', '福满'])}{g.pick(['副食店', '五金店', '汽车修理部', '烟酒商行'])}"
    code = g.uscc(c.code, head="92")
    born = g.born()
    idn = id_form(g, c.code, born, next((d[3:] for d in dm if d.startswith("id_")), "plain"))
    ph = phone_form(g, next((d[3:] for d in dm if d.startswith("ph_")), "plain"))
    plate = (
        f"{c.plate}·{g.digits(5)}"
        if "fw_plate" not in dm
        else (
            c.plate[0]
            + chr(ord(c.plate[1]) + 0xFEE0)
            + "·"
            + g.digits(5).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        )
    )
    card = card_form(g, "ocr" if "ocr_card" in dm else g.pick(["grouped", "grouped_nbsp", "plain"]))
    keeper = g.name()
    nstyle = next((d[3:] for d in dm if d.startswith("nm_")), None)
    items = [
        ("当事人", f"{K('company', shop)}（个体工商户）"),
        ("统一社会信用代码", K("uscc", code)),
        ("经营者", N(op, nstyle)),
        ("身份证号", S("id_number", idn)),
        ("联系电话", S("phone", ph)),
    ]
    lay = dm_layout(dm) if any(d.startswith("lay_") for d in dm) else "plain"
    m = c.head(g.pick(["行政强制措施决定书", "查封（扣押）决定书"])) + "\n" + fields(items, lay)
    m += (
        f"\n    {K('date', cn(c.d_find))}，本机关执法人员对{K('company', shop)}进行检查，发现经营者{mention(op, dm, 1, nstyle)}涉嫌违法经营，"
        f"依据{K('statute', '《中华人民共和国行政强制法》第二十四条')}的规定，决定对下列物品予以扣押，期限{K('amount', '三十日')}；"
        f"并冻结{N(op)}在{g.pick(BANKS)}开立的账户{S('bank_account', card)}内存款{K('amount', f'{g.r.randint(10000, 999999)}.00元')}。\n\n"
    )
    m += "查封扣押物品清单\n"
    vin = "LSV" + "".join(g.r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(14))
    rows = [
        ["序号", "物品名称", "规格型号", "数量", "备注"],
        ["1", "白酒", f"500ml×{g.pick([6, 12, 24])}瓶/箱", f"{g.r.randint(2, 90)}箱", "无中文标签"],
        [
            "2",
            g.pick(["电动三轮车", "轻型厢式货车", "摩托车"]),
            f"车架号{vin}",
            "1辆",
            f"号牌{S('license_plate', plate)}",
        ],
        [
            "3",
            "手机",
            f"IMEI{luhn('86' + g.digits(12))}",
            "1部",
            f"机主{N(op)}，号码{S('phone', ph)}",
        ],
        ["4", "现金", "—", K("amount", f"{g.r.randint(1000, 99999)}.{g.digits(2)}元"), "当场清点"],
    ]
    m += table(rows, next((d[4:] for d in dm if d.startswith("tbl_")), "tabs"))
    m += (
        f"物品保管人：{N(keeper)}（{N(op)}之{g.pick(['妻', '夫', '兄'])}）\n"
        f"当事人签名：{N(op, nstyle)}\n\n" + c.remedy() + "\n" + c.sign(dm)
    )
    return dict(
        markup=m,
        doc_kind="行政强制措施决定书",
        party_type="natural",
        hold=False,
        family="seizure-list",
    )


def gen_rectify(g: Gen, dm: set) -> dict:
    c = Ctx(
        g,
        atype=g.pick(
            [
                ("自然资源和规划局", "自然资责改", "land"),
                ("城市管理和综合执法局", "城管责改", "urban"),
                ("生态环境局", "环责改", "env"),
            ]
        ),
    )
    name, nstyle, items = party_natural(g, c, dm, role=g.pick(["当事人", "户主", "房主"]))
    prop_digits = g.digits(7)
    if "fw_num" in dm:
        prop_digits = prop_digits.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    prop = f"{ABBR[c.prov]}（{c.year - g.r.randint(2, 9)}）{c.city}不动产权第{prop_digits}号"
    neighbour = g.name()
    viol, law1, _ = VIOLATIONS[c.field]
    lay = dm_layout(dm) if any(d.startswith("lay_") for d in dm) else "plain"
    m = c.head("责令改正通知书") + "\n" + fields(items[:1] + items[4:], lay)
    m += (
        f"不动产权证号：{S('property_cert', prop)}\n\n"
        f"    {mention(name, dm, 1, nstyle)}：经查，你{viol}，邻居{N(neighbour)}于{K('date', cn(c.d_find))}举报。"
        f"上述行为违反了{K('statute', law1)}的规定。现责令你于{K('date', cn(c.d_dec + dt.timedelta(days=15)))}前改正。"
        f"逾期不改正的，本机关将依法处理。\n" + negation(g, dm) + "\n" + c.sign(dm)
    )
    return dict(
        markup=m, doc_kind="责令改正通知书", party_type="natural", hold=False, family="rectify"
    )


def gen_hearing(g: Gen, dm: set) -> dict:
    c = Ctx(g, title_abbr="听告")
    name, nstyle, items = party_natural(g, c, dm)
    pp = g.pick(["E", "C", "H"]) + g.digits(8)
    if "fw_passport" in dm:
        pp = pp.translate(str.maketrans("0123456789ECH", "０１２３４５６７８９ＥＣＨ"))
    elif "ocr_passport" in dm:
        pp = pp[0] + g.ocr(pp[1:], 1, 6)
    partner = g.name()
    lawyer, firm = (
        g.name(),
        f"{g.pick(['北京德恒', '上海锦天城', '广东国晖'])}（{c.city[:-1]}）律师事务所",
    )
    lic = f"1{c.code[:4]}{c.year - 5}1{g.digits(6)}"
    amt = g.pick(AMOUNTS[2:])
    viol, law1, law2 = VIOLATIONS[c.field]
    lay = dm_layout(dm) if any(d.startswith("lay_") for d in dm) else "plain"
    m = c.head("行政处罚听证告知书") + "\n" + fields(items, lay)
    m += (
        f"\n    {mention(name, dm, 1, nstyle)}：本机关于{K('date', cn(c.d_find))}查明，你与合伙人{N(partner)}"
        f"（港澳居民来往内地通行证/护照号码：{S('passport', pp)}）{viol}，违反了{K('statute', law1)}的规定。"
        f"本机关拟依据{K('statute', law2)}对你处以罚款{K('amount', amt[0])}。\n"
        f"    根据{K('statute', '《中华人民共和国行政处罚法》第六十三条')}的规定，你有权在收到本告知书之日起五日内要求听证。"
        f"你已委托{K('law_firm', firm)}{K('lawyer', lawyer)}律师（执业证号{K('lawyer_license', lic)}）为代理人。\n"
        + negation(g, dm)
        + "\n"
        + c.sign(dm)
    )
    return dict(
        markup=m, doc_kind="听证告知书", party_type="natural", hold=False, family="hearing-notice"
    )


MARKINGS = {
    "spaced": "秘 密 ★ 1 年\n",
    "entity": "机密&#9733;3年\n",
    "asterisk": "机密*2年\n",
    "html_internal": None,
}


def gen_marked(g: Gen, dm: set, which: str) -> dict:
    d = (gen_penalty_natural if which in ("spaced", "asterisk") else gen_penalty_legal)(g, dm)
    m = d["markup"]
    if which == "html_internal":
        m += "\n<p>（内部资料&nbsp;注意保存）</p>\n"
    else:
        m = MARKINGS[which] + m
    d.update(markup=m, hold=True, family="held-marking")
    return d


def gen_record(g: Gen, dm: set, title: str) -> dict:
    c = Ctx(g, atype=("市场监督管理局", "市监", "market"))
    name = g.name()
    idn = id_form(g, c.code, g.born(), next((d[3:] for d in dm if d.startswith("id_")), "plain"))
    o = c.officers
    m = (
        f"{K('agency', c.agency)}\n{title}\n\n时间：{K('date', cn(c.d_find))}\n地点：{K('location', c.dist + g.shop())}\n"
        f"询问人：{K('officer', o[0][0])}、{K('officer', o[1][0])}\n"
        f"被询问人：{N(name)}　身份证号：{S('id_number', idn)}　电话：{S('phone', phone_form(g, 'ocr'))}\n"
        f"问：我们是{K('agency', c.agency)}的执法人员，这是我们的执法证件，请过目。\n答：看清楚了。\n"
        f"问：店里的过期饮料是谁进的货？\n答：是我自己进的，没有索票。\n"
        f"被询问人签名：{N(name)}\n"
    )
    return dict(
        markup=m, doc_kind="询问笔录", party_type="natural", hold=True, family="held-process"
    )


# ---------------------------------------------------------------- markup -> segments, text damage
def damage_text(segs: list[list], dm: set, rng: random.Random) -> list[list]:
    """Conversion damage applied to unlabelled text only (labels keep their exact form)."""
    free = [s for s in segs if s[1] is None]
    if "html" in dm:
        for s in free:
            t = s[0].replace("    ", "&emsp;&emsp;").replace("　", "&nbsp;")
            # no paragraph tags around table rows (a line that starts or ends with a tag)
            t = re.sub(r"(?<!>)\n(?!<)", "</p>\n<p>" if rng.random() < 0.7 else "<br>\n", t)
            s[0] = t
        segs[0][0] = "<p>" + segs[0][0] if segs[0][1] is None else segs[0][0]
        if segs[0][1] is not None:
            segs.insert(0, ["<p>", None, None])
        segs.append(["</p>\n", None, None])
    if "entities" in dm:
        for s in free:
            if rng.random() < 0.6:
                s[0] = s[0].replace("：", "&#65306;")
            s[0] = (
                s[0]
                .replace("《行政处罚事先告知书》", "&lt;行政处罚事先告知书&gt;")
                .replace("、", "&#12289;", 1)
            )
    if "shy" in dm:
        for s in free:
            s[0] = re.sub(
                r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])",
                lambda m: SHY if rng.random() < 0.04 else "",
                s[0],
            )
    if "zwsp" in dm:
        for s in free:
            s[0] = re.sub(
                r"(?<=[\u4e00-\u9fff：，])(?=[\u4e00-\u9fff])",
                lambda m: ZWSP if rng.random() < 0.05 else "",
                s[0],
            )
    if "bom" in dm:
        for s in free[len(free) // 2 :]:
            if "\n" in s[0]:
                s[0] = s[0].replace("\n", "\n" + BOM, 1)
                break
        segs.insert(0, [BOM, None, None])
    if "crlf" in dm:
        for s in segs:
            s[0] = s[0].replace("\n", "\r\n")
    return segs


# ---------------------------------------------------------------- the plan: (generator, damage)
PLAN = [
    ("natural", "id_ocr ph_ocr"),
    ("natural", "id_x_times html"),
    ("natural", "id_split nm_space foot"),
    ("natural", "id_x_lower lay_run"),
    ("natural", "id_space_check ocr_card entities"),
    ("natural", "id_id15 lay_nocolon bul_circled"),
    ("natural", "id_nbsp nm_nbsp ph_nbsp"),
    ("natural", "id_zwsp ph_shy bom"),
    ("natural", "id_x_fw span caseno"),
    ("natural", "id_ocr_hard lay_tabs bul_tab"),
    ("natural", "id_entity_space html ocr_addr"),
    ("natural", "id_x_space lay_double negation"),
    ("natural", "id_fullwidth nm_ideo_space bul_roman"),
    ("legal", "uscc_digits id_ocr ph_ocr"),
    ("legal", "uscc_digits html span"),
    ("legal", "id_x_times nm_space ocr_cert"),
    ("legal", "lay_run id_split entities"),
    ("legal", "uscc_digits bul_square shy negation"),
    ("legal", "id_nbsp ph_zwsp bul_dot"),
    ("legal", "id_id15 ocr_card lay_tabs"),
    ("legal", "ocr_cert ph_entity html"),
    ("nopenalty", "id_ocr lay_run foot"),
    ("nopenalty", "id_x_lower nm_zwsp negation"),
    ("nopenalty", "id_split html"),
    ("nopenalty", "id_space_check lay_nocolon ph_fullwidth"),
    ("nopenalty", "id_id15 bom zwsp"),
    ("onspot", "fw_plate id_ocr lay_run"),
    ("onspot", "fw_plate id_x_times"),
    ("onspot", "ocr_plate ph_ocr lay_nocolon"),
    ("onspot", "nbsp_num id_nbsp nm_nbsp"),
    ("onspot", "id_x_fw ph_shy lay_double ocr_cert"),
    ("onspot", "fw_plate html id_split"),
    ("seizure", "tbl_tabs id_ocr ocr_card"),
    ("seizure", "tbl_html html"),
    ("seizure", "tbl_pipes fw_plate id_x_lower"),
    ("seizure", "tbl_box ph_ocr nm_space"),
    ("seizure", "tbl_tabs lay_run id_space_check"),
    ("seizure", "tbl_html id_zwsp ph_nbsp entities"),
    ("rectify", "fw_num id_ocr"),
    ("rectify", "lay_nocolon id_x_times foot negation"),
    ("rectify", "html id_split ph_entity"),
    ("rectify", "lay_run ocr_addr id_id15"),
    ("rectify", "bom shy id_nbsp nm_space"),
    ("hearing", "fw_passport id_id15"),
    ("hearing", "ocr_passport id_ocr html"),
    ("hearing", "fw_passport lay_tabs nm_nbsp negation"),
    ("hearing", "id_x_fw entities foot"),
    ("marked:spaced", "id_ocr"),
    ("marked:entity", "html"),
    ("marked:asterisk", "lay_run"),
    ("marked:html_internal", "html id_x_times"),
    ("record:询&nbsp;问&nbsp;笔&nbsp;录", "html id_ocr"),
    ("record:询 问 笔 彔", "id_x_lower"),
    ("record:\u00ad询问（调查）笔录", "bom id_split"),
]

GENS = {
    "natural": gen_penalty_natural,
    "legal": gen_penalty_legal,
    "nopenalty": gen_no_penalty,
    "onspot": gen_onspot,
    "seizure": gen_seizure,
    "rectify": gen_rectify,
    "hearing": gen_hearing,
}


def check_numbers(scorer, labels: dict, name: str) -> None:
    """Some digit run of every sensitive number is not excused by a keep label (the scorer excuses
    shared runs: some must stay countable); every credit code is valid."""
    kw = keep_windows(scorer, labels)
    for s in labels["sensitive"]:
        w = scorer.windows(s["text"])
        if s["kind"] in scorer.NUMERIC and w:
            assert w - kw, (name, "every digit run shared with a keep label", s)
    for k in labels["keep"]:
        if k["kind"] == "uscc":
            assert uscc_valid(k["text"]), (name, k)


def main() -> None:
    scorer = load_scorer()
    rng = random.Random(SEED)
    g = Gen(rng)
    fresh_docs_dir(HERE)
    out = []
    for i, (gen, dmg) in enumerate(PLAN, 1):
        dm = set(dmg.split())
        g_rng.seed(SEED + i)
        if gen.startswith("marked:"):
            d = gen_marked(g, dm, gen.split(":", 1)[1])
        elif gen.startswith("record:"):
            d = gen_record(g, dm, gen.split(":", 1)[1])
        else:
            d = GENS[gen](g, dm)
        segs = damage_text(parse_segments(d["markup"]), dm, rng)
        text, spans = render_segments(segs)
        sens, keep = split_labels(spans)
        fname = f"docs/{i:04d}.txt"
        labels = {
            "file": fname,
            "family": d["family"],
            "damage": sorted(dm),
            "doc_kind": d["doc_kind"],
            "hold": d["hold"],
            "party_type": d["party_type"],
            "sensitive": sens,
            "keep": keep,
        }
        check_numbers(scorer, labels, fname)
        self_check(scorer, text, spans, labels, fname)
        (HERE / fname).write_bytes(text.encode("utf-8"))
        out.append(labels)
    write_labels(HERE, out)
    print_summary(out)


if __name__ == "__main__":
    main()
