"""After an upgrade, stored records are brought up to the rules this version knows (services.upkeep), once,
each change recorded; a later opening finds nothing to do."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import select

from complaintdesk.domain.deadlines import INTERNAL_TARGET
from complaintdesk.services.office import Office
from complaintdesk.store.models import CaseDeadline, Event, ExtensionRequest

FROZEN = Path(__file__).resolve().parents[1] / "data" / "db_0008.sqlite"
STATUTE = "《保障中小企业款项支付条例》（2025年修订）第二十五条第二款：处理投诉部门应当自收到投诉之日起30日内作出处理"


def _office_of_an_earlier_version(tmp_path: Path) -> Path:
    """The release 0008 office, with what an earlier version stored wrongly: a payment complaint received in
    March 2025 whose running reply clock cites the 2025 text's limit, and a request left waiting on a closed
    case."""
    path = tmp_path / "office.sqlite"
    shutil.copy(FROZEN, path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE complaint_case SET procedure = 'payment_complaint', received_on = '2025-03-03' WHERE id = 31")
        db.execute("UPDATE case_deadline SET procedure = 'payment_complaint', trigger_on = '2025-03-03', basis = ? "
                   "WHERE case_id = 31 AND step = 'reply'", (STATUTE,))
        db.execute("INSERT INTO extension_request (case_id, step, days, reason, requested_on, status, created_at, "
                   "updated_at, version) VALUES (5, 'reply', 30, '情况复杂', '2025-02-01', 'requested', "
                   "'2025-02-01 08:00:00', '2025-02-01 08:00:00', 1)")
    return path


def _events(office: Office, action: str) -> list[Event]:
    with office.db.read() as s:
        return s.execute(select(Event).where(Event.action == action).order_by(Event.id)).scalars().all()


def test_an_upgrade_mends_what_earlier_versions_stored_and_records_it(tmp_path):
    path = _office_of_an_earlier_version(tmp_path)

    office = Office.open(str(path), daily_backup=False)
    try:
        with office.db.read() as s:
            clock = s.execute(select(CaseDeadline).where(CaseDeadline.case_id == 31,
                                                         CaseDeadline.step == "reply")).scalar_one()
            request = s.execute(select(ExtensionRequest).where(ExtensionRequest.case_id == 5,
                                                               ExtensionRequest.status != "approved")).scalar_one()
        # the 2020 text governs a complaint received before 2025-06-01: an internal target, no statute cited
        assert clock.basis.startswith(INTERNAL_TARGET) and "第二十五条" not in clock.basis
        assert any("内部时限" in line for line in office.lookup.detail(31).deadlines[0].explanation)
        [corrected] = _events(office, "deadline_basis_corrected")
        assert corrected.case_id == 31 and "2025-03-03" in corrected.summary and corrected.actor_name == "系统"
        # the request no supervisor could decide is withdrawn, with its event
        assert request.status == "withdrawn" and request.decision_comment.startswith("自动撤回")
        [withdrawn] = _events(office, "extension_withdrawn")
        assert withdrawn.case_id == 5
    finally:
        office.close()

    again = Office.open(str(path), daily_backup=False)  # no upgrade this time: nothing more is written
    try:
        assert len(_events(again, "deadline_basis_corrected")) == 1
        assert len(_events(again, "extension_withdrawn")) == 1
    finally:
        again.close()


def test_an_office_at_this_version_is_left_alone(tmp_path):
    path = tmp_path / "new.sqlite"
    office = Office.open(str(path), daily_backup=False)
    try:
        assert not _events(office, "deadline_basis_corrected") and not _events(office, "extension_withdrawn")
    finally:
        office.close()
