import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redaction.text import normalize, on_public_line, trie_regex


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
