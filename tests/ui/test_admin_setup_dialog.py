"""The first-start dialog, typed into as an administrator would: the administrator and the office's identity,
every bad field named next to it at once, saved together, and an office that can issue afterwards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from complaintdesk.messages import settings as settings_msg
from complaintdesk.services.actor import SYSTEM
from complaintdesk.services.office import Office
from complaintdesk.store.models import Event, User
from complaintdesk.ui import tasks
from complaintdesk.ui.admin_setup_dialog import AdminSetupDialog
from complaintdesk.ui.messages import ui_text
from tests.dates import TODAY
from tests.identity import OFFICE_IDENTITY
from tests.ui.helpers import LOAD_TIMEOUT_MS, type_into

SCREEN_WIDTH, SCREEN_HEIGHT = 1024, 768
TASKBAR_AND_TITLE = 70  # what a 1024×768 desktop leaves of its height for a dialog


@pytest.fixture
def office(tmp_path):
    o = Office.open(str(tmp_path / "new office.sqlite"), daily_backup=False)
    yield o
    o.close()


def open_dialog(qtbot, office) -> AdminSetupDialog:
    dialog = AdminSetupDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=LOAD_TIMEOUT_MS)  # the office's known identity
    return dialog


def type_admin(qtbot, dialog, password: str = "county-office-2026") -> None:
    ui = dialog.ui
    type_into(qtbot, ui.display_name_line_edit, "张建国")
    type_into(qtbot, ui.password_line_edit, password)
    type_into(qtbot, ui.password_again_line_edit, password)


def fits_the_screen(dialog) -> bool:
    size = dialog.size()
    return size.width() <= SCREEN_WIDTH and size.height() <= SCREEN_HEIGHT - TASKBAR_AND_TITLE


def test_the_short_name_and_county_follow_the_full_name_until_typed_over(qtbot, office):
    dialog = open_dialog(qtbot, office)
    ui = dialog.ui
    assert all(edit.text() == "" for edit in dialog.identity_edits.values())  # no placeholder is offered

    type_into(qtbot, ui.office_name_line_edit, "阿鲁科尔沁旗工业和信息化局")
    assert (ui.short_name_line_edit.text(), ui.county_line_edit.text()) == ("阿鲁科尔沁旗工信局", "阿鲁科尔沁旗")

    type_into(qtbot, ui.short_name_line_edit, "阿旗工信局")  # the office's own usage
    type_into(qtbot, ui.office_name_line_edit, "巴林左旗工业和信息化局")
    assert (ui.short_name_line_edit.text(), ui.county_line_edit.text()) == ("阿旗工信局", "巴林左旗")

    type_into(qtbot, ui.number_prefix_line_edit, "巴工信投字")
    assert ui.number_prefix_preview_label.text() == f"文书编号示例：巴工信投字〔{TODAY.year}〕1号"


def test_bad_and_missing_input_is_named_next_to_each_field_at_once(qtbot, office):
    dialog = open_dialog(qtbot, office)
    ui = dialog.ui
    type_admin(qtbot, dialog)
    type_into(qtbot, ui.county_line_edit, "阿鲁科尔沁")
    type_into(qtbot, ui.phone_line_edit, "call me")
    type_into(qtbot, ui.number_prefix_line_edit, "阿工信投字〔2026〕")

    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)

    assert dialog.errors.messages() == {
        "name": "请填写单位名称", "short_name": "请填写单位简称", "address": "请填写地址",
        "county": ui_text(settings_msg.COUNTY_SUFFIX()),
        "phone": "电话格式不正确（只能包含数字、空格、+、-、括号和“转”）",
        "number_prefix": "文号前缀只写机关代字，如“X工信投字”；年份〔〕和序号由程序生成，不能含空格、括号或数字",
    }
    for field, label in (("name", ui.office_name_error_label), ("county", ui.county_error_label),
                         ("phone", ui.phone_error_label), ("number_prefix", ui.number_prefix_error_label)):
        edit = dialog.identity_edits[field]
        assert label.isVisible() and label.text() == dialog.errors.messages()[field]
        assert label.parentWidget() is edit.parentWidget() and label.y() > edit.y()  # right under its field
    assert ui.office_name_line_edit.hasFocus()  # the first bad field
    qtbot.waitUntil(lambda: fits_the_screen(dialog) and ui.number_prefix_error_label.height() > 0)
    assert dialog.isVisible() and tasks.pending_count() == 0  # nothing was sent

    # A code with digits is refused too; the shipped example is not an answer.
    type_into(qtbot, ui.number_prefix_line_edit, "阿工信投字2")
    assert "number_prefix" not in dialog.errors.messages()  # typing clears the field's message
    type_into(qtbot, ui.office_name_line_edit, "某某县工业和信息化局")
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.messages()["number_prefix"].startswith("文号前缀只写机关代字")
    assert dialog.errors.messages()["name"] == ui_text(settings_msg.IDENTITY_PLACEHOLDER(
        name=settings_msg.FIELD_OFFICE_NAME, value="某某县工业和信息化局"))
    with office.db.read() as s:
        assert s.execute(select(func.count(User.id))).scalar() == 0


def test_a_completed_form_creates_the_administrator_and_an_office_that_issues(qtbot, office):
    from complaintdesk.documents import load_font_set
    from tests.services.test_documents import arrears_case

    dialog = open_dialog(qtbot, office)
    ui = dialog.ui
    type_admin(qtbot, dialog)
    type_into(qtbot, ui.office_name_line_edit, OFFICE_IDENTITY["name"])
    type_into(qtbot, ui.short_name_line_edit, OFFICE_IDENTITY["short_name"])
    assert ui.county_line_edit.text() == OFFICE_IDENTITY["county"]  # suggested, left as it is
    type_into(qtbot, ui.address_line_edit, OFFICE_IDENTITY["address"])
    type_into(qtbot, ui.phone_line_edit, OFFICE_IDENTITY["phone"])
    type_into(qtbot, ui.number_prefix_line_edit, OFFICE_IDENTITY["number_prefix"])
    assert fits_the_screen(dialog)

    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS) as saved:
        qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)

    actor = saved.args[0]
    assert (actor.username, actor.display_name, actor.role) == ("admin", "张建国", "admin")
    assert office.actor == actor and office.signed_in and not dialog.isVisible()
    details = office.settings.office_details()
    assert {f: getattr(details, f) for f in OFFICE_IDENTITY} == OFFICE_IDENTITY
    with office.db.read() as s:
        events = s.execute(select(Event.action, Event.actor_name).order_by(Event.id)).all()
    assert [a for a, _ in events][-9:-1] == ["user_created", "first_admin"] + ["setting_changed"] * 6
    assert events[-1][0] == "login" and {n for a, n in events if a == "setting_changed"} == {"张建国"}
    # The office issues at once, under its own name and code.
    if not load_font_set().embedded:
        pytest.skip("no TrueType CJK font installed (apt-get install fonts-wqy-zenhei)")
    case = arrears_case(office)
    office.actor = SYSTEM
    issued = office.documents.issue(case.id, "acceptance", allow_gaps=True)
    assert issued.doc_no == f"{OFFICE_IDENTITY['number_prefix']}〔{TODAY.year}〕1号"


def test_what_the_office_already_has_is_offered_and_placeholders_are_not(qtbot, office):
    office.settings.set_office_identity({"name": OFFICE_IDENTITY["name"], "phone": OFFICE_IDENTITY["phone"]})

    dialog = open_dialog(qtbot, office)

    ui = dialog.ui
    assert ui.office_name_line_edit.text() == OFFICE_IDENTITY["name"]
    assert ui.phone_line_edit.text() == OFFICE_IDENTITY["phone"]
    assert ui.short_name_line_edit.text() == "阿鲁科尔沁旗工信局"  # suggested from the name, not 某某县工信局
    assert ui.number_prefix_line_edit.text() == "" and ui.address_line_edit.text() == ""
    assert not dialog.dirty
