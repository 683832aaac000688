"""What every use case of the desk shares: its collaborators, one transaction's context, locking a case,
the common date check and the before/after snapshot that history records."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from complaintdesk.messages import Message
from complaintdesk.messages import cases as msg
from complaintdesk.messages import validation as vmsg
from complaintdesk.services.actor import Actor
from complaintdesk.services.auth import require_case_access
from complaintdesk.services.case_view import load_detail
from complaintdesk.services.desk_types import CaseDetail
from complaintdesk.services.errors import ConflictError, ServiceError
from complaintdesk.services.reference import RuleBook
from complaintdesk.services.validation import Collector
from complaintdesk.store.database import Database
from complaintdesk.store.models import Case, Event

EARLIEST_DATE = date(2000, 1, 1)
MAX_AMOUNT = Decimal("10000000000.00")  # 100亿元: anything larger is a typing error

# The case fields whose changes an action records (old → new) in the case's history.
SNAPSHOT_FIELDS = ("status", "outcome", "summary", "demands", "category", "handler_id", "source_ref", "accepted_on",
                   "refusal_reason", "transferred_to", "transferred_on", "replied_on", "closed_on",
                   "review_requested_on", "credit_referral_on", "clock_stopped", "next_due_on", "next_step")


class CaseNotFound(ServiceError):
    message = msg.CASE_NOT_FOUND


class CaseChanged(ConflictError):
    """Another desk changed the case since it was shown."""

    message = msg.CASE_CHANGED


@dataclass
class CaseContext:
    """One transaction of a use case: its session, who acts, the office's rules and what day it is."""

    session: Session
    actor: Actor
    rules: RuleBook
    today: date


@dataclass(frozen=True)
class Workplace:
    """The collaborators of the desk's use cases: the office's database, who is acting now (the office
    may sign another user in later, hence a getter) and the clock's ``today``."""

    db: Database
    actor: Callable[[], Actor]
    today: Callable[[], date]

    def read(self) -> AbstractContextManager[Session]:
        return self.db.read()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction. A row another desk changed since this one read it (the ORM's version
        check: ``StaleDataError``, possible on PostgreSQL, where writers do not queue for the whole
        database as on SQLite) is a ConflictError with the coded reload message, never a traceback."""
        try:
            with self.db.write() as session:
                yield session
        except StaleDataError as exc:
            raise ConflictError(msg.RECORD_CHANGED) from exc

    def context(self, session: Session) -> CaseContext:
        """The acting user, the office's rules and today, inside ``session``'s transaction."""
        return open_context(session, self.actor(), self.today())


def open_context(session: Session, actor: Actor, today: date) -> CaseContext:
    """A context inside a transaction someone else opened (e.g. the importer's write phase)."""
    return CaseContext(session, actor, RuleBook.load(session), today)


def cents(value: Decimal, limit: Decimal = MAX_AMOUNT) -> bool:
    """True for a finite amount within ±limit that has at most two decimal places.

    The bound is checked first: quantizing 1E+30 to cents exceeds the decimal context's precision.
    """
    return value.is_finite() and abs(value) <= limit and value == value.quantize(Decimal("0.01"))


def shown(value: Any) -> str:
    """A value as a history line shows it (a dash for nothing)."""
    return "—" if value is None else str(value)


def check_date(c: Collector, field: str, value: date | None, name: Message, *, today: date, required: bool = False,
               not_before: date | None = None, not_before_name: Message | None = None) -> date | None:
    """Report a missing, future, pre-2000 or too-early date on ``field``; return the value as given."""
    if value is None:
        if required:
            c.add(field, vmsg.REQUIRED, name=name)
        return None
    if value > today:
        c.add(field, msg.DATE_IN_FUTURE, name=name)
    elif value < EARLIEST_DATE:
        c.add(field, msg.DATE_BEFORE_2000, name=name)
    elif not_before and value < not_before:
        c.add(field, msg.DATE_BEFORE, name=name, other=not_before_name or "", day=not_before.isoformat())
    return value


def lock_case(ctx: CaseContext, case_id: int, expected_version: int | None) -> Case:
    """The case, if the actor may change it and (given a version) nobody changed it since it was shown.

    Read FOR UPDATE: on PostgreSQL a desk changing the same case at the same moment waits here until the
    other commits, then reads its version and is told who changed the case and when (CaseChanged) —
    as on SQLite, where the write transaction holds the database's lock from its start."""
    case = ctx.session.get(Case, case_id, with_for_update=True)
    if case is None:
        raise CaseNotFound(case_id=case_id)
    require_case_access(ctx.actor, case.handler_id)
    if expected_version is not None and case.version != expected_version:
        last = ctx.session.execute(select(Event.actor_name, Event.occurred_at).where(Event.case_id == case_id)
                                   .order_by(Event.id.desc()).limit(1)).first()
        who, when = (last.actor_name, last.occurred_at) if last else (msg.SOMEONE_ELSE, case.updated_at)
        raise CaseChanged(case_no=case.case_no, who=who, when=when.astimezone().strftime("%Y-%m-%d %H:%M"))
    return case


def case_detail(ctx: CaseContext, case_id: int) -> CaseDetail:
    """The case as the desk shows it, after what this transaction changed."""
    ctx.session.flush()
    detail = load_detail(ctx.session, case_id, ctx.actor, ctx.rules, ctx.today)
    if detail is None:
        raise CaseNotFound(case_id=case_id)
    return detail


def snapshot(case: Case) -> dict[str, Any]:
    return {f: getattr(case, f) for f in SNAPSHOT_FIELDS}


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Old → new of every key that changed."""
    return {k: (before[k], after[k]) for k in before if before[k] != after[k]}
