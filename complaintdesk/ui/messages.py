"""Coded messages and errors as the interface shows them: rendered through Qt's translator from one catalogue.

A ``Text`` (``complaintdesk.messages``) is a catalogue message and its parameters. Its template is
looked up with ``QCoreApplication.translate("messages", <English source>, <code>)`` — the catalogue is
written into the ``.ts`` files by ``tools/update_translations.py``, so Qt Linguist sees every
message — and the parameters are filled in afterwards, one pass, never re-parsed: a user's own text
(which may hold " / ", braces or "%1") is shown exactly as typed. Nested texts are rendered the same
way and labelled vocabulary values (``CaseStatus.CLOSED``) through their own Qt context, as the
lists and combo boxes show them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from complaintdesk.errors import TextError
from complaintdesk.messages import EN, ZH, Message, Term, Text, lookup
from complaintdesk.services.errors import ServiceError
from complaintdesk.ui import i18n
from complaintdesk.ui.fill import fill

log = logging.getLogger(__name__)

CONTEXT = "messages"


def _language() -> str:
    return EN if i18n.current_language() == i18n.ENGLISH else ZH


def template(message: Message) -> str:
    """The message's template in the interface language, from the installed translator."""
    if lookup(message.code) is not message:  # not in the catalogue, so in no .qm either: its own halves
        return message.en if _language() == EN else message.zh
    return QCoreApplication.translate(CONTEXT, message.en, message.code)


def ui_text(text: Text | Message | str | None) -> str:
    """``text`` in the interface language (a plain ``str`` is already what people read)."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    if isinstance(text, Message):
        text = text()
    values = _Missing({name: _value(value) for name, value in text.params.items()})
    try:
        return template(text.message).format_map(values)
    except (ValueError, IndexError, KeyError):  # a translator's broken template must not hide the message
        log.warning("broken translation of message %s", text.code)
        own = text.message.en if _language() == EN else text.message.zh
        return own.format_map(values)


def ui_texts(texts: Iterable[Text | Message | str]) -> list[str]:
    return [ui_text(t) for t in texts]


def _value(value: Any) -> str:
    if isinstance(value, Text | Message):
        return ui_text(value)
    if isinstance(value, Term):  # named by data in both languages, not in the catalogue
        return value.label_en if _language() == EN else value.label_zh
    if isinstance(getattr(value, "label_en", None), str):
        from complaintdesk.ui import labels  # the vocabularies: not before the first frame (ui/fill.py)

        return labels.label(value)
    if isinstance(value, list | tuple):
        sentences = all(isinstance(v, Text) for v in value)
        if _language() == EN:
            separator = "; " if sentences else ", "
        else:
            separator = "；" if sentences else "、"
        return separator.join(_value(v) for v in value)
    return str(value)


class _Missing(dict):
    """A placeholder without a value stays visible (``{name}``) instead of raising KeyError."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def error_text(exc: BaseException) -> str:
    """What to tell people about ``exc``: a service's, validation's, configuration's or store's own
    text in the interface language; anything else in general words (its traceback goes to the log)."""
    if isinstance(exc, ServiceError | TextError):
        return ui_text(exc.text)
    log.error("unexpected error", exc_info=exc)
    detail = str(exc) or type(exc).__name__
    return fill(QCoreApplication.translate("errors", "An unexpected error occurred: %1 (%2). "
                                                     "Details were written to the log."),
                detail, type(exc).__name__)

