"""The case view: one case's header, parties, arrears claims, deadlines, history and attachments, and its actions.

The view holds a ``CaseDetail`` read on a worker (``office.lookup.detail``) and never a database row. Every
change goes through a dialog that calls a service (``office.actions``, ``office.claims``…) on a worker and hands back the fresh detail,
which replaces the old one as a whole. When another desk changed the case first, the dialog
offers a reload (``ConflictError``): the view reads the case again and the dialog, with the
officer's entries intact, acts on the new version only when saved again.
"""

from __future__ import annotations

import atexit
import html
import shutil
import tempfile
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QPushButton, QWidget

from complaintdesk.ui import dialogs, i18n, labels, tasks
from complaintdesk.ui.action_dialog import ActionDialog
from complaintdesk.ui.attachment_dialog import AttachmentDialog
from complaintdesk.ui.case_view_models import (
    AttachmentColumn,
    AttachmentTableModel,
    ClaimColumn,
    ClaimTableModel,
    DeadlineColumn,
    DeadlineTableModel,
    DocumentColumn,
    DocumentTableModel,
    EventColumn,
    EventTableModel,
    RowSortProxyModel,
    RowTableModel,
    deadline_colours,
    deadline_state_text,
)
from complaintdesk.ui.claim_dialog import ClaimDialog
from complaintdesk.ui.form_dialog import FormDialog
from complaintdesk.ui.formats import date_text, money_text
from complaintdesk.ui.forms.ui_case_view import Ui_CaseView
from complaintdesk.ui.instalments_dialog import InstalmentsDialog
from complaintdesk.ui.labels import fill
from complaintdesk.ui.letter_dialog import LetterDialog, file_name_for, print_with_dialog, save_with_dialog
from complaintdesk.ui.messages import error_text, ui_text
from complaintdesk.ui.payment_dialog import PaymentDialog

if TYPE_CHECKING:
    from complaintdesk.services.desk_types import CaseDetail, ClaimView, DeadlineView
    from complaintdesk.services.documents import DocumentService, IssuedDocument
    from complaintdesk.services.office import Office

STATUS_STYLE = "QLabel {{ background: {bg}; color: {fg}; border-radius: 4px; padding: 2px 10px; font-weight: bold; }}"
_STATUS_COLOURS = {  # (background, foreground)
    "registered": ("#e3ecf7", "#1f4e8c"),
    "accepted": ("#e3ecf7", "#1f4e8c"),
    "transferred": ("#efe6f6", "#5b2a86"),
    "in_handling": ("#fff0c2", "#7a4b00"),
    "replied": ("#e2f1e4", "#2e7d32"),
    "closed": ("#e6e6e6", "#444444"),
    "not_accepted": ("#e6e6e6", "#444444"),
}
# Action buttons per row: the Chinese labels are short, the English ones need the room of two.
ACTION_COLUMNS = {i18n.CHINESE: 3, i18n.ENGLISH: 2}

SIDE_PANEL_MIN_WIDTH = 320

_open_folder: Path | None = None


def export_folder() -> Path:
    """Where attachments are copied for the system viewer (one private folder per session).

    The copies are removed when the program ends: they may hold business secrets. A file still
    open in a viewer (Windows locks it) stays behind in the temporary folder.
    """
    global _open_folder
    if _open_folder is None:
        _open_folder = Path(tempfile.mkdtemp(prefix="complaintdesk-open-"))
        atexit.register(shutil.rmtree, _open_folder, ignore_errors=True)
    return _open_folder


# --- worker side: the document service (and ReportLab with it) is first loaded here, off the GUI thread


def _read_documents(office: Office, case_id: int) -> list[IssuedDocument]:
    return office.documents.documents(case_id)


def _frozen_pdf(office: Office, document_id: int) -> bytes:
    return office.documents.pdf(document_id)  # checked against its SHA-256 on every read


def _render_dossier(office: Office, case_id: int) -> bytes:
    return office.documents.dossier(case_id)


class CaseView(QWidget):
    """Shows the case ``case_id``; ``show_case`` switches to another one in place (next/previous)."""

    detailLoaded = Signal(object)  # CaseDetail, after each read
    caseChanged = Signal(int)  # a change was saved: lists showing this case are out of date
    titleChanged = Signal(str)
    loadFailed = Signal(str)

    def __init__(self, office: Office, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CaseView()
        self.ui.setupUi(self)
        self._office = office
        self._case_id = case_id
        self._detail: CaseDetail | None = None
        self._load_seq = 0
        self._pending_load = False
        self._tab_chosen = False
        self.dialog: QDialog | None = None
        self.letter_dialog: LetterDialog | None = None  # the last letter dialog opened (one per action)
        self._documents_seq = 0
        self._documents_wanted = False  # read once the Letters tab was shown, then with every reload
        self.list_row: int | None = None  # where the case was in the main list (a hint for next/previous)
        self._action_buttons: dict[str, QPushButton] = {}
        self._action_columns = 0

        self.claim_model = ClaimTableModel(self)
        self.deadline_model = DeadlineTableModel(self)
        self.event_model = EventTableModel(self)
        self.attachment_model = AttachmentTableModel(self)
        self.document_model = DocumentTableModel(self)
        self._claim_proxy = RowSortProxyModel(self)
        self._claim_proxy.setSourceModel(self.claim_model)
        self._attachment_proxy = RowSortProxyModel(self)
        self._attachment_proxy.setSourceModel(self.attachment_model)
        self._setup_tables()
        self._connect()
        self._set_empty()
        self.load()

    # --- construction ------------------------------------------------------------------------------

    def _setup_tables(self) -> None:
        ui = self.ui
        for view, model, stretch in (
            (ui.claim_table_view, self._claim_proxy, ClaimColumn.CLEARED),
            (ui.deadline_table_view, self.deadline_model, DeadlineColumn.STEP),
            (ui.event_table_view, self.event_model, EventColumn.CHANGES),
            (ui.attachment_table_view, self._attachment_proxy, AttachmentColumn.NAME),
            (ui.document_table_view, self.document_model, DocumentColumn.CORRECTION),
        ):
            view.setModel(model)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            rows = view.verticalHeader()
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        ui.claim_table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        ui.claim_table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        ui.claim_table_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        ui.event_table_view.horizontalHeader().setSectionResizeMode(EventColumn.EVENT,
                                                                    QHeaderView.ResizeMode.Interactive)
        ui.event_table_view.setColumnWidth(EventColumn.EVENT, 260)
        ui.body_splitter.setStretchFactor(0, 3)
        ui.body_splitter.setStretchFactor(1, 1)

    def _connect(self) -> None:
        ui = self.ui
        ui.reload_button.clicked.connect(self.reload)
        ui.basis_button.clicked.connect(self.show_deadline_basis)
        ui.add_claim_button.clicked.connect(self.add_claim)
        ui.edit_claim_button.clicked.connect(self.edit_claim)
        ui.add_payment_button.clicked.connect(self.add_payment)
        ui.instalments_button.clicked.connect(self.edit_instalments)
        ui.add_attachment_button.clicked.connect(self.add_attachment)
        ui.open_attachment_button.clicked.connect(self.open_attachment)
        ui.attachment_table_view.activated.connect(lambda _index: self.open_attachment())
        ui.claim_table_view.activated.connect(lambda _index: self.edit_claim())
        ui.claim_table_view.selectionModel().currentChanged.connect(self._claim_cell_changed)
        ui.deadline_table_view.selectionModel().currentChanged.connect(self._deadline_changed)
        ui.attachment_table_view.selectionModel().currentChanged.connect(self._update_buttons)
        ui.detail_tab_widget.tabBarClicked.connect(self._tab_clicked)
        ui.detail_tab_widget.currentChanged.connect(self._tab_changed)
        ui.new_letter_button.clicked.connect(lambda: self.new_letter())
        ui.preview_document_button.clicked.connect(self.preview_document)
        ui.document_table_view.activated.connect(lambda _index: self.preview_document())
        ui.print_document_button.clicked.connect(self.print_document)
        ui.save_document_button.clicked.connect(self.save_document)
        ui.correct_document_button.clicked.connect(lambda: self.correct_document())
        ui.dossier_button.clicked.connect(self.export_dossier)
        ui.document_table_view.selectionModel().currentChanged.connect(self._update_buttons)

    # --- loading -----------------------------------------------------------------------------------

    @property
    def case_id(self) -> int:
        return self._case_id

    @property
    def detail(self) -> CaseDetail | None:
        return self._detail

    @property
    def loading(self) -> bool:
        return self._pending_load

    def show_case(self, case_id: int) -> None:
        """Switch to another case (the tab the officer was looking at stays chosen)."""
        if case_id == self._case_id and self._detail is not None:
            return
        self._case_id = case_id
        self._detail = None
        self._set_empty()
        self.load()

    def reload(self) -> None:
        self.load()

    def load(self) -> None:
        self._load_seq += 1
        self._pending_load = True
        self.ui.reload_button.setEnabled(False)
        tasks.run_task(partial(self._office.lookup.detail, self._case_id), partial(self._loaded, self._load_seq),
                       partial(self._load_error, self._load_seq), owner=self)

    def _loaded(self, seq: int, detail: CaseDetail) -> None:
        if seq != self._load_seq:
            return  # an older read: the view moved on to another case or read it again
        self._pending_load = False
        self.set_detail(detail)
        if isinstance(self.dialog, FormDialog) and hasattr(self.dialog, "case_reloaded") \
                and self.dialog.isVisible():
            self.dialog.case_reloaded(detail)

    def _load_error(self, seq: int, exc: BaseException) -> None:
        if seq != self._load_seq:
            return
        self._pending_load = False
        self.ui.reload_button.setEnabled(True)
        message = error_text(exc)
        self.ui.info_label.setText(fill(self.tr("Could not read the case: %1"), message))
        self.loadFailed.emit(message)

    def set_detail(self, detail: CaseDetail) -> None:
        """Show ``detail`` (what a read or a saved change returned); selections survive where they can."""
        ui = self.ui
        claim_id = self.selected_claim().id if self.selected_claim() else None
        claim_column = ui.claim_table_view.currentIndex().column()
        self._detail = detail
        self._case_id = detail.id
        ui.reload_button.setEnabled(True)
        self._show_header(detail)
        self._show_overview(detail)
        self._show_parties(detail)
        self._show_actions(detail)
        self.claim_model.set_rows(detail.claims)
        self.deadline_model.set_rows(detail.deadlines)
        self.event_model.set_rows(detail.events)
        self.attachment_model.set_rows(detail.attachments)
        if self._documents_wanted:
            self.load_documents()
        self._show_totals(detail)
        if claim_id is not None:
            self.select_claim(claim_id, max(claim_column, 0))
        elif detail.claims:
            # The first claim's due date: its explanation shows at once, without a click.
            ui.claim_table_view.setCurrentIndex(self._claim_proxy.index(0, ClaimColumn.DUE))
        self._claim_cell_changed(ui.claim_table_view.currentIndex())
        self._select_next_deadline(detail)
        if not self._tab_chosen:
            arrears = detail.category == "arrears" or bool(detail.claims)
            ui.detail_tab_widget.setCurrentWidget(ui.claims_tab if arrears else ui.overview_tab)
        self._update_buttons()
        self.titleChanged.emit(detail.case_no)
        self.detailLoaded.emit(detail)

    def _set_empty(self) -> None:
        ui = self.ui
        ui.case_no_label.setText(self.tr("Loading…"))
        ui.status_label.clear()
        ui.status_label.setStyleSheet("")
        ui.next_deadline_label.clear()
        ui.basis_button.hide()
        ui.info_label.clear()
        ui.warnings_label.hide()
        for model in (self.claim_model, self.deadline_model, self.event_model, self.attachment_model,
                      self.document_model):
            model.set_rows([])
        self._update_buttons()

    # --- header, overview, parties -----------------------------------------------------------------

    def _show_header(self, d: CaseDetail) -> None:
        ui = self.ui
        ui.case_no_label.setText(d.case_no)
        bg, fg = _STATUS_COLOURS.get(d.status, ("#e6e6e6", "#444444"))
        ui.status_label.setStyleSheet(STATUS_STYLE.format(bg=bg, fg=fg))
        status = labels.status_label(d.status)
        if d.outcome:
            status = fill(self.tr("%1 · %2"), status, labels.outcome_label(d.outcome))
        if d.clock_stopped:
            status = fill(self.tr("%1 · clock stopped"), status)
        ui.status_label.setText(status)

        deadline = d.next_deadline
        if deadline is None or d.next_due_on is None:
            ui.next_deadline_label.setText(self.tr("No running deadline") if d.status not in ("closed", "not_accepted")
                                           else "")
            ui.next_deadline_label.setStyleSheet("")
            ui.next_deadline_label.setToolTip("")
            ui.basis_button.hide()
        else:
            text = fill(self.tr("Next: %1 due %2 — %3"), labels.step_label(deadline.step) or deadline.step_name,
                        date_text(deadline.due_on), deadline_state_text(deadline))
            if deadline.provisional:
                text += self.tr(" (provisional)")
            fg_colour, bg_colour = deadline_colours(deadline)
            style = "QLabel { padding: 2px 8px; border-radius: 4px; "
            if fg_colour is not None:
                style += f"color: {fg_colour.name()}; background: {bg_colour.name()}; font-weight: bold; "
            ui.next_deadline_label.setStyleSheet(style + "}")
            ui.next_deadline_label.setText(text)
            ui.next_deadline_label.setToolTip("\n".join(self._deadline_lines(deadline)))
            ui.basis_button.show()

        info = [d.procedure_name, labels.category_label(d.category), labels.channel_label(d.channel),
                fill(self.tr("received %1"), date_text(d.received_on)),
                fill(self.tr("handler %1"), d.handler_name or self.tr("(none)"))]
        if d.source_ref:
            info.append(fill(self.tr("their ref. %1"), d.source_ref))
        ui.info_label.setText(" · ".join(info))
        warnings = [ui_text(w) for w in d.warnings]
        ui.warnings_label.setVisible(bool(warnings))
        ui.warnings_label.setText("\n".join(warnings))
        ui.warnings_label.setStyleSheet("color: #7a4b00;")

    def _deadline_lines(self, deadline: DeadlineView) -> list[str]:
        lines = list(deadline.explanation)
        if deadline.basis and not any(deadline.basis in line for line in lines):
            lines.append(deadline.basis)
        return lines

    def show_deadline_basis(self) -> None:
        d = self._detail
        if d is None or d.next_deadline is None:
            return
        deadline = d.next_deadline
        dialogs.show_explanation(self, fill(self.tr("How the deadline %1 was computed"), date_text(deadline.due_on)),
                                 self._deadline_lines(deadline))

    def _show_overview(self, d: CaseDetail) -> None:
        progress = [fill(self.tr("Received %1"), date_text(d.received_on))]
        if d.accepted_on:
            progress.append(fill(self.tr("Accepted %1"), date_text(d.accepted_on)))
        if d.refusal_reason:
            progress.append(fill(self.tr("Not accepted: %1"), d.refusal_reason))
        if d.transferred_to:
            progress.append(fill(self.tr("Transferred to %1 on %2"), d.transferred_to, date_text(d.transferred_on)))
        if d.clock_stopped:
            progress.append(self.tr("The clock is stopped (waiting for materials)."))
        if d.credit_referral_on:
            progress.append(fill(self.tr("Referred to the credit record %1"), date_text(d.credit_referral_on)))
        if d.replied_on:
            progress.append(fill(self.tr("Replied in writing %1"), date_text(d.replied_on)))
        if d.closed_on:
            progress.append(fill(self.tr("Closed %1: %2"), date_text(d.closed_on), labels.outcome_label(d.outcome)))
        if d.review_requested_on:
            progress.append(fill(self.tr("Review requested %1"), date_text(d.review_requested_on)))
        statuses = {"requested": self.tr("waiting for approval"), "approved": self.tr("approved"),
                    "returned": self.tr("returned"), "withdrawn": self.tr("withdrawn automatically")}
        extensions = [fill(self.tr("%1: %2 days, %3 (%4) — %5"), date_text(x.requested_on), str(x.days),
                           statuses.get(x.status, x.status), x.requested_by or "—", x.reason) for x in d.extensions]
        follow_ups = [fill(self.tr("%1: %2 (%3) %4"), date_text(f.called_on), labels.satisfaction_label(f.satisfaction),
                           f.by or "—", f.note or "").strip() for f in d.follow_ups]
        sections = [(self.tr("Summary"), [d.summary]), (self.tr("Demands"), [d.demands or "—"]),
                    (self.tr("Progress"), progress), (self.tr("Extensions"), extensions or ["—"]),
                    (self.tr("Follow-up calls"), follow_ups or ["—"])]
        self.ui.overview_text_browser.setHtml("".join(
            f"<h4 style='margin-bottom:2px'>{html.escape(title)}</h4>"
            + "".join(f"<p style='margin:0 0 2px 12px'>{html.escape(line)}</p>" for line in lines)
            for title, lines in sections))

    @property
    def overview_text(self) -> str:
        return self.ui.overview_text_browser.toPlainText()

    def _show_parties(self, d: CaseDetail) -> None:
        ui = self.ui
        c = d.complainant
        ui.complainant_name_label.setText(c.name)
        ui.complainant_uscc_label.setText(c.uscc or "—")
        size = fill(self.tr("%1 enterprise"), labels.size_class_label(c.size_class)) if c.size_class else "—"
        if c.industry:
            size = fill(self.tr("%1 (%2)"), size, labels.industry_label(c.industry))
        ui.complainant_size_label.setText(size)
        ui.complainant_size_label.setToolTip("\n".join(c.size_basis))
        ui.complainant_township_label.setText(c.township or "—")
        ui.complainant_contact_label.setText(" ".join(p for p in (c.contact_person, c.phone) if p) or "—")
        r = d.respondent
        ui.respondent_group_box.setVisible(r is not None)
        if r is not None:
            ui.respondent_name_label.setText(r.name)
            ui.respondent_kind_label.setText(labels.debtor_kind_label(r.kind))
            ui.respondent_uscc_label.setText(r.uscc or "—")
            ui.respondent_contact_label.setText(" ".join(p for p in (r.contact_person, r.phone) if p) or "—")

    def _show_totals(self, d: CaseDetail) -> None:
        t = d.totals
        if not d.claims:
            self.ui.totals_label.setText(self.tr("No arrears claim recorded. Add one with the contract, amount and "
                                                 "delivery date: the due date and interest are then computed."))
            return
        text = fill(
            self.tr("<b>Totals</b> — claimed %1 · confirmed %2 · disputed %3 · paid %4 · "
                    "<b>outstanding %5</b> · interest to %6: <b>%7</b> yuan"),
            money_text(t.claimed), money_text(t.confirmed), money_text(t.disputed), money_text(t.paid),
            money_text(t.outstanding), date_text(d.as_of), money_text(t.interest))
        if any(c.interest_undisputed is not None for c in d.claims):
            # Interest runs on the principal as claimed; the undisputed part is due now (art. 15).
            text += fill(self.tr(" · of which on the undisputed part: <b>%1</b> yuan"),
                         money_text(t.interest_undisputed))
        self.ui.totals_label.setText(text)

    # --- actions -----------------------------------------------------------------------------------

    def _show_actions(self, d: CaseDetail) -> None:
        layout = self.ui.actions_layout
        wanted = [state.action for state in d.actions]
        columns = ACTION_COLUMNS.get(i18n.current_language() or i18n.DEFAULT_LANGUAGE, 3)
        if list(self._action_buttons) != wanted or columns != self._action_columns:
            self._action_columns = columns
            for button in self._action_buttons.values():
                layout.removeWidget(button)
                button.deleteLater()
            self._action_buttons = {}
            for number, state in enumerate(d.actions):
                button = QPushButton(self.ui.actions_group_box)
                button.setObjectName(f"{state.action}_action_button")
                button.clicked.connect(partial(self.start_action, state.action))
                layout.addWidget(button, number // columns, number % columns)
                button.show()  # now, not later: the panel's width below is measured from its buttons
                self._action_buttons[state.action] = button
        for state in d.actions:
            button = self._action_buttons[state.action]
            label = labels.action_label(state.action)
            button.setText(state.label_zh if label == state.action else label)
            button.setEnabled(state.enabled)
            button.setToolTip("" if state.enabled else ui_text(state.reason or ""))
        # The side panel never scrolls sideways: it is as wide as its widest row of buttons needs.
        scroll = self.ui.side_scroll_area
        scroll.setMinimumWidth(max(SIDE_PANEL_MIN_WIDTH, self.ui.actions_group_box.minimumSizeHint().width()
                                   + scroll.verticalScrollBar().sizeHint().width()))

    def action_button(self, action: str) -> QPushButton | None:
        return self._action_buttons.get(action)

    def start_action(self, action: str) -> ActionDialog | None:
        if self._detail is None:
            return None
        dialog = ActionDialog(self._office.actions, self._detail, action, parent=self)
        self._open_dialog(dialog)
        return dialog

    # --- claims ------------------------------------------------------------------------------------

    def selected_claim(self) -> ClaimView | None:
        index = self.ui.claim_table_view.currentIndex()
        if not index.isValid():
            return None
        return index.data(RowTableModel.ROW_ROLE)

    def select_claim(self, claim_id: int, column: int = 0) -> bool:
        for row in range(self._claim_proxy.rowCount()):
            index = self._claim_proxy.index(row, column)
            claim = index.data(RowTableModel.ROW_ROLE)
            if claim is not None and claim.id == claim_id:
                self.ui.claim_table_view.setCurrentIndex(index)
                return True
        return False

    def _claim_cell_changed(self, index: QModelIndex) -> None:
        box = self.ui.claim_explanation_plain_text_edit
        if not index.isValid():
            box.clear()
            self._update_buttons()
            return
        claim: ClaimView = index.data(RowTableModel.ROW_ROLE)
        column = ClaimColumn(index.column())
        if column in (ClaimColumn.INTEREST, ClaimColumn.INTEREST_UNDISPUTED):
            lines = [self.tr("Interest:"), *claim.interest_explanation]
        elif column == ClaimColumn.SIZE:
            lines = [self.tr("Size at signing:"), *self.claim_model.explanation(claim, column)]
        elif column in (ClaimColumn.PAID, ClaimColumn.OUTSTANDING, ClaimColumn.CLEARED):
            lines = [self.tr("Payments:"), *self.claim_model.payment_lines(claim)]
        else:
            lines = [self.tr("Due date:"), *claim.term_explanation, *claim.term_warnings,
                     "", self.tr("Interest:"), *claim.interest_explanation]
        box.setPlainText("\n".join(lines))
        self._update_buttons()

    def add_claim(self) -> None:
        if self._detail is not None:
            self._open_dialog(ClaimDialog(self._office.claims, self._detail, parent=self))

    def edit_claim(self) -> None:
        claim = self.selected_claim()
        if self._detail is not None and claim is not None:
            self._open_dialog(ClaimDialog(self._office.claims, self._detail, claim, parent=self))

    def add_payment(self) -> None:
        claim = self.selected_claim()
        if self._detail is not None and claim is not None:
            self._open_dialog(PaymentDialog(self._office.claims, self._detail, claim, parent=self))

    def edit_instalments(self) -> None:
        claim = self.selected_claim()
        if self._detail is not None and claim is not None:
            self._open_dialog(InstalmentsDialog(self._office.claims, self._detail, claim, parent=self))

    # --- deadlines ---------------------------------------------------------------------------------

    def _select_next_deadline(self, d: CaseDetail) -> None:
        rows = self.deadline_model.rows()
        target = next((i for i, row in enumerate(rows) if row.step == d.next_step and row.met_on is None), 0)
        if rows:
            self.ui.deadline_table_view.setCurrentIndex(self.deadline_model.index(target, 0))
        else:
            self.ui.deadline_explanation_plain_text_edit.clear()

    def _deadline_changed(self, index: QModelIndex) -> None:
        row = self.deadline_model.row_at(index.row()) if index.isValid() else None
        box = self.ui.deadline_explanation_plain_text_edit
        box.setPlainText("\n".join(self._deadline_lines(row)) if row is not None else "")

    # --- attachments -------------------------------------------------------------------------------

    def add_attachment(self) -> None:
        if self._detail is None:
            return
        claim = self.selected_claim()
        self._open_dialog(AttachmentDialog(self._office.attachments, self._detail, claim_id=claim.id if claim else None,
                                           parent=self))

    def open_attachment(self) -> None:
        index = self.ui.attachment_table_view.currentIndex()
        attachment = index.data(RowTableModel.ROW_ROLE) if index.isValid() else None
        if attachment is None:
            return
        tasks.run_task(partial(self._office.attachments.export_attachment, attachment.id, export_folder()),
                       self._exported, self._export_failed, owner=self)

    def _exported(self, path: Path) -> None:
        if not dialogs.open_with_system_viewer(str(path)):
            dialogs.show_error(self, self.tr("Cannot open the attachment"),
                               fill(self.tr("No program is set up to open %1."), str(path)))

    def _export_failed(self, exc: BaseException) -> None:
        message = error_text(exc)
        dialogs.show_error(self, self.tr("Cannot open the attachment"), message)

    # --- letters -----------------------------------------------------------------------------------

    @property
    def documents(self) -> DocumentService:
        return self._office.documents

    def _tab_changed(self, _index: int) -> None:
        if self.ui.detail_tab_widget.currentWidget() is self.ui.documents_tab and not self._documents_wanted:
            self._documents_wanted = True
            self.load_documents()

    def load_documents(self) -> None:
        """Read the case's issued documents on a worker (the Letters tab)."""
        self._documents_wanted = True
        self._documents_seq += 1
        tasks.run_task(partial(_read_documents, self._office, self._case_id),
                       partial(self._documents_loaded, self._documents_seq), self._documents_failed, owner=self)

    def _documents_loaded(self, seq: int, documents: list[IssuedDocument]) -> None:
        if seq != self._documents_seq:
            return
        selected = self.selected_document()
        self.document_model.set_rows(documents)
        if selected is not None:
            self.select_document(selected.id)
        self._update_buttons()

    def _documents_failed(self, exc: BaseException) -> None:
        self.ui.info_label.setText(fill(self.tr("Could not read the issued letters: %1"), self._message(exc)))

    @staticmethod
    def _message(exc: BaseException) -> str:
        return error_text(exc)

    def selected_document(self) -> IssuedDocument | None:
        index = self.ui.document_table_view.currentIndex()
        return index.data(RowTableModel.ROW_ROLE) if index.isValid() else None

    def select_document(self, document_id: int) -> bool:
        for row, document in enumerate(self.document_model.rows()):
            if document.id == document_id:
                self.ui.document_table_view.setCurrentIndex(self.document_model.index(row, 0))
                return True
        return False

    def _open_letter_dialog(self, dialog: LetterDialog) -> LetterDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.issued.connect(self._letter_issued)
        dialog.caseChanged.connect(self._letter_case_changed)
        dialog.destroyed.connect(partial(self._letter_dialog_gone, dialog))
        self.letter_dialog = dialog
        dialog.show()
        return dialog

    def _letter_dialog_gone(self, dialog: QDialog, *_args: object) -> None:
        if self.letter_dialog is dialog:
            self.letter_dialog = None

    def new_letter(self, kind: str | None = None) -> LetterDialog | None:
        """Draft a letter of this case (拟制文书): preview, then issue, print or save it."""
        if self._detail is None:
            return None
        return self._open_letter_dialog(LetterDialog(self.documents, self._detail, kind=kind, parent=self))

    def correct_document(self) -> LetterDialog | None:
        """Issue a correction of the selected document: same kind, new number, naming the one it replaces."""
        document = self.selected_document()
        if self._detail is None or document is None or document.replaced_by_id is not None:
            return None
        return self._open_letter_dialog(LetterDialog(self.documents, self._detail, replaces=document, parent=self))

    def _letter_case_changed(self, _detail: object) -> None:
        """The letter dialog changed the case (the complaint summary letters quote): show it as it now is."""
        self.reload()
        self.caseChanged.emit(self._case_id)

    def _letter_issued(self, document: IssuedDocument) -> None:
        # The letter is in the list at once; the reload brings its history event (and reads the list again).
        self.document_model.set_rows([*self.document_model.rows(), document])
        self.select_document(document.id)
        self._documents_wanted = True
        self.reload()
        self.caseChanged.emit(self._case_id)

    def _with_frozen_pdf(self, then) -> None:
        document = self.selected_document()
        if document is None:
            return
        tasks.run_task(partial(_frozen_pdf, self._office, document.id), partial(then, document),
                       partial(self._pdf_failed, self.tr("Cannot read the letter")), owner=self)

    def _pdf_failed(self, title: str, exc: BaseException) -> None:
        dialogs.show_error(self, title, self._message(exc))

    def preview_document(self) -> None:
        """Show the selected issued letter exactly as stored."""
        if self._detail is not None:
            self._with_frozen_pdf(self._show_frozen)

    def _show_frozen(self, document: IssuedDocument, pdf: bytes) -> None:
        if self._detail is not None:
            self._open_letter_dialog(LetterDialog(self.documents, self._detail, issued=document, pdf=pdf, parent=self))

    def print_document(self) -> None:
        self._with_frozen_pdf(lambda document, pdf: print_with_dialog(self, pdf, file_name_for(document.doc_no)))

    def save_document(self) -> None:
        self._with_frozen_pdf(lambda document, pdf: save_with_dialog(self, pdf, file_name_for(document.doc_no) + ".pdf"))

    def export_dossier(self) -> None:
        """The whole case as one PDF (案卷), rendered on a worker, then saved where the user says."""
        if self._detail is None:
            return
        case_no = self._detail.case_no
        self.ui.dossier_button.setEnabled(False)
        tasks.run_task(partial(_render_dossier, self._office, self._case_id),
                       partial(self._dossier_rendered, case_no), self._dossier_failed, owner=self)

    def _dossier_rendered(self, case_no: str, pdf: bytes) -> None:
        self._update_buttons()
        save_with_dialog(self, pdf, file_name_for(fill(self.tr("Dossier %1"), case_no)) + ".pdf")

    def _dossier_failed(self, exc: BaseException) -> None:
        self._update_buttons()
        self._pdf_failed(self.tr("Cannot make the dossier"), exc)

    # --- dialogs -----------------------------------------------------------------------------------

    def _open_dialog(self, dialog: FormDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.reloadRequested.connect(self.reload)
        self.dialog = dialog
        dialog.destroyed.connect(partial(self._dialog_gone, dialog))
        dialog.open()

    def _dialog_gone(self, dialog: QDialog, *_args: object) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _saved(self, detail: CaseDetail) -> None:
        self.set_detail(detail)
        self.caseChanged.emit(detail.id)

    # --- state of the buttons ------------------------------------------------------------------

    def _update_buttons(self, *_args: object) -> None:
        ui = self.ui
        loaded = self._detail is not None
        claim = self.selected_claim() if loaded else None
        ui.add_claim_button.setEnabled(loaded)
        ui.edit_claim_button.setEnabled(claim is not None)
        ui.add_payment_button.setEnabled(claim is not None and claim.outstanding > 0)
        ui.instalments_button.setEnabled(claim is not None and claim.outstanding > 0)
        ui.add_attachment_button.setEnabled(loaded)
        ui.open_attachment_button.setEnabled(ui.attachment_table_view.currentIndex().isValid())
        document = self.selected_document() if loaded else None
        ui.new_letter_button.setEnabled(loaded)
        ui.dossier_button.setEnabled(loaded)
        for button in (ui.preview_document_button, ui.print_document_button, ui.save_document_button):
            button.setEnabled(document is not None)
        ui.correct_document_button.setEnabled(document is not None and document.replaced_by_id is None)

    def _tab_clicked(self, _index: int) -> None:
        self._tab_chosen = True

    # --- language --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            for model in (self.claim_model, self.deadline_model, self.event_model, self.attachment_model,
                          self.document_model):
                model.retranslate()
            if self._detail is not None:
                self.set_detail(self._detail)
        super().changeEvent(event)

