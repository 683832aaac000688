"""the office's identity and a seal on every event

``office.uuid`` (a setting, JSON string) names this office for good: written once here or at init,
it is what a restore compares ("another office's database") and what the history key and the
chain-head anchors outside the database are filed under. ``event.mac`` is the event's seal: an
HMAC-SHA256 of its chain hash under the office's history key, a secret kept outside the database
(complaintdesk.services.history_key); NULL until the office's key has sealed it.

The append-only triggers let exactly one update through: sealing an unsealed event (``mac`` from NULL to a
value, every other column unchanged). And the paths round them are closed: on SQLite ``INSERT OR REPLACE``
deletes the row it replaces without firing a delete trigger, so a ``BEFORE INSERT`` trigger refuses a new
event or document that would collide with one that exists; on PostgreSQL ``TRUNCATE`` fires no row trigger,
so a ``BEFORE TRUNCATE`` statement trigger refuses it. Whoever drops the triggers is still found out by the
seals, the anchors outside the database and the documents' check (``complaintdesk-admin audit verify``).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 03:10:00
"""

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


EVENT_MESSAGE = "history events are append-only"  # as 0002
REPLACED_EVENT = "history events are append-only: an event cannot be replaced"
FROZEN = "issued documents are frozen"  # as 0003
REPLACED_DOCUMENT = "issued documents are frozen: a document cannot be replaced"

# Every column of event but mac (SQLite compares them one by one; ``IS`` also matches NULL with NULL).
EVENT_COLUMNS = ("id", "occurred_at", "actor_id", "actor_name", "entity", "entity_id", "case_id", "action",
                 "summary", "changes", "prev_hash", "hash")


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN: a batch copy of event would fight its append-only triggers.
    op.add_column("event", sa.Column("mac", sa.String(64), nullable=True))
    bind = op.get_bind()
    exists = bind.execute(sa.text("SELECT count(*) FROM setting WHERE key = 'office.uuid'")).scalar()
    if not exists:
        bind.execute(sa.text("INSERT INTO setting (key, value, updated_at) VALUES ('office.uuid', :v, :t)"),
                     {"v": json.dumps(str(uuid.uuid4())), "t": _now()})
    if bind.dialect.name == "postgresql":
        _postgresql_triggers()
    else:
        _sqlite_triggers()


def _sqlite_triggers() -> None:
    sealing_only = " AND ".join(["OLD.mac IS NULL", "NEW.mac IS NOT NULL"]
                                + [f"NEW.{c} IS OLD.{c}" for c in EVENT_COLUMNS])
    op.execute("DROP TRIGGER IF EXISTS event_no_update")
    op.execute(f"CREATE TRIGGER event_no_update BEFORE UPDATE ON event WHEN NOT ({sealing_only}) "
               f"BEGIN SELECT RAISE(ABORT, '{EVENT_MESSAGE}'); END")
    op.execute("CREATE TRIGGER event_no_replace BEFORE INSERT ON event "
               "WHEN EXISTS (SELECT 1 FROM event WHERE id = NEW.id OR hash = NEW.hash) "
               f"BEGIN SELECT RAISE(ABORT, '{REPLACED_EVENT}'); END")
    # Every unique key of document: REPLACE deletes the row that any of them collides with.
    op.execute("CREATE TRIGGER document_no_replace BEFORE INSERT ON document "
               "WHEN EXISTS (SELECT 1 FROM document WHERE id = NEW.id OR doc_no = NEW.doc_no "
               "OR (series = NEW.series AND year = NEW.year AND seq = NEW.seq) OR replaces_id = NEW.replaces_id) "
               f"BEGIN SELECT RAISE(ABORT, '{REPLACED_DOCUMENT}'); END")
    for verb in ("UPDATE", "DELETE"):  # as 0003, should someone have dropped them
        op.execute(f"CREATE TRIGGER IF NOT EXISTS document_no_{verb.lower()} BEFORE {verb} ON document "
                   f"BEGIN SELECT RAISE(ABORT, '{FROZEN}'); END")


def _postgresql_triggers() -> None:
    # OLD is NULL in a statement-level (TRUNCATE) call: the sealing test is nested, never evaluated then.
    op.execute(f"""
        CREATE OR REPLACE FUNCTION event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                IF OLD.mac IS NULL AND NEW.mac IS NOT NULL AND (to_jsonb(NEW) - 'mac') = (to_jsonb(OLD) - 'mac') THEN
                    RETURN NEW;
                END IF;
            END IF;
            RAISE EXCEPTION '{EVENT_MESSAGE}';
        END $$;
    """)
    op.execute("CREATE TRIGGER event_no_truncate BEFORE TRUNCATE ON event "
               "FOR EACH STATEMENT EXECUTE FUNCTION event_append_only()")
    op.execute("CREATE TRIGGER document_no_truncate BEFORE TRUNCATE ON document "
               "FOR EACH STATEMENT EXECUTE FUNCTION document_frozen()")


def _now() -> datetime:
    # Naive UTC, as complaintdesk.store.types.UTCDateTime stores it.
    return datetime.now(UTC).replace(tzinfo=None)


def downgrade() -> None:
    # The triggers first: SQLite refuses to drop a column a trigger names.
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS event_no_truncate ON event")
        op.execute("DROP TRIGGER IF EXISTS document_no_truncate ON document")
        op.execute(f"""
            CREATE OR REPLACE FUNCTION event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION '{EVENT_MESSAGE}'; END $$;
        """)
    else:
        for trigger in ("event_no_update", "event_no_replace", "document_no_replace"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute(f"CREATE TRIGGER event_no_update BEFORE UPDATE ON event BEGIN SELECT RAISE(ABORT, '{EVENT_MESSAGE}'); END")
    op.execute("DELETE FROM setting WHERE key = 'office.uuid'")
    op.drop_column("event", "mac")
