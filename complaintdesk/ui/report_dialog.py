"""The report export dialog: which report, which period, which format, where — then ``office.reports.export`` on a worker."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from complaintdesk import clock
from complaintdesk.ui import dialogs, screen_fit, tasks
from complaintdesk.ui.form_dialog import ERROR_COLOUR
from complaintdesk.ui.forms.ui_report_dialog import Ui_ReportDialog
from complaintdesk.ui.labels import fill
from complaintdesk.ui.messages import error_text

if TYPE_CHECKING:
    from complaintdesk.services.office import Office
    from complaintdesk.services.reports import ExportResult

_DIR_KEY = "report_dialog/last_dir"
_FORMAT_KEY = "report_dialog/format"

# Codes of services.reports.ReportKind / ReportFormat (kept here as text: the dialog must not load SQLAlchemy).
KINDS = {
    "overdue": QT_TRANSLATE_NOOP("ReportDialog", "Overdue cases"),
    "ledger": QT_TRANSLATE_NOOP("ReportDialog", "Arrears ledger (清欠台账)"),
    "statistics": QT_TRANSLATE_NOOP("ReportDialog", "Periodic statistics table"),
    "yearly": QT_TRANSLATE_NOOP("ReportDialog", "Yearly summary (first-quarter SME report)"),
}
FILE_STEMS = {"overdue": "逾期案件清单", "ledger": "清欠台账", "statistics": "投诉办理情况统计表",
              "yearly": "年度投诉办理情况汇总"}
DESCRIPTIONS = {
    "overdue": QT_TRANSLATE_NOOP("ReportDialog", "Cases received in the period whose running deadline has passed, "
                                                 "with the step, the handler and the days overdue."),
    "ledger": QT_TRANSLATE_NOOP("ReportDialog", "One row per arrears claim of the cases received in the period: "
                                                "statutory due date, days overdue, interest, repaid and outstanding."),
    "statistics": QT_TRANSLATE_NOOP("ReportDialog", "Intake, closures and on-time closures by category, channel and "
                                                    "debtor kind, with the arrears amounts."),
    "yearly": QT_TRANSLATE_NOOP("ReportDialog", "The calendar year's statistics, month by month, and the overdue "
                                                "arrears of state organs and public institutions on 31 December."),
}
FORMATS = {
    "xlsx": QT_TRANSLATE_NOOP("ReportDialog", "Excel workbook (.xlsx)"),
    "pdf": QT_TRANSLATE_NOOP("ReportDialog", "PDF (.pdf)"),
    "csv": QT_TRANSLATE_NOOP("ReportDialog", "CSV text (.csv)"),
}


def export_report(office: Office, kind: str, fmt: str, path: str, start: date | None, end: date | None,
                  year: int | None) -> ExportResult:
    """Worker side: one report written to ``path`` (the service records the export in the history)."""
    return office.reports.export(kind, fmt, path, start=start, end=end, year=year)


class ReportDialog(QDialog):
    """Non-modal; ``exported`` carries the ExportResult."""

    exported = Signal(object)

    def __init__(self, office: Office, settings: QSettings | None = None, parent: QWidget | None = None, *,
                 today: date | None = None):
        super().__init__(parent)
        self._fitted = False
        self.ui = Ui_ReportDialog()
        self.ui.setupUi(self)
        self._office = office
        self._settings = settings
        self._busy = False
        self._last: ExportResult | None = None
        self._path_edited = False
        today = today or clock.today()
        ui = self.ui
        tasks.show_busy(ui.busy_progress_bar, False)
        ui.open_file_button.hide()
        ui.open_folder_button.hide()
        ui.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        ui.error_label.hide()
        ui.description_label.setStyleSheet("color: #555;")
        for code in KINDS:
            ui.kind_combo.addItem("", code)
        for code in FORMATS:
            ui.format_combo.addItem("", code)
        remembered = str(settings.value(_FORMAT_KEY, "xlsx")) if settings is not None else "xlsx"
        ui.format_combo.setCurrentIndex(max(ui.format_combo.findData(remembered), 0))
        ui.from_date_edit.setDate(date(today.year, 1, 1))
        ui.to_date_edit.setDate(today)
        ui.year_spin_box.setValue(today.year - 1 if today.month <= 3 else today.year)
        for widget in (ui.from_date_edit, ui.to_date_edit):
            widget.dateChanged.connect(self._suggest_path)
        ui.year_spin_box.valueChanged.connect(self._suggest_path)
        ui.kind_combo.currentIndexChanged.connect(self._kind_changed)
        ui.format_combo.currentIndexChanged.connect(self._suggest_path)
        ui.path_line_edit.textEdited.connect(self._path_typed)
        ui.browse_button.clicked.connect(self.browse)
        ui.export_button.clicked.connect(self.export)
        ui.close_button.clicked.connect(self.reject)
        ui.open_file_button.clicked.connect(self._open_file)
        ui.open_folder_button.clicked.connect(self._open_folder)
        for button in (ui.browse_button, ui.export_button, ui.close_button, ui.open_file_button,
                       ui.open_folder_button):
            button.setAutoDefault(False)
        self._retranslate()
        self._kind_changed()

    # --- public API ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def last_export(self) -> ExportResult | None:
        return self._last

    def kind(self) -> str:
        return self.ui.kind_combo.currentData()

    def fmt(self) -> str:
        return self.ui.format_combo.currentData()

    def set_kind(self, kind: str) -> None:
        self.ui.kind_combo.setCurrentIndex(max(self.ui.kind_combo.findData(kind), 0))

    def set_format(self, fmt: str) -> None:
        self.ui.format_combo.setCurrentIndex(max(self.ui.format_combo.findData(fmt), 0))

    def period(self) -> tuple[date | None, date | None, int | None]:
        ui = self.ui
        if self.kind() == "yearly":
            return None, None, ui.year_spin_box.value()
        return ui.from_date_edit.value(), ui.to_date_edit.value(), None

    def browse(self) -> None:
        current = self.ui.path_line_edit.text().strip()
        path = dialogs.ask_report_path(self, current or self._default_path(), self.fmt())
        if path:
            self.ui.path_line_edit.setText(path)
            self._path_edited = True

    def export(self) -> None:
        if self._busy:
            return
        ui = self.ui
        start, end, year = self.period()
        if year is None:
            for edit in (ui.from_date_edit, ui.to_date_edit):
                problem = edit.problem()
                if problem is not None:
                    self._show_error(f"{ui.period_label.text().replace('&', '').rstrip('：:')}：{problem}")
                    edit.setFocus()
                    return
        if start is not None and end is not None and end < start:
            self._show_error(self.tr("The period ends before it starts."))
            return
        text = ui.path_line_edit.text().strip()
        if not text:
            self._show_error(self.tr("Choose where to save the report."))
            return
        path = Path(text) if Path(text).is_absolute() else Path(dialogs.export_path(text))
        if path.suffix.lower() != f".{self.fmt()}":
            path = path.with_name(path.name + f".{self.fmt()}")
        if not path.parent.is_dir():
            self._show_error(fill(self.tr("The folder %1 does not exist."), str(path.parent)))
            return
        ui.error_label.hide()
        ui.open_file_button.hide()
        ui.open_folder_button.hide()
        if self._settings is not None:
            self._settings.setValue(_DIR_KEY, str(path.parent))
            self._settings.setValue(_FORMAT_KEY, self.fmt())
        self._set_busy(True)
        ui.status_label.setText(self.tr("Writing the report…"))
        tasks.run_task(partial(export_report, self._office, self.kind(), self.fmt(), str(path), start, end, year),
                       self._exported, self._failed, owner=self)

    # --- answers -------------------------------------------------------------------------------

    def _exported(self, result: ExportResult) -> None:
        self._set_busy(False)
        self._last = result
        self.ui.status_label.setText(fill(self.tr("Saved %1 (%2 rows)."), str(result.path), str(result.rows)))
        self.ui.status_label.setToolTip(str(result.path))
        dialogs.remember_export(str(result.path))
        self.ui.open_file_button.show()
        self.ui.open_folder_button.show()
        self.exported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        from complaintdesk.services.errors import ServiceError

        self._set_busy(False)
        self.ui.status_label.clear()
        # An OSError or a plain ValueError from writing the file says what went wrong in its own words.
        message = str(exc) if isinstance(exc, ValueError | OSError) and not isinstance(exc, ServiceError) \
            else error_text(exc)
        self._show_error(fill(self.tr("The report was not written: %1"), message))

    # --- helpers -------------------------------------------------------------------------------

    def _show_error(self, message: str) -> None:
        self.ui.error_label.setText(message)
        self.ui.error_label.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        tasks.show_busy(self.ui.busy_progress_bar, busy)  # hidden, its animation stops at once
        for widget in (self.ui.export_button, self.ui.close_button, self.ui.browse_button):
            widget.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _kind_changed(self, *_args: object) -> None:
        ui = self.ui
        yearly = self.kind() == "yearly"
        ui.form_layout.setRowVisible(ui.period_label, not yearly)
        ui.form_layout.setRowVisible(ui.year_label, yearly)
        ui.description_label.setText(QCoreApplication.translate("ReportDialog", DESCRIPTIONS[self.kind()]))
        self._suggest_path()

    def _path_typed(self, _text: str) -> None:
        self._path_edited = True

    def _default_path(self) -> str:
        start, end, year = self.period()
        span = str(year) if year is not None else "-".join(f"{d:%Y%m%d}" for d in (start, end) if d is not None)
        folder = str(self._settings.value(_DIR_KEY, "") or "") if self._settings is not None else ""
        name = f"{FILE_STEMS[self.kind()]}_{span}.{self.fmt()}"
        # Where the user saved a report before, else their Documents folder: never the working folder.
        return str(Path(folder) / name) if folder else dialogs.export_path(name)

    def _suggest_path(self, *_args: object) -> None:
        """A file name saying what is in it, until the user chose one; a chosen one follows the format."""
        ui = self.ui
        if not self._path_edited:
            ui.path_line_edit.setText(self._default_path())
            return
        text = ui.path_line_edit.text().strip()
        path = Path(text)
        if text and path.suffix.lower().lstrip(".") in FORMATS and path.suffix.lower() != f".{self.fmt()}":
            ui.path_line_edit.setText(str(path.with_suffix(f".{self.fmt()}")))

    def _open_file(self) -> None:
        if self._last is not None:
            dialogs.open_with_system_viewer(str(self._last.path))

    def _open_folder(self) -> None:
        if self._last is not None:
            dialogs.open_folder(str(self._last.path))

    def reject(self) -> None:
        if self._busy:
            return
        super().reject()

    # --- language ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self._fitted:
            self._fitted = True
            screen_fit.fit_to_screen(self)  # a Designer size larger than a small screen is cut to it
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        ui = self.ui
        for index in range(ui.kind_combo.count()):
            ui.kind_combo.setItemText(index, QCoreApplication.translate("ReportDialog", KINDS[ui.kind_combo.itemData(index)]))
        for index in range(ui.format_combo.count()):
            ui.format_combo.setItemText(index, QCoreApplication.translate(
                "ReportDialog", FORMATS[ui.format_combo.itemData(index)]))
        if ui.kind_combo.currentData():
            ui.description_label.setText(QCoreApplication.translate("ReportDialog", DESCRIPTIONS[self.kind()]))
