"""Unified social credit code (统一社会信用代码, GB 32100-2015): normalising, checking, reading the type."""

from __future__ import annotations

import unicodedata

from complaintdesk.domain.arrears import DebtorKind
from complaintdesk.messages import Text
from complaintdesk.messages import domain as msg

USCC_LENGTH = 18
CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUES = {char: value for value, char in enumerate(CHARSET)}
# 3**i mod 31 for positions 1..17.
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

# Positions 1-2: registering authority and organisation type.  Code 91 (an enterprise
# registered with market regulation) says nothing of size or ownership, so it suggests nothing.
_KIND_BY_PREFIX = {
    "11": DebtorKind.STATE_ORGAN,
    "12": DebtorKind.PUBLIC_INSTITUTION,
}


def normalize_uscc(code: str) -> str:
    """Trim, drop all whitespace (full-width too), fold full-width forms to ASCII, upper-case."""
    if not isinstance(code, str):
        raise TypeError(f"code must be a str, not {type(code).__name__}")
    # Character by character: NFKC over the whole string could compose a letter with a combining
    # mark that whitespace removal brought next to it, and normalising twice would then differ.
    folded = "".join(unicodedata.normalize("NFKC", char) for char in code)
    return "".join(char.upper() if char.isascii() else char for char in folded if not char.isspace())


def uscc_check_char(first17: str) -> str:
    """The 18th (check) character for the first 17 characters of a normalised code."""
    if not isinstance(first17, str) or len(first17) != USCC_LENGTH - 1:
        raise ValueError(f"need exactly {USCC_LENGTH - 1} characters, got {first17!r}")
    bad = [char for char in first17 if char not in _VALUES]
    if bad:
        raise ValueError(f"invalid characters {''.join(bad)!r}: allowed are {CHARSET}")
    total = sum(_VALUES[char] * weight for char, weight in zip(first17, WEIGHTS, strict=True))
    return CHARSET[(31 - total % 31) % 31]


def uscc_problem(code: object) -> Text | None:
    """What is wrong with ``code`` in one sentence, or None when it is valid (after normalising)."""
    if not isinstance(code, str):
        return msg.USCC_NOT_TEXT()
    normalized = normalize_uscc(code)
    if not normalized:
        return msg.USCC_EMPTY()
    if len(normalized) != USCC_LENGTH:
        return msg.USCC_WRONG_LENGTH(length=USCC_LENGTH, actual=len(normalized))
    for position, char in enumerate(normalized, start=1):
        if char not in _VALUES:
            return msg.USCC_BAD_CHARACTER(char=char, position=position)
    expected = uscc_check_char(normalized[:-1])
    if normalized[-1] != expected:
        return msg.USCC_WRONG_CHECK(expected=expected, actual=normalized[-1])
    return None


def is_valid_uscc(code: object) -> bool:
    """True when ``code`` is a well-formed code with the right check character; never raises."""
    return uscc_problem(code) is None


def suggest_debtor_kind(code: object) -> DebtorKind | None:
    """The debtor kind the code's type prefix implies (11 state organ, 12 public institution).

    None for invalid codes and for every other prefix, enterprises (91) included: whether an
    enterprise is large or state-owned cannot be read from its code.
    """
    if not is_valid_uscc(code):
        return None
    return _KIND_BY_PREFIX.get(normalize_uscc(code)[:2])
