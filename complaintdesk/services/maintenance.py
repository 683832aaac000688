"""Administrator's maintenance: first set-up, integrity check, backup and restore."""

from __future__ import annotations

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
from complaintdesk.messages import replay as replay_msg
from complaintdesk.security import generate_password
from complaintdesk.services import anchors, audit, case_index, history
from complaintdesk.services import restore as restore_module
from complaintdesk.services.actor import SYSTEM, Actor
from complaintdesk.services.audit import AuditReport
from complaintdesk.services.office import Office
from complaintdesk.services.reference import get_settings
from complaintdesk.services.replay import Replay, replay
from complaintdesk.services.settings import check_office_changes, office_identity_gaps, write_office_values
from complaintdesk.services.users import create_user
from complaintdesk.store import figures, search_index
from complaintdesk.store.migrate import StoreError, probe_sqlite_file
from complaintdesk.store.models import Base, User
from complaintdesk.store.sqlite_file import copy_database


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
                identity: Mapping[str, str] | None = None, actor: Actor = SYSTEM) -> InitResult:
    """Create or upgrade the database, its first administrator (unless one exists) and, from
    ``identity`` (``settings.IDENTITY_FIELDS`` names → text), the office's identity: one transaction,
    every value checked by the Settings rules (ValidationError) and recorded in the history in ``actor``'s
    name (the command line's maintenance: whoever ran it, not the new administrator). The administrator's
    password is a one-time one: it is replaced at the first sign-in."""
    office = Office.open(target, actor=actor)
    try:
        with office.db.write() as session:
            has_admin = session.execute(
                select(User.id).where(User.role == Role.ADMIN.value)).first() is not None
            created = generated = None
            if not has_admin:
                password = admin_password
                if password is None and generate_if_missing:
                    password = generated = generate_password()
                create_user(session, actor, username=admin_username, display_name=admin_name,
                            role=Role.ADMIN.value, password=password, one_time=True)
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
    stale_figures: dict[str, int] = field(default_factory=dict)  # summed figure table → rows out of step
    replay: Replay | None = None  # the history replayed against the tables (services.replay)
    # The chain, seals, anchors and documents (services.audit); chain_break is its first chain or seal finding.
    audit: AuditReport | None = None

    @property
    def ok(self) -> bool:
        return (not self.integrity and not self.foreign_keys and self.chain_break is None and not self.stale_cases
                and not self.stale_figures and not (self.replay and self.replay.findings) and not (self.audit and self.audit.findings))


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
    # The chain, the seals, the anchors and the documents (services.audit), streamed.
    report.audit = audit.verify(office.db, office.desk)
    report.events_checked = report.audit.events_checked
    broken = next((f for f in report.audit.findings if f.kind in (audit.CHAIN, audit.SEAL)), None)
    if broken is not None:
        report.chain_break = f"#{broken.subject.removeprefix('event #')}: {broken.text}"
    report.counts = table_counts(office)
    with office.db.read() as session:
        report.stale_cases = case_index.stale_cases(session)
        # the summed figures (migration 0012) and, on PostgreSQL, the search's counts (migration 0014)
        report.stale_figures = {**figures.differences(session.connection()),
                                **search_index.count_differences(session.connection())}
    with office.db.read() as session:
        report.replay = replay(session)
    return report


def refresh_copies(office: Office) -> int:
    """Recompute every case's copied columns (after a write that bypassed the services); the
    number of cases that were out of step. Each such case gets an event with what was rewritten
    (stored → recomputed), done by the office's actor: the evidence of the bypassing write stays."""
    with office.db.write() as session:
        stale = case_index.stale_copies(session)
        case_index.refresh(session)
        history.record_many(session, office.actor, [
            history.PendingEvent("case", case_id, "copies_refreshed", replay_msg.COPIES_REFRESHED().zh, changes,
                                 case_id) for case_id, changes in sorted(stale.items())])
    return len(stale)


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
        # Written under a unique name beside ``dest``, then renamed: a backup killed half-way leaves no
        # file (and no -journal) under the name asked for.
        made = copy_database(source, dest, replace=False)
    except FileExistsError as exc:
        raise StoreError(msg.BACKUP_EXISTS, path=dest) from exc
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(msg.BACKUP_FAILED, reason=str(exc)) from exc
    anchors.write_manifest(source, made)  # <backup>.manifest.json: the office's anchor, kept with the copy
    return made


def manifest_of(backup_path: Path) -> Path:
    """Where a backup's manifest lies (``<backup>.manifest.json``: the office's anchor when it was made)."""
    return anchors.manifest_path(backup_path)


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
    """The backup's schema revision, after checking a copy of it (``services.restore.check_copy``)."""
    return restore_module.verify_backup_file(path)


set_aside = restore_module.set_aside


def restore(target: DatabaseTarget, source: Path, *, set_aside_unreadable: bool = False,
            other_office: bool = False, actor: Actor = SYSTEM) -> Path | None:
    """Replace the database with a checked copy of a backup (``services.restore``); the office as it was is
    kept in ``backups/``, whose path is returned (None when there was none)."""
    _require_sqlite(target, msg.RESTORE)
    return restore_module.restore(target, source, set_aside_unreadable=set_aside_unreadable,
                                  other_office=other_office, actor=actor)
