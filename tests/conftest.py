"""Test-wide setup: Qt offscreen, a private data folder per test, and SQLite/PostgreSQL databases."""

from __future__ import annotations

import os
import uuid

import pytest

from complaintdesk import clock
from tests.dates import TODAY

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Time is an input: the whole suite — and every subprocess it starts (the CLI, a second desk) — runs
# as of one fixed day, never the machine's date.
os.environ[clock.ENV_TODAY] = TODAY.isoformat()
clock.configure_from_environment()

PG_ENV = "COMPLAINTDESK_TEST_PG_URL"


@pytest.fixture(autouse=True)
def _fixed_today():
    """A test that moves the clock (``clock.fixed_today``) cannot leak its day into the next test."""
    yield
    if clock.today() != TODAY:
        clock.set_today(TODAY)


@pytest.fixture(scope="session", autouse=True)
def _session_data_dir(tmp_path_factory):
    """Module- and session-scoped fixtures are set up before each test's own data folder: they get one of the
    session's, never the real per-user folder (a module's office once wrote its key and anchor there)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COMPLAINTDESK_DATA_DIR", str(tmp_path_factory.mktemp("session-data")))
        # … nor the developer's own app settings (QSettings' INI files: window, filters, language), which an app
        # a test started, in this process or as a child, used to rewrite in ~/.config
        patch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("session-config")))
        patch.delenv("COMPLAINTDESK_DB", raising=False)
        yield


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """No test may touch the real per-user data folder or a $COMPLAINTDESK_DB of the developer."""
    monkeypatch.setenv("COMPLAINTDESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("COMPLAINTDESK_DB", raising=False)


def _pg_admin_url() -> str | None:
    return os.environ.get(PG_ENV) or None


@pytest.fixture
def pg_url():
    """A fresh, empty PostgreSQL database for one test (skipped without a server URL)."""
    admin = _pg_admin_url()
    if not admin:
        if os.environ.get("COMPLAINTDESK_REQUIRE_PG"):
            pytest.fail(f"COMPLAINTDESK_REQUIRE_PG is set but {PG_ENV} is not")
        pytest.skip(f"PostgreSQL tests need a server: set {PG_ENV} (CI does)")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"cd_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_location(request, tmp_path):
    """A database location as a user would type it: a SQLite file path, or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "office.sqlite")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def office(db_location):
    from complaintdesk.services.office import Office

    o = Office.open(db_location)
    yield o
    o.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """One demo database per test session (300 cases), copied by tests that need demo data.

    It is made with a data folder of its own (``data`` beside it), which keeps the history key that seals
    it and its anchor: ``copy_office`` gives a copy both, as a desk that holds the key would have them."""
    from complaintdesk.services.demo import generate
    from complaintdesk.services.office import Office

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    previous = os.environ.get("COMPLAINTDESK_DATA_DIR")
    os.environ["COMPLAINTDESK_DATA_DIR"] = str(path.parent / "data")
    try:
        office = Office.open(str(path))
        generate(office.db, cases=300, seed=7)
        office.close()
    finally:
        if previous is None:
            os.environ.pop("COMPLAINTDESK_DATA_DIR", None)
        else:
            os.environ["COMPLAINTDESK_DATA_DIR"] = previous
    return path


def copy_office(template, path) -> None:
    """Copy the demo template to ``path`` with what a desk holding its key has: the history key (and this
    desk's anchor) into the test's own data folder, and the anchor beside the file."""
    import shutil

    from complaintdesk.config import data_dir

    shutil.copy(template, path)
    shutil.copy(f"{template}.anchor", f"{path}.anchor")
    for folder in ("keys", "anchors"):
        source = template.parent / "data" / folder
        target = data_dir() / folder
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        for item in source.iterdir():
            shutil.copy(item, target / item.name)


@pytest.fixture
def demo_office(demo_template, tmp_path):
    from complaintdesk.services.office import Office

    path = tmp_path / "demo.sqlite"
    copy_office(demo_template, path)
    o = Office.open(str(path))
    yield o
    o.close()


def tampering_connection(path):
    """A raw sqlite3 connection of someone who drops the append-only triggers to edit the history."""
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER IF EXISTS event_no_update")
    conn.execute("DROP TRIGGER IF EXISTS event_no_delete")
    return conn
