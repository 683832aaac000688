"""The office's files on disk: 0600 in 0700 folders (POSIX), a newer schema probed without a trace, and the
lock between processes that the daily backup takes."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import threading
from contextlib import closing
from pathlib import Path

import pytest

from complaintdesk.errors import SchemaTooNew
from complaintdesk.private_files import exclusive_lock
from complaintdesk.services import maintenance
from complaintdesk.services.office import Office

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _modes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): _mode(p) for p in sorted(folder.rglob("*"))}


@posix_only
def test_a_new_office_its_wal_backups_manifests_and_anchors_are_private(tmp_path):
    # Given a process with the usual umask
    previous = os.umask(0o022)
    try:
        office = Office.open(str(tmp_path / "office" / "o.sqlite"))  # the folder does not exist yet
        try:
            with office.db.write() as session:  # something written: the -wal and -shm are in use
                from complaintdesk.services import history
                from complaintdesk.services.actor import SYSTEM

                history.record(session, SYSTEM, entity="database", entity_id=None, action="noted", summary="x")
            maintenance.backup(office.target, tmp_path / "copies" / "b.sqlite")
            files = _modes(tmp_path / "office") | {f"copies/{k}": v for k, v in _modes(tmp_path / "copies").items()}
        finally:
            office.close()
    finally:
        os.umask(previous)
    data = Path(os.environ["COMPLAINTDESK_DATA_DIR"])
    files |= {f"data/{k}": v for k, v in _modes(data).items()} | {"data": _mode(data)}
    assert {"o.sqlite", "o.sqlite-wal", "o.sqlite-shm", "backups", "copies/b.sqlite", "data/keys"} <= set(files)
    assert any(name.endswith(".anchor") for name in files) and any("manifest" in name for name in files)
    for name, mode in files.items():
        expected = 0o700 if (tmp_path / "office" / name).is_dir() or name in ("data", "data/keys", "data/anchors") \
            else 0o600
        assert mode == expected, f"{name}: {oct(mode)}"
    assert _mode(tmp_path / "office") == 0o700 and _mode(tmp_path / "copies") == 0o700


@posix_only
def test_an_office_made_by_an_older_version_is_made_private_when_opened(tmp_path):
    # Given an office and its backups as the previous version left them: 0644 files in a 0755 backups folder
    path = tmp_path / "o.sqlite"
    Office.open(str(path)).close()
    backups = tmp_path / "backups"
    path.chmod(0o644)
    backups.chmod(0o755)
    # When it is opened
    Office.open(str(path)).close()
    # Then the database and the backups folder are this account's alone
    assert _mode(path) == 0o600 and _mode(backups) == 0o700


def _newer_office(tmp_path: Path) -> Path:
    path = tmp_path / "newer.sqlite"
    Office.open(str(path), daily_backup=False).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    assert conn.close() is None and not _beside(path)
    return path


def _beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


def test_a_newer_schema_is_refused_and_leaves_no_wal_or_shm_beside_it(tmp_path):
    path = _newer_office(tmp_path)
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew):
        Office.open(str(path))
    assert _beside(path) == [] and path.read_bytes() == before


def test_reading_a_backup_leaves_nothing_beside_it(tmp_path):
    office = Office.open(str(tmp_path / "o.sqlite"))
    try:
        made = maintenance.backup(office.target, tmp_path / "b.sqlite")
    finally:
        office.close()
    maintenance.verify_backup_file(made)
    assert _beside(made) == []


def _try_lock(lock: Path) -> bool:
    with exclusive_lock(lock, timeout=0.2) as held:
        return held


def test_the_lock_keeps_out_another_thread_and_another_process_while_held(tmp_path):
    lock = tmp_path / "x.lock"
    probe = f"from pathlib import Path; from complaintdesk.private_files import exclusive_lock\n" \
            f"with exclusive_lock(Path({str(lock)!r}), timeout=0.2) as held: print(held)"
    with exclusive_lock(lock, timeout=1) as held:
        in_thread: list[bool] = []
        thread = threading.Thread(target=lambda: in_thread.append(_try_lock(lock)))
        thread.start()
        thread.join()
        other = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
        assert held and in_thread == [False] and other.stdout.strip() == "False", other.stderr
    assert _try_lock(lock)
