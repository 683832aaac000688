"""Letter and dossier data mappers, without a database: the kind table, the settings they read, the labels they print."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from complaintdesk.documents import TEMPLATE_KINDS
from complaintdesk.messages.documents import PROVISIONAL_DUE_DATE
from complaintdesk.services import documents as docs
from complaintdesk.services.desk_types import DeadlineView
from complaintdesk.services.dossier_sections import change_value, deadline_state
from complaintdesk.services.letter_mappers import (
    DEFAULT_RESPOND_WITHIN,
    LETTER_MAPPERS,
    RESPOND_WITHIN_KEY,
    case_letter,
    extension_letter,
    letter_warnings,
    respond_within,
    supervision_letter,
)


def deadline(**changes) -> DeadlineView:
    values = dict(step="reply", step_name="答复", trigger_on=date(2026, 11, 2), due_on=date(2026, 12, 2),
                  provisional=False, stopped=False, met_on=None, unit="workdays", length=20, extension_days=0,
                  extension_cap=30, basis="《条例》第十八条", explanation=(), overdue=False, workdays_left=5)
    return DeadlineView(**{**values, **changes})


def test_every_letter_kind_has_its_mapper_and_only_two_kinds_differ():
    assert set(LETTER_MAPPERS) == set(TEMPLATE_KINDS)
    assert LETTER_MAPPERS["supervision"] is supervision_letter
    assert LETTER_MAPPERS["extension"] is extension_letter
    assert {kind for kind, mapper in LETTER_MAPPERS.items() if mapper is not case_letter} == {"supervision", "extension"}
    assert docs.build_letter_data.__module__ == "complaintdesk.services.letter_mappers"


def test_the_answer_period_setting_falls_back_when_out_of_range():
    assert respond_within({}) == DEFAULT_RESPOND_WITHIN
    assert respond_within({RESPOND_WITHIN_KEY: 15}) == 15
    for bad in (0, 61, "15", 2.5, None):
        assert respond_within({RESPOND_WITHIN_KEY: bad}) == DEFAULT_RESPOND_WITHIN


def test_a_provisional_due_date_is_a_catalogued_warning():
    provisional = SimpleNamespace(deadlines=(deadline(provisional=True),), next_deadline=None)
    assert letter_warnings(provisional) == [PROVISIONAL_DUE_DATE()]
    assert letter_warnings(SimpleNamespace(deadlines=(deadline(),), next_deadline=None)) == []
    undated = SimpleNamespace(deadlines=(deadline(provisional=True, due_on=None),), next_deadline=None)
    assert letter_warnings(undated) == []


def test_history_values_print_as_labels_and_deadline_states_in_words():
    assert change_value("status", "closed") == "已办结"
    assert change_value("kind", "supervision") == "督办通知书"
    assert change_value("channel", "no_such_channel") == "no_such_channel"
    assert change_value("summary", "") == "—" and change_value("amount_paid", None) == "—"
    assert deadline_state(deadline(met_on=date(2026, 11, 20))) == "已完成（2026-11-20）"
    assert deadline_state(deadline(stopped=True)) == "计时中止"
    assert deadline_state(deadline(overdue=True)) == "已逾期"
    assert deadline_state(deadline(provisional=True)) == "进行中，剩余5个工作日（暂定）"
    assert deadline_state(deadline(workdays_left=None)) == "进行中"
