"""Registering a case: the parties (chosen or new), the duplicate check, its number and statutory clocks.

``insert_case`` and ``open_clocks`` are the building blocks the batch import shares with the desk: the
import reserves a year's numbers in one step, adds its cases, flushes once and opens their clocks.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from complaintdesk.domain.arrears import DebtorKind
from complaintdesk.domain.names import normalize_name
from complaintdesk.domain.sme import INDUSTRIES
from complaintdesk.domain.uscc import normalize_uscc, uscc_problem
from complaintdesk.domain.vocabulary import OPEN_STATUSES, CaseStatus, Category, Channel, Role
from complaintdesk.messages import cases as msg
from complaintdesk.services import case_index, deadline_clocks, history
from complaintdesk.services.auth import Permission, require
from complaintdesk.services.case_context import CaseContext, Workplace, case_detail, cents, check_date
from complaintdesk.services.case_query import CaseQuery, CaseRow
from complaintdesk.services.case_view import size_of
from complaintdesk.services.cases import CaseService
from complaintdesk.services.desk_types import CaseDetail, EnterpriseInput, RegistrationInput, RespondentInput
from complaintdesk.services.errors import DuplicateCases
from complaintdesk.services.numbering import next_number
from complaintdesk.services.reference import RuleBook
from complaintdesk.services.validation import Collector, Problem, ValidationError
from complaintdesk.store.models import Case, CaseDeadline, Enterprise, Respondent, User

MAX_FIGURE_WAN = Decimal("1000000000")
MAX_EMPLOYEES = 10_000_000
PHONE_RE = re.compile(r"^[0-9+()\-\s转]{3,40}$")
DEFAULT_NUMBER_PATTERN = "{year}-{seq:04d}"


@dataclass(frozen=True)
class NewCase:
    """A checked case to insert: its parties exist (by id), its texts are cleaned."""

    received_on: date
    channel: str
    procedure: str
    category: str
    summary: str
    complainant_id: int
    respondent_id: int | None
    handler_id: int | None
    demands: str | None = None
    source_ref: str | None = None


@dataclass
class _Checked:
    """What the checks of a registration hand on: the new parties' values and the cleaned texts."""

    complainant: dict[str, Any] | None
    respondent: dict[str, Any] | None
    summary: str
    demands: str | None
    source_ref: str | None
    handler_id: int | None


# --- building blocks (no transaction of their own) -----------------------------------------------------


def case_number(ctx: CaseContext, year: int, seq: int) -> str:
    return str(ctx.rules.settings.get("cases.number_pattern", DEFAULT_NUMBER_PATTERN)).format(year=year, seq=seq)


def insert_case(session: Session, ctx: CaseContext, new: NewCase, seq: int | None = None) -> Case:
    """Add a registered case numbered ``seq`` of its year (None: reserve the next number now).

    No flush: the case gets its id with the caller's next flush; then open its clocks (``open_clocks``).
    A batch reserves a year's numbers at once (``next_number(…, count=n)``) and passes each ``seq``.
    """
    case = unnumbered_case(new)
    number_case(ctx, case, next_number(session, "case", case.year) if seq is None else seq)
    session.add(case)
    return case


def unnumbered_case(new: NewCase) -> Case:
    """The registered case ``insert_case`` adds, without its number and not added to a session (an import
    prepares its cases before it takes the write lock, and numbers them under it: ``number_case``)."""
    return Case(year=new.received_on.year, received_on=new.received_on,
                channel=new.channel, procedure=new.procedure, category=new.category, summary=new.summary,
                demands=new.demands, status=CaseStatus.REGISTERED.value, complainant_id=new.complainant_id,
                respondent_id=new.respondent_id, handler_id=new.handler_id, source_ref=new.source_ref)


def number_case(ctx: CaseContext, case: Case, seq: int) -> None:
    case.seq = seq
    case.case_no = case_number(ctx, case.year, seq)


def open_clocks(session: Session, ctx: CaseContext, case: Case, triggers: Iterable[str], on: date
                ) -> list[CaseDeadline]:
    """Start the clocks of the case's procedure that the given events (``"received"``…) start, on ``on``."""
    rows = clock_rows(ctx.rules, case, triggers, on)
    session.add_all(rows)
    return rows


def clock_rows(rules: RuleBook, case: Case, triggers: Iterable[str], on: date) -> list[CaseDeadline]:
    """The clocks ``open_clocks`` starts, not added to a session."""
    wanted = set(triggers)
    return [deadline_clocks.step_row(case, rule, on, rules.calendar)
            for rule in rules.procedures[case.procedure].steps if rule.trigger in wanted]


def duplicate_ids(session: Session, inp: RegistrationInput) -> list[int]:
    """Open cases with the same complainant and respondent (by id, credit code or exact name)."""
    comp_ids = _complainant_ids(session, inp)
    if not comp_ids:
        return []
    conds = [Case.complainant_id.in_(comp_ids), Case.status.in_([s.value for s in OPEN_STATUSES])]
    if inp.respondent_id:
        conds.append(Case.respondent_id == inp.respondent_id)
    elif inp.respondent and (inp.respondent.uscc or normalize_name(inp.respondent.name)):
        resp = select(Respondent.id).where(or_(
            Respondent.name == normalize_name(inp.respondent.name),
            Respondent.uscc == normalize_uscc(inp.respondent.uscc or "-")))
        conds.append(Case.respondent_id.in_(resp))
    else:
        return []
    return list(session.execute(select(Case.id).where(*conds).order_by(Case.id)).scalars())


def _complainant_ids(session: Session, inp: RegistrationInput) -> set[int]:
    comp_ids: set[int] = set()
    if inp.complainant_id:
        comp_ids.add(inp.complainant_id)
    elif inp.complainant and inp.complainant.uscc:
        comp_ids.update(session.execute(select(Enterprise.id).where(
            Enterprise.uscc == normalize_uscc(inp.complainant.uscc))).scalars())
    if not comp_ids and inp.complainant and normalize_name(inp.complainant.name):
        comp_ids.update(session.execute(select(Enterprise.id).where(
            Enterprise.name == normalize_name(inp.complainant.name))).scalars())
    return comp_ids


# --- checks --------------------------------------------------------------------------------------------


def _check_uscc(c: Collector, s: Session, field: str, uscc: str | None, model: type, taken: Any) -> str | None:
    """The normalised credit code if it is valid and nobody has it yet (else a problem on ``field``)."""
    if not uscc or not uscc.strip():
        return None
    code = normalize_uscc(uscc)
    problem = uscc_problem(code)
    if problem:
        c.add(field, msg.USCC_INVALID, problem=problem)
        return None
    other = s.execute(select(model.name).where(model.uscc == code)).scalar()
    if other is not None:
        c.add(field, taken, other=other)
    return code


def check_enterprise(c: Collector, s: Session, inp: EnterpriseInput) -> dict[str, Any]:
    """A new complainant's cleaned values; its problems on ``complainant.*``."""
    f = "complainant."
    values: dict[str, Any] = {
        "name": c.text(f + "name", normalize_name(inp.name), msg.NAME_COMPLAINANT, required=True),
        "township": c.text(f + "township", inp.township, msg.NAME_TOWNSHIP, max_len=100),
        "address": c.text(f + "address", inp.address, msg.NAME_ADDRESS, max_len=300),
        "contact_person": c.text(f + "contact_person", normalize_name(inp.contact_person), msg.NAME_CONTACT_PERSON,
                                 max_len=100),
        "phone": c.text(f + "phone", inp.phone, msg.NAME_PHONE, max_len=40),
        "industry": inp.industry or None, "employees": inp.employees,
        "revenue_wan": inp.revenue_wan, "assets_wan": inp.assets_wan, "uscc": None,
    }
    if values["phone"] and not PHONE_RE.match(values["phone"]):
        c.add(f + "phone", msg.PHONE_MALFORMED)
    values["uscc"] = _check_uscc(c, s, f + "uscc", inp.uscc, Enterprise, msg.USCC_TAKEN_BY_ENTERPRISE)
    if values["industry"] and values["industry"] not in INDUSTRIES:
        c.add(f + "industry", msg.UNKNOWN_INDUSTRY)
    if inp.employees is not None and not 0 <= inp.employees <= MAX_EMPLOYEES:
        c.add(f + "employees", msg.EMPLOYEES_RANGE)
    for key, name in (("revenue_wan", msg.NAME_REVENUE), ("assets_wan", msg.NAME_ASSETS)):
        v = getattr(inp, key)
        if v is not None and (not cents(v, MAX_FIGURE_WAN) or v < 0):
            c.add(f + key, msg.FIGURE_RANGE, name=name)
    return values


def check_respondent(c: Collector, s: Session, inp: RespondentInput) -> dict[str, Any]:
    """A new respondent's cleaned values; its problems on ``respondent.*``."""
    f = "respondent."
    values: dict[str, Any] = {
        "name": c.text(f + "name", normalize_name(inp.name), msg.NAME_RESPONDENT, required=True),
        "address": c.text(f + "address", inp.address, msg.NAME_ADDRESS, max_len=300),
        "contact_person": c.text(f + "contact_person", normalize_name(inp.contact_person), msg.NAME_CONTACT_PERSON,
                                 max_len=100),
        "phone": c.text(f + "phone", inp.phone, msg.NAME_PHONE, max_len=40),
        "kind": inp.kind, "uscc": None,
    }
    try:
        DebtorKind(inp.kind)
    except ValueError:
        c.add(f + "kind", msg.CHOOSE_RESPONDENT_KIND)
    values["uscc"] = _check_uscc(c, s, f + "uscc", inp.uscc, Respondent, msg.USCC_TAKEN_BY_RESPONDENT)
    return values


def _check_parties(c: Collector, s: Session, inp: RegistrationInput) -> tuple[dict | None, dict | None]:
    comp = resp = None
    if inp.complainant_id:
        if s.get(Enterprise, inp.complainant_id) is None:
            c.add("complainant.name", msg.ENTERPRISE_NOT_FOUND)
    elif inp.complainant is None:
        c.add("complainant.name", msg.CHOOSE_COMPLAINANT)
    else:
        comp = check_enterprise(c, s, inp.complainant)
    if inp.respondent_id:
        if s.get(Respondent, inp.respondent_id) is None:
            c.add("respondent.name", msg.RESPONDENT_NOT_FOUND)
    elif inp.respondent is None:
        c.add("respondent.name", msg.CHOOSE_RESPONDENT)
    else:
        resp = check_respondent(c, s, inp.respondent)
    return comp, resp


def handler_available(s: Session, user_id: int) -> bool:
    """True for an active user who may handle cases (not an auditor)."""
    h = s.get(User, user_id)
    return h is not None and h.active and h.role != Role.AUDITOR.value


def _check_registration(ctx: CaseContext, inp: RegistrationInput) -> _Checked:
    """Every problem of a registration at once (ValidationError), else what the insert needs."""
    c, s = Collector(), ctx.session
    comp, resp = _check_parties(c, s, inp)
    for field, enum, choose in (("channel", Channel, msg.CHOOSE_CHANNEL), ("category", Category, msg.CHOOSE_CATEGORY)):
        try:
            enum(getattr(inp, field))
        except ValueError:
            c.add(field, choose)
    if inp.procedure not in ctx.rules.procedures:
        c.add("procedure", msg.CHOOSE_PROCEDURE)
    summary = c.text("summary", inp.summary, msg.NAME_SUMMARY, required=True, max_len=5000)
    demands = c.text("demands", inp.demands, msg.NAME_DEMANDS, max_len=2000)
    source_ref = c.text("source_ref", inp.source_ref, msg.NAME_SOURCE_REF, max_len=100)
    check_date(c, "received_on", inp.received_on, msg.NAME_RECEIVED_ON, required=True, today=ctx.today)
    handler_id = inp.handler_id or ctx.actor.user_id
    if handler_id is not None and not handler_available(s, handler_id):
        c.add("handler_id", msg.HANDLER_UNAVAILABLE)
    c.raise_if_any()
    return _Checked(comp, resp, summary or "", demands, source_ref, handler_id)


# --- writing -------------------------------------------------------------------------------------------


def _new_complainant(ctx: CaseContext, values: dict[str, Any]) -> int:
    s = ctx.session
    size, basis = size_of(values["industry"], values["employees"], values["revenue_wan"], values["assets_wan"])
    ent = Enterprise(**values, size_class=size, size_basis=json.dumps(basis, ensure_ascii=False) if basis else None)
    s.add(ent)
    s.flush()
    history.record(s, ctx.actor, entity="enterprise", entity_id=ent.id, action="enterprise_created",
                   summary=f"新建企业：{ent.name}", changes={k: (None, v) for k, v in values.items() if v is not None})
    return ent.id


def _new_respondent(ctx: CaseContext, values: dict[str, Any]) -> int:
    s = ctx.session
    r = Respondent(**values)
    s.add(r)
    s.flush()
    history.record(s, ctx.actor, entity="respondent", entity_id=r.id, action="respondent_created",
                   summary=f"新建被投诉单位：{r.name}", changes={k: (None, v) for k, v in values.items() if v is not None})
    return r.id


def _record_registration(ctx: CaseContext, case: Case) -> None:
    history.record(ctx.session, ctx.actor, entity="case", entity_id=case.id, case_id=case.id, action="registered",
                   summary=f"登记案件 {case.case_no}", changes={
                       "status": (None, case.status), "received_on": (None, case.received_on),
                       "channel": (None, case.channel), "procedure": (None, case.procedure),
                       "category": (None, case.category), "complainant_id": (None, case.complainant_id),
                       "respondent_id": (None, case.respondent_id), "handler_id": (None, case.handler_id),
                       "next_due_on": (None, case.next_due_on)})


# --- the use cases -------------------------------------------------------------------------------------


class RegistrationService:
    """Registers cases; warns of possible duplicates first."""

    def __init__(self, workplace: Workplace, cases: CaseService):
        self._place = workplace
        self._cases = cases

    def possible_duplicates(self, inp: RegistrationInput) -> list[CaseRow]:
        """Open cases with the same complainant and respondent (shown before a new one is saved)."""
        with self._place.read() as s:
            ids = duplicate_ids(s, inp)
        return self._cases.page(CaseQuery(ids=tuple(ids)), 0, len(ids)) if ids else []

    def problems(self, inp: RegistrationInput) -> list[Problem]:
        """What ``register`` would refuse in ``inp``, field by field, without registering anything (a form
        that found its own problems first shows these beside them, all in one round)."""
        with self._place.read() as s:
            try:
                _check_registration(self._place.context(s), inp)
            except ValidationError as exc:
                return list(exc.problems)
        return []

    def register(self, inp: RegistrationInput) -> CaseDetail:
        require(self._place.actor(), Permission.EDIT_CASES)
        with self._place.write() as s:
            ctx = self._place.context(s)
            checked = _check_registration(ctx, inp)
            if not inp.confirm_duplicates and duplicate_ids(s, inp):
                dupes = self.possible_duplicates(inp)
                raise DuplicateCases(msg.POSSIBLE_DUPLICATES, dupes, case_nos=[r.case_no for r in dupes])
            complainant_id = (_new_complainant(ctx, checked.complainant) if checked.complainant is not None
                              else inp.complainant_id)
            respondent_id = (_new_respondent(ctx, checked.respondent) if checked.respondent is not None
                             else inp.respondent_id)
            case = insert_case(s, ctx, NewCase(
                received_on=inp.received_on, channel=inp.channel, procedure=inp.procedure, category=inp.category,
                summary=checked.summary, complainant_id=complainant_id, respondent_id=respondent_id,
                handler_id=checked.handler_id, demands=checked.demands, source_ref=checked.source_ref))
            s.flush()
            open_clocks(s, ctx, case, ("received",), inp.received_on)
            deadline_clocks.recompute(s, ctx.rules.calendar, case_ids=[case.id])
            case_index.refresh(s, [case.id])
            _record_registration(ctx, case)
            return case_detail(ctx, case.id)
