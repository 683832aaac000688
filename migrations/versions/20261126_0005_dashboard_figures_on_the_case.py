"""dashboard figures on the case

The supervisor's dashboard groups 100,000 cases and 300,000 claims in well under a second only if
it does not join them: each case carries its complainant's township, its claims' count and sums,
whether its reply clock was met late and its latest follow-up satisfaction; each payment carries
its case's debtor kind and whether that case counts (not refused). complaintdesk.services.case_index
keeps them in step on every write; narrow covering indexes serve each aggregate.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 05:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CASE_INDEXES = {
    "ix_case_received_status": ["received_on", "status"],
    "ix_case_closed": ["status", "closed_on", "reply_late", "satisfaction"],
    "ix_case_arrears": ["respondent_kind", "complainant_township", "status", "received_on", "claim_count",
                        "claimed_fen", "confirmed_fen", "paid_fen"],
}

# The same definitions as complaintdesk.services.case_index (which a migration must not import).
BACKFILL_CASES = """
UPDATE complaint_case SET
  complainant_township = COALESCE((SELECT e.township FROM enterprise e WHERE e.id = complaint_case.complainant_id), ''),
  claim_count = (SELECT COUNT(*) FROM arrears_claim a WHERE a.case_id = complaint_case.id),
  claimed_fen = COALESCE((SELECT SUM(a.amount_claimed) FROM arrears_claim a WHERE a.case_id = complaint_case.id), 0),
  confirmed_fen = COALESCE((SELECT SUM(a.amount_confirmed) FROM arrears_claim a
                            WHERE a.case_id = complaint_case.id), 0),
  paid_fen = COALESCE((SELECT SUM(a.amount_paid) FROM arrears_claim a WHERE a.case_id = complaint_case.id), 0),
  reply_late = EXISTS (SELECT 1 FROM case_deadline d WHERE d.case_id = complaint_case.id AND d.step = 'reply'
                       AND d.met_on IS NOT NULL AND d.due_on IS NOT NULL AND d.met_on > d.due_on),
  satisfaction = (SELECT f.satisfaction FROM follow_up f WHERE f.case_id = complaint_case.id
                  ORDER BY f.called_on DESC, f.id DESC LIMIT 1)
"""

BACKFILL_PAYMENTS = """
UPDATE payment SET
  respondent_kind = (SELECT k.respondent_kind FROM complaint_case k JOIN arrears_claim a ON a.case_id = k.id
                     WHERE a.id = payment.claim_id),
  case_counted = (SELECT k.status <> 'not_accepted' FROM complaint_case k JOIN arrears_claim a ON a.case_id = k.id
                  WHERE a.id = payment.claim_id)
"""


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN, as in 0004: a batch copy of complaint_case would cascade-delete.
    op.add_column("complaint_case", sa.Column("complainant_township", sa.String(length=100), nullable=False,
                                              server_default=""))
    op.add_column("complaint_case", sa.Column("claim_count", sa.Integer(), nullable=False, server_default="0"))
    for name in ("claimed_fen", "confirmed_fen", "paid_fen"):
        op.add_column("complaint_case", sa.Column(name, sa.BigInteger(), nullable=False, server_default="0"))
    op.add_column("complaint_case", sa.Column("reply_late", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("complaint_case", sa.Column("satisfaction", sa.String(length=20), nullable=True))
    op.add_column("payment", sa.Column("respondent_kind", sa.String(length=30), nullable=True))
    op.add_column("payment", sa.Column("case_counted", sa.Boolean(), nullable=False, server_default=sa.true()))
    op.execute(BACKFILL_CASES)
    op.execute(BACKFILL_PAYMENTS)
    for name, columns in CASE_INDEXES.items():
        op.create_index(name, "complaint_case", columns)
    op.create_index("ix_payment_paid", "payment", ["paid_on", "case_counted", "respondent_kind", "amount"])


def downgrade() -> None:
    op.drop_index("ix_payment_paid", table_name="payment")
    for name in CASE_INDEXES:
        op.drop_index(name, table_name="complaint_case")
    for name in ("case_counted", "respondent_kind"):
        op.drop_column("payment", name)
    for name in ("satisfaction", "reply_late", "paid_fen", "confirmed_fen", "claimed_fen", "claim_count",
                 "complainant_township"):
        op.drop_column("complaint_case", name)
