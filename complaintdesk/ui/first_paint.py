"""``after_first_paint``: run something once a widget's first frame is on screen, not on the way to it.

What the user does not see in that frame (the bundled font's registration, the termination signals' handlers,
the benchmark's report) waits for it: everything before the first paint is time the user watches an empty
screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Calls ``then`` (from the event loop) right after ``watched``'s first paint, once."""

    def __init__(self, parent: QWidget, then: Callable[[], object]):
        super().__init__(parent)
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._then)  # not at all if the widget is gone by then
        return False


def after_first_paint(widget: QWidget, then: Callable[[], object]) -> FirstPaint:
    """Call ``then`` once ``widget`` has been painted for the first time (the filter is the widget's child)."""
    watcher = FirstPaint(widget, then)
    widget.installEventFilter(watcher)
    return watcher
