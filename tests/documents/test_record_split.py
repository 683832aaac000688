"""A 版记 taller than a page: split into parts between the 版记's rules, continued on pages that say 此页无正文."""

from __future__ import annotations

import pytest

from complaintdesk.documents.layout import (
    LINE_PITCH,
    LINES_PER_PAGE,
    RECORD_THICK_RULE,
    RECORD_THIN_RULE,
    Band,
    Rule,
    TextRun,
)
from complaintdesk.documents.record_split import paginate_with_record, part_sizes, record_part


def record(rows: int, thin_at: int | None = None) -> Band:
    runs = tuple(TextRun(0.0, row * LINE_PITCH + 20.0, 14.0, (("F", f"第{row}行", 0.0),), "record")
                 for row in range(rows))
    rules = [Rule.horizontal(0.0, RECORD_THICK_RULE), Rule.horizontal(rows * LINE_PITCH, RECORD_THICK_RULE)]
    if thin_at is not None:
        rules.insert(1, Rule.horizontal(thin_at * LINE_PITCH, RECORD_THIN_RULE))
    return Band(rows, runs, tuple(rules))


def texts(band: Band) -> list[str]:
    return [run.segments[0][1] for run in band.runs]


def test_part_sizes_fill_the_free_lines_then_whole_pages_and_leave_no_single_last_line():
    assert part_sizes(30, 5, 21) == [5, 21, 4]
    assert part_sizes(30, 1, 21) == [21, 9]  # one free line is not worth starting on
    assert part_sizes(27, 5, 21) == [5, 20, 2]  # not 5, 21, 1
    assert sum(part_sizes(100, 3, 21)) == 100


def test_a_part_keeps_its_lines_in_place_between_thick_rules():
    part = record_part(record(30, thin_at=12), 10, 20)
    assert part.rows == 10 and texts(part) == [f"第{row}行" for row in range(10, 20)]
    assert part.runs[0].baseline == pytest.approx(20.0)
    ys = [(rule.y0, rule.width) for rule in part.rules]
    assert ys[0] == (0.0, RECORD_THICK_RULE) and ys[-1] == pytest.approx((10 * LINE_PITCH, RECORD_THICK_RULE))
    assert ys[1] == pytest.approx((2 * LINE_PITCH, RECORD_THIN_RULE))  # the rule between items stays


def test_a_record_taller_than_a_page_continues_on_pages_that_say_no_text():
    notice = Band(1, (TextRun(0.0, 20.0, 16.0, (("F", "（此页无正文）", 0.0),)),))
    body = [Band(1) for _ in range(40)]
    pages = paginate_with_record(body, record(50), no_text_notice=notice)
    parts = [page.record for page in pages if page.record is not None]
    assert sum(part.rows for part in parts) == 50
    assert [line for part in parts for line in texts(part)] == [f"第{row}行" for row in range(50)]
    assert pages[1].used == 18 and pages[1].record.rows == 4  # the first part under the text
    for page in pages[2:]:
        assert page.bands == [(0, notice)] and page.record.rows <= LINES_PER_PAGE - 1
    for page in pages:
        assert page.used + (page.record.rows if page.record else 0) <= LINES_PER_PAGE


def test_a_record_that_fits_with_the_notice_is_left_to_paginate():
    notice = Band(1)
    pages = paginate_with_record([Band(1)] * 5, record(21), no_text_notice=notice)
    assert [page.record.rows for page in pages if page.record] == [21]
