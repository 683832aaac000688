"""The Letters menu of the main window and its batch: a supervision letter to every debtor with overdue claims.

``LetterTools`` adds 文书 (Letters) ▸ 批量督办… to a window, like ``OfficeTools`` adds Statistics.
``BatchSupervisionDialog`` lists the candidate cases (read on a worker), asks once, then runs
``DocumentService.batch_supervision`` on a worker behind a progress dialog. The worker reports
progress through a signal (queued to the GUI thread) and reads a cancel flag the progress dialog's
Cancel sets; every letter is committed on its own, so a cancelled batch keeps what it issued.
Afterwards each case shows what happened to it: the number of its letter, or why it was left out.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from complaintdesk.ui import dialogs, screen_fit, tasks
from complaintdesk.ui.labels import fill
from complaintdesk.ui.messages import error_text, ui_text
from complaintdesk.ui.window_host import OfficeChange

if TYPE_CHECKING:
    from complaintdesk.services.documents import BatchResult
    from complaintdesk.services.office import Office
    from complaintdesk.ui.window_host import WindowHost

ISSUED_FOREGROUND = QColor("#2e7d32")
SKIPPED_FOREGROUND = QColor("#7a4b00")
MUTED_FOREGROUND = QColor("#6b6b6b")


@dataclass(frozen=True)
class Candidate:
    case_id: int
    case_no: str
    complainant: str
    respondent: str
    handler: str


# --- worker side --------------------------------------------------------------------------------------


def read_candidates(office: Office) -> list[Candidate]:
    """The cases a batch would write to, with what the list shows of them."""
    from complaintdesk.services.case_query import CaseQuery

    ids = office.documents.supervision_candidates()
    if not ids:
        return []
    rows = {row.id: row for row in office.cases.page(CaseQuery(ids=tuple(ids)), 0, len(ids))}
    found = []
    for case_id in ids:
        row = rows.get(case_id)
        found.append(Candidate(case_id, row.case_no if row else str(case_id), row.complainant if row else "",
                               (row.respondent or "") if row else "", (row.handler or "") if row else ""))
    return found


class _Relay(QObject):
    """Lives on the GUI thread: the worker emits, Qt queues the call to the progress dialog."""

    progressed = Signal(int, int)  # done, total


# --- the dialog ---------------------------------------------------------------------------------------


class Column:
    CASE_NO = 0
    COMPLAINANT = 1
    RESPONDENT = 2
    HANDLER = 3
    RESULT = 4


class BatchSupervisionDialog(QDialog):
    """Lists the candidates, issues a supervision letter on each (cancellable), then shows the outcome."""

    batchFinished = Signal(object)  # BatchResult
    openCaseRequested = Signal(int)

    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self._fitted = False
        self.setObjectName("batch_supervision_dialog")
        self.setSizeGripEnabled(True)
        self.resize(900, 560)
        self._office = office
        self._candidates: list[Candidate] = []
        self._cancel = threading.Event()
        self._running = False
        self.result_of_batch: BatchResult | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._progressed)

        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("candidate_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.RESULT, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(self._row_activated)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.issue_button = QPushButton(self)
        self.issue_button.setObjectName("issue_button")
        self.issue_button.clicked.connect(self.start)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close_button")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.issue_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        layout.addLayout(buttons)
        self._retranslate()
        self._update_buttons()
        self.load()

    # --- candidates --------------------------------------------------------------------------------

    @property
    def candidates(self) -> list[Candidate]:
        return list(self._candidates)

    @property
    def running(self) -> bool:
        return self._running

    def load(self) -> None:
        self.summary_label.setText(self.tr("Looking for cases with overdue claims…"))
        self.issue_button.setEnabled(False)
        tasks.run_task(partial(read_candidates, self._office), self._candidates_read, self._failed, owner=self)

    def _candidates_read(self, candidates: list[Candidate]) -> None:
        self._candidates = candidates
        self.result_of_batch = None
        self.table.setRowCount(len(candidates))
        for row, c in enumerate(candidates):
            for column, text in ((Column.CASE_NO, c.case_no), (Column.COMPLAINANT, c.complainant),
                                 (Column.RESPONDENT, c.respondent), (Column.HANDLER, c.handler),
                                 (Column.RESULT, "")):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.case_id)
                self.table.setItem(row, column, item)
        self.summary_label.setText(self.tr("%n case(s) in handling have a debtor with overdue claims.", "",
                                           len(candidates)) if candidates else
                                   self.tr("No case in handling has a debtor with overdue claims."))
        self._retranslate()
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self._close_progress()
        message = error_text(exc)
        self.summary_label.setText(message)
        self._update_buttons()
        dialogs.show_error(self, self.tr("Batch supervision letters"), message)

    def _row_activated(self, item: QTableWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        if case_id is not None:
            self.openCaseRequested.emit(int(case_id))

    # --- the batch ---------------------------------------------------------------------------------

    def start(self) -> bool:
        """Ask once, then issue on a worker behind a progress dialog; False when the user declined."""
        if self._running or not self._candidates or self.result_of_batch is not None:
            return False
        if not dialogs.confirm_batch_supervision(self, len(self._candidates)):
            return False
        self._running = True
        self._cancel.clear()
        self._update_buttons()
        progress = QProgressDialog(self.tr("Issuing supervision letters…"), self.tr("Cancel"), 0,
                                   len(self._candidates), self)
        progress.setObjectName("batch_progress_dialog")
        progress.setWindowTitle(self.tr("Batch supervision letters"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        progress.canceled.connect(self.cancel)
        progress.show()
        self.progress_dialog = progress
        ids = [c.case_id for c in self._candidates]
        tasks.run_task(partial(self._office.documents.batch_supervision, ids, self._relay.progressed.emit,
                               self._cancel.is_set),
                       self._done, self._failed, owner=self)
        return True

    def cancel(self) -> None:
        """Stop after the letter being issued now (those already issued stay issued)."""
        if not self._running:
            return
        self._cancel.set()
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(self.tr("Cancelling after the current letter…"))
            self.progress_dialog.show()  # QProgressDialog hides itself on Cancel; the batch has not stopped yet

    def _progressed(self, done: int, total: int) -> None:
        progress = self.progress_dialog
        if progress is None or not self._running:
            return
        progress.setMaximum(max(total, 1))
        progress.setValue(done)
        if not self._cancel.is_set():
            progress.setLabelText(fill(self.tr("Issuing supervision letters… %1 of %2"), str(done), str(total)))

    def _close_progress(self) -> None:
        progress, self.progress_dialog = self.progress_dialog, None
        if progress is not None:
            progress.canceled.disconnect(self.cancel)
            progress.hide()
            progress.deleteLater()

    def _done(self, result: BatchResult) -> None:
        self._running = False
        self._close_progress()
        self.result_of_batch = result
        issued = {d.case_id: d for d in result.issued}
        skipped = {s.case_id: s for s in result.skipped}
        for row, c in enumerate(self._candidates):
            item = self.table.item(row, Column.RESULT)
            if c.case_id in issued:
                item.setText(fill(self.tr("Issued %1"), issued[c.case_id].doc_no))
                item.setForeground(ISSUED_FOREGROUND)
            elif c.case_id in skipped:
                item.setText(fill(self.tr("Left out: %1"), ui_text(skipped[c.case_id].reason)))
                item.setForeground(SKIPPED_FOREGROUND)
            else:
                item.setText(self.tr("Not done (cancelled)") if result.cancelled else self.tr("No longer a candidate"))
                item.setForeground(MUTED_FOREGROUND)
        summary = fill(self.tr("%1 letter(s) issued, %2 case(s) left out, of %3."), str(len(result.issued)),
                       str(len(result.skipped)), str(result.total))
        if result.cancelled:
            summary = fill(self.tr("Cancelled: %1 Letters already issued stay issued."), summary)
        self.summary_label.setText(summary)
        self.table.resizeColumnsToContents()
        self._update_buttons()
        self.batchFinished.emit(result)

    # --- state and language ------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        self.issue_button.setEnabled(not self._running and bool(self._candidates) and self.result_of_batch is None)
        self.close_button.setEnabled(not self._running)

    def reject(self) -> None:
        if not self._running:  # Esc while the batch runs would leave the worker without its dialog
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._running:
            event.ignore()
            return
        super().closeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Batch supervision letters"))
        self.intro_label.setText(self.tr(
            "A supervision letter to the debtor of every case in handling whose claims are overdue. Each letter "
            "gets its number and is stored with its case. Double-click a case to open it."))
        self.table.setHorizontalHeaderLabels([self.tr("Case no."), self.tr("Complainant"), self.tr("Debtor"),
                                              self.tr("Handler"), self.tr("Result")])
        self.issue_button.setText(fill(self.tr("&Issue %1 letter(s)…"), str(len(self._candidates)))
                                  if self._candidates else self.tr("&Issue letters…"))
        self.close_button.setText(self.tr("Close"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self._fitted:
            self._fitted = True
            screen_fit.fit_to_screen(self)  # a Designer size larger than a small screen is cut to it
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


# --- the menu -----------------------------------------------------------------------------------------


class LetterTools(QObject):
    """Adds 文书 (Letters) to ``host``: batch supervision letters."""

    def __init__(self, host: WindowHost):
        super().__init__(host.dialog_parent())
        self._host = host
        self.batch_dialog: BatchSupervisionDialog | None = None
        self.menu = QMenu(host.dialog_parent())
        self.menu.setObjectName("letters_menu")
        self.batch_action = QAction(host.dialog_parent())
        self.batch_action.setObjectName("batch_supervision_action")
        self.batch_action.triggered.connect(self.open_batch)
        self.menu.addAction(self.batch_action)
        host.insert_menu(self.menu)
        host.officeOpened.connect(self._office_opened)
        self.menu.installEventFilter(self)  # the menu is told when the language changes
        self._update_actions()
        self._retranslate()

    @property
    def office(self) -> Office | None:
        return self._host.office

    def _office_opened(self) -> None:
        if self.batch_dialog is not None and not self.batch_dialog.running:
            self.batch_dialog.close()
        self._update_actions()

    def _update_actions(self) -> None:
        office = self.office
        self.batch_action.setEnabled(office is not None and office.actor.role != "auditor")

    def open_batch(self) -> BatchSupervisionDialog | None:
        office = self.office
        if office is None:
            return None
        if self.batch_dialog is None:
            dialog = BatchSupervisionDialog(office, self._host.dialog_parent())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.batchFinished.connect(self._batch_finished)
            dialog.openCaseRequested.connect(self._host.open_case)
            dialog.destroyed.connect(self._batch_dialog_gone)
            self.batch_dialog = dialog
        self.batch_dialog.show()
        self.batch_dialog.raise_()
        self.batch_dialog.activateWindow()
        return self.batch_dialog

    def _batch_dialog_gone(self) -> None:
        self.batch_dialog = None

    def _batch_finished(self, result: BatchResult) -> None:
        touched = {d.case_id for d in result.issued}
        if touched:  # none named would mean "any case": nothing was issued, nothing changed
            self._host.office_changed(OfficeChange.of_cases(touched, documents=True))
        self._host.show_status(fill(QCoreApplication.translate(
            "LetterTools", "Batch supervision: %1 letter(s) issued."), str(len(result.issued))))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.menu and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("LetterTools", "&Letters"))
        self.batch_action.setText(QCoreApplication.translate("LetterTools", "&Batch supervision letters…"))
        self.batch_action.setToolTip(QCoreApplication.translate(
            "LetterTools", "A supervision letter to the debtor of every case in handling with overdue claims"))
