"""The registration dialog driven like an officer would: typing, Enter/Tab flow, live checks, errors, duplicates."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from complaintdesk.services.case_query import CaseQuery
from complaintdesk.ui import dialogs, tasks
from complaintdesk.ui.registration_dialog import RegistrationDialog
from tests.ui.case_helpers import STATE_ORGAN_USCC, VALID_ENTERPRISE_USCC, WRONG_CHECK_USCC, wait_idle
from tests.ui.helpers import LOAD_TIMEOUT_MS


@pytest.fixture
def dialog(qtbot, demo_office):
    dialog = RegistrationDialog(demo_office.registration, demo_office.lookup, current_user_id=demo_office.actor.user_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(dialog.ui.save_button.isEnabled, timeout=LOAD_TIMEOUT_MS)  # procedures and staff are in
    yield dialog
    dialog.mark_clean()  # closing at teardown must not ask about unsaved input
    wait_idle(qtbot)


@pytest.fixture
def discard_answers(monkeypatch):
    """The answers the "discard changes?" box gives, in order; each question is recorded."""
    asked: list[bool] = []
    answers: list[bool] = []

    def ask(parent):
        asked.append(True)
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "ask_discard_changes", ask)
    return answers, asked


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def fill_the_case(dialog, summary="县住建局拖欠我公司货款，多次催要未付。") -> None:
    ui = dialog.ui
    choose(ui.channel_combo, "visit")
    choose(ui.category_combo, "arrears")
    ui.summary_plain_text_edit.setFocus()
    ui.summary_plain_text_edit.insertPlainText(summary)  # as an input method commits Chinese text


def test_register_a_new_case_by_typing(qtbot, dialog, demo_office):
    ui = dialog.ui
    before = demo_office.cases.count(CaseQuery())

    # Given the complainant typed in: name (committed by an input method), then Enter moves on
    ui.complainant_name_line_edit.setFocus()
    ui.complainant_name_line_edit.insert("草原测试软件有限公司")
    qtbot.keyClick(ui.complainant_name_line_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and not ui.complainant_name_line_edit.hasFocus()  # Enter did not send the form
    qtbot.keyClicks(ui.complainant_uscc_line_edit, VALID_ENTERPRISE_USCC.lower())
    assert ui.complainant_uscc_mark_label.text() == "✓"
    choose(ui.complainant_industry_combo, "software_it")
    qtbot.keyClicks(ui.complainant_employees_line_edit, "35")
    qtbot.keyClicks(ui.complainant_revenue_line_edit, "800")

    # Then the SME size is worked out live, with the lines of the standard that decide it
    assert ui.size_label.text() == "小型企业"
    assert "从业人员35人 ≥ 10人" in ui.size_basis_label.text()

    # Given a respondent whose credit code says it is a state organ
    ui.respondent_name_line_edit.setFocus()
    ui.respondent_name_line_edit.insert("县测试局")
    qtbot.keyClicks(ui.respondent_uscc_line_edit, STATE_ORGAN_USCC)
    assert ui.respondent_kind_combo.currentData() == "state_organ"
    assert "机关" in ui.respondent_kind_hint_label.text()

    # And the complaint; Enter in the summary is a new line, not "save"
    fill_the_case(dialog)
    qtbot.keyClick(ui.summary_plain_text_edit, Qt.Key.Key_Return)
    ui.summary_plain_text_edit.insertPlainText("请求督促付款。")
    assert dialog.isVisible()
    assert ui.handler_combo.currentData() == demo_office.actor.user_id  # me, by default

    # When Ctrl+Enter is pressed in the multi-line field
    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS) as saved:
        qtbot.keyClick(ui.summary_plain_text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    # Then the case is registered with everything typed, and the dialog is gone
    detail = saved.args[0]
    assert not dialog.isVisible()
    assert demo_office.cases.count(CaseQuery()) == before + 1
    assert detail.status == "registered" and detail.procedure == "payment_complaint"  # suggested for arrears
    assert detail.summary == "县住建局拖欠我公司货款，多次催要未付。\n请求督促付款。"
    assert (detail.complainant.name, detail.complainant.uscc, detail.complainant.size_class) == (
        "草原测试软件有限公司", VALID_ENTERPRISE_USCC, "small")
    assert (detail.respondent.name, detail.respondent.kind) == ("县测试局", "state_organ")
    assert detail.handler_id == demo_office.actor.user_id


def test_a_bad_credit_code_is_shown_next_to_the_field_and_nothing_typed_is_lost(qtbot, dialog):
    ui = dialog.ui
    ui.complainant_name_line_edit.insert("草原测试软件有限公司")
    ui.respondent_name_line_edit.insert("县测试局")
    choose(ui.respondent_kind_combo, "state_organ")
    fill_the_case(dialog)

    # When a code with a wrong check character is typed, the mark says so at once
    qtbot.keyClicks(ui.complainant_uscc_line_edit, WRONG_CHECK_USCC)
    assert ui.complainant_uscc_mark_label.text() == "✗"
    assert ui.complainant_uscc_error_label.isVisibleTo(dialog)
    assert ui.complainant_uscc_error_label.text() == "校验位应为“L”（现为“X”），请核对代码。"

    # …and saving anyway gets the service's verdict on the same label, with the field focused
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.errors.has_errors(), timeout=LOAD_TIMEOUT_MS)

    assert dialog.isVisible()
    assert dialog.errors.messages() == {"complainant.uscc": "校验位应为“L”（现为“X”），请核对代码。"}
    assert ui.complainant_uscc_error_label.isVisibleTo(dialog)
    assert ui.complainant_uscc_line_edit.hasFocus()
    assert ui.complainant_name_line_edit.text() == "草原测试软件有限公司"
    assert ui.respondent_name_line_edit.text() == "县测试局"
    assert ui.complainant_uscc_line_edit.text() == WRONG_CHECK_USCC
    assert ui.summary_plain_text_edit.toPlainText() == "县住建局拖欠我公司货款，多次催要未付。"
    assert ui.channel_combo.currentData() == "visit"


def test_missing_inputs_are_reported_field_by_field(qtbot, dialog):
    ui = dialog.ui
    ui.complainant_name_line_edit.insert("草原测试软件有限公司")

    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.errors.has_errors(), timeout=LOAD_TIMEOUT_MS)

    messages = dialog.errors.messages()
    assert messages["respondent.name"] == "请选择或填写被投诉单位"
    assert messages["channel"] == "请选择投诉渠道"
    assert messages["category"] == "请选择投诉类别"
    assert messages["summary"] == "请填写投诉事项"
    assert ui.channel_error_label.text() == "请选择投诉渠道" and ui.channel_error_label.isVisibleTo(dialog)
    assert ui.respondent_name_line_edit.hasFocus()  # the first bad field, in form order

    # Changing a field clears its (now stale) message and no other
    choose(ui.channel_combo, "phone")
    assert not ui.channel_error_label.isVisibleTo(dialog)
    assert ui.category_error_label.isVisibleTo(dialog)


def test_a_figure_that_cannot_be_read_is_reported_before_anything_is_sent(qtbot, dialog, monkeypatch):
    ui = dialog.ui
    choose(ui.complainant_industry_combo, "industry")
    qtbot.keyClicks(ui.complainant_employees_line_edit, "3O")  # letter O for zero
    assert ui.complainant_employees_error_label.text() == "请输入整数，例如 35"
    assert ui.size_label.text() == "—"

    started = []
    monkeypatch.setattr(tasks, "run_task", lambda *args, **kwargs: started.append(args))
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)

    # Nothing was sent to be saved: the service was only asked what else it would refuse
    assert [args[0].func.__name__ for args in started] == ["problems"]
    assert dialog.errors.messages() == {"complainant.employees": "请输入整数，例如 35"}
    assert ui.complainant_employees_line_edit.hasFocus()
    assert ui.complainant_employees_line_edit.text() == "3O"


def test_a_possible_duplicate_is_shown_and_can_be_registered_anyway(qtbot, dialog, demo_office):
    # Given an open case, and its complainant and respondent picked from the lists of registered parties
    row = next(r for r in demo_office.cases.page(CaseQuery(open_only=True), 0, 50) if r.respondent)
    existing = demo_office.lookup.detail(row.id)
    ui = dialog.ui
    for name_edit, matches, name in (
        (ui.complainant_name_line_edit, ui.complainant_matches_list, existing.complainant.name),
        (ui.respondent_name_line_edit, ui.respondent_matches_list, existing.respondent.name),
    ):
        name_edit.setFocus()
        name_edit.insert(name)  # textEdited: a search starts after a pause
        qtbot.waitUntil(lambda m=matches: m.isVisible() and m.count() > 0, timeout=LOAD_TIMEOUT_MS)
        qtbot.keyClick(name_edit, Qt.Key.Key_Down)  # into the list…
        assert matches.hasFocus()
        for index in range(matches.count()):
            if matches.item(index).data(Qt.ItemDataRole.UserRole).name == name:
                matches.setCurrentRow(index)
        qtbot.keyClick(matches, Qt.Key.Key_Return)  # …and pick
    assert ui.complainant_name_line_edit.isReadOnly() and ui.complainant_new_button.isVisible()
    assert ui.complainant_uscc_line_edit.text() == (existing.complainant.uscc or "")
    fill_the_case(dialog)
    before = demo_office.cases.count(CaseQuery())

    # When saved, the open case with the same parties is listed instead of a second case being made
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.duplicates_shown, timeout=LOAD_TIMEOUT_MS)
    listed = [ui.duplicates_tree_widget.topLevelItem(i).text(0)
              for i in range(ui.duplicates_tree_widget.topLevelItemCount())]
    assert existing.case_no in listed
    assert demo_office.cases.count(CaseQuery()) == before

    # Then "register anyway" registers it
    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS) as saved:
        qtbot.mouseClick(ui.register_anyway_button, Qt.MouseButton.LeftButton)
    detail = saved.args[0]
    assert detail.complainant.id == existing.complainant.id and detail.respondent.id == existing.respondent.id
    assert demo_office.cases.count(CaseQuery()) == before + 1


def test_back_to_editing_keeps_the_dialog_and_its_values(qtbot, dialog, demo_office):
    row = next(r for r in demo_office.cases.page(CaseQuery(open_only=True), 0, 50) if r.respondent)
    existing = demo_office.lookup.detail(row.id)
    dialog.pick("complainant", existing.complainant)
    dialog.pick("respondent", existing.respondent)
    fill_the_case(dialog)
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.duplicates_shown, timeout=LOAD_TIMEOUT_MS)

    qtbot.mouseClick(dialog.ui.back_to_edit_button, Qt.MouseButton.LeftButton)

    assert not dialog.duplicates_shown and dialog.isVisible()
    assert dialog.ui.summary_plain_text_edit.toPlainText() == "县住建局拖欠我公司货款，多次催要未付。"

    # "Enter a new enterprise" instead of the picked one clears its fields for typing
    qtbot.mouseClick(dialog.ui.complainant_new_button, Qt.MouseButton.LeftButton)
    assert not dialog.ui.complainant_name_line_edit.isReadOnly()
    assert dialog.ui.complainant_name_line_edit.text() == ""


def test_closing_with_typed_input_asks_first(qtbot, dialog, discard_answers):
    answers, asked = discard_answers
    dialog.ui.summary_plain_text_edit.insertPlainText("还没保存的内容")

    answers.append(False)  # "keep editing"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(asked) == 1
    assert dialog.ui.summary_plain_text_edit.toPlainText() == "还没保存的内容"

    answers.append(True)  # "discard"
    qtbot.mouseClick(dialog.ui.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and len(asked) == 2


def test_closing_an_untouched_dialog_does_not_ask(qtbot, dialog, discard_answers):
    _answers, asked = discard_answers

    dialog.close()

    assert not dialog.isVisible() and asked == []


def test_the_category_and_channel_suggest_the_procedure_until_the_officer_chooses_one(qtbot, dialog):
    ui = dialog.ui
    # Given a visit: the direct complaint procedure
    choose(ui.channel_combo, "visit")
    assert ui.procedure_combo.currentData() == "direct"

    # When the category is arrears, the arrears procedure; another category, back to direct
    choose(ui.category_combo, "arrears")
    assert ui.procedure_combo.currentText() == "款项支付投诉"
    choose(ui.category_combo, "illegal_fees")
    assert ui.procedure_combo.currentData() == "direct"

    # A 12345 work order keeps the hotline's clock, arrears or not
    choose(ui.channel_combo, "hotline_12345")
    choose(ui.category_combo, "arrears")
    assert ui.procedure_combo.currentData() == "hotline"

    # Once the officer picks a procedure, it is no longer changed for them
    choose(ui.channel_combo, "letter")
    ui.procedure_combo.setFocus()
    qtbot.keyClick(ui.procedure_combo, Qt.Key.Key_Home)  # the first, payment complaint (unchanged)…
    qtbot.keyClick(ui.procedure_combo, Qt.Key.Key_Down)  # …then the next: the officer's own choice
    assert ui.procedure_combo.currentData() == "petition"
    choose(ui.category_combo, "other")
    assert ui.procedure_combo.currentData() == "petition"
