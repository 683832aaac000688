"""An office's stored records brought up to the rules this version knows, once, after an upgrade.

A schema upgrade changes no stored fact by itself, but a newer version may know a rule better than the
one that computed what is stored (issue 16): payment complaints received before 2025-06-01 were given the
2025 text's statutory limit; extension requests were left waiting on clocks that had ended; provisional
years were counted with weekends only. ``after_upgrade`` mends exactly these, in the opening transaction,
each change recorded in the case's history as done by the system at the upgrade. It is idempotent:
run again, it finds nothing to do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import not_, select
from sqlalchemy.orm import Session

from complaintdesk.domain.deadlines import INTERNAL_TARGET, StepRule, split_round
from complaintdesk.services import deadline_clocks, extension_requests, history, schedules
from complaintdesk.services.actor import Actor
from complaintdesk.services.rule_book import RuleBook
from complaintdesk.store.models import Case, CaseDeadline, ExtensionRequest

WHY = "升级后按本版本规则更正"


@dataclass(frozen=True)
class UpkeepReport:
    governed: int  # clocks whose basis now names the text that governs the case's receipt date
    withdrawn: int  # pending extension requests no supervisor could decide any more
    moved: int  # deadlines and claim due dates moved in provisional years

    @property
    def anything(self) -> bool:
        return bool(self.governed or self.withdrawn or self.moved)


def after_upgrade(session: Session, actor: Actor, rules: RuleBook, today: date) -> UpkeepReport:
    governed = apply_governing_text(session, actor, rules)
    withdrawn = withdraw_undecidable(session, actor, today)
    moved = schedules.recompute_provisional_in(session, actor, why=f"{WHY}：按法定节假日重新计算暂定年份的期限")
    return UpkeepReport(governed, withdrawn, len(moved))


def apply_governing_text(session: Session, actor: Actor, rules: RuleBook) -> int:
    """Running clocks of cases received before their step's statutory text was in force, stored with that
    text's limit as if it governed: the basis becomes the office's internal target (DOMAIN §3 "Which text
    governs"). The length and so the due date stay; no statute is cited any more, and the explanation
    says so (computed again with the clock's stops and extensions)."""
    rows = session.execute(
        select(CaseDeadline, Case.received_on).join(Case, Case.id == CaseDeadline.case_id)
        .where(CaseDeadline.met_on.is_(None), not_(CaseDeadline.basis.startswith(INTERNAL_TARGET)))
        .order_by(CaseDeadline.case_id, CaseDeadline.id)).all()
    cases: set[int] = set()
    for row, received_on in rows:
        step = _step_rule(rules, row)
        if step is None or step.in_force_from is None or received_on >= step.in_force_from:
            continue
        old_basis, row.basis = row.basis, step.governing(received_on).basis
        history.record(session, actor, entity="case", entity_id=row.case_id, case_id=row.case_id,
                       action="deadline_basis_corrected",
                       summary=f"{WHY}：收件日期 {received_on} 早于该期限的法定依据施行之日 {step.in_force_from}，"
                               f"“{row.step_name}”改按本机关内部时限计算，不再引用该条文",
                       changes={f"basis:{row.step}": (old_basis, row.basis)})
        cases.add(row.case_id)
    if cases:
        deadline_clocks.recompute(session, rules.calendar, case_ids=sorted(cases))
    return len(cases)


def _step_rule(rules: RuleBook, row: CaseDeadline) -> StepRule | None:
    procedure = rules.procedures.get(row.procedure)
    if procedure is None:
        return None
    try:
        return procedure.step(split_round(row.step)[0])
    except KeyError:
        return None


def withdraw_undecidable(session: Session, actor: Actor, today: date) -> int:
    """Requests an earlier version left waiting on a clock that has ended or a case that has moved on."""
    pending = session.execute(select(ExtensionRequest).where(
        ExtensionRequest.status == extension_requests.REQUESTED, not_(extension_requests.decidable()))
        .order_by(ExtensionRequest.id)).scalars().all()
    for req in pending:
        extension_requests.withdraw(session, actor, req, today, "所申请延长的办理期限已不再计算，延期申请无从审批",
                                    prefix=f"{WHY}：")
    return len(pending)
