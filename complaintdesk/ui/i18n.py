"""Interface language: installs our translations and Qt's own, and switches them at run time.

The English source strings live in ``tr()`` calls; ``resources/i18n`` holds
``complaintdesk_zh_CN`` (every message) and ``complaintdesk_en`` (plural forms only, so that
English reads "1 workday left" / "3 workdays left"). Regenerate with
``python tools/update_translations.py``.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import MutableMapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from complaintdesk.resources import resource_path

log = logging.getLogger(__name__)

CHINESE = "zh_CN"
ENGLISH = "en"
LANGUAGES = (CHINESE, ENGLISH)
DEFAULT_LANGUAGE = CHINESE
SETTINGS_KEY = "ui/language"

I18N_DIR = resource_path("i18n")

_installed: list[QTranslator] = []
_current: str | None = None


def normalize(lang: str | None) -> str:
    """Map user input ("zh", "zh_CN", "zh-CN", "en_US", junk) to one of LANGUAGES."""
    text = (lang or "").strip().replace("-", "_").lower()
    if text.startswith("en"):
        return ENGLISH
    if text.startswith("zh"):
        return CHINESE
    return DEFAULT_LANGUAGE


def align_system_locale(lang: str, environ: MutableMapping[str, str] = os.environ,
                        platform: str = sys.platform) -> str | None:
    """Before the QApplication exists: make Qt's *system* locale speak the interface language's dates.

    Qt's own widgets format dates with ``QLocale::system()``, not the default locale set below — a file
    dialog's "modified" column reads "2 12 2026" on a desk whose POSIX locale is C. On Linux and the other
    Unixes Qt reads that locale once, from LC_ALL, LC_TIME and LANG, when the application starts (Windows
    and macOS ask the OS, which an office has set to its region). Sets the variable Qt will read to the
    interface language's locale when it names another language, and returns the variable it set (None:
    nothing to do)."""
    if platform.startswith(("win", "darwin")) or normalize(lang) != CHINESE:
        return None
    name = "LC_ALL" if environ.get("LC_ALL") else "LC_TIME"
    current = environ.get(name) or environ.get("LANG", "")
    if current.lower().startswith("zh"):
        return None
    environ[name] = "zh_CN.UTF-8"  # Qt's locale data is its own: the OS needs no zh_CN locale installed
    return name


def current_language() -> str | None:
    return _current


def set_language(lang: str) -> str:
    """Install the translators for ``lang`` (removing the previous ones) and make its locale Qt's default;
    return the language used.

    Installing a translator makes Qt send LanguageChange to every widget, which is how open
    windows retranslate themselves; their locale follows (``_set_default_locale``).
    """
    global _current
    lang = normalize(lang)
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs a QApplication")
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()

    if lang == CHINESE:
        # Installed first, so asked last: only for Qt's own texts its catalogue below lacks.
        from complaintdesk.ui.qt_supplement import QtSupplement

        _installed.append(QtSupplement(app))
    ours = QTranslator(app)
    if ours.load(f"complaintdesk_{lang}", str(I18N_DIR)):
        _installed.append(ours)
    else:
        log.warning("no translation file for %s in %s", lang, I18N_DIR)
    if lang != ENGLISH:
        # Qt's own strings: standard dialog buttons, the line-edit context menu, file dialogs.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if qtbase.load(f"qtbase_{lang}", qt_dir):
            _installed.append(qtbase)
        else:
            log.info("Qt's own %s translation not found in %s", lang, qt_dir)
    for translator in _installed:
        app.installTranslator(translator)

    _set_default_locale(lang)
    _current = lang
    return lang


def _set_default_locale(lang: str) -> None:
    """Qt's default locale (dates, numbers) for ``lang``, given to the windows already open as well.

    A widget takes the default locale when it is made and keeps it, and so do the children later made in
    it: after a switch of language the main window would still date and count in the first language. So
    the open windows and their children take it again (``unsetLocale``), unless a locale was set on one of
    them on purpose."""
    from PySide6.QtWidgets import QApplication

    from complaintdesk.ui.lazy_qt import Qt  # built on first use (ui/lazy_qt.py)

    QLocale.setDefault(QLocale("zh_CN" if lang == CHINESE else "en_US"))
    app = QCoreApplication.instance()
    if isinstance(app, QApplication):
        for window in app.topLevelWidgets():
            if not window.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
                window.unsetLocale()
