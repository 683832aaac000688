"""Statutory deadlines: default procedures, holidays, stops, extensions, provisional years."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from complaintdesk.domain.calendar import WorkCalendar
from complaintdesk.domain.deadlines import (
    ClockStop,
    Extension,
    ExtensionBeyondCap,
    StepRule,
    Unit,
    compute_deadline,
    default_procedures,
    procedures_from_dicts,
    procedures_to_dicts,
)

PROCEDURES = default_procedures()
PAYMENT = PROCEDURES["payment_complaint"].step("reply")
PETITION_NOTICE = PROCEDURES["petition"].step("notice")
PETITION_REPLY = PROCEDURES["petition"].step("reply")
PETITION_REVIEW = PROCEDURES["petition"].step("review")
HOTLINE = PROCEDURES["hotline"].step("reply")
DIRECT = PROCEDURES["direct"].step("reply")


# -- the shipped rules -------------------------------------------------------------------------


def test_default_procedures_follow_domain_section_2() -> None:
    assert set(PROCEDURES) == {"payment_complaint", "petition", "hotline", "direct"}
    assert [s.code for s in PROCEDURES["petition"].steps] == ["notice", "reply", "review"]
    assert PROCEDURES["petition"].has_review
    summary = {
        (s.procedure, s.code): (s.trigger, s.length, s.unit, s.extension_cap)
        for p in PROCEDURES.values()
        for s in p.steps
    }
    assert summary == {
        ("payment_complaint", "reply"): ("received", 30, Unit.DAYS, 60),
        ("petition", "notice"): ("received", 15, Unit.DAYS, 0),
        ("petition", "reply"): ("accepted", 60, Unit.DAYS, 30),
        ("petition", "review"): ("review_requested", 30, Unit.DAYS, 0),
        ("hotline", "reply"): ("received", 15, Unit.WORKDAYS, 0),
        ("direct", "reply"): ("received", 30, Unit.DAYS, 30),
    }
    assert PAYMENT.stoppable
    assert not PETITION_NOTICE.stoppable
    assert PAYMENT.basis.startswith("《保障中小企业款项支付条例》（2025年修订）第二十五条第二款")
    assert all(
        s.basis and s.name_zh and s.name_en and s.trigger_zh for p in PROCEDURES.values() for s in p.steps
    )


def test_procedures_round_trip_through_plain_dicts() -> None:
    dicts = procedures_to_dicts(PROCEDURES.values())
    assert procedures_from_dicts(json.loads(json.dumps(dicts, ensure_ascii=False))) == PROCEDURES
    assert dicts[0]["steps"][0]["unit"] == "days"


def test_admin_can_change_the_hotline_limit() -> None:
    dicts = procedures_to_dicts(PROCEDURES.values())
    hotline = next(d for d in dicts if d["code"] == "hotline")
    hotline["steps"][0]["length"] = 10
    assert procedures_from_dicts(dicts)["hotline"].step("reply").length == 10


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.append(dict(d[0])), "defined twice"),
        (lambda d: d[0]["steps"][0].update(colour="red"), "bad step"),
        (lambda d: d[0]["steps"][0].update(length=0), "at least 1"),
        (lambda d: d[0]["steps"][0].update(extension_cap=-1), "negative"),
        (lambda d: d[0]["steps"][0].update(unit="weeks"), "weeks"),
        (lambda d: d[1]["steps"].append(d[1]["steps"][0]), "duplicate step"),
    ],
)
def test_bad_procedure_data_is_rejected(mutate, message: str) -> None:
    dicts = procedures_to_dicts(PROCEDURES.values())
    mutate(dicts)
    with pytest.raises(ValueError, match=message):
        procedures_from_dicts(dicts)


def test_unknown_step_code() -> None:
    with pytest.raises(KeyError):
        PROCEDURES["hotline"].step("review")


# -- each default procedure, checked by hand ---------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "trigger", "due"),
    [
        (PAYMENT, date(2026, 3, 2), date(2026, 4, 1)),
        (PETITION_NOTICE, date(2026, 4, 20), date(2026, 5, 6)),  # 5/5 is in the Labour Day holiday
        (PETITION_REPLY, date(2026, 6, 1), date(2026, 7, 31)),
        (PETITION_REVIEW, date(2026, 8, 26), date(2026, 9, 28)),  # 9/25 is the Mid-autumn Festival
        (HOTLINE, date(2026, 9, 28), date(2026, 10, 23)),
        (DIRECT, date(2026, 1, 5), date(2026, 2, 4)),
    ],
    ids=["payment", "petition-notice", "petition-reply", "petition-review", "hotline", "direct"],
)
def test_default_procedure_deadlines(rule: StepRule, trigger: date, due: date) -> None:
    deadline = compute_deadline(rule, trigger)
    assert deadline.due_on == due
    assert not deadline.provisional
    assert not deadline.stopped
    assert deadline.total_length == rule.length
    assert deadline.basis == rule.basis
    assert deadline.step is rule


def test_calendar_day_deadline_crossing_national_day_rolls_forward() -> None:
    deadline = compute_deadline(PAYMENT, date(2026, 9, 1))
    assert deadline.period_end == date(2026, 10, 1)
    assert deadline.due_on == date(2026, 10, 8)
    assert deadline.explanation[0] == "收到投诉材料：2026年9月1日"
    assert "期限：30日（自次日起算，民法典第二百零一条）" in deadline.explanation
    assert "中秋节 9月25日—9月27日（休息日，按日计算照常计入）" in deadline.explanation
    assert "国庆节 10月1日—10月7日（休息日，按日计算照常计入）" in deadline.explanation
    assert deadline.explanation[-1] == (
        "期限届满日2026年10月1日为休息日（国庆节），顺延至2026年10月8日（民法典第二百零三条）"
    )


def test_working_day_deadline_explains_the_holidays_it_skipped() -> None:
    deadline = compute_deadline(HOTLINE, date(2026, 9, 28))
    assert deadline.explanation[0] == "收到工单：2026年9月28日"
    assert "国庆节 10月1日—10月7日（休息日，不计入）" in deadline.explanation
    assert "调休上班：10月10日（计为工作日）" in deadline.explanation
    assert deadline.explanation[-1] == "期限届满日：2026年10月23日"
    assert any(line.startswith("依据：本地12345") for line in deadline.explanation)


def test_weekend_roll_forward_names_the_weekday() -> None:
    deadline = compute_deadline(PAYMENT, date(2026, 5, 1))  # 5/31 is a Sunday
    assert deadline.explanation[-1] == (
        "期限届满日2026年5月31日为休息日（星期日），顺延至2026年6月1日（民法典第二百零三条）"
    )


def test_calendar_without_names_still_explains_rest_days() -> None:
    official = WorkCalendar.official()
    nameless = WorkCalendar(official.rest_days, official.make_up_workdays, official.known_years)
    deadline = compute_deadline(PAYMENT, date(2026, 9, 1), calendar=nameless)
    assert deadline.due_on == date(2026, 10, 8)
    assert "法定节假日 10月1日—10月7日（休息日，按日计算照常计入）" in deadline.explanation
    assert deadline.explanation[-1] == (
        "期限届满日2026年10月1日为休息日（法定节假日），顺延至2026年10月8日（民法典第二百零三条）"
    )


# -- stops -------------------------------------------------------------------------------------


def test_stop_and_restart_adds_the_suspended_calendar_days() -> None:
    stop = ClockStop(date(2026, 3, 10), date(2026, 3, 18), "补正材料")
    deadline = compute_deadline(PAYMENT, date(2026, 3, 2), stops=[stop])
    assert deadline.suspended == 8
    assert deadline.due_on == date(2026, 4, 9)  # 4/1 + 8 days
    assert "中止：2026年3月10日至3月18日（补正材料），不计入8日" in deadline.explanation


def test_stop_and_restart_adds_the_suspended_working_days() -> None:
    # Working days in (3/5, 3/11]: 3/6, 3/9, 3/10, 3/11.
    stop = ClockStop(date(2026, 3, 5), date(2026, 3, 11), "补正材料")
    deadline = compute_deadline(HOTLINE, date(2026, 3, 2), stops=[stop])
    assert deadline.suspended == 4
    assert deadline.due_on == date(2026, 3, 27)  # 3/23 + 4 working days
    assert "中止：2026年3月5日至3月11日（补正材料），不计入4个工作日" in deadline.explanation


def test_stop_across_a_holiday_suspends_only_its_working_days() -> None:
    stop = ClockStop(date(2026, 9, 30), date(2026, 10, 9))  # working days 10/8 and 10/9
    deadline = compute_deadline(HOTLINE, date(2026, 9, 28), stops=[stop])
    assert deadline.suspended == 2
    assert deadline.due_on == date(2026, 10, 27)


def test_the_stop_day_itself_still_counts() -> None:
    same_day = ClockStop(date(2026, 3, 10), date(2026, 3, 10))
    assert compute_deadline(PAYMENT, date(2026, 3, 2), stops=[same_day]).due_on == date(2026, 4, 1)


def test_two_stops_add_up() -> None:
    stops = [ClockStop(date(2026, 3, 3), date(2026, 3, 5)), ClockStop(date(2026, 3, 5), date(2026, 3, 10))]
    deadline = compute_deadline(PAYMENT, date(2026, 3, 2), stops=stops)
    assert deadline.suspended == 7
    assert deadline.due_on == date(2026, 4, 8)


def test_open_stop_has_no_due_date() -> None:
    stop = ClockStop(date(2026, 3, 10), None, "补正材料")
    deadline = compute_deadline(PAYMENT, date(2026, 3, 2), stops=[stop])
    assert deadline.due_on is None
    assert deadline.stopped
    assert deadline.stop_effects[0].remaining == 22
    assert "中止：自2026年3月10日起（补正材料），尚未恢复计算；恢复计算后还有22日" in deadline.explanation
    assert deadline.explanation[-1] == "期限中止计算中，恢复计算后重新确定届满日"


def test_stop_after_the_deadline_does_not_move_the_deadline() -> None:
    # 3/2 + 30 days = 4/1 (a Wednesday); a stop on 4/2 comes after the deadline had passed.
    stop = ClockStop(date(2026, 4, 2), None, "补正材料")
    deadline = compute_deadline(PAYMENT, date(2026, 3, 2), stops=[stop])
    assert deadline.due_on == date(2026, 4, 1)
    assert not deadline.stopped
    assert not deadline.stop_effects[0].applies
    assert ("中止：2026年4月2日（补正材料），在期限届满日2026年4月1日之后，期满后中止不使期限恢复，不影响期限"
            in deadline.explanation)


def test_stop_on_a_step_that_cannot_stop() -> None:
    with pytest.raises(ValueError, match="cannot be stopped"):
        compute_deadline(
            PETITION_NOTICE, date(2026, 3, 2), stops=[ClockStop(date(2026, 3, 3), date(2026, 3, 4))]
        )


@pytest.mark.parametrize(
    ("stops", "message"),
    [
        ([ClockStop(date(2026, 3, 1), date(2026, 3, 4))], "before the trigger date"),
        (
            [ClockStop(date(2026, 3, 3), date(2026, 3, 10)), ClockStop(date(2026, 3, 9), date(2026, 3, 12))],
            "before the previous stop's restart",
        ),
        (
            [ClockStop(date(2026, 3, 10), date(2026, 3, 12)), ClockStop(date(2026, 3, 3), date(2026, 3, 4))],
            "in order",
        ),
        ([ClockStop(date(2026, 3, 3)), ClockStop(date(2026, 3, 9), date(2026, 3, 12))], "no restart"),
    ],
)
def test_bad_stops_are_rejected(stops: list[ClockStop], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        compute_deadline(PAYMENT, date(2026, 3, 2), stops=stops)


def test_restart_before_stop_is_rejected() -> None:
    with pytest.raises(ValueError, match="before it stopped"):
        ClockStop(date(2026, 3, 10), date(2026, 3, 9))


# -- extensions --------------------------------------------------------------------------------


def test_extension_within_cap() -> None:
    deadline = compute_deadline(
        PAYMENT, date(2026, 3, 2), extensions=[Extension(30, "情况复杂"), Extension(30, "经部门负责人批准")]
    )
    assert deadline.total_length == 90
    assert deadline.due_on == date(2026, 6, 1)  # 5/31 is a Sunday
    assert "延长：30日（情况复杂）" in deadline.explanation
    assert "延长后期限：90日（延长上限60日）" in deadline.explanation


def test_extension_beyond_cap_raises() -> None:
    with pytest.raises(ExtensionBeyondCap) as caught:
        compute_deadline(PAYMENT, date(2026, 3, 2), extensions=[Extension(30), Extension(31)])
    assert isinstance(caught.value, ValueError)
    assert (caught.value.cap, caught.value.requested) == (60, 61)
    assert "61" in str(caught.value) and "60" in str(caught.value)


def test_extension_of_a_step_without_extensions_raises() -> None:
    with pytest.raises(ExtensionBeyondCap):
        compute_deadline(HOTLINE, date(2026, 3, 2), extensions=[Extension(1)])


def test_extension_must_be_positive() -> None:
    with pytest.raises(ValueError):
        Extension(0)


def test_working_day_extension_counts_working_days() -> None:
    rule = replace(HOTLINE, extension_cap=10)
    deadline = compute_deadline(rule, date(2026, 3, 2), extensions=[Extension(5)])
    assert deadline.due_on == date(2026, 3, 30)  # 3/23 + 5 working days
    assert "延长：5个工作日（经批准）" in deadline.explanation


# -- provisional years -------------------------------------------------------------------------


def test_deadline_into_2027_is_provisional() -> None:
    deadline = compute_deadline(PETITION_REPLY, date(2026, 12, 1))
    assert deadline.provisional
    # 12/1 + 60 days = 2027-01-30, a Saturday: rolled to Monday 2/1 (春节 2027 starts 2/5).
    assert deadline.due_on == date(2027, 2, 1)
    assert ("2027年节假日安排尚未录入，暂按《全国年节及纪念日放假办法》（2024年11月10日修订）规定的法定节假日"
            "（含逢周末的补假，未含调休）和周六、周日休息计算，结果为暂定") in deadline.explanation
    assert "元旦 2027年1月1日（休息日，按日计算照常计入）" in deadline.explanation


def test_working_day_deadline_into_2027_is_provisional() -> None:
    deadline = compute_deadline(HOTLINE, date(2026, 12, 25))
    assert deadline.provisional
    # 15 working days after Fri 2026-12-25: 12/28-12/31 (4); 1/1 元旦 is a statutory rest day even before
    # the 2027 notice; 1/4-1/8 (9), 1/11-1/15 (14), 1/18 (15). Weekends only would have said 1/15.
    assert deadline.due_on == date(2027, 1, 18)


def test_entering_a_2027_schedule_makes_the_deadline_final() -> None:
    official = WorkCalendar.official()
    # A made-up 2027 notice (元旦 1/1-1/3); 2027 becomes a known year.
    calendar = WorkCalendar(
        official.rest_days | {date(2027, 1, 2), date(2027, 1, 3)}, official.make_up_workdays,
        official.known_years | {2027},
    )
    deadline = compute_deadline(HOTLINE, date(2026, 12, 25), calendar=calendar)
    assert not deadline.provisional
    assert deadline.due_on == date(2027, 1, 18)
    assert not any("暂定" in line for line in deadline.explanation)


def test_open_stop_in_a_provisional_year() -> None:
    stop = ClockStop(date(2027, 1, 5))
    deadline = compute_deadline(PETITION_REPLY, date(2026, 12, 1), stops=[stop])
    assert deadline.stopped and deadline.provisional


# -- properties -------------------------------------------------------------------------------

triggers = st.dates(min_value=date(2004, 1, 1), max_value=date(2030, 6, 30))


@given(
    st.sampled_from([PAYMENT, HOTLINE, DIRECT, PETITION_REPLY]),
    triggers,
    st.integers(min_value=0, max_value=80),
    st.integers(min_value=0, max_value=40),
)
def test_restarting_an_open_stop_leaves_exactly_the_remaining_days(
    rule: StepRule, trigger: date, stop_after: int, stopped_for: int
) -> None:
    stopped_on = trigger + timedelta(days=stop_after)
    restarted_on = stopped_on + timedelta(days=stopped_for)
    open_ = compute_deadline(rule, trigger, stops=[ClockStop(stopped_on)])
    closed = compute_deadline(rule, trigger, stops=[ClockStop(stopped_on, restarted_on)])
    effect = open_.stop_effects[0]
    if not effect.applies:
        assert closed.due_on == compute_deadline(rule, trigger).due_on
    elif effect.remaining == 0:  # stopped on the deadline itself: due on the restart (or the next working) day
        assert closed.due_on == WorkCalendar.official().roll_forward(restarted_on)
    elif rule.unit is Unit.WORKDAYS:
        assert closed.due_on == WorkCalendar.official().add_workdays(restarted_on, effect.remaining)
    else:
        assert closed.due_on == WorkCalendar.official().add_days(restarted_on, effect.remaining)


@given(st.sampled_from([PAYMENT, HOTLINE]), triggers, st.integers(min_value=0, max_value=60))
def test_due_date_is_a_working_day_after_the_trigger(rule: StepRule, trigger: date, extra: int) -> None:
    rule = replace(rule, extension_cap=60)
    extensions = [Extension(extra)] if extra else []
    deadline = compute_deadline(rule, trigger, extensions=extensions)
    assert deadline.due_on > trigger
    assert WorkCalendar.official().is_workday(deadline.due_on)
    assert deadline.explanation[-1].startswith("期限届满日")
