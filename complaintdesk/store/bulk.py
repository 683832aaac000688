"""Many rows into one table in one statement, with as little work as possible under the write lock.

A SQLite office has one write lock for the whole database: while a bulk write (an import's tens
of thousands of rows and their history) holds it, every other desk waits. So the rows are turned
into the driver's values *before* the lock is taken (``bulk_rows``: each column's bind processor
applied once per value, as SQLAlchemy would apply it) and inserted under the lock with one
``executemany`` of plain tuples (``bulk_insert``), new ids given in order (the next ids are known
while the lock is held; SQLite cannot say which RETURNING row is which in a multi-row INSERT).
PostgreSQL locks rows, not the database: there the rows go through SQLAlchemy as they are, ids
returned in order.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Dialect, Table, func, insert, select
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class BulkRows:
    """Rows of one table ready to insert; ``late`` columns (ids known only under the lock) come last.

    For SQLite ``values`` are tuples of driver values in ``early``'s order; else the mappings as given.
    """

    table: Table
    early: tuple[str, ...]
    late: tuple[str, ...]
    values: Sequence[tuple] | Sequence[Mapping[str, Any]]
    raw: bool  # ``values`` are driver values (tuples)

    def __len__(self) -> int:
        return len(self.values)


def bulk_rows(dialect: Dialect, table: Table, rows: Sequence[Mapping[str, Any]], late: Sequence[str] = ()) -> BulkRows:
    """``rows`` (each with the same keys, no primary key) prepared for ``bulk_insert`` on ``dialect``; the
    ``late`` columns are left out here and given to ``bulk_insert``."""
    late = tuple(late)
    early = tuple(name for name in rows[0] if name not in late) if rows else ()
    if dialect.name != "sqlite" or not rows:
        return BulkRows(table, early, late, list(rows), raw=False)
    processors = [_processor(dialect, table, name) for name in early]
    values = [tuple(v if p is None or v is None else p(v) for p, v in zip(processors, (row[n] for n in early),
                                                                         strict=True))
              for row in rows]
    return BulkRows(table, early, late, values, raw=True)


def _processor(dialect: Dialect, table: Table, name: str):
    return table.c[name].type.dialect_impl(dialect).bind_processor(dialect)


def bulk_insert(session: Session, rows: BulkRows, late: Sequence[tuple] = (), *,
                returning_ids: bool = True) -> list[int]:
    """Insert the rows in the session's (write) transaction, each with its ``late`` values (in the
    order of ``rows.late``); their new ids in order (``[]`` if not asked)."""
    if not rows.values:
        return []
    table = rows.table
    if rows.late and len(late) != len(rows.values):
        raise ValueError("one tuple of late values per row")
    if not rows.raw:
        params = [dict(row, **dict(zip(rows.late, extra, strict=True))) for row, extra in
                  zip(rows.values, late, strict=True)] if rows.late else list(rows.values)
        if not returning_ids:
            session.execute(insert(table), params)
            return []
        return list(session.scalars(insert(table).returning(table.c.id, sort_by_parameter_order=True), params))
    dialect = session.get_bind().dialect
    values: Sequence[tuple] = rows.values
    if rows.late:
        processors = [_processor(dialect, table, name) for name in rows.late]
        values = [(*v, *(x if p is None or x is None else p(x) for p, x in zip(processors, extra, strict=True)))
                  for v, extra in zip(values, late, strict=True)]
    names = [*rows.early, *rows.late]
    ids: list[int] = []
    if returning_ids:
        first = session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one() + 1
        ids = list(range(first, first + len(values)))
        names = ["id", *names]
        values = [(i, *v) for i, v in zip(ids, values, strict=True)]
    quote = dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
           f"VALUES ({', '.join('?' * len(names))})")
    session.connection().exec_driver_sql(sql, list(values))
    return ids


@contextmanager
def roomy_cache(session: Session, megabytes: int = 64) -> Iterator[None]:
    """A larger page cache for this (SQLite) write transaction, the usual one again after it: a bulk insert
    then keeps its pages in memory instead of spilling them to the WAL while it holds the lock."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    conn = session.connection()
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = {-int(megabytes) * 1024}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")
