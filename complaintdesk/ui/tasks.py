"""Background tasks: run a plain callable on a worker thread and deliver its result on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")

# Reads are short (a count, a page of 200 rows); two workers keep a page fetch from waiting behind
# a slow open or export without letting a scrolling user flood SQLite with parallel queries.
_MAX_WORKERS = 2

_pool: QThreadPool | None = None
# Carriers of tasks still running. The QRunnable is owned by the pool and the carrier only by us,
# so without this set Python could collect a carrier (and its connections) before it delivers.
_pending: set[_Carrier] = set()


def thread_pool() -> QThreadPool:
    """The pool all UI tasks share (created on first use, after the QApplication exists)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(_MAX_WORKERS)
    return _pool


class _Carrier(QObject):
    """Lives on the GUI thread; its signals, emitted by the worker, are queued back to it."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], Any], on_error: Callable[[BaseException], Any] | None,
                 owner: QObject | None):
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._owner = owner
        self.finished.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    def _owner_gone(self) -> bool:
        return self._owner is not None and not shiboken6.isValid(self._owner)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        _pending.discard(self)
        if not self._owner_gone():
            self._on_done(result)

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        _pending.discard(self)
        if self._owner_gone():
            return
        if self._on_error is None:
            log.error("background task failed", exc_info=exc)
        else:
            self._on_error(exc)


class _Task(QRunnable):
    def __init__(self, func: Callable[[], Any], carrier: _Carrier):
        super().__init__()
        self._func = func
        self._carrier = carrier

    def run(self) -> None:
        try:
            result = self._func()
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI, not kill the worker
            log.debug("task %r raised", self._func, exc_info=exc)
            self._carrier.failed.emit(exc)
        else:
            self._carrier.finished.emit(result)


def run_task(func: Callable[[], T], on_done: Callable[[T], Any],
             on_error: Callable[[BaseException], Any] | None = None, *, owner: QObject | None = None) -> None:
    """Call ``func()`` on a worker, then ``on_done(result)`` or ``on_error(exc)`` on the GUI thread.

    ``func`` takes no arguments: bind plain values with ``functools.partial`` — never widgets, which
    must not be touched off the GUI thread. When ``owner`` is given and has been deleted by the time
    the task ends, the result is dropped instead of calling into a dead widget. Without ``on_error``
    a failure is logged.
    """
    carrier = _Carrier(on_done, on_error, owner)
    _pending.add(carrier)
    thread_pool().start(_Task(func, carrier))


def pending_count() -> int:
    """Tasks started whose result has not yet been delivered (for tests and shutdown)."""
    return len(_pending)


def wait_for_workers(msecs: int = -1) -> bool:
    """Block until every running task has returned (at shutdown, before the database is closed)."""
    return thread_pool().waitForDone(msecs)
