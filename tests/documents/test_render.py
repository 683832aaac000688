"""Rendered letters read back from the PDF: GB/T 9704 geometry, content, hostile input, pagination, determinism."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from complaintdesk.documents import LetterJob, RenderCancelled, render_batch, render_letter
from complaintdesk.documents.samples import long_reply_data, sample_letter_data
from tests.documents.pdfscan import (
    BLOCK_BOTTOM,
    BLOCK_LEFT,
    BLOCK_RIGHT,
    BLOCK_TOP,
    LINE_PITCH,
    MM,
    PAGE_A4,
    PAGE_NUMBER_RE,
    fonts_of,
)

TOLERANCE = 0.01  # pt
CLOSING = set("，。、；：！？）》」』】〕…")
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def content_lines(pdf):
    """Every line except page numbers and the draft watermark."""
    return [line for line in pdf.lines if not PAGE_NUMBER_RE.match(line.text) and not line.rotated]


@pytest.fixture
def reply(render, data):
    return render("reply", data)


# --- page geometry ----------------------------------------------------------------------------


def test_pages_are_a4(reply):
    _doc, pdf = reply
    for page in pdf.reader.pages:
        box = page.mediabox
        assert float(box.width) == pytest.approx(PAGE_A4[0], abs=0.01)
        assert float(box.height) == pytest.approx(PAGE_A4[1], abs=0.01)


@pytest.mark.parametrize("kind", ["reply", "supervision", "size_determination", "transfer"])
def test_all_text_stays_inside_the_text_block(render, kind):
    _doc, pdf = render(kind, sample_letter_data(kind))
    for line in content_lines(pdf):
        assert BLOCK_LEFT - TOLERANCE <= line.x and line.x_end <= BLOCK_RIGHT + TOLERANCE, line
        assert BLOCK_BOTTOM < line.y < BLOCK_TOP, line


def test_body_text_is_16_pt_on_the_22_line_grid(reply):
    _doc, pdf = reply
    body = [line for line in content_lines(pdf) if line.size == 16]
    assert len(body) > 20
    offsets = {round((BLOCK_TOP - line.y) % LINE_PITCH, 3) for line in body}
    assert len(offsets) == 1, offsets  # every baseline at the same height within its grid line
    rows = {(BLOCK_TOP - line.y) // LINE_PITCH for line in body}
    assert rows <= set(range(22))


def test_the_summary_is_set_in_16_pt(reply, data):
    _doc, pdf = reply
    [line] = [line for line in pdf.lines if line.text.startswith("投诉人称")]
    assert line.size == 16


def test_a_body_line_holds_at_most_28_chinese_characters(render, data):
    _doc, pdf = render("reply", replace(data, summary="中" * 200))
    body = [line for line in content_lines(pdf) if line.size == 16]
    assert max(len(CJK.findall(line.text)) for line in body) == 28
    full = [line for line in body if line.text == "中" * 28]
    assert full and all(line.x_end == pytest.approx(BLOCK_RIGHT, abs=0.05) for line in full)


def test_title_is_22_pt_and_centred(reply):
    _doc, pdf = reply
    [title] = [line for line in pdf.lines if line.size == 22]
    assert title.text == "投诉事项办理结果答复书"
    assert (title.x - BLOCK_LEFT) == pytest.approx(BLOCK_RIGHT - title.x_end, abs=0.5)


def test_document_number_is_flush_right_above_the_title(reply):
    _doc, pdf = reply
    [number] = [line for line in pdf.lines if line.text == "X工信投字〔2026〕12号"]
    [title] = [line for line in pdf.lines if line.size == 22]
    assert number.page == 1 and number.y > title.y
    assert number.x_end == pytest.approx(BLOCK_RIGHT, abs=0.05)


def test_paragraphs_are_indented_two_characters_and_the_addressee_is_flush_left(reply):
    _doc, pdf = reply
    [addressee] = [line for line in pdf.lines if line.text == "内蒙古某某农牧机械有限公司："]
    [first] = [line for line in pdf.lines if line.text.startswith("你单位于")]
    assert addressee.x == pytest.approx(BLOCK_LEFT, abs=TOLERANCE)
    assert first.x == pytest.approx(BLOCK_LEFT + 2 * 156 * MM / 28, abs=TOLERANCE)


def test_signature_and_date_at_the_right_date_unpadded(render):
    _doc, pdf = render("acceptance", sample_letter_data("acceptance"))
    [date] = [line for line in pdf.lines if line.text == "2026年11月26日"]
    [office] = [line for line in pdf.lines if line.text == "某某县工业和信息化局" and line.size == 16]
    assert date.x_end == pytest.approx(BLOCK_RIGHT - 4 * 156 * MM / 28, abs=0.05)  # 右空四字
    assert (office.x + office.x_end) / 2 == pytest.approx((date.x + date.x_end) / 2, abs=0.05)
    assert office.y - date.y == pytest.approx(LINE_PITCH, abs=TOLERANCE)


def test_fonts_are_embedded_truetype(reply):
    _doc, pdf = reply
    fonts = fonts_of(pdf.reader)
    assert fonts
    for name, font in fonts.items():
        assert "/FontFile2" in font["/FontDescriptor"], name


def test_names_amounts_date_and_number_are_text(reply, data):
    _doc, pdf = reply
    text = pdf.text()
    for expected in (data.complainant_name, data.respondent_name, "1,051,300.50元", "壹佰零伍万壹仟叁佰元零伍角",
                     "486,000.00", "2026年11月26日", "X工信投字〔2026〕12号", "王晓堃"):
        assert expected in text


# --- user text is data ------------------------------------------------------------------------

HOSTILE = ["x<y", "AT&T", "<font size=40>", '<img src="/etc/passwd">', '<a href="https://evil.example/">点击</a>',
           '<link href="file:///etc/passwd">x</link>', "&amp; &#60; &lt;", "</para><para>", '"quoted" \'single\'']


def test_hostile_input_renders_literally(render, data):
    hostile = replace(data, complainant_name="AT&T <b>x</b> 有限公司", summary="；".join(HOSTILE),
                      claims=(replace(data.claims[0], contract_no="<i>HT</i>&1"),))
    doc, pdf = render("reply", hostile)
    text = pdf.text()
    unspaced = "".join(text.split())  # a space where a line breaks is not printed

    for expected in [*HOSTILE, "AT&T <b>x</b> 有限公司", "<i>HT</i>&1"]:
        assert "".join(expected.split()) in unspaced
    if Path("/etc/passwd").exists():
        first_line = Path("/etc/passwd").read_text(errors="ignore").splitlines()[0]
        assert first_line not in text and first_line.encode() not in doc.pdf
    for page in pdf.reader.pages:
        assert "/Annots" not in page
        assert "/XObject" not in page["/Resources"]
    assert b"/URI" not in doc.pdf
    # Nothing typed prints larger than the title; only the 信函格式's 发文机关标志 is larger (26 pt).
    assert max(line.size for line in pdf.lines if line.text != data.office.name) <= 22


@pytest.mark.parametrize("unbroken", ["A" * 300, "https://example.com/" + "a1b2c3d4/" * 20, "1" * 120])
def test_long_unbroken_strings_wrap_inside_the_block(render, data, unbroken):
    _doc, pdf = render("reply", replace(data, summary=unbroken, demands=unbroken))
    body = content_lines(pdf)
    assert "".join(line.text for line in body).count(unbroken) == 2
    for line in body:
        assert BLOCK_LEFT - TOLERANCE <= line.x and line.x_end <= BLOCK_RIGHT + TOLERANCE, line


def test_an_overlong_table_cell_is_cut_and_reported(render, data):
    claim = replace(data.claims[0], contract_no="HT" + "-0" * 200)
    doc, pdf = render("supervision", replace(data, claims=(claim,)))
    assert any("截断" in str(w) for w in doc.warnings)
    assert all(line.x_end <= BLOCK_RIGHT + TOLERANCE for line in content_lines(pdf))


def test_a_multi_paragraph_summary_prints_as_paragraphs(render, data):
    _doc, pdf = render("reply", replace(data, summary="第一段。\n第二段。"))
    starts = [line for line in pdf.lines if line.text in ("第一段。", "第二段。")]
    assert len(starts) == 2 and all(line.x > BLOCK_LEFT + 20 for line in starts)


# --- line breaking in the PDF -----------------------------------------------------------------


def test_no_line_starts_with_closing_punctuation(render, data):
    # The first line has 26 cells after the indent: the 27th character is a comma.
    text = "甲" * 26 + "，" + "乙" * 30 + "。" + "丙" * 27 + "》" + "丁" * 5
    _doc, pdf = render("reply", replace(data, reply_text=text))
    lines = [line.text for line in pdf.lines if line.text[:1] in "甲乙丙丁，。》"]
    assert lines[0] == "甲" * 25
    assert lines[1].startswith("甲，")
    assert not any(line.text[0] in CLOSING for line in content_lines(pdf))


# --- pagination ---------------------------------------------------------------------------------


def test_a_three_page_reply_numbers_its_pages_odd_right_even_left(render):
    doc, pdf = render("reply", long_reply_data(pages=3))
    assert doc.page_count == pdf.page_count == 3

    numbers = [line for line in pdf.lines if PAGE_NUMBER_RE.match(line.text)]
    # 信函格式 (GB/T 9704 §10.1): the first page shows no page number; the others count from 2.
    assert [(line.page, line.text) for line in numbers] == [(2, "— 2 —"), (3, "— 3 —")]
    for line in numbers:
        assert line.size == 14
        # The number line hangs 7 mm below the text block (一字线上距版心下边缘 7 mm).
        assert 7 * MM <= BLOCK_BOTTOM - line.y <= 7 * MM + 14
        if line.page % 2:
            assert line.x_end == pytest.approx(BLOCK_RIGHT - 14, abs=0.05)  # 单页码居右空一字
        else:
            assert line.x == pytest.approx(BLOCK_LEFT + 14, abs=0.05)  # 双页码居左空一字


def test_the_record_block_is_on_the_last_page_only_between_rules(render):
    _doc, pdf = render("reply", long_reply_data(pages=3))
    record = [line for line in content_lines(pdf) if line.size == 14]
    assert {line.page for line in record} == {3}
    assert any(line.text.startswith("抄送：") for line in record)
    assert not any("印发" in line.text for line in record)  # 信函格式: no 印发机关/印发日期 line

    full_width = [rule for rule in pdf.rules if rule.y0 == rule.y1
                  and rule.x0 == pytest.approx(BLOCK_LEFT) and rule.x1 == pytest.approx(BLOCK_RIGHT)]
    thick = [rule for rule in full_width if rule.width == pytest.approx(0.35 * MM)]
    assert {rule.page for rule in thick} == {3} and len(thick) == 2
    lowest, highest = sorted(rule.y0 for rule in thick)
    assert lowest == pytest.approx(BLOCK_BOTTOM, abs=TOLERANCE)  # 末条分隔线 on the block's lower edge
    assert all(lowest < line.y < highest for line in record)  # 首条分隔线 above the first item
    thin = [rule for rule in full_width if rule.width == pytest.approx(0.25 * MM)]
    assert not thin  # one item (抄送): no rule between items


def test_a_table_continued_on_the_next_page_repeats_its_header(render, data):
    doc, pdf = render("supervision", replace(data, claims=long_reply_data().claims * 3))
    headers = [line for line in pdf.lines if line.text == "合同编号"]
    assert doc.page_count >= 2 and len({line.page for line in headers}) == len(headers) >= 2


# --- drafts -------------------------------------------------------------------------------------


def test_a_draft_has_a_watermark_on_every_page_and_no_number(render):
    _doc, pdf = render("reply", long_reply_data(), draft=True)
    marks = [line for line in pdf.lines if line.rotated and line.text == "草稿"]
    assert {line.page for line in marks} == set(range(1, pdf.page_count + 1))
    assert all(line.size >= 100 for line in marks)
    assert "（草稿，未编号）" in pdf.text()
    assert "工信投字" not in pdf.text()
    # Only a draft marks where the seal goes (a light dashed circle).
    assert b"[4 3] 0 d" in pdf.reader.pages[-1].get_contents().get_data()


def test_an_issued_letter_leaves_the_seal_space_empty(reply):
    _doc, pdf = reply
    assert all(b" d\n" not in page.get_contents().get_data() for page in pdf.reader.pages)


def test_an_issued_letter_has_no_watermark(reply):
    _doc, pdf = reply
    assert not any(line.rotated for line in pdf.lines)
    assert "草稿" not in pdf.text()


def test_an_issued_letter_needs_a_number(fonts):
    with pytest.raises(ValueError, match="doc_no"):
        render_letter("reply", sample_letter_data(doc_no=None), draft=False, fonts=fonts)


# --- determinism --------------------------------------------------------------------------------


def test_the_same_input_gives_the_same_bytes_and_another_number_other_bytes(fonts, data):
    first = render_letter("reply", data, draft=False, fonts=fonts)
    again = render_letter("reply", data, draft=False, fonts=fonts)
    other = render_letter("reply", replace(data, doc_no="X工信投字〔2026〕13号"), draft=False, fonts=fonts)

    assert first.pdf == again.pdf
    assert first.sha256 == hashlib.sha256(first.pdf).hexdigest() == again.sha256
    assert other.sha256 != first.sha256


def test_the_bytes_do_not_depend_on_the_process(fonts, data):
    script = (
        "from complaintdesk.documents import render_letter\n"
        "from complaintdesk.documents.samples import sample_letter_data\n"
        "print(render_letter('reply', sample_letter_data('reply'), draft=False).sha256)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip() == render_letter("reply", data, draft=False, fonts=fonts).sha256


def test_the_pdf_dates_come_from_the_letter(reply):
    doc, pdf = reply
    assert pdf.reader.metadata["/CreationDate"].startswith("D:20261126")
    assert pdf.reader.metadata["/Author"] == "某某县工业和信息化局"


# --- batch --------------------------------------------------------------------------------------


def test_a_batch_reports_progress_and_renders_in_order(fonts):
    calls = []
    jobs = [LetterJob(kind, sample_letter_data(kind), draft=True) for kind in ("acceptance", "supervision")]
    documents = render_batch(jobs, progress=lambda done, total: calls.append((done, total)), fonts=fonts)

    assert [d.kind for d in documents] == ["acceptance", "supervision"]
    assert calls == [(0, 2), (1, 2), (2, 2)]


def test_a_batch_can_be_cancelled_keeping_what_is_done(fonts):
    jobs = [("reminder", sample_letter_data("reminder"))] * 5
    done = []
    with pytest.raises(RenderCancelled) as cancelled:
        render_batch(jobs, progress=lambda n, _total: done.append(n), cancelled=lambda: len(done) > 2, fonts=fonts)
    assert len(cancelled.value.completed) == 2 and cancelled.value.total == 5
