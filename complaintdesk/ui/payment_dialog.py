"""The payment dialog: money the debtor paid on one arrears claim (date, amount, voucher)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from complaintdesk import clock
from complaintdesk.services.desk_types import PaymentInput
from complaintdesk.ui.form_dialog import FormDialog
from complaintdesk.ui.formats import money_text, parse_money
from complaintdesk.ui.forms.ui_payment_dialog import Ui_PaymentDialog
from complaintdesk.ui.labels import fill

if TYPE_CHECKING:
    from complaintdesk.services.claims import ClaimService
    from complaintdesk.services.desk_types import CaseDetail, ClaimView


class PaymentDialog(FormDialog):
    """Records one payment on ``claim``; ``saved`` carries the fresh CaseDetail."""

    def __init__(self, claims: ClaimService, case: CaseDetail, claim: ClaimView, *, today: date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PaymentDialog()
        self.ui.setupUi(self)
        self._claims = claims
        self._claim = claim
        ui = self.ui
        self.setup_form(save_button=ui.save_button, cancel_button=ui.cancel_button,
                        general_error_label=ui.general_error_label, notice_label=ui.notice_label)
        self.setWindowTitle(fill(self.tr("Record a payment — case %1"), case.case_no))
        ui.claim_label.setText(fill(self.tr("Contract %1: owed %2 yuan, paid %3, outstanding %4 yuan."),
                                    claim.contract_no or self.tr("(no number)"), money_text(claim.amount_claimed),
                                    money_text(claim.amount_paid), money_text(claim.outstanding)))
        today = today or clock.today()
        with self.filling():
            ui.paid_date_edit.setMaximumDate(today, self.tr("today"))
            ui.paid_date_edit.setDate(today)
        self.errors.bind("paid_on", ui.paid_error_label, ui.paid_date_edit)
        self.errors.bind("amount", ui.amount_error_label, ui.amount_line_edit)
        self.errors.bind("voucher", ui.voucher_error_label, ui.voucher_line_edit)
        self.watch(ui.paid_date_edit, field="paid_on")
        self.watch(ui.amount_line_edit, field="amount")
        self.watch(ui.voucher_line_edit, field="voucher")
        ui.pay_all_button.clicked.connect(self._pay_all)
        ui.pay_all_button.setEnabled(claim.outstanding > 0)
        self.mark_clean()
        ui.amount_line_edit.setFocus()

    def _pay_all(self) -> None:
        self.ui.amount_line_edit.setText(f"{self._claim.outstanding:f}")
        self.ui.voucher_line_edit.setFocus()

    def build_call(self):
        ui = self.ui
        try:
            amount = parse_money(ui.amount_line_edit.text())
        except ValueError as exc:
            self.errors.set("amount", str(exc))
            return None
        inp = PaymentInput(paid_on=ui.paid_date_edit.value(), amount=amount,
                           voucher=ui.voucher_line_edit.text().strip() or None)
        return partial(self._claims.add_payment, self._claim.id, inp)
