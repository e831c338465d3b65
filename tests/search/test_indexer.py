"""Incremental indexing: only changed pages are re-indexed, pages gone from the site removed."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path

import pytest

from search import fts5_engine, whoosh_engine
from search.documents import Document
from search.engine import SearchEngine, SearchRequest, sync
from search.engines import ENGINES, open_engine
from search.errors import SearchError
from search.query import parse
from tests.search.conftest import HANDWRITTEN, STREET_VENDOR


def recording(name: str, index_dir: Path) -> SearchEngine:
    """An engine that records the URLs it was asked to (re)index."""

    class Recording(ENGINES[name]):  # type: ignore[misc,valid-type]
        written: list[str] = []

        def index(self, documents: Iterable[Document], progress: bool = False) -> None:
            docs = list(documents)
            self.written += [d.url for d in docs]
            super().index(docs, progress)

        def update(self, documents: Iterable[Document], progress: bool = False) -> None:
            docs = list(documents)
            self.written += [d.url for d in docs]
            super().update(docs, progress)

    return Recording(index_dir)  # type: ignore[no-any-return]


def urls(name: str, index_dir: Path, q: str) -> list[str]:
    results = open_engine(name, index_dir, readonly=True).query(SearchRequest(parse(q)))
    return [h.url for h in results.hits]


def test_only_changed_pages_are_reindexed_and_gone_pages_removed(engine_name: str, tmp_path: Path):
    engine = recording(engine_name, tmp_path / "index")
    first = sync(engine, HANDWRITTEN)
    assert first.added == 3 and len(engine.written) == 3  # type: ignore[attr-defined]

    engine.written.clear()  # type: ignore[attr-defined]
    again = sync(engine, HANDWRITTEN)
    assert engine.written == [] and again.unchanged == 3  # type: ignore[attr-defined]

    changed = dataclasses.replace(
        STREET_VENDOR, text=STREET_VENDOR.text + "另查明当事人曾夜间施工。"
    )
    withdrawn = HANDWRITTEN[1]
    report = sync(engine, [changed, HANDWRITTEN[2]])
    assert engine.written == [changed.url]  # type: ignore[attr-defined]
    assert (report.changed, report.removed, report.unchanged) == (1, 1, 1)
    assert urls(engine_name, tmp_path / "index", "夜间施工") == [changed.url]
    assert urls(engine_name, tmp_path / "index", "123号") == []
    assert withdrawn.url not in engine.hashes()


def test_a_reader_sees_a_new_build(engine_name: str, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(whoosh_engine, "REFRESH_EVERY", 0.0)
    monkeypatch.setattr(fts5_engine, "REFRESH_EVERY", 0.0)
    writer = open_engine(engine_name, tmp_path / "index")
    sync(writer, HANDWRITTEN[:1])
    reader = open_engine(engine_name, tmp_path / "index", readonly=True)
    assert reader.query(SearchRequest(parse("违法建设"))).total == 0
    sync(writer, HANDWRITTEN)
    assert reader.query(SearchRequest(parse("违法建设"))).total == 1


def test_a_read_only_index_is_never_written(engine_name: str, tmp_path: Path):
    sync(open_engine(engine_name, tmp_path / "index"), HANDWRITTEN)
    reader = open_engine(engine_name, tmp_path / "index", readonly=True)
    with pytest.raises(SearchError):
        reader.update(HANDWRITTEN[:1])
    assert reader.query(SearchRequest(parse("占道经营"))).total == 1


def test_a_full_rebuild_in_a_process_pool_indexes_the_same(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(fts5_engine, "POOL_MIN", 1)
    pooled = open_engine("fts5", tmp_path / "pooled")
    pooled.index(HANDWRITTEN)
    reader = open_engine("fts5", tmp_path / "pooled", readonly=True)
    results = reader.query(SearchRequest(parse("临综执罚决字[2026]第0012号")))
    assert [h.url for h in results.hits] == [STREET_VENDOR.url]


def test_unknown_engine_is_refused(tmp_path: Path):
    with pytest.raises(ValueError, match="whoosh"):
        open_engine("lucene", tmp_path)


def test_a_staged_index_changes_nothing_until_published(tmp_path: Path):
    index_dir = tmp_path / "index"
    engine = fts5_engine.Fts5Engine(index_dir)
    staged, report = engine.stage(HANDWRITTEN)  # no index yet: a full one is staged
    assert report.added == 3 and not engine.path.exists()
    engine.publish(staged)
    assert urls("fts5", index_dir, "123号") != []

    changed = dataclasses.replace(STREET_VENDOR, text=STREET_VENDOR.text + "另查明夜间施工。")
    staged, report = engine.stage([changed, *HANDWRITTEN[1:]])
    assert (report.changed, report.unchanged) == (1, 2)
    assert urls("fts5", index_dir, "夜间施工") == [], "the live index is untouched"
    engine.publish(staged)
    assert urls("fts5", index_dir, "夜间施工") == [changed.url]
    assert sorted(p.name for p in index_dir.iterdir()) == [fts5_engine.FILE_NAME]


def test_files_of_a_killed_staging_are_removed_by_the_next(tmp_path: Path):
    index_dir = tmp_path / "index"
    engine = fts5_engine.Fts5Engine(index_dir)
    engine.publish(engine.stage(HANDWRITTEN)[0])
    dead = 2**22 + 12345  # above the default pid_max: no such process
    orphan = index_dir / f"{fts5_engine.FILE_NAME}.{dead}.staged"
    orphan.write_bytes(b"half")
    engine.discard(int(engine.stage(HANDWRITTEN)[0].name.split(".")[-2]))
    assert not orphan.exists()
