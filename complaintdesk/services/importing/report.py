"""What the import's checks find, row by row, and the report a dry run or an import gives back.

Every problem carries a coded text: the report reads the same in Chinese as it always did, and in
English for a reader of English (``ImportReport.lines(EN)``; the dialog renders ``RowProblem.text``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from complaintdesk.messages import ZH, Message, Text
from complaintdesk.messages import importer as msg
from complaintdesk.services.errors import ServiceError

SHOWN_SKIPPED = 20
SHOWN_WARNINGS = SHOWN_SKIPPED * 5
CELL_SHOWN = 60  # characters of a cell quoted in a problem


@dataclass(frozen=True)
class RowProblem:
    row: int | None  # None: about the file or the mapping
    column: str | None  # the heading in the file
    text: Text  # what is wrong
    value: str = ""  # the cell as typed

    @property
    def code(self) -> str:
        return self.text.code

    @property
    def reason(self) -> str:
        """What is wrong, in Chinese (the CLI's language)."""
        return self.text.zh

    def line_text(self) -> Text:
        """Where and what: ``第7行［欠款金额（元）］不是有效的金额（单元格内容：abc）``."""
        return msg.PROBLEM_LINE(where=msg.WHERE_ROW(row=self.row) if self.row is not None else msg.WHERE_FILE(),
                                column=msg.IN_COLUMN(column=self.column) if self.column else "", reason=self.text,
                                cell=msg.CELL_CONTENT(value=self.value) if self.value else "")

    @property
    def line(self) -> str:
        return self.line_text().zh


@dataclass(frozen=True)
class ImportReport:
    source: str
    sheet: str | None
    rows: int  # data rows read
    mapping: dict[str, str]
    errors: tuple[RowProblem, ...]
    warnings: tuple[RowProblem, ...]
    skipped: tuple[RowProblem, ...]  # blank, totals and already-imported rows
    new_cases: int = 0
    extended_cases: int = 0  # existing cases that get new claims
    new_claims: int = 0
    new_payments: int = 0
    new_enterprises: int = 0
    new_respondents: int = 0
    unmapped_columns: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors

    def texts(self) -> list[Text]:
        """The report as lines of text (problem lines indented by the caller of ``lines``)."""
        read = (msg.REPORT_READ_SHEET(source=self.source, sheet=self.sheet, rows=self.rows) if self.sheet
                else msg.REPORT_READ(source=self.source, rows=self.rows))
        out = [read]
        out += _section(self.errors, msg.REPORT_ERRORS, None, len(self.errors))
        out += _section(self.warnings, msg.REPORT_WARNINGS, msg.REPORT_MORE_WARNINGS, SHOWN_WARNINGS)
        out += _section(self.skipped, msg.REPORT_SKIPPED, msg.REPORT_MORE_SKIPPED, SHOWN_SKIPPED)
        out.append(msg.REPORT_TOTALS(cases=self.new_cases, extended=self.extended_cases, claims=self.new_claims,
                                     payments=self.new_payments, enterprises=self.new_enterprises,
                                     respondents=self.new_respondents))
        return out

    def lines(self, language: str = ZH) -> list[str]:
        """The report as text lines (CLI, log), in Chinese unless ``language`` says otherwise."""
        return [("  " if _indented(t) else "") + t.render(language) for t in self.texts()]


def _section(problems: tuple[RowProblem, ...], title: Message, more: Message | None, shown: int) -> list[Text]:
    if not problems:
        return []
    out = [title(count=len(problems))] + [p.line_text() for p in problems[:shown]]
    if more is not None and len(problems) > shown:
        out.append(more(count=len(problems) - shown))
    return out


def _indented(text: Text) -> bool:
    return text.message in (msg.PROBLEM_LINE, msg.REPORT_MORE_WARNINGS, msg.REPORT_MORE_SKIPPED)


@dataclass(frozen=True)
class ImportResult:
    report: ImportReport
    case_ids: tuple[int, ...]  # new cases and existing cases that got new claims
    case_nos: tuple[str, ...]


class ImportRejected(ServiceError):
    """At least one row is invalid: nothing was written; ``report`` says which and why."""

    def __init__(self, report: ImportReport):
        super().__init__(msg.REJECTED, count=len(report.errors))
        self.report = report


class Findings:
    """The errors, notes and skipped rows the checks find, each at a row and the column of a field."""

    def __init__(self, column_of: dict[str, str]):
        self.column_of = column_of  # field → heading in the file
        self.errors: list[RowProblem] = []
        self.warnings: list[RowProblem] = []
        self.skipped: list[RowProblem] = []

    def error(self, row, name: str | None, message: Message | Text, /, **params: Any) -> None:
        """A problem of ``row`` (a checked row: its number, its cells as typed in ``raw``) in field ``name``."""
        self.errors.append(self._at(row, name, message, params))

    def warn(self, row, name: str | None, message: Message | Text, /, **params: Any) -> None:
        self.warnings.append(self._at(row, name, message, params))

    def skip(self, number: int, message: Message | Text, value: str = "", /, **params: Any) -> None:
        self.skipped.append(RowProblem(number, None, _text(message, params), value))

    def forget_errors_of(self, number: int) -> None:
        """A row that turned out not to be data (a totals or title row) has no errors."""
        self.errors[:] = [e for e in self.errors if e.row != number]

    def _at(self, row, name: str | None, message: Message | Text, params: dict) -> RowProblem:
        column = self.column_of.get(name) if name else None
        value = row.raw.get(name, "")[:CELL_SHOWN] if name else ""
        return RowProblem(row.number, column, _text(message, params), value)


def _text(message: Message | Text, params: dict) -> Text:
    return message if isinstance(message, Text) else message(**params)
