"""Bank accounts and cards (anyone's): Luhn-valid card numbers, or numbers after 账号/卡号."""

from __future__ import annotations

from core.checksums import luhn_valid
from redaction.detectors.base import Pattern, PatternDetector, register
from redaction.detectors.id_number import NUMBER_DENY
from redaction.text import DIGIT, NOT_ALNUM_AFTER, SEP, lead, normalize, then

ACCOUNT_RE = lead(DIGIT) + f"{then(SEP, DIGIT)}{{9,27}}" + NOT_ALNUM_AFTER


@register
class BankAccountDetector(PatternDetector):
    kind = "bank_account"
    patterns = [
        Pattern(
            "digits",
            ACCOUNT_RE,
            0.1,
            min_digits=10,
            at_leads=True,
            digit_counts=frozenset(range(10, 29)),
        )
    ]
    context = ("账号", "卡号", "账户", "帐号", "帐户", "银行卡", "开户行", "银行", "存折", "收款")
    deny_context = NUMBER_DENY + ("身份证", "身份号码", "电话", "手机")
    context_window = 14
    context_boost = 0.5

    def validate(self, text: str) -> bool | None:
        number = normalize(text)
        if 16 <= len(number) <= 19 and number[0] in "3456" and luhn_valid(number):
            return True
        return None
