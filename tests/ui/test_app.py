"""The composition root: command line, language choice, demo start-up, and a window before the data layer."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from complaintdesk.app import command_line_parser, parse_args, start
from complaintdesk.clock import ENV_TODAY
from complaintdesk.services.cases import CaseQuery
from complaintdesk.ui import dialogs, i18n
from tests.ui.helpers import LOAD_TIMEOUT_MS, set_up_admin, sign_in, wait_until_loaded


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append((title, message)))
    return shown


def test_command_line_defaults():
    args = parse_args([])

    assert (args.db, args.demo, args.demo_cases, args.lang) == (None, False, 400, None)


def test_no_arguments_give_the_parsers_own_defaults():
    # The desktop's launcher starts the app without arguments.
    assert parse_args([]) == command_line_parser(i18n.LANGUAGES).parse_args([])


def test_command_line_options():
    args = parse_args(["--demo", "--demo-cases", "50", "--lang", "en"])

    assert (args.demo, args.demo_cases, args.lang) == (True, 50, "en")
    assert parse_args(["--db", "x.sqlite"]).db == "x.sqlite"


@pytest.mark.parametrize("argv", [["--db", "a.sqlite", "--demo"], ["--lang", "fr"], ["--demo-cases", "-1"]])
def test_command_line_rejects_nonsense(argv, capsys):
    with pytest.raises(SystemExit) as exited:
        parse_args(argv)

    assert exited.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_the_window_is_up_before_the_data_layer_is_imported(tmp_path):
    # In a fresh interpreter: build and show the window exactly as main() does, then look.
    script = textwrap.dedent("""
        import sys, time
        from PySide6.QtCore import QSettings
        from complaintdesk.app import create_application
        from complaintdesk.ui import i18n
        from complaintdesk.ui.main_window import MainWindow
        app = create_application(["complaintdesk"])
        i18n.set_language("zh_CN")
        window = MainWindow(QSettings(sys.argv[1], QSettings.Format.IniFormat), staged=True)
        window.show()
        assert window.isVisible()
        assert window.ui.placeholder_label.text() == "正在打开数据库…", window.ui.placeholder_label.text()
        later = ("sqlalchemy", "alembic", "reportlab", "complaintdesk.ui.case_view", "complaintdesk.ui.filter_panel",
                 "complaintdesk.ui.registration_dialog", "complaintdesk.ui.office_tools", "complaintdesk.ui.office_access",
                 "complaintdesk.ui.column_fit", "PySide6.QtPdf")
        print("heavy:", sorted(m for m in later if m in sys.modules))
        # Once the frame is painted, the rest of the window is built: filters, statistics and letters.
        end = time.monotonic() + 10
        while not hasattr(window, "filter_dock") and time.monotonic() < end:
            app.processEvents()
        assert window.filter_dock.isVisible() and window.ui.quick_filter_menu.actions()
        assert window.tools and window.letters and window.access
        print("complete:", not any(m in sys.modules for m in ("sqlalchemy", "alembic")))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "s.ini")], capture_output=True,
                            text=True, env=env, timeout=60)

    assert result.returncode == 0, result.stderr
    assert "heavy: []" in result.stdout
    assert "complete: True" in result.stdout


def test_asking_for_the_office_imports_nothing_more_before_the_first_paint(tmp_path):
    # app.start shows the window and at once asks for the office; the worker that opens it starts after the
    # first paint, and so does the import of what signs a user in (office_access), built with the second stage,
    # and of what finds the per-user data folder (platformdirs: the worker asks config.data_dir).
    script = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QSettings
        from complaintdesk.app import create_application
        from complaintdesk.ui.main_window import MainWindow
        app = create_application(["complaintdesk"])
        window = MainWindow(QSettings(sys.argv[1], QSettings.Format.IniFormat), staged=True)
        window.show()
        window.open_database(sys.argv[2])
        later = ("sqlalchemy", "platformdirs", "complaintdesk.ui.office_access", "complaintdesk.ui.filter_panel",
                 "complaintdesk.ui.icons", "complaintdesk.ui.dialogs")
        print("heavy:", sorted(m for m in later if m in sys.modules))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "s.ini"), str(tmp_path / "none.sqlite")],
                            capture_output=True, text=True, env=env, timeout=60)

    assert result.returncode == 0, result.stderr
    assert "heavy: []" in result.stdout, result.stdout


def test_the_first_frame_is_painted_before_qts_namespace_of_enums_is_built(tmp_path):
    """PySide6 builds all 93 enums of ``QtCore.Qt`` when anything first reads it (≈ 15–20 ms): nothing on the way
    to the window's first frame does (ui/lazy_qt.py; the form's enum properties are numbers, the shortcuts come
    with the second stage). Afterwards the window has what those gave it: centred placeholder, selectable text,
    text beside the tool bar's icons, the bar at the top, the menus' shortcuts (the centred button:
    tests/ui/test_main_window.py)."""
    script = textwrap.dedent("""
        import sys, time
        import PySide6.QtCore as QtCore
        from PySide6.QtCore import QEvent, QObject, QSettings
        from complaintdesk.app import create_application
        from complaintdesk.ui import i18n
        from complaintdesk.ui.main_window import MainWindow
        app = create_application(["complaintdesk"])
        i18n.set_language("zh_CN")
        window = MainWindow(QSettings(sys.argv[1], QSettings.Format.IniFormat), staged=True)
        seen = []
        class FirstPaint(QObject):
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint and not seen:
                    seen.append("Qt" in QtCore.__dict__)
                return False
        window.installEventFilter(FirstPaint(window))
        window.show()
        window.open_database(sys.argv[2])
        end = time.monotonic() + 10
        while not (seen and hasattr(window, "filter_dock")) and time.monotonic() < end:
            app.processEvents()
        print("namespace at first paint:", seen)
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence
        ui = window.ui
        assert ui.placeholder_label.alignment() == Qt.AlignmentFlag.AlignCenter
        assert ui.placeholder_label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
        assert ui.main_tool_bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        assert window.toolBarArea(ui.main_tool_bar) == Qt.ToolBarArea.TopToolBarArea
        assert ui.new_case_action.shortcut() == QKeySequence("Ctrl+N")
        assert ui.refresh_action.shortcut() == QKeySequence("F5")
        print("after: ok")
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "s.ini"), str(tmp_path / "none.sqlite")],
                            capture_output=True, text=True, env=env, timeout=60)

    assert result.returncode == 0, result.stderr
    assert "namespace at first paint: [False]" in result.stdout, result.stdout
    assert "after: ok" in result.stdout


def test_after_start_up_an_import_runs_no_python_code_of_pysides(tmp_path, demo_db_path):
    # PySide6 puts a hook of its own (``__feature__`` switches) in front of every import statement: Python code at
    # each one, and a read of every newly imported module's source file; that slowed every import after it by a
    # fifth. main() takes it out once PySide6 has loaded. In a fresh interpreter, exactly as the app starts:
    script = textwrap.dedent("""
        import builtins, sys
        from complaintdesk.app import main
        main(["--db", sys.argv[1]])  # COMPLAINTDESK_STARTUP_PROBE=window: ends once the window is painted
        hook = getattr(builtins, "__feature_import__")  # PySide6 did install it
        assert builtins.__import__ is not hook and builtins.__import__ is builtins.__orig_import__
        calls = []
        sys.setprofile(lambda frame, event, arg: calls.append(frame.f_code.co_name) if event == "call" else None)
        import json, PySide6.QtNetwork  # one module already loaded, one PySide6 module not yet
        sys.setprofile(None)
        print("python calls:", [c for c in calls if c in ("feature_import", "feature_imported")])
        from PySide6.QtNetwork import QTcpSocket  # a fresh PySide6 module still works
        from PySide6.QtSvg import *  # a star import too: PySide's C part of the hook, kept, completes it
        print("works:", QTcpSocket.__name__, "QSvgRenderer" in dir())
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMPLAINTDESK_STARTUP_PROBE": "window",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}  # the developer's own settings stay untouched
    result = subprocess.run([sys.executable, "-c", script, str(demo_db_path)], capture_output=True, text=True,
                            env=env, timeout=120)

    assert result.returncode == 0, result.stderr
    assert "python calls: []" in result.stdout
    assert "works: QTcpSocket True" in result.stdout


def test_the_first_frame_waits_for_nothing_it_does_not_show(tmp_path, demo_db_path):
    # PySide6 sets a Qt class up (its enums: 0.5-2 ms each) when Python first names it, and a module costs its
    # import: what only the second stage, a row or a notice uses is left until then. As the app starts, at the
    # window's first paint:
    script = textwrap.dedent("""
        import sys
        before = set(sys.modules)  # what the interpreter loaded before us (a .pth file may import more)
        from complaintdesk.app import main
        from complaintdesk.ui import startup_probe
        report = startup_probe._report
        def painted(what):
            import PySide6.QtGui as gui, PySide6.QtWidgets as widgets
            import PySide6.QtCore as core
            classes = {"QKeySequence": gui, "QMessageBox": widgets, "QDockWidget": widgets, "QScrollArea": widgets,
                       "QProgressBar": widgets, "QThread": core, "QPainter": gui}
            modules = ("configparser", "complaintdesk.ui.font_notice", "complaintdesk.ui.filter_panel",
                       "complaintdesk.ui.office_access", "complaintdesk.ui.icons", "complaintdesk.ui.labels",
                       "complaintdesk.domain.vocabulary", "complaintdesk.domain.workflow", "complaintdesk.config",
                       "dataclasses", "pkgutil", "signal", "datetime", "importlib.resources")
            print("set up:", sorted(name for name, module in classes.items() if name in vars(module)),
                  "imported:", [name for name in modules if name in sys.modules and name not in before], flush=True)
            report(what)
        startup_probe._report = painted
        main(["--db", sys.argv[1]])
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMPLAINTDESK_STARTUP_PROBE": "window",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop(ENV_TODAY)  # as an office starts it: on the machine's day (a fixed day is parsed before the window)
    (tmp_path / "config" / "ComplaintDesk").mkdir(parents=True)  # a remembered language: read without configparser
    (tmp_path / "config" / "ComplaintDesk" / "ComplaintDesk.conf").write_text("[ui]\nlanguage=zh_CN\n")
    result = subprocess.run([sys.executable, "-c", script, str(demo_db_path)], capture_output=True, text=True,
                            env=env, timeout=120)

    assert result.returncode == 0, result.stderr
    assert "set up: [] imported: []" in result.stdout, result.stdout
    assert "probe window" in result.stdout


def test_demo_start_shows_a_working_office_and_cleans_up(qtbot, settings):
    window = start(parse_args(["--demo", "--demo-cases", "40"]), settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.office is not None, timeout=LOAD_TIMEOUT_MS)
    wait_until_loaded(qtbot, window.model)
    office = window.office
    folder = office.target.sqlite_path.parent

    assert window.model.rowCount() == office.cases.count(window.model.query) > 0
    assert office.cases.count(CaseQuery()) == 40
    assert window.windowTitle() == "投诉办理台 — ComplaintDesk（演示数据，退出后删除）"
    assert folder.exists()

    window.close()

    assert window.office is None
    assert not folder.exists()


def test_lang_option_wins_and_is_remembered(qtbot, settings, tmp_path, errors):
    db = str(tmp_path / "office.sqlite")
    window = start(parse_args(["--db", db, "--lang", "en"]), settings)
    qtbot.addWidget(window)
    set_up_admin(qtbot, window, password="first-admin-pw")  # a new database: first-run set-up
    qtbot.waitUntil(lambda: window.office is not None, timeout=LOAD_TIMEOUT_MS)

    assert window.ui.file_menu.title() == "&File"
    assert settings.value(i18n.SETTINGS_KEY) == "en"
    # Its locale is the window's and its children's as well as the default
    assert QLocale().name() == window.locale().name() == window.ui.case_table_view.locale().name() == "en_US"
    window.close()

    # Next start without --lang: the remembered language
    again = start(parse_args(["--db", db]), settings)
    qtbot.addWidget(again)
    sign_in(qtbot, again, "admin", "first-admin-pw")
    qtbot.waitUntil(lambda: again.office is not None, timeout=LOAD_TIMEOUT_MS)
    assert again.ui.file_menu.title() == "&File"
    assert again.locale().name() == "en_US"
    assert errors == []


def test_a_language_switched_at_run_time_gives_the_open_windows_its_locale(qtbot, settings, tmp_path):
    window = start(parse_args(["--db", str(tmp_path / "office.sqlite")]), settings)
    qtbot.addWidget(window)
    set_up_admin(qtbot, window, password="first-admin-pw")  # a new database: first-run set-up
    qtbot.waitUntil(lambda: window.office is not None, timeout=LOAD_TIMEOUT_MS)
    table, dock = window.ui.case_table_view, window.filter_dock
    assert QLocale().name() == window.locale().name() == table.locale().name() == dock.locale().name() == "zh_CN"

    window.switch_language(i18n.ENGLISH)

    assert QLocale().name() == window.locale().name() == table.locale().name() == dock.locale().name() == "en_US"
    assert QLabel(window).locale().name() == "en_US"  # and what is made in them after
    window.switch_language(i18n.CHINESE)
    assert window.locale().name() == table.locale().name() == "zh_CN"


def test_a_bad_db_option_shows_the_message_not_a_traceback(qtbot, settings, tmp_path, errors):
    window = start(parse_args(["--db", str(tmp_path)]), settings)
    qtbot.addWidget(window)

    qtbot.waitUntil(lambda: len(errors) == 1, timeout=LOAD_TIMEOUT_MS)

    [(title, message)] = errors
    assert title == "无法打开数据库"
    assert message == f"数据库路径是一个文件夹：{tmp_path}"  # in the interface language, no " / " pair
    assert window.isVisible() and window.ui.open_database_action.isEnabled()
