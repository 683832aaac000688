"""Nobody approves their own extension request (issue 15), whichever way the decision comes: the approvals
page's worker (``approvals_page.decide``, the path of its Approve button) goes through the same service check
as the case view's action dialog (``CaseActions.act``)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from complaintdesk.services.auth import PermissionDenied
from complaintdesk.store.models import ExtensionRequest
from complaintdesk.ui.approvals_page import decide, load_queue
from tests.services.test_clock_rounds import PASSWORD, _act, _handled, staffed  # noqa: F401 - the fixture

ASKED_ON = date(2026, 3, 20)


def _status(office) -> str:
    with office.db.read() as s:
        return s.execute(select(ExtensionRequest.status)).scalar_one()


def test_the_approvals_page_cannot_approve_ones_own_request(staffed):  # noqa: F811 - the fixture
    office = staffed
    # Given a supervisor who handles a case and asks for more time
    office.sign_in("boss", PASSWORD)
    case = _handled(office, "payment_complaint", date(2026, 3, 2), date(2026, 3, 3))
    _act(office, case, "request_extension", ASKED_ON, days=30, reason="情况复杂")

    # When the same supervisor approves it from the approvals page
    _total, [item] = load_queue(office)
    with pytest.raises(PermissionDenied) as refused:
        decide(office, item, True, "同意", date(2026, 3, 21))

    # Then it is refused in words and the request still waits; another supervisor may approve it
    assert refused.value.code == "clocks.own_extension" and _status(office) == "requested"
    office.sign_in("chief", PASSWORD)
    _total, [item] = load_queue(office)
    decided = decide(office, item, True, "同意", date(2026, 3, 21))
    assert decided.extensions[0].status == "approved" and decided.extensions[0].decided_by == "Chief"
