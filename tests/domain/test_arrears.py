"""Tests for statutory payment terms (DOMAIN.md §4), checked by hand against the official calendar."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from complaintdesk.domain.arrears import DebtorKind, OutsideRegulation, PaymentTerm, payment_due_date
from complaintdesk.domain.calendar import DayKind, HolidayRow, WorkCalendar

SIGNED_2025 = date(2025, 7, 1)
SIGNED_2020 = date(2025, 5, 31)
MONDAY = date(2025, 7, 7)


def due(kind: DebtorKind | str, **kwargs) -> PaymentTerm:
    kwargs.setdefault("contract_signed_on", SIGNED_2025)
    kwargs.setdefault("delivered_on", MONDAY)
    return payment_due_date(kind, calendar=WorkCalendar.official(), **kwargs)


def test_debtor_kind_values_and_labels():
    assert [(k.value, k.label_zh) for k in DebtorKind] == [
        ("state_organ", "机关"),
        ("public_institution", "事业单位"),
        ("state_owned_enterprise", "国有企业"),
        ("large_enterprise", "大型企业"),
        ("other", "其他"),
    ]


@pytest.mark.parametrize("kind", [DebtorKind.STATE_ORGAN, DebtorKind.PUBLIC_INSTITUTION])
def test_state_organ_and_public_institution_pay_within_30_days_of_delivery(kind):
    term = due(kind)
    # Mon 2025-07-07 + 30 days = Wed 2025-08-06, a working day.
    assert term.due_on == date(2025, 8, 6)
    assert term.start_on == MONDAY
    assert term.term_days == 30
    assert term.regulation == "2025"
    assert term.basis == "《保障中小企业款项支付条例》（国务院令第802号，2025年6月1日起施行）第九条第一款"
    assert term.warnings == ()
    assert not term.provisional
    assert any("自交付之日（2025年7月7日）起算" in line for line in term.explanation)


def test_agreed_term_within_60_days_is_honoured_for_state_organs():
    term = due(DebtorKind.STATE_ORGAN, agreed_term_days=45)
    assert (term.term_days, term.due_on) == (45, date(2025, 8, 21))
    assert term.warnings == ()


def test_agreed_term_of_exactly_60_days_has_no_warning():
    term = due(DebtorKind.PUBLIC_INSTITUTION, agreed_term_days=60)
    assert (term.term_days, term.due_on, term.warnings) == (60, date(2025, 9, 5), ())


def test_agreed_90_days_for_a_state_organ_is_capped_at_60_with_a_warning():
    term = due(DebtorKind.STATE_ORGAN, agreed_term_days=90)
    # 2025-07-07 + 60 days = Fri 2025-09-05.
    assert (term.term_days, term.due_on) == (60, date(2025, 9, 5))
    assert len(term.warnings) == 1
    assert "90日" in term.warnings[0] and "60日" in term.warnings[0]


def test_agreed_zero_days_means_payment_on_delivery():
    assert due(DebtorKind.STATE_ORGAN, agreed_term_days=0).due_on == MONDAY


@pytest.mark.parametrize(
    "kind", [DebtorKind.LARGE_ENTERPRISE, DebtorKind.STATE_OWNED_ENTERPRISE, "large_enterprise"]
)
def test_large_and_state_owned_enterprises_pay_within_60_days_under_2025(kind):
    term = due(kind)
    assert (term.term_days, term.due_on) == (60, date(2025, 9, 5))
    assert term.basis.endswith("第九条第二款")
    assert term.warnings == ()


def test_state_owned_enterprise_explains_it_is_treated_as_a_large_enterprise():
    term = due(DebtorKind.STATE_OWNED_ENTERPRISE)
    assert any("国有企业按大型企业" in line for line in term.explanation)


def test_large_enterprise_shorter_agreed_term_applies():
    term = due(DebtorKind.LARGE_ENTERPRISE, agreed_term_days=30)
    assert (term.term_days, term.due_on, term.warnings) == (30, date(2025, 8, 6), ())


def test_large_enterprise_longer_agreed_term_applies_with_a_reasonableness_warning():
    term = due(DebtorKind.LARGE_ENTERPRISE, agreed_term_days=90)
    # 2025-07-07 + 90 days = Sun 2025-10-05, inside National Day 10/1-10/8 -> Thu 2025-10-09.
    assert (term.term_days, term.due_on) == (90, date(2025, 10, 9))
    assert len(term.warnings) == 1
    assert "行业规范、交易习惯" in term.warnings[0]


def test_2020_text_for_contracts_signed_before_2025_06_01():
    term = due(DebtorKind.STATE_ORGAN, contract_signed_on=SIGNED_2020, delivered_on=date(2025, 6, 3))
    # Tue 2025-06-03 + 30 days = Thu 2025-07-03.
    assert (term.regulation, term.due_on) == ("2020", date(2025, 7, 3))
    assert term.basis == "《保障中小企业款项支付条例》（国务院令第728号）第八条第一款"


def test_2020_state_organ_agreed_term_is_also_capped_at_60():
    term = due(DebtorKind.STATE_ORGAN, contract_signed_on=SIGNED_2020, agreed_term_days=75)
    assert (term.regulation, term.term_days, term.due_on) == ("2020", 60, date(2025, 9, 5))
    assert len(term.warnings) == 1


def test_2020_large_enterprise_without_agreed_term_has_no_due_date_and_says_so():
    term = due(DebtorKind.LARGE_ENTERPRISE, contract_signed_on=SIGNED_2020)
    assert term.due_on is None and term.term_days is None
    assert term.regulation == "2020"
    assert term.basis.endswith("第八条第二款")
    assert not term.provisional
    assert len(term.warnings) == 1 and "约定的付款期限" in term.warnings[0]


def test_2020_large_enterprise_uses_the_agreed_term():
    term = due(
        DebtorKind.LARGE_ENTERPRISE,
        contract_signed_on=SIGNED_2020,
        delivered_on=date(2025, 6, 3),
        agreed_term_days=45,
    )
    # 2025-06-03 + 45 days = Fri 2025-07-18.
    assert (term.due_on, term.warnings) == (date(2025, 7, 18), ())


def test_regulation_switches_exactly_on_2025_06_01():
    on_the_day = due(DebtorKind.LARGE_ENTERPRISE, contract_signed_on=date(2025, 6, 1))
    day_before = due(DebtorKind.LARGE_ENTERPRISE, contract_signed_on=date(2025, 5, 31))
    assert (on_the_day.regulation, on_the_day.term_days) == ("2025", 60)
    assert (day_before.regulation, day_before.term_days) == ("2020", None)


def test_contract_before_the_2020_regulation_took_effect_is_flagged():
    term = due(DebtorKind.STATE_ORGAN, contract_signed_on=date(2020, 8, 31))
    assert term.regulation == "2020"
    assert any("2020年9月1日" in warning for warning in term.warnings)


def test_acceptance_passed_starts_the_term():
    term = due(
        DebtorKind.STATE_ORGAN,
        acceptance_passed_on=date(2025, 7, 17),
        acceptance_period_ends_on=date(2025, 7, 21),
    )
    # Thu 2025-07-17 + 30 = Sat 2025-08-16 -> Mon 2025-08-18.
    assert (term.start_on, term.due_on) == (date(2025, 7, 17), date(2025, 8, 18))
    assert term.basis.endswith("第九条第一款、第十条")
    assert any("验收合格之日（2025年7月17日）" in line for line in term.explanation)
    assert any("顺延" in line for line in term.explanation)


def test_acceptance_passed_on_the_last_day_of_the_period_is_not_a_delay():
    term = due(
        DebtorKind.STATE_ORGAN,
        acceptance_passed_on=date(2025, 7, 21),
        acceptance_period_ends_on=date(2025, 7, 21),
    )
    assert term.start_on == date(2025, 7, 21)
    assert not any("拖延" in line for line in term.explanation)


@pytest.mark.parametrize("passed", [date(2025, 8, 1), None])
def test_delayed_acceptance_runs_from_the_end_of_the_agreed_period(passed):
    term = due(
        DebtorKind.STATE_ORGAN, acceptance_passed_on=passed, acceptance_period_ends_on=date(2025, 7, 21)
    )
    # Mon 2025-07-21 + 30 = Wed 2025-08-20.
    assert (term.start_on, term.due_on) == (date(2025, 7, 21), date(2025, 8, 20))
    assert any("拖延检验或验收" in line for line in term.explanation)


def test_settlement_confirmation_starts_the_term():
    term = due(DebtorKind.STATE_ORGAN, settlement_confirmed_on=date(2025, 8, 15))
    # Fri 2025-08-15 + 30 = Sun 2025-09-14 -> Mon 2025-09-15.
    assert (term.start_on, term.due_on) == (date(2025, 8, 15), date(2025, 9, 15))
    assert term.basis.endswith("第九条第一款、第九条第四款")
    assert term.warnings == ()


def test_settlement_under_2020_cites_article_8_paragraph_3():
    term = due(
        DebtorKind.LARGE_ENTERPRISE,
        contract_signed_on=SIGNED_2020,
        agreed_term_days=30,
        settlement_confirmed_on=date(2025, 8, 15),
    )
    assert term.basis == "《保障中小企业款项支付条例》（国务院令第728号）第八条第二款、第八条第三款"
    assert term.due_on == date(2025, 9, 15)


def test_settlement_wins_over_acceptance_with_a_warning():
    term = due(
        DebtorKind.STATE_ORGAN,
        settlement_confirmed_on=date(2025, 8, 15),
        acceptance_passed_on=date(2025, 8, 1),
    )
    assert term.start_on == date(2025, 8, 15)
    assert len(term.warnings) == 1 and "结算确认日" in term.warnings[0]


def test_due_date_in_national_day_2026_rolls_to_the_first_working_day_after():
    term = due(DebtorKind.STATE_ORGAN, contract_signed_on=date(2026, 8, 1), delivered_on=date(2026, 9, 1))
    # 2026-09-01 + 30 = Thu 2026-10-01; off 10/1-10/7 -> Thu 2026-10-08.
    assert term.due_on == date(2026, 10, 8)
    assert any("2026年10月1日为国庆节" in line and "2026年10月8日" in line for line in term.explanation)


def test_due_date_on_a_make_up_saturday_is_not_rolled():
    term = due(DebtorKind.STATE_ORGAN, contract_signed_on=date(2026, 8, 1), delivered_on=date(2026, 9, 10))
    # 2026-09-10 + 30 = Sat 2026-10-10, an official make-up working day.
    assert term.due_on == date(2026, 10, 10)
    assert not any("顺延" in line for line in term.explanation)


def test_due_date_in_a_year_without_a_schedule_is_provisional():
    term = due(DebtorKind.STATE_ORGAN, contract_signed_on=date(2026, 12, 1), delivered_on=date(2027, 3, 1))
    # 2027-03-01 + 30 = Wed 2027-03-31.
    assert term.due_on == date(2027, 3, 31)
    assert term.provisional
    assert any("暂定" in line for line in term.explanation)


def test_the_calendar_parameter_is_used():
    # A calendar on which the nominal due day (Wed 2025-08-06) is a rest day.
    calendar = WorkCalendar.from_rows([HolidayRow(date(2025, 8, 6), DayKind.REST, "测试假日")])
    term = payment_due_date(
        DebtorKind.STATE_ORGAN, contract_signed_on=SIGNED_2025, delivered_on=MONDAY, calendar=calendar
    )
    assert term.due_on == date(2025, 8, 7)


def test_default_calendar_is_the_official_one():
    term = payment_due_date(
        DebtorKind.STATE_ORGAN, contract_signed_on=date(2026, 8, 1), delivered_on=date(2026, 9, 1)
    )
    assert term.due_on == date(2026, 10, 8)


def test_delivery_before_the_contract_is_accepted():
    term = due(DebtorKind.STATE_ORGAN, contract_signed_on=date(2025, 7, 10))
    assert term.due_on == date(2025, 8, 6)


def test_other_debtors_are_outside_the_regulation():
    with pytest.raises(OutsideRegulation, match="不适用"):
        due(DebtorKind.OTHER)
    assert issubclass(OutsideRegulation, ValueError)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"acceptance_passed_on": date(2025, 7, 6)}, "验收合格日期.*早于交付日期"),
        ({"acceptance_period_ends_on": date(2025, 7, 1)}, "验收期限届满日.*早于交付日期"),
        ({"agreed_term_days": -1}, "不能为负数"),
    ],
)
def test_bad_inputs_raise_clear_errors(kwargs, message):
    with pytest.raises(ValueError, match=message):
        due(DebtorKind.STATE_ORGAN, **kwargs)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"delivered_on": datetime(2025, 7, 7, 9, 0)},
        {"delivered_on": "2025-07-07"},
        {"agreed_term_days": 30.0},
        {"agreed_term_days": True},
    ],
)
def test_wrong_types_raise_type_error(kwargs):
    with pytest.raises(TypeError):
        due(DebtorKind.STATE_ORGAN, **kwargs)


def test_unknown_kind_string_raises():
    with pytest.raises(ValueError):
        due("ministry")
