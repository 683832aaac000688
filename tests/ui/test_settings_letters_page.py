"""Settings ▸ 文书 driven like an administrator would: a font per role from the picker or a file, with its
preview, the warning while the body is not a 仿宋, the pre-printed letterhead paper; saved, recorded, and
used by the next letter."""

from __future__ import annotations

import collections

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from complaintdesk.documents.fontindex import system_faces
from complaintdesk.documents.fonts import bundled_face
from complaintdesk.messages.documents import BODY_NOT_FANGSONG
from complaintdesk.messages.settings import FONT_FILE_NOT_A_FONT
from complaintdesk.services import letter_fonts
from complaintdesk.services.actor import Actor
from complaintdesk.services.office import Office
from complaintdesk.store.models import Case, Event
from complaintdesk.ui import dialogs
from complaintdesk.ui.messages import ui_text
from complaintdesk.ui.settings import SettingsDialog, letters_page
from tests.documents.fontscan import drawn_chars
from tests.ui.helpers import LOAD_TIMEOUT_MS

OFFICER = Actor(user_id=1, username="wanglh", display_name="王丽华", role="officer")
ZEN_HEI = "WenQuanYi Zen Hei"


@pytest.fixture(autouse=True)
def _fonts_installed(monkeypatch):
    if not any(ZEN_HEI in face.families for face in system_faces()):
        pytest.skip("WenQuanYi Zen Hei is not installed (CI installs fonts-wqy-zenhei)")
    monkeypatch.setattr(dialogs, "ask_discard_changes", lambda parent: True)


@pytest.fixture
def make_dialog(qtbot, settings):
    def make(office: Office) -> SettingsDialog:
        dialog = SettingsDialog(office, settings)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.ui.tab_widget.setCurrentIndex(SettingsDialog.LETTERS)
        page = dialog.letters
        qtbot.waitUntil(lambda: page.loaded is not None and page.families is not None, timeout=LOAD_TIMEOUT_MS)
        return dialog

    return make


@pytest.fixture
def dialog(make_dialog, demo_office):
    return make_dialog(demo_office)


def choose(dialog: SettingsDialog, role: str, data) -> None:
    """Pick the item of ``data`` in the role's combo, as a user does (``activated``)."""
    combo = dialog.letters.rows[role].combo
    index = combo.findData(data)
    assert index >= 0, (role, data)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def save(qtbot, dialog: SettingsDialog) -> None:
    with qtbot.waitSignal(dialog.settingsChanged, timeout=LOAD_TIMEOUT_MS) as changed:
        click(qtbot, dialog.letters.save_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LOAD_TIMEOUT_MS)
    assert changed.args == ["letters"]


def setting_events(office: Office) -> list[str]:
    with office.db.read() as s:
        return list(s.execute(select(Event.summary).where(Event.action == "setting_changed").order_by(Event.id))
                    .scalars())


def body_font_of_a_letter(office: Office) -> str:
    with office.db.read() as s:
        case_id = s.execute(select(Case.id).order_by(Case.id).limit(1)).scalar()
    drawn = drawn_chars(office.documents.draft(case_id, "reply").pdf)
    return collections.Counter(c.font.split("+", 1)[-1] for c in drawn if c.size == 16.0).most_common(1)[0][0]


def test_the_roles_are_the_services(dialog):
    assert letters_page.ROLES == letter_fonts.ROLES
    assert letters_page.PROBLEM_FIELDS == {role: letter_fonts.font_field(role) for role in letter_fonts.ROLES}
    tabs = dialog.ui.tab_widget
    assert tabs.widget(SettingsDialog.LETTERS) is dialog.letters.tab
    assert tabs.widget(SettingsDialog.USERS) is dialog.ui.users_tab


def test_choosing_a_body_font_previews_it_warns_saves_it_and_the_next_letter_uses_it(qtbot, dialog, demo_office):
    page = dialog.letters
    body = page.rows["body"]
    automatic = page.loaded.font("body")
    assert body.combo.currentData() is None and automatic.automatic_family in body.combo.itemText(0)
    assert body.combo.findData(ZEN_HEI) > 0 and body.combo.itemData(body.combo.count() - 1) == letters_page.PICK_FILE
    assert not page.body_warning_label.isVisible()
    assert automatic.file in body.used.text()
    before = body_font_of_a_letter(demo_office)
    assert not before.startswith("WenQuanYiZenHei")

    choose(dialog, "body", ZEN_HEI)

    assert page.body_warning_label.isVisible()
    assert page.body_warning_label.text() == ui_text(BODY_NOT_FANGSONG(family=ZEN_HEI))
    assert body.preview.font().family() == ZEN_HEI and body.preview.text() == letters_page.SAMPLES["body"]
    assert page.dirty and page.changes() == {"body": ZEN_HEI}
    save(qtbot, dialog)

    assert demo_office.settings.letters.current().font("body").configured == ZEN_HEI
    assert setting_events(demo_office)[-1] == f"修改文书字体：正文“自动”→“{ZEN_HEI}”"
    assert not page.dirty and body.combo.currentData() == ZEN_HEI
    assert "wqy" in body.used.text() and page.body_warning_label.isVisible()  # still: it is saved so
    assert body_font_of_a_letter(demo_office).startswith("WenQuanYiZenHei")

    choose(dialog, "body", None)  # automatic again: a 仿宋, no warning
    assert not page.body_warning_label.isVisible() and page.changes() == {"body": None}


def test_a_font_file_is_checked_as_soon_as_it_is_picked(qtbot, dialog, demo_office, monkeypatch, tmp_path):
    page = dialog.letters
    row = page.rows["heading1"]
    garbage = tmp_path / "notes.ttf"
    garbage.write_text("not a font", encoding="utf-8")
    answers = [str(garbage)]
    monkeypatch.setattr(letters_page, "ask_font_file", lambda parent, start_dir="": answers.pop(0))

    choose(dialog, "heading1", letters_page.PICK_FILE)

    qtbot.waitUntil(lambda: row.error.isVisible(), timeout=LOAD_TIMEOUT_MS)
    assert row.error.text() == ui_text(FONT_FILE_NOT_A_FONT(path=str(garbage)))
    assert row.combo.currentData() == str(garbage) and row.combo.currentText().endswith("notes.ttf")
    assert not row.preview.isEnabled()  # no font to preview
    click(qtbot, page.save_button)  # refused by the service too: the problem stays next to the field
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LOAD_TIMEOUT_MS)
    assert row.error.isVisible() and demo_office.settings.letters.current().font("heading1").automatic

    zhuque = bundled_face().path
    answers.append(zhuque)
    choose(dialog, "heading1", letters_page.PICK_FILE)
    assert not row.error.isVisible()
    qtbot.waitUntil(lambda: page.files.get(zhuque) is not None, timeout=LOAD_TIMEOUT_MS)
    assert page.files[zhuque].fangsong and "Zhuque Fangsong" in row.preview.font().family()
    assert row.preview.isEnabled()
    save(qtbot, dialog)
    assert demo_office.settings.letters.current().font("heading1").configured == zhuque

    answers.append(None)  # the file dialog cancelled: the choice stays
    choose(dialog, "heading1", letters_page.PICK_FILE)
    assert row.combo.currentData() == zhuque and not page.dirty


def test_the_preprinted_letterhead_paper(qtbot, dialog, demo_office):
    page = dialog.letters
    assert not page.preprinted_check_box.isChecked() and not page.save_button.isEnabled()

    page.preprinted_check_box.click()
    assert page.dirty
    save(qtbot, dialog)

    assert demo_office.settings.letters.current().preprinted_letterhead
    assert setting_events(demo_office)[-1] == "修改本单位设置：使用预印红头纸“否”→“是”"


def test_an_officer_sees_the_letters_settings_read_only(qtbot, make_dialog, demo_db_path):
    office = Office.open(str(demo_db_path), actor=OFFICER)
    try:
        dialog = make_dialog(office)
        page = dialog.letters
        assert not any(row.combo.isEnabled() for row in page.rows.values())
        assert not page.preprinted_check_box.isEnabled() and not page.save_button.isEnabled()
        assert all(row.used.text() for row in page.rows.values())  # what letters use is still shown
        dialog.close()
    finally:
        from complaintdesk.ui import tasks

        assert tasks.wait_for_workers(LOAD_TIMEOUT_MS)
        office.close()
