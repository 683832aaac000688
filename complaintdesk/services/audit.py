"""``audit verify`` and ``check``: the history against its chain, its seals and its anchors, and every issued
document against its frozen bytes and the history's record of it — as a list of findings naming the row.

One walk over the events in id order and in batches (memory stays flat at a million events) checks each
link and hash, each seal under this desk's key, and notes what the other checks need: the hash and the
number of events at each anchored id, the sealed restores, and what each ``document_issued`` event
recorded. Then the anchors (beside the file, in this computer's data folder, in every backup's manifest)
are compared with the walk, and every document's PDF is hashed again.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from complaintdesk.config import backup_dir_for
from complaintdesk.messages import Text
from complaintdesk.messages import history as msg
from complaintdesk.services import anchors, history
from complaintdesk.services.anchors import Anchor, AnchorUnreadable
from complaintdesk.services.event_chain import GENESIS, event_digest
from complaintdesk.services.history_key import Desk, seal_matches
from complaintdesk.store.database import Database
from complaintdesk.store.models import Document, Event

EVENT_BATCH = 5000
DOCUMENT_BATCH = 50  # PDFs of ~100 KB each
FINDINGS_PER_KIND = 20
DOCUMENT_ACTIONS = ("document_issued", "document_corrected")
# Kinds of findings, in the order a report lists them (services.replay adds its own after these).
CHAIN, SEAL, KEY, ANCHOR, DOCUMENT = "chain", "seal", "key", "anchor", "document"


@dataclass(frozen=True)
class Finding:
    """One thing verification found wrong: its kind, the row or case it names, and what is wrong."""

    kind: str
    subject: str  # "event #42", "document X工信投字〔2026〕3号", an anchor's file, "case 2026-0012" …
    text: Text

    def __str__(self) -> str:
        return str(self.text)


@dataclass
class AuditReport:
    office: str
    events_checked: int = 0
    documents_checked: int = 0
    anchors_checked: int = 0
    head: tuple[int, str] | None = None
    findings: list[Finding] = field(default_factory=list)
    notes: list[Text] = field(default_factory=list)
    _counts: Counter = field(default_factory=Counter, repr=False)

    @property
    def ok(self) -> bool:
        return not self.findings

    @property
    def first(self) -> Finding | None:
        return self.findings[0] if self.findings else None

    def add(self, kind: str, subject: str, text: Text) -> None:
        """A finding; past FINDINGS_PER_KIND of a kind only counted (one line says how many more)."""
        self._counts[kind] += 1
        if self._counts[kind] <= FINDINGS_PER_KIND:
            self.findings.append(Finding(kind, subject, text))

    def extend(self, findings) -> None:
        for finding in findings:
            self.add(finding.kind, finding.subject, finding.text)

    def finish(self) -> AuditReport:
        for kind, count in self._counts.items():
            if count > FINDINGS_PER_KIND:
                self.findings.append(Finding(kind, "", msg.MORE_FINDINGS(count=count - FINDINGS_PER_KIND)))
        self._counts.clear()
        return self


# --- the walk ----------------------------------------------------------------------------------------


@dataclass
class _Walk:
    """What the walk over the events noted for the other checks."""

    watched: set[int]
    at: dict[int, tuple[str, int]] = field(default_factory=dict)  # anchored id → (hash, events up to it)
    restores: list[datetime] = field(default_factory=list)  # sealed restore events
    documents: dict[int, tuple[int, str, str]] = field(default_factory=dict)  # doc id → (event, doc_no, sha)
    sealed: int = 0
    marker: int | None = None  # the "history sealed" event


def _events(session: Session) -> Iterator[tuple]:
    t = Event.__table__
    columns = (t.c.id, t.c.occurred_at, t.c.actor_id, t.c.actor_name, t.c.entity, t.c.entity_id, t.c.case_id,
               t.c.action, t.c.summary, t.c.changes, t.c.prev_hash, t.c.hash, t.c.mac)
    last = 0
    while True:
        rows = session.execute(select(*columns).where(t.c.id > last).order_by(t.c.id).limit(EVENT_BATCH)).all()
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


def _recorded_document(changes: str) -> tuple[str, str] | None:
    try:
        data = json.loads(changes)
        return str(data["doc_no"][1]), str(data["sha256"][1])
    except (ValueError, KeyError, TypeError, IndexError):
        return None


def _note(walk: _Walk, row, count: int, sealed_ok: bool) -> None:
    if row.id in walk.watched:
        walk.at[row.id] = (row.hash, count)
    if row.entity == "history" and row.action == history.SEALED_ACTION and walk.marker is None:
        walk.marker = row.id
    if row.entity == "database" and row.action == "restored" and sealed_ok:
        walk.restores.append(row.occurred_at)
    if row.entity == "document" and row.action in DOCUMENT_ACTIONS and row.entity_id is not None:
        recorded = _recorded_document(row.changes)
        if recorded is not None:
            walk.documents.setdefault(row.entity_id, (row.id, *recorded))


def _check_event(row, prev: str, key: bytes | None, walk: _Walk, report: AuditReport) -> bool:
    """One event's link, hash and seal; whether its seal is good."""
    subject = f"event #{row.id}"
    if row.prev_hash != prev:
        report.add(CHAIN, subject, msg.LINK_BROKEN(event_id=row.id))
    digest = event_digest(row.prev_hash, occurred_at=row.occurred_at, actor_id=row.actor_id,
                          actor_name=row.actor_name, entity=row.entity, entity_id=row.entity_id,
                          case_id=row.case_id, action=row.action, summary=row.summary, changes=row.changes)
    if digest != row.hash:
        report.add(CHAIN, subject, msg.CONTENT_ALTERED(event_id=row.id))
    if key is None:
        return False
    if row.mac is None:
        if walk.sealed:  # the events before the first seal are bound by it through the chain
            report.add(SEAL, subject, msg.NOT_SEALED(event_id=row.id))
        return False
    walk.sealed += 1
    if not seal_matches(key, row.hash, row.mac):
        report.add(SEAL, subject, msg.SEAL_WRONG(event_id=row.id))
        return False
    return True


def _walk_events(session: Session, desk: Desk, walk: _Walk, report: AuditReport) -> None:
    prev, count, any_mac = GENESIS, 0, False
    for row in _events(session):
        count += 1
        sealed_ok = _check_event(row, prev, desk.key, walk, report)
        any_mac = any_mac or row.mac is not None
        _note(walk, row, count, sealed_ok)
        prev = row.hash
        report.head = (row.id, row.hash)
    report.events_checked = count
    if desk.key is None and any_mac:
        report.add(KEY, f"office {desk.office}", msg.NO_KEY_TO_CHECK(office=desk.office))
    if walk.marker is not None and not any_mac:
        report.add(SEAL, f"event #{walk.marker}", msg.SEALS_REMOVED(event_id=walk.marker))
    walk.sealed = walk.sealed or int(any_mac)


# --- the anchors -------------------------------------------------------------------------------------------


def _read_anchors(db: Database, desk: Desk, report: AuditReport) -> tuple[list[tuple[str, Anchor]], bool]:
    """(source, anchor) of every anchor this desk can find, and whether the one beside the file is missing.
    Unreadable, foreign and forged ones are findings already."""
    found: list[tuple[str, Anchor]] = []
    beside_missing = False
    for path in desk.anchor_files:
        try:
            anchor = anchors.read_anchor(path)
        except AnchorUnreadable as exc:
            report.add(ANCHOR, str(path), msg.ANCHOR_UNREADABLE(source=str(path), reason=str(exc)))
            continue
        if anchor is None:
            beside_missing = beside_missing or path == desk.beside_file
            continue
        if anchor.office != desk.office:
            report.add(ANCHOR, str(path), msg.ANCHOR_OTHER_OFFICE(source=str(path), found=anchor.office,
                                                                  office=desk.office))
            continue
        found.append((str(path), anchor))
    found += _manifest_anchors(db, desk, report)
    if desk.key is not None:
        forged = [(source, a) for source, a in found if not a.sealed_by(desk.key)]
        for source, _anchor in forged:
            report.add(ANCHOR, source, msg.ANCHOR_FORGED(source=source))
        found = [(source, a) for source, a in found if a.sealed_by(desk.key)]
    return found, beside_missing


def _manifest_anchors(db: Database, desk: Desk, report: AuditReport) -> list[tuple[str, Anchor]]:
    """The anchors recorded in the manifests of the backups kept beside a SQLite office (a folder may
    hold another office's backups too: those are not this office's business)."""
    if db.target.sqlite_path is None:
        return []
    folder = backup_dir_for(db.target.sqlite_path)
    found = []
    for path in sorted(folder.glob(f"*{anchors.MANIFEST_SUFFIX}")) if folder.is_dir() else ():
        try:
            anchor = anchors.manifest_anchor(path)
        except AnchorUnreadable as exc:
            report.add(ANCHOR, str(path), msg.ANCHOR_UNREADABLE(source=str(path), reason=str(exc)))
            continue
        if anchor is not None and anchor.office == desk.office:
            found.append((str(path), anchor))
    return found


def _superseded(anchor: Anchor, walk: _Walk) -> bool:
    """An anchor written before a sealed restore event named a history the restore replaced."""
    return any(moment >= anchor.moment for moment in walk.restores)


def _check_anchors(found: list[tuple[str, Anchor]], beside_missing: bool, desk: Desk, walk: _Walk,
                   report: AuditReport) -> None:
    if beside_missing and walk.sealed:
        report.add(ANCHOR, str(desk.beside_file), msg.ANCHOR_MISSING(source=str(desk.beside_file)))
    for source, anchor in found:
        report.anchors_checked += 1
        if _superseded(anchor, walk):
            continue
        seen = walk.at.get(anchor.event_id)
        if seen is None or seen[0] != anchor.hash:
            what = msg.ANCHOR_EVENT_ABSENT() if seen is None else msg.ANCHOR_EVENT_OTHER()
            report.add(ANCHOR, source, msg.ANCHOR_ROLLED_BACK(source=source, event_id=anchor.event_id,
                                                              hash=anchor.hash[:16], at=anchor.at, found=what))
        elif seen[1] != anchor.events:
            report.add(ANCHOR, source, msg.ANCHOR_COUNT(source=source, expected=anchor.events,
                                                        event_id=anchor.event_id, found=seen[1]))


# --- the documents ---------------------------------------------------------------------------------------


def _documents(session: Session) -> Iterator[tuple]:
    last = 0
    while True:
        rows = session.execute(select(Document.id, Document.doc_no, Document.sha256, Document.pdf)
                               .where(Document.id > last).order_by(Document.id).limit(DOCUMENT_BATCH)).all()
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


def _check_documents(session: Session, recorded: dict[int, tuple[int, str, str]], report: AuditReport) -> None:
    """Every document's PDF hashed again, compared with its stored SHA-256 and with what its issuing event
    recorded; an issuing event whose document is gone is named too."""
    for doc_id, doc_no, stored, pdf in _documents(session):
        report.documents_checked += 1
        subject = f"document {doc_no}"
        actual = hashlib.sha256(bytes(pdf)).hexdigest()
        if actual != stored:
            report.add(DOCUMENT, subject, msg.DOCUMENT_BYTES(doc_no=doc_no))
        issued = recorded.pop(doc_id, None)
        if issued is None:
            report.add(DOCUMENT, subject, msg.DOCUMENT_NO_EVENT(doc_no=doc_no))
        elif (issued[1], issued[2]) != (doc_no, stored) or actual != issued[2]:
            report.add(DOCUMENT, subject, msg.DOCUMENT_NOT_AS_ISSUED(doc_no=doc_no, event_id=issued[0],
                                                                     recorded=issued[1], expected=issued[2]))
    for event_id, doc_no, _sha in recorded.values():
        report.add(DOCUMENT, f"document {doc_no}", msg.DOCUMENT_MISSING(doc_no=doc_no, event_id=event_id))


# --- all of it ---------------------------------------------------------------------------------------------


def verify(db: Database, desk: Desk | None = None) -> AuditReport:
    """Verify the office's history and documents; the report's findings name the first bad row first."""
    desk = desk or history.desk_of(db)
    report = AuditReport(desk.office)
    found, beside_missing = _read_anchors(db, desk, report)
    walk = _Walk(watched={anchor.event_id for _source, anchor in found})
    with db.read() as session:
        _walk_events(session, desk, walk, report)
        _check_anchors(found, beside_missing, desk, walk, report)
        _check_documents(session, walk.documents, report)
        # The tables against the history (services.replay): what was changed without an event. Its
        # findings join these as Finding(kind, subject, text), e.g. report.extend(...) — added here.
    return report.finish()


__all__ = ["AuditReport", "Finding", "verify", "CHAIN", "SEAL", "KEY", "ANCHOR", "DOCUMENT"]
