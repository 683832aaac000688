"""Engine settings and exact column types."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import text

from complaintdesk.config import ConfigError, resolve_database
from complaintdesk.store.database import Database
from complaintdesk.store.types import Money, UTCDateTime


def test_sqlite_is_opened_durable(tmp_path):
    db = Database(resolve_database(str(tmp_path / "a.sqlite")))
    with db.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert s.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    db.dispose()


def test_money_is_exact_and_refuses_float_and_fractions_of_a_fen():
    money = Money()
    assert money.process_bind_param(Decimal("12345678901.23"), None) == 1234567890123
    assert money.process_result_value(1234567890123, None) == Decimal("12345678901.23")
    with pytest.raises(TypeError):
        money.process_bind_param(0.1, None)
    with pytest.raises(ValueError):
        money.process_bind_param(Decimal("1.005"), None)


def test_timestamps_must_be_aware_and_come_back_utc():
    col = UTCDateTime()
    with pytest.raises(ValueError):
        col.process_bind_param(datetime(2026, 1, 1), None)
    stored = col.process_bind_param(datetime(2026, 1, 1, 8, tzinfo=UTC), None)
    assert col.process_result_value(stored, None) == datetime(2026, 1, 1, 8, tzinfo=UTC)


@pytest.mark.parametrize("value, message", [
    ("mysql://x/y", "unsupported"),
    ("sqlite://", "in-memory"),
    ("sqlite:///:memory:", "in-memory"),
    ("   ", "empty"),
    ("sqlite:relative", "malformed"),
])
def test_bad_database_locations_are_explained(value, message):
    with pytest.raises(ConfigError) as err:
        resolve_database(value)
    assert message in err.value.text.en


def test_plain_path_and_sqlite_url_mean_the_same_file(tmp_path):
    a = resolve_database(str(tmp_path / "x.sqlite"))
    b = resolve_database(f"sqlite:///{tmp_path / 'x.sqlite'}")
    assert a == b and a.sqlite_path == tmp_path / "x.sqlite"


def test_postgresql_url_gets_the_psycopg_driver_and_hides_the_password():
    t = resolve_database("postgresql://clerk:secret@db.example:5432/office")
    assert t.url.startswith("postgresql+psycopg://") and not t.is_sqlite
    assert "secret" not in t.display()


def test_environment_variable_selects_the_database(tmp_path, monkeypatch):
    monkeypatch.setenv("COMPLAINTDESK_DB", str(tmp_path / "env.sqlite"))
    assert resolve_database(None).sqlite_path == tmp_path / "env.sqlite"


def test_default_database_lives_in_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("COMPLAINTDESK_DATA_DIR", str(tmp_path / "d"))
    assert resolve_database(None).sqlite_path == tmp_path / "d" / "complaintdesk.sqlite"


def test_probing_the_open_database_keeps_this_process_locks(tmp_path):
    """Reading the file outside SQLite would cancel this process's POSIX locks; another process
    closing its last connection would then delete the WAL under our open connections."""
    import os
    import subprocess
    import sys

    from sqlalchemy import text

    from complaintdesk.services.office import Office
    from complaintdesk.store.migrate import probe_sqlite_file

    path = tmp_path / "office.sqlite"
    office = Office.open(str(path), daily_backup=False)
    try:
        with office.db.read() as s:  # this process now holds open connections (and their locks)
            s.execute(text("SELECT count(*) FROM complaint_case")).scalar()
        assert probe_sqlite_file(path) is not None  # what a backup or a check does while the office is open
        other = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA journal_mode=WAL');"
                 "c.execute('CREATE TABLE other_desk (x)'); c.commit(); c.close()")
        subprocess.run([sys.executable, "-c", other, str(path)], check=True, timeout=60)
        assert os.path.exists(f"{path}-wal"), "the other process thought it was alone and removed the WAL"
        with office.db.read() as s:
            assert s.execute(text("SELECT count(*) FROM other_desk")).scalar() == 0
    finally:
        office.close()


@pytest.mark.postgres
def test_a_single_read_statement_on_postgresql_opens_no_transaction(pg_url):
    """The case list's count and page (Database.statement) are one SELECT each: on PostgreSQL they run
    outside a transaction, sparing the BEGIN and ROLLBACK round trips; a read session still has one."""
    from psycopg.pq import TransactionStatus

    from complaintdesk.config import resolve_database

    db = Database(resolve_database(pg_url))
    try:
        with db.statement() as conn:
            assert conn.execute(text("SELECT 1")).scalar() == 1
            assert conn.connection.dbapi_connection.info.transaction_status == TransactionStatus.IDLE
        with db.read() as s:
            s.execute(text("SELECT 1"))
            assert s.connection().connection.dbapi_connection.info.transaction_status == TransactionStatus.INTRANS
        with db.statement() as conn:  # the pool's connection was given back as it was taken
            conn.execute(text("SELECT 1"))
            assert conn.connection.dbapi_connection.info.transaction_status == TransactionStatus.IDLE
    finally:
        db.engine.dispose()


@pytest.mark.postgres
def test_postgresql_sessions_keep_a_searchs_bitmap_exact_and_skip_jit_unless_the_url_says_otherwise(pg_url):
    """A common character's hits among a million cases must fit work_mem (else every row of a lossy page
    is matched again), and short queries are not worth compiling; a URL's own options still win."""
    from complaintdesk.config import resolve_database

    for url, work_mem in ((pg_url, "32MB"), (f"{pg_url}?options=-c%20work_mem%3D8MB", "8MB")):
        db = Database(resolve_database(url))
        try:
            with db.statement() as conn:
                assert conn.execute(text("SHOW work_mem")).scalar() == work_mem
                assert conn.execute(text("SHOW jit")).scalar() == "off"
        finally:
            db.engine.dispose()


@pytest.mark.postgres
def test_a_desk_survives_the_server_dropping_its_idle_connection(pg_url, monkeypatch):
    """A connection that lay idle is checked before use: when the server has dropped it (a restart, a
    network cut), the next read gets a new connection instead of an error. One just used is not checked
    (a round trip of its own on every screen of the list)."""
    from complaintdesk.store import database

    pings = []
    real_ping = database.ping
    monkeypatch.setattr(database, "ping", lambda conn: (pings.append(conn), real_ping(conn)))
    db = Database(resolve_database(pg_url))
    try:
        with db.statement() as conn:
            first_pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
        with db.statement() as conn:  # in steady use: no check
            assert conn.execute(text("SELECT pg_backend_pid()")).scalar() == first_pid
        assert pings == []
        other = Database(resolve_database(pg_url))
        try:
            with other.statement() as conn:
                assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first_pid}).scalar()
        finally:
            other.engine.dispose()
        monkeypatch.setattr(database, "PG_IDLE_CHECK_SECONDS", 0.0)  # as if it had lain idle for a while
        with db.statement() as conn:
            assert conn.execute(text("SELECT pg_backend_pid()")).scalar() != first_pid
        with db.read() as s:
            assert s.execute(text("SELECT 1")).scalar() == 1
        assert len(pings) >= 1
    finally:
        db.engine.dispose()


@pytest.mark.postgres
def test_a_plain_postgresql_read_goes_back_to_the_pool_outside_any_transaction(pg_url):
    """Database.rows sends a kept statement through psycopg on a pooled connection in autocommit: the
    connection is handed back transactional again (a read session after it still has its transaction) and
    idle; after a failed statement it is not handed back at all, and the error is SQLAlchemy's."""
    from psycopg.pq import TransactionStatus
    from sqlalchemy import bindparam, func, literal, select
    from sqlalchemy.exc import DBAPIError

    db = Database(resolve_database(pg_url))
    other = Database(resolve_database(pg_url))
    try:
        stmt = select(func.pg_backend_pid(), literal(7) + bindparam("n"))
        ((pid, eight),) = db.rows(stmt, {"n": 1})
        assert eight == 8 and db.rows(stmt, {"n": 2})[0] == (pid, 9)  # the same pooled connection, reused
        with db.statement() as conn:  # the pool's connection as the next user gets it
            dbapi = conn.connection.dbapi_connection
            assert conn.execute(select(func.pg_backend_pid())).scalar() == pid
            assert dbapi.info.transaction_status == TransactionStatus.IDLE
        with db.read() as s:
            assert s.execute(select(func.pg_backend_pid())).scalar() == pid
            assert s.connection().connection.dbapi_connection.autocommit is False
            assert s.connection().connection.dbapi_connection.info.transaction_status == TransactionStatus.INTRANS
        with pytest.raises(DBAPIError):
            db.rows(select(func.sqrt(literal(-1.0))))
        with db.read() as s:  # the failed statement's connection was closed, not given back
            assert s.execute(select(func.pg_backend_pid())).scalar() != pid
            assert s.connection().connection.dbapi_connection.autocommit is False
        with other.statement() as conn:
            states = conn.execute(text("SELECT state FROM pg_stat_activity WHERE datname = current_database() "
                                       "AND pid <> pg_backend_pid()")).scalars().all()
        assert states and "idle in transaction" not in states, states
    finally:
        db.dispose()
        other.dispose()


@pytest.mark.postgres
def test_the_case_lists_postgresql_reads_skip_sqlalchemys_execution_and_read_the_same_values(pg_url):
    """The list's count and page on PostgreSQL make no SQLAlchemy connection once their statements are kept
    (psycopg is handed the statement compiled once); the values are those SQLAlchemy reads — dates, booleans
    — and a statement with a converted type (money in fen) is still read by SQLAlchemy."""
    from sqlalchemy import event, select

    from complaintdesk.services.case_query import CaseQuery
    from complaintdesk.services.demo import generate
    from complaintdesk.services.office import Office
    from complaintdesk.store.models import ArrearsClaim

    office = Office.open(pg_url, daily_backup=False)
    try:
        generate(office.db, cases=40, seed=3)
        query = CaseQuery(text="县")
        assert office.cases.count(query) > 10  # the statements built and kept
        office.cases.page(query, 0, 10)  # a full screen (a short one is checked for a cut walk: another statement)
        connects = []
        event.listen(office.db.engine, "engine_connect", lambda conn: connects.append(conn))
        for _ in range(3):
            assert office.cases.count(query) > 10
            page = office.cases.page(query, 0, 10)
        assert connects == []
        stmt = next(stmt for _, stmt in office.cases._statements.values() if "strpos" in str(stmt))
        with office.db.statement() as conn:
            by_sqlalchemy = [tuple(row) for row in conn.execute(stmt, {"page_limit": 10, "page_offset": 0,
                                                                       "walk_budget": 10**6}).all()]
        plain = office.db.rows(stmt, {"page_limit": 10, "page_offset": 0, "walk_budget": 10**6})
        assert plain == by_sqlalchemy and [row[0] for row in plain] == [row.id for row in page]
        assert {type(v).__name__ for row in plain for v in row if v is not None} >= {"int", "str", "date", "bool"}
        amounts = office.db.rows(select(ArrearsClaim.amount_claimed).limit(3))
        assert amounts and all(isinstance(amount, Decimal) for (amount,) in amounts)
        assert len(connects) == 2  # the check above, and the money, which psycopg alone would read as fen
    finally:
        office.close()
