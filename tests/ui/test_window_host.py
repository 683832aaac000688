"""The window as its helpers see it (WindowHost), and the one change signal every view refreshes from."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from complaintdesk.ui import batch_supervision, office_access, office_tools
from complaintdesk.ui.case_table_model import CaseTableModel
from complaintdesk.ui.window_host import Changed, OfficeChange
from tests.ui.helpers import LOAD_TIMEOUT_MS

HELPER_MODULES = (office_tools, office_access, batch_supervision)


class FakeHost(QObject):
    """Everything WindowHost promises, and nothing of MainWindow."""

    officeOpened = Signal()
    officeChanged = Signal(object)

    def __init__(self, settings):
        super().__init__()
        self.widget = QWidget()
        self._tabs = QTabWidget(self.widget)
        self._model = CaseTableModel(self)
        self._settings = settings
        self.menus: list = []
        self.statuses: list[str] = []

    office = None

    @property
    def settings(self):
        return self._settings

    @property
    def model(self):
        return self._model

    @property
    def tabs(self):
        return self._tabs

    def dialog_parent(self):
        return self.widget

    def insert_menu(self, menu) -> None:
        self.menus.append(menu)

    def show_status(self, text: str, msecs: int = 10_000) -> None:
        self.statuses.append(text)

    def office_changed(self, change: OfficeChange) -> None:
        self.officeChanged.emit(change)

    def open_case(self, case_id: int):
        return None

    def show_query(self, query, title: str) -> None:
        pass


def test_the_tools_need_nothing_but_the_host_protocol(qtbot, settings):
    host = FakeHost(settings)
    qtbot.addWidget(host.widget)

    tools = office_tools.OfficeTools(host)
    letters = batch_supervision.LetterTools(host)

    assert host.menus == [tools.menu, letters.menu]
    assert not tools.dashboard_action.isEnabled() and not letters.batch_action.isEnabled()  # no office yet
    assert tools.open_import() is None and tools.open_reports() is None and letters.open_batch() is None


@pytest.mark.parametrize("module", HELPER_MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_no_helper_reaches_into_the_window(module):
    """Helpers get a WindowHost: never the window's form (``.ui``), its private attributes, or MainWindow itself."""
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    offences = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "complaintdesk.ui.main_window":
            offences.append(f"line {node.lineno}: imports main_window")
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute) \
                and node.value.attr in {"_host", "_window", "window"} \
                and (node.attr == "ui" or node.attr.startswith("_")):
            offences.append(f"line {node.lineno}: .{node.value.attr}.{node.attr}")
    assert offences == []


def test_what_a_change_touches():
    one_case = OfficeChange.of_cases({7})
    assert one_case.touches_case(7) and not one_case.touches_case(8)
    assert OfficeChange.of_cases().touches_case(8)  # no case named: any case
    assert OfficeChange.of(Changed.CALENDAR).touches_case(8)  # deadlines of every case move
    assert not OfficeChange.of(Changed.USERS).touches_case(8)
    assert OfficeChange.everything().touches(Changed.DOCUMENTS)
    assert OfficeChange.of_cases({7}, origin=object()) == OfficeChange.of_cases({7})  # who made it is not what changed


@pytest.fixture
def window(open_window, demo_db_path):
    return open_window(str(demo_db_path))


def test_f5_is_one_change_of_everything_and_every_view_reads_again(qtbot, window):
    # Given the dashboard on screen, computed
    page = window.tools.show_dashboard()
    qtbot.waitUntil(lambda: page.dashboard is not None and not page.loading, timeout=LOAD_TIMEOUT_MS)
    changes = []
    window.officeChanged.connect(changes.append)

    # When the user presses F5
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        window.ui.refresh_action.trigger()

    # Then one change saying "everything" went out, and the list and the dashboard were read again
    assert changes == [OfficeChange.everything()]
    qtbot.waitUntil(lambda: not window.model.loading, timeout=LOAD_TIMEOUT_MS)


def test_a_change_saved_in_a_case_tab_refreshes_the_list_and_marks_the_dashboard_stale(qtbot, window):
    page = window.tools.show_dashboard()
    qtbot.waitUntil(lambda: page.dashboard is not None and not page.loading, timeout=LOAD_TIMEOUT_MS)
    row = window.model.row_at(0)
    view = window.open_case(row.id)  # the dashboard is hidden now
    qtbot.waitUntil(lambda: view.detail is not None and not view.loading, timeout=LOAD_TIMEOUT_MS)
    changes = []
    window.officeChanged.connect(changes.append)

    with qtbot.waitSignal(window.model.loadingChanged, timeout=LOAD_TIMEOUT_MS):
        view.caseChanged.emit(row.id)  # what a saved form dialog makes the view say

    [change] = changes
    assert change.case_ids == {row.id} and change.touches(Changed.CASES) and change.origin is view
    assert not view.loading  # the view that saved shows the result already: not read again
    assert page.stale and not page.loading  # hidden: computed again when shown
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        window.tools.show_dashboard()
