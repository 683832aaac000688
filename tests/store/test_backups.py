"""Automatic daily backups: one a day, consistent, pruned to the newest N, never half-written."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from complaintdesk.services.office import Office
from complaintdesk.store.migrate import ensure_daily_backup, probe_sqlite_file


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
