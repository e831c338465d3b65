"""The SQLite FTS5 implementation of :class:`search.engine.SearchEngine` (standard library).

FTS5 cannot take our tokenizer, so the text is tokenized here (:mod:`search.analysis`) and
stored pre-segmented, one table row per page:

- ``title`` and ``words``: every indexed word (jieba's words, their dictionary parts, domain
  terms, numbers without leading zeros) of the title and of the whole text, separated by spaces;
- ``grams``: the folded text as overlapping two-character grams, anything that is not a letter
  or digit written as one placeholder character.

A clause of one word is that word in ``words``. A clause of several words (占道 经营, a quoted
phrase, a decision number) needs its words in ``words`` *and* its characters in a row, as an
FTS5 phrase of grams: that is the adjacency :mod:`search.adjacent` checks for Whoosh, answered
inside SQLite. Ranking is FTS5's bm25 (title words weigh 3, grams nothing); counts, facets,
filters and the ranking come from one pass over the matches; snippets are made for the page's
hits only, from the stored text.

The index is one file, ``fts5.sqlite3`` in the index folder. A full build writes a new file and
renames it over the old one; a reader opens it read-only and reopens it when it changes.
"""

from __future__ import annotations

import heapq
import os
import re
import shutil
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from search import analysis
from search.analysis import fold, index_words, is_domain_term
from search.documents import Document
from search.engine import (
    FACETS,
    MAX_PAGE,
    UNAVAILABLE,
    Hit,
    SearchRequest,
    SearchResults,
    UpdateReport,
    facet_counts,
    highlight_terms,
    sync,
)
from search.errors import SearchError
from search.query import Clause
from search.snippets import snippet

FILE_NAME = "fts5.sqlite3"
REFRESH_EVERY = 1.0
"""Seconds between two looks at the index file for a newer index."""
WEIGHTS = (3.0, 1.0, 0.0)
"""bm25 weight of title, words, grams."""
POOL_MIN = 200
"""Documents from which a full build tokenizes in a process pool."""
BATCH = 500

_PLACEHOLDER = "\ue000"
"""A private-use character: FTS5's unicode61 keeps it inside a token, and no text holds it."""
_NOT_WORDY = re.compile(r"[\W_]")

_SCHEMA = """
CREATE TABLE doc (
    id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, hash TEXT NOT NULL, title TEXT NOT NULL,
    type TEXT NOT NULL, type_label TEXT NOT NULL, body TEXT NOT NULL, body_label TEXT NOT NULL,
    year TEXT NOT NULL, category TEXT NOT NULL, date TEXT NOT NULL, decision_no TEXT NOT NULL,
    content TEXT NOT NULL
);
CREATE VIRTUAL TABLE fts USING fts5(
    title, words, grams, tokenize = 'unicode61 remove_diacritics 0'
);
"""


def grams(text: str) -> list[str]:
    """Overlapping two-character grams of folded ``text``; non-word characters are one
    placeholder (〔 and [ alike, as the index's word offsets treat them)."""
    marked = _NOT_WORDY.sub(_PLACEHOLDER, text)
    return [marked[i : i + 2] for i in range(len(marked) - 1)]


def tokenize(doc: Document) -> tuple[str, str, str]:
    """The three FTS5 columns of ``doc``: title words, words, grams (the slow part: jieba)."""
    text = fold(f"{doc.title}\n{doc.decision_no}\n{doc.text}")
    title = " ".join(index_words(fold(doc.title)))
    return title, " ".join(index_words(text)), " ".join(grams(text))


def _phrase(*tokens: str) -> str:
    return '"' + " ".join(tokens).replace('"', '""') + '"'


def clause_match(clause: Clause) -> str:
    """FTS5 query of one clause: any of its alternatives (see :meth:`Clause.alternatives`).

    A domain term is indexed wherever it occurs, so it is its own word: no phrase of grams
    (the costly part) is needed to find it.
    """
    if is_domain_term(clause.text):
        return "{title words}: " + _phrase(clause.text)
    alternatives: list[str] = []
    for tokens in clause.alternatives():
        if len(tokens) == 1:
            alternatives.append("{title words}: " + _phrase(tokens[0][0]))
            continue
        words = " AND ".join(_phrase(w) for w, _ in tokens)
        start = tokens[0][1]
        end = tokens[-1][1] + len(tokens[-1][0])
        chars = _phrase(*grams(clause.text[start:end]))
        alternative = f"({{title words}}: ({words}) AND grams: {chars})"
        if alternative not in alternatives:
            alternatives.append(alternative)
    return "(" + " OR ".join(alternatives) + ")"


def match_expression(clauses: Iterable[Clause]) -> str:
    return " AND ".join(clause_match(c) for c in clauses)


def _init_worker(cache_dir: str | None) -> None:
    analysis.initialize(Path(cache_dir) if cache_dir else None)


def _tokenized(docs: list[Document], pool: bool) -> Iterator[tuple[str, str, str]]:
    """Columns of each document, in order; in a process pool (one per core) for many."""
    workers = min(os.cpu_count() or 1, 4)
    if not pool or workers < 2 or len(docs) < POOL_MIN:
        yield from map(tokenize, docs)
        return
    import multiprocessing

    analysis.SEGMENTER.initialize()  # forked workers inherit the loaded dictionary
    cache = analysis.SEGMENTER.tmp_dir
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_init_worker, initargs=(cache,)
    ) as executor:
        yield from executor.map(tokenize, docs, chunksize=32)


def _progress(items: Iterator[Any], total: int, enabled: bool, what: str) -> Iterator[Any]:
    if enabled and total > 1:
        from rich.console import Console
        from rich.progress import track

        console = Console(stderr=True)
        if console.is_terminal:
            yield from track(items, total=total, description=what, console=console)
            return
    yield from items


def _doc_row(doc: Document) -> tuple[str, ...]:
    return (
        doc.url,
        doc.content_hash,
        doc.title,
        doc.type,
        doc.type_label or doc.type,
        doc.body,
        doc.body_label or doc.body,
        doc.year,
        doc.category,
        doc.date,
        doc.decision_no,
        doc.text,
    )


def _insert(
    db: sqlite3.Connection, docs: list[Document], columns: Iterable[tuple[str, ...]]
) -> None:
    for doc, (title, words, chars) in zip(docs, columns, strict=True):
        cursor = db.execute(
            "INSERT INTO doc (url, hash, title, type, type_label, body, body_label, year, "
            "category, date, decision_no, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _doc_row(doc),
        )
        db.execute(
            "INSERT INTO fts (rowid, title, words, grams) VALUES (?, ?, ?, ?)",
            (cursor.lastrowid, title, words, chars),
        )


class _Reader:
    """One read-only connection and the facet columns of every document, by rowid."""

    def __init__(self, path: str) -> None:
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.columns: dict[int, tuple[str, str, str, str, str]] = {}
        self.labels: dict[str, dict[str, str]] = {name: {} for name in FACETS}
        for row in self.db.execute(
            "SELECT id, type, body, year, category, date, type_label, body_label FROM doc"
        ):
            self.columns[row[0]] = row[1:6]
            self.labels["type"].setdefault(row[1], row[6])
            self.labels["body"].setdefault(row[2], row[7])


def _remove_orphans(folder: Path) -> None:
    """Delete the staged and half-built files of processes that are gone (a killed build)."""
    for path in folder.glob(f"{FILE_NAME}.*.*"):
        pid = path.name.split(".")[-2]
        if not pid.isdigit() or path.suffix not in (".staged", ".building"):
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            path.unlink(missing_ok=True)
        except PermissionError:  # another user's live process
            pass


class Fts5Engine:
    def __init__(self, index_dir: Path, readonly: bool = False, file_name: str = FILE_NAME) -> None:
        self.index_dir = Path(index_dir)
        self.path = self.index_dir / file_name
        self.readonly = readonly
        self.pool = True
        """Whether a full index tokenizes in a process pool (not when it runs beside a build
        that keeps the other cores busy, see :meth:`stage`)."""
        self._lock = threading.RLock()
        self._reader: _Reader | None = None
        self._fingerprint: Any = None
        self._checked = 0.0

    # Writing -------------------------------------------------------------------------------

    def _writable(self) -> sqlite3.Connection:
        if self.readonly:
            raise SearchError("the search index is open read-only", status=500)
        if not self.path.exists():
            self.index([])
        return sqlite3.connect(self.path)

    def index(self, documents: Iterable[Document], progress: bool = False) -> None:
        """Write a new file and rename it over the old one: readers never see half an index."""
        if self.readonly:
            raise SearchError("the search index is open read-only", status=500)
        docs = list(documents)
        self.index_dir.mkdir(parents=True, exist_ok=True)
        building = self.path.with_name(f"{FILE_NAME}.{os.getpid()}.building")
        building.unlink(missing_ok=True)
        db = sqlite3.connect(building)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            db.executescript(_SCHEMA)
            columns = _progress(
                _tokenized(docs, pool=self.pool), len(docs), progress, "建立搜索索引"
            )
            with db:
                _insert(db, docs, columns)
            db.execute("INSERT INTO fts (fts) VALUES ('optimize')")
            db.execute("PRAGMA journal_mode = DELETE")
            db.commit()
            db.close()
            os.replace(building, self.path)
        except BaseException:
            db.close()
            building.unlink(missing_ok=True)
            raise

    def stage(self, documents: Iterable[Document]) -> tuple[Path, UpdateReport]:
        """What :func:`search.engine.sync` would make of the index, written to a new file
        beside it (a copy of it, synced) without touching the index: :meth:`publish` renames it
        over the index, :meth:`discard` deletes it. Tokenizes in this process only."""
        if self.readonly:
            raise SearchError("the search index is open read-only", status=500)
        self.index_dir.mkdir(parents=True, exist_ok=True)
        _remove_orphans(self.index_dir)
        name = f"{self.path.name}.{os.getpid()}.staged"
        staged = self.path.with_name(name)
        staged.unlink(missing_ok=True)
        try:
            if self.path.exists():
                shutil.copyfile(self.path, staged)
            engine = Fts5Engine(self.index_dir, file_name=name)
            engine.pool = False
            report = sync(engine, documents)
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
        return staged, report

    def publish(self, staged: Path) -> None:
        os.replace(staged, self.path)

    def discard(self, pid: int) -> None:
        """Delete what the staging process ``pid`` wrote (it has ended)."""
        for suffix in ("staged", "building"):
            self.path.with_name(f"{self.path.name}.{pid}.{suffix}").unlink(missing_ok=True)

    def update(self, documents: Iterable[Document], progress: bool = False) -> None:
        docs = list(documents)
        columns = list(_progress(_tokenized(docs, pool=False), len(docs), progress, "更新搜索索引"))
        db = self._writable()
        try:
            with db:
                self._delete(db, [d.url for d in docs])
                _insert(db, docs, columns)
        finally:
            db.close()

    @staticmethod
    def _delete(db: sqlite3.Connection, urls: list[str]) -> None:
        for url in urls:
            row = db.execute("SELECT id FROM doc WHERE url = ?", (url,)).fetchone()
            if row:
                db.execute("DELETE FROM fts WHERE rowid = ?", row)
                db.execute("DELETE FROM doc WHERE id = ?", row)

    def delete(self, urls: Iterable[str]) -> None:
        db = self._writable()
        try:
            with db:
                self._delete(db, list(urls))
        finally:
            db.close()

    def hashes(self) -> dict[str, str]:
        if not self.path.exists():
            return {}
        db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            return dict(db.execute("SELECT url, hash FROM doc"))
        finally:
            db.close()

    # Reading -------------------------------------------------------------------------------

    def _disk_fingerprint(self) -> Any:
        try:
            real = os.path.realpath(self.path)
            stat = os.stat(real)
        except FileNotFoundError:
            return None
        return (real, stat.st_ino, stat.st_mtime_ns, stat.st_size)

    def reader(self) -> _Reader:
        """The open reader, reopened when the file on disk changed (checked each second)."""
        now = time.monotonic()
        if self._reader is not None and now - self._checked < REFRESH_EVERY:
            return self._reader
        self._checked = now
        fingerprint = self._disk_fingerprint()
        if fingerprint is None:
            raise SearchError(UNAVAILABLE, status=503)
        if fingerprint != self._fingerprint or self._reader is None:
            old = self._reader
            self._reader = _Reader(fingerprint[0])
            self._fingerprint = fingerprint
            if old is not None:
                old.db.close()
        return self._reader

    def close(self) -> None:
        with self._lock:
            if self._reader is not None:
                self._reader.db.close()
                self._reader = None

    def query(self, request: SearchRequest) -> SearchResults:
        with self._lock:
            return self._query(self.reader(), request)

    def _query(self, reader: _Reader, request: SearchRequest) -> SearchResults:
        match = match_expression(request.clauses)
        if request.sort == "date":  # no scores needed: bm25 costs as much as the match
            rows = reader.db.execute(
                "SELECT rowid, 0 FROM fts WHERE fts MATCH ?", (match,)
            ).fetchall()
        else:
            rows = reader.db.execute(
                "SELECT rowid, bm25(fts, ?, ?, ?) FROM fts WHERE fts MATCH ?", (*WEIGHTS, match)
            ).fetchall()
        columns = reader.columns
        wanted = [(FACETS.index(n), v) for n, v in request.filters.items() if v]
        if wanted:
            rows = [r for r in rows if all(columns[r[0]][i] == v for i, v in wanted)]
        # Facet counts from the distinct (type, body, year, category) of the matches: a few
        # dozen, however many documents matched.
        combos = Counter(columns[r[0]][:4] for r in rows)
        facets = facet_counts(
            {
                name: [c[i] for c, n in combos.items() for _ in range(n)]
                for i, name in enumerate(FACETS)
            },
            reader.labels,
        )
        total = len(rows)
        size = request.page_size
        pages = max(1, -(-total // size))
        page = request.page
        hits: list[Hit] = []
        if rows and page <= min(pages, MAX_PAGE):
            if request.sort == "date":
                rows.sort(key=lambda r: columns[r[0]][4], reverse=True)
            else:
                rows = heapq.nsmallest(page * size, rows, key=lambda r: (r[1], r[0]))
            ids = [r[0] for r in rows[(page - 1) * size : page * size]]
            marks = ",".join("?" * len(ids))
            stored = {
                row[0]: row
                for row in reader.db.execute(
                    "SELECT id, url, title, type, type_label, date, content, decision_no, body, "
                    f"body_label FROM doc WHERE id IN ({marks})",
                    ids,
                )
            }
            terms = highlight_terms(request.clauses)
            for i in ids:
                _, url, title, type_, type_label, date, content, decision_no, body, body_label = (
                    stored[i]
                )
                hits.append(
                    Hit(
                        url=url,
                        title=title,
                        type=type_,
                        type_label=type_label,
                        date=date,
                        snippet=snippet(content, terms),
                        decision_no=decision_no,
                        body_label=body_label if body else "",
                    )
                )
        return SearchResults(total=total, page=page, pages=pages, hits=hits, facets=facets)
