"""Remove the pages this build did not produce: a deleted item's page, an expired or removed
decision, the last pages of a list that shrank. The output folder is kept between builds (for
incremental builds), so without this a page taken off the site would still be served.
Fail closed: a page nobody claimed is deleted."""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

from core.errors import GongshiError
from plugins.files import files_under

KEY = "_GONGSHI_CLAIMED_PAGES"
MARKER = ".gongshi-output"
"""Written into an output folder that gongshi builds: only such a folder is ever pruned."""
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
    """Signal receiver (Pelican's content_written): every file Pelican writes is claimed.

    Pelican hands over ``sanitised_join(OUTPUT_PATH, name)``, an absolute normalised path, so
    plain string operations find the page's place (``Path.resolve`` per page cost 0.5 ms)."""
    if context is None or KEY not in context:
        return
    output = _absolute(context["OUTPUT_PATH"])
    page = os.path.abspath(path)
    if page.startswith(output):  # not a file written outside the output folder
        context[KEY].add(page[len(output) :].replace(os.sep, "/"))


@functools.lru_cache(maxsize=8)
def _absolute(folder: str) -> str:
    """``folder`` as an absolute path ending with a separator."""
    return os.path.join(os.path.abspath(folder), "")


class ForeignOutputError(GongshiError):
    """The output folder holds pages gongshi did not write."""


def prune(output: Path, settings: dict[str, Any], files: list[str] | None = None) -> list[str]:
    """Delete every HTML page under ``output`` that no generator claimed; returns their paths.

    A folder without gongshi's marker is never pruned: if it holds pages this build did not
    write, the build stops instead of deleting someone else's files.
    """
    claimed = settings.get(KEY)
    if claimed is None:
        return []
    if files is None:
        files = files_under(output)
    unclaimed = [
        output / p
        for p in files
        if p.endswith(".html") and p.split("/", 1)[0] not in KEPT_DIRS and p not in claimed
    ]
    marker = output / MARKER
    if not marker.exists():
        if unclaimed:
            names = ", ".join(p.relative_to(output).as_posix() for p in unclaimed[:3])
            raise ForeignOutputError(
                f"the output folder holds {len(unclaimed)} page(s) this build did not write "
                f"({names} …)",
                file=str(output),
                hint="build into an empty folder, or delete those pages if they are stale",
            )
        marker.write_text(
            "gongshi builds this folder; pages it no longer writes are removed\n", encoding="utf-8"
        )
    removed = []
    for page in unclaimed:
        page.unlink()
        removed.append(page.relative_to(output).as_posix())
        parent = page.parent
        while parent != output and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent
    return removed
