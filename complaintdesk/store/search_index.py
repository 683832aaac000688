"""The case search index's own schema objects (migration 0011), which the ORM models do not declare.

SQLite: ``case_search``, an FTS5 trigram table with one row per case (rowid = case id) holding
``lower(search_text)`` and two newlines, kept in step by triggers on complaint_case; and
``case_search_terms``, its vocabulary. PostgreSQL: the pg_trgm GIN index ``ix_case_search_trgm`` (three
or more characters) and the GIN index ``ix_case_search_characters`` on
``case_search_characters(search_text)`` (one or two: migration 0013).
How they are queried is services.case_search's business; this module names them, checks them and
mends them.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, Integer, Text, column, table, text

case_search = table("case_search", column("rowid", Integer), column("text", Text))
case_search_terms = table("case_search_terms", column("term", Text))

# On SQLite the FTS5 table, its vocabulary and the shadow tables FTS5 keeps; on PostgreSQL the index.
NOT_IN_MODELS = frozenset({"case_search", "case_search_terms", "case_search_data", "case_search_idx",
                           "case_search_content", "case_search_docsize", "case_search_config",
                           "ix_case_search_trgm", "ix_case_search_characters"})

# What the index holds for a case: as the migration's backfill and triggers write it.
_INDEXED = "lower(c.search_text) || char(10, 10)"
_CHUNK = 5000  # ids per statement


def in_models(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic's ``include_object``: autogenerate leaves the search index's objects alone."""
    return name not in NOT_IN_MODELS


def differences(conn: Connection, case_ids: Sequence[int] | None = None) -> dict[int, tuple[str | None, str | None]]:
    """SQLite: each case whose index row is missing or differs from its search text, and each index row of
    a case that does not exist (a write past the triggers): id → (what the index holds, what it should)."""
    where_case = where_row = ""
    if case_ids is not None:
        listed = ", ".join(str(int(i)) for i in case_ids) or "NULL"
        where_case, where_row = f" AND c.id IN ({listed})", f" AND s.rowid IN ({listed})"
    rows = conn.execute(text(
        f"SELECT c.id, s.text, {_INDEXED} FROM complaint_case c LEFT JOIN case_search s ON s.rowid = c.id "
        f"WHERE s.text IS NOT {_INDEXED}{where_case} "
        "UNION ALL SELECT s.rowid, s.text, NULL FROM case_search s "
        f"WHERE s.rowid NOT IN (SELECT id FROM complaint_case){where_row}"))
    return {row[0]: (row[1], row[2]) for row in rows}


def stale_entries(conn: Connection) -> list[int]:
    """SQLite: the ids ``differences`` finds (empty when the index is in step)."""
    return sorted(differences(conn))


def repair(conn: Connection) -> int:
    """SQLite: write again the index rows ``differences`` finds; how many there were."""
    stale = sorted(differences(conn))
    for i in range(0, len(stale), _CHUNK):
        listed = ", ".join(str(case_id) for case_id in stale[i:i + _CHUNK])
        conn.execute(text(f"DELETE FROM case_search WHERE rowid IN ({listed})"))
        conn.execute(text(f"INSERT INTO case_search (rowid, text) SELECT c.id, {_INDEXED} FROM complaint_case c "
                          f"WHERE c.id IN ({listed})"))
    return len(stale)

