"""First-run set-up: the office's first administrator (user name, name, password twice), then signed in."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from complaintdesk.security import MIN_PASSWORD_LENGTH, password_problem
from complaintdesk.ui.form_dialog import FormDialog
from complaintdesk.ui.forms.ui_admin_setup_dialog import Ui_AdminSetupDialog
from complaintdesk.ui.labels import fill
from complaintdesk.ui.messages import ui_text

if TYPE_CHECKING:
    from complaintdesk.services.actor import Actor
    from complaintdesk.services.office import Office

DEFAULT_USERNAME = "admin"


def create_and_sign_in(office: Office, username: str, display_name: str, password: str) -> Actor:
    """Worker side: create the first administrator, then sign in with the same password (recorded as a login)."""
    actor = office.accounts.create_first_admin(username, display_name, password)
    return office.sign_in(actor.username, password)


class AdminSetupDialog(FormDialog):
    """``saved`` carries the new administrator as the signed-in Actor."""

    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AdminSetupDialog()
        self.ui.setupUi(self)
        self.office = office
        ui = self.ui
        self.setup_form(save_button=ui.save_button, cancel_button=ui.cancel_button,
                        general_error_label=ui.general_error_label)
        for field, label, widget in (
                ("username", ui.username_error_label, ui.username_line_edit),
                ("display_name", ui.display_name_error_label, ui.display_name_line_edit),
                ("password", ui.password_error_label, ui.password_line_edit),
                ("password_again", ui.password_again_error_label, ui.password_again_line_edit)):
            self.errors.bind(field, label, widget)
            self.watch(widget, field=field)
        ui.password_again_line_edit.returnPressed.connect(self.save)
        with self.filling():
            ui.username_line_edit.setText(DEFAULT_USERNAME)
        ui.display_name_line_edit.setFocus()
        self._retranslate()

    def build_call(self) -> Any:
        ui = self.ui
        password = ui.password_line_edit.text()
        if not ui.display_name_line_edit.text().strip():
            self.errors.set("display_name", self.tr("Enter the administrator's name."))
        if problem := password_problem(password):
            self.errors.set("password", ui_text(problem))
        elif ui.password_again_line_edit.text() != password:
            self.errors.set("password_again", self.tr("The two passwords differ: type the same password twice."))
        if self.errors.has_errors():
            return None
        return partial(create_and_sign_in, self.office, ui.username_line_edit.text(),
                       ui.display_name_line_edit.text(), password)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.ui.rules_label.setText(fill(self.tr(
            "The password needs at least %1 characters and no spaces at its start or end. Keep it safe: "
            "only an administrator can set other users' passwords."), str(MIN_PASSWORD_LENGTH)))
