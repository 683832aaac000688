"""Reading an xlsx workbook with bounded memory and time, whatever the file claims about itself.

An xlsx file is a zip of XML parts. Unpacked, a 1 MB file may hold a gigabyte of XML; its sheet may
declare itself ``A1:XFD150001`` (openpyxl then pads every row to 16,384 cells); its parts may carry a
DTD with entities (billion laughs, external entities). So, before openpyxl reads anything:

1. every part's unpacked size is checked against the zip's directory (a lying entry fails its CRC);
2. every XML part openpyxl parses whole is scanned by expat, with no tree built: a DTD or an
   entity declaration refuses the file (spreadsheets never contain one);
3. the sheet to be read is scanned the same way, counting while it streams: rows with content,
   cell elements per row and in all, the columns that hold a value and the length of each value.
   The first limit crossed ends the scan with a coded message that names it.

Only then does openpyxl read the sheet, in read-only mode, with the sheet's claimed dimensions
ignored and each row cut at ``MAX_COLUMNS``. ``defusedxml`` (a dependency) makes openpyxl's own
parser refuse entities too; the scan does not rely on it.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat

from complaintdesk.messages import Message
from complaintdesk.messages import importer as msg
from complaintdesk.services.errors import ServiceError
from complaintdesk.services.ooxml import UnsafeXml, stream_xml

MAX_ROWS_WITH_CONTENT = 200_000 + 20  # the importer's MAX_ROWS, plus title rows above the header
MAX_COLUMNS = 100  # columns whose cells are read (a ledger has about 30)
MAX_CELLS_PER_ROW = 1_000  # cell elements in one row, empty formatted ones included
MAX_CELLS = 8_000_000  # cell elements in the sheet (a 200,000-row, 40-column ledger)
MAX_CELL_CHARS = 32_767  # Excel's own limit for a cell
MAX_DEPTH = 12  # elements inside elements: sheet XML is four or five deep
MAX_SHEET_XML = 512 * 1024 * 1024  # the sheet part, unpacked: scanned and read as a stream
MAX_STRINGS_XML = 128 * 1024 * 1024  # shared strings, unpacked: openpyxl keeps them all in memory
MAX_PART_XML = 16 * 1024 * 1024  # any other part (styles, workbook, relationships), unpacked
_CELL_REF = re.compile(r"([A-Z]{1,3})")
_VALUE_TAGS = frozenset({"v", "is", "f"})


class _Limit(Exception):
    """A limit crossed while scanning: the message to show."""

    def __init__(self, message: Message, params: dict):
        super().__init__(message.code)
        self.message, self.params = message, params


@dataclass(frozen=True)
class SheetShape:
    """What the scan found: the sheet's part in the zip and the widest column holding a value."""

    part: str | None  # None: no such sheet (openpyxl then names the sheets there are)
    width: int


def check_workbook(path: Path, sheet: str | None) -> SheetShape:
    """Scan the workbook before it is read (see the module's docstring).

    Raises ServiceError with a coded message: not a zip, a part too large, a DTD, or a limit of the sheet.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                _check_size(path, info)
            for info in archive.infolist():
                if info.filename.endswith((".xml", ".rels")) and not _is_sheet(info.filename):
                    _scan(archive, info, _StringsScan() if info.filename.endswith("sharedStrings.xml") else _PartScan())
            part = _sheet_part(archive, sheet)
            if part is None:
                return SheetShape(None, 0)
            # A target this reading of the relationships does not find: every sheet is held to the limits.
            parts = [part] if part in archive.namelist() else [n for n in archive.namelist() if _is_sheet(n)]
            width = 0
            for name in parts:
                scan = _SheetScan()
                _scan(archive, archive.getinfo(name), scan)
                width = max(width, scan.width)
            return SheetShape(part, width)
    except UnsafeXml:
        raise ServiceError(msg.UNSAFE_XML, file=path.name) from None
    except _Limit as limit:
        raise ServiceError(limit.message, **limit.params) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, EOFError, OSError, expat.ExpatError,
            ValueError) as exc:
        raise ServiceError(msg.CANNOT_READ_WORKBOOK, file=path.name, error=str(exc)) from exc


def _is_sheet(name: str) -> bool:
    return name.startswith("xl/worksheets/") and name.endswith(".xml")


def _check_size(path: Path, info: zipfile.ZipInfo) -> None:
    name = info.filename
    limit = MAX_SHEET_XML if _is_sheet(name) else MAX_STRINGS_XML if name.endswith("sharedStrings.xml") \
        else MAX_PART_XML
    if info.file_size > limit:
        raise _Limit(msg.WORKBOOK_PART_TOO_LARGE, {"file": path.name, "limit_mb": limit // (1024 * 1024),
                                                   "part": name})


def _sheet_part(archive: zipfile.ZipFile, sheet: str | None) -> str | None:
    """The zip name of the named sheet (or the first), from workbook.xml and its relationships.

    Read with the same scanning parser (no tree): both files were already checked for DTDs.
    """
    names: list[tuple[str, str]] = []  # (sheet name, relationship id), in the workbook's order
    targets: dict[str, str] = {}

    def on_sheet(tag: str, attrs: dict) -> None:
        if tag == "sheet":
            rel = next((v for k, v in attrs.items() if k.endswith(" id") or k == "r:id"), "")
            names.append((attrs.get("name", ""), rel))

    def on_rel(tag: str, attrs: dict) -> None:
        if tag == "Relationship":
            targets[attrs.get("Id", "")] = attrs.get("Target", "")

    _walk(archive, "xl/workbook.xml", on_sheet)
    _walk(archive, "xl/_rels/workbook.xml.rels", on_rel)
    chosen = next((rel for name, rel in names if sheet is None or name == sheet), None)
    target = targets.get(chosen or "")
    if not target:
        return None  # no such sheet: openpyxl says which sheets there are
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join("xl", target))  # relative to xl/workbook.xml


def _walk(archive: zipfile.ZipFile, name: str, on_start) -> None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return
    scan = _PartScan()
    scan.on_start = on_start
    _scan(archive, info, scan)


class _PartScan:
    """Any part: no DTD, no entities, not too deep."""

    def __init__(self) -> None:
        self.depth = 0
        self.on_start = None

    def start(self, name: str, attrs: dict) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ValueError(f"elements nested more than {MAX_DEPTH} deep")
        if self.on_start is not None:
            self.on_start(name.rsplit(" ", 1)[-1], attrs)

    def end(self, name: str) -> None:
        self.depth -= 1

    def text(self, data: str) -> None:
        pass


class _StringsScan(_PartScan):
    """The shared strings (openpyxl keeps every one in memory): how many, and how long each."""

    def __init__(self) -> None:
        super().__init__()
        self.strings = self.chars = 0

    def start(self, name: str, attrs: dict) -> None:
        super().start(name, attrs)
        if name.rsplit(" ", 1)[-1] == "si":
            self.strings += 1
            self.chars = 0
            if self.strings > MAX_CELLS:
                raise _Limit(msg.TOO_MANY_CELLS, {"max_cells": MAX_CELLS})

    def text(self, data: str) -> None:
        self.chars += len(data)
        if self.chars > MAX_CELL_CHARS:
            raise _Limit(msg.TEXT_TOO_LONG, {"max_chars": MAX_CELL_CHARS})


class _SheetScan(_PartScan):
    """The sheet: rows with content, cells per row and in all, value columns, value lengths."""

    def __init__(self) -> None:
        super().__init__()
        self.rows = self.cells = self.row_cells = self.row_number = self.column = self.chars = self.width = 0
        self.row_has_value = self.in_value = False

    def start(self, name: str, attrs: dict) -> None:
        super().start(name, attrs)
        tag = name.rsplit(" ", 1)[-1]
        if tag == "row":
            self._row(attrs)
        elif tag == "c":
            self._cell(attrs)
        elif tag in _VALUE_TAGS:
            self._value()

    def _row(self, attrs: dict) -> None:
        number = attrs.get("r", "")
        self.row_number = int(number) if number.isdigit() else self.row_number + 1
        self.row_cells = self.column = 0
        self.row_has_value = False

    def _cell(self, attrs: dict) -> None:
        self.cells += 1
        self.row_cells += 1
        if self.row_cells > MAX_CELLS_PER_ROW:
            raise _Limit(msg.TOO_MANY_CELLS_IN_ROW, {"row": self.row_number, "max_cells": MAX_CELLS_PER_ROW})
        if self.cells > MAX_CELLS:
            raise _Limit(msg.TOO_MANY_CELLS, {"max_cells": MAX_CELLS})
        match = _CELL_REF.match(attrs.get("r", ""))
        self.column = _column_index(match[1]) if match else self.column + 1

    def _value(self) -> None:
        if self.column > MAX_COLUMNS:
            raise _Limit(msg.TOO_MANY_COLUMNS, {"row": self.row_number, "column": self.column,
                                                "max_columns": MAX_COLUMNS})
        self.width = max(self.width, self.column)
        if not self.row_has_value:
            self.row_has_value = True
            self.rows += 1
            if self.rows > MAX_ROWS_WITH_CONTENT:
                raise _Limit(msg.TOO_MANY_ROWS, {"max_rows": MAX_ROWS_WITH_CONTENT - 20})
        self.in_value, self.chars = True, 0

    def end(self, name: str) -> None:
        super().end(name)
        if name.rsplit(" ", 1)[-1] in _VALUE_TAGS:
            self.in_value = False

    def text(self, data: str) -> None:
        if self.in_value:
            self.chars += len(data)
            if self.chars > MAX_CELL_CHARS:
                raise _Limit(msg.CELL_TOO_LONG, {"row": self.row_number, "max_chars": MAX_CELL_CHARS})


def _column_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _scan(archive: zipfile.ZipFile, info: zipfile.ZipInfo, scan: _PartScan) -> None:
    """Stream the part through expat once: no tree, no entity ever expanded (``ooxml.stream_xml``)."""
    with archive.open(info) as stream:
        stream_xml(stream, scan.start, scan.end, scan.text)


def rows_of(ws, width: int) -> Iterator[tuple]:
    """The sheet's rows (values only) as wide as the scan found values, ignoring the dimensions it claims."""
    ws.reset_dimensions()  # a claimed A1:XFD150001 must not pad every row to 16,384 cells
    yield from ws.iter_rows(values_only=True, max_col=max(1, min(width, MAX_COLUMNS)))
