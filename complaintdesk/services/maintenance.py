"""Administrator's maintenance: first set-up, integrity check, backup and restore."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, inspect, select, text

from complaintdesk.config import DatabaseTarget, backup_dir_for
from complaintdesk.domain.vocabulary import Role
from complaintdesk.messages import Message
from complaintdesk.messages import maintenance as msg
from complaintdesk.security import generate_password
from complaintdesk.services import case_index, history
from complaintdesk.services.actor import SYSTEM, actor_of
from complaintdesk.services.office import Office
from complaintdesk.services.reference import get_settings
from complaintdesk.services.settings import check_office_changes, office_identity_gaps, write_office_values
from complaintdesk.services.users import create_user
from complaintdesk.store.migrate import (
    DatabaseDamaged,
    NotComplaintDeskDatabase,
    SchemaTooNew,
    StoreError,
    backup_sqlite,
    known_revisions,
    probe_sqlite_file,
    timestamped_backup_path,
)
from complaintdesk.store.models import Base, User


@dataclass(frozen=True)
class InitResult:
    location: str
    backup_taken: Path | None
    admin_created: str | None
    generated_password: str | None  # shown once when none was given and no terminal could ask
    identity_changed: tuple[str, ...] = ()  # the office identity fields this init wrote
    identity_gaps: tuple[str, ...] = ()  # identity fields still empty or placeholders: nothing can be issued


def init_office(target: DatabaseTarget, *, admin_username: str = "admin", admin_name: str = "管理员",
                admin_password: str | None = None, generate_if_missing: bool = True,
                identity: Mapping[str, str] | None = None) -> InitResult:
    """Create or upgrade the database, its first administrator (unless one exists) and, from
    ``identity`` (``settings.IDENTITY_FIELDS`` names → text), the office's identity: one transaction,
    every value checked by the Settings rules (ValidationError) and recorded in the history."""
    office = Office.open(target)
    try:
        with office.db.write() as session:
            has_admin = session.execute(
                select(User.id).where(User.role == Role.ADMIN.value)).first() is not None
            created = generated = None
            actor = SYSTEM
            if not has_admin:
                password = admin_password
                if password is None and generate_if_missing:
                    password = generated = generate_password()
                actor = actor_of(create_user(session, SYSTEM, username=admin_username, display_name=admin_name,
                                             role=Role.ADMIN.value, password=password))
                created = admin_username
            changed = write_office_values(session, actor, check_office_changes(session, identity or {}))
            session.flush()
            gaps = office_identity_gaps(get_settings(session))
        return InitResult(office.location, office.backup_taken, created, generated, tuple(changed), gaps)
    finally:
        office.close()


def identity_gaps(target: DatabaseTarget) -> tuple[str, ...]:
    """The office's identity fields still empty or placeholders (the database is created if need be)."""
    office = Office.open(target, daily_backup=False)
    try:
        return office.settings.identity_gaps()
    finally:
        office.close()


def table_counts(office: Office) -> dict[str, int]:
    counts = {}
    with office.db.read() as session:
        present = set(inspect(session.connection()).get_table_names())
        for table in Base.metadata.sorted_tables:
            if table.name in present:
                counts[table.name] = session.execute(select(func.count()).select_from(table)).scalar_one()
    return counts


@dataclass
class CheckReport:
    location: str
    schema: str | None
    integrity: list[str] = field(default_factory=list)  # empty = fine
    foreign_keys: list[str] = field(default_factory=list)
    events_checked: int = 0
    chain_break: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    stale_cases: list[int] = field(default_factory=list)  # copied list/dashboard columns out of step

    @property
    def ok(self) -> bool:
        return not self.integrity and not self.foreign_keys and self.chain_break is None and not self.stale_cases


def check(office: Office) -> CheckReport:
    """Integrity check (SQLite), foreign keys, the history chain, and row counts."""
    with office.db.read() as session:
        schema = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    report = CheckReport(office.location, schema)
    if office.db.dialect == "sqlite":
        with office.db.engine.connect() as conn:
            result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            report.integrity = [] if result == ["ok"] else result
            report.foreign_keys = [" ".join(str(c) for c in r) for r in conn.exec_driver_sql("PRAGMA foreign_key_check")]
    with office.db.read() as session:
        report.events_checked, broken = history.verify_chain(session)
    if broken is not None:
        report.chain_break = f"#{broken.event_id}: {broken.reason}"
    report.counts = table_counts(office)
    with office.db.read() as session:
        report.stale_cases = case_index.stale_cases(session)
    return report


def refresh_copies(office: Office) -> int:
    """Recompute every case's copied columns (after a write that bypassed the services); the
    number of cases that were out of step."""
    with office.db.read() as session:
        stale = len(case_index.stale_cases(session))
    with office.db.write() as session:
        case_index.refresh(session)
    return stale


def _require_sqlite(target: DatabaseTarget, what: Message) -> Path:
    if target.sqlite_path is None:
        raise StoreError(msg.POSTGRES_TOOLS, what=what)
    return target.sqlite_path


def backup(target: DatabaseTarget, dest: Path) -> Path:
    """Consistent copy of the live SQLite database (other desks may keep working)."""
    source = _require_sqlite(target, msg.BACK_UP)
    probe_sqlite_file(source)
    if not source.exists():
        raise StoreError(msg.NO_DATABASE_FILE, path=source)
    dest = dest.expanduser().resolve()
    if dest == source:
        raise StoreError(msg.BACKUP_IS_DATABASE)
    if dest.exists():
        raise StoreError(msg.BACKUP_EXISTS, path=dest)
    try:
        return backup_sqlite(source, dest)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(msg.BACKUP_FAILED, reason=str(exc)) from exc


@dataclass(frozen=True)
class BackupFile:
    path: Path
    modified: datetime  # local time, as the file system says
    size: int


def list_backups(db_path: Path) -> list[BackupFile]:
    """The backup copies kept next to a SQLite database (``backups/``), newest first.

    Files set aside because they could not be read are not offered (they are not backups).
    """
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite"):
        if "-set-aside" in path.stem or not path.is_file():
            continue
        stat = path.stat()
        found.append(BackupFile(path, datetime.fromtimestamp(stat.st_mtime), stat.st_size))
    return sorted(found, key=lambda b: (b.modified, b.path.name), reverse=True)


def verify_backup_file(path: Path) -> str:
    """The backup's schema revision, after checking it is an intact ComplaintDesk database."""
    if not path.is_file():
        raise StoreError(msg.BACKUP_NOT_FOUND, path=path)
    revision = probe_sqlite_file(path)
    if revision is None:
        raise NotComplaintDeskDatabase(msg.BACKUP_EMPTY, path=path)
    if revision not in known_revisions():
        raise SchemaTooNew(msg.BACKUP_TOO_NEW, revision=revision)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(msg.BACKUP_DAMAGED, reason=str(exc)) from exc
    finally:
        conn.close()
    if result != ["ok"]:
        raise DatabaseDamaged(msg.BACKUP_DAMAGED, reason="; ".join(result[:3]))
    return revision


def set_aside(db_path: Path) -> Path:
    """Move an unreadable or foreign database file (with its -wal/-shm) into ``backups/``, untouched.

    A stale -wal left next to a new file would be replayed into it, so the companions go too.
    """
    kept = timestamped_backup_path(db_path, "set-aside").with_suffix(db_path.suffix or ".sqlite")
    kept.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = db_path.with_name(db_path.name + suffix)
        if companion.exists():
            companion.replace(kept.with_name(kept.name + suffix))
    db_path.replace(kept)
    return kept


def restore(target: DatabaseTarget, source: Path, *, set_aside_unreadable: bool = False) -> Path | None:
    """Replace the database with a verified backup; the current file is backed up first.

    Returns the safety backup of the replaced database (None when there was none). A current file
    that is damaged or not a ComplaintDesk database is refused, unless ``set_aside_unreadable``
    (the user chose to restore over it): it is then moved into ``backups/`` as it is.
    """
    dest = _require_sqlite(target, msg.RESTORE)
    source = source.expanduser().resolve()
    verify_backup_file(source)
    if source == dest:
        raise StoreError(msg.RESTORE_ONTO_ITSELF)
    safety = None
    if dest.exists() and dest.stat().st_size > 0:
        try:
            probe_sqlite_file(dest)  # never silently replace a file that is not ours
        except (NotComplaintDeskDatabase, DatabaseDamaged, SchemaTooNew):
            if not set_aside_unreadable:
                raise
            safety = set_aside(dest)
        else:
            safety = backup_sqlite(dest, timestamped_backup_path(dest, "before-restore"))
    dest.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(dest, timeout=15)
        try:
            # The backup API writes through SQLite's locks, so the WAL and other desks stay consistent.
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    os.utime(dest)
    office = Office.open(target)  # upgrades an older backup to the current schema
    try:
        with office.db.write() as session:
            history.record(session, SYSTEM, entity="database", entity_id=None, action="restored",
                           summary=f"从备份恢复：{source.name}")
    finally:
        office.close()
    return safety
