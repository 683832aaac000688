"""The office's history key: a secret kept outside the database that seals every event of the history.

Each event's chain hash is sealed with HMAC-SHA256 under 32 random bytes kept in this computer's data
folder (``keys/<office-uuid>.key``, 0600 in a 0700 folder on POSIX), never in the database: whoever
holds only the database file (or PostgreSQL credentials) can recompute the hash chain, but not the
seals. No SQLAlchemy here: the command line's letter (``services.quick_letter``) seals with it too.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

from complaintdesk.config import data_dir, private_data_dir
from complaintdesk.messages import history as msg
from complaintdesk.private_files import make_private_dir
from complaintdesk.services.errors import ServiceError

KEY_BYTES = 32
EXPORT_FORMAT = "complaintdesk-history-key"
# Domain separation: a seal of an event can never be passed off as an anchor's, or the other way round.
EVENT_CONTEXT = b"complaintdesk-event\x00"
ANCHOR_CONTEXT = b"complaintdesk-anchor\x00"


class HistoryKeyMissing(ServiceError):
    """This desk holds no key of the office, whose history is sealed: nothing may be written here."""

    message = msg.KEY_MISSING


class HistoryKeyError(ServiceError):
    """A key file that cannot be used, exported or imported (the message says why)."""


def office_id(value: object) -> str:
    """The office's UUID as stored in ``office.uuid``, checked (it names files: never a path)."""
    try:
        return str(uuid.UUID(str(value)))
    except (ValueError, TypeError, AttributeError):
        raise HistoryKeyError(msg.BAD_OFFICE_UUID, value=repr(value)) from None


def seal(key: bytes, event_hash: str) -> str:
    """An event's seal: HMAC-SHA256 of its chain hash under the office's key, in hex."""
    return hmac.new(key, EVENT_CONTEXT + event_hash.encode("ascii"), hashlib.sha256).hexdigest()


def seal_matches(key: bytes, event_hash: str, mac: str | None) -> bool:
    return mac is not None and hmac.compare_digest(seal(key, event_hash), mac)


def mac_of(key: bytes, payload: bytes) -> str:
    """An anchor's seal (``services.anchors``)."""
    return hmac.new(key, ANCHOR_CONTEXT + payload, hashlib.sha256).hexdigest()


# --- private files ----------------------------------------------------------------------------------


def private_folder(path: Path) -> Path:
    """``path`` created if need be; 0700 on POSIX (keys and anchors are nobody else's business), like the
    data folder that holds it (complaintdesk.private_files)."""
    if path.parent == data_dir():
        private_data_dir()
    return make_private_dir(path)


def _temp_beside(path: Path, data: bytes, *, durable: bool = True) -> Path:
    temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        os.write(fd, data)
        if durable:
            os.fsync(fd)
    finally:
        os.close(fd)
    return temp


def write_private(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` atomically (a temporary file beside it, then ``os.replace``), 0600.
    ``durable=False`` spares the fsync (an anchor, written on every commit: a power cut may lose the newest
    one, which leaves an older, still true, anchor — or, on some file systems, an empty file)."""
    temp = _temp_beside(path, data, durable=durable)
    try:
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def create_private(path: Path, data: bytes) -> bool:
    """Write ``path`` only if it does not exist (complete or not at all, 0600); False when it existed."""
    temp = _temp_beside(path, data)
    try:
        os.link(temp, path)  # never replaces: two processes creating the same key keep the first one
    except FileExistsError:
        return False
    except OSError:  # a file system without hard links
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        except FileExistsError:
            return False
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
    finally:
        temp.unlink(missing_ok=True)
    return True


# --- this desk's key ----------------------------------------------------------------------------------


def keys_dir() -> Path:
    return data_dir() / "keys"


def key_path(office: str) -> Path:
    return keys_dir() / f"{office_id(office)}.key"


def load_key(office: str) -> bytes | None:
    """This desk's key of ``office``, or None when it holds none."""
    path = key_path(office)
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise HistoryKeyError(msg.KEY_UNREADABLE, path=path, reason=exc.strerror or str(exc)) from exc
    if len(key) != KEY_BYTES:
        raise HistoryKeyError(msg.KEY_UNREADABLE, path=path, reason=f"{len(key)} bytes, not {KEY_BYTES}")
    return key


def create_key(office: str) -> tuple[bytes, bool]:
    """This desk's key of ``office``: a new one, unless one exists already; (key, created now)."""
    path = key_path(office)
    private_folder(path.parent)
    if create_private(path, secrets.token_bytes(KEY_BYTES)):
        return load_key(office), True
    return load_key(office), False


def forget_key(office: str) -> None:
    """Remove a key this process created for a sealing that was not committed."""
    key_path(office).unlink(missing_ok=True)


def install_key(office: str, key: bytes) -> Path:
    """Store ``key`` as this desk's key of ``office`` (a different key there is kept aside, not lost)."""
    path = key_path(office)
    private_folder(path.parent)
    current = load_key(office)
    if current is not None and current != key:
        write_private(path.with_name(f"{path.name}.replaced-{secrets.token_hex(4)}"), current)
    write_private(path, key)
    return path


def export_text(office: str, key: bytes) -> bytes:
    return json.dumps({"format": EXPORT_FORMAT, "version": 1, "office": office_id(office), "key": key.hex()},
                      indent=1).encode("utf-8")


def write_export(dest: Path, office: str, key: bytes) -> Path:
    """The key in a file for another desk (0600); an existing file is never overwritten."""
    dest = dest.expanduser()
    if dest.exists() or not create_private(dest, export_text(office, key)):
        raise HistoryKeyError(msg.KEY_FILE_EXISTS, path=dest)
    return dest


def read_export(path: Path) -> tuple[str, bytes]:
    """(office, key) from an exported key file; HistoryKeyError for anything else."""
    try:
        data = json.loads(path.expanduser().read_bytes().decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
            raise ValueError("not an exported history key")
        key = bytes.fromhex(str(data["key"]))
        if len(key) != KEY_BYTES:
            raise ValueError(f"{len(key)} bytes, not {KEY_BYTES}")
        return office_id(data.get("office")), key
    except HistoryKeyError:
        raise
    except OSError as exc:
        raise HistoryKeyError(msg.KEY_UNREADABLE, path=path, reason=exc.strerror or str(exc)) from exc
    except (ValueError, KeyError, UnicodeDecodeError) as exc:
        raise HistoryKeyError(msg.KEY_UNREADABLE, path=path, reason=str(exc)) from exc


# --- the desk's part in the office's history ----------------------------------------------------------


@dataclass
class Desk:
    """This desk's part in an office's history: the office, this desk's key (None: it may not write) and
    the files its chain head is anchored in after every commit (``services.anchors``)."""

    office: str
    key: bytes | None
    anchor_files: tuple[Path, ...]
    beside_file: Path | None = None  # the anchor beside a SQLite office (also in anchor_files)

    def seal(self, event_hash: str) -> str:
        """The seal of a new event; refused (HistoryKeyMissing) on a desk without the key."""
        if self.key is None:
            raise HistoryKeyMissing(office=self.office)
        return seal(self.key, event_hash)
