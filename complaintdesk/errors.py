"""Errors below the services that people must be told about in words: a coded text, no traceback.

``ConfigError`` (a database location or data folder that cannot be used) and ``StoreError`` (a
database file that cannot be opened or upgraded) are raised by ``config`` and ``store`` and carry a
``Text`` from the catalogue, like a service's ``ServiceError``. They live here, with no dependency
but the catalogue, so that the UI can recognise them without importing the store.
"""

from __future__ import annotations

from typing import Any, ClassVar

from complaintdesk.messages import Message, Text


class TextError(Exception):
    """An error whose ``text`` is fit to show; ``str(error)`` is its Chinese text (CLI, logs)."""

    message: ClassVar[Message | None] = None

    def __init__(self, message: Message | Text | None = None, /, **params: Any):
        if message is None:
            message = type(self).message
        if message is None:
            raise TypeError(f"{type(self).__name__} needs a message")
        self.text: Text = message if isinstance(message, Text) else message(**params)
        super().__init__(self.text.zh)

    @property
    def code(self) -> str:
        return self.text.code


class ConfigError(TextError):
    """A setting (database URL, data folder) cannot be used; the text is shown to the user."""


class StoreError(TextError):
    """A database problem the user must be told about in words (never a traceback)."""


class NotComplaintDeskDatabase(StoreError):
    """The file is not a ComplaintDesk database (another program's, or not SQLite at all)."""


class SchemaTooNew(StoreError):
    """A newer ComplaintDesk wrote the database; this one leaves it untouched."""


class DatabaseDamaged(StoreError):
    """The database file cannot be read as it stands."""


class OtherOffice(StoreError):
    """A backup of another office's database: restored over this office only when asked for explicitly."""
