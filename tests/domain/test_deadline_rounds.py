"""Issue 16 in the domain: stops against the rolled deadline, the text that governs, rounds of a clock."""

from __future__ import annotations

from datetime import date

import pytest

from complaintdesk.domain.deadlines import (
    ClockStop,
    compute_deadline,
    default_procedures,
    procedures_from_dicts,
    procedures_to_dicts,
    round_key,
    split_round,
)

PROCEDURES = default_procedures()
PAYMENT = PROCEDURES["payment_complaint"].step("reply")
PETITION_REVIEW = PROCEDURES["petition"].step("review")
HOTLINE = PROCEDURES["hotline"].step("reply")

# Received 2026-03-12: 3/12 + 30 days = 4/11, a Saturday → the deadline rolls to Monday 4/13.
RECEIVED = date(2026, 3, 12)


# --- 5. a stop counts if it is on or before the deadline as it stands after roll-forward -------------


def test_a_stop_between_a_rest_day_period_end_and_the_rolled_deadline_stops_the_clock():
    deadline = compute_deadline(PAYMENT, RECEIVED, stops=[ClockStop(date(2026, 4, 12), None, "补正合同")])
    assert deadline.stopped and deadline.due_on is None
    assert deadline.stop_effects[0].applies and deadline.stop_effects[0].remaining == 1  # 4/13 is left


def test_a_stop_in_the_roll_forward_gap_moves_the_rolled_deadline():
    deadline = compute_deadline(PAYMENT, RECEIVED, stops=[ClockStop(date(2026, 4, 12), date(2026, 4, 20), "补正合同")])
    # from the rolled deadline 4/13, + 8 days (4/12, 4/20] = 4/21, a Tuesday
    assert deadline.due_on == date(2026, 4, 21) and deadline.suspended == 8
    assert ("中止：2026年4月12日至4月20日（补正合同），不计入8日（期间最后一日2026年4月11日为休息日（星期六），"
            "顺延至2026年4月13日；中止在顺延后的届满日之前，仍予计算）") in deadline.explanation
    assert deadline.explanation[-1] == "期限届满日：2026年4月21日"


def test_a_stop_on_the_deadline_itself_counts():
    # 3/02 + 30 days = 4/01, a Wednesday: stopped that very day, nothing is left but the restart day
    stopped = compute_deadline(PAYMENT, date(2026, 3, 2), stops=[ClockStop(date(2026, 4, 1))])
    assert stopped.stopped and stopped.stop_effects[0].remaining == 0
    restarted = compute_deadline(PAYMENT, date(2026, 3, 2), stops=[ClockStop(date(2026, 4, 1), date(2026, 4, 3))])
    assert restarted.due_on == date(2026, 4, 3)  # 4/01 + 2 days (4/01, 4/03] = 4/03, a Friday


def test_a_working_day_clock_stopped_on_its_last_day_is_due_on_the_restart_day():
    # hotline 3/02 + 15 working days = 3/23 (Mon); stopped on 3/23, restarted on Saturday 3/28
    deadline = compute_deadline(HOTLINE, date(2026, 3, 2), stops=[ClockStop(date(2026, 3, 23), date(2026, 3, 28))])
    assert deadline.due_on == date(2026, 3, 30)  # nothing was left: the first working day from the restart


def test_a_stop_after_the_rolled_deadline_revives_nothing():
    deadline = compute_deadline(PAYMENT, RECEIVED, stops=[ClockStop(date(2026, 4, 14), None, "补正合同")])
    assert not deadline.stopped and deadline.due_on == date(2026, 4, 13)
    assert not deadline.stop_effects[0].applies and deadline.stop_effects[0].deadline_then == date(2026, 4, 13)


# --- 6. the text that governs: before 2025-06-01 the 2020 Regulation, without a statutory limit -------


def test_a_payment_complaint_received_before_june_2025_runs_on_an_internal_target():
    old = PAYMENT.governing(date(2025, 5, 31))
    assert not old.statutory and PAYMENT.statutory
    assert (old.length, old.extension_cap) == (30, 60)
    deadline = compute_deadline(old, date(2025, 5, 31))
    assert deadline.due_on == date(2025, 6, 30)  # internal target: 5/31 + 30 days = 6/30, a Monday
    lines = deadline.explanation
    assert not any("第二十五条" in line for line in lines)
    assert "内部时限：30日（本机关工作目标，非法定期限；自次日起算）" in lines
    assert any(line.startswith("依据：本机关内部时限（非法定期限）；《保障中小企业款项支付条例》（2020年") for line in lines)


def test_from_june_2025_the_2025_text_governs():
    assert PAYMENT.governing(date(2025, 6, 1)) is PAYMENT
    assert PETITION_REVIEW.governing(date(2020, 1, 1)) is PETITION_REVIEW  # a rule without an earlier text


def test_an_office_copy_older_than_the_legal_dates_takes_them_from_the_shipped_rules():
    stored = procedures_to_dicts(PROCEDURES.values())
    for proc in stored:  # as an office seeded by an earlier version stored them
        proc.pop("review_window_days")
        for step in proc["steps"]:
            step.pop("in_force_from")
            step.pop("earlier_basis")
    loaded = procedures_from_dicts(stored)
    assert loaded["payment_complaint"].step("reply").in_force_from == date(2025, 6, 1)
    assert loaded["petition"].review_window_days == 30 and loaded["direct"].review_window_days == 0
    assert loaded == PROCEDURES


# --- rounds --------------------------------------------------------------------------------------


def test_round_keys():
    assert [round_key("review", n) for n in (1, 2, 3)] == ["review", "review#2", "review#3"]
    assert [split_round(k) for k in ("review", "review#2")] == [("review", 1), ("review", 2)]
    with pytest.raises(ValueError):
        round_key("review", 0)


def test_a_later_round_names_itself_and_explains_that_earlier_rounds_do_not_count():
    second = PETITION_REVIEW.for_round(2)
    assert (second.code, second.base_code, second.round_no) == ("review#2", "review", 2)
    assert second.name_zh == "复查并提出复查意见（第2轮）" and second.for_round(3).name_zh.endswith("（第3轮）")
    deadline = compute_deadline(second, date(2026, 10, 12))
    assert deadline.explanation[1] == "本轮：第2轮，自本轮起点起算；此前各轮的中止和延长不计入本轮"
    assert deadline.due_on == date(2026, 11, 11)  # 10/12 + 30 days = 11/11, a Wednesday


def test_a_step_code_cannot_look_like_a_round():
    stored = procedures_to_dicts(PROCEDURES.values())
    stored[0]["steps"][0]["code"] = "reply#2"
    with pytest.raises(ValueError, match="must not contain"):
        procedures_from_dicts(stored)
