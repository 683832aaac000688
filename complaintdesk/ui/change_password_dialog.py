"""Changing one's own password: the current one, then the new one twice (``auth.change_password`` on a worker).

Right after signing in with a one-time password (given by an administrator: ``init``, a new account, a
reset) the same dialog asks only for the new password twice (``Office.finish_sign_in``): the office is
shown once it is saved, and cancelling it signs nobody in."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from complaintdesk.security import MIN_PASSWORD_LENGTH
from complaintdesk.ui.form_dialog import FormDialog
from complaintdesk.ui.forms.ui_change_password_dialog import Ui_ChangePasswordDialog
from complaintdesk.ui.labels import fill

if TYPE_CHECKING:
    from complaintdesk.services.office import Office


def change_own_password(office: Office, old: str, new: str) -> None:
    """Worker side: the signed-in user's password (the service checks the old one and the rules)."""
    office.accounts.change_own_password(old, new)


def replace_one_time_password(office: Office, new: str) -> None:
    """Worker side: the user who just signed in with a one-time password sets their own, then acts."""
    office.finish_sign_in(new)


class ChangePasswordDialog(FormDialog):
    def __init__(self, office: Office, parent: QWidget | None = None, *, one_time: bool = False):
        super().__init__(parent)
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self.office = office
        self.one_time = one_time
        ui = self.ui
        self.setup_form(save_button=ui.save_button, cancel_button=ui.cancel_button,
                        general_error_label=ui.general_error_label)
        for field, label, widget in (
                ("old_password", ui.old_password_error_label, ui.old_password_line_edit),
                ("new_password", ui.new_password_error_label, ui.new_password_line_edit),
                ("new_password_again", ui.new_password_again_error_label, ui.new_password_again_line_edit)):
            self.errors.bind(field, label, widget)
            self.watch(widget, field=field)
        ui.new_password_again_line_edit.returnPressed.connect(self.save)
        if one_time:  # the one-time password was typed a moment ago, at the sign-in
            ui.form_layout.setRowVisible(ui.old_password_field_layout, False)
        (ui.new_password_line_edit if one_time else ui.old_password_line_edit).setFocus()
        self._retranslate()

    def build_call(self) -> Any:
        ui = self.ui
        new = ui.new_password_line_edit.text()
        if not self.one_time and not ui.old_password_line_edit.text():
            self.errors.set("old_password", self.tr("Enter your current password."))
        if ui.new_password_again_line_edit.text() != new:
            self.errors.set("new_password_again", self.tr("The two passwords differ: type the same password twice."))
        if self.errors.has_errors():
            return None
        if self.one_time:
            return partial(replace_one_time_password, self.office, new)
        return partial(change_own_password, self.office, ui.old_password_line_edit.text(), new)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        if self.one_time:
            self._retranslate_one_time()
            return
        actor = self.office.actor
        self.ui.intro_label.setText(fill(self.tr("New password for %1 (%2)."), actor.display_name, actor.username))
        self.ui.rules_label.setText(fill(self.tr(
            "At least %1 characters, no spaces at the start or end, and not the same as the current one."),
            str(MIN_PASSWORD_LENGTH)))

    def _retranslate_one_time(self) -> None:
        actor = self.office.password_change_pending or self.office.actor
        self.setWindowTitle(self.tr("Choose your password"))
        self.ui.intro_label.setText(fill(self.tr(
            "%1 (%2) signed in with a one-time password set by an administrator. Choose a password of your "
            "own: the office opens once it is saved."), actor.display_name, actor.username))
        self.ui.rules_label.setText(fill(self.tr(
            "At least %1 characters, no spaces at the start or end, and not the one-time password."),
            str(MIN_PASSWORD_LENGTH)))
