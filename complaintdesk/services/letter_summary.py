"""The complaint as the office's letters quote it: a third-person summary the officer confirms.

A case's ``summary`` keeps the complainant's own words; letters must not speak as the firm ("我公司…").
Until the officer confirms a wording (``confirm``), letters print ``suggestion`` (domain.wording) and the
draft says so; the confirmed wording is part of the case's record: it is stored on the case and the
change (old → new, who, when) recorded in its history. Only someone who may change the case confirms it.
"""

from __future__ import annotations

from dataclasses import dataclass

from complaintdesk.domain.wording import first_person_words, third_person
from complaintdesk.messages import documents as msg
from complaintdesk.services import history
from complaintdesk.services.case_context import Workplace, case_detail, lock_case
from complaintdesk.services.desk_types import CaseDetail
from complaintdesk.services.validation import Collector

MAX_LENGTH = 5000  # as the case's own summary


@dataclass(frozen=True)
class SummaryState:
    """What the letter dialog shows: the wording letters print now and whether the officer confirmed it."""

    text: str
    confirmed: bool
    original: str  # the complainant's words (the case's summary)


def state_of(detail: CaseDetail) -> SummaryState:
    if detail.letter_summary is not None:
        return SummaryState(detail.letter_summary, True, detail.summary)
    return SummaryState(third_person(detail.summary), False, detail.summary)


def suggestion(detail: CaseDetail) -> str:
    """The complainant's words in the third person: what letters print until a wording is confirmed."""
    return third_person(detail.summary)


def check_summary(text: str | None) -> str:
    """The wording as it will be stored, or ValidationError on ``letter_summary``: required, at most 5,000
    characters, no control characters, and no first-person words outside quotation marks."""
    c = Collector()
    cleaned = c.text("letter_summary", text, msg.NAME_LETTER_SUMMARY, required=True, max_len=MAX_LENGTH)
    if cleaned is not None:
        words = first_person_words(cleaned)
        if words:
            c.add("letter_summary", msg.SUMMARY_FIRST_PERSON, words="、".join(f"“{w}”" for w in words))
    c.raise_if_any()
    return cleaned or ""


def confirm(work: Workplace, case_id: int, text: str | None, *, expected_version: int | None = None) -> CaseDetail:
    """Store ``text`` as the case's letter summary and record it; the case as it now stands."""
    cleaned = check_summary(text)
    with work.write() as session:
        ctx = work.context(session)
        case = lock_case(ctx, case_id, expected_version)
        old = case.letter_summary
        if old != cleaned:
            case.letter_summary = cleaned
            history.record(session, ctx.actor, entity="case", entity_id=case.id, case_id=case.id,
                           action="confirm_letter_summary", summary=msg.SUMMARY_CONFIRMED().zh,
                           changes={"letter_summary": (old, cleaned)})
        return case_detail(ctx, case_id)
