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

HEADER_SCAN_ROWS = 20
MAX_ROWS = 200_000
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
    """The header and data rows of an xlsx (first sheet, or ``sheet``) or csv file (UTF-8 or GBK)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        numbered, title = _read_workbook(path, sheet)
    elif suffix in (".csv", ".txt"):
        numbered, title = _read_csv(path), None
    elif suffix == ".xls":
        raise ServiceError(msg.XLS_NOT_SUPPORTED)
    else:
        raise ServiceError(msg.UNSUPPORTED_FILE_TYPE, suffix=suffix or path.name)
    if len(numbered) > MAX_ROWS + HEADER_SCAN_ROWS:
        raise ServiceError(msg.TOO_MANY_ROWS, max_rows=MAX_ROWS)
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


def _read_workbook(path: Path, sheet: str | None) -> tuple[list[tuple[int, tuple]], str]:
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or mislabelled file
        raise ServiceError(msg.CANNOT_READ_WORKBOOK, file=path.name, error=str(exc)) from exc
    try:
        if sheet is not None and sheet not in wb.sheetnames:
            raise ServiceError(msg.NO_SUCH_SHEET, sheet=sheet, sheets=list(wb.sheetnames))
        ws = wb[sheet] if sheet is not None else wb.worksheets[0]
        raw = [tuple(r) for r in ws.iter_rows(values_only=True)]
        title = ws.title
    finally:
        wb.close()
    return [(i + 1, r) for i, r in enumerate(raw)], title


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
    return [(i + 1, tuple(r)) for i, r in enumerate(csv.reader(io.StringIO(text, newline=""), dialect))]


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
