"""``backup --to`` killed half-way, and a database from a newer version, as the command line meets them."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from complaintdesk.services.office import Office
from tests.conftest import copy_office

# The backup command in a process that kills itself (SIGKILL: no clean-up of any kind) after copying a few
# pages: every SQLite connection it opens copies page by page and reports its progress.
KILLED_BACKUP = """
import os, signal, sqlite3, sys

class Killed(sqlite3.Connection):
    def backup(self, target, *, pages=-1, progress=None, name="main", sleep=0.25):
        def die(status, remaining, total):
            if total - remaining >= 8:
                os.kill(os.getpid(), signal.SIGKILL)
        return super().backup(target, pages=1, progress=die, name=name, sleep=sleep)

connect = sqlite3.connect
sqlite3.connect = lambda *args, **kwargs: connect(*args, **{"factory": Killed, **kwargs})
from complaintdesk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _run(*argv: str, script: str | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", script, *argv] if script else [sys.executable, "-m", "complaintdesk.cli", *argv]
    return subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120,
                          env=os.environ.copy())


def test_a_backup_killed_half_way_leaves_nothing_under_the_name_asked_for(demo_template, tmp_path):
    office = tmp_path / "demo.sqlite"
    copy_office(demo_template, office)
    dest = tmp_path / "copies" / "b.sqlite"
    dest.parent.mkdir()

    killed = _run("backup", "--db", str(office), "--to", str(dest), script=KILLED_BACKUP)

    assert killed.returncode == -9, killed.stderr  # it really died mid-copy
    assert not dest.exists() and not Path(f"{dest}-journal").exists()
    # What it was writing is a hidden temporary file; the office itself is untouched and backs up fine.
    assert all(p.name.startswith(".b.sqlite.") for p in dest.parent.iterdir())
    assert _run("backup", "--db", str(office), "--to", str(dest)).returncode == 0
    with closing(sqlite3.connect(dest)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_database_from_a_newer_version_is_refused_and_left_without_a_trace(tmp_path):
    path = tmp_path / "newer.sqlite"
    Office.open(str(path), daily_backup=False).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    before, files = path.read_bytes(), sorted(p.name for p in tmp_path.iterdir())

    for command in ("check", "list"):
        result = _run(command, "--db", str(path))
        assert result.returncode == 2 and "9999" in result.stderr, result.stderr

    assert sorted(p.name for p in tmp_path.iterdir()) == files  # no -wal, no -shm, no backups/
    assert not any(name.endswith(("-wal", "-shm")) for name in files)
    assert path.read_bytes() == before
