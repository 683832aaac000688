"""The case list as a Qt table model: SQL-filtered and sorted, fetched lazily in pages off the GUI thread.

``rowCount()`` is the number of matching cases (``CaseService.count``), but only the pages a view
actually paints are fetched (``CaseService.page``) — by a worker, while the row shows a placeholder; or,
when a scroll brings them into view and the office is a local file, read at once before the view paints
(one short keyset statement: ``CaseTableModel._read_now``), so that a dragged list paints each position once.
Pages are sized to the view (``follow_viewport``: a screen and a half), the pages one paint asks
for are read in one statement, and they live in a small LRU cache, so 100,000 cases never sit in
memory at once. Past the list's first ``ANCHOR_EVERY`` rows the model learns, once per reload and
in the background, the sort key of every ``ANCHOR_EVERY``-th row (``CaseService.anchors``); from
then on a page is read from the nearest of these anchors (keyset paging, ``services.case_query.Seek``)
instead of by an OFFSET over every row above it, so a jump to row 90,000 costs what row 90 costs.

Every reload (new filter, new sort, refresh) is a request of a ``tasks.LatestLoader``; page and anchor
requests carry the loader's generation, and answers to an older one are dropped, so a slow page can
never paint rows of a previous filter, nor old anchors seek in a changed list.
"""

from __future__ import annotations

from collections import OrderedDict
from enum import IntEnum
from functools import partial
from time import perf_counter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QTableView

from complaintdesk.ui.fill import fill
from complaintdesk.ui.lazy_qt import Qt  # built on first use (ui/lazy_qt.py)
from complaintdesk.ui.messages import error_text
from complaintdesk.ui.tasks import LatestLoader, run_task

if TYPE_CHECKING:  # the services module imports SQLAlchemy, which must load after the window shows
    from complaintdesk.services.case_query import CaseQuery, CaseRow, Seek
    from complaintdesk.services.cases import CaseService

_Index = QModelIndex | QPersistentModelIndex
# data() runs for every role of every cell of every paint: plain ints, compared without enum look-ups. They are
# Qt::ItemDataRole's values (fixed by Qt's ABI; tests/ui/test_case_table_model.py compares them with Qt's), written
# as numbers because this model is built with the window, before its first frame, which Qt's namespace of enums
# must not delay (ui/lazy_qt.py).
_DISPLAY, _TOOLTIP, _FONT, _ALIGNMENT, _BACKGROUND, _FOREGROUND, _USER = 0, 3, 6, 7, 8, 9, 256
# Qt's enum values the model hands out, read when a view first asks (by then the window is on screen).
_HORIZONTAL = _CENTER = _LEFT = None


def _read_qt_values() -> None:
    global _HORIZONTAL, _CENTER, _LEFT  # noqa: PLW0603 - read once, then module constants for data()
    _HORIZONTAL = Qt.Orientation.Horizontal
    _CENTER = Qt.AlignmentFlag.AlignCenter
    _LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class CaseColumn(IntEnum):
    CASE_NO = 0
    RECEIVED = 1
    COMPLAINANT = 2
    RESPONDENT = 3
    STATUS = 4
    HANDLER = 5
    NEXT_DUE = 6
    DAYS_LEFT = 7


_HEADERS = {
    CaseColumn.CASE_NO: QT_TRANSLATE_NOOP("CaseTableModel", "Case no."),
    CaseColumn.RECEIVED: QT_TRANSLATE_NOOP("CaseTableModel", "Received"),
    CaseColumn.COMPLAINANT: QT_TRANSLATE_NOOP("CaseTableModel", "Complainant"),
    CaseColumn.RESPONDENT: QT_TRANSLATE_NOOP("CaseTableModel", "Respondent"),
    CaseColumn.STATUS: QT_TRANSLATE_NOOP("CaseTableModel", "Status"),
    CaseColumn.HANDLER: QT_TRANSLATE_NOOP("CaseTableModel", "Handler"),
    CaseColumn.NEXT_DUE: QT_TRANSLATE_NOOP("CaseTableModel", "Next deadline"),
    CaseColumn.DAYS_LEFT: QT_TRANSLATE_NOOP("CaseTableModel", "Time left"),
}

# CaseSort values; "time left" orders exactly like the deadline it counts down to.
_SORT_KEYS = {
    CaseColumn.CASE_NO: "case_no",
    CaseColumn.RECEIVED: "received",
    CaseColumn.COMPLAINANT: "complainant",
    CaseColumn.RESPONDENT: "respondent",
    CaseColumn.STATUS: "status",
    CaseColumn.HANDLER: "handler",
    CaseColumn.NEXT_DUE: "next_due",
    CaseColumn.DAYS_LEFT: "next_due",
}

_COLUMNS = len(CaseColumn)
# The roles CaseTableModel.data answers (its SORT_ROLE and ROW_ROLE the two after UserRole); any other is None.
_ANSWERED = frozenset((_DISPLAY, _TOOLTIP, _FONT, _ALIGNMENT, _FOREGROUND, _BACKGROUND, _USER + 1, _USER + 2))
_DEADLINE_COLUMNS = frozenset((CaseColumn.NEXT_DUE, CaseColumn.DAYS_LEFT))
_CENTERED = frozenset((CaseColumn.RECEIVED, CaseColumn.STATUS, CaseColumn.NEXT_DUE, CaseColumn.DAYS_LEFT))

# Light backgrounds with dark text of the same hue: readable on light and dark themes alike, and
# the text colour alone still tells overdue from due-soon for colour-blind readers of a printout.
OVERDUE_FOREGROUND = QColor("#a1260d")
OVERDUE_BACKGROUND = QColor("#fbe0dc")
DUE_SOON_FOREGROUND = QColor("#7a4b00")
DUE_SOON_BACKGROUND = QColor("#fff0c2")
PLACEHOLDER = "…"


def _fetch_first_page(cases: CaseService, query: CaseQuery, limit: int) -> tuple[int, list[CaseRow]]:
    """Worker side of a reload: the total for rowCount() and the first page, so rows appear at once."""
    return cases.count(query), cases.page(query, 0, limit)


def page_rows_for(visible_rows: int) -> int:
    """Rows per page for a view showing ``visible_rows``: a screen and a half, in steps of 8 (32 … 200),
    so that a jump anywhere reads one or two pages — one statement — and scrolling a screen reads one."""
    wanted = visible_rows + visible_rows // 2
    return max(CaseTableModel.MIN_PAGE_SIZE, min(CaseTableModel.PAGE_SIZE, -(-wanted // 8) * 8))


class _ViewportFollower(QObject):
    """Tells the model what its view shows: how many rows (on every resize) and which (on every scroll)."""

    def __init__(self, model: CaseTableModel, view: QTableView):
        super().__init__(view)
        self._model = model
        self._view = view
        view.viewport().installEventFilter(self)
        view.verticalScrollBar().valueChanged.connect(self.scrolled)
        self.resized()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.resized()
        return False

    def resized(self) -> None:
        if not self._view.isVisible():
            return  # not laid out yet (a hidden view's size is a default): sized when shown
        row_height = max(self._view.verticalHeader().defaultSectionSize(), 1)
        self._model.set_viewport_rows(-(-self._view.viewport().height() // row_height))

    def scrolled(self) -> None:
        # The view has moved (its scroll bar's own slot ran first), and will paint on the next turn of the
        # event loop: ask for the rows it will show now, so that they are read while it paints.
        view = self._view
        first = view.rowAt(0)
        if first >= 0:
            last = view.rowAt(view.viewport().height() - 1)
            self._model.prefetch(first, last if last >= 0 else self._model.rowCount() - 1)


def follow_viewport(model: CaseTableModel, view: QTableView) -> QObject:
    """Size ``model``'s pages to what ``view`` shows and read the rows a scroll brings into view at once,
    as the view is resized and scrolled."""
    return _ViewportFollower(model, view)


class CaseTableModel(QAbstractTableModel):
    """Read-only case list; ``setQuery`` filters, ``sort`` orders, both in SQL."""

    SORT_ROLE = _USER + 1
    ROW_ROLE = _USER + 2

    PAGE_SIZE = 200  # until a view says how many rows it shows (follow_viewport)
    MIN_PAGE_SIZE = 32
    # 64 pages = 12,800 rows at most: far more than any screen, small enough to forget about.
    MAX_CACHED_PAGES = 64
    # Pages asked for but not yet started; older wishes are dropped when the user scrolls on.
    MAX_WAITING_PAGES = 6
    MAX_PAGES_IN_FLIGHT = 2  # page reads (each of one or more adjacent pages) sent and not yet answered
    MAX_PAGES_READ_AT_ONCE = 3  # a screen across two pages, or a tall one across three: read before it paints
    # Two reads before a paint in a row that each took longer than this send the list's later reads to a worker,
    # until the next reload: its plan is slow (measured at 100,000 cases: one township's open cases, 15–25 ms a
    # page on a loaded machine; the open list by any sort walks its sort index since CaseService._walks_sort_index,
    # 0.5–5 ms) or the file is cold on a slow disk, and placeholders beat
    # a window that stops answering. Two, not one: a busy machine, or the list's first read building its
    # statement, can make a single good read slow.
    SLOW_READ_MS = 25.0
    SLOW_READS_IN_A_ROW = 2
    # The sort key of every this-many-th row is learnt once per reload when a page past the first
    # this-many rows is asked for; a page then reads at most two such stretches of the sort index.
    # 250: at 100,000 cases 400 keys, learnt in the same one statement; a page read from them costs a quarter
    # less than with 500 (a third less than with 1,000), measured on the open and the whole list at 100,000.
    ANCHOR_EVERY = 250
    DUE_SOON_WORKDAYS = 3  # until the office's own setting (cases.due_soon_workdays) is read

    countChanged = Signal(int)
    loadingChanged = Signal(bool)
    loadFailed = Signal(str)
    pageLoaded = Signal(int)

    def __init__(self, parent: QObject | None = None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._page_size = page_size
        self._due_soon_workdays = self.DUE_SOON_WORKDAYS
        self._cases: CaseService | None = None
        self._query: CaseQuery | None = None
        self._sort_column: CaseColumn | None = None
        self._descending = False
        self._loader: LatestLoader[tuple[int, list[CaseRow]]] = LatestLoader(self, self._on_reloaded,
                                                                            self._on_reload_failed)
        self._loader.loadingChanged.connect(self.loadingChanged)
        self._total = 0
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()
        self._waiting: OrderedDict[int, None] = OrderedDict()
        self._in_flight: set[int] = set()
        self._reads_in_flight = 0  # page reads of the current generation not yet answered
        self._failed: set[int] = set()
        self._slow_in_a_row = 0  # reads before a paint slower than SLOW_READ_MS, in a row
        self._pages_outstanding = 0  # page tasks started and not yet answered, stale ones included
        self._anchors: list[tuple] | None = None  # sort keys of rows 0, ANCHOR_EVERY, 2 × ANCHOR_EVERY …
        self._anchors_asked = False
        self._dispatch_timer = QTimer(self)
        self._dispatch_timer.setSingleShot(True)
        self._dispatch_timer.setInterval(0)
        self._dispatch_timer.timeout.connect(self._dispatch)

    # --- source and query ---------------------------------------------------------------------

    @property
    def query(self) -> CaseQuery | None:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    @property
    def loading(self) -> bool:
        """True from a reload until its count and first page are in."""
        return self._loader.loading

    @property
    def cached_page_count(self) -> int:
        return len(self._pages)

    @property
    def pending_task_count(self) -> int:
        """Queries sent to a worker and not yet answered, including answers that will be dropped."""
        return self._loader.in_flight + self._pages_outstanding

    @property
    def page_size(self) -> int:
        return self._page_size

    @property
    def has_anchors(self) -> bool:
        """True when pages are read from the anchors (keyset) rather than counted from the top."""
        return self._anchors is not None

    def set_viewport_rows(self, rows: int) -> None:
        """The view shows about ``rows`` rows: pages become ``page_rows_for(rows)`` long. The rows already
        here are kept (regrouped into the new pages); reads under way are answered into the new pages."""
        size = page_rows_for(max(rows, 1))
        if size == self._page_size:
            return
        blocks: list[tuple[int, list[CaseRow]]] = []
        for page_no in sorted(self._pages):  # adjacent pages joined, so that a new page may span two old ones
            first, rows_here = page_no * self._page_size, self._pages[page_no]
            if blocks and blocks[-1][0] + len(blocks[-1][1]) == first and len(blocks[-1][1]) % self._page_size == 0:
                blocks[-1][1].extend(rows_here)
            else:
                blocks.append((first, list(rows_here)))
        self._page_size = size
        self._pages.clear()
        self._waiting.clear()
        self._in_flight.clear()
        self._failed.clear()
        for first, rows_here in blocks:
            self._store(first, len(rows_here), rows_here)

    def set_source(self, cases: CaseService | None, query: CaseQuery | None = None) -> None:
        """Show the cases of another office (None: show nothing); a sort the view asked for is kept."""
        if cases is None and self._cases is None and self._total == 0:
            return
        if (cases is not None and query is not None and getattr(self._cases, "successor", None) is cases
                and self._with_view_sort(query) == self._query):
            # The first screen was read over a staged office's plain connection (services/staged_office.py);
            # the same list is now read on from that office's own CaseService: nothing to read again.
            self._cases = cases
            return
        self._cases = cases
        if cases is None:
            self._loader.cancel()
            self._query = None
            self._replace_rows(0, [])
            return
        if query is None:
            from complaintdesk.services.case_query import CaseQuery

            query = CaseQuery()
        self._query = None
        self.setQuery(self._with_view_sort(query))

    def setQuery(self, query: CaseQuery) -> None:  # noqa: N802 - Qt naming, like the rest of the model API
        """Filter and sort by ``query``; a no-op when nothing changed."""
        if query == self._query:
            return
        self._query = query
        self.reload()

    def reload(self) -> None:
        """Fetch the count and first page again; the old rows stay visible until the answer arrives."""
        if self._cases is None or self._query is None:
            return
        self._waiting.clear()
        self._loader.load(partial(_fetch_first_page, self._cases, self._query, self._page_size))

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:  # None: ascending, Qt's default
        if column not in _SORT_KEYS:
            return
        self._sort_column = CaseColumn(column)
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._query is not None:
            self.setQuery(self._with_view_sort(self._query))

    def _with_view_sort(self, query: CaseQuery) -> CaseQuery:
        if self._sort_column is None:
            return query
        import dataclasses  # loaded by then (the query is one); not before the first paint

        from complaintdesk.services.case_query import CaseSort

        return dataclasses.replace(query, sort=CaseSort(_SORT_KEYS[self._sort_column]),
                                   descending=self._descending)

    @property
    def due_soon_workdays(self) -> int:
        return self._due_soon_workdays

    def set_due_soon_workdays(self, days: int) -> None:
        """The office's "due soon" warning (amber), in working days; repaints the deadline columns."""
        if days == self._due_soon_workdays:
            return
        self._due_soon_workdays = days
        if self._total:
            self.dataChanged.emit(self.index(0, CaseColumn.NEXT_DUE), self.index(self._total - 1, CaseColumn.DAYS_LEFT))

    def retranslate(self) -> None:
        """Re-emit every label after the interface language changed."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(CaseColumn) - 1)
        if self._total:
            self.dataChanged.emit(self.index(0, 0), self.index(self._total - 1, len(CaseColumn) - 1))

    # --- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    # flags() is QAbstractTableModel's own: enabled, selectable, no children — for every cell of every
    # paint, without a call into Python (which costs a placeholder screen a fifth of its paint).

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        # The row numbers ask too, several roles per row and paint: they get Qt's own numbers, quickly.
        if _HORIZONTAL is None:
            _read_qt_values()
        if orientation != _HORIZONTAL or not 0 <= section < _COLUMNS:
            return None
        if role == _DISPLAY:
            return QCoreApplication.translate("CaseTableModel", _HEADERS[CaseColumn(section)])
        if role == _ALIGNMENT:
            return _CENTER if section in _CENTERED else _LEFT
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # Called for every role of every painted cell (seven per cell and paint): the shortest path first,
        # roles compared as ints, the page looked up here. An invalid index has row -1: in no page. Roles
        # never answered (check state, icon …), and a font or colours of a column that has none, are
        # answered before the page is looked up: a tenth of a paint (measured at 100,000 cases).
        if role not in _ANSWERED:
            return None
        if role == _FONT or role == _FOREGROUND or role == _BACKGROUND:
            column = index.column()
            if column != CaseColumn.NEXT_DUE if role == _FONT else column not in _DEADLINE_COLUMNS:
                return None
        number = index.row()
        page_no = number // self._page_size
        page = self._pages.get(page_no)
        if page is None:
            if role == _DISPLAY and 0 <= number < self._total:  # every painted cell asks for it: once is enough
                self._want(page_no)
                return PLACEHOLDER if index.column() == CaseColumn.CASE_NO else None
            return None
        offset = number - page_no * self._page_size
        if offset >= len(page) or number >= self._total:
            # A page shorter than expected: cases were deleted since the count; show an empty row.
            return PLACEHOLDER if role == _DISPLAY and index.column() == CaseColumn.CASE_NO else None
        row = page[offset]
        column = index.column()
        if role == _DISPLAY:
            self._pages.move_to_end(page_no)
            return self._display(row, column)
        if role == _ALIGNMENT:
            if _CENTER is None:
                _read_qt_values()
            return _CENTER if column in _CENTERED else _LEFT
        if role == _FOREGROUND or role == _BACKGROUND:
            return self._deadline_colour(row, role) if column in _DEADLINE_COLUMNS else None
        if role == _FONT and column == CaseColumn.NEXT_DUE and row.provisional:
            font = QFont()
            font.setItalic(True)
            return font
        if role == self.SORT_ROLE:
            return _sort_value(row, CaseColumn(column))
        if role == self.ROW_ROLE:
            return row
        if role == _TOOLTIP:
            return self._tooltip(row)
        return None

    # --- rows and pages -----------------------------------------------------------------------

    def row_at(self, row: int) -> CaseRow | None:
        """The case at ``row`` if its page is here; otherwise None, and the page is asked for."""
        page_no = row // self._page_size
        page = self._pages.get(page_no)
        if page is None:
            self._want(page_no)
            return None
        self._pages.move_to_end(page_no)
        offset = row - page_no * self._page_size
        # A page shorter than expected: cases were deleted since the count; show an empty row.
        return page[offset] if offset < len(page) else None

    def is_row_loaded(self, row: int) -> bool:
        page = self._pages.get(row // self._page_size)
        return page is not None and row % self._page_size < len(page)

    def prefetch(self, first: int, last: int) -> None:
        """Rows ``first`` … ``last`` are about to be shown: read the pages of those not here, now — here,
        before the view paints, when that is one short read (``_read_now``), else on a worker."""
        if self._total == 0:
            return
        first, last = max(first, 0), min(last, self._total - 1)
        missing = [page_no for page_no in range(first // self._page_size, last // self._page_size + 1)
                   if page_no not in self._pages]
        if missing and not self._read_now(missing[0], missing[-1]):
            for page_no in missing:
                self._want(page_no)
        if self._waiting:
            self._dispatch_timer.stop()
            self._dispatch()

    def _read_now(self, first_page: int, last_page: int) -> bool:
        """Read pages ``first_page`` … ``last_page`` on this thread when the office's pages are local
        (``CaseService.pages_are_local``) and they are one statement bounded by the anchors (or within the
        list's first ``ANCHOR_EVERY`` rows): a jump then paints its rows once, instead of placeholders
        first and the rows when a worker answers (measured at 100,000 cases: a read 1–2 ms, a drag's
        paints halved). False, having read nothing, when the pages are a worker's to read."""
        pages = range(first_page, last_page + 1)
        cases = self._cases
        if (cases is None or not cases.pages_are_local or self._loader.loading
                or self._slow_in_a_row >= self.SLOW_READS_IN_A_ROW
                or len(pages) > self.MAX_PAGES_READ_AT_ONCE
                or any(page_no in self._in_flight or page_no in self._failed for page_no in pages)):
            return False
        first, limit = first_page * self._page_size, len(pages) * self._page_size
        seek = self._seek(first, limit)
        if seek is None and first + limit > self.ANCHOR_EVERY:
            return False  # counted from the top, deep down: a worker's read (which asks for the anchors)
        started = perf_counter()
        try:
            rows = cases.page(self._query, first, limit, seek)
        except Exception:  # noqa: BLE001 - a worker reads it again, and that read reports what failed
            return False
        slow = (perf_counter() - started) * 1000 > self.SLOW_READ_MS
        self._slow_in_a_row = self._slow_in_a_row + 1 if slow else 0
        for page_no in pages:
            self._waiting.pop(page_no, None)
        self._deliver(first, limit, rows)
        return True

    def _want(self, page_no: int) -> None:
        if page_no in self._in_flight or self._loader.loading or self._cases is None or page_no in self._failed:
            return
        if self._waiting:
            if next(reversed(self._waiting)) == page_no:
                return  # painting asks for the same page once per cell
            self._waiting.pop(page_no, None)
        self._waiting[page_no] = None
        while len(self._waiting) > self.MAX_WAITING_PAGES:
            self._waiting.popitem(last=False)
        # data() is called while painting; start workers from the event loop, once per paint.
        if not self._dispatch_timer.isActive():
            self._dispatch_timer.start()

    def _dispatch(self) -> None:
        if self._cases is None:
            return
        self._ask_anchors()
        while self._waiting and self._reads_in_flight < self.MAX_PAGES_IN_FLIGHT:
            # The newest wish first: it is what the user is looking at now; with it, the wishes next to it
            # (a screen across two pages), read in one statement.
            page_no, _ = self._waiting.popitem(last=True)
            first_page = last_page = page_no
            while first_page - 1 in self._waiting:
                first_page -= 1
                del self._waiting[first_page]
            while last_page + 1 in self._waiting:
                last_page += 1
                del self._waiting[last_page]
            self._read(first_page, last_page)

    def _read(self, first_page: int, last_page: int) -> None:
        """Read pages ``first_page`` … ``last_page`` in one statement, from the nearest anchor when known."""
        pages = range(first_page, last_page + 1)
        first, limit = first_page * self._page_size, len(pages) * self._page_size
        self._in_flight.update(pages)
        self._reads_in_flight += 1
        self._pages_outstanding += 1
        generation = self._loader.generation
        run_task(
            partial(self._cases.page, self._query, first, limit, self._seek(first, limit)),
            partial(self._on_rows, generation, first, limit),
            partial(self._on_page_failed, generation, pages),
            owner=self,
        )

    def _seek(self, first: int, limit: int) -> Seek | None:
        """Where rows ``first`` … ``first + limit - 1`` are read from: the anchor at or above them, up to the
        anchor at or below their end; None (an OFFSET from the top) until the anchors are known."""
        anchors, every = self._anchors, self.ANCHOR_EVERY
        if anchors is None or first // every >= len(anchors):
            return None
        from complaintdesk.services.case_query import Seek

        start = first // every
        stop = -(-(first + limit) // every)
        return Seek(start * every, anchors[start], anchors[stop] if stop < len(anchors) else None)

    def _ask_anchors(self) -> None:
        """Once per reload, when a page reaching past the first ``ANCHOR_EVERY`` rows is wanted: learn the
        anchors in the background (that page is read from the top meanwhile, as fast as before)."""
        size = self._page_size
        if self._anchors_asked or not any((page_no + 1) * size > self.ANCHOR_EVERY for page_no in self._waiting):
            return
        self._anchors_asked = True
        self._pages_outstanding += 1
        generation = self._loader.generation
        run_task(partial(self._cases.anchors, self._query, self.ANCHOR_EVERY),
                 partial(self._on_anchors, generation), partial(self._on_anchors_failed, generation), owner=self)

    def _on_anchors(self, generation: int, anchors: list[tuple]) -> None:
        self._pages_outstanding -= 1
        if self._loader.is_current(generation):
            self._anchors = anchors

    def _on_anchors_failed(self, generation: int, exc: BaseException) -> None:
        # Not asked again until the next reload: pages are still read, from the top, and any real
        # trouble with the database shows in the page reads' own errors.
        self._pages_outstanding -= 1

    def _on_reloaded(self, result: tuple[int, list[CaseRow]]) -> None:
        total, first_page = result
        self._replace_rows(total, first_page)
        self.pageLoaded.emit(0)

    def _on_rows(self, generation: int, first: int, limit: int, rows: list[CaseRow]) -> None:
        self._pages_outstanding -= 1
        if not self._loader.is_current(generation):
            return
        self._reads_in_flight -= 1
        self._deliver(first, limit, rows)
        self._dispatch()

    def _deliver(self, first: int, limit: int, rows: list[CaseRow]) -> None:
        """Keep the rows read and tell the views. Read before a paint (``_read_now``), the views' updates
        join the one the scroll asked for: a single paint."""
        stored = self._store(first, limit, rows)
        last = min(self._total, first + limit) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(CaseColumn) - 1))
        for page_no in stored:
            self.pageLoaded.emit(page_no)

    def _store(self, first: int, limit: int, rows: list[CaseRow]) -> list[int]:
        """Keep the pages that rows ``first`` … ``first + limit - 1`` cover whole (all of them unless the page
        size changed meanwhile); a short answer (cases deleted since the count) leaves short pages."""
        size = self._page_size
        stored = []
        for page_no in range(-(-first // size), (first + limit) // size + 1):
            start = page_no * size
            end = min(start + size, self._total)
            if start >= end or end > first + limit:
                continue
            self._pages[page_no] = rows[start - first:end - first]
            self._in_flight.discard(page_no)
            stored.append(page_no)
        if stored:
            self._evict(keep=stored)
        return stored

    def _on_reload_failed(self, exc: BaseException) -> None:
        self.loadFailed.emit(error_text(exc))

    def _on_page_failed(self, generation: int, pages: range, exc: BaseException) -> None:
        self._pages_outstanding -= 1
        if not self._loader.is_current(generation):
            return
        self._reads_in_flight -= 1
        self._in_flight.difference_update(pages)
        # Not asked for again until the next reload: a broken query must not loop on every paint.
        self._failed.update(pages)
        self.loadFailed.emit(error_text(exc))

    def _replace_rows(self, total: int, first_page: list[CaseRow]) -> None:
        self.beginResetModel()
        self._total = total
        self._pages.clear()
        self._waiting.clear()
        self._in_flight.clear()
        self._reads_in_flight = 0
        self._failed.clear()
        self._slow_in_a_row = 0
        self._anchors = None  # another list, or the same one changed: its keys are learnt again
        self._anchors_asked = False
        if total:  # whole, unless the pages grew while it was read: then it is read again
            self._store(0, len(first_page), first_page)
        self.endResetModel()
        self.countChanged.emit(total)

    def _evict(self, keep: list[int]) -> None:
        for page_no in keep:
            self._pages.move_to_end(page_no)
        while len(self._pages) > max(self.MAX_CACHED_PAGES, len(keep)):
            self._pages.popitem(last=False)

    # --- presentation -------------------------------------------------------------------------

    def _display(self, row: CaseRow, column: CaseColumn) -> str:
        match column:
            case CaseColumn.CASE_NO:
                return row.case_no
            case CaseColumn.RECEIVED:
                return row.received_on.isoformat()
            case CaseColumn.COMPLAINANT:
                return row.complainant
            case CaseColumn.RESPONDENT:
                return row.respondent or "—"
            case CaseColumn.STATUS:
                from complaintdesk.ui import labels  # with the first rows, not the frame (ui/fill.py)

                return labels.status_label(row.status)
            case CaseColumn.HANDLER:
                return row.handler or QCoreApplication.translate("CaseTableModel", "Unassigned")
            case CaseColumn.NEXT_DUE:
                if row.next_due_on is None:
                    return ""
                text = row.next_due_on.isoformat()
                if row.provisional:
                    text += QCoreApplication.translate("CaseTableModel", " (provisional)")
                return text
            case CaseColumn.DAYS_LEFT:
                return self._time_left_text(row)
        return ""

    def widest_texts(self, column: int) -> list[str]:
        """The widest texts ``column`` shows, in the current language: the list sizes its columns by them."""
        day = "2026-12-31"
        match column:
            case CaseColumn.CASE_NO:
                return ["2026-00000"]
            case CaseColumn.RECEIVED:
                return [day]
            case CaseColumn.STATUS:
                from complaintdesk.ui import labels

                return [labels.status_label(code) for code in labels.STATUS]
            case CaseColumn.HANDLER:
                return ["欧阳丽华", QCoreApplication.translate("CaseTableModel", "Unassigned")]
            case CaseColumn.NEXT_DUE:
                return [day, day + QCoreApplication.translate("CaseTableModel", " (provisional)")]
            case CaseColumn.DAYS_LEFT:
                return [self.tr("%n workday(s) overdue", "", 999), self.tr("%n workday(s) left", "", 99),
                        self.tr("Overdue"), self.tr("Due today")]
        return []

    def _time_left_text(self, row: CaseRow) -> str:
        # self.tr, not QCoreApplication.translate: older pyside6-lupdate only sees plurals in tr().
        left = row.workdays_left
        if left is None:
            return ""
        if row.overdue:
            if left < 0:
                return self.tr("%n workday(s) overdue", "", -left)
            return self.tr("Overdue")
        if left == 0:
            return self.tr("Due today")
        return self.tr("%n workday(s) left", "", left)

    def _deadline_colour(self, row: CaseRow, role: int) -> QColor | None:
        foreground = role == _FOREGROUND
        if row.overdue:
            return OVERDUE_FOREGROUND if foreground else OVERDUE_BACKGROUND
        if row.workdays_left is not None and 0 <= row.workdays_left <= self._due_soon_workdays:
            return DUE_SOON_FOREGROUND if foreground else DUE_SOON_BACKGROUND
        return None

    def _tooltip(self, row: CaseRow) -> str:
        from complaintdesk.ui import labels

        lines = [" · ".join(part for part in (row.case_no, labels.category_label(row.category),
                                               labels.procedure_label(row.procedure)) if part)]
        # The names are cut short in a narrow list, and the date and handler may be hidden: all are here.
        lines.append(fill(QCoreApplication.translate("CaseTableModel", "Complainant: %1"), row.complainant))
        if row.respondent:
            kind = labels.debtor_kind_label(row.respondent_kind)
            if kind:
                lines.append(fill(QCoreApplication.translate("CaseTableModel", "Respondent: %1 (%2)"),
                                  row.respondent, kind))
            else:
                lines.append(fill(QCoreApplication.translate("CaseTableModel", "Respondent: %1"), row.respondent))
        lines.append(fill(QCoreApplication.translate("CaseTableModel", "Received %1 · %2 · handler: %3"),
                          row.received_on.isoformat(), labels.status_label(row.status),
                          row.handler or QCoreApplication.translate("CaseTableModel", "Unassigned")))
        if row.next_due_on is not None:
            lines.append(fill(QCoreApplication.translate("CaseTableModel", "Next step: %1, due %2 — %3"),
                              labels.step_label(row.next_step) or "—", row.next_due_on.isoformat(),
                              self._time_left_text(row)))
        if row.provisional:
            lines.append(QCoreApplication.translate(
                "CaseTableModel", "Provisional: the official holiday schedule for that year is not yet published; "
                "the date may still change."))
        return "\n".join(lines)


def _sort_value(row: CaseRow, column: CaseColumn) -> Any:
    match column:
        case CaseColumn.CASE_NO:
            return row.case_no
        case CaseColumn.RECEIVED:
            return row.received_on
        case CaseColumn.COMPLAINANT:
            return row.complainant
        case CaseColumn.RESPONDENT:
            return row.respondent or ""
        case CaseColumn.STATUS:
            return row.status
        case CaseColumn.HANDLER:
            return row.handler or ""
        case CaseColumn.NEXT_DUE:
            return row.next_due_on
        case CaseColumn.DAYS_LEFT:
            return row.workdays_left
    return None


