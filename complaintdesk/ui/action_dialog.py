"""The action dialog: one lifecycle step of a case (accept, stop the clock, reply, close…) with its inputs.

Only the inputs the step requires (``domain.workflow.TRANSITIONS[action].requires``) are shown;
the services check everything again and their problems appear next to the inputs. If someone
else changed the case meanwhile, the officer is offered a reload and nothing is overwritten.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from complaintdesk import clock
from complaintdesk.domain.vocabulary import Outcome, Satisfaction
from complaintdesk.domain.workflow import TRANSITIONS, Action
from complaintdesk.services.desk_types import ActionInput
from complaintdesk.services.errors import ServiceError
from complaintdesk.ui import dialogs, labels
from complaintdesk.ui.form_dialog import FormDialog
from complaintdesk.ui.forms.ui_action_dialog import Ui_ActionDialog
from complaintdesk.ui.labels import fill
from complaintdesk.ui.messages import error_text, ui_text

if TYPE_CHECKING:
    from complaintdesk.services.case_actions import CaseActions
    from complaintdesk.services.desk_types import CaseDetail

# What the free-text inputs mean for each step (the generic "Reason:"/"Content:" otherwise).
_REASON_LABELS = {
    Action.REFUSE: QT_TRANSLATE_NOOP("ActionDialog", "Why it is &not accepted:"),
    Action.STOP_CLOCK: QT_TRANSLATE_NOOP("ActionDialog", "Materials &awaited:"),
    Action.REQUEST_EXTENSION: QT_TRANSLATE_NOOP("ActionDialog", "Why more time is &needed:"),
    Action.RETURN_EXTENSION: QT_TRANSLATE_NOOP("ActionDialog", "Why it is &returned:"),
    Action.CREDIT_REFERRAL: QT_TRANSLATE_NOOP("ActionDialog", "&Grounds:"),
}
_NOTE_LABELS = {
    Action.TALKS: QT_TRANSLATE_NOOP("ActionDialog", "Record of the &talks:"),
    Action.REPLY: QT_TRANSLATE_NOOP("ActionDialog", "&Gist of the reply:"),
}
_INPUTS = ("on", "department", "days", "outcome", "satisfaction", "reason", "note")
# The service's refusal of a review asked after its window (messages.clocks): the officer may record it anyway.
_LATE_REVIEW = "clocks.review_request_late"


class ActionDialog(FormDialog):
    """Takes ``action`` on ``case``; ``saved`` carries the fresh CaseDetail."""

    def __init__(self, actions: CaseActions, case: CaseDetail, action: str, *, today: date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ActionDialog()
        self.ui.setupUi(self)
        self._actions = actions
        self._case = case
        self._action = Action(action)
        self._transition = TRANSITIONS[self._action]
        self._late_ok = False  # the officer chose to record a late review request anyway
        ui = self.ui
        self.setup_form(save_button=ui.save_button, cancel_button=ui.cancel_button,
                        general_error_label=ui.general_error_label, notice_label=ui.notice_label)
        title = labels.action_label(self._action.value)
        self.setWindowTitle(fill(self.tr("%1 — case %2"), title, case.case_no))
        ui.save_button.setText(title)

        self._widgets = {"on": ui.on_date_edit, "department": ui.department_line_edit, "days": ui.days_spin_box,
                         "outcome": ui.outcome_combo, "satisfaction": ui.satisfaction_combo,
                         "reason": ui.reason_plain_text_edit, "note": ui.note_plain_text_edit}
        errors = {"on": ui.on_error_label, "department": ui.department_error_label, "days": ui.days_error_label,
                  "outcome": ui.outcome_error_label, "satisfaction": ui.satisfaction_error_label,
                  "reason": ui.reason_error_label, "note": ui.note_error_label}
        rows = {"on": ui.on_label, "department": ui.department_label, "days": ui.days_label,
                "outcome": ui.outcome_label, "satisfaction": ui.satisfaction_label, "reason": ui.reason_label,
                "note": ui.note_label}
        required = set(self._transition.requires)
        for name in _INPUTS:
            shown = name in required
            ui.form_layout.setRowVisible(rows[name], shown)
            if not shown:
                errors[name].hide()
                continue
            self.errors.bind(name, errors[name], self._widgets[name])
            self.watch(self._widgets[name], field=name)

        with self.filling():
            today = today or clock.today()
            # Limits the field reports next to itself; it never changes a date typed outside them.
            ui.on_date_edit.setMinimumDate(case.received_on, self.tr("the day the case was received"))
            ui.on_date_edit.setMaximumDate(max(today, case.received_on), self.tr("today"))
            ui.on_date_edit.setDate(max(today, case.received_on))
            for outcome in Outcome:
                ui.outcome_combo.addItem(labels.outcome_label(outcome.value), outcome.value)
            for level in Satisfaction:
                ui.satisfaction_combo.addItem(labels.satisfaction_label(level.value), level.value)
            for combo in (ui.outcome_combo, ui.satisfaction_combo):
                combo.setPlaceholderText(self.tr("— choose —"))
                combo.setCurrentIndex(-1)
        if self._action in _REASON_LABELS:
            ui.reason_label.setText(QCoreApplication.translate("ActionDialog", _REASON_LABELS[self._action]))
        if self._action in _NOTE_LABELS:
            ui.note_label.setText(QCoreApplication.translate("ActionDialog", _NOTE_LABELS[self._action]))
        ui.intro_label.setText(self._intro(case))
        self.mark_clean()
        first = next((self._widgets[name] for name in _INPUTS if name in required and name != "on"), ui.on_date_edit)
        first.setFocus()

    @property
    def action(self) -> str:
        return self._action.value

    def _intro(self, case: CaseDetail) -> str:
        status = labels.status_label(case.status)
        target = self._transition.target
        if target is None:
            line = fill(self.tr("Case %1 (%2): the status stays as it is."), case.case_no, status)
        else:
            line = fill(self.tr("Case %1: %2 → %3."), case.case_no, status, labels.status_label(target.value))
        if self._action in (Action.APPROVE_EXTENSION, Action.RETURN_EXTENSION):
            pending = next((x for x in case.extensions if x.status == "requested"), None)
            if pending is not None:
                line += "\n" + fill(self.tr("Extension requested by %1 on %2: %3 days — %4"),
                                    pending.requested_by or "—", pending.requested_on.isoformat(),
                                    str(pending.days), pending.reason)
        return line

    def build_call(self):
        ui = self.ui
        required = set(self._transition.requires)
        values = {
            "on": ui.on_date_edit.value(),
            "department": ui.department_line_edit.text().strip() or None,
            "days": ui.days_spin_box.value(),
            "outcome": ui.outcome_combo.currentData(),
            "satisfaction": ui.satisfaction_combo.currentData(),
            "reason": ui.reason_plain_text_edit.toPlainText().strip() or None,
            "note": ui.note_plain_text_edit.toPlainText().strip() or None,
        }
        inp = ActionInput(**{name: value for name, value in values.items() if name in required},
                          late_ok=self._late_ok)
        return partial(self._actions.act, self._case.id, self._action.value, inp, self._case.version)

    def handle_failure(self, exc: BaseException) -> bool:
        """A late review request: ask whether to record it anyway; if so, save again with ``late_ok``."""
        if not (isinstance(exc, ServiceError) and exc.code == _LATE_REVIEW and not self._late_ok):
            return False
        if not dialogs.ask_record_late_review(self, error_text(exc)):
            return False  # shown next to the date, as any refusal
        self._late_ok = True
        self.save()
        return True

    def case_reloaded(self, case: CaseDetail) -> None:
        """After a conflict: act on the case as it is now, once the officer has looked at it."""
        self._case = case
        self.ui.intro_label.setText(self._intro(case))
        state = next((a for a in case.actions if a.action == self._action.value), None)
        if state is not None and not state.enabled:
            self.ui.save_button.setEnabled(False)
            self.show_notice(fill(self.tr("The case was reloaded and this step is no longer possible: %1"),
                                  ui_text(state.reason)))
        else:
            self.show_notice(self.tr("The case was reloaded. Your entries are kept: check the case, then save "
                                     "again."))
