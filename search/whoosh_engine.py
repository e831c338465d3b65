"""The Whoosh implementation of :class:`search.engine.SearchEngine`.

Writing (``gongshi build``) and reading (the service) are separate: a reader opens the index
read-only, once, and reopens it when the files on disk change (a new build, or a fresh copy
swapped in), so several service instances can each read their own copy.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index  # type: ignore[import-untyped]
from whoosh import writing  # type: ignore[import-untyped]
from whoosh.fields import ID, STORED, TEXT, Schema  # type: ignore[import-untyped]
from whoosh.filedb.filestore import FileStorage  # type: ignore[import-untyped]
from whoosh.query import And, AndMaybe, Or, Query, Term  # type: ignore[import-untyped]
from whoosh.searching import Searcher  # type: ignore[import-untyped]
from whoosh.sorting import FieldFacet  # type: ignore[import-untyped]

from search.adjacent import Adjacent
from search.documents import Document
from search.engine import (
    FACETS,
    MAX_PAGE,
    UNAVAILABLE,
    Hit,
    SearchRequest,
    SearchResults,
    facet_counts,
    highlight_terms,
)
from search.errors import SearchError
from search.query import Clause
from search.snippets import snippet
from search.whoosh_analysis import analyzer

INDEX_NAME = "MAIN"
TITLE_BOOST = 3.0
REFRESH_EVERY = 1.0
"""Seconds between two looks at the index folder for a newer index."""


def schema() -> Schema:
    chinese = analyzer()
    return Schema(
        url=ID(unique=True, stored=True, sortable=True),
        hash=ID(sortable=True),
        title=TEXT(analyzer=chinese, stored=True),
        text=TEXT(analyzer=chinese),
        content=STORED,
        type=ID(stored=True, sortable=True),
        type_label=ID(stored=True, sortable=True),
        body=ID(stored=True, sortable=True),
        body_label=ID(stored=True, sortable=True),
        year=ID(stored=True, sortable=True),
        category=ID(stored=True, sortable=True),
        date=ID(stored=True, sortable=True),
        decision_no=STORED,
    )


def _fields(doc: Document) -> dict[str, Any]:
    return {
        "url": doc.url,
        "hash": doc.content_hash,
        "title": doc.title,
        # The title is searched with the text; its own field only adds to the score.
        "text": f"{doc.title}\n{doc.decision_no}\n{doc.text}",
        "content": doc.text,
        "type": doc.type,
        "type_label": doc.type_label or doc.type,
        "body": doc.body,
        "body_label": doc.body_label or doc.body,
        "year": doc.year,
        "category": doc.category,
        "date": doc.date,
        "decision_no": doc.decision_no,
    }


def _progress(documents: list[Document], enabled: bool, what: str) -> Iterator[Document]:
    if enabled and len(documents) > 1:
        from rich.console import Console
        from rich.progress import track

        console = Console(stderr=True)
        if console.is_terminal:
            yield from track(documents, description=what, console=console, transient=True)
            return
    yield from documents


def clause_query(clause: Clause, fieldname: str) -> Query:
    alternatives: list[Query] = []
    for tokens in clause.alternatives():
        if len(tokens) == 1:
            alternatives.append(Term(fieldname, tokens[0][0]))
        else:
            alternatives.append(Adjacent(fieldname, [w for w, _ in tokens], [o for _, o in tokens]))
    return alternatives[0] if len(alternatives) == 1 else Or(alternatives)


class _Columns:
    """Facet values of every document of one searcher, as lists indexed by document number."""

    def __init__(self, searcher: Searcher) -> None:
        reader = searcher.reader()
        self.values = {name: list(reader.column_reader(name)) for name in FACETS}
        labels = {"type": "type_label", "body": "body_label"}
        self.labels: dict[str, dict[str, str]] = {name: {} for name in FACETS}
        for name, label_field in labels.items():
            for value, label in zip(
                self.values[name], reader.column_reader(label_field), strict=True
            ):
                self.labels[name].setdefault(value, label)


class WhooshEngine:
    def __init__(self, index_dir: Path, readonly: bool = False) -> None:
        self.index_dir = Path(index_dir)
        self.readonly = readonly
        self._lock = threading.RLock()
        self._searcher: Searcher | None = None
        self._columns: _Columns | None = None
        self._fingerprint: Any = None
        self._checked = 0.0

    # Writing -------------------------------------------------------------------------------

    def _writable(self) -> Any:
        if self.readonly:
            raise SearchError("the search index is open read-only", status=500)
        self.index_dir.mkdir(parents=True, exist_ok=True)
        if whoosh_index.exists_in(str(self.index_dir), INDEX_NAME):
            return whoosh_index.open_dir(str(self.index_dir), INDEX_NAME)
        return whoosh_index.create_in(str(self.index_dir), schema(), INDEX_NAME)

    def _write(self, documents: Iterable[Document], progress: bool, clear: bool, what: str) -> None:
        docs = list(documents)
        ix = self._writable()
        writer = ix.writer(limitmb=256)
        try:
            for doc in _progress(docs, progress, what):
                if clear:
                    writer.add_document(**_fields(doc))
                else:
                    writer.update_document(**_fields(doc))
        except BaseException:
            writer.cancel()
            raise
        writer.commit(mergetype=writing.CLEAR if clear else writing.MERGE_SMALL)
        ix.close()

    def index(self, documents: Iterable[Document], progress: bool = False) -> None:
        self._write(documents, progress, clear=True, what="建立搜索索引")

    def update(self, documents: Iterable[Document], progress: bool = False) -> None:
        self._write(documents, progress, clear=False, what="更新搜索索引")

    def delete(self, urls: Iterable[str]) -> None:
        ix = self._writable()
        writer = ix.writer()
        for url in urls:
            writer.delete_by_term("url", url)
        writer.commit()
        ix.close()

    def hashes(self) -> dict[str, str]:
        if not whoosh_index.exists_in(str(self.index_dir), INDEX_NAME):
            return {}
        ix = whoosh_index.open_dir(str(self.index_dir), INDEX_NAME, readonly=True)
        with ix.reader() as reader:
            urls = reader.column_reader("url")
            hashes = reader.column_reader("hash")
            found = {urls[d]: hashes[d] for d in reader.all_doc_ids()}
        ix.close()
        return found

    # Reading -------------------------------------------------------------------------------

    def _disk_fingerprint(self) -> Any:
        try:
            real = os.path.realpath(self.index_dir)
            tocs = sorted(
                (e.name, e.stat().st_mtime_ns)
                for e in os.scandir(real)
                if e.name.startswith(f"_{INDEX_NAME}_") and e.name.endswith(".toc")
            )
        except FileNotFoundError:
            return None
        return (real, tuple(tocs)) if tocs else None

    def searcher(self) -> Searcher:
        """The open searcher, reopened when the index on disk changed (checked each second)."""
        now = time.monotonic()
        if self._searcher is not None and now - self._checked < REFRESH_EVERY:
            return self._searcher
        self._checked = now
        fingerprint = self._disk_fingerprint()
        if fingerprint is None:
            raise SearchError(UNAVAILABLE, status=503)
        if fingerprint != self._fingerprint or self._searcher is None:
            storage = FileStorage(fingerprint[0], readonly=True)
            ix = storage.open_index(INDEX_NAME)
            old = self._searcher
            self._searcher = ix.searcher()
            self._columns = _Columns(self._searcher)
            self._fingerprint = fingerprint
            if old is not None:
                old.close()
        return self._searcher

    def close(self) -> None:
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None

    def query(self, request: SearchRequest) -> SearchResults:
        with self._lock:
            searcher = self.searcher()
            columns = self._columns
            assert columns is not None
            return self._query(searcher, columns, request)

    def _query(
        self, searcher: Searcher, columns: _Columns, request: SearchRequest
    ) -> SearchResults:
        # One pass: every match is scored once, in rank (or date) order; counts, facets and
        # filters come from the column values of those document numbers.
        required = [clause_query(c, "text") for c in request.clauses]
        matching = required[0] if len(required) == 1 else And(required)
        title = [clause_query(c, "title") for c in request.clauses]
        scored = AndMaybe(matching, title[0] if len(title) == 1 else Or(title))
        kwargs: dict[str, Any] = {}
        if request.sort == "date":
            kwargs["sortedby"] = [FieldFacet("date", reverse=True)]
        results = searcher.search(scored, limit=None, terms=False, **kwargs)
        matched = [docnum for _, docnum in results.top_n]
        values = columns.values
        for name, wanted in request.filters.items():
            if wanted:
                column = values[name]
                matched = [d for d in matched if column[d] == wanted]
        facets = facet_counts(
            {name: [values[name][d] for d in matched] for name in FACETS}, columns.labels
        )
        total = len(matched)
        size = request.page_size
        pages = max(1, -(-total // size))
        page = request.page
        hits: list[Hit] = []
        if matched and page <= min(pages, MAX_PAGE):
            terms = highlight_terms(request.clauses)
            for docnum in matched[(page - 1) * size : page * size]:
                stored = searcher.stored_fields(docnum)
                hits.append(
                    Hit(
                        url=stored["url"],
                        title=stored["title"],
                        type=stored["type"],
                        type_label=stored.get("type_label", ""),
                        date=stored.get("date", ""),
                        snippet=snippet(stored.get("content", ""), terms),
                        decision_no=stored.get("decision_no", ""),
                        body_label=stored.get("body_label", "") if stored.get("body") else "",
                    )
                )
        return SearchResults(total=total, page=page, pages=pages, hits=hits, facets=facets)
