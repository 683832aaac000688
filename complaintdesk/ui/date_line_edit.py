"""A date field that keeps what was typed: the text is read as a date, never corrected by the widget.

Qt's ``QDateEdit`` edits a date section by section and fixes what does not fit: with the whole
text selected it drops the typed year, and with a maximum date it turns ``2026-12-01`` into
``2026-01-01`` without a word — a deadline is then counted from the wrong day. ``DateLineEdit``
is a line edit instead: ``2026-12-01``, ``2026/12/1``, ``20261201`` and ``2026年12月1日`` are read
the same, a calendar button (or Alt+↓, F4) picks a day, and the allowed range is a check that
produces a message (:meth:`problem`) for the form to show next to the field, never a clamp.

It keeps ``QDateEdit``'s names (``date()``, ``setDate()``, ``dateChanged``, ``setMinimumDate()``…)
so the forms promote it in Designer in place of a ``QDateEdit``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QCalendarWidget, QFrame, QLineEdit, QVBoxLayout, QWidget

from complaintdesk.ui.formats import date_text, parse_date
from complaintdesk.ui.labels import fill

_CONTEXT = "DateLineEdit"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _as_date(day: QDate | date | None) -> date | None:
    if day is None:
        return None
    if isinstance(day, QDate):
        return date(day.year(), day.month(), day.day()) if day.isValid() else None
    return day


class DateLineEdit(QLineEdit):
    """A typed date with an optional allowed range, checked (not enforced) by :meth:`problem`."""

    dateChanged = Signal(QDate)  # the text now reads as another date (not emitted for unreadable text)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._minimum: date | None = None
        self._maximum: date | None = None
        self._minimum_what = ""
        self._maximum_what = ""
        self._required = True
        self._last: date | None = None
        self._popup: _CalendarPopup | None = None
        self.setPlaceholderText(_tr("e.g. 2026-03-01"))
        self.setToolTip(_tr("Type the date (2026-03-01, 2026/3/1, 20260301 or 2026年3月1日), "
                            "or pick it from the calendar (Alt+↓)."))
        self._calendar_action = self.addAction(_calendar_icon(self.palette()),
                                               QLineEdit.ActionPosition.TrailingPosition)
        self._calendar_action.setToolTip(_tr("Pick from the calendar (Alt+↓)"))
        self._calendar_action.triggered.connect(self.show_calendar)
        self.textChanged.connect(self._text_changed)

    # --- QDateEdit's names -----------------------------------------------------------------------

    def date(self) -> QDate:
        """The date the text reads as (out of range or not); an invalid QDate when it reads as none."""
        day = self.value()
        return QDate() if day is None else QDate(day.year, day.month, day.day)

    def setDate(self, day: QDate | date | None) -> None:  # noqa: N802 - QDateEdit's name
        """Show ``day`` as 2026-03-01 (``None`` or an invalid QDate: empty)."""
        self.setText(date_text(_as_date(day)))

    def setMinimumDate(self, day: QDate | date | None, what: str = "") -> None:  # noqa: N802
        """Earlier dates are reported by :meth:`problem`; ``what`` names the limit ("the day of receipt")."""
        self._minimum, self._minimum_what = _as_date(day), what

    def setMaximumDate(self, day: QDate | date | None, what: str = "") -> None:  # noqa: N802
        """Later dates are reported by :meth:`problem`; ``what`` names the limit ("today")."""
        self._maximum, self._maximum_what = _as_date(day), what

    def setDateRange(self, first: QDate | date | None, last: QDate | date | None) -> None:  # noqa: N802
        self.setMinimumDate(first)
        self.setMaximumDate(last)

    def minimumDate(self) -> date | None:  # noqa: N802
        return self._minimum

    def maximumDate(self) -> date | None:  # noqa: N802
        return self._maximum

    # --- reading and checking ------------------------------------------------------------------------

    def setRequired(self, required: bool) -> None:  # noqa: N802 - Qt's naming
        """An optional date may be left empty (a QDateEdit cannot be empty; this can)."""
        self._required = required

    def value(self) -> date | None:
        """The date typed, out of range or not; None when the field is empty or reads as no date."""
        try:
            return parse_date(self.text())
        except ValueError:
            return None

    def problem(self) -> str | None:
        """What is wrong with the text, as a message for the label next to the field; None when nothing."""
        try:
            day = parse_date(self.text())
        except ValueError as exc:
            return str(exc)
        if day is None:
            return _tr("Type the date, e.g. 2026-03-01.") if self._required else None
        if self._minimum is not None and day < self._minimum:
            return _limit_text(_tr("The date cannot be before %1."), _tr("The date cannot be before %2 (%1)."),
                               self._minimum, self._minimum_what)
        if self._maximum is not None and day > self._maximum:
            return _limit_text(_tr("The date cannot be after %1."), _tr("The date cannot be after %2 (%1)."),
                               self._maximum, self._maximum_what)
        return None

    def checked_value(self, report: Callable[[str], None]) -> date | None:
        """The date when it has no problem; otherwise ``report(message)`` and None."""
        problem = self.problem()
        if problem is not None:
            report(problem)
            return None
        return self.value()

    def _text_changed(self, _text: str) -> None:
        day = self.value()
        if day is not None and day != self._last:
            self._last = day
            self.dateChanged.emit(QDate(day.year, day.month, day.day))
        elif day is None and not self.text().strip():
            self._last = None

    # --- the calendar ---------------------------------------------------------------------------------

    def show_calendar(self) -> None:
        if self.isReadOnly() or not self.isEnabled():
            return
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        calendar = self._popup.calendar
        calendar.setDateRange(QDate(1900, 1, 1) if self._minimum is None else _qdate(self._minimum),
                              QDate(9999, 12, 31) if self._maximum is None else _qdate(self._maximum))
        current = self.value() or _clamped(self._maximum or self._minimum, self._minimum, self._maximum)
        if current is not None:
            calendar.setSelectedDate(_qdate(current))
        self._popup.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry() if self.screen() is not None else QRect()
        x, y = below.x(), below.y()
        if screen.isValid():
            x = max(screen.left(), min(x, screen.right() - self._popup.width()))
            if y + self._popup.height() > screen.bottom():
                y = self.mapToGlobal(QPoint(0, 0)).y() - self._popup.height()
        self._popup.move(x, y)
        self._popup.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, day: QDate) -> None:
        self.setDate(day)
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.editingFinished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.setPlaceholderText(_tr("e.g. 2026-03-01"))
            self.setToolTip(_tr("Type the date (2026-03-01, 2026/3/1, 20260301 or 2026年3月1日), "
                                "or pick it from the calendar (Alt+↓)."))
            self._calendar_action.setToolTip(_tr("Pick from the calendar (Alt+↓)"))


class _CalendarPopup(QFrame):
    """The calendar under the field; a click or Enter picks the day, Esc or a click elsewhere closes it."""

    picked = Signal(QDate)

    def __init__(self, owner: QWidget):
        super().__init__(owner, Qt.WindowType.Popup)
        self.setObjectName("date_calendar_popup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("date_calendar")
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setGridVisible(True)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        self.calendar.installEventFilter(self)
        for view in self.calendar.findChildren(QAbstractItemView):  # where the keys go
            view.installEventFilter(self)
        layout.addWidget(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Escape:
            self.hide()
            return True
        return super().eventFilter(watched, event)


def _limit_text(plain: str, named: str, day: date, what: str) -> str:
    return fill(named, day.isoformat(), what) if what else fill(plain, day.isoformat())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _clamped(day: date | None, first: date | None, last: date | None) -> date | None:
    if day is None:
        return None
    if first is not None and day < first:
        return first
    if last is not None and day > last:
        return last
    return day


def _calendar_icon(palette: QPalette) -> QIcon:
    """A small calendar page drawn in the text colour (Qt's standard icons have none)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    colour = QColor(palette.color(QPalette.ColorRole.Text))
    painter.setPen(colour)
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(1, 2, 14, 3, colour)
    for row in range(2):
        for column in range(3):
            painter.fillRect(3 + 4 * column, 7 + 3 * row, 2, 2, colour)
    painter.end()
    return QIcon(pixmap)
