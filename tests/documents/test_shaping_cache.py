"""Shaping is remembered per font set across letters (widths, glyphs, the fallback font of each
character): a letter must come out the same whatever was rendered before it with that font set, and a
character no font has must still be reported on every letter it occurs in."""

from __future__ import annotations

import pickle
from dataclasses import replace

import pytest

from complaintdesk.documents import load_template, render_letter
from complaintdesk.documents.layout import BODY_SIZE, Shaper, on_grid
from complaintdesk.documents.samples import sample_letter_data
from complaintdesk.messages.documents import LETTER_UNPRINTABLE

EXT_B = "𠮷"  # U+20BB7, CJK Extension B: in none of the CI fonts
MIXED = "“甲”·乙——丙……ABC 12,345.00元\t\u200b（丁）\u3000戊。"


def fresh(fonts):
    """The same fonts as a font set that has shaped nothing yet."""
    return pickle.loads(pickle.dumps(fonts))


def test_glyphs_on_the_grid_are_those_of_shaping_then_gridding(fonts):
    warmed = Shaper(fonts)
    warmed.shape_on_grid(MIXED, "body", BODY_SIZE)
    for shaper in (Shaper(fonts), Shaper(fresh(fonts))):
        assert shaper.shape_on_grid(MIXED, "body", BODY_SIZE) == on_grid(shaper.shape(MIXED, "body", BODY_SIZE),
                                                                         BODY_SIZE)
    # Controls become spaces and format characters are dropped, remembered glyphs or not.
    assert "".join(g.char for g in Shaper(fonts).shape(MIXED, "body", BODY_SIZE)) == MIXED.replace(
        "\t", " ").replace("\u200b", "")


def test_a_letter_is_the_same_after_other_letters_with_the_same_fonts(fonts):
    template = load_template("reply")
    data = sample_letter_data("reply")
    others = [replace(data, complainant_name=f"{name}有限公司") for name in ("甲乙丙", "丁戊己", "庚辛壬")]
    for other in others:
        render_letter("reply", other, template=template, draft=False, fonts=fonts)
    after = render_letter("reply", data, template=template, draft=False, fonts=fonts)
    first = render_letter("reply", data, template=template, draft=False, fonts=fresh(fonts))
    assert after.pdf == first.pdf


def test_a_character_no_font_has_is_reported_on_every_letter(fonts):
    if fonts.font_for_char("body", EXT_B) is not None:
        pytest.skip(f"this computer has a font with {EXT_B} (an Ext-B font)")
    for _ in range(2):
        shaper = Shaper(fonts)
        glyphs = shaper.shape(f"王{EXT_B}", "body", BODY_SIZE)
        assert [g.missing for g in glyphs] == ["", EXT_B]
        assert shaper.missing == {EXT_B: {"body"}}
    template = load_template("reply")
    data = replace(sample_letter_data("reply"), complainant_name=f"王{EXT_B}有限公司")
    for _ in range(2):
        document = render_letter("reply", data, template=template, draft=True, fonts=fonts)
        assert any(warning.code == LETTER_UNPRINTABLE.code for warning in document.warnings)
