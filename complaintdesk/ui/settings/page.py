"""What the settings pages share: the page base (busy flag, worker runs, red labels) and table helpers."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem

from complaintdesk.services.errors import ServiceError
from complaintdesk.services.validation import ValidationError
from complaintdesk.ui import tasks
from complaintdesk.ui.form_dialog import FieldErrors
from complaintdesk.ui.messages import error_text

if TYPE_CHECKING:
    from complaintdesk.ui.settings.dialog import SettingsDialog

# lupdate recognises calls of a function named translate (and tr); the context is always SettingsDialog.
translate = QCoreApplication.translate

OK_COLOUR = "#2e7d32"


def table_item(text: str, *, data: Any = None, tooltip: str | None = None,
               align: Qt.AlignmentFlag | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    if tooltip:
        item.setToolTip(tooltip)
    if align is not None:
        item.setTextAlignment(align)
    return item


def fill_table(table: QTableWidget, rows: list[list[QTableWidgetItem]]) -> None:
    table.setSortingEnabled(False)
    table.clearContents()
    table.setRowCount(len(rows))
    for r, items in enumerate(rows):
        for c, item in enumerate(items):
            table.setItem(r, c, item)


def stretch_last_column(table: QTableWidget) -> None:
    """Columns as wide as their contents; the last one takes the rest."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)


def style_label(label: QLabel, colour: str | None) -> None:
    label.setStyleSheet(f"color: {colour};" if colour else "")


def report_failure(errors: FieldErrors, exc: BaseException) -> None:
    """A failed save, on the page's labels: problems next to their fields, the rest on the general line."""
    if isinstance(exc, ValidationError):
        errors.show(exc.problems)
    elif isinstance(exc, ServiceError):
        message = error_text(exc)
        if exc.field:
            errors.set(exc.field, message)
            errors.focus_first()
        else:
            errors.set_general(message)
    else:
        errors.set_general(error_text(exc))


def parse_rate_percent(text: str) -> Decimal | None:
    """A rate typed in percent ("3.45", "3.45%", full-width digits); None when empty; ValueError in words."""
    cleaned = unicodedata.normalize("NFKC", text).strip().removesuffix("%").strip()
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise ValueError(translate("SettingsDialog", "Type the rate in percent, e.g. 3.00"))
    return value


class SettingsPage(QObject):
    """What the pages share: the dialog, its form, a busy flag and the red labels."""

    def __init__(self, dialog: SettingsDialog):
        super().__init__(dialog)
        self.dialog = dialog
        self.ui = dialog.ui
        self.office = dialog.office
        self.errors = FieldErrors()
        self._busy = False
        self._filling = 0

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def dirty(self) -> bool:
        return False

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.update_buttons()
        if busy:
            self.dialog.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.dialog.unsetCursor()

    def update_buttons(self) -> None:
        """Enable what may be pressed now (subclasses)."""

    def run(self, func: Callable[[], Any], on_done: Callable[[Any], Any], *, busy: bool = True) -> None:
        """``func`` on a worker; failures go to this page's labels and nothing typed is lost."""
        if busy:
            self.set_busy(True)
        tasks.run_task(func, partial(self._done, on_done, busy), partial(self._failed, busy), owner=self.dialog)

    def _done(self, on_done: Callable[[Any], Any], busy: bool, result: Any) -> None:
        if busy:
            self.set_busy(False)
        on_done(result)

    def _failed(self, busy: bool, exc: BaseException) -> None:
        if busy:
            self.set_busy(False)
        self.failed(exc)

    def failed(self, exc: BaseException) -> None:
        report_failure(self.errors, exc)

    def retranslate(self) -> None:
        """Texts made in code (subclasses)."""
