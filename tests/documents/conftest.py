"""Fixtures for the letter tests: the discovered fonts, sample data, a GB2312-only font, rendering helpers."""

from __future__ import annotations

import pytest

from complaintdesk.documents import load_font_set, render_letter
from complaintdesk.documents.samples import sample_letter_data
from tests.documents.pdfscan import scan

# Every character of GB2312 (the set the Arphic GB fonts cover): rare name characters are not in it.
GB2312 = [
    char
    for high in range(0xA1, 0xF8)
    for low in range(0xA1, 0xFF)
    for char in [bytes([high, low]).decode("gb2312", errors="ignore")]
    if char
]


@pytest.fixture(scope="session")
def fonts():
    """The fonts this machine provides; tests about embedding need a TrueType CJK font (CI installs one)."""
    font_set = load_font_set()
    if not font_set.embedded:
        pytest.skip("no TrueType CJK font installed (apt-get install fonts-wqy-zenhei)")
    return font_set


@pytest.fixture
def data():
    return sample_letter_data("reply")


@pytest.fixture(scope="session")
def gb2312_font_path(tmp_path_factory, fonts):
    """A GB2312-only TrueType font cut from the installed one, like the Arphic GB fonts."""
    subset = pytest.importorskip("fontTools.subset")
    from fontTools.ttLib import TTFont

    source = fonts.files[fonts.body]
    font = TTFont(source.path, fontNumber=source.subfont_index)
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.layout_features = []
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in GB2312] + list(range(0x20, 0x7F)))
    subsetter.subset(font)
    out = tmp_path_factory.mktemp("fonts") / "gb2312-only.ttf"
    font.save(out)
    return out


@pytest.fixture
def render(fonts):
    """render(kind, data, draft=False) → (RenderedDocument, ScannedPdf)."""

    def _render(kind, data, *, draft=False, **kwargs):
        doc = render_letter(kind, data, draft=draft, fonts=kwargs.pop("fonts", fonts), **kwargs)
        return doc, scan(doc.pdf)

    return _render
