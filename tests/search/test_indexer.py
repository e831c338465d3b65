"""Incremental indexing: only changed pages are re-indexed, pages gone from the site removed."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path

from search.documents import Document
from search.engine import SearchRequest, sync
from search.query import parse
from search.whoosh_engine import WhooshEngine
from tests.search.conftest import HANDWRITTEN, STREET_VENDOR


class RecordingEngine(WhooshEngine):
    def __init__(self, index_dir: Path) -> None:
        super().__init__(index_dir)
        self.written: list[str] = []

    def index(self, documents: Iterable[Document], progress: bool = False) -> None:
        docs = list(documents)
        self.written += [d.url for d in docs]
        super().index(docs, progress)

    def update(self, documents: Iterable[Document], progress: bool = False) -> None:
        docs = list(documents)
        self.written += [d.url for d in docs]
        super().update(docs, progress)


def urls(index_dir: Path, q: str) -> list[str]:
    results = WhooshEngine(index_dir, readonly=True).query(SearchRequest(parse(q)))
    return [h.url for h in results.hits]


def test_only_changed_pages_are_reindexed_and_gone_pages_removed(tmp_path: Path):
    engine = RecordingEngine(tmp_path / "index")
    first = sync(engine, HANDWRITTEN)
    assert first.added == 3 and len(engine.written) == 3

    engine.written.clear()
    again = sync(engine, HANDWRITTEN)
    assert engine.written == [] and again.unchanged == 3

    changed = dataclasses.replace(
        STREET_VENDOR, text=STREET_VENDOR.text + "另查明当事人曾夜间施工。"
    )
    withdrawn = HANDWRITTEN[1]
    report = sync(engine, [changed, HANDWRITTEN[2]])
    assert engine.written == [changed.url]
    assert (report.changed, report.removed, report.unchanged) == (1, 1, 1)
    assert urls(engine.index_dir, "夜间施工") == [changed.url]
    assert urls(engine.index_dir, "123号") == []
    assert withdrawn.url not in engine.hashes()


def test_a_reader_sees_a_new_build(tmp_path: Path, monkeypatch):
    from search import whoosh_engine

    monkeypatch.setattr(whoosh_engine, "REFRESH_EVERY", 0.0)
    writer = WhooshEngine(tmp_path / "index")
    sync(writer, HANDWRITTEN[:1])
    reader = WhooshEngine(tmp_path / "index", readonly=True)
    assert reader.query(SearchRequest(parse("违法建设"))).total == 0
    sync(writer, HANDWRITTEN)
    assert reader.query(SearchRequest(parse("违法建设"))).total == 1
