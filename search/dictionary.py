"""jieba's dictionary as a memory-mapped trie: the segmenter starts in milliseconds.

jieba keeps its dictionary as a Python dict of ~500,000 words and prefixes, unmarshalled from a
9 MB cache file on every start (0.6 s here): the largest fixed cost of a small build and of a
rebuild that segments one changed decision. This module compiles that dict once (with our
domain words added exactly as ``Tokenizer.add_word`` adds them) into

- a marisa trie of the words with a frequency (``marisa-trie``, memory-mapped, so opening it
  reads nothing), and
- two arrays by the trie's key id: the frequency and jieba's route weight
  ``log(freq) - log(total)``,

and :class:`TrieTokenizer` is a ``jieba.Tokenizer`` that looks words up there. Its word graph
(``get_DAG``) takes every dictionary word starting at a character from one trie call, where
jieba walks prefixes one dict lookup at a time; the segmentation is the same, word for word
(``tests/search/test_dictionary.py`` compares it with jieba's own on varied text).
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import sys
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FORMAT = 1
"""Bumped when the files' layout changes, so old ones are not read."""


def import_jieba() -> Any:
    """``import jieba``, without the 150 ms of ``pkg_resources``: jieba imports it only to open
    its own data files, and opens them by path when the import fails."""
    module = sys.modules.get("jieba")
    if module is not None:
        return module
    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba  # type: ignore[import-untyped]
    finally:
        if blocked and sys.modules.get("pkg_resources", False) is None:
            del sys.modules["pkg_resources"]
    return jieba


class Frequencies(Mapping[str, int]):
    """jieba's ``FREQ`` (word → frequency) over the trie: the words only, not jieba's
    zero-frequency prefixes, which no caller reads for more than their falsity."""

    __slots__ = ("_counts", "_trie")

    def __init__(self, trie: Any, counts: array) -> None:
        self._trie = trie
        self._counts = counts

    def __getitem__(self, word: str) -> int:
        key = self._trie.get(word)
        if key is None:
            raise KeyError(word)
        return int(self._counts[key])

    def get(self, word: str, default: Any = None) -> Any:  # type: ignore[override]
        key = self._trie.get(word)
        return default if key is None else self._counts[key]

    def __contains__(self, word: object) -> bool:
        return word in self._trie

    def __iter__(self) -> Iterator[str]:
        return iter(self._trie.keys())

    def __len__(self) -> int:
        return len(self._trie)


_ABSENT: Any = object()


class _Graph(dict[int, list[int]]):
    """``get_DAG``'s result (start → ends of the words there) with each edge's route weight."""

    __slots__ = ("weights",)
    weights: dict[int, list[float]]


def _paths(folder: Path, words: Iterable[str]) -> tuple[Path, Path]:
    """The trie and arrays for this jieba and these domain words (name = their fingerprint)."""
    jieba = import_jieba()
    default = Path(jieba.__file__).with_name("dict.txt")
    stat = default.stat()
    digest = hashlib.sha256(
        f"{FORMAT}\0{jieba.__version__}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode()
        + "\0".join(words).encode()
    ).hexdigest()[:16]
    return folder / f"words-{digest}.marisa", folder / f"words-{digest}.arrays"


def _compile(trie_path: Path, arrays_path: Path, words: list[str]) -> None:
    """jieba's dictionary with ``words`` added as ``add_word`` adds them, into the two files
    (written beside and renamed, so a reader never sees half a file)."""
    import marisa_trie  # type: ignore[import-not-found,unused-ignore]

    tokenizer = import_jieba().Tokenizer()
    tokenizer.tmp_dir = str(trie_path.parent)
    tokenizer.initialize()
    for word in words:
        tokenizer.add_word(word)
    known = {word: freq for word, freq in tokenizer.FREQ.items() if freq}
    trie = marisa_trie.Trie(known)
    counts = array("q", bytes(8 * len(trie)))
    for word, freq in known.items():
        counts[trie.key_id(word)] = freq
    logtotal = math.log(tokenizer.total)
    weights = array("d", (math.log(freq) - logtotal for freq in counts))
    header = array("q", [len(trie), tokenizer.total, max(map(len, known))])
    for path, write in (
        (trie_path, trie.save),
        (arrays_path, lambda name: _write_arrays(name, header, counts, weights)),
    ):
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        os.close(fd)
        try:
            write(temporary)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def _write_arrays(name: str, header: array, counts: array, weights: array) -> None:
    with open(name, "wb") as out:
        header.tofile(out)
        counts.tofile(out)
        weights.tofile(out)


def tokenizer(folder: Path, words: list[str]) -> Any:
    """A :class:`TrieTokenizer` over jieba's dictionary plus ``words``, compiled into
    ``folder`` on first use (2-3 s once; the files are reused by every later process). Files
    that cannot be read (cut short, from another version) are compiled again."""
    trie_path, arrays_path = _paths(folder, words)
    if trie_path.exists() and arrays_path.exists():
        try:
            return _load(trie_path, arrays_path)
        except (OSError, EOFError, ValueError):
            log.warning("jieba's compiled dictionary %s is damaged: compiling it again", trie_path)
    folder.mkdir(parents=True, exist_ok=True)
    _compile(trie_path, arrays_path, words)
    return _load(trie_path, arrays_path)


def _load(trie_path: Path, arrays_path: Path) -> Any:
    import marisa_trie  # type: ignore[import-not-found,unused-ignore]

    with open(arrays_path, "rb") as data:
        header = array("q")
        header.fromfile(data, 3)
        size, total, longest = header
        if os.fstat(data.fileno()).st_size != 8 * (3 + 2 * size):
            raise ValueError(f"{arrays_path} has the wrong size")
        counts = array("q")
        counts.fromfile(data, size)
        weights = array("d")
        weights.fromfile(data, size)
    if trie_path.stat().st_size < 64:
        raise ValueError(f"{trie_path} is cut short")
    trie = marisa_trie.Trie()
    trie.mmap(str(trie_path))
    if len(trie) != size:
        raise ValueError(f"{trie_path} and {arrays_path} do not match")
    return _tokenizer_class()(trie, counts, weights, total, longest)


_CLASS: Any = None


def _tokenizer_class() -> Any:
    """:class:`TrieTokenizer`, defined on first use so that importing this module does not
    import jieba."""
    global _CLASS
    if _CLASS is not None:
        return _CLASS
    jieba = import_jieba()

    class TrieTokenizer(jieba.Tokenizer):  # type: ignore[misc,name-defined]
        """jieba's tokenizer with the dictionary in a trie (see the module docstring)."""

        def __init__(
            self, trie: Any, counts: array, weights: array, total: int, longest: int
        ) -> None:
            super().__init__()
            self.trie = trie
            self.weights = weights
            self.longest = longest
            self.buckets: dict[str, dict[str, float | None]] = {}
            self.FREQ = Frequencies(trie, counts)
            self.total = total
            self.unknown = -math.log(total)
            """The weight of a character that is no word: jieba counts it as frequency 1."""
            self.initialized = True

        def initialize(self, dictionary: Any = None) -> None:
            """Already done: the trie is the dictionary (``add_word`` still works: see below)."""

        def add_word(self, word: str, freq: Any = None, tag: Any = None) -> None:
            raise NotImplementedError(
                "the trie dictionary is compiled with its words: pass them to tokenizer()"
            )

        def get_DAG(self, sentence: str) -> _Graph:  # noqa: N802 (jieba's name)
            graph = _Graph()
            weights = graph.weights = {}
            buckets = self.buckets
            unknown = self.unknown
            size = len(sentence)
            for k in range(size):
                char = sentence[k]
                bucket = buckets.get(char)
                if bucket is None:
                    bucket = self.bucket(char)
                ends = []
                scores = []
                i = k
                frag = char
                while True:
                    score = bucket.get(frag, _ABSENT)
                    if score is _ABSENT:
                        break
                    if score is not None:
                        ends.append(i)
                        scores.append(score)
                    i += 1
                    if i == size:
                        break
                    frag = sentence[k : i + 1]
                if ends:
                    graph[k] = ends
                    weights[k] = scores
                else:
                    graph[k] = [k]
                    weights[k] = [unknown]
            return graph

        def bucket(self, char: str) -> dict[str, float | None]:
            """The words starting with ``char`` (→ route weight) and their prefixes (→ None),
            taken from the trie the first time ``char`` is met: jieba's prefix dict, built
            for the characters a process meets rather than for all of them at start-up."""
            bucket: dict[str, float | None] = {}
            weight = self.weights
            words = self.trie.items(char)
            for word, key in words:
                bucket[word] = weight[key]
            if words:
                bucket.setdefault(char, None)  # the one prefix of every two-character word
            for word, _key in words:
                if len(word) > 2:
                    for end in range(2, len(word)):
                        bucket.setdefault(word[:end], None)
            self.buckets[char] = bucket
            return bucket

        def calc(self, sentence: str, DAG: Any, route: dict[int, Any]) -> None:  # noqa: N803
            weights = getattr(DAG, "weights", None)
            if weights is None:  # a graph from elsewhere: jieba's own way
                super().calc(sentence, DAG, route)
                return
            size = len(sentence)
            route[size] = (0, 0)
            for idx in range(size - 1, -1, -1):
                ends = DAG[idx]
                if len(ends) == 1:  # most characters: no choice to make
                    end = ends[0]
                    route[idx] = (weights[idx][0] + route[end + 1][0], end)
                else:
                    route[idx] = max(
                        (score + route[end + 1][0], end)
                        for end, score in zip(ends, weights[idx], strict=True)
                    )

    _CLASS = TrieTokenizer
    return _CLASS
