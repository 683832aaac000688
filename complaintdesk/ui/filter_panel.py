"""The filter panel beside the case list: quick filters and conditions, turned into a CaseQuery's filter fields.

The panel owns the filter state (the main window adds only the search text and the sort) and
remembers it in QSettings. Quick filters are also offered as checkable actions for the View menu,
so there is one state with two ways to change it. The choices that depend on the office (staff,
procedures, the due-soon default) are read on a worker when an office is opened.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QComboBox, QWidget

from complaintdesk import clock
from complaintdesk.ui import labels, tasks
from complaintdesk.ui.date_line_edit import DateLineEdit
from complaintdesk.ui.form_dialog import ERROR_COLOUR
from complaintdesk.ui.forms.ui_filter_panel import Ui_FilterPanel

if TYPE_CHECKING:
    from complaintdesk.services.desk_types import UserView
    from complaintdesk.services.office import Office

# Spin box and date edits re-query after a pause, not on every arrow click or typed digit.
EDIT_DELAY_MS = 300
DEFAULT_DUE_SOON_WORKDAYS = 3
_ANY = ""  # combo data of "any status / procedure / …"
_ANY_HANDLER = -1
_APPROVERS = ("supervisor", "admin")
_KEY = "filter_panel/"


class QuickFilter(StrEnum):
    MINE = "mine"
    OPEN = "open"
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    AWAITING_APPROVAL = "awaiting_approval"
    ALL = "all"


# Same context and source text as the radio buttons in forms/filter_panel.ui: one translation each.
_QUICK_LABELS = {
    QuickFilter.MINE: QT_TRANSLATE_NOOP("FilterPanel", "My cases"),
    QuickFilter.OPEN: QT_TRANSLATE_NOOP("FilterPanel", "All open cases"),
    QuickFilter.OVERDUE: QT_TRANSLATE_NOOP("FilterPanel", "Overdue"),
    QuickFilter.AWAITING_APPROVAL: QT_TRANSLATE_NOOP("FilterPanel", "Awaiting my approval"),
    QuickFilter.ALL: QT_TRANSLATE_NOOP("FilterPanel", "All cases"),
}
_QUICK_SHORTCUTS = {
    QuickFilter.MINE: "Ctrl+1", QuickFilter.OPEN: "Ctrl+2", QuickFilter.OVERDUE: "Ctrl+3",
    QuickFilter.DUE_SOON: "Ctrl+4", QuickFilter.AWAITING_APPROVAL: "Ctrl+5", QuickFilter.ALL: "Ctrl+6",
}


@dataclass(frozen=True)
class FilterState:
    """What the panel shows; ``due_soon_workdays`` is used by the due-soon quick filter only."""

    quick: QuickFilter = QuickFilter.OPEN
    due_soon_workdays: int = DEFAULT_DUE_SOON_WORKDAYS
    status: str | None = None
    procedure: str | None = None
    category: str | None = None
    debtor_kind: str | None = None
    handler_id: int | None = None
    received_from: date | None = None
    received_to: date | None = None


def filter_fields(state: FilterState, user_id: int | None, text: str = "") -> dict[str, Any]:
    """The CaseQuery filter fields for ``state`` and the search text (sorting is left alone).

    Every filter field is set, so that replacing them in a query with a sort clears old filters.
    "My cases" are the open cases the user handles; it overrides the handler condition.
    """
    handler_id = state.handler_id
    fields: dict[str, Any] = {
        "statuses": (state.status,) if state.status else (), "open_only": False, "overdue": False,
        "due_within_workdays": None, "awaiting_approval": False, "procedure": state.procedure,
        "category": state.category, "debtor_kind": state.debtor_kind, "received_from": state.received_from,
        "received_to": state.received_to, "text": text.strip(),
    }
    match state.quick:
        case QuickFilter.MINE:
            fields["open_only"] = True
            handler_id = user_id
        case QuickFilter.OPEN:
            fields["open_only"] = True
        case QuickFilter.OVERDUE:
            fields["overdue"] = True
        case QuickFilter.DUE_SOON:
            fields["due_within_workdays"] = state.due_soon_workdays
        case QuickFilter.AWAITING_APPROVAL:
            fields["awaiting_approval"] = True
    fields["handler_id"] = handler_id
    return fields


@dataclass(frozen=True)
class FilterChoices:
    staff: list[UserView]
    procedures: list[tuple[str, str]]  # (code, Chinese name)
    due_soon_workdays: int


def load_choices(office: Office) -> FilterChoices:
    """Worker side: the office's staff, procedures and due-soon default."""
    try:
        due_soon = int(office.settings.values().get("cases.due_soon_workdays", DEFAULT_DUE_SOON_WORKDAYS))
    except (TypeError, ValueError):
        due_soon = DEFAULT_DUE_SOON_WORKDAYS
    return FilterChoices(office.lookup.staff(), office.lookup.procedures(), max(1, due_soon))


def _date_or_none(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _int_or_none(value: object) -> int | None:
    try:
        return int(str(value)) if value not in (None, "") else None
    except ValueError:
        return None


class FilterPanel(QWidget):
    """Quick filters and conditions for the case list; read :meth:`query_fields` after ``changed``."""

    changed = Signal()
    cleared = Signal()  # "Clear filters": the window clears its search text too (before ``changed``)
    dueSoonDefaultChanged = Signal(int)  # the office's due-soon setting, for the list's amber marks

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_FilterPanel()
        self.ui.setupUi(self)
        self._settings = settings
        self._user_id: int | None = None
        self._role: str | None = None
        self._username: str | None = None
        self._office: Office | None = None
        self._choices: FilterChoices | None = None
        self._due_soon_remembered = False
        self._updating = 0
        self._load_seq = 0
        self._set_up_quick_filters()
        self._set_up_editors()
        self._fill_fixed_combos()
        self._fill_office_combos()
        self._state = self._restore()
        self._show_state(self._state)
        self._update_availability()
        self._retranslate()

    def _set_up_quick_filters(self) -> None:
        """The quick filters' radio buttons (one group) and their checkable, shortcut-bearing actions."""
        ui = self.ui
        self._radios = {
            QuickFilter.MINE: ui.mine_radio_button, QuickFilter.OPEN: ui.open_radio_button,
            QuickFilter.OVERDUE: ui.overdue_radio_button, QuickFilter.DUE_SOON: ui.due_soon_radio_button,
            QuickFilter.AWAITING_APPROVAL: ui.awaiting_radio_button, QuickFilter.ALL: ui.all_radio_button,
        }
        self._radio_group = QButtonGroup(self)
        for radio in self._radios.values():
            self._radio_group.addButton(radio)
        self._radio_group.buttonToggled.connect(self._radio_toggled)

        self._actions: dict[QuickFilter, QAction] = {}
        self._action_group = QActionGroup(self)
        for key in QuickFilter:
            action = QAction(self)
            action.setObjectName(f"filter_{key.value}_action")
            action.setCheckable(True)
            action.setShortcut(_QUICK_SHORTCUTS[key])
            action.triggered.connect(partial(self.set_quick_filter, key))
            self._action_group.addAction(action)
            self._actions[key] = action

    def _set_up_editors(self) -> None:
        """Date ranges, the error label, the edit delay and what each editor's change commits."""
        ui = self.ui
        self._reset_dates()
        ui.range_error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        ui.range_error_label.hide()
        self._edit_timer = QTimer(self)
        self._edit_timer.setSingleShot(True)
        self._edit_timer.setInterval(EDIT_DELAY_MS)
        self._edit_timer.timeout.connect(self._commit)
        ui.due_soon_spin_box.valueChanged.connect(self._due_soon_edited)
        for combo in self._combos():
            combo.activated.connect(self._commit)
        for check, edit in ((ui.received_from_check_box, ui.received_from_date_edit),
                            (ui.received_to_check_box, ui.received_to_date_edit)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._commit)
            edit.setRequired(False)  # left empty, the condition is simply not applied
            edit.dateChanged.connect(self._schedule)
            # What is wrong with a date shows when the field is left, and goes as soon as it is put right.
            edit.editingFinished.connect(self._show_range_problem)
            edit.textChanged.connect(self._recheck_range_problem)
        ui.clear_button.clicked.connect(self.clear)

    # --- public API ----------------------------------------------------------------------------

    @property
    def state(self) -> FilterState:
        return self._state

    @property
    def quick_filter(self) -> QuickFilter:
        return self._state.quick

    @property
    def choices(self) -> FilterChoices | None:
        return self._choices

    def quick_actions(self) -> list[QAction]:
        """Checkable actions for the View menu, one per quick filter, in sync with the radio buttons."""
        return list(self._actions.values())

    def action(self, key: QuickFilter) -> QAction:
        return self._actions[QuickFilter(key)]

    def query_fields(self, text: str = "") -> dict[str, Any]:
        return filter_fields(self._state, self._user_id, text)

    def set_quick_filter(self, key: QuickFilter) -> None:
        key = QuickFilter(key)
        if not self._available(key):
            return
        self._apply_state(dataclasses.replace(self._state, quick=key))

    def set_office(self, office: Office | None, *, load_choices: bool = True) -> None:
        """Show the choices of ``office`` (read on a worker); None: no office, only the fixed choices.
        ``load_choices=False``: not yet — the caller calls ``reload_choices`` when the worker is free."""
        self._office = office
        self._choices = None
        self._load_seq += 1
        actor = office.actor if office is not None else None
        previous = self._username
        self._user_id = actor.user_id if actor is not None else None
        self._role = actor.role if actor is not None else None
        self._username = actor.username if actor is not None else None
        self._fill_office_combos()
        self._update_availability()
        if self._username is not None and self._username != previous:
            # Another person at the desk: the list they last looked at, or their role's usual one.
            self._apply_state(dataclasses.replace(self._state, quick=self._quick_for_user()), notify=False)
        if not self._available(self._state.quick):
            self._apply_state(dataclasses.replace(self._state, quick=QuickFilter.OPEN), notify=False)
        if office is not None and load_choices:
            self.reload_choices()

    def reload_choices(self) -> None:
        """Read staff, procedures and the due-soon default again (after the settings changed)."""
        if self._office is None:
            return
        self._load_seq += 1
        tasks.run_task(partial(load_choices, self._office), partial(self._choices_loaded, self._load_seq),
                       owner=self)

    def clear(self) -> None:
        """Back to all open cases with no conditions (and the office's due-soon default)."""
        default = self._choices.due_soon_workdays if self._choices else DEFAULT_DUE_SOON_WORKDAYS
        self._due_soon_remembered = False
        self._settings.remove(_KEY + "due_soon_workdays")
        self.cleared.emit()
        self._updating += 1
        try:
            self._reset_dates()
        finally:
            self._updating -= 1
        self._apply_state(FilterState(due_soon_workdays=default), force=True)

    def _reset_dates(self) -> None:
        # Where a date range starts when it is switched on: this year so far.
        today = clock.today()
        self.ui.received_from_date_edit.setDate(date(today.year, 1, 1))
        self.ui.received_to_date_edit.setDate(today)

    # --- state ---------------------------------------------------------------------------------

    def _available(self, key: QuickFilter) -> bool:
        if key == QuickFilter.MINE:
            return self._user_id is not None
        if key == QuickFilter.AWAITING_APPROVAL:
            return self._role in _APPROVERS
        return True

    def _update_availability(self) -> None:
        self._radios[QuickFilter.MINE].setEnabled(self._user_id is not None)
        self._actions[QuickFilter.MINE].setEnabled(self._user_id is not None)
        approver = self._role in _APPROVERS
        self._radios[QuickFilter.AWAITING_APPROVAL].setVisible(approver)
        self._actions[QuickFilter.AWAITING_APPROVAL].setVisible(approver)
        self._update_handler_enabled()

    def _update_handler_enabled(self) -> None:
        mine = self._state.quick == QuickFilter.MINE
        self.ui.handler_combo.setEnabled(not mine)
        self.ui.handler_combo.setToolTip(
            QCoreApplication.translate("FilterPanel", "“My cases” already shows the cases you handle")
            if mine else "")

    def _read_widgets(self) -> FilterState:
        ui = self.ui
        quick = next((k for k, r in self._radios.items() if r.isChecked()), self._state.quick)
        handler = ui.handler_combo.currentData()
        return FilterState(
            quick=quick,
            due_soon_workdays=ui.due_soon_spin_box.value(),
            status=ui.status_combo.currentData() or None,
            procedure=ui.procedure_combo.currentData() or None,
            category=ui.category_combo.currentData() or None,
            debtor_kind=ui.debtor_kind_combo.currentData() or None,
            handler_id=None if handler in (None, _ANY_HANDLER) else int(handler),
            received_from=self._typed_date(ui.received_from_check_box, ui.received_from_date_edit,
                                           self._state.received_from),
            received_to=self._typed_date(ui.received_to_check_box, ui.received_to_date_edit, self._state.received_to),
        )

    @staticmethod
    def _typed_date(check: QAbstractButton, edit: DateLineEdit, current: date | None) -> date | None:
        """The date a switched-on condition has; while its text reads as no date, the one in force stays."""
        if not check.isChecked():
            return None
        if not edit.text().strip():
            return None
        return edit.value() if edit.problem() is None else current

    def _commit(self, *_args: object) -> None:
        """The widgets changed: take their state, remember it and tell the window."""
        if self._updating:
            return
        self._edit_timer.stop()
        self._apply_state(self._read_widgets())

    def _schedule(self, *_args: object) -> None:
        if not self._updating:
            self._edit_timer.start()

    def _due_soon_edited(self, _value: int) -> None:
        if self._updating:
            return
        self._due_soon_remembered = True
        # Changing the number means the user wants that filter.
        self._updating += 1
        try:
            self.ui.due_soon_radio_button.setChecked(True)
        finally:
            self._updating -= 1
        self._schedule()

    def _radio_toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._commit()

    def _apply_state(self, state: FilterState, *, notify: bool = True, force: bool = False) -> None:
        changed = state != self._state
        self._state = state
        self._show_state(state)
        self._save(state)
        if notify and (changed or force):
            self.changed.emit()

    def _show_state(self, state: FilterState) -> None:
        ui = self.ui
        self._updating += 1
        try:
            self._radios[state.quick].setChecked(True)
            self._actions[state.quick].setChecked(True)
            ui.due_soon_spin_box.setValue(state.due_soon_workdays)
            for combo, value in ((ui.status_combo, state.status), (ui.procedure_combo, state.procedure),
                                 (ui.category_combo, state.category), (ui.debtor_kind_combo, state.debtor_kind)):
                index = combo.findData(value or _ANY)
                combo.setCurrentIndex(max(index, 0))
            index = ui.handler_combo.findData(_ANY_HANDLER if state.handler_id is None else state.handler_id)
            ui.handler_combo.setCurrentIndex(max(index, 0))
            for check, edit, value in ((ui.received_from_check_box, ui.received_from_date_edit, state.received_from),
                                       (ui.received_to_check_box, ui.received_to_date_edit, state.received_to)):
                check.setChecked(value is not None)
                edit.setEnabled(value is not None)
                # What was typed stays as typed: a date that cannot be read is reported, not replaced.
                if value is not None and edit.value() != value and edit.problem() is None:
                    edit.setDate(value)
        finally:
            self._updating -= 1
        self._show_range_problem()
        self._update_handler_enabled()
        self._update_action_texts()

    def _recheck_range_problem(self, *_args: object) -> None:
        if self.ui.range_error_label.isVisibleTo(self):
            self._show_range_problem()

    def _show_range_problem(self, *_args: object) -> None:
        """Under the dates: a date typed that cannot be read, else a range no case can match."""
        ui = self.ui
        message = None
        for check, edit in ((ui.received_from_check_box, ui.received_from_date_edit),
                            (ui.received_to_check_box, ui.received_to_date_edit)):
            problem = edit.problem() if check.isChecked() else None
            if problem is not None and message is None:
                message = f"{check.text().replace('&', '')}：{problem}"
        state = self._state
        if message is None and state.received_from is not None and state.received_to is not None \
                and state.received_from > state.received_to:
            message = QCoreApplication.translate(
                "FilterPanel", "The start date is after the end date: no case can match.")
        ui.range_error_label.setText(message or "")
        ui.range_error_label.setVisible(message is not None)

    # --- QSettings -----------------------------------------------------------------------------

    def _restore(self) -> FilterState:
        s = self._settings
        try:
            quick = QuickFilter(str(s.value(_KEY + "quick", QuickFilter.OPEN.value)))
        except ValueError:
            quick = QuickFilter.OPEN
        due_soon = _int_or_none(s.value(_KEY + "due_soon_workdays"))
        self._due_soon_remembered = due_soon is not None
        spin = self.ui.due_soon_spin_box
        due_soon = min(max(due_soon or DEFAULT_DUE_SOON_WORKDAYS, spin.minimum()), spin.maximum())

        def text(name: str) -> str | None:
            return str(s.value(_KEY + name, "") or "") or None

        state = FilterState(quick=quick, due_soon_workdays=due_soon, status=text("status"),
                            procedure=text("procedure"), category=text("category"),
                            debtor_kind=text("debtor_kind"), handler_id=_int_or_none(s.value(_KEY + "handler_id")),
                            received_from=_date_or_none(s.value(_KEY + "received_from")),
                            received_to=_date_or_none(s.value(_KEY + "received_to")))
        # Codes this version does not know (an older settings file) are dropped, not kept invisibly.
        return dataclasses.replace(
            state,
            status=state.status if state.status in labels.STATUS else None,
            category=state.category if state.category in labels.CATEGORY else None,
            debtor_kind=state.debtor_kind if state.debtor_kind in labels.DEBTOR_KIND else None,
        )

    def _quick_for_user(self) -> QuickFilter:
        """The quick filter the signed-in user last chose; the first time all open cases (not what the last
        person at this desk chose: an officer's "my cases" is empty for a supervisor, who handles none)."""
        remembered = str(self._settings.value(f"{_KEY}quick_by_user/{self._username}", "") or "")
        try:
            return QuickFilter(remembered)
        except ValueError:
            return QuickFilter.OPEN

    def _save(self, state: FilterState) -> None:
        s = self._settings
        s.setValue(_KEY + "quick", state.quick.value)
        if self._username is not None:
            s.setValue(f"{_KEY}quick_by_user/{self._username}", state.quick.value)
        if self._due_soon_remembered:
            s.setValue(_KEY + "due_soon_workdays", state.due_soon_workdays)
        for name in ("status", "procedure", "category", "debtor_kind"):
            s.setValue(_KEY + name, getattr(state, name) or "")
        s.setValue(_KEY + "handler_id", "" if state.handler_id is None else state.handler_id)
        s.setValue(_KEY + "received_from", state.received_from.isoformat() if state.received_from else "")
        s.setValue(_KEY + "received_to", state.received_to.isoformat() if state.received_to else "")

    # --- choices -------------------------------------------------------------------------------

    def _combos(self) -> tuple[QComboBox, ...]:
        ui = self.ui
        return ui.status_combo, ui.procedure_combo, ui.category_combo, ui.debtor_kind_combo, ui.handler_combo

    def _fill_fixed_combos(self) -> None:
        ui = self.ui
        self._updating += 1
        try:
            for combo, table in ((ui.status_combo, labels.STATUS), (ui.category_combo, labels.CATEGORY),
                                 (ui.debtor_kind_combo, labels.DEBTOR_KIND)):
                combo.clear()
                combo.addItem("", _ANY)
                for code in table:
                    combo.addItem("", code)
        finally:
            self._updating -= 1
        self._label_fixed_combos()

    def _label_fixed_combos(self) -> None:
        ui = self.ui
        for combo, label in ((ui.status_combo, labels.status_label), (ui.category_combo, labels.category_label),
                             (ui.debtor_kind_combo, labels.debtor_kind_label)):
            combo.setItemText(0, self._any_text())
            for index in range(1, combo.count()):
                combo.setItemText(index, label(combo.itemData(index)))

    @staticmethod
    def _any_text() -> str:
        return QCoreApplication.translate("FilterPanel", "Any")

    def _fill_office_combos(self) -> None:
        """Procedure and handler items from the loaded choices (only "any" until they arrive)."""
        ui = self.ui
        choices = self._choices
        self._updating += 1
        try:
            ui.procedure_combo.clear()
            ui.procedure_combo.addItem(self._any_text(), _ANY)
            ui.handler_combo.clear()
            ui.handler_combo.addItem(self._any_text(), _ANY_HANDLER)
            if choices is not None:
                for code, name_zh in choices.procedures:
                    # The shipped procedures have translated names; an office's own keeps its Chinese name.
                    ui.procedure_combo.addItem(labels.procedure_label(code) if code in labels.PROCEDURE else name_zh,
                                               code)
                for user in choices.staff:
                    ui.handler_combo.addItem(user.display_name, user.id)
        finally:
            self._updating -= 1

    def _choices_loaded(self, seq: int, choices: FilterChoices) -> None:
        if seq != self._load_seq:
            return
        self._choices = choices
        self._fill_office_combos()
        state = self._state
        if not self._due_soon_remembered:
            state = dataclasses.replace(state, due_soon_workdays=choices.due_soon_workdays)
        # A handler or procedure remembered from another office database does not apply here.
        if state.handler_id is not None and all(u.id != state.handler_id for u in choices.staff):
            state = dataclasses.replace(state, handler_id=None)
        if state.procedure is not None and all(code != state.procedure for code, _ in choices.procedures):
            state = dataclasses.replace(state, procedure=None)
        self._apply_state(state)
        self.dueSoonDefaultChanged.emit(choices.due_soon_workdays)

    # --- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._label_fixed_combos()
        self.ui.procedure_combo.setItemText(0, self._any_text())
        self.ui.handler_combo.setItemText(0, self._any_text())
        for index in range(1, self.ui.procedure_combo.count()):
            code = self.ui.procedure_combo.itemData(index)
            if code in labels.PROCEDURE:
                self.ui.procedure_combo.setItemText(index, labels.procedure_label(code))
        self._update_handler_enabled()
        self._update_action_texts()
        self._show_range_problem()

    def _update_action_texts(self) -> None:
        for key, action in self._actions.items():
            if key == QuickFilter.DUE_SOON:
                # self.tr: older pyside6-lupdate only recognises plural forms in tr() calls.
                action.setText(self.tr("Due within %n workday(s)", "", self._state.due_soon_workdays))
            else:
                action.setText(QCoreApplication.translate("FilterPanel", _QUICK_LABELS[key]))

