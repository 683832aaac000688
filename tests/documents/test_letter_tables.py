"""A letter's claims table with large amounts and a 版记 with very many 抄送 recipients, read back from the PDF."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from complaintdesk.domain.money import format_yuan
from tests.documents.boxscan import read_boxes, rule_clearance
from tests.documents.pdfscan import BLOCK_BOTTOM, BLOCK_LEFT, BLOCK_RIGHT, BLOCK_TOP, MM, PAGE_NUMBER_RE

TOLERANCE = 0.01
PADDING = 2.0


def with_amounts(data, digits: int, contract_no: str = ""):
    big, cent = Decimal("9" * digits + ".99"), Decimal("0.01")
    paid, interest = (big / 7).quantize(cent), (big / 9).quantize(cent)
    claims = tuple(replace(c, amount=big - i, paid=paid, outstanding=big - paid - i, interest=interest,
                           days_overdue=1234 + i, contract_no=contract_no or c.contract_no)
                   for i, c in enumerate(data.claims))
    return replace(data, claims=claims)


@pytest.mark.parametrize("digits", [9, 12])
@pytest.mark.parametrize("contract_no", ["", "HT-2025-0712-补充协议-第二批次ABCDEFG"])
def test_claims_table_cells_keep_clear_of_their_rules(render, data, digits, contract_no):
    letter = with_amounts(data, digits, contract_no)
    doc, _pdf = render("supervision", letter)
    boxes = read_boxes(doc.pdf)
    cells = [(glyph, space) for glyph in boxes.glyphs if (space := rule_clearance(boxes, glyph)) is not None]
    assert len(cells) > 200
    for glyph, (left, right) in cells:
        assert left >= PADDING and right >= PADDING, (glyph, left, right)
        assert BLOCK_LEFT - TOLERANCE <= glyph.x0 and glyph.x1 <= BLOCK_RIGHT + TOLERANCE
    # No amount is broken: each stands whole on one line of its cell.
    lines = {line.text for line in boxes.lines()}
    for claim in letter.claims:
        assert {format_yuan(claim.amount), format_yuan(claim.paid), format_yuan(claim.outstanding),
                format_yuan(claim.interest), str(claim.days_overdue)} <= lines


def test_an_ordinary_claims_table_stays_in_small_five_or_larger(render, data):
    doc, _pdf = render("supervision", data)
    boxes = read_boxes(doc.pdf)
    sizes = {round(glyph.size, 2) for glyph in boxes.glyphs if rule_clearance(boxes, glyph) is not None}
    assert sizes and min(sizes) >= 9.0


@pytest.mark.parametrize(("count", "record_pages"), [(40, 1), (60, 2), (150, 4)])
def test_a_record_with_very_many_cc_recipients_stays_inside_the_block(render, data, count, record_pages):
    cc = tuple(f"某某县第{i}人民政府办公室" for i in range(1, count + 1))
    doc, pdf = render("reply", replace(data, cc=cc))
    record = [line for line in pdf.lines if line.size == 14 and not PAGE_NUMBER_RE.match(line.text)]
    # Every recipient, in order, once.
    text = "".join(line.text for line in record)
    assert text == "抄送：" + "，".join(cc) + "。"
    for line in pdf.lines:
        if PAGE_NUMBER_RE.match(line.text) or line.page == 1 and line.y > BLOCK_TOP:  # page numbers, letterhead
            continue
        assert BLOCK_LEFT - TOLERANCE <= line.x and line.x_end <= BLOCK_RIGHT + TOLERANCE, line
        assert BLOCK_BOTTOM < line.y < BLOCK_TOP, line
    pages = sorted({line.page for line in record})
    assert pages[-1] == doc.page_count == pdf.page_count and len(pages) == record_pages
    for page in pages:
        thick = sorted(rule.y0 for rule in pdf.rules if rule.page == page and rule.y0 == rule.y1
                       and rule.width == pytest.approx(0.35 * MM))
        assert len(thick) == 2 and thick[0] == pytest.approx(BLOCK_BOTTOM, abs=TOLERANCE)
        assert thick[1] <= BLOCK_TOP + TOLERANCE
        assert all(thick[0] < line.y < thick[1] for line in record if line.page == page)
    # A page holding only 版记 lines says so; the letter's text comes before the first of them.
    for page in range(pages[0] + 1, doc.page_count + 1):
        assert [line.text for line in pdf.lines if line.page == page and line.size == 16] == ["（此页无正文）"]
    assert any(line.size == 16 for line in pdf.lines if line.page == pages[0])
