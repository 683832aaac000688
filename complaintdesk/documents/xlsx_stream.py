"""A streaming xlsx writer: rows go into the zip as SpreadsheetML text while they are produced.

openpyxl's write-only mode streams too, but builds a cell object and an XML element for each of a
ledger's eight million cells (about 0.3 ms a row). Tables need a small part of SpreadsheetML: numbers,
dates and text in a fixed set of styles, column widths, a frozen header, print titles, merged title
rows. This writes exactly that, one formatted string per cell (Apache POI's SXSSF does the same):

- text is written inline (``t="inlineStr"``), never as a formula: a cell starting with ``=`` stays text;
  characters XML 1.0 cannot carry (control characters, lone surrogates) are dropped;
- dates are serial day numbers (1900 system) with a date format; money, counts and rates are numbers;
- every cell carries its reference, so empty cells are simply left out.

The parts that describe the workbook are written before the first row, so ``[Content_Types].xml`` is
the zip's first entry, as spreadsheet detectors expect.
"""

from __future__ import annotations

import queue
import re
import threading
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import IntEnum
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape, quoteattr

MAX_CELL_CHARS = 32_767  # Excel refuses longer cell text
_FLUSH_ROWS = 512  # rows joined into one write: fewer, larger writes into the compressor
_EXCEL_EPOCH = date(1899, 12, 30).toordinal()  # serial 1 = 1900-01-01 (the 1900 leap-year quirk included)

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


class Style(IntEnum):
    """The cell formats a table uses (indices into styles.xml's cellXfs)."""

    GENERAL = 0
    MONEY = 1  # #,##0.00
    DATE = 2  # yyyy-mm-dd
    INT = 3  # #,##0
    PERCENT = 4  # 0.0%
    BOLD = 5
    BOLD_MONEY = 6
    BOLD_DATE = 7
    BOLD_INT = 8
    BOLD_PERCENT = 9
    HEADER = 10  # bold, shaded, thin borders, centred and wrapped
    TITLE = 11  # bold, 14 pt
    DATETIME = 12  # yyyy-mm-dd hh:mm (a date or datetime in a General column gets a date format)

    @property
    def bold(self) -> Style:
        return Style(self + 5) if self <= Style.PERCENT else self


_STYLES_XML = _XML + f"""<styleSheet xmlns="{_MAIN}">
<numFmts count="4"><numFmt numFmtId="164" formatCode="#,##0.00"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd"/>\
<numFmt numFmtId="166" formatCode="0.0%"/><numFmt numFmtId="167" formatCode="yyyy-mm-dd hh:mm"/></numFmts>
<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
<fill><patternFill patternType="solid"><fgColor rgb="FFDDE4EE"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
<border><left style="thin"><color rgb="FF999999"/></left><right style="thin"><color rgb="FF999999"/></right>\
<top style="thin"><color rgb="FF999999"/></top><bottom style="thin"><color rgb="FF999999"/></bottom><diagonal/></border>\
</borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="13"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>\
<xf numFmtId="165" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>\
<xf numFmtId="3" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>\
<xf numFmtId="166" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>\
<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" \
applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
<xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""
_STYLE_ATTR = tuple(f' s="{int(s)}"' if s else "" for s in Style)

# Text that needs more than copying: XML's special characters or characters XML cannot carry (and a
# space at either end, kept only with xml:space="preserve": see _plain_text).
_TEXT_NEEDS_WORK = re.compile(r"[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def column_letter(index: int) -> str:
    """1 → A, 27 → AA."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _text(ref: str, style: str, value: str) -> str:
    space = ""
    if len(value) > MAX_CELL_CHARS:
        value = value[:MAX_CELL_CHARS]
    if not _plain_text(value):
        value = _NOT_XML.sub("", value)
        if value[:1].isspace() or value[-1:].isspace():
            space = ' xml:space="preserve"'
        value = escape(value)
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{value}</t></is></c>'


def _plain_text(value: str) -> bool:
    """Whether ``value`` goes into the markup as it is (``append`` inlines this test: 4 million cells)."""
    return value.strip() == value and not _TEXT_NEEDS_WORK.search(value)


def _decimal(ref: str, style: str, value: Decimal) -> str:
    if not value.is_finite():
        return _text(ref, style, str(value))
    return f'<c r="{ref}"{style}><v>{value!s}</v></c>'


def _int(ref: str, style: str, value: int) -> str:
    return f'<c r="{ref}"{style}><v>{value}</v></c>'


def _float(ref: str, style: str, value: float) -> str:
    if value != value or value in (float("inf"), float("-inf")):
        return _text(ref, style, str(value))
    return f'<c r="{ref}"{style}><v>{value!r}</v></c>'


def _bool(ref: str, style: str, value: bool) -> str:
    return f'<c r="{ref}"{style} t="b"><v>{int(value)}</v></c>'


def _date(ref: str, style: str, value: date) -> str:
    return f'<c r="{ref}"{style or _STYLE_ATTR[Style.DATE]}><v>{value.toordinal() - _EXCEL_EPOCH}</v></c>'


def _datetime(ref: str, style: str, value: datetime) -> str:
    seconds = value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
    serial = value.toordinal() - _EXCEL_EPOCH + seconds / 86400
    return f'<c r="{ref}"{style or _STYLE_ATTR[Style.DATETIME]}><v>{serial!r}</v></c>'


def _other(ref: str, style: str, value: object) -> str:
    if isinstance(value, datetime):
        return _datetime(ref, style, value)
    if isinstance(value, date):
        return _date(ref, style, value)
    if isinstance(value, bool):
        return _bool(ref, style, value)
    if isinstance(value, Decimal):
        return _decimal(ref, style, value)
    if isinstance(value, int):
        return _int(ref, style, value)
    if isinstance(value, float):
        return _float(ref, style, value)
    return _text(ref, style, str(value))


_CELL = {str: _text, Decimal: _decimal, int: _int, float: _float, bool: _bool, date: _date, datetime: _datetime}


@dataclass(frozen=True)
class SheetSpec:
    """A sheet's layout, known before its rows: name, column widths, the header row to freeze and repeat
    on every printed page, and the rows whose cells are merged across all columns (title rows)."""

    name: str
    widths: Sequence[float]
    header_row: int
    merged_rows: Sequence[int] = ()


class SheetWriter:
    """Appends rows to one sheet; ``styles`` gives each column's ``Style``."""

    def __init__(self, stream: IO[bytes], spec: SheetSpec):
        self._stream = stream
        self._spec = spec
        self._letters = [column_letter(i) for i in range(1, max(len(spec.widths), 1) + 1)]
        self._row = 0
        self._pending: list[str] = []
        self._styles: Sequence[Style] | None = None
        self._heads: list[tuple[str, str]] = []
        head = [_XML, f'<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">',
                '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>', '<sheetViews><sheetView workbookViewId="0">']
        if spec.header_row:
            top = f"A{spec.header_row + 1}"
            head.append(f'<pane ySplit="{spec.header_row}" topLeftCell="{top}" activePane="bottomLeft" '
                        f'state="frozen"/><selection pane="bottomLeft" activeCell="{top}" sqref="{top}"/>')
        head.append('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>')
        if spec.widths:
            head.append("<cols>" + "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
                                           for i, w in enumerate(spec.widths, start=1)) + "</cols>")
        head.append("<sheetData>")
        stream.write("".join(head).encode("utf-8"))

    @property
    def rows(self) -> int:
        """Rows appended so far (empty ones included)."""
        return self._row

    def append(self, values: Sequence, styles: Sequence[Style] = ()) -> None:
        """One row: ``values`` from column A on (None leaves a cell empty), each in its column's style
        (a missing style is General)."""
        self._row = n = self._row + 1
        if styles is not self._styles or len(values) > len(self._heads):
            if len(values) > len(self._letters):  # wider than the declared columns: nothing is dropped
                self._letters += [column_letter(i) for i in range(len(self._letters) + 1, len(values) + 1)]
            self._styles, self._heads = styles, self._cell_heads(styles)
        cells = [f'<row r="{n}">']
        push, date_style, needs_work = cells.append, _STYLE_ATTR[Style.DATE], _TEXT_NEEDS_WORK.search
        # The common types inline (a call per cell is a fifth of the time); the rest through _CELL.
        for (head, style), value in zip(self._heads, values, strict=False):
            kind = type(value)
            if kind is str:
                if len(value) <= MAX_CELL_CHARS and value.strip() == value and not needs_work(value):
                    push(f'{head}{n}"{style} t="inlineStr"><is><t>{value}</t></is></c>')
                else:
                    push(_text(f"{head[6:]}{n}", style, value))
            elif kind is Decimal and value.is_finite():
                push(f'{head}{n}"{style}><v>{value!s}</v></c>')  # !s: twice as fast as Decimal.__format__
            elif kind is date:
                push(f'{head}{n}"{style or date_style}><v>{value.toordinal() - _EXCEL_EPOCH}</v></c>')
            elif kind is int:
                push(f'{head}{n}"{style}><v>{value}</v></c>')
            elif value is not None:
                push(_CELL.get(kind, _other)(f"{head[6:]}{n}", style, value))
        cells.append("</row>")
        self._pending.append("".join(cells))
        if len(self._pending) >= _FLUSH_ROWS:
            self._flush()

    def _cell_heads(self, styles: Sequence[Style]) -> list[tuple[str, str]]:
        """Per column, the start of its cells' markup up to the row number, and its style attribute."""
        return [(f'<c r="{letter}', _STYLE_ATTR[style])
                for letter, style in zip(self._letters, _padded(styles, len(self._letters)), strict=False)]

    def close(self) -> None:
        self._flush()
        tail = ["</sheetData>"]
        merged = [f"A{r}:{self._letters[-1]}{r}" for r in self._spec.merged_rows if len(self._letters) > 1]
        if merged:
            tail.append(f'<mergeCells count="{len(merged)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merged)
                        + "</mergeCells>")
        tail.append('<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>'
                    '<pageSetup orientation="landscape" paperSize="9" fitToWidth="1" fitToHeight="0"/></worksheet>')
        self._stream.write("".join(tail).encode("utf-8"))

    def _flush(self) -> None:
        if self._pending:
            self._stream.write("".join(self._pending).encode("utf-8"))
            self._pending.clear()


def _padded(styles: Sequence[Style], width: int) -> Sequence[int]:
    return styles if len(styles) >= width else [*styles, *([Style.GENERAL] * (width - len(styles)))]


class XlsxStream:
    """A workbook whose sheets are all declared up front and then written one after the other.

    ``with XlsxStream(target, specs) as book:`` then, for each spec in order, ``with book.sheet() as ws:``
    and ``ws.append(...)``. ``compresslevel`` trades file size for time (1: fastest deflate).
    """

    def __init__(self, target: str | Path | IO[bytes], specs: Sequence[SheetSpec], compresslevel: int = 1):
        if not specs:
            raise ValueError("a workbook needs at least one sheet")
        self._specs = list(specs)
        self._next = 0
        self._zip = zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel)
        try:
            self._write_package()
        except BaseException:
            self._zip.close()
            raise

    def __enter__(self) -> XlsxStream:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def sheet(self) -> _SheetContext:
        """The next declared sheet, to be filled inside a ``with`` block."""
        if self._next >= len(self._specs):
            raise ValueError("every declared sheet has been written")
        self._next += 1
        return _SheetContext(self._zip, f"xl/worksheets/sheet{self._next}.xml", self._specs[self._next - 1])

    def close(self) -> None:
        try:
            while self._next < len(self._specs):  # sheets declared but not filled: left empty, still valid
                with self.sheet():
                    pass
        finally:
            self._zip.close()

    def _write_package(self) -> None:
        n = len(self._specs)
        sheets = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
                         f'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, n + 1))
        self._zip.writestr("[Content_Types].xml", _XML + (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f"{sheets}</Types>"))
        self._zip.writestr("_rels/.rels", _XML + (
            f'<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" Type="{_REL}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'))
        self._zip.writestr("xl/workbook.xml", _XML + self._workbook_xml())
        rels = "".join(f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                       for i in range(1, n + 1))
        self._zip.writestr("xl/_rels/workbook.xml.rels", _XML + (
            f'<Relationships xmlns="{_PKG_REL}">{rels}'
            f'<Relationship Id="rId{n + 1}" Type="{_REL}/styles" Target="styles.xml"/></Relationships>'))
        self._zip.writestr("xl/styles.xml", _STYLES_XML)

    def _workbook_xml(self) -> str:
        sheets = "".join(f'<sheet name={quoteattr(s.name)} sheetId="{i}" r:id="rId{i}"/>'
                         for i, s in enumerate(self._specs, start=1))
        titles = "".join(
            f'<definedName name="_xlnm.Print_Titles" localSheetId="{i}">'
            f"{escape(_quoted_sheet(s.name))}!${s.header_row}:${s.header_row}</definedName>"
            for i, s in enumerate(self._specs) if s.header_row)
        names = f"<definedNames>{titles}</definedNames>" if titles else ""
        return (f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><bookViews><workbookView/></bookViews>'
                f"<sheets>{sheets}</sheets>{names}</workbook>")


def _quoted_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


class _WriteBehind:
    """A sheet's zip stream written by a thread of its own, in order: deflate, its checksum and the file
    write run there while the rows go on being made (zlib and file writes leave the interpreter free,
    so a second core compresses). At most ``depth`` chunks wait; a failed write is raised by the next
    ``write`` or by ``close``, which waits for every chunk to be written."""

    def __init__(self, stream: IO[bytes], depth: int = 4):
        self._stream = stream
        self._chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=depth)
        self._failure: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="xlsx-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (chunk := self._chunks.get()) is not None:
            if self._failure is None:  # after a failure the rest is only drained, never written
                try:
                    self._stream.write(chunk)
                except BaseException as exc:  # noqa: BLE001 - handed to the writing thread
                    self._failure = exc

    def _raise_failure(self) -> None:
        if self._failure is not None:
            raise self._failure

    def write(self, data: bytes) -> None:
        self._raise_failure()
        self._chunks.put(data)

    def close(self) -> None:
        self._chunks.put(None)
        self._thread.join()
        self._raise_failure()


class _SheetContext:
    def __init__(self, archive: zipfile.ZipFile, part: str, spec: SheetSpec):
        self._archive, self._part, self._spec = archive, part, spec

    def __enter__(self) -> SheetWriter:
        self._stream = self._archive.open(self._part, "w", force_zip64=True)
        self._behind = _WriteBehind(self._stream)
        self._writer = SheetWriter(self._behind, self._spec)
        return self._writer

    def __exit__(self, *exc) -> None:
        try:
            try:
                self._writer.close()
            finally:
                self._behind.close()
        finally:
            self._stream.close()
