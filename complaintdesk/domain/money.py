"""Money in yuan as two-place Decimals: strict parsing, display and the Chinese capital form (大写金额)."""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, getcontext, localcontext

from complaintdesk.errors import TextError
from complaintdesk.messages import domain as msg

CENT = Decimal("0.01")

# Either plain digits or digits grouped by commas in threes; an optional fraction.  A stray comma
# ("12,34") is more likely a typo than a thousands separator, so it is rejected, not guessed at.
_AMOUNT_RE = re.compile(r"(?P<sign>[-+]?)(?P<int>\d+|\d{1,3}(?:,\d{3})+)(?:\.(?P<frac>\d+))?", re.ASCII)

_CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_CAPITAL_PLACES = ("", "拾", "佰", "仟")
# Up to 仟万亿: 亿 may be grouped by 万 once, but there is no unit above 亿 to group it again.
CAPITAL_LIMIT = Decimal(10) ** 16


class AmountError(TextError, ValueError):
    """An amount that is not a whole number of fen, or not an amount at all; ``text`` says which."""


def to_money(value: str | int | Decimal) -> Decimal:
    """Parse an amount in yuan into a Decimal with exactly two places.

    Strings may use thousands commas, full-width digits and punctuation, and a leading ¥/￥.
    Floats are refused (binary fractions are not exact yuan).  Negative, non-finite and
    non-numeric values raise ValueError; so does anything finer than a fen (``"1.005"``),
    because silently rounding a legal amount is worse than asking the user again.
    Trailing zeros beyond two places (``"1.500"``) are exact and accepted.
    """
    if type(value) is Decimal:  # the usual case, an amount read from the database: checked as it is
        amount = value
    elif isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise TypeError(f"amount must be str, int or Decimal, not {type(value).__name__}: {value!r}")
    elif isinstance(value, str):
        amount = _parse_amount_text(value)
    else:
        amount = Decimal(value)
    if not amount.is_finite():
        raise AmountError(msg.AMOUNT_NOT_FINITE, value=repr(value))
    if amount < 0:
        raise AmountError(msg.AMOUNT_NEGATIVE, value=repr(value))
    cents = round_cents(amount)
    if cents != amount:
        raise AmountError(msg.AMOUNT_FINER_THAN_FEN, value=repr(value))
    # Decimal("-0") compares equal to zero but would print as "-0.00".
    return cents.copy_abs()


def _parse_amount_text(text: str) -> Decimal:
    cleaned = unicodedata.normalize("NFKC", text).strip().removeprefix("¥").strip()
    if cleaned.lstrip("+-").lower() in {"nan", "snan", "inf", "infinity"}:
        raise AmountError(msg.AMOUNT_NOT_FINITE, value=repr(text))
    match = _AMOUNT_RE.fullmatch(cleaned)
    if match is None:
        raise AmountError(msg.AMOUNT_INVALID, value=repr(text))
    number = match["sign"] + match["int"].replace(",", "")
    if match["frac"] is not None:
        number += "." + match["frac"]
    return Decimal(number)


def format_yuan(amount: Decimal | int) -> str:
    """Display form with thousands commas and two places, e.g. ``"1,234.50"`` (rounded half up)."""
    if isinstance(amount, bool) or not isinstance(amount, int | Decimal):
        raise TypeError(f"amount must be int or Decimal, not {type(amount).__name__}: {amount!r}")
    amount = Decimal(amount)
    if not amount.is_finite():
        raise ValueError(f"amount must be finite: {amount!r}")
    # Decimal's own formatting rounds half-even; legal amounts round half up.
    return f"{round_cents(amount):,.2f}"


def round_cents(amount: Decimal) -> Decimal:
    """``amount`` rounded half up to the fen (for computed amounts such as interest)."""
    # Enough precision for every digit of a large amount: the default 28 digits would make
    # quantize raise InvalidOperation for amounts of 10**26 yuan and above. When the current
    # context already has it, that context is the one the local copy would be: skip the copy
    # (it costs more than the rounding, and interest for a whole ledger rounds millions of times).
    if amount.adjusted() + 3 <= getcontext().prec:
        return amount.quantize(CENT, rounding=ROUND_HALF_UP)
    with localcontext() as context:
        context.prec = max(context.prec, amount.adjusted() + 3)
        return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def yuan_to_chinese_capital(amount: Decimal | int | str) -> str:
    """The amount in Chinese capital numerals as written on bills, e.g. 壹仟零伍元整.

    Follows the PBoC rules for filling in bills (《支付结算办法》附件一): 整 after 元 when there
    are no jiao and fen, none after 角 or 分; 壹拾 rather than 拾; one 零 for a run of zeros;
    when the 元 digit is zero but jiao is not, the optional 零 is written (壹仟陆佰捌拾元零叁角贰分);
    when jiao is zero but fen is not, 零 after 元 is required (叁佰贰拾伍元零肆分).  Amounts
    under one yuan have no 元 part (伍角, 伍分); zero is 零元整.  No 人民币 prefix: the letter
    template adds it.
    """
    value = to_money(amount)
    if value >= CAPITAL_LIMIT:
        raise AmountError(msg.AMOUNT_TOO_LARGE_FOR_CAPITALS, value=value)
    fen_total = int(value * 100)
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)
    if fen_total == 0:
        return "零元整"
    parts = []
    if yuan:
        parts.append(_capital_integer(yuan) + "元")
    if jiao == 0 and fen == 0:
        return "".join(parts) + "整"
    if yuan and (yuan % 10 == 0 or jiao == 0):
        parts.append("零")
    if jiao:
        parts.append(_CAPITAL_DIGITS[jiao] + "角")
    if fen:
        parts.append(_CAPITAL_DIGITS[fen] + "分")
    return "".join(parts)


def _capital_integer(number: int) -> str:
    """A positive integer below 10**16: 亿 groups what 万 groups, so 10001 亿 reads 壹万零壹亿."""
    yi, rest = divmod(number, 10**8)
    if not yi:
        return _capital_below_yi(rest)
    text = _capital_below_yi(yi) + "亿"
    if rest:
        # A gap below the 亿 (e.g. 1,0100,0000) reads as one 零.
        text += ("零" if rest < 10**7 else "") + _capital_below_yi(rest)
    return text


def _capital_below_yi(number: int) -> str:
    """1..99999999."""
    wan, rest = divmod(number, 10**4)
    if not wan:
        return _capital_section(rest)
    text = _capital_section(wan) + "万"
    if rest:
        text += ("零" if rest < 1000 else "") + _capital_section(rest)
    return text


def _capital_section(section: int) -> str:
    """1..9999 without leading 零; inner zero runs become one 零, trailing zeros vanish."""
    parts = []
    zero_pending = False
    for place in range(3, -1, -1):
        digit = section // 10**place % 10
        if digit == 0:
            zero_pending = bool(parts)
            continue
        if zero_pending:
            parts.append("零")
            zero_pending = False
        parts.append(_CAPITAL_DIGITS[digit] + _CAPITAL_PLACES[place])
    return "".join(parts)
