"""Small text helpers shared by detectors: full-width digits, separators, CJK tests."""

from __future__ import annotations

import re
from collections.abc import Iterable

WIDE = str.maketrans(
    "０１２３４５６７８９ＸｘＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＹＺ",
    "0123456789XxABCDEFGHIJKLMNOPQRSTUVWYZ",
)
DIGIT = "[0-9０-９]"
SEP = "(?:[ \u3000\t]{0,2}[\\-－‐‑–—][ \u3000\t]{0,2}|[ \u3000\t]{1,2}|\r?\n)"
#: every character SEP may consist of (for a character class)
SEP_CHARS = " \u3000\t\\-－‐‑–—\r\n"
ALNUM = "[0-9０-９A-Za-zＡ-Ｚａ-ｚ]"
NOT_ALNUM_BEFORE = r"(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ])"
NOT_ALNUM_AFTER = r"(?![0-9０-９A-Za-zＡ-Ｚａ-ｚ])"
_SEPARATORS = re.compile(SEP + "|\\s")


def lead(first: str) -> str:
    """``first`` (a character class) not preceded by a letter or digit.

    The class comes before the look-behind so that the regex engine can skip ahead to it:
    a pattern that starts with a look-behind is scanned ~3x slower.
    """
    return f"{first}(?<!{ALNUM}.)"


def digits_re(count: int, last: str = DIGIT) -> str:
    """A regex for ``count`` digits (the last one from ``last``), not inside a longer number,
    with single separators (spaces, hyphens) between them."""
    return f"{lead(DIGIT)}(?:{SEP}?{DIGIT}){{{count - 2}}}{SEP}?{last}"


def normalize(text: str) -> str:
    """ASCII digits and letters, separators removed: the form validators read."""
    if text.isascii() and text.isalnum():
        return text  # already that form (most numbers are)
    return _SEPARATORS.sub("", text.translate(WIDE))


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def trie_regex(words: Iterable[str]) -> str:
    """An alternation of words as a prefix tree, longest match first: ~1.5x faster to scan
    than a flat ``a|b|c`` of a few hundred words."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + build(trie) + ")"


def on_public_line(text: str, pos: int, starts: tuple[str, ...]) -> bool:
    """Whether ``pos`` is on a line that starts like the agency's own contact block
    (本机关地址：…，联系电话：…) and has no full stop before ``pos`` (so it is not a paragraph)."""
    line_start = text.rfind("\n", 0, pos) + 1
    prefix = text[line_start:pos].lstrip(" \u3000\t*#>")
    return prefix.startswith(starts) and "。" not in prefix
