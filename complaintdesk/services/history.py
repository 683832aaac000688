"""The official record: append-only events, each chained to the one before by SHA-256 and sealed with the
office's history key (``services.history_key``); the chain head is anchored outside the database after
every commit that appended events (``services.anchors``)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from complaintdesk.messages import history as msg
from complaintdesk.services import anchors, history_key
from complaintdesk.services.actor import SYSTEM, Actor
from complaintdesk.services.event_chain import CHAIN_LOCK, GENESIS, encode_changes, event_digest
from complaintdesk.services.history_key import Desk, HistoryKeyMissing
from complaintdesk.store.bulk import bulk_insert, bulk_rows
from complaintdesk.store.database import Database, listen_once
from complaintdesk.store.models import Event, Setting
from complaintdesk.store.types import utcnow

log = logging.getLogger(__name__)

# session.info of a write session: this desk's part in the history (``install``), and what the
# transaction did to it — read before the commit (the anchor is prepared) and after it (written).
DESK = "history.desk"
_APPENDED = "history.appended"
_ROLLBACK = "history.rollback"
_PENDING = "history.pending_anchor"

SEALED_ACTION = "history_sealed"  # the event that says the office's history was sealed, with the count
SEAL_BATCH = 5000


def _lock_chain(session: Session) -> None:
    # SQLite writers already hold the database write lock (BEGIN IMMEDIATE); PostgreSQL writers
    # take a transaction-scoped advisory lock so that events are chained one at a time.
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"SELECT pg_advisory_xact_lock({CHAIN_LOCK})"))


def _desk(session: Session) -> Desk | None:
    return session.info.get(DESK)


def sealer_of(session: Session):
    """How this session seals a new event: with the desk's key (refused without it); a session of no
    office (a bare ``Database`` in a test of the store) writes events unsealed."""
    desk = _desk(session)
    if desk is None:
        return lambda _digest: None
    if desk.key is None:
        raise HistoryKeyMissing(office=desk.office)
    return desk.seal


def mark_appended(session: Session) -> None:
    """Events were written in this transaction without ``record`` (the demo's bulk rows): anchor its head."""
    session.info[_APPENDED] = True


def allow_rollback(session: Session) -> None:
    """This transaction records a restore: the anchors start again from the restored history (the ones the
    old file had are superseded by the sealed restore event, see ``services.audit``)."""
    session.info[_ROLLBACK] = True


def record(session: Session, actor: Actor, *, entity: str, entity_id: int | None, action: str, summary: str,
           changes: dict[str, tuple[Any, Any]] | None = None, case_id: int | None = None,
           occurred_at: datetime | None = None) -> Event:
    """Append one event to the chain inside the caller's write transaction, sealed with the desk's key."""
    sealer = sealer_of(session)
    _lock_chain(session)
    session.flush()
    prev = session.execute(select(Event.hash).order_by(Event.id.desc()).limit(1)).scalar() or GENESIS
    when = occurred_at or utcnow()
    encoded = encode_changes(changes)
    digest = event_digest(prev, occurred_at=when, actor_id=actor.user_id, actor_name=actor.display_name,
                          entity=entity, entity_id=entity_id, case_id=case_id, action=action, summary=summary,
                          changes=encoded)
    event = Event(
        occurred_at=when, actor_id=actor.user_id, actor_name=actor.display_name, entity=entity,
        entity_id=entity_id, case_id=case_id, action=action, summary=summary, changes=encoded,
        prev_hash=prev, hash=digest, mac=sealer(digest),
    )
    session.add(event)
    session.flush()
    session.info[_APPENDED] = True
    return event


@dataclass(frozen=True)
class PendingEvent:
    """An event for ``record_many``: the arguments of ``record`` without session and actor."""

    entity: str
    entity_id: int | None
    action: str
    summary: str
    changes: dict[str, tuple[Any, Any]] | str | None = None  # str: encoded already
    case_id: int | None = None


def record_many(session: Session, actor: Actor, events: list[PendingEvent]) -> int:
    """Append many events in order, chained exactly as ``record`` chains them, with one lookup of
    the chain's end and one multi-row INSERT (bulk work such as an import writes tens of thousands
    under the write lock); the number of events appended. A pending event's ``changes`` may come
    encoded already (``encode_changes``, done before the lock was taken)."""
    if not events:
        return 0
    sealer = sealer_of(session)
    _lock_chain(session)
    session.flush()
    prev = session.execute(select(Event.hash).order_by(Event.id.desc()).limit(1)).scalar() or GENESIS
    rows = []
    for pending in events:
        when = utcnow()
        encoded = pending.changes if isinstance(pending.changes, str) else encode_changes(pending.changes)
        digest = event_digest(prev, occurred_at=when, actor_id=actor.user_id, actor_name=actor.display_name,
                              entity=pending.entity, entity_id=pending.entity_id, case_id=pending.case_id,
                              action=pending.action, summary=pending.summary, changes=encoded)
        rows.append({"occurred_at": when, "actor_id": actor.user_id, "actor_name": actor.display_name,
                     "entity": pending.entity, "entity_id": pending.entity_id, "case_id": pending.case_id,
                     "action": pending.action, "summary": pending.summary, "changes": encoded, "prev_hash": prev,
                     "hash": digest, "mac": sealer(digest)})
        prev = digest
    # One executemany in chain order (not ORM objects, which SQLite would insert one statement each):
    # the ids follow the chain, as verify_chain walks it.
    bulk_insert(session, bulk_rows(session.get_bind().dialect, Event.__table__, rows), returning_ids=False)
    session.info[_APPENDED] = True
    return len(rows)


@dataclass(frozen=True)
class ChainBreak:
    event_id: int
    reason: str


def verify_chain(session: Session, batch: int = 5000) -> tuple[int, ChainBreak | None]:
    """Walk the whole chain (links and hashes, not the seals: see ``services.audit``); return (events
    checked, first break or None)."""
    prev = GENESIS
    checked = 0
    last_id = 0
    while True:
        rows = session.execute(select(Event).where(Event.id > last_id).order_by(Event.id).limit(batch)).scalars().all()
        if not rows:
            return checked, None
        for ev in rows:
            if ev.prev_hash != prev:
                return checked, ChainBreak(ev.id, str(msg.LINK_BROKEN(event_id=ev.id)))
            expected = event_digest(prev, occurred_at=ev.occurred_at, actor_id=ev.actor_id, actor_name=ev.actor_name,
                                    entity=ev.entity, entity_id=ev.entity_id, case_id=ev.case_id, action=ev.action,
                                    summary=ev.summary, changes=ev.changes)
            if expected != ev.hash:
                return checked, ChainBreak(ev.id, str(msg.CONTENT_ALTERED(event_id=ev.id)))
            prev = ev.hash
            checked += 1
            last_id = ev.id


# --- anchoring every commit that appended events ---------------------------------------------------------


_LAST_EVENT = text("SELECT id, hash FROM event ORDER BY id DESC LIMIT 1")
_HASH_AT = text("SELECT hash FROM event WHERE id = :event_id")
_COUNT_AFTER = text("SELECT count(*) FROM event WHERE id > :event_id")


class SessionChainReader:
    """``anchors.ChainReader`` inside a session's transaction (plain statements on its connection: this runs
    on every commit that appended events, and the ORM's machinery would cost more than the queries)."""

    def __init__(self, session: Session):
        self.connection = session.connection()

    def last_event(self) -> tuple[int, str] | None:
        row = self.connection.execute(_LAST_EVENT).first()
        return (row[0], row[1]) if row else None

    def hash_at(self, event_id: int) -> str | None:
        return self.connection.execute(_HASH_AT, {"event_id": event_id}).scalar()

    def count_after(self, event_id: int) -> int:
        return self.connection.execute(_COUNT_AFTER, {"event_id": event_id}).scalar_one()


def _before_commit(session: Session) -> None:
    if not session.info.pop(_APPENDED, False):
        return
    desk = _desk(session)
    if desk is not None:
        session.flush()
        session.info[_PENDING] = anchors.prepare(desk, SessionChainReader(session),
                                                 rollback=session.info.pop(_ROLLBACK, False))


def _after_commit(session: Session) -> None:
    anchors.publish(session.info.pop(_PENDING, None))


def _after_rollback(session: Session) -> None:
    for key in (_APPENDED, _ROLLBACK, _PENDING):
        session.info.pop(key, None)


def install(sessions: sessionmaker, desk: Desk) -> None:
    """Seal every event written through these sessions with ``desk``'s key and anchor every commit that
    appended events (idempotent)."""
    sessions.configure(info={DESK: desk})
    for name, fn in (("before_commit", _before_commit), ("after_commit", _after_commit),
                     ("after_rollback", _after_rollback)):
        listen_once(sessions, name, fn)


def desk_of(db: Database) -> Desk | None:
    """The desk ``install`` gave this database's write sessions (None for a bare ``Database``)."""
    return (db.write_sessions.kw.get("info") or {}).get(DESK)


# --- opening an office: its identity, this desk's key, sealing a history that is not sealed yet -----------


def office_uuid(session: Session) -> str:
    """The office's UUID (the ``office.uuid`` setting, written by migration 0009)."""
    value = session.execute(select(Setting.value).where(Setting.key == "office.uuid")).scalar()
    try:
        value = json.loads(value) if value is not None else None
    except ValueError:
        pass
    return history_key.office_id(value)


def _seal_state(session: Session) -> tuple[bool, int | None]:
    """(whether some event is sealed, the id of an earlier "history sealed" event if any)."""
    last = session.execute(select(Event.mac).order_by(Event.id.desc()).limit(1)).first()
    if last is not None and last[0] is not None:
        return True, None
    if session.execute(select(Event.id).where(Event.mac.is_not(None)).limit(1)).first() is not None:
        return True, None
    marker = session.execute(select(Event.id).where(Event.entity == "history", Event.action == SEALED_ACTION)
                             .order_by(Event.id).limit(1)).scalar()
    return False, marker


def _seal_all(session: Session, key: bytes) -> int:
    """Seal every event not sealed yet, in id order and in batches (a million events stay in memory as 5000)."""
    table = Event.__table__
    statement = update(table).where(table.c.id == bindparam("event_id")).values(mac=bindparam("seal"))
    sealed, last = 0, 0
    while True:
        rows = session.execute(select(Event.id, Event.hash).where(Event.id > last, Event.mac.is_(None))
                               .order_by(Event.id).limit(SEAL_BATCH)).all()
        if not rows:
            return sealed
        session.connection().execute(statement, [{"event_id": i, "seal": history_key.seal(key, h)} for i, h in rows])
        sealed += len(rows)
        last = rows[-1][0]


def _seal_history(db: Database, desk: Desk) -> None:
    """Seal an office's history for the first time (an office upgraded to this version, or a new one): this
    desk's key (created if it has none), every event sealed, and one event saying so — one transaction."""
    created = False
    try:
        with db.write() as session:
            _lock_chain(session)
            sealed, marker = _seal_state(session)
            if sealed or marker is not None:
                return  # another desk sealed it meanwhile, or the seals were removed (audit names it)
            if desk.key is None:
                desk.key, created = history_key.create_key(desk.office)
            count = _seal_all(session, desk.key)
            record(session, SYSTEM, entity="history", entity_id=None, action=SEALED_ACTION,
                   summary=f"历史记录已用本单位密钥封存：{count} 条事件", changes={"events": (None, count)})
    except BaseException:
        if created:
            history_key.forget_key(desk.office)
            desk.key = None
        raise


def _anchored(desk: Desk) -> bool:
    """Whether an anchor of this office exists: its history was sealed once. One without a single seal now
    had its seals removed (or is a restored copy from before sealing): sealing it again would bless
    whatever was done to it; the anchors, kept, are what ``audit verify`` compares it with."""
    for path in desk.anchor_files:
        try:
            anchor = anchors.read_anchor(path)
        except anchors.AnchorUnreadable:
            continue
        if anchor is not None and anchor.office == desk.office:
            return True
    return False


def open_desk(db: Database) -> Desk:
    """This desk's part in the office's history, installed on the database's write sessions; a history
    that no key has sealed yet is sealed now. A desk without the key of a sealed office reads, never writes."""
    with db.read() as session:
        office = office_uuid(session)
        sealed, marker = _seal_state(session)
    beside = anchors.beside(db.target.sqlite_path) if db.target.sqlite_path is not None else None
    desk = Desk(office, history_key.load_key(office), anchors.anchor_files(office, db.target.sqlite_path), beside)
    install(db.write_sessions, desk)
    if not sealed and marker is None and not _anchored(desk):
        try:
            _seal_history(db, desk)
        except OSError:  # no key can be made here (a read-only data folder): this desk only reads
            log.warning("the history could not be sealed: no key could be created", exc_info=True)
    return desk


# --- the key between desks ----------------------------------------------------------------------------


def last_sealed(session: Session) -> tuple[int, str, str] | None:
    """(id, hash, seal) of the newest sealed event."""
    row = session.execute(select(Event.id, Event.hash, Event.mac).where(Event.mac.is_not(None))
                          .order_by(Event.id.desc()).limit(1)).first()
    return tuple(row) if row else None


def export_key(db: Database, actor: Actor, dest) -> Any:
    """Write this desk's key of the office to ``dest`` (0600, never over an existing file); recorded."""
    desk = desk_of(db)
    if desk is None or desk.key is None:
        raise history_key.HistoryKeyError(msg.KEY_NOT_HERE, office=desk.office if desk else "?")
    path = history_key.write_export(dest, desk.office, desk.key)
    with db.write() as session:
        record(session, actor, entity="history", entity_id=None, action="key_exported",
               summary=f"导出历史记录密钥：{path.name}")
    return path


def import_key(db: Database, actor: Actor, source) -> bool:
    """Make the key in ``source`` this desk's key of the office, after checking that it seals the office's
    newest sealed event; recorded. False when this desk held that very key already."""
    desk = desk_of(db)
    office, key = history_key.read_export(source)
    if office != desk.office:
        raise history_key.HistoryKeyError(msg.KEY_OTHER_OFFICE, found=office, office=desk.office)
    with db.read() as session:
        newest = last_sealed(session)
    if newest is not None and not history_key.seal_matches(key, newest[1], newest[2]):
        raise history_key.HistoryKeyError(msg.KEY_DOES_NOT_SEAL, event_id=newest[0])
    if desk.key == key:
        return False
    if desk.key is not None and newest is not None and history_key.seal_matches(desk.key, newest[1], newest[2]):
        raise history_key.HistoryKeyError(msg.KEY_OTHER_HERE)
    history_key.install_key(desk.office, key)
    desk.key = key
    with db.write() as session:
        record(session, actor, entity="history", entity_id=None, action="key_imported",
               summary="导入历史记录密钥（本机）")
    return True


def chain_head(session: Session) -> tuple[int, str] | None:
    """(id, hash) of the newest event: what a dossier prints, so that paper holds the head too."""
    return SessionChainReader(session).last_event()


# How an event is encoded and chained lives in services.event_chain (no SQLAlchemy: a letter from the
# command line records its event with it too); importable from here as before.
__all__ = ["GENESIS", "ChainBreak", "PendingEvent", "encode_changes", "event_digest", "record", "record_many",
           "verify_chain", "install", "open_desk", "desk_of", "mark_appended", "allow_rollback", "export_key",
           "import_key", "chain_head", "HistoryKeyMissing"]
