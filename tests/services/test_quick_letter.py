"""The command line's letter without SQLAlchemy (services.quick_letter) against the ORM's: the same drafts
byte for byte, the same issued documents, numbers, history and copied columns row for row, the same
refusals — and it steps aside wherever ``Office.open`` has more to do than open the file."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Boolean, Date, select, update

from complaintdesk import clock
from complaintdesk.config import resolve_database
from complaintdesk.documents import TEMPLATE_KINDS
from complaintdesk.errors import NotComplaintDeskDatabase
from complaintdesk.services import case_index
from complaintdesk.services.actor import Actor
from complaintdesk.services.auth import MAX_FAILURES
from complaintdesk.services.demo import DEMO_PASSWORD
from complaintdesk.services.errors import ServiceError
from complaintdesk.services.office import Office
from complaintdesk.services.quick_letter import (
    REFRESH_CASE_SQL,
    REFRESH_PAYMENTS_SQL,
    QuickDocuments,
    open_quick,
    refresh_case_params,
    refresh_payments_params,
)
from complaintdesk.services.quick_office import BASELINE_ACTION
from complaintdesk.store import plain_rows
from complaintdesk.store.models import ArrearsClaim, Base, Case, Payment, Setting, User
from complaintdesk.store.types import ExactDecimal, Money, UTCDateTime
from tests.dates import TODAY
from tests.identity import give_identity

DATA_DIR = Path(__file__).resolve().parents[1] / "data"


pytestmark = pytest.mark.usefixtures("cjk_fonts")  # tests/services/conftest.py, with ``frozen``


@pytest.fixture
def twins(demo_office, tmp_path, frozen):
    """The same demo office (identity given) twice: opened by the ORM, and by the quick path."""
    give_identity(demo_office)
    source = demo_office.target.sqlite_path
    demo_office.close()
    paths = tmp_path / "orm.sqlite", tmp_path / "quick.sqlite"
    for path in paths:
        shutil.copy(source, path)
    orm = Office.open(str(paths[0]), daily_backup=False)
    quick = open_quick(resolve_database(str(paths[1])), daily_backup=False)
    assert quick is not None
    yield orm, quick, paths
    orm.close()
    quick.close()


def _cases(path: Path, status: str | None = None, limit: int = 12) -> list[str]:
    where = "WHERE status = ?" if status else ""
    with sqlite3.connect(path) as db:
        return [r[0] for r in db.execute(f"SELECT case_no FROM complaint_case {where} ORDER BY id LIMIT {limit}",
                                         (status,) if status else ())]


def _rows(path: Path) -> dict[str, list]:
    db = sqlite3.connect(path)
    try:
        # A virtual table (the search index, migration 0011) keeps its rows in shadow tables, compared here;
        # a WITHOUT ROWID table is read in its primary key's order.
        tables = db.execute("SELECT name, sql LIKE '%WITHOUT ROWID' FROM sqlite_master WHERE type = 'table' "
                            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name").fetchall()
        return {t: db.execute(f"SELECT * FROM {t}" + ("" if keyed else " ORDER BY rowid")).fetchall()
                for t, keyed in tables}
    finally:
        db.close()


def _outcome(call):
    try:
        return call()
    except ServiceError as exc:
        return type(exc).__name__, exc.text.zh, exc.text.en, exc.field


# --- the same records -----------------------------------------------------------------------------------


def _kind_of(column) -> str | None:
    kinds = ((Money, plain_rows.MONEY), (ExactDecimal, plain_rows.DECIMAL), (UTCDateTime, plain_rows.UTC_TIME),
             (Date, plain_rows.DATE), (Boolean, plain_rows.BOOL))
    return next((kind for cls, kind in kinds if isinstance(column.type, cls)), None)


def test_every_converted_column_is_read_as_the_models_declare_it():
    expected = {table.name: {c.name: _kind_of(c) for c in table.columns if _kind_of(c)}
                for table in Base.metadata.tables.values() if table.name != "attachment_blob"}
    assert plain_rows.COLUMN_KINDS == expected
    for mapper in Base.registry.mappers:  # a row's attributes are named as the ORM object's
        assert all(prop.key == prop.columns[0].name for prop in mapper.column_attrs), mapper


def test_the_copied_columns_are_refreshed_by_the_sql_case_index_compiles_to():
    from sqlalchemy.dialects import sqlite

    cases = update(Case).values(case_index._assignments()).where(Case.id.in_([7]))
    payments = update(Payment).values(case_index._payment_assignments()).where(
        Payment.claim_id.in_(select(ArrearsClaim.id).where(ArrearsClaim.case_id.in_([7]))))
    for statement, sql, params in ((cases, REFRESH_CASE_SQL, refresh_case_params(7, "NOW")),
                                   (payments, REFRESH_PAYMENTS_SQL, refresh_payments_params(7, "NOW"))):
        compiled = statement.compile(dialect=sqlite.dialect())
        assert str(compiled).replace("(__[POSTCOMPILE_id_1])", "(?)").replace(
            "(__[POSTCOMPILE_case_id_1])", "(?)") == sql
        values = compiled.construct_params({"updated_at": "NOW"})
        expected = [values[name] for name in compiled.positiontup]
        expected = [v[0] if isinstance(v, list) else v.isoformat() if hasattr(v, "isoformat") else v
                    for v in expected]
        assert tuple(expected) == params


# --- the same letters -----------------------------------------------------------------------------------


def test_every_kind_of_draft_is_the_same_byte_for_byte(twins):
    orm, quick, paths = twins
    compared = 0
    for case_no in _cases(paths[0], limit=10) + _cases(paths[0], "in_handling", limit=6):
        orm_id, quick_id = orm.documents.case_id_of(case_no), quick.documents.case_id_of(case_no)
        assert orm_id == quick_id
        for kind in TEMPLATE_KINDS:
            mine, theirs = quick.documents.draft(quick_id, kind), orm.documents.draft(orm_id, kind)
            assert mine == theirs, (case_no, kind)  # the PDF bytes, page count, warnings, blanks
            compared += 1
    assert compared >= 100


def test_issuing_writes_the_same_documents_numbers_history_and_copies(twins):
    orm, quick, paths = twins
    cases = _cases(paths[0], "in_handling", limit=8)
    results = []
    for case_no in cases:
        case_id = orm.documents.case_id_of(case_no)
        for kind, gaps in (("supervision", False), ("reply", False), ("reply", True), ("acceptance", True)):
            results.append((_outcome(lambda c=case_id, k=kind, g=gaps: orm.documents.issue(c, k, allow_gaps=g)),
                            _outcome(lambda c=case_id, k=kind, g=gaps: quick.documents.issue(c, k, allow_gaps=g))))
    issued = [a for a, _ in results if not isinstance(a, tuple)]
    assert len(issued) >= 8 and any(isinstance(a, tuple) for a, _ in results)  # issued ones and refused ones
    assert [a for a, _ in results] == [b for _, b in results]
    first = issued[0]
    # A correction, a second correction of the same document, and a "correction" of another case's.
    other_case = next(d.case_id for d in issued if d.case_id != first.case_id)
    for replaces, case_id in ((first.id, first.case_id), (first.id, first.case_id), (first.id, other_case)):
        assert _outcome(lambda r=replaces, c=case_id: quick.documents.issue(c, first.kind, replaces_id=r,
                                                                               allow_gaps=True)) == \
            _outcome(lambda r=replaces, c=case_id: orm.documents.issue(c, first.kind, replaces_id=r, allow_gaps=True))
    assert quick.documents.find(first.doc_no) == orm.documents.find(first.doc_no)
    assert quick.documents.pdf(first.id) == orm.documents.pdf(first.id)
    assert _rows(paths[1]) == _rows(paths[0])  # every table, every row, every column (the seals too)
    # and the same anchor beside each file: the same head, count, time and seal
    assert Path(f"{paths[1]}.anchor").read_bytes() == Path(f"{paths[0]}.anchor").read_bytes()


def test_the_same_refusals_in_the_same_words(twins):
    orm, quick, paths = twins
    case_no = _cases(paths[0], "in_handling", limit=1)[0]
    case_id = orm.documents.case_id_of(case_no)
    calls = [
        lambda docs: docs.case_id_of("1999-9999"),
        lambda docs: docs.draft(case_id, "no_such_kind"),
        lambda docs: docs.draft(999_999, "reply"),
        lambda docs: docs.issue(999_999, "reply"),
        lambda docs: docs.find("X〔2026〕999号"),
        lambda docs: docs.pdf(999_999),
    ]
    for call in calls:
        mine, theirs = _outcome(lambda c=call: c(quick.documents)), _outcome(lambda c=call: c(orm.documents))
        assert isinstance(mine, tuple) and mine == theirs

    # Who may issue: an auditor may not; an officer may not issue on someone else's case.
    for actor in (Actor(None, "audit", "审计员", "auditor"), Actor(10_000, "other", "别人", "officer")):
        orm.actor = actor
        mine = _outcome(lambda a=actor: QuickDocuments(quick.db, a, clock.today).issue(case_id, "reply"))
        assert isinstance(mine, tuple) and mine == _outcome(lambda: orm.documents.issue(case_id, "reply"))


def test_signing_in_writes_the_same_rows_and_refuses_in_the_same_words(twins):
    """The command line's ``--user`` over plain SQLite: the same verdicts, lockout, account rows and events as
    ``Office.sign_in``; a one-time password leaves the actor as it was on both."""
    orm, quick, paths = twins
    with orm.db.write() as s:  # an administrator gave zhangjj a one-time password (the same on both files)
        s.execute(update(User).where(User.username == "zhangjj").values(must_change_password=True))
    with sqlite3.connect(paths[1]) as db:
        db.execute("UPDATE user_account SET must_change_password = 1 WHERE username = 'zhangjj'")
    attempts = [("wanglh", "wrong")] * (MAX_FAILURES + 1) + [("wanglh", DEMO_PASSWORD), ("nobody", "x"),
                ("\x00admin", "x"), ("lina", "wrong"), ("lina", DEMO_PASSWORD), ("zhangjj", DEMO_PASSWORD)]
    for username, password in attempts:
        mine = _outcome(lambda u=username, p=password: quick.sign_in(u, p))
        assert mine == _outcome(lambda u=username, p=password: orm.sign_in(u, p)), (username, password)
        assert (quick.actor, quick.password_change_pending) == (orm.actor, orm.password_change_pending)
    assert quick.actor.username == "lina" and quick.password_change_pending.username == "zhangjj"
    # What the quick path's documents act as follows the sign-in.
    assert quick.documents.actor == quick.actor
    assert _rows(paths[1]) == _rows(paths[0])  # the failed counts, the lockout, the last sign-in, the events


def test_a_desk_without_the_history_key_drafts_but_is_refused_the_same_way(twins, tmp_path, monkeypatch):
    orm, quick, paths = twins
    orm.close()
    quick.close()
    monkeypatch.setenv("COMPLAINTDESK_DATA_DIR", str(tmp_path / "another-desk"))  # holds no key of the office
    orm = Office.open(str(paths[0]), daily_backup=False)
    quick = open_quick(resolve_database(str(paths[1])), daily_backup=False)
    try:
        case_id = orm.documents.case_id_of(_cases(paths[0], "in_handling", limit=1)[0])
        assert quick.documents.draft(case_id, "reply") == orm.documents.draft(case_id, "reply")
        mine = _outcome(lambda: quick.documents.issue(case_id, "reply", allow_gaps=True))
        assert mine[0] == "HistoryKeyMissing" and "key import" in mine[2]
        assert mine == _outcome(lambda: orm.documents.issue(case_id, "reply", allow_gaps=True))
    finally:
        orm.close()
        quick.close()
    assert _rows(paths[1]) == _rows(paths[0])


def test_an_office_without_its_identity_is_refused_before_a_number_is_drawn(demo_office, tmp_path, frozen):
    path = demo_office.target.sqlite_path
    with demo_office.db.write() as s:  # as a new office starts: the shipped example name
        s.execute(update(Setting).where(Setting.key == "office.name").values(value='"某某县工业和信息化局"'))
    demo_office.close()
    quick = open_quick(resolve_database(str(path)), daily_backup=False)
    orm = Office.open(str(path), daily_backup=False)
    try:
        case_id = orm.documents.case_id_of(_cases(path, "in_handling", limit=1)[0])
        mine = _outcome(lambda: quick.documents.issue(case_id, "reply", allow_gaps=True))
        assert mine[0] == "OfficeIdentityIncomplete"
        assert mine == _outcome(lambda: orm.documents.issue(case_id, "reply", allow_gaps=True))
        draft = quick.documents.draft(case_id, "reply")
        assert draft == orm.documents.draft(case_id, "reply") and "单位名称" in draft.warnings[0].zh
    finally:
        quick.close()
        orm.close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM number_sequence WHERE scope LIKE 'doc:%'").fetchone()[0] == 0


# --- when the ORM opens the office instead ---------------------------------------------------------------


def test_it_steps_aside_for_what_only_office_open_does(tmp_path, demo_office):
    # PostgreSQL through psycopg is opened by the quick path too (test_quick_letter_pg); another driver is not
    assert open_quick(resolve_database("postgresql+pg8000://u@localhost/db")) is None
    assert open_quick(resolve_database(str(tmp_path / "new.sqlite"))) is None  # created and migrated by the ORM
    assert not (tmp_path / "new.sqlite").exists()

    old = tmp_path / "old.sqlite"
    shutil.copy(DATA_DIR / "db_0005.sqlite", old)
    assert open_quick(resolve_database(str(old)), daily_backup=False) is None  # upgraded (after a backup) by the ORM

    path = demo_office.target.sqlite_path
    with demo_office.db.write() as s:  # a setting a newer version ships, not yet seeded in this office
        s.execute(Setting.__table__.delete().where(Setting.key == "attachments.max_bytes"))
    demo_office.close()
    assert open_quick(resolve_database(str(path)), daily_backup=False) is None
    Office.open(str(path), daily_backup=False).close()  # seeds it again
    ready = open_quick(resolve_database(str(path)), daily_backup=False)
    assert ready is not None
    ready.close()

    # a history without the replay's baseline (written by Office.open): here by hand, past the append-only guard
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("DROP TRIGGER event_no_update")
        raw.execute("UPDATE event SET action = 'renamed' WHERE action = ?", (BASELINE_ACTION,))
    raw.close()
    assert open_quick(resolve_database(str(path)), daily_backup=False) is None


def test_a_file_that_is_not_an_office_is_refused_as_the_orm_refuses_it(tmp_path):
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE things (x)")
    with pytest.raises(NotComplaintDeskDatabase) as mine:
        open_quick(resolve_database(str(foreign)))
    with pytest.raises(NotComplaintDeskDatabase) as theirs:
        Office.open(str(foreign))
    assert mine.value.text == theirs.value.text


def test_it_takes_the_days_backup_as_office_open_does(demo_office, frozen):
    path = demo_office.target.sqlite_path
    demo_office.close()
    backups = path.parent / "backups"
    before = set(backups.glob("*-daily-*.sqlite")) if backups.exists() else set()
    for existing in before:
        existing.unlink()
    quick = open_quick(resolve_database(str(path)))
    quick.close()
    made = sorted(backups.glob("*-daily-*.sqlite"))
    assert len(made) == 1 and (clock.now().astimezone() - timedelta(0)).strftime("%Y%m%d") in made[0].name
    manifest = json.loads(Path(f"{made[0]}.manifest.json").read_text())  # with the office's anchor, as the ORM's
    assert manifest["anchor"] == json.loads(Path(f"{path}.anchor").read_text())


def test_both_paths_count_only_requests_for_a_running_clock_as_pending(demo_office):
    # A request left waiting by an earlier version on a round that has ended (issue 16, 11) holds nothing up.
    from complaintdesk.services.case_view import OrmCaseRecords
    from complaintdesk.services.quick_letter import SqliteCaseRecords
    from complaintdesk.store.models import CaseDeadline, ExtensionRequest

    with demo_office.db.write() as s:
        ended = s.execute(select(CaseDeadline).where(CaseDeadline.met_on.is_not(None)).limit(1)).scalar_one()
        running = s.execute(select(CaseDeadline).where(CaseDeadline.met_on.is_(None),
                                                       CaseDeadline.case_id != ended.case_id).limit(1)).scalar_one()
        for deadline in (ended, running):
            s.add(ExtensionRequest(case_id=deadline.case_id, step=deadline.step, days=15, reason="情况复杂",
                                   requested_on=TODAY, status="requested"))
        cases = ended.case_id, running.case_id
    path = demo_office.target.sqlite_path
    with demo_office.db.read() as s:
        orm = [OrmCaseRecords(s).extension_pending(c) for c in cases]
    db = sqlite3.connect(path)
    try:
        quick = [SqliteCaseRecords(db).extension_pending(c) for c in cases]
    finally:
        db.close()
    assert orm == quick == [False, True]
