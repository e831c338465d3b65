"""Check characters of Chinese identifiers: GB 11643 (ID numbers), Luhn (bank cards),
GB 32100 (unified social credit codes), GB 16735 / ISO 3779 (vehicle identification numbers).
Pure functions over normalized ASCII text."""

from __future__ import annotations

import datetime as dt

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def gb11643_check_char(first17: str) -> str:
    """The check character of an 18-character ID number from its first 17 digits."""
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def id_birth_date(number: str) -> dt.date | None:
    """The birth date encoded in an 18- or 15-digit ID number, or None when it is no date."""
    if len(number) == 18:
        y, m, d = number[6:10], number[10:12], number[12:14]
    elif len(number) == 15:
        y, m, d = "19" + number[6:8], number[8:10], number[10:12]
    else:
        return None
    if not (y + m + d).isdigit() or not ("1880" <= y <= "2099"):
        return None
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def gb11643_plausible(number: str) -> bool:
    """Digits in the right places, a region code and a real birth date (check digit not tested)."""
    if len(number) == 18:
        ok = number[:17].isdigit() and number[17] in "0123456789X"
    else:
        ok = len(number) == 15 and number.isdigit()
    # (8: residence permits of Hong Kong, Macao and Taiwan people; 9: foreigners' permanent
    # residence cards since 2023)
    return ok and number[0] in "123456789" and id_birth_date(number) is not None


def gb11643_valid(number: str) -> bool:
    """True for an 18-character ID number whose check character matches (GB 11643-1999)."""
    number = number.upper()
    return (
        len(number) == 18
        and gb11643_plausible(number)
        and gb11643_check_char(number[:17]) == number[17]
    )


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check used by bank card numbers."""
    if not digits.isdigit() or len(digits) < 2:
        return False
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def luhn_check_digit(body: str) -> str:
    """The digit that makes ``body + digit`` pass :func:`luhn_valid`."""
    for d in "0123456789":
        if luhn_valid(body + d):
            return d
    raise ValueError(body)  # unreachable for digit strings


def uscc_valid(code: str) -> bool:
    """True for an 18-character unified social credit code with a matching check character."""
    code = code.upper()
    if len(code) != 18 or any(c not in _USCC_CHARS for c in code):
        return False
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(code[:17], _USCC_WEIGHTS, strict=True))
    return _USCC_CHARS[(31 - total % 31) % 31] == code[17]


#: each character's value in the VIN check sum (letters transliterated, I, O and Q never used)
_VIN_VALUES = dict(
    zip("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", "012345678912345678123457923456789", strict=True)
)
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_char(vin: str) -> str:
    """The check character (ninth place) of a 17-character vehicle identification number."""
    total = sum(int(_VIN_VALUES[c]) * w for c, w in zip(vin.upper(), _VIN_WEIGHTS, strict=True))
    return "X" if total % 11 == 10 else str(total % 11)


def vin_valid(vin: str) -> bool:
    """True for a 17-character VIN (no I, O, Q) whose ninth character is its check character
    (GB 16735, ISO 3779)."""
    vin = vin.upper()
    return len(vin) == 17 and all(c in _VIN_VALUES for c in vin) and vin_check_char(vin) == vin[8]
