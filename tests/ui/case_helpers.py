"""Helpers for the case-desk UI tests: finding demo cases, opening case views, waiting for workers."""

from __future__ import annotations

from datetime import timedelta

from complaintdesk.services.case_query import CaseQuery
from complaintdesk.services.desk_types import EnterpriseInput, RegistrationInput, RespondentInput
from complaintdesk.ui import tasks
from tests.dates import TODAY
from tests.ui.helpers import LOAD_TIMEOUT_MS

# GB 32100 test codes (DOMAIN.md §6) and codes with a valid check character built on them.
VALID_ENTERPRISE_USCC = "91110000600037341L"
WRONG_CHECK_USCC = "91110000600037341X"
STATE_ORGAN_USCC = "11152500011602871P"


def wait_idle(qtbot) -> None:
    """Until every background task has delivered its result on the GUI thread."""
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=LOAD_TIMEOUT_MS)


def open_case_view(qtbot, office, case_id: int):
    from complaintdesk.ui.case_view import CaseView

    view = CaseView(office, case_id)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    qtbot.waitUntil(lambda: view.detail is not None and not view.loading, timeout=LOAD_TIMEOUT_MS)
    return view


def arrears_case_with_claims(office, *, min_claims: int = 2):
    """An open arrears case with several claims and at least one payment (the demo has plenty)."""
    for row in office.cases.page(CaseQuery(open_only=True, category="arrears"), 0, 300):
        detail = office.lookup.detail(row.id)
        if len(detail.claims) >= min_claims and any(c.payments for c in detail.claims) and detail.respondent:
            return detail
    raise AssertionError("the demo database has no arrears case with claims and payments")


def register_case(office, *, days_ago: int = 20, name: str = "测试工作流有限公司", category: str = "arrears"):
    """A fresh registered case (received ``days_ago`` days ago) against a new state organ."""
    return office.registration.register(RegistrationInput(
        channel="visit", procedure="direct", category=category, summary="拖欠货款，多次催要未付。",
        received_on=TODAY - timedelta(days=days_ago),
        complainant=EnterpriseInput(name=name, industry="industry", employees=30, revenue_wan=None),
        respondent=RespondentInput(name=f"{name}的债务机关", kind="state_organ"),
        handler_id=office.actor.user_id,
    ))
