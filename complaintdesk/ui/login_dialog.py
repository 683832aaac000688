"""The sign-in dialog: user name and password, checked by ``Office.sign_in`` on a worker (scrypt is slow on purpose).

A refusal (wrong password, locked account, disabled account) is shown next to the password in the
interface language; the user name stays, the password is cleared for the next try.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from complaintdesk.ui.form_dialog import FormDialog
from complaintdesk.ui.forms.ui_login_dialog import Ui_LoginDialog
from complaintdesk.ui.labels import fill
from complaintdesk.ui.messages import error_text

if TYPE_CHECKING:
    from complaintdesk.services.office import Office


class LoginDialog(FormDialog):
    """``saved`` carries the signed-in Actor; ``office.actor`` is that user from then on."""

    def __init__(self, office: Office, *, username: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.office = office
        ui = self.ui
        # Enter in the password field signs in (a two-field form has nothing to send by mistake).
        self.setup_form(save_button=ui.sign_in_button, cancel_button=ui.cancel_button,
                        general_error_label=ui.general_error_label, enter_exempt=[ui.password_line_edit])
        self.errors.bind("username", ui.username_error_label, ui.username_line_edit)
        self.errors.bind("password", ui.password_error_label, ui.password_line_edit)
        ui.password_line_edit.returnPressed.connect(self.save)
        ui.username_line_edit.textChanged.connect(lambda _t: self.errors.clear("username"))
        ui.password_line_edit.textChanged.connect(lambda _t: self.errors.clear("password"))
        ui.username_line_edit.setText(username)
        (ui.password_line_edit if username else ui.username_line_edit).setFocus()
        self._retranslate()

    def build_call(self) -> Any:
        username = self.ui.username_line_edit.text().strip()
        password = self.ui.password_line_edit.text()
        if not username:
            self.errors.set("username", self.tr("Enter your user name."))
        if not password:
            self.errors.set("password", self.tr("Enter your password."))
        if self.errors.has_errors():
            return None
        return partial(self.office.sign_in, username, password)

    def handle_failure(self, exc: BaseException) -> bool:
        from complaintdesk.services.auth import LoginFailed

        if not isinstance(exc, LoginFailed):
            return False
        self.ui.password_line_edit.clear()  # clears its label too: the message is set after
        self.errors.set("password", error_text(exc))
        self.ui.password_line_edit.setFocus()
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.ui.intro_label.setText(fill(self.tr("Sign in to the office database %1."), self.office.location))
