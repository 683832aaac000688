"""Messages of entering a year's official holiday schedule."""

from __future__ import annotations

from complaintdesk.messages.core import define

CANNOT_READ_FILE = define("schedules.cannot_read_file", "cannot read {path}: {reason}", "无法读取文件 {path}：{reason}")
NOT_UTF8 = define("schedules.not_utf8", "{path} is not UTF-8 text", "文件 {path} 不是 UTF-8 文本")
BAD_FILE = define("schedules.bad_file", "bad schedule file: {detail}", "节假日文件格式错误：{detail}")
EMPTY_YEAR = define("schedules.empty_year", "the {year} schedule lists no days", "{year} 年安排为空")
DAY_NOT_IN_YEAR = define("schedules.day_not_in_year", "{day} is not in {year}", "{day} 不在 {year} 年内")
MAKE_UP_ON_WEEKDAY = define("schedules.make_up_on_weekday",
                            "{day}: a make-up working day must be a Saturday or Sunday",
                            "{day} 是周一至周五，不能作为调休上班日")
DAY_WITHOUT_NAME = define("schedules.day_without_name", "{day} has no holiday name", "{day} 缺少节日名称")
SOURCE_REQUIRED = define("schedules.source_required", "name the source (the State Council notice)",
                         "请注明来源（国务院办公厅通知文号）")

# An official schedule names its notice and gives every statutory holiday (DOMAIN.md §3); otherwise it is
# kept as a draft and the year stays provisional.
NOTICE_NUMBER_MISSING = define(
    "schedules.notice_number_missing",
    "“{source}” names no notice number: write the State Council General Office's notice as numbered, "
    "e.g. 国办发明电〔2025〕7号",
    "“{source}”中没有通知文号：请按国务院办公厅通知的文号填写，例如 国办发明电〔2025〕7号")
NOTICE_DATE_REQUIRED = define(
    "schedules.notice_date_required", "give the date of the notice",
    "请填写通知的印发日期")
NOTICE_DATE_IMPLAUSIBLE = define(
    "schedules.notice_date_implausible",
    "a notice on the {year} holidays dated {day}? It is published in the year before, or in {year}",
    "{day} 印发的通知不会是 {year} 年的节假日安排：该通知在上一年或当年印发")
HOLIDAY_NOT_REST = define(
    "schedules.holiday_not_rest",
    "{festival}: {days} must be a rest day (a statutory holiday)",
    "{festival}：{days} 是法定节假日，应当放假")
HOLIDAY_TOO_FEW_DAYS = define(
    "schedules.holiday_too_few_days",
    "{festival} ({days}): {have} weekday rest days around it, the holiday rules need {needed} "
    "(its days, and a make-up day for each one on a weekend)",
    "{festival}（{days}）：前后只有 {have} 个工作日放假，放假办法要求 {needed} 天（含逢周末的补假）")
SAVED_AS_DRAFT = define(
    "schedules.saved_as_draft",
    "The {year} schedule is saved as a draft, not as the official schedule: {year} is still counted "
    "provisionally (statutory holidays and weekends) until the complete notice is entered",
    "{year} 年安排已保存为草稿，未作为正式安排生效：{year} 年仍按法定节假日和周末暂定计算，"
    "录入完整的通知后生效")
