"""Column types that keep money exact and timestamps in UTC on both SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, DateTime, String
from sqlalchemy.types import TypeDecorator

from complaintdesk import clock

_FEN = Decimal("0.01")


class Money(TypeDecorator[Decimal]):
    """Yuan as ``Decimal`` with two places, stored as whole fen in a BIGINT.

    SQLite has no exact decimal type (SQLAlchemy would store REAL), so integer fen are the one
    representation that is exact on every backend and still sums correctly in SQL.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money must be Decimal, not float")
        amount = Decimal(value)
        if amount != amount.quantize(_FEN):
            raise ValueError(f"money has more than two decimal places: {amount}")
        return int(amount.scaleb(2))

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-2).quantize(_FEN)


class ExactDecimal(TypeDecorator[Decimal]):
    """A ``Decimal`` kept as its exact text (rates, figures in 10,000 yuan); not summed in SQL."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("exact decimals must not be float")
        return str(Decimal(value))

    def process_result_value(self, value, dialect):
        return None if value is None else Decimal(value)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC timestamps; stored naive-UTC so SQLite and PostgreSQL agree."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    """Now, for a record's timestamp: from the application's clock (UTC)."""
    return clock.now()
