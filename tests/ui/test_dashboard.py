"""The dashboard page: its numbers are the statistics service's, and every number opens exactly its cases."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from complaintdesk.services.case_query import CaseQuery
from complaintdesk.ui.figure_widgets import FigureTableModel, wan_text
from complaintdesk.ui.filter_panel import QuickFilter
from tests.ui.helpers import LOAD_TIMEOUT_MS, visible_rows, wait_until_loaded


@pytest.fixture
def window(open_window, demo_db_path):
    return open_window(str(demo_db_path))


@pytest.fixture
def page(qtbot, window):
    page = window.tools.show_dashboard()
    qtbot.waitUntil(lambda: page.dashboard is not None and not page.loading, timeout=LOAD_TIMEOUT_MS)
    return page


def listed_case_nos(qtbot, window) -> list[str]:
    wait_until_loaded(qtbot, window.model)
    return [r.case_no for r in visible_rows(qtbot, window.model)]


def expected_case_nos(window, query: CaseQuery) -> list[str]:
    """What the service lists for ``query``, in the order the list is sorted by."""
    shown = window.model.query
    ordered = dataclasses.replace(query, sort=shown.sort, descending=shown.descending)
    return [r.case_no for r in window.office.cases.page(ordered, 0, 10_000)]


def click_cell(qtbot, view, row: int, column: int) -> None:
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_dashboard_is_a_tab_of_the_main_window_and_the_statistics_menu(window, page):
    tabs = window.ui.case_tab_widget

    assert tabs.currentWidget() is page
    assert tabs.tabText(tabs.indexOf(page)) == "统计看板"
    assert window.tools.menu.title() == "统计(&T)"
    assert window.tools.dashboard_action in window.tools.menu.actions()


def test_the_numbers_are_the_services(window, page):
    expected = window.office.statistics.dashboard(as_of=page.dashboard.as_of)
    tiles = page.tiles()

    assert page.dashboard == expected
    assert tiles["open"].value_text == str(expected.open.value)
    assert tiles["overdue"].value_text == str(expected.overdue.value) != "0"
    assert tiles["due_soon"].value_text == str(expected.due_soon.value)
    assert tiles["awaiting_approval"].value_text == str(expected.awaiting_approval.value)
    assert tiles["closure_rate"].value_text == expected.closure.closure_rate.percent
    assert tiles["on_time_rate"].value_text == expected.closure.on_time_rate.percent
    assert tiles["satisfaction"].value_text == expected.satisfaction.rate.percent
    assert tiles["recovered"].value_text == wan_text(expected.recovered.amount.value)
    assert tiles["due_soon"].caption_label.text() == f"{expected.due_soon_workdays} 个工作日内到期"

    handler = page.handler_model
    assert [(handler.index(r, 0).data(), handler.index(r, 1).data(FigureTableModel.SORT_ROLE))
            for r in range(handler.rowCount())] == [(r.label, r.count.value) for r in expected.overdue_by_handler]
    kinds = page.kind_model
    assert kinds.rowCount() == len(expected.arrears_by_kind) + 1  # and the total
    for r, row in enumerate([*expected.arrears_by_kind, expected.arrears_total]):
        assert kinds.index(r, 5).data(FigureTableModel.FIGURE_ROLE) == row.outstanding
        assert kinds.index(r, 5).data() == wan_text(row.outstanding.value)
    assert kinds.index(kinds.rowCount() - 1, 0).data() == "合计"
    assert page.township_model.rowCount() == len(expected.arrears_by_township) + 1
    monthly = page.monthly_chart_view.chart().series()[0]
    assert [int(v) for v in (monthly.barSets()[0].at(i) for i in range(12))] == [
        m.received.value for m in expected.monthly]


def test_clicking_a_tile_shows_exactly_its_cases_with_a_banner_and_a_way_back(qtbot, window, page):
    figure = page.dashboard.overdue

    qtbot.mouseClick(page.tiles()["overdue"], Qt.MouseButton.LeftButton)

    assert window.ui.case_tab_widget.currentWidget() is window.ui.case_list_tab
    listed = listed_case_nos(qtbot, window)
    assert len(listed) == window.model.total == figure.value > 0
    assert listed == expected_case_nos(window, figure.query)
    assert window.figure_banner.isVisible()
    assert "逾期案件" in window.figure_banner_label.text()

    # Back: the list follows the filter panel again, and none of the figure's conditions stay
    qtbot.mouseClick(window.figure_back_button, Qt.MouseButton.LeftButton)
    wait_until_loaded(qtbot, window.model)
    assert not window.figure_banner.isVisible() and window.figure_title is None
    assert window.filter_panel.quick_filter == QuickFilter.OPEN
    assert window.model.query == dataclasses.replace(
        CaseQuery(**window.filter_panel.query_fields()), sort=window.model.query.sort,
        descending=window.model.query.descending)


def test_clicking_a_township_amount_shows_the_cases_behind_it(qtbot, window, page):
    view = page.ui.township_table_view
    row = page.dashboard.arrears_by_township[0]
    page.ui.scroll_area.ensureWidgetVisible(view)

    click_cell(qtbot, view, 0, 5)  # the first township's outstanding amount

    listed = listed_case_nos(qtbot, window)
    assert listed == expected_case_nos(window, row.outstanding.query)
    assert 0 < len(listed) == window.office.cases.count(row.outstanding.query) <= row.cases.value
    assert row.key in window.figure_title and "未清偿" in window.figure_title


def test_a_rate_tiles_denominator_link_opens_the_denominator(qtbot, window, page):
    rate = page.dashboard.closure.closure_rate

    page.tiles()["closure_rate"].detail_label.linkActivated.emit("den")

    listed = listed_case_nos(qtbot, window)
    assert len(listed) == rate.denominator.value
    assert listed == expected_case_nos(window, rate.denominator.query)


def test_clicking_a_month_bar_opens_that_months_closures(qtbot, window, page):
    month = page.dashboard.monthly[-2]
    closed_set = page.monthly_chart_view.chart().series()[0].barSets()[1]

    closed_set.clicked.emit(10)

    assert listed_case_nos(qtbot, window) == expected_case_nos(window, month.closed.query)
    assert window.model.total == month.closed.value


def test_changing_a_filter_leaves_the_figures_list(qtbot, window, page):
    qtbot.mouseClick(page.tiles()["due_soon"], Qt.MouseButton.LeftButton)
    wait_until_loaded(qtbot, window.model)

    window.filter_panel.action(QuickFilter.ALL).trigger()
    wait_until_loaded(qtbot, window.model)

    assert window.figure_title is None and not window.figure_banner.isVisible()
    assert window.model.total == window.office.cases.count(CaseQuery()) == 300


def test_refresh_computes_again_after_a_change(qtbot, window, page):
    before = page.dashboard
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(page.ui.refresh_button, Qt.MouseButton.LeftButton)
    assert page.dashboard is not before and page.dashboard == window.office.statistics.dashboard(
        as_of=page.dashboard.as_of)


def test_the_figure_table_model_passes_qtmodeltester(qtmodeltester, page):
    for model in (page.handler_model, page.step_model, page.kind_model, page.township_model):
        qtmodeltester.check(model)


def test_english_labels(qtbot, window, page):
    from complaintdesk.ui import i18n

    i18n.set_language(i18n.ENGLISH)
    qtbot.waitUntil(lambda: page.tiles()["open"].caption_label.text() == "Open cases", timeout=LOAD_TIMEOUT_MS)
    tabs = window.ui.case_tab_widget
    assert tabs.tabText(tabs.indexOf(page)) == "Dashboard"
    assert page.kind_model.headerData(5, Qt.Orientation.Horizontal) == "Outstanding (10k ¥)"
    assert page.kind_model.index(0, 0).data() == "State organ"
