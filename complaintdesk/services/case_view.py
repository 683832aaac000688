"""Builds the full view of one case (parties, clocks, claims with terms and interest, history, actions)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from complaintdesk.domain import workflow
from complaintdesk.domain.arrears import DebtorKind, OutsideRegulation, overdue_interest, payment_due_date
from complaintdesk.domain.calendar import WorkCalendar
from complaintdesk.domain.money import format_yuan
from complaintdesk.domain.sme import classify_explained
from complaintdesk.domain.vocabulary import CaseStatus, Role
from complaintdesk.messages.case_view import NEXT_DEADLINE_PROVISIONAL
from complaintdesk.services.actor import Actor
from complaintdesk.services.auth import case_access_refusal
from complaintdesk.services.cases import workdays_left
from complaintdesk.services.desk_types import (
    ActionState,
    AttachmentView,
    CaseDetail,
    ClaimTotals,
    ClaimView,
    DeadlineView,
    EnterpriseView,
    EventView,
    ExtensionView,
    FollowUpView,
    InstalmentView,
    PaymentView,
    RespondentView,
)
from complaintdesk.services.reference import RuleBook
from complaintdesk.store.models import (
    ArrearsClaim,
    Attachment,
    Case,
    CaseDeadline,
    ClockStop,
    Enterprise,
    Event,
    ExtensionRequest,
    FollowUp,
    Instalment,
    Payment,
    Respondent,
    User,
)

LPR_FIRST_DAY = date(2019, 8, 20)


def enterprise_view(e: Enterprise) -> EnterpriseView:
    basis: tuple[str, ...] = ()
    if e.size_basis:
        basis = tuple(json.loads(e.size_basis))
    return EnterpriseView(e.id, e.name, e.uscc, e.industry, e.employees, e.revenue_wan, e.assets_wan,
                          e.size_class, basis, e.township, e.address, e.contact_person, e.phone)


def size_of(industry: str | None, employees, revenue_wan, assets_wan) -> tuple[str | None, tuple[str, ...]]:
    """The SME size class and its basis, or (None, reason) when the figures do not suffice."""
    if not industry:
        return None, ()
    try:
        result = classify_explained(industry, employees=employees, revenue_wan=revenue_wan, assets_wan=assets_wan)
    except (ValueError, TypeError) as exc:
        return None, (f"无法判定企业规模：{exc}",)
    return result.size.value, tuple(result.basis_lines)


def respondent_view(r: Respondent) -> RespondentView:
    return RespondentView(r.id, r.name, r.uscc, r.kind, r.address, r.contact_person, r.phone)


def claim_view(claim: ArrearsClaim, payments: list[Payment], instalments: list[Instalment], kind: str | None,
               rules: RuleBook, as_of: date) -> ClaimView:
    """A claim with its statutory payment term and the overdue interest up to ``as_of``."""
    due_on, basis, explanation, warnings = _payment_term(claim, kind, rules)
    paid = sum((p.amount for p in payments), Decimal("0.00"))
    outstanding = claim.amount_claimed - paid
    interest, interest_lines, days_overdue = Decimal("0.00"), (), 0
    if due_on is not None and as_of > due_on:
        last_day = claim.cleared_on or as_of
        days_overdue = max(0, (last_day - due_on).days) if outstanding > 0 or claim.cleared_on else 0
        interest, interest_lines = _overdue_interest(claim, payments, due_on, rules, as_of)
    return ClaimView(
        id=claim.id, version=claim.version, contract_no=claim.contract_no,
        contract_signed_on=claim.contract_signed_on, subject=claim.subject, description=claim.description,
        amount_claimed=claim.amount_claimed, delivered_on=claim.delivered_on,
        acceptance_passed_on=claim.acceptance_passed_on, acceptance_period_ends_on=claim.acceptance_period_ends_on,
        settlement_confirmed_on=claim.settlement_confirmed_on, agreed_term_days=claim.agreed_term_days,
        agreed_annual_rate=claim.agreed_annual_rate, size_at_signing=claim.size_at_signing, due_on=due_on,
        term_basis=basis, term_explanation=tuple(explanation), term_warnings=tuple(warnings),
        days_overdue=days_overdue, interest=interest, interest_explanation=interest_lines,
        amount_confirmed=claim.amount_confirmed, amount_disputed=claim.amount_disputed, amount_paid=paid,
        outstanding=outstanding, cleared_on=claim.cleared_on,
        payments=tuple(PaymentView(p.id, p.paid_on, p.amount, p.voucher) for p in payments),
        instalments=tuple(InstalmentView(i.id, i.due_on, i.amount) for i in instalments),
    )


def _payment_term(claim: ArrearsClaim, kind: str | None, rules: RuleBook
                  ) -> tuple[date | None, str, Sequence[str], Sequence[str]]:
    """The claim's due date (the statutory term when it can be computed, else the recorded one), the
    term's basis, explanation and warnings."""
    if not claim.delivered_on or not claim.contract_signed_on:
        return claim.due_on, "", (), ("缺少合同签订日期或交付日期，无法计算法定付款期限",)
    if not kind:
        return claim.due_on, "", (), ()
    try:
        term = payment_due_date(
            DebtorKind(kind), contract_signed_on=claim.contract_signed_on, delivered_on=claim.delivered_on,
            agreed_term_days=claim.agreed_term_days, acceptance_passed_on=claim.acceptance_passed_on,
            acceptance_period_ends_on=claim.acceptance_period_ends_on,
            settlement_confirmed_on=claim.settlement_confirmed_on, calendar=rules.calendar)
    except OutsideRegulation as exc:
        return claim.due_on, "", (), (str(exc),)
    return term.due_on, term.basis, term.explanation, term.warnings


def _overdue_interest(claim: ArrearsClaim, payments: list[Payment], due_on: date, rules: RuleBook, as_of: date
                      ) -> tuple[Decimal, tuple[str, ...]]:
    """The overdue interest from ``due_on`` to ``as_of`` and how it was computed."""
    principal = claim.amount_confirmed if claim.amount_confirmed is not None else claim.amount_claimed
    lpr = None
    if claim.agreed_annual_rate is not None and claim.contract_signed_on and claim.contract_signed_on >= LPR_FIRST_DAY:
        lpr = rules.lpr.rate_on(claim.contract_signed_on)
    try:
        result = overdue_interest(principal, due_on, as_of, payments=_capped_payments(payments, principal),
                                  agreed_annual_rate=claim.agreed_annual_rate, lpr_at_signing=lpr)
        lines = (result.rate_basis, *(
            f"{p.start:%Y-%m-%d}—{p.end:%Y-%m-%d}：{p.days} 日 × 本金 {format_yuan(p.principal)} 元"
            f" = {format_yuan(p.amount_rounded)} 元" for p in result.periods),
            f"合计逾期利息：{format_yuan(result.total)} 元（计至{as_of:%Y-%m-%d}）", *result.warnings)
    except ValueError as exc:
        return Decimal("0.00"), (f"无法计算逾期利息：{exc}",)
    return result.total, lines


def _capped_payments(payments: list[Payment], principal: Decimal) -> list[tuple[date, Decimal]]:
    """The payments in date order; payments beyond the principal do not reduce interest below zero."""
    capped, left = [], principal
    for p in sorted(payments, key=lambda p: p.paid_on):
        take = min(p.amount, left)
        if take > 0:
            capped.append((p.paid_on, take))
            left -= take
    return capped


def totals(claims: tuple[ClaimView, ...]) -> ClaimTotals:
    zero = Decimal("0.00")
    return ClaimTotals(
        claimed=sum((c.amount_claimed for c in claims), zero),
        confirmed=sum((c.amount_confirmed or zero for c in claims), zero),
        disputed=sum((c.amount_disputed or zero for c in claims), zero),
        paid=sum((c.amount_paid for c in claims), zero),
        outstanding=sum((c.outstanding for c in claims), zero),
        interest=sum((c.interest for c in claims), zero),
    )


def case_state(session: Session, case: Case, rules: RuleBook) -> workflow.CaseState:
    proc = rules.procedures.get(case.procedure)
    pending = session.execute(select(ExtensionRequest.id).where(
        ExtensionRequest.case_id == case.id, ExtensionRequest.status == "requested")).first() is not None
    return workflow.CaseState(CaseStatus(case.status), clock_stopped=case.clock_stopped,
                              has_review=bool(proc and proc.has_review), pending_extension=pending)


def load_detail(session: Session, case_id: int, actor: Actor, rules: RuleBook, as_of: date) -> CaseDetail | None:
    handler = aliased(User)
    row = session.execute(
        select(Case, Enterprise, Respondent, handler.display_name)
        .join(Enterprise, Enterprise.id == Case.complainant_id)
        .outerjoin(Respondent, Respondent.id == Case.respondent_id)
        .outerjoin(handler, handler.id == Case.handler_id)
        .where(Case.id == case_id)).first()
    if row is None:
        return None
    case, ent, resp, handler_name = row
    open_case = CaseStatus(case.status).is_open
    # One statement per kind of record, whatever the case holds (tests/perf counts them).
    deadlines = _deadline_views(session, case_id, rules.calendar, open_case, as_of)
    claims = _claim_views(session, case_id, resp.kind if resp else None, rules, as_of)
    attachments = _attachment_views(session, case_id)
    events, extensions, follow_ups = _history_views(session, case_id)
    actions = _action_states(session, case, actor, rules)
    proc = rules.procedures.get(case.procedure)
    warnings = []
    if case.next_due_provisional and open_case:
        warnings.append(NEXT_DEADLINE_PROVISIONAL())
    return CaseDetail(
        id=case.id, version=case.version, case_no=case.case_no, status=case.status, outcome=case.outcome,
        received_on=case.received_on, channel=case.channel, procedure=case.procedure,
        procedure_name=proc.name_zh if proc else case.procedure, category=case.category, summary=case.summary,
        demands=case.demands, handler_id=case.handler_id, handler_name=handler_name, source_ref=case.source_ref,
        accepted_on=case.accepted_on, refusal_reason=case.refusal_reason, transferred_to=case.transferred_to,
        transferred_on=case.transferred_on, replied_on=case.replied_on, closed_on=case.closed_on,
        review_requested_on=case.review_requested_on, credit_referral_on=case.credit_referral_on,
        clock_stopped=case.clock_stopped, next_due_on=case.next_due_on if open_case else None,
        next_step=case.next_step if open_case else None,
        next_due_provisional=case.next_due_provisional and open_case, updated_at=case.updated_at,
        complainant=enterprise_view(ent), respondent=respondent_view(resp) if resp else None,
        deadlines=deadlines, claims=claims, totals=totals(claims), events=events, attachments=attachments,
        extensions=extensions, follow_ups=follow_ups, actions=actions, as_of=as_of, warnings=tuple(warnings),
    )


def _deadline_views(session: Session, case_id: int, calendar: WorkCalendar, open_case: bool, as_of: date
                    ) -> tuple[DeadlineView, ...]:
    stops = session.execute(select(ClockStop).where(ClockStop.case_id == case_id)).scalars().all()
    stopped_steps = {s.step for s in stops if s.restarted_on is None}
    return tuple(
        DeadlineView(
            step=d.step, step_name=d.step_name, trigger_on=d.trigger_on, due_on=d.due_on, provisional=d.provisional,
            stopped=d.step in stopped_steps and d.met_on is None, met_on=d.met_on, unit=d.unit, length=d.length,
            extension_days=d.extension_days, extension_cap=d.extension_cap, basis=d.basis,
            explanation=tuple(json.loads(d.explanation or "[]")),
            overdue=open_case and d.met_on is None and d.due_on is not None and d.due_on < as_of,
            workdays_left=workdays_left(calendar, as_of, d.due_on) if open_case and d.met_on is None else None,
        )
        for d in session.execute(select(CaseDeadline).where(CaseDeadline.case_id == case_id)
                                 .order_by(CaseDeadline.id)).scalars()
    )


def _claim_views(session: Session, case_id: int, kind: str | None, rules: RuleBook, as_of: date
                 ) -> tuple[ClaimView, ...]:
    """The case's claims with their payments and instalments: three statements however many claims."""
    claim_rows = session.execute(select(ArrearsClaim).where(ArrearsClaim.case_id == case_id)
                                 .order_by(ArrearsClaim.id)).scalars().all()
    claim_ids = [c.id for c in claim_rows]
    payments: dict[int, list[Payment]] = {i: [] for i in claim_ids}
    instalments: dict[int, list[Instalment]] = {i: [] for i in claim_ids}
    if claim_ids:
        for p in session.execute(select(Payment).where(Payment.claim_id.in_(claim_ids))
                                 .order_by(Payment.paid_on, Payment.id)).scalars():
            payments[p.claim_id].append(p)
        for i in session.execute(select(Instalment).where(Instalment.claim_id.in_(claim_ids))
                                 .order_by(Instalment.due_on, Instalment.id)).scalars():
            instalments[i.claim_id].append(i)
    return tuple(claim_view(c, payments[c.id], instalments[c.id], kind, rules, as_of) for c in claim_rows)


def _attachment_views(session: Session, case_id: int) -> tuple[AttachmentView, ...]:
    adder = aliased(User)
    return tuple(
        AttachmentView(a.id, a.kind, a.original_name, a.media_type, a.size_bytes, a.sha256, a.description,
                       a.added_at, name, a.claim_id)
        for a, name in session.execute(
            select(Attachment, adder.display_name).outerjoin(adder, adder.id == Attachment.added_by_id)
            .where(Attachment.case_id == case_id, Attachment.removed_at.is_(None)).order_by(Attachment.id))
    )


def _history_views(session: Session, case_id: int
                   ) -> tuple[tuple[EventView, ...], tuple[ExtensionView, ...], tuple[FollowUpView, ...]]:
    """The case's history, extension requests and follow-up calls, with users' names."""
    names = dict(session.execute(select(User.id, User.display_name)).all())
    events = tuple(
        EventView(e.id, e.occurred_at, e.actor_name, e.entity, e.action, e.summary,
                  _readable_changes(json.loads(e.changes or "{}"), names))
        for e in session.execute(select(Event).where(Event.case_id == case_id).order_by(Event.id)).scalars()
    )
    extensions = tuple(
        ExtensionView(x.id, x.step, x.days, x.reason, x.requested_on, names.get(x.requested_by_id), x.status,
                      x.decided_on, names.get(x.decided_by_id), x.decision_comment)
        for x in session.execute(select(ExtensionRequest).where(ExtensionRequest.case_id == case_id)
                                 .order_by(ExtensionRequest.id)).scalars()
    )
    follow_ups = tuple(
        FollowUpView(f.id, f.called_on, f.satisfaction, f.note, names.get(f.by_id))
        for f in session.execute(select(FollowUp).where(FollowUp.case_id == case_id).order_by(FollowUp.id)).scalars()
    )
    return events, extensions, follow_ups


def _action_states(session: Session, case: Case, actor: Actor, rules: RuleBook) -> tuple[ActionState, ...]:
    """Every action the workflow offers in the case's state, enabled or with the reason it is not."""
    state = case_state(session, case, rules)
    try:
        role = Role(actor.role)
    except ValueError:
        role = Role.AUDITOR
    access = case_access_refusal(actor, case.handler_id)
    return tuple(ActionState(a.value, a.label_zh, reason is None and access is None, reason or access)
                 for a, reason in workflow.available(state, role).items())


# Changes that name a user by id; the timeline shows who (the stored record keeps the id).
_USER_FIELDS = frozenset({"handler_id"})


def _readable_changes(changes: dict, names: dict[int, str]) -> dict:
    def name(value):
        return names.get(value, value) if isinstance(value, int) and not isinstance(value, bool) else value

    return {field: [name(v) for v in pair] if field in _USER_FIELDS and isinstance(pair, list) else pair
            for field, pair in changes.items()}

