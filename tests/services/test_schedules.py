"""Entering a year's holiday schedule: check, preview, save (official or draft), recompute open cases'
clocks and the claims' due dates, record the moves."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from complaintdesk.domain.calendar import DayKind, HolidayRow, load_official_schedule
from complaintdesk.messages import schedules as msg
from complaintdesk.messages.documents import PROVISIONAL_CLAIM_DUE_DATE
from complaintdesk.services.case_query import CaseQuery
from complaintdesk.services.desk_types import (
    ActionInput,
    ClaimInput,
    EnterpriseInput,
    RegistrationInput,
    RespondentInput,
)
from complaintdesk.services.errors import ServiceError
from complaintdesk.services.letter_mappers import letter_warnings
from complaintdesk.services.schedules import PAYMENT_TERM_STEP, ScheduleService
from complaintdesk.store.models import ArrearsClaim, Case, CaseDeadline, Event
from tests.dates import TODAY


def _days(first: date, last: date, kind: DayKind, name: str) -> list[HolidayRow]:
    return [HolidayRow(first + timedelta(days=i), kind, name) for i in range((last - first).days + 1)]


def _work(day: date, name: str) -> HolidayRow:
    return HolidayRow(day, DayKind.WORK, name)


# A 2027 notice made up for these tests (the real one is not out on the suite's day), shaped like the 2025
# and 2026 ones: every statutory holiday of 2027 rests, with moved days (调休) the estimate cannot know.
NOTICE_2027 = "国办发明电〔2026〕99号（测试用）"
NOTICE_2027_DATE = date(2026, 11, 20)
SCHEDULE_2027 = [
    *_days(date(2027, 1, 1), date(2027, 1, 3), DayKind.REST, "元旦"),
    *_days(date(2027, 2, 5), date(2027, 2, 12), DayKind.REST, "春节"),  # 除夕 Fri 2/5 … Fri 2/12
    _work(date(2027, 2, 20), "春节"),  # Saturday
    *_days(date(2027, 4, 3), date(2027, 4, 5), DayKind.REST, "清明节"),
    _work(date(2027, 4, 25), "劳动节"),  # Sunday
    *_days(date(2027, 5, 1), date(2027, 5, 5), DayKind.REST, "劳动节"),
    HolidayRow(date(2027, 6, 9), DayKind.REST, "端午节"),  # a Wednesday: that day only
    HolidayRow(date(2027, 9, 15), DayKind.REST, "中秋节"),  # a Wednesday
    _work(date(2027, 9, 26), "国庆节"),  # Sunday
    *_days(date(2027, 10, 1), date(2027, 10, 7), DayKind.REST, "国庆节"),
    _work(date(2027, 10, 9), "国庆节"),  # Saturday
]
OPEN = ["registered", "accepted", "in_handling", "replied", "transferred"]


def _running_2027(office):
    with office.db.read() as s:
        return s.execute(select(Case.case_no, CaseDeadline.due_on, CaseDeadline.provisional)
                         .join(CaseDeadline, CaseDeadline.case_id == Case.id)
                         .where(CaseDeadline.met_on.is_(None), CaseDeadline.due_on >= date(2027, 1, 1),
                                Case.status.in_(OPEN))).all()


def test_unknown_year_is_provisional_until_entered(demo_office):
    assert all(p for _, _, p in _running_2027(demo_office))
    provisional_rows = [r for r in demo_office.cases.page(CaseQuery(open_only=True), 0, 1000) if r.provisional]
    assert all(r.next_due_on.year >= 2027 for r in provisional_rows)

    assert demo_office.schedules.check(2027, SCHEDULE_2027, NOTICE_2027, NOTICE_2027_DATE) == []
    preview = demo_office.schedules.preview(2027, SCHEDULE_2027)
    before = _running_2027(demo_office)
    saved = demo_office.schedules.save(2027, SCHEDULE_2027, NOTICE_2027, notice_date=NOTICE_2027_DATE)
    assert saved.official and saved.problems == ()
    moved = saved.moved
    assert [(m.case_no, m.step, m.old_due, m.new_due) for m in moved] == [
        (m.case_no, m.step, m.old_due, m.new_due) for m in preview]
    after = _running_2027(demo_office)
    assert len(after) == len(before) and not any(p for _, _, p in after)
    calendar = demo_office.calendar()
    for m in moved:  # each moved deadline lands on a working day of the entered schedule
        assert m.new_due != m.old_due and calendar.is_workday(m.new_due)
    with demo_office.db.read() as s:
        recorded = s.execute(select(Event.case_id).where(Event.action == "deadline_recomputed")).scalars().all()
    assert sorted(recorded) == sorted(m.case_id for m in moved if not m.is_claim)
    entered = demo_office.schedules.schedule(2027)
    assert entered.source == NOTICE_2027 and entered.notice_date == NOTICE_2027_DATE
    assert entered.statutory == () and entered.draft is None


def test_a_schedule_that_moves_a_known_deadline(demo_office):
    """Declaring an extra rest day inside a running period moves a working-day deadline by one day."""
    with demo_office.db.read() as s:
        row = s.execute(select(CaseDeadline.due_on, Case.case_no, CaseDeadline.trigger_on)
                        .join(Case, Case.id == CaseDeadline.case_id)
                        .where(CaseDeadline.unit == "workdays", CaseDeadline.met_on.is_(None),
                               CaseDeadline.due_on.is_not(None), CaseDeadline.due_on < date(2027, 1, 1),
                               Case.status == "in_handling")
                        .order_by(CaseDeadline.due_on.desc())).first()
    if row is None:
        pytest.skip("the demo has no running working-day clock in 2026")
    due, case_no, trigger = row
    # A made-up extra holiday on the working day before the due date (tests the mechanism only).
    extra = due
    while True:
        extra -= timedelta(days=1)
        if demo_office.calendar().is_workday(extra) and extra > trigger:
            break
    current = demo_office.schedules.schedule(2026).rows
    moved = demo_office.schedules.preview(2026, [*current, HolidayRow(extra, DayKind.REST, "测试")])
    mine = [m for m in moved if m.case_no == case_no]
    assert mine and mine[0].old_due == due and mine[0].new_due > due


@pytest.mark.parametrize("rows, message", [
    ([], "no days"),
    ([HolidayRow(date(2028, 1, 1), DayKind.REST, "元旦")], "not in 2027"),
    ([HolidayRow(date(2027, 1, 6), DayKind.WORK, "元旦")], "Saturday or Sunday"),
    ([HolidayRow(date(2027, 1, 1), DayKind.REST, " ")], "no holiday name"),
])
def test_bad_schedules_are_refused_with_reasons(office, rows, message):
    with pytest.raises(ServiceError) as refused:
        office.schedules.save(2027, rows, "测试")
    assert message in refused.value.text.en and refused.value.field == "rows"
    assert office.schedules.schedule(2027).source is None
    assert office.schedules.schedule(2027).draft is None


def test_schedule_file_errors_are_explained(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("date,kind,name\n2027-13-01,rest,元旦\n", encoding="utf-8")
    with pytest.raises(ServiceError) as bad_file:
        ScheduleService.read_file(bad)
    assert "bad schedule file" in bad_file.value.text.en and bad_file.value.field == "file"
    with pytest.raises(ServiceError) as missing:
        ScheduleService.read_file(tmp_path / "missing.csv")
    assert "cannot read" in missing.value.text.en and "missing.csv" in str(missing.value)


# --- rule 12: an official schedule is complete or it is a draft ------------------------------------------


def test_a_partial_schedule_is_kept_as_a_draft_and_the_year_stays_provisional(demo_office):
    before = _running_2027(demo_office)
    saved = demo_office.schedules.save(2027, [HolidayRow(date(2027, 1, 1), DayKind.REST, "元旦")], "test")

    assert not saved.official and saved.moved == ()
    by_field = {}
    for p in saved.problems:
        by_field.setdefault(p.field, []).append(p.text)
    assert [t.message for t in by_field["source"]] == [msg.NOTICE_NUMBER_MISSING]
    assert [t.message for t in by_field["notice_date"]] == [msg.NOTICE_DATE_REQUIRED]
    # What is missing, by festival, in Chinese (2027 by hand: 除夕 Fri 2/5, 初一-初三 2/6-2/8; 清明 Mon 4/5;
    # 劳动节 Sat 5/1-Sun 5/2, nothing listed around them; 端午 Wed 6/9; 中秋 Wed 9/15; 国庆 Fri 10/1-Sun 10/3).
    rows = [t.zh for t in by_field["rows"]]
    assert rows == [
        "春节：2月5日、2月8日 是法定节假日，应当放假",
        "清明节：4月5日 是法定节假日，应当放假",
        "劳动节（5月1日、5月2日）：前后只有 0 个工作日放假，放假办法要求 2 天（含逢周末的补假）",
        "端午节：6月9日 是法定节假日，应当放假",
        "中秋节：9月15日 是法定节假日，应当放假",
        "国庆节：10月1日 是法定节假日，应当放假",
    ]
    # Nothing counts the draft: 2027 is still provisional, no deadline moved, nothing official was entered.
    assert demo_office.calendar().is_provisional(date(2027, 1, 1))
    assert demo_office.calendar().is_workday(date(2027, 4, 5)) is False  # 清明, from the statutory estimate
    assert _running_2027(demo_office) == before
    stored = demo_office.schedules.schedule(2027)
    assert stored.source is None and 2027 not in {y.year for y in demo_office.schedules.years()}
    assert stored.draft is not None and stored.draft.rows == (HolidayRow(date(2027, 1, 1), DayKind.REST, "元旦"),)
    assert stored.draft.source == "test" and stored.draft.problems == saved.problems
    assert demo_office.schedules.draft_years() == [2027]
    with demo_office.db.read() as s:
        event = s.execute(select(Event).where(Event.action == "calendar_draft_saved")).scalar_one()
    assert "未生效" in event.summary and "春节" in event.summary


def test_a_complete_schedule_needs_its_notice_number_and_date(demo_office):
    problems = demo_office.schedules.check(2027, SCHEDULE_2027, "国务院办公厅通知", None)
    assert [(p.field, p.text.message) for p in problems] == [
        ("source", msg.NOTICE_NUMBER_MISSING), ("notice_date", msg.NOTICE_DATE_REQUIRED)]
    problems = demo_office.schedules.check(2027, SCHEDULE_2027, NOTICE_2027, date(2020, 11, 1))
    assert [(p.field, p.text.message) for p in problems] == [("notice_date", msg.NOTICE_DATE_IMPLAUSIBLE)]
    assert demo_office.schedules.check(2027, SCHEDULE_2027, "国办发明电[2026]99号", NOTICE_2027_DATE) == []


def test_a_statutory_day_made_a_working_day_is_not_official(demo_office):
    # 2027-05-01 is a Saturday: rest by default, but never a make-up working day.
    rows = [r for r in SCHEDULE_2027 if r.day not in (date(2027, 5, 1),)] + [_work(date(2027, 5, 1), "劳动节")]
    problems = demo_office.schedules.check(2027, rows, NOTICE_2027, NOTICE_2027_DATE)
    assert [p.text.zh for p in problems] == ["劳动节：5月1日 是法定节假日，应当放假"]


@pytest.mark.parametrize("year, notice, notice_date", [
    (2025, "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）", date(2024, 11, 12)),
    (2026, "国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）", date(2025, 11, 4)),
])
def test_the_real_2025_and_2026_notices_are_complete(office, year, notice, notice_date):
    rows = [r for r in load_official_schedule() if r.year == year]
    assert office.schedules.check(year, rows, notice, notice_date) == []
    saved = office.schedules.save(year, rows, notice, notice_date=notice_date)
    assert saved.official
    assert office.schedules.schedule(year).notice_date == notice_date


def test_completing_a_draft_makes_it_official_and_drops_the_draft(demo_office):
    assert not demo_office.schedules.save(2027, SCHEDULE_2027, NOTICE_2027).official  # no date yet
    assert demo_office.calendar().is_provisional(date(2027, 3, 1))
    saved = demo_office.schedules.save(2027, SCHEDULE_2027, NOTICE_2027, notice_date=NOTICE_2027_DATE)
    assert saved.official
    assert not demo_office.calendar().is_provisional(date(2027, 3, 1))
    assert demo_office.schedules.schedule(2027).draft is None and demo_office.schedules.draft_years() == []


def test_a_provisional_year_lists_the_statutory_days_it_is_counted_with(office):
    statutory = office.schedules.schedule(2027).statutory
    assert [d.describe() for d in statutory][:3] == ["元旦 1月1日", "春节 2月5日", "春节 2月6日"]
    assert office.schedules.schedule(2026).statutory == ()  # official


# --- rule 8: the claims' stored due dates are provisional, and recomputed with the clocks ------------------


def _arrears_case(office):
    case = office.registration.register(RegistrationInput(
        channel="transferred_in", procedure="payment_complaint", category="arrears",
        summary="县教育局拖欠我公司货款", received_on=TODAY - timedelta(days=10),
        complainant=EnterpriseInput(name="乌兰恒达建材有限公司", uscc="91110000600037341L"),
        respondent=RespondentInput(name="县教育局", kind="state_organ")))
    case = office.actions.act(case.id, "accept", ActionInput(on=case.received_on + timedelta(days=1)), case.version)
    # The agreed inspection period ends 2027-01-12 and nothing was inspected: the state organ's 30 days run
    # from then (Payment Reg. 2025 arts. 9(1), 10): 1/13 + 30 days = Thu 2027-02-11. The statutory estimate
    # of 2027 rests 2/5-2/10 (除夕 to 初三, 补假 for Sat 2/6 and Sun 2/7), so 2/11 is a working day.
    return office.claims.add_claim(case.id, ClaimInput(
        amount_claimed=Decimal("50000.00"), subject="goods", contract_no="HT-2027-1",
        contract_signed_on=date(2026, 6, 1), delivered_on=date(2026, 11, 20),
        acceptance_period_ends_on=date(2027, 1, 12)))


def _stored_due(office, claim_id):
    with office.db.read() as s:
        return s.execute(select(ArrearsClaim.due_on).where(ArrearsClaim.id == claim_id)).scalar_one()


def test_a_claim_due_date_in_a_provisional_year_is_flagged_and_recomputed_on_save(office):
    detail = _arrears_case(office)
    claim = detail.claims[0]
    assert claim.due_on == date(2027, 2, 11) and claim.due_provisional
    assert _stored_due(office, claim.id) == date(2027, 2, 11)
    assert PROVISIONAL_CLAIM_DUE_DATE(contracts="合同HT-2027-1") in letter_warnings(detail)
    ledger = list(office.reports.ledger_rows(date(2026, 1, 1), date(2026, 12, 31), as_of=TODAY))
    assert [(r.due_on, r.due_provisional) for r in ledger] == [(date(2027, 2, 11), True)]
    table = office.reports.build("ledger", date(2026, 1, 1), date(2026, 12, 31), as_of=TODAY)
    assert "2027-02-11（暂定）" in next(iter(table.sections[0].rows))

    # The notice rests 2/5-2/12 (Fri): 2/11 is now a rest day, rolled to Mon 2027-02-15.
    saved = office.schedules.save(2027, SCHEDULE_2027, NOTICE_2027, notice_date=NOTICE_2027_DATE)
    moved_claims = [m for m in saved.moved if m.is_claim]
    assert [(m.case_no, m.step, m.contract_no, m.old_due, m.new_due) for m in moved_claims] == [
        (detail.case_no, PAYMENT_TERM_STEP, "HT-2027-1", date(2027, 2, 11), date(2027, 2, 15))]
    assert _stored_due(office, claim.id) == date(2027, 2, 15)
    after = office.lookup.detail(detail.id)
    assert after.claims[0].due_on == date(2027, 2, 15) and not after.claims[0].due_provisional
    assert not any(w.message is PROVISIONAL_CLAIM_DUE_DATE for w in letter_warnings(after))
    with office.db.read() as s:
        event = s.execute(select(Event).where(Event.action == "claim_due_recomputed")).scalar_one()
    assert event.case_id == detail.id and "HT-2027-1" in event.summary and "2027-02-15" in event.summary


def test_the_preview_lists_the_claims_it_would_move(office):
    detail = _arrears_case(office)
    preview = office.schedules.preview(2027, SCHEDULE_2027)
    assert [(m.contract_no, m.new_due) for m in preview if m.is_claim] == [("HT-2027-1", date(2027, 2, 15))]
    assert _stored_due(office, detail.claims[0].id) == date(2027, 2, 11)  # nothing saved


def test_recompute_provisional_mends_dates_counted_with_weekends_only(office):
    detail = _arrears_case(office)
    claim_id = detail.claims[0].id
    with office.db.write() as s:  # as an older version stored it: 元旦 2027 unknown, Fri 1/1 a working day
        s.execute(update(ArrearsClaim).where(ArrearsClaim.id == claim_id).values(due_on=date(2027, 1, 1)))
    assert [(m.old_due, m.new_due) for m in office.schedules.recompute_provisional(apply=False)] == [
        (date(2027, 1, 1), date(2027, 2, 11))]
    assert _stored_due(office, claim_id) == date(2027, 1, 1)
    office.schedules.recompute_provisional()
    assert _stored_due(office, claim_id) == date(2027, 2, 11)


def test_batch_supervision_warns_of_a_provisional_claim_due_date(office):
    from complaintdesk import clock
    from complaintdesk.documents import load_font_set
    from complaintdesk.services.actor import SYSTEM
    from complaintdesk.services.users import create_user
    from tests.identity import give_identity

    if not load_font_set().embedded:
        pytest.skip("no TrueType CJK font installed (apt-get install fonts-wqy-zenhei)")
    give_identity(office)
    with office.db.write() as s:  # an officer, who handles the case and signs the letter
        create_user(s, SYSTEM, username="wangxh", display_name="王晓红", role="officer",
                    password="correct horse 1").phone = "0477-8312345"
    office.sign_in("wangxh", "correct horse 1")
    detail = _arrears_case(office)
    office.actions.act(detail.id, "start_handling", ActionInput(on=TODAY), detail.version)
    # On 2027-03-01 the claim due Thu 2027-02-11 is overdue, and its date is still provisional.
    with clock.fixed_today(date(2027, 3, 1)):
        assert office.documents.supervision_candidates() == [detail.id]
        result = office.documents.batch_supervision()
    assert [d.case_id for d in result.issued] == [detail.id], [s.reason.zh for s in result.skipped]
    assert PROVISIONAL_CLAIM_DUE_DATE(contracts="合同HT-2027-1") in result.issued[0].warnings
