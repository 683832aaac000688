"""The bundled 朱雀仿宋 (Zhuque Fangsong) as Qt's last resort for Chinese, and a once-only notice when the
computer has no Chinese font of its own.

How the fallback works: ``QFontDatabase.addApplicationFont`` adds the file to Qt's font database and, on
Linux, to fontconfig's application font set. Qt asks fontconfig for a fallback font whenever the chosen
font lacks a glyph; fontconfig's own preferences (its ``65-nonlatin.conf`` … rules) rank the system's CJK
fonts (WenQuanYi, Noto CJK, …) before an unknown family, so a Chinese font the user has still draws the
labels and ours only fills in when there is none or it lacks a character (checked: with wqy-zenhei
installed, Chinese labels are still laid out in WenQuanYi after registration). Qt 6.8's
``QFontDatabase.addApplicationFallbackFontFamily(QChar.Script_Han, …)`` is not bound in PySide6 6.11
(no QChar), and it would rank our family *before* the system's fallbacks. Windows always has 微软雅黑/宋体.

Cost, measured with ``time.perf_counter`` (Debian 12, 2 busy cores; offscreen and a real X server):
``addApplicationFont`` of the 9.3 MB file takes 0.5–1.5 ms, at worst 5 ms, once Qt's font database is
loaded; loading that database (the ``families()`` look-up here) takes 2.5–11 ms, which the first paint
would pay anyway, and the look-up after it 0.05 ms. Small, but not needed on the critical path when the
system has a Chinese font: then the file is registered right after the window's first paint. Without one
it is registered at once, before anything is painted: otherwise every Chinese label would be boxes.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QWidget

from complaintdesk.resources import resource_path
from complaintdesk.ui.first_paint import FirstPaint, after_first_paint

if TYPE_CHECKING:
    from complaintdesk.ui.font_notice import FontNotice

log = logging.getLogger(__name__)

FONT_FILE = ("fonts", "ZhuqueFangsong.ttf")
NOTICE_KEY = "ui/no_chinese_font_notice_shown"
APT_LINE = "sudo apt install fonts-wqy-zenhei"

_registered: dict[str, list[str]] = {}  # font file → the families Qt registered from it


def bundled_font_path() -> Path:
    return resource_path(*FONT_FILE)


def register_bundled_font(path: str | Path | None = None) -> list[str]:
    """Add the bundled font to Qt (once per process; needs the QApplication). Returns its families,
    empty when Qt cannot load the file (logged: labels then rely on the system's fonts alone)."""
    path = str(bundled_font_path() if path is None else path)
    if path not in _registered:
        font_id = QFontDatabase.addApplicationFont(path)
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            log.warning("Qt could not load the bundled font %s", path)
        _registered[path] = list(families)
    return list(_registered[path])


def own_families() -> set[str]:
    """The families this module registered (not a system copy of the same font that Qt found by itself)."""
    return {family for families in _registered.values() for family in families}


def system_chinese_families(families: Iterable[str] | None = None) -> list[str]:
    """Font families for Simplified Chinese the system provides (Qt's database, which is fontconfig's
    on Linux), without the bundled one; ``families`` replaces Qt's list (tests)."""
    if families is None:
        families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    own = own_families()
    return [family for family in families if family not in own]


class ChineseFontCheck:
    """Run once the QApplication exists and before the main window is painted (``app.start``)."""

    def __init__(self, families: Iterable[str] | None = None, *, font_path: str | Path | None = None):
        self.system_families = system_chinese_families(families)
        self._font_path = font_path
        self.families: list[str] = []
        self.registration_ms: float | None = None
        self.notice: FontNotice | None = None
        self.painted = False  # the window's first paint has been handled
        self._filter: FirstPaint | None = None
        if not self.system_families:
            self.register()  # now: a label painted before it would show boxes

    @property
    def system_font_missing(self) -> bool:
        return not self.system_families

    def register(self) -> list[str]:
        started = time.perf_counter()
        self.families = register_bundled_font(self._font_path)
        if self.registration_ms is None:
            self.registration_ms = (time.perf_counter() - started) * 1000
            log.debug("bundled Chinese font registered in %.1f ms", self.registration_ms)
        return self.families

    def after_first_paint(self, window: QWidget, settings: QSettings) -> None:
        """Once ``window`` has been painted: register the font (if not yet) and, when the system has no
        Chinese font, tell the user once what to install."""
        def painted() -> None:
            self.register()
            if self.system_font_missing:
                self.notice = show_notice_once(window, settings)
            self.painted = True

        self._filter = after_first_paint(window, painted)


def show_notice_once(parent: QWidget, settings: QSettings) -> FontNotice | None:
    """Show ``FontNotice`` unless it was shown before (remembered in ``settings``)."""
    if settings.value(NOTICE_KEY, False, type=bool):
        return None
    settings.setValue(NOTICE_KEY, True)
    from complaintdesk.ui.font_notice import FontNotice  # a message box: imported when shown, not before

    notice = FontNotice(parent)
    notice.show()
    return notice
