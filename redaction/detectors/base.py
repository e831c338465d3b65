"""The shape every detector has (after Presidio's PatternRecognizer) and the registry."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import ClassVar, TypeVar

from mypy_extensions import mypyc_attr

from redaction.errors import RedactionError
from redaction.text import (
    ALNUM,
    ALNUM_CHARS,
    DIGIT,
    NOT_ALNUM_AFTER,
    SEP_CHARS,
    contains_any,
    find_all,
)

#: a stretch of digits and separators (text.SEP's characters) that starts with a digit and is
#: at least 7 long: the digits of a ``min_digits`` pattern's match, and the separators between
#: them, lie inside one (a plain character class scans ~4x faster than text.SEP's exact rules,
#: and finds a few stretches more)
DIGIT_RUN_RE = re.compile(f"{DIGIT}[{SEP_CHARS}0-9０-９]{{6,}}")
_RUN_CHAR = re.compile(f"[{SEP_CHARS}0-9０-９]")
#: the characters of a run that are not ASCII, each with the mark of its kind (a digit, a
#: separator: see _RUN_MARKS)
_WIDE_RUN_MARKS = tuple(
    (c, ord("d") if c.isdigit() else ord("s"))
    for c in SEP_CHARS + "０１２３４５６７８９"
    if not c.isascii() and _RUN_CHAR.fullmatch(c)
)
#: a byte table: digits to "d", the other characters of a run to "s", all others to a space
_RUN_MARKS = (
    bytes(
        ord("d") if chr(b).isdigit() else ord("s") if _RUN_CHAR.fullmatch(chr(b)) else ord(" ")
        for b in range(128)
    )
    + b" " * 128
)
#: DIGIT_RUN_RE on the marks
_MARKED_RUN = re.compile(b"d[ds]{6,}")
#: how a regex starts that may be tried at the leads of runs only: text.lead of a class of digits
_LEADS_DIGIT = re.compile(r"\[[0-9０-９-]+\]" + re.escape(f"(?<!{ALNUM}.)"))
#: how far such a match may reach before its run (an area code in brackets and a separator:
#: "(0731) ", passport letters) and after it (a check character X after a separator, an
#: extension 转123, the character a look-ahead reads)
REACH_BEFORE, REACH_AFTER = 12, 8
#: windows closer than this are scanned as one (a regex call costs more than these characters)
MERGE_GAP = 40


@dataclass(frozen=True)
class Pattern:
    """A named regex with the score a bare match gets; checked when it is built."""

    name: str
    regex: str
    score: float
    flags: int = 0
    #: literal strings one of which must be in the text for the pattern to be tried (speed)
    triggers: tuple[str, ...] = ()
    #: every match has this many digits (7 or more) in one run of DIGIT_RUN_RE: the pattern is
    #: tried only around such runs, found by one scan of the document (speed; same matches)
    min_digits: int = 0
    #: with min_digits: a character class one character of which stands right before the first
    #: digit of every match (the letter before a passport's digits); that digit then starts a
    #: run of DIGIT_RUN_RE, and only the runs after such a character are tried (speed; same
    #: matches)
    run_after: str = ""
    #: with min_digits, for a regex that starts with text.lead of a class of digits: every
    #: match starts at a digit of its run that no letter or digit precedes (a lead, see
    #: :func:`run_leads`), so it is tried there only, one ``match`` call each, instead of
    #: scanning every position of the run's window (speed; same matches)
    at_leads: bool = False
    #: with at_leads, for a regex that ends with text.NOT_ALNUM_AFTER: how many digits a match
    #: has (each count it can have). At a run of digits alone (no separator) a match takes all
    #: of them (the digit after it would fail the look-ahead), so such a run is tried only if
    #: its count is one of these (speed; same matches)
    digit_counts: frozenset[int] = frozenset()
    #: where in a text every match starts, in increasing order (found by a cheap literal
    #: search): the regex is tried there only, instead of scanning the text (speed; same
    #: matches)
    starts: Callable[[str], Iterable[int]] | None = field(default=None, compare=False)
    #: where in a text every match starts, in increasing order, each with the end of the text
    #: a match there may read (``endpos``), found from the document's runs of digits and the
    #: like: the regex is tried there only (speed; same matches)
    places: Callable[[str, DocumentContext], Iterable[tuple[int, int]]] | None = field(
        default=None, compare=False
    )
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)
    run_after_re: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not 0.0 <= self.score <= 1.0:
            raise RedactionError(f"pattern {self.name!r}: score {self.score} is not in [0, 1]")
        if 0 < self.min_digits < 7:
            raise RedactionError(f"pattern {self.name!r}: min_digits below 7 is not supported")
        if self.run_after and not self.min_digits:
            raise RedactionError(f"pattern {self.name!r}: run_after needs min_digits")
        if self.starts is not None and (self.at_leads or self.min_digits):
            raise RedactionError(f"pattern {self.name!r}: starts goes with neither runs nor leads")
        if self.places is not None and (self.starts is not None or self.min_digits):
            raise RedactionError(f"pattern {self.name!r}: places goes with no other places")
        if self.digit_counts and not (self.at_leads and self.regex.endswith(NOT_ALNUM_AFTER)):
            raise RedactionError(
                f"pattern {self.name!r}: digit_counts needs at_leads and a regex that ends with"
                " text.NOT_ALNUM_AFTER"
            )
        if self.at_leads and not (self.min_digits and _LEADS_DIGIT.match(self.regex)):
            raise RedactionError(
                f"pattern {self.name!r}: at_leads needs min_digits and a regex that starts with"
                " text.lead of a class of digits"
            )
        try:
            object.__setattr__(self, "compiled", re.compile(self.regex, self.flags))
            after = re.compile(self.run_after) if self.run_after else None
            object.__setattr__(self, "run_after_re", after)
        except re.error as exc:
            raise RedactionError(f"pattern {self.name!r}: bad regex: {exc}") from exc


@dataclass
class Finding:
    """One piece of personal data: where it is in the source text and how sure we are."""

    kind: str
    start: int
    end: int
    text: str
    score: float
    detector: str = ""
    certain: bool = False
    replacement: str | None = None
    #: for names: "party" (the penalised person), "minor_party" (one who was a minor on the
    #: decision's date) or "other"; the canonical name in ``entity``
    role: str = ""
    entity: str = ""

    def overlaps(self, other: Finding) -> bool:
        return self.start < other.end and other.start < self.end


def run_marks(text: str) -> bytes:
    """``text`` as bytes, one a character, each marked by its kind: a digit "d", a run's other
    character "s" (DIGIT_RUN_RE's classes), any other a space (_RUN_MARKS).

    The ASCII characters are marked by a byte table, the others (encoded as "?") are spaces
    but for the few non-ASCII characters of a run, marked where each of them is (most texts
    have few of them: replacing them in the text first copied it once for each, speed)."""
    marks = text.encode("ascii", "replace").translate(_RUN_MARKS)
    wide = [(c, mark) for c, mark in _WIDE_RUN_MARKS if c in text]
    if not wide:
        return marks
    marked = bytearray(marks)
    for c, mark in wide:
        for i in find_all(text, c):
            marked[i] = mark
    return bytes(marked)


def digit_runs(text: str, marks: bytes | None = None) -> list[tuple[int, int, int]]:
    """Each run of DIGIT_RUN_RE in ``text``: its start, its end and how many digits it has.

    They are found in the text's :func:`run_marks` (``marks``, if given): a character is in
    DIGIT_RUN_RE's classes exactly where its mark is in _MARKED_RUN's, so the runs are the
    same, but a regex that starts with a literal (d) skips ahead to it, where DIGIT_RUN_RE
    tests every character against its class (~3x the cost, speed)."""
    if marks is None:
        marks = run_marks(text)
    return [
        (m.start(), m.end(), marks.count(b"d", m.start(), m.end()))
        for m in _MARKED_RUN.finditer(marks)
    ]


def run_leads(
    text: str, runs: list[tuple[int, int, int]], marks: bytes | None = None
) -> list[tuple[int, int, int, bool]]:
    """The leads of the runs: each digit of a run that no letter or digit precedes (its start,
    a digit after a separator inside it), with the run's end, how many digits it has and
    whether it has digits alone.

    A match of a regex that starts with text.lead of a class of digits starts at a digit that
    no letter or digit precedes; if its digits lie in one run (``min_digits``), that digit is
    one of the run's leads: inside the run, the other digits follow a digit. A digit after a
    separator is found in the run's marks (``marks``: the text's :func:`run_marks`), as the
    mark of a separator before that of a digit (a search for a literal, speed)."""
    if marks is None:
        marks = run_marks(text)
    leads = []
    for start, end, digits in runs:
        alone = digits == end - start
        if not start or text[start - 1] not in ALNUM_CHARS:
            leads.append((start, end, digits, alone))
        if not alone:  # separators inside: a digit after one is a lead too
            i = marks.find(b"sd", start, end)
            while i >= 0:
                leads.append((i + 1, end, digits, alone))
                i = marks.find(b"sd", i + 1, end)
    return leads


def digit_windows(runs: list[tuple[int, int, int]], min_digits: int) -> list[tuple[int, int]]:
    """The stretches where a pattern with ``min_digits`` can match: each run with that many
    digits, widened by the reach of a match, stretches that overlap or nearly touch merged."""
    windows: list[tuple[int, int]] = []
    for run_start, run_end, digits in runs:
        if digits < min_digits:
            continue
        start, end = max(0, run_start - REACH_BEFORE), run_end + REACH_AFTER
        if windows and start <= windows[-1][1] + MERGE_GAP:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


@dataclass
class DocumentContext:
    """What a detector may know beyond the text: public names (officers from the roster)."""

    allow_names: frozenset[str] = frozenset()
    #: findings of the detectors that ran before (names run first, addresses read them)
    findings: list[Finding] = field(default_factory=list)
    _runs: tuple[str, list[tuple[int, int, int]]] | None = field(default=None, repr=False)
    _marks: bytes = field(default=b"", repr=False)
    _windows: dict[tuple[int, str], list[tuple[int, int]]] = field(default_factory=dict, repr=False)
    _leads: dict[tuple[int, frozenset[int]], list[tuple[int, int]]] = field(
        default_factory=dict, repr=False
    )
    _all_leads: list[tuple[int, int, int, bool]] | None = field(default=None, repr=False)

    def _runs_of(self, text: str) -> list[tuple[int, int, int]]:
        if self._runs is None or self._runs[0] is not text:
            self._marks = run_marks(text)
            self._runs = (text, digit_runs(text, self._marks))
            self._windows.clear()
            self._leads.clear()
            self._all_leads = None
        return self._runs[1]

    def digit_windows(
        self, text: str, min_digits: int, after: re.Pattern[str] | None = None
    ) -> list[tuple[int, int]]:
        """:func:`digit_windows` of the document, its runs found once for all detectors; with
        ``after``, of the runs right after a character it matches only."""
        runs = self._runs_of(text)
        key = (min_digits, after.pattern if after is not None else "")
        windows = self._windows.get(key)
        if windows is None:
            if after is not None:
                runs = [run for run in runs if run[0] and after.match(text, run[0] - 1)]
            windows = self._windows[key] = digit_windows(runs, min_digits)
        return windows

    def digit_leads(
        self, text: str, min_digits: int, counts: frozenset[int] = frozenset()
    ) -> list[tuple[int, int]]:
        """The leads (:func:`run_leads`) of the document's runs with ``min_digits`` digits at
        least, but those of runs of digits alone with a count not in ``counts`` (if given),
        each with the end of its run's window (``endpos`` for a match there)."""
        runs = self._runs_of(text)
        leads = self._leads.get((min_digits, counts))
        if leads is None:
            if self._all_leads is None:
                self._all_leads = run_leads(text, runs, self._marks)
            leads = self._leads[min_digits, counts] = [
                (at, end + REACH_AFTER)
                for at, end, digits, alone in self._all_leads
                if digits >= min_digits and not (alone and counts and digits not in counts)
            ]
        return leads


#: (compiled with mypyc, redaction/native.py, a detector class stays a plain Python class: the
#: detectors are decorated with @register, and mypyc compiles no decorated class as a native
#: one, nor a plain class derived from a native one)
@mypyc_attr(native_class=False)
class Detector:
    """A detector finds one kind of personal data. Subclasses set ``kind``."""

    kind: ClassVar[str] = ""
    #: words shortly before a match that raise its score (applied by the engine's enhancer)
    context: ClassVar[tuple[str, ...]] = ()
    #: words shortly after a match that raise its score
    context_after: ClassVar[tuple[str, ...]] = ()
    #: words before a match that make it public (an officer's certificate, a case number)
    deny_context: ClassVar[tuple[str, ...]] = ()
    context_window: ClassVar[int] = 16
    #: how much a context word raises the score
    context_boost: ClassVar[float] = 0.35
    #: a match on a line starting with one of these (the agency's contact block) is public
    public_line_starts: ClassVar[tuple[str, ...]] = ()

    @property
    def name(self) -> str:
        return type(self).__name__

    def analyze(self, text: str, doc: DocumentContext) -> list[Finding]:
        raise NotImplementedError


@mypyc_attr(native_class=False)
class PatternDetector(Detector):
    """Regex patterns plus an optional ``validate``; context is left to the enhancer."""

    patterns: ClassVar[list[Pattern]] = []

    def validate(self, text: str) -> bool | None:
        """True: certainly this kind; False: drop the match; None: keep the pattern's score."""
        return None

    def analyze(self, text: str, doc: DocumentContext) -> list[Finding]:
        found: dict[tuple[int, int], Finding] = {}
        validate: Callable[[str], bool | None] | None = self.validate
        if getattr(validate, "__func__", None) is PatternDetector.validate:
            validate = None  # it keeps every match as it is: not called (speed)
        kind, name = self.kind, self.name
        for pattern in self.patterns:
            grouped, score = pattern.compiled.groups > 0, pattern.score
            for m in pattern_matches(pattern, text, doc):
                start, end = m.span(m.lastindex or 0) if grouped else m.span()
                value = text[start:end]
                verdict = validate(value) if validate is not None else None
                if verdict is False:
                    continue
                if verdict:
                    finding = Finding(kind, start, end, value, 1.0, name, True)
                else:
                    finding = Finding(kind, start, end, value, score, name)
                previous = found.get((start, end))
                if previous is None or previous.score < finding.score:
                    found[start, end] = finding
        return list(found.values())


def pattern_matches(pattern: Pattern, text: str, doc: DocumentContext) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.compiled.finditer(text)``, found by trying the regex only where
    a match can be (its triggers, its runs of digits)."""
    if pattern.triggers and not contains_any(text, pattern.triggers):
        return
    compiled = pattern.compiled
    places: Iterable[tuple[int, int]] | None = None
    if pattern.places is not None:
        places = pattern.places(text, doc)
    elif pattern.starts is not None:
        places = ((at, len(text)) for at in pattern.starts(text))
    elif pattern.at_leads:
        # a match is within its run but for a check character after it (X), and reads one
        # character after that at most: the window's end (``endpos``) leaves it as it is
        places = doc.digit_leads(text, pattern.min_digits, pattern.digit_counts)
    if places is not None:
        # no match starts elsewhere, so finditer finds the first match at these places, then
        # the first at those not inside it, …
        last = 0
        for at, endpos in places:
            if at >= last and (m := compiled.match(text, at, endpos)):
                last = m.end()
                yield m
        return
    if pattern.min_digits:
        spans = doc.digit_windows(text, pattern.min_digits, pattern.run_after_re)
    else:
        spans = [(0, len(text))]
    for a, b in spans:
        yield from compiled.finditer(text, a, b)


D = TypeVar("D", bound=type[Detector])
REGISTRY: dict[str, type[Detector]] = {}


def register(cls: D) -> D:
    """Class decorator: make a detector known to the engine under its ``kind``."""
    if not cls.kind:
        raise RedactionError(f"detector {cls.__name__} has no kind")
    if cls.kind in REGISTRY and REGISTRY[cls.kind] is not cls:
        raise RedactionError(
            f"two detectors for kind {cls.kind!r}: {cls.__name__}, {REGISTRY[cls.kind].__name__}"
        )
    REGISTRY[cls.kind] = cls
    return cls
