"""Who the command line acts as (issue 15): never whoever ``LOGNAME``/``USER`` names. What changes cases,
documents or settings runs as a ``--user`` who proves it with a password (a wrong one counts as a failed
sign-in, with the desk's lockout); read-only commands need nobody; maintenance is recorded as the command
line's administrator with the operating-system account; a one-time password must be replaced first."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from typing import NamedTuple

import pytest

from complaintdesk.cli import NEW_PASSWORD_ENV, PASSWORD_ENV, main
from complaintdesk.services.actor import os_account
from complaintdesk.services.auth import MAX_FAILURES
from complaintdesk.services.demo import DEMO_PASSWORD


@pytest.fixture(autouse=True)
def _fonts():
    from complaintdesk.documents import load_font_set

    if not load_font_set().embedded:
        pytest.skip("no TrueType CJK font installed (apt-get install fonts-wqy-zenhei)")


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def run_process(*argv: str, **env: str) -> subprocess.CompletedProcess:
    """The real console script in a child process with no terminal on stdin, with ``env`` added."""
    return subprocess.run([sys.executable, "-m", "complaintdesk.cli", *argv], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=120, env={**os.environ, **env})


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    """A small demo office made by the command line (a demo office: its accounts have the demo password)."""
    path = tmp_path_factory.mktemp("identity") / "demo.sqlite"
    result = run_process("demo", "--db", str(path), "--cases", "40", "--seed", "4",
                         COMPLAINTDESK_DATA_DIR=str(path.parent / "data"))
    assert result.returncode == 0, result.stderr
    return path


class Office(NamedTuple):
    db: str
    case_no: str  # an open case of the officer's
    officer: str  # its handler's user name
    name: str  # and name
    other: str  # an open case of another officer's


@pytest.fixture
def office_db(demo_template, tmp_path, monkeypatch) -> Office:
    import shutil

    monkeypatch.setenv("COMPLAINTDESK_DATA_DIR", str(demo_template.parent / "data"))  # the office's own key
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    sql = ("SELECT c.case_no, u.username, u.display_name FROM complaint_case c JOIN user_account u ON "
           "u.id = c.handler_id WHERE c.status IN ('in_handling', 'replied', 'accepted') AND u.role = 'officer' AND "
           "u.username {} ? ORDER BY c.id")
    with closing(sqlite3.connect(path)) as db:  # closed: a restore needs the office closed everywhere
        case_no, officer, name = db.execute(sql.format("!="), ("",)).fetchone()
        other = db.execute(sql.format("!="), (officer,)).fetchone()[0]
    return Office(str(path), case_no, officer, name, other)


def rows(db: str, sql: str, *params) -> list[tuple]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(sql, params).fetchall()


def issued(db: str) -> list[tuple]:
    return rows(db, "SELECT d.doc_no, u.username FROM document d LEFT JOIN user_account u ON u.id = d.issued_by_id")


# --- acting as someone takes their password ------------------------------------------------------------


def test_logname_no_longer_picks_who_issues(office_db, tmp_path):
    db, case_no, officer, name = office_db[:4]
    # An officer's login name in the environment, no --user, no password
    env = {"LOGNAME": officer, "USER": officer, "USERNAME": officer}
    os.environ.pop(PASSWORD_ENV, None)

    result = run_process("letter", case_no, "--kind", "supervision", "--issue", "--allow-gaps",
                         "--out", str(tmp_path / "s.pdf"), "--db", db, **env)

    # Refused in one line naming the option; nothing issued, nothing recorded in the officer's name
    assert result.returncode == 2 and "--user" in result.stderr and PASSWORD_ENV in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert issued(db) == [] and not (tmp_path / "s.pdf").exists()
    assert rows(db, "SELECT count(*) FROM event WHERE actor_name = ? AND action = 'document_issued'", name) == [(0,)]


def test_the_user_who_gives_the_password_issues_and_is_recorded(office_db, tmp_path):
    db, case_no, officer, name = office_db[:4]
    result = run_process("letter", case_no, "--kind", "supervision", "--issue", "--allow-gaps", "--user", officer,
                         "--out", str(tmp_path / "s.pdf"), "--db", db, LOGNAME="admin", USER="admin",
                         **{PASSWORD_ENV: DEMO_PASSWORD})

    assert result.returncode == 0, result.stderr
    [(doc_no, issuer)] = issued(db)
    assert issuer == officer and doc_no in result.stdout
    actions = rows(db, "SELECT actor_name, action FROM event ORDER BY id DESC LIMIT 2")
    assert actions == [(name, "document_issued"), (name, "login")]


def test_a_wrong_password_is_refused_as_a_failed_sign_in_with_the_desks_lockout(office_db, tmp_path, monkeypatch,
                                                                                 capsys):
    db, case_no, officer, name = office_db[:4]
    argv = ("letter", case_no, "--kind", "supervision", "--issue", "--allow-gaps", "--user", officer,
            "--out", str(tmp_path / "s.pdf"), "--db", db)
    monkeypatch.setenv(PASSWORD_ENV, "not-the-password")

    for _attempt in range(MAX_FAILURES):
        assert run(*argv)[0] == 2
        error = capsys.readouterr().err
        assert "用户名或密码错误" in error and len(error.strip().splitlines()) == 1
    assert "账户已锁定15分钟" in error  # the fifth wrong password locks the account, as at the desk

    monkeypatch.setenv(PASSWORD_ENV, DEMO_PASSWORD)
    assert run(*argv)[0] == 2
    assert "账户已锁定" in capsys.readouterr().err  # even the right one, for now
    assert issued(db) == []
    failures = rows(db, "SELECT summary FROM event WHERE action = 'login_failed' ORDER BY id")
    assert [s for (s,) in failures][-1] == f"登录失败（第 {MAX_FAILURES} 次），账户锁定15分钟"


def test_without_a_password_and_a_terminal_it_says_where_the_password_comes_from(office_db, tmp_path, monkeypatch,
                                                                                  capsys):
    db, case_no, officer = office_db[:3]
    monkeypatch.delenv(PASSWORD_ENV)
    code, _ = run("letter", case_no, "--kind", "supervision", "--issue", "--user", officer,
                  "--out", str(tmp_path / "s.pdf"), "--db", db)
    error = capsys.readouterr().err
    assert code == 2 and PASSWORD_ENV in error and issued(db) == []


def test_the_roles_apply_to_the_user_as_at_the_desk(office_db, tmp_path, capsys):
    db, others, officer, name = office_db.db, office_db.other, office_db.officer, office_db.name
    # An officer may not issue on another officer's case, nor change the office's settings.
    code, _ = run("letter", others, "--kind", "supervision", "--issue", "--allow-gaps", "--user", officer,
                  "--out", str(tmp_path / "s.pdf"), "--db", db)
    assert code == 2 and name in capsys.readouterr().err and issued(db) == []
    code, _ = run("office", "set", "--phone", "0476-4222223", "--user", officer, "--db", db)
    assert code == 2 and "无权" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ("office", "set", "--phone", "0476-4222223"),
    ("settings", "fonts", "--preprinted-letterhead", "yes"),
    ("calendar", "recompute"),
])
def test_every_command_that_writes_asks_for_a_user(office_db, capsys, argv):
    db = office_db.db
    before = rows(db, "SELECT count(*) FROM event")
    code, _ = run(*argv, "--db", db)
    assert code == 2 and "--user" in capsys.readouterr().err
    assert rows(db, "SELECT count(*) FROM event") == before


def test_read_only_commands_need_nobody(office_db, tmp_path, monkeypatch):
    db, case_no, officer, name = office_db[:4]
    monkeypatch.delenv(PASSWORD_ENV)
    assert run("list", "--db", db, "--format", "json")[0] == 0
    assert run("letter", case_no, "--kind", "supervision", "--out", str(tmp_path / "d.pdf"), "--db", db)[0] == 0
    assert run("calendar", "recompute", "--dry-run", "--db", db)[0] == 0
    assert run("office", "show", "--db", db)[0] == 0
    assert run("settings", "fonts", "--db", db)[0] == 0


# --- maintenance: the command line's administrator, with the operating-system account ---------------------


def test_maintenance_is_recorded_as_the_command_lines_administrator_not_the_environments_user(office_db, tmp_path):
    db, officer = office_db.db, office_db.officer
    backup = tmp_path / "b.sqlite"
    assert run_process("backup", "--to", str(backup), "--db", db).returncode == 0

    result = run_process("restore", str(backup), "--db", db, LOGNAME=officer, USER=officer)

    assert result.returncode == 0, result.stderr
    [(actor_id, actor_name)] = rows(db, "SELECT actor_id, actor_name FROM event WHERE action = 'restored'")
    assert actor_id is None and actor_name == f"命令行维护（操作系统账户 {os_account()}）"
    assert officer not in actor_name or os_account() == officer


# --- one-time passwords: reset by whoever holds the file, replaced before anything else --------------------


def test_reset_password_is_recorded_lifts_the_lockout_and_forces_a_change(office_db, tmp_path, monkeypatch, capsys):
    db, case_no, officer, name = office_db[:4]
    argv = ("letter", case_no, "--kind", "supervision", "--issue", "--allow-gaps", "--user", officer,
            "--out", str(tmp_path / "s.pdf"), "--db", db)
    monkeypatch.setenv(PASSWORD_ENV, "forgotten-it")
    for _ in range(MAX_FAILURES):
        run(*argv)
    capsys.readouterr()

    # Whoever holds the file resets it (no sign-in), the one-time password from the environment
    monkeypatch.setenv("ONE_TIME_PW", "one-time-Passw0rd")
    code, out = run("user", "reset-password", officer, "--password-env", "ONE_TIME_PW", "--db", db)
    assert code == 0 and officer in out
    [(actor_id, actor_name, summary)] = rows(
        db, "SELECT actor_id, actor_name, summary FROM event WHERE action = 'password_reset'")
    assert actor_id is None and actor_name.startswith("命令行维护（操作系统账户 ") and name in summary
    assert rows(db, "SELECT failed_logins, locked_until, must_change_password FROM user_account "
                    "WHERE username = ?", officer) == [(0, None, 1)]

    # The one-time password signs in, but acts for nobody until it is replaced
    monkeypatch.setenv(PASSWORD_ENV, "one-time-Passw0rd")
    assert run(*argv)[0] == 2
    error = capsys.readouterr().err
    assert "一次性密码" in error and f"user passwd {officer}" in error and issued(db) == []

    monkeypatch.setenv(NEW_PASSWORD_ENV, "one-time-Passw0rd")  # the same again is refused
    assert run("user", "passwd", officer, "--db", db)[0] == 2
    assert "新密码不能与旧密码相同" in capsys.readouterr().err
    monkeypatch.setenv(NEW_PASSWORD_ENV, "officers-own-Passw0rd")
    assert run("user", "passwd", officer, "--db", db)[0] == 0
    assert rows(db, "SELECT actor_name, summary FROM event WHERE action = 'password_changed'") == [
        (name, "更换一次性密码")]

    monkeypatch.setenv(PASSWORD_ENV, "officers-own-Passw0rd")
    assert run(*argv)[0] == 0 and issued(db)[0][1] == officer


def test_reset_password_of_an_unknown_account_is_refused(office_db, monkeypatch, capsys):
    db = office_db.db
    monkeypatch.setenv("ONE_TIME_PW", "one-time-Passw0rd")
    assert run("user", "reset-password", "nobody", "--password-env", "ONE_TIME_PW", "--db", db)[0] == 2
    assert "用户不存在" in capsys.readouterr().err


def test_reset_password_without_a_terminal_prints_a_generated_one_time_password(office_db):
    db = office_db.db
    result = run_process("user", "reset-password", "admin", "--db", db)
    assert result.returncode == 0, result.stderr
    password = result.stdout.strip().splitlines()[-1].split(": ", 1)[1]
    assert len(password) >= 12
    assert rows(db, "SELECT must_change_password FROM user_account WHERE username = 'admin'") == [(1,)]
