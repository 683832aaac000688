"""A case's letter from the command line without SQLAlchemy: the same letter, number and history, read and
written with plain ``sqlite3`` — or plain psycopg (``store.pg_plain``) for a PostgreSQL office.

``complaintdesk-admin letter`` should answer in well under half a second, and importing SQLAlchemy with
the models takes 0.3 s of it. For a SQLite office already at the current schema with its reference data
in place, this module does what ``Office.open`` and ``DocumentService.draft`` / ``issue`` / ``find`` /
``pdf`` do, statement for statement: the case's view is built by the same code (``case_detail``), the
letter's data by the same mappers, checked by the same rules (``letter_checks``), numbered, stored and
recorded in one write transaction taken at BEGIN IMMEDIATE, with the same history event and the cases'
copied columns refreshed by the same SQL as ``case_index``. Anything else — a new database, a schema
to upgrade, reference data to seed, a history to seal, another driver — returns None from ``open_quick``
(``services.quick_office``, which opens, signs in and records) and the command uses the ORM.
``tests/services/test_quick_letter.py`` holds both paths to the same PDFs and the same rows.

A PostgreSQL office (a ``postgresql+psycopg://`` URL) is opened the same way after one statement that reads
its revision, reference data, seal, replay baseline and identity at once; the statements are the SQLite
ones (``PlainPg`` turns ``?`` into psycopg's placeholders), and a write takes the history's advisory lock
(``history``'s CHAIN_LOCK) where the ORM's takes it (``quick_office.lock_chain``).
``tests/services/test_quick_letter_pg.py`` holds that path to the ORM's on PostgreSQL.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from complaintdesk import clock
from complaintdesk.documents.fonts import FontSet
from complaintdesk.documents.fonts import resolve as resolve_fonts
from complaintdesk.documents.letter_data import LetterData
from complaintdesk.documents.render import RenderedDocument, render_letter
from complaintdesk.documents.templates import LetterTemplate
from complaintdesk.domain.vocabulary import CaseStatus
from complaintdesk.messages import Text
from complaintdesk.messages import documents as msg
from complaintdesk.services.actor import Actor
from complaintdesk.services.case_detail import build_detail
from complaintdesk.services.desk_types import CaseDetail
from complaintdesk.services.errors import ConflictError, ServiceError
from complaintdesk.services.letter_checks import (
    ISSUING_ACTIONS,
    IssuedDocument,
    check_frozen_copy,
    check_kind,
    draft_warnings,
    due_before_last_extension,
    issue_record,
    issued_document,
    number_prefix,
    render_numbered,
    require_office_identity,
    template_of,
)
from complaintdesk.services.letter_mappers import build_letter_data
from complaintdesk.services.permissions import Permission, PermissionDenied, allows, require

# The office under the letter (opened, transactions, sign-in, events); open_quick and QuickOffice are
# importable from here as before.
from complaintdesk.services.quick_office import QuickOffice as QuickOffice
from complaintdesk.services.quick_office import desk_of, load_calendar, lock_chain, record_event, transaction
from complaintdesk.services.quick_office import open_quick as open_quick
from complaintdesk.services.rule_book import (
    RuleBook,
    lpr_of,
    procedures_of,
    settings_of,
)
from complaintdesk.store.plain_rows import Record, fetch, stored_time

if TYPE_CHECKING:
    from complaintdesk.services.quick_office import Plain

# The cases' copied columns, refreshed for one case as services.case_index.refresh does (the SQL its
# statements compile to on SQLite; the test compares them, so a change there fails until made here).
REFRESH_CASE_SQL = (
    "UPDATE complaint_case SET due_sort=coalesce(complaint_case.next_due_on, ?), complainant_name=coalesce("
    "(SELECT enterprise.name \nFROM enterprise \nWHERE enterprise.id = complaint_case.complainant_id), ?), "
    "respondent_name=coalesce((SELECT respondent.name \nFROM respondent \nWHERE respondent.id = "
    "complaint_case.respondent_id), ?), respondent_kind=(SELECT respondent.kind \nFROM respondent \nWHERE "
    "respondent.id = complaint_case.respondent_id), handler_name=coalesce((SELECT user_account.display_name \n"
    "FROM user_account \nWHERE user_account.id = complaint_case.handler_id), ?), search_text=("
    "complaint_case.case_no || ? || coalesce((SELECT enterprise.name \nFROM enterprise \nWHERE enterprise.id = "
    "complaint_case.complainant_id), ?) || ? || coalesce((SELECT coalesce(enterprise.uscc, ?) AS coalesce_6 \n"
    "FROM enterprise \nWHERE enterprise.id = complaint_case.complainant_id), ?) || ? || coalesce((SELECT "
    "respondent.name \nFROM respondent \nWHERE respondent.id = complaint_case.respondent_id), ?) || ? || "
    "coalesce((SELECT coalesce(respondent.uscc, ?) AS coalesce_10 \nFROM respondent \nWHERE respondent.id = "
    "complaint_case.respondent_id), ?) || ? || coalesce(complaint_case.source_ref, ?) || ? || "
    "complaint_case.summary), complainant_township=coalesce((SELECT enterprise.township \nFROM enterprise \n"
    "WHERE enterprise.id = complaint_case.complainant_id), ?), claim_count=(SELECT count(arrears_claim.id) AS "
    "count_1 \nFROM arrears_claim \nWHERE arrears_claim.case_id = complaint_case.id), claimed_fen=coalesce(("
    "SELECT sum(arrears_claim.amount_claimed) AS sum_1 \nFROM arrears_claim \nWHERE arrears_claim.case_id = "
    "complaint_case.id), ?), confirmed_fen=coalesce((SELECT sum(arrears_claim.amount_confirmed) AS sum_2 \n"
    "FROM arrears_claim \nWHERE arrears_claim.case_id = complaint_case.id), ?), paid_fen=coalesce((SELECT "
    "sum(arrears_claim.amount_paid) AS sum_3 \nFROM arrears_claim \nWHERE arrears_claim.case_id = "
    "complaint_case.id), ?), reply_late=(EXISTS (SELECT * \nFROM case_deadline \nWHERE case_deadline.case_id = "
    "complaint_case.id AND (case_deadline.step = ? OR case_deadline.step LIKE ?) AND case_deadline.met_on IS NOT "
    "NULL AND case_deadline.due_on "
    "IS NOT NULL AND case_deadline.met_on > case_deadline.due_on)), satisfaction=(SELECT follow_up.satisfaction "
    "\nFROM follow_up \nWHERE follow_up.case_id = complaint_case.id ORDER BY follow_up.called_on DESC, "
    "follow_up.id DESC\n LIMIT ? OFFSET ?), updated_at=? WHERE complaint_case.id IN (?)"
)
REFRESH_PAYMENTS_SQL = (
    "UPDATE payment SET respondent_kind=(SELECT complaint_case.respondent_kind \nFROM arrears_claim JOIN "
    "complaint_case ON complaint_case.id = arrears_claim.case_id \nWHERE arrears_claim.id = payment.claim_id), "
    "case_counted=(SELECT complaint_case.status != ? AS anon_1 \nFROM arrears_claim JOIN complaint_case ON "
    "complaint_case.id = arrears_claim.case_id \nWHERE arrears_claim.id = payment.claim_id), updated_at=? WHERE "
    "payment.claim_id IN (SELECT arrears_claim.id \nFROM arrears_claim \nWHERE arrears_claim.case_id IN (?))"
)


def refresh_case_params(case_id: int, now: str) -> tuple:
    sep = " | "
    return ("9999-12-31", "", "", "", sep, "", sep, "", "", sep, "", sep, "", "", sep, "", sep, "", 0, 0, 0, "reply",
            "reply#%", 1, 0, now, case_id)


def refresh_payments_params(case_id: int, now: str) -> tuple:
    return (CaseStatus.NOT_ACCEPTED.value, now, case_id)


# --- the case's records, read with plain SQLite ----------------------------------------------------------


class SqliteCaseRecords:
    """``case_detail.CaseRecords`` read with plain ``sqlite3`` (values converted as the ORM converts them)."""

    def __init__(self, connection: Plain):
        self.db = connection

    def _one(self, table: str, sql: str, params: Sequence[Any]) -> Record | None:
        rows = fetch(self.db, table, sql, params)
        return rows[0] if rows else None

    def case(self, case_id: int):
        case = self._one("complaint_case", "SELECT * FROM complaint_case WHERE id = ?", (case_id,))
        if case is None:
            return None
        ent = self._one("enterprise", "SELECT * FROM enterprise WHERE id = ?", (case.complainant_id,))
        if ent is None:  # the ORM's inner join finds no row either
            return None
        resp = (self._one("respondent", "SELECT * FROM respondent WHERE id = ?", (case.respondent_id,))
                if case.respondent_id is not None else None)
        handler = (self.db.execute("SELECT display_name FROM user_account WHERE id = ?", (case.handler_id,)).fetchone()
                   if case.handler_id is not None else None)
        return case, ent, resp, handler[0] if handler else None

    def clock_stops(self, case_id: int) -> list[Record]:
        return fetch(self.db, "clock_stop", "SELECT * FROM clock_stop WHERE case_id = ?", (case_id,))

    def deadlines(self, case_id: int) -> list[Record]:
        return fetch(self.db, "case_deadline", "SELECT * FROM case_deadline WHERE case_id = ? ORDER BY id", (case_id,))

    def claims(self, case_id: int) -> list[Record]:
        return fetch(self.db, "arrears_claim", "SELECT * FROM arrears_claim WHERE case_id = ? ORDER BY id", (case_id,))

    def _of_claims(self, table: str, order: str, claim_ids: Sequence[int]) -> list[Record]:
        marks = ", ".join("?" * len(claim_ids))
        return fetch(self.db, table, f"SELECT * FROM {table} WHERE claim_id IN ({marks}) ORDER BY {order}", claim_ids)

    def payments(self, claim_ids: Sequence[int]) -> list[Record]:
        return self._of_claims("payment", "paid_on, id", claim_ids)

    def instalments(self, claim_ids: Sequence[int]) -> list[Record]:
        return self._of_claims("instalment", "due_on, id", claim_ids)

    def attachments(self, case_id: int) -> list[tuple[Record, str | None]]:
        rows = fetch(self.db, "attachment", "SELECT * FROM attachment WHERE case_id = ? AND removed_at IS NULL "
                                            "ORDER BY id", (case_id,))
        names = self.user_names()
        return [(a, names.get(a.added_by_id) if a.added_by_id is not None else None) for a in rows]

    def user_names(self) -> dict[int, str]:
        return dict(self.db.execute("SELECT id, display_name FROM user_account").fetchall())

    def events(self, case_id: int) -> list[Record]:
        return fetch(self.db, "event", "SELECT * FROM event WHERE case_id = ? ORDER BY id", (case_id,))

    def extension_requests(self, case_id: int) -> list[Record]:
        return fetch(self.db, "extension_request", "SELECT * FROM extension_request WHERE case_id = ? ORDER BY id",
                     (case_id,))

    def follow_ups(self, case_id: int) -> list[Record]:
        return fetch(self.db, "follow_up", "SELECT * FROM follow_up WHERE case_id = ? ORDER BY id", (case_id,))

    def extension_pending(self, case_id: int) -> bool:
        # As case_view._extension_pending: a request for a clock round that is still running.
        return self.db.execute(
            "SELECT r.id FROM extension_request r WHERE r.case_id = ? AND r.status = 'requested' AND EXISTS "
            "(SELECT 1 FROM case_deadline d WHERE d.case_id = r.case_id AND d.step = r.step AND d.met_on IS NULL) "
            "LIMIT 1", (case_id,)).fetchone() is not None


def _settings(db: Plain) -> dict[str, Any]:
    return settings_of(db.execute("SELECT key, value FROM setting").fetchall())


def _rule_book(db: Plain) -> RuleBook:
    procedures = procedures_of(d for (d,) in db.execute("SELECT definition FROM procedure_step ORDER BY id"))
    rates = fetch(db, "lpr_rate", "SELECT effective_on, rate FROM lpr_rate ORDER BY effective_on")
    return RuleBook(load_calendar(db), procedures, lpr_of((r.effective_on, r.rate) for r in rates),
                    _settings(db))


# --- the letter --------------------------------------------------------------------------------------------


class QuickDocuments:
    """``DocumentService``'s case_id_of, draft, issue, find and pdf over one plain SQLite connection."""

    def __init__(self, db: Plain, actor: Actor, today: Callable[[], date]):
        self.db = db
        self.actor = actor
        self._today = today

    def case_id_of(self, case_no: str) -> int:
        with transaction(self.db):
            row = self.db.execute("SELECT id FROM complaint_case WHERE case_no = ?", (case_no.strip(),)).fetchone()
        if row is None:
            raise ServiceError(msg.NO_CASE_NUMBERED, field="case_no", case_no=case_no)
        return row[0]

    def _letter(self, case_id: int, kind: str, issued_on: date) -> tuple[LetterData, list[Text], CaseDetail, RuleBook]:
        rules = _rule_book(self.db)
        detail = build_detail(SqliteCaseRecords(self.db), case_id, self.actor, rules, issued_on)
        if detail is None:
            raise ServiceError(msg.CASE_NOT_FOUND, case_id=case_id)
        phone = None
        if detail.handler_id is not None:
            row = self.db.execute("SELECT phone FROM user_account WHERE id = ?", (detail.handler_id,)).fetchone()
            phone = row[0] if row else None
        data, warnings = build_letter_data(detail, kind, rules.settings, issued_on=issued_on, calendar=rules.calendar,
                                           handler_phone=phone or "",
                                           original_due=self._due_before_last_extension(case_id, rules))
        return data, warnings, detail, rules

    def _due_before_last_extension(self, case_id: int, rules: RuleBook) -> date | None:
        grants = fetch(self.db, "extension_request", "SELECT * FROM extension_request WHERE case_id = ? AND "
                                                     "status = 'approved' ORDER BY id", (case_id,))
        if not grants:
            return None
        step = grants[-1].step
        rows = fetch(self.db, "case_deadline", "SELECT * FROM case_deadline WHERE case_id = ? AND step = ?",
                     (case_id, step))
        if not rows:
            return None
        stops = fetch(self.db, "clock_stop", "SELECT * FROM clock_stop WHERE case_id = ? AND step = ? "
                                             "ORDER BY stopped_on, id", (case_id, step)) if rows[0].stoppable else []
        return due_before_last_extension(grants, rows[0], stops, rules.calendar)

    def _template(self, kind: str) -> LetterTemplate:
        row = self.db.execute("SELECT definition FROM letter_template WHERE kind = ?", (kind,)).fetchone()
        return template_of(kind, None if row is None else row[0])

    def draft(self, case_id: int, kind: str) -> RenderedDocument:
        """``DocumentService.draft(case_id, kind)``."""
        check_kind(kind)
        with transaction(self.db):
            data, warnings, detail, rules = self._letter(case_id, kind, self._today())
            template = self._template(kind)
        rendered = render_letter(kind, data, template=template, draft=True, fonts=resolve_fonts(rules.settings))
        return dataclasses.replace(rendered, warnings=draft_warnings(rules.settings, warnings, rendered,
                                                                     detail.letter_summary, None, template))

    def issue(self, case_id: int, kind: str, *, replaces_id: int | None = None,
              allow_gaps: bool = False) -> IssuedDocument:
        """``DocumentService.issue``: number, render, freeze and record one letter in one transaction."""
        check_kind(kind)
        require(self.actor, Permission.ISSUE_DOCUMENTS)
        with transaction(self.db):
            settings = _settings(self.db)
        fonts = resolve_fonts(settings)  # found and registered before the write lock is taken
        with transaction(self.db, "IMMEDIATE"):
            return self._issue_in(case_id, kind, replaces_id=replaces_id, allow_gaps=allow_gaps, fonts=fonts)

    def _check_issuer(self, case_id: int) -> Record:
        require(self.actor, Permission.ISSUE_DOCUMENTS)
        rows = fetch(self.db, "complaint_case", "SELECT * FROM complaint_case WHERE id = ?", (case_id,))
        if not rows:
            raise ServiceError(msg.CASE_NOT_FOUND, case_id=case_id)
        case = rows[0]
        if case.handler_id not in (None, self.actor.user_id) and not allows(self.actor, Permission.EDIT_ANY_CASE):
            raise PermissionDenied(msg.NOT_YOUR_CASE, username=self.actor.display_name)
        return case

    def _replaced(self, case_id: int, kind: str, replaces_id: int) -> Record:
        rows = fetch(self.db, "document", "SELECT * FROM document WHERE id = ?", (replaces_id,))
        replaced = rows[0] if rows else None
        if replaced is None or replaced.case_id != case_id:
            raise ServiceError(msg.CORRECTION_NOT_OF_CASE, field="replaces_id")
        if replaced.kind != kind:
            raise ServiceError(msg.CORRECTION_OTHER_KIND, field="replaces_id", kind=msg.KIND_NAMES[replaced.kind])
        successor = self.db.execute("SELECT doc_no FROM document WHERE replaces_id = ?", (replaces_id,)).fetchone()
        if successor is not None:
            raise ServiceError(msg.ALREADY_CORRECTED, field="replaces_id", doc_no=replaced.doc_no,
                               successor=successor[0])
        return replaced

    def _issue_in(self, case_id: int, kind: str, *, replaces_id: int | None, allow_gaps: bool,
                  fonts: FontSet) -> IssuedDocument:
        case = self._check_issuer(case_id)
        issued_on = self._today()
        data, warnings, _detail, rules = self._letter(case_id, kind, issued_on)
        require_office_identity(rules.settings)  # before a number is drawn
        replaced = None
        if replaces_id is not None:
            replaced = self._replaced(case_id, kind, replaces_id)
            data = dataclasses.replace(data, replaces_doc_no=replaced.doc_no)
        template = self._template(kind)
        prefix = number_prefix(rules.settings, kind)
        letter = render_numbered(kind, data, template, fonts, prefix, issued_on, self._next_number,
                                 allow_gaps=allow_gaps)
        year, seq, doc_no, rendered, title = letter.year, letter.seq, letter.doc_no, letter.rendered, letter.title
        issued_at = clock.now()
        document_id = self._insert_document(case_id, kind, prefix, year, seq, doc_no, title, issued_on, issued_at,
                                            rendered, replaces_id)
        lock_chain(self.db)  # where the ORM's record() takes it: after the number, before the case is touched
        self._touch_case(case)
        action, summary, changes = issue_record(kind, doc_no, rendered, replaced.doc_no if replaced else None)
        self._record(entity="document", entity_id=document_id, case_id=case_id, action=action, summary=summary,
                     changes=changes)
        self._refresh_copies(case_id)
        return IssuedDocument(id=document_id, case_id=case_id, kind=kind, doc_no=doc_no, title=title,
                              issued_on=issued_on, issued_at=issued_at, issued_by=self.actor.display_name,
                              sha256=rendered.sha256, page_count=rendered.page_count,
                              template_version=rendered.template_version, replaces_id=replaces_id,
                              warnings=tuple(dict.fromkeys([*warnings, *rendered.warnings])))

    def _next_number(self, scope: str, year: int) -> int:
        """``numbering.next_number``: one upsert under the write lock."""
        (last,) = self.db.execute(
            "INSERT INTO number_sequence (scope, year, last_value) VALUES (?, ?, ?) ON CONFLICT (scope, year) "
            "DO UPDATE SET last_value = (number_sequence.last_value + ?) RETURNING last_value",
            (scope, year, 1, 1)).fetchone()
        return last

    def _insert_document(self, case_id: int, kind: str, prefix: str, year: int, seq: int, doc_no: str, title: str,
                         issued_on: date, issued_at, rendered: RenderedDocument, replaces_id: int | None) -> int:
        try:
            (document_id,) = self.db.execute(
                "INSERT INTO document (case_id, kind, series, year, seq, doc_no, title, issued_on, issued_at, "
                "issued_by_id, pdf, sha256, page_count, template_version, replaces_id) VALUES (?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (case_id, kind, prefix, year, seq, doc_no, title, issued_on.isoformat(), stored_time(issued_at),
                 self.actor.user_id, rendered.pdf, rendered.sha256, rendered.page_count, rendered.template_version,
                 replaces_id)).fetchone()
        except self.db.IntegrityError as exc:  # another desk corrected the same document a moment ago
            raise ConflictError(msg.NUMBER_CLASHED) from exc
        return document_id

    def _touch_case(self, case: Record) -> None:
        """Other desks showing the case reload it and see the new document (the ORM's versioned update,
        which it leaves out when the stamp is the one the case already has)."""
        now = clock.now()
        if now == case.updated_at:
            return
        cursor = self.db.execute(
            "UPDATE complaint_case SET updated_at=?, version=? WHERE complaint_case.id = ? AND "
            "complaint_case.version = ?", (stored_time(now), case.version + 1, case.id, case.version))
        if cursor.rowcount != 1:  # impossible under the write lock (the ORM would raise StaleDataError)
            raise RuntimeError(f"case {case.id} changed under the write lock")

    def _record(self, *, entity: str, entity_id: int | None, case_id: int | None, action: str, summary: str,
                changes: dict[str, tuple[Any, Any]]) -> None:
        record_event(self.db, self.actor, entity=entity, entity_id=entity_id, case_id=case_id, action=action,
                     summary=summary, changes=changes)

    def _refresh_copies(self, case_id: int) -> None:
        """What ``case_index`` does before the commit of a transaction that changed the case."""
        self.db.execute(REFRESH_CASE_SQL, refresh_case_params(case_id, stored_time(clock.now())))
        self.db.execute(REFRESH_PAYMENTS_SQL, refresh_payments_params(case_id, stored_time(clock.now())))

    def find(self, doc_no: str) -> IssuedDocument:
        with transaction(self.db):
            row = self._document_row("d.doc_no = ?", doc_no.strip())
        if row is None:
            raise ServiceError(msg.NO_DOCUMENT_NUMBERED, field="doc_no", doc_no=doc_no)
        return issued_document(row)

    def _document_row(self, condition: str, value: Any) -> tuple | None:
        rows = fetch(self.db, "document", (
            "SELECT d.id, d.case_id, d.kind, d.doc_no, d.title, d.issued_on, d.issued_at, issuer.display_name AS "
            "issuer_name, d.sha256, d.page_count, d.template_version, d.replaces_id, successor.id AS successor_id "
            "FROM document AS d LEFT OUTER JOIN user_account AS issuer ON issuer.id = d.issued_by_id "
            f"LEFT OUTER JOIN document AS successor ON successor.replaces_id = d.id WHERE {condition}"), (value,))
        if not rows:
            return None
        r = rows[0]
        return (r.id, r.case_id, r.kind, r.doc_no, r.title, r.issued_on, r.issued_at, r.issuer_name, r.sha256,
                r.page_count, r.template_version, r.replaces_id, r.successor_id)

    def pdf(self, document_id: int) -> bytes:
        """``DocumentService.pdf``: the frozen PDF exactly as issued, checked against its SHA-256 and against
        what its issuing event recorded (``letter_checks.check_frozen_copy``)."""
        with transaction(self.db):
            row = self.db.execute("SELECT pdf, sha256, doc_no, case_id FROM document WHERE id = ?",
                                  (document_id,)).fetchone()
            if row is None:
                raise ServiceError(msg.NO_SUCH_DOCUMENT)
            marks = ", ".join("?" * len(ISSUING_ACTIONS))
            issuing = fetch(self.db, "event", "SELECT * FROM event WHERE case_id = ? AND entity = 'document' AND "
                            f"entity_id = ? AND action IN ({marks}) ORDER BY id LIMIT 1",
                            (row[3], document_id, *ISSUING_ACTIONS))
        desk = desk_of(self.db)
        return check_frozen_copy(row[2], bytes(row[0]), row[1], issuing[0] if issuing else None,
                                 desk.key if desk is not None else None)
