"""Every dialog fits the screen (title bar included), scrolls its inputs rather than squashing them, and a
message appearing next to a field moves nothing where there is room to keep its line free.

The test screen (Qt's offscreen platform) is 800 × 800: narrower than 1024 × 768 and as low as 768
minus a taskbar, so a dialog that fits here fits an office PC.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from complaintdesk.ui import screen_fit
from complaintdesk.ui.action_dialog import ActionDialog
from complaintdesk.ui.claim_dialog import ClaimDialog
from complaintdesk.ui.form_dialog import FormDialog
from complaintdesk.ui.import_dialog import ImportDialog
from complaintdesk.ui.instalments_dialog import InstalmentsDialog
from complaintdesk.ui.letter_dialog import LetterDialog
from complaintdesk.ui.payment_dialog import PaymentDialog
from complaintdesk.ui.registration_dialog import RegistrationDialog
from complaintdesk.ui.report_dialog import ReportDialog
from tests.ui.case_helpers import arrears_case_with_claims, wait_idle
from tests.ui.helpers import LOAD_TIMEOUT_MS

TITLE_BAR = 40  # what screen_fit allows for the frame a window manager adds


def screen_area() -> QRect:
    return QApplication.primaryScreen().availableGeometry()


def assert_fits(dialog) -> None:
    area = screen_area()
    frame = QRect(dialog.pos(), dialog.size() + QSize(16, TITLE_BAR))
    assert area.contains(frame), (type(dialog).__name__, dialog.geometry(), area)


def dialogs_of(office):
    detail = arrears_case_with_claims(office)
    claim = detail.claims[0]
    return {
        "registration": lambda: RegistrationDialog(office.registration, office.lookup,
                                                   current_user_id=office.actor.user_id),
        "action": lambda: ActionDialog(office.actions, detail, "request_extension"),
        "claim": lambda: ClaimDialog(office.claims, detail, claim),
        "payment": lambda: PaymentDialog(office.claims, detail, claim),
        "instalments": lambda: InstalmentsDialog(office.claims, detail, claim),
        "report": lambda: ReportDialog(office),
        "import": lambda: ImportDialog(office),
        "letter": lambda: LetterDialog(office.documents, detail, kind="reply"),
    }


@pytest.mark.parametrize("name", ["registration", "action", "claim", "payment", "instalments", "report", "import",
                                  "letter"])
def test_every_dialog_fits_the_screen_with_its_buttons_in_reach(qtbot, demo_office, name):
    dialog = dialogs_of(demo_office)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)

    assert_fits(dialog)
    for button in dialog.findChildren(QPushButton):
        if button.isVisibleTo(dialog) and button.objectName() in ("save_button", "cancel_button", "close_button"):
            corner = button.mapTo(dialog, button.rect().bottomRight())
            assert dialog.rect().contains(corner), (name, button.objectName())
    if isinstance(dialog, FormDialog):
        assert dialog.body_scroll_area is not None  # a smaller screen scrolls the inputs, never squashes them
        dialog.mark_clean()
    wait_idle(qtbot)


def test_the_registration_dialog_scrolls_to_the_first_bad_field_and_keeps_every_message(qtbot, demo_office):
    dialog = RegistrationDialog(demo_office.registration, demo_office.lookup, current_user_id=demo_office.actor.user_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.ui.save_button.isEnabled, timeout=LOAD_TIMEOUT_MS)
    dialog.resize(dialog.width(), 420)  # much lower than the form

    dialog.save()
    qtbot.waitUntil(lambda: "summary" in dialog.errors.messages(), timeout=LOAD_TIMEOUT_MS)

    area = dialog.body_scroll_area
    assert area.verticalScrollBar().maximum() > 0
    focused = QApplication.focusWidget()
    top_left = focused.mapTo(area.viewport(), focused.rect().topLeft())
    assert area.viewport().rect().contains(top_left)  # the field with the first message is in view
    # Squashed by nothing: every input keeps at least its minimum height
    for widget in (dialog.ui.summary_plain_text_edit, dialog.ui.complainant_name_line_edit):
        assert widget.height() >= widget.minimumSizeHint().height()
    dialog.mark_clean()
    wait_idle(qtbot)


def test_a_message_moves_nothing_in_a_dialog_with_room_for_it(qtbot, demo_office):
    detail = arrears_case_with_claims(demo_office)
    dialog = PaymentDialog(demo_office.claims, detail, detail.claims[0])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.errors.field_space_reserved
    ui = dialog.ui
    before = {w.objectName(): w.geometry() for w in (ui.voucher_line_edit, ui.save_button, ui.amount_line_edit)}

    dialog.errors.set("amount", "金额格式不正确")
    dialog.errors.set("", "保存失败")
    qtbot.waitUntil(ui.amount_error_label.isVisible)
    QApplication.processEvents()

    assert {w.objectName(): w.geometry() for w in (ui.voucher_line_edit, ui.save_button, ui.amount_line_edit)} \
        == before
    dialog.mark_clean()


def test_a_window_larger_than_the_screen_is_cut_to_it_and_moved_onto_it(qtbot):
    window = QDialog()
    qtbot.addWidget(window)
    area = screen_area()
    window.resize(area.width() + 300, area.height() + 200)
    window.move(area.right() - 50, area.bottom() - 50)

    screen_fit.fit_to_screen(window)

    assert window.width() <= area.width() - 16 and window.height() <= area.height() - TITLE_BAR
    assert area.contains(QRect(window.pos(), window.size()))


def test_scroll_body_keeps_messages_and_buttons_below_the_scrolled_inputs(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    inputs = [QLabel(f"field {n}") for n in range(3)]
    for widget in inputs:
        layout.addWidget(widget)
    message, button = QLabel("message"), QPushButton("save")
    layout.addWidget(message)
    layout.addWidget(button)

    area = screen_fit.scroll_body(dialog, [message, button])

    assert [layout.itemAt(i).widget() for i in range(layout.count())] == [area, message, button]
    body: QWidget = area.widget()
    assert all(body.isAncestorOf(widget) for widget in inputs)


def test_messages_move_nothing_in_the_registration_dialog_even_on_a_low_screen(qtbot, demo_office):
    # Issue 16, 14: at 768 high the registration form's messages pushed the fields below them down.
    dialog = RegistrationDialog(demo_office.registration, demo_office.lookup, current_user_id=demo_office.actor.user_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.ui.save_button.isEnabled, timeout=LOAD_TIMEOUT_MS)
    assert dialog.errors.field_space_reserved
    ui = dialog.ui
    watched = (ui.complainant_name_line_edit, ui.procedure_combo, ui.summary_plain_text_edit, ui.save_button)
    body = dialog.body_scroll_area.widget()
    before = {w.objectName(): w.mapTo(dialog, w.rect().topLeft()) if w is ui.save_button
              else w.mapTo(body, w.rect().topLeft()) for w in watched}

    dialog.save()  # an empty form: a message next to nearly every field
    qtbot.waitUntil(lambda: "summary" in dialog.errors.messages(), timeout=LOAD_TIMEOUT_MS)
    QApplication.processEvents()

    after = {w.objectName(): w.mapTo(dialog, w.rect().topLeft()) if w is ui.save_button
             else w.mapTo(body, w.rect().topLeft()) for w in watched}
    assert after == before
    dialog.mark_clean()
    wait_idle(qtbot)
