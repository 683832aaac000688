"""Finding cases: the filtered, sorted, paged case list that the GUI, the CLI and reports share."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import replace
from datetime import date

from sqlalchemy import Select, and_, bindparam, exists, func, or_, select

from complaintdesk.domain.calendar import WorkCalendar
from complaintdesk.domain.vocabulary import OPEN_STATUSES
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


def workdays_left(calendar: WorkCalendar, as_of: date, due_on: date | None) -> int | None:
    if due_on is None:
        return None
    if due_on >= as_of:
        return calendar.workdays_between(as_of, due_on)
    return -calendar.workdays_between(due_on, as_of)


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


class CaseService:
    """Read side of cases; every call is its own short read transaction (safe from worker threads)."""

    def __init__(self, db: Database, calendar_source):
        self._db = db
        # A callable returning the current WorkCalendar (cached by the office, reloaded on change).
        self._calendar = calendar_source
        self._statements: OrderedDict[tuple, tuple[WorkCalendar, Select]] = OrderedDict()
        self._lock = threading.Lock()

    def _filtered(self, stmt: Select, query: CaseQuery, calendar: WorkCalendar) -> Select:
        as_of = query.as_of or date.today()
        conds = []
        if query.statuses:
            conds.append(Case.status.in_(query.statuses))
        if query.open_only or query.overdue or query.due_within_workdays is not None:
            conds.append(Case.status.in_([s.value for s in OPEN_STATUSES]))
        if query.overdue:
            conds.append(Case.next_due_on < as_of)
        if query.due_within_workdays is not None:
            last = calendar.add_workdays(as_of, query.due_within_workdays) if query.due_within_workdays > 0 else as_of
            conds.append(and_(Case.next_due_on >= as_of, Case.next_due_on <= last))
        if query.handler_id is not None:
            conds.append(Case.handler_id == query.handler_id)
        if query.procedure:
            conds.append(Case.procedure == query.procedure)
        if query.category:
            conds.append(Case.category == query.category)
        if query.debtor_kind:
            conds.append(Case.respondent_kind == query.debtor_kind)
        if query.received_from:
            conds.append(Case.received_on >= query.received_from)
        if query.received_to:
            conds.append(Case.received_on <= query.received_to)
        if query.ids:
            conds.append(Case.id.in_(query.ids))
        if query.awaiting_approval:
            # Driven by the few open requests, not by a probe per case.
            conds.append(Case.id.in_(select(ExtensionRequest.case_id).where(ExtensionRequest.status == "requested")))
        if query.channel:
            conds.append(Case.channel == query.channel)
        if query.township is not None:
            conds.append(Enterprise.township == query.township if query.township
                         else or_(Enterprise.township.is_(None), Enterprise.township == ""))
        if query.respondent_id is not None:
            conds.append(Case.respondent_id == query.respondent_id)
        if query.next_step:
            conds.append(Case.next_step == query.next_step)
        if query.closed_from:
            conds.append(Case.closed_on >= query.closed_from)
        if query.closed_to:
            conds.append(Case.closed_on <= query.closed_to)
        if query.claims:
            conds.append(exists().where(ArrearsClaim.case_id == Case.id, claim_condition(query.claims)))
        # The case's own copies of its reply clock and latest follow-up (services.case_index).
        if query.on_time is not None:
            conds.append(Case.reply_late.is_(not query.on_time))
        if query.satisfaction:
            conds.append(Case.satisfaction.in_(query.satisfaction))
        if query.paid_from or query.paid_to:
            paid = [ArrearsClaim.case_id == Case.id, Payment.claim_id == ArrearsClaim.id]
            if query.paid_from:
                paid.append(Payment.paid_on >= query.paid_from)
            if query.paid_to:
                paid.append(Payment.paid_on <= query.paid_to)
            conds.append(exists().where(*paid))
        text = " ".join(query.text.split())
        if text:
            # One scan of one column: number, both parties' names and credit codes, source ref, summary.
            pattern = f"%{_escape_like(text)}%"
            # Credit codes are stored upper-case; PostgreSQL's LIKE is case-sensitive.
            conds.append(or_(Case.search_text.like(pattern, escape="\\"),
                             Case.search_text.like(pattern.upper(), escape="\\")) if pattern != pattern.upper()
                         else Case.search_text.like(pattern, escape="\\"))
        return stmt.where(*conds)

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
        as_of = query.as_of or date.today()
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
