"""What the case list asks for and gets back: plain dataclasses, importable without SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from complaintdesk.messages import Text
from complaintdesk.messages import cases as msg

MAX_SEARCH_CHARS = 200  # longer than any name, credit code, number or phrase worth searching for


def search_problem(text: str) -> Text | None:
    """Why the case list cannot search for ``text``, or None: longer than ``MAX_SEARCH_CHARS`` once its
    white space is folded (a pasted page), or control characters in it (a NUL cannot be searched for)."""
    if any(ord(ch) < 32 and ch not in "\t\n\r" or ord(ch) == 127 for ch in text):
        return msg.SEARCH_CONTROL_CHARACTERS()
    length = len(" ".join(text.split()))
    if length > MAX_SEARCH_CHARS:
        return msg.SEARCH_TOO_LONG(length=length, max_chars=MAX_SEARCH_CHARS)
    return None


class ClaimFilter(StrEnum):
    """Which arrears claims a case must have (at least one) to be listed."""

    ANY = "any"  # any claim
    CONFIRMED = "confirmed"  # the debtor confirmed an amount (> 0)
    REPAID = "repaid"  # something was repaid
    OUTSTANDING = "outstanding"  # something is still unpaid
    CLEARED = "cleared"  # repaid in full (清零)


class CaseSort(StrEnum):
    CASE_NO = "case_no"
    RECEIVED = "received"
    COMPLAINANT = "complainant"
    RESPONDENT = "respondent"
    STATUS = "status"
    HANDLER = "handler"
    NEXT_DUE = "next_due"


@dataclass(frozen=True)
class CaseQuery:
    statuses: tuple[str, ...] = ()
    open_only: bool = False
    overdue: bool = False
    due_within_workdays: int | None = None
    handler_id: int | None = None
    procedure: str | None = None
    category: str | None = None
    debtor_kind: str | None = None
    received_from: date | None = None
    received_to: date | None = None
    ids: tuple[int, ...] = ()  # only these cases (e.g. the cases behind a dashboard figure)
    awaiting_approval: bool = False  # an extension request waits for a supervisor's decision
    # Filters the statistics' click-through needs (services/statistics.py); all default to "any".
    channel: str | None = None
    township: str | None = None  # the complainant's township; "" = not recorded
    respondent_id: int | None = None
    next_step: str | None = None  # step code of the case's next running deadline, e.g. "reply"
    closed_from: date | None = None  # closed_on in this range (closed or not accepted)
    closed_to: date | None = None
    claims: ClaimFilter | None = None
    on_time: bool | None = None  # True: the reply clock was not met late; False: it was met after its due date
    satisfaction: tuple[str, ...] = ()  # the latest follow-up call's satisfaction is one of these
    paid_from: date | None = None  # a payment on one of its claims was made in this range
    paid_to: date | None = None
    text: str = ""
    sort: CaseSort = CaseSort.NEXT_DUE
    descending: bool = False
    as_of: date | None = None  # None: today

    def on(self, today: date) -> CaseQuery:
        return self if self.as_of is not None else replace(self, as_of=today)


class Seek(NamedTuple):
    """Where a page is read from when the list's sort keys are known (keyset paging, ``CaseService.page``).

    ``start`` is the sort key — the sorted columns' values, the case id last, as ``CaseService.anchors``
    gives them — of the row at position ``row``; ``stop`` the key of a later row (None: the list's end).
    The page's rows are counted from ``start``, and nothing at or past ``stop`` is read: a deep page
    costs what a page near the top costs, instead of an OFFSET over every row above it.
    """

    row: int
    start: tuple
    stop: tuple | None = None


class CaseRow(NamedTuple):
    """One row of the case list (immutable; a tuple, because every scroll builds a screen of them)."""

    id: int
    case_no: str
    received_on: date
    complainant: str
    respondent: str | None
    respondent_kind: str | None
    status: str
    procedure: str
    category: str
    handler: str | None
    next_due_on: date | None
    next_step: str | None
    provisional: bool
    overdue: bool
    workdays_left: int | None  # negative: working days overdue
