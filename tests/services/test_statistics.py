"""Statistics: every figure equals a count made by hand over the ORM rows, and clicks through to exactly its cases."""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from complaintdesk.domain.vocabulary import CaseStatus
from complaintdesk.services.case_query import CaseQuery
from complaintdesk.services.demo import generate
from complaintdesk.services.statistics import (
    NO_RESPONDENT,
    UNASSIGNED,
    Amount,
    ArrearsRow,
    Count,
    RecoveryRow,
    month_starts,
)
from complaintdesk.store.models import (
    ArrearsClaim,
    Case,
    CaseDeadline,
    Enterprise,
    ExtensionRequest,
    FollowUp,
    Payment,
    Respondent,
)
from tests.dates import TODAY

ZERO = Decimal("0.00")


class Rows:
    """Everything, loaded once through the ORM: the figures are recomputed from these by hand."""

    def __init__(self, office):
        with office.db.read() as s:
            self.cases = {c.id: c for c in s.execute(select(Case)).scalars()}
            self.claims = list(s.execute(select(ArrearsClaim)).scalars())
            self.payments = list(s.execute(select(Payment)).scalars())
            self.follow_ups = list(s.execute(select(FollowUp)).scalars())
            self.extensions = list(s.execute(select(ExtensionRequest)).scalars())
            self.reply = {d.case_id: d for d in s.execute(select(CaseDeadline).where(CaseDeadline.step == "reply")).scalars()}
            self.kind = {r.id: r.kind for r in s.execute(select(Respondent)).scalars()}
            self.township = {e.id: e.township for e in s.execute(select(Enterprise)).scalars()}
        self.claim_case = {c.id: c.case_id for c in self.claims}

    def case_kind(self, case):
        return self.kind.get(case.respondent_id) if case.respondent_id else None

    def counted(self, case) -> bool:
        return case.status != CaseStatus.NOT_ACCEPTED.value

    def late(self, case) -> bool:
        d = self.reply.get(case.id)
        return bool(d and d.met_on and d.due_on and d.met_on > d.due_on)

    def latest_call(self, case_id):
        calls = [f for f in self.follow_ups if f.case_id == case_id]
        return max(calls, key=lambda f: (f.called_on, f.id)).satisfaction if calls else None

    def closed_in(self, start, end):
        return [c for c in self.cases.values()
                if c.status == "closed" and c.closed_on and start <= c.closed_on <= end]

    def received_in(self, start, end):
        return [c for c in self.cases.values() if start <= c.received_on <= end]

    def arrears(self, cases_ok, group_of):
        """group → [cases, claims, claimed, confirmed, paid, outstanding] over claims of counted cases."""
        out = defaultdict(lambda: [set(), 0, ZERO, ZERO, ZERO, ZERO])
        for claim in self.claims:
            case = self.cases[claim.case_id]
            if not self.counted(case) or not cases_ok(case):
                continue
            acc = out[group_of(case)]
            acc[0].add(case.id)
            acc[1] += 1
            acc[2] += claim.amount_claimed
            acc[3] += claim.amount_confirmed or ZERO
            acc[4] += claim.amount_paid
            acc[5] += claim.amount_claimed - claim.amount_paid
        return out


def assert_arrears(row: ArrearsRow, acc) -> None:
    cases, claims, claimed, confirmed, paid, outstanding = acc
    assert (row.cases.value, row.claims) == (len(cases), claims), row.label
    assert (row.claimed.value, row.confirmed.value, row.repaid.value, row.outstanding.value) == (
        claimed, confirmed, paid, outstanding), row.label


def test_dashboard_equals_counts_made_by_hand(demo_office):
    # Given an awaiting extension request and a few cases neither the list's filters nor the
    # aggregates usually meet: an overdue case without handler, a claim case without respondent.
    with demo_office.db.write() as s:
        overdue_id = s.execute(select(Case.id).where(Case.status.in_(["in_handling", "registered"]),
                                                     Case.next_due_on < TODAY).limit(1)).scalar_one()
        s.get(Case, overdue_id).handler_id = None  # through the ORM, as the desk writes
        claim_case = s.execute(select(ArrearsClaim.case_id).join(Case, Case.id == ArrearsClaim.case_id)
                               .where(Case.status == "closed").limit(1)).scalar_one()
        s.get(Case, claim_case).respondent_id = None
        open_case = s.execute(select(Case.id).where(Case.status == "in_handling").limit(1)).scalar_one()
        s.add(ExtensionRequest(case_id=open_case, step="reply", days=10, reason="情况复杂",
                               requested_on=TODAY, status="requested"))

    d = demo_office.statistics.dashboard()
    rows = Rows(demo_office)
    as_of = d.as_of
    assert as_of == TODAY and d.due_soon_workdays == 3

    open_cases = [c for c in rows.cases.values() if CaseStatus(c.status).is_open]
    overdue = [c for c in open_cases if c.next_due_on is not None and c.next_due_on < as_of]
    last = demo_office.calendar().add_workdays(as_of, 3)
    soon = [c for c in open_cases if c.next_due_on is not None and as_of <= c.next_due_on <= last]
    assert d.open.value == len(open_cases) > 0
    assert d.overdue.value == len(overdue) > 0
    assert d.due_soon.value == len(soon)
    assert d.awaiting_approval.value == len({x.case_id for x in rows.extensions if x.status == "requested"}) == 1

    assert {r.key: r.count.value for r in d.overdue_by_handler} == Counter(c.handler_id for c in overdue)
    assert any(r.label == UNASSIGNED and r.count.query.ids == (overdue_id,) for r in d.overdue_by_handler)
    assert {r.key: r.count.value for r in d.overdue_by_step} == Counter(
        f"{c.procedure}/{c.next_step}" for c in overdue)

    by_kind = rows.arrears(lambda c: True, rows.case_kind)
    assert {r.key for r in d.arrears_by_kind} >= {"state_organ", "public_institution", "state_owned_enterprise",
                                                  "large_enterprise", "other", None}
    for r in d.arrears_by_kind:
        assert_arrears(r, by_kind[r.key])
    assert next(r for r in d.arrears_by_kind if r.key is None).label == NO_RESPONDENT
    by_town = rows.arrears(lambda c: True, lambda c: rows.township[c.complainant_id] or None)
    assert {r.key for r in d.arrears_by_township} == set(by_town)
    for r in d.arrears_by_township:
        assert_arrears(r, by_town[r.key])
    assert_arrears(d.arrears_total, rows.arrears(lambda c: True, lambda c: "all")["all"])

    start, end = d.period_start, d.period_end
    assert start == month_starts(as_of)[0] and end == as_of
    recovered = [p for p in rows.payments if start <= p.paid_on <= end
                 and rows.counted(rows.cases[rows.claim_case[p.claim_id]])]
    assert d.recovered.payments == len(recovered) > 0
    assert d.recovered.amount.value == sum((p.amount for p in recovered), ZERO)

    assert [m.month for m in d.monthly] == month_starts(as_of) and len(d.monthly) == 12
    for m in d.monthly:
        m_end = min(date(m.month.year + (m.month.month == 12), m.month.month % 12 + 1, 1) - timedelta(days=1), as_of)
        assert m.received.value == len(rows.received_in(m.month, m_end)), m.label
        assert m.closed.value == len(rows.closed_in(m.month, m_end)), m.label

    received = rows.received_in(start, end)
    accepted = [c for c in received if rows.counted(c)]
    closed_of_received = [c for c in received if c.status == "closed"]
    closed = rows.closed_in(start, end)
    late = [c for c in closed if rows.late(c)]
    cl = d.closure
    assert (cl.received.value, cl.accepted.value, cl.closed_of_received.value) == (
        len(received), len(accepted), len(closed_of_received))
    assert cl.not_accepted.value == len(received) - len(accepted)
    assert cl.still_open.value == len([c for c in received if CaseStatus(c.status).is_open])
    assert cl.closure_rate.value == (Decimal(len(closed_of_received)) / len(accepted)).quantize(Decimal("0.0001"))
    assert (cl.closed.value, cl.late.value, cl.on_time.value) == (len(closed), len(late), len(closed) - len(late))
    assert cl.late.value > 0 and cl.on_time.value > 0
    assert cl.on_time_rate.numerator is cl.on_time and cl.on_time_rate.denominator is cl.closed

    calls = Counter(rows.latest_call(c.id) for c in closed)
    sat = d.satisfaction
    assert (sat.satisfied.value, sat.basically.value, sat.dissatisfied.value) == (
        calls["satisfied"], calls["basically"], calls["dissatisfied"])
    assert sat.called.value == len(closed) - calls[None] > 0 and sat.closed.value == len(closed)
    assert sat.rate.numerator.value == calls["satisfied"] + calls["basically"]


def test_period_statistics_and_yearly_summary_equal_counts_made_by_hand(demo_office):
    year = TODAY.year - 1
    start, end = date(year, 1, 1), date(year, 12, 31)
    summary = demo_office.statistics.yearly_summary(year)
    stats = summary.statistics
    rows = Rows(demo_office)
    assert (stats.start, stats.end, stats.as_of) == (start, end, end)

    received, closed = rows.received_in(start, end), rows.closed_in(start, end)
    for field, key_of, groups in (("category", lambda c: c.category, stats.by_category),
                                  ("channel", lambda c: c.channel, stats.by_channel),
                                  ("debtor_kind", rows.case_kind, stats.by_debtor_kind)):
        got = {r.key: (r.received.value, r.closed.value, r.on_time.value) for r in groups}
        for key in set(got) | {key_of(c) for c in received}:
            expected = (sum(key_of(c) == key for c in received), sum(key_of(c) == key for c in closed),
                        sum(key_of(c) == key and not rows.late(c) for c in closed))
            assert got.get(key, (0, 0, 0)) == expected, (field, key)
    assert sum(r.received.value for r in stats.by_category) == len(received) > 0

    new = rows.arrears(lambda c: start <= c.received_on <= end, rows.case_kind)
    for r in stats.arrears_by_kind:
        assert_arrears(r, new[r.key])
    paid_in_year = [p for p in rows.payments
                    if start <= p.paid_on <= end and rows.counted(rows.cases[rows.claim_case[p.claim_id]])]
    assert stats.recovered_total.amount.value == sum((p.amount for p in paid_in_year), ZERO)
    by_kind = defaultdict(lambda: ZERO)
    for p in paid_in_year:
        by_kind[rows.case_kind(rows.cases[rows.claim_case[p.claim_id]])] += p.amount
    assert {r.key: r.amount.value for r in stats.recovered_by_kind if r.amount.value} == dict(by_kind)

    assert [m.received.value for m in summary.monthly] == [
        len(rows.received_in(date(year, m, 1), (date(year, m + 1, 1) if m < 12 else date(year + 1, 1, 1))
                             - timedelta(days=1))) for m in range(1, 13)]

    # Art. 18 disclosure: organs' and institutions' claims overdue and not fully repaid on 31 December.
    expected = defaultdict(lambda: [0, ZERO, set()])
    for claim in rows.claims:
        case = rows.cases[claim.case_id]
        kind = rows.case_kind(case)
        paid = sum((p.amount for p in rows.payments if p.claim_id == claim.id and p.paid_on <= end), ZERO)
        if (kind in ("state_organ", "public_institution") and rows.counted(case) and case.received_on <= end
                and claim.due_on and claim.due_on < end and claim.amount_claimed - paid > 0):
            acc = expected[case.respondent_id]
            acc[0] += 1
            acc[1] += claim.amount_claimed - paid
            acc[2].add(case.id)
    assert {r.respondent_id: (r.contracts, r.outstanding, set(r.cases.query.ids)) for r in summary.disclosure} == {
        k: tuple(v) for k, v in expected.items()}
    assert summary.disclosure and summary.disclosure_contracts == sum(v[0] for v in expected.values())
    assert [r.outstanding for r in summary.disclosure] == sorted((r.outstanding for r in summary.disclosure),
                                                                 reverse=True)


def _figures(obj, path=""):
    """(path, figure, owner) for every Count and Amount inside a result, however deep."""
    if isinstance(obj, Count | Amount):
        yield path, obj, None
    elif dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if isinstance(value, Amount):
                yield f"{path}.{f.name}", value, obj
            else:
                yield from _figures(value, f"{path}.{f.name}")
    elif isinstance(obj, tuple):
        for i, item in enumerate(obj):
            yield from _figures(item, f"{path}[{i}]")


def _amount_behind(office, path: str, amount: Amount, owner) -> Decimal:
    """The sum the figure's query lists: over the claims (or payments) of exactly those cases."""
    q = amount.query
    total = office.cases.count(q)
    ids = [r.id for r in office.cases.page(q, 0, total)]
    with office.db.read() as s:
        if isinstance(owner, RecoveryRow):
            rows = s.execute(select(Payment.amount).join(ArrearsClaim, ArrearsClaim.id == Payment.claim_id)
                             .where(ArrearsClaim.case_id.in_(ids), Payment.paid_on >= q.paid_from,
                                    Payment.paid_on <= q.paid_to)).scalars()
            return sum(rows, ZERO)
        claims = s.execute(select(ArrearsClaim).where(ArrearsClaim.case_id.in_(ids))).scalars().all()
    measure = path.rsplit(".", 1)[-1]
    return sum(({"claimed": c.amount_claimed, "confirmed": c.amount_confirmed or ZERO, "repaid": c.amount_paid,
                 "outstanding": c.amount_claimed - c.amount_paid}[measure] for c in claims), ZERO)


@pytest.fixture
def office_with_demo(office):
    generate(office.db, cases=160, seed=11)
    return office


def test_every_figure_lists_exactly_the_cases_behind_it(office_with_demo):
    """What the GUI shows under a number is what the number counts, on SQLite and PostgreSQL."""
    office = office_with_demo
    year = TODAY.year - 1
    results = {"dashboard": office.statistics.dashboard(),
               "period": office.statistics.period_statistics(date(year, 4, 1), date(year, 9, 30)),
               "yearly": office.statistics.yearly_summary(year)}
    checked = 0
    for name, result in results.items():
        for path, figure, owner in _figures(result, name):
            if isinstance(figure, Count):
                assert office.cases.count(figure.query) == figure.value, path
            else:
                assert _amount_behind(office, path, figure, owner) == figure.value, path
            checked += 1
    assert checked > 300
    assert results["dashboard"].arrears_total.claimed.value > 0


def test_the_period_must_not_end_before_it_starts(demo_office):
    with pytest.raises(ValueError, match="结束日早于开始日"):
        demo_office.statistics.period_statistics(date(2025, 2, 1), date(2025, 1, 1))
    with pytest.raises(ValueError):
        demo_office.statistics.dashboard(period=(date(2025, 2, 1), date(2025, 1, 1)))


def test_an_empty_office_has_zero_figures_and_no_rates(office):
    d = office.statistics.dashboard()
    assert d.open.value == d.overdue.value == 0
    assert d.closure.closure_rate.value is None and d.closure.closure_rate.percent == "—"
    assert d.arrears_total.claimed.value == ZERO and len(d.arrears_by_kind) == 5
    assert d.overdue_by_handler == () and d.arrears_by_township == ()
    assert d.open.query == CaseQuery(open_only=True, as_of=d.as_of)
