"""Arrears claims of a case, their payments and repayment plans.

``check_claim`` and ``insert_claim`` are the building blocks the batch import shares with the desk, so
that a claim typed in and a claim imported obey one rule and get one due date.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from complaintdesk.domain.arrears import DebtorKind, OutsideRegulation, payment_due_date
from complaintdesk.domain.sme import DEFAULT_STANDARD, SizeFigures, size_for_claim
from complaintdesk.domain.vocabulary import FINISHED_STATUSES, ClaimSubject
from complaintdesk.messages import Text
from complaintdesk.messages import cases as cmsg
from complaintdesk.messages import claims as msg
from complaintdesk.messages import domain as dmsg
from complaintdesk.messages import validation as vmsg
from complaintdesk.services import history
from complaintdesk.services.case_context import (
    EARLIEST_DATE,
    MAX_AMOUNT,
    CaseContext,
    Workplace,
    case_detail,
    cents,
    check_date,
    lock_case,
    shown,
)
from complaintdesk.services.desk_types import CaseDetail, ClaimInput, PaymentInput
from complaintdesk.services.errors import ConflictError, ServiceError
from complaintdesk.services.reference import RuleBook
from complaintdesk.services.validation import Collector, Problem, ValidationError
from complaintdesk.store.models import ArrearsClaim, Case, Enterprise, Instalment, Payment, Respondent
from complaintdesk.store.types import utcnow

# The claim's fields an officer types (and the history records).
CLAIM_FIELDS = ("contract_no", "contract_signed_on", "subject", "description", "amount_claimed", "delivered_on",
                "acceptance_passed_on", "acceptance_period_ends_on", "settlement_confirmed_on",
                "agreed_term_days", "agreed_annual_rate", "amount_confirmed", "amount_disputed")
MAX_TERM_DAYS = 3650
# The complainant's size for the claim, as stored (the figures, the day they describe, whose they are).
SIZE_FIELDS = ("size_at_signing", "size_source", "size_figures_on", "size_industry", "size_employees",
               "size_revenue_wan", "size_assets_wan")
MAX_EMPLOYEES = 10_000_000
MAX_FIGURE_WAN = Decimal("1000000000")
_SIZE_INPUTS = (("size_employees", "employees", dmsg.FIGURE_EMPLOYEES),
                ("size_revenue_wan", "revenue_wan", dmsg.FIGURE_REVENUE),
                ("size_assets_wan", "assets_wan", dmsg.FIGURE_ASSETS))


class ClaimNotFound(ServiceError):
    message = msg.CLAIM_NOT_FOUND


class ClaimChanged(ConflictError):
    message = msg.CLAIM_CHANGED


# --- building blocks (no transaction of their own) -----------------------------------------------------


def check_claim(ctx: CaseContext, inp: ClaimInput, industry: str | None = None) -> None:
    """Every problem of a claim, per field (the importer applies the same rule to every row); ``industry``
    is the complainant's, which its figures at signing (if given) are classified by."""
    c = Collector()
    _check_amount(c, inp.amount_claimed)
    try:
        ClaimSubject(inp.subject)
    except ValueError:
        c.add("subject", msg.CHOOSE_SUBJECT)
    _check_claim_dates(c, inp, ctx.today)
    if inp.agreed_term_days is not None and not 0 <= inp.agreed_term_days <= MAX_TERM_DAYS:
        c.add("agreed_term_days", msg.TERM_RANGE)
    rate = inp.agreed_annual_rate
    if rate is not None and (not rate.is_finite() or not Decimal(0) < rate < Decimal(1)):
        c.add("agreed_annual_rate", msg.RATE_RANGE)
    _check_parts(c, inp)
    _check_size_figures(c, inp, industry)
    c.raise_if_any()


def claim_refusal(case_no: str, status: str) -> Text | None:
    """Why no claim may be added to a case in this state, or None: a finished case (closed, not accepted)
    keeps the figures it was finished with until it is reopened. The desk and the import ask the same."""
    finished = next((s for s in FINISHED_STATUSES if s.value == status), None)
    return msg.CASE_FINISHED(case_no=case_no, status=finished) if finished is not None else None


def _figures_at_signing(inp: ClaimInput) -> SizeFigures:
    return SizeFigures(inp.size_employees, inp.size_revenue_wan, inp.size_assets_wan)


def _check_size_figures(c: Collector, inp: ClaimInput, industry: str | None) -> None:
    """The figures at signing: in range, dated by the contract, and the ones the industry needs."""
    if not _figures_at_signing(inp).given:
        return
    if inp.size_employees is not None and not 0 <= inp.size_employees <= MAX_EMPLOYEES:
        c.add("size_employees", cmsg.EMPLOYEES_RANGE)
    for field, _key, name in _SIZE_INPUTS[1:]:
        v = getattr(inp, field)
        if v is not None and (not cents(v, MAX_FIGURE_WAN) or v < 0):
            c.add(field, cmsg.FIGURE_RANGE, name=name)
    if inp.contract_signed_on is None:
        c.add("contract_signed_on", msg.SIZE_NEEDS_SIGNED_ON)
    rule = DEFAULT_STANDARD.industries.get(industry or "")
    if rule is None:
        c.add("size_employees", msg.SIZE_NEEDS_INDUSTRY)
        return
    for field, key, name in _SIZE_INPUTS:
        if key in rule.figures and getattr(inp, field) is None:
            c.add(field, msg.SIZE_NEEDS_FIGURE, industry=rule.label_zh, name=name)


def size_columns(comp: Enterprise | None, case: Case, inp: ClaimInput) -> dict[str, object]:
    """The claim's size columns: its figures at signing when given, else the complainant's figures at
    complaint time standing in for them (以投诉时规模推定), dated the day the complaint was received."""
    at_complaint = SizeFigures(comp.employees, comp.revenue_wan, comp.assets_wan) if comp else SizeFigures()
    size = size_for_claim(comp.industry if comp else None, signed_on=inp.contract_signed_on,
                          at_signing=_figures_at_signing(inp), at_complaint=at_complaint,
                          received_on=case.received_on)
    found = size.size.value if size.size else None
    if found is None and comp is not None and not size.figures.given:
        found = comp.size_class  # a class recorded without figures is still the best word there is
    return {"size_at_signing": found, "size_source": size.source.value, "size_figures_on": size.figures_on,
            "size_industry": size.industry, "size_employees": size.figures.employees,
            "size_revenue_wan": size.figures.revenue_wan, "size_assets_wan": size.figures.assets_wan}


def _check_amount(c: Collector, amt: Decimal | None) -> None:
    if amt is None:
        c.add("amount_claimed", vmsg.REQUIRED, name=msg.NAME_AMOUNT)
    elif not amt.is_finite() or amt <= 0:
        c.add("amount_claimed", msg.AMOUNT_NOT_POSITIVE)
    elif amt > MAX_AMOUNT:
        c.add("amount_claimed", msg.AMOUNT_TOO_LARGE)
    elif not cents(amt):
        c.add("amount_claimed", msg.AMOUNT_DECIMALS)


def _check_claim_dates(c: Collector, inp: ClaimInput, today: date) -> None:
    signed = check_date(c, "contract_signed_on", inp.contract_signed_on, msg.NAME_CONTRACT_SIGNED_ON, today=today)
    delivered = check_date(c, "delivered_on", inp.delivered_on, msg.NAME_DELIVERED_ON, today=today)
    check_date(c, "acceptance_passed_on", inp.acceptance_passed_on, msg.NAME_ACCEPTANCE_PASSED_ON, today=today,
               not_before=delivered, not_before_name=msg.NAME_DELIVERED_ON)
    # The end of the acceptance period is agreed in the contract: it may well lie ahead.
    check_date(c, "acceptance_period_ends_on", inp.acceptance_period_ends_on, msg.NAME_ACCEPTANCE_PERIOD_ENDS_ON,
               today=date.max, not_before=delivered, not_before_name=msg.NAME_DELIVERED_ON)
    check_date(c, "settlement_confirmed_on", inp.settlement_confirmed_on, msg.NAME_SETTLEMENT_CONFIRMED_ON,
               today=today, not_before=signed, not_before_name=msg.NAME_CONTRACT_SIGNED_ON)


def _check_parts(c: Collector, inp: ClaimInput) -> None:
    amt = inp.amount_claimed
    known = amt is not None and amt.is_finite()
    for field, name in (("amount_confirmed", msg.NAME_AMOUNT_CONFIRMED), ("amount_disputed", msg.NAME_AMOUNT_DISPUTED)):
        v = getattr(inp, field)
        if v is not None and (not cents(v) or v < 0):
            c.add(field, msg.PART_AMOUNT_INVALID, name=name)
        elif v is not None and known and v > amt:
            c.add(field, msg.PART_EXCEEDS_AMOUNT, name=name)
    if (inp.amount_confirmed is not None and inp.amount_disputed is not None and known
            and inp.amount_confirmed + inp.amount_disputed > amt):
        c.add("amount_disputed", msg.PARTS_EXCEED_AMOUNT)


def due_on(ctx: CaseContext, case: Case, inp: ClaimInput) -> date | None:
    """When the claim fell due under the payment rules, or None where they do not decide it."""
    resp = ctx.session.get(Respondent, case.respondent_id) if case.respondent_id else None
    return due_date(resp.kind if resp is not None else None, inp, ctx.rules)


def due_date(debtor_kind: str | None, inp: ClaimInput, rules: RuleBook) -> date | None:
    """``due_on`` for a debtor of this kind (None: no debtor), without a database."""
    if debtor_kind is None or inp.delivered_on is None or inp.contract_signed_on is None:
        return None
    try:
        return payment_due_date(
            DebtorKind(debtor_kind), contract_signed_on=inp.contract_signed_on, delivered_on=inp.delivered_on,
            agreed_term_days=inp.agreed_term_days, acceptance_passed_on=inp.acceptance_passed_on,
            acceptance_period_ends_on=inp.acceptance_period_ends_on,
            settlement_confirmed_on=inp.settlement_confirmed_on, calendar=rules.calendar).due_on
    except OutsideRegulation:
        return None
    except ValueError as exc:
        raise ServiceError(msg.DUE_DATE_REFUSED, field="delivered_on", reason=str(exc)) from exc


def insert_claim(session: Session, ctx: CaseContext, case: Case, inp: ClaimInput) -> ArrearsClaim:
    """Add a checked claim to ``case`` (nothing paid yet), its due date computed; no flush, no history.

    The complainant's size and the respondent's kind are read with ``session.get``: a batch caller that
    loaded the parties first (one SELECT … IN) costs no statement per claim.
    """
    resp = session.get(Respondent, case.respondent_id) if case.respondent_id else None
    claim = new_claim(ctx.rules, case, inp, session.get(Enterprise, case.complainant_id),
                      resp.kind if resp is not None else None)
    session.add(claim)
    return claim


def new_claim(rules: RuleBook, case: Case, inp: ClaimInput, complainant: Enterprise | None,
              debtor_kind: str | None) -> ArrearsClaim:
    """The claim ``insert_claim`` adds, given its parties, not added to a session (an import prepares
    its claims before it takes the write lock; ``case.id`` may still be None then)."""
    claim = ArrearsClaim(case_id=case.id, **{f: getattr(inp, f) for f in CLAIM_FIELDS},
                         **size_columns(complainant, case, inp), amount_paid=Decimal("0.00"))
    claim.contract_no = _contract_no(inp)
    claim.due_on = due_date(debtor_kind, inp, rules)
    return claim


def _contract_no(inp: ClaimInput) -> str | None:
    return (inp.contract_no or "").strip()[:100] or None


def refresh_cleared(session: Session, claim: ArrearsClaim) -> None:
    """The claim's paid total from its payments; cleared on the last payment's day once nothing is owed."""
    paid = session.execute(select(func.coalesce(func.sum(Payment.amount), 0))
                           .where(Payment.claim_id == claim.id)).scalar()
    claim.amount_paid = paid if isinstance(paid, Decimal) else Decimal(int(paid)).scaleb(-2)
    if claim.amount_paid >= claim.amount_claimed:
        claim.cleared_on = session.execute(select(func.max(Payment.paid_on)).where(Payment.claim_id == claim.id)).scalar()
    else:
        claim.cleared_on = None


# --- the use cases -------------------------------------------------------------------------------------


class ClaimService:
    """Claims, payments and repayment plans; each method one transaction returning the fresh case."""

    def __init__(self, workplace: Workplace):
        self._place = workplace

    def add_claim(self, case_id: int, inp: ClaimInput) -> CaseDetail:
        with self._place.write() as s:
            ctx = self._place.context(s)
            case = lock_case(ctx, case_id, None)
            if (refusal := claim_refusal(case.case_no, case.status)) is not None:
                raise ServiceError(refusal, field="amount_claimed")
            check_claim(ctx, inp, _industry(s, case))
            claim = insert_claim(s, ctx, case, inp)
            s.flush()
            case.updated_at = utcnow()
            history.record(s, ctx.actor, entity="claim", entity_id=claim.id, case_id=case.id, action="claim_added",
                           summary=f"登记欠款 {inp.amount_claimed:,.2f} 元（合同 {shown(claim.contract_no)}）",
                           changes={f: (None, getattr(claim, f)) for f in (*CLAIM_FIELDS, "due_on", *SIZE_FIELDS)
                                    if getattr(claim, f) is not None})
            return case_detail(ctx, case.id)

    def problems(self, case_id: int, inp: ClaimInput, claim_id: int | None = None) -> list[Problem]:
        """What ``add_claim`` (or, given ``claim_id``, ``update_claim``) would refuse in ``inp``, field by field,
        without saving anything: a form that found its own problems shows these beside them in one round."""
        with self._place.read() as s:
            ctx = self._place.context(s)
            case = s.get(Case, case_id)
            if case is None:
                return []
            c = Collector()
            try:
                check_claim(ctx, inp, _industry(s, case))
            except ValidationError as exc:
                c.problems.extend(exc.problems)
            claim = s.get(ArrearsClaim, claim_id) if claim_id is not None else None
            amount = inp.amount_claimed
            if claim is not None and amount is not None and amount.is_finite() and amount < claim.amount_paid:
                c.add("amount_claimed", msg.AMOUNT_BELOW_PAID, paid=f"{claim.amount_paid:,.2f}")
            return c.problems

    def update_claim(self, claim_id: int, inp: ClaimInput, expected_version: int) -> CaseDetail:
        with self._place.write() as s:
            ctx = self._place.context(s)
            claim = _claim(s, claim_id, expected_version)
            case = lock_case(ctx, claim.case_id, None)
            check_claim(ctx, inp, _industry(s, case))
            if inp.amount_claimed < claim.amount_paid:
                c = Collector()
                c.add("amount_claimed", msg.AMOUNT_BELOW_PAID, paid=f"{claim.amount_paid:,.2f}")
                c.raise_if_any()
            before = {f: getattr(claim, f) for f in (*CLAIM_FIELDS, "due_on", *SIZE_FIELDS, "amount_paid", "cleared_on")}
            for f in CLAIM_FIELDS:
                setattr(claim, f, getattr(inp, f))
            for f, value in size_columns(s.get(Enterprise, case.complainant_id), case, inp).items():
                setattr(claim, f, value)
            claim.contract_no = _contract_no(inp)
            claim.due_on = due_on(ctx, case, inp)
            refresh_cleared(s, claim)
            after = {f: getattr(claim, f) for f in before}
            changes = {k: (before[k], after[k]) for k in before if before[k] != after[k]}
            case.updated_at = utcnow()
            history.record(s, ctx.actor, entity="claim", entity_id=claim.id, case_id=case.id, action="claim_updated",
                           summary=f"修改欠款记录（合同 {shown(claim.contract_no)}）", changes=changes)
            return case_detail(ctx, case.id)

    def add_payment(self, claim_id: int, inp: PaymentInput) -> CaseDetail:
        with self._place.write() as s:
            ctx = self._place.context(s)
            claim = _claim(s, claim_id, None)
            case = lock_case(ctx, claim.case_id, None)
            voucher = _check_payment(ctx, claim, inp)
            pay = Payment(claim_id=claim.id, paid_on=inp.paid_on, amount=inp.amount, voucher=voucher,
                          recorded_by_id=ctx.actor.user_id)
            s.add(pay)
            s.flush()
            before = (claim.amount_paid, claim.cleared_on)
            refresh_cleared(s, claim)
            case.updated_at = utcnow()
            # The payment as it was made, and what it did to its claim (services.replay follows both).
            changes = {"claim_id": (None, claim.id), "amount": (None, pay.amount), "paid_on": (None, pay.paid_on),
                       "amount_paid": (before[0], claim.amount_paid)}
            if before[1] != claim.cleared_on:
                changes["cleared_on"] = (before[1], claim.cleared_on)
            history.record(s, ctx.actor, entity="payment", entity_id=pay.id, case_id=case.id, action="payment_recorded",
                           summary=f"登记还款 {inp.amount:,.2f} 元（{inp.paid_on:%Y-%m-%d}，合同 {shown(claim.contract_no)}）"
                                   + ("，该笔欠款已清零" if claim.cleared_on else ""), changes=changes)
            return case_detail(ctx, case.id)

    def set_instalments(self, claim_id: int, items: list[tuple[date, Decimal]],
                        expected_version: int | None = None) -> CaseDetail:
        """Replace the claim's repayment plan; ``expected_version`` (the claim's, as shown) makes a
        plan typed over a claim that another desk changed meanwhile a conflict, not an overwrite."""
        with self._place.write() as s:
            ctx = self._place.context(s)
            claim = _claim(s, claim_id, expected_version)
            case = lock_case(ctx, claim.case_id, None)
            total = _check_instalments(claim, items)
            old = [(i.due_on, i.amount) for i in s.execute(select(Instalment).where(
                Instalment.claim_id == claim.id).order_by(Instalment.due_on)).scalars()]
            s.execute(Instalment.__table__.delete().where(Instalment.claim_id == claim.id))
            for d, amt in sorted(items):
                s.add(Instalment(claim_id=claim.id, due_on=d, amount=amt))
            claim.updated_at = case.updated_at = utcnow()  # the claim's version moves with its plan
            history.record(s, ctx.actor, entity="claim", entity_id=claim.id, case_id=case.id, action="instalments_set",
                           summary=f"还款协议：{len(items)} 期，合计 {total:,.2f} 元",
                           changes={"instalments": ([[str(d), str(a)] for d, a in old],
                                                    [[str(d), str(a)] for d, a in sorted(items)])})
            return case_detail(ctx, case.id)


def _industry(session: Session, case: Case) -> str | None:
    comp = session.get(Enterprise, case.complainant_id)
    return comp.industry if comp else None


def _claim(session: Session, claim_id: int, expected_version: int | None) -> ArrearsClaim:
    claim = session.get(ArrearsClaim, claim_id, with_for_update=True)  # see case_context.lock_case
    if claim is None:
        raise ClaimNotFound()
    if expected_version is not None and claim.version != expected_version:
        raise ClaimChanged()
    return claim


def _check_payment(ctx: CaseContext, claim: ArrearsClaim, inp: PaymentInput) -> str | None:
    """Every problem of a payment; the cleaned voucher if there is none."""
    c = Collector()
    outstanding = claim.amount_claimed - claim.amount_paid
    amt = inp.amount
    if amt is None or not amt.is_finite() or amt <= 0:
        c.add("amount", msg.PAYMENT_NOT_POSITIVE)
    elif not cents(amt):
        c.add("amount", msg.PAYMENT_DECIMALS)
    elif amt > outstanding:
        c.add("amount", msg.PAYMENT_EXCEEDS, outstanding=f"{outstanding:,.2f}")
    check_date(c, "paid_on", inp.paid_on, msg.NAME_PAID_ON, required=True, today=ctx.today,
               not_before=claim.delivered_on, not_before_name=msg.NAME_DELIVERED_ON)
    voucher = c.text("voucher", inp.voucher, msg.NAME_VOUCHER, max_len=200)
    c.raise_if_any()
    return voucher


def _check_instalments(claim: ArrearsClaim, items: list[tuple[date, Decimal]]) -> Decimal:
    """Every problem of a repayment plan; its total if there is none."""
    c = Collector()
    days = [d for d, _ in items]
    if len(set(days)) != len(days):
        c.add("instalments", msg.INSTALMENT_DATES_REPEAT)
    for i, (d, amt) in enumerate(items):
        if d is None or d < EARLIEST_DATE:
            c.add(f"instalments[{i}].due_on", msg.INSTALMENT_DATE_REQUIRED)
        if amt is None or not cents(amt) or amt <= 0:
            c.add(f"instalments[{i}].amount", msg.INSTALMENT_AMOUNT_INVALID)
    total = sum((a for _, a in items if a is not None and a.is_finite()), Decimal("0"))
    outstanding = claim.amount_claimed - claim.amount_paid
    if total > outstanding:
        c.add("instalments", msg.INSTALMENTS_EXCEED, total=f"{total:,.2f}", outstanding=f"{outstanding:,.2f}")
    c.raise_if_any()
    return total
