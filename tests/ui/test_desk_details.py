"""Small things a user reads: who is signed in, which list opens, the dashboard's wording, where a PDF went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from complaintdesk.services.demo import DEMO_PASSWORD
from complaintdesk.ui import dialogs
from complaintdesk.ui.filter_panel import QuickFilter
from complaintdesk.ui.letter_dialog import save_with_dialog
from tests.ui.helpers import LOAD_TIMEOUT_MS, sign_in, wait_until_loaded


def test_after_another_user_signs_in_to_the_demo_the_status_bar_names_them_not_the_automatic_officer(
        qtbot, settings):
    from complaintdesk.app import parse_args, start

    window = start(parse_args(["--demo", "--demo-cases", "20"]), settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.office is not None, timeout=LOAD_TIMEOUT_MS)
    assert window.ui.status_bar.currentMessage().startswith("演示数据库：已自动以承办人")

    window.ui.switch_user_action.trigger()
    with qtbot.waitSignal(window.officeOpened, timeout=LOAD_TIMEOUT_MS):
        sign_in(qtbot, window, "sunwd", DEMO_PASSWORD)

    message = window.ui.status_bar.currentMessage()
    assert "自动" not in message and "承办人" not in message
    assert message == f"已登录：{window.office.actor.display_name}（审核人）。"
    window.close()


def test_each_user_gets_their_own_list_and_a_supervisor_does_not_inherit_my_cases(qtbot, open_window, demo_db_path):
    # Given an officer who looks at their own cases
    window = open_window(str(demo_db_path), "wanglh")
    window.filter_panel.set_quick_filter(QuickFilter.MINE)
    wait_until_loaded(qtbot, window.model)
    assert window.model.total > 0

    # When a supervisor signs in at the same desk, the list shows all open cases, not an empty "my cases"
    window.ui.switch_user_action.trigger()
    with qtbot.waitSignal(window.officeOpened, timeout=LOAD_TIMEOUT_MS):
        sign_in(qtbot, window, "sunwd", DEMO_PASSWORD)
    wait_until_loaded(qtbot, window.model)
    assert window.filter_panel.quick_filter == QuickFilter.OPEN
    assert window.model.query.handler_id is None and window.model.total > 0

    # And when the officer comes back, their own choice is back
    window.ui.switch_user_action.trigger()
    with qtbot.waitSignal(window.officeOpened, timeout=LOAD_TIMEOUT_MS):
        sign_in(qtbot, window, "wanglh", DEMO_PASSWORD)
    wait_until_loaded(qtbot, window.model)
    assert window.filter_panel.quick_filter == QuickFilter.MINE


def test_the_two_closure_tiles_say_different_things(qtbot, open_window, demo_db_path):
    window = open_window(str(demo_db_path))
    page = window.tools.show_dashboard()
    qtbot.waitUntil(lambda: page.dashboard is not None and not page.loading, timeout=LOAD_TIMEOUT_MS)
    tiles = page.tiles()
    closure = tiles["closure_rate"].detail_label.text()
    on_time = tiles["on_time_rate"].detail_label.text()

    assert "受理" in closure and "其中已办结" in closure
    assert "期内结案" in on_time and "按期" in on_time and "办结" not in on_time
    # A long figure is set smaller on a narrow tile, never cut off
    window.resize(1024, 700)
    qtbot.wait(50)
    for tile in tiles.values():
        label = tile.value_label
        assert label.fontMetrics().horizontalAdvance(label.text()) <= tile.width()


def test_save_as_pdf_suggests_the_documents_folder_and_says_where_the_file_went(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[str] = []
    target = tmp_path / "受理告知书.pdf"

    def ask(_parent, suggested, title=""):
        asked.append(suggested)
        return str(target)

    monkeypatch.setattr(dialogs, "ask_pdf_path", ask)
    opened: list[str] = []
    monkeypatch.setattr(dialogs, "open_folder", opened.append)

    assert save_with_dialog(parent, b"%PDF-1.4 test", "受理告知书.pdf") == str(target)

    assert Path(asked[0]).is_absolute() and Path(asked[0]).name == "受理告知书.pdf"
    assert Path(asked[0]).parent != Path.cwd() or Path.cwd() == Path.home() / "Documents"
    assert target.read_bytes() == b"%PDF-1.4 test"
    box = parent.findChild(QMessageBox, "saved_message_box")
    assert box is not None and box.isVisible() and str(target) in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "open_folder_button"), Qt.MouseButton.LeftButton)
    assert opened == [str(target)]

    # The next one is suggested where this one went
    save_with_dialog(parent, b"%PDF-1.4 again", "督办通知书.pdf")
    assert asked[1] == str(tmp_path / "督办通知书.pdf")
