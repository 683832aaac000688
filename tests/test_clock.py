"""The application's one clock: fixed by tests and training offices, the machine's date otherwise."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from complaintdesk import clock
from tests.dates import TODAY


def test_the_suite_runs_as_of_its_fixed_day_whatever_the_machine_says():
    # CI runs this suite under faketime in 2027 and 2029: this holds there too.
    assert clock.today() == TODAY
    assert clock.now().date() == TODAY and clock.now().tzinfo is not None


def test_fixed_instants_move_forward_and_stay_on_the_fixed_day():
    fixed = clock.FixedClock(date(2029, 12, 31))
    first, second = fixed.now(), fixed.now()
    assert first.date() in (date(2029, 12, 31), date(2030, 1, 1)) and second >= first
    assert fixed.today() == date(2029, 12, 31)


def test_fixed_today_restores_the_clock_it_replaced():
    with clock.fixed_today(date(2027, 3, 15)):
        assert clock.today() == date(2027, 3, 15)
    assert clock.today() == TODAY


def test_the_system_clock_is_the_machines():
    # The machine's time as the standard library reports it, taken around the clock's own readings: the
    # test holds on any date, midnight and New Year included (never two separate readings of the date compared).
    system = clock.SystemClock()
    before = time.time()
    now, today = system.now(), system.today()
    after = time.time()
    assert now.tzinfo is not None
    assert before - 1 <= now.timestamp() <= after + 1
    local_days = {datetime.fromtimestamp(t).date() for t in (before, after)}
    assert today in local_days


def test_the_environment_sets_the_day_and_a_bad_value_is_refused():
    old = clock.clock()
    try:
        clock.configure_from_environment({clock.ENV_TODAY: "2027-03-15"})
        assert clock.today() == date(2027, 3, 15)
        with pytest.raises(ValueError, match="YYYY-MM-DD"):
            clock.configure_from_environment({clock.ENV_TODAY: "15.3.2027"})
    finally:
        clock.set_clock(old)


def _cli(db: str, day: str | None, *argv: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != clock.ENV_TODAY}
    if day is not None:
        env[clock.ENV_TODAY] = day
    return subprocess.run([sys.executable, "-m", "complaintdesk.cli", "--db", db, *argv], env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)


def test_the_command_line_counts_overdue_cases_as_of_the_day_it_is_given(demo_template, tmp_path):
    # Given the demo county (built as of the suite's day)
    db = tmp_path / "demo.sqlite"
    db.write_bytes(demo_template.read_bytes())

    def overdue(day: str) -> int:
        result = _cli(str(db), day, "list", "--overdue", "--format", "json")
        assert result.returncode == 0, result.stderr
        return len(json.loads(result.stdout))

    # When the same office is read as of its day and as of half a year later
    now, later = overdue(TODAY.isoformat()), overdue((TODAY + timedelta(days=180)).isoformat())
    # Then more of its open cases are overdue later: "today" is the one given, not the machine's
    assert 0 < now < later


def test_a_bad_day_in_the_environment_is_one_clear_line(tmp_path):
    result = _cli(str(tmp_path / "x.sqlite"), "next tuesday", "list")
    assert result.returncode == 2
    assert "COMPLAINTDESK_TODAY" in result.stderr and "YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.stderr


# Every way Python or Qt hands out the machine's date or time of day. ``complaintdesk/clock.py`` is the one
# place allowed to ask; UTC instants for records (``store.types.utcnow``) go through it too.
_MACHINE_DATE = re.compile(r"\b(?:date\.today|datetime\.(?:now|today|utcnow)|time\.(?:localtime|gmtime|ctime)"
                           r"|QDate\.currentDate|QDateTime\.current\w*|QTime\.currentTime)\s*\(")


def _sources():
    root = Path(__file__).resolve().parents[1]
    for folder in ("complaintdesk", "tests"):
        for path in sorted((root / folder).rglob("*.py")):
            if path.name == "clock.py" and path.parent.name == "complaintdesk" or path == Path(__file__).resolve():
                continue
            yield path.relative_to(root), path.read_text(encoding="utf-8")


def test_nothing_but_the_clock_reads_the_machines_date():
    # The faketime pass in CI (.ci/run) proves it at run time for what it runs; this holds for every line,
    # the widgets' included.
    offenders = [f"{name}:{n}: {line.strip()}" for name, text in _sources()
                 for n, line in enumerate(text.splitlines(), 1)
                 if _MACHINE_DATE.search(line) and not line.lstrip().startswith("#")]
    assert offenders == []


def test_the_machine_date_pattern_finds_what_it_is_for():
    # The calls are assembled from their parts: no line of this suite may read like one (see above).
    calls = [f"{obj}.{name}()" for obj, name in (("date", "today"), ("datetime", "now"), ("QDate", "currentDate"),
                                                  ("QDateTime", "currentDateTime"), ("time", "localtime"))]
    for line in calls:
        assert _MACHINE_DATE.search(line), line
    assert not _MACHINE_DATE.search("clock.today()") and not _MACHINE_DATE.search("fixed.now()")
