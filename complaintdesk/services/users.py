"""User accounts: creation with a hashed password, and who sits at this desk."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from complaintdesk.domain.names import normalize_name
from complaintdesk.domain.vocabulary import Role
from complaintdesk.messages import Message, Text
from complaintdesk.messages import auth as msg
from complaintdesk.security import hash_password, password_fingerprint, password_problem
from complaintdesk.services import history
from complaintdesk.services.actor import SYSTEM, Actor, actor_of
from complaintdesk.services.auth import Permission, require
from complaintdesk.services.errors import ServiceError
from complaintdesk.store.database import Database
from complaintdesk.store.models import User

USERNAME_RE = re.compile(r"^[A-Za-z0-9_.\-]{2,64}$")


class UserError(ServiceError):
    """Bad user data; ``field`` names the input the message belongs to."""

    def __init__(self, field: str, message: Message | Text, **params: Any):
        super().__init__(message, field=field, **params)


def create_user(session: Session, actor: Actor, *, username: str, display_name: str, role: str,
                password: str | None, one_time: bool = False) -> User:
    """A new account. A password given by someone else (an administrator in Settings, ``init``) is a
    one-time one (``one_time``): its user must replace it when first signing in."""
    require(actor, Permission.MANAGE_USERS)
    username = username.strip()
    if not USERNAME_RE.match(username):
        raise UserError("username", msg.USERNAME_FORMAT)
    display_name = normalize_name(display_name)  # no bidi overrides or zero-width characters: names are shown
    if not display_name or len(display_name) > 100:
        raise UserError("display_name", msg.DISPLAY_NAME_REQUIRED)
    try:
        role = Role(role).value
    except ValueError as exc:
        raise UserError("role", msg.UNKNOWN_ROLE, role=repr(role)) from exc
    if password is not None and (problem := password_problem(password)):
        raise UserError("password", problem)
    if session.execute(select(User.id).where(User.username == username)).first():
        raise UserError("username", msg.USERNAME_TAKEN, username=username)
    user = User(username=username, display_name=display_name, role=role,
                password_hash=hash_password(password) if password is not None else None,
                must_change_password=one_time and password is not None)
    session.add(user)
    session.flush()
    history.record(session, actor, entity="user", entity_id=user.id, action="user_created",
                   summary=f"新建用户 {display_name}（{username}），角色：{Role(role).label_zh}",
                   changes={"username": (None, username), "role": (None, role), "active": (None, user.active),
                            "password": (None, password_fingerprint(user.password_hash))})
    return user


def has_admin_with_password(db: Database) -> bool:
    """Whether an active administrator can sign in (if not, the desk asks for the first-run set-up)."""
    with db.read() as session:
        return _admin_with_password_exists(session)


def _admin_with_password_exists(session: Session) -> bool:
    return session.execute(
        select(User.id).where(User.role == Role.ADMIN.value, User.active.is_(True),
                              User.password_hash.is_not(None)).limit(1)
    ).first() is not None


def create_first_admin(db: Database, username: str, display_name: str, password: str) -> Actor:
    """First-run set-up: the office's first administrator with a password (refused once one exists).

    Nobody is signed in yet, so the account is created by the system; the event says it was the
    first-run set-up, and whoever did it is the administrator from now on.
    """
    if password is None or (problem := password_problem(password)):
        raise UserError("password", problem or msg.PASSWORD_MISSING)
    with db.write() as session:
        return actor_of(add_first_admin(session, username, display_name, password))


def add_first_admin(session: Session, username: str, display_name: str, password: str) -> User:
    """In the caller's write transaction: the first administrator, created by the system and recorded
    as the first-run set-up; refused (ServiceError) once an administrator who can sign in exists."""
    if _admin_with_password_exists(session):
        raise ServiceError(msg.ADMIN_EXISTS)
    # The person at the first start chose this password for themselves: it is not a one-time one.
    user = create_user(session, SYSTEM, username=username, display_name=display_name,
                       role=Role.ADMIN.value, password=password)
    history.record(session, SYSTEM, entity="user", entity_id=user.id, action="first_admin",
                   summary=f"首次使用设置管理员 {user.display_name}（{user.username}）")
    return user


def desk_user(session: Session) -> User | None:
    """Whom an office opened without a named actor acts as until someone signs in: the first active
    administrator. Never an account picked by the environment (``LOGNAME``/``USER``): the desktop app asks
    who is there before it shows anything, and the command line names its actor (``cli.py``)."""
    return session.execute(
        select(User).where(User.role == Role.ADMIN.value, User.active.is_(True)).order_by(User.id)
    ).scalar()
