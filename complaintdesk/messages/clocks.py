"""Messages of a case's clocks: rounds, stops after the deadline, the review window, deciding extensions."""

from __future__ import annotations

from complaintdesk.messages.core import define

STOP_AFTER_DEADLINE = define(
    "clocks.stop_after_deadline",
    "the deadline ({due}) has passed: stopping the clock now would not revive it (a stop counts only on or "
    "before the deadline); note the awaited materials in the case instead",
    "该期限已于{due}届满：期满后中止计时不能使期限恢复（中止须在期限届满之日或之前），案件仍按逾期处理；"
    "如仍在等待补正材料，请在办理记录中注明")
REVIEW_WITHOUT_REPLY = define("clocks.review_without_reply", "there is no written reply to review yet",
                              "本案尚无书面答复，不能申请复查")
REVIEW_BEFORE_REPLY = define("clocks.review_before_reply",
                             "the review request cannot precede the written reply ({replied_on})",
                             "复查请求日期不能早于书面答复日期（{replied_on}）")
REVIEW_REQUEST_LATE = define(
    "clocks.review_request_late",
    "a review must be requested within {days} days of the written reply ({replied_on}), that is by {last_day}: "
    "this request is late. Record it only if the office decides to take it up anyway (record anyway)",
    "复查请求应自收到书面答复之日起{days}日内提出：书面答复日为{replied_on}，期限至{last_day}届满，本请求已逾期。"
    "如本机关决定仍予受理，请选择“仍予登记”")
OWN_EXTENSION = define("clocks.own_extension",
                       "nobody approves their own extension request: another supervisor must decide it",
                       "不能批准本人提出的延期申请，请由其他负责人审批")
