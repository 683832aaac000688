"""What every data-entry dialog shares: field-level error labels, saving on a worker, Enter/Tab flow, unsaved changes.

A dialog built on :class:`FormDialog` binds each service field name (``"complainant.uscc"``,
``"amount_claimed"``…) to the red label under its widget. Typed text that cannot be parsed is
reported on the same labels before anything is sent; a ``ValidationError`` from the services is
spread over them afterwards, with the first bad field focused. Nothing typed is ever cleared by
a failed save. Enter moves to the next field (a long form must not be sent by a stray Enter),
Ctrl+Enter saves, and closing with unsaved input asks first.

The inputs sit in a scroll area above the messages and buttons, and the dialog opens no larger
than its screen: a small screen scrolls the form instead of squashing it. Where the form fits,
each field's message keeps its line free, so that a message appearing moves nothing. A date is
never corrected (``DateLineEdit``): what is wrong with it is said next to it when the field is
left. When the form finds problems of its own, the services are asked for theirs
(:meth:`FormDialog.build_check`), so that every message shows in one round.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from complaintdesk.messages import Text
from complaintdesk.services.errors import ConflictError, ServiceError
from complaintdesk.services.validation import ValidationError
from complaintdesk.ui import dialogs, screen_fit, tasks
from complaintdesk.ui.date_line_edit import DateLineEdit
from complaintdesk.ui.messages import error_text, ui_text

ERROR_COLOUR = "#a1260d"  # the overdue red of the case list
NOTICE_COLOUR = "#7a4b00"  # the due-soon amber


class _Problem(Protocol):
    field: str
    text: Text


class FieldErrors:
    """Maps service field names to the red label next to each input, and shows messages there.

    A field the form does not bind (a newer service, a rule about the whole form) is matched by
    its longest bound prefix (``"complainant.x"`` → ``"complainant"``), else shown on the
    general label, so no message is ever dropped.
    """

    def __init__(self, general_label: QLabel | None = None):
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget | None] = {}
        self._order: list[str] = []
        self._general = general_label
        self._messages: dict[str, list[str]] = {}
        if general_label is not None:
            _style_error_label(general_label)

    def bind(self, field: str, label: QLabel, widget: QWidget | None = None) -> None:
        """``label`` shows the messages of ``field``; ``widget`` gets the focus when it is the first bad one."""
        _style_error_label(label)
        self._labels[field] = label
        self._widgets[field] = widget
        self._order.append(field)

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(self._order)

    def reserve_field_space(self, reserve: bool) -> None:
        """Whether the fields' labels keep a line free while they have nothing to say (the general
        label always does)."""
        for label in {id(label): label for label in self._labels.values()}.values():
            if label is not self._general:
                reserve_space(label, reserve)

    @property
    def field_space_reserved(self) -> bool:
        return any(label.sizePolicy().retainSizeWhenHidden() for label in self._labels.values()
                   if label is not self._general)

    def label_for(self, field: str) -> QLabel | None:
        key = self._resolve(field)
        return self._general if key is None else self._labels[key]

    def messages(self) -> dict[str, str]:
        """Field → message shown (``""`` for the general label), for tests and logs."""
        return {field: "\n".join(lines) for field, lines in self._messages.items()}

    def has_errors(self) -> bool:
        return bool(self._messages)

    def has_message_for(self, field: str) -> bool:
        """Whether the label ``field`` is shown on already has a message."""
        return (self._resolve(field) or "") in self._messages

    def set(self, field: str, message: str) -> None:
        key = self._resolve(field)
        lines = self._messages.setdefault(key or "", [])
        if message not in lines:
            lines.append(message)
        label = self._general if key is None else self._labels[key]
        if label is not None:
            label.setText("\n".join(lines))
            label.show()

    def set_general(self, message: str) -> None:
        self._messages[""] = [message]
        if self._general is not None:
            self._general.setText(message)
            self._general.show()

    def show(self, problems: Iterable[_Problem]) -> None:
        """Replace every message by the problems a service reported, and focus the first bad field."""
        self.clear()
        for problem in problems:
            self.set(problem.field, ui_text(problem.text))
        self.focus_first()

    def clear(self, field: str | None = None) -> None:
        if field is None:
            for label in (*self._labels.values(), self._general):
                if label is not None:
                    label.clear()
                    label.hide()
            self._messages.clear()
            return
        key = self._resolve(field)
        self._messages.pop(key or "", None)
        label = self._general if key is None else self._labels[key]
        if label is not None:
            label.clear()
            label.hide()

    def focus_first(self) -> None:
        for field in self._order:
            widget = self._widgets[field]
            if field in self._messages and widget is not None and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                if isinstance(widget, QLineEdit):
                    widget.selectAll()
                _scroll_to(widget, self._labels.get(field))
                return

    def _resolve(self, field: str) -> str | None:
        if field in self._labels:
            return field
        candidates = [f for f in self._labels if field.startswith(f + ".") or field.startswith(f + "[")]
        return max(candidates, key=len) if candidates else None


def _style_error_label(label: QLabel) -> None:
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    reserve_space(label)
    label.clear()
    label.hide()


def reserve_space(label: QLabel, reserve: bool = True) -> None:
    """A message label keeps one line's room while hidden: showing a message moves nothing else."""
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(reserve)
    label.setSizePolicy(policy)
    label.setMinimumHeight(_one_line_height(label) if reserve else 0)


def _one_line_height(label: QLabel) -> int:
    """The height of one line of a message in ``label`` (Chinese text may come in a taller fallback font)."""
    text = label.text()
    label.setText("中Ag")
    height = label.sizeHint().height()
    label.setText(text)
    return height


def _scroll_to(widget: QWidget, label: QLabel | None) -> None:
    """In a scrolled form, bring the field (and the message under it) into view."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        if label is not None and parent.isAncestorOf(label):
            parent.ensureWidgetVisible(label)
        parent.ensureWidgetVisible(widget)


class FormDialog(QDialog):
    """Base class: subclasses bind fields, watch inputs and implement :meth:`build_call`."""

    saved = Signal(object)  # what the service call returned (usually the fresh CaseDetail)
    reloadRequested = Signal()  # after a conflict, the user asked for the case to be read again

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.errors = FieldErrors()
        self.result_value: Any = None
        self._dirty = False
        self._filling = 0
        self._busy = False
        self._save_button: QPushButton | None = None
        self._notice_label: QLabel | None = None
        self._date_fields: list[tuple[str, DateLineEdit]] = []
        self._shown_once = False
        self._check_seq = 0
        self.body_scroll_area: QScrollArea | None = None

    # --- construction (called by subclasses after setupUi) ---------------------------------------

    def setup_form(self, *, save_button: QPushButton, cancel_button: QAbstractButton,
                   general_error_label: QLabel, notice_label: QLabel | None = None,
                   enter_exempt: Iterable[QWidget] = (), below_body: Iterable[QWidget] = ()) -> None:
        """``below_body``: widgets of the dialog's main layout that stay under the scrolled inputs, like
        the message labels and the buttons (e.g. a list of possible duplicates with its own buttons)."""
        # The inputs scroll, the messages and buttons stay: a form never outgrows the screen or squashes.
        self.body_scroll_area = screen_fit.scroll_body(
            self, [*below_body, *(w for w in (notice_label, general_error_label) if w is not None), save_button])
        self.errors = FieldErrors(general_error_label)
        self._save_button = save_button
        self._notice_label = notice_label
        if notice_label is not None:
            notice_label.setStyleSheet(f"color: {NOTICE_COLOUR};")
            notice_label.setWordWrap(True)
            notice_label.hide()
        save_button.clicked.connect(self.save)
        cancel_button.clicked.connect(self.reject)
        # No default button: Enter in a field moves on instead of sending a half-filled form.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        save_button.setToolTip(QCoreApplication.translate("FormDialog", "Save (Ctrl+Enter)"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        exempt = set(enter_exempt)
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox) and widget not in exempt:
                widget.installEventFilter(self)
        for editor in self.findChildren(QPlainTextEdit):
            editor.setTabChangesFocus(True)

    def watch(self, *widgets: QWidget, field: str | None = None) -> None:
        """Changes in ``widgets`` make the form dirty (and clear ``field``'s message, now out of date)."""
        for widget in widgets:
            signal = _change_signal(widget)
            if signal is not None:
                signal.connect(lambda *_args, f=field: self._changed(f))
            if isinstance(widget, DateLineEdit) and field is not None:
                # A date is read, never corrected: what is wrong with it shows as soon as the field is left.
                self._date_fields.append((field, widget))
                widget.editingFinished.connect(lambda f=field, w=widget: self._check_date(f, w))

    def _check_date(self, field: str, widget: DateLineEdit) -> bool:
        problem = widget.problem() if widget.isEnabled() else None
        if problem is not None:
            self.errors.clear(field)
            self.errors.set(field, problem)
        return problem is None

    @contextlib.contextmanager
    def filling(self) -> Iterator[None]:
        """Values put in by the program (defaults, a picked record) do not count as typing."""
        self._filling += 1
        try:
            yield
        finally:
            self._filling -= 1

    def _changed(self, field: str | None) -> None:
        if self._filling:
            return
        self._dirty = True
        if field is not None:
            self.errors.clear(field)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def mark_clean(self) -> None:
        self._dirty = False

    @property
    def busy(self) -> bool:
        return self._busy

    # --- saving ------------------------------------------------------------------------------------

    def build_call(self) -> Callable[[], Any] | None:
        """Parse the inputs; return the service call to run on a worker, or None after reporting errors."""
        raise NotImplementedError

    def save(self) -> None:
        if self._busy or (self._save_button is not None and not self._save_button.isEnabled()):
            return
        self.errors.clear()
        self._check_seq += 1
        for field, widget in self._date_fields:
            self._check_date(field, widget)
        call = self.build_call()
        if call is None or self.errors.has_errors():
            self.errors.focus_first()
            # What the form could not read is reported; the services' verdict on the rest joins it.
            check = self.build_check()
            if check is not None:
                tasks.run_task(check, partial(self._checked, self._check_seq), lambda _exc: None, owner=self)
            return
        self._set_busy(True)
        tasks.run_task(call, self._on_saved, self._on_failed, owner=self)

    def build_check(self) -> Callable[[], Iterable[_Problem]] | None:
        """A call that lists the services' problems with the inputs without saving anything, run when the
        form found problems of its own (so that all are shown at once); None: not offered."""
        return None

    def _checked(self, seq: int, problems: Iterable[_Problem]) -> None:
        if seq != self._check_seq:
            return  # saved again meanwhile
        added = False
        for problem in problems:
            # The form's own message on a field stays: it is about what was typed there.
            if not self.errors.has_message_for(problem.field):
                self.errors.set(problem.field, ui_text(problem.text))
                added = True
        if added:
            self.errors.focus_first()

    def _on_saved(self, result: Any) -> None:
        self._set_busy(False)
        self.result_value = result
        self._dirty = False
        self.saved.emit(result)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if self.handle_failure(exc):
            return
        if isinstance(exc, ValidationError):
            self.errors.show(exc.problems)
        elif isinstance(exc, ConflictError):
            message = error_text(exc)
            self.errors.set_general(message)
            if dialogs.ask_reload_after_conflict(self, message):
                self.reloadRequested.emit()
        elif isinstance(exc, ServiceError):
            if exc.field:
                self.errors.set(exc.field, error_text(exc))
                self.errors.focus_first()
            else:
                self.errors.set_general(error_text(exc))
        else:
            self.errors.set_general(error_text(exc))

    def handle_failure(self, exc: BaseException) -> bool:
        """Subclasses take errors only they understand (duplicates…); True when handled."""
        return False

    def show_notice(self, text: str) -> None:
        """An amber line above the buttons (e.g. "the case was reloaded, check and save again")."""
        if self._notice_label is not None:
            self._notice_label.setText(text)
            self._notice_label.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if self._save_button is not None:
            self._save_button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self._shown_once:
            self._shown_once = True
            # The inputs' natural size, as far as the screen allows; smaller screens scroll the body.
            if self.layout() is not None:
                self.layout().activate()
            self.resize(self.size().expandedTo(self.sizeHint()))
            # Field messages keep their line free everywhere (form_dialog.reserve_space): a message that
            # appears moves nothing; on a low screen the inputs scroll a little further instead.
            screen_fit.fit_to_screen(self)
        super().showEvent(event)

    # --- closing -----------------------------------------------------------------------------------

    def reject(self) -> None:
        # A write already sent cannot be called back; its answer decides what happens.
        if self._busy:
            return
        if self._dirty and not dialogs.ask_discard_changes(self):
            return
        super().reject()

    # --- Enter moves on ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                if isinstance(watched, QComboBox) and watched.view().isVisible():
                    return False
                self.focusNextChild()
                return True
        return super().eventFilter(watched, event)


def _change_signal(widget: QWidget):
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    if isinstance(widget, QAbstractSpinBox):
        return getattr(widget, "valueChanged", None)
    return None


def set_combo_data(combo: QComboBox, value: object) -> bool:
    """Select the item whose data is ``value``; False (and no change) when there is none."""
    index = combo.findData(value)
    if index < 0:
        return False
    combo.setCurrentIndex(index)
    return True
