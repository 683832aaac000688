"""The office settings dialog: holiday schedules, procedure rules, the LPR table, office details, letters
(fonts by role, pre-printed letterhead paper) and users.

Each page (a module of this package) loads and saves on its own, on a worker, through
``office.schedules`` and ``office.settings``; a failed save leaves everything typed in place and
shows the problems next to their fields. Closing with unsaved input asks first.
``settingsChanged`` tells the main window what to read again.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QTableWidget, QWidget

from complaintdesk import clock
from complaintdesk.ui import dialogs
from complaintdesk.ui.form_dialog import NOTICE_COLOUR
from complaintdesk.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from complaintdesk.ui.settings.holidays_page import HolidaysPage
from complaintdesk.ui.settings.letters_page import LettersPage
from complaintdesk.ui.settings.lpr_page import LprPage
from complaintdesk.ui.settings.office_page import OfficePage
from complaintdesk.ui.settings.page import SettingsPage, style_label, translate
from complaintdesk.ui.settings.procedures_page import ProceduresPage
from complaintdesk.ui.settings.users_page import UsersPage

if TYPE_CHECKING:
    from complaintdesk.services.office import Office

_GEOMETRY_KEY = "settings_dialog/geometry"
_TAB_KEY = "settings_dialog/tab"


class SettingsDialog(QDialog):
    """Six pages of settings of one office; not modal, and one at a time (the main window sees to that)."""

    settingsChanged = Signal(str)  # "calendar" | "procedures" | "lpr" | "office" | "letters" | "users"

    HOLIDAYS, PROCEDURES, LPR, OFFICE, LETTERS, USERS = range(6)  # the tabs (the letters' tab is made in code)

    def __init__(self, office: Office, qsettings: QSettings, parent: QWidget | None = None, *,
                 today: date | None = None):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.office = office
        self.qsettings = qsettings
        self.today = today or clock.today()
        # The services check again; this only spares the user edits that could not be saved.
        self.can_edit = office.settings.can_manage_rules()
        self.ui.close_button.clicked.connect(self.reject)
        self.ui.close_button.setAutoDefault(False)
        for button in (self.ui.save_holidays_button, self.ui.preview_button, self.ui.add_days_button,
                       self.ui.save_procedures_button, self.ui.add_lpr_button, self.ui.save_office_button,
                       self.ui.add_user_button):
            button.setAutoDefault(False)
        for label in (self.ui.year_status_label, self.ui.status_label):
            label.setWordWrap(True)
        for table in self.findChildren(QTableWidget):
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)

        self.holidays = HolidaysPage(self)
        self.procedures = ProceduresPage(self)
        self.lpr = LprPage(self)
        self.office_page = OfficePage(self)
        self.letters = LettersPage(self)  # its tab goes after the office's
        self.users = UsersPage(self)
        self.pages: tuple[SettingsPage, ...] = (self.holidays, self.procedures, self.lpr, self.office_page,
                                                self.letters, self.users)  # in the order of their tabs

        geometry = qsettings.value(_GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        try:
            tab = int(str(qsettings.value(_TAB_KEY, 0)))
        except ValueError:
            tab = 0
        self.ui.tab_widget.setCurrentIndex(tab if 0 <= tab < self.ui.tab_widget.count() else 0)
        self.ui.tab_widget.currentChanged.connect(lambda index: self.qsettings.setValue(_TAB_KEY, index))
        self._retranslate()
        for page in self.pages:
            page.update_buttons()
            page.load()

    # --- shared --------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return any(page.dirty for page in self.pages)

    @property
    def busy(self) -> bool:
        return any(page.busy for page in self.pages)

    def update_dirty(self) -> None:
        """Mark the tabs with unsaved input, so that nothing is left behind unnoticed."""
        tabs = self.ui.tab_widget
        for index, page in enumerate(self.pages):
            colour = QColor(Qt.GlobalColor.darkRed) if page.dirty else tabs.palette().text().color()
            tabs.tabBar().setTabTextColor(index, colour)
            page.update_buttons()

    def show_status(self, text: str, colour: str | None = None) -> None:
        self.ui.status_label.setText(text)
        style_label(self.ui.status_label, colour)

    # --- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        # A save already sent cannot be called back; its answer decides what the list shows.
        if self.busy:
            self.show_status(translate("SettingsDialog", "Still saving: close the dialog when it is done."),
                             NOTICE_COLOUR)
            return
        if self.dirty and not dialogs.ask_discard_changes(self):
            return
        self.qsettings.setValue(_GEOMETRY_KEY, self.saveGeometry())
        super().reject()

    # --- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        for page in self.pages:
            page.retranslate()
        if not self.can_edit:
            self.show_status(translate(
                "SettingsDialog", "Only an administrator can change these settings; you can look at them."),
                             NOTICE_COLOUR)
