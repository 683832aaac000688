"""Minimal reproduction: the cyclic collector, run on a worker thread, frees a dialog whose busy bar animates.

A dialog with an indeterminate QProgressBar (animated by the style on the GUI thread's animation
timer) is left in a reference cycle. A worker thread allocates Python objects, so Python's
collector runs there, and frees the dialog on the worker thread. The GUI thread's next animation
tick walks a timer list that still points at the freed animation.

usage: repro_worker_gc.py [gui-only | collector | idle-bar]
  idle-bar:  as the default, but the bar is determinate (no animation) — the dialogs still die on workers
  gui-only:  automatic collection off; gc.collect() on the GUI thread after each tick
  collector: the application's fix, complaintdesk.ui.collector.GuiThreadCollector
"""
import gc
import sys
import threading

from PySide6.QtCore import QRunnable, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QProgressBar, QVBoxLayout

mode = sys.argv[1] if len(sys.argv) > 1 else ""
gui_only = mode == "gui-only"
app = QApplication([])
freed_on = {"gui": 0, "worker": 0}
made = 0


def count_thread(*_args):
    where = "gui" if threading.current_thread() is threading.main_thread() else "worker"
    freed_on[where] += 1
    if where == "worker" and freed_on[where] <= 3:
        print(f"dialog destroyed on {threading.current_thread().name}", file=sys.stderr, flush=True)


def make_dialog():
    global made
    dialog = QDialog()
    bar = QProgressBar(dialog)
    if mode != "idle-bar":
        bar.setRange(0, 0)  # indeterminate: the style animates it on the GUI thread's animation timer
    QVBoxLayout(dialog).addWidget(bar)
    dialog.cycle = dialog  # as a lambda or a partial connected to the dialog does
    dialog.destroyed.connect(count_thread)
    dialog.show()
    made += 1
    QTimer.singleShot(20, dialog.hide)  # closed, never deleted: only the collector frees it


class Churn(QRunnable):
    def run(self):  # like an export: lots of small Python objects on the worker
        junk = []
        for n in range(20000):
            junk.append({"n": n, "row": [n, str(n)]})


def tick():
    make_dialog()
    QThreadPool.globalInstance().start(Churn())
    if gui_only:
        gc.collect()  # on the GUI thread, from the event loop: no animation is being walked


def report_collection(phase, info):
    if phase == "stop" and info["collected"] and threading.current_thread() is not threading.main_thread():
        print(f"collector freed {info['collected']} objects on {threading.current_thread().name}",
              file=sys.stderr, flush=True)


gc.callbacks.append(report_collection)
if gui_only:
    gc.disable()
if mode == "collector":
    from complaintdesk.ui.collector import GuiThreadCollector

    collector = GuiThreadCollector(app, interval_ms=50)
timer = QTimer()
timer.timeout.connect(tick)
timer.start(5)
QTimer.singleShot(15_000, app.quit)
app.exec()
QThreadPool.globalInstance().waitForDone()
print(f"survived: {made} dialogs, freed on GUI thread {freed_on['gui']}, on a worker {freed_on['worker']}")
