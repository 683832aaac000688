"""The office's history key and the anchors on this computer: who may write, what the files look like, how the
key goes from one desk to another — and PostgreSQL's TRUNCATE, refused or found out."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from contextlib import closing

import pytest
from sqlalchemy import create_engine, text

from complaintdesk.config import data_dir
from complaintdesk.services import anchors, history_key
from complaintdesk.services.cases import CaseQuery
from complaintdesk.services.history_key import HistoryKeyMissing
from complaintdesk.services.office import Office
from tests.cli.test_admin_cli import run
from tests.conftest import tampering_connection
from tests.identity import OFFICE_IDENTITY

POSIX = os.name == "posix"


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _actions(path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [r[0] for r in conn.execute("SELECT action FROM event ORDER BY id")]


@pytest.fixture
def another_desk(tmp_path, monkeypatch):
    """Switch to a computer that holds nothing of the office: a data folder of its own."""
    def switch(name: str = "other-desk"):
        monkeypatch.setenv("COMPLAINTDESK_DATA_DIR", str(tmp_path / name))
        return tmp_path / name
    return switch


def test_a_new_office_is_sealed_and_anchored_with_private_files(tmp_path):
    path = tmp_path / "office.sqlite"
    office = Office.open(str(path))
    office.close()
    key = history_key.key_path(office.desk.office)
    assert key.read_bytes() == office.desk.key and len(office.desk.key) == 32
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT action, hash, mac FROM event ORDER BY id").fetchall()
    assert rows[0][0] == "history_sealed"
    assert all(mac == history_key.seal(office.desk.key, h) for _, h, mac in rows)
    beside, own = anchors.beside(path), anchors.desk_anchor(office.desk.office)
    for anchor_file in (beside, own):
        anchor = anchors.read_anchor(anchor_file)
        assert (anchor.event_id, anchor.events, anchor.hash) == (len(rows), len(rows), rows[-1][1])
        assert anchor.sealed_by(office.desk.key) and anchor.office == office.desk.office
    if POSIX:
        assert _mode(key) == _mode(beside) == _mode(own) == 0o600
        assert _mode(key.parent) == _mode(own.parent) == 0o700


def test_every_commit_moves_the_anchor_once_and_never_back(demo_office):
    path = demo_office.target.sqlite_path
    before = anchors.read_anchor(anchors.beside(path))
    demo_office.settings.set_office_identity(OFFICE_IDENTITY)  # one transaction, several events
    after = anchors.read_anchor(anchors.beside(path))
    with closing(sqlite3.connect(path)) as conn:
        last, count = conn.execute("SELECT max(id), count(*) FROM event").fetchone()
    assert after.event_id == last > before.event_id and after.events == count
    # an anchor further on (another desk's commit a moment later) is never moved back
    ahead = anchors.make_anchor(demo_office.desk.key, demo_office.desk.office, last + 5, "f" * 64, count + 5)
    anchors.beside(path).write_bytes(anchors.anchor_text(ahead))
    demo_office.settings.set_office_identity({"phone": "0476-4222223"})
    assert anchors.read_anchor(anchors.beside(path)) == ahead


def test_an_upgraded_office_has_every_event_sealed_in_one_go(tmp_path):
    # Given an office as the version before this one left it (its events unsealed, no key anywhere)
    path = tmp_path / "office.sqlite"
    office = Office.open(str(path))
    office.close()
    with closing(tampering_connection(path)) as conn:
        conn.execute("UPDATE event SET mac = NULL")
        conn.execute("DELETE FROM event WHERE action = 'history_sealed'")
        conn.commit()
    for leftover in (history_key.key_path(office.desk.office), anchors.beside(path),
                     anchors.desk_anchor(office.desk.office)):
        leftover.unlink()
    from tests.trust.test_anchored_history import _rechain
    with closing(sqlite3.connect(path)) as conn:
        _rechain(conn, 1)
        conn.commit()
    # When it is opened, a new key seals every event and says so
    office = Office.open(str(path))
    office.close()
    with closing(sqlite3.connect(path)) as conn:
        unsealed = conn.execute("SELECT count(*) FROM event WHERE mac IS NULL").fetchone()[0]
        summary = conn.execute("SELECT summary FROM event WHERE action = 'history_sealed'").fetchone()[0]
    assert unsealed == 0 and "封存：2 条事件" in summary
    assert run("audit", "verify", "--db", str(path))[0] == 0


def test_a_history_stripped_of_every_seal_is_not_sealed_again(demo_office):
    # Whoever has the file removes every seal and the event that said the history was sealed, edits an
    # event and recomputes the chain: to a desk it now looks like an office from before sealing.
    from tests.trust.test_anchored_history import _rechain

    path = demo_office.target.sqlite_path
    demo_office.close()
    with closing(tampering_connection(path)) as conn:
        conn.execute("UPDATE event SET mac = NULL")
        conn.execute("DELETE FROM event WHERE action = 'history_sealed'")
        conn.execute("UPDATE event SET summary = '登记（已改）' WHERE id = 5")
        _rechain(conn, 1)
        conn.commit()
    office = Office.open(str(path))  # the anchors say it was sealed: it is not sealed again …
    office.close()
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM event WHERE mac IS NOT NULL").fetchone()[0] == 0
    code, out = run("audit", "verify", "--db", str(path))  # … and the anchors name what happened
    assert code == 1 and "rolled back" in out


def test_a_desk_without_the_key_reads_but_never_writes(demo_office, another_desk):
    path = demo_office.target.sqlite_path
    demo_office.close()
    another_desk()
    office = Office.open(str(path))
    try:
        assert office.desk.key is None
        assert office.cases.count(CaseQuery()) == 300
        case_id = office.documents.case_id_of("2023-0001")
        assert office.lookup is not None and office.documents.render_dossier(case_id).page_count > 0
        events = len(_actions(path))
        with pytest.raises(HistoryKeyMissing) as refused:
            office.settings.set_office_identity(OFFICE_IDENTITY)
        assert "complaintdesk-admin key import" in refused.value.text.en
        assert "complaintdesk-admin key import" in refused.value.text.zh
        assert len(_actions(path)) == events
    finally:
        office.close()
    # the command line says the same, and cannot check the seals either
    assert run("list", "--db", str(path), "--format", "json")[0] == 0
    code, out = run("audit", "verify", "--db", str(path))
    assert code == 1 and "no history key" in out


def test_the_key_goes_to_another_desk_by_export_and_import(demo_office, tmp_path, another_desk):
    path = demo_office.target.sqlite_path
    office_id = demo_office.desk.office
    demo_office.close()
    exported = tmp_path / "carry" / "office.key"
    exported.parent.mkdir()
    code, out = run("key", "export", "--db", str(path), "--to", str(exported))
    assert code == 0 and str(exported) in out
    assert json.loads(exported.read_text())["office"] == office_id
    if POSIX:
        assert _mode(exported) == 0o600
    assert run("key", "export", "--db", str(path), "--to", str(exported))[0] == 2  # never over a file

    another_desk()
    # a key that does not seal this office's history is refused, and so is another office's
    forged = tmp_path / "forged.key"
    forged.write_bytes(history_key.export_text(office_id, os.urandom(32)))
    foreign = tmp_path / "foreign.key"
    foreign.write_bytes(history_key.export_text("12345678-1234-5678-1234-567812345678", os.urandom(32)))
    for wrong in (forged, foreign):
        assert run("key", "import", "--db", str(path), str(wrong))[0] == 2
    assert not history_key.key_path(office_id).exists()

    code, out = run("key", "import", "--db", str(path), str(exported))
    assert code == 0 and office_id in out
    assert history_key.key_path(office_id).is_file() and str(data_dir()).endswith("other-desk")
    office = Office.open(str(path))
    try:
        office.settings.set_office_identity(OFFICE_IDENTITY)  # this desk may write now
    finally:
        office.close()
    assert _actions(path)[-len(OFFICE_IDENTITY) - 2:][:2] == ["key_exported", "key_imported"]
    assert run("audit", "verify", "--db", str(path))[0] == 0


# --- PostgreSQL: TRUNCATE ------------------------------------------------------------------------------


@pytest.fixture
def pg_office(pg_url):
    from complaintdesk.documents import load_font_set
    from complaintdesk.services.demo import generate

    if not load_font_set().embedded:
        pytest.skip("no TrueType CJK font installed")
    office = Office.open(pg_url)
    generate(office.db, cases=40, seed=7)
    with office.db.read() as session:
        case_id = session.execute(text("SELECT id FROM complaint_case WHERE status IN ('in_handling', 'replied') "
                                       "ORDER BY id LIMIT 1")).scalar()
    document = office.documents.issue(case_id, "reply", allow_gaps=True)
    office.close()
    engine = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    yield pg_url, engine, document
    engine.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("table", ["document", "event"])
def test_truncate_on_postgresql_is_refused(pg_office, table):
    pg_url, engine, _document = pg_office
    with engine.connect() as conn, pytest.raises(Exception, match="append-only|frozen"):
        conn.execute(text(f"TRUNCATE {table}"))
    assert run("audit", "verify", "--db", pg_url)[0] == 0


@pytest.mark.postgres
def test_truncate_on_postgresql_with_the_trigger_dropped_is_found(pg_office):
    pg_url, engine, document = pg_office
    with engine.connect() as conn:  # the desks' credentials own the tables: they can drop a trigger
        conn.execute(text("DROP TRIGGER IF EXISTS document_no_truncate ON document"))
        conn.execute(text("TRUNCATE document"))
    for command in ("check", "audit"):
        code, out = run(*([command] if command == "check" else ["audit", "verify"]), "--db", pg_url)
        assert code == 1 and document.doc_no in out and "missing from the database" in out
    with engine.connect() as conn:
        conn.execute(text("DROP TRIGGER IF EXISTS event_no_truncate ON event"))
        conn.execute(text("TRUNCATE event"))
    code, out = run("audit", "verify", "--db", pg_url)
    assert code == 1 and "rolled back" in out
