"""Finding cases: the filtered, sorted, paged case list that the GUI, the CLI and reports share."""

from __future__ import annotations

import operator
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    bindparam,
    exists,
    func,
    literal_column,
    or_,
    select,
    tuple_,
)
from sqlalchemy.sql import visitors
from sqlalchemy.sql.elements import ColumnClause, UnaryExpression
from sqlalchemy.sql.operators import custom_op
from sqlalchemy.sql.util import ClauseAdapter

from complaintdesk import clock
from complaintdesk.domain.calendar import WorkCalendar, workdays_left
from complaintdesk.domain.vocabulary import OPEN_STATUSES
from complaintdesk.services import case_search, extension_requests
from complaintdesk.services.case_query import (
    OPEN_CODES,
    CaseQuery,
    CaseRow,
    CaseSort,
    ClaimFilter,
    Seek,
    list_rows,
    search_problem,
)
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
_STATEMENTS_KEPT = 64
# Up to this many index hits a text search reads its hits by id; beyond, it walks the sort index
# (services.case_search.Plan). Measured at 100,000 cases: 309 hits 0.2 ms by id, 1.5 ms walking; 3,533
# hits 8.4 ms by id, 0.8 ms walking; the two meet near 500 (near √(2 × cases) at other sizes).
_LOOKUP_HITS = 500
# PostgreSQL, a search counted by its gram (services.case_search.counted_gram): walking the sort index reads
# about rows × cases ÷ hits rows, finding the hits on the index of characters and sorting them costs about
# this many times as much per hit (measured at 100,000 cases: 程广, 159 hits, 7 ms found, 40 ms walked;
# 司强, 1,539 hits, 31 ms found, 10 ms walked; 商贸, 3,533 hits, 17 ms found, 3 ms walked): the two meet
# near √(rows × cases ÷ 15) hits — 580 for a screen of 50 at 100,000 cases, 1,800 at 1,000,000.
_PG_HIT_COST = 15
# PostgreSQL, a search of three characters or more at most this few hits (case_search.hits_bound) × this cost
# per hit against the rows a walk of the sort order reads: its page gathers the hits' ids first (Plan.IDS).
# Measured at 1,000,000 cases: 锦程运输, 2,849 hits (bound 2,9xx), 22-31 ms by ids, 118-248 ms as PostgreSQL
# planned it (walking the sort order, each row's text looked up: it guesses 10,101 hits for any such LIKE).
_PG_IDS_HIT_COST = 2
# A walk along the sort order may read this many times the rows the hits' share predicts, and this many more,
# before the page is read from the hits instead (CaseService._walk_budget).
_WALK_SLACK, _WALK_SPARE = 4, 500
# SQLite, a filtered list sorted by a key the filters do not follow (case number, day received, a name, the
# handler): its page walks the sort key's index, the filters tested on each row read, when that reads fewer
# rows than finding every listed case on a filter's index and sorting them — walking reads about reach ×
# cases ÷ listed rows, finding reads listed — times this factor (CaseService._walks_sort_index). Measured at
# 100,000 cases: a row walked costs 0.3–1.6 µs (by name: the table read out of order), a case found and sorted
# 1.5–6 µs; the open list (25,000) 37–50 ms sorted, 0.1 ms walked; the open cases of a kind of debtor (8,600),
# a page 300 rows down, 20–56 ms sorted.
_WALK_SPARE_FACTOR = 1
# The sorts walked, each with the filters that follow its key (a handler's cases sort together by the handler's
# name; the dates, with the case number; a kind of debtor's names look alike, 县…局; a complainant's name often
# begins with its township's): with one of those, the listed cases bunch somewhere along the index (measured:
# the open state organs by respondent, 100 ms walked; one township's open cases by complainant, 160 ms).
_UNFOLLOWED_SORTS = {
    CaseSort.CASE_NO: ("received_from", "received_to", "closed_from", "closed_to", "paid_from", "paid_to", "ids"),
    CaseSort.RECEIVED: ("closed_from", "closed_to", "paid_from", "paid_to", "ids"),
    CaseSort.COMPLAINANT: ("township", "ids"),
    CaseSort.RESPONDENT: ("respondent_id", "debtor_kind", "ids"),
    CaseSort.HANDLER: ("handler_id", "ids"),
}
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
        # SQLite: the latest count of each filtered list without a text (its filters alone) → (listed, highest
        # case id): it picks whether its pages walk the sort index (_walks_sort_index); never their rows.
        self._listed: OrderedDict[CaseQuery, tuple[int, int]] = OrderedDict()
        # PostgreSQL: a searched gram among some statuses → its latest (hits, cases), the same use, and the
        # statement that counts them (built once: a count is a few rows by key).
        self._grams: OrderedDict[tuple, tuple[int, int, Select]] = OrderedDict()
        # PostgreSQL: a searched text → the part of each of its longer forms the trigram index looks up
        # (case_search.index_part), from the counts of their pairs when first searched. Speed only, never rows.
        # With them, when every form is that long, (hits at most, cases) for the pages' plan (_hits_bound).
        self._parts: OrderedDict[str, tuple[dict[str, str], tuple[int, int] | None]] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def pages_are_local(self) -> bool:
        """True when pages are read from a database file on this machine (SQLite, WAL: a read never waits
        for a writer): a page read from the anchors is then about a millisecond, with no network in
        between — short enough for the case list to read a scrolled-to screen before it paints it."""
        return self._db.target.is_sqlite

    def _filtered(self, stmt: Select, query: CaseQuery, calendar: WorkCalendar,
                  plan: Plan = Plan.LOOKUP, walk: bool = False) -> Select:
        as_of = query.as_of or clock.today()
        conds = [build(query, as_of, calendar) for build in _FILTERS]
        if walk:  # tested on each row of the sort index walked (_walks_sort_index), on no index of their own
            keep = {col.key for col in _sort_columns(query)}
            conds = [None if cond is None else _off_index(cond, keep) for cond in conds]
        text = case_search.words(query.text)
        if text:  # number, both parties' names and credit codes, source ref, summary: on an index
            conds.append(case_search.condition(text, self._db.dialect, plan, self._index_parts(text)))
        return stmt.where(*(cond for cond in conds if cond is not None))

    def _index_parts(self, text: str) -> dict[str, str] | None:
        """PostgreSQL: each form of ``text`` of three characters or more → the part of it the trigram index
        looks up (``case_search.index_part``), from the counts of its pairs, read when the text is first
        searched (a few rows by key) and remembered; None on SQLite or when no form is that long."""
        read = self._pair_reading(text)
        return None if read is None else read[0]

    def _hits_bound(self, text: str) -> tuple[int, int] | None:
        """PostgreSQL: (at most how many cases hold ``text``, all cases) when every form of it is three characters
        or more (``case_search.hits_bound``, from the same counts of their pairs as ``_index_parts``), else None."""
        read = self._pair_reading(text)
        return None if read is None else read[1]

    def _pair_reading(self, text: str) -> tuple[dict[str, str], tuple[int, int] | None] | None:
        """PostgreSQL: what the counts of the pairs of ``text``'s longer forms tell (``_index_parts``,
        ``_hits_bound``), read once per text and remembered; None on SQLite or when no form is that long."""
        if self._db.dialect != "postgresql":
            return None
        longer = [form for form in case_search.forms(text) if len(form) >= case_search.TRIGRAM]
        if not longer:
            return None
        with self._lock:
            read = self._parts.get(text)
        if read is None:
            with self._db.statement() as conn:
                holding = dict(conn.execute(case_search.pair_counts(case_search.pairs(longer))).all())
            cases = int(holding.pop("", 0))
            parts = {form: case_search.index_part(form, holding, cases) for form in longer}
            every_form_longer = len(longer) == len(case_search.forms(text))
            bound = (sum(case_search.hits_bound(form, holding) for form in longer), cases) if every_form_longer else None
            read = (parts, bound)
            with self._lock:
                _keep(self._parts, text, read)
        return read

    def restrict_cases(self, stmt: Select, query: CaseQuery) -> Select:
        """``stmt`` (reading complaint_case) filtered exactly as the list filters, so that aggregates
        built on it count the very cases ``page(query)`` lists; no joins unless a filter needs one."""
        return self._list_filtered(stmt, query, self._calendar())

    def _list_filtered(self, stmt: Select, query: CaseQuery, calendar: WorkCalendar,
                       plan: Plan = Plan.LOOKUP, walk: bool = False) -> Select:
        """The list's own filter: complaint_case alone (its copied names and kind), unless a
        filter needs the complainant's township. ``walk``: the filters on no index (``_walks_sort_index``)."""
        if query.township is not None:
            complainant = _off_index(Case.complainant_id, set()) if walk else Case.complainant_id
            stmt = stmt.join(Enterprise, Enterprise.id == complainant)
        return self._filtered(stmt, query, calendar, plan, walk)

    def count(self, query: CaseQuery = ALL_CASES) -> int:
        _check_search(query)
        calendar = self._calendar()
        text = case_search.words(query.text)
        if text and self._db.dialect == "sqlite":
            return self._count_search(query, text, calendar)
        if text and (counted := self._gram_count(query, fresh=True)) is not None:
            return counted[0]
        if self._db.dialect == "sqlite":
            return self._count_listed(query, calendar)
        if text and _only_text(query):  # the hits alone, as SQLite counts them: no case row read
            stmt = select(func.count()).select_from(case_search.pg_hits(text, self._index_parts(text)).subquery())
        else:
            stmt = self._list_filtered(select(func.count(Case.id)), query, calendar)
        with self._db.statement() as conn:  # Core: no ORM session for a read of plain values
            return conn.execute(stmt).scalar_one()

    def _count_listed(self, query: CaseQuery, calendar: WorkCalendar) -> int:
        """A SQLite count without a text, with the highest case id (the list's size near enough) beside it:
        both remembered for the plan of the list's pages (``_walks_sort_index``)."""
        highest = select(func.max(Case.id)).scalar_subquery()
        stmt = self._list_filtered(select(func.count(Case.id), highest), query, calendar)
        with self._db.statement() as conn:
            listed, cases = conn.execute(stmt).one()
        key = query.filters()
        with self._lock:
            _keep(self._listed, key, (listed, cases or 0))
        return listed

    def _walks_sort_index(self, query: CaseQuery, reach: int) -> bool:
        """Whether a SQLite page reaching ``reach`` rows past its start (the top, or its seek's start) walks
        the sort key's index and tests the filters on each row, rather than let the planner find the listed
        cases on a filter's index and sort them all (which it picks for any filter on an index: it guesses a
        handful of rows; the open list is a quarter of the cases). Walking reads about reach × cases ÷ listed
        rows, finding reads listed: walked when the latest count (``_count_listed``) says that is the fewer
        (``_WALK_SPARE_FACTOR``). Never for a text, nor a sort its filters follow (the deadline: every case
        not open sorts last; the status; a handler's cases by handler: ``_UNFOLLOWED_SORTS``)."""
        followers = _UNFOLLOWED_SORTS.get(query.sort)
        if (self._db.dialect != "sqlite" or followers is None or case_search.words(query.text)
                or any(getattr(query, field) for field in followers)):
            return False
        key = query.filters()
        with self._lock:
            seen = self._listed.get(key)
        if seen is None or key == ALL_CASES:
            return False
        listed, cases = seen
        return 0 < listed < cases and listed * listed >= _WALK_SPARE_FACTOR * max(reach, 1) * cases

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
            _keep(self._statements, key, (calendar, stmt))
            _keep(self._hits, text, seen_now)
        return row[0]

    def _gram_count(self, query: CaseQuery, fresh: bool = False) -> tuple[int, int] | None:
        """PostgreSQL: (hits, cases) of a search that ``case_search_counts`` counts — one or two characters
        (case_search.counted_gram), nothing but statuses filtering — else None. The latest count, unless
        ``fresh`` or none yet: then counted now (a few rows by key) and remembered for the pages' plan."""
        gram = case_search.counted_gram(case_search.words(query.text))
        if gram is None or self._db.dialect != "postgresql":
            return None
        rest = replace(query, text="", statuses=(), open_only=False, sort=ALL_CASES.sort, descending=False,
                       as_of=None)
        if rest != ALL_CASES:
            return None
        statuses = tuple(sorted(set(query.statuses))) if query.statuses else None
        if query.open_only:
            statuses = tuple(s for s in (statuses or sorted(OPEN_CODES)) if s in OPEN_CODES)
        key = (gram, statuses)
        with self._lock:
            seen = self._grams.get(key)
        if seen is not None and not fresh:
            return seen[0], seen[1]
        stmt = seen[2] if seen is not None else case_search.gram_count(gram, statuses)
        ((hits, cases),) = self._db.rows(stmt)
        with self._lock:
            _keep(self._grams, key, (int(hits), int(cases), stmt))
        return int(hits), int(cases)

    def _plan(self, query: CaseQuery, deep: bool = False, rows: int | None = None) -> Plan:
        """How a SQLite page finds this query's cases, by its text's hits at its last count: few, by id;
        a twentieth of the list or more, with nothing else filtering and near the top, by reading the
        sort order and matching each row (a screen within some thousand rows); else, and when not
        counted yet, along the sort index kept where it is a hit (bounded by the list's size).

        On PostgreSQL, a search its gram counts (``_gram_count``) is read along the sort order, matching
        each row, when that reads less than finding its hits would (``_PG_HIT_COST``; ``rows``: how far
        down the list the page reaches, None: the whole list), else from its hits, sorted; a page near the
        top of a search of three characters or more that few cases can hold (``_hits_bound``,
        ``_PG_IDS_HIT_COST``) from its hits' ids, sorted (``IDS``); any other search is left to PostgreSQL's
        planner (``SCAN``)."""
        text = case_search.words(query.text)
        if text and self._db.dialect == "postgresql":
            counted = self._gram_count(query)
            if counted is None:
                bound = None if deep or rows is None else self._hits_bound(text)
                if bound is not None and bound[0] * bound[0] * _PG_IDS_HIT_COST < min(rows, bound[1]) * bound[1]:
                    return Plan.IDS  # few hits for sure, whatever PostgreSQL would guess (_PG_IDS_HIT_COST)
                return Plan.SCAN
            hits, cases = counted
            reach = cases if rows is None else min(rows, cases)
            return Plan.FILTER if hits and hits * hits * _PG_HIT_COST >= reach * cases else Plan.LOOKUP
        if not text or self._db.dialect != "sqlite":
            return Plan.LOOKUP
        with self._lock:
            seen = self._hits.get(text)
        if seen is None:
            return Plan.SCAN
        hits, cases = seen
        if hits <= _LOOKUP_HITS:
            return Plan.LOOKUP
        alone = _only_text(query)
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
        reach = max(offset, 0) + max(limit, 0) - (seek.row if shape is not None else 0)
        plan = self._plan(query, offset > _SHALLOW, reach)
        budget = self._walk_budget(query, offset, shape, reach, plan)
        walk = self._walks_sort_index(query, reach)
        stmt = self._page_statement(query, as_of, calendar, offset, shape, plan, bounded=budget is not None,
                                    walk=walk)
        params: dict[str, object] = {"page_limit": max(limit, 0)}
        if shape is None:
            params["page_offset"] = max(offset, 0)
        else:
            params["page_offset"] = offset - seek.row
            params.update(_seek_params(seek, shape))
        rows = self._db.rows(stmt, {**params, "walk_budget": budget} if budget is not None else params)
        if budget is not None and len(rows) < limit:
            with self._db.statement() as conn:
                if self._walk_was_cut(conn, query, as_of, calendar, budget):
                    found = self._page_statement(query, as_of, calendar, offset, shape, Plan.LOOKUP)  # from the hits
                    rows = conn.execute(found, params).all()
        return list_rows(rows, calendar, as_of)

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

    def _walk_budget(self, query: CaseQuery, offset: int, shape: str | None, reach: int, plan: Plan) -> int | None:
        """PostgreSQL, a page near the top read along the sort order (``Plan.FILTER``): how many rows of that
        order it may read — four times what the hits' share of the cases predicts, and 500 — before it is read from the
        hits instead (``page``). The share is the office's; hits bunched at the far end of the order (a word
        only closed cases hold, the list sorted by deadline) would otherwise have the walk read most of the
        list (1.8 s at 1,000,000 cases) where the hits, sorted, cost a fraction of that. None: no bound."""
        if plan is not Plan.FILTER or shape is not None or offset > _SHALLOW or self._db.dialect != "postgresql":
            return None
        counted = self._gram_count(query)
        if counted is None:
            return None
        hits, cases = counted
        return _WALK_SLACK * reach * cases // max(hits, 1) + _WALK_SPARE

    def _walk_was_cut(self, conn, query: CaseQuery, as_of: date, calendar: WorkCalendar, budget: int) -> bool:
        """Whether a bounded walk that did not fill its page stopped at its budget (the list holds that many rows
        or more) rather than at the list's end — then the page is read from the hits; else its rows are all."""
        rows = self._list_filtered(select(Case.id), replace(query, text="", as_of=as_of), calendar).limit(budget)
        return conn.execute(select(func.count()).select_from(rows.subquery())).scalar_one() >= budget

    def _page_statement(self, query: CaseQuery, as_of: date, calendar: WorkCalendar, offset: int,
                        shape: str | None = None, plan: Plan | None = None, bounded: bool = False,
                        walk: bool = False) -> Select:
        """The page's SELECT for this query, with the offset, limit and seek keys as parameters; built once
        per query, day, calendar and seek shape (scrolling, repainting and reloading reuse it, and
        SQLAlchemy's compiled cache knows it at once). ``bounded``: the walk of ``_walk_budget``, which
        reads no more than ``walk_budget`` rows of the list's order. ``walk``: along the sort key's index
        (``_walks_sort_index``)."""
        deep = offset > _SHALLOW
        plan = self._plan(query, deep) if plan is None else plan
        # A SQLite page read from an anchor is read by its ids first however deep it is (below): one statement
        # object for all depths, else SQLAlchemy adapts one's compiled form to the other at every read (a
        # fifth of a page read from the GUI thread, measured while dragging the list at 100,000 cases).
        deep = deep or (shape is not None and self._db.dialect == "sqlite")
        key = (query, as_of, deep, plan, shape, bounded, walk)  # the unfiltered list's first pages read rows straight off the sort index
        with self._lock:
            cached = self._statements.get(key)
            if cached is not None and cached[0] is calendar:  # a new schedule: "due within N days" moved
                self._statements.move_to_end(key)
                return cached[1]
        # PostgreSQL, hits found on the index: sorted, not looked for along a sort index (case_search)
        order = self._ordering(query, unindexed=plan in (Plan.LOOKUP, Plan.IDS) and bool(query.text.strip())
                               and self._db.dialect == "postgresql")
        filtered = self._list_filtered(select(Case.id), replace(query, as_of=as_of), calendar, plan, walk)
        if shape is not None:
            # The segment's sort values as a range too (implied) where the page walks the sort index — walked, or
            # the whole list's last stretch (6–15 ms scanned from the index's first row, 0.5 ms from the start;
            # between two anchors its union of ranges is better: a run of one handler is 20,000 cases long)
            along = walk or (filtered.whereclause is None and shape == "open" and query.sort in _UNFOLLOWED_SORTS
                             and self._db.dialect == "sqlite")
            filtered = filtered.where(_segment(query, shape, self._db.dialect))
            if along:
                filtered = filtered.where(*_walk_bounds(query, shape))
        if bounded:
            stmt = self._bounded_walk(query, as_of, calendar, order)
        elif deep or (filtered.whereclause is not None and self._db.dialect == "sqlite"):
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
            _keep(self._statements, key, (calendar, stmt))
        return stmt

    def _bounded_walk(self, query: CaseQuery, as_of: date, calendar: WorkCalendar, order: list) -> Select:
        """PostgreSQL: the first ``walk_budget`` rows of the list's order (its other filters applied), and of
        those the hits, in that order, offset and limited: rows are pulled along the sort index only until
        the page is full, and never past the budget."""
        wanted = [*_PAGE_COLUMNS, *_sort_columns(query), Case.search_text]
        walked = (self._list_filtered(select(*dict.fromkeys(wanted)), replace(query, text="", as_of=as_of), calendar)
                  .order_by(*order).limit(bindparam("walk_budget")).subquery("walked"))
        adapt = ClauseAdapter(walked).traverse
        hit = case_search.condition(case_search.words(query.text), self._db.dialect, Plan.FILTER)
        return (select(*(walked.c[col.key] for col in _PAGE_COLUMNS)).where(adapt(hit))
                .order_by(*(adapt(o) for o in order)).offset(bindparam("page_offset")).limit(bindparam("page_limit")))

    @staticmethod
    def _ordering(query: CaseQuery, unindexed: bool = False):
        """The list's ORDER BY; ``unindexed``: its first column as an expression of the same order that no
        index serves (``+ 0``, ``|| ''``), so that PostgreSQL sorts the rows found rather than walk an index."""
        def direction(col):
            return col.desc() if query.descending else col.asc()

        columns = [*_sort_columns(query), Case.id]
        if unindexed:
            first = columns[0]
            columns[0] = (first.op("||")(literal_column("''")) if isinstance(first.type, String)
                          else first.op("+")(literal_column("0")))
        return [direction(col) for col in columns]


def _only_text(query: CaseQuery) -> bool:
    """Whether nothing but the text filters the list (every case has one search text: a count of the hits is
    the list's count)."""
    return replace(query, text="").filters() == ALL_CASES


def _keep(kept: OrderedDict, key, value) -> None:
    """Remember ``value`` as the newest of ``kept``, which holds the latest ``_STATEMENTS_KEPT`` (under the
    service's lock)."""
    kept[key] = value
    kept.move_to_end(key)
    while len(kept) > _STATEMENTS_KEPT:
        kept.popitem(last=False)


def _off_index(cond, keep: set[str]) -> ColumnElement:
    """``cond`` with each column of a case or a complainant in it, but the sort's (``keep``: their keys) and the ids, as
    ``+column``: the same value, the same comparisons (SQLite's unary plus drops the column's affinity, and
    every value compared is stored as the kind it is compared with), on no index — so that SQLite's planner
    reads the rows along the index that serves the ORDER BY and tests the condition on each."""
    def unindexed(element):
        table = getattr(element, "table", None)
        if (isinstance(element, ColumnClause) and table in _OFF_INDEX_TABLES and not element.primary_key
                and not (table is Case.__table__ and element.key in keep)):
            return UnaryExpression(element, operator=custom_op("+"), type_=element.type)
        return None

    return visitors.replacement_traverse(cond, {}, unindexed)


_OFF_INDEX_TABLES = (Case.__table__, Enterprise.__table__)


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


def _walk_bounds(query: CaseQuery, shape: str) -> list[ColumnElement[bool]]:
    """The range of the sort values the seek's segment lies in (implied by ``_segment``): a page that walks
    the sort index (``CaseService._walks_sort_index``) reads it from the start's value, not from the index's first
    row — SQLite's planner walks the ORDER BY's index and cannot start an OR of ranges on it."""
    values = _sort_columns(query)
    start, stop = ([bindparam(f"{edge}_{i}", type_=col.type) for i, col in enumerate(values)]
                   for edge in ("seek_start", "seek_stop"))
    if len(values) > 1:  # the case number: a row value, ranged on its index (year, seq) as one
        values, start, stop = [tuple_(*values)], [tuple_(*start)], [tuple_(*stop)]
    from_, to = (operator.le, operator.ge) if query.descending else (operator.ge, operator.le)
    bounds = [from_(values[0], start[0])]
    return bounds if shape == "open" else [*bounds, to(values[0], stop[0])]


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
