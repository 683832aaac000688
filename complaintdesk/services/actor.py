"""Who is acting: the user on whose behalf a service method runs (written into every history event)."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from complaintdesk.store.models import User


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    display_name: str
    role: str

    @property
    def label(self) -> str:
        return f"{self.display_name}（{self.username}）"


# Work done by the program itself (seeding reference data, imports run by the installer).
SYSTEM = Actor(user_id=None, username="system", display_name="系统", role="admin")

# The command line's own actors: no user id, and a name that says who ran the command. Maintenance
# (init, backup, check, restore, user reset-password…) is done by whoever holds the database file, so
# it is recorded as such — never as an application user picked from the environment. A read-only
# command acts as a reader (an auditor's rights: any write it attempted would be refused).
CLI_MAINTENANCE_USERNAME = "cli-maintenance"
CLI_READER_USERNAME = "cli-reader"


def os_account() -> str:
    """The operating-system account running this process: on POSIX from the process's user id (not from
    ``LOGNAME``/``USER``, which anyone can set), elsewhere as ``getpass`` finds it."""
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError, AttributeError):
        try:
            return getpass.getuser()
        except Exception:  # noqa: BLE001 - getuser raises various errors when no login name can be found
            return "?"


def cli_maintenance(account: str | None = None) -> Actor:
    """The command line's administrator: maintenance commands, recorded with the OS account."""
    return Actor(user_id=None, username=CLI_MAINTENANCE_USERNAME,
                 display_name=f"命令行维护（操作系统账户 {account or os_account()}）", role="admin")


def cli_reader(account: str | None = None) -> Actor:
    """The command line's read-only commands (list, report, drafts, audit): read, never write."""
    return Actor(user_id=None, username=CLI_READER_USERNAME,
                 display_name=f"命令行查询（操作系统账户 {account or os_account()}）", role="auditor")


def actor_of(user: User) -> Actor:
    return Actor(user_id=user.id, username=user.username, display_name=user.display_name, role=user.role)
