"""The dashboard's summed figures (migration 0012, store.figures): kept in step by the database's triggers
through every kind of write, read by the dashboard instead of every payment, case and claim sum, and
giving exactly the figures the plain aggregates over those rows give.

The invariant: ``figures.differences`` — each summary table compared with a fresh aggregate of the rows
it sums — is empty after any write, whoever writes (the services, the ORM, plain SQL).
"""

from __future__ import annotations

import importlib.util
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, select, text

from complaintdesk.domain.vocabulary import CaseStatus
from complaintdesk.services import history, maintenance
from complaintdesk.services.demo import generate
from complaintdesk.services.desk_types import (
    ActionInput,
    ClaimInput,
    EnterpriseInput,
    PaymentInput,
    RegistrationInput,
    RespondentInput,
)
from complaintdesk.services.statistics import month_starts
from complaintdesk.store import figures, migrate
from complaintdesk.store.models import Case, Enterprise, Payment, Respondent
from tests.dates import TODAY

D = Decimal
MIGRATION = next((Path(__file__).resolve().parents[2] / "migrations" / "versions").glob("*_0012_*.py"))
OPEN = tuple(s.value for s in CaseStatus if s.is_open)


def _differences(office) -> dict[str, int]:
    with office.db.read() as s:
        return figures.differences(s.connection())


def _register(office, name: str, kind: str, township: str, received: date):
    return office.registration.register(RegistrationInput(
        channel="visit", procedure="payment_complaint", category="arrears", summary=f"{name}拖欠货款",
        received_on=received, complainant=EnterpriseInput(name=f"{name}商贸有限公司", township=township),
        respondent=RespondentInput(name=name, kind=kind)))


def _writes(office):
    """Every kind of write that moves a figure from one group to another, each step named."""
    generate(office.db, cases=40, seed=5)
    yield "demo"
    received = TODAY - timedelta(days=90)
    case = _register(office, "县卫健委", "public_institution", "城关镇", received)
    case = office.actions.act(case.id, "accept", ActionInput(on=received), case.version)
    case = office.claims.add_claim(case.id, ClaimInput(amount_claimed=D("1200.50"), subject="goods",
                                                     amount_confirmed=D("1000.00"), delivered_on=received))
    office.claims.add_payment(case.claims[0].id, PaymentInput(paid_on=TODAY - timedelta(days=3), amount=D("200.25")))
    office.claims.add_payment(case.claims[0].id, PaymentInput(paid_on=TODAY - timedelta(days=3), amount=D("0.75")))
    yield "registered, a claim and two payments on one day"
    case = office.lookup.detail(case.id)
    case = office.actions.act(case.id, "start_handling", ActionInput(on=received), case.version)
    case = office.actions.act(case.id, "reply", ActionInput(on=TODAY, note="已督促"), case.version)
    case = office.actions.act(case.id, "close", ActionInput(on=TODAY, outcome="resolved"), case.version)
    yield "closed with a late reply"
    case = office.actions.act(case.id, "follow_up", ActionInput(on=TODAY, satisfaction="basically"), case.version)
    office.actions.act(case.id, "follow_up", ActionInput(on=TODAY, satisfaction="satisfied"), case.version)
    yield "two follow-up calls: the latest counts"
    refused = _register(office, "乙集团", "large_enterprise", "河西乡", TODAY - timedelta(days=5))
    refused = office.claims.add_claim(refused.id, ClaimInput(amount_claimed=D("50.00"), subject="goods"))
    office.claims.add_payment(refused.claims[0].id, PaymentInput(paid_on=TODAY, amount=D("10.00")))
    refused = office.lookup.detail(refused.id)
    office.actions.act(refused.id, "refuse", ActionInput(on=TODAY, reason="不属于本部门职责"), refused.version)
    yield "a case with a payment refused: its payment stops counting"
    with office.db.write() as s:
        s.get(Respondent, s.get(Case, case.id).respondent_id).kind = "state_organ"
        s.get(Enterprise, s.get(Case, case.id).complainant_id).township = "新设街道"
    yield "the debtor's kind and the complainant's township changed: cases and payments move group"
    with office.db.write() as s:
        s.get(Case, case.id).respondent_id = None
    yield "a case loses its respondent (kind '')"
    with office.db.write() as s:
        payment_id = s.execute(select(Payment.id).order_by(Payment.id).limit(1)).scalar_one()
        s.execute(text("UPDATE payment SET paid_on = :day, amount = amount + 100 WHERE id = :id"),
                  {"day": TODAY - timedelta(days=400), "id": payment_id})
    yield "plain SQL moves a payment to another day and amount"
    with office.db.write() as s:
        s.delete(s.execute(select(Payment).order_by(Payment.id.desc()).limit(1)).scalar_one())
        s.execute(text("DELETE FROM payment WHERE id = :id"), {"id": payment_id})
    yield "payments deleted, by the ORM and by plain SQL"


def test_every_write_keeps_the_summed_figures_in_step(office):
    for step in _writes(office):
        assert _differences(office) == {}, step
    with office.db.read() as s:  # and the tables hold something: the comparison compared rows
        for table in figures.definitions():
            assert s.execute(select(table)).first() is not None, table.name


def _reference(office, as_of: date, start: date, end: date) -> dict:
    """The dashboard's summed figures the plain way: aggregates over the cases, claims and payments
    themselves (parties joined, nothing copied), as the dashboard computed them before 0012."""
    p = {"start": start, "end": end}
    with office.db.read() as s:
        def rows(sql, **params):
            return [tuple(int(v) if isinstance(v, Decimal) else v for v in r) for r in s.execute(text(sql), params)]

        listed = ", ".join(f"'{status}'" for status in OPEN)
        out = {"open": rows(f"SELECT count(*) FROM complaint_case WHERE status IN ({listed})")[0][0]}
        out["recovered"] = sorted(rows(
            "SELECT r.kind, count(*), sum(p.amount) FROM payment p JOIN arrears_claim a ON a.id = p.claim_id "
            "JOIN complaint_case c ON c.id = a.case_id LEFT JOIN respondent r ON r.id = c.respondent_id "
            "WHERE p.paid_on >= :start AND p.paid_on <= :end AND c.status <> 'not_accepted' GROUP BY r.kind", **p),
            key=repr)
        out["arrears"] = sorted(rows(
            "SELECT r.kind, e.township, count(DISTINCT c.id), count(*), sum(a.amount_claimed), "
            "sum(coalesce(a.amount_confirmed, 0)), sum(a.amount_paid) FROM arrears_claim a "
            "JOIN complaint_case c ON c.id = a.case_id JOIN enterprise e ON e.id = c.complainant_id "
            "LEFT JOIN respondent r ON r.id = c.respondent_id WHERE c.status <> 'not_accepted' "
            "GROUP BY r.kind, e.township"), key=repr)
        out["received"] = sorted(rows("SELECT status, count(*) FROM complaint_case WHERE received_on >= :start "
                                      "AND received_on <= :end GROUP BY status", **p))
        out["closed"] = sorted(rows("SELECT reply_late, satisfaction, count(*) FROM complaint_case WHERE "
                                    "status = 'closed' AND closed_on >= :start AND closed_on <= :end "
                                    "GROUP BY reply_late, satisfaction", **p), key=repr)
        out["months"] = [
            (rows("SELECT count(*) FROM complaint_case WHERE received_on >= :a AND received_on <= :b", a=a, b=b)[0][0],
             rows("SELECT count(*) FROM complaint_case WHERE status = 'closed' AND closed_on >= :a AND closed_on <= :b",
                  a=a, b=b)[0][0])
            for a, b in _spans(as_of)]
    return out


def _spans(as_of: date) -> list[tuple[date, date]]:
    starts = month_starts(as_of)
    return [(a, min(b - timedelta(days=1), as_of)) for a, b in zip(starts, [*starts[1:], date(9999, 1, 1)], strict=True)]


def _from_dashboard(d) -> dict:
    def fen(amount) -> int:
        return int(amount.value * 100)

    status_counts = {"not_accepted": d.closure.not_accepted.value, "closed": d.closure.closed_of_received.value}
    return {
        "open": d.open.value,
        "arrears_total": (d.arrears_total.cases.value, d.arrears_total.claims, fen(d.arrears_total.claimed),
                          fen(d.arrears_total.confirmed), fen(d.arrears_total.repaid)),
        "arrears_by_kind": {r.key: (r.cases.value, r.claims, fen(r.claimed), fen(r.confirmed), fen(r.repaid))
                            for r in d.arrears_by_kind if r.cases.value},
        "arrears_by_township": {r.key: (r.cases.value, r.claims, fen(r.claimed), fen(r.confirmed), fen(r.repaid))
                                for r in d.arrears_by_township},
        "recovered_total": (d.recovered.payments, fen(d.recovered.amount)),
        "received": (d.closure.received.value, status_counts, d.closure.still_open.value),
        "closed": (d.closure.closed.value, d.closure.late.value, d.satisfaction.satisfied.value,
                   d.satisfaction.basically.value, d.satisfaction.dissatisfied.value, d.satisfaction.called.value),
        "months": [(m.received.value, m.closed.value) for m in d.monthly],
    }


def _expected(ref: dict) -> dict:
    def group(key_of):
        out: dict = {}
        for kind, township, *values in ref["arrears"]:
            key = key_of(kind, township)
            out[key] = tuple(a + b for a, b in zip(out.get(key, (0,) * 5), values, strict=True))
        return out

    received = dict(ref["received"])
    closed = ref["closed"]
    by_sat = {sat: sum(n for _late, s, n in closed if s == sat) for sat in ("satisfied", "basically", "dissatisfied")}
    return {
        "open": ref["open"],
        "arrears_total": group(lambda k, t: None).get(None, (0,) * 5),
        "arrears_by_kind": group(lambda k, t: k),
        "arrears_by_township": group(lambda k, t: t or None),
        "recovered_total": (sum(n for _k, n, _f in ref["recovered"]), sum(f for _k, _n, f in ref["recovered"])),
        "received": (sum(received.values()), {"not_accepted": received.get("not_accepted", 0),
                                              "closed": received.get("closed", 0)},
                     sum(n for st, n in received.items() if st in OPEN)),
        "closed": (sum(n for *_, n in closed), sum(n for late, _s, n in closed if late), by_sat["satisfied"],
                   by_sat["basically"], by_sat["dissatisfied"], sum(by_sat.values())),
        "months": ref["months"],
    }


def test_the_dashboard_gives_the_plain_aggregates_figures_before_and_after_every_write(office):
    for step in _writes(office):
        d = office.statistics.dashboard()
        ref = _reference(office, d.as_of, d.period_start, d.period_end)
        assert _from_dashboard(d) == _expected(ref), step
        # The period's payments by debtor kind (a case without respondent: None), as the statistics table shows them.
        stats = office.statistics.period_statistics(d.period_start, d.period_end)
        assert {r.key: (r.payments, int(r.amount.value * 100)) for r in stats.recovered_by_kind if r.payments} == {
            kind: (n, fen) for kind, n, fen in ref["recovered"]}, step


def test_the_dashboard_reads_the_summed_figures_not_every_payment_and_case(demo_office):
    """SQLite: no statement of the dashboard reads the payments or goes through every case; the overdue
    figures come from one range of the covering status/due index."""
    seen: list[tuple[str, object]] = []

    def listen(conn, cursor, statement, parameters, context, executemany):  # noqa: PLR0913 - SQLAlchemy's signature
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(demo_office.db.engine, "before_cursor_execute", listen)
    try:
        demo_office.statistics.dashboard()
    finally:
        event.remove(demo_office.db.engine, "before_cursor_execute", listen)
    plans = []
    with demo_office.db.engine.connect() as conn:
        for statement, parameters in seen:
            plans.extend(r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters))
    assert not [p for p in plans if " payment " in f"{p} " or p.startswith("SCAN complaint_case")], plans
    assert any("payments_by_day" in p for p in plans) and any("arrears_by_group" in p for p in plans)
    assert any("cases_received_by_day" in p for p in plans) and any("cases_closed_by_day" in p for p in plans)
    assert "SEARCH complaint_case USING COVERING INDEX ix_case_status_due (status=? AND next_due_on<?)" in plans
    assert not [p for p in plans if "extension_request" in p and "ix_extension_request_status" not in p], plans


def test_the_migration_fills_them_as_the_triggers_keep_them(office):
    generate(office.db, cases=60, seed=5)

    def tables():
        with office.db.read() as s:
            return {t.name: sorted(map(tuple, s.execute(select(t)).all()), key=repr) for t in figures.definitions()}

    before = tables()
    assert all(before.values())
    migrate.downgrade(office.db, "0011")
    migrate.upgrade_to_head(office.db)
    assert tables() == before and _differences(office) == {}


def test_check_finds_a_write_past_the_triggers_and_refresh_copies_mends_it(office):
    generate(office.db, cases=40, seed=5)
    with office.db.write() as s:
        s.execute(text("UPDATE payments_by_day SET amount_fen = amount_fen + 1 WHERE paid_on = "
                       "(SELECT min(paid_on) FROM payments_by_day)"))
        s.execute(text("DELETE FROM cases_closed_by_day WHERE closed_on = "
                       "(SELECT max(closed_on) FROM cases_closed_by_day)"))
    report = maintenance.check(office)
    assert report.stale_figures == {"payments_by_day": 1, "cases_closed_by_day": 1} and not report.ok
    maintenance.refresh_copies(office)
    report = maintenance.check(office)
    assert report.stale_figures == {} and _differences(office) == {}


def _migration():
    spec = importlib.util.spec_from_file_location("migration_0012", MIGRATION)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_triggers_take_the_history_chains_lock():
    # The migration cannot import the application: its copy of the lock's number must stay the same.
    assert _migration().HISTORY_LOCK == history.CHAIN_LOCK


@pytest.mark.postgres
def test_postgresql_keeps_them_by_triggers_under_the_chain_lock(pg_url):
    from complaintdesk.services.office import Office

    office = Office.open(pg_url)
    try:
        generate(office.db, cases=20, seed=5)
        engine = create_engine(pg_url)
        with engine.connect() as conn:
            triggers = set(conn.execute(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")).scalars())
            assert {f"keep_{t.name}" for t in figures.definitions()} <= triggers
            indexes = dict(conn.execute(text("SELECT indexname, indexdef FROM pg_indexes")).all())
            assert "(status, next_due_on, handler_id, procedure, next_step)" in indexes["ix_case_status_due"]
            assert "(status, case_id)" in indexes["ix_extension_request_status"]
            # A write that moves a figure takes the chain's lock first: two desks never wait on the
            # summary rows in opposite orders.
            conn.execute(text("UPDATE payment SET amount = amount + 1 WHERE id = (SELECT min(id) FROM payment)"))
            held = conn.execute(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = :lock "
                                     "AND pid = pg_backend_pid()"), {"lock": history.CHAIN_LOCK}).scalar()
            assert held == 1
            conn.rollback()
        engine.dispose()
        assert _differences(office) == {}
    finally:
        office.close()
