"""The officer's desk in the main window: register with Ctrl+N, open cases from the list, step through them."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from complaintdesk.services.case_query import CaseQuery
from complaintdesk.ui.case_view import CaseView
from complaintdesk.ui.case_view_models import ClaimColumn
from complaintdesk.ui.filter_panel import QuickFilter
from complaintdesk.ui.formats import to_qdate
from complaintdesk.ui.registration_dialog import RegistrationDialog
from tests.dates import TODAY
from tests.ui.case_helpers import STATE_ORGAN_USCC, VALID_ENTERPRISE_USCC, wait_idle
from tests.ui.helpers import LOAD_TIMEOUT_MS, visible_rows, wait_until_loaded


@pytest.fixture
def window(open_window, demo_db_path, qtbot):
    window = open_window(str(demo_db_path))
    window.resize(1280, 800)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    wait_idle(qtbot)


def current_view(qtbot, window) -> CaseView:
    qtbot.waitUntil(lambda: window.current_case_view() is not None, timeout=LOAD_TIMEOUT_MS)
    view = window.current_case_view()
    qtbot.waitUntil(lambda: view.detail is not None and not view.loading, timeout=LOAD_TIMEOUT_MS)
    return view


def test_ctrl_n_registers_a_case_which_opens_and_is_in_the_list(qtbot, window):
    office = window.office
    before = office.cases.count(CaseQuery())

    # When Ctrl+N is pressed and the form is filled in and saved with Ctrl+Enter
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.registration_dialog
    assert isinstance(dialog, RegistrationDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.ui.save_button.isEnabled, timeout=LOAD_TIMEOUT_MS)
    ui = dialog.ui
    ui.complainant_name_line_edit.insert("乌兰镇测试建材有限公司")
    qtbot.keyClicks(ui.complainant_uscc_line_edit, VALID_ENTERPRISE_USCC)
    ui.respondent_name_line_edit.insert("县测试局")
    qtbot.keyClicks(ui.respondent_uscc_line_edit, STATE_ORGAN_USCC)
    ui.channel_combo.setCurrentIndex(ui.channel_combo.findData("hotline_12345"))
    ui.category_combo.setCurrentIndex(ui.category_combo.findData("arrears"))
    ui.summary_plain_text_edit.insertPlainText("拖欠建材款。")
    assert ui.procedure_combo.currentData() == "hotline"  # suggested by the channel
    qtbot.keyClick(ui.summary_plain_text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    # Then the new case opens in its own tab…
    view = current_view(qtbot, window)
    detail = view.detail
    assert detail.complainant.name == "乌兰镇测试建材有限公司"
    tabs = window.ui.case_tab_widget
    assert tabs.tabText(tabs.currentIndex()) == detail.case_no
    assert office.cases.count(CaseQuery()) == before + 1
    assert not window.filter_dock.isVisible()  # the list's filters give the case their room
    qtbot.waitUntil(lambda: window.registration_dialog is None, timeout=LOAD_TIMEOUT_MS)

    # …and the list shows it
    window.search_line_edit.setText(detail.case_no)
    qtbot.waitUntil(lambda: window.model.query.text == detail.case_no, timeout=LOAD_TIMEOUT_MS)
    wait_until_loaded(qtbot, window.model)
    assert [r.case_no for r in visible_rows(qtbot, window.model)] == [detail.case_no]

    # Ctrl+W closes the case tab; the list stays
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.case_views() == [] and tabs.currentWidget() is window.ui.case_list_tab
    assert window.filter_dock.isVisible()


def test_closing_the_window_does_not_silently_drop_a_half_typed_complaint(qtbot, window, monkeypatch):
    from complaintdesk.ui import dialogs

    answers = [False, True]
    monkeypatch.setattr(dialogs, "ask_discard_changes", lambda parent: answers.pop(0))
    window.ui.new_case_action.trigger()
    dialog = window.registration_dialog
    qtbot.waitUntil(dialog.ui.save_button.isEnabled, timeout=LOAD_TIMEOUT_MS)
    dialog.ui.summary_plain_text_edit.insertPlainText("电话里说到一半")

    window.close()  # "keep editing"
    assert window.isVisible() and dialog.isVisible() and answers == [True]

    window.close()  # "discard"
    assert not window.isVisible() and not dialog.isVisible() and answers == []


def test_filter_to_overdue_open_a_case_add_a_claim_and_a_payment(qtbot, window):
    # Given the overdue cases, and the first one opened with Enter
    window.filter_panel.action(QuickFilter.OVERDUE).trigger()
    wait_until_loaded(qtbot, window.model)
    first = visible_rows(qtbot, window.model, 1)[0]
    assert first.overdue
    table = window.ui.case_table_view
    table.setFocus()
    table.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    view = current_view(qtbot, window)
    assert view.detail.id == first.id
    assert view.ui.next_deadline_label.text().startswith("下一期限：")
    assert "逾期" in view.ui.next_deadline_label.text()
    assert "#a1260d" in view.ui.next_deadline_label.styleSheet()  # overdue red
    claims_before = len(view.detail.claims)
    totals_before = view.detail.totals

    # When a claim is added through the claim dialog
    qtbot.mouseClick(view.ui.add_claim_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    delivered = TODAY - timedelta(days=150)
    qtbot.keyClicks(dialog.ui.contract_no_line_edit, "HT-TEST-1")
    qtbot.keyClicks(dialog.ui.contract_signed_line_edit, (delivered - timedelta(days=20)).isoformat())
    dialog.ui.subject_combo.setCurrentIndex(dialog.ui.subject_combo.findData("services"))
    qtbot.keyClicks(dialog.ui.amount_claimed_line_edit, "60000")
    qtbot.keyClicks(dialog.ui.delivered_line_edit, delivered.isoformat())
    qtbot.keyClicks(dialog.ui.agreed_term_line_edit, "30")
    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS):
        qtbot.keyClick(dialog.ui.agreed_term_line_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    # Then the claim is there, with its interest, and the totals grew by it
    assert len(view.detail.claims) == claims_before + 1
    new_claim = next(c for c in view.detail.claims if c.contract_no == "HT-TEST-1")
    assert new_claim.interest > 0
    totals = view.detail.totals
    assert totals.claimed == totals_before.claimed + Decimal("60000.00")
    assert totals.interest == totals_before.interest + new_claim.interest
    assert f"<b>{totals.interest:,.2f}</b>" in view.ui.totals_label.text()

    # When a payment of the whole claim is recorded
    assert view.select_claim(new_claim.id, ClaimColumn.OUTSTANDING)
    qtbot.mouseClick(view.ui.add_payment_button, Qt.MouseButton.LeftButton)
    payment = view.dialog
    payment.ui.paid_date_edit.setDate(to_qdate(TODAY - timedelta(days=10)))
    qtbot.mouseClick(payment.ui.pay_all_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(payment.saved, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(payment.ui.save_button, Qt.MouseButton.LeftButton)

    # Then it is cleared, the outstanding total drops, and the interest stops at the payment day
    paid = next(c for c in view.detail.claims if c.id == new_claim.id)
    assert paid.outstanding == 0 and paid.cleared_on == TODAY - timedelta(days=10)
    assert view.detail.totals.outstanding == totals.outstanding - Decimal("60000.00")
    assert 0 < paid.interest < new_claim.interest
    row = next(r for r in range(view.claim_model.rowCount()) if view.claim_model.row_at(r).id == paid.id)
    assert view.claim_model.index(row, ClaimColumn.CLEARED).data() == f"{paid.cleared_on.isoformat()} 清零"


def test_next_and_previous_case_follow_the_list_order(qtbot, window):
    rows = visible_rows(qtbot, window.model, 3)
    window.open_case(rows[1].id, list_row=1)
    view = current_view(qtbot, window)

    window.ui.next_case_action.trigger()  # Alt+PgDown
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.id == rows[2].id, timeout=LOAD_TIMEOUT_MS)
    assert window.ui.case_table_view.currentIndex().row() == 2
    tabs = window.ui.case_tab_widget
    qtbot.waitUntil(lambda: tabs.tabText(tabs.currentIndex()) == rows[2].case_no)

    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.id == rows[1].id, timeout=LOAD_TIMEOUT_MS)
    window.ui.previous_case_action.trigger()
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.id == rows[0].id, timeout=LOAD_TIMEOUT_MS)

    # Before the first case there is none: the view stays where it is
    window.ui.previous_case_action.trigger()
    assert view.detail.id == rows[0].id
    assert window.case_views() == [view]  # stepping reuses the tab


def test_double_click_opens_a_case_once(qtbot, window):
    first = visible_rows(qtbot, window.model, 1)[0]
    table = window.ui.case_table_view
    rect = table.visualRect(window.model.index(0, 0))

    for _ in range(2):
        tabs = window.ui.case_tab_widget
        tabs.setCurrentWidget(window.ui.case_list_tab)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # click presses first
        current_view(qtbot, window)

    assert [v.case_id for v in window.case_views()] == [first.id]
    assert window.ui.close_case_action.isEnabled()
