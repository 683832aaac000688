"""The start-up's order: nothing is shown before the office's own checks and the sign-in have passed (also
when the password is given in advance, as the benchmark gives it); the list's first screen is read before
anything else, and the statistics and letter tools are built after it; the collector waits for the start-up."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QObject

from complaintdesk.config import data_dir
from complaintdesk.services.demo import DEMO_PASSWORD
from complaintdesk.ui import dialogs, startup_probe
from complaintdesk.ui.collector import GuiThreadCollector
from complaintdesk.ui.filter_panel import FilterPanel
from complaintdesk.ui.main_window import MainWindow
from complaintdesk.ui.office_tools import OfficeTools
from tests.ui.helpers import LOAD_TIMEOUT_MS, wait_until_loaded


@pytest.fixture
def given_password(monkeypatch):
    """The benchmark's way of signing in: user and password known before the office is opened."""
    monkeypatch.setenv(startup_probe.ENV, "rows")
    monkeypatch.setenv(startup_probe.LOGIN_ENV, f"wanglh:{DEMO_PASSWORD}")


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append((title, message)))
    return shown


@pytest.fixture
def window(qtbot, settings):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_with_the_password_given_the_list_shows_once_signed_in(qtbot, window, demo_db_path, given_password):
    window.open_database(str(demo_db_path))

    qtbot.waitUntil(lambda: window.office is not None, timeout=LOAD_TIMEOUT_MS)
    wait_until_loaded(qtbot, window.model)

    assert window.office.signed_in and window.office.actor.username == "wanglh"
    assert window.access.dialog is None  # no sign-in dialog: the password was given
    assert window.model.rowCount() > 0


def test_the_lists_first_screen_is_read_without_the_case_views_services(demo_db_path):
    # Opening the office and reading the list's first screen import the list's service, not the case view's
    # (case_detail and its types): those load after the first rows. In a fresh interpreter:
    script = textwrap.dedent("""
        import sys
        from complaintdesk.services.case_query import CaseQuery
        from complaintdesk.services.office import Office
        office = Office.open(sys.argv[1], daily_backup=False)
        office.warm_up()
        assert office.cases.page(CaseQuery(open_only=True), 0, 50)
        print("loaded:", sorted(m for m in ("complaintdesk.services.case_detail", "complaintdesk.services.desk_types")
                                if m in sys.modules))
        office.close()
    """)
    result = subprocess.run([sys.executable, "-c", script, str(demo_db_path)], capture_output=True, text=True,
                            env=dict(os.environ), timeout=120)

    assert result.returncode == 0, result.stderr
    assert "loaded: []" in result.stdout


def test_a_desk_without_the_offices_key_is_refused_though_the_password_was_checked(
        qtbot, window, demo_db_path, given_password, errors):
    for key in (data_dir() / "keys").iterdir():
        key.unlink()  # this computer does not hold the office's history key

    window.open_database(str(demo_db_path))

    qtbot.waitUntil(lambda: len(errors) == 1, timeout=LOAD_TIMEOUT_MS)
    assert "历史记录密钥" in errors[0][1]  # the sign-in could not be recorded: refused
    assert window.office is None
    assert window.model.rowCount() == 0 and window.model.query is None  # not one row was shown
    assert window.ui.central_stack.currentWidget() is window.ui.placeholder_page


def test_the_filters_choices_are_read_once_the_lists_first_screen_is_in(qtbot, window, demo_db_path, given_password,
                                                                         monkeypatch):
    # Read beside the first screen, on the other worker, they would only slow it down.
    order: list[str] = []
    window.model.pageLoaded.connect(lambda page: order.append(f"page {page}"))
    reload_choices = FilterPanel.reload_choices
    monkeypatch.setattr(FilterPanel, "reload_choices", lambda panel: (order.append("choices"), reload_choices(panel)))

    window.open_database(str(demo_db_path))

    qtbot.waitUntil(lambda: window.filter_panel.choices is not None, timeout=LOAD_TIMEOUT_MS)
    assert order[:2] == ["page 0", "choices"]
    assert window.filter_panel.choices.staff  # and the choices are there all the same


def test_the_statistics_and_letters_tools_are_built_once_the_first_rows_are_in(qtbot, settings, demo_db_path,
                                                                                given_password, monkeypatch):
    # As the app starts: a staged window, the office asked for at once. Only an open office uses the tools, so
    # they are not built on the way to its first rows, but right after them.
    order: list[str] = []
    init = OfficeTools.__init__
    monkeypatch.setattr(OfficeTools, "__init__", lambda tools, host: (order.append("tools"), init(tools, host))[1])
    window = MainWindow(settings, staged=True)
    qtbot.addWidget(window)
    window.model.pageLoaded.connect(lambda page: order.append(f"page {page}"))
    window.show()
    window.open_database(str(demo_db_path))

    qtbot.waitUntil(lambda: getattr(window, "tools", None) is not None and "page 0" in order, timeout=LOAD_TIMEOUT_MS)
    assert order[:2] == ["page 0", "tools"]
    # Built late, they still know the office: its actions are on, and the dashboard follows as before.
    assert window.tools.dashboard_action.isEnabled() and window.letters.batch_action.isEnabled()
    assert window.tools.menu.menuAction() in window.menuBar().actions()
    qtbot.waitUntil(lambda: window.tools.dashboard is not None, timeout=LOAD_TIMEOUT_MS)


def test_without_an_office_to_open_the_tools_come_with_the_rest_of_the_window(qtbot, settings, tmp_path, errors):
    window = MainWindow(settings, staged=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.access is not None, timeout=LOAD_TIMEOUT_MS)  # the frame was painted
    assert window.tools is not None and window.letters is not None
    assert not window.tools.dashboard_action.isEnabled()

    window.open_database(str(tmp_path))  # a folder: the opening fails, and the tools are there all the same
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=LOAD_TIMEOUT_MS)
    assert window.tools is not None and window.office is None


class _Garbage(QObject):
    """A Qt object in a reference cycle: only the cyclic collector frees it."""

    def __init__(self, freed: list[str], name: str):
        super().__init__()
        self.cycle = self
        self._freed, self._name = freed, name

    def __del__(self):
        self._freed.append(self._name)


def test_the_first_collection_waits_for_the_start_up_and_keeps_no_garbage_of_it(qtbot):
    owner = QObject()
    gc.collect()
    frozen_before = gc.get_freeze_count()
    freed: list[str] = []
    try:
        GuiThreadCollector(owner, interval_ms=10, start_up_ms=400)
        _Garbage(freed, "made during the start-up")
        qtbot.wait(150)
        assert freed == []  # no collection in the middle of the start-up

        qtbot.waitUntil(lambda: gc.get_freeze_count() > frozen_before, timeout=LOAD_TIMEOUT_MS)
        assert freed == ["made during the start-up"]  # collected first, then the survivors frozen
        _Garbage(freed, "made later")
        for _ in range(2_000):  # past the young generation's threshold, as any use of the app soon is
            cell: list = []
            cell.append(cell)
        qtbot.waitUntil(lambda: len(freed) == 2, timeout=LOAD_TIMEOUT_MS)  # the timer collects as before
    finally:
        owner.deleteLater()
        qtbot.waitUntil(lambda: gc.isenabled(), timeout=LOAD_TIMEOUT_MS)
        gc.unfreeze()
        gc.disable()  # as the UI fixture keeps it during a test
