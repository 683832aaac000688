"""Every date field, typed into key by key: a date is kept as typed, and one outside its range is reported next to it.

Qt's QDateEdit dropped a typed year and clamped to its maximum (``2026-12-20`` became ``2026-12-02``,
``2030-01-15`` became ``2026-01-15``, silently); the fields are now ``DateLineEdit``s that read the text.
The suite's today is 2026-12-02 (tests/dates.py).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView

from complaintdesk.services.case_query import CaseQuery
from complaintdesk.ui import dialogs
from complaintdesk.ui.action_dialog import ActionDialog
from complaintdesk.ui.date_line_edit import DateLineEdit
from complaintdesk.ui.filter_panel import FilterPanel
from complaintdesk.ui.payment_dialog import PaymentDialog
from complaintdesk.ui.registration_dialog import RegistrationDialog
from complaintdesk.ui.report_dialog import ReportDialog
from complaintdesk.ui.settings import SettingsDialog
from tests.dates import TODAY
from tests.ui.case_helpers import arrears_case_with_claims, open_case_view, register_case, wait_idle
from tests.ui.helpers import LOAD_TIMEOUT_MS, type_into

ROOT = Path(__file__).resolve().parents[2]
AFTER_TODAY = "2026-12-20"  # QDateEdit with today as its maximum made this 2026-12-02
FAR_AHEAD = "2030-01-15"  # QDateEdit made this 2026-01-15


def type_date(qtbot, edit, text: str) -> None:
    """Type ``text`` into a date field key by key, then leave it with Tab (which runs the field's check)."""
    type_into(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.text() == text  # never corrected


def activate(qtbot, widget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


# --- no QDateEdit is left --------------------------------------------------------------------------------


def test_no_form_or_widget_uses_a_qdateedit():
    users = [str(p.relative_to(ROOT)) for p in [*ROOT.glob("forms/*.ui"), *ROOT.glob("complaintdesk/ui/**/*.py")]
             if re.search(r'class="QDate(Time)?Edit"|QDate(Time)?Edit\(', p.read_text(encoding="utf-8"))]
    assert users == []


# --- the widget --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "day"), [
    ("2026-03-01", date(2026, 3, 1)), ("2026/3/1", date(2026, 3, 1)), ("20260301", date(2026, 3, 1)),
    ("2026.3.1", date(2026, 3, 1)), ("2030-01-15", date(2030, 1, 15)), ("1999-12-31", date(1999, 12, 31)),
])
def test_a_typed_date_is_read_as_it_is_written(qtbot, typed, day):
    edit = DateLineEdit()
    edit.setMaximumDate(TODAY)
    activate(qtbot, edit)
    changes: list[QDate] = []
    edit.dateChanged.connect(changes.append)
    type_into(qtbot, edit, typed)
    assert edit.text() == typed
    assert edit.value() == day and edit.date() == QDate(day.year, day.month, day.day)
    assert changes[-1] == QDate(day.year, day.month, day.day)
    assert (edit.problem() is None) == (day <= TODAY)


def test_chinese_and_full_width_dates_are_read_too(qtbot):
    edit = DateLineEdit()
    activate(qtbot, edit)
    type_into(qtbot, edit, "2026年3月1日")
    assert edit.value() == date(2026, 3, 1)
    type_into(qtbot, edit, "２０２６－０３－０１")
    assert edit.value() == date(2026, 3, 1) and edit.problem() is None


@pytest.mark.parametrize("typed", ["2026-13-01", "2026-02-30", "2026-12", "明天", "2026-1-1-1"])
def test_text_that_is_no_date_is_kept_and_said_so(qtbot, typed):
    edit = DateLineEdit()
    activate(qtbot, edit)
    type_into(qtbot, edit, typed)
    assert edit.text() == typed and edit.value() is None and not edit.date().isValid()
    assert edit.problem() == "日期格式不正确，请按 2025-03-01 的格式输入"


def test_a_date_outside_the_range_is_kept_and_its_limit_named(qtbot):
    edit = DateLineEdit()
    edit.setMinimumDate(date(2026, 11, 2), "the day of receipt")
    edit.setMaximumDate(TODAY, "today")
    activate(qtbot, edit)

    type_into(qtbot, edit, FAR_AHEAD)
    assert edit.value() == date(2030, 1, 15)
    assert "2026-12-02" in edit.problem() and "today" in edit.problem()

    type_into(qtbot, edit, "2026-11-01")
    assert "2026-11-02" in edit.problem() and "the day of receipt" in edit.problem()

    reported: list[str] = []
    assert edit.checked_value(reported.append) is None and reported == [edit.problem()]
    type_into(qtbot, edit, "2026-11-02")
    assert edit.checked_value(reported.append) == date(2026, 11, 2) and len(reported) == 1


def test_a_pasted_date_is_kept_as_pasted(qtbot):
    from PySide6.QtWidgets import QApplication

    edit = DateLineEdit()
    edit.setMaximumDate(TODAY)
    activate(qtbot, edit)
    QApplication.clipboard().setText(FAR_AHEAD)
    edit.selectAll()
    edit.paste()
    assert edit.text() == FAR_AHEAD and edit.value() == date(2030, 1, 15) and edit.problem() is not None


def test_the_calendar_picks_a_day_with_the_keyboard(qtbot):
    edit = DateLineEdit()
    edit.setMaximumDate(TODAY)
    edit.setDate(date(2026, 11, 20))
    activate(qtbot, edit)
    edit.setFocus()

    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = edit.findChild(object, "date_calendar_popup")
    assert popup is not None and popup.isVisible()
    calendar = popup.calendar
    assert calendar.selectedDate() == QDate(2026, 11, 20)
    assert calendar.maximumDate() == QDate(2026, 12, 2)  # no day after today to pick
    days = calendar.findChild(QAbstractItemView)
    qtbot.keyClick(days, Qt.Key.Key_Right)
    with qtbot.waitSignal(edit.editingFinished):
        qtbot.keyClick(days, Qt.Key.Key_Return)

    assert not popup.isVisible()
    assert edit.text() == "2026-11-21" and edit.problem() is None


def test_an_optional_date_may_stay_empty_and_a_required_one_may_not(qtbot):
    edit = DateLineEdit()
    activate(qtbot, edit)
    assert edit.problem() is not None and edit.value() is None
    edit.setRequired(False)
    assert edit.problem() is None


# --- registration ------------------------------------------------------------------------------------------


@pytest.fixture
def registration(qtbot, demo_office):
    dialog = RegistrationDialog(demo_office.registration, demo_office.lookup, current_user_id=demo_office.actor.user_id)
    activate(qtbot, dialog)
    qtbot.waitUntil(dialog.ui.save_button.isEnabled, timeout=LOAD_TIMEOUT_MS)
    yield dialog
    dialog.mark_clean()
    wait_idle(qtbot)


def fill_registration(dialog) -> None:
    ui = dialog.ui
    ui.complainant_name_line_edit.insert("日期测试商贸有限公司")
    ui.respondent_name_line_edit.insert("县日期测试局")
    ui.respondent_kind_combo.setCurrentIndex(ui.respondent_kind_combo.findData("state_organ"))
    ui.channel_combo.setCurrentIndex(ui.channel_combo.findData("visit"))
    ui.category_combo.setCurrentIndex(ui.category_combo.findData("arrears"))
    ui.summary_plain_text_edit.insertPlainText("拖欠货款，多次催要未付。")


@pytest.mark.parametrize("typed", [AFTER_TODAY, FAR_AHEAD, "2026-12-03"])
def test_registration_a_received_date_after_today_stays_as_typed_and_is_refused(qtbot, registration, demo_office,
                                                                              typed):
    ui = registration.ui
    fill_registration(registration)
    before = demo_office.cases.count(CaseQuery())

    # When a date after today is typed and the field is left
    type_date(qtbot, ui.received_date_edit, typed)

    # Then it stays as typed, with the limit next to it, before anything is sent
    assert ui.received_on_error_label.isVisibleTo(registration)
    assert "2026-12-02" in ui.received_on_error_label.text()
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert registration.isVisible() and ui.received_date_edit.text() == typed
    assert set(registration.errors.messages()) == {"received_on"}
    assert ui.received_date_edit.hasFocus()
    assert demo_office.cases.count(CaseQuery()) == before


def test_registration_a_typed_received_date_is_the_one_registered(qtbot, registration):
    ui = registration.ui
    fill_registration(registration)

    type_date(qtbot, ui.received_date_edit, "2026-11-20")
    assert not ui.received_on_error_label.isVisibleTo(registration)
    with qtbot.waitSignal(registration.saved, timeout=LOAD_TIMEOUT_MS) as saved:
        qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)

    assert saved.args[0].received_on == date(2026, 11, 20)


def test_registration_an_unreadable_date_is_reported_with_the_other_fields(qtbot, registration):
    ui = registration.ui
    type_date(qtbot, ui.received_date_edit, "2026-11-31")

    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)

    # All at once: the date the form could not read, and what the rules say about the rest
    qtbot.waitUntil(lambda: "channel" in registration.errors.messages(), timeout=LOAD_TIMEOUT_MS)
    messages = registration.errors.messages()
    assert messages["received_on"] == "日期格式不正确，请按 2025-03-01 的格式输入"
    assert messages["channel"] == "请选择投诉渠道"
    assert {"complainant.name", "respondent.name", "category", "summary"} <= set(messages)
    assert ui.received_date_edit.text() == "2026-11-31"


# --- the case's dialogs: actions and payments --------------------------------------------------------------


def test_action_dialog_dates_before_receipt_or_after_today_stay_and_are_refused(qtbot, demo_office):
    case = register_case(demo_office, days_ago=20)  # received 2026-11-12
    view = open_case_view(qtbot, demo_office, case.id)
    qtbot.mouseClick(view.action_button("accept"), Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, ActionDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    ui = dialog.ui

    type_date(qtbot, ui.on_date_edit, AFTER_TODAY)
    assert "2026-12-02" in ui.on_error_label.text()
    type_date(qtbot, ui.on_date_edit, "2026-11-01")
    assert "2026-11-12" in ui.on_error_label.text()
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert dialog.isVisible() and ui.on_date_edit.text() == "2026-11-01"

    type_date(qtbot, ui.on_date_edit, "2026-11-14")
    assert not ui.on_error_label.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    assert view.detail.accepted_on == date(2026, 11, 14)


def test_payment_dialog_a_date_after_today_stays_and_is_refused(qtbot, demo_office):
    detail = arrears_case_with_claims(demo_office)
    claim = next(c for c in detail.claims if c.outstanding > 0)
    dialog = PaymentDialog(demo_office.claims, detail, claim)
    activate(qtbot, dialog)
    ui = dialog.ui
    type_into(qtbot, ui.amount_line_edit, "100")

    type_date(qtbot, ui.paid_date_edit, FAR_AHEAD)
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert dialog.isVisible() and ui.paid_date_edit.text() == FAR_AHEAD
    assert "2026-12-02" in dialog.errors.messages()["paid_on"]

    type_date(qtbot, ui.paid_date_edit, "2026-11-30")
    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS) as saved:
        qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    paid = next(c for c in saved.args[0].claims if c.id == claim.id).payments
    assert date(2026, 11, 30) in [p.paid_on for p in paid]
    dialog.mark_clean()


def open_claim_dialog(qtbot, office):
    """A new case's claim dialog, active, its subject set to goods."""
    case = register_case(office)
    view = open_case_view(qtbot, office, case.id)
    qtbot.mouseClick(view.ui.add_claim_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.ui.subject_combo.setCurrentIndex(dialog.ui.subject_combo.findData("goods"))
    return case, dialog


def test_claim_dialog_dates_are_typed_and_a_future_delivery_is_refused_by_the_rules(qtbot, demo_office):
    case, dialog = open_claim_dialog(qtbot, demo_office)
    ui = dialog.ui
    type_into(qtbot, ui.amount_claimed_line_edit, "5000")
    for edit in (ui.contract_signed_line_edit, ui.delivered_line_edit, ui.acceptance_passed_line_edit,
                 ui.settlement_confirmed_line_edit):
        type_date(qtbot, edit, FAR_AHEAD)
    type_date(qtbot, ui.acceptance_period_ends_line_edit, FAR_AHEAD)  # agreed in the contract: may lie ahead

    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.errors.has_errors(), timeout=LOAD_TIMEOUT_MS)

    messages = dialog.errors.messages()
    assert {"contract_signed_on", "delivered_on", "acceptance_passed_on", "settlement_confirmed_on"} <= set(messages)
    assert "acceptance_period_ends_on" not in messages
    assert ui.delivered_line_edit.text() == FAR_AHEAD
    dialog.mark_clean()


# --- the filter panel and the report dialog -----------------------------------------------------------------


def test_filter_panel_a_typed_date_filters_and_an_unreadable_one_is_reported_not_replaced(qtbot, tmp_path):
    panel = FilterPanel(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    activate(qtbot, panel)
    ui = panel.ui
    qtbot.mouseClick(ui.received_from_check_box, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert ui.received_from_date_edit.isEnabled()

    with qtbot.waitSignal(panel.changed, timeout=LOAD_TIMEOUT_MS):
        type_date(qtbot, ui.received_from_date_edit, "2025-03-01")
    assert panel.state.received_from == date(2025, 3, 1)

    type_date(qtbot, ui.received_from_date_edit, "2025-02-30")
    assert ui.range_error_label.isVisibleTo(panel)
    assert "日期格式不正确" in ui.range_error_label.text()
    assert panel.state.received_from == date(2025, 3, 1)  # the last good date is still in force

    qtbot.mouseClick(ui.received_to_check_box, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))  # another change…
    assert ui.received_from_date_edit.text() == "2025-02-30"  # …does not overwrite what was typed
    type_date(qtbot, ui.received_to_date_edit, "2026-10-31")
    qtbot.waitUntil(lambda: panel.state.received_to == date(2026, 10, 31), timeout=LOAD_TIMEOUT_MS)
    assert ui.received_from_date_edit.text() == "2025-02-30"

    type_into(qtbot, ui.received_from_date_edit, "2025-02-28")
    assert not ui.range_error_label.isVisibleTo(panel)
    qtbot.waitUntil(lambda: panel.state.received_from == date(2025, 2, 28), timeout=LOAD_TIMEOUT_MS)


def test_report_dialog_period_dates_are_typed_and_an_unreadable_one_stops_the_export(qtbot, demo_office, settings,
                                                                                   tmp_path):
    dialog = ReportDialog(demo_office, settings, today=TODAY)
    activate(qtbot, dialog)
    ui = dialog.ui
    dialog.set_kind("ledger")
    type_date(qtbot, ui.from_date_edit, "2026-01-01")
    type_date(qtbot, ui.to_date_edit, "2026-06-30")
    assert ui.path_line_edit.text().endswith("清欠台账_20260101-20260630.xlsx")

    type_date(qtbot, ui.to_date_edit, "2026-06-31")
    type_into(qtbot, ui.path_line_edit, str(tmp_path / "台账.xlsx"))
    qtbot.mouseClick(ui.export_button, Qt.MouseButton.LeftButton)
    assert ui.error_label.isVisibleTo(dialog) and "日期格式不正确" in ui.error_label.text()
    assert not (tmp_path / "台账.xlsx").exists() and ui.to_date_edit.text() == "2026-06-31"

    type_date(qtbot, ui.to_date_edit, "2026-06-30")
    with qtbot.waitSignal(dialog.exported, timeout=LOAD_TIMEOUT_MS) as exported:
        qtbot.mouseClick(ui.export_button, Qt.MouseButton.LeftButton)
    assert exported.args[0].path == tmp_path / "台账.xlsx"


# --- settings: holidays and LPR -----------------------------------------------------------------------------


@pytest.fixture
def settings_dialog(qtbot, settings, demo_office, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_discard_changes", lambda parent: True)
    dialog = SettingsDialog(demo_office, settings, today=TODAY)
    activate(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.holidays.loaded is not None and bool(dialog.lpr.rates), timeout=LOAD_TIMEOUT_MS)
    return dialog


def test_holiday_dates_outside_the_year_stay_as_typed_and_are_refused(qtbot, settings_dialog):
    dialog = settings_dialog
    ui = dialog.ui
    year = dialog.holidays.loaded.year
    ui.tab_widget.setCurrentIndex(SettingsDialog.HOLIDAYS)
    rows_before = len(dialog.holidays.rows)
    outside = f"{year + 1}-10-01"

    type_date(qtbot, ui.day_from_date_edit, outside)
    assert ui.day_to_date_edit.text() == outside  # "to" follows "from", as before
    ui.day_name_line_edit.insert("国庆节")
    qtbot.mouseClick(ui.add_days_button, Qt.MouseButton.LeftButton)

    assert ui.days_error_label.isVisibleTo(dialog) and f"{year}-12-31" in ui.days_error_label.text()
    assert ui.day_from_date_edit.text() == outside and len(dialog.holidays.rows) == rows_before

    type_date(qtbot, ui.day_from_date_edit, f"{year}-10-01")
    type_date(qtbot, ui.day_to_date_edit, f"{year}-10-03")
    qtbot.mouseClick(ui.add_days_button, Qt.MouseButton.LeftButton)
    assert not ui.days_error_label.isVisibleTo(dialog)
    assert {date(year, 10, d) for d in (1, 2, 3)} <= set(dialog.holidays.rows)


def test_an_lpr_date_is_typed_and_an_unreadable_one_is_reported_next_to_it(qtbot, settings_dialog, demo_office):
    dialog = settings_dialog
    ui = dialog.ui
    ui.tab_widget.setCurrentIndex(SettingsDialog.LPR)
    type_date(qtbot, ui.lpr_date_edit, "2026-10-32")
    type_into(qtbot, ui.lpr_rate_line_edit, "2.95")
    qtbot.mouseClick(ui.add_lpr_button, Qt.MouseButton.LeftButton)
    assert ui.lpr_date_error_label.text() == "日期格式不正确，请按 2025-03-01 的格式输入"
    assert ui.lpr_date_edit.text() == "2026-10-32"

    type_date(qtbot, ui.lpr_date_edit, "2026-10-20")
    with qtbot.waitSignal(dialog.settingsChanged, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(ui.add_lpr_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LOAD_TIMEOUT_MS)
    assert demo_office.settings.lpr_rates()[-1].effective_on == date(2026, 10, 20)


def test_every_date_field_of_every_form_is_typed_into_by_some_test():
    """A new date field in a form must get a test that types into it (type_date/type_into with its name)."""
    typing_tests = [p.read_text(encoding="utf-8") for p in ROOT.glob("tests/ui/test_*.py")]
    fields = set()
    for form in ROOT.glob("forms/*.ui"):
        fields |= set(re.findall(r'<widget class="DateLineEdit" name="(\w+)"', form.read_text(encoding="utf-8")))
    assert fields, "no date fields found"
    untyped = [f for f in fields
               if not any(re.search(rf"type_(date|into)\(qtbot, \w+\.{f}\b", text) for text in typing_tests)]
    assert sorted(untyped) == []




def test_claim_dialog_shows_every_problem_in_one_round(qtbot, demo_office):
    # An amount the form cannot read, and a delivery after today only the rules refuse: both at once.
    case, dialog = open_claim_dialog(qtbot, demo_office)
    ui = dialog.ui
    type_into(qtbot, ui.amount_claimed_line_edit, "5000元整")
    type_date(qtbot, ui.delivered_line_edit, AFTER_TODAY)
    type_into(qtbot, ui.agreed_rate_line_edit, "250")  # an annual rate of 250 %: the rules refuse it
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: {"amount_claimed", "delivered_on", "agreed_annual_rate"} <= set(dialog.errors.messages()),
                    timeout=LOAD_TIMEOUT_MS)
    assert ui.amount_claimed_line_edit.text() == "5000元整" and ui.delivered_line_edit.text() == AFTER_TODAY
    assert demo_office.lookup.detail(case.id).claims == ()
    dialog.mark_clean()
