"""Finding cases: the filtered, sorted, paged case list that the GUI, the CLI and reports share."""

from __future__ import annotations

import operator
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import lru_cache

from sqlalchemy import ColumnElement, Select, and_, bindparam, exists, func, or_, select, tuple_

from complaintdesk import clock
from complaintdesk.domain.calendar import WorkCalendar
from complaintdesk.domain.names import normalize_name
from complaintdesk.domain.vocabulary import OPEN_STATUSES
from complaintdesk.services import case_search, extension_requests
from complaintdesk.services.case_detail import workdays_left
from complaintdesk.services.case_query import CaseQuery, CaseRow, CaseSort, ClaimFilter, Seek, search_problem
from complaintdesk.services.case_search import Plan
from complaintdesk.services.errors import ServiceError
from complaintdesk.store.database import Database
from complaintdesk.store.models import (
    ArrearsClaim,
    Case,
    Enterprise,
    ExtensionRequest,
    Payment,
)

__all__ = ["CaseQuery", "CaseRow", "CaseService", "CaseSort", "ClaimFilter", "Seek", "claim_condition",
           "workdays_left"]

ALL_CASES = CaseQuery()
_OPEN_CODES = frozenset(s.value for s in OPEN_STATUSES)
_STATEMENTS_KEPT = 64
# Up to this many index hits a text search reads its hits by id; beyond, it walks the sort index
# (services.case_search.Plan). Measured at 100,000 cases: 309 hits 0.2 ms by id, 1.5 ms walking; 3,533
# hits 8.4 ms by id, 0.8 ms walking; the two meet near 500 (near √(2 × cases) at other sizes).
_LOOKUP_HITS = 500
_SHALLOW = 2000  # up to this offset, reading the rows straight off the index is as fast as a deferred join
_PAGE_COLUMNS = (Case.id, Case.case_no, Case.received_on, Case.complainant_name, Case.respondent_name,
                 Case.respondent_kind, Case.status, Case.procedure, Case.category, Case.handler_name,
                 Case.next_due_on, Case.next_step, Case.next_due_provisional)
# Names as stored before they were normalised may still carry invisible controls: shown without. A list
# repeats its names (a respondent has hundreds of cases), and folding one costs more than reading its row.
_shown_name = lru_cache(maxsize=8192)(normalize_name)


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


def _check_search(query: CaseQuery) -> None:
    """A search text the list cannot search for is refused in words (ServiceError on ``text``), not by the database."""
    if (problem := search_problem(query.text)) is not None:
        raise ServiceError(problem, field="text")


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
    # and last, the text (CaseService._filtered: its index depends on the database)
)


class CaseService:
    """Read side of cases; every call is its own short read transaction (safe from worker threads)."""

    def __init__(self, db: Database, calendar_source):
        self._db = db
        # A callable returning the current WorkCalendar (cached by the office, reloaded on change).
        self._calendar = calendar_source
        self._statements: OrderedDict[tuple, tuple[WorkCalendar, Select]] = OrderedDict()
        # The latest count of index hits per searched text: it picks the plan of that text's pages
        # (services.case_search.Plan). Only their speed depends on it, never their rows.
        self._hits: OrderedDict[str, tuple[int, int]] = OrderedDict()  # text → (hits, highest case id)
        self._lock = threading.Lock()

    def _filtered(self, stmt: Select, query: CaseQuery, calendar: WorkCalendar,
                  plan: Plan = Plan.LOOKUP) -> Select:
        as_of = query.as_of or clock.today()
        conds = [build(query, as_of, calendar) for build in _FILTERS]
        text = case_search.words(query.text)
        if text:  # number, both parties' names and credit codes, source ref, summary: on an index
            conds.append(case_search.condition(text, self._db.dialect, plan))
        return stmt.where(*(cond for cond in conds if cond is not None))

    def restrict_cases(self, stmt: Select, query: CaseQuery) -> Select:
        """``stmt`` (reading complaint_case) filtered exactly as the list filters, so that aggregates
        built on it count the very cases ``page(query)`` lists; no joins unless a filter needs one."""
        return self._list_filtered(stmt, query, self._calendar())

    def _list_filtered(self, stmt: Select, query: CaseQuery, calendar: WorkCalendar,
                       plan: Plan = Plan.LOOKUP) -> Select:
        """The list's own filter: complaint_case alone (its copied names and kind), unless a
        filter needs the complainant's township."""
        if query.township is not None:
            stmt = stmt.join(Enterprise, Enterprise.id == Case.complainant_id)
        return self._filtered(stmt, query, calendar, plan)

    def count(self, query: CaseQuery = ALL_CASES) -> int:
        _check_search(query)
        calendar = self._calendar()
        text = case_search.words(query.text)
        if text and self._db.dialect == "sqlite":
            return self._count_search(query, text, calendar)
        stmt = self._list_filtered(select(func.count(Case.id)), query, calendar)
        with self._db.statement() as conn:  # Core: no ORM session for a read of plain values
            return conn.execute(stmt).scalar_one()

    def _count_search(self, query: CaseQuery, text: str, calendar: WorkCalendar) -> int:
        """A SQLite count with a text: the index's hits alone when nothing else filters (no case row is
        read: the index has one row per case), else the cases with the hits' count beside them. Either
        way one statement (built once per query, day and plan, as a page's), and the hits — with the
        highest case id, the list's size near enough — are remembered for the pages' plan."""
        plan = self._plan(query)
        key = ("count", query, query.as_of or clock.today(), plan)
        with self._lock:
            cached = self._statements.get(key)
        if cached is not None and cached[0] is calendar:
            stmt = cached[1]
        else:
            seen = (case_search.hit_count(text).scalar_subquery(), select(func.max(Case.id)).scalar_subquery())
            others = self._list_filtered(select(func.count(Case.id)), replace(query, text=""), calendar)
            if others.whereclause is None:
                stmt = select(*seen)  # the count is the hits
            else:
                stmt = self._list_filtered(select(func.count(Case.id), *seen), query, calendar, plan)
        with self._db.statement() as conn:
            row = conn.execute(stmt).one()
        seen_now = (row[-2], row[-1] or 0)
        with self._lock:
            for kept, k, v in ((self._statements, key, (calendar, stmt)), (self._hits, text, seen_now)):
                kept[k] = v
                kept.move_to_end(k)
                while len(kept) > _STATEMENTS_KEPT:
                    kept.popitem(last=False)
        return row[0]

    def _plan(self, query: CaseQuery, deep: bool = False) -> Plan:
        """How a SQLite page finds this query's cases, by its text's hits at its last count: few, by id;
        a twentieth of the list or more, with nothing else filtering and near the top, by reading the
        sort order and matching each row (a screen within some thousand rows); else, and when not
        counted yet, along the sort index kept where it is a hit (bounded by the list's size)."""
        text = case_search.words(query.text)
        if not text or self._db.dialect != "sqlite":
            return Plan.LOOKUP
        with self._lock:
            seen = self._hits.get(text)
        if seen is None:
            return Plan.SCAN
        hits, cases = seen
        if hits <= _LOOKUP_HITS:
            return Plan.LOOKUP
        alone = replace(query, text="", sort=ALL_CASES.sort, descending=False, as_of=None) == ALL_CASES
        return Plan.FILTER if alone and not deep and hits * 20 >= cases else Plan.SCAN

    def page(self, query: CaseQuery = ALL_CASES, offset: int = 0, limit: int = 200,
             seek: Seek | None = None) -> list[CaseRow]:
        """Rows ``offset`` … ``offset + limit - 1`` of the list. With a ``seek`` (from ``anchors``: its row at
        or above ``offset``, its stop, if any, at or below ``offset + limit``) the page is read from the seek's
        start and not past its stop — the same rows as counting from the top, while the list is unchanged,
        at the cost of a page near the top."""
        _check_search(query)
        calendar = self._calendar()
        as_of = query.as_of or clock.today()
        shape = _seek_shape(seek, offset)
        stmt = self._page_statement(query, as_of, calendar, offset, shape)
        params: dict[str, object] = {"page_limit": max(limit, 0)}
        if shape is None:
            params["page_offset"] = max(offset, 0)
        else:
            params["page_offset"] = offset - seek.row
            params.update(_seek_params(seek, shape))
        with self._db.statement() as conn:
            rows = conn.execute(stmt, params).all()
        left: dict[date | None, int | None] = {}  # rows sorted by deadline share their due dates
        result = []
        for (case_id, case_no, received_on, complainant, respondent, kind, status, procedure, category, handler,
             next_due_on, next_step, provisional) in rows:
            is_open = status in _OPEN_CODES
            due = next_due_on if is_open else None
            if due not in left:
                left[due] = workdays_left(calendar, as_of, due)
            result.append(CaseRow(  # positional, in CaseRow's order: a screen is built per scroll
                case_id, case_no, received_on, _shown_name(complainant), _shown_name(respondent) or None, kind,
                status, procedure, category,
                handler or None, due, next_step if is_open else None, bool(provisional) and is_open,
                due is not None and due < as_of, left[due]))
        return result

    def anchors(self, query: CaseQuery = ALL_CASES, every: int = 500) -> list[tuple]:
        """The sort keys (``Seek.start``) of rows 0, ``every``, 2 × ``every`` … of the list, in one statement
        that reads the list's sort order once: from them ``page`` reads any page like one near the top."""
        _check_search(query)
        calendar = self._calendar()
        query = replace(query, as_of=query.as_of or clock.today())
        keys = [*_sort_columns(query), Case.id]
        position = func.row_number().over(order_by=self._ordering(query)).label("list_position")
        numbered = self._list_filtered(select(*keys, position), query, calendar, self._plan(query, deep=True)).subquery()
        stmt = (select(*(numbered.c[key.key] for key in keys))
                .where((numbered.c.list_position - 1) % max(every, 1) == 0).order_by(numbered.c.list_position))
        with self._db.statement() as conn:
            return [tuple(row) for row in conn.execute(stmt)]

    def _page_statement(self, query: CaseQuery, as_of: date, calendar: WorkCalendar, offset: int,
                        shape: str | None = None) -> Select:
        """The page's SELECT for this query, with the offset, limit and seek keys as parameters; built once
        per query, day, calendar and seek shape (scrolling, repainting and reloading reuse it, and
        SQLAlchemy's compiled cache knows it at once)."""
        deep = offset > _SHALLOW
        plan = self._plan(query, deep)
        key = (query, as_of, deep, plan, shape)  # the unfiltered list's first pages read rows straight off the sort index
        with self._lock:
            cached = self._statements.get(key)
            if cached is not None and cached[0] is calendar:  # a new schedule: "due within N days" moved
                self._statements.move_to_end(key)
                return cached[1]
        order = self._ordering(query)
        filtered = self._list_filtered(select(Case.id), replace(query, as_of=as_of), calendar, plan)
        if shape is not None:
            filtered = filtered.where(_segment(query, shape, self._db.dialect))
        if deep or (filtered.whereclause is not None and self._db.dialect == "sqlite"):
            # Find the page's ids on the indexes first, then read only those rows ("deferred join"):
            # a deep offset walks an index, not 100,000 full rows, and a filter is planned on the
            # narrow id query (where SQLite picks the sort key's index) rather than on full rows.
            # PostgreSQL plans a filtered page near the top as well on full rows, and the join cost it
            # a third of the statement (measured at 1,000,000 cases).
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

        return [direction(col) for col in (*_sort_columns(query), Case.id)]


def _sort_columns(query: CaseQuery) -> list:
    """The columns the list is sorted by, before the case id that breaks their ties (none is NULL: the
    copied names are "" when there is none, and a case without a running clock sorts by 9999-12-31)."""
    match query.sort:
        case CaseSort.CASE_NO:
            return [Case.year, Case.seq]
        case CaseSort.RECEIVED:
            return [Case.received_on]
        case CaseSort.COMPLAINANT:
            return [Case.complainant_name]
        case CaseSort.RESPONDENT:
            return [Case.respondent_name]
        case CaseSort.STATUS:
            return [Case.status]
        case CaseSort.HANDLER:
            return [Case.handler_name]
    # Cases without a running clock carry the latest possible date (9999-12-31): last in ascending
    # order, and the index on it serves both directions.
    return [Case.due_sort]


# --- keyset pages ------------------------------------------------------------------------------------
# A seek's shape picks its statement: "open" from a start to the list's end, "span" from a start to a stop.

def _seek_shape(seek: Seek | None, offset: int) -> str | None:
    if seek is None or not 0 <= seek.row <= offset or None in seek.start:
        return None  # counted from the top: always right, only slower deep down
    if seek.stop is None:
        return "open"
    if None in seek.stop or len(seek.stop) != len(seek.start):
        return None
    return "span"


def _seek_params(seek: Seek, shape: str) -> dict[str, object]:
    params = {f"seek_start_{i}": value for i, value in enumerate(seek.start)}
    if shape != "open":
        params.update({f"seek_stop_{i}": value for i, value in enumerate(seek.stop)})
    return params


def _segment(query: CaseQuery, shape: str, dialect: str) -> ColumnElement[bool]:
    """The rows from the seek's start up to, not including, its stop, in the list's order.

    PostgreSQL reads a row-value range straight off the sort index. SQLite (3.40) ranges a row value
    only up to the case id (the rowid), and would filter a long run of equal dates (the thousands of
    cases without a deadline) row by row; so it gets the same rows as a union of index ranges — the
    start's value from its id on, the values strictly between, the stop's value up to its id — that
    its planner reads as a "MULTI-INDEX OR", each range on the index that suits the list's filter.
    When start and stop share their value, the start's value between the two ids is the answer; the
    other ranges are guarded by a comparison of the two keys' values, so that one statement (and
    plan) serves both cases — a plain ``value = … AND id BETWEEN …`` would be planned on the sort
    index alone, reading every closed case of a run to find the open ones. Each range is bounded by
    the segment, so a page costs the same at row 90,000 as at row 90."""
    values = _sort_columns(query)
    start = [bindparam(f"seek_start_{i}", type_=col.type) for i, col in enumerate((*values, Case.id))]
    stop = [bindparam(f"seek_stop_{i}", type_=col.type) for i, col in enumerate((*values, Case.id))]
    # In the list's direction: at or past a key, strictly past it, short of it.
    from_, past, short = ((operator.le, operator.lt, operator.gt) if query.descending
                          else (operator.ge, operator.gt, operator.lt))
    if dialect != "sqlite":
        row = tuple_(*values, Case.id)
        if shape == "open":
            return from_(row, tuple_(*start))
        return and_(from_(row, tuple_(*start)), short(row, tuple_(*stop)))

    def equal(bound):
        return and_(*(col == b for col, b in zip(values, bound, strict=True)))

    def beyond(op, bound):
        return op(values[0], bound[0]) if len(values) == 1 else op(tuple_(*values), tuple_(*bound))

    first = and_(equal(start[:-1]), from_(Case.id, start[-1]))
    if shape == "open":
        return or_(first, beyond(past, start[:-1]))
    # The start's value comes before the stop's; else the segment is one run of equal values. A term of
    # parameters only: SQLite tests it once, before it reads the range it guards.
    differ = short(start[0], stop[0]) if len(values) == 1 else short(tuple_(*start[:-1]), tuple_(*stop[:-1]))
    return or_(and_(first, short(Case.id, stop[-1])),  # within one run: the whole segment
               and_(first, differ),  # else the start's run from its id, the values between, the stop's run
               and_(beyond(past, start[:-1]), beyond(short, stop[:-1])),
               and_(equal(stop[:-1]), short(Case.id, stop[-1]), differ))
