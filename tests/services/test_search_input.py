"""A search text the case list cannot search for is refused in words: 100,000 characters once raised
"LIKE or GLOB pattern too complex" from the database; a NUL broke the query."""

from __future__ import annotations

from datetime import timedelta

import pytest

from complaintdesk.services.case_query import MAX_SEARCH_CHARS, CaseQuery, search_problem
from complaintdesk.services.desk_types import EnterpriseInput, RegistrationInput, RespondentInput
from complaintdesk.services.errors import ServiceError
from tests.dates import TODAY


@pytest.fixture
def one_case(office):
    office.registration.register(RegistrationInput(
        channel="phone", procedure="direct", category="arrears", summary="拖欠货款", received_on=TODAY - timedelta(days=2),
        complainant=EnterpriseInput(name="乌兰恒达建材有限公司"), respondent=RespondentInput(name="县教育局",
                                                                                          kind="state_organ")))
    return office


@pytest.mark.parametrize("text, code", [
    ("恒达" * 50_000, "cases.search_too_long"),
    ("%_" * 60_000, "cases.search_too_long"),
    ("恒达\x00建材", "cases.search_control_characters"),
    ("\x00", "cases.search_control_characters"),
])
def test_unsearchable_text_is_refused_in_words_by_count_and_page(one_case, text, code):
    for ask in (one_case.cases.count, one_case.cases.page):
        with pytest.raises(ServiceError) as err:
            ask(CaseQuery(text=text))
        assert err.value.code == code and err.value.field == "text"
    assert search_problem(text).code == code


def test_the_longest_search_text_still_searches(one_case):
    assert one_case.cases.count(CaseQuery(text="恒达")) == 1
    assert one_case.cases.count(CaseQuery(text="恒" * MAX_SEARCH_CHARS)) == 0
    # white space is folded before it is counted: a name pasted with its line breaks is fine
    assert one_case.cases.count(CaseQuery(text="  乌兰恒达 \n" + " " * 500)) == 1
    assert search_problem("x" * MAX_SEARCH_CHARS) is None
    assert "200" in search_problem("x" * (MAX_SEARCH_CHARS + 1)).en


def test_party_look_ups_answer_nothing_for_unsearchable_text(one_case):
    assert one_case.lookup.search_enterprises("恒达" * 50_000) == []
    assert one_case.lookup.search_respondents("县\x00") == []
    assert [e.name for e in one_case.lookup.search_enterprises("恒\u200b达")] == ["乌兰恒达建材有限公司"]
