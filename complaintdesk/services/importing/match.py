"""Import phase 4, matching: rows against each other and against the database.

**Row identity.** A row is one arrears claim; its identity is (complainant — credit code, else
name; contract number; amount claimed), plus respondent and delivery date when there is no
contract number. A claim with the same identity already in the database (imported before, or
entered by hand) is *skipped*, so importing the same file again — or a cumulative batch that
repeats last month's rows — creates no duplicates. The same identity twice in one file is an
error; the same contract number with another amount is an error too (a correction is made in the
case, not by import). Rows of one case share its reference (案件编号/来文编号, kept in
``Case.source_ref``), or else complainant, respondent and received date; a new claim of a case
already in the database is added to it.

Every look-up is one statement per chunk of ids (``CHUNK``), whatever the number of rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from complaintdesk.domain.arrears import DebtorKind
from complaintdesk.domain.vocabulary import OPEN_STATUSES, Role
from complaintdesk.messages import importer as msg
from complaintdesk.services.importing.mapping import FIELDS
from complaintdesk.services.importing.report import Findings
from complaintdesk.services.importing.validate import Row
from complaintdesk.store.models import ArrearsClaim, Case, Enterprise, Respondent, User

CHUNK = 900  # ids per IN (...) list: well below every database's bound-parameter limit
CONSISTENT = ("received_on", "channel", "category", "procedure", "closed_on", "outcome", "respondent_name")


@dataclass
class Group:
    """The rows of one case."""

    key: tuple
    rows: list[Row]
    case_id: int | None = None  # an existing case they belong to
    case_no: str | None = None
    new_claims: list[Row] = field(default_factory=list)


@dataclass
class Parties:
    enterprises: dict[str, int | None]  # complainant key → existing id (None: create)
    respondents: dict[str, int | None]
    handlers: dict[str, int]  # display or user name → user id


@dataclass
class Plan:
    """What an import creates: the groups of rows to write, and the counts the report gives."""

    groups: list[Group]
    parties: Parties
    new_cases: int = 0
    extended_cases: int = 0
    new_claims: int = 0
    new_payments: int = 0

    def new_enterprises(self) -> int:
        return len({complainant_key(r.values) for g in self.groups for r in g.rows
                    if self.parties.enterprises.get(complainant_key(r.values)) is None})

    def new_respondents(self) -> int:
        return len({respondent_key(r.values) for g in self.groups for r in g.rows
                    if self.parties.respondents.get(respondent_key(r.values)) is None})


def complainant_key(values: dict) -> str:
    return values.get("complainant_uscc") or "name:" + values["complainant_name"]


def respondent_key(values: dict) -> str:
    return values.get("respondent_uscc") or "name:" + values["respondent_name"]


def claim_identity(complainant: str, respondent: str, contract_no: str | None, amount: Decimal,
                   delivered_on: date | None) -> tuple:
    if contract_no:
        return (complainant, "contract", contract_no.upper(), amount)
    return (complainant, "no-contract", respondent, amount, delivered_on)


def row_identity(v: dict) -> tuple:
    return claim_identity(complainant_key(v), respondent_key(v), v.get("contract_no"), v["amount_claimed"],
                          v.get("delivered_on"))


def chunks(items: Sequence, size: int = CHUNK) -> Iterable[list]:
    items = list(items)
    for i in range(0, len(items), size):
        yield items[i:i + size]


# --- rows against each other -----------------------------------------------------------------------


def group_rows(rows: list[Row], found: Findings) -> list[Group]:
    """The file's cases (rows that say differently what their case is are errors), and rows that repeat a claim."""
    groups: dict[tuple, Group] = {}
    seen_claims: dict[tuple, int] = {}
    for row in rows:
        v = row.values
        if not v.get("complainant_name") or not v.get("respondent_name") or not v.get("received_on"):
            continue
        comp = complainant_key(v)
        key = ("ref", v["case_ref"], comp) if v.get("case_ref") else ("auto", comp, respondent_key(v), v["received_on"])
        group = groups.get(key)
        if group is None:
            groups[key] = Group(key, [row])
        else:
            _check_same_case(group.rows[0], row, found)
            group.rows.append(row)
        if v.get("amount_claimed") is not None:
            identity = row_identity(v)
            if identity in seen_claims:
                found.error(row, "contract_no" if v.get("contract_no") else "amount_claimed", msg.SAME_CLAIM_AS_ROW,
                            row=seen_claims[identity])
            else:
                seen_claims[identity] = row.number
    return list(groups.values())


def _check_same_case(first: Row, row: Row, found: Findings) -> None:
    for name in CONSISTENT:
        if name == "respondent_name":
            differs = respondent_key(first.values) != respondent_key(row.values)
        else:
            differs = first.values.get(name) != row.values.get(name)
        if differs:
            found.error(row, name, msg.INCONSISTENT_WITH_ROW, row=first.number, field=FIELDS[name].name)


# --- parties ---------------------------------------------------------------------------------------


def match_parties(s: Session, rows: list[Row], found: Findings) -> Parties:
    """Existing enterprises and respondents by credit code, else by name; handlers by name."""
    ent_by_code, ent_by_name = _enterprises(s, rows)
    res_by_code, res_by_name = _respondents(s, rows)
    enterprises: dict[str, int | None] = {}
    respondents: dict[str, int | None] = {}
    names_in_file: dict[str, tuple[str, int]] = {}
    for row in rows:
        v = row.values
        if not v.get("complainant_name") or not v.get("respondent_name"):
            continue
        comp = complainant_key(v)
        if comp not in enterprises:
            enterprises[comp] = _existing_enterprise(row, ent_by_code, ent_by_name, found)
        if v.get("complainant_uscc"):
            seen = names_in_file.setdefault(v["complainant_uscc"], (v["complainant_name"], row.number))
            if seen[0] != v["complainant_name"]:
                found.warn(row, "complainant_name", msg.CODE_NAMED_IN_ROW, row=seen[1], name=seen[0])
        resp = respondent_key(v)
        if resp not in respondents:
            respondents[resp] = _existing_respondent(row, res_by_code, res_by_name, found)
    return Parties(enterprises, respondents, _handlers(s, rows, found))


def _enterprises(s: Session, rows: list[Row]) -> tuple[dict, dict]:
    codes = {r.values["complainant_uscc"] for r in rows if r.values.get("complainant_uscc")}
    names = {r.values["complainant_name"] for r in rows if r.values.get("complainant_name")}
    by_code, by_name = {}, {}
    for chunk in chunks(sorted(codes | names)):
        for e in s.execute(select(Enterprise.id, Enterprise.name, Enterprise.uscc).where(
                or_(Enterprise.uscc.in_(chunk), Enterprise.name.in_(chunk)))):
            if e.uscc:
                by_code[e.uscc] = (e.id, e.name)
            by_name.setdefault(e.name, []).append((e.id, e.uscc))
    return by_code, by_name


def _respondents(s: Session, rows: list[Row]) -> tuple[dict, dict]:
    codes = {r.values["respondent_uscc"] for r in rows if r.values.get("respondent_uscc")}
    names = {r.values["respondent_name"] for r in rows if r.values.get("respondent_name")}
    by_code, by_name = {}, {}
    for chunk in chunks(sorted(codes | names)):
        for r in s.execute(select(Respondent.id, Respondent.name, Respondent.uscc, Respondent.kind).where(
                or_(Respondent.uscc.in_(chunk), Respondent.name.in_(chunk)))):
            if r.uscc:
                by_code.setdefault(r.uscc, (r.id, r.name, r.kind))
            by_name.setdefault(r.name, []).append((r.id, r.uscc, r.kind))
    return by_code, by_name


def _existing_enterprise(row: Row, by_code: dict, by_name: dict, found: Findings) -> int | None:
    v = row.values
    code = v.get("complainant_uscc")
    if code and code in by_code:
        ent_id, name = by_code[code]
        if name != v["complainant_name"]:
            found.warn(row, "complainant_name", msg.CODE_REGISTERED_AS, name=name)
        return ent_id
    if not code and len(by_name.get(v["complainant_name"], [])) == 1:
        return by_name[v["complainant_name"]][0][0]
    return None


def _existing_respondent(row: Row, by_code: dict, by_name: dict, found: Findings) -> int | None:
    v = row.values
    code = v.get("respondent_uscc")
    match = by_code.get(code) if code else None
    if match is None and not code:
        candidates = by_name.get(v["respondent_name"], [])
        match = (candidates[0][0], v["respondent_name"], candidates[0][2]) if len(candidates) == 1 else None
    if match and v.get("respondent_kind") and match[2] != v["respondent_kind"]:
        found.warn(row, "respondent_kind", msg.KIND_REGISTERED_AS, kind=DebtorKind(match[2]))
    return match[0] if match else None


def _handlers(s: Session, rows: list[Row], found: Findings) -> dict[str, int]:
    handlers: dict[str, int] = {}
    wanted = {r.values["handler"] for r in rows if r.values.get("handler")}
    if not wanted:
        return handlers
    for u in s.execute(select(User).where(or_(User.display_name.in_(wanted), User.username.in_(wanted)),
                                          User.active.is_(True), User.role != Role.AUDITOR.value)).scalars():
        handlers[u.display_name] = handlers[u.username] = u.id
    warned = set()
    for row in rows:
        name = row.values.get("handler")
        if name and name not in handlers and name not in warned:
            warned.add(name)
            found.warn(row, "handler", msg.UNKNOWN_HANDLER)
    return handlers


# --- claims and cases already in the database ------------------------------------------------------


def plan_import(s: Session, groups: list[Group], parties: Parties, found: Findings) -> Plan:
    """Which groups make new cases, which add claims to existing ones, which rows are already there."""
    existing = existing_claims(s, parties.enterprises)
    by_contract: dict[tuple, tuple] = {}
    for ident, info in existing.items():
        if ident[1] == "contract":
            by_contract.setdefault(ident[:3], info)
    cases = existing_cases(s, groups, parties)
    plan = Plan([], parties)
    for group in groups:
        match = cases.get(group.key)
        if match is not None:
            group.case_id, group.case_no = match
        for row in group.rows:
            if row.values.get("amount_claimed") is not None and _is_new_claim(row, existing, by_contract, found):
                group.new_claims.append(row)
                plan.new_claims += 1
                plan.new_payments += 1 if (row.values.get("amount_paid") or 0) > 0 else 0
        _place_group(s, group, plan, found)
    found.skipped.sort(key=lambda p: p.row or 0)
    found.errors.sort(key=lambda p: (p.row or 0))
    return plan


def _is_new_claim(row: Row, existing: dict, by_contract: dict, found: Findings) -> bool:
    v = row.values
    identity = row_identity(v)
    if identity in existing:
        case_no, paid = existing[identity][1], existing[identity][2]
        found.skip(row.number, msg.CLAIM_ALREADY_REGISTERED, case_no=case_no)
        if v.get("amount_paid") is not None and v["amount_paid"] != paid:
            found.warn(row, "amount_paid", msg.PAYMENT_DIFFERS, paid=f"{paid:,.2f}")
        return False
    contract = (complainant_key(v), "contract", v["contract_no"].upper()) if v.get("contract_no") else None
    if contract in by_contract:
        _, case_no, _, amount = by_contract[contract]
        found.error(row, "amount_claimed", msg.CONTRACT_AMOUNT_DIFFERS, contract_no=v["contract_no"],
                    case_no=case_no, amount=f"{amount:,.2f}")
        return False
    return True


def _place_group(s: Session, group: Group, plan: Plan, found: Findings) -> None:
    no_claims = all(r.values.get("amount_claimed") is None for r in group.rows)
    if group.case_id is None and (group.new_claims or no_claims):
        plan.new_cases += 1
        plan.groups.append(group)
        _warn_open_duplicate(s, group, plan.parties, found)
    elif group.case_id is not None and group.new_claims:
        plan.extended_cases += 1
        plan.groups.append(group)
    elif group.case_id is not None and no_claims:
        found.skip(group.rows[0].number, msg.CASE_ALREADY_REGISTERED, case_no=group.case_no)


def existing_claims(s: Session, enterprises: dict[str, int | None]) -> dict[tuple, tuple]:
    """Identity → (case id, case no, amount paid, amount claimed) of the claims of the file's complainants."""
    key_of = {ent_id: key for key, ent_id in enterprises.items() if ent_id is not None}
    found: dict[tuple, tuple] = {}
    for chunk in chunks(sorted(key_of)):
        rows = s.execute(
            select(Case.complainant_id, Case.id, Case.case_no, Respondent.uscc, Respondent.name,
                   ArrearsClaim.contract_no, ArrearsClaim.amount_claimed, ArrearsClaim.delivered_on,
                   ArrearsClaim.amount_paid)
            .join(ArrearsClaim, ArrearsClaim.case_id == Case.id)
            .outerjoin(Respondent, Respondent.id == Case.respondent_id)
            .where(Case.complainant_id.in_(chunk)))
        for comp_id, case_id, case_no, r_uscc, r_name, contract_no, amount, delivered, paid in rows:
            resp = r_uscc or "name:" + (r_name or "")
            for identity in {claim_identity(key_of[comp_id], resp, contract_no, amount, delivered),
                             claim_identity(key_of[comp_id], "name:" + (r_name or ""), contract_no, amount,
                                            delivered)}:
                found.setdefault(identity, (case_id, case_no, paid, amount))
    return found


def existing_cases(s: Session, groups: list[Group], parties: Parties) -> dict[tuple, tuple[int, str]]:
    """The database case each group of rows belongs to: same reference (source_ref or case
    number) and complainant; or same complainant, respondent and received date."""
    found: dict[tuple, tuple[int, str]] = {}
    by_complainant: dict[int, list[Group]] = {}
    for g in groups:
        ent_id = parties.enterprises.get(complainant_key(g.rows[0].values))
        if ent_id is not None:
            by_complainant.setdefault(ent_id, []).append(g)
    for chunk in chunks(sorted(by_complainant)):
        for case_id, case_no, source_ref, comp_id, resp_id, received in s.execute(
                select(Case.id, Case.case_no, Case.source_ref, Case.complainant_id, Case.respondent_id,
                       Case.received_on).where(Case.complainant_id.in_(chunk)).order_by(Case.id)):
            for g in by_complainant[comp_id]:
                if g.key not in found and _same_case(g, case_no, source_ref, resp_id, received, parties):
                    found[g.key] = (case_id, case_no)
    return found


def _same_case(g: Group, case_no: str, source_ref: str | None, resp_id: int, received: date, parties: Parties) -> bool:
    v = g.rows[0].values
    if g.key[0] == "ref":
        return v["case_ref"] in (source_ref, case_no)
    return parties.respondents.get(respondent_key(v)) == resp_id and received == v["received_on"]


def _warn_open_duplicate(s: Session, group: Group, parties: Parties, found: Findings) -> None:
    v = group.rows[0].values
    ent_id, resp_id = parties.enterprises.get(complainant_key(v)), parties.respondents.get(respondent_key(v))
    if ent_id is None or resp_id is None:
        return
    open_no = s.execute(select(Case.case_no).where(
        Case.complainant_id == ent_id, Case.respondent_id == resp_id,
        Case.status.in_([st.value for st in OPEN_STATUSES])).limit(1)).scalar()
    if open_no:
        found.warn(group.rows[0], "complainant_name", msg.OPEN_CASE_EXISTS, case_no=open_no)
