"""Per-glyph fallback: a character a role's font lacks is drawn from the next font that has it (each
embedded as its own subset); a character no font has is boxed in red in a draft, named in a warning, and
found by the pre-issue check with the parts of the letter it occurs in."""

from __future__ import annotations

from dataclasses import replace

import pytest

from complaintdesk.documents import FontFile, discover_font_set, load_template, render_letter
from complaintdesk.documents.fontfiles import read_cmap
from complaintdesk.documents.fontindex import FaceInfo, system_faces
from complaintdesk.documents.fonts import is_placeholder_font, unprintable_characters
from complaintdesk.documents.glyph_check import unprintable_in_letter
from complaintdesk.documents.layout import BODY_SIZE, Shaper
from complaintdesk.documents.samples import sample_letter_data
from complaintdesk.messages.documents import LETTER_UNPRINTABLE
from complaintdesk.resources import resource_path
from tests.documents.fontscan import drawn_chars, stroked_rects
from tests.documents.pdfscan import fonts_of, scan

ZHUQUE = str(resource_path("fonts", "ZhuqueFangsong.ttf"))
# A GBK hanzi that 朱雀仿宋 and both Arphic fonts lack and 文泉驿正黑 has (the preconditions are checked).
ONLY_IN_WQY = "刏"
EXT_B = "𠮷"  # U+20BB7, CJK Extension B: in none of the CI fonts
RED = (1.0, 0.0, 0.0)


def installed(family: str) -> FaceInfo:
    for face in system_faces():
        if family in face.families:
            return face
    pytest.skip(f"{family} is not installed (apt-get install fonts-wqy-zenhei fonts-arphic-ukai fonts-arphic-uming)")


@pytest.fixture(scope="module")
def wqy():
    face = installed("WenQuanYi Zen Hei")
    others = [ZHUQUE, installed("AR PL UMing CN").path, installed("AR PL UKai CN").path]
    assert ord(ONLY_IN_WQY) in read_cmap(face.path, face.index)
    assert all(ord(ONLY_IN_WQY) not in read_cmap(path) for path in others)
    return face


@pytest.fixture
def no_ext_b_font(fonts):
    if fonts.font_for_char("body", EXT_B) is not None:
        pytest.skip(f"this computer has a font with {EXT_B} (an Ext-B font)")
    return fonts


def lines_with(chars, char):
    """Characters of the text lines (page, y) that contain ``char``."""
    keys = {(c.page, c.y) for c in chars if c.char == char}
    return [c for c in chars if (c.page, c.y) in keys]


def test_a_character_the_body_font_lacks_is_drawn_from_a_font_that_has_it_not_as_a_box(fonts, wqy):
    data = replace(sample_letter_data("reply"), complainant_name=f"{ONLY_IN_WQY}祥贸易有限公司")
    doc = render_letter("reply", data, draft=False, fonts=fonts)

    chars = drawn_chars(doc.pdf)
    drawn = [c for c in chars if c.char == ONLY_IN_WQY]
    # In a subset of the Hei face (the letter's own characters have a subset of their own: subsets.py).
    assert drawn and {c.font.split("+", 1)[1] for c in drawn} == {"WenQuanYiZenHei-0"}
    # Only that character: the rest of its line stays in 仿宋.
    assert {c.font for c in lines_with(chars, ONLY_IN_WQY) if c.char in "祥贸易有限公司"} <= \
        {"/AAAAAA+ZhuqueFangsong-Regular", "/AAAAAB+ZhuqueFangsong-Regular"}
    assert "□" not in scan(doc.pdf).text() and data.complainant_name in scan(doc.pdf).text()
    assert not [w for w in doc.warnings if w.message is LETTER_UNPRINTABLE]


def test_the_body_looks_in_the_song_face_before_the_hei_one(fonts, wqy):
    # Full-width digits: not in 朱雀仿宋; in the Song (title, page number) and the Hei face alike.
    assert fonts.font_for_char("body", "１") == fonts.role("page_number") != fonts.role("heading1")
    glyphs = Shaper(fonts).shape("第１号", "body", BODY_SIZE)
    assert [g.font for g in glyphs] == [fonts.body, fonts.role("page_number"), fonts.body]


def test_any_installed_cjk_face_fills_in_embedded_as_its_own_subset(wqy):
    """A face no role asks for (listed under another name) is still searched, after the role fonts."""
    font_set = discover_font_set(faces=[FaceInfo(("Some Office Font",), wqy.path, wqy.index)])
    assert {font_set.role_font(role).family for role in font_set.roles} == {"Zhuque Fangsong"}
    assert font_set.fallbacks == (FontFile(wqy.path, wqy.index),)

    data = replace(sample_letter_data("acceptance"), complainant_name=f"{ONLY_IN_WQY}祥贸易有限公司")
    doc = render_letter("acceptance", data, draft=False, fonts=font_set)

    assert {c.font for c in drawn_chars(doc.pdf) if c.char == ONLY_IN_WQY} == {"/AAAAAA+WenQuanYiZenHei-0"}
    fonts = fonts_of(scan(doc.pdf).reader)
    assert "/AAAAAA+WenQuanYiZenHei-0" in fonts and "/FontFile2" in fonts["/AAAAAA+WenQuanYiZenHei-0"]["/FontDescriptor"]
    assert not doc.warnings


def test_a_character_no_font_has_is_boxed_in_red_in_the_draft_and_named_in_a_warning(no_ext_b_font):
    fonts = no_ext_b_font
    data = replace(sample_letter_data("reply"), complainant_name=f"{EXT_B}祥贸易有限公司")
    doc = render_letter("reply", data, draft=True, fonts=fonts)

    [warning] = [str(w) for w in doc.warnings if w.message is LETTER_UNPRINTABLE]
    assert f"“{EXT_B}”（U+20BB7）" in warning and "红框" in warning
    text = scan(doc.pdf).text()
    assert EXT_B not in text and "□祥贸易有限公司：" in text  # the addressee line, a placeholder in its place
    [box] = [r for r in stroked_rects(doc.pdf) if r.stroke == RED]
    [placeholder] = [c for c in drawn_chars(doc.pdf) if c.char == "□"]
    assert placeholder.page == box.page == 1
    assert box.x == pytest.approx(placeholder.x, abs=0.01)  # the addressee starts at the margin with it
    assert box.width == pytest.approx(BODY_SIZE, abs=0.5) and box.height == pytest.approx(BODY_SIZE)
    assert box.y < placeholder.y < box.y + box.height


def test_an_issued_style_render_of_the_same_letter_still_reports_it(no_ext_b_font):
    """The renderer never hides a placeholder: the service refuses to issue on this warning too."""
    data = replace(sample_letter_data("reply"), complainant_name=f"{EXT_B}祥贸易有限公司")
    doc = render_letter("reply", data, draft=False, fonts=no_ext_b_font)
    assert [w.message for w in doc.warnings if w.message is LETTER_UNPRINTABLE] == [LETTER_UNPRINTABLE]


def test_the_pre_issue_check_names_the_parts_of_the_letter_a_character_is_in(no_ext_b_font):
    fonts = no_ext_b_font
    data = replace(sample_letter_data("reply"), complainant_name=f"{EXT_B}祥贸易有限公司",
                   respondent_name=f"{EXT_B}某物业公司")
    template = load_template("reply")

    assert unprintable_in_letter(template, data, fonts, number="X工信投字") == {EXT_B: ("addressee", "body", "cc")}
    assert unprintable_in_letter(template, sample_letter_data("reply"), fonts) == {}
    # Spaces and controls are never "missing"; a private-use character (a 造字 name) is.
    assert unprintable_characters(" \u3000\n\t\u200b中", fonts) == set()
    assert unprintable_characters("\ue000", fonts) == {"\ue000"}


def test_placeholders_are_told_apart_by_their_font(no_ext_b_font):
    glyphs = Shaper(no_ext_b_font).shape(f"王{EXT_B}", "title", 22.0)
    assert [g.missing for g in glyphs] == ["", EXT_B]
    assert glyphs[1].char == "□" and is_placeholder_font(glyphs[1].font) and not is_placeholder_font(glyphs[0].font)
