"""Tabular reports (ledgers, lists, statistics) rendered from plain rows to xlsx, PDF and CSV; no Qt, no ORM.

A ``TableReport`` is a title, the office, the period and one or more ``TableSection``s (a sheet in
xlsx, a headed table in PDF, a block in CSV). Rows are sequences of plain values — ``str``,
``int``, ``Decimal`` (money and rates), ``date`` or ``None`` — and may be a generator: xlsx and CSV
are written while the rows are produced, so a 200,000-row ledger never sits in memory.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from complaintdesk.documents.colfit import Need, fit_columns, header_need, squeeze_to, text_need
from complaintdesk.documents.fonts import load_font_set
from complaintdesk.documents.layout import Glyph, balanced_lines, break_lines, clean_text
from complaintdesk.documents.xlsx_stream import SheetSpec, Style, XlsxStream
from complaintdesk.domain.cells import inert, inert_row
from complaintdesk.domain.money import format_yuan

HEADER_ROW = 3  # xlsx: title, subtitle, header; data from row 4
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
PDF_ROWS_PER_TABLE = 250  # ReportLab splits a table in time quadratic in its rows: keep them short


class ColumnKind(StrEnum):
    TEXT = "text"
    MONEY = "money"  # Decimal yuan, two places
    DATE = "date"
    INT = "int"
    PERCENT = "percent"  # Decimal fraction: 0.935 = 93.5 %


@dataclass(frozen=True)
class Column:
    title: str
    kind: ColumnKind = ColumnKind.TEXT
    width: float = 12.0  # Excel character units (the PDF sizes its columns by their content)
    pdf: bool = True  # printed in the PDF (a wide ledger prints the columns that matter on paper)
    sample: str = ""  # PDF: the column is at least as wide as this text, and never wraps (codes, numbers)


@dataclass
class TableSection:
    name: str  # the sheet name (Excel: at most 31 characters) and the PDF heading
    columns: Sequence[Column]
    rows: Iterable[Sequence]
    total: Sequence | None = None  # a bold totals row after the data
    notes: Sequence[str] = ()  # definitions printed under the table


@dataclass
class TableReport:
    title: str  # e.g. 清欠台账
    office: str  # the office name, printed above every sheet and page
    period: str  # e.g. 2025-01-01 至 2025-12-31
    sections: Sequence[TableSection]
    subtitle: str = ""  # e.g. 截至 2025-12-31；制表日期 2026-01-05
    rows_written: dict[str, int] = field(default_factory=dict)  # filled in while rendering: section → rows


def sheet_name(name: str, taken: set[str]) -> str:
    """A valid, unique Excel sheet name (≤ 31 characters, none of []:*?/\\)."""
    base = _SHEET_FORBIDDEN.sub("_", name).strip("'") or "Sheet"
    base = base[:31]
    candidate, n = base, 2
    while candidate.lower() in taken:
        suffix = f"({n})"
        candidate, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(candidate.lower())
    return candidate


def _plain(value, kind: ColumnKind) -> str:
    """The CSV / PDF text of a value: money without separators in CSV is done by the caller."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if kind is ColumnKind.PERCENT and isinstance(value, Decimal):
        return f"{(value * 100).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"
    if kind is ColumnKind.MONEY and isinstance(value, Decimal | int):
        return f"{Decimal(value):.2f}"
    return str(value)


# --- xlsx --------------------------------------------------------------------------------------


def write_xlsx(report: TableReport, target: str | Path | IO[bytes]) -> None:
    """One sheet per section: title and subtitle rows merged across the table, a frozen header row
    repeated on every printed page, a number format per column kind, the totals in bold, the notes
    below. Rows are written as they are produced (``xlsx_stream``): a ledger of any length streams."""
    sections = list(report.sections)
    taken: set[str] = set()
    specs = [SheetSpec(sheet_name(section.name, taken), [col.width for col in section.columns], HEADER_ROW,
                       merged_rows=(1, 2)) for section in sections]
    with XlsxStream(target, specs or [SheetSpec("空", (), 0)]) as book:
        for section in sections:
            columns = list(section.columns)
            styles = [_XLSX_STYLES.get(col.kind, Style.GENERAL) for col in columns]
            with book.sheet() as ws:
                title = f"{report.office}　{report.title}" + (f"（{section.name}）" if len(sections) > 1 else "")
                # Every cell through ``inert`` (domain.cells): text that would start a formula stays text.
                ws.append(inert_row([title]), [Style.TITLE])
                ws.append(inert_row(["　".join(p for p in (f"统计期间：{report.period}", report.subtitle) if p)]))
                ws.append(inert_row([col.title for col in columns]), [Style.HEADER] * len(columns))
                first = ws.rows
                for values in section.rows:
                    ws.append(inert_row(values), styles)
                report.rows_written[section.name] = ws.rows - first
                if section.total is not None:
                    ws.append(inert_row(section.total), [style.bold for style in styles])
                if section.notes:
                    ws.append(())
                    for note in section.notes:
                        ws.append(inert_row([note]))


_XLSX_STYLES = {ColumnKind.MONEY: Style.MONEY, ColumnKind.DATE: Style.DATE, ColumnKind.INT: Style.INT,
                ColumnKind.PERCENT: Style.PERCENT}


# --- CSV ---------------------------------------------------------------------------------------


def write_csv(report: TableReport, target: str | Path | IO[str]) -> None:
    """UTF-8 with a byte-order mark (so that Excel and WPS on Chinese Windows read it right).

    A one-section report is a plain table (header, rows): it reads back with the importer. With
    several sections each block is its name, its header and its rows, then an empty line.
    """
    if isinstance(target, str | Path):
        with open(target, "w", encoding="utf-8-sig", newline="") as handle:
            _write_csv(report, handle)
    else:
        _write_csv(report, target)


def _write_csv(report: TableReport, handle: IO[str]) -> None:
    writer = csv.writer(handle, lineterminator="\r\n")
    several = len(report.sections) > 1
    for section in report.sections:
        columns = list(section.columns)
        if several:
            writer.writerow([inert(section.name)])
        writer.writerow(inert_row(c.title for c in columns))
        n = 0
        for values in section.rows:
            writer.writerow([_csv_text(v, c.kind) for c, v in zip(columns, values, strict=False)])
            n += 1
        if section.total is not None:
            writer.writerow([_csv_text(v, c.kind) for c, v in zip(columns, section.total, strict=False)])
        report.rows_written[section.name] = n
        if several:
            writer.writerow([])


def _csv_text(value, kind: ColumnKind) -> str:
    # Text that would start a formula gets an apostrophe (domain.cells); a number, even negative, does not.
    return inert(value) if isinstance(value, str) else _plain(value, kind)


# --- PDF ---------------------------------------------------------------------------------------


_PDF_PAGE_W, _PDF_PAGE_H = landscape(A4)
_PDF_MARGIN = 12 * mm
_PDF_FRAME_W = _PDF_PAGE_W - 2 * _PDF_MARGIN
# The cells' font size: the largest at which every column gets its minimum width; 6 pt is the floor
# (narrower still, long tokens break rather than cross a rule).
PDF_SIZES = (7.5, 7.0, 6.5, 6.0)
PDF_PADDING = 3.0  # between a cell's text and its rules, left and right: no digit ever touches a rule
PDF_LEADING = 1.25  # line distance within a cell, in sizes
# A wrapping text column is never narrower than this many Chinese characters (nor than its longest
# word or code); shorter text gets its own width.
PDF_TEXT_MIN_CHARS = 4
_NUMERIC = (ColumnKind.MONEY, ColumnKind.INT, ColumnKind.PERCENT)


def render_pdf(report: TableReport, fonts=None) -> bytes:
    """Landscape A4: office, title and period on every page, the header row repeated, 第 x 页 / 共 y 页.

    Columns are as wide as their content needs (``_pdf_grid``). Cells are plain strings, drawn as they
    are and never parsed as markup, so user text cannot inject any; text that wraps is broken into
    lines by the letters' rules (``layout.break_lines``: 避头尾, words and numbers whole).
    """
    styles = _PdfStyles.of(fonts or load_font_set())
    story = []
    for index, section in enumerate(report.sections):
        section_story, report.rows_written[section.name] = _pdf_section(
            section, styles, titled=bool(index or len(report.sections) > 1))
        story += section_story

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=(_PDF_PAGE_W, _PDF_PAGE_H), leftMargin=_PDF_MARGIN,
                            rightMargin=_PDF_MARGIN, topMargin=_PDF_MARGIN + 2 * mm, bottomMargin=_PDF_MARGIN,
                            title=f"{report.office} {report.title}", author=report.office, subject=report.period)
    doc.build(story, canvasmaker=partial(_NumberedCanvas, report=report, styles=styles))
    return buffer.getvalue()


class _Measure:
    """Text widths in one font at unit size (1 pt), and text broken into lines that fit a width."""

    def __init__(self, font: str) -> None:
        self.font = font
        self._chars: dict[str, float] = {}
        self.em = stringWidth("中", font, 1.0) or 1.0

    def __call__(self, text: str) -> float:
        return stringWidth(text, self.font, 1.0)

    def glyphs(self, text: str, size: float) -> list[Glyph]:
        out = []
        for char in text:
            unit = self._chars.get(char)
            if unit is None:
                unit = self._chars[char] = stringWidth(char, self.font, 1.0)
            out.append(Glyph(char, self.font, unit * size))
        return out

    def wrapped(self, text: str, width: float, size: float, *, balanced: bool = False) -> str:
        """``text`` in lines of at most ``width`` (one string, lines joined by newlines): broken as
        letters are, as evenly as possible for a header (``balanced``)."""
        if self(text) * size <= width + 1e-6:
            return text
        glyphs = self.glyphs(text, size)
        lines = balanced_lines(glyphs, width) if balanced else break_lines(glyphs, width, width)
        return "\n".join("".join(g.char for g in line.glyphs) for line in lines)


@dataclass(frozen=True)
class _PdfStyles:
    body: str  # font names
    head: str
    heading: ParagraphStyle
    note: ParagraphStyle
    body_width: _Measure
    head_width: _Measure

    @classmethod
    def of(cls, fonts) -> _PdfStyles:
        # Tables are set in the Song face (宋体 role: SimSun on Windows, AR PL UMing on Linux), which covers
        # far more of GBK than a 仿宋 and reads better in small cells; headings in 黑体.
        body, head = fonts.page_number, fonts.heading1
        return cls(
            body, head,
            heading=ParagraphStyle("heading", fontName=head, fontSize=11, leading=15, spaceBefore=4, spaceAfter=4),
            note=ParagraphStyle("note", fontName=body, fontSize=7, leading=9.5, wordWrap="CJK"),
            body_width=_Measure(body), head_width=_Measure(head))


def _pdf_section(section: TableSection, styles: _PdfStyles, titled: bool) -> tuple[list, int]:
    """The section's flowables (its rows in tables of at most PDF_ROWS_PER_TABLE rows) and how many
    rows it had. The rows are read once, as text, before the columns can be sized."""
    keep = [i for i, c in enumerate(section.columns) if c.pdf]
    columns = [section.columns[i] for i in keep]

    def texts(values: Sequence) -> list[str]:
        return [_pdf_text(values[i] if i < len(values) else None, c.kind) for i, c in zip(keep, columns, strict=True)]

    rows = [texts(values) for values in section.rows]
    total = texts(section.total) if section.total is not None else None
    grid = _pdf_grid(columns, rows, total, styles)
    header = grid.cells([c.title for c in columns], styles.head_width, header=True)
    batches = [rows[start:start + PDF_ROWS_PER_TABLE] for start in range(0, len(rows), PDF_ROWS_PER_TABLE)] or [[]]

    story: list = [Paragraph(escape(section.name), styles.heading)] if titled else []
    for number, batch in enumerate(batches, start=1):
        cells = [grid.cells(row, styles.body_width) for row in batch]
        last = number == len(batches)
        if last and total is not None:
            cells.append(grid.cells(total, styles.head_width))
        story.append(_pdf_table(header, cells, columns, grid, styles, total=last and total is not None))
    if not rows and section.total is None:
        story.append(Paragraph("（无记录）", styles.note))
    story += [Paragraph(escape(note), styles.note) for note in section.notes]
    story.append(Spacer(1, 4 * mm))
    return story, len(rows)


class _NumberedCanvas(Canvas):
    """Keeps each page until the end so that every page can say how many there are."""

    def __init__(self, *args, report: TableReport, styles: _PdfStyles, **kwargs):
        super().__init__(*args, **kwargs)
        self._report = report
        self._styles = styles
        self._pages = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        report, margin, page_w, page_h = self._report, _PDF_MARGIN, _PDF_PAGE_W, _PDF_PAGE_H
        self.saveState()
        self.setFont(self._styles.head, 10)
        self.drawString(margin, page_h - margin + 2 * mm, f"{report.office}　{report.title}")
        self.setFont(self._styles.body, 8)
        self.drawRightString(page_w - margin, page_h - margin + 2 * mm, f"统计期间：{report.period}")
        if report.subtitle:
            self.drawString(margin, margin - 6 * mm, report.subtitle)
        self.drawRightString(page_w - margin, margin - 6 * mm, f"第 {self._pageNumber} 页 / 共 {total} 页")
        self.setStrokeColor(colors.grey)
        self.setLineWidth(0.5)
        self.line(margin, page_h - margin, page_w - margin, page_h - margin)
        self.restoreState()


@dataclass(frozen=True)
class _PdfGrid:
    """A section's table: the cells' size, the columns' widths (padding included) and which columns wrap."""

    size: float
    widths: tuple[float, ...]
    wraps: tuple[bool, ...]

    def cells(self, texts: Sequence[str], measure: _Measure, *, header: bool = False) -> list[str]:
        room = [width - 2 * PDF_PADDING for width in self.widths]
        return [measure.wrapped(text, width, self.size, balanced=header) if wraps or header else text
                for text, width, wraps in zip(texts, room, self.wraps, strict=True)]


def _pdf_grid(columns: Sequence[Column], rows: Sequence[Sequence[str]], total: Sequence[str] | None,
              styles: _PdfStyles) -> _PdfGrid:
    """Every column at least as wide as its widest amount, date, number or code (they never wrap) and
    text columns at least PDF_TEXT_MIN_CHARS characters (or their longest word); the rest of the page
    to the text columns; a smaller size where the minimums do not fit, then narrower text columns
    (``colfit``). The totals row is measured in its bold face; an empty column is as wide as its sample."""
    body, head = styles.body_width, styles.head_width
    needs = []
    for index, col in enumerate(columns):
        header_min, header_natural = header_need(col.title, head, head.em)
        cells = [row[index] for row in rows]
        bold = [total[index]] if total is not None else []
        wraps = col.kind is ColumnKind.TEXT and not col.sample
        if wraps:
            least, natural = text_need(cells, body, body.em, PDF_TEXT_MIN_CHARS)
            bold_least, bold_natural = text_need(bold, head, head.em, PDF_TEXT_MIN_CHARS)
            least, natural = max(least, bold_least), max(natural, bold_natural)
        else:
            widths = [body(text) for text in cells] + [head(text) for text in bold]
            least = natural = max(widths, default=0.0) or body(col.sample)
        natural = max(natural, header_natural)
        squeeze = squeeze_to(natural, body.em) if wraps else None
        needs.append(Need(max(least, header_min), natural, wraps, squeeze))
    fit = fit_columns(needs, PDF_SIZES, _PDF_FRAME_W, PDF_PADDING, spare_to_text=True)
    return _PdfGrid(fit.size, fit.widths, tuple(need.wraps or not fit.whole for need in needs))


def _pdf_table(header: list[str], rows: list[list[str]], columns: Sequence[Column], grid: _PdfGrid,
               styles: _PdfStyles, total: bool = False):

    table = LongTable([header, *rows], colWidths=list(grid.widths), repeatRows=1)
    size, leading = grid.size, grid.size * PDF_LEADING
    style = [
        ("FONT", (0, 0), (-1, -1), styles.body, size, leading),
        ("FONT", (0, 0), (-1, 0), styles.head, size, leading),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE4EE")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PDF_PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), PDF_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for i, col in enumerate(columns):
        if col.kind in _NUMERIC:
            style.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
        elif col.kind is ColumnKind.DATE:
            style.append(("ALIGN", (i, 1), (i, -1), "CENTER"))
    if total:
        style.append(("FONT", (0, -1), (-1, -1), styles.head, size, leading))
    table.setStyle(TableStyle(style))
    return table


def _pdf_text(value, kind: ColumnKind) -> str:
    if value is None:
        return ""
    if kind is ColumnKind.MONEY and isinstance(value, Decimal | int):
        return format_yuan(Decimal(value))
    if kind is ColumnKind.INT and isinstance(value, int):
        return f"{value:,}"
    text = _plain(value, kind)
    # Line breaks and other controls in user text are spaces in a cell (each line is drawn as it is).
    return text if text.isprintable() else clean_text(text).replace("\u2028", " ").replace("\u2029", " ")


def write_pdf(report: TableReport, target: str | Path | IO[bytes], fonts=None) -> None:
    data = render_pdf(report, fonts)
    if isinstance(target, str | Path):
        Path(target).write_bytes(data)
    else:
        target.write(data)
