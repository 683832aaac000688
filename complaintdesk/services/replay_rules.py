"""What the history's replay follows (services.replay): the tracked fields, how an event changes them, and
the tables' values in the same plain form.

Every writer of a tracked field records it in its event as ``{field: [old, new]}`` — a row's creation
event says its first values (what it leaves out is the value every writer gives a new row, ``CREATED_WITH``).
A password is recorded as its fingerprint (``security.password_fingerprint``), never as its hash. A
payment's event also carries the claim's new ``amount_paid``; an imported claim's event carries the payment
imported with it (``payment_id``, its amount is the claim's ``amount_paid``). Failed-login counters and
sign-in stamps are not part of the record.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import BigInteger, Integer, String, select, type_coerce
from sqlalchemy.orm import Session

from complaintdesk.messages import Message
from complaintdesk.messages import replay as msg
from complaintdesk.security import password_fingerprint
from complaintdesk.store.models import ArrearsClaim, Case, Payment, User

BASELINE_ACTION = "replay_baseline"

TRACKED: dict[str, tuple[str, ...]] = {
    "case": ("status", "outcome", "closed_on", "handler_id"),
    "claim": ("case_id", "amount_claimed", "amount_confirmed", "amount_disputed", "amount_paid"),
    "payment": ("claim_id", "amount", "paid_on"),
    "user": ("role", "active", "password"),
}
FIELD_NAMES: dict[str, Message] = {
    "status": msg.FIELD_STATUS, "outcome": msg.FIELD_OUTCOME, "closed_on": msg.FIELD_CLOSED_ON,
    "handler_id": msg.FIELD_HANDLER, "case_id": msg.FIELD_CASE, "amount_claimed": msg.FIELD_AMOUNT_CLAIMED,
    "amount_confirmed": msg.FIELD_AMOUNT_CONFIRMED, "amount_disputed": msg.FIELD_AMOUNT_DISPUTED,
    "amount_paid": msg.FIELD_AMOUNT_PAID, "claim_id": msg.FIELD_CLAIM, "amount": msg.FIELD_AMOUNT,
    "paid_on": msg.FIELD_PAID_ON, "role": msg.FIELD_ROLE, "active": msg.FIELD_ACTIVE, "password": msg.FIELD_PASSWORD,
}
CREATING: dict[str, frozenset[str]] = {
    "case": frozenset({"registered", "imported"}), "claim": frozenset({"claim_added", "imported"}),
    "payment": frozenset({"payment_recorded"}), "user": frozenset({"user_created"}),
}
# What a creation event leaves unsaid: the value every writer gives a new row.
CREATED_WITH: dict[str, dict[str, Any]] = {
    "case": {"outcome": None, "closed_on": None},
    "claim": {"amount_confirmed": None, "amount_disputed": None, "amount_paid": "0.00"},
    "payment": {},
    "user": {"active": True, "password": None},
}
# Before the baseline, the events of older versions count only for what those versions always recorded:
# a case's status, outcome, closing date and handler; a claim's case and typed amounts; a user's role.
# Their payments (a demo filed them under the case's id) and sums paid are taken from the tables.
TRUSTED_BEFORE: dict[str, frozenset[str]] = {
    "case": frozenset(TRACKED["case"]),
    "claim": frozenset({"case_id", "amount_claimed", "amount_confirmed", "amount_disputed"}),
    "payment": frozenset(),
    "user": frozenset({"role"}),
}
_MONEY = frozenset({"amount_claimed", "amount_confirmed", "amount_disputed", "amount_paid", "amount"})
_IDS = frozenset({"handler_id", "case_id", "claim_id"})
_CENT = Decimal("0.01")
_AS_TEXT = frozenset(f for fields in TRACKED.values() for f in fields) - _MONEY - _IDS - {"active"}
_TRACKED_SETS = {entity: frozenset(fields) for entity, fields in TRACKED.items()}
# An event that names none of these (a note, a follow-up call, a login) changes nothing the replay follows.
_NEEDLES = {entity: tuple(f'"{f}"' for f in fields) for entity, fields in TRACKED.items()}
_NEEDLES["claim"] += ('"payment_id"',)
_NEEDLES["payment"] += ('"amount_paid"',)


def plain(field: str, value: Any) -> Any:
    """A recorded value in one comparable form: money as "12.30", ids as int, dates as ISO text."""
    if value is None or (value.__class__ is str and field in _AS_TEXT):
        return value
    try:
        if field in _MONEY:
            return f"{Decimal(str(value)).quantize(_CENT)}"
        if field in _IDS:
            return int(value)
    except (InvalidOperation, ValueError, TypeError):
        return str(value)
    if field == "active":
        return bool(value) if not isinstance(value, str) else value.strip().lower() in ("1", "true")
    if isinstance(value, date):
        return value.isoformat()
    return value if isinstance(value, bool | int) else str(value)


def _yuan(fen: Any) -> Any:
    try:
        return f"{Decimal(int(fen)).scaleb(-2).quantize(_CENT)}" if fen is not None else None
    except (ValueError, TypeError):
        return str(fen)


# The tables, read raw (a value typed into a column by hand must not stop the replay): money as fen.
_TABLES = {
    "case": (Case, (Case.status, Case.outcome, type_coerce(Case.closed_on, String), Case.handler_id)),
    "claim": (ArrearsClaim, (ArrearsClaim.case_id, *(type_coerce(c, BigInteger) for c in (
        ArrearsClaim.amount_claimed, ArrearsClaim.amount_confirmed, ArrearsClaim.amount_disputed,
        ArrearsClaim.amount_paid)))),
    "payment": (Payment, (Payment.claim_id, type_coerce(Payment.amount, BigInteger),
                          type_coerce(Payment.paid_on, String))),
    "user": (User, (User.role, type_coerce(User.active, Integer), User.password_hash)),
}


def table_rows(session: Session, entity: str) -> Iterator[tuple[int, list[Any]]]:
    """Each row of the entity's table as (id, its tracked values in ``plain`` form), in id order."""
    model, columns = _TABLES[entity]
    fields = TRACKED[entity]
    stmt = select(model.__table__.c.id, *columns).order_by(model.__table__.c.id)
    for row_id, *raw in session.connection().execute(stmt):  # Core rows: no ORM loading per row
        values = []
        for field, value in zip(fields, raw, strict=True):
            if field in _MONEY:
                value = _yuan(value)
            elif field == "password":
                value = password_fingerprint(value)
            values.append(plain(field, value))
        yield row_id, values


class Row:
    """What the history says of one row: its creation and deletion events, each field's last recorded
    value with the event that recorded it, and — for a row the baseline fingerprinted — each field's value
    before the first later event changed it."""

    __slots__ = ("baseline_event", "baseline_print", "created", "deleted", "first_old", "values")

    def __init__(self) -> None:
        self.created = 0
        self.deleted = 0
        self.values: dict[str, tuple[Any, int]] = {}
        self.baseline_print = ""
        self.baseline_event = 0
        self.first_old: dict[str, tuple[Any, int]] = {}  # field → (old value, event) of its first later change

    def mark_baseline(self, fingerprint: str, event_id: int) -> None:
        self.baseline_print, self.baseline_event = fingerprint, event_id

    def set(self, field: str, old: Any, new: Any, event_id: int) -> None:
        if self.baseline_print and field not in self.first_old:
            self.first_old[field] = (old, event_id)
        self.values[field] = (new, event_id)


class Fold:
    """The last recorded state of every tracked row, built event by event in id order.

    ``lenient_until``: events with a smaller id were written by older versions (before the baseline);
    None while the baseline is being computed (every event so far is older).
    """

    def __init__(self, lenient_until: int | None):
        self.lenient_until = lenient_until
        self.rows: dict[str, dict[int, Row]] = {entity: {} for entity in TRACKED}
        self.last_event = 0
        self.events_read = 0

    def row(self, entity: str, row_id: int) -> Row:
        rows = self.rows[entity]
        found = rows.get(row_id)
        if found is None:
            found = rows[row_id] = Row()
        return found

    def baseline_reached(self, event_id: int) -> None:
        self.lenient_until = event_id

    def claim_cases(self) -> dict[int, int]:
        """Each claim's case as recorded (to name a claim that is gone from the table)."""
        return {i: r.values["case_id"][0] for i, r in self.rows["claim"].items() if "case_id" in r.values}

    def apply(self, event_id: int, entity: str, entity_id: int | None, case_id: int | None, action: str,
              changes: str | None) -> None:
        self.events_read += 1
        if entity_id is None:
            return
        strict = self.lenient_until is not None and event_id > self.lenient_until
        if not (strict or TRUSTED_BEFORE[entity]):
            return  # an older version's payment events: nothing in them is trusted
        if entity == "claim" and case_id is not None:  # every claim event names the claim's case
            self.row(entity, entity_id).set("case_id", case_id, case_id, event_id)
        text = changes or "{}"
        creating = action in CREATING[entity]
        deleting = action in ("deleted", f"{entity}_deleted")  # no service deletes these rows yet
        if not (creating or deleting or any(needle in text for needle in _NEEDLES[entity])):
            return
        row = self.row(entity, entity_id)
        if deleting:
            row.deleted = event_id
        if creating and not row.created:
            row.created = event_id
            if strict:
                for field, value in CREATED_WITH[entity].items():
                    row.values[field] = (plain(field, value), event_id)
        data = _changes(text)
        self._fields(row, entity, data, event_id, strict)
        if strict:
            self._related(entity, entity_id, row, data, event_id)

    def _fields(self, row: Row, entity: str, data: dict[str, Any], event_id: int, strict: bool) -> None:
        allowed = _TRACKED_SETS[entity] if strict else TRUSTED_BEFORE[entity]
        for field, pair in data.items():
            if field in allowed and isinstance(pair, list) and len(pair) == 2:
                row.set(field, plain(field, pair[0]), plain(field, pair[1]), event_id)

    def _related(self, entity: str, entity_id: int, row: Row, data: dict[str, Any], event_id: int) -> None:
        """A payment's event moves its claim's amount paid; an imported claim's event brings its payment."""
        paid = data.get("amount_paid")
        if entity == "payment" and isinstance(paid, list) and len(paid) == 2 and "claim_id" in row.values:
            claim_id = row.values["claim_id"][0]
            if isinstance(claim_id, int):
                self.row("claim", claim_id).set("amount_paid", plain("amount_paid", paid[0]),
                                                plain("amount_paid", paid[1]), event_id)
        payment = data.get("payment_id")
        if entity == "claim" and isinstance(payment, list) and len(payment) == 2 and isinstance(payment[1], int):
            pay = self.row("payment", payment[1])
            pay.created = pay.created or event_id
            pay.set("claim_id", None, entity_id, event_id)
            amount = paid[1] if isinstance(paid, list) and len(paid) == 2 else None
            pay.set("amount", None, plain("amount", amount), event_id)
            paid_on = data.get("paid_on")
            pay.set("paid_on", None, plain("paid_on", paid_on[1] if isinstance(paid_on, list) else None), event_id)


def _changes(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
