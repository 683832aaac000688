"""Every office's write sessions carry the hooks that keep its records (the cases' copied columns, the history's
seal and anchors), however many offices the process opened and closed before it.

SQLAlchemy's ``event.contains`` answered "already listening" for a new sessionmaker whose Session class was made
at the address of a freed one: it keys a class-level listener by ``id()`` and keeps the key after the class is
gone. The install was skipped, and the office wrote cases whose list columns stayed empty and commits that were
never anchored — found by CI, where one worker opens hundreds of offices (2026-12-04).
"""

from __future__ import annotations

import gc
import sqlite3
from contextlib import closing
from datetime import timedelta
from decimal import Decimal

from sqlalchemy.orm import sessionmaker

from complaintdesk.services import anchors, case_index, history
from complaintdesk.services.desk_types import ClaimInput, EnterpriseInput, RegistrationInput, RespondentInput
from complaintdesk.services.office import Office
from complaintdesk.store.database import listen_once
from complaintdesk.store.models import Case
from tests.dates import TODAY


def _calls(sessions: sessionmaker, seen: list) -> int:
    before = len(seen)
    with sessions() as session, session.begin():
        pass
    return len(seen) - before


def test_a_sessionmaker_made_where_a_freed_one_was_gets_its_hooks():
    seen: list = []

    def hook(session):
        seen.append(type(session).__name__)  # not the session: it would keep its class alive

    addresses: set[int] = set()
    reused = 0
    for _ in range(400):
        sessions = sessionmaker()
        reused += id(sessions.class_) in addresses
        addresses.add(id(sessions.class_))
        listen_once(sessions, "before_commit", hook)
        listen_once(sessions, "before_commit", hook)  # once is once
        assert _calls(sessions, seen) == 1
        del sessions
        gc.collect()
        if reused >= 5:
            break
    # The condition the bug needs did occur: CPython gives a freed class's memory to the next one.
    assert reused >= 5


def _hooked_and_freed(desk, count: int = 16) -> set[int]:
    """Where the Session classes of ``count`` hooked sessionmakers were, freed since (what a process leaves behind
    after it opened and closed offices: the next ones' classes are likely made there)."""
    makers = [sessionmaker() for _ in range(count)]
    for sessions in makers:
        case_index.install(sessions)
        history.install(sessions, desk)
    addresses = {id(sessions.class_) for sessions in makers}
    del makers, sessions
    gc.collect()
    return addresses


def test_each_office_opened_in_turn_keeps_its_copied_columns_and_anchors(tmp_path):
    freed: set[int] = set()
    reused = 0
    for n in range(8):
        path = tmp_path / f"office{n}.sqlite"
        office = Office.open(str(path), daily_backup=False)
        try:
            reused += id(office.db.write_sessions.class_) in freed
            case = office.registration.register(RegistrationInput(
                channel="visit", procedure="payment_complaint", category="arrears", summary="拖欠货款",
                received_on=TODAY - timedelta(days=5), complainant=EnterpriseInput(name=f"恒达商贸{n}有限公司"),
                respondent=RespondentInput(name="县卫健委", kind="public_institution")))
            office.claims.add_claim(case.id, ClaimInput(amount_claimed=Decimal("300.00"), subject="goods"))
            with office.db.read() as s:
                row = s.get(Case, case.id)
                assert (row.complainant_name, row.claim_count, row.claimed_fen) == (f"恒达商贸{n}有限公司", 1, 30000)
            anchor = anchors.read_anchor(anchors.beside(path))
            assert anchor is not None and anchor.events == _event_count(path)
        finally:
            office.close()
        desk = office.desk
        del office, case, row
        gc.collect()
        freed = _hooked_and_freed(desk)
    assert reused, "no office's sessions were made where a closed office's were: the test did not attack the bug"


def _event_count(path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM event").fetchone()[0]
