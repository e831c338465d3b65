"""Markdown tables (| 姓名 | 住址 |): the label at the top of each cell's column.

A form written as a table puts the labels in a header row and the values under them, so a
value cannot be read by the label before it on its line, only by its column's header.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

#: the row under a header: | --- | :---: |
_SEPARATOR = re.compile(
    r"[ \u3000]*\|?(?:[ \u3000]*:?-{3,}:?[ \u3000]*\|)+[ \u3000]*:?-*[ \u3000]*"
)
_LABEL_NOISE = re.compile(r"[*_ \u3000：:]")


class Cell(NamedTuple):
    """A data cell: its column's header label (spaces, colons and emphasis removed) and the
    span of its value (surrounding spaces excluded)."""

    label: str
    start: int
    end: int
    #: the labels of every column of its table
    columns: tuple[str, ...]


class Tables(NamedTuple):
    cells: tuple[Cell, ...]
    #: spans of the header rows (a header cell is a label, not a value)
    headers: tuple[tuple[int, int], ...]


_NONE = Tables((), ())


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """The spans of a row's cells, spaces around each value excluded."""
    bars = [i for i, c in enumerate(line) if c == "|"]
    spans = []
    for a, b in zip(bars, bars[1:], strict=False):
        start, end = a + 1, b
        while start < end and line[start] in " \u3000":
            start += 1
        while end > start and line[end - 1] in " \u3000":
            end -= 1
        spans.append((offset + start, offset + end))
    return spans


@lru_cache(maxsize=8)
def tables(text: str) -> Tables:
    """Every Markdown table's data cells with their column labels, and its header rows."""
    if "|" not in text or "---" not in text:
        return _NONE
    cells: list[Cell] = []
    headers: list[tuple[int, int]] = []
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    i = 0
    while i + 1 < len(lines):
        head, rule = lines[i], lines[i + 1]
        if not (head.strip().startswith("|") and _SEPARATOR.fullmatch(rule.rstrip("\r"))):
            i += 1
            continue
        head = head.rstrip("\r")
        headers.append((starts[i], starts[i] + len(head)))
        labels = tuple(_LABEL_NOISE.sub("", text[a:b]) for a, b in _cells(head, starts[i]))
        j = i + 2
        while j < len(lines) and lines[j].strip().startswith("|"):
            row = lines[j].rstrip("\r")
            for label, (a, b) in zip(labels, _cells(row, starts[j]), strict=False):
                if a < b:
                    cells.append(Cell(label, a, b, labels))
            j += 1
        i = j
    return Tables(tuple(cells), tuple(headers)) if headers else _NONE


def in_header(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a table's header row."""
    return any(a <= pos < b for a, b in tables(text).headers)
