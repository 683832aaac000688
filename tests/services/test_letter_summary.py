"""The complaint as letters quote it: a third-person wording the officer confirms (services.letter_summary).

Until it is confirmed, the reply and the transfer letter print the complainant's words rewritten in the
third person and the draft says so; a confirmed wording is stored on the case, recorded in its history
and printed; a wording that still speaks as the firm is refused next to the field; only someone who may
change the case confirms it."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from complaintdesk.messages import documents as msg
from complaintdesk.services.auth import PermissionDenied
from complaintdesk.services.validation import ValidationError
from complaintdesk.store.models import Event
from tests.services import test_documents as documents_tests
from tests.services.test_documents import PASSWORD, arrears_case

# The letters tests' fixtures: the CJK font check (autouse) and the office with its identity and staff.
_fonts = documents_tests._fonts
desk = documents_tests.desk


def flat_text(pdf: bytes) -> str:
    return "".join("".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def codes(rendered) -> set[str]:
    return {w.code for w in rendered.warnings}


@pytest.mark.parametrize("kind", ["reply", "transfer"])
def test_an_unconfirmed_summary_prints_in_the_third_person_and_the_draft_says_so(desk, kind):
    case = arrears_case(desk, summary="县教育局拖欠我公司货款，请贵局督促。")
    draft = desk.documents.draft(case.id, kind)
    text = flat_text(draft.pdf)
    assert "县教育局拖欠投诉人货款，请本机关督促。" in text
    assert "我公司" not in text and "贵局" not in text
    assert msg.SUMMARY_NOT_CONFIRMED.code in codes(draft)


def test_letters_that_do_not_quote_the_complaint_do_not_ask_for_it(desk):
    case = arrears_case(desk, summary="县教育局拖欠我公司货款。")
    assert msg.SUMMARY_NOT_CONFIRMED.code not in codes(desk.documents.draft(case.id, "acceptance"))


def test_a_confirmed_summary_is_printed_stored_and_recorded(desk):
    case = arrears_case(desk, summary="县教育局拖欠我公司货款。")
    wording = "投诉人反映，某某县教育局拖欠其建材货款，经多次催要至今未付。"
    detail = desk.documents.confirm_summary(case.id, f"  {wording}\n", expected_version=case.version)
    assert detail.letter_summary == wording
    assert detail.summary == "县教育局拖欠我公司货款。"  # the complainant's own words are kept as logged
    draft = desk.documents.draft(case.id, "reply")
    assert wording in flat_text(draft.pdf)
    assert msg.SUMMARY_NOT_CONFIRMED.code not in codes(draft)
    with desk.db.read() as s:
        event = s.execute(select(Event).where(Event.case_id == case.id, Event.action == "confirm_letter_summary")
                          ).scalar_one()
    assert event.actor_name == "王晓红"
    assert wording in event.changes
    # Confirming the same wording again records nothing new.
    desk.documents.confirm_summary(case.id, wording)
    with desk.db.read() as s:
        assert len(s.execute(select(Event).where(Event.action == "confirm_letter_summary")).all()) == 1


@pytest.mark.parametrize(("wording", "problem"), [
    ("我公司被拖欠货款。", "“我公司”"),
    ("投诉人请求贵局督促对方付款。", "“贵局”"),
    ("   ", None),
    ("投诉人反映" + "拖欠" * 2600, None),
])
def test_a_wording_that_speaks_as_the_firm_or_is_empty_or_too_long_is_refused_and_nothing_changes(
        desk, wording, problem):
    case = arrears_case(desk, summary="县教育局拖欠我公司货款。")
    with pytest.raises(ValidationError) as caught:
        desk.documents.confirm_summary(case.id, wording)
    assert [p.field for p in caught.value.problems] == ["letter_summary"]
    if problem:
        assert problem in caught.value.problems[0].text.zh
    assert desk.lookup.detail(case.id).letter_summary is None


def test_quoting_the_firm_in_quotation_marks_is_allowed(desk):
    case = arrears_case(desk, summary="县教育局拖欠我公司货款。")
    wording = "投诉人反映，对方以“我局经费未到位”为由拖欠货款。"
    assert desk.documents.confirm_summary(case.id, wording).letter_summary == wording


def test_only_someone_who_may_change_the_case_confirms_it(desk):
    case = arrears_case(desk, summary="县教育局拖欠我公司货款。")
    desk.sign_in("lisi", PASSWORD)  # another officer: not their case
    with pytest.raises(PermissionDenied):
        desk.documents.confirm_summary(case.id, "投诉人反映，县教育局拖欠其货款。")
    desk.sign_in("audit", PASSWORD)
    with pytest.raises(PermissionDenied):
        desk.documents.confirm_summary(case.id, "投诉人反映，县教育局拖欠其货款。")
    assert desk.lookup.detail(case.id).letter_summary is None
