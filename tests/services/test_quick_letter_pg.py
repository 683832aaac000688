"""The command line's letter without SQLAlchemy on PostgreSQL (services.quick_office over store.pg_plain)
against the ORM's: the same drafts byte for byte, the same documents, numbers, history, sign-ins and
refusals row for row — opened with one statement, writing under the history's lock, and stepping aside
wherever ``Office.open`` has more to do."""

from __future__ import annotations

import threading
import uuid

import psycopg
import pytest
from psycopg.conninfo import make_conninfo
from sqlalchemy import select
from sqlalchemy.engine import make_url

from complaintdesk.config import resolve_database
from complaintdesk.documents import TEMPLATE_KINDS
from complaintdesk.services.auth import MAX_FAILURES
from complaintdesk.services.demo import DEMO_PASSWORD, generate
from complaintdesk.services.event_chain import CHAIN_LOCK
from complaintdesk.services.history import verify_chain
from complaintdesk.services.office import Office
from complaintdesk.services.quick_office import BASELINE_ACTION, lock_chain, open_quick, transaction
from complaintdesk.services.replay_rules import BASELINE_ACTION as REPLAY_BASELINE_ACTION
from complaintdesk.store import pg_plain
from complaintdesk.store.models import Case
from complaintdesk.store.sqlite_file import head_revision
from tests.identity import give_identity
from tests.services.test_quick_letter import _outcome

# ``frozen`` and ``cjk_fonts``: tests/services/conftest.py
pytestmark = [pytest.mark.postgres, pytest.mark.usefixtures("cjk_fonts")]


def _plain(url: str, database: str | None = None) -> str:
    """libpq's connection string of the app's URL (of another database on the same server)."""
    params = pg_plain.connect_params(url)
    return make_conninfo(**{**params, **({"dbname": database} if database else {})})


def pg_demo(url: str, cases: int = 40) -> None:
    """A demo office on the server, with its identity (this desk holds its key)."""
    office = Office.open(url)
    try:
        generate(office.db, cases=cases, seed=7)
        give_identity(office)
    finally:
        office.close()


@pytest.fixture
def pg_twins(pg_url, frozen):
    """The same demo office twice on the server (the second a copy of the first): opened by the ORM, and by
    the quick path."""
    pg_demo(pg_url)
    twin = f"{make_url(pg_url).database}_twin_{uuid.uuid4().hex[:6]}"
    with psycopg.connect(_plain(pg_url, "postgres"), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{twin}" TEMPLATE "{make_url(pg_url).database}"')
    twin_url = make_url(pg_url).set(database=twin).render_as_string(hide_password=False)
    orm = Office.open(pg_url, daily_backup=False)
    quick = open_quick(resolve_database(twin_url))
    try:
        assert quick is not None
        yield orm, quick, (pg_url, twin_url)
    finally:
        orm.close()
        if quick is not None:
            quick.close()
        with psycopg.connect(_plain(pg_url, "postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{twin}" WITH (FORCE)')


def _rows(url: str) -> dict[str, list]:
    with psycopg.connect(_plain(url)) as db:
        tables = [t for (t,) in db.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                           "'public' AND table_type = 'BASE TABLE' ORDER BY table_name")]
        return {t: sorted(map(repr, db.execute(f'SELECT * FROM "{t}"').fetchall())) for t in tables}


def _cases(office: Office, status: str | None = None, limit: int = 6) -> list[str]:
    query = select(Case.case_no).order_by(Case.id).limit(limit)
    with office.db.read() as s:
        return list(s.execute(query.where(Case.status == status) if status else query).scalars())


def test_drafts_are_the_same_byte_for_byte_on_postgresql(pg_twins):
    orm, quick, _urls = pg_twins
    compared = 0
    for case_no in _cases(orm, limit=3) + _cases(orm, "in_handling", limit=3):
        case_id = orm.documents.case_id_of(case_no)
        assert quick.documents.case_id_of(case_no) == case_id
        for kind in TEMPLATE_KINDS:
            assert quick.documents.draft(case_id, kind) == orm.documents.draft(case_id, kind), (case_no, kind)
            compared += 1
    assert compared >= 40


def test_issuing_writes_the_same_rows_on_postgresql(pg_twins):
    orm, quick, urls = pg_twins
    results = []
    for case_no in _cases(orm, "in_handling", limit=4):
        case_id = orm.documents.case_id_of(case_no)
        for kind, gaps in (("supervision", False), ("reply", True), ("acceptance", True)):
            results.append((_outcome(lambda c=case_id, k=kind, g=gaps: orm.documents.issue(c, k, allow_gaps=g)),
                            _outcome(lambda c=case_id, k=kind, g=gaps: quick.documents.issue(c, k, allow_gaps=g))))
    issued = [a for a, _ in results if not isinstance(a, tuple)]
    assert len(issued) >= 4 and [a for a, _ in results] == [b for _, b in results]
    first = issued[0]
    for _ in range(2):  # a correction, then a second correction of the same document (refused)
        assert _outcome(lambda: quick.documents.issue(first.case_id, first.kind, replaces_id=first.id,
                                                      allow_gaps=True)) == \
            _outcome(lambda: orm.documents.issue(first.case_id, first.kind, replaces_id=first.id, allow_gaps=True))
    assert quick.documents.find(first.doc_no) == orm.documents.find(first.doc_no)
    assert quick.documents.pdf(first.id) == orm.documents.pdf(first.id)
    assert _rows(urls[1]) == _rows(urls[0])  # documents, numbers, events with their seals, copies, sums


def test_signing_in_writes_the_same_rows_on_postgresql(pg_twins):
    orm, quick, urls = pg_twins
    attempts = [("wanglh", "wrong")] * (MAX_FAILURES + 1) + [("wanglh", DEMO_PASSWORD), ("nobody", "x"),
                                                             ("lina", "wrong"), ("lina", DEMO_PASSWORD)]
    for username, password in attempts:
        mine = _outcome(lambda u=username, p=password: quick.sign_in(u, p))
        assert mine == _outcome(lambda u=username, p=password: orm.sign_in(u, p)), (username, password)
        assert quick.actor == orm.actor
    assert quick.actor.username == "lina" and quick.documents.actor == quick.actor
    assert _rows(urls[1]) == _rows(urls[0])  # the failed counts, the lockout, the last sign-in, the events


def test_a_desk_without_the_key_drafts_but_is_refused_on_postgresql(pg_url, tmp_path, monkeypatch):
    pg_demo(pg_url, cases=20)
    monkeypatch.setenv("COMPLAINTDESK_DATA_DIR", str(tmp_path / "another-desk"))  # holds no key of the office
    orm = Office.open(pg_url, daily_backup=False)
    quick = open_quick(resolve_database(pg_url))
    try:
        case_id = orm.documents.case_id_of(_cases(orm, "in_handling", limit=1)[0])
        assert quick.documents.draft(case_id, "reply") == orm.documents.draft(case_id, "reply")
        mine = _outcome(lambda: quick.documents.issue(case_id, "reply", allow_gaps=True))
        assert mine[0] == "HistoryKeyMissing"
        assert mine == _outcome(lambda: orm.documents.issue(case_id, "reply", allow_gaps=True))
    finally:
        orm.close()
        quick.close()


# --- opening: one statement; writing: under the history's lock ------------------------------------------


def test_a_ready_office_is_opened_with_one_statement(pg_url, monkeypatch):
    pg_demo(pg_url, cases=5)
    sent = []
    original = pg_plain.PlainPg.execute

    def counted(self, sql, params=()):
        sent.append(sql)
        return original(self, sql, params)

    monkeypatch.setattr(pg_plain.PlainPg, "execute", counted)
    from complaintdesk.services.actor import cli_reader

    quick = open_quick(resolve_database(pg_url), actor=cli_reader())
    try:
        assert quick is not None
        # revision, reference data, seal, replay baseline and identity: one round trip, no BEGIN
        assert len(sent) == 1 and "alembic_version" in sent[0]
    finally:
        quick.close()


def test_a_desk_issues_while_a_quick_write_transaction_has_only_begun(pg_url):
    """The chain's lock is taken where the ORM takes it — after a letter's number, before its event — not at
    BEGIN: the other way round, an ORM desk holding the number's row and waiting for the chain would deadlock
    with a quick one holding the chain and waiting for the number."""
    pg_demo(pg_url, cases=10)
    orm = Office.open(pg_url, daily_backup=False)
    quick = open_quick(resolve_database(pg_url))
    done, outcome = threading.Event(), []
    case_id = orm.documents.case_id_of(_cases(orm, "in_handling", limit=1)[0])

    def issue() -> None:
        outcome.append(_outcome(lambda: orm.documents.issue(case_id, "supervision", allow_gaps=True)))
        done.set()

    try:
        with transaction(quick.db, "IMMEDIATE"):  # as a sign-in's or an issue's, before it writes
            other = threading.Thread(target=issue)
            other.start()
            finished = done.wait(timeout=20)
        other.join()
        assert finished and not isinstance(outcome[0], tuple)
        with transaction(quick.db, "IMMEDIATE"):
            lock_chain(quick.db)
            with psycopg.connect(_plain(pg_url)) as watcher:
                held = watcher.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = %s "
                                       "AND pid = %s AND granted", (CHAIN_LOCK, quick.db.connection.info.backend_pid))
                assert held.fetchone()[0] == 1
    finally:
        orm.close()
        quick.close()


def test_quick_and_orm_desks_issuing_at_the_same_moments_share_one_numbering_and_one_chain(pg_url):
    pg_demo(pg_url, cases=20)
    orm = Office.open(pg_url, daily_backup=False)
    quick = open_quick(resolve_database(pg_url))
    cases = _cases(orm, "in_handling", limit=8)
    ids = [orm.documents.case_id_of(c) for c in cases][:len(cases) // 2 * 2]  # as many for each desk
    assert len(ids) >= 4
    start = threading.Barrier(2)
    issued: dict[str, list] = {"orm": [], "quick": []}

    def desk(name: str, documents, mine: list[int]) -> None:
        for case_id in mine:
            start.wait(timeout=60)
            try:
                issued[name].append(documents.issue(case_id, "supervision", allow_gaps=True).doc_no)
            except Exception as exc:  # noqa: BLE001 - a deadlock or a clash is the failure looked for
                issued[name].append(repr(exc))

    try:
        desks = [threading.Thread(target=desk, args=("orm", orm.documents, ids[0::2])),
                 threading.Thread(target=desk, args=("quick", quick.documents, ids[1::2]))]
        for thread in desks:
            thread.start()
        for thread in desks:
            thread.join(timeout=300)
        numbers = issued["orm"] + issued["quick"]
        assert len(numbers) == len(ids) and all("〔" in n for n in numbers), issued
        assert len(set(numbers)) == len(numbers)
        with orm.db.read() as session:
            checked, broken = verify_chain(session)
        assert broken is None and checked > len(ids)
    finally:
        orm.close()
        quick.close()


# --- when the ORM opens the office instead ---------------------------------------------------------------


def test_it_steps_aside_on_postgresql_for_what_only_office_open_does(pg_url):
    assert open_quick(resolve_database(pg_url)) is None  # a new database: created and migrated by the ORM
    assert open_quick(resolve_database(pg_url.replace("+psycopg", "+pg8000", 1))) is None  # another driver
    pg_demo(pg_url, cases=5)
    with psycopg.connect(_plain(pg_url), autocommit=True) as db:
        db.execute("UPDATE alembic_version SET version_num = '0001'")  # to upgrade: the ORM does it
        assert open_quick(resolve_database(pg_url)) is None
        db.execute("UPDATE alembic_version SET version_num = '9999'")  # too new: the ORM refuses it
        assert open_quick(resolve_database(pg_url)) is None
        db.execute("UPDATE alembic_version SET version_num = %s", (head_revision(),))
        db.execute("DELETE FROM setting WHERE key = 'attachments.max_bytes'")  # a setting to seed
        assert open_quick(resolve_database(pg_url)) is None
    Office.open(pg_url, daily_backup=False).close()  # seeds it again
    ready = open_quick(resolve_database(pg_url))
    assert ready is not None
    ready.close()


def test_the_baseline_it_looks_for_is_the_replays():
    assert BASELINE_ACTION == REPLAY_BASELINE_ACTION
