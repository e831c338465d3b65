"""The one exception type of the redaction package."""

from __future__ import annotations

from core.errors import GongshiError


class RedactionError(GongshiError):
    """A policy, roster or input problem that stops a redaction run."""
