"""UI test fixtures: private QSettings, Chinese interface, main windows over copies of the demo database."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QAbstractAnimation, QCoreApplication, QEvent, QSettings

from complaintdesk.ui import i18n, tasks
from tests.conftest import copy_office
from tests.ui.helpers import LOAD_TIMEOUT_MS, sign_in, wait_until_loaded


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
def _no_cyclic_collection_inside_qt(qapp):
    """Python's cyclic collector runs only here, on the main thread, between tests.

    Left automatic, it runs on whichever thread allocates past its threshold — often a worker
    exporting a report — and a widget the test left in a reference cycle (a dialog connected to a
    lambda or a partial of itself) was then destroyed on that worker, off its own thread, and the
    GUI thread's next animation tick crashed in ``QUnifiedTimer::updateAnimationTimers``
    (docs/notes/segfault.md). The application does the same
    with ``ui.collector``; here: collected before the test, not at all during it, and at teardown only
    once pytest-qt has closed and deleted the test's widgets and every animation is stopped.
    """
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        _quiet_down(qapp)
        gc.enable()
        gc.collect()
        qapp.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _quiet_down(qapp) -> None:
    """Deliver the answers still queued, stop every animation, close and delete what a test left on screen."""
    qapp.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for widget in qapp.topLevelWidgets():
        for animation in widget.findChildren(QAbstractAnimation):
            animation.stop()
        if widget.isVisible():
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()


@pytest.fixture(autouse=True)
def _no_task_left_running(qapp):
    yield
    # A worker still holding a database connection would outlive the test's tmp_path.
    assert tasks.wait_for_workers(LOAD_TIMEOUT_MS)


@pytest.fixture
def demo_db_path(demo_template, tmp_path):
    """A private copy of the session's demo database (300 cases), as a path a user would type; this test's
    computer holds its history key (``tests.conftest.copy_office``)."""
    path = tmp_path / "office" / "demo.sqlite"
    path.parent.mkdir()
    copy_office(demo_template, path)
    return path


@pytest.fixture
def open_window(qtbot, settings):
    """Make a MainWindow, show it, open ``db`` through the window itself, sign in, and wait for the first rows.

    The demo database's administrator signs in unless the test names another demo user.
    """
    from complaintdesk.services.demo import DEMO_PASSWORD
    from complaintdesk.ui.main_window import MainWindow

    def make(db: str, username: str = "admin", password: str = DEMO_PASSWORD) -> MainWindow:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.officeOpened, timeout=LOAD_TIMEOUT_MS):
            window.open_database(db)
            sign_in(qtbot, window, username, password)
        wait_until_loaded(qtbot, window.model)
        return window

    return make


@pytest.fixture(autouse=True)
def _no_modal_question_blocks_a_test(monkeypatch):
    """A form closed at teardown with typed input would ask "discard?" in a modal box and hang the run."""
    from complaintdesk.ui import dialogs

    monkeypatch.setattr(dialogs, "ask_discard_changes", lambda parent: True)


@pytest.fixture(autouse=True)
def recovery_offers(monkeypatch):
    """The "database cannot be opened" dialog is modal: a test sees the offers and answers with ``answers``.

    Each offer is recorded as (db_path, problem, backups); with no answer queued the dialog is
    "closed" (the window stays without a database), so no test can hang on it.
    """
    from complaintdesk.ui import damaged_database_dialog
    from complaintdesk.ui.damaged_database_dialog import Recovery, RecoveryChoice

    class Offers(list):
        answers: list[Recovery]

    offers = Offers()
    offers.answers = []

    def ask(parent, db_path, problem, backups):
        offers.append((db_path, problem, backups))
        return offers.answers.pop(0) if offers.answers else Recovery(RecoveryChoice.NOTHING)

    monkeypatch.setattr(damaged_database_dialog, "ask_recovery", ask)
    return offers
