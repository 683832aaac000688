"""The approvals queue: officers' extension requests, approved or returned by a supervisor, recorded in the history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from complaintdesk.services.actor import actor_of
from complaintdesk.services.case_query import CaseQuery
from complaintdesk.services.desk_types import ActionInput
from complaintdesk.services.office import Office
from complaintdesk.store.models import User
from tests.dates import TODAY
from tests.ui.helpers import LOAD_TIMEOUT_MS, wait_until_loaded


def request_extension(path, reason: str = "需要委托审计核对结算金额") -> int:
    """An officer asks for 15 more days on one of their open cases; the case id."""
    office = Office.open(str(path), daily_backup=False)
    try:
        for row in office.cases.page(CaseQuery(open_only=True, statuses=("in_handling",)), 0, 300):
            detail = office.lookup.detail(row.id)
            state = next((a for a in detail.actions if a.action == "request_extension"), None)
            if detail.handler_id is None or state is None:
                continue
            with office.db.read() as s:
                office.actor = actor_of(s.get(User, detail.handler_id))
            detail = office.lookup.detail(row.id)
            if not next(a for a in detail.actions if a.action == "request_extension").enabled:
                continue
            office.actions.act(row.id, "request_extension", ActionInput(on=TODAY, days=15, reason=reason),
                            detail.version)
            return row.id
    finally:
        office.close()
    raise AssertionError("no demo case can ask for an extension")


@pytest.fixture
def case_id(demo_db_path):
    return request_extension(demo_db_path)


@pytest.fixture
def window(open_window, demo_db_path, case_id):
    return open_window(str(demo_db_path))


@pytest.fixture
def queue(qtbot, window):
    page = window.tools.show_approvals()
    assert page is not None, "the desk acts as the office's administrator: it may approve"
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() > 0, timeout=LOAD_TIMEOUT_MS)
    return page


def pending(office, case_id):
    return [x for x in office.lookup.detail(case_id).extensions if x.status == "requested"]


def test_the_queue_lists_each_waiting_request(window, queue, case_id):
    office = window.office
    waiting = office.cases.page(CaseQuery(awaiting_approval=True), 0, 100)

    assert [p.case_no for p in queue.model.rows()] == [r.case_no for r in waiting]
    [item] = [p for p in queue.model.rows() if p.case_id == case_id]
    assert (item.days, item.reason) == (15, "需要委托审计核对结算金额")
    tabs = window.ui.case_tab_widget
    assert tabs.tabText(tabs.indexOf(queue)) == f"延期审批（{len(waiting)}）"


def test_approving_from_the_queue_extends_the_deadline_and_records_it(qtbot, window, queue, case_id):
    office = window.office
    before = office.lookup.detail(case_id)
    [asked] = pending(office, case_id)
    assert queue.select_case(case_id)

    with qtbot.waitSignal(queue.decided, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(queue.ui.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not queue.loading, timeout=LOAD_TIMEOUT_MS)

    after = office.lookup.detail(case_id)
    decided = next(x for x in after.extensions if x.id == asked.id)
    assert decided.status == "approved" and decided.decided_on == TODAY
    assert after.next_due_on > before.next_due_on
    assert after.events[-1].summary == "批准延长办理期限 15 日"
    assert case_id not in [p.case_id for p in queue.model.rows()]
    assert "已批准" in queue.ui.count_label.text()
    wait_until_loaded(qtbot, window.model)


def test_returning_needs_a_comment_and_records_it(qtbot, window, queue, case_id):
    office = window.office
    assert queue.select_case(case_id)

    qtbot.mouseClick(queue.ui.return_button, Qt.MouseButton.LeftButton)

    assert queue.ui.error_label.isVisible() and "退回理由" in queue.ui.error_label.text()
    assert len(pending(office, case_id)) == 1  # nothing sent

    qtbot.keyClicks(queue.ui.comment_plain_text_edit, "Audit first")
    with qtbot.waitSignal(queue.decided, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(queue.ui.return_button, Qt.MouseButton.LeftButton)

    [returned] = [x for x in office.lookup.detail(case_id).extensions if x.status == "returned"]
    assert returned.comment == "Audit first"
    assert office.lookup.detail(case_id).events[-1].summary == "退回延期申请：Audit first"
    qtbot.waitUntil(lambda: not queue.loading, timeout=LOAD_TIMEOUT_MS)


def test_officers_get_no_queue(open_window, demo_db_path, case_id):
    window = open_window(str(demo_db_path), "wanglh")  # an officer of the demo office
    assert window.office.actor.role == "officer"

    tabs = window.ui.case_tab_widget
    assert window.tools.approvals is None or tabs.indexOf(window.tools.approvals) < 0
    assert not window.tools.approvals_action.isVisible()
    assert window.tools.show_approvals() is None
    assert tabs.indexOf(window.tools.dashboard) == 1  # the dashboard is everyone's


def _reply_as_handler(path, case_id: int) -> None:
    """The case's officer, at another desk, writes the reply while the request waits in the queue."""
    office = Office.open(str(path), daily_backup=False)
    try:
        detail = office.lookup.detail(case_id)
        with office.db.read() as s:
            office.actor = actor_of(s.get(User, detail.handler_id))
        detail = office.lookup.detail(case_id)
        office.actions.act(case_id, "reply", ActionInput(on=TODAY, note="已书面答复"), detail.version)
    finally:
        office.close()


def test_a_request_the_reply_made_moot_leaves_the_queue_instead_of_jamming_it(qtbot, window, queue, case_id,
                                                                              demo_db_path):
    # Given a request waiting in the supervisor's queue, when the officer replies at another desk
    assert queue.select_case(case_id)
    _reply_as_handler(demo_db_path, case_id)

    # then approving the row still on screen does not jam: the supervisor is told, nothing is approved
    qtbot.mouseClick(queue.ui.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not queue.busy and queue.ui.error_label.isVisible(), timeout=LOAD_TIMEOUT_MS)
    assert "已被" in queue.ui.error_label.text() and "重新载入" in queue.ui.error_label.text()
    office = window.office
    [request] = office.lookup.detail(case_id).extensions
    assert request.status == "withdrawn"
    assert not pending(office, case_id)
    withdrawn = [e for e in office.lookup.detail(case_id).events if e.action == "extension_withdrawn"]
    assert len(withdrawn) == 1 and "自动撤回" in withdrawn[0].summary

    # and once the queue is loaded again the request is gone from it and from the dashboard's count
    queue.refresh()
    qtbot.waitUntil(lambda: not queue.loading, timeout=LOAD_TIMEOUT_MS)
    assert case_id not in [p.case_id for p in queue.model.rows()]
    awaiting = office.cases.count(CaseQuery(awaiting_approval=True))
    assert office.statistics.dashboard().awaiting_approval.value == awaiting == queue.model.rowCount()
