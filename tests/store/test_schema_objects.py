"""A file's schema objects against those the migrations build: every real office matches, every change shows."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from complaintdesk.store.migrate import migrate_file
from complaintdesk.store.schema_objects import differences, reference_objects, schema_objects
from complaintdesk.store.sqlite_file import head_revision

FROZEN = sorted((Path(__file__).resolve().parents[1] / "data").glob("db_*.sqlite"))


def _objects(path: Path) -> dict:
    with closing(sqlite3.connect(path)) as conn:
        return schema_objects(conn)


@pytest.mark.parametrize("frozen", FROZEN, ids=lambda p: p.stem)
def test_every_released_office_has_exactly_its_revisions_objects_before_and_after_the_upgrade(frozen, tmp_path):
    copy = tmp_path / frozen.name
    shutil.copy(frozen, copy)
    assert differences(_objects(copy), reference_objects(frozen.stem.removeprefix("db_"))) == []
    # Upgraded by the migrations (batch copies write their constraints in another order each run).
    migrate_file(copy)
    assert differences(_objects(copy), reference_objects(head_revision())) == []


@pytest.mark.parametrize(("change", "named"), [
    ("CREATE TRIGGER spy AFTER INSERT ON event BEGIN SELECT 1; END", "+trigger spy"),
    ("DROP TRIGGER event_no_update", "-trigger event_no_update"),
    ("CREATE VIEW everyone AS SELECT * FROM user_account", "+view everyone"),
    ("DROP INDEX ix_event_case", "-index ix_event_case"),
    ("CREATE INDEX ix_spare ON event (summary)", "+index ix_spare"),
    ("ALTER TABLE user_account ADD COLUMN note TEXT", "~table user_account"),
    ("CREATE TABLE extra (x)", "+table extra"),
])
def test_any_change_to_the_schema_is_named(tmp_path, change, named):
    fresh = tmp_path / "fresh.sqlite"
    migrate_file(fresh)
    with closing(sqlite3.connect(fresh)) as conn:
        conn.execute(change)
        conn.commit()
    assert named in differences(_objects(fresh), reference_objects(head_revision()))


def test_a_trigger_rewritten_with_another_body_under_its_name_is_named(tmp_path):
    fresh = tmp_path / "fresh.sqlite"
    migrate_file(fresh)
    with closing(sqlite3.connect(fresh)) as conn:
        conn.executescript("DROP TRIGGER event_no_update; CREATE TRIGGER event_no_update BEFORE UPDATE ON event "
                           "BEGIN SELECT 1; END;")
    assert differences(_objects(fresh), reference_objects(head_revision())) == ["~trigger event_no_update"]
