"""The case list as a Qt table model: SQL-filtered and sorted, fetched lazily in pages off the GUI thread.

``rowCount()`` is the number of matching cases (``CaseService.count``), but only the pages a view
actually paints are fetched (``CaseService.page``, ``PAGE_SIZE`` rows each) — by a worker, while
the row shows a placeholder. Pages live in a small LRU cache, so 100,000 cases never sit in memory
at once. Every reload (new filter, new sort, refresh) is a request of a ``tasks.LatestLoader``; page
requests carry the loader's generation, and answers to an older one are dropped, so a slow page can
never paint rows of a previous filter.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from enum import IntEnum
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from complaintdesk.ui import labels
from complaintdesk.ui.labels import fill
from complaintdesk.ui.messages import error_text
from complaintdesk.ui.tasks import LatestLoader, run_task

if TYPE_CHECKING:  # the services module imports SQLAlchemy, which must load after the window shows
    from complaintdesk.services.case_query import CaseQuery, CaseRow
    from complaintdesk.services.cases import CaseService

_Index = QModelIndex | QPersistentModelIndex
_ROLE = Qt.ItemDataRole


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

_DEADLINE_COLUMNS = (CaseColumn.NEXT_DUE, CaseColumn.DAYS_LEFT)
_CENTERED = (CaseColumn.RECEIVED, CaseColumn.STATUS, CaseColumn.NEXT_DUE, CaseColumn.DAYS_LEFT)

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


class CaseTableModel(QAbstractTableModel):
    """Read-only case list; ``setQuery`` filters, ``sort`` orders, both in SQL."""

    SORT_ROLE = _ROLE.UserRole + 1
    ROW_ROLE = _ROLE.UserRole + 2

    PAGE_SIZE = 200
    # 64 pages = 12,800 rows: far more than any screen, small enough to forget about.
    MAX_CACHED_PAGES = 64
    # Pages asked for but not yet started; older wishes are dropped when the user scrolls on.
    MAX_WAITING_PAGES = 6
    MAX_PAGES_IN_FLIGHT = 2
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
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._loader: LatestLoader[tuple[int, list[CaseRow]]] = LatestLoader(self, self._on_reloaded,
                                                                            self._on_reload_failed)
        self._loader.loadingChanged.connect(self.loadingChanged)
        self._total = 0
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()
        self._waiting: OrderedDict[int, None] = OrderedDict()
        self._in_flight: set[int] = set()
        self._failed: set[int] = set()
        self._pages_outstanding = 0  # page tasks started and not yet answered, stale ones included
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

    def set_source(self, cases: CaseService | None, query: CaseQuery | None = None) -> None:
        """Show the cases of another office (None: show nothing); a sort the view asked for is kept."""
        if cases is None and self._cases is None and self._total == 0:
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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in _SORT_KEYS:
            return
        self._sort_column = CaseColumn(column)
        self._sort_order = order
        if self._query is not None:
            self.setQuery(self._with_view_sort(self._query))

    def _with_view_sort(self, query: CaseQuery) -> CaseQuery:
        if self._sort_column is None:
            return query
        from complaintdesk.services.case_query import CaseSort

        return dataclasses.replace(query, sort=CaseSort(_SORT_KEYS[self._sort_column]),
                                   descending=self._sort_order == Qt.SortOrder.DescendingOrder)

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
        return 0 if parent.isValid() else len(CaseColumn)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _ROLE.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(CaseColumn):
            return None
        if role == _ROLE.DisplayRole:
            return QCoreApplication.translate("CaseTableModel", _HEADERS[CaseColumn(section)])
        if role == _ROLE.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter if section in _CENTERED else \
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: _Index, role: int = _ROLE.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        column = CaseColumn(index.column())
        row = self.row_at(index.row())
        if row is None:
            if role == _ROLE.DisplayRole and column == CaseColumn.CASE_NO:
                return PLACEHOLDER
            return None
        if role == _ROLE.DisplayRole:
            return self._display(row, column)
        if role == self.SORT_ROLE:
            return _sort_value(row, column)
        if role == self.ROW_ROLE:
            return row
        if role == _ROLE.ToolTipRole:
            return self._tooltip(row)
        if role == _ROLE.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter if column in _CENTERED else \
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if column in _DEADLINE_COLUMNS and role in (_ROLE.ForegroundRole, _ROLE.BackgroundRole):
            return self._deadline_colour(row, role)
        if role == _ROLE.FontRole and column == CaseColumn.NEXT_DUE and row.provisional:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    # --- rows and pages -----------------------------------------------------------------------

    def row_at(self, row: int) -> CaseRow | None:
        """The case at ``row`` if its page is here; otherwise None, and the page is asked for."""
        page_no, offset = divmod(row, self._page_size)
        page = self._pages.get(page_no)
        if page is None:
            self._want(page_no)
            return None
        self._pages.move_to_end(page_no)
        # A page shorter than expected: cases were deleted since the count; show an empty row.
        return page[offset] if offset < len(page) else None

    def is_row_loaded(self, row: int) -> bool:
        page = self._pages.get(row // self._page_size)
        return page is not None and row % self._page_size < len(page)

    def _want(self, page_no: int) -> None:
        if (self._loader.loading or self._cases is None or page_no in self._in_flight
                or page_no in self._failed):
            return
        self._waiting.pop(page_no, None)
        self._waiting[page_no] = None
        while len(self._waiting) > self.MAX_WAITING_PAGES:
            self._waiting.popitem(last=False)
        # data() is called while painting; start workers from the event loop, once per paint.
        if not self._dispatch_timer.isActive():
            self._dispatch_timer.start()

    def _dispatch(self) -> None:
        while self._waiting and len(self._in_flight) < self.MAX_PAGES_IN_FLIGHT and self._cases is not None:
            # The newest wish first: it is what the user is looking at now.
            page_no, _ = self._waiting.popitem(last=True)
            self._in_flight.add(page_no)
            self._pages_outstanding += 1
            run_task(
                partial(self._cases.page, self._query, page_no * self._page_size, self._page_size),
                partial(self._on_page, self._loader.generation, page_no),
                partial(self._on_page_failed, self._loader.generation, page_no),
                owner=self,
            )

    def _on_reloaded(self, result: tuple[int, list[CaseRow]]) -> None:
        total, first_page = result
        self._replace_rows(total, first_page)
        self.pageLoaded.emit(0)

    def _on_page(self, generation: int, page_no: int, rows: list[CaseRow]) -> None:
        self._pages_outstanding -= 1
        if not self._loader.is_current(generation):
            return
        self._in_flight.discard(page_no)
        self._pages[page_no] = rows
        self._evict(keep=page_no)
        first = page_no * self._page_size
        last = min(self._total, first + self._page_size) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(CaseColumn) - 1))
        self.pageLoaded.emit(page_no)
        self._dispatch()

    def _on_reload_failed(self, exc: BaseException) -> None:
        self.loadFailed.emit(error_text(exc))

    def _on_page_failed(self, generation: int, page_no: int, exc: BaseException) -> None:
        self._pages_outstanding -= 1
        if not self._loader.is_current(generation):
            return
        self._in_flight.discard(page_no)
        # Not asked for again until the next reload: a broken query must not loop on every paint.
        self._failed.add(page_no)
        self.loadFailed.emit(error_text(exc))

    def _replace_rows(self, total: int, first_page: list[CaseRow]) -> None:
        self.beginResetModel()
        self._total = total
        self._pages.clear()
        self._waiting.clear()
        self._in_flight.clear()
        self._failed.clear()
        if total:
            self._pages[0] = first_page
        self.endResetModel()
        self.countChanged.emit(total)

    def _evict(self, keep: int) -> None:
        while len(self._pages) > self.MAX_CACHED_PAGES:
            oldest = next(iter(self._pages))
            if oldest == keep:
                self._pages.move_to_end(oldest)
                continue
            del self._pages[oldest]

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
        foreground = role == _ROLE.ForegroundRole
        if row.overdue:
            return OVERDUE_FOREGROUND if foreground else OVERDUE_BACKGROUND
        if row.workdays_left is not None and 0 <= row.workdays_left <= self._due_soon_workdays:
            return DUE_SOON_FOREGROUND if foreground else DUE_SOON_BACKGROUND
        return None

    def _tooltip(self, row: CaseRow) -> str:
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


