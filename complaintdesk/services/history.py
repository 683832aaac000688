"""The official record: append-only events, each chained to the one before by SHA-256."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from complaintdesk.services.actor import Actor
from complaintdesk.services.event_chain import GENESIS, encode_changes, event_digest
from complaintdesk.store.models import Event
from complaintdesk.store.types import utcnow


def _lock_chain(session: Session) -> None:
    # SQLite writers already hold the database write lock (BEGIN IMMEDIATE); PostgreSQL writers
    # take a transaction-scoped advisory lock so that events are chained one at a time.
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(7310001)"))


def record(session: Session, actor: Actor, *, entity: str, entity_id: int | None, action: str, summary: str,
           changes: dict[str, tuple[Any, Any]] | None = None, case_id: int | None = None,
           occurred_at: datetime | None = None) -> Event:
    """Append one event to the chain inside the caller's write transaction."""
    _lock_chain(session)
    session.flush()
    prev = session.execute(select(Event.hash).order_by(Event.id.desc()).limit(1)).scalar() or GENESIS
    when = occurred_at or utcnow()
    encoded = encode_changes(changes)
    event = Event(
        occurred_at=when, actor_id=actor.user_id, actor_name=actor.display_name, entity=entity,
        entity_id=entity_id, case_id=case_id, action=action, summary=summary, changes=encoded,
        prev_hash=prev,
        hash=event_digest(prev, occurred_at=when, actor_id=actor.user_id, actor_name=actor.display_name,
                          entity=entity, entity_id=entity_id, case_id=case_id, action=action,
                          summary=summary, changes=encoded),
    )
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class PendingEvent:
    """An event for ``record_many``: the arguments of ``record`` without session and actor."""

    entity: str
    entity_id: int | None
    action: str
    summary: str
    changes: dict[str, tuple[Any, Any]] | None = None
    case_id: int | None = None


def record_many(session: Session, actor: Actor, events: list[PendingEvent]) -> list[Event]:
    """Append many events in order, chained exactly as ``record`` chains them, with one lookup of
    the chain's end and one flush (bulk work such as an import writes thousands)."""
    if not events:
        return []
    _lock_chain(session)
    session.flush()
    prev = session.execute(select(Event.hash).order_by(Event.id.desc()).limit(1)).scalar() or GENESIS
    out = []
    for pending in events:
        when = utcnow()
        encoded = encode_changes(pending.changes)
        digest = event_digest(prev, occurred_at=when, actor_id=actor.user_id, actor_name=actor.display_name,
                              entity=pending.entity, entity_id=pending.entity_id, case_id=pending.case_id,
                              action=pending.action, summary=pending.summary, changes=encoded)
        out.append(Event(occurred_at=when, actor_id=actor.user_id, actor_name=actor.display_name,
                         entity=pending.entity, entity_id=pending.entity_id, case_id=pending.case_id,
                         action=pending.action, summary=pending.summary, changes=encoded, prev_hash=prev,
                         hash=digest))
        prev = digest
    # Added one by one in chain order: the ids follow the chain, as verify_chain walks it.
    for event in out:
        session.add(event)
    session.flush()
    return out


@dataclass(frozen=True)
class ChainBreak:
    event_id: int
    reason: str


def verify_chain(session: Session, batch: int = 5000) -> tuple[int, ChainBreak | None]:
    """Walk the whole chain; return (events checked, first break or None)."""
    prev = GENESIS
    checked = 0
    last_id = 0
    while True:
        rows = session.execute(select(Event).where(Event.id > last_id).order_by(Event.id).limit(batch)).scalars().all()
        if not rows:
            return checked, None
        for ev in rows:
            if ev.prev_hash != prev:
                return checked, ChainBreak(ev.id, "链接断开：前一事件已被删除或修改 / link broken: an earlier event was removed or altered")
            expected = event_digest(prev, occurred_at=ev.occurred_at, actor_id=ev.actor_id, actor_name=ev.actor_name,
                                    entity=ev.entity, entity_id=ev.entity_id, case_id=ev.case_id, action=ev.action,
                                    summary=ev.summary, changes=ev.changes)
            if expected != ev.hash:
                return checked, ChainBreak(ev.id, "内容与哈希不符：该事件已被修改 / content does not match its hash: the event was altered")
            prev = ev.hash
            checked += 1
            last_id = ev.id


# How an event is encoded and chained lives in services.event_chain (no SQLAlchemy: a letter from the
# command line records its event with it too); importable from here as before.
__all__ = ["GENESIS", "ChainBreak", "PendingEvent", "encode_changes", "event_digest", "record", "record_many",
           "verify_chain"]
