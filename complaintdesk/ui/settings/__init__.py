"""The office settings dialog, one module per page; ``SettingsDialog`` is what the main window opens."""

from __future__ import annotations

from complaintdesk.ui.settings.dialog import SettingsDialog
from complaintdesk.ui.settings.page import parse_rate_percent

__all__ = ["SettingsDialog", "parse_rate_percent"]
