"""A person's query → clauses that must all match: words and "quoted phrases".

Each clause is segmented like the text; a clause of several words is a phrase (its words in a
row), so an unquoted compound (违法建设) only matches text that contains it. Errors are
:class:`~search.errors.SearchError` with a message for the person who typed the query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from search.analysis import fold, is_word, query_tokens, split_word
from search.errors import SearchError

MAX_LENGTH = 100
MAX_CLAUSES = 10
_QUOTES = str.maketrans({"“": '"', "”": '"', "＂": '"', "「": '"', "」": '"'})
_SPACE = re.compile(r"\s+")

EMPTY = "请输入要搜索的词，例如“占道经营”、一个决定文号或事项名称。"
TOO_LONG = f"搜索词太长：请不超过{MAX_LENGTH}个字。"
UNBALANCED = '引号不成对：短语请用一对引号括起来，例如 "行政复议"。'
NO_WORDS = "搜索词里没有可以搜索的文字或数字，请换一个词。"
TOO_MANY = f"搜索词太多：请不超过{MAX_CLAUSES}个。"


@dataclass(frozen=True)
class Clause:
    text: str
    """Folded text of the word or phrase, without spaces."""
    quoted: bool
    tokens: tuple[tuple[str, int], ...]
    """Its words with their offsets in ``text``."""

    def alternatives(self) -> list[tuple[tuple[str, int], ...]]:
        """Ways the clause can appear in the index: as jieba segments it alone, as one dictionary
        word (jieba splits a lone 占道 into 占/道, but indexes 占道 inside 占道经营), or as the
        fewest dictionary words that tile it (无照经营 in 无证无照/经营)."""
        found = [self.tokens]
        if len(self.tokens) > 1 and is_word(self.text):
            found.append(((self.text, 0),))
        parts = split_word(self.text)
        if parts and parts not in found:
            found.append(tuple(parts))
        return found


def parse(q: str) -> tuple[Clause, ...]:
    """Clauses of ``q``; raises SearchError (``status`` 400, or 200 for an empty query)."""
    text = fold(q).translate(_QUOTES).strip()
    if not text:
        raise SearchError(EMPTY, status=200)
    if len(text) > MAX_LENGTH:
        raise SearchError(TOO_LONG)
    if text.count('"') % 2:
        raise SearchError(UNBALANCED)
    clauses: list[Clause] = []
    for i, part in enumerate(text.split('"')):
        quoted = i % 2 == 1
        pieces = [_SPACE.sub("", part)] if quoted else part.split()
        for piece in pieces:
            tokens = query_tokens(piece)
            if tokens:
                clauses.append(Clause(piece, quoted, tuple(tokens)))
    if not clauses:
        raise SearchError(NO_WORDS)
    if len(clauses) > MAX_CLAUSES:
        raise SearchError(TOO_MANY)
    # The same clause twice adds nothing.
    unique = {c.text: c for c in clauses}
    return tuple(unique.values())
