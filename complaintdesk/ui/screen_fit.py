"""Windows that fit the screen they open on: a form's size from Designer is a wish, the screen is the limit.

An office PC may have a 1024 × 768 screen with a taskbar; a dialog drawn at 1020 × 710 in Designer
then hangs below the taskbar with its buttons out of reach. :func:`fit_to_screen` shrinks a window
(title bar and frame included) to the screen's available area and moves it fully onto it;
:func:`scroll_body` puts the body of a dialog into a scroll area, so that shrinking it scrolls the
inputs instead of squashing them.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QBoxLayout, QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

# What a window manager usually adds around a window before it is shown (title bar, borders).
_FRAME_GUESS = QSize(16, 40)


def available_area(widget: QWidget) -> QRect:
    """The screen area the window may use (the taskbar left out) on the screen it is on, or the primary one."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect()


def fit_to_screen(window: QWidget) -> None:
    """Shrink ``window`` to its screen's available area (frame included) and move it wholly onto it."""
    area = available_area(window)
    if not area.isValid():
        return
    frame = window.frameGeometry()
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    # Before the window manager has framed the window its frame is unknown (or a thin border): allow a title bar.
    extra = extra.expandedTo(_FRAME_GUESS)
    limit = QSize(max(area.width() - extra.width(), 1), max(area.height() - extra.height(), 1))
    size = window.size().boundedTo(limit)
    if size != window.size():
        window.resize(size.expandedTo(window.minimumSize().boundedTo(limit)))
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, area.left()), max(y, area.top()))


def scroll_body(dialog: QWidget, stop_at: Iterable[QWidget | QLayout]) -> QScrollArea | None:
    """Move the leading items of ``dialog``'s box layout, up to the first of ``stop_at`` (the message
    labels, the button row), into a scroll area that takes their place. None when there is no such layout."""
    layout = dialog.layout()
    if not isinstance(layout, QBoxLayout) or layout.count() == 0:
        return None
    stops = list(stop_at)
    end = next((i for i in range(layout.count()) if _holds_any(layout.itemAt(i), stops)), layout.count())
    if end == 0:
        return None
    area = BodyScrollArea(dialog)
    body = QWidget(area)
    body.setObjectName("body_widget")
    body_layout = QVBoxLayout(body)
    body_layout.setContentsMargins(0, 0, 0, 0)
    body_layout.setSpacing(layout.spacing())
    stretches = [layout.stretch(i) for i in range(end)]
    for stretch in stretches:
        item = layout.takeAt(0)
        if item.widget() is not None:
            body_layout.addWidget(item.widget(), stretch)
        elif item.layout() is not None:
            body_layout.addLayout(item.layout(), stretch)
        else:
            body_layout.addItem(item)
    area.setWidget(body)
    layout.insertWidget(0, area, 1)
    return area


class BodyScrollArea(QScrollArea):
    """A frameless scroll area that asks for its whole content's size (QScrollArea caps its wish at a
    few hundred pixels) but can be made as low as a few lines; it scrolls up and down, never sideways."""

    MINIMUM_HEIGHT = 120

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("body_scroll_area")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        body = self.widget()
        if body is None:
            return super().sizeHint()
        # As wide as the content would like; as high as it needs not to scroll (its minimum, which for
        # wrapped text is taken at the width it has when that is less).
        least = body.minimumSizeHint()
        width = max(body.sizeHint().width(), least.width())
        height = least.height()
        if body.hasHeightForWidth():
            height = min(height, body.heightForWidth(max(self.viewport().width(), least.width())))
        return QSize(width + self._bar(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        body = self.widget()
        if body is None:
            return super().minimumSizeHint()
        least = body.minimumSizeHint()
        return QSize(least.width() + self._bar(), min(least.height(), self.MINIMUM_HEIGHT))


def _holds_any(item, stops: list[QWidget | QLayout]) -> bool:
    widget, sub = item.widget(), item.layout()
    if widget is not None:
        return any(widget is s for s in stops)
    if sub is not None:
        if any(sub is s for s in stops):
            return True
        return any(_holds_any(sub.itemAt(i), stops) for i in range(sub.count()))
    return False
