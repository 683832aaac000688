"""The cyclic collector runs on the GUI thread only: workers that allocate never free a widget."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from complaintdesk.ui import tasks
from complaintdesk.ui.collector import GuiThreadCollector
from tests.ui.helpers import LOAD_TIMEOUT_MS


class Probe(QObject):
    """A Qt object in a reference cycle (as a dialog connected to a partial of itself is)."""

    def __init__(self, freed_on: list[int]):
        super().__init__()
        self.cycle = self
        self._freed_on = freed_on

    def __del__(self):
        self._freed_on.append(threading.get_ident())


def allocate_a_lot() -> None:
    """Like a report export: many small objects, and cyclic garbage enough to cross the collector's thresholds."""
    rows = [{"n": n, "cells": [n, str(n)]} for n in range(60_000)]
    del rows
    for _ in range(2_000):
        cell: list = []
        cell.append(cell)  # only the cyclic collector frees these: the count stays up until it runs


def test_a_cycle_is_freed_by_the_gui_thread_timer_not_by_a_busy_worker(qtbot):
    owner = QObject()
    collector = GuiThreadCollector(owner, interval_ms=20)
    assert not gc.isenabled()
    freed_on: list[int] = []
    Probe(freed_on)  # unreachable at once, but only the cyclic collector can free it
    gc.collect()  # nothing of the test's own setup is left for the workers' allocations to trip over
    Probe(freed_on)

    done = []
    for _ in range(4):
        tasks.run_task(allocate_a_lot, done.append)
    qtbot.waitUntil(lambda: len(done) == 4, timeout=LOAD_TIMEOUT_MS)
    qtbot.waitUntil(lambda: len(freed_on) == 2, timeout=LOAD_TIMEOUT_MS)

    assert set(freed_on) == {threading.get_ident()}
    assert collector.check() >= 0

    owner.deleteLater()
    qtbot.waitUntil(lambda: gc.isenabled(), timeout=LOAD_TIMEOUT_MS)  # the collector gone: automatic again
    gc.disable()  # as the UI fixture keeps it during a test
