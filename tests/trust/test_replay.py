"""The history replayed against the tables: a change made in the database without an event is named.

An attacker with the database file (or the PostgreSQL credentials every desk holds) changes a case's status,
a user's role, the administrator's password hash, a claim's or a payment's amount, or deletes or adds a row,
leaving the history as it was. ``audit verify`` and ``check`` replay the history and name what differs.
"""

from __future__ import annotations

import io
import shutil
import sqlite3
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from complaintdesk.cli import main
from complaintdesk.security import hash_password
from complaintdesk.services.office import Office
from complaintdesk.store.models import Event
from tests.dates import TODAY

DATA = Path(__file__).resolve().parents[1] / "data"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def tamper(path: Path | str, *statements: str, params: tuple = ()) -> None:
    """Someone with the file edits the tables directly (the history's triggers are not even touched)."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        for statement in statements:
            conn.execute(statement, params)


def one(path: Path | str, query: str) -> tuple:
    with sqlite3.connect(path) as conn:
        return conn.execute(query).fetchone()


def _verify(path) -> tuple[int, str]:
    return run("audit", "verify", "--db", str(path))


# --- a normal office verifies clean ----------------------------------------------------------------


def test_the_demo_office_agrees_with_its_history(demo_office):
    code, out = _verify(demo_office.target.sqlite_path)
    assert code == 0, out
    assert "the tables agree with the history" in out and "intact" in out
    code, out = run("check", "--db", str(demo_office.target.sqlite_path))
    assert code == 0 and "the tables agree with the history" in out


def test_an_office_the_import_wrote_agrees_with_its_history(demo_office, tmp_path, db_location):
    # Given an office filled by the import (cases, claims, payments that came with them) and the desk
    ledger = tmp_path / "ledger.csv"
    demo_office.reports.export("ledger", "csv", ledger, start=date(2000, 1, 1), end=TODAY)
    office = Office.open(db_location, daily_backup=False)
    try:
        from complaintdesk.services.importer import read_table
        from complaintdesk.services.replay import replay

        table = read_table(ledger)
        office.importer.run(table, office.importer.suggest_mapping(table.columns))
        with office.db.read() as s:
            found = replay(s)
        # Then the history says every row and every value the tables hold
        assert found.findings == [] and found.rows_checked > 100
    finally:
        office.close()


def test_the_desk_records_what_the_replay_follows(office):
    from complaintdesk.services.desk_types import (
        ActionInput,
        ClaimInput,
        EnterpriseInput,
        PaymentInput,
        RegistrationInput,
        RespondentInput,
    )
    from complaintdesk.services.replay import replay_findings

    # Given a case registered, accepted, with a claim typed, corrected and partly paid, replied, closed, reopened
    case = office.registration.register(RegistrationInput(
        channel="transferred_in", procedure="payment_complaint", category="arrears", summary="县教育局拖欠货款",
        received_on=TODAY - timedelta(days=20),
        complainant=EnterpriseInput(name="乌兰恒达建材有限公司", uscc="91110000600037341L", industry="industry",
                                    employees=45, revenue_wan=Decimal("900")),
        respondent=RespondentInput(name="县教育局", kind="state_organ")))
    case = office.actions.act(case.id, "accept", ActionInput(on=TODAY - timedelta(days=18)), case.version)
    case = office.actions.act(case.id, "start_handling", ActionInput(on=TODAY - timedelta(days=17)), case.version)
    case = office.claims.add_claim(case.id, ClaimInput(
        amount_claimed=Decimal("120000.00"), subject="goods", contract_signed_on=TODAY - timedelta(days=300),
        delivered_on=TODAY - timedelta(days=200)))
    claim = case.claims[0]
    case = office.claims.update_claim(claim.id, ClaimInput(
        amount_claimed=Decimal("100000.00"), subject="goods", contract_signed_on=TODAY - timedelta(days=300),
        delivered_on=TODAY - timedelta(days=200), amount_confirmed=Decimal("90000.00")), claim.version)
    case = office.claims.add_payment(claim.id, PaymentInput(amount=Decimal("30000.00"), paid_on=TODAY - timedelta(days=5)))
    case = office.actions.act(case.id, "reply", ActionInput(on=TODAY - timedelta(days=4), note="已答复"), case.version)
    case = office.actions.act(case.id, "close", ActionInput(on=TODAY - timedelta(days=3), outcome="resolved"),
                              case.version)
    office.actions.act(case.id, "reopen", ActionInput(on=TODAY - timedelta(days=1), reason="复查"), case.version)
    # and an account added and given a new password
    user = office.settings.add_user(username="lixm", display_name="李晓敏", role="officer", password="first-password")
    office.settings.set_user_password(user.id, "second-password")
    # Then the history says exactly what the tables hold
    with office.db.read() as s:
        assert replay_findings(s) == []


# --- changes made without an event are named ----------------------------------------------------------


def test_a_status_changed_in_the_table_is_named_by_its_case_number(demo_office):
    path = demo_office.target.sqlite_path
    case_id, case_no = one(path, "SELECT id, case_no FROM complaint_case WHERE status = 'in_handling' ORDER BY id")
    tamper(path, "UPDATE complaint_case SET status = 'closed', closed_on = '2026-11-20' WHERE id = ?", params=(case_id,))
    code, out = _verify(path)
    assert code == 1
    assert f"case {case_no}: status is closed in the table, the history last recorded in_handling" in out
    assert f"case {case_no}: closing date is 2026-11-20 in the table" in out
    code, out = run("check", "--db", str(path))
    assert code == 1 and f"案件 {case_no}：数据表中状态为 closed" in out


def test_a_role_changed_in_the_table_is_named_by_its_user(demo_office):
    path = demo_office.target.sqlite_path
    tamper(path, "UPDATE user_account SET role = 'admin' WHERE username = 'wanglh'")
    code, out = _verify(path)
    assert code == 1 and "user wanglh: role is admin in the table, the history last recorded officer" in out


def test_the_administrators_password_hash_replaced_in_the_table_is_named(demo_office):
    path = demo_office.target.sqlite_path
    # The attacker knows the password of the hash they put in: they could sign in as the administrator
    tamper(path, "UPDATE user_account SET password_hash = ? WHERE username = 'admin'",
           params=(hash_password("attacker-knows-this"),))
    code, out = _verify(path)
    assert code == 1 and "user admin: password (fingerprint) is" in out
    assert "scrypt$" not in out  # the hash itself is never shown, nor recorded


def test_a_claims_amount_changed_in_the_table_is_named(demo_office):
    path = demo_office.target.sqlite_path
    claim_id, case_no, fen = one(path, "SELECT c.id, k.case_no, c.amount_claimed FROM arrears_claim c "
                                       "JOIN complaint_case k ON k.id = c.case_id ORDER BY c.id")
    tamper(path, "UPDATE arrears_claim SET amount_claimed = amount_claimed + 100000000 WHERE id = ?",
           params=(claim_id,))
    code, out = _verify(path)
    was = Decimal(fen).scaleb(-2)
    assert code == 1
    assert (f"claim #{claim_id} of case {case_no}: amount claimed is {was + 1_000_000:.2f} in the table, "
            f"the history last recorded {was:.2f}") in out


def test_a_payment_deleted_from_the_table_is_named(demo_office):
    path = demo_office.target.sqlite_path
    pay_id, claim_id, case_no = one(path, "SELECT p.id, p.claim_id, k.case_no FROM payment p JOIN arrears_claim c "
                                          "ON c.id = p.claim_id JOIN complaint_case k ON k.id = c.case_id ORDER BY p.id")
    tamper(path, "DELETE FROM payment WHERE id = ?", params=(pay_id,))
    code, out = _verify(path)
    assert code == 1
    assert (f"payment #{pay_id} (claim #{claim_id}, case {case_no}) is missing from the table, "
            f"but its creation is in the history") in out


def test_a_payments_amount_changed_in_the_table_is_named(demo_office):
    path = demo_office.target.sqlite_path
    pay_id = one(path, "SELECT id FROM payment ORDER BY id DESC")[0]
    tamper(path, "UPDATE payment SET amount = amount * 2 WHERE id = ?", params=(pay_id,))
    code, out = _verify(path)
    assert code == 1 and f"payment #{pay_id} (claim #" in out and "amount is" in out


def test_a_claim_inserted_without_an_event_is_named(demo_office):
    path = demo_office.target.sqlite_path
    case_id, case_no = one(path, "SELECT id, case_no FROM complaint_case ORDER BY id DESC")
    tamper(path, "INSERT INTO arrears_claim (case_id, subject, amount_claimed, amount_paid, created_at, updated_at, "
                 "version) VALUES (?, 'goods', 999999900, 0, '2026-11-01 00:00:00', '2026-11-01 00:00:00', 1)",
           params=(case_id,))
    claim_id = one(path, "SELECT max(id) FROM arrears_claim")[0]
    code, out = _verify(path)
    assert code == 1
    assert f"claim #{claim_id} of case {case_no} is in the table but has no creation event in the history" in out


def test_a_case_moved_to_another_handler_is_named(demo_office):
    path = demo_office.target.sqlite_path
    case_no, other = one(path, "SELECT k.case_no, u.id FROM complaint_case k JOIN user_account u "
                               "ON u.role = 'officer' AND u.id != k.handler_id ORDER BY k.id")
    tamper(path, "UPDATE complaint_case SET handler_id = ? WHERE case_no = ?", params=(other, case_no))
    code, out = _verify(path)
    assert code == 1 and f"case {case_no}: handler (user id) is {other} in the table" in out


def test_a_claim_moved_to_another_case_is_named(demo_office):
    path = demo_office.target.sqlite_path
    claim_id, case_id = one(path, "SELECT id, case_id FROM arrears_claim ORDER BY id")
    other = one(path, f"SELECT id FROM complaint_case WHERE id != {case_id} ORDER BY id DESC")[0]
    tamper(path, "UPDATE arrears_claim SET case_id = ? WHERE id = ?", params=(other, claim_id))
    code, out = _verify(path)
    assert code == 1 and f"claim #{claim_id} of case" in out
    assert f"case (id) is {other} in the table, the history last recorded {case_id}" in out


def test_an_account_added_or_switched_on_without_an_event_is_named(demo_office):
    path = demo_office.target.sqlite_path
    # A second administrator slipped into the table, and a disabled account switched on again
    tamper(path, "UPDATE user_account SET active = 0 WHERE username = 'lina'")
    with demo_office.db.write() as s:  # as the desk disables her (no service does yet): recorded
        from complaintdesk.services import history
        from complaintdesk.services.actor import SYSTEM

        lina = s.execute(text("SELECT id FROM user_account WHERE username = 'lina'")).scalar()
        history.record(s, SYSTEM, entity="user", entity_id=lina, action="user_disabled", summary="停用账户",
                       changes={"active": (True, False)})
    assert _verify(path)[0] == 0
    tamper(path, "UPDATE user_account SET active = 1 WHERE username = 'lina'",
           "INSERT INTO user_account (username, display_name, role, password_hash, active, failed_logins, "
           "created_at, updated_at, version) VALUES ('helper', '帮手', 'admin', 'x', 1, 0, "
           "'2026-11-01 00:00:00', '2026-11-01 00:00:00', 1)")
    code, out = _verify(path)
    assert code == 1 and "user lina: active is True in the table, the history last recorded False" in out
    assert "user helper is in the table but has no creation event in the history" in out


# --- check --refresh-copies keeps the evidence -----------------------------------------------------------


def test_refreshing_the_copied_columns_records_what_it_rewrote(demo_office):
    path = demo_office.target.sqlite_path
    case_id, claim_id, paid = one(path, "SELECT case_id, id, amount_paid FROM arrears_claim WHERE amount_paid > 0 "
                                        "ORDER BY id")
    tamper(path, "UPDATE arrears_claim SET amount_paid = amount_paid + 100 WHERE id = ?", params=(claim_id,))
    stale_fen = one(path, f"SELECT paid_fen FROM complaint_case WHERE id = {case_id}")[0]
    # When the administrator lets check rewrite the copied figures
    code, out = run("check", "--db", str(path), "--refresh-copies")
    # Then the copies are in step, the rewrite is an event of the case (old → new) …
    assert "copied case columns: in step" in out
    with demo_office.db.read() as s:
        event = s.execute(select(Event).where(Event.action == "copies_refreshed")).scalars().one()
    assert event.case_id == case_id and f'"paid_fen":[{stale_fen},{stale_fen + 100}]' in event.changes
    # … and the claim's amount paid, changed without an event, is still named
    assert code == 1 and f"claim #{claim_id} of case" in out and f"amount paid is {Decimal(paid + 100).scaleb(-2)}" in out


# --- offices older than this version ---------------------------------------------------------------------


def _frozen(tmp_path) -> Path:
    path = tmp_path / "office.sqlite"
    shutil.copy(DATA / "db_0008.sqlite", path)
    return path


def test_an_office_upgraded_from_a_frozen_database_verifies_clean(tmp_path):
    path = _frozen(tmp_path)
    code, out = _verify(path)
    assert code == 0, out
    # Its demo claims, payments and accounts have no such events: their values are taken once, and said so
    assert "values not recorded by earlier versions were taken from the tables as of event #" in out
    assert run("check", "--db", str(path))[0] == 0


def test_a_change_before_the_upgrade_that_contradicts_the_old_history_is_named(tmp_path):
    path = _frozen(tmp_path)
    case_no = one(path, "SELECT case_no FROM complaint_case WHERE status = 'registered' ORDER BY id")[0]
    tamper(path, f"UPDATE complaint_case SET status = 'closed' WHERE case_no = '{case_no}'")
    code, out = _verify(path)
    assert code == 1 and f"case {case_no}: status is closed in the table, the history last recorded registered" in out


def test_a_value_the_old_history_never_recorded_is_watched_after_the_upgrade(tmp_path):
    # Given an office of an older version, opened (upgraded) by this one
    path = _frozen(tmp_path)
    assert _verify(path)[0] == 0
    claim_id = one(path, "SELECT id FROM arrears_claim WHERE amount_paid > 0 ORDER BY id")[0]
    # When the amount paid of one of its demo claims — never recorded in the old history — is changed
    tamper(path, "UPDATE arrears_claim SET amount_paid = amount_paid + 5000000 WHERE id = ?", params=(claim_id,))
    # Then it is named, against the fingerprint the first opening took: opening the office again (which
    # would write a baseline for an office that had none) takes no new one
    for _ in range(2):
        code, out = _verify(path)
        assert code == 1 and f"claim #{claim_id}" in out
        assert "amount paid is" in out and "not what the baseline took from the tables" in out
    assert one(path, "SELECT count(*) FROM event WHERE action = 'replay_baseline'")[0] == 1


def test_a_row_deleted_after_the_upgrade_is_named(tmp_path):
    path = _frozen(tmp_path)
    assert _verify(path)[0] == 0
    pay_id = one(path, "SELECT min(id) FROM payment")[0]
    tamper(path, "DELETE FROM payment WHERE id = ?", params=(pay_id,))
    code, out = _verify(path)
    assert code == 1 and f"payment #{pay_id}" in out and "it was there when the history's baseline was taken" in out


def test_the_baseline_is_small_and_written_once(tmp_path):
    path = _frozen(tmp_path)
    for _ in range(3):
        Office.open(str(path), daily_backup=False).close()
    rows = one(path, "SELECT count(*), max(length(changes)) FROM event WHERE action = 'replay_baseline'")
    counted = sum(one(path, f"SELECT count(*) FROM {t}")[0]
                  for t in ("complaint_case", "arrears_claim", "payment", "user_account"))
    assert rows[0] == 1 and rows[1] < 40 * counted + 1000  # a print of ~17 characters a row, no values


# --- PostgreSQL ------------------------------------------------------------------------------------------


@pytest.mark.postgres
def test_a_status_changed_on_postgresql_is_named(pg_url):
    from complaintdesk.services.demo import generate

    office = Office.open(pg_url)
    try:
        generate(office.db, cases=30, seed=4)
        code, out = _verify(pg_url)
        assert code == 0, out
        with office.db.engine.begin() as conn:
            case_no = conn.execute(text("SELECT case_no FROM complaint_case WHERE status != 'closed' "
                                        "ORDER BY id LIMIT 1")).scalar()
            conn.execute(text("UPDATE complaint_case SET status = 'closed' WHERE case_no = :n"), {"n": case_no})
            conn.execute(text("UPDATE arrears_claim SET amount_paid = amount_paid + 1 WHERE id = "
                              "(SELECT min(id) FROM arrears_claim)"))
        code, out = _verify(pg_url)
        assert code == 1 and f"case {case_no}: status is closed in the table" in out and "amount paid is" in out
        with office.db.read() as s:
            assert s.execute(select(func.count()).where(Event.action == "replay_baseline")).scalar() == 1
    finally:
        office.close()
