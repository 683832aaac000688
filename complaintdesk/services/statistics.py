"""The supervisor's figures: dashboard, period statistics and the yearly summary, as SQL aggregates.

Every figure carries the ``CaseQuery`` that lists the cases behind it (``office.cases.page(q)``),
so the GUI can open the list under any number; the aggregates are built on
``CaseService.restrict_cases`` with the same filters, so a figure and its list always agree. Where no
filter expresses a set (cases without a handler or a respondent, the debtors of the yearly
disclosure) the query is ``CaseQuery(ids=...)``.

Definitions (DOMAIN.md §8):

- **open** (在办): status registered, accepted, transferred, in handling or replied.
- **overdue** (逾期): open, and the next running statutory deadline (``Case.next_due_on``) is before
  ``as_of``; a stopped clock (补正) has no running deadline, so it is not overdue.
- **due soon** (即将到期): open, next deadline from ``as_of`` through the N-th working day after it
  (N = setting ``cases.due_soon_workdays``).
- **awaiting approval** (待审批): an extension request waits for a supervisor's decision.
- **received in a period** (受理/收件): ``received_on`` in the period; **accepted** (受理件数) = of
  those, all but 不予受理.
- **closed in a period** (办结): status closed and ``closed_on`` in the period (不予受理 is not a
  closure; it is counted apart).
- **办结率** = cases received in the period and closed by now / cases received in the period and not
  refused. A cohort rate: it cannot exceed 100 %.
- **按期办结率** = cases closed in the period whose ``reply`` clock was met on or before its due date
  (extensions and clock stops included; a clock stopped when the case closed had no running
  deadline and counts as on time) / cases closed in the period.
- **satisfaction** (回访满意度): of the cases closed in the period, those with a follow-up call are
  classified by their latest call; rate = (满意 + 基本满意) / cases called.
- **arrears** (拖欠账款): claims on cases that were not refused. claimed = Σ amount claimed,
  confirmed = Σ amount the debtor confirmed, repaid = Σ payments, outstanding = claimed − repaid;
  grouped by the case's respondent kind and by the complainant's township. Amounts are today's
  (payments recorded so far); **recovered** (清偿) = payments dated inside the period.
- **disclosure** (Payment Reg. art. 18): claims against state organs and public institutions, on
  cases received by 31 December, whose statutory due date was before 31 December and which were
  not fully repaid on 31 December (payments after it do not count).

Counts are of the records as they are now; ``as_of`` moves the day against which deadlines are
judged and periods end (default: today).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from sqlalchemy import BigInteger, case, func, select, type_coerce
from sqlalchemy.orm import Session

from complaintdesk import clock
from complaintdesk.domain.arrears import DebtorKind
from complaintdesk.domain.vocabulary import CaseStatus, Category, Channel, Satisfaction
from complaintdesk.messages import reports as msg
from complaintdesk.services.case_query import CaseQuery, ClaimFilter
from complaintdesk.services.errors import ServiceError
from complaintdesk.services.reference import RuleBook, get_settings, load_procedures
from complaintdesk.store.models import (
    ArrearsByGroup,
    ArrearsClaim,
    Case,
    CasesClosedByDay,
    CasesReceivedByDay,
    Payment,
    PaymentsByDay,
    Respondent,
    User,
)

if TYPE_CHECKING:
    from complaintdesk.domain.calendar import WorkCalendar
    from complaintdesk.domain.deadlines import ProcedureRule
    from complaintdesk.services.cases import CaseService
    from complaintdesk.store.database import Database

__all__ = [
    "Amount", "ArrearsRow", "Closure", "Count", "CountRow", "Dashboard", "DisclosureRow", "MonthRow",
    "PeriodRow", "PeriodStatistics", "Rate", "RecoveryRow", "SatisfactionFigures", "StatisticsService",
    "YearlySummary", "COUNTED_STATUSES", "DISCLOSING_KINDS",
]

# Refused complaints (不予受理) were never the office's business: they stay out of arrears and the
# closure-rate denominator.
COUNTED_STATUSES = tuple(s.value for s in CaseStatus if s is not CaseStatus.NOT_ACCEPTED)
CLOSED = (CaseStatus.CLOSED.value,)
DISCLOSING_KINDS = (DebtorKind.STATE_ORGAN.value, DebtorKind.PUBLIC_INSTITUTION.value)
STEP_SHORT = {"reply": "书面答复", "notice": "书面告知", "review": "复查"}
UNASSIGNED = "未分配承办人"
NO_RESPONDENT = "未填写被投诉单位"
NO_TOWNSHIP = "未填写乡镇"
ZERO = Decimal("0.00")


# --- figures ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Count:
    """A number of cases, and the query listing them."""

    value: int
    query: CaseQuery


@dataclass(frozen=True)
class Amount:
    """A sum of money in yuan (two places), and the query listing the cases it comes from."""

    value: Decimal
    query: CaseQuery


@dataclass(frozen=True)
class Rate:
    """numerator / denominator; both click through. ``value`` is None when there is nothing to divide."""

    numerator: Count
    denominator: Count

    @property
    def value(self) -> Decimal | None:
        if not self.denominator.value:
            return None
        return (Decimal(self.numerator.value) / Decimal(self.denominator.value)).quantize(
            Decimal("0.0001"), rounding=ROUND_HALF_UP)

    @property
    def percent(self) -> str:
        """``"93.5%"`` (one decimal, half up), or ``"—"``."""
        v = self.value
        if v is None:
            return "—"
        return f"{(v * 100).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"


@dataclass(frozen=True)
class CountRow:
    """One line of a breakdown of cases, e.g. the overdue cases of one handler."""

    key: str | int | None
    label: str
    count: Count


@dataclass(frozen=True)
class ArrearsRow:
    """Arrears of one group (a debtor kind, a township, or everything)."""

    key: str | None
    label: str
    cases: Count
    claims: int
    claimed: Amount
    confirmed: Amount
    repaid: Amount
    outstanding: Amount


@dataclass(frozen=True)
class RecoveryRow:
    """Payments dated inside a period, for one debtor kind (or all)."""

    key: str | None
    label: str
    payments: int
    amount: Amount


@dataclass(frozen=True)
class MonthRow:
    month: date  # its first day
    received: Count
    closed: Count

    @property
    def label(self) -> str:
        return f"{self.month:%Y-%m}"


@dataclass(frozen=True)
class Closure:
    """办结率 and 按期办结率 of one period (see the module docstring)."""

    received: Count  # received in the period
    accepted: Count  # … not refused (受理件数)
    not_accepted: Count  # … refused (不予受理)
    closed_of_received: Count  # … closed by now
    still_open: Count  # … still open
    closure_rate: Rate  # 办结率 = closed_of_received / accepted
    closed: Count  # closed in the period, whenever received
    on_time: Count  # … reply clock met on time
    late: Count  # … reply clock met late
    on_time_rate: Rate  # 按期办结率 = on_time / closed


@dataclass(frozen=True)
class SatisfactionFigures:
    closed: Count  # closed in the period
    called: Count  # … with a follow-up call
    satisfied: Count
    basically: Count
    dissatisfied: Count
    rate: Rate  # (satisfied + basically) / called
    call_rate: Rate  # called / closed


@dataclass(frozen=True)
class Dashboard:
    as_of: date
    period_start: date  # the period of the rates and of ``recovered`` (default: the 12 months shown)
    period_end: date
    due_soon_workdays: int
    open: Count
    overdue: Count
    due_soon: Count
    awaiting_approval: Count
    overdue_by_handler: tuple[CountRow, ...]  # most overdue first
    overdue_by_step: tuple[CountRow, ...]  # key "procedure/step"
    arrears_total: ArrearsRow
    arrears_by_kind: tuple[ArrearsRow, ...]  # every debtor kind, in DebtorKind order
    arrears_by_township: tuple[ArrearsRow, ...]  # most outstanding first
    recovered: RecoveryRow  # payments dated in the period
    monthly: tuple[MonthRow, ...]  # the 12 months ending with as_of's month, oldest first
    closure: Closure
    satisfaction: SatisfactionFigures
    provisional_calendar: bool  # as_of's year has no official holiday schedule loaded


@dataclass(frozen=True)
class PeriodRow:
    """Cases of one category / channel / debtor kind in a period."""

    key: str | None
    label: str
    received: Count
    closed: Count  # closed in the period
    on_time: Count
    on_time_rate: Rate


@dataclass(frozen=True)
class PeriodStatistics:
    start: date
    end: date
    as_of: date
    closure: Closure
    by_category: tuple[PeriodRow, ...]
    by_channel: tuple[PeriodRow, ...]
    by_debtor_kind: tuple[PeriodRow, ...]
    arrears_total: ArrearsRow  # claims on cases received in the period (amounts as of now)
    arrears_by_kind: tuple[ArrearsRow, ...]
    arrears_by_township: tuple[ArrearsRow, ...]
    recovered_total: RecoveryRow  # payments dated in the period, on any case
    recovered_by_kind: tuple[RecoveryRow, ...]
    satisfaction: SatisfactionFigures


@dataclass(frozen=True)
class DisclosureRow:
    """One state organ or public institution with arrears overdue and unpaid on 31 December."""

    respondent_id: int
    name: str
    kind: str
    kind_label: str
    contracts: int  # claims overdue and not fully repaid on 31 December
    claimed: Decimal
    outstanding: Decimal  # unpaid on 31 December
    earliest_due: date | None
    cases: Count  # CaseQuery(ids=…)


@dataclass(frozen=True)
class YearlySummary:
    """The office's year, for the first-quarter SME report and the art. 18 disclosure check."""

    year: int
    as_of: date
    statistics: PeriodStatistics
    monthly: tuple[MonthRow, ...]  # January … December (months after as_of are empty)
    disclosure: tuple[DisclosureRow, ...]  # most outstanding first
    disclosure_contracts: int
    disclosure_outstanding: Decimal


# --- helpers ---------------------------------------------------------------------------------


def _yuan(fen) -> Decimal:
    """A SUM over fen columns (int on SQLite, Decimal on PostgreSQL, None over no rows) in yuan."""
    return Decimal(int(fen or 0)).scaleb(-2).quantize(Decimal("0.01"))


def _fen(column):
    return type_coerce(column, BigInteger)


def _flag(condition):
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def month_starts(last: date, count: int = 12) -> list[date]:
    """First days of the ``count`` months ending with ``last``'s month, oldest first."""
    y, m = last.year, last.month
    out = []
    for _ in range(count):
        out.append(date(y, m, 1))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out[::-1]


def _month_end(first: date) -> date:
    nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


class StatisticsService:
    """Read-only aggregates over one office; each public method is one short read transaction."""

    def __init__(self, db: Database, cases: CaseService, calendar: Callable[[], WorkCalendar],
                 today: Callable[[], date] = clock.today):
        self._db = db
        self._cases = cases
        self._calendar = calendar
        self._today = today

    # --- building blocks -------------------------------------------------------------------
    #
    # What would sum every payment, case or claim of a period is read from the tables the database
    # keeps summed by day or group (store.figures, migration 0012): a few thousand rows at any size.
    # The rest is written by hand (driven by the big table, joined by primary key, one GROUP BY for
    # several figures); each figure's CaseQuery says the same thing as a list filter, and
    # tests/services/test_statistics.py checks that every figure's count equals
    # ``office.cases.count(figure.query)`` (tests/services/test_dashboard_figures.py: and the plain aggregates).

    def _ids(self, session: Session, query: CaseQuery, *conditions) -> tuple[int, ...]:
        stmt = self._cases.restrict_cases(select(Case.id), query).where(*conditions).order_by(Case.id)
        return tuple(session.execute(stmt).scalars())

    def _kind_query(self, session: Session, base: CaseQuery, kind: str | None) -> CaseQuery:
        if kind is not None:
            return replace(base, debtor_kind=kind)
        # No filter says "no respondent": list exactly those cases (registration requires one, so few).
        return CaseQuery(ids=self._ids(session, base, Case.respondent_id.is_(None)), as_of=base.as_of)

    @staticmethod
    def _arrears_groups(session: Session, *conditions) -> list[tuple[str | None, str, tuple[int, ...]]]:
        """(debtor kind, township, (cases, claims, claimed, confirmed, paid fen)) of the counted cases with
        claims that ``conditions`` (SQL on complaint_case) select: one scan of a covering index over each
        case's own copy of its claims' count and sums, its debtor's kind and its complainant's township
        (services.case_index) — no join."""
        stmt = (select(Case.respondent_kind, Case.complainant_township, func.count(Case.id), func.sum(Case.claim_count),
                       func.sum(Case.claimed_fen), func.sum(Case.confirmed_fen), func.sum(Case.paid_fen))
                .where(Case.claim_count > 0, Case.status != CaseStatus.NOT_ACCEPTED.value, *conditions)
                .group_by(Case.respondent_kind, Case.complainant_township))
        return [(kind, township, tuple(int(v or 0) for v in values))
                for kind, township, *values in session.execute(stmt)]

    @staticmethod
    def _arrears_groups_now(session: Session) -> list[tuple[str | None, str, tuple[int, ...]]]:
        """``_arrears_groups`` of every counted case, from the summed table (store.figures): some hundred rows."""
        g = ArrearsByGroup
        stmt = (select(g.respondent_kind, g.complainant_township, func.sum(g.cases), func.sum(g.claims),
                       func.sum(g.claimed_fen), func.sum(g.confirmed_fen), func.sum(g.paid_fen))
                .where(g.status != CaseStatus.NOT_ACCEPTED.value)
                .group_by(g.respondent_kind, g.complainant_township))
        return [(kind or None, township, tuple(int(v or 0) for v in values))
                for kind, township, *values in session.execute(stmt)]

    def _arrears(self, session: Session, base: CaseQuery, groups: list[tuple[str | None, str, tuple[int, ...]]]
                 ) -> tuple[ArrearsRow, list[ArrearsRow], list[ArrearsRow]]:
        """Total, by debtor kind and by township of the claims on the cases of ``base``, from their
        groups by (kind, township) (``_arrears_groups``). A case has one respondent and one
        complainant, so the groups add up exactly, distinct cases included."""

        def add(acc: dict, key, values) -> None:
            acc[key] = tuple(a + b for a, b in zip(acc.get(key, (0,) * 5), values, strict=True))

        total: dict = {}
        kinds: dict = {k.value: (0,) * 5 for k in DebtorKind}
        towns: dict = {}
        for kind, township, values in groups:
            add(total, None, values)
            add(kinds, kind, values)
            add(towns, township, values)

        def row(key, label, query: CaseQuery, values) -> ArrearsRow:
            n_cases, n_claims, claimed, confirmed, paid = values
            return ArrearsRow(
                key=key, label=label, cases=Count(n_cases, replace(query, claims=ClaimFilter.ANY)), claims=n_claims,
                claimed=Amount(_yuan(claimed), replace(query, claims=ClaimFilter.ANY)),
                confirmed=Amount(_yuan(confirmed), replace(query, claims=ClaimFilter.CONFIRMED)),
                repaid=Amount(_yuan(paid), replace(query, claims=ClaimFilter.REPAID)),
                outstanding=Amount(_yuan(claimed - paid), replace(query, claims=ClaimFilter.OUTSTANDING)),
            )

        total_row = row(None, "合计", base, total.get(None, (0,) * 5))
        by_kind = [row(k, _kind_label(k), self._kind_query(session, base, k), v) for k, v in kinds.items()]
        by_town = [row(t or None, t or NO_TOWNSHIP, replace(base, township=t), v) for t, v in towns.items()]
        by_town.sort(key=lambda r: (-r.outstanding.value, -r.claimed.value, r.label))
        return total_row, by_kind, by_town

    def _recovery(self, session: Session, base: CaseQuery, start: date, end: date) -> tuple[RecoveryRow, list[RecoveryRow]]:
        """Payments dated in [start, end] on cases that count (not refused; ``base`` says so as a list
        filter), by debtor kind: the payments summed by day, kind and whether the case counts (store.figures)."""
        p = PaymentsByDay
        stmt = (select(p.respondent_kind, func.sum(p.payments), func.sum(p.amount_fen))
                .where(p.paid_on >= start, p.paid_on <= end, p.case_counted)
                .group_by(p.respondent_kind))
        found = {kind or None: (int(n), int(fen or 0)) for kind, n, fen in session.execute(stmt)}
        paid = replace(base, paid_from=start, paid_to=end)
        rows = [RecoveryRow(k, _kind_label(k), n, Amount(_yuan(fen), self._kind_query(session, paid, k)))
                for k, (n, fen) in ({k.value: (0, 0) for k in DebtorKind} | found).items()]
        total = RecoveryRow(None, "合计", sum(n for n, _ in found.values()),
                            Amount(_yuan(sum(f for _, f in found.values())), paid))
        return total, rows

    @staticmethod
    def _received_by_status(session: Session, start: date, end: date) -> dict[str, int]:
        """Cases received in [start, end] per status, from the cases by day received (store.figures)."""
        r = CasesReceivedByDay
        return {status: int(n) for status, n in session.execute(
            select(r.status, func.sum(r.cases)).where(r.received_on >= start, r.received_on <= end).group_by(r.status))}

    @staticmethod
    def _closed_by_outcome(session: Session, start: date, end: date) -> dict[tuple[bool, str | None], int]:
        """Cases closed in [start, end] per (reply late, latest satisfaction), from the cases by day closed."""
        c = CasesClosedByDay
        return {(bool(late), sat or None): int(n) for late, sat, n in session.execute(
            select(c.reply_late, c.satisfaction, func.sum(c.cases)).where(c.closed_on >= start, c.closed_on <= end)
            .group_by(c.reply_late, c.satisfaction))}

    @staticmethod
    def _per_span(session: Session, day, cases, spans: list[tuple[date, date]]) -> list[int]:
        """Σ ``cases`` of a table summed by ``day`` within each [a, b] of ``spans`` (ascending, not
        overlapping; an empty one has b < a): one row per day of the whole range, bucketed here."""
        if not spans:
            return []
        starts = [a for a, _ in spans]
        out = [0] * len(spans)
        for on, n in session.execute(select(day, func.sum(cases)).where(day >= spans[0][0], day <= spans[-1][1])
                                     .group_by(day)):
            i = bisect_right(starts, on) - 1
            if i >= 0 and on <= spans[i][1]:
                out[i] += int(n)
        return out

    def _closure(self, session: Session, start: date, end: date, as_of: date, months: list[date] = (),
                 outcomes: dict[tuple[bool, str | None], int] | None = None) -> tuple[Closure, list[MonthRow]]:
        """The period's closure figures and the monthly intake/closures, from the cases summed by day
        received and status and by day closed (store.figures)."""
        received = self._received_by_status(session, start, end)
        if outcomes is None:
            outcomes = self._closed_by_outcome(session, start, end)
        open_codes = {s.value for s in CaseStatus if s.is_open}
        n_recv = sum(received.values())
        n_ref = received.get(CaseStatus.NOT_ACCEPTED.value, 0)
        n_closed_recv = received.get(CaseStatus.CLOSED.value, 0)
        n_open = sum(n for status, n in received.items() if status in open_codes)
        n_acc = n_recv - n_ref
        n_closed = sum(outcomes.values())
        n_late = sum(n for (late, _sat), n in outcomes.items() if late)
        q_recv = CaseQuery(received_from=start, received_to=end, as_of=as_of)
        q_closed = CaseQuery(statuses=CLOSED, closed_from=start, closed_to=end, as_of=as_of)
        accepted = Count(n_acc, replace(q_recv, statuses=COUNTED_STATUSES))
        closed_of_received = Count(n_closed_recv, replace(q_recv, statuses=CLOSED))
        closed_count = Count(n_closed, q_closed)
        on_time = Count(n_closed - n_late, replace(q_closed, on_time=True))
        closure = Closure(
            received=Count(n_recv, q_recv), accepted=accepted,
            not_accepted=Count(n_ref, replace(q_recv, statuses=(CaseStatus.NOT_ACCEPTED.value,))),
            closed_of_received=closed_of_received,
            still_open=Count(n_open, replace(q_recv, open_only=True)),
            closure_rate=Rate(closed_of_received, accepted), closed=closed_count, on_time=on_time,
            late=Count(n_late, replace(q_closed, on_time=False)), on_time_rate=Rate(on_time, closed_count),
        )
        spans = [(m, min(_month_end(m), as_of)) for m in months]
        received_in = self._per_span(session, CasesReceivedByDay.received_on, CasesReceivedByDay.cases, spans)
        closed_in = self._per_span(session, CasesClosedByDay.closed_on, CasesClosedByDay.cases, spans)
        monthly = [MonthRow(a, Count(n_in, CaseQuery(received_from=a, received_to=b, as_of=as_of)),
                            Count(n_out, CaseQuery(statuses=CLOSED, closed_from=a, closed_to=b, as_of=as_of)))
                   for (a, b), n_in, n_out in zip(spans, received_in, closed_in, strict=True)]
        return closure, monthly

    def _satisfaction(self, session: Session, start: date, end: date, as_of: date,
                      outcomes: dict[tuple[bool, str | None], int] | None = None) -> SatisfactionFigures:
        q_closed = CaseQuery(statuses=CLOSED, closed_from=start, closed_to=end, as_of=as_of)
        if outcomes is None:
            outcomes = self._closed_by_outcome(session, start, end)
        found: dict[str | None, int] = {}
        for (_late, sat), n in outcomes.items():
            found[sat] = found.get(sat, 0) + n
        closed = Count(sum(found.values()), q_closed)
        counts = {s.value: Count(found.get(s.value, 0), replace(q_closed, satisfaction=(s.value,)))
                  for s in Satisfaction}
        codes = tuple(s.value for s in Satisfaction)
        called = Count(sum(found.get(c, 0) for c in codes), replace(q_closed, satisfaction=codes))
        good = (Satisfaction.SATISFIED.value, Satisfaction.BASICALLY.value)
        content = Count(sum(found.get(c, 0) for c in good), replace(q_closed, satisfaction=good))
        return SatisfactionFigures(
            closed=closed, called=called, satisfied=counts["satisfied"], basically=counts["basically"],
            dissatisfied=counts["dissatisfied"], rate=Rate(content, called), call_rate=Rate(called, closed))

    def _period_rows(self, session: Session, start: date, end: date, as_of: date, group, keys, label_of,
                     field: str) -> list[PeriodRow]:
        """Received / closed / on time in the period per category, channel or debtor kind (two grouped scans)."""
        q_recv = CaseQuery(received_from=start, received_to=end, as_of=as_of)
        q_closed = CaseQuery(statuses=CLOSED, closed_from=start, closed_to=end, as_of=as_of)

        def scan(*columns):
            return select(group, *columns).select_from(Case)

        recv = dict(session.execute(scan(func.count(Case.id)).where(
            Case.received_on >= start, Case.received_on <= end).group_by(group)).all())
        closed = {k: (n, late) for k, n, late in session.execute(
            scan(func.count(Case.id), _flag(Case.reply_late)).where(
                Case.status == CaseStatus.CLOSED.value, Case.closed_on >= start, Case.closed_on <= end).group_by(group))}
        order = list(dict.fromkeys([*keys, *recv, *closed]))
        rows = []
        for key in order:
            n_closed, n_late = closed.get(key, (0, 0))
            if key is None:  # only debtor kinds can be missing (a case without respondent)
                qr = self._kind_query(session, q_recv, None)
                qc = self._kind_query(session, q_closed, None)
                qo = self._kind_query(session, replace(q_closed, on_time=True), None)
            else:
                qr, qc = replace(q_recv, **{field: key}), replace(q_closed, **{field: key})
                qo = replace(qc, on_time=True)
            on_time = Count(n_closed - n_late, qo)
            closed_count = Count(n_closed, qc)
            rows.append(PeriodRow(key, label_of(key), Count(recv.get(key, 0), qr), closed_count, on_time,
                                  Rate(on_time, closed_count)))
        return rows

    # --- public API --------------------------------------------------------------------------

    def dashboard(self, as_of: date | None = None, period: tuple[date, date] | None = None) -> Dashboard:
        """The supervisor's page: workload, deadlines, arrears, trends and rates (see the module docstring).

        ``period`` (default: the 12 months of the monthly series, through ``as_of``) is the period of
        the closure rates, the satisfaction and ``recovered``.
        """
        as_of = as_of or self._today()
        months = month_starts(as_of)
        start, end = period or (months[0], as_of)
        if end < start:
            raise ServiceError(msg.PERIOD_REVERSED, field="end", start=start, end=end)
        calendar = self._calendar()
        with self._db.read() as s:
            n_soon = int(get_settings(s).get("cases.due_soon_workdays", 3))
            counts, by_handler, by_step = self._workload(s, as_of, n_soon)
            base = CaseQuery(statuses=COUNTED_STATUSES, as_of=as_of)
            total, by_kind, by_town = self._arrears(s, base, self._arrears_groups_now(s))
            recovered, _ = self._recovery(s, base, start, end)
            outcomes = self._closed_by_outcome(s, start, end)  # the closure rates' and the satisfaction's
            closure, monthly = self._closure(s, start, end, as_of, months, outcomes)
            satisfaction = self._satisfaction(s, start, end, as_of, outcomes)
        return Dashboard(
            as_of=as_of, period_start=start, period_end=end, due_soon_workdays=n_soon, open=counts["open"],
            overdue=counts["overdue"], due_soon=counts["soon"], awaiting_approval=counts["approval"],
            overdue_by_handler=tuple(by_handler), overdue_by_step=tuple(by_step), arrears_total=total,
            arrears_by_kind=tuple(by_kind), arrears_by_township=tuple(by_town), recovered=recovered,
            monthly=tuple(monthly), closure=closure, satisfaction=satisfaction,
            provisional_calendar=calendar.is_provisional(as_of),
        )

    def _workload(self, s: Session, as_of: date, n_soon: int
                  ) -> tuple[dict[str, Count], list[CountRow], list[CountRow]]:
        """The open, overdue, due-soon and awaiting cases, and the overdue ones by handler and by step.

        Open cases are summed from the cases by day received and status (store.figures); the overdue
        ones are grouped by (handler, procedure, step) in one range of ``ix_case_status_due``, which
        holds those columns, and added up here."""
        q_overdue = CaseQuery(overdue=True, as_of=as_of)
        q_open = CaseQuery(open_only=True, as_of=as_of)
        received = CasesReceivedByDay
        n_open = s.execute(select(func.coalesce(func.sum(received.cases), 0))
                           .where(received.status.in_([c.value for c in CaseStatus if c.is_open]))).scalar_one()
        counts = {"open": Count(int(n_open), q_open)}
        for name, q in (("soon", CaseQuery(due_within_workdays=n_soon, as_of=as_of)),
                        ("approval", CaseQuery(awaiting_approval=True, as_of=as_of))):
            counts[name] = Count(s.execute(self._cases.restrict_cases(select(func.count()), q)).scalar_one(), q)
        # count(*), not count(id): PostgreSQL's index holds no id, and the scan stays on the index alone.
        overdue = s.execute(self._cases.restrict_cases(
            select(Case.handler_id, Case.procedure, Case.next_step, func.count()), q_overdue)
            .group_by(Case.handler_id, Case.procedure, Case.next_step)).all()
        counts["overdue"] = Count(sum(n for *_, n in overdue), q_overdue)
        handlers: dict[int | None, int] = {}
        steps: dict[tuple[str, str | None], int] = {}
        for handler_id, proc, step, n in overdue:
            handlers[handler_id] = handlers.get(handler_id, 0) + n
            steps[proc, step] = steps.get((proc, step), 0) + n

        names = dict(s.execute(select(User.id, User.display_name)).all())
        by_handler = [
            CountRow(None, UNASSIGNED, Count(n, CaseQuery(ids=self._ids(s, q_overdue, Case.handler_id.is_(None)),
                                                          as_of=as_of)))
            if handler_id is None else
            CountRow(handler_id, names.get(handler_id, str(handler_id)),
                     Count(n, replace(q_overdue, handler_id=handler_id)))
            for handler_id, n in handlers.items()]
        by_handler.sort(key=lambda r: (-r.count.value, r.label))
        procedures = load_procedures(s)  # the steps' names only: not the calendar a RuleBook would build
        by_step = [CountRow(f"{proc}/{step}", procedure_step_label(procedures, proc, step),
                            Count(n, replace(q_overdue, procedure=proc, next_step=step)))
                   for (proc, step), n in steps.items()]
        by_step.sort(key=lambda r: (-r.count.value, r.label))
        return counts, by_handler, by_step

    def period_statistics(self, start: date, end: date, as_of: date | None = None) -> PeriodStatistics:
        """The periodic statistics table: intake, closures, on time, by category/channel/debtor kind, amounts."""
        if end < start:
            raise ServiceError(msg.PERIOD_REVERSED, field="end", start=start, end=end)
        as_of = as_of or min(end, self._today())
        with self._db.read() as s:
            return self._period(s, start, end, as_of)

    def _period(self, s: Session, start: date, end: date, as_of: date) -> PeriodStatistics:
        outcomes = self._closed_by_outcome(s, start, end)  # the closure rates' and the satisfaction's
        closure, _ = self._closure(s, start, end, as_of, outcomes=outcomes)
        by_category = self._period_rows(s, start, end, as_of, Case.category, [c.value for c in Category],
                                        _label_of(Category), "category")
        by_channel = self._period_rows(s, start, end, as_of, Case.channel, [c.value for c in Channel],
                                       _label_of(Channel), "channel")
        by_kind = self._period_rows(s, start, end, as_of, Case.respondent_kind, [k.value for k in DebtorKind],
                                    _kind_label, "debtor_kind")
        base = CaseQuery(statuses=COUNTED_STATUSES, received_from=start, received_to=end, as_of=as_of)
        total, arrears_by_kind, arrears_by_town = self._arrears(
            s, base, self._arrears_groups(s, Case.received_on >= start, Case.received_on <= end))
        recovered_total, recovered_by_kind = self._recovery(
            s, CaseQuery(statuses=COUNTED_STATUSES, as_of=as_of), start, end)
        return PeriodStatistics(
            start=start, end=end, as_of=as_of, closure=closure, by_category=tuple(by_category),
            by_channel=tuple(by_channel), by_debtor_kind=tuple(by_kind), arrears_total=total,
            arrears_by_kind=tuple(arrears_by_kind), arrears_by_township=tuple(arrears_by_town),
            recovered_total=recovered_total, recovered_by_kind=tuple(recovered_by_kind),
            satisfaction=self._satisfaction(s, start, end, as_of, outcomes),
        )

    def yearly_summary(self, year: int, as_of: date | None = None) -> YearlySummary:
        """The calendar year's statistics, months and the organs' and institutions' overdue arrears on 31 December."""
        start, end = date(year, 1, 1), date(year, 12, 31)
        as_of = as_of or min(end, self._today())
        with self._db.read() as s:
            stats = self._period(s, start, end, as_of)
            _, monthly = self._closure(s, start, end, max(as_of, start), [date(year, m, 1) for m in range(1, 13)])
            disclosure = self._disclosure(s, end, as_of)
        return YearlySummary(
            year=year, as_of=as_of, statistics=stats, monthly=tuple(monthly), disclosure=tuple(disclosure),
            disclosure_contracts=sum(r.contracts for r in disclosure),
            disclosure_outstanding=sum((r.outstanding for r in disclosure), ZERO),
        )

    def _disclosure(self, s: Session, year_end: date, as_of: date) -> list[DisclosureRow]:
        paid = (select(Payment.claim_id.label("claim_id"), func.sum(_fen(Payment.amount)).label("fen"))
                .where(Payment.paid_on <= year_end).group_by(Payment.claim_id).subquery())
        unpaid = _fen(ArrearsClaim.amount_claimed) - func.coalesce(paid.c.fen, 0)
        conditions = (Respondent.kind.in_(DISCLOSING_KINDS), Case.status != CaseStatus.NOT_ACCEPTED.value,
                      Case.received_on <= year_end, ArrearsClaim.due_on.is_not(None),
                      ArrearsClaim.due_on < year_end, unpaid > 0)

        def claims():
            return (select().select_from(ArrearsClaim).join(Case, Case.id == ArrearsClaim.case_id)
                    .join(Respondent, Respondent.id == Case.respondent_id)
                    .outerjoin(paid, paid.c.claim_id == ArrearsClaim.id).where(*conditions))

        totals = s.execute(claims().add_columns(
            Respondent.id, Respondent.name, Respondent.kind, func.count(ArrearsClaim.id),
            func.sum(_fen(ArrearsClaim.amount_claimed)), func.sum(unpaid), func.min(ArrearsClaim.due_on))
            .group_by(Respondent.id, Respondent.name, Respondent.kind)).all()
        case_ids: dict[int, list[int]] = {}
        for rid, cid in s.execute(claims().add_columns(Respondent.id, Case.id).distinct().order_by(Case.id)):
            case_ids.setdefault(rid, []).append(cid)
        rows = [DisclosureRow(
            respondent_id=rid, name=name, kind=kind, kind_label=_kind_label(kind), contracts=n,
            claimed=_yuan(claimed), outstanding=_yuan(unpaid_fen), earliest_due=earliest,
            cases=Count(len(case_ids.get(rid, ())), CaseQuery(ids=tuple(case_ids.get(rid, ())), as_of=as_of)))
            for rid, name, kind, n, claimed, unpaid_fen, earliest in totals]
        rows.sort(key=lambda r: (-r.outstanding, r.name))
        return rows


def _kind_label(kind: str | None) -> str:
    if kind is None:
        return NO_RESPONDENT
    try:
        return DebtorKind(kind).label_zh
    except ValueError:
        return kind


def _label_of(enum):
    def label(code: str | None) -> str:
        try:
            return enum(code).label_zh
        except ValueError:
            return str(code)

    return label


def step_label(rules: RuleBook, procedure: str, step: str | None) -> str:
    return procedure_step_label(rules.procedures, procedure, step)


def procedure_step_label(procedures: Mapping[str, ProcedureRule], procedure: str, step: str | None) -> str:
    proc = procedures.get(procedure)
    proc_name = proc.name_zh if proc else procedure
    step_name = STEP_SHORT.get(step or "")
    if step_name is None and proc is not None:
        try:
            step_name = proc.step(step).name_zh
        except (KeyError, ValueError):
            step_name = step
    return f"{proc_name}·{step_name or step}"
