"""Make a frozen database of a past schema revision, written by the version of ComplaintDesk that shipped it.

Usage (from the repository root, with the test extras installed)::

    python tools/freeze_database.py COMMIT REVISION     # → tests/data/db_<REVISION>.sqlite

It checks COMMIT out into a temporary worktree and runs *that* version's own command line there:
``init`` (an administrator; from issue 15 on, the demo's own administrator instead, as the demo goes
only into a new database), ``demo --cases 40 --seed 3`` (a county in every status, as of the day it
runs — pass ``COMPLAINTDESK_TODAY`` to pin it) and, where that version has letters, issues one
acceptance letter. The file is then what an office running that version really had on disk, which is
what the upgrade tests in tests/store/test_frozen_databases.py open with today's code.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
PASSWORD_ENV = "FROZEN_DB_ADMIN_PASSWORD"
PASSWORD = "frozen-admin-password"


def _cli(worktree: Path, db: Path, *args: str) -> str:
    env = {**os.environ, PASSWORD_ENV: PASSWORD, "COMPLAINTDESK_PASSWORD": "demo-password", "PYTHONPATH": str(worktree),
           "COMPLAINTDESK_DATA_DIR": str(db.parent / "data")}
    result = subprocess.run([sys.executable, "-m", "complaintdesk.cli", "--db", str(db), *args],
                            cwd=worktree, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed in {worktree}:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def freeze(commit: str, revision: str) -> Path:
    out = DATA / f"db_{revision}.sqlite"
    with tempfile.TemporaryDirectory(prefix="complaintdesk-freeze-") as tmp:
        worktree = Path(tmp) / "tree"
        subprocess.run(["git", "worktree", "add", "--detach", str(worktree), commit], cwd=ROOT, check=True,
                       capture_output=True)
        try:
            db = Path(tmp) / "office.sqlite"
            cli_source = (worktree / "complaintdesk" / "cli.py").read_text(encoding="utf-8")
            # From issue 15 on the demo goes only into a new database (a demo office, whose administrator
            # has the demo password) and issuing needs --user; before, init made the administrator.
            acting = ("--user", "admin") if '"--user"' in cli_source else ()
            if not acting:
                _cli(worktree, db, "init", "--admin-user", "admin", "--admin-password-env", PASSWORD_ENV)
            _cli(worktree, db, "demo", "--cases", "40", "--seed", "3")
            if "letter" in cli_source:
                case_no = _cli(worktree, db, "list", "--format", "csv").splitlines()[1].split(",")[0]
                _cli(worktree, db, "letter", case_no, "--kind", "acceptance", "--out", str(Path(tmp) / "l.pdf"),
                     "--issue", "--allow-gaps", *acting)
            with sqlite3.connect(db) as conn:
                found = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            if found != revision:
                raise SystemExit(f"{commit} wrote schema {found}, not {revision}")
            src = sqlite3.connect(db)
            dst = sqlite3.connect(out)  # a clean single file (no -wal beside it), journal mode kept
            src.backup(dst)
            dst.execute("VACUUM")
            src.close()
            dst.close()
            _keep_key_and_anchor(db, out)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(worktree)], cwd=ROOT, check=True)
    return out


def _keep_key_and_anchor(db: Path, out: Path) -> None:
    """From revision 0009 on an office's history is sealed with a key kept outside the database, and its
    chain head anchored beside it: the office's desk had both, so the frozen office comes with them
    (``db_<rev>.key``, ``db_<rev>.sqlite.anchor``), as a desk holding its key would open it."""
    keys = sorted((db.parent / "data" / "keys").glob("*.key"))
    if not keys:
        return
    [key] = keys
    out.with_suffix(".key").write_bytes(key.read_bytes())
    anchor = Path(f"{db}.anchor")
    if anchor.exists():
        Path(f"{out}.anchor").write_bytes(anchor.read_bytes())


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    print(freeze(sys.argv[1], sys.argv[2]))
