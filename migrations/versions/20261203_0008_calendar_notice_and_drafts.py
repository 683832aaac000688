"""official holiday schedules name their notice's date; incomplete schedules are kept as drafts

An official schedule (DOMAIN.md §3) names the State Council General Office's notice — its number in
``calendar_year.source``, its date in the new ``notice_date`` (NULL for the years shipped with the
program) — and contains every statutory holiday of its year. A schedule saved without them goes to
``calendar_draft``: kept to be finished, never counted with, so that the year stays provisional.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN (never a batch copy: calendar_day hangs off calendar_year with ON DELETE CASCADE).
    op.add_column("calendar_year", sa.Column("notice_date", sa.Date(), nullable=True))
    op.create_table(
        "calendar_draft",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("days", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("notice_date", sa.Date(), nullable=True),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("saved_by", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_calendar_draft")),
    )


def downgrade() -> None:
    op.drop_table("calendar_draft")
    op.drop_column("calendar_year", "notice_date")  # not a batch copy (see upgrade)
