"""Background tasks: run a plain callable on a worker thread and deliver its result on the GUI thread.

Two helpers: :func:`run_task` (one call, one answer) and :class:`LatestLoader` (a view that reads
the same thing again and again and shows only the answer to its latest request).

Ownership, which is what keeps this crash-free: a worker holds no Qt object of its own. It answers
through one :class:`_Dispatcher` that lives on the GUI thread for as long as the application, with a
task number; the callbacks wait in ``_pending``, a plain dict that only the GUI thread touches. So no
QObject is ever created per task, none can lose its last reference on a worker thread, and none is
deleted inside its own slot. (Python's cyclic collector, which could free a widget on whatever
thread allocates, is kept on the GUI thread by ``ui.collector``: docs/notes/segfault.md.)
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from functools import partial
from time import monotonic
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
    Slot,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressBar

log = logging.getLogger(__name__)

T = TypeVar("T")

# Reads are short (a count, a page of 200 rows); two workers keep a page fetch from waiting behind
# a slow open or export without letting a scrolling user flood SQLite with parallel queries.
_MAX_WORKERS = 2

_pool: QThreadPool | None = None
_dispatcher: _Dispatcher | None = None
_task_numbers = itertools.count(1)


class _Delivery:
    """What to call when task ``number`` answers; GUI thread only."""

    __slots__ = ("on_done", "on_error", "owner")

    def __init__(self, on_done: Callable[[Any], Any], on_error: Callable[[BaseException], Any] | None,
                 owner: QObject | None):
        self.on_done = on_done
        self.on_error = on_error
        self.owner = owner

    def deliver(self, succeeded: bool, payload: Any) -> None:
        if self.owner is not None and not shiboken6.isValid(self.owner):
            return  # the widget that asked is gone: calling into it would crash
        if succeeded:
            self.on_done(payload)
        elif self.on_error is None:
            log.error("background task failed", exc_info=payload)
        else:
            self.on_error(payload)


# Tasks started and not yet answered, by number. Only the GUI thread reads or changes it, so a
# delivery (and whatever widget its callbacks hold) is only ever released on the GUI thread.
_pending: dict[int, _Delivery] = {}


class _Dispatcher(QObject):
    """The one object workers answer through; it lives on the GUI thread, a child of the application."""

    answered = Signal(object, bool, object)  # task number, succeeded, result or exception

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.answered.connect(self._deliver)  # emitted on a worker: queued to the GUI thread

    @Slot(object, bool, object)
    def _deliver(self, number: int, succeeded: bool, payload: object) -> None:
        delivery = _pending.pop(number, None)
        if delivery is not None:
            delivery.deliver(succeeded, payload)


def thread_pool() -> QThreadPool:
    """The pool all UI tasks share (created on first use, after the QApplication exists)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(_MAX_WORKERS)
    return _pool


def _the_dispatcher() -> _Dispatcher:
    global _dispatcher
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("run_task needs a QApplication")
    from PySide6.QtCore import QThread  # named at the first task, after the first paint (its enums: ≈ 0.5 ms)

    if QThread.currentThread() is not app.thread():
        raise RuntimeError("run_task is called on the GUI thread only (its bookkeeping is not locked)")
    if _dispatcher is None or not shiboken6.isValid(_dispatcher):
        _dispatcher = _Dispatcher(app)
    return _dispatcher


class _Task(QRunnable):
    """Runs on a worker; holds the callable, a number and the long-lived dispatcher, nothing else."""

    def __init__(self, func: Callable[[], Any], number: int, dispatcher: _Dispatcher):
        super().__init__()
        self._func = func
        self._number = number
        self._dispatcher = dispatcher

    def run(self) -> None:
        func, self._func = self._func, None  # the callable's arguments are not kept by the finished task
        try:
            result = func()
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI, not kill the worker
            log.debug("task %r raised", func, exc_info=exc)
            self._dispatcher.answered.emit(self._number, False, exc)
        else:
            self._dispatcher.answered.emit(self._number, True, result)


def run_task(func: Callable[[], T], on_done: Callable[[T], Any],
             on_error: Callable[[BaseException], Any] | None = None, *, owner: QObject | None = None) -> None:
    """Call ``func()`` on a worker, then ``on_done(result)`` or ``on_error(exc)`` on the GUI thread.

    ``func`` takes no arguments: bind plain values with ``functools.partial`` — never widgets, which
    must not be touched off the GUI thread. When ``owner`` is given and has been deleted by the time
    the task ends, the result is dropped instead of calling into a dead widget. Without ``on_error``
    a failure is logged.
    """
    dispatcher = _the_dispatcher()
    number = next(_task_numbers)
    _pending[number] = _Delivery(on_done, on_error, owner)
    thread_pool().start(_Task(func, number, dispatcher))


def pending_count() -> int:
    """Tasks started whose result has not yet been delivered (for tests and shutdown)."""
    return len(_pending)


def wait_for_workers(msecs: int = -1) -> bool:
    """Block until every running task has returned (at shutdown, before the database is closed)."""
    return thread_pool().waitForDone(msecs)


def show_busy(bar: QProgressBar, busy: bool) -> None:
    """Show an indeterminate busy bar, or hide it and stop its animation now.

    Hidden, the style's animation would stop only at its next tick; stopped here, no animation
    timer is left walking a bar whose dialog is about to be deleted.
    """
    from PySide6.QtCore import QAbstractAnimation  # set up when a bar is first hidden, not at start-up

    bar.setVisible(busy)
    if not busy:
        for animation in bar.findChildren(QAbstractAnimation):
            animation.stop()


class LatestLoader(QObject, Generic[T]):
    """Reads one thing again and again (a dashboard, a queue, a count) and shows only the latest answer.

    Each :meth:`load` is numbered; an answer to an older request is dropped, so a slow read can never
    overwrite a newer one. The loader is a child of ``parent``: when the parent is deleted, nothing
    more is delivered. ``busy_bar`` (optional) is shown while a request is out. ``stale`` says that the
    thing changed since it was last asked for (see :meth:`mark_stale`) — the view loads again when shown.
    """

    loadingChanged = Signal(bool)

    def __init__(self, parent: QObject, on_done: Callable[[T], Any],
                 on_error: Callable[[BaseException], Any] | None = None, *, busy_bar: QProgressBar | None = None):
        super().__init__(parent)
        self._on_done = on_done
        self._on_error = on_error
        self._busy_bar = busy_bar
        self._generation = 0
        self._loading = False
        self._stale = True
        self._loaded_at: float | None = None
        self._in_flight = 0  # requests sent and not yet answered, superseded ones included
        if busy_bar is not None:
            show_busy(busy_bar, False)

    @property
    def loading(self) -> bool:
        """True from a request until its answer (not an older one) arrives."""
        return self._loading

    @property
    def stale(self) -> bool:
        return self._stale

    @property
    def generation(self) -> int:
        """The number of the latest request: work started alongside it can be tagged with it."""
        return self._generation

    @property
    def in_flight(self) -> int:
        return self._in_flight

    def is_current(self, generation: int) -> bool:
        return generation == self._generation

    def needs_load(self, max_age_s: float | None = None) -> bool:
        """Not loading, and stale (or last loaded more than ``max_age_s`` seconds ago)."""
        if self._loading:
            return False
        too_old = max_age_s is not None and self._loaded_at is not None \
            and monotonic() - self._loaded_at > max_age_s
        return self._stale or too_old

    def load(self, func: Callable[[], T]) -> None:
        """Run ``func`` on a worker; its answer replaces any answer still to come."""
        self._generation += 1
        self._stale = False
        self._in_flight += 1
        self._set_loading(True)
        run_task(func, partial(self._done, self._generation), partial(self._failed, self._generation), owner=self)

    def cancel(self) -> None:
        """Drop every answer still to come (a new source, nothing to show): stale, not loading."""
        self._generation += 1
        self._stale = True
        self._loaded_at = None
        self._set_loading(False)

    def mark_stale(self) -> None:
        self._stale = True

    def _done(self, generation: int, result: T) -> None:
        self._in_flight -= 1
        if generation != self._generation:
            return
        self._loaded_at = monotonic()
        self._set_loading(False)
        self._on_done(result)

    def _failed(self, generation: int, exc: BaseException) -> None:
        self._in_flight -= 1
        if generation != self._generation:
            return
        self._set_loading(False)
        if self._on_error is None:
            log.error("loading failed", exc_info=exc)
        else:
            self._on_error(exc)

    def _set_loading(self, loading: bool) -> None:
        if self._busy_bar is not None:
            show_busy(self._busy_bar, loading)
        if loading != self._loading:
            self._loading = loading
            self.loadingChanged.emit(loading)
