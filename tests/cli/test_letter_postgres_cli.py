"""A letter from the command line on PostgreSQL, in a fresh interpreter as the console script runs it: read
and written without SQLAlchemy (services.quick_office over store.pg_plain), with every check the ORM's
path makes — the schema's revision, this desk's history key, the password — in the same words."""

from __future__ import annotations

import os
import subprocess
import sys

import psycopg
import pytest

from complaintdesk.cli import PASSWORD_ENV
from tests.cli.test_cli_startup import ROOT, heavy, loaded_by
from tests.services.test_quick_letter_pg import _cases, _plain, pg_demo

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_office(pg_url):
    """A demo office on the server (identity given, this desk holding its key) and a case in handling."""
    from complaintdesk.services.office import Office

    pg_demo(pg_url, cases=20)
    office = Office.open(pg_url, daily_backup=False)
    try:
        return pg_url, _cases(office, "in_handling", limit=1)[0]
    finally:
        office.close()


def letter(url: str, case_no: str, out, *extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "complaintdesk.cli", "--db", url, "letter", case_no, "--kind", "reply",
                           "--out", str(out), *extra], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL, timeout=120)


def _sql(url: str, statement: str, params=()):
    with psycopg.connect(_plain(url), autocommit=True) as db:
        cursor = db.execute(statement, params)
        return cursor.fetchall() if cursor.description else None


def test_a_draft_and_an_issued_letter_on_postgresql_load_no_sqlalchemy(pg_office, tmp_path):
    url, case_no = pg_office
    for extra in ((), ("--issue", "--allow-gaps", "--user", "admin")):
        code, modules = loaded_by("letter", case_no, "--kind", "reply", "--out", str(tmp_path / "r.pdf"), *extra,
                                  "--db", url)
        assert code == 0 and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
        assert "psycopg" in modules and "reportlab" in modules  # what it does need
        assert not {m for m in modules if m.split(".")[0] in ("sqlalchemy", "alembic")}
        assert heavy(modules) == set()
    # the issued one is numbered, stored and recorded, its event sealed and chained (audit verify replays it)
    assert _sql(url, "SELECT count(*) FROM document")[0][0] == 1
    assert _sql(url, "SELECT action, mac IS NOT NULL FROM event ORDER BY id DESC LIMIT 1")[0][1] is True
    audit = subprocess.run([sys.executable, "-m", "complaintdesk.cli", "--db", url, "audit", "verify"],
                           capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert audit.returncode == 0, audit.stdout + audit.stderr


def test_a_database_of_a_newer_version_is_refused_in_the_orms_words(pg_office, tmp_path):
    url, case_no = pg_office
    _sql(url, "UPDATE alembic_version SET version_num = '9999'")
    for extra in ((), ("--issue", "--allow-gaps", "--user", "admin")):
        result = letter(url, case_no, tmp_path / "r.pdf", *extra)
        assert result.returncode == 2 and "schema 9999" in result.stderr and "newer ComplaintDesk" in result.stderr
    assert not (tmp_path / "r.pdf").exists()
    assert _sql(url, "SELECT count(*) FROM document")[0][0] == 0


def test_a_desk_without_the_history_key_drafts_but_may_not_issue(pg_office, tmp_path):
    url, case_no = pg_office
    elsewhere = {"COMPLAINTDESK_DATA_DIR": str(tmp_path / "another-desk")}  # holds no key of the office
    assert letter(url, case_no, tmp_path / "draft.pdf", env=elsewhere).returncode == 0
    events = _sql(url, "SELECT count(*) FROM event")[0][0]
    result = letter(url, case_no, tmp_path / "r.pdf", "--issue", "--allow-gaps", "--user", "admin", env=elsewhere)
    assert result.returncode == 2 and "key import" in result.stderr
    assert not (tmp_path / "r.pdf").exists()
    assert _sql(url, "SELECT count(*) FROM document")[0][0] == 0
    # nothing written: the sign-in's own event needs the key to be sealed, and was refused with it
    assert _sql(url, "SELECT count(*) FROM event")[0][0] == events


def test_a_wrong_password_is_refused_and_counted(pg_office, tmp_path):
    url, case_no = pg_office
    result = letter(url, case_no, tmp_path / "r.pdf", "--issue", "--allow-gaps", "--user", "admin",
                    env={PASSWORD_ENV: "not the password"})
    assert result.returncode == 2 and not (tmp_path / "r.pdf").exists()
    assert _sql(url, "SELECT failed_logins FROM user_account WHERE username = 'admin'")[0][0] == 1
    assert _sql(url, "SELECT count(*) FROM document")[0][0] == 0


def test_a_server_that_cannot_be_reached_is_named_as_the_orms_path_names_it(tmp_path):
    result = letter("postgresql://someone@127.0.0.1:1/office", "2026-0001", tmp_path / "r.pdf")
    assert result.returncode == 2 and not (tmp_path / "r.pdf").exists()
    assert result.stderr.startswith("错误 / error: 数据库访问失败 / database access failed: connection failed:")
    assert "Traceback" not in result.stderr
