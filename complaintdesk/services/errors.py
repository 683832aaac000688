"""Errors a service raises for the user: a message fit to show, and the input field it belongs to."""

from __future__ import annotations


class ServiceError(ValueError):
    """A request the office's rules refuse; ``field`` names the input the message belongs to (or None)."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class ConflictError(ServiceError):
    """Someone else changed the record since it was loaded: reload, then redo the change."""


class ActionRefused(ServiceError):
    """A lifecycle action the case's state or the user's role does not allow (message says why)."""


class DuplicateCases(ServiceError):
    """Possible duplicates exist; register again with ``confirm_duplicates=True`` to go ahead."""

    def __init__(self, message: str, cases: list):
        super().__init__(message, "complainant")
        self.cases = cases
