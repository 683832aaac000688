"""The case list's columns fit the window: the deadline and the time left stay in view on a 1024 × 700 screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from complaintdesk.ui import i18n
from complaintdesk.ui.case_table_model import CaseColumn
from complaintdesk.ui.column_fit import CELL_PADDING
from complaintdesk.ui.filter_panel import QuickFilter
from tests.ui.helpers import visible_rows, wait_until_loaded

KEPT = (CaseColumn.CASE_NO, CaseColumn.NEXT_DUE, CaseColumn.DAYS_LEFT, CaseColumn.COMPLAINANT, CaseColumn.RESPONDENT)


@pytest.fixture
def window(qtbot, open_window, demo_db_path):
    window = open_window(str(demo_db_path), "wanglh")  # an officer
    window.filter_panel.set_quick_filter(QuickFilter.ALL)  # overdue rows with the longest "time left"
    wait_until_loaded(qtbot, window.model)
    return window


def fitted(qtbot, window, width: int, height: int):
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.ui.case_table_view.viewport().width() < width - 200)  # the dock is beside it
    view = window.ui.case_table_view
    return view, view.horizontalHeader()


def assert_shown_whole(view, header, column: CaseColumn, rows) -> None:
    """The column is shown, wholly inside the viewport, and wide enough for every text of ``rows``."""
    assert not header.isSectionHidden(column)
    left = header.sectionViewportPosition(column)
    assert 0 <= left and left + header.sectionSize(column) <= view.viewport().width(), column.name
    metrics = view.fontMetrics()
    model = view.model()
    widest = max(metrics.horizontalAdvance(model.index(r, column).data() or "") for r in range(len(rows)))
    assert widest + CELL_PADDING <= header.sectionSize(column), column.name


@pytest.mark.parametrize("language", [i18n.CHINESE, i18n.ENGLISH])
def test_at_1024_by_700_the_deadline_and_time_left_are_in_view_and_whole(qtbot, window, language):
    i18n.set_language(language)
    view, header = fitted(qtbot, window, 1024, 700)
    rows = visible_rows(qtbot, window.model, 30)

    for column in (CaseColumn.CASE_NO, CaseColumn.NEXT_DUE, CaseColumn.DAYS_LEFT):
        assert_shown_whole(view, header, column, rows)
    # The names get at least a few characters each, cut short with "…"; the row's tooltip names them in full
    char = view.fontMetrics().horizontalAdvance("中")
    for column in (CaseColumn.COMPLAINANT, CaseColumn.RESPONDENT):
        assert not header.isSectionHidden(column) and header.sectionSize(column) >= 4 * char
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
    tooltip = window.model.index(0, CaseColumn.CASE_NO).data(Qt.ItemDataRole.ToolTipRole)
    assert rows[0].complainant in tooltip and rows[0].received_on.isoformat() in tooltip
    # Whatever was hidden for room is among the columns that may be
    assert set(window.column_fitter.hidden_for_room) <= {CaseColumn.RECEIVED, CaseColumn.HANDLER, CaseColumn.STATUS}
    assert not view.horizontalScrollBar().isVisible()


def test_at_1600_by_1000_every_column_is_shown(qtbot, window):
    view, header = fitted(qtbot, window, 1600, 1000)
    rows = visible_rows(qtbot, window.model, 30)

    assert window.column_fitter.hidden_for_room == ()
    for column in CaseColumn:
        if column not in (CaseColumn.COMPLAINANT, CaseColumn.RESPONDENT):
            assert_shown_whole(view, header, column, rows)
    char = view.fontMetrics().horizontalAdvance("中")
    assert header.sectionSize(CaseColumn.RESPONDENT) >= 10 * char


def test_a_width_the_user_drags_is_kept_and_remembered_until_the_columns_are_fitted_again(
        qtbot, window, settings, open_window, demo_db_path):
    view, header = fitted(qtbot, window, 1600, 1000)
    fitted_width = header.sectionSize(CaseColumn.HANDLER)

    header.resizeSection(CaseColumn.HANDLER, fitted_width + 40)  # as a drag of its edge does
    window.resize(1500, 1000)
    qtbot.waitUntil(lambda: view.viewport().width() < 1300)
    assert header.sectionSize(CaseColumn.HANDLER) == fitted_width + 40
    window.close()

    again = open_window(str(demo_db_path), "wanglh")
    again.resize(1600, 1000)
    again_header = again.ui.case_table_view.horizontalHeader()
    qtbot.waitUntil(lambda: again_header.sectionSize(CaseColumn.HANDLER) == fitted_width + 40)

    again.column_fitter.reset()
    assert again_header.sectionSize(CaseColumn.HANDLER) == fitted_width
    assert "widths" in str(QSettings(settings.fileName(), QSettings.Format.IniFormat).value("main_window/case_columns"))
