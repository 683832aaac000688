"""Turns an exception from opening or reading the database into a message fit to show to people."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication

from complaintdesk.config import ConfigError
from complaintdesk.ui.labels import fill

log = logging.getLogger(__name__)


def _is_store_error(exc: BaseException) -> bool:
    # Looked up in sys.modules rather than imported: the store pulls in SQLAlchemy, and if it was
    # never imported, the exception cannot be one of its errors (and importing it might fail again).
    migrate = sys.modules.get("complaintdesk.store.migrate")
    return migrate is not None and isinstance(exc, migrate.StoreError)


def describe_error(exc: BaseException) -> str:
    """The message of a ConfigError/StoreError as it is (already bilingual); anything else in words.

    Unexpected errors are logged with their traceback, which is for the log, not for the user.
    """
    if isinstance(exc, ConfigError) or _is_store_error(exc):
        return str(exc)
    log.error("unexpected error", exc_info=exc)
    detail = str(exc) or type(exc).__name__
    return fill(QCoreApplication.translate("errors", "An unexpected error occurred: %1 (%2). "
                                                     "Details were written to the log."),
                detail, type(exc).__name__)


def in_ui_language(message: str) -> str:
    """The half of a bilingual "中文 / English" service or domain message in the interface language."""
    from complaintdesk.ui import i18n

    zh, sep, en = message.partition(" / ")
    if not sep:
        return message
    return en.strip() if i18n.current_language() == i18n.ENGLISH else zh.strip()
