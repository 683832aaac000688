"""Chinese line breaking (避头尾), word handling and pagination, on the layout engine directly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics

from complaintdesk.documents.layout import (
    BLOCK_LEFT,
    BLOCK_WIDTH,
    BODY_CHAR_SPACE,
    BODY_SIZE,
    CHAR_PITCH,
    LINE_END_FORBIDDEN,
    LINE_START_FORBIDDEN,
    LINES_PER_PAGE,
    MAX_JUSTIFY_STRETCH,
    TITLE_SIZE,
    Band,
    Composer,
    Shaper,
    break_lines,
    cell_padding,
    clean_text,
    on_grid,
    paginate,
    title_lines,
)


def lines_of(fonts, text, first=BLOCK_WIDTH, width=BLOCK_WIDTH):
    glyphs = Shaper(fonts).shape(text, "body", BODY_SIZE)
    return ["".join(g.char for g in line.glyphs) for line in break_lines(glyphs, first, width, BODY_CHAR_SPACE)]


def test_a_full_line_holds_exactly_28_characters(fonts):
    assert [len(line) for line in lines_of(fonts, "中" * 60)] == [28, 28, 4]


def test_closing_punctuation_never_starts_a_line(fonts):
    # 28 characters then a comma: the comma may not open line 2, so the 28th character goes down with it.
    lines = lines_of(fonts, "甲" * 28 + "，" + "乙" * 10)
    assert lines == ["甲" * 27, "甲，" + "乙" * 10]


def test_opening_punctuation_never_ends_a_line(fonts):
    lines = lines_of(fonts, "甲" * 27 + "（乙）")
    assert lines == ["甲" * 27, "（乙）"]


def test_dashes_and_ellipses_stay_whole(fonts):
    lines = lines_of(fonts, "甲" * 27 + "——乙")
    assert lines[1].startswith("——")
    # An ellipsis may not open a line either: the character before it comes down too.
    assert lines_of(fonts, "甲" * 27 + "……乙") == ["甲" * 26, "甲……乙"]


def test_numbers_keep_their_unit_and_stay_whole(fonts):
    lines = lines_of(fonts, "甲" * 24 + "1,234.50元")
    assert lines[1].startswith("1,234.50元")


def test_a_very_long_word_is_broken_to_fit(fonts):
    lines = lines_of(fonts, "A" * 300)
    assert "".join(lines) == "A" * 300
    assert len(lines) > 5


def test_spaces_at_a_break_are_dropped(fonts):
    lines = lines_of(fonts, "word " * 40)
    assert all(not line.startswith(" ") and not line.endswith(" ") for line in lines)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("关于转办内蒙古某某农牧机械有限公司投诉事项的函", ["关于转办内蒙古某某农牧机械有限公司", "投诉事项的函"]),
        ("关于某某县第一中学拖欠中小企业账款情况的督办通知", ["关于某某县第一中学", "拖欠中小企业账款情况的督办通知"]),
        ("投诉事项办理结果答复书", ["投诉事项办理结果答复书"]),
    ],
)
def test_a_two_line_title_breaks_where_the_sense_allows(fonts, title, expected):
    glyphs = Shaper(fonts).shape(title, "title", TITLE_SIZE)
    assert ["".join(g.char for g in line.glyphs) for line in title_lines(glyphs, BLOCK_WIDTH)] == expected


def test_invisible_and_reordering_characters_are_removed():
    assert clean_text("A\u202eB\u200bC\tD\x00E") == "ABC D E"


WORD = st.text(alphabet="的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就", min_size=1, max_size=6)
PUNCT = st.sampled_from(["", "，", "。", "、", "；", "：", "！", "？", "）", "》", "”", "（", "《", "“", "——"])
SENTENCE = st.lists(st.tuples(WORD, PUNCT), min_size=1, max_size=60).map(
    lambda parts: "".join(word + punct for word, punct in parts)
)


@settings(max_examples=150, deadline=None)
@given(text=SENTENCE, indent=st.sampled_from([0, 2]))
def test_no_line_breaks_against_the_rules(fonts, text, indent):
    lines = lines_of(fonts, text, BLOCK_WIDTH - indent * CHAR_PITCH)
    assert "".join(lines) == text
    shaper = Shaper(fonts)
    for index, line in enumerate(lines):
        width = shaper.text_width(shaper.shape(line, "body", BODY_SIZE), BODY_CHAR_SPACE)
        assert width <= BLOCK_WIDTH - (indent * CHAR_PITCH if index == 0 else 0) + 1e-6
        if index > 0:
            assert line[0] not in LINE_START_FORBIDDEN, lines
        if index < len(lines) - 1:
            assert line[-1] not in LINE_END_FORBIDDEN, lines


def test_pagination_keeps_chains_together_and_repeats_table_headers():
    header = Band(1, keep_with_next=True)
    rows = [Band(1) for _ in range(5)]
    for row in rows:
        row.header = header
    filler = [Band(1) for _ in range(LINES_PER_PAGE - 3)]
    pages = paginate([*filler, header, *rows])

    assert len(pages) == 2
    # Header and first row on page 1 (they fit), the rest continue under a repeated header.
    assert [band for _, band in pages[1].bands][0] is header
    assert pages[1].used == 1 + 3


def test_a_keep_chain_moves_as_a_whole():
    bands = [Band(1) for _ in range(LINES_PER_PAGE - 2)] + [Band(1, keep_with_next=True), Band(2)]
    pages = paginate(bands)
    assert len(pages) == 2
    assert [band.rows for _, band in pages[1].bands] == [1, 2]


def test_the_record_block_goes_to_the_foot_of_the_last_page_or_a_new_one():
    record = Band(2)
    assert len(paginate([Band(1)] * 5, record)) == 1
    pages = paginate([Band(1)] * (LINES_PER_PAGE - 1), record)
    assert len(pages) == 2 and pages[-1].record is record and pages[0].record is None


# --- justification within 1/8 em, punctuation on the grid, the 版记 with the closing lines -----


def needed_stretch(lines, first, width):
    """The most space per gap any line but the last would need to reach the right edge."""
    worst = 0.0
    for index, line in enumerate(lines[:-1]):
        avail = first if index == 0 else width
        slack = avail - (sum(g.width for g in line.glyphs) + BODY_CHAR_SPACE * (len(line.glyphs) - 1))
        if slack > 0:
            worst = max(worst, slack / len(line.gaps) if line.gaps else slack)
    return worst


def test_a_paragraph_is_broken_again_rather_than_spaced_out(fonts):
    first = BLOCK_WIDTH - 2 * CHAR_PITCH
    rebroken = 0
    for fill in range(28):  # wherever the amount falls, whatever the font's digits
        # (A first line full to the edge: a number that cannot end the first line has no line before
        # it to take characters from; the renderer leaves such a line short.)
        text = "乙" * 26 + "甲" * fill + "经核实，对方已支付部分欠款，尚欠合同金额合计1,851,300.50元（大写略），逾期利息另计。" * 3
        glyphs = Composer(fonts)._shape(text, "body", BODY_SIZE)
        greedy = break_lines(glyphs, first, BLOCK_WIDTH, BODY_CHAR_SPACE)
        justified = break_lines(glyphs, first, BLOCK_WIDTH, BODY_CHAR_SPACE, max_stretch=MAX_JUSTIFY_STRETCH)
        rebroken += needed_stretch(greedy, first, BLOCK_WIDTH) > MAX_JUSTIFY_STRETCH  # would have been spaced out
        assert needed_stretch(justified, first, BLOCK_WIDTH) <= MAX_JUSTIFY_STRETCH + 1e-6, fill
        texts = ["".join(g.char for g in line.glyphs) for line in justified]
        assert "".join(texts) == text
        assert all(line[0] not in LINE_START_FORBIDDEN for line in texts[1:])
        assert all(line[-1] not in LINE_END_FORBIDDEN for line in texts[:-1])
        assert all("1,851,300.50元" in line for line in texts if "1,851" in line)
    assert rebroken


def test_a_line_that_cannot_be_filled_otherwise_is_squeezed_at_its_punctuation(fonts):
    # "（2022年））。" cannot be broken: the greedy line before it would need 5 pt between characters.
    text = "本机关将依法调查处理，并书面答复你单位。本案办理期限至2025年2月26日届满（依据：《信访工作条例》（2022年））。情况复杂的，另行告知。"
    composer = Composer(fonts)
    bands = composer.paragraph(text)
    for band in bands[:-1]:
        [run] = band.runs
        chars = "".join(chunk for _font, chunk, _spacing in run.segments)
        # Where the last cell ends: every glyph's advance and spacing (squeezing included).
        right = run.x + sum(pdfmetrics.stringWidth(chunk, font, BODY_SIZE) + spacing * len(chunk)
                            for font, chunk, spacing in run.segments) - BODY_CHAR_SPACE
        assert right == pytest.approx(BLOCK_LEFT + BLOCK_WIDTH, abs=0.3), chars
        assert max(spacing for _font, _chunk, spacing in run.segments) <= BODY_CHAR_SPACE + MAX_JUSTIFY_STRETCH + 1e-6
        # Squeezed marks give up at most half their cell.
        assert min(spacing for _font, _chunk, spacing in run.segments) >= BODY_CHAR_SPACE - BODY_SIZE / 2 - 1e-6


def test_ten_thousand_wan_yuan_is_never_split(fonts):
    for fill in range(20, 29):
        lines = lines_of(fonts, "甲" * fill + "涉及10000万元整")
        assert any("10000万元" in line for line in lines), (fill, lines)


def test_quotes_are_set_in_a_full_cell_whatever_the_font_draws(fonts):
    glyphs = on_grid(Shaper(fonts).shape("“甲”·", "body", BODY_SIZE), BODY_SIZE)
    assert [g.width for g in glyphs] == [BODY_SIZE] * 4
    before, after = cell_padding(glyphs[0], BODY_SIZE)
    natural = pdfmetrics.stringWidth("“", glyphs[0].font, BODY_SIZE)
    assert before == pytest.approx(BODY_SIZE - natural) and after == 0  # the opening quote's ink hugs 甲
    assert cell_padding(glyphs[1], BODY_SIZE) == (0.0, 0.0)
    assert cell_padding(glyphs[2], BODY_SIZE)[0] == 0  # the closing quote's blank is after it
    dot_before, dot_after = cell_padding(glyphs[3], BODY_SIZE)
    assert dot_before == pytest.approx(dot_after)  # the middle dot is centred


def test_the_record_block_takes_the_closing_chain_over_to_its_page():
    filler = [Band(1) for _ in range(LINES_PER_PAGE - 3)]
    closing = [Band(1, keep_with_next=True), Band(1, keep_with_next=True), Band(1)]
    record = Band(2)
    pages = paginate([*filler, *closing], record, no_text_notice=Band(1))
    assert len(pages) == 2
    assert [band for _row, band in pages[1].bands] == closing and pages[1].record is record
    assert [band for _row, band in pages[0].bands] == filler


def test_a_record_block_that_cannot_go_with_the_closing_chain_stands_under_the_notice():
    notice = Band(1)
    closing = [Band(1, keep_with_next=True) for _ in range(LINES_PER_PAGE - 2)] + [Band(1)]
    pages = paginate([Band(1), *closing], Band(3), no_text_notice=notice)
    assert [band for _row, band in pages[-1].bands] == [notice] and pages[-1].record is not None
    assert len(pages[0].bands) == LINES_PER_PAGE  # nothing moved: the text stays where it was
