"""Entering a new year's holiday schedule: preview, save, recompute open cases, record the moves."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from complaintdesk.domain.calendar import DayKind, HolidayRow
from complaintdesk.services.cases import CaseQuery
from complaintdesk.services.errors import ServiceError
from complaintdesk.services.schedules import ScheduleService
from complaintdesk.store.models import Case, CaseDeadline, Event

NEW_YEAR_2027 = [HolidayRow(date(2027, 1, d), DayKind.REST, "元旦") for d in (1, 2, 3)]


def _running_2027(office):
    with office.db.read() as s:
        return s.execute(select(Case.case_no, CaseDeadline.due_on, CaseDeadline.provisional)
                         .join(CaseDeadline, CaseDeadline.case_id == Case.id)
                         .where(CaseDeadline.met_on.is_(None), CaseDeadline.due_on >= date(2027, 1, 1),
                                Case.status.in_(["registered", "accepted", "in_handling", "replied", "transferred"]))
                         ).all()


def test_unknown_year_is_provisional_until_entered(demo_office):
    assert all(p for _, _, p in _running_2027(demo_office))
    provisional_rows = [r for r in demo_office.cases.page(CaseQuery(open_only=True), 0, 1000) if r.provisional]
    assert all(r.next_due_on.year >= 2027 for r in provisional_rows)

    preview = demo_office.schedules.preview(2027, NEW_YEAR_2027)
    before = _running_2027(demo_office)
    moved = demo_office.schedules.save(2027, NEW_YEAR_2027, "国办发明电〔2026〕X号（测试）")
    assert [(m.case_no, m.old_due, m.new_due) for m in moved] == [(m.case_no, m.old_due, m.new_due) for m in preview]
    after = _running_2027(demo_office)
    assert len(after) == len(before) and not any(p for _, _, p in after)
    for m in moved:  # a deadline on a new rest day rolls forward to the next working day
        assert m.old_due in {date(2027, 1, 1), date(2027, 1, 2), date(2027, 1, 3)} or m.new_due > m.old_due
        assert m.new_due == date(2027, 1, 4) or m.new_due > m.old_due
    with demo_office.db.read() as s:
        recorded = s.execute(select(Event.case_id).where(Event.action == "deadline_recomputed")).scalars().all()
    assert sorted(recorded) == sorted(m.case_id for m in moved)
    assert demo_office.schedules.schedule(2027).source.startswith("国办发明电")


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


def test_schedule_file_errors_are_explained(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("date,kind,name\n2027-13-01,rest,元旦\n", encoding="utf-8")
    with pytest.raises(ServiceError) as bad_file:
        ScheduleService.read_file(bad)
    assert "bad schedule file" in bad_file.value.text.en and bad_file.value.field == "file"
    with pytest.raises(ServiceError) as missing:
        ScheduleService.read_file(tmp_path / "missing.csv")
    assert "cannot read" in missing.value.text.en and "missing.csv" in str(missing.value)
