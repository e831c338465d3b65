"""The analyzer: run every registered detector, apply context words (one enhancer for all),
resolve overlaps, mask by the policy and decide whether the document is held."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from redaction.detectors import REGISTRY, Detector, DocumentContext, Finding, PatternDetector
from redaction.holds import hold_reasons
from redaction.masking import apply, assign_replacements
from redaction.policy import Policy, load_policy
from redaction.text import on_public_line, trie_regex

#: names first (addresses read them), then the rest; ties in overlaps go to the earlier kind
ORDER = (
    "person_name",
    "id_number",
    "bank_account",
    "passport",
    "phone",
    "email",
    "property_cert",
    "license_plate",
    "vin",
    "birth_date",
    "address",
)


@dataclass
class Analysis:
    """What the engine found in one text, what it becomes, and why it is held (if it is)."""

    text: str
    findings: list[Finding]
    reasons: list[str] = field(default_factory=list)

    @property
    def held(self) -> bool:
        return bool(self.reasons)

    @property
    def redacted(self) -> str:
        return apply(self.text, self.findings)


_made: tuple[tuple[type[Detector], ...], list[Detector]] = ((), [])


def _detectors() -> list[Detector]:
    """One detector of each registered kind, in ORDER (made again when the registry changes)."""
    global _made
    kinds = [k for k in ORDER if k in REGISTRY] + sorted(k for k in REGISTRY if k not in ORDER)
    classes = tuple(REGISTRY[k] for k in kinds)
    if classes != _made[0]:
        _made = (classes, [cls() for cls in classes])
    return _made[1]


_backwards_made: dict[int, tuple[tuple[str, ...], re.Pattern[str]]] = {}


def _backwards(words: tuple[str, ...]) -> re.Pattern[str]:
    """The words spelled backwards, as one regex (compiled once per word list)."""
    made = _backwards_made.get(id(words))
    if made is None or made[0] is not words:
        made = _backwards_made[id(words)] = (
            words,
            re.compile(trie_regex({w[::-1] for w in words})),
        )
    return made[1]


def _last_end(chunk: str, words: tuple[str, ...]) -> int:
    """Where the last of ``words`` in ``chunk`` ends (-1: none is there): the first word found
    in the reversed chunk is the one that ends last."""
    if not words:
        return -1
    m = _backwards(words).search(chunk[::-1])
    return len(chunk) - m.start() if m else -1


def enhance(text: str, detector: Detector, finding: Finding) -> Finding | None:
    """Context words before (or after) a match raise its score; a nearer public word, or a line
    of the agency's own contact block, drops it. None when the finding is dropped."""
    starts = detector.public_line_starts
    if starts and on_public_line(text, finding.start, starts):
        return None
    before = text[max(0, finding.start - detector.context_window) : finding.start]
    if " " in before or "\u3000" in before:  # aligned form labels: 电　　话：
        before = before.replace(" ", "").replace("\u3000", "")
    context_at = _last_end(before, detector.context)
    if detector.deny_context and _last_end(before, detector.deny_context) >= max(context_at, 0):
        return None
    after = text[finding.end : finding.end + 4]
    if context_at >= 0 or any(after.startswith(w) for w in detector.context_after):
        finding.score = min(1.0, finding.score + detector.context_boost)
    return finding


_RANK = {k: i for i, k in enumerate(ORDER)}


def _resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    ordered = sorted(
        findings,
        key=lambda f: (
            not f.certain,
            -(f.end - f.start),
            -f.score,
            _RANK.get(f.kind, len(_RANK)),
            f.start,
        ),
    )
    # the (never empty) findings taken so far do not overlap: sorted by start they are sorted by
    # end too, and a new one can only overlap its neighbours in that order
    starts: list[int] = []
    taken: list[Finding] = []
    for f in ordered:
        i = bisect_right(starts, f.start)
        if (i and f.overlaps(taken[i - 1])) or (i < len(taken) and f.overlaps(taken[i])):
            continue
        starts.insert(i, f.start)
        taken.insert(i, f)
    return taken


def find(text: str, policy: Policy, allow_names: frozenset[str] = frozenset()) -> list[Finding]:
    """Every finding at or above the policy's threshold, without overlaps."""
    doc = DocumentContext(allow_names=allow_names)
    for detector in _detectors():
        for raw in detector.analyze(text, doc):
            f: Finding | None = raw
            if isinstance(detector, PatternDetector) or detector.context or detector.deny_context:
                f = enhance(text, detector, raw)
            if f is not None and (f.certain or f.score >= policy.threshold):
                doc.findings.append(f)
    return _resolve_overlaps(doc.findings)


def analyze(
    text: str, policy: Policy | None = None, allow_names: frozenset[str] = frozenset()
) -> Analysis:
    """Find, mask and check holds for one document's text."""
    policy = policy or load_policy()
    findings = find(text, policy, allow_names)
    reasons = hold_reasons(text, findings, policy.hold)
    return Analysis(text, assign_replacements(findings, policy), reasons)


def redact_text(
    text: str, policy: Policy | None = None, allow_names: frozenset[str] = frozenset()
) -> str:
    """The redacted text (whether or not the document would be held)."""
    return analyze(text, policy, allow_names).redacted
