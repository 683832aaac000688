"""Signing in and out of the office: password check with lockout, password changes, permissions."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from complaintdesk.messages import Text
from complaintdesk.messages import auth as msg
from complaintdesk.security import hash_password, password_problem, verify_password
from complaintdesk.services import history
from complaintdesk.services.actor import Actor, actor_of
from complaintdesk.services.errors import ServiceError

# Who may do what: in services.permissions (no SQLAlchemy, a letter from the command line checks it
# too); importable from here as before.
from complaintdesk.services.permissions import (
    GRANTS,
    PERMISSION_LABELS,
    Permission,
    PermissionDenied,
    allows,
    case_access_refusal,
    require,
    require_case_access,
)
from complaintdesk.services.validation import Collector
from complaintdesk.store.database import Database
from complaintdesk.store.models import User
from complaintdesk.store.types import utcnow

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)


class LoginFailed(ServiceError):
    """Wrong user name or password, or a locked or disabled account (the message never says which name exists)."""


_dummy: list[str] = []


def _dummy_hash() -> str:
    """A real scrypt hash to check unknown names against, so that they cost as much as known ones."""
    if not _dummy:
        _dummy.append(hash_password("no-such-user-password"))
    return _dummy[0]


def login(db: Database, username: str, password: str) -> Actor:
    """The actor for a correct password; five wrong tries lock the account for 15 minutes."""
    failed = msg.LOGIN_WRONG()
    refusal: Text | None = None
    with db.write() as s:  # a failed attempt is committed too: the count and the record must survive
        name = username.strip()
        # A name no account can have (control characters, a pasted page) is not even looked up.
        plausible = 0 < len(name) <= 64 and not any(ord(ch) < 32 or ord(ch) == 127 for ch in name)
        user = s.execute(select(User).where(User.username == name)).scalar() if plausible else None
        now = utcnow()
        if user is None:
            verify_password(password, _dummy_hash())  # same work either way: timing tells nothing
            refusal = failed
        elif not user.active:
            refusal = msg.LOGIN_DISABLED()
        elif user.locked_until is not None and user.locked_until > now:
            minutes = int((user.locked_until - now).total_seconds() // 60) + 1
            refusal = msg.LOGIN_LOCKED(minutes=minutes)
        elif not verify_password(password, user.password_hash):
            user.failed_logins += 1
            summary = f"登录失败（第 {user.failed_logins} 次）"
            refusal = failed
            if user.failed_logins >= MAX_FAILURES:
                user.locked_until, user.failed_logins = now + LOCKOUT, 0
                summary += "，账户锁定15分钟"
                refusal = msg.LOGIN_NOW_LOCKED()
            history.record(s, actor_of(user), entity="user", entity_id=user.id, action="login_failed", summary=summary)
        else:
            user.failed_logins, user.locked_until, user.last_login_at = 0, None, now
            history.record(s, actor_of(user), entity="user", entity_id=user.id, action="login", summary="登录")
            return actor_of(user)
    raise LoginFailed(refusal)


def change_password(db: Database, actor: Actor, old: str, new: str) -> None:
    c = Collector()
    if problem := password_problem(new):
        c.add("new_password", problem)
    if old == new:
        c.add("new_password", msg.PASSWORD_UNCHANGED)
    c.raise_if_any()
    with db.write() as s:
        user = s.get(User, actor.user_id) if actor.user_id else None
        if user is None or not verify_password(old, user.password_hash):
            c.add("old_password", msg.PASSWORD_WRONG)
            c.raise_if_any()
        user.password_hash = hash_password(new)
        history.record(s, actor, entity="user", entity_id=user.id, action="password_changed", summary="修改密码")


def reset_password(db: Database, actor: Actor, user_id: int, new: str) -> None:
    """An administrator sets another user's password (and lifts a lockout)."""
    require(actor, Permission.MANAGE_USERS)
    if problem := password_problem(new):
        c = Collector()
        c.add("new_password", problem)
        c.raise_if_any()
    with db.write() as s:
        user = s.get(User, user_id)
        if user is None:
            raise ServiceError(msg.NO_SUCH_USER)
        user.password_hash, user.failed_logins, user.locked_until = hash_password(new), 0, None
        history.record(s, actor, entity="user", entity_id=user.id, action="password_reset",
                       summary=f"管理员重置 {user.display_name} 的密码")


__all__ = [
    "GRANTS", "LOCKOUT", "MAX_FAILURES", "PERMISSION_LABELS", "LoginFailed", "Permission", "PermissionDenied",
    "allows", "case_access_refusal", "change_password", "login", "require", "require_case_access",
    "reset_password",
]
