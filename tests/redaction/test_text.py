import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redaction.roles import PUBLIC_LINE_STARTS
from redaction.text import normalize, on_officers_line, on_public_line, trie_regex, unwrapped


@pytest.mark.parametrize(
    "raw, normal",
    [
        ("１３８ ０７３１－２３４５", "13807312345"),
        ("4301-0219\n8005", "430102198005"),
        ("ｘ", "x"),
    ],
)
def test_normalize(raw: str, normal: str) -> None:
    assert normalize(raw) == normal


@settings(deadline=None)
@given(
    st.lists(
        st.text(alphabet="当事人证被处罚者员", min_size=1, max_size=5), min_size=1, max_size=12
    ),
    st.text(alphabet="当事人证被处罚者员王五", max_size=30),
)
def test_trie_regex_matches_like_a_longest_first_alternation(words, text) -> None:
    flat = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
    trie = re.compile(trie_regex(words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


@pytest.mark.parametrize(
    "text, public",
    [
        ("本机关地址：某路1号　联系电话：", True),
        ("  监督电话：", True),
        ("本机关接到举报人王五（联系电话：", False),
        ("本机关地址：某路1号。当事人电话：", False),
        # a PDF wraps the agency's line: the label, the colon or the number on the next line
        ("本机关地址：某路20号\n\u3000联系电话：", True),
        ("本机关地址：某路402号\u3000联系电话\n：", True),
        ("本机关地址：某路566号\u3000联\n系电话：", True),
        ("本机关地址：某路276号\u3000联系电话：\n", True),
        ("本机关地址：某路\r\n联\r\n系电话：", True),
        ("本机关地址：某路1号　联系电话\n- 3 -\n：", True),
        ("本机关地址：某路1号　联系电话\n第 2 页 共 3 页\n某市某区生态环境局\n：", True),
        # Markdown emphasis around the labels
        ("**地址**：某路35号\u3000**电话**：", True),
        ("> **本机关地址**：某路35号\u3000**联系电话**：", True),
        # a party's or a complainant's line after the agency's is not the agency's
        ("本机关地址：某路1号\n当事人：王五，联系电话：", False),
        ("本机关地址：某路1号　举报人：王五，电话：", False),
        ("本机关地址：某路1号\n\n联系电话：", False),
        ("本机关地址：某路1号\n一\n二\n三\n四\n联系电话：", False),
        ("当事人：王五\n联系电话：", False),
    ],
)
def test_on_public_line(text: str, public: bool) -> None:
    starts = ("本机关地址", "监督电话", "地址：")
    assert on_public_line(text, len(text), starts) is public


@pytest.mark.parametrize(
    "text, public",
    [
        # below the officers, the agency's name or the date: the agency's contact lines
        ("执法人员：王五（证号：17697036271）、李四\n地址：某路1号", True),
        ("执法人员：王五、李四；执法证件号：藏70739139\n地址：某路1号\n联系电话：", True),
        ("　　　　李四　　执法证号：22737591778332\n地址：某路1号", True),
        ("| 执法人员 | 执法证号 |\n| --- | --- |\n| 王五 | 60502628068 |\n地址：某路1号", True),
        ("某市某区市场监督管理局（印章）\n2024年5月1日\n\n地址：某路1号　电话：", True),
        ("本机关地址：某路1号\n联系人：王五　电话：", True),
        ("执法人员：王五、李四\n联系人：王五\n地址：某路1号　电话：", True),
        # below the officers' titles, blank signatures and those who served the document
        ("消防监督检查员：杨梓、赵淼琳\n被检查人签收：________\n联系地址：某路1号", True),
        ("代收人：禚琳　代收人电话：189-3202-1951\n送达人：杨梓\n\n经办人：杨梓　联系电话：", True),
        # a person's block with a taxpayer's ID number
        ("纳税人：长孙英\n纳税人识别号：61030219880510443X\n地址：某路1号", False),
        # after the body's last paragraph (sentences, no personal field): the agency's
        (
            "当事人：王建国，男\n你已委托某律师事务所李明律师为代理人，听证时可由其出席。\n联系人：张三",
            True,
        ),
        # the same labels in a person's block are the person's
        ("当事人：王建国，男\n地址：某路1号", False),
        ("当事人：王建国\n\n性别：男\n\n通讯地址：某路1号", False),
        ("见证人：王建国\n联系人：李四，电话：", False),
        ("当事人：某公司\n地址：某路1号\n联系人：王五　电话：", False),
        ("姓名：王建国\n联系电话：13807312345\n联系地址：某路1号", False),
        ("当事人王建国，男，住某市某区某路1号，系个体工商户业主。\n联系人：王五", False),
    ],
)
def test_a_label_a_person_uses_too_is_public_only_below_the_agency(text: str, public: bool) -> None:
    assert on_public_line(text, len(text), PUBLIC_LINE_STARTS) is public


@pytest.mark.parametrize(
    "text, line",
    [
        ("执业\n证号", "执业证号"),
        ("执业\r\n　证号", "执业证号"),
        ("执业\n第 1 页 共 5 页\n证号", "执业证号"),
        ("执业\n第1页/共4页\n证号", "执业证号"),
        ("执业\n- 3 -\n证号", "执业证号"),
        ("电　　话", "电话"),
        ("共 3 页\n第五条", "共3页第五条"),  # not a page-number line of its own
    ],
)
def test_unwrapped(text: str, line: str) -> None:
    assert unwrapped(text) == line


@pytest.mark.parametrize(
    "text, officers",
    [
        ("执法人员：郭俊峰（", True),
        ("执法人员：顾凤婉、段秀英；执法证件号：藏70739139、", True),
        ("执法人员（签名）：王五 ", True),
        ("**执法人员**：王五（", True),
        ("执法证号：", True),
        # a sentence, a person named on the line, or no label: not the officers' line
        ("执法人员：王五、李四到场检查。当事人（", False),
        ("执法人员：王五、李四，见证人赵六（", False),
        ("执法人员王五、李四到场，发现张三（", False),
        ("当日，执法人员：", False),
    ],
)
def test_on_officers_line(text: str, officers: bool) -> None:
    assert on_officers_line(text, len(text)) is officers
