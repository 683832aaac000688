"""The full view of one case (parties, clocks, claims with terms and interest, history, actions), built from
its records however they were read: by the ORM (``services.case_view``) or by plain SQLite
(``services.quick_letter``, a letter from the command line without SQLAlchemy). One definition, two readers.

A record is any object with the table's columns as attributes, values already in Python types
(``date``, ``Decimal``, ``bool``, aware UTC ``datetime``): an ORM object, or a plain row.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple, Protocol

from complaintdesk.domain import workflow
from complaintdesk.domain.arrears import (
    DebtorKind,
    OutsideRegulation,
    claim_interest,
    claim_interest_totals,
    due_date_key,
    payment_due_date,
    undisputed_part,
)
from complaintdesk.domain.calendar import WorkCalendar, workdays_left
from complaintdesk.domain.deadlines import INTERNAL_TARGET, StepRule, Unit, split_round
from complaintdesk.domain.money import format_yuan
from complaintdesk.domain.names import normalize_name
from complaintdesk.domain.sme import SizeSource, classify_explained, not_sme_warning_zh, size_note_zh
from complaintdesk.domain.vocabulary import CaseStatus, Role
from complaintdesk.messages.case_view import NEXT_DEADLINE_PROVISIONAL
from complaintdesk.services.actor import Actor
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
from complaintdesk.services.permissions import case_access_refusal
from complaintdesk.services.rule_book import RuleBook

Row = Any  # a record: an ORM object or a plain row with the same attributes


class CaseRecords(Protocol):
    """What the view of a case reads: one call per kind of record, whatever the case holds."""

    def case(self, case_id: int) -> tuple[Row, Row, Row | None, str | None] | None:
        """The case, its complainant, its respondent (or None) and its handler's name (or None)."""

    def clock_stops(self, case_id: int) -> Sequence[Row]: ...

    def deadlines(self, case_id: int) -> Sequence[Row]:
        """In the order they were opened (by id)."""

    def claims(self, case_id: int) -> Sequence[Row]:
        """By id."""

    def payments(self, claim_ids: Sequence[int]) -> Sequence[Row]:
        """Of these claims, by date paid, then id."""

    def instalments(self, claim_ids: Sequence[int]) -> Sequence[Row]:
        """Of these claims, by due date, then id."""

    def attachments(self, case_id: int) -> Sequence[tuple[Row, str | None]]:
        """The attachments not removed, by id, each with the name of who added it."""

    def user_names(self) -> dict[int, str]: ...

    def events(self, case_id: int) -> Sequence[Row]:
        """By id."""

    def extension_requests(self, case_id: int) -> Sequence[Row]:
        """By id."""

    def follow_ups(self, case_id: int) -> Sequence[Row]:
        """By id."""

    def extension_pending(self, case_id: int) -> bool:
        """Whether an extension request of the case awaits a decision."""


def rule_of(row: Row) -> StepRule:
    """The rule snapshot a case's clock was opened with (a ``case_deadline`` row; later rule edits do not
    move old cases)."""
    return StepRule(procedure=row.procedure, code=row.step, name_zh=row.step_name, name_en=row.step,
                    trigger="", length=row.length, unit=Unit(row.unit), extension_cap=row.extension_cap,
                    stoppable=row.stoppable, basis=row.basis, trigger_zh=row.trigger_zh)


LPR_FIRST_DAY = date(2019, 8, 20)


def enterprise_view(e: Row) -> EnterpriseView:
    basis: tuple[str, ...] = ()
    if e.size_basis:
        basis = tuple(json.loads(e.size_basis))
    # Names stored before they were normalised may carry invisible controls: shown without them.
    return EnterpriseView(e.id, normalize_name(e.name), e.uscc, e.industry, e.employees, e.revenue_wan, e.assets_wan,
                          e.size_class, basis, e.township, e.address, normalize_name(e.contact_person) or None, e.phone)


def size_of(industry: str | None, employees, revenue_wan, assets_wan) -> tuple[str | None, tuple[str, ...]]:
    """The SME size class and its basis, or (None, reason) when the figures do not suffice."""
    if not industry:
        return None, ()
    try:
        result = classify_explained(industry, employees=employees, revenue_wan=revenue_wan, assets_wan=assets_wan)
    except (ValueError, TypeError) as exc:
        return None, (f"无法判定企业规模：{exc}",)
    return result.size.value, tuple(result.basis_lines)


def respondent_view(r: Row) -> RespondentView:
    return RespondentView(r.id, normalize_name(r.name), r.uscc, r.kind, r.address,
                          normalize_name(r.contact_person) or None, r.phone)


def claim_view(claim: Row, payments: list[Row], instalments: list[Row], kind: str | None,
               rules: RuleBook, as_of: date) -> ClaimView:
    """A claim with its statutory payment term and the overdue interest up to ``as_of``: on the unpaid
    principal as claimed, and on the undisputed part beside it."""
    due_on, basis, explanation, warnings = _payment_term(claim, kind, rules)
    money = _claim_money(claim, payments, due_on, rules, as_of, explain=True)
    paid, outstanding, days_overdue = money.paid, money.outstanding, money.days_overdue
    interest, interest_lines = money.interest, money.interest_lines
    undisputed, interest_undisputed = money.undisputed_principal, money.interest_undisputed
    size = _claim_size(claim)
    if size.warning:
        warnings = (*warnings, size.warning)
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
        size_source=claim.size_source, size_figures_on=claim.size_figures_on, size_employees=claim.size_employees,
        size_revenue_wan=claim.size_revenue_wan, size_assets_wan=claim.size_assets_wan, size_basis=size.basis,
        size_note=size.note, size_warning=size.warning, undisputed_principal=undisputed, interest_undisputed=interest_undisputed,
        due_provisional=money.due_provisional,
    )


class ClaimFigures(NamedTuple):
    """A claim's money as of a day, as the case view shows it: the figures of a ledger row (a named tuple:
    a county's ledger makes 300,000)."""

    due_on: date | None
    due_provisional: bool
    paid: Decimal
    outstanding: Decimal
    days_overdue: int
    interest: Decimal
    undisputed_principal: Decimal | None
    interest_undisputed: Decimal | None
    interest_lines: tuple[str, ...] = ()


def claim_figures(claim: Row, payments: Sequence[Row], kind: str | None, rules: RuleBook, as_of: date,
                  due_dates: dict | None = None) -> ClaimFigures:
    """``claim_view``'s figures without its wording (term explanation, interest breakdown, size): what
    a table of every claim in the office needs, computed by the same code. ``due_dates``, kept by the
    caller across one table, remembers each distinct statutory due date (``arrears.due_date_key``):
    an office's claims share far fewer than there are claims."""
    return _claim_money(claim, payments, _due_on(claim, kind, rules, due_dates), rules, as_of, explain=False)


DUE_DATES_KEPT = 100_000  # distinct due dates remembered for one table (a few MB), then started afresh


def _due_on(claim: Row, kind: str | None, rules: RuleBook, due_dates: dict | None) -> date | None:
    if due_dates is None or not (claim.delivered_on and claim.contract_signed_on and kind):
        return _payment_term(claim, kind, rules)[0]
    key = due_date_key(kind, contract_signed_on=claim.contract_signed_on, delivered_on=claim.delivered_on,
                       agreed_term_days=claim.agreed_term_days, acceptance_passed_on=claim.acceptance_passed_on,
                       acceptance_period_ends_on=claim.acceptance_period_ends_on,
                       settlement_confirmed_on=claim.settlement_confirmed_on)
    try:
        return due_dates[key]
    except KeyError:
        pass
    due_on = _payment_term(claim, kind, rules)[0]
    if kind != DebtorKind.OTHER:  # outside the Regulation: the claim's own recorded date, not the key's
        if len(due_dates) >= DUE_DATES_KEPT:
            due_dates.clear()
        due_dates[key] = due_on
    return due_on


def _claim_money(claim: Row, payments: Sequence[Row], due_on: date | None, rules: RuleBook, as_of: date, *,
                 explain: bool) -> ClaimFigures:
    """Paid, outstanding, days overdue and interest up to ``as_of`` (with its breakdown when ``explain``)."""
    paid = sum((p.amount for p in payments), Decimal("0.00"))
    outstanding = claim.amount_claimed - paid
    interest, interest_lines, days_overdue = Decimal("0.00"), (), 0
    undisputed, interest_undisputed = undisputed_part(claim.amount_claimed, claim.amount_confirmed,
                                                      claim.amount_disputed), None
    if due_on is not None and as_of > due_on:
        last_day = claim.cleared_on or as_of
        days_overdue = max(0, (last_day - due_on).days) if outstanding > 0 or claim.cleared_on else 0
        interest, interest_undisputed, interest_lines = _overdue_interest(claim, payments, due_on, rules, as_of,
                                                                          explain=explain)
    elif undisputed is not None:
        interest_undisputed = Decimal("0.00")
    return ClaimFigures(due_on, due_on is not None and rules.calendar.is_provisional(due_on), paid, outstanding,
                        days_overdue, interest, undisputed, interest_undisputed, interest_lines)


@dataclass(frozen=True)
class _SizeShown:
    basis: tuple[str, ...]
    note: str
    warning: str | None


def _claim_size(claim: Row) -> _SizeShown:
    """How the claim's size at signing is shown: the lines that justify it, its note, a non-SME warning."""
    size, source = claim.size_at_signing, claim.size_source
    if size is None and source is None:
        return _SizeShown((), "", None)
    note = size_note_zh(size, source, claim.size_figures_on)
    basis: tuple[str, ...] = (note,)
    if claim.size_industry:
        _size, lines = size_of(claim.size_industry, claim.size_employees, claim.size_revenue_wan,
                               claim.size_assets_wan)
        basis += lines
    if source == SizeSource.INFERRED:
        basis += ("未录入签订合同时的规模数据，以投诉时的规模数据推定签订合同时的规模（条例第三条第二款：规模以合同订立时为准）。",)
    return _SizeShown(basis, note, not_sme_warning_zh(size, source))


def _payment_term(claim: Row, kind: str | None, rules: RuleBook
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


def _overdue_interest(claim: Row, payments: Sequence[Row], due_on: date, rules: RuleBook, as_of: date, *,
                      explain: bool = True) -> tuple[Decimal, Decimal | None, tuple[str, ...]]:
    """The overdue interest from ``due_on`` to ``as_of`` on the claimed principal, on the undisputed part
    (None when the debtor said neither), and (when ``explain``) how both were computed."""
    lpr = None
    if claim.agreed_annual_rate is not None and claim.contract_signed_on and claim.contract_signed_on >= LPR_FIRST_DAY:
        lpr = rules.lpr.rate_on(claim.contract_signed_on)
    compute = claim_interest if explain else claim_interest_totals
    try:
        result = compute(claim.amount_claimed, due_on, as_of, confirmed=claim.amount_confirmed,
                         disputed=claim.amount_disputed, payments=[(p.paid_on, p.amount) for p in payments],
                         agreed_annual_rate=claim.agreed_annual_rate, lpr_at_signing=lpr)
    except ValueError as exc:
        return Decimal("0.00"), None, (f"无法计算逾期利息：{exc}",)
    if not explain:
        return result.claimed, result.undisputed, ()
    on_claim = result.claimed
    lines = [on_claim.rate_basis, "以欠付本金（投诉主张的金额）为计息基数：", *_period_lines(on_claim),
             f"合计逾期利息：{format_yuan(on_claim.total)} 元（计至{as_of:%Y-%m-%d}）", *on_claim.warnings]
    part = result.undisputed
    if part is not None:
        whose = ("债务人确认的金额" if claim.amount_confirmed is not None
                 else f"投诉金额减去有争议的{format_yuan(claim.amount_disputed)}元")
        lines += [f"其中无争议部分（{whose}，{format_yuan(result.undisputed_principal)} 元）应按期支付"
                  f"（《保障中小企业款项支付条例》第十五条），其逾期利息：", *_period_lines(part),
                  f"无争议部分逾期利息：{format_yuan(part.total)} 元（计至{as_of:%Y-%m-%d}）"]
    return on_claim.total, part.total if part is not None else None, tuple(lines)


def _period_lines(result) -> tuple[str, ...]:
    return tuple(f"{p.start:%Y-%m-%d}—{p.end:%Y-%m-%d}：{p.days} 日 × 本金 {format_yuan(p.principal)} 元"
                 f" = {format_yuan(p.amount_rounded)} 元" for p in result.periods)


def totals(claims: tuple[ClaimView, ...]) -> ClaimTotals:
    zero = Decimal("0.00")
    return ClaimTotals(
        claimed=sum((c.amount_claimed for c in claims), zero),
        confirmed=sum((c.amount_confirmed or zero for c in claims), zero),
        disputed=sum((c.amount_disputed or zero for c in claims), zero),
        paid=sum((c.amount_paid for c in claims), zero),
        outstanding=sum((c.outstanding for c in claims), zero),
        interest=sum((c.interest for c in claims), zero),
        interest_undisputed=sum((c.interest_undisputed or zero for c in claims), zero),
    )


def workflow_state(case: Row, rules: RuleBook, pending_extension: bool) -> workflow.CaseState:
    proc = rules.procedures.get(case.procedure)
    return workflow.CaseState(CaseStatus(case.status), clock_stopped=case.clock_stopped,
                              has_review=bool(proc and proc.has_review), pending_extension=pending_extension)


def build_detail(records: CaseRecords, case_id: int, actor: Actor, rules: RuleBook, as_of: date) -> CaseDetail | None:
    """The case as of ``as_of`` as ``actor`` sees it (its actions), or None when there is no such case."""
    row = records.case(case_id)
    if row is None:
        return None
    case, ent, resp, handler_name = row
    open_case = CaseStatus(case.status).is_open
    # One read per kind of record, whatever the case holds (tests/perf counts the ORM's statements).
    deadlines = _deadline_views(records, case_id, rules.calendar, open_case, as_of)
    claims = _claim_views(records, case_id, resp.kind if resp else None, rules, as_of)
    attachments = tuple(
        AttachmentView(a.id, a.kind, a.original_name, a.media_type, a.size_bytes, a.sha256, a.description,
                       a.added_at, name, a.claim_id)
        for a, name in records.attachments(case_id))
    events, extensions, follow_ups = _history_views(records, case_id)
    actions = _action_states(case, actor, rules, records.extension_pending(case.id))
    proc = rules.procedures.get(case.procedure)
    warnings = []
    if case.next_due_provisional and open_case:
        warnings.append(NEXT_DEADLINE_PROVISIONAL())
    return CaseDetail(
        id=case.id, version=case.version, case_no=case.case_no, status=case.status, outcome=case.outcome,
        received_on=case.received_on, channel=case.channel, procedure=case.procedure,
        procedure_name=proc.name_zh if proc else case.procedure, category=case.category, summary=case.summary,
        letter_summary=case.letter_summary, demands=case.demands, handler_id=case.handler_id,
        handler_name=handler_name, source_ref=case.source_ref,
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


def _deadline_views(records: CaseRecords, case_id: int, calendar: WorkCalendar, open_case: bool, as_of: date
                    ) -> tuple[DeadlineView, ...]:
    stopped_steps = {s.step for s in records.clock_stops(case_id) if s.restarted_on is None}
    return tuple(
        DeadlineView(
            # the step's code whatever the round (``reply#2`` → reply, round 2); a stop after the deadline
            # stops nothing: only a clock without a due date is stopped
            step=split_round(d.step)[0], round_no=split_round(d.step)[1], statutory=not d.basis.startswith(
                INTERNAL_TARGET), step_name=d.step_name, trigger_on=d.trigger_on, due_on=d.due_on,
            provisional=d.provisional, stopped=d.step in stopped_steps and d.met_on is None and d.due_on is None,
            met_on=d.met_on, unit=d.unit, length=d.length,
            extension_days=d.extension_days, extension_cap=d.extension_cap, basis=d.basis,
            explanation=tuple(json.loads(d.explanation or "[]")),
            overdue=open_case and d.met_on is None and d.due_on is not None and d.due_on < as_of,
            workdays_left=workdays_left(calendar, as_of, d.due_on) if open_case and d.met_on is None else None,
        )
        for d in records.deadlines(case_id)
    )


def _claim_views(records: CaseRecords, case_id: int, kind: str | None, rules: RuleBook, as_of: date
                 ) -> tuple[ClaimView, ...]:
    """The case's claims with their payments and instalments: three reads however many claims."""
    claim_rows = records.claims(case_id)
    claim_ids = [c.id for c in claim_rows]
    payments: dict[int, list[Row]] = {i: [] for i in claim_ids}
    instalments: dict[int, list[Row]] = {i: [] for i in claim_ids}
    if claim_ids:
        for p in records.payments(claim_ids):
            payments[p.claim_id].append(p)
        for i in records.instalments(claim_ids):
            instalments[i.claim_id].append(i)
    return tuple(claim_view(c, payments[c.id], instalments[c.id], kind, rules, as_of) for c in claim_rows)


def _history_views(records: CaseRecords, case_id: int
                   ) -> tuple[tuple[EventView, ...], tuple[ExtensionView, ...], tuple[FollowUpView, ...]]:
    """The case's history, extension requests and follow-up calls, with users' names."""
    names = records.user_names()
    events = tuple(
        EventView(e.id, e.occurred_at, e.actor_name, e.entity, e.action, e.summary,
                  _readable_changes(json.loads(e.changes or "{}"), names))
        for e in records.events(case_id)
    )
    extensions = tuple(
        ExtensionView(x.id, split_round(x.step)[0], x.days, x.reason, x.requested_on, names.get(x.requested_by_id), x.status,
                      x.decided_on, names.get(x.decided_by_id), x.decision_comment)
        for x in records.extension_requests(case_id)
    )
    follow_ups = tuple(
        FollowUpView(f.id, f.called_on, f.satisfaction, f.note, names.get(f.by_id))
        for f in records.follow_ups(case_id)
    )
    return events, extensions, follow_ups


def _action_states(case: Row, actor: Actor, rules: RuleBook, pending_extension: bool) -> tuple[ActionState, ...]:
    """Every action the workflow offers in the case's state, enabled or with the reason it is not."""
    state = workflow_state(case, rules, pending_extension)
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

