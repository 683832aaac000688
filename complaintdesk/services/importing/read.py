"""Import phase 2, reading: an xlsx or csv file → its header and data rows, numbered as the user sees them.

Title rows above the header are skipped (the header is the row among the first ones with the most
recognised headings); blank rows are dropped; every kept row keeps its spreadsheet row number.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook

from complaintdesk.messages import importer as msg
from complaintdesk.services.errors import ServiceError
from complaintdesk.services.importing.cells import cell_blank
from complaintdesk.services.importing.mapping import field_for_heading
from complaintdesk.services.importing.workbook import MAX_COLUMNS, check_workbook, rows_of

HEADER_SCAN_ROWS = 20
MAX_ROWS = 200_000
MEGABYTE = 1024 * 1024
MAX_FILE_BYTES = 10 * MEGABYTE  # refused before parsing: a ledger of 20,000 rows is about 1.5 MB as xlsx
ENCODINGS = ("utf-8-sig", "gb18030")


@dataclass(frozen=True)
class ImportRow:
    number: int  # the row number the user sees in the spreadsheet (CSV: the record's number)
    values: tuple


@dataclass(frozen=True)
class ImportTable:
    source: str  # the file name
    sheet: str | None
    header_row: int
    columns: tuple[str, ...]
    rows: tuple[ImportRow, ...]


def read_table(path: str | Path, sheet: str | None = None) -> ImportTable:
    """The header and data rows of an xlsx (first sheet, or ``sheet``) or csv file (UTF-8 or GBK).

    Refused with a coded message before it is parsed: a file over ``MAX_FILE_BYTES``; while it is
    read: more than ``MAX_ROWS`` rows, an xlsx over the limits of ``importing.workbook``."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ServiceError(msg.XLS_NOT_SUPPORTED)
    if suffix not in (".xlsx", ".xlsm", ".csv", ".txt"):
        raise ServiceError(msg.UNSUPPORTED_FILE_TYPE, suffix=suffix or path.name)
    _check_file_size(path)
    if suffix in (".xlsx", ".xlsm"):
        numbered, title = _read_workbook(path, sheet)
    else:
        numbered, title = _read_csv(path), None
    h = _header_index([r for _, r in numbered])
    header_number, header = numbered[h] if numbered else (1, ())
    width = len(header)
    while width and cell_blank(header[width - 1]):
        width -= 1
    rows = []
    for number, values in numbered[h + 1:]:
        values = tuple(values[:width]) + (None,) * (width - len(values))
        if not all(cell_blank(v) for v in values):
            rows.append(ImportRow(number, values))
    return ImportTable(path.name, title, header_number, _columns(header[:width]), tuple(rows))


def _check_file_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ServiceError(msg.CANNOT_READ_WORKBOOK, file=path.name, error=str(exc.strerror or exc)) from exc
    if size > MAX_FILE_BYTES:
        raise ServiceError(msg.FILE_TOO_LARGE, file=path.name, size_mb=f"{size / MEGABYTE:.1f}",
                           limit_mb=MAX_FILE_BYTES // MEGABYTE)


def _read_workbook(path: Path, sheet: str | None) -> tuple[list[tuple[int, tuple]], str]:
    shape = check_workbook(path, sheet)  # limits and XML attacks, before openpyxl parses anything
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or mislabelled file
        raise _unreadable(path, exc) from exc
    try:
        if sheet is not None and sheet not in wb.sheetnames:
            raise ServiceError(msg.NO_SUCH_SHEET, sheet=sheet, sheets=list(wb.sheetnames))
        ws = wb[sheet] if sheet is not None else wb.worksheets[0]
        numbered = _numbered(rows_of(ws, shape.width))
        title = ws.title
    except ServiceError:
        raise
    except Exception as exc:  # the sheet is parsed while it is read: a damaged part fails here
        raise _unreadable(path, exc) from exc
    finally:
        wb.close()
    return numbered, title


def _numbered(rows) -> list[tuple[int, tuple]]:
    """The rows that hold something, with the row number the user sees; refused past ``MAX_ROWS``."""
    numbered = []
    for number, row in enumerate(rows, start=1):
        if len(row) > MAX_COLUMNS:  # a CSV line of commas; an xlsx row is already cut by the scan's width
            beyond = next((i for i in range(len(row) - 1, MAX_COLUMNS - 1, -1) if not cell_blank(row[i])), None)
            if beyond is not None:
                raise ServiceError(msg.TOO_MANY_COLUMNS, row=number, column=beyond + 1, max_columns=MAX_COLUMNS)
            row = row[:MAX_COLUMNS]
        if not all(cell_blank(v) for v in row):
            numbered.append((number, tuple(row)))
            if len(numbered) > MAX_ROWS + HEADER_SCAN_ROWS:
                raise ServiceError(msg.TOO_MANY_ROWS, max_rows=MAX_ROWS)
    return numbered


def _unreadable(path: Path, exc: Exception) -> ServiceError:
    if "Forbidden" in type(exc).__name__:  # defusedxml's DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
        return ServiceError(msg.UNSAFE_XML, file=path.name)
    return ServiceError(msg.CANNOT_READ_WORKBOOK, file=path.name, error=str(exc) or type(exc).__name__)


def _read_csv(path: Path) -> list[tuple[int, tuple]]:
    data = path.read_bytes()
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes any byte string
        raise ServiceError(msg.UNKNOWN_ENCODING, file=path.name)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    try:
        return _numbered(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error as exc:  # e.g. a field over the csv module's size limit
        raise ServiceError(msg.BAD_CSV, file=path.name, error=str(exc)) from exc


def _header_index(rows: list[tuple]) -> int:
    """The row among the first ones with the most recognised headings (title rows sit above it)."""
    best, best_score = 0, -1
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        score = len({field_for_heading(v) for v in row if not cell_blank(v)} - {None})
        if score > best_score:
            best, best_score = i, score
    if best_score < 2:  # nothing recognised: the first non-empty row is the header
        best = next((i for i, row in enumerate(rows) if any(not cell_blank(v) for v in row)), 0)
    return best


def _columns(header: tuple) -> tuple[str, ...]:
    names, seen = [], set()
    for i, value in enumerate(header):
        name = str(value).strip() if not cell_blank(value) else f"第{i + 1}列"
        base, n = name, 2
        while name in seen:
            name, n = f"{base}（{n}）", n + 1
        seen.add(name)
        names.append(name)
    return tuple(names)
