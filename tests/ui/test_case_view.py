"""The case view and its dialogs over a real office: claims, payments, actions, attachments, conflicts."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from complaintdesk.ui import dialogs
from complaintdesk.ui.action_dialog import ActionDialog
from complaintdesk.ui.attachment_dialog import AttachmentDialog
from complaintdesk.ui.case_view_models import (
    AttachmentTableModel,
    ClaimColumn,
    ClaimTableModel,
    DeadlineTableModel,
    EventTableModel,
    RowSortProxyModel,
    RowTableModel,
)
from complaintdesk.ui.claim_dialog import ClaimDialog
from complaintdesk.ui.formats import to_qdate
from complaintdesk.ui.payment_dialog import PaymentDialog
from tests.dates import TODAY
from tests.ui.case_helpers import arrears_case_with_claims, open_case_view, register_case, wait_idle
from tests.ui.helpers import LOAD_TIMEOUT_MS


@pytest.fixture
def reload_answers(monkeypatch):
    """What the "changed by someone else — reload?" box answers; each message shown is recorded."""
    shown: list[str] = []

    def ask(parent, message):
        shown.append(message)
        return True

    monkeypatch.setattr(dialogs, "ask_reload_after_conflict", ask)
    return shown


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save_and_wait(qtbot, dialog) -> None:
    """Press the dialog's save button; wait until it is saved (closed) or shows what is wrong."""
    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS):
        click(qtbot, dialog.ui.save_button)


def test_the_case_view_shows_header_parties_claims_and_totals(qtbot, demo_office):
    detail = arrears_case_with_claims(demo_office)

    view = open_case_view(qtbot, demo_office, detail.id)
    ui = view.ui

    assert ui.case_no_label.text() == detail.case_no
    assert ui.status_label.text().startswith({"registered": "已登记", "accepted": "已受理", "transferred": "已转办",
                                              "in_handling": "办理中", "replied": "已答复"}[detail.status])
    assert ui.complainant_name_label.text() == detail.complainant.name
    assert ui.respondent_name_label.text() == detail.respondent.name
    assert ui.detail_tab_widget.currentWidget() is ui.claims_tab  # an arrears case opens on its claims
    assert view.claim_model.rowCount() == len(detail.claims)
    assert f"未还 {detail.totals.outstanding:,.2f}" in ui.totals_label.text()
    assert f"<b>{detail.totals.interest:,.2f}</b>" in ui.totals_label.text()
    # The due date of the first claim is selected, and its legal explanation is shown below
    assert "付款期限：" in ui.claim_explanation_plain_text_edit.toPlainText()
    first = view.claim_model.row_at(0)
    for line in first.term_explanation:
        assert line in ui.claim_explanation_plain_text_edit.toPlainText()
    # Every action has a button; the impossible ones are disabled and say why
    assert {a.action for a in detail.actions} == {a for a in view._action_buttons}
    for state in detail.actions:
        button = view.action_button(state.action)
        assert button.isEnabled() == state.enabled
        assert button.toolTip() == ("" if state.enabled else state.reason.zh)


def test_hovering_a_due_date_or_interest_shows_the_legal_explanation(qtbot, demo_office):
    detail = arrears_case_with_claims(demo_office)
    model = ClaimTableModel()
    model.set_rows(detail.claims)
    claim = next(c for c in detail.claims if c.due_on is not None)
    row = detail.claims.index(claim)

    due_tip = model.index(row, ClaimColumn.DUE).data(Qt.ItemDataRole.ToolTipRole)
    interest = model.index(row, ClaimColumn.INTEREST)

    assert due_tip == "\n".join((*claim.term_explanation, *claim.term_warnings))
    assert interest.data(RowTableModel.EXPLANATION_ROLE) == claim.interest_explanation
    assert interest.data(RowTableModel.SORT_ROLE) == claim.interest
    assert model.index(row, ClaimColumn.DUE).data(RowTableModel.SORT_ROLE) == claim.due_on
    assert model.index(row, 0).data(RowTableModel.ROW_ROLE) is claim


def test_add_a_claim_and_a_payment_and_see_totals_and_interest_change(qtbot, demo_office):
    # Given a fresh arrears case against a state organ (30-day statutory term), nothing claimed yet
    case = register_case(demo_office, days_ago=20)
    view = open_case_view(qtbot, demo_office, case.id)
    assert view.claim_model.rowCount() == 0
    assert "尚未登记欠款" in view.ui.totals_label.text()

    # When a claim delivered 200 days ago is typed into the claim dialog
    click(qtbot, view.ui.add_claim_button)
    dialog = view.dialog
    assert isinstance(dialog, ClaimDialog)
    ui = dialog.ui
    delivered = TODAY - timedelta(days=200)
    qtbot.keyClicks(ui.contract_no_line_edit, "HT-2025-0815")
    qtbot.keyClicks(ui.contract_signed_line_edit, (delivered - timedelta(days=30)).strftime("%Y%m%d"))
    ui.subject_combo.setCurrentIndex(ui.subject_combo.findData("goods"))
    qtbot.keyClicks(ui.amount_claimed_line_edit, "120,000.00")
    qtbot.keyClicks(ui.delivered_line_edit, delivered.isoformat())
    save_and_wait(qtbot, dialog)

    # Then the claim is in the table, overdue, with interest, and the totals say so
    assert view.claim_model.rowCount() == 1
    claim = view.claim_model.row_at(0)
    assert claim.amount_claimed == Decimal("120000.00") and claim.contract_no == "HT-2025-0815"
    assert claim.days_overdue > 0 and claim.interest > 0
    interest_before = view.detail.totals.interest
    assert "未还 120,000.00" in view.ui.totals_label.text()
    assert f"<b>{interest_before:,.2f}</b>" in view.ui.totals_label.text()
    overdue_cell = view.claim_model.index(0, ClaimColumn.DAYS_OVERDUE)
    assert overdue_cell.data() == str(claim.days_overdue)
    assert overdue_cell.data(Qt.ItemDataRole.ForegroundRole).name() == "#a1260d"

    # When a payment of 50,000 made 100 days ago is recorded on it
    view.select_claim(claim.id)
    click(qtbot, view.ui.add_payment_button)
    payment = view.dialog
    assert isinstance(payment, PaymentDialog)
    payment.ui.paid_date_edit.setDate(to_qdate(TODAY - timedelta(days=100)))
    qtbot.keyClicks(payment.ui.amount_line_edit, "50000")
    qtbot.keyClicks(payment.ui.voucher_line_edit, "BANK-001")
    save_and_wait(qtbot, payment)

    # Then paid and outstanding change, and the interest stops running on the paid part
    totals = view.detail.totals
    assert (totals.paid, totals.outstanding) == (Decimal("50000.00"), Decimal("70000.00"))
    assert "未还 70,000.00" in view.ui.totals_label.text()
    assert Decimal("0") < totals.interest < interest_before
    assert f"<b>{totals.interest:,.2f}</b>" in view.ui.totals_label.text()
    assert view.claim_model.index(0, ClaimColumn.PAID).data() == "50,000.00"
    # …and both changes are in the history, newest first
    assert [e.action for e in view.event_model.rows()[:2]] == ["payment_recorded", "claim_added"]


def test_a_typo_in_an_amount_is_reported_next_to_it_and_the_dialog_keeps_everything(qtbot, demo_office):
    case = register_case(demo_office)
    view = open_case_view(qtbot, demo_office, case.id)
    click(qtbot, view.ui.add_claim_button)
    dialog = view.dialog
    ui = dialog.ui
    qtbot.keyClicks(ui.contract_no_line_edit, "HT-1")
    qtbot.keyClicks(ui.amount_claimed_line_edit, "12O00")  # letter O
    qtbot.keyClicks(ui.delivered_line_edit, "2025-13-01")

    click(qtbot, ui.save_button)

    assert dialog.isVisible()
    assert dialog.errors.messages() == {
        "amount_claimed": "金额格式不正确：请输入数字，最多两位小数，例如 12800.50",
        "delivered_on": "日期格式不正确，请按 2025-03-01 的格式输入",
    }
    assert ui.amount_claimed_error_label.isVisibleTo(dialog) and ui.delivered_error_label.isVisibleTo(dialog)
    assert dialog.focusWidget() is ui.amount_claimed_line_edit  # the first bad field
    assert (ui.contract_no_line_edit.text(), ui.amount_claimed_line_edit.text()) == ("HT-1", "12O00")

    # The service's own rules land on the same labels: an amount of zero, no subject
    ui.amount_claimed_line_edit.setText("0")
    ui.delivered_line_edit.setText("")
    click(qtbot, ui.save_button)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.errors.has_errors(), timeout=LOAD_TIMEOUT_MS)
    assert dialog.errors.messages() == {"subject": "请选择货物、工程或服务", "amount_claimed": "欠款金额应大于0"}
    assert dialog.isVisible() and ui.contract_no_line_edit.text() == "HT-1"


def test_a_payment_above_the_outstanding_amount_is_refused_next_to_the_amount(qtbot, demo_office):
    detail = arrears_case_with_claims(demo_office)
    view = open_case_view(qtbot, demo_office, detail.id)
    claim = next(c for c in detail.claims if c.outstanding > 0)
    view.select_claim(claim.id)
    click(qtbot, view.ui.add_payment_button)
    dialog = view.dialog

    qtbot.keyClicks(dialog.ui.amount_line_edit, str(claim.outstanding + 1))
    click(qtbot, dialog.ui.save_button)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.errors.has_errors(), timeout=LOAD_TIMEOUT_MS)

    assert dialog.errors.messages() == {"amount": f"还款金额超过未还金额（{claim.outstanding:,.2f} 元）"}
    assert dialog.ui.amount_error_label.isVisibleTo(dialog)

    # "All outstanding" fills in exactly what is left
    click(qtbot, dialog.ui.pay_all_button)
    assert dialog.ui.amount_line_edit.text() == f"{claim.outstanding:f}"


def test_instalments_are_saved_and_shown_with_the_payments(qtbot, demo_office):
    case = register_case(demo_office)
    claim_detail = demo_office.claims.add_claim(case.id, _claim_input())
    view = open_case_view(qtbot, demo_office, case.id)
    view.select_claim(claim_detail.claims[0].id, ClaimColumn.OUTSTANDING)
    click(qtbot, view.ui.instalments_button)
    dialog = view.dialog
    later = TODAY + timedelta(days=30)

    for due, amount in ((later, "30000"), (later + timedelta(days=30), "bad")):
        click(qtbot, dialog.ui.add_row_button)
        table = dialog.ui.instalment_table_widget
        table.item(table.rowCount() - 1, 0).setText(due.isoformat())
        table.item(table.rowCount() - 1, 1).setText(amount)
    click(qtbot, dialog.ui.save_button)
    assert dialog.errors.messages() == {"": "第 2 行：金额格式不正确：请输入数字，最多两位小数，例如 12800.50"}

    dialog.ui.instalment_table_widget.item(1, 1).setText("20000")
    assert dialog.ui.total_label.text() == "合计 50,000.00 元"
    save_and_wait(qtbot, dialog)

    claim = view.detail.claims[0]
    assert [(i.due_on, i.amount) for i in claim.instalments] == [
        (later, Decimal("30000.00")), (later + timedelta(days=30), Decimal("20000.00"))]
    assert f"{later.isoformat()} 应还分期 30,000.00" in view.ui.claim_explanation_plain_text_edit.toPlainText()


def _claim_input():
    from complaintdesk.services.desk_types import ClaimInput

    delivered = TODAY - timedelta(days=90)
    return ClaimInput(amount_claimed=Decimal("80000.00"), subject="works", contract_no="HT-9",
                      contract_signed_on=delivered - timedelta(days=10), delivered_on=delivered)


def test_accept_stop_and_restart_the_clock_through_the_action_dialog(qtbot, demo_office):
    # Given a case registered 20 days ago
    case = register_case(demo_office, days_ago=20)
    view = open_case_view(qtbot, demo_office, case.id)
    assert view.action_button("stop_clock").isEnabled() is False
    assert "不能中止计时" in view.action_button("stop_clock").toolTip()

    # When it is accepted (18 days ago) through the action dialog
    click(qtbot, view.action_button("accept"))
    dialog = view.dialog
    assert isinstance(dialog, ActionDialog) and dialog.action == "accept"
    assert not dialog.ui.reason_plain_text_edit.isVisibleTo(dialog)  # accepting needs only a date
    assert dialog.ui.intro_label.text() == f"案件 {case.case_no}：已登记 → 已受理。"
    dialog.ui.on_date_edit.setDate(to_qdate(TODAY - timedelta(days=18)))
    save_and_wait(qtbot, dialog)

    # Then the status and the history say so
    assert view.detail.status == "accepted"
    assert view.ui.status_label.text() == "已受理"
    assert view.event_model.rows()[0].action == "accept"
    due_before = view.detail.next_due_on

    # When the clock is stopped 15 days ago for missing materials…
    click(qtbot, view.action_button("stop_clock"))
    dialog = view.dialog
    assert dialog.ui.reason_plain_text_edit.isVisibleTo(dialog)
    assert dialog.ui.reason_label.text() == "需补正的材料(&A)："
    dialog.ui.on_date_edit.setDate(to_qdate(TODAY - timedelta(days=15)))
    click(qtbot, dialog.ui.save_button)  # without the reason the service refuses: shown next to it
    qtbot.waitUntil(lambda: not dialog.busy and dialog.errors.has_errors(), timeout=LOAD_TIMEOUT_MS)
    assert dialog.isVisible() and dialog.errors.messages()["reason"] == "请填写理由"
    dialog.ui.reason_plain_text_edit.insertPlainText("合同原件和验收单")
    save_and_wait(qtbot, dialog)
    assert view.detail.clock_stopped
    assert "已中止计时" in view.ui.status_label.text()
    stopped = [view.deadline_model.index(r, 3).data() for r in range(view.deadline_model.rowCount())]
    assert "已中止计时" in stopped

    # …and restarted 5 days ago: the deadline moves on by the days it stood still
    click(qtbot, view.action_button("restart_clock"))
    dialog = view.dialog
    dialog.ui.on_date_edit.setDate(to_qdate(TODAY - timedelta(days=5)))
    save_and_wait(qtbot, dialog)

    assert not view.detail.clock_stopped
    assert view.detail.next_due_on > due_before
    assert [e.action for e in view.event_model.rows()[:3]] == ["restart_clock", "stop_clock", "accept"]
    restart = view.event_model.rows()[0]
    changes = view.event_model.index(0, 3).data()
    assert "下一期限" in changes and "→" in changes, (restart.changes, changes)


def test_a_change_by_another_desk_is_never_overwritten(qtbot, demo_office, reload_answers):
    # Given the case open in the view, and the accept dialog filled in
    case = register_case(demo_office)
    view = open_case_view(qtbot, demo_office, case.id)
    click(qtbot, view.action_button("accept"))
    dialog = view.dialog

    # When another desk records a claim on the case meanwhile
    demo_office.claims.add_claim(case.id, _claim_input())

    # Then accepting here is refused as a conflict, a reload is offered, and the view reloads
    click(qtbot, dialog.ui.save_button)
    qtbot.waitUntil(lambda: bool(reload_answers), timeout=LOAD_TIMEOUT_MS)
    assert f"案件 {case.case_no} 已被" in reload_answers[0] and "请重新载入" in reload_answers[0]
    qtbot.waitUntil(lambda: len(view.detail.claims) == 1, timeout=LOAD_TIMEOUT_MS)
    assert view.claim_model.rowCount() == 1
    # …nothing was overwritten or applied: the other desk's claim stands, the case is not accepted
    stored = demo_office.lookup.detail(case.id)
    assert stored.status == "registered" and len(stored.claims) == 1
    # …and the dialog stays, with the officer's input, until it is saved again on the new version
    assert dialog.isVisible() and dialog.ui.notice_label.text().startswith("案件已重新载入")
    save_and_wait(qtbot, dialog)
    assert view.detail.status == "accepted"
    assert len(demo_office.lookup.detail(case.id).claims) == 1


def test_add_and_open_an_attachment(qtbot, demo_office, tmp_path, monkeypatch):
    case = register_case(demo_office)
    view = open_case_view(qtbot, demo_office, case.id)
    contract = tmp_path / "合同扫描件.pdf"
    contract.write_bytes(b"%PDF-1.4\n% a tiny test pdf\n%%EOF\n")
    monkeypatch.setattr(dialogs, "pick_attachment_file", lambda parent, start: str(contract))
    opened: list[str] = []
    monkeypatch.setattr(dialogs, "open_with_system_viewer", lambda path: opened.append(path) or True)

    click(qtbot, view.ui.add_attachment_button)
    dialog = view.dialog
    assert isinstance(dialog, AttachmentDialog)
    click(qtbot, dialog.ui.save_button)  # nothing chosen yet
    assert dialog.errors.messages() == {"file": "请选择要添加的文件。"}
    click(qtbot, dialog.ui.browse_button)
    assert dialog.ui.file_line_edit.text() == str(contract)
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("contract"))
    qtbot.keyClicks(dialog.ui.description_line_edit, "signed contract")
    save_and_wait(qtbot, dialog)

    model = view.attachment_model
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(3)] == ["合同扫描件.pdf", "合同", "33 字节"]
    assert len(model.index(0, 3).data()) == 12  # the SHA-256 prefix

    view.ui.attachment_table_view.setCurrentIndex(view.ui.attachment_table_view.model().index(0, 0))
    click(qtbot, view.ui.open_attachment_button)
    qtbot.waitUntil(lambda: bool(opened), timeout=LOAD_TIMEOUT_MS)
    assert open(opened[0], "rb").read() == contract.read_bytes()


def test_a_forbidden_file_type_is_reported_next_to_the_file(qtbot, demo_office, tmp_path, monkeypatch):
    case = register_case(demo_office)
    view = open_case_view(qtbot, demo_office, case.id)
    script = tmp_path / "run.exe"
    script.write_bytes(b"MZ....")
    monkeypatch.setattr(dialogs, "pick_attachment_file", lambda parent, start: str(script))
    click(qtbot, view.ui.add_attachment_button)
    dialog = view.dialog
    click(qtbot, dialog.ui.browse_button)
    dialog.ui.kind_combo.setCurrentIndex(0)

    click(qtbot, dialog.ui.save_button)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.errors.has_errors(), timeout=LOAD_TIMEOUT_MS)

    assert dialog.errors.messages()["file"].startswith("不支持的文件类型“.exe”")
    assert dialog.ui.file_error_label.isVisibleTo(dialog)


def test_models_pass_the_model_tester(qtmodeltester, demo_office):
    detail = arrears_case_with_claims(demo_office)
    for model_class, rows in ((ClaimTableModel, detail.claims), (DeadlineTableModel, detail.deadlines),
                              (EventTableModel, detail.events), (AttachmentTableModel, detail.attachments)):
        model = model_class()
        model.set_rows(rows)
        qtmodeltester.check(model, force_py=True)
        proxy = RowSortProxyModel()
        proxy.setSourceModel(model)
        proxy.sort(0, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(proxy, force_py=True)


def test_claims_sort_by_their_raw_values(qtbot, demo_office):
    detail = arrears_case_with_claims(demo_office)
    model = ClaimTableModel()
    model.set_rows(detail.claims)
    proxy = RowSortProxyModel()
    proxy.setSourceModel(model)

    proxy.sort(ClaimColumn.OUTSTANDING, Qt.SortOrder.DescendingOrder)

    shown = [proxy.index(r, 0).data(RowTableModel.ROW_ROLE).outstanding for r in range(proxy.rowCount())]
    assert shown == sorted((c.outstanding for c in detail.claims), reverse=True)


def test_switching_to_english_retranslates_the_view(qtbot, demo_office):
    from complaintdesk.ui import i18n

    detail = arrears_case_with_claims(demo_office)
    view = open_case_view(qtbot, demo_office, detail.id)

    i18n.set_language(i18n.ENGLISH)

    qtbot.waitUntil(lambda: view.ui.detail_tab_widget.tabText(1) == "Arrears")
    assert view.claim_model.headerData(ClaimColumn.INTEREST, Qt.Orientation.Horizontal) == "Interest to date"
    assert view.ui.totals_label.text().startswith("<b>Totals</b>")
    wait_idle(qtbot)
