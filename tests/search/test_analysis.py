"""The analyzer: whole words, their parts and identifiers at their character offsets."""

from __future__ import annotations

import pytest

from search.analysis import fold, index_tokens, query_tokens, split_word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在人民路占道经营", {("占道经营", 4), ("占道", 4), ("经营", 6)}),
        ("《无证无照经营查处办法》", {("无证无照", 1), ("无照经营", 3), ("无照", 3), ("经营", 5)}),
        ("临综执罚决字〔2026〕第0012号", {("2026", 7), ("0012", 13), ("12", 15), ("号", 17)}),
        ("ＤＪ－ＣＦ－００１", {("dj", 0), ("cf", 3), ("001", 6), ("1", 8)}),
    ],
)
def test_index_tokens_hold_words_parts_and_numbers(text: str, expected: set[tuple[str, int]]):
    assert expected <= set(index_tokens(fold(text)))


def test_index_tokens_are_ordered_by_offset():
    tokens = index_tokens(fold("当事人在人民路占道经营，违法建设房屋，申请行政复议。"))
    assert [o for _, o in tokens] == sorted(o for _, o in tokens)


def test_query_keeps_domain_terms_whole():
    assert query_tokens("违法建设") == [("违法建设", 0)]
    assert [w for w, _ in query_tokens("申请行政复议")] == ["申请", "行政复议"]


@pytest.mark.parametrize(
    ("word", "parts"),
    [("占道经营", ["占道", "经营"]), ("无照经营", ["无照", "经营"]), ("决定书", None)],
)
def test_split_word(word: str, parts: list[str] | None):
    split = split_word(word)
    assert (None if split is None else [w for w, _ in split]) == parts


def test_fold_keeps_length():
    text = "ＡＢＣ１２３　占道"
    assert fold(text) == "abc123 占道" and len(fold(text)) == len(text)


TEXTS = [
    "当事人无证无照经营，违反《无证无照经营查处办法》第十三条。",
    "临综执罚决字〔2026〕第0012号：占道经营、夜间施工，罚款人民币500元。",
    "ＡＢＣ公司 2026年 乱倒渣土 餐厨垃圾；露天烧烤。",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_index_words_are_the_words_of_index_tokens(text: str):
    from search.analysis import index_words

    folded = fold(text)
    assert index_words(folded) == [w for w, _ in index_tokens(folded)]
    assert index_words(folded) == index_words(folded)  # from the cache: the same


def test_a_domain_term_across_blocks_is_found_in_the_whole_text(monkeypatch):
    """A term with a character jieba cuts blocks at (·) is looked for over the whole text."""
    from search import analysis

    analysis.SEGMENTER.initialize()
    monkeypatch.setattr(analysis.SEGMENTER, "spanning", ["甲·乙"])
    tokens = index_tokens("丙甲·乙丁")
    assert ("甲·乙", 1) in tokens
    assert tokens == sorted(tokens, key=lambda t: (t[1], t[0]))
    assert analysis.index_words("丙甲·乙丁") == [w for w, _ in tokens]


def test_whoosh_indexes_built_before_still_find_their_tokenizer():
    """Their pickled schema names search.analysis.ChineseTokenizer (now in whoosh_analysis)."""
    import pickle

    from search.whoosh_analysis import ChineseTokenizer

    old = pickle.dumps(ChineseTokenizer(), protocol=0).replace(
        b"search.whoosh_analysis", b"search.analysis"
    )
    assert b"search.analysis\nChineseTokenizer" in old
    assert pickle.loads(old) == ChineseTokenizer()
