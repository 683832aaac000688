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


# --- issue 15: one-time passwords, and nobody acting by the environment's say-so -----------------------------


def _one_time(office, username: str) -> bool:
    with office.db.read() as s:
        return s.execute(select(User.must_change_password).where(User.username == username)).scalar_one()


def test_a_password_an_administrator_sets_must_be_replaced_before_the_user_acts(staffed):
    # Given an administrator who resets an officer's password (after a lockout)
    with staffed.db.write() as s:
        s.execute(update(User).where(User.username == "officer1").values(failed_logins=3))
    root = staffed.sign_in("root", PASSWORD)
    with staffed.db.read() as s:
        officer_id = s.execute(select(User.id).where(User.username == "officer1")).scalar_one()
    auth.reset_password(staffed.db, root, officer_id, "one-time pass 1")
    assert _one_time(staffed, "officer1")

    # When the officer signs in with it, the office still acts as before: they are only waiting
    signed = staffed.sign_in("officer1", "one-time pass 1")
    assert signed.username == "officer1" and staffed.actor == root
    assert staffed.password_change_pending == signed

    # The new password follows the rules and is not the one-time password again
    with pytest.raises(ValidationError) as err:
        staffed.finish_sign_in("one-time pass 1")
    assert err.value.problems[0].field == "new_password" and "不能与旧密码相同" in err.value.problems[0].text.zh
    with pytest.raises(ValidationError):
        staffed.finish_sign_in("short")
    assert staffed.finish_sign_in("officer1's own 1") == signed

    assert staffed.actor == signed and staffed.signed_in and staffed.password_change_pending is None
    assert not _one_time(staffed, "officer1")
    with staffed.db.read() as s:
        events = s.execute(select(Event.actor_name, Event.action, Event.summary).where(Event.entity == "user")
                           .order_by(Event.id.desc()).limit(3)).all()
    assert [tuple(e) for e in events] == [
        ("Officer1", "password_changed", "更换一次性密码"),
        ("Officer1", "login", "登录（一次性密码，须先设新密码）"),
        ("Root", "password_reset", "重置 Officer1（officer1）的密码为一次性密码，登录时须更换")]
    assert staffed.sign_in("officer1", "officer1's own 1") == signed


def test_an_account_an_administrator_adds_starts_with_a_one_time_password(staffed):
    staffed.sign_in("root", PASSWORD)
    staffed.settings.add_user(username="newbie", display_name="新人", role="officer", password="first pass 1")
    assert _one_time(staffed, "newbie")
    staffed.sign_in("newbie", "first pass 1")
    assert staffed.actor.username == "root" and staffed.password_change_pending.username == "newbie"


def test_changing_ones_own_password_replaces_a_one_time_one(staffed):
    root = staffed.sign_in("root", PASSWORD)
    with staffed.db.read() as s:
        officer_id = s.execute(select(User.id).where(User.username == "officer2")).scalar_one()
    auth.reset_password(staffed.db, root, officer_id, "one-time pass 2")
    officer = staffed.sign_in("officer2", "one-time pass 2")
    auth.change_password(staffed.db, officer, "one-time pass 2", "officer2's own 2")
    assert not _one_time(staffed, "officer2")
    with pytest.raises(auth.ServiceError) as err:  # nothing one-time left to replace
        auth.replace_one_time_password(staffed.db, officer, "officer2's own 3")
    assert err.value.code == "auth.no_one_time_password"


def test_the_first_start_administrators_own_password_is_not_one_time(office):
    from complaintdesk.services.users import create_first_admin

    create_first_admin(office.db, "admin", "张建国", "county-office-2026")
    assert office.sign_in("admin", "county-office-2026").username == "admin" and office.signed_in
    assert office.password_change_pending is None


def test_the_environments_login_name_picks_nobody(staffed, monkeypatch):
    # An office opened without a named actor: the environment's login name is not who acts
    for variable in ("LOGNAME", "USER", "USERNAME", "LNAME"):
        monkeypatch.setenv(variable, "officer1")
    from complaintdesk.services.office import Office

    reopened = Office.open(staffed.target, daily_backup=False)
    try:
        assert reopened.actor.username == "root" and not reopened.signed_in  # the first administrator, not officer1
    finally:
        reopened.close()
