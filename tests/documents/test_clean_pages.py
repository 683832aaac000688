"""Clean pages, read back from the PDFs: justification never spaces characters out past 1/8 em nor
leaves a line short mid-paragraph, punctuation sits on the grid, the last page always holds text,
empty sections are left out, numbers keep their units, the dossier never starts a line with "；"."""

from __future__ import annotations

import random
import re
from dataclasses import replace

import pytest
from sqlalchemy import select

from complaintdesk.documents import TEMPLATE_KINDS, render_letter
from complaintdesk.documents.dossier import render_dossier
from complaintdesk.documents.letter_data import OfficeInfo
from complaintdesk.documents.render import NO_TEXT_NOTICE
from complaintdesk.documents.samples import long_reply_data, sample_claims, sample_letter_data
from complaintdesk.documents.templates import validate_template
from complaintdesk.store.models import Case
from tests.documents.glyphscan import is_full_width, paint
from tests.documents.pdfscan import BLOCK_LEFT, BLOCK_RIGHT, LINE_PITCH, PAGE_NUMBER_RE, scan
from tests.documents.test_dossier import dossier_data

CHAR_PITCH = (BLOCK_RIGHT - BLOCK_LEFT) / 28
MAX_PITCH = 16 + 2  # a 3号 character and at most 1/8 em more
OPENING = set("“‘（《「『【〔〖〘〚〈")
CLOSING = set("，。、；：！？）》」』】〕〗〙〛〉”’…%％")
NUMBER_WITH_UNIT = re.compile(r"(?<![\d,.A-Za-z-])\d[\d,]*(?:\.\d+)?(?:万元|亿元|元|万|%|％|日|号)")


def widest_pitch(line) -> float:
    """The largest distance between the origins of a full-width character and the next glyph (an
    opening mark's cell starts before its ink, so the distance to one is not a pitch)."""
    return max((distance for a, b, distance in line.pitches() if is_full_width(a) and b not in OPENING),
               default=0.0)


def short_lines(painting):
    """Lines left short mid-paragraph: a line followed by its paragraph's next line (flush left, on the
    next grid line) that ends more than 2 pt before the block's right edge although it is not spaced
    to the limit (where no breaking can fill a line, the renderer spaces it to the limit first: a
    number wider than what a paragraph's first line has left)."""
    body = painting.body_lines()
    found = []
    for line, after in zip(body, body[1:], strict=False):
        if line.page != after.page or abs(line.y - after.y - LINE_PITCH) > 0.01:
            continue
        if abs(after.x - BLOCK_LEFT) > 0.05 or line.x > BLOCK_LEFT + 2 * CHAR_PITCH + 0.05:
            continue
        room = BLOCK_RIGHT - line.cell_end()
        if room > 2.0 and widest_pitch(line) < CHAR_PITCH + 2 - 0.05:
            found.append((line.page, line.text, round(room, 1)))
    return found


def check_clean(pdf: bytes) -> tuple[float, list]:
    """The widest pitch of any body line, and the lines left short or poking out of the block."""
    painting = paint(pdf)
    body = painting.body_lines()
    worst = max((widest_pitch(line) for line in body), default=0.0)
    outside = [(line.page, line.text) for line in body
               if line.glyphs[-1].x + line.glyphs[-1].advance > BLOCK_RIGHT + 0.05 or line.x < BLOCK_LEFT - 0.05]
    return worst, short_lines(painting) + outside


# --- sample letters: every kind, many variants -----------------------------------------------

PHRASES = ("投诉人称", "经多次催要至今未付", "“款项已于年内结清”的承诺未兑现", "其中工程款", "影响企业正常经营",
           "对方答复“资金紧张”", "双方签订的《设备维护合同》（编号HT-2025-0930）约定", "验收合格后30日内付款",
           "资金周转困难", "涉及金额10000万元", "逾期利息按日万分之五计算", "统一社会信用代码91150121MA0000042X",
           "联系电话0471-6123456", "占合同金额的35%")


def variants(kind: str, count: int = 6):
    rng = random.Random(f"{kind}-clean-pages")
    base = sample_letter_data(kind)
    for index in range(count):
        summary = "，".join(rng.choice(PHRASES) + ("" if rng.random() < 0.7 else f"，金额{rng.randint(1, 999999):,}.50元")
                           for _ in range(rng.randint(3, 12))) + "。"
        name = "内蒙古" + "某" * rng.randint(0, 6) + rng.choice(("农牧机械", "建材", "软件科技")) + "有限公司"
        yield replace(base, summary=summary, complainant_name=name, reply_text=summary + "特此说明。",
                      claims=sample_claims(count=1 + index % 4), refusal_reason=summary,
                      extension_reason=summary.rstrip("。"))


@pytest.mark.parametrize("kind", TEMPLATE_KINDS)
def test_no_character_is_spaced_out_and_no_line_left_short_in_any_kind(kind, fonts):
    extra = [long_reply_data(pages=3)] if kind == "reply" else []
    for data in [sample_letter_data(kind), *variants(kind), *extra]:
        doc = render_letter(kind, data, draft=False, fonts=fonts)
        worst, short = check_clean(doc.pdf)
        assert worst <= MAX_PITCH + 0.01, (kind, worst)
        assert not short, short


def test_no_character_is_spaced_out_over_the_demo_county(demo_office, fonts):
    with demo_office.db.read() as s:
        case_ids = s.execute(select(Case.id).order_by(Case.id)).scalars().all()[::12]
    worst_seen, short_seen, letters = 0.0, [], 0
    for case_id in case_ids:
        for kind in TEMPLATE_KINDS:
            data = demo_office.documents.letter_data(case_id, kind)
            worst, short = check_clean(render_letter(kind, data, draft=True, fonts=fonts).pdf)
            worst_seen = max(worst_seen, worst)
            short_seen += [(case_id, kind, *entry) for entry in short]
            letters += 1
    assert letters >= 200
    assert worst_seen <= MAX_PITCH + 0.01
    assert not short_seen


def test_a_line_is_rebroken_rather_than_stretched(render, data):
    # A long number that does not fit at a line's end used to leave ~100 pt to spread over one line.
    text = "经核实，本机关于本月督办后，对方已支付部分欠款，尚欠合同金额合计1,851,300.50元（大写略），逾期利息另计。" * 3
    doc, _pdf = render("reply", replace(data, reply_text=text))
    worst, short = check_clean(doc.pdf)
    assert worst <= MAX_PITCH + 0.01 and not short


# --- punctuation on the grid -------------------------------------------------------------------


def test_quotes_take_a_full_cell_on_the_grid(render, data):
    doc, _pdf = render("reply", replace(data, reply_text="“甲乙”" * 40))
    lines = [line for line in paint(doc.pdf).body_lines() if line.text.startswith(("“甲", "甲", "乙", "”"))
             and set(line.text) <= set("“甲乙”")]
    full = [line for line in lines if abs(line.x - BLOCK_LEFT) < 0.05][:-1]
    assert full
    for line in full:
        assert len(line.text) == 28  # seven “甲乙” to a line: as many cells as characters
        assert line.cell_end() == pytest.approx(BLOCK_RIGHT, abs=0.05)
        # Every character in its own cell of the grid: nothing stretched or squeezed.
        # (A full line closes up the 0.21 pt the last cell's spacing would poke out: 0.25 pt at most.)
        for cell, glyph in enumerate(line.glyphs):
            if glyph.char == "“":  # its ink at the right of its cell
                assert glyph.x + glyph.advance == pytest.approx(BLOCK_LEFT + (cell + 1) * CHAR_PITCH, abs=0.5)
            else:  # an ideograph, or ” with its ink at the left of its cell
                assert glyph.x == pytest.approx(BLOCK_LEFT + cell * CHAR_PITCH, abs=0.25)


# --- the last page -----------------------------------------------------------------------------


def page_template(lines: int):
    """A reply whose body is ``lines`` full grid lines of CJK text (font-independent breaking)."""
    return validate_template({"kind": "reply", "version": 1, "title": "测试函", "addressee": "某某公司：",
                              "paragraphs": ["中" * (26 + 28 * (lines - 1))], "cc": ["某某局"]}, kind="reply")


def last_page_text(pdf):
    return [line for line in pdf.page_lines(pdf.page_count) if line.size == 16 and not PAGE_NUMBER_RE.match(line.text)]


def test_the_record_block_takes_the_last_lines_over_rather_than_stand_alone(fonts):
    moved = 0
    for lines in range(8, 20):
        data = replace(sample_letter_data("reply"), cc=None)
        with_cc = render_letter("reply", data, template=page_template(lines), draft=False, fonts=fonts)
        without = render_letter("reply", replace(data, cc=()), template=page_template(lines), draft=False, fonts=fonts)
        pdf = scan(with_cc.pdf)
        text = last_page_text(pdf)
        assert any(line.text.startswith("中") for line in text), lines  # body text, not only the 版记
        assert any(line.text == data.office.name for line in text)  # with the signature
        assert NO_TEXT_NOTICE not in pdf.text()
        moved += with_cc.page_count > without.page_count
    assert moved  # some body exactly filled page 1 and the 版记 took its last lines over


def test_a_record_block_too_tall_to_go_with_the_closing_lines_gets_the_notice(render, data):
    cc = tuple(f"某某县第{i}中小企业服务中心有限责任公司" for i in range(1, 21))
    doc, pdf = render("reply", replace(data, cc=cc))
    last = [line for line in pdf.page_lines(pdf.page_count) if not PAGE_NUMBER_RE.match(line.text)]
    assert [line.text for line in last if line.size == 16] == [NO_TEXT_NOTICE]
    assert any(line.text.startswith("抄送：") for line in last)


@pytest.mark.parametrize("kind", TEMPLATE_KINDS)
def test_every_last_page_holds_text(render, kind):
    for data in [sample_letter_data(kind), *variants(kind, 3)]:
        _doc, pdf = render(kind, data)
        assert last_page_text(pdf)


# --- empty sections ----------------------------------------------------------------------------


def test_a_reply_without_claims_leaves_the_investigation_section_out(render, data):
    doc, pdf = render("reply", replace(data, claims=(), interest_as_of=None))
    headings = [line.text for line in pdf.lines if re.match(r"^[一二三四五]、", line.text)]
    assert headings == ["一、投诉事项", "二、办理结果", "三、其他事项"]
    assert "调查核实情况" not in pdf.text() and doc.missing_fields == ()
    _doc, full = render("reply", data)
    assert "二、调查核实情况" in full.text() and "三、办理结果" in full.text()


def test_a_supervision_letter_without_claims_says_so_and_promises_no_table(render, data):
    doc, pdf = render("supervision", replace(data, claims=(), interest_as_of=None))
    text = pdf.text()
    assert "如下" not in text and "上表" not in text and "合同编号" not in text
    assert "尚待双方核对确认" in text and doc.missing_fields == ()
    _doc, full = render("supervision", data)
    assert "明细如下：" in full.text() and "合同编号" in full.text()


def test_a_size_determination_without_its_basis_promises_no_list(render, data):
    _doc, pdf = render("size_determination", replace(data, size_basis=()))
    assert "如下" not in pdf.text()


# --- numbers and units -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["reply", "supervision", "size_determination", "extension"])
def test_numbers_keep_their_units_on_one_line(render, kind):
    for data in [sample_letter_data(kind), *variants(kind)]:
        _doc, pdf = render(kind, data)
        body = [line.text for line in pdf.lines if line.size == 16]
        joined = "".join(body)
        for match in NUMBER_WITH_UNIT.finditer(joined):
            assert any(match.group() in line for line in body), match.group()


def test_ten_thousand_wan_yuan_stays_whole_wherever_it_falls(render, data):
    for fill in range(20, 29):
        _doc, pdf = render("reply", replace(data, reply_text="甲" * fill + "涉及金额10000万元，已结清。"))
        assert any("10000万元" in line.text for line in pdf.lines), fill


# --- the dossier -------------------------------------------------------------------------------


def test_no_dossier_line_starts_with_closing_punctuation(fonts):
    basis = ("行业：餐饮业；依据《中小企业划型标准规定》（工信部联企业〔2011〕300号）。 从业人员32人 < 300人，"
             "营业收入356万元 < 2000万元：属于中小微型企业；未达中型企业标准（从业人员32人 < 100人，营业收入356万元"
             " < 2000万元）。 从业人员32人 ≥ 10人，且营业收入356万元 ≥ 100万元：小型企业。")
    for prefix in range(0, 14):
        data = dossier_data(complainant=(("名称", "某某公司"), ("规模认定依据", "甲" * prefix + basis)),
                            office=OfficeInfo(name="某某县工业和信息化局"))
        painted = paint(render_dossier(data, fonts=fonts).pdf)
        starts = [line.text for line in painted.lines if line.text[:1] in CLOSING]
        assert not starts, (prefix, starts)
