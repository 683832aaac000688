"""Helpers for UI tests: waiting for the asynchronous case list to settle, typing, answering the first dialogs."""

from __future__ import annotations

import re

LOAD_TIMEOUT_MS = 15_000


def wait_until_loaded(qtbot, model) -> None:
    qtbot.waitUntil(lambda: not model.loading and model.query is not None, timeout=LOAD_TIMEOUT_MS)


def visible_rows(qtbot, model, limit: int | None = None) -> list:
    """The CaseRows of the first ``limit`` rows, waiting for their pages to arrive."""
    count = model.rowCount() if limit is None else min(limit, model.rowCount())
    rows = []
    for row in range(count):
        if not model.is_row_loaded(row):
            model.row_at(row)  # asks for the page, as painting would
            qtbot.waitUntil(lambda row=row: model.is_row_loaded(row), timeout=LOAD_TIMEOUT_MS)
        rows.append(model.row_at(row))
    return rows


def sign_in(qtbot, window, username: str, password: str) -> None:
    """Answer the sign-in dialog the window shows after opening an office, as a user would type it."""
    from complaintdesk.ui.login_dialog import LoginDialog

    # A window started in stages (app.start) has its sign-in part once its frame is painted.
    qtbot.waitUntil(lambda: window.access is not None and isinstance(window.access.dialog, LoginDialog),
                    timeout=LOAD_TIMEOUT_MS)
    dialog = window.access.dialog
    dialog.ui.username_line_edit.setText(username)
    dialog.ui.password_line_edit.setText(password)
    dialog.ui.sign_in_button.click()


def set_up_admin(qtbot, window, display_name: str = "张管理", password: str = "first-admin-pw") -> None:
    """Answer the first-run set-up dialog (user name left at its default, admin; the office's identity
    from tests/identity.py)."""
    from complaintdesk.ui.admin_setup_dialog import AdminSetupDialog
    from tests.identity import OFFICE_IDENTITY

    # A window started in stages (app.start) has its sign-in part once its frame is painted.
    qtbot.waitUntil(lambda: window.access is not None and isinstance(window.access.dialog, AdminSetupDialog),
                    timeout=LOAD_TIMEOUT_MS)
    dialog = window.access.dialog
    ui = dialog.ui
    ui.display_name_line_edit.setText(display_name)
    ui.password_line_edit.setText(password)
    ui.password_again_line_edit.setText(password)
    for field, edit in dialog.identity_edits.items():
        edit.setText(OFFICE_IDENTITY[field])
    ui.save_button.click()


def type_into(qtbot, edit, text: str) -> None:
    """Replace a line (or plain text) edit's text as a user types it: ASCII key by key; Chinese the way an input method
    commits it (QTest can only press keys of the ASCII range)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    for chunk in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if chunk.isascii():
            qtbot.keyClicks(edit, chunk)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QApplication.sendEvent(edit, event)
    typed = edit.toPlainText() if hasattr(edit, "toPlainText") else edit.text()
    assert typed == text
