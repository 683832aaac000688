"""Messages of the domain rules shown in the interface (enterprise size determination)."""

from __future__ import annotations

from complaintdesk.messages.core import define

FIGURE_EMPLOYEES = define("domain.figure_employees", "employees", "从业人员")
FIGURE_REVENUE = define("domain.figure_revenue", "revenue", "营业收入")
FIGURE_ASSETS = define("domain.figure_assets", "total assets", "资产总额")
SIZE_NEEDS_FIGURES = define("domain.size_needs_figures", "industry “{industry}” needs {figures}",
                            "行业“{industry}”划型需要{figures}")

# --- the unified social credit code (domain.uscc) ----------------------------------------------------

USCC_NOT_TEXT = define("domain.uscc_not_text", "The unified social credit code must be text.", "统一社会信用代码应为文本。")
USCC_EMPTY = define("domain.uscc_empty", "The unified social credit code is empty.", "统一社会信用代码为空。")
USCC_WRONG_LENGTH = define(
    "domain.uscc_wrong_length", "The unified social credit code must have {length} characters (it has {actual}).",
    "统一社会信用代码长度应为{length}位（现为{actual}位）。")
USCC_BAD_CHARACTER = define(
    "domain.uscc_bad_character",
    "Invalid character “{char}” (position {position}); the code never uses the letters I, O, S, V or Z.",
    "含非法字符“{char}”（第{position}位）；代码不使用字母I、O、S、V、Z。")
USCC_WRONG_CHECK = define(
    "domain.uscc_wrong_check", "The check character should be “{expected}” (it is “{actual}”): please check the code.",
    "校验位应为“{expected}”（现为“{actual}”），请核对代码。")

# --- amounts of money (domain.money) --------------------------------------------------------------------

AMOUNT_NOT_FINITE = define("domain.amount_not_finite", "amount must be finite: {value}", "金额必须是有限数值：{value}")
AMOUNT_NEGATIVE = define("domain.amount_negative", "amount must not be negative: {value}", "金额不能为负数：{value}")
AMOUNT_FINER_THAN_FEN = define("domain.amount_finer_than_fen", "amount has more than 2 decimal places: {value}",
                               "金额最多保留两位小数（分）：{value}")
AMOUNT_INVALID = define("domain.amount_invalid", "not a valid amount: {value}", "不是有效的金额：{value}")
AMOUNT_TOO_LARGE_FOR_CAPITALS = define("domain.amount_too_large_for_capitals",
                                       "amount too large for capital numerals: {value}", "金额过大，无法写成大写：{value}")
