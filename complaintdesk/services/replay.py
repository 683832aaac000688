"""The history replayed against the tables: what the events last recorded of each case, claim, payment and user,
compared with what the tables hold now, so that a change made without an event is named.

The walk reads the history once, in id order and in batches, and folds each event's changes
(``{field: [old, new]}``) into the last recorded state of its row (``replay_rules``). Then each tracked
table is read once and compared.

Offices older than this version have events that left some values unsaid (a demo's claims have none). The
first time this version opens such an office (``ensure_baseline``, from ``Office.open``) it records one event,
``office``/``replay_baseline``: a fingerprint of every tracked row as the tables held it then. Events before
it are read as the old versions wrote them (only what they always recorded counts); events after it must
say everything. A later change of a value the old history never recorded is found by its row's
fingerprint; the baseline itself sits in the chain, so it cannot be dropped or written again to launder
a change (an office written by this version gets its baseline, empty, on its first open).
"""

from __future__ import annotations

import base64
import hashlib
import json
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SAWarning
from sqlalchemy.orm import Session

from complaintdesk.messages import Text
from complaintdesk.messages import replay as msg
from complaintdesk.services import history
from complaintdesk.services.actor import SYSTEM, Actor
from complaintdesk.services.replay_rules import (
    BASELINE_ACTION,
    FIELD_NAMES,
    TRACKED,
    Fold,
    Row,
    table_rows,
)
from complaintdesk.store.models import ArrearsClaim, Case, Event, Payment, User

BATCH = 20_000  # events per read: memory stays flat at a million events
# A row's print: 72 bits of SHA-256 over its values (12 characters of base64; what makes a change without
# an event detectable), then one character per field (6 bits each; what names the field that changed).
_ROW_CHARS = 12
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


@dataclass(frozen=True)
class ReplayFinding:
    """One difference between the history and the tables, naming the row (``text``)."""

    entity: str
    entity_id: int
    text: Text

    def __str__(self) -> str:
        return str(self.text)


@dataclass(frozen=True)
class Replay:
    """What a replay found, and the baseline it started from (None for an office written by this version
    from its first day, or before ``ensure_baseline`` ran)."""

    events_read: int
    rows_checked: int
    findings: list[ReplayFinding]
    baseline_event: int | None
    baseline_taken: int  # values the old history never recorded, taken from the tables at the baseline
    baseline_at: datetime | None

    @property
    def note(self) -> Text | None:
        """For the report, when the baseline took any values: "N values … taken from the tables as of event #n"."""
        if not self.baseline_taken or self.baseline_event is None:
            return None
        when = self.baseline_at.astimezone().strftime("%Y-%m-%d %H:%M") if self.baseline_at else "?"
        return msg.BASELINE_NOTE(count=self.baseline_taken, event=self.baseline_event, when=when)


# --- the baseline -----------------------------------------------------------------------------------------


def _digest(*parts: Any) -> bytes:
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False, separators=(",", ":")).encode("utf-8")).digest()


def _whole(entity: str, row_id: int, values: list[Any]) -> str:
    """The fingerprint of the row's tracked values (the first part of its print)."""
    return base64.urlsafe_b64encode(_digest(entity, row_id, values)[:9]).decode()


def _hints(entity: str, row_id: int, values: list[Any]) -> str:
    return "".join(_B64[_digest(entity, row_id, field, value)[0] & 63]
                   for field, value in zip(TRACKED[entity], values, strict=True))


def _print(entity: str, row_id: int, values: list[Any]) -> str:
    """The row's print: its fingerprint over every tracked value, then each field's hint."""
    return _whole(entity, row_id, values) + _hints(entity, row_id, values)


def _ranges(ids: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for i in ids:
        if out and out[-1][1] == i - 1:
            out[-1][1] = i
        else:
            out.append([i, i])
    return out


def _ids(ranges: list[list[int]]) -> Iterator[int]:
    for first, last in ranges:
        yield from range(first, last + 1)


def _baseline_event(session: Session) -> tuple[int, datetime] | None:
    # Non-case events only (ix_event_case): the baseline is written early, so the walk stops soon.
    row = session.execute(select(Event.id, Event.occurred_at).where(
        Event.case_id.is_(None), Event.entity == "office", Event.action == BASELINE_ACTION)
        .order_by(Event.id).limit(1)).first()
    return (row[0], row[1]) if row else None


def ensure_baseline(session: Session, actor: Actor = SYSTEM) -> Event | None:
    """In the caller's write transaction: record the replay's baseline unless the history has one (None then).

    Called when the office is opened, before anything else is written: for an office this version
    created it is an empty baseline; for an older office it fingerprints every tracked row as the tables
    hold it, counting the values the old history never recorded (those are taken from the tables).
    """
    if _baseline_event(session) is not None:
        return None
    fold = Fold(lenient_until=None)
    _walk(session, fold)
    rows: dict[str, dict[str, Any]] = {}
    taken = total = 0
    for entity, fields in TRACKED.items():
        ids, prints = [], []
        for row_id, values in table_rows(session, entity):
            known = fold.rows[entity].get(row_id)
            recorded = known.values if known is not None and known.created else {}
            taken += sum(1 for f in fields if f not in recorded)
            ids.append(row_id)
            prints.append(_print(entity, row_id, values))
        total += len(ids)
        rows[entity] = {"ids": _ranges(ids), "fp": "".join(prints)}
    baseline = {"version": 1, "fields": {e: list(f) for e, f in TRACKED.items()}, "rows": rows, "taken": taken,
                "through": fold.last_event}
    return history.record(session, actor, entity="office", entity_id=None, action=BASELINE_ACTION,
                          summary=msg.BASELINE_SUMMARY(rows=total, count=taken).zh,
                          changes={"baseline": (None, baseline)})


def _load_baseline(fold: Fold, event_id: int, changes: dict[str, Any]) -> int:
    """Mark every row the baseline fingerprinted; the number of values it took from the tables."""
    baseline = (changes.get("baseline") or [None, None])[1] or {}
    fields = baseline.get("fields") or {}
    for entity, part in (baseline.get("rows") or {}).items():
        if entity not in TRACKED or tuple(fields.get(entity) or ()) != TRACKED[entity]:
            continue  # rows a later version fingerprinted with other fields
        size = _ROW_CHARS + len(TRACKED[entity])
        prints = part.get("fp", "")
        for n, row_id in enumerate(_ids(part.get("ids", []))):
            row = fold.row(entity, row_id)
            row.mark_baseline(prints[n * size:(n + 1) * size], event_id)
    return int(baseline.get("taken") or 0)


# --- the walk ----------------------------------------------------------------------------------------------


def _walk(session: Session, fold: Fold, baseline_id: int | None = None) -> int:
    """Fold every event of the tracked entities into ``fold``, in id order; the baseline's taken count."""
    taken = 0
    last = 0
    t = Event.__table__.c  # plain rows, no ORM loading: a million of them
    stmt = (select(t.id, t.entity, t.entity_id, t.case_id, t.action, t.changes)
            .where(t.entity.in_([*TRACKED, "office"])).order_by(t.id).limit(BATCH))
    while True:
        batch = session.connection().execute(stmt.where(t.id > last)).all()
        if not batch:
            return taken
        for event_id, entity, entity_id, case_id, action, changes in batch:
            if entity == "office":
                if event_id == baseline_id:
                    fold.baseline_reached(event_id)
                    taken = _load_baseline(fold, event_id, _json(changes))
                continue
            fold.apply(event_id, entity, entity_id, case_id, action, changes)
        last = batch[-1][0]
        fold.last_event = last


def _json(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


# --- the comparison ----------------------------------------------------------------------------------------


@dataclass
class _Raw:
    """A finding before its row is named: (entity, id, message, parameters without ``what``)."""

    entity: str
    entity_id: int
    message: Any
    params: dict[str, Any]
    recorded: dict[str, Any] | None = None  # what the history says of a row gone from its table


def _shown(value: Any) -> str:
    return "—" if value is None else str(value)


def _compare_row(entity: str, row_id: int, row: Row | None, values: list[Any], out: list[_Raw]) -> None:
    if row is None or not (row.created or row.baseline_print):
        out.append(_Raw(entity, row_id, msg.NO_CREATION, {}))
        return
    current = dict(zip(TRACKED[entity], values, strict=True))
    for field, (recorded, event_id) in row.values.items():
        if current[field] != recorded:
            out.append(_Raw(entity, row_id, msg.FIELD_DIFFERS, {
                "field": FIELD_NAMES[field], "table": _shown(current[field]), "recorded": _shown(recorded),
                "event": event_id}))
    if row.baseline_print:
        _compare_print(entity, row_id, row, current, out)


def _compare_print(entity: str, row_id: int, row: Row, current: dict[str, Any], out: list[_Raw]) -> None:
    """A row the baseline fingerprinted: its values then are the old values of the first events that changed
    them since, or else today's; a print that differs names the fields whose hints differ."""
    fields = TRACKED[entity]
    then = [row.first_old[f][0] if f in row.first_old else current[f] for f in fields]
    if _whole(entity, row_id, then) == row.baseline_print[:_ROW_CHARS]:
        return
    hints, recorded = _hints(entity, row_id, then), row.baseline_print[_ROW_CHARS:]
    changed = [f for n, f in enumerate(fields) if hints[n:n + 1] != recorded[n:n + 1]]
    for field in changed or [f for f in fields if f not in row.first_old]:
        if field in row.first_old:  # changed before the first event that changed it since the baseline
            old, later = row.first_old[field]
            out.append(_Raw(entity, row_id, msg.BASELINE_CHANGED_BEFORE, {
                "field": FIELD_NAMES[field], "value": _shown(old), "later": later, "event": row.baseline_event}))
        else:
            out.append(_Raw(entity, row_id, msg.BASELINE_CHANGED, {
                "field": FIELD_NAMES[field], "value": _shown(current[field]), "event": row.baseline_event}))


def _compare(session: Session, fold: Fold) -> tuple[int, list[_Raw]]:
    out: list[_Raw] = []
    checked = 0
    for entity in TRACKED:
        known = fold.rows[entity]
        for row_id, values in table_rows(session, entity):
            checked += 1
            _compare_row(entity, row_id, known.pop(row_id, None), values, out)
        for row_id, row in sorted(known.items()):
            if row.deleted:
                continue
            recorded = {f: v for f, (v, _event) in row.values.items()}
            if row.created:
                out.append(_Raw(entity, row_id, msg.ROW_DELETED, {"event": row.created}, recorded))
            elif row.baseline_print:
                out.append(_Raw(entity, row_id, msg.ROW_GONE_SINCE_BASELINE, {"event": row.baseline_event}, recorded))
        known.clear()
    return checked, out


def _what(session: Session, raw: _Raw, claim_cases: dict[int, int]) -> Text:
    """The row as people know it: the case's number, the user's name, the claim's case (from the table, else
    from the history for a row that is gone)."""
    recorded = raw.recorded or {}

    def case_no(case_id: int | None) -> str:
        no = session.execute(select(Case.case_no).where(Case.id == case_id)).scalar() if case_id else None
        return no or (f"#{case_id}" if case_id else "?")

    def case_of(claim_id: int | None) -> int | None:
        found = session.execute(select(ArrearsClaim.case_id).where(ArrearsClaim.id == claim_id)).scalar()
        return found or claim_cases.get(claim_id or 0)

    row_id = raw.entity_id
    if raw.entity == "case":
        return msg.WHAT_CASE(case_no=case_no(row_id))
    if raw.entity == "user":
        name = session.execute(select(User.username).where(User.id == row_id)).scalar()
        return msg.WHAT_USER(username=name or f"#{row_id}")
    if raw.entity == "claim":
        case_id = case_of(row_id)
        return msg.WHAT_CLAIM(id=row_id, case_no=case_no(case_id)) if case_id else msg.WHAT_CLAIM_ONLY(id=row_id)
    if raw.entity == "payment":
        claim_id = session.execute(select(Payment.claim_id).where(Payment.id == row_id)).scalar() \
            or recorded.get("claim_id")
        if not claim_id:
            return msg.WHAT_PAYMENT_ONLY(id=row_id)
        return msg.WHAT_PAYMENT(id=row_id, claim_id=claim_id, case_no=case_no(case_of(claim_id)))
    return msg.WHAT_UNKNOWN(entity=raw.entity, id=row_id)


def _one_snapshot(session: Session) -> None:
    """PostgreSQL reads what is committed statement by statement: the walk and the tables are read in one
    snapshot (REPEATABLE READ), so that a desk writing meanwhile is no difference. (SQLite's read transaction
    is one snapshot already.) A transaction that has read something already keeps its own level."""
    if session.get_bind().dialect.name != "postgresql":
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SAWarning)  # "connection already established": its level stays
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def replay(session: Session) -> Replay:
    """Replay the whole history against the tables (read only; best as the first thing a read transaction does)."""
    _one_snapshot(session)
    found = _baseline_event(session)
    baseline_id, baseline_at = found if found else (None, None)
    fold = Fold(lenient_until=baseline_id or 0)
    taken = _walk(session, fold, baseline_id)
    events = fold.events_read
    claim_cases = fold.claim_cases()
    checked, raw = _compare(session, fold)
    findings = [ReplayFinding(r.entity, r.entity_id, r.message(what=_what(session, r, claim_cases), **r.params))
                for r in raw]
    return Replay(events, checked, findings, baseline_id, taken, baseline_at)


def replay_findings(session: Session) -> list[ReplayFinding]:
    """Every difference between the replayed history and the tables (empty when they agree)."""
    return replay(session).findings


__all__ = ["Replay", "ReplayFinding", "ensure_baseline", "replay", "replay_findings"]
