"""The schema objects of a SQLite office file, and those a fresh file of the same revision has.

A backup is restored only if its tables, columns, indexes, triggers and views are exactly those the
migrations build: a trigger added to a copy of the file (``AFTER INSERT ON event … SET role='admin'``),
a view in place of a table, or a missing append-only trigger would otherwise come back with it.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
from functools import cache
from pathlib import Path

# Statistics tables (ANALYZE) change query plans only; everything else a file holds is compared.
_IGNORED = re.compile(r"sqlite_stat\d+$")
_SPACE = re.compile(r"\s+")


def _sql(text: str | None) -> str | None:
    return None if text is None else _SPACE.sub(" ", text).strip()


def _items(sql: str) -> tuple[str, tuple[str, ...]]:
    """A CREATE TABLE statement as its head and the set of its column and constraint clauses: a batch
    migration writes the constraints in an order that differs from run to run."""
    start, end = sql.find("("), sql.rfind(")")
    if start < 0 or end < start:
        return sql, ()
    items, depth, quote, current = [], 0, "", []
    for char in sql[start + 1:end]:
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"`[":
            quote = "]" if char == "[" else char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            items.append("".join(current).strip())
            current = []
            continue
        current.append(char)
    items.append("".join(current).strip())
    return f"{sql[:start].strip()} … {sql[end + 1:].strip()}", tuple(sorted(items))


def _table_shape(conn: sqlite3.Connection, name: str, sql: str) -> tuple:
    columns = tuple(conn.execute("SELECT cid, name, type, \"notnull\", dflt_value, pk, hidden "
                                 "FROM pragma_table_xinfo(?) ORDER BY cid", (name,)))
    keys: dict[int, list] = {}
    for row in conn.execute("SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete, match "
                            "FROM pragma_foreign_key_list(?) ORDER BY id, seq", (name,)):
        keys.setdefault(row[0], []).append(row[2:])
    return _items(sql), columns, tuple(sorted(tuple(k) for k in keys.values()))


def _index_columns(conn: sqlite3.Connection, name: str) -> tuple:
    return tuple(conn.execute("SELECT seqno, cid, name, \"desc\", coll, key FROM pragma_index_xinfo(?) "
                              "ORDER BY seqno", (name,)))


def schema_objects(conn: sqlite3.Connection) -> dict[str, tuple]:
    """``"type name"`` → what defines it: for a table its clauses, columns and foreign keys, for an index
    its SQL and columns (as SQLite itself reports them), for a trigger or view its SQL (whitespace folded).

    A UNIQUE constraint's own index is named by its place among the table's constraints, which a batch
    migration shuffles: it is keyed by its table and columns instead.
    """
    found: dict[str, tuple] = {}
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    for kind, name, table, sql in rows:
        if kind == "table" and _IGNORED.match(name):
            continue
        if kind == "table":
            found[f"table {name}"] = (table, _table_shape(conn, name, _sql(sql) or ""))
        elif kind == "index" and sql is None:
            columns = _index_columns(conn, name)
            found[f"index {table}({','.join(str(c[2]) for c in columns if c[5])}) automatic"] = (table, columns)
        elif kind == "index":
            found[f"index {name}"] = (table, _sql(sql), _index_columns(conn, name))
        else:
            found[f"{kind} {name}"] = (table, _sql(sql))
    return found


def differences(found: dict[str, tuple], expected: dict[str, tuple]) -> list[str]:
    """What ``found`` has that ``expected`` lacks, lacks, or has in another form, in words for a log."""
    unexpected = [f"+{key}" for key in sorted(found.keys() - expected.keys())]
    missing = [f"-{key}" for key in sorted(expected.keys() - found.keys())]
    changed = [f"~{key}" for key in sorted(found.keys() & expected.keys()) if found[key] != expected[key]]
    return unexpected + missing + changed


@cache
def reference_objects(revision: str) -> dict[str, tuple]:
    """The schema objects of a fresh file migrated to ``revision`` (built once per process and revision)."""
    from complaintdesk.store.migrate import migrate_file

    with tempfile.TemporaryDirectory(prefix="complaintdesk-schema-") as folder:
        scratch = Path(folder) / f"reference-{revision}.sqlite"
        migrate_file(scratch, revision)
        conn = sqlite3.connect(scratch)
        try:
            return schema_objects(conn)
        finally:
            conn.close()
