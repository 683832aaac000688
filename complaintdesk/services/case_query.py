"""What the case list asks for and gets back: plain dataclasses, importable without SQLAlchemy."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from complaintdesk.domain.names import normalize_name
from complaintdesk.domain.vocabulary import OPEN_STATUSES
from complaintdesk.messages import Text
from complaintdesk.messages import cases as msg

if TYPE_CHECKING:
    from complaintdesk.domain.calendar import WorkCalendar

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

    def filters(self) -> CaseQuery:
        """The query's filters alone (any sort, any day): the key of its list's latest count."""
        return replace(self, sort=CaseQuery.sort, descending=False, as_of=None)  # the default sort


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


OPEN_CODES = frozenset(s.value for s in OPEN_STATUSES)
# Names as stored before they were normalised may still carry invisible controls: shown without. A list
# repeats its names (a respondent has hundreds of cases), and folding one costs more than reading its row.
_shown_name = lru_cache(maxsize=8192)(normalize_name)


def list_rows(rows: Iterable[tuple], calendar: WorkCalendar, as_of: date) -> list[CaseRow]:
    """The list's rows from the page's columns as read — id, number, received, both names, the debtor's kind,
    status, procedure, category, handler, next deadline, its step, provisional — as of ``as_of``: a closed
    case shows no deadline, and the working days left are counted once per due date."""
    from complaintdesk.domain.calendar import workdays_left  # the caller holds a calendar: imported by then

    left: dict[date | None, int | None] = {}  # rows sorted by deadline share their due dates
    result = []
    for (case_id, case_no, received_on, complainant, respondent, kind, status, procedure, category, handler,
         next_due_on, next_step, provisional) in rows:
        is_open = status in OPEN_CODES
        due = next_due_on if is_open else None
        if due not in left:
            left[due] = workdays_left(calendar, as_of, due)
        result.append(CaseRow(  # positional, in CaseRow's order: a screen is built per scroll
            case_id, case_no, received_on, _shown_name(complainant), _shown_name(respondent) or None, kind,
            status, procedure, category,
            handler or None, due, next_step if is_open else None, bool(provisional) and is_open,
            due is not None and due < as_of, left[due]))
    return result
