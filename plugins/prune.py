"""Remove the pages this build did not produce: a deleted item's page, an expired or removed
decision, the last pages of a list that shrank. The output folder is kept between builds (for
incremental builds), so without this a page taken off the site would still be served.
Fail closed: a page nobody claimed is deleted."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

KEY = "_GONGSHI_CLAIMED_PAGES"
KEPT_DIRS = {"theme"}
"""Copied from the theme, not generated from content."""


def start(pelican: Any) -> None:
    """Signal receiver (initialized): a fresh set of claimed pages for this build."""
    pelican.settings[KEY] = set()


def claim(settings: dict[str, Any], save_as: str) -> None:
    """A page that is current without being written again (an incremental build skipped it)."""
    claimed = settings.get(KEY)
    if claimed is not None:
        claimed.add(save_as)


def written(path: str, context: Any = None) -> None:
    """Signal receiver (Pelican's content_written): every file Pelican writes is claimed."""
    if context is None or KEY not in context:
        return
    output = Path(context["OUTPUT_PATH"]).resolve()
    with contextlib.suppress(ValueError):  # a file written outside the output folder
        context[KEY].add(Path(path).resolve().relative_to(output).as_posix())


def prune(output: Path, settings: dict[str, Any]) -> list[str]:
    """Delete every HTML page under ``output`` that no generator claimed; returns their paths."""
    claimed = settings.get(KEY)
    if claimed is None:
        return []
    removed = []
    for page in sorted(output.rglob("*.html")):
        rel = page.relative_to(output)
        if rel.parts[0] in KEPT_DIRS or rel.as_posix() in claimed:
            continue
        page.unlink()
        removed.append(rel.as_posix())
        parent = page.parent
        while parent != output and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent
    return removed
