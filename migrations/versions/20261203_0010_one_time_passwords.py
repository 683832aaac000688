"""one-time passwords must be changed

``user_account.must_change_password``: set when an administrator gives a password (the first
administrator's at init, a new account's, ``user reset-password``); the sign-in then asks for a new
password before anything else, and clears it.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 03:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing accounts keep their passwords: only passwords given from now on are one-time.
    op.add_column("user_account", sa.Column("must_change_password", sa.Boolean(), nullable=False,
                                            server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("user_account", "must_change_password")  # not a batch copy (see 0006)
