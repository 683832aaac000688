"""The plan of a filtered SQLite page (``CaseService._walks_sort_index``): a list that holds a good share of the
cases — the open list, the closed cases, the open cases of one kind of debtor — sorted by a key its filters do
not follow is read along the sort key's index, the filters tested on each row read, not found on a filter's
index and sorted whole (which SQLite's planner picks for any filter on an index: 37–90 ms a page at 100,000
cases, against about a millisecond walked); a sparse list (the overdue cases) or a sort its filters follow keeps
the planner's choice. Whichever plan, the rows are those of the page planned by SQLite alone.
"""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3

import pytest

from complaintdesk.services.case_query import CaseQuery, CaseSort, Seek
from complaintdesk.services.cases import CaseService
from complaintdesk.services.demo import generate
from complaintdesk.services.office import Office
from tests.dates import TODAY
from tests.perf.test_statement_counts import StatementLog

CASES = 2000  # the open list a quarter of it, its state organs 170: a page reaching 14 rows is walked
EVERY = 8  # anchors this close: keyset pages reach at most 8 + LIMIT rows past their start
LIMIT = 12
WALKED = 4  # the rows of a page that every dense list below walks (listed² ≥ reach × cases)
WALKED_SORTS = [CaseSort.CASE_NO, CaseSort.RECEIVED, CaseSort.COMPLAINANT, CaseSort.RESPONDENT, CaseSort.HANDLER]
DENSE = {"open": CaseQuery(open_only=True), "closed": CaseQuery(statuses=("closed",)),
         "open kind": CaseQuery(open_only=True, debtor_kind="state_organ")}
FILTERS = {**DENSE, "all": CaseQuery(), "overdue": CaseQuery(overdue=True),
           "open township": CaseQuery(open_only=True, township="城关镇"),
           "open handler": CaseQuery(open_only=True, handler_id=2), "handler": CaseQuery(handler_id=2),
           "kind": CaseQuery(debtor_kind="public_institution")}


@pytest.fixture(scope="module")
def plans_data(tmp_path_factory):
    return tmp_path_factory.mktemp("plans-data")


@pytest.fixture(autouse=True)
def _office_data_dir(plans_data, monkeypatch):
    monkeypatch.setenv("COMPLAINTDESK_DATA_DIR", str(plans_data))


@pytest.fixture(scope="module")
def big_file(tmp_path_factory, plans_data):
    """A demo office of ``CASES`` cases (no ANALYZE: an office never runs it)."""
    path = tmp_path_factory.mktemp("plans") / "big.sqlite"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COMPLAINTDESK_DATA_DIR", str(plans_data))
        office = Office.open(str(path), daily_backup=False)
        generate(office.db, cases=CASES, seed=7)
        office.close()
    return path


@pytest.fixture(scope="module", params=["plain", "analyzed"])
def big_office(request, big_file, plans_data, tmp_path_factory):
    """The office as built, and a copy with ANALYZE's statistics (sqlite_stat1): both plan the same way."""
    path = big_file
    if request.param == "analyzed":
        path = tmp_path_factory.mktemp("analyzed") / "big.sqlite"
        shutil.copy(big_file, path)
        shutil.copy(f"{big_file}.anchor", f"{path}.anchor")
        with sqlite3.connect(path) as conn:
            conn.execute("ANALYZE")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COMPLAINTDESK_DATA_DIR", str(plans_data))
        office = Office.open(str(path), daily_backup=False)
    yield office
    office.close()


def query(name: str, sort: CaseSort, descending: bool) -> CaseQuery:
    return dataclasses.replace(FILTERS[name], sort=sort, descending=descending, as_of=TODAY)


def seek_for(anchors: list[tuple], first: int, count: int) -> Seek | None:
    start, stop = first // EVERY, -(-(first + count) // EVERY)
    if start >= len(anchors):
        return None
    return Seek(start * EVERY, anchors[start], anchors[stop] if stop < len(anchors) else None)


def page_statements(office, fn) -> list[tuple[str, object]]:
    with StatementLog(office.db.engine) as log:
        fn()
    return [(st, p) for st, p in log.sent if "complaint_case.case_no" in st]  # the page's own SELECT


def plan_of(office, statement: str, parameters) -> list[str]:
    with office.db.statement() as conn:
        return [row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]


def page_shapes(office, q: CaseQuery, limit: int) -> dict[str, tuple[int, Seek | None]]:
    """The first page, a page counted from the top, a keyset page between two anchors, and the last stretch."""
    total = office.cases.count(q)
    anchors = office.cases.anchors(q, EVERY)
    middle = total // 2 // EVERY * EVERY + 3
    last = max(total - 4, 0) // EVERY * EVERY + 1
    return {"first": (0, None), "offset": (5, None), "span": (middle, seek_for(anchors, middle, limit)),
            "to the end": (last, seek_for(anchors, last, limit))}


@pytest.mark.parametrize("name", DENSE)
@pytest.mark.parametrize("sort", WALKED_SORTS)
@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
def test_a_dense_list_walks_its_sort_index_and_sorts_nothing(big_office, name, sort, descending):
    if (name, sort) == ("open kind", CaseSort.RESPONDENT):
        pytest.skip("a kind of debtor follows the respondent's name (the next test)")
    q = query(name, sort, descending)
    for shape, (first, seek) in page_shapes(big_office, q, WALKED).items():
        [(statement, parameters)] = page_statements(
            big_office, lambda first=first, seek=seek: big_office.cases.page(q, first, WALKED, seek))
        plan = plan_of(big_office, statement, parameters)
        # The page's ids are read in the list's order; the one sort left is of the page's own rows, joined back.
        assert plan.count("USE TEMP B-TREE FOR ORDER BY") == 1, (shape, plan)
        walked = [step for step in plan if step.startswith(("SCAN complaint_case", "SEARCH complaint_case USING INDEX"))]
        assert walked and not any("status" in step for step in walked), (shape, plan)


@pytest.mark.parametrize(("name", "sort"), [("overdue", CaseSort.CASE_NO), ("handler", CaseSort.HANDLER),
                                            ("open kind", CaseSort.RESPONDENT), ("open", CaseSort.STATUS),
                                            ("open", CaseSort.NEXT_DUE)])
def test_a_sparse_list_or_a_sort_its_filters_follow_keeps_the_planners_choice(big_office, name, sort):
    q = query(name, sort, True)
    big_office.cases.count(q)
    [(statement, _)] = page_statements(big_office, lambda: big_office.cases.page(q, 0, LIMIT))
    assert "+ complaint_case" not in statement, statement  # no filter was taken off its index


@pytest.mark.parametrize("name", FILTERS)
def test_every_page_is_the_page_sqlite_plans_alone(big_office, name):
    # A service that has counted nothing leaves every plan to SQLite: the rows the list had before
    unhinted = CaseService(big_office.db, big_office.cases._calendar)
    for sort in CaseSort:
        for descending in (False, True):
            q = query(name, sort, descending)
            for limit in (1, LIMIT):
                for shape, (first, seek) in page_shapes(big_office, q, limit).items():
                    expected = unhinted.page(q, first, limit, seek)
                    assert big_office.cases.page(q, first, limit, seek) == expected, (sort, descending, shape, limit)
            everything = unhinted.page(q, 0, CASES)
            assert big_office.cases.page(q, 0, CASES) == everything
            if name in DENSE and sort in WALKED_SORTS and (name, sort) != ("open kind", CaseSort.RESPONDENT):
                statements = page_statements(big_office, lambda q=q: big_office.cases.page(q, 0, WALKED))
                assert "+ complaint_case.status" in statements[0][0], (sort, descending)  # walked, not sorted


def test_the_demo_lists_have_ties_and_empty_values(big_office):
    # What makes the comparison above bite: equal sort values across a page, and cases with no handler, no
    # debtor kind and no deadline
    rows = big_office.cases.page(query("open", CaseSort.HANDLER, False), 0, CASES)
    assert len({row.handler for row in rows}) < len(rows) // 50
    everything = big_office.cases.page(query("all", CaseSort.RECEIVED, False), 0, CASES)
    assert len({row.received_on for row in everything}) < len(everything) // 2
    assert any(row.next_due_on is None for row in everything)


def test_dragging_the_open_list_by_case_number_reads_each_screen_here_along_the_sort_index(qtbot, big_office):
    from complaintdesk.ui.case_table_model import CaseTableModel
    from tests.ui.helpers import LOAD_TIMEOUT_MS, wait_until_loaded

    # Given the open list sorted by case number, its anchors learnt (the first look past them asks for them)
    model = CaseTableModel(page_size=16)
    model.ANCHOR_EVERY = 32  # a read from an anchor reaches at most 32 + 3 × 16 rows: walked (listed² ≥ reach × cases)
    model.set_source(big_office.cases, CaseQuery(open_only=True, sort=CaseSort.CASE_NO, as_of=TODAY))
    wait_until_loaded(qtbot, model)
    model.prefetch(100, 115)
    qtbot.waitUntil(lambda: model.has_anchors and model.is_row_loaded(100), timeout=LOAD_TIMEOUT_MS)
    qtbot.waitUntil(lambda: model.pending_task_count == 0, timeout=LOAD_TIMEOUT_MS)

    # When the user drags the scroll bar down the list, a screen at each jump
    statements = []
    for first in range(40, model.rowCount() - 16, 37):
        with_plan = page_statements(big_office, lambda first=first: model.prefetch(first, first + 15))
        # Then each screen is read here, before its paint, in one statement (no worker, nothing waiting)
        assert model.is_row_loaded(first) and model.is_row_loaded(first + 15), first
        assert model.pending_task_count == 0, first
        statements += with_plan
    model.set_source(None)

    # along the case number's index: no read sorts the open cases
    assert len(statements) >= 5
    for statement, parameters in statements:
        plan = plan_of(big_office, statement, parameters)
        assert plan.count("USE TEMP B-TREE FOR ORDER BY") == 1, plan


@pytest.mark.parametrize("sort", WALKED_SORTS)
@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
def test_the_whole_lists_last_stretch_is_read_from_its_anchor_on(big_office, sort, descending):
    # The last stretch has no stop: its union of ranges was read by scanning the sort index from its first row
    q = query("all", sort, descending)
    total = big_office.cases.count(q)
    anchors = big_office.cases.anchors(q, EVERY)
    last = (total - 4) // EVERY * EVERY + 1
    seek = seek_for(anchors, last, 3)
    assert seek is not None and seek.stop is None
    [(statement, parameters)] = page_statements(big_office, lambda: big_office.cases.page(q, last, 3, seek))
    plan = plan_of(big_office, statement, parameters)

    assert not any(step.startswith("SCAN complaint_case") for step in plan), plan
    assert any(step.startswith("SEARCH complaint_case USING") and (">" in step or "<" in step) for step in plan), plan
    assert big_office.cases.page(q, last, 3, seek) == big_office.cases.page(q, last, 3)
