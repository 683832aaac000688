"""Display forms of the values the case view shows: money, dates, local times, file sizes, and back.

Money is shown as the domain formats it (``1,234.50``); typed amounts are parsed by
``domain.money.to_money`` and typed figures here, so that a dialog can say next to the field what
is wrong before anything is sent to the services.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate

from complaintdesk.domain.money import format_yuan, to_money
from complaintdesk.ui.labels import fill


def money_text(amount: Decimal | None) -> str:
    return "" if amount is None else format_yuan(amount)


def date_text(day: date | None) -> str:
    return "" if day is None else day.isoformat()


def local_time_text(moment: datetime | None) -> str:
    """A UTC timestamp (naive ones are taken as UTC, as the store keeps them) in local time, to the minute."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def size_text(size_bytes: int) -> str:
    if size_bytes < 1024:
        return fill(QCoreApplication.translate("formats", "%1 B"), str(size_bytes))
    if size_bytes < 1024 * 1024:
        return fill(QCoreApplication.translate("formats", "%1 KB"), f"{size_bytes / 1024:.1f}")
    return fill(QCoreApplication.translate("formats", "%1 MB"), f"{size_bytes / (1024 * 1024):.1f}")


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


# --- parsing what was typed: None for an empty field, ValueError with a translated message -----


def parse_money(text: str) -> Decimal | None:
    """An amount in yuan, or None when the field is empty."""
    if not text.strip():
        return None
    try:
        return to_money(text)
    except ValueError:
        raise ValueError(QCoreApplication.translate(
            "formats", "Not a valid amount: type digits with at most two decimals, e.g. 12800.50")) from None


def parse_count(text: str) -> int | None:
    """A whole, non-negative number (persons, days), or None when the field is empty."""
    cleaned = _ascii(text).replace(",", "")
    if not cleaned:
        return None
    if not cleaned.isdigit():
        raise ValueError(QCoreApplication.translate("formats", "Type a whole number, e.g. 35"))
    return int(cleaned)


def parse_figure(text: str) -> Decimal | None:
    """A non-negative figure in 10,000 yuan (revenue, assets), or None when the field is empty."""
    cleaned = _ascii(text).replace(",", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or value < 0:
        raise ValueError(QCoreApplication.translate(
            "formats", "Type a number in 10,000 yuan, e.g. 1250.5"))
    return value


def parse_percent(text: str) -> Decimal | None:
    """An annual rate typed in percent ("3.65" or "3.65%"), returned as a fraction (0.0365)."""
    cleaned = _ascii(text).removesuffix("%").strip()
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or value < 0:
        raise ValueError(QCoreApplication.translate("formats", "Type the annual rate in percent, e.g. 3.65"))
    return value / 100


def percent_text(fraction: Decimal | None) -> str:
    if fraction is None:
        return ""
    return f"{(fraction * 100).normalize():f}"


def _ascii(text: str) -> str:
    """Full-width digits and punctuation, as a Chinese input method types them, folded to ASCII."""
    return unicodedata.normalize("NFKC", text).strip()


_DATE_RE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")


def parse_date(text: str) -> date | None:
    """A date typed as 2025-03-01, 2025/3/1, 2025.3.1, 20250301 or 2025年3月1日; None when empty."""
    cleaned = _ascii(text)
    if not cleaned:
        return None
    match = _DATE_RE.fullmatch(cleaned)
    if match is not None:
        parts = tuple(int(g) for g in match.groups())
    elif len(cleaned) == 8 and cleaned.isdigit():
        parts = (int(cleaned[:4]), int(cleaned[4:6]), int(cleaned[6:]))
    else:
        parts = None
    try:
        if parts is None:
            raise ValueError(cleaned)
        return date(*parts)
    except ValueError:
        raise ValueError(QCoreApplication.translate(
            "formats", "Not a valid date: type it as 2025-03-01")) from None
