"""The import dialog: a ledger or forwarded batch (xlsx/csv) → column mapping → dry run with row-level errors → import.

Reading the file, suggesting the mapping, the dry run and the import all run on a worker
(``office.importer``). The import button is enabled only after a dry run of the current mapping
found no error, and the service checks every row again inside its one transaction, so a file with
a bad row never imports anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QTableWidgetItem, QWidget

from complaintdesk.ui import dialogs, screen_fit, tasks
from complaintdesk.ui.case_view_models import RowTableModel
from complaintdesk.ui.form_dialog import ERROR_COLOUR, NOTICE_COLOUR
from complaintdesk.ui.forms.ui_import_dialog import Ui_ImportDialog
from complaintdesk.ui.labels import fill
from complaintdesk.ui.messages import error_text, ui_text

if TYPE_CHECKING:
    from complaintdesk.messages import Message
    from complaintdesk.services.importer import ImportReport, ImportResult, ImportTable
    from complaintdesk.services.office import Office

_ROLE = Qt.ItemDataRole
_LAST_DIR_KEY = "import_dialog/last_dir"
_NOT_MAPPED = ""


@dataclass(frozen=True)
class FileRead:
    table: ImportTable
    mapping: dict[str, str]
    fields: list[tuple[str, Message, bool]]  # (field, its name, required)


def read_file(office: Office, path: str) -> FileRead:
    """Worker side: the table of the file, the suggested (or remembered) mapping and the target fields."""
    from complaintdesk.services import importer

    table = importer.read_table(path)
    mapping = office.importer.suggest_mapping(table.columns)
    fields = [(name, spec.name, name in importer.REQUIRED) for name, spec in importer.FIELDS.items()]
    return FileRead(table, mapping, fields)


def _user_message(exc: BaseException) -> str:
    from complaintdesk.services.errors import ServiceError

    if isinstance(exc, ValueError | OSError) and not isinstance(exc, ServiceError):
        return str(exc)  # a file that cannot be read, in the reader's own words
    return error_text(exc)


# --- the problems of a dry run as a table ------------------------------------------------------


class ProblemKind(IntEnum):
    ERROR = 0
    WARNING = 1
    SKIPPED = 2


@dataclass(frozen=True)
class ProblemLine:
    kind: ProblemKind
    row: int | None
    column: str | None
    reason: str
    value: str


class ProblemColumn(IntEnum):
    KIND = 0
    ROW = 1
    COLUMN = 2
    REASON = 3
    VALUE = 4


_PROBLEM_HEADERS = {
    ProblemColumn.KIND: QT_TRANSLATE_NOOP("ProblemModel", "Kind"),
    ProblemColumn.ROW: QT_TRANSLATE_NOOP("ProblemModel", "Row"),
    ProblemColumn.COLUMN: QT_TRANSLATE_NOOP("ProblemModel", "Column"),
    ProblemColumn.REASON: QT_TRANSLATE_NOOP("ProblemModel", "Problem"),
    ProblemColumn.VALUE: QT_TRANSLATE_NOOP("ProblemModel", "Cell"),
}
_KIND_LABELS = {
    ProblemKind.ERROR: QT_TRANSLATE_NOOP("ProblemModel", "Error"),
    ProblemKind.WARNING: QT_TRANSLATE_NOOP("ProblemModel", "Note"),
    ProblemKind.SKIPPED: QT_TRANSLATE_NOOP("ProblemModel", "Skipped"),
}
_KIND_COLOURS = {ProblemKind.ERROR: QColor(ERROR_COLOUR), ProblemKind.WARNING: QColor(NOTICE_COLOUR),
                 ProblemKind.SKIPPED: QColor("#555555")}


def problem_lines(report: ImportReport) -> list[ProblemLine]:
    out = []
    for kind, problems in ((ProblemKind.ERROR, report.errors), (ProblemKind.WARNING, report.warnings),
                           (ProblemKind.SKIPPED, report.skipped)):
        out += [ProblemLine(kind, p.row, p.column, ui_text(p.text), p.value) for p in problems]
    return out


class ProblemModel(RowTableModel):
    """Errors first, then notes and skipped rows; ``ROW_ROLE`` gives the ProblemLine."""

    CONTEXT = "ProblemModel"
    COLUMNS = ProblemColumn
    HEADERS: ClassVar[dict[int, str]] = _PROBLEM_HEADERS

    def set_lines(self, lines: list[ProblemLine]) -> None:
        self.set_rows(lines)

    def lines(self) -> list[ProblemLine]:
        return self.rows()

    def display(self, row: ProblemLine, column: IntEnum) -> str:
        match column:
            case ProblemColumn.KIND:
                return QCoreApplication.translate("ProblemModel", _KIND_LABELS[row.kind])
            case ProblemColumn.ROW:
                return str(row.row) if row.row is not None else QCoreApplication.translate("ProblemModel", "(file)")
            case ProblemColumn.COLUMN:
                return row.column or ""
            case ProblemColumn.REASON:
                return row.reason
        return row.value

    def sort_value(self, row: ProblemLine, column: IntEnum) -> Any:
        return {ProblemColumn.KIND: int(row.kind), ProblemColumn.ROW: row.row or 0}.get(
            column, self.display(row, column))

    def explanation(self, row: ProblemLine, column: IntEnum) -> tuple[str, ...]:
        return (row.reason,) if column == ProblemColumn.REASON else ()

    def alignment(self, column: IntEnum) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignCenter if column == ProblemColumn.ROW else super().alignment(column)

    def foreground(self, row: ProblemLine, column: IntEnum) -> QColor | None:
        return _KIND_COLOURS[row.kind] if column in (ProblemColumn.KIND, ProblemColumn.REASON) else None

    def font(self, row: ProblemLine, column: IntEnum) -> QFont | None:
        if row.kind != ProblemKind.ERROR or column != ProblemColumn.KIND:
            return None
        font = QFont()
        font.setBold(True)
        return font


# --- the dialog ------------------------------------------------------------------------------


class ImportDialog(QDialog):
    """Non-modal; ``imported`` carries the ImportResult after a successful import."""

    imported = Signal(object)
    showCasesRequested = Signal(object, str)  # CaseQuery of the imported cases, a title
    fileLoaded = Signal()
    checked = Signal(object)  # the ImportReport of a dry run

    def __init__(self, office: Office, settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._fitted = False
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self._office = office
        self._settings = settings
        self._path: str | None = None
        self._table: ImportTable | None = None
        self._fields: list[tuple[str, Message, bool]] = []
        self._combos: dict[str, QComboBox] = {}
        self._report: ImportReport | None = None
        self._result: ImportResult | None = None
        self._busy = False
        self._filling = False
        ui = self.ui
        tasks.show_busy(ui.busy_progress_bar, False)
        ui.show_cases_button.hide()
        self.problem_model = ProblemModel(self)
        ui.problems_table_view.setModel(self.problem_model)
        header = ui.problems_table_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProblemColumn.REASON, QHeaderView.ResizeMode.Stretch)
        mapping = ui.mapping_table_widget
        mapping.setColumnCount(2)
        mapping.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        ui.choose_file_button.clicked.connect(self.choose_file)
        ui.dry_run_button.clicked.connect(self.dry_run)
        ui.import_button.clicked.connect(self.run_import)
        ui.close_button.clicked.connect(self.reject)
        ui.show_cases_button.clicked.connect(self._show_cases)
        for button in (ui.choose_file_button, ui.dry_run_button, ui.import_button, ui.close_button,
                       ui.show_cases_button):
            button.setAutoDefault(False)
        self._update_buttons()
        self._retranslate()

    # --- public API ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def report(self) -> ImportReport | None:
        return self._report

    @property
    def import_result(self) -> ImportResult | None:
        return self._result

    def combo(self, field: str) -> QComboBox:
        return self._combos[field]

    def mapping(self) -> dict[str, str]:
        """Field → column as the combos show it (unmapped fields left out)."""
        return {name: combo.currentData() for name, combo in self._combos.items() if combo.currentData()}

    def choose_file(self) -> None:
        start = str(self._settings.value(_LAST_DIR_KEY, "") or "") if self._settings is not None else ""
        path = dialogs.ask_import_file(self, start)
        if path:
            if self._settings is not None:
                self._settings.setValue(_LAST_DIR_KEY, str(Path(path).parent))
            self.load_file(path)

    def load_file(self, path: str) -> None:
        if self._busy:
            return
        self._path = path
        self._table = None
        self._report = None
        self._result = None
        self.problem_model.set_lines([])
        self.ui.file_line_edit.setText(path)
        self.ui.file_info_label.clear()
        self.ui.show_cases_button.hide()
        self._set_busy(True, self.tr("Reading the file…"))
        tasks.run_task(partial(read_file, self._office, path), self._file_read, self._file_failed, owner=self)

    def dry_run(self) -> None:
        if self._busy or self._table is None:
            return
        self._set_busy(True, self.tr("Checking every row…"))
        tasks.run_task(partial(self._office.importer.dry_run, self._table, self.mapping()), self._dry_run_done,
                       self._task_failed, owner=self)

    def run_import(self) -> None:
        if self._busy or self._table is None or not self._may_import():
            return
        self._set_busy(True, self.tr("Importing…"))
        tasks.run_task(partial(self._office.importer.run, self._table, self.mapping(),
                               file_name=Path(self._path or self._table.source).name),
                       self._import_done, self._import_failed, owner=self)

    # --- worker answers ------------------------------------------------------------------------

    def _file_read(self, read: FileRead) -> None:
        self._set_busy(False)
        self._table = read.table
        self._fields = read.fields
        table = read.table
        sheet = fill(self.tr("sheet “%1”, "), table.sheet) if table.sheet else ""
        self.ui.file_info_label.setText(fill(self.tr("%1headings in row %2, %3 data rows, %4 columns."), sheet,
                                             str(table.header_row), str(len(table.rows)), str(len(table.columns))))
        self._fill_mapping(read.mapping)
        self.ui.summary_label.setText(self.tr("Check the column mapping, then run the check (dry run)."))
        self.ui.status_label.clear()
        self._update_buttons()
        self.fileLoaded.emit()

    def _file_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._path = None
        self._fill_mapping({})
        self.ui.status_label.clear()
        self.ui.summary_label.setText(fill(self.tr("Cannot read the file: %1"), _user_message(exc)))
        self.ui.summary_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self._update_buttons()

    def _dry_run_done(self, report: ImportReport) -> None:
        self._set_busy(False)
        self._show_report(report)
        self.ui.status_label.setText(self.tr("Check finished: nothing was written.") if not report.ok else
                                     self.tr("Check passed: the file can be imported."))
        self.checked.emit(report)

    def _import_done(self, result: ImportResult) -> None:
        self._set_busy(False)
        self._result = result
        self._report = None  # importing again must be checked again (it would skip every row now)
        r = result.report
        self.ui.summary_label.setStyleSheet("")
        self.ui.summary_label.setText(fill(
            self.tr("Imported from %1: %2 new case(s), %3 existing case(s) extended, %4 claim(s), %5 payment(s), "
                    "%6 enterprise(s), %7 respondent(s). Rows imported before were skipped."),
            Path(self._path or r.source).name, str(r.new_cases), str(r.extended_cases), str(r.new_claims),
            str(r.new_payments), str(r.new_enterprises), str(r.new_respondents)))
        self.ui.status_label.setText(self.tr("Import finished; each case's history says which row it came from."))
        self.ui.show_cases_button.setVisible(bool(result.case_ids))
        self._update_buttons()
        self.imported.emit(result)

    def _import_failed(self, exc: BaseException) -> None:
        from complaintdesk.services.importer import ImportRejected

        if isinstance(exc, ImportRejected):  # the file or the database changed since the dry run
            self._set_busy(False)
            self._show_report(exc.report)
            self.ui.status_label.setText(self.tr("Nothing was imported: the check found errors."))
            return
        self._task_failed(exc)

    def _task_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.ui.status_label.setText(fill(self.tr("Nothing was imported: %1"), _user_message(exc)))
        self._update_buttons()

    # --- showing -------------------------------------------------------------------------------

    def _fill_mapping(self, mapping: dict[str, str]) -> None:
        table = self.ui.mapping_table_widget
        columns = self._table.columns if self._table is not None else ()
        self._filling = True
        try:
            table.setRowCount(0)
            self._combos.clear()
            table.setRowCount(len(self._fields))
            for row, (name, field_name, required) in enumerate(self._fields):
                label = ui_text(field_name)
                item = QTableWidgetItem(f"{label} *" if required else label)
                item.setData(_ROLE.UserRole, name)
                item.setToolTip(name)
                if required:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, 0, item)
                combo = QComboBox(table)
                combo.setObjectName(f"{name}_combo")
                combo.addItem(self.tr("(not imported)"), _NOT_MAPPED)
                for column in columns:
                    combo.addItem(column, column)
                index = combo.findData(mapping.get(name, _NOT_MAPPED))
                combo.setCurrentIndex(max(index, 0))
                combo.currentIndexChanged.connect(self._mapping_changed)
                table.setCellWidget(row, 1, combo)
                self._combos[name] = combo
            table.resizeRowsToContents()
        finally:
            self._filling = False

    def _mapping_changed(self, *_args: object) -> None:
        if self._filling:
            return
        # A dry run of another mapping says nothing about this one.
        self._report = None
        self.problem_model.set_lines([])
        self.ui.summary_label.setStyleSheet("")
        self.ui.summary_label.setText(self.tr("The mapping changed: run the check again."))
        self._update_buttons()

    def _show_report(self, report: ImportReport) -> None:
        self._report = report
        self.problem_model.set_lines(problem_lines(report))
        if report.ok:
            text = fill(self.tr("%1 rows read, no errors. The import will create %2 case(s) (and add claims to %3 "
                                "existing case(s)), %4 claim(s), %5 payment(s), %6 enterprise(s) and %7 "
                                "respondent(s); %8 row(s) are skipped."),
                        str(report.rows), str(report.new_cases), str(report.extended_cases), str(report.new_claims),
                        str(report.new_payments), str(report.new_enterprises), str(report.new_respondents),
                        str(len(report.skipped)))
            self.ui.summary_label.setStyleSheet("")
        else:
            text = fill(self.tr("%1 rows read, %2 error(s): nothing can be imported until every error is corrected "
                                "in the file (or the mapping)."), str(report.rows), str(len(report.errors)))
            self.ui.summary_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.ui.summary_label.setText(text)
        self._update_buttons()

    def _may_import(self) -> bool:
        return self._report is not None and self._report.ok and self._result is None

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self._busy = busy
        tasks.show_busy(self.ui.busy_progress_bar, busy)  # hidden, its animation stops at once
        if message:
            self.ui.status_label.setText(message)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        idle = not self._busy
        ui.choose_file_button.setEnabled(idle)
        ui.mapping_table_widget.setEnabled(idle and self._table is not None)
        ui.dry_run_button.setEnabled(idle and self._table is not None)
        ui.import_button.setEnabled(idle and self._may_import())
        ui.import_button.setToolTip("" if self._may_import() else
                                    self.tr("Run the check first; the import is possible when it finds no error."))
        ui.close_button.setEnabled(idle)

    def _show_cases(self) -> None:
        if self._result is None:
            return
        from complaintdesk.services.case_query import CaseQuery

        self.showCasesRequested.emit(CaseQuery(ids=tuple(self._result.case_ids)),
                                     fill(self.tr("Imported from %1"), Path(self._path or "").name))

    def reject(self) -> None:
        if self._busy:  # an import already sent cannot be called back; its answer decides
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
        self.ui.mapping_table_widget.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column in the file")])
        for combo in self._combos.values():
            combo.setItemText(0, self.tr("(not imported)"))
