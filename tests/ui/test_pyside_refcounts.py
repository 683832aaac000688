"""Guard against PySide6 builds that drop references to None/True (6.12.0 on Python 3.11, PYSIDE-3474)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

CALLS = 200
NOISE = 20  # other objects holding None/True come and go while the test runs


class _Probe(QObject):
    changed = Signal(int)


def test_calls_returning_none_keep_none_alive(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
    assert sys.getrefcount(None) >= before - NOISE, "this PySide6 build leaks references to None: pin 6.11.x"


def test_signal_emit_keeps_true_alive(qapp):
    probe = _Probe()
    received = []
    probe.changed.connect(received.append)
    before = sys.getrefcount(True)
    for n in range(CALLS):
        probe.changed.emit(n)
    assert received == list(range(CALLS))
    assert sys.getrefcount(True) >= before - NOISE, "this PySide6 build leaks references to True: pin 6.11.x"
