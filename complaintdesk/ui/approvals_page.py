"""The supervisor's approvals queue: extension requests waiting for a decision, approved or returned with a comment.

The queue is the cases of ``CaseQuery(awaiting_approval=True)`` with each case's pending request
(``office.lookup.detail(case_id).extensions``), read on a worker. A decision is
``office.actions.act(case_id, "approve_extension" | "return_extension", …)`` — the desk checks the
role, recomputes the deadlines and records the decision in the case history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from complaintdesk import clock
from complaintdesk.ui import labels, tasks
from complaintdesk.ui.case_view_models import RowTableModel
from complaintdesk.ui.form_dialog import ERROR_COLOUR
from complaintdesk.ui.forms.ui_approvals_page import Ui_ApprovalsPage
from complaintdesk.ui.labels import fill
from complaintdesk.ui.messages import error_text

if TYPE_CHECKING:
    from complaintdesk.services.office import Office

_ROLE = Qt.ItemDataRole
APPROVER_ROLES = ("supervisor", "admin")
MAX_QUEUE = 500  # far more than an office ever has waiting; the count says if there are more


@dataclass(frozen=True)
class PendingExtension:
    """One extension request waiting for a decision, with what the supervisor needs to decide it."""

    case_id: int
    case_version: int
    case_no: str
    complainant: str
    respondent: str | None
    handler: str | None
    procedure: str
    extension_id: int
    step: str
    days: int
    reason: str
    requested_on: date
    requested_by: str | None
    due_on: date | None  # the step's current due date, before the extension


def load_queue(office: Office) -> tuple[int, list[PendingExtension]]:
    """Worker side: how many cases wait, and the pending request of each (oldest request first)."""
    from complaintdesk.services.case_query import CaseQuery

    query = CaseQuery(awaiting_approval=True)
    total = office.cases.count(query)
    out: list[PendingExtension] = []
    for row in office.cases.page(query, 0, MAX_QUEUE):
        detail = office.lookup.detail(row.id)
        due = {d.step: d.due_on for d in detail.deadlines if d.met_on is None}
        for ext in detail.extensions:
            if ext.status != "requested":
                continue
            out.append(PendingExtension(
                case_id=detail.id, case_version=detail.version, case_no=detail.case_no,
                complainant=detail.complainant.name, respondent=detail.respondent.name if detail.respondent else None,
                handler=detail.handler_name, procedure=detail.procedure, extension_id=ext.id, step=ext.step,
                days=ext.days, reason=ext.reason, requested_on=ext.requested_on, requested_by=ext.requested_by,
                due_on=due.get(ext.step)))
    out.sort(key=lambda p: (p.requested_on, p.case_no))
    return total, out


def decide(office: Office, item: PendingExtension, approve: bool, comment: str | None, on: date) -> Any:
    """Worker side: approve or return one request (the desk records it in the case history)."""
    from complaintdesk.services.desk_types import ActionInput

    action = "approve_extension" if approve else "return_extension"
    return office.actions.act(item.case_id, action, ActionInput(on=on, reason=comment, extension_id=item.extension_id),
                           item.case_version)


class ApprovalColumn(IntEnum):
    CASE_NO = 0
    COMPLAINANT = 1
    RESPONDENT = 2
    HANDLER = 3
    STEP = 4
    DUE = 5
    DAYS = 6
    REQUESTED = 7
    REASON = 8


_HEADERS = {
    ApprovalColumn.CASE_NO: QT_TRANSLATE_NOOP("ApprovalsModel", "Case no."),
    ApprovalColumn.COMPLAINANT: QT_TRANSLATE_NOOP("ApprovalsModel", "Complainant"),
    ApprovalColumn.RESPONDENT: QT_TRANSLATE_NOOP("ApprovalsModel", "Respondent"),
    ApprovalColumn.HANDLER: QT_TRANSLATE_NOOP("ApprovalsModel", "Handler"),
    ApprovalColumn.STEP: QT_TRANSLATE_NOOP("ApprovalsModel", "Deadline"),
    ApprovalColumn.DUE: QT_TRANSLATE_NOOP("ApprovalsModel", "Due now"),
    ApprovalColumn.DAYS: QT_TRANSLATE_NOOP("ApprovalsModel", "Days asked"),
    ApprovalColumn.REQUESTED: QT_TRANSLATE_NOOP("ApprovalsModel", "Requested"),
    ApprovalColumn.REASON: QT_TRANSLATE_NOOP("ApprovalsModel", "Reason"),
}


class ApprovalsModel(RowTableModel):
    """The waiting requests; ``ROW_ROLE`` gives the PendingExtension, ``SORT_ROLE`` raw values."""

    CONTEXT = "ApprovalsModel"
    COLUMNS = ApprovalColumn
    HEADERS: ClassVar[dict[int, str]] = _HEADERS

    def display(self, row: PendingExtension, column: IntEnum) -> str:
        return self._display(row, ApprovalColumn(column))

    def sort_value(self, row: PendingExtension, column: IntEnum) -> Any:
        return self._raw(row, ApprovalColumn(column))

    def explanation(self, row: PendingExtension, column: IntEnum) -> tuple[str, ...]:
        return (row.reason,) if column == ApprovalColumn.REASON else ()

    def alignment(self, column: IntEnum) -> Qt.AlignmentFlag:
        if column in (ApprovalColumn.DAYS, ApprovalColumn.DUE, ApprovalColumn.REQUESTED):
            return Qt.AlignmentFlag.AlignCenter
        return super().alignment(column)

    def font(self, row: PendingExtension, column: IntEnum) -> QFont | None:
        if column != ApprovalColumn.DAYS:
            return None
        font = QFont()
        font.setBold(True)
        return font

    @staticmethod
    def _display(item: PendingExtension, column: ApprovalColumn) -> str:
        match column:
            case ApprovalColumn.CASE_NO:
                return item.case_no
            case ApprovalColumn.COMPLAINANT:
                return item.complainant
            case ApprovalColumn.RESPONDENT:
                return item.respondent or "—"
            case ApprovalColumn.HANDLER:
                return item.handler or "—"
            case ApprovalColumn.STEP:
                return labels.step_label(item.step)
            case ApprovalColumn.DUE:
                return item.due_on.isoformat() if item.due_on else "—"
            case ApprovalColumn.DAYS:
                return str(item.days)
            case ApprovalColumn.REQUESTED:
                return f"{item.requested_on.isoformat()} {item.requested_by or ''}".strip()
            case ApprovalColumn.REASON:
                return " ".join(item.reason.split())
        return ""  # pragma: no cover

    @staticmethod
    def _raw(item: PendingExtension, column: ApprovalColumn) -> Any:
        return {ApprovalColumn.DAYS: item.days, ApprovalColumn.DUE: item.due_on,
                ApprovalColumn.REQUESTED: item.requested_on}.get(column, ApprovalsModel._display(item, column))


class ApprovalsPage(QWidget):
    """The queue and the decision buttons; enabled for supervisors and administrators only."""

    decided = Signal(int)  # case id: the case changed (the window reloads its list and open tab)
    openCaseRequested = Signal(int)
    loaded = Signal()
    countChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ApprovalsPage()
        self.ui.setupUi(self)
        self._office: Office | None = None
        self._loader: tasks.LatestLoader[tuple[int, list[PendingExtension]]] = tasks.LatestLoader(
            self, self._loaded, self._failed)
        self._loader.loadingChanged.connect(self._update_busy)
        self._busy = False  # a decision is being saved
        self._total = 0
        self._message = ""  # what the last decision did, shown beside the count
        ui = self.ui
        title_font = QFont(ui.title_label.font())
        title_font.setPointSize(title_font.pointSize() + 3)
        title_font.setBold(True)
        ui.title_label.setFont(title_font)
        ui.intro_label.setStyleSheet("color: #555;")
        ui.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        ui.error_label.hide()
        tasks.show_busy(ui.busy_progress_bar, False)
        self.model = ApprovalsModel(self)
        view = ui.requests_table_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ApprovalColumn.REASON, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().currentRowChanged.connect(self._update_buttons)
        view.activated.connect(lambda index: self._open_case())
        ui.refresh_button.clicked.connect(self.refresh)
        ui.approve_button.clicked.connect(self.approve_selected)
        ui.return_button.clicked.connect(self.return_selected)
        ui.open_case_button.clicked.connect(self._open_case)
        ui.comment_plain_text_edit.textChanged.connect(ui.error_label.hide)
        self._update_buttons()
        self._retranslate()

    # --- public API ----------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._loader.loading

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def may_decide(self) -> bool:
        return self._office is not None and self._office.actor.role in APPROVER_ROLES

    def set_office(self, office: Office | None) -> None:
        self._office = office
        self._message = ""
        self._loader.cancel()
        self._total = 0
        self.model.set_rows([])
        self._update_busy()
        self._update_buttons()
        self._retranslate()
        if office is not None and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self._office is None:
            return
        self._loader.load(partial(load_queue, self._office))

    def mark_stale(self) -> None:
        """Cases changed: read the queue again now if it is on screen, else when it is shown."""
        self._loader.mark_stale()
        if self.isVisible():
            self.refresh()

    def select_case(self, case_id: int) -> bool:
        for row, item in enumerate(self.model.rows()):
            if item.case_id == case_id:
                self.ui.requests_table_view.selectRow(row)
                return True
        return False

    def selected(self) -> PendingExtension | None:
        index = self.ui.requests_table_view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def approve_selected(self) -> None:
        self._decide(True)

    def return_selected(self) -> None:
        self._decide(False)

    # --- loading -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._loader.needs_load():
            self.refresh()

    def _update_busy(self, *_args: object) -> None:
        """The busy bar runs while the queue is read or a decision is saved."""
        loading = self._loader.loading
        tasks.show_busy(self.ui.busy_progress_bar, loading or self._busy)
        self.ui.refresh_button.setEnabled(not loading and self._office is not None)

    def _loaded(self, result: tuple[int, list[PendingExtension]]) -> None:
        previous = self.selected()
        self._total, rows = result
        self.model.set_rows(rows)
        if previous is None or not self.select_case(previous.case_id):
            if rows:
                self.ui.requests_table_view.selectRow(0)
        self._update_buttons()
        self._retranslate()
        self.countChanged.emit(len(rows))
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self._show_error(error_text(exc))

    # --- deciding ------------------------------------------------------------------------------

    def _decide(self, approve: bool) -> None:
        item = self.selected()
        if item is None or self._busy or not self.may_decide:
            return
        comment = self.ui.comment_plain_text_edit.toPlainText().strip() or None
        if not approve and comment is None:
            self._show_error(self.tr("Write why the request is returned: the officer reads it in the case history."))
            self.ui.comment_plain_text_edit.setFocus()
            return
        self.ui.error_label.hide()
        self._busy = True
        self._update_buttons()
        self._update_busy()
        tasks.run_task(partial(decide, self._office, item, approve, comment, clock.today()),
                       partial(self._decided, item, approve), self._decision_failed, owner=self)

    def _decided(self, item: PendingExtension, approve: bool, _detail: object) -> None:
        self._busy = False
        self.ui.comment_plain_text_edit.clear()
        template = self.tr("Extension of case %1 approved.") if approve else \
            self.tr("Extension request of case %1 returned.")
        self._message = fill(template, item.case_no)
        self.decided.emit(item.case_id)
        self.refresh()

    def _decision_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        self._update_busy()
        message = error_text(exc)
        self._show_error(fill(self.tr("Nothing was changed: %1"), message))
        self.refresh()  # the case may have been decided or changed elsewhere

    def _show_error(self, message: str) -> None:
        self.ui.error_label.setText(message)
        self.ui.error_label.show()

    def _open_case(self) -> None:
        item = self.selected()
        if item is not None:
            self.openCaseRequested.emit(item.case_id)

    def _update_buttons(self, *_args: object) -> None:
        ui = self.ui
        item = self.selected()
        may = self.may_decide and item is not None and not self._busy
        ui.approve_button.setEnabled(may)
        ui.return_button.setEnabled(may)
        ui.comment_plain_text_edit.setEnabled(self.may_decide)
        ui.open_case_button.setEnabled(item is not None)
        if item is None:
            ui.selected_label.setText(self.tr("Choose a request in the list."))
        else:
            ui.selected_label.setText(fill(
                self.tr("Case %1 (%2): %3 asks for %4 more days on the %5 deadline (due %6). Reason: %7"),
                item.case_no, labels.procedure_label(item.procedure), item.requested_by or "—", str(item.days),
                labels.step_label(item.step), item.due_on.isoformat() if item.due_on else "—", item.reason))
        if self._office is not None and not self.may_decide:
            ui.selected_label.setText(self.tr("Only a supervisor or an administrator can decide extension requests."))

    # --- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.model.retranslate()
        text = self.tr("%n request(s) waiting", "", self.model.rowCount()) if self._office else ""
        self.ui.count_label.setText(f"{text}　{self._message}".strip())
        self._update_buttons()
