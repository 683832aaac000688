"""Table models of the case view: arrears claims, deadlines, history events, attachments and issued documents.

They follow the case list's conventions: a column enum, ``DisplayRole`` text, ``SORT_ROLE`` with
raw values (dates, Decimals), ``ROW_ROLE`` with the DTO, and the legal explanation of a computed
value (a due date, interest, a deadline) as its tooltip and under ``EXPLANATION_ROLE``. The rows
are the small tuples of one ``CaseDetail``, replaced as a whole when the case is read again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from enum import IntEnum
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from complaintdesk.domain.vocabulary import SizeClass, SizeSource
from complaintdesk.ui import labels
from complaintdesk.ui.case_table_model import (
    DUE_SOON_BACKGROUND,
    DUE_SOON_FOREGROUND,
    OVERDUE_BACKGROUND,
    OVERDUE_FOREGROUND,
)
from complaintdesk.ui.formats import date_text, local_time_text, money_text, size_text
from complaintdesk.ui.labels import fill

if TYPE_CHECKING:
    from complaintdesk.services.desk_types import AttachmentView, ClaimView, DeadlineView, EventView
    from complaintdesk.services.documents import IssuedDocument

_Index = QModelIndex | QPersistentModelIndex
_ROLE = Qt.ItemDataRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter

CLEARED_FOREGROUND = QColor("#2e7d32")
MUTED_FOREGROUND = QColor("#6b6b6b")
DUE_SOON_WORKDAYS = 3

class RowTableModel(QAbstractTableModel):
    """A read-only table over a list of frozen rows; subclasses say how each column looks."""

    SORT_ROLE = _ROLE.UserRole + 1
    ROW_ROLE = _ROLE.UserRole + 2
    EXPLANATION_ROLE = _ROLE.UserRole + 3

    CONTEXT: ClassVar[str] = ""
    COLUMNS: ClassVar[type[IntEnum]]
    HEADERS: ClassVar[dict[int, str]] = {}

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    # --- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _ROLE.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        column = self.COLUMNS(section)
        if role == _ROLE.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[column])
        if role == _ROLE.TextAlignmentRole:
            return self.alignment(column)
        return None

    def data(self, index: _Index, role: int = _ROLE.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self.COLUMNS):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS(index.column())
        if role == _ROLE.DisplayRole:
            return self.display(row, column)
        if role == self.SORT_ROLE:
            return self.sort_value(row, column)
        if role == self.ROW_ROLE:
            return row
        if role == self.EXPLANATION_ROLE:
            return self.explanation(row, column)
        if role == _ROLE.ToolTipRole:
            lines = self.explanation(row, column)
            return "\n".join(lines) if lines else None
        if role == _ROLE.TextAlignmentRole:
            return self.alignment(column)
        if role == _ROLE.ForegroundRole:
            return self.foreground(row, column)
        if role == _ROLE.BackgroundRole:
            return self.background(row, column)
        if role == _ROLE.FontRole:
            return self.font(row, column)
        return None

    # --- what subclasses fill in ------------------------------------------------------------------

    def display(self, row: Any, column: IntEnum) -> str:
        raise NotImplementedError

    def sort_value(self, row: Any, column: IntEnum) -> Any:
        return self.display(row, column)

    def explanation(self, row: Any, column: IntEnum) -> tuple[str, ...]:
        return ()

    def alignment(self, column: IntEnum) -> Qt.AlignmentFlag:
        return _LEFT

    def foreground(self, row: Any, column: IntEnum) -> QColor | None:
        return None

    def background(self, row: Any, column: IntEnum) -> QColor | None:
        return None

    def font(self, row: Any, column: IntEnum) -> QFont | None:
        return None


# --- arrears claims --------------------------------------------------------------------------------


class ClaimColumn(IntEnum):
    CONTRACT = 0
    SIGNED = 1
    SIZE = 2  # the complainant's size at signing (art. 3(2)), or inferred from the complaint-time size
    SUBJECT = 3
    AMOUNT = 4
    DUE = 5
    DAYS_OVERDUE = 6
    INTEREST = 7  # on the unpaid principal as claimed
    INTEREST_UNDISPUTED = 8  # beside it, on the part the debtor does not dispute
    PAID = 9
    OUTSTANDING = 10
    CLEARED = 11


_SIZE_RANK = {SizeClass.MICRO.value: 1, SizeClass.SMALL.value: 2, SizeClass.MEDIUM.value: 3, SizeClass.LARGE.value: 4}


def size_at_signing_text(row: ClaimView) -> str:
    """The claim's size at signing as the table shows it; complaint-time figures standing in say so."""
    if not row.size_at_signing:
        return QCoreApplication.translate("ClaimTableModel", "not determined") if row.size_source else ""
    size = labels.size_class_label(row.size_at_signing)
    if row.size_source == SizeSource.INFERRED:
        return fill(QCoreApplication.translate("ClaimTableModel", "%1 (inferred from the size at complaint time)"),
                    size)
    return size


class ClaimTableModel(RowTableModel):
    """One row per arrears claim; the due date and interest explain themselves (tooltip, EXPLANATION_ROLE)."""

    CONTEXT = "ClaimTableModel"
    COLUMNS = ClaimColumn
    HEADERS: ClassVar[dict[int, str]] = {
        ClaimColumn.CONTRACT: QT_TRANSLATE_NOOP("ClaimTableModel", "Contract"),
        ClaimColumn.SIGNED: QT_TRANSLATE_NOOP("ClaimTableModel", "Signed"),
        ClaimColumn.SIZE: QT_TRANSLATE_NOOP("ClaimTableModel", "Size at signing"),
        ClaimColumn.SUBJECT: QT_TRANSLATE_NOOP("ClaimTableModel", "Subject"),
        ClaimColumn.AMOUNT: QT_TRANSLATE_NOOP("ClaimTableModel", "Amount (yuan)"),
        ClaimColumn.DUE: QT_TRANSLATE_NOOP("ClaimTableModel", "Due date"),
        ClaimColumn.DAYS_OVERDUE: QT_TRANSLATE_NOOP("ClaimTableModel", "Days overdue"),
        ClaimColumn.INTEREST: QT_TRANSLATE_NOOP("ClaimTableModel", "Interest to date"),
        ClaimColumn.INTEREST_UNDISPUTED: QT_TRANSLATE_NOOP("ClaimTableModel", "On undisputed part"),
        ClaimColumn.PAID: QT_TRANSLATE_NOOP("ClaimTableModel", "Paid"),
        ClaimColumn.OUTSTANDING: QT_TRANSLATE_NOOP("ClaimTableModel", "Outstanding"),
        ClaimColumn.CLEARED: QT_TRANSLATE_NOOP("ClaimTableModel", "Cleared"),
    }
    _MONEY = (ClaimColumn.AMOUNT, ClaimColumn.INTEREST, ClaimColumn.INTEREST_UNDISPUTED, ClaimColumn.PAID,
              ClaimColumn.OUTSTANDING)

    # The columns whose text is one value formatted; the others are worked out in ``display``.
    _TEXT: ClassVar[dict[int, Any]] = {
        ClaimColumn.SIGNED: lambda row: date_text(row.contract_signed_on),
        ClaimColumn.SIZE: size_at_signing_text,
        ClaimColumn.SUBJECT: lambda row: labels.claim_subject_label(row.subject),
        ClaimColumn.AMOUNT: lambda row: money_text(row.amount_claimed),
        ClaimColumn.INTEREST: lambda row: money_text(row.interest),
        ClaimColumn.INTEREST_UNDISPUTED: lambda row: money_text(row.interest_undisputed),
        ClaimColumn.PAID: lambda row: money_text(row.amount_paid),
        ClaimColumn.OUTSTANDING: lambda row: money_text(row.outstanding),
    }

    def display(self, row: ClaimView, column: IntEnum) -> str:
        text = self._TEXT.get(column)
        if text is not None:
            return text(row)
        match column:
            case ClaimColumn.CONTRACT:
                return row.contract_no or QCoreApplication.translate("ClaimTableModel", "(no number)")
            case ClaimColumn.DUE:
                if row.due_on is None:
                    return QCoreApplication.translate("ClaimTableModel", "not determined")
                if row.due_provisional:  # its year's holiday schedule is not entered yet (暂定)
                    return date_text(row.due_on) + QCoreApplication.translate("ClaimTableModel", " (provisional)")
                return date_text(row.due_on)
            case ClaimColumn.DAYS_OVERDUE:
                return str(row.days_overdue) if row.days_overdue > 0 else ""
            case ClaimColumn.CLEARED:
                if row.cleared_on is None:
                    return ""
                return fill(QCoreApplication.translate("ClaimTableModel", "Cleared %1"), date_text(row.cleared_on))
        return ""

    def sort_value(self, row: ClaimView, column: IntEnum) -> Any:
        match column:
            case ClaimColumn.CONTRACT:
                return row.contract_no or ""
            case ClaimColumn.SIGNED:
                return row.contract_signed_on or date.min
            case ClaimColumn.SIZE:  # micro → large; a size at signing just before the same size inferred
                rank = _SIZE_RANK.get(row.size_at_signing or "", 0)
                return rank * 2 + (row.size_source == SizeSource.INFERRED)
            case ClaimColumn.SUBJECT:
                return row.subject
            case ClaimColumn.AMOUNT:
                return row.amount_claimed
            case ClaimColumn.DUE:
                return row.due_on or date.max
            case ClaimColumn.DAYS_OVERDUE:
                return row.days_overdue
            case ClaimColumn.INTEREST:
                return row.interest
            case ClaimColumn.INTEREST_UNDISPUTED:
                return row.interest_undisputed if row.interest_undisputed is not None else Decimal("-1")
            case ClaimColumn.PAID:
                return row.amount_paid
            case ClaimColumn.OUTSTANDING:
                return row.outstanding
            case ClaimColumn.CLEARED:
                return row.cleared_on or date.max
        return None

    def explanation(self, row: ClaimView, column: IntEnum) -> tuple[str, ...]:
        if column in (ClaimColumn.DUE, ClaimColumn.DAYS_OVERDUE):
            return (*row.term_explanation, *row.term_warnings)
        if column in (ClaimColumn.INTEREST, ClaimColumn.INTEREST_UNDISPUTED):
            return row.interest_explanation
        if column == ClaimColumn.SIZE:
            return (*row.size_basis, *((row.size_warning,) if row.size_warning else ()))
        if column in (ClaimColumn.PAID, ClaimColumn.OUTSTANDING, ClaimColumn.CLEARED):
            return self.payment_lines(row)
        if column == ClaimColumn.AMOUNT:
            lines = []
            if row.amount_confirmed is not None:
                lines.append(fill(QCoreApplication.translate("ClaimTableModel", "Confirmed by the debtor: %1"), money_text(row.amount_confirmed)))
            if row.amount_disputed is not None:
                lines.append(fill(QCoreApplication.translate("ClaimTableModel", "Disputed: %1"), money_text(row.amount_disputed)))
            return tuple(lines)
        if column in (ClaimColumn.CONTRACT, ClaimColumn.SIGNED):
            lines = []
            if row.contract_signed_on is not None:
                lines.append(fill(QCoreApplication.translate("ClaimTableModel", "Signed %1"),
                                  date_text(row.contract_signed_on)))
            if row.size_at_signing:
                lines.append(fill(QCoreApplication.translate("ClaimTableModel", "Complainant's size at signing: %1"),
                                  size_at_signing_text(row)))
            if row.description:
                lines.append(row.description)
            return tuple(lines)
        return ()

    def payment_lines(self, row: ClaimView) -> tuple[str, ...]:
        lines = [fill(QCoreApplication.translate("ClaimTableModel", "Payment %1: %2 %3"), date_text(p.paid_on), money_text(p.amount),
                      p.voucher or "").strip() for p in row.payments]
        if not lines:
            lines.append(QCoreApplication.translate("ClaimTableModel", "No payment recorded."))
        for item in row.instalments:
            lines.append(fill(QCoreApplication.translate("ClaimTableModel", "Instalment due %1: %2"), date_text(item.due_on),
                              money_text(item.amount)))
        return tuple(lines)

    def alignment(self, column: IntEnum) -> Qt.AlignmentFlag:
        if column in self._MONEY or column == ClaimColumn.DAYS_OVERDUE:
            return _RIGHT
        if column in (ClaimColumn.SIGNED, ClaimColumn.DUE, ClaimColumn.SUBJECT, ClaimColumn.CLEARED, ClaimColumn.SIZE):
            return _CENTER
        return _LEFT

    def foreground(self, row: ClaimView, column: IntEnum) -> QColor | None:
        if column == ClaimColumn.SIZE and row.size_at_signing == SizeClass.LARGE.value:
            return OVERDUE_FOREGROUND  # not an SME at signing: the Payment Regulation does not protect it
        if row.cleared_on is not None:
            return CLEARED_FOREGROUND if column == ClaimColumn.CLEARED else MUTED_FOREGROUND
        if row.days_overdue > 0 and column in (ClaimColumn.DUE, ClaimColumn.DAYS_OVERDUE, ClaimColumn.INTEREST):
            return OVERDUE_FOREGROUND
        if column == ClaimColumn.DUE and row.due_on is None:
            return MUTED_FOREGROUND
        return None

    def background(self, row: ClaimView, column: IntEnum) -> QColor | None:
        if row.cleared_on is None and row.days_overdue > 0 and column == ClaimColumn.DAYS_OVERDUE:
            return OVERDUE_BACKGROUND
        return None

    def font(self, row: ClaimView, column: IntEnum) -> QFont | None:
        if column == ClaimColumn.OUTSTANDING and row.outstanding > 0:
            font = QFont()
            font.setBold(True)
            return font
        if column == ClaimColumn.DUE and row.due_provisional:
            font = QFont()
            font.setItalic(True)  # as a provisional deadline is shown
            return font
        return None


# --- deadlines -------------------------------------------------------------------------------------


class DeadlineColumn(IntEnum):
    STEP = 0
    TRIGGER = 1
    DUE = 2
    STATE = 3
    EXTENSION = 4


class DeadlineTableModel(RowTableModel):
    CONTEXT = "DeadlineTableModel"
    COLUMNS = DeadlineColumn
    HEADERS: ClassVar[dict[int, str]] = {
        DeadlineColumn.STEP: QT_TRANSLATE_NOOP("DeadlineTableModel", "Step"),
        DeadlineColumn.TRIGGER: QT_TRANSLATE_NOOP("DeadlineTableModel", "Counted from"),
        DeadlineColumn.DUE: QT_TRANSLATE_NOOP("DeadlineTableModel", "Due"),
        DeadlineColumn.STATE: QT_TRANSLATE_NOOP("DeadlineTableModel", "State"),
        DeadlineColumn.EXTENSION: QT_TRANSLATE_NOOP("DeadlineTableModel", "Extension"),
    }

    def display(self, row: DeadlineView, column: IntEnum) -> str:
        match column:
            case DeadlineColumn.STEP:
                return row.step_name
            case DeadlineColumn.TRIGGER:
                return date_text(row.trigger_on)
            case DeadlineColumn.DUE:
                text = date_text(row.due_on)
                if row.provisional and row.due_on is not None:
                    text += QCoreApplication.translate("DeadlineTableModel", " (provisional)")
                return text
            case DeadlineColumn.STATE:
                return deadline_state_text(row)
            case DeadlineColumn.EXTENSION:
                if not row.extension_days and not row.extension_cap:
                    return ""
                return fill(QCoreApplication.translate("DeadlineTableModel", "%1 of at most %2 days"), str(row.extension_days),
                            str(row.extension_cap))
        return ""

    def sort_value(self, row: DeadlineView, column: IntEnum) -> Any:
        match column:
            case DeadlineColumn.TRIGGER:
                return row.trigger_on
            case DeadlineColumn.DUE:
                return row.due_on or date.max
            case DeadlineColumn.STATE:
                return row.workdays_left if row.workdays_left is not None else 10**6
            case DeadlineColumn.EXTENSION:
                return row.extension_days
        return self.display(row, column)

    def explanation(self, row: DeadlineView, column: IntEnum) -> tuple[str, ...]:
        if row.basis and not any(row.basis in line for line in row.explanation):
            return (*row.explanation, row.basis)
        return row.explanation

    def alignment(self, column: IntEnum) -> Qt.AlignmentFlag:
        return _LEFT if column == DeadlineColumn.STEP else _CENTER

    def foreground(self, row: DeadlineView, column: IntEnum) -> QColor | None:
        if column not in (DeadlineColumn.DUE, DeadlineColumn.STATE):
            return None
        return deadline_colours(row)[0]

    def background(self, row: DeadlineView, column: IntEnum) -> QColor | None:
        if column not in (DeadlineColumn.DUE, DeadlineColumn.STATE):
            return None
        return deadline_colours(row)[1]

    def font(self, row: DeadlineView, column: IntEnum) -> QFont | None:
        if column == DeadlineColumn.DUE and row.provisional:
            font = QFont()
            font.setItalic(True)
            return font
        return None


def deadline_state_text(row: DeadlineView) -> str:
    """"met 2026-03-02", "clock stopped", "3 workdays overdue", "5 workdays left"…"""
    if row.met_on is not None:
        return fill(QCoreApplication.translate("DeadlineTableModel", "Met %1"), date_text(row.met_on))
    if row.stopped:
        return QCoreApplication.translate("DeadlineTableModel", "Clock stopped")
    return time_left_text(row.overdue, row.workdays_left)


# The case list's wording and translations, looked up in its context (through names, so that
# lupdate does not list them a second time here).
_CASE_LIST = "CaseTableModel"
_OVERDUE_N, _OVERDUE, _DUE_TODAY, _LEFT_N = ("%n workday(s) overdue", "Overdue", "Due today", "%n workday(s) left")


def time_left_text(overdue: bool, workdays_left: int | None) -> str:
    """"3 workdays overdue", "Due today", "5 workdays left" — exactly as the case list says it."""
    if workdays_left is None:
        return ""
    if overdue:
        if workdays_left < 0:
            return QCoreApplication.translate(_CASE_LIST, _OVERDUE_N, "", -workdays_left)
        return QCoreApplication.translate(_CASE_LIST, _OVERDUE)
    if workdays_left == 0:
        return QCoreApplication.translate(_CASE_LIST, _DUE_TODAY)
    return QCoreApplication.translate(_CASE_LIST, _LEFT_N, "", workdays_left)


def deadline_colours(row: DeadlineView) -> tuple[QColor | None, QColor | None]:
    """(foreground, background) of a running deadline: red when overdue, amber when due within 3 workdays."""
    if row.met_on is not None or row.stopped:
        return None, None
    if row.overdue:
        return OVERDUE_FOREGROUND, OVERDUE_BACKGROUND
    if row.workdays_left is not None and 0 <= row.workdays_left <= DUE_SOON_WORKDAYS:
        return DUE_SOON_FOREGROUND, DUE_SOON_BACKGROUND
    return None, None


# --- history events --------------------------------------------------------------------------------


class EventColumn(IntEnum):
    TIME = 0
    ACTOR = 1
    EVENT = 2
    CHANGES = 3


# Names of the case fields that history events change (services.case_context snapshots).
FIELD_LABELS = {
    "status": QT_TRANSLATE_NOOP("EventTableModel", "status"),
    "outcome": QT_TRANSLATE_NOOP("EventTableModel", "outcome"),
    "summary": QT_TRANSLATE_NOOP("EventTableModel", "summary"),
    "demands": QT_TRANSLATE_NOOP("EventTableModel", "demands"),
    "category": QT_TRANSLATE_NOOP("EventTableModel", "category"),
    "handler_id": QT_TRANSLATE_NOOP("EventTableModel", "handler"),
    "source_ref": QT_TRANSLATE_NOOP("EventTableModel", "their ref. no."),
    "accepted_on": QT_TRANSLATE_NOOP("EventTableModel", "accepted on"),
    "refusal_reason": QT_TRANSLATE_NOOP("EventTableModel", "refusal reason"),
    "transferred_to": QT_TRANSLATE_NOOP("EventTableModel", "transferred to"),
    "transferred_on": QT_TRANSLATE_NOOP("EventTableModel", "transferred on"),
    "replied_on": QT_TRANSLATE_NOOP("EventTableModel", "replied on"),
    "closed_on": QT_TRANSLATE_NOOP("EventTableModel", "closed on"),
    "review_requested_on": QT_TRANSLATE_NOOP("EventTableModel", "review requested on"),
    "credit_referral_on": QT_TRANSLATE_NOOP("EventTableModel", "credit referral on"),
    "clock_stopped": QT_TRANSLATE_NOOP("EventTableModel", "clock stopped"),
    "next_due_on": QT_TRANSLATE_NOOP("EventTableModel", "next deadline"),
    "next_step": QT_TRANSLATE_NOOP("EventTableModel", "next step"),
    "received_on": QT_TRANSLATE_NOOP("EventTableModel", "received on"),
    "channel": QT_TRANSLATE_NOOP("EventTableModel", "channel"),
    "procedure": QT_TRANSLATE_NOOP("EventTableModel", "procedure"),
    "amount_paid": QT_TRANSLATE_NOOP("EventTableModel", "paid"),
    "amount_claimed": QT_TRANSLATE_NOOP("EventTableModel", "amount claimed"),
    "cleared_on": QT_TRANSLATE_NOOP("EventTableModel", "cleared on"),
    "due_on": QT_TRANSLATE_NOOP("EventTableModel", "due date"),
    "instalments": QT_TRANSLATE_NOOP("EventTableModel", "instalments"),
}

_VALUE_LABELS = {
    "status": labels.status_label,
    "outcome": labels.outcome_label,
    "category": labels.category_label,
    "channel": labels.channel_label,
    "procedure": labels.procedure_label,
    "next_step": labels.step_label,
}

# Ids, hashes and sizes say nothing to a reader of the timeline.
_HIDDEN_FIELDS = frozenset({"complainant_id", "respondent_id", "sha256", "size_bytes"})


def change_text(field: str, old: object, new: object) -> str:
    """"status: registered → accepted", with codes turned into their labels."""
    name = QCoreApplication.translate("EventTableModel", FIELD_LABELS[field]) if field in FIELD_LABELS else field
    return f"{name}: {_value_text(field, old)} → {_value_text(field, new)}"


def _value_text(field: str, value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate("EventTableModel", "yes") if value else \
            QCoreApplication.translate("EventTableModel", "no")
    if field in _VALUE_LABELS and isinstance(value, str):
        return _VALUE_LABELS[field](value)
    if isinstance(value, Decimal):
        return money_text(value)
    if isinstance(value, list):
        return "; ".join(" ".join(str(part) for part in item) if isinstance(item, list) else str(item)
                         for item in value) or "—"
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


class EventTableModel(RowTableModel):
    """The case's history, newest first; the changes column spells out old → new values."""

    CONTEXT = "EventTableModel"
    COLUMNS = EventColumn
    HEADERS: ClassVar[dict[int, str]] = {
        EventColumn.TIME: QT_TRANSLATE_NOOP("EventTableModel", "Time"),
        EventColumn.ACTOR: QT_TRANSLATE_NOOP("EventTableModel", "By"),
        EventColumn.EVENT: QT_TRANSLATE_NOOP("EventTableModel", "What"),
        EventColumn.CHANGES: QT_TRANSLATE_NOOP("EventTableModel", "Changes (old → new)"),
    }

    def set_rows(self, rows: Sequence[EventView]) -> None:
        super().set_rows(sorted(rows, key=lambda e: (e.occurred_at, e.id), reverse=True))

    def change_lines(self, row: EventView) -> tuple[str, ...]:
        return tuple(change_text(field, *pair) for field, pair in row.changes.items()
                     if field not in _HIDDEN_FIELDS and isinstance(pair, list | tuple) and len(pair) == 2)

    def display(self, row: EventView, column: IntEnum) -> str:
        match column:
            case EventColumn.TIME:
                return local_time_text(row.occurred_at)
            case EventColumn.ACTOR:
                return row.actor_name
            case EventColumn.EVENT:
                return row.summary
            case EventColumn.CHANGES:
                return "；".join(self.change_lines(row))
        return ""

    def sort_value(self, row: EventView, column: IntEnum) -> Any:
        if column == EventColumn.TIME:
            return row.occurred_at
        return self.display(row, column)

    def explanation(self, row: EventView, column: IntEnum) -> tuple[str, ...]:
        return (row.summary, *self.change_lines(row))

    def foreground(self, row: EventView, column: IntEnum) -> QColor | None:
        return MUTED_FOREGROUND if column in (EventColumn.TIME, EventColumn.CHANGES) else None


# --- attachments -----------------------------------------------------------------------------------


class AttachmentColumn(IntEnum):
    NAME = 0
    KIND = 1
    SIZE = 2
    SHA256 = 3
    ADDED_BY = 4
    ADDED_AT = 5


SHA_PREFIX = 12


class AttachmentTableModel(RowTableModel):
    CONTEXT = "AttachmentTableModel"
    COLUMNS = AttachmentColumn
    HEADERS: ClassVar[dict[int, str]] = {
        AttachmentColumn.NAME: QT_TRANSLATE_NOOP("AttachmentTableModel", "File"),
        AttachmentColumn.KIND: QT_TRANSLATE_NOOP("AttachmentTableModel", "Kind"),
        AttachmentColumn.SIZE: QT_TRANSLATE_NOOP("AttachmentTableModel", "Size"),
        AttachmentColumn.SHA256: QT_TRANSLATE_NOOP("AttachmentTableModel", "SHA-256"),
        AttachmentColumn.ADDED_BY: QT_TRANSLATE_NOOP("AttachmentTableModel", "Added by"),
        AttachmentColumn.ADDED_AT: QT_TRANSLATE_NOOP("AttachmentTableModel", "Added at"),
    }

    def display(self, row: AttachmentView, column: IntEnum) -> str:
        match column:
            case AttachmentColumn.NAME:
                return row.original_name
            case AttachmentColumn.KIND:
                return labels.attachment_kind_label(row.kind)
            case AttachmentColumn.SIZE:
                return size_text(row.size_bytes)
            case AttachmentColumn.SHA256:
                return row.sha256[:SHA_PREFIX]
            case AttachmentColumn.ADDED_BY:
                return row.added_by or ""
            case AttachmentColumn.ADDED_AT:
                return local_time_text(row.added_at)
        return ""

    def sort_value(self, row: AttachmentView, column: IntEnum) -> Any:
        match column:
            case AttachmentColumn.SIZE:
                return row.size_bytes
            case AttachmentColumn.SHA256:
                return row.sha256
            case AttachmentColumn.ADDED_AT:
                return row.added_at
        return self.display(row, column)

    def explanation(self, row: AttachmentView, column: IntEnum) -> tuple[str, ...]:
        lines = [row.original_name]
        if row.description:
            lines.append(row.description)
        lines.append(f"SHA-256: {row.sha256}")
        return tuple(lines)

    def alignment(self, column: IntEnum) -> Qt.AlignmentFlag:
        return _RIGHT if column == AttachmentColumn.SIZE else _LEFT

    def font(self, row: AttachmentView, column: IntEnum) -> QFont | None:
        if column == AttachmentColumn.SHA256:
            font = QFont("monospace")
            font.setStyleHint(QFont.StyleHint.Monospace)
            return font
        return None


class DocumentColumn(IntEnum):
    DOC_NO = 0
    KIND = 1
    ISSUED_ON = 2
    ISSUED_BY = 3
    PAGES = 4
    SHA256 = 5
    CORRECTION = 6


class DocumentTableModel(RowTableModel):
    """The case's issued documents (``IssuedDocument``), oldest first; a replaced one is shown muted."""

    CONTEXT = "DocumentTableModel"
    COLUMNS = DocumentColumn
    HEADERS: ClassVar[dict[int, str]] = {
        DocumentColumn.DOC_NO: QT_TRANSLATE_NOOP("DocumentTableModel", "Number"),
        DocumentColumn.KIND: QT_TRANSLATE_NOOP("DocumentTableModel", "Kind"),
        DocumentColumn.ISSUED_ON: QT_TRANSLATE_NOOP("DocumentTableModel", "Issued on"),
        DocumentColumn.ISSUED_BY: QT_TRANSLATE_NOOP("DocumentTableModel", "Issued by"),
        DocumentColumn.PAGES: QT_TRANSLATE_NOOP("DocumentTableModel", "Pages"),
        DocumentColumn.SHA256: QT_TRANSLATE_NOOP("DocumentTableModel", "SHA-256"),
        DocumentColumn.CORRECTION: QT_TRANSLATE_NOOP("DocumentTableModel", "Correction"),
    }

    def _doc_no(self, document_id: int | None) -> str:
        return next((d.doc_no for d in self._rows if d.id == document_id), str(document_id))

    def correction_text(self, row: IssuedDocument) -> str:
        parts = []
        if row.replaces_id is not None:
            parts.append(fill(QCoreApplication.translate("DocumentTableModel", "corrects %1"), self._doc_no(row.replaces_id)))
        if row.replaced_by_id is not None:
            parts.append(fill(QCoreApplication.translate("DocumentTableModel", "replaced by %1"),
                              self._doc_no(row.replaced_by_id)))
        return " · ".join(parts)

    def display(self, row: IssuedDocument, column: IntEnum) -> str:
        match column:
            case DocumentColumn.DOC_NO:
                return row.doc_no
            case DocumentColumn.KIND:
                return labels.document_kind_label(row.kind)
            case DocumentColumn.ISSUED_ON:
                return date_text(row.issued_on)
            case DocumentColumn.ISSUED_BY:
                return row.issued_by or ""
            case DocumentColumn.PAGES:
                return str(row.page_count)
            case DocumentColumn.SHA256:
                return row.sha256[:SHA_PREFIX]
            case DocumentColumn.CORRECTION:
                return self.correction_text(row)
        return ""

    def sort_value(self, row: IssuedDocument, column: IntEnum) -> Any:
        match column:
            case DocumentColumn.DOC_NO:
                return row.id
            case DocumentColumn.ISSUED_ON:
                return (row.issued_on, row.id)
            case DocumentColumn.PAGES:
                return row.page_count
            case DocumentColumn.SHA256:
                return row.sha256
        return self.display(row, column)

    def explanation(self, row: IssuedDocument, column: IntEnum) -> tuple[str, ...]:
        lines = [f"{row.doc_no} {row.title}",
                 fill(QCoreApplication.translate("DocumentTableModel", "Issued %1 by %2"), local_time_text(row.issued_at),
                      row.issued_by or "—"),
                 f"SHA-256: {row.sha256}"]
        correction = self.correction_text(row)
        if correction:
            lines.append(correction)
        return tuple(lines)

    def alignment(self, column: IntEnum) -> Qt.AlignmentFlag:
        return _RIGHT if column == DocumentColumn.PAGES else _LEFT

    def foreground(self, row: IssuedDocument, column: IntEnum) -> QColor | None:
        return MUTED_FOREGROUND if row.replaced_by_id is not None else None

    def font(self, row: IssuedDocument, column: IntEnum) -> QFont | None:
        if column == DocumentColumn.SHA256:
            font = QFont("monospace")
            font.setStyleHint(QFont.StyleHint.Monospace)
            return font
        if row.replaced_by_id is not None and column == DocumentColumn.DOC_NO:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

class RowSortProxyModel(QSortFilterProxyModel):
    """Sorts a RowTableModel by the raw values of its SORT_ROLE (Decimals and dates compare as such)."""

    def lessThan(self, left: _Index, right: _Index) -> bool:  # noqa: N802 - Qt override
        a = left.data(RowTableModel.SORT_ROLE)
        b = right.data(RowTableModel.SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)
