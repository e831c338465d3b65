"""Snippets: the stretch of text around the matched words, HTML-escaped, matches in <mark>.

Matching is by substring on folded text (full-width and case folded, the same length as the
original), which is what the index promises: every clause matched is in the text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from search.analysis import fold

WIDTH = 110
LEAD = 24
_SPACE = re.compile(r"\s+")


def _matches(folded: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) of the terms, longest term first at each place."""
    spans: list[tuple[int, int]] = []
    for term in sorted({t for t in terms if t}, key=len, reverse=True):
        at = folded.find(term)
        while at >= 0:
            end = at + len(term)
            if all(end <= s or at >= e for s, e in spans):
                spans.append((at, end))
            at = folded.find(term, end)
    return sorted(spans)


def snippet(text: str, terms: Sequence[str], width: int = WIDTH) -> str:
    """Escaped HTML of about ``width`` characters of ``text`` with ``terms`` marked."""
    text = _SPACE.sub(" ", text).strip()
    folded = fold(text)
    spans = _matches(folded, [fold(t) for t in terms])
    start = 0
    if spans:
        # The window (from a match) holding the most distinct matched words.
        best, best_score = spans[0][0], -1
        for s, _ in spans:
            inside = {folded[a:b] for a, b in spans if s <= a and b <= s + width - LEAD}
            if len(inside) > best_score:
                best, best_score = s, len(inside)
        start = max(0, best - LEAD)
    end = min(len(text), start + width)
    out = ["…" if start > 0 else ""]
    cursor = start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out.append(html.escape(text[cursor:s]))
        out.append(f"<mark>{html.escape(text[s:e])}</mark>")
        cursor = e
    out.append(html.escape(text[cursor:end]))
    if end < len(text):
        out.append("…")
    return "".join(out)
