"""The office page: the office's name, address and phone, its document-number prefix and the due-soon warning."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from complaintdesk.services.settings import OfficeSettings, format_document_number
from complaintdesk.ui.form_dialog import FieldErrors
from complaintdesk.ui.labels import fill
from complaintdesk.ui.settings.page import OK_COLOUR, SettingsPage, translate

if TYPE_CHECKING:
    from complaintdesk.ui.settings.dialog import SettingsDialog


class OfficePage(SettingsPage):
    def __init__(self, dialog: SettingsDialog):
        super().__init__(dialog)
        ui = self.ui
        self.loaded: OfficeSettings | None = None
        self.errors = FieldErrors(ui.office_error_label)
        self._edits = {
            "name": ui.office_name_line_edit, "short_name": ui.short_name_line_edit,
            "address": ui.address_line_edit, "phone": ui.phone_line_edit,
            "number_prefix": ui.number_prefix_line_edit,
        }
        error_labels = {
            "name": ui.office_name_error_label, "short_name": ui.short_name_error_label,
            "address": ui.address_error_label, "phone": ui.phone_error_label,
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
        self._show_pattern()
        self._show_prefix_preview()
