"""case list columns and indexes

The case list reads complaint_case alone: the parties' names, the debtor's kind, the handler's
name, a search text and a non-null due-date sort key are copied onto the case (kept in step by
complaintdesk.services.case_index) and indexed for every sort, so that a screen of rows out of
100,000 is found on an index instead of by joining and sorting the whole table.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 03:14:52
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "ix_case_complainant_name": ["complainant_name", "id"],
    "ix_case_due_sort": ["due_sort", "id"],
    "ix_case_handler_name": ["handler_name", "id"],
    "ix_case_respondent_name": ["respondent_name", "id"],
    "ix_case_status_due_sort": ["status", "due_sort", "id"],
    "ix_case_status_id": ["status", "id"],
}

BACKFILL = """
UPDATE complaint_case SET
  complainant_name = COALESCE((SELECT e.name FROM enterprise e WHERE e.id = complaint_case.complainant_id), ''),
  respondent_name = COALESCE((SELECT r.name FROM respondent r WHERE r.id = complaint_case.respondent_id), ''),
  respondent_kind = (SELECT r.kind FROM respondent r WHERE r.id = complaint_case.respondent_id),
  handler_name = COALESCE((SELECT u.display_name FROM user_account u WHERE u.id = complaint_case.handler_id), ''),
  due_sort = COALESCE(next_due_on, '9999-12-31'),
  search_text = case_no
    || ' | ' || COALESCE((SELECT e.name FROM enterprise e WHERE e.id = complaint_case.complainant_id), '')
    || ' | ' || COALESCE((SELECT e.uscc FROM enterprise e WHERE e.id = complaint_case.complainant_id), '')
    || ' | ' || COALESCE((SELECT r.name FROM respondent r WHERE r.id = complaint_case.respondent_id), '')
    || ' | ' || COALESCE((SELECT r.uscc FROM respondent r WHERE r.id = complaint_case.respondent_id), '')
    || ' | ' || COALESCE(source_ref, '') || ' | ' || summary
"""


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN (no batch copy): recreating complaint_case would cascade-delete
    # its deadlines and claims while foreign keys are on.
    op.add_column("complaint_case", sa.Column("due_sort", sa.Date(), nullable=False, server_default="9999-12-31"))
    for name, length in (("complainant_name", 200), ("respondent_name", 200), ("handler_name", 100)):
        op.add_column("complaint_case", sa.Column(name, sa.String(length=length), nullable=False, server_default=""))
    op.add_column("complaint_case", sa.Column("respondent_kind", sa.String(length=30), nullable=True))
    op.add_column("complaint_case", sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
    op.execute(BACKFILL)
    op.drop_index("ix_case_received", table_name="complaint_case")
    op.create_index("ix_case_received", "complaint_case", ["received_on", "id"])
    for name, columns in INDEXES.items():
        op.create_index(name, "complaint_case", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="complaint_case")
    op.drop_index("ix_case_received", table_name="complaint_case")
    op.create_index("ix_case_received", "complaint_case", ["received_on"])
    for name in ("search_text", "respondent_kind", "handler_name", "respondent_name", "complainant_name", "due_sort"):
        op.drop_column("complaint_case", name)
