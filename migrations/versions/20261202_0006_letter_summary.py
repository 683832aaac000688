"""the complaint as letters quote it

A case's ``summary`` is the complaint in the complainant's own words ("某局拖欠我公司货款…"), which
an office's letter must not quote as its own. ``letter_summary`` is the third-person wording the
officer confirmed for letters (投诉人反映…); NULL until then, when letters print a suggested rewrite
(complaintdesk.domain.wording) with a warning.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 23:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN, as in 0004/0005: a batch copy of complaint_case would cascade-delete.
    op.add_column("complaint_case", sa.Column("letter_summary", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("complaint_case", "letter_summary")  # not a batch copy (see upgrade)
