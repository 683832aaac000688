"""What the desk reads besides the case list: one case in full, the staff, the procedures, parties by name."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select

from complaintdesk.domain.names import normalize_name
from complaintdesk.domain.uscc import normalize_uscc
from complaintdesk.domain.vocabulary import Role
from complaintdesk.services.case_context import Workplace, case_detail
from complaintdesk.services.case_query import search_problem
from complaintdesk.services.case_view import enterprise_view, respondent_view
from complaintdesk.services.desk_types import CaseDetail, EnterpriseView, RespondentView, UserView
from complaintdesk.services.reference import RuleBook
from complaintdesk.store.models import Enterprise, Respondent, User


def _like(text: str) -> str | None:
    """A LIKE pattern for what was typed (its own wildcards dropped; a name in its stored form,
    ``domain.names``), or None for nothing typed or nothing a name could hold (too long, control characters)."""
    if search_problem(text) is not None:
        return None
    needle = normalize_name(text)
    return f"%{needle.replace('%', '').replace('_', '')}%" if needle else None


class CaseLookup:
    """Read-only questions of the desk; each one short read transaction."""

    def __init__(self, workplace: Workplace):
        self._place = workplace

    def detail(self, case_id: int, as_of: date | None = None) -> CaseDetail:
        """The case with its clocks, claims, history and possible actions, as of today (or ``as_of``)."""
        with self._place.read() as s:
            ctx = self._place.context(s)
            if as_of is not None:
                ctx.today = as_of
            return case_detail(ctx, case_id)

    def staff(self) -> list[UserView]:
        """Who can handle a case: active users who are not auditors."""
        with self._place.read() as s:
            users = s.execute(select(User).where(User.active.is_(True), User.role != Role.AUDITOR.value)
                              .order_by(User.role, User.display_name)).scalars()
            return [UserView(u.id, u.username, u.display_name, u.role) for u in users]

    def procedures(self) -> list[tuple[str, str]]:
        """The office's procedures as (code, Chinese name)."""
        with self._place.read() as s:
            rules = RuleBook.load(s)
        return [(code, p.name_zh) for code, p in rules.procedures.items()]

    def search_enterprises(self, text: str, limit: int = 20) -> list[EnterpriseView]:
        pattern = _like(text)
        if pattern is None:
            return []
        with self._place.read() as s:
            rows = s.execute(select(Enterprise).where(or_(
                Enterprise.name.like(pattern), Enterprise.uscc.like(normalize_uscc(pattern)))).order_by(
                Enterprise.name).limit(limit)).scalars()
            return [enterprise_view(e) for e in rows]

    def search_respondents(self, text: str, limit: int = 20) -> list[RespondentView]:
        pattern = _like(text)
        if pattern is None:
            return []
        with self._place.read() as s:
            rows = s.execute(select(Respondent).where(or_(
                Respondent.name.like(pattern), Respondent.uscc.like(normalize_uscc(pattern)))).order_by(
                Respondent.name).limit(limit)).scalars()
            return [respondent_view(r) for r in rows]
