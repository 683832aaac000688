"""Someone with the database file but not the office's history key attacks the record: truncating the history,
recomputing the chain after an edit, forging an event, rolling the whole file back, swapping an issued letter.
The chain alone cannot tell (each attack first passes ``history.verify_chain``); the seals, the anchors outside
the database and the documents' check do: ``audit verify`` and ``check`` exit 1 naming the row."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from complaintdesk.services import history
from complaintdesk.services.event_chain import GENESIS, event_digest
from tests.cli.test_admin_cli import run, run_process
from tests.conftest import tampering_connection
from tests.identity import give_identity


def _verify(path) -> tuple[int, str]:
    return run("audit", "verify", "--db", str(path))


def _check(path) -> tuple[int, str]:
    return run("check", "--db", str(path))


def _chain_alone_holds(office) -> None:
    """The attack leaves a chain whose links and hashes all agree: the old check passes it."""
    with office.db.read() as session:
        assert history.verify_chain(session)[1] is None


def _rechain(conn: sqlite3.Connection, start_id: int) -> None:
    """Recompute prev_hash and hash of every event from ``start_id`` on, as anyone with the file can (the
    chain is SHA-256 over the event's own fields); the seals stay as they were — the key is not in the file."""
    row = conn.execute("SELECT hash FROM event WHERE id < ? ORDER BY id DESC LIMIT 1", (start_id,)).fetchone()
    prev = row[0] if row else GENESIS
    for (event_id, occurred_at, actor_id, actor_name, entity, entity_id, case_id, action, summary,
         changes) in conn.execute("SELECT id, occurred_at, actor_id, actor_name, entity, entity_id, case_id, action, "
                                  "summary, changes FROM event WHERE id >= ? ORDER BY id", (start_id,)).fetchall():
        digest = event_digest(prev, occurred_at=datetime.fromisoformat(occurred_at).replace(tzinfo=UTC),
                              actor_id=actor_id, actor_name=actor_name, entity=entity, entity_id=entity_id,
                              case_id=case_id, action=action, summary=summary, changes=changes)
        conn.execute("UPDATE event SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, event_id))
        prev = digest


def _last_id(path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT max(id) FROM event").fetchone()[0]


@pytest.fixture
def office_file(demo_office):
    """The demo office's file, its desk (key and anchors) in place, and the office left open for reading."""
    yield demo_office, demo_office.target.sqlite_path


# --- truncating the history --------------------------------------------------------------------------


@pytest.mark.parametrize("removed", [1, 50])
def test_the_last_events_deleted_are_found_by_the_anchor(office_file, removed):
    office, path = office_file
    last = _last_id(path)
    assert _verify(path)[0] == 0
    with tampering_connection(path) as conn:
        conn.execute("DELETE FROM event WHERE id > ?", (last - removed,))
    _chain_alone_holds(office)

    code, out = _verify(path)
    assert code == 1 and "rolled back" in out and f"#{last}" in out
    code, out = _check(path)
    assert code == 1 and "rolled back" in out and f"#{last}" in out


# --- recomputing the chain --------------------------------------------------------------------------------


def test_an_edit_with_the_chain_recomputed_breaks_its_seal(office_file):
    office, path = office_file
    with tampering_connection(path) as conn:
        conn.execute("UPDATE event SET summary = summary || '（已批准延期）' WHERE id = 400")
        _rechain(conn, 400)
    _chain_alone_holds(office)

    code, out = _verify(path)
    assert code == 1 and "BROKEN at event #400" in out and "seal does not match" in out
    code, out = _check(path)
    assert code == 1 and "BROKEN at #400" in out


def test_a_middle_event_deleted_and_the_chain_recomputed_is_found(office_file):
    office, path = office_file
    with tampering_connection(path) as conn:
        conn.execute("DELETE FROM event WHERE id = 300")
        _rechain(conn, 301)
    _chain_alone_holds(office)

    code, out = _verify(path)
    assert code == 1 and "BROKEN at event #301" in out
    # and the anchor counted one event more up to the head than the file holds now
    assert "events were removed" in out or "rolled back" in out


@pytest.mark.parametrize("column, value", [("occurred_at", "2024-01-05 02:00:00.000000"), ("actor_name", "某某人"),
                                           ("actor_id", None)])
def test_an_events_time_or_actor_changed_is_found(office_file, column, value):
    office, path = office_file
    with tampering_connection(path) as conn:
        conn.execute(f"UPDATE event SET {column} = ? WHERE id = 123", (value,))
        _rechain(conn, 123)
    _chain_alone_holds(office)
    code, out = _verify(path)
    assert code == 1 and "BROKEN at event #123" in out


def test_seals_stripped_with_the_chain_recomputed_are_found(office_file):
    office, path = office_file
    with tampering_connection(path) as conn:
        conn.execute("UPDATE event SET summary = '登记' WHERE id = 900")
        conn.execute("UPDATE event SET mac = NULL WHERE id >= 900")  # no seal, rather than a wrong one
        _rechain(conn, 900)
    _chain_alone_holds(office)
    code, out = _verify(path)
    assert code == 1 and "BROKEN at event #900" in out and "carries no seal" in out


# --- forging an event ------------------------------------------------------------------------------------


def _forge(path, mac: str | None) -> int:
    """Append an "extension approved" event with a correct chain hash, as anyone with the file can."""
    with sqlite3.connect(path) as conn:
        prev = conn.execute("SELECT hash FROM event ORDER BY id DESC LIMIT 1").fetchone()[0]
        case_id = conn.execute("SELECT id FROM complaint_case WHERE status = 'in_handling' LIMIT 1").fetchone()[0]
        when = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
        fields = dict(actor_id=None, actor_name="赵国庆", entity="case", entity_id=case_id, case_id=case_id,
                      action="extension_approved", summary="批准延期 30 天", changes='{"extension_days":[null,30]}')
        digest = event_digest(prev, occurred_at=when, **fields)
        values = {"occurred_at": "2026-12-01 02:00:00.000000", **fields, "prev_hash": prev, "hash": digest}
        if mac is not None:
            values["mac"] = mac
        cursor = conn.execute(f"INSERT INTO event ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                              tuple(values.values()))
        return cursor.lastrowid


@pytest.mark.parametrize("mac", [None, "0" * 64])
def test_a_forged_event_with_a_correct_hash_is_found(office_file, mac):
    office, path = office_file
    forged = _forge(path, mac)
    _chain_alone_holds(office)
    code, out = _verify(path)
    assert code == 1 and f"BROKEN at event #{forged}" in out
    assert ("carries no seal" if mac is None else "seal does not match") in out


# --- closing REPLACE --------------------------------------------------------------------------------------


def test_insert_or_replace_cannot_swap_an_event(office_file):
    _office, path = office_file
    with sqlite3.connect(path) as conn:  # the triggers in place: REPLACE deletes without a delete trigger
        row = conn.execute("SELECT * FROM event WHERE id = 10").fetchone()
        columns = [c[1] for c in conn.execute("PRAGMA table_info(event)")]
        forged = dict(zip(columns, row, strict=True), summary="伪造")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(f"INSERT OR REPLACE INTO event ({', '.join(columns)}) VALUES "
                         f"({', '.join('?' * len(columns))})", tuple(forged.values()))
        assert conn.execute("SELECT summary FROM event WHERE id = 10").fetchone()[0] == row[columns.index("summary")]


def test_replace_under_a_new_id_deletes_nothing_and_the_copy_is_found(office_file):
    """The id is an event's only unique key (migration 0015): REPLACE with a new id and an existing event's hash
    collides with nothing, deletes nothing, and what it appends breaks the chain."""
    _office, path = office_file
    with sqlite3.connect(path) as conn:
        events = conn.execute("SELECT count(*) FROM event").fetchone()[0]
        row = conn.execute("SELECT * FROM event WHERE id = 10").fetchone()
        columns = [c[1] for c in conn.execute("PRAGMA table_info(event)")]
        copy = conn.execute(f"REPLACE INTO event ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                            tuple(dict(zip(columns, row, strict=True), id=None).values())).lastrowid
        assert conn.execute("SELECT * FROM event WHERE id = 10").fetchone() == row
        assert conn.execute("SELECT count(*) FROM event").fetchone()[0] == events + 1
    code, out = _verify(path)
    assert code == 1 and f"BROKEN at event #{copy}" in out


# --- rolling the whole file back ---------------------------------------------------------------------------


def test_the_file_rolled_back_to_an_earlier_copy_is_found(demo_office, tmp_path):
    path = demo_office.target.sqlite_path
    earlier = tmp_path / "yesterday.sqlite"
    with closing(sqlite3.connect(path)) as live, closing(sqlite3.connect(earlier)) as copy:
        live.backup(copy)  # whoever has the file keeps a copy …
    give_identity(demo_office)  # … the office goes on working (recorded) …
    head = _last_id(path)
    demo_office.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copy(earlier, path)  # … and the copy is put back
    assert _last_id(path) < head

    code, out = _verify(path)
    assert code == 1 and "rolled back" in out and f"#{head}" in out, out
    assert _check(path)[0] == 1


def test_a_restore_is_a_recorded_rollback_not_an_attack(demo_office, tmp_path):
    path = demo_office.target.sqlite_path
    assert run("backup", "--db", str(path), "--to", str(tmp_path / "b.sqlite"))[0] == 0
    give_identity(demo_office)
    demo_office.close()
    assert run("restore", "--db", str(path), str(tmp_path / "b.sqlite"))[0] == 0
    code, out = _verify(path)
    assert code == 0, out


# --- swapping an issued letter ----------------------------------------------------------------------------


@pytest.fixture
def issued(demo_office):
    from complaintdesk.documents import load_font_set

    if not load_font_set().embedded:
        pytest.skip("no TrueType CJK font installed (apt-get install fonts-wqy-zenhei)")
    give_identity(demo_office)
    with sqlite3.connect(demo_office.target.sqlite_path) as conn:
        case_no = conn.execute("SELECT case_no FROM complaint_case WHERE status = 'in_handling' "
                               "ORDER BY id LIMIT 1").fetchone()[0]
    document = demo_office.documents.issue(demo_office.documents.case_id_of(case_no), "reply", allow_gaps=True)
    return demo_office, document


def _swap(conn: sqlite3.Connection, document, statement: str = "INSERT OR REPLACE") -> bytes:
    """A new PDF and its own SHA-256 under the document's number (every other column as it was)."""
    row = conn.execute("SELECT * FROM document WHERE id = ?", (document.id,)).fetchone()
    columns = [c[1] for c in conn.execute("PRAGMA table_info(document)")]
    forged_pdf = bytes(row[columns.index("pdf")]).replace(b"%%EOF", b"%forged\n%%EOF")
    values = dict(zip(columns, row, strict=True), pdf=forged_pdf, sha256=hashlib.sha256(forged_pdf).hexdigest())
    conn.execute(f"{statement} INTO document ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                 tuple(values.values()))
    return forged_pdf


def test_insert_or_replace_cannot_swap_a_document(issued):
    office, document = issued
    with sqlite3.connect(office.target.sqlite_path) as conn, pytest.raises(sqlite3.IntegrityError, match="frozen"):
        _swap(conn, document)


def test_a_swapped_document_is_named_and_never_reprinted(issued, tmp_path):
    office, document = issued
    path = office.target.sqlite_path
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER IF EXISTS document_no_replace")  # whoever has the file can
        _swap(conn, document)
    for code, out in (_verify(path), _check(path)):
        assert code == 1 and document.doc_no in out and "not the one issued" in out
    # the stored row agrees with itself: only the history tells
    with pytest.raises(Exception) as refused:
        office.documents.pdf(document.id)
    assert "not the one issued" in refused.value.text.en
    result = run_process("reprint", "--db", str(path), document.doc_no, "--out", str(tmp_path / "copy.pdf"))
    assert result.returncode == 2 and document.doc_no in result.stderr and "not given out" in result.stderr
    assert not (tmp_path / "copy.pdf").exists()


def test_a_document_deleted_with_its_triggers_dropped_is_named(issued):
    office, document = issued
    path = office.target.sqlite_path
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER document_no_delete")
        conn.execute("DELETE FROM document WHERE id = ?", (document.id,))
    code, out = _verify(path)
    assert code == 1 and document.doc_no in out and "is missing from the database" in out


# --- the chain head on paper ---------------------------------------------------------------------------------


def test_the_dossier_prints_the_chain_head(demo_office):
    from complaintdesk.documents import load_font_set
    from tests.documents.pdfscan import scan

    if not load_font_set().embedded:
        pytest.skip("no TrueType CJK font installed")
    case_id = demo_office.documents.case_id_of("2023-0001")
    with demo_office.db.read() as session:
        head_id, head_hash = history.chain_head(session)
    text = scan(demo_office.documents.render_dossier(case_id).pdf).text()
    assert f"#{head_id}" in text and head_hash[:16] in text


# --- the anchors themselves ----------------------------------------------------------------------------------


def _truncate(path, keep: int) -> None:
    with tampering_connection(path) as conn:
        conn.execute("DELETE FROM event WHERE id > ?", (keep,))


def test_the_anchor_beside_the_file_deleted_is_reported(office_file):
    _office, path = office_file
    Path(f"{path}.anchor").unlink()
    code, out = _verify(path)
    assert code == 1 and "missing" in out and f"{path}.anchor" in out


def test_an_anchor_rewritten_without_the_key_is_not_believed(office_file):
    from complaintdesk.services import anchors

    office, path = office_file
    last = _last_id(path)
    _truncate(path, last - 10)
    with closing(sqlite3.connect(path)) as conn:
        head_hash = conn.execute("SELECT hash FROM event WHERE id = ?", (last - 10,)).fetchone()[0]
    for anchor_file in (anchors.beside(path), anchors.desk_anchor(office.desk.office)):
        # the head of the truncated history, "sealed" with a key of the attacker's own
        forged = anchors.make_anchor(b"k" * 32, office.desk.office, last - 10, head_hash, last - 10)
        anchor_file.write_bytes(anchors.anchor_text(forged))
    code, out = _verify(path)
    assert code == 1 and "not sealed by the office's key" in out


def test_another_offices_anchor_beside_the_file_is_reported(office_file, tmp_path):
    from complaintdesk.services.office import Office

    _office, path = office_file
    other = Office.open(str(tmp_path / "other.sqlite"), daily_backup=False)
    other.close()
    shutil.copy(tmp_path / "other.sqlite.anchor", f"{path}.anchor")
    code, out = _verify(path)
    assert code == 1 and "belongs to office" in out and other.desk.office in out


def test_a_backups_manifest_still_catches_a_rollback_when_the_other_anchors_are_gone(demo_office, tmp_path):
    from complaintdesk.services import anchors

    path = demo_office.target.sqlite_path
    earlier = tmp_path / "earlier.sqlite"
    with closing(sqlite3.connect(path)) as live, closing(sqlite3.connect(earlier)) as copy:
        live.backup(copy)
    give_identity(demo_office)
    head = _last_id(path)
    backup = path.parent / "backups" / "kept-elsewhere.sqlite"
    assert run("backup", "--db", str(path), "--to", str(backup))[0] == 0
    manifest = json.loads(anchors.manifest_path(backup).read_text())
    assert manifest["anchor"]["event_id"] == head == manifest["head"]["event_id"]
    demo_office.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copy(earlier, path)
    # whoever rolled the file back also removed the anchors they could find
    anchors.beside(path).unlink()
    anchors.desk_anchor(demo_office.desk.office).unlink()
    code, out = _verify(path)
    assert code == 1 and "rolled back" in out and "kept-elsewhere.sqlite.manifest.json" in out and f"#{head}" in out
