"""Chinese line breaking (避头尾), word handling and pagination, on the layout engine directly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from complaintdesk.documents.layout import (
    BLOCK_WIDTH,
    BODY_CHAR_SPACE,
    BODY_SIZE,
    CHAR_PITCH,
    LINE_END_FORBIDDEN,
    LINE_START_FORBIDDEN,
    LINES_PER_PAGE,
    TITLE_SIZE,
    Band,
    Shaper,
    break_lines,
    clean_text,
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
