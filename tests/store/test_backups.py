"""Automatic daily backups: one a day, consistent, pruned to the newest N, never half-written."""

from __future__ import annotations

import multiprocessing
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta

from complaintdesk.services.office import Office
from complaintdesk.store.migrate import ensure_daily_backup, probe_sqlite_file
from tests.conftest import copy_office


def test_daily_backup_once_a_day_with_retention(tmp_path):
    path = tmp_path / "office.sqlite"
    Office.open(str(path)).close()
    folder = tmp_path / "backups"
    first = sorted(folder.glob("office-daily-*.sqlite"))
    assert len(first) == 1 and probe_sqlite_file(first[0]) is not None
    Office.open(str(path)).close()
    assert sorted(folder.glob("office-daily-*.sqlite")) == first  # same day: no second copy

    start = datetime(2026, 1, 1)
    for day in range(20):
        ensure_daily_backup(path, keep=5, today=start + timedelta(days=day))
    kept = sorted(p.name for p in folder.glob("office-daily-*.sqlite"))
    assert len(kept) == 5 and kept[-1] > "office-daily-20260120"
    assert not list(folder.glob("*.partial"))


def test_backup_holds_the_committed_data(demo_office, tmp_path):
    made = ensure_daily_backup(demo_office.target.sqlite_path, today=datetime(2031, 5, 5))
    with sqlite3.connect(made) as conn:
        assert conn.execute("SELECT count(*) FROM complaint_case").fetchone()[0] == 300
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _open_at_once(path: str, barrier, results) -> None:
    try:
        barrier.wait(timeout=120)
        Office.open(path).close()
        results.put("opened")
    except BaseException as exc:  # noqa: BLE001 - reported to the test, which names it
        results.put(f"{type(exc).__name__}: {exc}")


def test_three_desks_opening_at_the_first_start_of_a_day_all_open_and_make_one_backup(demo_template, tmp_path):
    # Given an office last opened yesterday (no backup of today yet), big enough that a copy takes a while
    path = tmp_path / "demo.sqlite"
    copy_office(demo_template, path)
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(3), ctx.Queue()
    desks = [ctx.Process(target=_open_at_once, args=(str(path), barrier, results)) for _ in range(3)]
    # When three desks open it at the same moment
    for desk in desks:
        desk.start()
    outcomes = [results.get(timeout=300) for _ in desks]
    for desk in desks:
        desk.join(timeout=60)
    # Then all three open, one of them made today's backup, and no half-written copy is left anywhere
    assert outcomes == ["opened"] * 3
    folder = tmp_path / "backups"
    dailies = sorted(folder.glob("demo-daily-*.sqlite"))
    assert len(dailies) == 1
    with closing(sqlite3.connect(dailies[0])) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM complaint_case").fetchone()[0] == 300
    leftovers = [p.name for p in folder.iterdir() if p.name.endswith((".partial", ".tmp", "-journal", "-wal"))]
    assert leftovers == []
