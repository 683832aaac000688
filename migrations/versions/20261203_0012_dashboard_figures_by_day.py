"""dashboard figures by day

The supervisor's dashboard summed, at every opening, each payment of its period, each case received
and closed in it and the claim sums of every case: some 330,000 index entries at 100,000 cases, ten
times that for a prefecture. Four small tables now hold those sums, and the dashboard reads a few
thousand rows whatever the office's size:

- ``payments_by_day``: payments and their fen per (day paid, debtor kind, case counts);
- ``cases_received_by_day``: cases per (day received, status);
- ``cases_closed_by_day``: closed cases per (day closed, reply late, latest satisfaction);
- ``arrears_by_group``: cases with claims, their claims and fen per (debtor kind, township, status).

A missing debtor kind or satisfaction is '' (key columns are NOT NULL). Triggers keep them in step in
the transaction of every write, whoever writes (the ORM, an import, a plain SQL statement); an update
that leaves the summed columns alone does nothing. On PostgreSQL the trigger first takes the history
chain's advisory lock (complaintdesk.services.history, taken by every write that records an event):
the summary rows are only ever changed under it, so two desks cannot deadlock on them.

The overdue figures (count, by handler, by step) read one covering index: ``ix_case_status_due``
gains handler, procedure and next step; the requests awaiting a decision are found by
``ix_extension_request_status`` instead of a probe per open case.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 07:00:00
"""

from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# complaintdesk.services.history's chain lock (a migration must not import the application).
HISTORY_LOCK = 7310001


@dataclass(frozen=True)
class Summary:
    table: str
    source: str
    keys: dict[str, str]  # key column → expression over the source row "{r}"
    sums: dict[str, str]  # summed column → the row's contribution; the first one counts rows
    counts: str  # when a source row counts at all
    watched: tuple[str, ...]  # the source columns the keys, sums and condition read

    def row(self, r: str) -> tuple[list[str], list[str], str]:
        return ([e.format(r=r) for e in self.keys.values()], [e.format(r=r) for e in self.sums.values()],
                self.counts.format(r=r))


# The same definitions as complaintdesk.store.figures (which a migration must not import).
SUMMARIES = (
    Summary("payments_by_day", "payment",
            {"paid_on": "{r}.paid_on", "respondent_kind": "coalesce({r}.respondent_kind, '')",
             "case_counted": "{r}.case_counted"},
            {"payments": "1", "amount_fen": "{r}.amount"}, "1 = 1",
            ("paid_on", "respondent_kind", "case_counted", "amount")),
    Summary("cases_received_by_day", "complaint_case",
            {"received_on": "{r}.received_on", "status": "{r}.status"}, {"cases": "1"}, "1 = 1",
            ("received_on", "status")),
    Summary("cases_closed_by_day", "complaint_case",
            {"closed_on": "{r}.closed_on", "reply_late": "{r}.reply_late",
             "satisfaction": "coalesce({r}.satisfaction, '')"},
            {"cases": "1"}, "{r}.status = 'closed' AND {r}.closed_on IS NOT NULL",
            ("status", "closed_on", "reply_late", "satisfaction")),
    Summary("arrears_by_group", "complaint_case",
            {"respondent_kind": "coalesce({r}.respondent_kind, '')", "complainant_township": "{r}.complainant_township",
             "status": "{r}.status"},
            {"cases": "1", "claims": "{r}.claim_count", "claimed_fen": "{r}.claimed_fen",
             "confirmed_fen": "{r}.confirmed_fen", "paid_fen": "{r}.paid_fen"},
            "{r}.claim_count > 0",
            ("respondent_kind", "complainant_township", "status", "claim_count", "claimed_fen", "confirmed_fen",
             "paid_fen")),
)


def _add(s: Summary, r: str) -> str:
    keys, sums, counts = s.row(r)
    columns = ", ".join([*s.keys, *s.sums])
    adds = ", ".join(f"{c} = {s.table}.{c} + excluded.{c}" for c in s.sums)
    return (f"INSERT INTO {s.table} ({columns}) SELECT {', '.join([*keys, *sums])} WHERE {counts} "
            f"ON CONFLICT ({', '.join(s.keys)}) DO UPDATE SET {adds}")


def _remove(s: Summary, r: str) -> str:
    keys, sums, counts = s.row(r)
    match = " AND ".join(f"{c} = {e}" for c, e in zip(s.keys, keys, strict=True))
    subtract = ", ".join(f"{c} = {s.table}.{c} - {e}" for c, e in zip(s.sums, sums, strict=True))
    first = next(iter(s.sums))
    return (f"UPDATE {s.table} SET {subtract} WHERE {match} AND {counts}; "
            f"DELETE FROM {s.table} WHERE {match} AND {first} = 0")


def _changed(s: Summary, distinct: str) -> str:
    return " OR ".join(f"old.{c} {distinct} new.{c}" for c in s.watched)


def _sqlite_triggers(s: Summary) -> list[str]:
    return [
        f"CREATE TRIGGER {s.table}_insert AFTER INSERT ON {s.source} BEGIN {_add(s, 'new')}; END",
        f"CREATE TRIGGER {s.table}_delete AFTER DELETE ON {s.source} BEGIN {_remove(s, 'old')}; END",
        f"CREATE TRIGGER {s.table}_update AFTER UPDATE OF {', '.join(s.watched)} ON {s.source} "
        f"WHEN {_changed(s, 'IS NOT')} BEGIN {_remove(s, 'old')}; {_add(s, 'new')}; END",
    ]


def _pg_trigger(s: Summary) -> list[str]:
    return [
        f"""CREATE FUNCTION keep_{s.table}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'UPDATE' AND NOT ({_changed(s, 'IS DISTINCT FROM')}) THEN RETURN NULL; END IF;
          PERFORM pg_advisory_xact_lock({HISTORY_LOCK});
          IF TG_OP <> 'INSERT' THEN {_remove(s, 'old')}; END IF;
          IF TG_OP <> 'DELETE' THEN {_add(s, 'new')}; END IF;
          RETURN NULL;
        END $$""",
        f"CREATE TRIGGER keep_{s.table} AFTER INSERT OR DELETE OR UPDATE OF {', '.join(s.watched)} ON {s.source} "
        f"FOR EACH ROW EXECUTE FUNCTION keep_{s.table}()",
    ]


def _backfill(s: Summary) -> str:
    keys, sums, counts = s.row(s.source)
    totals = ["count(*)" if e == "1" else f"coalesce(sum({e}), 0)" for e in sums]
    return (f"INSERT INTO {s.table} ({', '.join([*s.keys, *s.sums])}) SELECT {', '.join([*keys, *totals])} "
            f"FROM {s.source} WHERE {counts} GROUP BY {', '.join(keys)}")


def _create_tables() -> None:
    day, kind, flag = sa.Date(), sa.String(length=30), sa.Boolean()
    op.create_table(
        "payments_by_day",
        sa.Column("paid_on", day, nullable=False), sa.Column("respondent_kind", kind, nullable=False),
        sa.Column("case_counted", flag, nullable=False), sa.Column("payments", sa.Integer(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("paid_on", "respondent_kind", "case_counted", name="pk_payments_by_day"))
    op.create_table(
        "cases_received_by_day",
        sa.Column("received_on", day, nullable=False), sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("cases", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("received_on", "status", name="pk_cases_received_by_day"))
    op.create_table(
        "cases_closed_by_day",
        sa.Column("closed_on", day, nullable=False), sa.Column("reply_late", flag, nullable=False),
        sa.Column("satisfaction", sa.String(length=20), nullable=False),
        sa.Column("cases", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("closed_on", "reply_late", "satisfaction", name="pk_cases_closed_by_day"))
    op.create_table(
        "arrears_by_group",
        sa.Column("respondent_kind", kind, nullable=False),
        sa.Column("complainant_township", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False), sa.Column("cases", sa.Integer(), nullable=False),
        sa.Column("claims", sa.Integer(), nullable=False), sa.Column("claimed_fen", sa.BigInteger(), nullable=False),
        sa.Column("confirmed_fen", sa.BigInteger(), nullable=False),
        sa.Column("paid_fen", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("respondent_kind", "complainant_township", "status", name="pk_arrears_by_group"))


OVERDUE_INDEX = ["status", "next_due_on", "handler_id", "procedure", "next_step"]


def upgrade() -> None:
    _create_tables()
    postgres = op.get_bind().dialect.name == "postgresql"
    for s in SUMMARIES:
        op.execute(_backfill(s))
        for statement in _pg_trigger(s) if postgres else _sqlite_triggers(s):
            op.execute(statement)
    # Plain DROP/CREATE INDEX (no batch copy of complaint_case: its rows cascade).
    op.drop_index("ix_case_status_due", table_name="complaint_case")
    op.create_index("ix_case_status_due", "complaint_case", OVERDUE_INDEX)
    op.create_index("ix_extension_request_status", "extension_request", ["status", "case_id"])


def downgrade() -> None:
    op.drop_index("ix_extension_request_status", table_name="extension_request")
    op.drop_index("ix_case_status_due", table_name="complaint_case")
    op.create_index("ix_case_status_due", "complaint_case", ["status", "next_due_on"])
    postgres = op.get_bind().dialect.name == "postgresql"
    for s in SUMMARIES:
        if postgres:
            op.execute(f"DROP TRIGGER IF EXISTS keep_{s.table} ON {s.source}")
            op.execute(f"DROP FUNCTION IF EXISTS keep_{s.table}()")
        else:
            for verb in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {s.table}_{verb}")
        op.drop_table(s.table)
