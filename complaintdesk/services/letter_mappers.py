"""Letter data from the record: one mapper per letter kind, built from small section mappers they share.

Every kind prints from the same facts of the case, because an office may put any placeholder in any
kind's template (an acceptance notice that cites the refusal reason is the office's choice, not an
error): so every mapper fills every field of ``LetterData``. What differs by kind is stated in
``LETTER_MAPPERS``: a supervision letter, addressed to the debtor, lists only the claims still owed;
an extension notice prints the due date before the last approved extension and the extended one.
Pure functions of the case view (``CaseDetail``, computed as of the letter's date) and the settings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from complaintdesk.documents import ClaimLine, LetterData
from complaintdesk.domain.arrears import DebtorKind
from complaintdesk.domain.calendar import WorkCalendar
from complaintdesk.domain.sme import SizeClass
from complaintdesk.domain.vocabulary import Category, Channel, ClaimSubject, Outcome, SizeSource
from complaintdesk.domain.wording import third_person
from complaintdesk.domain.workflow import Action
from complaintdesk.messages import Text
from complaintdesk.messages.documents import PROVISIONAL_CLAIM_DUE_DATE, PROVISIONAL_DUE_DATE
from complaintdesk.services.desk_types import CaseDetail, ClaimView, DeadlineView, ExtensionView
from complaintdesk.services.document_facts import (
    label_of,
    office_info,
    setting_text,
    short_citation,
    size_basis_of,
)

RESPOND_WITHIN_KEY = "documents.respond_within_workdays"
ACCEPTING_DEPARTMENT_KEY = "documents.accepting_department"
PREPRINTED_LETTERHEAD_KEY = "documents.preprinted_letterhead"  # the office prints letters on 红头纸
DEFAULT_RESPOND_WITHIN = 10  # working days the addressee of a transfer, supervision or reminder gets
RESPOND_WITHIN_RANGE = range(1, 61)


@dataclass(frozen=True)
class LetterSource:
    """What a mapper reads: the case as of the letter's date, the office's settings, and what the
    service looked up besides (the handler's phone, the due date before the last extension)."""

    detail: CaseDetail
    settings: Mapping[str, Any]
    issued_on: date
    calendar: WorkCalendar
    handler_phone: str = ""
    original_due: date | None = None


LetterMapper = Callable[[LetterSource], LetterData]


# --- what the case says (shared by every kind) -------------------------------------------------


def reply_deadline(detail: CaseDetail) -> DeadlineView | None:
    """The deadline a letter cites: the reply step's (its latest round), else the next one, else the last one."""
    return next((d for d in reversed(detail.deadlines) if d.step == "reply"), None) or detail.next_deadline or (
        detail.deadlines[-1] if detail.deadlines else None)


def last_extension(detail: CaseDetail) -> ExtensionView | None:
    approved = [x for x in detail.extensions if x.status == "approved"]
    return approved[-1] if approved else None


def reply_text(detail: CaseDetail) -> str:
    """The note of the last written reply (``reply`` action: 书面答复：<note>)."""
    for event in reversed(detail.events):
        if event.action == Action.REPLY.value:
            _head, colon, note = event.summary.partition("：")
            return note.strip() if colon else ""
    return ""


def respond_within(settings: Mapping[str, Any]) -> int:
    """Working days the addressee gets to answer (``documents.respond_within_workdays``, 1–60)."""
    within = settings.get(RESPOND_WITHIN_KEY, DEFAULT_RESPOND_WITHIN)
    return within if isinstance(within, int) and within in RESPOND_WITHIN_RANGE else DEFAULT_RESPOND_WITHIN


def preprinted_letterhead(settings: Mapping[str, Any]) -> bool:
    """``documents.preprinted_letterhead``: true when the office prints its letters on paper with the
    letterhead already on it (红头纸); default false (the letter prints its own red letterhead)."""
    value = settings.get(PREPRINTED_LETTERHEAD_KEY, False)
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "是")
    return value is True or value == 1


def _case_fields(detail: CaseDetail) -> dict[str, Any]:
    return {"case_no": detail.case_no, "received_on": detail.received_on, "channel": label_of(Channel, detail.channel),
            "procedure": detail.procedure_name, "category": label_of(Category, detail.category),
            "summary": letter_summary(detail), "demands": third_person(detail.demands or "")}


def letter_summary(detail: CaseDetail) -> str:
    """The complaint as letters quote it: the wording the officer confirmed, else the complainant's words
    rewritten in the third person (domain.wording: 我公司 → 投诉人), which the draft asks them to confirm."""
    return detail.letter_summary if detail.letter_summary is not None else third_person(detail.summary)


def _party_fields(source: LetterSource) -> dict[str, Any]:
    detail = source.detail
    ent, resp = detail.complainant, detail.respondent
    return {
        "complainant_name": ent.name, "complainant_uscc": ent.uscc or "", "complainant_address": ent.address or "",
        "complainant_contact": " ".join(part for part in (ent.contact_person, ent.phone) if part),
        "respondent_name": resp.name if resp else "",
        "respondent_kind": label_of(DebtorKind, resp.kind) if resp else "",
        "respondent_uscc": (resp.uscc or "") if resp else "",
        "handler_name": detail.handler_name or "",
        "handler_phone": source.handler_phone or setting_text(source.settings, "office.phone"),
    }


def _step_fields(source: LetterSource) -> dict[str, Any]:
    """Acceptance, the deadline's legal basis, the answer date asked for, transfer, refusal, extension, reply."""
    detail, settings = source.detail, source.settings
    deadline = reply_deadline(detail)
    extension = last_extension(detail)
    transferred_in = detail.channel == Channel.TRANSFERRED_IN.value
    return {
        "accepted_on": detail.accepted_on,
        "due_basis": short_citation(deadline.basis) if deadline else "",
        "respond_by": source.calendar.add_workdays(source.issued_on, respond_within(settings)),
        "accepting_department": str(settings.get(ACCEPTING_DEPARTMENT_KEY) or "") if transferred_in else "",
        "transferred_to": detail.transferred_to or "", "transferred_on": detail.transferred_on,
        "refusal_reason": detail.refusal_reason or "",
        "extension_days": extension.days if extension else None,
        "extension_reason": (extension.reason or "").rstrip("。.；;，, ") if extension else "",
        "outcome": label_of(Outcome, detail.outcome), "reply_text": reply_text(detail),
    }


def _claim_line(claim: ClaimView) -> ClaimLine:
    return ClaimLine(contract_no=claim.contract_no or "—", subject=label_of(ClaimSubject, claim.subject),
                     amount=claim.amount_claimed, due_on=claim.due_on, days_overdue=claim.days_overdue,
                     interest=claim.interest, paid=claim.amount_paid, outstanding=claim.outstanding,
                     interest_undisputed=claim.interest_undisputed)


def _claim_fields(claims: Sequence[ClaimView], issued_on: date) -> dict[str, Any]:
    return {"claims": tuple(_claim_line(c) for c in claims), "interest_as_of": issued_on if claims else None}


def _size_fields(detail: CaseDetail) -> dict[str, Any]:
    """The size determination as the claims record it, fixed at signing (Payment Regulation art. 3(2)):
    the earliest contract's, figures at signing preferred over complaint-time ones standing in for them
    (the basis then says 以投诉时规模推定 and the date is the one the figures describe). Without a claim
    whose size is known: the complainant's size when the complaint was received."""
    claim = size_claim(detail.claims)
    if claim is None:
        size_class, size_basis = size_basis_of(detail)
        return {"size_class": label_of(SizeClass, size_class),
                "size_as_of": detail.received_on if size_class else None,
                "size_basis": size_basis if size_class else ()}
    basis = claim.size_basis
    sizes = {(c.size_at_signing, c.size_source) for c in detail.claims if c.size_at_signing}
    if len(sizes) > 1:  # the contracts were signed when the complainant had different sizes: say so
        basis += ("各合同签订时的规模：" + "；".join(
            f"合同{c.contract_no or '（无编号）'}，{c.size_note}" for c in detail.claims if c.size_at_signing) + "。",)
    return {"size_class": label_of(SizeClass, claim.size_at_signing), "size_as_of": claim.size_figures_on,
            "size_basis": basis}


def size_claim(claims: Sequence[ClaimView]) -> ClaimView | None:
    """The claim whose size a letter states: of those with a known size, figures at signing before
    inferred ones, then the earliest contract."""
    known = [c for c in claims if c.size_at_signing and c.size_source]
    if not known:
        return None
    return min(known, key=lambda c: (c.size_source != SizeSource.SIGNING, c.contract_signed_on or date.max, c.id))


def _letter(source: LetterSource, claims: Sequence[ClaimView], due_on: date | None,
            extended_due_on: date | None = None) -> LetterData:
    return LetterData(office=office_info(source.settings), issued_on=source.issued_on,
                      **_case_fields(source.detail), **_party_fields(source), **_step_fields(source),
                      due_on=due_on, extended_due_on=extended_due_on,
                      **_claim_fields(claims, source.issued_on), **_size_fields(source.detail),
                      preprinted_letterhead=preprinted_letterhead(source.settings))


def _due_on(detail: CaseDetail) -> date | None:
    deadline = reply_deadline(detail)
    return deadline.due_on if deadline else None


# --- the mappers ------------------------------------------------------------------------------


def case_letter(source: LetterSource) -> LetterData:
    """The facts of the case as they stand: all claims, the current due date."""
    return _letter(source, source.detail.claims, _due_on(source.detail))


def supervision_letter(source: LetterSource) -> LetterData:
    """Addressed to the debtor: its claims table lists only what is still owed (principal or interest)."""
    owed = tuple(c for c in source.detail.claims if c.outstanding > 0 or c.interest > 0)
    return _letter(source, owed, _due_on(source.detail))


def extension_letter(source: LetterSource) -> LetterData:
    """原办理期限 is the due date before the last approved extension; 延长后的届满日 the current one."""
    if last_extension(source.detail) is None:
        return case_letter(source)
    return _letter(source, source.detail.claims, source.original_due, extended_due_on=_due_on(source.detail))


LETTER_MAPPERS: dict[str, LetterMapper] = {
    "acceptance": case_letter,
    "refusal": case_letter,
    "transfer": case_letter,
    "supervision": supervision_letter,
    "reminder": case_letter,
    "extension": extension_letter,
    "reply": case_letter,
    "size_determination": case_letter,
}


def letter_warnings(detail: CaseDetail) -> list[Text]:
    """What the user must check before issuing: a due date computed over a year without a holiday schedule
    (the handling deadline's, or a claim's payment due date)."""
    warnings = []
    deadline = reply_deadline(detail)
    if deadline is not None and deadline.provisional and deadline.due_on is not None:
        warnings.append(PROVISIONAL_DUE_DATE())
    provisional = [c for c in getattr(detail, "claims", ()) if c.due_provisional]
    if provisional:
        contracts = "、".join(f"合同{c.contract_no}" if c.contract_no else "未编号合同" for c in provisional)
        warnings.append(PROVISIONAL_CLAIM_DUE_DATE(contracts=contracts))
    return warnings


def build_letter_data(detail: CaseDetail, kind: str, settings: Mapping[str, Any], *, issued_on: date,
                      calendar: WorkCalendar, handler_phone: str = "", original_due: date | None = None
                      ) -> tuple[LetterData, list[Text]]:
    """The facts a ``kind`` letter prints, from the case (computed as of ``issued_on``) and the
    office's settings; and the warnings the user must see (a provisional deadline …)."""
    source = LetterSource(detail, settings, issued_on, calendar, handler_phone, original_due)
    mapper = LETTER_MAPPERS.get(kind, case_letter)
    return mapper(source), letter_warnings(detail)
