"""A review asked after its window (issue 16): the action dialog offers to record it anyway."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from complaintdesk.services.desk_types import ActionInput, EnterpriseInput, RegistrationInput, RespondentInput
from complaintdesk.ui import dialogs
from complaintdesk.ui.action_dialog import ActionDialog
from complaintdesk.ui.formats import to_qdate
from tests.dates import TODAY
from tests.ui.helpers import LOAD_TIMEOUT_MS


@pytest.fixture
def replied_petition(office):
    """A petition answered in writing on 2026-07-01: a review may be asked until 7/31 (7/01 + 30 days)."""
    case = office.registration.register(RegistrationInput(
        channel="letter", procedure="petition", category="arrears", summary="县教育局拖欠我公司货款",
        received_on=date(2026, 6, 1), complainant=EnterpriseInput(name="乌兰恒达建材有限公司"),
        respondent=RespondentInput(name="县教育局", kind="state_organ")))
    for action, on, extra in (("accept", date(2026, 6, 4), {}), ("start_handling", date(2026, 6, 4), {}),
                              ("reply", date(2026, 7, 1), {"note": "已答复"})):
        case = office.actions.act(case.id, action, ActionInput(on=on, **extra), case.version)
    return case


def _late_request(qtbot, office, case) -> ActionDialog:
    dialog = ActionDialog(office.actions, case, "request_review", today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.on_date_edit.setDate(to_qdate(date(2026, 9, 29)))
    dialog.ui.reason_plain_text_edit.insertPlainText("对答复不服")
    return dialog


@pytest.mark.parametrize("db_location", ["sqlite"], indirect=True)
def test_the_officer_records_a_late_review_anyway(qtbot, office, replied_petition, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs, "ask_record_late_review", lambda parent, message: asked.append(message) or True)
    dialog = _late_request(qtbot, office, replied_petition)

    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS) as saved:
        qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)

    assert len(asked) == 1 and "已逾期" in asked[0] and "2026-07-31" in asked[0]
    case = saved.args[0]
    assert case.status == "in_handling" and "逾期提出" in case.events[-1].summary


@pytest.mark.parametrize("db_location", ["sqlite"], indirect=True)
def test_declining_shows_the_refusal_next_to_the_date_and_records_nothing(qtbot, office, replied_petition,
                                                                         monkeypatch):
    monkeypatch.setattr(dialogs, "ask_record_late_review", lambda parent, message: False)
    dialog = _late_request(qtbot, office, replied_petition)

    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.errors.has_errors(), timeout=LOAD_TIMEOUT_MS)

    assert "已逾期" in dialog.errors.messages()["on"] and dialog.isVisible()
    assert office.lookup.detail(replied_petition.id).status == "replied"
