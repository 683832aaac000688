"""First-run set-up: the office's first administrator (user name, name, password twice) and the office's
identity (full name, short name, county, address, telephone, document code), saved together, then signed in.

Every letter prints the identity as its issuer, so all six are required and none may stay the shipped
placeholder (某某县工业和信息化局, X工信投字): the same rules as Settings ▸ Office, checked before the
form is sent (``services.first_start.set_up_problems``) and again by the service that saves it.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from complaintdesk.security import MIN_PASSWORD_LENGTH
from complaintdesk.services.first_start import set_up_problems
from complaintdesk.services.settings import (
    IDENTITY_FIELDS,
    OfficeIdentity,
    format_document_number,
    suggest_county,
    suggest_short_name,
)
from complaintdesk.ui import tasks
from complaintdesk.ui.form_dialog import FormDialog
from complaintdesk.ui.forms.ui_admin_setup_dialog import Ui_AdminSetupDialog
from complaintdesk.ui.labels import fill
from complaintdesk.ui.messages import ui_text

if TYPE_CHECKING:
    from complaintdesk.services.actor import Actor
    from complaintdesk.services.office import Office

# lupdate recognises calls of a function named translate (the preview borrows the Settings dialog's string).
translate = QCoreApplication.translate

DEFAULT_USERNAME = "admin"
PREVIEW_NUMBER = 1  # the number the code's preview shows: the office's first letter of the year
FRAME_ALLOWANCE = 40  # pixels of the screen's height left for the window's title bar


def create_and_sign_in(office: Office, username: str, display_name: str, password: str,
                       identity: OfficeIdentity) -> Actor:
    """Worker side: the first administrator and the office's identity in one transaction, then signed in
    with the same password (recorded as a login)."""
    return office.set_up(username, display_name, password, identity)


def known_identity(office: Office) -> dict[str, str]:
    """Worker side: the identity fields the office already has for real (say, set by ``complaintdesk-admin
    init --office-name …``), to start the form with; placeholders are left out."""
    details = office.settings.office_details()
    gaps = office.settings.identity_gaps()
    return {field: getattr(details, field) for field in IDENTITY_FIELDS if field not in gaps}


class AdminSetupDialog(FormDialog):
    """``saved`` carries the new administrator as the signed-in Actor."""

    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AdminSetupDialog()
        self.ui.setupUi(self)
        self.office = office
        ui = self.ui
        self.identity_edits: dict[str, QLineEdit] = {
            "name": ui.office_name_line_edit, "short_name": ui.short_name_line_edit, "county": ui.county_line_edit,
            "address": ui.address_line_edit, "phone": ui.phone_line_edit, "number_prefix": ui.number_prefix_line_edit,
        }
        # What the full name last suggested for these; a value the user typed is never replaced.
        self._suggested = {"short_name": "", "county": ""}
        self.setup_form(save_button=ui.save_button, cancel_button=ui.cancel_button,
                        general_error_label=ui.general_error_label)
        for field, label, widget in (
                ("username", ui.username_error_label, ui.username_line_edit),
                ("display_name", ui.display_name_error_label, ui.display_name_line_edit),
                ("password", ui.password_error_label, ui.password_line_edit),
                ("password_again", ui.password_again_error_label, ui.password_again_line_edit),
                ("name", ui.office_name_error_label, ui.office_name_line_edit),
                ("short_name", ui.short_name_error_label, ui.short_name_line_edit),
                ("county", ui.county_error_label, ui.county_line_edit),
                ("address", ui.address_error_label, ui.address_line_edit),
                ("phone", ui.phone_error_label, ui.phone_line_edit),
                ("number_prefix", ui.number_prefix_error_label, ui.number_prefix_line_edit)):
            self.errors.bind(field, label, widget)
            self.watch(widget, field=field)
        ui.office_name_line_edit.textChanged.connect(self._suggest_from_name)
        ui.number_prefix_line_edit.textChanged.connect(self._show_number_preview)
        with self.filling():
            ui.username_line_edit.setText(DEFAULT_USERNAME)
        ui.display_name_line_edit.setFocus()
        self._retranslate()
        tasks.run_task(partial(known_identity, office), self._identity_loaded, owner=self)  # a failure is logged

    # --- the identity ---------------------------------------------------------------------------

    def identity(self) -> OfficeIdentity:
        return OfficeIdentity(**{field: edit.text() for field, edit in self.identity_edits.items()})

    def _identity_loaded(self, known: dict[str, str]) -> None:
        """Start from what the office already has, in the fields nobody has typed into yet."""
        with self.filling():
            for field, value in known.items():
                edit = self.identity_edits[field]
                if not edit.text():
                    edit.setText(value)
                    if field in self._suggested:
                        self._suggested[field] = "\0"  # the office's own value, not a suggestion

    def _suggest_from_name(self, name: str) -> None:
        """Fill the short name and the county from the full name where they are obvious (阿鲁科尔沁旗工业和
        信息化局 → 阿鲁科尔沁旗工信局, 阿鲁科尔沁旗), unless the user has typed a value of their own."""
        for field, suggestion in (("short_name", suggest_short_name(name)), ("county", suggest_county(name))):
            edit = self.identity_edits[field]
            if edit.text() in ("", self._suggested[field]):
                self._suggested[field] = suggestion
                edit.setText(suggestion)

    def _show_number_preview(self) -> None:
        prefix = self.ui.number_prefix_line_edit.text().strip() or "…"
        example = format_document_number(prefix, self.office.today().year, PREVIEW_NUMBER)
        # The Settings dialog's own wording (and translation) of the same preview.
        self.ui.number_prefix_preview_label.setText(fill(translate("SettingsDialog", "Letters are numbered like %1"),
                                                         example))

    # --- saving ---------------------------------------------------------------------------------

    def build_call(self) -> Any:
        ui = self.ui
        username, display_name = ui.username_line_edit.text(), ui.display_name_line_edit.text()
        password, identity = ui.password_line_edit.text(), self.identity()
        for problem in set_up_problems(username, display_name, password, identity):
            if problem.field == "display_name" and not display_name.strip():
                self.errors.set("display_name", self.tr("Enter the administrator's name."))
            else:
                self.errors.set(problem.field, ui_text(problem.text))
        if "password" not in self.errors.messages() and ui.password_again_line_edit.text() != password:
            self.errors.set("password_again", self.tr("The two passwords differ: type the same password twice."))
        if self.errors.has_errors():
            return None
        return partial(create_and_sign_in, self.office, username, display_name, password, identity)

    # --- size -----------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit_height()
        return handled

    def _fit_height(self) -> None:
        """Grow to show every line of the messages next to the fields (a window's minimum size does not
        follow its word-wrapped labels), never beyond the screen."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.width())
        screen = self.screen().availableGeometry().height() if self.screen() is not None else needed
        if needed > self.height():
            self.resize(self.width(), min(needed, screen - FRAME_ALLOWANCE))

    # --- language -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.ui.rules_label.setText(fill(self.tr(
            "The password needs at least %1 characters and no spaces at its start or end. Keep it safe: "
            "only an administrator can set other users' passwords."), str(MIN_PASSWORD_LENGTH)))
        self._show_number_preview()
