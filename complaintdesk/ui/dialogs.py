"""Message boxes and file pickers, each behind one small function so tests can patch a single name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

import complaintdesk
from complaintdesk.ui.labels import fill

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtPrintSupport import QPrinter


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


def ask_record_late_review(parent: QWidget | None, message: str) -> bool:
    """A review asked after its window: True when the officer records it anyway (the office takes it up)."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("dialogs", "Late review request"),
                      fill(QCoreApplication.translate(
                          "dialogs", "%1\n\nRecord it anyway? The history will say it was late and that you "
                                     "chose to record it."), message),
                      QMessageBox.StandardButton.NoButton, parent)
    record = box.addButton(QCoreApplication.translate("dialogs", "Record anyway"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(QCoreApplication.translate("dialogs", "Do not record"),
                                       QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is record


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


def ask_import_file(parent: QWidget | None, start_dir: str = "") -> str | None:
    """Let the user pick a ledger or a forwarded batch (xlsx/csv) to import."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("dialogs", "Import a ledger or batch"), start_dir,
        QCoreApplication.translate("dialogs", "Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)"))
    return path or None


def ask_report_path(parent: QWidget | None, suggested: str, fmt: str) -> str | None:
    """Let the user choose where to save a report (``fmt``: xlsx, pdf or csv)."""
    filters = {
        "xlsx": QCoreApplication.translate("dialogs", "Excel workbook (*.xlsx)"),
        "pdf": QCoreApplication.translate("dialogs", "PDF (*.pdf)"),
        "csv": QCoreApplication.translate("dialogs", "CSV text (*.csv)"),
    }
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("dialogs", "Save the report"), suggested, filters.get(fmt, "*"))
    return path or None


def show_information(parent: QWidget | None, title: str, message: str) -> None:
    """A modal box that tells something (a backup made, a tool to use instead)."""
    QMessageBox.information(parent, title, message)


def ask_backup_destination(parent: QWidget | None, suggested: str) -> str | None:
    """Where to save a backup copy of the database (replacing an existing file was confirmed here)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("dialogs", "Back up the database"), suggested,
        QCoreApplication.translate("dialogs", "ComplaintDesk database (*.sqlite *.db);;All files (*)"))
    return path or None


def ask_backup_file(parent: QWidget | None, start_dir: str = "") -> str | None:
    """Let the user choose a backup copy to restore."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("dialogs", "Restore from a backup"), start_dir,
        QCoreApplication.translate("dialogs", "ComplaintDesk database (*.sqlite *.db);;All files (*)"))
    return path or None


def confirm_restore(parent: QWidget | None, backup_name: str, backup_time: str, location: str) -> bool:
    """True when the user agrees to replace the open database by the backup (made at ``backup_time``)."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("dialogs", "Restore from a backup?"),
                      fill(QCoreApplication.translate(
                          "dialogs", "Replace the database %1 by the backup %2 of %3?\n\n"
                                     "Everything entered since that time is no longer in the database. The "
                                     "current state is kept as a backup first. Every user signs in again."),
                           location, backup_name, backup_time),
                      QMessageBox.StandardButton.NoButton, parent)
    restore = box.addButton(QCoreApplication.translate("dialogs", "Restore"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is restore


# --- letters ----------------------------------------------------------------------------------------


def ask_printer(parent: QWidget | None, title: str) -> QPrinter | None:
    """The system print dialog: the printer the user chose and set up, or None when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


def ask_pdf_path(parent: QWidget | None, suggested: str, title: str = "") -> str | None:
    """Where to save a PDF (a letter, a dossier); replacing an existing file was confirmed here."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, title or QCoreApplication.translate("dialogs", "Save as PDF"), suggested,
        QCoreApplication.translate("dialogs", "PDF (*.pdf)"))
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path or None


def confirm_issue(parent: QWidget | None, letter: str, case_no: str, *, fonts: Sequence[tuple[str, str]] = (),
                  body_is_fangsong: bool = True) -> bool:
    """Issuing numbers and freezes a letter for good: True when the user means it. ``fonts``: (role, family)
    of the faces it is set in, named in the question (a body that is not a 仿宋 is pointed out)."""
    text = fill(QCoreApplication.translate(
        "dialogs", "Issue the %1 of case %2?\n\nIt gets the next number and is stored as it is: "
                   "it cannot be changed afterwards, only corrected by a new letter."), letter, case_no)
    if fonts:
        text += "\n\n" + "\n".join(f"{role}：{family}" for role, family in fonts)
        if not body_is_fangsong:
            text += "\n" + QCoreApplication.translate(
                "dialogs", "The body text is not in a FangSong (仿宋) face, as GB/T 9704 asks.")
    box = QMessageBox(QMessageBox.Icon.Question if body_is_fangsong else QMessageBox.Icon.Warning,
                      QCoreApplication.translate("dialogs", "Issue the letter?"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    issue = box.addButton(QCoreApplication.translate("dialogs", "Issue"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(issue)
    box.exec()
    return box.clickedButton() is issue


def ask_issue_with_gaps(parent: QWidget | None, message: str) -> bool:
    """The letter would print blanks for missing facts (``message`` names them): True to issue it anyway."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("dialogs", "Issue with blanks?"),
                      fill(QCoreApplication.translate(
                          "dialogs", "%1\n\nIssue it with the blanks, to be filled in by hand on paper?"), message),
                      QMessageBox.StandardButton.NoButton, parent)
    gaps = box.addButton(QCoreApplication.translate("dialogs", "Issue with blanks"),
                         QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is gaps


def confirm_batch_supervision(parent: QWidget | None, count: int) -> bool:
    """True when the user agrees to issue a supervision letter on each of ``count`` cases."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("dialogs", "Issue supervision letters?"),
                      fill(QCoreApplication.translate(
                          "dialogs", "Issue a numbered supervision letter to the debtor of each of these %1 cases? "
                                     "A case that had one in the last 30 days, or whose letter would have blanks, "
                                     "is left out and listed."), str(count)),
                      QMessageBox.StandardButton.NoButton, parent)
    issue = box.addButton(QCoreApplication.translate("dialogs", "Issue"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(issue)
    box.exec()
    return box.clickedButton() is issue


# --- files written for the user (exports) ------------------------------------------------------------

_last_export_dir: str | None = None


def export_path(file_name: str) -> str:
    """Where to suggest saving ``file_name``: the folder the user saved to last in this session, else their
    Documents folder (never the program's working folder, which nobody looks in)."""
    from PySide6.QtCore import QDir, QStandardPaths

    folder = _last_export_dir or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or QDir.homePath()
    return QDir(folder).filePath(file_name)


def remember_export(path: str) -> None:
    global _last_export_dir
    from pathlib import Path

    _last_export_dir = str(Path(path).parent)


def open_folder(path: str) -> bool:
    """Show the folder ``path`` is in, in the system's file manager."""
    from pathlib import Path

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


def show_saved(parent: QWidget | None, title: str, path: str) -> QMessageBox:
    """Say where a file was written, with a button that opens its folder (not modal: it waits for no answer)."""
    box = QMessageBox(QMessageBox.Icon.Information, title,
                      fill(QCoreApplication.translate("dialogs", "Saved as: %1"), path),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("saved_message_box")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    folder = box.addButton(QCoreApplication.translate("dialogs", "Open folder"), QMessageBox.ButtonRole.ActionRole)
    folder.setObjectName("open_folder_button")
    # An action button closes the box too; the folder opens as it does.
    folder.clicked.connect(lambda: open_folder(path))
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Close))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
