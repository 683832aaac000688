"""run_task and LatestLoader: work happens on a worker thread, results and errors come back on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QAbstractAnimation, QObject

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


def test_no_qt_object_is_made_per_task(qtbot):
    """Workers answer through one long-lived dispatcher: nothing per task can die on a worker thread."""
    from PySide6.QtCore import QCoreApplication

    tasks.run_task(lambda: None, lambda result: None)
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=LOAD_TIMEOUT_MS)
    before = len(QCoreApplication.instance().children())

    done = []
    for n in range(50):
        tasks.run_task(lambda n=n: n, done.append)
    qtbot.waitUntil(lambda: len(done) == 50, timeout=LOAD_TIMEOUT_MS)

    assert sorted(done) == list(range(50))
    assert len(QCoreApplication.instance().children()) == before
    assert tasks.pending_count() == 0


def test_run_task_is_refused_off_the_gui_thread(qtbot):
    errors = []
    tasks.run_task(lambda: tasks.run_task(lambda: 1, print), lambda result: None, errors.append)
    qtbot.waitUntil(lambda: len(errors) > 0, timeout=LOAD_TIMEOUT_MS)

    [exc] = errors
    assert isinstance(exc, RuntimeError) and "GUI thread" in str(exc)


# --- the latest-result-only loader -------------------------------------------------------------------


class Gate:
    """A worker callable that returns ``value`` once released (so a test decides who answers first)."""

    def __init__(self, value):
        self.value = value
        self.released = threading.Event()

    def __call__(self):
        assert self.released.wait(LOAD_TIMEOUT_MS / 1000)
        if isinstance(self.value, BaseException):
            raise self.value
        return self.value


def make_loader(owner=None):
    owner = owner or QObject()
    results, errors = [], []
    loader = tasks.LatestLoader(owner, results.append, errors.append)
    return owner, loader, results, errors


def test_an_answer_to_an_older_request_is_dropped(qtbot):
    owner, loader, results, errors = make_loader()
    old, new = Gate("old"), Gate("new")
    loader.load(old)
    loader.load(new)
    assert loader.loading and loader.in_flight == 2

    new.released.set()
    qtbot.waitUntil(lambda: results == ["new"], timeout=LOAD_TIMEOUT_MS)
    assert not loader.loading
    old.released.set()
    qtbot.waitUntil(lambda: loader.in_flight == 0, timeout=LOAD_TIMEOUT_MS)

    assert results == ["new"] and errors == []


def test_the_latest_request_decides_even_when_the_older_answers_last(qtbot):
    owner, loader, results, errors = make_loader()
    old, new = Gate(ValueError("old failure")), Gate("new")
    loader.load(old)
    loader.load(new)

    old.released.set()
    qtbot.waitUntil(lambda: loader.in_flight == 1, timeout=LOAD_TIMEOUT_MS)
    assert loader.loading and errors == []  # the older failure is not the page's business any more
    new.released.set()
    qtbot.waitUntil(lambda: not loader.loading, timeout=LOAD_TIMEOUT_MS)

    assert results == ["new"] and errors == []


def test_an_error_of_the_latest_request_is_delivered(qtbot):
    owner, loader, results, errors = make_loader()
    seen = []
    loader.loadingChanged.connect(seen.append)
    failing = Gate(ValueError("no such table"))
    failing.released.set()

    loader.load(failing)
    qtbot.waitUntil(lambda: len(errors) > 0, timeout=LOAD_TIMEOUT_MS)

    [exc] = errors
    assert isinstance(exc, ValueError) and str(exc) == "no such table"
    assert results == [] and seen == [True, False] and not loader.loading


def test_a_loader_whose_owner_was_deleted_delivers_nothing(qtbot):
    owner, loader, results, errors = make_loader()
    gate = Gate("late")
    loader.load(gate)

    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    assert not _alive(loader)  # the loader is the owner's child
    gate.released.set()
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=LOAD_TIMEOUT_MS)

    assert results == [] and errors == []


def test_cancel_drops_the_answer_on_its_way_and_marks_stale(qtbot):
    owner, loader, results, errors = make_loader()
    gate = Gate("for the previous office")
    loader.load(gate)
    assert not loader.stale

    loader.cancel()
    gate.released.set()
    qtbot.waitUntil(lambda: loader.in_flight == 0, timeout=LOAD_TIMEOUT_MS)

    assert results == [] and not loader.loading and loader.stale and loader.needs_load()


def test_the_busy_bar_runs_only_while_a_request_is_out(qtbot):
    from PySide6.QtWidgets import QProgressBar, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    bar = QProgressBar(page)
    bar.setRange(0, 0)  # indeterminate: animated by the style while visible
    results = []
    loader = tasks.LatestLoader(page, results.append, busy_bar=bar)
    page.show()
    assert bar.isHidden()
    gate = Gate(1)

    loader.load(gate)
    assert not bar.isHidden()
    gate.released.set()
    qtbot.waitUntil(lambda: results == [1], timeout=LOAD_TIMEOUT_MS)

    assert bar.isHidden()
    assert all(a.state() == a.State.Stopped for a in bar.findChildren(QAbstractAnimation))


def test_needs_load_after_max_age(qtbot, monkeypatch):
    owner, loader, results, errors = make_loader()
    ready = Gate("figures")
    ready.released.set()
    loader.load(ready)
    qtbot.waitUntil(lambda: len(results) > 0, timeout=LOAD_TIMEOUT_MS)
    assert not loader.needs_load(120)

    later = tasks.monotonic() + 121
    monkeypatch.setattr(tasks, "monotonic", lambda: later)

    assert loader.needs_load(120) and not loader.needs_load()
    loader.mark_stale()
    assert loader.needs_load()
