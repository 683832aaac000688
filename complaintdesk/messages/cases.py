"""Messages of the officer's desk: registering a case, its lifecycle actions, locking and attachments."""

from __future__ import annotations

from complaintdesk.messages.core import define

# --- names of the fields, for the common validation messages (validation.REQUIRED, TOO_LONG…) -----

NAME_COMPLAINANT = define("cases.name_complainant", "the complainant's name", "投诉企业名称")
NAME_RESPONDENT = define("cases.name_respondent", "the respondent's name", "被投诉单位名称")
NAME_TOWNSHIP = define("cases.name_township", "township", "乡镇（街道）")
NAME_ADDRESS = define("cases.name_address", "address", "地址")
NAME_CONTACT_PERSON = define("cases.name_contact_person", "contact person", "联系人")
NAME_PHONE = define("cases.name_phone", "phone", "联系电话")
NAME_REVENUE = define("cases.name_revenue", "revenue", "营业收入")
NAME_ASSETS = define("cases.name_assets", "assets", "资产总额")
NAME_SUMMARY = define("cases.name_summary", "the summary", "投诉事项")
NAME_DEMANDS = define("cases.name_demands", "the demands", "投诉请求")
NAME_SOURCE_REF = define("cases.name_source_ref", "the source reference", "来文编号")
NAME_RECEIVED_ON = define("cases.name_received_on", "the received date", "收件日期")
# The inputs of a lifecycle action (Chinese as domain.workflow.INPUT_LABELS).
NAME_ON = define("cases.name_on", "the date", "日期")
NAME_REASON = define("cases.name_reason", "the reason", "理由")
NAME_DEPARTMENT = define("cases.name_department", "the department", "接收部门")
NAME_DAYS = define("cases.name_days", "the number of days", "延长天数")
NAME_NOTE = define("cases.name_note", "the note", "内容")
NAME_OUTCOME = define("cases.name_outcome", "the outcome", "办结结果")
NAME_SATISFACTION = define("cases.name_satisfaction", "the satisfaction", "满意度")

# --- dates ---------------------------------------------------------------------------------------

DATE_IN_FUTURE = define("cases.date_in_future", "{name} cannot be in the future", "{name}不能晚于今天")
DATE_BEFORE_2000 = define("cases.date_before_2000", "{name} cannot be before 2000", "{name}不能早于2000年")
DATE_BEFORE = define("cases.date_before", "{name} cannot be before {other} ({day})", "{name}不能早于{other}（{day}）")

# --- registration --------------------------------------------------------------------------------

PHONE_MALFORMED = define("cases.phone_malformed", "the phone number is malformed", "联系电话格式不正确")
USCC_INVALID = define("cases.uscc_invalid", "invalid unified social credit code: {problem}", "{problem}")
USCC_TAKEN_BY_ENTERPRISE = define(
    "cases.uscc_taken_by_enterprise",
    "this credit code is already registered as {other!r}: pick the existing enterprise",
    "该信用代码已登记为“{other}”，请从已有企业中选择")
USCC_TAKEN_BY_RESPONDENT = define(
    "cases.uscc_taken_by_respondent",
    "this credit code is already registered as {other!r}: pick the existing respondent",
    "该信用代码已登记为“{other}”，请从已有单位中选择")
UNKNOWN_INDUSTRY = define("cases.unknown_industry", "unknown industry", "未知行业")
EMPLOYEES_RANGE = define("cases.employees_range", "employees must be 0 to 10,000,000",
                         "从业人员数应在 0 到 10,000,000 之间")
FIGURE_RANGE = define("cases.figure_range", "{name} must be 0 to 1e9 (10,000 yuan), 2 decimals",
                      "{name}应为 0 到 10亿万元之间、最多两位小数的数")
CHOOSE_RESPONDENT_KIND = define("cases.choose_respondent_kind", "choose the respondent's kind", "请选择被投诉单位类型")
ENTERPRISE_NOT_FOUND = define("cases.enterprise_not_found", "the chosen enterprise does not exist", "所选企业不存在")
CHOOSE_COMPLAINANT = define("cases.choose_complainant", "choose or enter the complainant", "请选择或填写投诉企业")
RESPONDENT_NOT_FOUND = define("cases.respondent_not_found", "the chosen respondent does not exist", "所选单位不存在")
CHOOSE_RESPONDENT = define("cases.choose_respondent", "choose or enter the respondent", "请选择或填写被投诉单位")
CHOOSE_CHANNEL = define("cases.choose_channel", "choose the channel", "请选择投诉渠道")
CHOOSE_CATEGORY = define("cases.choose_category", "choose the category", "请选择投诉类别")
CHOOSE_PROCEDURE = define("cases.choose_procedure", "choose the procedure", "请选择办理程序")
HANDLER_UNAVAILABLE = define("cases.handler_unavailable", "the handler does not exist or is inactive",
                             "承办人不存在或已停用")
POSSIBLE_DUPLICATES = define("cases.possible_duplicates",
                             "open cases with the same complainant and respondent exist: {case_nos}",
                             "已有相同投诉人和被投诉人的在办案件：{case_nos}")

# --- the case and its version --------------------------------------------------------------------

CASE_NOT_FOUND = define("cases.case_not_found", "case {case_id} does not exist", "案件不存在（编号 {case_id}）")
CASE_CHANGED = define("cases.case_changed", "case {case_no} was changed by {who} at {when}: reload, then try again",
                      "案件 {case_no} 已被 {who} 于 {when} 修改，请重新载入后再操作")
SOMEONE_ELSE = define("cases.someone_else", "another user", "其他用户")

# --- lifecycle actions ---------------------------------------------------------------------------

UNKNOWN_ACTION = define("cases.unknown_action", "unknown action or role: {error}", "未知操作或角色：{error}")
# Why the workflow refuses an action: domain.workflow words it (in Chinese) for the tooltip and the error.
ACTION_REFUSED = define("cases.action_refused", "{reason}", "{reason}")
ACTION_NOT_PERMITTED = define("cases.action_not_permitted", "{action}: not permitted", "{action}：无权操作")
NO_CLOCK_TO_STOP = define("cases.no_clock_to_stop", "no running clock can be stopped", "当前没有可以中止的期限")
STOP_BEFORE_START = define("cases.stop_before_start",
                           "the stop date cannot precede the start of the clock or the last restart",
                           "中止日期不能早于计时起点或上次恢复计时的日期")
RESTART_BEFORE_STOP = define("cases.restart_before_stop", "the restart date cannot precede the stop date ({day})",
                             "恢复日期不能早于中止日期（{day}）")
NOT_EXTENDABLE = define("cases.not_extendable", "the running clock cannot be extended", "当前期限不允许延长")
EXTENSION_DAYS_POSITIVE = define("cases.extension_days_positive",
                                 "the extension must be a positive number of days", "延长天数应为正整数")
EXTENSION_OVER_CAP = define("cases.extension_over_cap", "extensions may total at most {cap} days ({used} already)",
                            "延长合计不能超过{cap}日（已申请或批准{used}日）")
NO_PENDING_EXTENSION = define("cases.no_pending_extension", "no extension request is waiting", "没有待审批的延期申请")
CHOOSE_OUTCOME = define("cases.choose_outcome", "choose the outcome", "请选择办结结果")
CHOOSE_SATISFACTION = define("cases.choose_satisfaction", "choose the satisfaction", "请选择满意度")

# --- attachments ---------------------------------------------------------------------------------

CHOOSE_ATTACHMENT_KIND = define("cases.choose_attachment_kind", "choose the attachment kind", "请选择附件类型")
NO_EXTENSION = define("cases.no_extension", "no extension", "无扩展名")
UNSUPPORTED_FILE_TYPE = define("cases.unsupported_file_type", "unsupported file type {suffix!r}",
                               "不支持的文件类型“{suffix}”（可用：PDF、图片、Word/Excel/WPS、OFD、TXT）")
FILE_TOO_LARGE = define("cases.file_too_large", "the file is too large ({size_mb} MB, limit {limit_mb} MB)",
                        "文件过大（{size_mb} MB，上限 {limit_mb} MB）")
CANNOT_READ_FILE = define("cases.cannot_read_file", "cannot read the file: {error}", "无法读取文件：{error}")
CONTENT_MISMATCH = define("cases.content_mismatch", "the file's content does not match its extension",
                          "文件内容与扩展名不符")
NOT_PLAIN_TEXT = define("cases.not_plain_text",
                        "the file is not plain text (UTF-8 or GB18030, without NUL characters): attach it as what it is",
                        "文件不是纯文本（UTF-8 或 GB18030 编码、不含 NUL 字符），请按其实际格式添加")
NOT_OFFICE_PACKAGE = define("cases.not_office_package",
                            "the file is not a {kind} document: its package lacks {part} (a renamed zip or another "
                            "format)",
                            "文件不是{kind}文档：其中缺少 {part}（可能是改了扩展名的压缩包或其他格式）")
UNSAFE_PACKAGE = define("cases.unsafe_package",
                        "the file contains XML declarations that documents never use (a DTD or entities): not attached",
                        "文件含有文档不会使用的 XML 声明（DTD 或实体），不予添加")
FILE_EMPTY = define("cases.file_empty", "the file is empty", "文件是空的")
ATTACHMENT_NOT_FOUND = define("cases.attachment_not_found", "the attachment does not exist", "附件不存在")
ATTACHMENT_DAMAGED = define("cases.attachment_damaged", "the attachment is damaged (hash mismatch)",
                            "附件内容已损坏（哈希不符）")
RECORD_CHANGED = define("cases.record_changed",
                        "another desk changed this record at the same moment: reload, then try again",
                        "该记录刚被其他用户同时修改，请重新载入后再操作")

# --- searching the case list ------------------------------------------------------------------------

SEARCH_TOO_LONG = define("cases.search_too_long",
                         "The search text is {length} characters long: search for at most {max_chars}",
                         "搜索内容长 {length} 个字符，最多可搜索 {max_chars} 个字符")
SEARCH_CONTROL_CHARACTERS = define("cases.search_control_characters",
                                   "The search text contains control characters (such as NUL): type it again",
                                   "搜索内容含有控制字符（如 NUL），请重新输入")
