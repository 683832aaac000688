"""First-run set-up of the administrator: once only, with a password that follows the rules, on the record."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from complaintdesk.services.auth import login
from complaintdesk.services.errors import ServiceError
from complaintdesk.store.models import Event


def test_the_first_administrator_is_created_once(office):
    assert not office.accounts.has_admin_with_password()

    actor = office.accounts.create_first_admin("admin", "张建国", "county-office-2026")

    assert (actor.username, actor.role) == ("admin", "admin")
    assert office.accounts.has_admin_with_password()
    assert login(office.db, "admin", "county-office-2026") == actor
    with office.db.read() as session:
        assert "first_admin" in [e.action for e in session.execute(select(Event)).scalars()]
    with pytest.raises(ServiceError, match="已有管理员"):
        office.accounts.create_first_admin("admin2", "李四", "another-password")


def test_a_weak_password_is_refused_on_its_field(office):
    with pytest.raises(ServiceError) as refused:
        office.accounts.create_first_admin("admin", "张建国", "short")

    assert refused.value.field == "password"
    assert not office.accounts.has_admin_with_password()
