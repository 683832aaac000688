"""Sign-in with lockout, password changes, and permissions enforced in the services (UI bypassed)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from complaintdesk.domain.calendar import DayKind, HolidayRow
from complaintdesk.domain.vocabulary import Role
from complaintdesk.services import auth
from complaintdesk.services.actor import SYSTEM
from complaintdesk.services.desk_types import (
    ActionInput,
    ClaimInput,
    EnterpriseInput,
    RegistrationInput,
    RespondentInput,
)
from complaintdesk.services.users import create_user
from complaintdesk.services.validation import ValidationError
from complaintdesk.store.models import Event, User
from tests.dates import TODAY

PASSWORD = "correct horse 1"


@pytest.fixture
def staffed(office):
    with office.db.write() as s:
        for username, role in (("officer1", "officer"), ("officer2", "officer"), ("boss", "supervisor"),
                               ("audit", "auditor"), ("root", "admin")):
            create_user(s, SYSTEM, username=username, display_name=username.title(), role=role, password=PASSWORD)
    return office


def _register(office):
    return office.registration.register(RegistrationInput(
        channel="phone", procedure="direct", category="arrears", summary="拖欠工程款",
        received_on=TODAY - timedelta(days=3), complainant=EnterpriseInput(name="甲公司"),
        respondent=RespondentInput(name="乙局", kind="state_organ")))


def test_login_and_lockout(staffed):
    actor = staffed.sign_in("officer1", PASSWORD)
    assert actor.role == "officer" and staffed.actor == actor
    for _ in range(auth.MAX_FAILURES - 1):
        with pytest.raises(auth.LoginFailed, match="用户名或密码错误") as err:
            staffed.sign_in("officer1", "nope")
        assert err.value.text.en == "wrong user name or password"
    with pytest.raises(auth.LoginFailed) as err:
        staffed.sign_in("officer1", "still wrong")
    assert "locked" in err.value.text.en
    with pytest.raises(auth.LoginFailed, match="分钟后再试"):
        staffed.sign_in("officer1", PASSWORD)  # even the right password waits out the lockout
    with staffed.db.write() as s:
        s.execute(update(User).where(User.username == "officer1").values(locked_until=None))
    assert staffed.sign_in("officer1", PASSWORD).username == "officer1"
    with pytest.raises(auth.LoginFailed) as err:
        staffed.sign_in("nobody", PASSWORD)
    assert err.value.text.en == "wrong user name or password"
    with staffed.db.read() as s:
        actions = s.execute(select(Event.action).where(Event.entity == "user", Event.action.like("login%"))).scalars().all()
    assert actions.count("login_failed") == auth.MAX_FAILURES and actions.count("login") == 2


def test_disabled_account_cannot_sign_in(staffed):
    with staffed.db.write() as s:
        s.execute(update(User).where(User.username == "officer2").values(active=False))
    with pytest.raises(auth.LoginFailed, match="停用"):
        staffed.sign_in("officer2", PASSWORD)


def test_change_password(staffed):
    actor = staffed.sign_in("officer1", PASSWORD)
    with pytest.raises(ValidationError) as err:
        auth.change_password(staffed.db, actor, "wrong", "a new secret 1")
    assert err.value.problems[0].field == "old_password"
    with pytest.raises(ValidationError):
        auth.change_password(staffed.db, actor, PASSWORD, "short")
    auth.change_password(staffed.db, actor, PASSWORD, "a new secret 1")
    assert staffed.sign_in("officer1", "a new secret 1").username == "officer1"


def test_roles_are_enforced_by_the_services(staffed):
    staffed.sign_in("officer1", PASSWORD)
    case = _register(staffed)  # officers register; the case is theirs
    case = staffed.actions.act(case.id, "accept", ActionInput(on=TODAY), case.version)
    case = staffed.actions.act(case.id, "start_handling", ActionInput(on=TODAY), case.version)
    case = staffed.actions.act(case.id, "request_extension", ActionInput(on=TODAY, days=10, reason="复杂"), case.version)
    with pytest.raises(auth.PermissionDenied):  # the workflow table says supervisors approve
        staffed.actions.act(case.id, "approve_extension", ActionInput(on=TODAY, reason="同意"), case.version)

    staffed.sign_in("officer2", PASSWORD)
    with pytest.raises(auth.PermissionDenied) as err:
        staffed.claims.add_claim(case.id, ClaimInput(amount_claimed=Decimal("10.00"), subject="goods"))
    assert "own cases" in err.value.text.en
    with pytest.raises(auth.PermissionDenied):
        staffed.schedules.save(2027, [HolidayRow(date(2027, 1, 1), DayKind.REST, "元旦")], "x")
    with staffed.db.write() as s, pytest.raises(auth.PermissionDenied):
        create_user(s, staffed.actor, username="intruder", display_name="X", role="admin", password=PASSWORD)

    staffed.sign_in("audit", PASSWORD)
    assert staffed.lookup.detail(case.id).case_no == case.case_no  # auditors read
    with pytest.raises(auth.PermissionDenied):
        _register(staffed)
    assert not any(a.enabled for a in staffed.lookup.detail(case.id).actions)

    staffed.sign_in("boss", PASSWORD)
    case = staffed.actions.act(case.id, "approve_extension", ActionInput(on=TODAY, reason="同意"), case.version)
    assert case.extensions[0].status == "approved" and case.extensions[0].decided_by == "Boss"


def test_permission_table_is_sane():
    assert all(auth.Permission.READ in grants for grants in auth.GRANTS.values())
    assert auth.GRANTS[Role.ADMIN] == frozenset(auth.Permission)
    assert auth.Permission.MANAGE_USERS not in auth.GRANTS[Role.SUPERVISOR]
