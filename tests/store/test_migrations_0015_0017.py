"""Migrations 0015–0017: the history's hash no longer unique — every event kept, byte for byte, its guards in place; the
schedule save's indexes.

SQLite builds the event table again (a constraint declared with a table cannot be dropped); the rows, the
index, the append-only triggers and the chain must come through unchanged, and the file is compacted after.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from complaintdesk.config import resolve_database
from complaintdesk.services import history
from complaintdesk.services.actor import SYSTEM
from complaintdesk.services.office import Office
from complaintdesk.store import migrate
from complaintdesk.store.database import Database
from complaintdesk.store.sqlite_file import compact_if_sparse


def _hash_unique(db: Database) -> bool:
    with db.engine.connect() as conn:
        inspector = inspect(conn)
        constraints = [c["column_names"] for c in inspector.get_unique_constraints("event")]
        indexes = [i["column_names"] for i in inspector.get_indexes("event") if i["unique"]]
    return ["hash"] in constraints + indexes


def _events(db: Database) -> list[tuple]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT * FROM event ORDER BY id"))]


def _triggers(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        if db.target.is_sqlite:
            return {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                                    "AND tbl_name = 'event'"))}
        return {r[0] for r in conn.execute(text("SELECT tgname FROM pg_trigger WHERE tgrelid = 'event'::regclass "
                                                "AND NOT tgisinternal"))}


def test_the_hash_unique_goes_and_comes_back_with_every_event(db_location):
    db = Database(resolve_database(db_location))
    try:
        migrate.upgrade_to_head(db)
        migrate.downgrade(db, "0014")
        assert _hash_unique(db)
        guards = _triggers(db)
        with db.engine.begin() as conn:
            for n in range(30):
                history.record(_session_on(conn), SYSTEM, entity="case", entity_id=n, action="note", summary=f"记录{n}")
        events = _events(db)

        migrate.upgrade_to_head(db)
        assert not _hash_unique(db)
        assert _events(db) == events and _triggers(db) == guards
        with db.engine.connect() as conn:
            assert history.verify_chain(_session_on(conn)) == (30, None)
        for statement in ("UPDATE event SET summary = 'changed' WHERE id = 3", "DELETE FROM event WHERE id = 3"):
            with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
                conn.execute(text(statement))

        migrate.downgrade(db, "0014")  # and back: the constraint again, nothing lost
        assert _hash_unique(db) and _events(db) == events and _triggers(db) == guards
    finally:
        db.dispose()


def _session_on(conn):
    from sqlalchemy.orm import Session

    return Session(bind=conn)


def test_sqlite_still_refuses_an_event_replaced_under_its_id(tmp_path):
    office = Office.open(str(tmp_path / "office.sqlite"), daily_backup=False)
    path = office.target.sqlite_path
    office.close()
    with closing(sqlite3.connect(path)) as conn:
        columns = [c[1] for c in conn.execute("PRAGMA table_info(event)")]
        row = conn.execute("SELECT * FROM event ORDER BY id LIMIT 1").fetchone()
        forged = dict(zip(columns, row, strict=True), summary="伪造", hash="f" * 64)
        with pytest.raises(sqlite3.IntegrityError, match="cannot be replaced"):
            conn.execute(f"INSERT OR REPLACE INTO event ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                         tuple(forged.values()))
        assert conn.execute("SELECT * FROM event ORDER BY id LIMIT 1").fetchone() == row


def test_an_upgrade_that_left_the_file_sparse_compacts_it(tmp_path):
    path = tmp_path / "office.sqlite"
    office = Office.open(str(path), daily_backup=False)
    with office.db.write() as session:  # a history worth a rebuild
        for n in range(3000):
            history.record(session, SYSTEM, entity="case", entity_id=n, action="note", summary="记录" * 40)
    office.close()
    db = Database(resolve_database(str(path)))
    try:
        migrate.downgrade(db, "0014")
    finally:
        db.dispose()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("VACUUM")  # as the file was before 0015
    size = path.stat().st_size

    db = Database(resolve_database(str(path)))
    try:
        assert migrate.upgrade_to_head(db) is not None  # backed up first
    finally:
        db.dispose()
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert path.stat().st_size < size  # the hash's index is gone, and nothing of the old table is left


def test_compact_if_sparse_only_when_a_quarter_is_free(tmp_path):
    path = tmp_path / "f.sqlite"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 2000)
        conn.commit()
        conn.execute("DELETE FROM t WHERE rowid <= 200")  # a tenth free: left as it is
        conn.commit()
    assert compact_if_sparse(Path(path)) is False
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] > 0
        conn.execute("DELETE FROM t WHERE rowid <= 1100")  # now more than half free
        conn.commit()
    assert compact_if_sparse(Path(path)) is True
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 2000 - 1100


def test_0017_indexes_the_running_clocks_alone_and_the_claims_due_dates(db_location):
    """The model names the clocks' index without its predicate (a dialect's ``*_where`` would import that
    dialect with the models): the migration makes it partial, on both databases."""
    db = Database(resolve_database(db_location))
    try:
        migrate.upgrade_to_head(db)
        with db.engine.connect() as conn:
            if db.target.is_sqlite:
                sql = dict(conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN "
                                             "('ix_case_deadline_running', 'ix_arrears_claim_due_on')")).all())
            else:
                sql = dict(conn.execute(text("SELECT indexname, indexdef FROM pg_indexes WHERE indexname IN "
                                             "('ix_case_deadline_running', 'ix_arrears_claim_due_on')")).all())
        assert "met_on IS NULL" in sql["ix_case_deadline_running"].replace("(", "").replace(")", "")
        assert "due_on" in sql["ix_arrears_claim_due_on"]
    finally:
        db.dispose()
