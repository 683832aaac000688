"""Errors a service raises for the user: a coded message with its parameters, and the input it belongs to.

``ServiceError(msg.CASE_CLOSED, case_no="…")`` or a subclass that names its message
(``class CaseClosed(ActionRefused): message = msg.CASE_CLOSED`` → ``CaseClosed(case_no="…")``).
The text people read is rendered from the catalogue (``complaintdesk.messages``) by whoever shows it:
the UI through Qt's translator, the CLI in Chinese (``str(error)``).
"""

from __future__ import annotations

from typing import Any, ClassVar

from complaintdesk.messages import Message, Text


class ServiceError(ValueError):
    """A request the office's rules refuse; ``field`` names the input the message belongs to (or None)."""

    message: ClassVar[Message | None] = None

    def __init__(self, message: Message | Text | None = None, /, *, field: str | None = None, **params: Any):
        if message is None:
            message = type(self).message
        if not isinstance(message, Message | Text):  # a sentence in code is no message: see tests/test_coded_messages.py
            raise TypeError(f"{type(self).__name__} needs a coded message, not {message!r}")
        self.text: Text = message if isinstance(message, Text) else message(**params)
        self.field = field
        super().__init__(self.text.zh)

    @property
    def code(self) -> str:
        return self.text.code

    @property
    def params(self) -> dict[str, Any]:
        return dict(self.text.params)


class ConflictError(ServiceError):
    """Someone else changed the record since it was loaded: reload, then redo the change."""


class ActionRefused(ServiceError):
    """A lifecycle action the case's state or the user's role does not allow (the message says why)."""


class DuplicateCases(ServiceError):
    """Possible duplicates exist; register again with ``confirm_duplicates=True`` to go ahead."""

    def __init__(self, message: Message | Text, cases: list, **params: Any):
        super().__init__(message, field="complainant", **params)
        self.cases = cases

