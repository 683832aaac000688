"""the complainant's size per claim, with the figures and the date they describe

Enterprise size is fixed when the contract was signed (Payment Regulation art. 3(2)). Each claim
keeps the figures its class was worked out from (industry, employees, revenue, assets), the day those
figures describe and where they come from: ``signing`` when the officer gave figures for the
signing date, ``inferred`` when only the complainant's figures at complaint time were known
(以投诉时规模推定). Existing claims are backfilled as inferred: their class was copied from the
complainant's figures, which describe the enterprise when the case was received.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (
    ("size_industry", sa.String(length=40)),
    ("size_employees", sa.Integer()),
    ("size_revenue_wan", sa.String(length=40)),  # exact decimal text, as enterprise.revenue_wan
    ("size_assets_wan", sa.String(length=40)),
    ("size_figures_on", sa.Date()),
    ("size_source", sa.String(length=20)),  # signing | inferred
)

# Every existing claim: the complainant's figures, dated the day the complaint was received.
BACKFILL = """
UPDATE arrears_claim SET
  size_industry = (SELECT e.industry FROM complaint_case k JOIN enterprise e ON e.id = k.complainant_id
                   WHERE k.id = arrears_claim.case_id),
  size_employees = (SELECT e.employees FROM complaint_case k JOIN enterprise e ON e.id = k.complainant_id
                    WHERE k.id = arrears_claim.case_id),
  size_revenue_wan = (SELECT e.revenue_wan FROM complaint_case k JOIN enterprise e ON e.id = k.complainant_id
                      WHERE k.id = arrears_claim.case_id),
  size_assets_wan = (SELECT e.assets_wan FROM complaint_case k JOIN enterprise e ON e.id = k.complainant_id
                     WHERE k.id = arrears_claim.case_id),
  size_at_signing = COALESCE(size_at_signing,
                             (SELECT e.size_class FROM complaint_case k JOIN enterprise e ON e.id = k.complainant_id
                              WHERE k.id = arrears_claim.case_id)),
  size_figures_on = (SELECT k.received_on FROM complaint_case k WHERE k.id = arrears_claim.case_id),
  size_source = 'inferred'
"""


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN, as in 0005/0006: a batch copy of arrears_claim would cascade-delete
    # its payments and instalments.
    for name, type_ in COLUMNS:
        op.add_column("arrears_claim", sa.Column(name, type_, nullable=True))
    op.execute(BACKFILL)


def downgrade() -> None:
    for name, _ in reversed(COLUMNS):
        op.drop_column("arrears_claim", name)  # not a batch copy (see upgrade)
