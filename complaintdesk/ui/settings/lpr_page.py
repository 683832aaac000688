"""The LPR page: the one-year loan prime rate history, newest first, and a form to add the latest quotation."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from complaintdesk.services.settings import LprRateView
from complaintdesk.ui.form_dialog import FieldErrors
from complaintdesk.ui.formats import to_qdate
from complaintdesk.ui.labels import fill
from complaintdesk.ui.settings.page import (
    OK_COLOUR,
    SettingsPage,
    fill_table,
    parse_rate_percent,
    stretch_last_column,
    table_item,
    translate,
)

if TYPE_CHECKING:
    from complaintdesk.ui.settings.dialog import SettingsDialog


class LprPage(SettingsPage):
    def __init__(self, dialog: SettingsDialog):
        super().__init__(dialog)
        ui = self.ui
        self.rates: list[LprRateView] = []
        self.errors = FieldErrors(ui.lpr_error_label)
        self.errors.bind("effective_on", ui.lpr_date_error_label, ui.lpr_date_edit)
        self.errors.bind("rate", ui.lpr_rate_error_label, ui.lpr_rate_line_edit)
        self.errors.bind("source", ui.lpr_source_error_label, ui.lpr_source_line_edit)
        stretch_last_column(ui.lpr_table_widget)
        ui.lpr_date_edit.setDate(to_qdate(dialog.today))
        ui.lpr_date_edit.dateChanged.connect(lambda _d: self.errors.clear("effective_on"))
        ui.lpr_rate_line_edit.textChanged.connect(lambda _t: self._typed("rate"))
        ui.lpr_source_line_edit.textChanged.connect(lambda _t: self._typed("source"))
        ui.lpr_rate_line_edit.returnPressed.connect(self.add)
        ui.add_lpr_button.clicked.connect(self.add)

    @property
    def dirty(self) -> bool:
        return bool(self.ui.lpr_rate_line_edit.text().strip() or self.ui.lpr_source_line_edit.text().strip())

    def _typed(self, field: str) -> None:
        self.errors.clear(field)
        self.dialog.update_dirty()

    def update_buttons(self) -> None:
        self.ui.lpr_add_group_box.setEnabled(self.dialog.can_edit)
        self.ui.add_lpr_button.setEnabled(not self.busy and self.dialog.can_edit)

    def load(self) -> None:
        self.run(self.office.settings.lpr_rates, self._loaded, busy=False)

    def _loaded(self, rates: list[LprRateView]) -> None:
        self.rates = rates
        newest_first = list(reversed(rates))
        fill_table(self.ui.lpr_table_widget, [
            [table_item(r.effective_on.isoformat()),
             table_item(f"{r.percent:.2f}", align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
             table_item(r.source or "", tooltip=r.source)] for r in newest_first])

    def add(self) -> None:
        if self.busy:
            return
        ui = self.ui
        self.errors.clear()
        try:
            rate = parse_rate_percent(ui.lpr_rate_line_edit.text())
        except ValueError as exc:
            self.errors.set("rate", str(exc))
            self.errors.focus_first()
            return
        day = ui.lpr_date_edit.checked_value(lambda problem: self.errors.set("effective_on", problem))
        if day is None:
            self.errors.focus_first()
            return
        self.run(partial(self.office.settings.add_lpr_rate, day, rate, ui.lpr_source_line_edit.text()), self._added)

    def _added(self, row: LprRateView) -> None:
        ui = self.ui
        ui.lpr_rate_line_edit.clear()
        ui.lpr_source_line_edit.clear()
        self.errors.clear()
        self.dialog.show_status(fill(translate("SettingsDialog", "LPR %1 % from %2 added."), f"{row.percent:.2f}",
                                     row.effective_on.isoformat()), OK_COLOUR)
        self.dialog.update_dirty()
        self.dialog.settingsChanged.emit("lpr")
        self.load()
