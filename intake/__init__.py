"""The intake service: complaints (投诉举报), volunteer supervisors (社会监督员), handlers."""

from core.errors import GongshiError


class IntakeError(GongshiError):
    """A submission refused for a reason the person can fix; ``message`` is shown to them."""
