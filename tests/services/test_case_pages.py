"""Keyset pages of the case list (``CaseService.anchors`` and ``page(…, seek=…)``): the very rows that
counting from the top gives, for every sort, direction and filter — runs of equal sort values across
anchors and cases without a deadline included — on SQLite and PostgreSQL; a deep page reads no more
of the database than a page near the top; and anchors from before a write still read a run of the list
as it is after it.
"""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import event

from complaintdesk.services.case_query import CaseQuery, CaseSort, Seek
from complaintdesk.services.demo import generate
from complaintdesk.services.desk_types import ActionInput
from complaintdesk.services.office import Office
from tests.dates import TODAY
from tests.ui.case_helpers import register_case

EVERY = 7  # anchors this close on the 300-case demo: many seeks, and runs of ties longer than a stretch
FILTERS = {"all": CaseQuery(), "open": CaseQuery(open_only=True), "text": CaseQuery(text="公司"),
           "handler": CaseQuery(handler_id=2)}


def seek_for(anchors: list[tuple], first: int, count: int, every: int = EVERY) -> Seek | None:
    """The seek the case list's model makes for rows ``first`` … ``first + count - 1``."""
    start, stop = first // every, -(-(first + count) // every)
    if start >= len(anchors):
        return None
    return Seek(start * every, anchors[start], anchors[stop] if stop < len(anchors) else None)


def query(name: str, sort: CaseSort, descending: bool) -> CaseQuery:
    return dataclasses.replace(FILTERS[name], sort=sort, descending=descending, as_of=TODAY)


def assert_keyset_pages_match(office, q: CaseQuery, limits=(1, 5, 16)) -> list[tuple]:
    everything = office.cases.page(q, 0, 100_000)
    anchors = office.cases.anchors(q, EVERY)
    assert len(anchors) == -(-len(everything) // EVERY)
    assert [key[-1] for key in anchors] == [row.id for row in everything[::EVERY]]
    for limit in limits:
        for first in range(0, len(everything) + 2, 3):  # pages within a stretch, across one, past the end
            seek = seek_for(anchors, first, limit)
            assert office.cases.page(q, first, limit, seek) == everything[first:first + limit], (q, first, limit)
    return anchors


@pytest.mark.parametrize("name", FILTERS)
@pytest.mark.parametrize("sort", list(CaseSort))
@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
def test_keyset_pages_are_the_pages_counted_from_the_top(demo_office, name, sort, descending):
    q = query(name, sort, descending)
    assert demo_office.cases.count(q) > 3 * EVERY, "the demo office fills this list"

    assert_keyset_pages_match(demo_office, q)


@pytest.mark.parametrize("sort", [CaseSort.NEXT_DUE, CaseSort.STATUS, CaseSort.HANDLER])
def test_the_demo_has_runs_of_equal_sort_values_across_anchors(demo_office, sort):
    # What makes the test above bite: two anchors in a row with one sort value (a run longer than a
    # stretch), and for the deadline the cases without one (sorted as 9999-12-31).
    anchors = demo_office.cases.anchors(query("all", sort, False), EVERY)
    assert any(a[:-1] == b[:-1] for a, b in zip(anchors, anchors[1:], strict=False))
    if sort == CaseSort.NEXT_DUE:
        rows = demo_office.cases.page(query("all", sort, False), 0, 1000)
        assert sum(row.next_due_on is None for row in rows) > 2 * EVERY


def test_a_seek_the_list_cannot_use_reads_the_page_counted_from_the_top(demo_office):
    q = query("all", CaseSort.RESPONDENT, False)
    expected = demo_office.cases.page(q, 40, 10)
    anchors = demo_office.cases.anchors(q, EVERY)

    assert demo_office.cases.page(q, 40, 10, Seek(42, anchors[6])) == expected  # starts below the page
    assert demo_office.cases.page(q, 40, 10, Seek(35, (None, None))) == expected  # no key
    assert demo_office.cases.page(q, 40, 10, Seek(35, anchors[5], (None,))) == expected


class VmSteps:
    """The SQLite virtual machine's instructions spent by the statements run while listening: what a
    statement reads, counted exactly, with no clock."""

    def __init__(self, engine):
        self._engine = engine
        self.steps = 0
        self._connections = []

    def _tick(self) -> int:
        self.steps += 1
        return 0

    def _before(self, conn, cursor, statement, parameters, context, executemany):  # noqa: PLR0913 - SQLAlchemy's
        raw = conn.connection.dbapi_connection
        raw.set_progress_handler(self._tick, 1)
        self._connections.append(raw)

    def __enter__(self) -> VmSteps:
        event.listen(self._engine, "before_cursor_execute", self._before)
        return self

    def __exit__(self, *exc) -> None:
        event.remove(self._engine, "before_cursor_execute", self._before)
        for raw in self._connections:
            raw.set_progress_handler(None, 1)


def steps_of(office, fn) -> int:
    with VmSteps(office.db.engine) as vm:
        fn()
    return vm.steps


@pytest.mark.parametrize("name", ["all", "open"])
def test_a_deep_keyset_page_reads_no_more_than_a_page_near_the_top(demo_office, name):
    q = query(name, CaseSort.NEXT_DUE, False)
    total = demo_office.cases.count(q)
    every = 20
    anchors = demo_office.cases.anchors(q, every)
    deep = (total - 30) // every * every + 2  # inside the list's last full stretch

    def keyset(first):
        return steps_of(demo_office, lambda: demo_office.cases.page(q, first, 10, seek_for(anchors, first, 10, every)))

    def counted(first):
        return steps_of(demo_office, lambda: demo_office.cases.page(q, first, 10))

    near_top, deep_down = keyset(2), keyset(deep)
    assert deep_down <= near_top * 1.25, (near_top, deep_down)  # whatever the depth: at 100,000 cases too
    # Counted from the top, the same page steps over every row above it: what the seek is for.
    assert counted(deep) - counted(2) >= 2 * (deep - 2), (counted(2), counted(deep))


def test_anchors_from_before_a_write_still_read_a_run_of_the_list_as_it_is(demo_office):
    # Given anchors learnt on the open list, sorted by the day received (newest first)
    q = query("open", CaseSort.RECEIVED, True)
    anchors = demo_office.cases.anchors(q, EVERY)

    # When another desk registers a case near the top, and one further down is withdrawn (it leaves the list)
    register_case(demo_office, days_ago=3)
    gone = demo_office.cases.page(q, 60, 1)[0]
    demo_office.actions.act(gone.id, "withdraw", ActionInput(on=TODAY, reason="企业撤回投诉"),
                            demo_office.lookup.detail(gone.id).version)

    # Then a page read with the old anchors is a run of the list as it is now (until the list reloads
    # and learns new anchors): no case twice, none left out between two of its rows
    now = demo_office.cases.page(q, 0, 1000)
    assert gone.id not in {row.id for row in now}
    position = {row.id: i for i, row in enumerate(now)}
    for first in range(0, len(now), 4):
        rows = demo_office.cases.page(q, first, 9, seek_for(anchors, first, 9))
        places = [position[row.id] for row in rows]
        assert places == list(range(places[0], places[0] + len(places))) if places else True, first
    # and anchors learnt now give the list's pages exactly
    assert_keyset_pages_match(demo_office, q, limits=(5,))


@pytest.mark.postgres
def test_postgresql_keyset_pages_are_the_pages_counted_from_the_top(pg_url):
    pg = Office.open(pg_url, daily_backup=False)
    try:
        generate(pg.db, cases=300, seed=7)  # the demo office's own data (tests/conftest.py: demo_template)
        for name in ("all", "open"):
            for sort in CaseSort:
                for descending in (False, True):
                    assert_keyset_pages_match(pg, query(name, sort, descending), limits=(5,))
    finally:
        pg.close()
