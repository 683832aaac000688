"""The acting user's own account: first-run set-up of the administrator, and changing one's password."""

from __future__ import annotations

from collections.abc import Callable

from complaintdesk.services import auth, users
from complaintdesk.services.actor import Actor
from complaintdesk.store.database import Database


class AccountService:
    """Built by ``Office``: the database, and who is acting now (a getter: the office may sign someone else in)."""

    def __init__(self, db: Database, actor: Callable[[], Actor]):
        self._db = db
        self._actor = actor

    def has_admin_with_password(self) -> bool:
        """Whether an active administrator can sign in (if not, the desk asks for the first-run set-up)."""
        return users.has_admin_with_password(self._db)

    def create_first_admin(self, username: str, display_name: str, password: str) -> Actor:
        """First-run set-up: the office's first administrator (refused once one exists)."""
        return users.create_first_admin(self._db, username, display_name, password)

    def change_own_password(self, old: str, new: str) -> None:
        """The signed-in user's password (the old one is checked, the new one must follow the rules)."""
        auth.change_password(self._db, self._actor(), old, new)
