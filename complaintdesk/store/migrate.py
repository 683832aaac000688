"""Schema upgrades: look before touching, back up before upgrading, refuse what we do not know."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, inspect, text

from complaintdesk.errors import (  # UI-visible; importable from here as before
    DatabaseDamaged,
    NotComplaintDeskDatabase,
    SchemaTooNew,
    StoreError,
)
from complaintdesk.messages import store as msg
from complaintdesk.resources import shipped_dir
from complaintdesk.store.database import Database

# What needs no SQLAlchemy lives in store.sqlite_file (a letter from the command line opens the file
# without the ORM); importable from here as before.
from complaintdesk.store.sqlite_file import (
    REVISIONS,
    backup_sqlite,
    compact_if_sparse,
    ensure_daily_backup,
    head_revision,
    probe_sqlite_file,
    timestamped_backup_path,
)

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


def known_revisions() -> set[str]:
    return set(REVISIONS)


def script_revisions() -> tuple[set[str], str]:
    """What migrations/versions/ really holds (for the test that keeps REVISIONS honest)."""
    script = _script_directory()
    return {rev.revision for rev in script.walk_revisions()}, script.get_current_head()


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


@dataclass(frozen=True)
class Upgrade:
    """What ``upgrade_schema`` did: the backup taken first, and the revision an existing office had (None:
    nothing upgraded, or a new database)."""

    backup: Path | None = None
    upgraded_from: str | None = None


def upgrade_schema(db: Database) -> Upgrade:
    """Bring the schema to head, after a backup of a SQLite office with data.

    A database whose revision this version does not know (written by a newer ComplaintDesk) is
    refused before anything is written to it.
    """
    state = schema_state(db)
    if not state.known:
        raise SchemaTooNew(msg.SCHEMA_TOO_NEW, revision=state.current)
    if not state.needs_upgrade:
        return Upgrade()
    backup = None
    if db.target.sqlite_path is not None and state.current is not None:
        backup = backup_sqlite(db.target.sqlite_path, timestamped_backup_path(db.target.sqlite_path,
                                                                              f"before-{state.head}"))
    from alembic import command

    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    if db.target.sqlite_path is not None and state.current is not None:
        compact_if_sparse(db.target.sqlite_path)
    return Upgrade(backup, state.current)


def upgrade_to_head(db: Database) -> Path | None:
    """``upgrade_schema``, returning the backup taken first (SQLite with data), if any."""
    return upgrade_schema(db).backup


def migrate_file(path: Path, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` on a file only this process uses (a scratch file, a backup
    being restored next to the office): no look at what it holds first, no backup of it."""
    from alembic import command

    from complaintdesk.config import DatabaseTarget

    db = Database(DatabaseTarget(f"sqlite:///{path}", path))
    try:
        with db.engine.begin() as conn:
            command.upgrade(_alembic_config(conn), revision)
    finally:
        db.dispose()
    compact_if_sparse(path)


def downgrade(db: Database, revision: str) -> None:
    """For tests and emergencies: step the schema back (data in dropped tables is lost)."""
    from alembic import command

    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), revision)


__all__ = [
    "DatabaseDamaged", "NotComplaintDeskDatabase", "SchemaTooNew", "StoreError",
    "REVISIONS", "SchemaState", "backup_sqlite", "downgrade", "ensure_daily_backup", "head_revision",
    "known_revisions", "migrate_file", "probe_sqlite_file", "schema_state", "script_revisions", "timestamped_backup_path",
    "Upgrade", "upgrade_schema", "upgrade_to_head",
]
