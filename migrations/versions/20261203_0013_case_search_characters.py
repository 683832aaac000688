"""case search characters

PostgreSQL: one or two characters are found through an index too. pg_trgm serves a search of three
or more characters; for one or two it has no trigram to look up, so such a search (县, 商贸 — the
commonest in a Chinese office) read every case: 0.2 s at 100,000 cases, seconds at a million.

``case_search_characters(text)`` is the text's characters with its ASCII letters lower-cased (nothing
else folded: exactly what the search's LIKE folds, services.case_search), and a GIN index on it over
``complaint_case.search_text`` finds the cases that hold given characters:

- one character: ``case_search_characters(search_text) && ARRAY[…]`` (the word as typed and
  upper-cased, ASCII-lower-cased) — exactly the cases LIKE finds, from the index alone;
- two: the cases holding both characters, from the index, then LIKE on those rows alone.

Characters rather than pairs of characters: an index of pairs answered two characters without the
LIKE, but it holds three times the keys, and PostgreSQL writes a case's keys again at every update of
the case row (a deadline moved by a schedule save included): a schedule save at 100,000 cases took
twice as long with it. The function is plpgsql, with plpgsql's cost of 100 operators, not an SQL
expression PostgreSQL would inline: an inlined expression looks almost free to the planner, which then
split every case's text in a sequential scan rather than read the index for a common character (县:
2.6 s instead of 50 ms at 100,000 cases on a loaded machine). A higher cost would also do, but push
ordinary searches over the cost at which PostgreSQL compiles a query (JIT), which costs more than it
saves here. It is IMMUTABLE, as an index expression must be; PostgreSQL keeps the index in step in the
transaction of every write.

SQLite needs nothing: its FTS5 vocabulary already serves one and two characters (migration 0011).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 08:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# pg_catalog-qualified: an index expression must mean the same whatever the search_path.
PG_FUNCTION = """
CREATE FUNCTION case_search_characters(t text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 100 AS $$
BEGIN
  RETURN pg_catalog.string_to_array(
    pg_catalog.translate(t, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), NULL);
END
$$
"""
PG_INDEX = ("CREATE INDEX ix_case_search_characters ON complaint_case "
            "USING gin (case_search_characters(search_text))")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(PG_FUNCTION)
    op.execute(PG_INDEX)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_case_search_characters")
    op.execute("DROP FUNCTION IF EXISTS case_search_characters(text)")
