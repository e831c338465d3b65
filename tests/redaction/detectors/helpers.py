"""Run one detector through the engine's enhancer, as the engine does."""

from __future__ import annotations

from redaction.detectors import REGISTRY, DocumentContext
from redaction.engine import enhance
from redaction.policy import load_policy

THRESHOLD = load_policy().threshold


def found(kind: str, text: str) -> list[str]:
    """The texts a detector reports at or above the default policy's threshold."""
    detector = REGISTRY[kind]()
    out = []
    for f in detector.analyze(text, DocumentContext()):
        kept = enhance(text, detector, f)
        if kept is not None and (kept.certain or kept.score >= THRESHOLD):
            out.append(kept.text)
    return out
