"""Messages of the history's replay against the tables (services.replay): what differs, and the baseline."""

from __future__ import annotations

from complaintdesk.messages.core import define

# Who or what a finding is about.
WHAT_CASE = define("replay.what_case", "case {case_no}", "案件 {case_no}")
WHAT_CLAIM = define("replay.what_claim", "claim #{id} of case {case_no}", "案件 {case_no} 的欠款 #{id}")
WHAT_PAYMENT = define("replay.what_payment", "payment #{id} (claim #{claim_id}, case {case_no})",
                      "还款 #{id}（欠款 #{claim_id}，案件 {case_no}）")
WHAT_USER = define("replay.what_user", "user {username}", "用户 {username}")
WHAT_CLAIM_ONLY = define("replay.what_claim_only", "claim #{id}", "欠款 #{id}")
WHAT_PAYMENT_ONLY = define("replay.what_payment_only", "payment #{id}", "还款 #{id}")
WHAT_UNKNOWN = define("replay.what_unknown", "{entity} #{id}", "{entity} #{id}")

# The fields the replay follows.
FIELD_STATUS = define("replay.field_status", "status", "状态")
FIELD_OUTCOME = define("replay.field_outcome", "outcome", "办结结果")
FIELD_CLOSED_ON = define("replay.field_closed_on", "closing date", "办结日期")
FIELD_HANDLER = define("replay.field_handler", "handler (user id)", "经办人（用户编号）")
FIELD_CASE = define("replay.field_case", "case (id)", "所属案件（编号）")
FIELD_AMOUNT_CLAIMED = define("replay.field_amount_claimed", "amount claimed", "欠款金额")
FIELD_AMOUNT_CONFIRMED = define("replay.field_amount_confirmed", "amount confirmed", "确认金额")
FIELD_AMOUNT_DISPUTED = define("replay.field_amount_disputed", "amount disputed", "争议金额")
FIELD_AMOUNT_PAID = define("replay.field_amount_paid", "amount paid", "已还金额")
FIELD_CLAIM = define("replay.field_claim", "claim (id)", "所属欠款（编号）")
FIELD_AMOUNT = define("replay.field_amount", "amount", "金额")
FIELD_PAID_ON = define("replay.field_paid_on", "payment date", "还款日期")
FIELD_ROLE = define("replay.field_role", "role", "角色")
FIELD_ACTIVE = define("replay.field_active", "active", "启用")
FIELD_PASSWORD = define("replay.field_password", "password (fingerprint)", "密码（指纹）")

# The findings.
FIELD_DIFFERS = define(
    "replay.field_differs",
    "{what}: {field} is {table} in the table, the history last recorded {recorded} (event #{event})",
    "{what}：数据表中{field}为 {table}，历史记录最后记载为 {recorded}（事件 #{event}）")
NO_CREATION = define("replay.no_creation", "{what} is in the table but has no creation event in the history",
                     "{what}在数据表中，但历史记录中没有其创建事件")
ROW_DELETED = define("replay.row_deleted",
                     "{what} is missing from the table, but its creation is in the history (event #{event})",
                     "{what}已不在数据表中，但历史记录中有其创建事件（事件 #{event}）")
ROW_GONE_SINCE_BASELINE = define(
    "replay.row_gone_since_baseline",
    "{what} is missing from the table, but it was there when the history's baseline was taken (event #{event})",
    "{what}已不在数据表中，但记录历史核对起点时它还在（事件 #{event}）")
BASELINE_CHANGED = define(
    "replay.baseline_changed",
    "{what}: {field} is {value} in the table, not what the baseline took from the tables (event #{event}), "
    "and no event changed it since",
    "{what}：数据表中{field}为 {value}，与核对起点（事件 #{event}）取自数据表的数值不同，其间没有任何历史记录")
BASELINE_CHANGED_BEFORE = define(
    "replay.baseline_changed_before",
    "{what}: {field} was {value} before event #{later}, not what the baseline took from the tables (event #{event}): "
    "it was changed in between without an event",
    "{what}：事件 #{later} 之前{field}为 {value}，与核对起点（事件 #{event}）取自数据表的数值不同，其间的改动没有历史记录")
BASELINE_NOTE = define(
    "replay.baseline_note",
    "{count} values not recorded by earlier versions were taken from the tables as of event #{event} ({when}), "
    "when this version first opened the office",
    "{count} 项早期版本未记载的数值取自本版本首次打开本单位数据时的数据表（截至事件 #{event}，{when}）")
BASELINE_SUMMARY = define(
    "replay.baseline_summary",
    "start of the history's replay: {rows} rows fingerprinted, {count} values taken from the tables",
    "历史记录核对起点：登记 {rows} 行数据指纹，其中 {count} 项数值取自数据表")
COPIES_REFRESHED = define("replay.copies_refreshed", "copied columns recomputed by the integrity check",
                          "完整性检查重新计算了案件派生列")
