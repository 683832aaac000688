"""Gap-free, duplicate-free numbers (case numbers, document numbers) per scope and year."""

from __future__ import annotations

from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from complaintdesk.store.models import NumberSequence


def next_number(session: Session, scope: str, year: int, count: int = 1) -> int:
    """Reserve ``count`` numbers in the caller's write transaction; return the first of them.

    One upsert statement increments the counter, so two desks can never be handed the same
    number, and a rolled-back transaction gives its numbers back (no gaps).
    """
    insert = sqlite_insert
    if session.get_bind().dialect.name == "postgresql":
        # The engine of a PostgreSQL office has loaded this dialect already; a SQLite office (a letter
        # from the command line) is spared its import, 10–20 ms.
        from sqlalchemy.dialects.postgresql import insert
    stmt = insert(NumberSequence).values(scope=scope, year=year, last_value=count)
    stmt = stmt.on_conflict_do_update(
        index_elements=[NumberSequence.scope, NumberSequence.year],
        set_={"last_value": NumberSequence.last_value + count},
    ).returning(NumberSequence.last_value)
    last = session.execute(stmt).scalar_one()
    return last - count + 1
