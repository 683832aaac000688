"""No N+1 queries: the statements one screen of the case list and one opened case cost are counted.

Timings belong to ``bench/run.py``; what a test can hold fixed is the number of round trips, and
that it does not grow with the data: a screen of 50 rows is one SELECT whatever the filter or sort,
and opening a case costs the same statements with one claim as with twelve claims, their payments,
instalments and a long history.
"""

from __future__ import annotations

import dataclasses
import threading
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import event, func, select

from complaintdesk.services.case_query import CaseQuery, CaseSort
from complaintdesk.services.desk_types import ClaimInput, PaymentInput
from complaintdesk.store.models import ArrearsClaim
from tests.dates import TODAY

# What a transaction costs around the real work, in either dialect.
_FRAMING = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "PRAGMA", "SET ")


class StatementLog:
    """Every statement the engine sends to the database, from any thread, while it is listening."""

    def __init__(self, engine):
        self._engine = engine
        self._lock = threading.Lock()
        self.statements: list[str] = []
        self.sent: list[tuple[str, object]] = []  # as sent: the statement's own text, with its parameters

    def _seen(self, conn, cursor, statement, parameters, context, executemany):  # noqa: PLR0913 - SQLAlchemy's signature
        with self._lock:
            self.statements.append(" ".join(statement.split()))
            self.sent.append((statement, parameters))

    def __enter__(self) -> StatementLog:
        event.listen(self._engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *exc) -> None:
        event.remove(self._engine, "before_cursor_execute", self._seen)

    @property
    def queries(self) -> list[str]:
        return [s for s in self.statements if not s.upper().startswith(_FRAMING)]

    def touching(self, table: str) -> list[str]:
        return [s for s in self.queries if f" {table}" in s]


QUICK_FILTERS = {
    "all": CaseQuery(),
    "open": CaseQuery(open_only=True),
    "overdue": CaseQuery(overdue=True),
    "due soon": CaseQuery(due_within_workdays=3),
    "mine": CaseQuery(handler_id=2, open_only=True),
    "awaiting approval": CaseQuery(awaiting_approval=True),
    "township": CaseQuery(township="城关镇"),
    "text": CaseQuery(text="商贸"),
    "claims outstanding": CaseQuery(claims="outstanding"),
}


@pytest.mark.parametrize("name", QUICK_FILTERS)
@pytest.mark.parametrize("sort", list(CaseSort))
def test_one_screen_of_the_list_is_one_select(demo_office, name, sort):
    query = CaseQuery(**{**dataclasses.asdict(QUICK_FILTERS[name]), "sort": sort, "descending": sort == CaseSort.RECEIVED})
    demo_office.cases.count(query)  # the office's calendar is loaded (and cached) by the first read

    with StatementLog(demo_office.db.engine) as log:
        rows = demo_office.cases.page(query, 0, 50)
    assert len(log.queries) == 1, log.queries
    with StatementLog(demo_office.db.engine) as log:
        demo_office.cases.page(query, 200, 50)  # a deep page is one statement too
        demo_office.cases.count(query)
    assert len(log.queries) == 2, log.queries
    assert len(rows) <= 50


def test_the_table_model_loads_its_first_screen_with_a_count_and_one_page(qtbot, demo_office):
    from complaintdesk.ui.case_table_model import CaseTableModel
    from tests.ui.helpers import wait_until_loaded

    demo_office.cases.count()
    model = CaseTableModel()
    with StatementLog(demo_office.db.engine) as log:
        model.set_source(demo_office.cases, CaseQuery(open_only=True))
        wait_until_loaded(qtbot, model)
        for row in range(min(model.rowCount(), 50)):  # the view paints the first screen
            model.data(model.index(row, 0))
        shown = model.rowCount()
    model.set_source(None)

    assert shown > 0
    assert len(log.queries) == 2, log.queries
    assert len(log.touching("complaint_case")) == 2


def test_a_jump_deep_into_the_list_reads_its_screen_with_one_select(qtbot, demo_office):
    from complaintdesk.ui.case_table_model import CaseTableModel
    from tests.ui.helpers import LOAD_TIMEOUT_MS, wait_until_loaded

    model = CaseTableModel(page_size=20)
    model.ANCHOR_EVERY = 50
    model.set_source(demo_office.cases, CaseQuery(open_only=True))
    wait_until_loaded(qtbot, model)
    with StatementLog(demo_office.db.engine) as log:  # the first look past row 50: its page, and the anchors
        model.prefetch(60, 60)
        qtbot.waitUntil(lambda: model.has_anchors and model.is_row_loaded(60), timeout=LOAD_TIMEOUT_MS)
    assert len(log.queries) == 2, log.queries

    with StatementLog(demo_office.db.engine) as log:  # then a jump to a screen across two pages
        model.prefetch(25, 47)
        qtbot.waitUntil(lambda: model.is_row_loaded(25) and model.is_row_loaded(47), timeout=LOAD_TIMEOUT_MS)
    model.set_source(None)

    assert len(log.queries) == 1, log.queries


def _case_with_fewest_claims(office) -> int:
    with office.db.read() as s:
        return s.execute(select(ArrearsClaim.case_id).group_by(ArrearsClaim.case_id)
                         .order_by(func.count(ArrearsClaim.id), ArrearsClaim.case_id).limit(1)).scalar_one()


def test_opening_a_case_costs_the_same_statements_however_much_it_holds(demo_office):
    case_id = _case_with_fewest_claims(demo_office)
    demo_office.lookup.detail(case_id)  # caches warm
    with StatementLog(demo_office.db.engine) as small:
        before = demo_office.lookup.detail(case_id)

    # Grow the case: twelve more claims, each with two payments; every change is a history event.
    start = TODAY - timedelta(days=200)
    for i in range(12):
        grown = demo_office.claims.add_claim(case_id, ClaimInput(
            amount_claimed=Decimal("10000.00") + i, subject="goods", contract_no=f"N1-{i}",
            delivered_on=start, acceptance_passed_on=start + timedelta(days=5)))
        claim = max(grown.claims, key=lambda c: c.id)
        for k in range(2):
            demo_office.claims.add_payment(claim.id, PaymentInput(paid_on=start + timedelta(days=30 + k),
                                                                amount=Decimal("100.00")))

    with StatementLog(demo_office.db.engine) as big:
        after = demo_office.lookup.detail(case_id)

    assert len(after.claims) == len(before.claims) + 12
    assert len(after.events) >= len(before.events) + 36
    assert len(big.queries) == len(small.queries), (small.queries, big.queries)
    assert len(big.queries) <= 20, big.queries
    for table in ("arrears_claim", "payment", "instalment", "event", "attachment"):
        assert len(big.touching(table)) == 1, (table, big.touching(table))
