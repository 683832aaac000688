"""The sign-in decision, without the database: a password checked against an account as stored, the
lockout, and what is written and recorded — one rule for ``auth.sign_in`` (ORM) and for the command
line's letter path over plain SQLite (``quick_letter``), which must not import SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from complaintdesk.messages import Text
from complaintdesk.messages import auth as msg
from complaintdesk.security import hash_password, verify_password
from complaintdesk.services.actor import Actor
from complaintdesk.services.errors import ServiceError

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)


class LoginFailed(ServiceError):
    """Wrong user name or password, or a locked or disabled account (the message never says which name exists)."""


@dataclass(frozen=True)
class Account:
    """A user account as stored, as far as signing in is concerned."""

    user_id: int
    username: str
    display_name: str
    role: str
    active: bool
    password_hash: str | None
    failed_logins: int
    locked_until: datetime | None
    must_change_password: bool = False

    @property
    def actor(self) -> Actor:
        return Actor(user_id=self.user_id, username=self.username, display_name=self.display_name, role=self.role)


@dataclass(frozen=True)
class Verdict:
    """What one attempt comes to: a refusal (None: signed in), the account's columns to write, and the
    event to record in the account's name (action, summary), if any."""

    refusal: Text | None
    changes: dict[str, Any] = field(default_factory=dict)
    event: tuple[str, str] | None = None


@dataclass(frozen=True)
class SignedIn:
    """A correct password: who it is, and whether they must choose a new password before anything else."""

    actor: Actor
    must_change_password: bool


_dummy: list[str] = []


def _dummy_hash() -> str:
    """A real scrypt hash to check unknown names against, so that they cost as much as known ones."""
    if not _dummy:
        _dummy.append(hash_password("no-such-user-password"))
    return _dummy[0]


def plausible_name(name: str) -> bool:
    """A name an account can have: control characters or a pasted page are not even looked up."""
    return 0 < len(name) <= 64 and not any(ord(ch) < 32 or ord(ch) == 127 for ch in name)


def decide(account: Account | None, password: str, now: datetime) -> Verdict:
    """The verdict on ``password`` for ``account`` (None: no such name) at ``now``; five wrong tries in a
    row lock the account for 15 minutes."""
    if account is None:
        verify_password(password, _dummy_hash())  # same work either way: timing tells nothing
        return Verdict(msg.LOGIN_WRONG())
    if not account.active:
        return Verdict(msg.LOGIN_DISABLED())
    if account.locked_until is not None and account.locked_until > now:
        minutes = int((account.locked_until - now).total_seconds() // 60) + 1
        return Verdict(msg.LOGIN_LOCKED(minutes=minutes))
    if not verify_password(password, account.password_hash):
        failures = account.failed_logins + 1
        summary = f"登录失败（第 {failures} 次）"
        if failures >= MAX_FAILURES:
            return Verdict(msg.LOGIN_NOW_LOCKED(), {"failed_logins": 0, "locked_until": now + LOCKOUT},
                           ("login_failed", summary + "，账户锁定15分钟"))
        return Verdict(msg.LOGIN_WRONG(), {"failed_logins": failures}, ("login_failed", summary))
    summary = "登录（一次性密码，须先设新密码）" if account.must_change_password else "登录"
    return Verdict(None, {"failed_logins": 0, "locked_until": None, "last_login_at": now}, ("login", summary))
