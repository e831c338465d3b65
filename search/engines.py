"""The engines behind :class:`search.engine.SearchEngine`, by the name the settings use.

An engine's module is imported when the engine is first asked for: a build or a service with
SQLite FTS5 does not import Whoosh (40 ms of every start).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from search.engine import SearchEngine

DEFAULT = "fts5"
"""SQLite FTS5: p95 a few ms at 10k pages where Whoosh takes hundreds (bench/search.py)."""


class _Engines(Mapping[str, Any]):
    """Engine name → engine class, each imported on first use."""

    CLASSES = {
        "fts5": ("search.fts5_engine", "Fts5Engine"),
        "whoosh": ("search.whoosh_engine", "WhooshEngine"),
    }

    def __getitem__(self, name: str) -> Any:
        module, cls = self.CLASSES[name]
        return getattr(importlib.import_module(module), cls)

    def __iter__(self) -> Iterator[str]:
        return iter(self.CLASSES)

    def __len__(self) -> int:
        return len(self.CLASSES)


ENGINES = _Engines()


def open_engine(name: str, index_dir: Path, readonly: bool = False) -> SearchEngine:
    """The engine called ``name`` over ``index_dir``; ValueError for an unknown name."""
    try:
        engine = ENGINES[name]
    except KeyError:
        raise ValueError(f"unknown search engine {name!r}: one of {', '.join(ENGINES)}") from None
    return engine(index_dir, readonly=readonly)  # type: ignore[no-any-return]
