"""Python's cyclic garbage collector, run on the GUI thread only, from the event loop.

Left automatic, the collector runs on whichever thread allocates when a threshold is crossed —
often a worker building a report or a page of rows. If that collection frees a widget held in a
reference cycle (a dialog connected to a lambda or a partial of itself), the widget's C++ destructor
runs on the worker, off the thread that owns it, and the GUI thread later meets freed memory: at
its next animation tick (``QUnifiedTimer::updateAnimationTimers``, the busy bars) or the next event
for that widget. docs/notes/segfault.md has the reproduction.

So automatic collection is switched off, and a timer on the GUI thread collects instead, by the
same thresholds, between events — the well-known PyQt recipe (Erik Janssens' ``GarbageCollector``,
also used by OpenCue's GUI) for the same reason.

The start-up allocates much and frees little: the modules, classes and mappers it makes live as long
as the application. A collection in its middle (≈ 55 ms once the data layer is loaded) would only delay
the first rows, so the first one waits ``start_up_ms``; what survives it is then frozen (``gc.freeze``),
and no later collection walks it again.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# Often enough that memory never grows noticeably; a young-generation pass costs microseconds.
INTERVAL_MS = 1000
# Longer than a start-up takes on a slow, busy desk computer (the first rows are up in about 1 s).
START_UP_MS = 5000


class GuiThreadCollector(QObject):
    """Owns the collector while it exists: automatic collection off, a GUI-thread timer collects."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS, start_up_ms: int = 0):
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        if start_up_ms > 0:
            QTimer.singleShot(start_up_ms, self, self._started_up)
        else:
            self._timer.start()
        self.destroyed.connect(lambda *_args: gc.enable())

    def _started_up(self) -> None:
        gc.collect()
        gc.freeze()  # what the start-up made and kept lives as long as the app: later collections skip it
        self._timer.start()

    def check(self) -> int:
        """Collect the generations whose counts passed their thresholds; the number of objects freed."""
        first, second, third = self._thresholds
        young, middle, old = gc.get_count()
        if young <= first:
            return 0
        if middle <= second:
            return gc.collect(0)
        if old <= third:
            return gc.collect(1)
        return gc.collect(2)


def collect_on_gui_thread(parent: QObject) -> GuiThreadCollector:
    """Install the collector for the application ``parent`` (call once, after the QApplication exists);
    its first collection waits for the start-up (START_UP_MS)."""
    return GuiThreadCollector(parent, start_up_ms=START_UP_MS)
