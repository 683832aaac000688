"""The office settings dialog: holiday schedules, procedure rules, the LPR table, office details and users.

Each page loads and saves on its own, on a worker, through ``services.schedules`` and
``services.settings``; a failed save leaves everything typed in place and shows the problems next
to their fields. A holiday schedule is saved only after its preview (which open cases' deadlines
move) was shown for exactly the days in the table. Closing with unsaved input asks first.
``settingsChanged`` tells the main window what to read again.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from complaintdesk.domain.calendar import DayKind, HolidayRow
from complaintdesk.services import schedules
from complaintdesk.services import settings as office_settings
from complaintdesk.services.errors import ServiceError
from complaintdesk.services.validation import ValidationError
from complaintdesk.ui import dialogs, i18n, labels, tasks
from complaintdesk.ui.errors import describe_error, in_ui_language
from complaintdesk.ui.form_dialog import NOTICE_COLOUR, FieldErrors, problem_text
from complaintdesk.ui.formats import date_text, from_qdate, local_time_text, to_qdate
from complaintdesk.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from complaintdesk.ui.labels import fill

if TYPE_CHECKING:
    from complaintdesk.services.office import Office

# lupdate recognises calls of a function named translate (and tr); the context is always SettingsDialog.
translate = QCoreApplication.translate

OK_COLOUR = "#2e7d32"
# A holiday block is a few days; more than this at once is a slip of the date picker.
MAX_DAYS_AT_ONCE = 31

_GEOMETRY_KEY = "settings_dialog/geometry"
_TAB_KEY = "settings_dialog/tab"
_IMPORT_DIR_KEY = "settings_dialog/import_dir"


def _item(text: str, *, data: Any = None, tooltip: str | None = None,
          align: Qt.AlignmentFlag | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    if tooltip:
        item.setToolTip(tooltip)
    if align is not None:
        item.setTextAlignment(align)
    return item


def _fill_table(table: QTableWidget, rows: list[list[QTableWidgetItem]]) -> None:
    table.setSortingEnabled(False)
    table.clearContents()
    table.setRowCount(len(rows))
    for r, items in enumerate(rows):
        for c, item in enumerate(items):
            table.setItem(r, c, item)


def _style_label(label, colour: str | None) -> None:
    label.setStyleSheet(f"color: {colour};" if colour else "")


def _report(errors: FieldErrors, exc: BaseException) -> None:
    """A failed save, on the page's labels: problems next to their fields, the rest on the general line."""
    if isinstance(exc, ValidationError):
        errors.show(exc.problems)
    elif isinstance(exc, ServiceError):
        message = in_ui_language(str(exc))
        if exc.field:
            errors.set(exc.field, message)
            errors.focus_first()
        else:
            errors.set_general(message)
    else:
        errors.set_general(describe_error(exc))


def parse_rate_percent(text: str) -> Decimal | None:
    """A rate typed in percent ("3.45", "3.45%", full-width digits); None when empty; ValueError in words."""
    cleaned = unicodedata.normalize("NFKC", text).strip().removesuffix("%").strip()
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise ValueError(translate("SettingsDialog", "Type the rate in percent, e.g. 3.00"))
    return value


class SettingsPage(QObject):
    """What the pages share: the dialog, its form, a busy flag and the red labels."""

    def __init__(self, dialog: SettingsDialog):
        super().__init__(dialog)
        self.dialog = dialog
        self.ui = dialog.ui
        self.office = dialog.office
        self.errors = FieldErrors()
        self._busy = False
        self._filling = 0

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def dirty(self) -> bool:
        return False

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.update_buttons()
        if busy:
            self.dialog.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.dialog.unsetCursor()

    def update_buttons(self) -> None:
        """Enable what may be pressed now (subclasses)."""

    def run(self, func: Callable[[], Any], on_done: Callable[[Any], Any], *, busy: bool = True) -> None:
        """``func`` on a worker; failures go to this page's labels and nothing typed is lost."""
        if busy:
            self.set_busy(True)
        tasks.run_task(func, partial(self._done, on_done, busy), partial(self._failed, busy), owner=self.dialog)

    def _done(self, on_done: Callable[[Any], Any], busy: bool, result: Any) -> None:
        if busy:
            self.set_busy(False)
        on_done(result)

    def _failed(self, busy: bool, exc: BaseException) -> None:
        if busy:
            self.set_busy(False)
        self.failed(exc)

    def failed(self, exc: BaseException) -> None:
        _report(self.errors, exc)

    def retranslate(self) -> None:
        """Texts made in code (subclasses)."""


# --- holiday schedules -----------------------------------------------------------------------------


class HolidaysPage(SettingsPage):
    def __init__(self, dialog: SettingsDialog):
        super().__init__(dialog)
        ui = self.ui
        self.years: dict[int, office_settings.CalendarYearInfo] = {}
        self.year: int | None = None
        self.loaded: schedules.YearSchedule | None = None
        self.rows: dict[date, HolidayRow] = {}
        self.preview: list[schedules.MovedDeadline] | None = None
        self._preview_key: tuple[int, tuple[HolidayRow, ...]] | None = None
        self._load_seq = 0
        self._saved_note: str | None = None

        self.errors = FieldErrors(ui.holidays_error_label)
        self.errors.bind("days", ui.days_error_label, ui.day_name_line_edit)
        self.errors.bind("rows", ui.days_error_label, ui.holiday_table_widget)
        self.errors.bind("source", ui.source_error_label, ui.source_line_edit)
        self.errors.bind("file", ui.holidays_error_label, ui.import_button)

        for table in (ui.holiday_table_widget, ui.preview_table_widget):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        ui.kind_combo.addItem("", DayKind.REST.value)
        ui.kind_combo.addItem("", DayKind.WORK.value)
        ui.year_combo.setEnabled(False)
        ui.year_combo.activated.connect(self._year_chosen)
        ui.holiday_table_widget.itemSelectionChanged.connect(self._selection_changed)
        ui.add_days_button.clicked.connect(self.add_days)
        ui.remove_days_button.clicked.connect(self.remove_selected)
        ui.import_button.clicked.connect(self.import_file)
        ui.preview_button.clicked.connect(self.run_preview)
        ui.save_holidays_button.clicked.connect(self.save)
        ui.revert_holidays_button.clicked.connect(self.revert)
        ui.source_line_edit.textChanged.connect(self._source_edited)
        ui.day_from_date_edit.dateChanged.connect(self._from_changed)
        ui.day_name_line_edit.textChanged.connect(lambda _text: self.errors.clear("days"))
        ui.day_name_line_edit.returnPressed.connect(self.add_days)
        self.update_buttons()

    # --- state ---------------------------------------------------------------------------------

    def current_rows(self) -> list[HolidayRow]:
        return [self.rows[d] for d in sorted(self.rows)]

    @property
    def dirty(self) -> bool:
        if self.loaded is None:
            return False
        return (tuple(self.current_rows()) != self.loaded.rows
                or self.ui.source_line_edit.text().strip() != (self.loaded.source or ""))

    def _preview_current(self) -> bool:
        return (self.year is not None and self.preview is not None
                and self._preview_key == (self.year, tuple(self.current_rows())))

    def update_buttons(self) -> None:
        ui = self.ui
        ready = self.loaded is not None and not self.busy
        editable = ready and self.dialog.can_edit
        ui.day_editor_group_box.setEnabled(self.dialog.can_edit)
        ui.source_line_edit.setReadOnly(not self.dialog.can_edit)
        ui.add_days_button.setEnabled(editable)
        ui.import_button.setEnabled(editable)
        ui.remove_days_button.setEnabled(editable and bool(ui.holiday_table_widget.selectedItems()))
        ui.revert_holidays_button.setEnabled(editable and self.dirty)
        ui.preview_button.setEnabled(ready and bool(self.rows))
        can_save = editable and self.dirty and bool(self.rows) and self._preview_current()
        ui.save_holidays_button.setEnabled(can_save)
        ui.save_holidays_button.setToolTip("" if can_save else translate(
            "SettingsDialog", "Preview first: the schedule is saved only after you have seen which deadlines it moves"))
        ui.year_combo.setEnabled(bool(self.years) and not self.busy)

    # --- loading -------------------------------------------------------------------------------

    def load(self, year: int | None = None) -> None:
        """Read which years are loaded, then ``year`` (default: next year if it has no schedule yet)."""
        self.run(partial(office_settings.calendar_years, self.office.db), partial(self._years_loaded, year),
                 busy=False)

    def _years_loaded(self, wanted: int | None, years: list[office_settings.CalendarYearInfo]) -> None:
        self.years = {y.year: y for y in years}
        today = self.dialog.today
        last = today.year + 1
        first = min([office_settings.FIRST_CALENDAR_YEAR, *self.years])
        combo = self.ui.year_combo
        combo.clear()
        for year in range(last, first - 1, -1):
            combo.addItem("", year)
        self._label_years()
        if wanted is None:
            wanted = self.year
        if wanted is None:
            wanted = last if last not in self.years else today.year
        combo.setCurrentIndex(max(combo.findData(wanted), 0))
        self.update_buttons()
        if wanted != self.year or self.loaded is None:
            self.load_year(int(combo.currentData()))
        else:
            self._show_status()

    def _label_years(self) -> None:
        combo = self.ui.year_combo
        for index in range(combo.count()):
            year = int(combo.itemData(index))
            if year in self.years:
                combo.setItemText(index, str(year))
            else:
                combo.setItemText(index, fill(translate("SettingsDialog", "%1 (not entered)"), str(year)))

    def load_year(self, year: int) -> None:
        self._load_seq += 1
        self.year = year
        self.loaded = None
        self.update_buttons()
        self.run(partial(schedules.year_schedule, self.office.db, year),
                 partial(self._year_loaded, self._load_seq), busy=False)

    def _year_loaded(self, seq: int, schedule: schedules.YearSchedule) -> None:
        if seq != self._load_seq:
            return
        ui = self.ui
        self.loaded = schedule
        self.rows = {r.day: r for r in schedule.rows}
        self.errors.clear()
        self._clear_preview()
        self._filling += 1
        try:
            ui.source_line_edit.setText(schedule.source or "")
            first, last = QDate(schedule.year, 1, 1), QDate(schedule.year, 12, 31)
            for edit in (ui.day_from_date_edit, ui.day_to_date_edit):
                edit.setDateRange(first, last)
                edit.setDate(first)
            ui.day_name_line_edit.clear()
        finally:
            self._filling -= 1
        self._show_rows()
        self._show_status()

    def _year_chosen(self, index: int) -> None:
        year = int(self.ui.year_combo.itemData(index))
        if year == self.year:
            return
        if self.dirty and not dialogs.ask_discard_changes(self.dialog):
            self.ui.year_combo.setCurrentIndex(self.ui.year_combo.findData(self.year))
            return
        self._saved_note = None
        self.load_year(year)

    def revert(self) -> None:
        if self.year is not None:
            self._saved_note = None
            self.load_year(self.year)

    # --- showing -------------------------------------------------------------------------------

    def _kind_text(self, kind: DayKind) -> str:
        if kind == DayKind.REST:
            return translate("SettingsDialog", "Rest day")
        return translate("SettingsDialog", "Make-up working day")

    def _show_rows(self) -> None:
        table = self.ui.holiday_table_widget
        locale = QLocale()
        rows = []
        for row in self.current_rows():
            day = to_qdate(row.day)
            text = f"{row.day.isoformat()}  {locale.dayName(day.dayOfWeek(), QLocale.FormatType.ShortFormat)}"
            kind = QTableWidgetItem(self._kind_text(row.kind))
            if row.kind == DayKind.WORK:
                kind.setForeground(Qt.GlobalColor.darkRed)
            rows.append([_item(text, data=row.day.isoformat()), kind, _item(row.name)])
        _fill_table(table, rows)
        self._show_summary()
        self.update_buttons()

    def _show_summary(self) -> None:
        rows = self.current_rows()
        if not rows:
            self.ui.holiday_summary_label.setText(translate("SettingsDialog", "No days in the table."))
            return
        rest = sum(1 for r in rows if r.kind == DayKind.REST)
        names = "、".join(dict.fromkeys(r.name for r in rows))
        self.ui.holiday_summary_label.setText(fill(
            translate("SettingsDialog", "%1 rest days and %2 make-up working days: %3"),
            str(rest), str(len(rows) - rest), names))

    def _show_status(self) -> None:
        label = self.ui.year_status_label
        year = self.year
        if year is None:
            label.clear()
            return
        info = self.years.get(year)
        if info is None:
            label.setText(fill(translate(
                "SettingsDialog",
                "%1 has no official holiday schedule yet: it is counted with weekends only, and every deadline that "
                "falls in it is marked provisional. The State Council General Office usually publishes the schedule "
                "around November of the year before; enter it here (or import a file) when it is out."), str(year)))
            _style_label(label, NOTICE_COLOUR)
        else:
            label.setText(fill(
                translate("SettingsDialog", "%1: official schedule entered. Source: %2 (entered by %3, %4)."),
                str(year), info.source, info.entered_by or "—", local_time_text(info.entered_at)))
            _style_label(label, None)

    def _clear_preview(self) -> None:
        self.preview = None
        self._preview_key = None
        _fill_table(self.ui.preview_table_widget, [])
        if self._saved_note:
            return
        self.ui.preview_summary_label.setText(translate(
            "SettingsDialog", "Press Preview to see which open cases' deadlines the schedule in the table would move."))
        _style_label(self.ui.preview_summary_label, None)

    def _show_moved(self, moved: list[schedules.MovedDeadline]) -> None:
        rows = [[_item(m.case_no, data=m.case_id), _item(labels.step_label(m.step) or m.step),
                 _item(date_text(m.old_due) or "—"), _item(date_text(m.new_due) or "—")] for m in moved]
        _fill_table(self.ui.preview_table_widget, rows)

    # --- editing -------------------------------------------------------------------------------

    def _rows_changed(self) -> None:
        self._saved_note = None
        self._clear_preview()
        self._show_rows()
        self.dialog.update_dirty()

    def _from_changed(self, day: QDate) -> None:
        # A single day is the common case: "to" follows "from"; a block sets "to" next (Tab order).
        self.ui.day_to_date_edit.setDate(day)
        self.errors.clear("days")

    def _selection_changed(self) -> None:
        table = self.ui.holiday_table_widget
        selected = sorted({i.row() for i in table.selectedItems()})
        self.update_buttons()
        if len(selected) != 1:
            return
        day = date.fromisoformat(table.item(selected[0], 0).data(Qt.ItemDataRole.UserRole))
        row = self.rows.get(day)
        if row is None:
            return
        ui = self.ui
        self._filling += 1
        try:
            ui.day_from_date_edit.setDate(to_qdate(day))
            ui.day_to_date_edit.setDate(to_qdate(day))
            ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(row.kind.value))
            ui.day_name_line_edit.setText(row.name)
        finally:
            self._filling -= 1

    def add_days(self) -> None:
        """Put the editor's days in the table (a day already there is changed)."""
        if self.year is None or self.loaded is None or self.busy or not self.dialog.can_edit:
            return
        ui = self.ui
        self.errors.clear("days")
        first, last = from_qdate(ui.day_from_date_edit.date()), from_qdate(ui.day_to_date_edit.date())
        kind = DayKind(ui.kind_combo.currentData())
        name = " ".join(ui.day_name_line_edit.text().split())
        problem = None
        if last < first:
            problem = translate("SettingsDialog", "The last day is before the first day.")
        elif (last - first).days >= MAX_DAYS_AT_ONCE:
            problem = fill(translate("SettingsDialog", "Add at most %1 days at a time."),
                           str(MAX_DAYS_AT_ONCE))
        elif first.year != self.year or last.year != self.year:
            problem = fill(translate("SettingsDialog", "Only days of %1 can be entered here."),
                           str(self.year))
        elif not name:
            problem = translate("SettingsDialog", "Type the holiday's name, e.g. 国庆节.")
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)] if problem is None else []
        if problem is None and kind == DayKind.WORK:
            weekday = next((d for d in days if d.weekday() < 5), None)
            if weekday is not None:
                problem = fill(translate(
                    "SettingsDialog", "%1 is a weekday: a make-up working day is always a Saturday or a Sunday."),
                    weekday.isoformat())
        if problem is not None:
            self.errors.set("days", problem)
            self.errors.focus_first()
            return
        for day in days:
            self.rows[day] = HolidayRow(day, kind, name)
        self._rows_changed()
        # Ready for the next block of the same holiday, or the next holiday.
        ui.day_from_date_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_selected(self) -> None:
        table = self.ui.holiday_table_widget
        days = {date.fromisoformat(table.item(r, 0).data(Qt.ItemDataRole.UserRole))
                for r in {i.row() for i in table.selectedItems()}}
        if not days or self.busy:
            return
        for day in days:
            self.rows.pop(day, None)
        self._rows_changed()

    def _source_edited(self, _text: str) -> None:
        if not self._filling:
            self.errors.clear("source")
            self.dialog.update_dirty()
            self.update_buttons()

    # --- import, preview, save -----------------------------------------------------------------

    def import_file(self) -> None:
        if self.year is None or self.busy:
            return
        start = str(self.dialog.qsettings.value(_IMPORT_DIR_KEY, "") or "")
        path = dialogs.ask_schedule_file(self.dialog, start)
        if not path:
            return
        self.dialog.qsettings.setValue(_IMPORT_DIR_KEY, str(Path(path).parent))
        self.errors.clear()
        self.run(partial(schedules.read_schedule_file, Path(path)),
                 partial(self._imported, self.year, Path(path).name))

    def _imported(self, year: int, name: str, rows: list[HolidayRow]) -> None:
        if year != self.year:
            return
        mine = [r for r in rows if r.day.year == year]
        if not mine:
            found = "、".join(str(y) for y in sorted({r.day.year for r in rows})) or "—"
            self.errors.set("file", fill(translate(
                "SettingsDialog", "%1 lists no days of %2 (it covers: %3). Choose the year first."),
                name, str(year), found))
            return
        self.rows = {r.day: r for r in mine}
        self._rows_changed()
        self.dialog.show_status(fill(translate(
            "SettingsDialog", "%1 days of %2 read from %3: check them, then preview and save."),
            str(len(mine)), str(year), name), NOTICE_COLOUR)

    def run_preview(self) -> None:
        if self.year is None or not self.rows or self.busy:
            return
        self.errors.clear()
        rows = self.current_rows()
        self.run(partial(schedules.preview_year, self.office.db, self.year, rows),
                 partial(self._previewed, (self.year, tuple(rows))))

    def _previewed(self, key: tuple[int, tuple[HolidayRow, ...]], moved: list[schedules.MovedDeadline]) -> None:
        if key != (self.year, tuple(self.current_rows())):
            return  # the table changed while the preview ran
        self._saved_note = None
        self.preview = moved
        self._preview_key = key
        self._show_moved(moved)
        label = self.ui.preview_summary_label
        if not self.dirty:
            label.setText(translate(
                "SettingsDialog", "The table holds the saved schedule: no deadline of an open case moves."))
        elif moved:
            cases = len({m.case_id for m in moved})
            label.setText(fill(translate(
                "SettingsDialog", "Saving this schedule moves %1 deadlines of %2 open cases (listed below). "
                                  "Name the notice it comes from, then save."), str(len(moved)), str(cases)))
        else:
            label.setText(translate(
                "SettingsDialog", "Saving this schedule moves no deadline of an open case. "
                                  "Name the notice it comes from, then save."))
        _style_label(label, NOTICE_COLOUR)
        self.update_buttons()
        self.ui.source_line_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        if self.year is None or self.busy or not self._preview_current():
            return
        self.errors.clear()
        source = self.ui.source_line_edit.text().strip()
        if not source:
            self.errors.set("source", translate(
                "SettingsDialog", "Name the source: the State Council General Office's notice and its number."))
            self.errors.focus_first()
            return
        rows = self.current_rows()
        self.run(partial(schedules.set_year, self.office.db, self.office.actor, self.year, rows, source),
                 partial(self._saved, self.year))

    def _saved(self, year: int, moved: list[schedules.MovedDeadline]) -> None:
        self.office.forget_calendar()  # this desk's list counts working days by the new schedule at once
        self._show_moved(moved)
        cases = len({m.case_id for m in moved})
        if moved:
            note = fill(translate(
                "SettingsDialog", "The %1 schedule is saved. %2 deadlines of %3 open cases moved (listed below); "
                                  "provisional marks for %1 are gone."), str(year), str(len(moved)), str(cases))
        else:
            note = fill(translate(
                "SettingsDialog", "The %1 schedule is saved. No deadline of an open case moved; provisional marks "
                                  "for %1 are gone."), str(year))
        self._saved_note = note
        label = self.ui.preview_summary_label
        label.setText(note)
        _style_label(label, OK_COLOUR)
        self.dialog.show_status(fill(translate("SettingsDialog", "Holiday schedule %1 saved."), str(year)),
                                OK_COLOUR)
        # The table is now what is stored; the moved list stays shown; saving again needs a new preview.
        self.loaded = schedules.YearSchedule(year, self.ui.source_line_edit.text().strip(),
                                             tuple(self.current_rows()))
        self._preview_key = None
        self.update_buttons()
        self.dialog.update_dirty()
        self.dialog.settingsChanged.emit("calendar")
        self.load(year)  # the year's new "entered" line and its label in the year list

    def retranslate(self) -> None:
        ui = self.ui
        ui.kind_combo.setItemText(0, self._kind_text(DayKind.REST))
        ui.kind_combo.setItemText(1, self._kind_text(DayKind.WORK))
        self._label_years()
        if self.loaded is not None:
            self._show_rows()
        self._show_status()
        if self.preview is None and not self._saved_note:
            self._clear_preview()


# --- procedure rules ---------------------------------------------------------------------------


class ProceduresPage(SettingsPage):
    _FIELDS = ("length", "unit", "extension_cap", "basis")

    def __init__(self, dialog: SettingsDialog):
        super().__init__(dialog)
        ui = self.ui
        self.loaded: list[office_settings.StepRuleView] = []
        self.edits: dict[int, office_settings.StepRuleEdit] = {}
        self.current_id: int | None = None
        self.errors = FieldErrors(ui.procedures_error_label)
        self.errors.bind("length", ui.length_error_label, ui.length_spin_box)
        self.errors.bind("unit", ui.length_error_label, ui.unit_combo)
        self.errors.bind("extension_cap", ui.extension_cap_error_label, ui.extension_cap_spin_box)
        self.errors.bind("basis", ui.basis_error_label, ui.basis_plain_text_edit)
        _style_label(ui.procedures_notice_label, NOTICE_COLOUR)

        header = ui.steps_table_widget.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
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

    def _original(self, step_id: int) -> office_settings.StepRuleEdit:
        view = next(v for v in self.loaded if v.id == step_id)
        return office_settings.StepRuleEdit(view.id, view.version, view.length, view.unit, view.extension_cap,
                                            view.stoppable, view.basis)

    def changed_edits(self) -> list[office_settings.StepRuleEdit]:
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
        self.run(partial(office_settings.procedure_steps, self.office.db), self._loaded, busy=False)

    def _loaded(self, steps: list[office_settings.StepRuleView]) -> None:
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

    def _view(self, step_id: int) -> office_settings.StepRuleView:
        return next(v for v in self.loaded if v.id == step_id)

    @staticmethod
    def _procedure_name(view: office_settings.StepRuleView) -> str:
        if view.procedure in labels.PROCEDURE:
            return labels.procedure_label(view.procedure)
        return view.procedure_name_en if i18n.current_language() == i18n.ENGLISH else view.procedure_name_zh

    @staticmethod
    def _step_name(view: office_settings.StepRuleView) -> str:
        return view.name_en if i18n.current_language() == i18n.ENGLISH else view.name_zh

    def _period(self, length: int, unit: str) -> str:
        # self.tr: pyside6-lupdate only recognises plural forms in tr() calls.
        if unit == "workdays":
            return self.tr("%n workday(s)", "", length)
        return self.tr("%n day(s)", "", length)

    def _table_row(self, view: office_settings.StepRuleView) -> list[QTableWidgetItem]:
        edit = self.edits[view.id]
        changed = edit != self._original(view.id)
        short_step = labels.step_label(view.code) if view.code in labels.STEP else self._step_name(view)
        if edit.extension_cap:
            cap = self._period(edit.extension_cap, edit.unit)
        else:
            cap = translate("SettingsDialog", "none")
        stoppable = translate("SettingsDialog", "yes") if edit.stoppable else translate("SettingsDialog", "no")
        items = [_item(self._procedure_name(view)), _item(short_step, tooltip=self._step_name(view)),
                 _item(view.trigger_zh or view.trigger), _item(self._period(edit.length, edit.unit)), _item(cap),
                 _item(stoppable), _item(" ".join(edit.basis.split()), tooltip=edit.basis)]
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
            _fill_table(table, [self._table_row(v) for v in self.loaded])
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
        self.edits[self.current_id] = office_settings.StepRuleEdit(
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
        self.run(partial(office_settings.save_procedure_steps, self.office.db, self.office.actor, edits),
                 partial(self._saved, len(edits)))

    def _saved(self, count: int, steps: list[office_settings.StepRuleView]) -> None:
        self._loaded(steps)
        self.dialog.show_status(fill(translate(
            "SettingsDialog", "%1 step rules saved. They apply to cases registered from now on."), str(count)),
            OK_COLOUR)
        self.dialog.settingsChanged.emit("procedures")

    def failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            _report(self.errors, exc)
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
                self.errors.set(field, problem_text(problem))
        others = []
        for step_id, problems in by_step.items():
            name = self._step_name(self._view(step_id)) if any(v.id == step_id for v in self.loaded) else ""
            others.extend(f"{name}：{problem_text(p)}" if name else problem_text(p) for _, p in problems)
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


# --- LPR -----------------------------------------------------------------------------------------


class LprPage(SettingsPage):
    def __init__(self, dialog: SettingsDialog):
        super().__init__(dialog)
        ui = self.ui
        self.rates: list[office_settings.LprRateView] = []
        self.errors = FieldErrors(ui.lpr_error_label)
        self.errors.bind("effective_on", ui.lpr_date_error_label, ui.lpr_date_edit)
        self.errors.bind("rate", ui.lpr_rate_error_label, ui.lpr_rate_line_edit)
        self.errors.bind("source", ui.lpr_source_error_label, ui.lpr_source_line_edit)
        header = ui.lpr_table_widget.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
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
        self.run(partial(office_settings.lpr_rates, self.office.db), self._loaded, busy=False)

    def _loaded(self, rates: list[office_settings.LprRateView]) -> None:
        self.rates = rates
        newest_first = list(reversed(rates))
        _fill_table(self.ui.lpr_table_widget, [
            [_item(r.effective_on.isoformat()),
             _item(f"{r.percent:.2f}", align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
             _item(r.source or "", tooltip=r.source)] for r in newest_first])

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
        day = from_qdate(ui.lpr_date_edit.date())
        self.run(partial(office_settings.add_lpr_rate, self.office.db, self.office.actor, day, rate,
                         ui.lpr_source_line_edit.text(), today=self.dialog.today), self._added)

    def _added(self, row: office_settings.LprRateView) -> None:
        ui = self.ui
        ui.lpr_rate_line_edit.clear()
        ui.lpr_source_line_edit.clear()
        self.errors.clear()
        self.dialog.show_status(fill(translate("SettingsDialog", "LPR %1 % from %2 added."), f"{row.percent:.2f}",
                                     row.effective_on.isoformat()), OK_COLOUR)
        self.dialog.update_dirty()
        self.dialog.settingsChanged.emit("lpr")
        self.load()


# --- the office's details ------------------------------------------------------------------------


class OfficePage(SettingsPage):
    def __init__(self, dialog: SettingsDialog):
        super().__init__(dialog)
        ui = self.ui
        self.loaded: office_settings.OfficeSettings | None = None
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

    def current(self) -> office_settings.OfficeSettings | None:
        if self.loaded is None:
            return None
        values = {field: edit.text() for field, edit in self._edits.items()}
        return office_settings.OfficeSettings(**values, number_pattern=self.loaded.number_pattern,
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
        self.run(partial(office_settings.office_settings, self.office.db), self._loaded, busy=False)

    def _loaded(self, values: office_settings.OfficeSettings) -> None:
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
        example = office_settings.format_document_number(prefix, self.dialog.today.year, 12)
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
        self.run(partial(office_settings.save_office_settings, self.office.db, self.office.actor, new,
                         self.loaded), self._saved)

    def _saved(self, values: office_settings.OfficeSettings) -> None:
        self._loaded(values)
        self.dialog.show_status(translate("SettingsDialog", "Office details saved."), OK_COLOUR)
        self.dialog.settingsChanged.emit("office")

    def retranslate(self) -> None:
        self._show_pattern()
        self._show_prefix_preview()


# --- users -----------------------------------------------------------------------------------------


class UsersPage(SettingsPage):
    def __init__(self, dialog: SettingsDialog):
        super().__init__(dialog)
        ui = self.ui
        self.users: list[office_settings.UserRow] = []
        self.can_manage = office_settings.can_manage_users(self.office.actor)
        self.errors = FieldErrors(ui.users_error_label)
        self.errors.bind("username", ui.username_error_label, ui.username_line_edit)
        self.errors.bind("display_name", ui.display_name_error_label, ui.display_name_line_edit)
        self.errors.bind("role", ui.role_error_label, ui.role_combo)
        self.errors.bind("new_password", ui.new_password_error_label, ui.new_password_line_edit)
        header = ui.users_table_widget.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for role in office_settings.ADDABLE_ROLES:
            ui.role_combo.addItem("", role)
        ui.username_line_edit.textChanged.connect(lambda _t: self._typed("username"))
        ui.display_name_line_edit.textChanged.connect(lambda _t: self._typed("display_name"))
        ui.display_name_line_edit.returnPressed.connect(self.add)
        ui.add_user_button.clicked.connect(self.add)
        ui.new_password_line_edit.textChanged.connect(lambda _t: self._typed("new_password"))
        ui.reset_password_button.clicked.connect(self.set_password)
        ui.add_user_group_box.setEnabled(self.can_manage)

    @property
    def dirty(self) -> bool:
        return bool(self.ui.username_line_edit.text().strip() or self.ui.display_name_line_edit.text().strip())

    def _typed(self, field: str) -> None:
        self.errors.clear(field)
        self.dialog.update_dirty()

    def update_buttons(self) -> None:
        self.ui.add_user_button.setEnabled(self.can_manage and not self.busy)
        self.ui.reset_password_button.setEnabled(self.can_manage and not self.busy)

    def load(self) -> None:
        self.run(partial(office_settings.list_users, self.office.db), self._loaded, busy=False)

    def _loaded(self, users: list[office_settings.UserRow]) -> None:
        self.users = users
        rows = []
        for user in users:
            if user.active:
                status = translate("SettingsDialog", "active")
            else:
                status = translate("SettingsDialog", "disabled")
            rows.append([_item(user.username), _item(user.display_name), _item(labels.role_label(user.role)),
                         _item(status)])
            if user.id == self.office.actor.user_id:
                rows[-1][0].setToolTip(translate("SettingsDialog", "This is you"))
                for item in rows[-1]:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
        _fill_table(self.ui.users_table_widget, rows)

    def add(self) -> None:
        if not self.can_manage or self.busy:
            return
        ui = self.ui
        self.errors.clear()
        self.run(partial(office_settings.add_user, self.office.db, self.office.actor,
                         username=ui.username_line_edit.text(), display_name=ui.display_name_line_edit.text(),
                         role=str(ui.role_combo.currentData()), password=ui.new_password_line_edit.text()),
                 self._added)

    def set_password(self) -> None:
        """Give the user selected in the table the password typed in the first-password field."""
        ui = self.ui
        row = ui.users_table_widget.currentRow()
        if not self.can_manage or self.busy:
            return
        self.errors.clear()
        if not 0 <= row < len(self.users):
            self.errors.set_general(translate("SettingsDialog", "Select a user in the table first."))
            return
        user = self.users[row]
        self.run(partial(office_settings.set_user_password, self.office.db, self.office.actor, user.id,
                         ui.new_password_line_edit.text()), lambda _none: self._password_set(user))

    def _password_set(self, user: office_settings.UserRow) -> None:
        self.ui.new_password_line_edit.clear()
        self.dialog.show_status(fill(translate("SettingsDialog", "New password set for %1 (%2)."),
                                     user.display_name, user.username), OK_COLOUR)

    def _added(self, user: office_settings.UserRow) -> None:
        ui = self.ui
        ui.username_line_edit.clear()
        ui.display_name_line_edit.clear()
        ui.new_password_line_edit.clear()
        self.errors.clear()
        self.dialog.show_status(fill(translate("SettingsDialog", "%1 (%2) added as %3."),
                                     user.display_name, user.username,
                                     labels.role_label(user.role)), OK_COLOUR)
        self.dialog.update_dirty()
        self.dialog.settingsChanged.emit("users")
        self.load()

    def retranslate(self) -> None:
        ui = self.ui
        for index in range(ui.role_combo.count()):
            ui.role_combo.setItemText(index, labels.role_label(ui.role_combo.itemData(index)))
        if self.can_manage:
            ui.users_note_label.setText(translate("SettingsDialog",
                "People who can be chosen as a case's handler. Add officers and supervisors here with a first "
                "password, which they change after signing in; select a user to give them a new one."))
            _style_label(ui.users_note_label, None)
        else:
            ui.users_note_label.setText(translate(
                "SettingsDialog", "Only an administrator can add users: this page is read-only for you."))
            _style_label(ui.users_note_label, NOTICE_COLOUR)
        if self.users:
            self._loaded(self.users)


# --- the dialog ----------------------------------------------------------------------------------


class SettingsDialog(QDialog):
    """Five pages of settings of one office; not modal, and one at a time (the main window sees to that)."""

    settingsChanged = Signal(str)  # "calendar" | "procedures" | "lpr" | "office" | "users"

    HOLIDAYS, PROCEDURES, LPR, OFFICE, USERS = range(5)

    def __init__(self, office: Office, qsettings: QSettings, parent: QWidget | None = None, *,
                 today: date | None = None):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.office = office
        self.qsettings = qsettings
        self.today = today or date.today()
        # The services check again; this only spares the user edits that could not be saved.
        self.can_edit = office_settings.can_manage_rules(office.actor)
        self.ui.close_button.clicked.connect(self.reject)
        self.ui.close_button.setAutoDefault(False)
        for button in (self.ui.save_holidays_button, self.ui.preview_button, self.ui.add_days_button,
                       self.ui.save_procedures_button, self.ui.add_lpr_button, self.ui.save_office_button,
                       self.ui.add_user_button):
            button.setAutoDefault(False)
        for label in (self.ui.year_status_label, self.ui.status_label):
            label.setWordWrap(True)
        for table in self.findChildren(QTableWidget):
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)

        self.holidays = HolidaysPage(self)
        self.procedures = ProceduresPage(self)
        self.lpr = LprPage(self)
        self.office_page = OfficePage(self)
        self.users = UsersPage(self)
        self.pages: tuple[SettingsPage, ...] = (self.holidays, self.procedures, self.lpr, self.office_page,
                                                self.users)

        geometry = qsettings.value(_GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        try:
            tab = int(str(qsettings.value(_TAB_KEY, 0)))
        except ValueError:
            tab = 0
        self.ui.tab_widget.setCurrentIndex(tab if 0 <= tab < self.ui.tab_widget.count() else 0)
        self.ui.tab_widget.currentChanged.connect(lambda index: self.qsettings.setValue(_TAB_KEY, index))
        self._retranslate()
        for page in self.pages:
            page.update_buttons()
            page.load()

    # --- shared --------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return any(page.dirty for page in self.pages)

    @property
    def busy(self) -> bool:
        return any(page.busy for page in self.pages)

    def update_dirty(self) -> None:
        """Mark the tabs with unsaved input, so that nothing is left behind unnoticed."""
        tabs = self.ui.tab_widget
        for index, page in enumerate(self.pages):
            colour = QColor(Qt.GlobalColor.darkRed) if page.dirty else tabs.palette().text().color()
            tabs.tabBar().setTabTextColor(index, colour)
            page.update_buttons()

    def show_status(self, text: str, colour: str | None = None) -> None:
        self.ui.status_label.setText(text)
        _style_label(self.ui.status_label, colour)

    # --- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        # A save already sent cannot be called back; its answer decides what the list shows.
        if self.busy:
            self.show_status(translate("SettingsDialog", "Still saving: close the dialog when it is done."),
                             NOTICE_COLOUR)
            return
        if self.dirty and not dialogs.ask_discard_changes(self):
            return
        self.qsettings.setValue(_GEOMETRY_KEY, self.saveGeometry())
        super().reject()

    # --- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        for page in self.pages:
            page.retranslate()
        if not self.can_edit:
            self.show_status(translate(
                "SettingsDialog", "Only an administrator can change these settings; you can look at them."),
                             NOTICE_COLOUR)
