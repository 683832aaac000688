"""Text search on an index (services.case_search, migration 0011) finds exactly what the LIKE it replaced
found, on SQLite and PostgreSQL, and the index never lags a write: it changes in the write's own
transaction, whoever writes, and an upgraded office gets it filled.

The oracle is the search as it was before the index — ``_like_search`` below, the old
``services.cases._text`` kept verbatim — run on the same office.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, func, or_, select, text

from complaintdesk.domain.vocabulary import OPEN_STATUSES
from complaintdesk.services import case_index, case_search
from complaintdesk.services import cases as cases_module
from complaintdesk.services.case_query import CaseQuery, CaseSort
from complaintdesk.services.case_search import Plan
from complaintdesk.services.demo import generate
from complaintdesk.services.desk_types import EnterpriseInput, RegistrationInput, RespondentInput
from complaintdesk.services.office import Office
from complaintdesk.services.quick_letter import REFRESH_CASE_SQL, refresh_case_params
from complaintdesk.store import migrate, search_index
from complaintdesk.store.models import Case, Enterprise, Respondent
from complaintdesk.store.sqlite_file import connect
from tests.dates import TODAY

DATA = Path(__file__).resolve().parents[1] / "data"

# Digits, Latin in both cases, separators, FTS5 syntax (quotes, *, ^, :, NEAR, AND/OR/NOT, parentheses),
# LIKE wildcards and its escape, runs of white space, characters outside the BMP, and nothing at all.
FIXED = ("商贸", "县", "公", "有限公司", "拖欠我公司", "2023", "2023-0001", "0001", "-", " | ", "| 县", "号 |",
         "〔2023〕", "省转", "hq8w", "HQ8W", "Hq8W", "q", "Q", "91150", "12150", "元，经多次", "。", "，",
         "%", "_", "\\", '"', "'", "*", "50%", "%_", '"商贸"', '"', '""', "商*", "*商", "NEAR(", "NEAR(县 局)",
         "AND", "OR", "NOT", "县 OR 局", "^县", "县:", "text:县", "(县)", "{县}", "[县]", "  商贸  ", "商 贸",
         "县\t农牧局", "县\u3000农牧局", "𠮷", "😀", "zz", "xyz", "", "   ", "k", "K", "\u212a", "ä", "Ä", "ａｂｃ",
         "ＡＢＣ", "abc", "ABC", "尾巴", "巴", "é", "E", "第一行 第二行", "行", "\\%", "a_b", "a%b")

# Texts a real office may hold that an index could get wrong: case folding beyond ASCII (the Kelvin sign
# folds to "k", "Ä" to "ä" under Unicode rules; LIKE folds ASCII only), full-width letters, LIKE and FTS5
# syntax characters, a line break, and a two-character end (found through the index's padding).
TRICKY_SUMMARIES = ("温度 300\u212a 的 Äpfel 与 äpfel 及 ＡＢＣ 和 abc 及 Abc", '报价 50%_off "特价" a%b a_b \\% 结尾',
                    "第一行\n第二行 é E", "欠款😀𠮷 尾巴")


def _like_search(office, words: str, *extra) -> list[int]:
    """The search before the index (services.cases._text, verbatim): LIKE over the copied search text."""
    words = " ".join(words.split())
    conds = list(extra)
    if words:
        escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        if pattern == pattern.upper():
            conds.append(Case.search_text.like(pattern, escape="\\"))
        else:  # Credit codes are stored upper-case; PostgreSQL's LIKE is case-sensitive.
            conds.append(or_(Case.search_text.like(pattern, escape="\\"),
                             Case.search_text.like(pattern.upper(), escape="\\")))
    with office.db.read() as s:
        return list(s.execute(select(Case.id).where(*conds).order_by(Case.id)).scalars())


def _case_nos(office, ids) -> set[str]:
    with office.db.read() as s:
        return set(s.execute(select(Case.case_no).where(Case.id.in_(list(ids)))).scalars())


def _found(office, query: CaseQuery) -> list[int]:
    return sorted(row.id for row in office.cases.page(query, 0, 100_000))


def _drawn_queries(office, n: int, seed: int) -> list[str]:
    """Pieces of the cases' own search texts — 1 to 12 characters, across the " | " between fields too —
    as typed, lower-cased, upper-cased or with the case swapped."""
    rng = random.Random(seed)
    with office.db.read() as s:
        texts = list(s.execute(select(Case.search_text).order_by(Case.id)).scalars())
    drawn = []
    for _ in range(n):
        source = rng.choice(texts)
        start, length = rng.randrange(len(source)), rng.choice((1, 1, 2, 2, 2, 3, 3, 4, 5, 7, 12))
        drawn.append(rng.choice((str, str.lower, str.upper, str.swapcase))(source[start:start + length]))
    return drawn


def _stale_index(office) -> list[int]:
    with office.db.read() as s:
        return search_index.stale_entries(s.connection())


def _register(office, summary: str, complainant: str = "恒达商贸有限公司", respondent: str = "县卫健委",
              uscc: str | None = None):
    return office.registration.register(RegistrationInput(
        channel="visit", procedure="payment_complaint", category="arrears", summary=summary,
        received_on=TODAY - timedelta(days=3), complainant=EnterpriseInput(name=complainant, uscc=uscc),
        respondent=RespondentInput(name=respondent, kind="public_institution"), confirm_duplicates=True))


# --- the same cases as LIKE ---------------------------------------------------------------------------------


def test_the_index_finds_exactly_what_like_found(demo_office):
    for summary in TRICKY_SUMMARIES:
        _register(demo_office, summary)
    open_codes = [s.value for s in OPEN_STATUSES]
    queries = FIXED + tuple(_drawn_queries(demo_office, 160, seed=17))
    short = sum(0 < len(case_search.words(q)) < case_search.TRIGRAM for q in queries)
    assert short >= 40 and len(queries) - short >= 80  # both paths of the index, many times
    for q in queries:
        expected = _like_search(demo_office, q)
        assert _found(demo_office, CaseQuery(text=q, sort=CaseSort.CASE_NO)) == expected, q
        assert demo_office.cases.count(CaseQuery(text=q)) == len(expected), q
        # with another filter, both plans (by id and along the sort index), before and after a count
        opened = _like_search(demo_office, q, Case.status.in_(open_codes))
        assert _found(demo_office, CaseQuery(text=f" {q} ", open_only=True)) == opened, q
        assert demo_office.cases.count(CaseQuery(text=f" {q} ", open_only=True)) == len(opened), q
        words = case_search.words(q)
        if words:
            with demo_office.db.read() as s:
                for plan in Plan:
                    by_plan = s.execute(select(Case.id).where(case_search.condition(words, "sqlite", plan))
                                        .order_by(Case.id)).scalars().all()
                    assert by_plan == expected, (q, plan)
    # the texts an index could get wrong were searched and are found as LIKE finds them
    assert _like_search(demo_office, "\u212a") and not _like_search(demo_office, "300k")
    assert len(_like_search(demo_office, "äpfel")) == 1 and len(_like_search(demo_office, "ABC")) == 1


def test_every_plan_sort_and_later_page_list_the_same_cases(demo_office, monkeypatch):
    # 300 demo cases: a lower bar for reading hits by id, so that each plan serves some page here
    monkeypatch.setattr(cases_module, "_LOOKUP_HITS", 10)
    used = set()
    for words, open_only in (("有限", False), ("有限", True), ("商贸", False), ("2023", True), ("局", False)):
        expected = _like_search(demo_office, words, *([Case.status.in_([s.value for s in OPEN_STATUSES])]
                                                      if open_only else []))
        for sort in CaseSort:
            for descending in (False, True):
                query = CaseQuery(text=words, open_only=open_only, sort=sort, descending=descending)
                assert demo_office.cases.count(query) == len(expected)  # its hits choose the pages' plan
                used.add(demo_office.cases._plan(query))
                first = [r.id for r in demo_office.cases.page(query, 0, 100)]
                rest = [r.id for r in demo_office.cases.page(query, 100, 100_000)]
                assert sorted(first + rest) == expected and len(set(first + rest)) == len(expected), query
    assert used == set(Plan) - {Plan.IDS}  # Plan.IDS: PostgreSQL's alone


def test_a_text_only_count_reads_the_index_alone(demo_office):
    """No case row is read: the index has one row per case (beside it, only the highest case id)."""
    demo_office.cases.count()  # the calendar is loaded
    expected = len(_like_search(demo_office, "商贸"))
    sent = []

    def seen(conn, cursor, statement, parameters, context, executemany):  # noqa: PLR0913 - SQLAlchemy's
        sent.append((statement, parameters))

    event.listen(demo_office.db.engine, "before_cursor_execute", seen)
    try:
        assert demo_office.cases.count(CaseQuery(text="商贸")) == expected
    finally:
        event.remove(demo_office.db.engine, "before_cursor_execute", seen)
    [(statement, parameters)] = [(st, p) for st, p in sent if st.lstrip().upper().startswith("SELECT")]
    with demo_office.db.read() as s:
        plan = [row[3] for row in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]
    assert any("case_search VIRTUAL TABLE" in step for step in plan), plan
    assert [step for step in plan if "complaint_case" in step] == ["SEARCH complaint_case"], plan  # max(id)


# --- in step with every write ---------------------------------------------------------------------------------


def test_a_new_case_is_found_by_its_number_names_code_and_summary_at_once(demo_office):
    case = _register(demo_office, "独一无二的欠款描述", complainant="琥珀川测绘有限公司", respondent="县档案馆",
                     uscc="91150100MA0Q7XK21X")
    for q in (case.case_no, "琥珀川", "档案馆", "ma0q7xk21x", "独一无二", "琥珀"):
        assert _found(demo_office, CaseQuery(text=q)) == _like_search(demo_office, q), q
        assert case.id in _found(demo_office, CaseQuery(text=q)), q
    assert _stale_index(demo_office) == []


def test_renaming_a_respondent_refreshes_every_one_of_its_cases(demo_office):
    with demo_office.db.read() as s:
        respondent_id, old_name, cases = s.execute(
            select(Respondent.id, Respondent.name, func.count(Case.id)).join(Case, Case.respondent_id == Respondent.id)
            .group_by(Respondent.id, Respondent.name).order_by(func.count(Case.id).desc()).limit(1)).one()
    assert cases >= 5
    with demo_office.db.write() as s:
        s.get(Respondent, respondent_id).name = "县琉璃厂管理处"
    assert demo_office.cases.count(CaseQuery(text="琉璃厂")) == cases
    assert demo_office.cases.count(CaseQuery(text="琉璃")) == cases  # the two-character path too
    assert _found(demo_office, CaseQuery(text=old_name)) == _like_search(demo_office, old_name)
    assert _stale_index(demo_office) == []


def test_a_new_credit_code_or_summary_is_found_and_the_old_one_is_not(demo_office):
    with demo_office.db.read() as s:
        case = s.execute(select(Case).order_by(Case.id).limit(1)).scalar_one()
    with demo_office.db.write() as s:
        s.get(Case, case.id).summary = "原来的独特摘要"
    assert _found(demo_office, CaseQuery(text="原来的独特")) == [case.id]
    with demo_office.db.write() as s:
        s.get(Enterprise, case.complainant_id).uscc = "91150100ZZ9Z9ZZ99Z"
        s.get(Case, case.id).summary = "改写后的投诉摘要"
    for q in ("zz9z9zz99z", "ZZ9Z", "改写后", "改写"):
        assert case.id in _found(demo_office, CaseQuery(text=q)), q
    assert _found(demo_office, CaseQuery(text="原来的独特")) == []
    assert _found(demo_office, CaseQuery(text="原来")) == _like_search(demo_office, "原来")
    assert _stale_index(demo_office) == []


def test_a_write_that_fails_leaves_the_index_as_it_was(demo_office):
    with demo_office.db.read() as s:
        respondent_id = s.execute(select(Case.respondent_id).limit(1)).scalar_one()
    with pytest.raises(RuntimeError), demo_office.db.write() as s:
        s.get(Respondent, respondent_id).name = "县回滚测试局"
        s.flush()
        raise RuntimeError("abandon")
    assert demo_office.cases.count(CaseQuery(text="回滚测试")) == 0
    assert _stale_index(demo_office) == []


def test_a_plain_sqlite3_writer_keeps_the_index_in_step(demo_office):
    """The command line's letter path writes without SQLAlchemy: the triggers serve it as they serve the ORM.
    (Issuing a letter changes no searched text; a summary edited the same way shows the index follows.)"""
    path = demo_office.target.sqlite_path
    with demo_office.db.read() as s:
        case_id = s.execute(select(Case.id).order_by(Case.id.desc()).limit(1)).scalar_one()
    demo_office.close()
    conn = connect(path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE complaint_case SET summary = '命令行改过的摘要' WHERE id = ?", (case_id,))
        conn.execute(REFRESH_CASE_SQL, refresh_case_params(case_id, "2026-01-01 00:00:00.000000"))
        conn.execute("COMMIT")
    finally:
        conn.close()
    office = Office.open(str(path), daily_backup=False)
    try:
        assert _found(office, CaseQuery(text="命令行改过")) == [case_id]
        assert _stale_index(office) == []
    finally:
        office.close()


def test_a_deleted_case_leaves_the_index(demo_office):
    """No service deletes a case (its history refers to it); whoever deletes one anyway leaves no ghost."""
    case = _register(demo_office, "即将删除的案件")
    path = demo_office.target.sqlite_path
    with sqlite3.connect(path) as conn:  # foreign keys off: its history stays behind
        conn.execute("DELETE FROM complaint_case WHERE id = ?", (case.id,))
    assert demo_office.cases.count(CaseQuery(text="即将删除")) == 0
    assert _stale_index(demo_office) == []


def test_the_check_finds_an_index_out_of_step_and_refreshing_the_copies_mends_it(demo_office):
    """A write past the triggers (here: straight into the index) is what ``complaintdesk-admin check`` reports
    among the cases' copies out of step, and what ``check --refresh-copies`` (case_index.refresh) mends."""
    with demo_office.db.write() as s:
        first_two = list(s.execute(select(Case.id).order_by(Case.id).limit(2)).scalars())
        s.execute(text(f"DELETE FROM case_search WHERE rowid = {first_two[0]}"))
        s.execute(text(f"UPDATE case_search SET text = 'stale' WHERE rowid = {first_two[1]}"))
        s.execute(text("INSERT INTO case_search (rowid, text) VALUES (999999, 'ghost')"))
    assert _stale_index(demo_office) == [*first_two, 999999]
    with demo_office.db.read() as s:
        stale = case_index.stale_copies(s)
    assert sorted(stale) == first_two and all(set(c) == {"search_index"} for c in stale.values())
    assert stale[first_two[1]]["search_index"][0] == "stale"
    with demo_office.db.write() as s:
        case_index.refresh(s)
    assert _stale_index(demo_office) == []
    assert _found(demo_office, CaseQuery(text="有限")) == _like_search(demo_office, "有限")
    assert demo_office.cases.count(CaseQuery(text="ghost")) == 0


# --- an upgraded office gets its index ----------------------------------------------------------------------------


def test_the_upgrade_fills_the_index_of_an_existing_office(demo_office):
    migrate.downgrade(demo_office.db, "0010")
    with demo_office.db.read() as s:
        assert not s.execute(text("SELECT name FROM sqlite_master WHERE name LIKE 'case_search%'")).all()
    migrate.upgrade_to_head(demo_office.db)
    assert _stale_index(demo_office) == []
    for q in ("商贸", "县", "2023-00", "hq"):
        assert _found(demo_office, CaseQuery(text=q)) == _like_search(demo_office, q), q


def test_a_released_database_is_searchable_after_its_upgrade(tmp_path):
    path = tmp_path / "office.sqlite"
    shutil.copy(DATA / "db_0008.sqlite", path)
    office = Office.open(str(path), daily_backup=False)
    try:
        assert _stale_index(office) == []
        for q in _drawn_queries(office, 40, seed=3):
            assert _found(office, CaseQuery(text=q)) == _like_search(office, q), q
    finally:
        office.close()


# --- PostgreSQL: the trigram index, the same results -------------------------------------------------------------


@pytest.mark.postgres
def test_postgresql_finds_what_sqlite_finds(pg_url, demo_office):
    pg = Office.open(pg_url, daily_backup=False)
    try:
        generate(pg.db, cases=300, seed=7)  # the demo office's own data (tests/conftest.py: demo_template)
        assert _case_nos(pg, _like_search(pg, "")) == _case_nos(demo_office, _like_search(demo_office, ""))
        for q in FIXED + tuple(_drawn_queries(demo_office, 80, seed=29)):
            on_sqlite = _case_nos(demo_office, _found(demo_office, CaseQuery(text=q)))
            assert _case_nos(pg, _found(pg, CaseQuery(text=q))) == on_sqlite, q
            assert pg.cases.count(CaseQuery(text=q, open_only=True)) == \
                demo_office.cases.count(CaseQuery(text=q, open_only=True)), q
    finally:
        pg.close()


@pytest.mark.postgres
def test_the_trigram_index_serves_postgresql_searches(pg_url):
    pg = Office.open(pg_url, daily_backup=False)
    try:
        generate(pg.db, cases=30, seed=5)
        with pg.db.read() as s:
            code = s.execute(select(Enterprise.uscc).where(Enterprise.uscc.is_not(None)).limit(1)).scalar_one()
        for words, expected in (("有限公司", 30), (code[-6:].lower(), 1)):  # Chinese: LIKE; Latin: ILIKE + regex
            condition = case_search.condition(words, "postgresql")
            with pg.db.read() as s:
                # 30 rows: the planner would rather read them all (in the table, or along its primary key)
                s.execute(text("SET LOCAL enable_seqscan = off"))
                s.execute(text("SET LOCAL enable_indexscan = off"))
                plan = "\n".join(s.execute(text("EXPLAIN " + str(
                    select(Case.id).where(condition).compile(s.bind, compile_kwargs={"literal_binds": True}))))
                    .scalars())
                assert "ix_case_search_trgm" in plan, plan
                assert s.execute(select(func.count()).where(condition)).scalar_one() >= expected
    finally:
        pg.close()


def _pg_plan(office, condition) -> str:
    with office.db.read() as s:
        # a few hundred rows: the planner would rather read them all (in the table, or along its primary key)
        s.execute(text("SET LOCAL enable_seqscan = off"))
        s.execute(text("SET LOCAL enable_indexscan = off"))
        return "\n".join(s.execute(text("EXPLAIN " + str(select(func.count()).select_from(Case).where(condition)
                                                           .compile(s.bind, compile_kwargs={"literal_binds": True}))))
                         .scalars())


@pytest.mark.postgres
def test_postgresql_finds_one_or_two_characters_on_their_index_as_sqlite_does(pg_url, demo_office):
    """pg_trgm has no trigram for one or two characters: migration 0013's index of the text's characters
    serves them, with exactly SQLite's results — the tricky texts included (ASCII folded, nothing else)."""
    pg = Office.open(pg_url, daily_backup=False)
    generate(pg.db, cases=300, seed=7)  # the demo office's own data (tests/conftest.py: demo_template)
    pg.close()
    pg = Office.open(pg_url, daily_backup=False)  # now with the demo's desk user, who registers
    try:
        for summary in TRICKY_SUMMARIES:
            _register(demo_office, summary)
            _register(pg, summary)
        queries = [q for q in FIXED + tuple(_drawn_queries(demo_office, 200, seed=41)) + ("\u212a", "k", "ä", "Ä", "%_")
                   if 0 < len(case_search.words(q)) < case_search.TRIGRAM]
        assert len(queries) >= 60
        for q in queries:
            expected = _case_nos(demo_office, _found(demo_office, CaseQuery(text=q)))
            assert _case_nos(pg, _found(pg, CaseQuery(text=q))) == expected, q
            assert pg.cases.count(CaseQuery(text=q, open_only=True)) == \
                demo_office.cases.count(CaseQuery(text=q, open_only=True)), q
        for words in ("县", "商贸", "q", "ab", "ß"):  # "ß" is also searched as "ss"
            plan = _pg_plan(pg, case_search.condition(words, "postgresql"))
            assert "ix_case_search_characters" in plan and "Seq Scan" not in plan, plan
        # The words are written into the statement, not sent as parameters: a prepared statement's generic
        # plan, one for every value, would read 商贸 (a few thousand hits) along the list's whole order.
        sent = []
        event.listen(pg.db.engine, "before_cursor_execute",
                     lambda conn, cursor, statement, parameters, context, many: sent.append((statement, parameters)))
        for words in ("商贸", "县", "有限公司", "hq8w"):
            sent.clear()
            pg.cases.count(CaseQuery(text=words, open_only=True))
            pg.cases.page(CaseQuery(text=words, open_only=True), 0, 50)
            sent = [(st, p) for st, p in sent if "calendar_year" not in st]  # the office's calendar, rechecked now and then
            assert sent and all(words.lower()[:2] in statement for statement, _ in sent), words
            assert not any(words.lower()[:2] in str(parameters) for _, parameters in sent), words
        # The planner counts what splitting a text costs (a plpgsql function, not an SQL expression it would
        # inline and deem free): at 100,000 cases it reads the index for 县 rather than split every case's text.
        with pg.db.read() as s:
            assert s.execute(text("SELECT l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang "
                                  "WHERE p.proname = 'case_search_characters'")).scalar() == "plpgsql"
    finally:
        pg.close()


@pytest.fixture
def pg_twin(pg_url, demo_office):
    """A PostgreSQL office with the demo office's data (tests/conftest.py: demo_template), the tricky summaries
    registered in both."""
    pg = Office.open(pg_url, daily_backup=False)
    generate(pg.db, cases=300, seed=7)
    pg.close()
    pg = Office.open(pg_url, daily_backup=False)
    try:
        for summary in TRICKY_SUMMARIES:
            _register(demo_office, summary)
            _register(pg, summary)
        yield pg
    finally:
        pg.close()


@pytest.mark.postgres
def test_postgresql_counts_and_both_page_plans_find_what_sqlite_finds(pg_twin, demo_office, monkeypatch):
    """One or two characters on PostgreSQL: counted from ``case_search_counts`` (migration 0014) and listed
    by either plan — along the sort order matched by strpos, or found on the index of characters and sorted
    — with SQLite's cases and counts, for every status filter the counts serve, and the same first screen in
    the same order from both plans: Latin letters in either case, full-width letters (not folded), the
    Kelvin sign, characters outside the BMP, LIKE's wildcards, pairs across the " | " between joined fields."""
    pg = pg_twin
    queries = [q for q in (*FIXED, *_drawn_queries(demo_office, 120, seed=43), "\u212a", "ａ", "Ａ", "ａｂ",
                           "ab", "AB", "aB", " |", "| ", "|", "ä", "ss", "%", "_", "巴\n", "😀𠮷")
               if 0 < len(case_search.words(q)) < case_search.TRIGRAM]
    assert sum(case_search.counted_gram(case_search.words(q)) is not None for q in queries) >= 60
    assert any(" | " in " " + q + " " for q in queries)  # a pair across fields: "| " or " |"
    filters = ({}, {"open_only": True}, {"statuses": ("closed",)}, {"statuses": ("closed", "replied"),
                                                                      "open_only": True})
    for q in queries:
        for extra in filters:
            query = CaseQuery(text=q, sort=CaseSort.CASE_NO, **extra)
            expected = _case_nos(demo_office, _found(demo_office, query))
            assert pg.cases.count(query) == demo_office.cases.count(query) == len(expected), (q, extra)
            screens = []
            for cost, plan in ((0, Plan.LOOKUP), (10**12, Plan.FILTER)):
                monkeypatch.setattr(cases_module, "_PG_HIT_COST", cost)
                if expected and case_search.counted_gram(case_search.words(q)) is not None:
                    assert pg.cases._plan(query, rows=50) is plan, (q, extra)
                assert _case_nos(pg, _found(pg, query)) == expected, (q, extra, plan)
                screens.append([r.id for r in pg.cases.page(replace(query, sort=CaseSort.NEXT_DUE), 0, 50)])
            assert screens[0] == screens[1], (q, extra)


@pytest.mark.postgres
def test_postgresql_reads_a_longer_search_with_few_hits_from_their_ids_and_finds_what_sqlite_finds(
        pg_twin, demo_office, monkeypatch):
    """Three characters or more on PostgreSQL: at most so many cases hold the words (the rarest of their pairs'
    counts, ``case_search.hits_bound``), and where that is few a page near the top is read from the hits' ids
    (``Plan.IDS``: an array gathered first, then the cases by their primary key, sorted), else as PostgreSQL
    plans it (``Plan.SCAN``) — the same count, cases and first screens as SQLite's either way, under every
    filter and sort; and a count of the text alone reads ``case_search_text`` alone."""
    pg = pg_twin
    queries = [q for q in (*FIXED, *_drawn_queries(demo_office, 120, seed=47), "ABC", "Ab1", "ä有限", "%_有")
               if all(len(form) >= case_search.TRIGRAM for form in case_search.forms(case_search.words(q)))]
    assert len(queries) >= 40
    bounded = 0
    for q in queries:
        words = case_search.words(q)
        hits = pg.cases.count(CaseQuery(text=q))
        bound = pg.cases._hits_bound(words)
        assert bound is not None and bound[1] == pg.cases.count(CaseQuery()), q
        if all(ch.isascii() or ch.lower() == ch.upper() for ch in words):  # what the pairs' counts fold
            assert bound[0] >= hits, q
            bounded += bound[0] < 50
        for extra in ({}, {"open_only": True}, {"statuses": ("closed",)}):
            query = CaseQuery(text=q, sort=CaseSort.CASE_NO, **extra)
            expected = _case_nos(demo_office, _found(demo_office, query))
            assert pg.cases.count(query) == demo_office.cases.count(query) == len(expected), (q, extra)
            screens = []
            for cost, plan in ((0, Plan.IDS), (10**12, Plan.IDS if bound[0] == 0 else Plan.SCAN)):  # 0: no hit
                monkeypatch.setattr(cases_module, "_PG_IDS_HIT_COST", cost)
                assert pg.cases._plan(query, rows=50) is plan, (q, extra)
                assert pg.cases._plan(query, deep=True, rows=50) is Plan.SCAN  # deep pages and anchors: as before
                assert _case_nos(pg, _found(pg, query)) == expected, (q, extra, plan)
                screens.append([r.id for r in pg.cases.page(replace(query, sort=CaseSort.NEXT_DUE), 0, 50)])
            assert screens[0] == screens[1], (q, extra)
    assert bounded >= 5  # names, codes: rare words the bound knows to be rare
    # The ids first, then each case by its primary key (the index PostgreSQL would not pick for a few hundred
    # rows unless told to); and the count of a text alone never reads complaint_case.
    monkeypatch.setattr(cases_module, "_PG_IDS_HIT_COST", 0)
    sent = []
    event.listen(pg.db.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, parameters, context, many: sent.append(statement))
    pg.cases.count(CaseQuery(text="有限公司"))
    pg.cases.page(CaseQuery(text="有限公司"), 0, 50)
    count, page = [st for st in sent if "有限公司" in st][-2:]
    assert "complaint_case" not in count and "case_search_text" in count, count
    assert "any(array(" in page.lower() and "+ 0" in page, page
    with pg.db.read() as s:
        s.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(s.connection().exec_driver_sql("EXPLAIN " + page, {"page_offset": 0, "page_limit": 50})
                          .scalars())
    assert "InitPlan" in plan and "pk_complaint_case" in plan, plan


def test_the_trigram_index_part_leaves_out_trigrams_that_may_be_in_half_the_cases():
    """index_part: a trigram's cases are bounded by its rarer pair's; the stretch (inside one word) of
    trigrams all below half the cases, the fewest estimated candidates, else the form as it is."""
    every, most = 1000, 600
    holding = {"20": every, "02": every, "26": 700, "6-": 600, "-1": 200, "13": 190, "36": 90, "62": 340, "24": 310,
               "40": 240, "99": 5}
    assert case_search.index_part("2026-136240", holding, every) == "136240"  # the year's trigrams dropped
    assert case_search.index_part("2026-13", holding, every) == "2026-13"  # "13": no trigram left to look up
    assert case_search.index_part("136240", holding, every) == "136240"  # nothing common: as it is
    assert case_search.index_part("20202", holding, every) == "20202"  # all common: as it is
    # two stretches: the one with fewer candidates (a pair no case holds: none at all)
    assert case_search.index_part("1362-2026-999", holding, every) == "999"
    assert case_search.index_part("13620262413", {**holding, "13": most}, every) == "262413"
    assert case_search.index_part("ab", holding, every) == "ab" and case_search.index_part("abc", holding, 0) == "abc"
    assert case_search.pairs(["2026-1"]) == ["-1", "02", "20", "26", "6-"]


@pytest.mark.postgres
def test_postgresql_looks_up_only_the_selective_part_of_longer_words_and_finds_what_sqlite_finds(pg_twin, demo_office):
    """Three characters or more on PostgreSQL: the trigram index is asked only for the part of the words whose
    trigrams may be rare (by ``case_search_counts``), the whole words checked on its candidates — every
    case number holds its year, whose trigrams are in every case. The same cases and counts as SQLite, for
    many searches that take this path; and the index condition is the part, the words a filter."""
    pg = pg_twin
    with pg.db.read() as s:
        numbers = s.execute(select(Case.case_no).order_by(Case.id).limit(40)).scalars().all()
    queries = [q for q in (*FIXED, *numbers, *(n[-7:] for n in numbers), *_drawn_queries(demo_office, 150, seed=53),
                           "Hq8W", "ÄPFEL", "äpfel", "50%_off", "a%b a_b")
               if len(case_search.words(q)) >= case_search.TRIGRAM]
    narrowed = [q for q in queries if any(part != form for form, part in
                                          pg.cases._index_parts(case_search.words(q)).items())]
    assert len(narrowed) >= 40, narrowed
    for q in queries:
        for extra in ({}, {"open_only": True}):
            query = CaseQuery(text=q, sort=CaseSort.CASE_NO, **extra)
            expected = _case_nos(demo_office, _found(demo_office, query))
            assert _case_nos(pg, _found(pg, query)) == expected, (q, extra)
            assert pg.cases.count(query) == demo_office.cases.count(query) == len(expected), (q, extra)
    number = numbers[17]
    part = pg.cases._index_parts(number)[number]
    assert len(part) >= case_search.TRIGRAM and part != number and part in number
    plan = _pg_plan(pg, case_search.condition(number, "postgresql", index_parts={number: part}))
    index_cond = [line for line in plan.splitlines() if "Index Cond: (search_text" in line]
    assert index_cond and all(f"%{part}%" in line and number not in line for line in index_cond), plan
    assert f"strpos(search_text, '{number}'::text)" in plan, plan


def test_an_index_without_its_triggers_lags_and_the_check_says_so(demo_office):
    """Someone who drops a trigger gets an index that lags: the next write's case shows up as stale."""
    path = demo_office.target.sqlite_path
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER case_search_update")
    with demo_office.db.write() as s:
        case = s.execute(select(Case).order_by(Case.id).limit(1)).scalar_one()
        case.summary = "触发器被删之后"
    assert _stale_index(demo_office) == [case.id]
