"""Message boxes and file pickers, each behind one small function so tests can patch a single name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

import complaintdesk
from complaintdesk.ui.labels import fill


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """A modal error box with a message meant for people (never a traceback)."""
    QMessageBox.critical(parent, title, message)


def ask_database_file(parent: QWidget | None, start_dir: str = "") -> str | None:
    """Let the user pick a database file; typing a new name creates a new, empty office database."""
    dialog = QFileDialog(
        parent,
        QCoreApplication.translate("dialogs", "Open database"),
        start_dir,
        QCoreApplication.translate("dialogs", "ComplaintDesk database (*.sqlite *.db);;All files (*)"),
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    # AnyFile, not ExistingFile: a new office starts by naming the file it will keep its cases in.
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if dialog.exec() and dialog.selectedFiles():
        return dialog.selectedFiles()[0]
    return None


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("dialogs", "About ComplaintDesk"),
        fill(QCoreApplication.translate(
            "dialogs",
            "<h3>ComplaintDesk %1</h3>"
            "<p>Case management for SME complaints at county SME-promotion offices: "
            "registration, deadlines, arrears and written replies.</p>"), complaintdesk.__version__),
    )
