"""Signing in at the desk: the sign-in dialog, first-run set-up, demo auto sign-in, password change, switching user."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from complaintdesk.services.auth import MAX_FAILURES
from complaintdesk.services.demo import DEMO_PASSWORD
from complaintdesk.services.office import Office
from complaintdesk.store.models import Event, User
from complaintdesk.ui.admin_setup_dialog import AdminSetupDialog
from complaintdesk.ui.login_dialog import LoginDialog
from complaintdesk.ui.main_window import MainWindow
from tests.identity import OFFICE_IDENTITY
from tests.ui.helpers import LOAD_TIMEOUT_MS, sign_in, wait_until_loaded


@pytest.fixture
def window(qtbot, settings):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    return window


def login_dialog(qtbot, window) -> LoginDialog:
    qtbot.waitUntil(lambda: isinstance(window.access.dialog, LoginDialog), timeout=LOAD_TIMEOUT_MS)
    return window.access.dialog


def try_password(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    """Type the name and password, press Enter in the password field and wait for the verdict."""
    dialog.ui.username_line_edit.setText(username)
    dialog.ui.password_line_edit.setText(password)
    qtbot.keyClick(dialog.ui.password_line_edit, "\r")
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LOAD_TIMEOUT_MS)


def test_the_office_is_not_shown_before_someone_signs_in(qtbot, window, demo_db_path):
    window.open_database(str(demo_db_path))

    dialog = login_dialog(qtbot, window)

    assert window.office is None
    assert window.ui.central_stack.currentWidget() is window.ui.placeholder_page
    assert dialog.windowTitle() == "登录"
    assert str(demo_db_path) in dialog.ui.intro_label.text()


def test_a_wrong_password_is_shown_next_to_the_field_and_the_user_name_stays(qtbot, window, demo_db_path):
    window.open_database(str(demo_db_path))
    dialog = login_dialog(qtbot, window)

    try_password(qtbot, dialog, "wanglh", "not-the-password")

    assert dialog.isVisible() and window.office is None
    assert dialog.errors.messages() == {"password": "用户名或密码错误"}
    assert dialog.ui.password_error_label.isVisibleTo(dialog)
    assert dialog.ui.password_error_label.text() == "用户名或密码错误"
    assert dialog.ui.username_line_edit.text() == "wanglh"
    assert dialog.ui.password_line_edit.text() == ""  # ready for the next try
    assert dialog.ui.password_line_edit.hasFocus()


def test_an_empty_form_is_refused_without_asking_the_database(qtbot, window, demo_db_path):
    window.open_database(str(demo_db_path))
    dialog = login_dialog(qtbot, window)

    dialog.ui.sign_in_button.click()

    assert not dialog.busy
    assert dialog.errors.messages() == {"username": "请输入用户名。", "password": "请输入密码。"}


def test_the_right_password_signs_in_and_the_status_bar_names_the_user(qtbot, window, demo_db_path):
    window.open_database(str(demo_db_path))
    dialog = login_dialog(qtbot, window)

    with qtbot.waitSignal(window.officeOpened, timeout=LOAD_TIMEOUT_MS):
        try_password(qtbot, dialog, " wanglh ", DEMO_PASSWORD)  # stray spaces around the name are forgiven
    wait_until_loaded(qtbot, window.model)

    actor = window.office.actor
    assert (actor.username, actor.role) == ("wanglh", "officer")
    assert window.office.signed_in
    assert window.user_label.text() == f"当前用户：{actor.display_name}（承办人）"
    assert window.ui.status_bar.currentMessage() == f"已登录：{actor.display_name}（承办人）。"
    assert window.ui.change_password_action.isEnabled() and window.ui.switch_user_action.isEnabled()
    assert window.access.dialog is None  # the dialog is gone


def test_five_wrong_passwords_lock_the_account(qtbot, window, demo_db_path):
    window.open_database(str(demo_db_path))
    dialog = login_dialog(qtbot, window)

    for _ in range(MAX_FAILURES - 1):
        try_password(qtbot, dialog, "wanglh", "guess-again")
        assert dialog.errors.messages() == {"password": "用户名或密码错误"}
    try_password(qtbot, dialog, "wanglh", "guess-again")
    assert dialog.errors.messages() == {"password": "用户名或密码错误；账户已锁定15分钟"}

    # Even the right password is refused now, with how long to wait
    try_password(qtbot, dialog, "wanglh", DEMO_PASSWORD)
    assert dialog.errors.messages() == {"password": "连续输错密码，账户已锁定，请 15 分钟后再试"}
    assert window.office is None


def test_a_disabled_account_is_told_so(qtbot, window, demo_db_path):
    office = Office.open(str(demo_db_path))
    with office.db.write() as session:
        session.execute(select(User).where(User.username == "wanglh")).scalar_one().active = False
    office.close()
    window.open_database(str(demo_db_path))
    dialog = login_dialog(qtbot, window)

    try_password(qtbot, dialog, "wanglh", DEMO_PASSWORD)

    assert dialog.errors.messages() == {"password": "账户已停用，请联系管理员"}


def test_cancelling_the_sign_in_leaves_the_window_without_an_office(qtbot, window, demo_db_path):
    window.open_database(str(demo_db_path))
    dialog = login_dialog(qtbot, window)

    dialog.ui.cancel_button.click()

    qtbot.waitUntil(lambda: window.ui.open_database_action.isEnabled())
    assert window.office is None
    assert window.ui.central_stack.currentWidget() is window.ui.placeholder_page
    assert window.ui.open_database_button.isVisibleTo(window)
    assert window.ui.status_bar.currentMessage() == "无人登录，未打开数据库。"


def test_first_run_sets_up_the_administrator_and_signs_in(qtbot, window, tmp_path):
    path = tmp_path / "new office.sqlite"
    window.open_database(str(path))
    qtbot.waitUntil(lambda: isinstance(window.access.dialog, AdminSetupDialog), timeout=LOAD_TIMEOUT_MS)
    dialog = window.access.dialog
    ui = dialog.ui
    assert ui.username_line_edit.text() == "admin"

    # A short password and a mistyped repeat are caught in the dialog
    for field, edit in dialog.identity_edits.items():
        edit.setText(OFFICE_IDENTITY[field])
    ui.display_name_line_edit.setText("张建国")
    ui.password_line_edit.setText("short")
    ui.save_button.click()
    assert dialog.errors.messages() == {"password": "密码至少 8 位"}
    ui.password_line_edit.setText("county-office-2026")
    ui.password_again_line_edit.setText("county-office-2025")
    ui.save_button.click()
    assert dialog.errors.messages() == {"password_again": "两次输入的密码不一致，请再输入一遍。"}

    with qtbot.waitSignal(window.officeOpened, timeout=LOAD_TIMEOUT_MS):
        ui.password_again_line_edit.setText("county-office-2026")
        ui.save_button.click()

    actor = window.office.actor
    assert (actor.username, actor.display_name, actor.role) == ("admin", "张建国", "admin")
    assert window.user_label.text() == "当前用户：张建国（管理员）"
    with window.office.db.read() as session:
        actions = [e.action for e in session.execute(select(Event).where(Event.entity == "user")).scalars()]
    assert actions[-3:] == ["user_created", "first_admin", "login"]
    assert window.office.settings.identity_gaps() == ()


def test_a_taken_user_name_in_the_set_up_is_shown_next_to_it(qtbot, window, tmp_path):
    # Given an office whose only user (an officer) has no password: there is no administrator to sign in
    path = tmp_path / "office.sqlite"
    office = Office.open(str(path))
    from complaintdesk.services.actor import SYSTEM
    from complaintdesk.services.users import create_user

    with office.db.write() as session:
        create_user(session, SYSTEM, username="admin", display_name="旧账户", role="officer", password=None)
    office.close()
    window.open_database(str(path))
    qtbot.waitUntil(lambda: isinstance(window.access.dialog, AdminSetupDialog), timeout=LOAD_TIMEOUT_MS)
    dialog = window.access.dialog

    dialog.ui.display_name_line_edit.setText("张建国")
    dialog.ui.password_line_edit.setText("county-office-2026")
    dialog.ui.password_again_line_edit.setText("county-office-2026")
    for field, edit in dialog.identity_edits.items():
        edit.setText(OFFICE_IDENTITY[field])
    dialog.ui.save_button.click()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.errors.has_errors(), timeout=LOAD_TIMEOUT_MS)

    assert dialog.errors.messages() == {"username": "用户名“admin”已存在"}
    assert dialog.isVisible() and window.office is None


def test_change_password_from_the_user_menu(qtbot, open_window, demo_db_path):
    from complaintdesk.ui.change_password_dialog import ChangePasswordDialog

    window = open_window(str(demo_db_path), "wanglh", DEMO_PASSWORD)
    window.ui.change_password_action.trigger()
    dialog = window.access.dialog
    assert isinstance(dialog, ChangePasswordDialog)
    ui = dialog.ui

    # A wrong current password is reported next to it
    ui.old_password_line_edit.setText("wrong-password")
    ui.new_password_line_edit.setText("a-new-password")
    ui.new_password_again_line_edit.setText("a-new-password")
    ui.save_button.click()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.errors.has_errors(), timeout=LOAD_TIMEOUT_MS)
    assert dialog.errors.messages() == {"old_password": "原密码不正确"}

    ui.old_password_line_edit.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=LOAD_TIMEOUT_MS):
        ui.save_button.click()

    assert window.ui.status_bar.currentMessage() == "密码已修改。"
    # The new password works, the old one no longer
    check = Office.open(str(demo_db_path))
    try:
        assert check.sign_in("wanglh", "a-new-password").username == "wanglh"
    finally:
        check.close()


def test_switch_user_signs_in_someone_else_and_closes_the_last_users_tabs(qtbot, open_window, demo_db_path):
    window = open_window(str(demo_db_path), "wanglh", DEMO_PASSWORD)
    office = window.office
    row = window.model.row_at(0)
    window.open_case(row.id)
    assert window.case_views()

    window.ui.switch_user_action.trigger()
    with qtbot.waitSignal(window.officeOpened, timeout=LOAD_TIMEOUT_MS):
        sign_in(qtbot, window, "zhaogq", DEMO_PASSWORD)
    wait_until_loaded(qtbot, window.model)

    assert window.office.actor.username == "zhaogq"
    assert window.user_label.text().endswith("（审核人）")
    assert window.case_views() == []
    assert window.office is office  # the same office, not opened again


def test_demo_signs_in_the_officer_automatically_and_says_so(qtbot, settings):
    from complaintdesk.app import parse_args, start

    window = start(parse_args(["--demo", "--demo-cases", "20"]), settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.office is not None, timeout=LOAD_TIMEOUT_MS)

    actor = window.office.actor
    assert actor.username == "wanglh" and window.office.signed_in
    message = window.ui.status_bar.currentMessage()
    assert message.startswith(f"演示数据库：已自动以承办人 {actor.display_name}（wanglh）登录")
    assert DEMO_PASSWORD in message
    window.close()



# --- issue 15: a one-time password is replaced before anything else ----------------------------------------


@pytest.fixture
def one_time_db(tmp_path):
    """A small demo office where an administrator gave 王丽华 (wanglh) the one-time password ``one-time-pass-1``."""
    from complaintdesk.services import auth
    from complaintdesk.services.actor import SYSTEM
    from complaintdesk.services.demo import generate

    demo_db_path = tmp_path / "office" / "demo.sqlite"
    demo_db_path.parent.mkdir()
    office = Office.open(str(demo_db_path))
    try:
        generate(office.db, cases=20, seed=2)
        with office.db.read() as session:
            user_id = session.execute(select(User.id).where(User.username == "wanglh")).scalar_one()
        auth.reset_password(office.db, SYSTEM, user_id, "one-time-pass-1")
    finally:
        office.close()
    return demo_db_path


def forced_change_dialog(qtbot, window):
    from complaintdesk.ui.change_password_dialog import ChangePasswordDialog

    window.open_database(str(window.one_time_db))
    try_password(qtbot, login_dialog(qtbot, window), "wanglh", "one-time-pass-1")
    qtbot.waitUntil(lambda: isinstance(window.access.dialog, ChangePasswordDialog), timeout=LOAD_TIMEOUT_MS)
    return window.access.dialog


def save_new_password(qtbot, dialog, new: str, again: str) -> None:
    dialog.ui.new_password_line_edit.setText(new)
    dialog.ui.new_password_again_line_edit.setText(again)
    dialog.ui.save_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LOAD_TIMEOUT_MS)


def test_a_one_time_password_is_replaced_before_the_office_is_shown(qtbot, window, one_time_db):
    # Given an officer signing in with the one-time password an administrator gave
    window.one_time_db = one_time_db
    dialog = forced_change_dialog(qtbot, window)

    # Then a new password is asked for (twice, no current one), and the office stays hidden
    assert dialog.one_time and window.office is None
    assert dialog.ui.new_password_line_edit.isVisibleTo(dialog)
    assert not dialog.ui.old_password_line_edit.isVisibleTo(dialog)
    assert "wanglh" in dialog.ui.intro_label.text()
    save_new_password(qtbot, dialog, "wanglh-own-pass-1", "wanglh-own-pass-2")
    assert dialog.errors.messages() == {"new_password_again": "两次输入的密码不一致，请再输入一遍。"}
    save_new_password(qtbot, dialog, "one-time-pass-1", "one-time-pass-1")
    assert dialog.errors.messages() == {"new_password": "新密码不能与旧密码相同"}
    assert dialog.isVisible() and window.office is None

    # When a password of their own is saved, the office opens as them, and the history says so
    with qtbot.waitSignal(window.officeOpened, timeout=LOAD_TIMEOUT_MS):
        save_new_password(qtbot, dialog, "wanglh-own-pass-1", "wanglh-own-pass-1")
    wait_until_loaded(qtbot, window.model)
    assert window.office.actor.username == "wanglh" and window.office.signed_in
    with window.office.db.read() as session:
        one_time = session.execute(select(User.must_change_password).where(User.username == "wanglh")).scalar_one()
        actions = session.execute(select(Event.action).where(Event.entity == "user").order_by(Event.id.desc())
                                  .limit(2)).scalars().all()
    assert not one_time and actions == ["password_changed", "login"]
    check = Office.open(str(one_time_db))
    try:
        assert check.sign_in("wanglh", "wanglh-own-pass-1").username == "wanglh" and check.signed_in
    finally:
        check.close()


def test_cancelling_the_new_password_signs_nobody_in(qtbot, window, one_time_db):
    window.one_time_db = one_time_db
    dialog = forced_change_dialog(qtbot, window)

    dialog.ui.cancel_button.click()

    qtbot.waitUntil(lambda: window.ui.open_database_action.isEnabled())
    assert window.office is None
    assert window.ui.status_bar.currentMessage() == "无人登录，未打开数据库。"


def test_switching_to_a_user_with_a_one_time_password_asks_for_theirs_and_cancelling_keeps_the_last(
        qtbot, open_window, one_time_db):
    from complaintdesk.ui.change_password_dialog import ChangePasswordDialog

    window = open_window(str(one_time_db), "zhangjj", DEMO_PASSWORD)
    office = window.office

    window.ui.switch_user_action.trigger()
    sign_in(qtbot, window, "wanglh", "one-time-pass-1")
    qtbot.waitUntil(lambda: isinstance(window.access.dialog, ChangePasswordDialog), timeout=LOAD_TIMEOUT_MS)
    assert office.actor.username == "zhangjj"  # nobody acts as wanglh yet
    window.access.dialog.ui.cancel_button.click()
    qtbot.waitUntil(lambda: window.access.dialog is None, timeout=LOAD_TIMEOUT_MS)
    assert window.office is office and office.actor.username == "zhangjj" and office.password_change_pending is None

    window.ui.switch_user_action.trigger()
    sign_in(qtbot, window, "wanglh", "one-time-pass-1")
    qtbot.waitUntil(lambda: isinstance(window.access.dialog, ChangePasswordDialog), timeout=LOAD_TIMEOUT_MS)
    with qtbot.waitSignal(window.officeOpened, timeout=LOAD_TIMEOUT_MS):
        save_new_password(qtbot, window.access.dialog, "wanglh-own-pass-1", "wanglh-own-pass-1")
    assert window.office is office and office.actor.username == "wanglh"
