"""The office for one command-line letter without SQLAlchemy: opened over a plain connection (``sqlite3``,
or psycopg through ``store.pg_plain``), its transactions, the sign-in and the history's events.

``services.quick_letter`` (whose docstring says what the quick path is and when it steps aside) builds the
letter on it. This part needs neither the letter's code nor ReportLab, so the command line signs in —
scrypt, ≈ 0.1 s without the interpreter's lock — while that code is imported beside it (``cli``).
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from complaintdesk import clock
from complaintdesk.config import DatabaseTarget
from complaintdesk.domain.vocabulary import Role
from complaintdesk.services.actor import SYSTEM, Actor
from complaintdesk.services.anchors import (
    PendingAnchor,
    SqliteChainReader,
    anchor_files,
    beside,
    prepare,
    publish,
    write_manifest,
)
from complaintdesk.services.event_chain import CHAIN_LOCK, GENESIS, encode_changes, event_digest
from complaintdesk.services.history_key import Desk, HistoryKeyMissing, load_key, office_id
from complaintdesk.services.login_rules import Account, LoginFailed, decide, plausible_name
from complaintdesk.services.rule_book import calendar_of, default_settings
from complaintdesk.store.plain_rows import Record, fetch, stored_time
from complaintdesk.store.sqlite_file import (
    check_sqlite_location,
    connect,
    ensure_daily_backup,
    head_revision,
    probe_sqlite_file,
)

if TYPE_CHECKING:
    from complaintdesk.domain.calendar import WorkCalendar
    from complaintdesk.services.quick_letter import QuickDocuments
    from complaintdesk.store.pg_plain import PlainPg

    Plain = sqlite3.Connection | PlainPg

DAILY_BACKUPS_KEPT = 14  # as services.office


# --- opening ------------------------------------------------------------------------------------------------


def _needs_seeding(db: Plain) -> bool:
    """Whether ``reference.seed_defaults`` would write anything (then the ORM opens the office)."""
    for table in ("calendar_year", "lpr_rate", "procedure_step"):
        if db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0:
            return True
    existing = {k for (k,) in db.execute("SELECT key FROM setting")}
    return any(key not in existing for key in default_settings())


def load_calendar(db: Plain) -> WorkCalendar:
    """``reference.load_calendar`` over a plain connection: the office's working-day calendar."""
    days = [(d.day, d.kind, d.name) for d in fetch(db, "calendar_day", "SELECT day, kind, name FROM calendar_day")]
    return calendar_of(days, [year for (year,) in db.execute("SELECT year FROM calendar_year")])


def _desk_actor(db: Plain) -> Actor:
    """``users.desk_user``: the first active administrator, else the system (never an account picked by
    the environment: the command line names its actor, or signs one in with ``QuickOffice.sign_in``)."""
    row = db.execute("SELECT id, username, display_name, role FROM user_account WHERE role = ? AND active = ? "
                     "ORDER BY id", (Role.ADMIN.value, True)).fetchone()
    return Actor(user_id=row[0], username=row[1], display_name=row[2], role=row[3]) if row else SYSTEM


def open_quick(target: DatabaseTarget, *, actor: Actor | None = None, daily_backup: bool = True,
               today: Callable[[], date] = clock.today, any_thread: bool = False) -> QuickOffice | None:
    """The office for one letter without SQLAlchemy, acting as ``actor`` (None: as ``Office.open`` would),
    or None where ``Office.open`` has more to do (a new or empty database, a schema to upgrade, reference
    data to seed, a history to seal, a URL of another driver). Raises what it raises for a location that
    cannot be used, a server that cannot be reached or a file that is not an office's. ``any_thread``: its
    SQLite connection may be used by another thread than this one (one at a time)."""
    path = target.sqlite_path
    if path is None:
        return _open_quick_pg(target, actor, today)
    if not path.exists() or path.stat().st_size == 0:
        return None
    check_sqlite_location(path)
    if probe_sqlite_file(path) != head_revision():
        return None  # to upgrade (after a backup), or refused as too new: the ORM path does both
    if daily_backup and (made := ensure_daily_backup(path, keep=DAILY_BACKUPS_KEPT)) is not None:
        write_manifest(path, made)  # as Office.open: the office's anchor goes with the copy
    db = connect(path, any_thread=any_thread)
    try:
        with transaction(db, "IMMEDIATE"):  # as Office.open's seeding transaction
            # A history no key has sealed yet is sealed by Office.open (services.history.open_desk).
            # … and one without the replay's baseline gets it from Office.open (replay.ensure_baseline).
            seeded = not _needs_seeding(db) and _sealed(db) and _has_baseline(db)
            if seeded and actor is None:
                actor = _desk_actor(db)
            desk = _desk(db, path) if seeded else None
    except BaseException:
        db.close()
        raise
    if not seeded:
        db.close()
        return None
    _CHAINS[id(db)] = _Chain(desk, db)
    return QuickOffice(db, actor, today)


def _sealed(db: Plain) -> bool:
    """Whether the newest event carries a seal (``history.open_desk`` has nothing to seal)."""
    row = db.execute("SELECT mac FROM event ORDER BY id DESC LIMIT 1").fetchone()
    return row is not None and row[0] is not None


def _has_baseline(db: Plain) -> bool:
    """Whether the history holds the replay's baseline (else ``replay.ensure_baseline`` would write it)."""
    return db.execute("SELECT 1 FROM event WHERE case_id IS NULL AND entity = 'office' AND action = ? LIMIT 1",
                      (BASELINE_ACTION,)).fetchone() is not None


def _desk(db: Plain, path) -> Desk:
    """``history.open_desk`` for a sealed office: its identity, this desk's key, the anchors' files."""
    row = db.execute("SELECT value FROM setting WHERE key = 'office.uuid'").fetchone()
    return _desk_of(row[0] if row else None, path)


def _desk_of(uuid_setting: str | None, path) -> Desk:
    try:
        value = json.loads(uuid_setting) if uuid_setting is not None else None
    except ValueError:
        value = uuid_setting
    office = office_id(value)
    return Desk(office, load_key(office), anchor_files(office, path), beside(path) if path is not None else None)


# replay_rules.BASELINE_ACTION (which imports SQLAlchemy; the test holds them equal).
BASELINE_ACTION = "replay_baseline"

# What opening a PostgreSQL office reads, in one statement: its revision; whether reference.seed_defaults
# would write (reference tables empty, settings missing); whether the newest event is sealed (else
# history.open_desk seals); whether replay.ensure_baseline would write; the office's identity.
PG_START_SQL = (
    "SELECT (SELECT version_num FROM alembic_version), "
    "EXISTS (SELECT 1 FROM calendar_year) AND EXISTS (SELECT 1 FROM lpr_rate) AND EXISTS (SELECT 1 FROM "
    "procedure_step) AND (SELECT count(DISTINCT key) FROM setting WHERE key = ANY(?)) = ?, "
    "coalesce((SELECT mac IS NOT NULL FROM event ORDER BY id DESC LIMIT 1), false), "
    "EXISTS (SELECT 1 FROM event WHERE case_id IS NULL AND entity = 'office' AND action = ?), "
    "(SELECT value FROM setting WHERE key = 'office.uuid')"
)


def _open_quick_pg(target: DatabaseTarget, actor: Actor | None, today: Callable[[], date]) -> QuickOffice | None:
    """``open_quick`` for a PostgreSQL office: None for another driver's URL, a database without our schema
    (a new one: Office.open creates it) or one where Office.open has more to do, as for SQLite."""
    from complaintdesk.store import pg_plain  # psycopg (≈ 0.1 s): only for an office on PostgreSQL

    params = pg_plain.connect_params(target.url)
    if params is None:
        return None
    db = pg_plain.connect(params)
    try:
        defaults = list(default_settings())
        try:  # one statement, atomic by itself: no BEGIN, one round trip
            revision, seeded, sealed, baseline, uuid_setting = db.execute(
                PG_START_SQL, (defaults, len(defaults), BASELINE_ACTION)).fetchone()
        except db.ProgrammingError:  # a table missing: not an office of this schema, Office.open says what
            revision = seeded = sealed = baseline = uuid_setting = None
        if revision != head_revision() or not (seeded and sealed and baseline):
            db.close()
            return None
        if actor is None:
            actor = _desk_actor(db)
        desk = _desk_of(uuid_setting, None)
    except BaseException:
        db.close()
        raise
    _CHAINS[id(db)] = _Chain(desk, db)
    return QuickOffice(db, actor, today)


@dataclasses.dataclass
class _Chain:
    """This connection's office history (``history``'s session info, for a plain connection): the desk
    that seals its events, whether the open transaction appended any (then its head is anchored) and, on
    PostgreSQL, whether it holds the chain's lock."""

    desk: Desk
    db: Plain  # held, so that no other connection is made at its address (its id) while the entry lasts
    appended: bool = False
    locked: bool = False


# id(connection) → its chain, from open_quick to QuickOffice.close (a sqlite3 connection takes no
# attributes and no weak references); the chain holds its connection, so no other has that id meanwhile.
_CHAINS: dict[int, _Chain] = {}


def desk_of(db: Plain) -> Desk | None:
    """The desk whose key seals this connection's events (None: not opened by ``open_quick``)."""
    chain = _CHAINS.get(id(db))
    return chain.desk if chain is not None else None


def _anchor_before_commit(db: Plain) -> PendingAnchor | None:
    """``history``'s before-commit hook: the anchor of a transaction that appended events."""
    chain = _CHAINS.get(id(db))
    if chain is None or not chain.appended:
        return None
    chain.appended = False
    return prepare(chain.desk, SqliteChainReader(db))


def lock_chain(db: Plain) -> None:
    """``history._lock_chain``: on PostgreSQL, the chain's advisory lock, taken where the ORM's writes take it —
    before the event and the rows written with it (a letter's number is drawn before, as the ORM draws it:
    the same order of locks, so that a desk using either path never deadlocks with another). SQLite's writers
    hold the write lock since BEGIN IMMEDIATE. Once per transaction."""
    chain = _CHAINS.get(id(db))
    if isinstance(db, sqlite3.Connection) or (chain is not None and chain.locked):
        return
    db.execute(f"SELECT pg_advisory_xact_lock({CHAIN_LOCK})")
    if chain is not None:
        chain.locked = True


@contextmanager
def transaction(db: Plain, mode: str = "DEFERRED") -> Iterator[Plain]:
    """One transaction, as ``Database.read`` / ``write``: committed when the block ends (then the head of the
    events it appended is anchored), rolled back on any exception; ``IMMEDIATE`` for one that writes (on
    PostgreSQL a plain BEGIN, as the ORM's: its writes lock the chain with ``lock_chain``)."""
    db.execute(f"BEGIN {mode}" if isinstance(db, sqlite3.Connection) else "BEGIN")
    chain = _CHAINS.get(id(db))
    try:
        yield db
        pending = _anchor_before_commit(db)
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        if chain is not None:
            chain.appended = chain.locked = False
        raise
    if db.in_transaction:
        db.execute("COMMIT")
    if chain is not None:
        chain.locked = False
    publish(pending)  # after the commit, as history's after-commit hook


class QuickOffice:
    """What ``cmd_letter`` uses of an ``Office``: ``documents``, ``sign_in`` and ``close``."""

    def __init__(self, db: Plain, actor: Actor, today: Callable[[], date]):
        self.db = db
        self._today = today
        self.actor = actor
        self.password_change_pending: Actor | None = None

    @property
    def documents(self) -> QuickDocuments:
        """``DocumentService``'s part for the letter, acting as the office's actor now. Its module (the
        letter's data, checks and ReportLab) is imported when first asked for: a sign-in's password check
        (scrypt, which runs without the interpreter's lock) and that import can run side by side (cli)."""
        from complaintdesk.services.quick_letter import QuickDocuments

        return QuickDocuments(self.db, self.actor, self._today)

    def sign_in(self, username: str, password: str) -> Actor:
        """``Office.sign_in``: the same verdict (``login_rules.decide``), the same account row and event,
        written in one transaction taken at BEGIN IMMEDIATE; a one-time password leaves the actor as it
        was (``password_change_pending``)."""
        name = username.strip()
        with transaction(self.db, "IMMEDIATE"):
            rows = (fetch(self.db, "user_account", "SELECT * FROM user_account WHERE username = ?", (name,))
                    if plausible_name(name) else [])
            user = rows[0] if rows else None
            account = _account(user) if user is not None else None
            verdict = decide(account, password, clock.now())
            if verdict.event is not None:
                lock_chain(self.db)  # as the ORM's record(): before the account's row is written
            if verdict.changes:
                _update_account(self.db, user, verdict.changes)
            if verdict.event is not None:
                action, summary = verdict.event
                record_event(self.db, account.actor, entity="user", entity_id=account.user_id, case_id=None,
                             action=action, summary=summary, changes={})
        if verdict.refusal is not None:
            raise LoginFailed(verdict.refusal)
        if account.must_change_password:
            self.password_change_pending = account.actor
        else:
            self.actor, self.password_change_pending = account.actor, None
        return account.actor

    def close(self) -> None:
        _CHAINS.pop(id(self.db), None)
        self.db.close()


def _account(user: Record) -> Account:
    return Account(user_id=user.id, username=user.username, display_name=user.display_name, role=user.role,
                   active=user.active, password_hash=user.password_hash, failed_logins=user.failed_logins,
                   locked_until=user.locked_until, must_change_password=bool(user.must_change_password))


def _update_account(db: Plain, user: Record, changes: dict[str, Any]) -> None:
    """The ORM's versioned update of a ``User``: the columns whose value changes, the stamp, the version."""
    changed = {column: value for column, value in changes.items() if getattr(user, column) != value}
    if not changed:
        return
    stored = {column: stored_time(value) if isinstance(value, datetime) else value for column, value in changed.items()}
    stored["updated_at"], stored["version"] = stored_time(clock.now()), user.version + 1
    assignments = ", ".join(f"{column}=?" for column in stored)
    cursor = db.execute(f"UPDATE user_account SET {assignments} WHERE user_account.id = ? AND "
                        "user_account.version = ?", (*stored.values(), user.id, user.version))
    if cursor.rowcount != 1:  # impossible under the write lock (the ORM would raise StaleDataError)
        raise RuntimeError(f"user {user.id} changed under the write lock")


def record_event(db: Plain, actor: Actor, *, entity: str, entity_id: int | None, case_id: int | None, action: str,
                 summary: str, changes: dict[str, tuple[Any, Any]]) -> None:
    """``history.record``: the next event of the chain, sealed with the desk's key (refused without it)."""
    chain = _CHAINS.get(id(db))
    if chain is not None and chain.desk.key is None:
        raise HistoryKeyMissing(office=chain.desk.office)
    lock_chain(db)
    row = db.execute("SELECT event.hash FROM event ORDER BY event.id DESC LIMIT ? OFFSET ?", (1, 0)).fetchone()
    prev = (row[0] if row else None) or GENESIS
    when = clock.now()
    encoded = encode_changes(changes)
    digest = event_digest(prev, occurred_at=when, actor_id=actor.user_id, actor_name=actor.display_name,
                          entity=entity, entity_id=entity_id, case_id=case_id, action=action, summary=summary,
                          changes=encoded)
    db.execute(
        "INSERT INTO event (occurred_at, actor_id, actor_name, entity, entity_id, case_id, action, summary, "
        "changes, prev_hash, hash, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (stored_time(when), actor.user_id, actor.display_name, entity, entity_id, case_id, action, summary,
         encoded, prev, digest, chain.desk.seal(digest) if chain is not None else None))
    if chain is not None:
        chain.appended = True
