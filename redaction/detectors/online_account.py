"""Online accounts of natural persons: WeChat, QQ, Alipay, Douyin and the like.

DESIGN §4 does not list them, but they identify a person as surely as a phone number (a QQ
number, a wxid_ account) and are as easy to abuse, so they are removed like phones. Only an
account after its label is taken: the same tokens are ordinary words and numbers elsewhere.
"""

from __future__ import annotations

import re

from redaction.detectors.base import Pattern, PatternDetector, register
from redaction.roles import PUBLIC_LINE_STARTS

#: the account names' labels (微信号：, QQ：, 支付宝账号：); the agency's own public accounts
#: (公众号, 官方微博) are on its contact lines and kept
_LABELS = (
    "微信号",
    "微信账号",
    "微信",
    "wechat",
    "WeChat",
    "QQ号码",
    "QQ号",
    "QQ",
    "qq",
    "支付宝账号",
    "支付宝账户",
    "支付宝",
    "抖音号",
    "快手号",
    "微博账号",
    "淘宝账号",
    "淘宝ID",
    "闲鱼账号",
    "钉钉号",
)
#: a label with no letter or digit before it; the look-behind after each label's first character
#: (it reads the one before that) instead of before the alternation: the same matches, tried in
#: the same order, but the regex engine can skip ahead to those first characters (speed)
_LABEL = (
    "(?:" + "|".join(f"{re.escape(w[0])}(?<![A-Za-z0-9].){re.escape(w[1:])}" for w in _LABELS) + ")"
)
ACCOUNT_RE = (
    f"{_LABEL}(?:[（(][^）)\\n]{{0,6}}[）)])?[ \\u3000]*[：:为是（(]?[ \\u3000]*"
    "(?P<account>[A-Za-z0-9][A-Za-z0-9_\\-.@]{4,39})"
)


_TRIGGERS = ("微信", "QQ", "qq", "支付宝", "抖音", "快手", "微博", "淘宝", "闲鱼", "钉钉", "echat")


@register
class OnlineAccountDetector(PatternDetector):
    kind = "online_account"
    patterns = [
        Pattern(
            "after its label",
            ACCOUNT_RE,
            0.9,
            triggers=_TRIGGERS,
        )
    ]
    deny_context = ("公众号", "官方", "本机关", "本局")
    context_window = 12
    public_line_starts = PUBLIC_LINE_STARTS
