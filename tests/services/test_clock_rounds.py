"""Issue 16 — the officer's desk is right in every corner: a clock belongs to one round (DOMAIN.md §3).

Each test states a rule; the dates are counted by hand in the comments (2026 schedule: 中秋 9/25–9/27,
国庆 10/1–10/7, make-up working days 9/20 and 10/10).
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from complaintdesk.services import deadline_clocks
from complaintdesk.services.actor import SYSTEM
from complaintdesk.services.auth import PermissionDenied
from complaintdesk.services.case_query import CaseQuery
from complaintdesk.services.desk_types import ActionInput, EnterpriseInput, RegistrationInput, RespondentInput
from complaintdesk.services.errors import ActionRefused
from complaintdesk.services.users import create_user
from complaintdesk.store.models import ClockStop, ExtensionRequest
from tests.identity import give_identity

PASSWORD = "correct horse 1"


@pytest.fixture
def staffed(office):
    with office.db.write() as s:
        for username, role in (("officer1", "officer"), ("boss", "supervisor"), ("chief", "supervisor")):
            create_user(s, SYSTEM, username=username, display_name=username.title(), role=role, password=PASSWORD)
    return office


def _register(office, procedure: str, received_on: date):
    return office.registration.register(RegistrationInput(
        channel="letter" if procedure == "petition" else "transferred_in", procedure=procedure,
        category="arrears", summary="县教育局拖欠我公司货款", received_on=received_on,
        complainant=EnterpriseInput(name=f"乌兰恒达建材有限公司{received_on:%m%d}"),
        respondent=RespondentInput(name="县教育局", kind="state_organ"), confirm_duplicates=True))


def _act(office, case, action: str, on: date, **inputs):
    return office.actions.act(case.id, action, ActionInput(on=on, **inputs), case.version)


def _handled(office, procedure: str, received_on: date, accepted_on: date):
    case = _register(office, procedure, received_on)
    case = _act(office, case, "accept", accepted_on)
    return _act(office, case, "start_handling", accepted_on)


def _rounds(case, step: str):
    return [d for d in case.deadlines if d.step == step]


def _replied_petition(office, replied_on: date):
    """A petition accepted on 2026-06-04 and answered in writing on ``replied_on``."""
    case = _handled(office, "petition", date(2026, 6, 1), date(2026, 6, 4))
    return _act(office, case, "reply", replied_on, note="已答复")


# --- 1. an answered review request closes its clock ------------------------------------------------


def test_an_answered_review_closes_its_clock(office):
    case = _replied_petition(office, date(2026, 8, 20))
    case = _act(office, case, "request_review", date(2026, 9, 1), reason="对答复不服")
    # review: 9/01 + 30 days = 10/01, in the National Day holiday → first working day 10/08
    assert case.next_due_on == date(2026, 10, 8) and case.next_step == "review"

    case = _act(office, case, "reply", date(2026, 9, 25), note="复查意见：维持原答复")

    assert case.status == "replied"
    [review] = _rounds(case, "review")
    assert review.met_on == date(2026, 9, 25)
    assert case.next_due_on is None and not any(d.overdue for d in case.deadlines)
    assert office.cases.count(CaseQuery(ids=(case.id,), overdue=True)) == 0


# --- 2. a review is requested within 30 days of the written reply ----------------------------------


def test_a_late_review_request_is_refused_unless_the_officer_records_it_anyway(office):
    case = _replied_petition(office, date(2026, 7, 1))
    # window: 7/01 + 30 days = 7/31 (a Friday, a working day); 9/29 is long after it
    with pytest.raises(ActionRefused) as refused:
        _act(office, case, "request_review", date(2026, 9, 29), reason="对答复不服")
    assert refused.value.code == "clocks.review_request_late" and refused.value.field == "on"
    assert refused.value.params["last_day"] == "2026-07-31" and "已逾期" in refused.value.text.zh
    case = office.lookup.detail(case.id)
    assert case.status == "replied" and _rounds(case, "review") == []

    case = _act(office, case, "request_review", date(2026, 9, 29), reason="对答复不服", late_ok=True)

    assert case.status == "in_handling"
    [review] = _rounds(case, "review")
    assert review.due_on == date(2026, 10, 29)  # 9/29 + 30 days = 10/29, a Thursday
    assert review.explanation[0] == "收到复查请求（逾期提出，经办人决定仍予登记）：2026年9月29日"
    event = case.events[-1]
    assert event.action == "request_review"
    assert "对答复不服" in event.summary and "逾期提出" in event.summary and "2026-07-31" in event.summary


def test_a_review_within_the_window_is_accepted(office):
    case = _replied_petition(office, date(2026, 7, 1))
    case = _act(office, case, "request_review", date(2026, 7, 31), reason="对答复不服")  # the window's last day
    assert case.status == "in_handling" and case.next_due_on == date(2026, 8, 31)  # 7/31 + 31 → 8/30 Sun → 8/31


# --- 3. each review request is its own round with its own stops ------------------------------------


def test_a_second_review_request_is_a_new_round_with_its_own_stops(office):
    case = _replied_petition(office, date(2026, 8, 20))
    case = _act(office, case, "request_review", date(2026, 9, 1), reason="对答复不服")
    case = _act(office, case, "stop_clock", date(2026, 9, 3), reason="补充证据")
    case = _act(office, case, "restart_clock", date(2026, 9, 8))
    # round 1: 9/01 + 30 = 10/01, + 5 stopped days (9/03, 9/08] = 10/06, National Day → 10/08
    assert case.next_due_on == date(2026, 10, 8)
    case = _act(office, case, "reply", date(2026, 9, 25), note="复查意见")

    # the answer of 9/25 is the written reply: 9/25 + 30 = 10/25 (a Sunday) → 10/26 is the window's end
    case = _act(office, case, "request_review", date(2026, 10, 12), reason="仍不服")
    case = _act(office, case, "stop_clock", date(2026, 10, 14), reason="补充证据")
    case = _act(office, case, "restart_clock", date(2026, 10, 16))

    first, second = _rounds(case, "review")
    assert (first.round_no, first.met_on, first.due_on) == (1, date(2026, 9, 25), date(2026, 10, 8))
    assert "中止：2026年9月3日至9月8日（补充证据），不计入5日" in first.explanation
    # round 2: 10/12 + 30 = 11/11 (Wed), + 2 stopped days (10/14, 10/16] = 11/13 (Fri)
    assert (second.round_no, second.met_on, second.due_on) == (2, None, date(2026, 11, 13))
    assert "本轮：第2轮，自本轮起点起算；此前各轮的中止和延长不计入本轮" in second.explanation
    assert not any("9月3日" in line for line in second.explanation)
    assert case.next_step == "review" and case.next_due_on == date(2026, 11, 13)


# --- 4. a reopened case starts a new round: own stops, own extensions, own cap ---------------------


def test_a_reopened_case_starts_a_new_round_with_its_own_extensions(staffed):
    office = staffed
    office.sign_in("officer1", PASSWORD)
    case = _handled(office, "payment_complaint", date(2026, 3, 2), date(2026, 3, 3))
    case = _act(office, case, "request_extension", date(2026, 3, 20), days=60, reason="情况复杂")
    office.sign_in("boss", PASSWORD)
    case = _act(office, case, "approve_extension", date(2026, 3, 21), reason="同意")
    assert case.next_due_on == date(2026, 6, 1)  # 3/02 + 90 days = 5/31 (a Sunday) → 6/01
    office.sign_in("officer1", PASSWORD)
    case = _act(office, case, "reply", date(2026, 5, 20), note="已督促付款")
    case = _act(office, case, "close", date(2026, 5, 25), outcome="resolved")
    office.sign_in("boss", PASSWORD)
    case = _act(office, case, "reopen", date(2026, 6, 1), reason="企业反映仍未付款")

    assert case.next_due_on == date(2026, 7, 1)  # 6/01 + 30 days = 7/01, a Wednesday; the old 60 days stay old
    first, second = _rounds(case, "reply")
    assert (first.met_on, first.extension_days, second.extension_days) == (date(2026, 5, 20), 60, 0)
    assert second.round_no == 2 and second.explanation[0] == "重新办理：2026年6月1日"

    office.sign_in("officer1", PASSWORD)
    case = _act(office, case, "request_extension", date(2026, 6, 10), days=30, reason="需再次核实")
    with pytest.raises(Exception) as over_cap:
        _act(office, case, "request_extension", date(2026, 6, 10), days=31, reason="再延")
    assert "60" in str(over_cap.value)  # 30 + 31 > this round's own cap of 60 days
    office.sign_in("boss", PASSWORD)
    case = _act(office, case, "approve_extension", date(2026, 6, 11), reason="同意")
    assert case.next_due_on == date(2026, 7, 31)  # 6/01 + 60 days = 7/31, a Friday
    assert [x.status for x in case.extensions] == ["approved", "approved"]


# --- 5. a stop counts up to the deadline after roll-forward; after it, it neither counts nor blocks ---


def test_a_stop_in_the_roll_forward_gap_counts(office):
    # received 3/12: 3/12 + 30 days = 4/11 (a Saturday) → due Monday 4/13
    case = _handled(office, "payment_complaint", date(2026, 3, 12), date(2026, 3, 13))
    assert case.next_due_on == date(2026, 4, 13)
    case = _act(office, case, "stop_clock", date(2026, 4, 12), reason="补正合同")
    assert case.clock_stopped and case.next_due_on is None
    case = _act(office, case, "restart_clock", date(2026, 4, 20))
    # counted from the rolled deadline 4/13: + 8 stopped days (4/12, 4/20] = 4/21, a Tuesday
    assert not case.clock_stopped and case.next_due_on == date(2026, 4, 21)


def test_a_stop_after_the_deadline_is_refused_and_does_not_block_the_reply(office):
    case = _handled(office, "payment_complaint", date(2026, 3, 12), date(2026, 3, 13))  # due 4/13 as above
    with pytest.raises(ActionRefused) as refused:
        _act(office, case, "stop_clock", date(2026, 4, 14), reason="补正合同")
    assert refused.value.code == "clocks.stop_after_deadline" and "2026-04-13" in refused.value.text.zh
    case = office.lookup.detail(case.id)
    assert not case.clock_stopped and case.deadlines[0].overdue
    case = _act(office, case, "reply", date(2026, 4, 20), note="已答复")
    assert case.status == "replied"


def test_a_recorded_stop_after_the_deadline_neither_stops_nor_blocks_the_case(office):
    # A stop recorded by an earlier version after the deadline (4/13, as above) had passed.
    case = _handled(office, "payment_complaint", date(2026, 3, 12), date(2026, 3, 13))
    with office.db.write() as s:
        s.add(ClockStop(case_id=case.id, step="reply", stopped_on=date(2026, 4, 14), reason="补正合同"))
        deadline_clocks.recompute(s, office.calendar(), case_ids=[case.id])
    case = office.lookup.detail(case.id)
    assert not case.clock_stopped and case.next_due_on == date(2026, 4, 13) and not case.deadlines[0].stopped
    assert any("期满后中止不使期限恢复" in line for line in case.deadlines[0].explanation)
    assert _act(office, case, "reply", date(2026, 4, 20), note="已答复").status == "replied"


# --- 6. the text that governs: the 2020 Regulation before 2025-06-01 --------------------------------


def test_a_payment_complaint_received_before_june_2025_has_no_statutory_limit(office):
    give_identity(office)
    before = _handled(office, "payment_complaint", date(2025, 5, 20), date(2025, 5, 21))
    after = _handled(office, "payment_complaint", date(2025, 6, 3), date(2025, 6, 4))

    [old] = before.deadlines
    assert not old.statutory and old.basis.startswith("本机关内部时限（非法定期限）")
    assert "第二十五条" not in old.basis and not any("第二十五条" in line for line in old.explanation)
    assert "内部时限：30日（本机关工作目标，非法定期限；自次日起算）" in old.explanation
    assert "2020年" in old.basis and "及时" in old.basis
    assert old.due_on == date(2025, 6, 19)  # internal target: 5/20 + 30 days = 6/19, a Thursday
    letter = office.documents.letter_data(before.id, "acceptance")
    assert "第二十五条" not in letter.due_basis and "内部时限" in letter.due_basis

    [new] = after.deadlines
    assert new.statutory and new.basis.startswith("《保障中小企业款项支付条例》（2025年修订）第二十五条第二款")
    assert "第二十五条" in office.documents.letter_data(after.id, "acceptance").due_basis


# --- 11. extension requests the case can no longer use are withdrawn; nobody approves their own ----


def test_a_pending_extension_is_withdrawn_when_the_case_is_replied(staffed):
    office = staffed
    office.sign_in("officer1", PASSWORD)
    case = _handled(office, "payment_complaint", date(2026, 3, 2), date(2026, 3, 3))
    case = _act(office, case, "request_extension", date(2026, 3, 20), days=30, reason="情况复杂")
    assert office.cases.count(CaseQuery(awaiting_approval=True)) == 1

    case = _act(office, case, "reply", date(2026, 3, 25), note="已答复")

    [request] = case.extensions
    assert request.status == "withdrawn" and request.decided_on == date(2026, 3, 25)
    withdrawn = case.events[-1]
    assert withdrawn.action == "extension_withdrawn" and "自动撤回" in withdrawn.summary
    assert office.cases.count(CaseQuery(awaiting_approval=True)) == 0
    assert office.statistics.dashboard().awaiting_approval.value == 0
    case = _act(office, case, "close", date(2026, 3, 26), outcome="resolved")
    assert [x.status for x in case.extensions] == ["withdrawn"]


def test_a_request_for_a_clock_that_ended_is_not_counted_as_awaiting(staffed):
    # A request left pending by an earlier version on a case that was replied and closed since.
    office = staffed
    case = _handled(office, "payment_complaint", date(2026, 3, 2), date(2026, 3, 3))
    case = _act(office, case, "reply", date(2026, 3, 25), note="已答复")
    case = _act(office, case, "close", date(2026, 3, 26), outcome="resolved")
    with office.db.write() as s:
        s.add(ExtensionRequest(case_id=case.id, step="reply", days=30, reason="情况复杂",
                               requested_on=date(2026, 3, 20), status="requested"))
    assert office.cases.count(CaseQuery(awaiting_approval=True)) == 0
    assert office.statistics.dashboard().awaiting_approval.value == 0


def test_nobody_approves_their_own_extension_request(staffed):
    office = staffed
    office.sign_in("boss", PASSWORD)
    case = _handled(office, "payment_complaint", date(2026, 3, 2), date(2026, 3, 3))
    case = _act(office, case, "request_extension", date(2026, 3, 20), days=30, reason="情况复杂")

    with pytest.raises(PermissionDenied) as denied:
        _act(office, case, "approve_extension", date(2026, 3, 21), reason="同意")
    assert denied.value.code == "clocks.own_extension" and "本人" in denied.value.text.zh
    with office.db.read() as s:
        assert s.execute(select(ExtensionRequest.status)).scalar() == "requested"

    office.sign_in("chief", PASSWORD)
    case = _act(office, office.lookup.detail(case.id), "approve_extension", date(2026, 3, 21), reason="同意")
    # 3/02 + 60 days = 5/01, in the Labour Day holiday (5/1–5/5) → 5/06
    assert case.extensions[0].status == "approved" and case.next_due_on == date(2026, 5, 6)
