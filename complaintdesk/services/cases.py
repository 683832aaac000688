"""Finding cases: the filtered, sorted, paged case list that the GUI, the CLI and reports share."""

from __future__ import annotations

import operator
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from sqlalchemy import ColumnElement, Select, and_, bindparam, exists, func, or_, select

from complaintdesk import clock
from complaintdesk.domain.calendar import WorkCalendar
from complaintdesk.domain.vocabulary import OPEN_STATUSES
from complaintdesk.services import extension_requests
from complaintdesk.services.case_detail import workdays_left
from complaintdesk.services.case_query import CaseQuery, CaseRow, CaseSort, ClaimFilter
from complaintdesk.store.database import Database
from complaintdesk.store.models import (
    ArrearsClaim,
    Case,
    Enterprise,
    ExtensionRequest,
    Payment,
)

__all__ = ["CaseQuery", "CaseRow", "CaseService", "CaseSort", "ClaimFilter", "claim_condition",
           "workdays_left"]

ALL_CASES = CaseQuery()
_OPEN_CODES = frozenset(s.value for s in OPEN_STATUSES)
_STATEMENTS_KEPT = 64
_SHALLOW = 2000  # up to this offset, reading the rows straight off the index is as fast as a deferred join
_PAGE_COLUMNS = (Case.id, Case.case_no, Case.received_on, Case.complainant_name, Case.respondent_name,
                 Case.respondent_kind, Case.status, Case.procedure, Case.category, Case.handler_name,
                 Case.next_due_on, Case.next_step, Case.next_due_provisional)


def claim_condition(kind: ClaimFilter | str):
    """The condition on one ArrearsClaim row for a ClaimFilter (shared with the statistics' sums)."""
    match ClaimFilter(kind):
        case ClaimFilter.ANY:
            return ArrearsClaim.id.is_not(None)
        case ClaimFilter.CONFIRMED:
            return ArrearsClaim.amount_confirmed > 0
        case ClaimFilter.REPAID:
            return ArrearsClaim.amount_paid > 0
        case ClaimFilter.OUTSTANDING:
            return ArrearsClaim.amount_claimed > ArrearsClaim.amount_paid
        case ClaimFilter.CLEARED:
            return ArrearsClaim.amount_paid >= ArrearsClaim.amount_claimed


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# The case list's filters. Each builder turns one part of a CaseQuery into one WHERE condition on
# complaint_case, or None when that part asks for "any"; ``_FILTERS`` keeps them in the order the
# WHERE clause lists them (the same SQL, so SQLAlchemy's compiled cache and the plans stay put).
_Filter = Callable[[CaseQuery, date, WorkCalendar], ColumnElement[bool] | None]


def _is_given(value) -> bool:
    return value is not None


def _compare(field: str, column, op: Callable, given: Callable[[object], bool] = bool) -> _Filter:
    """``column <op> query.<field>`` when the query gives that field (by default: when it is truthy)."""
    def build(query: CaseQuery, as_of: date, calendar: WorkCalendar):
        value = getattr(query, field)
        return op(column, value) if given(value) else None
    build.__name__ = f"_filter_{field}"
    return build


def _in(column, values):
    return column.in_(values)


def _open_statuses(query: CaseQuery, as_of: date, calendar: WorkCalendar):
    if query.open_only or query.overdue or query.due_within_workdays is not None:
        return Case.status.in_([s.value for s in OPEN_STATUSES])
    return None


def _overdue(query: CaseQuery, as_of: date, calendar: WorkCalendar):
    return Case.next_due_on < as_of if query.overdue else None


def _due_within(query: CaseQuery, as_of: date, calendar: WorkCalendar):
    days = query.due_within_workdays
    if days is None:
        return None
    last = calendar.add_workdays(as_of, days) if days > 0 else as_of
    return and_(Case.next_due_on >= as_of, Case.next_due_on <= last)


def _awaiting_approval(query: CaseQuery, as_of: date, calendar: WorkCalendar):
    if not query.awaiting_approval:
        return None
    # Driven by the few open requests, not by a probe per case.
    # only requests a supervisor can still decide (services.extension_requests)
    return Case.id.in_(select(ExtensionRequest.case_id).where(extension_requests.decidable()))


def _township(query: CaseQuery, as_of: date, calendar: WorkCalendar):
    if query.township is None:
        return None
    if query.township:
        return Enterprise.township == query.township
    return or_(Enterprise.township.is_(None), Enterprise.township == "")


def _claims(query: CaseQuery, as_of: date, calendar: WorkCalendar):
    if not query.claims:
        return None
    return exists().where(ArrearsClaim.case_id == Case.id, claim_condition(query.claims))


def _on_time(query: CaseQuery, as_of: date, calendar: WorkCalendar):
    # The case's own copy of its reply clock (services.case_index).
    return None if query.on_time is None else Case.reply_late.is_(not query.on_time)


def _paid(query: CaseQuery, as_of: date, calendar: WorkCalendar):
    if not (query.paid_from or query.paid_to):
        return None
    paid = [ArrearsClaim.case_id == Case.id, Payment.claim_id == ArrearsClaim.id]
    if query.paid_from:
        paid.append(Payment.paid_on >= query.paid_from)
    if query.paid_to:
        paid.append(Payment.paid_on <= query.paid_to)
    return exists().where(*paid)


def _text(query: CaseQuery, as_of: date, calendar: WorkCalendar):
    text = " ".join(query.text.split())
    if not text:
        return None
    # One scan of one column: number, both parties' names and credit codes, source ref, summary.
    pattern = f"%{_escape_like(text)}%"
    if pattern == pattern.upper():
        return Case.search_text.like(pattern, escape="\\")
    # Credit codes are stored upper-case; PostgreSQL's LIKE is case-sensitive.
    return or_(Case.search_text.like(pattern, escape="\\"), Case.search_text.like(pattern.upper(), escape="\\"))


_FILTERS: tuple[_Filter, ...] = (
    _compare("statuses", Case.status, _in),
    _open_statuses,
    _overdue,
    _due_within,
    _compare("handler_id", Case.handler_id, operator.eq, _is_given),
    _compare("procedure", Case.procedure, operator.eq),
    _compare("category", Case.category, operator.eq),
    _compare("debtor_kind", Case.respondent_kind, operator.eq),
    _compare("received_from", Case.received_on, operator.ge),
    _compare("received_to", Case.received_on, operator.le),
    _compare("ids", Case.id, _in),
    _awaiting_approval,
    _compare("channel", Case.channel, operator.eq),
    _township,
    _compare("respondent_id", Case.respondent_id, operator.eq, _is_given),
    _compare("next_step", Case.next_step, operator.eq),
    _compare("closed_from", Case.closed_on, operator.ge),
    _compare("closed_to", Case.closed_on, operator.le),
    _claims,
    _on_time,
    # The case's own copy of its latest follow-up (services.case_index).
    _compare("satisfaction", Case.satisfaction, _in),
    _paid,
    _text,
)


class CaseService:
    """Read side of cases; every call is its own short read transaction (safe from worker threads)."""

    def __init__(self, db: Database, calendar_source):
        self._db = db
        # A callable returning the current WorkCalendar (cached by the office, reloaded on change).
        self._calendar = calendar_source
        self._statements: OrderedDict[tuple, tuple[WorkCalendar, Select]] = OrderedDict()
        self._lock = threading.Lock()

    def _filtered(self, stmt: Select, query: CaseQuery, calendar: WorkCalendar) -> Select:
        as_of = query.as_of or clock.today()
        conds = (build(query, as_of, calendar) for build in _FILTERS)
        return stmt.where(*(cond for cond in conds if cond is not None))

    def restrict_cases(self, stmt: Select, query: CaseQuery) -> Select:
        """``stmt`` (reading complaint_case) filtered exactly as the list filters, so that aggregates
        built on it count the very cases ``page(query)`` lists; no joins unless a filter needs one."""
        return self._list_filtered(stmt, query, self._calendar())

    def _list_filtered(self, stmt: Select, query: CaseQuery, calendar: WorkCalendar) -> Select:
        """The list's own filter: complaint_case alone (its copied names and kind), unless a
        filter needs the complainant's township."""
        if query.township is not None:
            stmt = stmt.join(Enterprise, Enterprise.id == Case.complainant_id)
        return self._filtered(stmt, query, calendar)

    def count(self, query: CaseQuery = ALL_CASES) -> int:
        calendar = self._calendar()
        stmt = self._list_filtered(select(func.count(Case.id)), query, calendar)
        with self._db.statement() as conn:  # Core: no ORM session for a read of plain values
            return conn.execute(stmt).scalar_one()

    def page(self, query: CaseQuery = ALL_CASES, offset: int = 0, limit: int = 200) -> list[CaseRow]:
        calendar = self._calendar()
        as_of = query.as_of or clock.today()
        stmt = self._page_statement(query, as_of, calendar, offset)
        with self._db.statement() as conn:
            rows = conn.execute(stmt, {"page_offset": max(offset, 0), "page_limit": max(limit, 0)}).all()
        left: dict[date | None, int | None] = {}  # rows sorted by deadline share their due dates
        result = []
        for (case_id, case_no, received_on, complainant, respondent, kind, status, procedure, category, handler,
             next_due_on, next_step, provisional) in rows:
            is_open = status in _OPEN_CODES
            due = next_due_on if is_open else None
            if due not in left:
                left[due] = workdays_left(calendar, as_of, due)
            result.append(CaseRow(  # positional, in CaseRow's order: a screen is built per scroll
                case_id, case_no, received_on, complainant, respondent or None, kind, status, procedure, category,
                handler or None, due, next_step if is_open else None, bool(provisional) and is_open,
                due is not None and due < as_of, left[due]))
        return result

    def _page_statement(self, query: CaseQuery, as_of: date, calendar: WorkCalendar, offset: int) -> Select:
        """The page's SELECT for this query, with the offset and limit as parameters; built once per
        query, day and calendar (scrolling, repainting and reloading reuse it, and SQLAlchemy's
        compiled cache knows it at once)."""
        deep = offset > _SHALLOW
        key = (query, as_of, deep)  # the unfiltered list's first pages read rows straight off the sort index
        with self._lock:
            cached = self._statements.get(key)
            if cached is not None and cached[0] is calendar:  # a new schedule: "due within N days" moved
                self._statements.move_to_end(key)
                return cached[1]
        order = self._ordering(query)
        filtered = self._list_filtered(select(Case.id), replace(query, as_of=as_of), calendar)
        if deep or filtered.whereclause is not None:
            # Find the page's ids on the indexes first, then read only those rows ("deferred join"):
            # a deep offset walks an index, not 100,000 full rows, and a filter is planned on the
            # narrow id query (where SQLite picks the sort key's index) rather than on full rows.
            ids = (filtered.order_by(*order).offset(bindparam("page_offset")).limit(bindparam("page_limit"))
                   .subquery())
            stmt = select(*_PAGE_COLUMNS).join(ids, ids.c.id == Case.id).order_by(*order)
        else:
            stmt = (filtered.with_only_columns(*_PAGE_COLUMNS).order_by(*order)
                    .offset(bindparam("page_offset")).limit(bindparam("page_limit")))
        with self._lock:
            self._statements[key] = (calendar, stmt)
            self._statements.move_to_end(key)
            while len(self._statements) > _STATEMENTS_KEPT:
                self._statements.popitem(last=False)
        return stmt

    @staticmethod
    def _ordering(query: CaseQuery):
        def direction(col):
            return col.desc() if query.descending else col.asc()

        match query.sort:
            case CaseSort.CASE_NO:
                keys = [direction(Case.year), direction(Case.seq)]
            case CaseSort.RECEIVED:
                keys = [direction(Case.received_on)]
            case CaseSort.COMPLAINANT:
                keys = [direction(Case.complainant_name)]
            case CaseSort.RESPONDENT:
                keys = [direction(Case.respondent_name)]
            case CaseSort.STATUS:
                keys = [direction(Case.status)]
            case CaseSort.HANDLER:
                keys = [direction(Case.handler_name)]
            case _:
                # Cases without a running clock carry the latest possible date (9999-12-31):
                # last in ascending order, and the index on it serves both directions.
                keys = [direction(Case.due_sort)]
        return [*keys, direction(Case.id)]
