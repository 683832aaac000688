"""Message boxes and file pickers, each behind one small function so tests can patch a single name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
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


def ask_discard_changes(parent: QWidget | None) -> bool:
    """Closing a form with typed, unsaved input: True when the user chooses to throw it away."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("dialogs", "Discard changes?"),
                      QCoreApplication.translate("dialogs", "What you typed has not been saved. Close and discard it?"),
                      QMessageBox.StandardButton.NoButton, parent)
    discard = box.addButton(QCoreApplication.translate("dialogs", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("dialogs", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is discard


def ask_reload_after_conflict(parent: QWidget | None, message: str) -> bool:
    """Someone else changed the case first: True when the user wants to reload it now."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("dialogs", "The case was changed by someone else"),
                      fill(QCoreApplication.translate(
                          "dialogs", "%1\n\nNothing of yours was saved, and nothing of theirs was overwritten. "
                                     "Reload the case, check it, then save again."), message),
                      QMessageBox.StandardButton.NoButton, parent)
    reload = box.addButton(QCoreApplication.translate("dialogs", "Reload the case"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("dialogs", "Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reload)
    box.exec()
    return box.clickedButton() is reload


def pick_attachment_file(parent: QWidget | None, start_dir: str = "") -> str | None:
    """Let the user choose one file to attach to a case."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("dialogs", "Choose a file to attach"), start_dir,
        QCoreApplication.translate("dialogs", "Documents and images (*.pdf *.jpg *.jpeg *.png *.tif *.tiff "
                                              "*.doc *.docx *.xls *.xlsx *.ofd *.txt);;All files (*)"))
    return path or None


def open_with_system_viewer(path: str) -> bool:
    """Open a file (an exported attachment copy) with the program the desktop associates with it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def show_explanation(parent: QWidget | None, title: str, lines: list[str] | tuple[str, ...]) -> None:
    """How a date or an amount was computed, line by line, with its legal basis."""
    box = QMessageBox(QMessageBox.Icon.Information, title, "\n".join(lines), QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def ask_schedule_file(parent: QWidget | None, start_dir: str = "") -> str | None:
    """Let the user pick a holiday schedule file (CSV: date,kind,name) to import."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("dialogs", "Import a holiday schedule"), start_dir,
        QCoreApplication.translate("dialogs", "Holiday schedules (*.csv *.txt);;All files (*)"))
    return path or None
