"""The trie dictionary segments exactly as jieba's own dictionary does, and loads at once."""

from __future__ import annotations

import logging
import random
from pathlib import Path

import jieba
import pytest

from search import analysis, dictionary

WORDS = ["无照经营", "占道经营", "综合行政执法局", "渣土车"]
SAMPLES = [
    "当事人刘某在解放西路与人民路交叉口占道经营，摆放水果摊点，经劝阻拒不改正。",
    "依据《长沙市城市市容和环境卫生管理条例》第二十条，责令改正并处罚款200元。",
    "本机关于2026年3月4日对芙蓉区综合行政执法局移送的渣土车无照经营一案立案调查。",
    "ABC公司，统一社会信用代码：91430100MA4L0XXXXX，法定代表人：欧阳明。",
    "阿依古丽·买买提  在 校门口 售卖 食品",
    "",
    "鍪翳",  # characters that start no word
]


@pytest.fixture(scope="module")
def tokenizers(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("dict")
    jieba.setLogLevel(logging.WARNING)
    reference = jieba.Tokenizer()
    reference.tmp_dir = str(analysis.dictionary_cache_dir())
    reference.initialize()
    for word in WORDS:
        reference.add_word(word)
    return reference, dictionary.tokenizer(folder, WORDS), folder


def _texts() -> list[str]:
    root = Path(__file__).resolve().parents[2]
    texts = list(SAMPLES)
    for path in sorted((root / "content" / "decisions").rglob("*.md"))[:40]:
        texts.append(path.read_text(encoding="utf-8"))
    rng = random.Random(7)
    alphabet = "".join(sorted(set("".join(texts))))
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60))) for _ in range(300)]
    return texts


@pytest.mark.parametrize("mode", ["default", "search"])
@pytest.mark.parametrize("hmm", [True, False])
def test_segments_as_jieba(tokenizers, mode: str, hmm: bool):
    reference, trie, _ = tokenizers
    for text in _texts():
        assert list(trie.tokenize(text, mode=mode, HMM=hmm)) == list(
            reference.tokenize(text, mode=mode, HMM=hmm)
        ), text


def test_full_mode_as_jieba(tokenizers):
    reference, trie, _ = tokenizers
    for text in _texts()[:50]:
        assert trie.lcut(text, cut_all=True) == reference.lcut(text, cut_all=True)


def test_frequencies_are_jiebas_words(tokenizers):
    reference, trie, _ = tokenizers
    for word in ["经营", "占道经营", "执法", "的", "综合行政执法局"]:
        assert trie.FREQ[word] == reference.FREQ[word] > 0
        assert word in trie.FREQ
    # jieba keeps prefixes with frequency 0; the trie holds words only, and both say "no word"
    assert not reference.FREQ.get("综合行政执")
    assert trie.FREQ.get("综合行政执") is None
    assert trie.FREQ.get("鍪翳", 0) == 0
    with pytest.raises(KeyError):
        trie.FREQ["鍪翳"]
    assert trie.total == reference.total
    assert len(trie.FREQ) == sum(1 for freq in reference.FREQ.values() if freq)


def test_other_words_compile_other_files(tokenizers):
    _, trie, folder = tokenizers
    other = dictionary.tokenizer(folder, [*WORDS, "测试新词甲乙"])
    assert "测试新词甲乙" in other.FREQ
    assert "测试新词甲乙" not in trie.FREQ
    assert len(list(folder.glob("words-*.marisa"))) == 2


def test_damaged_files_are_compiled_again(tokenizers, caplog):
    reference, _, folder = tokenizers
    words = [*WORDS, "损坏重编"]
    dictionary.tokenizer(folder, words)
    trie_path, arrays_path = dictionary._paths(folder, words)
    arrays_path.write_bytes(arrays_path.read_bytes()[:1000])
    with caplog.at_level(logging.WARNING):
        again = dictionary.tokenizer(folder, words)
    assert "damaged" in caplog.text
    assert again.lcut(SAMPLES[0]) == dictionary.tokenizer(folder, words).lcut(SAMPLES[0])
    trie_path.write_bytes(b"")
    assert dictionary.tokenizer(folder, words).FREQ["经营"] == reference.FREQ["经营"]


def test_words_cannot_be_added_later(tokenizers):
    with pytest.raises(NotImplementedError, match="compiled"):
        tokenizers[1].add_word("新词")
