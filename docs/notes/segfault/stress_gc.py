"""Stress: top-level dialogs with a running busy bar, left in reference cycles, freed by the cyclic collector.

usage: stress_gc.py SECONDS [quiet]   ("quiet": the collector disabled inside the event loop, run between batches)
"""
import gc
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QProgressBar, QVBoxLayout

seconds = float(sys.argv[1])
quiet = len(sys.argv) > 2 and sys.argv[2] == "quiet"
app = QApplication([])
made = 0


def make_one():
    global made
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    bar = QProgressBar(dialog)
    bar.setRange(0, 0)  # indeterminate: the style animates it
    layout.addWidget(bar)
    dialog.cycle = dialog  # a reference cycle, as a lambda or partial connected to the dialog makes
    dialog.rejected.connect(lambda: dialog.close())
    dialog.show()
    made += 1
    QTimer.singleShot(30, dialog.close)  # closed, not deleted: only the collector frees it


def batch():
    for _ in range(3):
        make_one()
    if quiet:
        gc.collect()  # here, between batches: no animation tick on the stack


if quiet:
    gc.disable()
else:
    gc.set_threshold(50, 2, 2)  # collect often: at allocations inside Qt callbacks too
tick = QTimer()
tick.timeout.connect(batch)
tick.start(10)
QTimer.singleShot(int(seconds * 1000), app.quit)
app.exec()
print("survived", made, "dialogs")
