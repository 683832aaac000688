"""case search text table

PostgreSQL only. The search's two GIN indexes (pg_trgm's on the search text, migration 0011; the text's
characters, migration 0013) move from ``complaint_case`` to a table of their own, ``case_search_text`` (one
row per case: its id and its search text), kept in step by triggers on complaint_case in the transaction of
every write.

Why: a write to a case row that changes an indexed column (a schedule save moves ``next_due_on`` and
``due_sort``, which the list's sort indexes hold) makes a new row version with an entry in every index of the
table — and a GIN index extracts all the keys of the whole search text again, although the text did not
change. At 100,000 cases, writing 1,000 cases' next deadlines took 405–501 ms with both GIN indexes and
95–117 ms without them. In a table of its own the text is written only when it changes: the update trigger
fires only then (``WHEN``), and a case's other writes never reach the GIN indexes.

Deleting a case deletes its row (the foreign key cascades); a changed case id follows too. SQLite is not
touched: its FTS5 table (migration 0011) already holds the text apart from the case row.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03 22:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRGM = "CREATE INDEX ix_case_search_trgm ON {table} USING gin (search_text gin_trgm_ops)"
CHARACTERS = "CREATE INDEX ix_case_search_characters ON {table} USING gin (case_search_characters(search_text))"

PG_UP = (
    """CREATE TABLE case_search_text (
         case_id integer NOT NULL,
         search_text text NOT NULL,
         CONSTRAINT pk_case_search_text PRIMARY KEY (case_id),
         CONSTRAINT fk_case_search_text_case_id_complaint_case FOREIGN KEY (case_id)
           REFERENCES complaint_case (id) ON DELETE CASCADE ON UPDATE CASCADE
       )""",
    "INSERT INTO case_search_text (case_id, search_text) SELECT id, search_text FROM complaint_case ORDER BY id",
    """CREATE FUNCTION case_search_text_insert() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO case_search_text (case_id, search_text) VALUES (NEW.id, NEW.search_text);
         RETURN NULL;
       END $$""",
    # The id, if it changed, has already followed (the foreign key's cascade fires first).
    """CREATE FUNCTION case_search_text_update() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE case_search_text SET search_text = NEW.search_text WHERE case_id = NEW.id;
         RETURN NULL;
       END $$""",
    """CREATE TRIGGER case_search_text_insert AFTER INSERT ON complaint_case
       FOR EACH ROW EXECUTE FUNCTION case_search_text_insert()""",
    """CREATE TRIGGER case_search_text_update AFTER UPDATE OF search_text ON complaint_case
       FOR EACH ROW WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text)
       EXECUTE FUNCTION case_search_text_update()""",
)
PG_DOWN = (
    "DROP TRIGGER IF EXISTS case_search_text_update ON complaint_case",
    "DROP TRIGGER IF EXISTS case_search_text_insert ON complaint_case",
    "DROP FUNCTION IF EXISTS case_search_text_update()",
    "DROP FUNCTION IF EXISTS case_search_text_insert()",
)


def _has_trgm_index(bind) -> bool:
    """Whether migration 0011 made the trigram index (it leaves it out where pg_trgm is not available)."""
    return bool(bind.execute(sa.text("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_case_search_trgm'")).scalar())


def _indexes_on(table: str, trgm: bool) -> None:
    """Both search indexes made again on ``table`` (the trigram one only where migration 0011 made it)."""
    op.execute("DROP INDEX IF EXISTS ix_case_search_trgm")
    op.execute("DROP INDEX IF EXISTS ix_case_search_characters")
    if trgm:
        op.execute(TRGM.format(table=table))
    op.execute(CHARACTERS.format(table=table))


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    trgm = _has_trgm_index(bind)
    for statement in PG_UP:
        op.execute(statement)
    _indexes_on("case_search_text", trgm)
    op.execute("ANALYZE case_search_text")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    trgm = _has_trgm_index(bind)
    for statement in PG_DOWN:
        op.execute(statement)
    _indexes_on("complaint_case", trgm)
    op.execute("DROP TABLE case_search_text")
