"""The note shown once when the computer has no Chinese font (see ui/fonts.py), in a module of its own:
a message box's class costs PySide6 ≈ 2 ms to set up, which the window's first paint need not wait for."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from complaintdesk.ui.fonts import APT_LINE
from complaintdesk.ui.labels import fill
from complaintdesk.ui.lazy_qt import Qt  # built on first use (ui/lazy_qt.py)


class FontNotice(QMessageBox):
    """A non-modal note: no Chinese font is installed, and what to install."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chinese_font_notice")
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("No Chinese font installed"))
        self.setText(self.tr(
            "This computer has no Chinese font. ComplaintDesk shows Chinese text in its own font, "
            "Zhuque Fangsong, which lacks some rare characters; letters use it too, and a character it "
            "lacks prints as □ and is reported."))
        self.setInformativeText(fill(self.tr(
            "Please ask your IT staff to install a Chinese font:\n"
            "• Debian, UOS, Kylin: %1\n"
            "  and copy FangSong (simfang.ttf) and SimSun (simsun.ttc) from the office's licensed Windows "
            "fonts (C:\\Windows\\Fonts) into /usr/local/share/fonts\n"
            "• Windows: restore the standard Windows fonts (Microsoft YaHei, SimSun, FangSong)"), APT_LINE))
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
