"""信函格式 (GB/T 9704-2012 §10.1) read back from the PDF: the red 发文机关标志 and double rules at the
standard distances, the number and title under them, no page number on page 1, the 版记 without an
印发 line, and pre-printed letterhead paper (红头纸) that leaves the same space blank."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from complaintdesk.documents import TEMPLATE_KINDS
from complaintdesk.documents.samples import long_reply_data, sample_letter_data
from complaintdesk.services.letter_mappers import PREPRINTED_LETTERHEAD_KEY, preprinted_letterhead
from complaintdesk.store.models import Case, Setting
from tests.documents.glyphscan import RED_CMYK, RED_RGB, paint
from tests.documents.pdfscan import (
    BLOCK_LEFT,
    BLOCK_RIGHT,
    BLOCK_TOP,
    LINE_PITCH,
    MM,
    PAGE_A4,
    PAGE_NUMBER_RE,
    scan,
)

PAGE_TOP = PAGE_A4[1]
EM_TOP = 0.88  # the ideographic em box's top above the baseline (the renderer's convention)
RED = (RED_CMYK, RED_RGB)
RED_OPERATORS = (b"0 1 1 0 k", b"0 1 1 0 K", b"1 0 0 rg", b"1 0 0 RG")


def content(pdf: bytes) -> bytes:
    """Every page's content stream, decompressed."""
    reader = PdfReader(io.BytesIO(pdf))
    return b"\n".join(page.get_contents().get_data() for page in reader.pages)


def red_lines(painting, page=1):
    return [line for line in painting.lines if line.page == page and line.fill in RED]


def red_rules(painting, page=1):
    return [rule for rule in painting.rules if rule.page == page and rule.stroke in RED]


def number_and_title(painting, data):
    [number] = [line for line in painting.lines if line.text == data.doc_no]
    [title] = [line for line in painting.lines if line.size == 22]
    return number, title


@pytest.fixture
def letter(render):
    data = sample_letter_data("reply")
    doc, _pdf = render("reply", data)
    return data, doc, paint(doc.pdf)


def test_the_office_name_is_printed_in_red_centred_30_mm_from_the_top(letter):
    data, _doc, painting = letter
    [mark] = red_lines(painting)
    assert mark.text == data.office.name
    assert mark.fill == RED_CMYK  # process red: M 100 %, Y 100 %
    assert mark.size == 26  # 一号
    top_edge = mark.y + EM_TOP * mark.size
    assert PAGE_TOP - top_edge == pytest.approx(30 * MM, abs=0.05)
    right = mark.glyphs[-1].x + mark.glyphs[-1].advance
    assert mark.x - BLOCK_LEFT == pytest.approx(BLOCK_RIGHT - right, abs=0.5)


def test_the_office_name_is_set_in_the_title_font(letter, render):
    data, doc, _painting = letter
    pdf = scan(doc.pdf)
    [mark] = [line for line in pdf.lines if line.size == 26]
    [title] = [line for line in pdf.lines if line.size == 22]
    assert mark.text == data.office.name and mark.fonts == title.fonts


def test_red_double_rules_at_the_standard_distances(letter):
    _data, _doc, painting = letter
    [mark] = red_lines(painting)
    rules = red_rules(painting)
    assert len(rules) == 4
    for rule in rules:
        assert rule.y0 == rule.y1
        assert rule.x1 - rule.x0 == pytest.approx(170 * MM, abs=0.01)
        assert (rule.x0 + rule.x1) / 2 == pytest.approx((BLOCK_LEFT + BLOCK_RIGHT) / 2, abs=0.01)
    upper = sorted((r for r in rules if r.y0 > PAGE_TOP / 2), key=lambda r: -r.y0)
    foot = sorted((r for r in rules if r.y0 < PAGE_TOP / 2), key=lambda r: -r.y0)
    # Under the 标志: thick, then thin; the pair's top edge 4 mm below the 标志's em box.
    assert upper[0].width > upper[1].width
    mark_bottom = mark.y - (1 - EM_TOP) * mark.size
    assert mark_bottom - (upper[0].y0 + upper[0].width / 2) == pytest.approx(4 * MM, abs=0.05)
    # At the foot: thin, then thick, the lower edge 20 mm above the page's bottom edge.
    assert foot[0].width < foot[1].width
    assert foot[1].y0 - foot[1].width / 2 == pytest.approx(20 * MM, abs=0.05)
    # Nothing red anywhere else, nor on later pages.
    assert all(line.fill not in RED for line in painting.lines if line is not mark)


def test_the_number_is_flush_right_7_8_of_a_character_under_the_rule_and_the_title_two_lines_lower(letter):
    data, _doc, painting = letter
    number, title = number_and_title(painting, data)
    rule_bottom = min(r.y0 - r.width / 2 for r in red_rules(painting) if r.y0 > PAGE_TOP / 2)
    number_top = number.y + EM_TOP * 16
    assert rule_bottom - number_top == pytest.approx(7 / 8 * 16, abs=0.05)
    last = number.glyphs[-1]
    assert last.x + last.advance == pytest.approx(BLOCK_RIGHT, abs=0.05)
    # On the grid: the number on line 2, two blank lines, the title on line 5.
    assert (BLOCK_TOP - number.y) // LINE_PITCH == 1
    assert (BLOCK_TOP - title.y) // LINE_PITCH == 4


def test_the_first_page_has_no_page_number_and_the_record_block_no_printing_line(render):
    doc, pdf = render("reply", long_reply_data(pages=3))
    numbers = [(line.page, line.text) for line in pdf.lines if PAGE_NUMBER_RE.match(line.text)]
    assert numbers == [(2, "— 2 —"), (3, "— 3 —")]
    assert "印发" not in pdf.text()
    assert "抄送：" in pdf.text()
    painting = paint(doc.pdf)
    assert red_lines(painting) and red_rules(painting)
    assert not red_lines(painting, 2) and not red_rules(painting, 2)  # the letterhead is page 1's


def test_a_letter_without_cc_has_no_record_block(render):
    doc, pdf = render("acceptance", sample_letter_data("acceptance"))
    assert not any(line.size == 14 and not PAGE_NUMBER_RE.match(line.text) for line in pdf.lines)
    full_width = [r for r in pdf.rules if r.x0 == pytest.approx(BLOCK_LEFT) and r.x1 == pytest.approx(BLOCK_RIGHT)]
    assert not full_width


@pytest.mark.parametrize("kind", TEMPLATE_KINDS)
def test_every_kind_is_a_letter_with_a_letterhead(render, kind):
    data = sample_letter_data(kind)
    doc, pdf = render(kind, data)
    painting = paint(doc.pdf)
    assert [line.text for line in red_lines(painting)] == [data.office.name]
    assert len(red_rules(painting)) == 4
    assert not any(PAGE_NUMBER_RE.match(line.text) for line in pdf.page_lines(1))


def test_pre_printed_paper_leaves_the_letterhead_out_and_everything_else_where_it_was(render, letter):
    data, _doc, painting = letter
    plain, _pdf = render("reply", replace(data, preprinted_letterhead=True))
    blank = paint(plain.pdf)
    assert not any(op in content(plain.pdf) for op in RED_OPERATORS)
    assert any(op in content(_doc.pdf) for op in RED_OPERATORS)
    assert not any(line.fill in RED for line in blank.lines)
    assert not any(rule.stroke in RED for rule in blank.rules)
    assert data.office.name not in [line.text for line in blank.lines if line.size > 22]
    for with_head, without in zip(number_and_title(painting, data), number_and_title(blank, data), strict=True):
        assert (with_head.x, with_head.y) == (without.x, without.y)
    body = [(line.page, line.y, line.text) for line in painting.body_lines()]
    assert [(line.page, line.y, line.text) for line in blank.body_lines()] == body


def test_pre_printed_paper_paints_in_black_only(render):
    doc, _pdf = render("supervision", replace(sample_letter_data("supervision"), preprinted_letterhead=True))
    painted = paint(doc.pdf)
    assert {line.fill for line in painted.lines} | {rule.stroke for rule in painted.rules} <= {(0.0,)}


def test_a_long_office_name_shrinks_to_the_text_block(render):
    data = sample_letter_data("reply")
    name = "内蒙古自治区某某盟某某旗工业和信息化局中小企业服务中心"
    doc, _pdf = render("reply", replace(data, office=replace(data.office, name=name)))
    [mark] = red_lines(paint(doc.pdf))
    assert mark.text == name and mark.size < 26
    right = mark.glyphs[-1].x + mark.glyphs[-1].advance
    assert BLOCK_LEFT - 0.05 <= mark.x and right <= BLOCK_RIGHT + 0.05
    assert PAGE_TOP - (mark.y + EM_TOP * mark.size) == pytest.approx(30 * MM, abs=0.05)


@pytest.mark.parametrize(("value", "expected"), [(True, True), (False, False), ("true", True), ("是", True),
                                                 ("false", False), (None, False), (1, True), (0, False)])
def test_the_setting_reads_true_false_and_their_words(value, expected):
    assert preprinted_letterhead({PREPRINTED_LETTERHEAD_KEY: value}) is expected
    assert preprinted_letterhead({}) is False


def test_the_office_setting_reaches_the_letter(demo_office):
    with demo_office.db.read() as s:
        case_id = s.execute(select(Case.id).where(Case.status == "in_handling").order_by(Case.id)).scalars().first()
    before = paint(demo_office.documents.draft(case_id, "acceptance").pdf)
    assert red_lines(before) and red_rules(before)
    with demo_office.db.write() as s:
        s.merge(Setting(key=PREPRINTED_LETTERHEAD_KEY, value=json.dumps(True)))
    assert demo_office.documents.letter_data(case_id, "acceptance").preprinted_letterhead
    after = paint(demo_office.documents.draft(case_id, "acceptance").pdf)
    assert not red_lines(after) and not red_rules(after)
    assert {line.text for line in after.lines if line.rotated} == {"草稿"}  # a draft is still marked
