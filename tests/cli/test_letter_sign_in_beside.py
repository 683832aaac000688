"""``letter --user``: the password check (scrypt, which releases the interpreter's lock) runs while the
letter's code is imported on a thread beside it — and a failure on either side is still the command's."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from complaintdesk import cli
from complaintdesk.services.office import Office
from tests.cli.test_cli_startup import ROOT, demo  # noqa: F401 - the fixture
from tests.identity import give_identity

# Runs the command as the console script does, noting which thread imports the letter's code and when, and
# when the sign-in starts and ends (whether the import finishes before the sign-in starts is up to the
# scheduler: the test does not ask).
RUN = """
import importlib.abc, io, json, sys, threading, time
from complaintdesk import cli
from complaintdesk.services import quick_office
seen = {"imports": [], "sign_ins": []}
class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "complaintdesk.services.quick_letter":
            seen["imports"].append([threading.current_thread().name, time.monotonic()])
        return None
sys.meta_path.insert(0, Watch())
original = quick_office.QuickOffice.sign_in
def sign_in(self, username, password):
    began = time.monotonic()
    try:
        return original(self, username, password)
    finally:
        seen["sign_ins"].append([began, time.monotonic()])
quick_office.QuickOffice.sign_in = sign_in
code = cli.main(sys.argv[1:], out=io.StringIO())
print(json.dumps({"code": code, "seen": seen}))
"""


def test_the_password_is_checked_while_the_letters_code_is_imported_beside_it(demo, tmp_path):  # noqa: F811
    db, case_no = demo
    office = Office.open(db, daily_backup=False)
    give_identity(office)
    office.close()
    result = subprocess.run([sys.executable, "-c", RUN, "letter", case_no, "--kind", "reply", "--out",
                             str(tmp_path / "r.pdf"), "--issue", "--allow-gaps", "--user", "admin", "--db", db],
                            capture_output=True, text=True, cwd=ROOT, env={**os.environ}, timeout=120)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0 and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    ((importer, imported_at),) = report["seen"]["imports"]
    ((began, ended),) = report["seen"]["sign_ins"]
    assert importer == "complaintdesk-beside"  # not the main thread, before or after the sign-in
    assert imported_at < ended  # started before the password check was over: beside it


def test_what_fails_beside_is_raised_after_the_block():
    def broken():
        raise ImportError("no module named reportlab")

    done = []
    with pytest.raises(ImportError, match="reportlab"):
        with cli._running_beside(broken):
            done.append("signed in")
    assert done == ["signed in"]  # the block ran to its end first


def test_what_fails_in_the_block_is_raised_once_the_work_beside_it_is_done():
    finished = []
    with pytest.raises(RuntimeError, match="wrong password"):
        with cli._running_beside(lambda: finished.append(True)):
            raise RuntimeError("wrong password")
    assert finished == [True]
