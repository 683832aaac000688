"""The supervisor's dashboard: workload tiles, overdue and arrears breakdowns, monthly trend, rates — every number a link.

The figures come from ``office.statistics.dashboard()`` on a worker; each one carries the
``CaseQuery`` of its cases, and clicking it (tile, table cell, chart bar, link in a tile) emits
``figureClicked(query, title)`` for the main window to show that list.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QMargins, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QShowEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from complaintdesk.ui import labels, tasks
from complaintdesk.ui.figure_widgets import (
    FigureColumn,
    FigureTableModel,
    FigureTile,
    figure_query,
    wan_text,
)
from complaintdesk.ui.form_dialog import ERROR_COLOUR, NOTICE_COLOUR
from complaintdesk.ui.forms.ui_dashboard_page import Ui_DashboardPage
from complaintdesk.ui.labels import fill
from complaintdesk.ui.messages import error_text

if TYPE_CHECKING:
    from complaintdesk.services.case_query import CaseQuery
    from complaintdesk.services.office import Office
    from complaintdesk.services.statistics import ArrearsRow, CountRow, Dashboard

# A dashboard older than this is computed again when the page is shown.
STALE_AFTER_S = 120
_CTX = "DashboardPage"
_TEN_THOUSAND = 10_000
TOTAL_LABEL = "合计"  # services.statistics labels its total rows so (their key is None, like "no respondent")

AMOUNT_COLOURS = {"claimed": "#4a78b5", "confirmed": "#7fa7d6", "repaid": "#3f9a63", "outstanding": "#c0504d"}
MONTH_COLOURS = {"received": "#4a78b5", "closed": "#3f9a63"}

_HANDLER = QT_TRANSLATE_NOOP("DashboardPage", "Handler")
_STEP = QT_TRANSLATE_NOOP("DashboardPage", "Procedure · step")
_OVERDUE = QT_TRANSLATE_NOOP("DashboardPage", "Overdue")
_DEBTOR_KIND = QT_TRANSLATE_NOOP("DashboardPage", "Debtor kind")
_TOWNSHIP = QT_TRANSLATE_NOOP("DashboardPage", "Township")
_CASES = QT_TRANSLATE_NOOP("DashboardPage", "Cases")
_CLAIMS = QT_TRANSLATE_NOOP("DashboardPage", "Claims")
_CLAIMED = QT_TRANSLATE_NOOP("DashboardPage", "Claimed (10k ¥)")
_CONFIRMED = QT_TRANSLATE_NOOP("DashboardPage", "Confirmed (10k ¥)")
_REPAID = QT_TRANSLATE_NOOP("DashboardPage", "Repaid (10k ¥)")
_OUTSTANDING = QT_TRANSLATE_NOOP("DashboardPage", "Outstanding (10k ¥)")
_LEGEND = {
    "claimed": QT_TRANSLATE_NOOP("DashboardPage", "Claimed"),
    "confirmed": QT_TRANSLATE_NOOP("DashboardPage", "Confirmed"),
    "repaid": QT_TRANSLATE_NOOP("DashboardPage", "Repaid"),
    "outstanding": QT_TRANSLATE_NOOP("DashboardPage", "Outstanding"),
}
_RECEIVED = QT_TRANSLATE_NOOP("DashboardPage", "Received")
_CLOSED = QT_TRANSLATE_NOOP("DashboardPage", "Closed")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def handler_label(row: CountRow) -> str:
    return QCoreApplication.translate("DashboardPage", "No handler") if row.key is None else row.label


def step_row_label(row: CountRow) -> str:
    procedure, _, step = str(row.key or "").partition("/")
    if procedure in labels.PROCEDURE and step in labels.STEP:
        return f"{labels.procedure_label(procedure)} · {labels.step_label(step)}"
    return row.label


def kind_label(row: ArrearsRow) -> str:
    if row.key is None:  # the total, or the cases without a respondent
        return QCoreApplication.translate("DashboardPage", "Total") if row.label == TOTAL_LABEL else QCoreApplication.translate("DashboardPage", "No respondent")
    return labels.debtor_kind_label(row.key)


def township_label(row: ArrearsRow) -> str:
    if row.key is None:
        return QCoreApplication.translate("DashboardPage", "Total") if row.label == TOTAL_LABEL else QCoreApplication.translate("DashboardPage", "Township not recorded")
    return row.key


def _arrears_columns(label_header: str, label: Callable[[Any], str]) -> list[FigureColumn]:
    return [
        FigureColumn(label_header, label),
        FigureColumn(_CASES, lambda r: r.cases),
        FigureColumn(_CLAIMED, lambda r: r.claimed, money=True),
        FigureColumn(_CONFIRMED, lambda r: r.confirmed, money=True),
        FigureColumn(_REPAID, lambda r: r.repaid, money=True),
        FigureColumn(_OUTSTANDING, lambda r: r.outstanding, money=True),
    ]


def compute_dashboard(office: Office) -> Dashboard:
    """Worker side: the office's dashboard as of today."""
    return office.statistics.dashboard()


class DashboardPage(QWidget):
    """Shows one office's dashboard; ``refresh()`` computes it again on a worker."""

    figureClicked = Signal(object, str)  # CaseQuery, which figure it is (for the list's banner)
    loaded = Signal()  # a dashboard arrived and is shown
    loadFailed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self._office: Office | None = None
        self._dashboard: Dashboard | None = None
        ui = self.ui
        self._loader: tasks.LatestLoader[Dashboard] = tasks.LatestLoader(
            self, self._loaded, self._failed, busy_bar=ui.busy_progress_bar)
        self._loader.loadingChanged.connect(self._loading_changed)
        self._set_up_labels()
        self._set_up_tiles()
        self._set_up_tables()
        self.kind_chart_view = self._make_chart_view(ui.kind_chart_container, "kind_chart_view")
        self.monthly_chart_view = self._make_chart_view(ui.monthly_chart_container, "monthly_chart_view")
        self._retranslate()

    def _set_up_labels(self) -> None:
        ui = self.ui
        title_font = QFont(ui.title_label.font())
        title_font.setPointSize(title_font.pointSize() + 5)
        title_font.setBold(True)
        ui.title_label.setFont(title_font)
        ui.as_of_label.setStyleSheet("color: #555;")
        ui.notice_label.setStyleSheet(f"color: {NOTICE_COLOUR};")
        ui.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        ui.notice_label.hide()
        ui.error_label.hide()
        ui.scroll_contents.setObjectName("scroll_contents")
        ui.refresh_button.clicked.connect(self.refresh)

    def _set_up_tiles(self) -> None:
        ui = self.ui
        # Tiles: which figure each one opens, and how that figure is called in the list's banner.
        self._tiles: dict[FigureTile, tuple[Callable[[Dashboard], Any], Callable[[Dashboard], str]]] = {
            ui.open_tile: (lambda d: d.open, lambda d: QCoreApplication.translate("DashboardPage", "Open cases")),
            ui.overdue_tile: (lambda d: d.overdue, lambda d: QCoreApplication.translate("DashboardPage", "Overdue cases")),
            ui.due_soon_tile: (lambda d: d.due_soon, lambda d: self._due_soon_caption(d)),
            ui.awaiting_tile: (lambda d: d.awaiting_approval, lambda d: QCoreApplication.translate("DashboardPage", "Awaiting approval")),
            ui.closure_rate_tile: (lambda d: d.closure.closure_rate, lambda d: QCoreApplication.translate("DashboardPage", "Closure rate: closed")),
            ui.on_time_rate_tile: (lambda d: d.closure.on_time_rate, lambda d: QCoreApplication.translate("DashboardPage", "Closed on time")),
            ui.satisfaction_tile: (lambda d: d.satisfaction.rate, lambda d: QCoreApplication.translate("DashboardPage", "Satisfied or basically satisfied")),
            ui.recovered_tile: (lambda d: d.recovered.amount, lambda d: QCoreApplication.translate("DashboardPage", "Repayments in the period")),
        }
        for tile in self._tiles:
            tile.clicked.connect(partial(self._tile_clicked, tile))
            tile.linkActivated.connect(partial(self._tile_link, tile))
            tile.setEnabled(False)

    def _set_up_tables(self) -> None:
        ui = self.ui
        self.handler_model = FigureTableModel([FigureColumn(_HANDLER, handler_label),
                                               FigureColumn(_OVERDUE, lambda r: r.count)], self)
        self.step_model = FigureTableModel([FigureColumn(_STEP, step_row_label),
                                            FigureColumn(_OVERDUE, lambda r: r.count)], self)
        self.kind_model = FigureTableModel(_arrears_columns(_DEBTOR_KIND, kind_label), self)
        self.township_model = FigureTableModel(_arrears_columns(_TOWNSHIP, township_label), self)
        self._tables: dict[QTableView, tuple[FigureTableModel, Callable[[], str]]] = {
            ui.handler_table_view: (self.handler_model, lambda: ui.handler_group_box.title()),
            ui.step_table_view: (self.step_model, lambda: ui.step_group_box.title()),
            ui.kind_table_view: (self.kind_model, lambda: ui.kind_group_box.title()),
            ui.township_table_view: (self.township_model, lambda: ui.township_group_box.title()),
        }
        for view, (model, _title) in self._tables.items():
            view.setModel(model)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setMinimumSectionSize(72)
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
            view.setMouseTracking(True)
            view.clicked.connect(partial(self._cell_clicked, view))
            view.activated.connect(partial(self._cell_clicked, view))
            self._fit_height(view)

    # --- public API ----------------------------------------------------------------------------

    @property
    def dashboard(self) -> Dashboard | None:
        return self._dashboard

    @property
    def loading(self) -> bool:
        return self._loader.loading

    @property
    def stale(self) -> bool:
        """The office changed since the figures were computed (they are computed again when shown)."""
        return self._loader.stale

    def tiles(self) -> dict[str, FigureTile]:
        ui = self.ui
        return {"open": ui.open_tile, "overdue": ui.overdue_tile, "due_soon": ui.due_soon_tile,
                "awaiting_approval": ui.awaiting_tile, "closure_rate": ui.closure_rate_tile,
                "on_time_rate": ui.on_time_rate_tile, "satisfaction": ui.satisfaction_tile,
                "recovered": ui.recovered_tile}

    def set_office(self, office: Office | None) -> None:
        """Show ``office``'s figures (computed when the page is next shown); None: nothing."""
        self._office = office
        self._loader.cancel()
        self._loading_changed(False)
        self._dashboard = None
        self._show(None)
        if office is not None and self.isVisible():
            self.refresh()

    def mark_stale(self) -> None:
        """Cases changed: compute again when the page is shown (or now, if it is on screen)."""
        self._loader.mark_stale()
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self._office is None:
            return
        self._loader.load(partial(compute_dashboard, self._office))

    # --- loading -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._office is not None and self._loader.needs_load(STALE_AFTER_S):
            self.refresh()

    def _loading_changed(self, loading: bool) -> None:
        self.ui.refresh_button.setEnabled(not loading and self._office is not None)
        if loading:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _loaded(self, dashboard: Dashboard) -> None:
        self._dashboard = dashboard
        self.ui.error_label.hide()
        self._show(dashboard)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        message = error_text(exc)
        self.ui.error_label.setText(fill(QCoreApplication.translate("DashboardPage", "Could not compute the figures: %1"), message))
        self.ui.error_label.show()
        self.loadFailed.emit(message)

    # --- showing -------------------------------------------------------------------------------

    def _show(self, d: Dashboard | None) -> None:
        self._show_header(d)
        self._show_tiles(d)
        self.handler_model.set_rows(d.overdue_by_handler if d else ())
        self.step_model.set_rows(d.overdue_by_step if d else ())
        self.kind_model.set_rows(d.arrears_by_kind if d else (), d.arrears_total if d else None)
        self.township_model.set_rows(d.arrears_by_township if d else (), d.arrears_total if d else None)
        for view in self._tables:
            self._fit_height(view)
        self._show_kind_chart(d)
        self._show_monthly_chart(d)

    def _show_header(self, d: Dashboard | None) -> None:
        ui = self.ui
        if d is None:
            ui.as_of_label.setText(QCoreApplication.translate("DashboardPage", "Computing…") if self._office is not None else "")
            ui.notice_label.hide()
            return
        ui.as_of_label.setText(fill(QCoreApplication.translate("DashboardPage", "As of %1 · rates and repayments: %2 – %3 · amounts in 10,000 yuan · "
                                        "click any number to list its cases"),
                                    d.as_of.isoformat(), d.period_start.isoformat(), d.period_end.isoformat()))
        ui.notice_label.setVisible(d.provisional_calendar)
        ui.notice_label.setText(fill(QCoreApplication.translate("DashboardPage", "No official holiday schedule is loaded for %1: deadlines are provisional."),
                                     str(d.as_of.year)))

    def _due_soon_caption(self, d: Dashboard | None) -> str:
        days = d.due_soon_workdays if d is not None else 3
        return self.tr("Due within %n workday(s)", "", days)

    def _show_tiles(self, d: Dashboard | None) -> None:
        ui = self.ui
        for tile in self._tiles:
            tile.setEnabled(d is not None)
        dash = "—"
        if d is None:
            captions = {ui.open_tile: QCoreApplication.translate("DashboardPage", "Open cases"), ui.overdue_tile: QCoreApplication.translate("DashboardPage", "Overdue"),
                        ui.due_soon_tile: self._due_soon_caption(None), ui.awaiting_tile: QCoreApplication.translate("DashboardPage", "Awaiting approval"),
                        ui.closure_rate_tile: QCoreApplication.translate("DashboardPage", "Closure rate"), ui.on_time_rate_tile: QCoreApplication.translate("DashboardPage", "Closed on time"),
                        ui.satisfaction_tile: QCoreApplication.translate("DashboardPage", "Satisfaction (follow-up calls)"),
                        ui.recovered_tile: QCoreApplication.translate("DashboardPage", "Repaid in the period (10k ¥)")}
            for tile, caption in captions.items():
                tile.set_figure(dash, caption, tone=self._tone(tile, None))
            return
        ui.open_tile.set_figure(str(d.open.value), QCoreApplication.translate("DashboardPage", "Open cases"), tone="neutral")
        ui.overdue_tile.set_figure(str(d.overdue.value), QCoreApplication.translate("DashboardPage", "Overdue"), tone="danger" if d.overdue.value else "good")
        ui.due_soon_tile.set_figure(str(d.due_soon.value), self._due_soon_caption(d), tone="warning")
        ui.awaiting_tile.set_figure(str(d.awaiting_approval.value), QCoreApplication.translate("DashboardPage", "Awaiting approval"), tone="approval")
        c, s = d.closure, d.satisfaction
        ui.closure_rate_tile.set_figure(
            c.closure_rate.percent, QCoreApplication.translate("DashboardPage", "Closure rate"), tone="neutral",
            detail=fill(QCoreApplication.translate("DashboardPage", 'Of <a href="den">%2</a> accepted in the period, <a href="num">%1</a> closed'),
                        str(c.closed_of_received.value), str(c.accepted.value)))
        ui.on_time_rate_tile.set_figure(
            c.on_time_rate.percent, QCoreApplication.translate("DashboardPage", "Closed on time"), tone="good",
            detail=fill(QCoreApplication.translate("DashboardPage", 'Of <a href="den">%2</a> closed in the period (whenever received), <a href="num">%1</a> on time'),
                        str(c.on_time.value), str(c.closed.value)))
        ui.satisfaction_tile.set_figure(
            s.rate.percent, QCoreApplication.translate("DashboardPage", "Satisfaction (follow-up calls)"), tone="good",
            detail=fill(QCoreApplication.translate("DashboardPage", '<a href="num">%1</a> satisfied of <a href="den">%2</a> called'),
                        str(s.rate.numerator.value), str(s.called.value)))
        ui.recovered_tile.set_figure(
            wan_text(d.recovered.amount.value), QCoreApplication.translate("DashboardPage", "Repaid in the period (10k ¥)"), tone="good",
            detail=self.tr("%n payment(s)", "", d.recovered.payments))

    @staticmethod
    def _tone(tile: FigureTile, _d: Dashboard | None) -> str:
        return {"overdue_tile": "danger", "due_soon_tile": "warning", "awaiting_tile": "approval"}.get(
            tile.objectName(), "neutral")

    @staticmethod
    def _fit_height(view: QTableView) -> None:
        """Tables show all their rows; the page scrolls, not each table."""
        rows = view.model().rowCount() if view.model() is not None else 0
        height = (view.horizontalHeader().sizeHint().height() + max(rows, 1) * view.verticalHeader().defaultSectionSize()
                  + 2 * view.frameWidth() + 2)
        view.setFixedHeight(height)

    # --- charts --------------------------------------------------------------------------------

    def _make_chart_view(self, container: QWidget, name: str) -> QChartView:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        view = QChartView(chart, container)
        view.setObjectName(name)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(container.minimumHeight())
        container.layout().addWidget(view)
        return view

    @staticmethod
    def _reset_chart(chart: QChart) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)

    def _bar_chart(self, view: QChartView, categories: list[str], sets: list[tuple[str, str, list[Any]]],
                   on_click: Callable[[int, int], None], *, labels_visible: bool, money: bool) -> None:
        chart = view.chart()
        self._reset_chart(chart)
        if not categories:
            return
        series = QBarSeries()
        for position, (name, colour, figures) in enumerate(sets):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
            bar_set.setLabelColor(QColor("#333333"))
            for figure in figures:
                value = figure.value
                bar_set.append(float(value) / _TEN_THOUSAND if money else float(value))
            bar_set.clicked.connect(partial(on_click, position))
            series.append(bar_set)
        series.setLabelsVisible(labels_visible)
        if labels_visible:
            series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
            series.setLabelsFormat("@value")
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(categories)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x_axis)
        y_axis = QValueAxis()
        top = max((float(f.value) / (_TEN_THOUSAND if money else 1) for _n, _c, fs in sets for f in fs), default=0)
        y_axis.setRange(0, max(top * 1.15, 1))
        y_axis.applyNiceNumbers()
        y_axis.setLabelFormat("%.0f")
        if money:
            y_axis.setTitleText(QCoreApplication.translate("DashboardPage", "10,000 yuan"))
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y_axis)

    def _show_kind_chart(self, d: Dashboard | None) -> None:
        rows = [r for r in (d.arrears_by_kind if d else ()) if r.claims]
        names = [("claimed", _CLAIMED), ("confirmed", _CONFIRMED), ("repaid", _REPAID), ("outstanding", _OUTSTANDING)]
        sets = [(_tr(_LEGEND[key]), AMOUNT_COLOURS[key],
                 [getattr(r, key) for r in rows]) for key, header in names]

        def clicked(position: int, index: int) -> None:
            key, header = names[position]
            row = rows[index]
            self._open(getattr(row, key), f"{self.ui.kind_group_box.title()} · {kind_label(row)} · {_tr(header)}")

        self._bar_chart(self.kind_chart_view, [kind_label(r) for r in rows], sets, clicked,
                        labels_visible=False, money=True)

    def _show_monthly_chart(self, d: Dashboard | None) -> None:
        months = list(d.monthly) if d else []
        categories = [m.label for m in months]
        sets = [(_tr(_RECEIVED), MONTH_COLOURS["received"], [m.received for m in months]),
                (_tr(_CLOSED), MONTH_COLOURS["closed"], [m.closed for m in months])]

        def clicked(position: int, index: int) -> None:
            month = months[index]
            figure = month.received if position == 0 else month.closed
            what = _tr(_RECEIVED) if position == 0 else _tr(_CLOSED)
            self._open(figure, f"{self.ui.monthly_group_box.title()} · {month.label} · {what}")

        self._bar_chart(self.monthly_chart_view, categories, sets, clicked, labels_visible=True, money=False)

    # --- clicks --------------------------------------------------------------------------------

    def _open(self, figure: Any, title: str) -> None:
        query: CaseQuery | None = figure_query(figure)
        if query is not None:
            self.figureClicked.emit(query, title)

    def figure_title(self, tile: FigureTile) -> str:
        d = self._dashboard
        return self._tiles[tile][1](d) if d is not None else ""

    def _tile_clicked(self, tile: FigureTile) -> None:
        d = self._dashboard
        if d is not None:
            figure_of, title_of = self._tiles[tile]
            self._open(figure_of(d), fill(QCoreApplication.translate("DashboardPage", "Dashboard: %1"), title_of(d)))

    def _tile_link(self, tile: FigureTile, href: str) -> None:
        d = self._dashboard
        if d is None:
            return
        rate = self._tiles[tile][0](d)
        part = rate.numerator if href == "num" else rate.denominator
        what = {
            (self.ui.closure_rate_tile, "num"): QCoreApplication.translate("DashboardPage", "Received in the period and closed"),
            (self.ui.closure_rate_tile, "den"): QCoreApplication.translate("DashboardPage", "Received in the period and accepted"),
            (self.ui.on_time_rate_tile, "num"): QCoreApplication.translate("DashboardPage", "Closed on time in the period"),
            (self.ui.on_time_rate_tile, "den"): QCoreApplication.translate("DashboardPage", "Closed in the period"),
            (self.ui.satisfaction_tile, "num"): QCoreApplication.translate("DashboardPage", "Satisfied or basically satisfied"),
            (self.ui.satisfaction_tile, "den"): QCoreApplication.translate("DashboardPage", "Closed in the period and called back"),
        }.get((tile, href), "")
        self._open(part, fill(QCoreApplication.translate("DashboardPage", "Dashboard: %1"), what))

    def _cell_clicked(self, view: QTableView, index: QModelIndex) -> None:
        model, group_title = self._tables[view]
        figure = model.data(index, FigureTableModel.FIGURE_ROLE)
        if figure is None:
            return
        row_label = model.data(model.index(index.row(), 0))
        column = model.column(index.column()).title()
        self._open(figure, f"{group_title()} · {row_label} · {column}")

    # --- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        for model, _title in self._tables.values():
            model.retranslate()
        self._show(self._dashboard)
