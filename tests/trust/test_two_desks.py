"""Two desks on one database (SQLite file or PostgreSQL): conflicts detected, numbers unique."""

from __future__ import annotations

import multiprocessing
from datetime import timedelta

import pytest

from complaintdesk.services.desk_types import (
    ActionInput,
    EnterpriseInput,
    RegistrationInput,
    RespondentInput,
)
from complaintdesk.services.errors import ConflictError
from complaintdesk.services.office import Office
from tests.dates import TODAY


def _registration(n: int) -> RegistrationInput:
    return RegistrationInput(channel="visit", procedure="direct", category="other", summary=f"事项{n}",
                             received_on=TODAY - timedelta(days=2), complainant=EnterpriseInput(name=f"企业{n}"),
                             respondent=RespondentInput(name=f"单位{n}", kind="public_institution"))


def test_concurrent_edit_of_the_same_case_is_a_conflict_not_an_overwrite(db_location):
    desk_a = Office.open(db_location, daily_backup=False)
    desk_b = Office.open(db_location, daily_backup=False)
    try:
        case = desk_a.registration.register(_registration(1))
        seen_by_b = desk_b.lookup.detail(case.id)
        after_a = desk_a.actions.act(case.id, "accept", ActionInput(on=TODAY), case.version)
        with pytest.raises(ConflictError) as err:
            desk_b.actions.act(case.id, "refuse", ActionInput(on=TODAY, reason="B 的决定"), seen_by_b.version)
        assert "重新载入" in err.value.text.zh and "reload" in err.value.text.en
        final = desk_b.lookup.detail(case.id)
        assert final.status == "accepted" and final.refusal_reason is None and final.version == after_a.version
        # After reloading, B's change goes through.
        final = desk_b.actions.act(case.id, "start_handling", ActionInput(on=TODAY), final.version)
        assert final.status == "in_handling" and final.version != after_a.version
    finally:
        desk_a.close()
        desk_b.close()


def _register_many(location: str, start: int, count: int, queue) -> None:
    office = Office.open(location, daily_backup=False)
    numbers = [office.registration.register(_registration(start + i)).case_no for i in range(count)]
    office.close()
    queue.put(numbers)


def test_two_processes_registering_at_once_get_unique_gapless_numbers(db_location):
    Office.open(db_location, daily_backup=False).close()
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_register_many, args=(db_location, 1000 * k, 15, queue)) for k in range(2)]
    for p in procs:
        p.start()
    numbers = queue.get(timeout=180) + queue.get(timeout=180)
    for p in procs:
        p.join(timeout=60)
    seqs = sorted(int(n.split("-")[1]) for n in numbers)
    assert seqs == list(range(1, 31))
