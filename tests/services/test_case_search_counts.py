"""PostgreSQL: a search of one or two characters counted from ``case_search_counts`` (migration 0014) — cases
per (gram, status), kept in step by triggers through every kind of write — and its pages' plan chosen from
that count: the list's sort index walked and each row matched when hits are many, the hits found on the
index of characters and sorted when they are few. Same cases as LIKE either way (tests/services/
test_case_search.py holds both plans to SQLite's results).

The invariant: ``search_index.count_differences`` — the table compared with a fresh count of every case's
search text, in Python — is empty after any write, whoever writes (the services, the ORM, plain SQL).
"""

from __future__ import annotations

import importlib.util
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from complaintdesk.services import case_index, case_search, history, maintenance
from complaintdesk.services import cases as cases_module
from complaintdesk.services.case_query import CaseQuery, CaseSort
from complaintdesk.services.case_search import Plan
from complaintdesk.services.demo import generate
from complaintdesk.services.desk_types import ActionInput, EnterpriseInput, RegistrationInput, RespondentInput
from complaintdesk.services.importer import read_table
from complaintdesk.services.office import Office
from complaintdesk.store import migrate, search_index
from complaintdesk.store.models import Case, Respondent
from tests.dates import TODAY
from tests.perf.test_statement_counts import StatementLog

pytestmark = pytest.mark.postgres

MIGRATION = next((Path(__file__).resolve().parents[2] / "migrations" / "versions").glob("*_0014_*.py"))
OPEN = ("registered", "accepted", "transferred", "in_handling", "replied")
SEARCHED = ("县", "商贸", "有限", "局", "q", "Q", " |", "| ", "-", "2", "改写", "琉璃")


def _migration():
    spec = importlib.util.spec_from_file_location("migration_0014", MIGRATION)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _differences(office) -> dict[str, int]:
    with office.db.read() as s:
        return search_index.count_differences(s.connection())


def _like_count(office, words: str, statuses=None) -> int:
    """How many cases the search finds by its meaning (SQLite's LIKE: ASCII letters folded, nothing else;
    the words also upper-cased by Python), counted over every case's text in Python."""
    folded = case_search.ascii_lower(words)
    wanted = {folded, case_search.ascii_lower(words.upper())}
    with office.db.read() as s:
        rows = s.execute(select(Case.search_text, Case.status)).all()
    return sum(1 for t, status in rows if (statuses is None or status in statuses)
               and any(w in case_search.ascii_lower(t) for w in wanted))


def _register(office, summary: str, respondent: str = "县琉璃厂"):
    return office.registration.register(RegistrationInput(
        channel="visit", procedure="payment_complaint", category="arrears", summary=summary,
        received_on=TODAY - timedelta(days=3), complainant=EnterpriseInput(name="恒达商贸有限公司"),
        respondent=RespondentInput(name=respondent, kind="public_institution"), confirm_duplicates=True))


@pytest.fixture
def pg(pg_url):
    office = Office.open(pg_url, daily_backup=False)
    generate(office.db, cases=200, seed=5)
    office.close()
    office = Office.open(pg_url, daily_backup=False)  # with the demo's desk user, who registers
    yield office
    office.close()


def _writes(office, tmp_path, demo_office):
    """Every kind of write that changes a case's search text or status, each step named."""
    yield "demo (bulk inserts)"
    case = _register(office, "改写前的摘要 QQ")
    yield "registered through the service"
    case = office.actions.act(case.id, "accept", ActionInput(on=TODAY - timedelta(days=2)), case.version)
    yield "accepted: a status change"
    office.actions.act(case.id, "withdraw", ActionInput(on=TODAY, reason="企业撤回投诉"), case.version)
    yield "withdrawn"
    other = _register(office, "将被不予受理")
    office.actions.act(other.id, "refuse", ActionInput(on=TODAY, reason="不属于本部门职责"), other.version)
    yield "refused"
    with office.db.write() as s:
        s.get(Case, case.id).summary = "改写后的摘要 qq"
    yield "the ORM edits a summary"
    with office.db.write() as s:
        respondent_id = s.execute(select(Case.respondent_id).where(Case.id == other.id)).scalar_one()
        s.get(Respondent, respondent_id).name = "县琉璃局"
    yield "a respondent renamed: its cases' search text"
    with office.db.write() as s:
        s.execute(text("UPDATE complaint_case SET summary = summary || ' 县局', search_text = search_text || ' 县局' "
                       "WHERE id IN (SELECT id FROM complaint_case ORDER BY id LIMIT 5)"))
        s.execute(text("UPDATE complaint_case SET status = 'closed' WHERE status = 'registered'"))
    yield "plain SQL changes texts and statuses"
    with office.db.write() as s:
        s.execute(text(f"INSERT INTO complaint_case SELECT {_copied_columns(s)} FROM complaint_case WHERE id = :id"),
                  {"id": case.id})
    yield "plain SQL inserts a case"
    with office.db.write() as s:
        s.execute(text("DELETE FROM complaint_case WHERE case_no LIKE '%-copy'"))
    yield "plain SQL deletes it"
    ledger = tmp_path / "ledger.csv"
    demo_office.reports.export("ledger", "csv", ledger, start=TODAY - timedelta(days=4000), end=TODAY)
    table = read_table(ledger)
    office.importer.run(table, office.importer.suggest_mapping(table.columns))
    yield "an import (one multi-row insert)"


def _copied_columns(session) -> str:
    """complaint_case's columns for a copy of a row under a new id and number (plain SQL, no service)."""
    names = list(session.execute(text("SELECT column_name FROM information_schema.columns WHERE table_name = "
                                      "'complaint_case' ORDER BY ordinal_position")).scalars())
    fresh = {"id": "(SELECT max(id) + 1 FROM complaint_case)", "case_no": "case_no || '-copy'",
             "seq": "seq + 100000", "search_text": "search_text || '-copy'"}
    return ", ".join(fresh.get(name, name) for name in names)


def test_every_write_keeps_the_counts_in_step(pg, tmp_path, demo_office):
    for step in _writes(pg, tmp_path, demo_office):
        assert _differences(pg) == {}, step
        for words in SEARCHED:  # and the list's counts are LIKE's
            assert pg.cases.count(CaseQuery(text=words)) == _like_count(pg, words), (step, words)
            assert pg.cases.count(CaseQuery(text=words, open_only=True)) == _like_count(pg, words, OPEN), (step, words)
    with pg.db.read() as s:
        assert s.execute(text("SELECT count(*) FROM case_search_counts WHERE cases > 0")).scalar() > 500


def test_a_write_that_leaves_text_and_status_alone_does_not_touch_them(pg):
    """A schedule save rewrites deadlines and the cases' copies, not their search text or status: the row
    trigger does not fire (no count row changes, the chain's lock is not even taken); a status change takes
    the lock first, as migration 0012's triggers do, so that two desks never wait on count rows crosswise."""
    engine = create_engine(pg.db.engine.url)
    lock = ("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = :lock "
            "AND pid = pg_backend_pid()")
    try:
        with engine.connect() as conn:
            before = conn.execute(text("SELECT gram, status, cases, xmin::text FROM case_search_counts")).all()
            conn.execute(text("UPDATE complaint_case SET search_text = search_text, status = status, "
                              "next_due_on = next_due_on"))
            assert conn.execute(text(lock), {"lock": history.CHAIN_LOCK}).scalar() == 0
            after = conn.execute(text("SELECT gram, status, cases, xmin::text FROM case_search_counts")).all()
            assert sorted(after) == sorted(before)
            # the search text alone: no trigger of migration 0012 watches it
            conn.execute(text("UPDATE complaint_case SET search_text = search_text || '改' WHERE id = "
                              "(SELECT min(id) FROM complaint_case)"))
            assert conn.execute(text(lock), {"lock": history.CHAIN_LOCK}).scalar() == 1
            conn.rollback()
    finally:
        engine.dispose()
    assert _migration().HISTORY_LOCK == history.CHAIN_LOCK


def test_the_migration_counts_as_the_triggers_do(pg):
    """The upgrade's count (Python, streamed) and the triggers' (PostgreSQL's ``case_search_grams``) agree
    on every gram — over texts with Latin letters, full-width letters, line breaks, characters outside the BMP."""
    for summary in ("温度 300\u212a Äpfel ＡＢＣ abc Abc", "第一行\n第二行 é E", "欠款😀𠮷 尾巴", "报价 50%_off a%b"):
        _register(pg, summary)

    def table():
        with pg.db.read() as s:
            return sorted(s.execute(text("SELECT gram, status, cases FROM case_search_counts WHERE cases > 0")).all())

    by_triggers = table()
    migrate.downgrade(pg.db, "0013")
    with pg.db.read() as s:
        assert s.execute(text("SELECT to_regclass('case_search_counts')")).scalar() is None
    migrate.upgrade_to_head(pg.db)
    assert table() == by_triggers and _differences(pg) == {}
    with pg.db.read() as s:  # the same set of grams for each text, PostgreSQL's and Python's
        for (search_text,) in s.execute(select(Case.search_text)):
            found = set(s.execute(text("SELECT case_search_grams(:t)"), {"t": search_text}).scalars())
            assert found == search_index.grams(search_text) == _migration().grams(search_text), search_text


def test_check_finds_counts_out_of_step_and_refresh_copies_mends_them(pg):
    with pg.db.write() as s:
        s.execute(text("UPDATE case_search_counts SET cases = cases + 1 WHERE gram = '县' AND status = 'closed'"))
        s.execute(text("DELETE FROM case_search_counts WHERE gram = '商贸'"))
        deleted = s.execute(text("SELECT count(*) FROM complaint_case WHERE search_text LIKE '%商贸%'")).scalar()
    assert deleted
    report = maintenance.check(pg)
    assert report.stale_figures.get("case_search_counts", 0) >= 2 and not report.ok
    maintenance.refresh_copies(pg)
    report = maintenance.check(pg)
    assert "case_search_counts" not in report.stale_figures and _differences(pg) == {}


def test_a_bulk_write_defers_the_counts_until_they_are_written_afresh(pg):
    """Migration 0016: after ``defer_counts`` the triggers leave the counts alone (a bulk write that rewrites
    them at its end: the demo, a refresh of every case); ``rebuild_counts`` writes them from the texts and the
    rest of the transaction is kept in step again. Another transaction is never deferred by this one."""
    def counts(s):
        return sorted(s.execute(text("SELECT gram, status, cases FROM case_search_counts")).all())

    with pg.db.write() as s:
        before = counts(s)
        search_index.defer_counts(s.connection())
        s.execute(text("UPDATE complaint_case SET search_text = search_text || '琉璃改' WHERE id % 3 = 0"))
        s.execute(text("UPDATE complaint_case SET status = 'closed' WHERE id % 5 = 0"))
        assert counts(s) == before  # deferred: not one count row written
        assert search_index.count_differences(s.connection())
        search_index.rebuild_counts(s.connection())
        assert search_index.count_differences(s.connection()) == {}
        s.execute(text("UPDATE complaint_case SET search_text = search_text || '又改' WHERE id % 7 = 0"))
        assert search_index.count_differences(s.connection()) == {}  # kept again after the rebuild
        search_index.defer_counts(s.connection())
    assert _differences(pg) == {}
    with pg.db.write() as s:  # SET LOCAL: the next transaction keeps them
        s.execute(text("UPDATE complaint_case SET search_text = search_text || '再改' WHERE id % 2 = 0"))
    assert _differences(pg) == {}


def test_the_demo_and_a_full_refresh_leave_the_counts_in_step(pg):
    assert _differences(pg) == {}  # the fixture's demo office
    with pg.db.write() as s:
        s.execute(text("UPDATE complaint_case SET search_text = '' WHERE id % 4 = 0"))  # copies out of step
    with pg.db.write() as s:  # every case: the counts deferred for its update, written afresh after it
        case_index.refresh(s)
    assert _differences(pg) == {}


# --- reading them ------------------------------------------------------------------------------------------------


def _statements(office, call) -> list[tuple[str, object]]:
    with StatementLog(office.db.engine) as log:
        call()
    return [(st, p) for st, p in log.sent if st.lstrip().upper().startswith("SELECT")]


def _explain(office, statement: str, parameters) -> str:
    with office.db.read() as s:
        s.execute(text("SET LOCAL enable_seqscan = off"))  # a few dozen cases: the planner would read them all
        return "\n".join(s.connection().exec_driver_sql("EXPLAIN " + statement, parameters).scalars())


def test_a_count_of_one_or_two_characters_reads_no_case(pg):
    pg.cases.count()  # the calendar is loaded
    for query in (CaseQuery(text="县"), CaseQuery(text=" 商贸 ", open_only=True), CaseQuery(text="Q"),
                  CaseQuery(text="局", statuses=("closed", "replied"))):
        sent = _statements(pg, lambda query=query: pg.cases.count(query))
        [(statement, parameters)] = sent
        plan = _explain(pg, statement, parameters)
        assert "case_search_counts" in plan and "complaint_case" not in plan, plan
    # anything else filtering: counted on the cases, as before; three characters or more alone: their rows of
    # case_search_text, found on the trigram index (one per case), and no case
    for query, on_cases in ((CaseQuery(text="县", overdue=True), True), (CaseQuery(text="有限公司", open_only=True), True),
                            (CaseQuery(text="有限公司"), False)):
        sent = _statements(pg, lambda query=query: pg.cases.count(query))
        # a longer text's first search also reads its pairs' counts (the trigram index's part: case_search.index_part)
        [(statement, parameters)] = [(st, p) for st, p in sent if "GROUP BY case_search_counts.gram" not in st]
        plan = _explain(pg, statement, parameters)
        assert ("complaint_case" in plan) is on_cases, plan
        assert on_cases or "ix_case_search_trgm" in plan, plan


def _grams_by_hits(office) -> list[tuple[str, int]]:
    with office.db.read() as s:
        return list(s.execute(text("SELECT gram, sum(cases) FROM case_search_counts WHERE gram <> '' "
                                   "GROUP BY gram HAVING sum(cases) > 0 ORDER BY 2, 1")).all())


def test_the_page_walks_the_sort_order_for_many_hits_and_sorts_few(pg):
    """The choice on both sides of its threshold — hits² × _PG_HIT_COST against the rows a screen reaches ×
    the cases — seen in the plan PostgreSQL runs: many hits, the sort index walked and each row matched by
    strpos (no index of the text used); few, the index of characters and a sort of what it found."""
    cases = pg.cases.count()
    threshold = (min(50, cases) * cases / cases_module._PG_HIT_COST) ** 0.5
    grams = _grams_by_hits(pg)
    few = [g for g, n in grams if n < threshold][-1]
    many = [g for g, n in grams if n >= threshold][0]
    for gram, plan in ((few, Plan.LOOKUP), (many, Plan.FILTER)):
        for sort in (CaseSort.NEXT_DUE, CaseSort.COMPLAINANT, CaseSort.CASE_NO):
            query = CaseQuery(text=gram, sort=sort)
            assert pg.cases.count(query) == _like_count(pg, gram)
            assert pg.cases._plan(query, rows=50) is plan, (gram, plan)
            sent = _statements(pg, lambda query=query: pg.cases.page(query, 0, 50))
            # a walk short of a screen (fewer hits than 50 here) asks whether it stopped at its budget: it did not
            assert len(sent) == (2 if plan is Plan.FILTER and _like_count(pg, gram) < 50 else 1), sent
            statement, parameters = sent[0]
            explained = _explain(pg, statement, parameters)
            if plan is Plan.FILTER:
                assert "strpos" in explained and "ix_case_search_characters" not in explained, explained
                assert "Index Scan" in explained, explained  # along the sort index
            else:
                assert "ix_case_search_characters" in explained and "Sort Key" in explained, explained
    # a deeper screen reaches further down the walk: the same gram is then found on its index
    assert pg.cases._plan(CaseQuery(text=many), rows=50 * 1000) is Plan.LOOKUP


def test_both_plans_give_the_same_screens_in_every_sort(pg, monkeypatch):
    """The order written so that no index serves it (``+ 0``, ``|| ''``) is the list's order: every sort and
    direction lists the same rows in the same order by either plan, first screen and the next."""
    grams = _grams_by_hits(pg)
    for gram in (grams[len(grams) // 2][0], "县"):
        for sort in CaseSort:
            for descending in (False, True):
                query = CaseQuery(text=gram, sort=sort, descending=descending)
                screens = []
                for cost in (0, 10**12):  # found on the index and sorted; walked along the sort index
                    monkeypatch.setattr(cases_module, "_PG_HIT_COST", cost)
                    screens.append([r.id for r in pg.cases.page(query, 0, 30) + pg.cases.page(query, 30, 30)])
                assert screens[0] == screens[1] and screens[0], (gram, sort, descending)


def test_a_walk_that_runs_out_of_its_budget_reads_the_page_from_the_hits(pg, monkeypatch):
    """Hits bunched at the far end of the order (a word only closed cases hold, sorted by deadline: closed cases
    come last) would have the walk read most of the list: it stops at its budget, and the page is read from the
    hits — the same rows as either plan alone."""
    with pg.db.write() as s:
        closed = list(s.execute(select(Case.id).where(Case.status == "closed").order_by(Case.id)).scalars())
        s.execute(text("UPDATE complaint_case SET summary = summary || '㐀㐁', search_text = search_text || '㐀㐁' "
                       "WHERE id = ANY(:ids)"), {"ids": closed})
    query = CaseQuery(text="㐀㐁")
    cases, hits = pg.cases.count(), pg.cases.count(query)
    assert hits == len(closed) >= 50 and pg.cases._plan(query, rows=50) is Plan.FILTER
    monkeypatch.setattr(cases_module, "_WALK_SLACK", 1)  # a budget of what the share predicts
    monkeypatch.setattr(cases_module, "_WALK_SPARE", 0)
    assert 50 * cases // hits - (cases - len(closed)) < 50  # the open cases come first: fewer hits in reach
    sent = _statements(pg, lambda: pg.cases.page(query, 0, 50))
    assert len(sent) == 3 and "walk_budget" in str(sent[0][1]) and "strpos" not in sent[2][0], sent
    rows = [r.id for r in pg.cases.page(query, 0, 50)]
    monkeypatch.setattr(cases_module, "_PG_HIT_COST", 0)  # the hits, sorted, alone
    assert rows == [r.id for r in pg.cases.page(query, 0, 50)] and len(rows) == 50
    monkeypatch.setattr(cases_module, "_PG_HIT_COST", 10**12)
    monkeypatch.setattr(cases_module, "_WALK_SLACK", 10**6)  # a walk without a bound
    assert rows == [r.id for r in pg.cases.page(query, 0, 50)]


def test_the_page_plan_needs_no_count_first(pg):
    """A page asked for before any count counts its gram itself (one statement on the counts), then plans."""
    pg.cases.count()  # the calendar is loaded
    sent = _statements(pg, lambda: pg.cases.page(CaseQuery(text="县"), 0, 50))
    assert len(sent) == 2 and "case_search_counts" in sent[0][0] and "strpos" in sent[1][0]  # a walk that filled it
    sent = _statements(pg, lambda: pg.cases.page(CaseQuery(text="县"), 50, 50))
    assert len(sent) == 1  # remembered
