"""The instalments dialog: the repayment agreement of one claim, as a list of due dates and amounts."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from complaintdesk.ui.form_dialog import FormDialog
from complaintdesk.ui.formats import date_text, money_text, parse_date, parse_money
from complaintdesk.ui.forms.ui_instalments_dialog import Ui_InstalmentsDialog
from complaintdesk.ui.labels import fill
from complaintdesk.ui.messages import ui_text

if TYPE_CHECKING:
    from complaintdesk.services.claims import ClaimService
    from complaintdesk.services.desk_types import CaseDetail, ClaimView

_ROW_FIELD = re.compile(r"instalments\[(\d+)\]")


class InstalmentsDialog(FormDialog):
    """Replaces the claim's instalments with the rows of the table; ``saved`` carries the fresh CaseDetail."""

    def __init__(self, claims: ClaimService, case: CaseDetail, claim: ClaimView, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_InstalmentsDialog()
        self.ui.setupUi(self)
        self._claims = claims
        self._claim = claim
        self._sent_rows: list[int] = []
        ui = self.ui
        self.setup_form(save_button=ui.save_button, cancel_button=ui.cancel_button,
                        general_error_label=ui.general_error_label, notice_label=ui.notice_label)
        self.setWindowTitle(fill(self.tr("Repayment agreement — case %1"), case.case_no))
        ui.claim_label.setText(fill(self.tr("Contract %1: outstanding %2 yuan. Enter the agreed instalments; "
                                            "saving replaces the previous agreement."),
                                    claim.contract_no or self.tr("(no number)"), money_text(claim.outstanding)))
        table = ui.instalment_table_widget
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        with self.filling():
            for item in claim.instalments:
                self._append(date_text(item.due_on), f"{item.amount:f}")
        table.itemChanged.connect(self._table_changed)
        ui.add_row_button.clicked.connect(self._add_row)
        ui.remove_row_button.clicked.connect(self._remove_row)
        self._update_total()
        self.mark_clean()

    def _append(self, due: str = "", amount: str = "") -> int:
        table = self.ui.instalment_table_widget
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(due))
        table.setItem(row, 1, QTableWidgetItem(amount))
        return row

    def _add_row(self) -> None:
        row = self._append()
        self._changed(None)
        table = self.ui.instalment_table_widget
        table.setCurrentCell(row, 0)
        table.editItem(table.item(row, 0))

    def _remove_row(self) -> None:
        table = self.ui.instalment_table_widget
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())
            self._changed(None)
            self._update_total()

    def _table_changed(self, _item: QTableWidgetItem) -> None:
        self._changed(None)
        self._update_total()

    def rows_text(self) -> list[tuple[str, str]]:
        table = self.ui.instalment_table_widget
        return [tuple((table.item(r, c).text() if table.item(r, c) else "") for c in (0, 1))
                for r in range(table.rowCount())]

    def _update_total(self) -> None:
        total = Decimal("0")
        for _due, amount in self.rows_text():
            try:
                total += parse_money(amount) or 0
            except ValueError:
                pass
        self.ui.total_label.setText(fill(self.tr("Total %1 yuan"), money_text(total)))

    def build_call(self):
        items: list[tuple[date, Decimal]] = []
        self._sent_rows: list[int] = []  # table row number of each item sent
        problems = []
        for number, (due_text, amount_text) in enumerate(self.rows_text(), start=1):
            if not due_text.strip() and not amount_text.strip():
                continue  # a blank row added by mistake
            try:
                due = parse_date(due_text)
                amount = parse_money(amount_text)
                if due is None or amount is None:
                    raise ValueError(self.tr("fill in both the date and the amount"))
                items.append((due, amount))
                self._sent_rows.append(number)
            except ValueError as exc:
                problems.append(fill(self.tr("Row %1: %2"), str(number), str(exc)))
        if problems:
            self.errors.set_general("\n".join(problems))
            return None
        return partial(self._claims.set_instalments, self._claim.id, items, self._claim.version)

    def _on_failed(self, exc: BaseException) -> None:
        # "instalments[2].amount" names a row: say which, counted as the officer counts them.
        problems = getattr(exc, "problems", None)
        if problems:
            self._set_busy(False)
            lines = []
            for problem in problems:
                match = _ROW_FIELD.match(problem.field)
                text = ui_text(problem.text)
                if match and int(match.group(1)) < len(self._sent_rows):
                    text = fill(self.tr("Row %1: %2"), str(self._sent_rows[int(match.group(1))]), text)
                lines.append(text)
            self.errors.set_general("\n".join(lines))
            return
        super()._on_failed(exc)
