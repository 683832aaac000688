"""Mainland resident ID numbers (GB 11643-1999): check digit and birth date."""

from __future__ import annotations

import unicodedata
from datetime import date

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_DIGITS = frozenset("0123456789")


def is_valid_id_number(number: object) -> bool:
    """True for an 18-character ID number with a real birth date and the right check character.

    Surrounding spaces, full-width characters and a lower-case x are accepted.  Never raises.
    """
    if not isinstance(number, str):
        return False
    text = unicodedata.normalize("NFKC", number).strip().upper()
    # str.isdigit would also accept other scripts' digits; only ASCII digits are valid here.
    if len(text) != 18 or not set(text[:17]) <= _DIGITS:
        return False
    try:
        date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(text[:17], _WEIGHTS, strict=True))
    return text[17] == _CHECK_CHARS[total % 11]
