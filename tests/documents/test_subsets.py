"""A letter's characters numbered into font subsets before drawing: the template's own words in the first
subsets (the same in every letter of the kind, embedded from the kept ones), the letter's own characters
apart; nothing else changes: the same text read back, the same characters embedded, the same bytes again."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace
from reportlab.pdfgen.canvas import Canvas

from complaintdesk.documents import font_cache, render, render_letter
from complaintdesk.documents.samples import sample_letter_data
from complaintdesk.documents.subsets import assign_subsets
from complaintdesk.documents.templates import load_template
from complaintdesk.resources import resource_path

BFCHAR = re.compile(rb"<([0-9A-F]{2})> <([0-9A-F]{4,})>")


def firm(data, number: int):
    """The sample reply to another firm about another debtor, paid another amount on another day."""
    name, debtor = ("赤峰市松山区鑫垚商贸有限公司", "巴林左旗自来水公司") if number else ("通辽市科尔沁区恒达建材有限公司",
                                                                       "宁城县人民医院")
    return replace(data, complainant_name=name, respondent_name=debtor, doc_no=f"X工信投字〔2026〕{number + 7}号",
                   reply_text=f"经本机关督办，{debtor}已于2026年11月{number + 3}日支付欠款{(number + 2) * 37511:,}.00元。")


def embedded(pdf: bytes) -> dict[str, tuple[bytes, str]]:
    """BaseFont (AAAAAA+Face, AAAAAB+Face …) → (its font file, the characters its ToUnicode map names)."""
    fonts = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            program = font["/FontDescriptor"]["/FontFile2"].get_object()
            assert len(program.get_data()) == program["/Length1"]
            chars = "".join(bytes.fromhex(code.decode()).decode("utf-16-be")
                            for _slot, code in BFCHAR.findall(font["/ToUnicode"].get_object().get_data()))
            fonts[str(font["/BaseFont"])] = (program.get_data(), chars)
    return fonts


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def unnumbered(monkeypatch, kind, data, **kwargs):
    """The letter as ReportLab numbers its characters by itself (in order of first use)."""
    with monkeypatch.context() as patch:
        patch.setattr(render, "_number_subsets", lambda *args: None)
        return render_letter(kind, data, **kwargs)


@pytest.mark.parametrize("draft", [False, True])
def test_letters_of_a_kind_share_their_first_subsets_and_embed_their_own_characters_apart(fonts, data, draft):
    first, second = (embedded(render_letter("reply", firm(data, n), draft=draft, fonts=fonts).pdf) for n in (0, 1))

    assert sorted(first) == sorted(second)
    same = [name for name in first if first[name] == second[name]]  # the very same subset, byte for byte
    differ = [name for name in first if name not in same]
    assert same and len(differ) == 1, differ  # only the letter's own characters' subset differs
    own = differ[0]
    assert "恒" in first[own][1] and "垚" in second[own][1] and "垚" not in first[own][1]
    shared = "".join(first[name][1] for name in same)
    assert "恒" not in shared and "垚" not in shared
    assert set(data.office.name) <= set(shared) and set("答复书") <= set(shared)


def test_a_letter_reads_the_same_and_embeds_the_same_characters_as_unnumbered(fonts, data, monkeypatch):
    for draft in (False, True):
        letter = firm(data, 1)
        numbered = render_letter("reply", letter, draft=draft, fonts=fonts)
        plain = unnumbered(monkeypatch, "reply", letter, draft=draft, fonts=fonts)

        assert text_of(numbered.pdf) == text_of(plain.pdf)
        assert "赤峰市松山区鑫垚商贸有限公司" in text_of(numbered.pdf).replace("\n", "")

        def characters(pdf):  # per face, every character embedded, whatever subset it is in
            faces: dict[str, set[str]] = {}
            for name, (_data, chars) in embedded(pdf).items():
                faces.setdefault(name.split("+", 1)[1], set()).update(chars)
            return faces

        assert characters(numbered.pdf) == characters(plain.pdf)
        # An extra subset costs a little: its tables, its Font objects, a fast zlib level.
        assert len(plain.pdf) < len(numbered.pdf) < len(plain.pdf) * 1.10


def test_the_same_letter_is_the_same_pdf_whatever_was_rendered_before(fonts, data):
    letter = firm(data, 0)
    for draft in (False, True):
        alone = render_letter("reply", letter, draft=draft, fonts=fonts).sha256
        for n in range(2, 5):  # other letters fill the kept subsets with theirs
            render_letter("reply", firm(data, n), draft=draft, fonts=fonts)
        render_letter("acceptance", sample_letter_data("acceptance"), draft=draft, fonts=fonts)
        assert render_letter("reply", letter, draft=draft, fonts=fonts).sha256 == alone


def test_a_character_from_a_fallback_font_is_embedded_and_read_back(fonts, data):
    lacking = next((chr(code) for code in range(0x4E00, 0x9FA6)
                    if fonts.font_for_char("body", chr(code)) not in (None, fonts.body)), None)
    if lacking is None:
        pytest.skip("the body font has every CJK character: no fallback to show")
    name = f"赤峰市{lacking}商贸有限公司"
    document = render_letter("reply", replace(firm(data, 0), complainant_name=name), draft=False, fonts=fonts)

    assert name in text_of(document.pdf).replace("\n", "")
    fallback = fonts.font_for_char("body", lacking)
    face = fonts.files[fallback]
    assert any(lacking in chars for _data, chars in embedded(document.pdf).values()), face


def test_characters_are_numbered_fixed_first_then_the_rest_in_a_subset_of_their_own(fonts):
    doc = Canvas(io.BytesIO())._doc
    body = fonts.body
    assign_subsets(doc, {body: "王某某申请书中文A"}, {body: "申请书X中"})

    state = pdfmetrics.getFont(body).state[doc]
    assert [chr(code) for code in state.subsets[0] if code > 127] == list("申请书中")  # X is not drawn
    assert [chr(code) for code in state.subsets[1] if code > 127] == sorted("王某文")
    assert getattr(state, font_cache._SHARED_SUBSETS) == 1  # the second is the letter's own


def test_a_font_with_none_of_the_fixed_characters_keeps_one_subset(fonts):
    doc = Canvas(io.BytesIO())._doc
    assign_subsets(doc, {fonts.body: "王某文"}, {fonts.body: "申请书"})

    state = pdfmetrics.getFont(fonts.body).state[doc]
    assert len(state.subsets) == 1 and [chr(c) for c in state.subsets[0] if c > 127] == sorted("王某文")
    assert getattr(state, font_cache._SHARED_SUBSETS) == 0


def test_the_fixed_text_is_the_template_s_own_words_and_the_office(data):
    template = load_template("reply")
    items = render.printed_items(template, data, render._Filler(data))
    fixed = render.fixed_text(template, items, data, draft=False, has_cc=True)

    assert data.office.name in fixed["body"] and data.office.name in fixed["title"]
    assert "答复" in fixed["title"] and "年月日" in fixed["body"] and "抄送：" in fixed["body"]
    assert data.complainant_name not in fixed["body"] and "{" not in "".join(fixed.values())
    draft = render.fixed_text(template, items, data, draft=True)
    assert render.WATERMARK in draft["title"] and render.DRAFT_NUMBER in draft["body"]


def test_a_font_embeds_what_reportlab_embeds_byte_for_byte(tmp_path):
    """Without a letter's numbering, the objects (widths, ToUnicode maps, font files) are ReportLab's own,
    whether the face was parsed, restored from the cache, or embeds a subset it kept from a PDF before."""
    path = resource_path("fonts", "ZhuqueFangsong.ttf")
    text = "".join(chr(code) for code in range(0x4E00, 0x4E00 + 300)) + "投诉答复书 2026年11月"  # two subsets

    def pdf(font) -> bytes:
        pdfmetrics.registerFont(font)  # (the one under this name now)
        buffer = io.BytesIO()
        canvas = Canvas(buffer, invariant=1)
        canvas.setFont(font.fontName, 16)
        canvas.drawString(72, 720, text)
        canvas.save()
        return buffer.getvalue()

    reportlab_own = pdf(TTFont("CD-rl-own", path))
    parsed = font_cache.load_ttfont("CD-rl-ours", path, directory=tmp_path)
    assert pdf(parsed) == reportlab_own and pdf(parsed) == reportlab_own  # the second from kept subsets
    restored = font_cache.load_ttfont("CD-rl-ours", path, directory=tmp_path)
    assert type(restored.face) is not TTFontFace  # from the cache entry the parse wrote
    assert pdf(restored) == reportlab_own
