"""Font discovery order, the CID fallback with its warning, and glyph coverage checks."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest

from complaintdesk.documents import FontConfig, FontFile, discover_font_set, missing_characters, render_letter
from complaintdesk.documents.fonts import CID_FALLBACK, has_truetype_outlines, load_font_set
from complaintdesk.documents.samples import sample_letter_data
from complaintdesk.resources import resource_path
from tests.documents.pdfscan import fonts_of, scan

ZHUQUE_SHA256 = "60790d6913a2b624d2634e32247fc47489d60f4f512d04d9959375cb7e04a146"

RARE = "堃喆昇镕珺"


def test_the_installed_truetype_font_has_the_rare_name_characters(fonts):
    assert fonts.embedded
    assert missing_characters("王晓" + RARE, fonts) == set()


def test_a_gb2312_only_font_misses_the_rare_characters(gb2312_font_path):
    font_set = load_font_set(gb2312_font_path)
    assert font_set.embedded
    assert missing_characters("王晓" + RARE + "，。", font_set) == set(RARE)


def test_missing_characters_ignore_whitespace_and_controls(fonts):
    assert missing_characters(" \n\t\u3000中", fonts) == set()


def test_rare_characters_print_as_a_visible_placeholder_and_are_reported(gb2312_font_path, render):
    font_set = load_font_set(gb2312_font_path)
    data = replace(sample_letter_data("acceptance"), complainant_name="张堃喆有限公司")

    doc, pdf = render("acceptance", data, fonts=font_set)

    assert "张□□有限公司" in pdf.text()
    assert "堃" not in pdf.text()
    [warning] = [str(w) for w in doc.warnings if "缺少" in str(w)]
    assert "堃" in warning and "喆" in warning


def test_with_no_truetype_font_the_cid_fallback_warns_what_to_install():
    font_set = discover_font_set(directories=[], bundled=False)  # not even the bundled one

    assert font_set.body == CID_FALLBACK
    assert not font_set.embedded
    assert any("fonts-wqy-zenhei" in str(w) and "不嵌入" in str(w) for w in font_set.warnings)
    # Readers substitute their own font for it: only GB2312 is safe, so rare characters are reported.
    assert missing_characters(RARE + "中文", font_set) == set(RARE)


def test_a_cid_fallback_letter_renders_and_carries_the_warning():
    font_set = discover_font_set(directories=[], bundled=False)
    doc = render_letter("acceptance", sample_letter_data("acceptance"), draft=True, fonts=font_set)

    assert doc.pdf.startswith(b"%PDF")
    assert any("不嵌入" in str(w) for w in doc.warnings)


def test_windows_fonts_come_first_and_fill_their_roles(tmp_path, fonts):
    """A folder laid out like C:\\Windows\\Fonts wins over the Linux fonts, one file per role."""
    real = fonts.files[fonts.body]
    windows = tmp_path / "Fonts"
    windows.mkdir()
    for name in ("SIMFANG.TTF", "simhei.ttf", "simkai.ttf"):
        (windows / name).symlink_to(real.path)
    linux = tmp_path / "share"
    (linux / "wqy").mkdir(parents=True)
    (linux / "wqy" / "wqy-zenhei.ttc").symlink_to(real.path)

    font_set = discover_font_set(directories=[windows, linux])

    assert "仿宋" in font_set.describe(font_set.body)
    assert "黑体" in font_set.describe(font_set.heading1)
    assert "黑体" in font_set.describe(font_set.title)  # no 小标宋: SimHei stands in
    assert "楷体" in font_set.describe(font_set.heading2)
    assert font_set.files[font_set.body].path == str(windows / "SIMFANG.TTF")


def test_linux_fonts_are_used_when_there_are_no_windows_fonts(tmp_path, fonts):
    real = fonts.files[fonts.body]
    (tmp_path / "wqy").mkdir()
    (tmp_path / "wqy" / "wqy-zenhei.ttc").symlink_to(real.path)

    font_set = discover_font_set(directories=[tmp_path])

    assert "WenQuanYi" in font_set.source
    assert {font_set.title, font_set.heading1, font_set.heading2} == {font_set.body}


def test_a_configured_font_wins_and_a_broken_one_falls_back_with_a_warning(tmp_path, gb2312_font_path):
    configured = discover_font_set(FontConfig(FontFile(gb2312_font_path)), directories=[])
    assert configured.files[configured.body].path == str(gb2312_font_path)
    assert configured.warnings == ()

    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"OTTO" + b"\0" * 64)  # CFF outlines: ReportLab cannot embed them
    fallback = discover_font_set(str(broken), directories=[], bundled=False)
    assert fallback.body == CID_FALLBACK
    assert any("设置中指定的字体无法使用" in str(w) for w in fallback.warnings)
    # With the bundled font, the broken setting falls back to it, still embedded, and still says so.
    bundled = discover_font_set(str(broken), directories=[])
    assert bundled.embedded and "Zhuque" in bundled.source
    assert any("设置中指定的字体无法使用" in str(w) for w in bundled.warnings)


def test_only_fonts_with_truetype_outlines_are_accepted(tmp_path, fonts):
    assert has_truetype_outlines(fonts.files[fonts.body].path, fonts.files[fonts.body].subfont_index)
    cff = tmp_path / "cff.otf"
    cff.write_bytes(b"OTTO\x00\x01\x00\x00\x00\x00\x00\x00" + b"CFF " + b"\0" * 12)
    assert not has_truetype_outlines(cff)
    assert not has_truetype_outlines(tmp_path / "absent.ttf")


def test_fonts_are_registered_once_per_process():
    assert load_font_set() is load_font_set()


@pytest.mark.parametrize("role", ["body", "title", "heading1", "heading2"])
def test_every_role_has_a_registered_font(fonts, role):
    assert fonts.has_char(fonts.role(role), "中")


# --- the bundled 朱雀仿宋 -------------------------------------------------------------------------


def test_the_shipped_fangsong_is_the_documented_file_with_its_licence_beside_it():
    font = resource_path("fonts", "ZhuqueFangsong.ttf")
    assert hashlib.sha256(font.read_bytes()).hexdigest() == ZHUQUE_SHA256
    licence = font.with_name("ZhuqueFangsong-OFL.txt")
    assert "SIL OPEN FONT LICENSE" in licence.read_text(encoding="utf-8").upper()


def test_with_no_system_font_a_letter_embeds_the_bundled_fangsong():
    font_set = discover_font_set(directories=[])  # a machine without any CJK TrueType font
    data = sample_letter_data("acceptance")

    doc = render_letter("acceptance", data, draft=True, fonts=font_set)
    pdf = scan(doc.pdf)

    assert font_set.embedded and not font_set.warnings
    assert "仿宋" in font_set.describe(font_set.body)
    fonts = fonts_of(pdf.reader)
    assert fonts and all("Zhuque" in name for name in fonts), sorted(fonts)
    assert all("/FontFile2" in font["/FontDescriptor"] for font in fonts.values())  # embedded TrueType
    text = pdf.text()
    assert data.complainant_name in text and data.respondent_name in text
    assert "受理告知书" in text and "□" not in text
    assert not [w for w in doc.warnings if "缺少" in str(w)]


def test_the_bundled_font_lacks_characters_that_get_reported():
    font_set = discover_font_set(directories=[])
    # Full-width digits and CJK Extension B are not in it (a fallback font must supply them later).
    assert missing_characters("王晓堃１𠮷", font_set) == {"１", "𠮷"}


def test_a_system_font_stays_the_body_ahead_of_the_bundled_one(tmp_path, fonts):
    """Until letters fall back per glyph, wqy-zenhei (all of GBK) keeps the body; 朱雀仿宋 only fills in."""
    real = fonts.files[fonts.body]
    (tmp_path / "wqy").mkdir()
    (tmp_path / "wqy" / "wqy-zenhei.ttc").symlink_to(real.path)

    font_set = discover_font_set(directories=[tmp_path])

    assert "WenQuanYi" in font_set.describe(font_set.body)
    assert "Zhuque" not in font_set.source
