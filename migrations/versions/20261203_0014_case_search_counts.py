"""case search counts

PostgreSQL: a search of one or two characters is counted without reading a case. The list asks for a
search's count and its first screen; migration 0013's index of each case's characters finds the cases,
but counting them visited every hit's row (县, in 85 % of cases: 0.4–1.2 s at 100,000 and 1,000,000
cases; 商贸: 0.25 s at 1,000,000).

``case_search_counts`` holds, per (gram, status), how many cases' search text contains the gram — every
character and every two adjacent characters of ``complaint_case.search_text`` with its ASCII letters
lower-cased (exactly what the search's LIKE folds, services.case_search), and the empty string, which
every text contains (the cases per status). A two-character gram crosses the " | " between the joined
fields as LIKE does. ``case_search_grams(text)`` is that set of a text. A search of one or two characters
is then counted as a sum over a few rows, and the list's page chooses its plan by that count
(services.case_search).

Triggers keep it in step in the transaction of every write, whoever writes (the ORM, an import, a plain
SQL statement): an INSERT or a DELETE by one statement-level trigger over all its rows (an import of
thousands of cases is one aggregate), an UPDATE by a row trigger that fires only when a case's search
text or status changes (a schedule save's recompute, which rewrites neither, pays nothing). Like
migration 0012's, each first takes the history chain's advisory lock: the count rows are only ever
changed under it, so two desks cannot deadlock on them. Rows that fall to 0 are kept (a later case
reuses them); ``complaintdesk-admin check --refresh-copies`` writes the table afresh.

The backfill counts the grams in Python, streaming the search texts: PostgreSQL splits a text in
plpgsql at about 0.2 ms, minutes at a million cases. The triggers are created first, so that a desk
writing meanwhile waits for this transaction and is then counted by them.

SQLite needs nothing: its FTS5 vocabulary table counts without reading a case (migration 0011).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 10:00:00
"""

from collections import Counter
from collections.abc import Iterable, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# complaintdesk.services.history's chain lock (a migration must not import the application).
HISTORY_LOCK = 7310001
_UPPER, _LOWER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"
_ASCII_LOWER = str.maketrans(_UPPER, _LOWER)
_CHUNK = 10_000

# pg_catalog-qualified: the functions must mean the same whatever the search_path.
PG_GRAMS = f"""
CREATE FUNCTION case_search_grams(t text) RETURNS SETOF text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE ROWS 150 AS $$
DECLARE
  a text[] := pg_catalog.string_to_array(pg_catalog.translate(t, '{_UPPER}', '{_LOWER}'), NULL);
BEGIN
  -- each character with the next one beside it; '' (appended) stands for the text itself
  RETURN QUERY SELECT DISTINCT g
    FROM ROWS FROM (pg_catalog.unnest(a || '{{""}}'::text[]), pg_catalog.unnest(a[2:])) AS u(x, y),
    LATERAL (VALUES (x), (x || y)) AS v(g) WHERE g IS NOT NULL;
END
$$
"""

_UPSERT = ("INSERT INTO case_search_counts AS c (gram, status, cases) {rows} "
           "ON CONFLICT (gram, status) DO UPDATE SET cases = c.cases + excluded.cases")

PG_ROWS = [
    f"""CREATE FUNCTION keep_case_search_counts_{verb}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM {table}) THEN RETURN NULL; END IF;
      PERFORM pg_advisory_xact_lock({HISTORY_LOCK});
      {_UPSERT.format(rows=f"SELECT g, r.status, {sign}count(*) FROM {table} r, case_search_grams(r.search_text) g "
                           "GROUP BY g, r.status")};
      RETURN NULL;
    END $$""" for verb, table, sign in (("insert", "new_cases", ""), ("delete", "old_cases", "-"))
]
PG_UPDATE = f"""CREATE FUNCTION keep_case_search_counts_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_advisory_xact_lock({HISTORY_LOCK});
      {_UPSERT.format(rows="SELECT g, s, sum(n) FROM ("
                           "SELECT g, OLD.status AS s, -1 AS n FROM case_search_grams(OLD.search_text) g "
                           "UNION ALL SELECT g, NEW.status, 1 FROM case_search_grams(NEW.search_text) g) d "
                           "GROUP BY g, s HAVING sum(n) <> 0")};
      RETURN NULL;
    END $$"""
PG_TRIGGERS = [
    "CREATE TRIGGER keep_case_search_counts_insert AFTER INSERT ON complaint_case "
    "REFERENCING NEW TABLE AS new_cases FOR EACH STATEMENT EXECUTE FUNCTION keep_case_search_counts_insert()",
    "CREATE TRIGGER keep_case_search_counts_delete AFTER DELETE ON complaint_case "
    "REFERENCING OLD TABLE AS old_cases FOR EACH STATEMENT EXECUTE FUNCTION keep_case_search_counts_delete()",
    "CREATE TRIGGER keep_case_search_counts_update AFTER UPDATE OF search_text, status ON complaint_case "
    "FOR EACH ROW WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text OR OLD.status IS DISTINCT FROM NEW.status) "
    "EXECUTE FUNCTION keep_case_search_counts_update()",
]


def grams(text: str) -> set[str]:
    """``case_search_grams``: the text's characters and pairs of adjacent characters, ASCII letters
    lower-cased, and ''."""
    folded = text.translate(_ASCII_LOWER)
    found = {"", *folded}
    found.update(map(str.__add__, folded, folded[1:]))
    return found


def count_grams(rows: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """(gram, status) → cases, from (search text, status) rows."""
    by_status: dict[str, Counter] = {}
    for text, status in rows:
        by_status.setdefault(status, Counter()).update(grams(text))
    return {(gram, status): n for status, counter in by_status.items() for gram, n in counter.items()}


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    op.create_table(
        "case_search_counts",
        sa.Column("gram", sa.Text(collation="C"), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("cases", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("gram", "status", name="pk_case_search_counts"))
    for statement in (PG_GRAMS, *PG_ROWS, PG_UPDATE, *PG_TRIGGERS):
        op.execute(statement)
    texts = conn.execute(sa.text("SELECT search_text, status FROM complaint_case")
                         .execution_options(stream_results=True, yield_per=_CHUNK))
    counted = sorted(count_grams(texts).items())
    insert = sa.text("INSERT INTO case_search_counts (gram, status, cases) VALUES (:gram, :status, :cases)")
    for i in range(0, len(counted), _CHUNK):
        conn.execute(insert, [{"gram": g, "status": s, "cases": n} for (g, s), n in counted[i:i + _CHUNK]])


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for verb in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS keep_case_search_counts_{verb} ON complaint_case")
        op.execute(f"DROP FUNCTION IF EXISTS keep_case_search_counts_{verb}()")
    op.execute("DROP FUNCTION IF EXISTS case_search_grams(text)")
    op.drop_table("case_search_counts")
