"""The supervisor's summed figures (migration 0012): what each table must hold, where it does not, and mending it.

``payments_by_day``, ``cases_received_by_day``, ``cases_closed_by_day`` and ``arrears_by_group``
(store.models) are written only by the triggers migration 0012 installs on payment and complaint_case,
in the transaction of every write. Here each one's definition is a query over the rows it sums — the
same as the migration's backfill and triggers — for ``complaintdesk-admin check`` (``differences``) and
``--refresh-copies`` (``rebuild``): a write past the triggers (one dropped by hand) is found and mended.
A missing debtor kind or satisfaction is '' (``NONE``): key columns cannot be NULL.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import BigInteger, Connection, Select, Table, delete, func, insert, select, type_coerce

from complaintdesk.store.models import (
    ArrearsByGroup,
    Case,
    CasesClosedByDay,
    CasesReceivedByDay,
    Payment,
    PaymentsByDay,
)

NONE = ""  # a case without respondent (debtor kind), a closed case without follow-up call (satisfaction)


def _fen(column):
    return type_coerce(column, BigInteger)


def _sum(column):
    return func.coalesce(func.sum(column), 0)


def definitions() -> dict[Table, Select]:
    """Each summary table → the query computing its rows afresh (key columns first, in table order)."""
    kind = func.coalesce(Case.respondent_kind, NONE)
    pay_kind = func.coalesce(Payment.respondent_kind, NONE)
    satisfaction = func.coalesce(Case.satisfaction, NONE)
    return {
        PaymentsByDay.__table__: select(Payment.paid_on, pay_kind, Payment.case_counted, func.count(),
                                        _sum(_fen(Payment.amount)))
        .group_by(Payment.paid_on, pay_kind, Payment.case_counted),
        CasesReceivedByDay.__table__: select(Case.received_on, Case.status, func.count())
        .group_by(Case.received_on, Case.status),
        CasesClosedByDay.__table__: select(Case.closed_on, Case.reply_late, satisfaction, func.count())
        .where(Case.status == "closed", Case.closed_on.is_not(None))
        .group_by(Case.closed_on, Case.reply_late, satisfaction),
        ArrearsByGroup.__table__: select(kind, Case.complainant_township, Case.status, func.count(),
                                         _sum(Case.claim_count), _sum(Case.claimed_fen), _sum(Case.confirmed_fen),
                                         _sum(Case.paid_fen))
        .where(Case.claim_count > 0)
        .group_by(kind, Case.complainant_township, Case.status),
    }


def _rows(conn: Connection, stmt, keys: int) -> dict[tuple, tuple]:
    # Sums come back as int (SQLite) or Decimal (PostgreSQL), flags as bool or int: compared as ints.
    def norm(value):
        return int(value) if isinstance(value, bool | int | Decimal) else value

    return {tuple(norm(v) for v in row[:keys]): tuple(norm(v) for v in row[keys:]) for row in conn.execute(stmt)}


def differences(conn: Connection) -> dict[str, int]:
    """Per summary table out of step: how many of its rows are missing, extra or different (empty: in step)."""
    found = {}
    for table, fresh in definitions().items():
        keys = len(table.primary_key.columns)
        stored, computed = _rows(conn, select(table), keys), _rows(conn, fresh, keys)
        differing = sum(1 for key in stored.keys() | computed.keys() if stored.get(key) != computed.get(key))
        if differing:
            found[table.name] = differing
    return found


def defer(conn: Connection) -> None:
    """PostgreSQL: until ``rebuild``, this transaction's writes leave the summary tables alone (their triggers
    skipped: migration 0019). Only for a bulk write that ends with ``rebuild`` in the same transaction (the
    demo, a refresh of every case): their upkeep was work thrown away, and grew with the square of the rows."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET LOCAL complaintdesk.figures = 'deferred'")


def rebuild(conn: Connection) -> None:
    """Write every summary table again from the rows it sums, and keep them in step again from here on in this
    transaction (after ``defer``)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET LOCAL complaintdesk.figures = 'kept'")
    for table, fresh in definitions().items():
        conn.execute(delete(table))
        conn.execute(insert(table).from_select([c.name for c in table.columns], fresh))
