"""Errors a service raises for the user: a message fit to show, and the input field it belongs to."""

from __future__ import annotations


class ServiceError(ValueError):
    """A request the office's rules refuse; ``field`` names the input the message belongs to (or None)."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field
