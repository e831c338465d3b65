"""The engines behind :class:`search.engine.SearchEngine`, by the name the settings use."""

from __future__ import annotations

from pathlib import Path

from search.engine import SearchEngine
from search.fts5_engine import Fts5Engine
from search.whoosh_engine import WhooshEngine

ENGINES: dict[str, type[Fts5Engine] | type[WhooshEngine]] = {
    "fts5": Fts5Engine,
    "whoosh": WhooshEngine,
}
DEFAULT = "fts5"
"""SQLite FTS5: p95 a few ms at 10k pages where Whoosh takes hundreds (bench/search.py)."""


def open_engine(name: str, index_dir: Path, readonly: bool = False) -> SearchEngine:
    """The engine called ``name`` over ``index_dir``; ValueError for an unknown name."""
    try:
        engine = ENGINES[name]
    except KeyError:
        raise ValueError(f"unknown search engine {name!r}: one of {', '.join(ENGINES)}") from None
    return engine(index_dir, readonly=readonly)
