"""Imports existing arrears ledgers and forwarded complaint batches from xlsx/csv: map, dry-run every row, then all-or-nothing.

The steps, as the GUI's import dialog and ``complaintdesk-admin import`` take them:

1. ``read_table(path)`` finds the header row (title rows above it are skipped) and keeps every
   data row with the row number the user sees in the spreadsheet.
2. ``suggest_mapping(columns)`` maps fields to columns: the mapping remembered for this set of
   headings, else Chinese and English heading synonyms (``FIELDS``).
3. ``dry_run(table, mapping)`` checks every row — credit codes, dates, amounts (never through
   float), the desk's claim rules, rows that repeat each other, rows already in the database —
   and says per row and column what is wrong. Nothing is written.
4. ``run(table, mapping, file_name=...)`` repeats the checks (and those of the cases the rows add
   to: the importing user must be allowed to change them, and they must not be finished) and,
   only when no row has an error, creates enterprises, respondents, cases, claims and payments,
   with one history event ``imported`` per row ("从 FILE 第N行导入"); any error writes nothing.
   The checks and the rows to insert are built outside the write transaction; the write itself is
   one short transaction that first makes sure nobody changed the office meanwhile.

Each step is a phase in ``complaintdesk.services.importing`` (mapping, read, validate, match,
write); this module is the service over them and the import's public names. Row identity — how a
re-imported row is recognised and skipped — is described in ``importing.match``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from complaintdesk.messages import importer as msg
from complaintdesk.services.auth import Permission, require
from complaintdesk.services.case_context import CaseContext, Workplace
from complaintdesk.services.claims import check_claim
from complaintdesk.services.errors import ServiceError
from complaintdesk.services.importing.access import check_case_access
from complaintdesk.services.importing.cells import (
    BadCell,
    parse_category,
    parse_channel,
    parse_date,
    parse_int,
    parse_kind,
    parse_money,
    parse_outcome,
    parse_subject,
)
from complaintdesk.services.importing.mapping import (
    CLAIM_FIELDS,
    FIELDS,
    MAPPING_KEY_PREFIX,
    REQUIRED,
    FieldSpec,
    field_for_heading,
    mapping_key,
    mapping_problems,
    normalise_heading,
    remember_mapping,
    suggested_mapping,
    synonym_mapping,
)
from complaintdesk.services.importing.match import Plan, group_rows, match_parties, plan_import
from complaintdesk.services.importing.read import (
    HEADER_SCAN_ROWS,
    MAX_ROWS,
    ImportRow,
    ImportTable,
    read_table,
)
from complaintdesk.services.importing.report import (
    Findings,
    ImportRejected,
    ImportReport,
    ImportResult,
    RowProblem,
)
from complaintdesk.services.importing.validate import check_claims, check_rows, read_rows
from complaintdesk.services.importing.write import prepare_plan, write_prepared
from complaintdesk.services.reference import RuleBook
from complaintdesk.store.bulk import roomy_cache
from complaintdesk.store.models import Event

PLAN_ATTEMPTS = 3  # checks repeated when another desk wrote between them and the write

__all__ = [
    "CLAIM_FIELDS", "FIELDS", "HEADER_SCAN_ROWS", "MAPPING_KEY_PREFIX", "MAX_ROWS", "REQUIRED", "BadCell", "FieldSpec",
    "ImportRejected", "ImportReport", "ImportResult", "ImportRow", "ImportTable", "Importer", "RowProblem",
    "field_for_heading", "mapping_key", "normalise_heading", "parse_category", "parse_channel", "parse_date",
    "parse_int", "parse_kind", "parse_money", "parse_outcome", "parse_subject", "read_table", "synonym_mapping",
]


class Importer:
    """Ledger and batch import over one office's database (``office.importer``)."""

    def __init__(self, workplace: Workplace):
        self._work = workplace  # the database, who is acting, today

    # --- mappings ----------------------------------------------------------------------------

    def suggest_mapping(self, columns: Sequence[str]) -> dict[str, str]:
        """The mapping remembered for these headings, else one from heading synonyms."""
        with self._work.read() as s:
            return suggested_mapping(s, columns)

    def remember_mapping(self, columns: Sequence[str], mapping: dict[str, str]) -> None:
        actor = self._work.actor()
        require(actor, Permission.EDIT_CASES)
        with self._work.write() as s:
            remember_mapping(s, actor, columns, mapping)

    # --- the dry run and the import ----------------------------------------------------------

    def dry_run(self, table: ImportTable, mapping: dict[str, str]) -> ImportReport:
        """Check every row against the rules and the database; write nothing."""
        require(self._work.actor(), Permission.EDIT_CASES)
        with self._work.read() as s:
            return self._plan(self._context(s), table, mapping)[0]

    def run(self, table: ImportTable, mapping: dict[str, str], *, file_name: str | None = None) -> ImportResult:
        """Import all rows in one transaction, or none: raises ImportRejected when any row has an error.

        Every row is checked and every row to insert is built in a read transaction; the write
        transaction only inserts them (``importing.write``), so other desks wait for the write lock
        about a second, not for the whole import. It first checks that nobody changed the office
        since the checks (``office_mark``); if someone did, the checks run again (``PLAN_ATTEMPTS``
        times in all, then ServiceError OFFICE_CHANGED): what is written is what was checked.
        """
        require(self._work.actor(), Permission.EDIT_CASES)
        for _attempt in range(PLAN_ATTEMPTS):
            with self._work.read() as s:
                ctx = self._context(s)
                mark = office_mark(s)
                report, plan = self._plan(ctx, table, mapping)
                if not report.ok or plan is None:
                    raise ImportRejected(report)
                prepared = prepare_plan(ctx, plan, file_name or table.source, table.sheet)
            with self._work.write() as s:
                if office_mark(s) != mark:
                    continue  # another desk wrote meanwhile: check again against what is there now
                with roomy_cache(s):
                    ids, nos = write_prepared(s, dataclasses.replace(ctx, session=s), prepared)
                    remember_mapping(s, ctx.actor, table.columns, mapping)
            return ImportResult(report, ids, nos)
        raise ServiceError(msg.OFFICE_CHANGED, attempts=PLAN_ATTEMPTS)

    def _context(self, s: Session) -> CaseContext:
        """Who imports, the office's rules and today, inside this transaction (as the desk's checks take them)."""
        return CaseContext(s, self._work.actor(), RuleBook.load(s), self._work.today())

    @staticmethod
    def _plan(ctx: CaseContext, table: ImportTable, mapping: dict[str, str]) -> tuple[ImportReport, Plan | None]:
        """The phases up to the plan: mapping, rows read and checked, matched against the file and the database."""
        found = Findings(dict(mapping))
        for column, text in mapping_problems(mapping, table.columns):
            found.errors.append(RowProblem(None, column, text))
        if found.errors:
            return _report(table, mapping, found, None), None
        if "channel" not in mapping:
            found.warnings.append(RowProblem(None, None, msg.NO_CHANNEL_COLUMN()))
        rows = read_rows(table, mapping, found)
        check_rows(rows, ctx.rules, ctx.today, found)
        check_claims(rows, lambda inp: check_claim(ctx, inp), found)
        groups = group_rows(rows, found)
        plan = plan_import(ctx.session, groups, match_parties(ctx.session, rows, found), found)
        check_case_access(ctx.session, ctx.actor, plan, found)  # as the desk: own cases, not finished ones
        return _report(table, mapping, found, plan), plan


def office_mark(s: Session) -> tuple[int, int]:
    """What changes whenever the office's records change: every change is an event in the append-only
    history (the count catches a PostgreSQL transaction that commits an older id after a newer one)."""
    return tuple(s.execute(select(func.count(Event.id), func.coalesce(func.max(Event.id), 0))).one())


def _report(table: ImportTable, mapping: dict[str, str], found: Findings, plan: Plan | None) -> ImportReport:
    counts = {}
    if plan is not None:
        counts = dict(new_cases=plan.new_cases, extended_cases=plan.extended_cases, new_claims=plan.new_claims,
                      new_payments=plan.new_payments, new_enterprises=plan.new_enterprises(),
                      new_respondents=plan.new_respondents(),
                      unmapped_columns=tuple(c for c in table.columns if c not in set(mapping.values())))
    return ImportReport(source=table.source, sheet=table.sheet, rows=len(table.rows), mapping=dict(mapping),
                        errors=tuple(found.errors), warnings=tuple(found.warnings), skipped=tuple(found.skipped),
                        **counts)
