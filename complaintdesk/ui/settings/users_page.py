"""The users page: who may be chosen as a handler; an administrator adds officers and sets first passwords."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from complaintdesk.services.settings import ADDABLE_ROLES, UserRow
from complaintdesk.ui import labels
from complaintdesk.ui.form_dialog import NOTICE_COLOUR, FieldErrors
from complaintdesk.ui.labels import fill
from complaintdesk.ui.settings.page import (
    OK_COLOUR,
    SettingsPage,
    fill_table,
    stretch_last_column,
    style_label,
    table_item,
    translate,
)

if TYPE_CHECKING:
    from complaintdesk.ui.settings.dialog import SettingsDialog


class UsersPage(SettingsPage):
    def __init__(self, dialog: SettingsDialog):
        super().__init__(dialog)
        ui = self.ui
        self.users: list[UserRow] = []
        self.can_manage = self.office.settings.can_manage_users()
        self.errors = FieldErrors(ui.users_error_label)
        self.errors.bind("username", ui.username_error_label, ui.username_line_edit)
        self.errors.bind("display_name", ui.display_name_error_label, ui.display_name_line_edit)
        self.errors.bind("role", ui.role_error_label, ui.role_combo)
        self.errors.bind("new_password", ui.new_password_error_label, ui.new_password_line_edit)
        stretch_last_column(ui.users_table_widget)
        for role in ADDABLE_ROLES:
            ui.role_combo.addItem("", role)
        ui.username_line_edit.textChanged.connect(lambda _t: self._typed("username"))
        ui.display_name_line_edit.textChanged.connect(lambda _t: self._typed("display_name"))
        ui.display_name_line_edit.returnPressed.connect(self.add)
        ui.add_user_button.clicked.connect(self.add)
        ui.new_password_line_edit.textChanged.connect(lambda _t: self._typed("new_password"))
        ui.reset_password_button.clicked.connect(self.set_password)
        ui.add_user_group_box.setEnabled(self.can_manage)

    @property
    def dirty(self) -> bool:
        return bool(self.ui.username_line_edit.text().strip() or self.ui.display_name_line_edit.text().strip())

    def _typed(self, field: str) -> None:
        self.errors.clear(field)
        self.dialog.update_dirty()

    def update_buttons(self) -> None:
        self.ui.add_user_button.setEnabled(self.can_manage and not self.busy)
        self.ui.reset_password_button.setEnabled(self.can_manage and not self.busy)

    def load(self) -> None:
        self.run(self.office.settings.users, self._loaded, busy=False)

    def _loaded(self, users: list[UserRow]) -> None:
        self.users = users
        rows = []
        for user in users:
            if user.active:
                status = translate("SettingsDialog", "active")
            else:
                status = translate("SettingsDialog", "disabled")
            rows.append([table_item(user.username), table_item(user.display_name), table_item(labels.role_label(user.role)),
                         table_item(status)])
            if user.id == self.office.actor.user_id:
                rows[-1][0].setToolTip(translate("SettingsDialog", "This is you"))
                for item in rows[-1]:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
        fill_table(self.ui.users_table_widget, rows)

    def add(self) -> None:
        if not self.can_manage or self.busy:
            return
        ui = self.ui
        self.errors.clear()
        self.run(partial(self.office.settings.add_user, username=ui.username_line_edit.text(), display_name=ui.display_name_line_edit.text(),
                         role=str(ui.role_combo.currentData()), password=ui.new_password_line_edit.text()),
                 self._added)

    def set_password(self) -> None:
        """Give the user selected in the table the password typed in the first-password field."""
        ui = self.ui
        row = ui.users_table_widget.currentRow()
        if not self.can_manage or self.busy:
            return
        self.errors.clear()
        if not 0 <= row < len(self.users):
            self.errors.set_general(translate("SettingsDialog", "Select a user in the table first."))
            return
        user = self.users[row]
        self.run(partial(self.office.settings.set_user_password, user.id, ui.new_password_line_edit.text()), lambda _none: self._password_set(user))

    def _password_set(self, user: UserRow) -> None:
        self.ui.new_password_line_edit.clear()
        self.dialog.show_status(fill(translate("SettingsDialog", "New password set for %1 (%2)."),
                                     user.display_name, user.username), OK_COLOUR)

    def _added(self, user: UserRow) -> None:
        ui = self.ui
        ui.username_line_edit.clear()
        ui.display_name_line_edit.clear()
        ui.new_password_line_edit.clear()
        self.errors.clear()
        self.dialog.show_status(fill(translate("SettingsDialog", "%1 (%2) added as %3."),
                                     user.display_name, user.username,
                                     labels.role_label(user.role)), OK_COLOUR)
        self.dialog.update_dirty()
        self.dialog.settingsChanged.emit("users")
        self.load()

    def retranslate(self) -> None:
        ui = self.ui
        for index in range(ui.role_combo.count()):
            ui.role_combo.setItemText(index, labels.role_label(ui.role_combo.itemData(index)))
        if self.can_manage:
            ui.users_note_label.setText(translate("SettingsDialog",
                "People who can be chosen as a case's handler. Add officers and supervisors here with a first "
                "password, which they change after signing in; select a user to give them a new one."))
            style_label(ui.users_note_label, None)
        else:
            ui.users_note_label.setText(translate(
                "SettingsDialog", "Only an administrator can add users: this page is read-only for you."))
            style_label(ui.users_note_label, NOTICE_COLOUR)
        if self.users:
            self._loaded(self.users)
