"""case search index

The case list's text search (``complaint_case.search_text``: case number, both parties' names and
credit codes, the transferring body's number, the summary; kept by complaintdesk.services.case_index)
gets a full-text index, so that a search no longer reads every case:

- SQLite: ``case_search``, an FTS5 table with the ``trigram`` tokenizer, one row per case (rowid =
  case id) holding ``lower(search_text)`` plus two newlines. Lower-cased by SQLite's own ``lower()``
  (ASCII only, exactly what LIKE folds) and tokenised case-sensitively, a phrase query finds exactly
  the cases LIKE '%…%' finds; the two newlines (which a normalised query never contains) make every
  character of the text start a trigram, so one or two characters are found through the trigrams
  they begin (``case_search_terms``, the table's vocabulary). Triggers on complaint_case keep it in
  step in the transaction of every write, whoever writes (the ORM, the command line's plain sqlite3
  path, an import); the update trigger fires only when the text really changed.
- PostgreSQL: a ``pg_trgm`` GIN index on ``search_text``. Where the server lacks the
  extension (or this role may not create it) the index is left out with a warning in the upgrade's
  log: search stays correct, reading every case.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 04:00:00
"""

import logging
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

# What the index holds for a case (the same expression in the backfill and the triggers).
INDEXED = "lower({row}.search_text) || char(10, 10)"

SQLITE_UP = (
    "CREATE VIRTUAL TABLE case_search USING fts5(text, tokenize = 'trigram case_sensitive 1', columnsize = 0)",
    "CREATE VIRTUAL TABLE case_search_terms USING fts5vocab(case_search, 'row')",
    f"INSERT INTO case_search (rowid, text) SELECT id, {INDEXED.format(row='complaint_case')} FROM complaint_case",
    # OR REPLACE: a case row replaced by INSERT OR REPLACE fires no delete trigger.
    f"""CREATE TRIGGER case_search_insert AFTER INSERT ON complaint_case BEGIN
          INSERT OR REPLACE INTO case_search (rowid, text) VALUES (new.id, {INDEXED.format(row='new')});
        END""",
    f"""CREATE TRIGGER case_search_update AFTER UPDATE OF id, search_text ON complaint_case
        WHEN old.search_text IS NOT new.search_text OR old.id IS NOT new.id BEGIN
          DELETE FROM case_search WHERE rowid = old.id;
          INSERT OR REPLACE INTO case_search (rowid, text) VALUES (new.id, {INDEXED.format(row='new')});
        END""",
    """CREATE TRIGGER case_search_delete AFTER DELETE ON complaint_case BEGIN
         DELETE FROM case_search WHERE rowid = old.id;
       END""",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS case_search_delete",
    "DROP TRIGGER IF EXISTS case_search_update",
    "DROP TRIGGER IF EXISTS case_search_insert",
    "DROP TABLE IF EXISTS case_search_terms",
    "DROP TABLE IF EXISTS case_search",
)

# Serves LIKE and ILIKE '%…%' (pg_trgm folds case itself; services.case_search narrows ILIKE to ASCII folding).
PG_INDEX = "CREATE INDEX ix_case_search_trgm ON complaint_case USING gin (search_text gin_trgm_ops)"


def _pg_trgm(bind) -> bool:
    """Whether pg_trgm is (or could now be) installed in this database."""
    if not bind.execute(sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).scalar():
        log.warning("pg_trgm is not available on this server: case search works without an index")
        return False
    try:
        with bind.begin_nested():  # a refused CREATE EXTENSION must not abort the whole upgrade
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError as exc:
        log.warning("cannot create extension pg_trgm (%s): case search works without an index", exc.orig)
        return False
    return True


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        if _pg_trgm(bind):
            op.execute(PG_INDEX)
        return
    for statement in SQLITE_UP:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_case_search_trgm")  # pg_trgm stays: other objects may use it
        return
    for statement in SQLITE_DOWN:
        op.execute(statement)
