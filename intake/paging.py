"""Pages of the staff queues: a fixed number of rows, the total, and which page was asked for.

The page number comes from the query string as typed by anyone; :func:`page_number` never
fails, and the store clamps the number to the pages that exist (:func:`clamp`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PAGE_SIZE = 50
# More digits than any real page number: treated as "beyond the last page", never parsed into
# an OFFSET too large for the database (or an int too long for Python's str → int limit).
_MAX_DIGITS = 9
BEYOND = 10**_MAX_DIGITS


def page_number(raw: str | None) -> int:
    """The page asked for in ``?page=``: 1 when missing, not a number or below 1."""
    raw = (raw or "").strip()
    if not (raw.isascii() and raw.isdigit()):
        return 1
    if len(raw.lstrip("0")) > _MAX_DIGITS:
        return BEYOND
    return max(1, int(raw))


def page_count(total: int, size: int) -> int:
    """How many pages ``total`` rows fill (an empty queue still has its one, empty page)."""
    return max(1, -(-total // size))


def clamp(requested: int, total: int, size: int) -> int:
    """The page to show: the one asked for, or the last one when it is beyond the end."""
    return min(max(1, requested), page_count(total, size))


@dataclass(frozen=True)
class Page:
    """One page of a queue: its rows, the total over all pages, and the page asked for."""

    rows: list[dict[str, Any]]
    total: int
    number: int
    size: int
    requested: int

    @property
    def pages(self) -> int:
        return page_count(self.total, self.size)

    @property
    def beyond(self) -> bool:
        """The page asked for does not exist, so the last one is shown instead."""
        return self.requested > self.pages

    @property
    def first(self) -> int:
        """The 1-based position of the first row shown (0 when there is none)."""
        return (self.number - 1) * self.size + 1 if self.rows else 0

    @property
    def last(self) -> int:
        return (self.number - 1) * self.size + len(self.rows)
