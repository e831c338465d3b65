"""E-mail addresses of people."""

from __future__ import annotations

import re

from redaction.detectors.base import Pattern, PatternDetector, register
from redaction.roles import PUBLIC_LINE_STARTS
from redaction.text import WRAP

# the first character before the look-behind (not after it): the regex engine then skips to
# the characters an address can start with instead of trying every position; a PDF may wrap
# the line once in the name, and around the @ and the dots
_W = WRAP
EMAIL_RE = (
    r"[A-Za-z0-9._%+-](?<![A-Za-z0-9._%+-].)[A-Za-z0-9._%+-]*+"  # possessive: ~6x faster
    f"(?:{_W}[A-Za-z0-9._%+-]++)?{_W}(?:@|＠){_W}"
    f"[A-Za-z0-9\u4e00-\u9fff-]+(?:{_W}[.．。]{_W}[A-Za-z0-9\u4e00-\u9fff-]+)*{_W}[.．。]{_W}"
    "(?:[A-Za-z]{2,}|中国|公司|网络)"  # Chinese domains too: 网易.中国
)


@register
class EmailDetector(PatternDetector):
    kind = "email"
    patterns = [Pattern("address", EMAIL_RE, 0.9, triggers=("@", "＠"))]
    context = ("邮箱", "电子邮件", "邮件", "email", "E-mail")
    public_line_starts = PUBLIC_LINE_STARTS

    def validate(self, text: str) -> bool | None:
        # an address of a government domain is an agency's (xiling_zf@xiling.gov.cn)
        return False if _GOVERNMENT.search(text) else None


_GOVERNMENT = re.compile(r"[.．。]gov[.．。]cn$", re.I)
