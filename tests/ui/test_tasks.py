"""run_task: work happens on a worker thread, results and errors come back on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from complaintdesk.ui import tasks
from tests.ui.helpers import LOAD_TIMEOUT_MS


def test_result_is_delivered_on_the_gui_thread(qtbot):
    gui = threading.get_ident()
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    tasks.run_task(work, lambda result: seen.update(result=result, delivered_on=threading.get_ident()))
    qtbot.waitUntil(lambda: "result" in seen, timeout=LOAD_TIMEOUT_MS)

    assert seen["result"] == 42
    assert seen["worker"] != gui
    assert seen["delivered_on"] == gui
    assert tasks.pending_count() == 0


def test_an_exception_goes_to_on_error(qtbot):
    errors = []

    def work():
        raise ValueError("bad page")

    tasks.run_task(work, lambda result: errors.append(("unexpected result", result)), errors.append)
    qtbot.waitUntil(lambda: len(errors) > 0, timeout=LOAD_TIMEOUT_MS)

    [exc] = errors
    assert isinstance(exc, ValueError) and str(exc) == "bad page"


def test_an_exception_without_on_error_is_logged(qtbot, caplog):
    tasks.run_task(lambda: 1 / 0, lambda result: None)
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=LOAD_TIMEOUT_MS)

    assert "background task failed" in caplog.text and "ZeroDivisionError" in caplog.text


def test_a_result_for_a_deleted_owner_is_dropped(qtbot):
    owner = QObject()
    release = threading.Event()
    delivered = []
    tasks.run_task(lambda: release.wait(LOAD_TIMEOUT_MS / 1000), delivered.append, owner=owner)

    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    release.set()
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=LOAD_TIMEOUT_MS)

    assert delivered == []


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
