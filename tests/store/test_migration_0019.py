"""Migration 0019 (PostgreSQL): the summed figures' row triggers stand aside for a bulk write that says so for its
own transaction (``figures.defer``) and rewrites the tables at its end (``figures.rebuild``), and keep every other
write in step as before; and back again on a downgrade.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from complaintdesk.services import case_index
from complaintdesk.services.demo import generate
from complaintdesk.services.office import Office
from complaintdesk.store import figures, migrate

pytestmark = pytest.mark.postgres

TABLES = ("payments_by_day", "cases_received_by_day", "cases_closed_by_day", "arrears_by_group")


@pytest.fixture
def pg_office(pg_url):
    office = Office.open(pg_url, daily_backup=False)
    generate(office.db, cases=40, seed=19)
    try:
        yield office
    finally:
        office.close()


def _guarded(office) -> dict[str, bool]:
    with office.db.read() as s:
        return {name: "complaintdesk.figures" in definition for name, definition in s.execute(text(
            "SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname LIKE 'keep\\_%\\_by\\_%'")).all()}


def _versions(conn) -> dict[str, list]:
    """Each summary table's rows' physical versions: a new one for every write of a row."""
    return {t: sorted(conn.execute(text(f"SELECT xmin::text, ctid::text FROM {t}")).all()) for t in TABLES}


def _move_every_case(conn) -> None:
    """A write that changes what every case counts in: its group, its day's closing, its payments' kind."""
    conn.execute(text("UPDATE complaint_case SET complainant_township = complainant_township || '·', "
                      "reply_late = NOT reply_late"))
    conn.execute(text("UPDATE payment SET respondent_kind = coalesce(respondent_kind, '') || '·'"))


def test_the_upgrade_guards_the_four_triggers_and_the_downgrade_takes_the_guard_off(pg_office):
    assert _guarded(pg_office) == dict.fromkeys(("keep_" + t for t in TABLES), True)

    migrate.downgrade(pg_office.db, "0018")
    assert _guarded(pg_office) == dict.fromkeys(("keep_" + t for t in TABLES), False)
    with pg_office.db.write() as s:  # kept in step as 0012 made them
        _move_every_case(s.connection())
        assert figures.differences(s.connection()) == {}
        s.rollback()

    migrate.upgrade_to_head(pg_office.db)
    assert _guarded(pg_office) == dict.fromkeys(("keep_" + t for t in TABLES), True)


def test_a_write_that_does_not_defer_is_kept_in_step_row_by_row(pg_office):
    with pg_office.db.write() as s:
        conn = s.connection()
        before = _versions(conn)
        _move_every_case(conn)
        assert figures.differences(conn) == {}
        assert all(_versions(conn)[t] != before[t] for t in ("payments_by_day", "cases_closed_by_day",
                                                              "arrears_by_group"))
        s.rollback()


def test_a_deferred_write_leaves_the_tables_alone_until_they_are_rebuilt_then_they_follow_again(pg_office):
    with pg_office.db.write() as s:
        conn = s.connection()
        before = _versions(conn)
        figures.defer(conn)
        _move_every_case(conn)
        assert _versions(conn) == before  # not one row written
        assert set(figures.differences(conn)) >= {"payments_by_day", "cases_closed_by_day", "arrears_by_group"}

        figures.rebuild(conn)
        assert figures.differences(conn) == {}
        conn.execute(text("UPDATE complaint_case SET status = 'closed' WHERE id = (SELECT min(id) FROM "
                          "complaint_case WHERE status <> 'closed' AND closed_on IS NOT NULL)"))
        assert figures.differences(conn) == {}  # the triggers are on again in the same transaction
        s.rollback()

    with pg_office.db.write() as s:  # and a deferral ends with its transaction
        conn = s.connection()
        _move_every_case(conn)
        assert figures.differences(conn) == {}
        s.rollback()


def test_refreshing_every_case_defers_the_figures_and_leaves_them_right(pg_office):
    with pg_office.db.write() as s:
        conn = s.connection()
        conn.execute(text("UPDATE complaint_case SET claim_count = 0, complainant_township = ''"))  # all stale
        figures.defer(conn)
        conn.execute(text("DELETE FROM arrears_by_group"))  # and a table emptied past the triggers
        figures.rebuild(conn)
        conn.execute(text("UPDATE complaint_case SET claim_count = 0"))
        case_index.refresh(s)
        assert figures.differences(conn) == {}
    with pg_office.db.read() as s:
        assert figures.differences(s.connection()) == {}
        assert s.execute(text("SELECT count(*) FROM arrears_by_group")).scalar() > 0
