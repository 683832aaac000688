"""What a command loads: each imports what it uses, so that a letter from the command line starts fast.

Start-up speed itself is measured by bench/letters.py (no timed assertion here); these tests hold the
properties it rests on, in fresh interpreters as the command line runs.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from complaintdesk import cli
from complaintdesk.cli import COLLECT_EVERY, main
from complaintdesk.services.office import Office
from complaintdesk.store.models import Case

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("openpyxl", "alembic", "reportlab.platypus", "sqlalchemy.dialects.postgresql", "PySide6")

# Runs a command as the console script does, then lists the modules it loaded.
RUN = """
import io, json, sys
from complaintdesk.cli import main
code = main(sys.argv[1:], out=io.StringIO())
print(json.dumps({"code": code, "loaded": sorted(sys.modules)}))
"""


def loaded_by(*argv: str) -> tuple[int, set[str]]:
    result = subprocess.run([sys.executable, "-c", RUN, *argv], capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ}, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    return report["code"], set(report["loaded"])


def heavy(modules: set[str]) -> set[str]:
    return {m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)}


@pytest.fixture
def demo(demo_office):
    with demo_office.db.read() as s:
        case_no = s.execute(select(Case.case_no).where(Case.status == "in_handling").order_by(Case.id)).scalars().first()
    return str(demo_office.target.sqlite_path), case_no


def test_importing_the_command_line_loads_neither_the_database_nor_reportlab():
    result = subprocess.run([sys.executable, "-c", "import sys, complaintdesk.cli; "
                             "print(sorted(m for m in sys.modules if m.split('.')[0] in "
                             "('sqlalchemy', 'reportlab', 'openpyxl', 'alembic', 'PySide6')))"],
                            capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == "[]"


def test_a_letter_loads_no_spreadsheet_no_migration_tool_no_platypus(demo, tmp_path):
    db, case_no = demo
    code, modules = loaded_by("letter", case_no, "--kind", "reply", "--out", str(tmp_path / "r.pdf"), "--db", db)
    assert code == 0 and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert "reportlab" in modules  # what a letter does need
    # A SQLite office at the current schema is read and written without SQLAlchemy (services.quick_letter).
    assert not {m for m in modules if m.split(".")[0] in ("sqlalchemy", "alembic")}
    assert heavy(modules) == set()


def test_an_issued_letter_loads_no_sqlalchemy_either(demo, tmp_path):
    from tests.identity import give_identity

    db, case_no = demo
    office = Office.open(db, daily_backup=False)
    give_identity(office)
    office.close()
    code, modules = loaded_by("letter", case_no, "--kind", "reply", "--out", str(tmp_path / "r.pdf"), "--issue", "--user", "admin",
                              "--allow-gaps", "--db", db)
    assert code == 0 and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert not {m for m in modules if m.split(".")[0] in ("sqlalchemy", "alembic")}


def test_the_dossier_still_loads_what_it_needs(demo, tmp_path):
    db, case_no = demo
    code, modules = loaded_by("dossier", case_no, "--out", str(tmp_path / "d.pdf"), "--db", db)
    assert code == 0 and "reportlab.platypus" in modules


def test_listing_cases_loads_no_reportlab(demo):
    db, _case_no = demo
    code, modules = loaded_by("list", "--limit", "3", "--db", db)
    assert code == 0 and not any(m.startswith("reportlab") for m in modules) and heavy(modules) == set()


def test_a_command_run_in_process_leaves_the_collector_as_it_was(demo, tmp_path, monkeypatch):
    db, case_no = demo
    before, enabled = gc.get_threshold(), gc.isenabled()
    seen = []
    original = gc.set_threshold

    def spy(*threshold):
        seen.append(threshold)
        original(*threshold)

    monkeypatch.setattr(gc, "set_threshold", spy)
    code = main(["letter", case_no, "--kind", "reply", "--out", str(tmp_path / "r.pdf"), "--db", db],
                out=io.StringIO())
    assert code == 0
    assert seen[0][0] == COLLECT_EVERY and seen[-1] == before  # relaxed for the command, then restored
    assert gc.get_threshold() == before and gc.isenabled() == enabled
    assert gc.get_freeze_count() == 0  # only a process that ends with the command freezes its objects


def _help(parser, *argv: str) -> str:
    out = io.StringIO()
    with pytest.raises(SystemExit), contextlib.redirect_stdout(out):
        parser.parse_args(list(argv))
    return out.getvalue()


@pytest.mark.parametrize("command", sorted(cli.COMMANDS))
def test_a_command_named_gets_only_its_own_parser_and_the_same_answers(command):
    one = cli.build_parser(["--db", "office.sqlite", command])
    (commands,) = [action for action in one._actions if isinstance(action, argparse._SubParsersAction)]
    assert list(commands.choices) == [command]
    # Its help, and every sub-command's, as the parser with all of them gives it.
    full = cli.build_parser()
    assert _help(one, command, "--help") == _help(full, command, "--help")
    (inner,) = [a for a in commands.choices[command]._actions if isinstance(a, argparse._SubParsersAction)] or [None]
    for name in inner.choices if inner is not None else ():
        assert _help(one, command, name, "--help") == _help(full, command, name, "--help")


@pytest.mark.parametrize("argv", [
    ["--db", "office.sqlite", "letter", "2026-0001", "--kind", "reply", "--out", "r.pdf", "--issue", "--user", "li"],
    ["letter", "2026-0001", "--kind", "reply", "--out", "r.pdf", "--db", "office.sqlite"],
    ["--db=office.sqlite", "list", "--status", "open"],
    ["--db", "letter", "list"],  # a database file named like a command: the command is the word after it
    ["office", "set", "--name", "阿鲁科尔沁旗工业和信息化局"],
])
def test_the_parser_of_one_command_reads_its_arguments_as_the_whole_one(argv):
    assert vars(cli.build_parser(argv).parse_args(argv)) == vars(cli.build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [[], ["--help"], ["-h"], ["--version"], ["lettre"], ["--d", "x", "letter"]])
def test_without_a_command_first_every_command_is_there(argv):
    assert cli._command_named(argv) is None
    (commands,) = [a for a in cli.build_parser(argv)._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(commands.choices) == set(cli.COMMANDS)


def test_a_misspelt_command_is_answered_with_every_command(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["lettre"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert "invalid choice: 'lettre'" in err and "'letter'" in err and "'user'" in err
