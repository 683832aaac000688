"""The case list's first screen read over a plain connection (``sqlite3``, or psycopg through ``store.pg_plain``),
without SQLAlchemy: what the window shows while the data layer is still being imported (``services.staged_office``).

It reads what ``CaseService.count`` and ``CaseService.page(query, 0, limit)`` read — the same rows, in the same
order, with the same deadlines and working days left — for the lists a desk opens on: any quick filter (mine,
open, overdue, due soon, all), the status, procedure, category, kind of debtor and date received, under any sort.
A list it does not read (``reads``: a search text, the statistics' click-throughs, a township, awaiting approval)
waits for the ORM's. Its statements have the shapes of ``CaseService``'s for a first page (the ids found first
where SQLite filters; the sort index walked where ``CaseService`` would walk it), so that the planner reads as
few rows; ``tests/services/test_first_screen.py`` holds the rows equal on both databases for every list it reads.
"""

from __future__ import annotations

import sqlite3
from dataclasses import fields
from datetime import date
from typing import TYPE_CHECKING, Any

from complaintdesk.domain.vocabulary import OPEN_STATUSES
from complaintdesk.services.case_query import CaseQuery, CaseRow, CaseSort, list_rows
from complaintdesk.store.plain_rows import as_date

if TYPE_CHECKING:
    from complaintdesk.domain.calendar import WorkCalendar
    from complaintdesk.store.pg_plain import PlainPg

    Plain = sqlite3.Connection | PlainPg

# The query's fields this module reads; any other given (not its default) leaves the list to the ORM.
_READ_FIELDS = frozenset({"statuses", "open_only", "overdue", "due_within_workdays", "handler_id", "procedure",
                          "category", "debtor_kind", "received_from", "received_to", "sort", "descending", "as_of"})
_DEFAULTS = CaseQuery()
_OTHER_FIELDS = tuple(f.name for f in fields(CaseQuery) if f.name not in _READ_FIELDS)

# cases._PAGE_COLUMNS, in CaseRow's order (list_rows).
_COLUMNS = ("id", "case_no", "received_on", "complainant_name", "respondent_name", "respondent_kind", "status",
            "procedure", "category", "handler_name", "next_due_on", "next_step", "next_due_provisional")
# cases._sort_columns
_SORT_COLUMNS = {CaseSort.CASE_NO: ("year", "seq"), CaseSort.RECEIVED: ("received_on",),
                 CaseSort.COMPLAINANT: ("complainant_name",), CaseSort.RESPONDENT: ("respondent_name",),
                 CaseSort.STATUS: ("status",), CaseSort.HANDLER: ("handler_name",), CaseSort.NEXT_DUE: ("due_sort",)}
# cases._UNFOLLOWED_SORTS, for the fields read here: the sorts SQLite may walk, and the filters that stop it.
_WALKED_SORTS = {CaseSort.CASE_NO: ("received_from", "received_to"), CaseSort.RECEIVED: (),
                 CaseSort.COMPLAINANT: (), CaseSort.RESPONDENT: ("debtor_kind",), CaseSort.HANDLER: ("handler_id",)}
_WALK_SPARE_FACTOR = 1  # cases._WALK_SPARE_FACTOR
_OPEN_STATUSES = [s.value for s in OPEN_STATUSES]  # in cases._open_statuses's order


def reads(query: CaseQuery) -> bool:
    """Whether this module reads ``query``'s list (else the ORM's ``CaseService`` does)."""
    return not any(getattr(query, name) != getattr(_DEFAULTS, name) for name in _OTHER_FIELDS)


class FirstScreen:
    """The list's count and first page of one office over one plain connection (used by one thread at a time)."""

    def __init__(self, db: Plain):
        self._db = db
        self._sqlite = isinstance(db, sqlite3.Connection)
        self._listed: dict[CaseQuery, tuple[int, int]] = {}  # a list's filters → (listed, highest case id)

    def count(self, query: CaseQuery, calendar: WorkCalendar, today: date) -> int:
        """``CaseService.count(query)``."""
        where, params = self._where(query, calendar, query.as_of or today)
        if not self._sqlite:
            return self._db.execute(f"SELECT count(complaint_case.id) FROM complaint_case{where}", params).fetchone()[0]
        listed, highest = self._db.execute(
            f"SELECT count(complaint_case.id), (SELECT max(complaint_case.id) FROM complaint_case) "
            f"FROM complaint_case{where}", params).fetchone()
        self._listed[query.filters()] = (listed, highest or 0)
        return listed

    def page(self, query: CaseQuery, limit: int, calendar: WorkCalendar, today: date) -> list[CaseRow]:
        """``CaseService.page(query, 0, limit)``."""
        as_of = query.as_of or today
        walk = self._walks_sort_index(query, limit)
        where, params = self._where(query, calendar, as_of, walk)
        direction = " DESC" if query.descending else ""
        order = ", ".join(f"complaint_case.{column}{direction}"
                          for column in (*_SORT_COLUMNS[query.sort], "id"))
        columns = ", ".join(f"complaint_case.{column}" for column in _COLUMNS)
        if where and self._sqlite:  # CaseService._page_statement: the ids first, on the indexes, then their rows
            sql = (f"SELECT {columns} FROM complaint_case JOIN (SELECT complaint_case.id AS id FROM complaint_case"
                   f"{where} ORDER BY {order} LIMIT ? OFFSET ?) AS ids ON ids.id = complaint_case.id ORDER BY {order}")
        else:
            sql = f"SELECT {columns} FROM complaint_case{where} ORDER BY {order} LIMIT ? OFFSET ?"
        rows = self._db.execute(sql, (*params, max(limit, 0), 0)).fetchall()
        if self._sqlite:
            rows = [(*row[:2], as_date(row[2]), *row[3:10], row[10] and as_date(row[10]), *row[11:]) for row in rows]
        return list_rows(rows, calendar, as_of)

    def _walks_sort_index(self, query: CaseQuery, reach: int) -> bool:
        """``CaseService._walks_sort_index`` for a first page: from this list's count just read."""
        followers = _WALKED_SORTS.get(query.sort)
        if not self._sqlite or followers is None or any(getattr(query, field) for field in followers):
            return False
        key = query.filters()
        seen = self._listed.get(key)
        if seen is None or key == _DEFAULTS:
            return False
        listed, cases = seen
        return 0 < listed < cases and listed * listed >= _WALK_SPARE_FACTOR * max(reach, 1) * cases

    def _where(self, query: CaseQuery, calendar: WorkCalendar, as_of: date, walk: bool = False) -> tuple[str, list]:
        """The WHERE clause of ``cases._FILTERS`` for the fields read here, in their order, and its parameters;
        ``walk``: each column but the sort's as ``+column`` (``cases._off_index``)."""
        kept = set(_SORT_COLUMNS[query.sort])

        def col(name: str) -> str:
            return f"+complaint_case.{name}" if walk and name not in kept else f"complaint_case.{name}"

        conds: list[str] = []
        params: list[Any] = []

        def add(sql: str, *values: Any) -> None:
            conds.append(sql)
            params.extend(self._value(v) for v in values)

        if query.statuses:
            add(f"{col('status')} IN ({', '.join('?' * len(query.statuses))})", *query.statuses)
        if query.open_only or query.overdue or query.due_within_workdays is not None:
            add(f"{col('status')} IN ({', '.join('?' * len(_OPEN_STATUSES))})", *_OPEN_STATUSES)
        if query.overdue:
            add(f"{col('next_due_on')} < ?", as_of)
        if (days := query.due_within_workdays) is not None:
            last = calendar.add_workdays(as_of, days) if days > 0 else as_of
            add(f"{col('next_due_on')} >= ? AND {col('next_due_on')} <= ?", as_of, last)
        if query.handler_id is not None:
            add(f"{col('handler_id')} = ?", query.handler_id)
        for field, column, op in (("procedure", "procedure", "="), ("category", "category", "="),
                                  ("debtor_kind", "respondent_kind", "="), ("received_from", "received_on", ">="),
                                  ("received_to", "received_on", "<=")):
            if value := getattr(query, field):
                add(f"{col(column)} {op} ?", value)
        return (f" WHERE {' AND '.join(conds)}" if conds else ""), params

    def _value(self, value: Any) -> Any:
        # SQLite keeps dates as ISO text (store.plain_rows); psycopg sends a date as a date.
        return value.isoformat() if self._sqlite and isinstance(value, date) else value
