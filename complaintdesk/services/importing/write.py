"""Import phase 5, writing: the plan's parties, cases with their statutory clocks, claims, payments, history.

In stages, each one flush (the ORM then inserts a table's rows in batches): parties, cases and
clocks, claims and payments, and finally the history, chained in one go. Imported cases are
registered with their statutory clocks running from the received date, as the desk registers them;
a row with a closing date (办结日期) is imported as closed on that day, its clocks met then.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from complaintdesk.domain.vocabulary import CaseStatus, Outcome
from complaintdesk.services import case_index, deadline_clocks, history
from complaintdesk.services.actor import Actor
from complaintdesk.services.case_context import CaseContext
from complaintdesk.services.claims import insert_claim
from complaintdesk.services.importing.match import Group, Plan, chunks, complainant_key, respondent_key
from complaintdesk.services.importing.validate import Row, claim_input
from complaintdesk.services.numbering import next_number
from complaintdesk.services.reference import RuleBook
from complaintdesk.services.registration import NewCase, insert_case, open_clocks
from complaintdesk.store.models import ArrearsClaim, Case, Enterprise, Payment, Respondent

CLAIM_CHANGES = ("contract_no", "contract_signed_on", "subject", "amount_claimed", "delivered_on", "agreed_term_days",
                 "amount_confirmed", "due_on", "amount_paid", "cleared_on")


@dataclass
class Batch:
    """One import being written: its transaction's context (who, the rules, today), the file and sheet
    it comes from, and the history events so far (recorded in one chained batch at the end)."""

    ctx: CaseContext
    source: str  # the file name, as the history names it
    sheet: str | None
    events: list[history.PendingEvent] = field(default_factory=list)

    @property
    def session(self) -> Session:
        return self.ctx.session

    @property
    def actor(self) -> Actor:
        return self.ctx.actor

    @property
    def rules(self) -> RuleBook:
        return self.ctx.rules


def write_plan(batch: Batch, plan: Plan) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Create everything the plan says; the ids and numbers of the cases written to."""
    s = batch.session
    enterprises, respondents = _write_parties(batch, plan)
    new_groups = [g for g in plan.groups if g.case_id is None]
    cases = _new_cases(batch, new_groups, enterprises, respondents, plan.parties.handlers)
    for group in new_groups:
        _case_event(batch, cases[id(group)], group)
    old_ids = [g.case_id for g in plan.groups if g.case_id is not None]
    existing = {c.id: c for c in s.execute(select(Case).where(Case.id.in_(old_ids))).scalars()} if old_ids else {}
    for group in plan.groups:
        if group.case_id is not None:
            cases[id(group)] = existing[group.case_id]
    _write_claims(batch, plan, cases, respondents, enterprises)
    touched = [cases[id(g)].id for g in plan.groups]
    for chunk in chunks(touched, 500):
        deadline_clocks.recompute(s, batch.rules.calendar, case_ids=chunk)
    case_index.refresh(s, touched)
    history.record_many(s, batch.actor, batch.events)
    return tuple(touched), tuple(cases[id(g)].case_no for g in plan.groups)


def _write_parties(batch: Batch, plan: Plan) -> tuple[dict[str, int | None], dict[str, int | None]]:
    """The enterprises and respondents the plan needs that are not in the database yet."""
    enterprises, respondents = dict(plan.parties.enterprises), dict(plan.parties.respondents)
    new_ents: dict[str, tuple[Enterprise, int]] = {}
    new_resps: dict[str, tuple[Respondent, int]] = {}
    for group in plan.groups:
        row = group.rows[0]
        v = row.values
        comp_key, resp_key = complainant_key(v), respondent_key(v)
        if enterprises.get(comp_key) is None and comp_key not in new_ents:
            new_ents[comp_key] = (Enterprise(
                name=v["complainant_name"], uscc=v.get("complainant_uscc"), township=v.get("township"),
                contact_person=v.get("contact_person"), phone=v.get("phone")), row.number)
        if respondents.get(resp_key) is None and resp_key not in new_resps:
            new_resps[resp_key] = (Respondent(name=v["respondent_name"], uscc=v.get("respondent_uscc"),
                                              kind=v["respondent_kind"]), row.number)
    batch.session.add_all([e for e, _ in new_ents.values()] + [r for r, _ in new_resps.values()])
    batch.session.flush()
    for key, (ent, number) in new_ents.items():
        enterprises[key] = ent.id
        batch.events.append(history.PendingEvent(
            "enterprise", ent.id, "imported", f"从 {batch.source} 第{number}行导入企业：{ent.name}",
            {k: (None, getattr(ent, k)) for k in ("name", "uscc", "township") if getattr(ent, k) is not None}))
    for key, (res, number) in new_resps.items():
        respondents[key] = res.id
        batch.events.append(history.PendingEvent(
            "respondent", res.id, "imported", f"从 {batch.source} 第{number}行导入被投诉单位：{res.name}",
            {k: (None, getattr(res, k)) for k in ("name", "uscc", "kind") if getattr(res, k) is not None}))
    return enterprises, respondents


def _new_cases(batch: Batch, groups: list[Group], enterprises: dict, respondents: dict, handlers: dict[str, int]
               ) -> dict[int, Case]:
    """The groups' cases, inserted as the desk registers them (numbers reserved per year in one step
    each), then their statutory clocks."""
    s = batch.session
    by_year: dict[int, list[Group]] = {}
    for group in groups:
        by_year.setdefault(group.rows[0].values["received_on"].year, []).append(group)
    cases: dict[int, Case] = {}
    for year, members in sorted(by_year.items()):
        members.sort(key=lambda g: (g.rows[0].values["received_on"], g.rows[0].number))
        first_seq = next_number(s, "case", year, count=len(members))
        for offset, group in enumerate(members):
            v = group.rows[0].values
            cases[id(group)] = insert_case(s, batch.ctx, NewCase(
                received_on=v["received_on"], channel=v["channel"], procedure=v["procedure"], category=v["category"],
                summary=v.get("summary") or _summary(v, group), complainant_id=enterprises[complainant_key(v)],
                respondent_id=respondents[respondent_key(v)],
                handler_id=handlers.get(v.get("handler") or "", batch.actor.user_id), source_ref=v.get("case_ref")),
                seq=first_seq + offset)
    s.flush()
    for group in groups:
        _open_clocks(batch, cases[id(group)], group.rows[0].values)
    s.flush()
    return cases


def _open_clocks(batch: Batch, case: Case, v: dict) -> None:
    received, closed_on = v["received_on"], v.get("closed_on")
    triggers = ("received", "accepted") if closed_on else ("received",)
    for deadline in open_clocks(batch.session, batch.ctx, case, triggers, received):
        deadline.met_on = closed_on
    if closed_on:
        # Closed before it came here: accepted on receipt, replied and closed on the closing day.
        case.status, case.accepted_on, case.replied_on, case.closed_on = (
            CaseStatus.CLOSED.value, received, closed_on, closed_on)
        case.outcome = v.get("outcome") or Outcome.RESOLVED.value


def _case_event(batch: Batch, case: Case, group: Group) -> None:
    v = group.rows[0].values
    numbers = "、".join(str(r.number) for r in group.rows)
    batch.events.append(history.PendingEvent(
        "case", case.id, "imported", f"从 {batch.source} 第{numbers}行导入案件 {case.case_no}", {
            "status": (None, case.status), "received_on": (None, case.received_on),
            "channel": (None, case.channel), "procedure": (None, case.procedure),
            "category": (None, case.category), "complainant_id": (None, case.complainant_id),
            "respondent_id": (None, case.respondent_id), "handler_id": (None, case.handler_id),
            "source_ref": (None, case.source_ref), "closed_on": (None, v.get("closed_on")),
            "outcome": (None, case.outcome), "source": (None, f"{batch.source}#{numbers}"),
            "sheet": (None, batch.sheet)}, case.id))


def _write_claims(batch: Batch, plan: Plan, cases: dict[int, Case], respondents: dict, enterprises: dict) -> None:
    """The new claims of every group as the desk adds them (due date, size at signing), then what was
    already repaid, and their history."""
    s = batch.session
    # The parties, loaded once (SELECT … IN): insert_claim then finds each in the session, no statement per claim.
    parties = s.execute(select(Respondent).where(Respondent.id.in_(set(respondents.values())))).scalars().all() \
        if respondents else []
    for chunk in chunks(sorted(set(enterprises.values()))):
        parties += s.execute(select(Enterprise).where(Enterprise.id.in_(chunk))).scalars().all()
    claims: list[tuple[ArrearsClaim, Case, Row]] = []
    for group in plan.groups:
        case = cases[id(group)]
        for row in group.new_claims:
            claims.append((_claim(batch, row, case), case, row))
    s.flush()
    for claim, case, row in claims:
        _payment_and_event(batch, claim, case, row)
    s.flush()


def _claim(batch: Batch, row: Row, case: Case) -> ArrearsClaim:
    v = row.values
    claim = insert_claim(batch.session, batch.ctx, case, claim_input(v))
    paid = v.get("amount_paid") or Decimal("0.00")
    claim.amount_paid = paid
    claim.cleared_on = v.get("paid_on") if paid and paid >= v["amount_claimed"] else None
    return claim


def _payment_and_event(batch: Batch, claim: ArrearsClaim, case: Case, row: Row) -> None:
    v = row.values
    changes = {f: (None, getattr(claim, f)) for f in CLAIM_CHANGES if getattr(claim, f) is not None}
    if claim.amount_paid > 0:
        batch.session.add(Payment(claim_id=claim.id, paid_on=v["paid_on"], amount=claim.amount_paid,
                                  voucher=f"导入：{batch.source} 第{row.number}行"[-200:],
                                  recorded_by_id=batch.actor.user_id))
        changes["paid_on"] = (None, v["paid_on"])
    changes["source"] = (None, f"{batch.source}#{row.number}")
    batch.events.append(history.PendingEvent(
        "claim", claim.id, "imported",
        f"从 {batch.source} 第{row.number}行导入欠款 {claim.amount_claimed:,.2f} 元（合同 {claim.contract_no or '—'}）"
        + (f"，已还 {claim.amount_paid:,.2f} 元" if claim.amount_paid else ""), changes, case.id))


def _summary(v: dict, group: Group) -> str:
    amounts = [r.values["amount_claimed"] for r in group.rows if r.values.get("amount_claimed") is not None]
    if amounts:
        total = sum(amounts, Decimal("0.00"))
        return f"{v['respondent_name']}拖欠{v['complainant_name']}款项 {total:,.2f} 元（{len(amounts)} 笔，导入）"
    return f"{v['complainant_name']}投诉{v['respondent_name']}（导入，详见来文）"
