"""Messages of the case lifecycle (domain.workflow): why an action is not possible now, for a tooltip or an error."""

from __future__ import annotations

from complaintdesk.messages.core import define

WRONG_STATUS = define(
    "workflow.wrong_status", "the case is “{status}”: {action} is not possible (only when: {allowed})",
    "案件处于“{status}”状态，不能{action}（仅限：{allowed}）")
ROLE_REQUIRED = define("workflow.role_required", "{action} is for: {roles}", "{action}须由{roles}操作")
CLOCK_STOPPED = define(
    "workflow.clock_stopped", "the clock is stopped: restart it before {action}", "计时已中止，请先恢复计时再{action}")
CLOCK_NOT_STOPPED = define("workflow.clock_not_stopped", "the clock is not stopped", "计时未中止")
NO_REVIEW = define("workflow.no_review", "this procedure provides no review", "该办理程序不设复查")
NO_PENDING_EXTENSION = define("workflow.no_pending_extension", "no extension request is waiting",
                              "没有待审批的延期申请")
INPUTS_MISSING = define("workflow.inputs_missing", "{action}: required input missing: {inputs}",
                        "{action}缺少必填项：{inputs}")
