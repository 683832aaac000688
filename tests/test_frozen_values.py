"""The small values written by hand instead of frozen dataclasses (complaintdesk.frozen) behave as those did:
equal and hashed by value, immutable, shown by their fields, and the same again after pickling (a batch
worker's messages come back through pickle)."""

from __future__ import annotations

import pickle

import pytest

from complaintdesk.messages import Message, Term, Text, lookup, plain
from complaintdesk.ui.window_host import Changed, OfficeChange


def test_a_text_is_equal_and_hashed_by_its_message_and_parameters():
    message = lookup("plain")
    assert plain("甲") == Text(message, {"text": "甲"}) == Text(message=message, params={"text": "甲"})
    assert plain("甲") != plain("乙")
    assert plain("甲") != "甲"  # another type is never equal
    assert len({plain("甲"), plain("甲"), plain("乙")}) == 2
    assert dict.fromkeys([plain("甲"), plain("甲")]) == {plain("甲"): None}  # how warnings are de-duplicated
    assert Text(message).params == {}
    assert Text(message, {"items": [1, 2]}) == Text(message, {"items": (1, 2)})  # lists kept as tuples
    assert hash(Text(message, {"items": [1, 2]})) == hash(Text(message, {"items": (1, 2)}))


def test_values_cannot_be_changed_once_made():
    text, term = plain("甲"), Term("Amount", "金额")
    for value, field in ((text, "params"), (text.message, "zh"), (term, "label_zh")):
        with pytest.raises(AttributeError):
            setattr(value, field, "x")
        with pytest.raises(AttributeError):
            delattr(value, field)
        with pytest.raises(AttributeError):
            value.extra = 1  # no field of that name either
    assert text.render() == "甲" and term.label_zh == "金额"


def test_pickled_values_come_back_equal_and_a_message_as_the_catalogue_s_own():
    text = Text(lookup("plain"), {"text": plain("内")})
    again = pickle.loads(pickle.dumps(text))
    assert again == text and again.message is text.message
    assert pickle.loads(pickle.dumps(Term("Amount", "金额"))) == Term("Amount", "金额")
    unknown = pickle.loads(pickle.dumps(Message("not-in-catalogue", "x {a}", "甲 {a}")))
    assert unknown == Message("not-in-catalogue", "x {a}", "甲 {a}")


def test_repr_names_the_fields():
    assert repr(Term("Amount", "金额")) == "Term(label_en='Amount', label_zh='金额')"
    assert repr(lookup("plain")) == "Message(code='plain', en='{text}', zh='{text}')"


def test_an_office_change_is_compared_without_its_origin():
    view = object()
    made_by_view = OfficeChange.of_cases([3, 1], origin=view)
    assert made_by_view == OfficeChange.of_cases([1, 3]) and hash(made_by_view) == hash(OfficeChange.of_cases([1, 3]))
    assert made_by_view.origin is view
    assert made_by_view != OfficeChange.of_cases([1, 3], documents=True)
    assert OfficeChange(frozenset({Changed.USERS})) == OfficeChange.of(Changed.USERS)
    assert "origin" not in repr(made_by_view) and "case_ids=frozenset({1, 3})" in repr(made_by_view)
    with pytest.raises(AttributeError):
        made_by_view.kinds = frozenset()
