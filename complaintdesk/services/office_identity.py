"""The office's identity as letters print it: its fields, what counts as a placeholder, the document number."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from complaintdesk.messages import Message
from complaintdesk.messages import settings as msg

# field → (setting key, its name); the order is the form's.
OFFICE_FIELDS: dict[str, tuple[str, Message]] = {
    "name": ("office.name", msg.FIELD_OFFICE_NAME),
    "short_name": ("office.short_name", msg.FIELD_SHORT_NAME),
    "county": ("office.county", msg.FIELD_COUNTY),
    "address": ("office.address", msg.FIELD_ADDRESS),
    "phone": ("office.phone", msg.FIELD_PHONE),
    "number_prefix": ("documents.number_prefix", msg.FIELD_NUMBER_PREFIX),
    "due_soon_workdays": ("cases.due_soon_workdays", msg.FIELD_DUE_SOON),
}
# What a letter prints about its issuer: none may be empty or the shipped example when a letter is issued.
IDENTITY_FIELDS = ("name", "short_name", "county", "address", "phone", "number_prefix")
# The usual stand-ins for a place in examples (某某县, ××县, XX旗): never part of a real office's name.
PLACEHOLDER_MARKERS = ("某某", "××", "xx")
_NAMED_FIELDS = ("name", "short_name", "county")  # the fields such stand-ins are looked for in


def format_document_number(prefix: str, year: int, seq: int) -> str:
    """An outgoing document's number in the official form, e.g. ``X工信投字〔2026〕12号``."""
    return f"{prefix}〔{year}〕{seq}号"


def is_placeholder(field: str, value: str, defaults: Mapping[str, Any]) -> bool:
    """Whether an identity field's value is no real one: empty (or blank), the shipped default, or, in a
    name, one of the usual stand-ins for a place (某某, ××, XX)."""
    text = value.strip()
    if not text:
        return True
    shipped = defaults.get(OFFICE_FIELDS[field][0])
    if isinstance(shipped, str) and shipped.strip() and text == shipped.strip():
        return True
    if field in _NAMED_FIELDS:
        folded = unicodedata.normalize("NFKC", text).casefold()
        return any(marker in folded for marker in PLACEHOLDER_MARKERS)
    return False


def identity_gaps(settings: Mapping[str, Any], defaults: Mapping[str, Any]) -> tuple[str, ...]:
    """The identity fields (``IDENTITY_FIELDS`` names, in form order) still empty or placeholders in
    ``settings`` (setting key → value), compared with the shipped ``defaults``."""
    def value(field: str) -> str:
        raw = settings.get(OFFICE_FIELDS[field][0])
        return "" if raw is None else str(raw)

    return tuple(f for f in IDENTITY_FIELDS if is_placeholder(f, value(f), defaults))


def identity_labels(fields: Sequence[str]) -> tuple[Message, ...]:
    """The names of ``fields`` (单位名称、文号前缀…), for a message that lists them."""
    return tuple(OFFICE_FIELDS[f][1] for f in fields)
