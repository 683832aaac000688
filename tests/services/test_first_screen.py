"""The case list's first screen over a plain connection (services.first_screen) against the ORM's CaseService: the
same count and the same rows — order, deadlines, working days left — for every list it reads, on both databases."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import timedelta

import pytest

from complaintdesk import clock
from complaintdesk.services import cases as cases_module
from complaintdesk.services import first_screen
from complaintdesk.services.case_query import CaseQuery, CaseSort, ClaimFilter
from complaintdesk.services.demo import generate
from complaintdesk.services.office import Office
from complaintdesk.services.quick_office import load_calendar
from complaintdesk.store import pg_plain
from complaintdesk.store.sqlite_file import connect
from complaintdesk.ui.filter_panel import FilterState, QuickFilter, filter_fields


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def both(request, demo_office):
    """(office, its plain connection): the demo office on SQLite, or the same demo data on PostgreSQL."""
    if request.param == "sqlite":
        plain = connect(demo_office.target.sqlite_path)
        yield demo_office, plain
        plain.close()
        return
    url = request.getfixturevalue("pg_url")
    office = Office.open(url, daily_backup=False)
    generate(office.db, cases=300, seed=7)
    plain = pg_plain.connect(pg_plain.connect_params(url))
    try:
        yield office, plain
    finally:
        plain.close()
        office.close()


def _filters(office: Office) -> list[dict]:
    """The lists a desk opens on: each quick filter of each user, and the panel's own conditions."""
    users = [r.id for r in office.lookup.staff()]
    statuses = sorted({row.status for row in office.cases.page(CaseQuery(), 0, 400)})
    procedures = sorted({row.procedure for row in office.cases.page(CaseQuery(), 0, 400)})
    kinds = sorted({row.respondent_kind for row in office.cases.page(CaseQuery(), 0, 400) if row.respondent_kind})
    quick = [filter_fields(FilterState(quick=q, due_soon_workdays=days), user)
             for q in QuickFilter if q is not QuickFilter.AWAITING_APPROVAL
             for user in users[:3] for days in (0, 5, 30)]
    today = clock.today()
    panel = [{"statuses": (statuses[0],)}, {"statuses": tuple(statuses[:3]), "open_only": True},
             {"procedure": procedures[0]}, {"category": "arrears"}, {"debtor_kind": kinds[0]},
             {"debtor_kind": kinds[-1], "open_only": True}, {"received_from": today - timedelta(days=200)},
             {"received_to": today - timedelta(days=100), "received_from": today - timedelta(days=400)},
             {"handler_id": users[0], "overdue": True}, {"handler_id": 0}]
    unique = []
    for fields in quick + panel:
        if fields not in unique:
            unique.append(fields)
    return unique


def test_the_first_screen_is_the_case_lists_own(both, monkeypatch):
    office, plain = both
    walked = []
    real_walk = first_screen.FirstScreen._walks_sort_index
    monkeypatch.setattr(first_screen.FirstScreen, "_walks_sort_index",
                        lambda self, q, reach: walked.append(real_walk(self, q, reach)) or walked[-1])
    screen = first_screen.FirstScreen(plain)
    calendar = load_calendar(plain)
    today = clock.today()
    checked = 0
    for fields, sort, descending in itertools.product(_filters(office), CaseSort, (False, True)):
        for as_of in (None, today + timedelta(days=3)):
            query = CaseQuery(**fields, sort=sort, descending=descending, as_of=as_of)
            assert first_screen.reads(query)
            count = office.cases.count(query)
            assert screen.count(query, calendar, today) == count, query
            for limit in (7, 50):
                assert screen.page(query, limit, calendar, today) == office.cases.page(query, 0, limit), (query, limit)
            checked += 1
    assert checked > 400
    if office.db.dialect == "sqlite":  # both statements' shapes were read: along the sort index, and not
        assert True in walked and False in walked


def test_the_calendar_is_the_offices(both):
    """reference.load_calendar's working days, read over the plain connection (quick_office.load_calendar): the official schedules entered,
    the years estimated from the statutory rules, the names of the days."""
    office, plain = both
    ours, theirs = load_calendar(plain), office.calendar()
    assert (ours.rest_days, ours.make_up_workdays, ours.known_years, ours.estimated_years) == (
        theirs.rest_days, theirs.make_up_workdays, theirs.known_years, theirs.estimated_years)
    assert ours.rest_days and ours.make_up_workdays
    assert all(ours.holiday_name(day) == theirs.holiday_name(day) for day in ours.rest_days)


def test_only_the_lists_it_knows_are_read_here():
    """Any condition but the panel's and the quick filters' — a search, a figure's cases, a township, a claim
    filter, awaiting approval, a condition CaseQuery may get one day — is left to the ORM's CaseService."""
    assert first_screen.reads(CaseQuery())
    assert first_screen.reads(CaseQuery(**filter_fields(FilterState(quick=QuickFilter.MINE), 3)))
    assert not first_screen.reads(CaseQuery(**filter_fields(FilterState(quick=QuickFilter.AWAITING_APPROVAL), 3)))
    for other in ({"text": "建材"}, {"ids": (1, 2)}, {"township": ""}, {"claims": ClaimFilter.ANY},
                  {"on_time": False}, {"channel": "letter"}, {"respondent_id": 1}, {"next_step": "reply"},
                  {"satisfaction": ("satisfied",)}, {"closed_from": clock.today()}, {"paid_to": clock.today()}):
        assert not first_screen.reads(CaseQuery(**other)), other
    read = {f.name for f in dataclasses.fields(CaseQuery)} - set(first_screen._OTHER_FIELDS)
    assert read == first_screen._READ_FIELDS


def test_its_columns_and_sorts_are_the_case_lists():
    assert first_screen._COLUMNS == tuple(col.key for col in cases_module._PAGE_COLUMNS)
    for sort in CaseSort:
        assert first_screen._SORT_COLUMNS[sort] == tuple(
            col.key for col in cases_module._sort_columns(CaseQuery(sort=sort)))
    for sort, followers in cases_module._UNFOLLOWED_SORTS.items():
        assert first_screen._WALKED_SORTS[sort] == tuple(f for f in followers if f in first_screen._READ_FIELDS)
    assert set(first_screen._WALKED_SORTS) == set(cases_module._UNFOLLOWED_SORTS)
    assert first_screen._WALK_SPARE_FACTOR == cases_module._WALK_SPARE_FACTOR
