"""complaintdesk-admin against SQLite and PostgreSQL: init, demo, list, backup, restore, check."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import date

import pytest

from complaintdesk.cli import main
from complaintdesk.services.office import Office
from tests.conftest import tampering_connection
from tests.dates import TODAY


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def run_process(*argv: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """The real console script's code path, in a child process with no terminal on stdin."""
    return subprocess.run([sys.executable, "-m", "complaintdesk.cli", *argv], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=timeout, env=os.environ.copy())


def _content(location: str) -> dict[str, list]:
    """Every row of every table, in primary-key order (SQLite or PostgreSQL): equal content, equal dicts."""
    from sqlalchemy import select

    from complaintdesk.config import resolve_database
    from complaintdesk.store.database import Database
    from complaintdesk.store.models import Base

    db = Database(resolve_database(location))
    try:
        with db.read() as s:
            return {t.name: [tuple(r) for r in s.execute(select(t).order_by(*t.primary_key.columns))]
                    for t in Base.metadata.sorted_tables}
    finally:
        db.dispose()


def test_demo_on_a_real_office_is_refused_and_changes_nothing(db_location, capsys):
    # Given an office made by init (its administrator, its history)
    assert run("init", "--db", db_location)[0] == 0
    before = _content(db_location)
    capsys.readouterr()

    # When the demo is asked for in it
    code, _ = run("demo", "--db", db_location, "--cases", "0")

    # Then it is refused in one line, and not a row changed: no demo accounts with the public password
    error = capsys.readouterr().err
    assert code == 2 and "实际办案" in error and len(error.strip().splitlines()) == 1
    after = _content(db_location)
    assert after == before
    assert not any("demo" in str(row) for row in after["user_account"])


def test_demo_list_check(db_location):
    # The demo creates its own office in a new database (a demo office).
    code, out = run("demo", "--db", db_location, "--cases", "120", "--seed", "3")
    assert code == 0 and "120" in out and "demo-password" in out
    code, out = run("list", "--db", db_location, "--format", "json")
    rows = json.loads(out)
    assert len(rows) == 120
    for key in ("case_no", "complainant", "respondent", "status", "handler", "next_deadline", "overdue"):
        assert key in rows[0]
    assert len({r["case_no"] for r in rows}) == 120
    assert any(r["overdue"] for r in rows) and not all(r["overdue"] for r in rows)
    for r in rows:
        if r["overdue"]:
            assert date.fromisoformat(r["next_deadline"]) < TODAY
        if r["status"] in ("closed", "not_accepted"):
            assert r["next_deadline"] is None and not r["overdue"]
    code, out = run("list", "--db", db_location, "--overdue", "--format", "csv")
    lines = out.strip().splitlines()
    assert lines[0].startswith("case_no,") and len(lines) - 1 == sum(r["overdue"] for r in rows)
    code, out = run("check", "--db", db_location)
    assert code == 0 and "intact" in out and "complaint_case: 120" in out and "copied case columns: in step" in out


def test_list_json_agrees_with_the_case_service(demo_office):
    """The CLI shows exactly the deadlines and overdue flags the GUI's list model gets."""
    from complaintdesk.services.cases import CaseQuery

    code, out = run("list", "--db", str(demo_office.target.sqlite_path), "--format", "json")
    cli = {r["case_no"]: r for r in json.loads(out)}
    service = demo_office.cases.page(CaseQuery(), 0, 10_000)
    assert len(cli) == len(service) == 300
    for row in service:
        assert cli[row.case_no]["next_deadline"] == (row.next_due_on.isoformat() if row.next_due_on else None)
        assert cli[row.case_no]["overdue"] == row.overdue
        assert cli[row.case_no]["status"] == row.status


def test_status_filter_accepts_codes_and_chinese_labels(demo_office):
    path = str(demo_office.target.sqlite_path)
    _, by_code = run("list", "--db", path, "--status", "closed", "--format", "json")
    _, by_label = run("list", "--db", path, "--status", "已办结", "--format", "json")
    assert json.loads(by_code) == json.loads(by_label) and json.loads(by_code)
    assert {r["status"] for r in json.loads(by_code)} == {"closed"}
    code, _ = run("list", "--db", path, "--status", "nonsense")
    assert code == 2


def test_table_output_is_chinese_and_aligned(demo_office):
    code, out = run("list", "--db", str(demo_office.target.sqlite_path), "--overdue")
    assert code == 0
    assert out.splitlines()[0].startswith("案件编号")
    assert "逾期" in out and out.strip().endswith("case(s)")


def test_demo_refuses_a_database_that_already_has_cases(demo_office):
    code, _ = run("demo", "--db", str(demo_office.target.sqlite_path), "--cases", "5")
    assert code == 2


def test_backup_restores_to_identical_row_counts(demo_office, tmp_path):
    from complaintdesk.services.maintenance import table_counts

    path = str(demo_office.target.sqlite_path)
    before = table_counts(demo_office)
    code, _ = run("backup", "--db", path, "--to", str(tmp_path / "b.sqlite"))
    assert code == 0
    # After the backup the office goes on working: the restore must bring back the earlier state.
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DELETE FROM payment")
    assert table_counts(demo_office)["payment"] == 0
    demo_office.close()  # a restore needs the office closed everywhere
    code, out = run("restore", "--db", path, str(tmp_path / "b.sqlite"))
    assert code == 0 and "before-restore" in out
    reopened = Office.open(path)
    after = table_counts(reopened)
    reopened.close()
    assert after.pop("event") == before.pop("event") + 1  # the restore itself is recorded
    assert after == before
    assert run("check", "--db", path)[0] == 0


def test_restore_refuses_a_file_that_is_not_a_complaintdesk_database(demo_office, tmp_path):
    path = str(demo_office.target.sqlite_path)
    bogus = tmp_path / "bogus.sqlite"
    with sqlite3.connect(bogus) as conn:
        conn.execute("CREATE TABLE t (x)")
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a database")
    for candidate in (bogus, text_file, tmp_path / "missing.sqlite"):
        code, _ = run("restore", "--db", path, str(candidate))
        assert code == 2
    assert run("check", "--db", path)[0] == 0


def test_backup_and_restore_on_postgresql_point_to_the_server_tools(pg_url, tmp_path):
    assert run("init", "--db", pg_url)[0] == 0
    result = run_process("backup", "--db", pg_url, "--to", str(tmp_path / "x.sqlite"))
    assert result.returncode == 2 and "pg_dump" in result.stderr
    result = run_process("restore", "--db", pg_url, str(tmp_path / "x.sqlite"))
    assert result.returncode == 2 and "pg_restore" in result.stderr


def test_check_fails_and_names_a_tampered_event(demo_office):
    path = str(demo_office.target.sqlite_path)
    with tampering_connection(path) as conn:
        conn.execute("UPDATE event SET summary = summary || '（已篡改）' WHERE id = 42")
    code, out = run("check", "--db", path)
    assert code == 1 and "BROKEN at #42" in out


def test_check_finds_copied_columns_a_hand_edit_left_behind_and_refreshes_them(demo_office):
    path = str(demo_office.target.sqlite_path)
    with sqlite3.connect(path) as conn:  # someone pays a claim by hand in SQL, bypassing the app
        case_id = conn.execute("SELECT case_id FROM arrears_claim ORDER BY id LIMIT 1").fetchone()[0]
        conn.execute("UPDATE arrears_claim SET amount_paid = amount_paid + 100 WHERE case_id = ?", (case_id,))
    code, out = run("check", "--db", path)
    assert code == 1 and "1 cases out of step" in out and f"id {case_id}" in out
    code, out = run("check", "--db", path, "--refresh-copies")
    # The copies are in step again; the amount paid itself, changed without an event, is still named (issue 15)
    assert "1 cases were out of step" in out and "copied case columns: in step" in out
    assert code == 1 and "amount paid is" in out


def test_init_never_waits_for_input_without_a_terminal(tmp_path):
    result = run_process("init", "--db", str(tmp_path / "x.sqlite"), timeout=60)
    assert result.returncode == 0, result.stderr
    assert "one-time password" in result.stdout
    again = run_process("init", "--db", str(tmp_path / "x.sqlite"))
    assert again.returncode == 0 and "administrator created" not in again.stdout


def test_init_takes_the_password_from_an_environment_variable(tmp_path, monkeypatch):
    from complaintdesk.security import verify_password
    from complaintdesk.services.office import Office

    monkeypatch.setenv("ADMIN_PW", "correct horse battery")
    code, out = run("init", "--db", str(tmp_path / "x.sqlite"), "--admin-password-env", "ADMIN_PW")
    assert code == 0 and "one-time password (log in" not in out  # none generated and printed
    assert "a new one is chosen at the first sign-in" in out
    office = Office.open(str(tmp_path / "x.sqlite"))
    with office.db.read() as s:
        from sqlalchemy import select

        from complaintdesk.store.models import User

        stored, one_time = s.execute(select(User.password_hash, User.must_change_password)
                                     .where(User.username == "admin")).one()
    office.close()
    assert verify_password("correct horse battery", stored) and not verify_password("wrong", stored)
    assert one_time  # the administrator chooses their own password at the first sign-in
    monkeypatch.setenv("ADMIN_PW", "short")
    assert run("init", "--db", str(tmp_path / "y.sqlite"), "--admin-password-env", "ADMIN_PW")[0] == 2


@pytest.mark.parametrize("make_bad", [
    lambda tmp: str(tmp),  # a folder
    lambda tmp: str((tmp / "plain.txt", (tmp / "plain.txt").write_text("x"))[0] / "sub" / "db.sqlite"),  # under a file
    lambda tmp: str((tmp / "notes.txt", (tmp / "notes.txt").write_text("hello"))[0]),  # not a database
    lambda tmp: "mysql://root@localhost/office",
    lambda tmp: "postgresql+psycopg://nobody@127.0.0.1:1/none",
    lambda tmp: "sqlite://",
    lambda tmp: "/proc/complaintdesk/db.sqlite",
])
def test_bad_db_values_give_one_clear_line_and_no_traceback(tmp_path, make_bad):
    result = run_process("list", "--db", make_bad(tmp_path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误 / error:")


def test_unwritable_data_folder_is_reported(tmp_path, monkeypatch):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("COMPLAINTDESK_DATA_DIR", str(blocker / "ComplaintDesk"))
    result = run_process("init")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "cannot create the data folder" in result.stderr


def test_default_database_is_created_in_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("COMPLAINTDESK_DATA_DIR", str(tmp_path / "home"))
    assert run("init")[0] == 0
    assert (tmp_path / "home" / "complaintdesk.sqlite").exists()


def test_audit_verify_names_the_first_tampered_event(demo_office):
    path = str(demo_office.target.sqlite_path)
    code, out = run("audit", "verify", "--db", path)
    assert code == 0 and "intact" in out
    with tampering_connection(path) as conn:
        conn.execute("UPDATE event SET actor_name = '某人' WHERE id = 77")
        conn.execute("DELETE FROM event WHERE id = 120")
    code, out = run("audit", "verify", "--db", path)
    assert code == 1 and "#77" in out


def test_audit_verify_detects_a_deleted_event(demo_office):
    path = str(demo_office.target.sqlite_path)
    with tampering_connection(path) as conn:
        conn.execute("DELETE FROM event WHERE id = 50")
    code, out = run("audit", "verify", "--db", path)
    assert code == 1 and "#51" in out


def _content_digest(path) -> dict[str, str]:
    """Per table, the SHA-256 of every row in primary-key order: equal digests, equal content."""
    import hashlib

    digests = {}
    with closing(sqlite3.connect(path)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for table in tables:
            h = hashlib.sha256()
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                h.update(repr(row).encode())
            digests[table] = h.hexdigest()
    return digests


def test_restore_gives_back_identical_content(demo_office, tmp_path):
    path = demo_office.target.sqlite_path
    assert run("backup", "--db", str(path), "--to", str(tmp_path / "b.sqlite"))[0] == 0
    original = _content_digest(tmp_path / "b.sqlite")
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE arrears_claim SET amount_paid = 0")
    demo_office.close()  # a restore needs the office closed everywhere
    assert run("restore", "--db", str(path), str(tmp_path / "b.sqlite"))[0] == 0
    restored = _content_digest(path)
    restored.pop("event"), original.pop("event")  # the restore itself is appended to the history
    assert restored == original
