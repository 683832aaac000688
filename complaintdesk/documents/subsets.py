"""Which embedded font subset each character of a letter goes to: the same subsets for every letter of a kind.

ReportLab embeds a TrueType face as subsets of up to 256 characters, numbered in the order characters are
first drawn, so two letters to different firms embed different subsets even where most of their
characters are the template's own words. Making a subset (ReportLab's pure-Python ``makeSubset``, then
zlib) is most of a letter's time; ``font_cache`` keeps a subset made for one PDF for the next that embeds
the very same one. ``assign_subsets`` numbers a letter's characters before anything is drawn:

* first the characters of the letter's FIXED text (what every letter of this template, office and kind
  prints: the template's own words, the office's name, …) in the fixed text's order, so that these subsets
  are identical letter after letter and come from the cache;
* then, in a subset of their own, the rest (names, amounts, dates), sorted by code point.

Only characters the letter draws are numbered (a fixed character this letter does not print is left out),
so a PDF embeds no glyph it does not use; what changes is that a face whose letter has both kinds of
characters embeds one subset more. The numbering depends on the letter alone (never on what was drawn
before), so the same letter gives the same bytes. A character drawn that was not numbered here is
numbered by ReportLab as usual, after these.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from complaintdesk.documents.font_cache import set_shared_subsets

SUBSET_SIZE = 256


def assign_subsets(doc, used: Mapping[str, Iterable[str]], fixed: Mapping[str, Iterable[str]]) -> None:
    """Number the characters ``used`` by each font (ReportLab name → characters) in the PDF document
    ``doc`` (a canvas's ``_doc``), before any is drawn: those in ``fixed[font]`` first in that order,
    then the others in a new subset, by code point. Fonts that are not subset TrueType fonts are left alone."""
    for name, chars in used.items():
        font = pdfmetrics.getFont(name)
        if not isinstance(font, TTFont) or not getattr(font, "_dynamicFont", False):
            continue
        chars = set(chars)
        first = [char for char in dict.fromkeys(fixed.get(name, ())) if char in chars]
        rest = sorted(chars.difference(first))
        font.splitString("", doc)  # the font's numbering in this document, made now if it is not yet
        state = font.state[doc]
        before = state.nextCode
        font.splitString("".join(first), doc)  # numbers each character not numbered yet, in order
        shared = len(state.subsets) if state.nextCode != before else 0
        if rest and shared and not state.frozen:
            _start_new_subset(state)
        font.splitString("".join(rest), doc)
        set_shared_subsets(font, doc, shared)


def _start_new_subset(state) -> None:
    """Make the next character numbered open a new subset (ReportLab adds the subset on reaching its
    first code: ``TTFont.splitString``)."""
    if state.nextCode % SUBSET_SIZE:
        state.nextCode += SUBSET_SIZE - state.nextCode % SUBSET_SIZE


@functools.lru_cache(maxsize=64)
def fixed_by_font(fonts, fixed: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, ...]]:
    """ReportLab font name → the characters of ``fixed`` ((role, text), …) set in it, in order, each once:
    a character goes to the font ``fonts`` (a FontSet) draws it in for that role. Kept for the next letter of
    the kind (the same fonts and fixed text): do not change what it returns."""
    by_font: dict[str, dict[str, None]] = {}
    for role, text in fixed:
        for char in text:
            font = fonts.font_for_char(role, char)
            if font is not None:
                by_font.setdefault(font, {})[char] = None
    return {font: tuple(chars) for font, chars in by_font.items()}


def used_by_font(runs: Iterable) -> dict[str, set[str]]:
    """ReportLab font name → the characters ``runs`` (layout TextRuns) draw in it."""
    chunks: dict[str, list[str]] = {}
    for run in runs:
        for font, chunk, _spacing in run.segments:
            chunks.setdefault(font, []).append(chunk)
    return {font: set("".join(texts)) for font, texts in chunks.items()}
