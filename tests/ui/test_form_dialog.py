"""What every data-entry dialog shares: the field → label mapping of service problems, Enter/Ctrl+Enter, parsing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout

from complaintdesk.messages import Message, Text
from complaintdesk.services.validation import Problem, ValidationError
from complaintdesk.ui import i18n
from complaintdesk.ui.form_dialog import FieldErrors, FormDialog
from complaintdesk.ui.formats import parse_count, parse_date, parse_figure, parse_money, parse_percent


def _text(en: str, zh: str) -> Text:
    """A message of the test's own, outside the catalogue (shown in each language from its own halves)."""
    return Message("test.problem", en, zh)()


class _Form(FormDialog):
    """A two-field form whose "service" is a callable the test provides."""

    def __init__(self, service):
        super().__init__()
        layout = QVBoxLayout(self)
        self.name_edit, self.name_error = QLineEdit(self), QLabel(self)
        self.amount_edit, self.amount_error = QLineEdit(self), QLabel(self)
        self.note_edit = QPlainTextEdit(self)
        self.general, self.save_button, self.cancel_button = QLabel(self), QPushButton(self), QPushButton(self)
        for widget in (self.name_edit, self.name_error, self.amount_edit, self.amount_error, self.note_edit,
                       self.general, self.save_button, self.cancel_button):
            layout.addWidget(widget)
        self.setup_form(save_button=self.save_button, cancel_button=self.cancel_button,
                        general_error_label=self.general)
        self.errors.bind("party.name", self.name_error, self.name_edit)
        self.errors.bind("amount", self.amount_error, self.amount_edit)
        self.watch(self.name_edit, field="party.name")
        self.watch(self.amount_edit, field="amount")
        self.watch(self.note_edit)
        self._service = service

    def build_call(self):
        try:
            amount = parse_money(self.amount_edit.text())
        except ValueError as exc:
            self.errors.set("amount", str(exc))
            return None
        return lambda: self._service(self.name_edit.text(), amount)


@pytest.fixture
def form(qtbot):
    calls = []

    def service(name, amount):
        calls.append((name, amount))
        if not name:
            raise ValidationError([Problem("party.name", _text("the name is required", "请填写名称")),
                                   Problem("amount.cents", _text("too many decimals", "金额精度有误")),
                                   Problem("whole_form", _text("the form is wrong", "整张表有误"))])
        return "saved"

    dialog = _Form(service)
    dialog.calls = calls
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_problems_go_to_their_field_a_prefix_of_it_or_the_general_label(qtbot, form):
    qtbot.keyClicks(form.amount_edit, "100")
    form.save()
    qtbot.waitUntil(lambda: form.errors.has_errors())

    assert form.errors.messages() == {"party.name": "请填写名称", "amount": "金额精度有误", "": "整张表有误"}
    assert form.name_error.text() == "请填写名称" and form.name_error.isVisibleTo(form)
    assert form.amount_error.text() == "金额精度有误"  # "amount.cents" is shown at "amount"
    assert form.general.text() == "整张表有误"
    assert form.name_edit.hasFocus()  # the first bad field
    assert form.amount_edit.text() == "100"  # nothing typed is lost


def test_problems_are_shown_in_english_in_the_english_interface(qtbot, form):
    i18n.set_language(i18n.ENGLISH)
    form.save()
    qtbot.waitUntil(lambda: form.errors.has_errors())

    assert (form.name_error.text(), form.general.text()) == ("the name is required", "the form is wrong")


def test_a_parse_error_is_shown_and_the_service_is_not_called(qtbot, form):
    form.name_edit.setText("某公司")
    qtbot.keyClicks(form.amount_edit, "1.005")

    form.save()

    assert form.calls == []
    assert form.errors.messages() == {"amount": "金额格式不正确：请输入数字，最多两位小数，例如 12800.50"}
    assert form.amount_edit.hasFocus()


def test_editing_a_field_clears_its_message_only(qtbot, form):
    form.errors.set("party.name", "请填写名称")
    form.errors.set("amount", "金额有误")

    qtbot.keyClicks(form.amount_edit, "5")

    assert form.errors.messages() == {"party.name": "请填写名称"}
    assert not form.amount_error.isVisibleTo(form)


def test_enter_moves_on_and_ctrl_enter_saves(qtbot, form):
    form.name_edit.setFocus()
    form.name_edit.setText("某公司")

    qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
    assert form.amount_edit.hasFocus() and form.calls == [] and form.isVisible()

    qtbot.keyClicks(form.amount_edit, "12,800.50")
    qtbot.keyClick(form.amount_edit, Qt.Key.Key_Return)
    assert form.note_edit.hasFocus()
    qtbot.keyClick(form.note_edit, Qt.Key.Key_Return)  # a new line in a multi-line field
    assert form.note_edit.toPlainText() == "\n" and form.calls == []

    with qtbot.waitSignal(form.saved) as saved:
        qtbot.keyClick(form.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == ["saved"]
    assert form.calls == [("某公司", Decimal("12800.50"))]
    assert not form.isVisible()


def test_field_errors_without_a_general_label_keep_the_message():
    errors = FieldErrors()
    errors.set("unknown.field", "说明")
    assert errors.messages() == {"": "说明"}


@pytest.mark.parametrize(("text", "expected"), [
    ("", None), ("2025-03-01", date(2025, 3, 1)), ("2025/3/1", date(2025, 3, 1)), ("20250301", date(2025, 3, 1)),
    ("2025年3月1日", date(2025, 3, 1)), ("２０２５－０３－０１", date(2025, 3, 1)),
])
def test_typed_dates(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["2025-02-30", "3/1/2025", "2025-3", "明天"])
def test_typed_dates_that_are_no_dates(qapp, text):
    with pytest.raises(ValueError, match="2025-03-01"):
        parse_date(text)


def test_typed_numbers(qapp):
    assert (parse_count("３５"), parse_count(""), parse_count("1,200")) == (35, None, 1200)
    assert parse_figure("1250.5") == Decimal("1250.5")
    assert parse_percent("3.65%") == Decimal("0.0365")
    assert parse_money("￥128,000") == Decimal("128000.00")
    for parse, text in ((parse_count, "-3"), (parse_count, "3.5"), (parse_figure, "-1"), (parse_percent, "abc"),
                        (parse_money, "12,34")):
        with pytest.raises(ValueError):
            parse(text)
