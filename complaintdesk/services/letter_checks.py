"""What a letter is checked against and how its parts are named: the rules ``DocumentService`` and a letter
from the command line (``services.quick_letter``, plain SQLite) share, with no database in them."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from complaintdesk.documents.fonts import FontConfig, FontSet
from complaintdesk.documents.fonts import font_config as fonts_for_settings
from complaintdesk.documents.glyph_check import unprintable_in_letter
from complaintdesk.documents.letter_data import LetterData
from complaintdesk.documents.render import RenderedDocument
from complaintdesk.documents.templates import (
    KIND_LABELS,
    PLACEHOLDERS,
    TEMPLATE_KINDS,
    LetterTemplate,
    TemplateError,
    load_template,
    placeholder_term,
    placeholders_in,
)
from complaintdesk.domain.calendar import WorkCalendar
from complaintdesk.domain.deadlines import ClockStop as StopSpan
from complaintdesk.domain.deadlines import Extension, compute_deadline
from complaintdesk.messages import Message, Text
from complaintdesk.messages import documents as msg
from complaintdesk.messages import history as history_msg
from complaintdesk.services.case_detail import rule_of
from complaintdesk.services.errors import ServiceError
from complaintdesk.services.event_chain import event_digest
from complaintdesk.services.history_key import seal_matches
from complaintdesk.services.office_identity import identity_gaps, identity_labels
from complaintdesk.services.rule_book import default_settings

PREFIX_KEY = "documents.number_prefix"
FONT_KEY = "documents.font_path"
MAX_PREFIX_LENGTH = 30
# Characters that belong to the number part of 〔2026〕12号, never to the office's code.
_PREFIX_FORBIDDEN = re.compile(r"[\s〔〕\[\]【】()（）0-9０-９]")


@dataclass(frozen=True)
class IssuedDocument:
    """An issued, numbered document as the case shows it (the PDF itself: ``DocumentService.pdf``)."""

    id: int
    case_id: int
    kind: str
    doc_no: str
    title: str
    issued_on: date
    issued_at: datetime  # UTC
    issued_by: str | None
    sha256: str
    page_count: int
    template_version: int | None = None
    replaces_id: int | None = None
    replaced_by_id: int | None = None
    warnings: tuple[Text, ...] = ()  # only when just issued: what the user must check

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


class LetterIncomplete(ServiceError):
    """The letter would print blanks (＿＿＿＿) for facts the case lacks; ``missing_fields`` names them."""

    def __init__(self, kind: str, missing_fields: Sequence[str]):
        fields = tuple(placeholder_term(name) for name in missing_fields)
        super().__init__(msg.LETTER_INCOMPLETE, field="missing_fields", kind=msg.KIND_NAMES[kind], fields=fields)
        self.missing_fields = tuple(missing_fields)


class OfficeIdentityIncomplete(ServiceError):
    """The office's identity (name, short name, county, address, phone, document code) still has empty
    or placeholder fields: no letter goes out under 某某县 or X工信投字. ``missing_fields`` names them."""

    def __init__(self, fields: Sequence[str]):
        super().__init__(msg.OFFICE_IDENTITY_INCOMPLETE, field="office", fields=identity_labels(fields))
        self.missing_fields = tuple(fields)


class UnprintableCharacters(ServiceError):
    """The letter holds characters no installed font has (e.g. 𠮷, CJK Extension B, on a computer without
    SimSun-ExtB): issued, they would print as boxes. ``characters`` maps each to the sections it is in."""

    def __init__(self, found: Mapping[str, Sequence[str]]):
        items = tuple(msg.UNPRINTABLE_CHARACTER_AT(char=char, code=f"U+{ord(char):04X}",
                                                   places=tuple(msg.LETTER_SECTIONS[s] for s in sections))
                      for char, sections in found.items())
        super().__init__(msg.LETTER_UNPRINTABLE_REFUSED, field="characters", characters=items)
        self.characters = dict(found)


def require_printable(template: LetterTemplate, data: LetterData, fonts: FontSet, prefix: str = "") -> None:
    """Refuse (UnprintableCharacters) a letter with a character that no installed font has."""
    found = unprintable_in_letter(template, data, fonts, number=prefix)
    if found:
        raise UnprintableCharacters(found)


def require_printed(rendered: RenderedDocument) -> None:
    """Refuse (UnprintableCharacters) a rendered letter that drew a placeholder for a character."""
    unprintable = [item.params["char"] for w in rendered.warnings if w.message is msg.LETTER_UNPRINTABLE
                   for item in w.params["characters"]]
    if unprintable:
        raise UnprintableCharacters(dict.fromkeys(unprintable, ("other",)))


def require_office_identity(settings: Mapping[str, Any]) -> None:
    """Refuse (OfficeIdentityIncomplete) while ``settings`` leave any identity field a placeholder."""
    gaps = identity_gaps(settings, default_settings())
    if gaps:
        raise OfficeIdentityIncomplete(gaps)


def office_identity_warning(settings: Mapping[str, Any], message: Message = msg.OFFICE_IDENTITY_GAPS) -> list[Text]:
    """The pre-issue check's warning naming the identity fields still to fill in (none when complete)."""
    gaps = identity_gaps(settings, default_settings())
    return [message(fields=identity_labels(gaps))] if gaps else []




def font_config(value: Any) -> FontConfig | None:
    """``documents.font_path`` alone (a file for the body, or {role: file}); ``resolve`` reads it with
    the per-role ``documents.fonts``. Empty: every role found on this computer."""
    return fonts_for_settings({FONT_KEY: value})


def number_prefix(settings: Mapping[str, Any], kind: str) -> str:
    """The office's code (机关代字) for ``kind``: ``documents.number_prefix.<kind>`` if set, else the office's."""
    value = settings.get(f"{PREFIX_KEY}.{kind}") or settings.get(PREFIX_KEY)
    prefix = value.strip() if isinstance(value, str) else ""
    if not prefix:
        raise ServiceError(msg.PREFIX_NOT_SET, field="number_prefix")
    if len(prefix) > MAX_PREFIX_LENGTH or _PREFIX_FORBIDDEN.search(prefix):
        raise ServiceError(msg.PREFIX_INVALID, field="number_prefix", prefix=prefix)
    return prefix


def issued_document(row, warnings: Iterable[Text] = ()) -> IssuedDocument:
    return IssuedDocument(id=row[0], case_id=row[1], kind=row[2], doc_no=row[3], title=row[4], issued_on=row[5],
                          issued_at=row[6], issued_by=row[7], sha256=row[8], page_count=row[9],
                          template_version=row[10], replaces_id=row[11], replaced_by_id=row[12],
                          warnings=tuple(warnings))


def quotes_summary(template: LetterTemplate) -> bool:
    """True when the template prints the complaint summary (``{summary}`` anywhere in it)."""
    def texts(value: Any) -> Iterable[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, Mapping):
            for item in value.values():
                yield from texts(item)
        elif isinstance(value, list | tuple):
            for item in value:
                yield from texts(item)

    return any("summary" in placeholders_in(text) for text in texts(template.to_dict()))


def check_kind(kind: str) -> None:
    if kind not in TEMPLATE_KINDS:
        raise ServiceError(msg.UNKNOWN_KIND, field="kind", kind=kind, kinds=tuple(TEMPLATE_KINDS))


def template_of(kind: str, definition: str | None) -> LetterTemplate:
    """The office's stored template of ``kind`` (``definition``: its JSON, None for the shipped one);
    a stored copy that no longer validates is refused in words (TEMPLATE_INVALID)."""
    if definition is None:
        return load_template(kind)
    try:
        return load_template(kind, definition)
    except TemplateError as exc:
        raise ServiceError(msg.TEMPLATE_INVALID, field="template", kind=msg.KIND_NAMES[kind],
                           problem=str(exc)) from exc


def due_before_last_extension(grants: Sequence[Any], deadline: Any, stops: Iterable[Any],
                              calendar: WorkCalendar) -> date | None:
    """The due date the last approved extension moved (原办理期限 in an extension notice): ``grants`` are the
    case's approved extension requests by id, ``deadline`` the ``case_deadline`` row of the last one's step
    and ``stops`` that step's clock stops by date."""
    if not grants or deadline is None:
        return None
    step = grants[-1].step
    spans = [StopSpan(s.stopped_on, s.restarted_on, s.reason) for s in stops] if deadline.stoppable else []
    earlier = [Extension(g.days, g.reason) for g in grants[:-1] if g.step == step]
    try:
        return compute_deadline(rule_of(deadline), deadline.trigger_on, stops=spans, extensions=earlier,
                                calendar=calendar).due_on
    except ValueError:
        return None


def draft_warnings(settings: Mapping[str, Any], warnings: Sequence[Text], rendered: RenderedDocument,
                   letter_summary: str | None, overrides: Mapping[str, Any] | None,
                   template: LetterTemplate) -> tuple[Text, ...]:
    """A draft's warnings in the order the user reads them: the office's identity first (nothing else
    matters until it is mended), the case's, an unconfirmed summary the template quotes, the rendering's."""
    identity = office_identity_warning(settings)
    if letter_summary is None and not (overrides and "summary" in overrides) and quotes_summary(template):
        warnings = [*warnings, msg.SUMMARY_NOT_CONFIRMED()]
    return tuple(dict.fromkeys([*identity, *warnings, *rendered.warnings]))


@dataclass(frozen=True)
class NumberedLetter:
    """A letter rendered under the number just drawn for it, checked and titled, not yet stored."""

    year: int
    seq: int
    doc_no: str
    rendered: RenderedDocument
    title: str


def render_numbered(kind: str, data: LetterData, template: LetterTemplate, fonts: FontSet, prefix: str,
                    issued_on: date, next_seq: Callable[[str, int], int], *, allow_gaps: bool) -> NumberedLetter:
    """What both issuing paths (the ORM's and the command line's plain SQLite one) do between the checks of
    the case and storing the letter: refuse unprintable characters before a number is drawn, draw the next
    number (``next_seq(series, year)``, inside the caller's write transaction), render the letter under it,
    refuse blanks (unless ``allow_gaps``) and placeholders, and title it."""
    from complaintdesk.documents.render import render_letter
    from complaintdesk.documents.templates import placeholder_values
    from complaintdesk.services.office_identity import format_document_number

    require_printable(template, data, fonts, prefix)  # before a number is drawn
    year = issued_on.year
    seq = next_seq(f"doc:{prefix}", year)
    doc_no = format_document_number(prefix, year, seq)
    rendered = render_letter(kind, replace(data, doc_no=doc_no), template=template, draft=False, fonts=fonts)
    if rendered.missing_fields and not allow_gaps:
        raise LetterIncomplete(kind, rendered.missing_fields)
    require_printed(rendered)  # a placeholder where the check above did not look: refused all the same
    return NumberedLetter(year, seq, doc_no, rendered, letter_title(template, placeholder_values(data)))


def letter_title(template: LetterTemplate, values: Mapping[str, str]) -> str:
    """The title an issued document is listed under (one line, at most 200 characters)."""
    from complaintdesk.documents.templates import fill

    return fill(template.title, values).replace("\n", "")[:200]


def issue_record(kind: str, doc_no: str, rendered: RenderedDocument, replaced_doc_no: str | None
                 ) -> tuple[str, str, dict[str, tuple[Any, Any]]]:
    """The history event of an issue: (action, summary, changes)."""
    changes: dict[str, tuple[Any, Any]] = {"kind": (None, kind), "doc_no": (None, doc_no),
                                           "sha256": (None, rendered.sha256),
                                           "page_count": (None, rendered.page_count)}
    summary = f"签发{KIND_LABELS[kind]} {doc_no}"
    if replaced_doc_no is not None:
        changes["replaces"] = (None, replaced_doc_no)
        summary += f"（更正 {replaced_doc_no}）"
    if rendered.missing_fields:
        summary += "，留有空白：" + "、".join(PLACEHOLDERS[name].label for name in rendered.missing_fields)
    return ("document_corrected" if replaced_doc_no is not None else "document_issued"), summary, changes


# --- a frozen copy given out (reprint, the PDF written after issuing) ------------------------------------

ISSUING_ACTIONS = ("document_issued", "document_corrected")


def _recorded_issue(issuing: Any, key: bytes | None) -> tuple[str, str] | None:
    """(doc_no, sha256) as the document's issuing event recorded them, if that event is intact: its content
    matches its own hash and, where this desk holds the office's key, its seal."""
    if issuing is None:
        return None
    digest = event_digest(issuing.prev_hash, occurred_at=issuing.occurred_at, actor_id=issuing.actor_id,
                          actor_name=issuing.actor_name, entity=issuing.entity, entity_id=issuing.entity_id,
                          case_id=issuing.case_id, action=issuing.action, summary=issuing.summary,
                          changes=issuing.changes)
    if digest != issuing.hash or (key is not None and not seal_matches(key, issuing.hash, issuing.mac)):
        return None
    try:
        changes = json.loads(issuing.changes)
        return str(changes["doc_no"][1]), str(changes["sha256"][1])
    except (ValueError, KeyError, TypeError, IndexError):
        return None


def check_frozen_copy(doc_no: str, pdf: bytes, stored_sha256: str, issuing: Any, key: bytes | None) -> bytes:
    """The frozen PDF, once shown to be the one issued: its bytes match its stored SHA-256, and both match what
    its issuing event recorded (``issuing``: that event's row, or None). A document swapped in the database —
    a new PDF with its own SHA-256 — is refused, whatever the document row says."""
    if hashlib.sha256(pdf).hexdigest() != stored_sha256:
        raise ServiceError(msg.STORED_COPY_DAMAGED, doc_no=doc_no)
    recorded = _recorded_issue(issuing, key)
    if recorded is None:
        raise ServiceError(history_msg.COPY_UNRECORDED, doc_no=doc_no)
    if recorded != (doc_no, stored_sha256):
        raise ServiceError(history_msg.COPY_NOT_AS_ISSUED, doc_no=doc_no, expected=recorded[1])
    return pdf
