"""Dossier data from the record: one builder per section of the dossier (案卷), each a pure function of the case.

``build_dossier_data`` assembles them; the sections are printed in this order by
``documents.dossier``: facts, parties, claims and their totals, deadlines and the steps that moved
them, the whole history, attachments, issued documents. Labels are in Chinese, user text plain.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from complaintdesk.documents import KIND_LABELS, OfficeInfo
from complaintdesk.documents.dossier import (
    DossierAttachment,
    DossierClaim,
    DossierData,
    DossierDeadline,
    DossierDocument,
    DossierEvent,
)
from complaintdesk.domain.arrears import DebtorKind
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
from complaintdesk.services.desk_types import (
    AttachmentView,
    CaseDetail,
    ClaimView,
    DeadlineView,
    EventView,
    ExtensionView,
    FollowUpView,
)
from complaintdesk.services.document_facts import label_of, setting_text, size_basis_of

if TYPE_CHECKING:  # services.documents imports this module: the type is only named here
    from complaintdesk.services.documents import IssuedDocument

Pairs = tuple[tuple[str, str], ...]

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
# Fields of the history whose values are vocabulary codes, printed as their labels.
_CODED_FIELDS = {"status": CaseStatus, "outcome": Outcome, "channel": Channel, "category": Category,
                 "subject": ClaimSubject}
EXTENSION_STATES = {"approved": "已批准", "returned": "已退回", "requested": "待审批", "withdrawn": "已自动撤回"}


def _iso(day: date | None) -> str:
    return f"{day:%Y-%m-%d}" if day else "—"


def _money(amount: Decimal) -> str:
    return f"{format_yuan(amount)} 元"


# --- 一、案件概况 ---------------------------------------------------------------------------------


def facts_section(detail: CaseDetail) -> Pairs:
    facts = [
        ("案件编号", detail.case_no), ("状态", label_of(CaseStatus, detail.status)),
        ("收件日期", f"{detail.received_on:%Y-%m-%d}"), ("投诉渠道", label_of(Channel, detail.channel)),
        ("办理程序", detail.procedure_name), ("投诉类别", label_of(Category, detail.category)),
        ("承办人", detail.handler_name or "—"), ("来文编号", detail.source_ref or "—"),
        ("受理日期", _iso(detail.accepted_on)), ("答复日期", _iso(detail.replied_on)),
        ("办结日期", _iso(detail.closed_on)), ("办结结果", label_of(Outcome, detail.outcome) or "—"),
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
    return tuple(facts)


# --- 二、当事人 -----------------------------------------------------------------------------------


def complainant_section(detail: CaseDetail) -> Pairs:
    ent = detail.complainant
    size_class, size_basis = size_basis_of(detail)
    pairs = [
        ("名称", ent.name), ("统一社会信用代码", ent.uscc or "—"), ("地址", ent.address or "—"),
        ("乡镇（街道）", ent.township or "—"), ("联系人", ent.contact_person or "—"), ("联系电话", ent.phone or "—"),
        # Today's figures; the size each contract was signed at is with its claim (art. 3(2)).
        ("企业规模（投诉时）", label_of(SizeClass, size_class) or "未能判定"),
    ]
    if size_basis:
        pairs.append(("规模认定依据", "\n".join(size_basis)))
    return tuple(pairs)


def respondent_section(detail: CaseDetail) -> Pairs:
    resp = detail.respondent
    if resp is None:
        return ()
    return (("名称", resp.name), ("类型", label_of(DebtorKind, resp.kind)), ("统一社会信用代码", resp.uscc or "—"),
            ("地址", resp.address or "—"), ("联系人", resp.contact_person or "—"), ("联系电话", resp.phone or "—"))


# --- 三、欠款明细及逾期利息 -------------------------------------------------------------------------


def _payment_lines(claim: ClaimView) -> tuple[str, ...]:
    """The payments made, then the instalments agreed (还款协议), one line each."""
    paid = tuple(f"{p.paid_on:%Y-%m-%d}  {_money(p.amount)}" + (f"（{p.voucher}）" if p.voucher else "")
                 for p in claim.payments)
    return paid + tuple(f"还款协议：{i.due_on:%Y-%m-%d} 应付 {_money(i.amount)}" for i in claim.instalments)


def _dossier_claim(c: ClaimView) -> DossierClaim:
    return DossierClaim(
        contract_no=c.contract_no or "—", subject=label_of(ClaimSubject, c.subject), amount=c.amount_claimed,
        signed_on=c.contract_signed_on, delivered_on=c.delivered_on, due_on=c.due_on,
        days_overdue=c.days_overdue, paid=c.amount_paid, outstanding=c.outstanding, interest=c.interest,
        term_lines=tuple(line for line in (c.term_basis, *c.term_explanation, *c.size_basis) if line),
        interest_lines=c.interest_explanation, payments=_payment_lines(c), warnings=c.term_warnings,
    )


def claims_section(detail: CaseDetail) -> tuple[DossierClaim, ...]:
    return tuple(_dossier_claim(c) for c in detail.claims)


def totals_section(detail: CaseDetail) -> Pairs:
    if not detail.claims:
        return ()
    t = detail.totals
    return (("合同金额合计", _money(t.claimed)), ("确认金额合计", _money(t.confirmed)), ("已付合计", _money(t.paid)),
            ("欠付合计", _money(t.outstanding)), ("逾期利息合计", _money(t.interest)),
            *((("其中无争议部分逾期利息合计", _money(t.interest_undisputed)),)
              if any(c.interest_undisputed is not None for c in detail.claims) else ()),
            ("计算截止日", f"{detail.as_of:%Y-%m-%d}"))


# --- 四、办理期限 ---------------------------------------------------------------------------------


def deadline_state(d: DeadlineView) -> str:
    if d.met_on is not None:
        return f"已完成（{d.met_on:%Y-%m-%d}）"
    if d.stopped:
        return "计时中止"
    if d.overdue:
        return "已逾期"
    state = "进行中" + (f"，剩余{d.workdays_left}个工作日" if d.workdays_left is not None and d.workdays_left >= 0 else "")
    return state + ("（暂定）" if d.provisional else "")


def deadlines_section(detail: CaseDetail) -> tuple[DossierDeadline, ...]:
    return tuple(DossierDeadline(step_name=d.step_name, trigger_on=d.trigger_on, due_on=d.due_on,
                                 state=deadline_state(d), explanation=d.explanation)
                 for d in detail.deadlines)


def _extension_line(x: ExtensionView) -> str:
    line = f"延期申请 {x.requested_on:%Y-%m-%d}：{x.days}日，理由：{x.reason}；" + EXTENSION_STATES.get(x.status, x.status)
    if x.decided_on:
        line += f"（{x.decided_on:%Y-%m-%d} {x.decided_by or ''}" + (f"：{x.comment}" if x.comment else "") + "）"
    return line


def _follow_up_line(f: FollowUpView) -> str:
    return (f"回访 {f.called_on:%Y-%m-%d}：{label_of(Satisfaction, f.satisfaction)}" + (f"，{f.note}" if f.note else "")
            + (f"（{f.by}）" if f.by else ""))


def steps_section(detail: CaseDetail) -> tuple[str, ...]:
    """Extensions asked for and decided, then follow-up calls: one line each."""
    return (tuple(_extension_line(x) for x in detail.extensions)
            + tuple(_follow_up_line(f) for f in detail.follow_ups))


# --- 五、办理经过 ---------------------------------------------------------------------------------


def change_value(name: str, value: Any) -> str:
    """A value of the history as printed: "—" for none, a label for a vocabulary code or a document kind."""
    if value is None or value == "":
        return "—"
    if name == "kind":
        return KIND_LABELS.get(str(value), str(value))
    if name in _CODED_FIELDS:
        return label_of(_CODED_FIELDS[name], str(value))
    return str(value)


def _event(e: EventView) -> DossierEvent:
    changes = tuple(f"{FIELD_LABELS.get(name, name)}：{change_value(name, pair[0])} → {change_value(name, pair[1])}"
                    for name, pair in e.changes.items() if isinstance(pair, list) and len(pair) == 2)
    return DossierEvent(occurred_at=e.occurred_at, actor=e.actor_name, action=EVENT_LABELS.get(e.action, e.action),
                        summary=e.summary, changes=changes)


def events_section(detail: CaseDetail) -> tuple[DossierEvent, ...]:
    return tuple(_event(e) for e in detail.events)


# --- 六、附件 ------------------------------------------------------------------------------------


def _attachment(a: AttachmentView) -> DossierAttachment:
    return DossierAttachment(name=a.original_name, kind=label_of(AttachmentKind, a.kind), size_bytes=a.size_bytes,
                             sha256=a.sha256, added_at=a.added_at, added_by=a.added_by or "",
                             description=a.description or "")


def attachments_section(detail: CaseDetail) -> tuple[DossierAttachment, ...]:
    return tuple(_attachment(a) for a in detail.attachments)


# --- 七、已签发文书 -------------------------------------------------------------------------------


def documents_section(documents: Sequence[IssuedDocument]) -> tuple[DossierDocument, ...]:
    """The issued documents, each naming the one it corrects and the one that corrected it."""
    numbers = {d.id: d.doc_no for d in documents}
    return tuple(DossierDocument(doc_no=d.doc_no, title=d.title, issued_on=d.issued_on, issued_by=d.issued_by or "—",
                                 sha256=d.sha256, page_count=d.page_count, replaces=numbers.get(d.replaces_id, ""),
                                 replaced_by=numbers.get(d.replaced_by_id, ""))
                 for d in documents)


# --- the dossier ------------------------------------------------------------------------------


def chain_head_line(head: tuple[int, str] | None) -> str:
    """The history's head as a dossier prints it: the event's number and the first 16 hex of its hash."""
    return f"事件 #{head[0]}，哈希 {head[1][:16]}" if head else ""


def build_dossier_data(detail: CaseDetail, documents: Sequence[IssuedDocument], settings: Mapping[str, Any], *,
                       generated_at: datetime, generated_by: str, chain_head: tuple[int, str] | None = None
                       ) -> DossierData:
    return DossierData(
        office=OfficeInfo(name=setting_text(settings, "office.name")), case_no=detail.case_no,
        status=label_of(CaseStatus, detail.status), generated_at=generated_at, generated_by=generated_by,
        facts=facts_section(detail), complainant=complainant_section(detail), respondent=respondent_section(detail),
        claims=claims_section(detail), totals=totals_section(detail), deadlines=deadlines_section(detail),
        steps=steps_section(detail), events=events_section(detail), attachments=attachments_section(detail),
        documents=documents_section(documents), notes=tuple(str(w) for w in detail.warnings),
        chain_head=chain_head_line(chain_head),
    )
