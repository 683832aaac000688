"""The arrears-claim dialog: add a claim to a case, or correct one, with the dates that start its payment term.

Optional dates are typed (2025-03-01, 20250301, 2025年3月1日…) rather than picked: most are
blank, and a date edit cannot be blank. Amounts are parsed here, so a typo is reported next to
its field before the service is asked; the service then checks the rules (dates in order,
confirmed + disputed ≤ claimed…) and its problems land on the same labels.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLineEdit, QWidget

from complaintdesk.domain.vocabulary import ClaimSubject
from complaintdesk.services.desk_types import ClaimInput
from complaintdesk.ui import labels
from complaintdesk.ui.form_dialog import FormDialog, set_combo_data
from complaintdesk.ui.formats import (
    date_text,
    parse_count,
    parse_date,
    parse_money,
    parse_percent,
    percent_text,
)
from complaintdesk.ui.forms.ui_claim_dialog import Ui_ClaimDialog
from complaintdesk.ui.labels import fill

if TYPE_CHECKING:
    from complaintdesk.services.claims import ClaimService
    from complaintdesk.services.desk_types import CaseDetail, ClaimView


class ClaimDialog(FormDialog):
    """Adds a claim (``claim`` None) or updates ``claim``; ``saved`` carries the fresh CaseDetail."""

    def __init__(self, claims: ClaimService, case: CaseDetail, claim: ClaimView | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ClaimDialog()
        self.ui.setupUi(self)
        self._claims = claims
        self._case = case
        self._claim = claim
        ui = self.ui
        self.setup_form(save_button=ui.save_button, cancel_button=ui.cancel_button,
                        general_error_label=ui.general_error_label, notice_label=ui.notice_label)
        ui.term_hint_label.setStyleSheet("color: palette(dark);")
        with self.filling():
            for subject in ClaimSubject:
                ui.subject_combo.addItem(labels.claim_subject_label(subject.value), subject.value)
            ui.subject_combo.setPlaceholderText(self.tr("— choose —"))
            ui.subject_combo.setCurrentIndex(-1)

        # (service field, widget, parser): the order is the form's order, for focusing the first error.
        self._fields: list[tuple[str, QLineEdit, Any]] = [
            ("contract_signed_on", ui.contract_signed_line_edit, parse_date),
            ("amount_claimed", ui.amount_claimed_line_edit, parse_money),
            ("amount_confirmed", ui.amount_confirmed_line_edit, parse_money),
            ("amount_disputed", ui.amount_disputed_line_edit, parse_money),
            ("delivered_on", ui.delivered_line_edit, parse_date),
            ("acceptance_passed_on", ui.acceptance_passed_line_edit, parse_date),
            ("acceptance_period_ends_on", ui.acceptance_period_ends_line_edit, parse_date),
            ("settlement_confirmed_on", ui.settlement_confirmed_line_edit, parse_date),
            ("agreed_term_days", ui.agreed_term_line_edit, parse_count),
            ("agreed_annual_rate", ui.agreed_rate_line_edit, parse_percent),
        ]
        bind = self.errors.bind
        bind("contract_signed_on", ui.contract_signed_error_label, ui.contract_signed_line_edit)
        bind("subject", ui.subject_error_label, ui.subject_combo)
        bind("amount_claimed", ui.amount_claimed_error_label, ui.amount_claimed_line_edit)
        bind("amount_confirmed", ui.amount_confirmed_error_label, ui.amount_confirmed_line_edit)
        bind("amount_disputed", ui.amount_disputed_error_label, ui.amount_disputed_line_edit)
        bind("delivered_on", ui.delivered_error_label, ui.delivered_line_edit)
        bind("acceptance_passed_on", ui.acceptance_passed_error_label, ui.acceptance_passed_line_edit)
        bind("acceptance_period_ends_on", ui.acceptance_period_ends_error_label, ui.acceptance_period_ends_line_edit)
        bind("settlement_confirmed_on", ui.settlement_confirmed_error_label, ui.settlement_confirmed_line_edit)
        bind("agreed_term_days", ui.agreed_term_error_label, ui.agreed_term_line_edit)
        bind("agreed_annual_rate", ui.agreed_rate_error_label, ui.agreed_rate_line_edit)
        for field, widget, _parse in self._fields:
            self.watch(widget, field=field)
        self.watch(ui.subject_combo, field="subject")
        self.watch(ui.contract_no_line_edit, ui.description_line_edit)

        if claim is None:
            self.setWindowTitle(fill(self.tr("New arrears claim — case %1"), case.case_no))
        else:
            self.setWindowTitle(fill(self.tr("Arrears claim — case %1"), case.case_no))
            self._fill(claim)
        respondent = case.respondent
        ui.case_label.setText(fill(self.tr("Debtor: %1 (%2)"), respondent.name,
                                   labels.debtor_kind_label(respondent.kind)) if respondent else "")
        self.mark_clean()

    def _fill(self, claim: ClaimView) -> None:
        ui = self.ui
        with self.filling():
            ui.contract_no_line_edit.setText(claim.contract_no or "")
            ui.contract_signed_line_edit.setText(date_text(claim.contract_signed_on))
            set_combo_data(ui.subject_combo, claim.subject)
            ui.description_line_edit.setText(claim.description or "")
            ui.amount_claimed_line_edit.setText(_plain(claim.amount_claimed))
            ui.amount_confirmed_line_edit.setText(_plain(claim.amount_confirmed))
            ui.amount_disputed_line_edit.setText(_plain(claim.amount_disputed))
            ui.delivered_line_edit.setText(date_text(claim.delivered_on))
            ui.acceptance_passed_line_edit.setText(date_text(claim.acceptance_passed_on))
            ui.acceptance_period_ends_line_edit.setText(date_text(claim.acceptance_period_ends_on))
            ui.settlement_confirmed_line_edit.setText(date_text(claim.settlement_confirmed_on))
            ui.agreed_term_line_edit.setText("" if claim.agreed_term_days is None else str(claim.agreed_term_days))
            ui.agreed_rate_line_edit.setText(percent_text(claim.agreed_annual_rate))

    def build_call(self):
        values: dict[str, Any] = {}
        for field, widget, parse in self._fields:
            try:
                values[field] = parse(widget.text())
            except ValueError as exc:
                self.errors.set(field, str(exc))
        if self.errors.has_errors():
            return None
        ui = self.ui
        inp = ClaimInput(
            amount_claimed=values.pop("amount_claimed"),
            subject=ui.subject_combo.currentData() or "",
            contract_no=ui.contract_no_line_edit.text().strip() or None,
            description=ui.description_line_edit.text().strip() or None,
            **values,
        )
        if self._claim is None:
            return partial(self._claims.add_claim, self._case.id, inp)
        return partial(self._claims.update_claim, self._claim.id, inp, self._claim.version)

    def case_reloaded(self, case: CaseDetail) -> None:
        """After a conflict the case was read again: compare against the claim as it is now."""
        self._case = case
        if self._claim is not None:
            self._claim = next((c for c in case.claims if c.id == self._claim.id), self._claim)
        self.show_notice(self.tr("The case was reloaded. Your entries are kept: check them against the case, "
                                 "then save again."))


def _plain(amount) -> str:
    return "" if amount is None else f"{amount:f}"
