"""The case search index's own schema objects (migrations 0011, 0013, 0014, 0018), which the ORM models do
not declare.

SQLite: ``case_search``, an FTS5 trigram table with one row per case (rowid = case id) holding
``lower(search_text)`` and two newlines, kept in step by triggers on complaint_case; and
``case_search_terms``, its vocabulary. PostgreSQL: ``case_search_text``, one row per case (its id and its
search text as it is), kept in step by triggers on complaint_case (migration 0018: apart from the case row,
whose other writes then never reach the GIN indexes), holding the pg_trgm GIN index ``ix_case_search_trgm``
(three or more characters) and the GIN index ``ix_case_search_characters`` on
``case_search_characters(search_text)`` (one or two: migration 0013); and ``case_search_counts``, the
cases per (gram, status) of every character and pair of adjacent characters of the search texts, kept in
step by triggers (migration 0014: a search of one or two characters is counted without reading a case).
How they are queried is services.case_search's business; this module names them, checks them and
mends them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from sqlalchemy import Connection, Integer, String, Text, column, delete, insert, select, table, text

from complaintdesk.store.models import Case

case_search = table("case_search", column("rowid", Integer), column("text", Text))
case_search_terms = table("case_search_terms", column("term", Text))
case_search_text = table("case_search_text", column("case_id", Integer), column("search_text", Text))
case_search_counts = table("case_search_counts", column("gram", Text), column("status", String),
                           column("cases", Integer))

# On SQLite the FTS5 table, its vocabulary and the shadow tables FTS5 keeps; on PostgreSQL the tables and
# their indexes.
NOT_IN_MODELS = frozenset({"case_search", "case_search_terms", "case_search_data", "case_search_idx",
                           "case_search_content", "case_search_docsize", "case_search_config",
                           "ix_case_search_trgm", "ix_case_search_characters", "case_search_counts",
                           "pk_case_search_counts", "case_search_text", "pk_case_search_text",
                           "fk_case_search_text_case_id_complaint_case"})

class _IndexRows(NamedTuple):
    """Where a database's search index keeps one row per case, and what that row holds."""

    table: str
    key: str  # its column of the case id
    text: str  # its column of the indexed text
    indexed: str  # what it holds for the case ``c``, as the migrations' backfill and triggers write it
    differs: str  # the null-safe "not equal" of that database


_INDEX_ROWS = {
    "sqlite": _IndexRows("case_search", "rowid", "text", "lower(c.search_text) || char(10, 10)", "IS NOT"),
    "postgresql": _IndexRows("case_search_text", "case_id", "search_text", "c.search_text", "IS DISTINCT FROM"),
}
_CHUNK = 5000  # ids per statement


def in_models(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic's ``include_object``: autogenerate leaves the search index's objects alone."""
    return name not in NOT_IN_MODELS


def differences(conn: Connection, case_ids: Sequence[int] | None = None) -> dict[int, tuple[str | None, str | None]]:
    """Each case whose index row (SQLite: ``case_search``; PostgreSQL: ``case_search_text``) is missing or
    differs from its search text, and each index row of a case that does not exist (a write past the
    triggers): id → (what the index holds, what it should)."""
    t = _INDEX_ROWS[conn.dialect.name]
    where_case = where_row = ""
    if case_ids is not None:
        listed = ", ".join(str(int(i)) for i in case_ids) or "NULL"
        where_case, where_row = f" AND c.id IN ({listed})", f" AND s.{t.key} IN ({listed})"
    rows = conn.execute(text(
        f"SELECT c.id, s.{t.text}, {t.indexed} FROM complaint_case c LEFT JOIN {t.table} s ON s.{t.key} = c.id "
        f"WHERE s.{t.text} {t.differs} {t.indexed}{where_case} "
        f"UNION ALL SELECT s.{t.key}, s.{t.text}, NULL FROM {t.table} s "
        f"WHERE NOT EXISTS (SELECT 1 FROM complaint_case c WHERE c.id = s.{t.key}){where_row}"))
    return {row[0]: (row[1], row[2]) for row in rows}


def stale_entries(conn: Connection) -> list[int]:
    """The ids ``differences`` finds (empty when the index is in step)."""
    return sorted(differences(conn))


def repair(conn: Connection) -> int:
    """Write again the index rows ``differences`` finds; how many there were."""
    t = _INDEX_ROWS[conn.dialect.name]
    stale = sorted(differences(conn))
    for i in range(0, len(stale), _CHUNK):
        listed = ", ".join(str(case_id) for case_id in stale[i:i + _CHUNK])
        conn.execute(text(f"DELETE FROM {t.table} WHERE {t.key} IN ({listed})"))
        conn.execute(text(f"INSERT INTO {t.table} ({t.key}, {t.text}) SELECT c.id, {t.indexed} "
                          f"FROM complaint_case c WHERE c.id IN ({listed})"))
    return len(stale)


# --- PostgreSQL: the cases per gram and status (migration 0014) ---------------------------------------

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
COUNTS_TABLE = "case_search_counts"


def grams(search_text: str) -> set[str]:
    """What ``case_search_counts`` counts a case under (the migration's ``grams``, PostgreSQL's
    ``case_search_grams``): the text's characters and pairs of adjacent characters, ASCII letters
    lower-cased, and '' (every text contains it: the cases themselves)."""
    folded = search_text.translate(_ASCII_LOWER)
    found = {"", *folded}
    found.update(map(str.__add__, folded, folded[1:]))
    return found


def _fresh_counts(conn: Connection) -> dict[tuple[str, str], int]:
    """(gram, status) → cases, counted from every case's search text (streamed)."""
    by_status: dict[str, Counter] = {}
    rows: Iterable = conn.execute(select(Case.search_text, Case.status)
                                  .execution_options(stream_results=True, yield_per=_CHUNK))
    for search_text, status in rows:
        by_status.setdefault(status, Counter()).update(grams(search_text))
    return {(gram, status): n for status, counter in by_status.items() for gram, n in counter.items()}


def count_differences(conn: Connection) -> dict[str, int]:
    """PostgreSQL: how many (gram, status) rows of ``case_search_counts`` are missing, extra or wrong
    (``{"case_search_counts": n}``; empty when in step, and on SQLite, which has no such table). A row of 0
    cases is the same as none: the triggers keep such rows."""
    if conn.dialect.name != "postgresql":
        return {}
    stored = {(g, s): n for g, s, n in conn.execute(select(case_search_counts)) if n}
    fresh = _fresh_counts(conn)
    differing = sum(1 for key in stored.keys() | fresh.keys() if stored.get(key) != fresh.get(key))
    return {COUNTS_TABLE: differing} if differing else {}


def defer_counts(conn: Connection) -> None:
    """PostgreSQL: until ``rebuild_counts``, this transaction's writes leave ``case_search_counts`` alone (its
    triggers' upkeep skipped: migration 0016). Only for a bulk write that ends with ``rebuild_counts`` in the
    same transaction (the demo, a refresh of every case): their upkeep was work thrown away, and slow."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET LOCAL complaintdesk.search_counts = 'deferred'")


def rebuild_counts(conn: Connection) -> None:
    """PostgreSQL: write ``case_search_counts`` again from the search texts (its triggers' work, mended), and
    keep them in step again from here on in this transaction (after ``defer_counts``)."""
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql("SET LOCAL complaintdesk.search_counts = 'kept'")
    fresh = sorted(_fresh_counts(conn).items())
    conn.execute(delete(case_search_counts))
    for i in range(0, len(fresh), _CHUNK):
        conn.execute(insert(case_search_counts),
                     [{"gram": g, "status": s, "cases": n} for (g, s), n in fresh[i:i + _CHUNK]])
