"""Which characters of a letter no installed font has, and where in the letter they occur.

Issuing checks this before a number is drawn (services/documents.py): a frozen letter must never carry
a placeholder box where a complainant's name should be. The check reads the letter's filled-in parts
from the template and the data, section by section, so the refusal can say “𠮷 in the addressee,
the title and 抄送” rather than only “𠮷”.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from complaintdesk.documents.fonts import FontSet, unprintable_characters
from complaintdesk.documents.letter_data import LetterData
from complaintdesk.documents.templates import LetterTemplate, condition_holds, fill, placeholder_values

SECTIONS = ("number", "office", "title", "addressee", "body", "attachments", "note", "cc")


def _body_texts(template: LetterTemplate, data: LetterData, values: Mapping[str, str]) -> Iterator[str]:
    for item in template.paragraphs:
        if item.condition and not condition_holds(item.condition, data, values):
            continue
        if item.kind == "table":
            for claim in data.claims:
                yield claim.contract_no
                yield claim.subject
        elif item.kind == "list":
            yield from data.size_basis
        else:
            yield fill(item.value, values)


def letter_texts(template: LetterTemplate, data: LetterData, *, number: str = "") -> Iterator[tuple[str, str]]:
    """(section, text) of everything the letter prints from the template and the data; ``number`` is the
    document number (or the office's prefix of it, before a number is drawn)."""
    values = placeholder_values(data)
    yield "number", number or (data.doc_no or "")
    yield "office", f"{data.office.name}{data.office.short_name}"
    yield "title", fill(template.title, values)
    yield "addressee", fill(template.addressee, values)
    for text in _body_texts(template, data, values):
        yield "body", text
    for text in template.attachments:
        yield "attachments", fill(text, values)
    yield "note", fill(template.note, values) + (data.replaces_doc_no or "")
    for text in (data.cc if data.cc is not None else [fill(entry, values) for entry in template.cc]):
        yield "cc", text


def unprintable_in_letter(template: LetterTemplate, data: LetterData, fonts: FontSet, *,
                          number: str = "") -> dict[str, tuple[str, ...]]:
    """Character no font of ``fonts`` has → the sections it occurs in (in letter order); empty when every
    character prints."""
    found: dict[str, dict[str, None]] = {}
    for section, text in letter_texts(template, data, number=number):
        role = "title" if section == "title" else "body"
        for char in sorted(unprintable_characters(text, fonts, role)):
            found.setdefault(char, {})[section] = None
    return {char: tuple(sections) for char, sections in found.items()}
