"""Schema migrations: up from empty, down to nothing, models in step, unknown databases untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from complaintdesk.config import resolve_database
from complaintdesk.store import migrate
from complaintdesk.store.database import Database
from complaintdesk.store.models import Base
from complaintdesk.store.search_index import in_models


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tables(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def test_upgrade_empty_database_to_head_and_back(db_location):
    db = Database(resolve_database(db_location))
    try:
        assert migrate.schema_state(db).current is None
        assert migrate.upgrade_to_head(db) is None  # nothing to back up in an empty database
        state = migrate.schema_state(db)
        assert state.current == state.head and not state.needs_upgrade
        assert {t.name for t in Base.metadata.sorted_tables} <= _tables(db)

        migrate.downgrade(db, "base")
        assert _tables(db) <= {"alembic_version"}
        assert migrate.schema_state(db).current is None

        migrate.upgrade_to_head(db)
        assert migrate.schema_state(db).current == migrate.head_revision()
    finally:
        db.dispose()


def test_models_and_migrations_agree(db_location):
    """Autogenerate finds nothing to do: every model change has its migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = Database(resolve_database(db_location))
    try:
        migrate.upgrade_to_head(db)
        with db.engine.connect() as conn:  # the search index's own tables and index, as migrations/env.py
            diffs = compare_metadata(MigrationContext.configure(conn, opts={"include_object": in_models}),
                                     Base.metadata)
        assert diffs == []
    finally:
        db.dispose()


def test_upgrade_backs_up_an_older_database_first(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    db = Database(resolve_database(str(path)))
    migrate.upgrade_to_head(db)
    with db.engine.begin() as conn:  # pretend this file was written by an older release
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'older'")
    monkeypatch.setattr(migrate, "known_revisions", lambda: {"older", migrate.head_revision()})
    calls = []
    monkeypatch.setattr("alembic.command.upgrade", lambda cfg, rev: calls.append(rev))
    backup = migrate.upgrade_to_head(db)
    db.dispose()
    assert calls == ["head"]
    assert backup is not None and backup.exists() and backup.parent == tmp_path / "backups"
    assert migrate.probe_sqlite_file(backup) == "older"


def test_database_from_a_newer_version_is_refused_and_left_byte_identical(tmp_path):
    path = tmp_path / "future.sqlite"
    db = Database(resolve_database(str(path)))
    migrate.upgrade_to_head(db)
    db.dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")  # a file as another program might leave it
    conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.commit()
    conn.close()
    before = _digest(path)

    from complaintdesk.services.office import Office

    with pytest.raises(migrate.SchemaTooNew, match="ffff_from_the_future"):
        Office.open(str(path))
    assert _digest(path) == before
    assert not (tmp_path / "backups").exists()


def test_future_revision_on_postgresql_is_refused(pg_url):
    from sqlalchemy import text

    from complaintdesk.services.office import Office

    db = Database(resolve_database(pg_url))
    migrate.upgrade_to_head(db)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    db.dispose()
    with pytest.raises(migrate.SchemaTooNew):
        Office.open(pg_url)


@pytest.mark.parametrize("content", [b"", b"hello, this is a text file\n", b"SQLite format 3\x00" + b"\x00" * 84])
def test_files_that_are_not_ours_are_never_modified(tmp_path, content):
    from complaintdesk.services.office import Office

    path = tmp_path / "x.sqlite"
    path.write_bytes(content)
    before = _digest(path)
    if content == b"":
        Office.open(str(path)).close()  # an empty file is a new database
        return
    with pytest.raises(migrate.StoreError):
        Office.open(str(path))
    assert _digest(path) == before


def test_someone_elses_sqlite_database_is_refused_untouched(tmp_path):
    from complaintdesk.services.office import Office

    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(migrate.NotComplaintDeskDatabase):
        Office.open(str(path))
    assert _digest(path) == before


def test_the_database_refuses_to_edit_or_delete_history(office):
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from complaintdesk.services import history
    from complaintdesk.services.actor import SYSTEM

    with office.db.write() as s:
        history.record(s, SYSTEM, entity="case", entity_id=1, action="note", summary="原始记录")
    for statement in ("UPDATE event SET summary = 'changed'", "DELETE FROM event"):
        with pytest.raises(DBAPIError, match="append-only"), office.db.write() as s:
            s.execute(text(statement))
    with office.db.read() as s:
        assert "原始记录" in s.execute(text("SELECT summary FROM event")).scalars().all()


def test_0003_gives_an_earlier_document_its_series_and_freezes_it(db_location):
    from datetime import date, datetime

    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    db = Database(resolve_database(db_location))
    try:
        migrate.upgrade_to_head(db)
        migrate.downgrade(db, "0002")
        stamp = datetime(2026, 1, 5, 1, 0)
        with db.engine.begin() as conn:
            conn.execute(text("INSERT INTO enterprise (id, name, created_at, updated_at, version) "
                              "VALUES (1, '甲公司', :t, :t, 1)"), {"t": stamp})
            conn.execute(text(
                "INSERT INTO complaint_case (id, case_no, year, seq, received_on, channel, procedure, category, summary,"
                " status, complainant_id, clock_stopped, next_due_provisional, created_at, updated_at, version) "
                "VALUES (1, '2026-0001', 2026, 1, :d, 'visit', 'direct', 'other', '事项', 'accepted', 1, :f, :f, "
                ":t, :t, 1)"), {"d": date(2026, 1, 5), "f": False, "t": stamp})
            conn.execute(text(
                "INSERT INTO document (id, case_id, kind, year, seq, doc_no, title, issued_on, issued_at, pdf, sha256,"
                " page_count) VALUES (1, 1, 'acceptance', 2026, 7, 'X工信投字〔2026〕7号', '投诉受理告知书', :d, :t,"
                " :pdf, :h, 1)"), {"d": date(2026, 1, 5), "t": stamp, "pdf": b"%PDF-1.4", "h": "0" * 64})
        migrate.upgrade_to_head(db)
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT series FROM document")).scalar() == "X工信投字"
        with pytest.raises(DBAPIError, match="frozen"), db.engine.begin() as conn:
            conn.execute(text("UPDATE document SET title = 'changed'"))
    finally:
        db.dispose()


def test_the_shipped_revision_list_matches_the_migration_scripts():
    revisions, head = migrate.script_revisions()
    assert set(migrate.REVISIONS) == revisions and migrate.head_revision() == head
