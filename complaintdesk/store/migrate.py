"""Schema upgrades: look before touching, back up before upgrading, refuse what we do not know."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, inspect, text

from complaintdesk import clock
from complaintdesk.config import backup_dir_for
from complaintdesk.errors import (  # UI-visible
    DatabaseDamaged,
    NotComplaintDeskDatabase,
    SchemaTooNew,
    StoreError,
)
from complaintdesk.messages import store as msg
from complaintdesk.resources import shipped_dir
from complaintdesk.store.database import Database

MIGRATIONS_DIR = shipped_dir("migrations")


@dataclass(frozen=True)
class SchemaState:
    current: str | None  # None: empty database
    head: str
    known: bool  # current is one of our revisions

    @property
    def needs_upgrade(self) -> bool:
        return self.current != self.head


def _script_directory():
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR))


def _alembic_config(connection: Connection | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


# The revisions this version ships, newest last. Starting the app compares the database's revision
# with these constants instead of importing Alembic (≈ 0.1 s); Alembic is loaded only to upgrade.
# tests/store/test_migrations.py checks them against migrations/versions/.
REVISIONS = ("0001", "0002", "0003", "0004", "0005")


def known_revisions() -> set[str]:
    return set(REVISIONS)


def head_revision() -> str:
    return REVISIONS[-1]


def script_revisions() -> tuple[set[str], str]:
    """What migrations/versions/ really holds (for the test that keeps REVISIONS honest)."""
    script = _script_directory()
    return {rev.revision for rev in script.walk_revisions()}, script.get_current_head()


def probe_sqlite_file(path: Path) -> str | None:
    """Read a SQLite file's schema revision without writing a byte to it.

    Returns None for an empty (or absent) file; raises DatabaseDamaged for a file that is not a
    SQLite database and NotComplaintDeskDatabase for someone else's SQLite database.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    # Only SQLite itself may open the file: closing any other descriptor of it would cancel the
    # POSIX locks this process's open connections hold, and another process could then delete the
    # WAL under them (sqlite.org/howtocorrupt.html, 2.2). SQLite checks the header itself.
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise NotComplaintDeskDatabase(msg.NOT_OURS, path=path)
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        match getattr(exc, "sqlite_errorname", ""):
            case "SQLITE_NOTADB":
                raise NotComplaintDeskDatabase(msg.NOT_SQLITE, path=path) from exc
            case "SQLITE_CANTOPEN" | "SQLITE_PERM" | "SQLITE_READONLY":
                raise StoreError(msg.CANNOT_READ, path=path, reason=str(exc)) from exc
        raise DatabaseDamaged(msg.DAMAGED, path=path, reason=str(exc)) from exc
    return row[0] if row else None


def schema_state(db: Database) -> SchemaState:
    head = head_revision()
    if db.target.sqlite_path is not None:
        current = probe_sqlite_file(db.target.sqlite_path)
    else:
        with db.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if "alembic_version" in tables:
                current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            elif tables - {"alembic_version"} and "complaint_case" not in tables and "enterprise" in tables:
                raise NotComplaintDeskDatabase(msg.FOREIGN_TABLES)
            else:
                current = None
    known = current is None or current in known_revisions()
    return SchemaState(current=current, head=head, known=known)


def backup_sqlite(source: Path, dest: Path) -> Path:
    """Copy a live SQLite database consistently (online backup API, WAL included)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    return dest


def timestamped_backup_path(db_path: Path, label: str) -> Path:
    stamp = clock.now().astimezone().strftime("%Y%m%d-%H%M%S-%f")
    return backup_dir_for(db_path) / f"{db_path.stem}-{stamp}-{label}.sqlite"


def upgrade_to_head(db: Database) -> Path | None:
    """Bring the schema to head; return the backup taken first (SQLite with data), if any.

    A database whose revision this version does not know (written by a newer ComplaintDesk) is
    refused before anything is written to it.
    """
    state = schema_state(db)
    if not state.known:
        raise SchemaTooNew(msg.SCHEMA_TOO_NEW, revision=state.current)
    if not state.needs_upgrade:
        return None
    backup = None
    if db.target.sqlite_path is not None and state.current is not None:
        backup = backup_sqlite(db.target.sqlite_path, timestamped_backup_path(db.target.sqlite_path,
                                                                              f"before-{state.head}"))
    from alembic import command

    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    return backup


def downgrade(db: Database, revision: str) -> None:
    """For tests and emergencies: step the schema back (data in dropped tables is lost)."""
    from alembic import command

    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), revision)


def ensure_daily_backup(db_path: Path, keep: int = 14, today: datetime | None = None) -> Path | None:
    """Once a day, copy the database into ``backups/`` (online, consistent); keep the newest ``keep`` copies.

    Returns the backup made now, or None when today's copy already exists (or there is nothing to copy).
    """
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    stamp = (today or clock.now().astimezone()).strftime("%Y%m%d")
    folder = backup_dir_for(db_path)
    target = folder / f"{db_path.stem}-daily-{stamp}.sqlite"
    made = None
    if not target.exists():
        partial = target.with_suffix(".partial")
        backup_sqlite(db_path, partial)
        partial.replace(target)  # a crash mid-copy never leaves a half backup under the final name
        made = target
    dailies = sorted(folder.glob(f"{db_path.stem}-daily-*.sqlite"))
    for old in dailies[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return made
