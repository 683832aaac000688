"""A SQLite office file without SQLAlchemy: where it may live, its schema revision, backups, a plain connection.

What the engine (``store.database``) and the upgrade (``store.migrate``) do to a SQLite file that
needs no ORM lives here, so that a letter from the command line (``services.quick_letter``) can open
the same file the same way without importing SQLAlchemy (≈ 0.3 s of a 0.4 s budget).
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from complaintdesk import clock
from complaintdesk.config import backup_dir_for
from complaintdesk.errors import ConfigError, DatabaseDamaged, NotComplaintDeskDatabase, StoreError
from complaintdesk.messages import store as msg

SQLITE_BUSY_TIMEOUT_MS = 15_000

# The revisions this version ships, newest last. Starting the app compares the database's revision
# with these constants instead of importing Alembic (≈ 0.1 s); Alembic is loaded only to upgrade.
# tests/store/test_migrations.py checks them against migrations/versions/.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008")


def head_revision() -> str:
    return REVISIONS[-1]


def check_sqlite_location(path: Path) -> None:
    """Fail early, in words, when the SQLite file cannot be created or written."""
    if path.exists() and path.is_dir():
        raise ConfigError(msg.PATH_IS_FOLDER, path=path)
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(msg.CANNOT_CREATE_FOLDER, path=parent, reason=exc.strerror) from exc
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ConfigError(msg.FOLDER_NOT_WRITABLE, path=parent)
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise ConfigError(msg.FILE_NOT_READ_WRITE, path=path)


def configure_connection(connection: sqlite3.Connection) -> None:
    """The pragmas every connection of an office gets (the engine's ``connect`` hook calls this too)."""
    # pysqlite's own transaction handling is switched off so that BEGIN is ours.
    connection.isolation_level = None
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed case survives a power cut, not only a process crash.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def connect(path: Path) -> sqlite3.Connection:
    """A connection to an office file as the engine makes one (same timeout, same pragmas)."""
    connection = sqlite3.connect(str(path), timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    try:
        configure_connection(connection)
    except BaseException:
        connection.close()
        raise
    return connection


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
