"""Restore a backup: a copy beside the office is checked, brought up to date and recorded, then swapped in.

Nothing of the live office is touched until the copy has passed every check, and a failure at any step
leaves the office exactly as it was:

1. the backup is copied (SQLite's backup API, the backup opened read-only) under a unique name beside the
   office file: everything below reads and writes that copy, never the file the user pointed at;
2. the copy is checked: ``PRAGMA integrity_check``; a revision this version knows; its tables, columns,
   indexes, triggers and views exactly those the migrations build for that revision (a trigger planted in
   a backup would fire on the restore's own event, a view could stand in for a table); the office it
   belongs to (``office.uuid``) this office, unless ``other_office``;
3. an older copy is upgraded, and its history verified — links, hashes, seals, documents;
4. the office is closed everywhere: its WAL checkpointed and switched off, an exclusive lock taken (a desk
   still open refuses the restore, in words) — then the restore's event is recorded in the copy, the
   office as it was is copied into ``backups/``, and the copy renamed over the office file in one step;
5. the anchors outside the database start again from the restored history.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from complaintdesk.config import DatabaseTarget
from complaintdesk.errors import (
    DatabaseDamaged,
    NotComplaintDeskDatabase,
    OtherOffice,
    SchemaTooNew,
    StoreError,
)
from complaintdesk.messages import maintenance as msg
from complaintdesk.messages import store as store_msg
from complaintdesk.private_files import fsync_dir, fsync_file, temporary_name
from complaintdesk.services import anchors, audit, history, history_key
from complaintdesk.services.actor import SYSTEM, Actor
from complaintdesk.services.history_key import Desk, HistoryKeyMissing
from complaintdesk.store.database import Database
from complaintdesk.store.migrate import known_revisions, migrate_file
from complaintdesk.store.models import Setting
from complaintdesk.store.schema_objects import differences, reference_objects, schema_objects
from complaintdesk.store.sqlite_file import (
    COMPANIONS,
    REVISIONS,
    copy_database,
    head_revision,
    open_to_read,
    probe_sqlite_file,
    timestamped_backup_path,
)

# How long the restore waits for a desk's transaction in progress before it says the office is open.
HOLD_WAIT_SECONDS = 5.0
DIFFERENCES_SHOWN = 6
IDENTITY_REVISION = "0009"  # migration 0009 gave every office its office.uuid


@dataclass(frozen=True)
class OfficeName:
    """Who a database belongs to: ``office.uuid`` (None before migration 0009) and ``office.name``."""

    uuid: str | None
    name: str | None

    def label(self) -> str:
        return self.name or msg.UNNAMED_OFFICE().zh


@dataclass(frozen=True)
class Candidate:
    revision: str
    office: OfficeName


@dataclass(frozen=True)
class Live:
    exists: bool
    readable: bool = True
    office: OfficeName | None = None


# --- reading a file without trusting it ---------------------------------------------------------------


def _json_text(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    return decoded if isinstance(decoded, str) else str(decoded)


def office_of(conn: sqlite3.Connection) -> OfficeName:
    values = dict(conn.execute("SELECT key, value FROM setting WHERE key IN ('office.uuid', 'office.name')"))
    return OfficeName(_json_text(values.get("office.uuid")), _json_text(values.get("office.name")) or None)


def _sqlite_failure(exc: sqlite3.Error, path: Path) -> StoreError:
    if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
        return NotComplaintDeskDatabase(store_msg.NOT_SQLITE, path=path)
    return DatabaseDamaged(msg.BACKUP_DAMAGED, reason=str(exc))


def _revision(conn: sqlite3.Connection, shown: Path) -> str:
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "alembic_version" not in tables:
        raise NotComplaintDeskDatabase(msg.BACKUP_EMPTY if not tables else store_msg.NOT_OURS, path=shown)
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None:
        raise NotComplaintDeskDatabase(msg.BACKUP_EMPTY, path=shown)
    if row[0] not in known_revisions():
        raise SchemaTooNew(msg.BACKUP_TOO_NEW, revision=row[0])
    return row[0]


def _identified(office: OfficeName, revision: str) -> OfficeName:
    """A file of schema 0009 or later names its office (that migration writes ``office.uuid``): one that does
    not, or not as a UUID, was edited — perhaps to pass another office's data off as this one's."""
    if REVISIONS.index(revision) < REVISIONS.index(IDENTITY_REVISION):
        return office
    try:
        return OfficeName(str(uuid.UUID(office.uuid or "")), office.name)
    except ValueError:
        raise StoreError(msg.BACKUP_NO_IDENTITY, value=repr(office.uuid)) from None


def check_copy(copy: Path, shown: Path) -> Candidate:
    """A copy of a backup, checked: intact, a known revision, exactly that revision's schema objects."""
    try:
        conn = open_to_read(copy)
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise DatabaseDamaged(msg.BACKUP_DAMAGED, reason="; ".join(result[:3]))
            revision = _revision(conn, shown)
            found = differences(schema_objects(conn), reference_objects(revision))
            if found:
                more = f" … (+{len(found) - DIFFERENCES_SHOWN})" if len(found) > DIFFERENCES_SHOWN else ""
                raise StoreError(msg.BACKUP_SCHEMA_ALTERED, revision=revision,
                                 objects=", ".join(found[:DIFFERENCES_SHOWN]) + more)
            return Candidate(revision, _identified(office_of(conn), revision))
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise _sqlite_failure(exc, shown) from exc


def _copy_backup(source: Path, copy: Path) -> Path:
    try:
        return copy_database(source, copy, replace=False)
    except sqlite3.Error as exc:
        raise _sqlite_failure(exc, source) from exc


def verify_backup_file(path: Path) -> str:
    """The backup's schema revision, after checking a copy of it in a temporary folder (see ``check_copy``)."""
    path = path.expanduser().resolve()
    if not path.is_file():
        raise StoreError(msg.BACKUP_NOT_FOUND, path=path)
    with tempfile.TemporaryDirectory(prefix="complaintdesk-check-") as folder:
        return check_copy(_copy_backup(path, Path(folder) / "backup.sqlite"), path).revision


# --- the live office --------------------------------------------------------------------------------------


def _live(dest: Path, set_aside_unreadable: bool) -> Live:
    if not dest.exists() or dest.stat().st_size == 0:
        return Live(exists=False)
    try:
        revision = probe_sqlite_file(dest)  # never silently replace a file that is not ours
    except (NotComplaintDeskDatabase, DatabaseDamaged, SchemaTooNew):
        if not set_aside_unreadable:
            raise
        return Live(exists=True, readable=False)
    if revision is None:
        return Live(exists=True)
    conn = open_to_read(dest)
    try:
        return Live(exists=True, office=office_of(conn))
    finally:
        conn.close()


def _same_office(candidate: Candidate, live: Live, other_office: bool) -> None:
    ours = live.office
    if other_office or ours is None or ours.uuid is None or candidate.office.uuid is None:
        return  # an office older than its identity (0009) can be told from no other
    if candidate.office.uuid != ours.uuid:
        raise OtherOffice(msg.BACKUP_OTHER_OFFICE, backup_name=candidate.office.label(),
                          backup_uuid=candidate.office.uuid, office_name=ours.label(), office_uuid=ours.uuid)


@contextmanager
def _office_closed(dest: Path, live: Live) -> Iterator[sqlite3.Connection | None]:
    """The live office closed everywhere and locked by this process while the block runs; as it was
    (WAL again) if the block fails.

    Leaving WAL mode needs every other connection closed (SQLite refuses it otherwise): that is how a
    desk still open is found. In rollback mode a connection in exclusive locking mode keeps its lock
    after a transaction: no desk can open the office until the new file is in its place.
    """
    if not live.exists or not live.readable:
        yield None
        return
    conn = sqlite3.connect(dest, timeout=HOLD_WAIT_SECONDS, isolation_level=None)
    try:
        try:
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            raise StoreError(msg.OFFICE_OPEN_ELSEWHERE, path=dest) from exc
        if mode.lower() != "delete":
            raise StoreError(msg.OFFICE_OPEN_ELSEWHERE, path=dest)
        yield conn
    except BaseException:
        conn.close()
        _back_to_wal(dest)
        raise
    conn.close()


def _back_to_wal(dest: Path) -> None:
    try:
        conn = sqlite3.connect(dest, timeout=HOLD_WAIT_SECONDS)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
    except sqlite3.Error:
        pass  # the next opening switches it, as it does for every connection


# --- the copy: upgraded, verified, recorded -------------------------------------------------------------


def _database(path: Path) -> Database:
    return Database(DatabaseTarget(f"sqlite:///{path}", path))


def _verify_history(copy: Path, office: str) -> bytes | None:
    """The copy's history verified under this desk's key of ``office``; that key (None: the history is not
    sealed and this desk holds no key of the office).

    INTEGRATION (issue 15, h1_anchors): the single verification of a history is ``services.audit.verify``.
    Its anchor findings are left out here — a restore goes back in time on purpose, and the anchors then
    start again from the restored history (``_anchor_restored``); any other finding (chain, seal, a key
    this desk lacks, a document not as issued, a table changed without an event) refuses the backup.
    """
    key = history_key.load_key(office)
    db = _database(copy)
    try:
        report = audit.verify(db, Desk(office, key, (), None))
    finally:
        db.dispose()
    found = [finding for finding in report.findings if finding.kind != audit.ANCHOR]
    if found:
        raise StoreError(msg.BACKUP_HISTORY_BROKEN, finding=found[0].text)  # it names the event
    return key


def _key_to_record(office: str, key: bytes | None, live: Live) -> tuple[bytes, bool]:
    """The key that seals the restore's event, and whether it was made now (forgotten if the restore fails).
    A desk without the key of an office it already holds may not write to it; a new office here gets one,
    as its first opening would give it."""
    if key is not None:
        return key, False
    if live.office is not None and live.office.uuid == office:
        raise HistoryKeyMissing(office=office)
    return history_key.create_key(office)


def _record(copy: Path, actor: Actor, desk: Desk, summary: str, changes: dict, adopt: str | None) -> None:
    db = _database(copy)
    try:
        # The desk without anchor files: the anchors are written once the copy is the office (_anchor_restored).
        history.install(db.write_sessions, desk)
        with db.write() as session:
            if adopt is not None:  # a backup older than the office's identity takes this office's
                session.execute(select(Setting).where(Setting.key == "office.uuid")).scalar_one().value = \
                    json.dumps(adopt)
            history.record(session, actor, entity="database", entity_id=None, action="restored", summary=summary,
                           changes=changes)
    finally:
        db.dispose()


def _anchor_restored(dest: Path, desk: Desk) -> None:
    """INTEGRATION (issue 15, h1_anchors): the anchors beside the office and in this computer's data folder
    start again from the restored history (its sealed restore event supersedes the older ones)."""
    office_desk = Desk(desk.office, desk.key, anchors.anchor_files(desk.office, dest), anchors.beside(dest))
    conn = open_to_read(dest)
    try:
        pending = anchors.prepare(office_desk, anchors.SqliteChainReader(conn), rollback=True)
    finally:
        conn.close()
    anchors.publish(pending)


def _replaced_head(dest: Path) -> str | None:
    try:  # the head the restore replaces, as its anchor recorded it: named in the restore's event
        replaced = anchors.read_anchor(anchors.beside(dest))
    except anchors.AnchorUnreadable:
        return None
    return replaced.short() if replaced else None


# --- the swap -------------------------------------------------------------------------------------------


def _discard(path: Path) -> None:
    for name in (path.name, *(path.name + suffix for suffix in COMPANIONS)):
        path.with_name(name).unlink(missing_ok=True)


def _closed_copy(copy: Path) -> None:
    """The copy complete in its one file and on the disk before it is renamed."""
    for suffix in COMPANIONS:
        if copy.with_name(copy.name + suffix).exists():
            raise StoreError(msg.BACKUP_FAILED, reason=f"{copy.name}{suffix} left open")
    fsync_file(copy)


def _keep_live(dest: Path, held: sqlite3.Connection | None, live: Live) -> Path | None:
    """The office as it was, in ``backups/`` (copied under the lock; moved aside as it is when unreadable)."""
    if held is not None:
        safety = copy_database(held, timestamped_backup_path(dest, "before-restore"))
        anchors.write_manifest(dest, safety)
        return safety
    if live.exists and not live.readable:
        return set_aside(dest)
    if any(dest.with_name(dest.name + suffix).exists() for suffix in COMPANIONS):
        return set_aside(dest)  # a -wal left without its file would be replayed into the restored one
    return None


def set_aside(db_path: Path) -> Path:
    """Move an unreadable or foreign database file (with its -wal/-shm) into ``backups/``, untouched.

    A stale -wal left next to a new file would be replayed into it, so the companions go too.
    """
    kept = timestamped_backup_path(db_path, "set-aside").with_suffix(db_path.suffix or ".sqlite")
    for suffix in COMPANIONS:
        companion = db_path.with_name(db_path.name + suffix)
        if companion.exists():
            companion.replace(kept.with_name(kept.name + suffix))
    if db_path.exists():
        db_path.replace(kept)
    return kept


def _put_in_place(copy: Path, dest: Path, held: sqlite3.Connection | None, kept: Path | None) -> None:
    """The copy renamed over the office file; if that fails, the office's files as they were (the copy of
    the office in ``backups/`` removed, a file set aside moved back)."""
    try:
        if held is not None and os.name == "nt":
            held.close()  # Windows renames no file that is open; the lock ends a moment early there
        os.replace(copy, dest)
    except BaseException:
        if kept is not None and held is not None:
            for path in (kept, anchors.manifest_path(kept)):
                path.unlink(missing_ok=True)
        elif kept is not None:
            _move_back(kept, dest)
        raise
    fsync_dir(dest.parent)


def _move_back(kept: Path, dest: Path) -> None:
    for suffix in COMPANIONS:
        companion = kept.with_name(kept.name + suffix)
        if companion.exists():
            companion.replace(dest.with_name(dest.name + suffix))
    if kept.exists():
        kept.replace(dest)


# --- all of it ------------------------------------------------------------------------------------------


def restore(target: DatabaseTarget, source: Path, *, set_aside_unreadable: bool = False,
            other_office: bool = False, actor: Actor = SYSTEM) -> Path | None:
    """Replace the office's SQLite database with a checked copy of ``source``; the office as it was is kept
    in ``backups/``, whose path is returned (None when there was no office file).

    A current file that is damaged or not a ComplaintDesk database is refused, unless
    ``set_aside_unreadable`` (the user chose to restore over it): it is then moved into ``backups/`` as it is.
    """
    dest = target.sqlite_path
    source = source.expanduser().resolve()
    if not source.is_file():
        raise StoreError(msg.BACKUP_NOT_FOUND, path=source)
    if source == dest.resolve():
        raise StoreError(msg.RESTORE_ONTO_ITSELF)
    live = _live(dest, set_aside_unreadable)
    copy = temporary_name(dest, "restore")
    created_key = None
    try:
        candidate = check_copy(_copy_backup(source, copy), source)
        _same_office(candidate, live, other_office)
        if candidate.revision != head_revision():
            migrate_file(copy)
        adopt = live.office.uuid if candidate.office.uuid is None and live.office and live.office.uuid else None
        with _open_copy(copy) as conn:
            office = adopt or office_of(conn).uuid
        key, made = _key_to_record(office, _verify_history(copy, office), live)
        created_key = office if made else None
        desk = Desk(office, key, (), None)
        with _office_closed(dest, live) as held:
            _record(copy, actor, desk, _summary(source, candidate, live, other_office),
                    _changes(dest, candidate, live, adopt), adopt)
            _closed_copy(copy)
            kept = _keep_live(dest, held, live)
            _put_in_place(copy, dest, held, kept)
    except BaseException:
        _discard(copy)
        if created_key is not None:
            history_key.forget_key(created_key)
        raise
    _anchor_restored(dest, desk)
    return kept if kept is not None and kept.exists() else None  # only stray companions were set aside


@contextmanager
def _open_copy(copy: Path) -> Iterator[sqlite3.Connection]:
    conn = open_to_read(copy)
    try:
        yield conn
    finally:
        conn.close()


def _summary(source: Path, candidate: Candidate, live: Live, other_office: bool) -> str:
    summary = f"从备份恢复：{source.name}"
    ours = live.office
    if other_office and ours is not None and candidate.office.uuid not in (None, ours.uuid):
        summary += f"（另一单位的数据库：{candidate.office.label()}，{candidate.office.uuid}）"
    return summary


def _changes(dest: Path, candidate: Candidate, live: Live, adopt: str | None) -> dict:
    changes: dict = {"replaced_head": (_replaced_head(dest), None), "backup_revision": (None, candidate.revision)}
    ours = live.office
    if ours is not None and ours.uuid is not None and candidate.office.uuid not in (None, ours.uuid):
        changes["office.uuid"] = (ours.uuid, candidate.office.uuid)
    if adopt is not None:
        changes["office.uuid"] = (None, adopt)
    return changes
