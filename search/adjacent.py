"""A Whoosh phrase query over character offsets: words that tile one stretch of text.

Our tokens' positions are character offsets (:mod:`search.analysis`), so "占道 经营" is a phrase
where 经营 starts exactly two characters after 占道. Whoosh's ``Phrase`` and ``SpanNear2``
compare position distances with one ``slop`` for every gap; this query checks each gap
against the length of the word before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from whoosh.matching import NullMatcher  # type: ignore[import-untyped]
from whoosh.matching.binary import IntersectionMatcher  # type: ignore[import-untyped]
from whoosh.query import And, Query, Term  # type: ignore[import-untyped]
from whoosh.query.spans import Span, SpanQuery, SpanWrappingMatcher  # type: ignore[import-untyped]
from whoosh.util import make_binary_tree  # type: ignore[import-untyped]


class Adjacent(SpanQuery):  # type: ignore[misc]
    """Matches documents where ``words[i]`` starts at ``start + offsets[i]`` for one start."""

    def __init__(
        self, fieldname: str, words: Sequence[str], offsets: Sequence[int], boost: float = 1.0
    ) -> None:
        if len(words) != len(offsets) or not words:
            raise ValueError("one offset per word, at least one word")
        self.fieldname = fieldname
        self.words = list(words)
        self.offsets = [o - offsets[0] for o in offsets]
        self.boost = boost
        self.q = And([Term(fieldname, w) for w in self.words])

    def __repr__(self) -> str:
        return f"Adjacent({self.fieldname!r}, {self.words!r}, {self.offsets!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Adjacent) and (
            self.fieldname,
            self.words,
            self.offsets,
            self.boost,
        ) == (other.fieldname, other.words, other.offsets, other.boost)

    def __hash__(self) -> int:
        return hash((self.fieldname, tuple(self.words), tuple(self.offsets), self.boost))

    def field(self) -> str:
        return self.fieldname

    def is_leaf(self) -> bool:
        return False

    def children(self) -> list[Query]:
        return [self.q]

    def apply(self, fn: Any) -> Adjacent:
        return self

    def has_terms(self) -> bool:
        return True

    def terms(self, phrases: bool = False) -> Any:
        for word in self.words:
            yield (self.fieldname, word)

    def estimate_size(self, ixreader: Any) -> int:
        return int(self.q.estimate_size(ixreader))

    def normalize(self) -> Query:
        if len(self.words) == 1:
            return Term(self.fieldname, self.words[0], boost=self.boost)
        return self

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        matchers = []
        for word in self.words:
            if (self.fieldname, word) not in searcher.reader():
                return NullMatcher()
            matchers.append(Term(self.fieldname, word).matcher(searcher, context))
        return _AdjacentMatcher(matchers, self.offsets, self.boost)


class _AdjacentMatcher(SpanWrappingMatcher):  # type: ignore[misc]
    def __init__(self, matchers: list[Any], offsets: list[int], boost: float = 1.0) -> None:
        self.ms = matchers
        self.offsets = offsets
        self._boost = boost
        super().__init__(make_binary_tree(IntersectionMatcher, matchers))

    def copy(self) -> _AdjacentMatcher:
        return _AdjacentMatcher([m.copy() for m in self.ms], self.offsets, self._boost)

    def _replacement(self, newchild: Any) -> Any:
        return self

    def replace(self, minquality: float = 0) -> Any:
        return self if self.is_active() else NullMatcher()

    def supports_block_quality(self) -> bool:
        # Skipping blocks by quality would skip past the span check of the wrapped matcher.
        return False

    def score(self) -> float:
        return float(self.child.score()) * self._boost

    def _get_spans(self) -> list[Span]:
        starts = set(self.ms[0].value_as("positions"))
        for matcher, offset in zip(self.ms[1:], self.offsets[1:], strict=True):
            if not starts:
                break
            starts &= {p - offset for p in matcher.value_as("positions")}
        return [Span(s) for s in sorted(starts)]
