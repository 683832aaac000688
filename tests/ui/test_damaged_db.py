"""A database file that cannot be opened at start: the recovery dialog, and restoring from its list."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from complaintdesk.config import backup_dir_for
from complaintdesk.services import maintenance
from complaintdesk.services.case_query import CaseQuery
from complaintdesk.services.demo import DEMO_PASSWORD
from complaintdesk.ui import dialogs
from complaintdesk.ui.damaged_database_dialog import DamagedDatabaseDialog, Recovery, RecoveryChoice
from complaintdesk.ui.main_window import MainWindow
from tests.conftest import copy_office
from tests.ui.helpers import LOAD_TIMEOUT_MS, sign_in, wait_until_loaded


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append((title, message)))
    return shown


@pytest.fixture
def window(qtbot, settings):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    return window


def keep_backup(demo_template, db_path, name: str, when: datetime):
    """A backup copy of the demo office in ``backups/`` next to ``db_path``, dated ``when``."""
    folder = backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    copy_office(demo_template, path)  # with the history key: this desk holds the office's key
    Path(f"{path}.anchor").unlink()  # a backup has a manifest, not an anchor beside it
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path


def foreign_database(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('红烧肉')")
    conn.commit()
    conn.close()


def test_a_foreign_database_offers_its_backups_and_restoring_one_reopens_the_office(
        qtbot, window, tmp_path, demo_template, recovery_offers, errors):
    # Given someone else's SQLite file where the office database should be, and two backups of it
    db = tmp_path / "office.sqlite"
    foreign_database(db)
    older = keep_backup(demo_template, db, "office-daily-20260301.sqlite", datetime(2026, 3, 1, 18, 0))
    newer = keep_backup(demo_template, db, "office-daily-20260302.sqlite", datetime(2026, 3, 2, 18, 0))
    recovery_offers.answers.append(Recovery(RecoveryChoice.RESTORE, newer))

    # When the window opens it, and the user restores the newest backup from the list, then signs in
    with qtbot.waitSignal(window.officeFailed, timeout=LOAD_TIMEOUT_MS):
        window.open_database(str(db))
    with qtbot.waitSignal(window.officeOpened, timeout=LOAD_TIMEOUT_MS):
        sign_in(qtbot, window, "admin", DEMO_PASSWORD)
    wait_until_loaded(qtbot, window.model)

    # Then the dialog said what is wrong and listed the backups newest first, with no error box
    [(path, problem, backups)] = recovery_offers
    assert path == db and "不是投诉办理台的数据库" in problem
    assert [b.path for b in backups] == [newer, older]
    assert errors == []
    # …and the office is the backup, while the foreign file is kept, untouched, in backups/
    assert window.office.cases.count(CaseQuery()) == 300
    [aside] = [p for p in backup_dir_for(db).iterdir() if "-set-aside" in p.name]
    assert sqlite3.connect(aside).execute("SELECT name FROM recipes").fetchall() == [("红烧肉",)]


def test_a_damaged_file_is_offered_the_same_way_out(qtbot, window, tmp_path, demo_template, recovery_offers):
    db = tmp_path / "office.sqlite"
    shutil.copy(demo_template, db)
    with db.open("r+b") as fh:  # the header survives, the page after it does not
        fh.seek(100)
        fh.write(b"\xff" * 4000)

    with qtbot.waitSignal(window.officeFailed, timeout=LOAD_TIMEOUT_MS):
        window.open_database(str(db))

    [(path, problem, backups)] = recovery_offers
    assert path == db and "损坏" in problem and backups == []
    assert window.office is None
    assert window.ui.open_database_button.isVisibleTo(window)


def test_choosing_another_database_asks_for_one(qtbot, window, tmp_path, recovery_offers, monkeypatch):
    db = tmp_path / "office.sqlite"
    foreign_database(db)
    asked = []
    monkeypatch.setattr(dialogs, "ask_database_file", lambda parent, start: asked.append(start))
    recovery_offers.answers.append(Recovery(RecoveryChoice.OTHER_DATABASE))

    with qtbot.waitSignal(window.officeFailed, timeout=LOAD_TIMEOUT_MS):
        window.open_database(str(db))

    assert len(asked) == 1 and window.office is None


def test_quit_closes_the_window(qtbot, window, tmp_path, recovery_offers):
    db = tmp_path / "office.sqlite"
    foreign_database(db)
    recovery_offers.answers.append(Recovery(RecoveryChoice.QUIT))

    with qtbot.waitSignal(window.officeFailed, timeout=LOAD_TIMEOUT_MS):
        window.open_database(str(db))

    assert not window.isVisible()


def test_the_dialog_lists_backups_newest_first_with_dates_and_returns_the_chosen_one(qtbot, tmp_path,
                                                                                     demo_template):
    db = tmp_path / "office.sqlite"
    older = keep_backup(demo_template, db, "a.sqlite", datetime(2026, 3, 1, 9, 30))
    newer = keep_backup(demo_template, db, "b.sqlite", datetime(2026, 3, 2, 17, 5))
    backups = maintenance.list_backups(db)
    dialog = DamagedDatabaseDialog(db, "数据库文件已损坏", backups)
    qtbot.addWidget(dialog)
    ui = dialog.ui

    texts = [ui.backups_list_widget.item(i).text() for i in range(ui.backups_list_widget.count())]
    assert texts[0].startswith("2026-03-02 17:05 — b.sqlite（") and texts[1].startswith("2026-03-01 09:30 — a.sqlite（")
    assert str(db) in ui.problem_label.text() and "数据库文件已损坏" in ui.problem_label.text()
    assert ui.restore_button.text() == "从所选备份恢复(&R)"

    ui.backups_list_widget.setCurrentRow(1)
    qtbot.mouseClick(ui.restore_button, Qt.MouseButton.LeftButton)

    assert dialog.choice == Recovery(RecoveryChoice.RESTORE, older)
    assert newer.exists()


def test_without_backups_only_the_other_ways_are_open(qtbot, tmp_path):
    dialog = DamagedDatabaseDialog(tmp_path / "office.sqlite", "这不是投诉办理台的数据库", [])
    qtbot.addWidget(dialog)

    assert not dialog.ui.restore_button.isEnabled()
    assert dialog.ui.backups_label.text() == f"{tmp_path / 'backups'} 中没有备份。"
    qtbot.mouseClick(dialog.ui.other_database_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == Recovery(RecoveryChoice.OTHER_DATABASE)
