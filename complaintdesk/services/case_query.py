"""What the case list asks for and gets back: plain dataclasses, importable without SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum


class CaseSort(StrEnum):
    CASE_NO = "case_no"
    RECEIVED = "received"
    COMPLAINANT = "complainant"
    RESPONDENT = "respondent"
    STATUS = "status"
    HANDLER = "handler"
    NEXT_DUE = "next_due"


@dataclass(frozen=True)
class CaseQuery:
    statuses: tuple[str, ...] = ()
    open_only: bool = False
    overdue: bool = False
    due_within_workdays: int | None = None
    handler_id: int | None = None
    procedure: str | None = None
    category: str | None = None
    debtor_kind: str | None = None
    received_from: date | None = None
    received_to: date | None = None
    ids: tuple[int, ...] = ()  # only these cases (e.g. the cases behind a dashboard figure)
    awaiting_approval: bool = False  # an extension request waits for a supervisor's decision
    text: str = ""
    sort: CaseSort = CaseSort.NEXT_DUE
    descending: bool = False
    as_of: date | None = None  # None: today

    def on(self, today: date) -> CaseQuery:
        return self if self.as_of is not None else replace(self, as_of=today)


@dataclass(frozen=True)
class CaseRow:
    id: int
    case_no: str
    received_on: date
    complainant: str
    respondent: str | None
    respondent_kind: str | None
    status: str
    procedure: str
    category: str
    handler: str | None
    next_due_on: date | None
    next_step: str | None
    provisional: bool
    overdue: bool
    workdays_left: int | None  # negative: working days overdue
