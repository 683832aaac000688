"""The settings dialog driven like an administrator would: holiday schedules, rules, LPR, office details, users."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton
from sqlalchemy import select

from complaintdesk.services.actor import Actor
from complaintdesk.services.case_query import CaseQuery
from complaintdesk.services.office import Office
from complaintdesk.store.models import Event
from complaintdesk.ui import dialogs
from complaintdesk.ui.main_window import MainWindow
from complaintdesk.ui.settings import SettingsDialog
from tests.ui.helpers import LOAD_TIMEOUT_MS, visible_rows, wait_until_loaded
from tests.ui.test_date_fields import type_date

TODAY = date(2026, 11, 26)
OFFICER = Actor(user_id=1, username="wanglh", display_name="王丽华", role="officer")


@pytest.fixture(autouse=True)
def _no_modal_question_at_teardown(monkeypatch):
    """Closing a dialog with unsaved input asks; at the end of a test nobody is there to answer."""
    monkeypatch.setattr(dialogs, "ask_discard_changes", lambda parent: True)


@pytest.fixture
def discard_answers(monkeypatch):
    """Answers to "discard changes?" (True: discard), and how often it was asked."""
    asked: list[bool] = []
    answers = [True]

    def ask(parent):
        asked.append(answers[0])
        return answers[0]

    monkeypatch.setattr(dialogs, "ask_discard_changes", ask)
    return answers, asked


@pytest.fixture
def make_dialog(qtbot, settings):
    def make(office: Office) -> SettingsDialog:
        dialog = SettingsDialog(office, settings, today=TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        wait_until_ready(qtbot, dialog)
        return dialog

    return make


@pytest.fixture
def dialog(make_dialog, demo_office):
    return make_dialog(demo_office)


def wait_until_ready(qtbot, dialog: SettingsDialog) -> None:
    qtbot.waitUntil(lambda: dialog.holidays.loaded is not None and bool(dialog.procedures.loaded)
                    and bool(dialog.lpr.rates) and dialog.office_page.loaded is not None and bool(dialog.users.users),
                    timeout=LOAD_TIMEOUT_MS)


def wait_idle(qtbot, dialog: SettingsDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LOAD_TIMEOUT_MS)


def click(qtbot, button: QAbstractButton) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def choose_year(qtbot, dialog: SettingsDialog, year: int) -> None:
    combo = dialog.ui.year_combo
    combo.setCurrentIndex(combo.findData(year))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: dialog.holidays.loaded is not None and dialog.holidays.loaded.year == year,
                    timeout=LOAD_TIMEOUT_MS)


def add_days(qtbot, dialog: SettingsDialog, first: date, last: date, kind: str, name: str) -> None:
    ui = dialog.ui
    ui.day_from_date_edit.setDate(QDate(first.year, first.month, first.day))
    ui.day_to_date_edit.setDate(QDate(last.year, last.month, last.day))
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(kind))
    ui.day_name_line_edit.clear()
    ui.day_name_line_edit.insert(name)  # as an input method commits it (QTest types ASCII only)
    click(qtbot, ui.add_days_button)


def table_texts(table, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def events(office: Office, action: str) -> list[Event]:
    with office.db.read() as s:
        return s.execute(select(Event).where(Event.action == action).order_by(Event.id)).scalars().all()


# --- holiday schedules -------------------------------------------------------------------------------


def test_a_year_without_schedule_is_shown_as_provisional(dialog):
    ui = dialog.ui

    assert ui.year_combo.currentData() == 2027  # next year, not yet entered: what an administrator came for
    assert ui.year_combo.currentText() == "2027（未录入）"
    assert "2027 年尚未录入国务院办公厅的节假日安排" in ui.year_status_label.text()
    assert "暂定" in ui.year_status_label.text()
    # what it is counted with meanwhile: the statutory holidays and their make-up days (DOMAIN.md §3)
    # (2027 by hand: 除夕 Fri 2/5 to 初三 Mon 2/8, Sat 2/6 and Sun 2/7 made up on Tue 2/9 and Wed 2/10)
    assert "元旦 1月1日；春节 2月5日—2月8日（补假 2月9日—2月10日）；清明节 4月5日；" in ui.year_status_label.text()
    assert ui.holiday_table_widget.rowCount() == 0
    assert not ui.save_holidays_button.isEnabled() and not ui.preview_button.isEnabled()
    assert [ui.year_combo.itemData(i) for i in (0, ui.year_combo.count() - 1)] == [2027, 2004]


def test_a_loaded_year_lists_its_days_and_source(qtbot, dialog, demo_office):
    choose_year(qtbot, dialog, 2026)
    ui = dialog.ui
    expected = demo_office.schedules.schedule(2026)

    assert table_texts(ui.holiday_table_widget, 0)[0] == "2026-01-01  周四"
    assert ui.holiday_table_widget.rowCount() == len(expected.rows)
    assert table_texts(ui.holiday_table_widget, 1).count("上班") == 6  # DOMAIN.md §3: 1/4, 2/14, 2/28, 5/9, 9/20, 10/10
    assert ui.source_line_edit.text() == expected.source
    assert ui.year_status_label.text().startswith("2026 年：已录入官方节假日安排。来源：")
    assert "调休上班 6 天" in ui.holiday_summary_label.text()
    assert not dialog.dirty


# A 2027 notice made up for the test (the real one is not out on the suite's day): every statutory holiday of
# 2027 rests (DOMAIN.md §3), with moved days (调休) the statutory estimate cannot know.
NOTICE_2027_BLOCKS = [
    (date(2027, 1, 1), date(2027, 1, 3), "rest", "元旦"),
    (date(2027, 2, 5), date(2027, 2, 12), "rest", "春节"), (date(2027, 2, 20), date(2027, 2, 20), "work", "春节"),
    (date(2027, 4, 3), date(2027, 4, 5), "rest", "清明节"),
    (date(2027, 4, 25), date(2027, 4, 25), "work", "劳动节"), (date(2027, 5, 1), date(2027, 5, 5), "rest", "劳动节"),
    (date(2027, 6, 9), date(2027, 6, 9), "rest", "端午节"), (date(2027, 9, 15), date(2027, 9, 15), "rest", "中秋节"),
    (date(2027, 9, 26), date(2027, 9, 26), "work", "国庆节"), (date(2027, 10, 1), date(2027, 10, 7), "rest", "国庆节"),
    (date(2027, 10, 9), date(2027, 10, 9), "work", "国庆节"),
]


def test_entering_the_2027_schedule_previews_moves_saves_and_clears_provisional_marks(
        qtbot, open_window, demo_db_path, monkeypatch):
    # Given the main window listing open cases, some with provisional 2027 deadlines
    window: MainWindow = open_window(str(demo_db_path))
    window.filter_panel.set_quick_filter("all")
    wait_until_loaded(qtbot, window.model)
    provisional = [r for r in visible_rows(qtbot, window.model) if r.provisional]
    assert provisional and all(r.next_due_on.year == 2027 for r in provisional)
    # (the demo's dates follow today's: declare the first provisional due date a rest day too, so it must move)
    first_due = min(r.next_due_on for r in provisional)
    dialog = window.open_settings()
    wait_until_ready(qtbot, dialog)
    ui = dialog.ui
    assert ui.year_combo.currentData() == 2027

    # When the administrator types the 2027 notice's days
    typed = set()
    for first, last, kind, name in [*NOTICE_2027_BLOCKS, (first_due, first_due, "rest", "测试假日")]:
        add_days(qtbot, dialog, first, last, kind, name)
        typed |= {first + timedelta(days=i) for i in range((last - first).days + 1)}
    assert ui.holiday_table_widget.rowCount() == len(typed)
    assert dialog.dirty
    # …saving waits for the preview
    assert not ui.save_holidays_button.isEnabled()
    click(qtbot, ui.preview_button)
    qtbot.waitUntil(lambda: dialog.holidays.preview is not None, timeout=LOAD_TIMEOUT_MS)

    # Then the preview lists exactly the deadlines (and claims' due dates) the service says would move
    rows = dialog.holidays.current_rows()
    moved = window.office.schedules.preview(2027, rows)
    assert moved
    assert table_texts(ui.preview_table_widget, 0) == [m.case_no for m in moved]
    assert table_texts(ui.preview_table_widget, 3) == [m.new_due.isoformat() for m in moved]
    clocks = [m for m in moved if not m.is_claim]
    assert ui.preview_summary_label.text().startswith(f"保存后，{len(clocks)} 个期限将调整")
    # …and, the notice's date not given yet, that it would be kept as a draft
    assert "保存后只作为草稿" in ui.preview_summary_label.text()
    assert ui.notice_date_error_label.text() == "请填写通知的印发日期"

    # When saving without naming the notice, the source field says what is missing
    ui.source_line_edit.clear()
    click(qtbot, ui.save_holidays_button)
    assert ui.source_error_label.isVisibleTo(dialog)
    assert ui.source_error_label.text() == "请注明来源：国务院办公厅的通知及其文号。"

    # …with the notice but not its date, the schedule is kept as a draft: nothing moves, 2027 stays provisional
    ui.source_line_edit.insert("国办发明电〔2026〕12号")
    click(qtbot, ui.save_holidays_button)
    qtbot.waitUntil(lambda: ui.year_combo.currentText() == "2027（草稿）" and dialog.holidays.loaded is not None,
                    timeout=LOAD_TIMEOUT_MS)
    assert "已保存为草稿" in ui.preview_summary_label.text()
    assert ui.notice_date_error_label.isVisibleTo(dialog)
    assert ui.notice_date_error_label.text() == "请填写通知的印发日期"
    assert "草稿" in ui.year_status_label.text()
    assert dialog.holidays.current_rows() == rows and not dialog.dirty
    assert window.office.schedules.schedule(2027).source is None
    assert window.office.calendar().is_provisional(date(2027, 6, 1))

    # …with its date, after a new preview, it is saved as the official schedule
    type_date(qtbot, ui.notice_date_edit, "2026-11-20")
    assert dialog.dirty and not ui.notice_date_error_label.isVisibleTo(dialog)
    click(qtbot, ui.preview_button)
    qtbot.waitUntil(lambda: dialog.holidays.preview is not None, timeout=LOAD_TIMEOUT_MS)
    assert "草稿" not in ui.preview_summary_label.text()
    with qtbot.waitSignal(dialog.settingsChanged, timeout=LOAD_TIMEOUT_MS) as changed:
        click(qtbot, ui.save_holidays_button)
    assert changed.args == ["calendar"]
    wait_idle(qtbot, dialog)
    assert "2027 年节假日安排已保存" in ui.preview_summary_label.text()
    assert table_texts(ui.preview_table_widget, 0) == [m.case_no for m in moved]
    assert not dialog.dirty and not ui.source_error_label.isVisibleTo(dialog)
    saved = window.office.schedules.schedule(2027)
    assert saved.source == "国办发明电〔2026〕12号" and list(saved.rows) == rows
    assert saved.notice_date == date(2026, 11, 20) and saved.draft is None
    qtbot.waitUntil(lambda: ui.year_combo.currentText() == "2027", timeout=LOAD_TIMEOUT_MS)
    assert "通知印发日期：2026-11-20" in ui.year_status_label.text()

    # …and the list, read again, has no provisional mark left for those cases
    qtbot.waitUntil(lambda: not window.model.loading, timeout=LOAD_TIMEOUT_MS)
    listed = visible_rows(qtbot, window.model)
    moved_cases = {m.case_no for m in moved}
    assert not any(r.provisional for r in listed if r.case_no in moved_cases)
    assert not any(r.provisional for r in listed)
    assert window.office.cases.count(CaseQuery()) == len(listed)


def test_the_editor_checks_the_days_before_they_go_in_the_table(qtbot, dialog):
    ui = dialog.ui

    add_days(qtbot, dialog, date(2027, 1, 4), date(2027, 1, 4), "work", "元旦")  # a Monday
    assert ui.days_error_label.text() == "2027-01-04 是工作日：调休上班日只能是星期六或星期日。"

    add_days(qtbot, dialog, date(2027, 1, 1), date(2027, 1, 1), "rest", " ")
    assert ui.days_error_label.text() == "请填写节日名称，例如“国庆节”。"

    add_days(qtbot, dialog, date(2027, 5, 5), date(2027, 5, 1), "rest", "劳动节")
    assert ui.days_error_label.text() == "结束日期早于开始日期。"

    assert ui.holiday_table_widget.rowCount() == 0 and not dialog.dirty
    assert ui.day_name_line_edit.text() == "劳动节"  # nothing typed is lost


def test_a_day_is_changed_and_removed_in_the_table(qtbot, dialog):
    ui = dialog.ui
    add_days(qtbot, dialog, date(2027, 10, 1), date(2027, 10, 7), "rest", "国庆节")
    add_days(qtbot, dialog, date(2027, 10, 1), date(2027, 10, 1), "rest", "国庆节、中秋节")
    assert ui.holiday_table_widget.rowCount() == 7
    assert table_texts(ui.holiday_table_widget, 2)[0] == "国庆节、中秋节"

    ui.holiday_table_widget.selectRow(6)
    assert ui.day_from_date_edit.date() == QDate(2027, 10, 7)  # the selected day is in the editor
    click(qtbot, ui.remove_days_button)

    assert [r.day.day for r in dialog.holidays.current_rows()] == [1, 2, 3, 4, 5, 6]


def test_importing_a_schedule_file(qtbot, dialog, tmp_path, monkeypatch):
    csv = tmp_path / "2027.csv"
    csv.write_text("# 国务院办公厅关于2027年部分节假日安排的通知\ndate,kind,name\n"
                   "2027-01-01,rest,元旦\n2027-01-02,rest,元旦\n2027-01-03,rest,元旦\n", encoding="utf-8")
    other = tmp_path / "2028.csv"
    other.write_text("date,kind,name\n2028-01-01,rest,元旦\n", encoding="utf-8")
    picked = [str(other), str(csv)]
    monkeypatch.setattr(dialogs, "ask_schedule_file", lambda parent, start: picked.pop(0))
    ui = dialog.ui

    click(qtbot, ui.import_button)
    wait_idle(qtbot, dialog)
    assert ui.holidays_error_label.text() == "2028.csv 中没有 2027 年的日期（文件包含：2028）。请先选择对应的年份。"

    click(qtbot, ui.import_button)
    wait_idle(qtbot, dialog)
    assert table_texts(ui.holiday_table_widget, 2) == ["元旦"] * 3
    assert dialog.dirty and ui.preview_button.isEnabled()
    assert dialog.ui.status_label.text() == "已从 2027.csv 读入 2027 年的 3 天：请核对，然后预览并保存。"


def test_leaving_a_year_with_unsaved_days_asks_first(qtbot, dialog, discard_answers):
    answers, asked = discard_answers
    add_days(qtbot, dialog, date(2027, 1, 1), date(2027, 1, 1), "rest", "元旦")

    answers[0] = False  # keep editing
    dialog.ui.year_combo.setCurrentIndex(dialog.ui.year_combo.findData(2026))
    dialog.ui.year_combo.activated.emit(dialog.ui.year_combo.currentIndex())
    assert asked == [False]
    assert dialog.ui.year_combo.currentData() == 2027 and dialog.ui.holiday_table_widget.rowCount() == 1

    answers[0] = True
    choose_year(qtbot, dialog, 2026)
    assert asked == [False, True]


# --- closing ------------------------------------------------------------------------------------------


def test_closing_with_unsaved_input_asks_and_keeps_it_on_no(qtbot, dialog, discard_answers):
    answers, asked = discard_answers
    dialog.ui.tab_widget.setCurrentIndex(SettingsDialog.LPR)
    qtbot.keyClicks(dialog.ui.lpr_rate_line_edit, "2.95")

    answers[0] = False
    click(qtbot, dialog.ui.close_button)
    assert dialog.isVisible() and dialog.ui.lpr_rate_line_edit.text() == "2.95"

    answers[0] = True
    click(qtbot, dialog.ui.close_button)
    assert not dialog.isVisible() and asked == [False, True]


def test_closing_without_changes_does_not_ask(qtbot, dialog, discard_answers):
    _, asked = discard_answers
    click(qtbot, dialog.ui.close_button)
    assert not dialog.isVisible() and asked == []


# --- procedure rules ------------------------------------------------------------------------------------


def _select_step(dialog: SettingsDialog, procedure: str, code: str) -> int:
    row = next(r for r, v in enumerate(dialog.procedures.loaded) if (v.procedure, v.code) == (procedure, code))
    dialog.ui.steps_table_widget.setCurrentCell(row, 0)
    return row


def test_changing_a_step_rule_applies_to_new_cases(qtbot, dialog, demo_office):
    ui = dialog.ui
    ui.tab_widget.setCurrentIndex(SettingsDialog.PROCEDURES)
    assert "已登记的案件仍按登记时的规则计算" in ui.procedures_notice_label.text()
    row = _select_step(dialog, "hotline", "reply")
    assert ui.step_name_label.text() == "12345热线工单 · 办理并回复办结"
    assert table_texts(ui.steps_table_widget, 3)[row] == "15 个工作日"

    ui.length_spin_box.setFocus()
    ui.length_spin_box.selectAll()
    qtbot.keyClicks(ui.length_spin_box, "10")
    ui.extension_cap_spin_box.setValue(5)
    assert table_texts(ui.steps_table_widget, 3)[row] == "10 个工作日" and dialog.dirty
    with qtbot.waitSignal(dialog.settingsChanged, timeout=LOAD_TIMEOUT_MS):
        click(qtbot, ui.save_procedures_button)
    wait_idle(qtbot, dialog)

    step = next(s for s in demo_office.settings.procedure_steps() if (s.procedure, s.code) == ("hotline", "reply"))
    assert (step.length, step.extension_cap) == (10, 5)
    assert ui.status_label.text() == "已保存 1 条时限规则，适用于此后登记的案件。"
    assert not dialog.dirty and not ui.save_procedures_button.isEnabled()
    [event] = events(demo_office, "procedure_rule_changed")
    assert json.loads(event.changes)["length"] == [15, 10]


def test_an_empty_legal_basis_is_refused_next_to_the_field(qtbot, dialog, demo_office):
    ui = dialog.ui
    ui.tab_widget.setCurrentIndex(SettingsDialog.PROCEDURES)
    _select_step(dialog, "petition", "notice")
    ui.basis_plain_text_edit.clear()

    click(qtbot, ui.save_procedures_button)
    wait_idle(qtbot, dialog)

    assert ui.basis_error_label.isVisibleTo(dialog) and ui.basis_error_label.text() == "请填写法律依据"
    assert ui.basis_plain_text_edit.hasFocus() or not dialog.isActiveWindow()
    assert dialog.dirty  # the edit is still there, to be corrected
    assert events(demo_office, "procedure_rule_changed") == []


# --- LPR --------------------------------------------------------------------------------------------------


def test_lpr_table_is_shown_newest_first_in_percent(dialog):
    table = dialog.ui.lpr_table_widget

    assert table_texts(table, 0)[:2] == ["2025-05-20", "2024-10-21"]
    assert table_texts(table, 1)[:2] == ["3.00", "3.10"]


@pytest.mark.parametrize(("typed", "message"), [
    ("120", "利率应大于 0、小于 100（单位：%）"),
    ("0", "利率应大于 0、小于 100（单位：%）"),
    ("3.455", "利率最多保留两位小数（如 3.45）"),
    ("abc", "请按百分数填写利率，例如 3.00"),
])
def test_a_bad_lpr_rate_is_explained_next_to_the_field(qtbot, dialog, demo_office, typed, message):
    ui = dialog.ui
    ui.tab_widget.setCurrentIndex(SettingsDialog.LPR)
    ui.lpr_date_edit.setDate(QDate(2026, 10, 20))
    qtbot.keyClicks(ui.lpr_rate_line_edit, typed)

    click(qtbot, ui.add_lpr_button)
    wait_idle(qtbot, dialog)

    assert ui.lpr_rate_error_label.isVisibleTo(dialog)
    assert ui.lpr_rate_error_label.text() == message
    assert ui.lpr_rate_line_edit.text() == typed
    assert demo_office.settings.lpr_rates()[-1].effective_on == date(2025, 5, 20)


def test_an_lpr_date_before_the_last_quotation_is_explained_next_to_the_date(qtbot, dialog):
    ui = dialog.ui
    ui.lpr_date_edit.setDate(QDate(2025, 5, 20))
    qtbot.keyClicks(ui.lpr_rate_line_edit, "2.95")

    click(qtbot, ui.add_lpr_button)
    wait_idle(qtbot, dialog)

    assert ui.lpr_date_error_label.text() == "生效日期须晚于最近一次报价（2025-05-20）"
    assert not ui.lpr_rate_error_label.isVisibleTo(dialog)


def test_adding_an_lpr_quotation(qtbot, dialog, demo_office):
    ui = dialog.ui
    ui.lpr_date_edit.setDate(QDate(2026, 10, 20))
    qtbot.keyClicks(ui.lpr_rate_line_edit, "2.95%")
    ui.lpr_source_line_edit.insert("中国货币网")

    with qtbot.waitSignal(dialog.settingsChanged, timeout=LOAD_TIMEOUT_MS) as changed:
        click(qtbot, ui.add_lpr_button)
    wait_idle(qtbot, dialog)
    qtbot.waitUntil(lambda: table_texts(ui.lpr_table_widget, 0)[0] == "2026-10-20", timeout=LOAD_TIMEOUT_MS)

    assert changed.args == ["lpr"]
    assert table_texts(ui.lpr_table_widget, 1)[0] == "2.95"
    assert demo_office.settings.lpr_rates()[-1].rate == Decimal("0.0295")
    assert ui.lpr_rate_line_edit.text() == "" and not dialog.dirty
    assert ui.status_label.text() == "已添加：自 2026-10-20 起一年期LPR 2.95%。"


# --- the office's details -----------------------------------------------------------------------------------


def test_office_details_with_document_number_preview(qtbot, dialog, demo_office):
    ui = dialog.ui
    ui.tab_widget.setCurrentIndex(SettingsDialog.OFFICE)
    assert ui.office_name_line_edit.text() == "演示旗工业和信息化局"
    assert ui.number_prefix_preview_label.text() == "文书编号示例：演工信投字〔2026〕12号"
    assert not dialog.office_page.gaps_label.isVisible()  # the demo office's identity is complete
    assert ui.number_pattern_label.text().startswith("{year}-{seq:04d}（例如 2026-0012）")

    ui.number_prefix_line_edit.clear()
    ui.number_prefix_line_edit.insert("阿工信投字")
    ui.phone_line_edit.insert("call")
    assert ui.number_prefix_preview_label.text() == "文书编号示例：阿工信投字〔2026〕12号"

    click(qtbot, ui.save_office_button)
    wait_idle(qtbot, dialog)
    assert ui.phone_error_label.text().startswith("电话格式不正确")
    assert demo_office.settings.office_details().number_prefix == "演工信投字"

    ui.phone_line_edit.clear()
    qtbot.keyClicks(ui.phone_line_edit, "0470-1234567")
    ui.due_soon_spin_box.setValue(5)
    with qtbot.waitSignal(dialog.settingsChanged, timeout=LOAD_TIMEOUT_MS):
        click(qtbot, ui.save_office_button)
    wait_idle(qtbot, dialog)

    saved = demo_office.settings.office_details()
    assert (saved.number_prefix, saved.phone, saved.due_soon_workdays) == ("阿工信投字", "0470-1234567", 5)
    assert len(events(demo_office, "setting_changed")) == 6 + 3  # the demo's own identity, then these three
    assert not dialog.dirty


def test_the_office_due_soon_setting_reaches_the_filter_panel(qtbot, open_window, demo_db_path):
    window: MainWindow = open_window(str(demo_db_path))
    qtbot.waitUntil(lambda: window.filter_panel.choices is not None, timeout=LOAD_TIMEOUT_MS)
    dialog = window.open_settings()
    wait_until_ready(qtbot, dialog)

    dialog.ui.due_soon_spin_box.setValue(7)
    click(qtbot, dialog.ui.save_office_button)
    wait_idle(qtbot, dialog)

    qtbot.waitUntil(lambda: window.filter_panel.ui.due_soon_spin_box.value() == 7, timeout=LOAD_TIMEOUT_MS)
    assert window.model.due_soon_workdays == 7  # the list's amber marks follow it too


# --- users ------------------------------------------------------------------------------------------------------


def test_an_administrator_adds_an_officer(qtbot, dialog, demo_office):
    ui = dialog.ui
    ui.tab_widget.setCurrentIndex(SettingsDialog.USERS)
    assert ui.add_user_group_box.isEnabled()
    assert ui.role_combo.currentText() == "承办人"

    qtbot.keyClicks(ui.username_line_edit, "lixm")
    ui.display_name_line_edit.insert("李晓敏")
    with qtbot.waitSignal(dialog.settingsChanged, timeout=LOAD_TIMEOUT_MS):
        click(qtbot, ui.add_user_button)
    qtbot.waitUntil(lambda: "lixm" in table_texts(ui.users_table_widget, 0), timeout=LOAD_TIMEOUT_MS)

    assert any(u.username == "lixm" and u.role == "officer" for u in demo_office.settings.users())
    assert ui.username_line_edit.text() == ""

    qtbot.keyClicks(ui.username_line_edit, "lixm")
    ui.display_name_line_edit.insert("李晓明")
    click(qtbot, ui.add_user_button)
    wait_idle(qtbot, dialog)
    assert ui.username_error_label.text() == "用户名“lixm”已存在"


def test_a_new_user_signs_in_with_the_first_password_and_an_admin_can_reset_it(qtbot, dialog, demo_office):
    ui = dialog.ui
    ui.tab_widget.setCurrentIndex(SettingsDialog.USERS)
    qtbot.keyClicks(ui.username_line_edit, "wangfang")
    ui.display_name_line_edit.insert("王芳")
    qtbot.keyClicks(ui.new_password_line_edit, "short")
    click(qtbot, ui.add_user_button)
    wait_idle(qtbot, dialog)
    assert "8" in ui.new_password_error_label.text() and ui.username_line_edit.text() == "wangfang"

    ui.new_password_line_edit.clear()
    qtbot.keyClicks(ui.new_password_line_edit, "first-pass-1")
    with qtbot.waitSignal(dialog.settingsChanged, timeout=LOAD_TIMEOUT_MS):
        click(qtbot, ui.add_user_button)
    qtbot.waitUntil(lambda: "wangfang" in table_texts(ui.users_table_widget, 0), timeout=LOAD_TIMEOUT_MS)
    probe = Office.open(str(demo_office.target.sqlite_path), daily_backup=False)
    try:
        assert probe.sign_in("wangfang", "first-pass-1").display_name == "王芳"

        ui.users_table_widget.setCurrentCell(table_texts(ui.users_table_widget, 0).index("wangfang"), 0)
        qtbot.keyClicks(ui.new_password_line_edit, "second-pass-2")
        click(qtbot, ui.reset_password_button)
        wait_idle(qtbot, dialog)
        assert "王芳" in ui.status_label.text()
        assert probe.sign_in("wangfang", "second-pass-2").username == "wangfang"
    finally:
        probe.close()


def test_an_officer_sees_the_settings_read_only(qtbot, make_dialog, demo_db_path):
    office = Office.open(str(demo_db_path), actor=OFFICER)
    try:
        dialog = make_dialog(office)
        ui = dialog.ui

        assert ui.status_label.text() == "只有管理员可以修改这些设置，您可以查看。"
        assert not ui.add_user_group_box.isEnabled()
        assert ui.users_note_label.text() == "只有管理员可以添加用户，此页仅供查看。"
        assert not ui.lpr_add_group_box.isEnabled() and not ui.day_editor_group_box.isEnabled()
        assert not ui.import_button.isEnabled() and ui.office_name_line_edit.isReadOnly()
        assert not ui.length_spin_box.isEnabled()
        dialog.close()
    finally:
        tasks_done(qtbot)
        office.close()


def tasks_done(qtbot) -> None:
    from complaintdesk.ui import tasks

    assert tasks.wait_for_workers(LOAD_TIMEOUT_MS)


def test_english_interface(qtbot, dialog):
    from complaintdesk.ui import i18n

    i18n.set_language(i18n.ENGLISH)
    ui = dialog.ui

    qtbot.waitUntil(lambda: ui.tab_widget.tabText(0) == "&Holiday schedules")
    assert ui.year_combo.currentText() == "2027 (not entered)"
    assert ui.unit_combo.itemText(1) == "working days"


def test_one_settings_dialog_per_window(qtbot, open_window, demo_db_path):
    window: MainWindow = open_window(str(demo_db_path))

    first = window.open_settings()
    window.ui.settings_action.trigger()

    assert window.settings_dialog is first and first.isVisible()
    wait_until_ready(qtbot, first)
    first.close()
    qtbot.waitUntil(lambda: window.settings_dialog is None)



def test_the_county_and_what_is_still_to_fill_in(qtbot, make_dialog, tmp_path):
    from complaintdesk.messages import settings as settings_msg
    from complaintdesk.services.actor import SYSTEM
    from complaintdesk.services.users import create_user
    from complaintdesk.ui.messages import ui_text
    from tests.identity import OFFICE_IDENTITY
    from tests.ui.helpers import type_into

    # Given a new office as shipped, whose administrator opens the settings
    office = Office.open(str(tmp_path / "new.sqlite"), daily_backup=False)
    with office.db.write() as s:
        create_user(s, SYSTEM, username="chief", display_name="管理员", role="admin", password="county-office-2026")
    office.sign_in("chief", "county-office-2026")
    dialog = make_dialog(office)
    dialog.ui.tab_widget.setCurrentIndex(SettingsDialog.OFFICE)
    page = dialog.office_page
    fields = [settings_msg.FIELD_OFFICE_NAME, settings_msg.FIELD_SHORT_NAME, settings_msg.FIELD_COUNTY,
              settings_msg.FIELD_ADDRESS, settings_msg.FIELD_PHONE, settings_msg.FIELD_NUMBER_PREFIX]
    # Then the page says what letters wait for, and shows the county under the short name
    assert page.gaps_label.isVisible() and "、".join(ui_text(f) for f in fields) in page.gaps_label.text()
    assert page.county_line_edit.text() == "某某县" and page.county_label.buddy() is page.county_line_edit
    assert dialog.ui.short_name_line_edit.nextInFocusChain() is page.county_line_edit
    assert page.county_line_edit.nextInFocusChain() is dialog.ui.address_line_edit

    # A county without its 旗 is refused next to the field
    type_into(qtbot, page.county_line_edit, "阿鲁科尔沁")
    click(qtbot, dialog.ui.save_office_button)
    wait_idle(qtbot, dialog)
    assert page.county_error_label.isVisible()
    assert page.county_error_label.text() == ui_text(settings_msg.COUNTY_SUFFIX())

    # Filled in, saved, recorded: nothing is left to fill in
    ui = dialog.ui
    for edit, field in ((ui.office_name_line_edit, "name"), (ui.short_name_line_edit, "short_name"),
                        (page.county_line_edit, "county"), (ui.address_line_edit, "address"),
                        (ui.phone_line_edit, "phone"), (ui.number_prefix_line_edit, "number_prefix")):
        type_into(qtbot, edit, OFFICE_IDENTITY[field])
    with qtbot.waitSignal(dialog.settingsChanged, timeout=LOAD_TIMEOUT_MS):
        click(qtbot, ui.save_office_button)
    wait_idle(qtbot, dialog)
    assert not page.gaps_label.isVisible() and office.settings.identity_gaps() == ()
    assert "修改本单位设置：所在县（旗、区）“某某县”→“阿鲁科尔沁旗”" in [e.summary for e in events(office, "setting_changed")]
    dialog.close()
    office.close()


def test_a_schedule_holding_only_new_years_day_is_kept_as_a_draft(qtbot, dialog, demo_office):
    # Issue 16, 12: a 2027 "schedule" of one day with source "test" made all of 2027 official.
    ui = dialog.ui
    wait_until_ready(qtbot, dialog)
    assert ui.year_combo.currentData() == 2027
    type_date(qtbot, ui.day_from_date_edit, "2027-01-01")
    type_date(qtbot, ui.day_to_date_edit, "2027-01-01")
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData("rest"))
    ui.day_name_line_edit.insert("元旦")
    click(qtbot, ui.add_days_button)
    qtbot.keyClicks(ui.source_line_edit, "test")
    type_date(qtbot, ui.notice_date_edit, "2026-11-20")

    click(qtbot, ui.preview_button)
    qtbot.waitUntil(lambda: dialog.holidays.preview is not None, timeout=LOAD_TIMEOUT_MS)
    assert "保存后只作为草稿" in ui.preview_summary_label.text()
    click(qtbot, ui.save_holidays_button)
    qtbot.waitUntil(lambda: ui.year_combo.currentText() == "2027（草稿）" and dialog.holidays.loaded is not None,
                    timeout=LOAD_TIMEOUT_MS)
    wait_idle(qtbot, dialog)

    # Then the year stays provisional and still rests on its statutory holidays (counted by hand: Labour Day
    # 2027-05-01 is a Saturday, National Day 2027-10-01 a Friday; both rest days in the estimate)
    assert "草稿" in ui.year_status_label.text()
    assert demo_office.schedules.schedule(2027).source is None
    calendar = demo_office.calendar()
    assert calendar.is_provisional(date(2027, 6, 1))
    assert not calendar.is_workday(date(2027, 10, 1)) and not calendar.is_workday(date(2027, 1, 1))
