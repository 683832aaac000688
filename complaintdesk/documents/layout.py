"""GB/T 9704-2012 page geometry, Chinese line breaking on the 28 × 22 grid, and pagination into bands.

Text is never parsed as markup here: it is shaped character by character (each one checked against
the font), broken into lines by our own rules (避头尾 / kinsoku), and drawn as plain strings.
Every element occupies whole grid lines, so body text always sits on the 22-line grid.
"""

from __future__ import annotations

import math
import re
import unicodedata
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from complaintdesk.documents.fonts import FontSet
from complaintdesk.messages import Text
from complaintdesk.messages.documents import CELL_TRUNCATED, LETTER_UNPRINTABLE, UNPRINTABLE_CHARACTER

# --- page geometry (GB/T 9704-2012 §5.2) ------------------------------------------------------

PAGE_WIDTH, PAGE_HEIGHT = A4
TOP_MARGIN = 37 * mm  # 天头
LEFT_MARGIN = 28 * mm  # 订口
BLOCK_WIDTH = 156 * mm  # 版心宽
BLOCK_HEIGHT = 225 * mm  # 版心高
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
LINE_PITCH = BLOCK_HEIGHT / LINES_PER_PAGE  # ≈ 28.99 pt
CHAR_PITCH = BLOCK_WIDTH / CHARS_PER_LINE  # ≈ 15.79 pt: 16 pt characters set slightly tight

BLOCK_LEFT = LEFT_MARGIN
BLOCK_RIGHT = LEFT_MARGIN + BLOCK_WIDTH
BLOCK_TOP = PAGE_HEIGHT - TOP_MARGIN
BLOCK_BOTTOM = BLOCK_TOP - BLOCK_HEIGHT

BODY_SIZE = 16.0  # 三号
TITLE_SIZE = 22.0  # 二号
RECORD_SIZE = 14.0  # 四号
PAGE_NUMBER_SIZE = 14.0  # 四号
# 五号, else 小五, else 六号 where amounts would not fit otherwise: two table lines per grid line.
TABLE_SIZES = (10.5, 9.0, 7.5)
TABLE_TEXT_MIN_CHARS = 4  # a wrapping table column is never narrower (shorter text: its own width)
TABLE_PADDING = 3.0  # between a cell's text and its rules: a digit never touches a rule
BODY_CHAR_SPACE = CHAR_PITCH - BODY_SIZE

PAGE_NUMBER_GAP = 7 * mm  # 一字线上距版心下边缘 7 mm
SEAL_DIAMETER = 42 * mm  # the common round office seal
SEAL_CENTRE_DOWN = 0.6 * LINE_PITCH  # below the top of the signature's two lines (name, date)
RECORD_THICK_RULE = 0.35 * mm
RECORD_THIN_RULE = 0.25 * mm

# 信函格式 (GB/T 9704-2012 §10.1), the format of letters to enterprises and bodies (函). Distances are
# measured down from the page's top edge (the foot rule: up from its bottom edge).
LETTERHEAD_TOP = 30 * mm  # top edge of the 发文机关标志
LETTERHEAD_SIZE = 26.0  # 一号 小标宋 (smaller only for a name too long for the text block)
LETTERHEAD_RULE_GAP = 4 * mm  # from the 标志 down to the red double rule
LETTERHEAD_RULE_LENGTH = 170 * mm  # both double rules, centred on the text block
LETTERHEAD_THICK_RULE = 2.25  # pt: upper line of the top double rule, lower line of the foot one
LETTERHEAD_THIN_RULE = 0.75
FOOT_RULE_HEIGHT = 20 * mm  # the foot double rule's lower edge above the page's bottom edge
LETTERHEAD_ROWS = 1  # grid lines of page 1 under the letterhead; the number stands on the next one
NUMBER_BELOW_RULE = 7 / 8 * 16.0  # 发文字号 this far under the double rule (7/8 of a 3号 character)

# Top of the ideographic em box above the baseline, as a fraction of the size (Adobe-GB1 convention);
# used to centre lines of any size in their grid line.
EM_TOP = 0.88
# A word (Latin, digits, URL) longer than this is broken at any character instead of being pushed
# to the next line whole, which would leave a conspicuously short, stretched line.
LONG_WORD = 16 * CHAR_PITCH
# Justification adds at most this much between two characters (1/8 em of the 16 pt body: a pitch of
# at most 15.79 + 2 pt): a paragraph whose greedy breaks would need more is broken again (characters
# move between its lines, punctuation is squeezed, a long code may break), and a line that still cannot
# be filled is spaced to this limit and left short of the edge by the rest, never spaced out further.
MAX_JUSTIFY_STRETCH = BODY_SIZE / 8
# Breaking a code or name inside (a credit code that would otherwise leave a line short) costs more
# than any line within the stretch limit: it is done only when nothing else fills the lines.
WORD_BREAK_COST = 100.0
# A line wider than the block by more than this is set tighter by squeezing its punctuation marks
# (each by at most the blank half of its cell), which costs more than stretching within the limit.
OVERFULL = 1.0
SQUEEZE_COST = 10.0
_NUMBER = re.compile(r"[+-]?[0-9０-９][0-9０-９,，]*([.．][0-9０-９]+)?[%％‰]?")
# A table cell never grows beyond this many lines (a pathological contract number must not
# produce a row taller than a page); the rest is cut with an ellipsis and reported.
MAX_CELL_LINES = 8

EPSILON = 1e-6

# 避头尾 (GB/T 15834 / CLREQ): never at the start of a line …
LINE_START_FORBIDDEN = frozenset(
    "，。、；：！？）》」』】〕〗〙〛〉”’…‥·・%‰℃°′″．,.;:!?)]}｝］｠"
    "ー々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
)
# … and never at the end.
LINE_END_FORBIDDEN = frozenset("（《「『【〔〖〘〚〈“‘([{｛［｟＜¥￥$£€")
# Units that stay on the line of the number before them (a multiplier and its unit too: 10000万元).
NUMBER_UNITS = frozenset("元角分年月日号时天周份笔项条款次个人户家万亿％")
_MULTIPLIERS = frozenset("万亿")
# Punctuation that takes a full cell of the grid whatever the font's advance (a 正黑 “ is 1/3 em wide):
# quotes, the middle dot, dashes and ellipses, and every full-width CJK punctuation mark.
_GRID_PUNCTUATION_EXTRA = frozenset("“”‘’·—…")
# Where the blank part of such a narrow glyph's cell goes: before an opening mark (its ink hugs what
# follows), on both sides of a middle dot, after everything else.
_PAD_BEFORE = frozenset("“‘（《「『【〔〖〘〚〈")
_PAD_AROUND = frozenset("·・")
# Marks whose cell is half blank (the ink at one side): a line that cannot be filled otherwise may
# set them narrower, down to half a cell.
_SQUEEZABLE = frozenset("，。、；：！？）》」』】〕〗〙〛〉”’（《「『【〔〖〘〚〈“‘")
# Punctuation written as a pair that must not be split across lines (破折号, 省略号).
_PAIRED = frozenset("—…")


def baseline_below(top_offset: float, height: float, size: float) -> float:
    """Distance from the top of a band of ``height`` down to the baseline that centres ``size`` text in it."""
    return top_offset + (height - size) / 2 + EM_TOP * size


def clean_text(text: str) -> str:
    """Controls become spaces; invisible format characters (zero-width, bidi overrides, soft hyphens)
    are dropped, so nothing in user data can hide or reorder what is printed. Private-use and
    unassigned characters stay: the font check then prints and reports them (a 造字 name character)."""
    out = []
    for char in text:
        category = unicodedata.category(char)
        if category == "Cc":
            out.append(" ")
        elif category != "Cf":
            out.append(char)
    return "".join(out)


# --- shaping: characters to glyphs in fonts that have them ------------------------------------


@dataclass(frozen=True, slots=True)
class Glyph:
    char: str
    font: str
    width: float  # advance at the shaping size, without character spacing
    # A character no font has: ``char`` is then the placeholder drawn in its stead, in a placeholder
    # font that the renderer boxes in red (fonts.is_placeholder_font).
    missing: str = ""


def unprintable_item(char: str) -> Text:
    """“𠮷”（U+20BB7）: a character named so that it can be found even where it does not display."""
    return UNPRINTABLE_CHARACTER(char=char, code=f"U+{ord(char):04X}")


# Per font set, kept across letters (a batch shapes the same characters again and again): the unit width
# of each (font, character) and the glyph of each character per (role, size, on the grid). Plain dicts;
# a character no font has is never kept (each letter must record it for its warning).
_SHARED_TABLES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
# At most this many (role, size) glyph tables per font set: sizes computed from a text (a letterhead
# narrowed to fit) would otherwise add one table per office name.
_MAX_GLYPH_TABLES = 64


def _shared_tables(fonts: FontSet) -> dict:
    try:
        return _SHARED_TABLES.setdefault(fonts, {"widths": {}, "glyphs": {}})
    except TypeError:  # a font set that cannot be weakly referenced: tables of this shaper's own
        return {"widths": {}, "glyphs": {}}


class Shaper:
    """Maps each character to the first font of the role's chain that has it: the role's font, the
    other roles' fonts, then every other CJK TrueType font installed (FontSet.font_for_char). A
    character no font has becomes a placeholder (□ in a placeholder font, boxed in red when drawn)
    and is recorded with the roles it occurred in, for the warning; issuing refuses such a letter."""

    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        self.missing: dict[str, set[str]] = {}  # character no font has → roles it occurred in
        tables = _shared_tables(fonts)
        self._widths: dict[tuple[str, str], float] = tables["widths"]
        self._glyphs: dict[tuple[str, float, bool], dict[str, Glyph]] = tables["glyphs"]

    def width(self, char: str, font: str, size: float) -> float:
        key = (font, char)
        unit = self._widths.get(key)
        if unit is None:
            unit = self._widths[key] = pdfmetrics.stringWidth(char, font, 1000.0) / 1000.0
        return unit * size

    def shape(self, text: str, role: str, size: float) -> list[Glyph]:
        return self._shape(text, role, size, False)

    def shape_on_grid(self, text: str, role: str, size: float) -> list[Glyph]:
        """``on_grid(self.shape(text, role, size), size)``."""
        return self._shape(text, role, size, True)

    def _shape(self, text: str, role: str, size: float, grid: bool) -> list[Glyph]:
        key = (role, size, grid)
        table = self._glyphs.get(key)
        if table is None:
            table = {}
            if len(self._glyphs) < _MAX_GLYPH_TABLES:
                self._glyphs[key] = table
        known = table.get
        glyphs = []
        for char in text if text.isprintable() else clean_text(text):  # printable: nothing to clean
            glyph = known(char)
            if glyph is None:
                glyph = self._glyph(char, role, size, grid)
                if not glyph.missing:
                    table[char] = glyph
            glyphs.append(glyph)
        return glyphs

    def _glyph(self, char: str, role: str, size: float, grid: bool) -> Glyph:
        font = self.fonts.font_for_char(role, char)
        if font is None:
            glyph = self._unprintable(char, role, size)
        else:
            glyph = Glyph(char, font, self.width(char, font, size))
        return on_grid((glyph,), size)[0] if grid else glyph

    def _unprintable(self, char: str, role: str, size: float) -> Glyph:
        if char.isspace():  # a space no font has (e.g. U+3000 in a Latin-only font): an ordinary space
            font = self.fonts.role(role)
            return Glyph(" ", font, self.width(" ", font, size))
        self.missing.setdefault(char, set()).add(role)
        font, shown = self.fonts.placeholder(role)
        return Glyph(shown, font, self.width(shown, font, size), missing=char)

    def warnings(self) -> list[Text]:
        """One warning naming every character no font has (none when there is none)."""
        if not self.missing:
            return []
        return [LETTER_UNPRINTABLE(characters=tuple(unprintable_item(char) for char in sorted(self.missing)))]

    def text_width(self, glyphs: Sequence[Glyph], char_space: float = 0.0) -> float:
        return sum(g.width for g in glyphs) + char_space * len(glyphs)


# --- line breaking ----------------------------------------------------------------------------


def _is_cjk_unit(char: str) -> bool:
    """Characters that stand alone as a break unit: ideographs, kana, full-width forms, CJK punctuation."""
    width = unicodedata.east_asian_width(char)
    if width in ("W", "F"):
        return True
    return width == "A" and unicodedata.category(char)[0] in "PS"


# The break-unit kind of each character seen ("space", "cjk", "word"), kept across letters.
_KINDS: dict[str, str] = {}
_MAX_KINDS = 1 << 16


def _char_kind(char: str) -> str:
    kind = _KINDS.get(char)
    if kind is None:
        if char.isspace() and char != "\u3000":
            kind = "space"
        else:
            kind = "cjk" if _is_cjk_unit(char) else "word"
        if len(_KINDS) < _MAX_KINDS:
            _KINDS[char] = kind
    return kind


@dataclass(slots=True)
class _Unit:
    glyphs: list[Glyph]
    kind: str  # "cjk", "word", "space"
    width: float = 0.0
    joined: bool = False  # a piece of a word that continues the unit before it (no gap between)
    break_cost: float = 0.0  # of a line break before this unit (math.inf: never)

    def measure(self, char_space: float) -> _Unit:
        self.width = sum(g.width + char_space for g in self.glyphs)
        return self


def _units(glyphs: Sequence[Glyph], char_space: float) -> list[_Unit]:
    units: list[_Unit] = []
    kinds = [_KINDS.get(glyph.char) or _char_kind(glyph.char) for glyph in glyphs]
    count = len(glyphs)
    i = 0
    while i < count:
        glyph, kind = glyphs[i], kinds[i]
        if kind == "word":  # a word: up to a space or a CJK unit (U+3000 is both)
            j = i + 1
            while j < count and kinds[j] == "word":
                j += 1
            units.append(_Unit(list(glyphs[i:j]), "word").measure(char_space))
            i = j
        elif kind == "cjk" and glyph.char in _PAIRED and i + 1 < count and glyphs[i + 1].char == glyph.char:
            units.append(_Unit([glyph, glyphs[i + 1]], "cjk").measure(char_space))
            i += 2
        else:
            units.append(_Unit([glyph], kind, glyph.width + char_space))  # measured: one glyph's cell
            i += 1
    return units


def _split_word(unit: _Unit, room: float, char_space: float) -> tuple[_Unit, _Unit]:
    used, cut = 0.0, 0
    for glyph in unit.glyphs:
        if used + glyph.width + char_space > room + EPSILON:
            break
        used += glyph.width + char_space
        cut += 1
    head = _Unit(unit.glyphs[:cut], "word").measure(char_space)
    tail = _Unit(unit.glyphs[cut:], "word").measure(char_space)
    return head, tail


def _bad_break(units: Sequence[_Unit], k: int) -> bool:
    """Whether a line may not break before ``units[k]``."""
    first, last = units[k].glyphs[0].char, units[k - 1].glyphs[-1].char
    if first in LINE_START_FORBIDDEN or last in LINE_END_FORBIDDEN:
        return True
    if first not in NUMBER_UNITS:
        return False
    # A number keeps its unit: 600,000.00 | 元 would read as two things, and so would 10000万 | 元.
    if last.isdigit():
        return True
    return last in _MULTIPLIERS and k >= 2 and units[k - 2].glyphs[-1].char.isdigit()


@dataclass(frozen=True, slots=True)
class Line:
    glyphs: tuple[Glyph, ...]
    last: bool  # the paragraph's last line (not justified)
    # Indices of glyphs that end a break unit (not the line's last glyph): where justification may
    # add space, so that Latin words and numbers are never letter-spaced.
    gaps: tuple[int, ...] = ()


def break_lines(glyphs: Sequence[Glyph], first_width: float, width: float, char_space: float = 0.0,
                *, max_stretch: float | None = None) -> list[Line]:
    """Greedy line breaking with 避头尾: a line never starts with closing punctuation nor ends with an
    opening one (the previous character is pushed down instead), ——/…… stay whole, Latin words and
    numbers stay whole unless longer than ``LONG_WORD`` or a line, a number keeps its unit.

    With ``max_stretch`` (a justified paragraph): when some line but the last would need more than
    that between its break units to reach the right edge (a number pushed down whole leaves a gap),
    the paragraph is broken again over its whole length, moving characters down from the lines
    before so that every line needs as little as possible."""
    units = _units(glyphs, char_space)
    lines = _greedy_lines(units, first_width, width, char_space)
    if max_stretch is not None and _worst_stretch(lines, first_width, width, char_space) > max_stretch + EPSILON:
        rebroken = _best_lines(_units(glyphs, char_space), first_width, width, char_space, max_stretch)
        if rebroken is not None and (_worst_stretch(rebroken, first_width, width, char_space)
                                     < _worst_stretch(lines, first_width, width, char_space) - EPSILON):
            lines = rebroken
    return [_line(line, index == len(lines) - 1) for index, line in enumerate(lines)]


def _greedy_lines(units: list[_Unit], first_width: float, width: float, char_space: float) -> list[list[_Unit]]:
    lines: list[list[_Unit]] = []
    i = 0
    while i < len(units):
        if lines:
            i = _skip_spaces(units, i)  # a continuation line does not start with a space
            if i == len(units):
                break
        j = _fill_line(units, i, first_width if not lines else width, char_space)
        if j < len(units):
            j = _avoid_bad_break(units, i, j)
        lines.append(_without_trailing_spaces(units[i:j]))
        i = j
    return lines


def _gap_count(line: Sequence[_Unit]) -> int:
    return sum(1 for unit in line[1:] if not unit.joined)


def _stretch_needed(slack: float, gaps: int) -> float:
    """Space to add at each gap so that a line short by ``slack`` reaches the edge (a line without a
    gap counts its whole slack)."""
    if slack <= EPSILON:
        return 0.0
    return slack / gaps if gaps else slack


def _worst_stretch(lines: Sequence[Sequence[_Unit]], first_width: float, width: float, char_space: float) -> float:
    worst = 0.0
    for index, line in enumerate(lines[:-1]):
        avail = first_width if index == 0 else width
        slack = avail - (sum(unit.width for unit in line) - char_space)
        worst = max(worst, _stretch_needed(slack, _gap_count(line)))
    return worst


def _word_break_cost(glyphs: Sequence[Glyph], index: int, long_word: bool) -> float:
    """What breaking a word before ``glyphs[index]`` costs: nothing in a word longer than
    ``LONG_WORD``; in a code or name (a credit code, a contract number) more than any line within the
    stretch limit, less after a hyphen or slash; a number (1,234.50) never splits."""
    if index == 0 or long_word:
        return 0.0
    text = "".join(g.char for g in glyphs)
    if _NUMBER.fullmatch(text) or index < 2 or index > len(glyphs) - 2:
        return math.inf
    return WORD_BREAK_COST / 2 if glyphs[index - 1].char in "-/_" else WORD_BREAK_COST


def _pieces(units: Sequence[_Unit], char_space: float) -> list[_Unit]:
    """Words as one unit per glyph, joined, each with what a break before it costs."""
    out: list[_Unit] = []
    for unit in units:
        if unit.kind == "word" and len(unit.glyphs) > 1:
            long_word = unit.width > LONG_WORD
            out += [_Unit([glyph], "word", joined=index > 0,
                          break_cost=_word_break_cost(unit.glyphs, index, long_word)).measure(char_space)
                    for index, glyph in enumerate(unit.glyphs)]
        else:
            out.append(unit)
    return out


def _squeeze_room(unit: _Unit) -> float:
    """How much narrower a punctuation mark may be set (half its cell: its blank half) when a line
    cannot be filled otherwise (标点挤压)."""
    glyph = unit.glyphs[0]
    return glyph.width / 2 if unit.kind == "cjk" and len(unit.glyphs) == 1 and glyph.char in _SQUEEZABLE else 0.0


@dataclass(slots=True)
class _Measure:
    """A candidate line as it grows unit by unit: its width, gaps and squeezable punctuation."""

    used: float = 0.0
    content: float = 0.0  # up to its last unit that is not a space
    gaps: int = 0
    content_gaps: int = 0
    # Squeezable width and marks between the line's first and last units (those two keep their
    # cells, so that nothing pokes out of the block); inner_*: also counting the last unit so far.
    room: float = 0.0
    marks: int = 0
    inner_room: float = 0.0
    inner_marks: int = 0

    def add(self, unit: _Unit, first: bool) -> None:
        self.used += unit.width
        if not first:
            self.gaps += not unit.joined
        if unit.kind != "space":
            self.content, self.content_gaps = self.used, self.gaps
            self.room, self.marks = self.inner_room, self.inner_marks
            if not first:
                squeeze = _squeeze_room(unit)
                self.inner_room += squeeze
                self.inner_marks += squeeze > 0

    def cost(self, avail: float, char_space: float, max_stretch: float, last: bool) -> float:
        slack = avail - self.content + char_space
        if slack < -OVERFULL:
            if not self.marks or -slack > self.room + EPSILON:
                return math.inf
            # Squeezing punctuation is allowed, but only where stretching cannot fill the lines.
            return SQUEEZE_COST + (slack / self.marks) ** 2
        if last:
            return 0.0
        stretch = _stretch_needed(slack, self.content_gaps)
        # Any set of breaks that keeps every line within ``max_stretch`` beats any that does not.
        return stretch * stretch if stretch <= max_stretch + EPSILON else 1e6 + stretch * stretch


def _best_lines(units: list[_Unit], first_width: float, width: float, char_space: float,
                max_stretch: float) -> list[list[_Unit]] | None:
    """The breaks (never against 避头尾) that need the least stretching, squeezing and breaking of
    words over the whole paragraph (the sum of their squares): dynamic programming over break
    positions. None when no allowed set of breaks exists."""
    units = _pieces(units, char_space)
    count = len(units)
    best: list[tuple[float, int] | None] = [None] * (count + 1)  # (cost so far, where the line began)
    best[0] = (0.0, 0)
    for start in range(count):
        if best[start] is None:
            continue
        first = _skip_spaces(units, start) if start else 0
        avail = first_width if start == 0 else width
        line = _Measure()
        for end in range(first + 1, count + 1):
            line.add(units[end - 1], end - 1 == first)
            if line.used - line.inner_room > avail + EPSILON and end > first + 1:
                break
            last = _skip_spaces(units, end) == count
            if not last and (units[end].break_cost == math.inf or _bad_break(units, end)):
                continue
            cost = best[start][0] + line.cost(avail, char_space, max_stretch, last)
            cost += 0.0 if last else units[end].break_cost
            if cost == math.inf:
                continue
            target = count if last else end
            if best[target] is None or cost < best[target][0] - EPSILON:
                best[target] = (cost, start)
    if best[count] is None:
        return None
    breaks = [count]
    while breaks[-1] > 0:
        breaks.append(best[breaks[-1]][1])
    breaks.reverse()
    return [_without_trailing_spaces(units[_skip_spaces(units, a) if a else 0 : b])
            for a, b in zip(breaks, breaks[1:], strict=False)]


def squeeze_line(glyphs: Sequence[Glyph], overfull: float) -> list[Glyph]:
    """A line ``overfull`` points too wide, with its punctuation marks (not the first glyph nor the
    last) set narrower by equal shares, none by more than half its width."""
    marks = [index for index, glyph in enumerate(glyphs[:-1]) if index and glyph.char in _SQUEEZABLE]
    if not marks:
        return list(glyphs)
    share = overfull / len(marks)
    out = list(glyphs)
    for index in marks:
        out[index] = replace(out[index], width=out[index].width - min(share, out[index].width / 2))
    return out


def _skip_spaces(units: list[_Unit], i: int) -> int:
    while i < len(units) and units[i].kind == "space":
        i += 1
    return i


def _fill_line(units: list[_Unit], i: int, avail: float, char_space: float) -> int:
    """Where the line starting at unit ``i`` ends (exclusive): as many units as fit ``avail``; a long
    word (or one wider than the whole line) is split in ``units`` so that its head fills the line."""
    used, j = 0.0, i
    while j < len(units):
        unit = units[j]
        if used + unit.width <= avail + EPSILON:
            used += unit.width
            j += 1
            continue
        if unit.kind == "word" and len(unit.glyphs) > 1 and (unit.width > LONG_WORD or j == i):
            head, tail = _split_word(unit, avail - used, char_space)
            if head.glyphs and tail.glyphs:
                units[j : j + 1] = [head, tail]
                j += 1
        break
    if j == i:  # one unit wider than the whole line (a single huge glyph): it goes alone
        j = i + 1
    return j


def _avoid_bad_break(units: list[_Unit], i: int, j: int) -> int:
    """The break before unit ``j``, moved back past units that may not end or start a line (if some
    earlier break in the line is allowed)."""
    k = j
    while k > i + 1 and _bad_break(units, k):
        k -= 1
    return j if _bad_break(units, k) else k


def _without_trailing_spaces(line: list[_Unit]) -> list[_Unit]:
    while len(line) > 1 and line[-1].kind == "space":
        line = line[:-1]
    return line


def _line(units: list[_Unit], last: bool) -> Line:
    flat: list[Glyph] = []
    gaps = []
    for index, unit in enumerate(units):
        if index and not unit.joined:
            gaps.append(len(flat) - 1)
        flat += unit.glyphs
    return Line(tuple(flat), last, tuple(gaps))


def balanced_lines(glyphs: Sequence[Glyph], width: float) -> list[Line]:
    """As few lines as fit ``width``, made as even as possible (for titles and table headers)."""
    lines = break_lines(glyphs, width, width)
    if len(lines) < 2:
        return lines
    low, high = 0.0, width
    for _ in range(16):
        middle = (low + high) / 2
        if len(break_lines(glyphs, middle, middle)) <= len(lines):
            high = middle
        else:
            low = middle
    return break_lines(glyphs, high, high)


# Where a two-line title may break without splitting a word: after these characters or names.
_TITLE_BREAK_AFTER = tuple("的于和与及对、，：）》") + (
    "公司", "中学", "小学", "大学", "学校", "政府", "医院", "集团", "中心", "委员会", "局", "厅", "办", "所", "站",
)
_TITLE_BREAK_BEFORE = tuple("关（《")


def title_lines(glyphs: Sequence[Glyph], width: float) -> list[Line]:
    """Lines of a title: a two-line title breaks where the sense allows (after 的, after a company or
    office name…; GB/T 9704 asks that 回行时词意完整), as evenly as possible; longer ones are balanced."""
    lines = break_lines(glyphs, width, width)
    if len(lines) != 2:
        return balanced_lines(glyphs, width)
    text = "".join(g.char for g in glyphs)
    best: tuple[float, int] | None = None
    for cut in range(1, len(glyphs)):
        left = sum(g.width for g in glyphs[:cut])
        right = sum(g.width for g in glyphs[cut:])
        if left > width + EPSILON or right > width + EPSILON:
            continue
        before, after = text[cut - 1], text[cut]
        if after in LINE_START_FORBIDDEN or before in LINE_END_FORBIDDEN or (before == after and before in _PAIRED):
            continue
        if not (_is_cjk_unit(before) or _is_cjk_unit(after) or before.isspace() or after.isspace()):
            continue  # inside a Latin word or a number
        sensible = text[:cut].endswith(_TITLE_BREAK_AFTER) or text[cut:].startswith(_TITLE_BREAK_BEFORE)
        score = (0.0 if sensible else 10_000.0) + abs(left - right)
        if best is None or score < best[0]:
            best = (score, cut)
    if best is None:
        return balanced_lines(glyphs, width)
    cut = best[1]
    return [Line(tuple(glyphs[:cut]), False), Line(tuple(glyphs[cut:]), True)]


# --- punctuation on the grid -------------------------------------------------------------------


def is_grid_punctuation(char: str) -> bool:
    """Punctuation that takes a full cell in Chinese text: full-width marks, quotes, dashes, ellipses."""
    known = _GRID_PUNCTUATION.get(char)
    if known is None:
        known = char in _GRID_PUNCTUATION_EXTRA or (unicodedata.category(char)[0] == "P"
                                                    and unicodedata.east_asian_width(char) in ("W", "F"))
        if len(_GRID_PUNCTUATION) < _MAX_KINDS:
            _GRID_PUNCTUATION[char] = known
    return known


_GRID_PUNCTUATION: dict[str, bool] = {}  # kept across letters
# The advance of (character, font, size) as the font draws it, for the grid punctuation's padding.
_ADVANCES: dict[tuple[str, str, float], float] = {}
_NO_PADDING = (0.0, 0.0)


def on_grid(glyphs: Sequence[Glyph], size: float) -> list[Glyph]:
    """``glyphs`` with every grid punctuation mark that the font draws narrower than ``size`` widened
    to a full cell (the run drawing it adds the difference as space: see ``cell_padding``)."""
    return [replace(g, width=size) if g.width < size - EPSILON and is_grid_punctuation(g.char) else g
            for g in glyphs]


def cell_padding(glyph: Glyph, size: float) -> tuple[float, float]:
    """(space before, space after) the glyph's own advance within the width it was set at."""
    if not is_grid_punctuation(glyph.char):
        return _NO_PADDING
    # Positive: a narrow mark widened to its cell; negative: a mark squeezed into half a cell.
    key = (glyph.char, glyph.font, size)
    advance = _ADVANCES.get(key)
    if advance is None:
        advance = pdfmetrics.stringWidth(glyph.char, glyph.font, size)
        if len(_ADVANCES) < _MAX_KINDS:
            _ADVANCES[key] = advance
    pad = glyph.width - advance
    if abs(pad) <= EPSILON:
        return _NO_PADDING
    if glyph.char in _PAD_BEFORE:
        return pad, 0.0
    if glyph.char in _PAD_AROUND:
        return pad / 2, pad / 2
    return 0.0, pad


# --- bands: whole grid lines of drawing, and their pagination ---------------------------------


@dataclass(frozen=True, slots=True)
class TextRun:
    """One line of text: starts at ``x``; ``baseline`` is measured down from the band's top."""

    x: float
    baseline: float
    size: float
    segments: tuple[tuple[str, str, float], ...]  # (font name, text, character spacing)
    kind: str = "body"  # body, title, heading, number, signature, table, record


@dataclass(frozen=True, slots=True)
class Rule:
    """A straight line; y values are measured down from the band's top."""

    x0: float
    y0: float
    x1: float
    y1: float
    width: float

    @classmethod
    def horizontal(cls, y: float, width: float) -> Rule:
        return cls(BLOCK_LEFT, y, BLOCK_RIGHT, y, width)


@dataclass(slots=True)
class Band:
    """A horizontal slice of whole grid lines that is never split across pages."""

    rows: int
    runs: tuple[TextRun, ...] = ()
    rules: tuple[Rule, ...] = ()
    keep_with_next: bool = False
    drop_at_page_top: bool = False
    header: Band | None = None  # a table row's header, repeated when the table continues on a new page
    seal_center: tuple[float, float] | None = None  # (x, down from the band's top)
    clearance_below: int = 0  # lines below the band the record block must leave free (the seal overhangs)

    @property
    def height(self) -> float:
        return self.rows * LINE_PITCH


@dataclass(slots=True)
class Page:
    bands: list[tuple[int, Band]] = field(default_factory=list)  # (first grid line, band)
    record: Band | None = None
    letterhead: Band | None = None  # drawn in red, y down from the page's top edge (page 1 of a 函)

    @property
    def used(self) -> int:
        return sum(band.rows for _, band in self.bands)


def paginate(bands: Sequence[Band], record: Band | None = None, record_gap: int = 0, *,
             no_text_notice: Band | None = None) -> list[Page]:
    """Fill pages of 22 grid lines; a chain of keep-with-next bands moves to the next page together,
    a continued table gets its header again, and the record block (版记) sits at the foot of the last
    page, at least ``record_gap`` lines below the text and clear of the seal; where it does not fit
    there, the closing lines go over with it (see ``_place_record``)."""
    pages = [Page()]
    placed: list[list[int | None]] = [[]]  # source index per placed band (None: a repeated header)
    i = 0
    while i < len(bands):
        band, page = bands[i], pages[-1]
        if not page.bands and len(pages) > 1 and band.drop_at_page_top:
            i += 1
            continue
        if page.used + band.rows <= LINES_PER_PAGE or not page.bands:
            if not page.bands and len(pages) > 1 and band.header is not None and band.header is not band:
                page.bands.append((0, band.header))
                placed[-1].append(None)
            page.bands.append((page.used, band))
            placed[-1].append(i)
            i += 1
            continue
        chain = 0
        while chain < len(page.bands) and page.bands[-1 - chain][1].keep_with_next:
            chain += 1
        if 0 < chain < len(page.bands):
            moved = [index for index in placed[-1][-chain:] if index is not None]
            del page.bands[-chain:]
            del placed[-1][-chain:]
            if moved:
                i = min(moved)
        pages.append(Page())
        placed.append([])
    if record is not None:
        _place_record(pages, record, record_gap, no_text_notice)
    return pages


def _record_fits(page: Page, record: Band, gap: int) -> bool:
    free_from = max((row + band.rows + band.clearance_below for row, band in page.bands), default=0)
    return max(free_from, page.used + gap) + record.rows <= LINES_PER_PAGE


def _place_record(pages: list[Page], record: Band, gap: int, notice: Band | None) -> None:
    """The 版记 at the foot of the last page. Where it does not fit there, the chain of bands kept
    together that ends the letter (its last body lines, the signature and seal, the note) moves to a
    new page with it, so that the 版记 never stands on a page without text; where even that chain
    cannot go with it, the new page says so: ``notice`` (（此页无正文）, GB/T 9704)."""
    last = pages[-1]
    if not last.bands or _record_fits(last, record, gap):
        last.record = record
        return
    start = len(last.bands) - 1
    while start > 0 and last.bands[start - 1][1].keep_with_next:
        start -= 1
    page = Page()
    moved = [band for _row, band in last.bands[start:]]
    if moved and moved[0].header is not None and moved[0].header is not moved[0]:
        moved.insert(0, moved[0].header)
    for band in moved:
        page.bands.append((page.used, band))
    if start > 0 and _record_fits(page, record, gap):
        del last.bands[start:]
    else:
        page = Page(bands=[(0, notice)] if notice is not None else [])
    page.record = record
    pages.append(page)


def letterhead_rules() -> tuple[Rule, ...]:
    """The 信函格式's two red double rules, y measured down from the page's top edge: under the 标志
    a thick line then a thin one, its top 4 mm below the 标志 and its bottom 7/8 of a 3号 character
    above the document number's first grid line; 20 mm above the page's foot a thin line then a
    thick one, with the same space between them."""
    x0 = BLOCK_LEFT + (BLOCK_WIDTH - LETTERHEAD_RULE_LENGTH) / 2
    x1 = x0 + LETTERHEAD_RULE_LENGTH
    top = LETTERHEAD_TOP + LETTERHEAD_SIZE + LETTERHEAD_RULE_GAP
    number_top = TOP_MARGIN + LETTERHEAD_ROWS * LINE_PITCH + (LINE_PITCH - BODY_SIZE) / 2
    bottom = number_top - NUMBER_BELOW_RULE
    space = bottom - top - LETTERHEAD_THICK_RULE - LETTERHEAD_THIN_RULE
    foot = PAGE_HEIGHT - FOOT_RULE_HEIGHT

    def line(y: float, width: float) -> Rule:
        return Rule(x0, y, x1, y, width)

    return (line(top + LETTERHEAD_THICK_RULE / 2, LETTERHEAD_THICK_RULE),
            line(bottom - LETTERHEAD_THIN_RULE / 2, LETTERHEAD_THIN_RULE),
            line(foot - LETTERHEAD_THICK_RULE / 2, LETTERHEAD_THICK_RULE),
            line(foot - LETTERHEAD_THICK_RULE - space - LETTERHEAD_THIN_RULE / 2, LETTERHEAD_THIN_RULE))


# --- composing document elements into bands ---------------------------------------------------


class Composer:
    """Turns document elements (title, paragraphs, tables, signature, record block) into bands."""

    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        self.shaper = Shaper(fonts)
        self.notes: list[Text] = []

    # Plain lines ---------------------------------------------------------------------------

    def _run(self, glyphs: Sequence[Glyph], x: float, baseline: float, size: float, char_space: float,
             kind: str, *, extra: float = 0.0, gaps: Sequence[int] = ()) -> TextRun:
        """A text run; glyphs listed in ``gaps`` get ``extra`` spacing after them (justification). A glyph
        set wider than the font draws it (grid punctuation) gets the difference as space around it."""
        stretch = set(gaps) if extra else ()
        grid = _GRID_PUNCTUATION  # a character known to be no grid punctuation needs no padding
        pads = [cell_padding(glyph, size) if grid.get(glyph.char, True) else _NO_PADDING for glyph in glyphs]
        if pads:
            x += pads[0][0]
        segments: list[tuple[str, str, float]] = []
        font, chars, current = None, [], 0.0  # the segment being gathered
        for index, glyph in enumerate(glyphs):
            spacing = char_space + (extra if index in stretch else 0.0) + pads[index][1]
            if index + 1 < len(glyphs):
                spacing += pads[index + 1][0]
            if glyph.font == font and spacing == current:
                chars.append(glyph.char)
                continue
            if chars:
                segments.append((font, "".join(chars), current))
            font, chars, current = glyph.font, [glyph.char], spacing
        if chars:
            segments.append((font, "".join(chars), current))
        return TextRun(x, baseline, size, tuple(segments), kind)

    def _shape(self, text: str, role: str, size: float) -> list[Glyph]:
        """Glyphs for ``text`` with CJK punctuation on the grid (a full cell each)."""
        return self.shaper.shape_on_grid(text, role, size)

    def blank(self, rows: int = 1, *, drop_at_page_top: bool = True, keep_with_next: bool = False) -> list[Band]:
        return [Band(1, drop_at_page_top=drop_at_page_top, keep_with_next=keep_with_next) for _ in range(rows)]

    def paragraph(self, text: str, *, role: str = "body", indent: float = 2, hanging: float = 0.0,
                  justify: bool = True, kind: str = "body") -> list[Band]:
        """A body paragraph on the grid: first line indented ``indent`` characters, justified lines,
        at least two lines kept together at a page's foot and head (widow/orphan control)."""
        glyphs = self._shape(text, role, BODY_SIZE)
        first = indent * CHAR_PITCH
        lines = break_lines(glyphs, BLOCK_WIDTH - first, BLOCK_WIDTH - hanging, BODY_CHAR_SPACE,
                            max_stretch=MAX_JUSTIFY_STRETCH if justify else None)
        bands = []
        for index, line in enumerate(lines):
            x = BLOCK_LEFT + (first if index == 0 else hanging)
            run = self._body_run(line, x, justify, kind)
            keep = len(lines) > 1 and index in (0, len(lines) - 2)
            bands.append(Band(1, (run,), keep_with_next=keep))
        return bands or self.blank(1)

    def _body_run(self, line: Line, x: float, justify: bool, kind: str) -> TextRun:
        """One body line from ``x`` to the block's right edge: justified by at most MAX_JUSTIFY_STRETCH
        at each gap (short of the edge if that is not enough), squeezed at its punctuation where the
        breaks made it too wide."""
        avail = BLOCK_RIGHT - x
        # Lines are filled by cells of (advance + spacing); the last glyph's spacing is not ink, so a
        # full line of tightly set 16 pt characters would poke 0.2 pt out: close that up too.
        glyphs = list(line.glyphs)
        slack = avail - (sum(g.width for g in glyphs) + BODY_CHAR_SPACE * (len(glyphs) - 1))
        if slack < -OVERFULL:
            glyphs = squeeze_line(glyphs, -slack)
            slack = avail - (sum(g.width for g in glyphs) + BODY_CHAR_SPACE * (len(glyphs) - 1))
        space, extra = BODY_CHAR_SPACE, 0.0
        if slack < 0 and not line.gaps:
            space += slack / len(glyphs)
        elif slack < 0 or (justify and not line.last and line.gaps):
            # A line no breaking could fill (a number too wide for the rest of a paragraph's first
            # line) is spaced to the limit and left short of the edge by what remains.
            extra = min(slack / len(line.gaps), MAX_JUSTIFY_STRETCH)
        return self._run(glyphs, x, baseline_below(0, LINE_PITCH, BODY_SIZE), BODY_SIZE, space, kind,
                         extra=extra, gaps=line.gaps)

    def aligned_line(self, text: str, *, align: str, role: str = "body", size: float = BODY_SIZE,
                     char_space: float = BODY_CHAR_SPACE, right_indent: float = 0.0,
                     kind: str = "body") -> list[Band]:
        """One line that is not wrapped (document number, short labels): left, centre or right."""
        glyphs = self._shape(text, role, size)
        width = self.shaper.text_width(glyphs, char_space) - char_space
        if width > BLOCK_WIDTH - right_indent:  # too long to stand on one line: wrap it instead
            return self.paragraph(text, role=role, indent=0, justify=False, kind=kind)
        x = {
            "left": BLOCK_LEFT,
            "center": BLOCK_LEFT + (BLOCK_WIDTH - width) / 2,
            "right": BLOCK_RIGHT - right_indent - width,
        }[align]
        return [Band(1, (self._run(glyphs, x, baseline_below(0, LINE_PITCH, size), size, char_space, kind),))]

    def title(self, text: str) -> list[Band]:
        """The title: 22 pt, centred, long titles broken into balanced lines (GB/T 9704 asks for a
        trapezoid or diamond shape, never one long line and a stub)."""
        lines = []
        for part in text.splitlines() or [""]:  # an administrator may break a title where the sense allows
            lines += title_lines(self._shape(part.strip(), "title", TITLE_SIZE), BLOCK_WIDTH)
        bands = []
        for line in lines:
            width = self.shaper.text_width(line.glyphs)
            x = BLOCK_LEFT + (BLOCK_WIDTH - width) / 2
            run = self._run(line.glyphs, x, baseline_below(0, LINE_PITCH, TITLE_SIZE), TITLE_SIZE, 0.0, "title")
            bands.append(Band(1, (run,), keep_with_next=True))
        return bands

    def letterhead(self, office: str) -> Band:
        """The 信函格式's 发文机关标志 (the office's name in the title's 小标宋, centred, its top edge
        30 mm from the page's top) and red double rules, y measured down from the page's top edge."""
        glyphs = self._shape(office, "title", LETTERHEAD_SIZE)
        width = sum(g.width for g in glyphs)
        size = LETTERHEAD_SIZE
        if width > BLOCK_WIDTH:
            size = LETTERHEAD_SIZE * BLOCK_WIDTH / width
            glyphs = self._shape(office, "title", size)
            width = sum(g.width for g in glyphs)
        run = self._run(glyphs, BLOCK_LEFT + (BLOCK_WIDTH - width) / 2, LETTERHEAD_TOP + EM_TOP * size, size, 0.0,
                        "letterhead")
        return Band(0, (run,), letterhead_rules())

    # Signature, note, attachments ----------------------------------------------------------

    def signature(self, office: str, date_text: str) -> list[Band]:
        """发文机关署名 centred over 成文日期, the date right-indented four characters (GB/T 9704
        §7.3.5.1), two blank lines above for the seal, which presses down on both."""
        date_glyphs = self._shape(date_text, "body", BODY_SIZE)
        name_glyphs = self._shape(office, "body", BODY_SIZE)
        date_width = self.shaper.text_width(date_glyphs, BODY_CHAR_SPACE) - BODY_CHAR_SPACE
        name_width = self.shaper.text_width(name_glyphs, BODY_CHAR_SPACE) - BODY_CHAR_SPACE
        date_x = BLOCK_RIGHT - 4 * CHAR_PITCH - date_width
        centre = date_x + date_width / 2
        name_x = min(max(centre - name_width / 2, BLOCK_LEFT), BLOCK_RIGHT - name_width)
        baseline = baseline_below(0, LINE_PITCH, BODY_SIZE)
        runs = (
            self._run(name_glyphs, name_x, baseline, BODY_SIZE, BODY_CHAR_SPACE, "signature"),
            self._run(date_glyphs, date_x, LINE_PITCH + baseline, BODY_SIZE, BODY_CHAR_SPACE, "signature"),
        )
        # The name and date sit a little below the seal's centre.
        seal = (centre, SEAL_CENTRE_DOWN)
        overhang = math.ceil((SEAL_CENTRE_DOWN + SEAL_DIAMETER / 2) / LINE_PITCH) - 2
        return [*self.blank(2, drop_at_page_top=False, keep_with_next=True),
                Band(2, runs, seal_center=seal, clearance_below=overhang)]

    def attachments(self, items: Sequence[str]) -> list[Band]:
        """附件说明 (GB/T 9704 §7.3.4): a blank line, then 附件：1.… two characters in, later items and
        wrapped lines aligned after the colon."""
        bands = self.blank(1)
        numbered = len(items) > 1
        for index, item in enumerate(items, start=1):
            text = f"{index}.{item}" if numbered else item
            if index == 1:
                bands += self.paragraph("附件：" + text, indent=2, hanging=5 * CHAR_PITCH, justify=False)
            else:
                bands += self.paragraph(text, indent=5, hanging=5 * CHAR_PITCH, justify=False)
        return bands

    # Table ---------------------------------------------------------------------------------

    def table(self, columns: Sequence[tuple[str, str]], rows: Sequence[Sequence[str]],
              *, bold_last: bool = False) -> list[Band]:
        """A ruled table across the text block, two text lines per grid line and rows in whole grid
        lines; the header row repeats on each page the table continues to. ``columns``: (header, align);
        left-aligned columns may wrap, the others (amounts, dates) are sized to stay on one line."""
        size, widths = self._column_widths(columns, rows, bold_last=bold_last)
        edges = [BLOCK_LEFT]
        for width in widths:
            edges.append(edges[-1] + width)
        header = self._table_row([c[0] for c in columns], widths, edges, ["center"] * len(columns), "heading1",
                                 size, header=True)
        header.keep_with_next = True
        bands = [header]
        for index, row in enumerate(rows):
            role = "heading1" if bold_last and index == len(rows) - 1 else "body"
            band = self._table_row(row, widths, edges, [c[1] for c in columns], role, size)
            band.header = header
            bands.append(band)
        return bands

    def _column_widths(self, columns: Sequence[tuple[str, str]], rows: Sequence[Sequence[str]],
                       *, bold_last: bool = False) -> tuple[float, list[float]]:
        """No column narrower than its widest amount, date or number (centred and right-aligned cells
        never wrap) and a wrapping (left-aligned) one than its longest word or TABLE_TEXT_MIN_CHARS
        characters: 五号 (10.5 pt) when every cell fits on one line, else 小五 (9 pt) unbroken, else
        the largest size whose minimums fit, the wrapping columns sharing what the others leave
        (``colfit``). Each cell is measured in the font it is set in (a bold totals row is wider)."""
        # Imported here: colfit uses this module's line-breaking rules.
        from complaintdesk.documents.colfit import Need, fit_columns, header_need, squeeze_to, text_need

        body, head = self._unit_width("body"), self._unit_width("heading1")
        em = body("中")
        plain, bold = (rows[:-1], rows[-1:]) if bold_last else (rows, [])
        needs = []
        for index, (title, align) in enumerate(columns):
            header_min, header_natural = header_need(title, head, head("中"), lines=2)
            cells, bold_cells = [row[index] for row in plain], [row[index] for row in bold]
            wraps = align == "left"
            if wraps:
                (least, natural), (bold_least, bold_natural) = (text_need(cells, body, em, TABLE_TEXT_MIN_CHARS),
                                                                text_need(bold_cells, head, em, TABLE_TEXT_MIN_CHARS))
                least, natural = max(least, bold_least), max(natural, bold_natural)
            else:
                least = natural = max([body(text) for text in cells] + [head(text) for text in bold_cells], default=0.0)
            natural = max(natural, header_natural)
            needs.append(Need(max(least, header_min), natural, wraps, squeeze_to(natural, em) if wraps else None))
        fit = fit_columns(needs, TABLE_SIZES, BLOCK_WIDTH, TABLE_PADDING, unbroken=TABLE_SIZES[:2])
        return fit.size, list(fit.widths)

    def _unit_width(self, role: str):
        """The width of text in ``role`` at 1 pt, as it is set (fallback fonts, punctuation on the grid)."""
        return lambda text: sum(g.width for g in self._shape(text, role, 1.0))

    def _table_row(self, cells: Sequence[str], widths: Sequence[float], edges: Sequence[float],
                   aligns: Sequence[str], role: str, size: float, *, header: bool = False) -> Band:
        padding = TABLE_PADDING
        sub_pitch = LINE_PITCH / 2
        laid_out = []
        for text, width in zip(cells, widths, strict=True):
            glyphs = self._shape(text, role, size)
            if header:
                lines = balanced_lines(glyphs, width - 2 * padding)
            else:
                lines = break_lines(glyphs, width - 2 * padding, width - 2 * padding)
            if len(lines) > MAX_CELL_LINES:
                kept = list(lines[: MAX_CELL_LINES - 1])
                tail = list(lines[MAX_CELL_LINES - 1].glyphs)
                ellipsis = self._shape("…", role, size)
                while tail and self.shaper.text_width(tail + ellipsis) > width - 2 * padding:
                    tail.pop()
                kept.append(Line(tuple(tail + ellipsis), True))
                lines = kept
                self.notes.append(CELL_TRUNCATED(start=text[:20]))
            laid_out.append(lines)
        count = max((len(lines) for lines in laid_out), default=1) or 1
        rows = math.ceil(count / 2)
        height = rows * LINE_PITCH
        runs = []
        for lines, left, width, align in zip(laid_out, edges[:-1], widths, aligns, strict=True):
            top = (height - len(lines) * sub_pitch) / 2
            for index, line in enumerate(lines):
                line_width = self.shaper.text_width(line.glyphs)
                x = {
                    "left": left + padding,
                    "center": left + (width - line_width) / 2,
                    "right": left + width - padding - line_width,
                }[align]
                baseline = baseline_below(top + index * sub_pitch, sub_pitch, size)
                runs.append(self._run(line.glyphs, x, baseline, size, 0.0, "table"))
        rules = [Rule.horizontal(0.0, 0.75), Rule.horizontal(height, 0.75)]
        rules += [Rule(x, 0.0, x, height, 0.75 if x in (edges[0], edges[-1]) else 0.5) for x in edges]
        return Band(rows, tuple(runs), tuple(rules))

    # Record block --------------------------------------------------------------------------

    def record_block(self, cc: Sequence[str], office: str = "", printed: str = "") -> Band | None:
        """版记 (GB/T 9704 §7.4): 抄送 and, given ``office`` and ``printed``, 印发机关/印发日期 (the
        信函格式 has none) in 14 pt, one character in from each side, between a thick first and last
        rule with a thin one between items. None when there is nothing to record."""
        indent = RECORD_SIZE
        baseline = baseline_below(0, LINE_PITCH, RECORD_SIZE)
        runs: list[TextRun] = []
        rules: list[Rule] = [Rule.horizontal(0.0, RECORD_THICK_RULE)]
        row = 0
        if cc:
            label = self._shape("抄送：", "body", RECORD_SIZE)
            label_width = sum(g.width for g in label)
            text = self._shape("，".join(cc) + "。", "body", RECORD_SIZE)
            width = BLOCK_WIDTH - 2 * indent - label_width
            for index, line in enumerate(break_lines(text, width, width)):
                glyphs = (label if index == 0 else []) + list(line.glyphs)
                x = BLOCK_LEFT + indent + (0 if index == 0 else label_width)
                runs.append(self._run(glyphs, x, row * LINE_PITCH + baseline, RECORD_SIZE, 0.0, "record"))
                row += 1
        if office and printed:
            if row:
                rules.append(Rule.horizontal(row * LINE_PITCH, RECORD_THIN_RULE))
            office_glyphs = self._shape(office, "body", RECORD_SIZE)
            date_glyphs = self._shape(printed + "印发", "body", RECORD_SIZE)
            date_x = BLOCK_RIGHT - indent - sum(g.width for g in date_glyphs)
            runs.append(self._run(office_glyphs, BLOCK_LEFT + indent, row * LINE_PITCH + baseline, RECORD_SIZE,
                                  0.0, "record"))
            runs.append(self._run(date_glyphs, date_x, row * LINE_PITCH + baseline, RECORD_SIZE, 0.0, "record"))
            row += 1
        if not row:
            return None
        rules.append(Rule.horizontal(row * LINE_PITCH, RECORD_THICK_RULE))
        return Band(row, tuple(runs), tuple(rules))

    def missing_warnings(self) -> list[Text]:
        return self.shaper.warnings()

