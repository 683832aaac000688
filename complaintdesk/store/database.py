"""Engine and sessions: SQLite pragmas for durability, and a write transaction that locks first."""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import NamedTuple

from sqlalchemy import Connection, Engine, Select, create_engine, event
from sqlalchemy.exc import ArgumentError, DBAPIError, DisconnectionError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

# The app's PostgreSQL sessions' options, explained in config (the command line's letter connects with them
# too, without SQLAlchemy); importable from here as before.
from complaintdesk.config import PG_SESSION_OPTIONS as PG_SESSION_OPTIONS
from complaintdesk.config import DatabaseTarget, pg_session_options
from complaintdesk.errors import ConfigError
from complaintdesk.messages import store as msg
from complaintdesk.store.sqlite_file import (
    SQLITE_BUSY_TIMEOUT_MS,
    check_sqlite_location,
    configure_connection,
)


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # pysqlite's own transaction handling is switched off so that BEGIN is ours (see _on_begin);
        # the same pragmas as a connection without SQLAlchemy (a letter from the command line).
        configure_connection(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # A write transaction takes the write lock at BEGIN: two desks queue on the busy timeout
        # instead of failing with SQLITE_BUSY when a read lock would have to be upgraded.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        if mode:  # "": one statement, atomic on its own (Database.statement)
            conn.exec_driver_sql(f"BEGIN {mode}")


def pg_connect_args(url: str) -> dict:
    """What the app passes to psycopg when it connects (bench/run.py's baselines connect the same way)."""
    from sqlalchemy.engine import make_url

    return {"options": pg_session_options(make_url(url).query.get("options"))}


# A pooled PostgreSQL connection that has lain idle this long is checked alive before it is used: after a
# server restart or a dropped network the desk's next read gets a new connection instead of an error. One
# in steady use is not: a check is a round trip of its own, as long as a screen of the list's read itself.
PG_IDLE_CHECK_SECONDS = 30.0


def ping(dbapi_connection) -> None:
    """One round trip on a raw psycopg connection, leaving it as it was (idle, no transaction open)."""
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    dbapi_connection.rollback()


def _install_pg_idle_check(engine: Engine) -> None:
    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection, record):
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection, record, _proxy):
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < PG_IDLE_CHECK_SECONDS:
            return  # a new connection, or one just used
        try:
            ping(dbapi_connection)
        except Exception as exc:  # noqa: BLE001 - any failure means: not usable; the pool connects anew
            raise DisconnectionError(str(exc)) from exc


def create_db_engine(target: DatabaseTarget, *, check_location: bool = True) -> Engine:
    """An engine for the target, with SQLite pragmas installed; raises ConfigError in words."""
    if target.sqlite_path is not None and check_location:
        check_sqlite_location(target.sqlite_path)
    try:
        if target.is_sqlite:
            engine = create_engine(target.url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
            _install_sqlite_pragmas(engine)
        else:
            engine = create_engine(target.url, connect_args=pg_connect_args(target.url))
            _install_pg_idle_check(engine)
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise ConfigError(msg.BAD_URL, url=target.display(), reason=str(exc)) from exc
    except ModuleNotFoundError as exc:
        raise ConfigError(msg.MISSING_DRIVER, driver=exc.name) from exc
    return engine


class PlainForm(NamedTuple):
    """A read statement as psycopg takes it: its SQL (literal values and lists written out) and its parameters'
    values; ``given`` names the parameters a read supplies (``bindparam("page_limit")``: no value of its own)."""

    sql: str
    fixed: dict
    given: frozenset


def plain_form(stmt: Select, dialect) -> PlainForm | None:
    """``stmt`` compiled once for the driver itself, or None when SQLAlchemy would convert a parameter or a
    column on the way (a type with a processor) or a list parameter is left to the read: then only
    SQLAlchemy's own execution gives the same values."""
    compiled = stmt.compile(dialect=dialect)
    binds = compiled.binds
    if any(not b.literal_execute and b.type.dialect_impl(dialect).bind_processor(dialect) is not None
           for b in binds.values()) or any(b.required and b.expanding for b in binds.values()):
        return None
    if any(col.type.dialect_impl(dialect).result_processor(dialect, None) is not None
           for col in stmt.selected_columns):
        return None
    given = frozenset(name for name, b in binds.items() if b.required)
    state = compiled.construct_expanded_state(dict.fromkeys(given))
    return PlainForm(state.statement, dict(state.parameters), given)


# Which of our hooks each sessionmaker's own Session class already has, kept on weak keys so that an entry goes
# with its class. ``sqlalchemy.event.contains`` cannot answer this: it keys a class-level listener by ``id()`` of
# the class and keeps the key after the class is gone, so a new sessionmaker whose class is made at a freed
# class's address "contains" hooks it never had (SQLAlchemy 2.1.9; tests/store/test_session_hooks.py).
_HOOKED: weakref.WeakKeyDictionary[type, set[tuple[str, object]]] = weakref.WeakKeyDictionary()
_HOOKED_LOCK = threading.Lock()


def listen_once(sessions: sessionmaker, name: str, fn) -> None:
    """``event.listen(sessions, name, fn)`` unless this sessionmaker already has ``fn`` on ``name``."""
    with _HOOKED_LOCK:
        hooked = _HOOKED.setdefault(sessions.class_, set())
        if (name, fn) in hooked:
            return
        event.listen(sessions, name, fn)
        hooked.add((name, fn))


class Database:
    """The one door to the database: short read sessions and locking write sessions."""

    def __init__(self, target: DatabaseTarget, engine: Engine | None = None):
        self.target = target
        self.engine = engine or create_db_engine(target)
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE") if target.is_sqlite else self.engine
        self._read = sessionmaker(self.engine, expire_on_commit=False, autoflush=False)
        self._write = sessionmaker(writer, expire_on_commit=False)
        # PostgreSQL: the list's statements as psycopg takes them, compiled once each (Database.rows)
        self._plain: weakref.WeakKeyDictionary[Select, PlainForm | None] = weakref.WeakKeyDictionary()
        self._plain_lock = threading.Lock()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    @contextmanager
    def statement(self) -> Iterator[Connection]:
        """A Core connection for one read statement (the case list's count or page): a single
        SELECT sees one snapshot by itself, so the database is spared the BEGIN and ROLLBACK around it
        (on PostgreSQL two round trips, a third of the cost of a screen of the list)."""
        with self.engine.connect() as conn:
            conn.execution_options(**({"sqlite_begin": ""} if self.target.is_sqlite else
                                       {"isolation_level": "AUTOCOMMIT"}))
            yield conn

    def rows(self, stmt: Select, params: Mapping[str, object] | None = None) -> Sequence[tuple]:
        """All rows of one read statement, as ``statement()`` reads them (no transaction around it). On
        PostgreSQL a statement kept for reuse (the case list's) is sent by psycopg itself on a pooled
        connection: compiled once, its rows as psycopg makes them — the same values, as no type of it
        converts any (``plain_form``) — without SQLAlchemy's execution, result and connection objects,
        which cost as much as the statement's own round trip (≈ 0.2 ms of ≈ 0.35 ms measured)."""
        form = None if self.target.is_sqlite else self._plain_form(stmt)
        if form is None or (params and not form.given.issuperset(params)):
            with self.statement() as conn:
                return conn.execute(stmt, params or {}).all()
        return self._plain_rows(form, params)

    def _plain_form(self, stmt: Select) -> PlainForm | None:
        with self._plain_lock:
            if stmt in self._plain:
                return self._plain[stmt]
        form = plain_form(stmt, self.engine.dialect)
        with self._plain_lock:
            self._plain[stmt] = form
        return form

    def _plain_rows(self, form: PlainForm, params: Mapping[str, object] | None) -> list[tuple]:
        """One statement on a pooled connection switched to autocommit for it and back after it. A connection
        goes back to the pool only after a statement that succeeded, outside any transaction (psycopg refuses
        to leave autocommit inside one); after any error it is closed instead (the pool connects anew). The
        engine's ``before_cursor_execute`` listeners see the statement (with no SQLAlchemy connection or
        context: they observe it, they cannot rewrite it)."""
        fairy = self.engine.raw_connection()  # the pool's checkout: the idle connection's check above
        conn = fairy.driver_connection
        try:
            conn.autocommit = True
            values = {**form.fixed, **params} if params else form.fixed
            with conn.cursor() as cursor:
                for listener in self.engine.dispatch.before_cursor_execute:  # seen, as SQLAlchemy's (tests, bench)
                    listener(None, cursor, form.sql, values, None, False)
                rows = cursor.execute(form.sql, values).fetchall()
            conn.autocommit = False
        except self.engine.dialect.loaded_dbapi.Error as exc:
            fairy.invalidate(exc)
            raise DBAPIError.instance(form.sql, params, exc, self.engine.dialect.loaded_dbapi.Error,
                                      connection_invalidated=True, dialect=self.engine.dialect) from exc
        except BaseException as exc:  # an interrupt mid-statement: nor this connection
            fairy.invalidate(exc)
            raise
        finally:
            fairy.close()
        return rows

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any exception."""
        with self._write() as session, session.begin():
            yield session

    @property
    def write_sessions(self) -> sessionmaker:
        """The factory of write sessions, for services that hook every write transaction."""
        return self._write

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def dispose(self) -> None:
        self.engine.dispose()
