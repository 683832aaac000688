"""A database that cannot be opened (damaged, not ComplaintDesk's, or from a newer version): what now?

The dialog says what is wrong in words and offers the way out: restore one of the backups kept
next to the file (newest first, with their dates), choose another database, or quit.
``ask_recovery`` is the one name a test patches.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from complaintdesk.ui.form_dialog import ERROR_COLOUR
from complaintdesk.ui.forms.ui_damaged_database_dialog import Ui_DamagedDatabaseDialog
from complaintdesk.ui.labels import fill

if TYPE_CHECKING:
    from complaintdesk.services.maintenance import BackupFile


class RecoveryChoice(StrEnum):
    RESTORE = "restore"
    OTHER_DATABASE = "other_database"
    QUIT = "quit"
    NOTHING = "nothing"  # the dialog was closed: the window stays, with no database open


@dataclass(frozen=True)
class Recovery:
    choice: RecoveryChoice
    backup: Path | None = None


def size_text(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(1, round(size / 1024))} KB"


class DamagedDatabaseDialog(QDialog):
    def __init__(self, db_path: Path, problem: str, backups: list[BackupFile], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DamagedDatabaseDialog()
        self.ui.setupUi(self)
        self.db_path = db_path
        self.problem = problem
        self.backups = backups
        self.choice = Recovery(RecoveryChoice.NOTHING)
        ui = self.ui
        ui.general_error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        ui.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for backup in backups:
            item = QListWidgetItem(ui.backups_list_widget)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(str(backup.path))
        if backups:
            ui.backups_list_widget.setCurrentRow(0)
        ui.backups_list_widget.itemDoubleClicked.connect(lambda _item: self._restore())
        ui.backups_list_widget.currentRowChanged.connect(lambda _row: self._update_buttons())
        ui.restore_button.clicked.connect(self._restore)
        ui.other_database_button.clicked.connect(lambda: self._finish(Recovery(RecoveryChoice.OTHER_DATABASE)))
        ui.quit_button.clicked.connect(lambda: self._finish(Recovery(RecoveryChoice.QUIT)))
        self._retranslate()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.restore_button.setEnabled(self.ui.backups_list_widget.currentItem() is not None)

    def _restore(self) -> None:
        item = self.ui.backups_list_widget.currentItem()
        if item is not None:
            self._finish(Recovery(RecoveryChoice.RESTORE, Path(item.data(Qt.ItemDataRole.UserRole))))

    def _finish(self, recovery: Recovery) -> None:
        self.choice = recovery
        self.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        ui = self.ui
        ui.problem_label.setText(fill(self.tr(
            "%1 cannot be opened:\n%2\n\nThe file was not changed. Restoring a backup keeps the file as it is "
            "in the backups folder and puts the backup in its place."), str(self.db_path), self.problem))
        for row, backup in enumerate(self.backups):
            ui.backups_list_widget.item(row).setText(fill(self.tr("%1 — %2 (%3)"),
                                                          backup.modified.strftime("%Y-%m-%d %H:%M"),
                                                          backup.path.name, size_text(backup.size)))
        if self.backups:
            ui.backups_label.setText(self.tr("Backups of this database, newest first:"))
        else:
            ui.backups_label.setText(fill(self.tr("There are no backups in %1."), str(self.db_path.parent / "backups")))


def ask_recovery(parent: QWidget | None, db_path: Path, problem: str, backups: list[BackupFile]) -> Recovery:
    """Show the dialog (modal) and return what the user chose."""
    dialog = DamagedDatabaseDialog(db_path, problem, backups, parent)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice
