"""CaseTableModel over a real office: Qt model rules, lazy paging, SQL sorting and the deadline display."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QApplication

from complaintdesk.services.cases import CaseQuery, CaseSort
from complaintdesk.ui.case_table_model import (
    DUE_SOON_BACKGROUND,
    DUE_SOON_FOREGROUND,
    OVERDUE_BACKGROUND,
    OVERDUE_FOREGROUND,
    PLACEHOLDER,
    CaseColumn,
    CaseTableModel,
    follow_viewport,
    page_rows_for,
)
from tests.ui.helpers import LOAD_TIMEOUT_MS, visible_rows, wait_until_loaded

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def model(qtbot, demo_office):
    model = CaseTableModel()
    model.set_source(demo_office.cases, CaseQuery())
    wait_until_loaded(qtbot, model)
    yield model
    model.set_source(None)


def text(model: CaseTableModel, row: int, column: CaseColumn, role=DISPLAY):
    return model.data(model.index(row, column), role)


def test_passes_qt_model_checks(qtmodeltester, model):
    qtmodeltester.check(model, force_py=True)


def test_shows_every_case_in_the_order_of_the_service(qtbot, model, demo_office):
    expected = demo_office.cases.page(CaseQuery(), 0, 1000)

    assert model.rowCount() == demo_office.cases.count(CaseQuery()) == len(expected) == 300
    assert [r.case_no for r in visible_rows(qtbot, model)] == [r.case_no for r in expected]
    assert text(model, 0, CaseColumn.CASE_NO) == expected[0].case_no
    assert text(model, 0, CaseColumn.RECEIVED) == expected[0].received_on.isoformat()
    assert text(model, 0, CaseColumn.CASE_NO, CaseTableModel.ROW_ROLE) == expected[0]
    assert text(model, 0, CaseColumn.RECEIVED, CaseTableModel.SORT_ROLE) == expected[0].received_on


def test_fetches_only_the_pages_that_are_looked_at(qtbot, demo_office):
    # Given a model with small pages, of which only the first came with the count
    model = CaseTableModel(page_size=20)
    model.set_source(demo_office.cases, CaseQuery())
    wait_until_loaded(qtbot, model)
    assert model.is_row_loaded(19) and not model.is_row_loaded(20) and not model.is_row_loaded(250)

    # When a view paints row 250, the row is a placeholder until its page arrives
    assert text(model, 250, CaseColumn.CASE_NO) == PLACEHOLDER
    assert text(model, 250, CaseColumn.CASE_NO, CaseTableModel.ROW_ROLE) is None
    with qtbot.waitSignal(model.pageLoaded, timeout=LOAD_TIMEOUT_MS) as loaded:
        pass
    assert loaded.args == [250 // 20]

    # Then that page, and no other, is there
    assert model.is_row_loaded(250) and model.is_row_loaded(240) and not model.is_row_loaded(100)
    assert text(model, 250, CaseColumn.CASE_NO) == demo_office.cases.page(CaseQuery(), 250, 1)[0].case_no
    model.set_source(None)


def test_keeps_a_bounded_number_of_pages(qtbot, demo_office):
    model = CaseTableModel(page_size=10)
    model.MAX_CACHED_PAGES = 4
    model.set_source(demo_office.cases, CaseQuery())
    wait_until_loaded(qtbot, model)

    rows = visible_rows(qtbot, model)

    assert len(rows) == 300 and None not in rows
    assert model.cached_page_count <= 4
    model.set_source(None)


def test_sort_orders_in_sql_and_reloads(qtbot, model, demo_office):
    model.sort(CaseColumn.CASE_NO, Qt.SortOrder.DescendingOrder)
    wait_until_loaded(qtbot, model)

    assert model.query.sort == CaseSort.CASE_NO and model.query.descending
    descending = [r.case_no for r in visible_rows(qtbot, model)]
    assert descending == sorted(descending, reverse=True)

    model.sort(CaseColumn.RECEIVED, Qt.SortOrder.AscendingOrder)
    wait_until_loaded(qtbot, model)
    received = [r.received_on for r in visible_rows(qtbot, model)]
    assert received == sorted(received)
    assert model.query.sort == CaseSort.RECEIVED and not model.query.descending


def test_a_late_answer_to_an_older_query_is_dropped(qtbot, model, demo_office):
    # Two queries in quick succession: the first answer may arrive last, and must not win.
    model.setQuery(CaseQuery(open_only=True))
    model.setQuery(CaseQuery(overdue=True))
    wait_until_loaded(qtbot, model)
    qtbot.waitUntil(lambda: model.pending_task_count == 0, timeout=LOAD_TIMEOUT_MS)

    assert model.rowCount() == demo_office.cases.count(CaseQuery(overdue=True))
    assert all(row.overdue for row in visible_rows(qtbot, model))


def test_colours_and_words_for_overdue_cases(qtbot, model):
    model.setQuery(CaseQuery(overdue=True))
    wait_until_loaded(qtbot, model)
    row = visible_rows(qtbot, model, 1)[0]
    days = -row.workdays_left

    assert text(model, 0, CaseColumn.DAYS_LEFT) == f"逾期 {days} 个工作日"
    assert text(model, 0, CaseColumn.DAYS_LEFT, Qt.ItemDataRole.ForegroundRole) == OVERDUE_FOREGROUND
    assert text(model, 0, CaseColumn.NEXT_DUE, Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    assert text(model, 0, CaseColumn.COMPLAINANT, Qt.ItemDataRole.BackgroundRole) is None
    assert row.case_no in text(model, 0, CaseColumn.CASE_NO, Qt.ItemDataRole.ToolTipRole)


def test_colours_and_words_for_cases_due_soon(qtbot, model, demo_office):
    # Given the day a deadline falls on, that case is due today, and so within three workdays
    due = next(r for r in demo_office.cases.page(CaseQuery(open_only=True), 0, 500) if r.next_due_on)
    model.setQuery(CaseQuery(open_only=True, as_of=due.next_due_on, sort=CaseSort.NEXT_DUE))
    wait_until_loaded(qtbot, model)
    rows = visible_rows(qtbot, model)
    index = next(i for i, r in enumerate(rows) if r.case_no == due.case_no)

    assert text(model, index, CaseColumn.DAYS_LEFT) == "今日到期"
    assert text(model, index, CaseColumn.DAYS_LEFT, Qt.ItemDataRole.ForegroundRole) == DUE_SOON_FOREGROUND
    assert text(model, index, CaseColumn.NEXT_DUE, Qt.ItemDataRole.BackgroundRole) == DUE_SOON_BACKGROUND
    later = [i for i, r in enumerate(rows) if r.workdays_left is not None and r.workdays_left > 3]
    assert later, "the demo office has cases due later than three workdays"
    assert text(model, later[0], CaseColumn.DAYS_LEFT) == f"剩 {rows[later[0]].workdays_left} 个工作日"
    assert text(model, later[0], CaseColumn.DAYS_LEFT, Qt.ItemDataRole.BackgroundRole) is None


def test_marks_provisional_deadlines(qtbot, model, demo_office):
    rows = visible_rows(qtbot, model)
    index = next(i for i, r in enumerate(rows) if r.provisional)

    assert text(model, index, CaseColumn.NEXT_DUE) == f"{rows[index].next_due_on.isoformat()}（暂定）"
    assert text(model, index, CaseColumn.NEXT_DUE, Qt.ItemDataRole.FontRole).italic()
    assert "暂定" in text(model, index, CaseColumn.CASE_NO, Qt.ItemDataRole.ToolTipRole)


def test_status_and_headers_are_chinese(qtbot, model):
    statuses = {text(model, i, CaseColumn.STATUS) for i in range(len(visible_rows(qtbot, model)))}

    assert statuses <= {"已登记", "已受理", "不予受理", "已转办", "办理中", "已答复", "已办结"}
    assert "已办结" in statuses
    assert model.headerData(CaseColumn.CASE_NO, Qt.Orientation.Horizontal) == "案件编号"
    assert model.headerData(CaseColumn.DAYS_LEFT, Qt.Orientation.Horizontal) == "剩余时限"


def test_closed_cases_have_no_clock(qtbot, model):
    model.setQuery(dataclasses.replace(model.query, statuses=("closed",)))
    wait_until_loaded(qtbot, model)

    assert model.rowCount() > 0
    assert {text(model, 0, CaseColumn.NEXT_DUE), text(model, 0, CaseColumn.DAYS_LEFT)} == {""}


def test_a_failing_query_is_reported_not_raised(qtbot, model, demo_office):
    demo_office.db.engine.dispose()
    demo_office.db.target.sqlite_path.unlink()
    demo_office.db.target.sqlite_path.mkdir()  # the file is gone: SQLite cannot open it any more

    with qtbot.waitSignal(model.loadFailed, timeout=LOAD_TIMEOUT_MS) as failed:
        model.reload()

    assert failed.args[0] and "Traceback" not in failed.args[0]
    assert not model.loading


def test_without_a_source_the_model_is_empty(qtmodeltester):
    model = CaseTableModel()

    assert model.rowCount() == 0 and model.columnCount() == len(CaseColumn)
    assert model.data(model.index(0, 0)) is None
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(QModelIndex()) == 8
    qtmodeltester.check(model, force_py=True)


# --- pages sized to the view, read from anchors (keyset) ------------------------------------------


class RecordingCases:
    """The office's own CaseService, with a note of what the model asks of it (every read is real)."""

    def __init__(self, cases, *, local: bool | None = None):
        self._cases = cases
        self.pages: list[tuple] = []  # (offset, limit, seek) of each page read
        self.anchor_reads = 0
        # local=False: pages read as from a database server (PostgreSQL), always on a worker
        self.pages_are_local = cases.pages_are_local if local is None else local

    def count(self, query):
        return self._cases.count(query)

    def anchors(self, query, every):
        self.anchor_reads += 1
        return self._cases.anchors(query, every)

    def page(self, query, offset=0, limit=200, seek=None):
        self.pages.append((offset, limit, seek))
        return self._cases.page(query, offset, limit, seek)


def anchored_model(qtbot, cases, query, *, page_size=20, every=50) -> CaseTableModel:
    """A model of small pages whose anchors are learnt (by looking once past the first stretch)."""
    model = CaseTableModel(page_size=page_size)
    model.ANCHOR_EVERY = every
    model.set_source(cases, query)
    wait_until_loaded(qtbot, model)
    model.prefetch(every + 1, every + 1)
    qtbot.waitUntil(lambda: model.has_anchors and model.is_row_loaded(every + 1), timeout=LOAD_TIMEOUT_MS)
    return model


def test_a_deep_jump_reads_its_screen_in_one_read_from_the_nearest_anchor(qtbot, demo_office):
    # Given a model whose first look past row 50 read that page from the top and learnt the anchors, once
    cases = RecordingCases(demo_office.cases)
    model = anchored_model(qtbot, cases, CaseQuery())
    assert cases.anchor_reads == 1 and cases.pages[-1] == (40, 20, None)
    cases.pages.clear()

    # When the view jumps to rows 173–195, a screen across two pages
    model.prefetch(173, 195)
    qtbot.waitUntil(lambda: model.is_row_loaded(173) and model.is_row_loaded(195), timeout=LOAD_TIMEOUT_MS)

    # Then both pages come in one read, from the anchor at row 150 up to the one at row 200 — not by an
    # OFFSET over the 160 rows above them — and they are the rows the list has there
    assert len(cases.pages) == 1
    offset, limit, seek = cases.pages[0]
    assert (offset, limit, seek.row) == (160, 40, 150) and seek.stop is not None
    assert [model.row_at(row) for row in range(160, 200)] == demo_office.cases.page(model.query, 160, 40)
    assert cases.anchor_reads == 1


def test_passes_qt_model_checks_reading_from_anchors(qtmodeltester, qtbot, demo_office):
    model = anchored_model(qtbot, demo_office.cases, CaseQuery(sort=CaseSort.HANDLER))

    qtmodeltester.check(model, force_py=True)
    model.set_source(None)


def test_rows_are_right_after_a_case_is_added_and_one_leaves_the_list(qtbot, demo_office):
    from complaintdesk.services.desk_types import ActionInput
    from tests.dates import TODAY
    from tests.ui.case_helpers import register_case

    # Given the open list, newest first, read from anchors, keeping only a few pages
    query = CaseQuery(open_only=True, sort=CaseSort.RECEIVED, descending=True)
    cases = RecordingCases(demo_office.cases)
    model = anchored_model(qtbot, cases, query, page_size=10, every=20)
    model.MAX_CACHED_PAGES = 2
    visible_rows(qtbot, model)

    # When another desk registers a case near the top and withdraws one further down, and the list
    # refreshes (the window's office-changed signal reloads it)
    register_case(demo_office, days_ago=3)
    gone = demo_office.cases.page(model.query, 30, 1)[0]
    demo_office.actions.act(gone.id, "withdraw", ActionInput(on=TODAY, reason="企业撤回投诉"),
                            demo_office.lookup.detail(gone.id).version)
    model.reload()
    wait_until_loaded(qtbot, model)

    # Then the old anchors are gone, new ones are learnt, and every row — read from them — is the list's
    assert not model.has_anchors
    expected = demo_office.cases.page(model.query, 0, 1000)
    assert model.rowCount() == len(expected) and gone.id not in {row.id for row in expected}
    visible_rows(qtbot, model)
    qtbot.waitUntil(lambda: model.has_anchors, timeout=LOAD_TIMEOUT_MS)
    cases.pages.clear()
    assert visible_rows(qtbot, model) == expected  # pages evicted before: read again, from the new anchors
    assert cases.pages and all(seek is not None for _, _, seek in cases.pages)


def test_pages_are_sized_to_the_view_and_a_scroll_reads_what_comes_into_view(qtbot, demo_office):
    from PySide6.QtWidgets import QTableView

    # Given the list in a view 20 rows high, whose model first read a 200-row page
    model = CaseTableModel()
    model.set_source(demo_office.cases, CaseQuery())
    wait_until_loaded(qtbot, model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(20)
    follow_viewport(model, view)
    view.resize(500, view.horizontalHeader().height() + 20 * 20 + 2 * view.frameWidth())
    view.show()
    qtbot.waitExposed(view)
    shown = -(-view.viewport().height() // 20)

    # Then its pages are a screen and a half, and the rows it had are kept in them
    assert model.page_size == page_rows_for(shown) == max(CaseTableModel.MIN_PAGE_SIZE, -(-shown * 3 // 2 // 8) * 8)
    assert model.is_row_loaded(0) and model.is_row_loaded(model.page_size * 3 - 1)

    # When the view is scrolled deep down, the rows it now shows are read before anything paints them
    view.scrollTo(model.index(250, 0))
    first, last = view.rowAt(0), view.rowAt(view.viewport().height() - 1)
    assert model.pending_task_count > 0
    qtbot.waitUntil(lambda: model.is_row_loaded(first) and model.is_row_loaded(last), timeout=LOAD_TIMEOUT_MS)
    assert [model.row_at(row) for row in range(first, last + 1)] == \
        demo_office.cases.page(model.query, first, last + 1 - first)

    # And a taller view gets longer pages
    view.resize(500, view.height() + 40 * 20)
    qtbot.waitUntil(lambda: model.page_size == page_rows_for(-(-view.viewport().height() // 20)),
                    timeout=LOAD_TIMEOUT_MS)
    assert model.page_size > page_rows_for(shown)
    assert visible_rows(qtbot, model, 120) == demo_office.cases.page(model.query, 0, 120)
    model.set_source(None)


# --- a dragged list: each jump read before it is painted ---------------------------------------------


class Paints(QObject):
    """Counts a view's paints, and those that would show a placeholder (a row whose page is not here)."""

    def __init__(self, view, model):
        super().__init__(view)
        self.view, self.model = view, model
        self.count = self.with_placeholders = 0
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.count += 1
            first, last = self.view.rowAt(0), self.view.rowAt(self.view.viewport().height() - 1)
            last = self.model.rowCount() - 1 if last < 0 else last
            if first >= 0 and not all(self.model.is_row_loaded(row) for row in range(first, last + 1)):
                self.with_placeholders += 1
        return False


def dragged_list(qtbot, cases, query, *, rows_shown=10, every=50):
    """A view ``rows_shown`` rows high over the list, whose anchors are learnt (its end looked at once)."""
    from PySide6.QtWidgets import QTableView

    view = QTableView()
    qtbot.addWidget(view)
    model = CaseTableModel(view)
    model.ANCHOR_EVERY = every
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(20)
    follow_viewport(model, view)
    view.resize(500, view.horizontalHeader().sizeHint().height() + rows_shown * 20 + 2 * view.frameWidth())
    view.show()
    qtbot.waitExposed(view)
    model.set_source(cases, query)
    wait_until_loaded(qtbot, model)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.has_anchors and model.is_row_loaded(model.rowCount() - 1), timeout=LOAD_TIMEOUT_MS)
    view.scrollToTop()
    QApplication.processEvents()
    return view, model


def test_a_dragged_list_paints_each_jump_once_with_its_rows(qtbot, demo_office):
    # Given a list of 300 cases in a view of 10 rows, in pages of 32, its anchors learnt
    view, model = dragged_list(qtbot, demo_office.cases, CaseQuery(sort=CaseSort.RECEIVED))
    paints = Paints(view, model)
    jumps = read_at_once = 0

    # When its scroll bar is dragged through the whole list, jump by jump, each painted as the event loop does
    for row in range(0, model.rowCount(), 25):
        view.scrollTo(model.index(row, 0))
        first, last = view.rowAt(0), view.rowAt(view.viewport().height() - 1)
        read_at_once += all(model.is_row_loaded(r) for r in range(first, last + 1))
        jumps += 1
        QApplication.processEvents()

    # Then every jump's rows were read before the event loop ran (from this local file, with no worker),
    # and each jump was painted once, with its rows: never placeholders first and the rows after
    assert jumps == read_at_once == 12
    assert paints.with_placeholders == 0
    assert 0 < paints.count <= jumps
    assert model.pending_task_count == 0
    model.set_source(None)


def test_a_server_office_reads_a_scrolled_to_screen_on_a_worker(qtbot, demo_office):
    # Given the same list of an office whose pages come from a server (as PostgreSQL's do)
    cases = RecordingCases(demo_office.cases, local=False)
    view, model = dragged_list(qtbot, cases, CaseQuery(sort=CaseSort.RECEIVED))
    cases.pages.clear()

    # When the view jumps deep down, the read goes to a worker: the GUI thread does not wait on a network
    view.scrollTo(model.index(200, 0))
    first, last = view.rowAt(0), view.rowAt(view.viewport().height() - 1)
    assert model.pending_task_count == 1 and not model.is_row_loaded(first)

    # Then its screen arrives in one read, from the anchors, and is the list's
    qtbot.waitUntil(lambda: model.is_row_loaded(first) and model.is_row_loaded(last), timeout=LOAD_TIMEOUT_MS)
    assert len(cases.pages) == 1 and cases.pages[0][2] is not None
    assert [model.row_at(row) for row in range(first, last + 1)] == \
        demo_office.cases.page(model.query, first, last + 1 - first)
    model.set_source(None)


def test_slow_reads_send_the_lists_later_reads_to_a_worker_until_it_reloads(qtbot, demo_office):
    # Given the dragged list, where any read before a paint counts as slow (as a plan no index serves is)
    view, model = dragged_list(qtbot, demo_office.cases, CaseQuery(sort=CaseSort.RECEIVED), every=100)
    model.SLOW_READ_MS = 0.0

    def jump(row):
        view.scrollTo(model.index(row, 0))
        return view.rowAt(0), view.rowAt(view.viewport().height() - 1)

    # When it jumps twice, each screen is read at once; the next jump's read goes to a worker
    for row in (150, 200):
        first, last = jump(row)
        assert model.is_row_loaded(first) and model.is_row_loaded(last) and model.pending_task_count == 0
    first, last = jump(250)
    assert model.pending_task_count == 1 and not model.is_row_loaded(first)
    qtbot.waitUntil(lambda: model.is_row_loaded(first) and model.is_row_loaded(last), timeout=LOAD_TIMEOUT_MS)

    # Then another sort (a reload) reads before painting again (rows within the first 100: no anchors needed)
    model.SLOW_READ_MS = CaseTableModel.SLOW_READ_MS
    model.sort(CaseColumn.CASE_NO, Qt.SortOrder.AscendingOrder)
    wait_until_loaded(qtbot, model)
    assert not model.is_row_loaded(40) and not model.is_row_loaded(63)
    first, last = jump(40)
    assert model.is_row_loaded(first) and model.is_row_loaded(last)  # no event has run since they were missing
    model.set_source(None)


def test_the_roles_written_as_numbers_are_qts():
    """The model is built with the window, before Qt's namespace of enums (ui/lazy_qt.py): its roles are numbers,
    which must be Qt's own, and the values it hands out Qt's enums."""
    from complaintdesk.ui import case_table_model as m

    role = Qt.ItemDataRole
    assert (m._DISPLAY, m._TOOLTIP, m._FONT, m._ALIGNMENT, m._BACKGROUND, m._FOREGROUND, m._USER) == (
        role.DisplayRole, role.ToolTipRole, role.FontRole, role.TextAlignmentRole, role.BackgroundRole,
        role.ForegroundRole, role.UserRole)
    assert m.CaseTableModel.SORT_ROLE == role.UserRole + 1 and m.CaseTableModel.ROW_ROLE == role.UserRole + 2
    model = m.CaseTableModel()
    assert model.headerData(0, Qt.Orientation.Horizontal, role.TextAlignmentRole) in (
        Qt.AlignmentFlag.AlignCenter, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    assert model.headerData(0, Qt.Orientation.Vertical, role.DisplayRole) is None
