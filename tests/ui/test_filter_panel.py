"""The filter panel beside the case list: each quick filter and condition lists exactly what the service finds."""

from __future__ import annotations

import dataclasses
from datetime import date
from functools import partial

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton

from complaintdesk.services.actor import Actor
from complaintdesk.services.case_query import CaseQuery
from complaintdesk.services.desk_types import ActionInput
from complaintdesk.services.office import Office
from complaintdesk.ui.filter_panel import FilterPanel, FilterState, QuickFilter, filter_fields
from complaintdesk.ui.main_window import MainWindow
from tests.dates import TODAY
from tests.ui.helpers import LOAD_TIMEOUT_MS, visible_rows, wait_until_loaded

# Users of the demo office (services/demo.py): an officer with open cases, and a supervisor.
OFFICER = Actor(user_id=1, username="wanglh", display_name="王丽华", role="officer")
SUPERVISOR = Actor(user_id=7, username="sunwd", display_name="孙卫东", role="supervisor")


@pytest.fixture
def window_as(qtbot, settings, demo_db_path):
    """A main window over the demo copy, with the desk acting as ``actor``."""

    def make(actor: Actor, qsettings: QSettings = settings) -> MainWindow:
        window = MainWindow(qsettings)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.officeOpened, timeout=LOAD_TIMEOUT_MS):
            window.open_office(partial(Office.open, str(demo_db_path), actor=actor))
        wait_until_choices(qtbot, window.filter_panel)
        wait_until_loaded(qtbot, window.model)
        return window

    return make


def wait_until_choices(qtbot, panel: FilterPanel) -> None:
    qtbot.waitUntil(lambda: panel.choices is not None, timeout=LOAD_TIMEOUT_MS)


def click(qtbot, button: QAbstractButton) -> None:
    # On the indicator: a radio button or check box only reacts to clicks on its circle/box and text.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def choose(qtbot, combo, data) -> None:
    """Pick the item whose data is ``data`` with the keyboard, as a user would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.findData(data)):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def listed(qtbot, window: MainWindow) -> list[str]:
    wait_until_loaded(qtbot, window.model)
    return [r.case_no for r in visible_rows(qtbot, window.model)]


def expected(window: MainWindow, query: CaseQuery) -> list[str]:
    """What the service returns for ``query`` in the order the list is sorted."""
    shown = window.model.query
    query = dataclasses.replace(query, sort=shown.sort, descending=shown.descending)
    return [r.case_no for r in window.office.cases.page(query, 0, 10_000)]


def add_pending_extension(office: Office, count: int = 2) -> None:
    for row in office.cases.page(CaseQuery(statuses=("in_handling",)), 0, count):
        detail = office.lookup.detail(row.id)
        office.actions.act(row.id, "request_extension",
                        ActionInput(on=TODAY, days=5, reason="情况复杂，需要调取合同资料"), detail.version)


# --- each quick filter ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("key", "actor", "query"), [
    (QuickFilter.MINE, OFFICER, CaseQuery(open_only=True, handler_id=OFFICER.user_id)),
    (QuickFilter.OPEN, OFFICER, CaseQuery(open_only=True)),
    (QuickFilter.OVERDUE, OFFICER, CaseQuery(overdue=True)),
    (QuickFilter.AWAITING_APPROVAL, SUPERVISOR, CaseQuery(awaiting_approval=True)),
    (QuickFilter.ALL, OFFICER, CaseQuery()),
], ids=lambda v: v.value if isinstance(v, QuickFilter) else "")
def test_each_quick_filter_lists_what_the_service_finds(qtbot, window_as, key, actor, query):
    # Given a window on the demo office (with two extension requests waiting for a supervisor)
    window = window_as(actor)
    add_pending_extension(window.office)
    panel = window.filter_panel
    start = QuickFilter.ALL if key != QuickFilter.ALL else QuickFilter.OPEN
    panel.set_quick_filter(start)
    wait_until_loaded(qtbot, window.model)

    # When the quick filter's radio button is clicked
    click(qtbot, panel._radios[key])

    # Then the list holds exactly the service's answer to the filter's query, and the menu agrees
    cases = listed(qtbot, window)
    assert cases == expected(window, query)
    assert len(cases) > 0
    assert panel.quick_filter == key and panel.action(key).isChecked()
    assert window.count_label.text() == f"共 {len(cases)} 件"


def test_due_within_n_workdays_takes_n_from_the_spin_box(qtbot, window_as):
    window = window_as(OFFICER)
    panel = window.filter_panel
    assert panel.ui.due_soon_spin_box.value() == 3  # the office's setting (cases.due_soon_workdays)

    click(qtbot, panel.ui.due_soon_radio_button)
    assert listed(qtbot, window) == expected(window, CaseQuery(due_within_workdays=3))

    # Typing another number switches to that filter after a pause, without another click
    panel.set_quick_filter(QuickFilter.ALL)
    spin = panel.ui.due_soon_spin_box
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "15")
    qtbot.waitUntil(lambda: window.model.query.due_within_workdays == 15, timeout=LOAD_TIMEOUT_MS)
    cases = listed(qtbot, window)
    assert cases == expected(window, CaseQuery(due_within_workdays=15))
    assert len(cases) > len(expected(window, CaseQuery(due_within_workdays=3)))
    assert panel.quick_filter == QuickFilter.DUE_SOON
    assert panel.action(QuickFilter.DUE_SOON).text() == "15 个工作日内到期"


def test_the_due_soon_default_is_the_offices_setting(qtbot, window_as, demo_db_path):
    office = Office.open(str(demo_db_path))
    loaded = office.settings.office_details()
    office.settings.save_office_details(dataclasses.replace(loaded, due_soon_workdays=10), loaded)
    office.close()

    window = window_as(OFFICER)

    assert window.filter_panel.ui.due_soon_spin_box.value() == 10
    window.filter_panel.set_quick_filter(QuickFilter.DUE_SOON)
    assert listed(qtbot, window) == expected(window, CaseQuery(due_within_workdays=10))


def test_quick_filters_follow_the_users_role(qtbot, window_as):
    officer = window_as(OFFICER).filter_panel
    assert officer.ui.mine_radio_button.isEnabled()
    assert not officer.ui.awaiting_radio_button.isVisibleTo(officer)
    assert not officer.action(QuickFilter.AWAITING_APPROVAL).isVisible()

    supervisor = window_as(SUPERVISOR).filter_panel
    assert supervisor.ui.awaiting_radio_button.isVisibleTo(supervisor)

    nobody = window_as(Actor(user_id=None, username="system", display_name="系统", role="admin")).filter_panel
    assert not nobody.ui.mine_radio_button.isEnabled()  # no account: no "my cases"


# --- conditions --------------------------------------------------------------------------------------


def test_conditions_narrow_the_quick_filter(qtbot, window_as):
    window = window_as(OFFICER)
    panel = window.filter_panel
    ui = panel.ui
    panel.set_quick_filter(QuickFilter.ALL)
    wait_until_loaded(qtbot, window.model)
    assert [ui.procedure_combo.itemText(i) for i in range(ui.procedure_combo.count())][:3] == [
        "全部", "款项支付投诉", "信访事项"]

    choose(qtbot, ui.category_combo, "arrears")
    choose(qtbot, ui.debtor_kind_combo, "state_organ")
    choose(qtbot, ui.handler_combo, 2)  # 张建军
    click(qtbot, ui.received_from_check_box)
    ui.received_from_date_edit.setDate(date(2025, 1, 1))
    qtbot.waitUntil(lambda: window.model.query.received_from == date(2025, 1, 1), timeout=LOAD_TIMEOUT_MS)

    query = CaseQuery(category="arrears", debtor_kind="state_organ", handler_id=2, received_from=date(2025, 1, 1))
    cases = listed(qtbot, window)
    assert cases == expected(window, query) and cases
    assert len(cases) < len(expected(window, dataclasses.replace(query, received_from=None)))

    choose(qtbot, ui.status_combo, "in_handling")
    choose(qtbot, ui.procedure_combo, "payment_complaint")
    assert listed(qtbot, window) == expected(window, dataclasses.replace(
        query, statuses=("in_handling",), procedure="payment_complaint"))


def test_my_cases_overrides_the_handler_condition(qtbot, window_as):
    window = window_as(OFFICER)
    ui = window.filter_panel.ui
    choose(qtbot, ui.handler_combo, 2)

    click(qtbot, ui.mine_radio_button)

    assert not ui.handler_combo.isEnabled()
    assert window.model.query.handler_id == OFFICER.user_id
    assert listed(qtbot, window) == expected(window, CaseQuery(open_only=True, handler_id=OFFICER.user_id))


def test_a_reversed_date_range_is_pointed_out(qtbot, window_as):
    window = window_as(OFFICER)
    ui = window.filter_panel.ui
    click(qtbot, ui.received_from_check_box)
    click(qtbot, ui.received_to_check_box)
    ui.received_from_date_edit.setDate(date(2026, 6, 1))
    ui.received_to_date_edit.setDate(date(2026, 1, 31))

    qtbot.waitUntil(lambda: window.model.query.received_to == date(2026, 1, 31), timeout=LOAD_TIMEOUT_MS)
    assert ui.range_error_label.isVisibleTo(window.filter_panel)
    assert ui.range_error_label.text() == "起始日期晚于截止日期，没有符合条件的案件。"
    assert listed(qtbot, window) == []


def test_clear_filters_goes_back_to_all_open_cases_and_clears_the_search(qtbot, window_as):
    window = window_as(OFFICER)
    panel = window.filter_panel
    panel.set_quick_filter(QuickFilter.OVERDUE)
    choose(qtbot, panel.ui.category_combo, "arrears")
    window.search_line_edit.setText("2026")
    qtbot.waitUntil(lambda: window.model.query.text == "2026", timeout=LOAD_TIMEOUT_MS)

    qtbot.mouseClick(panel.ui.clear_button, Qt.MouseButton.LeftButton)

    assert window.search_line_edit.text() == ""
    assert panel.state == FilterState(due_soon_workdays=3)
    assert panel.ui.category_combo.currentIndex() == 0
    assert listed(qtbot, window) == expected(window, CaseQuery(open_only=True))


def test_the_filters_are_remembered(qtbot, window_as, settings):
    # Given filters set in one window
    window = window_as(OFFICER)
    panel = window.filter_panel
    click(qtbot, panel.ui.overdue_radio_button)
    choose(qtbot, panel.ui.category_combo, "arrears")
    choose(qtbot, panel.ui.handler_combo, 2)
    click(qtbot, panel.ui.received_to_check_box)
    panel.ui.received_to_date_edit.setDate(date(2026, 10, 31))
    qtbot.waitUntil(lambda: window.model.query.received_to == date(2026, 10, 31), timeout=LOAD_TIMEOUT_MS)
    state = panel.state
    window.close()

    # When the desk is started again
    again = window_as(OFFICER, QSettings(settings.fileName(), QSettings.Format.IniFormat))

    # Then the same filters apply, and the list shows what they find
    assert again.filter_panel.state == state
    assert again.filter_panel.ui.handler_combo.currentText() == "张建军"
    assert listed(qtbot, again) == expected(again, CaseQuery(overdue=True, category="arrears", handler_id=2,
                                                             received_to=date(2026, 10, 31)))


def test_a_handler_of_another_office_is_forgotten(qtbot, window_as, settings):
    settings.setValue("filter_panel/handler_id", 999)
    settings.setValue("filter_panel/quick", "all")

    window = window_as(OFFICER)

    assert window.filter_panel.state.handler_id is None
    assert window.model.query.handler_id is None


def test_english_labels(qtbot, window_as):
    window = window_as(OFFICER)
    window.ui.english_action.trigger()
    ui = window.filter_panel.ui

    qtbot.waitUntil(lambda: ui.overdue_radio_button.text() == "Overdue")
    assert ui.status_combo.itemText(0) == "Any"
    assert ui.category_combo.itemText(ui.category_combo.findData("arrears")) == "Arrears"
    assert ui.procedure_combo.itemText(1) == "Payment complaint"
    assert window.filter_panel.action(QuickFilter.DUE_SOON).text() == "Due within 3 workdays"


# --- the fields themselves -----------------------------------------------------------------------------


def test_filter_fields_set_every_filter_of_a_query():
    fields = filter_fields(FilterState(quick=QuickFilter.OVERDUE, status="replied", procedure="petition",
                                       handler_id=4), user_id=1, text="  华北 ")

    assert fields == {"statuses": ("replied",), "open_only": False, "overdue": True, "due_within_workdays": None,
                      "awaiting_approval": False, "procedure": "petition", "category": None, "debtor_kind": None,
                      "received_from": None, "received_to": None, "text": "华北", "handler_id": 4}
    # Replacing them in a query removes every filter of the one before (its sort stays)
    old = CaseQuery(open_only=True, category="arrears", awaiting_approval=True, descending=True)
    assert dataclasses.replace(old, **filter_fields(FilterState(quick=QuickFilter.ALL), None)) == CaseQuery(
        descending=True)
