"""Numbers are never handed out twice; the history chain detects any edit or deletion."""

from __future__ import annotations

import multiprocessing

from sqlalchemy import select

from complaintdesk.services import history
from complaintdesk.services.actor import SYSTEM
from complaintdesk.services.numbering import next_number
from complaintdesk.services.office import Office
from complaintdesk.store.models import Event
from tests.conftest import tampering_connection


def _take_numbers(location: str, count: int, queue) -> None:
    office = Office.open(location)
    taken = []
    for _ in range(count):
        with office.db.write() as s:
            taken.append(next_number(s, "doc:reply", 2026))
    office.close()
    queue.put(taken)


def test_two_desks_never_get_the_same_number(db_location):
    Office.open(db_location).close()
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_take_numbers, args=(db_location, 40, queue)) for _ in range(2)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    numbers = sorted(results[0] + results[1])
    assert numbers == list(range(1, 81))  # no duplicates, no gaps


def test_a_rolled_back_transaction_gives_its_number_back(office):
    try:
        with office.db.write() as s:
            assert next_number(s, "case", 2027) == 1
            raise RuntimeError("the registration failed validation")
    except RuntimeError:
        pass
    with office.db.write() as s:
        assert next_number(s, "case", 2027) == 1


def test_history_chain_detects_edits_and_deletions(tmp_path):
    office = Office.open(str(tmp_path / "h.sqlite"))
    with office.db.write() as s:
        for i in range(5):
            history.record(s, SYSTEM, entity="case", entity_id=i, action="note", summary=f"事件 {i}",
                           changes={"status": ("registered", "accepted")})
    with office.db.read() as s:
        checked, broken = history.verify_chain(s)
        ids = s.execute(select(Event.id).order_by(Event.id)).scalars().all()
    assert broken is None and checked == len(ids)
    path = tmp_path / "h.sqlite"
    with tampering_connection(path) as conn:
        conn.execute("UPDATE event SET changes = replace(changes, 'accepted', 'closed') WHERE id = ?", (ids[3],))
    with office.db.read() as s:
        assert history.verify_chain(s)[1].event_id == ids[3]
    with tampering_connection(path) as conn:
        conn.execute("UPDATE event SET changes = replace(changes, 'closed', 'accepted') WHERE id = ?", (ids[3],))
        conn.execute("DELETE FROM event WHERE id = ?", (ids[2],))
    with office.db.read() as s:
        assert history.verify_chain(s)[1].event_id == ids[3]
    office.close()
