"""The office page: the office's name, short name, county, address and phone, its document-number prefix and
the due-soon warning; and, while any identity field is still empty or the shipped placeholder, an amber
line naming them (no letter is issued until they are filled in: ``services.settings.office_identity_gaps``).

The county field came after the form (forms/settings_dialog.ui): its row is added here, in code.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from complaintdesk.services.settings import (
    OFFICE_FIELDS,
    OfficeSettings,
    format_document_number,
    identity_gaps_of,
)
from complaintdesk.ui.form_dialog import NOTICE_COLOUR, FieldErrors
from complaintdesk.ui.labels import fill
from complaintdesk.ui.messages import ui_text
from complaintdesk.ui.settings.page import OK_COLOUR, SettingsPage, style_label, translate

if TYPE_CHECKING:
    from complaintdesk.ui.settings.dialog import SettingsDialog


class OfficePage(SettingsPage):
    def __init__(self, dialog: SettingsDialog):
        super().__init__(dialog)
        ui = self.ui
        self.loaded: OfficeSettings | None = None
        self.errors = FieldErrors(ui.office_error_label)
        self._add_county_row()
        self._edits = {
            "name": ui.office_name_line_edit, "short_name": ui.short_name_line_edit,
            "county": self.county_line_edit, "address": ui.address_line_edit, "phone": ui.phone_line_edit,
            "number_prefix": ui.number_prefix_line_edit,
        }
        error_labels = {
            "name": ui.office_name_error_label, "short_name": ui.short_name_error_label,
            "county": self.county_error_label, "address": ui.address_error_label, "phone": ui.phone_error_label,
            "number_prefix": ui.number_prefix_error_label,
        }
        for field, edit in self._edits.items():
            self.errors.bind(field, error_labels[field], edit)
            edit.textChanged.connect(partial(self._typed, field))
        self.errors.bind("due_soon_workdays", ui.due_soon_error_label, ui.due_soon_spin_box)
        ui.due_soon_spin_box.valueChanged.connect(partial(self._typed, "due_soon_workdays"))
        ui.save_office_button.clicked.connect(self.save)
        ui.revert_office_button.clicked.connect(self.load)
        for widget in (*self._edits.values(), ui.due_soon_spin_box):
            widget.setEnabled(False)
        self.update_buttons()

    def _add_county_row(self) -> None:
        """The county (banner, district) under the short name: its field, its red label, its place in the
        tab order; and the amber line of what is still to fill in, above the form."""
        ui = self.ui
        holder = QWidget(ui.office_tab)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.county_line_edit = QLineEdit(holder)
        self.county_line_edit.setObjectName("county_line_edit")
        self.county_line_edit.setMaxLength(50)
        self.county_error_label = QLabel(holder)
        self.county_error_label.setObjectName("county_error_label")
        column.addWidget(self.county_line_edit)
        column.addWidget(self.county_error_label)
        self.county_label = QLabel(ui.office_tab)
        self.county_label.setObjectName("county_label")
        self.county_label.setBuddy(self.county_line_edit)
        ui.office_form_layout.insertRow(4, self.county_label, holder)
        ui.office_tab.setTabOrder(ui.short_name_line_edit, self.county_line_edit)
        ui.office_tab.setTabOrder(self.county_line_edit, ui.address_line_edit)
        self.gaps_label = QLabel(ui.office_tab)
        self.gaps_label.setObjectName("office_gaps_label")
        self.gaps_label.setWordWrap(True)
        style_label(self.gaps_label, NOTICE_COLOUR)
        self.gaps_label.hide()
        ui.office_layout.insertWidget(0, self.gaps_label)

    def _show_gaps(self) -> None:
        """The saved identity fields still empty or placeholders: letters wait for them."""
        gaps = identity_gaps_of(self.loaded) if self.loaded is not None else ()
        names = "、".join(ui_text(OFFICE_FIELDS[f][1]) for f in gaps)
        self.gaps_label.setText(fill(translate(
            "SettingsDialog", "No letter can be issued until these office details are filled in (they are empty "
                              "or still the shipped example): %1."), names) if gaps else "")
        self.gaps_label.setVisible(bool(gaps))

    def current(self) -> OfficeSettings | None:
        if self.loaded is None:
            return None
        values = {field: edit.text() for field, edit in self._edits.items()}
        return OfficeSettings(**values, number_pattern=self.loaded.number_pattern,
                              due_soon_workdays=self.ui.due_soon_spin_box.value())

    @property
    def dirty(self) -> bool:
        return self.loaded is not None and self.current() != self.loaded

    def update_buttons(self) -> None:
        self.ui.save_office_button.setEnabled(not self.busy and self.dirty)
        self.ui.revert_office_button.setEnabled(not self.busy and self.dirty)

    def _typed(self, field: str, *_args: object) -> None:
        if field == "number_prefix":
            self._show_prefix_preview()
        if self._filling:
            return
        self.errors.clear(field)
        self.update_buttons()
        self.dialog.update_dirty()

    def load(self) -> None:
        self.errors.clear()
        self.run(self.office.settings.office_details, self._loaded, busy=False)

    def _loaded(self, values: OfficeSettings) -> None:
        self.loaded = values
        ui = self.ui
        self._filling += 1
        try:
            for field, edit in self._edits.items():
                edit.setText(getattr(values, field))
                edit.setEnabled(True)
                edit.setReadOnly(not self.dialog.can_edit)
            ui.due_soon_spin_box.setValue(values.due_soon_workdays)
            ui.due_soon_spin_box.setEnabled(True)
            ui.due_soon_spin_box.setReadOnly(not self.dialog.can_edit)
        finally:
            self._filling -= 1
        self._show_pattern()
        self._show_prefix_preview()
        self._show_gaps()
        self.update_buttons()
        self.dialog.update_dirty()

    def _show_prefix_preview(self) -> None:
        prefix = self.ui.number_prefix_line_edit.text().strip() or "…"
        example = format_document_number(prefix, self.dialog.today.year, 12)
        self.ui.number_prefix_preview_label.setText(fill(translate("SettingsDialog", "Letters are numbered like %1"),
                                                         example))

    def _show_pattern(self) -> None:
        if self.loaded is None:
            return
        pattern = self.loaded.number_pattern
        try:
            example = pattern.format(year=self.dialog.today.year, seq=12)
        except (KeyError, IndexError, ValueError):
            example = "—"
        self.ui.number_pattern_label.setText(fill(translate(
            "SettingsDialog", "%1 (for example %2); fixed when the office was set up"), pattern, example))

    def save(self) -> None:
        new = self.current()
        if new is None or self.busy or not self.dirty:
            return
        self.errors.clear()
        self.run(partial(self.office.settings.save_office_details, new, self.loaded), self._saved)

    def _saved(self, values: OfficeSettings) -> None:
        self._loaded(values)
        self.dialog.show_status(translate("SettingsDialog", "Office details saved."), OK_COLOUR)
        self.dialog.settingsChanged.emit("office")

    def retranslate(self) -> None:
        self.county_label.setText(translate("SettingsDialog", "Count&y / banner:"))
        self.county_line_edit.setToolTip(translate(
            "SettingsDialog", "The county, banner or district the office serves, in full, e.g. 阿鲁科尔沁旗"))
        self._show_pattern()
        self._show_prefix_preview()
        self._show_gaps()
