"""An office opened in stages (services.staged_office): sign-in and first screen over a plain connection, then the
Office itself — acting as whoever signed in, its history whole, the list read on from its own CaseService."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select, update

from complaintdesk.services.case_query import CaseQuery, CaseSort
from complaintdesk.services.demo import DEMO_PASSWORD, generate
from complaintdesk.services.history import verify_chain
from complaintdesk.services.login_rules import LoginFailed
from complaintdesk.services.office import Office
from complaintdesk.services.staged_office import StagedOffice, open_staged
from complaintdesk.store.models import Event, User
from tests.conftest import copy_office


@pytest.fixture
def demo_path(demo_template, tmp_path):
    path = tmp_path / "office" / "demo.sqlite"
    path.parent.mkdir()
    copy_office(demo_template, path)
    return path


@pytest.fixture
def staged(demo_path):
    staged = open_staged(str(demo_path))
    yield staged
    staged.close()


def _events(office: Office) -> list[tuple]:
    with office.db.read() as session:
        return [tuple(row) for row in session.execute(
            select(Event.actor_name, Event.entity, Event.action).where(Event.entity == "user").order_by(Event.id))]


def test_an_office_to_read_is_staged_and_completes_as_whoever_signed_in(staged, demo_path):
    assert isinstance(staged, StagedOffice)
    reference = Office.open(str(demo_path), daily_backup=False)
    try:
        assert staged.actor == reference.actor and not staged.signed_in  # the desk user, as Office.open's
        before = _events(reference)
    finally:
        reference.close()
    assert staged.location == str(demo_path)
    with pytest.raises(LoginFailed):
        staged.sign_in("wanglh", "wrong")
    assert not staged.signed_in
    signed = staged.sign_in("wanglh", DEMO_PASSWORD)
    assert staged.signed_in and staged.actor == signed and signed.username == "wanglh"
    query = CaseQuery(handler_id=signed.user_id, open_only=True)
    first = (staged.cases.count(query), staged.cases.page(query, 0, 40))
    assert staged.cases.successor is None  # read over the plain connection: nothing loaded yet

    office = staged.complete()
    try:
        assert (office.actor, office.signed_in, office.password_change_pending) == (signed, True, None)
        assert (office.cases.count(query), office.cases.page(query, 0, 40)) == first
        assert staged.cases.successor is office.cases  # the list reads on from the office
        with pytest.raises(RuntimeError):
            staged.sign_in("wanglh", DEMO_PASSWORD)  # the plain connection is closed once handed over
        staged.close()  # leaves the office to whoever it was given to
        assert office.cases.count(CaseQuery()) == 300
        # Both sign-ins are in the history, sealed, the chain whole.
        assert _events(office)[len(before):] == [("王丽华", "user", "login_failed"), ("王丽华", "user", "login")]
        with office.db.read() as session:
            assert verify_chain(session)[1] is None
    finally:
        office.close()


def test_what_office_open_must_do_is_not_staged(tmp_path, demo_path):
    assert open_staged(str(tmp_path / "new.sqlite")) is None  # a new office: Office.open creates it
    assert not (tmp_path / "new.sqlite").exists()
    bare = Office.open(str(tmp_path / "bare.sqlite"))  # no administrator yet: the first-run set-up
    bare.close()
    assert open_staged(str(tmp_path / "bare.sqlite")) is None
    office = Office.open(str(demo_path), daily_backup=False)
    with office.db.write() as session:  # every administrator without a password: set-up again
        session.execute(update(User).where(User.role == "admin").values(password_hash=None))
    office.close()
    assert open_staged(str(demo_path)) is None


def test_a_one_time_password_is_replaced_on_the_loaded_office(staged, demo_path):
    office = Office.open(str(demo_path), daily_backup=False)
    with office.db.write() as session:  # an administrator gave zhangjj a one-time password
        session.execute(update(User).where(User.username == "zhangjj").values(must_change_password=True))
    office.close()
    desk = staged.actor
    pending = staged.sign_in("zhangjj", DEMO_PASSWORD)
    assert (staged.actor, staged.password_change_pending, staged.signed_in) == (desk, pending, False)

    assert staged.finish_sign_in("a-new-password-1") == pending
    assert (staged.actor, staged.password_change_pending, staged.signed_in) == (pending, None, True)
    office = staged.complete()
    try:
        assert (office.actor, office.signed_in, office.password_change_pending) == (pending, True, None)
    finally:
        office.close()
    again = Office.open(str(demo_path), daily_backup=False)
    try:
        assert again.sign_in("zhangjj", "a-new-password-1").username == "zhangjj"
    finally:
        again.close()


def test_a_list_not_read_here_comes_from_the_loaded_office(staged, demo_path):
    """A search, a later page, the anchors: the list's worker waits for the office and reads them from it."""
    staged.sign_in("wanglh", DEMO_PASSWORD)
    reference = Office.open(str(demo_path), daily_backup=False)
    try:
        name = reference.cases.page(CaseQuery(), 0, 1)[0].complainant
        searched = CaseQuery(text=name[:2], sort=CaseSort.RECEIVED)
        assert staged.cases.count(searched) == reference.cases.count(searched) > 0
        assert staged.cases.page(searched, 0, 20) == reference.cases.page(searched, 0, 20)
        listed = replace(CaseQuery(), sort=CaseSort.COMPLAINANT)
        assert staged.cases.page(listed, 50, 30) == reference.cases.page(listed, 50, 30)
        assert staged.cases.anchors(listed, 100) == reference.cases.anchors(listed, 100)
        assert staged.cases.successor is not None
    finally:
        reference.close()


def test_closing_before_and_while_loading(demo_path):
    staged = open_staged(str(demo_path))
    staged.close()
    with pytest.raises(RuntimeError):
        staged.cases.anchors(CaseQuery())  # nothing is loaded after closing
    staged = open_staged(str(demo_path))
    staged.start_loading()
    staged.close()  # waits for the loader, closes what it opened
    assert not staged._loader.is_alive()
    with pytest.raises(RuntimeError):
        staged.complete()


@pytest.mark.postgres
def test_a_postgresql_office_is_staged_too(pg_url):
    office = Office.open(pg_url, daily_backup=False)
    generate(office.db, cases=40, seed=3)
    office.close()
    staged = open_staged(pg_url)
    try:
        assert isinstance(staged, StagedOffice)
        signed = staged.sign_in("wanglh", DEMO_PASSWORD)
        query = CaseQuery(open_only=True)
        first = (staged.cases.count(query), staged.cases.page(query, 0, 25))
        office = staged.complete()
    finally:
        staged.close()
    try:
        assert office.actor == signed and office.signed_in
        assert (office.cases.count(query), office.cases.page(query, 0, 25)) == first
        with office.db.read() as session:
            assert verify_chain(session)[1] is None
    finally:
        office.close()
