"""Synthetic enforcement decisions (~3 KB of Chinese each) for relevance tests and benchmarks.

Sentences mix domain terms with near misses, so a search that matches fragments is caught:
违法 and 建设 apart (不得违法……建设单位), 行政 and 复议 apart, and terms that jieba segments
by context (《无证无照经营查处办法》).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from search.documents import Document

DOMAIN_WORDS = [
    "占道经营",
    "违法建设",
    "行政复议",
    "无照经营",
    "食品安全",
    "渣土运输",
    "户外广告",
    "建筑垃圾",
    "噪声污染",
    "夜间施工",
    "扬尘污染",
    "餐饮油烟",
    "露天焚烧",
    "门前三包",
    "市容环境",
    "限期拆除",
    "责令改正",
    "查封扣押",
    "陈述申辩",
    "行政诉讼",
    "流动摊贩",
    "擅自占用",
    "城市道路",
    "没收违法所得",
    "法定代表人",
    "生活垃圾",
    "燃气安全",
]
"""Terms the precision check runs over (each is also in ``search/userdict.txt``)."""

PHRASES = ["人民政府", "申请行政复议", "处罚决定书", "违法行为", "城市管理"]
"""Multi-word phrases checked quoted (每个结果都必须包含它)."""

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
STREETS = [
    "人民路",
    "解放西路",
    "五一大道",
    "芙蓉中路",
    "韶山北路",
    "建设路",
    "劳动东路",
    "车站北路",
]
COMPANIES = [
    "长沙市天心区顺达建材有限公司",
    "湖南宏远餐饮管理有限公司",
    "长沙佳美广告传媒有限公司",
    "长沙市雨花区鑫源渣土运输有限公司",
    "湖南华建建设工程有限公司",
]
BODIES = [
    ("furong", "芙蓉区城市管理和综合执法局"),
    ("tianxin", "天心区城市管理和综合执法局"),
    ("yuhua", "雨花区城市管理和综合执法局"),
]
TYPES = ["行政处罚", "行政强制", "行政检查", "行政许可"]

FILLER = [
    "执法人员依法出示执法证件，告知当事人享有陈述、申辩的权利。",
    "经调查，当事人对上述事实无异议，并在询问笔录上签字确认。",
    "本机关依据相关规定，结合当事人违法行为的事实、性质、情节以及社会危害程度作出本决定。",
    "当事人应当自收到本决定书之日起十五日内到指定银行缴纳罚款，逾期不缴纳的，每日按罚款数额的百分之三加处罚款。",
    "如不服本决定，可以在收到本决定书之日起六十日内向{gov}申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。",
    "建设单位应当按照规定办理相关手续，不得擅自改变用途。",
    "当事人违法事实清楚，证据确凿，依法应予处罚。",
    "现场检查时当事人在场，执法人员制作了现场检查笔录并拍摄照片。",
    "本局于当日立案调查，并依法送达了行政处罚事先告知书。",
    "复议期间本决定不停止执行，法律另有规定的除外。",
    "经营者应当遵守城市市容和环境卫生管理规定，维护公共秩序。",
    "依据《无证无照经营查处办法》的规定，对无证无照经营行为予以查处。",
    "道路两侧的店铺应当在店内经营，不得超出门窗外墙摆卖。",
    "建筑工地应当采取围挡、覆盖、洒水等措施防止扬尘。",
    "渣土车辆运输过程中应当密闭，不得沿途遗撒。",
    "食品经营者应当建立进货查验记录制度，保证食品安全。",
]

FACTS = [
    "当事人{party}于{date}在{street}{no}号门前占道经营水果摊点，影响行人通行。",
    "当事人{party}未经规划许可，在{street}{no}号擅自搭建钢结构房屋约{area}平方米，属违法建设。",
    "当事人{party}在{street}沿街设置户外广告牌，未取得设置许可。",
    "当事人{party}驾驶渣土运输车辆未按规定时间和路线行驶，沿途遗撒建筑垃圾。",
    "当事人{party}在{street}{no}号夜间施工产生噪声污染，影响周边居民休息。",
    "当事人{party}经营的餐馆未安装油烟净化设施，餐饮油烟直接排放。",
    "当事人{party}在{street}无照经营烧烤摊点，并存在露天焚烧行为。",
    "当事人{party}未落实门前三包责任制，门前乱堆乱放，影响市容环境。",
    "当事人{party}擅自占用城市道路堆放建筑材料，未办理临时占用许可。",
    "当事人{party}在{street}从事流动摊贩经营活动，不听劝阻。",
    "当事人{party}的工地未采取防尘措施，造成扬尘污染。",
    "当事人{party}生产经营的食品不符合食品安全标准。",
    "当事人{party}未按规定分类投放生活垃圾，经教育后仍不改正。",
    "当事人{party}使用不合格燃气设施，存在燃气安全隐患。",
]

DECISIONS = [
    "责令当事人立即改正违法行为，并处罚款{fine}元。",
    "责令当事人限期拆除违法建设，逾期不拆除的依法强制拆除。",
    "依法对当事人的经营工具予以查封扣押，并责令改正。",
    "没收违法所得{fine}元，并处罚款{fine2}元。",
    "给予警告，并责令改正。",
]


def _fill(rng: random.Random, template: str, party: str, gov: str) -> str:
    return template.format(
        party=party,
        gov=gov,
        street=rng.choice(STREETS),
        no=rng.randint(1, 999),
        date=f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        area=rng.randint(5, 200),
        fine=rng.randint(1, 50) * 100,
        fine2=rng.randint(1, 50) * 100,
    )


def decision_no(prefix: str, year: int, n: int) -> str:
    return f"{prefix}执罚决字〔{year}〕第{n:04d}号"


def documents(count: int, seed: int = 6, size: int = 3000) -> Iterator[Document]:
    """``count`` decisions of about ``size`` characters each, the same for the same seed."""
    rng = random.Random(seed)
    for n in range(1, count + 1):
        body, body_name = rng.choice(BODIES)
        year = rng.choice([2024, 2025, 2026])
        party = rng.choice([rng.choice(SURNAMES) + "某", rng.choice(COMPANIES)])
        gov = rng.choice(["长沙市人民政府", "芙蓉区人民政府", "天心区人民政府"])
        facts = [_fill(rng, rng.choice(FACTS), party, gov) for _ in range(rng.randint(1, 2))]
        parts = [*facts]
        while sum(len(p) for p in parts) < size:
            parts.append(_fill(rng, rng.choice(FILLER + FACTS[:3]), party, gov))
        parts.append(_fill(rng, rng.choice(DECISIONS), party, gov))
        number = decision_no(body_name[:2], year, n)
        yield Document(
            url=f"/decisions/synthetic-{n:06d}/",
            title=f"{party}{facts[0][len('当事人') + len(party) :][:12]}案",
            type="decision",
            type_label="执法决定",
            text="\n".join(parts),
            body=body,
            body_label=body_name,
            date=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            category=rng.choice(TYPES),
            decision_no=number,
        )
