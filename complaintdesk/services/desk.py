"""The officer's desk: register cases, move them through their statutory steps, track arrears, keep evidence.

Each public method is one transaction that validates everything first (all problems at once, per
field), then changes the case, recomputes its clocks and writes the history (who, when, old → new).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from complaintdesk.domain import workflow
from complaintdesk.domain.arrears import DebtorKind, OutsideRegulation, payment_due_date
from complaintdesk.domain.deadlines import ExtensionBeyondCap
from complaintdesk.domain.sme import INDUSTRIES
from complaintdesk.domain.uscc import normalize_uscc, uscc_problem
from complaintdesk.domain.vocabulary import (
    OPEN_STATUSES,
    AttachmentKind,
    CaseStatus,
    Category,
    Channel,
    ClaimSubject,
    Outcome,
    Role,
    Satisfaction,
)
from complaintdesk.domain.workflow import Action
from complaintdesk.services import case_index, clock, history
from complaintdesk.services.actor import Actor
from complaintdesk.services.auth import Permission, PermissionDenied, require, require_case_access
from complaintdesk.services.case_query import CaseQuery, CaseRow
from complaintdesk.services.case_view import (
    case_state,
    enterprise_view,
    load_detail,
    respondent_view,
    size_of,
)
from complaintdesk.services.desk_types import (
    ActionInput,
    CaseDetail,
    CaseEdit,
    ClaimInput,
    EnterpriseInput,
    EnterpriseView,
    PaymentInput,
    RegistrationInput,
    RespondentInput,
    RespondentView,
    UserView,
)
from complaintdesk.services.errors import ActionRefused, ConflictError, DuplicateCases, ServiceError
from complaintdesk.services.numbering import next_number
from complaintdesk.services.reference import RuleBook
from complaintdesk.services.validation import Collector
from complaintdesk.store.models import (
    ArrearsClaim,
    Attachment,
    AttachmentBlob,
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
from complaintdesk.store.types import utcnow

if TYPE_CHECKING:
    from complaintdesk.services.office import Office

EARLIEST_DATE = date(2000, 1, 1)
MAX_AMOUNT = Decimal("10000000000.00")  # 100亿元: anything larger is a typing error
MAX_FIGURE_WAN = Decimal("1000000000")
MAX_EMPLOYEES = 10_000_000
PHONE_RE = re.compile(r"^[0-9+()\-\s转]{3,40}$")

# What an officer may attach: documents and pictures, identified by their first bytes.
ATTACHMENT_TYPES = {
    ".pdf": ("application/pdf", (b"%PDF",)),
    ".jpg": ("image/jpeg", (b"\xff\xd8\xff",)), ".jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".png": ("image/png", (b"\x89PNG\r\n\x1a\n",)), ".gif": ("image/gif", (b"GIF87a", b"GIF89a")),
    ".bmp": ("image/bmp", (b"BM",)), ".tif": ("image/tiff", (b"II*\x00", b"MM\x00*")),
    ".tiff": ("image/tiff", (b"II*\x00", b"MM\x00*")),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", (b"PK\x03\x04",)),
    ".xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (b"PK\x03\x04",)),
    ".ofd": ("application/ofd", (b"PK\x03\x04",)),
    ".doc": ("application/msword", (b"\xd0\xcf\x11\xe0",)), ".xls": ("application/vnd.ms-excel", (b"\xd0\xcf\x11\xe0",)),
    ".wps": ("application/vnd.ms-works", (b"\xd0\xcf\x11\xe0",)), ".et": ("application/vnd.ms-excel", (b"\xd0\xcf\x11\xe0",)),
    ".txt": ("text/plain", ()),
}
SAFE_NAME_RE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def _cents(value: Decimal, limit: Decimal = MAX_AMOUNT) -> bool:
    """True for a finite amount within ±limit that has at most two decimal places.

    The bound is checked first: quantizing 1E+30 to cents exceeds the decimal context's precision.
    """
    return value.is_finite() and abs(value) <= limit and value == value.quantize(Decimal("0.01"))


def _fmt(value: Any) -> str:
    return "—" if value is None else str(value)


@dataclass
class _Context:
    session: Session
    actor: Actor
    rules: RuleBook
    today: date


class Desk:
    """Use cases of the officer's desk, over one office database."""

    def __init__(self, office: Office, today: Callable[[], date] = date.today):
        self._office = office
        self._today = today

    @property
    def office(self) -> Office:
        """The office this desk works on (its documents, reports… for the views built on the desk)."""
        return self._office

    # --- plumbing ----------------------------------------------------------------------------

    def _write(self) -> Any:
        return self._office.db.write()

    def context(self, session: Session) -> _Context:
        """The acting user, the office's rules and today, for checks run inside another service's transaction."""
        return _Context(session, self._office.actor, RuleBook.load(session), self._today())

    def _detail(self, ctx: _Context, case_id: int) -> CaseDetail:
        ctx.session.flush()
        detail = load_detail(ctx.session, case_id, ctx.actor, ctx.rules, ctx.today)
        if detail is None:
            raise ServiceError(f"案件不存在（编号 {case_id}） / case {case_id} does not exist")
        return detail

    # --- reading -----------------------------------------------------------------------------

    def staff(self) -> list[UserView]:
        with self._office.db.read() as s:
            users = s.execute(select(User).where(User.active.is_(True), User.role != Role.AUDITOR.value)
                              .order_by(User.role, User.display_name)).scalars()
            return [UserView(u.id, u.username, u.display_name, u.role) for u in users]

    def procedures(self) -> list[tuple[str, str]]:
        with self._office.db.read() as s:
            rules = RuleBook.load(s)
        return [(code, p.name_zh) for code, p in rules.procedures.items()]

    def search_enterprises(self, text: str, limit: int = 20) -> list[EnterpriseView]:
        needle = " ".join(text.split())
        if not needle:
            return []
        pattern = f"%{needle.replace('%', '').replace('_', '')}%"
        with self._office.db.read() as s:
            rows = s.execute(select(Enterprise).where(or_(
                Enterprise.name.like(pattern), Enterprise.uscc.like(normalize_uscc(pattern)))).order_by(
                Enterprise.name).limit(limit)).scalars()
            return [enterprise_view(e) for e in rows]

    def search_respondents(self, text: str, limit: int = 20) -> list[RespondentView]:
        needle = " ".join(text.split())
        if not needle:
            return []
        pattern = f"%{needle.replace('%', '').replace('_', '')}%"
        with self._office.db.read() as s:
            rows = s.execute(select(Respondent).where(or_(
                Respondent.name.like(pattern), Respondent.uscc.like(normalize_uscc(pattern)))).order_by(
                Respondent.name).limit(limit)).scalars()
            return [respondent_view(r) for r in rows]

    def detail(self, case_id: int, as_of: date | None = None) -> CaseDetail:
        with self._office.db.read() as s:
            ctx = self.context(s)
            if as_of is not None:
                ctx.today = as_of
            return self._detail(ctx, case_id)

    def possible_duplicates(self, inp: RegistrationInput) -> list[CaseRow]:
        """Open cases with the same complainant and respondent (shown before a new one is saved)."""
        with self._office.db.read() as s:
            ids = self._duplicate_ids(s, inp)
        return self._office.cases.page(CaseQuery(ids=tuple(ids)), 0, len(ids)) if ids else []

    @staticmethod
    def _duplicate_ids(session: Session, inp: RegistrationInput) -> list[int]:
        comp_ids: set[int] = set()
        if inp.complainant_id:
            comp_ids.add(inp.complainant_id)
        elif inp.complainant and inp.complainant.uscc:
            comp_ids.update(session.execute(select(Enterprise.id).where(
                Enterprise.uscc == normalize_uscc(inp.complainant.uscc))).scalars())
        if not comp_ids and inp.complainant and inp.complainant.name.strip():
            comp_ids.update(session.execute(select(Enterprise.id).where(
                Enterprise.name == inp.complainant.name.strip())).scalars())
        if not comp_ids:
            return []
        conds = [Case.complainant_id.in_(comp_ids), Case.status.in_([s.value for s in OPEN_STATUSES])]
        if inp.respondent_id:
            conds.append(Case.respondent_id == inp.respondent_id)
        elif inp.respondent and (inp.respondent.uscc or inp.respondent.name.strip()):
            resp = select(Respondent.id).where(or_(
                Respondent.name == inp.respondent.name.strip(),
                Respondent.uscc == normalize_uscc(inp.respondent.uscc or "-")))
            conds.append(Case.respondent_id.in_(resp))
        else:
            return []
        return list(session.execute(select(Case.id).where(*conds).order_by(Case.id)).scalars())

    # --- registration ------------------------------------------------------------------------

    def _check_enterprise(self, c: Collector, s: Session, inp: EnterpriseInput) -> dict[str, Any]:
        f = "complainant."
        values: dict[str, Any] = {
            "name": c.text(f + "name", inp.name, "投诉企业名称", "the complainant's name", required=True),
            "township": c.text(f + "township", inp.township, "乡镇（街道）", "township", max_len=100),
            "address": c.text(f + "address", inp.address, "地址", "address", max_len=300),
            "contact_person": c.text(f + "contact_person", inp.contact_person, "联系人", "contact person", max_len=100),
            "phone": c.text(f + "phone", inp.phone, "联系电话", "phone", max_len=40),
            "industry": inp.industry or None, "employees": inp.employees,
            "revenue_wan": inp.revenue_wan, "assets_wan": inp.assets_wan, "uscc": None,
        }
        if values["phone"] and not PHONE_RE.match(values["phone"]):
            c.add(f + "phone", "联系电话格式不正确", "the phone number is malformed")
        if inp.uscc and inp.uscc.strip():
            code = normalize_uscc(inp.uscc)
            problem = uscc_problem(code)
            if problem:
                c.add(f + "uscc", problem, f"invalid unified social credit code: {problem}")
            else:
                values["uscc"] = code
                other = s.execute(select(Enterprise.name).where(Enterprise.uscc == code)).scalar()
                if other is not None:
                    c.add(f + "uscc", f"该信用代码已登记为“{other}”，请从已有企业中选择",
                          f"this credit code is already registered as {other!r}: pick the existing enterprise")
        if values["industry"] and values["industry"] not in INDUSTRIES:
            c.add(f + "industry", "未知行业", f"unknown industry {values['industry']!r}")
        if inp.employees is not None and not 0 <= inp.employees <= MAX_EMPLOYEES:
            c.add(f + "employees", "从业人员数应在 0 到 10,000,000 之间", "employees must be 0 to 10,000,000")
        for key, zh, en in (("revenue_wan", "营业收入", "revenue"), ("assets_wan", "资产总额", "assets")):
            v = getattr(inp, key)
            if v is not None and (not _cents(v, MAX_FIGURE_WAN) or v < 0):
                c.add(f + key, f"{zh}应为 0 到 10亿万元之间、最多两位小数的数", f"{en} must be 0 to 1e9 (10,000 yuan), 2 decimals")
        return values

    def _check_respondent(self, c: Collector, s: Session, inp: RespondentInput) -> dict[str, Any]:
        f = "respondent."
        values: dict[str, Any] = {
            "name": c.text(f + "name", inp.name, "被投诉单位名称", "the respondent's name", required=True),
            "address": c.text(f + "address", inp.address, "地址", "address", max_len=300),
            "contact_person": c.text(f + "contact_person", inp.contact_person, "联系人", "contact person", max_len=100),
            "phone": c.text(f + "phone", inp.phone, "联系电话", "phone", max_len=40),
            "kind": inp.kind, "uscc": None,
        }
        try:
            DebtorKind(inp.kind)
        except ValueError:
            c.add(f + "kind", "请选择被投诉单位类型", "choose the respondent's kind")
        if inp.uscc and inp.uscc.strip():
            code = normalize_uscc(inp.uscc)
            problem = uscc_problem(code)
            if problem:
                c.add(f + "uscc", problem, f"invalid unified social credit code: {problem}")
            else:
                values["uscc"] = code
                other = s.execute(select(Respondent.name).where(Respondent.uscc == code)).scalar()
                if other is not None:
                    c.add(f + "uscc", f"该信用代码已登记为“{other}”，请从已有单位中选择",
                          f"this credit code is already registered as {other!r}: pick the existing respondent")
        return values

    def _check_date(self, c: Collector, field: str, value: date | None, zh: str, en: str, *, required: bool = False,
                    today: date, not_before: date | None = None, not_before_zh: str = "") -> date | None:
        if value is None:
            if required:
                c.add(field, f"请填写{zh}", f"{en} is required")
            return None
        if value > today:
            c.add(field, f"{zh}不能晚于今天", f"{en} cannot be in the future")
        elif value < EARLIEST_DATE:
            c.add(field, f"{zh}不能早于2000年", f"{en} cannot be before 2000")
        elif not_before and value < not_before:
            c.add(field, f"{zh}不能早于{not_before_zh}（{not_before:%Y-%m-%d}）", f"{en} cannot be before {not_before}")
        return value

    def register(self, inp: RegistrationInput) -> CaseDetail:
        require(self._office.actor, Permission.EDIT_CASES)
        with self._write() as s:
            ctx = self.context(s)
            c = Collector()
            comp = resp = None
            if inp.complainant_id:
                if s.get(Enterprise, inp.complainant_id) is None:
                    c.add("complainant.name", "所选企业不存在", "the chosen enterprise does not exist")
            elif inp.complainant is None:
                c.add("complainant.name", "请选择或填写投诉企业", "choose or enter the complainant")
            else:
                comp = self._check_enterprise(c, s, inp.complainant)
            if inp.respondent_id:
                if s.get(Respondent, inp.respondent_id) is None:
                    c.add("respondent.name", "所选单位不存在", "the chosen respondent does not exist")
            elif inp.respondent is None:
                c.add("respondent.name", "请选择或填写被投诉单位", "choose or enter the respondent")
            else:
                resp = self._check_respondent(c, s, inp.respondent)
            for field, enum, zh, en in (("channel", Channel, "投诉渠道", "channel"),
                                        ("category", Category, "投诉类别", "category")):
                try:
                    enum(getattr(inp, field))
                except ValueError:
                    c.add(field, f"请选择{zh}", f"choose the {en}")
            if inp.procedure not in ctx.rules.procedures:
                c.add("procedure", "请选择办理程序", "choose the procedure")
            summary = c.text("summary", inp.summary, "投诉事项", "the summary", required=True, max_len=5000)
            demands = c.text("demands", inp.demands, "投诉请求", "the demands", max_len=2000)
            source_ref = c.text("source_ref", inp.source_ref, "来文编号", "the source reference", max_len=100)
            self._check_date(c, "received_on", inp.received_on, "收件日期", "the received date", required=True,
                             today=ctx.today)
            handler_id = inp.handler_id or ctx.actor.user_id
            if handler_id is not None:
                h = s.get(User, handler_id)
                if h is None or not h.active or h.role == Role.AUDITOR.value:
                    c.add("handler_id", "承办人不存在或已停用", "the handler does not exist or is inactive")
            c.raise_if_any()
            if not inp.confirm_duplicates and self._duplicate_ids(s, inp):
                dupes = self.possible_duplicates(inp)
                raise DuplicateCases("已有相同投诉人和被投诉人的在办案件："
                                     + "、".join(r.case_no for r in dupes), dupes)

            if comp is not None:
                size, basis = size_of(comp["industry"], comp["employees"], comp["revenue_wan"], comp["assets_wan"])
                ent = Enterprise(**comp, size_class=size, size_basis=json.dumps(basis, ensure_ascii=False) if basis else None)
                s.add(ent)
                s.flush()
                history.record(s, ctx.actor, entity="enterprise", entity_id=ent.id, action="enterprise_created",
                               summary=f"新建企业：{ent.name}", changes={k: (None, v) for k, v in comp.items() if v is not None})
                complainant_id = ent.id
            else:
                complainant_id = inp.complainant_id
            if resp is not None:
                r = Respondent(**resp)
                s.add(r)
                s.flush()
                history.record(s, ctx.actor, entity="respondent", entity_id=r.id, action="respondent_created",
                               summary=f"新建被投诉单位：{r.name}", changes={k: (None, v) for k, v in resp.items() if v is not None})
                respondent_id = r.id
            else:
                respondent_id = inp.respondent_id

            year = inp.received_on.year
            seq = next_number(s, "case", year)
            pattern = str(ctx.rules.settings.get("cases.number_pattern", "{year}-{seq:04d}"))
            case = Case(case_no=pattern.format(year=year, seq=seq), year=year, seq=seq, received_on=inp.received_on,
                        channel=inp.channel, procedure=inp.procedure, category=inp.category, summary=summary,
                        demands=demands, status=CaseStatus.REGISTERED.value, complainant_id=complainant_id,
                        respondent_id=respondent_id, handler_id=handler_id, source_ref=source_ref)
            s.add(case)
            s.flush()
            for rule in ctx.rules.procedures[inp.procedure].steps:
                if rule.trigger == "received":
                    clock.open_step(s, case, rule, inp.received_on, ctx.rules.calendar)
            clock.recompute(s, ctx.rules.calendar, case_ids=[case.id])
            case_index.refresh(s, [case.id])
            history.record(s, ctx.actor, entity="case", entity_id=case.id, case_id=case.id, action="registered",
                           summary=f"登记案件 {case.case_no}", changes={
                               "status": (None, case.status), "received_on": (None, case.received_on),
                               "channel": (None, case.channel), "procedure": (None, case.procedure),
                               "category": (None, case.category), "complainant_id": (None, complainant_id),
                               "respondent_id": (None, respondent_id), "handler_id": (None, handler_id),
                               "next_due_on": (None, case.next_due_on)})
            return self._detail(ctx, case.id)

    # --- editing and lifecycle ---------------------------------------------------------------

    def _lock_case(self, ctx: _Context, case_id: int, expected_version: int | None) -> Case:
        case = ctx.session.get(Case, case_id)
        if case is None:
            raise ServiceError(f"案件不存在（编号 {case_id}） / case {case_id} does not exist")
        require_case_access(ctx.actor, case.handler_id)
        if expected_version is not None and case.version != expected_version:
            last = ctx.session.execute(select(Event.actor_name, Event.occurred_at).where(Event.case_id == case_id)
                                       .order_by(Event.id.desc()).limit(1)).first()
            who, when = (last.actor_name, last.occurred_at) if last else ("其他用户", case.updated_at)
            local = when.astimezone().strftime("%Y-%m-%d %H:%M")
            raise ConflictError(f"案件 {case.case_no} 已被 {who} 于 {local} 修改，请重新载入后再操作 / "
                                f"case {case.case_no} was changed by {who} at {local}: reload, then try again")
        return case

    @staticmethod
    def _snapshot(case: Case) -> dict[str, Any]:
        fields = ("status", "outcome", "summary", "demands", "category", "handler_id", "source_ref", "accepted_on",
                  "refusal_reason", "transferred_to", "transferred_on", "replied_on", "closed_on",
                  "review_requested_on", "credit_referral_on", "clock_stopped", "next_due_on", "next_step")
        return {f: getattr(case, f) for f in fields}

    @staticmethod
    def _diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
        return {k: (before[k], after[k]) for k in before if before[k] != after[k]}

    def edit_case(self, case_id: int, edit: CaseEdit, expected_version: int) -> CaseDetail:
        with self._write() as s:
            ctx = self.context(s)
            case = self._lock_case(ctx, case_id, expected_version)
            c = Collector()
            summary = c.text("summary", edit.summary, "投诉事项", "the summary", required=True, max_len=5000)
            demands = c.text("demands", edit.demands, "投诉请求", "the demands", max_len=2000)
            source_ref = c.text("source_ref", edit.source_ref, "来文编号", "the source reference", max_len=100)
            try:
                Category(edit.category)
            except ValueError:
                c.add("category", "请选择投诉类别", "choose the category")
            if edit.handler_id is not None:
                h = s.get(User, edit.handler_id)
                if h is None or not h.active or h.role == Role.AUDITOR.value:
                    c.add("handler_id", "承办人不存在或已停用", "the handler does not exist or is inactive")
            c.raise_if_any()
            before = self._snapshot(case)
            case.summary, case.demands, case.category = summary, demands, edit.category
            case.handler_id, case.source_ref = edit.handler_id, source_ref
            changes = self._diff(before, self._snapshot(case))
            if changes:
                case.updated_at = utcnow()
                case_index.refresh(s, [case.id])
                history.record(s, ctx.actor, entity="case", entity_id=case.id, case_id=case.id, action="edited",
                               summary="修改案件信息", changes=changes)
            return self._detail(ctx, case.id)

    def act(self, case_id: int, action: str, inp: ActionInput, expected_version: int) -> CaseDetail:
        """Take one lifecycle action (domain.workflow); recompute the clocks; record it."""
        with self._write() as s:
            ctx = self.context(s)
            case = self._lock_case(ctx, case_id, expected_version)
            try:
                act = Action(action)
                role = Role(ctx.actor.role)
            except ValueError as exc:
                raise ActionRefused(f"未知操作或角色 / unknown action or role: {exc}") from None
            if role not in workflow.TRANSITIONS[act].roles:
                raise PermissionDenied(workflow.refusal(act, case_state(s, case, ctx.rules), role)
                                       or f"{act.label_zh}：无权操作")
            inputs = {k: getattr(inp, k) for k in ("on", "reason", "department", "days", "note", "outcome", "satisfaction")}
            missing = Collector()
            for name in workflow.TRANSITIONS[act].requires:
                value = inputs.get(name)
                if value is None or (isinstance(value, str) and not value.strip()):
                    label = workflow.INPUT_LABELS.get(name, name)
                    missing.add(name, f"请填写{label}", f"{name} is required")
            if workflow.refusal(act, case_state(s, case, ctx.rules), role) is None:
                missing.raise_if_any()  # next to the empty fields, before the generic check below
            try:
                transition = workflow.check(act, case_state(s, case, ctx.rules), role, inputs)
            except workflow.WorkflowError as exc:
                raise ActionRefused(str(exc)) from None
            c = Collector()
            self._check_date(c, "on", inp.on, "日期", "the date", required=True, today=ctx.today,
                             not_before=case.received_on, not_before_zh="收件日期")
            reason = c.text("reason", inp.reason, "理由", "the reason", max_len=2000)
            note = c.text("note", inp.note, "内容", "the note", max_len=5000)
            department = c.text("department", inp.department, "接收部门", "the department", max_len=200)
            c.raise_if_any()
            before = self._snapshot(case)
            summary = self._apply(ctx, case, act, inp, reason, note, department)
            if transition.target is not None:
                case.status = transition.target.value
            clock.recompute(s, ctx.rules.calendar, case_ids=[case.id])
            case.updated_at = utcnow()  # every action is a change of the case: other desks must reload
            changes = self._diff(before, self._snapshot(case))
            history.record(s, ctx.actor, entity="case", entity_id=case.id, case_id=case.id, action=act.value,
                           summary=summary, changes=changes)
            return self._detail(ctx, case.id)

    def _running(self, s: Session, case: Case) -> list[CaseDeadline]:
        return list(s.execute(select(CaseDeadline).where(CaseDeadline.case_id == case.id,
                                                         CaseDeadline.met_on.is_(None))).scalars())

    def _apply(self, ctx: _Context, case: Case, act: Action, inp: ActionInput, reason: str | None,
               note: str | None, department: str | None) -> str:
        """Change the case for one action; return the history line. Inputs are already validated."""
        s, on = ctx.session, inp.on
        c = Collector()
        match act:
            case Action.ACCEPT:
                case.accepted_on = on
                for d in self._running(s, case):
                    if d.step == "notice":  # telling the petitioner it was accepted meets the notice step
                        d.met_on = on
                for rule in ctx.rules.procedures[case.procedure].steps:
                    if rule.trigger == "accepted":
                        clock.open_step(s, case, rule, on, ctx.rules.calendar)
                return "受理"
            case Action.REFUSE:
                case.refusal_reason, case.closed_on = reason, on
                for d in self._running(s, case):
                    d.met_on = on
                return f"不予受理：{reason}"
            case Action.TRANSFER:
                case.transferred_to, case.transferred_on = department, on
                return f"转办至{department}"
            case Action.START_HANDLING:
                return "开始办理"
            case Action.STOP_CLOCK:
                steps = [d for d in self._running(s, case) if d.stoppable and d.due_on is not None]
                if not steps:
                    raise ActionRefused("当前没有可以中止的期限 / no running clock can be stopped")
                for d in steps:
                    last = s.execute(select(func.max(ClockStop.restarted_on)).where(
                        ClockStop.case_id == case.id, ClockStop.step == d.step)).scalar()
                    if on < d.trigger_on or (last and on < last):
                        c.add("on", "中止日期不能早于计时起点或上次恢复计时的日期",
                              "the stop date cannot precede the start of the clock or the last restart")
                        c.raise_if_any()
                    s.add(ClockStop(case_id=case.id, step=d.step, stopped_on=on, reason=reason))
                return f"中止计时：{reason}"
            case Action.RESTART_CLOCK:
                stops = s.execute(select(ClockStop).where(ClockStop.case_id == case.id,
                                                          ClockStop.restarted_on.is_(None))).scalars().all()
                for stop in stops:
                    if on < stop.stopped_on:
                        c.add("on", f"恢复日期不能早于中止日期（{stop.stopped_on:%Y-%m-%d}）",
                              "the restart date cannot precede the stop date")
                        c.raise_if_any()
                    stop.restarted_on, stop.restart_reason = on, reason or note
                return "恢复计时" + (f"：{reason}" if reason else "")
            case Action.REQUEST_EXTENSION:
                step = next((d for d in self._running(s, case) if d.extension_cap > 0), None)
                if step is None:
                    raise ActionRefused("当前期限不允许延长 / the running clock cannot be extended")
                used = s.execute(select(func.coalesce(func.sum(ExtensionRequest.days), 0)).where(
                    ExtensionRequest.case_id == case.id, ExtensionRequest.step == step.step,
                    ExtensionRequest.status.in_(["requested", "approved"]))).scalar()
                if inp.days is None or inp.days < 1:
                    c.add("days", "延长天数应为正整数", "the extension must be a positive number of days")
                elif used + inp.days > step.extension_cap:
                    c.add("days", f"延长合计不能超过{step.extension_cap}日（已申请或批准{used}日）",
                          f"extensions may total at most {step.extension_cap} days ({used} already)")
                c.raise_if_any()
                s.add(ExtensionRequest(case_id=case.id, step=step.step, days=inp.days, reason=reason,
                                       requested_on=on, requested_by_id=ctx.actor.user_id))
                return f"申请延长办理期限 {inp.days} 日：{reason}"
            case Action.APPROVE_EXTENSION | Action.RETURN_EXTENSION:
                req = s.execute(select(ExtensionRequest).where(
                    ExtensionRequest.case_id == case.id, ExtensionRequest.status == "requested",
                    *( [ExtensionRequest.id == inp.extension_id] if inp.extension_id else []))
                    .order_by(ExtensionRequest.id)).scalars().first()
                if req is None:
                    raise ActionRefused("没有待审批的延期申请 / no extension request is waiting")
                approve = act is Action.APPROVE_EXTENSION
                req.status, req.decided_on, req.decided_by_id = ("approved" if approve else "returned"), on, ctx.actor.user_id
                req.decision_comment = reason or note
                if approve:
                    try:
                        clock.recompute(s, ctx.rules.calendar, case_ids=[case.id])
                    except ExtensionBeyondCap as exc:
                        raise ActionRefused(str(exc)) from None
                    return f"批准延长办理期限 {req.days} 日"
                return f"退回延期申请：{reason}"
            case Action.SUPERVISION_LETTER:
                return "向被投诉单位发出督办函" + (f"：{note}" if note else "")
            case Action.TALKS:
                return f"约谈：{note}"
            case Action.CREDIT_REFERRAL:
                case.credit_referral_on = on
                return f"移送失信记录：{reason}"
            case Action.REPLY:
                case.replied_on = on
                for d in self._running(s, case):
                    if d.step == "reply":
                        d.met_on = on
                return f"书面答复：{note}"
            case Action.CLOSE | Action.WITHDRAW:
                outcome = Outcome.WITHDRAWN.value if act is Action.WITHDRAW else inp.outcome
                try:
                    Outcome(outcome)
                except ValueError:
                    c.add("outcome", "请选择办结结果", "choose the outcome")
                    c.raise_if_any()
                case.outcome, case.closed_on = outcome, on
                for d in self._running(s, case):
                    d.met_on = on
                return f"办结：{Outcome(outcome).label_zh}" + (f"（{reason}）" if reason else "")
            case Action.REOPEN:
                case.outcome = case.closed_on = case.replied_on = None
                reply = s.execute(select(CaseDeadline).where(CaseDeadline.case_id == case.id,
                                                             CaseDeadline.step == "reply")).scalar()
                if reply is not None:  # a fresh clock from the day the case is taken up again
                    reply.trigger_on, reply.met_on = on, None
                    s.execute(ClockStop.__table__.delete().where(ClockStop.case_id == case.id, ClockStop.step == "reply"))
                return f"重新办理：{reason}"
            case Action.FOLLOW_UP:
                try:
                    label = Satisfaction(inp.satisfaction).label_zh
                except ValueError:
                    c.add("satisfaction", "请选择满意度", "choose the satisfaction")
                    c.raise_if_any()
                s.add(FollowUp(case_id=case.id, called_on=on, satisfaction=inp.satisfaction, note=note,
                               by_id=ctx.actor.user_id))
                return f"回访：{label}" + (f"。{note}" if note else "")
            case Action.REQUEST_REVIEW:
                case.review_requested_on = on
                rule = next((r for r in ctx.rules.procedures[case.procedure].steps if r.trigger == "review_requested"), None)
                if rule is not None:
                    existing = s.execute(select(CaseDeadline).where(CaseDeadline.case_id == case.id,
                                                                    CaseDeadline.step == rule.code)).scalar()
                    if existing is not None:
                        existing.trigger_on, existing.met_on = on, None
                    else:
                        clock.open_step(s, case, rule, on, ctx.rules.calendar)
                return f"申请复查：{reason}"
        raise ActionRefused(f"unknown action {act}")  # pragma: no cover - every Action is matched above

    # --- arrears claims ----------------------------------------------------------------------

    def check_claim(self, ctx: _Context, inp: ClaimInput) -> None:
        """Every problem of a claim, per field (also used by the importer, so both apply one rule)."""
        c = Collector()
        amt = inp.amount_claimed
        if amt is None:
            c.add("amount_claimed", "请填写欠款金额", "the amount is required")
        elif not amt.is_finite() or amt <= 0:
            c.add("amount_claimed", "欠款金额应大于0", "the amount must be greater than zero")
        elif amt > MAX_AMOUNT:
            c.add("amount_claimed", "金额超过100亿元，请核对", "the amount exceeds 10 billion yuan: check it")
        elif not _cents(amt):
            c.add("amount_claimed", "金额最多两位小数", "at most two decimals")
        try:
            ClaimSubject(inp.subject)
        except ValueError:
            c.add("subject", "请选择货物、工程或服务", "choose goods, works or services")
        t = ctx.today
        signed = self._check_date(c, "contract_signed_on", inp.contract_signed_on, "合同签订日期", "the contract date", today=t)
        delivered = self._check_date(c, "delivered_on", inp.delivered_on, "交付日期", "the delivery date", today=t)
        self._check_date(c, "acceptance_passed_on", inp.acceptance_passed_on, "验收通过日期", "the acceptance date",
                         today=t, not_before=delivered, not_before_zh="交付日期")
        self._check_date(c, "acceptance_period_ends_on", inp.acceptance_period_ends_on, "约定验收期限届满日",
                         "the end of the acceptance period", today=date.max, not_before=delivered,
                         not_before_zh="交付日期")
        self._check_date(c, "settlement_confirmed_on", inp.settlement_confirmed_on, "结算确认日期",
                         "the settlement date", today=t, not_before=signed, not_before_zh="合同签订日期")
        if inp.agreed_term_days is not None and not 0 <= inp.agreed_term_days <= 3650:
            c.add("agreed_term_days", "约定付款期限应在0到3650日之间", "the agreed term must be 0 to 3650 days")
        rate = inp.agreed_annual_rate
        if rate is not None and (not rate.is_finite() or not Decimal(0) < rate < Decimal(1)):
            c.add("agreed_annual_rate", "约定年利率应大于0%且小于100%", "the agreed annual rate must be between 0 and 100 %")
        for field, zh in (("amount_confirmed", "确认金额"), ("amount_disputed", "争议金额")):
            v = getattr(inp, field)
            if v is not None and (not _cents(v) or v < 0):
                c.add(field, f"{zh}应为不小于0、最多两位小数的金额", f"{field} must be ≥ 0 with two decimals")
            elif v is not None and amt is not None and amt.is_finite() and v > amt:
                c.add(field, f"{zh}不能超过欠款金额", f"{field} cannot exceed the amount claimed")
        if (inp.amount_confirmed is not None and inp.amount_disputed is not None and amt is not None
                and amt.is_finite() and inp.amount_confirmed + inp.amount_disputed > amt):
            c.add("amount_disputed", "确认金额与争议金额之和不能超过欠款金额",
                  "confirmed plus disputed cannot exceed the amount claimed")
        c.raise_if_any()

    def _due_on(self, ctx: _Context, case: Case, inp: ClaimInput) -> date | None:
        resp = ctx.session.get(Respondent, case.respondent_id) if case.respondent_id else None
        if resp is None or inp.delivered_on is None or inp.contract_signed_on is None:
            return None
        try:
            return payment_due_date(
                DebtorKind(resp.kind), contract_signed_on=inp.contract_signed_on, delivered_on=inp.delivered_on,
                agreed_term_days=inp.agreed_term_days, acceptance_passed_on=inp.acceptance_passed_on,
                acceptance_period_ends_on=inp.acceptance_period_ends_on,
                settlement_confirmed_on=inp.settlement_confirmed_on, calendar=ctx.rules.calendar).due_on
        except OutsideRegulation:
            return None
        except ValueError as exc:
            raise ServiceError(str(exc), "delivered_on") from exc

    CLAIM_FIELDS = ("contract_no", "contract_signed_on", "subject", "description", "amount_claimed", "delivered_on",
                    "acceptance_passed_on", "acceptance_period_ends_on", "settlement_confirmed_on",
                    "agreed_term_days", "agreed_annual_rate", "amount_confirmed", "amount_disputed")

    def add_claim(self, case_id: int, inp: ClaimInput) -> CaseDetail:
        with self._write() as s:
            ctx = self.context(s)
            case = self._lock_case(ctx, case_id, None)
            self.check_claim(ctx, inp)
            comp = s.get(Enterprise, case.complainant_id)
            claim = ArrearsClaim(case_id=case.id, **{f: getattr(inp, f) for f in self.CLAIM_FIELDS},
                                 size_at_signing=comp.size_class if comp else None, amount_paid=Decimal("0.00"))
            claim.contract_no = (inp.contract_no or "").strip()[:100] or None
            claim.due_on = self._due_on(ctx, case, inp)
            s.add(claim)
            s.flush()
            case.updated_at = utcnow()
            history.record(s, ctx.actor, entity="claim", entity_id=claim.id, case_id=case.id, action="claim_added",
                           summary=f"登记欠款 {inp.amount_claimed:,.2f} 元（合同 {_fmt(claim.contract_no)}）",
                           changes={f: (None, getattr(claim, f)) for f in (*self.CLAIM_FIELDS, "due_on")
                                    if getattr(claim, f) is not None})
            return self._detail(ctx, case.id)

    def update_claim(self, claim_id: int, inp: ClaimInput, expected_version: int) -> CaseDetail:
        with self._write() as s:
            ctx = self.context(s)
            claim = s.get(ArrearsClaim, claim_id)
            if claim is None:
                raise ServiceError("欠款记录不存在 / the claim does not exist")
            if claim.version != expected_version:
                raise ConflictError("该笔欠款已被他人修改，请重新载入 / the claim was changed by someone else: reload")
            case = self._lock_case(ctx, claim.case_id, None)
            self.check_claim(ctx, inp)
            if inp.amount_claimed < claim.amount_paid:
                c = Collector()
                c.add("amount_claimed", f"欠款金额不能小于已还款金额（{claim.amount_paid:,.2f} 元）",
                      "the amount cannot be less than what was already paid")
                c.raise_if_any()
            before = {f: getattr(claim, f) for f in (*self.CLAIM_FIELDS, "due_on")}
            for f in self.CLAIM_FIELDS:
                setattr(claim, f, getattr(inp, f))
            claim.contract_no = (inp.contract_no or "").strip()[:100] or None
            claim.due_on = self._due_on(ctx, case, inp)
            self._refresh_cleared(s, claim)
            after = {f: getattr(claim, f) for f in before}
            changes = {k: (before[k], after[k]) for k in before if before[k] != after[k]}
            case.updated_at = utcnow()
            history.record(s, ctx.actor, entity="claim", entity_id=claim.id, case_id=case.id, action="claim_updated",
                           summary=f"修改欠款记录（合同 {_fmt(claim.contract_no)}）", changes=changes)
            return self._detail(ctx, case.id)

    @staticmethod
    def _refresh_cleared(s: Session, claim: ArrearsClaim) -> None:
        paid = s.execute(select(func.coalesce(func.sum(Payment.amount), 0)).where(Payment.claim_id == claim.id)).scalar()
        claim.amount_paid = paid if isinstance(paid, Decimal) else Decimal(int(paid)).scaleb(-2)
        if claim.amount_paid >= claim.amount_claimed:
            last = s.execute(select(func.max(Payment.paid_on)).where(Payment.claim_id == claim.id)).scalar()
            claim.cleared_on = last
        else:
            claim.cleared_on = None

    def add_payment(self, claim_id: int, inp: PaymentInput) -> CaseDetail:
        with self._write() as s:
            ctx = self.context(s)
            claim = s.get(ArrearsClaim, claim_id)
            if claim is None:
                raise ServiceError("欠款记录不存在 / the claim does not exist")
            case = self._lock_case(ctx, claim.case_id, None)
            c = Collector()
            outstanding = claim.amount_claimed - claim.amount_paid
            amt = inp.amount
            if amt is None or not amt.is_finite() or amt <= 0:
                c.add("amount", "还款金额应大于0", "the payment must be greater than zero")
            elif not _cents(amt):
                c.add("amount", "金额最多两位小数且不超过100亿元", "at most two decimals and 10 billion yuan")
            elif amt > outstanding:
                c.add("amount", f"还款金额超过未还金额（{outstanding:,.2f} 元）",
                      f"the payment exceeds the outstanding {outstanding:,.2f} yuan")
            self._check_date(c, "paid_on", inp.paid_on, "还款日期", "the payment date", required=True, today=ctx.today,
                             not_before=claim.delivered_on, not_before_zh="交付日期")
            voucher = c.text("voucher", inp.voucher, "凭证", "the voucher", max_len=200)
            c.raise_if_any()
            pay = Payment(claim_id=claim.id, paid_on=inp.paid_on, amount=amt, voucher=voucher,
                          recorded_by_id=ctx.actor.user_id)
            s.add(pay)
            s.flush()
            before = (claim.amount_paid, claim.cleared_on)
            self._refresh_cleared(s, claim)
            case.updated_at = utcnow()
            changes = {"amount_paid": (before[0], claim.amount_paid)}
            if before[1] != claim.cleared_on:
                changes["cleared_on"] = (before[1], claim.cleared_on)
            history.record(s, ctx.actor, entity="payment", entity_id=pay.id, case_id=case.id, action="payment_recorded",
                           summary=f"登记还款 {amt:,.2f} 元（{inp.paid_on:%Y-%m-%d}，合同 {_fmt(claim.contract_no)}）"
                                   + ("，该笔欠款已清零" if claim.cleared_on else ""), changes=changes)
            return self._detail(ctx, case.id)

    def set_instalments(self, claim_id: int, items: list[tuple[date, Decimal]],
                        expected_version: int | None = None) -> CaseDetail:
        """Replace the claim's repayment plan; ``expected_version`` (the claim's, as shown) makes a
        plan typed over a claim that another desk changed meanwhile a conflict, not an overwrite."""
        with self._write() as s:
            ctx = self.context(s)
            claim = s.get(ArrearsClaim, claim_id)
            if claim is None:
                raise ServiceError("欠款记录不存在 / the claim does not exist")
            if expected_version is not None and claim.version != expected_version:
                raise ConflictError("该笔欠款已被他人修改，请重新载入 / the claim was changed by someone else: reload")
            case = self._lock_case(ctx, claim.case_id, None)
            c = Collector()
            days = [d for d, _ in items]
            if len(set(days)) != len(days):
                c.add("instalments", "分期日期不能重复", "instalment dates must differ")
            for i, (d, amt) in enumerate(items):
                if d is None or d < EARLIEST_DATE:
                    c.add(f"instalments[{i}].due_on", "请填写分期日期", "the instalment date is required")
                if amt is None or not _cents(amt) or amt <= 0:
                    c.add(f"instalments[{i}].amount", "分期金额应大于0、最多两位小数", "instalments must be > 0, 2 decimals")
            total = sum((a for _, a in items if a is not None and a.is_finite()), Decimal("0"))
            outstanding = claim.amount_claimed - claim.amount_paid
            if total > outstanding:
                c.add("instalments", f"分期合计 {total:,.2f} 元超过未还金额 {outstanding:,.2f} 元",
                      "the instalments exceed the outstanding amount")
            c.raise_if_any()
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
            return self._detail(ctx, case.id)

    # --- attachments -------------------------------------------------------------------------

    def add_attachment(self, case_id: int, path: Path, kind: str, description: str | None,
                       claim_id: int | None = None) -> CaseDetail:
        c = Collector()
        path = Path(path)
        try:
            AttachmentKind(kind)
        except ValueError:
            c.add("kind", "请选择附件类型", "choose the attachment kind")
        limit = int(self._office.settings().get("attachments.max_bytes", 50 * 1024 * 1024))
        suffix = path.suffix.lower()
        data = b""
        if suffix not in ATTACHMENT_TYPES:
            c.add("file", f"不支持的文件类型“{suffix or '无扩展名'}”（可用：PDF、图片、Word/Excel/WPS、OFD、TXT）",
                  f"unsupported file type {suffix!r}")
        else:
            try:
                size = path.stat().st_size
                if not path.is_file():
                    raise IsADirectoryError(str(path))
                if size > limit:
                    c.add("file", f"文件过大（{size / 1048576:.1f} MB，上限 {limit / 1048576:.0f} MB）",
                          f"the file is too large ({size} bytes, limit {limit})")
                else:
                    data = path.read_bytes()
            except OSError as exc:
                c.add("file", f"无法读取文件：{exc.strerror or exc}", f"cannot read the file: {exc}")
            media, magics = ATTACHMENT_TYPES[suffix]
            if data and magics and not any(data.startswith(m) for m in magics):
                c.add("file", "文件内容与扩展名不符", "the file's content does not match its extension")
        if data == b"" and not c.problems:
            c.add("file", "文件是空的", "the file is empty")
        c.raise_if_any()
        media = ATTACHMENT_TYPES[suffix][0]
        digest = hashlib.sha256(data).hexdigest()
        with self._write() as s:
            ctx = self.context(s)
            case = self._lock_case(ctx, case_id, None)
            if claim_id is not None and s.get(ArrearsClaim, claim_id) is None:
                raise ServiceError("欠款记录不存在 / the claim does not exist", "claim_id")
            if s.get(AttachmentBlob, digest) is None:
                s.add(AttachmentBlob(sha256=digest, size_bytes=len(data), data=data))
            name = SAFE_NAME_RE.sub("_", path.name)[:255] or "file"
            desc = (description or "").strip()[:2000] or None
            att = Attachment(case_id=case.id, claim_id=claim_id, kind=kind, original_name=name, media_type=media,
                             size_bytes=len(data), sha256=digest, description=desc, added_by_id=ctx.actor.user_id)
            s.add(att)
            s.flush()
            case.updated_at = utcnow()
            history.record(s, ctx.actor, entity="attachment", entity_id=att.id, case_id=case.id,
                           action="attachment_added", summary=f"添加附件：{name}（{AttachmentKind(kind).label_zh}）",
                           changes={"sha256": (None, digest), "size_bytes": (None, len(data))})
            return self._detail(ctx, case.id)

    def attachment_content(self, attachment_id: int) -> tuple[str, bytes]:
        with self._office.db.read() as s:
            att = s.get(Attachment, attachment_id)
            if att is None or att.removed_at is not None:
                raise ServiceError("附件不存在 / the attachment does not exist")
            blob = s.get(AttachmentBlob, att.sha256)
            if blob is None or hashlib.sha256(blob.data).hexdigest() != att.sha256:
                raise ServiceError("附件内容已损坏（哈希不符） / the attachment is damaged (hash mismatch)")
            return att.original_name, blob.data

    def export_attachment(self, attachment_id: int, folder: Path) -> Path:
        """Write a copy for the system viewer; the name cannot leave ``folder``."""
        name, data = self.attachment_content(attachment_id)
        safe = SAFE_NAME_RE.sub("_", Path(name).name).lstrip(".") or "file"
        target = Path(folder) / f"{attachment_id}-{safe}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        return target
