"""Small reusable widgets that Qt lacks."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from complaintdesk.ui.lazy_qt import Qt  # built on first use (ui/lazy_qt.py)


class ElidedLabel(QLabel):
    """A one-line label that shortens its text in the middle ("/home/…/office.sqlite") to fit.

    A plain QLabel insists on its full text width, so a long database path in the status bar
    would stop the window from being made narrower.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self.text():  # nothing to draw (the status bar's location before an office is open)
            return
        from PySide6.QtGui import QPainter  # set up at the first text drawn, not for the window's first frame

        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, rect.width())
        painter.drawText(rect, int(self.alignment()), text)
