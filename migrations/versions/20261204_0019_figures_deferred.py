"""summed figures deferred by a bulk write

PostgreSQL: migration 0012's row triggers keep the supervisor's summed figures (``payments_by_day``,
``cases_received_by_day``, ``cases_closed_by_day``, ``arrears_by_group``) in step with every write. A bulk write
that rewrites those tables afterwards anyway (``complaintdesk-admin demo``, which fills a new office, and a
refresh of every case: ``check --refresh-copies``, the demo's closing step) paid that upkeep for nothing, and
paid it dearly: a refresh of every case moves each into its group, so a million cases made a million upserts
into 240 group rows in one transaction, whose earlier row versions cannot be cleaned up before it ends — each
upsert of a row then finds all of them (one row upserted 5,000 times: 0.4 s; 40,000 times: 19 s). A
1,000,000-case demo office did not finish its closing refresh.

Such a write now says so for its own transaction, ``SET LOCAL complaintdesk.figures = 'deferred'``
(``store.figures.defer``), as migration 0016 lets it say for the search counts: the triggers' ``WHEN`` is then
false and no row event is even queued; ``figures.rebuild`` writes the tables afresh at the end of the same
transaction and sets the upkeep back on for the rest of it. The figures are a dashboard's shortcut, not a
record, and ``complaintdesk-admin check`` compares them with the rows they sum.

SQLite needs nothing: its triggers cost a write per row, with no row versions left behind.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04 05:00:00
"""

import re
from collections.abc import Sequence

from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGERS = ("keep_payments_by_day", "keep_cases_received_by_day", "keep_cases_closed_by_day",
            "keep_arrears_by_group")
KEPT = "pg_catalog.current_setting('complaintdesk.figures', true) IS DISTINCT FROM 'deferred'"
_WHEN = re.compile(r" WHEN \(.*\) EXECUTE ")


def _redefine(change) -> None:
    """Each trigger made again from its own definition as PostgreSQL prints it, changed by ``change``."""
    bind = op.get_bind()
    for name in TRIGGERS:
        table, definition = bind.exec_driver_sql(
            "SELECT c.relname, pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE t.tgname = %(name)s AND c.relnamespace = 'public'::regnamespace", {"name": name}).one()
        op.execute(f"DROP TRIGGER {name} ON {table}")
        op.execute(change(definition))


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _redefine(lambda definition: definition.replace(" EXECUTE ", f" WHEN ({KEPT}) EXECUTE ", 1))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _redefine(lambda definition: _WHEN.sub(" EXECUTE ", definition, count=1))
