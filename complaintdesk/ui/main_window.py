"""The main window: menus, toolbar filters and the case list over the open office database."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QLineEdit, QMainWindow, QWidget

from complaintdesk.ui import dialogs, i18n, tasks
from complaintdesk.ui.case_table_model import CaseColumn, CaseTableModel
from complaintdesk.ui.errors import describe_error
from complaintdesk.ui.forms.ui_main_window import Ui_MainWindow
from complaintdesk.ui.icons import icon
from complaintdesk.ui.labels import fill, role_label
from complaintdesk.ui.widgets import ElidedLabel

if TYPE_CHECKING:
    from complaintdesk.services.office import Office

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250
# How long closing the window waits for a running query before the database is closed anyway.
SHUTDOWN_WAIT_MS = 10_000

_GEOMETRY_KEY = "main_window/geometry"
_STATE_KEY = "main_window/state"
_HEADER_KEY = "main_window/case_header"
_LAST_DIR_KEY = "main_window/last_database_dir"

_COLUMN_WIDTHS = {
    CaseColumn.CASE_NO: 110,
    CaseColumn.RECEIVED: 100,
    CaseColumn.COMPLAINANT: 250,
    CaseColumn.RESPONDENT: 250,
    CaseColumn.STATUS: 80,
    CaseColumn.HANDLER: 80,
    CaseColumn.NEXT_DUE: 150,
    CaseColumn.DAYS_LEFT: 150,
}


class QuickFilter(StrEnum):
    OPEN = "open"
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    ALL = "all"


# Same context and source text as the menu actions in forms/main_window.ui: one translation each.
_QUICK_FILTER_LABELS = {
    QuickFilter.OPEN: QT_TRANSLATE_NOOP("MainWindow", "Open cases"),
    QuickFilter.OVERDUE: QT_TRANSLATE_NOOP("MainWindow", "Overdue"),
    QuickFilter.DUE_SOON: QT_TRANSLATE_NOOP("MainWindow", "Due within 3 workdays"),
    QuickFilter.ALL: QT_TRANSLATE_NOOP("MainWindow", "All cases"),
}


def quick_filter_fields(quick: QuickFilter, text: str) -> dict[str, Any]:
    """The CaseQuery filter fields for a quick filter plus search text (sorting is left alone)."""
    fields: dict[str, Any] = {"statuses": (), "open_only": False, "overdue": False,
                              "due_within_workdays": None, "text": text.strip()}
    if quick == QuickFilter.OPEN:
        fields["open_only"] = True
    elif quick == QuickFilter.OVERDUE:
        fields["overdue"] = True
    elif quick == QuickFilter.DUE_SOON:
        fields["due_within_workdays"] = CaseTableModel.DUE_SOON_WORKDAYS
    return fields


# --- worker side: these run off the GUI thread, and are the first to import the data layer -----

def open_database_task(db: str | None) -> Office:
    from complaintdesk.services.office import Office

    return Office.open(db)


def open_demo_task(cases: int) -> Office:
    from complaintdesk.services.office import Office

    return Office.open_demo(cases=cases)


class _Placeholder(StrEnum):
    OPENING = "opening"
    FAILED = "failed"


class MainWindow(QMainWindow):
    """Shows one office at a time; opening (or switching) an office happens on a worker thread."""

    officeOpened = Signal()
    officeFailed = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._settings = settings
        self._office: Office | None = None
        self._opening = False
        self._demo = False
        self._placeholder = _Placeholder.OPENING
        self._quick_filter = QuickFilter.OPEN

        self.model = CaseTableModel(self)
        self._setup_actions()
        self._setup_toolbar()
        self._setup_table()
        self._setup_status_bar()
        self._restore_settings()
        self._retranslate()
        self._show_placeholder(_Placeholder.OPENING)

    # --- construction -------------------------------------------------------------------------

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.open_database_action.setIcon(icon("open_database"))
        ui.refresh_action.setIcon(icon("refresh"))
        ui.quit_action.setIcon(icon("quit"))
        ui.about_action.setIcon(icon("about"))
        ui.open_database_action.triggered.connect(self._ask_and_open_database)
        ui.open_database_button.clicked.connect(self._ask_and_open_database)
        ui.quit_action.triggered.connect(self.close)
        ui.refresh_action.triggered.connect(self.model.reload)
        ui.find_action.triggered.connect(self._focus_search)
        ui.about_action.triggered.connect(lambda: dialogs.show_about(self))

        self._filter_actions = {
            QuickFilter.OPEN: ui.filter_open_action,
            QuickFilter.OVERDUE: ui.filter_overdue_action,
            QuickFilter.DUE_SOON: ui.filter_due_soon_action,
            QuickFilter.ALL: ui.filter_all_action,
        }
        filter_group = QActionGroup(self)
        for key, action in self._filter_actions.items():
            filter_group.addAction(action)
            action.triggered.connect(partial(self.set_quick_filter, key))

        self._language_actions = {i18n.CHINESE: ui.chinese_action, i18n.ENGLISH: ui.english_action}
        language_group = QActionGroup(self)
        for lang, action in self._language_actions.items():
            language_group.addAction(action)
            action.triggered.connect(partial(self.switch_language, lang))

    def _setup_toolbar(self) -> None:
        # Designer cannot put widgets on a toolbar, so these two are made here.
        bar = self.ui.main_tool_bar
        self.filter_label = QLabel(self)
        self.filter_label.setObjectName("filter_label")
        self.filter_label.setContentsMargins(8, 0, 4, 0)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("filter_combo")
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key in QuickFilter:
            self.filter_combo.addItem("", key.value)
        self.filter_combo.activated.connect(
            lambda index: self.set_quick_filter(QuickFilter(self.filter_combo.itemData(index))))
        self.filter_label.setBuddy(self.filter_combo)
        self.search_line_edit = QLineEdit(self)
        self.search_line_edit.setObjectName("search_line_edit")
        self.search_line_edit.setClearButtonEnabled(True)
        self.search_line_edit.setMinimumWidth(220)
        self.search_line_edit.setMaximumWidth(420)
        bar.addWidget(self.filter_label)
        bar.addWidget(self.filter_combo)
        spacer = QWidget(self)
        spacer.setFixedWidth(12)
        bar.addWidget(spacer)
        bar.addWidget(self.search_line_edit)

        # Typing re-queries the database; wait for a pause instead of querying on every key.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search_line_edit.textChanged.connect(self._search_timer.start)
        self.search_line_edit.returnPressed.connect(self._apply_filters)

    def _setup_table(self) -> None:
        view = self.ui.case_table_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        for column, width in _COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(CaseColumn.RESPONDENT, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(CaseColumn.NEXT_DUE, Qt.SortOrder.AscendingOrder)
        # Rows all have one height; a fixed size spares the view from measuring 100,000 rows.
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 12)
        self.model.countChanged.connect(self._update_count)
        self.model.loadingChanged.connect(self._update_count)
        self.model.loadFailed.connect(self._show_load_error)

    def _setup_status_bar(self) -> None:
        bar = self.ui.status_bar
        self.location_label = ElidedLabel(self)
        self.location_label.setObjectName("location_label")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        self.user_label = QLabel(self)
        self.user_label.setObjectName("user_label")
        for label in (self.location_label, self.count_label, self.user_label):
            label.setContentsMargins(6, 0, 6, 0)
        bar.addWidget(self.location_label, 1)
        bar.addPermanentWidget(self.count_label)
        bar.addPermanentWidget(self.user_label)

    def _restore_settings(self) -> None:
        geometry = self._settings.value(_GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self._settings.value(_STATE_KEY)
        if state is not None:
            self.restoreState(state)
        header_state = self._settings.value(_HEADER_KEY)
        if header_state is not None:
            self.ui.case_table_view.horizontalHeader().restoreState(header_state)
        # Enabled after the indicator is restored: enabling sorts once, by the remembered column.
        self.ui.case_table_view.setSortingEnabled(True)
        try:
            self._quick_filter = QuickFilter(str(self._settings.value("main_window/quick_filter", "open")))
        except ValueError:
            self._quick_filter = QuickFilter.OPEN
        self._sync_filter_widgets()

    # --- opening an office --------------------------------------------------------------------

    @property
    def office(self) -> Office | None:
        return self._office

    def open_database(self, db: str | None = None) -> None:
        """Open ``db`` (a path or URL; None: the default database) without blocking the window."""
        self._demo = False
        self.open_office(partial(open_database_task, db))

    def open_demo(self, cases: int = 400) -> None:
        """Open a fresh throw-away demo office (deleted when the window closes)."""
        self._demo = True
        self.open_office(partial(open_demo_task, cases))

    def open_office(self, opener: Callable[[], Office]) -> None:
        """Run ``opener`` on a worker; the office it returns replaces the current one."""
        if self._opening:
            return
        self._opening = True
        self.ui.open_database_action.setEnabled(False)
        self.ui.open_database_button.setEnabled(False)
        if self._office is None:
            self._show_placeholder(_Placeholder.OPENING)
        self.ui.status_bar.showMessage(QCoreApplication.translate("MainWindow", "Opening the database…"))
        tasks.run_task(opener, self._office_opened, self._office_failed, owner=self)

    def _office_opened(self, office: Office) -> None:
        from complaintdesk.services.case_query import CaseQuery

        self._opening = False
        self.ui.open_database_action.setEnabled(True)
        self.ui.open_database_button.setEnabled(True)
        self.ui.status_bar.clearMessage()
        previous, self._office = self._office, office
        query = CaseQuery(**quick_filter_fields(self._quick_filter, self.search_line_edit.text()))
        self.model.set_source(office.cases, query)
        self.ui.central_stack.setCurrentWidget(self.ui.cases_page)
        self._retranslate()
        if previous is not None:
            # Closing disposes the engine and may delete a demo folder: not on the GUI thread.
            tasks.run_task(previous.close, lambda _result: None)
        self.officeOpened.emit()

    def _office_failed(self, exc: BaseException) -> None:
        self._opening = False
        self.ui.open_database_action.setEnabled(True)
        self.ui.open_database_button.setEnabled(True)
        self.ui.status_bar.clearMessage()
        message = describe_error(exc)
        if self._office is None:
            self._show_placeholder(_Placeholder.FAILED)
        dialogs.show_error(self, QCoreApplication.translate("MainWindow", "Cannot open the database"), message)
        self.officeFailed.emit(message)

    def _ask_and_open_database(self) -> None:
        start = str(self._settings.value(_LAST_DIR_KEY, "") or "")
        if not start and self._office is not None and self._office.target.sqlite_path is not None:
            start = str(self._office.target.sqlite_path.parent)
        path = dialogs.ask_database_file(self, start)
        if path:
            self._settings.setValue(_LAST_DIR_KEY, str(Path(path).parent))
            self.open_database(path)

    # --- filters ------------------------------------------------------------------------------

    @property
    def quick_filter(self) -> QuickFilter:
        return self._quick_filter

    def set_quick_filter(self, key: QuickFilter) -> None:
        self._quick_filter = QuickFilter(key)
        self._settings.setValue("main_window/quick_filter", self._quick_filter.value)
        self._sync_filter_widgets()
        self._apply_filters()

    def _sync_filter_widgets(self) -> None:
        self._filter_actions[self._quick_filter].setChecked(True)
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(self._quick_filter.value))

    def _apply_filters(self) -> None:
        self._search_timer.stop()
        query = self.model.query
        if query is None:  # no office yet: the filters are read when it opens
            return
        self.model.setQuery(dataclasses.replace(
            query, **quick_filter_fields(self._quick_filter, self.search_line_edit.text())))

    def _focus_search(self) -> None:
        self.search_line_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_line_edit.selectAll()

    # --- language -----------------------------------------------------------------------------

    def switch_language(self, lang: str) -> None:
        """Install the other translation; Qt then sends LanguageChange and the window retranslates."""
        lang = i18n.set_language(lang)
        self._settings.setValue(i18n.SETTINGS_KEY, lang)
        self._language_actions[lang].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self.model.retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Texts made in code (the form's own are redone by retranslateUi)."""
        title = QCoreApplication.translate("MainWindow", "ComplaintDesk")
        if self._demo:
            title = fill(QCoreApplication.translate("MainWindow", "%1 — demo data, deleted on exit"), title)
        self.setWindowTitle(title)
        self.filter_label.setText(QCoreApplication.translate("MainWindow", "Show:"))
        for index in range(self.filter_combo.count()):
            key = QuickFilter(self.filter_combo.itemData(index))
            self.filter_combo.setItemText(index, QCoreApplication.translate("MainWindow", _QUICK_FILTER_LABELS[key]))
        self.search_line_edit.setPlaceholderText(QCoreApplication.translate(
            "MainWindow", "Search case no., company, credit code, summary  (Ctrl+F)"))
        self._language_actions.get(i18n.current_language() or i18n.DEFAULT_LANGUAGE,
                                   self.ui.chinese_action).setChecked(True)
        self._show_placeholder(self._placeholder)
        self._update_location()
        self._update_count()

    def _show_placeholder(self, state: _Placeholder) -> None:
        self._placeholder = state
        if self._office is not None:
            return
        ui = self.ui
        if state == _Placeholder.OPENING:
            ui.placeholder_label.setText(QCoreApplication.translate("MainWindow", "Opening the database…"))
            ui.open_database_button.hide()
        else:
            ui.placeholder_label.setText(QCoreApplication.translate(
                "MainWindow", "No database is open. Open an office database, or create a new one."))
            ui.open_database_button.show()
        ui.central_stack.setCurrentWidget(ui.placeholder_page)

    # --- status bar ---------------------------------------------------------------------------

    def _update_location(self) -> None:
        office = self._office
        self.ui.refresh_action.setEnabled(office is not None)
        if office is None:
            self.location_label.setText(QCoreApplication.translate("MainWindow", "No database open"))
            self.location_label.setToolTip("")
            self.user_label.setText("")
            return
        self.location_label.setText(fill(QCoreApplication.translate("MainWindow", "Database: %1"),
                                         office.location))
        self.location_label.setToolTip(office.location)
        actor = office.actor
        self.user_label.setText(fill(QCoreApplication.translate("MainWindow", "User: %1 (%2)"),
                                     actor.display_name, role_label(actor.role)))

    def _update_count(self, *_args: object) -> None:
        if self._office is None:
            self.count_label.setText("")
        elif self.model.loading:
            self.count_label.setText(QCoreApplication.translate("MainWindow", "Loading…"))
        else:
            # self.tr: older pyside6-lupdate only recognises plural forms in tr() calls.
            self.count_label.setText(self.tr("%n case(s)", "", self.model.total))

    def _show_load_error(self, message: str) -> None:
        self.ui.status_bar.showMessage(
            fill(QCoreApplication.translate("MainWindow", "Could not read the case list: %1"), message), 15_000)

    # --- closing ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._settings.setValue(_GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(_STATE_KEY, self.saveState())
        self._settings.setValue(_HEADER_KEY, self.ui.case_table_view.horizontalHeader().saveState())
        self._settings.sync()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Let running queries finish, then close the office (idempotent)."""
        self.model.set_source(None)
        office, self._office = self._office, None
        if office is not None:
            if not tasks.wait_for_workers(SHUTDOWN_WAIT_MS):
                log.warning("a database task was still running at shutdown")
            office.close()
