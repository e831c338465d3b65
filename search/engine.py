"""The search engine interface: the pages and the service use only this, so a large site can
put another engine (SQLite FTS5, tantivy …) behind it without touching either."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal, Protocol

from search.documents import Document
from search.query import Clause

PAGE_SIZE = 10
MAX_PAGE = 1000
"""The last results page an engine answers (deeper pages of a common word cost the most)."""
UNAVAILABLE = "搜索暂不可用：站点的搜索索引还没有建立，请稍后再试。"
_HAN_ONLY = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff]+$")
FACETS = ("type", "body", "year", "category")


@dataclass(frozen=True)
class SearchRequest:
    clauses: tuple[Clause, ...]
    """Every clause must match (AND); see :func:`search.query.parse`."""
    filters: Mapping[str, str] = field(default_factory=dict)
    """Facet name (``type``, ``body``, ``year``, ``category``) → required value."""
    sort: Literal["relevance", "date"] = "relevance"
    page: int = 1
    page_size: int = PAGE_SIZE


@dataclass(frozen=True)
class Hit:
    url: str
    title: str
    type: str
    type_label: str
    date: str
    snippet: str
    """HTML: the text around the matches, escaped, with matches in ``<mark>``."""
    decision_no: str = ""
    body_label: str = ""


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class SearchResults:
    total: int
    page: int
    pages: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]


@dataclass(frozen=True)
class UpdateReport:
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0


def facet_counts(
    values: dict[str, list[str]], labels: dict[str, dict[str, str]]
) -> dict[str, list[FacetValue]]:
    """Facet values of the matched documents with their counts: years newest first, the other
    facets most frequent first."""
    facets = {}
    for name in FACETS:
        counts = Counter(values[name])
        counts.pop("", None)
        ordered = (
            sorted(counts.items(), reverse=True)
            if name == "year"
            else sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        facets[name] = [FacetValue(v, labels[name].get(v, v), n) for v, n in ordered]
    return facets


class SearchEngine(Protocol):
    def index(self, documents: Iterable[Document], progress: bool = False) -> None:
        """Replace the whole index with ``documents``."""

    def update(self, documents: Iterable[Document], progress: bool = False) -> None:
        """Add these documents, replacing any with the same URL."""

    def delete(self, urls: Iterable[str]) -> None:
        """Remove the documents with these URLs."""

    def hashes(self) -> dict[str, str]:
        """URL → content hash of every indexed document."""

    def query(self, request: SearchRequest) -> SearchResults:
        """Raises :class:`search.errors.SearchError` when the index cannot be used."""


def sync(
    engine: SearchEngine, documents: Iterable[Document], progress: bool = False
) -> UpdateReport:
    """Make the index hold exactly ``documents``, re-indexing only what changed.

    A page whose content hash is unchanged is left alone; a page gone from the site (a
    withdrawn or expired decision) is removed.
    """
    wanted = {doc.url: doc for doc in documents}
    indexed = engine.hashes()
    if not indexed:
        engine.index(wanted.values(), progress=progress)
        return UpdateReport(added=len(wanted))
    changed = [d for url, d in wanted.items() if url in indexed and indexed[url] != d.content_hash]
    added = [d for url, d in wanted.items() if url not in indexed]
    gone = [url for url in indexed if url not in wanted]
    if gone:
        engine.delete(gone)
    if changed or added:
        engine.update([*changed, *added], progress=progress)
    return UpdateReport(
        added=len(added),
        changed=len(changed),
        removed=len(gone),
        unchanged=len(wanted) - len(added) - len(changed),
    )


def highlight_terms(clauses: Iterable[Clause]) -> list[str]:
    """What to mark: each clause as typed; for identifiers also their words (the index
    matches 〔2026〕 typed as [2026]). Not the parts of a Chinese word: 经营 alone is not what
    was asked for when the query was 占道经营."""
    terms: list[str] = []
    for clause in clauses:
        terms.append(clause.text)
        if not _HAN_ONLY.match(clause.text):
            terms.extend(word for word, _ in clause.tokens)
    return terms
