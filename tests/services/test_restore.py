"""Restore trusts no backup: a copy is checked before the office is touched, and a failure leaves it as it was.

Each attack is a backup someone with the file could have prepared: a trigger that fires on the restore's
own event, a view standing in for a table, a history cut or edited (with or without its append-only
triggers), another office's database. Each is refused, in words, with the office's files as they were.
"""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
from contextlib import closing, redirect_stderr
from pathlib import Path

import pytest

from complaintdesk.cli import main
from complaintdesk.services.office import Office
from tests.conftest import copy_office


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stderr(err):
        code = main(list(argv), out=out)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def office_file(demo_template, tmp_path) -> Path:
    """A closed demo office (this desk holds its history key) and nothing else open on it."""
    path = tmp_path / "office" / "demo.sqlite"
    path.parent.mkdir()
    copy_office(demo_template, path)
    Office.open(str(path)).close()  # as a desk leaves it: opened today (daily backup), closed
    return path


def _backup(office_file: Path, tmp_path: Path, name: str = "b.sqlite") -> Path:
    dest = tmp_path / name
    assert run("backup", "--db", str(office_file), "--to", str(dest))[0] == 0
    return dest


def _tamper(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(";\n".join(statements))


def _state(path: Path) -> dict:
    """What must not change when a restore is refused or fails: every row of every table, the schema,
    the files in the office's folders and its anchors (byte for byte), and the journal mode."""
    state: dict = {}
    with closing(sqlite3.connect(path)) as conn:
        for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"):
            state[f"schema {kind} {name}"] = sql
            if kind == "table":
                digest = hashlib.sha256()
                for row in conn.execute(f'SELECT * FROM "{name}" ORDER BY 1'):
                    digest.update(repr(row).encode())
                state[f"rows {name}"] = digest.hexdigest()
        state["journal_mode"] = conn.execute("PRAGMA journal_mode").fetchone()[0]
    folders = (path.parent, path.parent / "backups", Path(os.environ["COMPLAINTDESK_DATA_DIR"]) / "anchors")
    for folder in folders:
        for item in sorted(folder.iterdir()):
            if item.is_file() and item.suffix != ".sqlite" and not item.name.endswith(("-wal", "-shm")):
                state[f"file {item}"] = item.read_bytes()
            else:
                state[f"file {item}"] = "present"
    return state


def _roles(path: Path) -> dict[str, str]:
    with closing(sqlite3.connect(path)) as conn:
        return dict(conn.execute("SELECT username, role FROM user_account"))


def _opens_and_checks(path: Path) -> None:
    code, out, err = run("check", "--db", str(path))
    assert code == 0, out + err


def _refused(office_file: Path, backup: Path, *words: str) -> str:
    before = _state(office_file)
    code, out, err = run("restore", "--db", str(office_file), str(backup))
    assert code == 2 and "已恢复" not in out, out + err
    for word in words:
        assert word in err
    assert _state(office_file) == before
    assert not [p for p in backup.parent.iterdir() if p.name.endswith(("-wal", "-shm", "-journal"))]
    return err


# --- the attacks ---------------------------------------------------------------------------------------


def test_a_trigger_planted_in_a_backup_is_refused_before_it_can_fire(office_file, tmp_path):
    backup = _backup(office_file, tmp_path)
    _tamper(backup, "CREATE TRIGGER escalate AFTER INSERT ON event "
                    "BEGIN UPDATE user_account SET role = 'admin'; END")
    roles = _roles(office_file)
    assert set(roles.values()) != {"admin"}

    err = _refused(office_file, backup, "trigger escalate")

    assert "not restored" in err and _roles(office_file) == roles
    _opens_and_checks(office_file)


def test_a_view_shadowing_a_table_is_refused_and_the_office_stays_usable(office_file, tmp_path):
    backup = _backup(office_file, tmp_path)
    _tamper(backup, "ALTER TABLE setting RENAME TO setting_kept",
            "CREATE VIEW setting AS SELECT * FROM setting_kept")

    _refused(office_file, backup, "view setting")

    _opens_and_checks(office_file)


def test_a_history_cut_with_its_append_only_triggers_dropped_is_refused(office_file, tmp_path):
    backup = _backup(office_file, tmp_path)
    _tamper(backup, "DROP TRIGGER event_no_delete", "DROP TRIGGER event_no_update",
            "DELETE FROM event WHERE id = (SELECT min(id) + 5 FROM event)")

    _refused(office_file, backup, "event_no_delete")


def test_a_history_edited_behind_intact_triggers_is_refused_naming_the_event(office_file, tmp_path):
    backup = _backup(office_file, tmp_path)
    with closing(sqlite3.connect(backup)) as conn:
        triggers = [sql for (sql,) in conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                                   "AND tbl_name = 'event'")]
        victim = conn.execute("SELECT id FROM event ORDER BY id LIMIT 1 OFFSET 7").fetchone()[0]
    _tamper(backup, *[f"DROP TRIGGER {sql.split()[2]}" for sql in triggers],
            f"UPDATE event SET summary = summary || '（已批准）' WHERE id = {victim}", *triggers)

    _refused(office_file, backup, f"#{victim}", "history")


def test_a_history_rechained_after_an_edit_without_the_key_is_refused_by_its_seals(office_file, tmp_path):
    from datetime import UTC, datetime

    from complaintdesk.services.event_chain import event_digest

    backup = _backup(office_file, tmp_path)
    with closing(sqlite3.connect(backup)) as conn:
        triggers = [sql for (sql,) in conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                                   "AND tbl_name = 'event'")]
        for sql in triggers:
            conn.execute(f"DROP TRIGGER {sql.split()[2]}")
        victim = conn.execute("SELECT id FROM event ORDER BY id LIMIT 1 OFFSET 7").fetchone()[0]
        conn.execute("UPDATE event SET summary = summary || '（已批准）' WHERE id = ?", (victim,))
        prev = conn.execute("SELECT hash FROM event WHERE id < ? ORDER BY id DESC LIMIT 1", (victim,)).fetchone()[0]
        rows = conn.execute("SELECT id, occurred_at, actor_id, actor_name, entity, entity_id, case_id, action, "
                            "summary, changes FROM event WHERE id >= ? ORDER BY id", (victim,)).fetchall()
        for row in rows:  # every hash after it recomputed, as anyone can: the chain links again
            digest = event_digest(prev, occurred_at=datetime.fromisoformat(row[1]).replace(tzinfo=UTC), actor_id=row[2],
                                  actor_name=row[3], entity=row[4], entity_id=row[5], case_id=row[6],
                                  action=row[7], summary=row[8], changes=row[9])
            conn.execute("UPDATE event SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, row[0]))
            prev = digest
        for sql in triggers:
            conn.execute(sql)
        conn.commit()

    err = _refused(office_file, backup, f"#{victim}", "seal")
    assert "封存不符" in err  # the seal, not the chain: the links and hashes were made to agree


def test_another_offices_database_needs_other_office_and_is_recorded(office_file, tmp_path, monkeypatch):
    monkeypatch.setenv("OTHER_ADMIN_PASSWORD", "another-office-9")
    other = tmp_path / "other" / "other.sqlite"
    assert run("init", "--db", str(other), "--admin-password-env", "OTHER_ADMIN_PASSWORD",
               "--office-name", "乙县工业和信息化局")[0] == 0
    backup = _backup(other, tmp_path, "other-backup.sqlite")
    with closing(sqlite3.connect(other)) as conn:
        theirs = conn.execute("SELECT value FROM setting WHERE key = 'office.uuid'").fetchone()[0].strip('"')
    with closing(sqlite3.connect(office_file)) as conn:
        ours = conn.execute("SELECT value FROM setting WHERE key = 'office.uuid'").fetchone()[0].strip('"')
        our_name = conn.execute("SELECT value FROM setting WHERE key = 'office.name'").fetchone()[0].strip('"')

    err = _refused(office_file, backup, "乙县工业和信息化局", theirs, our_name, ours, "--other-office")

    code, out, err = run("restore", "--db", str(office_file), str(backup), "--other-office")
    assert code == 0, err
    with closing(sqlite3.connect(office_file)) as conn:
        summary, changes = conn.execute("SELECT summary, changes FROM event ORDER BY id DESC LIMIT 1").fetchone()
    assert "另一单位" in summary and ours in changes and theirs in changes
    _opens_and_checks(office_file)


def test_a_backup_whose_office_identity_was_removed_is_refused(office_file, tmp_path):
    # (else another office's data would pass for this one's: a file with no identity takes the office's)
    backup = _backup(office_file, tmp_path)
    _tamper(backup, "DELETE FROM setting WHERE key = 'office.uuid'")

    _refused(office_file, backup, "office.uuid")


# --- the swap -------------------------------------------------------------------------------------------


def _fail(*_args, **_kwargs):
    raise OSError(5, "injected failure")


@pytest.mark.parametrize("step", ["copy upgraded", "event recorded", "office kept", "copy flushed",
                                  "renamed over the office"])
def test_a_failure_at_any_step_leaves_the_office_exactly_as_it_was(office_file, tmp_path, step):
    from complaintdesk.services import restore as restore_module

    backup = tmp_path / "old.sqlite"
    backup.write_bytes((Path(__file__).parents[1] / "data" / "db_0008.sqlite").read_bytes())
    real_replace = os.replace

    def replace_failing_onto_the_office(src, dst):
        if Path(dst) == office_file:
            _fail()
        real_replace(src, dst)

    injected = {"copy upgraded": (restore_module, "migrate_file", _fail),
                "event recorded": (restore_module, "_record", _fail),
                "office kept": (restore_module, "_keep_live", _fail),
                "copy flushed": (restore_module, "fsync_file", _fail),
                "renamed over the office": (os, "replace", replace_failing_onto_the_office)}
    before = _state(office_file)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(*injected[step])
        code, _out, err = run("restore", "--db", str(office_file), str(backup))

    assert code == 2 and "injected failure" in err
    assert _state(office_file) == before
    _opens_and_checks(office_file)
    assert run("restore", "--db", str(office_file), str(backup))[0] == 0  # nothing left locked or half-done


def test_the_office_open_at_another_desk_is_not_restored_over(office_file, tmp_path):
    backup = _backup(office_file, tmp_path)
    with closing(sqlite3.connect(office_file)) as other_desk:
        other_desk.execute("SELECT count(*) FROM complaint_case").fetchone()  # an idle desk, connected

        _refused(office_file, backup, "open at another desk")


def test_an_older_backup_is_upgraded_keeps_this_office_and_is_recorded_as_maintenance(office_file, tmp_path):
    backup = tmp_path / "old.sqlite"
    backup.write_bytes((Path(__file__).parents[1] / "data" / "db_0005.sqlite").read_bytes())
    with closing(sqlite3.connect(office_file)) as conn:
        ours = conn.execute("SELECT value FROM setting WHERE key = 'office.uuid'").fetchone()[0]

    code, out, err = run("restore", "--db", str(office_file), str(backup))

    assert code == 0 and "before-restore" in out, err
    with closing(sqlite3.connect(office_file)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
            sqlite3.connect(":memory:").execute("SELECT ?", (_head(),)).fetchone()[0]
        assert conn.execute("SELECT value FROM setting WHERE key = 'office.uuid'").fetchone()[0] == ours
        entity, action, actor = conn.execute("SELECT entity, action, actor_name FROM event "
                                             "ORDER BY id DESC LIMIT 1").fetchone()
    assert (entity, action) == ("database", "restored") and "命令行维护" in actor
    _opens_and_checks(office_file)


def _head() -> str:
    from complaintdesk.store.sqlite_file import head_revision

    return head_revision()
