"""search counts deferred by a bulk write

PostgreSQL: migration 0014's triggers keep ``case_search_counts`` in step with every write to complaint_case.
A bulk write that rewrites the whole table afterwards anyway (``complaintdesk-admin demo``, which fills a new
office, and ``check --refresh-copies``, which computes every case's copied columns again) paid that upkeep for
nothing, and paid it dearly: every statement of the demo's writer (a thousand cases each) and every changed
row of a refresh added to the same count rows again in one transaction, whose older row versions cannot be
cleaned up before it ends — a 100,000-case demo office took over half an hour to write.

Such a write now says so for its own transaction, ``SET LOCAL complaintdesk.search_counts = 'deferred'``
(store.search_index.defer_counts), and the triggers then leave the counts alone; ``rebuild_counts`` writes
them afresh from the search texts at the end of the same transaction and sets the upkeep back on for the
rest of it. Whoever can set that can also write the count table itself: the counts are a search's
shortcut, not a record, and ``complaintdesk-admin check`` compares them with the search texts.

SQLite needs nothing: its search index has no counts of its own.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 18:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As migration 0014 (a migration must not import the application): the history chain's lock, the upsert.
HISTORY_LOCK = 7310001
_UPSERT = ("INSERT INTO case_search_counts AS c (gram, status, cases) {rows} "
           "ON CONFLICT (gram, status) DO UPDATE SET cases = c.cases + excluded.cases")
DEFERRED = ("IF pg_catalog.current_setting('complaintdesk.search_counts', true) = 'deferred' THEN RETURN NULL; "
            "END IF;")


def _functions(guard: str) -> list[str]:
    """Migration 0014's trigger functions, each opening with ``guard``."""
    rows = [
        f"""CREATE OR REPLACE FUNCTION keep_case_search_counts_{verb}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          {guard}
          IF NOT EXISTS (SELECT 1 FROM {table}) THEN RETURN NULL; END IF;
          PERFORM pg_advisory_xact_lock({HISTORY_LOCK});
          {_UPSERT.format(rows=f"SELECT g, r.status, {sign}count(*) FROM {table} r, "
                               "case_search_grams(r.search_text) g GROUP BY g, r.status")};
          RETURN NULL;
        END $$""" for verb, table, sign in (("insert", "new_cases", ""), ("delete", "old_cases", "-"))
    ]
    update = f"""CREATE OR REPLACE FUNCTION keep_case_search_counts_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          {guard}
          PERFORM pg_advisory_xact_lock({HISTORY_LOCK});
          {_UPSERT.format(rows="SELECT g, s, sum(n) FROM ("
                               "SELECT g, OLD.status AS s, -1 AS n FROM case_search_grams(OLD.search_text) g "
                               "UNION ALL SELECT g, NEW.status, 1 FROM case_search_grams(NEW.search_text) g) d "
                               "GROUP BY g, s HAVING sum(n) <> 0")};
          RETURN NULL;
        END $$"""
    return [*rows, update]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in _functions(DEFERRED):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in _functions(""):
            op.execute(statement)
