"""Upgrades from every released schema: frozen databases written by the versions that shipped them.

``tests/data/db_<revision>.sqlite`` were made by ``tools/freeze_database.py``: each is what an office
running that version had on disk (an administrator, a 40-case demo county, from 0003 on an issued
letter). Today's code must open each one, back it up, upgrade it, and lose nothing.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from complaintdesk.config import data_dir
from complaintdesk.services import maintenance
from complaintdesk.services.case_query import CaseQuery
from complaintdesk.services.demo import DEMO_PASSWORD
from complaintdesk.services.office import Office
from complaintdesk.store import migrate

DATA = Path(__file__).resolve().parents[1] / "data"
VERSIONS = Path(__file__).resolve().parents[2] / "migrations" / "versions"
FROZEN = sorted(DATA.glob("db_*.sqlite"))
ADMIN_PASSWORD = "frozen-admin-password"  # tools/freeze_database.py


def _revision(path: Path) -> str:
    return path.stem.removeprefix("db_")


def _released_revisions() -> set[str]:
    found = set()
    for script in VERSIONS.glob("*.py"):
        for line in script.read_text(encoding="utf-8").splitlines():
            if line.startswith("revision"):
                found.add(line.split("=", 1)[1].strip().strip("'\""))
    return found


# Revisions that landed together, in one release, with the newest of them: no office ever ran a version
# whose head they were, so the release's frozen database (written by the version that shipped them all)
# stands for them. 0006 (letter summary), 0007 (size at signing), 0008 (calendar notices and drafts);
# 0009 (office identity, sealed events), 0010 (one-time passwords), 0011 (the search index); 0015 (the
# history's hash not unique), 0016 (search counts deferred by a bulk write), 0017 (an index
# of the claims' due dates). 0018 (PostgreSQL's search text in a table of its own) and 0019 (the summed figures
# deferred by a bulk write) have their own.
SHIPPED_WITH = {"0006": "0008", "0007": "0008", "0009": "0011", "0010": "0011", "0012": "0013", "0015": "0017", "0016": "0017"}


def test_every_released_schema_has_a_frozen_database():
    # A new migration is released together with a frozen database of the schema it brings.
    frozen = {_revision(p) for p in FROZEN}
    assert frozen | set(SHIPPED_WITH) == _released_revisions()
    assert set(SHIPPED_WITH.values()) <= frozen and not frozen & set(SHIPPED_WITH)


def _raw_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
                for t in ("complaint_case", "arrears_claim", "payment", "event", "user_account")}


def _schema_of(path: Path) -> str:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def _raw_documents(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "document" not in tables:
            return []
        return [(r[0], r[1]) for r in conn.execute("SELECT doc_no, sha256 FROM document ORDER BY id")]


def _raw_settings(path: Path, prefix: str) -> dict[str, str]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT key, value FROM setting WHERE key LIKE ?", (prefix + "%",)).fetchall()
    return dict(rows)


def _install(frozen: Path, path: Path) -> bool:
    """Copy the frozen office to ``path`` as its desk had it: from revision 0009 on with its history key
    (in this test's data folder) and the anchor beside the file. Whether it came sealed."""
    shutil.copy(frozen, path)
    key = frozen.with_suffix(".key")
    if not key.exists():
        return False
    shutil.copy(f"{frozen}.anchor", f"{path}.anchor")
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        office = json.loads(conn.execute("SELECT value FROM setting WHERE key = 'office.uuid'").fetchone()[0])
    keys = data_dir() / "keys"
    keys.mkdir(parents=True, exist_ok=True, mode=0o700)
    (keys / f"{office}.key").write_bytes(key.read_bytes())
    (keys / f"{office}.key").chmod(0o600)
    return True


@pytest.mark.parametrize("frozen", FROZEN, ids=_revision)
def test_a_released_database_upgrades_and_keeps_everything(frozen, tmp_path):
    # Given an office's database exactly as the released version left it
    path = tmp_path / "office.sqlite"
    sealed_before = _install(frozen, path)
    before = _raw_counts(path)
    documents = _raw_documents(path)
    settings_before = _raw_settings(path, "office.")
    had_county = "office.county" in settings_before
    old = _revision(frozen)
    assert before["complaint_case"] == 40

    # When today's version opens it
    office = Office.open(str(path), daily_backup=False)
    try:
        state = migrate.schema_state(office.db)
        # Then it is at the newest schema, and an older one was backed up first, byte for byte
        assert state.current == state.head and not state.needs_upgrade
        if old != state.head:
            assert office.backup_taken is not None
            assert _schema_of(office.backup_taken) == old and _raw_counts(office.backup_taken) == before
        else:
            assert office.backup_taken is None

        # and nothing was lost: every case, claim, payment, event and user is still there
        assert maintenance.table_counts(office)["complaint_case"] == before["complaint_case"]
        after = _raw_counts(path)
        # (a database older than the office.county setting gets it seeded, and that is recorded; its
        # history is sealed with the office's key on this first open, and that is recorded too)
        with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
            added = [r[0] for r in conn.execute("SELECT action FROM event WHERE id > ? ORDER BY id",
                                                (before["event"],))]
            sealed = conn.execute("SELECT count(*) FROM event WHERE mac IS NOT NULL").fetchone()[0]
        # (an office already sealed by its version opens on the desk holding its key, and is not sealed again)
        assert added.count("history_sealed") == (0 if sealed_before else 1) and sealed == after["event"]
        if not sealed_before:
            added.remove("history_sealed")
        assert after == {**before, "event": before["event"] + (0 if sealed_before else 1) + len(added)}
        assert "seed_defaults" in added or had_county
        with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
            last = conn.execute("SELECT action, summary FROM event ORDER BY id DESC LIMIT 1").fetchone()
        if not had_county:
            assert last == ("seed_defaults", "载入默认参考数据：办公室设置")
            assert _raw_settings(path, "office.county") == {"office.county": '"某某县"'}
        # the office's own details are kept as they were (placeholders stop it issuing until replaced)
        assert {k: v for k, v in _raw_settings(path, "office.").items() if k in settings_before} == settings_before

        # the database is sound: integrity, the history's hash chain, the cases' copied columns
        report = maintenance.check(office)
        assert report.integrity == [] and report.chain_break is None
        assert report.stale_cases == []
        assert report.ok

        # the administrator of that version still signs in with the same password (from 0011 on the frozen
        # office is a demo office, whose administrator has the demo's password: tools/freeze_database.py)
        office.sign_in("admin", DEMO_PASSWORD if sealed_before else ADMIN_PASSWORD)
        assert office.actor.username == "admin"

        # the case list reads every case, and each case opens
        assert office.cases.count(CaseQuery()) == 40
        first = office.cases.page(CaseQuery(), 0, 50)
        assert len(first) == 40 and len({r.case_no for r in first}) == 40

        # an issued letter is reprinted byte for byte (its SHA-256 is checked on every read)
        for doc_no, sha in documents:
            issued = office.documents.find(doc_no)
            assert hashlib.sha256(office.documents.pdf(issued.id)).hexdigest() == sha
    finally:
        office.close()
