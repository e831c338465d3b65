"""Find and mask personal data in enforcement decisions before they are published.

The engine follows Presidio's analyzer: detectors (one per kind) are registered in
:mod:`redaction.detectors`, context words are applied by one enhancer in
:mod:`redaction.engine`, a YAML policy (:mod:`redaction.policy`) says how each kind is masked
(:mod:`redaction.masking`), and hold rules (:mod:`redaction.holds`) keep a document back.
"""

from redaction import native

native.activate()  # the compiled engine, where it matches its sources, before it is imported

from redaction.engine import Analysis, analyze, redact_text  # noqa: E402
from redaction.errors import RedactionError  # noqa: E402

__all__ = ["Analysis", "RedactionError", "analyze", "redact_text"]
