"""Where ComplaintDesk keeps its data and which database it opens; no Qt, no SQLAlchemy."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

# APP_NAME is defined with the version (the window needs no config to start); importable from here as before.
from complaintdesk import APP_NAME as APP_NAME
from complaintdesk.errors import ConfigError as ConfigError  # raised here; importable from here as before
from complaintdesk.messages import store as msg
from complaintdesk.private_files import make_private_dir

ENV_DB = "COMPLAINTDESK_DB"
ENV_DATA_DIR = "COMPLAINTDESK_DATA_DIR"
DB_FILENAME = "complaintdesk.sqlite"

# The app's PostgreSQL sessions (store.database's engine, store.pg_plain's letter). A search counts its hits,
# up to every case: their bitmap must fit in work_mem to stay exact — at the default 4 MB a common
# character's hits among a million cases went lossy, and every row of a lossy page was matched again (5 s
# instead of 0.5 s). And the queries are short: compiling one (JIT, which PostgreSQL starts above a plan cost
# such a count passes) costs more than it saves. Options in the URL's own ``options`` come after these, so
# they win.
PG_SESSION_OPTIONS = "-c work_mem=32MB -c jit=off"


def pg_session_options(theirs: str | None) -> str:
    """libpq's ``options`` for a connection of the app: ours, then the URL's own (``theirs``), which win."""
    return f"{PG_SESSION_OPTIONS} {theirs}" if theirs else PG_SESSION_OPTIONS


def data_dir() -> Path:
    """The per-user data folder (``COMPLAINTDESK_DATA_DIR`` overrides the platform default)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    # Imported here, not at start-up: the window is shown before any data is read.
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def private_data_dir() -> Path:
    """The per-user data folder, created if need be: 0700 on POSIX (it holds the history keys, the anchors
    and, by default, the office file itself)."""
    return make_private_dir(data_dir())


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def backup_dir_for(db_path: Path) -> Path:
    """Backups of a SQLite file live next to it, in ``backups/``."""
    return db_path.parent / "backups"


@dataclass(frozen=True)
class DatabaseTarget:
    """The database the user asked for: a SQLAlchemy URL, plus the file path when it is SQLite."""

    url: str
    sqlite_path: Path | None

    @property
    def is_sqlite(self) -> bool:
        return self.sqlite_path is not None

    def display(self) -> str:
        """A location safe to show: the file path, or the URL without its password."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        head, sep, tail = self.url.partition("://")
        if "@" in tail:
            creds, _, host = tail.rpartition("@")
            user = creds.split(":", 1)[0]
            return f"{head}{sep}{user}:***@{host}" if ":" in creds else self.url
        return self.url


def resolve_database(value: str | None = None) -> DatabaseTarget:
    """Turn ``--db`` (a URL or a plain file path), ``$COMPLAINTDESK_DB`` or the default into a target."""
    raw = value if value not in (None, "") else os.environ.get(ENV_DB) or None
    if raw is None:
        path = default_db_path()
        return DatabaseTarget(f"sqlite:///{path}", path)
    raw = raw.strip()
    if not raw:
        raise ConfigError(msg.LOCATION_EMPTY)
    if "://" not in raw:
        if raw.startswith("sqlite:"):
            raise ConfigError(msg.MALFORMED_URL, url=repr(raw))
        path = Path(raw).expanduser().resolve()
        return DatabaseTarget(f"sqlite:///{path}", path)
    scheme = raw.split("://", 1)[0].lower()
    if scheme.startswith("sqlite"):
        rest = raw.split("://", 1)[1]
        if rest in ("", "/") or rest.startswith("/:memory:") or rest == ":memory:":
            raise ConfigError(msg.IN_MEMORY)
        if not rest.startswith("/"):
            raise ConfigError(msg.MALFORMED_URL, url=repr(raw))
        path = Path(rest[1:]).expanduser().resolve()
        return DatabaseTarget(f"sqlite:///{path}", path)
    if scheme.startswith("postgresql"):
        if scheme == "postgresql":
            raw = "postgresql+psycopg://" + raw.split("://", 1)[1]
        return DatabaseTarget(raw, None)
    raise ConfigError(msg.UNSUPPORTED_KIND, scheme=scheme)
