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

from complaintdesk.domain.sme import FiguresMissing, SizeClass, SizeSource, classify_explained
from complaintdesk.domain.vocabulary import ClaimSubject
from complaintdesk.services.desk_types import ClaimInput
from complaintdesk.ui import labels
from complaintdesk.ui.form_dialog import ERROR_COLOUR, FormDialog, set_combo_data
from complaintdesk.ui.formats import (
    date_text,
    parse_count,
    parse_date,
    parse_figure,
    parse_money,
    parse_percent,
    percent_text,
)
from complaintdesk.ui.forms.ui_claim_dialog import Ui_ClaimDialog
from complaintdesk.ui.labels import fill
from complaintdesk.ui.messages import error_text

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
        ui.size_hint_label.setStyleSheet("color: palette(dark);")
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
            # The complainant's figures at signing (optional): they fix its size for this claim.
            ("size_employees", ui.size_employees_line_edit, parse_count),
            ("size_revenue_wan", ui.size_revenue_line_edit, parse_figure),
            ("size_assets_wan", ui.size_assets_line_edit, parse_figure),
        ]
        self._bind_errors()
        for field, widget, _parse in self._fields:
            self.watch(widget, field=field)
        for widget in (ui.size_employees_line_edit, ui.size_revenue_line_edit, ui.size_assets_line_edit):
            widget.textChanged.connect(self._update_size)
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
        self._update_size()
        self.mark_clean()

    def _bind_errors(self) -> None:
        """Each field's message goes to the label under it."""
        ui = self.ui
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
        bind("size_employees", ui.size_employees_error_label, ui.size_employees_line_edit)
        bind("size_revenue_wan", ui.size_revenue_error_label, ui.size_revenue_line_edit)
        bind("size_assets_wan", ui.size_assets_error_label, ui.size_assets_line_edit)

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
            if claim.size_source == SizeSource.SIGNING:  # inferred figures are the complainant's, not typed here
                ui.size_employees_line_edit.setText("" if claim.size_employees is None else str(claim.size_employees))
                ui.size_revenue_line_edit.setText(_plain(claim.size_revenue_wan))
                ui.size_assets_line_edit.setText(_plain(claim.size_assets_wan))

    # --- the complainant's size at signing -------------------------------------------------------------

    def _update_size(self) -> None:
        """The size this claim will record, as the figures are typed: at signing, or inferred (and why)."""
        ui = self.ui
        figures = []
        for widget, parse in ((ui.size_employees_line_edit, parse_count), (ui.size_revenue_line_edit, parse_figure),
                              (ui.size_assets_line_edit, parse_figure)):
            try:
                figures.append(parse(widget.text()))
            except ValueError:
                self._show_size(self.tr("A figure above cannot be read."), error=True)
                return
        if not any(value is not None for value in figures):
            self._show_inferred()
            return
        industry = self._case.complainant.industry
        if not industry:
            self._show_size(self.tr("The complainant's industry is not recorded: the size cannot be worked out. "
                                    "Record it on the complainant first."), error=True)
            return
        try:
            found = classify_explained(industry, employees=figures[0], revenue_wan=figures[1], assets_wan=figures[2])
        except FiguresMissing as exc:
            self._show_size(error_text(exc), error=True)
            return
        except ValueError as exc:  # an industry the standard does not know (a record from elsewhere)
            self._show_size(str(exc), error=True)
            return
        self._show_class(found.size.value, self.tr("At signing: %1 enterprise"), found.basis_lines)

    def _show_inferred(self) -> None:
        complainant = self._case.complainant
        if not complainant.size_class:
            self._show_size(self.tr("No figures at signing, and the complainant's size at complaint time is not "
                                    "known either: the claim records no size."), error=False)
            return
        self._show_class(complainant.size_class,
                         self.tr("No figures at signing: %1 enterprise, inferred from the size at complaint time "
                                 "(以投诉时规模推定)"), complainant.size_basis)

    def _show_class(self, size: str, template: str, basis) -> None:
        text = fill(template, labels.size_class_label(size))
        large = size == SizeClass.LARGE.value
        if large:
            text += self.tr(" — not an SME when the contract was signed: the Payment Regulation does not protect "
                            "this claim. It can still be recorded.")
        self._show_size(text, error=large)
        self.ui.size_label.setToolTip("\n".join(basis))

    def _show_size(self, text: str, *, error: bool) -> None:
        label = self.ui.size_label
        label.setText(text)
        label.setToolTip("")
        label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;" if error else "font-weight: bold;")

    @property
    def size_text(self) -> str:
        return self.ui.size_label.text()

    def build_call(self):
        inp = self._input()
        if inp is None:
            return None
        if self._claim is None:
            return partial(self._claims.add_claim, self._case.id, inp)
        return partial(self._claims.update_claim, self._claim.id, inp, self._claim.version)

    def build_check(self):
        # The fields the form could not read go as empty; their own messages stay on them.
        return partial(self._claims.problems, self._case.id, self._input(lenient=True),
                       self._claim.id if self._claim is not None else None)

    def _input(self, *, lenient: bool = False) -> ClaimInput | None:
        """What was typed, or None when a field cannot be read (reported next to it); ``lenient``: the
        unreadable fields as empty, for the services' check of everything else."""
        values: dict[str, Any] = {}
        for field, widget, parse in self._fields:
            try:
                values[field] = parse(widget.text())
            except ValueError as exc:
                if not lenient:
                    self.errors.set(field, str(exc))
                values[field] = None
        if self.errors.has_errors() and not lenient:
            return None
        ui = self.ui
        return ClaimInput(
            amount_claimed=values.pop("amount_claimed"),
            subject=ui.subject_combo.currentData() or "",
            contract_no=ui.contract_no_line_edit.text().strip() or None,
            description=ui.description_line_edit.text().strip() or None,
            **values,
        )

    def case_reloaded(self, case: CaseDetail) -> None:
        """After a conflict the case was read again: compare against the claim as it is now."""
        self._case = case
        if self._claim is not None:
            self._claim = next((c for c in case.claims if c.id == self._claim.id), self._claim)
        self.show_notice(self.tr("The case was reloaded. Your entries are kept: check them against the case, "
                                 "then save again."))


def _plain(amount) -> str:
    return "" if amount is None else f"{amount:f}"
