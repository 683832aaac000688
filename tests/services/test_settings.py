"""Administrator settings: step rules for new cases only, the LPR table, office details, users; all in the history."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from complaintdesk import clock
from complaintdesk.domain.vocabulary import Role
from complaintdesk.services import reference, settings
from complaintdesk.services.actor import Actor
from complaintdesk.services.auth import PermissionDenied
from complaintdesk.services.errors import ConflictError
from complaintdesk.services.validation import ValidationError
from complaintdesk.store.models import Event, LprRate

TODAY = date(2026, 11, 26)


@pytest.fixture(autouse=True)
def _today():
    with clock.fixed_today(TODAY):
        yield


def _as(office, actor: Actor) -> settings.SettingsService:
    """The office's settings service acting as ``actor``."""
    return settings.SettingsService(office.db, lambda: actor, office.today)


def _events(office, action: str) -> list[Event]:
    with office.db.read() as s:
        return s.execute(select(Event).where(Event.action == action).order_by(Event.id)).scalars().all()


def _problems(exc: pytest.ExceptionInfo) -> dict[str, str]:
    return {p.field: p.zh for p in exc.value.problems}


def _edit(step: settings.StepRuleView, **changes) -> settings.StepRuleEdit:
    fields = {"id": step.id, "version": step.version, "length": step.length, "unit": step.unit,
              "extension_cap": step.extension_cap, "stoppable": step.stoppable, "basis": step.basis}
    return settings.StepRuleEdit(**{**fields, **changes})


def _step(steps, procedure: str, code: str) -> settings.StepRuleView:
    return next(s for s in steps if (s.procedure, s.code) == (procedure, code))


# --- holiday years ---------------------------------------------------------------------------------


def test_calendar_years_lists_the_shipped_schedules(office):
    years = office.schedules.years()

    assert [y.year for y in years] == list(range(2004, 2027))
    y2026 = years[-1]
    # DOMAIN.md §3: 2026 work days 1/4, 2/14, 2/28, 5/9, 9/20, 10/10
    assert y2026.work_days == 6 and y2026.rest_days > 20
    assert y2026.source == reference.CALENDAR_SOURCE


# --- procedure rules -------------------------------------------------------------------------------


def test_procedure_steps_are_the_shipped_rules(office):
    steps = office.settings.procedure_steps()

    reply = _step(steps, "payment_complaint", "reply")
    assert (reply.length, reply.unit, reply.extension_cap, reply.stoppable) == (30, "days", 60, True)
    assert reply.procedure_name_zh == "款项支付投诉" and reply.trigger_zh == "收到投诉材料"
    assert "第二十五条" in reply.basis
    assert {(s.procedure, s.code) for s in steps} >= {("petition", "notice"), ("petition", "reply"),
                                                       ("petition", "review"), ("hotline", "reply")}


def test_a_rule_change_is_saved_recorded_and_used_for_new_cases_only(office):
    # Given the hotline's reply clock
    step = _step(office.settings.procedure_steps(), "hotline", "reply")

    # When an administrator shortens it and makes it stoppable
    saved = office.settings.save_procedure_steps(
        [_edit(step, length=10, extension_cap=5, stoppable=not step.stoppable)])

    # Then the live rules say so, the row's version moved on, and the engine reads the new rule
    after = _step(saved, "hotline", "reply")
    assert (after.length, after.extension_cap, after.stoppable) == (10, 5, not step.stoppable)
    assert after.version == step.version + 1
    with office.db.read() as s:
        rule = reference.load_procedures(s)["hotline"].step("reply")
    assert (rule.length, rule.extension_cap) == (10, 5)
    # …and one history event names every change, old → new
    [event] = _events(office, "procedure_rule_changed")
    assert json.loads(event.changes) == {"length": [step.length, 10], "extension_cap": [step.extension_cap, 5],
                                         "stoppable": [step.stoppable, not step.stoppable]}
    assert "12345" in event.summary and "仅适用于此后登记的案件" in event.summary
    assert event.actor_name == office.actor.display_name


def test_saving_unchanged_rules_writes_nothing(office):
    steps = office.settings.procedure_steps()

    assert office.settings.save_procedure_steps([_edit(s) for s in steps]) == steps
    assert _events(office, "procedure_rule_changed") == []


def test_bad_rule_values_are_reported_per_field_and_nothing_is_saved(office):
    steps = office.settings.procedure_steps()
    first, second = steps[0], steps[1]

    with pytest.raises(ValidationError) as exc:
        office.settings.save_procedure_steps([
            _edit(first, length=12),  # fine on its own, but saved only with the others
            _edit(second, length=0, extension_cap=-1, basis="  ", unit="weeks"),
        ])

    assert _problems(exc) == {
        settings.step_field(second.id, "length"): "时限应在 1 至 366 之间",
        settings.step_field(second.id, "extension_cap"): "延长上限应在 0 至 366 之间（0 表示不得延长）",
        settings.step_field(second.id, "basis"): "请填写法律依据",
        settings.step_field(second.id, "unit"): "未知的计算单位“weeks”",
    }
    assert office.settings.procedure_steps() == steps


def test_a_rule_changed_meanwhile_is_not_overwritten(office):
    step = office.settings.procedure_steps()[0]
    office.settings.save_procedure_steps([_edit(step, length=step.length + 1)])

    with pytest.raises(ConflictError, match="已被他人修改"):
        office.settings.save_procedure_steps([_edit(step, length=step.length + 2)])

    assert office.settings.procedure_steps()[0].length == step.length + 1


# --- LPR ---------------------------------------------------------------------------------------------


def test_lpr_history_is_the_shipped_table_in_percent(office):
    rates = office.settings.lpr_rates()

    assert rates[0].effective_on == date(2019, 8, 20) and rates[0].percent == Decimal("4.25")
    assert rates[-1].effective_on == date(2025, 5, 20) and rates[-1].rate == Decimal("0.03")


def test_adding_an_lpr_quotation(office):
    row = office.settings.add_lpr_rate(date(2026, 10, 20), Decimal("2.95"),
                                "中国货币网 2026-10-20")

    assert row == settings.LprRateView(date(2026, 10, 20), Decimal("0.0295"), "中国货币网 2026-10-20")
    assert row.percent == Decimal("2.95")
    assert office.settings.lpr_rates()[-1] == row
    with office.db.read() as s:
        assert reference.load_lpr(s).rate_on(date(2026, 11, 1)) == Decimal("0.0295")
    [event] = _events(office, "lpr_rate_added")
    assert json.loads(event.changes) == {"effective_on": [None, "2026-10-20"], "rate": [None, "0.0295"]}
    assert "2.95%" in event.summary


def test_an_lpr_quotation_without_source_is_marked_as_entered_by_hand(office):
    row = office.settings.add_lpr_rate(date(2026, 1, 20), Decimal("3"), "  ")

    assert (row.source, row.rate) == (settings.LPR_DEFAULT_SOURCE, Decimal("0.0300"))


@pytest.mark.parametrize(("effective_on", "rate", "problems"), [
    (None, None, {"effective_on": "请填写生效日期", "rate": "请填写利率"}),
    (date(2026, 1, 20), Decimal("0"), {"rate": "利率应大于 0、小于 100（单位：%）"}),
    (date(2026, 1, 20), Decimal("-3"), {"rate": "利率应大于 0、小于 100（单位：%）"}),
    (date(2026, 1, 20), Decimal("100"), {"rate": "利率应大于 0、小于 100（单位：%）"}),
    (date(2026, 1, 20), Decimal("3.455"), {"rate": "利率最多保留两位小数（如 3.45）"}),
    (date(2026, 1, 20), Decimal("NaN"), {"rate": "利率应大于 0、小于 100（单位：%）"}),
    (date(2027, 1, 20), Decimal("3.00"), {"effective_on": "生效日期不能晚于今天之后 31 天"}),
    (date(2025, 5, 20), Decimal("3.00"), {"effective_on": "生效日期须晚于最近一次报价（2025-05-20）"}),
    (date(2024, 1, 22), Decimal("3.45"), {"effective_on": "生效日期须晚于最近一次报价（2025-05-20）"}),
])
def test_bad_lpr_rows_are_refused_next_to_the_field(office, effective_on, rate, problems):
    before = office.settings.lpr_rates()

    with pytest.raises(ValidationError) as exc:
        office.settings.add_lpr_rate(effective_on, rate, None)

    assert _problems(exc) == problems
    assert office.settings.lpr_rates() == before
    assert _events(office, "lpr_rate_added") == []


def test_rates_keep_exact_decimals(office):
    office.settings.add_lpr_rate(date(2026, 2, 20), Decimal("3.05"), None)

    with office.db.read() as s:
        stored = s.get(LprRate, date(2026, 2, 20)).rate
    assert stored == Decimal("0.0305") and isinstance(stored, Decimal)


# --- the office's details ----------------------------------------------------------------------------


def test_office_settings_start_from_the_shipped_defaults(office):
    current = office.settings.office_details()

    assert current.name == "某某县工业和信息化局"
    assert current.number_prefix == "X工信投字"
    assert current.number_pattern == "{year}-{seq:04d}"
    assert current.due_soon_workdays == 3
    assert settings.format_document_number(current.number_prefix, 2026, 12) == "X工信投字〔2026〕12号"


def test_saving_office_settings_records_each_change(office):
    loaded = office.settings.office_details()
    new = dataclasses.replace(loaded, name="  阿荣旗工业和信息化局 ", short_name="阿荣旗工信局",
                              phone="0470-1234567", number_prefix="阿工信投字", due_soon_workdays=5)

    saved = office.settings.save_office_details(new, loaded)

    assert saved == dataclasses.replace(new, name="阿荣旗工业和信息化局")
    assert office.settings.office_details() == saved
    assert office.settings.values()["cases.due_soon_workdays"] == 5
    events = _events(office, "setting_changed")
    assert {next(iter(json.loads(e.changes))) for e in events} == {
        "office.name", "office.short_name", "office.phone", "documents.number_prefix", "cases.due_soon_workdays"}
    assert any(e.summary == "修改本单位设置：文号前缀“X工信投字”→“阿工信投字”" for e in events)
    assert json.loads(next(e.changes for e in events if "due_soon" in e.changes)) == {
        "cases.due_soon_workdays": [3, 5]}


def test_bad_office_settings_are_refused_per_field(office):
    loaded = office.settings.office_details()
    new = dataclasses.replace(loaded, name=" ", phone="call me", number_prefix="X工信投字〔2026〕",
                              due_soon_workdays=0)

    with pytest.raises(ValidationError) as exc:
        office.settings.save_office_details(new, loaded)

    assert set(_problems(exc)) == {"name", "phone", "number_prefix", "due_soon_workdays"}
    assert _problems(exc)["name"] == "请填写单位名称"
    assert office.settings.office_details() == loaded


def test_an_office_value_changed_meanwhile_is_not_overwritten(office):
    loaded = office.settings.office_details()
    office.settings.save_office_details(dataclasses.replace(loaded, phone="0470-1"), loaded)

    with pytest.raises(ConflictError, match="电话已被他人修改"):
        office.settings.save_office_details(dataclasses.replace(loaded, phone="0470-2"), loaded)
    # A value nobody else touched can still be saved from the same form
    office.settings.save_office_details(dataclasses.replace(loaded, address="新街1号"), loaded)

    assert (office.settings.office_details().phone, office.settings.office_details().address) == (
        "0470-1", "新街1号")


# --- users -------------------------------------------------------------------------------------------

ADMIN = Actor(user_id=None, username="root", display_name="管理员", role=Role.ADMIN.value)
OFFICER = Actor(user_id=None, username="clerk", display_name="承办人", role=Role.OFFICER.value)


def test_an_administrator_adds_an_officer(office):
    row = _as(office, ADMIN).add_user(username="lixm", display_name="李晓敏", role="officer")

    assert (row.username, row.display_name, row.role, row.active) == ("lixm", "李晓敏", "officer", True)
    assert row in office.settings.users()
    assert [e.summary for e in _events(office, "user_created")][-1] == "新建用户 李晓敏（lixm），角色：承办人"


def test_only_an_administrator_adds_users(office):
    with pytest.raises(PermissionDenied, match="无权管理用户"):
        _as(office, OFFICER).add_user(username="lixm", display_name="李晓敏", role="officer")
    assert all(u.username != "lixm" for u in office.settings.users())
    assert (_as(office, ADMIN).can_manage_users(), _as(office, OFFICER).can_manage_users()) == (True, False)


@pytest.mark.parametrize("role", ["officer", "supervisor", "auditor"])
def test_only_an_administrator_changes_rules_lpr_and_office_details(office, role):
    actor = Actor(user_id=None, username="someone", display_name="某人", role=role)
    step = office.settings.procedure_steps()[0]
    loaded = office.settings.office_details()

    with pytest.raises(PermissionDenied, match="无权维护规则与参数"):
        _as(office, actor).save_procedure_steps([_edit(step, length=step.length + 1)])
    with pytest.raises(PermissionDenied):
        _as(office, actor).add_lpr_rate(date(2026, 10, 20), Decimal("2.95"), None)
    with pytest.raises(PermissionDenied):
        _as(office, actor).save_office_details(dataclasses.replace(loaded, phone="1234"), loaded)

    assert not _as(office, actor).can_manage_rules() and _as(office, ADMIN).can_manage_rules()
    assert office.settings.procedure_steps()[0] == step
    assert office.settings.office_details() == loaded
    assert office.settings.lpr_rates()[-1].effective_on == date(2025, 5, 20)


@pytest.mark.parametrize(("username", "name", "role", "field"), [
    ("x", "李晓敏", "officer", "username"),
    ("lixm", " ", "officer", "display_name"),
    ("lixm", "李晓敏", "admin", "role"),
    ("lixm", "李晓敏", "auditor", "role"),
])
def test_bad_users_are_refused_per_field(office, username, name, role, field):
    with pytest.raises(ValidationError) as exc:
        _as(office, ADMIN).add_user(username=username, display_name=name, role=role)

    assert list(_problems(exc)) == [field]
    assert exc.value.problems[0].en  # both languages, for the interface's language


def test_a_taken_user_name_is_refused(office):
    _as(office, ADMIN).add_user(username="lixm", display_name="李晓敏", role="officer")

    with pytest.raises(ValidationError) as exc:
        _as(office, ADMIN).add_user(username="lixm", display_name="李晓明", role="supervisor")

    assert _problems(exc) == {"username": "用户名“lixm”已存在"}
    assert exc.value.problems[0].en == "the user name 'lixm' is taken"
