"""event hash not unique

The history's ``event.hash`` carried a UNIQUE constraint. Nothing looks an event up by its hash, and the
chain already makes a repeated hash impossible in a history that verifies: each event's hash covers its
``prev_hash``, which must be the hash of the event before it, so a second copy of an event would need a
second copy of every event before it, back to the first, whose ``prev_hash`` is the genesis value that no
event has as its hash (``complaintdesk-admin audit verify`` walks exactly that). The constraint's index,
though, is keyed by a random value: each new event goes into a random page of an index as large as the
history (173 MB at 1,331,811 events), so a save that records a thousand events (a corrected holiday
schedule moving a thousand deadlines) touched a thousand random pages, read them and logged each whole
page once after every checkpoint — on PostgreSQL at 100,000 cases about a third of the save. Dropped.

PostgreSQL drops the constraint. SQLite cannot drop a constraint declared with its table: the table is
built again without it, its rows copied in id order, its index and its append-only triggers (migrations
0002 and 0009) created again. ``event_no_replace`` guarded INSERT OR REPLACE, which deletes every row a
new row collides with on a unique key; ``id`` is now the only one, so it checks ``id`` alone (a lookup of
the primary key, where it also searched the hash index on every insert).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 18:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As migrations 0002 and 0009 (a migration must not import the application).
EVENT_MESSAGE = "history events are append-only"
REPLACED_EVENT = "history events are append-only: an event cannot be replaced"
EVENT_COLUMNS = ("id", "occurred_at", "actor_id", "actor_name", "entity", "entity_id", "case_id", "action",
                 "summary", "changes", "prev_hash", "hash")
COPIED = (*EVENT_COLUMNS, "mac")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint("uq_event_hash", "event", type_="unique")
    else:
        _sqlite_rebuild(hash_unique=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.create_unique_constraint("uq_event_hash", "event", ["hash"])
    else:
        _sqlite_rebuild(hash_unique=True)


def _sqlite_rebuild(*, hash_unique: bool) -> None:
    """The event table again, with or without the hash's UNIQUE, its rows, index and triggers as before."""
    for trigger in ("event_no_delete", "event_no_update", "event_no_replace"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    unique = ", CONSTRAINT uq_event_hash UNIQUE (hash)" if hash_unique else ""
    op.execute(
        "CREATE TABLE _event_rebuilt ("
        "id INTEGER NOT NULL, occurred_at DATETIME NOT NULL, actor_id INTEGER, actor_name VARCHAR(100) NOT NULL, "
        "entity VARCHAR(30) NOT NULL, entity_id INTEGER, case_id INTEGER, action VARCHAR(40) NOT NULL, "
        "summary TEXT NOT NULL, changes TEXT NOT NULL, prev_hash VARCHAR(64) NOT NULL, hash VARCHAR(64) NOT NULL, "
        "mac VARCHAR(64), "
        "CONSTRAINT pk_event PRIMARY KEY (id), "
        "CONSTRAINT fk_event_actor_id_user_account FOREIGN KEY(actor_id) REFERENCES user_account (id), "
        f"CONSTRAINT fk_event_case_id_complaint_case FOREIGN KEY(case_id) REFERENCES complaint_case (id){unique})")
    columns = ", ".join(COPIED)
    op.execute(f"INSERT INTO _event_rebuilt ({columns}) SELECT {columns} FROM event ORDER BY id")
    op.execute("DROP TABLE event")
    op.execute("ALTER TABLE _event_rebuilt RENAME TO event")
    op.execute("CREATE INDEX ix_event_case ON event (case_id, id)")
    op.execute(f"CREATE TRIGGER event_no_delete BEFORE DELETE ON event BEGIN SELECT RAISE(ABORT, '{EVENT_MESSAGE}'); END")
    sealing_only = " AND ".join(["OLD.mac IS NULL", "NEW.mac IS NOT NULL"]
                                + [f"NEW.{c} IS OLD.{c}" for c in EVENT_COLUMNS])
    op.execute(f"CREATE TRIGGER event_no_update BEFORE UPDATE ON event WHEN NOT ({sealing_only}) "
               f"BEGIN SELECT RAISE(ABORT, '{EVENT_MESSAGE}'); END")
    # Every unique key of event: REPLACE deletes the row that any of them collides with.
    collides = "id = NEW.id OR hash = NEW.hash" if hash_unique else "id = NEW.id"
    op.execute(f"CREATE TRIGGER event_no_replace BEFORE INSERT ON event WHEN EXISTS (SELECT 1 FROM event WHERE {collides}) "
               f"BEGIN SELECT RAISE(ABORT, '{REPLACED_EVENT}'); END")
