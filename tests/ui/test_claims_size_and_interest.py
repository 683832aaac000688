"""Issue 16 on screen: the claim dialog takes the complainant's figures at signing; the case view shows each
claim's size at signing (or that it is inferred) and the interest on the undisputed part beside the interest."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt

from complaintdesk.services.desk_types import (
    ActionInput,
    ClaimInput,
    EnterpriseInput,
    RegistrationInput,
    RespondentInput,
)
from complaintdesk.ui.case_view_models import ClaimColumn, RowTableModel
from complaintdesk.ui.claim_dialog import ClaimDialog
from complaintdesk.ui.form_dialog import ERROR_COLOUR
from tests.dates import TODAY
from tests.ui.case_helpers import open_case_view
from tests.ui.helpers import LOAD_TIMEOUT_MS

D = Decimal
SIGNED, DELIVERED = date(2025, 7, 1), date(2025, 9, 1)


def _small_complainant_case(office):
    """Registered 10 days ago; today the complainant is small (industry: 45 employees, 900 revenue)."""
    case = office.registration.register(RegistrationInput(
        channel="visit", procedure="direct", category="arrears", summary="拖欠货款，多次催要未付。",
        received_on=TODAY - timedelta(days=10),
        complainant=EnterpriseInput(name="签约规模测试有限公司", industry="industry", employees=45,
                                    revenue_wan=D("900")),
        respondent=RespondentInput(name="签约规模测试的债务机关", kind="state_organ"),
        handler_id=office.actor.user_id))
    return office.actions.act(case.id, "accept", ActionInput(on=case.received_on), case.version)


def _open_claim_dialog(qtbot, view) -> ClaimDialog:
    qtbot.mouseClick(view.ui.add_claim_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, ClaimDialog)
    return dialog


def _type_claim(qtbot, dialog: ClaimDialog) -> None:
    ui = dialog.ui
    qtbot.keyClicks(ui.contract_no_line_edit, "HT-16")
    qtbot.keyClicks(ui.contract_signed_line_edit, SIGNED.isoformat())
    ui.subject_combo.setCurrentIndex(ui.subject_combo.findData("goods"))
    qtbot.keyClicks(ui.amount_claimed_line_edit, "100000")
    qtbot.keyClicks(ui.delivered_line_edit, DELIVERED.isoformat())


def _red(label) -> bool:
    return ERROR_COLOUR in label.styleSheet()


def test_the_dialog_takes_figures_at_signing_and_says_what_they_make(qtbot, demo_office):
    case = _small_complainant_case(demo_office)
    view = open_case_view(qtbot, demo_office, case.id)
    dialog = _open_claim_dialog(qtbot, view)
    ui = dialog.ui

    # Nothing typed yet: the claim will record the complaint-time size, and the dialog says it is inferred
    assert "以投诉时规模推定" in dialog.size_text and "小型" in dialog.size_text and not _red(ui.size_label)

    # Figures that make a large enterprise: not an SME at signing, in red, but it can still be saved
    qtbot.keyClicks(ui.size_employees_line_edit, "1200")
    qtbot.keyClicks(ui.size_revenue_line_edit, "50000")
    assert "大型" in dialog.size_text and _red(ui.size_label)

    # Figures of a medium enterprise (350 ≥ 300 employees, 2,500 ≥ 2,000 revenue)
    ui.size_employees_line_edit.clear()
    ui.size_revenue_line_edit.clear()
    qtbot.keyClicks(ui.size_employees_line_edit, "350")
    qtbot.keyClicks(ui.size_revenue_line_edit, "2500")
    assert "中型" in dialog.size_text and not _red(ui.size_label)
    assert "2000" in ui.size_label.toolTip()  # the thresholds it met

    _type_claim(qtbot, dialog)
    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)

    # The claim records the size at signing; the table shows it, and its explanation names the figures' date
    claim = view.claim_model.row_at(0)
    assert (claim.size_at_signing, claim.size_source, claim.size_figures_on) == ("medium", "signing", SIGNED)
    cell = view.claim_model.index(0, ClaimColumn.SIZE)
    assert cell.data() == "中型"
    assert "签订合同时规模：中型企业（2025年7月1日数据）" in cell.data(RowTableModel.EXPLANATION_ROLE)

    # Opening it again shows the figures at signing for correction
    view.select_claim(claim.id)
    qtbot.mouseClick(view.ui.edit_claim_button, Qt.MouseButton.LeftButton)
    again = view.dialog
    assert isinstance(again, ClaimDialog) and again is not dialog
    assert (again.ui.size_employees_line_edit.text(), again.ui.size_revenue_line_edit.text()) == ("350", "2500")


def test_a_missing_figure_at_signing_is_shown_next_to_its_field(qtbot, demo_office):
    case = _small_complainant_case(demo_office)
    view = open_case_view(qtbot, demo_office, case.id)
    dialog = _open_claim_dialog(qtbot, view)
    _type_claim(qtbot, dialog)
    qtbot.keyClicks(dialog.ui.size_employees_line_edit, "350")  # the industry needs the revenue too

    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.ui.size_revenue_error_label.text()), timeout=LOAD_TIMEOUT_MS)
    assert "营业收入" in dialog.ui.size_revenue_error_label.text()
    assert demo_office.lookup.detail(case.id).claims == ()


def test_the_case_view_shows_the_inferred_size_and_the_undisputed_interest(qtbot, demo_office):
    case = _small_complainant_case(demo_office)
    demo_office.claims.add_claim(case.id, ClaimInput(amount_claimed=D("100000.00"), subject="goods",
                                                     contract_signed_on=SIGNED, delivered_on=DELIVERED,
                                                     amount_confirmed=D("40000.00")))
    view = open_case_view(qtbot, demo_office, case.id)
    claim = view.claim_model.row_at(0)

    size = view.claim_model.index(0, ClaimColumn.SIZE)
    assert "小型" in size.data() and claim.size_source == "inferred"
    assert any("以投诉时规模推定" in line for line in size.data(RowTableModel.EXPLANATION_ROLE))

    # Due 2025-10-09; 419 days late on 2026-12-02: 100,000 × 0.05 % × 419 = 20,950.00, 40,000 × … = 8,380.00
    assert view.claim_model.index(0, ClaimColumn.INTEREST).data() == "20,950.00"
    assert view.claim_model.index(0, ClaimColumn.INTEREST_UNDISPUTED).data() == "8,380.00"
    assert "<b>20,950.00</b>" in view.ui.totals_label.text() and "<b>8,380.00</b>" in view.ui.totals_label.text()

    view.select_claim(claim.id, ClaimColumn.INTEREST_UNDISPUTED)
    assert "无争议部分逾期利息：8,380.00 元" in view.ui.claim_explanation_plain_text_edit.toPlainText()
