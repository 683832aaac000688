"""The procedure-rules page: each step clock's period, unit, extension cap and legal basis, for new cases."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

from complaintdesk.services.settings import StepRuleEdit, StepRuleView
from complaintdesk.services.validation import ValidationError
from complaintdesk.ui import i18n, labels
from complaintdesk.ui.form_dialog import NOTICE_COLOUR, FieldErrors
from complaintdesk.ui.labels import fill
from complaintdesk.ui.messages import ui_text
from complaintdesk.ui.settings.page import (
    OK_COLOUR,
    SettingsPage,
    fill_table,
    report_failure,
    stretch_last_column,
    style_label,
    table_item,
    translate,
)

if TYPE_CHECKING:
    from complaintdesk.ui.settings.dialog import SettingsDialog


class ProceduresPage(SettingsPage):
    _FIELDS = ("length", "unit", "extension_cap", "basis")

    def __init__(self, dialog: SettingsDialog):
        super().__init__(dialog)
        ui = self.ui
        self.loaded: list[StepRuleView] = []
        self.edits: dict[int, StepRuleEdit] = {}
        self.current_id: int | None = None
        self.errors = FieldErrors(ui.procedures_error_label)
        self.errors.bind("length", ui.length_error_label, ui.length_spin_box)
        self.errors.bind("unit", ui.length_error_label, ui.unit_combo)
        self.errors.bind("extension_cap", ui.extension_cap_error_label, ui.extension_cap_spin_box)
        self.errors.bind("basis", ui.basis_error_label, ui.basis_plain_text_edit)
        style_label(ui.procedures_notice_label, NOTICE_COLOUR)

        stretch_last_column(ui.steps_table_widget)
        ui.steps_table_widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        ui.unit_combo.addItem("", "days")
        ui.unit_combo.addItem("", "workdays")
        ui.steps_table_widget.currentCellChanged.connect(self._row_changed)
        ui.length_spin_box.valueChanged.connect(partial(self._edited, "length"))
        ui.unit_combo.currentIndexChanged.connect(partial(self._edited, "unit"))
        ui.extension_cap_spin_box.valueChanged.connect(partial(self._edited, "extension_cap"))
        ui.stoppable_check_box.toggled.connect(partial(self._edited, "stoppable"))
        ui.basis_plain_text_edit.textChanged.connect(partial(self._edited, "basis"))
        ui.save_procedures_button.clicked.connect(self.save)
        ui.revert_procedures_button.clicked.connect(self.load)
        ui.step_group_box.setEnabled(False)
        self.update_buttons()

    def _original(self, step_id: int) -> StepRuleEdit:
        view = next(v for v in self.loaded if v.id == step_id)
        return StepRuleEdit(view.id, view.version, view.length, view.unit, view.extension_cap,
                                            view.stoppable, view.basis)

    def changed_edits(self) -> list[StepRuleEdit]:
        return [e for e in self.edits.values() if e != self._original(e.id)]

    @property
    def dirty(self) -> bool:
        return bool(self.loaded) and bool(self.changed_edits())

    def update_buttons(self) -> None:
        ui = self.ui
        ui.save_procedures_button.setEnabled(not self.busy and self.dirty)
        ui.revert_procedures_button.setEnabled(not self.busy and self.dirty)
        for widget in (ui.length_spin_box, ui.unit_combo, ui.extension_cap_spin_box, ui.stoppable_check_box):
            widget.setEnabled(self.dialog.can_edit)
        ui.basis_plain_text_edit.setReadOnly(not self.dialog.can_edit)

    def load(self) -> None:
        self.errors.clear()
        self.run(self.office.settings.procedure_steps, self._loaded, busy=False)

    def _loaded(self, steps: list[StepRuleView]) -> None:
        self.loaded = steps
        self.edits = {s.id: self._original(s.id) for s in steps}
        self._show_table()
        table = self.ui.steps_table_widget
        row = next((r for r, s in enumerate(steps) if s.id == self.current_id), 0)
        if steps:
            table.setCurrentCell(row, 0)
            self._show_step(steps[row].id)
        self.update_buttons()
        self.dialog.update_dirty()

    def _view(self, step_id: int) -> StepRuleView:
        return next(v for v in self.loaded if v.id == step_id)

    @staticmethod
    def _procedure_name(view: StepRuleView) -> str:
        if view.procedure in labels.PROCEDURE:
            return labels.procedure_label(view.procedure)
        return view.procedure_name_en if i18n.current_language() == i18n.ENGLISH else view.procedure_name_zh

    @staticmethod
    def _step_name(view: StepRuleView) -> str:
        return view.name_en if i18n.current_language() == i18n.ENGLISH else view.name_zh

    def _period(self, length: int, unit: str) -> str:
        # self.tr: pyside6-lupdate only recognises plural forms in tr() calls.
        if unit == "workdays":
            return self.tr("%n workday(s)", "", length)
        return self.tr("%n day(s)", "", length)

    def _table_row(self, view: StepRuleView) -> list[QTableWidgetItem]:
        edit = self.edits[view.id]
        changed = edit != self._original(view.id)
        short_step = labels.step_label(view.code) if view.code in labels.STEP else self._step_name(view)
        if edit.extension_cap:
            cap = self._period(edit.extension_cap, edit.unit)
        else:
            cap = translate("SettingsDialog", "none")
        stoppable = translate("SettingsDialog", "yes") if edit.stoppable else translate("SettingsDialog", "no")
        items = [table_item(self._procedure_name(view)), table_item(short_step, tooltip=self._step_name(view)),
                 table_item(view.trigger_zh or view.trigger), table_item(self._period(edit.length, edit.unit)), table_item(cap),
                 table_item(stoppable), table_item(" ".join(edit.basis.split()), tooltip=edit.basis)]
        if changed:
            for item in items:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            items[1].setToolTip(fill(translate("SettingsDialog", "%1 (changed, not yet saved)"),
                                     self._step_name(view)))
        return items

    def _show_table(self) -> None:
        table = self.ui.steps_table_widget
        table.blockSignals(True)
        try:
            fill_table(table, [self._table_row(v) for v in self.loaded])
            table.horizontalHeader().resizeSection(6, 300)
        finally:
            table.blockSignals(False)

    def _refresh_row(self, step_id: int) -> None:
        table = self.ui.steps_table_widget
        row = next(r for r, v in enumerate(self.loaded) if v.id == step_id)
        for column, item in enumerate(self._table_row(self.loaded[row])):
            table.setItem(row, column, item)

    def _row_changed(self, row: int, _column: int, _old_row: int, _old_column: int) -> None:
        if 0 <= row < len(self.loaded):
            self._show_step(self.loaded[row].id)

    def _show_step(self, step_id: int) -> None:
        ui = self.ui
        view = self._view(step_id)
        edit = self.edits[step_id]
        if step_id != self.current_id:
            self.errors.clear()
        self.current_id = step_id
        self._filling += 1
        try:
            ui.step_group_box.setEnabled(True)
            ui.step_name_label.setText(f"{self._procedure_name(view)} · {self._step_name(view)}")
            ui.trigger_label.setText(view.trigger_zh or view.trigger)
            ui.length_spin_box.setValue(edit.length)
            ui.unit_combo.setCurrentIndex(ui.unit_combo.findData(edit.unit))
            ui.extension_cap_spin_box.setValue(edit.extension_cap)
            ui.stoppable_check_box.setChecked(edit.stoppable)
            if ui.basis_plain_text_edit.toPlainText() != edit.basis:
                ui.basis_plain_text_edit.setPlainText(edit.basis)
            self._show_cap_unit()
        finally:
            self._filling -= 1

    def _show_cap_unit(self) -> None:
        self.ui.extension_cap_unit_label.setText(self.ui.unit_combo.currentText())

    def _edited(self, field: str, *_args: object) -> None:
        if self._filling or self.current_id is None:
            return
        ui = self.ui
        edit = self.edits[self.current_id]
        self.edits[self.current_id] = StepRuleEdit(
            edit.id, edit.version, ui.length_spin_box.value(), str(ui.unit_combo.currentData()),
            ui.extension_cap_spin_box.value(), ui.stoppable_check_box.isChecked(),
            ui.basis_plain_text_edit.toPlainText())
        self.errors.clear(field)
        if field == "unit":
            self._show_cap_unit()
        self._refresh_row(self.current_id)
        self.update_buttons()
        self.dialog.update_dirty()

    def save(self) -> None:
        edits = self.changed_edits()
        if not edits or self.busy:
            return
        self.errors.clear()
        self.run(partial(self.office.settings.save_procedure_steps, edits),
                 partial(self._saved, len(edits)))

    def _saved(self, count: int, steps: list[StepRuleView]) -> None:
        self._loaded(steps)
        self.dialog.show_status(fill(translate(
            "SettingsDialog", "%1 step rules saved. They apply to cases registered from now on."), str(count)),
            OK_COLOUR)
        self.dialog.settingsChanged.emit("procedures")

    def failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            report_failure(self.errors, exc)
            return
        # Problems name their step ("steps[3].length"): show the first bad step and its problems
        # next to the fields; problems of other steps go on the general line, with the step named.
        by_step: dict[int, list] = {}
        for problem in exc.problems:
            head, _, field = problem.field.partition("].")
            try:
                step_id = int(head.removeprefix("steps["))
            except ValueError:
                step_id = -1
            by_step.setdefault(step_id, []).append((field, problem))
        first = next((s for s in by_step if any(v.id == s for v in self.loaded)), None)
        self.errors.clear()
        if first is not None:
            row = next(r for r, v in enumerate(self.loaded) if v.id == first)
            self.ui.steps_table_widget.setCurrentCell(row, 0)
            for field, problem in by_step.pop(first):
                self.errors.set(field, ui_text(problem.text))
        others = []
        for step_id, problems in by_step.items():
            name = self._step_name(self._view(step_id)) if any(v.id == step_id for v in self.loaded) else ""
            others.extend(f"{name}：{ui_text(p.text)}" if name else ui_text(p.text) for _, p in problems)
        if others:
            self.errors.set_general("\n".join(others))
        self.errors.focus_first()

    def retranslate(self) -> None:
        ui = self.ui
        ui.unit_combo.setItemText(0, translate("SettingsDialog", "calendar days"))
        ui.unit_combo.setItemText(1, translate("SettingsDialog", "working days"))
        self._show_cap_unit()
        if self.loaded:
            self._show_table()
            if self.current_id is not None:
                row = next(r for r, v in enumerate(self.loaded) if v.id == self.current_id)
                ui.steps_table_widget.setCurrentCell(row, 0)
                self._show_step(self.current_id)
