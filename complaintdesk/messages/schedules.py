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
