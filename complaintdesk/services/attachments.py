"""Evidence kept with a case: files checked by type, size and first bytes, stored once by content hash."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any
from xml.parsers import expat

from complaintdesk.domain.vocabulary import AttachmentKind
from complaintdesk.messages import Text
from complaintdesk.messages import cases as msg
from complaintdesk.messages import claims as claim_msg
from complaintdesk.services import history
from complaintdesk.services.case_context import Workplace, case_detail, lock_case
from complaintdesk.services.desk_types import CaseDetail
from complaintdesk.services.errors import ServiceError
from complaintdesk.services.ooxml import UnsafeXml, content_types
from complaintdesk.services.validation import Collector
from complaintdesk.store.models import ArrearsClaim, Attachment, AttachmentBlob
from complaintdesk.store.types import utcnow

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
MEGABYTE = 1048576

# What an officer may attach: documents and pictures, identified by their first bytes.
ATTACHMENT_TYPES = {
    ".pdf": ("application/pdf", (b"%PDF",)),
    ".jpg": ("image/jpeg", (b"\xff\xd8\xff",)), ".jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".png": ("image/png", (b"\x89PNG\r\n\x1a\n",)), ".gif": ("image/gif", (b"GIF87a", b"GIF89a")),
    ".bmp": ("image/bmp", (b"BM",)), ".tif": ("image/tiff", (b"II*\x00", b"MM\x00*")),
    ".tiff": ("image/tiff", (b"II*\x00", b"MM\x00*")),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", (b"PK\x03\x04",)),
    ".xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (b"PK\x03\x04",)),
    ".ofd": ("application/ofd", (b"PK\x03\x04",)),
    ".doc": ("application/msword", (b"\xd0\xcf\x11\xe0",)), ".xls": ("application/vnd.ms-excel", (b"\xd0\xcf\x11\xe0",)),
    ".wps": ("application/vnd.ms-works", (b"\xd0\xcf\x11\xe0",)), ".et": ("application/vnd.ms-excel", (b"\xd0\xcf\x11\xe0",)),
    ".txt": ("text/plain", ()),
}
TEXT_TYPES = frozenset({".txt"})
# An Office Open XML package: its main part and the content type [Content_Types].xml gives it (a macro
# workbook renamed .xlsx declares another); an OFD package (GB/T 33190): its entry file, no content types.
PACKAGE_MAIN = {
    ".docx": ("word/document.xml",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "Word"),
    ".xlsx": ("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
              "Excel"),
    ".ofd": ("OFD.xml", None, "OFD"),
}
SAFE_NAME_RE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class AttachmentNotFound(ServiceError):
    message = msg.ATTACHMENT_NOT_FOUND


class AttachmentDamaged(ServiceError):
    message = msg.ATTACHMENT_DAMAGED


def read_attachment(c: Collector, path: Path, limit: int) -> bytes:
    """The file's content if it is of an allowed type, not too large and what its extension says."""
    suffix = path.suffix.lower()
    if suffix not in ATTACHMENT_TYPES:
        c.add("file", msg.UNSUPPORTED_FILE_TYPE, suffix=suffix or msg.NO_EXTENSION)
        return b""
    data = b""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise IsADirectoryError(str(path))
        if size > limit:
            c.add("file", msg.FILE_TOO_LARGE, size_mb=f"{size / MEGABYTE:.1f}", limit_mb=f"{limit / MEGABYTE:.0f}")
        else:
            data = path.read_bytes()
    except OSError as exc:
        c.add("file", msg.CANNOT_READ_FILE, error=str(exc.strerror or exc))
    magics = ATTACHMENT_TYPES[suffix][1]
    if data and magics and not any(data.startswith(m) for m in magics):
        c.add("file", msg.CONTENT_MISMATCH)
    elif data and (problem := content_problem(suffix, data)) is not None:
        c.add("file", problem)
    return data


def content_problem(suffix: str, data: bytes) -> Text | None:
    """What is wrong with the content beyond its first bytes, or None: text must decode as text, an Office
    or OFD package must hold the main part of what its extension says."""
    if suffix in TEXT_TYPES:
        return None if _is_text(data) else msg.NOT_PLAIN_TEXT()
    if suffix in PACKAGE_MAIN:
        return _package_problem(suffix, data)
    return None


def _is_text(data: bytes) -> bool:
    if b"\x00" in data:  # UTF-16, or a binary file renamed
        return False
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            data.decode(encoding)
            return True
        except UnicodeDecodeError:
            continue
    return False


def _package_problem(suffix: str, data: bytes) -> Text | None:
    part, main_type, kind = PACKAGE_MAIN[suffix]
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if main_type is None:  # OFD: the entry file at the package's root
                return None if part in names else msg.NOT_OFFICE_PACKAGE(kind=kind, part=part)
            declared = content_types(archive)
    except UnsafeXml:
        return msg.UNSAFE_PACKAGE()
    except KeyError:
        return msg.NOT_OFFICE_PACKAGE(kind=kind, part="[Content_Types].xml")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, expat.ExpatError, ValueError, EOFError, OSError):
        return msg.CONTENT_MISMATCH()
    if any(t == main_type and name in names for name, t in declared.items()):
        return None
    return msg.NOT_OFFICE_PACKAGE(kind=kind, part=part)


class AttachmentService:
    """Adds evidence to cases and hands it back, checked against its hash."""

    def __init__(self, workplace: Workplace, settings: Callable[[], Mapping[str, Any]]):
        self._place = workplace
        self._settings = settings

    def add_attachment(self, case_id: int, path: Path, kind: str, description: str | None,
                       claim_id: int | None = None) -> CaseDetail:
        c = Collector()
        path = Path(path)
        try:
            AttachmentKind(kind)
        except ValueError:
            c.add("kind", msg.CHOOSE_ATTACHMENT_KIND)
        data = read_attachment(c, path, int(self._settings().get("attachments.max_bytes", DEFAULT_MAX_BYTES)))
        if data == b"" and not c.problems:
            c.add("file", msg.FILE_EMPTY)
        c.raise_if_any()
        media = ATTACHMENT_TYPES[path.suffix.lower()][0]
        digest = hashlib.sha256(data).hexdigest()
        with self._place.write() as s:
            ctx = self._place.context(s)
            case = lock_case(ctx, case_id, None)
            claim = s.get(ArrearsClaim, claim_id) if claim_id is not None else None
            if claim_id is not None and (claim is None or claim.case_id != case.id):  # only this case's claims
                raise ServiceError(claim_msg.CLAIM_NOT_FOUND, field="claim_id")
            if s.get(AttachmentBlob, digest) is None:
                s.add(AttachmentBlob(sha256=digest, size_bytes=len(data), data=data))
            name = SAFE_NAME_RE.sub("_", path.name)[:255] or "file"
            desc = (description or "").strip()[:2000] or None
            att = Attachment(case_id=case.id, claim_id=claim_id, kind=kind, original_name=name, media_type=media,
                             size_bytes=len(data), sha256=digest, description=desc, added_by_id=ctx.actor.user_id)
            s.add(att)
            s.flush()
            case.updated_at = utcnow()
            history.record(s, ctx.actor, entity="attachment", entity_id=att.id, case_id=case.id,
                           action="attachment_added", summary=f"添加附件：{name}（{AttachmentKind(kind).label_zh}）",
                           changes={"sha256": (None, digest), "size_bytes": (None, len(data))})
            return case_detail(ctx, case.id)

    def attachment_content(self, attachment_id: int) -> tuple[str, bytes]:
        """The file's name and content, refused if the stored bytes no longer match their hash."""
        with self._place.read() as s:
            att = s.get(Attachment, attachment_id)
            if att is None or att.removed_at is not None:
                raise AttachmentNotFound()
            blob = s.get(AttachmentBlob, att.sha256)
            if blob is None or hashlib.sha256(blob.data).hexdigest() != att.sha256:
                raise AttachmentDamaged()
            return att.original_name, blob.data

    def export_attachment(self, attachment_id: int, folder: Path) -> Path:
        """Write a copy for the system viewer; the name cannot leave ``folder``."""
        name, data = self.attachment_content(attachment_id)
        safe = SAFE_NAME_RE.sub("_", Path(name).name).lstrip(".") or "file"
        target = Path(folder) / f"{attachment_id}-{safe}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        return target
