"""Icons for actions, taken from the Qt style's standard set so nothing has to be shipped or downloaded."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

_SP = QStyle.StandardPixmap

_STANDARD = {
    "new_case": _SP.SP_FileIcon,
    "open_database": _SP.SP_DialogOpenButton,
    "refresh": _SP.SP_BrowserReload,
    "quit": _SP.SP_DialogCloseButton,
    "about": _SP.SP_MessageBoxInformation,
    "app": _SP.SP_FileDialogDetailedView,
}


def icon(name: str) -> QIcon:
    """The icon for a named action (an empty icon for an unknown name, never an exception)."""
    pixmap = _STANDARD.get(name)
    if pixmap is None:
        return QIcon()
    return QApplication.style().standardIcon(pixmap)
