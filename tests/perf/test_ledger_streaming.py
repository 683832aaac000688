"""The whole-office ledger streams: two sorted queries, read a batch at a time and merged as they go.

Paging by keyset re-ran the five-table join and its sort for every batch of 2,000 claims, so a county's
ledger (320,000 claims) cost 160 sorts of the whole office: quadratic. Now the claims and their payments
are each read by one query whatever the number of batches, the rows come out while the queries are
still being read, and the result is the same in any batch size, on SQLite and on PostgreSQL
(server-side cursors, two open at once).
"""

from __future__ import annotations

import tracemalloc
from datetime import date

from complaintdesk.services import reports
from complaintdesk.services.demo import generate
from tests.dates import TODAY
from tests.perf.test_statement_counts import StatementLog

EVER = date(2000, 1, 1)


def test_claims_and_payments_are_each_read_by_one_query_whatever_the_batches(demo_office, monkeypatch):
    monkeypatch.setattr(reports, "LEDGER_BATCH", 50)
    with StatementLog(demo_office.db.engine) as log:
        rows = list(demo_office.reports.ledger_rows(EVER, TODAY))
    assert len(rows) > 500 and sum(r.amount_paid > 0 for r in rows) > 50
    assert len([q for q in log.queries if " FROM arrears_claim JOIN complaint_case " in q]) == 1
    assert len([q for q in log.queries if " FROM payment JOIN arrears_claim " in q]) == 1
    assert len([q for q in log.queries if "arrears_claim" in q or " payment" in q]) == 2


def _ledger_peak(path, cases: int) -> tuple[int, int]:
    """Claims in a fresh demo office of ``cases`` cases, and the most memory its ledger took while read."""
    from complaintdesk.services.office import Office

    office = Office.open(str(path))
    try:
        generate(office.db, cases=cases, seed=5)
        list(office.reports.ledger_rows(EVER, TODAY))  # warm: statements compiled, modules loaded
        tracemalloc.start()
        try:
            count = sum(1 for _ in office.reports.ledger_rows(EVER, TODAY))
            return count, tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    finally:
        office.close()


def test_reading_the_ledger_takes_the_same_memory_for_four_times_the_claims(tmp_path, monkeypatch):
    monkeypatch.setattr(reports, "LEDGER_BATCH", 20)
    small, small_peak = _ledger_peak(tmp_path / "small.sqlite", 60)
    large, large_peak = _ledger_peak(tmp_path / "large.sqlite", 240)
    assert large > 3.5 * small > 300
    # A batch and the rules, not the claims: a list of every claim would grow with them.
    assert large_peak < 1.5 * small_peak


def test_the_ledger_is_the_same_in_any_batch_size(office, monkeypatch):
    generate(office.db, cases=40, seed=11)
    whole = list(office.reports.ledger_rows(EVER, TODAY))
    assert len(whole) > 60 and any(r.amount_paid for r in whole) and any(r.interest for r in whole)
    monkeypatch.setattr(reports, "LEDGER_BATCH", 7)
    assert list(office.reports.ledger_rows(EVER, TODAY)) == whole
