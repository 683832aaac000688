"""The case list's text search: "the case's search text contains these words", served by an index.

One meaning on every database — the search as it has always been on SQLite: LIKE '%words%' or
LIKE '%WORDS%' (the words upper-cased by Python, which knows every alphabet) over
``complaint_case.search_text`` (case number, both parties' names and credit codes, the transferring
body's number, the summary), LIKE matching ASCII letters case-insensitively and every other character
as typed — and an index on each (migration 0011):

- SQLite: ``case_search``, an FTS5 trigram table of ``lower(search_text)`` plus two newlines, kept
  in step by triggers. Three or more characters are a phrase query (consecutive trigrams: a
  substring); one or two are the OR of the index's own terms that begin with them (every character
  of the text begins a trigram, thanks to the newlines, which a query never holds). Both find exactly
  the cases LIKE finds: the text and the query are lower-cased the same way, ASCII only.
- PostgreSQL: three or more characters, LIKE (or, for Latin letters, ILIKE narrowed by a regular
  expression to ASCII-only case folding), which the pg_trgm GIN index serves; one or two, which have
  no trigram, through the GIN index of the text's characters, ASCII-lower-cased as the words are
  (``case_search_characters``, migration 0013): one character is found there alone, two there and
  then by LIKE on those rows. Before the index, PostgreSQL's case-sensitive LIKE missed "abc" in
  "ABC Ltd"; now both databases find the same cases. Both indexes are on ``case_search_text`` (migration
  0018: the text in a table of its own, written only when it changes), where the hits' ids are found; the
  cases are then read by id.

On SQLite the condition comes in three plans with the same result: ``LOOKUP`` reads the hits by id
(best for a few hundred hits), ``SCAN`` walks the list's sort index and keeps the rows that are hits
(best for many: a screen is found after a few hits' worth of rows), ``FILTER`` matches each row read
in the sort order with LIKE itself (best when most cases are hits and nothing else filters).

On PostgreSQL a search of one or two characters (one form: ``counted_gram``) is counted from
``case_search_counts`` (migration 0014: cases per gram and status, kept by triggers) — a sum over a few
rows, no case read — when nothing but the statuses filters, and its pages come in two plans chosen from
that count (CaseService._plan): ``LOOKUP`` finds the hits on the index of characters and sorts them (the
order's first column is written so that no index serves it), ``FILTER`` walks the list's sort index and
matches each row by ``strpos`` (which no index serves). PostgreSQL's planner cannot tell how many rows
LIKE '%县%' finds, so the service tells it. Any other search (three characters or more, another filter)
is planned by PostgreSQL as before (``SCAN``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from enum import Enum

from sqlalchemy import (
    ARRAY,
    Boolean,
    ColumnElement,
    CompoundSelect,
    Select,
    Text,
    and_,
    case,
    func,
    literal,
    literal_column,
    or_,
    select,
    union,
)

from complaintdesk.store.models import Case
from complaintdesk.store.search_index import (
    case_search,
    case_search_counts,
    case_search_terms,
    case_search_text,
)

# Lower-cases ASCII letters only, as SQLite's LIKE and lower() do (without ICU).
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_LAST_CHARACTER = "\U0010ffff"  # sorts after every character: "ab" + it bounds the terms that begin with "ab"
TRIGRAM = 3


class Plan(Enum):
    """How a SQLite search finds its rows (the same rows either way)."""

    LOOKUP = "lookup"  # the hits, read by id: cost grows with the hits
    SCAN = "scan"  # the sort index, kept where it is a hit: cost shrinks as the hits grow
    FILTER = "filter"  # no index: each row in the sort order matched, until a screen is full
    # PostgreSQL: the hits' ids gathered first (one array), then their cases by id and sorted — for a search
    # known to have few hits, where the planner, which cannot count a trigram LIKE's hits, might walk the
    # sort order testing each row instead (see CaseService._plan).
    IDS = "ids"


def words(text: str) -> str:
    """What is searched for: the text with its runs of white space made single spaces."""
    return " ".join(text.split())


def ascii_lower(text: str) -> str:
    return text.translate(_ASCII_LOWER)


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def forms(text: str) -> list[str]:
    """What ``text`` (already ``words()``) finds, lower-cased as the index is: the words, and the words
    upper-cased by Python (ASCII-lower-cased again: "äpfel" also finds "ÄPFEL", "ß" finds "SS")."""
    return list(dict.fromkeys((ascii_lower(text), ascii_lower(text.upper()))))


def _fts_query(folded: str):
    """The MATCH argument for these (lower-cased) words."""
    if len(folded) >= TRIGRAM:
        return literal('"' + folded.replace('"', '""') + '"')  # one phrase: nothing inside is syntax
    term = case_search_terms.c.term
    quoted = literal('"') + func.replace(term, '"', '""') + literal('"')
    # No term begins with them: the empty phrase, which matches nothing.
    return (select(func.coalesce(func.group_concat(quoted, " OR "), '""'))
            .where(term >= folded, term < folded + _LAST_CHARACTER).scalar_subquery())


def hits(text: str) -> Select | CompoundSelect:
    """SQLite: the ids of the cases whose search text contains ``text`` (already ``words()``)."""
    each = [select(case_search.c.rowid).where(case_search.c.text.match(_fts_query(form))) for form in forms(text)]
    return each[0] if len(each) == 1 else union(*each)


def hit_count(text: str) -> Select:
    """SQLite: how many cases' search text contains ``text`` — the index alone, no case row read."""
    return select(func.count()).select_from(hits(text).subquery())


def counted_gram(text: str) -> str | None:
    """PostgreSQL: the gram of ``case_search_counts`` whose cases are exactly the cases ``text`` (already
    ``words()``) finds — its one lower-cased form, of one or two characters — or None (longer words, or
    words with two forms: "ä" also finds "Ä", which no single gram counts)."""
    found = forms(text)
    return found[0] if len(found) == 1 and 0 < len(found[0]) < TRIGRAM else None


def gram_count(gram: str, statuses: tuple[str, ...] | None) -> Select:
    """PostgreSQL: (cases whose search text holds ``gram``, all cases), both among ``statuses`` (None: any)
    — from ``case_search_counts`` alone, a few rows by its key."""
    table, value = case_search_counts, _pg_value(gram)  # written into the statement, as every searched value
    stmt = select(func.coalesce(func.sum(case((table.c.gram == value, table.c.cases), else_=0)), 0),
                  func.coalesce(func.sum(case((table.c.gram == "", table.c.cases), else_=0)), 0))
    stmt = stmt.where(or_(table.c.gram == value, table.c.gram == ""))
    return stmt if statuses is None else stmt.where(table.c.status.in_(statuses))


# A trigram that may be in this share of the cases or more (by its rarer pair's count) narrows the index's
# candidates too little to be worth reading its posting list: "202" and "026" are in every case number of 2026.
_COMMON_SHARE = 0.5


def pairs(longer: Sequence[str]) -> list[str]:
    """The pairs of adjacent characters of ``longer`` (forms of three characters or more), whose counts
    ``index_part`` weighs."""
    return sorted({form[i:i + 2] for form in longer for i in range(len(form) - 1)})


def pair_counts(grams: Sequence[str]) -> Select:
    """PostgreSQL: (gram, cases whose search text holds it) for ``grams`` and '' (all cases), any status — from
    ``case_search_counts`` alone."""
    table = case_search_counts
    return (select(table.c.gram, func.sum(table.c.cases)).where(table.c.gram == func.any(_pg_value([*grams, ""],
                                                                                                     ARRAY(Text))))
            .group_by(table.c.gram))


def index_part(form: str, holding: Mapping[str, int], cases: int) -> str:
    """PostgreSQL: the part of ``form`` (three characters or more, lower-cased) that the trigram index should
    look up, ``holding`` the cases per pair of characters and ``cases`` all cases. pg_trgm keeps no count per
    trigram, but a trigram is in no more cases than the rarer of its two pairs. A trigram that may be in half
    the cases or more is common: its posting list is long and it narrows the candidates little (searching
    2026-136240 at 1,000,000 cases read 1,517 index pages for 4 candidates; its part 136240 122 pages for 13).
    The part is the stretch of the form, inside one word as pg_trgm splits words (letters and digits), whose
    trigrams are all not common, the one of the fewest estimated candidates (each trigram's bound share
    multiplied); the whole form when no trigram is common or no such stretch is three characters long."""
    if cases <= 0 or len(form) < TRIGRAM:
        return form

    def bound(i: int) -> int | None:  # the trigram at i: its cases at most; None: not one trigram of pg_trgm's
        tri = form[i:i + TRIGRAM]
        return min(holding.get(tri[:2], 0), holding.get(tri[1:], 0)) if all(ch.isalnum() for ch in tri) else None

    bounds = [bound(i) for i in range(len(form) - TRIGRAM + 1)]
    rare = [b is not None and b < cases * _COMMON_SHARE for b in bounds]
    if all(b is None or r for b, r in zip(bounds, rare, strict=True)):
        return form  # nothing common: the form as it is
    best, best_share, start = form, math.inf, None
    for i, is_rare in enumerate([*rare, False]):
        if is_rare and start is None:
            start = i
        elif not is_rare and start is not None:
            share = math.prod(bounds[j] / cases for j in range(start, i))
            if share < best_share:
                best, best_share = form[start:i + TRIGRAM - 1], share
            start = None
    return best


def hits_bound(form: str, holding: Mapping[str, int]) -> int:
    """PostgreSQL: about how many cases hold ``form`` at most (three characters or more, lower-cased as the
    search is), from ``holding``, the cases per pair of characters (``pair_counts`` of its ``pairs``): a case
    holds every pair of it, so no more cases than hold its rarest pair. (Only a plan is chosen by it: a
    search's rows are the same whatever it says.)"""
    return min(holding.get(form[i:i + 2], 0) for i in range(len(form) - 1))


def condition(text: str, dialect: str, plan: Plan = Plan.LOOKUP,
              index_parts: Mapping[str, str] | None = None) -> ColumnElement[bool]:
    """complaint_case rows whose search text contains ``text`` (already ``words()``, not empty).
    ``index_parts``: PostgreSQL, a form of three characters or more → the part of it the trigram index looks
    up (``index_part``); by default the whole form."""
    if dialect == "sqlite":
        if plan is Plan.FILTER:  # SQLite's LIKE folds ASCII letters: the lower-cased forms are the search
            return or_(*(Case.search_text.like(f"%{escape_like(form)}%", escape="\\") for form in forms(text)))
        # "+ 0" keeps SQLite from looking the hits up by id: it walks the sort order instead.
        key = Case.id if plan is Plan.LOOKUP else Case.id + literal_column("0")
        return key.in_(hits(text))
    if plan is Plan.FILTER:  # each row read in the list's order matched itself: an expression no index serves
        return or_(*(_pg_strpos(Case.search_text, form) for form in forms(text)))
    found = pg_hits(text, index_parts)
    if plan is Plan.IDS:  # an InitPlan: the ids first, then each case by its primary key
        return Case.id == func.any(func.array(found.scalar_subquery()))
    return Case.id.in_(found)


def pg_hits(text: str, index_parts: Mapping[str, str] | None = None) -> Select:
    """PostgreSQL: the ids of the cases whose search text contains ``text`` (already ``words()``, not empty),
    from ``case_search_text`` and its indexes alone (migration 0018: one row per case); ``index_parts`` as
    for ``condition``."""
    searched = case_search_text.c.search_text
    single = [form for form in forms(text) if len(form) == 1]
    # One character: the index of the text's characters (ASCII-lower-cased, as the forms are) alone.
    parts = [_pg_characters(searched).op("&&", return_type=Boolean)(_pg_value(single, ARRAY(Text)))] if single else []
    for form in forms(text):
        if len(form) == 2:  # the cases with both characters, from that index; then LIKE on those alone
            parts.append(and_(_pg_characters(searched).op("@>", return_type=Boolean)(_pg_value(list(form),
                                                                                               ARRAY(Text))),
                              _pg_contains(searched, form)))
        elif len(form) >= TRIGRAM:
            part = (index_parts or {}).get(form, form)
            # Only the selective part on the trigram index; the whole words checked on its few rows (strpos,
            # on no index): the same cases, as every case holding the words holds the part.
            parts.append(_pg_contains(searched, form) if part == form
                         else and_(_pg_contains(searched, part), _pg_strpos(searched, form)))
    return select(case_search_text.c.case_id).where(or_(*parts))


def _pg_strpos(searched: ColumnElement, form: str) -> ColumnElement[bool]:
    """PostgreSQL: the search text, its ASCII letters lower-cased when ``form`` has any, holds ``form``."""
    if any("a" <= ch <= "z" for ch in form):
        searched = func.translate(searched, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
    return func.strpos(searched, _pg_value(form)) > 0


def _pg_value(value, type_=None) -> ColumnElement:
    """A searched value, written into the statement PostgreSQL receives rather than sent as a parameter: how
    many cases it finds decides the plan (a few: the index, then sort; most: the list's order, filtered),
    and a prepared statement's generic plan, made once for any value, would pick one plan for all — 商贸
    took 0.4 s instead of 5 ms at 100,000 cases once psycopg had prepared the statement."""
    return literal(value, type_, literal_execute=True)


def _pg_characters(searched: ColumnElement) -> ColumnElement:
    """PostgreSQL: the search text's characters, ASCII letters lower-cased — the expression of the GIN
    index ``ix_case_search_characters`` (migrations 0013, 0018)."""
    return func.case_search_characters(searched, type_=ARRAY(Text))


def _pg_contains(searched: ColumnElement, form: str) -> ColumnElement[bool]:
    """PostgreSQL: the search text contains ``form`` (lower-cased), ASCII letters in either case. From
    three characters on, each part is one the trigram index serves: LIKE where there is no letter to fold
    (Chinese, digits), else ILIKE — which folds every alphabet, so it finds a few more — narrowed to the
    exact cases by a regular expression that accepts ASCII letters in either case and every other
    character only as it is."""
    pattern = _pg_value(f"%{escape_like(form)}%")
    if not any("a" <= ch <= "z" for ch in form):
        return searched.like(pattern, escape="\\")
    exact = "".join(f"[{ch}{ch.upper()}]" if "a" <= ch <= "z" else f"\\{ch}" if ch.isascii() and not ch.isalnum()
                    else ch for ch in form)  # ARE: a backslash before a non-alphanumeric is that character
    return and_(searched.ilike(pattern, escape="\\"), searched.regexp_match(_pg_value(exact)))
