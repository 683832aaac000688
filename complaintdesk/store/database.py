"""Engine and sessions: SQLite pragmas for durability, and a write transaction that locks first."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, DisconnectionError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from complaintdesk.config import DatabaseTarget
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


# The app's PostgreSQL sessions. A search counts its hits, up to every case: their bitmap must fit in
# work_mem to stay exact — at the default 4 MB a common character's hits among a million cases went lossy,
# and every row of a lossy page was matched again (5 s instead of 0.5 s). And the queries are short:
# compiling one (JIT, which PostgreSQL starts above a plan cost such a count passes) costs more than it
# saves. Options in the URL's own ``options`` come after these, so they win.
PG_SESSION_OPTIONS = "-c work_mem=32MB -c jit=off"


def pg_connect_args(url: str) -> dict:
    """What the app passes to psycopg when it connects (bench/run.py's baselines connect the same way)."""
    from sqlalchemy.engine import make_url

    theirs = make_url(url).query.get("options")
    return {"options": f"{PG_SESSION_OPTIONS} {theirs}" if theirs else PG_SESSION_OPTIONS}


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


class Database:
    """The one door to the database: short read sessions and locking write sessions."""

    def __init__(self, target: DatabaseTarget, engine: Engine | None = None):
        self.target = target
        self.engine = engine or create_db_engine(target)
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE") if target.is_sqlite else self.engine
        self._read = sessionmaker(self.engine, expire_on_commit=False, autoflush=False)
        self._write = sessionmaker(writer, expire_on_commit=False)

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
