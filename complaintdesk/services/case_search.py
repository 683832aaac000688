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
  "ABC Ltd"; now both databases find the same cases.

On SQLite the condition comes in three plans with the same result: ``LOOKUP`` reads the hits by id
(best for a few hundred hits), ``SCAN`` walks the list's sort index and keeps the rows that are hits
(best for many: a screen is found after a few hits' worth of rows), ``FILTER`` matches each row read
in the sort order with LIKE itself (best when most cases are hits and nothing else filters).
"""

from __future__ import annotations

from enum import Enum

from sqlalchemy import (
    ARRAY,
    Boolean,
    ColumnElement,
    CompoundSelect,
    Select,
    Text,
    and_,
    func,
    literal,
    literal_column,
    or_,
    select,
    union,
)

from complaintdesk.store.models import Case
from complaintdesk.store.search_index import case_search, case_search_terms

# Lower-cases ASCII letters only, as SQLite's LIKE and lower() do (without ICU).
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_LAST_CHARACTER = "\U0010ffff"  # sorts after every character: "ab" + it bounds the terms that begin with "ab"
TRIGRAM = 3


class Plan(Enum):
    """How a SQLite search finds its rows (the same rows either way)."""

    LOOKUP = "lookup"  # the hits, read by id: cost grows with the hits
    SCAN = "scan"  # the sort index, kept where it is a hit: cost shrinks as the hits grow
    FILTER = "filter"  # no index: each row in the sort order matched, until a screen is full


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


def condition(text: str, dialect: str, plan: Plan = Plan.LOOKUP) -> ColumnElement[bool]:
    """complaint_case rows whose search text contains ``text`` (already ``words()``, not empty)."""
    if dialect == "sqlite":
        if plan is Plan.FILTER:  # SQLite's LIKE folds ASCII letters: the lower-cased forms are the search
            return or_(*(Case.search_text.like(f"%{escape_like(form)}%", escape="\\") for form in forms(text)))
        # "+ 0" keeps SQLite from looking the hits up by id: it walks the sort order instead.
        key = Case.id if plan is Plan.LOOKUP else Case.id + literal_column("0")
        return key.in_(hits(text))
    single = [form for form in forms(text) if len(form) == 1]
    # One character: the index of the text's characters (ASCII-lower-cased, as the forms are) alone.
    parts = [_pg_characters().op("&&", return_type=Boolean)(_pg_value(single, ARRAY(Text)))] if single else []
    for form in forms(text):
        if len(form) == 2:  # the cases with both characters, from that index; then LIKE on those alone
            parts.append(and_(_pg_characters().op("@>", return_type=Boolean)(_pg_value(list(form), ARRAY(Text))),
                              _pg_contains(form)))
        elif len(form) >= TRIGRAM:
            parts.append(_pg_contains(form))
    return or_(*parts)


def _pg_value(value, type_=None) -> ColumnElement:
    """A searched value, written into the statement PostgreSQL receives rather than sent as a parameter: how
    many cases it finds decides the plan (a few: the index, then sort; most: the list's order, filtered),
    and a prepared statement's generic plan, made once for any value, would pick one plan for all — 商贸
    took 0.4 s instead of 5 ms at 100,000 cases once psycopg had prepared the statement."""
    return literal(value, type_, literal_execute=True)


def _pg_characters() -> ColumnElement:
    """PostgreSQL: the search text's characters, ASCII letters lower-cased — the expression of the GIN
    index ``ix_case_search_characters`` (migration 0013)."""
    return func.case_search_characters(Case.search_text, type_=ARRAY(Text))


def _pg_contains(form: str) -> ColumnElement[bool]:
    """PostgreSQL: the search text contains ``form`` (lower-cased), ASCII letters in either case. From
    three characters on, each part is one the trigram index serves: LIKE where there is no letter to fold
    (Chinese, digits), else ILIKE — which folds every alphabet, so it finds a few more — narrowed to the
    exact cases by a regular expression that accepts ASCII letters in either case and every other
    character only as it is."""
    pattern = _pg_value(f"%{escape_like(form)}%")
    if not any("a" <= ch <= "z" for ch in form):
        return Case.search_text.like(pattern, escape="\\")
    exact = "".join(f"[{ch}{ch.upper()}]" if "a" <= ch <= "z" else f"\\{ch}" if ch.isascii() and not ch.isalnum()
                    else ch for ch in form)  # ARE: a backslash before a non-alphanumeric is that character
    return and_(Case.search_text.ilike(pattern, escape="\\"), Case.search_text.regexp_match(_pg_value(exact)))
