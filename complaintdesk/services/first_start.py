"""The first start of a real office: its first administrator and its identity, in one transaction.

A new office database knows neither who administers it nor whom its letters come from (the shipped
defaults are placeholders: 某某县工业和信息化局, X工信投字). The first-start set-up asks both and
saves them together — the administrator, then the six identity fields, each change on the record
in the administrator's name — or nothing at all.
"""

from __future__ import annotations

import dataclasses

from complaintdesk.domain.names import normalize_name
from complaintdesk.messages import auth as auth_msg
from complaintdesk.security import password_problem
from complaintdesk.services import users
from complaintdesk.services.actor import Actor, actor_of
from complaintdesk.services.settings import OfficeIdentity, identity_problems, write_office_values
from complaintdesk.services.validation import Problem, ValidationError
from complaintdesk.store.database import Database


def set_up_problems(username: str, display_name: str, password: str, identity: OfficeIdentity) -> list[Problem]:
    """Every problem of the set-up form at once, the account's then the identity's, without touching the
    database (a taken user name is found when saving): the set-up dialog shows them before it sends."""
    problems = []
    if not users.USERNAME_RE.match(username.strip()):
        problems.append(Problem("username", auth_msg.USERNAME_FORMAT()))
    name = normalize_name(display_name)
    if not name or len(name) > 100:
        problems.append(Problem("display_name", auth_msg.DISPLAY_NAME_REQUIRED()))
    if password is None or (problem := password_problem(password)):
        problems.append(Problem("password", problem or auth_msg.PASSWORD_MISSING()))
    return problems + list(identity_problems(identity))


def set_up_office(db: Database, *, username: str, display_name: str, password: str,
                  identity: OfficeIdentity) -> Actor:
    """Create the first administrator and save the office's identity, in one write transaction.

    Refused once an administrator who can sign in exists (ServiceError), and with every bad input
    named (ValidationError: ``username``, ``display_name``, ``password`` and the ``OfficeIdentity``
    field names; all six identity fields are required and none may stay a placeholder). Returns the
    new administrator, not yet signed in.
    """
    problems = set_up_problems(username, display_name, password, identity)
    if problems:
        raise ValidationError(problems)
    values = {field: value.strip() for field, value in dataclasses.asdict(identity).items()}
    with db.write() as session:
        try:
            user = users.add_first_admin(session, username, display_name, password)
        except users.UserError as exc:  # e.g. the user name is taken by an account without a password
            raise ValidationError([Problem(exc.field or "username", exc.text)]) from exc
        admin = actor_of(user)
        write_office_values(session, admin, values)
        return admin
