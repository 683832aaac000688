"""Messages of statistics and reports: the period asked for."""

from __future__ import annotations

from complaintdesk.messages.core import define

PERIOD_REVERSED = define(
    "reports.period_reversed", "the period ends before it starts: {start} – {end}",
    "统计期间的结束日早于开始日：{start} – {end}")
YEAR_OR_PERIOD = define(
    "reports.year_or_period", "give either a year or a period, not both", "请给出年份或起止日期之一")
YEARLY_NEEDS_YEAR = define(
    "reports.yearly_needs_year",
    "the yearly summary covers a calendar year: give --year (or --from YYYY-01-01 --to YYYY-12-31)",
    "年度汇总按自然年统计：请给出年份（--year）")
PERIOD_REQUIRED = define(
    "reports.period_required", "give the period's first and last day", "请给出统计期间的起止日期")
