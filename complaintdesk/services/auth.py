"""Signing in and out of the office: password check with lockout, password changes, permissions."""

from __future__ import annotations

from sqlalchemy import select

from complaintdesk.messages import auth as msg
from complaintdesk.security import hash_password, password_fingerprint, password_problem, verify_password
from complaintdesk.services import history
from complaintdesk.services.actor import Actor, actor_of
from complaintdesk.services.errors import ServiceError
from complaintdesk.services.login_rules import (
    LOCKOUT,
    MAX_FAILURES,
    Account,
    LoginFailed,
    SignedIn,
    decide,
    plausible_name,
)

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


def _account(user: User) -> Account:
    return Account(user_id=user.id, username=user.username, display_name=user.display_name, role=user.role,
                   active=user.active, password_hash=user.password_hash, failed_logins=user.failed_logins,
                   locked_until=user.locked_until, must_change_password=user.must_change_password)


def sign_in(db: Database, username: str, password: str) -> SignedIn:
    """Who a correct password belongs to, and whether their password is a one-time one they must replace
    first; five wrong tries lock the account for 15 minutes (``login_rules.decide``). LoginFailed otherwise."""
    with db.write() as s:  # a failed attempt is committed too: the count and the record must survive
        name = username.strip()
        user = s.execute(select(User).where(User.username == name)).scalar() if plausible_name(name) else None
        verdict = decide(_account(user) if user is not None else None, password, utcnow())
        for column, value in verdict.changes.items():
            setattr(user, column, value)
        if verdict.event is not None:
            action, summary = verdict.event
            history.record(s, actor_of(user), entity="user", entity_id=user.id, action=action, summary=summary)
        if verdict.refusal is None:
            return SignedIn(actor_of(user), user.must_change_password)
    raise LoginFailed(verdict.refusal)


def login(db: Database, username: str, password: str) -> Actor:
    """The actor for a correct password (``sign_in`` without the one-time-password flag)."""
    return sign_in(db, username, password).actor


def _new_password_problems(new: str) -> Collector:
    c = Collector()
    if problem := password_problem(new):
        c.add("new_password", problem)
    return c


def change_password(db: Database, actor: Actor, old: str, new: str) -> None:
    """The user's own password, the old one checked; a one-time password is thereby replaced."""
    c = _new_password_problems(new)
    if old == new:
        c.add("new_password", msg.PASSWORD_UNCHANGED)
    c.raise_if_any()
    with db.write() as s:
        user = s.get(User, actor.user_id) if actor.user_id else None
        if user is None or not verify_password(old, user.password_hash):
            c.add("old_password", msg.PASSWORD_WRONG)
            c.raise_if_any()
        one_time = user.must_change_password
        changes = _new_hash(user, new)
        user.must_change_password = False
        history.record(s, actor, entity="user", entity_id=user.id, action="password_changed",
                       summary="更换一次性密码" if one_time else "修改密码",
                       changes={**changes, "must_change_password": (True, False)} if one_time else changes)


def replace_one_time_password(db: Database, actor: Actor, new: str) -> None:
    """Right after signing in with a one-time password (given by an administrator): the user's own new
    password, before anything else. Refused when the account has no one-time password (ServiceError),
    when the new password breaks the rules or is the one-time password again (ValidationError)."""
    c = _new_password_problems(new)
    c.raise_if_any()
    with db.write() as s:
        user = s.get(User, actor.user_id) if actor.user_id else None
        if user is None or not user.must_change_password:
            raise ServiceError(msg.NO_ONE_TIME_PASSWORD)
        if verify_password(new, user.password_hash):
            c.add("new_password", msg.PASSWORD_UNCHANGED)
            c.raise_if_any()
        changes = _new_hash(user, new)
        user.must_change_password = False
        history.record(s, actor, entity="user", entity_id=user.id, action="password_changed",
                       summary="更换一次性密码", changes={**changes, "must_change_password": (True, False)})


def reset_password(db: Database, actor: Actor, user_id: int, new: str) -> None:
    """An administrator sets another user's password (and lifts a lockout): a one-time password, which
    its user must replace when next signing in."""
    require(actor, Permission.MANAGE_USERS)
    _new_password_problems(new).raise_if_any()
    with db.write() as s:
        user = s.get(User, user_id)
        if user is None:
            raise ServiceError(msg.NO_SUCH_USER)
        _reset(s, actor, user, new)


def reset_password_of(db: Database, actor: Actor, username: str, new: str) -> Actor:
    """``reset_password`` for the account named ``username`` (the command line's ``user reset-password``)."""
    require(actor, Permission.MANAGE_USERS)
    _new_password_problems(new).raise_if_any()
    with db.write() as s:
        user = s.execute(select(User).where(User.username == username.strip())).scalar()
        if user is None:
            raise ServiceError(msg.NO_SUCH_USER)
        _reset(s, actor, user, new)
        return actor_of(user)


def _reset(s, actor: Actor, user: User, new: str) -> None:
    before = (user.failed_logins, user.locked_until is not None, user.must_change_password)
    password = _new_hash(user, new)
    user.failed_logins, user.locked_until = 0, None
    user.must_change_password = True
    history.record(s, actor, entity="user", entity_id=user.id, action="password_reset",
                   summary=f"重置 {user.display_name}（{user.username}）的密码为一次性密码，登录时须更换"
                           + ("，解除锁定" if before[1] else ""),
                   changes={**password, "must_change_password": (before[2], True), "failed_logins": (before[0], 0)})


def _new_hash(user: User, new: str) -> dict[str, tuple[str | None, str | None]]:
    """Give ``user`` the password ``new``; what the history records of it (services.replay): the old and new
    fingerprints (``security.password_fingerprint``), never the hash itself."""
    old = password_fingerprint(user.password_hash)
    user.password_hash = hash_password(new)
    return {"password": (old, password_fingerprint(user.password_hash))}


__all__ = [
    "GRANTS", "LOCKOUT", "MAX_FAILURES", "PERMISSION_LABELS", "LoginFailed", "Permission", "PermissionDenied",
    "SignedIn", "allows", "case_access_refusal", "change_password", "login", "replace_one_time_password", "require",
    "require_case_access", "reset_password", "reset_password_of", "sign_in",
]
