"""Official letters of a case: their data from the record, drafts, numbered frozen issues, batches, templates, the dossier.

Issuing is one write transaction: the next number of the kind's series is taken, the letter is
rendered with it, its PDF bytes and SHA-256 are stored and a history event is written. Whatever
fails (an incomplete letter, a render error, a lost connection) rolls the whole of it back, the
number included, so numbers have neither gaps nor duplicates however many desks issue at once.
An issued document is never changed again (the database refuses it): re-printing returns the
stored bytes, and a correction is a new document that names the one it replaces.
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from complaintdesk import clock
from complaintdesk.documents import (
    KIND_LABELS,
    TEMPLATE_KINDS,
    FontSet,
    LetterData,
    LetterTemplate,
    RenderedDocument,
    TemplateError,
    load_template,
    render_letter,
    validate_template,
)
from complaintdesk.documents.fonts import resolve as resolve_fonts
from complaintdesk.domain.vocabulary import CaseStatus
from complaintdesk.messages import Text
from complaintdesk.messages import documents as msg
from complaintdesk.services import history, letter_summary
from complaintdesk.services.auth import Permission, PermissionDenied, allows, require
from complaintdesk.services.case_view import load_detail
from complaintdesk.services.desk_types import CaseDetail
from complaintdesk.services.document_facts import short_citation
from complaintdesk.services.errors import ConflictError, ServiceError
from complaintdesk.services.letter_checks import (
    FONT_KEY,
    ISSUING_ACTIONS,
    MAX_PREFIX_LENGTH,
    PREFIX_KEY,
    IssuedDocument,
    LetterIncomplete,
    OfficeIdentityIncomplete,
    UnprintableCharacters,
    check_frozen_copy,
    check_kind,
    draft_warnings,
    due_before_last_extension,
    font_config,
    issue_record,
    issued_document,
    number_prefix,
    office_identity_warning,
    quotes_summary,
    render_numbered,
    require_office_identity,
    require_printable,
    require_printed,
    template_of,
)
from complaintdesk.services.letter_mappers import build_letter_data
from complaintdesk.services.numbering import next_number
from complaintdesk.services.reference import RuleBook, get_settings
from complaintdesk.store.models import (
    ArrearsClaim,
    Case,
    CaseDeadline,
    ClockStop,
    Document,
    Event,
    ExtensionRequest,
    User,
)
from complaintdesk.store.models import LetterTemplate as TemplateRow
from complaintdesk.store.types import utcnow

if TYPE_CHECKING:
    from complaintdesk.documents.dossier import RenderedDossier
    from complaintdesk.services.case_context import Workplace

# A batch does not send a debtor a second supervision letter on the same case within this many days.
SUPERVISION_INTERVAL_DAYS = 30
SQLITE_BATCH_PAUSE = 0.02  # seconds between a batch's letters (see batch_supervision)
# Statuses in which a supervision letter may go out (domain.workflow: SUPERVISION_LETTER).
SUPERVISION_STATUSES = (CaseStatus.IN_HANDLING.value, CaseStatus.TRANSFERRED.value)


# --- results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SkippedCase:
    case_id: int
    case_no: str
    reason: Text


@dataclass(frozen=True)
class BatchResult:
    """What a batch did: the letters issued (each committed on its own), the cases left out and why."""

    issued: tuple[IssuedDocument, ...]
    skipped: tuple[SkippedCase, ...]
    total: int
    cancelled: bool = False


@dataclass(frozen=True)
class TemplateInfo:
    """A kind's template as the office uses it now: its edited copy, or the shipped default."""

    kind: str
    label: str
    template: LetterTemplate
    definition: dict[str, Any]  # the JSON form an administrator edits
    customised: bool
    row_version: int | None = None  # pass back to save_template to detect a concurrent edit
    updated_at: datetime | None = None
    updated_by: str | None = None


# --- the service ------------------------------------------------------------------------------


def _document_query():
    issuer = aliased(User)
    successor = aliased(Document)
    return (select(Document.id, Document.case_id, Document.kind, Document.doc_no, Document.title, Document.issued_on,
                   Document.issued_at, issuer.display_name, Document.sha256, Document.page_count,
                   Document.template_version, Document.replaces_id, successor.id)
            .outerjoin(issuer, issuer.id == Document.issued_by_id)
            .outerjoin(successor, successor.replaces_id == Document.id))


_issued = issued_document
_check_kind = check_kind


class DocumentService:
    """Letters, issued documents, templates and the dossier of the office's cases."""

    def __init__(self, work: Workplace, settings: Callable[[], Mapping[str, Any]]):
        self._work = work
        self._today = work.today
        self._settings = settings  # the office's settings as they stand (documents.*, office.*)

    # --- plumbing ----------------------------------------------------------------------------

    def fonts(self, settings: Mapping[str, Any] | None = None) -> FontSet:
        """The fonts letters are set in: ``documents.fonts`` / ``documents.font_path`` where configured, the
        other roles found on this computer by family name (cached per process)."""
        settings = self._settings() if settings is None else settings
        return resolve_fonts(settings)

    @staticmethod
    def _template_in(session: Session, kind: str) -> LetterTemplate:
        row = session.get(TemplateRow, kind)
        return template_of(kind, None if row is None else row.definition)

    def _letter_in(self, session: Session, case_id: int, kind: str, issued_on: date
                   ) -> tuple[LetterData, list[Text], CaseDetail, RuleBook]:
        rules = RuleBook.load(session)
        detail = load_detail(session, case_id, self._work.actor(), rules, issued_on)
        if detail is None:
            raise ServiceError(msg.CASE_NOT_FOUND, case_id=case_id)
        phone = None
        if detail.handler_id is not None:
            phone = session.execute(select(User.phone).where(User.id == detail.handler_id)).scalar()
        data, warnings = build_letter_data(detail, kind, rules.settings, issued_on=issued_on, calendar=rules.calendar,
                                           handler_phone=phone or "",
                                           original_due=self._due_before_last_extension(session, case_id, rules))
        return data, warnings, detail, rules

    @staticmethod
    def _due_before_last_extension(session: Session, case_id: int, rules: RuleBook) -> date | None:
        """The due date the last approved extension moved (printed as 原办理期限 in an extension notice)."""
        grants = session.execute(select(ExtensionRequest).where(
            ExtensionRequest.case_id == case_id, ExtensionRequest.status == "approved")
            .order_by(ExtensionRequest.id)).scalars().all()
        if not grants:
            return None
        step = grants[-1].step
        row = session.execute(select(CaseDeadline).where(CaseDeadline.case_id == case_id,
                                                         CaseDeadline.step == step)).scalar()
        if row is None:
            return None
        stops = session.execute(select(ClockStop).where(ClockStop.case_id == case_id, ClockStop.step == step)
                                .order_by(ClockStop.stopped_on, ClockStop.id)).scalars().all() if row.stoppable else []
        return due_before_last_extension(grants, row, stops, rules.calendar)

    @staticmethod
    def _apply_overrides(data: LetterData, overrides: Mapping[str, Any] | None) -> LetterData:
        if not overrides:
            return data
        known = {f.name for f in dataclasses.fields(LetterData)} - {"office", "doc_no", "issued_on"}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise ServiceError(msg.UNKNOWN_LETTER_FIELDS, fields=tuple(unknown))
        return dataclasses.replace(data, **overrides)

    def _check_issuer(self, session: Session, case_id: int) -> Case:
        actor = self._work.actor()
        require(actor, Permission.ISSUE_DOCUMENTS)
        case = session.get(Case, case_id, with_for_update=True)  # see case_context.lock_case
        if case is None:
            raise ServiceError(msg.CASE_NOT_FOUND, case_id=case_id)
        if case.handler_id not in (None, actor.user_id) and not allows(actor, Permission.EDIT_ANY_CASE):
            raise PermissionDenied(msg.NOT_YOUR_CASE, username=actor.display_name)
        return case

    # --- letters -----------------------------------------------------------------------------

    def letter_data(self, case_id: int, kind: str, *, as_of: date | None = None,
                    overrides: Mapping[str, Any] | None = None) -> LetterData:
        """What a ``kind`` letter of the case would print today (or ``as_of``); ``overrides`` replaces
        fields for a preview (e.g. the reply text typed in a dialog before the reply is recorded)."""
        _check_kind(kind)
        with self._work.db.read() as session:
            data, _warnings, _detail, _rules = self._letter_in(session, case_id, kind, as_of or self._today())
        return self._apply_overrides(data, overrides)

    def draft(self, case_id: int, kind: str, *, as_of: date | None = None,
              overrides: Mapping[str, Any] | None = None) -> RenderedDocument:
        """The letter watermarked 草稿, without a number; nothing is stored. Its warnings list every
        blank (＿＿＿＿) issuing would refuse, every character the font lacks and, first, the office's
        identity fields still to fill in (issuing refuses them: OfficeIdentityIncomplete)."""
        _check_kind(kind)
        with self._work.db.read() as session:
            data, warnings, detail, rules = self._letter_in(session, case_id, kind, as_of or self._today())
            template = self._template_in(session, kind)
        rendered = render_letter(kind, self._apply_overrides(data, overrides), template=template, draft=True,
                                 fonts=self.fonts(rules.settings))
        return dataclasses.replace(rendered, warnings=draft_warnings(rules.settings, warnings, rendered,
                                                                     detail.letter_summary, overrides, template))

    def quotes_summary(self, kind: str) -> bool:
        """Whether the office's ``kind`` template prints the complaint summary (the draft then asks for it)."""
        _check_kind(kind)
        with self._work.db.read() as session:
            return quotes_summary(self._template_in(session, kind))

    def confirm_summary(self, case_id: int, text: str | None, *, expected_version: int | None = None) -> CaseDetail:
        """Store the third-person wording of the complaint that letters quote (services.letter_summary)."""
        return letter_summary.confirm(self._work, case_id, text, expected_version=expected_version)

    def issue(self, case_id: int, kind: str, *, replaces_id: int | None = None,
              allow_gaps: bool = False) -> IssuedDocument:
        """Number, render, freeze and record one letter (one transaction).

        A letter that would print blanks for missing facts is refused (LetterIncomplete naming them)
        unless ``allow_gaps``: a frozen public document with a blank in it can only be mended by a
        correction under a new number. ``replaces_id``: this letter corrects that (same case, same kind).
        While the office's identity has empty or placeholder fields nothing is issued, whatever
        ``allow_gaps`` says (OfficeIdentityIncomplete, raised before a number is drawn)."""
        _check_kind(kind)
        require(self._work.actor(), Permission.ISSUE_DOCUMENTS)
        fonts = self.fonts()  # found and registered before the write lock is taken
        with self._work.db.write() as session:
            return self._issue_in(session, case_id, kind, replaces_id=replaces_id, allow_gaps=allow_gaps,
                                  fonts=fonts)

    def _issue_in(self, session: Session, case_id: int, kind: str, *, replaces_id: int | None, allow_gaps: bool,
                  fonts: FontSet) -> IssuedDocument:
        actor = self._work.actor()
        case = self._check_issuer(session, case_id)
        issued_on = self._today()
        data, warnings, _detail, rules = self._letter_in(session, case_id, kind, issued_on)
        require_office_identity(rules.settings)  # before a number is drawn
        replaced = None
        if replaces_id is not None:
            replaced = session.get(Document, replaces_id)
            if replaced is None or replaced.case_id != case_id:
                raise ServiceError(msg.CORRECTION_NOT_OF_CASE, field="replaces_id")
            if replaced.kind != kind:
                raise ServiceError(msg.CORRECTION_OTHER_KIND, field="replaces_id", kind=msg.KIND_NAMES[replaced.kind])
            successor = session.execute(select(Document.doc_no).where(Document.replaces_id == replaces_id)).scalar()
            if successor is not None:
                raise ServiceError(msg.ALREADY_CORRECTED, field="replaces_id", doc_no=replaced.doc_no,
                                   successor=successor)
            data = dataclasses.replace(data, replaces_doc_no=replaced.doc_no)
        template = self._template_in(session, kind)
        prefix = number_prefix(rules.settings, kind)
        letter = render_numbered(kind, data, template, fonts, prefix, issued_on,
                                 lambda series, year: next_number(session, series, year), allow_gaps=allow_gaps)
        year, seq, doc_no, rendered, title = letter.year, letter.seq, letter.doc_no, letter.rendered, letter.title
        document = Document(case_id=case_id, kind=kind, series=prefix, year=year, seq=seq, doc_no=doc_no, title=title,
                            issued_on=issued_on, issued_by_id=actor.user_id, pdf=rendered.pdf, sha256=rendered.sha256,
                            page_count=rendered.page_count, template_version=rendered.template_version,
                            replaces_id=replaces_id)
        session.add(document)
        try:
            session.flush()
        except IntegrityError as exc:  # another desk corrected the same document a moment ago
            raise ConflictError(msg.NUMBER_CLASHED) from exc
        case.updated_at = utcnow()  # other desks showing the case reload it and see the new document
        action, summary, changes = issue_record(kind, doc_no, rendered, replaced.doc_no if replaced else None)
        history.record(session, actor, entity="document", entity_id=document.id, case_id=case_id,
                       action=action, summary=summary, changes=changes)
        all_warnings = tuple(dict.fromkeys([*warnings, *rendered.warnings]))
        return IssuedDocument(id=document.id, case_id=case_id, kind=kind, doc_no=doc_no, title=title,
                              issued_on=issued_on, issued_at=document.issued_at, issued_by=actor.display_name,
                              sha256=rendered.sha256, page_count=rendered.page_count,
                              template_version=rendered.template_version, replaces_id=replaces_id,
                              warnings=all_warnings)

    # --- issued documents --------------------------------------------------------------------

    def documents(self, case_id: int) -> list[IssuedDocument]:
        """The case's issued documents, oldest first."""
        with self._work.db.read() as session:
            rows = session.execute(_document_query().where(Document.case_id == case_id).order_by(Document.id)).all()
        return [_issued(row) for row in rows]

    def document(self, document_id: int) -> IssuedDocument:
        with self._work.db.read() as session:
            row = session.execute(_document_query().where(Document.id == document_id)).first()
        if row is None:
            raise ServiceError(msg.NO_SUCH_DOCUMENT)
        return _issued(row)

    def find(self, doc_no: str) -> IssuedDocument:
        """The document with this number (e.g. X工信投字〔2026〕12号)."""
        with self._work.db.read() as session:
            row = session.execute(_document_query().where(Document.doc_no == doc_no.strip())).first()
        if row is None:
            raise ServiceError(msg.NO_DOCUMENT_NUMBERED, field="doc_no", doc_no=doc_no)
        return _issued(row)

    def pdf(self, document_id: int) -> bytes:
        """The frozen PDF exactly as issued: on every read its SHA-256 is checked, and compared with what its
        issuing event recorded (``letter_checks.check_frozen_copy``)."""
        with self._work.db.read() as session:
            row = session.execute(select(Document.pdf, Document.sha256, Document.doc_no, Document.case_id)
                                  .where(Document.id == document_id)).first()
            if row is None:
                raise ServiceError(msg.NO_SUCH_DOCUMENT)
            # The case's events (indexed by case), the first that issued this document.
            issuing = session.execute(select(Event).where(
                Event.case_id == row.case_id, Event.entity == "document", Event.entity_id == document_id,
                Event.action.in_(ISSUING_ACTIONS)).order_by(Event.id).limit(1)).scalar()
        desk = history.desk_of(self._work.db)
        return check_frozen_copy(row.doc_no, bytes(row.pdf), row.sha256, issuing, desk.key if desk else None)

    def case_id_of(self, case_no: str) -> int:
        with self._work.db.read() as session:
            case_id = session.execute(select(Case.id).where(Case.case_no == case_no.strip())).scalar()
        if case_id is None:
            raise ServiceError(msg.NO_CASE_NUMBERED, field="case_no", case_no=case_no)
        return case_id

    # --- batch supervision -------------------------------------------------------------------

    def supervision_candidates(self, case_ids: Sequence[int] | None = None) -> list[int]:
        """Cases in handling whose debtor owes money past its due date (the actor's own cases for an officer)."""
        today = self._today()
        overdue = (select(ArrearsClaim.case_id).where(ArrearsClaim.amount_claimed > ArrearsClaim.amount_paid,
                                                      ArrearsClaim.due_on < today))
        query = select(Case.id).where(Case.status.in_(SUPERVISION_STATUSES), Case.id.in_(overdue),
                                      Case.respondent_id.is_not(None))
        actor = self._work.actor()
        if not allows(actor, Permission.EDIT_ANY_CASE):
            query = query.where(Case.handler_id == actor.user_id)
        if case_ids is not None:
            query = query.where(Case.id.in_(list(case_ids)))
        with self._work.db.read() as session:
            return list(session.execute(query.order_by(Case.id)).scalars())

    def batch_supervision(self, case_ids: Sequence[int] | None = None,
                          progress: Callable[[int, int], None] | None = None,
                          cancelled: Callable[[], bool] | None = None, *,
                          min_interval_days: int = SUPERVISION_INTERVAL_DAYS) -> BatchResult:
        """Issue a supervision letter on every candidate case (``case_ids`` narrows the choice), each in
        its own transaction: a cancel keeps what was issued. A case that had one within
        ``min_interval_days``, or whose letter would be incomplete, is skipped and reported.
        ``progress(done, total)`` after each case; ``cancelled()`` is asked before each one. Plain
        callables: the GUI runs this in its task helper."""
        require(self._work.actor(), Permission.ISSUE_DOCUMENTS)
        settings = self._settings()
        require_office_identity(settings)  # refused as a whole, not case by case
        fonts = self.fonts(settings)
        candidates = self.supervision_candidates(case_ids)
        total = len(candidates)
        since = self._today() - timedelta(days=min_interval_days)
        issued: list[IssuedDocument] = []
        skipped: list[SkippedCase] = []
        if progress:
            progress(0, total)
        for done, case_id in enumerate(candidates, start=1):
            if cancelled is not None and cancelled():
                return BatchResult(tuple(issued), tuple(skipped), total, cancelled=True)
            try:
                with self._work.db.write() as session:
                    recent = session.execute(select(Document.doc_no, Document.issued_on).where(
                        Document.case_id == case_id, Document.kind == "supervision", Document.issued_on > since)
                        .order_by(Document.id.desc())).first()
                    if recent is not None:
                        raise _Skip(msg.SUPERVISED_RECENTLY(day=f"{recent.issued_on:%Y-%m-%d}", doc_no=recent.doc_no))
                    issued.append(self._issue_in(session, case_id, "supervision", replaces_id=None, allow_gaps=False,
                                                 fonts=fonts))
            except _Skip as skip:
                skipped.append(SkippedCase(case_id, self._case_no(case_id), skip.text))
            except ServiceError as exc:
                skipped.append(SkippedCase(case_id, self._case_no(case_id), exc.text))
            if progress:
                progress(done, total)
            if done < total and self._work.db.dialect == "sqlite":
                # SQLite hands its write lock to whoever asks first after a commit: without a short pause
                # the batch would take it back at once, and another desk's save could time out waiting.
                time.sleep(SQLITE_BATCH_PAUSE)
        return BatchResult(tuple(issued), tuple(skipped), total)

    def _case_no(self, case_id: int) -> str:
        with self._work.db.read() as session:
            return session.execute(select(Case.case_no).where(Case.id == case_id)).scalar() or str(case_id)

    # --- templates ---------------------------------------------------------------------------

    def template(self, kind: str) -> TemplateInfo:
        _check_kind(kind)
        with self._work.db.read() as session:
            return self._template_info(session, kind)

    def templates(self) -> list[TemplateInfo]:
        with self._work.db.read() as session:
            return [self._template_info(session, kind) for kind in TEMPLATE_KINDS]

    @staticmethod
    def _template_info(session: Session, kind: str) -> TemplateInfo:
        row = session.get(TemplateRow, kind)
        if row is None:
            shipped = load_template(kind)
            return TemplateInfo(kind, KIND_LABELS[kind], shipped, shipped.to_dict(), customised=False)
        by = session.execute(select(User.display_name).where(User.id == row.updated_by_id)).scalar() \
            if row.updated_by_id else None
        try:
            template = load_template(kind, row.definition)
        except TemplateError:
            template = load_template(kind)  # shown so it can be mended; issuing refuses it (_template_in)
        return TemplateInfo(kind, KIND_LABELS[kind], template, json.loads(row.definition), customised=True,
                            row_version=row.version, updated_at=row.updated_at, updated_by=by)

    def save_template(self, kind: str, definition: Mapping[str, Any] | str,
                      expected_version: int | None = None) -> TemplateInfo:
        """Validate and store the office's copy of ``kind``'s template (administrators: MANAGE_RULES).

        Raises TemplateError naming the first problem. Each save gets the next template version,
        which every letter printed from it carries in its PDF keywords; ``expected_version`` is the
        ``row_version`` the editor loaded (ConflictError when someone saved in between)."""
        _check_kind(kind)
        actor = self._work.actor()
        require(actor, Permission.MANAGE_RULES)
        parsed = validate_template(definition, kind=kind)
        with self._work.db.write() as session:
            row = session.get(TemplateRow, kind)
            if expected_version is not None and (row.version if row else None) != expected_version:
                raise ConflictError(msg.TEMPLATE_CHANGED_MEANWHILE)
            shipped = load_template(kind)
            previous = row.definition if row else json.dumps(shipped.to_dict(), ensure_ascii=False)
            # The stored copy may be broken (this save mends it): its version is read from the row.
            version = max(parsed.version, (row.template_version if row else shipped.version) + 1)
            stored = dataclasses.replace(parsed, version=version).to_dict()
            text = json.dumps(stored, ensure_ascii=False, indent=1)
            if row is None:
                row = TemplateRow(kind=kind, definition=text, template_version=version, updated_by_id=actor.user_id)
                session.add(row)
            else:
                row.definition, row.template_version, row.updated_by_id = text, version, actor.user_id
            session.flush()
            history.record(session, actor, entity="letter_template", entity_id=None, action="template_saved",
                           summary=f"修改{KIND_LABELS[kind]}模板（第 {version} 版）",
                           changes={"kind": (None, kind), "definition": (previous, text)})
            return self._template_info(session, kind)

    # --- dossier -----------------------------------------------------------------------------

    def render_dossier(self, case_id: int) -> RenderedDossier:
        """The whole case as one PDF (parties, claims with terms and interest, deadlines, history,
        attachments with hashes, issued documents), as of today."""
        # Loaded here, not with the module: ReportLab's platypus, which only the dossier uses, would
        # add ≈ 50–100 ms to every letter from the command line.
        from complaintdesk.documents.dossier import render_dossier
        from complaintdesk.services.dossier_sections import build_dossier_data

        with self._work.db.read() as session:
            rules = RuleBook.load(session)
            detail = load_detail(session, case_id, self._work.actor(), rules, self._today())
            if detail is None:
                raise ServiceError(msg.CASE_NOT_FOUND, case_id=case_id)
            documents = [_issued(row) for row in session.execute(
                _document_query().where(Document.case_id == case_id).order_by(Document.id)).all()]
            settings = get_settings(session)
            head = history.chain_head(session)
        data = build_dossier_data(detail, documents, settings, generated_at=clock.now(),
                                  generated_by=self._work.actor().display_name, chain_head=head)
        rendered = render_dossier(data, fonts=self.fonts(settings))
        # An internal record, not a public document: made all the same, with a warning on the office's name.
        identity = office_identity_warning(settings, msg.DOSSIER_OFFICE_IDENTITY_GAPS)
        if not identity:
            return rendered
        return dataclasses.replace(rendered, warnings=tuple(dict.fromkeys([*identity, *rendered.warnings])))

    def dossier(self, case_id: int) -> bytes:
        return self.render_dossier(case_id).pdf


class _Skip(Exception):
    """A batch leaves this case out (the transaction is rolled back, the number given back)."""

    def __init__(self, text: Text):
        super().__init__(text.zh)
        self.text = text


# The checks and names a letter shares with the command line's quick path live in services.letter_checks
# (no SQLAlchemy); importable from here as before.
__all__ = [
    "FONT_KEY",
    "MAX_PREFIX_LENGTH",
    "PREFIX_KEY",
    "BatchResult",
    "DocumentService",
    "IssuedDocument",
    "LetterIncomplete",
    "OfficeIdentityIncomplete",
    "SkippedCase",
    "TemplateInfo",
    "UnprintableCharacters",
    "build_letter_data",
    "font_config",
    "number_prefix",
    "office_identity_warning",
    "quotes_summary",
    "require_office_identity",
    "require_printable",
    "require_printed",
    "short_citation",
]
