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


def _cells(line: str, offset: int, bar: str = "|", edges: bool = False) -> list[tuple[int, int]]:
    """The spans of a row's cells, spaces around each value excluded; ``edges``: the row's
    start and end bound its first and last cells too (a row of tab-separated values)."""
    bars = [i for i, c in enumerate(line) if c == bar]
    if edges:
        bars = [-1, *bars, len(line)]
    spans = []
    for a, b in zip(bars, bars[1:], strict=False):
        start, end = a + 1, b
        while start < end and line[start] in " \u3000":
            start += 1
        while end > start and line[end - 1] in " \u3000":
            end -= 1
        spans.append((offset + start, offset + end))
    return spans


#: the bars of tables drawn with other characters (│姓名│身份证号│, ｜…｜)
_BARS = str.maketrans({"│": "|", "｜": "|", "┃": "|"})
#: column labels that make a row without a rule under it a table's header (│姓名│身份证号│…,
#: 序号⇥姓名⇥身份证号⇥银行卡号)
HEADER_LABELS = frozenset(
    ("姓名", "身份证号", "身份证号码", "公民身份号码", "证件号码", "银行卡号", "卡号", "账号")
    + ("开户行及卡号", "银行账号", "联系电话", "电话", "手机", "手机号码", "住址", "家庭住址")
)
_LABEL_CELL = re.compile(r"[\u4e00-\u9fff（）()/／]{1,10}")


def table_marks(text: str) -> bool:
    """Whether ``text`` may hold a table (a bar, a box-drawing bar or a tab)."""
    return "|" in text or "│" in text or "｜" in text or "┃" in text or "\t" in text


@lru_cache(maxsize=8)
def tables(text: str) -> Tables:
    """Every table's data cells with their column labels, and its header rows: Markdown
    tables (a rule under the header), and tables of people drawn with box bars or tabs
    whose header names their columns (姓名, 身份证号 …)."""
    if not table_marks(text):
        return _NONE
    view = text.translate(_BARS)  # (one character for one: the offsets stay)
    cells: list[Cell] = []
    headers: list[tuple[int, int]] = []
    lines = view.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    if "---" in view:
        _markdown_tables(view, lines, starts, cells, headers)
    _headed_tables(view, lines, starts, cells, headers)
    cells.sort(key=lambda cell: cell.start)
    return Tables(tuple(cells), tuple(sorted(headers))) if headers else _NONE


def _headed_tables(
    text: str,
    lines: list[str],
    starts: list[int],
    cells: list[Cell],
    headers: list[tuple[int, int]],
) -> None:
    """Tables with no rule under their header (│姓名│…│, tab-separated): a header row of
    column labels, one at least a label of a person's column, and the rows under it."""
    taken = {a for a, _ in headers}
    i = 0
    while i < len(lines):
        line = lines[i].rstrip("\r")
        bar = "\t" if line.count("\t") >= 2 else "|" if line.count("|") >= 3 else ""
        if not bar or starts[i] in taken:
            i += 1
            continue
        edges = bar == "\t" or not line.strip().startswith("|")
        spans = _cells(line, starts[i], bar, edges)
        labels = tuple(_LABEL_NOISE.sub("", text[a:b]) for a, b in spans)
        if not (
            len(labels) >= 3
            and all(_LABEL_CELL.fullmatch(label) for label in labels if label)
            and HEADER_LABELS.intersection(labels)
        ):
            i += 1
            continue
        headers.append((starts[i], starts[i] + len(line)))
        j = i + 1
        while j < len(lines) and lines[j].count(bar) >= min(2, len(labels) - 1):
            row = lines[j].rstrip("\r")
            for label, (a, b) in zip(labels, _cells(row, starts[j], bar, edges), strict=False):
                if a < b:
                    cells.append(Cell(label, a, b, labels))
            j += 1
        i = j


def _markdown_tables(
    text: str,
    lines: list[str],
    starts: list[int],
    cells: list[Cell],
    headers: list[tuple[int, int]],
) -> None:
    """Markdown tables: a header row, a rule (| --- |) and the rows under it."""
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


def in_header(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a table's header row."""
    return any(a <= pos < b for a, b in tables(text).headers)
