"""The main window driven like a user would: filters, search, sorting, language, errors opening a database."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt

from complaintdesk.services.cases import CaseQuery, CaseSort
from complaintdesk.ui import dialogs, i18n
from complaintdesk.ui.case_table_model import CaseColumn
from complaintdesk.ui.filter_panel import QuickFilter
from complaintdesk.ui.main_window import MainWindow
from tests.ui.helpers import LOAD_TIMEOUT_MS, set_up_admin, visible_rows, wait_until_loaded


@pytest.fixture
def errors(monkeypatch):
    """Error boxes the window would show, as (title, message) pairs, instead of modal dialogs."""
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append((title, message)))
    return shown


@pytest.fixture
def window(open_window, demo_db_path):
    return open_window(str(demo_db_path))


def click_header(qtbot, window: MainWindow, column: CaseColumn) -> None:
    header = window.ui.case_table_view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_opens_on_the_database_and_lists_its_open_cases(qtbot, window, demo_db_path):
    office = window.office
    expected = office.cases.page(CaseQuery(open_only=True), 0, 10)

    assert window.filter_panel.quick_filter == QuickFilter.OPEN
    assert window.model.rowCount() == office.cases.count(CaseQuery(open_only=True)) > 0
    assert [r.case_no for r in visible_rows(qtbot, window.model, 10)] == [r.case_no for r in expected]
    assert window.ui.central_stack.currentWidget() is window.ui.cases_page
    assert window.windowTitle() == "投诉办理台 — ComplaintDesk"
    assert window.location_label.text() == f"数据库：{demo_db_path}"
    assert window.count_label.text() == f"共 {window.model.rowCount()} 件"
    assert window.user_label.text().startswith(f"当前用户：{office.actor.display_name}（")


def test_overdue_filter_shows_only_overdue_cases(qtbot, window):
    office = window.office

    window.filter_panel.action(QuickFilter.OVERDUE).trigger()  # View ▸ Quick filter ▸ Overdue
    wait_until_loaded(qtbot, window.model)

    rows = visible_rows(qtbot, window.model)
    assert len(rows) == office.cases.count(CaseQuery(overdue=True)) > 0
    assert all(row.overdue for row in rows)
    assert window.filter_panel.ui.overdue_radio_button.isChecked()
    assert window.count_label.text() == f"共 {len(rows)} 件"


def test_filter_panel_and_view_menu_share_one_state(qtbot, window):
    radio = window.filter_panel.ui.all_radio_button
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))  # on its circle
    wait_until_loaded(qtbot, window.model)

    assert window.filter_panel.quick_filter == QuickFilter.ALL
    assert window.filter_panel.action(QuickFilter.ALL).isChecked()
    assert window.filter_panel.action(QuickFilter.ALL) in window.ui.quick_filter_menu.actions()
    assert window.model.rowCount() == window.office.cases.count(CaseQuery()) == 300


def test_search_narrows_the_list_after_a_pause(qtbot, window):
    # Given the start of a case number (QTest can only type ASCII), matching some open cases but not all
    office = window.office
    needle = office.cases.page(CaseQuery(open_only=True), 0, 1)[0].case_no[:6]

    # When it is typed, nothing is queried on each key stroke…
    qtbot.keyClicks(window.search_line_edit, needle)
    assert window.model.query.text == ""

    # …but after the pause the list holds exactly what the service finds
    qtbot.waitUntil(lambda: window.model.query.text == needle, timeout=LOAD_TIMEOUT_MS)
    wait_until_loaded(qtbot, window.model)
    expected = office.cases.page(CaseQuery(open_only=True, text=needle), 0, 1000)
    assert 0 < len(expected) < office.cases.count(CaseQuery(open_only=True))
    assert [r.case_no for r in visible_rows(qtbot, window.model)] == [r.case_no for r in expected]


def test_search_finds_chinese_names(qtbot, window):
    office = window.office
    name = office.cases.page(CaseQuery(open_only=True), 0, 1)[0].complainant

    window.search_line_edit.insert(name)  # as an input method commits it
    qtbot.waitUntil(lambda: window.model.query.text == name, timeout=LOAD_TIMEOUT_MS)
    wait_until_loaded(qtbot, window.model)

    rows = visible_rows(qtbot, window.model)
    assert any(r.complainant == name for r in rows)
    assert [r.case_no for r in rows] == [r.case_no for r in office.cases.page(
        CaseQuery(open_only=True, text=name), 0, 1000)]


def test_clicking_a_header_sorts_by_that_column(qtbot, window):
    click_header(qtbot, window, CaseColumn.CASE_NO)
    wait_until_loaded(qtbot, window.model)

    assert window.model.query.sort == CaseSort.CASE_NO
    first_order = [r.case_no for r in visible_rows(qtbot, window.model)]
    assert sorted(first_order) in (first_order, first_order[::-1])

    click_header(qtbot, window, CaseColumn.CASE_NO)
    wait_until_loaded(qtbot, window.model)

    assert [r.case_no for r in visible_rows(qtbot, window.model)] == first_order[::-1]


def test_ctrl_f_puts_the_cursor_in_the_search_box(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.ui.case_table_view.setFocus()

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(window.search_line_edit.hasFocus)


def test_switching_to_english_retranslates_and_is_remembered(qtbot, window, settings):
    ui = window.ui
    assert ui.file_menu.title() == "文件(&F)"

    ui.english_action.trigger()

    qtbot.waitUntil(lambda: ui.file_menu.title() == "&File")
    assert [ui.view_menu.title(), ui.language_menu.title(), ui.help_menu.title()] == ["&View", "&Language", "&Help"]
    assert window.windowTitle() == "ComplaintDesk"
    assert window.model.headerData(CaseColumn.CASE_NO, Qt.Orientation.Horizontal) == "Case no."
    assert window.filter_panel.ui.open_radio_button.text() == "All open cases"
    assert window.filter_dock.windowTitle() == "Filters"
    assert window.count_label.text() == f"{window.model.rowCount()} cases"
    assert settings.value(i18n.SETTINGS_KEY) == "en"

    ui.chinese_action.trigger()
    qtbot.waitUntil(lambda: ui.file_menu.title() == "文件(&F)")
    assert settings.value(i18n.SETTINGS_KEY) == "zh_CN"


def test_a_folder_as_database_shows_an_error_and_the_window_stays_usable(qtbot, settings, tmp_path, errors):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()

    with qtbot.waitSignal(window.officeFailed, timeout=LOAD_TIMEOUT_MS):
        window.open_database(str(tmp_path))

    [(title, message)] = errors
    assert title == "无法打开数据库"
    assert "文件夹" in message and str(tmp_path) in message and "Traceback" not in message
    assert window.office is None
    assert window.ui.central_stack.currentWidget() is window.ui.placeholder_page
    assert window.ui.open_database_button.isVisibleTo(window)
    assert window.ui.open_database_action.isEnabled()
    # The button stands centred under the message (its row's spacers; the form sets no Qt enum: ui/lazy_qt.py).
    qtbot.waitUntil(lambda: window.ui.open_database_button.isVisible())
    button, label = window.ui.open_database_button.geometry(), window.ui.placeholder_label.geometry()
    assert abs(button.center().x() - label.center().x()) <= 2, (button, label)


def test_a_file_that_is_no_database_offers_a_way_out(qtbot, settings, tmp_path, errors, recovery_offers):
    notes = tmp_path / "notes.sqlite"
    notes.write_text("这不是数据库\n" * 100, encoding="utf-8")
    window = MainWindow(settings)
    qtbot.addWidget(window)

    with qtbot.waitSignal(window.officeFailed, timeout=LOAD_TIMEOUT_MS):
        window.open_database(str(notes))

    # The recovery dialog (restore a backup / another database / quit) instead of an error box
    [(path, message, backups)] = recovery_offers
    assert path == notes and backups == [] and errors == []
    assert "不是 SQLite 数据库文件" in message and "Traceback" not in message
    assert notes.read_text(encoding="utf-8").startswith("这不是数据库")  # left untouched


def test_an_unexpected_error_is_put_in_words(qtbot, settings, errors, caplog):
    window = MainWindow(settings)
    qtbot.addWidget(window)

    def broken():
        raise RuntimeError("disk on fire")

    with qtbot.waitSignal(window.officeFailed, timeout=LOAD_TIMEOUT_MS):
        window.open_office(broken)

    [(_, message)] = errors
    assert message == "发生意外错误：disk on fire（RuntimeError）。详细信息已写入日志。"
    assert "disk on fire" in caplog.text  # the traceback went to the log


def test_open_database_menu_switches_office_and_closes_the_old_one(qtbot, window, demo_db_path, tmp_path,
                                                                   monkeypatch, errors):
    # Given a window on the demo office, and the user picking a new file in the dialog
    old = window.office
    new_path = tmp_path / "new office.sqlite"
    monkeypatch.setattr(dialogs, "ask_database_file", lambda parent, start: str(new_path))

    # When they choose File ▸ Open database… (and, the file being new, set up its administrator)
    with qtbot.waitSignal(window.officeOpened, timeout=LOAD_TIMEOUT_MS):
        window.ui.open_database_action.trigger()
        set_up_admin(qtbot, window)
    wait_until_loaded(qtbot, window.model)

    # Then the new, empty office is shown and the old one is closed
    assert window.office is not old and window.office.location == str(new_path)
    assert window.model.rowCount() == 0
    assert window.location_label.text() == f"数据库：{new_path}"
    assert errors == []
    qtbot.waitUntil(lambda: old.db.engine.pool.checkedout() == 0)


def test_geometry_and_columns_are_remembered(qtbot, window, settings):
    header = window.ui.case_table_view.horizontalHeader()
    window.resize(760, 520)  # the offscreen screen is 800×600; restoring clamps to it
    header.resizeSection(CaseColumn.COMPLAINANT, 333)
    window.close()

    again = MainWindow(QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(again)

    assert (again.size().width(), again.size().height()) == (760, 520)
    assert again.ui.case_table_view.horizontalHeader().sectionSize(CaseColumn.COMPLAINANT) == 333


def test_refresh_reads_the_database_again(qtbot, window):
    before = window.model.rowCount()
    window.filter_panel.set_quick_filter(QuickFilter.ALL)
    wait_until_loaded(qtbot, window.model)
    assert window.model.rowCount() > before

    with qtbot.waitSignal(window.model.countChanged, timeout=LOAD_TIMEOUT_MS) as counted:
        window.ui.refresh_action.trigger()

    assert counted.args == [300]


def test_the_query_keeps_its_sort_when_the_filter_changes(qtbot, window):
    click_header(qtbot, window, CaseColumn.RECEIVED)
    wait_until_loaded(qtbot, window.model)
    sorted_query = window.model.query

    window.filter_panel.action(QuickFilter.OVERDUE).trigger()
    wait_until_loaded(qtbot, window.model)

    assert window.model.query == dataclasses.replace(sorted_query, open_only=False, overdue=True)
