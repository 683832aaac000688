"""The chain head written outside the database after every commit that appended events: the anchors.

An anchor names the office, the last event (id and hash), how many events the history held up to it and
when, sealed with HMAC-SHA256 under the office's history key. It is written beside a SQLite office
(``<file>.anchor``) and in this computer's data folder (``anchors/<office-uuid>.json``; the only one
for PostgreSQL), 0600, atomically. An anchor never moves backwards, and one the database contradicts is
never overwritten: it stays as the evidence that the history was truncated or the file rolled back
(only a recorded restore resets it). Backups carry the anchor in their manifest. No SQLAlchemy here
(the command line's letter anchors its commit too): the database is read through a ``ChainReader``.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from complaintdesk import clock
from complaintdesk.config import data_dir
from complaintdesk.services.history_key import (
    Desk,
    mac_of,
    office_id,
    private_folder,
    write_private,
)

log = logging.getLogger(__name__)

ANCHOR_SUFFIX = ".anchor"
MANIFEST_SUFFIX = ".manifest.json"


@dataclass(frozen=True)
class Anchor:
    office: str
    event_id: int
    hash: str
    events: int  # events in the history up to and including event_id
    at: str  # ISO time, UTC
    mac: str

    def payload(self) -> bytes:
        return json.dumps([self.office, self.event_id, self.hash, self.events, self.at],
                          separators=(",", ":")).encode("ascii")

    def sealed_by(self, key: bytes) -> bool:
        import hmac

        return hmac.compare_digest(mac_of(key, self.payload()), self.mac)

    @property
    def moment(self) -> datetime:
        return datetime.fromisoformat(self.at)

    def short(self) -> str:
        return f"#{self.event_id} {self.hash[:16]}"


class AnchorUnreadable(Exception):
    """An anchor file (or manifest) that exists but is not an anchor."""


def make_anchor(key: bytes, office: str, event_id: int, event_hash: str, events: int,
                at: datetime | None = None) -> Anchor:
    moment = (at or clock.now()).isoformat(timespec="microseconds")
    unsealed = Anchor(office, event_id, event_hash, events, moment, "")
    return Anchor(office, event_id, event_hash, events, moment, mac_of(key, unsealed.payload()))


def anchor_of(data: object) -> Anchor:
    """An anchor from its JSON form; AnchorUnreadable for anything else."""
    try:
        if not isinstance(data, dict):
            raise TypeError("not an object")
        anchor = Anchor(office=office_id(data["office"]), event_id=int(data["event_id"]), hash=str(data["hash"]),
                        events=int(data["events"]), at=str(data["at"]), mac=str(data["mac"]))
        anchor.moment  # noqa: B018 - a time that does not parse is no anchor
    except Exception as exc:  # noqa: BLE001 - whatever is wrong with it, it is not an anchor
        raise AnchorUnreadable(str(exc) or type(exc).__name__) from exc
    return anchor


def read_anchor(path: Path) -> Anchor | None:
    """The anchor in ``path``; None when there is none (or an empty file: what a power cut may leave of an
    anchor being replaced); AnchorUnreadable for a damaged one."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise AnchorUnreadable(exc.strerror or str(exc)) from exc
    if not raw:
        return None
    try:
        return anchor_of(json.loads(raw.decode("utf-8")))
    except (ValueError, UnicodeDecodeError) as exc:
        raise AnchorUnreadable(str(exc)) from exc


def anchor_text(anchor: Anchor) -> bytes:
    return json.dumps(asdict(anchor), indent=1).encode("ascii")


# --- where anchors go ----------------------------------------------------------------------------------


def beside(sqlite_path: Path) -> Path:
    return sqlite_path.with_name(sqlite_path.name + ANCHOR_SUFFIX)


def desk_anchor(office: str) -> Path:
    return data_dir() / "anchors" / f"{office_id(office)}.json"


def anchor_files(office: str, sqlite_path: Path | None) -> tuple[Path, ...]:
    """Beside a SQLite office and in this computer's data folder; for PostgreSQL only the latter."""
    own = desk_anchor(office)
    return (beside(sqlite_path), own) if sqlite_path is not None else (own,)


# --- writing after a commit -------------------------------------------------------------------------


class ChainReader(Protocol):
    """What anchoring reads from the database, inside the transaction that appended events."""

    def last_event(self) -> tuple[int, str] | None: ...

    def hash_at(self, event_id: int) -> str | None: ...

    def count_after(self, event_id: int) -> int: ...


@dataclass(frozen=True)
class PendingAnchor:
    anchor: Anchor
    targets: tuple[Path, ...]
    rollback: bool = False


def _keeps(desk: Desk, reader: ChainReader, old: Anchor, head_id: int) -> bool:
    """Whether ``old`` must stay as it is: ahead of the head, another office's, forged, or contradicted."""
    if old.office != desk.office or not old.sealed_by(desk.key) or old.event_id > head_id:
        return True
    return reader.hash_at(old.event_id) != old.hash


def prepare(desk: Desk, reader: ChainReader, *, rollback: bool = False) -> PendingAnchor | None:
    """Inside the transaction that appended events: the anchor of its head and the files to write it to
    after the commit. Files holding an anchor the database contradicts are left alone (the evidence),
    unless ``rollback`` (a recorded restore: the anchors start again from the restored history)."""
    if desk.key is None:
        return None
    head = reader.last_event()
    if head is None:
        return None
    head_id, head_hash = head
    targets, base = [], None
    for path in desk.anchor_files:
        try:
            old = read_anchor(path)
        except AnchorUnreadable:
            if rollback:
                targets.append(path)
            continue  # kept for whoever verifies: a damaged anchor is not silently replaced
        if old is not None and not rollback and _keeps(desk, reader, old, head_id):
            continue
        targets.append(path)
        if old is not None and not rollback and old.event_id <= head_id and (base is None or
                                                                           old.event_id > base.event_id):
            base = old
    if not targets:
        return None
    # The count from the newest anchor this history agrees with, plus the events since: a short range, not
    # the whole table (a million events would take a count of 15–300 ms on every commit).
    events = base.events + reader.count_after(base.event_id) if base else reader.count_after(0)
    return PendingAnchor(make_anchor(desk.key, desk.office, head_id, head_hash, events), tuple(targets), rollback)


def publish(pending: PendingAnchor | None) -> None:
    """After the commit: write the anchor to its files. A file another desk moved further meanwhile keeps
    its anchor; a failure is logged (the commit stands; verification then reports the stale anchor)."""
    if pending is None:
        return
    for path in pending.targets:
        try:
            if not pending.rollback:
                try:
                    current = read_anchor(path)
                except AnchorUnreadable:
                    continue
                if current is not None and current.event_id > pending.anchor.event_id:
                    continue
            if not path.parent.is_dir():
                private_folder(path.parent)  # this computer's anchors/ folder, on its first anchor
            write_private(path, anchor_text(pending.anchor), durable=False)
        except OSError:
            log.warning("could not write the history's anchor %s", path, exc_info=True)


# --- plain SQLite -------------------------------------------------------------------------------------


class SqliteChainReader:
    """``ChainReader`` over a plain ``sqlite3`` connection (the command line's letter, backup manifests)."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def last_event(self) -> tuple[int, str] | None:
        row = self.db.execute("SELECT id, hash FROM event ORDER BY id DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else None

    def hash_at(self, event_id: int) -> str | None:
        row = self.db.execute("SELECT hash FROM event WHERE id = ?", (event_id,)).fetchone()
        return row[0] if row else None

    def count_after(self, event_id: int) -> int:
        return self.db.execute("SELECT count(*) FROM event WHERE id > ?", (event_id,)).fetchone()[0]


# --- backups ---------------------------------------------------------------------------------------------


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def _head_of(backup: Path) -> dict | None:
    # immutable: a copy nobody writes; reading it leaves no -wal/-shm beside it.
    conn = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        reader = SqliteChainReader(conn)
        head = reader.last_event()
        return None if head is None else {"event_id": head[0], "hash": head[1], "events": reader.count_after(0)}
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def write_manifest(db_path: Path, backup: Path) -> Path | None:
    """``<backup>.manifest.json`` beside a backup: the office's anchor when the copy was made (evidence kept
    wherever the backups are kept) and the copy's own chain head. Never fails the backup."""
    try:
        try:
            anchor = read_anchor(beside(db_path))
            recorded = asdict(anchor) if anchor is not None else None
        except AnchorUnreadable as exc:
            anchor, recorded = None, {"unreadable": str(exc)}
        manifest = {"format": "complaintdesk-backup-manifest", "version": 1, "database": str(db_path),
                    "backup": backup.name, "made_at": clock.now().isoformat(timespec="seconds"),
                    "office": anchor.office if anchor else None, "anchor": recorded, "head": _head_of(backup)}
        path = manifest_path(backup)
        write_private(path, json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
        return path
    except OSError:
        log.warning("could not write the manifest of backup %s", backup, exc_info=True)
        return None


def manifest_anchor(path: Path) -> Anchor | None:
    """The anchor a backup's manifest recorded (None when it recorded none); AnchorUnreadable otherwise."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise AnchorUnreadable(str(exc)) from exc
    if not isinstance(data, dict):
        raise AnchorUnreadable("not a manifest")
    recorded = data.get("anchor")
    return None if recorded is None else anchor_of(recorded)
