"""Chinese text analysis: jieba default-mode words, their dictionary parts, domain terms, numbers.

Every token carries its character offset as its position, so a phrase matches only where its
words tile a contiguous stretch of text (see :mod:`search.adjacent`). That lets the index hold,
at their true offsets, more than jieba's one segmentation:

- the words of jieba's default mode (with the domain user dictionary ``userdict.txt``);
- the dictionary words inside a longer word (占道 and 经营 inside 占道经营), so parts are found;
- every domain term wherever it occurs, even where jieba segments by context
  (《无证无照经营查处办法》 → 无证无照/经营 still holds 无照经营);
- numbers with leading zeros also without them (第0012号 holds 0012 and 12).

jieba's stock ``ChineseAnalyzer`` stores offsets as positions too, but without an adjacency
check that knows word lengths, so its phrases find nothing (TECH-NOTES).
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

USER_DICT = Path(__file__).with_name("userdict.txt")
BLOCK_CACHE = 200_000
"""Blocks whose tokens are kept (a few hundred MB at most); the cache is emptied when full."""
SUBWORD_MAX = 4
"""Longest dictionary part indexed inside a longer word."""

# Length-preserving folding, so offsets into folded text are offsets into the original:
# full-width ASCII forms and the ideographic space to ASCII, then A-Z to a-z.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20
_FOLD.update({cp: cp + 32 for cp in range(ord("A"), ord("Z") + 1)})
_FOLD.update({cp: cp - 0xFEE0 + 32 for cp in range(0xFF21, 0xFF3B)})
_WORDY = re.compile(r"[^\W_]")
_HAN = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff]+$")

Tokens = list[tuple[str, int]]
"""(word, character offset) pairs, ordered by offset."""


def fold(text: str) -> str:
    """Full-width to half-width, lower case; the same length as ``text``."""
    return text.translate(_FOLD)


class _Segmenter:
    """One jieba tokenizer with our user dictionary, initialised once per process.

    jieba itself is imported on :meth:`initialize` (75 ms, most of it pkg_resources): a build
    segments text only in its search-index process, so the build's own process never does.
    """

    def __init__(self) -> None:
        self.jieba: Any = None
        self.tmp_dir: str | None = None
        """Where jieba keeps its compiled dictionary (None: the system temp folder)."""
        self.split_blocks: Any = None
        """How jieba cuts a text into blocks it segments one by one (``re.split`` keeps them)."""
        self.lock = threading.Lock()
        self.ready = False
        self.terms: dict[str, list[str]] = {}
        self.blocks: dict[str, Tokens] = {}
        """Tokens of each block jieba segments on its own (see :func:`_block_tokens`)."""
        self.words: dict[str, list[str]] = {}
        """The same blocks' words alone (see :func:`index_words`)."""
        self.spanning: list[str] = []
        """Domain terms with a character jieba ends a block at (none so far): they are looked
        for in the whole text, the others block by block."""

    def configure(self, cache_dir: Path | None) -> None:
        """Keep jieba's compiled dictionary in the user's cache folder (see
        :func:`dictionary_cache_dir`), or in ``cache_dir`` when that one cannot be written."""
        if self.ready:
            return
        from core.settings import writable_dir

        folder = dictionary_cache_dir() or (writable_dir(cache_dir) if cache_dir else None)
        if folder is not None:
            self.tmp_dir = str(folder)

    def initialize(self) -> None:
        if self.ready:
            return
        with self.lock:
            if self.ready:
                return
            from search import dictionary

            jieba = dictionary.import_jieba()
            jieba.setLogLevel(logging.WARNING)
            words = user_words()
            folder = Path(self.tmp_dir) if self.tmp_dir else Path(tempfile.gettempdir())
            self.jieba = dictionary.tokenizer(folder, words)
            self.split_blocks = jieba.re_han_default.split
            self.terms = {}
            self.blocks = {}
            self.words = {}
            for word in sorted(words, key=len, reverse=True):
                self.terms.setdefault(word[0], []).append(word)
            self.spanning = [w for w in words if not jieba.re_han_default.fullmatch(w)]
            self.ready = True

    def freq(self, word: str) -> int:
        return self.jieba.FREQ.get(word) or 0


SEGMENTER = _Segmenter()


def dictionary_cache_dir() -> Path | None:
    """Where jieba's dictionary is compiled (see :mod:`search.dictionary`): it depends only on
    the installed jieba and our domain words, not on a site, so one per user serves every build
    and service: ``$GONGSHI_DICT_CACHE``, else the user's cache
    (:func:`core.settings.user_cache_dir`); None when that cannot be written."""
    from core.settings import user_cache_dir, writable_dir

    configured = os.environ.get("GONGSHI_DICT_CACHE")
    return writable_dir(Path(configured)) if configured else user_cache_dir("jieba")


def configure(cache_dir: Path | None) -> None:
    SEGMENTER.configure(cache_dir)


def initialize(cache_dir: Path | None = None) -> None:
    """Load jieba's dictionary and ours now (0.7 s) rather than on the first query."""
    SEGMENTER.configure(cache_dir)
    SEGMENTER.initialize()


def user_words(path: Path = USER_DICT) -> list[str]:
    """The domain terms: one per line, ``#`` starts a comment."""
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip().split(" ")[0]
        if word:
            words.append(fold(word))
    return words


def _words(text: str) -> Iterator[tuple[str, int]]:
    """jieba's default-mode words of folded text, without punctuation and spaces."""
    for word, start, _end in SEGMENTER.jieba.tokenize(text, mode="default", HMM=True):
        if _WORDY.search(word):
            yield word, start


def _block_tokens(block: str) -> Tokens:
    """Words, dictionary parts, number variants and domain terms of one block, offsets within
    it, ordered by offset then word, each once; cached.

    jieba cuts a text into blocks (runs of its ``re_han_default``) and segments each on its
    own, so a block's words do not depend on the text around it, and a domain term made of
    block characters lies inside one block; decisions repeat whole sentences (statutes,
    remedies), so most blocks were seen before.
    """
    cached = SEGMENTER.blocks.get(block)
    if cached is not None:
        return cached
    found: set[tuple[int, str]] = set()
    for word, start in _words(block):
        found.add((start, word))
        for part, offset in subwords(word):
            found.add((start + offset, part))
        for part, offset in _number_variants(word):
            found.add((start + offset, part))
    terms = SEGMENTER.terms
    for at, char in enumerate(block):
        for term in terms.get(char, ()):
            if block.startswith(term, at):
                found.add((at, term))
    tokens = [(word, start) for start, word in sorted(found)]
    if len(SEGMENTER.blocks) >= BLOCK_CACHE:
        SEGMENTER.blocks.clear()
        SEGMENTER.words.clear()
    SEGMENTER.blocks[block] = tokens
    return tokens


def subwords(word: str) -> Iterator[tuple[str, int]]:
    """Dictionary words inside a longer Chinese word, with their offsets in it."""
    size = len(word)
    if size < 3 or not _HAN.match(word):
        return
    for length in range(2, min(SUBWORD_MAX, size - 1) + 1):
        for i in range(size - length + 1):
            part = word[i : i + length]
            if SEGMENTER.freq(part):
                yield part, i


def _number_variants(word: str) -> Iterator[tuple[str, int]]:
    if len(word) > 1 and word[0] == "0" and word.isdigit():
        stripped = word.lstrip("0") or "0"
        yield stripped, len(word) - len(stripped)


def index_tokens(text: str) -> Tokens:
    """Everything indexed for ``text`` (already folded), ordered by offset then word: see the
    module docstring."""
    SEGMENTER.initialize()
    found: Tokens = []
    at = 0
    for block in SEGMENTER.split_blocks(text):
        if block:
            tokens = _block_tokens(block)
            found.extend([(word, at + start) for word, start in tokens] if at else tokens)
            at += len(block)
    if SEGMENTER.spanning:
        extra = set(found)
        for term in SEGMENTER.spanning:
            at = text.find(term)
            while at >= 0:
                extra.add((term, at))
                at = text.find(term, at + 1)
        found = sorted(extra, key=lambda t: (t[1], t[0]))
    return found


def index_words(text: str) -> list[str]:
    """The words of :func:`index_tokens`, in its order, without their offsets (what a
    pre-segmented index stores): each block's words come from the cache as they are."""
    SEGMENTER.initialize()
    if SEGMENTER.spanning:
        return [word for word, _ in index_tokens(text)]
    words: list[str] = []
    cache = SEGMENTER.words
    for block in SEGMENTER.split_blocks(text):
        if block:
            found = cache.get(block)
            if found is None:
                found = cache[block] = [word for word, _ in _block_tokens(block)]
            words.extend(found)
    return words


def query_tokens(text: str) -> Tokens:
    """The words of a query (folded): jieba's default mode only, offsets kept."""
    SEGMENTER.initialize()
    return list(_words(text))


def is_word(text: str) -> bool:
    """Whether ``text`` is a dictionary word (and so indexed wherever it is a word or a part)."""
    SEGMENTER.initialize()
    return len(text) >= 2 and SEGMENTER.freq(text) > 0


def is_domain_term(text: str) -> bool:
    """Whether ``text`` is a term of the user dictionary: indexed wherever it occurs."""
    SEGMENTER.initialize()
    return text in SEGMENTER.terms.get(text[:1], ())


def split_word(word: str) -> Tokens | None:
    """The fewest dictionary parts that tile ``word`` exactly (占道经营 → 占道 + 经营), or None.

    A query word is also looked for as these parts in a row, which finds it where the text was
    segmented differently (无证无照/经营 still holds 无照 + 经营).
    """
    SEGMENTER.initialize()
    size = len(word)
    if size < 3 or not _HAN.match(word):
        return None
    best: list[Tokens | None] = [None] * (size + 1)
    best[0] = []
    for end in range(2, size + 1):
        for length in range(2, min(SUBWORD_MAX, size - 1, end) + 1):
            start = end - length
            prefix = best[start]
            part = word[start:end]
            if prefix is not None and SEGMENTER.freq(part):
                candidate = [*prefix, (part, start)]
                current = best[end]
                if current is None or len(candidate) < len(current):
                    best[end] = candidate
    return best[size]


def __getattr__(name: str) -> Any:
    """The Whoosh tokenizer, from :mod:`search.whoosh_analysis` when asked for: Whoosh indexes
    built earlier name it ``search.analysis.ChineseTokenizer`` in their pickled schema, and
    importing Whoosh (40 ms) is left to the builds and services that use it."""
    if name in ("ChineseTokenizer", "analyzer"):
        from search import whoosh_analysis

        return getattr(whoosh_analysis, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
