"""A PostgreSQL office's connection without SQLAlchemy: plain psycopg, spoken to as the letter's plain SQLite.

``services.quick_letter`` writes its statements once, for ``sqlite3`` (``?`` placeholders, ``execute`` on
the connection, ``BEGIN`` and ``COMMIT`` of its own). ``PlainPg`` takes the same calls to a psycopg
connection in autocommit mode — so that BEGIN is ours, as on SQLite — with the same session options as the
app's engine (``PG_SESSION_OPTIONS``). Importing psycopg is most of what this costs (≈ 0.1 s); SQLAlchemy
with the models would be 0.3 s more.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import psycopg
from psycopg.conninfo import make_conninfo

from complaintdesk.config import pg_session_options

# The one driver the app's URLs name (``postgresql+psycopg://``); another driver's URL opens with the ORM.
PSYCOPG_SCHEME = "postgresql+psycopg"


def connect_params(url: str) -> dict[str, str] | None:
    """psycopg's connection parameters of a ``postgresql+psycopg://`` URL, read as SQLAlchemy reads it (user and
    password percent-decoded, the query's parameters as ``+``-for-space form values, passed on to libpq), or
    None for any other URL and for one libpq could not take as it stands (a parameter repeated for several
    hosts, a parameter libpq does not know): the ORM's path opens those."""
    scheme, sep, rest = url.partition("://")
    if not sep or scheme.lower() != PSYCOPG_SCHEME:
        return None
    parts = urlsplit(f"//{rest}")
    query = parse_qsl(parts.query, keep_blank_values=True)
    try:
        port = parts.port
    except ValueError:
        return None
    named = {"user": parts.username, "password": parts.password, "host": parts.hostname,
             "dbname": parts.path[1:] or None}
    params = {key: unquote(value) for key, value in named.items() if value}
    if port is not None:
        params["port"] = str(port)
    if len({key for key, _ in query}) != len(query):
        return None
    params.update(query)
    try:
        make_conninfo(**params)
    except psycopg.ProgrammingError:
        return None
    return params


class PlainPg:
    """A psycopg connection answering ``execute(sql with ?, params)`` and ``in_transaction`` as ``sqlite3``
    does."""

    IntegrityError = psycopg.IntegrityError
    ProgrammingError = psycopg.ProgrammingError  # a table or column missing, among others

    def __init__(self, connection: psycopg.Connection):
        self.connection = connection
        self._statements: dict[str, str] = {}

    def execute(self, sql: str, params: Sequence[Any] = ()) -> psycopg.Cursor:
        statement = self._statements.get(sql)
        if statement is None:
            # Placeholders in psycopg's style; a literal % doubled (none of the letter's statements holds a
            # ? or a % inside a string literal: their values are parameters).
            statement = self._statements[sql] = sql.replace("%", "%%").replace("?", "%s")
        return self.connection.execute(statement, tuple(params))

    @property
    def in_transaction(self) -> bool:
        return self.connection.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    def close(self) -> None:
        self.connection.close()


def connect(params: dict[str, str]) -> PlainPg:
    """A connection as the app's engine makes one (``connect_params``): its session options before the URL's."""
    options = pg_session_options(params.get("options"))
    return PlainPg(psycopg.connect(make_conninfo(**{**params, "options": options}), autocommit=True))
