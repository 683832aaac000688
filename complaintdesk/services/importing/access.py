"""Import phase 4b, access: rows that add to a case already in the database pass the desk's own checks.

An import writes claims and payments into existing cases (a new claim of a case the file refers
to). Each such row is checked as the desk checks a claim typed into that case: the importing user
must be allowed to change it (``permissions.case_access_refusal``: officers their own or unassigned
cases) and the case must take a new claim (``claims.claim_refusal``: not a finished case). A row
refused is an error of that row naming the case; as with every error, nothing is imported.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from complaintdesk.messages import importer as msg
from complaintdesk.services.actor import Actor
from complaintdesk.services.claims import claim_refusal
from complaintdesk.services.importing.match import Plan, chunks
from complaintdesk.services.importing.report import Findings
from complaintdesk.services.permissions import case_access_refusal
from complaintdesk.store.models import Case


def check_case_access(s: Session, actor: Actor, plan: Plan, found: Findings) -> None:
    """An error on every row that would add to an existing case the actor may not change, or that is finished."""
    extending = [g for g in plan.groups if g.case_id is not None and g.new_claims]
    if not extending:
        return
    cases: dict[int, tuple[str, str, int | None]] = {}
    for chunk in chunks(sorted({g.case_id for g in extending})):
        for case_id, case_no, status, handler_id in s.execute(
                select(Case.id, Case.case_no, Case.status, Case.handler_id).where(Case.id.in_(chunk))):
            cases[case_id] = (case_no, status, handler_id)
    for group in extending:
        case_no, status, handler_id = cases[group.case_id]
        access = case_access_refusal(actor, handler_id)
        refusal = (msg.CASE_NOT_YOURS(case_no=case_no, reason=access) if access is not None
                   else claim_refusal(case_no, status))
        if refusal is None:
            continue
        if access is None:
            refusal = msg.CASE_FINISHED(case_no=case_no, status=refusal.params["status"])
        for row in group.new_claims:
            found.error(row, "case_ref", refusal)
    found.errors.sort(key=lambda p: p.row or 0)
