"""The one exception type of the search package."""

from __future__ import annotations

from core.errors import GongshiError


class SearchError(GongshiError):
    """A query a person should rephrase, or an index that cannot be used.

    ``message`` is Chinese and safe to show on the public site; ``status`` is the HTTP status.
    """

    def __init__(self, message: str, *, status: int = 400, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.status = status
