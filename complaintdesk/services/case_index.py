"""Keeps the case's copied columns in step: the list's (names, kind, search text, due sort key) and
the dashboard's (township, claim sums, late reply, satisfaction; debtor kind on each payment).

Two ways in, one definition:

- ``refresh(session, ids)`` recomputes the columns of some cases (or all) in SQL — one UPDATE with
  correlated subqueries per table, the same on SQLite and PostgreSQL, so a bulk import or the demo
  generator refreshes 100,000 cases in one statement;
- ``install(db)`` makes every write transaction of the office do it by itself: the ORM objects a
  transaction flushes (cases, claims, payments, deadlines, follow-ups, parties, users) name the
  cases they touch, and just before the commit those cases are refreshed. A service that forgets
  nothing still cannot leave a figure stale.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import chain

from sqlalchemy import BigInteger, exists, func, inspect, or_, select, type_coerce, update
from sqlalchemy.orm import Session

from complaintdesk.domain.vocabulary import CaseStatus
from complaintdesk.store import figures, search_index
from complaintdesk.store.database import listen_once
from complaintdesk.store.models import (
    NO_DUE_DATE,
    ArrearsClaim,
    Case,
    CaseDeadline,
    Enterprise,
    FollowUp,
    Payment,
    Respondent,
    User,
)

_CHUNK = 5000  # stay under the database's bound-parameter limit
_TOUCHED = "complaintdesk.case_index.touched"


def late_reply():
    """The case's reply clock was met after its due date (未按期; see services.statistics)."""
    return exists().where(CaseDeadline.case_id == Case.id,  # any round of the reply (reply, reply#2 …)
                          or_(CaseDeadline.step == "reply", CaseDeadline.step.like("reply#%")),
                          CaseDeadline.met_on.is_not(None), CaseDeadline.due_on.is_not(None),
                          CaseDeadline.met_on > CaseDeadline.due_on)


def latest_satisfaction():
    """The satisfaction of the case's latest follow-up call (by call date, then entry), or NULL."""
    return (select(FollowUp.satisfaction).where(FollowUp.case_id == Case.id)
            .order_by(FollowUp.called_on.desc(), FollowUp.id.desc()).limit(1)
            .correlate(Case).scalar_subquery())


def _fen(column):
    return type_coerce(column, BigInteger)


def _assignments():
    ent = select(Enterprise.name).where(Enterprise.id == Case.complainant_id).scalar_subquery()
    ent_code = select(func.coalesce(Enterprise.uscc, "")).where(Enterprise.id == Case.complainant_id).scalar_subquery()
    town = select(Enterprise.township).where(Enterprise.id == Case.complainant_id).scalar_subquery()
    res = select(Respondent.name).where(Respondent.id == Case.respondent_id).scalar_subquery()
    res_code = select(func.coalesce(Respondent.uscc, "")).where(Respondent.id == Case.respondent_id).scalar_subquery()
    kind = select(Respondent.kind).where(Respondent.id == Case.respondent_id).scalar_subquery()
    handler = select(User.display_name).where(User.id == Case.handler_id).scalar_subquery()

    def claims(value):
        return select(value).where(ArrearsClaim.case_id == Case.id).scalar_subquery()

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
        Case.complainant_township: func.coalesce(town, ""),
        Case.claim_count: claims(func.count(ArrearsClaim.id)),
        # Money stores integer fen: the raw sums are fen.
        Case.claimed_fen: func.coalesce(claims(func.sum(_fen(ArrearsClaim.amount_claimed))), 0),
        Case.confirmed_fen: func.coalesce(claims(func.sum(_fen(ArrearsClaim.amount_confirmed))), 0),
        Case.paid_fen: func.coalesce(claims(func.sum(_fen(ArrearsClaim.amount_paid))), 0),
        Case.reply_late: late_reply(),
        Case.satisfaction: latest_satisfaction(),
    }


def fresh_copies() -> dict[str, object]:
    """``refresh``'s SET clause by column name: for a service that writes many case rows in one bulk
    statement and folds the refresh of their copied columns into that same write."""
    return {col.key: expr for col, expr in _assignments().items()}


def _payment_assignments():
    def of_case(value):
        return (select(value).select_from(ArrearsClaim).join(Case, Case.id == ArrearsClaim.case_id)
                .where(ArrearsClaim.id == Payment.claim_id).scalar_subquery())

    return {
        Payment.respondent_kind: of_case(Case.respondent_kind),
        Payment.case_counted: of_case(Case.status != CaseStatus.NOT_ACCEPTED.value),
    }


def new_case_copies(case: Case, complainant, respondent, handler_name: str | None,
                    claims: Sequence[ArrearsClaim], clocks: Sequence[CaseDeadline]) -> dict[str, object]:
    """The copied columns of a case about to be inserted, as ``refresh`` would compute them after the
    insert — for a bulk insert (the import's) that must not rewrite its rows once more under the
    write lock. ``complainant``/``respondent`` give ``name``, ``uscc`` (and ``township``, ``kind``).
    ``search_text`` is left without its case number: ``search_text(case_no, rest)`` completes it.
    The import's tests hold this to ``refresh`` (``stale_cases`` finds nothing after an import)."""
    def fen(amounts):
        return sum(int(a * 100) for a in amounts if a is not None)

    res_name = respondent.name if respondent is not None else None
    res_code = (respondent.uscc or "") if respondent is not None else None
    return {
        "complainant_name": complainant.name or "", "respondent_name": res_name or "",
        "respondent_kind": respondent.kind if respondent is not None else None,
        "handler_name": handler_name or "", "due_sort": case.next_due_on or NO_DUE_DATE,
        "search_text": search_rest(complainant.name, complainant.uscc, res_name, res_code, case.source_ref,
                                   case.summary), "complainant_township": complainant.township or "",
        "claim_count": len(claims), "claimed_fen": fen(c.amount_claimed for c in claims),
        "confirmed_fen": fen(c.amount_confirmed for c in claims), "paid_fen": fen(c.amount_paid for c in claims),
        "reply_late": any((c.step == "reply" or c.step.startswith("reply#")) and c.met_on is not None
                          and c.due_on is not None and c.met_on > c.due_on for c in clocks),
        "satisfaction": None,
    }


def search_rest(complainant_name: str | None, complainant_code: str | None, respondent_name: str | None,
                respondent_code: str | None, source_ref: str | None, summary: str) -> str:
    """What follows the case number in ``search_text``, as ``refresh`` joins it (a missing field: empty)."""
    return _SEP + _SEP.join([complainant_name or "", complainant_code or "", respondent_name or "",
                             respondent_code or "", source_ref or "", summary])


def search_text(case_no: str, rest: str) -> str:
    """``new_case_copies``' search text, completed with the case's number."""
    return case_no + rest


_SEP = " | "


def refresh(session: Session, case_ids: Iterable[int] | None = None) -> None:
    """Recompute the copied columns of these cases (all cases when None) and of their payments; for all
    cases, also write the summed figures again (store.figures: their triggers' work, mended)."""
    session.flush()
    cases = update(Case).values(_assignments()).execution_options(synchronize_session=False)
    payments = update(Payment).values(_payment_assignments()).execution_options(synchronize_session=False)
    if case_ids is None:
        search_index.defer_counts(session.connection())  # written afresh below
        figures.defer(session.connection())  # so are the summed figures
        session.execute(cases)
        session.execute(payments)
        # The search index follows search_text by triggers: this mends what a write past them left.
        search_index.repair(session.connection())
        figures.rebuild(session.connection())  # so do the summed figures, on either database
        search_index.rebuild_counts(session.connection())  # and PostgreSQL's search counts (0014)
        return
    ids = sorted(set(case_ids))
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        session.execute(cases.where(Case.id.in_(chunk)))
        session.execute(payments.where(Payment.claim_id.in_(
            select(ArrearsClaim.id).where(ArrearsClaim.case_id.in_(chunk)))))


# --- keeping them in step on every write ------------------------------------------------------


class _Touched:
    """What the flushes of one transaction touched, by the key that leads to its cases."""

    def __init__(self) -> None:
        self.cases: set[int] = set()
        self.claims: set[int] = set()
        self.enterprises: set[int] = set()
        self.respondents: set[int] = set()
        self.users: set[int] = set()

    def __bool__(self) -> bool:
        return bool(self.cases or self.claims or self.enterprises or self.respondents or self.users)

    def case_ids(self, session: Session) -> set[int]:
        ids = set(self.cases)
        lookups = ((ArrearsClaim.case_id, ArrearsClaim.id, self.claims),
                   (Case.id, Case.complainant_id, self.enterprises),
                   (Case.id, Case.respondent_id, self.respondents),
                   (Case.id, Case.handler_id, self.users))
        for case_id, key, keys in lookups:
            if keys:
                ids.update(session.execute(select(case_id).where(key.in_(sorted(keys)))).scalars())
        return ids


# What of a party or a user the cases copy: editing anything else (a login stamp, an address)
# must not rewrite their thousands of cases.
_COPIED = {Enterprise: ("name", "uscc", "township"), Respondent: ("name", "uscc", "kind"), User: ("display_name",)}


def _copied_changed(obj: object) -> bool:
    state = inspect(obj)
    if state.deleted or state.was_deleted:
        return True
    return any(state.attrs[name].history.has_changes() for name in _COPIED[type(obj)])


def _note(session: Session, objects: Iterable[object]) -> None:
    touched: _Touched = session.info.setdefault(_TOUCHED, _Touched())
    for obj in objects:
        match obj:
            case Case():
                if obj.id is not None:
                    touched.cases.add(obj.id)
            case ArrearsClaim() | CaseDeadline() | FollowUp():
                if obj.case_id is not None:
                    touched.cases.add(obj.case_id)
            case Payment():
                if obj.claim_id is not None:
                    touched.claims.add(obj.claim_id)
            case Enterprise():
                if _copied_changed(obj):
                    touched.enterprises.add(obj.id)
            case Respondent():
                if _copied_changed(obj):
                    touched.respondents.add(obj.id)
            case User():
                if _copied_changed(obj):
                    touched.users.add(obj.id)


def _after_flush(session: Session, _context) -> None:
    # The session still lists what this flush wrote (new ones now have their ids), with their
    # attribute history. New parties and users have no cases yet.
    _note(session, chain(session.new, session.dirty, session.deleted))


def _before_commit(session: Session) -> None:
    session.flush()
    touched: _Touched | None = session.info.pop(_TOUCHED, None)
    if touched:
        refresh(session, touched.case_ids(session))
        session.info.pop(_TOUCHED, None)  # what the refresh itself flushed is already fresh


def _after_rollback(session: Session) -> None:
    session.info.pop(_TOUCHED, None)


def install(sessions) -> None:
    """Keep the copied columns in step in every transaction of this sessionmaker (idempotent)."""
    for name, fn in (("after_flush", _after_flush), ("before_commit", _before_commit),
                     ("after_rollback", _after_rollback)):
        listen_once(sessions, name, fn)


def stale_cases(session: Session, case_ids: Sequence[int] | None = None) -> list[int]:
    """Cases whose copied columns differ from a fresh computation (empty when all is in step).

    Used by ``complaintdesk-admin check`` and by the tests that hold the invariant.
    """
    return sorted(stale_copies(session, case_ids))


def stale_copies(session: Session, case_ids: Sequence[int] | None = None) -> dict[int, dict[str, tuple]]:
    """Per case out of step, each copied column that differs: stored → fresh (a payment's as
    ``payment#<id>.<column>``). What ``check --refresh-copies`` records before it rewrites them."""
    fresh = {col.key: expr for col, expr in _assignments().items()}
    columns = [getattr(Case, key) for key in fresh]
    stmt = select(Case.id, *columns, *[expr.label(f"fresh_{key}") for key, expr in fresh.items()])
    if case_ids is not None:
        stmt = stmt.where(Case.id.in_(list(case_ids)))
    stale: dict[int, dict[str, tuple]] = {}
    n = len(columns)
    for row in session.execute(stmt.order_by(Case.id)):
        stored, computed = row[1:1 + n], row[1 + n:]
        for key, a, b in zip(fresh, stored, computed, strict=True):
            if _norm(a) != _norm(b):
                stale.setdefault(row[0], {})[key] = (a, b)
    pay = _payment_assignments()
    p_stmt = (select(Payment.id, ArrearsClaim.case_id, Payment.respondent_kind, Payment.case_counted,
                     pay[Payment.respondent_kind], pay[Payment.case_counted])
              .join(ArrearsClaim, ArrearsClaim.id == Payment.claim_id))
    if case_ids is not None:
        p_stmt = p_stmt.where(ArrearsClaim.case_id.in_(list(case_ids)))
    for pid, case_id, kind, counted, fresh_kind, fresh_counted in session.execute(p_stmt):
        if kind != fresh_kind:
            stale.setdefault(case_id, {})[f"payment#{pid}.respondent_kind"] = (kind, fresh_kind)
        if bool(counted) != bool(fresh_counted):
            stale.setdefault(case_id, {})[f"payment#{pid}.case_counted"] = (bool(counted), bool(fresh_counted))
    # the search index's row of each case (store.search_index)
    cases = set(session.execute(select(Case.id)).scalars()) if case_ids is None else set(case_ids)
    for case_id, change in search_index.differences(session.connection(), case_ids).items():
        if case_id in cases:  # an index row of no case is mended by refresh(), and has no case to name
            stale.setdefault(case_id, {})["search_index"] = change
    return stale


def _norm(value):
    if isinstance(value, bool):
        return int(value)
    return value
