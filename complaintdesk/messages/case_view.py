"""Messages of a case as it is shown: notes on its deadlines."""

from __future__ import annotations

from complaintdesk.messages.core import define

NEXT_DEADLINE_PROVISIONAL = define(
    "case_view.next_deadline_provisional",
    "The next deadline falls in a year whose holidays have not been entered yet: it is provisional",
    "下一期限涉及尚未录入节假日安排的年份，结果为暂定")
