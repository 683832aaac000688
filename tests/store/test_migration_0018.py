"""Migration 0018 (PostgreSQL): the search text and its two GIN indexes in a table of their own,
``case_search_text``, kept in step by triggers on complaint_case — written when a case's search text changes
and at no other write — checked and mended like SQLite's index; and back again on a downgrade.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from complaintdesk.services import case_index
from complaintdesk.services.case_query import CaseQuery
from complaintdesk.services.demo import generate
from complaintdesk.services.office import Office
from complaintdesk.store import migrate, search_index
from complaintdesk.store.models import Case
from tests.cli.test_admin_cli import run
from tests.services.test_case_search import _found, _like_search, _register

pytestmark = pytest.mark.postgres

QUERIES = ("商贸", "县", "有限公司", "hq", "2026", "锦程")


@pytest.fixture
def pg_office(pg_url):
    office = Office.open(pg_url, daily_backup=False)
    generate(office.db, cases=40, seed=11)
    office.close()
    office = Office.open(pg_url, daily_backup=False)  # with the demo's desk user, who registers
    try:
        yield office
    finally:
        office.close()


def _indexes(office) -> dict[str, str]:
    """The search's GIN indexes → the table each is on."""
    with office.db.read() as s:
        return dict(s.execute(text("SELECT indexname, tablename FROM pg_indexes WHERE indexname IN "
                                   "('ix_case_search_trgm', 'ix_case_search_characters')")).all())


def _side_rows(office) -> dict[int, str]:
    with office.db.read() as s:
        return dict(s.execute(text("SELECT case_id, search_text FROM case_search_text")).all())


def _texts(office) -> dict[int, str]:
    with office.db.read() as s:
        return dict(s.execute(select(Case.id, Case.search_text)).all())


def _stale(office) -> list[int]:
    with office.db.read() as s:
        return search_index.stale_entries(s.connection())


def _row_version(office, case_id: int) -> str:
    """The side row's physical version: a new one for every write of it."""
    with office.db.read() as s:
        return s.execute(text(f"SELECT xmin::text || ctid::text FROM case_search_text WHERE case_id = {case_id}")
                         ).scalar_one()


def _same_search(office) -> None:
    for q in QUERIES:
        assert _found(office, CaseQuery(text=q)) == _like_search(office, q), q


def test_the_upgrade_moves_the_indexes_and_fills_the_table_and_the_downgrade_brings_them_back(pg_office):
    office = pg_office
    assert _indexes(office) == {"ix_case_search_trgm": "case_search_text",
                                "ix_case_search_characters": "case_search_text"}
    assert _side_rows(office) == _texts(office) and len(_texts(office)) == 40
    _same_search(office)

    migrate.downgrade(office.db, "0017")
    assert _indexes(office) == {"ix_case_search_trgm": "complaint_case",
                                "ix_case_search_characters": "complaint_case"}
    with office.db.read() as s:
        assert s.execute(text("SELECT to_regclass('case_search_text')")).scalar() is None
        assert not s.execute(text("SELECT 1 FROM pg_proc WHERE proname LIKE 'case_search_text%'")).all()
    with office.db.write() as s:  # a write at 0017 (no triggers of 0018): the upgrade copies it
        first = s.execute(select(Case).order_by(Case.id).limit(1)).scalar_one()
        first.summary = "降级期间改写的案情"
        case_index.refresh(s, [first.id])

    migrate.upgrade_to_head(office.db)
    assert _indexes(office)["ix_case_search_characters"] == "case_search_text"
    assert _side_rows(office) == _texts(office) and "降级期间改写" in _side_rows(office)[first.id]
    assert _stale(office) == []
    _same_search(office)
    assert _found(office, CaseQuery(text="降级期间")) == [first.id]


def test_the_table_follows_every_change_of_the_text_and_no_other_write(pg_office):
    office = pg_office
    with office.db.read() as s:
        case_id = s.execute(select(Case.id).where(Case.next_due_on.is_not(None)).order_by(Case.id).limit(1)
                            ).scalar_one()
    before = _row_version(office, case_id)
    with office.db.write() as s:  # what a schedule save writes: the next deadline and the list's sort key
        s.execute(text(f"UPDATE complaint_case SET next_due_on = next_due_on + 1, due_sort = due_sort + 1, "
                       f"version = version + 1 WHERE id = {case_id}"))
        s.execute(text(f"UPDATE complaint_case SET search_text = search_text WHERE id = {case_id}"))  # unchanged
    assert _row_version(office, case_id) == before  # not written: the GIN indexes not touched

    with office.db.write() as s:
        case = s.get(Case, case_id)
        case.summary = "新写的案情摘要"
        case_index.refresh(s, [case_id])
    assert _row_version(office, case_id) != before
    assert _side_rows(office)[case_id] == _texts(office)[case_id] and "新写的案情摘要" in _texts(office)[case_id]

    registered = _register(office, "刚登记的拖欠案件")  # a new case: its row at once
    assert _side_rows(office)[registered.id] == _texts(office)[registered.id]
    assert _found(office, CaseQuery(text="刚登记的")) == [registered.id]

    # A case row written past the services (a copy of that case under a new number), then deleted (no service
    # deletes a case; its history would refer to it): its row comes and goes with it.
    with office.db.write() as s:
        columns = [c for c in Case.__table__.columns.keys() if c not in ("id", "case_no", "seq")]
        listed = ", ".join(columns)
        ghost = s.execute(text(f"INSERT INTO complaint_case (case_no, seq, {listed}) "
                               f"SELECT case_no || '-copy', seq + 90000, {listed} "
                               f"FROM complaint_case WHERE id = {registered.id} RETURNING id")).scalar_one()
    assert _side_rows(office)[ghost] == _texts(office)[ghost]
    assert _found(office, CaseQuery(text="刚登记的")) == [registered.id, ghost]
    with office.db.write() as s:
        s.execute(text(f"DELETE FROM complaint_case WHERE id = {ghost}"))
    assert ghost not in _side_rows(office) and _stale(office) == []
    assert _found(office, CaseQuery(text="刚登记的")) == [registered.id]
    _same_search(office)


def test_the_check_finds_the_table_out_of_step_and_refreshing_the_copies_mends_it(pg_office):
    """A write past the triggers is what ``complaintdesk-admin check`` reports among the cases' copies out of
    step, and what ``check --refresh-copies`` (case_index.refresh) mends — as on SQLite."""
    office = pg_office
    with office.db.write() as s:
        first, second, third = s.execute(select(Case.id).order_by(Case.id).limit(3)).scalars()
        s.execute(text(f"DELETE FROM case_search_text WHERE case_id = {first}"))
        s.execute(text(f"UPDATE case_search_text SET search_text = 'stale' WHERE case_id = {second}"))
        s.execute(text("ALTER TABLE complaint_case DISABLE TRIGGER case_search_text_update"))
        s.execute(text(f"UPDATE complaint_case SET search_text = search_text || ' 绕过触发器' WHERE id = {third}"))
        s.execute(text("ALTER TABLE complaint_case ENABLE TRIGGER case_search_text_update"))
    assert _stale(office) == [first, second, third]
    with office.db.read() as s:
        stale = case_index.stale_copies(s)
    assert set(stale) >= {first, second, third}
    assert all("search_index" in stale[i] for i in (first, second, third))
    assert stale[second]["search_index"][0] == "stale"
    code, out = run("check", "--db", office.db.target.url)
    assert code == 1 and str(third) in out, out

    with office.db.write() as s:
        case_index.refresh(s)
    assert _stale(office) == [] and _side_rows(office) == _texts(office)
    _same_search(office)
    assert office.cases.count(CaseQuery(text="stale")) == 0
