"""The main window: menus, the filter panel, the case list and case tabs over the open office database."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTabBar,
    QTabWidget,
    QWidget,
)

from complaintdesk.ui import i18n, tasks
from complaintdesk.ui.case_table_model import CaseColumn, CaseTableModel, follow_viewport
from complaintdesk.ui.fill import fill
from complaintdesk.ui.forms.ui_main_window import Ui_MainWindow
from complaintdesk.ui.lazy_qt import Qt  # built on first use (ui/lazy_qt.py)
from complaintdesk.ui.messages import error_text, ui_text
from complaintdesk.ui.widgets import ElidedLabel
from complaintdesk.ui.window_host import Changed, OfficeChange

if TYPE_CHECKING:
    from complaintdesk.services.case_query import CaseQuery
    from complaintdesk.services.office import Office
    from complaintdesk.services.staged_office import StagedOffice
    from complaintdesk.ui.batch_supervision import LetterTools
    from complaintdesk.ui.case_view import CaseView
    from complaintdesk.ui.office_access import OfficeAccess, ReachedOffice
    from complaintdesk.ui.office_tools import OfficeTools
    from complaintdesk.ui.registration_dialog import RegistrationDialog
    from complaintdesk.ui.settings import SettingsDialog

log = logging.getLogger(__name__)


def _dialogs():
    """Message boxes and file pickers, imported when first shown (not before the window is up)."""
    from complaintdesk.ui import dialogs

    return dialogs

SEARCH_DELAY_MS = 250
# How long closing the window waits for a running query before the database is closed anyway.
SHUTDOWN_WAIT_MS = 10_000

_GEOMETRY_KEY = "main_window/geometry"
_STATE_KEY = "main_window/state"
_HEADER_KEY = "main_window/case_header"
_LAST_DIR_KEY = "main_window/last_database_dir"

# What each page of the settings dialog changes, for the views (``settingsChanged`` names the page).
_SETTINGS_CHANGES = {
    "calendar": (Changed.SETTINGS, Changed.CALENDAR),
    "users": (Changed.USERS,),
}

# The menu actions' shortcuts, given once the first frame is painted (complete_setup), not by the form: a key
# sequence makes PySide6 build Qt's whole namespace of enums (≈ 20 ms, see ui/lazy_qt.py). The Qt classes only
# the second stage uses (QKeySequence, QDockWidget, QScrollArea) are imported there too: PySide6
# sets up a class at its first import, with its enums (0.5–2 ms each).
_SHORTCUTS = {
    "new_case_action": "Ctrl+N", "next_case_action": "Alt+PgDown", "previous_case_action": "Alt+PgUp",
    "close_case_action": "Ctrl+W", "open_database_action": "Ctrl+O", "quit_action": "Ctrl+Q",
    "settings_action": "Ctrl+,", "find_action": "Ctrl+F", "refresh_action": "F5",
}

_COLUMNS_KEY = "main_window/case_columns"
# The deadline and the time left are what the list is for: never hidden. When the window is narrow,
# the received date goes first, then the handler, then the status (all three are in the row's tooltip).
_HIDE_RANK = {CaseColumn.RECEIVED: 1, CaseColumn.HANDLER: 2, CaseColumn.STATUS: 3}
_NAME_SHARES = {CaseColumn.COMPLAINANT: 55, CaseColumn.RESPONDENT: 45}


# The case view and the registration dialog (with their forms, models and the PDF viewer) are
# imported when first needed, or once the first rows are on screen: not before the window shows.
_LATER_MODULES = ("complaintdesk.ui.case_view", "complaintdesk.ui.registration_dialog")


def _import_later_modules() -> None:
    import importlib

    for name in _LATER_MODULES:
        importlib.import_module(name)


# --- worker side: these run off the GUI thread, and are the first to import the data layer -----

def open_database_task(db: str | None) -> Office | StagedOffice:
    """The office at ``db``: staged where it can be (its sign-in and first screen before the data layer is
    imported: services/staged_office.py), else opened whole."""
    from complaintdesk.services.staged_office import open_staged

    staged = open_staged(db)
    if staged is not None:
        return staged
    from complaintdesk.services.office import Office

    return Office.open(db)


def reach_office_task(opener: Callable[[], Office]) -> ReachedOffice:
    """office_access.reach_office, that module imported by the time this runs (complete_setup builds
    OfficeAccess before the worker starts), not while the first frame waits for it."""
    from complaintdesk.ui.office_access import reach_office

    return reach_office(opener)


def open_demo_task(cases: int) -> Office:
    from complaintdesk.services.demo import DEMO_PASSWORD
    from complaintdesk.services.office import DEMO_DESK_USER, Office

    office = Office.open_demo(cases=cases)
    try:
        office.sign_in(DEMO_DESK_USER, DEMO_PASSWORD)  # a newcomer sees a working office at once
    except BaseException:
        office.close()
        raise
    return office


class _Placeholder(StrEnum):
    OPENING = "opening"
    FAILED = "failed"


class MainWindow(QMainWindow):
    """Shows one office at a time; opening (or switching) an office happens on a worker thread."""

    officeOpened = Signal()
    officeFailed = Signal(str)
    officeChanged = Signal(object)  # OfficeChange: emitted once after every write, views refresh from it

    def __init__(self, settings: QSettings, parent: QWidget | None = None, *, staged: bool = False):
        """``staged``: build the frame, menus, toolbar and placeholder page now, and the rest (the case
        list's columns, the filter panel, the office-access menu) right after the frame is first painted,
        so that a user sees the window at once. Otherwise everything is built here. The statistics and
        letter tools (their menus) come last: see ``_build_tools``."""
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._settings = settings
        self._office: Office | None = None
        self._staged: StagedOffice | None = None  # signed in, its first screen shown, the office still loading
        self._opening = False
        self._demo = False
        self._requested_db: str | None = None
        self._placeholder = _Placeholder.OPENING
        self.settings_dialog: SettingsDialog | None = None
        self.registration_dialog: RegistrationDialog | None = None

        self.model = CaseTableModel(self)
        self._complete = False
        self._setup_actions()
        self._setup_toolbar()
        self._setup_case_tabs()
        self._setup_figure_banner()
        self._setup_status_bar()
        self._restore_settings()
        # Sign-in, set-up, passwords, backup and restore: built with the second stage (the File and User
        # menus' actions stay disabled until then: no office is open before it).
        self.access: OfficeAccess | None = None
        self.tools: OfficeTools | None = None  # see _build_tools
        self.letters: LetterTools | None = None
        self.officeChanged.connect(self._refresh_views)
        self._retranslate()
        self._show_placeholder(_Placeholder.OPENING)
        self._complete_after_paint = staged
        self._start_after_paint: Callable[[], object] | None = None
        if not staged:
            self.complete_setup()

    def complete_setup(self) -> None:
        """The second stage of construction (idempotent; see ``staged``)."""
        if self._complete:
            return
        from PySide6.QtGui import QKeySequence  # Qt classes the first frame does not use: see _SHORTCUTS

        from complaintdesk.ui.icons import icon
        from complaintdesk.ui.office_access import OfficeAccess

        self._complete = True
        self._complete_after_paint = False
        for name, keys in _SHORTCUTS.items():
            getattr(self.ui, name).setShortcut(QKeySequence(keys))
        # Before any page can arrive (the office is opened after this): the case view once the first is in.
        self.model.pageLoaded.connect(self._load_case_modules, Qt.ConnectionType.SingleShotConnection)
        self._setup_table()  # not shown before an office is open: the placeholder page covers it
        self.access = OfficeAccess(self)
        self._setup_access_actions()
        self._setup_filter_panel()
        ui = self.ui
        for action, name in ((ui.open_database_action, "open_database"), (ui.refresh_action, "refresh"),
                             (ui.quit_action, "quit"), (ui.about_action, "about"), (ui.new_case_action, "new_case")):
            action.setIcon(icon(name))
        # One filter state, owned by the panel: the menu offers its quick filters and shows/hides it.
        ui.quick_filter_menu.addActions(self.filter_panel.quick_actions())
        ui.view_menu.insertAction(ui.find_action, self.filter_dock.toggleViewAction())
        state = self._settings.value(_STATE_KEY)
        if state is not None:
            self.restoreState(state)  # where the user left the docks and toolbars
        self.filter_dock.setWindowTitle(QCoreApplication.translate("MainWindow", "Filters"))
        self._update_case_actions()
        if not self._opening:
            self._build_tools()
        # Only now the office is opened, on a worker: two Python threads at once would each wait for
        # the interpreter at every file the other reads, and both would take longer.
        start, self._start_after_paint = self._start_after_paint, None
        if start is not None:
            start()

    def _build_tools(self) -> None:
        """The Statistics menu's tools (dashboard, approvals, import, reports) and the Letters menu's (batch
        supervision letters). Only an open office uses them: while one is being opened they are built once
        the list's first screen is painted (or the opening failed), off the way to the first rows; else
        with the rest of the window. Idempotent."""
        if self.tools is not None:
            return
        from complaintdesk.ui.batch_supervision import LetterTools
        from complaintdesk.ui.office_tools import OfficeTools

        self.tools = OfficeTools(self)
        self.letters = LetterTools(self)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self._complete_after_paint:
            self._complete_after_paint = False
            QTimer.singleShot(0, self.complete_setup)  # once this first frame is on screen; then the office

    # --- construction -------------------------------------------------------------------------

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.open_database_action.triggered.connect(self._ask_and_open_database)
        ui.open_database_button.clicked.connect(self._ask_and_open_database)
        ui.quit_action.triggered.connect(self.close)
        ui.refresh_action.triggered.connect(self.refresh)
        ui.find_action.triggered.connect(self._focus_search)
        ui.about_action.triggered.connect(lambda: _dialogs().show_about(self))
        ui.settings_action.triggered.connect(self.open_settings)
        ui.settings_action.setEnabled(False)

        self._language_actions = {i18n.CHINESE: ui.chinese_action, i18n.ENGLISH: ui.english_action}
        language_group = QActionGroup(self)
        for lang, action in self._language_actions.items():
            language_group.addAction(action)
            action.triggered.connect(partial(self.switch_language, lang))

    def _setup_filter_panel(self) -> None:
        from PySide6.QtWidgets import QDockWidget, QScrollArea

        from complaintdesk.ui.filter_panel import FilterPanel

        # A dock, so that the user can move it to the other side or close it (View menu brings it back).
        self.filter_panel = FilterPanel(self._settings, self)
        self.filter_dock = QDockWidget(self)
        self.filter_dock.setObjectName("filter_dock")
        self.filter_dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.filter_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                     | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        # Scrollable, so that the panel never sets a minimum height on the window (small laptop screens).
        scroller = QScrollArea(self.filter_dock)
        scroller.setObjectName("filter_scroll_area")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(self.filter_panel)
        self._filter_scroller = scroller
        self._fit_filter_dock()
        self.filter_dock.setWidget(scroller)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.filter_dock)
        if self.isVisible():
            self.filter_dock.show()  # added to a window already on screen (see ``staged``)
        self.filter_panel.changed.connect(self._apply_filters)
        self.filter_panel.cleared.connect(lambda: self.search_line_edit.clear())
        self.filter_panel.dueSoonDefaultChanged.connect(self.model.set_due_soon_workdays)

    def _fit_filter_dock(self) -> None:
        """The dock as wide as the panel needs in the current language (English labels are longer)."""
        self.filter_panel.layout().activate()
        self._filter_scroller.setMinimumWidth(self.filter_panel.minimumSizeHint().width()
                                              + self._filter_scroller.verticalScrollBar().sizeHint().width())

    def _setup_toolbar(self) -> None:
        # Designer cannot put widgets on a toolbar, so the search box is made here.
        bar = self.ui.main_tool_bar
        self.search_line_edit = QLineEdit(self)
        self.search_line_edit.setObjectName("search_line_edit")
        self.search_line_edit.setClearButtonEnabled(True)
        self.search_line_edit.setMinimumWidth(220)
        self.search_line_edit.setMaximumWidth(420)
        spacer = QWidget(self)
        spacer.setFixedWidth(12)
        bar.addWidget(spacer)
        bar.addWidget(self.search_line_edit)
        # Why the text in the box is not searched for (too long, a NUL): beside the box, in words.
        self.search_problem_label = QLabel(self)
        self.search_problem_label.setObjectName("search_problem_label")
        self.search_problem_label.setStyleSheet("color: #b00020; padding-left: 6px;")
        # A tool bar shows and hides its widgets through their actions.
        self._search_problem_action = bar.addWidget(self.search_problem_label)
        self._search_problem_action.setVisible(False)

        # Typing re-queries the database; wait for a pause instead of querying on every key.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search_line_edit.textChanged.connect(self._search_timer.start)
        self.search_line_edit.returnPressed.connect(self._apply_filters)

    def _setup_table(self) -> None:
        from complaintdesk.ui.column_fit import ColumnFitter, ColumnRule

        view = self.ui.case_table_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        header.setSortIndicator(CaseColumn.NEXT_DUE, Qt.SortOrder.AscendingOrder)
        self.column_fitter = ColumnFitter(view, [
            ColumnRule(column, texts=partial(self.model.widest_texts, column), share=_NAME_SHARES.get(column, 0),
                       hide_rank=_HIDE_RANK.get(column, 0)) for column in CaseColumn
        ], self._settings, _COLUMNS_KEY)
        # Rows all have one height; a fixed size spares the view from measuring 100,000 rows.
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 12)
        follow_viewport(self.model, view)  # pages of a screen and a half, whatever the window's size
        self.model.countChanged.connect(self._update_count)
        self.model.loadingChanged.connect(self._update_count)
        self.model.loadFailed.connect(self._show_load_error)
        header_state = self._settings.value(_HEADER_KEY)
        if header_state is not None:
            header.restoreState(header_state)
        self.column_fitter.take_over()  # the widths are the fitter's, whatever an older version saved
        # Enabled after the indicator is restored: enabling sorts once, by the remembered column.
        view.setSortingEnabled(True)

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

    # --- opening an office --------------------------------------------------------------------

    @property
    def office(self) -> Office | None:
        return self._office

    def open_database(self, db: str | None = None) -> None:
        """Open ``db`` (a path or URL; None: the default database) without blocking the window."""
        self._demo = False
        self._requested_db = db
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
        start = partial(tasks.run_task, partial(reach_office_task, opener), self._office_reached,
                        self._office_failed, owner=self)

        if self._complete_after_paint:
            # The worker would compete with the first paint for the interpreter: it starts right after it.
            self._start_after_paint = start
        else:
            start()

    def _office_reached(self, reached: ReachedOffice) -> None:
        self.complete_setup()  # done by now unless an office was asked for between the first paint and it
        # Shown only once someone signed in (or set up the first administrator).
        self.access.admit(reached, self._office_opened, self._office_refused)

    def _office_refused(self, office: Office) -> None:
        """The sign-in was cancelled: like a failed open, the window stays without that office."""
        self._opening = False
        self._build_tools()
        self.ui.open_database_action.setEnabled(True)
        self.ui.open_database_button.setEnabled(True)
        if office is not self._office:
            tasks.run_task(office.close, lambda _result: None)
        if self._office is None:
            self._show_placeholder(_Placeholder.FAILED)
        self.ui.status_bar.showMessage(QCoreApplication.translate(
            "MainWindow", "Nobody signed in: the database was not opened."), 15_000)

    def _office_opened(self, office: Office | StagedOffice) -> None:
        from complaintdesk.services.case_query import CaseQuery
        from complaintdesk.services.staged_office import StagedOffice

        if isinstance(office, StagedOffice):
            self._show_first_screen(office)
            return
        self._opening = False
        self.ui.open_database_action.setEnabled(True)
        self.ui.open_database_button.setEnabled(True)
        self.ui.status_bar.clearMessage()
        self.complete_setup()
        previous, self._office = self._office, office
        self.filter_panel.set_office(office, load_choices=False)
        self.ui.settings_action.setEnabled(True)
        query = CaseQuery(**self.filter_panel.query_fields(self._search_text() or ""))
        self.model.set_source(office.cases, query)
        self._once_listed(self._reload_filter_choices)
        self.ui.central_stack.setCurrentWidget(self.ui.cases_page)
        self._retranslate()
        if previous is not None and previous is not office:  # the same office: another user signed in
            # Closing disposes the engine and may delete a demo folder: not on the GUI thread.
            tasks.run_task(previous.close, lambda _result: None)
        self.access.welcome(office, demo=self._demo)
        log.info("office opened: %s%s, signed in as %s", office.location, " (demo)" if self._demo else "",
                 office.actor.username)
        self.officeOpened.emit()

    def _show_first_screen(self, staged: StagedOffice) -> None:
        """Someone signed in to an office opened in stages: the list's first screen now, over its plain
        connection; the office itself once its data layer has loaded (``_office_opened`` then lets it in, and
        the list reads on from it). Loading starts once the first screen is in: beside it, the two would only
        take turns at the interpreter. Until then the window shows the rows and waits (still opening)."""
        from complaintdesk.services.case_query import CaseQuery

        self._staged = staged
        self.complete_setup()
        if self._office is not None:  # another office was open: nothing may act on it under the new one's rows
            tasks.run_task(self.detach_office().close, lambda _result: None)
        self.filter_panel.set_office(staged, load_choices=False)  # its actor: whose cases are "mine"
        self.model.set_source(staged.cases, CaseQuery(**self.filter_panel.query_fields(self._search_text() or "")))
        self.ui.central_stack.setCurrentWidget(self.ui.cases_page)

        def complete() -> None:
            if self._staged is staged:  # not for one the window left meanwhile
                tasks.run_task(staged.complete, partial(self._staged_completed, staged),
                               partial(self._staged_failed, staged), owner=self)

        self._once_listed(complete)

    def _staged_completed(self, staged: StagedOffice, office: Office) -> None:
        if self._staged is not staged:  # the window was shut meanwhile
            tasks.run_task(office.close, lambda _result: None)
            return
        self._staged = None
        self._office_opened(office)

    def _staged_failed(self, staged: StagedOffice, exc: BaseException) -> None:
        if self._staged is not staged:
            return
        self._staged = None
        self.model.set_source(None)
        tasks.run_task(staged.close, lambda _result: None)
        self._office_failed(exc)

    def _once_listed(self, then: Callable[[], object]) -> None:
        """``then`` once the list's first screen is in (or failed) and painted; at once if it is in already. What
        runs beside the first screen only slows it down (two threads take turns at the interpreter)."""
        if not self.model.loading:
            then()
            return

        def listed(loading: bool) -> None:
            if not loading:
                self.model.loadingChanged.disconnect(listed)
                QTimer.singleShot(0, self, then)  # the rows are painted first

        self.model.loadingChanged.connect(listed)

    def _reload_filter_choices(self) -> None:
        """The filters' staff and procedures, read once the list's first screen is in (``_once_listed``)."""
        self._build_tools()  # the first screen is painted: now the Statistics and Letters menus
        if self._office is not None:  # not for an office closed meanwhile
            self.filter_panel.reload_choices()

    def _office_failed(self, exc: BaseException) -> None:
        self.complete_setup()
        self._opening = False
        self._build_tools()
        self.ui.open_database_action.setEnabled(True)
        self.ui.open_database_button.setEnabled(True)
        self.ui.status_bar.clearMessage()
        message = error_text(exc)
        if self._office is None:
            self._show_placeholder(_Placeholder.FAILED)
        if not self.access.offer_recovery(exc, self._requested_db):  # a damaged file: restore a backup?
            _dialogs().show_error(self, QCoreApplication.translate("MainWindow", "Cannot open the database"), message)
        self.officeFailed.emit(message)

    def _ask_and_open_database(self) -> None:
        start = str(self._settings.value(_LAST_DIR_KEY, "") or "")
        if not start and self._office is not None and self._office.target.sqlite_path is not None:
            start = str(self._office.target.sqlite_path.parent)
        path = _dialogs().ask_database_file(self, start)
        if path:
            self._settings.setValue(_LAST_DIR_KEY, str(Path(path).parent))
            self.open_database(path)

    # --- who is signed in ----------------------------------------------------------------------

    def close_user_windows(self) -> bool:
        """Close what belongs to the signed-in user (a half-typed complaint only if they agree)."""
        registration = self.registration_dialog
        if registration is not None:
            if registration.dirty and not _dialogs().ask_discard_changes(registration):
                return False
            registration.mark_clean()
            registration.close()
        if self.settings_dialog is not None:
            if not self.settings_dialog.close():
                return False
        return True

    def user_switched(self, office: Office) -> None:
        """Another user signed in to the open office: their rights, their "my cases", no tabs of the last one."""
        if office is self._office:
            self._office_opened(office)

    def detach_office(self) -> Office | None:
        """Stop showing the office without closing it (a restore closes it on a worker, then replaces it)."""
        self.model.set_source(None)
        office, self._office = self._office, None
        self._close_case_tabs_of_old_office()
        self.ui.settings_action.setEnabled(False)
        self._show_placeholder(_Placeholder.OPENING)
        self._retranslate()
        return office

    # --- filters ------------------------------------------------------------------------------

    def _apply_filters(self) -> None:
        self._search_timer.stop()
        query = self.model.query
        if query is None:  # no office yet: the filters are read when it opens
            return
        text = self._search_text()
        if text is None:  # the list stays as it is; the box says why
            return
        if self._figure_title is not None:
            # Leaving a figure's list: its conditions (ids, township, claims…) must not stay behind.
            from complaintdesk.services.case_query import CaseQuery

            self._leave_figure()
            query = CaseQuery(sort=query.sort, descending=query.descending)
        import dataclasses  # loaded by then (the query is one); not before the first paint

        self.model.setQuery(dataclasses.replace(query, **self.filter_panel.query_fields(text)))

    def _search_text(self) -> str | None:
        """The search box's text, or None — with the reason shown beside the box — when the case list
        cannot search for it (``case_query.search_problem``: too long, control characters)."""
        from complaintdesk.services.case_query import search_problem

        problem = search_problem(self.search_line_edit.text())
        self.search_problem_label.setText(ui_text(problem) if problem is not None else "")
        self._search_problem_action.setVisible(problem is not None)
        return None if problem is not None else self.search_line_edit.text()

    # --- the cases behind a figure ---------------------------------------------------------------

    def _setup_figure_banner(self) -> None:
        self._figure_title: str | None = None
        self.figure_banner = QFrame(self.ui.case_list_tab)
        self.figure_banner.setObjectName("figure_banner")
        self.figure_banner.setStyleSheet("#figure_banner { background: #e8f0fb; border-bottom: 1px solid #b9cbe6; }")
        self.figure_banner_label = QLabel(self.figure_banner)
        self.figure_banner_label.setObjectName("figure_banner_label")
        self.figure_banner_label.setWordWrap(True)
        self.figure_back_button = QPushButton(self.figure_banner)
        self.figure_back_button.setObjectName("figure_back_button")
        self.figure_back_button.clicked.connect(self._apply_filters)
        layout = QHBoxLayout(self.figure_banner)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.figure_banner_label, 1)
        layout.addWidget(self.figure_back_button)
        self.ui.cases_layout.insertWidget(0, self.figure_banner)
        self.figure_banner.hide()
        self.officeOpened.connect(self._leave_figure)

    @property
    def figure_title(self) -> str | None:
        """Which figure the list shows the cases of (None: the list follows the filters)."""
        return self._figure_title

    def show_query(self, query: CaseQuery, title: str) -> None:
        """List exactly the cases of ``query`` (a dashboard figure…), with a banner naming it and a way back."""
        if self._office is None:
            return
        self._search_timer.stop()
        self._figure_title = title
        self._retranslate_figure_banner()
        self.figure_banner.show()
        self.ui.case_tab_widget.setCurrentWidget(self.ui.case_list_tab)
        self.model.set_source(self._office.cases, query)  # keeps the sort the user chose for the list

    def _leave_figure(self) -> None:
        self._figure_title = None
        self.figure_banner.hide()

    def _retranslate_figure_banner(self) -> None:
        self.figure_banner_label.setText(fill(QCoreApplication.translate(
            "MainWindow", "Showing the cases behind “%1”. The filters and the search do not apply."),
            self._figure_title or ""))
        self.figure_back_button.setText(QCoreApplication.translate("MainWindow", "&Back to the filtered list"))

    def _focus_search(self) -> None:
        self.search_line_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_line_edit.selectAll()

    # --- settings -----------------------------------------------------------------------------

    def open_settings(self) -> SettingsDialog | None:
        """Show the office settings (one dialog at a time); what it saves is shown in the list at once."""
        if self._office is None:
            return None
        # Imported here: the settings services load SQLAlchemy, which must wait until the window shows.
        from complaintdesk.ui.settings import SettingsDialog

        dialog = self.settings_dialog
        if dialog is None or dialog.office is not self._office:
            if dialog is not None:
                dialog.close()
            dialog = SettingsDialog(self._office, self._settings, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.settingsChanged.connect(self._settings_changed)
            dialog.destroyed.connect(self._settings_dialog_gone)
            self.settings_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _settings_dialog_gone(self) -> None:
        self.settings_dialog = None

    def _settings_changed(self, what: str) -> None:
        self.office_changed(OfficeChange.of(*_SETTINGS_CHANGES.get(what, (Changed.SETTINGS,))))

    # --- the one change signal, and the window as its helpers' host (see ui.window_host) ---------

    def office_changed(self, change: OfficeChange) -> None:
        """Something was written: every view showing the office refreshes from ``officeChanged``."""
        if self._office is not None:
            self.officeChanged.emit(change)

    def refresh(self) -> None:
        """Read everything again (F5): another desk may have changed anything."""
        self.office_changed(OfficeChange.everything())

    def _refresh_views(self, change: OfficeChange) -> None:
        # The list shows handlers, deadlines and statuses: every kind of change can move a row.
        self.model.reload()
        if self._complete and change.touches(Changed.SETTINGS, Changed.CALENDAR, Changed.USERS):
            # A new holiday schedule moves deadlines and clears provisional marks; new staff or
            # procedures and the due-soon default change the filter choices.
            self.filter_panel.reload_choices()
        for view in self.case_views():
            if view is not change.origin and change.touches_case(view.case_id):
                view.reload()

    @property
    def settings(self) -> QSettings:
        return self._settings

    @property
    def tabs(self) -> QTabWidget:
        return self.ui.case_tab_widget

    def dialog_parent(self) -> QWidget:
        return self

    def insert_menu(self, menu: QMenu) -> None:
        self.menuBar().insertMenu(self.ui.settings_menu.menuAction(), menu)

    def show_status(self, text: str, msecs: int = 10_000) -> None:
        if text:
            self.ui.status_bar.showMessage(text, msecs)
        else:
            self.ui.status_bar.clearMessage()

    def choose_database(self) -> None:
        self._ask_and_open_database()

    def _setup_access_actions(self) -> None:
        ui = self.ui
        ui.backup_action.triggered.connect(self.access.back_up)
        ui.restore_action.triggered.connect(self.access.restore)
        ui.change_password_action.triggered.connect(self.access.change_password)
        ui.switch_user_action.triggered.connect(self.access.switch_user)
        self.access.busyChanged.connect(self._update_access_actions)
        self._update_access_actions()

    def _update_access_actions(self, *_args: object) -> None:
        ui = self.ui
        office = self._office
        idle = office is not None and self.access is not None and not self.access.busy
        for action in (ui.backup_action, ui.restore_action, ui.switch_user_action):
            action.setEnabled(idle)
        # Only a signed-in user has a password to change (not the system, not an unknown desk user).
        ui.change_password_action.setEnabled(idle and office.actor.user_id is not None)

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
            if self._complete:
                # Once the panel has its new texts; not at all if the window is gone by then.
                QTimer.singleShot(0, self.filter_panel, self._fit_filter_dock)
                self.column_fitter.fit()  # the texts' widths change with the language
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Texts made in code (the form's own are redone by retranslateUi)."""
        title = QCoreApplication.translate("MainWindow", "ComplaintDesk")
        if self._demo:
            title = fill(QCoreApplication.translate("MainWindow", "%1 — demo data, deleted on exit"), title)
        self.setWindowTitle(title)
        if self._complete:
            self.filter_dock.setWindowTitle(QCoreApplication.translate("MainWindow", "Filters"))
        self.search_line_edit.setPlaceholderText(QCoreApplication.translate(
            "MainWindow", "Search case no., company, credit code, summary  (Ctrl+F)"))
        self._language_actions.get(i18n.current_language() or i18n.DEFAULT_LANGUAGE,
                                   self.ui.chinese_action).setChecked(True)
        self._show_placeholder(self._placeholder)
        self._update_location()
        self._update_count()
        self._retranslate_figure_banner()

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
        self._update_access_actions()
        if office is None:
            self.location_label.setText(QCoreApplication.translate("MainWindow", "No database open"))
            self.location_label.setToolTip("")
            self.user_label.setText("")
            return
        self.location_label.setText(fill(QCoreApplication.translate("MainWindow", "Database: %1"),
                                         office.location))
        self.location_label.setToolTip(office.location)
        from complaintdesk.ui.labels import role_label  # an office is open: the frame is long painted

        actor = office.actor
        self.user_label.setText(fill(QCoreApplication.translate("MainWindow", "User: %1 (%2)"),
                                     actor.display_name, role_label(actor.role)))
        self.user_label.setToolTip(actor.username)

    def _update_count(self, *_args: object) -> None:
        if self.model.query is None:  # no list shown (a staged office's first screen is one)
            self.count_label.setText("")
        elif self.model.loading:
            self.count_label.setText(QCoreApplication.translate("MainWindow", "Loading…"))
        else:
            # self.tr: older pyside6-lupdate only recognises plural forms in tr() calls.
            self.count_label.setText(self.tr("%n case(s)", "", self.model.total))

    def _show_load_error(self, message: str) -> None:
        self.ui.status_bar.showMessage(
            fill(QCoreApplication.translate("MainWindow", "Could not read the case list: %1"), message), 15_000)

    # --- cases: registering, opening, stepping through the list ----------------------------------

    def _setup_case_tabs(self) -> None:
        self._case_view_list: list[CaseView] = []  # the open case tabs, in the order they were opened
        ui = self.ui
        tabs = ui.case_tab_widget
        # The list is always there: only case tabs can be closed.
        tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.RightSide, None)
        tabs.tabCloseRequested.connect(lambda index: self.close_case_tab(tabs.widget(index)))
        tabs.currentChanged.connect(self._update_case_actions)
        ui.case_table_view.activated.connect(self._open_list_row)
        ui.new_case_action.triggered.connect(self.new_case)
        ui.next_case_action.triggered.connect(partial(self.step_case, 1))
        ui.previous_case_action.triggered.connect(partial(self.step_case, -1))
        ui.close_case_action.triggered.connect(lambda: self.close_case_tab(tabs.currentWidget()))
        self.officeOpened.connect(self._close_case_tabs_of_old_office)
        self.model.pageLoaded.connect(self._retry_step)
        self._pending_step: tuple[CaseView, int] | None = None
        self._filters_hidden_for_case = False
        self._update_case_actions()

    def _load_case_modules(self, *_args: object) -> None:
        # The first rows are painted: the idle moment to load what opening a case will need.
        QTimer.singleShot(0, _import_later_modules)

    def case_views(self) -> list[CaseView]:
        tabs = self.ui.case_tab_widget
        return [w for w in (tabs.widget(i) for i in range(tabs.count())) if self._is_case_view(w)]

    def current_case_view(self) -> CaseView | None:
        widget = self.ui.case_tab_widget.currentWidget()
        return widget if self._is_case_view(widget) else None

    def _is_case_view(self, widget: object) -> bool:
        # The window knows its case tabs: no need to import (or look up) the case view's module.
        return any(widget is view for view in self._case_view_list)

    def _update_case_actions(self, *_args: object) -> None:
        ui = self.ui
        ui.new_case_action.setEnabled(self._office is not None)
        on_case = self.current_case_view() is not None
        for action in (ui.next_case_action, ui.previous_case_action, ui.close_case_action):
            action.setEnabled(on_case)
        # The filters belong to the list: a case tab gets their room, the list gets them back.
        if not self._complete:
            return
        if on_case and self.filter_dock.isVisible():
            self.filter_dock.hide()
            self._filters_hidden_for_case = True
        elif not on_case and self._filters_hidden_for_case:
            self.filter_dock.show()
            self._filters_hidden_for_case = False

    def new_case(self) -> RegistrationDialog | None:
        """Open the registration dialog (one at a time; it does not block the list)."""
        if self._office is None:
            return None
        if self.registration_dialog is not None:
            self.registration_dialog.raise_()
            self.registration_dialog.activateWindow()
            return self.registration_dialog
        from complaintdesk.ui.registration_dialog import RegistrationDialog

        dialog = RegistrationDialog(self._office.registration, self._office.lookup, current_user_id=self._office.actor.user_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._case_registered)
        dialog.destroyed.connect(self._registration_dialog_gone)
        self.registration_dialog = dialog
        dialog.show()
        return dialog

    def _registration_dialog_gone(self) -> None:
        self.registration_dialog = None

    def _case_registered(self, detail) -> None:
        self.office_changed(OfficeChange.of_cases({detail.id}))
        view = self.open_case(detail.id)
        view.set_detail(detail)
        self.show_status(fill(QCoreApplication.translate("MainWindow", "Case %1 registered."), detail.case_no))

    def _open_list_row(self, index) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.open_case(row.id, list_row=index.row())

    def open_case(self, case_id: int, *, list_row: int | None = None) -> CaseView:
        """Show the case in its tab (made if needed) and bring that tab to the front."""
        tabs = self.ui.case_tab_widget
        for view in self.case_views():
            if view.case_id == case_id:
                if list_row is not None:
                    view.list_row = list_row
                tabs.setCurrentWidget(view)
                return view
        if self._office is None:
            raise RuntimeError("no office is open")
        from complaintdesk.ui.case_view import CaseView

        view = CaseView(self._office, case_id, self)
        view.list_row = list_row
        view.caseChanged.connect(partial(self._case_changed_in, view))
        view.titleChanged.connect(partial(self._set_case_tab_title, view))
        self._case_view_list.append(view)
        tabs.addTab(view, "…")
        tabs.setCurrentWidget(view)
        return view

    def _case_changed_in(self, view: CaseView, case_id: int) -> None:
        # The view saved the change and shows its result already: the others refresh.
        self.office_changed(OfficeChange.of_cases({case_id}, origin=view))

    def _set_case_tab_title(self, view: CaseView, title: str) -> None:
        index = self.ui.case_tab_widget.indexOf(view)
        if index >= 0:
            self.ui.case_tab_widget.setTabText(index, title)
            if view.detail is not None:
                self.ui.case_tab_widget.setTabToolTip(index, view.detail.complainant.name)

    def close_case_tab(self, widget: QWidget | None) -> None:
        if not self._is_case_view(widget):
            return
        tabs = self.ui.case_tab_widget
        was_current = tabs.currentWidget() is widget
        self._case_view_list.remove(widget)
        tabs.removeTab(tabs.indexOf(widget))
        widget.deleteLater()
        if was_current:
            tabs.setCurrentWidget(self.ui.case_list_tab)  # back to the list the case came from

    def _close_case_tabs_of_old_office(self) -> None:
        for view in self.case_views():
            self.close_case_tab(view)
        self._update_case_actions()

    def _list_row_of(self, view: CaseView) -> int | None:
        """Where the view's case is in the list as it is now (None when the filters leave it out)."""
        model = self.model
        candidates = [view.list_row] if view.list_row is not None else []
        current = self.ui.case_table_view.currentIndex()
        if current.isValid():
            candidates.append(current.row())
        candidates.extend(range(model.rowCount()))
        for row in candidates:
            if 0 <= row < model.rowCount() and model.is_row_loaded(row):
                case = model.row_at(row)
                if case is not None and case.id == view.case_id:
                    return row
        return None

    def step_case(self, delta: int) -> None:
        """Show the next (+1) or previous (-1) case of the list, in the order the list shows them."""
        view = self.current_case_view()
        if view is None:
            return
        row = self._list_row_of(view)
        if row is None:
            row = -1 if delta > 0 else self.model.rowCount()
        target = row + delta
        if not 0 <= target < self.model.rowCount():
            self.ui.status_bar.showMessage(QCoreApplication.translate(
                "MainWindow", "No further case in the list."), 5_000)
            return
        self._show_list_row_in(view, target)

    def _show_list_row_in(self, view: CaseView, row: int) -> None:
        case = self.model.row_at(row)  # asks for the page when it is not here yet
        if case is None:
            self._pending_step = (view, row)
            return
        self._pending_step = None
        view.list_row = row
        self.ui.case_table_view.setCurrentIndex(self.model.index(row, 0))
        other = next((v for v in self.case_views() if v is not view and v.case_id == case.id), None)
        if other is not None:
            self.ui.case_tab_widget.setCurrentWidget(other)
        else:
            view.show_case(case.id)

    def _retry_step(self, _page: int) -> None:
        if self._pending_step is not None:
            view, row = self._pending_step
            if view in self.case_views() and self.model.is_row_loaded(row):
                self._show_list_row_in(view, row)

    # --- closing ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        registration = self.registration_dialog
        if registration is not None:
            if registration.dirty and not _dialogs().ask_discard_changes(registration):
                event.ignore()  # a half-typed complaint is not thrown away by closing the window
                return
            registration.mark_clean()
            registration.close()
        self.ui.case_tab_widget.setCurrentWidget(self.ui.case_list_tab)  # docks a case tab hid come back first
        self._settings.setValue(_GEOMETRY_KEY, self.saveGeometry())
        if self._complete:  # else the filter dock and the list's columns were never set up: the remembered stay
            self._settings.setValue(_STATE_KEY, self.saveState())
            self._settings.setValue(_HEADER_KEY, self.ui.case_table_view.horizontalHeader().saveState())
        self._settings.sync()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Let running queries finish, then close the office (idempotent)."""
        self.model.set_source(None)
        office, self._office = self._office, None
        staged, self._staged = self._staged, None
        if office is not None or staged is not None:
            if not tasks.wait_for_workers(SHUTDOWN_WAIT_MS):
                log.warning("a database task was still running at shutdown")
        if office is not None:
            office.close()
        if staged is not None:
            staged.close()
            if (loaded := staged.loaded()) is not None:  # handed over, its delivery to this window still queued
                loaded.close()
        if self.access is not None:
            self.access.shutdown()  # an office still waiting for someone to sign in
