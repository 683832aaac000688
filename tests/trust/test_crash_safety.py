"""A process killed at any moment (kill -9) loses at most the transaction in flight."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

KILLS = 20

WRITER = textwrap.dedent("""
    import sys
    from datetime import timedelta
    from complaintdesk import clock
    from complaintdesk.services.office import Office
    from complaintdesk.services.desk_types import EnterpriseInput, RegistrationInput, RespondentInput
    office = Office.open(sys.argv[1], daily_backup=False)
    print("ready", flush=True)
    n = int(sys.argv[2])
    while True:
        n += 1
        case = office.registration.register(RegistrationInput(
            channel="phone", procedure="direct", category="arrears", summary=f"第{n}号测试投诉" * 20,
            received_on=clock.today() - timedelta(days=1), complainant=EnterpriseInput(name=f"企业{n}"),
            respondent=RespondentInput(name=f"单位{n}", kind="state_organ")))
        print(case.case_no, flush=True)  # printed only after the commit
""")


@pytest.mark.slow
def test_kill_nine_repeatedly_loses_nothing_committed(tmp_path):
    path = tmp_path / "crash.sqlite"
    rng = random.Random(42)
    committed: list[str] = []
    for round_no in range(KILLS):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(round_no * 100_000)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        # The kill must land while the writer is busy writing, not while it is still starting up:
        # wait for its first commit of this round, then kill it at a random moment of the next ones.
        first = proc.stdout.readline().strip()
        assert first, f"round {round_no}: the writer ended before its first commit: {proc.stderr.read()}"
        committed.append(first)
        os.set_blocking(proc.stdout.fileno(), False)
        time.sleep(rng.uniform(0.05, 0.6))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        os.set_blocking(proc.stdout.fileno(), True)
        committed.extend(line.strip() for line in (proc.stdout.read() or "").splitlines() if line.strip())
        # A writer that had died on its own (an exception) before the kill proves nothing about kill -9.
        assert proc.returncode == -signal.SIGKILL, f"round {round_no}: the writer ended by itself: {proc.stderr.read()}"
        proc.stdout.close()
        proc.stderr.close()
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            present = {r[0] for r in conn.execute("SELECT case_no FROM complaint_case")}
        missing = [no for no in committed if no not in present]
        assert missing == [], f"round {round_no}: committed cases lost: {missing[:5]}"
    from complaintdesk.services.maintenance import check
    from complaintdesk.services.office import Office

    office = Office.open(str(path), daily_backup=False)
    report = check(office)
    office.close()
    assert report.ok and report.counts["complaint_case"] >= len(committed)
