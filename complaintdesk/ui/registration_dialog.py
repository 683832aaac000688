"""The registration dialog: a new complaint with its complainant, respondent, procedure and handler.

Typing a party's name (or credit code) lists the matching registered records below it; picking
one reuses it, otherwise a new party is registered with the case. The credit code is checked as it
is typed, the respondent's kind is suggested from it, and the complainant's SME size is worked out
live with the lines of the size standard that decide it. Saving runs ``office.registration.register`` on a
worker: its problems appear next to their fields, possible duplicates in a list above the buttons.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from complaintdesk import clock
from complaintdesk.domain.arrears import DebtorKind
from complaintdesk.domain.sme import INDUSTRIES, SizeClass, classify_explained
from complaintdesk.domain.uscc import USCC_LENGTH, normalize_uscc, suggest_debtor_kind, uscc_problem
from complaintdesk.domain.vocabulary import Category, Channel
from complaintdesk.services.desk_types import (
    EnterpriseInput,
    EnterpriseView,
    RegistrationInput,
    RespondentInput,
    RespondentView,
)
from complaintdesk.services.errors import DuplicateCases
from complaintdesk.ui import labels, tasks
from complaintdesk.ui.form_dialog import ERROR_COLOUR, NOTICE_COLOUR, FormDialog, set_combo_data
from complaintdesk.ui.formats import date_text, parse_count, parse_figure
from complaintdesk.ui.forms.ui_registration_dialog import Ui_RegistrationDialog
from complaintdesk.ui.labels import fill
from complaintdesk.ui.messages import error_text, ui_text

if TYPE_CHECKING:
    from complaintdesk.services.case_lookup import CaseLookup
    from complaintdesk.services.case_query import CaseRow
    from complaintdesk.services.desk_types import UserView
    from complaintdesk.services.registration import RegistrationService

SEARCH_DELAY_MS = 250
MIN_SEARCH_CHARS = 2
MATCH_LIMIT = 8
OK_COLOUR = "#2e7d32"

# The procedure a channel usually means; the officer can always choose another.
_PROCEDURE_FOR_CHANNEL = {
    Channel.HOTLINE.value: "hotline",
    Channel.TRANSFERRED_IN.value: "payment_complaint",
}
_DEFAULT_PROCEDURE = "direct"
# Arrears are handled as a payment complaint (Payment Reg. 2025 art. 25), whatever the channel —
# except a 12345 work order, which keeps the hotline's own clock.
_ARREARS_PROCEDURE = "payment_complaint"


def suggested_procedure(channel: str | None, category: str | None) -> str:
    """The procedure a new case of this channel and category usually follows."""
    if channel == Channel.HOTLINE.value:
        return _PROCEDURE_FOR_CHANNEL[channel]
    if category == Category.ARREARS.value:
        return _ARREARS_PROCEDURE
    return _PROCEDURE_FOR_CHANNEL.get(channel or "", _DEFAULT_PROCEDURE)


def load_choices(lookup: CaseLookup) -> tuple[list[UserView], list[tuple[str, str]]]:
    """Worker side: the staff who can handle a case and the office's procedures."""
    return lookup.staff(), lookup.procedures()


class _Party:
    """The widgets of one party (complainant or respondent) that behave alike."""

    def __init__(self, prefix: str, name: QLineEdit, uscc: QLineEdit, mark: QLabel, matches: QListWidget,
                 picked_label: QLabel, new_button: QWidget, editable: list[QWidget]):
        self.prefix = prefix
        self.name = name
        self.uscc = uscc
        self.mark = mark
        self.matches = matches
        self.picked_label = picked_label
        self.new_button = new_button
        self.editable = editable
        self.picked: Any = None  # EnterpriseView / RespondentView
        self.search_seq = 0
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.search_text = ""


class RegistrationDialog(FormDialog):
    """Registers one case; ``saved`` carries the new case's CaseDetail."""

    def __init__(self, registration: RegistrationService, lookup: CaseLookup, *, current_user_id: int | None, today: date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RegistrationDialog()
        self.ui.setupUi(self)
        self._registration = registration
        self._lookup = lookup
        self._current_user_id = current_user_id
        self._today = today or clock.today()
        self._confirm_duplicates = False
        self._procedure_touched = False
        self._kind_touched = False
        ui = self.ui

        self._complainant = _Party(
            "complainant", ui.complainant_name_line_edit, ui.complainant_uscc_line_edit, ui.complainant_uscc_mark_label,
            ui.complainant_matches_list, ui.complainant_picked_label, ui.complainant_new_button,
            [ui.complainant_name_line_edit, ui.complainant_uscc_line_edit, ui.complainant_industry_combo,
             ui.complainant_employees_line_edit, ui.complainant_revenue_line_edit, ui.complainant_assets_line_edit,
             ui.complainant_township_line_edit, ui.complainant_address_line_edit,
             ui.complainant_contact_line_edit, ui.complainant_phone_line_edit])
        self._respondent = _Party(
            "respondent", ui.respondent_name_line_edit, ui.respondent_uscc_line_edit, ui.respondent_uscc_mark_label,
            ui.respondent_matches_list, ui.respondent_picked_label, ui.respondent_new_button,
            [ui.respondent_name_line_edit, ui.respondent_uscc_line_edit, ui.respondent_kind_combo,
             ui.respondent_address_line_edit, ui.respondent_contact_line_edit, ui.respondent_phone_line_edit])

        self.setup_form(save_button=ui.save_button, cancel_button=ui.cancel_button,
                        general_error_label=ui.general_error_label, notice_label=ui.notice_label,
                        below_body=(ui.duplicates_frame,))
        self._fill_combos()
        self._bind_fields()
        self._connect()
        self._reset_party(self._complainant)
        self._reset_party(self._respondent)
        ui.duplicates_frame.hide()
        ui.duplicates_frame.setStyleSheet(f"#duplicates_frame {{ border: 1px solid {NOTICE_COLOUR}; }}")
        ui.shortcut_hint_label.setStyleSheet("color: palette(mid);")
        ui.size_basis_label.setStyleSheet("color: palette(dark);")
        with self.filling():
            # A limit the field checks and reports, never one it enforces by changing the date typed.
            ui.received_date_edit.setMaximumDate(self._today, self.tr("today"))
            ui.received_date_edit.setDate(self._today)
        self._update_size()
        self.mark_clean()

        ui.save_button.setEnabled(False)  # until the procedures and staff are in
        tasks.run_task(partial(load_choices, lookup), self._choices_loaded, self._choices_failed, owner=self)

    # --- construction ------------------------------------------------------------------------------

    def _fill_combos(self) -> None:
        ui = self.ui
        with self.filling():
            ui.complainant_industry_combo.addItem(self.tr("(not known)"), "")
            for key in INDUSTRIES:
                ui.complainant_industry_combo.addItem(labels.industry_label(key), key)
            for kind in DebtorKind:
                ui.respondent_kind_combo.addItem(labels.debtor_kind_label(kind.value), kind.value)
            for channel in Channel:
                ui.channel_combo.addItem(labels.channel_label(channel.value), channel.value)
            for category in Category:
                ui.category_combo.addItem(labels.category_label(category.value), category.value)
            # No silent defaults for what the officer must decide: an empty choice is reported on saving.
            for combo in (ui.respondent_kind_combo, ui.channel_combo, ui.category_combo, ui.procedure_combo,
                          ui.handler_combo):
                combo.setPlaceholderText(self.tr("— choose —"))
                combo.setCurrentIndex(-1)

    def _bind_fields(self) -> None:
        ui = self.ui
        bind = self.errors.bind
        bind("complainant.name", ui.complainant_name_error_label, ui.complainant_name_line_edit)
        bind("complainant.uscc", ui.complainant_uscc_error_label, ui.complainant_uscc_line_edit)
        bind("complainant.industry", ui.complainant_industry_error_label, ui.complainant_industry_combo)
        bind("complainant.employees", ui.complainant_employees_error_label, ui.complainant_employees_line_edit)
        bind("complainant.revenue_wan", ui.complainant_revenue_error_label, ui.complainant_revenue_line_edit)
        bind("complainant.assets_wan", ui.complainant_assets_error_label, ui.complainant_assets_line_edit)
        bind("complainant.township", ui.complainant_township_error_label, ui.complainant_township_line_edit)
        bind("complainant.address", ui.complainant_address_error_label, ui.complainant_address_line_edit)
        bind("complainant.contact_person", ui.complainant_contact_error_label, ui.complainant_contact_line_edit)
        bind("complainant.phone", ui.complainant_contact_error_label, ui.complainant_phone_line_edit)
        bind("complainant", ui.complainant_name_error_label, ui.complainant_name_line_edit)
        bind("respondent.name", ui.respondent_name_error_label, ui.respondent_name_line_edit)
        bind("respondent.uscc", ui.respondent_uscc_error_label, ui.respondent_uscc_line_edit)
        bind("respondent.kind", ui.respondent_kind_error_label, ui.respondent_kind_combo)
        bind("respondent.address", ui.respondent_address_error_label, ui.respondent_address_line_edit)
        bind("respondent.contact_person", ui.respondent_contact_error_label, ui.respondent_contact_line_edit)
        bind("respondent.phone", ui.respondent_contact_error_label, ui.respondent_phone_line_edit)
        bind("respondent", ui.respondent_name_error_label, ui.respondent_name_line_edit)
        bind("channel", ui.channel_error_label, ui.channel_combo)
        bind("procedure", ui.procedure_error_label, ui.procedure_combo)
        bind("category", ui.category_error_label, ui.category_combo)
        bind("received_on", ui.received_on_error_label, ui.received_date_edit)
        bind("handler_id", ui.handler_error_label, ui.handler_combo)
        bind("source_ref", ui.source_ref_error_label, ui.source_ref_line_edit)
        bind("summary", ui.summary_error_label, ui.summary_plain_text_edit)
        bind("demands", ui.demands_error_label, ui.demands_plain_text_edit)

    def _connect(self) -> None:
        ui = self.ui
        watch = self.watch
        for field, widget in (
            ("complainant.name", ui.complainant_name_line_edit), ("complainant.uscc", ui.complainant_uscc_line_edit),
            ("complainant.industry", ui.complainant_industry_combo),
            ("complainant.employees", ui.complainant_employees_line_edit),
            ("complainant.revenue_wan", ui.complainant_revenue_line_edit),
            ("complainant.assets_wan", ui.complainant_assets_line_edit),
            ("complainant.township", ui.complainant_township_line_edit),
            ("complainant.address", ui.complainant_address_line_edit),
            ("complainant.contact_person", ui.complainant_contact_line_edit),
            ("complainant.phone", ui.complainant_phone_line_edit),
            ("respondent.name", ui.respondent_name_line_edit), ("respondent.uscc", ui.respondent_uscc_line_edit),
            ("respondent.kind", ui.respondent_kind_combo), ("respondent.address", ui.respondent_address_line_edit),
            ("respondent.contact_person", ui.respondent_contact_line_edit),
            ("respondent.phone", ui.respondent_phone_line_edit),
            ("channel", ui.channel_combo), ("procedure", ui.procedure_combo), ("category", ui.category_combo),
            ("received_on", ui.received_date_edit), ("handler_id", ui.handler_combo),
            ("source_ref", ui.source_ref_line_edit), ("summary", ui.summary_plain_text_edit),
            ("demands", ui.demands_plain_text_edit),
        ):
            watch(widget, field=field)

        for party, search in ((self._complainant, self._lookup.search_enterprises),
                              (self._respondent, self._lookup.search_respondents)):
            party.timer.setParent(self)
            party.timer.timeout.connect(partial(self._search, party, search))
            party.name.textEdited.connect(partial(self._name_edited, party))
            # After watch(): its "clear the stale message" runs first, then the live check.
            party.uscc.textChanged.connect(lambda _text, p=party: self._check_uscc(p, False))
            party.uscc.textEdited.connect(partial(self._uscc_edited, party))
            party.uscc.editingFinished.connect(lambda p=party: self._check_uscc(p, True))
            party.matches.itemActivated.connect(partial(self._match_activated, party))
            party.new_button.clicked.connect(partial(self._unpick, party))

        for widget in (ui.complainant_employees_line_edit, ui.complainant_revenue_line_edit,
                       ui.complainant_assets_line_edit):
            widget.textChanged.connect(self._update_size)
        ui.complainant_industry_combo.currentIndexChanged.connect(self._update_size)
        ui.channel_combo.currentIndexChanged.connect(self._suggest_procedure)
        ui.category_combo.currentIndexChanged.connect(self._suggest_procedure)
        ui.procedure_combo.activated.connect(self._procedure_chosen)
        ui.respondent_kind_combo.activated.connect(self._kind_chosen)
        ui.register_anyway_button.clicked.connect(self._register_anyway)
        ui.back_to_edit_button.clicked.connect(self._back_to_edit)
        # Other parties, other duplicates: a confirmation is only good for what was shown.
        for widget in (ui.complainant_name_line_edit, ui.complainant_uscc_line_edit,
                       ui.respondent_name_line_edit, ui.respondent_uscc_line_edit):
            widget.textChanged.connect(self._parties_changed)

    # --- reference data ----------------------------------------------------------------------------

    def _choices_loaded(self, result: tuple[list[UserView], list[tuple[str, str]]]) -> None:
        staff, procedures = result
        ui = self.ui
        with self.filling():
            for code, name_zh in procedures:
                label = labels.procedure_label(code)
                ui.procedure_combo.addItem(label if label != code else name_zh, code)
            for user in staff:
                ui.handler_combo.addItem(fill(self.tr("%1 (%2)"), user.display_name, labels.role_label(user.role)),
                                         user.id)
            if self._current_user_id is not None:
                set_combo_data(ui.handler_combo, self._current_user_id)
            self._suggest_procedure()
        ui.save_button.setEnabled(True)

    def _choices_failed(self, exc: BaseException) -> None:
        self.errors.set_general(fill(self.tr("Could not read the procedures and staff list: %1"), error_text(exc)))

    def _suggest_procedure(self) -> None:
        if self._procedure_touched or self.ui.procedure_combo.count() == 0:
            return
        code = suggested_procedure(self.ui.channel_combo.currentData(), self.ui.category_combo.currentData())
        with self.filling():
            set_combo_data(self.ui.procedure_combo, code)

    def _procedure_chosen(self, _index: int) -> None:
        self._procedure_touched = True

    def _kind_chosen(self, _index: int) -> None:
        self._kind_touched = True
        self.ui.respondent_kind_hint_label.clear()

    # --- parties: searching, picking ------------------------------------------------------------

    def _name_edited(self, party: _Party, text: str) -> None:
        party.search_text = text
        party.timer.start()

    def _uscc_edited(self, party: _Party, text: str) -> None:
        code = normalize_uscc(text)
        if len(code) >= 6:
            party.search_text = code
            party.timer.start()

    def _search(self, party: _Party, search) -> None:
        text = party.search_text.strip()
        party.search_seq += 1
        if party.picked is not None or len(text) < MIN_SEARCH_CHARS:
            party.matches.clear()
            party.matches.hide()
            return
        tasks.run_task(partial(search, text, MATCH_LIMIT), partial(self._show_matches, party, party.search_seq),
                       partial(self._search_failed, party), owner=self)

    def _show_matches(self, party: _Party, seq: int, rows: list) -> None:
        if seq != party.search_seq or party.picked is not None:
            return  # an older search, or the party was picked meanwhile
        party.matches.clear()
        for row in rows:
            item = QListWidgetItem(self._match_text(row))
            item.setData(Qt.ItemDataRole.UserRole, row)
            party.matches.addItem(item)
        party.matches.setVisible(bool(rows))
        if rows:
            party.matches.setCurrentRow(0)
            party.picked_label.setText(self.tr("Already registered? Pick it below (↓ then Enter) instead of "
                                               "entering it again."))
            party.picked_label.show()
        else:
            party.picked_label.hide()

    def _search_failed(self, party: _Party, exc: BaseException) -> None:
        party.matches.hide()
        self.errors.set_general(fill(self.tr("Searching the registered records failed: %1"), error_text(exc)))

    def _match_text(self, row: EnterpriseView | RespondentView) -> str:
        parts = [row.name]
        if isinstance(row, RespondentView):
            parts.append(labels.debtor_kind_label(row.kind))
        elif row.township:
            parts.append(row.township)
        if row.uscc:
            parts.append(row.uscc)
        return "　".join(parts)

    def _match_activated(self, party: _Party, item: QListWidgetItem) -> None:
        self.pick(party.prefix, item.data(Qt.ItemDataRole.UserRole))

    def pick(self, prefix: str, view: EnterpriseView | RespondentView) -> None:
        """Use a registered party (what choosing it in the list does)."""
        party = self._complainant if prefix == "complainant" else self._respondent
        ui = self.ui
        party.picked = view
        with self.filling():
            party.name.setText(view.name)
            party.uscc.setText(view.uscc or "")
            if isinstance(view, EnterpriseView):
                set_combo_data(ui.complainant_industry_combo, view.industry or "")
                ui.complainant_employees_line_edit.setText("" if view.employees is None else str(view.employees))
                ui.complainant_revenue_line_edit.setText(_figure_text(view.revenue_wan))
                ui.complainant_assets_line_edit.setText(_figure_text(view.assets_wan))
                ui.complainant_township_line_edit.setText(view.township or "")
                ui.complainant_address_line_edit.setText(view.address or "")
                ui.complainant_contact_line_edit.setText(view.contact_person or "")
                ui.complainant_phone_line_edit.setText(view.phone or "")
            else:
                set_combo_data(ui.respondent_kind_combo, view.kind)
                ui.respondent_address_line_edit.setText(view.address or "")
                ui.respondent_contact_line_edit.setText(view.contact_person or "")
                ui.respondent_phone_line_edit.setText(view.phone or "")
                ui.respondent_kind_hint_label.clear()
        self._set_editable(party, False)
        party.matches.hide()
        party.picked_label.setText(self.tr("Registered record picked: it is used as it is."))
        party.picked_label.show()
        party.new_button.show()
        self._check_uscc(party, True)
        self._update_size()
        self._changed(None)
        for field in self.errors.fields:
            if field.startswith(party.prefix):
                self.errors.clear(field)
        next_widget = ui.respondent_name_line_edit if prefix == "complainant" else ui.channel_combo
        next_widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _unpick(self, party: _Party) -> None:
        """Back to entering a new party; the fields of the record that was picked are cleared."""
        if party.picked is None:
            return
        with self.filling():
            for widget in party.editable:
                if isinstance(widget, QLineEdit):
                    widget.clear()
                elif isinstance(widget, QComboBox):
                    widget.setCurrentIndex(0 if widget is self.ui.complainant_industry_combo else -1)
        self._reset_party(party)
        self._check_uscc(party, False)
        self._update_size()
        party.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reset_party(self, party: _Party) -> None:
        party.picked = None
        self._set_editable(party, True)
        party.matches.clear()
        party.matches.hide()
        party.picked_label.hide()
        party.new_button.hide()

    def _set_editable(self, party: _Party, editable: bool) -> None:
        for widget in party.editable:
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(not editable)
            else:
                widget.setEnabled(editable)

    def _check_uscc(self, party: _Party, final: bool) -> None:
        """The mark next to a credit code, and its problem once the code is complete (or left)."""
        text = party.uscc.text()
        code = normalize_uscc(text)
        field = f"{party.prefix}.uscc"
        if not code:
            party.mark.clear()
            party.mark.setToolTip("")
            self.errors.clear(field)
            if party is self._respondent:
                self.ui.respondent_kind_hint_label.clear()
            return
        problem = uscc_problem(code)
        if problem is None:
            party.mark.setText("✓")
            party.mark.setStyleSheet(f"color: {OK_COLOUR}; font-weight: bold;")
            party.mark.setToolTip(self.tr("Valid credit code"))
            self.errors.clear(field)
            if party is self._respondent:
                self._suggest_kind(code)
            return
        party.mark.setText("✗")
        party.mark.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        party.mark.setToolTip(ui_text(problem))
        # While the code is being typed its length is wrong anyway; say so once it is complete.
        if final or len(code) >= USCC_LENGTH or any(ch in "IOSVZ" for ch in code):
            self.errors.clear(field)
            self.errors.set(field, ui_text(problem))

    def _suggest_kind(self, code: str) -> None:
        if self._respondent.picked is not None:
            return
        kind = suggest_debtor_kind(code)
        hint = self.ui.respondent_kind_hint_label
        if kind is None:
            hint.setText(self.tr("An enterprise's code does not tell whether it is state-owned or large: choose."))
            return
        if not self._kind_touched:
            with self.filling():
                set_combo_data(self.ui.respondent_kind_combo, kind.value)
            self._changed("respondent.kind")
        hint.setText(fill(self.tr("Suggested from the code (%1…): %2"), code[:2], labels.debtor_kind_label(kind.value)))

    # --- SME size -----------------------------------------------------------------------------------

    def _figures(self, *, report: bool) -> tuple[int | None, Decimal | None, Decimal | None] | None:
        """The three size figures, or None when one cannot be read (reported next to it if ``report``)."""
        ui = self.ui
        values: list[Any] = []
        ok = True
        for field, widget, parse in (("complainant.employees", ui.complainant_employees_line_edit, parse_count),
                                     ("complainant.revenue_wan", ui.complainant_revenue_line_edit, parse_figure),
                                     ("complainant.assets_wan", ui.complainant_assets_line_edit, parse_figure)):
            try:
                values.append(parse(widget.text()))
            except ValueError as exc:
                values.append(None)
                ok = False
                if report:
                    self.errors.clear(field)
                    self.errors.set(field, str(exc))
        return (values[0], values[1], values[2]) if ok else None

    def _update_size(self) -> None:
        ui = self.ui
        picked = self._complainant.picked
        if picked is not None:
            self._show_size(picked.size_class, picked.size_basis)
            return
        industry = ui.complainant_industry_combo.currentData()
        figures = self._figures(report=True)
        if not industry:
            self._show_size(None, (self.tr("Choose the industry and fill in the figures: the size is worked out "
                                           "by the 2011 SME size standard."),))
            return
        if figures is None:
            self._show_size(None, (self.tr("A figure above cannot be read."),))
            return
        employees, revenue, assets = figures
        try:
            result = classify_explained(industry, employees=employees, revenue_wan=revenue, assets_wan=assets)
        except ValueError as exc:
            self._show_size(None, (error_text(exc),))
            return
        self._show_size(result.size.value, result.basis_lines)

    def _show_size(self, size: str | None, basis: tuple[str, ...]) -> None:
        ui = self.ui
        if size is None:
            ui.size_label.setText("—")
            ui.size_label.setStyleSheet("")
        else:
            text = fill(self.tr("%1 enterprise"), labels.size_class_label(size))
            if size == SizeClass.LARGE.value:
                text += self.tr(" — not an SME: the SME rules do not protect it")
                ui.size_label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
            else:
                ui.size_label.setStyleSheet(f"color: {OK_COLOUR}; font-weight: bold;")
            ui.size_label.setText(text)
        ui.size_basis_label.setText("\n".join(basis))

    # --- saving ---------------------------------------------------------------------------------------

    def build_call(self):
        inp = self._input()
        if inp is None:
            return None
        return partial(self._registration.register, inp)

    def build_check(self):
        # The fields the form could not read go as empty; their own messages stay on them.
        return partial(self._registration.problems, self._input(lenient=True))

    def _input(self, *, lenient: bool = False) -> RegistrationInput | None:
        """What was typed, or None when a figure cannot be read (reported next to it); ``lenient``: the
        unreadable figures left out instead."""
        ui = self.ui
        figures = self._figures(report=not lenient)
        if figures is None and lenient:
            figures = (None, None, None)
        complainant = None
        complainant_id = None
        if self._complainant.picked is not None:
            complainant_id = self._complainant.picked.id
        elif figures is not None:
            employees, revenue, assets = figures
            complainant = EnterpriseInput(
                name=ui.complainant_name_line_edit.text().strip(),
                uscc=_optional(ui.complainant_uscc_line_edit.text()),
                industry=ui.complainant_industry_combo.currentData() or None,
                employees=employees, revenue_wan=revenue, assets_wan=assets,
                township=_optional(ui.complainant_township_line_edit.text()),
                address=_optional(ui.complainant_address_line_edit.text()),
                contact_person=_optional(ui.complainant_contact_line_edit.text()),
                phone=_optional(ui.complainant_phone_line_edit.text()),
            )
        respondent = None
        respondent_id = None
        if self._respondent.picked is not None:
            respondent_id = self._respondent.picked.id
        elif any(w.text().strip() for w in (ui.respondent_name_line_edit, ui.respondent_uscc_line_edit)) \
                or ui.respondent_kind_combo.currentIndex() >= 0:
            respondent = RespondentInput(
                name=ui.respondent_name_line_edit.text().strip(),
                kind=ui.respondent_kind_combo.currentData() or "",
                uscc=_optional(ui.respondent_uscc_line_edit.text()),
                address=_optional(ui.respondent_address_line_edit.text()),
                contact_person=_optional(ui.respondent_contact_line_edit.text()),
                phone=_optional(ui.respondent_phone_line_edit.text()),
            )
        if figures is None:
            return None
        handler = ui.handler_combo.currentData()
        return RegistrationInput(
            channel=ui.channel_combo.currentData() or "",
            procedure=ui.procedure_combo.currentData() or "",
            category=ui.category_combo.currentData() or "",
            summary=ui.summary_plain_text_edit.toPlainText(),
            received_on=ui.received_date_edit.value(),
            complainant_id=complainant_id, complainant=complainant,
            respondent_id=respondent_id, respondent=respondent,
            demands=_optional(ui.demands_plain_text_edit.toPlainText()),
            handler_id=int(handler) if handler is not None else None,
            source_ref=_optional(ui.source_ref_line_edit.text()),
            confirm_duplicates=self._confirm_duplicates,
        )

    def handle_failure(self, exc: BaseException) -> bool:
        if isinstance(exc, DuplicateCases):
            self._show_duplicates(exc.cases)
            return True
        return False

    def _show_duplicates(self, rows: list[CaseRow]) -> None:
        ui = self.ui
        tree = ui.duplicates_tree_widget
        tree.clear()
        for row in rows:
            item = QTreeWidgetItem([row.case_no, date_text(row.received_on), row.complainant, row.respondent or "",
                                    labels.status_label(row.status), row.handler or ""])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            tree.addTopLevelItem(item)
        for column in range(tree.columnCount()):
            tree.resizeColumnToContents(column)
        ui.duplicates_label.setText(self.tr(
            "%n open case(s) with the same complainant and respondent already exist. Is this the same "
            "complaint? Register it anyway only if it is a new one.", "", len(rows)))
        ui.duplicates_label.setStyleSheet(f"color: {NOTICE_COLOUR}; font-weight: bold;")
        ui.duplicates_frame.show()
        ui.back_to_edit_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _register_anyway(self) -> None:
        self._confirm_duplicates = True
        self.ui.duplicates_frame.hide()
        self.save()

    def _back_to_edit(self) -> None:
        self.ui.duplicates_frame.hide()
        self.ui.complainant_name_line_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _parties_changed(self) -> None:
        if self._confirm_duplicates or self.ui.duplicates_frame.isVisible():
            self._confirm_duplicates = False
            self.ui.duplicates_frame.hide()

    @property
    def duplicates_shown(self) -> bool:
        return self.ui.duplicates_frame.isVisible()

    # --- keys ------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # ↓ from a party's name or code goes into the list of registered matches.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Down:
            for party in (self._complainant, self._respondent):
                if watched in (party.name, party.uscc) and party.matches.isVisible():
                    party.matches.setFocus(Qt.FocusReason.OtherFocusReason)
                    if party.matches.currentRow() < 0:
                        party.matches.setCurrentRow(0)
                    return True
        return super().eventFilter(watched, event)


def _optional(text: str) -> str | None:
    text = text.strip()
    return text or None


def _figure_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value.normalize():f}"


