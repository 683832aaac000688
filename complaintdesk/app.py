"""Composition root of the desktop app: arguments, QApplication, translations, main window, office.

Start-up order matters for speed: the window is shown before the data layer (SQLAlchemy, Alembic,
≈ 0.3 s to import) is even imported; the office is opened, upgraded and read on a worker thread.

Qt's GUI modules are imported only once ``platform_check`` has found a display and the X11 libraries
(Linux): a missing one would otherwise abort the process inside Qt with a misleading message.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

import complaintdesk
from complaintdesk import APP_NAME, clock, platform_check

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from complaintdesk.ui.main_window import MainWindow

DEFAULT_DEMO_CASES = 400


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    from complaintdesk.ui import i18n  # QtCore only: no display or X11 library needed yet

    parser = command_line_parser(i18n.LANGUAGES)
    args = parser.parse_args(argv)
    if args.demo_cases < 0:
        parser.error("--demo-cases must not be negative")
    return args


def command_line_parser(languages: Sequence[str]) -> argparse.ArgumentParser:
    """The desktop app's command line (``languages``: the choices of ``--lang``)."""
    parser = argparse.ArgumentParser(
        prog="complaintdesk",
        description="ComplaintDesk (中小企业投诉办理台): case management for county SME-promotion offices.",
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--db", metavar="URL_OR_PATH",
                        help="database to open: a SQLite file path or a postgresql+psycopg:// URL "
                             "(default: $COMPLAINTDESK_DB, else the per-user data folder)")
    source.add_argument("--demo", action="store_true",
                        help="start on a throw-away demo office in a temporary folder (deleted on exit)")
    parser.add_argument("--demo-cases", type=int, default=DEFAULT_DEMO_CASES, metavar="N",
                        help=f"number of cases in the demo office (default {DEFAULT_DEMO_CASES})")
    parser.add_argument("--lang", choices=languages,
                        help="interface language (remembered for next time; default: the last one used, "
                             "else Chinese)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {complaintdesk.__version__}")
    return parser


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication, named so that QSettings finds this app's settings (reused if one exists)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(list(argv))
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(complaintdesk.__version__)
    return app


def start(args: argparse.Namespace, settings: QSettings) -> MainWindow:
    """Install the language, show the window, then start opening the office in the background."""
    from PySide6.QtWidgets import QApplication

    from complaintdesk.ui import fonts, i18n, startup_probe
    from complaintdesk.ui.first_paint import after_first_paint
    from complaintdesk.ui.main_window import MainWindow

    lang = i18n.set_language(args.lang or str(settings.value(i18n.SETTINGS_KEY, i18n.DEFAULT_LANGUAGE)))
    if args.lang:
        settings.setValue(i18n.SETTINGS_KEY, lang)
    chinese_font = fonts.ChineseFontCheck()  # before any label is painted: see ui/fonts.py
    window = MainWindow(settings, staged=True)  # the frame first; filters and tools once it is painted
    window.show()
    chinese_font.after_first_paint(window, settings)
    after_first_paint(window, lambda: quit_on_termination(QApplication.instance()))
    startup_probe.install(window)  # last: its report is the first thing done after the paint
    if args.demo:
        window.open_demo(args.demo_cases)
    else:
        window.open_database(args.db)
    return window


def _align_system_locale(args: argparse.Namespace) -> None:
    """Qt's own dialogs date files in the interface's language (see i18n.align_system_locale)."""
    from complaintdesk.ui import i18n

    i18n.align_system_locale(args.lang or _remembered_language() or i18n.DEFAULT_LANGUAGE)


def _remembered_language() -> str | None:
    """The language QSettings remembered, read without Qt: where it matters (Linux and the other Unixes)
    QSettings keeps an INI file, and opening QSettings itself would fix Qt's system locale too early."""
    import os
    from pathlib import Path

    if sys.platform.startswith(("win", "darwin")):
        return None
    home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    try:
        text = (Path(home) / APP_NAME / f"{APP_NAME}.conf").read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return None
    return ini_value(text, "ui", "language")


def ini_value(text: str, section: str, key: str) -> str | None:
    """``key``'s value in ``[section]`` of a QSettings INI file, or None: the plain values this app writes
    there (a language name), read by a scan of the lines instead of ``configparser`` (≈ 2 ms to import,
    before the first paint). A value QSettings had to quote or encode is not one of ours: None."""
    current = None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
        elif current == section and "=" in line and not line.startswith(";"):
            name, value = (part.strip() for part in line.split("=", 1))
            if name == key:
                return value if value and value.replace("_", "").isalnum() else None
    return None


def drop_pyside_import_hook() -> None:
    """Take PySide6's Python-level import hook out again, once PySide6 has loaded (it installs it then).

    PySide6 replaces ``builtins.__import__`` with ``__feature_import__``, for its ``from __feature__
    import snake_case, true_property`` switches: at every import statement it runs Python code of its
    own, and for every module imported it reads the module's source file to see whether it uses PySide6.
    That made each later import 20–25 % slower (the data layer, the window's modules: 60–100 ms of the
    start-up). We use no ``__feature__`` switch; with none selected, Qt's names are the same without the
    hook. Under it lies the import PySide6 saved as ``__orig_import__`` — the interpreter's own, wrapped in
    PySide6's C hook that completes a lazily created module for ``from PySide6.QtXxx import *`` — and that
    is what is put back. An ``__import__`` someone else installed (a debugger, a coverage tool) is left alone.
    """
    import builtins

    feature_import = getattr(builtins, "__feature_import__", None)
    saved = getattr(builtins, "__orig_import__", None)
    if feature_import is not None and saved is not None and builtins.__import__ is feature_import:
        builtins.__import__ = saved


def quit_on_termination(app: QApplication) -> None:
    """SIGTERM (a logout, ``kill``, a service manager) and SIGINT (Ctrl+C in a terminal) end the event
    loop, so that ``main`` closes the office as on a normal exit and a demo office's temporary folder
    is deleted — instead of dying mid-write, or a KeyboardInterrupt raised inside a Qt callback. Python
    runs the handler when the GUI thread next runs Python code; the collector's timer (ui/collector.py)
    does so every second even when the user does nothing."""
    import signal  # its enums cost ≈ 1 ms: installed once the first frame is painted (see start)

    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: app.quit())


def main(argv: Sequence[str] | None = None) -> int:
    gc.disable()  # from here on the GUI thread's collector owns collection (ui/collector.py)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)  # its per-plugin INFO lines say nothing to a user
    args = parse_args(sys.argv[1:] if argv is None else argv)
    drop_pyside_import_hook()  # parse_args loaded PySide6 (QtCore); every import from here on is the faster
    try:
        clock.configure_from_environment()
    except ValueError as exc:
        print(f"{clock.ENV_TODAY}: {exc}", file=sys.stderr)
        return 2
    refused = platform_check.check()  # before Qt's GUI libraries load; prints what to install
    if refused is not None:
        return refused
    from PySide6.QtCore import QSettings

    from complaintdesk.ui import collector, tasks

    _align_system_locale(args)
    app = create_application([sys.argv[0]])
    collector.collect_on_gui_thread(app)  # never on a worker, where it could free a widget (see ui/collector.py)
    settings = QSettings()
    window = start(args, settings)
    try:
        return app.exec()
    finally:
        # closeEvent normally did this already; not if the app was ended another way.
        window.shutdown()
        tasks.wait_for_workers()


if __name__ == "__main__":  # python -m complaintdesk.app
    raise SystemExit(main())
