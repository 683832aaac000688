"""A PostgreSQL connection without SQLAlchemy (the command line's letter): the same server, user and options
as the app's engine, and ``?`` statements as ``sqlite3`` takes them."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from complaintdesk.store import pg_plain


def test_a_psycopg_url_is_read_as_sqlalchemy_reads_it():
    for url in ("postgresql+psycopg://a:b%40c@host:5433/office?sslmode=require&options=-c+work_mem%3D8MB",
                "postgresql+psycopg://clerk@/office?host=/var/run/postgresql", "postgresql+psycopg://u@[::1]/d"):
        theirs = make_url(url)
        expected = {"user": theirs.username, "password": theirs.password, "host": theirs.host,
                    "port": str(theirs.port) if theirs.port else None, "dbname": theirs.database, **theirs.query}
        assert pg_plain.connect_params(url) == {k: v for k, v in expected.items() if v is not None}, url


def test_a_url_libpq_cannot_take_as_it_stands_is_left_to_the_orm():
    assert pg_plain.connect_params("postgresql+pg8000://a@host/office") is None  # another driver
    assert pg_plain.connect_params("sqlite:////tmp/office.sqlite") is None
    assert pg_plain.connect_params("postgresql+psycopg://a@host/office?no_such_parameter=1") is None
    assert pg_plain.connect_params("postgresql+psycopg://a@host/office?host=h1&host=h2") is None  # several hosts


@pytest.mark.postgres
def test_it_connects_with_the_engines_session_options_the_urls_own_last(pg_url):
    url = make_url(pg_url).update_query_dict({"options": "-c work_mem=8MB -c statement_timeout=4321"})
    db = pg_plain.connect(pg_plain.connect_params(url.render_as_string(hide_password=False)))
    try:
        assert db.execute("SHOW jit").fetchone()[0] == "off"  # the app's
        assert db.execute("SHOW work_mem").fetchone()[0] == "8MB"  # the URL's own wins
        assert db.execute("SHOW statement_timeout").fetchone()[0] == "4321ms"
        assert db.execute("SELECT ? || ?, '100%'", ("a", "b")).fetchone() == ("ab", "100%")
        assert not db.in_transaction
        db.execute("BEGIN")
        assert db.in_transaction
        db.execute("ROLLBACK")
    finally:
        db.close()
    plain = pg_plain.connect(pg_plain.connect_params(pg_url))
    try:
        assert plain.execute("SHOW work_mem").fetchone()[0] == "32MB"
    finally:
        plain.close()
