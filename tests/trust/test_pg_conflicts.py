"""Two desks change the same case at the same moment on PostgreSQL (issue 15): the one that comes second is
told who changed the case and when, and to reload — the coded message SQLite's desks get — never a raw
``StaleDataError``."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.orm.exc import StaleDataError

from complaintdesk.services.actor import SYSTEM
from complaintdesk.services.case_context import CaseChanged
from complaintdesk.services.desk_types import ActionInput, EnterpriseInput, RegistrationInput, RespondentInput
from complaintdesk.services.office import Office
from complaintdesk.services.users import create_user
from tests.dates import TODAY

pytestmark = pytest.mark.postgres
PASSWORD = "correct horse 1"


@pytest.fixture
def desks(pg_url):
    """Two desks on one PostgreSQL office, signed in as two supervisors, and a registered case."""
    first = Office.open(pg_url)
    with first.db.write() as s:
        for username, name in (("chief1", "赵主任"), ("chief2", "孙主任")):
            create_user(s, SYSTEM, username=username, display_name=name, role="supervisor", password=PASSWORD)
    second = Office.open(pg_url)
    first.sign_in("chief1", PASSWORD)
    second.sign_in("chief2", PASSWORD)
    case = first.registration.register(RegistrationInput(
        channel="phone", procedure="direct", category="arrears", summary="拖欠工程款",
        received_on=TODAY - timedelta(days=3), complainant=EnterpriseInput(name="甲公司"),
        respondent=RespondentInput(name="乙局", kind="state_organ")))
    yield first, second, case
    first.close()
    second.close()


def _waiting_on_a_lock(url: str) -> bool:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                     "AND wait_event_type = 'Lock'")).scalar() > 0
    finally:
        engine.dispose()


def test_the_second_of_two_simultaneous_actions_is_told_who_changed_the_case(desks, pg_url):
    first, second, case = desks
    outcomes: dict[str, object] = {}

    def act(name: str, office: Office) -> None:
        try:
            outcomes[name] = office.actions.act(case.id, "accept", ActionInput(on=TODAY), case.version)
        except Exception as exc:  # noqa: BLE001 - what each desk got is the subject
            outcomes[name] = exc

    other = threading.Thread(target=act, args=("second", second))

    def interleave(_session, _context, _instances) -> None:
        # The first desk has read the case and is about to write it: the second desk acts now, and either
        # finishes or waits for the first desk's lock (then the first goes on, and commits first).
        if other.ident is None:
            other.start()
            while other.is_alive() and not _waiting_on_a_lock(pg_url):
                other.join(0.02)

    event.listen(first.db.write_sessions, "before_flush", interleave)
    try:
        act("first", first)
    finally:
        event.remove(first.db.write_sessions, "before_flush", interleave)
        other.join(60)

    assert not any(isinstance(o, StaleDataError) for o in outcomes.values()), outcomes
    refused = [(name, o) for name, o in outcomes.items() if isinstance(o, Exception)]
    assert len(refused) == 1, outcomes  # one desk's action holds, the other is refused
    loser, error = refused[0]
    assert isinstance(error, CaseChanged), repr(error)
    winner = {"first": "赵主任", "second": "孙主任"}[next(n for n in outcomes if n != loser)]
    assert error.code == "cases.case_changed" and error.params["who"] == winner
    assert f"已被 {winner} 于" in error.text.zh and "重新载入" in error.text.zh
    assert "reload" in error.text.en
