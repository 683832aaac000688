"""letter templates and document number series

The office's edited copies of the letter templates get their own table (a kind without a row
prints from the default shipped in resources/letters). A document number belongs to a series —
the office's code (机关代字) and the year — rather than to a kind: kinds that share a code share
its counter, so two documents can never carry the same number. ``replaces_id`` becomes unique:
a document is corrected at most once (a later correction corrects the correction). An issued
document is frozen: like the history, the database itself refuses UPDATE and DELETE on it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 02:46:39.750084
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FROZEN = "issued documents are frozen"


def upgrade() -> None:
    op.create_table('letter_template',
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('definition', sa.Text(), nullable=False),
    sa.Column('template_version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['updated_by_id'], ['user_account.id'], name=op.f('fk_letter_template_updated_by_id_user_account')),
    sa.PrimaryKeyConstraint('kind', name=op.f('pk_letter_template'))
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.add_column(sa.Column('series', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('template_version', sa.Integer(), nullable=True))

    # No release could issue documents before this revision; should a row exist all the same, its
    # series is the part of its number before 〔year〕.
    document = sa.table('document', sa.column('id', sa.Integer), sa.column('doc_no', sa.String),
                        sa.column('series', sa.String))
    bind = op.get_bind()
    for row_id, doc_no in bind.execute(sa.select(document.c.id, document.c.doc_no)).all():
        bind.execute(document.update().where(document.c.id == row_id)
                     .values(series=doc_no.split('〔')[0][:40]))

    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.alter_column('series', existing_type=sa.String(length=40), nullable=False)
        batch_op.drop_constraint(batch_op.f('uq_document_kind_year_seq'), type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_document_replaces_id'), ['replaces_id'])
        batch_op.create_unique_constraint('uq_document_series_year_seq', ['series', 'year', 'seq'])

    if bind.dialect.name == 'postgresql':
        op.execute(f"""
            CREATE FUNCTION document_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION '{FROZEN}'; END $$;
        """)
        op.execute("CREATE TRIGGER document_no_update BEFORE UPDATE OR DELETE ON document "
                   "FOR EACH ROW EXECUTE FUNCTION document_frozen()")
    else:
        for verb in ('UPDATE', 'DELETE'):
            op.execute(f"CREATE TRIGGER document_no_{verb.lower()} BEFORE {verb} ON document "
                       f"BEGIN SELECT RAISE(ABORT, '{FROZEN}'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("DROP TRIGGER IF EXISTS document_no_update ON document")
        op.execute("DROP FUNCTION IF EXISTS document_frozen()")
    else:
        op.execute("DROP TRIGGER IF EXISTS document_no_update")
        op.execute("DROP TRIGGER IF EXISTS document_no_delete")
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_constraint('uq_document_series_year_seq', type_='unique')
        batch_op.drop_constraint(batch_op.f('uq_document_replaces_id'), type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_document_kind_year_seq'), ['kind', 'year', 'seq'])
        batch_op.drop_column('template_version')
        batch_op.drop_column('series')

    op.drop_table('letter_template')
