"""The holiday-schedules page: a year's rest and make-up days, edited in a table, previewed, then saved.

A schedule is saved only after its preview (which open cases' deadlines and which claims' due dates move)
was shown for exactly the days in the table. It becomes the year's official schedule when it names the
notice (number and date) and gives every statutory holiday; otherwise the service keeps it as a draft,
the year stays provisional, and what is missing is shown next to the field it concerns.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QTableWidgetItem

from complaintdesk.domain.calendar import DayKind, HolidayRow
from complaintdesk.domain.statutory_holidays import describe_year
from complaintdesk.services.schedules import (
    FIRST_CALENDAR_YEAR,
    CalendarYearInfo,
    MovedDeadline,
    ScheduleProblem,
    ScheduleSaved,
    YearSchedule,
)
from complaintdesk.ui import dialogs, labels
from complaintdesk.ui.form_dialog import NOTICE_COLOUR, FieldErrors
from complaintdesk.ui.formats import date_text, local_time_text, to_qdate
from complaintdesk.ui.labels import fill
from complaintdesk.ui.messages import ui_text
from complaintdesk.ui.settings.page import (
    OK_COLOUR,
    SettingsPage,
    fill_table,
    stretch_last_column,
    style_label,
    table_item,
    translate,
)

if TYPE_CHECKING:
    from complaintdesk.ui.settings.dialog import SettingsDialog

# A holiday block is a few days; more than this at once is a slip of the date picker.
MAX_DAYS_AT_ONCE = 31

_IMPORT_DIR_KEY = "settings_dialog/import_dir"


class HolidaysPage(SettingsPage):
    def __init__(self, dialog: SettingsDialog):
        super().__init__(dialog)
        ui = self.ui
        self.years: dict[int, CalendarYearInfo] = {}
        self.draft_years: set[int] = set()
        self.year: int | None = None
        self.loaded: YearSchedule | None = None
        self.rows: dict[date, HolidayRow] = {}
        self.preview: list[MovedDeadline] | None = None
        self._preview_key: tuple[int, tuple[HolidayRow, ...]] | None = None
        self._load_seq = 0
        self._saved_note: str | None = None

        self.errors = FieldErrors(ui.holidays_error_label)
        self.errors.bind("days", ui.days_error_label, ui.day_name_line_edit)
        self.errors.bind("rows", ui.days_error_label, ui.holiday_table_widget)
        self.errors.bind("source", ui.source_error_label, ui.source_line_edit)
        self.errors.bind("notice_date", ui.notice_date_error_label, ui.notice_date_edit)
        ui.notice_date_edit.setRequired(False)  # checked by the service: without it the schedule is a draft
        self.errors.bind("file", ui.holidays_error_label, ui.import_button)

        for table in (ui.holiday_table_widget, ui.preview_table_widget):
            stretch_last_column(table)
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
        ui.notice_date_edit.textChanged.connect(self._notice_date_edited)
        ui.day_from_date_edit.dateChanged.connect(self._from_changed)
        ui.day_name_line_edit.textChanged.connect(lambda _text: self.errors.clear("days"))
        ui.day_name_line_edit.returnPressed.connect(self.add_days)
        self.update_buttons()

    # --- state ---------------------------------------------------------------------------------

    def current_rows(self) -> list[HolidayRow]:
        return [self.rows[d] for d in sorted(self.rows)]

    def _baseline(self) -> tuple[tuple[HolidayRow, ...], str, str]:
        """What the year was loaded with: its draft when it has one, else its official schedule."""
        loaded = self.loaded
        if loaded.draft is not None:
            return loaded.draft.rows, loaded.draft.source or "", date_text(loaded.draft.notice_date)
        return loaded.rows, loaded.source or "", date_text(loaded.notice_date)

    @property
    def dirty(self) -> bool:
        if self.loaded is None:
            return False
        rows, source, notice_date = self._baseline()
        return (tuple(self.current_rows()) != rows or self.ui.source_line_edit.text().strip() != source
                or self.ui.notice_date_edit.text().strip() != notice_date)

    def _preview_current(self) -> bool:
        return (self.year is not None and self.preview is not None
                and self._preview_key == (self.year, tuple(self.current_rows())))

    def update_buttons(self) -> None:
        ui = self.ui
        ready = self.loaded is not None and not self.busy
        editable = ready and self.dialog.can_edit
        ui.day_editor_group_box.setEnabled(self.dialog.can_edit)
        ui.source_line_edit.setReadOnly(not self.dialog.can_edit)
        ui.notice_date_edit.setReadOnly(not self.dialog.can_edit)
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
        schedules = self.office.schedules
        self.run(lambda: (schedules.years(), schedules.draft_years()), partial(self._years_loaded, year),
                 busy=False)

    def _years_loaded(self, wanted: int | None, found: tuple[list[CalendarYearInfo], list[int]]) -> None:
        years, drafts = found
        self.years = {y.year: y for y in years}
        self.draft_years = set(drafts)
        today = self.dialog.today
        last = today.year + 1
        first = min([FIRST_CALENDAR_YEAR, *self.years])
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
            elif year in self.draft_years:
                combo.setItemText(index, fill(translate("SettingsDialog", "%1 (draft)"), str(year)))
            else:
                combo.setItemText(index, fill(translate("SettingsDialog", "%1 (not entered)"), str(year)))

    def load_year(self, year: int) -> None:
        self._load_seq += 1
        self.year = year
        self.loaded = None
        self.update_buttons()
        self.run(partial(self.office.schedules.schedule, year),
                 partial(self._year_loaded, self._load_seq), busy=False)

    def _year_loaded(self, seq: int, schedule: YearSchedule) -> None:
        if seq != self._load_seq:
            return
        ui = self.ui
        self.loaded = schedule
        rows, source, notice_date = self._baseline()
        self.rows = {r.day: r for r in rows}
        self.errors.clear()
        self._clear_preview()
        self._filling += 1
        try:
            ui.source_line_edit.setText(source)
            ui.notice_date_edit.setText(notice_date)
            first, last = QDate(schedule.year, 1, 1), QDate(schedule.year, 12, 31)
            for edit in (ui.day_from_date_edit, ui.day_to_date_edit):
                edit.setDateRange(first, last)
                edit.setDate(first)
            ui.day_name_line_edit.clear()
        finally:
            self._filling -= 1
        self._show_rows()
        self._show_status()
        if schedule.draft is not None:
            self._show_problems(schedule.draft.problems)

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
            rows.append([table_item(text, data=row.day.isoformat()), kind, table_item(row.name)])
        fill_table(table, rows)
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
        draft = self.loaded.draft if self.loaded is not None and self.loaded.year == year else None
        if info is None:
            text = self._provisional_text(year)
        else:
            text = fill(
                translate("SettingsDialog", "%1: official schedule entered. Source: %2 (entered by %3, %4)."),
                str(year), info.source, info.entered_by or "—", local_time_text(info.entered_at))
            if info.notice_date is not None:
                text += " " + fill(translate("SettingsDialog", "Notice dated %1."), date_text(info.notice_date))
        if draft is not None:
            text += " " + fill(translate(
                "SettingsDialog", "Shown below: a DRAFT saved %1 by %2, not in force (what it lacks is shown next to "
                                  "the fields); complete it, preview and save it."),
                local_time_text(draft.saved_at), draft.saved_by or "—")
        label.setText(text)
        style_label(label, NOTICE_COLOUR if info is None or draft is not None else None)

    def _provisional_text(self, year: int) -> str:
        statutory = self.loaded.statutory if self.loaded is not None and self.loaded.year == year else ()
        if not statutory:
            return fill(translate(
                "SettingsDialog",
                "%1 has no official holiday schedule yet: it is counted with weekends only, and every deadline that "
                "falls in it is marked provisional. The State Council General Office usually publishes the schedule "
                "around November of the year before; enter it here (or import a file) when it is out."), str(year))
        days = describe_year(year)
        return fill(translate(
            "SettingsDialog",
            "%1 has no official holiday schedule yet: it is counted with the statutory holidays of the 全国年节及纪念日"
            "放假办法 and their make-up days (%2) and with weekends, but not with the days the notice moves (调休); "
            "every deadline that falls in it is marked provisional. The State Council General Office usually "
            "publishes the schedule around November of the year before; enter it here (or import a file) when it "
            "is out: it must name the notice's number and date and give every statutory holiday."), str(year), days)

    def _show_problems(self, problems: tuple[ScheduleProblem, ...] | list[ScheduleProblem]) -> None:
        """Why the schedule is (or would be) a draft, next to the fields concerned (the days: under the table)."""
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(ui_text(problem.text))
        for field, texts in by_field.items():
            self.errors.set(field, "\n".join(texts))

    def _clear_preview(self) -> None:
        self.preview = None
        self._preview_key = None
        fill_table(self.ui.preview_table_widget, [])
        if self._saved_note:
            return
        self.ui.preview_summary_label.setText(translate(
            "SettingsDialog", "Press Preview to see which open cases' deadlines the schedule in the table would move."))
        style_label(self.ui.preview_summary_label, None)

    def _moved_what(self, m: MovedDeadline) -> str:
        if m.is_claim:
            return fill(translate("SettingsDialog", "Payment due date (contract %1)"), m.contract_no or "—")
        return labels.step_label(m.step) or m.step

    def _show_moved(self, moved: list[MovedDeadline] | tuple[MovedDeadline, ...]) -> None:
        rows = [[table_item(m.case_no, data=m.case_id), table_item(self._moved_what(m)),
                 table_item(date_text(m.old_due) or "—"), table_item(date_text(m.new_due) or "—")] for m in moved]
        fill_table(self.ui.preview_table_widget, rows)

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
        first = ui.day_from_date_edit.checked_value(lambda problem: self.errors.set("days", problem))
        last = ui.day_to_date_edit.checked_value(lambda problem: self.errors.set("days", problem))
        if first is None or last is None:
            (ui.day_from_date_edit if first is None else ui.day_to_date_edit).setFocus()
            return
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

    def _notice_date_edited(self, _text: str) -> None:
        if not self._filling:
            self.errors.clear("notice_date")
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
        self.run(partial(self.office.schedules.read_file, Path(path)),
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
        year, source, notice_date = self.year, self.ui.source_line_edit.text(), self.ui.notice_date_edit.value()
        schedules = self.office.schedules
        self.run(lambda: (schedules.preview(year, rows), schedules.check(year, rows, source, notice_date)),
                 partial(self._previewed, (self.year, tuple(rows))))

    def _previewed(self, key: tuple[int, tuple[HolidayRow, ...]],
                   found: tuple[list[MovedDeadline], list[ScheduleProblem]]) -> None:
        if key != (self.year, tuple(self.current_rows())):
            return  # the table changed while the preview ran
        moved, problems = found
        self._saved_note = None
        self.preview = moved
        self._preview_key = key
        self._show_moved(moved)
        self.ui.preview_summary_label.setText(self._preview_text(moved, problems))
        style_label(self.ui.preview_summary_label, NOTICE_COLOUR)
        self._show_problems(problems)
        self.update_buttons()
        self.ui.source_line_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _preview_text(self, moved: list[MovedDeadline], problems: list[ScheduleProblem]) -> str:
        clocks = [m for m in moved if not m.is_claim]
        claims = len(moved) - len(clocks)
        if not self.dirty:
            text = translate("SettingsDialog", "The table holds the saved schedule: no deadline of an open case moves.")
        elif claims:
            text = fill(translate(
                "SettingsDialog", "Saving this schedule moves %1 deadlines of %2 open cases and the due dates of %3 "
                                  "claims (listed below). Name the notice it comes from, then save."),
                str(len(clocks)), str(len({m.case_id for m in clocks})), str(claims))
        elif moved:
            text = fill(translate(
                "SettingsDialog", "Saving this schedule moves %1 deadlines of %2 open cases (listed below). "
                                  "Name the notice it comes from, then save."),
                str(len(moved)), str(len({m.case_id for m in moved})))
        else:
            text = translate("SettingsDialog", "Saving this schedule moves no deadline of an open case. "
                                               "Name the notice it comes from, then save.")
        if problems and self.dirty:
            text += " " + fill(translate(
                "SettingsDialog", "As it stands it is not complete: saving keeps it as a draft, %1 stays provisional "
                                  "and nothing moves (what is missing is shown next to the fields)."), str(self.year))
        return text

    def save(self) -> None:
        if self.year is None or self.busy or not self._preview_current():
            return
        self.errors.clear()
        ui = self.ui
        source = ui.source_line_edit.text().strip()
        if not source:
            self.errors.set("source", translate(
                "SettingsDialog", "Name the source: the State Council General Office's notice and its number."))
        notice_date = ui.notice_date_edit.checked_value(lambda problem: self.errors.set("notice_date", problem))
        if self.errors.has_errors():
            self.errors.focus_first()
            return
        rows = self.current_rows()
        self.run(partial(self.office.schedules.save, self.year, rows, source, notice_date=notice_date),
                 partial(self._saved, self.year))

    def _saved(self, year: int, saved: ScheduleSaved) -> None:
        if not saved.official:
            self._saved_as_draft(year, saved)
            return
        moved = saved.moved
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
        style_label(label, OK_COLOUR)
        self.dialog.show_status(fill(translate("SettingsDialog", "Holiday schedule %1 saved."), str(year)),
                                OK_COLOUR)
        # The table is now what is stored; the moved list stays shown; saving again needs a new preview.
        self.loaded = YearSchedule(year, self.ui.source_line_edit.text().strip(), tuple(self.current_rows()),
                                   self.ui.notice_date_edit.value())
        self._preview_key = None
        self.update_buttons()
        self.dialog.update_dirty()
        self.dialog.settingsChanged.emit("calendar")
        self.load(year)  # the year's new "entered" line and its label in the year list

    def _saved_as_draft(self, year: int, saved: ScheduleSaved) -> None:
        """Kept as a draft: nothing moved, the year stays as it was; what it lacks is shown by its fields."""
        fill_table(self.ui.preview_table_widget, [])
        note = fill(translate(
            "SettingsDialog", "The %1 schedule is saved as a DRAFT, not as the official schedule: %1 stays "
                              "provisional and no deadline moved. Complete what is shown next to the fields, preview "
                              "and save again."), str(year))
        self._saved_note = note
        self.ui.preview_summary_label.setText(note)
        style_label(self.ui.preview_summary_label, NOTICE_COLOUR)
        self.dialog.show_status(fill(translate("SettingsDialog", "Holiday schedule %1 kept as a draft."), str(year)),
                                NOTICE_COLOUR)
        self.loaded = None  # read again: the table then holds the draft, its problems by their fields
        self._preview_key = None
        self.dialog.update_dirty()
        self.load(year)

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
