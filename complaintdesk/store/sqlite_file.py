"""A SQLite office file without SQLAlchemy: where it may live, its schema revision, backups, a plain connection.

What the engine (``store.database``) and the upgrade (``store.migrate``) do to a SQLite file that
needs no ORM lives here, so that a letter from the command line (``services.quick_letter``) can open
the same file the same way without importing SQLAlchemy (≈ 0.3 s of a 0.4 s budget).
"""

from __future__ import annotations

import glob
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from complaintdesk import clock
from complaintdesk.config import backup_dir_for, data_dir
from complaintdesk.errors import ConfigError, DatabaseDamaged, NotComplaintDeskDatabase, StoreError
from complaintdesk.messages import store as msg
from complaintdesk.private_files import (
    exclusive_lock,
    make_private_dir,
    make_private_file,
    replace_durably,
    temporary_name,
    tighten_file,
)

SQLITE_BUSY_TIMEOUT_MS = 15_000
COMPANIONS = ("-wal", "-shm", "-journal")
# How long a process opening the office waits for another one making today's backup (then it goes on
# without: the other one makes it).
DAILY_BACKUP_WAIT_SECONDS = 120.0

# The revisions this version ships, newest last. Starting the app compares the database's revision
# with these constants instead of importing Alembic (≈ 0.1 s); Alembic is loaded only to upgrade.
# tests/store/test_migrations.py checks them against migrations/versions/.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011", "0012",
             "0013", "0014", "0015", "0016", "0017", "0018", "0019")


def head_revision() -> str:
    return REVISIONS[-1]


def check_sqlite_location(path: Path) -> None:
    """Fail early, in words, when the SQLite file cannot be created or written."""
    if path.exists() and path.is_dir():
        raise ConfigError(msg.PATH_IS_FOLDER, path=path)
    parent = path.parent
    try:
        # The per-user data folder is ComplaintDesk's own: 0700. A folder the user chose is created
        # 0700 when missing, and otherwise left as it is.
        make_private_dir(parent, tighten=parent == data_dir())
    except OSError as exc:
        raise ConfigError(msg.CANNOT_CREATE_FOLDER, path=parent, reason=exc.strerror) from exc
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ConfigError(msg.FOLDER_NOT_WRITABLE, path=parent)
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise ConfigError(msg.FILE_NOT_READ_WRITE, path=path)
    make_private_database(path)


def make_private_database(path: Path) -> None:
    """A new office file is created empty and 0600 before SQLite opens it (SQLite gives its -wal, -shm and
    -journal the database file's mode); an existing one of this account loses group and other access."""
    try:
        make_private_file(path)
    except FileExistsError:
        for name in (path.name, *(path.name + suffix for suffix in COMPANIONS)):
            tighten_file(path.with_name(name))


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


def connect(path: Path, *, any_thread: bool = False) -> sqlite3.Connection:
    """A connection to an office file as the engine makes one (same timeout, same pragmas); ``any_thread``: usable
    from another thread than the one that made it (one at a time: the caller keeps them apart)."""
    connection = sqlite3.connect(str(path), timeout=SQLITE_BUSY_TIMEOUT_MS / 1000, check_same_thread=not any_thread)
    try:
        configure_connection(connection)
    except BaseException:
        connection.close()
        raise
    return connection


# A migration that builds a table again (SQLite drops no constraint in place: migration 0015's history table)
# leaves the old table's pages free inside the file. More than this share of the file free after an upgrade:
# the file is compacted (VACUUM), so that an office does not carry its old history table's size for good.
SPARSE_SHARE = 0.25


def compact_if_sparse(path: Path) -> bool:
    """VACUUM the office file if more than ``SPARSE_SHARE`` of its pages are free (after an upgrade, no other
    connection of this process in a transaction); whether it did. A desk holding the file open meanwhile only
    delays it (the busy timeout), as any write would."""
    connection = connect(path)
    try:
        free = connection.execute("PRAGMA freelist_count").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        if not pages or free <= pages * SPARSE_SHARE:
            return False
        connection.execute("VACUUM")
        return True
    finally:
        connection.close()


def open_to_read(path: Path) -> sqlite3.Connection:
    """A connection that only reads a SQLite file and leaves nothing beside it.

    A read-only connection to a WAL-mode file creates its -wal and -shm and, being read-only, never
    removes them. So a file with no -wal beside it (no connection anywhere has it open) is opened
    read-write, with writes refused (query_only): SQLite removes what it made when the last connection
    closes. Only a file this account cannot write is opened read-only. Schema code never runs (the file
    may come from anyone: trusted_schema off).
    """
    path = path.absolute()
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)
    mode = "rw" if writable and not path.with_name(path.name + "-wal").exists() else "ro"
    conn = sqlite3.connect(f"{path.as_uri()}?mode={mode}", uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA trusted_schema = OFF")
    except BaseException:
        conn.close()
        raise
    return conn


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
        conn = open_to_read(path)
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


def copy_database(source: Path | sqlite3.Connection, dest: Path, *, replace: bool = True) -> Path:
    """Copy a SQLite database consistently (online backup API, WAL included) into ``dest``, 0600.

    The copy is written under a unique name beside ``dest`` and renamed over it once complete and on
    the disk: a copy killed half-way never leaves a file (or a -journal) under the final name, and two
    processes copying at once never write the same file. ``source`` is a path, or a connection that
    holds the database (a restore copies the office it has locked). With ``replace`` False an existing
    ``dest`` is kept and FileExistsError raised.
    """
    make_private_dir(dest.parent, tighten=False)
    written = make_private_file(temporary_name(dest, "copy"))
    try:
        src = open_to_read(source) if isinstance(source, Path) else source
        try:
            out = sqlite3.connect(written)
            try:
                src.backup(out)
                # A copy is a file on its own: no WAL, so that reading it (even from read-only media)
                # needs and leaves nothing beside it. Opening it as an office switches WAL on again.
                out.execute("PRAGMA journal_mode = DELETE")
            finally:
                out.close()
        finally:
            if src is not source:
                src.close()
        if not replace and dest.exists():
            raise FileExistsError(dest)
        return replace_durably(written, dest)
    finally:
        for name in (written.name, *(written.name + suffix for suffix in COMPANIONS)):
            written.with_name(name).unlink(missing_ok=True)


def backup_sqlite(source: Path, dest: Path) -> Path:
    """Copy a live SQLite database consistently (``copy_database``)."""
    return copy_database(source, dest)


def backup_folder(db_path: Path) -> Path:
    """``backups/`` beside the office file, created if need be: 0700, like the copies in it (0600)."""
    return make_private_dir(backup_dir_for(db_path))


def timestamped_backup_path(db_path: Path, label: str) -> Path:
    stamp = clock.now().astimezone().strftime("%Y%m%d-%H%M%S-%f")
    return backup_folder(db_path) / f"{db_path.stem}-{stamp}-{label}.sqlite"


def ensure_daily_backup(db_path: Path, keep: int = 14, today: datetime | None = None) -> Path | None:
    """Once a day, copy the database into ``backups/`` (online, consistent); keep the newest ``keep`` copies.

    Returns the backup made now, or None when today's copy already exists (or there is nothing to copy).
    Several desks open the office at the first start of a day: one of them makes the copy, under a lock
    between processes, the others wait for it (at most DAILY_BACKUP_WAIT_SECONDS) and find it made.
    """
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    stamp = (today or clock.now().astimezone()).strftime("%Y%m%d")
    folder = backup_folder(db_path)
    target = folder / f"{db_path.stem}-daily-{stamp}.sqlite"
    if target.exists():
        return None
    with exclusive_lock(folder / f".{db_path.stem}-daily.lock", DAILY_BACKUP_WAIT_SECONDS) as held:
        if not held or target.exists():
            return None
        # Only the holder of the lock writes a daily copy: one under a temporary name now is what a
        # process killed while copying left behind.
        for stale in folder.glob(f".{glob.escape(db_path.stem)}-daily-*.tmp*"):
            stale.unlink(missing_ok=True)
        made = copy_database(db_path, target)
        dailies = sorted(folder.glob(f"{db_path.stem}-daily-*.sqlite"))
        for old in dailies[:-keep] if keep > 0 else []:
            for companion in folder.glob(glob.escape(old.name) + ".*"):  # its manifest goes with it
                companion.unlink(missing_ok=True)
            old.unlink(missing_ok=True)
    return made
