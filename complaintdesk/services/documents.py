"""Official letters of a case: their data from the record, drafts, numbered frozen issues, batches, templates, the dossier.

Issuing is one write transaction: the next number of the kind's series is taken, the letter is
rendered with it, its PDF bytes and SHA-256 are stored and a history event is written. Whatever
fails (an incomplete letter, a render error, a lost connection) rolls the whole of it back, the
number included, so numbers have neither gaps nor duplicates however many desks issue at once.
An issued document is never changed again (the database refuses it): re-printing returns the
stored bytes, and a correction is a new document that names the one it replaces.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from complaintdesk.documents import (
    KIND_LABELS,
    PLACEHOLDERS,
    TEMPLATE_KINDS,
    ClaimLine,
    FontConfig,
    FontFile,
    FontSet,
    LetterData,
    LetterTemplate,
    OfficeInfo,
    RenderedDocument,
    TemplateError,
    load_font_set,
    load_template,
    render_letter,
    validate_template,
)
from complaintdesk.documents.dossier import (
    DossierAttachment,
    DossierClaim,
    DossierData,
    DossierDeadline,
    DossierDocument,
    DossierEvent,
    RenderedDossier,
    render_dossier,
)
from complaintdesk.documents.templates import fill, placeholder_values
from complaintdesk.domain.arrears import DebtorKind
from complaintdesk.domain.calendar import WorkCalendar
from complaintdesk.domain.deadlines import ClockStop as StopSpan
from complaintdesk.domain.deadlines import Extension, compute_deadline
from complaintdesk.domain.money import format_yuan
from complaintdesk.domain.sme import SizeClass
from complaintdesk.domain.vocabulary import (
    AttachmentKind,
    CaseStatus,
    Category,
    Channel,
    ClaimSubject,
    Outcome,
    Satisfaction,
)
from complaintdesk.domain.workflow import Action
from complaintdesk.services import history
from complaintdesk.services.auth import Permission, PermissionDenied, allows, require
from complaintdesk.services.case_view import load_detail, size_of
from complaintdesk.services.clock import rule_of
from complaintdesk.services.desk_types import CaseDetail, ClaimView, DeadlineView
from complaintdesk.services.errors import ConflictError, ServiceError
from complaintdesk.services.numbering import next_number
from complaintdesk.services.reference import RuleBook, get_settings
from complaintdesk.services.settings import format_document_number
from complaintdesk.store.models import (
    ArrearsClaim,
    Case,
    CaseDeadline,
    ClockStop,
    Document,
    ExtensionRequest,
    User,
)
from complaintdesk.store.models import LetterTemplate as TemplateRow
from complaintdesk.store.types import utcnow

if TYPE_CHECKING:
    from complaintdesk.services.office import Office

PREFIX_KEY = "documents.number_prefix"
FONT_KEY = "documents.font_path"
RESPOND_WITHIN_KEY = "documents.respond_within_workdays"
ACCEPTING_DEPARTMENT_KEY = "documents.accepting_department"
DEFAULT_RESPOND_WITHIN = 10  # working days the addressee of a transfer, supervision or reminder gets
MAX_PREFIX_LENGTH = 30
# Characters that belong to the number part of 〔2026〕12号, never to the office's code.
_PREFIX_FORBIDDEN = re.compile(r"[\s〔〕\[\]【】()（）0-9０-９]")
# A batch does not send a debtor a second supervision letter on the same case within this many days.
SUPERVISION_INTERVAL_DAYS = 30
SQLITE_BATCH_PAUSE = 0.02  # seconds between a batch's letters (see batch_supervision)
# Statuses in which a supervision letter may go out (domain.workflow: SUPERVISION_LETTER).
SUPERVISION_STATUSES = (CaseStatus.IN_HANDLING.value, CaseStatus.TRANSFERRED.value)
# Kinds addressed to the debtor: their claims table lists what is still owed.
_DEBTOR_KINDS = frozenset({"supervision"})


# --- results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class IssuedDocument:
    """An issued, numbered document as the case shows it (the PDF itself: ``DocumentService.pdf``)."""

    id: int
    case_id: int
    kind: str
    doc_no: str
    title: str
    issued_on: date
    issued_at: datetime  # UTC
    issued_by: str | None
    sha256: str
    page_count: int
    template_version: int | None = None
    replaces_id: int | None = None
    replaced_by_id: int | None = None
    warnings: tuple[str, ...] = ()  # only when just issued: what the user must check

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class SkippedCase:
    case_id: int
    case_no: str
    reason: str


@dataclass(frozen=True)
class BatchResult:
    """What a batch did: the letters issued (each committed on its own), the cases left out and why."""

    issued: tuple[IssuedDocument, ...]
    skipped: tuple[SkippedCase, ...]
    total: int
    cancelled: bool = False


@dataclass(frozen=True)
class TemplateInfo:
    """A kind's template as the office uses it now: its edited copy, or the shipped default."""

    kind: str
    label: str
    template: LetterTemplate
    definition: dict[str, Any]  # the JSON form an administrator edits
    customised: bool
    row_version: int | None = None  # pass back to save_template to detect a concurrent edit
    updated_at: datetime | None = None
    updated_by: str | None = None


class LetterIncomplete(ServiceError):
    """The letter would print blanks (＿＿＿＿) for facts the case lacks; ``missing_fields`` names them."""

    def __init__(self, message: str, missing_fields: Sequence[str]):
        super().__init__(message, "missing_fields")
        self.missing_fields = tuple(missing_fields)


# --- settings ---------------------------------------------------------------------------------


def font_config(value: Any) -> FontConfig | None:
    """``documents.font_path``: a TrueType file for every role, or ``{"body": …, "title": …,
    "heading1": …, "heading2": …}`` (a value may be ``[path, face index]`` for a .ttc); empty = discover."""

    def one(item: Any) -> FontFile | None:
        if isinstance(item, str) and item.strip():
            return FontFile(item.strip())
        if isinstance(item, list | tuple) and len(item) == 2 and isinstance(item[0], str) and isinstance(item[1], int):
            return FontFile(item[0], item[1])
        return None

    if isinstance(value, Mapping):
        body = one(value.get("body"))
        if body is None:
            return None
        return FontConfig(body, *(one(value.get(role)) for role in ("title", "heading1", "heading2")))
    body = one(value)
    return FontConfig(body) if body else None


def number_prefix(settings: Mapping[str, Any], kind: str) -> str:
    """The office's code (机关代字) for ``kind``: ``documents.number_prefix.<kind>`` if set, else the office's."""
    value = settings.get(f"{PREFIX_KEY}.{kind}") or settings.get(PREFIX_KEY)
    prefix = value.strip() if isinstance(value, str) else ""
    if not prefix:
        raise ServiceError("本单位设置中尚未填写文号前缀（机关代字），不能签发文书 / "
                           "the document-number prefix is not set in the office settings", "number_prefix")
    if len(prefix) > MAX_PREFIX_LENGTH or _PREFIX_FORBIDDEN.search(prefix):
        raise ServiceError(f"文号前缀“{prefix}”无效：只写机关代字，如“X工信投字”，不能含空格、括号或数字 / "
                           f"invalid document-number prefix {prefix!r}", "number_prefix")
    return prefix


def short_citation(basis: str) -> str:
    """The legal source of a step rule without the officer's notes: 《条例》第二十五条第二款：自… → 《条例》第二十五条第二款."""
    head = re.split(r"[：:；;]", basis, maxsplit=1)[0]
    head = re.sub(r"（[^（）]*(默认|按本地规定)[^（）]*）", "", head)
    return head.strip()


def _label(enum, value: str | None) -> str:
    if not value:
        return ""
    try:
        return enum(value).label_zh
    except ValueError:
        return value


# --- letter data from the record (pure) -------------------------------------------------------


def _reply_deadline(detail: CaseDetail) -> DeadlineView | None:
    return next((d for d in detail.deadlines if d.step == "reply"), None) or detail.next_deadline or (
        detail.deadlines[-1] if detail.deadlines else None)


def _reply_text(detail: CaseDetail) -> str:
    """The note of the last written reply (``reply`` action: 书面答复：<note>)."""
    for event in reversed(detail.events):
        if event.action == Action.REPLY.value:
            _head, colon, note = event.summary.partition("：")
            return note.strip() if colon else ""
    return ""


def _claim_line(claim: ClaimView) -> ClaimLine:
    return ClaimLine(contract_no=claim.contract_no or "—", subject=_label(ClaimSubject, claim.subject),
                     amount=claim.amount_claimed, due_on=claim.due_on, days_overdue=claim.days_overdue,
                     interest=claim.interest, paid=claim.amount_paid, outstanding=claim.outstanding)


def size_basis_of(detail: CaseDetail) -> tuple[str | None, tuple[str, ...]]:
    """The complainant's size class and the lines explaining it (recomputed from its figures when not stored)."""
    ent = detail.complainant
    size, basis = size_of(ent.industry, ent.employees, ent.revenue_wan, ent.assets_wan)
    if ent.size_basis:
        basis = ent.size_basis
    return ent.size_class or size, basis


def build_letter_data(detail: CaseDetail, kind: str, settings: Mapping[str, Any], *, issued_on: date,
                      calendar: WorkCalendar, handler_phone: str = "", original_due: date | None = None
                      ) -> tuple[LetterData, list[str]]:
    """The facts a ``kind`` letter prints, from the case (computed as of ``issued_on``) and the
    office's settings; and the warnings the user must see (a provisional deadline …)."""
    warnings: list[str] = []
    ent, resp = detail.complainant, detail.respondent
    deadline = _reply_deadline(detail)
    if deadline is not None and deadline.provisional and deadline.due_on is not None:
        warnings.append("办理期限涉及尚未录入节假日安排的年份，届满日为暂定，请核对后再签发")
    approved = [x for x in detail.extensions if x.status == "approved"]
    extension = approved[-1] if approved else None
    due_on = deadline.due_on if deadline else None
    extended_due_on = None
    if kind == "extension" and extension is not None:
        extended_due_on, due_on = due_on, original_due
    claims = detail.claims
    if kind in _DEBTOR_KINDS:
        claims = tuple(c for c in claims if c.outstanding > 0 or c.interest > 0)
    size_class, size_basis = size_basis_of(detail)
    signed = [c.contract_signed_on for c in detail.claims if c.contract_signed_on]
    within = settings.get(RESPOND_WITHIN_KEY, DEFAULT_RESPOND_WITHIN)
    within = within if isinstance(within, int) and 1 <= within <= 60 else DEFAULT_RESPOND_WITHIN
    contact = " ".join(part for part in (ent.contact_person, ent.phone) if part)
    department = settings.get(ACCEPTING_DEPARTMENT_KEY) or ""
    data = LetterData(
        office=OfficeInfo(name=str(settings.get("office.name") or ""),
                          short_name=str(settings.get("office.short_name") or ""),
                          address=str(settings.get("office.address") or ""),
                          phone=str(settings.get("office.phone") or "")),
        issued_on=issued_on,
        case_no=detail.case_no,
        received_on=detail.received_on,
        channel=_label(Channel, detail.channel),
        procedure=detail.procedure_name,
        category=_label(Category, detail.category),
        summary=detail.summary,
        demands=detail.demands or "",
        complainant_name=ent.name,
        complainant_uscc=ent.uscc or "",
        complainant_address=ent.address or "",
        complainant_contact=contact,
        respondent_name=resp.name if resp else "",
        respondent_kind=_label(DebtorKind, resp.kind) if resp else "",
        respondent_uscc=(resp.uscc or "") if resp else "",
        handler_name=detail.handler_name or "",
        handler_phone=handler_phone or str(settings.get("office.phone") or ""),
        accepted_on=detail.accepted_on,
        due_on=due_on,
        due_basis=short_citation(deadline.basis) if deadline else "",
        respond_by=calendar.add_workdays(issued_on, within),
        accepting_department=str(department) if detail.channel == Channel.TRANSFERRED_IN.value else "",
        transferred_to=detail.transferred_to or "",
        transferred_on=detail.transferred_on,
        refusal_reason=detail.refusal_reason or "",
        extension_days=extension.days if extension else None,
        extension_reason=(extension.reason or "").rstrip("。.；;，, ") if extension else "",
        extended_due_on=extended_due_on,
        outcome=_label(Outcome, detail.outcome),
        reply_text=_reply_text(detail),
        claims=tuple(_claim_line(c) for c in claims),
        interest_as_of=issued_on if claims else None,
        size_class=_label(SizeClass, size_class),
        size_as_of=min(signed) if signed else (detail.received_on if size_class else None),
        size_basis=size_basis if size_class else (),
    )
    return data, warnings


# --- dossier data from the record (pure) ------------------------------------------------------

EVENT_LABELS = {
    "registered": "登记", "edited": "修改案件信息", "claim_added": "登记欠款", "claim_updated": "修改欠款",
    "payment_recorded": "登记还款", "instalments_set": "还款协议", "attachment_added": "添加附件",
    "attachment_removed": "移除附件", "document_issued": "签发文书", "document_corrected": "更正文书",
    "accepted": "受理", "not_accepted": "不予受理", "replied": "书面答复", "closed": "办结",
    "clock_stopped": "中止计时", "clock_restarted": "恢复计时", "extension_approved": "批准延期",
    **{action.value: action.label_zh for action in Action},
}
FIELD_LABELS = {
    "status": "状态", "outcome": "办结结果", "summary": "投诉事项", "demands": "投诉请求", "category": "类别",
    "handler_id": "承办人", "source_ref": "来文编号", "accepted_on": "受理日期", "refusal_reason": "不予受理理由",
    "transferred_to": "转办单位", "transferred_on": "转办日期", "replied_on": "答复日期", "closed_on": "办结日期",
    "review_requested_on": "申请复查日期", "credit_referral_on": "移送失信日期", "clock_stopped": "计时中止",
    "next_due_on": "下一期限", "next_step": "下一环节", "amount_paid": "已付金额", "cleared_on": "清偿日期",
    "doc_no": "文号", "sha256": "SHA-256", "kind": "种类", "page_count": "页数", "replaces": "更正文书",
    "size_bytes": "大小（字节）", "extension_days": "延长天数", "due_on": "付款到期日", "amount_claimed": "欠款金额",
    "channel": "投诉渠道", "procedure": "办理程序", "received_on": "收件日期", "complainant_id": "投诉人编号",
    "respondent_id": "被投诉人编号", "contract_no": "合同编号", "contract_signed_on": "合同签订日期",
    "delivered_on": "交付日期", "subject": "标的", "amount_confirmed": "确认金额", "amount_disputed": "争议金额",
}


def _change_value(name: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if name == "status":
        return _label(CaseStatus, str(value))
    if name == "outcome":
        return _label(Outcome, str(value))
    if name == "kind":
        return KIND_LABELS.get(str(value), str(value))
    if name in ("channel", "category", "subject"):
        return _label({"channel": Channel, "category": Category, "subject": ClaimSubject}[name], str(value))
    return str(value)


def _deadline_state(d: DeadlineView) -> str:
    if d.met_on is not None:
        return f"已完成（{d.met_on:%Y-%m-%d}）"
    if d.stopped:
        return "计时中止"
    if d.overdue:
        return "已逾期"
    state = "进行中" + (f"，剩余{d.workdays_left}个工作日" if d.workdays_left is not None and d.workdays_left >= 0 else "")
    return state + ("（暂定）" if d.provisional else "")


def _money(amount) -> str:
    return f"{format_yuan(amount)} 元"


def build_dossier_data(detail: CaseDetail, documents: Sequence[IssuedDocument], settings: Mapping[str, Any], *,
                       generated_at: datetime, generated_by: str) -> DossierData:
    ent, resp = detail.complainant, detail.respondent
    size_class, size_basis = size_basis_of(detail)
    facts = [
        ("案件编号", detail.case_no), ("状态", _label(CaseStatus, detail.status)),
        ("收件日期", f"{detail.received_on:%Y-%m-%d}"), ("投诉渠道", _label(Channel, detail.channel)),
        ("办理程序", detail.procedure_name), ("投诉类别", _label(Category, detail.category)),
        ("承办人", detail.handler_name or "—"), ("来文编号", detail.source_ref or "—"),
        ("受理日期", f"{detail.accepted_on:%Y-%m-%d}" if detail.accepted_on else "—"),
        ("答复日期", f"{detail.replied_on:%Y-%m-%d}" if detail.replied_on else "—"),
        ("办结日期", f"{detail.closed_on:%Y-%m-%d}" if detail.closed_on else "—"),
        ("办结结果", _label(Outcome, detail.outcome) or "—"),
    ]
    if detail.transferred_to:
        facts.append(("转办", f"{detail.transferred_to}（{detail.transferred_on:%Y-%m-%d}）"
                      if detail.transferred_on else detail.transferred_to))
    if detail.next_due_on:
        facts.append(("下一期限", f"{detail.next_due_on:%Y-%m-%d}" + ("（暂定）" if detail.next_due_provisional else "")))
    facts.append(("投诉事项", detail.summary))
    if detail.demands:
        facts.append(("投诉请求", detail.demands))
    if detail.refusal_reason:
        facts.append(("不予受理理由", detail.refusal_reason))
    complainant = [
        ("名称", ent.name), ("统一社会信用代码", ent.uscc or "—"), ("地址", ent.address or "—"),
        ("乡镇（街道）", ent.township or "—"), ("联系人", ent.contact_person or "—"), ("联系电话", ent.phone or "—"),
        ("企业规模", _label(SizeClass, size_class) or "未能判定"),
    ]
    if size_basis:
        complainant.append(("规模认定依据", "\n".join(size_basis)))
    respondent = [] if resp is None else [
        ("名称", resp.name), ("类型", _label(DebtorKind, resp.kind)), ("统一社会信用代码", resp.uscc or "—"),
        ("地址", resp.address or "—"), ("联系人", resp.contact_person or "—"), ("联系电话", resp.phone or "—"),
    ]
    claims = tuple(
        DossierClaim(
            contract_no=c.contract_no or "—", subject=_label(ClaimSubject, c.subject), amount=c.amount_claimed,
            signed_on=c.contract_signed_on, delivered_on=c.delivered_on, due_on=c.due_on,
            days_overdue=c.days_overdue, paid=c.amount_paid, outstanding=c.outstanding, interest=c.interest,
            term_lines=tuple(line for line in (c.term_basis, *c.term_explanation) if line),
            interest_lines=c.interest_explanation,
            payments=tuple(f"{p.paid_on:%Y-%m-%d}  {_money(p.amount)}" + (f"（{p.voucher}）" if p.voucher else "")
                           for p in c.payments)
            + tuple(f"还款协议：{i.due_on:%Y-%m-%d} 应付 {_money(i.amount)}" for i in c.instalments),
            warnings=c.term_warnings,
        )
        for c in detail.claims
    )
    t = detail.totals
    totals = [] if not detail.claims else [
        ("合同金额合计", _money(t.claimed)), ("确认金额合计", _money(t.confirmed)), ("已付合计", _money(t.paid)),
        ("欠付合计", _money(t.outstanding)), ("逾期利息合计", _money(t.interest)), ("计算截止日", f"{detail.as_of:%Y-%m-%d}"),
    ]
    deadlines = tuple(DossierDeadline(step_name=d.step_name, trigger_on=d.trigger_on, due_on=d.due_on,
                                      state=_deadline_state(d), explanation=d.explanation)
                      for d in detail.deadlines)
    steps = [
        f"延期申请 {x.requested_on:%Y-%m-%d}：{x.days}日，理由：{x.reason}；"
        + {"approved": "已批准", "returned": "已退回", "requested": "待审批"}.get(x.status, x.status)
        + (f"（{x.decided_on:%Y-%m-%d} {x.decided_by or ''}" + (f"：{x.comment}" if x.comment else "") + "）"
           if x.decided_on else "")
        for x in detail.extensions
    ] + [
        f"回访 {f.called_on:%Y-%m-%d}：{_label(Satisfaction, f.satisfaction)}" + (f"，{f.note}" if f.note else "")
        + (f"（{f.by}）" if f.by else "")
        for f in detail.follow_ups
    ]
    events = tuple(
        DossierEvent(occurred_at=e.occurred_at, actor=e.actor_name, action=EVENT_LABELS.get(e.action, e.action),
                     summary=e.summary,
                     changes=tuple(f"{FIELD_LABELS.get(name, name)}：{_change_value(name, pair[0])} → "
                                   f"{_change_value(name, pair[1])}"
                                   for name, pair in e.changes.items() if isinstance(pair, list) and len(pair) == 2))
        for e in detail.events
    )
    attachments = tuple(DossierAttachment(name=a.original_name, kind=_label(AttachmentKind, a.kind),
                                          size_bytes=a.size_bytes, sha256=a.sha256, added_at=a.added_at,
                                          added_by=a.added_by or "", description=a.description or "")
                        for a in detail.attachments)
    numbers = {d.id: d.doc_no for d in documents}
    docs = tuple(DossierDocument(doc_no=d.doc_no, title=d.title, issued_on=d.issued_on, issued_by=d.issued_by or "—",
                                 sha256=d.sha256, page_count=d.page_count, replaces=numbers.get(d.replaces_id, ""),
                                 replaced_by=numbers.get(d.replaced_by_id, ""))
                 for d in documents)
    return DossierData(
        office=OfficeInfo(name=str(settings.get("office.name") or "")), case_no=detail.case_no,
        status=_label(CaseStatus, detail.status), generated_at=generated_at, generated_by=generated_by,
        facts=tuple(facts), complainant=tuple(complainant), respondent=tuple(respondent), claims=claims,
        totals=tuple(totals), deadlines=deadlines, steps=tuple(steps), events=events, attachments=attachments,
        documents=docs, notes=detail.warnings,
    )


# --- the service ------------------------------------------------------------------------------


def _document_query():
    issuer = aliased(User)
    successor = aliased(Document)
    return (select(Document.id, Document.case_id, Document.kind, Document.doc_no, Document.title, Document.issued_on,
                   Document.issued_at, issuer.display_name, Document.sha256, Document.page_count,
                   Document.template_version, Document.replaces_id, successor.id)
            .outerjoin(issuer, issuer.id == Document.issued_by_id)
            .outerjoin(successor, successor.replaces_id == Document.id))


def _issued(row, warnings: Iterable[str] = ()) -> IssuedDocument:
    return IssuedDocument(id=row[0], case_id=row[1], kind=row[2], doc_no=row[3], title=row[4], issued_on=row[5],
                          issued_at=row[6], issued_by=row[7], sha256=row[8], page_count=row[9],
                          template_version=row[10], replaces_id=row[11], replaced_by_id=row[12],
                          warnings=tuple(warnings))


def _check_kind(kind: str) -> None:
    if kind not in TEMPLATE_KINDS:
        raise ServiceError(f"未知的文书种类“{kind}”，可用：{'、'.join(TEMPLATE_KINDS)} / unknown document kind {kind!r}",
                           "kind")


class DocumentService:
    """Letters, issued documents, templates and the dossier of the office's cases."""

    def __init__(self, office: Office, today: Callable[[], date] = date.today):
        self._office = office
        self._today = today

    # --- plumbing ----------------------------------------------------------------------------

    def fonts(self, settings: Mapping[str, Any] | None = None) -> FontSet:
        """The fonts letters are set in: ``documents.font_path`` if configured, else discovered (cached)."""
        settings = self._office.settings() if settings is None else settings
        return load_font_set(font_config(settings.get(FONT_KEY)))

    @staticmethod
    def _template_in(session: Session, kind: str) -> LetterTemplate:
        row = session.get(TemplateRow, kind)
        if row is None:
            return load_template(kind)
        try:
            return load_template(kind, row.definition)
        except TemplateError as exc:
            raise ServiceError(f"本单位的“{KIND_LABELS[kind]}”模板有误（{exc}），请在模板设置中修正或恢复默认 / "
                               f"the office's {kind} template is invalid: {exc}", "template") from exc

    def _letter_in(self, session: Session, case_id: int, kind: str, issued_on: date
                   ) -> tuple[LetterData, list[str], CaseDetail, RuleBook]:
        rules = RuleBook.load(session)
        detail = load_detail(session, case_id, self._office.actor, rules, issued_on)
        if detail is None:
            raise ServiceError(f"案件不存在（编号 {case_id}） / case {case_id} does not exist")
        phone = None
        if detail.handler_id is not None:
            phone = session.execute(select(User.phone).where(User.id == detail.handler_id)).scalar()
        data, warnings = build_letter_data(detail, kind, rules.settings, issued_on=issued_on, calendar=rules.calendar,
                                           handler_phone=phone or "",
                                           original_due=self._due_before_last_extension(session, case_id, rules))
        return data, warnings, detail, rules

    @staticmethod
    def _due_before_last_extension(session: Session, case_id: int, rules: RuleBook) -> date | None:
        """The due date the last approved extension moved (printed as 原办理期限 in an extension notice)."""
        grants = session.execute(select(ExtensionRequest).where(
            ExtensionRequest.case_id == case_id, ExtensionRequest.status == "approved")
            .order_by(ExtensionRequest.id)).scalars().all()
        if not grants:
            return None
        step = grants[-1].step
        row = session.execute(select(CaseDeadline).where(CaseDeadline.case_id == case_id,
                                                         CaseDeadline.step == step)).scalar()
        if row is None:
            return None
        stops = [StopSpan(s.stopped_on, s.restarted_on, s.reason) for s in session.execute(
            select(ClockStop).where(ClockStop.case_id == case_id, ClockStop.step == step)
            .order_by(ClockStop.stopped_on, ClockStop.id)).scalars()] if row.stoppable else []
        earlier = [Extension(g.days, g.reason) for g in grants[:-1] if g.step == step]
        try:
            return compute_deadline(rule_of(row), row.trigger_on, stops=stops, extensions=earlier,
                                    calendar=rules.calendar).due_on
        except ValueError:
            return None

    @staticmethod
    def _apply_overrides(data: LetterData, overrides: Mapping[str, Any] | None) -> LetterData:
        if not overrides:
            return data
        known = {f.name for f in dataclasses.fields(LetterData)} - {"office", "doc_no", "issued_on"}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise ServiceError(f"unknown letter field(s): {', '.join(unknown)}")
        return dataclasses.replace(data, **overrides)

    def _check_issuer(self, session: Session, case_id: int) -> Case:
        actor = self._office.actor
        require(actor, Permission.ISSUE_DOCUMENTS)
        case = session.get(Case, case_id)
        if case is None:
            raise ServiceError(f"案件不存在（编号 {case_id}） / case {case_id} does not exist")
        if case.handler_id not in (None, actor.user_id) and not allows(actor, Permission.EDIT_ANY_CASE):
            raise PermissionDenied(f"该案件由其他承办人办理，{actor.display_name}无权签发其文书 / "
                                   f"{actor.username} may only issue documents on their own cases")
        return case

    # --- letters -----------------------------------------------------------------------------

    def letter_data(self, case_id: int, kind: str, *, as_of: date | None = None,
                    overrides: Mapping[str, Any] | None = None) -> LetterData:
        """What a ``kind`` letter of the case would print today (or ``as_of``); ``overrides`` replaces
        fields for a preview (e.g. the reply text typed in a dialog before the reply is recorded)."""
        _check_kind(kind)
        with self._office.db.read() as session:
            data, _warnings, _detail, _rules = self._letter_in(session, case_id, kind, as_of or self._today())
        return self._apply_overrides(data, overrides)

    def draft(self, case_id: int, kind: str, *, as_of: date | None = None,
              overrides: Mapping[str, Any] | None = None) -> RenderedDocument:
        """The letter watermarked 草稿, without a number; nothing is stored. Its warnings list every
        blank (＿＿＿＿) issuing would refuse and every character the font lacks."""
        _check_kind(kind)
        with self._office.db.read() as session:
            data, warnings, _detail, rules = self._letter_in(session, case_id, kind, as_of or self._today())
            template = self._template_in(session, kind)
        rendered = render_letter(kind, self._apply_overrides(data, overrides), template=template, draft=True,
                                 fonts=self.fonts(rules.settings))
        return dataclasses.replace(rendered, warnings=tuple(dict.fromkeys([*warnings, *rendered.warnings])))

    def issue(self, case_id: int, kind: str, *, replaces_id: int | None = None,
              allow_gaps: bool = False) -> IssuedDocument:
        """Number, render, freeze and record one letter (one transaction).

        A letter that would print blanks for missing facts is refused (LetterIncomplete naming them)
        unless ``allow_gaps``: a frozen public document with a blank in it can only be mended by a
        correction under a new number. ``replaces_id``: this letter corrects that (same case, same kind)."""
        _check_kind(kind)
        require(self._office.actor, Permission.ISSUE_DOCUMENTS)
        fonts = self.fonts()  # found and registered before the write lock is taken
        with self._office.db.write() as session:
            return self._issue_in(session, case_id, kind, replaces_id=replaces_id, allow_gaps=allow_gaps,
                                  fonts=fonts)

    def _issue_in(self, session: Session, case_id: int, kind: str, *, replaces_id: int | None, allow_gaps: bool,
                  fonts: FontSet) -> IssuedDocument:
        actor = self._office.actor
        case = self._check_issuer(session, case_id)
        issued_on = self._today()
        data, warnings, _detail, rules = self._letter_in(session, case_id, kind, issued_on)
        replaced = None
        if replaces_id is not None:
            replaced = session.get(Document, replaces_id)
            if replaced is None or replaced.case_id != case_id:
                raise ServiceError("要更正的文书不存在或不属于本案件 / the document to correct is not one of this case's",
                                   "replaces_id")
            if replaced.kind != kind:
                raise ServiceError(f"更正文书须与原文书种类相同（{KIND_LABELS[replaced.kind]}） / "
                                   f"a correction must be of the same kind ({replaced.kind})", "replaces_id")
            successor = session.execute(select(Document.doc_no).where(Document.replaces_id == replaces_id)).scalar()
            if successor is not None:
                raise ServiceError(f"{replaced.doc_no} 已由 {successor} 更正，请更正最新的文书 / "
                                   f"{replaced.doc_no} was already corrected by {successor}", "replaces_id")
            data = dataclasses.replace(data, replaces_doc_no=replaced.doc_no)
        template = self._template_in(session, kind)
        prefix = number_prefix(rules.settings, kind)
        year = issued_on.year
        seq = next_number(session, f"doc:{prefix}", year)
        doc_no = format_document_number(prefix, year, seq)
        rendered = render_letter(kind, dataclasses.replace(data, doc_no=doc_no), template=template, draft=False,
                                 fonts=fonts)
        if rendered.missing_fields and not allow_gaps:
            labels = "、".join(PLACEHOLDERS[name].label for name in rendered.missing_fields)
            raise LetterIncomplete(
                f"{KIND_LABELS[kind]}中以下内容尚未填写，不能签发：{labels}。请先补全案件信息或本单位设置；"
                f"确需留空手工填写的，可选择留空签发 / the letter would have blanks for "
                f"{', '.join(rendered.missing_fields)}: complete the case or the settings first", rendered.missing_fields)
        title = fill(template.title, placeholder_values(data)).replace("\n", "")[:200]
        document = Document(case_id=case_id, kind=kind, series=prefix, year=year, seq=seq, doc_no=doc_no, title=title,
                            issued_on=issued_on, issued_by_id=actor.user_id, pdf=rendered.pdf, sha256=rendered.sha256,
                            page_count=rendered.page_count, template_version=rendered.template_version,
                            replaces_id=replaces_id)
        session.add(document)
        try:
            session.flush()
        except IntegrityError as exc:  # another desk corrected the same document a moment ago
            raise ConflictError("文书编号或更正关系冲突，请重新载入后再试 / the number or the correction clashed with "
                                "another desk's: reload and try again") from exc
        case.updated_at = utcnow()  # other desks showing the case reload it and see the new document
        changes: dict[str, tuple[Any, Any]] = {"kind": (None, kind), "doc_no": (None, doc_no),
                                               "sha256": (None, rendered.sha256),
                                               "page_count": (None, rendered.page_count)}
        summary = f"签发{KIND_LABELS[kind]} {doc_no}"
        if replaced is not None:
            changes["replaces"] = (None, replaced.doc_no)
            summary += f"（更正 {replaced.doc_no}）"
        if rendered.missing_fields:
            summary += "，留有空白：" + "、".join(PLACEHOLDERS[name].label for name in rendered.missing_fields)
        history.record(session, actor, entity="document", entity_id=document.id, case_id=case_id,
                       action="document_corrected" if replaced is not None else "document_issued",
                       summary=summary, changes=changes)
        all_warnings = tuple(dict.fromkeys([*warnings, *rendered.warnings]))
        return IssuedDocument(id=document.id, case_id=case_id, kind=kind, doc_no=doc_no, title=title,
                              issued_on=issued_on, issued_at=document.issued_at, issued_by=actor.display_name,
                              sha256=rendered.sha256, page_count=rendered.page_count,
                              template_version=rendered.template_version, replaces_id=replaces_id,
                              warnings=all_warnings)

    # --- issued documents --------------------------------------------------------------------

    def documents(self, case_id: int) -> list[IssuedDocument]:
        """The case's issued documents, oldest first."""
        with self._office.db.read() as session:
            rows = session.execute(_document_query().where(Document.case_id == case_id).order_by(Document.id)).all()
        return [_issued(row) for row in rows]

    def document(self, document_id: int) -> IssuedDocument:
        with self._office.db.read() as session:
            row = session.execute(_document_query().where(Document.id == document_id)).first()
        if row is None:
            raise ServiceError("文书不存在 / no such document")
        return _issued(row)

    def find(self, doc_no: str) -> IssuedDocument:
        """The document with this number (e.g. X工信投字〔2026〕12号)."""
        with self._office.db.read() as session:
            row = session.execute(_document_query().where(Document.doc_no == doc_no.strip())).first()
        if row is None:
            raise ServiceError(f"没有文号为“{doc_no}”的文书 / no document numbered {doc_no!r}", "doc_no")
        return _issued(row)

    def pdf(self, document_id: int) -> bytes:
        """The frozen PDF exactly as issued; its SHA-256 is checked on every read."""
        with self._office.db.read() as session:
            row = session.execute(select(Document.pdf, Document.sha256, Document.doc_no)
                                  .where(Document.id == document_id)).first()
        if row is None:
            raise ServiceError("文书不存在 / no such document")
        pdf, digest, doc_no = bytes(row[0]), row[1], row[2]
        if hashlib.sha256(pdf).hexdigest() != digest:
            raise ServiceError(f"文书 {doc_no} 的存档已损坏（SHA-256 不符），请从备份恢复 / "
                               f"the stored copy of {doc_no} is damaged (SHA-256 mismatch): restore from a backup")
        return pdf

    def case_id_of(self, case_no: str) -> int:
        with self._office.db.read() as session:
            case_id = session.execute(select(Case.id).where(Case.case_no == case_no.strip())).scalar()
        if case_id is None:
            raise ServiceError(f"没有案件编号为“{case_no}”的案件 / no case numbered {case_no!r}", "case_no")
        return case_id

    # --- batch supervision -------------------------------------------------------------------

    def supervision_candidates(self, case_ids: Sequence[int] | None = None) -> list[int]:
        """Cases in handling whose debtor owes money past its due date (the actor's own cases for an officer)."""
        today = self._today()
        overdue = (select(ArrearsClaim.case_id).where(ArrearsClaim.amount_claimed > ArrearsClaim.amount_paid,
                                                      ArrearsClaim.due_on < today))
        query = select(Case.id).where(Case.status.in_(SUPERVISION_STATUSES), Case.id.in_(overdue),
                                      Case.respondent_id.is_not(None))
        actor = self._office.actor
        if not allows(actor, Permission.EDIT_ANY_CASE):
            query = query.where(Case.handler_id == actor.user_id)
        if case_ids is not None:
            query = query.where(Case.id.in_(list(case_ids)))
        with self._office.db.read() as session:
            return list(session.execute(query.order_by(Case.id)).scalars())

    def batch_supervision(self, case_ids: Sequence[int] | None = None,
                          progress: Callable[[int, int], None] | None = None,
                          cancelled: Callable[[], bool] | None = None, *,
                          min_interval_days: int = SUPERVISION_INTERVAL_DAYS) -> BatchResult:
        """Issue a supervision letter on every candidate case (``case_ids`` narrows the choice), each in
        its own transaction: a cancel keeps what was issued. A case that had one within
        ``min_interval_days``, or whose letter would be incomplete, is skipped and reported.
        ``progress(done, total)`` after each case; ``cancelled()`` is asked before each one. Plain
        callables: the GUI runs this in its task helper."""
        require(self._office.actor, Permission.ISSUE_DOCUMENTS)
        fonts = self.fonts()
        candidates = self.supervision_candidates(case_ids)
        total = len(candidates)
        since = self._today() - timedelta(days=min_interval_days)
        issued: list[IssuedDocument] = []
        skipped: list[SkippedCase] = []
        if progress:
            progress(0, total)
        for done, case_id in enumerate(candidates, start=1):
            if cancelled is not None and cancelled():
                return BatchResult(tuple(issued), tuple(skipped), total, cancelled=True)
            try:
                with self._office.db.write() as session:
                    recent = session.execute(select(Document.doc_no, Document.issued_on).where(
                        Document.case_id == case_id, Document.kind == "supervision", Document.issued_on > since)
                        .order_by(Document.id.desc())).first()
                    if recent is not None:
                        raise _Skip(f"已于{recent.issued_on:%Y-%m-%d}发出督办通知书 {recent.doc_no}")
                    issued.append(self._issue_in(session, case_id, "supervision", replaces_id=None, allow_gaps=False,
                                                 fonts=fonts))
            except _Skip as skip:
                skipped.append(SkippedCase(case_id, self._case_no(case_id), str(skip)))
            except ServiceError as exc:
                skipped.append(SkippedCase(case_id, self._case_no(case_id), str(exc).split(" / ")[0]))
            if progress:
                progress(done, total)
            if done < total and self._office.db.dialect == "sqlite":
                # SQLite hands its write lock to whoever asks first after a commit: without a short pause
                # the batch would take it back at once, and another desk's save could time out waiting.
                time.sleep(SQLITE_BATCH_PAUSE)
        return BatchResult(tuple(issued), tuple(skipped), total)

    def _case_no(self, case_id: int) -> str:
        with self._office.db.read() as session:
            return session.execute(select(Case.case_no).where(Case.id == case_id)).scalar() or str(case_id)

    # --- templates ---------------------------------------------------------------------------

    def template(self, kind: str) -> TemplateInfo:
        _check_kind(kind)
        with self._office.db.read() as session:
            return self._template_info(session, kind)

    def templates(self) -> list[TemplateInfo]:
        with self._office.db.read() as session:
            return [self._template_info(session, kind) for kind in TEMPLATE_KINDS]

    @staticmethod
    def _template_info(session: Session, kind: str) -> TemplateInfo:
        row = session.get(TemplateRow, kind)
        if row is None:
            shipped = load_template(kind)
            return TemplateInfo(kind, KIND_LABELS[kind], shipped, shipped.to_dict(), customised=False)
        by = session.execute(select(User.display_name).where(User.id == row.updated_by_id)).scalar() \
            if row.updated_by_id else None
        try:
            template = load_template(kind, row.definition)
        except TemplateError:
            template = load_template(kind)  # shown so it can be mended; issuing refuses it (_template_in)
        return TemplateInfo(kind, KIND_LABELS[kind], template, json.loads(row.definition), customised=True,
                            row_version=row.version, updated_at=row.updated_at, updated_by=by)

    def save_template(self, kind: str, definition: Mapping[str, Any] | str,
                      expected_version: int | None = None) -> TemplateInfo:
        """Validate and store the office's copy of ``kind``'s template (administrators: MANAGE_RULES).

        Raises TemplateError naming the first problem. Each save gets the next template version,
        which every letter printed from it carries in its PDF keywords; ``expected_version`` is the
        ``row_version`` the editor loaded (ConflictError when someone saved in between)."""
        _check_kind(kind)
        actor = self._office.actor
        require(actor, Permission.MANAGE_RULES)
        parsed = validate_template(definition, kind=kind)
        with self._office.db.write() as session:
            row = session.get(TemplateRow, kind)
            if expected_version is not None and (row.version if row else None) != expected_version:
                raise ConflictError("模板已被他人修改，请重新载入后再保存 / the template was changed meanwhile: reload")
            shipped = load_template(kind)
            previous = row.definition if row else json.dumps(shipped.to_dict(), ensure_ascii=False)
            # The stored copy may be broken (this save mends it): its version is read from the row.
            version = max(parsed.version, (row.template_version if row else shipped.version) + 1)
            stored = dataclasses.replace(parsed, version=version).to_dict()
            text = json.dumps(stored, ensure_ascii=False, indent=1)
            if row is None:
                row = TemplateRow(kind=kind, definition=text, template_version=version, updated_by_id=actor.user_id)
                session.add(row)
            else:
                row.definition, row.template_version, row.updated_by_id = text, version, actor.user_id
            session.flush()
            history.record(session, actor, entity="letter_template", entity_id=None, action="template_saved",
                           summary=f"修改{KIND_LABELS[kind]}模板（第 {version} 版）",
                           changes={"kind": (None, kind), "definition": (previous, text)})
            return self._template_info(session, kind)

    def reset_template(self, kind: str) -> TemplateInfo:
        """Drop the office's copy: ``kind`` prints from the shipped default again (the old text stays in the history)."""
        _check_kind(kind)
        actor = self._office.actor
        require(actor, Permission.MANAGE_RULES)
        with self._office.db.write() as session:
            row = session.get(TemplateRow, kind)
            if row is not None:
                history.record(session, actor, entity="letter_template", entity_id=None, action="template_reset",
                               summary=f"{KIND_LABELS[kind]}模板恢复为默认",
                               changes={"kind": (None, kind), "definition": (row.definition, None)})
                session.delete(row)
                session.flush()
            return self._template_info(session, kind)

    # --- dossier -----------------------------------------------------------------------------

    def render_dossier(self, case_id: int) -> RenderedDossier:
        """The whole case as one PDF (parties, claims with terms and interest, deadlines, history,
        attachments with hashes, issued documents), as of today."""
        with self._office.db.read() as session:
            rules = RuleBook.load(session)
            detail = load_detail(session, case_id, self._office.actor, rules, self._today())
            if detail is None:
                raise ServiceError(f"案件不存在（编号 {case_id}） / case {case_id} does not exist")
            documents = [_issued(row) for row in session.execute(
                _document_query().where(Document.case_id == case_id).order_by(Document.id)).all()]
            settings = get_settings(session)
        data = build_dossier_data(detail, documents, settings, generated_at=datetime.now(UTC),
                                  generated_by=self._office.actor.display_name)
        return render_dossier(data, fonts=self.fonts(settings))

    def dossier(self, case_id: int) -> bytes:
        return self.render_dossier(case_id).pdf


class _Skip(Exception):
    """A batch leaves this case out (the transaction is rolled back, the number given back)."""


__all__ = [
    "BatchResult",
    "DocumentService",
    "IssuedDocument",
    "LetterIncomplete",
    "SkippedCase",
    "TemplateInfo",
    "build_dossier_data",
    "build_letter_data",
    "font_config",
    "number_prefix",
    "short_citation",
]
