"""schedule save indexes

Saving a holiday schedule computes again what a changed day can reach, and both of its narrow reads went
through a whole table:

- the claims' stored due dates within 31 days after a changed day (services.claim_due_dates): without an
  index on ``arrears_claim.due_on`` every claim of the office was read to find them (320,529 claims for
  121 at 100,000 cases: 120 ms of a save on SQLite);
- the running clocks whose span holds a changed day (services.deadline_clocks): every clock, met or not,
  was read to find the running ones (106,045 for 8,363 at 100,000 cases: 70–80 ms on PostgreSQL). A
  partial index holds the running clocks alone (``met_on IS NULL``), with the columns that read needs.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03 19:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RUNNING = sa.text("met_on IS NULL")


def upgrade() -> None:
    op.create_index("ix_arrears_claim_due_on", "arrears_claim", ["due_on"])
    op.create_index("ix_case_deadline_running", "case_deadline", ["due_on", "trigger_on", "case_id", "unit"],
                    sqlite_where=RUNNING, postgresql_where=RUNNING)


def downgrade() -> None:
    op.drop_index("ix_case_deadline_running", table_name="case_deadline")
    op.drop_index("ix_arrears_claim_due_on", table_name="arrears_claim")
