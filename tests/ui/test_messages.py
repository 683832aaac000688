"""Coded messages and errors as the interface shows them: through Qt's translator, parameters intact."""

from __future__ import annotations

from complaintdesk.domain.vocabulary import CaseStatus, Role
from complaintdesk.domain.workflow import Action, CaseState, refusal
from complaintdesk.errors import ConfigError
from complaintdesk.messages import auth, store
from complaintdesk.services.documents import LetterIncomplete
from complaintdesk.services.errors import ServiceError
from complaintdesk.services.validation import Collector, ValidationError
from complaintdesk.ui import i18n
from complaintdesk.ui.messages import error_text, ui_text


def test_a_user_text_holding_a_slash_pair_is_shown_intact_in_both_languages(qapp):
    # Given a user name with " / " in it (the old display split such messages in two)
    error = ServiceError(auth.USERNAME_TAKEN, field="username", username="王 / Wang {x} %1")

    # Then each language shows the whole name, inside its own sentence
    assert error_text(error) == "用户名“王 / Wang {x} %1”已存在"
    i18n.set_language(i18n.ENGLISH)
    assert error_text(error) == "the user name '王 / Wang {x} %1' is taken"


def test_errors_below_the_services_are_shown_in_the_interface_language(qapp, tmp_path):
    error = ConfigError(store.PATH_IS_FOLDER, path=tmp_path)
    assert error_text(error) == f"数据库路径是一个文件夹：{tmp_path}"
    i18n.set_language(i18n.ENGLISH)
    assert error_text(error) == f"the database path is a folder: {tmp_path}"


def test_validation_problems_and_labelled_values_are_rendered_in_one_language(qapp):
    collector = Collector()
    collector.add("password", auth.PASSWORD_TOO_SHORT, min_length=8)
    collector.add("username", auth.USERNAME_TAKEN, username="a / b")
    error = ValidationError(collector.problems)

    assert error_text(error) == "密码至少 8 位；用户名“a / b”已存在"
    i18n.set_language(i18n.ENGLISH)
    assert error_text(error) == "the password needs at least 8 characters; the user name 'a / b' is taken"


def test_the_chinese_comes_from_the_installed_translator(qapp):
    # The catalogue's Chinese reaches the screen through the .qm, as Qt Linguist would change it.
    assert ui_text(auth.LOGIN_WRONG()) == "用户名或密码错误"
    assert ui_text("already in words") == "already in words"


def test_an_unexpected_error_is_described_not_dumped(qapp):
    message = error_text(KeyError("boom"))
    assert "KeyError" in message and "Traceback" not in message


def test_a_workflow_refusal_and_a_letter_error_read_in_the_interface_language(qapp):
    reason = refusal(Action.ACCEPT, CaseState(CaseStatus.CLOSED), Role.OFFICER)
    incomplete = LetterIncomplete("supervision", ["handler_phone"])
    assert ui_text(reason) == "案件处于“已办结”状态，不能受理（仅限：已登记）"
    assert error_text(incomplete).startswith("督办通知书中以下内容尚未填写，不能签发：承办人电话。")
    i18n.set_language(i18n.ENGLISH)
    assert ui_text(reason) == "the case is “Closed”: Accept is not possible (only when: Registered)"
    assert error_text(incomplete) == ("the supervision letter would have blanks for handler phone: "
                                      "complete the case or the settings first")
