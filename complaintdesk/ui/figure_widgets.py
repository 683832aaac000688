"""Widgets that show one statistic and open the cases behind it: the dashboard's tiles and figure tables.

A figure is a ``Count``/``Amount``/``Rate`` of ``services.statistics``; each carries the
``CaseQuery`` that lists its cases, and clicking it anywhere (a tile, a table cell, a chart bar)
emits that query with a title saying which figure it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from complaintdesk.domain.money import format_yuan

_Index = QModelIndex | QPersistentModelIndex
_ROLE = Qt.ItemDataRole

LINK_COLOUR = QColor("#1f5fa8")
TONES = {
    "neutral": "#1f5fa8",
    "danger": "#a1260d",
    "warning": "#8a5a00",
    "approval": "#6b3fa0",
    "good": "#2b7a3d",
}
_TEN_THOUSAND = Decimal(10_000)


def wan_text(amount: Decimal | None) -> str:
    """An amount in yuan as 万元 with two places and thousands separators: 24,937.43."""
    if amount is None:
        return ""
    wan = (amount / _TEN_THOUSAND).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{wan:,.2f}"


def figure_query(figure: Any):
    """The CaseQuery behind a Count/Amount (a Rate: its numerator's), else None."""
    if figure is None:
        return None
    numerator = getattr(figure, "numerator", None)
    if numerator is not None:
        return numerator.query
    return getattr(figure, "query", None)


def figure_value(figure: Any) -> Any:
    """The raw value of a figure (Count → int, Amount → Decimal, Rate → Decimal or None); plain values as they are."""
    if hasattr(figure, "numerator"):
        return figure.value
    return getattr(figure, "value", figure)


class FigureTile(QPushButton):
    """A big number with a caption underneath and a detail line; the whole tile is one button.

    The detail line may hold links (``<a href="…">``): they emit ``linkActivated`` instead of
    ``clicked``, so a rate tile can open its numerator and its denominator separately.
    """

    linkActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(self.objectName() or "figure_tile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(104)
        self._tone = "neutral"
        self.value_label = QLabel(self)
        self.value_label.setObjectName("value_label")
        font = QFont(self.font())
        font.setPointSize(max(font.pointSize(), 9) + 13)
        font.setBold(True)
        self._value_points = font.pointSize()
        self.value_label.setFont(font)
        self.caption_label = QLabel(self)
        self.caption_label.setObjectName("caption_label")
        caption_font = QFont(self.font())
        caption_font.setPointSize(max(caption_font.pointSize(), 9) + 1)
        self.caption_label.setFont(caption_font)
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("detail_label")
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.setWordWrap(True)  # a long detail wraps instead of widening its tile
        self.detail_label.linkActivated.connect(self.linkActivated)
        self.detail_label.hide()
        for label in (self.value_label, self.caption_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(2)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.detail_label)
        layout.addStretch(1)
        self._apply_style()

    def set_figure(self, value: str, caption: str, detail: str = "", tone: str = "neutral") -> None:
        self.value_label.setText(value)
        self._fit_value()
        self.caption_label.setText(caption)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        if tone != self._tone:
            self._tone = tone
            self._apply_style()
        self.setAccessibleName(f"{caption}: {value}")

    @property
    def value_text(self) -> str:
        return self.value_label.text()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_value()

    def _fit_value(self) -> None:
        """A long figure (21,033.99) on a narrow tile is set smaller rather than cut off."""
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right() - 6
        font = QFont(self.value_label.font())
        points = self._value_points
        font.setPointSize(points)
        while points > 10 and QFontMetrics(font).horizontalAdvance(self.value_label.text()) > room:
            points -= 1
            font.setPointSize(points)
        if font.pointSize() != self.value_label.font().pointSize():
            self.value_label.setFont(font)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.layout().sizeHint().expandedTo(QSize(160, 104))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(120, 104)

    def _apply_style(self) -> None:
        colour = TONES.get(self._tone, TONES["neutral"])
        self.setStyleSheet(
            "QPushButton { background: palette(base); border: 1px solid #d5dbe3; border-left: 5px solid "
            f"{colour}; border-radius: 6px; text-align: left; }}"
            f"QPushButton:hover {{ border-color: {colour}; background: #f5f8fc; }}"
            f"QPushButton:focus {{ border-color: {colour}; }}"
            "QPushButton:disabled { background: palette(window); }")
        self.value_label.setStyleSheet(f"color: {colour}; background: transparent; border: none;")
        self.caption_label.setStyleSheet("color: #333; background: transparent; border: none;")
        self.detail_label.setStyleSheet("color: #666; background: transparent; border: none;")


# --- tables of figures ------------------------------------------------------------------------


@dataclass(frozen=True)
class FigureColumn:
    """One column: its header (a source string of ``context``), the cell's figure or text, how numbers show."""

    header: str
    value: Callable[[Any], Any]  # row → Count | Amount | Rate | str | int
    money: bool = False  # Amounts shown in 万元
    context: str = "DashboardPage"

    def title(self) -> str:
        return QCoreApplication.translate(self.context, self.header)


class FigureTableModel(QAbstractTableModel):
    """Rows of a statistics breakdown; cells holding a figure are links to its cases (``FIGURE_ROLE``)."""

    SORT_ROLE = _ROLE.UserRole + 1
    ROW_ROLE = _ROLE.UserRole + 2
    FIGURE_ROLE = _ROLE.UserRole + 3

    def __init__(self, columns: Sequence[FigureColumn], parent: QObject | None = None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._total: Any = None  # an optional bold last row (合计)

    def set_rows(self, rows: Sequence[Any], total: Any = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._total = total
        self.endResetModel()

    def rows(self) -> list[Any]:
        return [*self._rows, *([self._total] if self._total is not None else [])]

    def column(self, index: int) -> FigureColumn:
        return self._columns[index]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self._columns) - 1, 0))
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self._columns) - 1))

    # --- Qt model API -----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API and default
        return 0 if parent.isValid() else len(self._rows) + (self._total is not None)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = _ROLE.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == _ROLE.DisplayRole:
            return self._columns[section].title()
        if role == _ROLE.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter if section == 0 else \
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: _Index, role: int = _ROLE.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount() or \
                not 0 <= index.column() < len(self._columns):
            return None
        row = self.rows()[index.row()]
        column = self._columns[index.column()]
        cell = column.value(row)
        figure = cell if figure_query(cell) is not None else None
        if role == _ROLE.DisplayRole:
            return self._display(cell, column)
        if role == self.SORT_ROLE:
            return figure_value(cell)
        if role == self.ROW_ROLE:
            return row
        if role == self.FIGURE_ROLE:
            return figure
        if role == _ROLE.TextAlignmentRole:
            if isinstance(figure_value(cell), str) and figure is None:
                return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == _ROLE.ForegroundRole and figure is not None and figure_value(cell):
            return LINK_COLOUR
        if role == _ROLE.FontRole and row is self._total:
            font = QFont()
            font.setBold(True)
            return font
        if role == _ROLE.ToolTipRole and figure is not None:
            value = figure_value(cell)
            exact = f"{format_yuan(value)} 元 / yuan\n" if column.money and isinstance(value, Decimal) else ""
            return exact + QCoreApplication.translate("DashboardPage", "Click to list these cases")
        return None

    @staticmethod
    def _display(cell: Any, column: FigureColumn) -> str:
        if hasattr(cell, "numerator"):
            return cell.percent
        value = figure_value(cell)
        if isinstance(value, Decimal):
            return wan_text(value) if column.money else format_yuan(value)
        return "" if value is None else str(value)


def row_layout(*widgets: QWidget, spacing: int = 12) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.setSpacing(spacing)
    for widget in widgets:
        layout.addWidget(widget)
    return layout
