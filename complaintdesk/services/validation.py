"""Field-level validation errors: every problem names its input and carries a coded message."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from complaintdesk.messages import Message, Text
from complaintdesk.messages import validation as msg
from complaintdesk.services.errors import ServiceError


@dataclass(frozen=True)
class Problem:
    field: str  # the input it belongs to, e.g. "complainant.uscc", "received_on", "claims[0].amount"
    text: Text

    @property
    def code(self) -> str:
        return self.text.code

    @property
    def zh(self) -> str:
        return self.text.zh

    @property
    def en(self) -> str:
        return self.text.en


class ValidationError(ServiceError):
    """One or more inputs are wrong; nothing was saved."""

    def __init__(self, problems: list[Problem]):
        self.problems = tuple(problems)
        super().__init__(msg.PROBLEMS, field=problems[0].field if problems else None,
                         problems=[p.text for p in problems])

    def for_field(self, field: str) -> Problem | None:
        return next((p for p in self.problems if p.field == field), None)


def _as_text(message: Message | Text, params: dict[str, Any]) -> Text:
    if isinstance(message, Text):
        return message
    if isinstance(message, Message):
        return message(**params)
    raise TypeError(f"a problem needs a coded message, not {message!r}")  # see tests/test_coded_messages.py


class Collector:
    """Gathers every problem of a form so that the user sees them all at once.

    Field names in messages (``name``) are themselves messages (``msg.FIELD_…``) or texts.
    """

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, field: str, message: Message | Text, /, **params: Any) -> None:
        self.problems.append(Problem(field, _as_text(message, params)))

    def require(self, field: str, value, name: Message | Text) -> bool:
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(field, msg.REQUIRED, name=_as_text(name, {}))
            return False
        return True

    def text(self, field: str, value: str | None, name: Message | Text, *,
             required: bool = False, max_len: int = 200) -> str | None:
        """Whitespace-normalised text (inner runs of spaces kept for multi-line fields), length-checked."""
        label = _as_text(name, {})
        if value is None or not value.strip():
            if required:
                self.add(field, msg.REQUIRED, name=label)
            return None
        cleaned = value.strip()
        if any(ord(ch) < 32 and ch not in "\n\t" for ch in cleaned):
            self.add(field, msg.CONTROL_CHARACTERS, name=label)
            return None
        if len(cleaned) > max_len:
            self.add(field, msg.TOO_LONG, name=label, max_len=max_len, length=len(cleaned))
            return None
        return cleaned

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)

