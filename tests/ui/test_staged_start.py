"""Opening an office in stages (services/staged_office.py) through the window: the sign-in and the first screen
before the data layer is imported, then the office let in, the list reading on from it without reading again."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QTimer

from complaintdesk.services.office import Office
from complaintdesk.services.staged_office import StagedOffice
from complaintdesk.ui import dialogs
from complaintdesk.ui.login_dialog import LoginDialog
from complaintdesk.ui.main_window import MainWindow
from tests.conftest import copy_office
from tests.ui.helpers import LOAD_TIMEOUT_MS, sign_in, visible_rows, wait_until_loaded


def test_the_first_rows_are_painted_before_sqlalchemy_is_imported(tmp_path, demo_db_path):
    """As the app starts (main), the benchmark's sign-in typed at once: when the first rows are on screen the
    interpreter has not imported SQLAlchemy, our models or the ORM's services; the office is loaded after."""
    script = textwrap.dedent("""
        import sys
        from complaintdesk.app import main
        from complaintdesk.ui import startup_probe
        report = startup_probe._report
        def looked(what):
            heavy = ("sqlalchemy", "alembic", "complaintdesk.store.models", "complaintdesk.services.cases",
                     "complaintdesk.services.office")
            print("at first rows:", sorted(m for m in heavy if m in sys.modules), flush=True)
            report(what)
        startup_probe._report = looked
        main(["--db", sys.argv[1]])
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMPLAINTDESK_STARTUP_PROBE": "rows",
           "COMPLAINTDESK_PROBE_LOGIN": "wanglh:demo-password", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", script, str(demo_db_path)], capture_output=True, text=True,
                            env=env, timeout=120)

    assert result.returncode == 0, result.stderr
    assert "at first rows: []" in result.stdout, result.stdout
    assert "probe rows" in result.stdout


def test_the_office_is_let_in_after_its_first_screen_and_the_list_reads_on_from_it(qtbot, settings, demo_db_path):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    pages, counts = [], []
    window.model.pageLoaded.connect(lambda page: pages.append((page, window.office, window.model.rowCount())))
    window.model.pageLoaded.connect(lambda page: QTimer.singleShot(0, lambda: counts.append(window.count_label.text())))
    with qtbot.waitSignal(window.officeOpened, timeout=LOAD_TIMEOUT_MS):
        window.open_database(str(demo_db_path))
        qtbot.waitUntil(lambda: isinstance(window.access.dialog, LoginDialog), timeout=LOAD_TIMEOUT_MS)
        assert isinstance(window.access.dialog.office, StagedOffice)  # the sign-in before the data layer
        sign_in(qtbot, window, "wanglh", "demo-password")
    wait_until_loaded(qtbot, window.model)
    office = window.office

    assert isinstance(office, Office) and office.actor.username == "wanglh" and office.signed_in
    # The first screen came before the office (over the plain connection), and was not read again after it.
    assert [(page, seen) for page, seen, _ in pages] == [(0, None)]
    assert counts[0] == f"共 {pages[0][2]} 件"  # the staged screen's count is shown with it
    assert pages[0][2] == window.model.rowCount() == office.cases.count(window.model.query) > 0
    assert window.model._cases is office.cases
    assert visible_rows(qtbot, window.model, 30) == office.cases.page(window.model.query, 0, 30)
    assert window.ui.settings_action.isEnabled() and window.ui.open_database_action.isEnabled()
    assert "王丽华" in window.statusBar().currentMessage()
    # and the list goes on: another filter, read through the office's own service
    window.filter_panel.set_quick_filter("all")
    wait_until_loaded(qtbot, window.model)
    assert window.model.rowCount() == 300


def test_opening_another_office_leaves_nothing_acting_on_the_first_under_the_seconds_rows(
        qtbot, open_window, demo_db_path, demo_template, tmp_path):
    window = open_window(str(demo_db_path))
    first = window.office
    window.open_case(window.model.row_at(0).id)
    assert window.case_views()
    second = tmp_path / "second" / "demo.sqlite"
    second.parent.mkdir()
    copy_office(demo_template, second)
    seen = []
    window.model.pageLoaded.connect(lambda page: seen.append((window.office, window.case_views(),
                                                              window.ui.new_case_action.isEnabled())))
    with qtbot.waitSignal(window.officeOpened, timeout=LOAD_TIMEOUT_MS):
        window.open_database(str(second))
        sign_in(qtbot, window, "wanglh", "demo-password")
    wait_until_loaded(qtbot, window.model)

    assert seen[0] == (None, [], False)  # the second office's first screen: the first office is gone
    assert window.office is not first and window.office.location == str(second)


def test_closing_the_window_while_the_office_loads_closes_both_stages(qtbot, settings, demo_db_path):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.open_database(str(demo_db_path))
    qtbot.waitUntil(lambda: isinstance(window.access.dialog, LoginDialog), timeout=LOAD_TIMEOUT_MS)
    staged = window.access.dialog.office
    with qtbot.waitSignal(window.model.pageLoaded, timeout=LOAD_TIMEOUT_MS):
        sign_in(qtbot, window, "wanglh", "demo-password")
    assert window.office is None  # the first screen is up, the office not let in yet

    window.close()  # closeEvent → shutdown: waits for the workers, closes the staged office and what it loaded

    assert staged._quick is None and (staged._loader is None or not staged._loader.is_alive())
    assert staged._office is None or staged._handed
    assert window.office is None and window.model.rowCount() == 0


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append((title, message)))
    return shown


def test_an_office_that_fails_to_load_after_its_first_screen_is_not_shown(qtbot, settings, demo_db_path, errors,
                                                                          monkeypatch):
    """The data layer cannot open what the plain connection read (here: the server went away, a disk failed):
    the rows go, the window says why, and another office can be opened."""
    def refuse(*args, **kwargs):
        raise OSError("disk I/O error")

    monkeypatch.setattr(Office, "open", refuse)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.officeFailed, timeout=LOAD_TIMEOUT_MS):
        window.open_database(str(demo_db_path))
        sign_in(qtbot, window, "wanglh", "demo-password")

    assert window.office is None and window.model.rowCount() == 0
    assert window.ui.central_stack.currentWidget() is not window.ui.cases_page
    assert errors and "disk I/O error" in errors[0][1]
    assert window.ui.open_database_action.isEnabled()
