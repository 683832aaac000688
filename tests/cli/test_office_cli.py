"""complaintdesk-admin init / office show / office set: the office's identity on the command line, and
`letter --issue` refusing while it is still the shipped placeholder."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from complaintdesk import cli
from complaintdesk.cli import NEW_PASSWORD_ENV, PASSWORD_ENV, main
from complaintdesk.services.office import Office
from complaintdesk.store.models import Event, User
from tests.dates import TODAY
from tests.identity import OFFICE_IDENTITY, PREFIX

OPTIONS = {"name": "--office-name", "short_name": "--office-short-name", "county": "--county",
           "address": "--address", "phone": "--phone", "number_prefix": "--office-code"}
SET_OPTIONS = {"name": "--name", "short_name": "--short-name", "county": "--county", "address": "--address",
               "phone": "--phone", "number_prefix": "--code"}
NOTE = ("注意 / note: 本单位信息尚未填写（为空或仍是示例内容）：{fields}。用 complaintdesk-admin office set … 或在"
        "“设置 ▸ 本单位”中填写之前，不能签发文书。")


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


ADMIN_PASSWORD = "admin-Passw0rd-2026"


def _init_and_take_over(db: str, monkeypatch, *argv: str) -> str:
    """init with a one-time administrator's password, which the administrator then replaces (`user passwd`):
    from then on the environment holds the administrator's own password, for ``--user admin``."""
    monkeypatch.setenv("ONE_TIME_PW", "one-time-Passw0rd")
    code, out = run("init", "--db", db, "--admin-password-env", "ONE_TIME_PW", *argv)
    assert code == 0
    monkeypatch.setenv(PASSWORD_ENV, "one-time-Passw0rd")
    monkeypatch.setenv(NEW_PASSWORD_ENV, ADMIN_PASSWORD)
    assert run("user", "passwd", "admin", "--db", db)[0] == 0
    monkeypatch.setenv(PASSWORD_ENV, ADMIN_PASSWORD)
    return out


def _identity_argv(options: dict[str, str], **changes: str) -> list[str]:
    argv = []
    for field, value in {**OFFICE_IDENTITY, **changes}.items():
        argv += [options[field], value]
    return argv


def _details(path) -> dict[str, str]:
    office = Office.open(str(path), daily_backup=False)
    try:
        details = office.settings.office_details()
        return {f: getattr(details, f) for f in OFFICE_IDENTITY}
    finally:
        office.close()


def test_init_without_a_terminal_leaves_placeholders_and_says_so_in_one_line(tmp_path):
    result = subprocess.run([sys.executable, "-m", "complaintdesk.cli", "init", "--db", str(tmp_path / "x.sqlite")],
                            stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)

    assert result.returncode == 0, result.stderr
    notes = [line for line in result.stdout.splitlines() if line.startswith("注意 / note:")]
    assert len(notes) == 1
    assert notes[0].startswith(NOTE.format(fields="单位名称、单位简称、所在县（旗、区）、地址、电话、文号前缀"))
    assert "complaintdesk-admin office set" in notes[0].split(" / ", 2)[2]  # and in English
    assert _details(tmp_path / "x.sqlite")["number_prefix"] == "X工信投字"


def test_init_with_the_identity_options_sets_up_an_office_that_issues(tmp_path, monkeypatch):
    from tests.services.test_documents import arrears_case

    db = str(tmp_path / "x.sqlite")
    out = _init_and_take_over(db, monkeypatch, *_identity_argv(OPTIONS))

    assert "注意" not in out
    assert "已填写本单位信息 / office identity set: 单位名称、单位简称、所在县（旗、区）、地址、电话、文号前缀" in out
    assert _details(tmp_path / "x.sqlite") == OFFICE_IDENTITY
    office = Office.open(db, daily_backup=False)
    with office.db.read() as s:
        changed = s.execute(select(Event.actor_name).where(Event.action == "setting_changed")).scalars().all()
    case_no = arrears_case(office).case_no
    office.close()
    # In the name of whoever ran init (maintenance, with the OS account), not the administrator it created.
    assert len(changed) == 6 and all(name.startswith("命令行维护（操作系统账户 ") for name in changed)
    # Its letters carry the office's own code, issued by the administrator who signed in.
    code, out = run("letter", case_no, "--kind", "acceptance", "--issue", "--allow-gaps",
                    "--out", str(tmp_path / "a.pdf"), "--db", db, "--user", "admin")
    assert code == 0 and f"已签发 / issued: {PREFIX}〔{TODAY.year}〕1号" in out


def test_init_refuses_a_bad_identity_and_creates_nothing(tmp_path, capsys):
    db = tmp_path / "x.sqlite"
    code, _out = run("init", "--db", str(db), *_identity_argv(OPTIONS, number_prefix="阿工信投字〔2026〕",
                                                              phone="call me"))

    error = capsys.readouterr().err
    assert code == 2 and len(error.strip().splitlines()) == 1
    assert "文号前缀只写机关代字" in error and "电话格式不正确" in error
    office = Office.open(str(db), daily_backup=False)
    with office.db.read() as s:
        assert s.execute(select(func.count(User.id))).scalar() == 0  # one transaction: no administrator either
    office.close()


def test_init_asks_a_terminal_for_the_missing_fields_only(tmp_path, monkeypatch, capsys):
    answers = iter(["阿鲁科尔沁旗", "  ", "call me", "0476-4222222", "阿工信投字"])
    asked = []

    def fake_input(prompt: str) -> str:
        asked.append(prompt)
        return next(answers)

    monkeypatch.setattr(cli, "_interactive", lambda: True)
    monkeypatch.setattr(cli.getpass, "getpass", lambda prompt: "county-office-2026")
    monkeypatch.setattr("builtins.input", fake_input)
    db = str(tmp_path / "x.sqlite")

    code, out = run("init", "--db", db, "--office-name", OFFICE_IDENTITY["name"],
                    "--office-short-name", OFFICE_IDENTITY["short_name"])

    assert code == 0
    assert [p.split(" / ")[0] for p in asked] == ["所在县（旗、区）", "地址", "电话", "电话", "文号前缀"]
    assert "电话格式不正确" in capsys.readouterr().err  # asked again
    assert out.strip().splitlines()[-1] == NOTE.format(fields="地址") + (
        " / The office's details are not filled in yet (empty or still the shipped example): The address. No "
        "document can be issued until they are filled in with `complaintdesk-admin office set …` or under "
        "Settings ▸ Office.")
    details = _details(tmp_path / "x.sqlite")
    assert (details["county"], details["phone"], details["address"]) == ("阿鲁科尔沁旗", "0476-4222222", "")


def test_office_show_and_set(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "x.sqlite")
    _init_and_take_over(db, monkeypatch)

    code, out = run("office", "show", "--db", db)
    assert code == 0
    assert "单位名称 / The office name: 某某县工业和信息化局  （示例，需修改 / placeholder）" in out
    assert "电话 / The phone number: —  （未填写 / empty）" in out

    code, out = run("office", "set", "--db", db, "--name", "阿鲁科尔沁旗工业和信息化局", "--county", "阿鲁科尔沁旗",
                    "--user", "admin")
    assert code == 0 and "已保存 / saved." in out
    assert "单位名称 / The office name: 阿鲁科尔沁旗工业和信息化局\n" in out
    assert out.strip().splitlines()[-1].startswith(NOTE.format(fields="单位简称、地址、电话、文号前缀"))

    code, _out = run("office", "set", "--db", db, "--phone", "call me", "--county", "阿鲁科尔沁", "--user", "admin")
    error = capsys.readouterr().err
    assert code == 2 and "电话格式不正确" in error and "以“县”“旗”“区”或“市”结尾" in error
    assert len(error.strip().splitlines()) == 1
    assert run("office", "set", "--db", db, "--user", "admin")[0] == 2  # nothing to set

    code, out = run("office", "set", "--db", db, *_identity_argv(SET_OPTIONS), "--user", "admin")
    assert code == 0 and "注意" not in out and _details(tmp_path / "x.sqlite") == OFFICE_IDENTITY


@pytest.fixture
def placeholder_office_with_a_case(tmp_path, monkeypatch):
    """A database as `init` leaves it without a terminal (placeholders), with one case in handling."""
    from tests.services.test_documents import arrears_case

    db = str(tmp_path / "x.sqlite")
    _init_and_take_over(db, monkeypatch)
    office = Office.open(db, daily_backup=False)
    try:
        case_no = arrears_case(office).case_no
    finally:
        office.close()
    return db, case_no


def test_letter_issue_is_refused_until_the_identity_is_set(placeholder_office_with_a_case, tmp_path, capsys):
    from complaintdesk.documents import load_font_set

    if not load_font_set().embedded:
        pytest.skip("no TrueType CJK font installed (apt-get install fonts-wqy-zenhei)")
    db, case_no = placeholder_office_with_a_case
    out_pdf = tmp_path / "s.pdf"

    code, _out = run("letter", case_no, "--kind", "supervision", "--issue", "--allow-gaps", "--out", str(out_pdf),
                     "--db", db, "--user", "admin")

    error = capsys.readouterr().err
    assert code == 2 and not out_pdf.exists() and len(error.strip().splitlines()) == 1
    assert error.startswith("错误 / error: 本单位信息尚未填写（为空或仍是示例内容）：单位名称、单位简称、所在县（旗、区）、"
                            "地址、电话、文号前缀。填写之前不能签发文书，请管理员在“设置 ▸ 本单位”中填写，"
                            "或运行 complaintdesk-admin office set。")
    # A draft is still made, with the gap as its first warning.
    code, out = run("letter", case_no, "--kind", "supervision", "--out", str(out_pdf), "--db", db)
    assert code == 0 and out.splitlines()[1].startswith("警告 / warning: 本单位信息尚未填写")

    assert run("office", "set", "--db", db, *_identity_argv(SET_OPTIONS), "--user", "admin")[0] == 0
    code, out = run("letter", case_no, "--kind", "supervision", "--issue", "--allow-gaps", "--out", str(out_pdf),
                    "--db", db, "--user", "admin")
    assert code == 0 and f"{PREFIX}〔{TODAY.year}〕1号" in out  # the refusal drew no number
