"""Keeps the case list's denormalised columns (names, kind, search text, due sort key) in step."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from complaintdesk.store.models import NO_DUE_DATE, Case, Enterprise, Respondent, User


def _assignments():
    ent = select(Enterprise.name).where(Enterprise.id == Case.complainant_id).scalar_subquery()
    ent_code = select(func.coalesce(Enterprise.uscc, "")).where(Enterprise.id == Case.complainant_id).scalar_subquery()
    res = select(Respondent.name).where(Respondent.id == Case.respondent_id).scalar_subquery()
    res_code = select(func.coalesce(Respondent.uscc, "")).where(Respondent.id == Case.respondent_id).scalar_subquery()
    kind = select(Respondent.kind).where(Respondent.id == Case.respondent_id).scalar_subquery()
    handler = select(User.display_name).where(User.id == Case.handler_id).scalar_subquery()
    sep = " | "
    search = (Case.case_no + sep + func.coalesce(ent, "") + sep + func.coalesce(ent_code, "") + sep
              + func.coalesce(res, "") + sep + func.coalesce(res_code, "") + sep + func.coalesce(Case.source_ref, "")
              + sep + Case.summary)
    return {
        Case.complainant_name: func.coalesce(ent, ""),
        Case.respondent_name: func.coalesce(res, ""),
        Case.respondent_kind: kind,
        Case.handler_name: func.coalesce(handler, ""),
        Case.due_sort: func.coalesce(Case.next_due_on, NO_DUE_DATE),
        Case.search_text: search,
    }


def refresh(session: Session, case_ids: Sequence[int] | None = None) -> None:
    """Recompute the list columns of these cases (all cases when None) from their parties and handler.

    One UPDATE with correlated subqueries, so it is the same SQL on SQLite and PostgreSQL and a
    bulk import or a migration refreshes 100,000 cases in one statement.
    """
    session.flush()
    if case_ids is None:
        session.execute(update(Case).values(_assignments()).execution_options(synchronize_session=False))
        return
    ids = sorted(set(case_ids))
    for i in range(0, len(ids), 5000):  # stay under the database's bound-parameter limit
        session.execute(update(Case).where(Case.id.in_(ids[i:i + 5000])).values(_assignments())
                        .execution_options(synchronize_session=False))
