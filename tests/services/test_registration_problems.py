"""``RegistrationService.problems``: what registering would refuse, reported without registering anything."""

from __future__ import annotations

from datetime import timedelta

from complaintdesk.services.case_query import CaseQuery
from complaintdesk.services.desk_types import EnterpriseInput, RegistrationInput, RespondentInput
from tests.dates import TODAY


def test_problems_lists_every_refusal_and_registers_nothing(demo_office):
    before = demo_office.cases.count(CaseQuery())
    inp = RegistrationInput(channel="", procedure="direct", category="arrears", summary="",
                            received_on=TODAY + timedelta(days=1),
                            complainant=EnterpriseInput(name="测试有限公司"), respondent=None)

    problems = demo_office.registration.problems(inp)

    assert {p.field for p in problems} >= {"channel", "summary", "received_on"}
    assert demo_office.cases.count(CaseQuery()) == before


def test_problems_is_empty_for_a_registration_that_would_go_through(demo_office):
    inp = RegistrationInput(channel="visit", procedure="direct", category="arrears", summary="拖欠货款。",
                            received_on=TODAY, complainant=EnterpriseInput(name="测试有限公司"),
                            respondent=RespondentInput(name="县测试局", kind="state_organ"),
                            handler_id=demo_office.actor.user_id)

    assert demo_office.registration.problems(inp) == []
