"""Import phase 5, writing: everything prepared outside the write lock, then written in one short transaction.

``prepare_plan`` runs in a read transaction, after the checks. It builds every row the import will
insert — parties, cases with their statutory clocks, next deadline and copied list columns, claims
with their due dates and sizes, payments — with the building blocks the desk uses
(``registration.unnumbered_case``, ``registration.clock_rows``, ``claims.new_claim``,
``case_index.new_case_copies``), turns them into the driver's values (``store.bulk``) and encodes
their history. Imported cases are registered with their clocks running from the received date, as
the desk registers them; a row with a closing date (办结日期) is imported as closed on that day,
its clocks met then.

``write_prepared`` runs under the write lock and does only what needs it: the case numbers (one
reservation per year), the ids the rows refer to each other by, one multi-row INSERT per table,
the copied columns of existing cases that got claims, and the history, chained in one go.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import inspect, select, update
from sqlalchemy.orm import Session

from complaintdesk.domain.vocabulary import CaseStatus, Outcome
from complaintdesk.services import case_index, deadline_clocks, history
from complaintdesk.services.case_context import CaseContext
from complaintdesk.services.claims import new_claim
from complaintdesk.services.event_chain import encode_changes
from complaintdesk.services.importing.match import Group, Plan, chunks, complainant_key, respondent_key
from complaintdesk.services.importing.validate import Row, claim_input
from complaintdesk.services.numbering import next_number
from complaintdesk.services.registration import NewCase, clock_rows, number_case, unnumbered_case
from complaintdesk.store.bulk import BulkRows, bulk_insert, bulk_rows
from complaintdesk.store.models import ArrearsClaim, Case, CaseDeadline, Enterprise, Payment, Respondent, User
from complaintdesk.store.types import utcnow

CLAIM_CHANGES = ("contract_no", "contract_signed_on", "subject", "amount_claimed", "delivered_on", "agreed_term_days",
                 "amount_confirmed", "due_on", "amount_paid", "cleared_on")
CASE_LATE = ("case_no", "seq", "complainant_id", "respondent_id", "search_text")  # known under the lock
_PAYMENT_ID = -1  # an imported payment's id in its claim's encoded history, until it is known
_PAYMENT_TOKEN = f'"payment_id":[null,{_PAYMENT_ID}]'
_NEW_RESPONDENT = 10**9  # placeholders for new parties' ids in encoded history: -(n + 1), -(10**9 + n + 1)


@dataclass
class NewCaseRows:
    """A new case of the file (numbered and given its parties' ids under the lock), its clocks, its history."""

    group: Group
    case: Case
    clocks: list[CaseDeadline]
    search_rest: str = ""  # the search text after the case number
    summary: str = ""  # the history line, before the case number
    changes: str = ""  # encoded; a new party's id is a placeholder in it (``placeholders``)
    placeholders: dict[str, str] = field(default_factory=dict)  # "field:placeholder" → the new party's key


@dataclass
class NewClaimRows:
    """A new claim of a new or an existing case, what was already repaid on it, and its history."""

    group: Group
    row: Row
    claim: ArrearsClaim
    payment: Payment | None
    summary: str = ""
    changes: str = ""


@dataclass
class Prepared:
    """Everything an import writes, computed outside the write transaction."""

    source: str  # the file name, as the history names it
    sheet: str | None
    groups: list[Group]  # the cases written to, in the file's order
    enterprise_ids: dict[str, int | None]  # complainant key → existing id (None: one of ``new_enterprises``)
    respondent_ids: dict[str, int | None]
    new_enterprises: dict[str, tuple[Enterprise, int]] = field(default_factory=dict)  # key → (party, row number)
    new_respondents: dict[str, tuple[Respondent, int]] = field(default_factory=dict)
    cases: list[NewCaseRows] = field(default_factory=list)  # by received date and row (the numbering order)
    claims: list[NewClaimRows] = field(default_factory=list)
    extended: dict[int, str] = field(default_factory=dict)  # existing case id → its number
    party_events: list[history.PendingEvent] = field(default_factory=list)  # the new parties', in their order
    bulk: dict[str, BulkRows] = field(default_factory=dict)  # the rows of each table, as the driver takes them


# --- outside the write lock --------------------------------------------------------------------------


def prepare_plan(ctx: CaseContext, plan: Plan, source: str, sheet: str | None) -> Prepared:
    """Every row to insert, from a plan checked in ``ctx``'s (read) transaction."""
    prep = Prepared(source, sheet, list(plan.groups), dict(plan.parties.enterprises), dict(plan.parties.respondents))
    _prepare_parties(prep, plan)
    new_groups = sorted((g for g in plan.groups if g.case_id is None),
                        key=lambda g: (g.rows[0].values["received_on"], g.rows[0].number))
    prep.cases = [_prepare_case(ctx, prep, g, plan.parties.handlers) for g in new_groups]
    cases = {id(item.group): item.case for item in prep.cases}
    for chunk in chunks(sorted({g.case_id for g in plan.groups if g.case_id is not None})):
        for case in ctx.session.execute(select(Case).where(Case.id.in_(chunk))).scalars():
            prep.extended[case.id] = case.case_no
            cases.update((id(g), case) for g in plan.groups if g.case_id == case.id)
    parties = _Parties(ctx.session, prep)
    prep.claims = [_prepare_claim(ctx, prep, g, row, cases[id(g)], parties)
                   for g in plan.groups for row in g.new_claims]
    _prepare_history(prep)
    _prepare_bulk(ctx.session, prep, parties)
    return prep


def _prepare_parties(prep: Prepared, plan: Plan) -> None:
    for group in plan.groups:
        row = group.rows[0]
        v = row.values
        comp_key, resp_key = complainant_key(v), respondent_key(v)
        if prep.enterprise_ids.get(comp_key) is None and comp_key not in prep.new_enterprises:
            prep.new_enterprises[comp_key] = (Enterprise(
                name=v["complainant_name"], uscc=v.get("complainant_uscc"), township=v.get("township"),
                contact_person=v.get("contact_person"), phone=v.get("phone")), row.number)
        if prep.respondent_ids.get(resp_key) is None and resp_key not in prep.new_respondents:
            prep.new_respondents[resp_key] = (Respondent(name=v["respondent_name"], uscc=v.get("respondent_uscc"),
                                                         kind=v["respondent_kind"]), row.number)


def _prepare_case(ctx: CaseContext, prep: Prepared, group: Group, handlers: dict[str, int]) -> NewCaseRows:
    """The case as the desk registers it (its parties' ids filled in at write time), with its clocks."""
    v = group.rows[0].values
    case = unnumbered_case(NewCase(
        received_on=v["received_on"], channel=v["channel"], procedure=v["procedure"], category=v["category"],
        summary=v.get("summary") or _summary(v, group), complainant_id=prep.enterprise_ids.get(complainant_key(v)),
        respondent_id=prep.respondent_ids.get(respondent_key(v)),
        handler_id=handlers.get(v.get("handler") or "", ctx.actor.user_id), source_ref=v.get("case_ref")))
    received, closed_on = v["received_on"], v.get("closed_on")
    clocks = clock_rows(ctx.rules, case, ("received", "accepted") if closed_on else ("received",), received)
    for clock in clocks:
        clock.met_on = closed_on
    if closed_on:
        # Closed before it came here: accepted on receipt, replied and closed on the closing day.
        case.status, case.accepted_on, case.replied_on, case.closed_on = (
            CaseStatus.CLOSED.value, received, closed_on, closed_on)
        case.outcome = v.get("outcome") or Outcome.RESOLVED.value
    deadline_clocks.refresh_next_due(case, clocks, False)
    return NewCaseRows(group, case, clocks)


class _Parties:
    """The parties the claims and the copied columns need, by key and by id: existing ones loaded in one
    SELECT … IN per chunk, new ones as prepared; and the handlers' names."""

    def __init__(self, s: Session, prep: Prepared):
        self.session = s
        self.by_id: dict[type, dict[int, object]] = {Enterprise: {}, Respondent: {}}
        for model, ids in ((Enterprise, prep.enterprise_ids), (Respondent, prep.respondent_ids)):
            for chunk in chunks(sorted({i for i in ids.values() if i is not None})):
                self.by_id[model].update((p.id, p) for p in s.execute(select(model).where(model.id.in_(chunk))).scalars())
        self.complainants = {key: self.by_id[Enterprise].get(i) if i is not None else prep.new_enterprises[key][0]
                             for key, i in prep.enterprise_ids.items()
                             if i is not None or key in prep.new_enterprises}
        self.respondents = {key: self.by_id[Respondent].get(i) if i is not None else prep.new_respondents[key][0]
                            for key, i in prep.respondent_ids.items() if i is not None or key in prep.new_respondents}
        handler_ids = sorted({item.case.handler_id for item in prep.cases if item.case.handler_id is not None})
        self.handler_names = {u.id: u.display_name for u in s.execute(
            select(User.id, User.display_name).where(User.id.in_(handler_ids)))} if handler_ids else {}

    def get(self, model: type, party_id: int | None):
        if party_id is None:
            return None
        return self.by_id[model].get(party_id) or self.session.get(model, party_id)


def _prepare_claim(ctx: CaseContext, prep: Prepared, group: Group, row: Row, case: Case,
                   parties: _Parties) -> NewClaimRows:
    """The claim as the desk adds it (due date, size at signing), and its payment if something was repaid."""
    v = row.values
    if case.id is not None:  # an existing case: its own parties, as the desk would read them
        comp, resp = parties.get(Enterprise, case.complainant_id), parties.get(Respondent, case.respondent_id)
    else:
        first = group.rows[0].values
        comp, resp = parties.complainants.get(complainant_key(first)), parties.respondents.get(respondent_key(first))
    claim = new_claim(ctx.rules, case, claim_input(v), comp, resp.kind if resp is not None else None)
    paid = v.get("amount_paid") or Decimal("0.00")
    claim.amount_paid = paid
    claim.cleared_on = v.get("paid_on") if paid and paid >= v["amount_claimed"] else None
    payment = None
    if paid > 0:
        payment = Payment(paid_on=v["paid_on"], amount=paid, voucher=f"导入：{prep.source} 第{row.number}行"[-200:],
                          recorded_by_id=ctx.actor.user_id)
    return NewClaimRows(group, row, claim, payment)


def _prepare_history(prep: Prepared) -> None:
    """The history lines of the new parties, cases and claims, encoded; new parties' ids as placeholders."""
    for ent, number in prep.new_enterprises.values():
        prep.party_events.append(history.PendingEvent(
            "enterprise", None, "imported", f"从 {prep.source} 第{number}行导入企业：{ent.name}",
            encode_changes({k: (None, getattr(ent, k)) for k in ("name", "uscc", "township")
                            if getattr(ent, k) is not None})))
    for res, number in prep.new_respondents.values():
        prep.party_events.append(history.PendingEvent(
            "respondent", None, "imported", f"从 {prep.source} 第{number}行导入被投诉单位：{res.name}",
            encode_changes({k: (None, getattr(res, k)) for k in ("name", "uscc", "kind")
                            if getattr(res, k) is not None})))
    placeholder = {key: -(n + 1) for n, key in enumerate(prep.new_enterprises)}
    placeholder |= {("r", key): -(_NEW_RESPONDENT + n + 1) for n, key in enumerate(prep.new_respondents)}
    for item in prep.cases:
        _case_history(prep, item, placeholder)
    for item in prep.claims:
        item.summary, item.changes = _claim_history(prep, item)


def _case_history(prep: Prepared, item: NewCaseRows, placeholder: dict) -> None:
    case, group = item.case, item.group
    v = group.rows[0].values
    comp_key, resp_key = complainant_key(v), respondent_key(v)
    comp_id = case.complainant_id if case.complainant_id is not None else placeholder[comp_key]
    resp_id = case.respondent_id if case.respondent_id is not None else placeholder[("r", resp_key)]
    if case.complainant_id is None:
        item.placeholders[f"complainant_id:{comp_id}"] = comp_key
    if case.respondent_id is None:
        item.placeholders[f"respondent_id:{resp_id}"] = resp_key
    numbers = "、".join(str(r.number) for r in group.rows)
    item.summary = f"从 {prep.source} 第{numbers}行导入案件 "
    item.changes = encode_changes({
        "status": (None, case.status), "received_on": (None, case.received_on),
        "channel": (None, case.channel), "procedure": (None, case.procedure),
        "category": (None, case.category), "complainant_id": (None, comp_id),
        "respondent_id": (None, resp_id), "handler_id": (None, case.handler_id),
        "source_ref": (None, case.source_ref), "closed_on": (None, v.get("closed_on")),
        "outcome": (None, case.outcome), "source": (None, f"{prep.source}#{numbers}"),
        "sheet": (None, prep.sheet)})


def _claim_history(prep: Prepared, item: NewClaimRows) -> tuple[str, str]:
    """The claim's history line and its changes, encoded (its id and case id are the event's, not in them)."""
    claim, row = item.claim, item.row
    changes = {f: (None, getattr(claim, f)) for f in CLAIM_CHANGES if getattr(claim, f) is not None}
    if item.payment is not None:  # the payment comes with its claim (services.replay): its amount is amount_paid
        changes["paid_on"] = (None, item.payment.paid_on)
        changes["payment_id"] = (None, _PAYMENT_ID)  # known under the lock (_insert_claims)
    changes["source"] = (None, f"{prep.source}#{row.number}")
    summary = (f"从 {prep.source} 第{row.number}行导入欠款 {claim.amount_claimed:,.2f} 元（合同 {claim.contract_no or '—'}）"
               + (f"，已还 {claim.amount_paid:,.2f} 元" if claim.amount_paid else ""))
    return summary, encode_changes(changes)


def _prepare_bulk(s: Session, prep: Prepared, parties: _Parties) -> None:
    """Every table's rows as the driver takes them, the ids they refer to each other by left for the write."""
    dialect = s.get_bind().dialect
    claims_of: dict[int, list[ArrearsClaim]] = {}
    for item in prep.claims:
        claims_of.setdefault(id(item.group), []).append(item.claim)
    case_rows, kinds = [], {}
    for item in prep.cases:
        v = item.group.rows[0].values
        copies = case_index.new_case_copies(
            item.case, parties.complainants[complainant_key(v)], parties.respondents[respondent_key(v)],
            parties.handler_names.get(item.case.handler_id), claims_of.get(id(item.group), []), item.clocks)
        item.search_rest = copies.pop("search_text")
        case_rows.append(_columns(item.case) | copies)
        kinds[id(item.group)] = copies["respondent_kind"]  # the payments' copy (see case_index)
    prep.bulk = {
        "enterprise": bulk_rows(dialect, Enterprise.__table__, [_columns(e) for e, _ in prep.new_enterprises.values()]),
        "respondent": bulk_rows(dialect, Respondent.__table__, [_columns(r) for r, _ in prep.new_respondents.values()]),
        "case": bulk_rows(dialect, Case.__table__, case_rows, CASE_LATE),
        "clock": bulk_rows(dialect, CaseDeadline.__table__,
                           [_columns(c) for item in prep.cases for c in item.clocks], ("case_id",)),
        "claim": bulk_rows(dialect, ArrearsClaim.__table__, [_columns(i.claim) for i in prep.claims], ("case_id",)),
        "payment": bulk_rows(dialect, Payment.__table__, [
            _columns(i.payment) | {"respondent_kind": kinds.get(id(i.group))}
            for i in prep.claims if i.payment is not None], ("claim_id",)),
    }


def _columns(obj) -> dict:
    """An unsaved object's columns as one INSERT takes them (its id left out), defaults applied as a flush would."""
    return {c.key: _value(obj, c) for c in inspect(type(obj)).columns if not c.primary_key}


def _value(obj, column):
    """The attribute as set, else the column's default."""
    value = obj.__dict__.get(column.key)
    default = column.default
    if value is None and default is not None:
        value = default.arg(None) if default.is_callable else default.arg
    return value


# --- under the write lock ----------------------------------------------------------------------------


def write_prepared(s: Session, ctx: CaseContext, prep: Prepared) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Insert what ``prepare_plan`` built; the ids and numbers of the cases written to, in the file's order."""
    events: list[history.PendingEvent] = []
    _insert_parties(s, prep, events)
    case_ids = _insert_cases(s, ctx, prep)
    by_group = {id(item.group): item for item in prep.cases}
    events.extend(_case_event(prep, by_group[id(g)]) for g in prep.groups if id(g) in by_group)
    _insert_claims(s, prep, case_ids, events)
    if prep.extended:  # as the desk's add_claim: the case changed (a desk showing it reloads), its copies too
        for chunk in chunks(sorted(prep.extended)):
            s.execute(update(Case).where(Case.id.in_(chunk)).values(updated_at=utcnow(), version=Case.version + 1)
                      .execution_options(synchronize_session=False))
        case_index.refresh(s, prep.extended)
    history.record_many(s, ctx.actor, events)
    numbers = {item.case.id: item.case.case_no for item in prep.cases} | prep.extended
    touched = [g.case_id if g.case_id is not None else case_ids[id(g)] for g in prep.groups]
    return tuple(touched), tuple(numbers[i] for i in touched)


def _insert_parties(s: Session, prep: Prepared, events: list[history.PendingEvent]) -> None:
    ent_ids = bulk_insert(s, prep.bulk["enterprise"])
    res_ids = bulk_insert(s, prep.bulk["respondent"])
    prep.enterprise_ids.update(zip(prep.new_enterprises, ent_ids, strict=True))
    prep.respondent_ids.update(zip(prep.new_respondents, res_ids, strict=True))
    events.extend(dataclasses.replace(e, entity_id=i) for e, i in zip(prep.party_events, ent_ids + res_ids,
                                                                      strict=True))


def _insert_cases(s: Session, ctx: CaseContext, prep: Prepared) -> dict[int, int]:
    """The new cases numbered (one reservation per year, in received-date order), inserted with their clocks."""
    by_year: dict[int, list[NewCaseRows]] = {}
    for item in prep.cases:
        by_year.setdefault(item.case.year, []).append(item)
    for year, members in by_year.items():
        first_seq = next_number(s, "case", year, count=len(members))
        for offset, item in enumerate(members):
            number_case(ctx, item.case, first_seq + offset)
    late = []
    for item in prep.cases:
        v = item.group.rows[0].values
        case = item.case
        case.complainant_id = prep.enterprise_ids[complainant_key(v)]
        case.respondent_id = prep.respondent_ids[respondent_key(v)]
        late.append((case.case_no, case.seq, case.complainant_id, case.respondent_id,
                     case_index.search_text(case.case_no, item.search_rest)))
    ids: dict[int, int] = {}
    for item, case_id in zip(prep.cases, bulk_insert(s, prep.bulk["case"], late), strict=True):
        item.case.id = ids[id(item.group)] = case_id
    bulk_insert(s, prep.bulk["clock"], [(item.case.id,) for item in prep.cases for _ in item.clocks],
                returning_ids=False)
    return ids


def _insert_claims(s: Session, prep: Prepared, case_ids: dict[int, int], events: list[history.PendingEvent]) -> None:
    owners = [item.group.case_id if item.group.case_id is not None else case_ids[id(item.group)]
              for item in prep.claims]
    claim_ids = bulk_insert(s, prep.bulk["claim"], [(case_id,) for case_id in owners])
    payment_ids = iter(bulk_insert(s, prep.bulk["payment"], [
        (claim_id,) for item, claim_id in zip(prep.claims, claim_ids, strict=True) if item.payment is not None]))
    for item, claim_id, case_id in zip(prep.claims, claim_ids, owners, strict=True):
        changes = item.changes
        if item.payment is not None:  # its payment's id, now known
            changes = changes.replace(_PAYMENT_TOKEN, f'"payment_id":[null,{next(payment_ids)}]')
        events.append(history.PendingEvent("claim", claim_id, "imported", item.summary, changes, case_id))


def _case_event(prep: Prepared, item: NewCaseRows) -> history.PendingEvent:
    changes = item.changes
    for token, key in item.placeholders.items():  # the new parties' ids, now known
        name, placeholder = token.split(":")
        real = prep.enterprise_ids[key] if name == "complainant_id" else prep.respondent_ids[key]
        changes = changes.replace(f'"{name}":[null,{placeholder}]', f'"{name}":[null,{real}]')
    return history.PendingEvent("case", item.case.id, "imported", item.summary + item.case.case_no, changes,
                                item.case.id)


def _summary(v: dict, group: Group) -> str:
    amounts = [r.values["amount_claimed"] for r in group.rows if r.values.get("amount_claimed") is not None]
    if amounts:
        total = sum(amounts, Decimal("0.00"))
        return f"{v['respondent_name']}拖欠{v['complainant_name']}款项 {total:,.2f} 元（{len(amounts)} 笔，导入）"
    return f"{v['complainant_name']}投诉{v['respondent_name']}（导入，详见来文）"
