"""Names in running text without a role word (redaction.narrative)."""

import os

import jieba
import pytest

from redaction.narrative import MIN_FREQ, narrative_names, words


def names(text: str) -> list[str]:
    return [name for name, _, _ in narrative_names(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("该场所的护士田旺宇负责收费登记", ["田旺宇"]),
        ("交由不具备用工主体资格的包工头郑然莲组织施工", ["郑然莲"]),
        ("从流动商贩顾金芳处购买", ["顾金芳"]),
        ("仓库系当事人向叶华远租用", ["叶华远"]),  # the name ends where a word starts (租用)
        ("现场作业人员韩某、慕容水涵进行岗前培训", ["慕容水涵"]),  # a compound surname
        ("黄某及其妻子金旺、同团的何某均证实", ["金旺"]),
        ("叉车由李振驾驶", ["李振"]),  # 由 is a preposition here, not a surname
        ("安排演员魏某、扎西顿珠在酒吧演出", ["扎西顿珠"]),  # a Tibetan name
        ("收银员潘欣按系统价格收款", ["潘欣"]),
        ("住客郑某、上官婉清的住宿订单", ["上官婉清"]),  # 上 starts a compound surname
        ("分别为蔡文博、蔡文静（二人系兄妹）", ["蔡文博", "蔡文静"]),  # 蔡文静: a word, listed
        ("经查，王国强、方面军进行", ["王国强"]),  # a list goes on with a name only
        ("国籍：马来西亚，护照", []),  # a country's name, read around the reading only
        ("来自罗马尼亚、保加利亚的游客", []),
        ("来自罗马尼亚的马文华负责翻译", ["马文华"]),  # a name next to a country's
        ("由其雇用的邱石头驾驶", ["邱石头"]),  # a milk name
        ("高某之父高有子已代为赔偿", ["高有子"]),  # 有 inside a name, not at its end
        ("产权人为香港居民梁家輝，", ["梁家輝"]),  # Traditional characters
        ("员在巡查中发现，卢\n浩琴在其所有的位置", []),  # 巡\n查中: a word cut by a wrap
    ],
)
def test_names_in_running_text(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "罚款人民币伍万元，",  # a numeral before 伍
        "可以在六十日内向成都市锦江区人民法院提起诉讼",  # 向 as a preposition
        "沿高速公路行驶",  # 高速 is a word
        "进一步提高服务质量",  # 提高: the surname character ends the word before
        "当事人：长寿区天润便民烟酒店",  # a district's name, then a shop's
        "洛龙环不罚〔2024〕186号",  # a decision's number
        "项目位于“金色水岸”二期",  # quotation marks do not end a name
        "发现冒烟后立即组织疏散",  # 立即 is a word
        "执法人员：张明凯（执法证号：51010420190444）、曹薇（执法证号：51019221460）",
        "海关关员：苏琴浩（77699290）",  # an officer, their certificate's number after
        "　　　　　佘俊逸　证号：鲁37079152",
        "当事人委托史宇松律师提出陈述、申辩",  # a lawyer is public
        "广东国晖（吉林）律师事务所",
        "发现涉嫌假冒的红塔山、利群、黄鹤楼等品牌卷烟",  # brands
        "经营门店：杨国福麻辣烫（建华南大街店）",
        "青公李（李村）当罚决字〔2025〕353号",
        "呼伦贝尔市陈巴尔虎旗林业和草原局",  # the start of a place's name
        "鄂温克民族苏木",
    ],
)
def test_no_names(text: str) -> None:
    assert names(text) == []


def test_the_dictionary_is_jiebas_short_words_used_min_freq_times() -> None:
    expected = set()
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
        for line in f:
            word, freq, _ = line.split()
            if 2 <= len(word) <= 3 and int(freq) >= MIN_FREQ:
                expected.add(word)
    assert words() == expected
