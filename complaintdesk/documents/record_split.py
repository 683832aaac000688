"""A 版记 taller than a page (a very long 抄送 list): continued over pages, each part between the 版记's rules.

GB/T 9704 puts the 版记 at the foot of the last page, and a page holding it without body text says
（此页无正文）. A 抄送 list of some sixty recipients does not fit on one page even alone: it starts
under the letter's closing lines (where at least MIN_PART lines are free), continues on pages of its
own, each headed by the notice, and ends at the foot of the last page. Every part keeps the thick
first and last rules; a thin rule between items stays where it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from complaintdesk.documents.layout import (
    LINE_PITCH,
    LINES_PER_PAGE,
    RECORD_THICK_RULE,
    Band,
    Page,
    Rule,
    paginate,
)

EPSILON = 1e-6
MIN_PART = 2  # lines of 抄送 worth starting under the closing lines; also the least a last part holds


def paginate_with_record(bands: Sequence[Band], record: Band | None, *, no_text_notice: Band,
                         record_gap: int = 0) -> list[Page]:
    """``layout.paginate``, except that a 版记 too tall to stand with the notice on a page of its own
    is split over pages (see the module's docstring) instead of running off the page."""
    if record is None or record.rows + no_text_notice.rows <= LINES_PER_PAGE:
        return paginate(bands, record, record_gap, no_text_notice=no_text_notice)
    pages = paginate(bands)
    last = pages[-1]
    free = LINES_PER_PAGE - _free_from(last, record_gap) if last.bands else 0
    sizes = part_sizes(record.rows, free, LINES_PER_PAGE - no_text_notice.rows)
    start = 0
    for index, rows in enumerate(sizes):
        part = record_part(record, start, start + rows)
        start += rows
        if index == 0 and rows <= free:
            last.record = part
        else:
            pages.append(Page(bands=[(0, no_text_notice)], record=part))
    return pages


def _free_from(page: Page, gap: int) -> int:
    """The first grid line the 版记 may take: below the text (and ``gap``) and clear of the seal."""
    below = max((row + band.rows + band.clearance_below for row, band in page.bands), default=0)
    return max(below, page.used + gap)


def part_sizes(total: int, first: int, capacity: int) -> list[int]:
    """How many of the 版记's ``total`` lines go on each page: ``first`` under the closing lines (none
    when fewer than MIN_PART), then full pages of ``capacity``, the last part at least MIN_PART
    lines where the list allows (a line moves over from the part before)."""
    sizes = [first] if first >= MIN_PART else []
    left = total - sum(sizes)
    while left > 0:
        sizes.append(min(capacity, left))
        left -= sizes[-1]
    if len(sizes) > 1 and sizes[-1] < MIN_PART and sizes[-2] - (MIN_PART - sizes[-1]) >= MIN_PART:
        moved = MIN_PART - sizes[-1]
        sizes[-2] -= moved
        sizes[-1] += moved
    return sizes


def record_part(record: Band, start: int, end: int) -> Band:
    """Lines ``start``–``end`` of the 版记 as a band of its own: thick rules at its top and bottom, the
    rules between items that fall inside it, its text moved up to its first line."""
    top, bottom = start * LINE_PITCH, end * LINE_PITCH
    runs = tuple(replace(run, baseline=run.baseline - top) for run in record.runs
                 if top - EPSILON <= run.baseline < bottom - EPSILON)
    inner = [replace(rule, y0=rule.y0 - top, y1=rule.y1 - top) for rule in record.rules
             if top + EPSILON < rule.y0 < bottom - EPSILON]
    rules = (Rule.horizontal(0.0, RECORD_THICK_RULE), *inner, Rule.horizontal(bottom - top, RECORD_THICK_RULE))
    return Band(end - start, runs, rules)


__all__ = ["paginate_with_record", "part_sizes", "record_part"]
