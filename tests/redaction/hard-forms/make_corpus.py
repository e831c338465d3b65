#!/usr/bin/env python3
"""Generate the held-out "hard-forms" redaction corpus: short printed forms and notices as
agencies in different provinces print them (当场处罚决定书 with checkboxes and blanks, traffic
简易程序 forms, 责令改正通知书, 不予处罚, 事先（听证）告知书, 查封扣押 with inventories, 解除,
催告书, 加处罚款, 撤销/变更), in per-province layouts: full/half-width or missing colons, tab or
space separated columns, labels on their own line, 【】 labels, underlined values, signature
blocks, QR/bar-code lines, serial numbers, receipt numbers, violation codes, recorder numbers.

Deterministic (fixed seed). Every person, number and company is fictional; every ID number
carries a valid GB 11643 check character, every credit code a valid GB 32100 one, every bank
card a valid Luhn digit. Labels follow DESIGN.md §4 (policy spc-2016) and the conventions of
../shared/corpus/redaction-dev. A party is a minor when under 18 on 2026-11-25.

    python3 tests/redaction/hard-forms/make_corpus.py      # rewrites docs/ and labels.json

Self-checks: every label occurs verbatim; no sensitive text lies inside a keep text; an ideal
redaction (exactly the labelled sensitive spans turned into ×) leaks nothing under the scorer's
rules and keeps every keep label.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from core.checksums import gb11643_check_char, luhn_valid  # noqa: E402
from tests.redaction.hard_corpus import (  # noqa: E402
    USCC_CHARS,
    K,
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
    uscc_check_char,
    uscc_ok,
    write_labels,
)

HERE = Path(__file__).resolve().parent
SEED = 4711_2026
PUBLISH = dt.date(2026, 11, 25)


# ---------------------------------------------------------------- check characters
def id_valid(n: str) -> bool:
    return len(n) == 18 and n[-1] == gb11643_check_char(n[:17])


def card(rng: random.Random, prefix: str, length: int) -> str:
    return luhn(prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1)))


def uscc(rng: random.Random, region: str, head: str = "91") -> str:
    body = head + region + "".join(rng.choice(USCC_CHARS) for _ in range(9))
    return body + uscc_check_char(body)


# ---------------------------------------------------------------- fictional places
# province, city, district, ID region code, area code, plate prefix, agency abbreviation
REGIONS = [
    ("湖南省", "长沙市", "芙蓉区", "430102", "0731", "湘A", "芙"),
    ("广东省", "深圳市", "南山区", "440305", "0755", "粤B", "深南"),
    ("浙江省", "杭州市", "西湖区", "330106", "0571", "浙A", "杭西"),
    ("四川省", "成都市", "武侯区", "510107", "028", "川A", "武"),
    ("山东省", "青岛市", "市南区", "370202", "0532", "鲁B", "青南"),
    ("江苏省", "南京市", "鼓楼区", "320106", "025", "苏A", "宁鼓"),
    ("河南省", "郑州市", "金水区", "410105", "0371", "豫A", "金"),
    ("湖北省", "武汉市", "洪山区", "420111", "027", "鄂A", "洪"),
    ("福建省", "福州市", "仓山区", "350104", "0591", "闽A", "仓"),
    ("辽宁省", "沈阳市", "和平区", "210102", "024", "辽A", "沈和"),
    ("云南省", "昆明市", "五华区", "530102", "0871", "云A", "五"),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", "0991", "新A", "天"),
    ("广西壮族自治区", "南宁市", "青秀区", "450103", "0771", "桂A", "青"),
    ("浙江省", "舟山市", "岱山县", "330921", "0580", "浙L", "岱"),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103", "0451", "黑A", "南"),
    ("河北省", "石家庄市", "长安区", "130102", "0311", "冀A", "长"),
    ("江西省", "南昌市", "东湖区", "360102", "0791", "赣A", "东"),
    ("贵州省", "贵阳市", "南明区", "520102", "0851", "贵A", "南明"),
]
HOME_REGIONS = ["430521", "421126", "511623", "362426", "412722", "341222", "522425", "130126"]
STREETS = [
    "中山路",
    "五一大道",
    "滨江路",
    "解放西路",
    "迎宾大道",
    "东风路",
    "北环路",
    "文化路",
    "学府路",
    "清河街",
    "望江路",
    "光华大道",
    "龙江路",
    "枫林路",
    "长青路",
    "桃源路",
]
TOWNS = ["城关镇", "白沙镇", "东坪乡", "石门镇", "河口街道", "青山街道", "太平镇"]
VILLAGES = ["大塘村", "柳溪村", "石桥村", "新屋村", "荷塘村", "杨家岭村"]
ESTATES = ["锦绣家园", "丽水湾", "金色港湾", "翠苑小区", "和平新村", "东湖花园", "阳光城"]
SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙朱胡郭何罗郑谢韩唐冯邓曹彭曾萧田董潘蒋蔡余杜叶程魏苏吕丁任沈姚卢钟姜崔谭陆汪范廖石金贾夏韦付方邹熊孟秦白江阎薛尹段雷黎侯龙史陶贺顾毛郝龚邵万覃武钱戴严莫孔向汤"
) + ["欧阳", "司马", "上官"]
GIVEN = list(
    "伟芳娜敏静丽强磊洋艳勇杰娟涛超霞刚桂英华玉萍红娥玲芬燕彬鑫蕾琴云莉淑慧婷雪琳晶妍茜宇浩轩睿鹏辉昊钰琪岚瑶璐"
)
UYGHUR = ["阿依古丽·买买提", "买买提江·吐尔逊", "古丽娜尔·艾力", "艾合买提·阿不都", "热依拉·托合提"]
BIZ_WORDS = [
    "恒达",
    "鑫源",
    "宏图",
    "佳禾",
    "永盛",
    "联创",
    "嘉誉",
    "汇通",
    "瑞丰",
    "百川",
    "顺和",
    "新航",
]
BIZ_TRADES = [
    ("商贸有限公司", "食品"),
    ("物流有限公司", "快递"),
    ("科技有限公司", "电子"),
    ("餐饮管理有限公司", "餐饮"),
    ("农资有限公司", "农资"),
    ("建筑工程有限公司", "建筑"),
]
NUM_CN = {
    50: "伍拾元",
    100: "壹佰元",
    200: "贰佰元",
    300: "叁佰元",
    500: "伍佰元",
    1000: "壹仟元",
    2000: "贰仟元",
    3000: "叁仟元",
    5000: "伍仟元",
    10000: "壹万元",
    20000: "贰万元",
}


# ---------------------------------------------------------------- generator state
class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng
        self.used: set[str] = set()

    def pick(self, seq):
        return self.r.choice(seq)

    def name(self) -> str:
        while True:
            sur = self.r.choice(SURNAMES)
            n = self.r.choice([1, 2, 2, 2]) if len(sur) == 1 else 1
            nm = sur + "".join(self.r.choice(GIVEN) for _ in range(n))
            if nm not in self.used and len(set(nm)) == len(nm):
                self.used.add(nm)
                return nm

    def uyghur(self) -> str:
        while True:
            nm = self.r.choice(UYGHUR)
            if nm not in self.used:
                self.used.add(nm)
                return nm

    def born(self, lo=1962, hi=2001) -> dt.date:
        return dt.date(self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28))

    def idno(self, born: dt.date, region: str | None = None) -> str:
        return id18(
            region or self.r.choice(HOME_REGIONS + [self.reg[3]]), born, self.r.randint(10, 998)
        )

    def mobile(self) -> str:
        return self.r.choice(
            ["138", "139", "137", "159", "186", "188", "177", "199", "150", "135", "181", "166"]
        ) + "".join(self.r.choice("0123456789") for _ in range(8))

    def home(self) -> str:
        """The part of a home address below the county/district."""
        k = self.r.random()
        if k < 0.3:
            return f"{self.pick(TOWNS)}{self.pick(VILLAGES)}{self.r.randint(1, 12)}组{self.r.randint(1, 80)}号"
        if k < 0.65:
            return f"{self.pick(STREETS)}{self.r.randint(1, 400)}号{self.pick(ESTATES)}{self.r.randint(1, 30)}栋{self.r.randint(1, 4)}单元{self.r.randint(1, 28)}0{self.r.randint(1, 6)}室"
        return f"{self.pick(TOWNS)}{self.pick(STREETS)}{self.r.randint(1, 300)}号{self.r.randint(1, 9)}0{self.r.randint(1, 4)}室"

    def spot(self) -> str:
        return f"{self.pick(STREETS)}{self.r.randint(1, 500)}号"

    def date(
        self, lo: dt.date = dt.date(2023, 1, 5), hi: dt.date = dt.date(2026, 10, 30)
    ) -> dt.date:
        return lo + dt.timedelta(days=self.r.randint(0, (hi - lo).days))

    def officers(self, n=2):
        return [(self.name(), self.cert()) for _ in range(n)]

    def cert(self) -> str:
        k = self.r.random()
        code = self.reg[3]
        if k < 0.5:
            return f"{code[:2]}{self.r.randint(10, 99)}{self.r.randint(1000000, 9999999)}"
        if k < 0.75:
            return f"{self.reg[5][0]}{code[:4]}{self.r.randint(10000, 99999)}"
        return f"{code}{self.r.randint(20160000, 20269999)}"

    def landline(self) -> str:
        return f"{self.reg[4]}-{self.r.randint(2, 8)}{self.r.randint(1000000, 9999999)}"

    def company(self, trade=None):
        words = self.pick(BIZ_WORDS)
        suf, t = trade or self.pick(BIZ_TRADES)
        return f"{self.reg[1]}{words}{suf}", t

    def plate(self, kind="normal") -> str:
        p = self.reg[5]
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        tail = "".join(
            self.r.choice(letters) if self.r.random() < 0.2 else self.r.choice("0123456789")
            for _ in range(5)
        )
        if kind == "ev":
            tail = self.pick("DF") + "".join(self.r.choice("0123456789") for _ in range(5))
        elif kind in ("挂", "学", "警"):
            tail = f"{self.r.randint(1000, 9999)}{kind}"
        sep = self.pick(["", "", "·", " "])
        return p + sep + tail


def amount(n: int, style: str = "paren") -> str:
    if style == "paren":
        return f"人民币{K('amount', NUM_CN[n])}（{K('amount', f'¥{n}.00')}）"
    if style == "plain":
        return K("amount", f"{n}元")
    return f"{K('amount', NUM_CN[n])}整（小写：{K('amount', f'{n}元')}）"


# layout styles: colon, column separator, label mode
STYLES = {
    "full": {"c": "：", "sep": "\t", "mode": "inline"},
    "half": {"c": ": ", "sep": "    ", "mode": "inline"},
    "bare": {"c": " ", "sep": "\t\t", "mode": "inline"},
    "next": {"c": "", "sep": "\n", "mode": "next"},
    "bracket": {"c": "", "sep": "  ", "mode": "bracket"},
    "under": {"c": "", "sep": "   ", "mode": "under"},
}


class Doc:
    def __init__(self, g: Gen, region: int, style: str):
        self.g = g
        g.reg = REGIONS[region]
        self.reg = REGIONS[region]
        self.st = STYLES[style]
        self.style = style

    def f(self, label: str, val: str) -> str:
        st = self.st
        if st["mode"] == "bracket":
            return f"【{label}】{val}"
        if st["mode"] == "next":
            return f"{label}\n{val}"
        if st["mode"] == "under":
            return f"{label}__{val}__"
        return f"{label}{st['c']}{val}"

    def row(self, *fields: str) -> str:
        return self.st["sep"].join(fields)

    def agency(self, kind: str) -> str:
        c, d = self.reg[1], self.reg[2]
        return f"{c}{d}{kind}" if kind[0] not in "国海公" else kind

    def no(self, prefix: str, year: int) -> str:
        return K("decision_number", f"{self.reg[6]}{prefix}〔{year}〕{self.g.r.randint(1, 999)}号")

    def contact(self, ag: str, st_full=True) -> str:
        g = self.g
        addr = f"{self.reg[1]}{self.reg[2]}{g.pick(STREETS)}{g.r.randint(1, 300)}号"
        tel = g.landline()
        return f"{self.f('机关地址', K('agency_address', addr))}{self.st['sep']}{self.f('联系电话', K('agency_phone', tel))}"

    def officers_line(self, offs, lab="执法人员", certlab="执法证号") -> str:
        return "、".join(f"{K('officer', n)}（{certlab}：{K('officer_cert', c)}）" for n, c in offs)


def addr_full(d: Doc, home: str) -> str:
    p, c, dist = d.reg[0], d.reg[1], d.reg[2]
    pre = d.g.pick([f"{p}{c}{dist}", f"{c}{dist}", f"{dist}"])
    return pre + S("address", home)


def phone_fmt(g: Gen, m: str) -> str:
    k = g.r.random()
    if k < 0.6:
        return m
    if k < 0.8:
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    return f"{m[:3]} {m[3:7]} {m[7:]}"


def chk(on: bool, filled: str = "☑") -> str:
    return filled if on else "□"


# ---------------------------------------------------------------- document kinds
def person_block(
    d: Doc,
    nm: str,
    born: dt.date,
    idn: str,
    mob: str,
    home: str,
    *,
    idlab="居民身份证号码",
    withbirth=True,
) -> list[str]:
    g = d.g
    rows = [d.row(d.f("姓名", S("person_name", nm)), d.f("性别", g.pick(["男", "女"])))]
    if withbirth:
        rows.append(
            d.row(d.f("出生日期", S("birth_date", cn(born))), d.f(idlab, S("id_number", idn)))
        )
    else:
        rows.append(d.f(idlab, S("id_number", idn)))
    rows.append(
        d.row(d.f("住址", addr_full(d, home)), d.f("联系电话", S("phone", phone_fmt(g, mob))))
    )
    return rows


def gen_onspot_market(g: Gen, region: int, style: str, party: str = "natural") -> dict:
    d = Doc(g, region, style)
    ag = d.agency("市场监督管理局")
    when = g.date()
    y = when.year
    serial = f"No. {g.r.randint(1, 99999):07d}"
    offs = g.officers()
    fine = g.pick([50, 100, 200, 500])
    L = [
        K("agency", ag),
        "当场行政处罚决定书",
        "（简易程序）",
        f"{d.no('市监当罚', y)}{'  ' if style != 'next' else chr(10)}{K('serial', serial)}",
        "",
    ]
    if party == "legal":
        co, t = g.company()
        rep = g.name()
        L += [
            d.row(
                d.f("被处罚人（单位）名称", K("company", co)),
                d.f("统一社会信用代码", K("uscc", uscc(g.r, d.reg[3]))),
            ),
            d.row(
                d.f("法定代表人（负责人）", K("legal_rep", rep)),
                d.f("职务", K("legal_rep_title", g.pick(["执行董事", "总经理", "负责人"]))),
            ),
            d.f("住所", K("org_address", f"{d.reg[1]}{d.reg[2]}{g.spot()}")),
        ]
        who = "当事人"
    else:
        nm, born = g.name(), g.born()
        idn, mob, home = g.idno(born), g.mobile(), g.home()
        shop = f"{d.reg[2]}{g.pick(BIZ_WORDS)}{g.pick(['便利店', '水果店', '小吃店', '烟酒商行'])}"
        L += [
            d.f("被处罚人（单位）名称", K("company", shop) + "（个体工商户）"),
            d.row(d.f("经营者", S("person_name", nm)), d.f("居民身份证号码", S("id_number", idn))),
            d.row(
                d.f("出生日期", S("birth_date", cn(born))),
                d.f("联系电话", S("phone", phone_fmt(g, mob))),
            ),
            d.f("住址", addr_full(d, home)),
        ]
        who = S("person_name", nm)
    act = g.pick(
        [
            (
                "销售的散装食品未标明生产日期和保质期",
                "《中华人民共和国食品安全法》第六十八条",
                "《中华人民共和国食品安全法》第一百二十五条第二款",
            ),
            (
                "经营场所未公示营业执照",
                "《无证无照经营查处办法》第十三条",
                "《市场主体登记管理条例》第四十八条第一款",
            ),
            (
                "未按规定明码标价",
                "《明码标价和禁止价格欺诈规定》第五条",
                "《价格违法行为行政处罚规定》第十三条",
            ),
        ]
    )
    place = f"{d.reg[2]}{g.spot()}"
    L += [
        "",
        f"违法事实：{K('date', cn(when))}，{who}在{K('location', place)}经营时{act[0]}。",
        f"以上事实违反了{K('statute', act[1])}的规定。依据{K('statute', act[2])}及{K('statute', '《中华人民共和国行政处罚法》第五十一条')}的规定，决定给予：",
        f"{chk(False)}警告    {chk(True, g.pick(['☑', '■']))}罚款 " + amount(fine, "paren"),
        f"履行方式：{chk(True, '☑')}当场缴纳（罚没收据号：{K('receipt_no', f'{d.reg[3][:2]}{g.r.randint(10000000, 99999999)}')}）  □到指定银行缴纳",
        f"如不服本决定，可在收到本决定书之日起六十日内向{K('agency', d.reg[1] + '市场监督管理局')}申请行政复议，或者在六个月内向{d.reg[2]}人民法院提起行政诉讼。",
        "",
        f"执法人员（签名）：{d.officers_line(offs)}",
        f"被处罚人签名：{who if party == 'natural' else K('legal_rep', rep)}        日期：{K('date', cn(when))}",
        d.contact(ag),
        f"{K('agency', ag)}（印章）",
        K("date", cn(when)),
    ]
    if g.r.random() < 0.5:
        L.append(f"条形码：*{K('serial', f'{y}{g.r.randint(100000, 999999)}')}*")
    return {"markup": "\n".join(L), "doc_kind": "当场行政处罚决定书", "party_type": party}


def gen_traffic(
    g: Gen,
    region: int,
    style: str,
    plate_kind="normal",
    owner_other=True,
    minor_born=None,
    hold=False,
) -> dict:
    d = Doc(g, region, style)
    ag = f"{d.reg[1]}公安局交通警察支队{d.reg[2]}大队"
    when = g.date()
    nm = g.uyghur() if d.reg[3].startswith("65") and g.r.random() < 0.7 else g.name()
    born = minor_born or g.born(1965, 2003)
    idn = g.idno(born)
    mob = g.mobile()
    home = g.home()
    pl = g.plate(plate_kind)
    code, act, stat, fine = g.pick(
        [
            (
                "1039",
                "机动车违反规定停放、临时停车，妨碍其他车辆、行人通行的",
                "《中华人民共和国道路交通安全法》第五十六条",
                200,
            ),
            (
                "1344",
                "机动车不按交通信号灯指示通行的",
                "《中华人民共和国道路交通安全法》第三十八条",
                200,
            ),
            (
                "1625",
                "驾驶机动车违反道路交通信号灯通行的",
                "《中华人民共和国道路交通安全法》第二十六条",
                200,
            ),
            (
                "6011",
                "驾驶机动车在高速公路上未按规定车道通行的",
                "《中华人民共和国道路交通安全法实施条例》第七十八条",
                100,
            ),
            (
                "1120",
                "驾驶时拨打接听手持电话的",
                "《中华人民共和国道路交通安全法实施条例》第六十二条第（三）项",
                50,
            ),
        ]
    )
    serial = f"{d.reg[3]}{g.r.randint(100000000, 999999999)}"
    cop, badge = g.name(), f"{g.r.randint(100000, 999999)}"
    rec = f"DSJ-{d.reg[5][0]}{g.r.randint(1, 9)}-{g.r.randint(100000, 999999)}"
    place = f"{d.reg[2]}{g.pick(STREETS)}与{g.pick(STREETS)}交叉路口"
    L = [
        f"{K('agency', ag)}",
        "公安交通管理简易程序处罚决定书",
        f"编号：{K('serial', serial)}",
        "",
        d.row(
            d.f("被处罚人", S("person_name", nm)), d.f("驾驶证/居民身份证号码", S("id_number", idn))
        ),
        d.row(
            d.f("准驾车型", g.pick(["C1", "C2", "A2", "B2", "D"])),
            d.f("联系方式", S("phone", phone_fmt(g, mob))),
        ),
        d.f("住址", addr_full(d, home)),
        d.row(
            d.f("机动车号牌号码", S("license_plate", pl)),
            d.f("车辆类型", g.pick(["小型普通客车", "重型半挂牵引车", "小型新能源客车", "教练车"])),
        ),
    ]
    if owner_other:
        on = g.name()
        L.append(d.f("车主（所有人）", S("person_name", on)))
        owner = S("person_name", on)
    else:
        owner = None
    L += [
        d.row(
            d.f("违法时间", K("date", cn(when)) + f"{g.r.randint(7, 22)}时{g.r.randint(10, 59)}分"),
            d.f("违法地点", K("location", place)),
        ),
        d.f("违法行为", f"{act}（违法代码：{K('violation_code', code)}）"),
        f"依据{K('statute', stat)}和{K('statute', '《中华人民共和国道路交通安全法》第八十九条')}之规定，决定予以：□警告 ☑罚款 {amount(fine, 'plain')}。",
        f"执法记录仪编号：{K('recorder_no', rec)}",
        "持本决定书在十五日内到指定银行或通过网上缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。",
        f"被处罚人对本决定不服的，可以在收到本决定书之日起六十日内向{K('agency', d.reg[1] + d.reg[2] + '人民政府')}申请行政复议；或者在六个月内向{d.reg[2]}人民法院提起行政诉讼。",
        "",
        f"处罚地点：{K('location', place)}",
        f"交通警察：{K('officer', cop)}    警号：{K('officer_cert', badge)}",
        f"被处罚人签名：{S('person_name', nm)}    {K('date', cn(when))}",
    ]
    if owner:
        L.insert(-1, f"车主签收：{owner}")
    L += [f"{K('agency', ag)}（印章）", f"二维码：[扫码查询/缴款]  {K('agency_phone', '12123')}"]
    return {
        "markup": "\n".join(L),
        "doc_kind": "公安交通管理简易程序处罚决定书",
        "party_type": "natural",
        "hold": hold,
    }


def gen_rectify(g: Gen, region: int, style: str, sector: str) -> dict:
    d = Doc(g, region, style)
    ag = d.agency(
        {
            "城管": "城市管理和综合执法局",
            "邮政": "邮政管理局",
            "住建": "住房和城乡建设局",
            "林业": "林业局",
        }[sector]
    )
    when = g.date()
    y = when.year
    offs = g.officers()
    L = [
        K("agency", ag),
        "责令（限期）改正通知书",
        d.no(
            {"城管": "城管责改", "邮政": "邮政责改", "住建": "建责改", "林业": "林责改"}[sector], y
        ),
        "",
    ]
    if sector == "邮政":
        co, _ = g.company(("快递服务有限公司", "快递"))
        rep = g.name()
        L += [
            d.f("当事人", K("company", co)),
            d.row(
                d.f("统一社会信用代码", K("uscc", uscc(g.r, d.reg[3]))),
                d.f("负责人", K("legal_rep", rep)),
            ),
            d.f("经营地址", K("org_address", f"{d.reg[1]}{d.reg[2]}{g.spot()}")),
            "",
            f"    经查，你单位于{K('date', cn(when))}在{K('location', d.reg[2] + g.spot() + '营业网点')}收寄快件时未执行收寄验视制度，寄件人{S('person_name', g.name())}（联系电话：{S('phone', g.mobile())}）交寄的快件未经验视即封装。",
            f"    上述行为违反了{K('statute', '《快递暂行条例》第三十条')}的规定。依据{K('statute', '《中华人民共和国行政处罚法》第二十八条第一款')}的规定，责令你单位于{K('date', cn(when + dt.timedelta(days=15)))}前改正。",
        ]
    elif sector == "住建":
        nm, born = g.name(), g.born()
        idn = g.idno(born)
        home = g.home()
        cert = f"{d.reg[5][0]}（{y - g.r.randint(2, 9)}）{d.reg[1]}不动产权第{g.r.randint(1000000, 9999999)}号"
        L += [
            d.row(d.f("当事人", S("person_name", nm)), d.f("身份证号", S("id_number", idn))),
            d.f("房屋坐落", addr_full(d, home)),
            d.f("不动产权证号", S("property_cert", cert)),
            "",
            f"    {S('person_name', nm)}：你在上述房屋装饰装修过程中，擅自拆改承重墙体。该行为违反了{K('statute', '《住宅室内装饰装修管理办法》第五条')}的规定。",
            f"    根据{K('statute', '《住宅室内装饰装修管理办法》第三十八条')}的规定，现责令你自收到本通知书之日起{g.pick(['七', '十', '十五'])}日内恢复原状。",
        ]
    elif sector == "林业":
        nm, born = g.name(), g.born(1955, 1985)
        idn = g.idno(born)
        home = f"{g.pick(TOWNS)}{g.pick(VILLAGES)}{g.r.randint(1, 12)}组{g.r.randint(1, 80)}号"
        place = f"{d.reg[2]}{g.pick(TOWNS)}{g.pick(VILLAGES)}{g.r.randint(10, 99)}林班{g.r.randint(1, 30)}小班"
        L += [
            d.f("当事人", S("person_name", nm)),
            d.row(
                d.f("公民身份号码", S("id_number", idn)), d.f("联系电话", S("phone", g.mobile()))
            ),
            d.f("住址", addr_full(d, home)),
            "",
            f"    经查，你于{K('date', cn(when))}未经批准在{K('location', place)}擅自开垦林地{g.r.randint(2, 9)}亩。",
            f"    你的行为违反了{K('statute', '《中华人民共和国森林法》第三十九条第一款')}的规定。依据{K('statute', '《中华人民共和国森林法》第七十四条第一款')}的规定，责令你于{K('date', cn(when + dt.timedelta(days=30)))}前停止违法行为、限期恢复植被和林业生产条件。",
        ]
    else:  # 城管
        nm, born = g.name(), g.born()
        idn, mob = g.idno(born), g.mobile()
        place = f"{d.reg[2]}{g.spot()}门前人行道"
        L += person_block(
            d, nm, born, idn, mob, g.home(), idlab="身份证号码", withbirth=g.r.random() < 0.5
        )
        L += [
            "",
            f"    经查，{S('person_name', nm)}于{K('date', cn(when))}在{K('location', place)}擅自摆摊设点、占道经营，影响市容。",
            f"    上述行为违反了{K('statute', '《城市市容和环境卫生管理条例》第十四条')}的规定。依据{K('statute', '《中华人民共和国行政处罚法》第二十八条第一款')}，责令你：",
            "    ☑立即改正    □限期于____年__月__日前改正",
            "    改正内容：清理占道物品，恢复人行道通行。",
        ]
    L += [
        "    逾期不改正的，本机关将依法予以行政处罚。",
        "",
        d.row(
            d.f("执法人员", "、".join(K("officer", n) for n, _ in offs)),
            d.f("执法证号", "、".join(K("officer_cert", c) for _, c in offs)),
        ),
        d.contact(ag),
        "当事人签收：________    日期：____年__月__日",
        "",
        f"{K('agency', ag)}",
        K("date", cn(when + dt.timedelta(days=1))),
    ]
    return {
        "markup": "\n".join(L),
        "doc_kind": "责令（限期）改正通知书",
        "party_type": "legal" if sector == "邮政" else "natural",
    }


def gen_no_penalty(g: Gen, region: int, style: str, sector: str, party="natural") -> dict:
    d = Doc(g, region, style)
    ag = d.agency(
        {
            "市场监管": "市场监督管理局",
            "气象": "气象局",
            "农业": "农业农村局",
            "城管": "城市管理局",
        }[sector]
    )
    when = g.date()
    y = when.year
    offs = g.officers()
    why = g.pick(["首违不罚", "轻微不罚"])
    L = [
        K("agency", ag),
        "不予行政处罚决定书",
        d.no(
            {"市场监管": "市监不罚", "气象": "气不罚", "农业": "农不罚", "城管": "城不罚"}[sector],
            y,
        ),
        "",
    ]
    if party == "legal":
        co, _ = g.company()
        rep = g.name()
        L += [
            d.row(
                d.f("当事人", K("company", co)),
                d.f("统一社会信用代码", K("uscc", uscc(g.r, d.reg[3]))),
            ),
            d.row(
                d.f("法定代表人", K("legal_rep", rep)),
                d.f("住所", K("org_address", f"{d.reg[1]}{d.reg[2]}{g.spot()}")),
            ),
        ]
        who = "当事人"
    else:
        nm, born = g.name(), g.born()
        idn, mob = g.idno(born), g.mobile()
        shop = f"{d.reg[2]}{g.pick(BIZ_WORDS)}{g.pick(['农资店', '超市', '副食店', '五金店'])}"
        L += [d.f("当事人", K("company", shop)), d.f("经营者", S("person_name", nm))]
        L += [
            d.row(
                d.f("身份证号码", S("id_number", idn)),
                d.f("联系电话", S("phone", phone_fmt(g, mob))),
            ),
            d.f("住址", addr_full(d, g.home())),
        ]
        who = S("person_name", nm)
    facts = {
        "市场监管": (
            "销售的预包装食品标签不符合规定",
            "《中华人民共和国食品安全法》第七十一条第一款",
        ),
        "气象": ("未经批准在经营场所门前施放系留气球", "《施放气球管理办法》第十四条"),
        "农业": ("销售的农药未按规定建立经营台账", "《农药管理条例》第二十四条"),
        "城管": ("在门店外立面擅自悬挂横幅", "《城市市容和环境卫生管理条例》第十七条"),
    }[sector]
    place = f"{d.reg[2]}{g.spot()}"
    L += [
        "",
        f"    {K('date', cn(when))}，本机关执法人员在{K('location', place)}检查时发现，{who}{facts[0]}。上述行为违反了{K('statute', facts[1])}的规定。",
        f"    鉴于当事人系初次违法且危害后果轻微并及时改正（{why}），依据{K('statute', '《中华人民共和国行政处罚法》第三十三条第一款')}的规定，本机关决定不予行政处罚。",
        "    当事人如不服本决定，可以在收到本决定书之日起六十日内申请行政复议，也可以在六个月内依法提起行政诉讼。",
        "",
        f"执法人员：{d.officers_line(offs)}",
        d.contact(ag),
        f"{K('agency', ag)}",
        K("date", cn(when + dt.timedelta(days=g.r.randint(3, 20)))),
    ]
    if g.r.random() < 0.5:
        L.insert(-3, "本决定书不涉及国家秘密、商业秘密和个人隐私，依法予以公开。")
    return {"markup": "\n".join(L), "doc_kind": "不予行政处罚决定书", "party_type": party}


def gen_hearing(g: Gen, region: int, style: str, party: str) -> dict:
    d = Doc(g, region, style)
    sector = g.pick(["烟草", "市场监管", "农业"])
    ag = (
        f"{d.reg[1]}烟草专卖局"
        if sector == "烟草"
        else d.agency({"市场监管": "市场监督管理局", "农业": "农业农村局"}[sector])
    )
    when = g.date()
    y = when.year
    offs = g.officers()
    L = [
        K("agency", ag),
        "行政处罚事先（听证）告知书",
        d.no({"烟草": "烟罚告", "市场监管": "市监罚告", "农业": "农罚告"}[sector], y),
        "",
    ]
    if party == "legal":
        co, _ = g.company()
        rep = g.name()
        L += [
            f"{K('company', co)}：",
            f"（统一社会信用代码：{K('uscc', uscc(g.r, d.reg[3]))}，法定代表人：{K('legal_rep', rep)}）",
        ]
        who = "你单位"
    else:
        nm, born = g.name(), g.born()
        idn = g.idno(born)
        L += [
            f"{S('person_name', nm)}（身份证号码：{S('id_number', idn)}，住址：{addr_full(d, g.home())}）："
        ]
        who = "你"
    fine = g.pick([1000, 2000, 3000, 5000, 10000])
    fact, s1, s2 = {
        "烟草": (
            "无烟草专卖零售许可证经营烟草制品零售业务",
            "《中华人民共和国烟草专卖法实施条例》第二十六条",
            "《中华人民共和国烟草专卖法实施条例》第五十七条",
        ),
        "市场监管": (
            "销售不符合保障人体健康的国家标准的电动自行车充电器",
            "《中华人民共和国产品质量法》第十三条",
            "《中华人民共和国产品质量法》第四十九条",
        ),
        "农业": (
            "经营的玉米种子标签标注内容与实际不符",
            "《中华人民共和国种子法》第四十一条",
            "《中华人民共和国种子法》第七十五条",
        ),
    }[sector]
    L += [
        f"    本机关于{K('date', cn(when))}对{who}在{K('location', d.reg[2] + g.spot())}的经营场所进行检查，发现{who}{fact}。{who}的行为违反了{K('statute', s1)}的规定，依据{K('statute', s2)}的规定，本机关拟对{who}作出如下行政处罚：",
        f"    罚款{amount(fine, 'upper')}。",
        f"    根据{K('statute', '《中华人民共和国行政处罚法》第四十四条')}、{K('statute', '第六十三条')}的规定，{who}享有陈述、申辩和要求听证的权利。{who}可在收到本告知书之日起五个工作日内向本机关提出陈述、申辩或者听证申请，逾期视为放弃上述权利。",
        "",
        d.f("联系人", "、".join(K("officer", n) for n, _ in offs)),
        d.f("联系电话", K("agency_phone", g.landline())),
        d.f(
            "机关地址",
            K("agency_address", f"{d.reg[1]}{d.reg[2]}{g.pick(STREETS)}{g.r.randint(1, 300)}号"),
        ),
        d.f("监督电话", K("agency_phone", "12345")),
        "",
        f"{K('agency', ag)}",
        K("date", cn(when + dt.timedelta(days=g.r.randint(10, 40)))),
        "",
        "（当事人签收栏）",
        "当事人（签名或盖章）：______________  收到日期：______",
    ]
    return {"markup": "\n".join(L), "doc_kind": "行政处罚事先（听证）告知书", "party_type": party}


def inventory(d: Doc, items) -> list[str]:
    g = d.g
    sep = g.pick(["\t", " | ", "  "])
    rows = [sep.join(["序号", "物品名称", "规格型号", "数量", "单位", "备注"])]
    for i, (nm, spec, unit) in enumerate(items, 1):
        rows.append(
            sep.join(
                [
                    str(i),
                    nm,
                    spec,
                    str(g.r.randint(2, 60)),
                    unit,
                    g.pick(["", "已拍照", "封存", "包装完好"]),
                ]
            )
        )
    return rows


def gen_seizure(g: Gen, region: int, style: str, sector: str, release=False) -> dict:
    d = Doc(g, region, style)
    ag = (
        f"{d.reg[1]}烟草专卖局"
        if sector == "烟草"
        else d.agency(
            {"市场监管": "市场监督管理局", "农业": "农业农村局", "渔政": "农业农村局"}[sector]
        )
    )
    when = g.date()
    y = when.year
    offs = g.officers()
    title = (
        "解除查封（扣押）决定书"
        if release
        else g.pick(["查封（扣押）决定书", "实施行政强制措施决定书（扣押）"])
    )
    num = d.no("扣押" if not release else "解扣", y)
    L = [K("agency", ag), title, num, ""]
    nm, born = g.name(), g.born()
    idn, mob = g.idno(born), g.mobile()
    if sector == "渔政":
        boat = f"{d.reg[5][0]}{d.reg[6]}渔{g.r.randint(10000, 99999)}"
        L += [
            d.row(d.f("船名船号", boat), d.f("船籍港", d.reg[1][:-1] + "港")),
            d.row(d.f("船主", S("person_name", nm)), d.f("身份证号码", S("id_number", idn))),
            d.row(
                d.f("船长", S("person_name", (cap := g.name()))),
                d.f("联系电话", S("phone", phone_fmt(g, mob))),
            ),
            d.f("船主住址", addr_full(d, g.home())),
        ]
        items = [
            ("拖网", "网目20mm", "顶"),
            ("渔获物（带鱼）", "散装", "千克"),
            ("电脉冲发生器", "无标识", "台"),
        ]
        fact = f"你（船主）所属渔船在{K('location', f'北纬{g.r.randint(28, 31)}°{g.r.randint(10, 59)}′、东经{g.r.randint(121, 123)}°{g.r.randint(10, 59)}′海域')}于禁渔期内违规作业，船长{S('person_name', cap)}在现场"
        stat = "《中华人民共和国渔业法》第四十八条"
    else:
        shop = f"{d.reg[2]}{g.pick(BIZ_WORDS)}{g.pick(['烟酒店', '农资经营部', '商店'])}"
        L += [d.f("当事人", K("company", shop) + "（个体工商户）")]
        L += [d.row(d.f("经营者", S("person_name", nm)), d.f("公民身份号码", S("id_number", idn)))]
        L += [
            d.row(d.f("住址", addr_full(d, g.home())), d.f("电话", S("phone", phone_fmt(g, mob))))
        ]
        if sector == "烟草":
            items = [
                ("卷烟（利群·新版）", "20支/包", "条"),
                ("卷烟（黄鹤楼·硬峡谷情）", "20支/包", "条"),
                ("雪茄烟", "10支/盒", "盒"),
            ]
            stat = "《烟草专卖行政处罚程序规定》第三十二条"
        elif sector == "农业":
            items = [("杂交水稻种子", "1kg/袋", "袋"), ("除草剂（草甘膦）", "200ml/瓶", "瓶")]
            stat = "《中华人民共和国种子法》第四十九条"
        else:
            items = [("电动自行车充电器", "48V2A", "个"), ("儿童玩具", "无标识", "件")]
            stat = "《中华人民共和国产品质量法》第十八条第一款第（四）项"
        fact = f"你在{K('location', d.reg[2] + g.spot())}经营的商品涉嫌违法"
    store = f"{d.reg[1]}{d.reg[2]}{g.pick(STREETS)}{g.r.randint(1, 300)}号涉案物品保管仓库"
    if release:
        L += [
            "",
            f"    本机关于{K('date', cn(when - dt.timedelta(days=20)))}以{num}决定书对下列物品实施了扣押。经调查，现依据{K('statute', '《中华人民共和国行政强制法》第二十八条第一款')}的规定，决定自{K('date', cn(when))}起解除扣押，予以退还。",
            "    解除扣押物品清单：",
        ]
    else:
        L += [
            "",
            f"    经查，{fact}，依据{K('statute', stat)}和{K('statute', '《中华人民共和国行政强制法》第二十三条')}的规定，本机关决定自{K('date', cn(when))}起对下列物品予以扣押，期限为{g.pick(['三十', '三十'])}日：",
        ]
    L += inventory(d, items)
    L += [
        f"保管地点：{K('agency_address', store)}"
        if not release
        else f"领回人签名：{S('person_name', nm)}",
        "    当事人对本决定不服的，可以在收到本决定书之日起六十日内申请行政复议或者六个月内提起行政诉讼。",
        "",
        f"执法人员：{d.officers_line(offs)}",
        d.contact(ag),
        f"当事人签名：{S('person_name', nm)}        {K('date', cn(when))}",
        f"{K('agency', ag)}",
        K("date", cn(when)),
    ]
    return {"markup": "\n".join(L), "doc_kind": title, "party_type": "natural"}


def gen_urge(g: Gen, region: int, style: str, party: str) -> dict:
    d = Doc(g, region, style)
    ag = d.agency(g.pick(["城市管理和综合执法局", "市场监督管理局", "农业农村局"]))
    when = g.date(dt.date(2023, 6, 1))
    y = when.year
    fine = g.pick([2000, 3000, 5000, 10000, 20000])
    prior = K("decision_number", f"{d.reg[6]}罚决〔{y - 1}〕{g.r.randint(10, 999)}号")
    acct = card(g.r, g.pick(["622848", "621700", "622202", "623668"]), g.pick([16, 19]))
    if party == "legal":
        co, _ = g.company()
        head = [
            d.f("当事人", K("company", co)),
            d.f("统一社会信用代码", K("uscc", uscc(g.r, d.reg[3]))),
            d.f("法定代表人", K("legal_rep", g.name())),
        ]
        who = "你单位"
    else:
        nm, born = g.name(), g.born()
        head = [
            d.row(
                d.f("当事人", S("person_name", nm)), d.f("身份证号码", S("id_number", g.idno(born)))
            ),
            d.f("住址", addr_full(d, g.home())),
        ]
        who = S("person_name", nm)
    L = (
        [K("agency", ag), "行政强制执行催告书", d.no("催告", y), ""]
        + head
        + [
            "",
            f"    本机关于{K('date', cn(when - dt.timedelta(days=90)))}作出{prior}行政处罚决定书，对{who}处以罚款{amount(fine, 'paren')}。该决定书已依法送达，{who}在法定期限内未申请行政复议或提起行政诉讼，亦未履行。",
            f"    根据{K('statute', '《中华人民共和国行政强制法》第三十五条')}、{K('statute', '第五十四条')}的规定，现催告{who}自收到本催告书之日起十日内履行上述决定，缴纳罚款及加处罚款共计{amount(fine * 2, 'plain')}。",
            f"    缴款方式：到银行柜台缴纳，或转账至非税收入汇缴账户（户名：{d.reg[1]}财政局，账号：{S('bank_account', acct)}）。",
            f"    {who}有权进行陈述和申辩。逾期仍不履行的，本机关将依法申请人民法院强制执行。",
            "",
            d.contact(ag),
            f"{K('agency', ag)}",
            K("date", cn(when)),
        ]
    )
    return {"markup": "\n".join(L), "doc_kind": "行政强制执行催告书", "party_type": party}


def gen_add_fine(g: Gen, region: int, style: str) -> dict:
    d = Doc(g, region, style)
    ag = d.agency(g.pick(["市场监督管理局", "城市管理和综合执法局", "交通运输局"]))
    when = g.date(dt.date(2023, 6, 1))
    y = when.year
    nm, born = g.name(), g.born()
    idn = g.idno(born)
    mob = g.mobile()
    own = card(g.r, g.pick(["622588", "621483", "622908"]), 19)
    fine = g.pick([1000, 2000, 5000])
    prior = K("decision_number", f"{d.reg[6]}罚决〔{y}〕{g.r.randint(10, 999)}号")
    L = [K("agency", ag), "加处罚款决定书", d.no("加罚", y), ""]
    L += person_block(d, nm, born, idn, mob, g.home(), withbirth=False)
    L += [
        "",
        f"    本机关于{K('date', cn(when - dt.timedelta(days=60)))}作出的{prior}《行政处罚决定书》，对你处以罚款{amount(fine, 'paren')}。你于收到决定书之日起十五日内未缴纳罚款。",
        f"    依据{K('statute', '《中华人民共和国行政处罚法》第七十二条第一款第（一）项')}和{K('statute', '《中华人民共和国行政强制法》第四十五条')}的规定，决定自逾期之日起每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款数额。",
        f"    你曾书面申请以本人银行卡（开户行：{g.pick(['中国农业银行', '中国工商银行', '中国邮政储蓄银行'])}{d.reg[2]}支行，卡号：{S('bank_account', ' '.join(own[i : i + 4] for i in range(0, len(own), 4)))}）分期缴纳，本机关未予准许。",
        "",
        d.row(
            d.f("执法人员", "、".join(K("officer", n) for n, _ in g.officers())),
            d.f("监督电话", K("agency_phone", "12345")),
        ),
        f"{K('agency', ag)}",
        K("date", cn(when)),
    ]
    return {"markup": "\n".join(L), "doc_kind": "加处罚款决定书", "party_type": "natural"}


def gen_change(g: Gen, region: int, style: str, which: str) -> dict:
    d = Doc(g, region, style)
    ag = d.agency(g.pick(["市场监督管理局", "城市管理和综合执法局", "农业农村局", "气象局"]))
    when = g.date(dt.date(2023, 6, 1))
    y = when.year
    prior = K("decision_number", f"{d.reg[6]}罚决〔{y}〕{g.r.randint(10, 999)}号")
    title = "撤销行政处罚决定书" if which == "revoke" else "变更行政处罚决定书"
    nm, born = g.name(), g.born()
    idn = g.idno(born)
    agent, ag_id = g.name(), g.idno(g.born(1970, 2000))
    L = [
        K("agency", ag),
        title,
        d.no("撤罚" if which == "revoke" else "变罚", y),
        "",
        d.row(d.f("当事人", S("person_name", nm)), d.f("身份证件号码", S("id_number", idn))),
        d.f("住所", addr_full(d, g.home())),
        d.row(
            d.f("委托代理人", S("person_name", agent)), d.f("身份证件号码", S("id_number", ag_id))
        ),
        d.f("代理人联系电话", S("phone", phone_fmt(g, g.mobile()))),
        "",
    ]
    if which == "revoke":
        L += [
            f"    本机关于{K('date', cn(when - dt.timedelta(days=40)))}作出的{prior}行政处罚决定，因认定事实的主要证据不足，依据{K('statute', '《中华人民共和国行政处罚法》第七十五条第一款')}的规定，决定予以撤销。",
            f"    已缴纳的罚款{amount(2000, 'plain')}将退还至当事人指定账户（{S('bank_account', card(g.r, '621799', 19))}）。",
        ]
    else:
        L += [
            f"    本机关于{K('date', cn(when - dt.timedelta(days=40)))}作出的{prior}行政处罚决定，罚款数额适用法律错误。依据{K('statute', '《中华人民共和国行政处罚法》第三十二条第（一）项')}的规定，决定将罚款{amount(5000, 'plain')}变更为罚款{amount(2000, 'plain')}，原决定其他内容不变。",
        ]
    L += [
        "    当事人如不服本决定，可以在收到本决定书之日起六十日内申请行政复议，也可以在六个月内依法提起行政诉讼。",
        "",
        d.contact(ag),
        f"{K('agency', ag)}",
        K("date", cn(when)),
    ]
    return {"markup": "\n".join(L), "doc_kind": title, "party_type": "natural"}


def gen_customs(g: Gen, region: int, style: str) -> dict:
    d = Doc(g, region, style)
    ag = g.pick(["拱北海关", "黄埔海关", "厦门海关"]) + "驻机场办事处"
    when = g.date()
    y = when.year
    nm = g.name()
    born = g.born(1970, 2000)
    kind, pno = g.pick(
        [
            ("护照号码", f"E{g.r.randint(10000000, 99999999)}"),
            ("往来港澳通行证号码", f"C{g.r.randint(10000000, 99999999)}"),
        ]
    )
    L = [
        K("agency", ag),
        "当场处罚决定书",
        f"{K('decision_number', f'{ag[:2]}关当罚字〔{y}〕{g.r.randint(1, 9999):04d}号')}",
        "",
        d.row(d.f("当事人", S("person_name", nm)), d.f("性别", g.pick(["男", "女"]))),
        d.row(d.f("出生日期", S("birth_date", cn(born))), d.f(kind, S("passport", pno))),
        d.row(
            d.f("居民身份证号码", S("id_number", g.idno(born))), d.f("手机", S("phone", g.mobile()))
        ),
        "",
        f"    {K('date', cn(when))}，当事人经{K('location', ag[:2] + '口岸旅检大厅无申报通道')}入境时未向海关申报，携带超出自用合理数量的香水{g.r.randint(6, 20)}瓶。",
        f"    依据{K('statute', '《中华人民共和国海关行政处罚实施条例》第十九条第（一）项')}的规定，决定：☑罚款 {amount(g.pick([200, 500, 1000]), 'plain')}  □没收",
        f"罚没收据号：{K('receipt_no', f'No.{g.r.randint(1000000000, 9999999999)}')}",
        "",
        f"海关关员：{K('officer', g.name())}（{K('officer_cert', f'{g.r.randint(10000000, 99999999)}')}）",
        f"当事人签名：{S('person_name', nm)}    {K('date', cn(when))}",
        f"{K('agency', ag)}",
    ]
    return {"markup": "\n".join(L), "doc_kind": "当场处罚决定书", "party_type": "natural"}


def gen_fishery_onspot(g: Gen, region: int, style: str) -> dict:
    d = Doc(g, region, style)
    ag = d.agency("农业农村局")
    when = g.date()
    y = when.year
    owner, cap = g.name(), g.name()
    ob, cb = g.born(1960, 1990), g.born(1965, 1995)
    boat = f"{d.reg[5][0]}{d.reg[6]}渔{g.r.randint(10000, 99999)}"
    L = [
        K("agency", ag),
        "渔业行政当场处罚决定书",
        f"{d.no('渔当罚', y)}  {K('serial', f'No. {g.r.randint(1, 999999):07d}')}",
        "",
        f"【船名船号】{boat}    【船籍港】{d.reg[1][:-1]}港",
        f"【船主】{S('person_name', owner)}    【身份证号】{S('id_number', g.idno(ob))}",
        f"【船长】{S('person_name', cap)}    【身份证号】{S('id_number', g.idno(cb))}",
        f"【联系电话】{S('phone', g.mobile())}",
        f"【船主住址】{addr_full(d, g.home())}",
        f"【违法时间】{K('date', cn(when))}",
        f"【违法地点】{K('location', f'{d.reg[2]}{g.pick(TOWNS)}渔港外{g.r.randint(2, 9)}海里处')}",
        "【违法事实】渔船未按规定携带渔业捕捞许可证进行捕捞作业。",
        f"【处罚依据】{K('statute', '《中华人民共和国渔业法》第四十三条')}",
        f"【处罚决定】■罚款 {amount(g.pick([200, 500, 1000]), 'plain')}    □警告",
        f"【执法记录仪编号】{K('recorder_no', f'ZFJLY{g.r.randint(1000, 9999)}')}",
        "【救济途径】不服本决定的，可在六十日内申请行政复议或六个月内提起行政诉讼。",
        f"【执法人员】{d.officers_line(g.officers())}",
        f"【被处罚人签名】{S('person_name', owner)}        【日期】{K('date', cn(when))}",
        f"{K('agency', ag)}（渔业行政执法专用章）",
    ]
    return {"markup": "\n".join(L), "doc_kind": "渔业行政当场处罚决定书", "party_type": "natural"}


def gen_chengguan_onspot(g: Gen, region: int, style: str, born=None, hold=False) -> dict:
    """A one-page 城管 form with underlined blanks; a tricycle plate; a relative's name."""
    d = Doc(g, region, style)
    ag = d.agency("城市管理和综合执法局")
    when = g.date(dt.date(2026, 1, 5), dt.date(2026, 10, 30)) if born else g.date()
    y = when.year
    nm = g.uyghur() if d.reg[3].startswith("65") else g.name()
    born = born or g.born()
    idn, mob = g.idno(born), g.mobile()
    pl = g.plate(g.pick(["normal", "ev"]))
    rel = g.name()
    fine = g.pick([50, 100, 200])
    place = f"{d.reg[2]}{g.spot()}东侧"
    L = [
        K("agency", ag),
        "当 场 行 政 处 罚 决 定 书",
        f"{d.no('城当罚', y)}          {K('serial', f'No.{g.r.randint(1, 9999999):07d}')}",
        "",
        f"被处罚人姓名__{S('person_name', nm)}__  性别__{g.pick(['男', '女'])}__  出生年月日__{S('birth_date', cn(born))}__",
        f"居民身份证号码__{S('id_number', idn)}__",
        f"现住址__{addr_full(d, g.home())}__",
        f"联系电话__{S('phone', phone_fmt(g, mob))}__  紧急联系人__{S('person_name', rel)}__（系其{g.pick(['姐姐', '父亲', '母亲', '哥哥'])}）",
        f"车辆号牌__{S('license_plate', pl)}__（经营用电动三轮车）",
        f"违法时间__{K('date', cn(when))}__  违法地点__{K('location', place)}__",
        "违法事实__利用机动车辆占道兜售水果__",
        f"处罚依据__{K('statute', '《城市市容和环境卫生管理条例》第三十六条第（二）项')}__",
        f"处罚种类__□警告 ☑罚款__  罚款金额__{amount(fine, 'plain')}__",
        f"缴款方式__■当场收缴 □银行代收__  收据号码__{K('receipt_no', f'{g.r.randint(10000000, 99999999)}')}__",
        f"执法人员__{K('officer', g.name())}__  证号__{K('officer_cert', g.cert())}__",
        f"执法人员__{K('officer', g.name())}__  证号__{K('officer_cert', g.cert())}__",
        f"执法记录仪编号__{K('recorder_no', f'{d.reg[6]}ZF{g.r.randint(100, 999)}')}__",
        f"被处罚人签名__{S('person_name', nm)}__  日期__{K('date', cn(when))}__",
        f"{K('agency', ag)}",
        f"（本决定书一式两联，第一联交被处罚人，第二联存档）  投诉电话：{K('agency_phone', '12345')}",
    ]
    return {
        "markup": "\n".join(L),
        "doc_kind": "当场行政处罚决定书",
        "party_type": "natural",
        "hold": hold,
    }


# ---------------------------------------------------------------- held documents
def gen_served(g: Gen, region: int, style: str) -> dict:
    d = Doc(g, region, style)
    ag = d.agency("市场监督管理局")
    when = g.date()
    nm = g.name()
    L = [
        K("agency", ag),
        "送达回证",
        "",
        d.f("送达文书", f"《行政处罚决定书》（{d.no('市监罚决', when.year)}）"),
        d.f("受送达人", S("person_name", nm)),
        d.f("送达地点", addr_full(d, g.home())),
        d.f("送达方式", "☑直接送达 □留置送达 □邮寄送达"),
        d.row(d.f("受送达人签名", S("person_name", nm)), d.f("日期", K("date", cn(when)))),
        d.row(d.f("代收人", S("person_name", g.name())), d.f("代收理由", "系受送达人配偶")),
        d.f("送达人", "、".join(K("officer", n) for n, _ in g.officers())),
        f"{K('agency', ag)}",
    ]
    return {"markup": "\n".join(L), "doc_kind": "送达回证", "party_type": "natural", "hold": True}


def gen_record(g: Gen, region: int, style: str) -> dict:
    d = Doc(g, region, style)
    ag = d.agency("农业农村局")
    when = g.date()
    nm, born = g.name(), g.born()
    L = [
        K("agency", ag),
        "现场检查（勘验）笔录",
        "",
        d.f("检查时间", f"{K('date', cn(when))}9时10分至9时55分"),
        d.f("检查地点", K("location", f"{d.reg[2]}{g.spot()}")),
        d.row(d.f("当事人", S("person_name", nm)), d.f("身份证号", S("id_number", g.idno(born)))),
        d.f("联系电话", S("phone", g.mobile())),
        f"检查人员：{d.officers_line(g.officers())}",
        "    现场情况：店内货架摆放标称“高效低毒”的杀虫剂12瓶，标签未标注农药登记证号。当事人称系从外地流动商贩处购进。",
        "    以上笔录经当事人核对无误。",
        f"当事人签名：{S('person_name', nm)}        见证人：{S('person_name', g.name())}",
    ]
    return {
        "markup": "\n".join(L),
        "doc_kind": "现场检查笔录",
        "party_type": "natural",
        "hold": True,
    }


def gen_marked(g: Gen, region: int, style: str, mark: str) -> dict:
    inner = gen_onspot_market(g, region, style, g.pick(["natural", "legal"]))
    inner["markup"] = f"{mark}\n" + inner["markup"]
    inner["hold"] = True
    return inner


# ---------------------------------------------------------------- the plan
def P(fn, *a, **kw):
    return (fn, a, kw)


PLAN = [
    P(gen_onspot_market, 0, "full", "natural"),
    P(gen_onspot_market, 1, "half", "legal"),
    P(gen_onspot_market, 5, "bare", "natural"),
    P(gen_onspot_market, 8, "next", "natural"),
    P(gen_onspot_market, 10, "bracket", "legal"),
    P(gen_onspot_market, 16, "under", "natural"),
    P(gen_traffic, 0, "full"),
    P(gen_traffic, 1, "half", "ev"),
    P(gen_traffic, 4, "bare", "挂", False),
    P(gen_traffic, 5, "next", "学"),
    P(gen_traffic, 11, "full", "normal", False),
    P(gen_traffic, 7, "bracket", "警", False),
    P(gen_traffic, 14, "under", "ev"),
    P(gen_chengguan_onspot, 17, "under", dt.date(2008, 11, 25)),
    P(gen_rectify, 2, "full", "城管"),
    P(gen_rectify, 3, "next", "邮政"),
    P(gen_rectify, 6, "bracket", "住建"),
    P(gen_rectify, 12, "half", "林业"),
    P(gen_rectify, 15, "bare", "城管"),
    P(gen_rectify, 9, "under", "住建"),
    P(gen_no_penalty, 0, "half", "市场监管"),
    P(gen_no_penalty, 4, "full", "气象", "legal"),
    P(gen_no_penalty, 6, "next", "农业"),
    P(gen_no_penalty, 13, "bracket", "城管"),
    P(gen_no_penalty, 10, "bare", "农业"),
    P(gen_hearing, 1, "full", "natural"),
    P(gen_hearing, 7, "half", "legal"),
    P(gen_hearing, 9, "next", "natural"),
    P(gen_hearing, 16, "bracket", "natural"),
    P(gen_seizure, 2, "full", "烟草"),
    P(gen_seizure, 3, "half", "农业"),
    P(gen_seizure, 13, "bracket", "渔政"),
    P(gen_seizure, 8, "next", "市场监管"),
    P(gen_seizure, 12, "bare", "烟草", True),
    P(gen_seizure, 5, "full", "市场监管", True),
    P(gen_urge, 14, "full", "natural"),
    P(gen_urge, 17, "half", "legal"),
    P(gen_urge, 6, "next", "natural"),
    P(gen_add_fine, 15, "full"),
    P(gen_add_fine, 11, "bracket"),
    P(gen_change, 0, "half", "revoke"),
    P(gen_change, 10, "full", "change"),
    P(gen_customs, 1, "full"),
    P(gen_customs, 8, "half"),
    P(gen_fishery_onspot, 13, "bracket"),
    P(gen_chengguan_onspot, 3, "under"),
    P(gen_chengguan_onspot, 11, "under"),
    # held: a minor party (born 2008-11-26: 17 on 2026-11-25), a marking, 依申请公开, process documents
    P(gen_chengguan_onspot, 7, "under", dt.date(2008, 11, 26), True),
    P(gen_marked, 4, "full", "机密★1年"),
    P(gen_marked, 9, "half", "此件不公开"),
    P(gen_served, 2, "full"),
    P(gen_record, 6, "next"),
]


# ---------------------------------------------------------------- checks and output
def check_numbers(labels: dict, name: str) -> None:
    """Every ID number, bank card and credit code label carries a valid check character."""
    for s in labels["sensitive"]:
        if s["kind"] == "id_number":
            assert id_valid(s["text"]), (name, s)
        if s["kind"] == "bank_account":
            assert luhn_valid(s["text"].replace(" ", "")), (name, s)
    for k in labels["keep"]:
        if k["kind"] == "uscc":
            assert uscc_ok(k["text"]), (name, k)


def main() -> None:
    scorer = load_scorer()
    fresh_docs_dir(HERE)
    out = []
    for i, (fn, a, kw) in enumerate(PLAN, 1):
        g = Gen(random.Random(SEED + i))
        d = fn(g, *a, **kw)
        text, spans = render(d["markup"])
        sens, keep = split_labels(spans)
        fname = f"docs/{i:04d}.txt"
        labels = {
            "file": fname,
            "family": fn.__name__.removeprefix("gen_"),
            "doc_kind": d["doc_kind"],
            "hold": d.get("hold", False),
            "party_type": d["party_type"],
            "sensitive": sens,
            "keep": keep,
        }
        check_numbers(labels, fname)
        self_check(scorer, text, spans, labels, fname)
        (HERE / fname).write_text(text + "\n", encoding="utf-8")
        out.append(labels)
    write_labels(HERE, out)
    print_summary(out)


if __name__ == "__main__":
    main()
