"""Rows of the office's tables read and written with plain ``sqlite3`` (or psycopg, ``store.pg_plain``), in
the Python types the ORM gives.

The models' column types (``store.models``, ``store.types``) decide how a value is stored in SQLite:
dates as ISO text, timestamps as naive UTC text with microseconds, booleans as 0/1, money as whole fen,
exact decimals as text. ``COLUMN_KINDS`` names every column that needs converting (the rest are
integers, text and bytes as SQLite returns them); ``tests/services/test_quick_letter.py`` checks it
against the models, so a new column cannot be read differently here and there.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from complaintdesk.store.pg_plain import PlainPg

DATE, UTC_TIME, BOOL, MONEY, DECIMAL = "date", "utc", "bool", "money", "decimal"

_FEN = Decimal("0.01")

COLUMN_KINDS: dict[str, dict[str, str]] = {
    "arrears_claim": {"contract_signed_on": DATE, "amount_claimed": MONEY, "delivered_on": DATE,
        "acceptance_passed_on": DATE, "acceptance_period_ends_on": DATE, "settlement_confirmed_on": DATE,
        "agreed_annual_rate": DECIMAL, "size_revenue_wan": DECIMAL, "size_assets_wan": DECIMAL,
        "size_figures_on": DATE, "due_on": DATE, "amount_confirmed": MONEY, "amount_disputed": MONEY,
        "amount_paid": MONEY, "cleared_on": DATE, "created_at": UTC_TIME, "updated_at": UTC_TIME},
    "attachment": {"added_at": UTC_TIME, "removed_at": UTC_TIME, "created_at": UTC_TIME, "updated_at": UTC_TIME},
    "arrears_by_group": {},
    "calendar_day": {"day": DATE},
    "calendar_draft": {"notice_date": DATE, "saved_at": UTC_TIME},
    "calendar_year": {"entered_at": UTC_TIME, "notice_date": DATE},
    "cases_closed_by_day": {"closed_on": DATE, "reply_late": BOOL},
    "cases_received_by_day": {"received_on": DATE},
    "case_deadline": {"trigger_on": DATE, "stoppable": BOOL, "due_on": DATE, "provisional": BOOL, "met_on": DATE},
    "clock_stop": {"stopped_on": DATE, "restarted_on": DATE, "created_at": UTC_TIME, "updated_at": UTC_TIME},
    "complaint_case": {"received_on": DATE, "accepted_on": DATE, "transferred_on": DATE, "replied_on": DATE,
        "closed_on": DATE, "review_requested_on": DATE, "credit_referral_on": DATE, "clock_stopped": BOOL,
        "next_due_on": DATE, "next_due_provisional": BOOL, "due_sort": DATE, "reply_late": BOOL, "created_at": UTC_TIME,
        "updated_at": UTC_TIME},
    "document": {"issued_on": DATE, "issued_at": UTC_TIME},
    "enterprise": {"revenue_wan": DECIMAL, "assets_wan": DECIMAL, "created_at": UTC_TIME, "updated_at": UTC_TIME},
    "event": {"occurred_at": UTC_TIME},
    "extension_request": {"requested_on": DATE, "decided_on": DATE, "created_at": UTC_TIME, "updated_at": UTC_TIME},
    "follow_up": {"called_on": DATE, "created_at": UTC_TIME, "updated_at": UTC_TIME},
    "instalment": {"due_on": DATE, "amount": MONEY, "created_at": UTC_TIME, "updated_at": UTC_TIME},
    "letter_template": {"created_at": UTC_TIME, "updated_at": UTC_TIME},
    "lpr_rate": {"effective_on": DATE, "rate": DECIMAL},
    "number_sequence": {},
    "payments_by_day": {"case_counted": BOOL, "paid_on": DATE},
    "payment": {"paid_on": DATE, "amount": MONEY, "recorded_at": UTC_TIME, "case_counted": BOOL, "created_at": UTC_TIME,
        "updated_at": UTC_TIME},
    "procedure_step": {"created_at": UTC_TIME, "updated_at": UTC_TIME},
    "respondent": {"created_at": UTC_TIME, "updated_at": UTC_TIME},
    "setting": {"updated_at": UTC_TIME},
    "user_account": {"active": BOOL, "locked_until": UTC_TIME, "last_login_at": UTC_TIME,
        "must_change_password": BOOL, "created_at": UTC_TIME, "updated_at": UTC_TIME},
}


def _money(value: int) -> Decimal:
    return Decimal(int(value)).scaleb(-2).quantize(_FEN)


def _utc(value: str | datetime) -> datetime:
    # PostgreSQL (store.pg_plain) returns the naive UTC timestamp itself, SQLite its text.
    return (value if isinstance(value, datetime) else datetime.fromisoformat(value)).replace(tzinfo=UTC)


def as_date(value: str | date) -> date:
    """A stored date: SQLite's ISO text, or psycopg's date as it is."""
    return value if isinstance(value, date) else date.fromisoformat(value)


_READ = {DATE: as_date, UTC_TIME: _utc, BOOL: bool, MONEY: _money, DECIMAL: Decimal}


class Record:
    """One row, its columns as attributes (what the view builders read from an ORM object)."""

    def __init__(self, values: dict[str, Any]):
        self.__dict__.update(values)

    def __repr__(self) -> str:
        return f"Record({self.__dict__!r})"


def record(table: str, names: Sequence[str], row: Sequence[Any]) -> Record:
    kinds = COLUMN_KINDS[table]
    return Record({name: value if value is None or name not in kinds else _READ[kinds[name]](value)
                   for name, value in zip(names, row, strict=True)})


def fetch(connection: sqlite3.Connection | PlainPg, table: str, sql: str, params: Sequence[Any] = ()) -> list[Record]:
    """The rows of ``sql`` (a ``SELECT * FROM table …``) as records of ``table``."""
    cursor = connection.execute(sql, tuple(params))
    names = [d[0] for d in cursor.description]
    return [record(table, names, row) for row in cursor.fetchall()]


def stored_time(value: datetime) -> str:
    """An aware timestamp as the ORM stores it (``UTCDateTime`` on SQLite): naive UTC with microseconds."""
    if value.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
