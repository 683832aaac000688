"""Official letters (公文, GB/T 9704-2012) rendered to PDF from plain data; no Qt, no ORM."""

from __future__ import annotations

from complaintdesk.documents.fonts import (
    FontConfig,
    FontFile,
    FontSet,
    discover_font_set,
    load_font_set,
    missing_characters,
)
from complaintdesk.documents.letter_data import ClaimLine, LetterData, OfficeInfo
from complaintdesk.documents.render import (
    LetterJob,
    RenderCancelled,
    RenderedDocument,
    render_letter,
)
from complaintdesk.documents.templates import (
    KIND_LABELS,
    PLACEHOLDERS,
    TEMPLATE_KINDS,
    LetterTemplate,
    TemplateError,
    load_template,
    validate_template,
)


def __getattr__(name: str):
    # The batch (multiprocessing, concurrent.futures) is loaded when first asked for: a single letter from
    # the command line never needs it.
    if name == "render_batch":
        from complaintdesk.documents.batch import render_batch

        return render_batch
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "KIND_LABELS",
    "PLACEHOLDERS",
    "TEMPLATE_KINDS",
    "ClaimLine",
    "FontConfig",
    "FontFile",
    "FontSet",
    "LetterData",
    "LetterJob",
    "LetterTemplate",
    "OfficeInfo",
    "RenderCancelled",
    "RenderedDocument",
    "TemplateError",
    "discover_font_set",
    "load_font_set",
    "load_template",
    "missing_characters",
    "render_batch",
    "render_letter",
    "validate_template",
]
