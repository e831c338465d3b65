"""The Whoosh side of :mod:`search.analysis`: a tokenizer giving each token its character
offset as its position (see that module). Imported only where Whoosh is the engine."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from whoosh.analysis import Composable, Token, Tokenizer  # type: ignore[import-untyped]

from search.analysis import fold, index_tokens, query_tokens


class ChineseTokenizer(Tokenizer):  # type: ignore[misc]
    """The Whoosh tokenizer of :func:`index_tokens`: position = character offset.

    Whoosh pickles the schema with this object in it, so it holds no state: the segmenter is
    the module's.
    """

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ChineseTokenizer)

    def __hash__(self) -> int:
        return hash(type(self).__name__)

    def __call__(
        self,
        value: Any,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        text = fold(value)
        pairs = query_tokens(text) if mode == "query" else index_tokens(text)
        if not tokenize:
            pairs = [(text, 0)]
        for word, start in pairs:
            token.text = word
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = word
            if positions:
                token.pos = start_pos + start
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + start + len(word)
            yield token


def analyzer() -> Composable:
    return ChineseTokenizer()
