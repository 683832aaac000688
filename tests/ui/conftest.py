"""UI test fixtures: private QSettings, Chinese interface, main windows over copies of the demo database."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QSettings

from complaintdesk.ui import i18n, tasks
from tests.ui.helpers import LOAD_TIMEOUT_MS, wait_until_loaded


@pytest.fixture
def settings(tmp_path):
    """An INI file per test: the developer's real settings are never read or written."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def chinese_interface(qapp):
    """Every test starts in the default language, and a test that switches it cannot leak English."""
    i18n.set_language(i18n.CHINESE)
    yield
    i18n.set_language(i18n.CHINESE)


@pytest.fixture(autouse=True)
def _no_task_left_running(qapp):
    yield
    # A worker still holding a database connection would outlive the test's tmp_path.
    assert tasks.wait_for_workers(LOAD_TIMEOUT_MS)


@pytest.fixture
def demo_db_path(demo_template, tmp_path):
    """A private copy of the session's demo database (300 cases), as a path a user would type."""
    path = tmp_path / "office" / "demo.sqlite"
    path.parent.mkdir()
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def open_window(qtbot, settings):
    """Make a MainWindow, show it, open ``db`` through the window itself and wait for the first rows."""
    from complaintdesk.ui.main_window import MainWindow

    def make(db: str) -> MainWindow:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.officeOpened, timeout=LOAD_TIMEOUT_MS):
            window.open_database(db)
        wait_until_loaded(qtbot, window.model)
        return window

    return make


@pytest.fixture(autouse=True)
def _no_modal_question_blocks_a_test(monkeypatch):
    """A form closed at teardown with typed input would ask "discard?" in a modal box and hang the run."""
    from complaintdesk.ui import dialogs

    monkeypatch.setattr(dialogs, "ask_discard_changes", lambda parent: True)
