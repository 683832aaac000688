"""Stress run_task: many short tasks, a busy bar animating, answers delivered to an owner widget.

usage: stress_tasks.py ROOT SECONDS   (ROOT: the tree whose complaintdesk.ui.tasks is used)
"""
import sys

sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QProgressBar, QVBoxLayout  # noqa: E402

from complaintdesk.ui import tasks  # noqa: E402

print("tasks from", tasks.__file__, file=sys.stderr)
seconds = float(sys.argv[2])
app = QApplication([])
dialog = QDialog()
bar = QProgressBar(dialog)
bar.setRange(0, 0)
QVBoxLayout(dialog).addWidget(bar)
dialog.show()
done = 0


def answered(_result):
    global done
    done += 1


def burst():
    for n in range(20):
        tasks.run_task(lambda n=n: n * n, answered, owner=dialog)


tick = QTimer()
tick.timeout.connect(burst)
tick.start(1)
QTimer.singleShot(int(seconds * 1000), app.quit)
app.exec()
tasks.wait_for_workers()
print("survived", done, "answers")
