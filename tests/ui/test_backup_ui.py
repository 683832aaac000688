"""File ▸ Back up the database… and File ▸ Restore from a backup…, driven through the menu."""

from __future__ import annotations

import pytest

from complaintdesk.services import maintenance
from complaintdesk.services.case_query import CaseQuery
from complaintdesk.services.demo import DEMO_PASSWORD
from complaintdesk.services.office import Office
from complaintdesk.ui import dialogs
from tests.ui.case_helpers import register_case
from tests.ui.helpers import LOAD_TIMEOUT_MS, sign_in, wait_until_loaded


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append((title, message)))
    return shown


@pytest.fixture
def window(open_window, demo_db_path):
    return open_window(str(demo_db_path))


def back_up(qtbot, window, monkeypatch, dest) -> None:
    monkeypatch.setattr(dialogs, "ask_backup_destination", lambda parent, suggested: str(dest))
    window.ui.backup_action.trigger()
    qtbot.waitUntil(lambda: window.ui.backup_action.isEnabled(), timeout=LOAD_TIMEOUT_MS)


def test_backup_saves_a_verified_copy_with_the_same_rows(qtbot, window, monkeypatch, tmp_path, errors):
    dest = tmp_path / "copies" / "office backup.sqlite"
    dest.parent.mkdir()

    back_up(qtbot, window, monkeypatch, dest)

    assert errors == []
    assert window.ui.status_bar.currentMessage() == f"备份已保存：{dest}"
    assert maintenance.verify_backup_file(dest)
    copy = Office.open(str(dest), daily_backup=False)
    try:
        assert maintenance.table_counts(copy) == maintenance.table_counts(window.office)
    finally:
        copy.close()


def test_backup_over_a_file_the_user_agreed_to_replace(qtbot, window, monkeypatch, tmp_path, errors):
    dest = tmp_path / "old.sqlite"
    dest.write_text("an older copy", encoding="utf-8")

    back_up(qtbot, window, monkeypatch, dest)

    assert errors == []
    assert maintenance.verify_backup_file(dest)
    assert not dest.with_name("old.sqlite.partial").exists()


def test_backup_onto_the_database_itself_is_refused_in_words(qtbot, window, monkeypatch, demo_db_path, errors):
    back_up(qtbot, window, monkeypatch, demo_db_path)

    [(title, message)] = errors
    assert title == "备份数据库"
    assert message.startswith("备份文件不能是数据库本身")
    assert window.office is not None


def test_restore_puts_the_backup_back_and_asks_to_sign_in_again(qtbot, window, monkeypatch, tmp_path,
                                                               demo_db_path, errors):
    # Given a backup, and a case registered after it
    backup = tmp_path / "before.sqlite"
    back_up(qtbot, window, monkeypatch, backup)
    before = window.office.cases.count(CaseQuery())
    register_case(window.office)
    assert window.office.cases.count(CaseQuery()) == before + 1
    asked = []
    monkeypatch.setattr(dialogs, "ask_backup_file", lambda parent, start: str(backup))
    monkeypatch.setattr(dialogs, "confirm_restore",
                        lambda parent, name, when, location: asked.append((name, when, location)) or True)
    old = window.office

    # When the user restores it from the File menu and signs in again
    window.ui.restore_action.trigger()
    with qtbot.waitSignal(window.officeOpened, timeout=LOAD_TIMEOUT_MS):
        sign_in(qtbot, window, "admin", DEMO_PASSWORD)
    wait_until_loaded(qtbot, window.model)

    # Then the confirmation named the backup and its date, and the database is the backup again
    [(name, when, location)] = asked
    assert (name, location) == ("before.sqlite", str(demo_db_path))
    assert len(when) == len("2026-01-01 12:00")
    assert errors == []
    assert window.office is not old
    assert window.office.cases.count(CaseQuery()) == before
    kept = [b.path.name for b in maintenance.list_backups(demo_db_path)]
    assert any("before-restore" in name for name in kept)  # the state before the restore is kept
    assert window.ui.status_bar.currentMessage().startswith("已从 before.sqlite 恢复。恢复前的数据库保存在 ")


def test_restore_cancelled_at_the_question_changes_nothing(qtbot, window, monkeypatch, tmp_path, errors):
    backup = tmp_path / "before.sqlite"
    back_up(qtbot, window, monkeypatch, backup)
    office = window.office
    monkeypatch.setattr(dialogs, "ask_backup_file", lambda parent, start: str(backup))
    asked = []
    monkeypatch.setattr(dialogs, "confirm_restore", lambda *args: asked.append(args) or False)

    window.ui.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=LOAD_TIMEOUT_MS)

    assert window.office is office and errors == []
    assert window.ui.central_stack.currentWidget() is window.ui.cases_page


def test_restoring_a_file_that_is_no_backup_is_refused_before_anything_is_closed(qtbot, window, monkeypatch,
                                                                                tmp_path, errors):
    notes = tmp_path / "notes.sqlite"
    notes.write_text("not a database", encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_backup_file", lambda parent, start: str(notes))
    monkeypatch.setattr(dialogs, "confirm_restore", lambda *args: pytest.fail("must not ask"))
    office = window.office

    window.ui.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=LOAD_TIMEOUT_MS)

    [(title, message)] = errors
    assert title == "从备份恢复" and "不是 SQLite 数据库文件" in message
    assert window.office is office
